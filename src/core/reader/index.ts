export * from "./layout";
export * from "./read";
export { parseAmount } from "./budget";
export { cleanValue, SheetView } from "./sheet-view";
export { labelKey } from "./labels";
export { keepsLabels } from "./kept-labels";
