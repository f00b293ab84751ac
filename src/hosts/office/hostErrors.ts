import { HostError } from "../../core/host";

/** What the user was doing when a write was refused, for the wording of the message. */
export type Action = "write" | "mark";

const ACTION_ZH: Record<Action, string> = { write: "无法写入", mark: "无法标记问题单元格" };
const ACTION_EN: Record<Action, string> = { write: "to apply fixes", mark: "to highlight issues" };

export function protectedError(sheet: string, action: Action = "write"): HostError {
  return new HostError(
    "protected",
    `工作表「${sheet}」受保护，${ACTION_ZH[action]}。请先撤销工作表保护。`,
    `Sheet "${sheet}" is protected; unprotect it ${ACTION_EN[action]}.`,
  );
}

export function editingError(): HostError {
  return new HostError(
    "editing",
    "Excel 正处于单元格编辑状态，请先按 Enter 或 Esc 结束编辑后重试。",
    "Excel is editing a cell; press Enter or Esc to finish editing, then try again.",
  );
}

export function sheetMissingError(sheets: readonly string[]): HostError {
  const zh = sheets.map((s) => `「${s}」`).join("、");
  const en = sheets.map((s) => `"${s}"`).join(", ");
  return new HostError(
    "sheet-missing",
    `找不到工作表${zh}，它可能已被删除或重命名。请重新检查。`,
    `Sheet ${en} was not found; it may have been deleted or renamed. Check the workbook again.`,
  );
}

export function conflictError(sheet: string, cell: string, found: string, expected: string): HostError {
  return new HostError(
    "conflict",
    `单元格 ${sheet}!${cell} 已改为「${found}」（检查时为「${expected}」），本次修复未写入任何内容。请重新检查后再修复。`,
    `Cell ${cell} on "${sheet}" now holds "${found}" (it held "${expected}" when checked); nothing was written. Check again, then fix.`,
  );
}

export function unsupportedError(featureZh: string, featureEn: string, version: string): HostError {
  return new HostError(
    "unsupported",
    `此版本的 Excel 不支持${featureZh}（需要 ExcelApi ${version}）。请更新 Office，或使用 Excel 网页版。`,
    `This version of Excel does not support ${featureEn} (needs ExcelApi ${version}). Update Office, or use Excel on the web.`,
  );
}

export function tooLargeError(sheet: string): HostError {
  return new HostError(
    "unreadable",
    `工作表「${sheet}」的内容太多，无法一次读取。请删除表格以外多余的内容后重试。`,
    `Sheet "${sheet}" holds too much to read. Remove content outside the table, then try again.`,
  );
}

/** The `code` of an OfficeExtension.Error (or of its debugInfo), "" for anything else. */
export function officeErrorCode(error: unknown): string {
  if (typeof error !== "object" || error === null) return "";
  const e = error as { code?: unknown; debugInfo?: { code?: unknown } };
  if (typeof e.code === "string" && e.code !== "GeneralException") return e.code;
  if (typeof e.debugInfo?.code === "string") return e.debugInfo.code;
  return typeof e.code === "string" ? e.code : "";
}

export function isPayloadTooLarge(error: unknown): boolean {
  const code = officeErrorCode(error);
  return code === "ResponsePayloadSizeLimitExceeded" || code === "RequestPayloadSizeLimitExceeded";
}

export function isItemNotFound(error: unknown): boolean {
  return officeErrorCode(error) === "ItemNotFound";
}

/**
 * Turns whatever a batch threw into a HostError. `sheets` are the sheets the batch touched, named
 * in the message when Excel reports a missing item or refused access.
 */
export function toHostError(error: unknown, sheets: readonly string[], action: Action = "write"): HostError {
  if (error instanceof HostError) return error;
  const code = officeErrorCode(error);
  switch (code) {
    case "InvalidOperationInCellEditMode":
      return editingError();
    case "ItemNotFound":
      return sheetMissingError(sheets);
    case "AccessDenied":
      return protectedError(sheets.join("、"), action);
    case "ApiNotFound":
    case "NotImplemented":
    case "UnsupportedFeature":
      return new HostError(
        "unsupported",
        "此版本的 Excel 不支持所需的功能。请更新 Office，或使用 Excel 网页版。",
        "This version of Excel lacks a feature the add-in needs. Update Office, or use Excel on the web.",
      );
  }
  return unknownError(error);
}

/** Any other failure, with Excel's own message and code. */
export function unknownError(error: unknown): HostError {
  const code = officeErrorCode(error);
  const message =
    typeof error === "object" && error !== null && "message" in error
      ? String((error as { message: unknown }).message)
      : String(error);
  return new HostError(
    "unknown",
    `Excel 未能完成操作：${message}${code ? `（${code}）` : ""}`,
    `Excel could not complete the operation: ${message}${code ? ` (${code})` : ""}`,
  );
}

/** What was being done with the workbook's settings, for the wording of a failure. */
export type SettingAction = "load" | "save";

/** A failure to read or keep a setting stored in the workbook (such as the custom indicator library). */
export function settingError(error: unknown, action: SettingAction): HostError {
  if (error instanceof HostError) return error;
  const code = officeErrorCode(error);
  if (code === "InvalidOperationInCellEditMode") return editingError();
  if (code === "AccessDenied") {
    return new HostError(
      "protected",
      "工作簿为只读或受保护，无法保存设置。请在可编辑的工作簿中重试。",
      "The workbook is read-only or protected, so the setting could not be saved. Try again in an editable workbook.",
    );
  }
  const base = toHostError(error, [], "write");
  if (base.code === "unsupported") return base;
  const detail = base.messageZh.replace(/^Excel 未能完成操作：/, "");
  const detailEn = base.messageEn.replace(/^Excel could not complete the operation: /, "");
  return new HostError(
    base.code,
    action === "save" ? `无法把设置保存到工作簿中：${detail}` : `无法读取工作簿中保存的设置：${detail}`,
    action === "save"
      ? `The setting could not be saved in the workbook: ${detailEn}`
      : `The setting stored in the workbook could not be read: ${detailEn}`,
  );
}

/** A failure to read the selection. */
export function selectionError(error: unknown): HostError {
  if (error instanceof HostError) return error;
  if (officeErrorCode(error) === "InvalidOperationInCellEditMode") return editingError();
  const base = unknownError(error);
  return new HostError(
    base.code,
    base.messageZh.replace(/^Excel 未能完成操作：/, "无法读取选中的单元格："),
    base.messageEn.replace(
      /^Excel could not complete the operation: /,
      "The selected cell could not be read: ",
    ),
  );
}
