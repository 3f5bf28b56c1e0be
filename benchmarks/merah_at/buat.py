"""Set merah_at: probe tim merah (kotak putih) untuk lampiran JA/JF yang dibaca per berkas.

Matriks Pembagian Peran dan Hasil (SPEC §3.6) dan Format Keterkaitan SKP–Angka Kredit (SPEC §3.7): cara
lampiran itu ditemukan dan dibaca, dan setiap temuan per berkas yang dapat ditimbulkannya
(``keterkaitan-ak-hilang``, ``rk-tanpa-butir-kegiatan``, ``angka-kredit-tidak-valid``,
``judul-tidak-dikenali``, serta ``rk-tanpa-iki``/``iki-tanpa-target``/``rk-ganda`` bila lampiran terbaca
sebagai baris Rencana SKP).
Setiap berkas adalah satu SKP JF yang sah (kerangka dari ``merah_ah``); probe mengubah satu hal pada
lampirannya. Berkas bersih tidak boleh mendapat error maupun peringatan; kembaran bercacat menjaga recall.

Pemakaian: ``python benchmarks/merah_at/buat.py [--keluaran DIR] [--harapan FILE]`` (deterministik).
"""

from __future__ import annotations

import copy
import importlib.util
from collections.abc import Callable
from pathlib import Path
from typing import Any

from openpyxl.utils import get_column_letter

HERE = Path(__file__).resolve().parent
SEED = 20261209

# The workbook builder is merah_ah's (one SKP sheet from a spec); this set adds the annexes.
_spec = importlib.util.spec_from_file_location("merah_ah_buat", HERE.parent / "merah_ah" / "buat.py")
_builder = importlib.util.module_from_spec(_spec)  # type: ignore[arg-type]
_spec.loader.exec_module(_builder)  # type: ignore[union-attr]
Buku = _builder.Buku

DASAR = ["no", "atasan", "rk", "aspek", "iki", "target"]
JABATAN = "Pranata Komputer Ahli Pertama"

# Butir kegiatan (Permen PANRB 32/2020, Pranata Komputer) per RK utama of the base plan.
BUTIR = [
    [("II.A.1", "Melakukan analisis kebutuhan sistem keuangan", "Dokumen analisis", "0,04")],
    [("II.B.3", "Melakukan validasi data aplikasi anggaran", "Laporan validasi", "0,125")],
    [("II.C.2", "Melakukan pemrosesan usulan perubahan data", "Berkas usulan", "0,5")],
]

Mod = Callable[[Any], None]


def base(model: str = "dasar") -> dict[str, Any]:
    spec = _builder.base()
    spec["form"] = f"jf-{model}"
    spec["pegawai"]["jabatan"] = JABATAN
    spec["pegawai"]["pangkat"] = "Penata Muda Tingkat I, III/b"
    if model == "dasar":
        spec["o"]["urutan"] = list(DASAR)
    spec["butir"] = copy.deepcopy(BUTIR)
    return spec


# ---------------------------------------------------------------- annex writers

def _write(ws: Any, r: int, c: int, rows: list[list[Any]]) -> None:
    for i, row in enumerate(rows):
        for j, value in enumerate(row):
            if value is not None:
                ws.cell(r + i, c + j, value)


def _kop_rows(spec: dict[str, Any], title: str, tanggal: bool = True) -> list[list[Any]]:
    p, q = spec["pegawai"], spec["penilai"]
    rows: list[list[Any]] = [[title], ["DINAS PERHUBUNGAN KABUPATEN LEMBAH HIJAU"], [spec["periode"]]]
    if tanggal:
        rows.append(["TANGGAL PENGAJUAN: 2 Januari 2025"])
    rows.append(["NO", "PEGAWAI YANG DINILAI", None, None, "NO", "PEJABAT PENILAI KINERJA"])
    for i, (key, label) in enumerate(
        [("nama", "NAMA"), ("nip", "NIP"), ("pangkat", "PANGKAT/GOL RUANG"), ("jabatan", "JABATAN"),
         ("unit", "UNIT KERJA")], 1):
        rows.append([i, label, p[key], None, i, label, q[key]])
    rows.append([])
    return rows


KET_COLS = ["no", "rk", "butir", "output", "ak"]
KET_LABEL = {"no": "NO", "rk": "RENCANA KINERJA", "butir": "BUTIR KEGIATAN", "output": "OUTPUT",
             "ak": "ANGKA KREDIT", "kode": "KODE BUTIR",
             "volume": "VOLUME", "jumlah": "JUMLAH ANGKA KREDIT"}


