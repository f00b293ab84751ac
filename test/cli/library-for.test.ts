/** `jixiao library --for "任务目标"`: the entries recommended for a task's goal, with the reason. */
import { runCli } from "./run-cli";

const GOAL = "严格依法受理、指派法律援助案件，跟踪检查法律援助案件质量，开展法律援助宣传及培训";

interface Rec {
  entry: { id: string; name: string; level1: string; domains: string[] };
  reason: string;
  reasonEn: string;
  similarity: number;
}

describe("jixiao library --for", () => {
  it("prints the entries the goal speaks of, best first, each with its reason", async () => {
    const r = await runCli(["library", "--for", GOAL]);
    expect(r.code).toBe(0);
    const lines = r.stdout.split("\n");
    expect(lines[0]).toMatch(/^为「严格依法受理.*」推荐 10 条指标$/);
    expect(lines[2]).toMatch(/^\[sf-\d+\] 法律援助/);
    expect(lines[4]).toMatch(/^ {4}推荐理由：与任务目标相关：法律援助/);
    expect(r.stdout).not.toContain("施工");
  });

  it("gives the ranking as JSON, reasons in both languages, and in English text with --lang en", async () => {
    const recs: Rec[] = JSON.parse((await runCli(["library", "--for", GOAL, "--format", "json"])).stdout);
    expect(recs).toHaveLength(10);
    for (const r of recs) {
      expect(r.entry.name + r.reason).toMatch(/法律援助|案件质量|宣传|培训/);
      expect(r.reasonEn).toMatch(/^Fits the task's goal: /);
    }
    const sims = recs.map((r) => r.similarity);
    expect([...sims].sort((a, b) => b - a)).toEqual(sims);
    const en = await runCli(["library", "--for", GOAL, "--lang", "en"]);
    expect(en.stdout).toMatch(/^10 indicators recommended for "/);
    expect(en.stdout).toContain("    Why: Fits the task's goal: 法律援助");
  });

  it("keeps to the filters, and says so when nothing fits", async () => {
    const recs: Rec[] = JSON.parse(
      (await runCli(["library", "--for", GOAL, "--level", "满意度", "--format", "json"])).stdout,
    );
    expect(recs.length).toBeGreaterThan(0);
    expect(recs.every((r) => r.entry.level1 === "满意度指标")).toBe(true);
    expect(recs[0].entry.name).toBe("法律援助受援人满意度");
    const none = await runCli(["library", "--for", "今天天气晴朗"]);
    expect(none.code).toBe(0);
    expect(none.stdout).toBe("指标库中没有与「今天天气晴朗」相关的指标。\n");
  });

  it("rejects an empty text with exit 2", async () => {
    const r = await runCli(["library", "--for", " "]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--for");
  });
});
