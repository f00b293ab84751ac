/** @jest-environment jsdom */
/**
 * Text from a workbook or a library file is always shown as text: markup typed into cells, sheet
 * names or any field of a custom library appears literally, and no element is created from it.
 */
import "../taskpane/library/setup";
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import ExcelJS from "exceljs";
import { applyEdits } from "../../src/core/edits";
import { WorkbookGrid } from "../../src/core/grid";
import { importLibraryGrid, importLibraryJson } from "../../src/core/library";
import { readWorkbook } from "../../src/core/reader";
import { MemoryHost } from "../../src/hosts/memory";
import { readXlsx } from "../../src/hosts/xlsx/read";
import { App } from "../../src/taskpane/components/App";
import LibraryTab from "../../src/taskpane/library/LibraryTab";
import { referenceWorkbook } from "../core/reference";

const IMG = '<img src=x onerror="window.__pwned=1">';
const SCRIPT = "<script>window.__pwned=2</script>";
const B = "<b>粗</b>";
const SVG = "<svg onload=window.__pwned=3>";

type Pwned = Window & { __pwned?: unknown };

/** No element was made from text: no injected image, script, bold or svg, and nothing ran. */
function assertNoMarkup(root: ParentNode = document): void {
  expect(root.querySelector("img[src='x'], script, b, svg[onload], [onerror], [onload]")).toBeNull();
  expect((window as Pwned).__pwned).toBeUndefined();
}

/** The reference table on a sheet named with markup, with markup typed into a task goal, a name and a value. */
function markedUpTable(): { workbook: WorkbookGrid; cells: string[] } {
  const wb = referenceWorkbook();
  const { record } = readWorkbook(wb)!;
  const goal = record.annual.tasks[0].goal.cell;
  const name = record.annual.tasks[0].indicators[0].name.cell;
  const value = record.annual.tasks[0].indicators[0].standard.cell;
  const edited = applyEdits(wb, [
    { kind: "set", sheet: "Sheet1", cell: goal, value: `${SCRIPT}XXX` },
    { kind: "set", sheet: "Sheet1", cell: name, value: `  ${IMG}` },
    { kind: "set", sheet: "Sheet1", cell: value, value: `${B}${SVG}` },
  ]).workbook;
  const sheet = { ...edited.sheets[0], name: `${B}表` };
  return { workbook: { sheets: [sheet], activeSheet: sheet.name }, cells: [goal, name, value] };
}

describe("the check tab shows cell text as text", () => {
  it("markup in cells and in the sheet name is listed literally, and creates no element", async () => {
    const { workbook } = markedUpTable();
    const host = new MemoryHost(workbook);
    const { container } = render(<App host={host} lang="zh-CN" />);
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "一键检查" }));
    });
    await screen.findByTestId("summary");
    const text = container.textContent ?? "";
    expect(text).toContain(`已检查工作表「${B}表」`);
    expect(text).toContain(SCRIPT.slice(0, 20));
    expect(text).toContain(IMG.slice(0, 20));
    expect(text).toContain(`'${B}表'!`);
    // The messages quote the cells: the placeholder in the department name, the spaces before the name.
    const messages = [...container.querySelectorAll("[data-testid='issue-message']")].map(
      (m) => m.textContent,
    );
    expect(messages.some((m) => m?.includes("<script>"))).toBe(true);
    expect(messages.some((m) => m?.includes("<img src=x"))).toBe(true);
    assertNoMarkup(container);
    assertNoMarkup();

    // English too.
    render(<App host={new MemoryHost(workbook)} lang="en-US" />);
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Check table" }));
    });
    await waitFor(() => expect(screen.getAllByTestId("summary")).toHaveLength(2));
    assertNoMarkup();
  });
});

/** An entry of the exported library shape with markup in every field. */
const HOSTILE_ENTRIES = [
  {
    id: `${IMG}-1`,
    name: `${IMG}满意度`,
    level1: "满意度指标",
    level2: "服务对象满意度指标",
    value: { comparator: "≥", value: "90", unit: "<b>%" },
    explanation: `${SCRIPT}${B}`,
    domains: [SVG, B],
    keywords: [IMG.slice(0, 30), "<i>k</i>"],
  },
  {
    id: "x-2",
    name: `${B}验收`,
    level1: "产出指标",
    level2: "质量指标",
    value: { grade: `${SCRIPT}合格` },
    explanation: "",
    domains: [],
    keywords: [],
  },
  // Refused fields: the import report names them, quoting the markup.
  { name: "坏一级", level1: IMG, level2: SCRIPT, value: { comparator: B, value: SVG, unit: "%" } },
];

