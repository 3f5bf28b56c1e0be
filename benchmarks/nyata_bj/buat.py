"""Build the held-out set ``benchmarks/nyata_bj``: what a regency's licensing and social services send in
January (DPMPTSP, Dinas Tenaga Kerja, Dinas Sosial, Dinas Koperasi dan UKM).

Written from SPEC (§2, §3, §5, §7) alone, without reading the product. Every workbook is laid out as a cell
grid first: each written cell is recorded under a key (``pos``), so every inserted defect has a known cell.

Usage: ``python benchmarks/nyata_bj/buat.py [--keluaran DIR] [--harapan FILE]``.
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

SEED = 20260108
FORMS = {
    "ja-dasar": 9,
    "ja-pengembangan": 9,
    "jf-dasar": 9,
    "jf-pengembangan": 9,
    "jpt-dasar": 7,
    "jpt-pengembangan": 7,
}
THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")

VARIASI = (
    "target_sebanyak",
    "target_per_tahun",
    "waktu_paling_lama",
    "persen_desimal",
    "memantau_panjang",
    "sheet_nama_pegawai",
    "kinerja_tambahan",
)


def applies(v: str, form: str, key: str) -> bool:
    """Whether variation ``v`` changes anything in a workbook of ``form`` for the role ``key``."""
    family = form.split("-")[0]
    peng = form.endswith("pengembangan")
    if family == "jpt":
        ikis = [iki for _, _, iki, _ in bank.JPT[key]["rk"]]
        return {
            "target_sebanyak": any(i.startswith("Jumlah") for i in ikis),
            "target_per_tahun": any(i.startswith("Jumlah") for i in ikis),
            "waktu_paling_lama": any(i.startswith("Waktu") for i in ikis),
            "persen_desimal": True,
            "memantau_panjang": False,
            "sheet_nama_pegawai": True,
            "kinerja_tambahan": not peng,
        }[v]
    role = (bank.JA if family == "ja" else bank.JF)[key]
    kinds = [kind for _, ikis in role["rk"] for *_, kind in ikis]
    return {
        "target_sebanyak": True,
        "target_per_tahun": True,
        "waktu_paling_lama": "turun" in kinds,
        "persen_desimal": True,
        "memantau_panjang": peng,
        "sheet_nama_pegawai": True,
        "kinerja_tambahan": True,
    }[v]


def num(n: float) -> str:
    """Indonesian number: thousands with a dot, decimals with a comma."""
    if float(n).is_integer():
        return f"{int(n):,}".replace(",", ".")
    return f"{n:.2f}".replace(".", ",")


def fmt(n: float, unit: str, var: set[str], kind: str, aspek: str) -> str:
    text = num(n)
    if unit == "%":
        if "persen_desimal" in var:
            text = f"{n:.2f}".replace(".", ",")
        return f"{text} %"
    body = f"{text} {unit}".strip()
    if kind == "turun" and "waktu_paling_lama" in var:
        return f"paling lama {body}"
    if aspek == "Kuantitas" and unit and "target_per_tahun" in var:
        body = f"{body} per tahun"
    if aspek == "Kuantitas" and unit and "target_sebanyak" in var:
        body = f"sebanyak {body}"
    return body


def nip_text(nip: str, seq: int, var: set[str]) -> str:
    digits = nip.replace(" ", "")[:15] + f"{seq:03d}"
    return f"{digits[:8]} {digits[8:14]} {digits[14]} {digits[15:]}"


def pangkat_text(p: str, var: set[str]) -> str:
    return p


# ---------------------------------------------------------------- model


def model(form: str, idx: int, key: str, var: set[str]) -> dict[str, Any]:
    family = form.split("-")[0]
    peng = form.endswith("pengembangan")
    seq = 100 + idx
    if family == "jpt":
        role = bank.JPT[key]
        person = bank.ORANG[role["orang"][idx % 2]]
        dinas = bank.DINAS[role["dinas"]]
        pegawai = {
            "nama": person[0],
            "nip": nip_text(person[1], seq, var),
            "pangkat": pangkat_text(person[2], var),
            "jabatan": bank.JABATAN_JPT[role["dinas"]],
            "unit": f"{dinas} Kabupaten Bukit Serayu",
        }
        penilai = {
            "nama": bank.BUPATI[0],
            "nip": "-",
            "pangkat": "-",
            "jabatan": bank.BUPATI[1],
            "unit": "Pemerintah Kabupaten Bukit Serayu",
        }
        rks: list[dict[str, Any]] = []
        for text, persp, iki, target in role["rk"]:
            if "persen_desimal" in var and target.endswith(" %"):
                v = float(target[:-2].replace(",", "."))
                target = f"{v:.2f} %".replace(".", ",")
            if "target_per_tahun" in var and iki.startswith("Jumlah"):
                target = f"{target} per tahun"
            if "target_sebanyak" in var and iki.startswith("Jumlah"):
                target = f"sebanyak {target}"
            if "waktu_paling_lama" in var and iki.startswith("Waktu"):
                target = f"paling lama {target}"
            rks.append({"rk": text, "persp": bank.PERSPEKTIF[persp], "iki": [{"iki": iki, "target": target}]})
        tambahan: list[dict[str, Any]] = []
        if "kinerja_tambahan" in var:
            rk_text, iki, (n, unit) = bank.TAMBAHAN
            tambahan.append({"rk": rk_text, "persp": "", "iki": [{"iki": iki, "target": f"{n} {unit}"}]})
        return {
            "form": form,
            "family": family,
            "peng": peng,
            "role": key,
            "dinas": dinas,
            "pegawai": pegawai,
            "penilai": penilai,
            "rks": rks,
            "tambahan": tambahan,
        }

    roles = bank.JA if family == "ja" else bank.JF
    role = roles[key]
    person = bank.ORANG[role["orang"][idx % 2]]
    dinas = bank.DINAS[role["dinas"]]
    jabatan = role["jabatan"]
    pegawai = {
        "nama": person[0],
        "nip": nip_text(person[1], seq, var),
        "pangkat": pangkat_text(person[2], var),
        "jabatan": jabatan,
        "unit": f"{role['unit']} {dinas}",
    }
    pkey = role["penilai"]
    if pkey.startswith("jpt_"):
        prole = bank.JPT[pkey]
        pjab = bank.JABATAN_JPT[prole["dinas"]]
        punit = f"{dinas} Kabupaten Bukit Serayu"
    else:
        prole = bank.JA[pkey]
        pjab = prole["jabatan"]
        punit = f"{prole['unit']} {dinas}"
    pperson = bank.ORANG[prole["orang"][0]]
    penilai = {
        "nama": pperson[0],
        "nip": nip_text(pperson[1], seq + 200, var),
        "pangkat": pangkat_text(pperson[2], var),
        "jabatan": pjab,
        "unit": punit,
    }
    rks = []
    rk: dict[str, Any]
    e: dict[str, Any]
    for i, (text, ikis) in enumerate(role["rk"]):
        rk = {
            "rk": text,
            "atasan": role["atasan"][min(i, len(role["atasan"]) - 1)],
            "iki": [],
        }
        for aspek, iki, (n, unit), kind in ikis:
            t = fmt(n, unit, var, kind, aspek)
            e = {"aspek": aspek, "iki": iki, "target": t, "n": n, "unit": unit, "kind": kind}
            if peng:
                e["kat"] = kategori(n, unit, kind, t, var)
            rk["iki"].append(e)
        if peng:
            rk["pantau"] = pantau(text, ikis, "memantau_panjang" in var)
        if family == "jf":
            rk["butir"] = role["butir"][i]
        rks.append(rk)
    tambahan = []
    if "kinerja_tambahan" in var:
        text, iki, (n, unit) = bank.TAMBAHAN
        e = {"aspek": "Kuantitas", "iki": iki, "target": f"{n} {unit}", "n": n, "unit": unit, "kind": "naik"}
        rk = {"rk": text, "atasan": "", "iki": [e]}
        if peng:
            e["kat"] = (f"< {n} {unit}", e["target"], f"> {n} {unit}")
            rk["pantau"] = ("Sertifikat pelatihan", "Lembaga penyelenggara pelatihan", "Desember 2026")
        tambahan.append(rk)
    return {
        "form": form,
        "family": family,
        "peng": peng,
        "role": key,
        "dinas": dinas,
        "pegawai": pegawai,
        "penilai": penilai,
        "rks": rks,
        "tambahan": tambahan,
    }


def kategori(n: float, unit: str, kind: str, target: str, var: set[str]) -> tuple[str, str, str]:
    if unit == "%":
        v = f"{n:.2f}".replace(".", ",") if "persen_desimal" in var else num(n)
        lo, hi = f"< {v} %", f"> {v} %"
    else:
        lo, hi = f"< {num(n)} {unit}".strip(), f"> {num(n)} {unit}".strip()
    if kind == "turun":
        lo, hi = hi, lo
    return lo, target, hi


def pantau(rk: str, ikis: list, panjang: bool) -> tuple[str, str, str]:
    subject = ikis[0][1].replace("Jumlah ", "").replace("Persentase ", "")
    if not panjang:
        return (f"Rekap {subject}", "Aplikasi layanan dinas", "Setiap bulan")
    return (
        f"Rekapitulasi {subject} per bulan beserta bukti dukungnya (berita acara, tangkapan layar "
        f"aplikasi, daftar hadir), dibandingkan dengan target tahunan untuk melihat kemajuan {rk.lower()}.",
        "Aplikasi layanan dinas dan arsip bidang;\nlaporan bulanan yang ditandatangani kepala bidang;\n"
        "catatan pengaduan dari kanal SP4N-LAPOR!",
        "Dikumpulkan setiap tanggal 5 bulan berikutnya oleh pengelola data bidang, "
        "direkap per triwulan (April, Juli, Oktober, Januari) untuk dialog kinerja.",
    )


# ---------------------------------------------------------------- defects


def defects_for(form: str) -> list[str]:
    family = form.split("-")[0]
    peng = form.endswith("pengembangan")
    common = [
        "identitas-kosong",
        "nip-tidak-valid",
        "target-tidak-terukur",
        "rk-berbasis-aktivitas",
        "target-tanpa-satuan",
    ]
    if family == "jpt":
        out = common + ["manual-iki-kosong", "rk-ganda"]
        out += (
            ["perspektif-tidak-valid", "perspektif-tidak-lengkap"]
            if peng
            else ["target-rentang-terbalik", "iki-tanpa-target"]
        )
        return out
    out = common + [
        "aspek-tidak-valid",
        "aspek-ganda",
        "rk-atasan-kosong",
        "target-absolut",
        "penilai-sama-dengan-pegawai",
    ]
    out += (
        [
            "kategori-penilaian-kosong",
            "kategori-tidak-membedakan",
            "kategori-tidak-berurutan",
            "cara-memantau-kosong",
        ]
        if peng
        else ["target-rentang-terbalik", "iki-tanpa-target"]
    )
    if family == "ja":
        out += ["rk-ganda", "pangkat-tidak-dikenal"]
    else:
        out += [
            "keterkaitan-ak-hilang",
            "angka-kredit-tidak-valid",
            "rk-tanpa-butir-kegiatan",
            "jenjang-golongan-tidak-sesuai",
        ]
    return out


SEVERITY = {
    "rk-berbasis-aktivitas": "peringatan",
    "target-tanpa-satuan": "peringatan",
    "target-absolut": "peringatan",
    "rk-ganda": "peringatan",
    "aspek-ganda": "peringatan",
    "perspektif-tidak-lengkap": "peringatan",
    "jenjang-golongan-tidak-sesuai": "peringatan",
}


def find_iki(m: dict, test) -> tuple[int, int]:
    for i, rk in enumerate(m["rks"]):
        for j, e in enumerate(rk["iki"]):
            if test(e):
                return i, j
    raise LookupError


def apply_defect(m: dict, code: str, rng: random.Random) -> tuple[tuple, list[tuple]]:
    """Mutate the model; return the key of the defect's cell and the keys of its alternative cells."""
    fam = m["family"]
    rks = m["rks"]
    if code == "identitas-kosong":
        m["pegawai"]["jabatan"] = ""
        return ("id", "p", "jabatan"), []
    if code == "nip-tidak-valid":
        d = m["pegawai"]["nip"]
        m["pegawai"]["nip"] = d[:4] + "13" + d[6:]
        return ("id", "p", "nip"), []
    if code == "pangkat-tidak-dikenal":
        m["pegawai"]["pangkat"] = "Penata Muda, III/c"
        return ("id", "p", "pangkat"), []
    if code == "jenjang-golongan-tidak-sesuai":
        m["pegawai"]["pangkat"] = (
            "Pembina, IV/a" if "Ahli Muda" in m["pegawai"]["jabatan"] else "Penata Tingkat I, III/d"
        )
        return ("id", "p", "pangkat"), [("id", "p", "jabatan")]
    if code == "penilai-sama-dengan-pegawai":
        m["penilai"]["nip"] = m["pegawai"]["nip"]
        return ("id", "n", "nip"), [("id", "p", "nip")]
    if code == "target-tidak-terukur":
        if fam == "jpt":
            i = rng.randrange(len(rks))
            rks[i]["iki"][0]["target"] = "sesuai target Renstra"
            return ("iki", i, 0, "target"), []
        i, j = find_iki(m, lambda e: e["aspek"] == "Kualitas")
        e = rks[i]["iki"][j]
        e["target"] = "sesuai standar pelayanan"
        if "kat" in e:
            e["kat"] = ("di bawah standar", e["target"], "melampaui standar")
        return ("iki", i, j, "target"), []
    if code == "target-rentang-terbalik":
        if fam == "jpt":
            i = next(k for k, rk in enumerate(rks) if rk["iki"][0]["target"].endswith("%"))
            rks[i]["iki"][0]["target"] = "95 - 85 %"
            return ("iki", i, 0, "target"), []
        i, j = find_iki(m, lambda e: e["unit"] == "%")
        rks[i]["iki"][j]["target"] = "95 - 85 %"
        return ("iki", i, j, "target"), []
    if code == "iki-tanpa-target":
        if fam == "jpt":
            rks[1]["iki"][0]["target"] = ""
            return ("iki", 1, 0, "target"), []
        i, j = find_iki(m, lambda e: e["aspek"] == "Kuantitas")
        rks[i]["iki"][j]["target"] = ""
        return ("iki", i, j, "target"), []
    if code == "target-tanpa-satuan":
        if fam == "jpt":
            i = next(k for k, rk in enumerate(rks) if rk["iki"][0]["iki"].startswith("Jumlah"))
            rks[i]["iki"][0]["target"] = rks[i]["iki"][0]["target"].replace("sebanyak ", "").split(" ")[0]
            return ("iki", i, 0, "target"), []
        i, j = find_iki(m, lambda e: e["iki"].startswith("Jumlah") and e["unit"])
        e = rks[i]["iki"][j]
        e["target"] = num(e["n"])
        if "kat" in e:
            e["kat"] = (f"< {num(e['n'])}", e["target"], f"> {num(e['n'])}")
        return ("iki", i, j, "target"), []
    if code == "rk-berbasis-aktivitas":
        i = len(rks) - 1
        rks[i]["rk"] = "Melaksanakan " + rks[i]["rk"][0].lower() + rks[i]["rk"][1:]
        return ("rk", i, "rk"), []
    if code == "rk-ganda":
        rks[2]["rk"] = rks[0]["rk"]
        return ("rk", 2, "rk"), []
    if code == "manual-iki-kosong":
        i = rng.randrange(len(rks))
        rks[i]["iki"][0]["no_formula"] = True
        return ("manual", i, "formula"), [("iki", i, 0, "iki")]
    if code == "perspektif-tidak-valid":
        i = max(k for k, rk in enumerate(rks) if rk["persp"] == bank.PERSPEKTIF["pl"])
        rks[i]["persp"] = "Inovasi Daerah"
        return ("rk", i, "persp"), []
    if code == "perspektif-tidak-lengkap":
        m["rks"] = [rk for rk in rks if rk["persp"] != "Anggaran"]
        return ("none",), []
    if code == "aspek-tidak-valid":
        i, j = find_iki(m, lambda e: e["aspek"] == "Kualitas")
        rks[i]["iki"][j]["aspek"] = "Manfaat"
        return ("iki", i, j, "aspek"), []
    if code == "aspek-ganda":
        i, j = find_iki(m, lambda e: e["aspek"] == "Kualitas")
        rks[i]["iki"][j]["aspek"] = rks[i]["iki"][0]["aspek"]
        return ("iki", i, j, "aspek"), [("iki", i, 0, "aspek")]
    if code == "rk-atasan-kosong":
        i = 1
        rks[i]["atasan"] = ""
        return ("rk", i, "atasan"), []
    if code == "target-absolut":
        i, j = find_iki(m, lambda e: e["aspek"] == "Kualitas")
        e = rks[i]["iki"][j]
        e["iki"] = "Semua permohonan yang diterima diselesaikan sesuai standar pelayanan"
        return ("iki", i, j, "iki"), [("iki", i, j, "target")]
    if code == "kategori-penilaian-kosong":
        i, j = find_iki(m, lambda e: e["aspek"] == "Kuantitas")
        rks[i]["iki"][j]["kat"] = ("", "", "")
        return ("iki", i, j, "baik"), [
            ("iki", i, j, "cukup"),
            ("iki", i, j, "sb"),
            ("iki", i, j, "iki"),
            ("iki", i, j, "target"),
        ]
    if code == "kategori-tidak-membedakan":
        i, j = find_iki(m, lambda e: e["aspek"] == "Kuantitas")
        e = rks[i]["iki"][j]
        e["kat"] = (e["kat"][0], e["kat"][1], e["target"])
        return ("iki", i, j, "sb"), [("iki", i, j, "baik"), ("iki", i, j, "cukup")]
    if code == "kategori-tidak-berurutan":
        i, j = find_iki(m, lambda e: e["aspek"] == "Kuantitas")
        e = rks[i]["iki"][j]
        e["kat"] = (e["kat"][2], e["kat"][1], e["kat"][0])
        return ("iki", i, j, "cukup"), [("iki", i, j, "sb"), ("iki", i, j, "baik")]
    if code == "cara-memantau-kosong":
        rks[1]["pantau"] = (rks[1]["pantau"][0], rks[1]["pantau"][1], "")
        return ("rk", 1, "waktu"), [("rk", 1, "rk"), ("rk", 1, "data"), ("rk", 1, "sumber")]
    if code == "keterkaitan-ak-hilang":
        m["no_ak"] = True
        return ("none",), []
    if code == "angka-kredit-tidak-valid":
        rks[0]["butir"] = [list(b) for b in rks[0]["butir"]]
        rks[0]["butir"][0][2] = "0"
        return ("ak", 0, 0), []
    if code == "rk-tanpa-butir-kegiatan":
        rks[1]["no_butir"] = True
        return ("rk", 1, "rk"), []
    raise ValueError(code)


