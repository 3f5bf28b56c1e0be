"""Set merah_au: probe tim merah (kotak putih) untuk angka Penilaian SKP JPT dan JF Model Pengembangan.

Lembar SKP, Manual IKI dan kerangka lembar Penilaian JPT dibangun oleh pembangun ``merah_ag`` (diimpor,
tidak disalin); lembar SKP JF Model Pengembangan oleh ``merah_at``/``merah_ah`` dan Penilaiannya oleh
``merah_ak``. Semua angka yang ditulis di Penilaian JPT (capaian, kategori, nilai IKI, nilai tertimbang per
RK, Nilai Akhir SKP, nilai kinerja, predikat) dihitung di berkas ini sendiri menurut SPEC §6 dan ditimpakan
ke sel yang dibuat pembangun.

Pemakaian: ``python benchmarks/merah_au/buat.py`` (deterministik).
"""

from __future__ import annotations

import copy
import importlib.util
import json
import re
import sys
from collections.abc import Callable
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

import openpyxl
from openpyxl.utils.cell import column_index_from_string, coordinate_from_string

HERE = Path(__file__).resolve().parent
SEED = 20261210


def _load(name: str) -> Any:
    sys.path.insert(0, str(HERE.parent / name))
    spec = importlib.util.spec_from_file_location(f"{name}_buat", HERE.parent / name / "buat.py")
    mod = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(mod)  # type: ignore[union-attr]
    return mod


AG = _load("merah_ag")
AK = _load("merah_ak")
AT = _load("merah_at")  # JF: jabatan Pranata Komputer dan lembar Keterkaitan AK
PERIODE_TAHUNAN = AG.PERIODE

# ---------------------------------------------------------------- SPEC §6, ditulis ulang di sini


def bulat(x: float, d: int = 0) -> float:
    return float(Decimal(repr(x)).quantize(Decimal(1).scaleb(-d), rounding=ROUND_HALF_UP))


def angka(text: str) -> tuple[float, float]:
    nums = [float(n.replace(".", "").replace(",", ".")) for n in re.findall(r"\d+(?:[.,]\d+)*", text)]
    if len(nums) > 1 and "-" in text:
        return nums[0], nums[-1]
    return nums[0], nums[0]


def capaian_iki(target: str, real: str, khusus: bool) -> float:
    lo, hi = angka(target)
    r = angka(real)[0]
    if lo != hi and lo <= r <= hi:
        return 100.0
    t = hi if r > hi else lo
    return (2 - r / t) * 100 if khusus else r / t * 100


def nilai_iki(c: float, maksimal: bool) -> tuple[str, float]:
    if maksimal and c >= 100:
        return "Sangat Baik", 120.0
    c = bulat(c)
    if c > 110:
        return "Sangat Baik", 120.0
    if c >= 101:
        return "Sangat Baik", 110 + 10 / 9 * (c - 101)
    if c == 100:
        return "Baik", 109.0
    if c >= 80:
        return "Cukup", 70 + (c - 80)
    if c >= 60:
        return "Kurang", 50 + (c - 60)
    return "Sangat Kurang", c / 59 * 49


def faktor(n: float) -> int:
    return 100 if n >= 110 else 80 if n >= 90 else 60 if n >= 70 else 40 if n >= 50 else 20


def predikat(n: float) -> str:
    return "Baik" if n >= 90 else "Butuh Perbaikan" if n >= 70 else "Kurang" if n >= 50 else "Sangat Kurang"


def teks(x: float, d: int = 2) -> str:
    s = f"{bulat(x, d):.{d}f}".replace(".", ",")
    return s.rstrip("0").rstrip(",") if "," in s else s


# ---------------------------------------------------------------- JPT


def jpt_spec(model: str = "pengembangan") -> dict[str, Any]:
    s = AG.spec()
    s["model"] = model
    s["au"] = {
        "bobot": None,  # None: mean of RK; "jenis": 60/40 by s["jenis"]
        "tertimbang_bulat": False,  # NILAI TERTIMBANG rounded to 2 decimals, Nilai Akhir = their sum
        "maksimal": set(),  # (k, j) IKI whose target is the maximum achievable
        "tulis": {},  # cell key -> value written instead of the computed one (defects)
        "periode": PERIODE_TAHUNAN,
        "kosong": set(),  # (k, j) realisasi left empty
    }
    return s


