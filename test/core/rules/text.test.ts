import { findPlaceholder } from "../../../src/core/rules/text/placeholders";
import { cleanLong } from "../../../src/core/rules/text/fixes";
import { check, fixAndRecheck, issuesOf, keys, table } from "./helpers";

describe("findPlaceholder", () => {
  it.each([
    ["XXX", "XXX"],
    ["xx区司法局", "xx"],
    ["20XX年部门整体绩效目标表", "XX"],
    ["ＸＸ街道", "XX"],
    ["××局", "××"],
    ["≥**%", "**"],
    ["○○区", "○○"],
    ["某某区文化局", "某某"],
    ["待填", "待填"],
    ["待补充", "待补充"],
    ["（请填写项目名称）", "请填写"],
    ["请在此填写", "请在此填写"],
    ["此处填写任务名称", "此处填写"],
    ["≥{N}次", "{N}"],
    ["……", "......"],
    ["...", "..."],
    ["待定", "待定"],
    ["？？", "??"],
  ])("%s → %s", (text, found) => {
    expect(findPlaceholder(text)).toBe(found);
  });

  it.each([
    "",
    "XXI世纪法律服务",
    "Linux服务器",
    "某些社区",
    "3×4米展板",
    "二〇〇九年",
    "每个季度至少举办一次法治讲座……以及其他活动",
    "☆★",
    "广州市天河区司法局",
    "按规定的补贴标准支付",
    "填写说明见附件",
  ])("%s is no placeholder", (text) => {
    expect(findPlaceholder(text)).toBeNull();
  });
});

describe("text.placeholder", () => {
  it("fires at the cell, naming the leftover, in any text of the table", () => {
    const r = check(
      table((rows) => {
        rows[1] = ["部门名称：某某区文化局"];
        rows[17][2] = "全年开展XX场文化活动。";
        rows[18][4] = "……";
      }),
    );
    expect(issuesOf(r, "text.placeholder")).toEqual([
      ["A2", "部门名称「某某区文化局」中的「某某」是模板占位内容，请改为实际内容"],
      ["C18", "任务绩效目标「全年开展XX场文化活动。」中的「XX」是模板占位内容，请改为实际内容"],
      ["E19", "绩效标准只填了「……」，这是模板占位内容，请填写实际内容"],
    ]);
    expect(new Set(r.issues.filter((i) => i.rule === "text.placeholder").map((i) => i.severity))).toEqual(
      new Set(["error"]),
    );
    expect(r.issues.filter((i) => i.rule === "text.placeholder").map((i) => i.section)).toEqual([
      "header",
      "annual",
      "annual",
    ]);
  });
});

describe("text.fullwidth", () => {
  it("full-width digits in a value, with the half-width text as fix", () => {
    const r = check(table((rows) => (rows[18][4] = "≥９０％")));
    expect(issuesOf(r, "text.fullwidth")).toEqual([
      ["E19", "绩效标准「≥９０％」中的全角字符「９０％」应写作半角「90%」", "≥90%"],
    ]);
    expect(r.issues.find((i) => i.rule === "text.fullwidth")?.severity).toBe("info");
  });

  it("full-width letters in an indicator name", () => {
    const r = check(table((rows) => (rows[23][3] = "年均ＡＰＰ推送场次")));
    expect(issuesOf(r, "text.fullwidth")).toEqual([
      [
        "D24",
        "关键性指标名称「年均ＡＰＰ推送场次」中的全角字符「ＡＰＰ」应写作半角「APP」",
        "年均APP推送场次",
      ],
    ]);
  });

  it("leaves Chinese punctuation, and texts other than indicators, alone", () => {
    const r = check(
      table((rows) => {
        rows[18][3] = "群众满意度（年均）";
        rows[17][2] = "全年开展２０场文化活动。";
      }),
    );
    expect(issuesOf(r, "text.fullwidth")).toEqual([]);
  });
});