# ---------------------------------------------------------------- layout


class Sheet:
    def __init__(self, ws, pos: dict, sheet_key: str):
        self.ws, self.pos, self.sk = ws, pos, sheet_key

    def put(self, row: int, col: int, value, key: tuple | None = None, bold: bool = False, box: bool = False):
        c = self.ws.cell(row=row, column=col, value=value if value != "" else None)
        c.alignment = WRAP
        if bold:
            c.font = Font(bold=True)
        if box:
            c.border = BOX
        if key is not None:
            self.pos[key] = (self.ws.title, f"{get_column_letter(col)}{row}")
        return c

    def merge(self, r1: int, c1: int, r2: int, c2: int):
        if (r1, c1) != (r2, c2):
            self.ws.merge_cells(start_row=r1, start_column=c1, end_row=r2, end_column=c2)


def header(s: Sheet, m: dict, title: str, width: int, identity_keys: bool, extra: str | None = None) -> int:
    s.put(1, 1, title, bold=True)
    s.merge(1, 1, 1, width)
    s.put(2, 1, f"{m['dinas'].upper()} {bank.KABUPATEN}", bold=True)
    s.merge(2, 1, 2, width)
    s.put(3, 1, "PERIODE PENILAIAN: 1 JANUARI SD 31 DESEMBER 2026")
    s.merge(3, 1, 3, width)
    if extra:
        s.put(4, 1, extra)
    s.put(5, 1, "NO", bold=True, box=True)
    s.put(5, 2, "PEGAWAI YANG DINILAI", bold=True, box=True)
    s.merge(5, 2, 5, 3)
    s.put(5, 4, "NO", bold=True, box=True)
    s.put(5, 5, "PEJABAT PENILAI KINERJA", bold=True, box=True)
    s.merge(5, 5, 5, 6)
    labels = [
        ("nama", "NAMA"),
        ("nip", "NIP"),
        ("pangkat", "PANGKAT/GOL RUANG"),
        ("jabatan", "JABATAN"),
        ("unit", "UNIT KERJA"),
    ]
    for k, (field, label) in enumerate(labels):
        r = 6 + k
        s.put(r, 1, k + 1, box=True)
        s.put(r, 2, label, box=True)
        s.put(
            r, 3, m["pegawai"][field], ("id", "p", field) if identity_keys else ("id2", "p", field), box=True
        )
        s.put(r, 4, k + 1, box=True)
        plabel = "INSTANSI" if (field == "unit" and m["family"] == "jpt") else label
        s.put(r, 5, plabel, box=True)
        s.put(
            r, 6, m["penilai"][field], ("id", "n", field) if identity_keys else ("id2", "n", field), box=True
        )
    return 12


