"""Generator of the held-out batch set ``nyata_bv``: the January 2027 submissions of Rencana SKP 2027 of
Kabupaten Sungai Arta (fictional), measured as ONE folder with the kabupaten's daftar pegawai.

The organisation is modelled first (who is whose atasan in SIMPEG, who signs as penilai, which superior RK
each RK intervenes and how it was copied, who did not submit); every workbook is then drawn on a grid so
the cell of every value is known; the expected batch findings (SPEC §7, §9) are computed from the model.

Deterministic (fixed seed, openpyxl only; zip entries get a fixed date). Usage:
``python benchmarks/nyata_bv/buat.py [--keluar FOLDER]`` (default: this folder).
"""

from __future__ import annotations

import argparse
import copy
import io
import json
import math
import random
import re
import sys
import zipfile
from dataclasses import dataclass, field
from datetime import datetime
from difflib import SequenceMatcher
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import bank  # noqa: E402

SEED = 20270104
TAHUN = bank.TAHUN
FULL = [f"{TAHUN}-01-01", f"{TAHUN}-12-31"]
SEMESTER1 = [f"{TAHUN}-01-01", f"{TAHUN}-06-30"]
DAFTAR_REL = "daftar/Daftar Pegawai Kabupaten Sungai Arta 2027.xlsx"
ZIP_DATE = (2027, 1, 4, 8, 0, 0)
THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


# ---------------------------------------------------------------- model


@dataclass
class Iki:
    aspek: str
    text: str
    target: str
    kind: str  # count | pct | time
    n: float = 0
    satuan: str = ""
    cells: dict[str, str] = field(default_factory=dict)
    defect: str | None = None


@dataclass
class Rk:
    text: str
    ikis: list[Iki]
    tambahan: bool = False
    perspektif: str = ""
    cite: Rk | None = None  # the superior RK intervened
    cite_text: str = ""  # as written in column 2
    cite_kind: str = ""  # direct | grand | wrong | empty
    copy: str = "persis"
    topic: str = ""
    owner: Person | None = None
    direktif: bool = False
    cells: dict[str, str] = field(default_factory=dict)
    skip_cover: bool = False


@dataclass
class Person:
    key: str
    nama: str
    nip: str
    gol: str
    jabatan: str
    level: str  # jpt | adm | peng | pel | jf
    opd: str
    folder: str
    unit: str
    atasan: Person | None = None
    penilai: Person | None = None
    penilai_jabatan: str = ""
    penilai_nip_written: str | None = None
    pool: str = "own"  # own | direktif: which RKs of the penilai this person intervenes
    jpt_key: str = ""
    topics: list[str] = field(default_factory=list)
    direktif_topics: list[str] = field(default_factory=list)
    jf_name: str = ""
    jenjang: str = ""
    tanpa_ahli: bool = False
    pppk: bool = False
    form: str = ""
    family: str = "F1"
    rks: list[Rk] = field(default_factory=list)
    submitted: bool = True
    in_daftar: bool = True
    status: str = "Aktif"
    variasi: list[str] = field(default_factory=list)
    file_defects: list[str] = field(default_factory=list)
    n_rk: int = 3
    skip_rk: bool = False
    matriks: dict[str, Any] | None = None
    nip_written: str | None = None
    filename: str = ""
    extra_files: list[dict[str, Any]] = field(default_factory=list)
    kesetaraan_kecil: bool = False
    periode: list[str] = field(default_factory=lambda: list(FULL))
    nip_spaced: bool = False
    pangkat_style: int = 0
    pangkat_written: str = ""
    nip_typo: bool = False
    peristiwa: list[str] = field(default_factory=list)

    @property
    def ku(self) -> list[Rk]:
        return [r for r in self.rks if not r.tambahan]


def norm(text: str) -> str:
    return " ".join(re.sub(r"[^0-9a-z]+", " ", text.casefold()).split())


def similar(a: str, b: str) -> float:
    return SequenceMatcher(None, " ".join(sorted(norm(a).split())), " ".join(sorted(norm(b).split()))).ratio()


class Org:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.people: list[Person] = []
        self.names: set[str] = set()
        self.nips: set[str] = set()

    # -- identity
    def name(self, gender: int) -> str:
        while True:
            first = self.rng.choice(bank.NAMA_DEPAN_L if gender == 1 else bank.NAMA_DEPAN_P)
            last = self.rng.choice(bank.NAMA_BELAKANG)
            n = f"{first} {last}"
            if n not in self.names:
                self.names.add(n)
                return n

    def make_nip(self, gol: str, gender: int, pppk: bool = False, born_year: int | None = None) -> str:
        rng = self.rng
        while True:
            if pppk:
                tmt_y = rng.choice([2022, 2023, 2024])
                by = born_year or rng.randint(1985, 1996)
                tmt = f"{tmt_y}21"
            else:
                service = bank.MASA_KERJA[gol] + rng.randint(0, 5)
                tmt_y = 2026 - service
                by = born_year or tmt_y - rng.randint(22, 29)
                tmt = f"{tmt_y}{rng.randint(1, 12):02d}"
            bd = f"{by}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
            nip = f"{bd}{tmt}{gender}{rng.randint(1, 60):03d}"
            if nip not in self.nips:
                self.nips.add(nip)
                return nip

    def add(
        self,
        key: str,
        jabatan: str,
        level: str,
        opd: str,
        folder: str,
        unit: str,
        atasan: Person | None,
        gol: str | None = None,
        jf: tuple[str, str] | None = None,
        pppk: bool = False,
        topics: list[str] | None = None,
        born_year: int | None = None,
    ) -> Person:
        rng = self.rng
        gender = rng.choice([1, 2])
        if gol is None:
            gol = {
                "jpt": rng.choice(["IV/c", "IV/d"]),
                "adm": rng.choice(["IV/a", "IV/b"]),
                "peng": rng.choice(["III/d", "IV/a"]),
                "pel": rng.choice(["II/c", "II/d", "III/a", "III/b", "III/c", "III/d"]),
            }.get(level, "III/a")
        jf_name, jenjang = jf if jf else ("", "")
        if jf:
            gol = bank.PPPK_GOL[jenjang] if pppk else rng.choice(bank.JENJANG_GOL[jenjang])
        nama = self.name(gender)
        if level in ("jpt", "adm", "peng", "jf") or rng.random() < 0.6:
            gelar = rng.choice(bank.GELAR)
            nama_full = f"{nama}, {gelar}"
        else:
            nama_full = nama
        if jf_name in ("Bidan", "Nutrisionis") and rng.random() < 0.5:
            nama_full = f"{nama}, A.Md.Keb." if jf_name == "Bidan" else f"{nama}, S.Gz."
        nip = self.make_nip(gol if not pppk else "III/a", gender, pppk, born_year)
        if gender == 1 and nip[14] != "1" or gender == 2 and nip[14] != "2":
            raise AssertionError(nip)
        p = Person(
            key=key,
            nama=nama_full,
            nip=nip,
            gol=gol,
            jabatan=jabatan,
            level=level,
            opd=opd,
            folder=folder,
            unit=unit,
            atasan=atasan,
            penilai=atasan,
            jf_name=jf_name,
            jenjang=jenjang,
            pppk=pppk,
            topics=list(topics or []),
        )
        self.people.append(p)
        return p


# ---------------------------------------------------------------- organisation


def jf_title(name: str, jenjang: str, tanpa_ahli: bool) -> str:
    if tanpa_ahli and jenjang.startswith("Ahli "):
        return f"{name} {jenjang[5:]}"
    return f"{name} {jenjang}"


