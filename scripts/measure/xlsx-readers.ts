/**
 * Times opening the 20,000-indicator workbook with each reader, as a whole process (node + tsx
 * start-up included, as the CLI would pay it), several runs, median. Each child also reports the
 * time of the read alone (after imports), printed as "in-process".
 *
 *   npx tsx scripts/measure/xlsx-readers.ts [--runs 5] [--file big.xlsx] [--indicators 20000]
 */
import { spawnSync } from "child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";

type Reader = (bytes: Uint8Array) => Promise<string>;

/** Each reader returns a short summary (rows, merges) so that the work cannot be skipped. */
const READERS: Record<string, { label: string; load: () => Promise<Reader> }> = {
  baseline: {
    label: "node + tsx start-up, file read only",
    load: async () => async (b) => `${b.length} bytes`,
  },
  sheetjs: {
    label: "SheetJS xlsx.read (cells + merges)",
    load: async () => {
      const XLSX = await import("xlsx");
      return async (b) => {
        const wb = XLSX.read(b, { type: "array" });
        const ws = wb.Sheets[wb.SheetNames[0]];
        return `${XLSX.utils.decode_range(ws["!ref"] ?? "A1").e.r + 1} rows, ${(ws["!merges"] ?? []).length} merges`;
      };
    },
  },
  exceljs: {
    label: "ExcelJS workbook.xlsx.load",
    load: async () => {
      const ExcelJS = (await import("exceljs")).default;
      return async (b) => {
        const wb = new ExcelJS.Workbook();
        await wb.xlsx.load(Buffer.from(b) as unknown as ArrayBuffer);
        const ws = wb.worksheets[0];
        const merges = (ws.model as unknown as { merges: string[] }).merges.length;
        return `${ws.rowCount} rows, ${merges} merges`;
      };
    },
  },
  "floor-saxes": {
    label: "floor: fflate unzip (filter) + one saxes pass",
    load: async () => {
      const { unzipSync } = await import("fflate");
      const { SaxesParser } = await import("saxes");
      return async (b) => {
        const parts = unzipSync(b, {
          filter: (f) => /worksheets\/sheet1\.xml$|sharedStrings\.xml$/.test(f.name),
        });
        let tags = 0;
        for (const data of Object.values(parts)) {
          const p = new SaxesParser();
          p.on("opentag", () => tags++);
          p.write(new TextDecoder().decode(data)).close();
        }
        return `${tags} tags`;
      };
    },
  },
  "floor-scanner": {
    label: "floor: fflate unzip (filter) + one scanner pass",
    load: async () => {
      const { unzipSync } = await import("fflate");
      const { XmlScanner, OPEN, END } = await import("../../src/hosts/xlsx/xml");
      return async (b) => {
        const parts = unzipSync(b, {
          filter: (f) => /worksheets\/sheet1\.xml$|sharedStrings\.xml$/.test(f.name),
        });
        let tags = 0;
        for (const data of Object.values(parts)) {
          const x = new XmlScanner(new TextDecoder().decode(data));
          for (let t = x.next(); t !== END; t = x.next()) if (t === OPEN) tags++;
        }
        return `${tags} tags`;
      };
    },
  },
  readXlsx: {
    label: "readXlsx (this host)",
    load: async () => {
      const { readXlsx } = await import("../../src/hosts/xlsx/read");
      return async (b) => {
        const s = readXlsx(b).sheets[0];
        return `${s.rows.length} rows, ${s.merges.length} merges`;
      };
    },
  },
};

async function child(name: string, file: string): Promise<void> {
  const read = await READERS[name].load();
  const bytes = new Uint8Array(readFileSync(file));
  const t0 = performance.now();
  const summary = await read(bytes);
  const ms = performance.now() - t0;
  process.stdout.write(JSON.stringify({ ms, summary }) + "\n");
}

function median(xs: number[]): number {
  const s = xs.slice().sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const opt = (name: string) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  if (args[0] === "--child") return child(args[1], args[2]);
  const runs = Number(opt("--runs") ?? 5);
  let file = opt("--file");
  if (!file) {
    const { makeBigWorkbook } = await import("../../test/fixtures/big/make-big");
    file = join(mkdtempSync(join(tmpdir(), "xlsx-measure-")), "big.xlsx");
    writeFileSync(file, await makeBigWorkbook(Number(opt("--indicators") ?? 20000)));
  }
  const size = readFileSync(file).length;
  process.stdout.write(`workbook: ${file} (${(size / 1024).toFixed(0)} KB), ${runs} runs each, median\n\n`);
  const rows: string[][] = [["reader", "wall ms", "in-process ms", "result"]];
  for (const [name, r] of Object.entries(READERS)) {
    const wall: number[] = [];
    const inner: number[] = [];
    let summary = "";
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      const res = spawnSync(process.execPath, ["--import", "tsx", __filename, "--child", name, file], {
        encoding: "utf8",
        maxBuffer: 1 << 20,
      });
      wall.push(performance.now() - t0);
      if (res.status !== 0) throw new Error(`${name} failed: ${res.stderr}`);
      const out = JSON.parse(res.stdout.trim().split("\n").pop() ?? "{}") as { ms: number; summary: string };
      inner.push(out.ms);
      summary = out.summary;
    }
    rows.push([r.label, median(wall).toFixed(0), median(inner).toFixed(0), summary]);
  }
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  for (const r of rows) {
    process.stdout.write(
      r
        .map((cell, c) => (c === 0 || c === 3 ? cell.padEnd(widths[c]) : cell.padStart(widths[c])))
        .join("  ") + "\n",
    );
  }
}

void main();