def footer(s: Sheet, m: dict, row: int, sign_col: int) -> None:
    row += 2
    s.put(row, sign_col, f"{bank.TEMPAT}, 5 Januari 2026")
    row += 1
    s.put(row, 2, "Pegawai yang Dinilai")
    s.put(row, sign_col, "Pejabat Penilai Kinerja")
    row += 4
    s.put(row, 2, m["pegawai"]["nama"], bold=True)
    s.put(row, sign_col, m["penilai"]["nama"], bold=True)
    row += 1
    s.put(row, 2, f"NIP. {m['pegawai']['nip']}")
    if m["penilai"]["nip"] != "-":
        s.put(row, sign_col, f"NIP. {m['penilai']['nip']}")


def write_jajf(s: Sheet, m: dict) -> None:
    peng = m["peng"]
    width = 12 if peng else 6
    title = "RENCANA SASARAN KINERJA PEGAWAI"
    r = header(s, m, title, width, True)
    heads = [
        "NO",
        "RENCANA KINERJA ATASAN LANGSUNG/UNIT KERJA/ORGANISASI",
        "RENCANA KINERJA",
        "ASPEK",
        "INDIKATOR KINERJA INDIVIDU",
        "TARGET",
    ]
    for c, h in enumerate(heads, 1):
        s.put(r, c, h, bold=True, box=True)
        if peng:
            s.put(r + 1, c, None, box=True)
            s.merge(r, c, r + 1, c)
    if peng:
        s.put(r, 7, "KATEGORI PENILAIAN", bold=True, box=True)
        s.merge(r, 7, r, 9)
        s.put(r, 10, "CARA MEMANTAU KINERJA", bold=True, box=True)
        s.merge(r, 10, r, 12)
        for c, h in enumerate(
            ["CUKUP", "BAIK", "SANGAT BAIK", "DATA", "SUMBER DATA", "WAKTU PENGUMPULAN"], 7
        ):
            s.put(r + 1, c, h, bold=True, box=True)
        r += 1
    r += 1
    for group, rks, base in (("A. KINERJA UTAMA", m["rks"], 0), ("B. KINERJA TAMBAHAN", m["tambahan"], 100)):
        s.put(r, 1, group, bold=True, box=True)
        s.merge(r, 1, r, width)
        r += 1
        for i, rk in enumerate(rks):
            n = len(rk["iki"])
            s.put(r, 1, i + 1, box=True)
            s.put(r, 2, rk["atasan"], ("rk", base + i, "atasan"), box=True)
            s.put(r, 3, rk["rk"], ("rk", base + i, "rk"), box=True)
            for j, e in enumerate(rk["iki"]):
                s.put(r + j, 4, e["aspek"], ("iki", base + i, j, "aspek"), box=True)
                s.put(r + j, 5, e["iki"], ("iki", base + i, j, "iki"), box=True)
                s.put(r + j, 6, e["target"], ("iki", base + i, j, "target"), box=True)
                if peng:
                    for c, (k, v) in enumerate(zip(("cukup", "baik", "sb"), e["kat"], strict=True), 7):
                        s.put(r + j, c, v, ("iki", base + i, j, k), box=True)
            if peng:
                for c, (k, v) in enumerate(zip(("data", "sumber", "waktu"), rk["pantau"], strict=True), 10):
                    s.put(r, c, v, ("rk", base + i, k), box=True)
            for c in [1, 2, 3] + ([10, 11, 12] if peng else []):
                s.merge(r, c, r + n - 1, c)
            r += n
    footer(s, m, r, 5)
    for letter, w in zip("ABCDEFGHIJKL", (5, 34, 34, 12, 34, 16, 14, 14, 14, 30, 30, 30), strict=True):
        s.ws.column_dimensions[letter].width = w