def hitung_jpt(s: dict[str, Any]) -> dict[str, Any]:
    au = s["au"]
    out: dict[str, Any] = {"iki": {}, "rk": []}
    for sec, rks in (("u", s["rencana"]), ("t", s["tambahan"])):
        for k, rk in enumerate(rks):
            vals = []
            for j, iki in enumerate(rk["iki"]):
                _text, target, real, khusus = iki[:4]
                c = capaian_iki(target, real, khusus)
                lo, hi = angka(target)
                maks = "%" in target and lo == hi >= 100 and not khusus  # SPEC §6.2 target maksimal
                kat, n = nilai_iki(c, maks or (sec, k, j) in au["maksimal"])
                out["iki"][f"{sec}{k}_{j}"] = (c, kat, n)
                vals.append(n)
            out["rk"].append((sec, k, sum(vals) / len(vals)))
    utama = [n for sec, _k, n in out["rk"] if sec == "u"]
    if au["bobot"] == "jenis":
        ra = [s["jenis_ra"](j) for j in s["jenis"]]
        n_ra = sum(ra)
        if n_ra and n_ra < len(ra):
            w = [0.4 / n_ra if x else 0.6 / (len(ra) - n_ra) for x in ra]
        else:
            w = [1 / len(ra)] * len(ra)
    else:
        w = [1 / len(utama)] * len(utama)
    shares = []
    wi = iter(w)
    for sec, _k, n in out["rk"]:
        share = next(wi) * n if sec == "u" else faktor(n) * 10 / 100 * n / 100
        d = au["tertimbang_bulat"]
        shares.append(share if d is False else bulat(share, 2 if d is True else d))
    out["share"] = shares
    ku = sum(x for x, (sec, _k, _n) in zip(shares, out["rk"], strict=True) if sec == "u")
    kt = min(sum(x for x, (sec, _k, _n) in zip(shares, out["rk"], strict=True) if sec == "t"), 10)
    if au.get("akhir_kelompok") is not None:  # SPEC §6.3 contoh resmi: 59,2 + 43,6 + 0
        ra = [s["jenis_ra"](j) for j in s["jenis"]]
        nu = [n for sec, _k, n in out["rk"] if sec == "u"]
        pk_mean = sum(n for n, x in zip(nu, ra, strict=True) if not x) / ra.count(False)
        ra_mean = sum(n for n, x in zip(nu, ra, strict=True) if x) / ra.count(True)
        d = au["akhir_kelompok"]
        ku = bulat(0.6 * pk_mean, d) + bulat(0.4 * ra_mean, d)
    out["skp"] = bulat(min(ku + kt, 120), 2)
    out["nk"] = bulat(0.7 * out["skp"] + 0.3 * s["perilaku"], 2)
    out["predikat"] = predikat(out["nk"])
    return out


def bangun_jpt(s: dict[str, Any], path: Path) -> dict[str, str]:
    AG.PERIODE = s["au"]["periode"]
    try:
        built = AG.build(s, path)
    finally:
        AG.PERIODE = PERIODE_TAHUNAN
    cells = built["cells"]
    h = hitung_jpt(s)
    wb = openpyxl.load_workbook(path)
    ws = wb["Penilaian"]
    tulis = s["au"]["tulis"]

    def put(key: str, value: Any) -> None:
        ws[cells[key]] = tulis.get(key, value)

    for key, (c, kat, n) in h["iki"].items():
        put(f"cap_{key}", teks(c) + " %")
        put(f"kat_{key}", kat)
        put(f"nil_{key}", teks(n))
        rc, rr = coordinate_from_string(cells[f"real_{key}"])
        cells[f"tgt_{key}"] = openpyxl.utils.get_column_letter(
            column_index_from_string(rc) - (4 if s["tw"] else 1)
        ) + str(rr)
        if tuple(int(x) if x.isdigit() else x for x in (key[0], *key[1:].split("_"))) in s["au"]["kosong"]:
            ws[cells[f"real_{key}"]] = None
    # NILAI TERTIMBANG: one column right of NILAI CAPAIAN IKI, on the RK's first row
    for (sec, k, _n), share in zip(h["rk"], h["share"], strict=True):
        col, row = coordinate_from_string(cells[f"nil_{sec}{k}_0"])
        cc = openpyxl.utils.get_column_letter(column_index_from_string(col) + 1)
        cells[f"tt_{sec}{k}"] = f"{cc}{row}"
        put(f"tt_{sec}{k}", teks(share))
    col, row = coordinate_from_string(cells["nilai_akhir"])
    cells["nk"] = f"{col}{row + 2}"
    put("nilai_akhir", teks(h["skp"]))
    put("nk", teks(h["nk"]))
    put("predikat", h["predikat"])
    wb.save(path)
    return cells