def build(rng: random.Random) -> Org:
    org = Org(rng)
    kab = bank.KABUPATEN

    def staff(
        sup: Person, n: int, opd: str, folder: str, unit: str, jab: list[str] | None = None
    ) -> list[Person]:
        out = []
        for i in range(n):
            j = (
                (jab or bank.PELAKSANA)[(len(org.people) + i) % len(jab or bank.PELAKSANA)]
                if jab is None
                else jab[i % len(jab)]
            )
            out.append(org.add(f"{sup.key}.s{i}", j, "pel", opd, folder, unit, sup))
        return out

    def jfs(
        sup: Person,
        specs: list[tuple[str, str]],
        opd: str,
        folder: str,
        unit: str,
        pppk_idx: tuple[int, ...] = (),
        tanpa_ahli_idx: tuple[int, ...] = (),
    ) -> list[Person]:
        out = []
        for i, (name, jen) in enumerate(specs):
            p = org.add(
                f"{sup.key}.jf{i}", "", "jf", opd, folder, unit, sup, jf=(name, jen), pppk=i in pppk_idx
            )
            p.tanpa_ahli = i in tanpa_ahli_idx
            p.jabatan = jf_title(name, jen, p.tanpa_ahli)
            out.append(p)
        return out

    # 01 Setda
    F, OPD = "01 Setda", "Sekretariat Daerah"
    sekda = org.add(
        "sekda", f"Sekretaris Daerah {kab}", "jpt", OPD, F, f"Sekretariat Daerah {kab}", None, gol="IV/d"
    )
    sekda.jpt_key = "sekda"
    as1 = org.add(
        "asisten1",
        "Asisten Pemerintahan dan Kesejahteraan Rakyat",
        "jpt",
        OPD,
        F,
        f"Sekretariat Daerah {kab}",
        sekda,
    )
    as1.jpt_key = "asisten1"
    as3 = org.add("asisten3", "Asisten Administrasi Umum", "jpt", OPD, F, f"Sekretariat Daerah {kab}", sekda)
    as3.jpt_key = "asisten3"
    u = f"Sekretariat Daerah {kab}"

    def adm(key: str, jab: str, sup: Person, opd: str, folder: str, unit: str) -> Person:
        return org.add(key, jab, "adm", opd, folder, unit, sup, topics=bank.TOPIK[key])

    def peng(key: str, jab: str, sup: Person, opd: str, folder: str, unit: str) -> Person:
        return org.add(key, jab, "peng", opd, folder, unit, sup, topics=bank.TOPIK[key])

    tapem = adm(
        "kabag_tapem", "Kepala Bagian Tata Pemerintahan", as1, OPD, F, f"Bagian Tata Pemerintahan {u}"
    )
    tapem.direktif_topics = bank.TOPIK["kabag_hukum"]
    for k, j, n in (
        ("ksb_otda", "Kepala Subbagian Otonomi Daerah", 2),
        ("ksb_ks", "Kepala Subbagian Kerja Sama", 2),
    ):
        s = peng(k, j, tapem, OPD, F, tapem.unit)
        staff(s, n, OPD, F, tapem.unit)
    uh = f"Bagian Hukum {u}"
    hukum_jf = jfs(
        tapem,
        [
            ("Perancang Peraturan Perundang-undangan", "Ahli Muda"),
            ("Perancang Peraturan Perundang-undangan", "Ahli Pertama"),
            ("Analis Hukum", "Ahli Pertama"),
            ("Analis Hukum", "Ahli Muda"),
        ],
        OPD,
        F,
        uh,
        tanpa_ahli_idx=(3,),
    )
    dok = peng("ksb_dokhukum", "Kepala Subbagian Dokumentasi dan Informasi Hukum", tapem, OPD, F, uh)
    staff(dok, 2, OPD, F, uh)
    for p in [*hukum_jf, dok]:
        p.pool = "direktif"
        p.penilai_jabatan = "Plt. Kepala Bagian Hukum"
        p.variasi.append("penilai:plt-plh")
    kesra = adm(
        "kabag_kesra", "Kepala Bagian Kesejahteraan Rakyat", as1, OPD, F, f"Bagian Kesejahteraan Rakyat {u}"
    )
    for k, j in (
        ("ksb_bms", "Kepala Subbagian Bina Mental Spiritual"),
        ("ksb_kesos", "Kepala Subbagian Kesejahteraan Sosial"),
    ):
        staff(peng(k, j, kesra, OPD, F, kesra.unit), 2, OPD, F, kesra.unit)
    umum = adm("kabag_umum", "Kepala Bagian Umum", as3, OPD, F, f"Bagian Umum {u}")
    staff(
        peng("ksb_tup", "Kepala Subbagian Tata Usaha Pimpinan", umum, OPD, F, umum.unit), 3, OPD, F, umum.unit
    )
    staff(
        peng("ksb_rt", "Kepala Subbagian Rumah Tangga", umum, OPD, F, umum.unit),
        3,
        OPD,
        F,
        umum.unit,
        jab=["Pengelola Layanan Operasional"],
    )
    org_ = adm("kabag_org", "Kepala Bagian Organisasi", as3, OPD, F, f"Bagian Organisasi {u}")
    jfs(
        org_,
        [("Analis Kebijakan", "Ahli Muda"), ("Analis Kebijakan", "Ahli Pertama")],
        OPD,
        F,
        org_.unit,
        tanpa_ahli_idx=(0,),
    )
    staff(
        peng("ksb_lemb", "Kepala Subbagian Kelembagaan dan Analisis Jabatan", org_, OPD, F, org_.unit),
        2,
        OPD,
        F,
        org_.unit,
    )
    pk = adm(
        "kabag_pk",
        "Kepala Bagian Perencanaan dan Keuangan",
        as3,
        OPD,
        F,
        f"Bagian Perencanaan dan Keuangan {u}",
    )
    staff(peng("ksb_ren", "Kepala Subbagian Perencanaan", pk, OPD, F, pk.unit), 2, OPD, F, pk.unit)
    staff(peng("ksb_keu", "Kepala Subbagian Keuangan", pk, OPD, F, pk.unit), 3, OPD, F, pk.unit)

    # 02 Bappeda
    F, OPD = "02 Bappeda", f"Badan Perencanaan Pembangunan Daerah {kab}"
    kb = org.add("bappeda", "Kepala Badan Perencanaan Pembangunan Daerah", "jpt", OPD, F, OPD, sekda)
    kb.jpt_key = "bappeda"
    sek = adm("sek_bappeda", "Sekretaris", kb, OPD, F, f"Sekretariat {OPD}")
    staff(
        peng("ksb_umum_bappeda", "Kepala Subbagian Umum dan Kepegawaian", sek, OPD, F, sek.unit),
        3,
        OPD,
        F,
        sek.unit,
    )
    keu = peng("ksb_keu_bappeda", "Kepala Subbagian Keuangan", sek, OPD, F, sek.unit)
    keu.submitted = False
    staff(keu, 3, OPD, F, sek.unit)
    for key, jab, n in (
        ("kabid_ppm", "Kepala Bidang Pemerintahan dan Pembangunan Manusia", 4),
        ("kabid_eko", "Kepala Bidang Perekonomian dan Sumber Daya Alam", 4),
        ("kabid_infra", "Kepala Bidang Infrastruktur dan Kewilayahan", 4),
    ):
        kabid = adm(key, jab, kb, OPD, F, f"{jab[7:]} {OPD}")
        jens = ["Ahli Muda", "Ahli Pertama", "Ahli Pertama", "Ahli Madya"][:n]
        jfs(
            kabid,
            [("Perencana", j) for j in jens],
            OPD,
            F,
            kabid.unit,
            tanpa_ahli_idx=(0,) if key == "kabid_eko" else (),
        )
    lit = adm(
        "kabid_litbang",
        "Kepala Bidang Penelitian dan Pengembangan",
        kb,
        OPD,
        F,
        f"Bidang Penelitian dan Pengembangan {OPD}",
    )
    jfs(
        lit,
        [
            ("Analis Kebijakan", "Ahli Muda"),
            ("Analis Kebijakan", "Ahli Pertama"),
            ("Pranata Komputer", "Ahli Pertama"),
        ],
        OPD,
        F,
        lit.unit,
        pppk_idx=(2,),
    )

    # 03 Dinas Kesehatan
    F, OPD = "03 Dinas Kesehatan", f"Dinas Kesehatan {kab}"
    kd = org.add("dinkes", "Kepala Dinas Kesehatan", "jpt", OPD, F, OPD, sekda)
    kd.jpt_key = "dinkes"
    sek = adm("sek_dinkes", "Sekretaris", kd, OPD, F, f"Sekretariat {OPD}")
    sek.direktif_topics = bank.TOPIK["kabid_p2p"]
    for k, j, n in (
        ("ksb_umum_dinkes", "Kepala Subbagian Umum dan Kepegawaian", 3),
        ("ksb_keu_dinkes", "Kepala Subbagian Keuangan dan Aset", 3),
        ("ksb_prog_dinkes", "Kepala Subbagian Program dan Pelaporan", 2),
    ):
        staff(peng(k, j, sek, OPD, F, sek.unit), n, OPD, F, sek.unit)
    km = adm(
        "kabid_kesmas", "Kepala Bidang Kesehatan Masyarakat", kd, OPD, F, f"Bidang Kesehatan Masyarakat {OPD}"
    )
    spec = (
        [("Nutrisionis", "Ahli Pertama")] * 4
        + [("Nutrisionis", "Mahir")] * 2
        + [("Penyuluh Kesehatan Masyarakat", "Ahli Muda")] * 3
        + [("Penyuluh Kesehatan Masyarakat", "Ahli Pertama")] * 2
        + [("Bidan", "Ahli Pertama")] * 2
        + [("Bidan", "Penyelia")] * 2
        + [("Administrator Kesehatan", "Ahli Muda")] * 2
        + [("Epidemiolog Kesehatan", "Ahli Muda")]
    )
    big = jfs(km, spec, OPD, F, km.unit, pppk_idx=(1, 12), tanpa_ahli_idx=(7, 15, 16))
    for p in big:
        p.variasi.append("atasan:15-bawahan-lebih")
    up2p = f"Bidang Pencegahan dan Pengendalian Penyakit {OPD}"
    for k, j, n in (
        ("ksi_surv", "Kepala Seksi Surveilans dan Imunisasi", 3),
        ("ksi_pm", "Kepala Seksi Pencegahan dan Pengendalian Penyakit Menular", 2),
        ("ksi_ptm", "Kepala Seksi Penyakit Tidak Menular dan Kesehatan Jiwa", 2),
    ):
        s = peng(k, j, sek, OPD, F, up2p)
        s.pool = "direktif"
        s.penilai_jabatan = "Plt. Kepala Bidang Pencegahan dan Pengendalian Penyakit"
        s.variasi.append("penilai:plt-plh")
        staff(s, n, OPD, F, up2p)
    yk = adm(
        "kabid_yankes", "Kepala Bidang Pelayanan Kesehatan", kd, OPD, F, f"Bidang Pelayanan Kesehatan {OPD}"
    )
    for k, j in (
        ("ksi_primer", "Kepala Seksi Pelayanan Kesehatan Primer"),
        ("ksi_rujukan", "Kepala Seksi Pelayanan Kesehatan Rujukan"),
    ):
        staff(peng(k, j, yk, OPD, F, yk.unit), 2, OPD, F, yk.unit)
    fa = peng("ksi_farmasi", "Kepala Seksi Kefarmasian dan Perbekalan Kesehatan", yk, OPD, F, yk.unit)
    jfs(fa, [("Apoteker", "Ahli Pertama")], OPD, F, yk.unit)
    staff(fa, 1, OPD, F, yk.unit)
    sdk = adm(
        "kabid_sdk", "Kepala Bidang Sumber Daya Kesehatan", kd, OPD, F, f"Bidang Sumber Daya Kesehatan {OPD}"
    )
    for k, j in (
        ("ksi_sdmk", "Kepala Seksi Sumber Daya Manusia Kesehatan"),
        ("ksi_alkes", "Kepala Seksi Alat Kesehatan"),
    ):
        staff(peng(k, j, sdk, OPD, F, sdk.unit), 2, OPD, F, sdk.unit)

    # 04 Dinas Pendidikan
    F, OPD = "04 Dinas Pendidikan", f"Dinas Pendidikan {kab}"
    kp = org.add("disdik", "Kepala Dinas Pendidikan", "jpt", OPD, F, OPD, sekda)
    kp.jpt_key = "disdik"
    sek = adm("sek_disdik", "Sekretaris", kp, OPD, F, f"Sekretariat {OPD}")
    for k, j, n in (
        ("ksb_umum_disdik", "Kepala Subbagian Umum dan Kepegawaian", 3),
        ("ksb_keu_disdik", "Kepala Subbagian Keuangan dan Aset", 3),
        ("ksb_prog_disdik", "Kepala Subbagian Program", 2),
    ):
        staff(peng(k, j, sek, OPD, F, sek.unit), n, OPD, F, sek.unit)
    paud = adm(
        "kabid_paud",
        "Kepala Bidang PAUD dan Pendidikan Nonformal",
        kp,
        OPD,
        F,
        f"Bidang PAUD dan Pendidikan Nonformal {OPD}",
    )
    jfs(
        paud,
        [
            ("Penilik", "Ahli Muda"),
            ("Penilik", "Ahli Pertama"),
            ("Penilik", "Ahli Pertama"),
            ("Pamong Belajar", "Ahli Pertama"),
            ("Pamong Belajar", "Ahli Muda"),
        ],
        OPD,
        F,
        paud.unit,
        pppk_idx=(3,),
        tanpa_ahli_idx=(0,),
    )
    staff(
        peng("ksi_lemb_paud", "Kepala Seksi Kelembagaan PAUD", paud, OPD, F, paud.unit), 2, OPD, F, paud.unit
    )
    sd = adm(
        "kabid_sd",
        "Kepala Bidang Pembinaan Sekolah Dasar",
        kp,
        OPD,
        F,
        f"Bidang Pembinaan Sekolah Dasar {OPD}",
    )
    staff(
        peng("ksi_kur_sd", "Kepala Seksi Kurikulum SD", sd, OPD, F, sd.unit),
        3,
        OPD,
        F,
        sd.unit,
        jab=["Penelaah Teknis Kebijakan"],
    )
    staff(peng("ksi_sar_sd", "Kepala Seksi Sarana dan Prasarana SD", sd, OPD, F, sd.unit), 4, OPD, F, sd.unit)
    smp = adm(
        "kabid_smp",
        "Kepala Bidang Pembinaan Sekolah Menengah Pertama",
        kp,
        OPD,
        F,
        f"Bidang Pembinaan Sekolah Menengah Pertama {OPD}",
    )
    staff(peng("ksi_kur_smp", "Kepala Seksi Kurikulum SMP", smp, OPD, F, smp.unit), 2, OPD, F, smp.unit)
    staff(
        peng("ksi_sar_smp", "Kepala Seksi Sarana dan Prasarana SMP", smp, OPD, F, smp.unit),
        2,
        OPD,
        F,
        smp.unit,
    )
    gtk = adm(
        "kabid_gtk",
        "Kepala Bidang Guru dan Tenaga Kependidikan",
        kp,
        OPD,
        F,
        f"Bidang Guru dan Tenaga Kependidikan {OPD}",
    )
    for k, j in (
        ("ksi_ptk_sd", "Kepala Seksi Pendidik dan Tenaga Kependidikan PAUD dan SD"),
        ("ksi_ptk_smp", "Kepala Seksi Pendidik dan Tenaga Kependidikan SMP"),
    ):
        staff(peng(k, j, gtk, OPD, F, gtk.unit), 2, OPD, F, gtk.unit)
    jfs(
        gtk,
        [
            ("Pengembang Teknologi Pembelajaran", "Ahli Pertama"),
            ("Pengembang Teknologi Pembelajaran", "Ahli Pertama"),
        ],
        OPD,
        F,
        gtk.unit,
        pppk_idx=(1,),
    )

    # 05 DPUPR
    F, OPD = "05 DPUPR", f"Dinas Pekerjaan Umum dan Penataan Ruang {kab}"
    ku = org.add("dpupr", "Kepala Dinas Pekerjaan Umum dan Penataan Ruang", "jpt", OPD, F, OPD, sekda)
    ku.jpt_key = "dpupr"
    sek = adm("sek_dpupr", "Sekretaris", ku, OPD, F, f"Sekretariat {OPD}")
    for k, j, n in (
        ("ksb_umum_dpupr", "Kepala Subbagian Umum dan Kepegawaian", 3),
        ("ksb_keu_dpupr", "Kepala Subbagian Keuangan", 2),
        ("ksb_prog_dpupr", "Kepala Subbagian Program dan Pelaporan", 2),
    ):
        staff(peng(k, j, sek, OPD, F, sek.unit), n, OPD, F, sek.unit)
    bm = adm("kabid_bm", "Kepala Bidang Bina Marga", ku, OPD, F, f"Bidang Bina Marga {OPD}")
    bm.direktif_topics = bank.TOPIK["kabid_ck"]
    bj = peng("ksi_bang_jalan", "Kepala Seksi Pembangunan Jalan", bm, OPD, F, bm.unit)
    staff(bj, 2, OPD, F, bm.unit)
    jfs(bj, [("Teknik Jalan dan Jembatan", "Ahli Pertama")], OPD, F, bm.unit, pppk_idx=(0,))
    pj = peng("ksi_pel_jalan", "Kepala Seksi Pemeliharaan Jalan", bm, OPD, F, bm.unit)
    staff(pj, 3, OPD, F, bm.unit, jab=["Pengelola Layanan Operasional"])
    staff(peng("ksi_jembatan", "Kepala Seksi Jembatan", bm, OPD, F, bm.unit), 2, OPD, F, bm.unit)
    uck = f"Bidang Cipta Karya {OPD}"
    for k, j in (
        ("ksi_airminum", "Kepala Seksi Air Minum"),
        ("ksi_permukiman", "Kepala Seksi Kawasan Permukiman"),
        ("ksi_gedung", "Kepala Seksi Bangunan Gedung"),
    ):
        s = peng(k, j, bm, OPD, F, uck)
        s.pool = "direktif"
        s.penilai_jabatan = "Plh. Kepala Bidang Cipta Karya"
        s.variasi.append("penilai:plt-plh")
        staff(s, 2, OPD, F, uck)
    sda = adm("kabid_sda", "Kepala Bidang Sumber Daya Air", ku, OPD, F, f"Bidang Sumber Daya Air {OPD}")
    ir = peng("ksi_irigasi", "Kepala Seksi Irigasi", sda, OPD, F, sda.unit)
    staff(ir, 2, OPD, F, sda.unit)
    jfs(ir, [("Teknik Pengairan", "Ahli Pertama")], OPD, F, sda.unit)
    staff(
        peng("ksi_sungai", "Kepala Seksi Sungai dan Pengendalian Banjir", sda, OPD, F, sda.unit),
        2,
        OPD,
        F,
        sda.unit,
    )
    ru = adm("kabid_ruang", "Kepala Bidang Penataan Ruang", ku, OPD, F, f"Bidang Penataan Ruang {OPD}")
    jfs(
        ru,
        [("Penata Ruang", "Ahli Muda"), ("Penata Ruang", "Ahli Muda"), ("Penata Ruang", "Ahli Pertama")],
        OPD,
        F,
        ru.unit,
    )
    staff(peng("ksi_manfaat", "Kepala Seksi Pemanfaatan Ruang", ru, OPD, F, ru.unit), 2, OPD, F, ru.unit)

    # 06-08 Kecamatan
    for i, kec in enumerate(bank.KECAMATAN):
        F, OPD = f"0{6 + i} Kecamatan {kec}", f"Kecamatan {kec}"
        t = {k: [x.format(k=OPD) for x in v] for k, v in bank.TOPIK_KEC.items()}
        camat = org.add(f"camat{i}", f"Camat {kec}", "adm", OPD, F, OPD, sekda, topics=t["camat"])
        sc = org.add(f"sekcam{i}", "Sekretaris Kecamatan", "adm", OPD, F, OPD, camat, topics=t["sekcam"])
        for k, j in (
            ("ksb_umum_kec", "Kepala Subbagian Umum dan Kepegawaian"),
            ("ksb_keu_kec", "Kepala Subbagian Perencanaan dan Keuangan"),
        ):
            s = org.add(f"{k}{i}", j, "peng", OPD, F, OPD, sc, topics=t[k])
            staff(s, 2, OPD, F, OPD)
        for k, j in (
            ("ksi_pem", "Kepala Seksi Pemerintahan"),
            ("ksi_trantib", "Kepala Seksi Ketenteraman dan Ketertiban Umum"),
            ("ksi_kesos", "Kepala Seksi Kesejahteraan Sosial"),
            ("ksi_pmd", "Kepala Seksi Pemberdayaan Masyarakat dan Desa"),
        ):
            s = org.add(f"{k}{i}", j, "peng", OPD, F, OPD, camat, topics=t[k])
            staff(s, 2, OPD, F, OPD)
    return org


