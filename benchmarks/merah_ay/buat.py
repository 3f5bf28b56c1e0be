"""Set merah_ay: probe tim merah (kotak putih) untuk isi yang tidak terlihat oleh penilai.

Setiap berkas adalah satu SKP JA Model Pengembangan yang sah (pembangun ``benchmarks/merah_ah/buat.py``);
setiap probe menambahkan isi yang tidak tampak di layar penilai, seperti yang dilakukan kantor sungguhan:
baris RK tahun lalu disembunyikan alih-alih dihapus, baris contoh templat disembunyikan di bawah judul,
kolom petunjuk disembunyikan, baris RK lama dikelompokkan dan dilipat (outline), baris setinggi 0, kolom
selebar 0, teks putih, sheet SKP lama yang disembunyikan di samping yang baru, tabel yang disaring
(autoFilter) pada satu RK saat disimpan. Kembaran bercacat memastikan cacat yang tampak tetap dilaporkan.
Beberapa probe juga disimpan ulang lewat LibreOffice (``-lo.xlsx``) dan sebagai ``.xls``.

Pemakaian: ``python benchmarks/merah_ay/buat.py [--keluaran DIR] [--harapan FILE]`` (deterministik,
kecuali berkas LibreOffice yang dibuat hanya bila ``soffice`` ada).
"""

from __future__ import annotations

import copy
import importlib.util
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from openpyxl.utils.cell import coordinate_from_string

HERE = Path(__file__).resolve().parent


