"""Set merah_aj: probe tim merah (kotak putih) untuk putusan seluruh berkas dan kop SKP 8/2021.

Setiap berkas adalah satu SKP JA Model Pengembangan yang sah; setiap probe mengubah satu hal yang wajar
pada kop atau menambah lembar pendamping (petunjuk, perilaku, salinan PP 46 tahun lalu). Berkas bersih
tidak boleh mendapat error maupun peringatan; kembaran bercacat menjaga recall.

Pemakaian: ``python benchmarks/merah_aj/buat.py [--keluaran DIR] [--harapan FILE]`` (deterministik).
"""

from __future__ import annotations

import copy
import importlib.util
from collections.abc import Callable
from pathlib import Path
from typing import Any

from openpyxl.utils import get_column_letter
from openpyxl.utils.cell import coordinate_from_string

HERE = Path(__file__).resolve().parent
SEED = 20261208

# The workbook builder is merah_ah's (one SKP JA Model Pengembangan from a spec): this set changes the kop and
# the sheets beside the plan, not the builder.
_spec = importlib.util.spec_from_file_location("merah_ah_buat", HERE.parent / "merah_ah" / "buat.py")
_builder = importlib.util.module_from_spec(_spec)  # type: ignore[arg-type]
_spec.loader.exec_module(_builder)  # type: ignore[union-attr]
PEGAWAI, PENILAI, PERIODE = _builder.PEGAWAI, _builder.PENILAI, _builder.PERIODE
RENCANA, TAMBAHAN, base, Buku = _builder.RENCANA, _builder.TAMBAHAN, _builder.base, _builder.Buku

# ---------------------------------------------------------------- probes

Probe = tuple[str, str, Callable[[dict[str, Any]], None], list[tuple[str, str | None]]]


def sheet(title: str, rows: list[list[Any]]) -> Callable[[Buku], None]:
    """Pengubah: tambah satu lembar berisi baris-baris yang diberikan."""

    def mod(book: Buku) -> None:
        ws = book.wb.create_sheet(title)
        for r, row in enumerate(rows, 1):
            for c, value in enumerate(row, 1):
                if value is not None:
                    ws.cell(r, c, value)

    return mod


def at(key: str, value: Any, right: Any = None) -> Callable[[Buku], None]:
    """Pengubah: tulis ulang sel kop ``key``; ``right`` ditulis di sel sebelah kanannya."""

    def mod(book: Buku) -> None:
        col, row = coordinate_from_string(book.cells[key])
        cell = book.ws[book.cells[key]]
        cell.value = value
        if right is not None:
            book.ws.cell(row, cell.column + 1, right)

    return mod


PETUNJUK = [
    ["PETUNJUK PENGISIAN SKP"],
    ["1. Formulir ini mengikuti Permen PANRB 8/2021; formulir lama PP 46/2011 tidak dipakai lagi."],
    ["2. Jangan memakai istilah HASIL KERJA dan PERILAKU KERJA dari Permen PANRB 6/2022."],
    ["3. Kolom NAMA diisi seperti contoh: {{ nama }} atau [isi nama pegawai]."],
    ["4. Kolom NIP diisi 18 digit tanpa spasi, contoh: [isi NIP]."],
    ["5. Tanda tangan: .............................."],
]
PERILAKU = [
    ["PERILAKU KERJA"],
    ["NO", "ASPEK PERILAKU", "EKSPEKTASI KHUSUS PIMPINAN"],
    [1, "Orientasi Pelayanan", "Melayani pemohon dengan ramah"],
    [2, "Komitmen", "Hadir tepat waktu"],
    [3, "Inisiatif Kerja", "Mengusulkan perbaikan prosedur"],
    [4, "Kerja Sama", "Membantu rekan tim"],
    [5, "Kepemimpinan", "Membimbing staf"],
]
PP46 = [
    ["FORMULIR SASARAN KERJA PEGAWAI NEGERI SIPIL"],
    ["NO", "I. PEJABAT PENILAI", None, "NO", "II. PEGAWAI NEGERI SIPIL YANG DINILAI"],
    [1, "Nama", "Drs. Bambang Sutrisno, M.Si.", 1, "Nama", "Dewi Lestari, S.E."],
    [2, "NIP", "19720520 199803 1 004", 2, "NIP", "19900315 201402 2 001"],
    ["NO", "III. KEGIATAN TUGAS JABATAN", "AK", "TARGET"],
    [None, None, None, "KUANT/OUTPUT", "KUAL/MUTU", "WAKTU", "BIAYA"],
    [1, "Menyusun laporan keuangan bulanan", 0, "12 laporan", 100, "12 bulan", "-"],
    [2, "Memverifikasi SPJ", 0, "240 SPJ", 100, "12 bulan", "-"],
]


