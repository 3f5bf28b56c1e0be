"""Build SKP JA Model Pengembangan workbooks for the false errors the red-team set ``merah_ah`` found: notes
written in one cell of the plan table read as an RK or an IKI.

Run ``python tests/data/make_merah_ah.py`` to regenerate; the .xlsx files are committed beside it. The form
is laid out here on its own, apart from ``benchmarks/merah_ah/buat.py``: the table starts in column B, its
header is one row of labels over one row of levels and monitoring columns, with no column-number row and no
merged cell; each RK is written once, on its first IKI row, with blanks below.

* ``merah_ah_tambahan_petunjuk_bersih``: under B. KINERJA TAMBAHAN one row ``1 | (diisi bila ada) | - | -``,
  the template's instruction left in place: no Kinerja Tambahan, nothing to report.
* ``merah_ah_catatan_bawah_bersih``: under the table, in the RK column, ``Catatan:``, ``1. …``, ``2. …`` and
  a footnote ``*) …`` in the IKI column: notes, not an RK nor an IKI.
* ``merah_ah_catatan_antara_bersih``: ``Keterangan: …`` in the RK column between the last Kinerja Utama RK
  and B. KINERJA TAMBAHAN, which holds a real RK.
* ``merah_ah_catatan_rk_tanpa_iki``: the Kinerja Tambahan's RK ``Sertifikat …`` has no IKI, and a
  ``Catatan: …`` row follows: the RK is reported, the note is not.
* ``merah_ah_bukan_catatan_tanpa_iki``: an RK that opens with a note word but is no note (``Catatan
  keuangan …``, no colon) has no IKI: it is reported.
* ``merah_ah_kop_satu_blok_bersih``: the kop as one block, ``NO | label | pegawai | penilai``, PEGAWAI YANG
  DINILAI over the first value column and PEJABAT PENILAI KINERJA over the second.
* ``merah_ah_kop_satu_blok_jabatan_kosong``: the same with the penilai's JABATAN left empty (E9).
* ``merah_ah_atasan_kelompok_bersih``: each RK atasan written once on a row of its own above the RKs that
  intervene it, their own RK atasan cells empty.
* ``merah_ah_atasan_kelompok_kosong``: the same, but the first RK stands above any such row: it intervenes
  nothing (``rk-atasan-kosong``), the RK under the row does.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from openpyxl import Workbook

HERE = Path(__file__).parent

PEGAWAI = (
    "Rina Marlina, S.E.",
    "19880614 201101 2 003",
    "Penata, III/c",
    "Kepala Subbagian Umum",
    "Sekretariat Dinas Pertanian",
)
PENILAI = (
    "Ir. Hendra Gunawan, M.P.",
    "19700301 199503 1 002",
    "Pembina Tingkat I, IV/b",
    "Sekretaris Dinas Pertanian",
    "Dinas Pertanian Kabupaten Sukamaju",
)
IDENTITY = ("NAMA", "NIP", "PANGKAT/GOL RUANG", "JABATAN", "UNIT KERJA")
# sheet columns of the plan table: B … Q
COLUMNS = (
    "NO",
    "RENCANA KINERJA ATASAN LANGSUNG/UNIT KERJA/ORGANISASI",
    "RENCANA KINERJA",
    "ASPEK",
    "INDIKATOR KINERJA INDIVIDU",
    "TARGET",
)
LEVELS = ("SANGAT KURANG", "KURANG", "CUKUP", "BAIK", "SANGAT BAIK")
PANTAU = ("DATA", "SUMBER DATA", "WAKTU PENGUMPULAN")
NO, ATASAN, RK, ASPEK, IKI, TARGET, KATEGORI, DATA = 2, 3, 4, 5, 6, 7, 8, 13

UTAMA: list[tuple[str, str, list[tuple[Any, ...]], tuple[str, str, str]]] = [
    (
        "Meningkatnya kualitas layanan administrasi Dinas Pertanian",
        "Surat dinas yang diproses tepat waktu",
        [
            (
                "Kuantitas",
                "Jumlah surat dinas yang diagendakan",
                "1.200 surat",
                ("< 800 surat", "800 - 999 surat", "1.000 - 1.199 surat", "1.200 surat", "> 1.200 surat"),
            ),
            (
                "Waktu",
                "Waktu pengagendaan surat masuk",
                "1 hari",
                ("> 3 hari", "3 hari", "2 hari", "1 hari", "< 1 hari"),
            ),
        ],
        ("Buku agenda", "Aplikasi TNDE", "Setiap bulan"),
    ),
    (
        "Meningkatnya kualitas pengelolaan barang milik daerah Dinas Pertanian",
        "Data barang milik daerah yang mutakhir",
        [
            (
                "Kualitas",
                "Persentase barang yang tercatat dalam KIB",
                "95 %",
                ("< 75 %", "75 - 84 %", "85 - 94 %", "95 %", "> 95 %"),
            ),
        ],
        ("Kartu inventaris barang", "Aplikasi SIMDA BMD", "Semesteran"),
    ),
]
TAMBAHAN = (
    "Tersusunnya bahan paparan pimpinan",
    [
        (
            "Kuantitas",
            "Jumlah bahan paparan yang tersusun",
            "4 paparan",
            ("", "", "2 - 3 paparan", "4 paparan", "> 4 paparan"),
        )
    ],
    ("Bahan paparan", "Subbagian Umum", "Akhir tahun"),
)


def _kop(ws: Any, kind: str) -> None:
    ws["B1"] = "RENCANA SASARAN KINERJA PEGAWAI"
    ws["B2"] = "DINAS PERTANIAN KABUPATEN SUKAMAJU"
    ws["B3"] = "PERIODE PENILAIAN: 1 JANUARI SD 31 DESEMBER 2025"
    if kind.startswith("kop_satu_blok"):
        ws["B5"], ws["D5"], ws["E5"] = "NO", "PEGAWAI YANG DINILAI", "PEJABAT PENILAI KINERJA"
        for i, label in enumerate(IDENTITY):
            ws.cell(6 + i, 2, i + 1)
            ws.cell(6 + i, 3, label)
            ws.cell(6 + i, 4, PEGAWAI[i]).number_format = "@"
            if not (kind.endswith("jabatan_kosong") and label == "JABATAN"):
                ws.cell(6 + i, 5, PENILAI[i]).number_format = "@"
        return
    ws["B5"], ws["C5"], ws["H5"], ws["I5"] = "NO", "PEGAWAI YANG DINILAI", "NO", "PEJABAT PENILAI KINERJA"
    for i, label in enumerate(IDENTITY):
        r = 6 + i
        ws.cell(r, 2, i + 1)
        ws.cell(r, 3, label)
        ws.cell(r, 4, PEGAWAI[i]).number_format = "@"
        ws.cell(r, 8, i + 1)
        ws.cell(r, 9, label)
        ws.cell(r, 10, PENILAI[i]).number_format = "@"


def _header(ws: Any, r: int) -> None:
    for c, label in enumerate(COLUMNS, NO):
        ws.cell(r, c, label)
    ws.cell(r, KATEGORI, "KATEGORI PENILAIAN")
    ws.cell(r, DATA, "CARA MEMANTAU KINERJA")
    for c, label in enumerate((*LEVELS, *PANTAU), KATEGORI):
        ws.cell(r + 1, c, label)


def _rk(
    ws: Any,
    r: int,
    no: int,
    atasan: str | None,
    rk: str,
    ikis: list[tuple[Any, ...]],
    pantau: tuple[str, str, str],
    heading: bool = False,
) -> int:
    """Write one RK once, on its first IKI row; return the row under its last IKI row. With ``heading`` its
    RK atasan goes on a row of its own above it."""
    if heading and atasan:
        ws.cell(r, ATASAN, atasan)
        r += 1
    ws.cell(r, NO, no)
    if atasan and not heading:
        ws.cell(r, ATASAN, atasan)
    ws.cell(r, RK, rk)
    for c, value in enumerate(pantau, DATA):
        ws.cell(r, c, value)
    for aspek, iki, target, levels in ikis:
        ws.cell(r, ASPEK, aspek)
        ws.cell(r, IKI, iki)
        ws.cell(r, TARGET, target)
        for c, value in enumerate(levels, KATEGORI):
            if value:
                ws.cell(r, c, value)
        r += 1
    return r if ikis else r + 1


def _signature(ws: Any, r: int) -> None:
    ws.cell(r, 11, "Sukamaju, 2 Januari 2025")
    ws.cell(r + 1, RK, "PEGAWAI YANG DINILAI")
    ws.cell(r + 1, 11, "PEJABAT PENILAI KINERJA")
    ws.cell(r + 5, RK, PEGAWAI[0])
    ws.cell(r + 5, 11, PENILAI[0])
    ws.cell(r + 6, RK, "NIP. " + PEGAWAI[1])
    ws.cell(r + 6, 11, "NIP. " + PENILAI[1])


def build(kind: str) -> Workbook:
    wb = Workbook()
    ws = wb.active
    ws.title = "SKP"
    _kop(ws, kind)
    _header(ws, 12)
    ws.cell(14, NO, "A. KINERJA UTAMA")
    r = 15
    heading = kind.startswith("atasan_kelompok")
    for no, (atasan, rk, ikis, pantau) in enumerate(UTAMA, 1):
        if kind == "atasan_kelompok_kosong" and no == 1:
            atasan = None
        r = _rk(ws, r, no, atasan, rk, ikis, pantau, heading)
    if kind == "catatan_antara_bersih":
        ws.cell(r, RK, "Keterangan: RK nomor 2 merupakan direktif Kepala Dinas")
        r += 1
    ws.cell(r, NO, "B. KINERJA TAMBAHAN")
    r += 1
    if kind == "tambahan_petunjuk_bersih":
        ws.cell(r, NO, 1)
        ws.cell(r, RK, "(diisi bila ada)")
        ws.cell(r, IKI, "-")
        ws.cell(r, TARGET, "-")
        r += 1
    else:
        r = _rk(ws, r, 1, None, *TAMBAHAN)
    if kind in ("catatan_rk_tanpa_iki", "bukan_catatan_tanpa_iki"):
        text = (
            "Sertifikat pelatihan pengelolaan persuratan"
            if kind == "catatan_rk_tanpa_iki"
            else ("Catatan keuangan kegiatan pameran pertanian yang tertib")
        )
        r = _rk(ws, r, 2, None, text, [], ("Sertifikat", "BKPSDM", "Akhir tahun"))
    if kind == "catatan_rk_tanpa_iki":
        ws.cell(r, RK, "Catatan: sertifikat dilampirkan pada akhir tahun")
        r += 1
    if kind == "catatan_bawah_bersih":
        for line in (
            "Catatan:",
            "1. Target mengikuti Rencana Kerja 2025",
            "2. Kategori penilaian disepakati dalam dialog kinerja",
        ):
            ws.cell(r, RK, line)
            r += 1
        ws.cell(r, IKI, "*) IKI mengacu pada Perjanjian Kinerja Sekretaris Dinas")
        r += 1
    _signature(ws, r + 1)
    return wb


KINDS = (
    "tambahan_petunjuk_bersih",
    "catatan_bawah_bersih",
    "catatan_antara_bersih",
    "catatan_rk_tanpa_iki",
    "bukan_catatan_tanpa_iki",
    "kop_satu_blok_bersih",
    "kop_satu_blok_jabatan_kosong",
    "atasan_kelompok_bersih",
    "atasan_kelompok_kosong",
)


def main() -> None:
    for kind in KINDS:
        build(kind).save(HERE / f"merah_ah_{kind}.xlsx")


if __name__ == "__main__":
    main()
