"""Set merah_az: probe tim merah (kotak putih) untuk formulir JA/JF Model Pengembangan secara utuh.

Sasaran: kolom kategori penilaian (3/4/5 tingkat, judul kelompok `STANDAR KINERJA`/`KATEGORI PENILAIAN`,
tingkat ditulis sebagai rentang `81 - 100`, `> 300`, `< 150`, `≥`, `s.d.`, kata `tidak ada`/`-` pada tingkat
yang tidak dipakai), Cara Memantau Kinerja (per RK digabung, per IKI, kolom penanggung jawab), lembar Lampiran
(dukungan sumber daya, skema pertanggungjawaban, konsekuensi), JF Model Pengembangan dengan Keterkaitan
SKP–AK, dan sheet Penilaian SKP Model Pengembangan (kolom kategori). Setiap berkas adalah satu SKP yang sah
(kerangka dari `merah_ah`, lembar Penilaian dari `merah_ak`, keduanya diimpor); kembaran bercacat menjaga
recall.

Pemakaian: ``python benchmarks/merah_az/buat.py [--keluaran DIR] [--harapan FILE]`` (deterministik).
"""

from __future__ import annotations

import copy
import importlib.util
import shutil
import subprocess
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from openpyxl.utils import column_index_from_string, get_column_letter
from openpyxl.utils.cell import coordinate_from_string

HERE = Path(__file__).resolve().parent
SEED = 20261210


def _load(name: str) -> Any:
    spec = importlib.util.spec_from_file_location(f"{name}_buat", HERE.parent / name / "buat.py")
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


# The SKP sheet is merah_ah's builder; the Penilaian sheet merah_ak's (SPEC §6 written out there).
_builder = _load("merah_ah")
_penilaian = _load("merah_ak")
base, Buku, COLS = _builder.base, _builder.Buku, _builder.COLS
PEN = _penilaian.PEN

Spec = dict[str, Any]
Defect = tuple[str, str | None, str | None]  # code, sheet (None: the SKP sheet), cell key or "=A1"
Probe = tuple[str, str, Callable[[Spec], None], list[Defect]]

TIGA = [c for c in COLS if c not in ("sk", "k")]  # CUKUP | BAIK | SANGAT BAIK
EMPAT = [c for c in COLS if c != "sk"]  # KURANG | CUKUP | BAIK | SANGAT BAIK


# ---------------------------------------------------------------- spec changes


def iki(n: int, k: int, row: list[Any], part: str = "rencana") -> Callable[[Spec], None]:
    """IKI ke-k RK ke-n diganti ``[aspek, iki, target, [sk, k, c, b, sb]]``."""

    def change(s: Spec) -> None:
        s[part][n - 1]["iki"][k - 1] = copy.deepcopy(row)

    return change


def kategori(n: int, k: int, levels: list[str]) -> Callable[[Spec], None]:
    def change(s: Spec) -> None:
        s["rencana"][n - 1]["iki"][k - 1][3] = list(levels)

    return change


def every_kategori(make: Callable[[list[str]], list[str]]) -> Callable[[Spec], None]:
    """Semua kategori (utama dan tambahan) ditulis ulang dengan ``make``."""

    def change(s: Spec) -> None:
        for part in ("rencana", "tambahan"):
            for item in s[part]:
                for row in item["iki"]:
                    row[3] = make(list(row[3]))

    return change


def pantau(n: int, values: list[Any]) -> Callable[[Spec], None]:
    def change(s: Spec) -> None:
        s["rencana"][n - 1]["pantau"] = list(values)

    return change


def pegawai(**values: str) -> Callable[[Spec], None]:
    def change(s: Spec) -> None:
        s["pegawai"].update(values)

    return change


def form(name: str) -> Callable[[Spec], None]:
    def change(s: Spec) -> None:
        s["form"] = name

    return change


def opsi(**o: Any) -> Callable[[Spec], None]:
    def change(s: Spec) -> None:
        s["o"].update(copy.deepcopy(o))

    return change


def mod(fn: Callable[[Any], None]) -> Callable[[Spec], None]:
    """Pengubah buku kerja (sesudah lembar SKP ditulis)."""

    def change(s: Spec) -> None:
        s["o"].setdefault("ubah", []).append(fn)

    return change


def pen(**values: Any) -> Callable[[Spec], None]:
    """Tambah lembar Penilaian merah_ak dengan pilihan ``values``."""

    def change(s: Spec) -> None:
        s.setdefault("pen", _penilaian.default_pen())
        for key, value in values.items():
            if isinstance(value, dict):
                s["pen"][key].update(value)
            else:
                s["pen"][key] = value
        hooks = s["o"].setdefault("ubah", [])
        if _penilaian.penilaian_sheet not in hooks:
            hooks.insert(0, _penilaian.penilaian_sheet)

    return change


def chain(*changes: Callable[[Spec], None]) -> Callable[[Spec], None]:
    def change(s: Spec) -> None:
        for c in changes:
            c(s)

    return change


# ---------------------------------------------------------------- workbook changes


def replace_text(old: str, new: str, sheet: str | None = None) -> Callable[[Any], None]:
    """Setiap sel berisi tepat ``old`` diganti ``new`` (semua lembar, atau satu lembar)."""

    def fn(book: Any) -> None:
        for ws in book.wb.worksheets:
            if sheet is not None and ws.title != sheet:
                continue
            for row in ws.iter_rows():
                for cell in row:
                    if cell.value == old:
                        cell.value = new

    return fn


def add_sheet(title: str, rows: list[list[Any]], merges: tuple[str, ...] = ()) -> Callable[[Any], None]:
    def fn(book: Any) -> None:
        ws = book.wb.create_sheet(title)
        for r, row in enumerate(rows, 1):
            for c, value in enumerate(row, 1):
                if value is not None:
                    ws.cell(r, c, value)
        for rng in merges:
            ws.merge_cells(rng)

    return fn


def below_table(rows: list[list[Any]], gap: int = 3) -> Callable[[Any], None]:
    """Baris ditulis di bawah isi lembar SKP (sesudah tanda tangan), mulai kolom A."""

    def fn(book: Any) -> None:
        ws = book.ws
        r0 = ws.max_row + gap
        for r, row in enumerate(rows):
            for c, value in enumerate(row, 1):
                if value is not None:
                    ws.cell(r0 + r, c, value)

    return fn


def pantau_column(label: str, values: list[str], in_group: bool) -> Callable[[Any], None]:
    """Isi kolom logis ``pj`` (disisipkan lewat ``urutan``) pada baris pertama setiap RK utama; bila
    ``in_group`` judulnya turun ke baris kedua dan judul kelompok CARA MEMANTAU KINERJA meliputinya."""

    def fn(book: Any) -> None:
        ws = book.ws
        col = book.col["pj"]
        for n, value in enumerate(values, 1):
            top = int(coordinate_from_string(book.cells[f"utama{n}.data"])[1])
            ws.cell(top, col, value)
        if not in_group:
            return
        head = next(c for row in ws.iter_rows(max_row=30) for c in row if c.value == "CARA MEMANTAU KINERJA")
        for rng in list(ws.merged_cells.ranges):
            if rng.min_row == head.row and (rng.min_col == col or rng.min_col == head.column):
                ws.unmerge_cells(str(rng))
        ws.cell(head.row, col).value = None
        ws.cell(head.row + 1, col, label)
        ws.merge_cells(start_row=head.row, start_column=head.column, end_row=head.row, end_column=col)

    return fn


