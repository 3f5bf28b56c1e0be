"""Build JA Model Dasar plans with a third identity block beside the penilai's, ``ATASAN PEJABAT PENILAI
KINERJA`` (I5:K10: NO | label | value; its pangkat written ``-``), as some agencies keep from the PP 46/2011
form, from ``clean_ja-dasar.xlsx``. Found by ``benchmarks/gangguan.py salah-ketik`` on
``benchmarks/nyata_cb``; written apart from it.

Run ``python tests/data/make_blok_atasan_penilai.py`` to regenerate; the files are committed beside it.

* ``blok_atasan_penilai_bersih.xlsx``: nothing to report; the penilai is read from its own block.
* ``blok_atasan_penilai_label_salah_ketik.xlsx``: the penilai's pangkat label misspelt ``PANKGAT/GOL RUANG``
  (F8): still the penilai's pangkat (G8), nothing to report. The third block's exact ``PANGKAT/GOL RUANG``
  stood in for it, and its ``-`` was reported as an empty penilai pangkat.
"""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook

HERE = Path(__file__).parent
THIRD = [
    ("NAMA", "Drs. Bambang Hartono, M.Si."),
    ("NIP", "19680415 199303 1 007"),
    ("PANGKAT/GOL RUANG", "-"),
    ("JABATAN", "Sekretaris Daerah"),
    ("UNIT KERJA", "Sekretariat Daerah"),
]
BOOKS: dict[str, dict[str, str]] = {
    "blok_atasan_penilai_bersih.xlsx": {},
    "blok_atasan_penilai_label_salah_ketik.xlsx": {"F8": "PANKGAT/GOL RUANG"},
}


def main() -> None:
    for name, changes in BOOKS.items():
        wb = load_workbook(HERE / "clean_ja-dasar.xlsx")
        ws = wb["SKP"]
        ws["I5"], ws["J5"] = "NO", "ATASAN PEJABAT PENILAI KINERJA"
        for n, (label, value) in enumerate(THIRD, 1):
            ws.cell(5 + n, 9, n)
            ws.cell(5 + n, 10, label)
            ws.cell(5 + n, 11, value)
        for cell, value in changes.items():
            ws[cell] = value
        wb.save(HERE / name)


if __name__ == "__main__":
    main()
