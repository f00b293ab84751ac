import { builtInLibrary, fillEntry, placeholdersOf } from "../../../src/core/library";
import {
  findTextProblems,
  findValueProblems,
  parseValue,
  percentOutOfRange,
  unitMissing,
} from "../../../src/core/values";

/** Sample values for the placeholders of the built-in entries. */
const SAMPLE: Record<string, string> = { N: "5", 年份: "2019", 月份: "10" };

describe("built-in library against the value rules of core/values", () => {
  it("fills every entry into cells the checker accepts: measurable, with units, no fixes needed", () => {
    const rejected: string[] = [];
    for (const e of builtInLibrary()) {
      const cells = fillEntry(
        e,
        Object.fromEntries(placeholdersOf(e).map((p) => [p, SAMPLE[p] ?? "某项目"])),
      );
      const parsed = parseValue(cells.value);
      const why: string[] = [];
      if (!parsed.measurable) why.push("not measurable");
      if (parsed.targets.length === 0 && parsed.grade?.weak) why.push("weak grade");
      for (const t of parsed.targets) {
        if (unitMissing(t, cells.name)) why.push("unit missing");
        if (percentOutOfRange(t, cells.name)) why.push("percent out of range");
      }
      if (findValueProblems(cells.value).length > 0) why.push("value needs a fix");
      if (findTextProblems(cells.name).length > 0) why.push("name needs a fix");
      if (why.length > 0) rejected.push(`${e.id} ${cells.name} ${cells.value}: ${why.join(", ")}`);
    }
    expect(rejected).toEqual([]);
  });
});
