/**
 * The classifier's shortcuts (names that differ only in a serial number share one memo entry, the
 * character gates that skip patterns which cannot match) must give exactly what the classifier gave
 * before them: checked against its copy in reference/classify/ on every cell text of the fixtures,
 * on those texts with serial numbers appended, and on generated names made of the words it reads.
 */
import fc from "fast-check";
import { seeded } from "../helpers/seeds";
import { indicatorKind, indicatorSense, nameKinds } from "../../src/core/classify";
import { libraryEndsInDigit } from "../../src/core/classify/library-kinds";
import { memoKey } from "../../src/core/classify/memo-key";
import * as ref from "./reference/classify/kind";
import * as refSense from "./reference/classify/sense";
import { fixtureCellTexts } from "./fixture-texts";

const show = (x: unknown) => JSON.stringify(x);

/** Every way the new classifier may differ from the old on one name and value. */
function disagreements(name: string, value: string): string[] {
  const out: string[] = [];
  const same = (what: string, a: unknown, b: unknown) => {
    if (show(a) !== show(b)) out.push(`${what}(${show(name)}): ${show(a)} ≠ ${show(b)}`);
  };
  same("indicatorKind", ref.indicatorKind(name, value), indicatorKind(name, value));
  same("indicatorSense", refSense.indicatorSense(name), indicatorSense(name));
  same("nameKinds", ref.nameKinds(name), nameKinds(name));
  return out;
}

/** Words of the keyword patterns, the sense words, and what classifyKey and senseParts remove. */
const WORDS = (
  "满意度|满意|样本|回收|群众|服务对象|次数|人数|数量|质量|指数|及时|按时完成率|完成率|合格率|不合格率|成本|费|" +
  "经费|经济效益|挽回|经济损失|生态|污染|犯罪率|犯罪嫌疑人|长效机制|下降|减少|增长|提高|投诉|办结率|调解成功率|" +
  "办理|开展|提供|法律援助案件|普法规划总结检查验收|覆盖率|时长|处理|拆除|违法建筑|GDP|gdp|" +
  "、|，|,|；|/|以及|（|）|(|)|【|】|[|]|（%）|“|”|'|《|》| |\u3000|。|：|-|" +
  "每年|年均|至|2020年|2019年度|数量指标：|满意度指标|效益指标-|一级产出指标/|≥|95%|10个|.|%|" +
  "0|1|12|2026|１２|％|Ａ"
).split("|");
const anyName = fc.array(fc.constantFrom(...WORDS), { maxLength: 9 }).map((xs) => xs.join(""));
/** A name, then a serial number: the bench table's 20,000 names are made so. */
const serialName = fc
  .tuple(anyName, fc.nat({ max: 99999 }), fc.constantFrom("", " ", "（", "）", "、", "%"))
  .map(([n, d, sep]) => `${n}${sep}${d}`);

describe("the classifier's shortcuts give what it gave before them", () => {
  const texts = fixtureCellTexts();

  test("the bench table's names share memo entries (no library key ends in a digit)", () => {
    expect(libraryEndsInDigit()).toBe(false);
    expect(memoKey("法律援助案件数量1234")).toBe("法律援助案件数量0");
    expect(memoKey("群众满意度（%）12")).toBe("群众满意度（%）12");
    expect(memoKey("数量12").length).toBe(3);
    expect(memoKey("2020年度12")).toBe("2020年度0");
    for (const kept of ["数量0", "123", "", "abc12", "数量１２", "数量12a", "数量"])
      expect(memoKey(kept)).toBe(kept);
  });

  test("on every cell text of the reference table and the defect fixtures", () => {
    expect(texts.length).toBeGreaterThan(100);
    const out = texts.flatMap((t, i) => [
      ...disagreements(t, texts[(i + 1) % texts.length]),
      ...disagreements(t, ""),
    ]);
    expect(out).toEqual([]);
  });

  test("on those texts with a serial number appended, as the bench table's names", () => {
    const out = texts.flatMap((t, i) => [
      ...disagreements(`${t}${i}`, ""),
      ...disagreements(`${t}${i * 7919}`, texts[i % texts.length]),
      ...disagreements(`${t}0`, ""),
    ]);
    expect(out).toEqual([]);
  });

  test("on generated names", () => {
    fc.assert(
      fc.property(anyName, anyName, (n, v) => {
        expect(disagreements(n, v)).toEqual([]);
      }),
      seeded(31707, { numRuns: 4000 }),
    );
  });

  test("on generated names with serial numbers", () => {
    fc.assert(
      fc.property(serialName, anyName, (n, v) => {
        expect(disagreements(n, v)).toEqual([]);
      }),
      seeded(31708, { numRuns: 4000 }),
    );
  });
});
