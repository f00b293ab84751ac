/**
 * A fake Excel for OfficeHost tests, built on office-addin-mock. The workbook state lives in a
 * plain model (`FakeWorkbook`); every batch gets a fresh office-addin-mock context whose proxies are
 * populated from the model, with the methods the mock lacks added as functions. Like Office.js:
 * - loaded properties are readable only after `context.sync()` (office-addin-mock enforces it,
 *   and `isNullObject` and ClientResult values here too);
 * - writes and methods are queued and run in order at the next sync; a failing action (a missing
 *   sheet, cell-edit mode, a payload over the limit) rejects the sync and drops the rest of the batch;
 * - `context.sync` is a jest.fn on every context, so tests count round trips.
 */
import { OfficeMockObject } from "office-addin-mock";
import {
  Area,
  areaToA1,
  Cell,
  CellValue,
  displayText,
  isErrorText,
  parseArea,
  SheetGrid,
} from "../../../src/core/grid";
import { ExcelRun } from "../../../src/hosts/office";

export interface FakeFill {
  color: string;
  pattern: string;
  tintAndShade: number;
}

export interface FakeCell {
  value: CellValue;
  text: string;
  format?: string;
  error?: string;
  /** Set when a write was turned into a formula (text starting with "=" in a non-text cell). */
  formula?: string;
  /** Undefined: no fill. */
  fill?: FakeFill;
  fontColor?: string;
}

export interface FakeSheet {
  name: string;
  /** Worksheet.id: stays when the sheet is renamed. */
  id: string;
  cells: Map<string, FakeCell>;
  merges: Area[];
  protected: boolean;
  allowFormatCells: boolean;
}

export interface FakeError {
  name: string;
  code: string;
  message: string;
  debugInfo: { code: string; message: string; errorLocation?: string };
}

/** Lets queued promise callbacks and setImmediate callbacks (event delivery) run. */
export async function flush(times = 3): Promise<void> {
  for (let i = 0; i < times; i++) await new Promise((resolve) => setImmediate(resolve));
}

export function officeError(code: string, errorLocation?: string): FakeError {
  return {
    name: "RichApi.Error",
    code,
    message: `The operation failed (${code}).`,
    debugInfo: { code, message: `The operation failed (${code}).`, errorLocation },
  };
}

type Handler = (event: Partial<Excel.WorksheetChangedEventArgs>) => Promise<unknown>;
type SelectionHandler = (event: {
  type?: string;
  address?: string;
  worksheetId?: string;
}) => Promise<unknown>;

const key = (row: number, col: number) => row + ":" + col;

export class FakeWorkbook {
  sheets: FakeSheet[] = [];
  active = "";
  settings = new Map<string, unknown>();
  selection: { sheet: string; address: string } | null = null;
  /** Every sync fails as if Excel were in cell-edit mode. */
  editMode = false;
  /** A sync that loads more cells than this fails with ResponsePayloadSizeLimitExceeded. */
  payloadLimitCells = Infinity;
  /** Changed events the host's own writes raise: with triggerSource (ExcelApi 1.14), without, or none. */
  ownEvents: "triggerSource" | "plain" | "none" = "none";
  readonly handlers: { sheet: string | null; handler: Handler }[] = [];
  /** onSelectionChanged handlers: of the workbook (sheet null) or of one sheet. */
  readonly selectionHandlers: { sheet: string | null; handler: SelectionHandler }[] = [];
  readonly contexts: { sync: jest.Mock }[] = [];
  /** Names of the actions run, in order (for assertions on what was written). */
  readonly log: string[] = [];

  addSheet(
    name: string,
    cells: Record<string, CellValue | Partial<FakeCell>> = {},
    merges: string[] = [],
  ): FakeSheet {
    const sheet: FakeSheet = {
      name,
      id: `{${String(this.sheets.length + 1).padStart(8, "0")}-0000-0000-0000-000000000000}`,
      cells: new Map(),
      merges: [],
      protected: false,
      allowFormatCells: false,
    };
    for (const [a1, v] of Object.entries(cells)) {
      const at = parseArea(a1)!;
      sheet.cells.set(key(at.top, at.left), toFakeCell(v));
    }
    sheet.merges = merges.map((m) => parseArea(m)!);
    this.sheets.push(sheet);
    if (!this.active) this.active = name;
    return sheet;
  }