def keterkaitan(
    *, on_skp: bool = False, order: list[str] | None = None, labels: dict[str, str] | None = None,
    rk_text: Callable[[int, str], str] | None = None, two_row_butir: bool = False, numbered: str = "rk",
    tambahan: str | None = None, jumlah: bool = False, kop: bool = True,
    expected: dict[str, Any] | None = None,
    sheet_name: str = "Keterkaitan AK", beside: bool = False, under_table: bool = False,
    signature: bool = True, extra: bool = False, section: bool = True, title: bool = True,
    section_in: str = "no", jumlah_di: str = "no", jumlah_rumus: bool = False,
) -> Mod:
    """Pengubah: tulis lembar (atau blok di bawah tanda tangan lembar SKP) Keterkaitan SKP–AK.

    ``expected`` (bila diberi) menerima sel tiap butir: ``expected["cells"][(i, k, kolom)] = (sheet, A1)``.
    """
    cols = order or list(KET_COLS)
    lab = {**KET_LABEL, **(labels or {})}

    def mod(book: Any) -> None:
        spec = book.spec
        c0 = 1
        if beside:  # right of the plan, its header on the plan's header row
            ws, r, c0 = book.ws, 11, book.last + 3
        elif under_table:  # under the plan's last row, before the signatures (jarak_ttd widened)
            ws = book.ws
            r = int(book.cells["tambahan1.1.iki"].lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ")) + 2
        elif on_skp:
            ws = book.ws
            r = ws.max_row + 3
        else:
            ws = book.wb.create_sheet(sheet_name)
            r = 1
        name = ws.title
        rows = _kop_rows(spec, "FORMAT KETERKAITAN SKP DENGAN ANGKA KREDIT") if kop else [
            ["FORMAT KETERKAITAN SKP DENGAN ANGKA KREDIT"], []] if title else []
        _write(ws, r, c0, rows)
        r += len(rows)
        # with ``extra`` the volume and the AK it earns stand right of the AK per unit
        keys = [*cols, "volume", "jumlah"] if extra else cols
        col = {k: c0 + j for j, k in enumerate(keys)}
        if two_row_butir:  # BUTIR KEGIATAN over KODE | URAIAN, the others merged over both rows
            cols2 = [k for k in cols if k != "butir"]
            cb = col["butir"]
            for k in cols2:
                if col[k] > cb:
                    col[k] += 1
            col["kode"] = cb
            col["butir"] = cb + 1
            for k in cols2:
                ws.cell(r, col[k], lab[k])
                ws.merge_cells(start_row=r, start_column=col[k], end_row=r + 1, end_column=col[k])
            ws.cell(r, cb, lab["butir"])
            ws.merge_cells(start_row=r, start_column=cb, end_row=r, end_column=cb + 1)
            ws.cell(r + 1, cb, "KODE")
            ws.cell(r + 1, cb + 1, "URAIAN")
            r += 2
        else:
            for k in keys:
                ws.cell(r, col[k], lab[k])
            r += 1
        if "no" not in col:  # no NO column: the section labels and numbers go in the RK column
            col["no"] = col["rk"]
        if section:
            ws.cell(r, col[section_in], "A. KINERJA UTAMA" if numbered != "plain" else "KINERJA UTAMA")
            r += 1
        first_row = r
        for i, (item, butirs) in enumerate(zip(spec["rencana"], spec["butir"], strict=True), 1):
            top = r
            text = rk_text(i, item["rk"]) if rk_text else item["rk"]
            for j, (kode, butir, output, ak) in enumerate(butirs):
                if j == 0:
                    if col["no"] != col["rk"]:
                        ws.cell(r, col["no"], i)
                    ws.cell(r, col["rk"], text)
                if numbered == "desimal" and len(butirs) > 1:
                    ws.cell(r, col["no"], f"{i}.{j + 1}")
                if butir is not None:
                    if "kode" in col:
                        ws.cell(r, col["kode"], kode)
                    ws.cell(r, col["butir"], butir)
                    ws.cell(r, col["output"], output)
                if ak is not None:
                    ws.cell(r, col["ak"], ak)
                if extra and butir is not None:
                    ws.cell(r, col["volume"], 12)
                    ws.cell(r, col["jumlah"], "0,48")
                if expected is not None:
                    where = (name, f"{get_column_letter(col['ak'])}{r}")
                    expected.setdefault("cells", {})[(i, j, "ak")] = where
                r += 1
            if len(butirs) > 1 and numbered != "desimal":
                for key in dict.fromkeys(("no", "rk")):
                    if key == "no" and col["no"] == col["rk"]:
                        continue
                    ws.merge_cells(start_row=top, start_column=col[key], end_row=r - 1, end_column=col[key])
        if tambahan is not None:
            ws.cell(r, col[section_in], "B. KINERJA TAMBAHAN")
            r += 1
            if col["no"] != col["rk"]:
                ws.cell(r, col["no"], 1)
            ws.cell(r, col["rk"], spec["tambahan"][0]["rk"])
            for k in ("butir", "output", "ak"):
                ws.cell(r, col[k], tambahan)
            r += 1
        if jumlah:
            ak_col = get_column_letter(col["ak"])
            total = f"=SUM({ak_col}{first_row}:{ak_col}{r - 1})" if jumlah_rumus else "0,665"
            ws.cell(r, col[jumlah_di], "JUMLAH ANGKA KREDIT")
            if jumlah_di == "no":
                ws.merge_cells(start_row=r, start_column=col["no"], end_row=r, end_column=col["ak"] - 1)
            ws.cell(r, col["ak"], total)
            r += 1
        if not signature:
            return
        r += 2
        ws.cell(r, col["output"], "Lembah Hijau, 2 Januari 2025")
        ws.cell(r + 1, col["rk"], "PEGAWAI YANG DINILAI")
        ws.cell(r + 1, col["output"], "PEJABAT PENILAI KINERJA")
        ws.cell(r + 5, col["rk"], spec["pegawai"]["nama"])
        ws.cell(r + 5, col["output"], spec["penilai"]["nama"])
        ws.cell(r + 6, col["rk"], "NIP. " + spec["pegawai"]["nip"])
        ws.cell(r + 6, col["output"], "NIP. " + spec["penilai"]["nip"])

    return mod


MEMBERS = [
    ("Dewi Lestari, S.E.", "19900315 201402 2 001", JABATAN),
    ("Rudi Hartono, S.Kom.", "19880712 201101 1 002", "Pranata Komputer Ahli Muda"),
    ("Sri Wahyuni", "19950101 202001 2 003", "Pengelola Keuangan"),
]


def matriks(
    *, where: str = "sheet", transposed: bool = False, marks: bool = False, beban: bool = False,
    nip_below: bool = False, merged_members: bool = False, jabatan_only: bool = False, kop: bool = True,
    detailed: bool = False,
) -> Mod:
    """Pengubah: Matriks Pembagian Peran dan Hasil di lembar sendiri (``sheet``), di bawah tanda tangan
    lembar SKP (``below``), di samping tabel SKP (``beside``) atau di atas kop lembar SKP (``above``)."""

    def cell_text(m: int, j: int, item: dict[str, Any]) -> Any:
        if marks:
            return ["√", "v", "x"][(m + j) % 3]
        if beban:
            return ["40 %", "3 dokumen", "30 %"][m]
        if m == 0:
            return item["rk"]
        return f"Data pendukung {item['rk'][0].lower()}{item['rk'][1:]}"

    def rows_of(spec: dict[str, Any]) -> list[list[Any]]:
        rks = spec["rencana"]
        rows: list[list[Any]] = [["MATRIKS PEMBAGIAN PERAN DAN HASIL"]]
        if kop:
            rows.append(["UNIT KERJA: SEKRETARIAT DINAS PERHUBUNGAN"])
        rows.append([])
        if not transposed:
            nama = "NAMA / NIP" if nip_below else "NAMA"
            head = ["NO", "JABATAN"] if jabatan_only else ["NO", nama, "JABATAN"]
            rows.append([*head, *["RENCANA KINERJA ATASAN"] + [None] * (len(rks) - 1)])
            rows.append([None] * len(head) + [item["atasan"] for item in rks])
            rows.append([None] * (len(head) - 1) + ["JENIS PENYELARASAN"] + ["Direct Cascading"] * len(rks))
            for m, (nama, nip, jab) in enumerate(MEMBERS):
                who = [m + 1, jab] if jabatan_only else [m + 1, nama, jab]
                rows.append([*who, *[cell_text(m, j, it) for j, it in enumerate(rks)]])
                if nip_below and not jabatan_only:
                    rows.append([None, nip])
        else:
            head = ["NO", "RENCANA KINERJA ATASAN", "JENIS PENYELARASAN"]
            names = [jab if jabatan_only else nama for nama, _, jab in MEMBERS]
            if merged_members:
                rows.append([*head, "PERAN DAN HASIL ANGGOTA TIM"] + [None] * (len(names) - 1))
                rows.append([None] * len(head) + names)
            else:
                rows.append([*head, *names])
            for j, item in enumerate(rks):
                rows.append([j + 1, item["atasan"], "Direct Cascading",
                             *[cell_text(m, j, item) for m in range(len(MEMBERS))]])
        return rows

    def rows_rinci(spec: dict[str, Any]) -> list[list[Any]]:
        """The Matriks as some agencies keep it: one row per member and RK, with the member's IKI and
        target."""
        rows: list[list[Any]] = [["MATRIKS PEMBAGIAN PERAN DAN HASIL"], [],
                                 ["NO", "RENCANA KINERJA ATASAN", "NAMA", "JABATAN", "RENCANA KINERJA",
                                  "INDIKATOR KINERJA INDIVIDU", "TARGET"]]
        n = 0
        for item in spec["rencana"]:
            for m, (nama, _nip, jab) in enumerate(MEMBERS[:2]):
                n += 1
                rk = item["rk"] if m == 0 else f"Data pendukung {item['rk'][0].lower()}{item['rk'][1:]}"
                iki = item["iki"][0]
                rows.append([n, item["atasan"], nama, jab, rk, iki[1], iki[2]])
        return rows

    def mod(book: Any) -> None:
        spec = book.spec
        rows = rows_rinci(spec) if detailed else rows_of(spec)
        if where == "sheet":
            ws = book.wb.create_sheet("Matriks Peran Hasil", 0 if transposed or detailed else None)
            _write(ws, 1, 1, rows)
            top = 4 if kop else 3
        elif where == "under_table":  # under the plan's last row, before the signatures (jarak_ttd widened)
            ws = book.ws
            top = int(book.cells["tambahan1.1.iki"].lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ")) + 2
            _write(ws, top, 1, rows)
            top += 3 if kop else 2
        elif where == "below":
            ws = book.ws
            top = ws.max_row + 3
            _write(ws, top, 1, rows)
            top += 3 if kop else 2
        elif where == "beside":
            ws = book.ws
            _write(ws, 14, book.last + 3, rows)
            return
        elif where == "beside_header":  # its header on the plan's header row
            ws = book.ws
            _write(ws, 11, book.last + 3, rows)  # title, a blank row, then the header on row 13
            return
        else:  # above: the SKP moved down under the Matriks
            ws = book.ws
            n = len(rows) + 2
            ws.move_range(f"A1:{get_column_letter(ws.max_column)}{ws.max_row}", rows=n)
            for rng in list(ws.merged_cells.ranges):
                rng.shift(0, n)
            _write(ws, 1, 1, rows)
            book.cells.update({k: _shift(v, n) for k, v in book.cells.items()})
            return
        if merged_members and transposed:
            c = 4 if where != "beside" else book.last + 6
            ws.merge_cells(start_row=top, start_column=c, end_row=top, end_column=c + len(MEMBERS) - 1)
            for cc in range(1, 4):
                ws.merge_cells(start_row=top, start_column=cc, end_row=top + 1, end_column=cc)

    return mod


def _shift(a1: str, n: int) -> str:
    letters = a1.rstrip("0123456789")
    return f"{letters}{int(a1[len(letters):]) + n}"


# ---------------------------------------------------------------- probes

Probe = tuple[str, str, Callable[[dict[str, Any]], None], list[tuple[str, str | None, str | None]]]


def _ubah(spec: dict[str, Any], *mods: Mod) -> None:
    spec["o"].setdefault("ubah", []).extend(mods)


def _ket(spec: dict[str, Any], **kw: Any) -> None:
    mod = keterkaitan(**kw)
    mod._ket_args = kw  # type: ignore[attr-defined]
    _ubah(spec, mod)


def _set_ak(spec: dict[str, Any], i: int, k: int, ak: Any) -> None:
    kode, butir, output, _ = spec["butir"][i][k]
    spec["butir"][i][k] = (kode, butir, output, ak)


def _more_butir(spec: dict[str, Any]) -> None:
    spec["butir"][0].append(("II.A.2", "Menyusun rancangan sistem keuangan", "Dokumen rancangan", "0,08"))
    spec["butir"][1].append(("II.B.4", "Melakukan uji coba aplikasi anggaran", "Laporan uji coba", "0,06"))


def probes() -> list[Probe]:
    p: list[Probe] = []

    def add(name: str, about: str, change: Callable[[dict[str, Any]], None],
            defects: list[tuple[str, str | None, str | None]] | None = None) -> None:
        p.append((name, about, change, defects or []))

    # ---- Keterkaitan: bersih
    add("k01-bersih-dasar", "JF Model Dasar, lembar Keterkaitan AK baku", lambda s: _ket(s))
    add("k02-urutan-kolom", "kolom Keterkaitan berurutan NO | BUTIR | RK | AK | OUTPUT",
        lambda s: _ket(s, order=["no", "butir", "rk", "ak", "output"]))
    add("k03-kode-butir", "kolom KODE BUTIR tambahan sebelum BUTIR KEGIATAN",
        lambda s: _ket(s, order=["no", "rk", "kode", "butir", "output", "ak"]))
    add("k04-butir-dua-baris", "BUTIR KEGIATAN di atas KODE | URAIAN (dua baris judul)",
        lambda s: _ket(s, two_row_butir=True))

    def k05(s: dict[str, Any]) -> None:
        _more_butir(s)
        _ket(s)
    add("k05-banyak-butir", "beberapa butir per RK, RK dan NO digabung", k05)

    def k06(s: dict[str, Any]) -> None:
        _more_butir(s)
        _ket(s, numbered="desimal")
    add("k06-butir-bernomor", "beberapa butir per RK bernomor 1.1, 1.2, RK hanya di baris pertama", k06)

    def k07(s: dict[str, Any]) -> None:
        for i, ak in enumerate(["0.125", "0,5 AK", "1,000"]):
            _set_ak(s, i, 0, ak)
        _ket(s)
    add("k07-ak-tulisan", "AK ditulis 0.125, 0,5 AK, 1,000", k07)

    def k08(s: dict[str, Any]) -> None:
        for i, ak in enumerate([0.04, 0.125, 1]):
            _set_ak(s, i, 0, ak)
        _ket(s)
    add("k08-ak-angka", "AK sebagai angka (0.04, 0.125, 1)", k08)
    add("k09-tambahan-strip", "baris Kinerja Tambahan dengan butir dan AK '-'",
        lambda s: _ket(s, tambahan="-"))
    add("k10-jumlah-ak", "baris JUMLAH ANGKA KREDIT di bawah tabel", lambda s: _ket(s, jumlah=True))
    add("k11-di-lembar-skp", "Keterkaitan di lembar SKP di bawah tanda tangan",
        lambda s: _ket(s, on_skp=True))

    def k12(s: dict[str, Any]) -> None:
        _ket(s)
    p.append(("k12-pengembangan", "JF Model Pengembangan dengan lembar Keterkaitan", k12, []))

    add("k13-rk-bernomor", "RK di Keterkaitan diawali nomor '1. ' dan diakhiri titik",
        lambda s: _ket(s, rk_text=lambda i, t: f"{i}. {t}."))
    add("k14-rk-huruf-besar", "RK di Keterkaitan ditulis huruf besar semua",
        lambda s: _ket(s, rk_text=lambda i, t: t.upper()))
    add("k15-rk-singkatan", "RK di Keterkaitan dengan singkatan (Dok., Lap.)",
        lambda s: _ket(s, rk_text=lambda i, t: t.replace("Dokumen", "Dok.").replace("Laporan", "Lap.")))
    add("k16-judul-ak", "judul kolom 'AK' dan 'BUTIR KEGIATAN JABATAN FUNGSIONAL'",
        lambda s: _ket(s, labels={"ak": "AK", "butir": "BUTIR KEGIATAN JABATAN FUNGSIONAL"}))
    add("k17-tanpa-kop", "lembar Keterkaitan hanya judul dan tabel, tanpa kop identitas",
        lambda s: _ket(s, kop=False, numbered="plain"))
    add("k18-nama-lembar", "lembar Keterkaitan bernama 'Lampiran 2'",
        lambda s: _ket(s, sheet_name="Lampiran 2"))

    def k19(s: dict[str, Any]) -> None:
        _more_butir(s)
        _ket(s, on_skp=True, jumlah=True, tambahan="-")
    add("k19-skp-lengkap", "Keterkaitan di lembar SKP: banyak butir, Tambahan '-', JUMLAH", k19)

    def k20(s: dict[str, Any]) -> None:
        _ket(s, order=["no", "rk", "kode", "butir", "output", "ak"],
             labels={"butir": "URAIAN BUTIR KEGIATAN"})
    add("k20-uraian-butir", "judul 'URAIAN BUTIR KEGIATAN' dengan KODE BUTIR", k20)

    add("k21-samping-skp", "Keterkaitan di lembar SKP di samping tabel, judulnya sebaris dengan judul SKP",
        lambda s: _ket(s, beside=True, kop=False, signature=False))

    def k22(s: dict[str, Any]) -> None:
        s["o"]["jarak_ttd"] = 16
        _ket(s, under_table=True, kop=False, signature=False)
    add("k22-bawah-tabel", "Keterkaitan di lembar SKP langsung di bawah tabel, sebelum tanda tangan", k22)
    add("k23-judul-rk-pegawai", "judul kolom 'RENCANA KINERJA PEGAWAI' dan 'ANGKA KREDIT (AK)'",
        lambda s: _ket(s, labels={"rk": "RENCANA KINERJA PEGAWAI", "ak": "ANGKA KREDIT (AK)"}))
    add("k24-volume-jumlah", "kolom VOLUME dan JUMLAH ANGKA KREDIT di kanan ANGKA KREDIT",
        lambda s: _ket(s, extra=True))
    add("k25-tanpa-bagian", "Keterkaitan tanpa label KINERJA UTAMA", lambda s: _ket(s, section=False))
    add("k26-judul-satuan", "judul 'SATUAN HASIL' dan 'AK'",
        lambda s: _ket(s, labels={"output": "SATUAN HASIL", "ak": "AK"}))

    def k27(s: dict[str, Any]) -> None:
        s["o"]["jarak_ttd"] = 14
        _ket(s, under_table=True, kop=False, title=False, signature=False)
    add("k27-bawah-tabel-tanpa-judul",
        "Keterkaitan tanpa judul langsung di bawah tabel SKP, sebelum tanda tangan", k27)
    add("k28-tanpa-kolom-no", "Keterkaitan tanpa kolom NO (label bagian di kolom RK)",
        lambda s: _ket(s, order=["rk", "butir", "output", "ak"], section_in="rk", tambahan="-"))
    add("k29-bagian-di-rk", "label KINERJA UTAMA/TAMBAHAN di kolom RK, bukan NO",
        lambda s: _ket(s, section_in="rk", tambahan="-"))

    add("k30-jumlah-rumus-butir",
        "baris JUMLAH ANGKA KREDIT di kolom butir, jumlahnya rumus =SUM tanpa nilai",
        lambda s: _ket(s, jumlah=True, jumlah_di="butir", jumlah_rumus=True))
    add("k31-jumlah-rumus-no", "baris JUMLAH ANGKA KREDIT digabung dari NO, jumlahnya rumus =SUM tanpa nilai",
        lambda s: _ket(s, jumlah=True, jumlah_rumus=True))
    add("k32-rk-baris-baru", "RK di Keterkaitan dengan ganti baris (Alt+Enter) dan spasi ganda",
        lambda s: _ket(s, rk_text=lambda i, t: t.replace(" yang ", "\nyang ").replace(" ", "  ", 1)))

    add("k33-judul-varian", "judul 'RENCANA KINERJA (RK)', 'BUTIR KEGIATAN JF', 'HASIL / OUTPUT', 'NILAI AK'",
        lambda s: _ket(s, labels={"rk": "RENCANA KINERJA (RK)", "butir": "BUTIR KEGIATAN JF",
                                  "output": "HASIL / OUTPUT", "ak": "NILAI AK"}))
    add("k34-judul-per-satuan", "judul 'ANGKA KREDIT PER SATUAN' dan 'SATUAN OUTPUT'",
        lambda s: _ket(s, labels={"output": "SATUAN OUTPUT", "ak": "ANGKA KREDIT PER SATUAN"}))

    # ---- Matriks: bersih
    def mat(**kw: Any) -> Callable[[dict[str, Any]], None]:
        def change(s: dict[str, Any]) -> None:
            _ubah(s, matriks(**kw))
            _ket(s)
        return change

    add("m01-lembar", "Matriks di lembar sendiri (anggota baris, RK kolom)", mat())
    add("m02-bawah-skp", "Matriks di lembar SKP di bawah tanda tangan", mat(where="below"))
    add("m03-samping-skp", "Matriks di lembar SKP di samping tabel", mat(where="beside"))
    add("m04-atas-skp", "Matriks di lembar SKP di atas kop", mat(where="above"))
    add("m05-transpos-bawah", "Matriks transpos (RK baris, anggota kolom) di bawah tanda tangan",
        mat(where="below", transposed=True))
    add("m06-tanda-centang", "Matriks dengan tanda √/v/x, anggota sebagai kolom jabatan saja, di bawah SKP",
        mat(where="below", transposed=True, marks=True, jabatan_only=True))
    add("m07-beban-nip", "Matriks dengan beban target per anggota dan NIP di bawah nama, di bawah SKP",
        mat(where="below", beban=True, nip_below=True))
    add("m08-judul-anggota-gabung", "Matriks transpos dengan judul anggota digabung dua baris, di bawah SKP",
        mat(where="below", transposed=True, merged_members=True))
    add("m09-jabatan-saja-lembar", "Matriks di lembar sendiri (transpos, anggota kolom jabatan saja)",
        mat(transposed=True, jabatan_only=True))
    add("m11-samping-judul", "Matriks di samping tabel SKP, judulnya sebaris dengan judul SKP",
        mat(where="beside_header", kop=False))
    add("m12-samping-transpos", "Matriks transpos di samping tabel SKP, judulnya sebaris dengan judul SKP",
        mat(where="beside_header", transposed=True, kop=False))
    def under(**kw: Any) -> Callable[[dict[str, Any]], None]:
        def change(s: dict[str, Any]) -> None:
            s["o"]["jarak_ttd"] = 16
            mat(where="under_table", **kw)(s)
        return change
    add("m13-bawah-tabel-transpos", "Matriks transpos langsung di bawah tabel SKP, sebelum tanda tangan",
        under(transposed=True))
    add("m14-bawah-tabel", "Matriks (anggota baris) langsung di bawah tabel SKP, sebelum tanda tangan",
        under())
    add("m15-bawah-tabel-centang", "Matriks transpos bertanda √/v/x langsung di bawah tabel SKP",
        under(transposed=True, marks=True, jabatan_only=True))
    add("m16-rinci-lembar-depan", "Matriks rinci (RK, IKI, target per anggota) sebagai lembar pertama",
        mat(detailed=True))
    add("m17-rinci-bawah-skp", "Matriks rinci (RK, IKI, target per anggota) di bawah tanda tangan SKP",
        mat(where="below", detailed=True))
    add("m10-bawah-tanpa-kop", "Matriks di lembar SKP di bawah tanda tangan tanpa baris unit",
        mat(where="below", kop=False))

    # ---- kembaran bercacat
    add("d01-tanpa-keterkaitan", "JF tanpa lembar Keterkaitan", lambda s: None,
        [("keterkaitan-ak-hilang", None, None)])

    def d02(s: dict[str, Any]) -> None:
        s["butir"][2] = [("", None, None, None)]
        _ket(s)
    add("d02-rk-tanpa-butir", "RK utama ke-3 tanpa butir", d02,
        [("rk-tanpa-butir-kegiatan", "SKP", "utama3.rk")])

    def d03(s: dict[str, Any]) -> None:
        _set_ak(s, 1, 0, "0")
        _ket(s)
    add("d03-ak-nol", "AK RK ke-2 bernilai 0", d03, [("angka-kredit-tidak-valid", "@ket", "2.0")])

    def d04(s: dict[str, Any]) -> None:
        _set_ak(s, 0, 0, None)
        _ket(s, on_skp=True)
    add("d04-skp-ak-kosong", "Keterkaitan di lembar SKP, AK RK ke-1 kosong", d04,
        [("angka-kredit-tidak-valid", "@ket", "1.0")])

    def d05(s: dict[str, Any]) -> None:
        _set_ak(s, 0, 0, "0,0025")
        _ket(s, order=["no", "butir", "rk", "ak", "output"])
    add("d05-ak-empat-desimal", "urutan kolom lain, AK 0,0025", d05,
        [("angka-kredit-tidak-valid", "@ket", "1.0")])

    def d06(s: dict[str, Any]) -> None:
        _more_butir(s)
        s["butir"][2] = [("", None, None, None)]
        _ket(s, on_skp=True, jumlah=True, tambahan="-")
    add("d06-skp-lengkap-tanpa-butir", "seperti k19, RK ke-3 tanpa butir", d06,
        [("rk-tanpa-butir-kegiatan", "SKP", "utama3.rk")])

    def d07(s: dict[str, Any]) -> None:
        s["rencana"][1]["iki"][0][2] = ""
        _ubah(s, matriks(where="below", transposed=True))
        _ket(s)
    add("d07-matriks-target-kosong", "seperti m05, target IKI pertama RK ke-2 kosong", d07,
        [("iki-tanpa-target", "SKP", "utama2.1.target")])

    def d08(s: dict[str, Any]) -> None:
        _set_ak(s, 2, 0, "-")
        _ket(s, two_row_butir=True)
    add("d08-ak-strip-utama", "judul dua baris, AK Kinerja Utama RK ke-3 '-'", d08,
        [("angka-kredit-tidak-valid", "@ket", "3.0")])

    def d09(s: dict[str, Any]) -> None:
        _set_ak(s, 1, 0, None)
        _ket(s, order=["rk", "butir", "output", "ak"], section_in="rk", tambahan="-")
    add("d09-tanpa-no-ak-kosong", "seperti k28, AK RK ke-2 kosong", d09,
        [("angka-kredit-tidak-valid", "@ket", "2.0")])

    def d10(s: dict[str, Any]) -> None:
        s["rencana"][2]["iki"][1][2] = ""
        under(transposed=True)(s)
    add("d10-matriks-bawah-target-kosong", "seperti m13, target IKI ke-2 RK ke-3 kosong", d10,
        [("iki-tanpa-target", "SKP", "utama3.2.target")])

    def d11(s: dict[str, Any]) -> None:
        s["rencana"][0]["iki"][1][2] = ""
        mat(detailed=True)(s)
    add("d11-matriks-rinci-target-kosong", "seperti m16, target IKI ke-2 RK ke-1 di lembar SKP kosong", d11,
        [("iki-tanpa-target", "SKP", "utama1.2.target")])

    def ja(where: str, **kw: Any) -> Callable[[dict[str, Any]], None]:
        def change(s: dict[str, Any]) -> None:
            s["form"] = "ja-dasar"
            s["pegawai"]["jabatan"] = _builder.PEGAWAI["jabatan"]
            _ubah(s, matriks(where=where, **kw))
        return change
    add("j01-ja-matriks-atas",
        "JA (Kepala Subbagian) dengan Matriks beranggota JF di atas kop, tanpa Keterkaitan",
        ja("above"))
    add("j02-ja-matriks-bawah", "JA dengan Matriks beranggota JF di bawah tanda tangan, tanpa Keterkaitan",
        ja("below", transposed=True))
    add("j03-ja-matriks-lembar", "JA dengan lembar Matriks rinci beranggota JF sebagai lembar pertama",
        ja("sheet", detailed=True))
    add("j04-ja-matriks-samping", "JA dengan Matriks beranggota JF di samping tabel SKP", ja("beside"))

    def d12(s: dict[str, Any]) -> None:
        ja("above")(s)
        s["rencana"][1]["iki"][1][2] = ""
    add("d12-ja-matriks-atas-target-kosong", "seperti j01, target IKI ke-2 RK ke-2 kosong", d12,
        [("iki-tanpa-target", "SKP", "utama2.2.target")])
    return p


def build(folder: Path, manifest: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.glob("*.xlsx"):
        old.unlink()
    files = []
    for name, about, change, defects in probes():
        model = "pengembangan" if "pengembangan" in name else "dasar"
        spec = base(model)
        change(spec)
        if spec["form"].startswith("ja"):
            spec["butir"] = []
        expected: dict[str, Any] = {}
        # the Keterkaitan writer records its AK cells in ``expected`` when asked
        spec["o"]["ubah"] = [_with_expected(m, expected) for m in spec["o"].get("ubah", [])]
        path = folder / f"{name}.xlsx"
        cells = Buku(spec).save(path)
        out = []
        for code, sheet, key in defects:
            if sheet == "@ket":
                i, k = (int(x) for x in key.split("."))  # type: ignore[union-attr]
                where, cell = expected["cells"][(i, k, "ak")]
                out.append({"code": code, "sheet": where, "cell": cell})
            else:
                out.append({"code": code, "sheet": sheet, "cell": cells.get(key) if key else None})
        files.append({"file": path.name, "form": spec["form"], "clean": not defects, "defects": out,
                      "uraian": about})
    _builder.write_manifest(manifest, "merah_at", SEED, files)


def _with_expected(mod: Mod, expected: dict[str, Any]) -> Mod:
    args = getattr(mod, "_ket_args", None)
    return keterkaitan(**{**args, "expected": expected}) if args is not None else mod


def main() -> None:
    _builder.run(build, HERE, __doc__)


if __name__ == "__main__":
    main()
