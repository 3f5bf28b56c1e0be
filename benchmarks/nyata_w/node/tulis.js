// Penulis node untuk set nyata_w: membaca daftar tugas JSON dari buat.py dan menulis tiap buku kerja
// dengan pustaka sungguhan, SheetJS (`xlsx`) atau ExcelJS (`exceljs`), seperti ekspor aplikasi web.
// Pemakaian: node tulis.js TUGAS.json
"use strict";
const fs = require("fs");
const XLSX = require("xlsx");
const ExcelJS = require("exceljs");

function sheetjsCell(cell) {
  const [, , jenis, nilai] = cell;
  if (jenis === "f") return { t: "n", f: nilai }; // rumus tanpa nilai tersimpan
  if (jenis === "n") return { t: "n", v: nilai };
  if (jenis === "b") return { t: "b", v: nilai };
  return { t: "s", v: nilai };
}

function tulisSheetjs(tugas) {
  const wb = XLSX.utils.book_new();
  for (const lembar of tugas.sheets) {
    const ws = {};
    let maxR = 0;
    let maxC = 0;
    for (const cell of lembar.cells) {
      const [r, c] = cell;
      ws[XLSX.utils.encode_cell({ r: r - 1, c: c - 1 })] = sheetjsCell(cell);
      maxR = Math.max(maxR, r);
      maxC = Math.max(maxC, c);
    }
    ws["!ref"] = XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: { r: maxR - 1, c: maxC - 1 } });
    ws["!merges"] = lembar.merges.map(([r1, c1, r2, c2]) => ({
      s: { r: r1 - 1, c: c1 - 1 },
      e: { r: r2 - 1, c: c2 - 1 },
    }));
    XLSX.utils.book_append_sheet(wb, ws, lembar.name);
  }
  XLSX.writeFile(wb, tugas.path, { bookType: "xlsx", compression: true, bookSST: !!tugas.sst });
}

async function tulisExceljs(tugas) {
  const wb = new ExcelJS.Workbook();
  wb.creator = tugas.app || "e-Kinerja";
  wb.created = new Date(Date.UTC(2026, 0, 14, 2, 12, 0));
  wb.modified = wb.created;
  for (const lembar of tugas.sheets) {
    const ws = wb.addWorksheet(lembar.name);
    for (const [r, c, jenis, nilai] of lembar.cells) {
      const cell = ws.getCell(r, c);
      if (jenis === "f") cell.value = { formula: nilai };
      else cell.value = nilai;
    }
    for (const [r1, c1, r2, c2] of lembar.merges) ws.mergeCells(r1, c1, r2, c2);
  }
  await wb.xlsx.writeFile(tugas.path);
}

async function main() {
  const daftar = JSON.parse(fs.readFileSync(process.argv[2], "utf8"));
  for (const tugas of daftar) {
    if (tugas.writer === "sheetjs") tulisSheetjs(tugas);
    else await tulisExceljs(tugas);
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