def write_jpt(s: Sheet, m: dict) -> None:
    peng = m["peng"]
    width = 6
    r = header(s, m, "RENCANA SASARAN KINERJA PEGAWAI", width, True)
    heads = (["PERSPEKTIF"] if peng else []) + [
        "NO",
        "RENCANA KINERJA",
        "INDIKATOR KINERJA INDIVIDU",
        "TARGET",
    ]
    for c, h in enumerate(heads, 1):
        s.put(r, c, h, bold=True, box=True)
    off = 1 if peng else 0
    r += 1
    for group, rks, base in (("A. KINERJA UTAMA", m["rks"], 0), ("B. KINERJA TAMBAHAN", m["tambahan"], 100)):
        s.put(r, 1, group, bold=True, box=True)
        s.merge(r, 1, r, len(heads))
        r += 1
        for i, rk in enumerate(rks):
            if peng:
                s.put(r, 1, rk["persp"], ("rk", base + i, "persp"), box=True)
            s.put(r, 1 + off, i + 1, box=True)
            s.put(r, 2 + off, rk["rk"], ("rk", base + i, "rk"), box=True)
            e = rk["iki"][0]
            s.put(r, 3 + off, e["iki"], ("iki", base + i, 0, "iki"), box=True)
            s.put(r, 4 + off, e["target"], ("iki", base + i, 0, "target"), box=True)
            r += 1
    footer(s, m, r, 4 + off)
    for letter, w in zip("ABCDEF", (22 if peng else 5, 40 if not peng else 5, 40, 40, 18, 30), strict=True):
        s.ws.column_dimensions[letter].width = w


