"""Set merah_am: probe tim merah (kotak putih) untuk pemeriksaan kata dan konsistensi rencana.

Sasaran: `rk-berbasis-aktivitas`, `rk-ganda`, `aspek-ganda`, `kategori-tidak-membedakan`,
`kategori-tidak-berurutan`, `target-rentang-terbalik`, `cara-memantau-kosong`, `satuan-tidak-sesuai-aspek`,
`rk-atasan-kosong`. Setiap berkas adalah satu SKP JA Model Pengembangan (kerangka dari `merah_ah`); setiap
probe mengubah isi RK, IKI, target, kategori, cara memantau atau RK atasan dengan tulisan yang sah dan wajar
(RK bentuk hasil yang diawali kata yang mirip kata kerja, huruf kapital, RK berawalan sama, IKI menurun,
target bulan, rentang rupiah, kategori biner, sel gabung lintas RK). Berkas bersih tidak boleh mendapat
error maupun peringatan. Kembaran bercacat menjaga recall.

Pemakaian: ``python benchmarks/merah_am/buat.py [--keluaran DIR] [--harapan FILE]`` (deterministik).
"""

from __future__ import annotations

import copy
import datetime as dt
import importlib.util
from collections.abc import Callable
from pathlib import Path
from typing import Any

from openpyxl.utils import column_index_from_string, get_column_letter
from openpyxl.utils.cell import coordinate_from_string

HERE = Path(__file__).resolve().parent
SEED = 20261209

# The workbook builder is merah_ah's (one SKP JA Model Pengembangan from a spec): this set changes the cell
# content and a few merges, not the builder.
_spec = importlib.util.spec_from_file_location("merah_ah_buat", HERE.parent / "merah_ah" / "buat.py")
_builder = importlib.util.module_from_spec(_spec)  # type: ignore[arg-type]
_spec.loader.exec_module(_builder)  # type: ignore[union-attr]
base, Buku = _builder.base, _builder.Buku

Probe = tuple[str, str, Callable[[dict[str, Any]], None], list[tuple[str, str | None]]]
Spec = dict[str, Any]


# ---------------------------------------------------------------- spec changes


def rk(n: int, text: str, part: str = "rencana") -> Callable[[Spec], None]:
    """RK ke-n (1-based) diganti ``text``."""

    def change(s: Spec) -> None:
        s[part][n - 1]["rk"] = text

    return change


def atasan(n: int, text: str | None) -> Callable[[Spec], None]:
    def change(s: Spec) -> None:
        s["rencana"][n - 1]["atasan"] = text

    return change


def iki(n: int, k: int, row: list[Any], part: str = "rencana") -> Callable[[Spec], None]:
    """IKI ke-k RK ke-n diganti ``[aspek, iki, target, [sk, k, c, b, sb]]``."""

    def change(s: Spec) -> None:
        s[part][n - 1]["iki"][k - 1] = copy.deepcopy(row)

    return change


def add_iki(n: int, row: list[Any]) -> Callable[[Spec], None]:
    def change(s: Spec) -> None:
        s["rencana"][n - 1]["iki"].append(copy.deepcopy(row))

    return change


def pantau(n: int, values: list[Any]) -> Callable[[Spec], None]:
    def change(s: Spec) -> None:
        s["rencana"][n - 1]["pantau"] = list(values)

    return change


def upper_all(s: Spec) -> None:
    """Seluruh isi tabel (RK atasan, RK, IKI) ditulis huruf kapital, seperti salinan dari naskah PK."""
    for part in ("rencana", "tambahan"):
        for item in s[part]:
            item["rk"] = item["rk"].upper()
            if item["atasan"]:
                item["atasan"] = item["atasan"].upper()
            for row in item["iki"]:
                row[1] = row[1].upper()


def title_all(s: Spec) -> None:
    """RK dan IKI ditulis Huruf Awal Kapital."""
    for part in ("rencana", "tambahan"):
        for item in s[part]:
            item["rk"] = item["rk"].title().replace("Dan ", "dan ")
            for row in item["iki"]:
                row[1] = row[1].title()


def rk_as_tambahan(n: int, iki_row: list[Any]) -> Callable[[Spec], None]:
    """RK utama ke-n ditulis lagi di Kinerja Tambahan dengan IKI lain."""

    def change(s: Spec) -> None:
        s["tambahan"].append(
            {
                "atasan": None,
                "rk": s["rencana"][n - 1]["rk"],
                "iki": [copy.deepcopy(iki_row)],
                "pantau": ["Laporan", "Sekretariat", "Akhir tahun"],
            }
        )

    return change


