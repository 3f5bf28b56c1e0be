"""Set merah_ak: probe tim merah (kotak putih) untuk angka sheet Penilaian SKP JA/JF.

Setiap berkas adalah satu SKP JA Model Pengembangan yang sah (lembar SKP dari pembangun ``merah_ah``) dengan
lembar Penilaian akhir periode yang diisi wajar: realisasi, capaian IKI, kategori dan nilai IKI, kategori dan
nilai RK, nilai tertimbang, Nilai Akhir SKP, nilai perilaku, nilai kinerja dan predikat. Semua nilai tertulis
dihitung di berkas ini sendiri menurut SPEC §6 (bukan dengan mesin skp); setiap probe mengubah satu cara
menulis. Berkas bersih tidak boleh mendapat error maupun peringatan; kembaran bercacat menjaga recall.

Pemakaian: ``python benchmarks/merah_ak/buat.py [--keluaran DIR] [--harapan FILE]`` (deterministik).
"""

from __future__ import annotations

import copy
import importlib.util
import re
from collections.abc import Callable
from datetime import datetime
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

from openpyxl.utils import get_column_letter

HERE = Path(__file__).resolve().parent
SEED = 20261209

# The SKP sheet comes from merah_ah's builder (one SKP JA Model Pengembangan from a spec); this set adds the
# Penilaian sheet through the builder's ``ubah`` hook.
_spec = importlib.util.spec_from_file_location("merah_ah_buat", HERE.parent / "merah_ah" / "buat.py")
_builder = importlib.util.module_from_spec(_spec)  # type: ignore[arg-type]
_spec.loader.exec_module(_builder)  # type: ignore[union-attr]
PEGAWAI, PENILAI, PERIODE = _builder.PEGAWAI, _builder.PENILAI, _builder.PERIODE
base, Buku = _builder.base, _builder.Buku

PEN = "Penilaian"

# Realisasi as written and as the number SPEC §6.1 scores, per IKI key (part, RK, IKI).
REALISASI: dict[str, tuple[Any, float | None]] = {
    "utama1.1": ("12 laporan", 12),
    "utama1.2": ("92 %", 92),
    "utama1.3": ("3 bulan", 3),
    "utama2.1": ("4 dokumen", 4),
    "utama2.2": ("93 %", 93),
    "utama3.1": ("5 usulan", 5),
    "utama3.2": ("4 hari", 4),
    "tambahan1.1": ("3 paket", 3),
    "tambahan2.1": ("2 kegiatan", 2),
}
TAMBAHAN_KEDUA = {
    "atasan": None,
    "rk": "Terlaksananya tugas sebagai narasumber bimbingan teknis pengelolaan keuangan",
    "iki": [
        [
            "Kuantitas",
            "Jumlah kegiatan bimbingan teknis",
            "2 kegiatan",
            ["", "", "1 kegiatan", "2 kegiatan", "> 2 kegiatan"],
        ]
    ],
    "pantau": ["Surat tugas", "Sekretariat", "Akhir tahun"],
}

# ---------------------------------------------------------------- SPEC §6, written out again


def half_up(value: float, decimals: int = 0) -> float:
    exact = Decimal(repr(round(value, 9)))
    return float(exact.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP))


def numbers_of(target: str) -> tuple[float, float] | None:
    found = [float(n.replace(".", "").replace(",", ".")) for n in re.findall(r"\d[\d.,]*", str(target))]
    if not found:
        return None
    return found[0], found[-1]


def capaian(low: float, high: float, real: float, khusus: bool) -> float:
    if low <= real <= high and low != high:
        return 100.0
    bound = high if real > high else low
    ratio = real / bound
    return (1 + (1 - ratio)) * 100 if khusus else ratio * 100


def kategori_nilai(c: float, maximum: bool, rounded: bool = True) -> tuple[str, float]:
    b = max(half_up(c) if rounded else c, 0.0)
    if maximum and b >= 100:
        return "Sangat Baik", 120.0
    if b > 110:
        return "Sangat Baik", 120.0
    if b > 100:
        return "Sangat Baik", 110 + 10 / 9 * (max(b, 101) - 101)
    if b == 100:
        return "Baik", 109.0
    if b >= 80:
        return "Cukup", 70 + 19 / 19 * (min(b, 99) - 80)
    if b >= 60:
        return "Kurang", 50 + 19 / 19 * (min(b, 79) - 60)
    return "Sangat Kurang", min(b, 59) / 59 * 49


def kategori_of(nilai: float) -> str:
    v = half_up(nilai, 2)
    return (
        "Sangat Baik"
        if v >= 110
        else "Baik"
        if v >= 90
        else "Cukup"
        if v >= 70
        else "Kurang"
        if v >= 50
        else "Sangat Kurang"
    )


FAKTOR = {"Sangat Baik": 100, "Baik": 80, "Cukup": 60, "Kurang": 40, "Sangat Kurang": 20}


def predikat(nilai: float, ide_baru: bool) -> str:
    v = half_up(nilai, 2)
    if v >= 110:
        return "Sangat Baik" if ide_baru else "Baik"
    return "Baik" if v >= 90 else "Butuh Perbaikan" if v >= 70 else "Kurang" if v >= 50 else "Sangat Kurang"


# ---------------------------------------------------------------- writing styles


def id_number(value: float, decimals: int) -> str:
    text = f"{half_up(value, decimals):.{decimals}f}"
    return text.replace(".", ",")


def write_capaian(c: float, style: str) -> tuple[Any, str | None]:
    if style == "teks2":
        return f"{id_number(c, 2)} %", None
    if style == "teks1":
        return f"{id_number(c, 1)}%", None
    if style == "teks0":
        return f"{id_number(c, 0)} %", None
    if style == "pecahan":  # a formula's result in a %-formatted cell
        return c / 100, "0.00%"
    if style == "pecahan0":  # =ROUND(realisasi/target;2) shown as 96 %
        return half_up(c / 100, 2), "0%"
    if style == "pecahan_teks":  # "0,96" typed as text
        return id_number(c / 100, 2), None
    if style == "angka":  # 97.89 in a column headed CAPAIAN IKI (%)
        return half_up(c, 2), "0.00"
    raise ValueError(style)


def write_word(word: str, style: str) -> str:
    if style == "kapital":
        return word.upper()
    if style == "kecil":
        return word.lower()
    if style == "singkat":
        return "".join(w[0] for w in word.split()).upper()
    if style == "kurung":
        return f"{word} ({''.join(w[0] for w in word.split()).upper()})"
    return word


def write_nilai(v: float, style: str) -> tuple[Any, str | None]:
    if style == "angka2":
        return half_up(v, 2), "0.00"
    if style == "mentah":
        return v, "0.00"
    if style == "teks2":
        return id_number(v, 2), None
    if style == "angka0":
        return half_up(v, 0), "0"
    raise ValueError(style)