  /** Adds a sheet holding a grid as it is (e.g. the reference workbook read with ExcelJS). */
  addGrid(grid: SheetGrid, fills: Map<string, FakeFill> = new Map()): FakeSheet {
    const sheet = this.addSheet(grid.name);
    grid.rows.forEach((row, r) =>
      row.forEach((c, col) => {
        if (c) sheet.cells.set(key(r, col), { ...c, fill: fills.get(key(r, col)) });
      }),
    );
    sheet.merges = grid.merges.slice();
    return sheet;
  }

  sheet(name: string): FakeSheet {
    const s = this.sheets.find((x) => x.name === name);
    if (!s) throw new Error("no sheet " + name);
    return s;
  }

  cell(sheet: string, a1: string): FakeCell | undefined {
    const at = parseArea(a1)!;
    return this.sheet(sheet).cells.get(key(at.top, at.left));
  }

  /** A user edit: changes the cell and raises a changed event from a local, non-add-in source. */
  userEdit(sheet: string, a1: string, value: CellValue): Promise<void> {
    const at = parseArea(a1)!;
    const s = this.sheet(sheet);
    const old = s.cells.get(key(at.top, at.left));
    s.cells.set(key(at.top, at.left), { ...toFakeCell(value), format: old?.format, fill: old?.fill });
    return this.emit(sheet, {
      address: a1,
      source: "Local",
      triggerSource: "Unknown",
      changeType: "RangeEdited",
    });
  }

  /** The user selects `address` (a cell, a range, or several areas "A1:B2, D5") on `sheet`. */
  userSelect(sheet: string, address: string): Promise<void> {
    this.sheet(sheet);
    this.active = sheet;
    this.selection = { sheet, address };
    return this.emitSelection();
  }

  /** Raises onSelectionChanged for the current selection, as Excel does after any change of it. */
  async emitSelection(): Promise<void> {
    const selection = this.selection;
    if (!selection) return;
    const id = this.sheet(selection.sheet).id;
    for (const h of this.selectionHandlers.slice()) {
      if (h.sheet === null) await h.handler({});
      else if (h.sheet === selection.sheet) {
        await h.handler({ type: "WorksheetSelectionChanged", address: selection.address, worksheetId: id });
      }
    }
  }

  async emit(sheet: string, event: Partial<Excel.WorksheetChangedEventArgs>): Promise<void> {
    for (const h of this.handlers.slice()) {
      if (h.sheet === null || h.sheet === sheet) await h.handler({ type: "WorksheetChanged", ...event });
    }
  }

  syncCount(): number {
    return this.contexts.reduce((n, c) => n + c.sync.mock.calls.length, 0);
  }

  /** The `run` function handed to OfficeHost: `Excel.run` over this workbook. */
  readonly run: ExcelRun = (async (...args: unknown[]) => {
    const batch = args[args.length - 1] as (context: Excel.RequestContext) => Promise<unknown>;
    const context = args.length > 1 ? (args[0] as Excel.RequestContext) : this.newContext();
    return batch(context);
  }) as ExcelRun;

  private newContext(): Excel.RequestContext {
    const batch = new Batch(this);
    const context = batch.context;
    this.contexts.push(context as unknown as { sync: jest.Mock });
    return context as unknown as Excel.RequestContext;
  }
}

export function toFakeCell(v: CellValue | Partial<FakeCell>): FakeCell {
  if (v !== null && typeof v === "object") {
    const value = v.value ?? null;
    return { text: displayText(value, v.format), ...v, value } as FakeCell;
  }
  if (typeof v === "string" && isErrorText(v)) return { value: null, text: v, error: v };
  return { value: v, text: displayText(v) };
}

type Mock = OfficeMockObject & Record<string, any>;

/** One Excel.run: its context, queued actions and the proxies to deliver at the next sync. */
class Batch {
  readonly context: Mock;
  private actions: { name: string; run: () => void }[] = [];
  private objects: OfficeMockObject[] = [];
  private loadedCells = 0;
  /** A select() ran in this sync: Excel raises onSelectionChanged afterwards. */
  private selected = false;
  private syncs = 0;
  /** Sheets whose values this batch wrote, for the changed events Excel raises afterwards. */
  private touched = new Set<string>();

  constructor(private readonly book: FakeWorkbook) {
    const self = this;
    this.context = new OfficeMockObject({
      workbook: {
        worksheets: this.worksheetsData(),
        settings: this.settingsData(),
        getActiveCell: () => self.selectedRange(true),
        getSelectedRange: () => self.selectedRange(false),
        onSelectionChanged: { add: (handler: SelectionHandler) => self.addSelectionHandler(null, handler) },
      },
    }) as Mock;
    this.context.sync = jest.fn(() => self.sync());
  }