# ---------------------------------------------------------------- probes

Probe = tuple[str, str, str, Callable[[dict[str, Any]], None], list[tuple[str, str, str]]]
PROBES: list[Probe] = []


def probe(name: str, about: str, kind: str = "jpt", defects: list[tuple[str, str, str]] | None = None) -> Any:
    def deco(f: Callable[[dict[str, Any]], None]) -> Callable[[dict[str, Any]], None]:
        PROBES.append((name, about, kind, f, defects or []))
        return f

    return deco


def _iki(s: dict[str, Any], k: int, j: int, **kw: Any) -> None:
    idx = {"text": 0, "target": 1, "real": 2, "khusus": 3}
    for name, v in kw.items():
        s["rencana"][k]["iki"][j][idx[name]] = v


JENIS = ["Perjanjian Kinerja", "Perjanjian Kinerja", "Rencana Aksi", "Rencana Aksi"]


@probe("01-jpt-dasar-bersih", "JPT Model Pengembangan, semua angka Penilaian dihitung ulang menurut SPEC §6")
def _p01(s: dict[str, Any]) -> None:
    pass


@probe("02-jpt-model-dasar", "JPT Model Dasar (tanpa perspektif)")
def _p02(s: dict[str, Any]) -> None:
    s["model"] = "dasar"


@probe("03-jpt-jenis-rk-60-40", "kolom JENIS RK: 2 RK Perjanjian Kinerja (60 %) dan 2 Rencana Aksi (40 %)")
def _p03(s: dict[str, Any]) -> None:
    s["jenis"] = list(JENIS)
    s["au"]["bobot"] = "jenis"


@probe("04-jpt-hanya-pk", "kolom JENIS RK berisi Perjanjian Kinerja saja: rata-rata biasa")
def _p04(s: dict[str, Any]) -> None:
    s["jenis"] = ["Perjanjian Kinerja"] * 4
    s["au"]["bobot"] = "jenis"


@probe("05-jpt-tanpa-jenis-60-40", "tanpa kolom JENIS RK, Nilai Akhir 60/40 (2 RK pertama PK)")
def _p05(s: dict[str, Any]) -> None:
    s["jenis"] = list(JENIS)
    s["au"]["bobot"] = "jenis"
    s["_tanpa_kolom_jenis"] = True


def _fraksi(s: dict[str, Any]) -> None:
    _iki(s, 2, 0, real="43 orang")  # 107,5 % -> 108 -> 117,78
    _iki(s, 3, 0, real="102,6 %")  # 108 % -> 117,78
    s["tambahan_nihil"] = True
    s["tambahan"] = []


@probe(
    "06-jpt-tertimbang-dibulatkan",
    "60/40, NILAI TERTIMBANG per RK dibulatkan 2 desimal lalu dijumlah (112,52)",
)
def _p06(s: dict[str, Any]) -> None:
    _p03(s)
    _fraksi(s)
    s["au"]["tertimbang_bulat"] = True


@probe("07-jpt-tertimbang-bulat-rata", "rata-rata biasa, NILAI TERTIMBANG per RK dibulatkan lalu dijumlah")
def _p07(s: dict[str, Any]) -> None:
    _fraksi(s)
    _iki(s, 0, 1, real="94 %")
    s["au"]["tertimbang_bulat"] = True


