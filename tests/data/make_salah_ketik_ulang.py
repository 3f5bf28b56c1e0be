"""Build JA Model Dasar workbooks where a misspelt label stands somewhere else than the reader met it so far:
in a table header repeated over a second table of Kinerja Tambahan, and inside an identity written as one
cell of ``LABEL : value`` lines. Written apart from ``benchmarks/nyata_be``, which found both, with this
folder's ``make_nyata`` rows.

Run ``python tests/data/make_salah_ketik_ulang.py`` to regenerate; the files are committed beside it.

* ``salah_ketik_tambahan_tabel_kedua_bersih.xlsx``: the header (row 12) heads the IKI column ``INDIKATOR KERJA
  INDIVIDU``; the Kinerja Utama rows follow; then the title ``KINERJA TAMBAHAN`` (row 19), the same header
  again with the same typo (row 20), ``B. KINERJA TAMBAHAN`` (row 21) and its one RK (row 22). Nothing wrong.
* ``salah_ketik_tambahan_tabel_kedua_tanpa_target.xlsx``: the same, the Kinerja Tambahan target left empty:
  ``iki-tanpa-target`` at F22, and the repeated header still no RK.
* ``salah_ketik_identitas_satu_sel_bersih.xlsx``: the pegawai's identity in one cell (B6), its lines
  ``NAMA : …``, ``NIP : …``, ``PANGKA/GOL. RUANG : …`` (a letter short), ``JABATAN : …``, ``UNIT KERJA : …``;
  the penilai's block under it as label | value rows (rows 9–14). Nothing wrong.
* ``salah_ketik_identitas_satu_sel_pangkat_kosong.xlsx``: the same with nothing after ``PANGKA/GOL. RUANG :``:
  ``identitas-kosong`` at B6.
"""

from __future__ import annotations

import sys
from pathlib import Path

from make_forms import from_rows
from make_nyata import DASAR_ROWS, FIELDS, FOOTER, PEGAWAI, PENILAI, Row, kop
from openpyxl import Workbook

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parent.parent))

HEADER: Row = ["NO", "RENCANA KINERJA ATASAN LANGSUNG/UNIT KERJA/ORGANISASI", "RENCANA KINERJA", "ASPEK",
               "INDIKATOR KERJA INDIVIDU", "TARGET"]
UTAMA: list[Row] = [*DASAR_ROWS[:DASAR_ROWS.index(["B. KINERJA TAMBAHAN"])], []]  # A. KINERJA UTAMA, its rows


def tambahan_tabel_kedua(target: str | None = "1 sertifikat") -> Workbook:
    tambahan = [1, "-", "Sertifikat pelatihan akuntansi pemerintahan", "Kuantitas",
                "Jumlah sertifikat pelatihan", target]
    rows = [*kop(), HEADER, *UTAMA, ["KINERJA TAMBAHAN"], HEADER, ["B. KINERJA TAMBAHAN"], tambahan, *FOOTER]
    return from_rows("SKP", rows)


def identitas_satu_sel(pangkat: str = PEGAWAI[2]) -> Workbook:
    labels = ("NAMA", "NIP", "PANGKA/GOL. RUANG", "JABATAN", "UNIT KERJA")
    values = (PEGAWAI[0], PEGAWAI[1], pangkat, PEGAWAI[3], PEGAWAI[4])
    paragraph = "\n".join(f"{label} : {value}".rstrip() for label, value in zip(labels, values, strict=True))
    rows: list[Row] = [
        ["SASARAN KINERJA PEGAWAI"],
        ["DINAS PENDIDIKAN KABUPATEN BANTUL"],
        ["PERIODE PENILAIAN: 1 JANUARI SD 31 DESEMBER 2025"],
        [],
        ["NO", "PEGAWAI YANG DINILAI"],
        [None, paragraph],
        [],
        [],
        ["NO", "PEJABAT PENILAI KINERJA"],
        *([i + 1, label, PENILAI[i]] for i, label in enumerate(FIELDS)),
        [],
        HEADER[:4] + ["INDIKATOR KINERJA INDIVIDU", "TARGET"],
        *UTAMA,
        *FOOTER,
    ]
    return from_rows("SKP", rows)


BOOKS = {
    "salah_ketik_tambahan_tabel_kedua_bersih.xlsx": tambahan_tabel_kedua,
    "salah_ketik_tambahan_tabel_kedua_tanpa_target.xlsx": lambda: tambahan_tabel_kedua(None),
    "salah_ketik_identitas_satu_sel_bersih.xlsx": identitas_satu_sel,
    "salah_ketik_identitas_satu_sel_pangkat_kosong.xlsx": lambda: identitas_satu_sel(""),
}


def main() -> None:
    for name, build in BOOKS.items():
        build().save(HERE / name)


if __name__ == "__main__":
    main()
