/**
 * Template leftovers. Matched on the NFKC form (so `ＸＸ`, `＊＊` and `…` read as `XX`, `**`, `...`).
 * Each pattern is a mark no real text uses: a run of two or more X (not inside a Latin word, so
 * `XXI` or `Linux` do not count), ××, **, ○○, □□, 某某 (one 某 is a word: 某些), an instruction
 * (请填写, 请输入, 此处填写, 待填, 待补充), or a `{N}` slot of the indicator library left unfilled.
 */
const ANYWHERE: readonly RegExp[] = [
  /(?<![A-Za-z])[Xx]{2,}(?![A-Za-z])/,
  /[×✕✖╳]{2,}/,
  /\*{2,}/,
  /[○◯□△]{2,}/,
  /某某/,
  /请(?:在此|在这里)?(?:填写|填入|输入|选择|补充)/,
  /(?:此处|在此)(?:填写|填入|输入)/,
  /待(?:填|补充)/,
  /\{[^{}\s]{1,20}\}/,
];

/** Cells that hold nothing but a leftover: `……`, `...`, `待定`, `？？`. */
const WHOLE = /^(?:\.{2,}|。{2,}|[·•]{2,}|待定|[?？]+|TBD|tbd)$/;

/** Characters one of the patterns needs (before NFKC): a cheap filter for the usual text. */
const TRIGGER = /[XxＸｘ×✕✖╳*＊○◯□△某请此待{｛]/;
const WHOLE_TRIGGER = /^\s*(?:[.。…·•．?？]+|TBD|tbd|ＴＢＤ)\s*$/;

/** False when findPlaceholder(text) is surely null: no character or shape a placeholder needs. */
export function mayHoldPlaceholder(text: string): boolean {
  return TRIGGER.test(text) || WHOLE_TRIGGER.test(text);
}

/** The placeholder in a text, as found, or null. */
export function findPlaceholder(text: string): string | null {
  if (!mayHoldPlaceholder(text)) return null;
  const t = text.normalize("NFKC").trim();
  if (t === "") return null;
  if (WHOLE.test(t)) return t;
  for (const re of ANYWHERE) {
    const m = re.exec(t);
    if (m) return m[0];
  }
  return null;
}
