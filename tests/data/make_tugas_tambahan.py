"""Build ``clean_ja-dasar`` with its section B labelled ``B. TUGAS TAMBAHAN`` (the words of PP 46/2011 an
agency keeps on its 8/2021 form), found by the held-out set ``benchmarks/nyata_ci``; written apart from it.

Run ``python tests/data/make_tugas_tambahan.py`` to regenerate; the file is committed beside it.

* ``ja_dasar_tugas_tambahan.xlsx``: A30 ``B. TUGAS TAMBAHAN``, its RK (D31) without RK atasan as the form
  has it: nothing to report. Read as a row of Kinerja Utama, the RK was asked for its RK atasan.
"""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook

HERE = Path(__file__).parent


def main() -> None:
    wb = load_workbook(HERE / "clean_ja-dasar.xlsx")
    wb["SKP"]["A30"] = "B. TUGAS TAMBAHAN"
    wb.save(HERE / "ja_dasar_tugas_tambahan.xlsx")


if __name__ == "__main__":
    main()
