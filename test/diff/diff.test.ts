import fs from "fs";
import os from "os";
import path from "path";
import { checkWorkbook } from "../../src/core/check";
import { diffHtml, diffTables, DiffInput, lowerings, matchByName, TableDiff } from "../../src/core/diff";
import { readXlsx } from "../../src/hosts/xlsx";
import { LOWERED, makeCopies, REFERENCE } from "./fixtures";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "jixiao-diff-"));
const copies = makeCopies(dir);

function load(file: string): DiffInput {
  const report = checkWorkbook(readXlsx(new Uint8Array(fs.readFileSync(file))), {}).report;
  return { file: path.basename(file), sheet: report.sheet, record: report.record! };
}
const diff = (a: string, b: string): TableDiff => diffTables(load(a), load(b));

describe("diff of the reference table and a copy with lowered targets", () => {
  const d = diff(copies.last, copies.lowered);

  it("lists each lowered target at its cells, and nothing raised or kept", () => {
    expect(d.lowered.map((l) => [l.cell.this, l.target.last, l.target.this])).toEqual(LOWERED);
    // Same table shape: each target stands in the same cell both years.
    for (const l of d.lowered) expect(l.cell.last).toBe(l.cell.this);
    expect(d.summary.lowered).toBe(LOWERED.length);
  });

  it("says how it knew the better direction", () => {
    const by = Object.fromEntries(d.lowered.map((l) => [l.cell.this, [l.sense, l.inferredFrom, l.how]]));
    expect(by.E16).toEqual(["more", "comparator", "value"]);
    expect(by.E30).toEqual(["less", "comparator", "value"]);
    expect(by.E18).toEqual(["less", "name", "value"]);
    expect(by.E15).toEqual(["more", "default", "value"]);
    expect(by.E19).toEqual(["more", "default", "number-dropped"]);
  });

  it("finds the goals copied word for word, and no indicator dropped or added", () => {
    expect(d.copiedGoals.map((g) => g.this.cell)).toEqual(
      expect.arrayContaining(["C12", "C54", "C26", "C29", "C48"]),
    );
    expect(d.droppedIndicators).toEqual([]);
    expect(d.addedIndicators).toEqual([]);
    expect(d.renamed).toEqual([]);
    expect(d.budget).toEqual([]);
    expect(d.this.year).toBe(2020);
    expect(d.last.year).toBe(2019);
  });

  it("finds nothing between a table and itself but its copied goals", () => {
    const same = diff(REFERENCE, REFERENCE);
    expect(same.lowered).toEqual([]);
    expect(same.droppedIndicators.length + same.addedIndicators.length + same.renamed.length).toBe(0);
    expect(same.droppedTasks.length + same.addedTasks.length + same.budget.length).toBe(0);
    expect(same.copiedGoals.length).toBeGreaterThan(0);
  });
});

describe("diff matches by name similarity, not position", () => {
  const d = diff(copies.last, copies.reworked);

  it("follows a key indicator moved and renamed, and lists its lowered target at both years' cells", () => {
    expect(d.lowered.map((l) => [l.cell.last, l.cell.this, l.target.last, l.target.this])).toEqual([
      ["E16", "E14", "≥90%", "≥88%"],
    ]);
    expect(d.lowered[0].indicator).toEqual({ last: "调解案件调解成功率", this: "人民调解案件调解成功率" });
  });

  it("matches the slightly renamed task and indicator and says so", () => {
    const renamed = d.renamed.map((r) => [r.kind, r.last.cell, r.this.cell]);
    expect(renamed).toEqual(
      expect.arrayContaining([
        ["task", "B26", "B26"],
        ["indicator", "C16", "C14"],
      ]),
    );
    expect(d.renamed).toHaveLength(2);
    expect(d.droppedTasks).toEqual([]);
    expect(d.addedTasks).toEqual([]);
  });

  it("lists the dropped and the added indicator, and not the swapped ones", () => {
    expect(d.droppedIndicators.map((i) => [i.name.cell, i.name.value])).toEqual([
      ["D28", "处理12348广东法网任务工单"],
    ]);
    expect(d.addedIndicators.map((i) => [i.name.cell, i.name.value])).toEqual([
      ["D28", "律师事务所年度检查考核"],
    ]);
    expect(d.addedIndicators[0].task).toBe("进一步健全公共法律服务体系建设");
  });

  it("lists the budget lines changed by more than the threshold", () => {
    expect(d.budget.map((b) => [b.line, b.this.cell, Math.round(b.change! * 1000) / 10])).toEqual([
      ["total", "E4", 11.4],
      ["fiscal", "E5", 11.4],
      ["generalPublic", "E6", 11.4],
    ]);
    expect(diffTables(load(copies.last), load(copies.reworked), { threshold: 0.2 }).budget).toEqual([]);
  });

  it("renders a self-contained page listing the same", () => {
    const html = diffHtml(d, "2026-12-03");
    expect(html).toContain("Content-Security-Policy");
    expect(html).not.toMatch(/<script|https?:\/\//i);
    expect(html).toContain('data-list="lowered"');
    expect(html).toContain("人民调解案件调解成功率");
    expect(html).toContain("2026-12-03");
  });
});

describe("matching and lowering", () => {
  it("pairs names by similarity, whatever their order, and leaves unrelated names apart", () => {
    const m = matchByName(
      ["调解案件调解成功率", "社区矫正中心建设", "法律援助宣传活动"],
      ["法律援助宣传活动（年均）", "人民调解案件调解成功率", "青少年法治教育基地"],
    );
    expect(m.pairs.map((p) => [p.last, p.this])).toEqual([
      [2, 0],
      [0, 1],
    ]);
    expect(m.dropped).toEqual([1]);
    expect(m.added).toEqual([2]);
  });

  it("pairs a big table's repeated names in order and still finds a renamed one", () => {
    const names = ["服务对象满意度", "宣传活动场次", "培训人数"];
    const last = Array.from({ length: 600 }, (_, i) => names[i % 3]);
    last.push("智能化社区矫正中心建设");
    const now = [...last.slice(0, 598), "智能社区矫正中心建设进度"];
    const m = matchByName(last, now);
    expect(last.length * now.length).toBeGreaterThan(250_000);
    expect(m.pairs.filter((p) => p.score === 1).every((p) => p.last === p.this)).toBe(true);
    expect(m.pairs.find((p) => p.last === 600)?.this).toBe(598);
    expect(m.dropped).toEqual([598, 599]);
    expect(m.added).toEqual([]);
  });

  it("reads direction from the comparator, then from a 反向 name", () => {
    expect(lowerings("≥90%", "≥85%", "成功率")).toHaveLength(1);
    expect(lowerings("≥85%", "≥90%", "成功率")).toHaveLength(0);
    expect(lowerings("≤5天", "≤7天", "办结时限")).toHaveLength(1);
    expect(lowerings("≤7天", "≤5天", "办结时限")).toHaveLength(0);
    expect(lowerings("12人", "10人", "配置数量")).toHaveLength(1);
    expect(lowerings("2%", "3%", "投诉率")).toHaveLength(1);
    expect(lowerings("2%", "1%", "投诉率")).toHaveLength(0);
    // A turned comparator or another unit is a change, not comparable.
    expect(lowerings("≥90%", "≤85%", "成功率")).toHaveLength(0);
    expect(lowerings("2万人次", "3000人次", "服务人次")).toHaveLength(0);
    expect(lowerings("考核合格", "考核合格", "考核")).toHaveLength(0);
  });
});
