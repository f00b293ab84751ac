import { MAX_TOTAL_BYTES, readErrors } from "./errors";
import { END, OPEN, XmlError, XmlScanner } from "./xml";
import { Inflate, InflateBudget, inflateEntry, ZipArchive, ZipEntry } from "./zip";

/** An OPC package (the zip of an .xlsx): parts by name and their relationships. */
export interface Relationship {
  id: string;
  /** Last segment of the relationship type URI (`worksheet`, `styles`, …), for both transitional and strict files. */
  type: string;
  /** Part name the target resolves to, without a leading slash. */
  target: string;
  external: boolean;
}

export class OpcPackage {
  private readonly loose = new Map<string, ZipEntry>();
  readonly budget = new InflateBudget();

  constructor(
    readonly zip: ZipArchive,
    private readonly inflate: Inflate,
  ) {
    let xmlBytes = 0;
    for (const e of zip.entries) {
      const key = normalizeName(e.name);
      if (!this.loose.has(key)) this.loose.set(key, e);
      if (/\.(xml|rels)$/i.test(key)) xmlBytes += e.size;
    }
    // Refuse a zip bomb from the declared sizes before inflating anything (media parts are never read).
    if (xmlBytes > MAX_TOTAL_BYTES) throw readErrors.partTooLarge();
  }

  /** Finds a part, forgiving case, backslashes and a leading slash (seen in files from some tools). */
  entry(part: string): ZipEntry | undefined {
    return (
      this.zip.byName.get(part) ??
      this.loose.get(normalizeName(part)) ??
      this.loose.get(normalizeName(safeDecodeUri(part)))
    );
  }

  has(part: string): boolean {
    return this.entry(part) !== undefined;
  }

  bytes(part: string): Uint8Array | undefined {
    const e = this.entry(part);
    return e ? inflateEntry(this.zip, e, this.budget, this.inflate) : undefined;
  }

  /** The part decoded as text; undefined when it does not exist. */
  text(part: string): string | undefined {
    const b = this.bytes(part);
    return b ? decodeXmlBytes(b) : undefined;
  }

  /** Relationships of a part (`xl/workbook.xml` → `xl/_rels/workbook.xml.rels`); [] when there are none. */
  relationships(source: string): Relationship[] {
    const relsPath = relsPathFor(source);
    const xml = this.text(relsPath);
    if (xml === undefined) return [];
    return parseXmlPart(relsPath, xml, (x) => parseRels(x, source));
  }
}

function normalizeName(name: string): string {
  return name.replace(/\\/g, "/").replace(/^\/+/, "").toLowerCase();
}

function safeDecodeUri(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

export function relsPathFor(part: string): string {
  const slash = part.lastIndexOf("/");
  return part.slice(0, slash + 1) + "_rels/" + part.slice(slash + 1) + ".rels";
}

/** Resolves a relationship target against the folder of its source part. */
export function resolveTarget(source: string, target: string): string {
  const t = target.replace(/\\/g, "/");
  const segments = t.startsWith("/") ? [] : source.split("/").slice(0, -1);
  for (const seg of t.split("/")) {
    if (seg === "" || seg === ".") continue;
    if (seg === "..") segments.pop();
    else segments.push(seg);
  }
  return segments.join("/");
}

function parseRels(x: XmlScanner, source: string): Relationship[] {
  const rels: Relationship[] = [];
  for (let t = x.next(); t !== END; t = x.next()) {
    if (t !== OPEN || x.name !== "Relationship") continue;
    const id = x.attr("Id") ?? "";
    const type = x.attr("Type") ?? "";
    const target = x.attr("Target") ?? "";
    const external = x.attr("TargetMode") === "External";
    rels.push({
      id,
      type: type.slice(type.lastIndexOf("/") + 1),
      target: external ? target : resolveTarget(source, target),
      external,
    });
  }
  return rels;
}

/** Decodes a part's bytes: UTF-8 unless a UTF-16 byte order mark says otherwise. */
export function decodeXmlBytes(b: Uint8Array): string {
  if (b.length >= 2 && b[0] === 0xff && b[1] === 0xfe) return new TextDecoder("utf-16le").decode(b);
  if (b.length >= 2 && b[0] === 0xfe && b[1] === 0xff) return new TextDecoder("utf-16be").decode(b);
  return utf8.decode(b);
}

const utf8 = new TextDecoder("utf-8");

/** Runs a parser over a part, turning XML errors into WorkbookReadError("corrupt") naming the part. */
export function parseXmlPart<T>(part: string, xml: string, parse: (x: XmlScanner) => T): T {
  try {
    return parse(new XmlScanner(xml));
  } catch (e) {
    if (e instanceof XmlError) throw readErrors.corruptPart(part, e.message);
    throw e;
  }
}