@probe("08-jpt-iki-waktu", "IKI waktu menurun: target 5 hari, realisasi 4 hari (120 %, SB 120)")
def _p08(s: dict[str, Any]) -> None:
    _iki(
        s,
        0,
        1,
        text="Rata-rata waktu penyelesaian permohonan informasi publik",
        target="5 hari",
        real="4 hari",
        khusus=True,
    )


@probe("09-jpt-iki-biaya", "IKI biaya: Rp 150.000.000 <- Rp 142.500.000 (105 %)")
def _p09(s: dict[str, Any]) -> None:
    _iki(
        s,
        3,
        0,
        text="Biaya operasional layanan SPBE per tahun",
        target="Rp 150.000.000",
        real="Rp 142.500.000",
        khusus=True,
    )


@probe("10-jpt-target-maksimal", "target 100 % tercapai: Sangat Baik 120 (SPEC §6.2)")
def _p10(s: dict[str, Any]) -> None:
    _iki(s, 3, 0, text="Persentase aset yang tercatat dalam SIMDA BMD", target="100 %", real="100 %")
    s["au"]["maksimal"].add(("u", 3, 0))


@probe("11-jpt-tambahan-dibatasi", "tiga Kinerja Tambahan, jumlah 26,16 dibatasi 10")
def _p11(s: dict[str, Any]) -> None:
    s["tambahan"] = s["tambahan"] + [copy.deepcopy(s["tambahan"][0]) for _ in range(2)]
    s["tambahan"][1]["rk"] = "Terlaksananya tugas sebagai ketua tim percepatan SPBE provinsi"
    s["tambahan"][2]["rk"] = "Terlaksananya tugas sebagai juri lomba inovasi daerah"


@probe("12-jpt-triwulan", "Penilaian triwulan I (1 Januari s.d. 31 Maret 2025)")
def _p12(s: dict[str, Any]) -> None:
    s["au"]["periode"] = "PERIODE PENILAIAN: 1 JANUARI SD 31 MARET 2025"


@probe("13-jpt-dasar-jenis-60-40", "JPT Model Dasar dengan JENIS RK 60/40")
def _p13(s: dict[str, Any]) -> None:
    s["model"] = "dasar"
    _p03(s)


# -- kembaran bercacat
@probe(
    "51-jpt-capaian-salah",
    "capaian 100 % untuk 94,74 %",
    defects=[("capaian-tidak-sesuai", "Penilaian", "cap_u3_0")],
)
def _p51(s: dict[str, Any]) -> None:
    s["au"]["tulis"]["cap_u3_0"] = "100 %"


@probe(
    "52-jpt-60-40-dihitung-rata",
    "JENIS RK ada, Nilai Akhir rata-rata biasa",
    defects=[("capaian-tidak-sesuai", "Penilaian", "nilai_akhir")],
)
def _p52(s: dict[str, Any]) -> None:
    _p06(s)
    s["au"]["tulis"]["nilai_akhir"] = "113,39"


@probe(
    "53-jpt-predikat-salah",
    "predikat Sangat Kurang pada nilai kinerja 110,58",
    defects=[("predikat-tidak-sesuai", "Penilaian", "predikat")],
)
def _p53(s: dict[str, Any]) -> None:
    s["au"]["tulis"]["predikat"] = "Sangat Kurang"


@probe(
    "54-jpt-realisasi-kosong",
    "realisasi IKI kosong",
    defects=[("realisasi-kosong", "Penilaian", "real_u1_0")],
)
def _p54(s: dict[str, Any]) -> None:
    s["au"]["kosong"].add(("u", 1, 0))
    for key in ("cap_u1_0", "kat_u1_0", "nil_u1_0"):
        s["au"]["tulis"][key] = None


@probe(
    "55-jpt-waktu-dihitung-normal",
    "IKI waktu dihitung kondisi normal (80 %, Cukup 70)",
    defects=[("capaian-tidak-sesuai", "Penilaian", "cap_u0_1")],
)
def _p55(s: dict[str, Any]) -> None:
    _p08(s)
    s["au"]["tulis"]["cap_u0_1"] = "80 %"


