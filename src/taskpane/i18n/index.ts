import { createContext, useContext } from "react";
import { en } from "./en";
import { Strings } from "./strings";
import { zh } from "./zh";

export type { Strings } from "./strings";

export type Lang = "zh-CN" | "en-US";

/** The pane's language from Office's display language: English for `en…`, Chinese otherwise. */
export function languageFrom(displayLanguage: string | undefined | null): Lang {
  return displayLanguage && /^en\b/i.test(displayLanguage) ? "en-US" : "zh-CN";
}

export function stringsFor(lang: Lang): Strings {
  return lang === "en-US" ? en : zh;
}

/** Picks the Chinese or English text of a message that comes in both. */
export function pick(lang: Lang, zhText: string, enText: string): string {
  return lang === "en-US" ? enText : zhText;
}

export const StringsContext = createContext<{ lang: Lang; t: Strings }>({ lang: "zh-CN", t: zh });

export function useStrings(): { lang: Lang; t: Strings } {
  return useContext(StringsContext);
}