  private async sync(): Promise<void> {
    const actions = this.actions;
    const objects = this.objects;
    const loaded = this.loadedCells;
    this.actions = [];
    this.objects = [];
    this.loadedCells = 0;
    await Promise.resolve();
    if (this.book.editMode) throw officeError("InvalidOperationInCellEditMode");
    if (loaded > this.book.payloadLimitCells) throw officeError("ResponsePayloadSizeLimitExceeded");
    for (const a of actions) {
      a.run();
      this.book.log.push(a.name);
    }
    this.syncs++;
    const touched = [...this.touched];
    this.touched.clear();
    if (this.selected) {
      this.selected = false;
      setImmediate(() => void this.book.emitSelection());
    }
    if (this.book.ownEvents !== "none") {
      const event: Partial<Excel.WorksheetChangedEventArgs> = { source: "Local", changeType: "RangeEdited" };
      if (this.book.ownEvents === "triggerSource") event.triggerSource = "ThisLocalAddin";
      // Excel delivers the events of a batch after the batch, not inside it.
      for (const name of touched) setImmediate(() => void this.book.emit(name, event));
    }
    await OfficeMockObject.prototype.sync.call(this.context);
    for (const o of objects) await o.sync();
    // office-addin-mock updates loaded properties in promise callbacks: let them all run.
    await new Promise((resolve) => setImmediate(resolve));
  }

  private queue(name: string, run: () => void): void {
    this.actions.push({ name, run });
  }

  /** A mock for an object created in this batch; isNullObject readable after the next sync. */
  private track(data: Record<string, unknown>, isNull = false): Mock {
    const mock = new OfficeMockObject(data) as Mock;
    const createdAt = this.syncs;
    Object.defineProperty(mock, "isNullObject", {
      get: () => {
        if (this.syncs === createdAt) throw new Error("isNullObject read before context.sync()");
        return isNull;
      },
    });
    this.objects.push(mock);
    return mock;
  }

  private worksheetsData(): Record<string, unknown> {
    const self = this;
    const book = this.book;
    return {
      items: book.sheets.map((s) => ({ name: s.name })),
      load(this: OfficeMockObject) {
        // Collections hold their items as an array, which office-addin-mock cannot navigate into.
        return OfficeMockObject.prototype.load.call(this, "items");
      },
      getItem(name: string) {
        return self.worksheet(name);
      },
      getActiveWorksheet() {
        return self.worksheet(book.active);
      },
      onChanged: { add: (handler: Handler) => self.addHandler(null, handler) },
    };
  }

  /** The active cell, or the whole selection (which fails at the sync when it has several areas). */
  private selectedRange(activeCell: boolean): Mock {
    const book = this.book;
    const selection = book.selection ?? { sheet: book.active, address: "A1" };
    const sheet = book.sheet(selection.sheet);
    const areas = selection.address.split(",").map((a) => parseArea(a.trim())!);
    if (activeCell) {
      const { top, left } = areas[0];
      return this.range(sheet, { top, left, bottom: top, right: left });
    }
    if (areas.length > 1) {
      this.queue("getSelectedRange", () => {
        throw officeError("InvalidSelection", "Workbook.getSelectedRange");
      });
    }
    return this.range(sheet, areas[0]);
  }

  private addSelectionHandler(sheet: string | null, handler: SelectionHandler) {
    const entry = { sheet, handler };
    this.queue("onSelectionChanged.add", () => this.book.selectionHandlers.push(entry));
    return {
      context: this.context,
      remove: () =>
        this.queue("onSelectionChanged.remove", () => {
          const i = this.book.selectionHandlers.indexOf(entry);
          if (i >= 0) this.book.selectionHandlers.splice(i, 1);
        }),
    };
  }

  private worksheet(name: string): Mock {
    const book = this.book;
    const sheet = book.sheets.find((s) => s.name === name);
    if (!sheet) {
      // Office.js fails the whole batch when it reaches this call.
      this.queue("getItem", () => {
        throw officeError("ItemNotFound", "WorksheetCollection.getItem");
      });
    }
    const s = sheet ?? {
      name,
      id: "",
      cells: new Map(),
      merges: [],
      protected: false,
      allowFormatCells: false,
    };
    const self = this;
    return this.track({
      name: s.name,
      protection: { protected: s.protected, options: { allowFormatCells: s.allowFormatCells } },
      getUsedRange(valuesOnly?: boolean) {
        if (valuesOnly !== true) throw new Error("the host reads the used range of values only");
        return self.range(s, usedArea(s));
      },
      getRange(address: string) {
        const area = rowsArea(address) ?? parseArea(address);
        if (!area) throw new Error("bad address " + address);
        return self.range(s, area);
      },
      activate() {
        self.queue("activate", () => (book.active = s.name));
      },
      onChanged: { add: (handler: Handler) => self.addHandler(s.name, handler) },
      onSelectionChanged: {
        add: (handler: SelectionHandler) => self.addSelectionHandler(s.name, handler),
      },
    });
  }