# ---------------------------------------------------------------- RK planning


def count_iki(kind_unit: tuple[str, str], topic: str, rng: random.Random, aspek_words: bool) -> list[Iki]:
    noun, sat = kind_unit
    n = rng.choice([4, 6, 8, 10, 12, 12, 24, 36])
    p = rng.choice([85, 90, 90, 95])
    d = rng.choice([3, 5, 7, 10, 14])
    return [
        Iki("Kuantitas", f"Jumlah {noun} {topic} yang diselesaikan", f"{n} {sat}", "count", n, sat),
        Iki(
            "Kualitas", f"Persentase {noun} {topic} yang sesuai standar tanpa revisi", f"{p} %", "pct", p, "%"
        ),
        Iki("Waktu", f"Waktu penyelesaian {noun} {topic}", f"{d} hari kerja", "time", d, "hari kerja"),
    ]


NOUNS_STAF = [
    ("data", "dokumen"),
    ("berkas", "berkas"),
    ("laporan", "laporan"),
    ("arsip", "berkas"),
    ("usulan", "usulan"),
]
NOUNS_JF = [
    ("kajian", "dokumen"),
    ("rekomendasi", "rekomendasi"),
    ("data", "dokumen"),
    ("laporan", "laporan"),
]
NOUNS_PENG = [
    ("dokumen", "dokumen"),
    ("dokumen", "dokumen"),
    ("kegiatan", "kegiatan"),
    ("laporan", "laporan"),
]
NOUNS_ADM = [
    ("laporan capaian", "laporan"),
    ("dokumen", "dokumen"),
    ("program", "program"),
    ("laporan evaluasi", "laporan"),
    ("laporan pengendalian", "laporan"),
]


def plan_rks(org: Org) -> None:
    rng = org.rng
    by_key = {p.key: p for p in org.people}
    # own RKs of JPT, adm, peng
    for p in org.people:
        if p.level == "jpt":
            for persp, rk, iki, target in bank.JPT_RK[p.jpt_key]:
                num = float(re.match(r"[\d.,]+", target).group().replace(",", "."))  # type: ignore[union-attr]
                sat = target.split(" ", 1)[1]
                p.rks.append(
                    Rk(
                        rk,
                        [Iki("", iki, target, "pct" if sat == "%" else "count", num, sat)],
                        perspektif=persp,
                        owner=p,
                    )
                )
        elif p.level in ("adm", "peng"):
            tpl, nouns = (bank.RK_ADM, NOUNS_ADM) if p.level == "adm" else (bank.RK_PENG, NOUNS_PENG)
            for i, t in enumerate(p.topics):
                p.rks.append(
                    Rk(
                        tpl[i % len(tpl)].format(t=t),
                        count_iki(nouns[i % len(nouns)], t, rng, True),
                        topic=t,
                        owner=p,
                    )
                )
            for i, t in enumerate(p.direktif_topics):
                j = (i + len(p.topics)) % len(tpl)
                p.rks.append(
                    Rk(
                        tpl[j].format(t=t),
                        count_iki(nouns[j % len(nouns)], t, rng, True),
                        topic=t,
                        owner=p,
                        direktif=True,
                    )
                )
    _ = by_key


def cite_pool(sup: Person, pool: str) -> list[Rk]:
    ku = sup.ku
    if sup.level == "jpt":
        return ku
    if pool == "direktif":
        return [r for r in ku if r.direktif]
    return [r for r in ku if not r.direktif]