# ---------------------------------------------------------------- the Penilaian sheet


def default_pen() -> dict[str, Any]:
    return {
        "real": {},  # key -> (written, number or None)
        "tgt": {},  # key -> target as written on the Penilaian sheet
        "tnum": {},  # key -> (low, high) the score uses, where the written target is not it
        "fmt": {},  # key.field -> number format
        "khusus": [],  # keys scored lower-is-better besides waktu/biaya
        "tulis": {},  # key.field -> value written instead of the computed one (defects)
        "capaian": "teks2",
        "kategori": "kata",
        "nilai": "angka2",
        "predikat_gaya": "kata",
        "perilaku": 90.0,
        "predikat": None,  # written instead of the computed one
        "nilai_akhir": None,  # written instead of the computed one
        "judul_capaian": "CAPAIAN IKI",
        "kolom_rk": True,
        "tanpa_hitung": [],  # keys with nothing written in capaian/kategori/nilai
        "periode": None,
        "tambahan": True,
        "bulat": True,
        "capaian_desimal": None,  # capaian =ROUND(…;d) before it is scored, unbanded
        # each nilai computed from the ones above as written, rounded to this many decimals
        "rantai": None,
        # nilai kinerja = bobot SKP % Nilai SKP + bobot perilaku % nilai perilaku
        "bobot": (70, 30),
        "judul": {},
        "aspek_tulis": {},  # key -> aspek as written on the Penilaian sheet
        "tanpa_aspek": False,  # no ASPEK column on the Penilaian sheet
        "judul_ulang": False,  # the header row copied again after the first RK (a page break)
        "sela": False,  # a blank row between RKs
        "no_iki": False,  # NO per IKI row: 1.1, 1.2 …
        "format_akhir": "{}",  # the Nilai Akhir SKP as text around the number (None: a number)
        "format_predikat": "{}",  # field -> column label written instead of the template's
        "kolom_kategori": False,  # KATEGORI PENILAIAN columns (Model Pengembangan) on the Penilaian sheet
        "rk_ulang": False,  # RK cells (and its kategori/nilai) repeated on every IKI row, nothing merged
    }


def score(spec: dict[str, Any]) -> dict[str, Any]:
    """Every computed value of the Penilaian, keyed as the sheet writes it."""
    pen = spec["pen"]
    out: dict[str, Any] = {"iki": {}, "rk": {}}
    parts = [("utama", spec["rencana"])] + ([("tambahan", spec["tambahan"])] if pen["tambahan"] else [])
    for part, items in parts:
        for n, item in enumerate(items, 1):
            values = []
            for k, (aspek, _iki, target, _kat) in enumerate(item["iki"], 1):
                key = f"{part}{n}.{k}"
                written, real = pen["real"].get(key, REALISASI[key])
                tnum = pen["tnum"].get(key) or numbers_of(pen["tgt"].get(key, target))
                if real is None or tnum is None:
                    out["iki"][key] = None
                    values.append(None)
                    continue
                khusus = aspek.lower() in ("waktu", "biaya") or key in pen["khusus"]
                c = capaian(tnum[0], tnum[1], real, khusus)
                t = str(pen["tgt"].get(key, target))
                maximum = not khusus and "%" in t and tnum[0] == tnum[1] and tnum[1] >= 100
                if pen["capaian_desimal"] is not None:
                    c = half_up(c, pen["capaian_desimal"])
                kat, nilai = kategori_nilai(c, maximum, pen["bulat"] and pen["capaian_desimal"] is None)
                if pen["rantai"] is not None:
                    nilai = half_up(nilai, pen["rantai"])
                out["iki"][key] = (c, kat, nilai)
                values.append(nilai)
            if any(v is None for v in values):
                out["rk"][f"{part}{n}"] = None
                continue
            rk_nilai = sum(values) / len(values)  # type: ignore[arg-type]
            if pen["rantai"] is not None:
                rk_nilai = half_up(rk_nilai, max(pen["rantai"], 1))
            out["rk"][f"{part}{n}"] = (kategori_of(rk_nilai), rk_nilai)
    utama = [v for k, v in out["rk"].items() if k.startswith("utama")]
    if any(v is None for v in utama):
        return out
    count = len(utama)
    ku = 0.0
    for k, v in out["rk"].items():
        if k.startswith("utama"):
            share = v[1] / count if pen["rantai"] is None else half_up(v[1] / count, max(pen["rantai"], 1))
            out["rk"][k] = (*v, share)
            ku += share
    kt = 0.0
    for k, v in out["rk"].items():
        if k.startswith("tambahan") and v is not None:
            share = FAKTOR[v[0]] * 10 / 100 * v[1] / 100
            if pen["rantai"] is not None:
                share = half_up(share, max(pen["rantai"], 1))
            out["rk"][k] = (*v, share)
            kt += share
    kt = min(kt, 10)
    out["ku"], out["kt"] = ku, kt
    out["skp"] = half_up(min(ku + kt, 120), 2)
    if pen["perilaku"] is not None:
        out["kinerja"] = half_up((pen["bobot"][0] * out["skp"] + pen["bobot"][1] * pen["perilaku"]) / 100, 2)
        out["predikat"] = predikat(out["kinerja"], False)
    return out


FIELDS = [
    "no",
    "atasan",
    "rk",
    "aspek",
    "iki",
    "target",
    "realisasi",
    "capaian",
    "kategori",
    "nilai",
    "kategori_rk",
    "nilai_rk",
    "tertimbang",
]
LABELS = {
    "no": "NO",
    "atasan": "RENCANA KINERJA ATASAN LANGSUNG/UNIT KERJA/ORGANISASI",
    "rk": "RENCANA KINERJA",
    "aspek": "ASPEK",
    "iki": "INDIKATOR KINERJA INDIVIDU",
    "target": "TARGET",
    "realisasi": "REALISASI",
    "capaian": "CAPAIAN IKI",
    "kategori": "KATEGORI CAPAIAN IKI",
    "nilai": "NILAI CAPAIAN IKI",
    "kategori_rk": "KATEGORI CAPAIAN RK",
    "nilai_rk": "NILAI CAPAIAN RK",
    "tertimbang": "NILAI TERTIMBANG",
    "sk": "SANGAT KURANG",
    "k": "KURANG",
    "c": "CUKUP",
    "b": "BAIK",
    "sb": "SANGAT BAIK",
}
LEVELS = ["sk", "k", "c", "b", "sb"]