  private addHandler(sheet: string | null, handler: Handler) {
    const entry = { sheet, handler };
    this.queue("onChanged.add", () => this.book.handlers.push(entry));
    return {
      context: this.context,
      remove: () =>
        this.queue("onChanged.remove", () => {
          const i = this.book.handlers.indexOf(entry);
          if (i >= 0) this.book.handlers.splice(i, 1);
        }),
    };
  }

  private range(sheet: FakeSheet, area: Area, isNull = false): Mock {
    const self = this;
    const book = this.book;
    const rows = area.bottom - area.top + 1;
    const cols = area.right - area.left + 1;
    const grid = <T>(f: (c: FakeCell | undefined) => T): T[][] =>
      Array.from({ length: rows }, (_, r) =>
        Array.from({ length: cols }, (_, c) => f(sheet.cells.get(key(area.top + r, area.left + c)))),
      );
    // Whole-row ranges ("5:6") are not read cell by cell.
    const whole = area.right >= 16383;
    const data: Record<string, unknown> = {
      address: quoteSheet(sheet.name) + "!" + areaToA1(area),
      worksheet: { name: sheet.name },
      text: whole ? [] : grid((c) => c?.text ?? ""),
      values: whole ? [] : grid((c) => (c ? (c.error ?? c.formula ?? c.value ?? "") : "")),
      numberFormat: whole ? [] : grid((c) => c?.format ?? "General"),
      valueTypes: whole ? [] : grid(valueType),
      format: {
        fill: { clear: () => self.queue("fill.clear", () => eachCell(sheet, area, (c) => delete c.fill)) },
      },
      getIntersectionOrNullObject(other: string) {
        const o = parseArea(other)!;
        const i = {
          top: Math.max(o.top, area.top),
          left: Math.max(o.left, area.left),
          bottom: Math.min(o.bottom, area.bottom),
          right: Math.min(o.right, area.right),
        };
        const none = i.top > i.bottom || i.left > i.right;
        return self.range(sheet, none ? { top: 0, left: 0, bottom: 0, right: 0 } : i, none);
      },
      getMergedAreasOrNullObject() {
        const inside = sheet.merges.filter(
          (m) => m.top >= area.top && m.top <= area.bottom && m.left >= area.left && m.left <= area.right,
        );
        const address = inside.map((m) => quoteSheet(sheet.name) + "!" + areaToA1(m)).join(", ");
        return self.track({ address }, inside.length === 0);
      },
      getCell(r: number, c: number) {
        return self.range(sheet, {
          top: area.top + r,
          left: area.left + c,
          bottom: area.top + r,
          right: area.left + c,
        });
      },
      getCellProperties(options: Excel.CellPropertiesLoadOptions) {
        let value: Excel.CellProperties[][] | undefined;
        self.queue("getCellProperties", () => {
          value = grid((c) => cellProperties(c, options));
        });
        return {
          get value() {
            if (!value) throw new Error("ClientResult read before context.sync()");
            return value;
          },
        };
      },
      setCellProperties(props: Excel.SettableCellProperties[][]) {
        if (props.length !== rows || props.some((r) => r.length !== cols)) {
          throw new Error(`setCellProperties: ${props.length} rows for a range of ${rows}x${cols}`);
        }
        self.queue("setCellProperties", () =>
          props.forEach((row, r) =>
            row.forEach((p, c) => {
              const fill = p.format?.fill;
              if (!fill) return;
              const cellKey = key(area.top + r, area.left + c);
              const cell = sheet.cells.get(cellKey) ?? { value: null, text: "" };
              cell.fill = {
                color: (fill.color ?? cell.fill?.color ?? "#FFFFFF").toUpperCase(),
                pattern: fill.pattern ?? "Solid",
                tintAndShade: fill.tintAndShade ?? 0,
              };
              sheet.cells.set(cellKey, cell);
            }),
          ),
        );
      },
      insert(shift: string) {
        if (shift !== "Down" || !whole) throw new Error("the host inserts whole rows");
        self.queue("insert", () => {
          shiftRows(sheet, area.top, rows);
          self.touched.add(sheet.name);
        });
      },
      delete(shift: string) {
        if (shift !== "Up" || !whole) throw new Error("the host deletes whole rows");
        self.queue("delete", () => {
          shiftRows(sheet, area.top, -rows);
          self.touched.add(sheet.name);
        });
      },
      copyFrom(source: Mock, type: string) {
        if (type !== "Formats") throw new Error("the host copies formats only");
        const from = parseArea(String(source.__area))!;
        self.queue("copyFrom", () => {
          for (const [k, c] of [...sheet.cells]) {
            const [r, col] = k.split(":").map(Number);
            if (r !== from.top) continue;
            for (let t = area.top; t <= area.bottom; t++) {
              const dest = sheet.cells.get(key(t, col)) ?? { value: null, text: "" };
              sheet.cells.set(key(t, col), { ...dest, format: c.format, fill: c.fill && { ...c.fill } });
            }
          }
        });
      },
      merge(across: boolean) {
        if (across) throw new Error("the host merges whole areas");
        self.queue("merge", () => sheet.merges.push(area));
      },
      unmerge() {
        self.queue("unmerge", () => {
          sheet.merges = sheet.merges.filter(
            (m) =>
              !(m.top >= area.top && m.bottom <= area.bottom && m.left >= area.left && m.right <= area.right),
          );
        });
      },
      select() {
        self.queue("select", () => {
          book.selection = { sheet: sheet.name, address: areaToA1(area) };
          self.selected = true;
        });
      },
    };
    const mock = this.track(data, isNull);
    Object.defineProperty(mock, "__area", { value: areaToA1(area) });
    const load = mock.load.bind(mock);
    mock.load = (props: string | string[]) => {
      const list = Array.isArray(props) ? props : props.split(",").map((p) => p.trim());
      if (list.some((p) => ["values", "text", "numberFormat", "valueTypes"].includes(p))) {
        if (whole) throw new Error("the host never loads whole rows");
        self.loadedCells += rows * cols;
      }
      return load(props);
    };
    // Writes go through the queue, so they land at sync, in order with everything else.
    return new Proxy(mock, {
      set(target, prop, value) {
        if (prop === "values" || prop === "numberFormat" || prop === "formulas") {
          if (typeof value === "string") return Reflect.set(target, prop, value); // the mock's own bookkeeping
          self.queue("write " + String(prop), () => {
            writeCells(sheet, area, String(prop), value as unknown[][]);
            self.touched.add(sheet.name);
          });
          return true;
        }
        return Reflect.set(target, prop, value);
      },
    });
  }

