"""Set merah_av: probe tim merah (kotak putih) untuk tombol "Periksa SKP" dan "Hitung Nilai" dalam buku kerja.

Setiap berkas adalah buku kerja isian instansi (lembar SKP dari pembangun ``merah_ah``, lembar Penilaian dari
``merah_ak``) yang diubah seperti pegawai mengubahnya: baris disisipkan di atas tabel, nama sheet berspasi,
berpetik atau diawali tanda rumus, sheet tersembunyi, beberapa sheet SKP, sheet bernama seperti sheet
tombol tetapi berisi milik instansi, tanggal, galat rumus ``#REF!``, teks panjang, RK berbentuk rumus. Manifes
``harapan.json`` menyebut per berkas tombol yang ditekan, temuan yang harus ada (kode, sheet, sel), apakah
selain itu harus bersih, sel yang tidak boleh ditulis, dan (Hitung Nilai) sel yang harus diisi.

Pemakaian: ``python benchmarks/merah_av/buat.py [--keluaran DIR] [--harapan FILE]`` (deterministik).
"""

from __future__ import annotations

import copy
import importlib.util
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from openpyxl.utils import get_column_letter
from openpyxl.utils.cell import coordinate_from_string

HERE = Path(__file__).resolve().parent
SEED = 20261206


def _load(name: str, path: Path) -> Any:
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


_ah = _load("merah_ah_buat", HERE.parent / "merah_ah" / "buat.py")
_ak = _load("merah_ak_buat", HERE.parent / "merah_ak" / "buat.py")
base, Buku = _ah.base, _ah.Buku

# ---------------------------------------------------------------- pengubah buku (hook ``ubah`` merah_ah)


def _shift(address: str, rows: int) -> str:
    column, row = coordinate_from_string(address)
    return f"{column}{row + rows}"


def sisip_baris(
    sheet: str, n: int, text: str = "Catatan reviu: diperbaiki sesuai arahan Sekretaris"
) -> Callable:
    """Sisipkan ``n`` baris di atas sheet (kop dan tabel turun), baris pertama berisi catatan pegawai."""

    def change(book: Any) -> None:
        ws = book.wb[sheet]
        merged = list(ws.merged_cells.ranges)
        for rng in merged:
            ws.unmerge_cells(str(rng))
        ws.move_range(f"A1:{get_column_letter(ws.max_column)}{ws.max_row}", rows=n)
        for rng in merged:
            rng.shift(0, n)
            ws.merge_cells(str(rng))
        ws.cell(1, 1, text)
        prefix = "pen." if sheet == _ak.PEN else ""
        for key, value in list(book.cells.items()):
            if key.startswith("pen.") == bool(prefix):
                book.cells[key] = _shift(value, n)

    return change


def ganti_nama(old: str, new: str) -> Callable:
    def change(book: Any) -> None:
        ws = book.wb[old]
        ws.title = "_sementara_"  # openpyxl numbers a name equal to the old one but for case ("skp1")
        ws.title = new

    return change


def salin_sheet(source: str, name: str, state: str = "visible", index: int | None = None) -> Callable:
    """Salinan sheet ``source`` bernama ``name`` (SKP lama), dengan visibilitas ``state``."""

    def change(book: Any) -> None:
        ws = book.wb.copy_worksheet(book.wb[source])
        ws.title = name
        ws.sheet_state = state
        if index is not None:
            book.wb.move_sheet(ws, offset=index - book.wb.index(ws))

    return change


def kosongkan(sheet: str, key: str) -> Callable:
    """Kosongkan sel isian ``key`` (cacat tersisip) di sheet ``sheet``."""

    def change(book: Any) -> None:
        book.wb[sheet][book.cells[key]].value = None

    return change


def isi(sheet: str, address: str, value: Any, fmt: str | None = None, kind: str | None = None) -> Callable:
    def change(book: Any) -> None:
        cell = book.wb[sheet][address]
        cell.value = value
        if fmt:
            cell.number_format = fmt
        if kind:
            cell.data_type = kind

    return change


def isi_kunci(sheet: str, key: str, value: Any, kind: str | None = None) -> Callable:
    def change(book: Any) -> None:
        cell = book.wb[sheet][book.cells[key]]
        cell.value = value
        if kind:
            cell.data_type = kind

    return change