def keterkaitan(rows: list[tuple[Any, str, str, str, Any]], tanggal: bool = True) -> Callable[[Any], None]:
    """Lembar Format Keterkaitan SKP dengan Angka Kredit (SPEC §3.7): kop pegawai/penilai, lalu
    ``(no, rencana kinerja, butir kegiatan, output, angka kredit)`` di bawah KINERJA UTAMA."""

    def fn(book: Any) -> None:
        spec = book.spec
        ws = book.wb.create_sheet("Keterkaitan AK")
        ws.cell(1, 1, "FORMAT KETERKAITAN SKP DENGAN ANGKA KREDIT")
        ws.cell(2, 1, "DINAS PERHUBUNGAN KABUPATEN LEMBAH HIJAU")
        ws.cell(3, 1, spec["periode"])
        if tanggal:
            ws.cell(4, 1, "TANGGAL PENGAJUAN")
            ws.cell(4, 3, "2 Januari 2025")
        ws.cell(5, 1, "NO")
        ws.cell(5, 2, "PEGAWAI YANG DINILAI")
        ws.cell(5, 4, "NO")
        ws.cell(5, 5, "PEJABAT PENILAI KINERJA")
        labels = ["NAMA", "NIP", "PANGKAT/GOL RUANG", "JABATAN", "UNIT KERJA"]
        for i, (key, label) in enumerate(
            zip(("nama", "nip", "pangkat", "jabatan", "unit"), labels, strict=True)
        ):
            ws.cell(6 + i, 1, i + 1)
            ws.cell(6 + i, 2, label)
            ws.cell(6 + i, 3, spec["pegawai"][key]).number_format = "@"
            ws.cell(6 + i, 4, i + 1)
            ws.cell(6 + i, 5, label)
            ws.cell(6 + i, 6, spec["penilai"][key]).number_format = "@"
        for c, label in enumerate(["NO", "RENCANA KINERJA", "BUTIR KEGIATAN", "OUTPUT", "ANGKA KREDIT"], 1):
            ws.cell(12, c, label)
        ws.cell(13, 1, "KINERJA UTAMA")
        r = 14
        for no, rk_text, butir, output, ak in rows:
            for c, value in enumerate((no, rk_text, butir, output, ak), 1):
                if value is not None:
                    ws.cell(r, c, value)
            book.cells[f"ak.{r - 13}"] = f"B{r}"
            r += 1

    return fn


def _header_top(book: Any) -> int:
    """Baris atas judul tabel: baris sel judul kolom RENCANA KINERJA."""
    col = book.col["rk"]
    return next(r for r in range(1, 40) if book.ws.cell(r, col).value == "RENCANA KINERJA")


def regroup(label: str, keys: tuple[str, ...]) -> Callable[[Any], None]:
    """Judul kelompok ``label`` di baris atas judul, digabung melintasi kolom logis ``keys`` yang ada; judul
    kolom-kolom itu turun ke baris kedua (kolom TARGET yang dipindah ke dalam kelompok juga)."""

    def fn(book: Any) -> None:
        ws, top = book.ws, _header_top(book)
        cols = sorted(book.col[k] for k in keys if k in book.col)
        c0, c1 = cols[0], cols[-1]
        for rng in list(ws.merged_cells.ranges):
            if rng.min_row <= top <= rng.max_row and rng.min_col <= c1 and rng.max_col >= c0:
                ws.unmerge_cells(str(rng))
        for c in range(c0, c1 + 1):
            if ws.cell(top, c).value is not None:
                ws.cell(top + 1, c).value = ws.cell(top, c).value
                ws.cell(top, c).value = None
        ws.cell(top, c0, label)
        if c1 > c0:
            ws.merge_cells(start_row=top, start_column=c0, end_row=top, end_column=c1)

    return fn


def unmerge_group(label: str) -> Callable[[Any], None]:
    """Judul kelompok ``label`` dibiarkan di sel pertamanya tanpa gabung (rata tengah lintas pilihan)."""

    def fn(book: Any) -> None:
        ws = book.ws
        for rng in list(ws.merged_cells.ranges):
            if ws.cell(rng.min_row, rng.min_col).value == label and rng.min_row == rng.max_row:
                ws.unmerge_cells(str(rng))

    return fn


def three_row_header(book: Any) -> None:
    """Judul tiga baris: kolom tunggal digabung melintasi ketiga baris, judul kelompok melintasi dua baris
    atas, judul tingkat/cara memantau di baris ketiga (perlu ``sela_judul`` dan ``nomor_kolom=None``)."""
    ws, top = book.ws, _header_top(book)
    ranges = [rng for rng in list(ws.merged_cells.ranges) if rng.min_row == top]
    for rng in ranges:
        ws.unmerge_cells(str(rng))
    for c in range(1, book.last + 1):
        if ws.cell(top + 1, c).value is not None:  # the labels under a group heading
            ws.cell(top + 2, c).value = ws.cell(top + 1, c).value
            ws.cell(top + 1, c).value = None
    for rng in ranges:
        if rng.max_row == top + 1:  # a single column over the two rows: over three now
            ws.merge_cells(start_row=top, start_column=rng.min_col, end_row=top + 2, end_column=rng.max_col)
        else:  # a group heading: over the two upper rows
            ws.merge_cells(start_row=top, start_column=rng.min_col, end_row=top + 1, end_column=rng.max_col)


def separate_pantau(
    on_sheet: str | None, skip: tuple[int, ...] = (), blank: tuple[int, int] | None = None
) -> Callable[[Any], None]:
    """Cara memantau dipindah ke tabel tersendiri ``NO | RENCANA KINERJA | DATA | SUMBER DATA | WAKTU
    PENGUMPULAN`` di bawah tanda tangan (``on_sheet`` None) atau di lembar ``on_sheet``; kolomnya di tabel
    utama (bila ada) dihapus isinya dan judulnya."""

    def fn(book: Any) -> None:
        ws = book.ws
        top = _header_top(book)
        rows = []
        for part, items in (("utama", book.spec["rencana"]), ("tambahan", book.spec["tambahan"])):
            for n, item in enumerate(items, 1):
                if part == "utama" and n in skip:
                    continue
                row = [n, item["rk"], *item["pantau"]]
                if blank is not None and part == "utama" and n == blank[0]:
                    row[blank[1]] = None
                rows.append(tuple(row))
        cols = sorted(book.col[k] for k in _builder.PANTAU if k in book.col)
        for rng in list(ws.merged_cells.ranges):
            if cols and rng.min_col >= cols[0] and rng.max_col <= cols[-1]:
                ws.unmerge_cells(str(rng))
        for r in range(top, ws.max_row + 1):
            for c in cols:
                ws.cell(r, c).value = None
        if on_sheet is None:
            target, r0 = ws, ws.max_row + 3
        else:
            target, r0 = book.wb.create_sheet(on_sheet), 1
        target.cell(r0, 1, "CARA MEMANTAU KINERJA")
        for c, text in enumerate(["NO", "RENCANA KINERJA", "DATA", "SUMBER DATA", "WAKTU PENGUMPULAN"], 1):
            target.cell(r0 + 1, c, text)
        for i, row in enumerate(rows):
            for c, value in enumerate(row, 1):
                target.cell(r0 + 2 + i, c, value)
            book.cells[f"pantau_tabel.{i + 1}"] = f"{get_column_letter(5)}{r0 + 2 + i}"

    return fn


