/** @jest-environment jsdom */
import "./setup";
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import ExcelJS from "exceljs";
import { HostError } from "../../../src/core/host";
import { builtInLibrary, exportLibrary, importLibraryJson } from "../../../src/core/library";
import { MemoryHost } from "../../../src/hosts/memory";
import { LIBRARY_SETTING } from "../../../src/taskpane/library/useCustomLibrary";
import {
  button,
  entryItem,
  listedIds,
  openLibrary,
  referenceHost,
  referenceWorkbook,
  search,
} from "./helpers";

const GOOD = {
  name: "法律咨询服务满意度",
  level1: "满意度指标",
  level2: "服务对象满意度指标",
  value: { comparator: "≥", value: "95", unit: "%" },
  explanation: "接受法律咨询的群众对服务的满意程度。",
  domains: ["公共法律服务"],
  keywords: ["咨询"],
};
const XSS = "<img src=x onerror=alert(1)>";

const MIXED = [
  GOOD,
  {
    name: "坏的二级",
    level1: "产出指标",
    level2: "不存在的指标",
    value: { comparator: "≥", value: "3", unit: "次" },
  },
  { level1: "产出指标", level2: "数量指标", value: { comparator: "≥", value: "3", unit: "次" } },
  {
    name: "数值不对",
    level1: "产出指标",
    level2: "数量指标",
    value: { comparator: "≥", value: "很多", unit: "次" },
  },
];

function jsonFile(data: unknown, name = "指标库.json"): File {
  const text = typeof data === "string" ? data : JSON.stringify(data);
  return new File([text], name, { type: "application/json" });
}

async function importFile(file: File): Promise<void> {
  const input = screen.getByTestId("library-file-input") as HTMLInputElement;
  await act(async () => {
    fireEvent.change(input, { target: { files: [file] } });
  });
  await screen.findByTestId("import-report");
}

function summary(): string {
  return screen.getByTestId("import-summary").textContent ?? "";
}

function issues(): { row: string | null; field: string | null; severity: string | null; text: string }[] {
  return Array.from(screen.getByTestId("import-issues").querySelectorAll("li")).map((li) => ({
    row: li.getAttribute("data-row"),
    field: li.getAttribute("data-field"),
    severity: li.getAttribute("data-severity"),
    text: li.textContent ?? "",
  }));
}

function status(): string {
  return screen.getByTestId("custom-status").textContent ?? "";
}