@probe(
    "56-jpt-nilai-iki-salah",
    "nilai IKI 117,78 ditulis 110",
    defects=[("capaian-tidak-sesuai", "Penilaian", "nil_u2_0")],
)
def _p56(s: dict[str, Any]) -> None:
    _fraksi(s)
    s["au"]["tulis"]["nil_u2_0"] = "110"


@probe("14-jpt-jenis-singkatan", "JENIS RK ditulis PK / RA")
def _p14(s: dict[str, Any]) -> None:
    _p06(s)
    s["jenis"] = ["PK", "PK", "RA", "RA"]


@probe("15-jpt-jenis-renaksi", "JENIS RK ditulis 'IKU/PK' dan 'Renaksi'")
def _p15(s: dict[str, Any]) -> None:
    _p06(s)
    s["jenis"] = ["IKU/PK", "IKU/PK", "Renaksi", "Renaksi"]


@probe("16-jpt-jenis-inisiatif", "JENIS RK 'Perjanjian Kinerja' dan 'Inisiatif Strategis/Rencana Aksi'")
def _p16(s: dict[str, Any]) -> None:
    _p06(s)
    s["jenis"] = [
        "Perjanjian Kinerja",
        "Perjanjian Kinerja",
        "Inisiatif Strategis/Rencana Aksi",
        "Inisiatif Strategis/Rencana Aksi",
    ]


@probe("17-jpt-8rk-tertimbang-bulat", "8 RK (3 PK, 5 RA), NILAI TERTIMBANG dibulatkan per RK lalu dijumlah")
def _p17(s: dict[str, Any]) -> None:
    AG._rk8(s)
    for rk in s["rencana"]:
        for iki in rk["iki"]:
            hi = angka(iki[1])[1]
            unit = " %" if "%" in iki[1] else " " + iki[1].split()[-1]
            iki[2] = teks(hi * 1.075) + unit if hi < 100 else iki[1]
    s["jenis"] = ["Perjanjian Kinerja"] * 3 + ["Rencana Aksi"] * 5
    s["au"]["bobot"] = "jenis"
    s["au"]["tertimbang_bulat"] = True
    s["tambahan"] = []
    s["tambahan_nihil"] = True


@probe("18-jpt-60-40-dengan-tambahan", "60/40 dengan dua Kinerja Tambahan, tertimbang dibulatkan")
def _p18(s: dict[str, Any]) -> None:
    _p03(s)
    s["tambahan"] = s["tambahan"] + [copy.deepcopy(s["tambahan"][0])]
    s["tambahan"][1]["rk"] = "Terlaksananya tugas sebagai ketua tim percepatan SPBE provinsi"
    s["tambahan"][1]["iki"][0][2] = "3 kegiatan"
    s["au"]["tertimbang_bulat"] = True


@probe(
    "19-jpt-iki-menurun-batas-atas",
    "IKU menurun bertarget '≤ 9,5 %', realisasi 9,2 % (kondisi khusus 103,16 %)",
)
def _p19(s: dict[str, Any]) -> None:
    _iki(
        s,
        3,
        0,
        text="Persentase aduan layanan SPBE yang tidak tertangani",
        target="≤ 9,5 %",
        real="9,2 %",
        khusus=True,
    )


@probe("20-jpt-triwulan-kolom-tw", "Penilaian triwulan III dengan kolom realisasi TW I–IV")
def _p20(s: dict[str, Any]) -> None:
    s["au"]["periode"] = "PERIODE PENILAIAN: 1 JANUARI SD 30 SEPTEMBER 2025"
    s["tw"] = True
    s["tw_values"] = True


@probe("21-jpt-subtotal", "baris NILAI KINERJA UTAMA / NILAI KINERJA TAMBAHAN di atas NILAI AKHIR SKP")
def _p21(s: dict[str, Any]) -> None:
    s["subtotals"] = True


@probe("22-jpt-dasar-waktu-maksimal", "JPT Model Dasar: IKI waktu dan target 100 % tercapai")
def _p22(s: dict[str, Any]) -> None:
    s["model"] = "dasar"
    _p08(s)
    _p10(s)


@probe("23-jpt-rentang-di-atas", "target rentang 80 - 90 %, realisasi 92 % (102,22 %)")
def _p23(s: dict[str, Any]) -> None:
    _iki(s, 3, 0, target="80 - 90 %", real="92 %")