def penilaian_sheet(book: Any) -> None:
    """Pengubah merah_ah: tambah lembar Penilaian yang diisi menurut ``spec['pen']``."""
    spec = book.spec
    pen = spec["pen"]
    scored = score(spec)
    ws = book.wb.create_sheet(PEN)
    cells = book.cells
    fields = list(FIELDS)
    if pen["kolom_kategori"]:  # Model Pengembangan: the plan's kategori between TARGET and REALISASI
        at = fields.index("realisasi")
        fields[at:at] = LEVELS
    if not pen["kolom_rk"]:
        fields = fields[: fields.index("nilai") + 1]
    if pen["tanpa_aspek"]:
        fields.remove("aspek")
    COL = {name: i for i, name in enumerate(fields, 1)}  # noqa: N806

    def put(r: int, field: str, value: Any, fmt: str | None = None, key: str | None = None) -> None:
        if value is None:
            return
        cell = ws.cell(r, COL[field], value)
        fmt = pen["fmt"].get(f"{key}.{field}", fmt)
        if fmt:
            cell.number_format = fmt
        if key is not None:
            cells[f"pen.{key}.{field}"] = f"{get_column_letter(COL[field])}{r}"

    ws["A1"] = "PENILAIAN SASARAN KINERJA PEGAWAI"
    ws["A2"] = "DINAS PERHUBUNGAN KABUPATEN LEMBAH HIJAU"
    ws["A3"] = pen["periode"] or spec["periode"]
    ws["A5"], ws["B5"], ws["G5"], ws["H5"] = "NO", "PEGAWAI YANG DINILAI", "NO", "PEJABAT PENILAI KINERJA"
    for i, (key, label) in enumerate(
        [
            ("nama", "NAMA"),
            ("nip", "NIP"),
            ("pangkat", "PANGKAT/GOL RUANG"),
            ("jabatan", "JABATAN"),
            ("unit", "UNIT KERJA"),
        ]
    ):
        r = 6 + i
        ws.cell(r, 1, i + 1)
        ws.cell(r, 2, label)
        ws.cell(r, 3, spec["pegawai"][key]).number_format = "@"
        ws.cell(r, 7, i + 1)
        ws.cell(r, 8, label)
        ws.cell(r, 9, spec["penilai"][key]).number_format = "@"
    labels = LABELS | {"capaian": pen["judul_capaian"]} | pen["judul"]
    two_rows = pen["kolom_kategori"]
    for i, field in enumerate(fields, 1):
        if field in LEVELS:
            ws.cell(13, i, labels[field])
            if field == "sk":
                ws.cell(12, i, "KATEGORI PENILAIAN")
                ws.merge_cells(start_row=12, start_column=i, end_row=12, end_column=i + 4)
        else:
            ws.cell(12, i, labels[field])
            if two_rows:
                ws.merge_cells(start_row=12, start_column=i, end_row=13, end_column=i)
        ws.cell(14 if two_rows else 13, i, i)
    r = 15 if two_rows else 14
    parts = [("utama", "A. KINERJA UTAMA", spec["rencana"])]
    if pen["tambahan"]:
        parts.append(("tambahan", "B. KINERJA TAMBAHAN", spec["tambahan"]))
    for part, label, items in parts:
        ws.cell(r, 1, label)
        r += 1
        for n, item in enumerate(items, 1):
            if pen["sela"] and n > 1:
                r += 1
            if pen["judul_ulang"] and part == "utama" and n == 2:
                for i, field in enumerate(fields, 1):
                    ws.cell(r, i, labels[field])
                r += 1
            top = r
            put(r, "no", n)
            put(r, "atasan", item["atasan"])
            put(r, "rk", item["rk"])
            rk = scored["rk"].get(f"{part}{n}")
            for k, (aspek, iki, target, kategori) in enumerate(item["iki"], 1):
                if pen["kolom_rk"] and rk is not None and (k == 1 or pen["rk_ulang"]):
                    put(r, "kategori_rk", write_word(rk[0], pen["kategori"]), key=f"{part}{n}")
                    put(r, "nilai_rk", *write_nilai(rk[1], pen["nilai"]), key=f"{part}{n}")
                    if len(rk) > 2:
                        put(r, "tertimbang", *write_nilai(rk[2], pen["nilai"]), key=f"{part}{n}")
                if k > 1 and pen["rk_ulang"]:
                    put(r, "no", n)
                    put(r, "atasan", item["atasan"])
                    put(r, "rk", item["rk"])
                if pen["kolom_kategori"]:
                    for level, value in zip(LEVELS, kategori, strict=True):
                        put(r, level, value or None)
                key = f"{part}{n}.{k}"
                written, _ = pen["real"].get(key, REALISASI[key])
                if "aspek" in COL:
                    put(r, "aspek", pen["aspek_tulis"].get(key, aspek))
                if pen["no_iki"]:
                    put(r, "no", f"{n}.{k}")
                put(r, "iki", iki)
                put(r, "target", pen["tgt"].get(key, target), key=key)
                put(r, "realisasi", written, key=key)
                for field in ("realisasi", "capaian", "kategori", "nilai"):
                    cells[f"pen.{key}.{field}"] = f"{get_column_letter(COL[field])}{r}"
                iki_score = scored["iki"].get(key)
                if iki_score is not None and key not in pen["tanpa_hitung"]:
                    c, kat, nilai = iki_score
                    put(r, "capaian", *write_capaian(c, pen["capaian"]), key=key)
                    put(r, "kategori", write_word(kat, pen["kategori"]), key=key)
                    put(r, "nilai", *write_nilai(nilai, pen["nilai"]), key=key)
                r += 1
            if r - top > 1 and not pen["rk_ulang"]:
                for field in (
                    ("atasan", "rk")
                    + (() if pen["no_iki"] else ("no",))
                    + (("kategori_rk", "nilai_rk", "tertimbang") if pen["kolom_rk"] else ())
                ):
                    ws.merge_cells(
                        start_row=top, start_column=COL[field], end_row=r - 1, end_column=COL[field]
                    )
    # writes over computed values (defects and other spellings)
    for where, value in pen["tulis"].items():
        key, field = where.rsplit(".", 1)
        addr = cells.get(f"pen.{key}.{field}")
        if addr is None:
            raise KeyError(where)
        ws[addr] = value
        if isinstance(value, str):
            ws[addr].number_format = "General"
    last = COL["tertimbang"] if pen["kolom_rk"] else COL["nilai"]
    totals: list[tuple[str, str, Any]] = []
    if "skp" in scored:
        if pen["kolom_rk"]:
            totals += [
                ("ku", "NILAI KINERJA UTAMA", scored["ku"]),
                ("kt", "NILAI KINERJA TAMBAHAN", scored["kt"]),
            ]
        totals.append(
            (
                "skp",
                "NILAI AKHIR SKP",
                pen["nilai_akhir"]
                if pen["nilai_akhir"] is not None
                else pen["format_akhir"].format(id_number(scored["skp"], 2))
                if pen["format_akhir"] != "{}"
                else scored["skp"],
            )
        )
        if "kinerja" in scored:
            totals += [
                ("perilaku", "NILAI PERILAKU KERJA", pen["perilaku"]),
                ("kinerja", "NILAI KINERJA PEGAWAI", scored["kinerja"]),
                (
                    "predikat",
                    "PREDIKAT KINERJA PEGAWAI",
                    pen["predikat"]
                    if pen["predikat"] is not None
                    else pen["format_predikat"].format(
                        write_word(scored["predikat"], pen["predikat_gaya"]), id_number(scored["kinerja"], 2)
                    ),
                ),
            ]
    for key, label, value in totals:
        ws.cell(r, 1, label)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=last - 1)
        cell = ws.cell(r, last, value if isinstance(value, str) else half_up(value, 2))
        if not isinstance(value, str):
            cell.number_format = "0.00"
        cells[f"pen.{key}"] = f"{get_column_letter(last)}{r}"
        r += 1
    ws.cell(r + 2, 9, "Lembah Hijau, 31 Desember 2025")
    ws.cell(r + 3, 3, "PEGAWAI YANG DINILAI")
    ws.cell(r + 3, 9, "PEJABAT PENILAI KINERJA")
    ws.cell(r + 7, 3, spec["pegawai"]["nama"])
    ws.cell(r + 7, 9, spec["penilai"]["nama"])
    ws.cell(r + 8, 3, "NIP. " + spec["pegawai"]["nip"])
    ws.cell(r + 8, 9, "NIP. " + spec["penilai"]["nip"])


