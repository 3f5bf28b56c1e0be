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


def _insert_column_b(ws: Worksheet) -> None:
    """A column inserted before B, the merged areas moved with their cells (openpyxl moves values only)."""
    merged = [(m.min_row, m.min_col, m.max_row, m.max_col) for m in ws.merged_cells.ranges]
    for r0, c0, r1, c1 in merged:
        ws.unmerge_cells(start_row=r0, start_column=c0, end_row=r1, end_column=c1)
    ws.insert_cols(2)
    for r0, c0, r1, c1 in merged:  # an area over A and beyond (a section row) widens by the new column
        ws.merge_cells(start_row=r0, start_column=c0 + (c0 >= 2), end_row=r1, end_column=c1 + (c1 >= 2))


def main() -> None:
    for name, changes in BOOKS.items():
        wb = load_workbook(HERE / "clean_ja-dasar.xlsx")
        ws = wb["SKP"]
        _insert_column_b(ws)
        ws["B13"] = "JENIS RK"
        for row, tag in TAGS.items():
            ws.cell(row, 2, tag)
        for cell, value in changes.items():
            ws[cell] = value
        wb.save(HERE / name)


if __name__ == "__main__":
    main()