def warna(sheet: str, key: str, rgb: str) -> Callable:
    """Warna isian instansi sendiri pada sel ``key`` (sel itu juga akan ditandai)."""
    from openpyxl.styles import PatternFill

    def change(book: Any) -> None:
        book.wb[sheet][book.cells.get(key, key)].fill = PatternFill("solid", fgColor=rgb)

    return change


def sheet_baru(name: str, rows: list[list[Any]], state: str = "visible") -> Callable:
    def change(book: Any) -> None:
        ws = book.wb.create_sheet(name)
        ws.sheet_state = state
        for row in rows:
            ws.append(row)

    return change


def penilaian(**pen: Any) -> Callable[[dict[str, Any]], None]:
    """Spesifikasi: tambah lembar Penilaian merah_ak dengan pengaturan ``pen``."""

    def change(spec: dict[str, Any]) -> None:
        spec["pen"] = _ak.default_pen() | copy.deepcopy(pen)
        spec["o"].setdefault("ubah", []).insert(0, _ak.penilaian_sheet)

    return change


KEYS_IKI = ["utama1.1", "utama1.2", "utama1.3", "utama2.1", "utama2.2", "utama3.1", "utama3.2", "tambahan1.1"]
KOSONG_HASIL = {"tanpa_hitung": KEYS_IKI}  # capaian, kategori dan nilai IKI belum diisi

# ---------------------------------------------------------------- probe

# (nama, tombol, uraian, pengubah spesifikasi, pengubah buku, temuan [(kode, sheet, kunci sel)], lain-lain)
Probe = dict[str, Any]


