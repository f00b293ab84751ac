/** Files an attacker or an accident may hand the CLI, written to a temporary folder at test time. */
import crypto from "crypto";
import { strFromU8, strToU8, unzipSync, Zippable, zipSync } from "fflate";
import fs from "fs";
import os from "os";
import path from "path";
import { joinRecords, RawRecord, recordsOf, writeCfb } from "../hosts/xls/biff-writer";
import { ROOT } from "./pages";

export const REFERENCE = path.join(ROOT, "assets/samples/tianhe-2019.xlsx");
export const ENCRYPTED = path.join(ROOT, "test/hosts/xlsx/fixtures/encrypted.xlsx");
const LEGACY = path.join(ROOT, "test/fixtures/legacy");
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
  addLegacy(add, next);
  return { dir, files };
}

type Add = (
  name: string,
  bytes: Uint8Array | string,
  expect: HostileFile["expect"],
  message?: RegExp,
) => void;

/** Legacy workbooks (.xls / .et): real ones, encrypted, truncated, and record bombs. */
function addLegacy(add: Add, next: () => number): void {
  const xls = new Uint8Array(fs.readFileSync(path.join(LEGACY, "tianhe-2019.xls")));
  add("tianhe-2019.xls", xls, "checked");
  add("tianhe-2019.et", xls, "checked");
  add("encrypted.xls", fs.readFileSync(path.join(LEGACY, "encrypted.xls")), "refused", /密码/);
  for (let k = 1; k < 8; k += 2) {
    add(`truncated-${k}of8.xls`, xls.slice(0, Math.floor((xls.length * k) / 8)), "refused", /损坏/);
  }
  const cut = 1 + Math.floor(next() * (xls.length - 2));
  add(`truncated-at-${cut}.xls`, xls.slice(0, cut), "refused", /损坏|不是 Excel 工作簿/);
  const records = recordsOf(xls);
  const sheetBof = records.findIndex((r, i) => i > 0 && r.type === 0x0809);
  const wrap = (rs: RawRecord[]) => writeCfb({ Workbook: joinRecords(rs) });
  const insert = (at: number, ...rs: RawRecord[]) =>
    wrap([...records.slice(0, at), ...rs, ...records.slice(at)]);
  // 1.2 million blank cells in 300 MULBLANK records of 4,000 (2.4 MB), in the style of an amount
  // (so that each is a cell: it carries a number format).
  const xf = records.find((r) => r.type === 0x027e || r.type === 0x0203)!.data.subarray(4, 6);
  const mulblank = (row: number) => {
    const data = new Uint8Array(4 + 4000 * 2 + 2);
    const v = new DataView(data.buffer);
    v.setUint16(0, row, true);
    for (let i = 0; i < 4000; i++) data.set(xf, 4 + i * 2);
    v.setUint16(4 + 8000, 3999, true);
    return { type: 0x00be, data };
  };
  add(
    "bomb-1m-cells.xls",
    insert(sheetBof + 1, ...Array.from({ length: 300 }, (_, r) => mulblank(200 + r))),
    "refused",
    /单元格过多/,
  );
  const sst = records.findIndex((r) => r.type === 0x00fc);
  const lying = records[sst].data.slice();
  new DataView(lying.buffer).setUint32(4, 0xffffffff, true);
  add(
    "bomb-shared-strings.xls",
    wrap([...records.slice(0, sst), { type: 0x00fc, data: lying }, ...records.slice(sst + 1)]),
    "refused",
    /共享字符串过多/,
  );
  // 6 MB of CONTINUE records after the shared strings (read, then ignored: the SST is complete).
  const padding = Array.from({ length: 750 }, () => ({ type: 0x003c, data: new Uint8Array(8224) }));
  add("padded-6mb.xls", insert(sst + 1, ...padding), "checked");
}
