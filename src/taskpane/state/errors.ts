import { Lang, pick, stringsFor } from "../i18n";

/** A failure to show the user: the message in their language. */
export interface UserError {
  message: string;
  /** The HostError code, `conflict` for an edit guard, or `unknown`. */
  code: string;
}

interface Bilingual {
  name?: string;
  code?: string;
  message: string;
  messageZh?: string;
  messageEn: string;
}

/**
 * HostError (messageZh/messageEn) and core's EditConflictError (message/messageEn) both carry
 * their text in two languages; matched by shape so that a copy of the class from another bundle
 * is recognised too.
 */
function isBilingual(error: unknown): error is Bilingual {
  return error instanceof Error && typeof (error as Partial<Bilingual>).messageEn === "string";
}

export function toUserError(error: unknown, lang: Lang): UserError {
  if (isBilingual(error)) {
    const zh = typeof error.messageZh === "string" ? error.messageZh : error.message;
    const code =
      typeof error.code === "string"
        ? error.code
        : error.name === "EditConflictError"
          ? "conflict"
          : "unknown";
    return { code, message: pick(lang, zh, error.messageEn) };
  }
  const detail = error instanceof Error ? error.message : String(error);
  return { code: "unknown", message: stringsFor(lang).unknownError(detail) };
}