def probes() -> list[Probe]:
    out: list[Probe] = []

    def add(
        name: str,
        about: str,
        *,
        tombol: str = "periksa",
        spek: Callable | None = None,
        ubah: tuple[Callable, ...] = (),
        temuan: tuple[tuple[str, str, str], ...] = (),
        **extra: Any,
    ) -> None:
        out.append(
            {
                "name": name,
                "about": about,
                "tombol": tombol,
                "spek": spek,
                "ubah": list(ubah),
                "temuan": list(temuan),
                **extra,
            }
        )

    T = "utama1.2.target"  # noqa: N806  (the IKI whose target the defect twins leave empty)
    iki_tanpa_target = ("iki-tanpa-target", "SKP", T)

    # Periksa SKP: where the marks land
    add("p01-dasar", "SKP sah, RK dan cara memantau digabung ke bawah: tanpa temuan")
    add(
        "p02-target-kosong",
        "satu target kosong: ditandai tepat di sel TARGET",
        ubah=(kosongkan("SKP", T),),
        temuan=(iki_tanpa_target,),
    )
    add(
        "p03-baris-disisip",
        "tiga baris disisipkan di atas kop dan tabel, satu target kosong",
        ubah=(kosongkan("SKP", T), sisip_baris("SKP", 3)),
        temuan=(iki_tanpa_target,),
    )
    add(
        "p04-mulai-kolom-c",
        "tabel mulai kolom C dengan lima baris kosong di atas tabel, satu target kosong",
        spek=lambda s: s["o"].update(mulai=3, jarak_tabel=5),
        ubah=(kosongkan("SKP", T),),
        temuan=(iki_tanpa_target,),
    )
    for n, (slug, sheet_name, about) in enumerate(
        [
            ("spasi", "SKP Dewi 2025", "nama sheet berspasi"),
            ("petik", "SKP Bu Dewi's", "nama sheet berpetik tunggal"),
            ("petik-ganda", 'SKP "Final"', "nama sheet berpetik ganda"),
            ("sama-dengan", "=SKP", "nama sheet diawali tanda sama dengan"),
            ("minus", "-SKP-", "nama sheet diawali tanda minus"),
            ("huruf-kecil", "skp", "nama sheet huruf kecil"),
        ],
        start=5,
    ):
        add(
            f"p{n:02d}-nama-sheet-{slug}",
            f"{about} ({sheet_name}), satu target kosong",
            ubah=(kosongkan("SKP", T), ganti_nama("SKP", sheet_name)),
            temuan=(("iki-tanpa-target", sheet_name, T),),
            sheet=sheet_name,
        )
    add(
        "p11-sheet-tersembunyi",
        "SKP tahun lalu (tersembunyi, target kosong) di depan SKP tahun ini yang sah",
        ubah=(kosongkan("SKP", T), salin_sheet("SKP", "SKP 2024", "hidden", 0), _fill_target("SKP", T)),
        catatan="pembanding: skp periksa atas berkas",
    )
    add(
        "p12-sheet-sangat-tersembunyi",
        "SKP lama (veryHidden, target kosong) di depan SKP sah",
        ubah=(kosongkan("SKP", T), salin_sheet("SKP", "SKP lama", "veryHidden", 0), _fill_target("SKP", T)),
    )
    add(
        "p13-dua-sheet-skp",
        "dua sheet SKP sama isi (salinan 'SKP (2)'), target kosong di keduanya",
        ubah=(kosongkan("SKP", T), salin_sheet("SKP", "SKP (2)")),
        bersih=False,
    )
    add(
        "p14-hasil-periksa-milik-instansi",
        "sheet 'Hasil Periksa' berisi catatan reviu pengelola kinerja",
        ubah=(
            kosongkan("SKP", T),
            sheet_baru(
                "Hasil Periksa",
                [
                    ["CATATAN HASIL PERIKSA PENGELOLA KINERJA"],
                    ["No", "Catatan", "Tindak lanjut"],
                    [1, "RK kedua perlu diselaraskan dengan Renstra", "sudah"],
                ],
            ),
        ),
        temuan=(iki_tanpa_target,),
        jaga={"Hasil Periksa": ["A1", "B3", "C3"]},
    )
    add(
        "p15-warna-instansi",
        "sel TARGET kosong yang sudah diwarnai hijau oleh instansi",
        ubah=(kosongkan("SKP", T), warna("SKP", T, "C6EFCE")),
        temuan=(iki_tanpa_target,),
        warna_asal={"SKP": {T: "#C6EFCE"}},
    )
    add(
        "p16-rk-seperti-rumus",
        "RK diawali '=' dan '+' (diketik sebagai teks), dengan RK ganda",
        spek=_rk_formula_like,
        temuan=(("rk-ganda", "SKP", "utama3.rk"),),
    )
    add("p17-tanggal", "tanggal tanda tangan dan periode sebagai tanggal Excel", ubah=(_dates,))
    add(
        "p18-galat-ref",
        "TARGET berisi galat rumus #REF! (galat dibaca sebagai sel kosong, docs/kode-temuan)",
        ubah=(isi_kunci("SKP", T, "#REF!", "e"),),
        temuan=(iki_tanpa_target,),
    )
    add(
        "p19-teks-panjang",
        "uraian RK atasan 5.000 karakter dan catatan 20.000 karakter di bawah tabel",
        spek=_long_texts,
    )
    add(
        "p20-sel-jauh",
        "satu titik tertinggal di sel AZ3000 (rentang terpakai melebar)",
        ubah=(isi("SKP", "AZ3000", "."),),
    )
    add(
        "p21-tanda-lama",
        "sheet _skp_tanda dari tekanan sebelumnya menunjuk sel yang kini sudah benar",
        ubah=(sheet_baru("_skp_tanda", [["sheet", "sel", "warna_asal"], ["SKP", "F20", ""]], "hidden"),),
    )
    add(
        "p22-rk-atasan-digabung-kosong",
        "RK atasan digabung ke bawah, RK atasan RK kedua kosong",
        ubah=(kosongkan("SKP", "utama2.atasan"),),
        temuan=(("rk-atasan-kosong", "SKP", "utama2.atasan"),),
    )
    add(
        "p23-sheet-penilaian-bersih", "SKP dengan sheet Penilaian yang sudah dihitung benar", spek=penilaian()
    )
    add(
        "p24-penilaian-nama-berpetik",
        'sheet Penilaian bernama "Penilaian Bu Dewi\'s", nilai IKI salah',
        spek=penilaian(tulis={"utama1.1.nilai": 100}),
        ubah=(ganti_nama(_ak.PEN, "Penilaian Bu Dewi's"),),
        temuan=(("capaian-tidak-sesuai", "Penilaian Bu Dewi's", "pen.utama1.1.nilai"),),
    )

    add(
        "p25-sel-xfd",
        "satu titik tertinggal di sel XFD150 (rentang terpakai 150 x 16.384 sel)",
        ubah=(isi("SKP", "XFD150", "."),),
    )
    add(
        "p26-sheet-tersembunyi-tahun-lalu",
        "SKP periode 2024 tersembunyi (target kosong) di depan SKP 2025 sah",
        ubah=(
            kosongkan("SKP", T),
            salin_sheet("SKP", "SKP 2024", "hidden", 0),
            isi("SKP 2024", "A3", "PERIODE PENILAIAN: 1 JANUARI SD 31 DESEMBER 2024"),
            _fill_target("SKP", T),
        ),
    )
    add(
        "p27-nama-sheet-unicode",
        "nama sheet dengan tanda pisah dan tanda seru 'Rencana SKP – Dewi!', target kosong",
        ubah=(kosongkan("SKP", T), ganti_nama("SKP", "Rencana SKP – Dewi!")),
        temuan=(("iki-tanpa-target", "Rencana SKP – Dewi!", T),),
    )

    # round 2
    add(
        "p28-rk-atasan-pertama-kosong",
        "RK atasan RK pertama (digabung ke bawah) kosong",
        ubah=(kosongkan("SKP", "utama1.atasan"),),
        temuan=(("rk-atasan-kosong", "SKP", "utama1.atasan"),),
    )
    add(
        "p29-nama-buku-minus",
        "buku kerja bernama '-SKP Dewi revisi.xlsx' (diawali tanda minus), target kosong",
        ubah=(kosongkan("SKP", T),),
        temuan=(iki_tanpa_target,),
        nama_buku="-SKP Dewi revisi.xlsx",
    )
    add(
        "p30-nama-buku-sama-dengan",
        "buku kerja bernama '=SKP Dewi.xlsx', target kosong",
        ubah=(kosongkan("SKP", T),),
        temuan=(iki_tanpa_target,),
        nama_buku="=SKP Dewi.xlsx",
    )
    # round 4
    add(
        "p31-kolom-sisipan",
        "kolom kosong disisipkan setelah ASPEK dan setelah TARGET, satu target kosong",
        spek=lambda s: s["o"].update(sela=("aspek", "target")),
        ubah=(kosongkan("SKP", T),),
        temuan=(iki_tanpa_target,),
    )
    add(
        "p32-kop-nama-kosong",
        "nama pegawai kosong di kop (sel isian di kanan label)",
        ubah=(kosongkan("SKP", "pegawai.nama"),),
        temuan=(("identitas-kosong", "SKP", "pegawai.nama"),),
    )
    add(
        "p33-iki-diberi-jarak",
        "baris kosong di antara IKI satu RK (tanpa gabung), satu target kosong",
        spek=lambda s: s["o"].update(sela_iki=True, rk="sekali"),
        ubah=(kosongkan("SKP", "utama1.3.target"),),
        temuan=(("iki-tanpa-target", "SKP", "utama1.3.target"),),
    )

    # Hitung Nilai
    add(
        "n01-hasil-kosong",
        "Penilaian dengan realisasi terisi, capaian/kategori/nilai IKI kosong",
        tombol="nilai",
        spek=penilaian(**KOSONG_HASIL),
    )
    add(
        "n02-baris-disisip",
        "n01 dengan empat baris disisipkan di atas sheet Penilaian",
        tombol="nilai",
        spek=penilaian(**KOSONG_HASIL),
        ubah=(sisip_baris(_ak.PEN, 4),),
    )
    add(
        "n03-nama-sheet-berpetik",
        'n01, sheet Penilaian bernama "Penilaian Bu Dewi\'s"',
        tombol="nilai",
        spek=penilaian(**KOSONG_HASIL),
        ubah=(ganti_nama(_ak.PEN, "Penilaian Bu Dewi's"),),
        sheet_nilai="Penilaian Bu Dewi's",
    )
    add(
        "n04-catatan-pegawai",
        "n01, kategori IKI pertama berisi catatan pegawai 'menunggu BA verifikasi'",
        tombol="nilai",
        spek=penilaian(**KOSONG_HASIL),
        ubah=(isi_kunci(_ak.PEN, "pen.utama1.1.kategori", "menunggu BA verifikasi"),),
        jaga_kunci=["pen.utama1.1.kategori"],
    )
    add(
        "n05-penilaian-tersembunyi-lama",
        "n01 dan sheet Penilaian 2024 tersembunyi di depan",
        tombol="nilai",
        spek=penilaian(**KOSONG_HASIL),
        ubah=(salin_sheet(_ak.PEN, "Penilaian 2024", "hidden", 0),),
    )
    add(
        "n06-realisasi-ref",
        "n01, realisasi IKI pertama berisi galat #REF!",
        tombol="nilai",
        spek=penilaian(**KOSONG_HASIL),
        ubah=(isi_kunci(_ak.PEN, "pen.utama1.1.realisasi", "#REF!", "e"),),
        tanpa_nilai=["utama1.1"],
    )
    add(
        "n08-kolom-keterangan",
        "n01 dengan kolom KETERANGAN berisi catatan pegawai di kanan NILAI TERTIMBANG",
        tombol="nilai",
        spek=penilaian(**KOSONG_HASIL),
        ubah=(_keterangan,),
        jaga_alamat=["N15", "N16", "N17", "N18", "N19", "N20", "N21", "N23"],
    )
    add(
        "n09-capaian-galat",
        "capaian IKI berisi rumus bergalat #VALUE! (kategori dan nilai kosong)",
        tombol="nilai",
        spek=penilaian(**KOSONG_HASIL),
        ubah=tuple(isi_kunci(_ak.PEN, f"pen.{k}.capaian", "#VALUE!", "e") for k in KEYS_IKI),
        jaga_kunci=[f"pen.{k}.capaian" for k in KEYS_IKI],
    )
    for n, (slug, styles) in enumerate(
        [
            ("persen-bulat-kapital", {"capaian": "pecahan0", "kategori": "kapital"}),
            ("teks-singkatan", {"capaian": "teks0", "kategori": "singkat", "nilai": "teks2"}),
            ("angka-bulat", {"capaian": "angka", "nilai": "angka0"}),
            ("kategori-kurung", {"capaian": "teks1", "kategori": "kurung"}),
        ],
        start=10,
    ):
        add(
            f"n{n:02d}-sudah-benar-{slug}",
            f"Penilaian sudah benar, ditulis dengan gaya lain: {styles}",
            tombol="nilai",
            spek=penilaian(**styles),
            tulis_kosong=True,
        )
    for n, (slug, pen) in enumerate(
        [
            ("kolom-kategori-dan-jarak", {"kolom_kategori": True, "sela": True}),
            ("rk-diulang", {"rk_ulang": True}),
            ("no-per-iki", {"no_iki": True}),
            ("judul-persen", {"judul_capaian": "CAPAIAN IKI (%)"}),
            ("judul-singkat", {"judul": {"kategori": "KATEGORI IKI", "nilai": "NILAI IKI"}}),
        ],
        start=14,
    ):
        add(
            f"n{n:02d}-hasil-kosong-{slug}",
            f"n01 dengan tata letak lain: {pen}",
            tombol="nilai",
            spek=penilaian(**KOSONG_HASIL, **pen),
        )
    add(
        "n07-sudah-benar",
        "Penilaian yang sudah dihitung benar: tidak ada sel yang ditulis",
        tombol="nilai",
        spek=penilaian(),
        tulis_kosong=True,
    )
    return out


