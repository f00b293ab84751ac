/** The value functions the rules used before their fast paths: src's, with the name tests and checks as they were. */
export {
  excelSerialToIsoDate,
  likelyMangledComparator,
  parseValue,
  unitClass,
} from "../../../../src/core/values";
export type { Target, UnitClass } from "../../../../src/core/values";
export { indicatorKinds, isChangeName, isRateName, unitHint, unitInName, unitKinds } from "./names";
export type { IndicatorKind, UnitKind } from "./names";
export { looksLikeDateSerial, percentOutOfRange, targetKinds, unitMissing } from "./checks";