describe("library tab: custom library", () => {
  it("lists every problem of a bad JSON file by entry and field, and keeps only the valid entries", async () => {
    const host = referenceHost();
    await openLibrary(host);
    await importFile(jsonFile(MIXED));

    expect(summary()).toBe("「指标库.json」：已导入 1 条指标，3 条因错误未导入。");
    const listed = issues();
    expect(listed.map((i) => [i.row, i.field, i.severity])).toEqual([
      ["2", "level2", "error"],
      ["3", "name", "error"],
      ["4", "value", "error"],
    ]);
    expect(listed[0].text).toContain("第 2 条「二级指标」：“不存在的指标”不是有效的二级指标");
    expect(listed[1].text).toContain("第 3 条「指标名称」：指标名称为空");
    expect(listed[2].text).toContain("第 4 条「指标值」：比较符“≥”后应为数字，“很多”不是数字");
    expect(status()).toBe("自定义指标 1 条。已保存在此工作簿中，随工作簿一起保存。");

    search("法律咨询");
    await waitFor(() => expect(listedIds()[0]).toMatch(/^custom-/));
    expect(within(entryItem(listedIds()[0])).getByText("自定义")).toBeTruthy();
  });

  it("says in English which entry and field is wrong", async () => {
    await openLibrary(referenceHost(), "en-US");
    await importFile(jsonFile(MIXED, "lib.json"));
    expect(summary()).toBe('"lib.json": imported 1 indicator; 3 with errors were left out.');
    expect(issues()[1].text).toContain('Entry 3, field "name": the indicator name is empty');
  });

  it("a file that is not a library changes nothing and says why", async () => {
    const settings = new Map<string, string>();
    await openLibrary(new MemoryHost(referenceWorkbook(), { settings }));
    await importFile(jsonFile("{ not json"));
    expect(summary()).toBe("「指标库.json」中没有可以导入的指标，自定义指标库未改变。");
    expect(issues()[0].text).toContain("指标库不是有效的 JSON");
    expect(settings.has(LIBRARY_SETTING)).toBe(false);
    expect(status()).toBe("尚未导入自定义指标。");
  });

  it("keeps the custom library in the workbook: it comes back in a new session on the same settings", async () => {
    const settings = new Map<string, string>();
    const host = new MemoryHost(referenceWorkbook(), { settings });
    const save = jest.spyOn(host, "saveSetting");
    const first = await openLibrary(host);
    await importFile(jsonFile([GOOD]));
    await waitFor(() => expect(save).toHaveBeenCalledTimes(1));
    const stored = settings.get(LIBRARY_SETTING)!;
    expect(save).toHaveBeenCalledWith(LIBRARY_SETTING, stored);
    expect(importLibraryJson(stored).entries.map((e) => e.name)).toEqual([GOOD.name]);
    first.unmount();

    await openLibrary(new MemoryHost(referenceWorkbook(), { settings }));
    await waitFor(() => expect(status()).toBe("自定义指标 1 条。已保存在此工作簿中，随工作簿一起保存。"));
    search("法律咨询");
    await waitFor(() => expect(listedIds()[0]).toMatch(/^custom-/));
    expect(within(entryItem(listedIds()[0])).getByTestId("entry-name").textContent).toBe(GOOD.name);
    expect(within(entryItem(listedIds()[0])).getByTestId("entry-value").textContent).toBe("≥95%");
    // Its own domain joins the filter.
    fireEvent.click(document.querySelector<HTMLElement>('[data-filter="domain"]')!);
    expect(await screen.findByRole("option", { name: "公共法律服务" })).toBeTruthy();
  });

  it("a stored library that no longer validates gives a clear message, never a crash", async () => {
    for (const stored of ["not json at all", JSON.stringify({ entries: [{ name: "x" }] })]) {
      const settings = new Map([[LIBRARY_SETTING, stored]]);
      const view = await openLibrary(new MemoryHost(referenceWorkbook(), { settings }));
      await waitFor(() =>
        expect(summary()).toBe("此工作簿中保存的自定义指标库无法读取，已忽略。可以重新导入或清除它。"),
      );
      expect(issues().length).toBeGreaterThan(0);
      search("满意度");
      await waitFor(() => expect(listedIds()).toContain("sat-001"));
      view.unmount();
    }
  });

  it("renders text from a file as text", async () => {
    const host = referenceHost();
    await openLibrary(host);
    await importFile(jsonFile([{ ...GOOD, name: XSS, explanation: "<b>粗体</b><script>alert(2)</script>" }]));
    search("img");
    await waitFor(() => expect(listedIds()).toHaveLength(1));
    const item = entryItem(listedIds()[0]);
    expect(within(item).getByTestId("entry-name").textContent).toBe(XSS);
    fireEvent.click(within(item).getByRole("button", { name: "指标解释" }));
    expect(within(item).getByTestId("entry-explanation").textContent).toBe(
      "<b>粗体</b><script>alert(2)</script>",
    );
    expect(document.querySelector("img[src='x']")).toBeNull();
    expect(
      document.querySelector("[data-testid='library-tab'] b, [data-testid='library-tab'] script"),
    ).toBeNull();
  });

  it("reads an .xlsx library from the first sheet that has a header row", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("说明").addRow(["本表列出本单位常用指标"]);
    const sheet = wb.addWorksheet("指标");
    sheet.addRow(["指标名称", "一级指标", "二级指标", "比较符", "指标值", "计量单位", "指标解释"]);
    sheet.addRow(["调解员培训场次", "产出指标", "数量指标", "≥", 4, "场", "全年组织的调解员培训场次。"]);
    sheet.addRow(["培训覆盖率", "产出指标", "质量指标", "≥", "很高", "%", ""]);
    sheet.addRow([XSS, "产出指标", "数量指标", "", 2, "次", ""]);
    const bytes = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    await openLibrary(referenceHost());
    await importFile(new File([bytes], "常用指标.xlsx"));

    expect(summary()).toBe("「常用指标.xlsx」：已导入 2 条指标，1 条因错误未导入。");
    expect(issues().map((i) => [i.row, i.field])).toEqual([["3", "value"]]);
    expect(issues()[0].text).toContain("第 3 行「指标值」");
    search("调解员培训");
    await waitFor(() => expect(listedIds()[0]).toMatch(/^custom-/));
    expect(within(entryItem(listedIds()[0])).getByTestId("entry-value").textContent).toBe("≥4场");
  });

  it("an .xlsx that cannot be opened is refused with a message in both languages", async () => {
    await openLibrary(referenceHost(), "en-US");
    const input = screen.getByTestId("library-file-input") as HTMLInputElement;
    await act(async () => {
      fireEvent.change(input, {
        target: { files: [new File([new Uint8Array([0x50, 0x4b, 3, 4, 0, 0])], "broken.xlsx")] },
      });
    });
    const bar = await waitFor(() => {
      const found = screen.getByTestId("custom-library").querySelector<HTMLElement>("[data-error-code]");
      expect(found).not.toBeNull();
      return found!;
    });
    expect(bar.textContent).toMatch(/[a-z]/);
    expect(bar.textContent).not.toMatch(/[\u4e00-\u9fff]{4}/);
    expect(status()).toBe("No custom indicators imported yet.");
  });

  it("exports the custom or the whole library as a JSON download, without the network", async () => {
    const blobs: Blob[] = [];
    const downloads: string[] = [];
    const created = jest.fn((blob: Blob) => {
      blobs.push(blob);
      return `blob:test/${blobs.length}`;
    });
    Object.assign(URL, { createObjectURL: created, revokeObjectURL: jest.fn() });
    const click = jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      downloads.push(`${this.download} ${this.href}`);
    });
    try {
      await openLibrary(referenceHost());
      expect(button("导出自定义指标").hasAttribute("disabled")).toBe(true);
      await importFile(jsonFile([GOOD]));

      fireEvent.click(button("导出自定义指标"));
      fireEvent.click(button("导出全部指标"));
      expect(downloads).toEqual([
        "jixiao-custom-indicators.json blob:test/1",
        "jixiao-indicators.json blob:test/2",
      ]);
      const custom = importLibraryJson(await blobs[0].text());
      expect(custom.issues).toEqual([]);
      expect(custom.entries.map((e) => e.name)).toEqual([GOOD.name]);
      const all = importLibraryJson(await blobs[1].text());
      expect(all.entries).toHaveLength(builtInLibrary().length + 1);
      expect(await blobs[0].text()).toBe(exportLibrary(custom.entries));
      expect(
        screen.getByText(
          "已导出 %d 条指标到 jixiao-indicators.json。".replace("%d", String(all.entries.length)),
        ),
      ).toBeTruthy();
    } finally {
      click.mockRestore();
    }
  });

  it("清除自定义指标库 asks first, then removes it from the workbook", async () => {
    const settings = new Map<string, string>();
    await openLibrary(new MemoryHost(referenceWorkbook(), { settings }));
    await importFile(jsonFile([GOOD]));
    await waitFor(() => expect(settings.has(LIBRARY_SETTING)).toBe(true));

    fireEvent.click(button("清除自定义指标库"));
    const confirm = screen.getByRole("alertdialog", { hidden: true });
    expect(within(confirm).getByText("将从此工作簿中删除 1 条自定义指标。内置指标不受影响。")).toBeTruthy();
    fireEvent.click(within(confirm).getByRole("button", { name: "清除", hidden: true }));
    await screen.findByText("已清除自定义指标库。");
    expect(settings.has(LIBRARY_SETTING)).toBe(false);
    expect(status()).toBe("尚未导入自定义指标。");
    search("法律咨询");
    await waitFor(() => expect(listedIds().some((id) => id.startsWith("custom-"))).toBe(false));
  });

  it("a workbook that refuses to keep the library still lets it be used, and says why it was not saved", async () => {
    const host = referenceHost();
    jest
      .spyOn(host, "saveSetting")
      .mockRejectedValue(
        new HostError("protected", "工作簿为只读或受保护，无法保存设置。", "The workbook is read-only."),
      );
    await openLibrary(host);
    await importFile(jsonFile([GOOD]));
    await screen.findByText("工作簿为只读或受保护，无法保存设置。");
    search("法律咨询");
    await waitFor(() => expect(listedIds()[0]).toMatch(/^custom-/));
  });
});