def _keterangan(book: Any) -> None:
    ws = book.wb[_ak.PEN]
    ws["N12"] = "KETERANGAN"
    for r in (15, 16, 17, 18, 19, 20, 21, 23):
        ws.cell(r, 14, "sesuai BA verifikasi")


def _fill_target(sheet: str, key: str) -> Callable:
    def change(book: Any) -> None:
        book.wb[sheet][book.cells[key]].value = "90 %"

    return change


def _rk_formula_like(spec: dict[str, Any]) -> None:
    spec["rencana"][0]["rk"] = "=Laporan keuangan Dinas yang tersusun tepat waktu dan akurat"
    spec["rencana"][1]["rk"] = "+Dokumen pelaksanaan anggaran yang tervalidasi"
    spec["rencana"][2]["rk"] = spec["rencana"][1]["rk"]


def _dates(book: Any) -> None:
    import datetime as dt

    ws = book.ws
    for row in ws.iter_rows():
        for cell in row:
            if cell.value == "Lembah Hijau, 2 Januari 2025":
                cell.value = dt.datetime(2025, 1, 2)
                cell.number_format = "d mmmm yyyy"
    ws["A3"] = "PERIODE PENILAIAN"
    ws["B3"] = dt.datetime(2025, 1, 1)
    ws["C3"] = "SD"
    ws["D3"] = dt.datetime(2025, 12, 31)


