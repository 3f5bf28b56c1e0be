"""Build the ``satu_sheet_*`` workbooks: an SKP whose annexes are written as blocks under the plan on its one
sheet, as agencies lay an SKP out to print it with its lampiran (found by the ``satu-sheet`` disturbance of
``benchmarks/gangguan.py`` on ``benchmarks/nyata_u`` and ``nyata_ac``). Each is a workbook built by
``make_forms.py`` or ``make_jpt_manual.py`` with every other sheet's content moved under its first sheet's
(values and merged areas, three blank rows between), so each must read as its sheets do apart:

- ``satu_sheet_jf_keterkaitan_penilaian``: ``form_jf_dasar`` with a Penilaian sheet, the Keterkaitan AK
  without its signature block: the Penilaian's header right under the butir kegiatan is none of them;
- ``satu_sheet_jpt_dasar_manual_tabel``: ``form_jpt_dasar`` whose Manual IKI is a table of one IKI per row
  (``NO | RENCANA KINERJA | … | INDIKATOR KINERJA INDIVIDU | DEFINISI IKI | FORMULA …``): it holds more of a
  JA plan's columns than the JPT plan above it has, and is still no plan;
- ``satu_sheet_jpt_manual_per_kolom``: ``jpt_manual_iki_per_kolom`` (the fields down a column, one IKI per
  column: ``URAIAN | IKI 1 | IKI 2``) moved one column left, its ``IKI 1`` heading under the plan's IKI
  column: a heading, not a misspelt label;
- ``satu_sheet_jpt_manual_judul_berkurung``: ``jpt_manual_label_sinonim`` (numbered, misspelt and synonym
  labels: fewer of the Manual's own labels than a Manual shows) titled ``MANUAL INDIKATOR KINERJA (IKI)``:
  a title, though not in the sheet's first rows;
- ``satu_sheet_jpt_penilaian_perspektif``: ``form_jpt_dasar`` with a Penilaian written under its Manual,
  headed ``PERSPEKTIF | NO | RENCANA KINERJA | …``: more columns of a JPT Model Pengembangan plan than the
  Model Dasar plan above it, and still the Penilaian.

Usage: ``python tests/data/make_satu_sheet.py`` (after ``make_forms.py`` and ``make_jpt_manual.py``).
"""

from __future__ import annotations

from pathlib import Path

from make_forms import write_manual_table, write_penilaian_ja
from openpyxl import Workbook, load_workbook
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.cell_range import CellRange
from openpyxl.worksheet.worksheet import Worksheet

HERE = Path(__file__).resolve().parent
GAP = 3  # blank rows between one block and the next


def stacked(wb: Workbook, left: int = 0) -> Workbook:
    """``wb`` with every sheet after the first moved under the first sheet's content (``left`` columns to the
    left: their first columns empty), then removed."""
    first = wb.worksheets[0]
    for ws in wb.worksheets[1:]:
        offset = first.max_row + GAP
        for row in ws.iter_rows():
            for cell in row:
                if cell.value is not None:
                    first.cell(cell.row + offset, cell.column - left).value = cell.value
        for area in ws.merged_cells.ranges:
            moved = CellRange(area.coord)
            moved.shift(row_shift=offset, col_shift=-left)
            first.merge_cells(moved.coord)
        wb.remove(ws)
    return wb


def jf_keterkaitan_penilaian() -> Workbook:
    wb = load_workbook(HERE / "form_jf_dasar.xlsx")
    keterkaitan = wb["Keterkaitan AK"]
    tambahan = next(c.row for c in keterkaitan["A"] if c.value == "KINERJA TAMBAHAN")
    keterkaitan.delete_rows(tambahan + 2, keterkaitan.max_row)  # the signature block under the table
    write_penilaian_ja(wb.create_sheet("Penilaian"))
    return wb


