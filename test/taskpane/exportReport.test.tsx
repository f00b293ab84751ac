/** @jest-environment jsdom */
import "./setup";
import "./textDecoder";
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import fs from "fs";
import { JSDOM } from "jsdom";
import path from "path";
import { checkWorkbook } from "../../src/core/check";
import { HostError } from "../../src/core/host";
import { MemoryHost } from "../../src/hosts/memory";
import { readXlsx } from "../../src/hosts/xlsx";
import { App } from "../../src/taskpane/components/App";

const DEFECTS = path.join(__dirname, "../../assets/samples/tianhe-2019-defects.xlsx");
const check = (wb: Parameters<typeof checkWorkbook>[0]) => checkWorkbook(wb).report;

/** Captures what the download helper hands the browser: the Blob and the link's file name. */
function captureDownloads() {
  const blobs: Blob[] = [];
  const names: string[] = [];
  Object.assign(URL, {
    createObjectURL: jest.fn((blob: Blob) => {
      blobs.push(blob);
      return `blob:test/${blobs.length}`;
    }),
    revokeObjectURL: jest.fn(),
  });
  const click = jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    names.push(this.download);
  });
  return { blobs, names, restore: () => click.mockRestore() };
}

/** jsdom's Blob has no text(): read it as a browser's FileReader would. */
function readBlob(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsText(blob);
  });
}

describe("导出检查报告", () => {
  it("saves the review report of the open workbook with every issue numbered", async () => {
    const workbook = readXlsx(new Uint8Array(fs.readFileSync(DEFECTS)));
    const host = new MemoryHost(workbook);
    const downloads = captureDownloads();
    try {
      render(<App host={host} lang="zh-CN" check={check} />);
      fireEvent.click(screen.getByRole("button", { name: "导出检查报告" }));
      await waitFor(() => expect(downloads.names).toHaveLength(1));
      expect(downloads.names[0]).toMatch(/^检查报告-广州市天河区司法局-2019-\d{4}-\d{2}-\d{2}\.html$/);
      const blob = downloads.blobs[0];
      expect(blob.type).toBe("text/html;charset=utf-8");
      const html = await readBlob(blob);
      const doc = new JSDOM(html).window.document;
      const report = check(host.workbook);
      expect(report.issues).toHaveLength(15);
      report.issues.forEach((issue, i) => {
        const td = doc.querySelector(`td[data-cell="${issue.cell}"]`)!;
        expect(td.getAttribute("data-severity")).not.toBeNull();
        expect([...td.querySelectorAll(".badge")].map((b) => b.textContent)).toContain(String(i + 1));
        expect(doc.querySelector(`tr#issue-${i + 1}`)!.textContent).toContain(issue.message);
      });
      expect(doc.querySelector("[data-verdict]")!.textContent).toContain("需修改");
      expect(await screen.findByText(/已导出检查报告 检查报告-广州市天河区司法局-2019/)).toBeTruthy();
    } finally {
      downloads.restore();
    }
  });

  it("says why when the workbook cannot be read, in the pane's language", async () => {
    const host = new MemoryHost({ sheets: [] });
    host.read = () => Promise.reject(new HostError("editing", "单元格正在编辑", "A cell is being edited"));
    const downloads = captureDownloads();
    try {
      render(<App host={host} lang="en-US" check={check} />);
      fireEvent.click(screen.getByRole("button", { name: "Export review report" }));
      expect((await screen.findByRole("alert")).textContent).toContain("A cell is being edited");
      expect(downloads.names).toEqual([]);
    } finally {
      downloads.restore();
    }
  });
});