REFERENSI = [
    ["DAFTAR PANGKAT/GOLONGAN"],
    ["SASARAN KERJA PEGAWAI"],
    ["GOLONGAN", "PANGKAT"],
    ["III/a", "Penata Muda"],
    ["III/b", "Penata Muda Tingkat I"],
    ["III/c", "Penata"],
    ["III/d", "Penata Tingkat I"],
    ["IV/a", "Pembina"],
    ["IV/b", "Pembina Tingkat I"],
]


def protect_sheet(book: Buku) -> None:
    book.ws.protection.sheet = True
    book.ws.protection.password = "rahasia"


def protect_workbook(book: Buku) -> None:
    from openpyxl.workbook.protection import WorkbookProtection

    book.wb.security = WorkbookProtection(workbookPassword="rahasia", lockStructure=True)


def comments_and_lists(book: Buku) -> None:
    from openpyxl.comments import Comment
    from openpyxl.worksheet.datavalidation import DataValidation

    book.ws[book.cells["pegawai.nip"]].comment = Comment("NIP sesuai SK CPNS", "BKPSDM")
    dv = DataValidation(type="list", formula1='"Penata Muda, III/a,Penata Muda Tingkat I, III/b"')
    book.ws.add_data_validation(dv)
    dv.add(book.cells["pegawai.pangkat"])
    book.ws[book.cells["penilai.unit"]].hyperlink = "https://dishub.lembahhijau.go.id"


def hide(title: str) -> Callable[[Buku], None]:
    def mod(book: Buku) -> None:
        book.wb[title].sheet_state = "hidden"

    return mod


def chart_sheet(book: Buku) -> None:
    from openpyxl.chart import BarChart, Reference

    data = book.wb.create_sheet("Data Grafik")
    for r, row in enumerate([["Bulan", "Laporan"], ["Jan", 1], ["Feb", 1], ["Mar", 1]], 1):
        for c, value in enumerate(row, 1):
            data.cell(r, c, value)
    chart = BarChart()
    chart.add_data(Reference(data, min_col=2, min_row=1, max_row=4), titles_from_data=True)
    book.wb.create_chartsheet("Grafik").add_chart(chart)


def defined_names(book: Buku) -> None:
    from openpyxl.workbook.defined_name import DefinedName

    book.wb.defined_names["NAMA_PEGAWAI"] = DefinedName(
        "NAMA_PEGAWAI", attr_text=f"'{book.ws.title}'!${book.cells['pegawai.nama'].replace('C', 'C$')}"
    )
    book.ws.print_area = f"A1:{get_column_letter(book.last)}{book.ws.max_row}"