def plan_citations(org: Org) -> None:
    """Each JA/JF RK intervenes an RK of its penilai, round robin so every superior RK is covered."""
    rng = org.rng
    subs: dict[str, list[Person]] = {}
    for p in org.people:
        if p.penilai is not None:
            subs.setdefault(p.penilai.key, []).append(p)
    order = [p for p in org.people if p.level in ("jpt", "adm", "peng")]
    for sup in order:
        groups: dict[str, list[Person]] = {}
        for s in subs.get(sup.key, []):
            groups.setdefault(s.pool, []).append(s)
        for pool, members in groups.items():
            cands = cite_pool(sup, pool)
            if sup.skip_rk and pool == "own":
                cands[-1].skip_cover = True
                cands = cands[:-1]
            k = 0
            for s in members:
                if s.level == "jpt":
                    continue
                own_existing = [r for r in s.ku]
                if own_existing:  # adm/peng: their own RKs already exist; attach citations
                    for r in own_existing:
                        r.cite = cands[k % len(cands)]
                        k += 1
                    continue
                # pelaksana / JF: generate RKs from the cited superior RK topic
                n = 1 if s.kesetaraan_kecil else rng.choice([3, 3, 4])
                tpl, nouns = (bank.RK_JF, NOUNS_JF) if s.level == "jf" else (bank.RK_STAF, NOUNS_STAF)
                used: set[str] = set()
                for i in range(n):
                    c = cands[k % len(cands)]
                    k += 1
                    topic = c.topic or c.text.split(" ", 1)[1].lower()
                    j = (i + rng.randint(0, 3)) % len(tpl)
                    text = tpl[j].format(t=topic)
                    while norm(text) in used:
                        j = (j + 1) % len(tpl)
                        text = tpl[j].format(t=topic)
                    used.add(norm(text))
                    ikis = count_iki(nouns[j % len(nouns)], topic, rng, True)
                    if s.kesetaraan_kecil or (i == n - 1 and n == 3 and rng.random() < 0.3):
                        ikis = ikis[:2]
                    s.rks.append(Rk(text, ikis, cite=c, topic=topic, owner=s))


def add_tambahan(org: Org) -> None:
    rng = org.rng
    for p in org.people:
        if p.kesetaraan_kecil or rng.random() < 0.45:
            continue
        rk, iki, target = bank.TAMBAHAN[rng.randrange(len(bank.TAMBAHAN))]
        n = float(target.split()[0])
        p.rks.append(
            Rk(
                rk,
                [Iki("Kuantitas", iki, target, "count", n, target.split(" ", 1)[1])],
                tambahan=True,
                owner=p,
            )
        )


def apply_matriks(org: Org) -> None:
    """Direct cascading by beban target, with a Matriks Pembagian Peran dan Hasil in the superior's file."""
    specs = {
        "ksi_surv": (
            "Terlaksananya imunisasi dasar lengkap bayi sesuai standar",
            "Jumlah bayi yang mendapat imunisasi dasar lengkap",
            3600,
            "bayi",
            ["Puskesmas Arta Hilir", "Puskesmas Arta Hulu", "Puskesmas Sungai Tenang"],
            [1200, 1300, 1100],
            "Bayi wilayah {w} yang terimunisasi dasar lengkap",
        ),
        "ksi_pel_jalan": (
            "Terlaksananya pemeliharaan rutin jalan kabupaten sesuai standar",
            "Panjang jalan kabupaten yang terpelihara rutin",
            120,
            "km",
            ["Wilayah I", "Wilayah II", "Wilayah III"],
            [40, 40, 30],
            "Ruas jalan {w} yang terpelihara rutin",
        ),
    }
    for p in org.people:
        if p.key not in specs:
            continue
        rk_text, iki_text, total, sat, wil, parts, sub_tpl = specs[p.key]
        rk = p.ku[0]
        rk.text = rk_text
        tot = f"{total:,}".replace(",", ".")
        rk.ikis[0] = Iki("Kuantitas", iki_text, f"{tot} {sat}", "count", total, sat)
        members = [s for s in org.people if s.penilai is p and s.level == "pel"][:3]
        p.matriks = {
            "rk": rk,
            "members": members,
            "parts": parts,
            "wilayah": wil,
            "balanced": sum(parts) == total,
        }
        for s, w, part in zip(members, wil, parts, strict=True):
            first = s.ku[0]
            # the member's first RK intervenes the split RK
            for r in s.ku:
                if r.cite is rk and r is not first:
                    r.cite = first.cite
            first.cite = rk
            first.text = sub_tpl.format(w=w)
            pt = f"{part:,}".replace(",", ".")
            first.ikis[0] = Iki("Kuantitas", f"{iki_text} di {w}", f"{pt} {sat}", "count", part, sat)
            first.topic = f"{w}"


# ---------------------------------------------------------------- copy variants of the RK atasan


