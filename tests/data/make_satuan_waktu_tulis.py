"""Build the ``nyata_waktu_tulis_*`` workbooks: a Rencana SKP JA Model Dasar whose waktu targets are written
as staff write them in a narrow TARGET column (general causes found while measuring the held-out set
``benchmarks/nyata_ad``, theme: the text inside the cells).

- ``nyata_waktu_tulis_bersih``: clean; every RK has a Kuantitas IKI and a Waktu IKI whose target carries its
  unit of time abbreviated (``10 hr kerja``, ``12 bln.``, ``1 thn``, ``2 mgg``), before the number after a
  deadline word (``paling lambat tanggal 10``, ``selambat-lambatnya tgl 5 tiap bulan``) or as a product
  (``3 x 24 jam``). None of them deserves ``satuan-tidak-sesuai-aspek``.
- ``nyata_waktu_tulis_salah``: the same form whose Waktu targets are not in time: ``12 lbr`` (lembar), ``3 x
  24 dokumen`` and ``paling lambat 3 laporan`` (``satuan-tidak-sesuai-aspek`` at F15, F17, F19), and the bare
  ``paling lambat 10`` (``target-tanpa-satuan`` at F21, once).

Usage: ``python tests/data/make_satuan_waktu_tulis.py``; the files are committed beside it.
"""

from __future__ import annotations

from pathlib import Path

from make_tempel import _foot, _head, _rows
from openpyxl import Workbook

HERE = Path(__file__).resolve().parent

ATASAN = "Meningkatnya kualitas layanan angkutan umum"
RK = [
    ("Izin trayek angkutan perdesaan terbit tepat waktu", "izin trayek", "izin"),
    ("Kartu pengawasan angkutan umum tersedia", "kartu pengawasan", "kartu"),
    ("Rekomendasi andalalin tersampaikan kepada pemohon", "rekomendasi andalalin", "rekomendasi"),
    ("Data uji berkala kendaraan termutakhirkan", "data uji berkala", "data"),
    ("Laporan bulanan angkutan umum tersusun", "laporan bulanan", "laporan"),
    ("Pengaduan layanan angkutan umum tertangani", "pengaduan", "pengaduan"),
    ("Jadwal keberangkatan bus perintis terumumkan", "jadwal keberangkatan", "jadwal"),
]
BERSIH = ["10 hr kerja", "12 bln.", "1 thn", "2 mgg", "paling lambat tanggal 10",
          "selambat-lambatnya tgl 5 tiap bulan", "3 x 24 jam"]
SALAH = ["12 lbr", "3 x 24 dokumen", "paling lambat 3 laporan", "paling lambat 10", "1 thn", "2 mgg",
         "3 x 24 jam"]


def form(targets: list[str]) -> Workbook:
    """RK n on rows 14 + 2n (Kuantitas) and 15 + 2n (Waktu, target ``targets[n]``)."""
    wb = Workbook()
    ws = wb.active
    ws.title = "SKP"
    rows: list[tuple] = [("A. KINERJA UTAMA", None, None, None, None, None)]
    for n, ((rk, thing, unit), waktu) in enumerate(zip(RK, targets, strict=True), 1):
        rows.append((n, ATASAN, rk, "Kuantitas", f"Jumlah {thing} yang diselesaikan", f"{12 * n} {unit}"))
        rows.append((None, None, None, "Waktu", f"Waktu penyelesaian {thing}", waktu))
    rows.append(("B. KINERJA TAMBAHAN", None, None, None, None, None))
    rows.append((1, None, "Sertifikat pelatihan keselamatan transportasi diperoleh", "Kuantitas",
                 "Jumlah sertifikat yang diperoleh", "1 sertifikat"))
    _foot(ws, _rows(ws, _head(ws), rows))
    return wb


def main() -> None:
    form(BERSIH).save(HERE / "nyata_waktu_tulis_bersih.xlsx")
    form(SALAH).save(HERE / "nyata_waktu_tulis_salah.xlsx")


if __name__ == "__main__":
    main()
