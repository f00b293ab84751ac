import type { Lang } from "./index";
import { libraryEn } from "./libraryEn";
import type { LibraryStrings } from "./libraryTypes";
import { libraryZh } from "./libraryZh";

// The shapes live in ./libraryTypes, which the two languages import: no import circle.
export type { LibraryStrings, TargetWords } from "./libraryTypes";

export function libraryStrings(lang: Lang): LibraryStrings {
  return lang === "en-US" ? libraryEn : libraryZh;
}

export { libraryEn, libraryZh };
