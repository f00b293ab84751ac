/**
 * `jixiao validate` shows the classification an issue rests on, on the issue's own line, in the
 * language of the output; `--format json` carries it as `indicator`.
 */
import path from "path";
import { DEFECTS_DIR } from "../fixtures/defects/make-defects";
import { runCli } from "./run-cli";

const FORWARD = path.join(DEFECTS_DIR, "comparator-direction-forward.xlsx");
const REVERSE = path.join(DEFECTS_DIR, "comparator-direction-reverse.xlsx");

const lineOf = (text: string, cell: string) => text.split("\n").find((l) => l.includes(` ${cell} `)) ?? "";

describe("validate shows the indicator classification beside the issue", () => {
  it("in Chinese on the issue line, in English with --lang en", async () => {
    const zh = await runCli(["validate", FORWARD, "--lang", "zh"]);
    const line = lineOf(zh.stdout, "E36");
    expect(line).toContain("越高越好（正向指标）");
    expect(line).toContain("[产出·质量 · 正向]  value.comparator-direction");
    const en = await runCli(["validate", REVERSE, "--lang", "en"]);
    expect(lineOf(en.stdout, "E18")).toContain("[effect·social · reverse]  value.comparator-direction");
  });

  it("leaves the lines of issues that do not depend on a classification as they were", async () => {
    const zh = await runCli(["validate", FORWARD, "--lang", "zh"]);
    const multi = lineOf(zh.stdout, "E31");
    expect(multi).toContain("value.multi-target");
    expect(multi).not.toContain("[");
  });

  it("as `indicator` in the JSON report", async () => {
    const r = await runCli(["validate", REVERSE, "--format", "json"]);
    const issue = JSON.parse(r.stdout).issues.find(
      (i: { rule: string; cell: string }) => i.rule === "value.comparator-direction" && i.cell === "E18",
    );
    expect(issue.indicator).toEqual({ kind: { level1: "效益", level2: "社会" }, sense: "反向" });
  });
});
