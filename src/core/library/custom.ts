/**
 * Custom indicator libraries: reading one from JSON or a sheet, writing one, merging one into the
 * built-in library. One file per concept in custom/.
 */
export { CUSTOM_ID_PREFIX } from "./custom/ids";
export { MAX_IMPORT_ENTRIES } from "./custom/importResult";
export type { LibraryImport } from "./custom/importResult";
export { importLibraryJson } from "./custom/importJson";
export { importLibraryGrid } from "./custom/importSheet";
export { exportLibrary } from "./custom/exportJson";
export { mergeLibraries } from "./custom/merge";
export type { MergedLibrary, MergeOptions } from "./custom/merge";