def manual_text(rk: str, iki: str, target: str) -> dict[str, str]:
    jenis = "Kuantitas"
    if iki.startswith("Persentase"):
        formula = f"({iki[len('Persentase ') :]} / seluruh sasaran yang direncanakan) x 100 %"
        satuan, jenis = "%", "Kualitas"
    elif iki.startswith("Indeks") or iki.startswith("Nilai"):
        formula = "Nilai rata-rata tertimbang hasil pengukuran sesuai pedoman yang berlaku"
        satuan = "indeks" if iki.startswith("Indeks") else "nilai"
        jenis = "Kualitas"
    elif iki.startswith("Waktu"):
        formula = "Rata-rata jumlah hari sejak kejadian dilaporkan sampai bantuan diterima"
        satuan, jenis = "hari", "Waktu"
    else:
        what = iki[len("Jumlah ") :] if iki.startswith("Jumlah ") else iki
        formula = f"Penjumlahan {what} selama periode penilaian"
        words = target.replace(" per tahun", "").split(" ")
        satuan = " ".join(words[words.index(next(w for w in words if w[:1].isdigit())) + 1 :]) or "-"
    return {
        "RENCANA KINERJA": rk,
        "DESKRIPSI RENCANA KINERJA": f"Rencana kinerja ini menggambarkan kondisi yang dicapai: {rk.lower()}.",
        "INDIKATOR KINERJA INDIVIDU": iki,
        "DEFINISI IKI": f"{iki} adalah ukuran keberhasilan yang dihitung dari data resmi perangkat daerah.",
        "FORMULA": formula,
        "TUJUAN": "Mengetahui tingkat keberhasilan pencapaian sasaran dan dasar perbaikan layanan.",
        "SATUAN PENGUKURAN": satuan,
        "JENIS ASPEK TARGET": jenis,
        "TINGKAT KENDALI IKI": "Moderate",
        "SUMBER DATA": "Laporan kinerja perangkat daerah",
        "PERIODE PELAPORAN": "Triwulanan",
    }