def probes() -> list[Probe]:
    """(nama, uraian, pengubah spesifikasi, cacat [(kode, kunci sel)])."""
    out: list[Probe] = []

    def add(name: str, about: str, **o: Any) -> None:
        defects = o.pop("cacat", [])
        change = o.pop("ubah_spek", None)

        def apply(s: dict[str, Any]) -> None:
            mods = o.get("ubah", ())
            s["o"].update(copy.deepcopy({k: v for k, v in o.items() if k != "ubah"}))
            s["o"]["ubah"] = list(mods)
            if change:
                change(s)

        out.append((name, about, apply, defects))

    def setp(who: str, key: str, value: Any) -> Callable[[dict[str, Any]], None]:
        def change(s: dict[str, Any]) -> None:
            s[who][key] = value

        return change

    def periode(value: Any) -> Callable[[dict[str, Any]], None]:
        def change(s: dict[str, Any]) -> None:
            s["periode"] = value

        return change

    add("01-dasar", "garis dasar: SKP JA Model Pengembangan yang sah, kop berdampingan")
    # --- kata rezim lain di lembar pendamping
    add(
        "02-petunjuk-rezim-lain",
        "lembar Petunjuk menyebut PP 46/2011, HASIL KERJA, PERILAKU KERJA, {{ }}, [isi], titik",
        ubah=[sheet("Petunjuk", PETUNJUK)],
    )
    add(
        "03-petunjuk-di-depan",
        "lembar Petunjuk yang sama diletakkan sebagai lembar pertama",
        ubah=[sheet("Petunjuk", PETUNJUK), lambda b: b.wb.move_sheet("Petunjuk", offset=-1)],
    )
    add(
        "04-perilaku-ekspektasi",
        "lembar Perilaku 8/2021 (lima aspek) dengan kolom EKSPEKTASI KHUSUS PIMPINAN",
        ubah=[sheet("Perilaku", PERILAKU)],
    )
    add(
        "05-salinan-pp46-tahun-lalu",
        "salinan lembar SKP PP 46/2011 tahun lalu di samping formulir tahun ini",
        ubah=[sheet("SKP 2019 (lama)", PP46)],
    )
    add(
        "06-salinan-pp46-di-depan",
        "salinan lembar PP 46/2011 tahun lalu sebagai lembar pertama",
        ubah=[sheet("SKP 2019 (lama)", PP46), lambda b: b.wb.move_sheet("SKP 2019 (lama)", offset=-1)],
    )
    add(
        "07-catatan-kaki-rezim",
        "catatan di bawah tanda tangan menyebut PP 46/2011 dan HASIL KERJA",
        bawah=[
            "Catatan: formulir PP 46/2011 tidak berlaku; "
            "istilah HASIL KERJA dan PERILAKU KERJA tidak dipakai."
        ],
    )
    add(
        "08-titik-ttd-kosong",
        "baris tanda tangan cadangan berisi titik-titik ....",
        ubah=[
            lambda b: [
                b.ws.cell(b.ws.max_row + 2, b.col["rk"], "(..............................)"),
                b.ws.cell(b.ws.max_row, b.col["c"], "NIP. ........................"),
            ]
        ],
    )
    add(
        "09-catatan-isi-kurung",
        "catatan di bawah tabel dengan contoh [isi] dan {{ }}",
        bawah=["Keterangan: kolom [isi] pada templat telah diisi; {{ }} tidak ada lagi."],
    )
    # --- identitas
    add(
        "10-nama-dua-sel",
        "nama pegawai ditulis di dua sel (nama | gelar)",
        ubah=[at("pegawai.nama", "Dewi Lestari,", "S.E.")],
    )
    add(
        "11-unit-dua-baris",
        "unit kerja penilai berlanjut di baris berikutnya",
        ubah=[
            at("penilai.unit", "Dinas Perhubungan"),
            lambda b: b.ws.cell(11, b.ws[b.cells["penilai.unit"]].column, "Kabupaten Lembah Hijau"),
        ],
    )
    add(
        "12-nip-prefiks",
        "NIP ditulis `NIP. 19900315 201402 2 001`",
        ubah_spek=setp("pegawai", "nip", "NIP. 19900315 201402 2 001"),
    )
    add(
        "13-nip-apostrof",
        "NIP dengan apostrof awal (teks) tanpa spasi",
        ubah_spek=setp("pegawai", "nip", "'199003152014022001"),
    )
    add("14-nip-titik", "NIP dipisah titik", ubah_spek=setp("pegawai", "nip", "19900315.201402.2.001"))
    add(
        "15-nip-spasi-ganda",
        "NIP dengan spasi ganda dan spasi tak-putus",
        ubah_spek=setp("pegawai", "nip", "19900315  201402\u00a02 001 "),
    )
    add(
        "16-nip-titik-dua",
        "NIP diawali titik dua `: 19900315 201402 2 001`",
        ubah_spek=setp("pegawai", "nip", ": 19900315 201402 2 001"),
    )
    add(
        "17-penilai-nama-sama",
        "penilai bernama sama dengan pegawai tetapi NIP lain",
        ubah_spek=setp("penilai", "nama", "Dewi Lestari, S.E."),
    )
    add(
        "18-nip-dua-sel",
        "NIP pegawai di dua sel: `NIP.` | nomor",
        ubah=[at("pegawai.nip", "NIP.", "19900315 201402 2 001")],
    )
    # --- periode
    for n, (slug, text) in enumerate(
        [
            ("sd-bulan", "PERIODE PENILAIAN: Januari s.d. Desember 2025"),
            ("tanggal-strip", "PERIODE PENILAIAN : 1 Januari 2025 - 31 Desember 2025"),
            ("tahun", "PERIODE PENILAIAN: Tahun 2025"),
            ("tw", "PERIODE PENILAIAN: TW I-IV 2025"),
            ("sampai-dengan", "Periode Penilaian : 1 Januari 2025 sampai dengan 31 Desember 2025"),
            ("tanggal-angka", "PERIODE PENILAIAN: 01/01/2025 - 31/12/2025"),
            ("sd-tanpa-titik", "PERIODE PENILAIAN : 1 JANUARI 2025 SD 31 DESEMBER 2025"),
            ("bulan-singkat", "PERIODE PENILAIAN: Jan - Des 2025"),
        ],
        20,
    ):
        add(f"{n}-periode-{slug}", f"periode `{text}`", ubah_spek=periode(text))

    def two_dates(b: Buku) -> None:
        import datetime as dt

        b.ws["A3"].value = "PERIODE PENILAIAN"
        b.ws["C3"].value = dt.datetime(2025, 1, 1)
        b.ws["D3"].value = "s.d."
        b.ws["E3"].value = dt.datetime(2025, 12, 31)

    add(
        "28-periode-dua-sel-tanggal",
        "periode di dua sel tanggal (1/1/2025 s.d. 31/12/2025)",
        ubah=[two_dates],
    )
    add(
        "29-periode-di-judul",
        "periode di baris judul, tanpa baris periode",
        ubah_spek=periode(None),
        ubah=[
            lambda b: setattr(
                b.ws["A1"], "value", "RENCANA SASARAN KINERJA PEGAWAI PERIODE 1 JANUARI SD 31 DESEMBER 2025"
            )
        ],
    )
    add(
        "30-periode-label-terpisah",
        "label PERIODE PENILAIAN di satu sel, isinya di sel kanan",
        ubah_spek=periode("PERIODE PENILAIAN"),
        ubah=[lambda b: setattr(b.ws["C3"], "value", ": 1 Januari s.d. 31 Desember 2025")],
    )
    # --- label bagian dan pangkat
    add(
        "31-kinerja-utama-wajib",
        "label bagian `A. KINERJA UTAMA (WAJIB)`, `B. KINERJA TAMBAHAN (JIKA ADA)`",
        label_bagian=("A. KINERJA UTAMA (WAJIB)", "B. KINERJA TAMBAHAN (JIKA ADA)"),
    )
    add(
        "32-kinerja-utama-titik-dua",
        "label bagian `KINERJA UTAMA :`",
        label_bagian=("KINERJA UTAMA :", "KINERJA TAMBAHAN :"),
    )
    for n, (slug, who, text) in enumerate(
        [
            ("tk-kurung", "penilai", "Pembina Tk.I (IV/b)"),
            ("strip", "pegawai", "Penata Tingkat I, III-d"),
            ("garis-titik", "pegawai", "Penata Muda Tk. I / III.b"),
            ("hanya-gol", "pegawai", "III/b"),
            ("kurung", "pegawai", "Penata Muda Tingkat I (III/b)"),
            ("tanpa-pemisah", "pegawai", "Penata Muda Tk.I III/b"),
            ("gol-dulu", "pegawai", "III/b - Penata Muda Tingkat I"),
            ("gol-ruang-kata", "pegawai", "Penata Muda Tingkat I, Gol. III/b"),
        ],
        33,
    ):
        add(f"{n}-pangkat-{slug}", f"pangkat `{text}`", ubah_spek=setp(who, "pangkat", text))
    add(
        "41-sheet-skp-tahun",
        "lembar bernama `SKP 2025`",
        ubah=[lambda b: setattr(b.ws, "title", "SKP 2025")],
    )
    # --- putaran kedua (ditambah sesudah perbaikan pertama): fitur Excel di buku kerja yang sah
    add(
        "42-lembar-terkunci",
        "lembar SKP dilindungi kata sandi (proteksi lembar, bukan enkripsi berkas)",
        ubah=[protect_sheet],
    )
    add(
        "43-struktur-terkunci",
        "struktur buku kerja dikunci (proteksi buku kerja, bukan enkripsi berkas)",
        ubah=[protect_workbook],
    )
    add(
        "44-komentar-validasi-tautan",
        "komentar pada sel NIP, daftar pilihan pangkat, tautan pada unit kerja",
        ubah=[comments_and_lists],
    )
    add(
        "45-salinan-pp46-tersembunyi",
        "salinan lembar PP 46/2011 tahun lalu disembunyikan",
        ubah=[sheet("SKP 2019 (lama)", PP46), hide("SKP 2019 (lama)")],
    )
    add("46-lembar-grafik", "lembar grafik (chartsheet) sesudah lembar SKP", ubah=[chart_sheet])
    add(
        "47-nama-terdefinisi",
        "nama terdefinisi, area cetak dan judul cetak",
        judul_cetak=True,
        ubah=[defined_names],
    )
    add(
        "48-perilaku-6-2022-kata",
        "lembar Perilaku 8/2021 dengan label `PERILAKU KERJA`, `EKSPEKTASI KHUSUS PIMPINAN` dan "
        "`RENCANA HASIL KERJA` (petunjuk) sebagai sel judul",
        ubah=[sheet("Perilaku", [*PERILAKU, [], ["RENCANA HASIL KERJA"], ["(lihat lembar SKP)"]])],
    )
    add(
        "49-referensi-pangkat",
        "lembar Referensi berisi daftar pangkat/golongan dan kata `SASARAN KERJA PEGAWAI`",
        ubah=[sheet("Referensi", REFERENSI)],
    )
    # --- kembaran bercacat
    add(
        "90-cacat-nip-tanggal",
        "kembaran cacat: NIP dengan bulan lahir 13",
        ubah_spek=setp("pegawai", "nip", "NIP. 19901315 201402 2 001"),
        cacat=[("nip-tidak-valid", "pegawai.nip")],
    )
    add(
        "91-cacat-penilai-sama",
        "kembaran cacat: penilai dengan NIP pegawai (bertanda NIP.)",
        ubah_spek=setp("penilai", "nip", "NIP. 199003152014022001"),
        cacat=[("penilai-sama-dengan-pegawai", None)],
    )
    add(
        "92-cacat-pangkat",
        "kembaran cacat: nama pangkat dan golongan tidak cocok",
        ubah_spek=setp("pegawai", "pangkat", "Pembina Tk.I (III/b)"),
        cacat=[("pangkat-tidak-dikenal", "pegawai.pangkat")],
    )
    add(
        "93-cacat-periode-lintas-tahun",
        "kembaran cacat: periode 1 Juli 2025 s.d. 30 Juni 2026",
        ubah_spek=periode("PERIODE PENILAIAN: 1 Juli 2025 s.d. 30 Juni 2026"),
        cacat=[("periode-tidak-valid", None)],
    )
    add(
        "94-cacat-nama-kosong",
        "kembaran cacat: nama pegawai kosong dengan lembar Petunjuk",
        ubah_spek=setp("pegawai", "nama", None),
        ubah=[sheet("Petunjuk", PETUNJUK)],
        cacat=[("identitas-kosong", "pegawai.nama")],
    )
    add(
        "95-cacat-templat-isi",
        "kembaran cacat: nama pegawai masih `[isi nama]`",
        ubah_spek=setp("pegawai", "nama", "[isi nama]"),
        cacat=[("templat-belum-diisi", None)],
    )
    add(
        "96-cacat-periode-terbalik",
        "kembaran cacat: periode 31 Desember 2025 s.d. 1 Januari 2025",
        ubah_spek=periode("PERIODE PENILAIAN: 31 Desember 2025 s.d. 1 Januari 2025"),
        cacat=[("periode-tidak-valid", None)],
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
        cells = book.save(path)
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
    _builder.write_manifest(manifest, "merah_aj", SEED, files)


def main() -> None:
    _builder.run(build, HERE, __doc__)


if __name__ == "__main__":
    main()
