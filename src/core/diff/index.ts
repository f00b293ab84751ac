/** Last year's table against this year's: pure, on two records. */
export { diffTables, DEFAULT_THRESHOLD } from "./diff";
export type { DiffInput, DiffOptions } from "./diff";
export { matchByName, nameScore } from "./match";
export { lowerings, senseOf } from "./direction";
export { diffHtml } from "./html";
export * from "./types";
