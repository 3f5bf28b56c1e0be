"""Build JA Model Dasar plans with a ``JENIS RK`` column writing each RK's section on its own row (``Kinerja
Utama`` / ``Kinerja Tambahan``), as agencies add among the official columns. Each starts from
``clean_ja-dasar.xlsx`` (RK rows 16 and 19 in Kinerja Utama, row 31 in Kinerja Tambahan) with the column
inserted between NO and RK ATASAN (B13), the official columns moving one to the right (RK atasan C:D, RK E,
aspek F, IKI G:H, target I). Found by ``benchmarks/nyata_bz``; written apart from it.

Run ``python tests/data/make_jenis_rk_kolom.py`` to regenerate; the files are committed beside it.

* ``jenis_rk_kolom_bersih.xlsx``: the section rows ``A. KINERJA UTAMA`` and ``B. KINERJA TAMBAHAN`` kept and
  the column filled: nothing to report. Each RK row holding ``Kinerja Utama`` was taken for a section label,
  so its RK was lost and ``kinerja-utama-kosong`` reported on a complete plan.
* ``jenis_rk_kolom_tanpa_baris_bagian.xlsx``: the column alone says the sections (no section rows): the
  Kinerja Tambahan RK, which names no RK atasan, is still Kinerja Tambahan: nothing to report.
* ``jenis_rk_kolom_jpt_bagian_salah_ketik.xlsx``: ``clean_jpt-pengembangan.xlsx`` with the column inserted
  between PERSPEKTIF (A:B) and NO (C13; RK rows 16-19 Kinerja Utama, 25 Kinerja Tambahan) and its Kinerja
  Tambahan section row misspelt (``B. KINERJA TAMBHAAN``) and moved right under the last Kinerja Utama RK
  (A20, as wide as the table): the column's exact ``Kinerja Tambahan`` beside an RK does not stop the
  misspelt row from being found as the section's heading (``benchmarks/gangguan.py salah-ketik`` on
  ``nyata_bz`` found such a row joined to the RK above it as its perspektif's next line): nothing to report.
* ``jenis_rk_kolom_rk_atasan_kosong.xlsx``: as ``bersih``, the second RK's RK atasan (C19) emptied:
  ``rk-atasan-kosong`` there.
"""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook
from openpyxl.worksheet.worksheet import Worksheet

HERE = Path(__file__).parent
TAGS = {16: "Kinerja Utama", 19: "Kinerja Utama", 31: "Kinerja Tambahan"}
BOOKS: dict[str, dict[str, object]] = {
    "jenis_rk_kolom_bersih.xlsx": {},
    "jenis_rk_kolom_tanpa_baris_bagian.xlsx": {"A15": None, "A30": None},
    "jenis_rk_kolom_rk_atasan_kosong.xlsx": {"C19": None},
}


def _insert_column(ws: Worksheet, at: int) -> None:
    """A column inserted before column ``at``, the merged areas moved with their cells (openpyxl moves values
    only); an area over the column before and beyond (a section row) widens by the new column."""
    merged = [(m.min_row, m.min_col, m.max_row, m.max_col) for m in ws.merged_cells.ranges]
    for r0, c0, r1, c1 in merged:
        ws.unmerge_cells(start_row=r0, start_column=c0, end_row=r1, end_column=c1)
    ws.insert_cols(at)
    for r0, c0, r1, c1 in merged:
        ws.merge_cells(start_row=r0, start_column=c0 + (c0 >= at), end_row=r1, end_column=c1 + (c1 >= at))


def _jpt_misspelt_section() -> None:
    wb = load_workbook(HERE / "clean_jpt-pengembangan.xlsx")
    ws = wb["SKP"]
    _insert_column(ws, 3)
    ws["C13"] = "JENIS RK"
    for row in (16, 17, 18, 19):
        ws.cell(row, 3, "Kinerja Utama")
    ws.cell(25, 3, "Kinerja Tambahan")
    for area in [m for m in ws.merged_cells.ranges if m.min_row <= 20 <= m.max_row]:  # template rows' merges
        ws.unmerge_cells(str(area))
    ws.merge_cells("A20:I20")  # the section row right under the last Kinerja Utama RK, as wide as the table
    ws["A20"], ws["A24"] = "B. KINERJA TAMBHAAN", None
    wb.save(HERE / "jenis_rk_kolom_jpt_bagian_salah_ketik.xlsx")


def main() -> None:
    for name, changes in BOOKS.items():
        wb = load_workbook(HERE / "clean_ja-dasar.xlsx")
        ws = wb["SKP"]
        _insert_column(ws, 2)
        ws["B13"] = "JENIS RK"
        for row, tag in TAGS.items():
            ws.cell(row, 2, tag)
        for cell, value in changes.items():
            ws[cell] = value
        wb.save(HERE / name)
    _jpt_misspelt_section()


if __name__ == "__main__":
    main()
