"""Build ``rekap_upt/`` and ``daftar/daftar_rekap_upt.csv``: one Dinas Kesehatan whose Puskesmas staff write
their unit with ``UPT``, ``UPTD`` or neither, one staff whose NIP was typed as a number, and a daftar.

Run ``python tests/data/make_rekap_upt.py`` to regenerate; the folder is committed beside it.

Puskesmas Kalasan: three staff write ``UPT Puskesmas Kalasan``, ``UPTD PUSKESMAS KALASAN`` and
``Puskesmas Kalasan`` (one unit). Puskesmas Kalasan II (another unit): ``UPTD Puskesmas Kalasan II`` and
Teguh, whose NIP cell is a number (Excel kept 15 digits: ``1.98103152006041E+17``). Seksi Gizi: one of eight
in the daftar sent an SKP. The daftar lists everyone with the full NIP; Lina (Kalasan II) and seven of
Seksi Gizi sent nothing. Beside them, a file that is no workbook (``rusak.xlsx``: the Pegawai row of an
unreadable file has no Jumlah RK, so the column's whole numbers are floats) and the sample Kepala Bidang
with a scored Penilaian sheet (Nilai SKP 120): what the CSV numbers must look like to a reader in Indonesia.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parent))

from clean_documents import clean_document  # noqa: E402
from kumpulan_documents import person, write_document  # noqa: E402
from openpyxl import load_workbook  # noqa: E402

from skp.config import Config  # noqa: E402

FOLDER = HERE / "rekap_upt"
DAFTAR = HERE / "daftar" / "daftar_rekap_upt.csv"
AGENCY = "DINAS KESEHATAN KABUPATEN LERENG"
PENILAI = "19700215 199503 1 001"  # the Kepala Dinas, who did not send an SKP
TEGUH = "19810315 200604 1 017"
SAMPLE = HERE.parents[1] / "samples" / "02-kepala-bidang-rina-marlina.xlsx"

# file -> (nama, NIP, unit kerja as written, unit kerja in the daftar)
STAFF = {
    "kalasan/ari.xlsx": (
        "Ari Wibowo",
        "19880101 201001 1 011",
        "UPT Puskesmas Kalasan",
        "UPT Puskesmas Kalasan",
    ),
    "kalasan/bela.xlsx": (
        "Bela Anggraini",
        "19890202 201101 2 012",
        "UPTD PUSKESMAS KALASAN",
        "UPT Puskesmas Kalasan",
    ),
    "kalasan/candra.xlsx": (
        "Candra Putra",
        "19900303 201201 1 013",
        "Puskesmas Kalasan",
        "UPT Puskesmas Kalasan",
    ),
    "kalasan2/dewi.xlsx": (
        "Dewi Anjani",
        "19910404 201301 2 014",
        "UPTD Puskesmas Kalasan II",
        "UPTD Puskesmas Kalasan II",
    ),
    "kalasan2/teguh.xlsx": ("Teguh Prakoso", TEGUH, "UPTD Puskesmas Kalasan II", "UPTD Puskesmas Kalasan II"),
    "gizi/gita.xlsx": ("Gita Savitri", "19920505 201401 2 015", "Seksi Gizi", "Seksi Gizi"),
}
MISSING = [("Lina Marlina", "19930606 201501 2 016", "UPTD Puskesmas Kalasan II")] + [
    (f"Pegawai Gizi {n}", f"1994{n:02d}07 201601 1 {20 + n:03d}", "Seksi Gizi") for n in range(1, 8)
]


def _nip_as_number(path: Path, nip: str) -> None:
    """The pegawai's NIP cell as Excel stores an NIP typed as a number: 15 significant digits."""
    book = load_workbook(path)
    sheet = book.worksheets[0]
    cell = next(c for row in sheet.iter_rows() for c in row if c.value == nip)
    cell.value = float(f"{int(nip.replace(' ', '')):.14e}")
    cell.number_format = "0"
    book.save(path)


def main() -> None:
    config = Config()
    shutil.rmtree(FOLDER, ignore_errors=True)
    rows = ["NIP;NAMA;UNIT KERJA;STATUS"]
    for name, (nama, nip, unit, daftar_unit) in STAFF.items():
        document = clean_document("ja-dasar")
        document.agency = AGENCY
        document.pegawai = person(nama, nip, "Pengelola Layanan Kesehatan", unit=unit)
        document.penilai = person("dr. Sari Handayani", PENILAI, "Kepala Dinas Kesehatan", unit=AGENCY)
        write_document(document, FOLDER / name, config)
        if nip == TEGUH:
            _nip_as_number(FOLDER / name, nip)
        rows.append(f"{nip};{nama};{daftar_unit};Aktif")
    rows += [f"{nip};{nama};{unit};Aktif" for nama, nip, unit in MISSING]
    (FOLDER / "rusak.xlsx").write_bytes(b"PK\x03\x04 unggahan terpotong, bukan buku kerja")
    (FOLDER / "sampel").mkdir()
    shutil.copy(SAMPLE, FOLDER / "sampel" / SAMPLE.name)
    DAFTAR.write_text("\n".join(rows) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