# ---------------------------------------------------------------- probes

Defect = tuple[str, str, str]  # code, sheet, cell key
Probe = tuple[str, str, Callable[[dict[str, Any]], None], list[Defect]]


def probes() -> list[Probe]:
    """(nama, uraian, pengubah spesifikasi, cacat [(kode, lembar, kunci sel)])."""
    out: list[Probe] = []

    def pen(**values: Any) -> Callable[[dict[str, Any]], None]:
        def change(s: dict[str, Any]) -> None:
            for key, value in values.items():
                if isinstance(value, dict):
                    s["pen"][key].update(value)
                else:
                    s["pen"][key] = value

        return change

    def plan_target(key: str, text: str, kategori: list[str]) -> Callable[[dict[str, Any]], None]:
        """Ubah target IKI (dan kategori penilaiannya) di rencana (lembar SKP dan Penilaian)."""

        def change(s: dict[str, Any]) -> None:
            part, rest = key[:-3], key[-3:]
            n, k = (int(x) for x in rest.split("."))
            items = s["rencana"] if part == "utama" else s["tambahan"]
            items[n - 1]["iki"][k - 1][2] = text
            items[n - 1]["iki"][k - 1][3] = kategori

        return change

    def both(*changes: Callable[[dict[str, Any]], None]) -> Callable[[dict[str, Any]], None]:
        def change(s: dict[str, Any]) -> None:
            for c in changes:
                c(s)

        return change

    def add_probe(
        name: str, about: str, change: Callable[[dict[str, Any]], None], defects: list[Defect] | None = None
    ) -> None:
        out.append((name, about, change, defects or []))

    add_probe(
        "01-dasar",
        "garis dasar: realisasi bersatuan, capaian '102,22 %', kategori kata, nilai 2 desimal",
        pen(),
    )
    add_probe(
        "02-realisasi-persen-angka",
        "realisasi 0,92 dan 0,93 berformat 0% (tampil 92 %, 93 %) terhadap target teks '90 %'/'95 %'",
        pen(
            real={"utama1.2": (0.92, 92), "utama2.2": (0.93, 93)},
            fmt={"utama1.2.realisasi": "0%", "utama2.2.realisasi": "0%"},
        ),
    )
    add_probe(
        "03-ribuan-titik",
        "target rencana '1.000 dokumen', di Penilaian '1000 Dokumen', realisasi '1.050 dokumen'",
        both(
            plan_target(
                "utama2.1",
                "1.000 dokumen",
                [
                    "< 600 dokumen",
                    "600 - 799 dokumen",
                    "800 - 999 dokumen",
                    "1.000 dokumen",
                    "> 1.000 dokumen",
                ],
            ),
            pen(tgt={"utama2.1": "1000 Dokumen"}, real={"utama2.1": ("1.050 dokumen", 1050)}),
        ),
    )
    add_probe(
        "04-realisasi-kata-tercapai",
        "realisasi 'Tercapai' dan 'Sesuai target' (tanpa angka) dengan capaian '100 %', Baik, 109",
        pen(
            real={"utama1.1": ("Tercapai", None), "utama2.1": ("Sesuai target", None)},
            tulis={
                "utama1.1.capaian": "100 %",
                "utama1.1.kategori": "Baik",
                "utama1.1.nilai": 109,
                "utama2.1.capaian": "100 %",
                "utama2.1.kategori": "Baik",
                "utama2.1.nilai": 109,
            },
        ),
    )
    add_probe(
        "05-realisasi-persen-selesai",
        "realisasi '92% selesai' dan '93 % (tercapai)'",
        pen(real={"utama1.2": ("92% selesai", 92), "utama2.2": ("93 % (tercapai)", 93)}),
    )
    add_probe(
        "06-tenggat-bulan",
        "IKI waktu bertarget 'Desember 2025' dengan realisasi 'November 2025' tanpa capaian",
        both(
            plan_target("utama1.3", "Desember 2025", ["", "", "", "Desember 2025", "November 2025"]),
            pen(real={"utama1.3": ("November 2025", None)}),
        ),
    )
    add_probe(
        "07-tenggat-tanggal",
        "IKI waktu bertarget '31 Maret 2025', realisasi sel tanggal 28/03/2025, capaian '100 %' Baik 109",
        both(
            plan_target(
                "utama1.3", "31 Maret 2025", ["", "", "> 30 April 2025", "31 Maret 2025", "< 31 Maret 2025"]
            ),
            pen(
                real={"utama1.3": (datetime(2025, 3, 28), None)},
                fmt={"utama1.3.realisasi": "DD/MM/YYYY"},
                tulis={"utama1.3.capaian": "100 %", "utama1.3.kategori": "Baik", "utama1.3.nilai": 109},
            ),
        ),
    )
    add_probe(
        "08-capaian-pecahan",
        "capaian hasil rumus: pecahan tak dibulatkan berformat 0.00%",
        pen(capaian="pecahan"),
    )
    add_probe(
        "09-capaian-pecahan-bulat",
        "capaian =ROUND(realisasi/target;2) berformat 0% (tampil 98 %)",
        pen(capaian="pecahan0"),
    )
    add_probe("10-capaian-teks-pecahan", "capaian ditulis teks '0,98' (tanpa %)", pen(capaian="pecahan_teks"))
    add_probe("11-capaian-satu-desimal", "capaian '97,9%' (satu desimal)", pen(capaian="teks1"))
    add_probe("12-capaian-bulat", "capaian '98 %' (bulat)", pen(capaian="teks0"))
    add_probe(
        "13-capaian-angka-judul-persen",
        "kolom 'CAPAIAN IKI (%)' berisi angka 97,89",
        pen(capaian="angka", judul_capaian="CAPAIAN IKI (%)"),
    )
    add_probe(
        "14-capaian-lebih-100",
        "realisasi '15 laporan' dari 12 (125 %) dan '7 usulan' dari 6 (116,67 %): Sangat Baik 120",
        pen(real={"utama1.1": ("15 laporan", 15), "utama3.1": ("7 usulan", 7)}),
    )
    add_probe(
        "16-target-beda-spasi",
        "target di Penilaian '90%', '12 Laporan', '3 Bulan', '95 persen' (di rencana '90 %', '12 laporan', "
        "'3 bulan', '95 %')",
        pen(
            tgt={"utama1.2": "90%", "utama1.1": "12 Laporan", "utama1.3": "3 Bulan", "utama2.2": "95 persen"}
        ),
    )
    add_probe(
        "17-kategori-kapital",
        "kategori dan predikat kapital 'SANGAT BAIK', 'CUKUP'",
        pen(kategori="kapital", predikat_gaya="kapital"),
    )
    add_probe(
        "18-kategori-kecil",
        "kategori dan predikat huruf kecil 'sangat baik', 'baik'",
        pen(kategori="kecil", predikat_gaya="kecil"),
    )
    add_probe("19-kategori-singkat", "kategori 'SB', 'B', 'C'", pen(kategori="singkat"))
    add_probe("20-nilai-mentah", "nilai hasil rumus tanpa pembulatan (111,1111…)", pen(nilai="mentah"))
    add_probe("21-nilai-teks", "nilai ditulis teks '111,11'", pen(nilai="teks2"))
    add_probe("22-nilai-bulat", "nilai dibulatkan ke bilangan bulat (111)", pen(nilai="angka0"))
    add_probe(
        "23-tanpa-perilaku", "Penilaian tanpa nilai perilaku, nilai kinerja dan predikat", pen(perilaku=None)
    )
    add_probe(
        "24-predikat-butuh-perbaikan",
        "nilai perilaku 60: nilai kinerja di bawah 90, predikat 'Butuh Perbaikan'",
        both(pen(perilaku=60.0, real={"utama1.2": ("70 %", 70), "utama2.2": ("70 %", 70)})),
    )
    add_probe(
        "25-predikat-cukup",
        "predikat 'Cukup' (sebutan lama Butuh Perbaikan)",
        pen(perilaku=60.0, real={"utama1.2": ("70 %", 70), "utama2.2": ("70 %", 70)}, predikat="Cukup"),
    )
    add_probe(
        "26-tanpa-kolom-rk",
        "Penilaian tanpa kolom kategori/nilai RK dan nilai tertimbang",
        pen(kolom_rk=False),
    )
    add_probe("27-tanpa-tambahan", "Penilaian tanpa Kinerja Tambahan (tidak dinilai)", pen(tambahan=False))
    add_probe(
        "28-rentang-target",
        "target rentang '80 - 90 %' di rencana dan Penilaian, realisasi '92 %' (102,22 %)",
        both(
            plan_target("utama1.2", "80 - 90 %", ["< 60 %", "60 - 69 %", "70 - 79 %", "80 - 90 %", "> 90 %"]),
            pen(),
        ),
    )
    add_probe(
        "29-realisasi-desimal",
        "IKI waktu realisasi '2,5 bulan' (116,67 %) dan '4,5 hari' (110 %)",
        pen(real={"utama1.3": ("2,5 bulan", 2.5), "utama3.2": ("4,5 hari", 4.5)}),
    )
    add_probe(
        "30-target-maksimal",
        "target '100 %' tanpa temuan, realisasi '100 %': Sangat Baik 120",
        both(
            plan_target("utama2.2", "100 %", ["< 80 %", "80 - 89 %", "90 - 99 %", "100 %", ""]),
            pen(real={"utama2.2": ("100 %", 100)}),
        ),
    )
    add_probe(
        "31-realisasi-angka-saja",
        "realisasi angka tanpa satuan (12, 92, 3, 4, 93, 5, 4, 3)",
        pen(real={k: (v[1], v[1]) for k, v in REALISASI.items()}),
    )
    add_probe(
        "33-capaian-tanpa-bulat",
        "capaian tidak dibulatkan sebelum dibanding (bacaan lain SPEC §6.2): 97,89 % → nilai 87,89",
        pen(bulat=False),
    )
    add_probe(
        "35-capaian-satu-desimal-berantai",
        "capaian =ROUND(…;1) '97,9%', nilai IKI dihitung dari capaian itu (87,90), ditulis 2 desimal",
        pen(capaian="teks1", capaian_desimal=1),
    )
    add_probe(
        "36-capaian-dua-desimal-berantai",
        "capaian =ROUND(…;2) berformat 0.00% dan nilai IKI dihitung dari capaian itu",
        pen(capaian="pecahan", capaian_desimal=2),
    )
    add_probe(
        "37-nilai-bulat-berantai",
        "nilai IKI dibulatkan ke bilangan bulat (111, 109, 88…), nilai RK rata-rata nilai IKI tertulis, "
        "nilai tertimbang dan Nilai Akhir dari nilai tertulis (2 desimal)",
        pen(rantai=0, nilai="angka2"),
    )
    add_probe(
        "38-nilai-satu-desimal-berantai",
        "setiap nilai =ROUND(…;1) dan dihitung dari nilai tertulis di atasnya",
        pen(rantai=1, nilai="angka2"),
    )
    add_probe(
        "39-realisasi-nol",
        "realisasi '0 usulan': capaian '0,00 %', Sangat Kurang, nilai 0",
        pen(real={"utama3.1": ("0 usulan", 0)}),
    )
    add_probe(
        "40-realisasi-persen-desimal",
        "realisasi '92,5 %' dan '93,25%'",
        pen(real={"utama1.2": ("92,5 %", 92.5), "utama2.2": ("93,25%", 93.25)}),
    )
    add_probe(
        "41-target-pecahan-persen",
        "target di Penilaian 0,9 dan 0,95 berformat 0% (rencana '90 %', '95 %'), realisasi 0,92 dan 0,93 "
        "berformat 0%",
        pen(
            tgt={"utama1.2": 0.9, "utama2.2": 0.95},
            tnum={"utama1.2": (90, 90), "utama2.2": (95, 95)},
            real={"utama1.2": (0.92, 92), "utama2.2": (0.93, 93)},
            fmt={
                "utama1.2.realisasi": "0%",
                "utama2.2.realisasi": "0%",
                "utama1.2.target": "0%",
                "utama2.2.target": "0%",
            },
        ),
    )
    add_probe(
        "42-bobot-60-40",
        "nilai kinerja 60 % SKP + 40 % perilaku (penilaian rekan dan bawahan)",
        pen(bobot=(60, 40), perilaku=80.0),
    )
    add_probe(
        "34-predikat-kapital-tanpa-kolom",
        "predikat 'BAIK' dan nilai teks '103,45'",
        pen(predikat_gaya="kapital", nilai="teks2"),
    )
    add_probe(
        "43-kolom-kategori",
        "Penilaian Model Pengembangan: kolom KATEGORI PENILAIAN (SANGAT KURANG … SANGAT BAIK) di antara "
        "TARGET dan REALISASI, judul dua baris",
        pen(kolom_kategori=True),
    )
    add_probe(
        "44-rk-diulang",
        "RK, RK atasan, NO, kategori dan nilai RK diulang di setiap baris IKI, tanpa gabung",
        pen(rk_ulang=True),
    )
    add_probe("45-kategori-kurung", "kategori 'Sangat Baik (SB)', 'Cukup (C)'", pen(kategori="kurung"))
    add_probe(
        "46-biaya",
        "IKI biaya target 'Rp 150.000.000', realisasi 'Rp 142.500.000' (kondisi khusus 105 %, Sangat Baik)",
        both(_biaya, pen(real={"utama1.3": ("Rp 142.500.000", 142500000)})),
    )
    add_probe(
        "47-dua-tambahan",
        "dua Kinerja Tambahan: jumlahnya (17,44) dibatasi 10",
        both(lambda s: s["tambahan"].append(copy.deepcopy(TAMBAHAN_KEDUA)), pen()),
    )
    add_probe(
        "48-target-persen-kecil",
        "target '10 %' (persentase peningkatan), realisasi 0,12 berformat 0% (120 %, Sangat Baik 120)",
        both(
            plan_target("utama2.2", "10 %", ["< 6 %", "6 - 7 %", "8 - 9 %", "10 %", "> 10 %"]),
            pen(real={"utama2.2": (0.12, 12)}, fmt={"utama2.2.realisasi": "0%"}),
        ),
    )
    add_probe(
        "49-waktu-terlambat",
        "IKI waktu realisasi '4 bulan' dari 3 (66,67 %, Kurang 57)",
        pen(real={"utama1.3": ("4 bulan", 4)}),
    )
    add_probe(
        "70-hari-kerja",
        "IKI waktu target '5 hari kerja', realisasi '4 hari kerja'",
        both(
            plan_target(
                "utama3.2",
                "5 hari kerja",
                ["> 8 hari kerja", "7 - 8 hari kerja", "6 hari kerja", "5 hari kerja", "< 5 hari kerja"],
            ),
            pen(real={"utama3.2": ("4 hari kerja", 4)}),
        ),
    )
    add_probe(
        "71-target-berkualifikasi",
        "target '≥ 90 %' dan 'Minimal 4 dokumen' (realisasi 92 %, 4 dokumen)",
        both(
            plan_target("utama1.2", "≥ 90 %", ["< 70 %", "70 - 79 %", "80 - 89 %", "≥ 90 %", "> 95 %"]),
            plan_target(
                "utama2.1",
                "Minimal 4 dokumen",
                ["< 2 dokumen", "2 dokumen", "3 dokumen", "Minimal 4 dokumen", "> 4 dokumen"],
            ),
            pen(),
        ),
    )
    add_probe(
        "72-target-100-tidak-tercapai",
        "target '100 %', realisasi '98 %' (98 %, Cukup 88)",
        both(
            plan_target("utama2.2", "100 %", ["< 80 %", "80 - 89 %", "90 - 99 %", "100 %", ""]),
            pen(real={"utama2.2": ("98 %", 98)}),
        ),
    )
    add_probe(
        "73-waktu-nol",
        "IKI waktu realisasi '0 hari' (tanpa tunggakan): 200 %, Sangat Baik 120",
        pen(real={"utama3.2": ("0 hari", 0)}),
    )
    add_probe(
        "74-target-tanpa-kualifikasi",
        "rencana '≥ 90 %' dan 'Minimal 4 dokumen', di Penilaian '90 %' dan '4 dokumen'",
        both(
            plan_target("utama1.2", "≥ 90 %", ["< 70 %", "70 - 79 %", "80 - 89 %", "≥ 90 %", "> 95 %"]),
            plan_target(
                "utama2.1",
                "Minimal 4 dokumen",
                ["< 2 dokumen", "2 dokumen", "3 dokumen", "Minimal 4 dokumen", "> 4 dokumen"],
            ),
            pen(tgt={"utama1.2": "90 %", "utama2.1": "4 dokumen"}),
        ),
    )
    add_probe(
        "75-biaya-juta",
        "IKI biaya: rencana 'Rp 150.000.000', Penilaian 'Rp 150 juta', realisasi 'Rp 142,5 juta'",
        both(
            _biaya,
            pen(
                tgt={"utama1.3": "Rp 150 juta"},
                tnum={"utama1.3": (150000000, 150000000)},
                real={"utama1.3": ("Rp 142,5 juta", 142500000)},
            ),
        ),
    )
    add_probe(
        "76-biaya-strip-koma",
        "IKI biaya: Penilaian 'Rp. 150.000.000,-', realisasi 'Rp. 142.500.000,-'",
        both(
            _biaya,
            pen(tgt={"utama1.3": "Rp. 150.000.000,-"}, real={"utama1.3": ("Rp. 142.500.000,-", 142500000)}),
        ),
    )
    add_probe(
        "77-target-terbilang",
        "di Penilaian '12 (dua belas) laporan', '3 (tiga) bulan', realisasi '12 (dua belas) laporan'",
        pen(
            tgt={"utama1.1": "12 (dua belas) laporan", "utama1.3": "3 (tiga) bulan"},
            real={"utama1.1": ("12 (dua belas) laporan", 12)},
        ),
    )
    add_probe(
        "78-target-singkatan",
        "di Penilaian '4 Dok.', '6 Usulan Revisi', '5 Hari Kerja'",
        pen(tgt={"utama2.1": "4 Dok.", "utama3.1": "6 Usulan Revisi", "utama3.2": "5 Hari Kerja"}),
    )
    add_probe(
        "79-sebagian-tanpa-hitung",
        "capaian, kategori dan nilai IKI 2.1 dan 3.2 tidak diisi (hanya realisasi), nilai RK tetap ditulis",
        pen(tanpa_hitung=["utama2.1", "utama3.2"]),
    )
    add_probe(
        "80-judul-pendek",
        "judul kolom 'CAPAIAN (%)', 'KATEGORI', 'NILAI', 'KATEGORI RK', 'NILAI RK'",
        pen(
            judul={
                "capaian": "CAPAIAN (%)",
                "kategori": "KATEGORI",
                "nilai": "NILAI",
                "kategori_rk": "KATEGORI RK",
                "nilai_rk": "NILAI RK",
            }
        ),
    )
    add_probe(
        "81-judul-kinerja",
        "judul kolom 'REALISASI 2025', 'CAPAIAN KINERJA (%)', 'KATEGORI CAPAIAN KINERJA', "
        "'NILAI CAPAIAN KINERJA'",
        pen(
            judul={
                "realisasi": "REALISASI 2025",
                "capaian": "CAPAIAN KINERJA (%)",
                "kategori": "KATEGORI CAPAIAN KINERJA",
                "nilai": "NILAI CAPAIAN KINERJA",
            }
        ),
    )
    add_probe(
        "82-judul-rk-panjang",
        "judul 'KATEGORI CAPAIAN RENCANA KINERJA', 'NILAI CAPAIAN RENCANA KINERJA', "
        "'NILAI TERTIMBANG RK', 'CAPAIAN IKI (%)'",
        pen(
            judul={
                "kategori_rk": "KATEGORI CAPAIAN RENCANA KINERJA",
                "nilai_rk": "NILAI CAPAIAN RENCANA KINERJA",
                "tertimbang": "NILAI TERTIMBANG RK",
                "capaian": "CAPAIAN IKI (%)",
            },
            capaian="angka",
        ),
    )
    add_probe(
        "83-judul-ikon",
        "judul 'TARGET TAHUNAN', 'REALISASI AKHIR', 'CAPAIAN', 'KATEGORI CAPAIAN', 'NILAI IKI'",
        pen(
            judul={
                "target": "TARGET TAHUNAN",
                "realisasi": "REALISASI AKHIR",
                "capaian": "CAPAIAN",
                "kategori": "KATEGORI CAPAIAN",
                "nilai": "NILAI IKI",
            }
        ),
    )
    add_probe(
        "84-aspek-pp46",
        "aspek di sheet Penilaian 'Kuant/Output', 'Kual/Mutu', 'Waktu (bulan)', 'IKI (Waktu)'",
        pen(
            aspek_tulis={
                "utama1.1": "Kuant/Output",
                "utama1.2": "Kual/Mutu",
                "utama1.3": "Waktu (bulan)",
                "utama3.2": "IKI (Waktu)",
            }
        ),
    )
    add_probe(
        "85-tanpa-kolom-aspek",
        "sheet Penilaian tanpa kolom ASPEK (IKI waktu dihitung kondisi khusus)",
        pen(tanpa_aspek=True),
    )
    add_probe(
        "86-judul-diulang",
        "baris judul tabel Penilaian diulang sesudah RK pertama (pindah halaman)",
        pen(judul_ulang=True),
    )
    add_probe("87-baris-sela", "satu baris kosong di antara RK pada sheet Penilaian", pen(sela=True))
    add_probe("88-nomor-iki", "kolom NO per baris IKI: 1.1, 1.2, 1.3, 2.1 …", pen(no_iki=True))
    add_probe(
        "89-akhir-dan-predikat-berketerangan",
        "Nilai Akhir '110,29 (Sangat Baik)' dan predikat 'Baik (104,20)' sebagai teks",
        pen(format_akhir="{} (Sangat Baik)", format_predikat="{} ({})"),
    )
    # ------------------------------------------------------------ defective twins
    add_probe(
        "51-capaian-salah",
        "capaian IKI 2.2 ditulis '100 %' (seharusnya 97,89 %)",
        pen(tulis={"utama2.2.capaian": "100 %"}),
        [("capaian-tidak-sesuai", PEN, "pen.utama2.2.capaian")],
    )
    add_probe(
        "52-realisasi-kosong",
        "realisasi IKI 1.2 kosong",
        pen(real={"utama1.2": (None, None)}),
        [("realisasi-kosong", PEN, "pen.utama1.2.realisasi")],
    )
    add_probe(
        "53-predikat-salah",
        "predikat 'Sangat Baik' pada nilai kinerja di bawah 110",
        pen(predikat="Sangat Baik"),
        [("predikat-tidak-sesuai", PEN, "pen.predikat")],
    )
    add_probe(
        "54-kategori-salah",
        "kategori IKI 2.2 'Baik' (capaian 97,89 % → Cukup)",
        pen(tulis={"utama2.2.kategori": "Baik"}),
        [("capaian-tidak-sesuai", PEN, "pen.utama2.2.kategori")],
    )
    add_probe(
        "55-target-diubah",
        "target IKI 1.1 di Penilaian '10 laporan' (rencana '12 laporan')",
        pen(tgt={"utama1.1": "10 laporan"}, tnum={"utama1.1": (12, 12)}),
        [("target-penilaian-berbeda", PEN, "pen.utama1.1.target")],
    )
    add_probe(
        "56-iki-naik-dihitung-menurun",
        "IKI kuantitas 'Jumlah usulan revisi' realisasi 5 dari 6 dihitung seolah kondisi khusus (116,67 % "
        "Sangat Baik 120)",
        pen(
            tulis={"utama3.1.capaian": "116,67 %", "utama3.1.kategori": "Sangat Baik", "utama3.1.nilai": 120}
        ),
        [("capaian-tidak-sesuai", PEN, f"pen.utama3.1.{f}") for f in ("capaian", "kategori", "nilai")],
    )
    add_probe(
        "57-nilai-akhir-salah",
        "Nilai Akhir SKP ditulis 110,50",
        pen(nilai_akhir=110.5),
        [("capaian-tidak-sesuai", PEN, "pen.skp")],
    )
    add_probe(
        "58-realisasi-strip-tahunan",
        "Penilaian tahunan dengan realisasi '-' pada IKI 2.1 (SPEC §7: IKI tanpa realisasi)",
        pen(real={"utama2.1": ("-", None)}),
        [("realisasi-kosong", PEN, "pen.utama2.1.realisasi")],
    )
    add_probe(
        "59-nilai-iki-salah",
        "nilai IKI 3.1 ditulis 83 (capaian 83 % → 73)",
        pen(tulis={"utama3.1.nilai": 83}),
        [("capaian-tidak-sesuai", PEN, "pen.utama3.1.nilai")],
    )
    add_probe(
        "60-iki-menurun-kualitas",
        "IKI kualitas 'Jumlah temuan pemeriksaan atas laporan keuangan' target '5 temuan', realisasi "
        "'3 temuan', dihitung kondisi khusus (makin sedikit makin baik): 140 % Sangat Baik 120; cacat "
        "menurut SPEC §6.1 (kondisi khusus hanya waktu/biaya, keputusan sama dengan merah_ae)",
        both(_iki_menurun, pen(real={"utama1.2": ("3 temuan", 3)}, khusus=["utama1.2"])),
        [("kategori-tidak-berurutan", "SKP", "=H18")]
        + [("capaian-tidak-sesuai", PEN, f"pen.utama1.2.{f}") for f in ("capaian", "kategori", "nilai")]
        + [("capaian-tidak-sesuai", PEN, f"pen.utama1.{f}") for f in ("kategori_rk", "nilai_rk")]
        + [("capaian-tidak-sesuai", PEN, "pen.skp")],
    )
    add_probe(
        "61-triwulan-porsi-target",
        "Penilaian triwulan I: periode 1 Januari s.d. 31 Maret 2025, kolom target memuat porsi triwulan "
        "('3 laporan', '1 dokumen', '2 usulan') dari target tahunan rencana; cacat menurut SPEC §7 "
        "(rencana tetap sejak penetapan)",
        pen(
            periode="PERIODE PENILAIAN: 1 JANUARI SD 31 MARET 2025",
            tgt={"utama1.1": "3 laporan", "utama2.1": "1 dokumen", "utama3.1": "2 usulan"},
            real={"utama1.1": ("3 laporan", 3), "utama2.1": ("1 dokumen", 1), "utama3.1": ("2 usulan", 2)},
        ),
        [("target-penilaian-berbeda", PEN, f"pen.{k}.target") for k in ("utama1.1", "utama2.1", "utama3.1")],
    )
    add_probe(
        "62-kolom-kategori-capaian-salah",
        "Penilaian dengan kolom KATEGORI PENILAIAN, capaian IKI 1.1 '95 %'",
        pen(kolom_kategori=True, tulis={"utama1.1.capaian": "95 %"}),
        [("capaian-tidak-sesuai", PEN, "pen.utama1.1.capaian")],
    )
    add_probe(
        "63-biaya-dihitung-normal",
        "IKI biaya dihitung kondisi normal (95 %, Cukup 85) padahal biaya makin kecil makin baik",
        both(
            _biaya,
            pen(
                real={"utama1.3": ("Rp 142.500.000", 142500000)},
                tulis={"utama1.3.capaian": "95,00 %", "utama1.3.kategori": "Cukup", "utama1.3.nilai": 85},
            ),
        ),
        [("capaian-tidak-sesuai", PEN, f"pen.utama1.3.{f}") for f in ("capaian", "kategori", "nilai")],
    )
    short = {
        "capaian": "CAPAIAN (%)",
        "kategori": "KATEGORI",
        "nilai": "NILAI",
        "kategori_rk": "KATEGORI RK",
        "nilai_rk": "NILAI RK",
    }
    add_probe(
        "64-judul-pendek-nilai-salah",
        "judul seperti 80, nilai IKI 3.1 ditulis 83 (seharusnya 73)",
        pen(judul=short, tulis={"utama3.1.nilai": 83}),
        [("capaian-tidak-sesuai", PEN, "pen.utama3.1.nilai")],
    )
    add_probe(
        "65-judul-pendek-kategori-rk-salah",
        "judul seperti 80, kategori RK 1 'Sangat Baik' (nilai 109,70)",
        pen(judul=short, tulis={"utama1.kategori_rk": "Sangat Baik"}),
        [("capaian-tidak-sesuai", PEN, "pen.utama1.kategori_rk")],
    )
    add_probe(
        "66-judul-kinerja-nilai-salah",
        "judul seperti 81, nilai IKI 3.1 ditulis 83 (seharusnya 73)",
        pen(
            judul={
                "realisasi": "REALISASI 2025",
                "capaian": "CAPAIAN KINERJA (%)",
                "kategori": "KATEGORI CAPAIAN KINERJA",
                "nilai": "NILAI CAPAIAN KINERJA",
            },
            tulis={"utama3.1.nilai": 83},
        ),
        [("capaian-tidak-sesuai", PEN, "pen.utama3.1.nilai")],
    )
    add_probe(
        "67-predikat-berketerangan-salah",
        "predikat 'Sangat Baik (104,20)' pada nilai kinerja 104,2",
        pen(format_predikat="Sangat {} ({})"),
        [("predikat-tidak-sesuai", PEN, "pen.predikat")],
    )
    return out