def baik_formula(book: Any) -> None:
    """BAIK setiap IKI utama ditulis sebagai rumus yang merujuk sel TARGET-nya (``=F17``)."""
    target_col = get_column_letter(book.col["target"])
    for key, ref in list(book.cells.items()):
        if key.startswith("utama") and key.endswith(".b"):
            row = coordinate_from_string(ref)[1]
            book.ws[ref].value = f"={target_col}{row}"


def merge_ak_rk(book: Any) -> None:
    """Di lembar Keterkaitan AK, sel RENCANA KINERJA RK 1 digabung melintasi kedua baris butirnya."""
    ws = book.wb["Keterkaitan AK"]
    ws.merge_cells("B14:B15")
    ws.merge_cells("A14:A15")


def level_notes(notes: dict[str, str]) -> Callable[[Any], None]:
    """Baris keterangan di bawah judul tingkat (perlu ``sela_judul`` dan ``nomor_kolom=None``): mis.
    ``(sesuai target)`` di bawah BAIK."""

    def fn(book: Any) -> None:
        top = _header_top(book)
        for key, text in notes.items():
            book.ws.cell(top + 2, book.col[key], text)

    return fn


def _move_target_into_group(book: Any) -> None:
    """Urutan ``no … iki, target, k, c, sb``: kolom TARGET (berjudul BAIK) dipindah ke antara CUKUP dan
    SANGAT BAIK dengan menukar isi kolomnya, lalu kelompok KATEGORI PENILAIAN meliputi keempat kolom."""
    ws = book.ws
    t, c_col = book.col["target"], book.col["c"]
    top = _header_top(book)
    for rng in list(ws.merged_cells.ranges):
        if rng.min_row <= top + 1 and rng.max_row >= top and t <= rng.max_col and rng.min_col <= c_col:
            ws.unmerge_cells(str(rng))
    for r in range(top, ws.max_row + 1):
        values = [ws.cell(r, c).value for c in range(t, c_col + 1)]
        rotated = values[1:] + values[:1]  # k, c, target
        for c, value in zip(range(t, c_col + 1), rotated, strict=True):
            ws.cell(r, c).value = value
    for c in range(t, c_col + 1):
        if ws.cell(top, c).value is not None and ws.cell(top, c).value != "KATEGORI PENILAIAN":
            ws.cell(top + 1, c).value = ws.cell(top, c).value
            ws.cell(top, c).value = None
    for c in range(t, c_col + 1):  # the column-number row keeps its order
        ws.cell(top + 2, c).value = c
    ws.cell(top, t, "KATEGORI PENILAIAN")
    ws.merge_cells(start_row=top, start_column=t, end_row=top, end_column=book.col["sb"])


def penilaian_without_target(book: Any) -> None:
    """Sheet Penilaian berkolom kategori tanpa kolom TARGET: kolom TARGET dihapus (gabungan sel di kanannya
    bergeser), target tetap tertulis di kolom BAIK (lembar SKP tetap bertarget)."""
    ws = book.wb[PEN]
    col = next(c for c in range(1, ws.max_column + 1) if ws.cell(12, c).value == "TARGET")
    ranges = [(m.min_row, m.min_col, m.max_row, m.max_col) for m in ws.merged_cells.ranges]
    for r0, c0, r1, c1 in ranges:
        ws.unmerge_cells(start_row=r0, start_column=c0, end_row=r1, end_column=c1)
    ws.delete_cols(col)
    for r0, c0, r1, c1 in ranges:
        if c0 == c1 == col:
            continue
        c0, c1 = c0 - (c0 > col), c1 - (c1 >= col)
        if (r0, c0) != (r1, c1):
            ws.merge_cells(start_row=r0, start_column=c0, end_row=r1, end_column=c1)


# ---------------------------------------------------------------- fixed content

LAMPIRAN = [
    ["LAMPIRAN SASARAN KINERJA PEGAWAI"],
    ["PERIODE PENILAIAN: 1 JANUARI SD 31 DESEMBER 2025"],
    [],
    ["DUKUNGAN SUMBER DAYA"],
    [1, "Anggaran kegiatan penyusunan laporan keuangan pada DPA Sekretariat"],
    [2, "Aplikasi SIPD dan perangkat komputer yang memadai"],
    [3, "Dua orang staf pelaksana Subbagian Keuangan"],
    [],
    ["SKEMA PERTANGGUNGJAWABAN"],
    [1, "Laporan bulanan kepada Sekretaris Dinas setiap tanggal 10"],
    [2, "Laporan tahunan kepada Kepala Dinas paling lambat akhir Maret"],
    [],
    ["KONSEKUENSI"],
    [1, "Capaian di bawah target dibahas dalam dialog kinerja triwulanan"],
    [2, "Capaian di atas target menjadi pertimbangan pemberian penghargaan"],
]

JF_JABATAN = "Analis Keuangan Pusat dan Daerah Ahli Pertama"
AK_ROWS: list[tuple[Any, str, str, str, Any]] = [
    (
        1,
        "Laporan keuangan Dinas yang tersusun tepat waktu dan akurat",
        "Menyusun laporan keuangan bulanan",
        "Laporan",
        "0,150",
    ),
    (None, "", "Melakukan rekonsiliasi data keuangan", "Berita acara", "0,080"),
    (
        2,
        "Dokumen pelaksanaan anggaran yang tervalidasi",
        "Melakukan verifikasi dokumen anggaran",
        "Dokumen",
        "0,120",
    ),
    (
        3,
        "Usulan revisi anggaran yang diproses dengan cepat",
        "Menganalisis usulan revisi anggaran",
        "Laporan analisis",
        "0,100",
    ),
]


def _no_sk(levels: list[str]) -> list[str]:
    return ["tidak ada", "tidak ada", *levels[2:]] if levels[0] else levels


def _strip_unused(levels: list[str]) -> list[str]:
    return [v or "-" for v in levels]


# ---------------------------------------------------------------- probes