def chain(*changes: Callable[[Spec], None]) -> Callable[[Spec], None]:
    def change(s: Spec) -> None:
        for c in changes:
            c(s)

    return change


# ---------------------------------------------------------------- workbook changes


def _rows_of_rk(book: Buku, part: str, n: int) -> tuple[int, int]:
    """Baris pertama dan terakhir RK ke-n."""
    top = coordinate_from_string(book.cells[f"{part}{n}.rk"])[1]
    last = max(
        coordinate_from_string(v)[1]
        for k, v in book.cells.items()
        if k.startswith(f"{part}{n}.") and k.endswith(".iki")
    )
    return top, last


def merge_over(keys: tuple[str, ...], first: int, last: int, part: str = "utama") -> Callable[[Buku], None]:
    """Kolom ``keys`` digabung dari baris pertama RK ``first`` sampai baris terakhir RK ``last``: isinya
    tetap isi RK ``first``."""

    def mod(book: Buku) -> None:
        top, _ = _rows_of_rk(book, part, first)
        _, bottom = _rows_of_rk(book, part, last)
        for key in keys:
            c = book.col[key]
            for rng in [
                m for m in book.ws.merged_cells.ranges if m.min_col == c and top <= m.min_row <= bottom
            ]:
                book.ws.unmerge_cells(str(rng))
            for r in range(top + 1, bottom + 1):
                book.ws.cell(r, c).value = None
            book.ws.merge_cells(start_row=top, start_column=c, end_row=bottom, end_column=c)

    return mod


def unmerge_keep_top(keys: tuple[str, ...], n: int, part: str = "utama") -> Callable[[Buku], None]:
    """Kolom ``keys`` RK ke-n tidak digabung: isinya hanya di baris IKI pertama."""

    def mod(book: Buku) -> None:
        top, bottom = _rows_of_rk(book, part, n)
        for key in keys:
            c = book.col[key]
            for rng in [
                m for m in book.ws.merged_cells.ranges if m.min_col == c and top <= m.min_row <= bottom
            ]:
                book.ws.unmerge_cells(str(rng))

    return mod


def set_cell(key: str, value: Any, number_format: str | None = None) -> Callable[[Buku], None]:
    def mod(book: Buku) -> None:
        cell = book.ws[book.cells[key]]
        cell.value = value
        if number_format:
            cell.number_format = number_format

    return mod


def rk_repeat_variant(n: int, k: int, text: str) -> Callable[[Buku], None]:
    """RK diulang di setiap baris IKI (rk=ulang); pada baris IKI ke-k RK-nya ditulis ``text``."""

    def mod(book: Buku) -> None:
        r = coordinate_from_string(book.cells[f"utama{n}.{k}.iki"])[1]
        book.ws.cell(r, book.col["rk"]).value = text

    return mod


# ---------------------------------------------------------------- probes


