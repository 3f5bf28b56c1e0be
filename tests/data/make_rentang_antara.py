"""Build the ``nyata_rentang_antara_*`` workbooks: a Rencana SKP JA Model Dasar whose range targets are
written ``antara … dan …`` (found while probing text as staff type it, after measuring the held-out set
``benchmarks/nyata_ad``), a range the reader used to take for its lower bound alone.

- ``nyata_rentang_antara_bersih``: clean; ``antara 80 dan 90 %``, ``antara 10 dan 12 laporan``, ``Antara
  1.000 dan 1.200 dokumen`` and, as no range, ``12 laporan dan 3 notula`` (its satuan is words).
- ``nyata_rentang_antara_terbalik``: ``antara 90 dan 80 %`` at F15 (``target-rentang-terbalik``).

Usage: ``python tests/data/make_rentang_antara.py``; the files are committed beside it.
"""

from __future__ import annotations

from pathlib import Path

from make_tempel import _foot, _head, _rows
from openpyxl import Workbook

HERE = Path(__file__).resolve().parent
ATASAN = "Meningkatnya kualitas pelayanan perizinan"


def form(persen: str) -> Workbook:
    wb = Workbook()
    ws = wb.active
    ws.title = "SKP"
    rows: list[tuple] = [
        ("A. KINERJA UTAMA", None, None, None, None, None),
        (1, ATASAN, "Izin usaha terbit sesuai standar pelayanan", "Kuantitas",
         "Jumlah izin usaha yang diterbitkan", "antara 10 dan 12 laporan"),                            # 14
        (None, None, None, "Kualitas", "Persentase izin yang terbit tanpa perbaikan", persen),          # 15
        (2, ATASAN, "Arsip perizinan tertata", "Kuantitas", "Jumlah berkas izin yang diarsipkan",
         "Antara 1.000 dan 1.200 dokumen"),                                                              # 16
        (3, ATASAN, "Rapat evaluasi layanan terdokumentasi", "Kuantitas",
         "Jumlah dokumen rapat evaluasi yang tersusun", "12 laporan dan 3 notula"),                     # 17
        ("B. KINERJA TAMBAHAN", None, None, None, None, None),
        (1, None, "Sertifikat pelatihan pelayanan prima diperoleh", "Kuantitas",
         "Jumlah sertifikat yang diperoleh", "1 sertifikat"),
    ]
    _foot(ws, _rows(ws, _head(ws), rows))
    return wb


def main() -> None:
    form("antara 80 dan 90 %").save(HERE / "nyata_rentang_antara_bersih.xlsx")
    form("antara 90 dan 80 %").save(HERE / "nyata_rentang_antara_terbalik.xlsx")


if __name__ == "__main__":
    main()