def probes() -> list[Probe]:
    """(nama, uraian, pengubah spesifikasi, cacat [(kode, lembar, kunci sel)])."""
    out: list[Probe] = []

    def add(name: str, about: str, *changes: Callable[[Spec], None], cacat: Any = ()) -> None:
        out.append((name, about, chain(*changes), list(cacat)))

    kategori_keys = tuple(_builder.KATEGORI)
    tiga = chain(opsi(urutan=TIGA), mod(regroup("KATEGORI PENILAIAN", kategori_keys)))
    empat = chain(opsi(urutan=EMPAT), mod(regroup("KATEGORI PENILAIAN", kategori_keys)))

    add("01-dasar", "garis dasar: SKP JA Model Pengembangan yang sah (kerangka merah_ah)")

    # --- judul kelompok kategori
    add(
        "02-standar-kinerja",
        "judul kelompok `STANDAR KINERJA` di atas kelima tingkat",
        mod(replace_text("KATEGORI PENILAIAN", "STANDAR KINERJA")),
    )
    add(
        "03-standar-kinerja-kategori",
        "judul kelompok `STANDAR KINERJA / KATEGORI PENILAIAN`",
        mod(replace_text("KATEGORI PENILAIAN", "STANDAR KINERJA / KATEGORI PENILAIAN")),
    )
    add(
        "04-kategori-penilaian-kinerja",
        "judul kelompok `KATEGORI PENILAIAN KINERJA` (tahap 6 SPEC §2.2)",
        mod(replace_text("KATEGORI PENILAIAN", "KATEGORI PENILAIAN KINERJA")),
    )
    add(
        "05-tingkat-berkurung",
        "judul tingkat `SANGAT KURANG (SK)` … `SANGAT BAIK (SB)`",
        opsi(
            judul={
                "sk": "SANGAT KURANG (SK)",
                "k": "KURANG (K)",
                "c": "CUKUP (C)",
                "b": "BAIK (B)",
                "sb": "SANGAT BAIK (SB)",
            }
        ),
    )

    # --- 3 dan 4 tingkat
    add("06-tiga-tingkat", "hanya kolom CUKUP | BAIK | SANGAT BAIK", tiga)
    add("07-empat-tingkat", "kolom KURANG | CUKUP | BAIK | SANGAT BAIK", empat)
    add(
        "08-tiga-tingkat-standar",
        "tiga tingkat di bawah judul `STANDAR KINERJA`",
        tiga,
        mod(replace_text("KATEGORI PENILAIAN", "STANDAR KINERJA")),
    )
    add(
        "09-lima-kolom-tidak-ada",
        "lima kolom, SANGAT KURANG dan KURANG berisi `tidak ada`",
        every_kategori(_no_sk),
    )
    add(
        "10-lima-kolom-strip",
        "lima kolom, tingkat yang tidak dipakai berisi `-` (Kinerja Tambahan)",
        every_kategori(_strip_unused),
    )

    # --- rentang dan contoh SPEC §3.3
    add(
        "11-contoh-300-dokumen",
        "contoh SPEC §3.3: target `300 dokumen`, CUKUP `< 150`, SANGAT BAIK `> 300`",
        tiga,
        iki(
            2,
            1,
            [
                "Kuantitas",
                "Jumlah dokumen anggaran yang diverifikasi",
                "300 dokumen",
                ["", "", "< 150", "300", "> 300"],
            ],
        ),
    )
    add(
        "12-contoh-10-bulan",
        "contoh SPEC §3.3: IKI waktu `10 bulan`, CUKUP `> 10`, SANGAT BAIK `< 10`",
        tiga,
        iki(
            1,
            3,
            [
                "Waktu",
                "Waktu penyelesaian laporan keuangan tahunan",
                "10 bulan",
                ["", "", "> 10", "10", "< 10"],
            ],
        ),
    )
    add(
        "13-rentang-81-100",
        "IKI nilai IKM bertarget `81 - 90`, tingkat `< 50`, `50 - 65`, `66 - 80`, `81 - 90`, `91 - 100`",
        iki(
            2,
            2,
            [
                "Kualitas",
                "Nilai indeks kepuasan pengguna layanan anggaran",
                "81 - 90",
                ["< 50", "50 - 65", "66 - 80", "81 - 90", "91 - 100"],
            ],
        ),
    )
    add(
        "14-rentang-sd",
        "tingkat dengan `s.d.` dan `≥`/`≤`: `≤ 7 laporan`, `8 s.d. 9 laporan`, "
        "`10 s.d. 11 laporan`, `12 laporan`, `≥ 13 laporan`",
        kategori(
            1, 1, ["≤ 7 laporan", "8 s.d. 9 laporan", "10 s.d. 11 laporan", "12 laporan", "≥ 13 laporan"]
        ),
    )
    add(
        "15-tanpa-spasi",
        "tingkat tanpa spasi `<8`, `8-9`, `10–11`, `12`, `>12`",
        kategori(1, 1, ["<8", "8-9", "10–11", "12", ">12"]),
    )
    add(
        "16-waktu-hari-kata",
        "IKI waktu `5 hari`: `lebih dari 8 hari`, `7 s.d. 8 hari`, `6 hari`, `5 hari`, `kurang dari 5 hari`",
        kategori(3, 2, ["lebih dari 8 hari", "7 s.d. 8 hari", "6 hari", "5 hari", "kurang dari 5 hari"]),
    )
    add(
        "17-persen-rentang-sd",
        "IKI kualitas `90 %`: `< 70 %`, `70 % s.d. 79 %`, `80 % s.d. 89 %`, `90 %`, `> 90 %`",
        kategori(1, 2, ["< 70 %", "70 % s.d. 79 %", "80 % s.d. 89 %", "90 %", "> 90 %"]),
    )
    add(
        "18-persen-capaian",
        "lima tingkat dalam persen capaian (`< 60 %` … `100 %`, `> 100 %`) di bawah target `12 laporan`",
        kategori(1, 1, ["< 60 %", "60 - 79 %", "80 - 99 %", "100 %", "> 100 %"]),
    )
    add(
        "19-empat-tingkat-ge",
        "empat tingkat, IKI kuantitas `4 dokumen`: `≤ 2`, `3`, `4`, `≥ 5 dokumen`",
        empat,
        kategori(2, 1, ["", "≤ 2 dokumen", "3 dokumen", "4 dokumen", "≥ 5 dokumen"]),
    )

    # --- cara memantau
    add(
        "20-pantau-per-iki",
        "cara memantau ditulis pada setiap baris IKI (tidak digabung)",
        opsi(pantau_per_iki=True),
    )
    add(
        "21-pantau-penanggung-jawab",
        "kolom keempat `PENANGGUNG JAWAB` di dalam kelompok CARA MEMANTAU KINERJA",
        opsi(urutan=[*COLS, "pj"], judul={"pj": "PENANGGUNG JAWAB"}),
        mod(pantau_column("PENANGGUNG JAWAB", ["Kasubbag Keuangan", "Kasubbag Program", "Bendahara"], True)),
    )
    add(
        "22-pantau-pengumpul",
        "kolom `PENGUMPUL DATA` di sebelah kanan kelompok CARA MEMANTAU KINERJA",
        opsi(urutan=[*COLS, "pj"], judul={"pj": "PENGUMPUL DATA"}),
        mod(pantau_column("PENGUMPUL DATA", ["Staf Keuangan", "Staf Program", "Staf Keuangan"], False)),
    )
    add(
        "23-pantau-waktu-kata",
        "WAKTU PENGUMPULAN `Januari s.d. Desember`, `Tiap triwulan (Maret, Juni, "
        "September, Desember)`, `5 hari kerja setelah usulan`",
        pantau(1, ["Laporan keuangan", "Aplikasi SIPD", "Januari s.d. Desember"]),
        pantau(2, ["Dokumen DPA", "Subbagian Program", "Tiap triwulan (Maret, Juni, September, Desember)"]),
        pantau(3, ["Surat usulan revisi", "Agenda surat", "5 hari kerja setelah usulan"]),
    )
    add(
        "24-pantau-satu-kolom-standar",
        "satu kolom `SUMBER DATA UNTUK PENGUKURAN` dan judul `STANDAR KINERJA`",
        opsi(
            urutan=[c for c in COLS if c not in ("data", "waktu")],
            judul={"sumber": "SUMBER DATA UNTUK PENGUKURAN"},
        ),
        mod(replace_text("KATEGORI PENILAIAN", "STANDAR KINERJA")),
    )

    # --- lampiran
    add(
        "25-lampiran-lembar",
        "lembar `Lampiran` (dukungan sumber daya, skema pertanggungjawaban, konsekuensi)",
        mod(add_sheet("Lampiran", LAMPIRAN)),
    )
    add(
        "26-lampiran-berkop",
        "lembar `LAMPIRAN SKP` dengan kop pegawai/penilai di atas ketiga bagian",
        mod(
            add_sheet(
                "LAMPIRAN SKP",
                [
                    LAMPIRAN[0],
                    LAMPIRAN[1],
                    [],
                    ["NO", "PEGAWAI YANG DINILAI", None, "NO", "PEJABAT PENILAI KINERJA"],
                    [1, "NAMA", "Dewi Lestari, S.E.", 1, "NAMA", "Drs. Bambang Sutrisno, M.Si."],
                    [2, "NIP", "199003152014022001", 2, "NIP", "197205201998031004"],
                    [],
                    *LAMPIRAN[3:],
                ],
            )
        ),
    )
    add(
        "27-lampiran-di-bawah",
        "lampiran (tiga bagian) di bawah tanda tangan pada lembar SKP",
        mod(below_table(LAMPIRAN[3:])),
    )

    # --- JF Model Pengembangan
    add(
        "28-jf-pengembangan",
        "JF Ahli Pertama Model Pengembangan dengan lembar Keterkaitan SKP–AK",
        form("jf-pengembangan"),
        pegawai(jabatan=JF_JABATAN),
        mod(keterkaitan(AK_ROWS)),
    )
    add(
        "29-jf-tiga-tingkat-standar",
        "JF Model Pengembangan, tiga tingkat di bawah `STANDAR KINERJA`, Keterkaitan tanpa TANGGAL PENGAJUAN",
        form("jf-pengembangan"),
        pegawai(jabatan=JF_JABATAN),
        tiga,
        mod(replace_text("KATEGORI PENILAIAN", "STANDAR KINERJA")),
        mod(keterkaitan(AK_ROWS, tanggal=False)),
    )
    add(
        "30-jf-lampiran",
        "JF Model Pengembangan dengan Keterkaitan dan lembar Lampiran",
        form("jf-pengembangan"),
        pegawai(jabatan=JF_JABATAN),
        mod(keterkaitan(AK_ROWS)),
        mod(add_sheet("Lampiran", LAMPIRAN)),
    )

    # --- Penilaian Model Pengembangan
    add(
        "31-penilaian-kategori",
        "Penilaian dengan kolom kategori di bawah `STANDAR KINERJA` (dua lembar)",
        pen(kolom_kategori=True),
        mod(replace_text("KATEGORI PENILAIAN", "STANDAR KINERJA")),
    )
    add(
        "32-penilaian-tiga-tingkat",
        "rencana tiga tingkat; Penilaian berkolom kategori, SK/K kosong",
        tiga,
        pen(kolom_kategori=True),
        every_kategori(lambda v: ["", "", *v[2:]]),
    )
    add(
        "33-penilaian-lampiran",
        "Penilaian berkolom kategori dan lembar Lampiran",
        pen(kolom_kategori=True),
        mod(add_sheet("Lampiran", LAMPIRAN)),
    )
    add(
        "34-penilaian-jf",
        "JF Model Pengembangan dengan Keterkaitan dan Penilaian berkolom kategori",
        form("jf-pengembangan"),
        pegawai(jabatan=JF_JABATAN),
        mod(keterkaitan(AK_ROWS)),
        pen(kolom_kategori=True),
    )

    # --- putaran 2: tata letak kategori dan cara memantau
    add(
        "35-baik-target-dalam-kelompok",
        "empat tingkat, kolom `BAIK (TARGET)` di dalam kelompok KATEGORI PENILAIAN, "
        "tanpa kolom TARGET tersendiri",
        opsi(
            urutan=[
                "no",
                "atasan",
                "rk",
                "aspek",
                "iki",
                "k",
                "c",
                "target",
                "sb",
                "data",
                "sumber",
                "waktu",
            ],
            judul={"target": "BAIK (TARGET)"},
        ),
        mod(regroup("KATEGORI PENILAIAN", ("k", "c", "target", "sb"))),
    )
    add(
        "36-tingkat-terbalik",
        "kolom kategori ditulis dari SANGAT BAIK ke SANGAT KURANG",
        opsi(
            urutan=[
                "no",
                "atasan",
                "rk",
                "aspek",
                "iki",
                "target",
                "sb",
                "b",
                "c",
                "k",
                "sk",
                "data",
                "sumber",
                "waktu",
            ]
        ),
    )
    add(
        "37-lebih-cepat-lambat",
        "IKI waktu `3 bulan`: SANGAT KURANG `lebih lambat dari 5 bulan`, SANGAT BAIK "
        "`lebih cepat dari 3 bulan`",
        kategori(
            1, 3, ["lebih lambat dari 5 bulan", "5 bulan", "4 bulan", "3 bulan", "lebih cepat dari 3 bulan"]
        ),
    )
    add(
        "38-judul-tiga-baris",
        "judul tabel tiga baris: judul kelompok digabung melintasi dua baris atas",
        opsi(sela_judul=True, nomor_kolom=None),
        mod(three_row_header),
    )
    add(
        "39-kelompok-tanpa-gabung",
        "judul kelompok KATEGORI PENILAIAN dan CARA MEMANTAU KINERJA tanpa sel gabung",
        mod(unmerge_group("KATEGORI PENILAIAN")),
        mod(unmerge_group("CARA MEMANTAU KINERJA")),
    )
    add(
        "40-pantau-tabel-bawah",
        "Cara Memantau Kinerja sebagai tabel tersendiri (NO | RENCANA KINERJA | DATA | "
        "SUMBER DATA | WAKTU PENGUMPULAN) di bawah tanda tangan; tabel utama tanpa kolom cara memantau",
        opsi(urutan=COLS[:11]),
        mod(separate_pantau(None)),
    )
    add(
        "41-pantau-lembar-sendiri",
        "Cara Memantau Kinerja sebagai tabel di lembar `Cara Memantau`",
        opsi(urutan=COLS[:11]),
        mod(separate_pantau("Cara Memantau")),
    )
    add(
        "42-penilaian-lintas-tingkat",
        "Penilaian berkolom kategori; realisasi jatuh di CUKUP (11 laporan), SANGAT "
        "BAIK (2 bulan, 7 usulan) menurut kolom kategori dan SPEC §6.2",
        pen(
            kolom_kategori=True,
            real={"utama1.1": ("11 laporan", 11), "utama1.3": ("2 bulan", 2), "utama3.1": ("7 usulan", 7)},
        ),
    )
    add(
        "43-target-100-sb-strip",
        "IKI `100 %` (sudah maksimum): SANGAT BAIK `-`",
        kategori(2, 2, ["< 75 %", "75 - 84 %", "85 - 99 %", "100 %", "-"]),
        iki(
            2,
            2,
            [
                "Kualitas",
                "Persentase DPA yang sesuai standar",
                "100 %",
                ["< 75 %", "75 - 84 %", "85 - 99 %", "100 %", "-"],
            ],
        ),
    )
    add(
        "50-kategori-baris-baru",
        "sel kategori berisi baris baru (Alt+Enter): `10 - 11⏎laporan`, `> 12⏎laporan`",
        kategori(
            1, 1, ["< 8\nlaporan", "8 - 9\nlaporan", "10 - 11\nlaporan", "12\nlaporan", "> 12\nlaporan"]
        ),
    )
    add(
        "51-kategori-spasi-keras",
        "sel kategori berspasi keras U+00A0 (salinan dari Word): `≥ 13 laporan`, `< 8 laporan`",
        kategori(
            1,
            1,
            [
                "<\u00a08 laporan",
                "8\u00a0-\u00a09 laporan",
                "10 - 11 laporan",
                "12 laporan",
                "≥\u00a013 laporan",
            ],
        ),
    )
    add(
        "52-lo-baik-rumus",
        "BAIK setiap IKI utama berupa rumus `=F17` yang merujuk TARGET, disimpan LibreOffice (bernilai)",
        mod(baik_formula),
    )
    add(
        "53-jf-ak-rk-gabung",
        "JF: di Keterkaitan AK, RK 1 dan NO digabung melintasi kedua baris butirnya",
        form("jf-pengembangan"),
        pegawai(jabatan=JF_JABATAN),
        mod(keterkaitan(AK_ROWS)),
        mod(merge_ak_rk),
    )
    add(
        "54-lampiran-tabel-per-rk",
        "lembar `Lampiran` berupa tabel per RK: NO | RENCANA KINERJA | DUKUNGAN SUMBER DAYA | SKEMA "
        "PERTANGGUNGJAWABAN | KONSEKUENSI",
        mod(
            add_sheet(
                "Lampiran",
                [
                    ["LAMPIRAN SASARAN KINERJA PEGAWAI"],
                    [
                        "NO",
                        "RENCANA KINERJA",
                        "DUKUNGAN SUMBER DAYA",
                        "SKEMA PERTANGGUNGJAWABAN",
                        "KONSEKUENSI",
                    ],
                    *[
                        [
                            n,
                            item["rk"],
                            "Anggaran DPA dan aplikasi SIPD",
                            "Laporan bulanan kepada atasan",
                            "Dibahas dalam dialog kinerja",
                        ]
                        for n, item in enumerate(_builder.RENCANA, 1)
                    ],
                ],
            )
        ),
    )
    add(
        "55-keterangan-tingkat",
        "judul tiga baris: di bawah judul tingkat keterangan `(tidak dapat diterima)`, `(sesuai target)`, "
        "`(melampaui target)`",
        opsi(sela_judul=True, nomor_kolom=None),
        mod(
            level_notes({"sk": "(tidak dapat diterima)", "b": "(sesuai target)", "sb": "(melampaui target)"})
        ),
    )
    add(
        "56-judul-satu-baris",
        "judul tabel satu baris: tingkat dan cara memantau sejajar judul lain, tanpa judul kelompok",
        opsi(judul_satu_baris=True),
    )
    add(
        "57-baik-tanpa-kolom-target",
        "empat tingkat tanpa kolom TARGET: target setiap IKI ditulis di kolom BAIK kelompok KATEGORI "
        "PENILAIAN (pedoman 8/2021: kategori baik mencantumkan target)",
        opsi(urutan=[c for c in COLS if c not in ("b", "sk")], judul={"target": "BAIK"}),
        mod(lambda book: _move_target_into_group(book)),
    )
    add(
        "58-baik-tanpa-target-penilaian",
        "probe 57 (target di kolom BAIK, tanpa kolom TARGET) dengan sheet Penilaian berkolom kategori",
        opsi(urutan=[c for c in COLS if c not in ("b", "sk")], judul={"target": "BAIK"}),
        mod(_move_target_into_group),
        pen(kolom_kategori=True),
    )
    add(
        "59-penilaian-tanpa-target",
        "Penilaian berkolom kategori tanpa kolom TARGET (target di kolom BAIK), lembar SKP biasa",
        pen(kolom_kategori=True),
        mod(penilaian_without_target),
    )
    add("44-lo-dasar", "garis dasar disimpan ulang lewat LibreOffice (xlsx)")
    add(
        "45-lo-tiga-tingkat-standar",
        "tiga tingkat di bawah `STANDAR KINERJA`, disimpan LibreOffice sebagai .xls",
        tiga,
        mod(replace_text("KATEGORI PENILAIAN", "STANDAR KINERJA")),
    )
    add(
        "46-lo-penilaian-jf",
        "JF dengan Keterkaitan dan Penilaian berkolom kategori, disimpan LibreOffice (xlsx)",
        form("jf-pengembangan"),
        pegawai(jabatan=JF_JABATAN),
        mod(keterkaitan(AK_ROWS)),
        pen(kolom_kategori=True),
    )

    rows_below: list[dict[str, Any]] = [{"no": "CARA MEMANTAU KINERJA"}] + [
        {
            "no": "NO",
            "atasan": "RENCANA KINERJA",
            "rk": "DATA",
            "aspek": "SUMBER DATA",
            "iki": "WAKTU PENGUMPULAN",
        }
    ]
    for n, item in enumerate(_builder.RENCANA + _builder.TAMBAHAN, 1):
        values = [n, item["rk"], *item["pantau"]]
        rows_below.append(dict(zip(("no", "atasan", "rk", "aspek", "iki"), values, strict=True)))
    add(
        "49-pantau-tabel-langsung",
        "tabel Cara Memantau Kinerja tersendiri langsung di bawah Kinerja Tambahan, sebelum tanda tangan",
        opsi(urutan=COLS[:11], sisip_bawah=[{}, *rows_below]),
    )
    add(
        "47-hanya-baik",
        "hanya BAIK (= target) diisi; tingkat lain dibiarkan untuk pengelola kinerja (Permen "
        "PANRB 8/2021: pegawai boleh hanya menyusun standar baik)",
        every_kategori(lambda v: ["", "", "", v[3], ""]),
    )
    add(
        "48-tingkat-berketerangan",
        "judul tingkat `SANGAT KURANG / TIDAK DAPAT DITERIMA`, `BAIK / SESUAI TARGET`, "
        "`SANGAT BAIK / MELAMPAUI TARGET`",
        opsi(
            judul={
                "sk": "SANGAT KURANG / TIDAK DAPAT DITERIMA",
                "b": "BAIK / SESUAI TARGET",
                "sb": "SANGAT BAIK / MELAMPAUI TARGET",
            }
        ),
    )

    # --- kembaran bercacat
    add(
        "80-cacat-standar-baik-kosong",
        "kembaran cacat: `STANDAR KINERJA`, BAIK IKI 1.2 kosong",
        mod(replace_text("KATEGORI PENILAIAN", "STANDAR KINERJA")),
        kategori(1, 2, ["< 70 %", "70 - 79 %", "80 - 89 %", "", "> 90 %"]),
        cacat=[("kategori-penilaian-kosong", None, "utama1.2.b")],
    )
    add(
        "81-cacat-tiga-tingkat-sb-target",
        "kembaran cacat: tiga tingkat, SANGAT BAIK `≥ 12 laporan` pada target `12 laporan`",
        tiga,
        kategori(1, 1, ["", "", "10 - 11 laporan", "12 laporan", "≥ 12 laporan"]),
        cacat=[("kategori-tidak-membedakan", None, "utama1.1.sb")],
    )
    add(
        "82-cacat-10-bulan-terbalik",
        "kembaran cacat: IKI waktu `10 bulan`, CUKUP `< 10`, SANGAT BAIK `> 10`",
        tiga,
        iki(
            1,
            3,
            [
                "Waktu",
                "Waktu penyelesaian laporan keuangan tahunan",
                "10 bulan",
                ["", "", "< 10", "10", "> 10"],
            ],
        ),
        cacat=[("kategori-tidak-berurutan", None, "utama1.3.c")],
    )
    add(
        "83-cacat-empat-cukup-mencakup",
        "kembaran cacat: empat tingkat, CUKUP `10 - 13 laporan` mencakup target `12 laporan`",
        empat,
        kategori(1, 1, ["", "< 10 laporan", "10 - 13 laporan", "12 laporan", "> 13 laporan"]),
        cacat=[("kategori-tidak-membedakan", None, "utama1.1.c")],
    )
    add(
        "84-cacat-pj-sumber-kosong",
        "kembaran cacat: kolom PENANGGUNG JAWAB, SUMBER DATA RK 2 kosong",
        opsi(urutan=[*COLS, "pj"], judul={"pj": "PENANGGUNG JAWAB"}),
        pantau(2, ["Dokumen DPA", "", "Triwulanan"]),
        mod(pantau_column("PENANGGUNG JAWAB", ["Kasubbag Keuangan", "Kasubbag Program", "Bendahara"], True)),
        cacat=[("cara-memantau-kosong", None, "utama2.sumber")],
    )
    add(
        "85-cacat-jf-rk-tanpa-butir",
        "kembaran cacat: JF Model Pengembangan, RK 3 tanpa butir kegiatan",
        form("jf-pengembangan"),
        pegawai(jabatan=JF_JABATAN),
        mod(keterkaitan(AK_ROWS[:3])),
        cacat=[("rk-tanpa-butir-kegiatan", None, "utama3.rk")],
    )
    add(
        "86-cacat-penilaian-capaian",
        "kembaran cacat: Penilaian `STANDAR KINERJA`, capaian IKI 1.1 `95 %`",
        pen(kolom_kategori=True, tulis={"utama1.1.capaian": "95 %"}),
        mod(replace_text("KATEGORI PENILAIAN", "STANDAR KINERJA")),
        cacat=[("capaian-tidak-sesuai", PEN, "pen.utama1.1.capaian")],
    )
    add(
        "87-cacat-lampiran-baik-strip",
        "kembaran cacat: lembar Lampiran; BAIK IKI 2.1 `-`",
        mod(add_sheet("Lampiran", LAMPIRAN)),
        kategori(2, 1, ["< 2 dokumen", "2 dokumen", "3 dokumen", "-", "> 4 dokumen"]),
        cacat=[("kategori-penilaian-kosong", None, "utama2.1.b")],
    )
    add(
        "88-cacat-rentang-sd-sb",
        "kembaran cacat: SANGAT BAIK `12 s.d. 14 laporan` mencakup target `12 laporan`",
        kategori(
            1,
            1,
            ["≤ 7 laporan", "8 s.d. 9 laporan", "10 s.d. 11 laporan", "12 laporan", "12 s.d. 14 laporan"],
        ),
        cacat=[("kategori-tidak-membedakan", None, "utama1.1.sb")],
    )
    add(
        "89-cacat-baik-target-sb-sama",
        "kembaran cacat 35: kolom `BAIK (TARGET)` dalam kelompok, SANGAT BAIK "
        "`≥ 12 laporan` sama dengan target",
        opsi(
            urutan=[
                "no",
                "atasan",
                "rk",
                "aspek",
                "iki",
                "k",
                "c",
                "target",
                "sb",
                "data",
                "sumber",
                "waktu",
            ],
            judul={"target": "BAIK (TARGET)"},
        ),
        mod(regroup("KATEGORI PENILAIAN", ("k", "c", "target", "sb"))),
        kategori(1, 1, ["", "< 10 laporan", "10 - 11 laporan", "", "≥ 12 laporan"]),
        cacat=[("kategori-tidak-membedakan", None, "=I17")],
    )
    add(
        "90-cacat-terbalik-cukup-mencakup",
        "kembaran cacat 36: tingkat ditulis terbalik, CUKUP `10 - 13 laporan` mencakup target `12 laporan`",
        opsi(
            urutan=[
                "no",
                "atasan",
                "rk",
                "aspek",
                "iki",
                "target",
                "sb",
                "b",
                "c",
                "k",
                "sk",
                "data",
                "sumber",
                "waktu",
            ]
        ),
        kategori(1, 1, ["< 8 laporan", "8 - 9 laporan", "10 - 13 laporan", "12 laporan", "> 13 laporan"]),
        cacat=[("kategori-tidak-membedakan", None, "=I17")],
    )
    add(
        "91-cacat-tiga-baris-baik-kosong",
        "kembaran cacat 38: judul tiga baris, BAIK IKI 2.2 kosong",
        opsi(sela_judul=True, nomor_kolom=None),
        mod(three_row_header),
        kategori(2, 2, ["< 75 %", "75 - 84 %", "85 - 94 %", "", "> 95 %"]),
        cacat=[("kategori-penilaian-kosong", None, "utama2.2.b")],
    )
    add(
        "92-cacat-hanya-baik-kosong",
        "kembaran cacat 47: hanya BAIK yang dipakai, BAIK IKI 3.1 kosong",
        every_kategori(lambda v: ["", "", "", v[3], ""]),
        kategori(3, 1, ["", "", "", "", ""]),
        cacat=[("kategori-penilaian-kosong", None, "utama3.1.b")],
    )
    add(
        "93-cacat-tanpa-gabung-waktu-kosong",
        "kembaran cacat 39: judul kelompok tanpa gabung, WAKTU PENGUMPULAN RK 3 kosong",
        mod(unmerge_group("KATEGORI PENILAIAN")),
        mod(unmerge_group("CARA MEMANTAU KINERJA")),
        pantau(3, ["Surat usulan revisi", "Agenda Subbagian Keuangan", ""]),
        cacat=[("cara-memantau-kosong", None, "utama3.waktu")],
    )
    add(
        "94-cacat-pantau-lembar-rk2-hilang",
        "kembaran cacat 41: lembar `Cara Memantau` tanpa baris RK 2",
        opsi(urutan=COLS[:11]),
        mod(separate_pantau("Cara Memantau", skip=(2,))),
        cacat=[("cara-memantau-kosong", None, "utama2.rk")],
    )
    add(
        "95-cacat-pantau-bawah-waktu-kosong",
        "kembaran cacat 40: tabel Cara Memantau di bawah tanda tangan, WAKTU PENGUMPULAN RK 1 kosong",
        opsi(urutan=COLS[:11]),
        mod(separate_pantau(None, blank=(1, 4))),
        cacat=[("cara-memantau-kosong", None, "pantau_tabel.1")],
    )
    add(
        "96-cacat-baris-baru-sb-target",
        "kembaran cacat 50: SANGAT BAIK `≥ 12⏎laporan` (baris baru) mencakup target `12 laporan`",
        kategori(
            1, 1, ["< 8\nlaporan", "8 - 9\nlaporan", "10 - 11\nlaporan", "12\nlaporan", "≥ 12\nlaporan"]
        ),
        cacat=[("kategori-tidak-membedakan", None, "utama1.1.sb")],
    )
    add(
        "97-cacat-spasi-keras-cukup",
        "kembaran cacat 51: CUKUP `10\u00a0-\u00a013 laporan` (spasi keras) mencakup target `12 laporan`",
        kategori(
            1,
            1,
            ["<\u00a08 laporan", "8 - 9 laporan", "10\u00a0-\u00a013 laporan", "12 laporan", "> 13 laporan"],
        ),
        cacat=[("kategori-tidak-membedakan", None, "utama1.1.c")],
    )
    add(
        "98-cacat-lo-baik-rumus-sb",
        "kembaran cacat 52: BAIK rumus `=F17`, SANGAT BAIK IKI 1.1 `12 laporan` = target (LibreOffice)",
        mod(baik_formula),
        kategori(1, 1, ["< 8 laporan", "8 - 9 laporan", "10 - 11 laporan", "12 laporan", "12 laporan"]),
        cacat=[("kategori-tidak-membedakan", None, "utama1.1.sb")],
    )
    add(
        "99-cacat-baik-tanpa-target-kosong",
        "kembaran cacat 57: tanpa kolom TARGET, BAIK IKI 2.2 kosong (IKI tanpa target)",
        opsi(urutan=[c for c in COLS if c not in ("b", "sk")], judul={"target": "BAIK"}),
        mod(_move_target_into_group),
        iki(
            2,
            2,
            [
                "Kualitas",
                "Persentase DPA yang sesuai standar",
                "",
                ["", "75 - 84 %", "85 - 94 %", "", "> 95 %"],
            ],
        ),
        cacat=[("iki-tanpa-target", None, "=H21")],
    )
    add(
        "100-cacat-penilaian-tanpa-target-capaian",
        "kembaran cacat 59: Penilaian tanpa kolom TARGET, capaian IKI 1.1 `95 %` (seharusnya 100 %)",
        pen(kolom_kategori=True, tulis={"utama1.1.capaian": "95 %"}),
        mod(penilaian_without_target),
        cacat=[("capaian-tidak-sesuai", PEN, "=L16")],
    )
    return out


