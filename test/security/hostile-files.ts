/** Files an attacker or an accident may hand the CLI, written to a temporary folder at test time. */
import crypto from "crypto";
import { strFromU8, strToU8, unzipSync, Zippable, zipSync } from "fflate";
import fs from "fs";
import os from "os";
import path from "path";
import { ROOT } from "./pages";

export const REFERENCE = path.join(ROOT, "assets/samples/tianhe-2019.xlsx");
export const ENCRYPTED = path.join(ROOT, "test/hosts/xlsx/fixtures/encrypted.xlsx");
const SHEET = "xl/worksheets/sheet1.xml";

export interface HostileFile {
  name: string;
  path: string;
  /** What the CLI must do: refuse it (exit 2), or check it (exit 0 or 1). */
  expect: "refused" | "checked";
  /** The gist of the message when refused. */
  message?: RegExp;
}

/** A seeded generator, so that the "random" cut points and bytes are the same on every run. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0;
    return s / 2 ** 32;
  };
}

/** The reference workbook with one part changed. */
function withParts(
  change: (parts: Zippable & Record<string, Uint8Array>) => void,
  level: 0 | 9 = 9,
): Uint8Array {
  const parts = unzipSync(new Uint8Array(fs.readFileSync(REFERENCE))) as Zippable &
    Record<string, Uint8Array>;
  change(parts);
  return zipSync(parts, { level });
}

const sheetWith = (edit: (xml: string) => string) =>
  withParts((p) => {
    p[SHEET] = strToU8(edit(strFromU8(p[SHEET])));
  });

const MB = 1024 * 1024;

/** Writes every hostile file into a new temporary folder; the 50 MB ones are made here, never committed. */
export function writeHostileFiles(): { dir: string; files: HostileFile[] } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "jixiao-hostile-"));
  const files: HostileFile[] = [];
  const add = (name: string, bytes: Uint8Array | string, expect: HostileFile["expect"], message?: RegExp) => {
    const p = path.join(dir, name);
    fs.writeFileSync(p, bytes);
    files.push({ name, path: p, expect, message });
  };
  const reference = new Uint8Array(fs.readFileSync(REFERENCE));
  const next = random(2019);

  files.push({
    name: "missing.xlsx",
    path: path.join(dir, "missing.xlsx"),
    expect: "refused",
    message: /找不到文件/,
  });
  add("empty.xlsx", new Uint8Array(0), "refused", /空的/);
  add("random-4k.xlsx", crypto.randomBytes(4096), "refused", /不是 Excel 工作簿/);
  add("random-50mb.xlsx", crypto.randomBytes(50 * MB), "refused", /不是 Excel 工作簿/);
  add("table.csv.xlsx", "序号,项目,金额\n1,办公用品,12.5\n", "refused", /CSV/);
  add("table.xlsx.csv", fs.readFileSync(REFERENCE), "checked");
  files.push({ name: "encrypted.xlsx", path: ENCRYPTED, expect: "refused", message: /密码/ });
  for (let k = 1; k < 8; k++) {
    add(
      `truncated-${k}of8.xlsx`,
      reference.slice(0, Math.floor((reference.length * k) / 8)),
      "refused",
      /损坏/,
    );
  }
  for (let i = 0; i < 8; i++) {
    const cut = 1 + Math.floor(next() * (reference.length - 2));
    add(`truncated-at-${cut}.xlsx`, reference.slice(0, cut), "refused", /损坏|不是 Excel 工作簿/);
  }
  // Zip bombs: a few hundred kilobytes that inflate past the limits, or declare millions of objects.
  add(
    "bomb-200mb-sheet.xlsx",
    sheetWith((x) => x.replace("<sheetData>", "<sheetData>" + " ".repeat(200 * MB))),
    "refused",
    /解压后过大/,
  );
  const row = "<row>" + "<c><v>1</v></c>".repeat(100) + "</row>";
  add(
    "bomb-2m-cells.xlsx",
    sheetWith((x) => x.replace("</sheetData>", row.repeat(20_000) + "</sheetData>")),
    "refused",
    /单元格过多/,
  );
  add(
    "bomb-merges.xlsx",
    sheetWith((x) =>
      x.replace("</mergeCells>", '<mergeCell ref="H1:I2"/>'.repeat(300_000) + "</mergeCells>"),
    ),
    "refused",
    /合并区域过多/,
  );
  add(
    "bomb-shared-strings.xlsx",
    withParts((p) => {
      const xml = strFromU8(p["xl/sharedStrings.xml"]);
      p["xl/sharedStrings.xml"] = strToU8(
        xml.replace("</sst>", "<si><t>x</t></si>".repeat(1_200_000) + "</sst>"),
      );
    }),
    "refused",
    /共享字符串过多/,
  );
  add(
    "merge-whole-sheet.xlsx",
    sheetWith((x) => x.replace("</mergeCells>", '<mergeCell ref="A200:XFD1048576"/></mergeCells>')),
    "checked",
  );
  // Within the limits: a 60 MB sheet of padding (a zip of a few hundred kilobytes), and a 50 MB file
  // whose sheet carries 50 MB of incompressible padding in a comment.
  add(
    "padded-60mb-sheet.xlsx",
    sheetWith((x) => x.replace("<sheetData>", "<sheetData>" + " ".repeat(60 * MB))),
    "checked",
  );
  const noise = crypto.randomBytes(38 * MB).toString("base64");
  add(
    "large-50mb.xlsx",
    withParts((p) => {
      p[SHEET] = strToU8(strFromU8(p[SHEET]).replace("<sheetData>", `<!--${noise}--><sheetData>`));
    }, 0),
    "checked",
  );
  return { dir, files };
}
