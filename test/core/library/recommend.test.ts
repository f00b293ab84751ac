/**
 * 指标库 recommendations (core/library/recommend) on the reference table's tasks: the entries that
 * fill what a task lacks come first with the reason, the ones its goal speaks of above the others.
 */
import { builtInLibrary, LibraryEntry } from "../../../src/core/library";
import {
  bigrams,
  forTask,
  forText,
  longestShared,
  reasonsText,
  recommend,
  taskGaps,
} from "../../../src/core/library/recommend";
import { readWorkbook } from "../../../src/core/reader";
import { Task } from "../../../src/core/record";
import { referenceWorkbook } from "../reference";

const record = readWorkbook(referenceWorkbook())!.record;
const library = builtInLibrary();
const annual = record.annual.tasks;
const byName = (prefix: string): Task => annual.find((t) => t.task.value.startsWith(prefix))!;
const names = (list: { entry: LibraryEntry }[]) => list.map((r) => r.entry.name);

describe("what a task lacks", () => {
  it("on the reference table: every task but 司法社工 has no 效益 and no task a 满意度 indicator", () => {
    // By hand: only 司法社工 has a 效益 indicator (D35 发生影响恶劣事件率，重新犯罪率: a social effect).
    expect(annual.map((t) => taskGaps(t))).toEqual([
      ["效益", "满意度"],
      ["效益", "满意度"],
      ["效益", "满意度"],
      ["满意度"],
      ["效益", "满意度"],
      ["效益", "满意度"],
      ["效益", "满意度"],
    ]);
  });

  it("a task with nothing yet lacks everything; one with unclassifiable indicators is not judged", () => {
    const leaf = (value: string) => ({ value, cell: "D1" });
    const ind = (name: string) => ({ name: leaf(name), standard: leaf(""), kind: null, sense: null });
    expect(taskGaps({ indicators: [ind("")] })).toEqual(["效益", "满意度", "产出"]);
    expect(taskGaps({ indicators: [ind("某某事项")] })).toEqual([]);
  });
});

