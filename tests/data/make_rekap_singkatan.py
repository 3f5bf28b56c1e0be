"""Build ``rekap_singkatan/``: one Dinas Kesehatan whose staff shorten their unit's name as staff do
(``Bid. Kesling``, ``Subbag Umpeg``, ``Seksi Kesja``) or number it in Arabic numerals (``Pustu Sendangadi 1``)
beside the full or Roman spelling.

Run ``python tests/data/make_rekap_singkatan.py`` to regenerate; the folder is committed beside it.

``Seksi Kesja`` fits Seksi Kesehatan Kerja, not Seksi Kesehatan Keluarga (both sent); ``Seksi Pemed`` fits
both Seksi Pelayanan Medik and Seksi Penunjang Medik, so it stays its own unit. ``seksi surveilans`` is
written in small letters only.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parent))

from clean_documents import clean_document  # noqa: E402
from kumpulan_documents import person, write_document  # noqa: E402

from skp.config import Config  # noqa: E402

FOLDER = HERE / "rekap_singkatan"
AGENCY = "DINAS KESEHATAN KABUPATEN LERENG"
PENILAI = "19700215 199503 1 001"

# file -> unit kerja as written
UNITS = {
    "a1.xlsx": "Bidang Kesehatan Lingkungan",
    "a2.xlsx": "Bid. Kesling",
    "b1.xlsx": "Sub Bagian Umum dan Kepegawaian",
    "b2.xlsx": "Subbag Umpeg",
    "c1.xlsx": "Seksi Kesehatan Kerja",
    "c2.xlsx": "Seksi Kesja",
    "c3.xlsx": "Seksi Kesehatan Keluarga",
    "d1.xlsx": "Seksi Pelayanan Medik",
    "d2.xlsx": "Seksi Penunjang Medik",
    "d3.xlsx": "Seksi Pemed",
    "e1.xlsx": "Pustu Sendangadi I",
    "e2.xlsx": "Pustu Sendangadi 1",
    "e3.xlsx": "Pustu Sendangadi 2",
    "f1.xlsx": "seksi surveilans",  # typed in small letters only: sorted among the S all the same
}


def main() -> None:
    config = Config()
    shutil.rmtree(FOLDER, ignore_errors=True)
    for n, (name, unit) in enumerate(UNITS.items(), 1):
        document = clean_document("ja-dasar")
        document.agency = AGENCY
        nip = f"1990{n:02d}01 201501 1 {n:03d}"
        document.pegawai = person(f"Pegawai {n}", nip, "Pengolah Data", unit=unit)
        document.penilai = person("dr. Sari Handayani", PENILAI, "Kepala Dinas Kesehatan", unit=AGENCY)
        write_document(document, FOLDER / name, config)


if __name__ == "__main__":
    main()
