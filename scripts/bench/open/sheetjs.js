"use strict";
/** Opening the workbook with SheetJS: `XLSX.read` on the bytes (styles off), then its merges. */
const XLSX = require("xlsx");
const { timed } = require("./common");

void timed((bytes) => {
  const wb = XLSX.read(bytes, { type: "buffer", cellStyles: false });
  const ws = wb.Sheets[wb.SheetNames[0]];
  const rows = XLSX.utils.decode_range(ws["!ref"] || "A1").e.r + 1;
  return `${rows} rows, ${(ws["!merges"] || []).length} merges`;
});
