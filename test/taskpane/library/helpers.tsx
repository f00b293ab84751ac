import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { readFileSync } from "fs";
import { join } from "path";
import { WorkbookGrid } from "../../../src/core/grid";
import { WorkbookHost } from "../../../src/core/host";
import { MemoryHost } from "../../../src/hosts/memory";
import { readXlsx } from "../../../src/hosts/xlsx/read";
import { App } from "../../../src/taskpane/components/App";
import { Lang } from "../../../src/taskpane/i18n";
import LibraryTab from "../../../src/taskpane/library/LibraryTab";

export const REFERENCE = join(__dirname, "..", "..", "..", "assets", "samples", "tianhe-2019.xlsx");

let reference: WorkbookGrid | undefined;

/** The bundled reference workbook, read once with the xlsx host's reader. */
export function referenceWorkbook(): WorkbookGrid {
  if (!reference) reference = readXlsx(new Uint8Array(readFileSync(REFERENCE)));
  return reference;
}

export function referenceHost(settings?: Map<string, string>): MemoryHost {
  return new MemoryHost(referenceWorkbook(), { settings });
}

/** The pane with the real library tab, opened on that tab. */
export async function openLibrary(
  host: WorkbookHost,
  lang: Lang = "zh-CN",
  props: Partial<Parameters<typeof App>[0]> = {},
) {
  const utils = render(<App host={host} lang={lang} library={LibraryTab} {...props} />);
  fireEvent.click(screen.getByRole("tab", { name: lang === "en-US" ? "Indicator library" : "指标库" }));
  await screen.findByTestId("library-tab");
  return utils;
}

export function search(text: string): void {
  const box = within(screen.getByTestId("library-tab")).getByRole("searchbox");
  fireEvent.change(box, { target: { value: text } });
}

/** The ids of the listed entries, best first. */
export function listedIds(): string[] {
  return Array.from(document.querySelectorAll<HTMLElement>("[data-entry-id]")).map(
    (li) => li.getAttribute("data-entry-id") ?? "",
  );
}

export function entryItem(id: string): HTMLElement {
  const li = document.querySelector<HTMLElement>(`[data-entry-id="${id}"]`);
  if (!li) throw new Error(`entry ${id} is not listed`);
  return li;
}

/** Picks an option of one of the filter dropdowns (一级指标, 二级指标, 领域). */
export async function pickFilter(key: "level1" | "level2" | "domain", option: string): Promise<void> {
  const dropdown = document.querySelector<HTMLElement>(`[data-filter="${key}"]`);
  if (!dropdown) throw new Error(`no filter ${key}`);
  fireEvent.click(dropdown);
  const choice = await screen.findByRole("option", { name: option });
  fireEvent.click(choice);
  await waitFor(() => expect(screen.queryByRole("listbox")).toBeNull());
}

export function targetLine(): string {
  return screen.getByTestId("target-line").textContent ?? "";
}

/** Selects a cell as a click in the sheet would, and lets the pane hear of it. */
export async function selectCell(host: MemoryHost, cell: string, sheet = "Sheet1"): Promise<void> {
  await act(async () => {
    await host.select(sheet, cell);
  });
}

/** A button by its text (getByRole is slow on the tab's long list under jsdom). */
export function button(name: string, container: HTMLElement = document.body): HTMLButtonElement {
  const found = within(container)
    .getAllByText(name, { ignore: "script, style" })
    .map((el) => el.closest("button"))
    .filter((b): b is HTMLButtonElement => b !== null);
  if (found.length !== 1) throw new Error(`${found.length} buttons "${name}"`);
  return found[0];
}
