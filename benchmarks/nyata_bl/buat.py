"""Build the held-out set ``nyata_bl``: SKP workbooks a regency's territorial and public-order offices
(Kecamatan, Kelurahan, Satpol PP, BPBD, Dinas Pemadam Kebakaran) send in January 2027.

Deterministic (fixed seed, openpyxl only). Each workbook is first described as a plan (identity, RK, IKI,
kategori, cara memantau, butir kegiatan, Manual IKI), the drawn writing habits (``variasi``) and defects
change the plan, and the renderer records the cell of every marked element while writing it, so the cell
of each injected defect is known exactly.

Usage: ``python benchmarks/nyata_bl/buat.py [--keluaran DIR] [--harapan FILE]``.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import bank  # noqa: E402

SEED = 20270104
FORMS = [
    ("ja-dasar", 9),
    ("ja-pengembangan", 9),
    ("jf-dasar", 9),
    ("jf-pengembangan", 9),
    ("jpt-dasar", 7),
    ("jpt-pengembangan", 7),
]
VARIASI = [
    "rk_atasan_nama",
    "iki_huruf",
    "sheet_kapital",
    "titik_koma",
    "jabatan_unit",
    "ttd_nama_nip",
    "target_terbilang",
]
PERIODE = f"PERIODE PENILAIAN: 1 JANUARI SD 31 DESEMBER {bank.TAHUN}"
PERIODE_SALAH = f"PERIODE PENILAIAN: 1 JULI {bank.TAHUN} SD 30 JUNI {bank.TAHUN + 1}"
TANGGAL = f"4 Januari {bank.TAHUN}"

AKTIVITAS = {
    "camat": "Melaksanakan rapat koordinasi Forkopimcam secara rutin",
    "sekcam": "Menyusun dokumen perencanaan dan anggaran kecamatan",
    "kasi_pem": "Melaksanakan evaluasi perkembangan desa",
    "lurah": "Melaksanakan pembinaan pos ronda di lingkungan kelurahan",
    "pengadm": "Membuat notulen rapat kelurahan",
    "analis_pem": "Mengumpulkan bahan evaluasi perkembangan desa",
    "polpp_terampil": "Melaksanakan penertiban pelanggaran Perda di kawasan pasar",
    "polpp_mahir": "Melakukan penertiban reklame dan bangunan tanpa izin",
    "polpp_penyelia": "Memimpin apel kesiapsiagaan regu patroli",
    "polpp_pertama": "Menyusun berkas pelanggaran Perda untuk sidang tindak pidana ringan",
    "polpp_muda": "Melakukan evaluasi penegakan Perda kabupaten",
    "ppb_pertama": "Memfasilitasi pembentukan desa tangguh bencana",
    "analis_bencana_muda": "Menyusun rencana kontinjensi banjir dan tanah longsor",
    "damkar_terampil": "Melaksanakan operasi penyelamatan non kebakaran",
    "analis_kebakaran": "Menyusun peta rawan kebakaran kabupaten",
    "kasatpol": "Melaksanakan patroli gabungan penegakan Perda",
    "kalaksa": "Melaksanakan penanganan darurat bencana",
    "kadis_damkar": "Melaksanakan pembangunan pos sektor pemadam kebakaran",
}

EXCLUSIVE = [
    {"identitas-kosong", "pangkat-tidak-dikenal", "jenjang-golongan-tidak-sesuai"},
    {"nip-tidak-valid", "penilai-sama-dengan-pegawai"},
    {"keterkaitan-ak-hilang", "rk-tanpa-butir-kegiatan", "angka-kredit-tidak-valid"},
    {"rk-ganda", "rk-berbasis-aktivitas", "perspektif-tidak-valid", "perspektif-tidak-lengkap"},
    {"aspek-tidak-valid", "target-absolut", "aspek-ganda"},
    {
        "kategori-penilaian-kosong",
        "kategori-tidak-berurutan",
        "kategori-tidak-membedakan",
        "iki-tanpa-target",
        "target-tidak-terukur",
        "target-rentang-terbalik",
        "target-tanpa-satuan",
    },
]
SEVERITY = {
    "jenjang-golongan-tidak-sesuai": "peringatan",
    "rk-berbasis-aktivitas": "peringatan",
    "rk-ganda": "peringatan",
    "aspek-ganda": "peringatan",
    "target-absolut": "peringatan",
    "satuan-tidak-sesuai-aspek": "peringatan",
    "target-tanpa-satuan": "peringatan",
    "perspektif-tidak-lengkap": "peringatan",
}

_SATUAN = [
    "",
    "satu",
    "dua",
    "tiga",
    "empat",
    "lima",
    "enam",
    "tujuh",
    "delapan",
    "sembilan",
    "sepuluh",
    "sebelas",
]


def terbilang(n: int) -> str:
    """Indonesian number words (``24`` → ``dua puluh empat``), as written after a number in brackets."""
    if n < 12:
        return _SATUAN[n]
    if n < 20:
        return f"{_SATUAN[n - 10]} belas"
    if n < 100:
        return (f"{_SATUAN[n // 10]} puluh " + terbilang(n % 10)).strip()
    if n < 200:
        return ("seratus " + terbilang(n - 100)).strip()
    if n < 1000:
        return (f"{_SATUAN[n // 100]} ratus " + terbilang(n % 100)).strip()
    if n < 2000:
        return ("seribu " + terbilang(n - 1000)).strip()
    return (f"{terbilang(n // 1000)} ribu " + terbilang(n % 1000)).strip()


def angka(x: float) -> str:
    """A number as Indonesian forms write it: thousands with a dot, decimals with a comma."""
    if float(x).is_integer():
        return f"{int(x):,}".replace(",", ".")
    return f"{x:.2f}".replace(".", ",")


# --------------------------------------------------------------------------- plan


def _target(num: float, sat: str, v: set[str]) -> str:
    text = angka(num) + (f" {sat}" if sat else "")
    if "target_terbilang" in v and sat and not sat.startswith("%") and float(num).is_integer():
        text = f"{angka(num)} ({terbilang(int(num))}) {sat}"
    return text + (";" if "titik_koma" in v else "")


def _iki(aspek: str, text: str, num: float, sat: str, v: set[str], letter: str) -> dict[str, Any]:
    down = aspek == bank.W
    plain = angka(num) + (f" {sat}" if sat else "")
    target = _target(num, sat, v)
    return {
        "aspek": aspek,
        "text": (f"{letter}. " if "iki_huruf" in v else "") + text + (";" if "titik_koma" in v else ""),
        "num": num,
        "sat": sat,
        "target": target,
        "cukup": ("> " if down else "< ") + plain,
        "baik": target,
        "sb": ("< " if down else "> ") + plain,
    }


def _rk_text(text: str, v: set[str]) -> str:
    return text + (";" if "titik_koma" in v else "")


def _person(i: int, gol: str, rng: random.Random) -> dict[str, Any]:
    name, gender = bank.NAMA[i % len(bank.NAMA)]
    level = gol.split("/")[0]
    if level == "II":
        gelar, y0 = rng.choice(["", ", A.Md.", ", A.Md.Kom."]), rng.randint(1990, 1996)
    elif gol in ("III/a", "III/b"):
        gelar, y0 = (
            rng.choice([", S.Sos.", ", S.H.", ", S.T.", ", S.IP.", ", S.Kom."]),
            rng.randint(1986, 1994),
        )
    elif level == "III":
        gelar, y0 = (
            rng.choice([", S.STP., M.Si.", ", S.IP., M.AP.", ", S.H.", ", S.T., M.T."]),
            rng.randint(1980, 1988),
        )
    else:
        gelar, y0 = (
            rng.choice([", S.STP., M.Si.", ", S.Sos., M.Si.", ", S.H., M.H.", ", S.T., M.Eng."]),
            (rng.randint(1970, 1979)),
        )
    prefix = "Drs. " if level == "IV" and gender == 1 and rng.random() < 0.3 else ""
    if prefix:
        gelar = ", M.Si."
    birth = (y0, rng.randint(1, 12), rng.randint(1, 28))
    tmt = (y0 + rng.randint(22, 27), rng.choice([1, 3, 4, 12]))
    seq = 1 + (i * 7) % 9
    return {
        "nama": f"{prefix}{name}{gelar}",
        "birth": birth,
        "tmt": tmt,
        "gender": gender,
        "seq": seq,
    }


def _nip(p: dict[str, Any], month: int | None = None) -> str:
    y, m, d = p["birth"]
    ty, tm = p["tmt"]
    return f"{y:04d}{month if month else m:02d}{d:02d}{ty:04d}{tm:02d}{p['gender']}{p['seq']:03d}"


def plan_file(i: int, form: str, role_key: str, v: set[str], rng: random.Random) -> dict[str, Any]:
    fam, model = form.split("-")
    role = {"ja": bank.JA, "jf": bank.JF, "jpt": bank.JPT}[fam][role_key]
    kec = bank.KECAMATAN[i % len(bank.KECAMATAN)]
    kel = bank.KELURAHAN[i % len(bank.KELURAHAN)]

    def place(s: str) -> str:
        return s.format(kec=kec, kel=kel)

    gol = rng.choice(role["gol"])
    person = _person(i, gol, rng)
    pen_src = bank.PENILAI[role["penilai"]]
    peg = {
        "nama": person["nama"],
        "nip": _nip(person),
        "pangkat": bank.PANGKAT[gol],
        "jabatan": place(role["jabatan_unit"] if "jabatan_unit" in v else role["jabatan"]),
        "unit": place(role["unit"]),
    }
    pen = {
        "nama": pen_src["nama"],
        "nip": pen_src["nip"] or "-",
        "pangkat": pen_src["pangkat"],
        "jabatan": place(pen_src["jabatan_unit"] if "jabatan_unit" in v else pen_src["jabatan"]),
        "unit": place(pen_src["unit"]),
    }
    letters = "abcdefg"
    ku = []
    rks = role["rk"]
    if fam == "jpt" and model == "dasar":
        rks = [rks[0], rks[1], rks[2], rks[4]]
    for k, rk in enumerate(rks):
        first, text, ikis = rk
        entry: dict[str, Any] = {
            "text": _rk_text(place(text), v),
            "ikis": [_iki(a, place(t), n, s, v, letters[j]) for j, (a, t, n, s) in enumerate(ikis)],
        }
        if fam == "jpt":
            entry["persp"] = bank.PERSPEKTIF[first]
            entry["persp_key"] = first
        else:
            atasan = place(first)
            if "rk_atasan_nama" in v:
                atasan = f"{atasan} ({pen['nama']})"
            entry["atasan"] = _rk_text(atasan, v)
            entry["memantau"] = list(bank._MEMANTAU[role["memantau"]])
        if fam == "jf":
            entry["butir"] = [list(b) for b in role["butir"][k]]
        ku.append(entry)
    tb = []
    if not (fam == "jpt" and model == "pengembangan"):
        text, ikis = role["tambahan"]
        entry = {
            "text": _rk_text(place(text), v),
            "ikis": [_iki(a, place(t), n, s, v, letters[j]) for j, (a, t, n, s) in enumerate(ikis)],
            "atasan": "",
        }
        if fam != "jpt":
            entry["memantau"] = list(bank._MEMANTAU[role["memantau"]])
        tb.append(entry)
    kapital = "sheet_kapital" in v
    return {
        "form": form,
        "fam": fam,
        "model": model,
        "role_key": role_key,
        "role": role,
        "person": person,
        "peg": peg,
        "pen": pen,
        "pen_political": pen_src["nip"] is None,
        "ku": ku,
        "tb": tb,
        "periode": PERIODE,
        "unit_line": peg["unit"].upper(),
        "sheet_skp": role["sheet"] if kapital else "SKP",
        "sheet_ak": "KETERKAITAN_AK" if kapital else "Keterkaitan AK",
        "sheet_manual": "MANUAL_IKI" if kapital else "Manual IKI",
        "ak_sheet": fam == "jf",
        "ak_omit": set(),
        "ak_zero": False,
        "manual_blank": None,
        "variasi": v,
    }


# --------------------------------------------------------------------------- render

THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
CENTER = Alignment(wrap_text=True, vertical="center", horizontal="center")


class Sheet:
    """A worksheet writer that remembers where each marked element went."""

    def __init__(self, ws: Any, pos: dict[Any, tuple[str, str]]):
        self.ws = ws
        self.pos = pos

    def put(
        self, row: int, col: int, value: Any, key: Any = None, bold: bool = False, box: bool = False
    ) -> str:
        cell = self.ws.cell(row=row, column=col)
        if value is not None and value != "":
            cell.value = value
        cell.alignment = WRAP
        if bold:
            cell.font = Font(bold=True)
        if box:
            cell.border = BOX
        ref = f"{get_column_letter(col)}{row}"
        if key is not None:
            self.pos[key] = (self.ws.title, ref)
        return ref

    def merge(self, r1: int, c1: int, r2: int, c2: int) -> None:
        if (r1, c1) != (r2, c2):
            self.ws.merge_cells(start_row=r1, start_column=c1, end_row=r2, end_column=c2)


def _columns(fam: str, model: str) -> dict[str, int]:
    if fam == "jpt":
        if model == "dasar":
            return {"no": 1, "rk": 2, "iki": 3, "target": 4}
        return {"persp": 1, "no": 2, "rk": 3, "iki": 4, "target": 5}
    cols = {"no": 1, "atasan": 2, "rk": 3, "aspek": 4, "iki": 5, "target": 6}
    if model == "pengembangan":
        cols.update({"cukup": 7, "baik": 8, "sb": 9, "data": 10, "sumber": 11, "waktu": 12})
    return cols


HEAD = {
    "no": "NO",
    "persp": "PERSPEKTIF",
    "atasan": "RENCANA KINERJA ATASAN LANGSUNG/UNIT KERJA/ORGANISASI",
    "rk": "RENCANA KINERJA",
    "aspek": "ASPEK",
    "iki": "INDIKATOR KINERJA INDIVIDU",
    "target": "TARGET",
    "cukup": "CUKUP",
    "baik": "BAIK",
    "sb": "SANGAT BAIK",
    "data": "DATA",
    "sumber": "SUMBER DATA",
    "waktu": "WAKTU PENGUMPULAN",
}


def _kop(s: Sheet, plan: dict[str, Any], title: str, last: int, prefix: str) -> None:
    s.put(1, 1, title, bold=True)
    s.merge(1, 1, 1, last)
    s.put(2, 1, plan["unit_line"], bold=True)
    s.merge(2, 1, 2, last)
    s.put(3, 1, plan["periode"], key=(prefix, "periode"))
    s.merge(3, 1, 3, last)
    s.put(5, 1, "NO", bold=True, box=True)
    s.put(5, 2, "PEGAWAI YANG DINILAI", bold=True, box=True)
    s.merge(5, 2, 5, 3)
    s.put(5, 4, "NO", bold=True, box=True)
    s.put(5, 5, "PEJABAT PENILAI KINERJA", bold=True, box=True)
    s.merge(5, 5, 5, 6)
    unit_pen = "INSTANSI" if plan["fam"] == "jpt" else "UNIT KERJA"
    labels = [
        ("nama", "NAMA", "NAMA"),
        ("nip", "NIP", "NIP"),
        ("pangkat", "PANGKAT/GOL RUANG", "PANGKAT/GOL RUANG"),
        ("jabatan", "JABATAN", "JABATAN"),
        ("unit", "UNIT KERJA", unit_pen),
    ]
    for n, (field, lab_peg, lab_pen) in enumerate(labels):
        r = 6 + n
        s.put(r, 1, n + 1, box=True)
        s.put(r, 2, lab_peg, key=(prefix, "peg_label", field), box=True)
        s.put(r, 3, plan["peg"][field], key=(prefix, "peg", field), box=True)
        s.put(r, 4, n + 1, box=True)
        s.put(r, 5, lab_pen, key=(prefix, "pen_label", field), box=True)
        s.put(r, 6, plan["pen"][field], key=(prefix, "pen", field), box=True)


def _ttd(s: Sheet, plan: dict[str, Any], row: int) -> None:
    left, right = 2, 5
    s.put(row, right, f"{bank.TEMPAT}, {TANGGAL}")
    s.put(row + 1, left, "Pejabat Penilai Kinerja,")
    s.put(row + 1, right, "Pegawai yang Dinilai,")
    pen, peg = plan["pen"], plan["peg"]
    one_line = "ttd_nama_nip" in plan["variasi"]
    for col, who, political in ((left, pen, plan["pen_political"]), (right, peg, False)):
        nip = "" if political else f"NIP. {who['nip']}"
        if one_line:
            s.put(row + 5, col, f"{who['nama']} / {nip}" if nip else who["nama"], bold=True)
        else:
            s.put(row + 5, col, who["nama"], bold=True)
            if nip:
                s.put(row + 6, col, nip)


def render_skp(wb: Workbook, plan: dict[str, Any], pos: dict[Any, tuple[str, str]]) -> None:
    fam, model = plan["fam"], plan["model"]
    ws = wb.create_sheet(plan["sheet_skp"])
    s = Sheet(ws, pos)
    cols = _columns(fam, model)
    last = max(cols.values())
    _kop(s, plan, "RENCANA SASARAN KINERJA PEGAWAI", max(last, 6), "skp")
    head = 12
    two = fam != "jpt" and model == "pengembangan"
    for key, col in cols.items():
        if two and key in ("cukup", "baik", "sb", "data", "sumber", "waktu"):
            s.put(head + 1, col, HEAD[key], bold=True, box=True)
        else:
            s.put(head, col, HEAD[key], bold=True, box=True)
            if two:
                s.merge(head, col, head + 1, col)
    if two:
        s.put(head, cols["cukup"], "KATEGORI PENILAIAN", bold=True, box=True)
        s.merge(head, cols["cukup"], head, cols["sb"])
        s.put(head, cols["data"], "CARA MEMANTAU KINERJA", bold=True, box=True)
        s.merge(head, cols["data"], head, cols["waktu"])
    row = head + (2 if two else 1)
    for part, rks, label in (
        ("ku", plan["ku"], "A. KINERJA UTAMA"),
        ("tb", plan["tb"], "B. KINERJA TAMBAHAN"),
    ):
        s.put(row, 1, label, key=("skp", part + "_head"), bold=True)
        s.merge(row, 1, row, last)
        row += 1
        for k, rk in enumerate(rks):
            top, n = row, len(rk["ikis"])
            for j, iki in enumerate(rk["ikis"]):
                r = top + j
                if "aspek" in cols:
                    s.put(r, cols["aspek"], iki["aspek"], key=("aspek", part, k, j), box=True)
                s.put(r, cols["iki"], iki["text"], key=("iki", part, k, j), box=True)
                s.put(r, cols["target"], iki["target"], key=("target", part, k, j), box=True)
                if "cukup" in cols:
                    for f in ("cukup", "baik", "sb"):
                        s.put(r, cols[f], iki[f], key=(f, part, k, j), box=True)
            for f in ("no", "persp", "atasan", "rk", "data", "sumber", "waktu"):
                if f not in cols:
                    continue
                value: Any
                if f == "no":
                    value = k + 1
                elif f == "persp":
                    value = rk["persp"]
                elif f == "atasan":
                    value = rk["atasan"]
                elif f == "rk":
                    value = rk["text"]
                else:
                    value = rk["memantau"][("data", "sumber", "waktu").index(f)]
                s.put(top, cols[f], value, key=(f, part, k), box=True)
                for r in range(top + 1, top + n):
                    s.put(r, cols[f], None, box=True)
                s.merge(top, cols[f], top + n - 1, cols[f])
            row = top + n
    _ttd(s, plan, row + 2)
    widths = {"no": 5, "persp": 16, "atasan": 32, "rk": 34, "aspek": 12, "iki": 34, "target": 16}
    for key, col in cols.items():
        ws.column_dimensions[get_column_letter(col)].width = widths.get(key, 16)
    for col in range(1, 7):
        letter = get_column_letter(col)
        ws.column_dimensions[letter].width = max(ws.column_dimensions[letter].width or 0, 14)


def render_ak(wb: Workbook, plan: dict[str, Any], pos: dict[Any, tuple[str, str]]) -> None:
    ws = wb.create_sheet(plan["sheet_ak"])
    s = Sheet(ws, pos)
    _kop(s, plan, "FORMAT KETERKAITAN SKP DENGAN ANGKA KREDIT", 6, "ak")
    s.put(11, 2, "TANGGAL PENGAJUAN", bold=True)
    s.put(11, 3, TANGGAL)
    head = 13
    for col, text in enumerate(["NO", "RENCANA KINERJA", "BUTIR KEGIATAN", "OUTPUT", "ANGKA KREDIT"], 1):
        s.put(head, col, text, bold=True, box=True)
    s.put(head + 1, 1, "KINERJA UTAMA", bold=True)
    s.merge(head + 1, 1, head + 1, 5)
    row, no, first = head + 2, 0, True
    for k, rk in enumerate(plan["ku"]):
        if k in plan["ak_omit"]:
            continue
        no += 1
        top = row
        for butir, output, ak in rk["butir"]:
            s.put(row, 3, butir, box=True)
            s.put(row, 4, output, box=True)
            value = 0 if (first and plan["ak_zero"]) else ak
            ref = s.put(row, 5, value, key=("ak_value", k, row - top), box=True)
            ws[ref].number_format = "0.000"
            first = False
            row += 1
        s.put(top, 1, no, box=True)
        s.put(top, 2, rk["text"], key=("ak_rk", k), box=True)
        s.merge(top, 1, row - 1, 1)
        s.merge(top, 2, row - 1, 2)
    _ttd(s, plan, row + 2)
    for letter, width in zip("ABCDEF", (6, 40, 40, 22, 14, 30), strict=True):
        ws.column_dimensions[letter].width = width


MANUAL_LABELS = [
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


def _manual_values(rk: dict[str, Any], iki: dict[str, Any], unit: str) -> list[str]:
    bare = iki["text"].rstrip(";")
    if bare[:3] in ("a. ", "b. ", "c. "):
        bare = bare[3:]
    low = bare[0].lower() + bare[1:]
    if bare.startswith("Persentase"):
        formula = f"(capaian {low[len('persentase ') :]} / jumlah sasaran) x 100 %"
    elif bare.startswith("Jumlah"):
        formula = f"Penjumlahan {low[len('jumlah ') :]} selama periode penilaian"
    elif bare.startswith("Waktu"):
        formula = "Rata-rata selisih waktu antara laporan diterima dan tindakan dimulai"
    else:
        formula = "Nilai hasil pengukuran tahunan oleh penilai yang berwenang"
    sat = {"": "Nilai" if bare.startswith("Nilai") else "Indeks", "%": "Persen"}.get(iki["sat"], iki["sat"])
    if iki["sat"].startswith("%"):
        sat = "Persen"
    return [
        rk["text"],
        f"Rencana kinerja ini menggambarkan hasil yang dicapai {unit} pada tahun {bank.TAHUN}.",
        iki["text"],
        f"{bare} adalah ukuran keberhasilan rencana kinerja tersebut selama tahun {bank.TAHUN}.",
        formula,
        f"Mengukur {low} sebagai dasar perbaikan layanan.",
        sat,
        iki["aspek"],
        "Tinggi",
        f"Laporan bidang teknis {unit}",
        "Triwulanan",
    ]


def render_manual(wb: Workbook, plan: dict[str, Any], pos: dict[Any, tuple[str, str]]) -> None:
    ws = wb.create_sheet(plan["sheet_manual"])
    s = Sheet(ws, pos)
    s.put(1, 1, "MANUAL INDIKATOR KINERJA", bold=True)
    s.merge(1, 1, 1, 4)
    s.put(2, 1, plan["unit_line"], bold=True)
    s.merge(2, 1, 2, 4)
    row, n = 4, 0
    for part, rks in (("ku", plan["ku"]), ("tb", plan["tb"])):
        for k, rk in enumerate(rks):
            for j, iki in enumerate(rk["ikis"]):
                n += 1
                s.put(row, 1, f"MANUAL IKI {n}", bold=True)
                row += 1
                values = _manual_values(rk, iki, plan["peg"]["unit"])
                for label, value in zip(MANUAL_LABELS, values, strict=True):
                    if plan["manual_blank"] == (part, k, j, label):
                        value = ""
                    s.put(row, 1, label, box=True)
                    s.put(row, 2, value, key=("manual", part, k, j, label), box=True)
                    s.merge(row, 2, row, 4)
                    row += 1
                row += 1
    ws.column_dimensions["A"].width = 30
    for col in "BCD":
        ws.column_dimensions[col].width = 30


def render(plan: dict[str, Any]) -> tuple[Workbook, dict[Any, tuple[str, str]]]:
    wb = Workbook()
    wb.remove(wb.active)
    pos: dict[Any, tuple[str, str]] = {}
    render_skp(wb, plan, pos)
    if plan["ak_sheet"]:
        render_ak(wb, plan, pos)
    if plan["fam"] == "jpt":
        render_manual(wb, plan, pos)
    return wb, pos


# --------------------------------------------------------------------------- defects


def applicable(plan: dict[str, Any]) -> list[str]:
    fam, model = plan["fam"], plan["model"]
    codes = [
        "identitas-kosong",
        "nip-tidak-valid",
        "pangkat-tidak-dikenal",
        "periode-tidak-valid",
        "penilai-sama-dengan-pegawai",
        "rk-berbasis-aktivitas",
        "rk-ganda",
    ]
    if fam == "jpt" or model == "dasar":
        codes += [
            "iki-tanpa-target",
            "target-tidak-terukur",
            "target-rentang-terbalik",
            "target-tanpa-satuan",
        ]
    if fam != "jpt":
        codes += ["aspek-tidak-valid", "aspek-ganda", "rk-atasan-kosong"]
        if _waktu(plan) is not None:
            codes.append("satuan-tidak-sesuai-aspek")
        if model == "pengembangan":
            codes += [
                "kategori-penilaian-kosong",
                "kategori-tidak-berurutan",
                "kategori-tidak-membedakan",
                "cara-memantau-kosong",
            ]
    if fam == "ja":
        codes.append("target-absolut")
    if fam == "jf":
        codes += [
            "keterkaitan-ak-hilang",
            "rk-tanpa-butir-kegiatan",
            "angka-kredit-tidak-valid",
            "jenjang-golongan-tidak-sesuai",
        ]
    if fam == "jpt":
        codes.append("manual-iki-kosong")
        if model == "pengembangan":
            codes += ["perspektif-tidak-valid", "perspektif-tidak-lengkap"]
    return codes


def _waktu(plan: dict[str, Any]) -> tuple[int, int] | None:
    for k, rk in enumerate(plan["ku"]):
        for j, iki in enumerate(rk["ikis"]):
            if iki["aspek"] == bank.W:
                return k, j
    return None


def apply_defect(plan: dict[str, Any], code: str) -> None:
    """Change the plan so that it carries ``code``; the cell is looked up after rendering (``where``)."""
    v = plan["variasi"]
    ku = plan["ku"]
    iki21 = ku[1]["ikis"][0]
    if code == "identitas-kosong":
        plan["peg"]["unit" if plan["fam"] == "jf" else "jabatan"] = ""
    elif code == "nip-tidak-valid":
        plan["peg"]["nip"] = _nip(plan["person"], month=13)
    elif code == "pangkat-tidak-dikenal":
        plan["peg"]["pangkat"] = "Penata, III/a"
    elif code == "jenjang-golongan-tidak-sesuai":
        plan["peg"]["pangkat"] = bank.PANGKAT[plan["role"]["salah_gol"]]
    elif code == "periode-tidak-valid":
        plan["periode"] = PERIODE_SALAH
    elif code == "penilai-sama-dengan-pegawai":
        plan["pen"]["nip"] = plan["peg"]["nip"]
        plan["pen_political"] = False
    elif code == "rk-berbasis-aktivitas":
        ku[1]["text"] = _rk_text(AKTIVITAS[plan["role_key"]], v)
    elif code == "rk-ganda":
        ku[2]["text"] = ku[0]["text"]
    elif code == "iki-tanpa-target":
        iki21["target"] = ""
    elif code == "target-tidak-terukur":
        iki21["target"] = "sesuai SOP" + (";" if "titik_koma" in v else "")
    elif code == "target-rentang-terbalik":
        n = int(iki21["num"])
        iki21["target"] = f"{angka(n + max(1, n // 5))} - {angka(n)} {iki21['sat']}" + (
            ";" if "titik_koma" in v else ""
        )
    elif code == "target-tanpa-satuan":
        iki21["target"] = angka(iki21["num"]) + (";" if "titik_koma" in v else "")
    elif code == "aspek-tidak-valid":
        ku[0]["ikis"][0]["aspek"] = "Manfaat"
    elif code == "aspek-ganda":
        ku[0]["ikis"][1]["aspek"] = ku[0]["ikis"][0]["aspek"]
    elif code == "rk-atasan-kosong":
        ku[1]["atasan"] = ""
    elif code == "satuan-tidak-sesuai-aspek":
        place = _waktu(plan)
        assert place is not None
        k, j = place
        old = ku[k]["ikis"][j]
        bare = old["text"].rstrip(";")
        letter = ""
        if "iki_huruf" in v:
            letter, bare = bare[0], bare[3:]
        new = _iki(bank.W, bare, 12, "dokumen", v, letter or "a")
        ku[k]["ikis"][j] = new
    elif code == "target-absolut":
        letter = "a. " if "iki_huruf" in v else ""
        ku[0]["ikis"][0]["text"] = (
            letter + "Semua surat masuk tercatat pada hari yang sama" + (";" if "titik_koma" in v else "")
        )
    elif code == "kategori-penilaian-kosong":
        iki21["cukup"] = iki21["baik"] = iki21["sb"] = ""
    elif code == "kategori-tidak-berurutan":
        iki21["cukup"], iki21["sb"] = iki21["sb"], iki21["cukup"]
    elif code == "kategori-tidak-membedakan":
        iki21["sb"] = iki21["target"]
    elif code == "cara-memantau-kosong":
        ku[1]["memantau"][2] = ""
    elif code == "keterkaitan-ak-hilang":
        plan["ak_sheet"] = False
    elif code == "rk-tanpa-butir-kegiatan":
        plan["ak_omit"].add(1)
    elif code == "angka-kredit-tidak-valid":
        plan["ak_zero"] = True
    elif code == "manual-iki-kosong":
        plan["manual_blank"] = ("ku", 1, 0, "FORMULA")
    elif code == "perspektif-tidak-valid":
        ku[2]["persp"] = "Tata Kelola"
    elif code == "perspektif-tidak-lengkap":
        plan["ku"] = [rk for rk in ku if rk.get("persp_key") != "ag"]
    else:
        raise ValueError(code)


def where(plan: dict[str, Any], code: str, pos: dict[Any, tuple[str, str]]) -> dict[str, Any]:
    """The manifest entry of an injected defect: its cell and the cells a reviewer may point at instead."""

    def cell(key: Any) -> dict[str, str]:
        sheet, ref = pos[key]
        return {"sheet": sheet, "cell": ref}

    main: dict[str, str] | None
    alts: list[dict[str, str]] = []
    jf_ak = plan["ak_sheet"]
    if code in (
        "identitas-kosong",
        "nip-tidak-valid",
        "pangkat-tidak-dikenal",
        "jenjang-golongan-tidak-sesuai",
    ):
        field = {
            "identitas-kosong": "unit" if plan["fam"] == "jf" else "jabatan",
            "nip-tidak-valid": "nip",
            "pangkat-tidak-dikenal": "pangkat",
            "jenjang-golongan-tidak-sesuai": "pangkat",
        }[code]
        main = cell(("skp", "peg", field))
        alts.append(cell(("skp", "peg_label", field)))
        if code == "jenjang-golongan-tidak-sesuai":
            alts.append(cell(("skp", "peg", "jabatan")))
        if jf_ak:
            alts.append(cell(("ak", "peg", field)))
            if code == "jenjang-golongan-tidak-sesuai":
                alts.append(cell(("ak", "peg", "jabatan")))
    elif code == "periode-tidak-valid":
        main = cell(("skp", "periode"))
        if jf_ak:
            alts.append(cell(("ak", "periode")))
    elif code == "penilai-sama-dengan-pegawai":
        main = cell(("skp", "pen", "nip"))
        alts.append(cell(("skp", "peg", "nip")))
        if jf_ak:
            alts += [cell(("ak", "pen", "nip")), cell(("ak", "peg", "nip"))]
    elif code == "rk-berbasis-aktivitas":
        main = cell(("rk", "ku", 1))
    elif code == "rk-ganda":
        main = cell(("rk", "ku", 2))
        alts.append(cell(("rk", "ku", 0)))
    elif code in (
        "iki-tanpa-target",
        "target-tidak-terukur",
        "target-rentang-terbalik",
        "target-tanpa-satuan",
    ):
        main = cell(("target", "ku", 1, 0))
        alts.append(cell(("iki", "ku", 1, 0)))
    elif code == "aspek-tidak-valid":
        main = cell(("aspek", "ku", 0, 0))
    elif code == "aspek-ganda":
        main = cell(("aspek", "ku", 0, 1))
        alts.append(cell(("aspek", "ku", 0, 0)))
    elif code == "rk-atasan-kosong":
        main = cell(("atasan", "ku", 1))
        alts.append(cell(("rk", "ku", 1)))
    elif code == "satuan-tidak-sesuai-aspek":
        place = _waktu(plan)
        assert place is not None
        k, j = place
        main = cell(("target", "ku", k, j))
        alts += [cell(("aspek", "ku", k, j)), cell(("iki", "ku", k, j))]
    elif code == "target-absolut":
        main = cell(("iki", "ku", 0, 0))
        alts.append(cell(("target", "ku", 0, 0)))
    elif code == "kategori-penilaian-kosong":
        main = cell(("baik", "ku", 1, 0))
        alts += [cell(("cukup", "ku", 1, 0)), cell(("sb", "ku", 1, 0)), cell(("iki", "ku", 1, 0))]
        alts.append(cell(("target", "ku", 1, 0)))
    elif code == "kategori-tidak-berurutan":
        main = cell(("cukup", "ku", 1, 0))
        alts += [cell(("sb", "ku", 1, 0)), cell(("baik", "ku", 1, 0))]
    elif code == "kategori-tidak-membedakan":
        main = cell(("sb", "ku", 1, 0))
        alts.append(cell(("target", "ku", 1, 0)))
    elif code == "cara-memantau-kosong":
        main = cell(("waktu", "ku", 1))
        alts += [cell(("rk", "ku", 1)), cell(("data", "ku", 1)), cell(("sumber", "ku", 1))]
    elif code in ("keterkaitan-ak-hilang", "perspektif-tidak-lengkap"):
        main = None
    elif code == "rk-tanpa-butir-kegiatan":
        main = cell(("rk", "ku", 1))
    elif code == "angka-kredit-tidak-valid":
        main = cell(("ak_value", 0, 0))
    elif code == "manual-iki-kosong":
        main = cell(("manual", "ku", 1, 0, "FORMULA"))
        alts.append(cell(("iki", "ku", 1, 0)))
    elif code == "perspektif-tidak-valid":
        main = cell(("persp", "ku", 2))
    else:
        raise ValueError(code)
    entry: dict[str, Any] = {
        "code": code,
        "severity": SEVERITY.get(code, "error"),
        "sheet": main["sheet"] if main else None,
        "cell": main["cell"] if main else None,
        "alt_cells": alts,
    }
    return entry


def boleh_for(plan: dict[str, Any], codes: list[str]) -> list[dict[str, Any]]:
    """Findings SPEC leaves open: a defect copied into the Keterkaitan AK identity block or the Manual IKI
    (the same defect may be reported once or once per sheet)."""
    out: list[dict[str, Any]] = []
    copied_ak = {
        "identitas-kosong",
        "nip-tidak-valid",
        "pangkat-tidak-dikenal",
        "jenjang-golongan-tidak-sesuai",
        "periode-tidak-valid",
        "penilai-sama-dengan-pegawai",
        "rk-berbasis-aktivitas",
        "rk-ganda",
    }
    for code in codes:
        if plan["ak_sheet"] and code in copied_ak:
            out.append({"code": code, "sheet": plan["sheet_ak"]})
        if plan["fam"] == "jpt" and code in ("rk-berbasis-aktivitas", "rk-ganda"):
            out.append({"code": code, "sheet": plan["sheet_manual"]})
    return out


# --------------------------------------------------------------------------- set


def _roles(form: str) -> list[str]:
    fam = form.split("-")[0]
    return list({"ja": bank.JA, "jf": bank.JF, "jpt": bank.JPT}[fam])


def build(out: Path, manifest: Path) -> dict[str, Any]:
    rng = random.Random(SEED)
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("*.xlsx"):
        old.unlink()
    used_v = dict.fromkeys(VARIASI, 0)
    used_c: dict[str, int] = {}
    files = []
    i = 0
    role_turn: dict[str, int] = {}
    for form, count in FORMS:
        fam = form.split("-")[0]
        roles = _roles(form)
        for n in range(count):
            turn = role_turn.get(fam, 0)
            role_turn[fam] = turn + 1
            role_key = roles[turn % len(roles)]
            clean = n % 2 == 0
            pool = [x for x in VARIASI if not (x == "rk_atasan_nama" and fam == "jpt")]
            k = rng.randint(2, 5)
            chosen = sorted(pool, key=lambda x: (used_v[x], rng.random()))[:k]
            for x in chosen:
                used_v[x] += 1
            v = set(chosen)
            plan = plan_file(i, form, role_key, v, rng)
            codes: list[str] = []
            if not clean:
                want = rng.choice([1, 2])
                for code in sorted(applicable(plan), key=lambda c: (used_c.get(c, 0), rng.random())):
                    if len(codes) == want:
                        break
                    if any(code in g and set(codes) & g for g in EXCLUSIVE):
                        continue
                    codes.append(code)
                for code in codes:
                    used_c[code] = used_c.get(code, 0) + 1
                    apply_defect(plan, code)
            wb, pos = render(plan)
            name = f"{form}-{n + 1:02d}-{'bersih' if clean else 'cacat'}.xlsx"
            wb.save(out / name)
            files.append(
                {
                    "file": name,
                    "form": form,
                    "clean": clean,
                    "defects": [where(plan, c, pos) for c in codes],
                    "boleh": boleh_for(plan, codes),
                    "variasi": [x for x in VARIASI if x in v],
                    "peran": role_key,
                    "jabatan": plan["peg"]["jabatan"],
                    "sheet": plan["sheet_skp"],
                }
            )
            i += 1
    data = {"set": "nyata_bl", "seed": SEED, "files": files}
    manifest.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return data


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description="Membangun set nyata_bl (kecamatan, kelurahan, Satpol PP, BPBD, Damkar)."
    )
    ap.add_argument("--keluaran", type=Path, default=HERE / "kiriman")
    ap.add_argument("--harapan", type=Path, default=HERE / "harapan.json")
    a = ap.parse_args(argv)
    data = build(a.keluaran, a.harapan)
    files = data["files"]
    print(
        f"{len(files)} berkas, {sum(f['clean'] for f in files)} bersih, "
        f"{sum(len(f['defects']) for f in files)} cacat"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
