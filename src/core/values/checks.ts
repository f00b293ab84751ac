import { fold } from "./chars";
import { IndicatorKind, indicatorKinds, isChangeName, isTimeName, NameProfile, nameProfile } from "./names";
import { Target } from "./types";

/**
 * The kinds that apply to one target: its own label's when the label names something
 * (`调解成功率` in a sentence under `…次数、调解成功率`), else the indicator name's.
 */
export function targetKinds(target: Target, name: string): IndicatorKind[] {
  return kindsUnder(target, nameProfile(name)) as IndicatorKind[];
}

/** targetKinds under a name of this profile (shared: do not modify). */
function kindsUnder(target: Target, name: NameProfile): readonly IndicatorKind[] {
  const fromLabel = target.label ? indicatorKinds(target.label) : [];
  return fromLabel.length > 0 ? fromLabel : name.kinds;
}

/**
 * A number with no unit where the indicator needs one: it counts things (`12` for 配置数量), is an
 * amount (`28.8` for 经费: 万元 expected), or is a rate (`85` for 参考率: `%` expected; a bare 0 is
 * accepted). A unit carried by the name (`培训人数（人）`) is enough. Check `looksLikeDateSerial`
 * first: a leaked date serial has no unit either.
 */
export function unitMissing(target: Target, name: string): boolean {
  return unitMissingUnder(target, nameProfile(name));
}

/** unitMissing under a name of this profile. */
export function unitMissingUnder(target: Target, name: NameProfile): boolean {
  if (target.unit !== null || target.percent || name.unit !== null) return false;
  const kinds = kindsUnder(target, name);
  if (kinds.includes("count") || kinds.includes("amount")) return true;
  return kinds.includes("rate") && target.value !== 0;
}

/**
 * A percentage no indicator of this kind can take: above 100% for a bounded rate (名称含「率」,
 * 满意度, 占比; not 增长率 and the like), or below 0% for anything but a change (增长, 下降 …).
 */
export function percentOutOfRange(target: Target, name: string): boolean {
  return outOfRangeUnder(target, nameProfile(name));
}

/** percentOutOfRange under a name of this profile; most targets are turned away by their number alone. */
export function outOfRangeUnder(target: Target, name: NameProfile): boolean {
  const v = target.value;
  if (!(v < 0 || v > 100) || !(target.percent || (target.unit === null && name.unit === "%"))) return false;
  if (v < 0) return !isChangeName(target.label ?? "") && !name.change;
  return kindsUnder(target, name).includes("rate");
}

/** Excel serials of 1990-01-01 … 2099-12-31: the five-digit numbers a date turns into. */
export const DATE_SERIAL_MIN = 32874;
export const DATE_SERIAL_MAX = 73050;

/**
 * An Excel date serial leaking into a value (`44561` for 2021-12-31): a plain five-digit integer in
 * the serial range of 1990–2099, with no unit or under a time indicator (时效, 完成时间, 日期, 进度).
 */
export function looksLikeDateSerial(target: Target, name: string): boolean {
  // fold keeps the length: a figure of another length is no serial, and is not folded.
  if (target.percent || target.valueText.length !== 5 || !/^\d{5}$/.test(fold(target.valueText)))
    return false;
  if (target.value < DATE_SERIAL_MIN || target.value > DATE_SERIAL_MAX) return false;
  return target.unit === null || isTimeName(name);
}

/** The date (`2021-12-31`) of an Excel serial in the 1900 date system; null outside 1900–9999. */
export function excelSerialToIsoDate(serial: number): string | null {
  if (!Number.isFinite(serial) || serial < 1 || serial >= 2958466) return null;
  const day = Math.floor(serial);
  // Excel counts a 1900-02-29 that never was: serial 60 is that day, later serials are one off.
  if (day === 60) return "1900-02-29";
  const epoch = day < 60 ? Date.UTC(1899, 11, 31) : Date.UTC(1899, 11, 30);
  return new Date(epoch + day * 86400000).toISOString().slice(0, 10);
}

/**
 * What an impossible percentage probably was before a PDF or a font turned `≥` into `2`
 * (`292%` → `≥92%`); null when it does not look like that. A hint for the message, never a fix.
 */
export function likelyMangledComparator(target: Target): string | null {
  if (!target.percent || target.comparator !== null || target.value <= 100) return null;
  const m = /^2(\d{1,3}(?:\.\d+)?)$/.exec(fold(target.valueText));
  if (!m || Number(m[1]) > 100 || m[1].startsWith("0")) return null;
  return "≥" + m[1] + "%";
}
