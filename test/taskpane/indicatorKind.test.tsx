/** @jest-environment jsdom */
/**
 * The Check tab shows beside an issue the classification its verdict rests on (`产出·质量 · 正向`),
 * with core's real check on the reference workbook with a defect patched in.
 */
import "./setup";
import "./textDecoder";
import { fireEvent, render, screen } from "@testing-library/react";
import { MemoryHost } from "../../src/hosts/memory";
import { readXlsx } from "../../src/hosts/xlsx";
import { App } from "../../src/taskpane/components/App";
import { Lang } from "../../src/taskpane/i18n";
import { defectBytes } from "../fixtures/defects/catalog";
import { VALUE_DEFECTS } from "../fixtures/defects/catalog-value";

const forward = VALUE_DEFECTS.find((d) => d.name === "comparator-direction-forward")!;

async function checked(lang: Lang) {
  const host = new MemoryHost(readXlsx(defectBytes(forward)));
  render(<App host={host} lang={lang} />);
  fireEvent.click(screen.getByRole("button", { name: lang === "en-US" ? /Check/ : "一键检查" }));
  await screen.findByTestId("summary");
}

const card = (rule: string, cell: string) =>
  document.querySelector<HTMLElement>(`[data-rule="${rule}"][data-cell="${cell}"]`)!;
const kindOf = (el: HTMLElement) => el.querySelector('[data-testid="issue-indicator"]')?.textContent ?? null;

describe("the issue's indicator classification in the pane", () => {
  it("is shown on the issue that depends on it, in Chinese", async () => {
    await checked("zh-CN");
    const item = card("value.comparator-direction", "E36");
    expect(item.textContent).toContain("越高越好（正向指标）");
    expect(kindOf(item)).toBe("产出·质量 · 正向");
    // value.multi-target does not rest on a classification: no caption.
    expect(kindOf(card("value.multi-target", "E31"))).toBeNull();
  });

  it("in English when the pane is", async () => {
    await checked("en-US");
    expect(kindOf(card("value.comparator-direction", "E36"))).toBe("output·quality · forward");
  });
});
