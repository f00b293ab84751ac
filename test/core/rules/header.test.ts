import { check, issuesOf, table } from "./helpers";

describe("header.year-mismatch", () => {
  it("the title's year differs from the year of the check", () => {
    const r = check(table(), { year: 2021 });
    expect(issuesOf(r, "header.year-mismatch")).toEqual([
      ["A1", "标题中的年度是 2020 年，而本次申报的预算年度是 2021 年，请核对是否沿用了旧表"],
    ]);
    const issue = r.issues.find((i) => i.rule === "header.year-mismatch");
    expect(issue?.severity).toBe("warning");
    expect(issue?.section).toBe("header");
    expect(issue?.messageEn).toBe(
      "The title names 2020, but the budget year being checked is 2021; check whether last year's table was reused",
    );
  });

  it("is silent when the years agree, or when no year is asked for", () => {
    expect(issuesOf(check(table(), { year: 2020 }), "header.year-mismatch")).toEqual([]);
    expect(issuesOf(check(table()), "header.year-mismatch")).toEqual([]);
  });

  it("a title without a year, whatever the year asked", () => {
    const r = check(
      table((rows) => (rows[0] = ["部门整体绩效目标表"])),
      { year: 2021 },
    );
    expect(issuesOf(r, "header.year-mismatch")).toEqual([
      ["A1", "标题「部门整体绩效目标表」没有写明预算年度，应写作如“2021年部门整体绩效目标表”"],
    ]);
  });

  it("reads full-width digits and 年度 in the title", () => {
    expect(
      issuesOf(
        check(
          table((rows) => (rows[0] = ["２０２０年度部门整体绩效目标表"])),
          { year: 2020 },
        ),
        "header.year-mismatch",
      ),
    ).toEqual([]);
  });

  it("a placeholder year is a placeholder and no year", () => {
    const r = check(table((rows) => (rows[0] = ["20XX年部门整体绩效目标表"])));
    expect(r.issues.map((i) => i.rule)).toEqual(["header.year-mismatch", "text.placeholder"]);
  });

  it("reads the year of a title worded otherwise, above the table", () => {
    const r = check(
      table((rows) => (rows[0] = ["天河区文化局2019年预算绩效目标"])),
      { year: 2020 },
    );
    expect(issuesOf(r, "header.year-mismatch")).toEqual([
      ["A1", "标题中的年度是 2019 年，而本次申报的预算年度是 2020 年，请核对是否沿用了旧表"],
    ]);
  });

  it("a table without a title", () => {
    const r = check(table((rows) => (rows[0] = [])));
    expect(issuesOf(r, "header.year-mismatch")).toEqual([
      ["A2", "表格没有标题，无法确认预算年度，请补上如“2020年部门整体绩效目标表”的标题"],
    ]);
  });
});
