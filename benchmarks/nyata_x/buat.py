"""Build the held-out batch set ``nyata_x``: one year of BPKAD Kota Tanjung Sari's SKP submissions as the
HR folder holds them (subfolders per bidang, semester and triwulan SKP of people who moved or were promoted,
a Plt. and a Plh. superior, duplicates, a plan and its Penilaian in two files, and the non-SKP files HR gets
in the same folder). Deterministic; written from SPEC §2–§5, §7, §8 and docs only (no product code read).

Usage: ``python benchmarks/nyata_x/buat.py [--keluaran DIR] [--harapan FILE]``.

The organisation is modelled first (who rates whom, for which period, which superior RK each RK cites and
how it was copied); every workbook is then laid out in a cell grid, so the cell of every value and every
injected defect is known, and the batch-scope expectations are computed from the model.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import shutil
import sys
from pathlib import Path
from typing import Any

import openpyxl
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import bank  # noqa: E402

SEED = 20261206
A = "kaban_a"

# ---------------------------------------------------------------------------------------------------------
# The submissions. ``rk``: (own RK key, cited superior RK, copy variant). A cited RK is ("jpt", person, i),
# ("rk", key) for a JA/JF RK text, ("teks", text) for a text nobody has, or None (left empty).
# ---------------------------------------------------------------------------------------------------------


def jpt(person: str, i: int) -> tuple:
    return ("jpt", person, i)


def rk(key: str) -> tuple:
    return ("rk", key)


S: list[dict[str, Any]] = [
    # 00 Pimpinan: the Kepala Badan changed on 1 July; both are rated by the Sekretaris Daerah (not sent)
    dict(
        id="kaban_a",
        who="kaban_a",
        form="jpt-dasar",
        periode="s1",
        penilai="sekda",
        file="00 Pimpinan/SKP Kaban Jan-Jun 2026 - Hendra Kusumawijaya.xlsx",
        defects=["manual-formula-kosong"],
    ),
    dict(
        id="kaban_b",
        who="kaban_b",
        form="jpt-pengembangan",
        periode="s2",
        penilai="sekda",
        file="00 Pimpinan/SKP KEPALA BADAN 2026 (Juli-Desember).xlsx",
    ),
    # 01 Sekretariat
    dict(
        id="sek",
        who="sek",
        form="ja-pengembangan",
        periode="tahun",
        penilai=A,
        file="01 Sekretariat/SKP 2026 Sekretaris - Agus Salim Harahap.xlsx",
        rk=[
            ("sek1", jpt(A, 3), "persis"),
            ("sek2", jpt(A, 0), "spasi"),
            ("sek3", jpt(A, 1), "persis"),
            ("sek4", jpt(A, 2), "titik"),
            ("sek5", jpt(A, 2), "persis"),
        ],
    ),
    dict(
        id="kasub_umum",
        who="kasub_umum",
        form="ja-dasar",
        periode="tahun",
        penilai="sek",
        file="01 Sekretariat/Subbag Umum dan Kepegawaian/SKP_2026_Rina_Marlina.xlsx",
        rk=[("umum1", rk("sek1"), "persis"), ("umum2", rk("sek1"), "nomor"), ("umum3", rk("sek1"), "kecil")],
    ),
    dict(
        id="peng_umum",
        who="peng_umum",
        form="ja-dasar",
        periode="tahun",
        penilai="kasub_umum",
        file="01 Sekretariat/Subbag Umum dan Kepegawaian/skp lestari handayani 2026.xlsx",
        rk=[("pu1", rk("umum3"), "titik"), ("pu2", rk("umum1"), "persis")],
        defects=["target-kosong"],
    ),
    dict(
        id="arsiparis",
        who="arsiparis",
        form="jf-dasar",
        periode="tahun",
        penilai="kasub_umum",
        file="01 Sekretariat/Subbag Umum dan Kepegawaian/198907192012031003_SKP.xlsx",
        rk=[("ars1", rk("umum1"), "baris"), ("ars2", rk("umum1"), "nomor")],
        defects=["butir-hilang"],
    ),
    dict(
        id="prakom_a",
        who="prakom",
        form="jf-dasar",
        periode="tw1",
        penilai="kasub_umum",
        file="01 Sekretariat/Subbag Umum dan Kepegawaian/SKP Triwulan I 2026 - Andika Saputra.xlsx",
        rk=[("prk1", rk("umum2"), "persis"), ("prk2", rk("umum3"), "spasi")],
    ),
    dict(
        id="kepeg",
        who="kepeg",
        form="ja-dasar",
        periode="tahun",
        penilai="kasub_umum",
        file="01 Sekretariat/Subbag Umum dan Kepegawaian/SKP 2026 - Nur Aisyah Putri.xlsx",
        rk=[("kp1", rk("umum2"), "kapital"), ("kp2", rk("umum2"), "typo")],
    ),
    dict(
        id="kepeg_pen",
        who="kepeg",
        form="ja-dasar",
        periode="tahun",
        penilai="kasub_umum",
        file="01 Sekretariat/Subbag Umum dan Kepegawaian/Penilaian SKP 2026 - Nur Aisyah Putri.xlsx",
        penilaian_of="kepeg",
        defects=["realisasi-kosong"],
    ),
    dict(
        id="keu_lama",
        who="kasub_keu_lama",
        form="ja-dasar",
        periode="s1",
        penilai="sek",
        file="01 Sekretariat/Subbag Keuangan/SKP Kasubbag Keuangan Jan-Jun 2026.xlsx",
        rk=[("keu1", rk("sek3"), "persis"), ("keu2", rk("sek3"), "spasi"), ("keu3", rk("sek3"), "nomor")],
    ),
    dict(
        id="dewi_a",
        who="dewi",
        form="ja-dasar",
        periode="s1",
        penilai="keu_lama",
        file="01 Sekretariat/Subbag Keuangan/SKP Jan-Jun 2026 - Dewi Anggraini.xlsx",
        rk=[("dewi1", rk("keu1"), "persis"), ("dewi2", rk("keu2"), "kecil"), ("dewi3", rk("keu3"), "nomor")],
    ),
    dict(
        id="dewi_b",
        who="dewi",
        form="ja-pengembangan",
        periode="s2",
        penilai="sek",
        jabatan="Kepala Subbagian Keuangan",
        file="01 Sekretariat/Subbag Keuangan/SKP Jul-Des 2026 - Dewi Anggraini (Kasubbag).xlsx",
        rk=[("keu1b", rk("sek3"), "titik"), ("keu2", rk("sek3"), "baris"), ("keu3b", rk("sek3"), "persis")],
        defects=["pantau-kosong"],
    ),
    dict(
        id="bend_a",
        who="bendahara",
        form="ja-dasar",
        periode="s1",
        penilai="keu_lama",
        file="01 Sekretariat/Subbag Keuangan/SKP Sem I - M Rizki Pratama.xlsx",
        rk=[("bend1", rk("keu1"), "spasi"), ("bend2", rk("keu2"), "persis")],
    ),
    dict(
        id="bend_b",
        who="bendahara",
        form="ja-dasar",
        periode="s2",
        penilai="dewi_b",
        file="01 Sekretariat/Subbag Keuangan/SKP Sem II - M Rizki Pratama.xlsx",
        rk=[("bend1", rk("keu1b"), "persis"), ("bend2", rk("keu2"), "kecil")],
    ),
    dict(
        id="lap_a",
        who="penata_lap",
        form="ja-dasar",
        periode="s1",
        penilai="keu_lama",
        file="01 Sekretariat/Subbag Keuangan/SKP SITI KHADIJAH SEMESTER 1.xlsx",
        rk=[("lap1", rk("keu3"), "persis"), ("lap2", rk("keu2"), "typo")],
        defects=["target-angka-saja"],
    ),
    dict(
        id="lap_b",
        who="penata_lap",
        form="ja-dasar",
        periode="s2",
        penilai="dewi_b",
        file="01 Sekretariat/Subbag Keuangan/SKP SITI KHADIJAH SEMESTER 2.xlsx",
        rk=[("lap1", rk("keu3b"), "nomor"), ("lap2", rk("keu1b"), "spasi")],
    ),
    dict(
        id="peng_keu2",
        who="peng_keu2",
        form="ja-dasar",
        periode="tahun",
        penilai="keu_lama",
        file="01 Sekretariat/Subbag Keuangan/SKP 2026 - Yusuf Ramadhan.xlsx",
        rk=[("pk21", rk("keu2"), "persis"), ("pk22", rk("keu1"), "kapital")],
    ),
    dict(
        id="perencana",
        who="perencana",
        form="jf-pengembangan",
        periode="tahun",
        penilai="kasub_renc",
        file="01 Sekretariat/Subbag Perencanaan/SKP 2026 Larasati Wulandari Perencana.xlsx",
        rk=[
            ("ren1", ("teks", "Dokumen perencanaan badan yang berkualitas"), "persis"),
            ("ren2", ("teks", "Laporan kinerja badan yang akuntabel"), "persis"),
        ],
        defects=["sb-sama-target"],
    ),
    dict(
        id="adm_renc",
        who="adm_renc",
        form="ja-dasar",
        periode="tahun",
        penilai="kasub_renc",
        file="01 Sekretariat/Subbag Perencanaan/SKP 2026 Teguh Wibowo.xlsx",
        rk=[
            ("adr1", ("teks", "Laporan kinerja badan yang akuntabel"), "persis"),
            ("adr2", ("teks", "Dokumen perencanaan badan yang berkualitas"), "persis"),
        ],
        defects=["iki-semua"],
    ),
    # 02 Bidang Anggaran
    dict(
        id="kabid_ang",
        who="kabid_ang",
        form="ja-pengembangan",
        periode="tahun",
        penilai=A,
        file="02 Bidang Anggaran/SKP 2026 - Ahmad Fauzi (Kabid Anggaran).xlsx",
        rk=[("ang1", jpt(A, 0), "persis"), ("ang2", jpt(A, 0), "nomor"), ("ang3", jpt(A, 1), "persis")],
    ),
    dict(
        id="aa1",
        who="aa1",
        form="ja-dasar",
        periode="tahun",
        penilai="kabid_ang",
        file="02 Bidang Anggaran/SKP 2026 - Rahmat Hidayat.xlsx",
        rk=[("aa_1", rk("ang2"), "persis"), ("aa_2", rk("ang1"), "spasi")],
    ),
    dict(
        id="aa1_pen",
        who="aa1",
        form="ja-dasar",
        periode="tahun",
        penilai="kabid_ang",
        file="02 Bidang Anggaran/Penilaian SKP 2026 - Rahmat Hidayat.xlsx",
        penilaian_of="aa1",
    ),
    dict(
        id="aa2",
        who="aa2",
        form="ja-dasar",
        periode="tahun",
        penilai="kabid_ang",
        file="02 Bidang Anggaran/SKP 2026 - Putri Ayu Lestari.xlsx",
        rk=[
            ("aa_3", rk("ang3"), "nomor"),
            ("aa_4", ("teks", "Tersedianya sistem informasi keuangan daerah yang terintegrasi"), "salah"),
        ],
    ),
    dict(
        id="aa3",
        who="aa3",
        form="ja-dasar",
        periode="tahun",
        penilai="kabid_ang",
        file="02 Bidang Anggaran/SKP 2026 - Hendri Gunawan.xlsx",
        rk=[("aa_1", rk("ang2"), "typo"), ("aa_4", rk("ang3"), "kapital")],
    ),
    dict(
        id="akpd1",
        who="akpd1",
        form="jf-dasar",
        periode="tahun",
        penilai="kabid_ang",
        file="02 Bidang Anggaran/SKP AKPD Ahli Pertama 2026 - Indah Permatasari.xlsx",
        rk=[("akp1", rk("ang1"), "baris"), ("akp2", rk("ang3"), "titik")],
        defects=["ak-nol"],
    ),
    dict(
        id="wahyu_a",
        who="wahyu",
        form="jf-pengembangan",
        periode="s1",
        penilai="kabid_ang",
        file="02 Bidang Anggaran/SKP Semester I 2026 - Wahyu Setiawan.xlsx",
        rk=[("wah1", rk("ang1"), "persis"), ("wah2", rk("ang2"), "kecil"), ("wah3", rk("ang3"), "persis")],
    ),
    dict(
        id="olah_data",
        who="olah_data",
        form="ja-dasar",
        periode="tahun",
        penilai="kabid_ang",
        file="02 Bidang Anggaran/skp_sri_rahayu_2026.xlsx",
        rk=[("od1", rk("ang2"), "persis"), ("od2", rk("ang1"), "nomor")],
        defects=["aspek-kosong"],
    ),
    # 03 Bidang Perbendaharaan
    dict(
        id="kabid_perb",
        who="kabid_perb",
        form="ja-dasar",
        periode="tahun",
        penilai=A,
        file="03 Bidang Perbendaharaan/SKP 2026 Kabid Perbendaharaan.xlsx",
        rk=[
            ("perb1", jpt(A, 1), "persis"),
            ("perb2", jpt(A, 1), "persis"),
            ("perb3", jpt(A, 1), "kapital"),
            ("perb4", jpt(A, 1), "persis"),
        ],
    ),
    dict(
        id="wahyu_b",
        who="wahyu",
        form="jf-pengembangan",
        periode="s2",
        penilai="kabid_perb",
        file="03 Bidang Perbendaharaan/SKP Semester II 2026 - Wahyu Setiawan.xlsx",
        rk=[
            ("wahb1", rk("perb3"), "persis"),
            ("wahb2", rk("perb2"), "titik"),
            ("wahb3", rk("perb1"), "persis"),
        ],
    ),
    dict(
        id="sp2d",
        who="sp2d",
        form="ja-dasar",
        periode="tahun",
        penilai="kabid_perb",
        file="03 Bidang Perbendaharaan/SKP 2026 - Maya Sari Dewi.xlsx",
        rk=[("sp1", rk("perb1"), "spasi"), ("sp2", rk("perb2"), "persis")],
        ganda="sp2d_copy",
    ),
    dict(
        id="sp2d_copy",
        who="sp2d",
        form="ja-dasar",
        periode="tahun",
        penilai="kabid_perb",
        file="03 Bidang Perbendaharaan/SKP 2026 - Maya Sari Dewi - Copy.xlsx",
        copy_of="sp2d",
        ganda="sp2d",
    ),
    dict(
        id="verif",
        who="verif",
        form="ja-dasar",
        periode="tahun",
        penilai="kabid_ang",
        penilai_jabatan="Plh. Kepala Bidang Perbendaharaan",
        penilai_unit="Bidang Perbendaharaan",
        file="03 Bidang Perbendaharaan/SKP 2026 Dedi Kurniawan.xlsx",
        rk=[("vf1", rk("perb1"), "persis"), ("vf2", rk("perb1"), "persis")],
    ),
    dict(
        id="prakom_t",
        who="prakom_t",
        form="jf-dasar",
        periode="tahun",
        penilai="kabid_perb",
        file="03 Bidang Perbendaharaan/SKP 2026 Fitri Handayani.xlsx",
        rk=[("pkt1", rk("perb4"), "persis"), ("pkt2", rk("perb4"), "baris")],
        ganda="prakom_t_rev",
    ),
    dict(
        id="prakom_t_rev",
        who="prakom_t",
        form="jf-dasar",
        periode="tahun",
        penilai="kabid_perb",
        file="03 Bidang Perbendaharaan/SKP revisi 2.xlsx",
        copy_of="prakom_t",
        revisi=True,
        ganda="prakom_t",
    ),
    dict(
        id="an_perb",
        who="an_perb",
        form="ja-dasar",
        periode="tahun",
        penilai="kabid_perb",
        file="03 Bidang Perbendaharaan/SKP 2026 - Rudi Hartono.xlsx",
        rk=[("anp1", rk("perb2"), "typo"), ("anp2", None, "kosong")],
    ),
    # 04 Bidang Aset: no Kepala Bidang; the Sekretaris is Plt. (his SKP carries the bidang's RK as direktif)
    dict(
        id="an_bmd",
        who="an_bmd",
        form="ja-pengembangan",
        periode="tahun",
        penilai="sek",
        penilai_jabatan="Plt. Kepala Bidang Aset",
        penilai_unit="Bidang Aset",
        file="04 Bidang Aset/SKP 2026 Ratna Juwita.xlsx",
        rk=[("bmd1", rk("sek4"), "kapital"), ("bmd2", rk("sek5"), "spasi")],
        defects=["kategori-kosong"],
    ),
    dict(
        id="peng_bmd",
        who="peng_bmd",
        form="ja-dasar",
        periode="tahun",
        penilai="sek",
        penilai_jabatan="Plt. Kepala Bidang Aset",
        penilai_unit="Bidang Aset",
        file="04 Bidang Aset/SKP 2026 Joko Prasetyo.xlsx",
        rk=[("pbmd1", rk("sek4"), "typo"), ("pbmd2", rk("sek4"), "kecil")],
    ),
    dict(
        id="prakom_b",
        who="prakom",
        form="jf-pengembangan",
        periode="tw24",
        penilai="sek",
        penilai_jabatan="Plt. Kepala Bidang Aset",
        penilai_unit="Bidang Aset",
        jabatan="Pranata Komputer Ahli Pertama",
        unit="Bidang Aset",
        file="04 Bidang Aset/SKP Triwulan II-IV 2026 - Andika Saputra.xlsx",
        rk=[("prk3", rk("sek4"), "persis"), ("prk2", rk("umum3"), "basi")],
    ),
    dict(
        id="pengurus",
        who="pengurus",
        form="ja-dasar",
        periode="tahun",
        penilai="sek",
        penilai_jabatan="Plt. Kepala Bidang Aset",
        penilai_unit="Bidang Aset",
        file="04 Bidang Aset/SKP 2026 Agustina Simanjuntak.xlsx",
        rk=[("pgb1", rk("sek4"), "persis"), ("pgb2", rk("sek4"), "titik")],
        defects=["target-kata"],
    ),
    dict(
        id="adm_aset",
        who="adm_aset",
        form="ja-dasar",
        periode="tahun",
        penilai="sek",
        penilai_jabatan="Plt. Kepala Bidang Aset",
        penilai_unit="Bidang Aset",
        file="04 Bidang Aset/SKP 2026 Imam Syafii.xlsx",
        rk=[("adm1", rk("sek5"), "baris"), ("adm2", rk("sek4"), "nomor")],
    ),
    # ---- second round (added after the first measurement, still without reading product code) ----
    # a PPPK on four triwulan SKP; periods written four ways; one penilai NIP written with dots
    dict(
        id="pppk1",
        who="pppk",
        form="ja-dasar",
        periode="tw1",
        penilai="kabid_ang",
        nip_titik=True,
        file="02 Bidang Anggaran/PPPK/SKP TW I 2026 Nanda Pratiwi.xlsx",
        rk=[("ppk1", rk("ang3"), "persis"), ("ppk2", rk("ang1"), "spasi")],
    ),
    dict(
        id="pppk2",
        who="pppk",
        form="ja-dasar",
        periode="tw2",
        penilai="kabid_ang",
        pvar=2,
        file="02 Bidang Anggaran/PPPK/SKP TW II 2026 Nanda Pratiwi.xlsx",
        rk=[("ppk1", rk("ang3"), "persis"), ("ppk2", rk("ang1"), "persis")],
    ),
    dict(
        id="pppk3",
        who="pppk",
        form="ja-dasar",
        periode="tw3",
        penilai="kabid_ang",
        pvar=3,
        file="02 Bidang Anggaran/PPPK/SKP TW III 2026 Nanda Pratiwi.xlsx",
        rk=[("ppk1", rk("ang3"), "titik"), ("ppk2", rk("ang1"), "persis")],
    ),
    dict(
        id="pppk4",
        who="pppk",
        form="ja-dasar",
        periode="tw4",
        penilai="kabid_ang",
        file="02 Bidang Anggaran/PPPK/SKP TW IV 2026 NANDA PRATIWI.XLSX",
        rk=[("ppk1", rk("ang3"), "persis"), ("ppk2", rk("ang1"), "kapital")],
        defects=["rk-sama"],
    ),
    # the whole year rated by the Kasubbag promoted on 1 July (her two SKP: staff s1, Kasubbag s2)
    dict(
        id="gaji",
        who="gaji",
        form="ja-dasar",
        periode="tahun",
        penilai="dewi_b",
        file="01 Sekretariat/Subbag Keuangan/SKP 2026 - Andi Firmansyah.xlsx",
        rk=[("gj1", rk("keu1b"), "persis"), ("gj2", rk("keu3b"), "nomor")],
    ),
    # the superior's plan and Penilaian in two files (the Penilaian first by path)
    dict(
        id="kabid_perb_pen",
        who="kabid_perb",
        form="ja-dasar",
        periode="tahun",
        penilai=A,
        file="03 Bidang Perbendaharaan/Penilaian SKP 2026 Kabid Perbendaharaan.xlsx",
        penilaian_of="kabid_perb",
    ),
    # the definitive Kepala Bidang Aset from 1 October, rated by the new Kepala Badan
    dict(
        id="kabid_aset",
        who="kabid_aset",
        form="ja-pengembangan",
        periode="tw4",
        penilai="kaban_b",
        file="04 Bidang Aset/SKP Kabid Aset Okt-Des 2026.xlsx",
        rk=[
            ("aset1", jpt("kaban_b", 3), "persis"),
            ("aset2", jpt("kaban_b", 1), "spasi"),
            ("aset3", jpt("kaban_b", 2), "persis"),
            ("aset4", jpt("kaban_b", 0), "nomor"),
        ],
    ),
]
BY_ID = {s["id"]: s for s in S}
TAMBAHAN_OF = {s["id"]: i % len(bank.TAMBAHAN) for i, s in enumerate(S)}

NOT_SKP = [
    ("Rekap Pengumpulan SKP BPKAD 2026.xlsx", "rekap"),
    ("01 Sekretariat/Subbag Keuangan/Daftar Hadir Dialog Kinerja 1 Juli 2026.xlsx", "hadir"),
    ("02 Bidang Anggaran/SKP 2026 - Hendri Gunawan (1).xlsx", "kosong"),
]
NOT_READ = [
    "02 Bidang Anggaran/~$SKP 2026 - Putri Ayu Lestari.xlsx",
    "desktop.ini",
    "03 Bidang Perbendaharaan/desktop.ini",
    "04 Bidang Aset/Surat Pengantar SKP Bidang Aset 2026.pdf",
    "__MACOSX/04 Bidang Aset/._SKP 2026 Imam Syafii.xlsx",
]

# ---------------------------------------------------------------------------------------------------------
# Identity, text helpers
# ---------------------------------------------------------------------------------------------------------


def nip_of(who: str, spaced: bool = False) -> str:
    birth, tmt, g, seq = bank.ORANG[who]["nip"]
    if spaced:
        return f"{birth} {tmt} {g} {seq:03d}"
    return f"{birth}{tmt}{g}{seq:03d}"


MONTHS = [
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


def periode_dates(key: str) -> tuple[dt.datetime, dt.datetime]:
    a, b, _ = bank.PERIODE[key]
    (d1, m1), (d2, m2) = a.split(), b.split()
    return (
        dt.datetime(bank.TAHUN, MONTHS.index(m1) + 1, int(d1)),
        dt.datetime(bank.TAHUN, MONTHS.index(m2) + 1, int(d2)),
    )


def periode_text(key: str, variant: int) -> str:
    a, b, _ = bank.PERIODE[key]
    if variant == 2:
        x, y = periode_dates(key)
        return f"PERIODE PENILAIAN : {x:%d-%m-%Y} s/d {y:%d-%m-%Y}"
    if variant == 1:
        return f"Periode Penilaian : {a.title()} s.d. {b.title()} {bank.TAHUN}"
    return f"PERIODE PENILAIAN: {a} SD {b} {bank.TAHUN}"


def cited_text(ref: tuple | None) -> str | None:
    if ref is None:
        return None
    if ref[0] == "jpt":
        rows = bank.RK_KABAN_A if ref[1] == "kaban_a" else bank.RK_KABAN_B
        return rows[ref[2]][1]
    if ref[0] == "rk":
        return bank.RK[ref[1]][0]
    return ref[1]


def typo(text: str) -> str:
    """Drop one letter from the longest word (a slip of the keyboard)."""
    words = text.split(" ")
    i = max(range(len(words)), key=lambda k: len(words[k]))
    w = words[i]
    words[i] = w[:3] + w[4:]
    return " ".join(words)


def copy_as(text: str, variant: str) -> str:
    """A superior's RK as a person copies it into column 2 (SPEC §7 allows all but ``salah``/``basi``)."""
    if variant == "spasi":
        return "  " + text.replace(" yang ", "  yang ", 1) + " "
    if variant == "nomor":
        return "1. " + text
    if variant == "titik":
        return text + "."
    if variant == "baris":
        words = text.split(" ")
        half = len(words) // 2
        return " ".join(words[:half]) + "\n" + " ".join(words[half:])
    if variant == "kapital":
        return text.upper()
    if variant == "kecil":
        return text[0].lower() + text[1:]
    if variant == "typo":
        return typo(text)
    return text