describe("recommendations for a task of the reference table", () => {
  it("lists the 效益 and 满意度 entries first, with the reason, then the task's own field", () => {
    const recs = recommend(library, forTask(byName("着力打造天河人民调解")));
    // Three for each gap first (perGap), then what the goal speaks of.
    const fillers = recs.slice(0, 6);
    expect(fillers.map((r) => r.fills).sort()).toEqual([
      "效益",
      "效益",
      "效益",
      "满意度",
      "满意度",
      "满意度",
    ]);
    const effect = recs.find((r) => r.fills === "效益")!;
    expect(reasonsText(effect.reasons, "zh")).toMatch(
      /^本任务缺少效益指标；与任务目标相关：.*(矛盾纠纷|人民调解)/,
    );
    expect(reasonsText(effect.reasons, "en")).toMatch(/^The task has no effect indicator \(效益指标\)/);
    // Among the satisfaction entries, the mediation parties' satisfaction is the one for this task.
    expect(names(recs.filter((r) => r.fills === "满意度"))).toContain("人民调解当事人满意度");
    // After the gaps: entries of mediation, each saying what it shares with the goal.
    const rest = recs.slice(fillers.length);
    expect(rest.length).toBeGreaterThan(0);
    for (const r of rest) expect(r.reasons.map((x) => x.kind)).toContain("fits");
    expect(names(rest).some((n) => n.includes("人民调解"))).toBe(true);
  });

  it("ranks the entries the goal speaks of above unrelated ones", () => {
    const target = forTask(byName("优化法律援助服务"));
    const all = recommend(library, target, { perGap: 100, limit: 1000 });
    const at = (name: string) => names(all).indexOf(name);
    expect(at("法律援助受援人满意度")).toBeGreaterThanOrEqual(0);
    for (const unrelated of ["参训人员满意度", "企业满意度", "施工周边群众满意度", "系统用户满意度"]) {
      expect([unrelated, at("法律援助受援人满意度") < at(unrelated)]).toEqual([unrelated, true]);
    }
    // The effect indicator the goal names (协调机制 and 季度通报机制) is the first of all.
    expect(all[0].entry.name).toBe("法律援助协调和季度通报机制运行情况");
    expect(all[0].similarity).toBeGreaterThan(
      all.find((r) => r.entry.name === "新增绿化面积")?.similarity ?? 0,
    );
  });

  it("does not say 缺少效益指标 for the task that has one, and offers general satisfaction entries", () => {
    const recs = recommend(library, forTask(byName("推动司法社工项目体系建设")));
    expect(recs.some((r) => reasonsText(r.reasons, "zh").includes("缺少效益"))).toBe(false);
    const sat = recs.filter((r) => r.fills === "满意度");
    expect(sat).toHaveLength(3);
    expect(reasonsText(sat[0].reasons, "zh")).toMatch(/^本任务缺少满意度指标/);
    expect(names(recs.slice(sat.length)).slice(0, 2)).toEqual([
      "社区矫正购买司法社工服务成本",
      "司法社工服务项目评估次数",
    ]);
  });

  it("never recommends an indicator the task already has", () => {
    const mediation = byName("着力打造天河人民调解");
    const own = mediation.indicators.map((i) => i.name.value);
    expect(own).toContain("公共法律服务项目人员配置数量");
    const recs = recommend(library, forTask(mediation), { perGap: 100, limit: 1000 });
    expect(names(recs)).not.toContain("公共法律服务项目人员配置数量");
    // …which the first task, which lacks it, is offered.
    expect(names(recommend(library, forTask(byName("健全公共法律服务体系")), { limit: 20 }))).toContain(
      "公共法律服务项目人员配置数量",
    );
  });

  it("covers every task of both sections, and is the same on every call", () => {
    for (const t of [...record.annual.tasks, ...record.threeYear.tasks]) {
      const first = recommend(library, forTask(t));
      expect(first.length).toBeGreaterThan(3);
      expect(first[0].fills).not.toBeNull();
      expect(recommend(library, forTask(t))).toEqual(first);
    }
  });
});

describe("recommendations for a free text", () => {
  it("ranks by what the text speaks of, and gives nothing for a text the library has no words of", () => {
    const recs = recommend(library, forText("开展法治宣传教育，提高群众法律意识"));
    expect(recs[0].entry.name).toBe("居民法治宣传教育知晓率");
    expect(reasonsText(recs[0].reasons, "zh")).toBe("与任务目标相关：法治宣传教育");
    const it = recommend(library, forText("建设信息化系统"));
    expect(it.length).toBe(10);
    for (const r of it) expect(r.entry.domains).toContain("信息化");
    expect(recommend(library, forText("今天天气晴朗"))).toEqual([]);
    expect(recommend(library, forText(""))).toEqual([]);
  });

  it("includes custom entries", () => {
    const custom: LibraryEntry = {
      id: "custom-1",
      name: "无人机巡查覆盖率",
      level1: "产出指标",
      level2: "数量指标",
      value: { comparator: "≥", value: "90", unit: "%" },
      explanation: "",
      domains: [],
      keywords: ["无人机巡查"],
    };
    const recs = recommend([...library, custom], forText("推进无人机巡查工作"));
    expect(recs[0].entry.id).toBe("custom-1");
  });
});

describe("character pairs", () => {
  it("are drawn within runs of letters and digits, placeholders left out", () => {
    expect([...bigrams("公共法律服务")]).toEqual(["公共", "共法", "法律", "律服", "服务"]);
    expect([...bigrams("{项目名称}验收，合格")]).toEqual(["验收", "合格"]);
    expect(longestShared("法律援助受援人满意度", "优化法律援助服务")).toBe("法律援助");
    expect(longestShared("企业满意度", "优化法律援助服务")).toBeNull();
  });
});