  private settingsData(): Record<string, unknown> {
    const self = this;
    const book = this.book;
    return {
      getItemOrNullObject(name: string) {
        const has = book.settings.has(name);
        return self.track(
          {
            key: name,
            value: has ? book.settings.get(name) : "",
            delete() {
              self.queue("setting.delete", () => book.settings.delete(name));
            },
          },
          !has,
        );
      },
      add(name: string, value: unknown) {
        self.queue("setting.add", () => book.settings.set(name, value));
      },
      getItem(name: string) {
        return {
          delete() {
            self.queue("setting.delete", () => {
              if (!book.settings.has(name)) throw officeError("ItemNotFound", "SettingCollection.getItem");
              book.settings.delete(name);
            });
          },
        };
      },
    };
  }
}

function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : "'" + name.replace(/'/g, "''") + "'";
}

function rowsArea(address: string): Area | null {
  const m = /^(\d+):(\d+)$/.exec(address);
  return m ? { top: Number(m[1]) - 1, left: 0, bottom: Number(m[2]) - 1, right: 16383 } : null;
}

function usedArea(sheet: FakeSheet): Area {
  let area: Area | null = null;
  for (const [k, c] of sheet.cells) {
    if (c.value === null && !c.error && c.text === "") continue;
    const [r, col] = k.split(":").map(Number);
    area = area
      ? {
          top: Math.min(area.top, r),
          left: Math.min(area.left, col),
          bottom: Math.max(area.bottom, r),
          right: Math.max(area.right, col),
        }
      : { top: r, left: col, bottom: r, right: col };
  }
  return area ?? { top: 0, left: 0, bottom: 0, right: 0 };
}

