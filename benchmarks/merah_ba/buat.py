"""Set merah_ba: probe tim merah (kotak putih) untuk tombol kaskade di Excel.

Tombol **Buat Matriks**, **Bagi Target** dan **Buat SKP Bawahan** (``addin/kaskade.py``, ``skp/cascade/``)
yang ditekan atasan/koordinator pada SKP isian instansi (SPEC §3.10) yang sudah memuat sheet Matriks Peran
Hasil milik instansi (kolom tambahan, catatan, anggota beserta hasilnya). Setiap probe adalah satu SKP atasan
JA Model Pengembangan dari pembangun ``merah_ah`` (diimpor) dengan sheet Matriks bertata letak ``merah_aw``
(diimpor), lalu satu hal diubah seperti instansi mengubahnya.

``harapan.json`` menyimpan per probe: tombol yang ditekan, identitas atasan (pejabat penilai setiap draf),
RK Kinerja Utama (yang harus menjadi kolom Matriks), anggota berurutan dengan hasil per RK, teks milik
instansi yang tidak boleh hilang dari sheet Matriks, bagian target yang harus ditulis (atau penolakan), kata
yang harus disebut pesan, dan berkas lama yang tidak boleh ditimpa.

Pemakaian: ``python benchmarks/merah_ba/buat.py [--keluaran DIR] [--harapan FILE]`` (deterministik).
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import json
import re
import shutil
import sys
from pathlib import Path
from typing import Any

import openpyxl

HERE = Path(__file__).resolve().parent
SEED = 20261207


def _load(name: str) -> Any:
    spec = importlib.util.spec_from_file_location(f"{name}_buat", HERE.parent / name / "buat.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


AH = _load("merah_ah")
AW = _load("merah_aw")
AV = _load("merah_av")  # its _fixed_bytes: the same bytes on every run

TIM = [tuple(m) for m in AW.TIM_AH]
HASIL = [list(row) for row in AW.HASIL_AH]  # RK 2 empty for everyone: the column a target is split in
MATRIKS = "Matriks Peran Hasil"
BEBAN = dict(AW.BEBAN)


def _beban(target: str) -> list[dict[str, str]]:
    return [{}, {**BEBAN, "target": target}, {}]


# ---------------------------------------------------------------- changes to the agency's Matriks sheet


def _keterangan(ws: Any) -> None:
    """Kolom KETERANGAN instansi di kanan kolom RK, dengan catatan per anggota."""
    ws.cell(8, 7, "KETERANGAN")
    for i, note in enumerate(KETERANGAN):
        ws.cell(9 + i, 7, note)


KETERANGAN = ["Disepakati dialog kinerja 6 Januari 2025", "Menunggu SK tim arsip", "Mutasi masuk Februari"]
CATATAN = [
    "Catatan: pembagian peran disepakati dalam dialog kinerja tanggal 6 Januari 2025.",
    "Lembah Hijau, 6 Januari 2025",
    "Kepala Subbagian Keuangan",
]


def _catatan_bawah(ws: Any) -> None:
    """Catatan dan tanda tangan koordinator di bawah tabel anggota."""
    ws.cell(14, 1, CATATAN[0])
    ws.cell(16, 4, CATATAN[1])
    ws.cell(17, 4, CATATAN[2])
    ws.cell(21, 4, AH.PEGAWAI["nama"])


def _kolom_no(ws: Any) -> None:
    """Kolom NO disisipkan di kiri tabel dan judul Matriks digabung melintasi tabel."""
    ws.insert_cols(1)
    ws.cell(8, 1, "NO")
    for i in range(len(TIM)):
        ws.cell(9 + i, 1, i + 1)
    ws.cell(1, 1, ws.cell(1, 2).value)
    ws.cell(1, 2).value = None
    ws.merge_cells("A1:G1")


def _keterangan_tanggal(ws: Any) -> None:
    """Kolom KETERANGAN berisi tanggal dialog kinerja per anggota sebagai sel tanggal."""
    ws.cell(8, 7, "KETERANGAN")
    for i in range(len(TIM)):
        ws.cell(9 + i, 7, dt.datetime(2025, 1, 6 + i)).number_format = "d mmmm yyyy"


def _kolom_pangkat(ws: Any) -> None:
    """Kolom PANGKAT/GOL disisipkan di antara JABATAN dan kolom RK."""
    ws.insert_cols(4)
    ws.cell(8, 4, "PANGKAT/GOL")
    for i, pangkat in enumerate(["Penata Muda, III/a", "Pengatur, II/c", "Penata Muda Tk.I, III/b"]):
        ws.cell(9 + i, 4, pangkat)


def _templat_tersembunyi(path: Path) -> None:
    """Matriks tim di sheet ``MATRIKS``; sheet templat ``Matriks Peran Hasil`` yang kosong disembunyikan."""
    wb = openpyxl.load_workbook(path)
    wb[MATRIKS].title = "MATRIKS"
    hidden = wb.create_sheet(MATRIKS)
    hidden["A1"] = "MATRIKS PEMBAGIAN PERAN DAN HASIL"
    for r, label in (
        (3, "RENCANA KINERJA ATASAN"),
        (4, "JENIS PENYELARASAN"),
        (5, "METODE"),
        (6, "TARGET ATASAN"),
    ):
        hidden.cell(r, 1, label)
    hidden["A8"], hidden["B8"], hidden["C8"] = "NAMA", "NIP", "JABATAN"
    hidden.sheet_state = "hidden"
    wb.save(path)


def _di_sheet_skp(path: Path) -> None:
    """Matriks ditulis di bawah tabel SKP pada sheet SKP sendiri (tidak ada sheet Matriks)."""
    wb = openpyxl.load_workbook(path)
    matriks, skp = wb[MATRIKS], wb["SKP"]
    offset = skp.max_row + 3
    for row in matriks.iter_rows():
        for cell in row:
            if cell.value is not None:
                skp.cell(cell.row + offset, cell.column, cell.value).number_format = cell.number_format
    wb.remove(matriks)
    wb.save(path)


def _sub_judul(ws: Any) -> None:
    """Baris pengelompokan di tabel anggota: nama subbagian di kolom NAMA, sel lain kosong."""
    ws.insert_rows(9)
    ws.cell(9, 1, "Subbagian Keuangan")


def _nip_angka_anggota(ws: Any) -> None:
    """NIP anggota pertama diketik sebagai angka (Excel menyimpan 15 angka penting)."""
    ws.cell(9, 2, 199207142015032000).number_format = "0"


def _nip_rapat(ws: Any) -> None:
    """NIP anggota ditulis sebagai teks 18 angka tanpa spasi."""
    for i, (_, nip, *_rest) in enumerate(TIM):
        ws.cell(9 + i, 2, re.sub(r"\D", "", nip)).number_format = "@"


# ---------------------------------------------------------------- changes to the superior's SKP


def _rk_ulang(s: dict[str, Any]) -> None:
    s["o"]["rk"] = "ulang"


def _tambahan_beratasan(s: dict[str, Any]) -> None:
    s["tambahan"][0]["atasan"] = "Meningkatnya kualitas perencanaan anggaran Dinas Perhubungan"


def _atasan_kelompok(s: dict[str, Any]) -> None:
    s["o"]["atasan_kelompok"] = True


NAMA_ANEH = [
    ('Rina "Rin" Marlina, S.E.', "19920714 201503 2 004", "Pengelola Keuangan", "ja"),
    ("Yoga Pratama, A.Md./Arsip", "19950202 201903 1 002", "Arsiparis Mahir", "jf"),
    ("Sinta Wulandari, S.Ak.", "19930909 201801 2 003", "Analis Anggaran Ahli Pertama", "jf"),
]
NAMA_KEMBAR = [
    ("Rina Marlina, S.E.", "19920714 201503 2 004", "Pengelola Keuangan", "ja"),
    ("Rina Marlina, S.E.", "19940101 201903 2 005", "Pengelola Keuangan", "ja"),
    ("Sinta Wulandari, S.Ak.", "19930909 201801 2 003", "Analis Anggaran Ahli Pertama", "jf"),
]

# name, uraian, tombol, SKP change, Matriks change(s), options
PROBES: list[dict[str, Any]] = [
    # ------------------------------------------------------------ Buat Matriks
    {"name": "m01-baku", "uraian": "Matriks baku berisi anggota dan hasil", "tombol": "matriks"},
    {
        "name": "m02-keterangan",
        "uraian": "Kolom KETERANGAN milik instansi di kanan kolom RK",
        "tombol": "matriks",
        "matriks": [_keterangan],
        "jaga": KETERANGAN,
    },
    {
        "name": "m03-catatan-bawah",
        "uraian": "Catatan dan tanda tangan koordinator di bawah tabel anggota",
        "tombol": "matriks",
        "matriks": [_catatan_bawah],
        "jaga": CATATAN,
    },
    {
        "name": "m04-kolom-no",
        "uraian": "Kolom NO di kiri tabel, judul digabung",
        "tombol": "matriks",
        "matriks": [_kolom_no],
    },
    {
        "name": "m05-nama-nip",
        "uraian": "Matriks NAMA / NIP satu sel, RK bernomor",
        "tombol": "matriks",
        "layout": "nama_nip",
    },
    {
        "name": "m06-rk-ulang",
        "uraian": "RK atasan ditulis ulang di setiap baris IKI",
        "tombol": "matriks",
        "skp": _rk_ulang,
    },
    {
        "name": "m07-tambahan-beratasan",
        "uraian": "Kinerja Tambahan dengan kolom RK atasan terisi",
        "tombol": "matriks",
        "skp": _tambahan_beratasan,
    },
    {
        "name": "m08-matriks-depan",
        "uraian": "Sheet MATRIKS di depan sheet SKP",
        "tombol": "matriks",
        "sesudah": AW._matriks_first,
        "sheet": "MATRIKS",
    },
    {
        "name": "m09-urutan-lain",
        "uraian": "Kolom RK Matriks berurutan lain dari SKP",
        "tombol": "matriks",
        "urutan": [2, 0, 1],
    },
    {
        "name": "m10-nip-rapat",
        "uraian": "NIP anggota teks 18 angka tanpa spasi",
        "tombol": "matriks",
        "matriks": [_nip_rapat],
    },
    {
        "name": "m11-atasan-kelompok",
        "uraian": "RK atasan-atasan di baris sendiri di atas RK",
        "tombol": "matriks",
        "skp": _atasan_kelompok,
    },
    {
        "name": "m13-di-sheet-skp",
        "uraian": "Matriks di bawah tabel SKP pada sheet SKP sendiri",
        "tombol": "matriks",
        "sesudah": _di_sheet_skp,
        "sheet_baru": True,
    },
    {
        "name": "m12-sub-judul",
        "uraian": "Baris pengelompokan 'Subbagian Keuangan' di tabel anggota",
        "tombol": "matriks",
        "matriks": [_sub_judul],
        "jaga": ["Subbagian Keuangan"],
    },
    # putaran 2
    {
        "name": "m14-keterangan-tanggal",
        "uraian": "Kolom KETERANGAN berisi tanggal (sel tanggal Excel)",
        "tombol": "matriks",
        "matriks": [_keterangan_tanggal],
        "jaga": ["KETERANGAN"],
    },
    {
        "name": "m15-kolom-pangkat",
        "uraian": "Kolom PANGKAT/GOL di antara JABATAN dan kolom RK",
        "tombol": "matriks",
        "matriks": [_kolom_pangkat],
        "jaga": ["PANGKAT/GOL", "Penata Muda, III/a", "Pengatur, II/c", "Penata Muda Tk.I, III/b"],
    },
    {
        "name": "m16-templat-tersembunyi",
        "uraian": "Sheet templat Matriks kosong yang disembunyikan, tim di sheet MATRIKS",
        "tombol": "matriks",
        "sesudah": _templat_tersembunyi,
        "sheet": "MATRIKS",
    },
    # ------------------------------------------------------------ Bagi Target
    {
        "name": "t01-dokumen",
        "uraian": "10 dokumen dibagi tiga",
        "tombol": "bagi",
        "kolom": _beban("10 dokumen"),
        "bagian": ["4 dokumen", "3 dokumen", "3 dokumen"],
    },
    {
        "name": "t02-ribuan",
        "uraian": "1.250 berkas (titik ribuan)",
        "tombol": "bagi",
        "kolom": _beban("1.250 berkas"),
        "bagian": ["417 berkas", "417 berkas", "416 berkas"],
    },
    {
        "name": "t03-rentang",
        "uraian": "Target rentang 80 - 90 %",
        "tombol": "bagi",
        "kolom": _beban("80 - 90 %"),
        "bagian": None,
        "sebut": ["rentang"],
    },
    {
        "name": "t04-bulan",
        "uraian": "Target waktu 12 bulan",
        "tombol": "bagi",
        "kolom": _beban("12 bulan"),
        "bagian": None,
        "sebut": ["12 bulan"],
    },
    {
        "name": "t05-rupiah",
        "uraian": "Rp 1.500.000.000 dibagi tiga",
        "tombol": "bagi",
        "kolom": _beban("Rp 1.500.000.000"),
        "bagian": "jumlah",
    },
    {
        "name": "t06-rupiah-sisa",
        "uraian": "Rp 1.000.000.000 dibagi tiga (sisa pembulatan)",
        "tombol": "bagi",
        "kolom": _beban("Rp 1.000.000.000"),
        "bagian": "jumlah",
    },
    {
        "name": "t07-persen",
        "uraian": "Target persentase 90 % (bukan jumlah yang dapat dibagi)",
        "tombol": "bagi",
        "kolom": _beban("90 %"),
        "bagian": "jumlah",
    },
    {
        "name": "t08-ton",
        "uraian": "12,5 ton (koma desimal)",
        "tombol": "bagi",
        "kolom": _beban("12,5 ton"),
        "bagian": ["4,17 ton", "4,17 ton", "4,16 ton"],
    },
    {
        "name": "t09-hasil-berangka",
        "uraian": "Sel anggota sudah berisi hasil yang memuat angka",
        "tombol": "bagi",
        "kolom": _beban("10 dokumen"),
        "hasil": [
            [HASIL[0][0], "Laporan realisasi 12 bulan tersusun", HASIL[0][2]],
            [HASIL[1][0], "Arsip tahun 2024 tertata", None],
            list(HASIL[2]),
        ],
        "bagian": None,
        "sebut": ["hasil"],
    },
    {
        "name": "t10-bobot",
        "uraian": "Bobot 2/1/1 diketik di sel anggota",
        "tombol": "bagi",
        "kolom": _beban("8 dokumen"),
        "hasil": [[HASIL[0][0], "2", HASIL[0][2]], [HASIL[1][0], "1", None], [HASIL[2][0], "1", HASIL[2][2]]],
        "bagian": ["4 dokumen", "2 dokumen", "2 dokumen"],
    },
    {
        "name": "t11-urutan-lain",
        "uraian": "Kolom RK Matriks berurutan lain dari SKP",
        "tombol": "bagi",
        "kolom": _beban("10 dokumen"),
        "urutan": [2, 0, 1],
        "bagian": ["4 dokumen", "3 dokumen", "3 dokumen"],
    },
    {
        "name": "t12-kolom-no",
        "uraian": "Kolom NO di kiri tabel (sel anggota bergeser)",
        "tombol": "bagi",
        "kolom": _beban("10 dokumen"),
        "matriks": [_kolom_no],
        "bagian": ["4 dokumen", "3 dokumen", "3 dokumen"],
    },
    # putaran 2
    {
        "name": "t13-rupiah-miliar",
        "uraian": "Rp 1 miliar (satuan miliar) dibagi tiga",
        "tombol": "bagi",
        "kolom": _beban("Rp 1 miliar"),
        "bagian": "jumlah",
    },
    {
        "name": "t14-strip",
        "uraian": "Bobot 2 / - / 2: anggota bertanda strip tidak mendapat bagian",
        "tombol": "bagi",
        "kolom": _beban("8 dokumen"),
        "hasil": [[HASIL[0][0], "2", HASIL[0][2]], [HASIL[1][0], "-", None], [HASIL[2][0], "2", HASIL[2][2]]],
        "bagian": ["4 dokumen", None, "4 dokumen"],
    },
    {
        "name": "t15-anggota-dua-baris",
        "uraian": "Anggota pertama tercantum di dua baris (satu baris per peran)",
        "tombol": "bagi",
        "kolom": _beban("10 dokumen"),
        "tim": TIM + [TIM[0]],
        "hasil": [list(HASIL[0]), list(HASIL[1]), list(HASIL[2]), [None, None, None]],
        "bagian": ["4 dokumen", "3 dokumen", "3 dokumen", None],
    },
    # ------------------------------------------------------------ Buat SKP Bawahan
    {"name": "b01-baku", "uraian": "Tiga anggota, hasil di RK 1 dan RK 3", "tombol": "bawahan"},
    {
        "name": "b02-draf-lama",
        "uraian": "Draf anggota dengan nama yang sama sudah ada di folder",
        "tombol": "bawahan",
        "lama": True,
    },
    {
        "name": "b03-nama-aneh",
        "uraian": "Nama anggota dengan petik ganda dan garis miring",
        "tombol": "bawahan",
        "tim": NAMA_ANEH,
    },
    {
        "name": "b04-nip-angka",
        "uraian": "NIP anggota diketik sebagai angka di Matriks",
        "tombol": "bawahan",
        "matriks": [_nip_angka_anggota],
        "sebut": ["NIP", "Rina Marlina"],
        "nip_rusak": [0],
    },
    {
        "name": "b05-belum-disimpan",
        "uraian": "Buku kerja belum pernah disimpan (Book1)",
        "tombol": "bawahan",
        "nama_buku": "Book1",
        "tanpa_folder": True,
    },
    {
        "name": "b06-nama-kembar",
        "uraian": "Dua anggota bernama sama, NIP berbeda",
        "tombol": "bawahan",
        "tim": NAMA_KEMBAR,
    },
    {
        "name": "b07-nama-buku-jalur",
        "uraian": "Nama buku kerja berisi ../ (jalur server)",
        "tombol": "bawahan",
        "nama_buku": "../../SKP Dewi.xlsx",
    },
    {
        "name": "b08-tambahan-beratasan",
        "uraian": "Kinerja Tambahan dengan RK atasan terisi, RK diulang",
        "tombol": "bawahan",
        "skp": lambda s: (_tambahan_beratasan(s), _rk_ulang(s)),
    },
]


def build_probe(probe: dict[str, Any], folder: Path) -> dict[str, Any]:
    path = folder / f"{probe['name']}.xlsx"
    s = AH.base()
    if probe.get("skp"):
        probe["skp"](s)
    AH.Buku(s).save(path)
    rks = [" ".join(item["rk"].split()) for item in s["rencana"]]
    tim = probe.get("tim", TIM)
    hasil = [list(row) for row in probe.get("hasil", HASIL)]
    kolom = probe.get("kolom", [{} for _ in rks])
    order = probe.get("urutan", list(range(len(rks))))
    wb = openpyxl.load_workbook(path)
    ws = wb.create_sheet(MATRIKS)
    AW.LAYOUT[probe.get("layout", "baku")](
        ws,
        [rks[j] for j in order],
        tim,
        [[row[j] for j in order] for row in hasil],
        [kolom[j] for j in order],
    )
    for change in probe.get("matriks", ()):
        change(ws)
    wb.save(path)
    if probe.get("sesudah"):
        probe["sesudah"](path)
    AV._fixed_bytes(path)
    shares = probe.get("bagian")
    anggota = []
    for i, (nama, nip, jabatan, jenis) in enumerate(tim):
        results = [{"rk_atasan": rks[j], "hasil": h} for j, h in enumerate(hasil[i]) if h]
        if probe["tombol"] == "bagi" and isinstance(shares, list):
            results = [r for r in results if r["rk_atasan"] != rks[1]]
        if probe["tombol"] == "bawahan" and not any(row[1] for row in hasil):
            # RK 2 (4 dokumen) has no result in the Matriks: cascading proposes a beban-target share, and
            # the draft's RK for it is the superior's RK itself (SPEC §4)
            results.insert(1, {"rk_atasan": rks[1], "hasil": rks[1]})
        anggota.append(
            {
                "nama": nama,
                "nip": re.sub(r"\D", "", nip),
                "nip_tulis": nip,
                "jabatan": jabatan,
                "jenis": jenis,
                "hasil": results,
            }
        )
    beban = next((k["target"] for k in kolom if k.get("target")), None)
    return {
        "file": path.name,
        "uraian": probe["uraian"],
        "tombol": probe["tombol"],
        "sheet_matriks": probe.get("sheet", MATRIKS),
        "sheet_baru": bool(probe.get("sheet_baru")),
        "atasan": {
            "nama": s["pegawai"]["nama"],
            "nip": re.sub(r"\D", "", s["pegawai"]["nip"]),
            "jabatan": s["pegawai"]["jabatan"],
        },
        "periode": s["periode"],
        "rk_utama": rks,
        "anggota": anggota,
        "jaga": probe.get("jaga", []),
        "bagi": None if beban is None else {"rk": rks[1], "target": beban, "bagian": shares},
        "sebut": probe.get("sebut", []),
        "lama": bool(probe.get("lama")),
        "nama_buku": probe.get("nama_buku"),
        "tanpa_folder": bool(probe.get("tanpa_folder")),
        "nip_rusak": probe.get("nip_rusak", []),
    }


def build(folder: Path, manifest: Path) -> None:
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    entries = [build_probe(p, folder) for p in PROBES]
    manifest.write_text(
        json.dumps({"set": "merah_ba", "seed": SEED, "probes": entries}, indent=1, ensure_ascii=False) + "\n",
        encoding="utf-8",
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--keluaran", type=Path, default=HERE / "kiriman")
    parser.add_argument("--harapan", type=Path, default=HERE / "harapan.json")
    args = parser.parse_args()
    build(args.keluaran, args.harapan)


if __name__ == "__main__":
    main()
