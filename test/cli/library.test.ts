import { runCli } from "./run-cli";

describe("jixiao library", () => {
  it("lists every entry without a query", async () => {
    const r = await runCli(["library", "--format", "json"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).length).toBeGreaterThanOrEqual(150);
  });

  it("finds the satisfaction entries by Chinese and by pinyin initials", async () => {
    for (const q of ["满意度", "myd"]) {
      const entries = JSON.parse((await runCli(["library", q, "--format", "json"])).stdout);
      expect(entries.length).toBeGreaterThan(5);
      expect(entries[0].name).toContain("满意");
    }
  });

  it("filters by level and domain, and prints text for a person", async () => {
    const json = JSON.parse(
      (await runCli(["library", "--level", "时效", "--domain", "司法行政", "--format", "json"])).stdout,
    );
    expect(json.length).toBeGreaterThan(0);
    expect(
      json.every(
        (e: { level2: string; domains: string[] }) =>
          e.level2 === "时效指标" && e.domains.includes("司法行政"),
      ),
    ).toBe(true);
    const text = await runCli(["library", "法律援助"]);
    expect(text.stdout).toMatch(/^共 \d+ 条指标/);
    expect(text.stdout).toContain("法律援助");
  });

  it("rejects an unknown level with exit 2", async () => {
    const r = await runCli(["library", "--level", "重要"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--level");
  });
});
