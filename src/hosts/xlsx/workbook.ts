import { END, OPEN, XmlScanner } from "./xml";

/** What xl/workbook.xml says: the sheets in tab order, the active tab and the date system. */
export interface WorkbookInfo {
  sheets: { name: string; sheetId: string; rid: string; state: string }[];
  activeTab: number;
  date1904: boolean;
}

export function parseWorkbook(x: XmlScanner): WorkbookInfo {
  const info: WorkbookInfo = { sheets: [], activeTab: 0, date1904: false };
  let firstView = true;
  for (let t = x.next(); t !== END; t = x.next()) {
    if (t !== OPEN) continue;
    switch (x.name) {
      case "sheet":
        info.sheets.push({
          name: x.attr("name") ?? "",
          sheetId: x.attr("sheetId") ?? "",
          rid: x.attr("id") ?? "",
          state: x.attr("state") ?? "visible",
        });
        break;
      case "workbookView":
        // The first view is the one Excel opens with.
        if (firstView) info.activeTab = Number(x.attr("activeTab") ?? 0) || 0;
        firstView = false;
        break;
      case "workbookPr": {
        const d = x.attr("date1904");
        info.date1904 = d === "1" || d === "true";
        break;
      }
      case "definedNames":
      case "extLst":
        x.skip();
        break;
    }
  }
  return info;
}