def copy_variant(text: str, kind: str, idx: int) -> str:
    if kind == "kapital":
        return text.upper() if idx % 2 == 0 else text[0].lower() + text[1:]
    if kind == "titik":
        return text + "."
    if kind == "nomor":
        return (f"{idx + 1}. " if idx % 2 == 0 else f"{'abcd'[idx % 4]}. ") + text
    if kind == "spasi":
        w = text.split(" ")
        mid = max(1, len(w) // 2)
        return " ".join(w[:mid]) + "  " + " ".join(w[mid:]) + " "
    if kind == "baris":
        w = text.split(" ")
        mid = max(1, len(w) // 2)
        return " ".join(w[:mid]) + "\n" + " ".join(w[mid:])
    return text


COPY_KINDS = ["persis", "persis", "kapital", "titik", "nomor", "spasi", "baris"]


# ---------------------------------------------------------------- workbook drawing


def pangkat_text(p: Person, style: int) -> str:
    if p.pppk:
        return [p.gol, f"Golongan {p.gol}", f"{p.gol} (PPPK)"][style % 3]
    name = bank.PANGKAT[p.gol]
    if style == 1 and name.endswith("Tingkat I"):
        return f"{name[:-9]}Tk. I / {p.gol}"
    if style == 2:
        return f"{name.upper()}, {p.gol}"
    return f"{name}, {p.gol}"


def nip_text(nip: str, spaced: bool) -> str:
    return f"{nip[:8]} {nip[8:14]} {nip[14]} {nip[15:]}" if spaced else nip


PERIODE_TEXT = {
    ("F1", tuple(FULL)): f"PERIODE PENILAIAN: 1 JANUARI SD 31 DESEMBER {TAHUN}",
    ("F2", tuple(FULL)): f"Periode Penilaian : 1 Januari s.d. 31 Desember {TAHUN}",
    ("F3", tuple(FULL)): f"PERIODE PENILAIAN : 1 JANUARI {TAHUN} SD 31 DESEMBER {TAHUN}",
    ("F1", tuple(SEMESTER1)): f"PERIODE PENILAIAN: 1 JANUARI SD 30 JUNI {TAHUN}",
    ("F2", tuple(SEMESTER1)): f"Periode Penilaian : 1 Januari s.d. 30 Juni {TAHUN}",
    ("F3", tuple(SEMESTER1)): f"PERIODE PENILAIAN : 1 JANUARI {TAHUN} SD 30 JUNI {TAHUN}",
}


def kategori(iki: Iki, levels: list[str]) -> dict[str, str]:
    """Standar kinerja per level (SPEC §3.3): BAIK = target."""
    n, sat = iki.n, iki.satuan
    if iki.kind == "time":
        d = int(n)
        v = {
            "SANGAT KURANG": f"> {d + 9} {sat}",
            "KURANG": f"{d + 5} - {d + 9} {sat}",
            "CUKUP": f"{d + 1} - {d + 4} {sat}",
            "BAIK": iki.target,
            "SANGAT BAIK": f"< {d} {sat}",
        }
    elif iki.kind == "pct":
        p = int(n)
        v = {
            "SANGAT KURANG": f"< {p - 30} %",
            "KURANG": f"{p - 30} - {p - 16} %",
            "CUKUP": f"{p - 15} - {p - 1} %",
            "BAIK": iki.target,
            "SANGAT BAIK": f"> {p} %",
        }
    else:
        k = int(n)
        c_lo = math.ceil(k * 0.75)
        k_lo = math.ceil(k * 0.5)

        def fmt(x: int) -> str:
            return f"{x:,}".replace(",", ".")

        kur = f"{fmt(k_lo)} - {fmt(c_lo - 1)} {sat}" if c_lo - 1 > k_lo else f"{fmt(k_lo)} {sat}"
        cuk = f"{fmt(c_lo)} - {fmt(k - 1)} {sat}" if k - 1 > c_lo else f"{fmt(c_lo)} {sat}"
        v = {
            "SANGAT KURANG": f"< {fmt(k_lo)} {sat}",
            "KURANG": kur,
            "CUKUP": cuk,
            "BAIK": iki.target,
            "SANGAT BAIK": f"> {fmt(k)} {sat}",
        }
    return {lv: v[lv] for lv in levels}


MEMANTAU = [
    ("Dokumen hasil kerja", "Aplikasi e-Kinerja", "Bulanan"),
    ("Laporan realisasi", "Subbagian Program", "Triwulanan"),
    ("Rekap hasil verifikasi", "Arsip unit kerja", "Akhir bulan"),
]
ASPEK_F3 = {"Kuantitas": "Kuantitas/Output", "Kualitas": "Kualitas/Mutu", "Waktu": "Waktu"}


class Grid:
    def __init__(self, ws: Any, col0: int = 1) -> None:
        self.ws = ws
        self.col0 = col0

    def put(self, row: int, col: int, value: Any, bold: bool = False, box: bool = False) -> str:
        c = self.ws.cell(row=row, column=col, value=value)
        if bold:
            c.font = Font(bold=True)
        if box:
            c.border = BOX
        c.alignment = WRAP
        return c.coordinate

    def merge(self, r1: int, c1: int, r2: int, c2: int) -> None:
        if (r1, c1) != (r2, c2):
            self.ws.merge_cells(start_row=r1, start_column=c1, end_row=r2, end_column=c2)


def identity_rows(
    p: Person, penilai: dict[str, str], jpt_penilai: bool
) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    peg = [
        ("NAMA", p.nama),
        ("NIP", p.nip_written or p.nip),
        ("PANGKAT/GOL RUANG", p.pangkat_written),
        ("JABATAN", p.jabatan),
        ("UNIT KERJA", p.unit),
    ]
    pen = [
        ("NAMA", penilai["nama"]),
        ("NIP", penilai["nip"]),
        ("PANGKAT/GOL RUANG", penilai["pangkat"]),
        ("JABATAN", penilai["jabatan"]),
        ("INSTANSI" if jpt_penilai else "UNIT KERJA", penilai["unit"]),
    ]
    return peg, pen


def draw_identity(
    g: Grid, p: Person, fam: str, penilai: dict[str, str], jpt_penilai: bool, info: dict
) -> int:
    """Title, periode and the two identity blocks; returns the next free row."""
    peg, pen = identity_rows(p, penilai, jpt_penilai)
    c0 = g.col0
    if fam == "F1":
        g.put(1, c0, "RENCANA SASARAN KINERJA PEGAWAI", bold=True)
        g.put(2, c0, bank.PEMDA.upper(), bold=True)
        g.put(3, c0, p.opd.upper())
        info["periode"] = g.put(4, c0, PERIODE_TEXT[("F1", tuple(p.periode))])
        g.put(6, c0, "NO", bold=True, box=True)
        g.put(6, c0 + 1, "PEGAWAI YANG DINILAI", bold=True, box=True)
        g.merge(6, c0 + 1, 6, c0 + 2)
        g.put(6, c0 + 3, "NO", bold=True, box=True)
        g.put(6, c0 + 4, "PEJABAT PENILAI KINERJA", bold=True, box=True)
        g.merge(6, c0 + 4, 6, c0 + 5)
        for i, ((la, va), (lb, vb)) in enumerate(zip(peg, pen, strict=True)):
            r = 7 + i
            g.put(r, c0, i + 1, box=True)
            g.put(r, c0 + 1, la, box=True)
            info[f"peg_{la}"] = g.put(r, c0 + 2, va, box=True)
            g.put(r, c0 + 3, i + 1, box=True)
            g.put(r, c0 + 4, lb, box=True)
            info[f"pen_{lb}"] = g.put(r, c0 + 5, vb, box=True)
        return 13
    if fam == "F2":
        g.put(1, c0, "RENCANA SASARAN KINERJA PEGAWAI", bold=True)
        g.put(2, c0, f"{bank.PEMDA} - {p.opd}")
        info["periode"] = g.put(3, c0, PERIODE_TEXT[("F2", tuple(p.periode))])
        r = 5
        for roman, title, rows, pre in (
            ("I", "PEGAWAI YANG DINILAI", peg, "peg"),
            ("II", "PEJABAT PENILAI KINERJA", pen, "pen"),
        ):
            g.put(r, c0, roman, bold=True, box=True)
            g.put(r, c0 + 1, title, bold=True, box=True)
            g.merge(r, c0 + 1, r, c0 + 2)
            for i, (la, va) in enumerate(rows):
                g.put(r + 1 + i, c0, i + 1, box=True)
                g.put(r + 1 + i, c0 + 1, la.title() if la != "NIP" else "NIP", box=True)
                info[f"{pre}_{la}"] = g.put(r + 1 + i, c0 + 2, va, box=True)
            r += 6
        return r + 1
    # F3: starts in column B, PANGKAT label variant
    g.put(2, c0, "SASARAN KINERJA PEGAWAI", bold=True)
    g.put(
        3, c0, f"{p.opd.upper()} {bank.KABUPATEN.upper()}" if bank.KABUPATEN not in p.opd else p.opd.upper()
    )
    info["periode"] = g.put(4, c0, PERIODE_TEXT[("F3", tuple(p.periode))])
    g.put(6, c0, "NO", bold=True, box=True)
    g.put(6, c0 + 1, "PEGAWAI YANG DINILAI", bold=True, box=True)
    g.merge(6, c0 + 1, 6, c0 + 2)
    g.put(6, c0 + 3, "NO", bold=True, box=True)
    g.put(6, c0 + 4, "PEJABAT PENILAI KINERJA", bold=True, box=True)
    g.merge(6, c0 + 4, 6, c0 + 5)
    for i, ((la, va), (lb, vb)) in enumerate(zip(peg, pen, strict=True)):
        r = 7 + i
        lab = "PANGKAT/GOL. RUANG" if la.startswith("PANGKAT") else la
        lbb = "PANGKAT/GOL. RUANG" if lb.startswith("PANGKAT") else lb
        g.put(r, c0, i + 1, box=True)
        g.put(r, c0 + 1, lab, box=True)
        info[f"peg_{la}"] = g.put(r, c0 + 2, va, box=True)
        g.put(r, c0 + 3, i + 1, box=True)
        g.put(r, c0 + 4, lbb, box=True)
        info[f"pen_{lb}"] = g.put(r, c0 + 5, vb, box=True)
    return 13


def footer(g: Grid, r: int, p: Person, penilai: dict[str, str], c_left: int, c_right: int) -> None:
    g.put(r + 1, c_right, f"Sungai Arta, 4 Januari {TAHUN}")
    g.put(r + 2, c_left, "Pegawai yang Dinilai,")
    g.put(r + 2, c_right, "Pejabat Penilai Kinerja,")
    g.put(r + 6, c_left, p.nama)
    g.put(r + 6, c_right, penilai["nama"])
    g.put(r + 7, c_left, f"NIP. {p.nip_written or p.nip}")
    if penilai["nip"] not in ("-", ""):
        g.put(r + 7, c_right, f"NIP. {penilai['nip']}")


def draw_ja(ws: Any, p: Person, penilai: dict[str, str], info: dict) -> None:
    fam = p.family
    peng = p.form.endswith("pengembangan")
    g = Grid(ws, 2 if fam == "F3" else 1)
    r = draw_identity(g, p, fam, penilai, False, info)
    c0 = g.col0
    base = [
        "NO",
        {
            "F1": "RENCANA KINERJA ATASAN LANGSUNG/UNIT KERJA/ORGANISASI",
            "F2": "RENCANA KINERJA ATASAN YANG DIINTERVENSI",
            "F3": "RENCANA KINERJA ATASAN LANGSUNG / UNIT KERJA / ORGANISASI",
        }[fam],
        "RENCANA KINERJA",
        "ASPEK",
        "INDIKATOR KINERJA INDIVIDU",
        "TARGET",
    ]
    levels = {
        "F1": ["SANGAT KURANG", "KURANG", "CUKUP", "BAIK", "SANGAT BAIK"],
        "F2": ["CUKUP", "BAIK", "SANGAT BAIK"],
        "F3": ["KURANG", "CUKUP", "BAIK", "SANGAT BAIK"],
    }[fam]
    mem = {
        "F1": ["DATA", "SUMBER DATA", "WAKTU PENGUMPULAN"],
        "F2": ["SUMBER DATA UNTUK PENGUKURAN"],
        "F3": ["DATA", "SUMBER DATA", "WAKTU PENGUMPULAN"],
    }[fam]
    cols = base + (levels + mem if peng else [])
    ci = {name: c0 + i for i, name in enumerate(cols)}
    r += 1
    if peng and fam in ("F1", "F2"):
        for name in base:
            g.put(r, ci[name], name, bold=True, box=True)
            g.merge(r, ci[name], r + 1, ci[name])
        g.put(r, ci[levels[0]], "KATEGORI PENILAIAN KINERJA", bold=True, box=True)
        g.merge(r, ci[levels[0]], r, ci[levels[-1]])
        g.put(r, ci[mem[0]], "CARA MEMANTAU KINERJA", bold=True, box=True)
        g.merge(r, ci[mem[0]], r, ci[mem[-1]])
        for name in levels + mem:
            g.put(r + 1, ci[name], name, bold=True, box=True)
        r += 2
    else:
        for name in cols:
            g.put(r, ci[name], name, bold=True, box=True)
        r += 1
    last_col = c0 + len(cols) - 1
    for section, tamb in (("A. KINERJA UTAMA", False), ("B. KINERJA TAMBAHAN", True)):
        g.put(r, c0, section, bold=True)
        g.merge(r, c0, r, last_col)
        r += 1
        rks = [x for x in p.rks if x.tambahan == tamb]
        for no, rk in enumerate(rks, 1):
            top = r
            for iki in rk.ikis:
                aspek = iki.aspek if fam != "F3" else ASPEK_F3.get(iki.aspek, iki.aspek)
                if iki.defect == "aspek-tidak-valid":
                    aspek = "Manfaat"
                iki.cells["aspek"] = g.put(r, ci["ASPEK"], aspek, box=True)
                iki.cells["iki"] = g.put(r, ci["INDIKATOR KINERJA INDIVIDU"], iki.text, box=True)
                tgt = iki.target
                if iki.defect == "iki-tanpa-target":
                    tgt = None
                elif iki.defect == "target-tanpa-satuan":
                    tgt = str(int(iki.n))
                iki.cells["target"] = g.put(r, ci["TARGET"], tgt, box=True)
                if peng:
                    kat = kategori(iki, levels)
                    for lv in levels:
                        val = None if iki.defect == "kategori-penilaian-kosong" else kat[lv]
                        iki.cells[lv] = g.put(r, ci[lv], val, box=True)
                r += 1
            bottom = r - 1
            rk.cells["no"] = g.put(top, ci["NO"], no, box=True)
            rk.cells["rka"] = g.put(top, ci[base[1]], rk.cite_text if not tamb else None, box=True)
            rk.cells["rk"] = g.put(top, ci["RENCANA KINERJA"], rk.text, box=True)
            if peng:
                m = MEMANTAU[no % len(MEMANTAU)]
                vals = m if len(mem) == 3 else (f"{m[0]} dari {m[1]}, {m[2].lower()}",)
                for name, v in zip(mem, vals, strict=True):
                    g.put(top, ci[name], v, box=True)
                    if fam != "F2":
                        g.merge(top, ci[name], bottom, ci[name])
            if fam != "F2":
                for name in ("NO", base[1], "RENCANA KINERJA"):
                    g.merge(top, ci[name], bottom, ci[name])
    if fam != "F2":
        footer(g, r, p, penilai, c0 + 1, c0 + 4)
    widths = {
        "NO": 5,
        base[1]: 38,
        "RENCANA KINERJA": 38,
        "ASPEK": 12,
        "INDIKATOR KINERJA INDIVIDU": 40,
        "TARGET": 14,
    }
    for name, c in ci.items():
        ws.column_dimensions[get_column_letter(c)].width = widths.get(name, 16)
    if fam == "F3":
        ws.column_dimensions["A"].width = 2


def draw_jpt(ws: Any, p: Person, penilai: dict[str, str], info: dict) -> None:
    fam = p.family
    peng = p.form == "jpt-pengembangan"
    g = Grid(ws, 1)
    r = draw_identity(g, p, fam, penilai, p.penilai is None, info)
    cols = (["PERSPEKTIF"] if peng else []) + [
        "NO",
        "RENCANA KINERJA",
        "INDIKATOR KINERJA INDIVIDU",
        "TARGET",
    ]
    ci = {name: 1 + i for i, name in enumerate(cols)}
    r += 1
    for name in cols:
        g.put(r, ci[name], name, bold=True, box=True)
    r += 1
    for section, tamb in (("A. KINERJA UTAMA", False), ("B. KINERJA TAMBAHAN", True)):
        g.put(r, 1, section, bold=True)
        g.merge(r, 1, r, len(cols))
        r += 1
        for no, rk in enumerate([x for x in p.rks if x.tambahan == tamb], 1):
            top = r
            for iki in rk.ikis:
                iki.cells["iki"] = g.put(r, ci["INDIKATOR KINERJA INDIVIDU"], iki.text, box=True)
                iki.cells["target"] = g.put(r, ci["TARGET"], iki.target, box=True)
                r += 1
            if peng and not tamb:
                g.put(top, ci["PERSPEKTIF"], rk.perspektif, box=True)
            rk.cells["no"] = g.put(top, ci["NO"], no, box=True)
            rk.cells["rk"] = g.put(top, ci["RENCANA KINERJA"], rk.text, box=True)
    footer(g, r, p, penilai, 2, 4)
    for name, c in ci.items():
        ws.column_dimensions[get_column_letter(c)].width = {"NO": 5, "PERSPEKTIF": 18, "TARGET": 14}.get(
            name, 42
        )


def draw_manual(ws: Any, p: Person, info: dict) -> None:
    g = Grid(ws, 2)
    g.put(1, 2, "MANUAL INDIKATOR KINERJA", bold=True)
    g.put(2, 2, f"{p.jabatan} - {bank.PEMDA}")
    r = 4
    for rk in p.ku:
        for iki in rk.ikis:
            rows = [
                ("RENCANA KINERJA", rk.text),
                (
                    "DESKRIPSI RENCANA KINERJA",
                    f"Rencana kinerja ini menggambarkan {rk.text[0].lower() + rk.text[1:]} "
                    f"pada tahun {TAHUN}.",
                ),
                ("INDIKATOR KINERJA INDIVIDU", iki.text),
                (
                    "DEFINISI IKI",
                    f"{iki.text} adalah ukuran keberhasilan {rk.text[0].lower() + rk.text[1:]}.",
                ),
                (
                    "FORMULA",
                    "(Realisasi / Target) x 100 %" if iki.satuan == "%" else "Nilai hasil pengukuran tahunan",
                ),
                ("TUJUAN", "Mengukur capaian sasaran strategis yang menjadi tanggung jawab pimpinan unit."),
                ("SATUAN PENGUKURAN", iki.satuan),
                ("JENIS ASPEK TARGET", "Kuantitas"),
                ("TINGKAT KENDALI IKI", "Moderate"),
                ("SUMBER DATA", "Laporan kinerja perangkat daerah"),
                ("PERIODE PELAPORAN", "Triwulanan"),
            ]
            for la, va in rows:
                g.put(r, 2, la, bold=True, box=True)
                g.put(r, 3, va, box=True)
                r += 1
            r += 1
    ws.column_dimensions["B"].width = 30
    ws.column_dimensions["C"].width = 80


def draw_ak(ws: Any, p: Person, penilai: dict[str, str], info: dict, rng: random.Random) -> None:
    g = Grid(ws, 1)
    p2 = copy.copy(p)
    p2.family = "F1"
    sub: dict[str, str] = {}
    r = draw_identity(g, p2, "F1", penilai, False, sub)
    ws["A1"] = "FORMAT KETERKAITAN SKP DENGAN ANGKA KREDIT"
    g.put(r, 1, f"TANGGAL PENGAJUAN: 4 Januari {TAHUN}")
    r += 2
    for i, name in enumerate(["NO", "RENCANA KINERJA", "BUTIR KEGIATAN", "OUTPUT", "ANGKA KREDIT"]):
        g.put(r, 1 + i, name, bold=True, box=True)
    r += 1
    g.put(r, 1, "KINERJA UTAMA", bold=True)
    g.merge(r, 1, r, 5)
    r += 1
    out = bank.JF[p.jf_name][1]
    for no, rk in enumerate(p.ku, 1):
        if "rk-tanpa-butir-kegiatan" in p.file_defects and no == len(p.ku):
            info["ak_missing_rk"] = rk
            continue
        nb = 1 + (no % 2)
        top = r
        for b in range(nb):
            g.put(r, 3, bank.BUTIR[(no + b) % len(bank.BUTIR)], box=True)
            g.put(r, 4, f"1 {out}", box=True)
            ak = [0.05, "0,040", 0.12, "0,075", 0.2][(no + b) % 5]
            if "angka-kredit-tidak-valid" in p.file_defects and no == 1 and b == 0:
                ak = 0
            cell = g.put(r, 5, ak, box=True)
            if no == 1 and b == 0:
                info["ak_first"] = cell
            r += 1
        g.put(top, 1, no, box=True)
        g.put(top, 2, rk.text, box=True)
        g.merge(top, 1, r - 1, 1)
        g.merge(top, 2, r - 1, 2)
    for c, w in zip("ABCDE", (5, 40, 40, 16, 14), strict=True):
        ws.column_dimensions[c].width = w


def draw_matriks(ws: Any, p: Person) -> None:
    m = p.matriks
    assert m is not None
    g = Grid(ws, 1)
    g.put(1, 1, "MATRIKS PEMBAGIAN PERAN DAN HASIL", bold=True)
    g.put(2, 1, f"KOORDINATOR: {p.nama} ({p.jabatan})")
    g.put(4, 1, "NO", bold=True, box=True)
    g.put(4, 2, "NAMA / NIP / JABATAN", bold=True, box=True)
    g.put(4, 3, m["rk"].text, bold=True, box=True)
    g.put(5, 2, "Jenis penyelarasan", box=True)
    g.put(5, 3, "Direct cascading - pembagian beban target kuantitatif", box=True)
    g.put(6, 2, "Target koordinator", box=True)
    g.put(6, 3, m["rk"].ikis[0].target, box=True)
    for i, s in enumerate(m["members"]):
        g.put(7 + i, 1, i + 1, box=True)
        g.put(7 + i, 2, f"{s.nama}\n{s.nip}\n{s.jabatan}", box=True)
        g.put(7 + i, 3, f"{s.ku[0].text} ({s.ku[0].ikis[0].target})", box=True)
    ws.column_dimensions["B"].width = 40
    ws.column_dimensions["C"].width = 60


def penilai_dict(p: Person, org_people: dict[str, Person]) -> dict[str, str]:
    if p.penilai is None:
        return {
            "nama": bank.BUPATI[0],
            "nip": "-",
            "pangkat": "-",
            "jabatan": bank.BUPATI[1],
            "unit": bank.PEMDA,
        }
    s = p.penilai
    nip = p.penilai_nip_written or s.nip
    return {
        "nama": s.nama,
        "nip": nip_text(nip, p.nip_spaced),
        "pangkat": pangkat_text(s, p.pangkat_style),
        "jabatan": p.penilai_jabatan or s.jabatan,
        "unit": s.unit,
    }


def save(wb: Workbook, path: Path) -> None:
    wb.properties.creator = "Pegawai"
    wb.properties.created = datetime(2027, 1, 4, 8, 0, 0)
    wb.properties.modified = datetime(2027, 1, 4, 8, 0, 0)
    buf = io.BytesIO()
    wb.save(buf)
    out = io.BytesIO()
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            data = re.sub(
                rb"<dcterms:(created|modified)([^>]*)>[^<]*<", rb"<dcterms:\1\2>2027-01-04T08:00:00Z<", data
            )
            zi = zipfile.ZipInfo(item.filename, date_time=ZIP_DATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(out.getvalue())


def write_workbook(p: Person, path: Path, rng: random.Random, people: dict[str, Person]) -> dict[str, Any]:
    wb = Workbook()
    ws = wb.active
    ws.title = {"F1": "SKP", "F2": "Rencana SKP", "F3": f"SKP {TAHUN}"}[p.family]
    info: dict[str, Any] = {"sheet": ws.title}
    pen = penilai_dict(p, people)
    if p.level == "jpt":
        draw_jpt(ws, p, pen, info)
        draw_manual(wb.create_sheet("Manual IKI"), p, info)
    else:
        draw_ja(ws, p, pen, info)
        if p.level == "jf":
            name = {"F1": "Keterkaitan AK", "F2": "Format Keterkaitan SKP-AK", "F3": "Angka Kredit"}[p.family]
            info["ak_sheet"] = name
            draw_ak(wb.create_sheet(name), p, pen, info, rng)
    if p.matriks:
        draw_matriks(wb.create_sheet("Matriks Peran Hasil"), p)
    save(wb, path)
    return info


# ---------------------------------------------------------------- scenario


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--keluar", type=Path, default=HERE)
    args = ap.parse_args(argv)
    out: Path = args.keluar
    rng = random.Random(SEED)
    org = build(rng)
    people = {p.key: p for p in org.people}
    P = people

    # --- scenario before RK planning
    # deliberately uncovered superior RKs (rk-atasan-tidak-diintervensi)
    for k in ("kabid_ppm", "ksi_jembatan", "ksi_pmd1"):
        P[k].skip_rk = True
    # kesetaraan: one of three equivalent staff with a much smaller plan
    P["ksi_kur_sd.s1"].kesetaraan_kecil = True
    P["ksb_rt.s2"].kesetaraan_kecil = True
    # reorganisation: two SD sarpras staff moved to the SMP sarpras section in SIMPEG, SKP still signed by the
    # old Kasi (penilai-tidak-sesuai-daftar)
    for k in ("ksi_sar_sd.s2", "ksi_sar_sd.s3"):
        P[k].atasan = P["ksi_sar_smp"]
    # skip a level: staff sign with the Kabid (in SIMPEG their atasan is the Kasi)
    for k, kabid in (("ksi_alkes.s1", "kabid_sdk"), ("ksi_irigasi.s1", "kabid_sda")):
        P[k].penilai = P[kabid]
    plan_rks(org)
    plan_citations(org)
    apply_matriks(org)
    add_tambahan(org)

    # periods, writing styles, forms, families
    for p in org.people:
        p.periode = list(FULL)
        p.nip_spaced = rng.random() < 0.3
        p.pangkat_style = rng.randrange(3)
        fams = {
            "01": ["F1", "F1", "F3"],
            "02": ["F2", "F2", "F1"],
            "03": ["F1", "F3", "F3"],
            "04": ["F2", "F3", "F2"],
            "05": ["F3", "F1", "F1"],
        }.get(p.folder[:2], ["F2", "F2", "F3"])
        p.family = rng.choice(fams)
        if p.level == "jpt":
            p.form = "jpt-pengembangan" if p.jpt_key in ("sekda", "bappeda", "disdik") else "jpt-dasar"
            p.family = "F1" if p.jpt_key in ("sekda", "dinkes", "asisten1") else "F2"
        else:
            fam = "jf" if p.level == "jf" else "ja"
            p.form = f"{fam}-{'pengembangan' if rng.random() < 0.5 else 'dasar'}"
    for p in org.people:
        p.nip_written = nip_text(p.nip, p.nip_spaced)
        p.pangkat_written = pangkat_text(p, p.pangkat_style)

    # RK atasan as written: copy variants, non-direct (superior's own column 2)
    copy_counts = {k: 0 for k in COPY_KINDS}
    cited_n: dict[int, int] = {}
    for p in org.people:
        for r in p.ku:
            if r.cite is not None:
                cited_n[id(r.cite)] = cited_n.get(id(r.cite), 0) + 1
    grand_done = 0
    for p in org.people:
        for i, r in enumerate(p.ku):
            if r.cite is None:
                continue
            sup_rk = r.cite
            if (
                grand_done < 8
                and p.level in ("pel", "jf")
                and sup_rk.cite is not None
                and cited_n[id(sup_rk)] >= 2
                and rng.random() < 0.12
                and not p.matriks
                and i > 0
            ):
                r.cite_kind = "grand"
                cited_n[id(sup_rk)] -= 1
                r.cite_text = sup_rk.cite.text
                r.copy = "atasan-dari-atasan"
                grand_done += 1
                p.variasi.append("rk_atasan:atasan-dari-atasan")
                continue
            kind = rng.choice(COPY_KINDS)
            r.cite_kind = "direct"
            r.copy = kind
            r.cite_text = copy_variant(sup_rk.text, kind, i)
            copy_counts[kind] += 1
            if kind != "persis":
                p.variasi.append(f"rk_atasan:{kind}")

    # --- injected defects and events after planning
    def flag(p: Person, code: str) -> None:
        p.file_defects.append(code)

    # rk-atasan-tidak-cocok: a truly different RK (nobody's, last year's or another kabupaten's)
    wrong_people = [
        "ksb_otda.s1",
        "ksb_umum_bappeda.s0",
        "ksi_primer.s1",
        "ksb_keu_disdik.s2",
        "ksi_sungai.s0",
        "ksi_kesos0.s1",
    ]
    all_rk = [r.text for x in org.people for r in x.rks]
    for i, k in enumerate(wrong_people):
        assert max(similar(bank.RK_ASING[i], t) for t in all_rk) < 0.72, bank.RK_ASING[i]
        r = P[k].ku[1]
        r.cite_kind = "wrong"
        r.cite = None
        r.cite_text = bank.RK_ASING[i]
        flag(P[k], "rk-atasan-tidak-cocok")
    # rk-atasan-kosong (file scope) on one RK
    r = P["ksi_ptk_smp.s1"].ku[0]
    r.cite_kind, r.cite, r.cite_text = "empty", None, ""
    flag(P["ksi_ptk_smp.s1"], "rk-atasan-kosong")
    # penilai NIP with a typo (valid form, nobody's NIP)
    for k in ("ksb_tup.s1", "ksi_pem2.s0"):
        p = P[k]
        s = p.penilai
        assert s is not None
        seq = int(s.nip[15:])
        typo = s.nip[:15] + f"{(seq + 7) % 999 + 1:03d}"
        assert typo not in org.nips
        p.penilai_nip_written = typo
    # pegawai NIP typo in own SKP
    p = P["ksb_umum_dpupr.s2"]
    bad = p.nip[:15] + f"{(int(p.nip[15:]) + 11) % 999 + 1:03d}"
    assert bad not in org.nips
    p.nip_written = bad
    p.nip_typo = True
    # file-scope defects
    P["ksi_kur_smp.s0"].ku[0].ikis[1].defect = "iki-tanpa-target"
    flag(P["ksi_kur_smp.s0"], "iki-tanpa-target")
    P["ksb_keu.s0"].ku[0].ikis[0].defect = "target-tanpa-satuan"
    flag(P["ksb_keu.s0"], "target-tanpa-satuan")
    P["ksi_rujukan.s0"].ku[0].ikis[2].defect = "aspek-tidak-valid"
    flag(P["ksi_rujukan.s0"], "aspek-tidak-valid")
    kp = next(x for x in org.people if x.key.startswith("kabid_infra.jf"))
    kp.form = "jf-pengembangan"
    kp.ku[0].ikis[0].defect = "kategori-penilaian-kosong"
    flag(kp, "kategori-penilaian-kosong")
    ak = P["kabid_litbang.jf1"]
    flag(ak, "angka-kredit-tidak-valid")
    p = P["ksi_gedung.s0"]
    p.pangkat_written = "Penata, III/a"
    flag(p, "pangkat-tidak-dikenal")

    # not submitted (Aktif): two superiors + staff
    for k in (
        "ksi_trantib1",
        "ksb_keu_bappeda",
        "ksb_kesos.s1",
        "kabid_kesmas.jf4",
        "ksi_sar_smp.s0",
        "ksb_prog_dpupr.s1",
        "ksi_pmd2.s1",
    ):
        P[k].submitted = False
    # mutasi masuk (not yet in the daftar)
    mm = []
    for k_sup, jab in (
        ("ksi_airminum", "Pengelola Layanan Operasional"),
        ("ksb_umum_kec0", "Pengadministrasi Perkantoran"),
    ):
        sup = P[k_sup]
        p = org.add(f"{k_sup}.mutasi", jab, "pel", sup.opd, sup.folder, sup.unit, sup)
        p.in_daftar = False
        p.periode, p.nip_spaced, p.pangkat_style = list(FULL), False, 0
        p.family, p.form = sup.family, "ja-dasar"
        p.nip_written, p.pangkat_written = p.nip, pangkat_text(p, 0)
        # two RKs citing the superior's RKs exactly
        for i, c in enumerate(sup.ku[:3]):
            t = c.topic
            p.rks.append(
                Rk(
                    bank.RK_STAF[i].format(t=t),
                    count_iki(NOUNS_STAF[i], t, rng, True),
                    cite=c,
                    cite_text=c.text,
                    cite_kind="direct",
                    owner=p,
                )
            )
        p.peristiwa.append("mutasi-masuk")
        mm.append(p)
    # daftar-only people who need not submit
    extra_status = [
        ("ksb_umum_bappeda", "Cuti di Luar Tanggungan Negara"),
        ("ksi_alkes", "Cuti di Luar Tanggungan Negara"),
        ("ksb_umum_disdik", "Tugas Belajar"),
        ("kabid_ruang", "Tugas Belajar"),
        ("ksi_pem0", "Pensiun"),
        ("ksb_keu_dinkes", "Meninggal Dunia"),
        ("ksb_rt", "Mutasi Keluar"),
    ]
    for k_sup, st in extra_status:
        sup = P[k_sup]
        p = org.add(
            f"{k_sup}.{st[:4].lower()}",
            "Pengolah Data dan Informasi",
            "pel",
            sup.opd,
            sup.folder,
            sup.unit,
            sup,
            born_year=1965 if st == "Pensiun" else None,
        )
        p.submitted = False
        p.status = st
        p.nip_written = p.nip
    # revision with another period (BUP 30 June): not a duplicate (SPEC §7: same NIP AND period)
    revisi_periode = ["ksb_bms.s0", "ksi_lemb_paud.s1", "ksi_permukiman.s1"]
    # true duplicates (same NIP, same period)
    ganda = {"ksb_ren.s1": "salinan", "ksi_sdmk.s0": "revisi", "ksi_jembatan.s1": "nip-berspasi"}

    # file names
    def fname(p: Person, i: int) -> tuple[str, str | None]:
        plain = re.sub(r",.*$", "", p.nama)
        style = rng.random()
        if style < 0.55:
            return f"SKP {TAHUN} - {plain}.xlsx", None
        if style < 0.67:
            return f"skp_{p.nip}.xlsx", "nama_berkas:nip"
        if style < 0.79:
            return f"SKP {plain} {TAHUN}.xlsx", "nama_berkas:spasi"
        if style < 0.9:
            return f"SKP {TAHUN} ({plain}).xlsx", "nama_berkas:kurung"
        return f"{plain} - Rencana SKP Tahun {TAHUN} FINAL.xlsx", "nama_berkas:final"

    files: list[dict[str, Any]] = []
    used_paths: set[str] = set()
    for i, p in enumerate(org.people):
        if not p.submitted:
            continue
        if p.level == "jpt" and p.penilai is None:
            p.peristiwa.append("penilai:bupati-tanpa-nip")
        if p.pppk:
            p.variasi.append("pppk")
        if p.tanpa_ahli:
            p.variasi.append("jf:tanpa-ahli")
        name, tag = fname(p, i)
        if p.level == "jpt" or (p.level == "adm" and p.key.startswith(("kabid_", "camat"))):
            name, tag = f"SKP {TAHUN} {p.jabatan}.xlsx".replace("/", "-"), None
        if tag:
            p.variasi.append(tag)
        rel = f"{p.folder}/{name}"
        assert rel not in used_paths, rel
        used_paths.add(rel)
        files.append({"person": p, "file": rel, "periode": list(p.periode)})
        if p.key in revisi_periode:
            plain = re.sub(r",.*$", "", p.nama)
            rel2 = f"{p.folder}/SKP {TAHUN} - {plain} (revisi periode).xlsx"
            files.append({"person": p, "file": rel2, "periode": list(SEMESTER1)})
            used_paths.add(rel2)
            p.variasi.append("revisi:periode-berbeda")
        if p.key in ganda:
            how = ganda[p.key]
            plain = re.sub(r",.*$", "", p.nama)
            rel2 = {
                "salinan": f"{p.folder}/SKP {TAHUN} - {plain} (1).xlsx",
                "revisi": f"{p.folder}/SKP {TAHUN} - {plain} revisi.xlsx",
                "nip-berspasi": f"{p.folder}/skp_{p.nip}.xlsx",
            }[how]
            if rel2 == rel:
                rel2 = rel2.replace(".xlsx", " (2).xlsx")
            files.append({"person": p, "file": rel2, "periode": list(p.periode), "ganda": how})
            used_paths.add(rel2)

    # --- write workbooks
    kiriman = out / "kiriman"
    if kiriman.exists():
        for f in sorted(kiriman.rglob("*"), reverse=True):
            f.unlink() if f.is_file() else f.rmdir()
    infos: dict[str, dict[str, Any]] = {}
    for f in files:
        p = f["person"]
        saved_periode, saved_nip = p.periode, p.nip_written
        saved_targets = None
        p.periode = f["periode"]
        if f.get("ganda") == "nip-berspasi":
            p.nip_written = nip_text(p.nip, not p.nip_spaced)
        if f.get("ganda") == "revisi":
            iki = p.ku[0].ikis[0]
            saved_targets = (iki.target, iki.n)
            iki.n = iki.n + 2
            iki.target = f"{int(iki.n)} {iki.satuan}"
        info = write_workbook(p, kiriman / f["file"], rng, people)
        info["rk_cells"] = [(r, dict(r.cells), [dict(k.cells) for k in r.ikis]) for r in p.rks]
        infos[f["file"]] = info
        p.periode, p.nip_written = saved_periode, saved_nip
        if saved_targets:
            p.ku[0].ikis[0].target, p.ku[0].ikis[0].n = saved_targets

    # --- daftar pegawai
    daftar_rows = write_daftar(org, out / DAFTAR_REL)

    # --- expected findings, computed from the model
    manifest = expectations(org, files, infos, daftar_rows, mm)
    (out / "harapan.json").write_text(
        json.dumps(manifest, indent=1, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    n_def = sum(1 for m in manifest["files"] if not m["clean"])
    print(f"{len(files)} buku kerja, {len(files) - n_def} bersih, daftar {len(daftar_rows)} baris")
    return 0


def write_daftar(org: Org, path: Path) -> list[dict[str, Any]]:
    wb = Workbook()
    ws = wb.active
    ws.title = "Daftar Pegawai"
    ws["A1"] = "DAFTAR PEGAWAI NEGERI SIPIL DAN PPPK PEMERINTAH KABUPATEN SUNGAI ARTA"
    ws["A2"] = "Keadaan 31 Desember 2026 (ekspor SIMPEG)"
    head = ["NO", "NIP", "NAMA", "JENIS PEGAWAI", "JABATAN", "UNIT KERJA", "NIP ATASAN", "STATUS"]
    for i, h in enumerate(head, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True)
        c.border = BOX
    rows: list[dict[str, Any]] = []
    r = 5
    for p in org.people:
        if not p.in_daftar:
            continue
        atasan = p.atasan.nip if p.atasan is not None else None
        vals = [len(rows) + 1, p.nip, p.nama, "PPPK" if p.pppk else "PNS", p.jabatan, p.opd, atasan, p.status]
        for i, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=i, value=v)
            c.border = BOX
            if i in (2, 7):
                c.number_format = "@"
        rows.append({"baris": r, "person": p})
        r += 1
    for c, w in zip("ABCDEFGH", (5, 22, 34, 10, 44, 52, 22, 26), strict=True):
        ws.column_dimensions[c].width = w
    save(wb, path)
    return rows


def cell_of(sheet: str, cell: str | None) -> dict[str, Any]:
    return {"sheet": sheet if cell else None, "cell": cell}


def expectations(
    org: Org,
    files: list[dict[str, Any]],
    infos: dict[str, dict[str, Any]],
    daftar_rows: list[dict[str, Any]],
    mm: list[Person],
) -> dict[str, Any]:
    in_daftar = {row["person"].nip for row in daftar_rows}
    daftar_atasan = {
        row["person"].nip: (row["person"].atasan.nip if row["person"].atasan else None) for row in daftar_rows
    }
    by_nip: dict[str, list[dict[str, Any]]] = {}
    for f in files:
        p = f["person"]
        written = re.sub(r"\D", "", f.get("nip_written_override") or p.nip_written)
        f["nip_digits"] = written
        by_nip.setdefault(written, []).append(f)
    defects: dict[str, list[dict[str, Any]]] = {f["file"]: [] for f in files}
    boleh: dict[str, list[dict[str, Any]]] = {f["file"]: [] for f in files}

    def add(
        file: str,
        code: str,
        sev: str,
        sheet: str | None,
        cell: str | None,
        alt_cells: list[dict[str, str]] | None = None,
        alt_files: list[str] | None = None,
    ) -> None:
        defects[file].append(
            {
                "code": code,
                "severity": sev,
                "sheet": sheet if cell else None,
                "cell": cell,
                "alt_cells": alt_cells or [],
                "alt_files": alt_files or [],
            }
        )

    for f in files:
        p: Person = f["person"]
        info = infos[f["file"]]
        sh = info["sheet"]
        # skp-ganda
        same = [g for g in by_nip[f["nip_digits"]] if g is not f and g["periode"] == f["periode"]]
        if same:
            add(f["file"], "skp-ganda", "error", sh, info["peg_NIP"], alt_files=[g["file"] for g in same])
        # penilai
        pen_nip = None if p.penilai is None else re.sub(r"\D", "", p.penilai_nip_written or p.penilai.nip)
        if pen_nip is None:
            boleh[f["file"]].append(
                {
                    "code": "skp-atasan-tidak-ditemukan",
                    "severity": "info",
                    "cell": None,
                    "why": "penilai Bupati (pejabat politik tanpa NIP, tanpa SKP)",
                }
            )
        elif pen_nip not in by_nip:
            add(f["file"], "skp-atasan-tidak-ditemukan", "info", None, None)
        # rk atasan
        for r, cells, _ in info["rk_cells"]:
            if r.tambahan:
                continue
            if r.cite_kind == "wrong":
                add(
                    f["file"],
                    "rk-atasan-tidak-cocok",
                    "error",
                    sh,
                    cells["rka"],
                    alt_cells=[{"sheet": sh, "cell": cells["rk"]}],
                )
            elif r.cite_kind == "empty":
                add(f["file"], "rk-atasan-kosong", "error", sh, cells["rka"])
        # daftar
        if f["nip_digits"] not in in_daftar:
            add(
                f["file"],
                "pegawai-tidak-dalam-daftar",
                "info",
                sh,
                info["peg_NIP"],
                alt_cells=[{"sheet": sh, "cell": info["peg_NAMA"]}],
            )
        elif (
            pen_nip is not None
            and daftar_atasan.get(f["nip_digits"])
            and daftar_atasan[f["nip_digits"]] != pen_nip
        ):
            add(
                f["file"],
                "penilai-tidak-sesuai-daftar",
                "peringatan",
                sh,
                info["pen_NIP"],
                alt_cells=[{"sheet": sh, "cell": info["pen_NAMA"]}],
            )
        # file scope
        for r, _cells, ikicells in info["rk_cells"]:
            for iki, ic in zip(r.ikis, ikicells, strict=True):
                if iki.defect in ("iki-tanpa-target", "target-tanpa-satuan"):
                    add(
                        f["file"],
                        iki.defect,
                        "error" if iki.defect == "iki-tanpa-target" else "peringatan",
                        sh,
                        ic["target"],
                    )
                elif iki.defect == "aspek-tidak-valid":
                    add(f["file"], iki.defect, "error", sh, ic["aspek"])
                elif iki.defect == "kategori-penilaian-kosong":
                    alts = [
                        {"sheet": sh, "cell": ic[lv]}
                        for lv in ic
                        if lv not in ("aspek", "iki", "target", "BAIK")
                    ]
                    add(f["file"], iki.defect, "error", sh, ic["BAIK"], alt_cells=alts)
        if "angka-kredit-tidak-valid" in p.file_defects:
            add(f["file"], "angka-kredit-tidak-valid", "error", info["ak_sheet"], info["ak_first"])
        if "pangkat-tidak-dikenal" in p.file_defects:
            add(f["file"], "pangkat-tidak-dikenal", "error", sh, info["peg_PANGKAT/GOL RUANG"])
        if p.pppk:
            boleh[f["file"]] += [
                {
                    "code": "pangkat-tidak-dikenal",
                    "severity": "error",
                    "cell": info["peg_PANGKAT/GOL RUANG"],
                    "why": "golongan PPPK: SPEC §5 hanya memuat pangkat PNS (PP 99/2000)",
                },
                {
                    "code": "jenjang-golongan-tidak-sesuai",
                    "severity": "peringatan",
                    "cell": info["peg_JABATAN"],
                    "why": "rentang golongan jenjang JF di SPEC §5 hanya untuk golongan PNS",
                },
            ]

    # superior-side findings: rk-atasan-tidak-diintervensi, kesetaraan, target kaskade
    subs_by_pen: dict[str, list[dict[str, Any]]] = {}
    for f in files:
        p = f["person"]
        if p.penilai is None:
            continue
        pen_nip = re.sub(r"\D", "", p.penilai_nip_written or p.penilai.nip)
        subs_by_pen.setdefault(pen_nip, []).append(f)
    for f in files:
        p = f["person"]
        subs = subs_by_pen.get(re.sub(r"\D", "", p.nip_written), [])
        if not subs or len(by_nip[f["nip_digits"]]) > 1:
            continue
        cited = set()
        for s in subs:
            for r in s["person"].ku:
                if r.cite_kind == "direct" and r.cite is not None:
                    cited.add(id(r.cite))
        info = infos[f["file"]]
        for r, cells, _ in info["rk_cells"]:
            if not r.tambahan and id(r) not in cited:
                add(f["file"], "rk-atasan-tidak-diintervensi", "peringatan", info["sheet"], cells["rk"])
        if p.matriks and not p.matriks["balanced"]:
            add(
                f["file"],
                "target-kaskade-tidak-seimbang",
                "peringatan",
                None,
                None,
                alt_files=[g["file"] for g in files if g["person"] in p.matriks["members"]],
            )
    for f in files:
        p = f["person"]
        if p.kesetaraan_kecil:
            peers = [
                g["file"]
                for g in files
                if g["person"] is not p
                and g["person"].penilai is p.penilai
                and g["person"].jabatan == p.jabatan
            ]
            add(f["file"], "kesetaraan-tidak-seimbang", "peringatan", None, None, alt_files=peers)

    out_files = []
    for f in files:
        p = f["person"]
        d = defects[f["file"]]
        clean = not any(x["severity"] in ("error", "peringatan") for x in d)
        out_files.append(
            {
                "file": f["file"],
                "form": p.form,
                "clean": clean,
                "defects": d,
                "boleh": boleh[f["file"]],
                "nip": f["nip_digits"],
                "nip_penilai": None
                if p.penilai is None
                else re.sub(r"\D", "", p.penilai_nip_written or p.penilai.nip),
                "periode": f["periode"],
                "jabatan": p.jabatan,
                "variasi": sorted(set(p.variasi)),
                "peristiwa": sorted(
                    set(p.peristiwa) | ({"ganda:" + f["ganda"]} if f.get("ganda") else set())
                ),
            }
        )
    # who did not submit, by daftar row
    submitted = {f["nip_digits"] for f in files}
    belum, boleh_tercantum, tidak_wajib = [], [], []
    for row in daftar_rows:
        p = row["person"]
        entry = {"nip": p.nip, "nama": p.nama, "unit": p.opd, "baris": row["baris"], "status": p.status}
        if p.nip in submitted:
            continue
        if getattr(p, "nip_typo", False):
            boleh_tercantum.append(
                {
                    **entry,
                    "why": "mengirim, tetapi NIP di SKP salah ketik: menurut NIP belum "
                    "mengirim, menurut orangnya sudah",
                }
            )
        elif p.status == "Tugas Belajar":
            boleh_tercantum.append({**entry, "why": "SPEC §9: tugas belajar ditandai [interpretation]"})
        elif p.status != "Aktif":
            tidak_wajib.append(entry)
        else:
            belum.append(entry)
    return {
        "set": "nyata_bv",
        "seed": SEED,
        "tahun": TAHUN,
        "daftar": DAFTAR_REL,
        "belum_mengirim": belum,
        "boleh_tercantum": boleh_tercantum,
        "tidak_wajib": tidak_wajib,
        "files": sorted(out_files, key=lambda m: m["file"]),
    }


if __name__ == "__main__":
    sys.exit(main())