describe("text.whitespace", () => {
  it("a stray line break in an indicator name; the fix drops it", () => {
    const r = check(table((rows) => (rows[17][3] = "文化活动\n场次")));
    expect(issuesOf(r, "text.whitespace")).toEqual([
      ["D18", "关键性指标名称「文化活动场次」有多余的换行", "文化活动场次"],
    ]);
  });

  it("spaces around a value and inside a task name", () => {
    const r = check(
      table((rows) => {
        rows[18][4] = " ≥90% ";
        rows[17][1] = "开展  文化活动";
      }),
    );
    expect(issuesOf(r, "text.whitespace")).toEqual([
      ["B18", "任务名称「开展  文化活动」有连续的空格", "开展 文化活动"],
      ["E19", "绩效标准「≥90%」首尾有多余的空白", "≥90%"],
    ]);
  });

  it("a label and its value in one cell keep their label", () => {
    const r = check(table((rows) => (rows[1] = ["部门名称：天河区文化局 "])));
    expect(issuesOf(r, "text.whitespace")).toEqual([
      ["A2", "部门名称「天河区文化局」末尾有多余的空白", "部门名称：天河区文化局"],
    ]);
  });

  it("goals and projects keep their line breaks; only their spacing is cleaned", () => {
    const goal = "一、办好群众文化活动。\n二、建设文化场馆。";
    const projects = "文化活动经费\n文化场馆建设经费";
    const clean = check(
      table((rows) => {
        rows[11][2] = goal;
        rows[17][5] = projects;
      }),
    );
    expect(issuesOf(clean, "text.whitespace")).toEqual([]);
    const spaced = check(table((rows) => (rows[17][5] = projects + "\n")));
    expect(issuesOf(spaced, "text.whitespace")).toEqual([
      ["F18", "主要实施项目「文化活动经费文化场馆建设经费」末尾有多余的空白", projects],
    ]);
    expect(cleanLong("  第一段。\n　　第二段  有空格。 ")).toBe("第一段。\n　　第二段 有空格。");
  });

  it("budget labels are short fields", () => {
    const r = check(table((rows) => (rows[7][1] = "2.财政专户\n管理资金")));
    expect(issuesOf(r, "text.whitespace")).toEqual([
      ["B8", "预算收入项目「2.财政专户管理资金」有多余的换行", "2.财政专户管理资金"],
    ]);
  });

  it("no fix for a formula or a number", () => {
    const r = check(
      table(
        (rows) => (rows[17][1] = { value: " 开展文化活动", text: " 开展文化活动", formula: "Sheet2!A1" }),
      ),
    );
    const issue = r.issues.find((i) => i.rule === "text.whitespace");
    expect(issue?.cell).toBe("B18");
    expect(issue?.fix).toBeUndefined();
  });

  it("every fix removes its issue and adds none", () => {
    const { before, after } = fixAndRecheck(
      table((rows) => {
        rows[0] = [" 2020年部门整体绩效目标表"];
        rows[17][3] = "文化活动\n场次";
        rows[18][4] = "≥90%  ";
        rows[11][2] = "办好群众文化活动。  \n建设文化场馆。 ";
      }),
    );
    expect(keys(before)).toEqual([
      "text.whitespace@A1",
      "text.whitespace@C12",
      "text.whitespace@D18",
      "text.whitespace@E19",
    ]);
    expect(after.issues).toEqual([]);
  });
});

describe("text.too-long", () => {
  it("fires above 100 characters, at the name", () => {
    const name = "文".repeat(101);
    const r = check(table((rows) => (rows[23][3] = name)));
    expect(issuesOf(r, "text.too-long")).toEqual([
      [
        "D24",
        `指标名称「${"文".repeat(20)}…」有 101 个字，超过 100 字的上限，请精简（指标解释可写入绩效标准）`,
      ],
    ]);
    expect(r.issues.find((i) => i.rule === "text.too-long")?.severity).toBe("warning");
  });

  it("100 characters are fine", () => {
    expect(issuesOf(check(table((rows) => (rows[23][3] = "文".repeat(100)))), "text.too-long")).toEqual([]);
  });
});