def write_manual(s: Sheet, m: dict) -> None:
    s.put(1, 1, "MANUAL INDIKATOR KINERJA", bold=True)
    s.merge(1, 1, 1, 4)
    r = 3
    for rks, base in ((m["rks"], 0), (m["tambahan"], 100)):
        for i, rk in enumerate(rks):
            e = rk["iki"][0]
            for label, value in manual_text(rk["rk"], e["iki"], e["target"]).items():
                if label == "FORMULA" and e.get("no_formula"):
                    value = ""
                s.put(r, 1, label, bold=True, box=True)
                s.put(r, 2, value, ("manual", base + i, "formula") if label == "FORMULA" else None, box=True)
                s.merge(r, 2, r, 4)
                r += 1
            r += 1
    s.ws.column_dimensions["A"].width = 32
    s.ws.column_dimensions["B"].width = 60


def write_ak(s: Sheet, m: dict) -> None:
    header(s, m, "KETERKAITAN SKP DENGAN ANGKA KREDIT", 6, False, "TANGGAL PENGAJUAN: 5 Januari 2026")
    r = 12
    for c, h in enumerate(["NO", "RENCANA KINERJA", "BUTIR KEGIATAN", "OUTPUT", "ANGKA KREDIT"], 1):
        s.put(r, c, h, bold=True, box=True)
    r += 1
    s.put(r, 1, "KINERJA UTAMA", bold=True, box=True)
    s.merge(r, 1, r, 5)
    r += 1
    n = 0
    for i, rk in enumerate(m["rks"]):
        if rk.get("no_butir"):
            continue
        n += 1
        s.put(r, 1, n, box=True)
        s.put(r, 2, rk["rk"], box=True)
        for j, (butir, output, ak) in enumerate(rk["butir"]):
            s.put(r + j, 3, butir, box=True)
            s.put(r + j, 4, output, box=True)
            s.put(r + j, 5, ak, ("ak", i, j), box=True)
        s.merge(r, 1, r + len(rk["butir"]) - 1, 1)
        s.merge(r, 2, r + len(rk["butir"]) - 1, 2)
        r += len(rk["butir"])
    footer(s, m, r, 4)