def kategori(n: float, satuan: str, lower_better: bool) -> list[str]:
    """Five levels (SANGAT KURANG … SANGAT BAIK) that separate: BAIK is the target itself."""

    def f(x: float) -> str:
        return f"{int(x)}" if float(x).is_integer() else f"{x:.1f}".replace(".", ",")

    u = f" {satuan}"
    if lower_better:
        c_hi = math.ceil(n * 1.2)
        k_hi = math.ceil(n * 1.5)
        return [
            f"> {k_hi}{u}",
            f"{c_hi + 1} - {k_hi}{u}",
            f"{int(n) + 1} - {c_hi}{u}",
            f"{f(n)}{u}",
            f"< {f(n)}{u}",
        ]
    k_lo = math.ceil(n * 0.5)
    c_lo = math.ceil(n * 0.8)
    assert k_lo < c_lo <= n - 1, (n, satuan)

    def band(lo: int, hi: int) -> str:
        return f"{lo}{u}" if lo == hi else f"{lo} - {hi}{u}"

    return [f"< {k_lo}{u}", band(k_lo, c_lo - 1), band(c_lo, int(n) - 1), f"{f(n)}{u}", f"> {f(n)}{u}"]


def ikis_of(key: str) -> list[dict[str, Any]]:
    """Three IKI per RK, one per aspek (kuantitas, kualitas, waktu)."""
    _, obj, satuan, n, verb, qual = bank.RK[key]
    kuant = f"Jumlah {obj}" if obj.endswith(verb) else f"Jumlah {obj} yang {verb}"
    return [
        dict(aspek="Kuantitas", iki=kuant, n=n, satuan=satuan, lower=False),
        dict(aspek="Kualitas", iki=f"Persentase {obj} {qual}", n=90, satuan="%", lower=False),
        dict(aspek="Waktu", iki=f"Rata-rata waktu penyelesaian {obj}", n=10, satuan="hari kerja", lower=True),
    ]


