"""Build the ``jpt_manual_isian_instansi_*`` workbooks: ``form_jpt_dasar`` with its Manual Indikator Kinerja
written as agencies fill it (general causes found by the held-out set ``benchmarks/nyata_cc``; written apart
from it). Blocks from row 3, one per Kinerja Utama IKI, nine rows apart:

- ``jenis_iki``: labels with a letter (``a. Rencana Kinerja``) in B, ``:`` in C, values in D, and a row the
  mapping does not know, ``d. Jenis IKI | : | IKU``. ``IKU`` is an alias of INDIKATOR KINERJA INDIVIDU:
  taken as a label it opened a block of its own, and every IKI was reported without definisi, formula and
  tujuan. Clean; ``_formula_kosong``: the fourth IKI's FORMULA empty, ``manual-iki-kosong`` at D35.
- ``huruf_salah_ketik``: the same without Jenis IKI, DEFINISI IKI misspelt with its letter,
  ``e. Defenisi IKI``: the letter kept the near-word from being placed. Clean.
- ``satu_sel``: each field ``LABEL : value`` in one cell merged B:E; ``_tujuan_kosong``: the second IKI's
  ``TUJUAN :`` with nothing after it, ``manual-iki-kosong`` at B17, that cell, not F17 right of it.

Usage: ``python tests/data/make_jpt_manual_isian_instansi.py``.
"""

from __future__ import annotations

from pathlib import Path

from make_jpt_manual_label import _plan_iki
from openpyxl import Workbook, load_workbook

HERE = Path(__file__).resolve().parent
_FIELDS = (
    "Rencana Kinerja",
    "Deskripsi Rencana Kinerja",
    "Indikator Kinerja Individu",
    "Jenis IKI",
    "Definisi IKI",
    "Formula",
    "Tujuan",
    "Sumber Data",
)
_BLOCK_ROWS = 9


def _values(rk: str, iki: str) -> dict[str, str]:
    return {
        "Rencana Kinerja": rk,
        "Deskripsi Rencana Kinerja": f"Kondisi yang dituju: {rk}",
        "Indikator Kinerja Individu": iki,
        "Jenis IKI": "IKU",
        "Definisi IKI": f"Ukuran {iki}",
        "Formula": f"Realisasi {iki} / rencana x 100%",
        "Tujuan": "Mengukur keberhasilan sasaran",
        "Sumber Data": "Laporan kinerja",
    }


def build(layout: str, empty: tuple[int, str] | None = None) -> Workbook:
    """The Manual in ``layout`` (``jenis_iki``, ``huruf_salah_ketik``, ``satu_sel``); ``empty``: the
    (IKI number from 0, field) left without a value."""
    wb = load_workbook(HERE / "form_jpt_dasar.xlsx")
    del wb["Manual IKI"]
    ws = wb.create_sheet("Manual IKI")
    ws["A1"] = "MANUAL INDIKATOR KINERJA"
    fields = [f for f in _FIELDS if layout == "jenis_iki" or f != "Jenis IKI"]
    for n, (rk, iki) in enumerate(_plan_iki(wb)):
        top = 3 + n * _BLOCK_ROWS
        ws.cell(row=top, column=1, value=n + 1)
        values = _values(rk, iki)
        for i, field in enumerate(fields):
            row, value = top + i, "" if empty == (n, field) else values[field]
            if layout == "satu_sel":
                ws.cell(row=row, column=2, value=f"{field.upper()} : {value}".rstrip())
                ws.merge_cells(start_row=row, start_column=2, end_row=row, end_column=5)
                continue
            label = "Defenisi IKI" if layout == "huruf_salah_ketik" and field == "Definisi IKI" else field
            ws.cell(row=row, column=2, value=f"{'abcdefgh'[i]}. {label}")
            ws.cell(row=row, column=3, value=":")
            ws.cell(row=row, column=4, value=value or None)
    return wb


BOOKS = {
    "jpt_manual_isian_instansi_jenis_iki.xlsx": ("jenis_iki", None),
    "jpt_manual_isian_instansi_jenis_iki_formula_kosong.xlsx": ("jenis_iki", (3, "Formula")),
    "jpt_manual_isian_instansi_huruf_salah_ketik.xlsx": ("huruf_salah_ketik", None),
    "jpt_manual_isian_instansi_satu_sel.xlsx": ("satu_sel", None),
    "jpt_manual_isian_instansi_satu_sel_tujuan_kosong.xlsx": ("satu_sel", (1, "Tujuan")),
}


def main() -> None:
    for name, (layout, empty) in BOOKS.items():
        build(layout, empty).save(HERE / name)


if __name__ == "__main__":
    main()