function valueType(c: FakeCell | undefined): string {
  if (!c || (c.value === null && !c.error && c.text === "")) return "Empty";
  if (c.error) return "Error";
  if (typeof c.value === "number") return "Double";
  if (typeof c.value === "boolean") return "Boolean";
  return "String";
}

/** What getCellProperties reports: Excel gives #FFFFFF for "No Fill" too, with no tint (office-js #4900). */
function cellProperties(
  c: FakeCell | undefined,
  options: Excel.CellPropertiesLoadOptions,
): Excel.CellProperties {
  const want = options.format?.fill;
  if (!want) return {};
  const fill = c?.fill;
  return {
    format: {
      fill: fill
        ? { color: fill.color, pattern: fill.pattern as Excel.FillPattern, tintAndShade: fill.tintAndShade }
        : ({ color: "#FFFFFF", pattern: null, tintAndShade: null } as unknown as Excel.CellPropertiesFill),
    },
  };
}

function eachCell(sheet: FakeSheet, area: Area, f: (c: FakeCell) => void): void {
  for (let r = area.top; r <= area.bottom; r++) {
    for (let c = area.left; c <= area.right; c++) {
      const cell = sheet.cells.get(key(r, c));
      if (cell) f(cell);
    }
  }
}

/** Writes values or number formats as Excel would take them. */
function writeCells(sheet: FakeSheet, area: Area, prop: string, data: unknown[][]): void {
  data.forEach((row, r) =>
    row.forEach((v, c) => {
      const k = key(area.top + r, area.left + c);
      const old = sheet.cells.get(k) ?? { value: null, text: "" };
      if (prop === "numberFormat") {
        sheet.cells.set(k, { ...old, format: String(v), text: displayText(old.value, String(v)) });
        return;
      }
      const cell: FakeCell = { value: null, text: "", format: old.format, fill: old.fill };
      const asText = old.format === "@";
      if (typeof v === "string" && !asText && /^[=+\-@]./.test(v)) {
        // Excel parses it as a formula: what the user sees is no longer the text written.
        cell.formula = v;
        cell.error = "#NAME?";
        cell.text = "#NAME?";
      } else if (typeof v === "string" && !asText && v.trim() !== "" && !Number.isNaN(Number(v))) {
        cell.value = Number(v);
        cell.text = displayText(cell.value, cell.format);
      } else if (typeof v === "string" && !asText && isErrorText(v)) {
        cell.error = v;
        cell.text = v;
      } else {
        cell.value = v === "" ? null : (v as CellValue);
        cell.text = displayText(cell.value, asText ? undefined : cell.format);
      }
      sheet.cells.set(k, cell);
    }),
  );
}

/** Inserts (count > 0) or deletes (count < 0) whole rows at `at`, moving cells and merges. */
function shiftRows(sheet: FakeSheet, at: number, count: number): void {
  const moved = new Map<string, FakeCell>();
  for (const [k, c] of sheet.cells) {
    const [r, col] = k.split(":").map(Number);
    if (r < at) moved.set(k, c);
    else if (count > 0) moved.set(key(r + count, col), c);
    else if (r >= at - count) moved.set(key(r + count, col), c);
  }
  sheet.cells = moved;
  const merges: Area[] = [];
  for (const m of sheet.merges) {
    if (count > 0) {
      if (m.top >= at) merges.push({ ...m, top: m.top + count, bottom: m.bottom + count });
      else if (m.bottom >= at) merges.push({ ...m, bottom: m.bottom + count });
      else merges.push(m);
    } else {
      const end = at - count - 1;
      if (m.bottom < at) merges.push(m);
      else if (m.top > end) merges.push({ ...m, top: m.top + count, bottom: m.bottom + count });
      else if (!(m.top >= at && m.bottom <= end)) {
        const kept = m.bottom - m.top + 1 - (Math.min(m.bottom, end) - Math.max(m.top, at) + 1);
        const top = Math.min(m.top, at);
        merges.push({ ...m, top, bottom: top + kept - 1 });
      }
    }
  }
  sheet.merges = merges;
}

/** The grid a host should read from this sheet (for comparisons). */
export function expectedCells(sheet: FakeSheet): Map<string, Cell> {
  const out = new Map<string, Cell>();
  for (const [k, c] of sheet.cells) {
    if (c.value === null && !c.error && c.text === "") continue;
    const cell: Cell = { value: c.error ? null : c.value, text: c.text };
    if (c.format && c.format !== "General") cell.format = c.format;
    if (c.error) cell.error = c.error;
    out.set(k, cell);
  }
  return out;
}