def _builder() -> Any:
    """The merah_ah builder module, imported by path (both generators are called ``buat``)."""
    spec = importlib.util.spec_from_file_location("merah_ah_buat", HERE.parent / "merah_ah" / "buat.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


ah = _builder()

SEED = 20261206
Hook = Callable[[ah.Buku], None]
OLD_RK = {
    "atasan": "Meningkatnya akuntabilitas pengelolaan keuangan Dinas Perhubungan",
    "rk": "Laporan keuangan Dinas yang tersusun tepat waktu dan akurat",
    "iki": ["Kuantitas", "Jumlah laporan keuangan semesteran yang tersusun", "2 laporan"],
}


def row_of(book: ah.Buku, key: str) -> int:
    return coordinate_from_string(book.cells[key])[1]


def insert_rows(book: ah.Buku, at: int, rows: list[dict[str, Any]]) -> list[int]:
    """Sisipkan baris (kolom logis -> nilai) sebelum baris ``at``; gabungan dan kunci sel ikut bergeser."""
    ws, n = book.ws, len(rows)
    ws.insert_rows(at, n)
    for rng in ws.merged_cells.ranges:
        if rng.min_row >= at:
            rng.shift(row_shift=n)
    for key, ref in list(book.cells.items()):
        col, r = coordinate_from_string(ref)
        if r >= at:
            book.cells[key] = f"{col}{r + n}"
    for i, row in enumerate(rows):
        for key, value in row.items():
            book.put(at + i, key, value)
    return list(range(at, at + n))


def old_rk_row(no: Any = 1, rk: str | None = None) -> dict[str, Any]:
    aspek, iki, target = OLD_RK["iki"]
    return {
        "no": no, "atasan": OLD_RK["atasan"], "rk": rk or OLD_RK["rk"], "aspek": aspek, "iki": iki,
        "target": target, "sk": "0 laporan", "k": "0 laporan", "c": "1 laporan", "b": "2 laporan",
        "sb": "> 2 laporan", "data": "Laporan keuangan", "sumber": "Aplikasi SIPD", "waktu": "Semesteran",
    }


def hide_rows(how: str) -> Callable[[ah.Buku, list[int]], None]:
    def apply(book: ah.Buku, rows: list[int]) -> None:
        for r in rows:
            dim = book.ws.row_dimensions[r]
            if how == "tinggi_nol":  # openpyxl drops a height of 0: written into the saved part (zero_height)
                dim.height = 1
                book.o.setdefault("_tinggi_nol", []).append(r)
            else:
                dim.hidden = True
            if how == "outline":
                dim.outlineLevel = 1
    return apply


def old_rk_before(key: str, how: str = "hidden", row: dict[str, Any] | None = None) -> Hook:
    """Baris RK tahun lalu (teks sama dengan RK 1) di atas baris ``key``, disembunyikan menurut ``how``."""
    def hook(book: ah.Buku) -> None:
        rows = insert_rows(book, row_of(book, key), [row or old_rk_row()])
        hide_rows(how)(book, rows)
    return hook


def example_row(book: ah.Buku) -> None:
    """Baris contoh templat tepat di bawah judul tabel, disembunyikan."""
    label = next(r for r in range(1, book.ws.max_row + 1)
                 if book.ws.cell(r, book.col["no"]).value == "A. KINERJA UTAMA")
    rows = insert_rows(book, label, [{
        "no": "Contoh:", "atasan": "Meningkatnya kualitas pelayanan publik",
        "rk": "Tersusunnya laporan kinerja unit", "aspek": "Kuantitas",
        "iki": "Jumlah laporan kinerja yang tersusun", "target": "... laporan",
    }])
    hide_rows("hidden")(book, rows)


def helper_column(where: str, how: str = "hidden") -> Hook:
    """Kolom petunjuk/bantu berisi teks di setiap baris tabel, disembunyikan (``how``: hidden | lebar_nol).
    ``where``: ``sela`` = kolom sela sesudah RK (opsi ``sela``), ``kanan`` = sesudah kolom terakhir."""
    def hook(book: ah.Buku) -> None:
        ws = book.ws
        col = book.col["rk"] + 1 if where == "sela" else book.last + 1
        top = row_of(book, "utama1.rk")
        ws.cell(top - 3, col, "PETUNJUK PENGISIAN")
        last = row_of(book, "tambahan1.1.iki")
        for r in range(top, last + 1):
            ws.cell(r, col, "Isi sesuai hasil dialog kinerja; lihat Manual IKI")
        dim = ws.column_dimensions[get_column_letter(col)]
        if how == "lebar_nol":
            dim.width = 0
        else:
            dim.hidden = True
    return hook


def white_note(book: ah.Buku) -> None:
    """Catatan penyusun dalam teks putih di kolom RK tepat di bawah tabel."""
    r = row_of(book, "tambahan1.1.iki") + 1
    cell = book.ws.cell(r, book.col["rk"], "Draft lama: Tersusunnya laporan realisasi anggaran")
    cell.font = Font(color="FFFFFFFF")


def filtered(book: ah.Buku) -> None:
    """AutoFilter di atas tabel, disaring pada RK 1 saat disimpan: baris RK 2, RK 3 dan Kinerja Tambahan
    tersembunyi oleh saringan."""
    ws = book.ws
    head = row_of(book, "utama1.rk") - 2
    last = row_of(book, "tambahan1.1.iki")
    ws.auto_filter.ref = f"A{head}:{get_column_letter(book.last)}{last}"
    ws.auto_filter.add_filter_column(book.col["rk"] - 1, [ah.RENCANA[0]["rk"]])
    ws.sheet_properties.filterMode = True
    for r in range(row_of(book, "utama2.rk"), last + 1):
        ws.row_dimensions[r].hidden = True


def hide_iki_rows(book: ah.Buku) -> None:
    """Baris IKI 1.2 dan 1.3 disembunyikan (baris IKI pertama tetap tampak)."""
    for key in ("utama1.2.iki", "utama1.3.iki"):
        book.ws.row_dimensions[row_of(book, key)].hidden = True


def old_identity(book: ah.Buku) -> None:
    """Baris JABATAN lama (sebelum mutasi) di atas baris JABATAN yang berlaku, disembunyikan."""
    r = 9
    ws = book.ws
    ws.insert_rows(r, 1)
    for rng in ws.merged_cells.ranges:
        if rng.min_row >= r:
            rng.shift(row_shift=1)
    for key, ref in list(book.cells.items()):
        col, rr = coordinate_from_string(ref)
        if rr >= r:
            book.cells[key] = f"{col}{rr + 1}"
    ws.cell(r, 1, 4)
    ws.cell(r, 2, "JABATAN")
    ws.cell(r, 3, "Bendahara Pengeluaran")
    ws.cell(r, 7, 4)
    ws.cell(r, 8, "JABATAN")
    ws.cell(r, 9, "Kepala Bidang Angkutan")
    ws.row_dimensions[r].hidden = True


# ---------------------------------------------------------------- spec changes for defective twins


def no_target(s: dict[str, Any]) -> None:
    s["rencana"][1]["iki"][0][2] = ""


def drop_iki(s: dict[str, Any]) -> None:
    s["rencana"][1]["iki"] = [["", "", "", ["", "", "", "", ""]]]


def no_kategori(s: dict[str, Any]) -> None:
    s["rencana"][2]["iki"][0][3] = ["", "", "", "", ""]


def dup_tambahan(s: dict[str, Any]) -> None:
    s["tambahan"][0]["rk"] = s["rencana"][0]["rk"]


def no_target_rk3(s: dict[str, Any]) -> None:
    s["rencana"][2]["iki"][0][2] = ""


Probe = tuple[str, str, dict[str, Any], list[tuple[str, str]]]


def probes() -> list[Probe]:
    """(nama, uraian, opsi pembangun merah_ah + ``ubah_spek``/``lama``, cacat [(kode, kunci sel)])."""
    out: list[Probe] = []

    def add(name: str, about: str, cacat: list[tuple[str, str]] | None = None, **o: Any) -> None:
        out.append((name, about, o, cacat or []))

    add("01-dasar", "garis dasar tanpa isi tersembunyi")
    add("02-rk-lama-tersembunyi",
        "baris RK tahun lalu (RK lain, lengkap) disembunyikan di antara RK 3 dan Kinerja Tambahan",
        ubah=[old_rk_before("tambahan1.rk", row=old_rk_row(4, "Laporan keuangan semesteran yang tersusun"))])
    add("03-rk-lama-ganda-tersembunyi",
        "baris RK tahun lalu dengan teks sama dengan RK 1 disembunyikan di atas RK 1",
        ubah=[old_rk_before("utama1.rk")])
    add("04-rk-lama-tanpa-iki-tersembunyi",
        "baris RK tahun lalu yang IKI-nya sudah dihapus (RK saja) disembunyikan di atas RK 2",
        ubah=[old_rk_before("utama2.rk", row={"no": 2, "rk": "Tersusunnya laporan realisasi anggaran 2024",
                                               "atasan": OLD_RK["atasan"]})])
    add("05-contoh-tersembunyi",
        "baris 'Contoh:' templat (RK, IKI, target '... laporan', tanpa kategori) tersembunyi di bawah judul",
        ubah=[example_row])
    add("06-kolom-petunjuk-sela",
        "kolom petunjuk berisi teks di setiap baris, di antara RK dan ASPEK, disembunyikan",
        sela=("rk",), ubah=[helper_column("sela")])
    add("07-kolom-petunjuk-kanan",
        "kolom 'PETUNJUK PENGISIAN' di kanan WAKTU PENGUMPULAN, disembunyikan",
        ubah=[helper_column("kanan")])
    add("08-outline-terlipat",
        "baris RK tahun lalu (teks sama dengan RK 1) dikelompokkan (outline) dan dilipat di atas RK 1",
        ubah=[old_rk_before("utama1.rk", "outline")])
    add("09-tersaring",
        "autoFilter aktif, disaring pada RK 1 saat disimpan (RK 2, RK 3, Kinerja Tambahan tersaring)",
        ubah=[filtered])
    add("10-tinggi-nol",
        "baris RK tahun lalu (teks sama dengan RK 1) setinggi 0 di atas RK 1",
        ubah=[old_rk_before("utama1.rk", "tinggi_nol")])
    add("11-kolom-lebar-nol",
        "kolom petunjuk di kanan tabel selebar 0 (tidak disembunyikan)",
        ubah=[helper_column("kanan", "lebar_nol")])
    add("12-teks-putih",
        "catatan teks putih di kolom RK tepat di bawah tabel",
        ubah=[white_note])
    add("13-sheet-lama-tersembunyi",
        "sheet 'SKP 2024' (RK 2 tanpa IKI, jabatan lama) disembunyikan di depan sheet 'SKP 2025'",
        lama=True)
    add("14-identitas-lama-tersembunyi",
        "baris JABATAN lama (sebelum mutasi) disembunyikan di atas baris JABATAN yang berlaku",
        ubah=[old_identity])
    add("15-rk-lama-ganda-sekali",
        "RK ditulis sekali (tanpa gabung); baris RK lama sama dengan RK 2 disembunyikan di atas RK 2",
        rk="sekali", ubah=[old_rk_before("utama2.rk", row=old_rk_row(2, ah.RENCANA[1]["rk"]))])

    add("16-sheet-lama-lengkap",
        "sheet 'SKP 2024' lengkap dan sah (jabatan lama) disembunyikan di depan sheet 'SKP 2025'",
        lama="lengkap")
    add("17-sheet-draf-tersembunyi",
        "sheet 'SKP draf' (periode sama, satu RK lebih yang targetnya kosong) disembunyikan di depan 'SKP'",
        lama="draf")

    # ------------------------------------------------ defective twins
    add("51-cacat-target-rk-lama",
        "kembaran cacat: RK lama tersembunyi (sama dengan RK 1) dan target IKI 2.1 yang tampak kosong",
        ubah=[old_rk_before("utama1.rk")], ubah_spek=no_target,
        cacat=[("iki-tanpa-target", "utama2.1.target")])
    add("52-cacat-rk-tanpa-iki-contoh",
        "kembaran cacat: baris contoh tersembunyi dan RK 2 yang tampak tanpa IKI",
        ubah=[example_row], ubah_spek=drop_iki, cacat=[("rk-tanpa-iki", "utama2.rk")])
    add("53-cacat-kategori-kolom-petunjuk",
        "kembaran cacat: kolom petunjuk tersembunyi dan kategori IKI 3.1 yang tampak kosong",
        sela=("rk",), ubah=[helper_column("sela")], ubah_spek=no_kategori,
        cacat=[("kategori-penilaian-kosong", "utama3.1.b")])
    add("54-cacat-rk-ganda-tampak",
        "kembaran cacat: RK lama tersembunyi (sama dengan RK 1) dan RK tambahan yang tampak sama dengan RK 1",
        ubah=[old_rk_before("utama1.rk")], ubah_spek=dup_tambahan, cacat=[("rk-ganda", "tambahan1.rk")])
    add("55-cacat-tersaring-target",
        "kembaran cacat: tabel disaring pada RK 1; target IKI 3.1 (tersaring) kosong",
        ubah=[filtered], ubah_spek=no_target_rk3, cacat=[("iki-tanpa-target", "utama3.1.target")])
    add("56-cacat-sheet-lama-target",
        "kembaran cacat: sheet lama tersembunyi; target IKI 2.1 di sheet yang tampak kosong",
        lama=True, ubah_spek=no_target, cacat=[("iki-tanpa-target", "utama2.1.target")])
    add("57-cacat-outline-target",
        "kembaran cacat: RK lama dilipat (outline) dan target IKI 2.1 yang tampak kosong",
        ubah=[old_rk_before("utama1.rk", "outline")], ubah_spek=no_target,
        cacat=[("iki-tanpa-target", "utama2.1.target")])
    add("58-cacat-sheet-lama-lengkap-target",
        "kembaran cacat: sheet lama lengkap tersembunyi; target IKI 2.1 di sheet yang tampak kosong",
        lama="lengkap", ubah_spek=no_target, cacat=[("iki-tanpa-target", "utama2.1.target")])
    add("59-cacat-sheet-draf-target",
        "kembaran cacat: sheet draf tersembunyi (periode sama); target IKI 2.1 di sheet yang tampak kosong",
        lama="draf", ubah_spek=no_target, cacat=[("iki-tanpa-target", "utama2.1.target")])
    return out


# Probes saved again through LibreOffice (as .xlsx and as .xls): name -> suffixes.
RESAVED = [
    "03-rk-lama-ganda-tersembunyi",
    "05-contoh-tersembunyi",
    "06-kolom-petunjuk-sela",
    "08-outline-terlipat",
    "09-tersaring",
    "13-sheet-lama-tersembunyi",
    "16-sheet-lama-lengkap",
    "17-sheet-draf-tersembunyi",
    "51-cacat-target-rk-lama",
    "55-cacat-tersaring-target",
]


def build_one(path: Path, o: dict[str, Any]) -> tuple[str, dict[str, str], str]:
    o = copy.deepcopy(o) if "ubah" not in o else {**o}
    spec = ah.base()
    change = o.pop("ubah_spek", None)
    old = o.pop("lama", False)
    spec["o"].update(o)
    if change:
        change(spec)
    if not old:
        cells = ah.Buku(spec).save(path)
        zero_height(path, spec["o"].get("_tinggi_nol", []))
        return spec["form"], cells, "SKP"
    old_spec = ah.base()
    if old == "draf":  # this year's draft: one RK more, its target not yet written
        extra = copy.deepcopy(old_spec["rencana"][1])
        extra["rk"] = "Dokumen rencana kebutuhan barang milik daerah yang tersusun"
        extra["iki"][0][2] = ""
        old_spec["rencana"].append(extra)
    else:
        if old != "lengkap":
            drop_iki(old_spec)
        old_spec["pegawai"]["jabatan"] = "Bendahara Pengeluaran"
        old_spec["periode"] = "PERIODE PENILAIAN: 1 JANUARI SD 31 DESEMBER 2024"
    old_book = ah.Buku(old_spec)
    with tempfile.TemporaryDirectory() as tmp:
        old_book.save(Path(tmp) / "lama.xlsx")
    old_book.ws.title = "SKP draf" if old == "draf" else "SKP 2024"
    new_book = ah.Buku(spec)
    new_book.wb = old_book.wb
    new_book.ws = old_book.wb.create_sheet("SKP" if old == "draf" else "SKP 2025")
    old_book.ws.sheet_state = "hidden"
    old_book.wb.active = 1
    return spec["form"], new_book.save(path), new_book.ws.title


def zero_height(path: Path, rows: list[int]) -> None:
    """Tulis ``ht="0"`` pada baris ``rows`` lembar pertama, seperti Excel menyimpan baris setinggi 0."""
    if not rows:
        return
    with zipfile.ZipFile(path) as z:
        parts = {i.filename: z.read(i) for i in z.infolist()}
    xml = parts["xl/worksheets/sheet1.xml"]
    for r in rows:
        xml = re.sub(rb'<row r="%d"[^>]*>' % r, b'<row r="%d" ht="0" customHeight="1">' % r, xml)
    parts["xl/worksheets/sheet1.xml"] = xml
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, content in parts.items():
            z.writestr(zipfile.ZipInfo(name, (2025, 1, 2, 0, 0, 0)), content, zipfile.ZIP_DEFLATED)


def resave(folder: Path, names: list[str]) -> dict[str, list[str]]:
    """Simpan ulang lewat LibreOffice headless sebagai .xlsx (``-lo``) dan .xls; nama -> berkas baru."""
    soffice = shutil.which("soffice")
    made: dict[str, list[str]] = {}
    if soffice is None:
        return made
    with tempfile.TemporaryDirectory() as tmp:
        profile = Path(tmp) / "profil"
        for name in names:
            src = folder / f"{name}.xlsx"
            for fmt, suffix in (("xlsx:Calc MS Excel 2007 XML", "-lo.xlsx"), ("xls:MS Excel 97", ".xls")):
                out = Path(tmp) / "keluar"
                subprocess.run([soffice, f"-env:UserInstallation=file://{profile}", "--headless",
                                "--convert-to", fmt, "--outdir", str(out), str(src)],
                               check=True, capture_output=True, timeout=180)
                produced = out / (name + (".xlsx" if suffix.endswith("xlsx") else ".xls"))
                target = folder / (name + suffix)
                shutil.move(produced, target)
                made.setdefault(name, []).append(target.name)
    return made


def build(folder: Path, manifest: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for old in [*folder.glob("*.xlsx"), *folder.glob("*.xls")]:
        old.unlink()
    files = []
    entries: dict[str, dict[str, Any]] = {}
    for name, about, o, defects in probes():
        path = folder / f"{name}.xlsx"
        form, cells, sheet = build_one(path, o)
        entry = {
            "file": path.name,
            "form": form,
            "clean": not defects,
            "defects": [{"code": code, "sheet": sheet, "cell": cells.get(key)} for code, key in defects],
            "uraian": about,
        }
        files.append(entry)
        entries[name] = entry
    for name, made in resave(folder, RESAVED).items():
        for file in made:
            kind = "LibreOffice .xlsx" if file.endswith("-lo.xlsx") else "LibreOffice .xls"
            files.append({**entries[name], "file": file, "uraian": f"{entries[name]['uraian']} ({kind})"})
    ah.write_manifest(manifest, "merah_ay", SEED, files)


def main() -> None:
    ah.run(build, HERE, __doc__)


if __name__ == "__main__":
    main()
