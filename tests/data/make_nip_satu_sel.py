"""Build JA Model Dasar plans whose NIP is written in its label's cell without a colon, ``NIP. 19860926
201505 2 001`` (B7, the value cell C7 left empty), as agencies write it under a signature and some in the
kop, from ``clean_ja-dasar.xlsx``. Found by ``benchmarks/nyata_cb``; written apart from it.

Run ``python tests/data/make_nip_satu_sel.py`` to regenerate; the files are committed beside it.

* ``nip_satu_sel_bersih.xlsx``: nothing to report. The label was found by its start and its value looked
  for right of it, so ``identitas-kosong`` was reported on a filled NIP.
* ``nip_satu_sel_bulan_13.xlsx``: the NIP's TMT month 13 (``NIP. 19860926 201513 2 001``):
  ``nip-tidak-valid`` at B7.
* ``nip_satu_sel_catatan_kaki.xlsx``: the label with a footnote mark, ``NIP²``, and the NIP right of it in
  C7 as the form has it: nothing to report (``²`` is no number the NIP begins with).
"""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook

HERE = Path(__file__).parent
BOOKS = {
    "nip_satu_sel_bersih.xlsx": ("NIP. 19860926 201505 2 001", None),
    "nip_satu_sel_bulan_13.xlsx": ("NIP. 19860926 201513 2 001", None),
    "nip_satu_sel_catatan_kaki.xlsx": ("NIP\u00b2", "19860926 201505 2 001"),
}


def main() -> None:
    for name, (label, value) in BOOKS.items():
        wb = load_workbook(HERE / "clean_ja-dasar.xlsx")
        ws = wb["SKP"]
        ws["B7"], ws["C7"] = label, value
        wb.save(HERE / name)


if __name__ == "__main__":
    main()