@probe("24-jpt-tertimbang-bulat-pk-saja", "hanya RK PK, tertimbang dibulatkan")
def _p24(s: dict[str, Any]) -> None:
    _p04(s)
    _fraksi(s)
    s["au"]["tertimbang_bulat"] = True


@probe(
    "57-jpt-pk-saja-60",
    "hanya RK PK tetapi Nilai Akhir 60 % dari rata-rata",
    defects=[("capaian-tidak-sesuai", "Penilaian", "nilai_akhir")],
)
def _p57(s: dict[str, Any]) -> None:
    _p04(s)
    s["au"]["tulis"]["nilai_akhir"] = "72,17"


@probe(
    "58-jpt-tambahan-tak-dibatasi",
    "tiga Kinerja Tambahan dijumlah 26,16 tanpa batas 10",
    defects=[("capaian-tidak-sesuai", "Penilaian", "nilai_akhir")],
)
def _p58(s: dict[str, Any]) -> None:
    _p11(s)
    _iki(s, 3, 0, real="80 %")
    s["au"]["tulis"]["nilai_akhir"] = "120"


@probe(
    "59-jpt-maksimal-dinilai-109-salah",
    "target 100 % tercapai ditulis Cukup 85",
    defects=[("capaian-tidak-sesuai", "Penilaian", "kat_u3_0")],
)
def _p59(s: dict[str, Any]) -> None:
    _p10(s)
    s["au"]["tulis"]["kat_u3_0"] = "Cukup"


@probe(
    "60-jpt-target-berbeda",
    "target Penilaian 40 orang ditulis 42 orang",
    defects=[("target-penilaian-berbeda", "Penilaian", "tgt_u2_0")],
)
def _p60(s: dict[str, Any]) -> None:
    s["rencana"][2]["iki"][0].append("42 orang")


@probe(
    "25-jpt-8rk-tertimbang-satu-desimal",
    "8 RK 60/40, NILAI TERTIMBANG =ROUND(;1) per RK, Nilai Akhir jumlahnya",
)
def _p25(s: dict[str, Any]) -> None:
    _p17(s)
    s["au"]["tertimbang_bulat"] = 1


@probe(
    "26-jpt-akhir-kelompok-satu-desimal",
    "8 RK 60/40, Nilai Akhir = 60 % rata-rata PK + 40 % rata-rata RA, masing-masing 1 desimal (contoh resmi)",
)
def _p26(s: dict[str, Any]) -> None:
    _p17(s)
    s["au"]["tertimbang_bulat"] = False
    s["au"]["akhir_kelompok"] = 1


@probe(
    "27-jpt-akhir-kelompok-dua-desimal", "4 RK 60/40, Nilai Akhir dari kelompok PK/RA dibulatkan 2 desimal"
)
def _p27(s: dict[str, Any]) -> None:
    _p06(s)
    s["au"]["tertimbang_bulat"] = False
    s["au"]["akhir_kelompok"] = 2


@probe(
    "61-jpt-tertimbang-salah",
    "60/40, NILAI TERTIMBANG RK 3 ditulis seperti rata-rata biasa (29,44)",
    defects=[("capaian-tidak-sesuai", "Penilaian", "tt_u2")],
)
def _p61(s: dict[str, Any]) -> None:
    _p06(s)
    s["au"]["tulis"]["tt_u2"] = "29,44"


@probe(
    "62-jpt-akhir-kelompok-salah",
    "Nilai Akhir 60/40 dengan bobot terbalik (40 % PK, 60 % RA)",
    defects=[("capaian-tidak-sesuai", "Penilaian", "nilai_akhir")],
)
def _p62(s: dict[str, Any]) -> None:
    _p06(s)
    s["au"]["tulis"]["nilai_akhir"] = "114,27"


# -- JF Model Pengembangan (lembar SKP merah_ah/merah_at, Penilaian merah_ak; angka dari rumus SPEC §6
# milik merah_ak, bukan mesin skp)
def _jf(**pen: Any) -> Callable[[dict[str, Any]], None]:
    def change(s: dict[str, Any]) -> None:
        for key, value in pen.items():
            if isinstance(value, dict):
                s["pen"][key].update(value)
            else:
                s["pen"][key] = value

    return change


