"""Build the held-out batch set ``nyata_bk``: one year of SKPs of one regency Dinas when people move
(promotion mid-year, a Plt. Kabid, a CPNS from March, a retirement in June, a PPPK, a mutasi masuk, a revised
submission, a penilai who did not submit). Built from SPEC alone, apart from the product code.

Usage: ``python benchmarks/nyata_bk/buat.py [--keluaran DIR] [--harapan FILE]``. Deterministic (fixed seed).
The organisation is modelled first (who rates whom, every KU RK, which superior RK each subordinate RK
intervenes); the batch expectations are computed from the model, not from the workbooks.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import openpyxl
from openpyxl.styles import Alignment, Font

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import bank  # noqa: E402

SEED = 20261207
BULAN = [
    "",
    "JANUARI",
    "FEBRUARI",
    "MARET",
    "APRIL",
    "MEI",
    "JUNI",
    "JULI",
    "AGUSTUS",
    "SEPTEMBER",
    "OKTOBER",
    "NOVEMBER",
    "DESEMBER",
]
AKHIR = {6: 30, 12: 31}


@dataclass
class Person:
    key: str
    nama: str
    nip: str
    gol: str
    jabatan: str
    unit: str


@dataclass
class Rk:
    text: str
    obj: str
    atasan: str | None = None
    iki: list[list[str]] = field(default_factory=list)  # [aspek, iki, target]
    perspektif: str = ""


@dataclass
class Skp:
    folder: str
    fname: str
    who: Person
    penilai: Person | None  # None: Bupati
    kind: str  # ja / jf / jpt
    model: str  # dasar / pengembangan
    m1: int = 1
    m2: int = 12
    instansi: str = bank.INSTANSI
    rks: list[Rk] = field(default_factory=list)
    tambahan: list[Rk] = field(default_factory=list)
    defects: list[dict[str, Any]] = field(default_factory=list)
    boleh: list[dict[str, Any]] = field(default_factory=list)
    variasi: list[str] = field(default_factory=list)
    penilai_jabatan: str | None = None  # e.g. "Plt. Kepala Bidang Hortikultura"
    atasan_skp: Skp | None = None
    quote_pool: list[str] | None = None  # RK texts quoted when the superior's SKP is not the source
    cells: dict[str, Any] = field(default_factory=dict)

    @property
    def form(self) -> str:
        return f"{self.kind}-{self.model}"

    @property
    def bulan(self) -> int:
        return self.m2 - self.m1 + 1


class Builder:
    def __init__(self) -> None:
        self.rng = random.Random(SEED)
        self.names = list(bank.NAMA)
        self.rng.shuffle(self.names)
        self.objs = {k: list(v) for k, v in bank.OBJEK.items()}
        self.skps: list[Skp] = []
        self.used_nips: set[str] = set()
        self.used_objs: set[str] = set()

    def nip(self, birth_year: int, tmt_year: int, tmt_month: int | None = None, pppk: bool = False) -> str:
        while True:
            b = f"{birth_year}{self.rng.randint(1, 12):02d}{self.rng.randint(1, 28):02d}"
            month = "21" if pppk else f"{tmt_month or self.rng.randint(1, 12):02d}"
            n = f"{b}{tmt_year}{month}{self.rng.choice('12')}{self.rng.randint(1, 9):03d}"
            if n not in self.used_nips:
                self.used_nips.add(n)
                return n

    def person(self, key: str, jabatan: str, gol: str, unit: str, age: int, **kw: Any) -> Person:
        by = bank.TAHUN - age
        tmt = kw.pop("tmt", min(by + self.rng.randint(23, 28), 2024))
        return Person(key, self.names.pop(), self.nip(by, tmt, **kw), gol, jabatan, unit)

    def obj(self, unit: str, wilayah: bool) -> str:
        if not wilayah:
            return self.objs[unit].pop(0)
        while True:
            o = f"{self.rng.choice(bank.OBJEK[unit])} Kecamatan {self.rng.choice(bank.KECAMATAN)}"
            if o not in self.used_objs:
                self.used_objs.add(o)
                return o

    def rk(self, unit: str, bulan: int, n: int, wilayah: bool = False) -> list[Rk]:
        out = []
        for _ in range(n):
            o = self.obj(unit, wilayah)
            pola = self.rng.choice(
                [x for x in bank.RK_POLA if x.split()[0].lower() not in o.split()[0].lower()]
            )
            text = pola.format(o=o)
            text = text[0].upper() + text[1:]
            q = self.rng.choice([4, 6, 8, 12, 24])
            p = self.rng.choice([80, 85, 90, 95])
            iki = [
                ["Kuantitas", f"Jumlah dokumen {o} yang diselesaikan", f"{q} dokumen"],
                ["Kualitas", f"Persentase dokumen {o} yang diterima tanpa revisi", f"{p} %"],
                ["Waktu", f"Waktu penyelesaian dokumen {o}", f"{bulan} bulan"],
            ]
            out.append(Rk(text, o, iki=iki))
        return out

    def tambahan(self) -> list[Rk]:
        t = self.rng.choice(bank.TAMBAHAN)
        return [Rk(t[0], "", iki=[["Kuantitas", t[1], t[2]]])]

    def skp(
        self,
        folder: str,
        who: Person,
        penilai: Person | None,
        kind: str,
        unit: str,
        n_rk: int,
        model: str | None = None,
        m1: int = 1,
        m2: int = 12,
        fname: str | None = None,
        **kw: Any,
    ) -> Skp:
        model = model or self.rng.choice(["dasar", "pengembangan"])
        s = Skp(
            folder,
            fname or f"SKP {bank.TAHUN} - {who.nama.split(',')[0]}.xlsx",
            who,
            penilai,
            kind,
            model,
            m1,
            m2,
            **kw,
        )
        s.rks = self.rk(unit, m2 - m1 + 1, n_rk, wilayah=n_rk == 2 and "Kepala" not in who.jabatan)
        s.tambahan = self.tambahan()
        self.skps.append(s)
        return s


def build() -> list[Skp]:
    b = Builder()
    rng = b.rng
    dinas = "Dinas Pertanian dan Ketahanan Pangan"

    def unit_of(name: str) -> str:
        return f"{name} - {dinas}"

    kadis = b.person("kadis", "Kepala Dinas Pertanian dan Ketahanan Pangan", "IV/c", dinas, 55)
    s_kadis = Skp("01 Pimpinan", f"SKP {bank.TAHUN} Kepala Dinas.xlsx", kadis, None, "jpt", "pengembangan")
    s_kadis.rks = [Rk(r, "", iki=[["", i, t]], perspektif=p) for p, r, i, t in bank.KADIS_RK]
    tp, tr, ti, tt = bank.KADIS_TAMBAHAN
    s_kadis.tambahan = [Rk(tr, "", iki=[["", ti, tt]], perspektif=tp)]
    s_kadis.boleh.append(
        {
            "code": "skp-atasan-tidak-ditemukan",
            "severity": "info",
            "cell": None,
            "why": "penilai Bupati (pejabat politik tanpa NIP)",
        }
    )
    s_kadis.variasi.append("penilai:bupati-tanpa-nip")
    b.skps.append(s_kadis)

    def staff(
        folder: str, unit: str, unit_name: str, penilai: Person, n: int, atasan: Skp | None, **kw: Any
    ) -> list[Skp]:
        out = []
        for _ in range(n):
            if rng.random() < 0.5:
                jab, gol = rng.choice(bank.JA_STAF)
                kind = "ja"
            else:
                jab, gol = rng.choice(bank.JF_STAF)
                kind = "jf"
            p_ = b.person(f"staf{len(b.skps)}", jab, gol, unit_of(unit_name), rng.randint(26, 50))
            s = b.skp(folder, p_, penilai, kind, unit, 2, **kw)
            s.atasan_skp = atasan
            out.append(s)
        return out

    # --- Sekretariat
    sek = b.person("sek", "Sekretaris", "IV/b", unit_of("Sekretariat"), 52)
    s_sek = b.skp("02 Sekretariat", sek, kadis, "ja", "sekretariat", 2)
    s_sek.atasan_skp = s_kadis
    kumum = b.person("kumum", "Kepala Subbagian Umum dan Kepegawaian", "III/d", unit_of("Sekretariat"), 45)
    s_kumum = b.skp("02 Sekretariat", kumum, sek, "ja", "sekretariat", 3)
    s_kumum.atasan_skp = s_sek
    staff("02 Sekretariat", "sekretariat", "Subbagian Umum dan Kepegawaian", kumum, 3, s_kumum)
    # retiring pegawai: period ends in June
    pens = b.person("pensiun", "Arsiparis Mahir", "III/b", unit_of("Subbagian Umum dan Kepegawaian"), 58)
    s_pens = b.skp("02 Sekretariat", pens, kumum, "jf", "sekretariat", 2, m2=6)
    s_pens.atasan_skp = s_kumum
    s_pens.variasi.append("periode:1-januari-30-juni (pensiun)")
    # Kasubbag Keuangan did not submit
    kkeu = b.person("kkeu", "Kepala Subbagian Keuangan dan Perencanaan", "III/d", unit_of("Sekretariat"), 47)
    keu_pool = [
        f"Laporan {o} yang lengkap tersampaikan"
        for o in ("realisasi anggaran triwulanan", "rencana anggaran dinas")
    ]
    st_keu = staff("02 Sekretariat", "sekretariat", "Subbagian Keuangan dan Perencanaan", kkeu, 2, None)
    for s in st_keu:
        s.quote_pool = keu_pool
        s.defects.append(
            {
                "code": "skp-atasan-tidak-ditemukan",
                "severity": "info",
                "sheet": None,
                "cell": None,
                "alt_cells": [],
            }
        )
        s.variasi.append("penilai:skp-tidak-dikirim")

    # --- Bidang Tanaman Pangan (its Kabid is also Plt. Kabid Hortikultura)
    ktp = b.person("ktp", "Kepala Bidang Tanaman Pangan", "IV/a", unit_of("Bidang Tanaman Pangan"), 50)
    s_ktp = b.skp("03 Bidang Tanaman Pangan", ktp, kadis, "ja", "tanaman", 3)
    s_ktp.atasan_skp = s_kadis
    kprod = b.person(
        "kprod", "Kepala Seksi Produksi Tanaman Pangan", "III/d", unit_of("Bidang Tanaman Pangan"), 46
    )
    s_kprod = b.skp("03 Bidang Tanaman Pangan", kprod, ktp, "ja", "tanaman", 3)
    s_kprod.atasan_skp = s_ktp
    staff("03 Bidang Tanaman Pangan", "tanaman", "Seksi Produksi Tanaman Pangan", kprod, 3, s_kprod)
    # promoted mid-year: staff Jan-Jun, Kasi Perlindungan Jul-Dec
    prom = b.person(
        "prom", "Pengolah Data dan Informasi", "III/b", unit_of("Seksi Produksi Tanaman Pangan"), 38
    )
    s_prom1 = b.skp(
        "03 Bidang Tanaman Pangan",
        prom,
        kprod,
        "ja",
        "tanaman",
        2,
        m2=6,
        fname=f"SKP {bank.TAHUN} Jan-Jun - {prom.nama.split(',')[0]}.xlsx",
    )
    s_prom1.atasan_skp = s_kprod
    s_prom1.variasi.append("promosi:periode-1 sebagai staf")
    s_prom1.boleh.append(
        {
            "code": "rk-atasan-tidak-diintervensi",
            "severity": "peringatan",
            "cell": None,
            "why": "RK masa staf; bawahannya baru ada pada periode kedua",
        }
    )
    prom2 = Person(
        "prom",
        prom.nama,
        prom.nip,
        "III/c",
        "Kepala Seksi Perlindungan Tanaman",
        unit_of("Bidang Tanaman Pangan"),
    )
    s_prom2 = b.skp(
        "03 Bidang Tanaman Pangan",
        prom2,
        ktp,
        "ja",
        "tanaman",
        3,
        m1=7,
        fname=f"SKP {bank.TAHUN} Jul-Des - {prom.nama.split(',')[0]}.xlsx",
    )
    s_prom2.atasan_skp = s_ktp
    s_prom2.variasi.append("promosi:periode-2 sebagai Kasi, penilai lain")
    st_perl = staff("03 Bidang Tanaman Pangan", "tanaman", "Seksi Perlindungan Tanaman", prom2, 1, s_prom2)
    st_perl[0].variasi.append("atasan:dua-skp-setahun")
    cpns = b.person(
        "cpns",
        "Pengendali Organisme Pengganggu Tumbuhan Ahli Pertama",
        "III/a",
        unit_of("Seksi Perlindungan Tanaman"),
        24,
        tmt=bank.TAHUN,
        tmt_month=3,
    )
    s_cpns = b.skp("03 Bidang Tanaman Pangan", cpns, prom2, "jf", "tanaman", 2, m1=3)
    s_cpns.atasan_skp = s_prom2
    s_cpns.variasi += ["periode:1-maret-31-desember (CPNS)", "atasan:dua-skp-setahun"]

    # --- Bidang Hortikultura: Kabid post held by Plt. (Kabid Tanaman Pangan)
    plt_jab = "Plt. Kepala Bidang Hortikultura"
    for seksi in ("Seksi Sayuran dan Tanaman Obat", "Seksi Buah dan Florikultura"):
        k = b.person(
            f"k{seksi}",
            f"Kepala {seksi}",
            rng.choice(["III/c", "III/d"]),
            unit_of("Bidang Hortikultura"),
            rng.randint(38, 50),
        )
        s_k = b.skp("04 Bidang Hortikultura", k, ktp, "ja", "hortikultura", 2, penilai_jabatan=plt_jab)
        s_k.quote_pool = list(bank.RK_JABATAN_KABID_HORTI)
        s_k.variasi.append("penilai:plt")
        s_k.boleh += [
            {
                "code": "rk-atasan-tidak-cocok",
                "severity": "error",
                "cell": None,
                "why": "RK atasan = RK jabatan Kabid Hortikultura; SKP Plt. untuk jabatannya sendiri",
            },
            {
                "code": "skp-atasan-tidak-ditemukan",
                "severity": "info",
                "cell": None,
                "why": "SKP penilai Plt. ada, tetapi untuk jabatan lain",
            },
        ]
        sts = staff("04 Bidang Hortikultura", "hortikultura", seksi, k, 2, s_k)
        if seksi.startswith("Seksi Sayuran"):
            pppk = b.person(
                "pppk", "Penyuluh Pertanian Ahli Pertama", "IX", unit_of(seksi), 30, tmt=2023, pppk=True
            )
            s_pppk = b.skp("04 Bidang Hortikultura", pppk, k, "jf", "hortikultura", 2)
            s_pppk.atasan_skp = s_k
            s_pppk.variasi.append("pppk:nip-21-golongan-IX")
            s_pppk.boleh += [
                {
                    "code": "pangkat-tidak-dikenal",
                    "severity": "error",
                    "cell": None,
                    "why": "golongan PPPK (IX) tidak ada di daftar PP 99/2000 SPEC §5",
                },
                {
                    "code": "jenjang-golongan-tidak-sesuai",
                    "severity": "peringatan",
                    "cell": None,
                    "why": "rentang golongan jenjang JF hanya untuk PNS",
                },
            ]
            # mutasi masuk: Jan-Jun at Dinas Lingkungan Hidup, Jul-Dec here
            mut = b.person("mut", "Pengolah Data dan Informasi", "III/a", unit_of(seksi), 33)
            lama_pen = b.person(
                "dlh",
                "Kepala Seksi Pengawasan Lingkungan",
                "III/d",
                "Bidang Penaatan Hukum Lingkungan - Dinas Lingkungan Hidup",
                44,
            )
            mut_lama = Person(
                "mut",
                mut.nama,
                mut.nip,
                mut.gol,
                "Pengolah Data dan Informasi",
                "Bidang Penaatan Hukum Lingkungan - Dinas Lingkungan Hidup",
            )
            s_m1 = b.skp(
                "04 Bidang Hortikultura",
                mut_lama,
                lama_pen,
                "ja",
                "lh",
                2,
                m2=6,
                instansi=bank.INSTANSI_LAMA,
                fname=f"SKP {bank.TAHUN} DLH Jan-Jun - {mut.nama.split(',')[0]}.xlsx",
            )
            s_m1.quote_pool = ["Meningkatnya ketaatan pelaku usaha terhadap izin lingkungan"]
            s_m1.defects.append(
                {
                    "code": "skp-atasan-tidak-ditemukan",
                    "severity": "info",
                    "sheet": None,
                    "cell": None,
                    "alt_cells": [],
                }
            )
            s_m1.variasi.append("mutasi-masuk:periode-1 di unit lama")
            s_m2 = b.skp(
                "04 Bidang Hortikultura",
                mut,
                k,
                "ja",
                "hortikultura",
                2,
                m1=7,
                fname=f"SKP {bank.TAHUN} Jul-Des - {mut.nama.split(',')[0]}.xlsx",
            )
            s_m2.atasan_skp = s_k
            s_m2.variasi.append("mutasi-masuk:periode-2 di dinas ini")
        del sts

    # --- Bidang Ketahanan Pangan
    kkp = b.person("kkp", "Kepala Bidang Ketahanan Pangan", "IV/a", unit_of("Bidang Ketahanan Pangan"), 51)
    s_kkp = b.skp("05 Bidang Ketahanan Pangan", kkp, kadis, "ja", "ketahanan", 3)
    s_kkp.atasan_skp = s_kadis
    kasi_kp = {}
    for seksi in ("Seksi Ketersediaan dan Distribusi Pangan", "Seksi Konsumsi dan Keamanan Pangan"):
        k = b.person(f"k{seksi}", f"Kepala {seksi}", "III/d", unit_of("Bidang Ketahanan Pangan"), 44)
        s_k = b.skp("05 Bidang Ketahanan Pangan", k, kkp, "ja", "ketahanan", 3)
        s_k.atasan_skp = s_kkp
        kasi_kp[seksi] = (s_k, staff("05 Bidang Ketahanan Pangan", "ketahanan", seksi, k, 3, s_k))

    # --- Bidang Penyuluhan
    kpy = b.person("kpy", "Kepala Bidang Penyuluhan", "IV/a", unit_of("Bidang Penyuluhan"), 49)
    s_kpy = b.skp("06 Bidang Penyuluhan", kpy, kadis, "ja", "penyuluhan", 3)
    s_kpy.atasan_skp = s_kadis
    kasi_py = {}
    for seksi in ("Seksi Kelembagaan Penyuluhan", "Seksi Metode dan Informasi Penyuluhan"):
        k = b.person(f"k{seksi}", f"Kepala {seksi}", "III/c", unit_of("Bidang Penyuluhan"), 42)
        s_k = b.skp("06 Bidang Penyuluhan", k, kpy, "ja", "penyuluhan", 2)
        s_k.atasan_skp = s_kpy
        kasi_py[seksi] = (s_k, staff("06 Bidang Penyuluhan", "penyuluhan", seksi, k, 3, s_k))

    # every form: make sure JF/JA staff exist in both models (deterministic overrides)
    # --- interventions: round-robin over the superior's KU RK, sparing the designed orphans
    orphan = {id(s_kpy.rks[2]), id(s_kprod.rks[2])}
    counters: dict[int, int] = {}
    for s in b.skps:
        if s.kind == "jpt":
            continue
        if s.atasan_skp is not None:
            pool = [r.text for r in s.atasan_skp.rks if id(r) not in orphan]
            key = id(s.atasan_skp)
        else:
            pool = list(s.quote_pool or [])
            key = id(s)
        for r in s.rks:
            i = counters.get(key, 0)
            counters[key] = i + 1
            r.atasan = pool[i % len(pool)]

    # --- the revised submission (same NIP, same period): a copy with one target changed
    s_orig = kasi_kp["Seksi Konsumsi dan Keamanan Pangan"][1][0]
    s_rev = Skp(
        s_orig.folder,
        s_orig.fname.replace(".xlsx", " revisi.xlsx"),
        s_orig.who,
        s_orig.penilai,
        s_orig.kind,
        s_orig.model,
        atasan_skp=s_orig.atasan_skp,
    )
    s_rev.rks = [Rk(r.text, r.obj, r.atasan, [list(x) for x in r.iki]) for r in s_orig.rks]
    s_rev.tambahan = s_orig.tambahan
    s_rev.rks[0].iki[0][2] = "10 dokumen"
    s_rev.variasi.append("kiriman-ulang:revisi")
    b.skps.append(s_rev)
    for a, o in ((s_orig, s_rev), (s_rev, s_orig)):
        a.defects.append(
            {
                "code": "skp-ganda",
                "severity": "error",
                "sheet": None,
                "cell": None,
                "alt_cells": [],
                "alt_files": [f"{o.folder}/{o.fname}"],
            }
        )

    # --- batch defects: RK atasan matching no RK of the superior
    wrong = [
        (
            kasi_kp["Seksi Ketersediaan dan Distribusi Pangan"][1][1],
            1,
            kasi_kp["Seksi Konsumsi dan Keamanan Pangan"][0].rks[1].text,
            "rk seksi lain",
        ),
        (
            kasi_py["Seksi Metode dan Informasi Penyuluhan"][0],
            0,
            bank.RK_TIDAK_ADA,
            "rk tidak dimiliki siapa pun",
        ),
        (s_kprod, 1, bank.RK_TAHUN_LALU, "rk atasan tahun lalu"),
    ]
    for s, i, text, why in wrong:
        s.rks[i].atasan = text
        s.defects.append(
            {
                "code": "rk-atasan-tidak-cocok",
                "severity": "error",
                "sheet": "SKP",
                "cell": ("rk_atasan", i),
                "alt_cells": [],
                "why": why,
            }
        )

    # --- file-scope defects
    def pick(cond: Any) -> Skp:
        for s in b.skps:
            if cond(s) and not s.defects and not s.boleh and not s.variasi:
                return s
        raise SystemExit("no candidate")

    s = pick(lambda s: s.kind == "ja" and s.model == "dasar" and s.penilai and "Kepala" not in s.who.jabatan)
    s.rks[1].iki[0][2] = ""
    s.defects.append(
        {
            "code": "iki-tanpa-target",
            "severity": "error",
            "sheet": "SKP",
            "cell": ("target", 1, 0),
            "alt_cells": [],
        }
    )
    s = pick(lambda s: s.kind == "jf" and s.model == "dasar")
    s.rks[0].iki[0][2] = s.rks[0].iki[0][2].split()[0]
    s.defects.append(
        {
            "code": "target-tanpa-satuan",
            "severity": "peringatan",
            "sheet": "SKP",
            "cell": ("target", 0, 0),
            "alt_cells": [],
        }
    )
    s = pick(lambda s: s.kind == "jf" and s.model == "pengembangan")
    s.cells["ak_invalid"] = 1
    s.defects.append(
        {
            "code": "angka-kredit-tidak-valid",
            "severity": "error",
            "sheet": "Keterkaitan AK",
            "cell": ("ak", 1),
            "alt_cells": [],
        }
    )
    s = pick(lambda s: s.kind == "ja" and s.model == "pengembangan" and "Kepala" not in s.who.jabatan)
    s.cells["kategori_kosong"] = (0, 1)
    s.defects.append(
        {
            "code": "kategori-penilaian-kosong",
            "severity": "error",
            "sheet": "SKP",
            "cell": ("kategori", 0, 1),
            "alt_cells": [("SKP", "baik", 0, 1), ("SKP", "sangat_baik", 0, 1)],
        }
    )
    s = pick(lambda s: s.kind == "ja" and "Kepala Seksi" in s.who.jabatan)
    s.rks[1].iki[2][0] = "Manfaat"
    s.defects.append(
        {
            "code": "aspek-tidak-valid",
            "severity": "error",
            "sheet": "SKP",
            "cell": ("aspek", 1, 2),
            "alt_cells": [],
        }
    )
    s = pick(lambda s: s.kind == "jf" and s.model == "dasar")
    s.cells["rk_atasan_kosong"] = 0
    s.defects.append(
        {
            "code": "rk-atasan-kosong",
            "severity": "error",
            "sheet": "SKP",
            "cell": ("rk_atasan", 0),
            "alt_cells": [],
        }
    )
    s_kadis.cells["manual_formula_kosong"] = 2
    s_kadis.defects.append(
        {
            "code": "manual-iki-kosong",
            "severity": "error",
            "sheet": "Manual IKI",
            "cell": ("formula", 2),
            "alt_cells": [("SKP", "iki", 2)],
        }
    )
    # RK atasan copy variants (how staff copy), recorded per file
    for s in b.skps:
        for r in s.rks:
            if r.atasan and s.kind != "jpt":
                v = rng.choice(["persis", "persis", "spasi", "titik", "nomor", "kecil"])
                s.variasi.append(f"rk_atasan:{v}")
                if v == "spasi":
                    r.atasan = "  " + r.atasan.replace(" ", "  ", 1) + " "
                elif v == "titik":
                    r.atasan = r.atasan + "."
                elif v == "nomor":
                    r.atasan = "1. " + r.atasan
                elif v == "kecil":
                    r.atasan = r.atasan[0].lower() + r.atasan[1:]
    return b.skps


def _norm(t: str) -> str:
    t = t.strip().lower().rstrip(".")
    if t.startswith("1. "):
        t = t[3:]
    return " ".join(t.split())


def batch_expectations(skps: list[Skp]) -> None:
    """rk-atasan-tidak-diintervensi from the model: a KU RK of a superior SKP that has subordinate SKPs in
    the folder, quoted by none of them."""
    by_atasan: dict[int, list[Skp]] = {}
    for s in skps:
        if s.atasan_skp is not None:
            by_atasan.setdefault(id(s.atasan_skp), []).append(s)
    for sup in skps:
        subs = by_atasan.get(id(sup))
        if not subs:
            continue
        quoted = {
            _norm(r.atasan)
            for s in subs
            for j, r in enumerate(s.rks)
            if r.atasan and s.cells.get("rk_atasan_kosong") != j
        }
        for i, r in enumerate(sup.rks):
            if _norm(r.text) not in quoted:
                sup.defects.append(
                    {
                        "code": "rk-atasan-tidak-diintervensi",
                        "severity": "peringatan",
                        "sheet": "SKP",
                        "cell": ("rk", i),
                        "alt_cells": [],
                    }
                )


# ---------------------------------------------------------------- rendering


def _periode(s: Skp) -> str:
    return f"PERIODE PENILAIAN: 1 {BULAN[s.m1]} SD {AKHIR.get(s.m2, 31)} {BULAN[s.m2]} {bank.TAHUN}"


def _pangkat(gol: str) -> str:
    return f"{bank.PANGKAT[gol]}, {gol}" if gol in bank.PANGKAT else gol


def _identity(ws: Any, row: int, s: Skp) -> int:
    ws.cell(row, 1, "NO")
    ws.cell(row, 2, "PEGAWAI YANG DINILAI")
    ws.cell(row, 4, "NO")
    ws.cell(row, 5, "PEJABAT PENILAI KINERJA")
    who = s.who
    if s.penilai is None:
        pen = [bank.BUPATI[0], "-", "-", bank.BUPATI[1], bank.BUPATI[2]]
        last = "INSTANSI"
    else:
        p = s.penilai
        pen = [p.nama, p.nip, _pangkat(p.gol), s.penilai_jabatan or p.jabatan, p.unit]
        last = "UNIT KERJA"
    labels = ["NAMA", "NIP", "PANGKAT/GOL RUANG", "JABATAN", "UNIT KERJA"]
    vals = [who.nama, who.nip, _pangkat(who.gol), who.jabatan, who.unit]
    for k in range(5):
        r = row + 1 + k
        ws.cell(r, 1, k + 1)
        ws.cell(r, 2, labels[k])
        ws.cell(r, 3, vals[k])
        ws.cell(r, 4, k + 1)
        ws.cell(r, 5, labels[k] if k < 4 else last)
        ws.cell(r, 6, pen[k])
    return row + 6


def _head(ws: Any, s: Skp, title: str) -> None:
    ws.cell(1, 1, title).font = Font(bold=True)
    ws.cell(2, 1, f"PEMERINTAH {bank.KABUPATEN}")
    ws.cell(3, 1, f"{s.instansi} {bank.KABUPATEN}")
    ws.cell(4, 1, _periode(s))


def _footer(ws: Any, row: int, s: Skp) -> None:
    ws.cell(row + 1, 5, f"Lembah Sari, 2 Januari {bank.TAHUN}")
    ws.cell(row + 2, 2, "Pegawai yang Dinilai")
    ws.cell(row + 2, 5, "Pejabat Penilai Kinerja")
    ws.cell(row + 6, 2, s.who.nama)
    ws.cell(row + 7, 2, f"NIP. {s.who.nip}")
    ws.cell(row + 6, 5, s.penilai.nama if s.penilai else bank.BUPATI[0])
    if s.penilai:
        ws.cell(row + 7, 5, f"NIP. {s.penilai.nip}")


def _kategori(aspek: str, target: str) -> tuple[str, str, str]:
    if aspek == "Waktu":
        return f"> {target}", target, f"< {target}"
    return f"< {target}", target, f"> {target}"


def render_jaf(s: Skp, path: Path) -> dict[Any, Any]:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "SKP"
    _head(ws, s, "RENCANA SASARAN KINERJA PEGAWAI")
    row = _identity(ws, 6, s) + 1
    heads = [
        "NO",
        "RENCANA KINERJA ATASAN LANGSUNG/UNIT KERJA/ORGANISASI",
        "RENCANA KINERJA",
        "ASPEK",
        "INDIKATOR KINERJA INDIVIDU",
        "TARGET",
    ]
    peng = s.model == "pengembangan"
    if peng:
        heads += ["CUKUP", "BAIK", "SANGAT BAIK", "DATA", "SUMBER DATA", "WAKTU PENGUMPULAN"]
    for c, h in enumerate(heads, 1):
        ws.cell(row, c, h).font = Font(bold=True)
    row += 1
    cells: dict[Any, Any] = {}
    for group, rks, label in (("A", s.rks, "A. KINERJA UTAMA"), ("B", s.tambahan, "B. KINERJA TAMBAHAN")):
        ws.cell(row, 1, label)
        row += 1
        for i, r in enumerate(rks):
            top = row
            if group == "A":
                cells[("rk_atasan", i)] = f"B{top}"
                cells[("rk", i)] = f"C{top}"
            ws.cell(top, 1, i + 1)
            if group == "A" and s.cells.get("rk_atasan_kosong") != i:
                ws.cell(top, 2, r.atasan)
            ws.cell(top, 3, r.text)
            for j, (aspek, iki, target) in enumerate(r.iki):
                ws.cell(row, 4, aspek)
                ws.cell(row, 5, iki)
                ws.cell(row, 6, target or None)
                if group == "A":
                    cells[("target", i, j)] = f"F{row}"
                    cells[("aspek", i, j)] = f"D{row}"
                    cells[("kategori", i, j)] = f"G{row}"
                    cells[("baik", i, j)] = f"H{row}"
                    cells[("sangat_baik", i, j)] = f"I{row}"
                if peng and target and not (group == "A" and s.cells.get("kategori_kosong") == (i, j)):
                    for c, v in zip((7, 8, 9), _kategori(aspek, target), strict=True):
                        ws.cell(row, c, v)
                row += 1
            if peng:
                ws.cell(top, 10, f"Dokumen {r.obj}" if r.obj else "Sertifikat/laporan")
                ws.cell(top, 11, "Arsip unit kerja")
                ws.cell(top, 12, "Akhir periode")
            if row - 1 > top:
                for c in (1, 2, 3) + ((10, 11, 12) if peng else ()):
                    ws.merge_cells(start_row=top, start_column=c, end_row=row - 1, end_column=c)
    for col, w in zip("ABCDEFGHIJKL", (5, 40, 40, 12, 40, 14, 12, 12, 12, 20, 18, 16), strict=True):
        ws.column_dimensions[col].width = w
    for rr in ws.iter_rows(min_row=14, max_row=row):
        for cell in rr:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    _footer(ws, row + 1, s)
    if s.kind == "jf":
        ak = wb.create_sheet("Keterkaitan AK")
        _head(ak, s, "FORMAT KETERKAITAN SKP DENGAN ANGKA KREDIT")
        r0 = _identity(ak, 6, s)
        ak.cell(r0, 2, "TANGGAL PENGAJUAN")
        ak.cell(r0, 3, f"5 Januari {bank.TAHUN}")
        r0 += 2
        for c, h in enumerate(["NO", "RENCANA KINERJA", "BUTIR KEGIATAN", "OUTPUT", "ANGKA KREDIT"], 1):
            ak.cell(r0, c, h)
        ak.cell(r0 + 1, 1, "KINERJA UTAMA")
        key = next(k for k in bank.BUTIR if s.who.jabatan.startswith(k))
        butir, output, kredit = bank.BUTIR[key]
        for i, r in enumerate(s.rks):
            rr = r0 + 2 + i
            ak.cell(rr, 1, i + 1)
            ak.cell(rr, 2, r.text)
            ak.cell(rr, 3, f"{butir} {r.obj}")
            ak.cell(rr, 4, output)
            if s.cells.get("ak_invalid") == i:
                ak.cell(rr, 5, "-")
            else:
                ak.cell(rr, 5, kredit)
            cells[("ak", i)] = f"E{rr}"
    wb.save(path)
    return cells


def render_jpt(s: Skp, path: Path) -> dict[Any, Any]:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "SKP"
    _head(ws, s, "RENCANA SASARAN KINERJA PEGAWAI")
    row = _identity(ws, 6, s) + 1
    for c, h in enumerate(["PERSPEKTIF", "NO", "RENCANA KINERJA", "INDIKATOR KINERJA INDIVIDU", "TARGET"], 1):
        ws.cell(row, c, h).font = Font(bold=True)
    row += 1
    cells: dict[Any, Any] = {}
    for group, rks, label in (("A", s.rks, "A. KINERJA UTAMA"), ("B", s.tambahan, "B. KINERJA TAMBAHAN")):
        ws.cell(row, 1, label)
        row += 1
        for i, r in enumerate(rks):
            ws.cell(row, 1, r.perspektif)
            ws.cell(row, 2, i + 1)
            ws.cell(row, 3, r.text)
            ws.cell(row, 4, r.iki[0][1])
            ws.cell(row, 5, r.iki[0][2])
            if group == "A":
                cells[("rk", i)] = f"C{row}"
                cells[("iki", i)] = f"D{row}"
            row += 1
    _footer(ws, row + 1, s)
    man = wb.create_sheet("Manual IKI")
    man.cell(1, 1, "MANUAL INDIKATOR KINERJA")
    mr = 3
    for i, r in enumerate(s.rks + s.tambahan):
        iki, target = r.iki[0][1], r.iki[0][2]
        satuan = target.split(" ", 1)[1]
        vals = [
            ("RENCANA KINERJA", r.text),
            ("DESKRIPSI RENCANA KINERJA", f"Kondisi yang ingin dicapai dinas: {r.text.lower()}"),
            ("INDIKATOR KINERJA INDIVIDU", iki),
            ("DEFINISI IKI", f"{iki} pada akhir tahun {bank.TAHUN} menurut data resmi dinas"),
            (
                "FORMULA",
                None
                if s.cells.get("manual_formula_kosong") == i
                else f"{iki} = capaian tahun berjalan dibanding tahun dasar",
            ),
            ("TUJUAN", "Mengukur keberhasilan dinas mencapai sasaran strategis"),
            ("SATUAN PENGUKURAN", satuan),
            ("JENIS ASPEK TARGET", "Kuantitas"),
            ("TINGKAT KENDALI IKI", "Moderate"),
            ("SUMBER DATA", "Laporan bidang dan BPS kabupaten"),
            ("PERIODE PELAPORAN", "Triwulanan"),
        ]
        for lbl, v in vals:
            man.cell(mr, 1, lbl)
            man.cell(mr, 2, v)
            if lbl == "FORMULA":
                cells[("formula", i)] = f"B{mr}"
            mr += 1
        mr += 1
    wb.save(path)
    return cells


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Membangun set kumpulan nyata_bk.")
    ap.add_argument("--keluaran", type=Path, default=HERE / "kiriman")
    ap.add_argument("--harapan", type=Path, default=HERE / "harapan.json")
    args = ap.parse_args(argv)
    skps = build()
    batch_expectations(skps)
    files: list[dict[str, Any]] = []
    for s in skps:
        folder = args.keluaran / s.folder
        folder.mkdir(parents=True, exist_ok=True)
        cells = (render_jpt if s.kind == "jpt" else render_jaf)(s, folder / s.fname)
        defects = []
        for d in s.defects:
            d = dict(d)
            if isinstance(d.get("cell"), tuple):
                d["cell"] = cells[d["cell"]]
            d["alt_cells"] = [{"sheet": a[0], "cell": cells[a[1:]]} for a in d.get("alt_cells", [])]
            d.setdefault("alt_files", [])
            defects.append(d)
        assert len(defects) <= 2, s.fname
        files.append(
            {
                "file": f"{s.folder}/{s.fname}",
                "form": s.form,
                "clean": not defects,
                "defects": defects,
                "boleh": s.boleh,
                "nip": s.who.nip,
                "nip_penilai": s.penilai.nip if s.penilai else None,
                "periode": [f"{bank.TAHUN}-{s.m1:02d}-01", f"{bank.TAHUN}-{s.m2:02d}-{AKHIR.get(s.m2, 31)}"],
                "jabatan": s.who.jabatan,
                "variasi": s.variasi,
            }
        )
    files.sort(key=lambda f: f["file"])
    args.harapan.write_text(
        json.dumps(
            {"set": "nyata_bk", "seed": SEED, "tahun": bank.TAHUN, "files": files},
            ensure_ascii=False,
            indent=1,
        )
        + "\n",
        encoding="utf-8",
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