def probes() -> list[Probe]:
    """(nama, uraian, pengubah spesifikasi, cacat [(kode, kunci sel)])."""
    out: list[Probe] = []

    def add(
        name: str, about: str, spek: Callable[[Spec], None] | None = None, cacat: Any = (), **o: Any
    ) -> None:
        def apply(s: Spec) -> None:
            s["o"].update(o)
            if spek:
                spek(s)

        out.append((name, about, apply, list(cacat)))

    add("01-dasar", "garis dasar: SKP JA Model Pengembangan yang sah (kerangka merah_ah)")

    # --- rk-berbasis-aktivitas: RK bentuk hasil
    add(
        "02-rk-terlaksananya",
        "RK `Terlaksananya rapat koordinasi …` dan `Tersusunnya laporan …`",
        chain(
            rk(1, "Tersusunnya laporan keuangan Dinas secara tepat waktu dan akurat"),
            rk(3, "Terlaksananya rapat koordinasi revisi anggaran setiap triwulan"),
        ),
    )
    add(
        "03-rk-meningkatnya-menurunnya",
        "RK `Meningkatnya …` dan `Menurunnya …`",
        chain(
            rk(1, "Meningkatnya kualitas laporan keuangan Dinas"),
            rk(3, "Menurunnya jumlah usulan revisi anggaran yang dikembalikan"),
        ),
    )
    add(
        "04-rk-dokumen-yang-disusun",
        "RK `Dokumen … yang disusun …` dan `Layanan … yang diberikan …`",
        chain(
            rk(2, "Dokumen pelaksanaan anggaran yang disusun sesuai ketentuan"),
            rk(3, "Layanan revisi anggaran yang diberikan tepat waktu"),
        ),
    )
    add(
        "05-rk-kapital",
        "seluruh RK atasan, RK dan IKI ditulis HURUF KAPITAL (disalin dari naskah PK)",
        upper_all,
    )
    add(
        "06-rk-judul",
        "RK dan IKI ditulis Huruf Awal Kapital (`Laporan Keuangan Dinas Yang Tersusun …`)",
        title_all,
    )
    add(
        "07-rk-di-nya",
        "RK `Diterimanya …` dan `Disetujuinya …` (pasif bentuk hasil)",
        chain(
            rk(1, "Diterimanya laporan keuangan Dinas oleh BPKAD tanpa koreksi"),
            rk(3, "Disetujuinya usulan revisi anggaran oleh TAPD"),
        ),
    )
    add(
        "08-rk-memorandum",
        "RK `Memorandum kesepahaman … yang ditandatangani` (kata benda serapan ber-me-)",
        rk(3, "Memorandum kesepahaman kerja sama pembiayaan yang ditandatangani"),
    )
    add(
        "09-rk-mentoring",
        "RK `Mentoring pegawai baru yang terlaksana sesuai jadwal` (kata benda proses "
        "serapan dengan penanda hasil)",
        rk(3, "Mentoring pengelola keuangan baru yang terlaksana sesuai jadwal"),
    )
    add(
        "10-rk-proses-dalam-waktu",
        "RK gaya PK `Penyelesaian usulan revisi anggaran dalam waktu 5 hari kerja`",
        rk(3, "Penyelesaian usulan revisi anggaran dalam waktu 5 hari kerja"),
    )
    add(
        "11-rk-proses-dengan-opini",
        "RK gaya PK `Pengelolaan keuangan Dinas dengan opini WTP`",
        rk(1, "Pengelolaan keuangan Dinas dengan opini WTP"),
    )
    add(
        "12-rk-pk-kapital-yang",
        "RK `PENGELOLAAN KEUANGAN YANG AKUNTABEL` (kapital, penanda hasil)",
        rk(1, "PENGELOLAAN KEUANGAN YANG AKUNTABEL DAN TRANSPARAN"),
    )

    # --- rk-ganda
    add(
        "20-rk-awalan-sama-objek",
        "dua RK berawalan panjang sama, objek berbeda (DPA induk / DPA perubahan)",
        chain(
            rk(2, "Dokumen pelaksanaan anggaran induk Dinas Perhubungan yang tervalidasi"),
            rk(3, "Dokumen pelaksanaan anggaran perubahan Dinas Perhubungan yang tervalidasi"),
        ),
    )
    add(
        "21-rk-awalan-sama-triwulan",
        "dua RK yang hanya berbeda triwulan (`… triwulan I …` / `… triwulan II …`)",
        chain(
            rk(2, "Laporan realisasi anggaran triwulan I yang tersusun tepat waktu"),
            rk(3, "Laporan realisasi anggaran triwulan II yang tersusun tepat waktu"),
        ),
    )
    add(
        "22-rk-awalan-sama-semester",
        "dua RK yang hanya berbeda angka semester (`semester 1` / `semester 2`)",
        chain(
            rk(2, "Laporan realisasi anggaran semester 1 yang tersusun tepat waktu"),
            rk(3, "Laporan realisasi anggaran semester 2 yang tersusun tepat waktu"),
        ),
    )
    add(
        "23-rk-ulang-spasi-beda",
        "RK diulang pada setiap baris IKI; salinan di baris kedua berspasi ganda dan berakhir titik",
        rk="ulang",
        ubah=[rk_repeat_variant(1, 2, "Laporan keuangan Dinas  yang tersusun tepat waktu dan akurat.")],
    )
    add(
        "24-rk-ulang-kapital-beda",
        "RK diulang pada setiap baris IKI; salinan di baris ketiga HURUF KAPITAL",
        rk="ulang",
        ubah=[rk_repeat_variant(1, 3, "LAPORAN KEUANGAN DINAS YANG TERSUSUN TEPAT WAKTU DAN AKURAT")],
    )

    # --- aspek-ganda
    add(
        "30-aspek-pp46-kata",
        "aspek `Kuantitas/Output`, `Kualitas/Mutu`, `Waktu (bulan)` di satu RK",
        chain(
            iki(
                1,
                1,
                [
                    "Kuantitas/Output",
                    "Jumlah laporan keuangan bulanan yang tersusun",
                    "12 laporan",
                    ["< 8 laporan", "8 - 9 laporan", "10 - 11 laporan", "12 laporan", "> 12 laporan"],
                ],
            ),
            iki(
                1,
                2,
                [
                    "Kualitas/Mutu",
                    "Persentase laporan keuangan tanpa koreksi",
                    "90 %",
                    ["< 70 %", "70 - 79 %", "80 - 89 %", "90 %", "> 90 %"],
                ],
            ),
            iki(
                1,
                3,
                [
                    "Waktu (bulan)",
                    "Waktu penyampaian laporan keuangan tahunan",
                    "3 bulan",
                    ["> 5 bulan", "5 bulan", "4 bulan", "3 bulan", "< 3 bulan"],
                ],
            ),
        ),
    )
    add(
        "31-atasan-gabung-dua-rk",
        "RK atasan yang sama digabung (merge) melintasi baris RK 2 dan RK 3",
        ubah=[merge_over(("atasan",), 2, 3)],
    )
    add(
        "32-atasan-gabung-semua",
        "satu RK atasan digabung melintasi ketiga RK Kinerja Utama",
        chain(
            atasan(2, "Meningkatnya akuntabilitas pengelolaan keuangan Dinas Perhubungan"),
            atasan(3, "Meningkatnya akuntabilitas pengelolaan keuangan Dinas Perhubungan"),
        ),
        ubah=[merge_over(("atasan",), 1, 3)],
    )

    # --- kategori
    add(
        "40-kategori-kasus-menurun",
        "IKI kualitas menurun `Jumlah SPJ yang dikembalikan` bertarget `≤ 5 SPJ`; "
        "BAIK `≤ 5 SPJ`, SANGAT BAIK `≤ 3 SPJ`, CUKUP `6 - 7 SPJ`",
        iki(
            1,
            2,
            [
                "Kualitas",
                "Jumlah SPJ yang dikembalikan karena tidak lengkap",
                "≤ 5 SPJ",
                ["> 10 SPJ", "8 - 10 SPJ", "6 - 7 SPJ", "≤ 5 SPJ", "≤ 3 SPJ"],
            ],
        ),
    )
    add(
        "41-kategori-kasus-maksimal",
        "IKI kualitas menurun bertarget `maksimal 5 temuan`, kategori `> 10` … `< 3 temuan`",
        iki(
            1,
            2,
            [
                "Kualitas",
                "Jumlah temuan pemeriksaan atas laporan keuangan",
                "maksimal 5 temuan",
                ["> 10 temuan", "8 - 10 temuan", "6 - 7 temuan", "maksimal 5 temuan", "< 3 temuan"],
            ],
        ),
    )
    add(
        "42-kategori-bulan-desember",
        "IKI waktu bertarget `Desember`; kategori berupa nama bulan",
        iki(
            1,
            3,
            [
                "Waktu",
                "Waktu penyampaian laporan keuangan tahunan",
                "Desember",
                ["Maret 2026", "Februari 2026", "Januari 2026", "Desember", "November"],
            ],
        ),
    )
    add(
        "43-kategori-bulan-oktober",
        "IKI waktu bertarget `Oktober`; SANGAT BAIK `September`, CUKUP `November`",
        iki(
            1,
            3,
            [
                "Waktu",
                "Waktu penyampaian laporan keuangan tahunan",
                "Oktober",
                ["", "Desember", "November", "Oktober", "September"],
            ],
        ),
    )
    add(
        "44-target-rentang-persen",
        "target rentang `80-90 %` dengan kategori `< 60 %` … `> 90 %`",
        iki(
            1,
            2,
            [
                "Kualitas",
                "Persentase laporan keuangan tanpa koreksi",
                "80-90 %",
                ["< 60 %", "60 - 69 %", "70 - 79 %", "80-90 %", "> 90 %"],
            ],
        ),
    )
    add(
        "45-target-rentang-rupiah",
        "IKI biaya bertarget `Rp 1,5 M - Rp 2 M`, kategori menurun dalam rupiah",
        add_iki(
            2,
            [
                "Biaya",
                "Biaya penyusunan DPA",
                "Rp 1,5 M - Rp 2 M",
                [
                    "> Rp 2,5 M",
                    "Rp 2,3 M - Rp 2,5 M",
                    "Rp 2,1 M - Rp 2,3 M",
                    "Rp 1,5 M - Rp 2 M",
                    "< Rp 1,5 M",
                ],
            ],
        ),
    )
    add(
        "46-kategori-biner",
        "IKI biner bertarget `1 dokumen`; kategori `Tidak ada` / `Ada`",
        iki(
            2,
            1,
            [
                "Kuantitas",
                "Jumlah DPA yang tervalidasi",
                "1 dokumen",
                ["Tidak ada", "Tidak ada", "Tidak ada", "Ada", "Ada"],
            ],
        ),
    )
    add(
        "47-rupiah-tanpa-spasi",
        "IKI biaya bertarget `Rp 1,5 M`, BAIK ditulis `Rp1,5M` (tanpa spasi)",
        add_iki(
            2,
            [
                "Biaya",
                "Biaya penyusunan DPA",
                "Rp 1,5 M",
                ["> Rp2,5M", "Rp2,1M - Rp2,5M", "Rp1,6M - Rp2M", "Rp1,5M", "< Rp1,5M"],
            ],
        ),
    )
    add(
        "48-target-rentang-sd",
        "target `10 s.d. 12 laporan`, BAIK `10 s.d. 12 laporan`",
        iki(
            1,
            1,
            [
                "Kuantitas",
                "Jumlah laporan keuangan bulanan yang tersusun",
                "10 s.d. 12 laporan",
                ["< 6 laporan", "6 - 7 laporan", "8 - 9 laporan", "10 s.d. 12 laporan", "> 12 laporan"],
            ],
        ),
    )
    add(
        "49-kategori-waktu-minggu-ke",
        "IKI waktu bertarget `minggu ke-2`, kategori `minggu ke-1` … `minggu ke-4`",
        iki(
            1,
            3,
            [
                "Waktu",
                "Waktu penyampaian laporan keuangan bulanan",
                "minggu ke-2",
                ["> minggu ke-4", "minggu ke-4", "minggu ke-3", "minggu ke-2", "minggu ke-1"],
            ],
        ),
    )

    # --- cara memantau
    add(
        "50-pantau-gabung-semua-rk",
        "DATA, SUMBER DATA dan WAKTU PENGUMPULAN satu sel gabung untuk ketiga RK",
        ubah=[merge_over(("data", "sumber", "waktu"), 1, 3)],
    )
    add(
        "51-pantau-gabung-dua-rk",
        "cara memantau RK 2 dan RK 3 satu sel gabung (data yang sama)",
        ubah=[merge_over(("data", "sumber", "waktu"), 2, 3)],
    )
    add(
        "52-pantau-sekali-tanpa-gabung",
        "cara memantau ditulis sekali per RK di baris IKI pertama, tanpa gabung",
        ubah=[
            unmerge_keep_top(("data", "sumber", "waktu"), 1),
            unmerge_keep_top(("data", "sumber", "waktu"), 2),
        ],
    )
    add(
        "53-pantau-tanggal",
        "WAKTU PENGUMPULAN berupa tanggal (sel tanggal Excel)",
        ubah=[set_cell("utama1.waktu", dt.datetime(2025, 12, 31), "dd/mm/yyyy")],
    )

    # --- satuan
    add(
        "60-waktu-hari-kerja",
        "IKI waktu bertarget `5 hari kerja` dan `3 HK`",
        chain(
            iki(
                3,
                2,
                [
                    "Waktu",
                    "Waktu pemrosesan usulan revisi",
                    "5 hari kerja",
                    ["> 8 hari kerja", "7 - 8 hari kerja", "6 hari kerja", "5 hari kerja", "< 5 hari kerja"],
                ],
            ),
            iki(
                1,
                3,
                ["Waktu", "Waktu verifikasi SPJ", "3 HK", ["> 6 HK", "5 - 6 HK", "4 HK", "3 HK", "< 3 HK"]],
            ),
        ),
    )
    add(
        "61-kualitas-satuan-kata",
        "IKI kualitas bertarget `95 % akurasi`, `nilai 85` dan `indeks 3,5`",
        chain(
            iki(
                1,
                2,
                [
                    "Kualitas",
                    "Tingkat akurasi laporan keuangan",
                    "95 % akurasi",
                    [
                        "< 75 % akurasi",
                        "75 - 84 % akurasi",
                        "85 - 94 % akurasi",
                        "95 % akurasi",
                        "> 95 % akurasi",
                    ],
                ],
            ),
            iki(
                2,
                2,
                [
                    "Kualitas",
                    "Nilai hasil reviu DPA oleh Inspektorat",
                    "nilai 85",
                    ["< 60", "60 - 69", "70 - 84", "nilai 85", "> 85"],
                ],
            ),
            add_iki(
                3,
                [
                    "Kualitas",
                    "Indeks kepuasan pengguna layanan revisi anggaran",
                    "indeks 3,5",
                    ["< 2,5", "2,5 - 2,9", "3,0 - 3,4", "indeks 3,5", "> 3,5"],
                ],
            ),
        ),
    )
    add(
        "62-waktu-tanggal",
        "IKI waktu bertarget `tanggal 10 setiap bulan`",
        iki(
            1,
            3,
            [
                "Waktu",
                "Waktu penyampaian laporan keuangan bulanan",
                "tanggal 10 setiap bulan",
                ["", "> tanggal 15", "tanggal 11 - 15", "tanggal 10", "< tanggal 10"],
            ],
        ),
    )
    add(
        "63-waktu-triwulan",
        "IKI waktu bertarget `Triwulan IV` dengan kategori triwulan",
        iki(
            1,
            3,
            [
                "Waktu",
                "Waktu penyampaian laporan keuangan tahunan",
                "Triwulan IV",
                ["", "", "Melewati Triwulan IV", "Triwulan IV", "Triwulan III"],
            ],
        ),
    )
    add(
        "64-waktu-1x24-jam",
        "IKI waktu bertarget `1x24 jam`",
        iki(
            3,
            2,
            [
                "Waktu",
                "Waktu pemrosesan usulan revisi",
                "1x24 jam",
                ["> 72 jam", "49 - 72 jam", "25 - 48 jam", "1x24 jam", "< 24 jam"],
            ],
        ),
    )
    add(
        "65-biaya-juta",
        "IKI biaya bertarget `Rp 250 jt`",
        add_iki(
            2,
            [
                "Biaya",
                "Biaya penyusunan DPA",
                "Rp 250 jt",
                ["> Rp 300 jt", "Rp 276 - 300 jt", "Rp 251 - 275 jt", "Rp 250 jt", "< Rp 250 jt"],
            ],
        ),
    )
    add(
        "66-waktu-rentang-bulan",
        "IKI waktu bertarget rentang `2 - 3 bulan`",
        iki(
            1,
            3,
            [
                "Waktu",
                "Waktu penyampaian laporan keuangan tahunan",
                "2 - 3 bulan",
                ["> 5 bulan", "5 bulan", "4 bulan", "2 - 3 bulan", "< 2 bulan"],
            ],
        ),
    )

    # --- putaran kedua (ditambah sesudah perbaikan pertama)
    add(
        "13-rk-nomor-desimal",
        "RK diawali nomor `1.1` dan `a.` (`1.1 Tersusunnya …`, `a. Menurunnya …`)",
        chain(
            rk(1, "1.1 Tersusunnya laporan keuangan Dinas secara tepat waktu"),
            rk(3, "a. Menurunnya jumlah usulan revisi anggaran yang dikembalikan"),
        ),
    )
    add(
        "14-rk-kapital-standar-pk",
        "RK `PENYELESAIAN USULAN REVISI ANGGARAN DALAM WAKTU 5 HARI KERJA` (kapital, standar terukur)",
        rk(3, "PENYELESAIAN USULAN REVISI ANGGARAN DALAM WAKTU 5 HARI KERJA"),
    )
    add(
        "54-pantau-satu-kolom",
        "cara memantau hanya satu kolom `SUMBER DATA UNTUK PENGUKURAN`",
        urutan=_builder.COLS[:11] + ["sumber"],
        judul={"sumber": "SUMBER DATA UNTUK PENGUKURAN"},
    )
    add(
        "70-kategori-baik-batas-atas-target-polos",
        "IKI kualitas menurun bertarget `5 SPJ`; BAIK `≤ 5 SPJ`, SANGAT BAIK `≤ 3 SPJ`",
        iki(
            1,
            2,
            [
                "Kualitas",
                "Jumlah SPJ yang dikembalikan karena tidak lengkap",
                "5 SPJ",
                ["> 10 SPJ", "8 - 10 SPJ", "6 - 7 SPJ", "≤ 5 SPJ", "≤ 3 SPJ"],
            ],
        ),
    )
    add(
        "71-kategori-baik-batas-bawah",
        "IKI kuantitas bertarget `12 laporan`; BAIK `≥ 12 laporan`, SANGAT BAIK `> 12 laporan`",
        iki(
            1,
            1,
            [
                "Kuantitas",
                "Jumlah laporan keuangan bulanan yang tersusun",
                "12 laporan",
                ["< 8 laporan", "8 - 9 laporan", "10 - 11 laporan", "≥ 12 laporan", "> 12 laporan"],
            ],
        ),
    )
    add(
        "72-waktu-paling-lambat",
        "IKI waktu bertarget `paling lambat 10 hari kerja`",
        iki(
            3,
            2,
            [
                "Waktu",
                "Waktu pemrosesan usulan revisi",
                "paling lambat 10 hari kerja",
                [
                    "> 15 hari kerja",
                    "13 - 15 hari kerja",
                    "11 - 12 hari kerja",
                    "10 hari kerja",
                    "< 10 hari kerja",
                ],
            ],
        ),
    )
    add(
        "73-biaya-rupiah-lengkap",
        "IKI biaya bertarget `Rp 250.000.000,-` dengan kategori rupiah lengkap",
        add_iki(
            2,
            [
                "Biaya",
                "Biaya penyusunan DPA",
                "Rp 250.000.000,-",
                [
                    "> Rp 300.000.000",
                    "Rp 275.000.001 - Rp 300.000.000",
                    "Rp 250.000.001 - Rp 275.000.000",
                    "Rp 250.000.000,-",
                    "< Rp 250.000.000",
                ],
            ],
        ),
    )
    # --- kembaran bercacat
    add(
        "90-cacat-menyusun",
        "kembaran cacat: RK `Menyusun laporan keuangan bulanan`",
        rk(1, "Menyusun laporan keuangan bulanan"),
        cacat=[("rk-berbasis-aktivitas", "utama1.rk")],
    )
    add(
        "91-cacat-penyusunan-kapital",
        "kembaran cacat: RK `PENYUSUNAN LAPORAN KEUANGAN DINAS` (kapital)",
        rk(1, "PENYUSUNAN LAPORAN KEUANGAN DINAS"),
        cacat=[("rk-berbasis-aktivitas", "utama1.rk")],
    )
    add(
        "92-cacat-mentoring-tanpa-hasil",
        "kembaran cacat: RK `Mentoring pengelola keuangan baru` tanpa penanda",
        rk(3, "Mentoring pengelola keuangan baru"),
        cacat=[("rk-berbasis-aktivitas", "utama3.rk")],
    )
    add(
        "93-cacat-rk-ganda-kapital",
        "kembaran cacat: RK 3 sama dengan RK 2, ditulis kapital",
        rk(3, "DOKUMEN PELAKSANAAN ANGGARAN YANG TERVALIDASI"),
        cacat=[("rk-ganda", "utama3.rk")],
    )
    add(
        "94-cacat-rk-utama-di-tambahan",
        "kembaran cacat: RK utama 1 ditulis lagi di Kinerja Tambahan dengan IKI "
        "lain (SPEC §7: RK yang sama dua kali dalam satu SKP)",
        rk_as_tambahan(
            1,
            [
                "Kuantitas",
                "Jumlah laporan keuangan semesteran",
                "2 laporan",
                ["", "", "1 laporan", "2 laporan", "> 2 laporan"],
            ],
        ),
        cacat=[("rk-ganda", "tambahan2.rk")],
    )
    add(
        "95-cacat-aspek-ganda",
        "kembaran cacat: dua IKI Kuantitas di RK 2",
        iki(
            2,
            2,
            [
                "Kuantitas",
                "Jumlah DPA perubahan yang tervalidasi",
                "2 dokumen",
                ["", "", "1 dokumen", "2 dokumen", "> 2 dokumen"],
            ],
        ),
        cacat=[("aspek-ganda", "utama2.2.aspek")],
    )
    add(
        "96-cacat-kategori-naik-pada-menurun",
        "kembaran cacat: IKI `≤ 5 SPJ` dengan SANGAT BAIK `≤ 5 SPJ`",
        iki(
            1,
            2,
            [
                "Kualitas",
                "Jumlah SPJ yang dikembalikan karena tidak lengkap",
                "≤ 5 SPJ",
                ["> 10 SPJ", "8 - 10 SPJ", "6 - 7 SPJ", "≤ 5 SPJ", "≤ 5 SPJ"],
            ],
        ),
        cacat=[("kategori-tidak-membedakan", "utama1.2.sb")],
    )
    add(
        "97-cacat-kategori-kasus-naik",
        "kembaran cacat: IKI menurun `≤ 5 SPJ`, CUKUP `3 - 4 SPJ` dan SANGAT "
        "BAIK `> 8 SPJ` (urutan terbalik)",
        iki(
            1,
            2,
            [
                "Kualitas",
                "Jumlah SPJ yang dikembalikan karena tidak lengkap",
                "≤ 5 SPJ",
                ["< 1 SPJ", "1 - 2 SPJ", "3 - 4 SPJ", "≤ 5 SPJ", "> 8 SPJ"],
            ],
        ),
        cacat=[("kategori-tidak-berurutan", None)],
    )
    add(
        "98-cacat-rentang-terbalik",
        "kembaran cacat: target `100 - 95 %` (min > maks)",
        iki(
            1,
            2,
            [
                "Kualitas",
                "Persentase laporan keuangan tanpa koreksi",
                "100 - 95 %",
                ["< 70 %", "70 - 79 %", "80 - 94 %", "95 - 100 %", ""],
            ],
        ),
        cacat=[("target-rentang-terbalik", "utama1.2.target")],
    )
    add(
        "99-cacat-rentang-terbalik-menurun",
        "kembaran cacat: IKI menurun bertarget `90 % s.d. 80 %` (SPEC §5: rentang ditulis `min – maks`)",
        iki(
            1,
            2,
            [
                "Kualitas",
                "Persentase kesalahan input data SPJ",
                "90 % s.d. 80 %",
                ["", "", "", "80 - 90 %", ""],
            ],
        ),
        cacat=[("target-rentang-terbalik", "utama1.2.target")],
    )
    add(
        "100-cacat-pantau-kosong",
        "kembaran cacat: WAKTU PENGUMPULAN RK 2 kosong",
        pantau(2, ["Dokumen DPA", "Subbagian Program", None]),
        cacat=[("cara-memantau-kosong", "utama2.waktu")],
    )
    add(
        "101-cacat-pantau-gabung-rk3-kosong",
        "kembaran cacat: cara memantau RK 1-2 digabung, RK 3 kosong",
        pantau(3, [None, None, None]),
        ubah=[merge_over(("data", "sumber", "waktu"), 1, 2)],
        cacat=[("cara-memantau-kosong", "utama3.data")],
    )
    add(
        "102-cacat-waktu-dokumen",
        "kembaran cacat: IKI waktu bertarget `12 dokumen`",
        iki(
            1,
            3,
            [
                "Waktu",
                "Waktu penyampaian laporan keuangan",
                "12 dokumen",
                ["", "", "13 - 14 dokumen", "12 dokumen", "< 12 dokumen"],
            ],
        ),
        cacat=[("satuan-tidak-sesuai-aspek", "utama1.3.target")],
    )
    add(
        "103-cacat-atasan-gabung-rk3-kosong",
        "kembaran cacat: RK atasan RK 1-2 digabung, RK 3 tanpa RK atasan",
        atasan(3, None),
        ubah=[merge_over(("atasan",), 1, 2)],
        cacat=[("rk-atasan-kosong", "utama3.atasan")],
    )
    add(
        "104-cacat-biaya-dokumen",
        "kembaran cacat: IKI biaya bertarget `4 dokumen`",
        add_iki(
            2, ["Biaya", "Biaya penyusunan DPA", "4 dokumen", ["", "", "5 dokumen", "4 dokumen", "3 dokumen"]]
        ),
        cacat=[("satuan-tidak-sesuai-aspek", "utama2.3.target")],
    )
    return out


def build(folder: Path, manifest: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.glob("*.xlsx"):
        old.unlink()
    files = []
    for name, about, change, defects in probes():
        spec = base()
        change(spec)
        path = folder / f"{name}.xlsx"
        book = Buku(spec)
        cells = dict(book.save(path))
        for key in [k for k in cells if k.endswith(".b")]:  # SANGAT BAIK sits right of BAIK
            col, row = coordinate_from_string(cells[key])
            cells[key[:-2] + ".sb"] = f"{get_column_letter(column_index_from_string(col) + 1)}{row}"
        out_defects = [
            {"code": code, "sheet": book.ws.title if key else None, "cell": cells.get(key) if key else None}
            for code, key in defects
        ]
        files.append(
            {
                "file": path.name,
                "form": spec["form"],
                "clean": not defects,
                "defects": out_defects,
                "uraian": about,
            }
        )
    _builder.write_manifest(manifest, "merah_am", SEED, files)


def main() -> None:
    _builder.run(build, HERE, __doc__)


if __name__ == "__main__":
    main()
