import path from "path";
import { pathToFileURL } from "url";

/**
 * The hyperlink from a summary written in `fromDir` to a checked file: a relative path with `/`,
 * so the folder of submissions and its summary can be moved or mailed together. Only the characters
 * that would end or bend a link are percent-encoded (`%`, `#`, `?`, space); Chinese names stay as
 * they are, as Excel writes them. A file on another drive (Windows) gets an absolute file: URL.
 */
export function relativeLink(fromDir: string, fileAbs: string): string {
  const rel = path.relative(fromDir, fileAbs);
  if (path.isAbsolute(rel)) return pathToFileURL(fileAbs).href;
  return rel
    .split(path.sep)
    .map((seg) => seg.replace(/[%#? ]/g, (c) => "%" + c.charCodeAt(0).toString(16).toUpperCase()))
    .join("/");
}