def target_text(i: dict[str, Any]) -> str:
    return f"{i['n']} {i['satuan']}"


# ---------------------------------------------------------------------------------------------------------
# Cell grid
# ---------------------------------------------------------------------------------------------------------


class Grid:
    def __init__(self, title: str) -> None:
        self.title = title
        self.cells: dict[tuple[int, int], Any] = {}
        self.merges: list[tuple[int, int, int, int]] = []
        self.widths: dict[int, float] = {}
        self.bold: set[tuple[int, int]] = set()
        self.formats: dict[tuple[int, int], str] = {}

    def put(self, r: int, c: int, v: Any, bold: bool = False) -> str:
        self.cells[(r, c)] = v
        if bold:
            self.bold.add((r, c))
        return f"{get_column_letter(c)}{r}"

    def merge(self, r1: int, c1: int, r2: int, c2: int) -> None:
        if (r1, c1) != (r2, c2):
            self.merges.append((r1, c1, r2, c2))

    def write(self, ws: Any) -> None:
        for (r, c), v in sorted(self.cells.items()):
            cell = ws.cell(row=r, column=c, value=v)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            if (r, c) in self.bold:
                cell.font = Font(bold=True)
            if (r, c) in self.formats:
                cell.number_format = self.formats[(r, c)]
        for r1, c1, r2, c2 in self.merges:
            ws.merge_cells(start_row=r1, start_column=c1, end_row=r2, end_column=c2)
        for c, w in self.widths.items():
            ws.column_dimensions[get_column_letter(c)].width = w


