"""Build SKP JPT workbooks for the false findings and misses the red-team set ``merah_ag`` found.

Run ``python tests/data/make_merah_ag.py`` to regenerate; the .xlsx files are committed beside it. The form
is laid out here on its own, apart from ``benchmarks/merah_ag/buat.py``: identity in columns B/C and E/F,
the plan's table ``NO | PERSPEKTIF | RENCANA KINERJA | IKI | TARGET`` from row 11, one IKI per RK, no merged
cells, the Manual IKI as label/value pairs in columns A/B, the Penilaian totals labelled in column B.

* ``merah_ag_manual_uraian_bersih`` / ``_kosong``: the Manual's deskripsi labelled ``URAIAN RENCANA
  KINERJA`` (filled; left empty for the second IKI).
* ``merah_ag_ide_baru_ya_bersih``, ``merah_ag_ide_baru_tidak_bersih``, ``merah_ag_ide_baru_tidak_salah``:
  nilai kinerja 110,13 with ``MENGHASILKAN IDE BARU/CARA BARU BAGI ORGANISASI`` under the Penilaian totals
  ``Ya`` (Sangat Baik), ``Tidak`` (Baik), ``Tidak`` written Sangat Baik.
* ``merah_ag_ide_baru_salah_ketik_ya_bersih`` / ``_tidak_salah``: the same label written ``MENGHAISLKAN IDE
  BARU/CARA BARU BAGI ORGANISASI`` (found by ``benchmarks/gangguan.py``'s ``salah-ketik``), ``Ya`` with
  Sangat Baik, ``Tidak`` written Sangat Baik.
* ``merah_ag_ide_baru_kalimat_ya_bersih`` / ``_tidak_salah``: the line labelled in the agency's own words
  with a typo, ``MENGHASILKAN IDE BAUR YANG BERMANFAAT BAGI ORGANISASI`` (found by ``benchmarks/nyata_br``).
* ``merah_ag_penilaian_judul_pk_bersih`` / ``_salah``: the Penilaian sheet headed with the Perjanjian
  Kinerja's words ``SASARAN`` and ``INDIKATOR KINERJA`` (the plan's own aliases); the first IKI's kategori
  written ``Baik`` for 110 % in ``_salah``.
* ``merah_ag_penilaian_judul_pendek_bersih`` / ``_salah``: the Penilaian's kategori and nilai columns headed
  ``KATEGORI`` and ``NILAI``; the first IKI (110 %) written ``Baik`` 109 in ``_salah``.
* ``merah_ag_jenis_rk_singkatan_bersih`` / ``_salah``: a JENIS RK column written ``PK``, ``Sasaran PK``,
  ``RA``, ``Renaksi``; NILAI TERTIMBANG 36, 32,7, 17, 21,8 and Nilai Akhir SKP 116,22 (PK 60 %, rencana
  aksi 40 %, SPEC §6.3) / 114,47 (all as PK).
* ``merah_ag_nilai_kinerja_batas_bersih`` / ``_salah``: nilai kinerja written 89,99, predikat Butuh
  Perbaikan / Baik (another reading of the plan, its first RK the PK one, would reach 93,86).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from openpyxl import Workbook

HERE = Path(__file__).parent

PEGAWAI = (
    "dr. Ratna Kusumawati, M.Kes.",
    "19720314 199803 2 004",
    "Pembina Utama Muda, IV/c",
    "Kepala Dinas Kesehatan",
    "Dinas Kesehatan Kabupaten Bantul",
)
PENILAI = ("H. Abdul Halim Muslih", "-", "-", "Bupati Bantul", "Pemerintah Kabupaten Bantul")

# perspektif, RK, IKI, target, realisasi, capaian, kategori, nilai
PLAN = [
    (
        "Penerima Layanan",
        "Meningkatnya derajat kesehatan masyarakat",
        "Jumlah puskesmas terakreditasi paripurna",
        "40 puskesmas",
        "44 puskesmas",
        "110 %",
        "Sangat Baik",
        "120",
    ),
    (
        "Proses Bisnis",
        "Meningkatnya mutu layanan kesehatan dasar",
        "Persentase puskesmas dengan SPM terpenuhi",
        "95 %",
        "95 %",
        "100 %",
        "Baik",
        "109",
    ),
    (
        "Penguatan Internal",
        "Meningkatnya kompetensi tenaga kesehatan",
        "Persentase tenaga kesehatan bersertifikat kompetensi",
        "95 %",
        "90 %",
        "94,74 %",
        "Cukup",
        "85",
    ),
    (
        "Anggaran",
        "Terwujudnya akuntabilitas anggaran dinas",
        "Nilai SAKIP dinas",
        "3,5 indeks",
        "3,5 indeks",
        "100 %",
        "Baik",
        "109",
    ),
]
TAMBAHAN = (
    "Terlaksananya peran sebagai narasumber seminar kesehatan",
    "Jumlah seminar sebagai narasumber",
    "2 kegiatan",
    "2 kegiatan",
    "100 %",
    "Baik",
    "109",
)
MANUAL = [
    "RENCANA KINERJA",
    "DESKRIPSI RENCANA KINERJA",
    "INDIKATOR KINERJA INDIVIDU",
    "DEFINISI IKI",
    "FORMULA",
    "TUJUAN",
    "SATUAN PENGUKURAN",
    "SUMBER DATA",
    "PERIODE PELAPORAN",
]


def _identity(ws: Any, title: str) -> None:
    ws["A1"] = title
    ws["A2"] = "PERIODE PENILAIAN: 1 JANUARI SD 31 DESEMBER 2025"
    ws["B4"] = "PEGAWAI YANG DINILAI"
    ws["E4"] = "PEJABAT PENILAI KINERJA"
    for i, label in enumerate(["NAMA", "NIP", "PANGKAT/GOL RUANG", "JABATAN", "UNIT KERJA"]):
        ws.cell(5 + i, 2, label)
        ws.cell(5 + i, 3, PEGAWAI[i]).number_format = "@"
        ws.cell(5 + i, 5, label)
        ws.cell(5 + i, 6, PENILAI[i]).number_format = "@"


def _plan(wb: Workbook, plan: list[tuple[str, ...]]) -> None:
    ws = wb.active
    ws.title = "SKP JPT"
    _identity(ws, "RENCANA SASARAN KINERJA PEGAWAI")
    for c, label in enumerate(
        ["NO", "PERSPEKTIF", "RENCANA KINERJA", "INDIKATOR KINERJA INDIVIDU", "TARGET"], 1
    ):
        ws.cell(11, c, label)
    ws.cell(12, 1, "A. KINERJA UTAMA")
    r = 13
    for n, (persp, rk, iki, target, *_rest) in enumerate(plan, 1):
        ws.cell(r, 1, n)
        ws.cell(r, 2, persp)
        ws.cell(r, 3, rk)
        ws.cell(r, 4, iki)
        ws.cell(r, 5, target)
        r += 1
    ws.cell(r, 1, "B. KINERJA TAMBAHAN")
    ws.cell(r + 1, 1, len(plan) + 1)
    ws.cell(r + 1, 3, TAMBAHAN[0])
    ws.cell(r + 1, 4, TAMBAHAN[1])
    ws.cell(r + 1, 5, TAMBAHAN[2])


def _manual(wb: Workbook, plan: list[tuple[str, ...]], deskripsi_label: str, empty: int | None) -> None:
    ws = wb.create_sheet("Manual IKI")
    ws["A1"] = "MANUAL INDIKATOR KINERJA"
    r = 3
    entries = [(p[1], p[2]) for p in plan] + [(TAMBAHAN[0], TAMBAHAN[1])]
    for n, (rk, iki) in enumerate(entries):
        values = [
            rk,
            f"Sasaran strategis dinas: {rk.lower()}",
            iki,
            f"{iki} pada akhir tahun",
            "Realisasi dibagi target dikali 100%",
            "Mengukur keberhasilan sasaran",
            "Persen",
            "Laporan kinerja dinas",
            "Tahunan",
        ]
        for i, label in enumerate(MANUAL):
            ws.cell(r + i, 1, deskripsi_label if label == "DESKRIPSI RENCANA KINERJA" else label)
            if not (i == 1 and n == empty):
                ws.cell(r + i, 2, values[i])
        r += len(MANUAL) + 1


def _penilaian(
    wb: Workbook,
    plan: list[tuple[str, ...]],
    totals: list[tuple[str, str]],
    pk_labels: bool = False,
    short_labels: bool = False,
    jenis: list[str] | None = None,
) -> None:
    """``jenis``: a JENIS RK column (K) right of NILAI TERTIMBANG, one per Kinerja Utama RK."""
    ws = wb.create_sheet("Penilaian")
    ws["A1"] = "PENILAIAN SASARAN KINERJA PEGAWAI"
    ws["A2"] = "PERIODE PENILAIAN: 1 JANUARI SD 31 DESEMBER 2025"
    labels = [
        "NO",
        "PERSPEKTIF",
        "RENCANA KINERJA",
        "INDIKATOR KINERJA INDIVIDU",
        "TARGET",
        "REALISASI",
        "CAPAIAN IKI",
        "KATEGORI CAPAIAN IKI",
        "NILAI CAPAIAN IKI",
        "NILAI TERTIMBANG",
    ]
    if pk_labels:  # the Perjanjian Kinerja's words
        labels[2:4] = ["SASARAN", "INDIKATOR KINERJA"]
    if short_labels:
        labels[7:9] = ["KATEGORI", "NILAI"]
    if jenis is not None:
        labels.append("JENIS RK")
    for c, label in enumerate(labels, 1):
        ws.cell(4, c, label)
    ws.cell(5, 1, "A. KINERJA UTAMA")
    r = 6
    for n, row in enumerate(plan, 1):
        ws.cell(r, 1, n)
        for c, v in enumerate(row, 2):
            ws.cell(r, c, v)
        weight = 1 / len(plan)
        if jenis is not None:  # SPEC §6.3: PK-based RK share 60 %, rencana aksi 40 %
            ra = [j in ("RA", "Renaksi", "Rencana Aksi") for j in jenis]
            weight = 0.4 / sum(ra) if ra[n - 1] else 0.6 / (len(ra) - sum(ra))
        ws.cell(r, 10, f"{float(row[7]) * weight + 1e-9:.2f}".replace(".", ","))
        if jenis is not None:
            ws.cell(r, 11, jenis[n - 1])
        r += 1
    ws.cell(r, 1, "B. KINERJA TAMBAHAN")
    ws.cell(r + 1, 1, len(plan) + 1)
    for c, v in enumerate(TAMBAHAN, 3):
        ws.cell(r + 1, c, v)
    ws.cell(r + 1, 10, "8,72")
    r += 3
    for label, value in totals:
        ws.cell(r, 2, label)
        ws.cell(r, 10, value)
        r += 1


def build(
    name: str,
    *,
    deskripsi: str = "DESKRIPSI RENCANA KINERJA",
    empty: int | None = None,
    totals: list[tuple[str, str]] | None = None,
    pk_labels: bool = False,
    short_labels: bool = False,
    jenis: list[str] | None = None,
    kategori: str | None = None,
    nilai: str | None = None,
) -> None:
    """``kategori``: the first IKI's kategori written otherwise."""
    plan = list(PLAN)
    if kategori is not None:
        plan[0] = (*plan[0][:6], kategori, plan[0][7])
    if nilai is not None:
        plan[0] = (*plan[0][:7], nilai)
    wb = Workbook()
    _plan(wb, plan)
    _manual(wb, plan, deskripsi, empty)
    if totals is not None:
        _penilaian(wb, plan, totals, pk_labels, short_labels, jenis)
    wb.save(HERE / f"{name}.xlsx")


