"""Build workbooks holding only the end-of-period Penilaian of a JF and of a JPT, as offices send it in
December apart from the plan (a general cause found by the held-out set ``benchmarks/nyata_cd``; written
apart from it). The plan's annexes go with the plan (SPEC §3.5, §3.7): a Penilaian alone is not asked for
them.

Run ``python tests/data/make_penilaian_saja.py`` to regenerate; the files are committed beside it.

* ``jf_penilaian_saja.xlsx``: ``form_ja_penilaian_saja`` with the pegawai a Pranata Komputer Ahli Pertama
  (Penata Muda, III/a) and its nilai written as computed: nothing to report. ``keterkaitan-ak-hilang`` was
  reported.
* ``jf_penilaian_saja_perilaku_salah_ketik.xlsx``: the same with a Perilaku Kerja block under the predikat,
  its title misspelt ``NILAI PERIALKU KERJA``: nothing to report. The plan read from the Penilaian ran on
  into the block, each aspect an RK without IKI: the Penilaian's totals now end it.
* ``jpt_penilaian_saja.xlsx``: the kop of ``nyata_penilaian_jpt_iki_waktu``'s plan over its Penilaian table,
  on one sheet: nothing to report. ``manual-iki-kosong`` was reported on every IKI.
* ``jpt_penilaian_saja_manual_formula_kosong.xlsx``: the same with the plan's Manual IKI sheet carried
  along, the second IKI's FORMULA (D21) emptied: a Manual that is sent is checked, ``manual-iki-kosong`` at
  D21.
"""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook, load_workbook
from openpyxl.worksheet.worksheet import Worksheet

HERE = Path(__file__).parent
_KOP_ROWS = 11  # rows 1–11 of the plan sheet: title, unit, periode, the two identity blocks
_TABLE_FROM = 4  # the Penilaian sheet's header row


def _copy(source: Worksheet, target: Worksheet, rows: range, shift: int) -> None:
    for r in rows:
        for cell in source[r]:
            if cell.value is not None:
                target.cell(row=r + shift, column=cell.column, value=cell.value)
    for area in source.merged_cells.ranges:
        if area.min_row in rows:
            target.merge_cells(
                start_row=area.min_row + shift,
                start_column=area.min_col,
                end_row=area.max_row + shift,
                end_column=area.max_col,
            )


def jpt(manual_formula_kosong: bool = False) -> Workbook:
    source = load_workbook(HERE / "nyata_penilaian_jpt_iki_waktu.xlsx")
    wb = Workbook()
    ws = wb.active
    ws.title = "Penilaian"
    _copy(source["SKP JPT"], ws, range(1, _KOP_ROWS + 1), 0)
    ws["A1"] = "PENILAIAN SASARAN KINERJA PEGAWAI"
    penilaian = source["Penilaian"]
    _copy(penilaian, ws, range(_TABLE_FROM, penilaian.max_row + 1), _KOP_ROWS + 1 - _TABLE_FROM)
    if manual_formula_kosong:
        manual = wb.create_sheet("Manual IKI")
        _copy(source["Manual IKI"], manual, range(1, source["Manual IKI"].max_row + 1), 0)
        manual["D21"] = None
    return wb


def jf() -> Workbook:
    wb = load_workbook(HERE / "form_ja_penilaian_saja.xlsx")
    ws = wb.active
    ws["C8"], ws["C9"] = "Penata Muda, III/a", "Pranata Komputer Ahli Pertama"
    ws["J15"], ws["L14"], ws["M14"], ws["M17"], ws["M22"] = 84, 100.67, 50.33, 54.5, 113.55  # as computed
    return wb


def jf_perilaku_salah_ketik() -> Workbook:
    """:func:`jf` with a Perilaku Kerja block between the predikat and the signatures, its title misspelt
    (``NILAI PERIALKU KERJA``), the aspects in the RK column."""
    wb = jf()
    ws = wb.active
    ws.move_range("A25:M31", rows=10)
    ws["B25"] = "NILAI PERIALKU KERJA"
    ws["B26"], ws["C26"], ws["D26"] = "NO", "ASPEK PERILAKU KERJA", "NILAI"
    aspects = ("Orientasi Pelayanan", "Komitmen", "Inisiatif Kerja", "Kerja Sama", "Kepemimpinan")
    for n, (aspect, score) in enumerate(zip(aspects, (103, 108, 110, 101, 105), strict=True)):
        ws.cell(row=27 + n, column=2, value=n + 1)
        ws.cell(row=27 + n, column=3, value=aspect)
        ws.cell(row=27 + n, column=4, value=score)
    return wb


def main() -> None:
    jf().save(HERE / "jf_penilaian_saja.xlsx")
    jf_perilaku_salah_ketik().save(HERE / "jf_penilaian_saja_perilaku_salah_ketik.xlsx")
    jpt().save(HERE / "jpt_penilaian_saja.xlsx")
    jpt(manual_formula_kosong=True).save(HERE / "jpt_penilaian_saja_manual_formula_kosong.xlsx")


if __name__ == "__main__":
    main()