def cell(r: int, c: int) -> str:
    return f"{get_column_letter(c)}{r}"


def header(g: Grid, s: dict[str, Any], title: str, last_col: int, pvariant: int) -> dict[str, str]:
    """Title, agency, period and the two identity blocks (rows 1–10); the cells of the NIPs."""
    who = bank.ORANG[s["who"]]
    g.put(1, 1, title, bold=True)
    g.merge(1, 1, 1, last_col)
    g.put(2, 1, bank.INSTANSI, bold=True)
    g.merge(2, 1, 2, last_col)
    if pvariant == 3:  # the period as two date cells
        x, y = periode_dates(s["periode"])
        g.put(3, 1, "PERIODE PENILAIAN")
        g.merge(3, 1, 3, 2)
        g.put(3, 3, x)
        g.put(3, 4, "s.d.")
        g.put(3, 5, y)
        g.formats[(3, 3)] = g.formats[(3, 5)] = "dd mmmm yyyy"
    else:
        g.put(3, 1, periode_text(s["periode"], pvariant))
        g.merge(3, 1, 3, last_col)
    g.put(5, 1, "NO", bold=True)
    g.put(5, 2, "PEGAWAI YANG DINILAI", bold=True)
    g.merge(5, 2, 5, 3)
    g.put(5, 4, "NO", bold=True)
    g.put(5, 5, "PEJABAT PENILAI KINERJA", bold=True)
    g.merge(5, 5, 5, max(6, last_col))
    pen_id = s["penilai"]
    pen_who = BY_ID[pen_id]["who"] if pen_id in BY_ID else pen_id
    pen = bank.ORANG[pen_who]
    pen_jab = (
        s.get("penilai_jabatan")
        or (BY_ID[pen_id].get("jabatan") if pen_id in BY_ID else None)
        or pen["jabatan"]
    )
    pen_unit = (
        s.get("penilai_unit") or (BY_ID[pen_id].get("unit") if pen_id in BY_ID else None) or pen["unit"]
    )
    spaced = s.get("revisi", False)
    mine = [
        who["nama"],
        nip_of(s["who"], spaced),
        who["pangkat"],
        s.get("jabatan") or who["jabatan"],
        s.get("unit") or who["unit"],
    ]
    pen_nip = nip_of(pen_who, True).replace(" ", ".") if s.get("nip_titik") else nip_of(pen_who, True)
    theirs = [pen["nama"], pen_nip, pen["pangkat"], pen_jab, pen_unit]
    labels = ["NAMA", "NIP", "PANGKAT/GOL RUANG", "JABATAN", "UNIT KERJA"]
    for k in range(5):
        g.put(6 + k, 1, k + 1)
        g.put(6 + k, 2, labels[k])
        g.put(6 + k, 3, mine[k])
        g.put(6 + k, 4, k + 1)
        g.put(6 + k, 5, labels[k])
        g.put(6 + k, 6, theirs[k])
        if last_col > 6:
            g.merge(6 + k, 6, 6 + k, last_col)
    return {"nip": "C7", "nip_penilai": "F7"}