async function openLibrary(host: MemoryHost) {
  const utils = render(<App host={host} lang="zh-CN" library={LibraryTab} />);
  fireEvent.click(screen.getByRole("tab", { name: "指标库" }));
  await screen.findByTestId("library-tab");
  return utils;
}

async function importFile(file: File): Promise<void> {
  const input = screen.getByTestId("library-file-input") as HTMLInputElement;
  await act(async () => {
    fireEvent.change(input, { target: { files: [file] } });
  });
  await screen.findByTestId("import-report");
}

describe("a custom library with markup in every field", () => {
  it("imports markup as plain text (core)", () => {
    const json = importLibraryJson(JSON.stringify(HOSTILE_ENTRIES));
    expect(json.entries.map((e) => e.name)).toEqual([`${IMG}满意度`, `${B}验收`]);
    expect(json.entries[0].explanation).toBe(`${SCRIPT}${B}`);
    // Tags are split at spaces and slashes, and kept as the characters they are.
    expect(json.entries[0].domains.join(" ")).toBe("<svg onload=window.__pwned=3> <b>粗< b>");
    // Ids are made of letters, digits and dashes whatever the file says.
    for (const e of json.entries) expect(e.id).toMatch(/^[a-z0-9-]+$/);
    expect(json.issues.length).toBeGreaterThan(0);
  });

  it("shows every field of the list and of the import report as text (JSON file)", async () => {
    const { container } = await openLibrary(new MemoryHost(referenceWorkbook()));
    await importFile(
      new File([JSON.stringify(HOSTILE_ENTRIES)], `${IMG}.json`, { type: "application/json" }),
    );
    const report = screen.getByTestId("import-report");
    expect(report.textContent).toContain(IMG);
    fireEvent.change(within(screen.getByTestId("library-tab")).getByRole("searchbox"), {
      target: { value: "<" },
    });
    await waitFor(() => expect(container.querySelectorAll("[data-entry-id^='custom-']").length).toBe(2));
    for (const item of container.querySelectorAll<HTMLElement>("[data-entry-id^='custom-']")) {
      const more = within(item).queryByRole("button", { name: "指标解释" });
      if (more) fireEvent.click(more);
    }
    const text = container.textContent ?? "";
    for (const literal of [`${IMG}满意度`, `${B}验收`, `${SCRIPT}${B}`, "≥90<b>%", `${SCRIPT}合格`]) {
      expect(text).toContain(literal);
    }
    assertNoMarkup(container);
    assertNoMarkup();
  });

  it("shows every cell of an .xlsx library as text, through importLibraryGrid", async () => {
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet("<指标>");
    sheet.addRow([
      "编号",
      "指标名称",
      "一级指标",
      "二级指标",
      "比较符",
      "指标值",
      "计量单位",
      "指标解释",
      "领域",
      "关键词",
    ]);
    sheet.addRow([IMG, `${IMG}次数`, "产出指标", "数量指标", "≥", 4, "<b>场", SCRIPT, SVG, B]);
    sheet.addRow(["y", "坏行", IMG, SCRIPT, B, SVG, "%", "", "", ""]);
    const bytes = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);

    const core = importLibraryGrid(readXlsx(bytes).sheets[0]);
    expect(core.entries.map((e) => [e.name, e.explanation])).toEqual([[`${IMG}次数`, SCRIPT]]);

    const { container } = await openLibrary(new MemoryHost(referenceWorkbook()));
    await importFile(new File([bytes], "lib.xlsx"));
    // The report quotes the refused cells (spaces dropped, as it reads them).
    expect(screen.getByTestId("import-report").textContent).toContain("“<imgsrc=xonerror=");
    expect(screen.getByTestId("import-report").textContent).toContain(`“${B}”`);
    fireEvent.change(within(screen.getByTestId("library-tab")).getByRole("searchbox"), {
      target: { value: "次数" },
    });
    await waitFor(() => expect(container.querySelectorAll("[data-entry-id^='custom-']").length).toBe(1));
    const item = container.querySelector<HTMLElement>("[data-entry-id^='custom-']")!;
    fireEvent.click(within(item).getByRole("button", { name: "指标解释" }));
    expect(within(item).getByTestId("entry-name").textContent).toBe(`${IMG}次数`);
    expect(within(item).getByTestId("entry-explanation").textContent).toBe(SCRIPT);
    assertNoMarkup(container);
    assertNoMarkup();
  });
});