IDE_BARU = "MENGHASILKAN IDE BARU/CARA BARU BAGI ORGANISASI"


def _totals(
    perilaku: str, kinerja: str, predikat: str, ide: str | None, akhir: str = "114,47",
    ide_label: str = IDE_BARU,
) -> list[tuple[str, str]]:
    rows = [
        ("NILAI AKHIR SKP", akhir),
        ("NILAI PERILAKU KERJA", perilaku),
        ("NILAI KINERJA PEGAWAI", kinerja),
    ]
    if ide is not None:
        rows.append((ide_label, ide))
    return rows + [("PREDIKAT KINERJA PEGAWAI", predikat)]


def main() -> None:
    build("merah_ag_manual_uraian_bersih", deskripsi="URAIAN RENCANA KINERJA")
    build("merah_ag_manual_uraian_kosong", deskripsi="URAIAN RENCANA KINERJA", empty=1)
    build("merah_ag_ide_baru_ya_bersih", totals=_totals("100", "110,13", "Sangat Baik", "Ya"))
    build("merah_ag_ide_baru_tidak_bersih", totals=_totals("100", "110,13", "Baik", "Tidak"))
    build("merah_ag_ide_baru_tidak_salah", totals=_totals("100", "110,13", "Sangat Baik", "Tidak"))
    typo = "MENGHAISLKAN IDE BARU/CARA BARU BAGI ORGANISASI"
    build("merah_ag_ide_baru_salah_ketik_ya_bersih",
          totals=_totals("100", "110,13", "Sangat Baik", "Ya", ide_label=typo))
    build("merah_ag_ide_baru_salah_ketik_tidak_salah",
          totals=_totals("100", "110,13", "Sangat Baik", "Tidak", ide_label=typo))
    own_words = "MENGHASILKAN IDE BAUR YANG BERMANFAAT BAGI ORGANISASI"
    build("merah_ag_ide_baru_kalimat_ya_bersih",
          totals=_totals("100", "110,13", "Sangat Baik", "Ya", ide_label=own_words))
    build("merah_ag_ide_baru_kalimat_tidak_salah",
          totals=_totals("100", "110,13", "Sangat Baik", "Tidak", ide_label=own_words))
    build("merah_ag_nilai_kinerja_batas_bersih", totals=_totals("32,87", "89,99", "Butuh Perbaikan", None))
    build("merah_ag_nilai_kinerja_batas_salah", totals=_totals("32,87", "89,99", "Baik", None))
    standard = _totals("100", "110,13", "Baik", None)
    build("merah_ag_penilaian_judul_pk_bersih", totals=standard, pk_labels=True)
    build("merah_ag_penilaian_judul_pk_salah", totals=standard, pk_labels=True, kategori="Baik")
    # PK 60 % × (120 + 109) / 2 + RA 40 % × (85 + 109) / 2 + 8,72 = 116,22 (all as PK: 114,47)
    jenis = ["PK", "Sasaran PK", "RA", "Renaksi"]
    build(
        "merah_ag_jenis_rk_singkatan_bersih",
        totals=_totals("100", "111,35", "Baik", None, "116,22"),
        jenis=jenis,
    )
    build("merah_ag_jenis_rk_singkatan_salah", totals=_totals("100", "110,13", "Baik", None), jenis=jenis)
    build("merah_ag_penilaian_judul_pendek_bersih", totals=standard, short_labels=True)
    build(
        "merah_ag_penilaian_judul_pendek_salah",
        totals=standard,
        short_labels=True,
        kategori="Baik",
        nilai="109",
    )


if __name__ == "__main__":
    main()
