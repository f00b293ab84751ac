import { cfbStreamNames, isCfb } from "../xlsx/cfb";

/**
 * True for a legacy workbook: a Compound File Binary container holding a `Workbook` (BIFF8: Excel
 * 97-2003, WPS .et) or `Book` (BIFF5) stream and no encrypted .xlsx package (which Office also wraps
 * in a container, and which the .xlsx reader refuses with the password message).
 */
export function isLegacyWorkbook(bytes: Uint8Array): boolean {
  if (!isCfb(bytes)) return false;
  const names = cfbStreamNames(bytes);
  if (names.includes("EncryptedPackage") || names.includes("EncryptionInfo")) return false;
  return names.includes("Workbook") || names.includes("Book");
}