JF: list[tuple[str, str, Callable[[dict[str, Any]], None], list[tuple[str, str, str]]]] = [
    (
        "30-jf-kolom-kategori",
        "JF Pengembangan: kolom KATEGORI PENILAIAN disalin dari rencana",
        _jf(kolom_kategori=True),
        [],
    ),
    (
        "31-jf-kolom-kategori-triwulan",
        "JF Pengembangan triwulan I dengan kolom kategori",
        _jf(kolom_kategori=True, periode="PERIODE PENILAIAN: 1 JANUARI SD 31 MARET 2025"),
        [],
    ),
    (
        "32-jf-kolom-kategori-60-40",
        "JF Pengembangan, nilai kinerja 60/40",
        _jf(kolom_kategori=True, bobot=(60, 40)),
        [],
    ),
    (
        "33-jf-tanpa-tambahan",
        "JF Pengembangan tanpa Kinerja Tambahan",
        _jf(kolom_kategori=True, tambahan=False),
        [],
    ),
    (
        "34-jf-rantai-satu-desimal",
        "JF Pengembangan, semua nilai =ROUND(;1) berantai",
        _jf(kolom_kategori=True, rantai=1),
        [],
    ),
    (
        "63-jf-capaian-salah",
        "JF Pengembangan: capaian IKI 1.1 '95 %'",
        _jf(kolom_kategori=True, tulis={"utama1.1.capaian": "95 %"}),
        [("capaian-tidak-sesuai", "Penilaian", "pen.utama1.1.capaian")],
    ),
    (
        "64-jf-realisasi-kosong",
        "JF Pengembangan: realisasi IKI 2.1 kosong",
        _jf(kolom_kategori=True, real={"utama2.1": ("", None)}),
        [("realisasi-kosong", "Penilaian", "pen.utama2.1.realisasi")],
    ),
]


def build_jf(folder: Path) -> list[dict[str, Any]]:
    files = []
    for name, about, change, defects in JF:
        spec = AT.base("pengembangan")
        spec["pen"] = AK.default_pen()
        spec["o"]["ubah"] = [AK.penilaian_sheet, AT.keterkaitan()]
        change(spec)
        path = folder / f"{name}.xlsx"
        cells = AK.Buku(spec).save(path)
        files.append(
            {
                "file": path.name,
                "form": spec["form"],
                "clean": not defects,
                "defects": [{"code": c, "sheet": sh, "cell": cells[k]} for c, sh, k in defects],
                "uraian": about,
            }
        )
    return files


def build(folder: Path, manifest: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.glob("*.xlsx"):
        old.unlink()
    files = []
    for name, about, _kind, change, defects in PROBES:
        path = folder / f"{name}.xlsx"
        s = jpt_spec()
        change(s)
        if s.pop("_tanpa_kolom_jenis", False):
            jenis = s["jenis"]
            s["jenis"] = []
            # the builder weights by s["jenis"] only for the column; our numbers are written over its own
            s["au"]["jenis_tersembunyi"] = jenis
            cells = _bangun_tanpa_kolom(s, path, jenis)
        else:
            cells = bangun_jpt(s, path)
        files.append(
            {
                "file": path.name,
                "form": f"jpt-{s['model']}",
                "clean": not defects,
                "defects": [{"code": c, "sheet": sh, "cell": cells[k]} for c, sh, k in defects],
                "uraian": about,
            }
        )
    files += build_jf(folder)
    data = {"set": "merah_au", "seed": SEED, "files": files}
    manifest.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


def _bangun_tanpa_kolom(s: dict[str, Any], path: Path, jenis: list[str]) -> dict[str, str]:
    orig = hitung_jpt

    def with_jenis(spec: dict[str, Any]) -> dict[str, Any]:
        spec2 = dict(spec)
        spec2["jenis"] = jenis
        return orig(spec2)

    globals()["hitung_jpt"] = with_jenis
    try:
        return bangun_jpt(s, path)
    finally:
        globals()["hitung_jpt"] = orig


if __name__ == "__main__":
    build(HERE / "kiriman", HERE / "harapan.json")