def jpt_dasar_manual_tabel() -> Workbook:
    """``form_jpt_dasar`` with a Manual IKI table whose SATUAN PENGUKURAN and JENIS ASPEK TARGET are headed
    short (``Satuan``, ``Jenis Aspek``), as a plan's SATUAN and ASPEK columns are."""
    wb = load_workbook(HERE / "form_jpt_dasar.xlsx")
    del wb["Manual IKI"]
    manual = wb.create_sheet("Manual IKI")
    write_manual_table(manual)
    short = {"Satuan Pengukuran": "Satuan", "Jenis Aspek Target": "Jenis Aspek"}
    for cell in next(row for row in manual.iter_rows() if row[0].value == "NO"):
        cell.value = short.get(cell.value, cell.value)
    return wb


def _under_kop_surat(ws: Worksheet, lines: tuple[str, ...]) -> None:
    """The sheet's content moved down under a letterhead of ``lines`` (merged areas with it)."""
    merged = [CellRange(area.coord) for area in ws.merged_cells.ranges]
    for area in merged:
        ws.unmerge_cells(area.coord)
    ws.move_range(f"A1:{get_column_letter(ws.max_column)}{ws.max_row}", rows=len(lines))
    for area in merged:
        area.shift(row_shift=len(lines))
        ws.merge_cells(area.coord)
    for r, line in enumerate(lines, start=1):
        ws.cell(r, 1).value = line


def jpt_manual_judul_berkurung() -> Workbook:
    """Its labels shortened further (``3. Indikator Kinerja``, ``7. Satuan``), as ``benchmarks/nyata_u``
    writes them, and the plan under a letterhead, so that nothing of the Manual's title is near the top."""
    wb = load_workbook(HERE / "jpt_manual_label_sinonim.xlsx")
    _under_kop_surat(wb["SKP JPT"], ("PEMERINTAH KABUPATEN SLEMAN", "DINAS KOMUNIKASI DAN INFORMATIKA",
                                     "Jl. Parasamya No. 1, Beran, Tridadi, Sleman"))
    manual = wb["Manual IKI"]
    manual["B1"] = "MANUAL INDIKATOR KINERJA (IKI)"
    short = {"3. Indikator Kinerja Individu": "3. Indikator Kinerja", "7. Satuan Pengukuran": "7. Satuan",
             "6. Maksud": "6. Tujaun"}
    for (cell,) in manual.iter_rows(min_col=2, max_col=2):
        cell.value = short.get(cell.value, cell.value)
    return wb


def jpt_penilaian_perspektif() -> Workbook:
    """``form_jpt_dasar`` and a Penilaian sheet of its Kinerja Utama, each target met (capaian 100 %,
    Baik, 109), the PERSPEKTIF column left empty as a Model Dasar has none."""
    wb = load_workbook(HERE / "form_jpt_dasar.xlsx")
    plan, ws = wb["SKP JPT"], wb.create_sheet("Penilaian")
    ws.append(["PENILAIAN SASARAN KINERJA PEGAWAI"])
    ws.append([])
    ws.append(["PERSPEKTIF", "NO", "RENCANA KINERJA", "INDIKATOR KINERJA INDIVIDU", "TARGET", "REALISASI",
               "CAPAIAN IKI", "KATEGORI CAPAIAN IKI", "NILAI CAPAIAN IKI"])
    ws.append([None, "A. KINERJA UTAMA"])
    for r in range(15, 21):
        no, rk, iki, target = (plan.cell(r, c).value for c in range(1, 5))
        ws.append([None, no, rk, iki, target, target, "100 %", "Baik", 109])
    return wb


WORKBOOKS = {
    "satu_sheet_jf_keterkaitan_penilaian.xlsx": lambda: stacked(jf_keterkaitan_penilaian()),
    "satu_sheet_jpt_dasar_manual_tabel.xlsx": lambda: stacked(jpt_dasar_manual_tabel()),
    "satu_sheet_jpt_manual_per_kolom.xlsx": lambda: stacked(
        load_workbook(HERE / "jpt_manual_iki_per_kolom.xlsx"), left=1),
    "satu_sheet_jpt_manual_judul_berkurung.xlsx": lambda: stacked(jpt_manual_judul_berkurung()),
    "satu_sheet_jpt_penilaian_perspektif.xlsx": lambda: stacked(jpt_penilaian_perspektif()),
}


def main() -> None:
    for name, build in WORKBOOKS.items():
        build().save(HERE / name)


if __name__ == "__main__":
    main()
