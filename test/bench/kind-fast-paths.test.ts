/**
 * indicatorKind skips the library lookup of a one-part key (the whole key's lookup has just missed)
 * and the array made to loop over it. It must give exactly what the plain chain gives: checked here
 * against that chain, written out as it was, on every cell text of the reference table and of the
 * defect fixtures and on generated names made of the words the classifier looks for.
 */
import fc from "fast-check";
import { seeded } from "../helpers/seeds";
import { indicatorKind } from "../../src/core/classify";
import { deliveryKind, keywordKind } from "../../src/core/classify/keywords";
import { libraryKind } from "../../src/core/classify/library-kinds";
import { classifyKey, keyParts } from "../../src/core/classify/normalize";
import { IndicatorKind } from "../../src/core/classify/types";
import { valueKind } from "../../src/core/classify/value-kind";
import { fixtureCellTexts } from "./fixture-texts";

/** indicatorKind as it was, without its memos. */
function plainKind(name: string, value: string): IndicatorKind | null {
  const key = classifyKey(name);
  let kind: IndicatorKind | null = null;
  let fallback: IndicatorKind | null = null;
  if (key !== "") {
    kind = libraryKind(key);
    if (!kind) {
      const parts = keyParts(key);
      for (const part of parts.length > 1 ? parts : [key]) {
        kind = libraryKind(part) ?? keywordKind(part);
        if (kind) break;
      }
      if (!kind) fallback = deliveryKind(key);
    }
  }
  if (kind || name.trim() === "") return kind;
  return valueKind(value) ?? fallback;
}

function disagreements(pairs: readonly (readonly [string, string])[]): string[] {
  const out: string[] = [];
  for (const [n, v] of pairs) {
    const a = JSON.stringify(plainKind(n, v));
    const b = JSON.stringify(indicatorKind(n, v));
    if (a !== b) out.push(`indicatorKind(${JSON.stringify(n)}, ${JSON.stringify(v)}): ${a} ≠ ${b}`);
  }
  return out;
}

const WORDS =
  "满意度|样本|群众|次数|人数|数量|质量|及时|按时完成率|完成率|合格率|成本|经济效益|生态|犯罪率|长效机制|办理|开展|法律援助案件|普法规划总结检查验收|、|，|/|（%）| |每年|2020年|≥|95%|10个|2026年12月底前|优|1".split(
    "|",
  );
const anyText = fc.array(fc.constantFrom(...WORDS), { maxLength: 8 }).map((xs) => xs.join(""));

describe("indicatorKind's shortcut gives what the plain chain gives", () => {
  test("on every cell text of the reference table and the defect fixtures, as names and as values", () => {
    const texts = [...fixtureCellTexts()];
    expect(texts.length).toBeGreaterThan(100);
    const pairs = texts.flatMap((t, i) => [[t, texts[(i + 1) % texts.length]] as const, [t, ""] as const]);
    expect(disagreements(pairs)).toEqual([]);
  });

  test("on generated names and values", () => {
    fc.assert(
      fc.property(anyText, anyText, (n, v) => {
        expect(disagreements([[n, v]])).toEqual([]);
      }),
      seeded(6212, { numRuns: 3000 }),
    );
  });
});
