"""Set merah_bc: probe tim merah (kotak putih) untuk dua perilaku baru.

1. Kategori capaian IKI menurut standar kinerja rencana (``penilaian.bacaan_lain.kategori_standar_kinerja``):
   pada JA/JF Model Pengembangan, kategori IKI di sheet Penilaian yang merupakan tingkat kolom kategori
   (SANGAT KURANG … SANGAT BAIK) yang memuat realisasinya, dengan nilai di dalam rentang kategori itu,
   bukan ``capaian-tidak-sesuai``. Lembar SKP dari pembangun ``merah_ah``, lembar Penilaian dari
   ``merah_ak`` (keduanya diimpor lewat ``merah_az``); di sini hanya ditambah bacaan standar: untuk IKI
   yang disebut di ``pen['standar']`` kategori dan nilai IKI ditulis menurut standar kinerja, dan
   kategori/nilai RK, nilai tertimbang, Nilai Akhir SKP, nilai kinerja dan predikat dihitung berantai dari
   nilai itu (seperti rumus instansi). Kembaran bercacat menjaga recall.
2. Baris pengelompok tabel anggota Matriks (``pembacaan.kata_baris_pengelompok``): SKP atasan (``merah_ah``)
   dengan sheet Matriks bertata letak ``merah_aw`` (diimpor) yang tabel anggotanya diberi baris judul unit.
   ``matriks.json`` mencatat anggota yang harus dibaca (nama, NIP) dan draf SKP bawahan yang harus dibuat;
   ``ukur.py`` di folder ini mengukurnya.

Pemakaian: ``python benchmarks/merah_bc/buat.py [--keluaran DIR] [--harapan FILE]`` (deterministik).
"""

from __future__ import annotations

import importlib.util
import json
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import openpyxl

HERE = Path(__file__).resolve().parent
SEED = 20261211