LIBREOFFICE = {
    "44-lo-dasar": "xlsx",
    "45-lo-tiga-tingkat-standar": "xls",
    "46-lo-penilaian-jf": "xlsx",
    "52-lo-baik-rumus": "xlsx",
    "98-cacat-lo-baik-rumus-sb": "xlsx",
}


def _through_libreoffice(path: Path, ext: str) -> Path:
    """Buka dan simpan ulang ``path`` dengan LibreOffice headless sebagai ``ext``; kembalikan berkasnya."""
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(
            [
                "soffice",
                f"-env:UserInstallation=file://{tmp}/profil",
                "--headless",
                "--convert-to",
                ext,
                "--outdir",
                f"{tmp}/out",
                str(path),
            ],
            check=True,
            capture_output=True,
            timeout=180,
        )
        made = Path(tmp) / "out" / f"{path.stem}.{ext}"
        path.unlink()
        out = path.with_suffix(f".{ext}")
        shutil.copyfile(made, out)
    return out


def build(folder: Path, manifest: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for old in [*folder.glob("*.xlsx"), *folder.glob("*.xls")]:
        old.unlink()
    files = []
    for name, about, change, defects in probes():
        spec = base()
        change(spec)
        path = folder / f"{name}.xlsx"
        book = Buku(spec)
        cells = dict(book.save(path))
        if name in LIBREOFFICE:
            path = _through_libreoffice(path, LIBREOFFICE[name])
        for key in [k for k in cells if k.endswith(".b")]:  # the levels around BAIK
            col, row = coordinate_from_string(cells[key])
            c = column_index_from_string(col)
            for level, shift in (("sb", 1), ("c", -1)):
                if c + shift >= 1:
                    cells[key[:-2] + "." + level] = f"{get_column_letter(c + shift)}{row}"
        for key in [k for k in cells if k.endswith(".data")]:
            col, row = coordinate_from_string(cells[key])
            cells[key[:-5] + ".sumber"] = f"{get_column_letter(column_index_from_string(col) + 1)}{row}"
        out_defects = [
            {
                "code": code,
                "sheet": sheet or book.ws.title,
                "cell": key[1:] if key.startswith("=") else cells[key],
            }
            for code, sheet, key in defects
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
    _builder.write_manifest(manifest, "merah_az", SEED, files)


def main() -> None:
    _builder.run(build, HERE, __doc__)


if __name__ == "__main__":
    main()
