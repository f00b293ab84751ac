"use strict";
/** Opening the workbook with ExcelJS: `workbook.xlsx.load` on the bytes. */
const ExcelJS = require("exceljs");
const { timed } = require("./common");

void timed(async (bytes) => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes);
  const ws = wb.worksheets[0];
  return `${ws.rowCount} rows, ${ws.model.merges.length} merges`;
});