def build(m: dict, var: set[str], path: Path) -> dict:
    wb = Workbook()
    ws = wb.active
    first = (
        m["pegawai"]["nama"].replace("Dr. ", "").replace("Drs. ", "").replace("Ir. ", "").replace("H. ", "")
    )
    ws.title = f"SKP {first.split()[0]}" if "sheet_nama_pegawai" in var else "SKP"
    pos: dict = {}
    if m["family"] == "jpt":
        write_jpt(Sheet(ws, pos, "skp"), m)
        write_manual(Sheet(wb.create_sheet("Manual IKI"), pos, "manual"), m)
    else:
        write_jajf(Sheet(ws, pos, "skp"), m)
        if m["family"] == "jf" and not m.get("no_ak"):
            write_ak(Sheet(wb.create_sheet("Keterkaitan AK"), pos, "ak"), m)
    wb.save(path)
    return pos


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--keluaran", type=Path, default=HERE / "kiriman")
    ap.add_argument("--harapan", type=Path, default=HERE / "harapan.json")
    args = ap.parse_args(argv)
    args.keluaran.mkdir(parents=True, exist_ok=True)
    rng = random.Random(SEED)
    files = []
    idx = 0
    used: dict[str, int] = {}
    used_codes: dict[str, int] = {}
    for form, count in FORMS.items():
        family = form.split("-")[0]
        n_clean = (count + 1) // 2
        for k in range(count):
            idx += 1
            clean = k < n_clean
            roles = bank.JPT if family == "jpt" else bank.JA if family == "ja" else bank.JF
            key = rng.choice(sorted(roles))
            options = sorted((v for v in VARIASI if applies(v, form, key)), key=lambda v: (used.get(v, 0), v))
            n_var = rng.randint(2, min(5, len(options)))
            head = options[: n_var + 2]
            var = sorted(rng.sample(head, n_var))
            for v in var:
                used[v] = used.get(v, 0) + 1
            m = model(form, idx, key, set(var))
            codes: list[str] = []
            if not clean:
                n_def = 1 + (k % 2)
                clash = [
                    {"identitas-kosong", "jenjang-golongan-tidak-sesuai", "pangkat-tidak-dikenal"},
                    {"rk-ganda", "rk-berbasis-aktivitas"},
                    {"nip-tidak-valid", "penilai-sama-dengan-pegawai"},
                    {"keterkaitan-ak-hilang", "rk-tanpa-butir-kegiatan", "angka-kredit-tidak-valid"},
                ]
                ranked = sorted(defects_for(form), key=lambda c: (used_codes.get(c, 0), rng.random()))
                for c in ranked:
                    if len(codes) == n_def:
                        break
                    if any(c in g and g & set(codes) for g in clash):
                        continue
                    codes.append(c)
                    used_codes[c] = used_codes.get(c, 0) + 1
            marks = [(c, *apply_defect(m, c, rng)) for c in codes]
            name = f"{form}-{k + 1:02d}-{'bersih' if clean else 'cacat'}.xlsx"
            pos = build(m, set(var), args.keluaran / name)
            defects, boleh = [], []
            for code, where, alts in marks:
                sheet, cell = pos[where] if where != ("none",) else (None, None)
                alt = [{"sheet": pos[a][0], "cell": pos[a][1]} for a in alts if a in pos]
                if where[0] == "id" and m["family"] == "jf" and ("id2",) + where[1:] in pos:
                    s2, c2 = pos[("id2",) + where[1:]]
                    alt.append({"sheet": s2, "cell": c2})
                    boleh.append({"code": code, "sheet": s2})
                if code == "target-tidak-terukur" and m["peng"] and m["family"] != "jpt":
                    boleh += [
                        {"code": k, "sheet": sheet}
                        for k in ("kategori-tidak-berurutan", "kategori-tidak-membedakan")
                    ]
                defects.append(
                    {
                        "code": code,
                        "severity": SEVERITY.get(code, "error"),
                        "sheet": sheet,
                        "cell": cell,
                        "alt_cells": alt,
                    }
                )
            files.append(
                {
                    "file": name,
                    "form": form,
                    "clean": clean,
                    "defects": defects,
                    "boleh": boleh,
                    "variasi": var,
                    "peran": m["role"],
                    "jabatan": m["pegawai"]["jabatan"],
                }
            )
    doc = {"set": "nyata_bj", "seed": SEED, "files": files}
    args.harapan.write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
