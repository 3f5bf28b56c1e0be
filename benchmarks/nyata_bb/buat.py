"""Generator set tertahan ``nyata_bb``: kiriman Januari layanan kesehatan Kabupaten Lereng Pinus.

Setiap buku kerja ditata dulu sebagai kisi sel (``Lembar``), sehingga sel setiap cacat yang disisipkan
diketahui tepat, lalu ditulis dengan openpyxl; beberapa disimpan ulang lewat LibreOffice (``.xlsx`` dengan
nilai rumus tersimpan, dan ``.xlsm``). Ditulis dari SPEC §3, §3.10, §5–§7, ``docs/kode-temuan.md`` dan
``docs/penilaian.md`` saja, tanpa membaca kode produk.

    python benchmarks/nyata_bb/buat.py [--keluaran DIR] [--harapan FILE]
"""

from __future__ import annotations

import argparse
import copy
import json
import math
import random
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import openpyxl
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import bank  # noqa: E402
from bank import PENILAI, PERAN, Iki, Peran  # noqa: E402

SEED = 20261207


# --- kisi sel ---
@dataclass
class Lembar:
    judul: str
    sel: dict[tuple[int, int], Any] = field(default_factory=dict)
    gabung: list[tuple[int, int, int, int]] = field(default_factory=list)
    format: dict[tuple[int, int], str] = field(default_factory=dict)
    tebal: set[tuple[int, int]] = field(default_factory=set)
    lebar: dict[int, float] = field(default_factory=dict)
    tersembunyi: set[int] = field(default_factory=set)
    sheet_tersembunyi: bool = False

    def isi(self, r: int, c: int, v: Any, fmt: str | None = None, tebal: bool = False) -> str:
        if v is not None and v != "":
            self.sel[(r, c)] = v
        if fmt:
            self.format[(r, c)] = fmt
        if tebal:
            self.tebal.add((r, c))
        return alamat(r, c)

    def satukan(self, r1: int, c1: int, r2: int, c2: int) -> None:
        if (r1, c1) != (r2, c2):
            self.gabung.append((r1, c1, r2, c2))


def alamat(r: int, c: int) -> str:
    return f"{get_column_letter(c)}{r}"


# --- angka ---
def angka_id(x: float, desimal: int = 0) -> str:
    """Angka gaya Indonesia: titik ribuan, koma desimal."""
    s = f"{x:,.{desimal}f}"
    return s.replace(",", "_").replace(".", ",").replace("_", ".")


def angka_ringkas(x: float) -> str:
    if abs(x - round(x)) < 1e-9:
        return angka_id(round(x))
    return angka_id(x, 1) if abs(x * 10 - round(x * 10)) < 1e-9 else angka_id(x, 2)


def bulat_setengah_atas(x: float) -> int:
    return math.floor(x + 0.5 + 1e-9)


def capaian(iki: Iki, r: float, target: float | tuple[float, float] | None = None) -> float:
    t = iki.nilai if target is None else target
    khusus = iki.aspek in ("waktu", "biaya")
    if isinstance(t, tuple):
        lo, hi = t
        if lo <= r <= hi:
            return 100.0
        acuan = hi if r > hi else lo
    else:
        acuan = t
    if khusus:
        return (1 + (1 - r / acuan)) * 100
    return r / acuan * 100


def nilai_iki(iki: Iki, r: float, c: float) -> tuple[str, float]:
    if iki.jenis == "maks" and not isinstance(iki.nilai, tuple) and r >= iki.nilai:
        return "Sangat Baik", 120.0
    b = bulat_setengah_atas(c)
    if b > 110:
        return "Sangat Baik", 120.0
    if b >= 101:
        return "Sangat Baik", 110 + 10 / 9 * (b - 101)
    if b == 100:
        return "Baik", 109.0
    if b >= 80:
        return "Cukup", 70 + 19 / 19 * (b - 80)
    if b >= 60:
        return "Kurang", 50 + 19 / 19 * (b - 60)
    return "Sangat Kurang", b / 59 * 49


def kategori_rk(n: float) -> str:
    if n >= 110:
        return "Sangat Baik"
    if n >= 90:
        return "Baik"
    if n >= 70:
        return "Cukup"
    if n >= 50:
        return "Kurang"
    return "Sangat Kurang"


FAKTOR = {"Sangat Baik": 100, "Baik": 80, "Cukup": 60, "Kurang": 40, "Sangat Kurang": 20}


def predikat(n: float) -> str:
    if n >= 90:
        return "Baik"
    if n >= 70:
        return "Butuh Perbaikan"
    if n >= 50:
        return "Kurang"
    return "Sangat Kurang"


# --- orang ---
@dataclass
class Orang:
    nama: str
    nip: str
    pangkat: str
    jabatan: str
    unit: str


def buat_nip(rng: random.Random, golongan: str) -> str:
    tua = {"II": (1990, 1998), "III": (1982, 1994), "IV": (1968, 1980)}[golongan.split("/")[0]]
    lahir = rng.randint(*tua)
    tgl = f"{lahir}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
    tmt = f"{rng.randint(lahir + 21, min(lahir + 27, 2022))}{rng.choice(['01', '02', '03', '04', '12'])}"
    return f"{tgl} {tmt} {rng.choice('12')} {rng.randint(1, 40):03d}"


def tulis_pangkat(rng: random.Random, gol: str, gaya: int) -> str:
    nama = bank.PANGKAT[gol]
    ruang = gol.replace("/", "")
    if gaya == 0:
        return f"{nama}, {gol}"
    if gaya == 1:
        return f"{nama.replace('Tingkat I', 'Tk.I')} / {gol}"
    if gaya == 2:
        return f"{nama.upper()}/{ruang}"
    return f"{nama.replace('Tingkat I', 'Tk. I')} ({gol.replace('/', ' ')})"


# --- model ---
@dataclass
class BarisIki:
    aspek: str
    teks: str
    target: str
    iki: Iki
    kategori: dict[str, str] = field(default_factory=dict)
    pantau: tuple[str, str, str] = ("", "", "")
    realisasi: float | None = None
    realisasi_teks: str = ""


@dataclass
class BarisRk:
    atasan: str
    teks: str
    iki: list[BarisIki]
    butir: list[tuple[str, str, Any]]
    perspektif: str = ""
    manual: tuple[str, str, str, str] = ("", "", "", "")
    pantau: tuple[str, str, str] = ("", "", "")


@dataclass
class Berkas:
    nama: str
    form: str
    peran: Peran
    orang: Orang
    penilai: Orang
    tahun: int
    rk: list[BarisRk]
    tambahan: list[BarisRk]
    variasi: list[str]
    penilaian: str = ""  # "" | tahunan | triwulan | semester
    perilaku: bool = False
    writer: str = "openpyxl"
    defects: list[dict[str, Any]] = field(default_factory=list)
    rujukan: dict[tuple, tuple[str, str]] = field(default_factory=dict)
    petunjuk: list[tuple[str, tuple, list[tuple]]] = field(default_factory=list)  # (kode, sel, sel lain)
    opsi: dict[str, Any] = field(default_factory=dict)


ASPEK_TULIS = {
    "kuantitas": ("Kuantitas", "IKI (Kuantitas)", "Kuant/Output", "KUANTITAS/OUTPUT", "kuantitas"),
    "kualitas": ("Kualitas", "Kual/Mutu", "Kualitas/Mutu", "IKI (Kualitas)", "KUALITAS"),
    "waktu": ("Waktu", "IKI (Waktu)", "WAKTU"),
    "biaya": ("Biaya", "IKI (Biaya)", "BIAYA"),
}

BOLEH_DI_PENILAIAN = ("nol", "turun", "kali")


def pakai_iki(iki: Iki, form: str, dinilai: bool) -> bool:
    kategori = form in ("ja-pengembangan", "jf-pengembangan")
    if kategori and iki.jenis in ("nol", "ge", "le", "rentang", "kali", "tanpa"):
        return False
    if kategori and iki.aspek == "biaya":
        return False
    if dinilai:
        if iki.jenis in BOLEH_DI_PENILAIAN:
            return False
        if iki.jenis == "le" and iki.aspek not in ("waktu", "biaya"):
            return False
    return True


def ambang(iki: Iki, tingkat: str, rng: random.Random) -> dict[str, str]:
    """Kategori penilaian yang benar untuk target tunggal (SPEC §3.3): BAIK = target."""
    t = float(iki.nilai)  # type: ignore[arg-type]
    u = iki.satuan
    sp = "" if u == "%" else " "
    turun = iki.aspek in ("waktu", "biaya")

    def f(x: float) -> str:
        return f"{angka_ringkas(x)}{sp}{u}".strip()

    if turun:
        c_lo, c_hi = t + 1, math.floor(t * 1.4) + 1
        k_lo, k_hi = c_hi + 1, math.floor(t * 1.8) + 2
        semua = {
            "SANGAT KURANG": f"> {f(k_hi)}",
            "KURANG": f"{angka_ringkas(k_lo)} - {f(k_hi)}",
            "CUKUP": f"{angka_ringkas(c_lo)} - {f(c_hi)}",
            "BAIK": iki.target,
            "SANGAT BAIK": f"< {f(t)}",
        }
        if tingkat != "lima" and rng.random() < 0.5:
            semua["CUKUP"] = f"> {f(t)}"
    else:
        c_lo, c_hi = math.ceil(t * 0.8), t - 1
        k_lo, k_hi = math.ceil(t * 0.6), c_lo - 1
        semua = {
            "SANGAT KURANG": f"< {f(k_lo)}",
            "KURANG": f"{angka_ringkas(k_lo)} - {f(k_hi)}",
            "CUKUP": f"{angka_ringkas(c_lo)} - {f(c_hi)}",
            "BAIK": iki.target,
            "SANGAT BAIK": f"> {f(t)}",
        }
        if t < 5 or (tingkat != "lima" and rng.random() < 0.5):
            semua["CUKUP"] = f"< {f(t)}"
    pilih = {
        "lima": ("SANGAT KURANG", "KURANG", "CUKUP", "BAIK", "SANGAT BAIK"),
        "tiga": ("CUKUP", "BAIK", "SANGAT BAIK"),
        "dua": ("CUKUP", "SANGAT BAIK"),
        "target_baik": ("CUKUP", "SANGAT BAIK"),
    }[tingkat]
    return {k: semua[k] for k in pilih}