def _long_texts(spec: dict[str, Any]) -> None:
    words = "Meningkatnya akuntabilitas dan kualitas pengelolaan keuangan daerah yang transparan "
    spec["rencana"][0]["atasan"] = (words * 70)[:5000].strip()
    spec["o"]["bawah"] = [
        "Catatan: " + ("uraian tindak lanjut reviu pengelola kinerja " * 500)[:20000].strip()
    ]


_FIXED_TIME = "2026-12-06T00:00:00Z"


def _fixed_bytes(path: Path) -> None:
    """The same bytes on every run: openpyxl stamps the package parts and docProps with the time of saving."""
    import re
    import zipfile

    with zipfile.ZipFile(path) as archive:
        parts = [(info.filename, archive.read(info)) for info in archive.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts:
            if name == "docProps/core.xml":
                data = re.sub(
                    rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*", rb"\g<1>" + _FIXED_TIME.encode(), data
                )
            archive.writestr(
                zipfile.ZipInfo(name, date_time=(2026, 12, 6, 0, 0, 0)),
                data,
                compress_type=zipfile.ZIP_DEFLATED,
            )


def build(folder: Path, manifest: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.glob("*.xlsx"):
        old.unlink()
    files = []
    for probe in probes():
        spec = base()
        if probe["spek"]:
            probe["spek"](spec)
        spec["o"].setdefault("ubah", []).extend(probe["ubah"])
        book = Buku(spec)
        path = folder / f"{probe['name']}.xlsx"
        cells = book.save(path)
        _fixed_bytes(path)

        def at(key: str, cells: dict[str, str] = cells) -> str:
            return cells.get(key, key)

        entry: dict[str, Any] = {
            "file": path.name,
            "tombol": probe["tombol"],
            "uraian": probe["about"],
            "temuan": [{"code": c, "sheet": s, "cell": at(k)} for c, s, k in probe["temuan"]],
        }
        if "nama_buku" in probe:
            entry["nama_buku"] = probe["nama_buku"]
        if probe.get("bersih") is False:
            entry["bersih"] = False
        if "jaga" in probe:
            entry["jaga"] = probe["jaga"]
        if "jaga_kunci" in probe or "jaga_alamat" in probe:
            entry["jaga"] = {
                probe.get("sheet_nilai", _ak.PEN): [at(k) for k in probe.get("jaga_kunci", ())]
                + probe.get("jaga_alamat", [])
            }
        if "warna_asal" in probe:
            entry["warna_asal"] = {
                s: {at(k): v for k, v in d.items()} for s, d in probe["warna_asal"].items()
            }
        if probe["tombol"] == "nilai":
            sheet = probe.get("sheet_nilai", _ak.PEN)
            entry["sheet_nilai"] = sheet
            entry["boleh_ditulis"] = sorted(
                {at(f"pen.{k}.{f}") for k in KEYS_IKI for f in ("capaian", "kategori", "nilai")}
                | {v for k, v in cells.items() if k.startswith("pen.") and k.count(".") == 1}
                | {
                    v
                    for k, v in cells.items()
                    if k.startswith("pen.")
                    and k.rsplit(".", 1)[-1] in ("kategori_rk", "nilai_rk", "tertimbang")
                }
            )
            entry["tulis_kosong"] = bool(probe.get("tulis_kosong"))
            if not entry["tulis_kosong"]:
                skipped = set(probe.get("jaga_kunci", ()))
                entry["harus_ditulis"] = sorted(
                    at(f"pen.{k}.{f}")
                    for k in KEYS_IKI
                    if k not in probe.get("tanpa_nilai", ())
                    for f in ("capaian", "kategori", "nilai")
                    if f"pen.{k}.{f}" not in skipped
                )
        files.append(entry)
    manifest.write_text(
        json.dumps({"set": "merah_av", "seed": SEED, "files": files}, indent=1, ensure_ascii=False) + "\n",
        encoding="utf-8",
    )


def main() -> None:
    _ah.run(build, HERE, __doc__)


if __name__ == "__main__":
    main()