def _load(name: str) -> Any:
    spec = importlib.util.spec_from_file_location(f"{name}_buat", HERE.parent / name / "buat.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


AZ = _load("merah_az")  # loads merah_ah (the SKP sheet) and merah_ak (the Penilaian sheet)
AK, AH = AZ._penilaian, AZ._builder
AW = _load("merah_aw")  # Matriks layouts
iki, pen, chain, mod = AZ.iki, AZ.pen, AZ.chain, AZ.mod

Spec = dict[str, Any]
Defect = tuple[str, str, str]  # code, sheet, cell key ("pen.utama1.1.kategori") or "=A1"
Probe = tuple[str, str, Callable[[Spec], None], list[Defect]]
PEN = AK.PEN

# ---------------------------------------------------------------- the standar reading, chained

_score_62 = AK.score


def score(spec: Spec) -> dict[str, Any]:
    """merah_ak's scoring (SPEC §6) with, for each IKI in ``pen['standar']``, the kategori and nilai the
    plan's standar kinerja gives instead, and every RK value, share, Nilai Akhir SKP, nilai kinerja and
    predikat computed from those nilai as an agency's formulas would."""
    out = _score_62(spec)
    pen_ = spec["pen"]
    standar: dict[str, tuple[str, float]] = pen_.get("standar", {})
    if not standar:
        return out
    for key, (kat, nilai) in standar.items():
        c = out["iki"][key][0]
        out["iki"][key] = (c, kat, nilai)
    parts = [("utama", spec["rencana"])] + ([("tambahan", spec["tambahan"])] if pen_["tambahan"] else [])
    utama: list[float] = []
    kt = 0.0
    for part, items in parts:
        for n, item in enumerate(items, 1):
            values = [out["iki"][f"{part}{n}.{k}"][2] for k in range(1, len(item["iki"]) + 1)]
            rk_nilai = sum(values) / len(values)
            out["rk"][f"{part}{n}"] = (AK.kategori_of(rk_nilai), rk_nilai)
            if part == "utama":
                utama.append(rk_nilai)
            else:
                share = AK.FAKTOR[AK.kategori_of(rk_nilai)] * 10 / 100 * rk_nilai / 100
                out["rk"][f"{part}{n}"] += (share,)
                kt += share
    for n, value in enumerate(utama, 1):
        out["rk"][f"utama{n}"] += (value / len(utama),)
    ku = sum(utama) / len(utama)
    kt = min(kt, 10)
    out["ku"], out["kt"] = ku, kt
    out["skp"] = AK.half_up(min(ku + kt, 120), 2)
    if pen_["perilaku"] is not None:
        out["kinerja"] = AK.half_up(
            (pen_["bobot"][0] * out["skp"] + pen_["bobot"][1] * pen_["perilaku"]) / 100, 2
        )
        out["predikat"] = AK.predikat(out["kinerja"], False)
    return out


AK.score = score  # penilaian_sheet looks the name up in its module
_default_pen = AK.default_pen


def default_pen() -> dict[str, Any]:
    return {**_default_pen(), "standar": {}}


AK.default_pen = default_pen  # merah_az's pen() starts from it


def std(**rows: tuple[str, float]) -> Callable[[Spec], None]:
    """Kategori and nilai by the standar kinerja for IKI ``utama1_1`` (= utama1.1) …, chained below."""
    return pen(standar={k.replace("_", "."): v for k, v in rows.items()})


def real(**rows: Any) -> Callable[[Spec], None]:
    """Realisasi per IKI: ``utama1_1=("9 laporan", 9)``."""
    return pen(real={k.replace("_", "."): v for k, v in rows.items()})


def tulis(**cells: Any) -> Callable[[Spec], None]:
    """Written over the computed value: ``utama1_1_kategori="Baik"``."""
    out = {}
    for k, v in cells.items():
        key, field = k.rsplit("_", 1)
        out[key.replace("_", ".") + "." + field] = v
    return pen(tulis=out)


def dasar(s: Spec) -> None:
    s["form"] = "ja-dasar"
    s["o"]["urutan"] = AH.COLS[:6]


def cell(key: str, field: str) -> str:
    return f"pen.{key}.{field}"


# IKI rows used below (aspek, IKI, target, [sk, k, c, b, sb])
LAPORAN_5 = [
    "Kuantitas",
    "Jumlah laporan keuangan bulanan yang tersusun",
    "12 laporan",
    ["< 6 laporan", "6 - 8 laporan", "9 - 11 laporan", "12 laporan", "> 12 laporan"],
]
DOKUMEN_4 = [
    "Kuantitas",
    "Jumlah DPA yang tervalidasi",
    "4 dokumen",
    ["", "< 2 dokumen", "2 - 3 dokumen", "4 dokumen", "> 4 dokumen"],
]
USULAN_3 = [
    "Kuantitas",
    "Jumlah usulan revisi anggaran yang diproses",
    "300 usulan",
    ["", "", "< 150 usulan", "300 usulan", "> 300 usulan"],
]
USULAN_CSB = [
    "Kuantitas",
    "Jumlah usulan revisi anggaran yang diproses",
    "300 usulan",
    ["", "", "< 300 usulan", "300 usulan", "> 300 usulan"],
]
WAKTU_KATA = [
    "Waktu",
    "Waktu penyampaian laporan keuangan tahunan",
    "3 bulan",
    ["lebih dari 6 bulan", "5 - 6 bulan", "4 bulan", "3 bulan", "kurang dari 3 bulan"],
]
WAKTU_LAMBAT = [
    "Waktu",
    "Waktu pemrosesan usulan revisi",
    "5 hari",
    ["lebih lambat dari 10 hari", "9 - 10 hari", "paling lambat 8 hari", "5 hari", "lebih cepat dari 5 hari"],
]
PERSEN_RENTANG = [
    "Kualitas",
    "Persentase laporan keuangan tanpa koreksi",
    "90 %",
    ["< 70 %", "70 - 79 %", "80 - 89 %", "90 %", "> 90 %"],
]
BIAYA = [
    "Biaya",
    "Biaya pemeliharaan aplikasi keuangan",
    "Rp 100.000.000",
    [
        "> Rp 140.000.000",
        "Rp 126.000.000 - Rp 140.000.000",
        "Rp 101.000.000 - Rp 125.000.000",
        "Rp 100.000.000",
        "< Rp 100.000.000",
    ],
]
DOKUMEN_SB = [
    "Kuantitas",
    "Jumlah DPA yang tervalidasi",
    "250 dokumen",
    ["< 150 dokumen", "150 - 199 dokumen", "200 - 249 dokumen", "250 dokumen", "> 250 dokumen"],
]
PERSEN_TARGET_RENTANG = [
    "Kualitas",
    "Persentase laporan keuangan tanpa koreksi",
    "80 - 90 %",
    ["< 60 %", "60 - 69 %", "70 - 79 %", "80 - 90 %", "> 90 %"],
]
LAPORAN_MENCAKUP = [
    "Kuantitas",
    "Jumlah laporan keuangan bulanan yang tersusun",
    "12 laporan",
    ["< 6 laporan", "6 - 8 laporan", "9 - 12 laporan", "12 laporan", "> 12 laporan"],
]
LAPORAN_TERBALIK = [
    "Kuantitas",
    "Jumlah laporan keuangan bulanan yang tersusun",
    "12 laporan",
    ["< 6 laporan", "9 - 11 laporan", "6 - 8 laporan", "12 laporan", "> 12 laporan"],
]


def penilaian_probes() -> list[Probe]:
    out: list[Probe] = []

    def add(
        name: str,
        about: str,
        *changes: Callable[[Spec], None],
        defects: list[Defect] | None = None,
    ) -> None:
        out.append((name, about, chain(*changes), defects or []))

    lima = chain(iki(1, 1, LAPORAN_5), real(utama1_1=("9 laporan", 9)))
    add(
        "01-lima-tingkat",
        "5 tingkat, 12 laporan, realisasi 9: §6.2 Kurang (75 %), standar CUKUP `9 - 11`: Cukup 75",
        lima,
        std(utama1_1=("Cukup", 75.0)),
    )
    add(
        "02-lima-tingkat-kolom-kategori",
        "seperti 01, sheet Penilaian berkolom kategori sendiri",
        lima,
        std(utama1_1=("Cukup", 75.0)),
        pen(kolom_kategori=True),
    )
    add(
        "03-empat-tingkat",
        "4 tingkat, 4 dokumen, realisasi 2: §6.2 Sangat Kurang (50 %), standar CUKUP `2 - 3`",
        iki(2, 1, DOKUMEN_4),
        real(utama2_1=("2 dokumen", 2)),
        std(utama2_1=("Cukup", 70.0)),
    )
    add(
        "04-tiga-tingkat-spec",
        "3 tingkat SPEC §3.3 (300, CUKUP `< 150`, SB `> 300`), realisasi 100: Cukup 70",
        iki(3, 1, USULAN_3),
        real(utama3_1=("100 usulan", 100)),
        std(utama3_1=("Cukup", 70.0)),
    )
    add(
        "05-cukup-sb-saja",
        "tiga tingkat tanpa celah: CUKUP `< 300`, BAIK `300`, SANGAT BAIK `> 300`, realisasi 200: Cukup 72",
        iki(3, 1, USULAN_CSB),
        real(utama3_1=("200 usulan", 200)),
        std(utama3_1=("Cukup", 72.0)),
    )
    add(
        "06-kata-lebih-dari",
        "waktu 3 bulan, tingkat `lebih dari 6 bulan`/`5 - 6 bulan`/…, realisasi 5 bulan: "
        "§6.2 Sangat Kurang (33 %), standar Kurang 60",
        iki(1, 3, WAKTU_KATA),
        real(utama1_3=("5 bulan", 5)),
        std(utama1_3=("Kurang", 60.0)),
    )
    add(
        "07-paling-lambat",
        "waktu 5 hari, CUKUP `paling lambat 8 hari`, realisasi 7 hari: §6.2 Kurang (60 %), standar Cukup 70",
        iki(3, 2, WAKTU_LAMBAT),
        real(utama3_2=("7 hari", 7)),
        std(utama3_2=("Cukup", 70.0)),
    )
    add(
        "08-rentang-persen",
        "90 %, CUKUP `80 - 89 %`, KURANG `70 - 79 %`, realisasi 75 %: §6.2 Cukup (83 %), "
        "standar lebih ketat Kurang 65",
        iki(1, 2, PERSEN_RENTANG),
        real(utama1_2=("75 %", 75)),
        std(utama1_2=("Kurang", 65.0)),
    )
    add(
        "09-pecahan-persen",
        "seperti 08, realisasi 0,75 di sel berformat persen",
        iki(1, 2, PERSEN_RENTANG),
        real(utama1_2=(0.75, 75)),
        pen(fmt={"utama1.2.realisasi": "0%"}),
        std(utama1_2=("Kurang", 65.0)),
    )
    add(
        "10-biaya",
        "biaya Rp 100.000.000, CUKUP `Rp 101.000.000 - Rp 125.000.000`, realisasi Rp 122.000.000: "
        "§6.2 Kurang (78 %), standar Cukup 72",
        iki(3, 2, BIAYA),
        real(utama3_2=("Rp 122.000.000", 122000000)),
        std(utama3_2=("Cukup", 72.0)),
    )
    add(
        "11-tepat-di-batas",
        "5 tingkat, realisasi 6 tepat di batas bawah KURANG `6 - 8`: §6.2 Sangat Kurang "
        "(50 %), standar Kurang 50",
        iki(1, 1, LAPORAN_5),
        real(utama1_1=("6 laporan", 6)),
        std(utama1_1=("Kurang", 50.0)),
    )
    add(
        "12-batas-celah",
        "3 tingkat SPEC, realisasi 150 tepat di luar CUKUP `< 150` (celah sampai 300): Cukup 70",
        iki(3, 1, USULAN_3),
        real(utama3_1=("150 usulan", 150)),
        std(utama3_1=("Cukup", 70.0)),
    )
    add(
        "13-sb-tipis",
        "250 dokumen, SANGAT BAIK `> 250`, realisasi 251: §6.2 Baik (100 %), standar Sangat Baik 110",
        iki(2, 1, DOKUMEN_SB),
        real(utama2_1=("251 dokumen", 251)),
        std(utama2_1=("Sangat Baik", 110.0)),
    )
    # predikat: §6.2 gives a nilai kinerja under 90, the standar one 90 or more
    naik = chain(
        iki(1, 1, LAPORAN_5),
        iki(2, 1, DOKUMEN_4),
        iki(3, 1, USULAN_3),
        real(utama1_1=("9 laporan", 9), utama2_1=("2 dokumen", 2), utama3_1=("140 usulan", 140)),
        std(utama1_1=("Cukup", 89.0), utama2_1=("Cukup", 89.0), utama3_1=("Cukup", 89.0)),
    )
    add(
        "14-predikat-dari-standar",
        "tiga IKI Cukup 89 menurut standar: nilai akhir dan nilai kinerja berantai "
        "darinya (Baik), §6.2 saja memberi Butuh Perbaikan",
        naik,
    )
    add(
        "15-tanpa-kategori-rk",
        "seperti 01 tanpa kolom KATEGORI/NILAI RK (hanya nilai IKI, nilai akhir)",
        lima,
        std(utama1_1=("Cukup", 75.0)),
        pen(kolom_rk=False),
    )
    # round 2 (after the first fixes)
    add(
        "16-target-rentang",
        "target rentang `80 - 90 %`, KURANG `60 - 69 %`, realisasi 68 %: §6.2 Cukup (85 %), "
        "standar Kurang 60",
        iki(1, 2, PERSEN_TARGET_RENTANG),
        real(utama1_2=("68 %", 68)),
        std(utama1_2=("Kurang", 60.0)),
    )
    add(
        "17-tambahan",
        "Kinerja Tambahan `3 paket`, CUKUP `1 - 2 paket`, realisasi 2: §6.2 Kurang (67 %), standar Cukup 72; "
        "nilai tertimbang tambahan berantai (F 60)",
        real(tambahan1_1=("2 paket", 2)),
        std(tambahan1_1=("Cukup", 72.0)),
    )
    add(
        "18-iki-ditulis-lain",
        "seperti 01, IKI di sheet Penilaian ditulis lain (`Laporan bulanan tersusun`)",
        lima,
        std(utama1_1=("Cukup", 75.0)),
        mod(AZ.replace_text(LAPORAN_5[1], "Laporan bulanan tersusun", PEN)),
    )
    add(
        "19-sebutan-singkat",
        "seperti 01, semua kategori ditulis singkat (`C`, `B`, `SB`)",
        lima,
        std(utama1_1=("Cukup", 75.0)),
        pen(kategori="singkat"),
    )

    # ---------------------------------------------------------------- defective twins
    add(
        "51-cacat-kategori-bukan-keduanya",
        "kembaran 01: Baik 100, bukan §6.2 (Kurang) maupun standar (Cukup)",
        lima,
        tulis(utama1_1_kategori="Baik", utama1_1_nilai=100),
        defects=[
            ("capaian-tidak-sesuai", PEN, cell("utama1.1", "kategori")),
            ("capaian-tidak-sesuai", PEN, cell("utama1.1", "nilai")),
        ],
    )
    add(
        "52-cacat-nilai-di-luar-rentang",
        "kembaran 01: Cukup dengan nilai 95 (rentang Cukup 70 s.d. < 90)",
        lima,
        tulis(utama1_1_kategori="Cukup", utama1_1_nilai=95),
        defects=[("capaian-tidak-sesuai", PEN, cell("utama1.1", "nilai"))],
    )
    add(
        "53-cacat-campur",
        "kembaran 01: kategori standar Cukup, nilai §6.2 Kurang 65 (nilai bukan Cukup)",
        lima,
        tulis(utama1_1_kategori="Cukup", utama1_1_nilai=65),
        defects=[("capaian-tidak-sesuai", PEN, cell("utama1.1", "kategori"))],
    )
    add(
        "54-cacat-capaian",
        "kembaran 01: capaian ditulis 80 % (seharusnya 75 %)",
        lima,
        std(utama1_1=("Cukup", 75.0)),
        tulis(utama1_1_capaian="80 %"),
        defects=[("capaian-tidak-sesuai", PEN, cell("utama1.1", "capaian"))],
    )
    add(
        "55-cacat-model-dasar",
        "kembaran 01 pada Model Dasar (tanpa standar kinerja): Cukup 75 salah",
        dasar,
        real(utama1_1=("9 laporan", 9)),
        tulis(utama1_1_kategori="Cukup", utama1_1_nilai=75),
        defects=[
            ("capaian-tidak-sesuai", PEN, cell("utama1.1", "kategori")),
            ("capaian-tidak-sesuai", PEN, cell("utama1.1", "nilai")),
        ],
    )
    add(
        "56-cacat-tingkat-terbalik",
        "kembaran 01: KURANG dan CUKUP tertukar di rencana; realisasi 7 ditulis "
        "Cukup 70 menurut tingkat yang salah urut (§6.2: Sangat Kurang)",
        iki(1, 1, LAPORAN_TERBALIK),
        real(utama1_1=("7 laporan", 7)),
        tulis(utama1_1_kategori="Cukup", utama1_1_nilai=70),
        defects=[
            ("kategori-tidak-berurutan", "SKP", "utama1.1.c"),
            ("capaian-tidak-sesuai", PEN, cell("utama1.1", "kategori")),
            ("capaian-tidak-sesuai", PEN, cell("utama1.1", "nilai")),
        ],
    )
    add(
        "57-cacat-sb-lewat-120",
        "kembaran 13: Sangat Baik 130 (nilai IKI paling tinggi 120)",
        iki(2, 1, DOKUMEN_SB),
        real(utama2_1=("251 dokumen", 251)),
        tulis(utama2_1_kategori="Sangat Baik", utama2_1_nilai=130),
        defects=[("capaian-tidak-sesuai", PEN, cell("utama2.1", "nilai"))],
    )
    add(
        "58-cacat-celah-baik",
        "kembaran 04: realisasi 200 dari 300 (di bawah target, di celah antara CUKUP "
        "`< 150` dan BAIK `300`) ditulis Baik 100",
        iki(3, 1, USULAN_3),
        real(utama3_1=("200 usulan", 200)),
        tulis(utama3_1_kategori="Baik", utama3_1_nilai=100),
        defects=[
            ("capaian-tidak-sesuai", PEN, cell("utama3.1", "kategori")),
            ("capaian-tidak-sesuai", PEN, cell("utama3.1", "nilai")),
        ],
    )
    add(
        "59-cacat-iki-ganda",
        "IKI `Jumlah usulan revisi anggaran yang diproses` juga di RK 2 dengan standar "
        "lain (CUKUP `< 150`); di RK 3 (CUKUP `4 - 5 usulan`) realisasi 1 ditulis Cukup 70",
        iki(
            2,
            1,
            [
                "Kuantitas",
                "Jumlah usulan revisi anggaran yang diproses",
                "4 usulan",
                ["", "", "< 4 usulan", "4 usulan", "> 4 usulan"],
            ],
        ),
        real(utama3_1=("1 usulan", 1)),
        tulis(utama3_1_kategori="Cukup", utama3_1_nilai=70),
        defects=[
            ("capaian-tidak-sesuai", PEN, cell("utama3.1", "kategori")),
            ("capaian-tidak-sesuai", PEN, cell("utama3.1", "nilai")),
        ],
    )
    add(
        "60-cacat-predikat",
        "kembaran 14: predikat Sangat Kurang (nilai kinerja berantai Baik)",
        naik,
        pen(predikat="Sangat Kurang"),
        defects=[("predikat-tidak-sesuai", PEN, "pen.predikat")],
    )
    add(
        "61-cacat-tingkat-mencakup-target",
        "CUKUP `9 - 12 laporan` berbatas pada target 12 (tepi yang sama, bukan kategori-tidak-membedakan); "
        "realisasi 12 = target (BAIK) ditulis Cukup 80",
        iki(1, 1, LAPORAN_MENCAKUP),
        real(utama1_1=("12 laporan", 12)),
        tulis(utama1_1_kategori="Cukup", utama1_1_nilai=80),
        defects=[
            ("capaian-tidak-sesuai", PEN, cell("utama1.1", "kategori")),
            ("capaian-tidak-sesuai", PEN, cell("utama1.1", "nilai")),
        ],
    )
    add(
        "62-cacat-standar-ketat-nilai",
        "kembaran 08: realisasi 75 % ditulis Cukup 85 (§6.2 Cukup 73,16; standar Kurang)",
        iki(1, 2, PERSEN_RENTANG),
        real(utama1_2=("75 %", 75)),
        tulis(utama1_2_kategori="Cukup", utama1_2_nilai=85),
        defects=[("capaian-tidak-sesuai", PEN, cell("utama1.2", "nilai"))],
    )
    return out


# round 2: clean probes opened and saved again by LibreOffice headless (as .xlsx)
LIBREOFFICE = {"01-lima-tingkat": "20-lo-lima-tingkat", "09-pecahan-persen": "21-lo-pecahan-persen",
               "14-predikat-dari-standar": "22-lo-predikat-dari-standar"}


def _resaved(folder: Path, name: str, about: str, change: Callable[[Spec], None]) -> dict[str, Any]:
    """Probe ``name`` built, then opened and saved by LibreOffice under its own name."""
    spec = AH.base()
    change(spec)
    path = folder / f"{LIBREOFFICE[name]}.xlsx"
    AH.Buku(spec).save(path)
    path = AZ._through_libreoffice(path, "xlsx")
    return {"file": path.name, "form": spec["form"], "clean": True, "defects": [],
            "uraian": f"{about}; disimpan ulang lewat LibreOffice"}


def build_penilaian(folder: Path) -> list[dict[str, Any]]:
    files = []
    for name, about, change, defects in penilaian_probes():
        if name in LIBREOFFICE:
            files.append(_resaved(folder, name, about, change))
        spec = AH.base()
        change(spec)
        if "pen" not in spec:
            pen()(spec)
        path = folder / f"{name}.xlsx"
        book = AH.Buku(spec)
        cells = dict(book.save(path))
        for key in [k for k in cells if k.endswith(".b")]:  # the levels around BAIK on the SKP sheet
            col, row = openpyxl.utils.cell.coordinate_from_string(cells[key])
            c = openpyxl.utils.column_index_from_string(col)
            for level, shift in (("sb", 1), ("c", -1), ("k", -2), ("sk", -3)):
                if c + shift >= 1:
                    cells[key[:-2] + "." + level] = f"{openpyxl.utils.get_column_letter(c + shift)}{row}"
        files.append(
            {
                "file": path.name,
                "form": spec["form"],
                "clean": not defects,
                "defects": [
                    {"code": code, "sheet": sheet, "cell": key[1:] if key.startswith("=") else cells[key]}
                    for code, sheet, key in defects
                ],
                "uraian": about,
            }
        )
    return files


# ---------------------------------------------------------------- Matriks grouping rows

MATRIKS = "Matriks Peran Hasil"
TIM = [tuple(m) for m in AW.TIM_AH]
HASIL = [list(row) for row in AW.HASIL_AH]
EXTRA = ("Dewi Anggraini", "19960303 202012 2 001", "Pengadministrasi Keuangan", "ja")
EXTRA_HASIL = ["Bukti kas tercatat lengkap", None, None]


def _insert(
    ws: Any, r: int, values: dict[int, Any], merge: tuple[int, int] | None = None, no: str | None = None
) -> None:
    """A new row ``r`` of the member table (rows under it move down), ``values`` by column; its texts are
    the agency's, which laying the Matriks out again (Buat Matriks) must keep (``_JAGA``). ``no`` goes in
    the NO column (A): a number the layout replaces, as it does the members' own."""
    ws.insert_rows(r)
    if no is not None:
        ws.cell(r, 1, no)
    for c, v in values.items():
        ws.cell(r, c, v)
        if v != "-":
            _JAGA.append(v)
    if merge is not None:
        ws.merge_cells(start_row=r, start_column=merge[0], end_row=r, end_column=merge[1])


def _member_row(ws: Any, r: int, member: tuple, hasil: list[str | None]) -> None:
    nama, nip, jabatan, _ = member
    ws.insert_rows(r)
    if nama:
        ws.cell(r, 1, nama)
    if nip:
        ws.cell(r, 2, nip).number_format = "@"
    if jabatan:
        ws.cell(r, 3, jabatan)
    for j, h in enumerate(hasil):
        if h:
            ws.cell(r, 4 + j, h)


_JAGA: list[str] = []  # texts of the probe being built that Buat Matriks must keep
Change = Callable[[Any], None]
# members: the team as read, in order (nama, NIP digits); the drafts Buat SKP Bawahan writes follow them
MATRIKS_PROBES: list[tuple[str, str, list[Change], list[tuple[str | None, str | None]]]] = []


def _m(name: str, about: str, changes: list[Change], members: list[tuple[str | None, str | None]]) -> None:
    MATRIKS_PROBES.append((name, about, changes, members))


def _digits(nip: str) -> str:
    return re.sub(r"\D", "", nip)


BASE_MEMBERS = [(n, _digits(p)) for n, p, _, _ in TIM]
EXTRA_MEMBER = (EXTRA[0], _digits(EXTRA[1]))

_m(
    "m01-nama-biasa",
    "baris `Subbagian Keuangan` di kolom NAMA di atas tim, `Tim Kerja 2` di antara anggota",
    [lambda ws: _insert(ws, 9, {1: "Subbagian Keuangan"}), lambda ws: _insert(ws, 11, {1: "Tim Kerja 2"})],
    BASE_MEMBERS,
)
_m(
    "m02-jabatan",
    "baris pengelompok di kolom JABATAN (`Subbagian Keuangan`)",
    [lambda ws: _insert(ws, 9, {3: "Subbagian Keuangan"})],
    BASE_MEMBERS,
)
_m(
    "m03-gabung-identitas",
    "`SUBBAGIAN KEUANGAN` digabung melintasi NAMA | NIP | JABATAN",
    [lambda ws: _insert(ws, 9, {1: "SUBBAGIAN KEUANGAN"}, merge=(1, 3))],
    BASE_MEMBERS,
)
_m(
    "m04-gabung-seluruh",
    "`Subbagian Keuangan` digabung melintasi seluruh baris tabel (identitas dan hasil)",
    [lambda ws: _insert(ws, 9, {1: "Subbagian Keuangan"}, merge=(1, 6))],
    BASE_MEMBERS,
)
_m(
    "m05-bernomor-romawi",
    "`I. SEKRETARIAT`, `VIII. Seksi Keuangan` (nomor romawi empat huruf), `1.1 Subbagian "
    "Umum` (nomor dua tingkat)",
    [
        lambda ws: _insert(ws, 9, {1: "I. SEKRETARIAT"}),
        lambda ws: _insert(ws, 10, {1: "VIII. Seksi Keuangan"}),
        lambda ws: _insert(ws, 12, {1: "1.1 Subbagian Umum"}),
    ],
    BASE_MEMBERS,
)
_m(
    "m06-tanda-strip",
    "`Subbagian Keuangan` dengan `-` di kolom NIP dan di setiap kolom hasil",
    [lambda ws: _insert(ws, 9, {1: "Subbagian Keuangan", 2: "-", 3: "-", 4: "-", 5: "-", 6: "-"})],
    BASE_MEMBERS,
)
_m(
    "m07-singkatan",
    "singkatan unit: `Sub Bag. Keuangan`, `Subag Umum`, `Sie Pelayanan`",
    [
        lambda ws: _insert(ws, 9, {1: "Sub Bag. Keuangan"}),
        lambda ws: _insert(ws, 11, {1: "Subag Umum"}),
        lambda ws: _insert(ws, 13, {1: "Sie Pelayanan"}),
    ],
    BASE_MEMBERS,
)
_m(
    "m08-kelompok-jf",
    "`Kelompok Jabatan Fungsional` dan `Pokja Anggaran` sebagai judul",
    [
        lambda ws: _insert(ws, 9, {1: "Kelompok Jabatan Fungsional"}),
        lambda ws: _insert(ws, 11, {1: "Pokja Anggaran"}),
    ],
    BASE_MEMBERS,
)
# real members that must stay
_m(
    "m21-anggota-nama-saja",
    "anggota keempat hanya bernama (`Dewi Anggraini`, tanpa NIP, jabatan, hasil) di bawah `Tim Kerja 2`",
    [lambda ws: _insert(ws, 12, {1: "Tim Kerja 2"}), lambda ws: _insert(ws, 13, {1: EXTRA[0]})],
    [*BASE_MEMBERS, (EXTRA[0], None)],
)
_m(
    "m22-anggota-jabatan-saja",
    "anggota hanya berjabatan `Kepala Seksi Perbendaharaan` (tanpa nama, NIP, hasil)",
    [lambda ws: _insert(ws, 12, {3: "Kepala Seksi Perbendaharaan"})],
    [*BASE_MEMBERS, (None, None)],
)
_m(
    "m23-anggota-jabatan-unit",
    "anggota hanya berjabatan `Pranata Keuangan APBD Terampil` dan "
    "`Bendahara Pengeluaran Pembantu` di bawah judul `Bidang Anggaran`",
    [
        lambda ws: _insert(ws, 12, {1: "Bidang Anggaran"}),
        lambda ws: _insert(ws, 13, {3: "Bendahara Pengeluaran Pembantu"}),
    ],
    [*BASE_MEMBERS, (None, None)],
)
_m(
    "m24-anggota-lengkap",
    "anggota lengkap bernama `Tim Hartono` (nama diawali kata unit) dengan NIP, tanpa hasil",
    [
        lambda ws: _member_row(
            ws, 12, ("Tim Hartono", "19900505 201402 1 001", "Pengelola Keuangan", "ja"), [None, None, None]
        )
    ],
    [*BASE_MEMBERS, ("Tim Hartono", "199005052014021001")],
)
_m(
    "m25-anggota-unit-berhasil",
    "anggota bernama `Bidang Pratama` tanpa NIP dengan hasil di RK 1",
    [
        lambda ws: _member_row(
            ws, 12, ("Bidang Pratama", None, None, "ja"), ["Rekonsiliasi kas tersusun", None, None]
        )
    ],
    [*BASE_MEMBERS, ("Bidang Pratama", None)],
)
_m(
    "m26-unit-lain",
    "anggota unit lain (penilai lain) di bawah judul `Bidang Aset` dengan hasil",
    [lambda ws: _insert(ws, 12, {1: "Bidang Aset"}), lambda ws: _member_row(ws, 13, EXTRA, EXTRA_HASIL)],
    [*BASE_MEMBERS, EXTRA_MEMBER],
)
# round 2: the ``NO | NAMA / NIP | JABATAN`` layout (merah_aw ``nama_nip``, members from row 6)
LAYOUT_OF = {"m09-nama-nip-huruf-no": "nama_nip"}
_m(
    "m09-nama-nip-huruf-no",
    "tata letak `NO | NAMA / NIP | JABATAN`: `A` di kolom NO dan `SUBBAGIAN KEUANGAN` di NAMA / NIP di atas "
    "tim, `B` dan `Tim Kerja Anggaran` di antara anggota",
    [lambda ws: _insert(ws, 6, {2: "SUBBAGIAN KEUANGAN"}, no="A"),
     lambda ws: _insert(ws, 8, {2: "Tim Kerja Anggaran"}, no="B")],
    BASE_MEMBERS,
)


def build_matriks(folder: Path) -> list[dict[str, Any]]:
    entries = []
    s = AH.base()
    rks = [" ".join(item["rk"].split()) for item in s["rencana"]]
    for name, about, changes, members in MATRIKS_PROBES:
        path = folder / f"{name}.xlsx"
        spec = AH.base()
        AH.Buku(spec).save(path)
        wb = openpyxl.load_workbook(path)
        ws = wb.create_sheet(MATRIKS)
        AW.LAYOUT[LAYOUT_OF.get(name, "baku")](ws, rks, TIM, HASIL, [{} for _ in rks])
        _JAGA.clear()
        for change in changes:
            change(ws)
        wb.save(path)
        entries.append(
            {
                "file": path.name,
                "uraian": about,
                "anggota": [{"nama": n, "nip": p} for n, p in members],
            "jaga": list(_JAGA),
            }
        )
    return entries


def build(folder: Path, manifest: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.glob("*.xlsx"):
        old.unlink()
    files = build_penilaian(folder)
    matriks = build_matriks(folder)
    # the Matriks probes are clean for skp periksa too: a grouping row is no member and no error
    files += [
        {"file": e["file"], "form": "ja-pengembangan", "clean": True, "defects": [], "uraian": e["uraian"]}
        for e in matriks
    ]
    AH.write_manifest(manifest, "merah_bc", SEED, files)
    (manifest.parent / "matriks.json").write_text(
        json.dumps({"set": "merah_bc", "seed": SEED, "probes": matriks}, indent=1, ensure_ascii=False) + "\n",
        encoding="utf-8",
    )


def main() -> None:
    AH.run(build, HERE, __doc__)


if __name__ == "__main__":
    main()