def footer(g: Grid, r: int, s: dict[str, Any], left: int, right: int) -> None:
    who = bank.ORANG[s["who"]]
    pen_id = s["penilai"]
    pen_who = BY_ID[pen_id]["who"] if pen_id in BY_ID else pen_id
    pen = bank.ORANG[pen_who]
    awal = bank.PERIODE[s["periode"]][0].title()
    g.put(r, right, f"{bank.KOTA}, {awal} {bank.TAHUN}")
    g.put(r + 1, left, "Pejabat Penilai Kinerja,")
    g.put(r + 1, right, "Pegawai yang Dinilai,")
    g.put(r + 5, left, pen["nama"], bold=True)
    g.put(r + 5, right, who["nama"], bold=True)
    g.put(r + 6, left, f"NIP. {nip_of(pen_who, True)}")
    g.put(r + 6, right, f"NIP. {nip_of(s['who'], True)}")


# ---------------------------------------------------------------------------------------------------------
# JA/JF Rencana SKP (and the Penilaian-only workbook)
# ---------------------------------------------------------------------------------------------------------

COLS_DASAR = [
    "NO",
    "RENCANA KINERJA ATASAN LANGSUNG/UNIT KERJA/ORGANISASI",
    "RENCANA KINERJA",
    "ASPEK",
    "INDIKATOR KINERJA INDIVIDU",
    "TARGET",
]
LEVELS = ["SANGAT KURANG", "KURANG", "CUKUP", "BAIK", "SANGAT BAIK"]
PANTAU = ["DATA", "SUMBER DATA", "WAKTU PENGUMPULAN"]
PENILAIAN_COLS = ["REALISASI", "CAPAIAN IKI", "KATEGORI CAPAIAN IKI", "NILAI CAPAIAN IKI"]


def plan_rows(s: dict[str, Any]) -> list[dict[str, Any]]:
    """The RK of a JA/JF submission (Kinerja Utama then one Kinerja Tambahan), each with its IKI."""
    src = BY_ID[s.get("copy_of") or s.get("penilaian_of") or s["id"]]
    rows = []
    for key, ref, variant in src["rk"]:
        atasan = cited_text(ref)
        rows.append(
            dict(
                key=key,
                rk=bank.RK[key][0],
                atasan=copy_as(atasan, variant) if atasan else None,
                ref=ref,
                variant=variant,
                ikis=ikis_of(key),
                utama=True,
            )
        )
    rk_t, iki_t = bank.TAMBAHAN[TAMBAHAN_OF[src["id"]]]
    rows.append(
        dict(
            key="tambahan",
            rk=rk_t,
            atasan=None,
            ref=None,
            variant=None,
            utama=False,
            ikis=[dict(aspek="Kuantitas", iki=iki_t, n=90, satuan="%", lower=False)],
        )
    )
    return rows


def ja_sheet(g: Grid, s: dict[str, Any], rows: list[dict[str, Any]], penilaian: bool) -> dict[str, Any]:
    """Lay out a JA/JF Rencana SKP (or its Penilaian) from row 12; every cell recorded."""
    peng = s["form"].endswith("pengembangan")
    cols = list(COLS_DASAR)
    if peng:
        cols += LEVELS
    if penilaian:
        cols += PENILAIAN_COLS
    if peng and not penilaian:
        cols += PANTAU
    ncol = len(cols)
    title = "PENILAIAN SASARAN KINERJA PEGAWAI" if penilaian else "RENCANA SASARAN KINERJA PEGAWAI"
    pvar = s.get("pvar", 1 if s["id"] in ("lap_a", "lap_b", "bend_b", "aa3") else 0)
    where = header(g, s, title, ncol, pvar)
    if peng:
        for c in range(1, 7):
            g.put(12, c, cols[c - 1], bold=True)
            g.merge(12, c, 13, c)
        g.put(12, 7, "KATEGORI PENILAIAN KINERJA", bold=True)
        g.merge(12, 7, 12, 11)
        for k, lv in enumerate(LEVELS):
            g.put(13, 7 + k, lv, bold=True)
        c0 = 12
        if penilaian:
            for k, lab in enumerate(PENILAIAN_COLS):
                g.put(12, c0 + k, lab, bold=True)
                g.merge(12, c0 + k, 13, c0 + k)
        else:
            g.put(12, c0, "CARA MEMANTAU KINERJA", bold=True)
            g.merge(12, c0, 12, c0 + 2)
            for k, lab in enumerate(PANTAU):
                g.put(13, c0 + k, lab, bold=True)
    else:
        for c, lab in enumerate(cols, start=1):
            g.put(12, c, lab, bold=True)
            g.put(13, c, f"({c})")
    r = 14
    g.put(r, 1, "A. KINERJA UTAMA", bold=True)
    g.merge(r, 1, r, ncol)
    r += 1
    rec: dict[str, Any] = {"rk": [], **where}
    no = 0
    tambahan_done = False
    for item in rows:
        if not item["utama"] and not tambahan_done:
            g.put(r, 1, "B. KINERJA TAMBAHAN", bold=True)
            g.merge(r, 1, r, ncol)
            r += 1
            tambahan_done = True
            no = 0
        no += 1
        first = r
        n = len(item["ikis"])
        g.put(r, 1, no)
        if item["atasan"] is not None:
            g.put(r, 2, item["atasan"])
        g.put(r, 3, item["rk"])
        for c in (1, 2, 3):
            g.merge(first, c, first + n - 1, c)
        ir = []
        for iki in item["ikis"]:
            g.put(r, 4, iki["aspek"])
            g.put(r, 5, iki["iki"])
            g.put(r, 6, target_text(iki))
            cells = {"aspek": cell(r, 4), "iki": cell(r, 5), "target": cell(r, 6), "row": r}
            c = 7
            if peng:
                for k, v in enumerate(kategori(iki["n"], iki["satuan"], iki["lower"])):
                    g.put(r, 7 + k, v)
                cells["kategori"] = [cell(r, 7 + k) for k in range(5)]
                c = 12
            if penilaian:
                g.put(r, c, target_text(iki))
                g.put(r, c + 1, "100 %")
                g.put(r, c + 2, "Baik")
                g.put(r, c + 3, 109)
                cells["realisasi"] = [cell(r, c + k) for k in range(4)]
            ir.append(cells)
            r += 1
        entry = {
            "key": item["key"],
            "rk": cell(first, 3),
            "atasan": cell(first, 2),
            "utama": item["utama"],
            "ikis": ir,
            "first": first,
        }
        if peng and not penilaian:
            d = bank.DATA_PANTAU[(no - 1) % len(bank.DATA_PANTAU)]
            for k in range(3):
                g.put(first, 12 + k, d[k])
                g.merge(first, 12 + k, first + n - 1, 12 + k)
            entry["pantau"] = [cell(first, 12 + k) for k in range(3)]
        rec["rk"].append(entry)
    footer(g, r + 2, s, 2, 5)
    g.widths.update({1: 5, 2: 34, 3: 34, 4: 12, 5: 38, 6: 14})
    return rec


