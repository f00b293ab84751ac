/** Office as far as the pane touches it; every Excel batch fails as when a cell is being edited. */
export function officeStub(displayLanguage: string): string {
  return `
    window.__associated = [];
    window.Office = {
      HostType: { Excel: "Excel" },
      context: {
        displayLanguage: ${JSON.stringify(displayLanguage)},
        requirements: { isSetSupported: function () { return true; } },
      },
      actions: { associate: function (id) { window.__associated.push(id); } },
      onReady: function (callback) {
        var info = { host: "Excel", platform: "PC" };
        return Promise.resolve(info).then(function () { if (callback) callback(info); return info; });
      },
    };
    window.Excel = {
      run: function () {
        var error = new Error("The operation is not allowed in cell edit mode.");
        error.code = "InvalidOperationInCellEditMode";
        return Promise.reject(error);
      },
    };`;
}