def realisasi_untuk(iki: Iki, rng: random.Random) -> float:
    t = iki.nilai
    for _ in range(50):
        if isinstance(t, tuple):
            r = float(rng.choice([t[0] + 5, (t[0] + t[1]) // 2, t[1] + 3, t[0] - 4]))
        elif iki.jenis == "maks":
            r = float(rng.choice([100, 100, 97]))
        elif iki.aspek in ("waktu", "biaya"):
            if iki.satuan == "Rp":
                r = float(round(t * rng.choice([0.96, 1.0, 0.985]) / 1000) * 1000)
            else:
                r = float(rng.choice([t, t, max(t - 1, 0.5) if t > 1 else t]))
        elif iki.satuan == "%":
            r = float(min(100, t + rng.choice([-4, -2, 0, 0, 3, 5])))
        elif iki.jenis == "tanpa":
            r = round(t + rng.choice([-1.3, 0, 1.6]), 1)
        else:
            r = float(round(t * rng.choice([0.93, 1.0, 1.0, 1.04, 1.15])))
        c = capaian(iki, r)
        if abs((c % 1) - 0.5) > 0.02:
            return r
    return float(t if not isinstance(t, tuple) else t[0])


def tulis_realisasi(iki: Iki, r: float) -> str:
    if iki.satuan == "Rp":
        return f"Rp {angka_id(r)}"
    if iki.satuan == "%":
        return f"{angka_ringkas(r)} %"
    if not iki.satuan:
        return angka_ringkas(r)
    return f"{angka_ringkas(r)} {iki.satuan}"


# --- label ---
LABEL_ID = {
    "NAMA": ("NAMA", "Nama", "N A M A"),
    "NIP": ("NIP", "NIP", "N I P"),
    "PANGKAT": ("PANGKAT/GOL RUANG", "Pangkat/Gol. Ruang", "PANGKA/GOL. RUANG", "PANGKAT / GOL. RUANG"),
    "JABATAN": ("JABATAN", "Jabatan"),
    "UNIT": ("UNIT KERJA", "Unit Kerja"),
}
LABEL_PEGAWAI = ("PEGAWAI YANG DINILAI", "PEGAWAI YANG DI NILAI", "Pegawai Yang Dinilai")
LABEL_PENILAI = ("PEJABAT PENILAI KINERJA", "PEJABAT PENILAI KERJA", "Pejabat Penilai Kinerja")
LABEL_ATASAN = (
    "RENCANA KINERJA ATASAN LANGSUNG/UNIT KERJA/ORGANISASI",
    "RENCANA KINERJA ATASAN LANGSUNG / UNIT KERJA / ORGANISASI",
    "RENCANA KINERJA ATASAN YANG DIINTERVENSI",
    "Rencana Kinerja Atasan yang Diintervensi",
)
LABEL_IKI = ("INDIKATOR KINERJA INDIVIDU", "INDIKATOR KERJA INDIVIDU", "Indikator Kinerja Individu")


def pilih(rng: random.Random, pilihan: tuple[str, ...], varian: bool) -> str:
    return rng.choice(pilihan[1:]) if varian and len(pilihan) > 1 else pilihan[0]


# --- tata letak ---
def tulis_periode(b: Berkas, rng: random.Random) -> str:
    t = b.tahun
    if b.opsi.get("periode_salah"):
        return str(b.opsi["periode_salah"])
    if b.opsi.get("periode_teks"):
        return str(b.opsi["periode_teks"])
    if "periode_tulis" in b.variasi:
        return rng.choice(
            [
                f"PERIODE PENILAIAN : 1 Januari {t} s.d. 31 Desember {t}",
                f"Periode Penilaian: 01 Januari {t} s/d 31 Desember {t}",
                f"PERIODE PENILAIAN: 1 JANUARI - 31 DESEMBER {t}",
            ]
        )
    return f"PERIODE PENILAIAN: 1 JANUARI SD 31 DESEMBER {t}"


def kop(
    lb: Lembar, b: Berkas, rng: random.Random, lebar: int, judul: str, tumpuk: bool, catat: bool = True
) -> int:
    """Judul, instansi, periode dan identitas; mengembalikan baris kosong pertama sesudahnya (``catat``: sel
    identitas dan periode lembar ini yang menjadi sel harapan cacat kop)."""
    rujukan = b.rujukan if catat else {}
    lb.isi(1, 1, judul, tebal=True)
    lb.satukan(1, 1, 1, lebar)
    lb.isi(2, 1, f"PEMERINTAH {bank.KABUPATEN.upper()} - {b.peran.unit}")
    lb.satukan(2, 1, 2, lebar)
    rujukan[("periode",)] = (lb.judul, lb.isi(3, 1, tulis_periode(b, rng)))
    lb.satukan(3, 1, 3, lebar)
    typo = "label_typo" in b.variasi
    r = 5
    rows = [
        ("NAMA", "nama"),
        ("NIP", "nip"),
        ("PANGKAT", "pangkat"),
        ("JABATAN", "jabatan"),
        ("UNIT", "unit"),
    ]
    lanjut_jab = b.opsi.get("jabatan_lanjut")
    lanjut_unit = "unit_dua_baris" in b.variasi
    if not tumpuk:
        # kolom (no, label, nilai) blok pegawai dan blok penilai; `titik_dua_id`: titik dua di kolom sendiri
        td = "titik_dua_id" in b.variasi
        kp, kn = ((1, 2, 4), (5, 6, 8)) if td else ((1, 2, 3), (4, 5, 6))
        lebar = max(lebar, kn[2])
        lb.isi(r, kp[0], "NO", tebal=True)
        lb.isi(r, kp[1], pilih(rng, LABEL_PEGAWAI, typo), tebal=True)
        lb.satukan(r, kp[1], r, kp[2])
        lb.isi(r, kn[0], "NO", tebal=True)
        lb.isi(r, kn[1], pilih(rng, LABEL_PENILAI, typo), tebal=True)
        lb.satukan(r, kn[1], r, lebar)
        r += 1
        for i, (lab, attr) in enumerate(rows, start=1):
            label = pilih(rng, LABEL_ID[lab], typo)
            lb.isi(r, kp[0], i)
            lb.isi(r, kp[1], label)
            lb.isi(r, kn[0], i)
            lb.isi(r, kn[1], "INSTANSI" if (lab == "UNIT" and b.penilai.nip == "-") else label)
            if td:
                lb.isi(r, kp[1] + 1, ":")
                lb.isi(r, kn[1] + 1, ":")
            for blok, org, kol in (("pegawai", b.orang, kp[2]), ("penilai", b.penilai, kn[2])):
                v = getattr(org, attr)
                if blok == "pegawai" and lab == "JABATAN" and lanjut_jab:
                    v = lanjut_jab[0]
                if lab == "NIP" and "nip_label" in b.variasi and v and v != "-":
                    v = f"NIP. {v}"
                rujukan[("id", blok, lab)] = (lb.judul, lb.isi(r, kol, v))
                if kol == kn[2] and lebar > kn[2]:
                    lb.satukan(r, kn[2], r, lebar)
            r += 1
            if lab == "JABATAN" and lanjut_jab:
                lb.isi(r, kp[2], lanjut_jab[1])
                r += 1
            if lab == "UNIT" and lanjut_unit:
                lb.isi(r, kp[2], bank.KABUPATEN)
                lb.isi(r, kn[2], bank.KABUPATEN)
                r += 1
        return r + 1
    # tumpuk: blok pegawai lalu blok penilai, di kolom a..a+2
    a = 2 if b.form == "jpt-pengembangan" else 1
    for blok, org, judul_blok in (
        ("pegawai", b.orang, pilih(rng, LABEL_PEGAWAI, typo)),
        ("penilai", b.penilai, pilih(rng, LABEL_PENILAI, typo)),
    ):
        lb.isi(r, a, "I" if blok == "pegawai" else "II", tebal=True)
        lb.isi(r, a + 1, judul_blok, tebal=True)
        lb.satukan(r, a + 1, r, lebar)
        r += 1
        for i, (lab, attr) in enumerate(rows, start=1):
            label = pilih(rng, LABEL_ID[lab], typo)
            if blok == "penilai" and lab == "UNIT" and org.nip == "-":
                label = "INSTANSI"
            lb.isi(r, a, i)
            lb.isi(r, a + 1, label)
            nilai = getattr(org, attr)
            if lab == "NIP" and "nip_label" in b.variasi and nilai and nilai != "-":
                nilai = f"NIP. {nilai}"
            rujukan[("id", blok, lab)] = (lb.judul, lb.isi(r, a + 2, nilai))
            lb.satukan(r, a + 2, r, lebar)
            r += 1
        r += 1
    return r


def kaki(lb: Lembar, b: Berkas, r: int, kiri: int, kanan: int) -> None:
    r += 1
    lb.isi(r, kanan, f"Lereng Pinus, {b.opsi['tanggal']}")
    r += 1
    lb.isi(r, kiri, "Pejabat Penilai Kinerja,")
    lb.isi(r, kanan, "Pegawai yang Dinilai,")
    r += 4
    lb.isi(r, kiri, b.penilai.nama, tebal=True)
    lb.isi(r, kanan, b.orang.nama, tebal=True)
    r += 1
    if b.penilai.nip != "-":
        lb.isi(r, kiri, f"NIP. {b.penilai.nip}")
    lb.isi(r, kanan, f"NIP. {b.orang.nip}")


def tabel_ja_jf(lb: Lembar, b: Berkas, rng: random.Random, r: int) -> int:
    """Tabel Rencana SKP JA/JF, dasar atau pengembangan (SPEC §3.2, §3.3)."""
    peng = b.form.endswith("pengembangan")
    typo = "label_typo" in b.variasi
    tingkat = b.opsi.get("tingkat", "lima")
    pantau = b.opsi.get("pantau", "tiga")
    kol = {"no": 1, "atasan": 2, "rk": 3, "aspek": 4, "iki": 5, "target": 6}
    c = 7
    kat_cols: dict[str, int] = {}
    if peng:
        for k in ambang_keys(tingkat):
            kat_cols[k] = c
            c += 1
        pantau_cols = (
            ["DATA", "SUMBER DATA", "WAKTU PENGUMPULAN"]
            if pantau != "satu"
            else ["SUMBER DATA UNTUK PENGUKURAN"]
        )
        for k in pantau_cols:
            kol["p:" + k] = c
            c += 1
    if "kolom_keterangan" in b.variasi:
        kol["ket"] = c
        c += 1
    akhir = c - 1
    h = r
    dua = peng
    judul = {
        "no": "NO",
        "atasan": pilih(rng, LABEL_ATASAN, typo or "label_atasan" in b.variasi),
        "rk": "RENCANA KINERJA",
        "aspek": "ASPEK",
        "iki": pilih(rng, LABEL_IKI, typo),
        "target": "TARGET/BAIK" if tingkat == "target_baik" and peng else "TARGET",
    }
    for k, v in judul.items():
        lb.isi(h, kol[k], v, tebal=True)
        if dua:
            lb.satukan(h, kol[k], h + 1, kol[k])
    if peng:
        ks = list(kat_cols.values())
        lb.isi(h, ks[0], "KATEGORI PENILAIAN", tebal=True)
        lb.satukan(h, ks[0], h, ks[-1])
        for k, cc in kat_cols.items():
            lb.isi(h + 1, cc, k, tebal=True)
        pk = [v for k, v in kol.items() if k.startswith("p:")]
        if len(pk) > 1:
            lb.isi(h, pk[0], "CARA MEMANTAU KINERJA", tebal=True)
            lb.satukan(h, pk[0], h, pk[-1])
            for k, v in kol.items():
                if k.startswith("p:"):
                    lb.isi(h + 1, v, k[2:], tebal=True)
        else:
            lb.isi(h, pk[0], "SUMBER DATA UNTUK PENGUKURAN", tebal=True)
            lb.satukan(h, pk[0], h + 1, pk[0])
    if "kolom_keterangan" in b.variasi:
        lb.isi(h, kol["ket"], rng.choice(["KETERANGAN", "REVIU OLEH PENGELOLA KINERJA"]), tebal=True)
        if dua:
            lb.satukan(h, kol["ket"], h + 1, kol["ket"])
    r = h + (2 if dua else 1)
    if "nomor_kolom" in b.variasi:
        for i in range(1, akhir + 1):
            lb.isi(r, i, f"({i})")
        r += 1
    gaya_rk = b.opsi.get("gaya_rk", "gabung")
    for bagian, daftar in (("utama", b.rk), ("tambahan", b.tambahan)):
        lb.isi(r, 1, "A. KINERJA UTAMA" if bagian == "utama" else "B. KINERJA TAMBAHAN", tebal=True)
        lb.satukan(r, 1, r, akhir)
        r += 1
        # `atasan_gabung`: RK atasan yang sama untuk RK berurutan ditulis sekali, selnya digabung
        gabung_atasan = "atasan_gabung" in b.variasi and bagian == "utama"
        runs: list[list[Any]] = []
        for i, rk in enumerate(daftar):
            awal = r
            lanjut_run = gabung_atasan and bool(runs) and bool(rk.atasan) and runs[-1][2] == rk.atasan
            if gabung_atasan and not lanjut_run:
                runs.append([awal, awal, rk.atasan])
            for j, bi in enumerate(rk.iki):
                pertama = j == 0
                if pertama or gaya_rk == "ulang":
                    lb.isi(r, kol["no"], i + 1 if pertama else None)
                    if lanjut_run:
                        b.rujukan[(bagian, i, "atasan")] = (lb.judul, alamat(runs[-1][0], kol["atasan"]))
                    else:
                        b.rujukan[(bagian, i, "atasan")] = (lb.judul, alamat(awal, kol["atasan"]))
                        lb.isi(r, kol["atasan"], rk.atasan)
                    b.rujukan[(bagian, i, "rk")] = (lb.judul, alamat(awal, kol["rk"]))
                    lb.isi(r, kol["rk"], rk.teks)
                for k, v in (("aspek", bi.aspek), ("iki", bi.teks), ("target", bi.target)):
                    b.rujukan[(bagian, i, j, k)] = (lb.judul, lb.isi(r, kol[k], v))
                if peng:
                    for k, cc in kat_cols.items():
                        b.rujukan[(bagian, i, j, "kat", k)] = (lb.judul, lb.isi(r, cc, bi.kategori.get(k)))
                    if pantau in ("per_iki", "satu") or pertama:
                        vals = bi.pantau if pantau == "per_iki" else rk.pantau
                        pk = [k for k in kol if k.startswith("p:")]
                        if pantau == "satu":
                            vals = (f"{rk.pantau[1]} ({rk.pantau[2].lower()})" if rk.pantau[1] else "",)
                        for k, v in zip(pk, vals, strict=False):
                            b.rujukan[(bagian, i, j, k)] = (lb.judul, lb.isi(r, kol[k], v))
                r += 1
            n = len(rk.iki)
            if gabung_atasan:
                runs[-1][1] = r - 1
            if gaya_rk == "gabung" and n > 1:
                for k in ("no", "atasan", "rk"):
                    if not (k == "atasan" and gabung_atasan):
                        lb.satukan(awal, kol[k], awal + n - 1, kol[k])
                if peng and pantau == "tiga":
                    for k in kol:
                        if k.startswith("p:"):
                            lb.satukan(awal, kol[k], awal + n - 1, kol[k])
            if "baris_kosong" in b.variasi and i == 0 and bagian == "utama":
                r += 1
        for awal_run, akhir_run, _ in runs:
            lb.satukan(awal_run, kol["atasan"], akhir_run, kol["atasan"])
        if bagian == "utama" and "baris_lama" in b.variasi:
            # RK tahun lalu yang disembunyikan alih-alih dihapus (docs/kode-temuan.md: tidak dibaca)
            lb.isi(r, kol["no"], len(daftar) + 1)
            lb.isi(r, kol["rk"], "Pasien isolasi COVID-19 yang terlayani sesuai protokol (SKP 2022)")
            lb.isi(r, kol["aspek"], "Kuantitas")
            lb.isi(r, kol["iki"], "Jumlah pasien isolasi yang dilayani")
            lb.isi(r, kol["target"], "Sesuai kebutuhan")
            lb.isi(r + 1, kol["aspek"], "Efektivitas")
            lb.isi(r + 1, kol["iki"], "Semua pasien isolasi terlayani")
            lb.isi(r + 1, kol["target"], "100")
            lb.tersembunyi.update({r, r + 1})
            r += 2
        if bagian == "utama" and "catatan_tabel" in b.variasi:
            lb.isi(r, 2, "Catatan: target mengacu pada Standar Pelayanan Minimal Bidang Kesehatan")
            r += 1
    for cc in range(1, akhir + 1):
        lb.lebar[cc] = 14
    lb.lebar[kol["rk"]] = lb.lebar[kol["atasan"]] = lb.lebar[kol["iki"]] = 40
    return r


def ambang_keys(tingkat: str) -> tuple[str, ...]:
    return {
        "lima": ("SANGAT KURANG", "KURANG", "CUKUP", "BAIK", "SANGAT BAIK"),
        "tiga": ("CUKUP", "BAIK", "SANGAT BAIK"),
        "dua": ("CUKUP", "SANGAT BAIK"),
        "target_baik": ("CUKUP", "SANGAT BAIK"),
    }[tingkat]


def tabel_jpt(lb: Lembar, b: Berkas, rng: random.Random, r: int) -> int:
    peng = b.form == "jpt-pengembangan"
    typo = "label_typo" in b.variasi
    kol = (
        {"persp": 1, "no": 2, "rk": 3, "iki": 4, "target": 5}
        if peng
        else {"no": 1, "rk": 2, "iki": 3, "target": 4}
    )
    akhir = max(kol.values())
    if "kolom_keterangan" in b.variasi:
        kol["ket"] = akhir + 1
        akhir += 1
    judul = {
        "persp": "PERSPEKTIF",
        "no": "NO",
        "rk": "RENCANA KINERJA",
        "iki": pilih(rng, LABEL_IKI, typo),
        "target": "TARGET",
        "ket": "KETERANGAN",
    }
    for k, cc in kol.items():
        lb.isi(r, cc, judul[k], tebal=True)
    r += 1
    if "nomor_kolom" in b.variasi:
        for i in range(1, akhir + 1):
            lb.isi(r, i, f"({i})")
        r += 1
    persp_gabung = b.opsi.get("persp_gabung", False)
    for bagian, daftar in (("utama", b.rk), ("tambahan", b.tambahan)):
        if bagian == "tambahan" and not daftar and rng.random() < 0.5:
            continue
        lb.isi(r, 1, "A. KINERJA UTAMA" if bagian == "utama" else "B. KINERJA TAMBAHAN", tebal=True)
        lb.satukan(r, 1, r, akhir)
        r += 1
        for i, rk in enumerate(daftar):
            awal = r
            for j, bi in enumerate(rk.iki):
                if j == 0:
                    lb.isi(r, kol["no"], i + 1)
                    b.rujukan[(bagian, i, "rk")] = (lb.judul, lb.isi(r, kol["rk"], rk.teks))
                    if peng and bagian == "utama":
                        b.rujukan[(bagian, i, "persp")] = (lb.judul, lb.isi(r, kol["persp"], rk.perspektif))
                b.rujukan[(bagian, i, j, "iki")] = (lb.judul, lb.isi(r, kol["iki"], bi.teks))
                b.rujukan[(bagian, i, j, "target")] = (lb.judul, lb.isi(r, kol["target"], bi.target))
                r += 1
            if len(rk.iki) > 1:
                lb.satukan(awal, kol["no"], r - 1, kol["no"])
                lb.satukan(awal, kol["rk"], r - 1, kol["rk"])
                if peng and bagian == "utama" and persp_gabung:
                    lb.satukan(awal, kol["persp"], r - 1, kol["persp"])
    for cc in range(1, akhir + 1):
        lb.lebar[cc] = 16
    lb.lebar[kol["rk"]] = lb.lebar[kol["iki"]] = 42
    return r


MANUAL_LABEL = (
    ("rk", ("RENCANA KINERJA", "Rencana Kinerja")),
    ("deskripsi", ("DESKRIPSI RENCANA KINERJA", "Deskripsi Rencana Kinerja", "DESKRIPSI RK")),
    ("iki", ("INDIKATOR KINERJA INDIVIDU", "Indikator Kinerja Individu", "IKI")),
    ("definisi", ("DEFINISI IKI", "Definisi IKI", "DEFINISI INDIKATOR KINERJA INDIVIDU")),
    ("formula", ("FORMULA", "Formula", "FORMULA / CARA PERHITUNGAN")),
    ("tujuan", ("TUJUAN", "Tujuan")),
    ("satuan", ("SATUAN PENGUKURAN", "Satuan Pengukuran")),
    ("jenis", ("JENIS ASPEK TARGET", "Jenis Aspek Target")),
    ("kendali", ("TINGKAT KENDALI IKI", "Tingkat Kendali IKI")),
    ("sumber", ("SUMBER DATA", "Sumber Data")),
    ("periode", ("PERIODE PELAPORAN", "Periode Pelaporan")),
)


def lembar_manual(b: Berkas, rng: random.Random, nama: str) -> Lembar:
    lb = Lembar(nama)
    lb.isi(1, 1, "MANUAL INDIKATOR KINERJA", tebal=True)
    lb.satukan(1, 1, 1, 3)
    lb.isi(2, 1, f"{b.orang.jabatan} - Tahun {b.tahun}")
    r = 4
    varian = "label_manual" in b.variasi
    titik_dua = b.opsi.get("titik_dua", False)
    lewati = b.opsi.get("manual_hilang")
    for i, rk in enumerate(b.rk):
        for j, bi in enumerate(rk.iki):
            if lewati == (i, j):
                continue
            d, df, fm, tj = rk.manual
            if j > 0:
                df = f"{bi.teks}: {df[0].lower()}{df[1:]}"
            sat = {"%": "Persen", "": "Indeks"}.get(bi.iki.satuan, bi.iki.satuan)
            isi = {
                "rk": rk.teks,
                "deskripsi": d,
                "iki": bi.teks,
                "definisi": df,
                "formula": fm,
                "tujuan": tj,
                "satuan": sat,
                "jenis": "Kuantitas",
                "kendali": rng.choice(["Moderate", "Tinggi"]),
                "sumber": rng.choice(
                    ["Laporan bulanan Puskesmas, SIMRS", "Profil Kesehatan Kabupaten", "SIPD dan SIMRS"]
                ),
                "periode": rng.choice(["Triwulanan", "Semesteran", "Tahunan"]),
            }
            lb.isi(r, 1, f"{i + 1}.{j + 1}", tebal=True)
            r += 1
            for k, labels in MANUAL_LABEL:
                v = isi[k]
                if (i, j, k) == b.opsi.get("manual_kosong"):
                    v = ""
                lb.isi(r, 1, pilih(rng, labels, varian))
                if titik_dua:
                    lb.isi(r, 2, ":")
                b.rujukan[("manual", i, j, k)] = (nama, lb.isi(r, 3, v))
                r += 1
            r += 1
    lb.lebar.update({1: 34, 2: 3, 3: 80})
    return lb


def lembar_keterkaitan(b: Berkas, rng: random.Random, nama: str) -> Lembar:
    lb = Lembar(nama)
    r = kop(lb, b, rng, 5, "FORMAT KETERKAITAN SKP DENGAN ANGKA KREDIT", False, catat=False)
    lb.isi(r, 1, f"TANGGAL PENGAJUAN : {b.opsi['tanggal']}")
    lb.satukan(r, 1, r, 5)
    r += 2
    for cc, v in enumerate(("NO", "RENCANA KINERJA", "BUTIR KEGIATAN", "OUTPUT", "ANGKA KREDIT"), start=1):
        lb.isi(r, cc, v, tebal=True)
    r += 1
    lb.isi(r, 1, "KINERJA UTAMA", tebal=True)
    lb.satukan(r, 1, r, 5)
    r += 1
    teks_ak = "ak_teks" in b.variasi
    kode = "butir_kode" in b.variasi
    no = 0
    for i, rk in enumerate(b.rk):
        if not rk.butir:
            continue
        awal = r
        no += 1
        for j, (keg, out, ak) in enumerate(rk.butir):
            if j == 0:
                lb.isi(r, 1, no)
                lb.isi(r, 2, rk.teks.upper() if "keterkaitan_kapital" in b.variasi else rk.teks)
            lb.isi(r, 3, f"II.B.{10 + 3 * i + j} {keg}" if kode else keg)
            lb.isi(r, 4, out)
            if isinstance(ak, str) and not teks_ak and ak.replace(",", "").replace(".", "").isdigit():
                v: Any = float(ak.replace(",", "."))
                b.rujukan[("ak", i, j)] = (nama, lb.isi(r, 5, v, fmt="0.000"))
            else:
                b.rujukan[("ak", i, j)] = (nama, lb.isi(r, 5, ak))
            r += 1
        if len(rk.butir) > 1 and b.opsi.get("gaya_rk", "gabung") == "gabung":
            lb.satukan(awal, 1, r - 1, 1)
            lb.satukan(awal, 2, r - 1, 2)
    lb.lebar.update({1: 6, 2: 40, 3: 50, 4: 28, 5: 14})
    kaki(lb, b, r + 1, 2, 4)
    return lb


def hitung_penilaian(b: Berkas) -> dict[str, Any]:
    """Nilai yang benar menurut SPEC §6 dari target rencana dan realisasi."""
    hasil: dict[str, Any] = {"iki": {}, "rk": {}}
    nilai_rk_utama = []
    for bagian, daftar in (("utama", b.rk), ("tambahan", b.tambahan)):
        for i, rk in enumerate(daftar):
            tulis = []
            for j, bi in enumerate(rk.iki):
                t_alt = b.opsi.get("target_penilaian", {}).get((bagian, i, j))
                r = bi.realisasi
                assert r is not None
                c = capaian(bi.iki, r, t_alt[1] if t_alt else None)
                iki_for = replace(bi.iki, nilai=t_alt[1]) if t_alt else bi.iki
                k, n = nilai_iki(iki_for, r, c)
                n2 = round(n + 1e-9, 2)
                hasil["iki"][(bagian, i, j)] = (c, k, n2)
                tulis.append(n2)
            nrk = round(sum(tulis) / len(tulis) + 1e-9, 2)
            hasil["rk"][(bagian, i)] = (kategori_rk(nrk), nrk)
            if bagian == "utama":
                nilai_rk_utama.append(nrk)
    n_utama = len(nilai_rk_utama)
    ku = sum(nilai_rk_utama) / n_utama
    if "jenis_rk" in b.variasi and b.form.startswith("jpt"):
        # kolom JENIS RK: RK terakhir Rencana Aksi, sisanya Perjanjian Kinerja, 60/40 (SPEC §6.3)
        pk, ra = nilai_rk_utama[:-1], nilai_rk_utama[-1:]
        ku = 0.6 * sum(pk) / len(pk) + 0.4 * sum(ra) / len(ra)
    kt = 0.0
    tertimbang = {}
    for i in range(n_utama):
        tertimbang[("utama", i)] = round(nilai_rk_utama[i] / n_utama + 1e-9, 2)
    for i in range(len(b.tambahan)):
        k, n = hasil["rk"][("tambahan", i)]
        v = FAKTOR[k] * 10 / 100 * n / 100
        tertimbang[("tambahan", i)] = round(v + 1e-9, 2)
        kt += v
    kt = min(kt, 10)
    hasil["tertimbang"] = tertimbang
    hasil["akhir"] = round(min(ku + kt, 120) + 1e-9, 2)
    return hasil


def lembar_penilaian(b: Berkas, rng: random.Random, nama: str) -> Lembar:
    lb = Lembar(nama)
    jpt = b.form.startswith("jpt")
    peng_jpt = b.form == "jpt-pengembangan"
    judul = {
        "tahunan": "PENILAIAN SASARAN KINERJA PEGAWAI",
        "triwulan": f"PENILAIAN SKP TRIWULAN IV TAHUN {b.tahun}",
        "semester": f"EVALUASI KINERJA PEGAWAI SEMESTER II TAHUN {b.tahun}",
    }[b.penilaian]
    v = b.variasi
    if "pn_kop" not in v:
        lb.isi(1, 1, judul, tebal=True)
        lb.isi(2, 1, f"{b.orang.nama} - {b.orang.jabatan}")
        if b.penilaian == "tahunan":
            lb.isi(3, 1, f"PERIODE PENILAIAN: 1 JANUARI SD 31 DESEMBER {b.tahun}")
    if jpt:
        cols = (["PERSPEKTIF"] if peng_jpt else []) + [
            "NO",
            "RENCANA KINERJA",
            "INDIKATOR KINERJA INDIVIDU",
            "TARGET",
            "REALISASI",
            "CAPAIAN IKI",
            "KATEGORI CAPAIAN IKI",
            "NILAI CAPAIAN IKI",
            "NILAI TERTIMBANG",
        ]
    else:
        cols = [
            "NO",
            "RENCANA KINERJA ATASAN YANG DIINTERVENSI",
            "RENCANA KINERJA",
            "ASPEK",
            "INDIKATOR KINERJA INDIVIDU",
            "TARGET",
            "REALISASI",
            "CAPAIAN IKI",
            "KATEGORI CAPAIAN IKI",
            "NILAI CAPAIAN IKI",
            "KATEGORI CAPAIAN RK",
            "NILAI CAPAIAN RK",
            "NILAI TERTIMBANG",
        ]
    if "pn_kategori" in v and not jpt:
        t = cols.index("TARGET") + 1
        cols[t:t] = list(ambang_keys(b.opsi["tingkat"]))
    if "pn_tanpa_nilai_iki" in v and not jpt:
        cols.remove("NILAI CAPAIAN IKI")
    if "jenis_rk" in v and jpt:
        cols.insert(cols.index("NO") + 1, "JENIS RK")
    kol = {x: i + 1 for i, x in enumerate(cols)}
    akhir = len(cols)
    r = 5
    if "pn_kop" in v:
        # kop formulir (judul, periode, identitas) disalin di atas tabel Penilaian
        r = kop(lb, b, rng, min(akhir, 8), judul, jpt, catat=False) + 1
    for x, cc in kol.items():
        lb.isi(r, cc, x, tebal=True)
    r += 1
    singkat = {"Sangat Baik": "SB", "Baik": "B", "Cukup": "C", "Kurang": "K", "Sangat Kurang": "SK"}

    def sebut(k: str) -> str:
        return singkat.get(k, k) if "kategori_singkat" in v else k

    n_pk = len(b.rk) - 1 if "jenis_rk" in v and jpt else len(b.rk)
    h = hitung_penilaian(b)
    salah = b.opsi.get("salah_penilaian", {})
    kosong = b.opsi.get("realisasi_kosong")
    rumus = b.writer.startswith("libreoffice")
    baris_tertimbang = []
    gaya_capaian = b.opsi.get("gaya_capaian", "teks")
    for bagian, daftar in (("utama", b.rk), ("tambahan", b.tambahan)):
        if not daftar:
            continue
        lb.isi(r, 1, "A. KINERJA UTAMA" if bagian == "utama" else "B. KINERJA TAMBAHAN", tebal=True)
        lb.satukan(r, 1, r, akhir)
        r += 1
        for i, rk in enumerate(daftar):
            awal = r
            rk_kosong = kosong is not None and kosong[:2] == (bagian, i)
            for j, bi in enumerate(rk.iki):
                key = (bagian, i, j)
                c, k, n = h["iki"][key]
                if j == 0:
                    lb.isi(r, kol["NO"], i + 1)
                    lb.isi(r, kol["RENCANA KINERJA"], rk.teks)
                    if not jpt:
                        lb.isi(r, kol["RENCANA KINERJA ATASAN YANG DIINTERVENSI"], rk.atasan)
                    if peng_jpt:
                        lb.isi(r, kol["PERSPEKTIF"], rk.perspektif)
                    if "JENIS RK" in kol:
                        lb.isi(r, kol["JENIS RK"], "PK" if i < n_pk else "Rencana Aksi")
                if not jpt:
                    lb.isi(r, kol["ASPEK"], bi.aspek)
                lb.isi(r, kol["INDIKATOR KINERJA INDIVIDU"], bi.teks)
                t_alt = b.opsi.get("target_penilaian", {}).get(key)
                b.rujukan[("pn", key, "target")] = (
                    nama,
                    lb.isi(r, kol["TARGET"], t_alt[0] if t_alt else bi.target),
                )
                for kk in ambang_keys(b.opsi["tingkat"]) if "pn_kategori" in v and not jpt else ():
                    lb.isi(r, kol[kk], bi.kategori.get(kk))
                is_kosong = kosong == key
                b.rujukan[("pn", key, "realisasi")] = (nama, alamat(r, kol["REALISASI"]))
                if not is_kosong:
                    assert bi.realisasi is not None
                    lb.isi(r, kol["REALISASI"], bi.realisasi_teks or tulis_realisasi(bi.iki, bi.realisasi))
                    cap_val: Any
                    fmt: str | None = None
                    cap = salah.get(("capaian", key), c)
                    if gaya_capaian == "teks":
                        cap_val = f"{bulat_setengah_atas(cap)} %"
                    elif gaya_capaian == "persen":
                        cap_val, fmt = bulat_setengah_atas(cap) / 100, "0%"
                    else:
                        cap_val = f"{angka_id(cap, 1)} %"
                    b.rujukan[("pn", key, "capaian")] = (
                        nama,
                        lb.isi(r, kol["CAPAIAN IKI"], cap_val, fmt=fmt),
                    )
                    kat = salah.get(("kategori", key), sebut(k))
                    b.rujukan[("pn", key, "kategori")] = (nama, lb.isi(r, kol["KATEGORI CAPAIAN IKI"], kat))
                    if "NILAI CAPAIAN IKI" in kol:
                        lb.isi(r, kol["NILAI CAPAIAN IKI"], n, fmt="0.00")
                if jpt:
                    t = round(n / len(daftar) + 1e-9, 2)
                    if "JENIS RK" in kol:
                        t = round(n * (0.6 / n_pk if i < n_pk else 0.4 / (len(daftar) - n_pk)) + 1e-9, 2)
                    if not is_kosong:
                        if rumus:
                            lb.isi(
                                r,
                                kol["NILAI TERTIMBANG"],
                                f"=ROUND({alamat(r, kol['NILAI CAPAIAN IKI'])}/{len(daftar)},2)",
                                fmt="0.00",
                            )
                        else:
                            lb.isi(r, kol["NILAI TERTIMBANG"], t, fmt="0.00")
                    baris_tertimbang.append(r)
                r += 1
            if not jpt:
                krk, nrk = h["rk"][(bagian, i)]
                tt = h["tertimbang"][(bagian, i)]
                if not rk_kosong:
                    lb.isi(awal, kol["KATEGORI CAPAIAN RK"], sebut(krk))
                    lb.isi(awal, kol["NILAI CAPAIAN RK"], nrk, fmt="0.00")
                    if rumus and bagian == "utama":
                        lb.isi(
                            awal,
                            kol["NILAI TERTIMBANG"],
                            f"=ROUND({alamat(awal, kol['NILAI CAPAIAN RK'])}/{len(daftar)},2)",
                            fmt="0.00",
                        )
                    else:
                        lb.isi(awal, kol["NILAI TERTIMBANG"], tt, fmt="0.00")
                baris_tertimbang.append(awal)
                if len(rk.iki) > 1 and b.opsi.get("gaya_rk", "gabung") == "gabung":
                    for k in (
                        "NO",
                        "RENCANA KINERJA ATASAN YANG DIINTERVENSI",
                        "RENCANA KINERJA",
                        "KATEGORI CAPAIAN RK",
                        "NILAI CAPAIAN RK",
                        "NILAI TERTIMBANG",
                    ):
                        lb.satukan(awal, kol[k], r - 1, kol[k])
    lb.isi(r, 1, "NILAI AKHIR SKP", tebal=True)
    lb.satukan(r, 1, r, akhir - 1)
    nt = kol["NILAI TERTIMBANG"]
    akhir_val: Any = salah.get("akhir", h["akhir"])
    if kosong is None:
        if rumus and "akhir" not in salah:
            akhir_val = (
                f"=MIN(120,SUM({alamat(min(baris_tertimbang), nt)}:{alamat(max(baris_tertimbang), nt)}))"
            )
        b.rujukan[("pn", "akhir")] = (nama, lb.isi(r, nt, akhir_val, fmt="0.00"))
    r += 2
    if b.perilaku:
        nilai_skp = h["akhir"]
        per = b.opsi["perilaku_nilai"]
        np_ = round(sum(per) / 5 + 1e-9, 2)
        nk = round(0.7 * nilai_skp + 0.3 * np_ + 1e-9, 2)
        lb.isi(r, 1, "NILAI PERILAKU KERJA")
        lb.satukan(r, 1, r, akhir - 1)
        lb.isi(r, nt, np_, fmt="0.00")
        r += 1
        lb.isi(r, 1, "NILAI KINERJA (70% NILAI SKP + 30% NILAI PERILAKU KERJA)")
        lb.satukan(r, 1, r, akhir - 1)
        lb.isi(r, nt, nk, fmt="0.00")
        r += 1
        lb.isi(r, 1, "PREDIKAT KINERJA")
        lb.satukan(r, 1, r, akhir - 1)
        tulis_pred = predikat(nk)
        if "predikat" in salah:
            tulis_pred = "Sangat Baik" if nk < 110 else "Butuh Perbaikan"
        b.rujukan[("pn", "predikat")] = (nama, lb.isi(r, nt, tulis_pred))
        r += 1
    for cc in range(1, akhir + 1):
        lb.lebar[cc] = 14
    return lb


def lembar_perilaku(b: Berkas, nama: str) -> Lembar:
    lb = Lembar(nama)
    lb.isi(1, 1, "PENILAIAN PERILAKU KERJA PEGAWAI", tebal=True)
    lb.isi(3, 1, "NO", tebal=True)
    lb.isi(3, 2, "ASPEK PERILAKU", tebal=True)
    lb.isi(3, 3, "NILAI", tebal=True)
    aspek = ("Orientasi Pelayanan", "Komitmen", "Inisiatif Kerja", "Kerja Sama", "Kepemimpinan")
    for i, (a, v) in enumerate(zip(aspek, b.opsi["perilaku_nilai"], strict=True), start=1):
        lb.isi(3 + i, 1, i)
        lb.isi(3 + i, 2, a)
        lb.isi(3 + i, 3, v)
    lb.isi(9, 2, "NILAI PERILAKU KERJA", tebal=True)
    lb.isi(9, 3, round(sum(b.opsi["perilaku_nilai"]) / 5 + 1e-9, 2), fmt="0.00")
    lb.lebar.update({1: 6, 2: 30, 3: 12})
    return lb


def lembar_sampul(b: Berkas) -> Lembar:
    lb = Lembar("Petunjuk")
    lb.isi(2, 2, "PETUNJUK PENGISIAN SKP TENAGA KESEHATAN", tebal=True)
    lb.isi(4, 2, "1. Isi identitas sesuai SK terakhir (SIMPEG).")
    lb.isi(5, 2, "2. Rencana kinerja atasan disalin dari SKP Kepala Ruang/Kepala Puskesmas.")
    lb.isi(6, 2, "3. Kirim ke subbagian kepegawaian paling lambat 15 Januari.")
    lb.lebar[2] = 80
    return lb


def bangun(b: Berkas, rng: random.Random) -> list[Lembar]:
    if b.opsi.get("lain"):
        return lembar_lain(b)
    lb = lembar_skp(b, rng)
    jpt = b.form.startswith("jpt")
    out = []
    if "sampul" in b.variasi:
        out.append(lembar_sampul(b))
    out.append(lb)
    if jpt:
        out.append(lembar_manual(b, rng, b.opsi["sheet_manual"]))
    if b.form.startswith("jf") and not b.opsi.get("tanpa_keterkaitan"):
        out.append(lembar_keterkaitan(b, rng, b.opsi["sheet_ak"]))
    if b.penilaian:
        out.append(lembar_penilaian(b, rng, b.opsi["sheet_pn"]))
    if b.perilaku:
        out.append(lembar_perilaku(b, "Perilaku"))
    if "sheet_lama" in b.variasi:
        # SKP tahun lalu disalin lalu disembunyikan, bukan dihapus; di dalamnya target yang tidak terukur
        lama = copy.deepcopy(b)
        lama.tahun = b.tahun - 1
        lama.variasi = [x for x in b.variasi if x not in ("sheet_lama", "sampul")]
        lama.opsi["sheet_skp"] = f"SKP {lama.tahun} (lama)"
        lama.opsi.pop("periode_teks", None)
        lama.rk[0].iki[0].target = "Sesuai kebutuhan pelayanan"
        lama.rk[-1].atasan = ""
        lb_lama = lembar_skp(lama, random.Random(f"lama-{b.nama}"))
        lb_lama.sheet_tersembunyi = True
        out.append(lb_lama)
    return out


def lembar_skp(b: Berkas, rng: random.Random) -> Lembar:
    jpt = b.form.startswith("jpt")
    tahun = b.tahun
    nama_skp = b.opsi["sheet_skp"]
    lb = Lembar(nama_skp)
    judul = rng.choice(
        ["RENCANA SASARAN KINERJA PEGAWAI", "SASARAN KINERJA PEGAWAI (SKP)", f"RENCANA SKP TAHUN {tahun}"]
    )
    if jpt:
        lebar = 5 if b.form == "jpt-pengembangan" else 4
        r = kop(lb, b, rng, lebar, judul, True)
        r = tabel_jpt(lb, b, rng, r)
        kaki(lb, b, r + 1, 2, lebar)
    else:
        lebar = 6 if b.form.endswith("dasar") else 12
        r = kop(lb, b, rng, 6, judul, False)
        if "baris_kosong" in b.variasi:
            r += 1
        r = tabel_ja_jf(lb, b, rng, r)
        kaki(lb, b, r + 1, 2, 5)
    return lb


def lembar_lain(b: Berkas) -> list[Lembar]:
    """Kiriman salah (SPEC §3.10): SKP PP 46/2011 tahun lalu, SKP Permen PANRB 6/2022, templat belum diisi."""
    jenis = b.opsi["lain"]
    lb = Lembar("SKP")
    o, p = b.orang, b.penilai
    if jenis == "pp46":
        lb.isi(1, 1, "SASARAN KERJA PEGAWAI", tebal=True)
        lb.isi(2, 1, f"PEGAWAI NEGERI SIPIL {bank.KABUPATEN.upper()}")
        lb.isi(4, 1, "NO")
        lb.isi(4, 2, "I. PEJABAT PENILAI")
        lb.isi(4, 4, "NO")
        lb.isi(4, 5, "II. PEGAWAI NEGERI SIPIL YANG DINILAI")
        for i, (lab, a1, a2) in enumerate(
            (
                ("Nama", p.nama, o.nama),
                ("NIP", p.nip, o.nip),
                ("Pangkat/Gol.Ruang", p.pangkat, o.pangkat),
                ("Jabatan", p.jabatan, o.jabatan),
                ("Unit Kerja", p.unit, o.unit),
            ),
            start=1,
        ):
            lb.isi(4 + i, 1, i)
            lb.isi(4 + i, 2, lab)
            lb.isi(4 + i, 3, a1)
            lb.isi(4 + i, 4, i)
            lb.isi(4 + i, 5, lab)
            lb.isi(4 + i, 6, a2)
        for c, v in enumerate(("NO", "III. KEGIATAN TUGAS JABATAN", "AK", "TARGET"), start=1):
            lb.isi(11, c, v, tebal=True)
        lb.satukan(11, 4, 11, 7)
        for c, v in enumerate(("KUANT/OUTPUT", "KUAL/MUTU", "WAKTU", "BIAYA"), start=4):
            lb.isi(12, c, v, tebal=True)
        for i, (keg, ak, kuant) in enumerate(
            (
                ("Melakukan pemeriksaan kehamilan (ANC) pada ibu hamil", 0.008, "96 Kegiatan"),
                ("Melakukan pertolongan persalinan normal", 0.03, "60 Kegiatan"),
                ("Memberikan asuhan kebidanan pada bayi baru lahir", 0.012, "60 Kegiatan"),
            ),
            start=1,
        ):
            lb.isi(12 + i, 1, i)
            lb.isi(12 + i, 2, keg)
            lb.isi(12 + i, 3, ak, fmt="0.000")
            lb.isi(12 + i, 4, kuant)
            lb.isi(12 + i, 5, 100)
            lb.isi(12 + i, 6, "12 Bulan")
            lb.isi(12 + i, 7, "-")
    elif jenis == "pp6":
        lb.isi(1, 1, "SASARAN KINERJA PEGAWAI", tebal=True)
        lb.isi(2, 1, "PENDEKATAN HASIL KERJA KUALITATIF")
        lb.isi(3, 1, f"PERIODE PENILAIAN: 1 JANUARI SD 31 DESEMBER {b.tahun}")
        lb.isi(5, 1, "NO")
        lb.isi(5, 2, "PEGAWAI YANG DINILAI")
        lb.isi(5, 4, "NO")
        lb.isi(5, 5, "PEJABAT PENILAI KINERJA")
        for i, (lab, attr) in enumerate(
            (
                ("NAMA", "nama"),
                ("NIP", "nip"),
                ("PANGKAT/GOL RUANG", "pangkat"),
                ("JABATAN", "jabatan"),
                ("UNIT KERJA", "unit"),
            ),
            start=1,
        ):
            lb.isi(5 + i, 1, i)
            lb.isi(5 + i, 2, lab)
            lb.isi(5 + i, 3, getattr(o, attr))
            lb.isi(5 + i, 4, i)
            lb.isi(5 + i, 5, lab)
            lb.isi(5 + i, 6, getattr(p, attr))
        lb.isi(12, 1, "HASIL KERJA", tebal=True)
        for c, v in enumerate(
            (
                "NO",
                "RENCANA HASIL KERJA PIMPINAN YANG DIINTERVENSI",
                "RENCANA HASIL KERJA",
                "ASPEK",
                "INDIKATOR KINERJA INDIVIDU",
                "TARGET",
            ),
            start=1,
        ):
            lb.isi(13, c, v, tebal=True)
        lb.isi(14, 1, "A. UTAMA")
        for j, bi in enumerate(b.rk[0].iki):
            if j == 0:
                lb.isi(15, 1, 1)
                lb.isi(15, 2, b.rk[0].atasan)
                lb.isi(15, 3, b.rk[0].teks)
            lb.isi(15 + j, 4, bi.aspek)
            lb.isi(15 + j, 5, bi.teks)
            lb.isi(15 + j, 6, bi.target)
        r = 16 + len(b.rk[0].iki)
        lb.isi(r, 1, "PERILAKU KERJA", tebal=True)
        lb.isi(r + 1, 1, "NO")
        lb.isi(r + 1, 2, "PERILAKU KERJA")
        lb.isi(r + 1, 5, "EKSPEKTASI KHUSUS PIMPINAN")
        for i, a in enumerate(
            (
                "Berorientasi Pelayanan",
                "Akuntabel",
                "Kompeten",
                "Harmonis",
                "Loyal",
                "Adaptif",
                "Kolaboratif",
            ),
            start=1,
        ):
            lb.isi(r + 1 + i, 1, i)
            lb.isi(r + 1 + i, 2, a)
            lb.isi(r + 1 + i, 5, "Melayani pasien dengan ramah dan tepat waktu" if i == 1 else "-")
    else:
        lb.isi(1, 1, "RENCANA SASARAN KINERJA PEGAWAI", tebal=True)
        lb.isi(2, 1, "UPTD PUSKESMAS ....................")
        lb.isi(3, 1, "PERIODE PENILAIAN: 1 JANUARI SD 31 DESEMBER 2026")
        lb.isi(5, 1, "NO")
        lb.isi(5, 2, "PEGAWAI YANG DINILAI")
        lb.isi(5, 4, "NO")
        lb.isi(5, 5, "PEJABAT PENILAI KINERJA")
        for i, lab in enumerate(("NAMA", "NIP", "PANGKAT/GOL RUANG", "JABATAN", "UNIT KERJA"), start=1):
            lb.isi(5 + i, 1, i)
            lb.isi(5 + i, 2, lab)
            lb.isi(5 + i, 3, "[isi]" if i != 2 else "..................")
            lb.isi(5 + i, 4, i)
            lb.isi(5 + i, 5, lab)
            lb.isi(5 + i, 6, "[isi]" if i != 2 else "..................")
        for c, v in enumerate(
            (
                "NO",
                "RENCANA KINERJA ATASAN LANGSUNG/UNIT KERJA/ORGANISASI",
                "RENCANA KINERJA",
                "ASPEK",
                "INDIKATOR KINERJA INDIVIDU",
                "TARGET",
            ),
            start=1,
        ):
            lb.isi(12, c, v, tebal=True)
        lb.isi(13, 1, "A. KINERJA UTAMA")
        lb.isi(14, 1, 1)
        lb.isi(18, 1, "B. KINERJA TAMBAHAN")
        lb.isi(19, 1, 1)
    lb.lebar.update({1: 6, 2: 40, 3: 40, 4: 14, 5: 40, 6: 20})
    return [lb]


def simpan(lembar: list[Lembar], path: Path) -> None:
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for lb in lembar:
        ws = wb.create_sheet(lb.judul)
        for (r, c), v in sorted(lb.sel.items()):
            cell = ws.cell(row=r, column=c, value=v)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            if (r, c) in lb.format:
                cell.number_format = lb.format[(r, c)]
            if (r, c) in lb.tebal:
                cell.font = Font(bold=True)
        for r1, c1, r2, c2 in lb.gabung:
            ws.merge_cells(start_row=r1, start_column=c1, end_row=r2, end_column=c2)
        for c, w in lb.lebar.items():
            ws.column_dimensions[get_column_letter(c)].width = w
        for r in sorted(lb.tersembunyi):
            ws.row_dimensions[r].hidden = True
        if lb.sheet_tersembunyi:
            ws.sheet_state = "hidden"
    wb.properties.creator = "Pegawai"
    wb.save(path)


def lewat_libreoffice(src: Path, dest: Path, xlsm: bool) -> None:
    with tempfile.TemporaryDirectory() as d:
        filt = "xlsm:Calc MS Excel 2007 VBA XML" if xlsm else "xlsx:Calc MS Excel 2007 XML"
        subprocess.run(
            [
                "soffice",
                "--headless",
                f"-env:UserInstallation=file://{d}/profil",
                "--convert-to",
                filt,
                "--outdir",
                d,
                str(src),
            ],
            check=True,
            capture_output=True,
            timeout=180,
        )
        hasil = Path(d) / (src.stem + (".xlsm" if xlsm else ".xlsx"))
        shutil.copyfile(hasil, dest)


# --- rencana set ---
VARIASI = (
    "label_typo",
    "label_atasan",
    "aspek_tulis",
    "unit_dua_baris",
    "kolom_keterangan",
    "baris_kosong",
    "nomor_kolom",
    "catatan_tabel",
    "periode_tulis",
    "pangkat_tulis",
    "nip_rapat",
    "sampul",
    "gaya_rk",
    "jabatan_varian",
    "ak_teks",
    "butir_kode",
    "keterkaitan_kapital",
    "label_manual",
    "rk_kapital",
)

# (form, daftar cacat) per berkas; [] = bersih
RENCANA: list[tuple[str, list[str]]] = (
    [("jf-dasar", [])] * 7
    + [
        ("jf-dasar", ["rk-tanpa-butir-kegiatan"]),
        ("jf-dasar", ["angka-kredit-tidak-valid"]),
        ("jf-dasar", ["keterkaitan-ak-hilang"]),
        ("jf-dasar", ["capaian-tidak-sesuai:capaian"]),
        ("jf-dasar", ["jenjang-golongan-tidak-sesuai", "rk-berbasis-aktivitas"]),
        ("jf-dasar", ["realisasi-kosong", "target-tanpa-satuan"]),
        ("jf-dasar", ["rk-tanpa-iki"]),
    ]
    + [("jf-pengembangan", [])] * 6
    + [
        ("jf-pengembangan", ["kategori-tidak-membedakan"]),
        ("jf-pengembangan", ["cara-memantau-kosong", "angka-kredit-tidak-valid"]),
        ("jf-pengembangan", ["target-penilaian-berbeda"]),
        ("jf-pengembangan", ["kategori-penilaian-kosong"]),
        ("jf-pengembangan", ["rk-tanpa-butir-kegiatan", "nip-tidak-valid"]),
        ("jf-pengembangan", ["periode-tidak-valid", "capaian-tidak-sesuai:kategori"]),
    ]
    + [("ja-dasar", [])] * 4
    + [
        ("ja-dasar", ["rk-atasan-kosong"]),
        ("ja-dasar", ["aspek-tidak-valid", "predikat-tidak-sesuai"]),
        ("ja-dasar", ["target-absolut", "satuan-tidak-sesuai-aspek"]),
        ("ja-dasar", ["penilai-sama-dengan-pegawai", "capaian-tidak-sesuai:capaian"]),
    ]
    + [("ja-pengembangan", [])] * 3
    + [
        ("ja-pengembangan", ["kategori-tidak-berurutan"]),
        ("ja-pengembangan", ["capaian-tidak-sesuai:akhir"]),
        ("ja-pengembangan", ["pangkat-tidak-dikenal", "aspek-ganda"]),
        ("ja-pengembangan", ["iki-tanpa-target"]),
    ]
    + [("jpt-dasar", [])] * 3
    + [
        ("jpt-dasar", ["manual-iki-kosong:formula"]),
        ("jpt-dasar", ["identitas-kosong", "target-tidak-terukur"]),
        ("jpt-dasar", ["capaian-tidak-sesuai:kategori"]),
    ]
    + [("jpt-pengembangan", [])] * 3
    + [
        ("jpt-pengembangan", ["perspektif-tidak-valid"]),
        ("jpt-pengembangan", ["perspektif-tidak-lengkap", "manual-iki-kosong:hilang"]),
        ("jpt-pengembangan", ["target-rentang-terbalik", "realisasi-kosong"]),
    ]
)

PERAN_FORM = {
    "jf": [k for k, p in PERAN.items() if p.jenis == "jf"],
    "ja": [k for k, p in PERAN.items() if p.jenis == "ja"],
    "jpt": [k for k, p in PERAN.items() if p.jenis == "jpt"],
}

PENILAIAN_CACAT = (
    "capaian-tidak-sesuai",
    "realisasi-kosong",
    "target-penilaian-berbeda",
    "predikat-tidak-sesuai",
)


def buat_berkas(
    no: int,
    form: str,
    cacat: list[str],
    rng: random.Random,
    pakai: dict[str, int],
    tahap2: tuple[str, tuple[str, ...], bool] | None = None,
) -> Berkas:
    """Satu kiriman; ``tahap2`` (peran, variasi wajib, dinilai) untuk berkas perluasan (README)."""
    jenis = form.split("-")[0]
    butuh_penilaian = any(c.split(":")[0] in PENILAIAN_CACAT for c in cacat)
    if cacat == ["keterkaitan-ak-hilang"]:
        kandidat = ["perawat_ap", "bidan_ap", "apoteker", "nutrisionis", "dokter_ap"]
    elif "jenjang-golongan-tidak-sesuai" in cacat:
        kandidat = ["perawat_ap", "apoteker", "nutrisionis"]
    elif "aspek-ganda" in cacat or "satuan-tidak-sesuai-aspek" in cacat:
        kandidat = ["pengadm", "kasubbag_umum", "pengelola_keu"]
    else:
        kandidat = PERAN_FORM[jenis]
    kandidat = sorted(kandidat, key=lambda k: (pakai.get(k, 0), rng.random()))
    peran = PERAN[tahap2[0] if tahap2 else kandidat[0]]
    pakai[peran.kunci] = pakai.get(peran.kunci, 0) + 1
    bersih = not cacat
    dinilai = butuh_penilaian or (bersih and rng.random() < 0.4)
    if tahap2:
        dinilai = butuh_penilaian or tahap2[2]
    tahun = 2025 if dinilai else 2026
    n_var = rng.randint(2, {"jf": 4, "jpt": 5, "ja": 6}[jenis])
    if tahap2:
        n_var = rng.randint(1, max(1, 5 - len(tahap2[1])))
    var = sorted(rng.sample(VARIASI, n_var))
    if tahap2 and "jabatan_tanpa_jenjang" in tahap2[1]:
        var = [v for v in var if v not in ("jabatan_varian", "label_typo")]
    if tahap2 and "periode_semester" in tahap2[1]:
        var = [v for v in var if v != "periode_tulis"]
    if tahap2 and "atasan_gabung" in tahap2[1]:
        var = [v for v in var if v not in ("baris_kosong", "gaya_rk")]
    if jenis == "jpt":
        var = [
            v
            for v in var
            if v
            not in (
                "aspek_tulis",
                "ak_teks",
                "butir_kode",
                "keterkaitan_kapital",
                "label_atasan",
                "unit_dua_baris",
                "gaya_rk",
            )
        ]
    if jenis != "jf":
        var = [v for v in var if v not in ("ak_teks", "butir_kode", "keterkaitan_kapital")]
    if jenis == "jf" and "jabatan_varian" not in var and not tahap2 and rng.random() < 0.8:
        var.append("jabatan_varian")
    if jenis == "jpt" and "label_manual" not in var and rng.random() < 0.5:
        var.append("label_manual")
    if jenis != "jpt":
        var = [v for v in var if v != "label_manual"]
    if len(var) < 2 and not tahap2:
        var = sorted(set(var) | {"periode_tulis", "pangkat_tulis"})
    if tahap2:
        var = sorted(set(var) | set(tahap2[1]))
    gol = rng.choice(peran.golongan)
    nama = f"{peran.gelar[0]}{rng.choice(bank.NAMA_DEPAN)} {rng.choice(bank.NAMA_BELAKANG)}{peran.gelar[1]}"
    jab_i = rng.randrange(1, len(peran.jabatan)) if "jabatan_varian" in var and len(peran.jabatan) > 1 else 0
    jabatan = peran.jabatan[jab_i]
    if "keterkaitan-ak-hilang" in cacat or "jenjang-golongan-tidak-sesuai" in cacat:
        jabatan = peran.jabatan[0]
    nip = buat_nip(rng, gol)
    gaya_p = rng.randrange(4) if "pangkat_tulis" in var else 0
    if "nip_rapat" in var:
        nip = nip.replace(" ", "")
    unit = (
        peran.unit.title().replace("Uptd", "UPTD").replace("Rsud", "RSUD")
        if rng.random() < 0.4
        else peran.unit
    )
    orang = Orang(nama, nip, tulis_pangkat(rng, gol, gaya_p), jabatan, unit)
    p = PENILAI[peran.atasan]
    penilai = Orang(p.nama, p.nip, p.pangkat, p.jabatan, p.unit)
    if "nip_rapat" in var and p.nip != "-":
        penilai.nip = p.nip.replace(" ", "")
    slug = "bersih" if bersih else "-".join(c.split(":")[0] for c in cacat)
    b = Berkas(f"{form}-{no:02d}-{slug}.xlsx", form, peran, orang, penilai, tahun, [], [], var)
    b.opsi["tanggal"] = rng.choice(["5 Januari 2026", "8 Januari 2026", "12 Januari 2026", "2 Januari 2026"])
    b.opsi["sheet_skp"] = rng.choice(
        [
            "SKP",
            f"SKP {tahun}",
            "RENCANA SKP",
            "Form SKP",
            f"SKP {nama.split()[1] if peran.gelar[0] else nama.split()[0]}",
        ]
    )
    b.opsi["sheet_ak"] = rng.choice(["Keterkaitan AK", "KETERKAITAN SKP-AK", "Lampiran AK"])
    b.opsi["sheet_manual"] = rng.choice(["MANUAL IKI", "Manual Indikator", "Manual IKI JPT"])
    b.opsi["sheet_pn_pilihan"] = {
        "tahunan": rng.choice(["PENILAIAN", f"Penilaian SKP {tahun}"]),
        "triwulan": "Evaluasi TW IV",
        "semester": "Penilaian Smt II",
    }
    b.opsi["gaya_rk"] = rng.choice(["gabung", "ulang", "kosong"]) if "gaya_rk" in var else "gabung"
    b.opsi["tingkat"] = rng.choice(["lima", "lima", "tiga", "dua", "target_baik"])
    b.opsi["pantau"] = rng.choice(["tiga", "tiga", "per_iki", "satu"])
    b.opsi["titik_dua"] = rng.random() < 0.5
    b.opsi["persp_gabung"] = rng.random() < 0.5
    b.opsi["gaya_capaian"] = rng.choice(["teks", "persen", "desimal"])
    if (
        jenis == "jf"
        and "jabatan_varian" in var
        and rng.random() < 0.4
        and "keterkaitan-ak-hilang" not in cacat
        and "jenjang-golongan-tidak-sesuai" not in cacat
    ):
        # jenjang di baris berikutnya (SPEC §3.10: isian identitas berlanjut ke baris bawah)
        dasar = peran.jabatan[0]
        for jj in ("Ahli Pertama", "Ahli Muda", "Ahli Madya", "Terampil", "Mahir", "Penyelia"):
            if dasar.endswith(jj):
                b.opsi["jabatan_lanjut"] = (dasar[: -len(jj)].strip(), jj)
                b.variasi.append("jabatan_lanjut")
                orang.jabatan = dasar
                break
    if dinilai:
        b.penilaian = rng.choice(["tahunan", "tahunan", "triwulan", "semester"])
        b.opsi["sheet_pn"] = b.opsi["sheet_pn_pilihan"][b.penilaian]
    # --- isi RK ---
    for sumber, tujuan in ((peran.rk, b.rk), (peran.tambahan, b.tambahan)):
        for rk in sumber:
            ikis = [i for i in rk.iki if pakai_iki(i, form, dinilai)]
            if not ikis:
                continue
            baris = []
            for iki in ikis:
                asp = ""
                if jenis != "jpt":
                    asp = (
                        rng.choice(ASPEK_TULIS[iki.aspek])
                        if "aspek_tulis" in var
                        else ASPEK_TULIS[iki.aspek][0]
                    )
                    if asp == "Waktu (bulan)" and iki.satuan != "bulan":
                        asp = "Waktu"
                bi = BarisIki(asp, iki.teks, iki.target, iki)
                if form.endswith("pengembangan") and jenis != "jpt":
                    bi.pantau = rng.choice(bank.DATA_PANTAU)
                baris.append(bi)
            # IKI `0 kasus` yang beraspek sama dengan IKI lain di RK itu tidak dipakai: dua IKI Kualitas
            # di bawah satu RK adalah `aspek-ganda` (SPEC §7), jadi berkasnya tidak bersih (kesalahan manifes
            # pengukuran pertama). Dibuang sesudah pengundian agar urutan acak berkas lain tidak berubah.
            baris = [bi for bi in baris if not (bi.iki.jenis == "nol" and _aspek_lain(bi, baris))]
            teks = rk.teks.upper() if "rk_kapital" in var else rk.teks
            br = BarisRk(
                rk.atasan,
                teks,
                baris,
                [(x.kegiatan, x.output, x.ak) for x in rk.butir],
                rk.perspektif,
                rk.manual,
                rng.choice(bank.DATA_PANTAU),
            )
            tujuan.append(br)
    if jenis == "jpt" and b.penilaian:
        b.tambahan = []
    if form.endswith("pengembangan") and jenis != "jpt":
        kecil = any(
            not isinstance(bi.iki.nilai, tuple)
            and bi.iki.nilai < 5
            and bi.iki.aspek not in ("waktu", "biaya")
            for rk in b.rk + b.tambahan
            for bi in rk.iki
        )
        if kecil and b.opsi["tingkat"] == "lima":
            b.opsi["tingkat"] = "tiga"
        if "kategori-penilaian-kosong" in cacat and b.opsi["tingkat"] in ("dua", "target_baik"):
            b.opsi["tingkat"] = "tiga"
        for rk in b.rk + b.tambahan:
            for bi in rk.iki:
                bi.kategori = ambang(bi.iki, b.opsi["tingkat"], rng)
    if jenis == "jpt" and form == "jpt-pengembangan":
        for br in b.rk:
            br.perspektif = rng.choice(bank.PERSPEKTIF[br.perspektif])
    if jenis == "jpt" and form == "jpt-dasar":
        for br in b.rk:
            br.perspektif = ""
    # writer
    return b


# Perluasan (tahap 2, README): (form, cacat, peran, variasi wajib, dinilai), benih sendiri.
RENCANA_2: list[tuple[str, list[str], str, tuple[str, ...], bool]] = [
    ("jf-dasar", [], "perawat_ap", ("jabatan_tanpa_jenjang", "shift", "titik_dua_id"), False),
    ("jf-dasar", [], "bidan", ("pppk", "realisasi_dari", "perilaku"), True),
    ("jf-pengembangan", [], "nutrisionis", ("pppk", "periode_semester"), True),
    ("ja-dasar", [], "pengelola_keu", ("titik_dua_id", "nip_label", "penilai_plt", "target_berkala"), False),
    ("jf-dasar", [], "apoteker", ("jabatan_tanpa_jenjang", "realisasi_dari", "nip_label"), True),
    ("jpt-pengembangan", [], "direktur", ("periode_semester", "penilai_plt"), True),
    ("jf-dasar", ["nip-tidak-valid:pppk"], "epidemiolog", ("pppk",), False),
    (
        "jf-pengembangan",
        ["rk-tanpa-butir-kegiatan"],
        "radiografer",
        ("jabatan_tanpa_jenjang", "titik_dua_id"),
        False,
    ),
    ("ja-dasar", ["target-absolut:berkala"], "pengadm", ("nip_label", "target_berkala"), False),
    ("jf-dasar", ["capaian-tidak-sesuai:dari"], "dokter_ap", ("realisasi_dari",), True),
    ("jpt-dasar", ["capaian-tidak-sesuai:akhir"], "kadinkes", ("periode_semester", "nip_label"), True),
    (
        "jf-pengembangan",
        ["cara-memantau-kosong:satu"],
        "sanitarian",
        ("periode_semester", "penilai_plt"),
        False,
    ),
]

# Perluasan kedua (tahap 3, README): bentuk sheet Penilaian dan RK atasan yang digabung, benih sendiri.
RENCANA_3: list[tuple[str, list[str], str, tuple[str, ...], bool]] = [
    ("jf-pengembangan", [], "perawat_penyelia", ("pn_kategori", "pn_kop"), True),
    ("ja-dasar", [], "kasubbag_umum", ("pn_tanpa_nilai_iki", "kategori_singkat"), True),
    ("jpt-pengembangan", [], "kadinkes", ("jenis_rk",), True),
    ("jf-dasar", [], "drg", ("atasan_gabung",), False),
    ("ja-pengembangan", [], "kasi_yanmed", ("pn_kategori", "pn_tanpa_nilai_iki", "atasan_gabung"), True),
    ("jpt-dasar", [], "direktur", ("jenis_rk", "pn_kop"), True),
    ("jf-dasar", ["capaian-tidak-sesuai:kategori"], "dokter_am_kapus", ("kategori_singkat",), True),
    ("ja-dasar", ["realisasi-kosong"], "pengelola_obat", ("pn_tanpa_nilai_iki",), True),
    ("jf-pengembangan", ["target-penilaian-berbeda"], "apoteker", ("pn_kategori",), True),
    ("jf-dasar", ["rk-atasan-kosong:akhir"], "sanitarian", ("atasan_gabung",), False),
    ("ja-dasar", ["predikat-tidak-sesuai"], "pengadm", ("pn_kop", "perilaku"), True),
    ("jpt-pengembangan", ["capaian-tidak-sesuai:akhir"], "direktur", ("jenis_rk", "nip_label"), True),
]

# Perluasan ketiga (tahap 4, README): isi tersembunyi dan kiriman salah, benih sendiri.
RENCANA_4: list[tuple[str, list[str], str, tuple[str, ...], bool]] = [
    ("jf-dasar", [], "perawat_mahir", ("baris_lama",), False),
    ("ja-dasar", [], "pengadm", ("baris_lama",), False),
    ("jf-pengembangan", [], "nutrisionis", ("sheet_lama",), False),
    ("jf-dasar", ["iki-tanpa-target"], "bidan_ap", ("sheet_lama",), False),
    ("ja-pengembangan", ["rk-atasan-kosong"], "pengelola_keu", ("baris_lama",), False),
    ("lain:pp46", ["format-lain"], "bidan", ("kiriman_salah", "format_pp46"), False),
    ("lain:pp6", ["format-lain"], "perawat_ap", ("kiriman_salah", "format_6_2022"), False),
    ("lain:templat", ["templat-belum-diisi"], "perawat_terampil", ("kiriman_salah", "templat_kosong"), False),
]

JENJANG_KATA = ("Ahli Pertama", "Ahli Muda", "Ahli Madya", "Terampil", "Mahir", "Penyelia")


def sesuaikan_tahap2(b: Berkas, rng: random.Random) -> None:
    """Variasi perluasan yang mengubah isi: sesudah ``buat_berkas``, sebelum realisasi dan cacat."""
    v = b.variasi
    if "jabatan_tanpa_jenjang" in v:
        dasar = b.peran.jabatan[0]
        for jj in JENJANG_KATA:
            dasar = dasar.replace(f" {jj}", "")
        b.orang.jabatan = dasar
        b.opsi.pop("jabatan_lanjut", None)
        b.variasi = v = [x for x in v if x != "jabatan_lanjut"]
    if "pppk" in v:
        lahir = b.orang.nip.replace(" ", "")[:8]
        g = rng.choice("12")
        b.orang.nip = f"{lahir} {rng.choice(['2022', '2023', '2024'])}21 {g} {rng.randint(1, 60):03d}"
        if "nip_rapat" in v:
            b.orang.nip = b.orang.nip.replace(" ", "")
        gol = {"ahli pertama": "IX", "terampil": "VII", "mahir": "VII", "ahli muda": "XI"}[b.peran.jenjang]
        b.orang.pangkat = rng.choice([gol, f"Golongan {gol}", f"{gol} (PPPK)"])
    if "shift" in v:
        rk = b.rk[0]
        j = next(j for j, bi in enumerate(rk.iki) if bi.iki.aspek == "kuantitas")
        iki = Iki(
            "kuantitas",
            "Jumlah dinas shift (pagi/sore/malam) yang dilaksanakan sesuai jadwal",
            "240 shift",
            240,
            "shift",
        )
        rk.iki[j] = BarisIki(rk.iki[j].aspek, iki.teks, iki.target, iki)
    if "target_berkala" in v:
        for rk in b.rk:
            for bi in rk.iki:
                if bi.target == "12 laporan":
                    bi.target = "12 laporan (setiap bulan)"
    if "periode_semester" in v:
        b.opsi["periode_teks"] = f"PERIODE PENILAIAN: 1 JULI SD 31 DESEMBER {b.tahun}"
        if b.penilaian:
            b.penilaian = "semester"
            b.opsi["sheet_pn"] = b.opsi["sheet_pn_pilihan"]["semester"]
    if "penilai_plt" in v:
        b.penilai.jabatan = f"Plt. {b.penilai.jabatan}"


def realisasi_dari(b: Berkas, rng: random.Random) -> None:
    """Realisasi IKI persen ditulis sebagai hitungan: `94 dari 96 ibu hamil` (docs/penilaian.md)."""
    for daftar in (b.rk, b.tambahan):
        for rk in daftar:
            for bi in rk.iki:
                if bi.iki.satuan != "%" or isinstance(bi.iki.nilai, tuple):
                    continue
                teks = bi.teks.lower()
                benda = next((w for w in ("ibu hamil", "resep", "pasien", "kasus") if w in teks), "dokumen")
                for _ in range(20):
                    n = rng.choice([48, 96, 120, 250, 365])
                    k = n - rng.choice([0, 0, 1, 2, 3])
                    r = k / n * 100
                    if abs((capaian(bi.iki, r) % 1) - 0.5) > 0.02:
                        break
                if bi.iki.jenis == "maks" and 99.5 <= r < 100:
                    # 364 dari 365 = 99,7 % dibulatkan 100 %: apakah target maksimal itu "tercapai"
                    # (Sangat Baik 120) tidak diputuskan SPEC §6.2; kesalahan manifes pengukuran perluasan
                    k = n
                    r = 100.0
                bi.realisasi = r
                bi.realisasi_teks = f"{angka_id(k)} dari {angka_id(n)} {benda}"


def _aspek_lain(bi: BarisIki, baris: list[BarisIki]) -> bool:
    return any(o is not bi and o.iki.aspek == bi.iki.aspek for o in baris)


def realisasi_semua(b: Berkas, rng: random.Random) -> None:
    for daftar in (b.rk, b.tambahan):
        for rk in daftar:
            for bi in rk.iki:
                bi.realisasi = realisasi_untuk(bi.iki, rng)


def cacat(b: Berkas, kode: str, rng: random.Random) -> None:
    """Ubah model untuk satu cacat dan catat di mana harapannya (rujukan diisi sesudah tata letak)."""
    nama, _, sub = kode.partition(":")
    jenis = b.form.split("-")[0]
    sev = (
        "peringatan"
        if nama
        in (
            "jenjang-golongan-tidak-sesuai",
            "rk-berbasis-aktivitas",
            "target-tanpa-satuan",
            "target-absolut",
            "satuan-tidak-sesuai-aspek",
            "aspek-ganda",
            "rk-ganda",
            "perspektif-tidak-lengkap",
        )
        else "error"
    )
    i = rng.randrange(len(b.rk))
    if nama == "rk-tanpa-butir-kegiatan":
        b.rk[i].butir = []
        b.petunjuk.append((nama, ("utama", i, "rk"), []))
    elif nama == "angka-kredit-tidak-valid":
        i = next(k for k, rk in enumerate(b.rk) if rk.butir)
        j = len(b.rk[i].butir) - 1
        keg, out, _ = b.rk[i].butir[j]
        b.rk[i].butir[j] = (keg, out, rng.choice(["0,0045", "nol koma nol satu", "0", "-0,004"]))
        b.petunjuk.append((nama, ("ak", i, j), []))
    elif nama == "keterkaitan-ak-hilang":
        b.opsi["tanpa_keterkaitan"] = True
        b.petunjuk.append((nama, (), []))
    elif nama == "jenjang-golongan-tidak-sesuai":
        jen = b.peran.jenjang
        salah = {"ahli pertama": "III/d", "ahli muda": "IV/a", "terampil": "III/b", "mahir": "III/d"}[jen]
        b.orang.pangkat = tulis_pangkat(rng, salah, 0)
        b.petunjuk.append((nama, ("id", "pegawai", "JABATAN"), [("id", "pegawai", "PANGKAT")]))
    elif nama == "rk-berbasis-aktivitas":
        rk = b.rk[i]
        rk.teks = rng.choice(
            [
                "Melakukan pengkajian keperawatan dan asuhan pada pasien",
                "Memberikan pelayanan kesehatan kepada pasien",
                "Melaksanakan kegiatan pelayanan sesuai SPO",
            ]
        )
        b.petunjuk.append((nama, ("utama", i, "rk"), []))
    elif nama == "target-tanpa-satuan":
        j = next(
            (
                j
                for j, bi in enumerate(b.rk[i].iki)
                if bi.iki.satuan not in ("%", "")
                and bi.iki.jenis == ""
                and not bi.teks.startswith(("Persentase", "Indeks", "Nilai"))
            ),
            None,
        )
        if j is None:
            i, j = next(
                (ii, jj)
                for ii, rk in enumerate(b.rk)
                for jj, bi in enumerate(rk.iki)
                if bi.iki.satuan not in ("%", "") and bi.iki.jenis == "" and bi.iki.aspek == "kuantitas"
            )
        bi = b.rk[i].iki[j]
        bi.target = angka_id(float(bi.iki.nilai))  # type: ignore[arg-type]
        b.petunjuk.append((nama, ("utama", i, j, "target"), []))
    elif nama == "rk-tanpa-iki":
        rk = BarisRk(
            b.rk[0].atasan,
            "Kepatuhan kebersihan tangan petugas di ruang rawat yang terpantau",
            [BarisIki("", "", "", Iki("", "", "", 0, ""))],
            [("Melakukan audit kepatuhan kebersihan tangan", "Laporan audit", "0,005")],
        )
        b.rk.append(rk)
        k = len(b.rk) - 1
        b.petunjuk.append((nama, ("utama", k, 0, "iki"), [("utama", k, "rk")]))
    elif nama == "kategori-tidak-membedakan":
        i, j = kat_target(b)
        bi = b.rk[i].iki[j]
        bi.kategori["SANGAT BAIK"] = bi.target
        b.petunjuk.append((nama, ("utama", i, j, "kat", "SANGAT BAIK"), [("utama", i, j, "target")]))
    elif nama == "kategori-tidak-berurutan":
        i, j = kat_target(b, turun=False)
        bi = b.rk[i].iki[j]
        t = float(bi.iki.nilai)  # type: ignore[arg-type]
        sp = "" if bi.iki.satuan == "%" else " "
        bi.kategori["CUKUP"] = f"{angka_ringkas(t + 2)} - {angka_ringkas(t + 5)}{sp}{bi.iki.satuan}"
        keys = list(bi.kategori)
        b.petunjuk.append(
            (
                nama,
                ("utama", i, j, "kat", "CUKUP"),
                [("utama", i, j, "kat", k) for k in keys if k != "CUKUP"] + [("utama", i, j, "target")],
            )
        )
    elif nama == "kategori-penilaian-kosong":
        j = 0
        keys = list(b.rk[i].iki[j].kategori)
        b.rk[i].iki[j].kategori = {}
        tgt = "BAIK" if "BAIK" in keys else keys[-1]
        b.petunjuk.append(
            (
                nama,
                ("utama", i, j, "kat", tgt),
                [("utama", i, j, "kat", k) for k in keys if k != tgt]
                + [("utama", i, j, "target"), ("utama", i, j, "iki")],
            )
        )
    elif nama == "cara-memantau-kosong" and sub == "satu":
        b.opsi["pantau"] = "satu"
        b.rk[i].pantau = ("", "", "")
        b.petunjuk.append((nama, ("utama", i, 0, "p:SUMBER DATA UNTUK PENGUKURAN"), [("utama", i, "rk")]))
    elif nama == "cara-memantau-kosong":
        pantau = b.opsi["pantau"]
        if pantau == "satu":
            b.opsi["pantau"] = pantau = "tiga"
        rk = b.rk[i]
        if pantau == "tiga":
            rk.pantau = (rk.pantau[0], rk.pantau[1], "")
        else:
            for bi in rk.iki:
                bi.pantau = (bi.pantau[0], bi.pantau[1], "")
        b.petunjuk.append(
            (
                nama,
                ("utama", i, 0, "p:WAKTU PENGUMPULAN"),
                [("utama", i, "rk")] + [("utama", i, jj, "p:WAKTU PENGUMPULAN") for jj in range(len(rk.iki))],
            )
        )
    elif nama == "nip-tidak-valid" and sub == "pppk":
        b.orang.nip = b.orang.nip[:-1]
        b.petunjuk.append((nama, ("id", "pegawai", "NIP"), []))
    elif nama == "nip-tidak-valid":
        nip = b.orang.nip.replace(" ", "")
        b.orang.nip = f"{nip[:8]} {nip[8:12]}13 {nip[14]} {nip[15:]}"
        b.petunjuk.append((nama, ("id", "pegawai", "NIP"), []))
    elif nama == "periode-tidak-valid":
        b.variasi = [v for v in b.variasi if v != "periode_tulis"]
        b.opsi["periode_salah"] = f"PERIODE PENILAIAN: 1 JULI {b.tahun} SD 30 JUNI {b.tahun + 1}"
        b.petunjuk.append((nama, ("periode",), []))
    elif nama == "pangkat-tidak-dikenal":
        gol = b.peran.golongan[0]
        salah_nama = {
            "III/a": "Penata",
            "III/b": "Penata Tingkat I",
            "III/c": "Penata Muda",
            "II/c": "Penata Muda",
            "III/d": "Penata",
            "II/a": "Pengatur",
            "IV/a": "Penata Tingkat I",
        }[gol]
        b.orang.pangkat = f"{salah_nama}, {gol}"
        b.petunjuk.append((nama, ("id", "pegawai", "PANGKAT"), []))
    elif nama == "aspek-ganda":
        rk = next(k for k, r in enumerate(b.rk) if len(r.iki) >= 2)
        bi = b.rk[rk].iki[1]
        assert {bi.iki.aspek, b.rk[rk].iki[0].iki.aspek} <= {"kuantitas", "kualitas"}
        bi.aspek = b.rk[rk].iki[0].aspek
        b.petunjuk.append((nama, ("utama", rk, 1, "aspek"), []))
    elif nama == "rk-atasan-kosong" and sub == "akhir":
        i = len(b.rk) - 1
        b.rk[i].atasan = ""
        b.petunjuk.append((nama, ("utama", i, "atasan"), [("utama", i, "rk")]))
    elif nama == "rk-atasan-kosong":
        b.rk[i].atasan = ""
        b.petunjuk.append((nama, ("utama", i, "atasan"), [("utama", i, "rk")]))
    elif nama == "aspek-tidak-valid":
        i, j = next(
            (ii, jj)
            for ii, rk in enumerate(b.rk)
            for jj, bi in enumerate(rk.iki)
            if bi.iki.aspek == "kualitas"
        )
        b.rk[i].iki[j].aspek = rng.choice(["Efektivitas", "Ketepatan", "Mutu Layanan"])
        b.petunjuk.append((nama, ("utama", i, j, "aspek"), []))
    elif nama == "target-absolut" and sub == "berkala":
        i, j = next(
            (ii, jj) for ii, rk in enumerate(b.rk) for jj, bi in enumerate(rk.iki) if bi.iki.satuan == "%"
        )
        b.rk[i].iki[j].target = "100 % setiap bulan"
        b.petunjuk.append((nama, ("utama", i, j, "target"), [("utama", i, j, "iki")]))
    elif nama == "target-absolut":
        i, j = next(
            (ii, jj)
            for ii, rk in enumerate(b.rk)
            for jj, bi in enumerate(rk.iki)
            if bi.iki.aspek == "kualitas"
        )
        bi = b.rk[i].iki[j]
        bi.teks = "Semua dokumen yang diproses bebas dari kesalahan administrasi"
        b.petunjuk.append((nama, ("utama", i, j, "iki"), [("utama", i, j, "target")]))
    elif nama == "satuan-tidak-sesuai-aspek":
        i, j = next(
            (ii, jj) for ii, rk in enumerate(b.rk) for jj, bi in enumerate(rk.iki) if bi.iki.aspek == "waktu"
        )
        bi = b.rk[i].iki[j]
        bi.target = "12 laporan"
        b.petunjuk.append((nama, ("utama", i, j, "target"), []))
    elif nama == "penilai-sama-dengan-pegawai":
        b.penilai.nip = b.orang.nip
        b.petunjuk.append((nama, ("id", "penilai", "NIP"), [("id", "pegawai", "NIP")]))
    elif nama == "iki-tanpa-target":
        j = 0
        b.rk[i].iki[j].target = ""
        b.petunjuk.append((nama, ("utama", i, j, "target"), []))
    elif nama == "manual-iki-kosong":
        i = rng.randrange(len(b.rk))
        if sub == "formula":
            b.opsi["manual_kosong"] = (i, 0, "formula")
            b.petunjuk.append((nama, ("manual", i, 0, "formula"), [("utama", i, 0, "iki")]))
        else:
            b.opsi["manual_hilang"] = (i, 0)
            b.petunjuk.append((nama, ("utama", i, 0, "iki"), [("utama", i, "rk")]))
    elif nama == "identitas-kosong":
        b.orang.jabatan = ""
        b.petunjuk.append((nama, ("id", "pegawai", "JABATAN"), []))
    elif nama == "target-tidak-terukur":
        i, j = next((ii, jj) for ii, rk in enumerate(b.rk) for jj, bi in enumerate(rk.iki))
        i = len(b.rk) - 1
        b.rk[i].iki[0].target = rng.choice(["Sesuai SPM", "Tercapai", "Meningkat"])
        b.petunjuk.append((nama, ("utama", i, 0, "target"), []))
    elif nama == "perspektif-tidak-valid":
        b.rk[i].perspektif = rng.choice(["Inovasi", "Mutu Layanan Kesehatan", "Pemberdayaan Masyarakat"])
        b.petunjuk.append((nama, ("utama", i, "persp"), []))
    elif nama == "perspektif-tidak-lengkap":
        k = next(k for k, rk in enumerate(b.rk) if "nggaran" in rk.perspektif or "ANGGARAN" in rk.perspektif)
        b.rk[k].perspektif = bank.PERSPEKTIF["pb"][0]
        b.petunjuk.append((nama, (), []))
    elif nama == "target-rentang-terbalik":
        i, j = next(
            (ii, jj)
            for ii, rk in enumerate(b.rk)
            for jj, bi in enumerate(rk.iki)
            if bi.iki.satuan == "%" and not isinstance(bi.iki.nilai, tuple) and bi.iki.jenis != "maks"
        )
        bi = b.rk[i].iki[j]
        t = float(bi.iki.nilai)  # type: ignore[arg-type]
        bi.target = f"{angka_ringkas(t)} - {angka_ringkas(t - 10)} %"
        b.petunjuk.append((nama, ("utama", i, j, "target"), []))
        b.opsi["tanpa_nilai"] = (i, j)
    elif nama == "capaian-tidak-sesuai":
        h = hitung_penilaian(b)
        if sub == "dari":
            i, j = next(
                (ii, jj)
                for ii, rk in enumerate(b.rk)
                for jj, bi in enumerate(rk.iki)
                if bi.realisasi_teks and abs(h["iki"][("utama", ii, jj)][0] - 100) > 1.5
            )
            key = ("utama", i, j)
            b.opsi.setdefault("salah_penilaian", {})[("capaian", key)] = 100.0
            b.petunjuk.append((nama, ("pn", key, "capaian"), []))
        elif sub == "capaian":
            key = ("utama", i, 0)
            c = h["iki"][key][0]
            b.opsi.setdefault("salah_penilaian", {})[("capaian", key)] = c + rng.choice([9, -12, 15])
            b.petunjuk.append((nama, ("pn", key, "capaian"), []))
        elif sub == "kategori":
            key = ("utama", i, 0)
            k = h["iki"][key][1]
            salah_k = "Cukup" if k != "Cukup" else "Sangat Baik"
            if "kategori_singkat" in b.variasi:
                salah_k = {"Cukup": "C", "Sangat Baik": "SB"}[salah_k]
            b.opsi.setdefault("salah_penilaian", {})[("kategori", key)] = salah_k
            b.petunjuk.append((nama, ("pn", key, "kategori"), []))
        else:
            b.opsi.setdefault("salah_penilaian", {})["akhir"] = round(
                h["akhir"] + rng.choice([4.5, -6.25, 7.1]), 2
            )
            b.petunjuk.append((nama, ("pn", "akhir"), []))
    elif nama == "realisasi-kosong":
        key = ("utama", i, len(b.rk[i].iki) - 1)
        if b.opsi.get("tanpa_nilai") and b.opsi["tanpa_nilai"][0] == i:
            i = (i + 1) % len(b.rk)
            key = ("utama", i, len(b.rk[i].iki) - 1)
        b.opsi["realisasi_kosong"] = key
        b.petunjuk.append((nama, ("pn", key, "realisasi"), []))
    elif nama == "target-penilaian-berbeda":
        key = next(
            ("utama", ii, jj)
            for ii, rk in enumerate(b.rk)
            for jj, bi in enumerate(rk.iki)
            if bi.iki.satuan not in ("%", "") and bi.iki.aspek == "kuantitas"
        )
        bi = b.rk[key[1]].iki[key[2]]
        t = float(bi.iki.nilai)  # type: ignore[arg-type]
        t2 = round(t * 0.9)
        b.opsi.setdefault("target_penilaian", {})[key] = (f"{angka_id(t2)} {bi.iki.satuan}", float(t2))
        b.petunjuk.append((nama, ("pn", key, "target"), []))
    elif nama == "predikat-tidak-sesuai":
        b.opsi.setdefault("salah_penilaian", {})["predikat"] = "Sangat Baik"
        b.petunjuk.append((nama, ("pn", "predikat"), []))
    else:
        raise ValueError(kode)
    b.defects.append({"code": nama, "severity": sev})
    del jenis


def kat_target(b: Berkas, turun: bool | None = None) -> tuple[int, int]:
    for i, rk in enumerate(b.rk):
        for j, bi in enumerate(rk.iki):
            if (
                bi.kategori
                and bi.iki.jenis == ""
                and (turun is None or (bi.iki.aspek in ("waktu", "biaya")) == turun)
            ):
                if bi.iki.satuan == "%" and float(bi.iki.nilai) >= 100:  # type: ignore[arg-type]
                    continue
                return i, j
    raise ValueError("tidak ada IKI berkategori")


# --- main ---
def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--keluaran", type=Path, default=HERE / "kiriman")
    ap.add_argument("--harapan", type=Path, default=HERE / "harapan.json")
    a = ap.parse_args(argv)
    rng = random.Random(SEED)
    out: Path = a.keluaran
    out.mkdir(parents=True, exist_ok=True)
    for old in list(out.glob("*.xls*")):
        old.unlink()
    pakai: dict[str, int] = {}
    nomor: dict[str, int] = {}
    files = []
    berkas_semua = []
    for form, daftar in RENCANA:
        nomor[form] = nomor.get(form, 0) + 1
        b = buat_berkas(nomor[form], form, daftar, rng, pakai)
        if b.penilaian:
            realisasi_semua(b, rng)
            if b.form.startswith("ja") and (
                ("predikat-tidak-sesuai" in daftar) or (not daftar and rng.random() < 0.5)
            ):
                b.perilaku = True
                b.opsi["perilaku_nilai"] = [rng.choice([90, 95, 100, 105]) for _ in range(5)]
        for c in daftar:
            cacat(b, c, rng)
        if b.perilaku:
            skp = hitung_penilaian(b)["akhir"]
            while 0.7 * skp + 0.3 * sum(b.opsi["perilaku_nilai"]) / 5 >= 108:
                b.opsi["perilaku_nilai"] = [v - 5 for v in b.opsi["perilaku_nilai"]]
        berkas_semua.append(b)
    # penulis: sebagian lewat LibreOffice (xlsx berumus tersimpan) dan tiga .xlsm
    lo = [b for b in berkas_semua if b.penilaian and "realisasi-kosong" not in [d["code"] for d in b.defects]]
    for b in rng.sample(lo, 4):
        b.writer = "libreoffice"
    sisa = [b for b in berkas_semua if b.writer == "openpyxl"]
    for b in rng.sample(sisa, 3):
        b.writer = "libreoffice-xlsm"
        b.nama = b.nama[:-5] + ".xlsm"
    rencana_lanjut = [(2, x) for x in RENCANA_2] + [(3, x) for x in RENCANA_3] + [(4, x) for x in RENCANA_4]
    rng_tahap = {2: random.Random(SEED + 1), 3: random.Random(SEED + 2), 4: random.Random(SEED + 3)}
    for tahap, (form, daftar, kunci, wajib, dinilai) in rencana_lanjut:
        rng2 = rng_tahap[tahap]
        lain = form.split(":")[1] if form.startswith("lain:") else ""
        if lain:
            form = "jf-dasar" if PERAN[kunci].jenis == "jf" else "ja-dasar"
        nomor[form] = nomor.get(form, 0) + 1
        if lain:
            nomor[form] -= 1
            nomor["lain"] = nomor.get("lain", 0) + 1
            b = buat_berkas(nomor["lain"], form, [], rng2, pakai, (kunci, wajib, dinilai))
            b.opsi["lain"] = lain
            b.nama = f"lain-{nomor['lain']:02d}-{daftar[0]}.xlsx"
            b.variasi = list(wajib)
            for c in daftar:
                b.defects.append({"code": c, "severity": "error"})
                b.petunjuk.append((c, (), []))
            b.opsi["tahap"] = tahap
            berkas_semua.append(b)
            continue
        b = buat_berkas(nomor[form], form, daftar, rng2, pakai, (kunci, wajib, dinilai))
        sesuaikan_tahap2(b, rng2)
        if b.penilaian:
            realisasi_semua(b, rng2)
            if "realisasi_dari" in b.variasi:
                realisasi_dari(b, rng2)
            if "perilaku" in b.variasi:
                b.perilaku = True
                b.opsi["perilaku_nilai"] = [rng2.choice([90, 95, 100]) for _ in range(5)]
        for c in daftar:
            cacat(b, c, rng2)
        if b.perilaku:
            skp = hitung_penilaian(b)["akhir"]
            while 0.7 * skp + 0.3 * sum(b.opsi["perilaku_nilai"]) / 5 >= 108:
                b.opsi["perilaku_nilai"] = [v - 5 for v in b.opsi["perilaku_nilai"]]
        b.opsi["tahap"] = tahap
        berkas_semua.append(b)
    for b in berkas_semua:
        brng = random.Random(f"{SEED}-{b.nama}")
        lembar = bangun(b, brng)
        dest = out / b.nama
        if b.writer == "openpyxl":
            simpan(lembar, dest)
        else:
            with tempfile.TemporaryDirectory() as d:
                src = Path(d) / (Path(b.nama).stem + ".xlsx")
                simpan(lembar, src)
                lewat_libreoffice(src, dest, b.writer.endswith("xlsm"))
        defects = []
        for d, (kode, ptr, alts) in zip(b.defects, b.petunjuk, strict=True):
            ent: dict[str, Any] = {
                "code": kode,
                "severity": d["severity"],
                "sheet": None,
                "cell": None,
                "alt_cells": [],
            }
            if ptr:
                ent["sheet"], ent["cell"] = b.rujukan[ptr]
                for alt in alts:
                    if alt in b.rujukan:
                        s, c = b.rujukan[alt]
                        if (s, c) != (ent["sheet"], ent["cell"]):
                            ent["alt_cells"].append({"sheet": s, "cell": c})
            defects.append(ent)
        boleh: list[dict[str, Any]] = []
        if "pppk" in b.variasi:
            # SPEC §5 memetakan jenjang ke golongan PNS saja; golongan PPPK (IX, VII) tidak disebutnya
            boleh.append({"code": "jenjang-golongan-tidak-sesuai"})
        files.append(
            {
                **({"tahap": b.opsi["tahap"]} if b.opsi.get("tahap") else {}),
                "file": b.nama,
                "form": None if b.opsi.get("lain") else b.form,
                "clean": not defects,
                "defects": defects,
                "boleh": boleh,
                "jabatan": b.orang.jabatan or b.peran.jabatan[0],
                "peran": b.peran.kunci,
                "unit": b.peran.unit,
                "writer": b.writer,
                "penilaian": b.penilaian or None,
                "variasi": sorted(set(b.variasi)),
                "tata": {
                    k: b.opsi[k]
                    for k in ("sheet_skp", "gaya_rk", "tingkat", "pantau", "gaya_capaian")
                    if not (
                        k in ("tingkat", "pantau") and b.form not in ("ja-pengembangan", "jf-pengembangan")
                    )
                    and not (k == "gaya_capaian" and not b.penilaian)
                },
            }
        )
    a.harapan.write_text(
        json.dumps({"set": "nyata_bb", "seed": SEED, "files": files}, ensure_ascii=False, indent=1) + "\n",
        encoding="utf-8",
    )
    print(f"{len(files)} berkas ditulis ke {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
