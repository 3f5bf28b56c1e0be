"""Build SKP JPT workbooks for the miss the red-team set ``merah_au`` found: a NILAI TERTIMBANG written
against the RK's share of the Nilai Akhir SKP was never checked.

Run ``python tests/data/make_merah_au.py`` to regenerate; the .xlsx files are committed beside it. The form
is laid out here on its own, apart from ``benchmarks/merah_au/buat.py``: identity in columns B/C and E/F,
the plan ``NO | PERSPEKTIF | RENCANA KINERJA | IKI | TARGET`` from row 11, one IKI per RK, no merged cells,
the Penilaian with a JENIS RK column (two Perjanjian Kinerja, two Rencana Aksi, SPEC §6.3 60/40).

Nilai IKI: 44/40 = 110 % → Sangat Baik 120; 95/95 → Baik 109; 90/95 = 94,74 % → 95 % → Cukup 85; 3,5/3,5 →
Baik 109. Shares: 0,3 × 120 = 36; 0,3 × 109 = 32,7; 0,2 × 85 = 17; 0,2 × 109 = 21,8; Kinerja Tambahan 2/2 →
Baik 109 → 80 × 10/100 × 109/100 = 8,72. Nilai Akhir SKP 116,22; perilaku 100 → nilai kinerja 111,35, Baik.

* ``merah_au_tertimbang_bersih``: every share as above, on each RK's row.
* ``merah_au_tertimbang_per_iki_bersih``: the first RK with two IKI (110 %, 100 % → RK 114,5), NILAI
  TERTIMBANG per IKI row (0,3 × 120 / 2 = 18; 0,3 × 109 / 2 = 16,35): their sum is the RK's share 34,35.
* ``merah_au_tertimbang_diulang_bersih``: the same RK with its share 34,35 written on both IKI rows (the
  RK's value repeated, not two shares).
* ``merah_au_tertimbang_salah``: the third RK's share written ``21,25`` (85 / 4, as if no 60/40) while the
  Nilai Akhir SKP is right: the column no longer adds up to it, the share is reported (J15).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from openpyxl import Workbook

HERE = Path(__file__).parent

PEGAWAI = (
    "Drs. Bambang Sutrisno, M.Si.",
    "19700505 199503 1 002",
    "Pembina Utama Muda, IV/c",
    "Kepala Dinas Perindustrian dan Perdagangan",
    "Dinas Perindustrian dan Perdagangan Kabupaten Karanganyar",
)
PENILAI = ("H. Juliyatmono", "-", "-", "Bupati Karanganyar", "Pemerintah Kabupaten Karanganyar")
# perspektif, RK, jenis, IKI, target, realisasi, capaian, kategori, nilai, share
PLAN = [
    (
        "Penerima Layanan",
        "Meningkatnya daya saing industri kecil menengah",
        "Perjanjian Kinerja",
        "Jumlah IKM bersertifikat halal",
        "40 unit",
        "44 unit",
        "110 %",
        "Sangat Baik",
        "120",
        "36",
    ),
    (
        "Proses Bisnis",
        "Meningkatnya stabilitas harga bahan pokok",
        "Perjanjian Kinerja",
        "Persentase pasar yang terpantau harganya",
        "95 %",
        "95 %",
        "100 %",
        "Baik",
        "109",
        "32,7",
    ),
    (
        "Penguatan Internal",
        "Meningkatnya kompetensi pengawas perdagangan",
        "Rencana Aksi",
        "Persentase pengawas bersertifikat",
        "95 %",
        "90 %",
        "94,74 %",
        "Cukup",
        "85",
        "17",
    ),
    (
        "Anggaran",
        "Terwujudnya akuntabilitas keuangan dinas",
        "Rencana Aksi",
        "Nilai SAKIP dinas",
        "3,5 indeks",
        "3,5 indeks",
        "100 %",
        "Baik",
        "109",
        "21,8",
    ),
]
EXTRA_IKI = ("Persentase IKM yang menembus pasar ekspor", "10 %", "10 %", "100 %", "Baik", "109")
TAMBAHAN = (
    "Terlaksananya tugas sebagai ketua panitia pameran produk daerah",
    "Jumlah pameran terlaksana",
    "2 kegiatan",
    "2 kegiatan",
    "100 %",
    "Baik",
    "109",
    "8,72",
)


def _identity(ws: Any, title: str) -> None:
    ws["A1"] = title
    ws["A2"] = "PERIODE PENILAIAN: 1 JANUARI SD 31 DESEMBER 2026"
    ws["B4"], ws["E4"] = "PEGAWAI YANG DINILAI", "PEJABAT PENILAI KINERJA"
    for i, label in enumerate(["NAMA", "NIP", "PANGKAT/GOL RUANG", "JABATAN", "UNIT KERJA"]):
        ws.cell(5 + i, 2, label)
        ws.cell(5 + i, 3, PEGAWAI[i]).number_format = "@"
        ws.cell(5 + i, 5, label)
        ws.cell(5 + i, 6, PENILAI[i]).number_format = "@"


def build(name: str, *, per_iki: bool = False, share3: str | None = None, repeat: bool = False) -> None:
    """``repeat``: the first RK's share 34,35 written again on its second IKI row (nothing merged)."""
    wb = Workbook()
    ws = wb.active
    ws.title = "SKP JPT"
    _identity(ws, "RENCANA SASARAN KINERJA PEGAWAI")
    for c, label in enumerate(
        ["NO", "PERSPEKTIF", "RENCANA KINERJA", "INDIKATOR KINERJA INDIVIDU", "TARGET"], 1
    ):
        ws.cell(11, c, label)
    ws.cell(12, 1, "A. KINERJA UTAMA")
    r = 13
    for n, (persp, rk, _jenis, iki, target, *_rest) in enumerate(PLAN, 1):
        for c, v in enumerate((n, persp, rk, iki, target), 1):
            ws.cell(r, c, v)
        r += 1
        if per_iki and n == 1:
            ws.cell(r, 4, EXTRA_IKI[0])
            ws.cell(r, 5, EXTRA_IKI[1])
            r += 1
    ws.cell(r, 1, "B. KINERJA TAMBAHAN")
    for c, v in enumerate((len(PLAN) + 1, None, TAMBAHAN[0], TAMBAHAN[1], TAMBAHAN[2]), 1):
        if v is not None:
            ws.cell(r + 1, c, v)

    manual = wb.create_sheet("Manual IKI")
    manual["A1"] = "MANUAL INDIKATOR KINERJA"
    r = 3
    entries = [(row[1], row[3]) for row in PLAN] + [(TAMBAHAN[0], TAMBAHAN[1])]
    if per_iki:
        entries.insert(1, (PLAN[0][1], EXTRA_IKI[0]))
    for rk, iki in entries:
        for i, (label, value) in enumerate(
            (
                ("RENCANA KINERJA", rk),
                ("DESKRIPSI RENCANA KINERJA", f"Sasaran dinas: {rk.lower()}"),
                ("INDIKATOR KINERJA INDIVIDU", iki),
                ("DEFINISI IKI", f"{iki} pada akhir tahun"),
                ("FORMULA", "Realisasi dibagi target dikali 100%"),
                ("TUJUAN", "Mengukur capaian sasaran"),
                ("SATUAN PENGUKURAN", "Persen"),
                ("SUMBER DATA", "Laporan kinerja dinas"),
                ("PERIODE PELAPORAN", "Tahunan"),
            )
        ):
            manual.cell(r + i, 1, label)
            manual.cell(r + i, 2, value)
        r += 10

    pen = wb.create_sheet("Penilaian")
    pen["A1"] = "PENILAIAN SASARAN KINERJA PEGAWAI"
    pen["A2"] = "PERIODE PENILAIAN: 1 JANUARI SD 31 DESEMBER 2026"
    labels = [
        "NO",
        "PERSPEKTIF",
        "RENCANA KINERJA",
        "JENIS RK",
        "INDIKATOR KINERJA INDIVIDU",
        "TARGET",
        "REALISASI",
        "CAPAIAN IKI",
        "KATEGORI CAPAIAN IKI",
        "NILAI CAPAIAN IKI",
        "NILAI TERTIMBANG",
    ]
    for c, label in enumerate(labels, 1):
        pen.cell(4, c, label)
    pen.cell(5, 1, "A. KINERJA UTAMA")
    r = 6
    akhir = 116.22
    for n, row in enumerate(PLAN, 1):
        persp, rk, jenis, iki, target, real, cap, kat, nilai, share = row
        if per_iki and n == 1:
            share = "34,35" if repeat else "18"
        if share3 is not None and n == 3:
            share = share3
        for c, v in enumerate((n, persp, rk, jenis, iki, target, real, cap, kat, nilai, share), 1):
            pen.cell(r, c, v)
        r += 1
        if per_iki and n == 1:  # RK 1: (120 + 109) / 2 = 114,5; share 0,3 × 114,5 = 34,35
            for c, v in enumerate((*EXTRA_IKI, "34,35" if repeat else "16,35"), 5):
                pen.cell(r, c, v)
            r += 1
            akhir = 116.22 - 36 + 34.35
    pen.cell(r, 1, "B. KINERJA TAMBAHAN")
    for c, v in enumerate((len(PLAN) + 1, None, TAMBAHAN[0], None, *TAMBAHAN[1:]), 1):
        if v is not None:
            pen.cell(r + 1, c, v)
    r += 3
    perilaku = 100
    nk = round(0.7 * akhir + 0.3 * perilaku + 1e-9, 2)
    for label, value in (
        ("NILAI AKHIR SKP", f"{akhir:.2f}".replace(".", ",")),
        ("NILAI PERILAKU KERJA", str(perilaku)),
        ("NILAI KINERJA PEGAWAI", f"{nk:.2f}".replace(".", ",")),
        ("PREDIKAT KINERJA PEGAWAI", "Baik"),
    ):
        pen.cell(r, 2, label)
        pen.cell(r, 11, value)
        r += 1
    wb.save(HERE / f"{name}.xlsx")


def main() -> None:
    build("merah_au_tertimbang_bersih")
    build("merah_au_tertimbang_per_iki_bersih", per_iki=True)
    build("merah_au_tertimbang_diulang_bersih", per_iki=True, repeat=True)
    build("merah_au_tertimbang_salah", share3="21,25")


if __name__ == "__main__":
    main()