def keterkaitan_sheet(
    g: Grid, s: dict[str, Any], rows: list[dict[str, Any]], skip: str | None, zero: bool
) -> dict[str, Any]:
    """Format Keterkaitan SKP dengan Angka Kredit (SPEC §3.7)."""
    header(g, s, "KETERKAITAN SKP DENGAN ANGKA KREDIT", 5, 0)
    g.put(11, 1, f"TANGGAL PENGAJUAN: 5 {bank.PERIODE[s['periode']][0].split()[1].title()} {bank.TAHUN}")
    for c, lab in enumerate(["NO", "RENCANA KINERJA", "BUTIR KEGIATAN", "OUTPUT", "ANGKA KREDIT"], start=1):
        g.put(13, c, lab, bold=True)
    g.put(14, 1, "KINERJA UTAMA", bold=True)
    g.merge(14, 1, 14, 5)
    jab = s.get("jabatan") or bank.ORANG[s["who"]]["jabatan"]
    family = next(k for k in bank.BUTIR if jab.startswith(k))
    butir = bank.BUTIR[family]
    r = 15
    rec: dict[str, Any] = {"ak": []}
    no = 0
    for i, item in enumerate(x for x in rows if x["utama"]):
        if item["key"] == skip:
            continue
        no += 1
        b = butir[i % len(butir)]
        g.put(r, 1, no)
        g.put(r, 2, item["rk"])
        g.put(r, 3, b[0])
        g.put(r, 4, b[1])
        g.put(r, 5, "0" if zero and no == 1 else b[2])
        rec["ak"].append(cell(r, 5))
        r += 1
    footer(g, r + 2, s, 2, 4)
    g.widths.update({1: 5, 2: 40, 3: 40, 4: 24, 5: 14})
    return rec


# ---------------------------------------------------------------------------------------------------------
# JPT Rencana SKP and Manual Indikator Kinerja
# ---------------------------------------------------------------------------------------------------------


def jpt_sheets(wb: Any, s: dict[str, Any]) -> dict[str, Any]:
    peng = s["form"] == "jpt-pengembangan"
    rows = bank.RK_KABAN_A if s["who"] == "kaban_a" else bank.RK_KABAN_B
    g = Grid("SKP")
    cols = (["PERSPEKTIF"] if peng else []) + [
        "NO",
        "RENCANA KINERJA",
        "INDIKATOR KINERJA INDIVIDU",
        "TARGET",
    ]
    header(g, s, "RENCANA SASARAN KINERJA PEGAWAI", max(6, len(cols)), 0)
    for c, lab in enumerate(cols, start=1):
        g.put(12, c, lab, bold=True)
        g.put(13, c, f"({c})")
    g.put(14, 1, "A. KINERJA UTAMA", bold=True)
    g.merge(14, 1, 14, len(cols))
    off = 1 if peng else 0
    r = 15
    rec: dict[str, Any] = {"iki": []}
    for no, (persp, rk_text, iki, target, _) in enumerate(rows, start=1):
        if peng:
            g.put(r, 1, persp)
        g.put(r, 1 + off, no)
        g.put(r, 2 + off, rk_text)
        g.put(r, 3 + off, iki)
        g.put(r, 4 + off, target)
        rec["iki"].append(cell(r, 3 + off))
        r += 1
    g.put(r, 1, "B. KINERJA TAMBAHAN", bold=True)
    g.merge(r, 1, r, len(cols))
    r += 1
    t_rk, t_iki, t_target, _ = bank.TAMBAHAN_JPT
    g.put(r, 1 + off, 1)
    g.put(r, 2 + off, t_rk)
    g.put(r, 3 + off, t_iki)
    g.put(r, 4 + off, t_target)
    footer(g, r + 3, s, 2, 4 + off)
    g.widths.update({1: 18, 2: 6, 3: 40, 4: 40, 5: 14} if peng else {1: 6, 2: 40, 3: 40, 4: 14})
    g.write(wb.active)
    wb.active.title = "SKP"

    m = Grid("Manual IKI")
    m.put(1, 1, "MANUAL INDIKATOR KINERJA", bold=True)
    m.merge(1, 1, 1, 3)
    m.put(2, 1, bank.INSTANSI)
    m.merge(2, 1, 2, 3)
    labels = [
        "RENCANA KINERJA",
        "DESKRIPSI RENCANA KINERJA",
        "INDIKATOR KINERJA INDIVIDU",
        "DEFINISI IKI",
        "FORMULA",
        "TUJUAN",
        "SATUAN PENGUKURAN",
        "JENIS ASPEK TARGET",
        "TINGKAT KENDALI IKI",
        "SUMBER DATA",
        "PERIODE PELAPORAN",
    ]
    r = 4
    rec["manual"] = []
    items = [(x[1], x[2], x[4]) for x in rows] + [(t_rk, t_iki, bank.TAMBAHAN_JPT[3])]
    for k, (rk_text, iki, man) in enumerate(items, start=1):
        deskripsi, definisi, formula, tujuan, satuan = man
        values = [
            rk_text,
            deskripsi,
            iki,
            definisi,
            formula,
            tujuan,
            satuan,
            "Kuantitas",
            "Tinggi",
            "Laporan BPKAD",
            "Triwulanan",
        ]
        m.put(r, 1, f"{k}.", bold=True)
        blk = {}
        for j, (lab, val) in enumerate(zip(labels, values, strict=True)):
            m.put(r + j, 2, lab)
            m.put(r + j, 3, val)
            blk[lab] = cell(r + j, 3)
        rec["manual"].append(blk)
        r += len(labels) + 1
    m.widths.update({1: 5, 2: 30, 3: 70})
    ws = wb.create_sheet("Manual IKI")
    m.write(ws)
    return rec


# ---------------------------------------------------------------------------------------------------------
# Defects (file scope), applied to the grid before it is written
# ---------------------------------------------------------------------------------------------------------


def D(
    code: str,
    severity: str,
    sheet: str | None,
    c: str | None,
    alt: list | None = None,
    alt_files: list | None = None,
) -> dict[str, Any]:
    d: dict[str, Any] = {
        "code": code,
        "severity": severity,
        "sheet": sheet,
        "cell": c,
        "alt_cells": [{"sheet": sh, "cell": x} for sh, x in (alt or [])],
    }
    if alt_files:
        d["alt_files"] = alt_files
    return d


def apply_ja_defect(g: Grid, sheet: str, rec: dict[str, Any], name: str) -> dict[str, Any]:
    def at(a1: str) -> tuple[int, int]:
        col = "".join(ch for ch in a1 if ch.isalpha())
        return int(a1[len(col) :]), openpyxl.utils.column_index_from_string(col)

    rk0 = rec["rk"][0]
    if name == "target-kosong":
        c = rk0["ikis"][1]["target"]
        del g.cells[at(c)]
        return D("iki-tanpa-target", "error", sheet, c)
    if name == "target-angka-saja":
        c = rec["rk"][1]["ikis"][0]["target"]
        r_, c_ = at(c)
        g.cells[(r_, c_)] = str(g.cells[(r_, c_)]).split()[0]
        return D("target-tanpa-satuan", "peringatan", sheet, c)
    if name == "target-kata":
        c = rec["rk"][1]["ikis"][2]["target"]
        g.cells[at(c)] = "Tepat waktu"
        return D("target-tidak-terukur", "error", sheet, c)
    if name == "aspek-kosong":
        c = rk0["ikis"][1]["aspek"]
        del g.cells[at(c)]
        return D("aspek-tidak-valid", "error", sheet, c)
    if name == "iki-semua":
        c = rk0["ikis"][0]["iki"]
        g.cells[at(c)] = "Semua data capaian kinerja program terhimpun sebelum rapat evaluasi"
        return D("target-absolut", "peringatan", sheet, c)
    if name == "sb-sama-target":
        ik = rk0["ikis"][0]
        c = ik["kategori"][4]
        g.cells[at(c)] = g.cells[at(ik["target"])]
        return D("kategori-tidak-membedakan", "error", sheet, c, [(sheet, ik["target"])])
    if name == "kategori-kosong":
        ik = rk0["ikis"][0]
        for c in ik["kategori"]:
            del g.cells[at(c)]
        return D(
            "kategori-penilaian-kosong",
            "error",
            sheet,
            ik["kategori"][3],
            [(sheet, ik["iki"]), (sheet, ik["kategori"][0]), (sheet, ik["target"])],
        )
    if name == "pantau-kosong":
        item = rec["rk"][1]
        for c in item["pantau"]:
            del g.cells[at(c)]
        return D(
            "cara-memantau-kosong",
            "error",
            sheet,
            item["pantau"][0],
            [(sheet, item["pantau"][1]), (sheet, item["pantau"][2]), (sheet, item["rk"])],
        )
    if name == "rk-sama":
        first, second = rec["rk"][0]["rk"], rec["rk"][1]["rk"]
        g.cells[at(second)] = g.cells[at(first)]
        return D("rk-ganda", "peringatan", sheet, second, [(sheet, first)])
    if name == "realisasi-kosong":
        ik = rec["rk"][1]["ikis"][2]
        for c in ik["realisasi"]:
            g.cells.pop(at(c), None)
        return D("realisasi-kosong", "error", sheet, ik["realisasi"][0])
    raise KeyError(name)