def _biaya(s: dict[str, Any]) -> None:
    iki = s["rencana"][0]["iki"][2]
    iki[0] = "Biaya"
    iki[1] = "Biaya penyusunan laporan keuangan tahunan"
    iki[2] = "Rp 150.000.000"
    iki[3] = [
        "> Rp 180.000.000",
        "Rp 165.000.001 - Rp 180.000.000",
        "Rp 150.000.001 - Rp 165.000.000",
        "Rp 150.000.000",
        "< Rp 150.000.000",
    ]


def _iki_menurun(s: dict[str, Any]) -> None:
    iki = s["rencana"][0]["iki"][1]
    iki[1] = "Jumlah temuan pemeriksaan atas laporan keuangan"
    iki[2] = "5 temuan"
    iki[3] = ["> 8 temuan", "7 - 8 temuan", "6 temuan", "5 temuan", "< 5 temuan"]
    iki[0] = "Kualitas"


def build(folder: Path, manifest: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.glob("*.xlsx"):
        old.unlink()
    files = []
    for name, about, change, defects in probes():
        spec = base()
        spec["pen"] = default_pen()
        spec["o"]["ubah"] = [penilaian_sheet]
        change(spec)
        path = folder / f"{name}.xlsx"
        cells = Buku(spec).save(path)
        out_defects = [
            {"code": code, "sheet": sheet, "cell": key[1:] if key.startswith("=") else cells[key]}
            for code, sheet, key in defects
        ]
        files.append(
            {
                "file": path.name,
                "form": spec["form"],
                "clean": not defects,
                "defects": out_defects,
                "uraian": about,
            }
        )
    _builder.write_manifest(manifest, "merah_ak", SEED, files)


def main() -> None:
    _builder.run(build, HERE, __doc__)


if __name__ == "__main__":
    main()