# ---------------------------------------------------------------------------------------------------------
# Non-SKP files HR finds in the same folder
# ---------------------------------------------------------------------------------------------------------


def not_skp_workbook(kind: str, path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    if kind == "rekap":
        ws.title = "Rekap"
        ws["A1"] = f"REKAP PENGUMPULAN SKP TAHUN {bank.TAHUN}"
        ws["A2"] = bank.INSTANSI
        heads = ["NO", "NAMA", "NIP", "JABATAN", "UNIT KERJA", "PERIODE", "STATUS", "KETERANGAN"]
        for c, h in enumerate(heads, start=1):
            ws.cell(row=4, column=c, value=h).font = Font(bold=True)
        r = 5
        for no, s in enumerate([x for x in S if not x.get("copy_of") and not x.get("penilaian_of")], start=1):
            who = bank.ORANG[s["who"]]
            a, b, _ = bank.PERIODE[s["periode"]]
            vals = [
                no,
                who["nama"],
                nip_of(s["who"], True),
                s.get("jabatan") or who["jabatan"],
                s.get("unit") or who["unit"],
                f"{a.title()} - {b.title()}",
                "Sudah",
                "",
            ]
            for c, v in enumerate(vals, start=1):
                ws.cell(row=r, column=c, value=v)
            r += 1
        ws.cell(row=r, column=1, value=no + 1)
        ws.cell(row=r, column=2, value=bank.ORANG["kasub_renc"]["nama"])
        ws.cell(row=r, column=3, value=nip_of("kasub_renc", True))
        ws.cell(row=r, column=4, value=bank.ORANG["kasub_renc"]["jabatan"])
        ws.cell(row=r, column=7, value="Belum")
        ws.cell(row=r, column=8, value="cuti melahirkan? konfirmasi")
    else:
        ws.title = "Daftar Hadir"
        ws["A1"] = "DAFTAR HADIR"
        ws["A2"] = "DIALOG KINERJA SUBBAGIAN KEUANGAN"
        ws["A3"] = "Hari/Tanggal : Rabu, 1 Juli 2026"
        ws["A4"] = "Acara : Pembagian peran dan hasil untuk Rencana SKP Semester II"
        ws["A5"] = "Tempat : Ruang Rapat Sekretariat BPKAD"
        for c, h in enumerate(["NO", "NAMA", "NIP", "JABATAN", "TANDA TANGAN"], start=1):
            ws.cell(row=7, column=c, value=h).font = Font(bold=True)
        for no, key in enumerate(["dewi", "bendahara", "penata_lap", "peng_keu2"], start=1):
            p = bank.ORANG[key]
            for c, v in enumerate(
                [no, p["nama"], nip_of(key, True), p["jabatan"], f"{no}. ........"], start=1
            ):
                ws.cell(row=7 + no, column=c, value=v)
    path.parent.mkdir(parents=True, exist_ok=True)
    save(wb, path)


def not_read_file(rel: str, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    if rel.endswith("desktop.ini"):
        path.write_bytes(b"[.ShellClassInfo]\r\nIconResource=C:\\Windows\\System32\\imageres.dll,-3\r\n")
    elif rel.endswith(".pdf"):
        path.write_bytes(
            b"%PDF-1.4\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n"
            b"2 0 obj <</Type /Pages /Kids [] /Count 0>> endobj\ntrailer <</Root 1 0 R>>\n%%EOF\n"
        )
    elif "/._" in rel:  # the AppleDouble twin a Mac-made zip carries in __MACOSX
        head = b"\x00\x05\x16\x07\x00\x02\x00\x00" + b"Mac OS X        " + b"\x00\x02"
        head += b"\x00\x00\x00\x09\x00\x00\x00\x32\x00\x00\x0e\xb0"
        head += b"\x00\x00\x00\x02\x00\x00\x0e\xe2\x00\x00\x01\x1e"
        path.write_bytes(head.ljust(4096, b"\x00"))
    else:  # the owner file Excel leaves beside a workbook it has open
        owner = "Putri Ayu"
        data = bytes([len(owner)]) + owner.encode("latin-1").ljust(53, b" ")
        data += (owner + " " * 55).encode("utf-16-le")[:110]
        path.write_bytes(data.ljust(165, b"\x00"))


def save(wb: Any, path: Path) -> None:
    """Save with a fixed timestamp so the same seed gives the same bytes."""

    wb.properties.created = dt.datetime(bank.TAHUN, 1, 5, 8, 0, 0)
    wb.properties.modified = dt.datetime(bank.TAHUN, 1, 5, 8, 0, 0)
    wb.properties.creator = "BPKAD Kota Tanjung Sari"
    wb.save(path)


# ---------------------------------------------------------------------------------------------------------
# Build
# ---------------------------------------------------------------------------------------------------------


def person_nip(sid: str) -> str:
    s = BY_ID.get(sid)
    return nip_of(s["who"] if s else sid)


def overlap(a: str, b: str) -> bool:
    order = [
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

    def span(k: str) -> tuple[int, int]:
        x, y, _ = bank.PERIODE[k]
        return order.index(x.split()[1]), order.index(y.split()[1])

    (a1, a2), (b1, b2) = span(a), span(b)
    return a1 <= b2 and b1 <= a2


def build(out: Path) -> dict[str, Any]:
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    recs: dict[str, dict[str, Any]] = {}
    manifest: list[dict[str, Any]] = []
    submitted = {s["who"] for s in S}
    for s in S:
        wb = openpyxl.Workbook()
        defects: list[dict[str, Any]] = []
        boleh: list[dict[str, Any]] = []
        if s["form"].startswith("jpt"):
            rec = jpt_sheets(wb, s)
            for name in s.get("defects", []):
                assert name == "manual-formula-kosong"
                ws = wb["Manual IKI"]
                c = rec["manual"][1]["FORMULA"]
                ws[c] = None
                defects.append(
                    D(
                        "manual-iki-kosong",
                        "error",
                        "Manual IKI",
                        c,
                        [("SKP", rec["iki"][1]), ("Manual IKI", "C" + str(int(c[1:]) - 4))],
                    )
                )
        else:
            penilaian = bool(s.get("penilaian_of"))
            rows = plan_rows(s)
            if s.get("revisi"):
                rows[0]["ikis"][0]["n"] = rows[0]["ikis"][0]["n"] + 2  # the revision raised a target
            sheet = "Penilaian SKP" if penilaian else "SKP"
            g = Grid(sheet)
            rec = ja_sheet(g, s, rows, penilaian)
            for name in s.get("defects", []):
                if name in ("butir-hilang", "ak-nol"):
                    continue
                defects.append(apply_ja_defect(g, sheet, rec, name))
            ws = wb.active
            ws.title = sheet
            g.write(ws)
            if s["form"].startswith("jf") and not penilaian:
                k = Grid("Keterkaitan AK")
                skip = rows[1]["key"] if "butir-hilang" in s.get("defects", []) else None
                krec = keterkaitan_sheet(k, s, rows, skip, "ak-nol" in s.get("defects", []))
                k.write(wb.create_sheet("Keterkaitan AK"))
                if skip:
                    defects.append(D("rk-tanpa-butir-kegiatan", "error", sheet, rec["rk"][1]["rk"]))
                if "ak-nol" in s.get("defects", []):
                    defects.append(D("angka-kredit-tidak-valid", "error", "Keterkaitan AK", krec["ak"][0]))
        rec["sheet"] = wb.active.title
        recs[s["id"]] = rec
        path = out / s["file"]
        path.parent.mkdir(parents=True, exist_ok=True)
        save(wb, path)
        pen_who = BY_ID[s["penilai"]]["who"] if s["penilai"] in BY_ID else s["penilai"]
        entry = dict(
            file=s["file"],
            form=s["form"],
            clean=True,
            defects=defects,
            boleh=boleh,
            nip=nip_of(s["who"]),
            nip_penilai=nip_of(pen_who),
            periode=s["periode"],
            jabatan=s.get("jabatan") or bank.ORANG[s["who"]]["jabatan"],
            penilaian_saja=bool(s.get("penilaian_of")),
            rk_atasan=[
                v for _, _, v in BY_ID[s.get("copy_of") or s.get("penilaian_of") or s["id"]].get("rk", [])
            ],
        )
        manifest.append(entry)

    by_file = {m["file"]: m for m in manifest}
    # ---- batch scope, from the model ----
    for s in S:
        m = by_file[s["file"]]
        rec = recs[s["id"]]
        sheet = rec["sheet"]
        pen_who = BY_ID[s["penilai"]]["who"] if s["penilai"] in BY_ID else s["penilai"]
        if pen_who not in submitted:
            m["defects"].append(D("skp-atasan-tidak-ditemukan", "info", sheet, "F7"))
        if s.get("ganda"):
            m["defects"].append(D("skp-ganda", "error", sheet, "C7"))
        if s.get("penilai_jabatan", "").startswith("Plh."):
            m["boleh"].append(
                {
                    "code": "rk-atasan-tidak-cocok",
                    "severity": "error",
                    "sheet": None,
                    "cell": None,
                    "why": "Plh. sebagai penilai: RK yang dikutip milik pejabat "
                    "definitif yang digantikannya (SPEC tidak memutuskan)",
                }
            )
            # added by the lead after merging (README): the same open question answered the other way,
            # alignment not judged against the Plh.'s own SKP and said so as an info at the penilai's NIP
            m["boleh"].append(
                {
                    "code": "skp-atasan-tidak-ditemukan",
                    "severity": "info",
                    "sheet": sheet,
                    "cell": "F7",
                    "why": "Plh. sebagai penilai: keselarasan tidak dinilai terhadap SKP Plh. sendiri, "
                    "yang memuat RK jabatan definitifnya (SPEC tidak memutuskan)",
                }
            )
        if s["form"].startswith("jpt") or s.get("penilaian_of"):
            continue
        own = BY_ID[s.get("copy_of") or s["id"]]["rk"]
        for item, (_, _ref, variant) in zip(rec["rk"], own, strict=False):
            if variant in ("salah", "basi"):
                m["defects"].append(D("rk-atasan-tidak-cocok", "error", sheet, item["atasan"]))
            if variant == "kosong":
                m["defects"].append(D("rk-atasan-kosong", "error", sheet, item["atasan"]))
    # superior RK that no subordinate rated by that SKP intervenes
    for s in S:
        if s["form"].startswith("jpt") or s.get("copy_of") or s.get("penilaian_of") or not s.get("rk"):
            continue
        subs = [
            x
            for x in S
            if x["penilai"] == s["id"] and x.get("rk") and not x.get("penilai_jabatan", "").startswith("Plh.")
        ]
        others = [
            x
            for x in S
            if x["penilai"] in BY_ID
            and x["penilai"] != s["id"]
            and x.get("rk")
            and BY_ID[x["penilai"]]["who"] == s["who"]
            and overlap(x["periode"], s["periode"])
        ]
        if others and not subs:
            by_file[s["file"]]["boleh"].append(
                {
                    "code": "rk-atasan-tidak-diintervensi",
                    "severity": "peringatan",
                    "sheet": None,
                    "cell": None,
                    "why": "bawahan setahun dinilai NIP yang sama lewat SKP periode lain (naik jabatan);"
                    " SPEC tidak menentukan SKP atasan yang mana",
                }
            )
        if not subs:
            continue
        cited = {ref[1] for x in subs for _, ref, _ in x["rk"] if ref and ref[0] == "rk"}
        for item in recs[s["id"]]["rk"]:
            if item["utama"] and item["key"] not in cited:
                by_file[s["file"]]["defects"].append(
                    D("rk-atasan-tidak-diintervensi", "peringatan", recs[s["id"]]["sheet"], item["rk"])
                )
    for jid in ("kaban_a", "kaban_b"):
        js = BY_ID[jid]
        subs = [x for x in S if x["penilai"] == jid]
        cited = {ref[2] for x in subs for _, ref, _ in x.get("rk", []) if ref and ref[0] == "jpt"}
        if subs:
            jrows = bank.RK_KABAN_A if jid == "kaban_a" else bank.RK_KABAN_B
            for i in range(len(jrows)):
                if i not in cited:
                    by_file[js["file"]]["defects"].append(
                        D("rk-atasan-tidak-diintervensi", "peringatan", "SKP", recs[jid]["iki"][i])
                    )
    for s in S:
        if s.get("ganda"):
            for d in by_file[s["file"]]["defects"]:
                if d["code"] == "skp-ganda":
                    d["alt_files"] = [BY_ID[s["ganda"]]["file"]]
    for kind_file, kind in NOT_SKP:
        if kind == "kosong":  # an upload that broke off: a 0-byte workbook
            (out / kind_file).write_bytes(b"")
            manifest.append(
                dict(
                    file=kind_file,
                    form=None,
                    clean=False,
                    boleh=[],
                    defects=[D("berkas-rusak", "error", None, None)],
                    bukan_skp=kind,
                )
            )
            continue
        not_skp_workbook(kind, out / kind_file)
        manifest.append(
            dict(
                file=kind_file,
                form=None,
                clean=False,
                boleh=[],
                defects=[D("bukan-skp", "error", None, None)],
                bukan_skp=kind,
            )
        )
    for rel in NOT_READ:
        not_read_file(rel, out / rel)
    for m in manifest:
        m["clean"] = not any(d["severity"] != "info" for d in m["defects"])
    manifest.sort(key=lambda m: m["file"])
    return {
        "set": "nyata_x",
        "seed": SEED,
        "tahun": bank.TAHUN,
        "instansi": bank.INSTANSI,
        "tidak_diperiksa": sorted(NOT_READ),
        "files": manifest,
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Membangun set kumpulan nyata_x.")
    ap.add_argument("--keluaran", type=Path, default=HERE / "kiriman")
    ap.add_argument("--harapan", type=Path, default=HERE / "harapan.json")
    a = ap.parse_args(argv)
    manifest = build(a.keluaran)
    a.harapan.write_text(json.dumps(manifest, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    n = len(manifest["files"])
    clean = sum(m["clean"] for m in manifest["files"])
    print(f"{n} buku kerja ({clean} tanpa error/peringatan) + {len(NOT_READ)} berkas lain di {a.keluaran}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
