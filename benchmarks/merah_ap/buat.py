"""Set merah_ap: probe tim merah (kotak putih) untuk Manual Indikator Kinerja JPT dan rencana di sekitarnya.

Setiap berkas adalah satu SKP JPT (Model Pengembangan, kadang Dasar) yang sah: lembar SKP dari generator
``merah_ag`` (diimpor, tidak disalin) dan Manual IKI yang ditata seperti kantor JPT sungguhan menatanya:
blok per IKI (label | isian), satu tabel (satu baris per IKI), satu lembar per IKI, di samping atau di bawah
rencana pada lembar yang sama; label dengan kata lain, bernomor, kolom titik dua, isian bersambung dua baris,
sel isian digabung, nama IKI sedikit berbeda dari rencana, IKI bernomor di rencana, Manual dengan IKI lebih
banyak dari rencana, formula sebagai teks bebas, ``-``/``Tidak ada`` pada isian pilihan. Berkas bersih tidak
boleh mendapat error maupun peringatan; kembaran bercacat (isian wajib kosong, IKI tanpa Manual) menjaga
recall.

Pemakaian: ``python benchmarks/merah_ap/buat.py [--keluaran DIR] [--harapan FILE]`` (deterministik).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import openpyxl
from openpyxl.utils import get_column_letter

HERE = Path(__file__).resolve().parent
SEED = 20261209

# The plan sheet is merah_ag's (one SKP JPT): this set changes the Manual IKI around it, not the plan.
_spec = importlib.util.spec_from_file_location("merah_ag_buat", HERE.parent / "merah_ag" / "buat.py")
_ag = importlib.util.module_from_spec(_spec)  # type: ignore[arg-type]
_spec.loader.exec_module(_ag)  # type: ignore[union-attr]
put, write_skp, base_spec, PEGAWAI = _ag.put, _ag.write_skp, _ag.spec, _ag.PEGAWAI

KEYS = [
    "rk",
    "deskripsi",
    "iki",
    "definisi",
    "formula",
    "tujuan",
    "satuan",
    "jenis",
    "kendali",
    "sumber",
    "periode",
]
LABELS = {
    "rk": "RENCANA KINERJA",
    "deskripsi": "DESKRIPSI RENCANA KINERJA",
    "iki": "INDIKATOR KINERJA INDIVIDU",
    "definisi": "DEFINISI IKI",
    "formula": "FORMULA",
    "tujuan": "TUJUAN",
    "satuan": "SATUAN PENGUKURAN",
    "jenis": "JENIS ASPEK TARGET",
    "kendali": "TINGKAT KENDALI IKI",
    "sumber": "SUMBER DATA",
    "periode": "PERIODE PELAPORAN",
    # fields of the official Manual the mapping does not read (Permen PANRB 53/2014 Manual IKU, 8/2021)
    "validitas": "TINGKAT VALIDITAS IKI",
    "pj": "PIHAK YANG BERTANGGUNGJAWAB UNTUK MENGUKUR",
    "penyedia": "PIHAK YANG MENYEDIAKAN DATA",
    "konsolidasi": "JENIS KONSOLIDASI PERIODE",
    "cascading": "JENIS CASCADING IKI",
    "target": "TARGET",
    "baseline": "BASELINE",
    "perspektif": "PERSPEKTIF",
}
REQUIRED = ("deskripsi", "definisi", "formula", "tujuan")


def spec() -> dict[str, Any]:
    s = base_spec()
    s.update(
        labels_m=dict(LABELS),  # Manual labels as written
        keys=list(KEYS),  # which fields (in order) the Manual shows
        layout="blok",  # blok | tabel | lembar | samping | bawah | sebelah (blocks two abreast) | bawahnya
        number=None,  # None | "angka" ("1. Deskripsi") | "huruf" ("a. Definisi")
        colon=False,  # a column holding ":" between label and value
        split=(),  # fields whose value is continued on the next row
        merge_value=False,  # value cells merged over three columns
        values={},  # (iki index, key) -> value (None: empty)
        manual_iki={},  # iki index -> IKI text as written in the Manual
        skip=(),  # iki indexes with no Manual
        extra=[],  # extra Manual entries (IKI dropped from the plan)
        plan_iki={},  # (rk, iki) -> IKI text as written in the plan
        sheet_title="Manual IKI",
        lembar_name="Manual IKI {n}",
        title="MANUAL INDIKATOR KINERJA",
        manual_first=False,
        heading=None,  # None | "IKI {n}" line above each block
        no_manual=False,
        table_header_rows=1,
        no_col=False,  # a column of numbers 1..11 left of the labels
        inline=False,  # "LABEL : value" in one cell
        under=False,  # the value on the row under its label
        gap=False,  # an empty column between label and value
        merge_label=False,  # label cells merged over two columns, value cells over five
        group_header=False,  # table: RK/IKI headers merged over two rows, other fields under a group label
        merge_rk=False,  # table: RK and deskripsi merged over the RK's IKI rows
        continued_row=False,  # table: the first IKI's definisi continued on a row of its own
        block_header=False,  # a "NO | URAIAN | KETERANGAN" row above each block
        iki_label_numbered=False,  # the IKI label written "IKI 1", "IKI 2" …
        template_sheet=False,  # an empty template "Manual IKI" sheet kept before the filled one
        lembar_title=True,  # per-IKI sheets carry the Manual's title
    )
    return s


def entries(s: dict[str, Any]) -> list[dict[str, Any]]:
    """One Manual entry per Kinerja Utama IKI (SPEC: the utama IKI need one), in plan order."""
    out = []
    n = 0
    for rk in s["rencana"]:
        for iki in rk["iki"]:
            text = iki[0]
            satuan = iki[1].split()[-1] if " " in iki[1] else "-"
            e = {
                "rk": rk["rk"],
                "deskripsi": f"Terwujudnya {rk['rk'][0].lower()}{rk['rk'][1:]} sesuai Renstra Dinas",
                "iki": s["manual_iki"].get(n, text),
                "definisi": f"{text} yang dicapai pada akhir tahun anggaran",
                "formula": "(Realisasi / Target) x 100%",
                "tujuan": "Mengukur keberhasilan sasaran strategis perangkat daerah",
                "satuan": satuan,
                "jenis": "Kuantitas",
                "kendali": "Terkendali penuh (controllable)",
                "sumber": "Laporan kinerja perangkat daerah",
                "periode": "Triwulanan",
                "validitas": "Exact",
                "pj": "Sekretaris Dinas",
                "penyedia": "Subbagian Perencanaan",
                "konsolidasi": "Take last known value",
                "cascading": "Direct cascading",
                "target": iki[1],
                "baseline": "-",
                "perspektif": s["persp_names"][rk["p"]],
                "n": n,
            }
            for (i, key), v in s["values"].items():
                if i == n:
                    e[key] = v
            if n not in s["skip"]:
                out.append(e)
            n += 1
    return out + [dict(e, n=100 + i) for i, e in enumerate(s["extra"])]


def label_text(s: dict[str, Any], i: int, key: str) -> str:
    text = s["labels_m"][key]
    if s["number"] == "angka":
        return f"{i + 1}. {text}"
    if s["number"] == "huruf":
        return f"{'abcdefghijklmnop'[i]}. {text}"
    return text


def write_block(ws: Any, s: dict[str, Any], e: dict[str, Any], r: int, c: int, cells: dict[str, Any]) -> int:
    """One label | value block at row r, labels in column c; returns the row after it."""
    if s["heading"]:
        put(ws, r, c, s["heading"].format(n=e["n"] + 1))
        r += 1
    if s["block_header"]:
        for j, text in enumerate(("URAIAN", "KETERANGAN")):
            put(ws, r, c + j, text)
        r += 1
    if s["no_col"]:
        c += 1
    vc = c + (2 if s["colon"] or s["gap"] else 1)
    if s["merge_label"]:
        vc = c + 2
    if s["under"]:
        vc = c
    for i, key in enumerate(s["keys"]):
        if s["no_col"]:
            put(ws, r, c - 1, i + 1)
        if s["inline"]:
            cells[f"m{e['n']}_{key}"] = f"{get_column_letter(c)}{r}"
            cells[f"m{e['n']}_{key}_sheet"] = ws.title
            put(ws, r, c, f"{label_text(s, i, key)} : {e[key] or ''}".rstrip())
            r += 1
            continue
        put(
            ws,
            r,
            c,
            f"IKI {e['n'] + 1}" if s["iki_label_numbered"] and key == "iki" else label_text(s, i, key),
        )
        if s["merge_label"]:
            ws.merge_cells(start_row=r, start_column=c, end_row=r, end_column=c + 1)
            ws.merge_cells(start_row=r, start_column=vc, end_row=r, end_column=vc + 4)
        if s["under"]:
            r += 1
        if s["colon"]:
            put(ws, r, c + 1, ":")
        v = e[key]
        cells[f"m{e['n']}_{key}"] = f"{get_column_letter(vc)}{r}"
        cells[f"m{e['n']}_{key}_sheet"] = ws.title
        if key in s["split"] and v:
            words = v.split()
            half = len(words) // 2
            put(ws, r, vc, " ".join(words[:half]))
            put(ws, r + 1, vc, " ".join(words[half:]))
            r += 1
        elif v is not None:
            put(ws, r, vc, v)
        if s["merge_value"]:
            ws.merge_cells(start_row=r, start_column=vc, end_row=r, end_column=vc + 2)
        r += 1
    return r + 1


def write_table(
    ws: Any, s: dict[str, Any], es: list[dict[str, Any]], r: int, c: int, cells: dict[str, Any]
) -> int:
    put(ws, r, c, "NO")
    if s["group_header"]:  # NO | RK | IKI merged over two rows, the other fields under one group label
        lead = [k for k in s["keys"] if k in ("rk", "iki")]
        ws.merge_cells(start_row=r, start_column=c, end_row=r + 1, end_column=c)
        for j, key in enumerate(s["keys"]):
            if key in lead:
                put(ws, r, c + 1 + j, s["labels_m"][key])
                ws.merge_cells(start_row=r, start_column=c + 1 + j, end_row=r + 1, end_column=c + 1 + j)
            else:
                put(ws, r + 1, c + 1 + j, s["labels_m"][key])
        first = c + 1 + len(lead)
        put(ws, r, first, "URAIAN INDIKATOR")
        ws.merge_cells(start_row=r, start_column=first, end_row=r, end_column=c + len(s["keys"]))
        r += 1
    else:
        for j, key in enumerate(s["keys"]):
            put(ws, r, c + 1 + j, s["labels_m"][key])
    r += s["table_header_rows"]
    if s["table_header_rows"] == 2:  # column numbers under the header
        for j in range(len(s["keys"]) + 1):
            put(ws, r - 1, c + j, j + 1)
    last_rk: tuple[str, int] | None = None
    for e in es:
        put(ws, r, c, e["n"] + 1)
        for j, key in enumerate(s["keys"]):
            cells[f"m{e['n']}_{key}"] = f"{get_column_letter(c + 1 + j)}{r}"
            cells[f"m{e['n']}_{key}_sheet"] = ws.title
            if s["merge_rk"] and key in ("rk", "deskripsi") and last_rk and last_rk[0] == e["rk"]:
                ws.merge_cells(start_row=last_rk[1], start_column=c + 1 + j, end_row=r, end_column=c + 1 + j)
                continue
            if e[key] is not None:
                text = e[key]
                if s["continued_row"] and key == "definisi" and e["n"] == 0:
                    words = text.split()
                    text = " ".join(words[:3])
                    put(ws, r + 1, c + 1 + j, " ".join(words[3:]))
                put(ws, r, c + 1 + j, text)
        if last_rk is None or last_rk[0] != e["rk"]:
            last_rk = (e["rk"], r)
        r += 2 if s["continued_row"] and e["n"] == 0 else 1
    return r


def write_manual(wb: Any, s: dict[str, Any], cells: dict[str, Any]) -> None:
    es = entries(s)
    layout = s["layout"]
    if s["no_manual"]:
        return
    if s["template_sheet"]:  # the template's empty Manual, kept
        tpl = wb.create_sheet("Manual IKI")
        put(tpl, 1, 1, s["title"])
        for i, key in enumerate(KEYS):
            put(tpl, 3 + i, 1, LABELS[key])
    if layout in ("blok", "tabel", "sebelah"):
        ws = wb.create_sheet(s["sheet_title"], 0 if s["manual_first"] else None)
        put(ws, 1, 1, s["title"])
        put(ws, 2, 1, f"{PEGAWAI['jabatan']}")
        r = 4
        if layout == "tabel":
            write_table(ws, s, es, r, 1, cells)
        elif layout == "sebelah":
            for k in range(0, len(es), 2):
                end = write_block(ws, s, es[k], r, 1, cells)
                if k + 1 < len(es):
                    write_block(ws, s, es[k + 1], r, 6, cells)
                r = end
        else:
            for e in es:
                r = write_block(ws, s, e, r, 1, cells)
    elif layout == "lembar":
        for e in es:
            ws = wb.create_sheet(s["lembar_name"].format(n=e["n"] + 1))
            if s["lembar_title"]:
                put(ws, 1, 1, s["title"])
            write_block(ws, s, e, 3, 1, cells)
    elif layout == "samping":
        ws = wb["SKP"]
        put(ws, 12, 8, s["title"])
        r = 14
        for e in es:
            r = write_block(ws, s, e, r, 8, cells)
    elif layout == "bawah":
        ws = wb["SKP"]
        r = ws.max_row + 3
        put(ws, r, 1, s["title"])
        r += 2
        for e in es:
            r = write_block(ws, s, e, r, 2, cells)
    elif layout in ("bawah_langsung", "bawah_tanpa_judul"):
        ws = wb["SKP"]
        sign = max(
            row for row in range(13, ws.max_row + 1) if ws.cell(row, 2).value == "PEGAWAI YANG DINILAI"
        )
        size = 3 + len(es) * (len(s["keys"]) + 1)
        ws.move_range(f"A{sign}:H{ws.max_row}", rows=size)
        r = sign - 1
        if layout == "bawah_langsung":
            put(ws, r, 1, s["title"])
        r += 2
        for e in es:
            r = write_block(ws, s, e, r, 3, cells)
    elif layout == "kolom":
        ws = wb["SKP"]
        c0 = 6 if s["model"] == "pengembangan" else 5
        iki_col = c0 - 2
        for j, key in enumerate(s["keys"]):
            put(ws, 12, c0 + j, s["labels_m"][key])
            put(ws, 13, c0 + j, c0 + j)
        by_text = {e["iki"]: e for e in es}
        for row in range(15, ws.max_row + 1):
            e = by_text.get(ws.cell(row, iki_col).value)
            if e is None:
                continue
            for j, key in enumerate(s["keys"]):
                cells[f"m{e['n']}_{key}"] = f"{get_column_letter(c0 + j)}{row}"
                cells[f"m{e['n']}_{key}_sheet"] = "SKP"
                if e[key] is not None:
                    put(ws, row, c0 + j, e[key])
    else:
        raise ValueError(layout)


def iki_cells(ws: Any, s: dict[str, Any], cells: dict[str, Any]) -> None:
    """The plan's IKI cells, by their text, for 'IKI without a Manual' defects."""
    n = 0
    texts = {}
    for rk in s["rencana"]:
        for iki in rk["iki"]:
            texts[iki[0]] = n
            n += 1
    for row in ws.iter_rows():
        for cell in row:
            if cell.value in texts and cell.column <= 5:
                cells.setdefault(f"iki{texts[cell.value]}", cell.coordinate)


def build(s: dict[str, Any], path: Path) -> dict[str, Any]:
    wb = openpyxl.Workbook()
    cells: dict[str, Any] = {}
    plan_texts = {}
    for (k, j), text in s["plan_iki"].items():
        plan_texts[(k, j)] = text
    # the plan's IKI written otherwise (numbered): the Manual keeps its own text
    original = [[iki[0] for iki in rk["iki"]] for rk in s["rencana"]]
    for (k, j), text in plan_texts.items():
        s["rencana"][k]["iki"][j][0] = text
    write_skp(wb, s, cells)
    iki_cells(wb["SKP"], s, cells)
    for k, j in plan_texts:
        s["rencana"][k]["iki"][j][0] = original[k][j]
    write_manual(wb, s, cells)
    wb.save(path)
    return cells


# ---------------------------------------------------------------- probes

Mod = Callable[[dict[str, Any]], None]


def setv(**kw: Any) -> Mod:
    def f(s: dict[str, Any]) -> None:
        s.update(kw)

    return f


def lab(**kw: str) -> Mod:
    def f(s: dict[str, Any]) -> None:
        s["labels_m"].update(kw)

    return f


def val(n: int, key: str, v: Any) -> Mod:
    def f(s: dict[str, Any]) -> None:
        s["values"][(n, key)] = v

    return f


def chain(*fs: Mod) -> Mod:
    def f(s: dict[str, Any]) -> None:
        for g in fs:
            g(s)

    return f


def dasar(s: dict[str, Any]) -> None:
    s["model"] = "dasar"


def shared_iki(s: dict[str, Any]) -> None:
    """The same IKI under two RK (an IKI the PK repeats under two sasaran)."""
    s["rencana"][3]["iki"][0][0] = "Persentase permohonan informasi yang terlayani"


def manual_missing(n: int, key: str) -> dict[str, Any]:
    return {"code": "manual-iki-kosong", "key": f"m{n}_{key}"}


def no_manual(n: int) -> dict[str, Any]:
    return {"code": "manual-iki-kosong", "key": f"iki{n}", "sheet": "SKP"}


Probe = tuple[str, str, Mod | None, list[dict[str, Any]]]
EXTRA = {
    "rk": "Meningkatnya layanan aduan masyarakat",
    "deskripsi": "Terwujudnya layanan aduan yang cepat",
    "iki": "Persentase aduan masyarakat yang ditindaklanjuti",
    "definisi": "Aduan yang ditindaklanjuti dalam 5 hari kerja",
    "formula": "Aduan ditindaklanjuti / aduan masuk x 100%",
    "tujuan": "Mengukur kecepatan tindak lanjut aduan",
    "satuan": "%",
    "jenis": "Kuantitas",
    "kendali": "Terkendali sebagian",
    "sumber": "Aplikasi SP4N-LAPOR!",
    "periode": "Bulanan",
}
OFFICIAL = [
    "rk",
    "deskripsi",
    "iki",
    "definisi",
    "tujuan",
    "satuan",
    "jenis",
    "kendali",
    "validitas",
    "pj",
    "penyedia",
    "formula",
    "sumber",
    "konsolidasi",
    "cascading",
    "periode",
    "target",
]
TABLE_KEYS = ["rk", "iki", "deskripsi", "definisi", "formula", "tujuan", "satuan", "jenis", "sumber"]

PROBES: list[Probe] = [
    ("01-blok-baku", "Manual blok baku (kontrol)", None, []),
    (
        "02-label-definisi-operasional",
        "label DEFINISI OPERASIONAL, CARA PERHITUNGAN, MAKSUD/TUJUAN",
        lab(definisi="Definisi Operasional", formula="Cara Perhitungan", tujuan="Maksud/Tujuan"),
        [],
    ),
    (
        "03-label-rumus",
        "label Rumus, Formulasi-nya `Formulasi`, `Maksud / Tujuan`",
        lab(formula="Formulasi", tujuan="Maksud / Tujuan", definisi="Definisi"),
        [],
    ),
    (
        "04-label-rumus-2",
        "label `Rumus` dan `Alasan Pemilihan IKI`",
        lab(formula="Rumus", tujuan="Alasan Pemilihan IKI"),
        [],
    ),
    (
        "05-label-penjelasan",
        "label `Penjelasan Rencana Kinerja` dan `Uraian IKI`",
        lab(deskripsi="Penjelasan Rencana Kinerja", definisi="Uraian IKI"),
        [],
    ),
    ("06-label-bernomor", "label bernomor `1. Rencana Kinerja` …", setv(number="angka"), []),
    ("07-label-berhuruf", "label berhuruf `a. Rencana Kinerja` …", setv(number="huruf"), []),
    ("08-kolom-titik-dua", "kolom `:` di antara label dan isian", setv(colon=True), []),
    (
        "09-isian-dua-baris",
        "definisi dan formula bersambung ke baris berikut",
        setv(split=("definisi", "formula", "deskripsi")),
        [],
    ),
    ("10-isian-digabung", "sel isian digabung tiga kolom", setv(merge_value=True), []),
    (
        "11-nama-iki-berbeda",
        "nama IKI di Manual: huruf kapital, titik di akhir, singkatan `Kab.`",
        setv(
            manual_iki={
                0: "INDEKS KETERBUKAAN INFORMASI PUBLIK",
                1: "Persentase permohonan informasi yang terlayani.",
                2: "Indeks SPBE Kab.",
            }
        ),
        [],
    ),
    (
        "12-iki-bernomor-rencana",
        "IKI bernomor `1.1` di rencana, tanpa nomor di Manual",
        setv(
            plan_iki={
                (0, 0): "1.1 Indeks keterbukaan informasi publik",
                (0, 1): "1.2 Persentase permohonan informasi yang terlayani",
            }
        ),
        [],
    ),
    ("13-manual-lebih", "Manual memuat satu IKI yang kemudian dihapus dari rencana", setv(extra=[EXTRA]), []),
    (
        "14-formula-teks",
        "formula `Jumlah A / Jumlah B x 100 %` dan kalimat",
        chain(
            val(0, "formula", "Jumlah A / Jumlah B x 100 %"),
            val(1, "formula", "Jumlah permohonan terlayani dibagi jumlah permohonan dikali 100%"),
            val(2, "formula", "Lihat gambar: rumus indeks SPBE (Permen PANRB 59/2020)"),
        ),
        [],
    ),
    (
        "15-pilihan-strip",
        "`-` dan `Tidak ada` pada isian pilihan",
        chain(
            val(0, "kendali", "-"),
            val(1, "sumber", "Tidak ada"),
            val(2, "satuan", "-"),
            val(3, "periode", "-"),
        ),
        [],
    ),
    ("16-tabel", "Manual satu tabel, satu baris per IKI", setv(layout="tabel", keys=list(TABLE_KEYS)), []),
    (
        "17-tabel-kata-lain",
        "tabel berjudul DESKRIPSI / DEFINISI / FORMULA / TUJUAN / SATUAN / JENIS / SUMBER DATA",
        chain(
            setv(layout="tabel", keys=list(TABLE_KEYS)),
            lab(
                rk="SASARAN",
                iki="INDIKATOR",
                deskripsi="DESKRIPSI",
                definisi="DEFINISI",
                satuan="SATUAN",
                jenis="JENIS",
            ),
        ),
        [],
    ),
    (
        "18-tabel-nomor-kolom",
        "tabel dengan baris nomor kolom di bawah judul",
        setv(layout="tabel", keys=list(TABLE_KEYS), table_header_rows=2),
        [],
    ),
    ("19-lembar-per-iki", "satu lembar per IKI `Manual IKI 1` …", setv(layout="lembar"), []),
    (
        "20-lembar-iki-n",
        "satu lembar per IKI bernama `IKI 1` …",
        setv(layout="lembar", lembar_name="IKI {n}"),
        [],
    ),
    (
        "21-samping-rencana",
        "Manual di samping rencana, lembar yang sama (kolom H)",
        setv(layout="samping"),
        [],
    ),
    ("22-bawah-tanda-tangan", "Manual di bawah rencana sesudah tanda tangan", setv(layout="bawah"), []),
    ("23-iki-dua-rk", "satu IKI di bawah dua RK, Manual untuk keduanya", shared_iki, []),
    ("24-dasar", "JPT Model Dasar dengan Manual blok", dasar, []),
    ("25-judul-per-blok", "baris `IKI 1` di atas setiap blok", setv(heading="IKI {n}"), []),
    ("26-dua-berjajar", "dua blok berjajar (kolom A dan F)", setv(layout="sebelah"), []),
    ("27-manual-di-depan", "lembar Manual di depan lembar SKP", setv(manual_first=True), []),
    (
        "28-judul-individu",
        "judul `MANUAL INDIKATOR KINERJA INDIVIDU`, lembar `Manual Indikator`",
        setv(title="MANUAL INDIKATOR KINERJA INDIVIDU", sheet_title="Manual Indikator"),
        [],
    ),
    (
        "29-dasar-tabel",
        "JPT Model Dasar, Manual satu tabel",
        chain(dasar, setv(layout="tabel", keys=list(TABLE_KEYS))),
        [],
    ),
    ("30-titik-dua-bernomor", "label bernomor dengan kolom `:`", setv(number="angka", colon=True), []),
    (
        "31-samping-kata-lain",
        "Manual di samping rencana, label kata lain",
        chain(setv(layout="samping"), lab(definisi="Definisi Operasional", formula="Rumus")),
        [],
    ),
    (
        "32-medan-resmi-lengkap",
        "blok dengan medan resmi lain: TINGKAT VALIDITAS IKI, PIHAK YANG BERTANGGUNGJAWAB, "
        "JENIS KONSOLIDASI PERIODE, JENIS CASCADING IKI, TARGET",
        setv(keys=list(OFFICIAL)),
        [],
    ),
    ("33-kolom-nomor", "kolom nomor 1–11 di kiri label", setv(no_col=True), []),
    ("34-label-isian-satu-sel", "`FORMULA : …` dalam satu sel", setv(inline=True), []),
    ("35-isian-di-bawah", "isian di baris bawah labelnya", setv(under=True), []),
    (
        "36-tabel-target-perspektif",
        "tabel Manual dengan kolom PERSPEKTIF dan TARGET (mirip rencana), di depan",
        setv(
            layout="tabel",
            manual_first=True,
            keys=[
                "perspektif",
                "rk",
                "iki",
                "target",
                "deskripsi",
                "definisi",
                "formula",
                "tujuan",
                "sumber",
            ],
        ),
        [],
    ),
    (
        "37-tabel-medan-resmi",
        "tabel Manual dengan medan resmi lain",
        setv(layout="tabel", keys=list(OFFICIAL)),
        [],
    ),
    (
        "38-samping-medan-resmi",
        "Manual di samping rencana dengan TARGET dan PERSPEKTIF di blok",
        setv(layout="samping", keys=["perspektif", *KEYS, "target"]),
        [],
    ),
    (
        "39-bawah-medan-resmi",
        "Manual di bawah rencana, medan resmi lengkap",
        setv(layout="bawah", keys=list(OFFICIAL)),
        [],
    ),
    (
        "40-label-iki-singkat",
        "label `KINERJA`, `DESKRIPSI KINERJA`, `FORMULA IKI`, `TUJUAN IKI`, `DEFINISI`",
        lab(
            rk="KINERJA",
            deskripsi="DESKRIPSI KINERJA",
            formula="FORMULA IKI",
            tujuan="TUJUAN IKI",
            definisi="DEFINISI",
        ),
        [],
    ),
    (
        "56-label-manual-iku",
        "label Manual IKU (Permen PANRB 53/2014): SASARAN STRATEGIS, INDIKATOR KINERJA UTAMA, "
        "FORMULASI PENGUKURAN …",
        lab(
            rk="SASARAN STRATEGIS",
            deskripsi="DESKRIPSI SASARAN STRATEGIS",
            iki="INDIKATOR KINERJA UTAMA",
            definisi="DEFINISI",
            formula="FORMULASI PENGUKURAN",
            tujuan="TUJUAN",
        ),
        [],
    ),
    (
        "57-iki-dua-baris-rencana",
        "IKI di rencana ditulis dua baris dalam satu sel (Alt+Enter)",
        setv(
            plan_iki={
                (0, 0): "Indeks keterbukaan\ninformasi publik",
                (2, 0): "Jumlah aparatur bersertifikat\nkompetensi TIK",
            }
        ),
        [],
    ),
    (
        "60-tabel-judul-dua-baris",
        "tabel: NO/RK/IKI digabung dua baris, medan lain di bawah judul kelompok",
        setv(layout="tabel", keys=list(TABLE_KEYS), group_header=True),
        [],
    ),
    (
        "61-tabel-rk-digabung",
        "tabel: RK dan deskripsi digabung melintasi dua IKI satu RK",
        setv(layout="tabel", keys=list(TABLE_KEYS), merge_rk=True),
        [],
    ),
    (
        "62-tabel-baris-sambungan",
        "tabel: definisi IKI 1 bersambung pada baris sendiri",
        setv(layout="tabel", keys=list(TABLE_KEYS), continued_row=True),
        [],
    ),
    (
        "63-pilihan-kosong",
        "isian pilihan (satuan, jenis, kendali, sumber, periode) dibiarkan kosong",
        chain(
            *(val(n, k, None) for n in range(5) for k in ("satuan", "jenis", "kendali", "sumber", "periode"))
        ),
        [],
    ),
    ("64-kolom-kosong-antara", "kolom kosong di antara label dan isian", setv(gap=True), []),
    ("65-label-digabung", "label digabung dua kolom, isian lima kolom", setv(merge_label=True), []),
    (
        "66-bawah-langsung",
        "Manual langsung di bawah rencana (berjudul), tanda tangan sesudahnya",
        setv(layout="bawah_langsung"),
        [],
    ),
    (
        "67-bawah-tanpa-judul",
        "Manual langsung di bawah rencana tanpa judul, label di kolom RK",
        setv(layout="bawah_tanpa_judul"),
        [],
    ),
    (
        "68-kolom-manual-di-rencana",
        "medan Manual sebagai kolom tambahan tabel rencana (DESKRIPSI … TUJUAN)",
        setv(layout="kolom", keys=["deskripsi", "definisi", "formula", "tujuan", "sumber"]),
        [],
    ),
    (
        "69-kolom-manual-dasar",
        "JPT Model Dasar, medan Manual sebagai kolom tambahan rencana",
        chain(
            dasar,
            setv(layout="kolom", keys=["deskripsi", "definisi", "formula", "tujuan", "satuan", "periode"]),
        ),
        [],
    ),
    (
        "70-iki-bernomor-manual",
        "IKI bernomor `1.1` di Manual, tanpa nomor di rencana",
        setv(
            manual_iki={
                0: "1.1 Indeks keterbukaan informasi publik",
                1: "1.2. Persentase permohonan informasi yang terlayani",
                2: "2. Indeks SPBE Kabupaten",
            }
        ),
        [],
    ),
    (
        "75-isian-berawalan-label",
        "isian formula berawalan `Rumus : …` dan tujuan `Tujuan: …`",
        chain(
            *(val(n, "formula", "Rumus : Jumlah A / Jumlah B x 100%") for n in range(5)),
            *(val(n, "tujuan", "Tujuan: mengukur capaian sasaran") for n in range(5)),
        ),
        [],
    ),
    ("76-label-iki-bernomor", "label IKI ditulis `IKI 1`, `IKI 2` …", setv(iki_label_numbered=True), []),
    ("77-baris-judul-blok", "baris `URAIAN | KETERANGAN` di atas setiap blok", setv(block_header=True), []),
    (
        "78-templat-kosong-disimpan",
        "lembar `Manual IKI` templat kosong disimpan, isian di `Manual IKI (2)`",
        setv(template_sheet=True, sheet_title="Manual IKI (2)"),
        [],
    ),
    (
        "79-lembar-tanpa-judul",
        "satu lembar per IKI `IKI 1` … tanpa judul",
        setv(layout="lembar", lembar_name="IKI {n}", lembar_title=False),
        [],
    ),
    # ---- defective twins
    (
        "80-cacat-templat-kosong",
        "kembaran 78: tujuan IKI 3 kosong",
        chain(setv(template_sheet=True, sheet_title="Manual IKI (2)"), val(2, "tujuan", None)),
        [manual_missing(2, "tujuan")],
    ),
    (
        "81-cacat-lembar-tanpa-judul",
        "kembaran 79: lembar IKI 2 tidak ada",
        setv(layout="lembar", lembar_name="IKI {n}", lembar_title=False, skip=(1,)),
        [no_manual(1)],
    ),
    (
        "41-cacat-formula-kosong",
        "kembaran 01: formula IKI 2 kosong",
        val(1, "formula", None),
        [manual_missing(1, "formula")],
    ),
    ("42-cacat-tanpa-blok", "kembaran 01: IKI 3 tanpa Manual", setv(skip=(2,)), [no_manual(2)]),
    (
        "43-cacat-tabel-tujuan",
        "kembaran 16: tujuan IKI 4 kosong",
        chain(setv(layout="tabel", keys=list(TABLE_KEYS)), val(3, "tujuan", None)),
        [manual_missing(3, "tujuan")],
    ),
    (
        "44-cacat-lembar-hilang",
        "kembaran 19: lembar Manual IKI 5 tidak ada",
        setv(layout="lembar", skip=(4,)),
        [no_manual(4)],
    ),
    (
        "45-cacat-titik-dua-kosong",
        "kembaran 08: definisi IKI 1 kosong sesudah `:`",
        chain(setv(colon=True), val(0, "definisi", None)),
        [manual_missing(0, "definisi")],
    ),
    (
        "46-cacat-strip-wajib",
        "kembaran 15: `-` pada deskripsi (wajib)",
        val(2, "deskripsi", "-"),
        [manual_missing(2, "deskripsi")],
    ),
    (
        "47-cacat-samping-tujuan",
        "kembaran 21: tujuan IKI 2 kosong",
        chain(setv(layout="samping"), val(1, "tujuan", None)),
        [manual_missing(1, "tujuan")],
    ),
    (
        "48-cacat-bawah-tanpa-blok",
        "kembaran 22: IKI 1 tanpa Manual",
        setv(layout="bawah", skip=(0,)),
        [no_manual(0)],
    ),
    (
        "49-cacat-tanpa-manual",
        "tanpa lembar Manual sama sekali",
        setv(no_manual=True),
        [no_manual(i) for i in range(5)],
    ),
    (
        "50-cacat-kata-lain-kosong",
        "kembaran 02: `Cara Perhitungan` kosong",
        chain(
            lab(definisi="Definisi Operasional", formula="Cara Perhitungan", tujuan="Maksud/Tujuan"),
            val(4, "formula", None),
        ),
        [manual_missing(4, "formula")],
    ),
    (
        "51-cacat-bernomor-kosong",
        "kembaran 06: `4. Definisi IKI` kosong",
        chain(setv(number="angka"), val(3, "definisi", None)),
        [manual_missing(3, "definisi")],
    ),
    (
        "53-cacat-medan-resmi",
        "kembaran 32: formula IKI 3 kosong",
        chain(setv(keys=list(OFFICIAL)), val(2, "formula", None)),
        [manual_missing(2, "formula")],
    ),
    (
        "54-cacat-isian-di-bawah",
        "kembaran 35: tujuan IKI 1 kosong",
        chain(setv(under=True), val(0, "tujuan", None)),
        [manual_missing(0, "tujuan")],
    ),
    (
        "55-cacat-tabel-perspektif",
        "kembaran 36: IKI 2 tanpa baris Manual",
        setv(
            layout="tabel",
            manual_first=True,
            skip=(1,),
            keys=[
                "perspektif",
                "rk",
                "iki",
                "target",
                "deskripsi",
                "definisi",
                "formula",
                "tujuan",
                "sumber",
            ],
        ),
        [no_manual(1)],
    ),
    (
        "58-cacat-label-iku",
        "kembaran 56: FORMULASI PENGUKURAN IKI 5 kosong",
        chain(
            lab(
                rk="SASARAN STRATEGIS",
                deskripsi="DESKRIPSI SASARAN STRATEGIS",
                iki="INDIKATOR KINERJA UTAMA",
                definisi="DEFINISI",
                formula="FORMULASI PENGUKURAN",
                tujuan="TUJUAN",
            ),
            val(4, "formula", None),
        ),
        [manual_missing(4, "formula")],
    ),
    (
        "59-cacat-tabel-kata-lain",
        "kembaran 17: DEFINISI IKI 1 kosong",
        chain(
            setv(layout="tabel", keys=list(TABLE_KEYS)),
            lab(
                rk="SASARAN",
                iki="INDIKATOR",
                deskripsi="DESKRIPSI",
                definisi="DEFINISI",
                satuan="SATUAN",
                jenis="JENIS",
            ),
            val(0, "definisi", None),
        ),
        [manual_missing(0, "definisi")],
    ),
    (
        "71-cacat-kolom-manual",
        "kembaran 68: formula IKI 4 kosong",
        chain(
            setv(layout="kolom", keys=["deskripsi", "definisi", "formula", "tujuan", "sumber"]),
            val(3, "formula", None),
        ),
        [manual_missing(3, "formula")],
    ),
    (
        "72-cacat-judul-dua-baris",
        "kembaran 60: tujuan IKI 3 kosong",
        chain(setv(layout="tabel", keys=list(TABLE_KEYS), group_header=True), val(2, "tujuan", None)),
        [manual_missing(2, "tujuan")],
    ),
    (
        "73-cacat-bawah-tanpa-judul",
        "kembaran 67: IKI 5 tanpa Manual",
        setv(layout="bawah_tanpa_judul", skip=(4,)),
        [no_manual(4)],
    ),
    (
        "74-cacat-rk-digabung",
        "kembaran 61: definisi IKI 2 kosong",
        chain(setv(layout="tabel", keys=list(TABLE_KEYS), merge_rk=True), val(1, "definisi", None)),
        [manual_missing(1, "definisi")],
    ),
    (
        "52-cacat-dua-berjajar",
        "kembaran 26: formula IKI 2 (kanan) kosong",
        chain(setv(layout="sebelah"), val(1, "formula", None)),
        [manual_missing(1, "formula")],
    ),
]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keluaran", type=Path, default=HERE / "kiriman")
    parser.add_argument("--harapan", type=Path, default=HERE / "harapan.json")
    args = parser.parse_args(argv)
    args.keluaran.mkdir(parents=True, exist_ok=True)
    files = []
    for name, uraian, mutate, defects in PROBES:
        s = spec()
        if mutate is not None:
            mutate(s)
        fname = f"{name}.xlsx"
        cells = build(s, args.keluaran / fname)
        out = []
        for d in defects:
            d = dict(d)
            key = d.pop("key")
            d["cell"] = cells[key]
            d.setdefault("sheet", cells.get(f"{key}_sheet"))
            out.append(d)
        files.append(
            {"file": fname, "form": f"jpt-{s['model']}", "clean": not out, "defects": out, "uraian": uraian}
        )
    manifest = {"set": "merah_ap", "seed": SEED, "files": files}
    args.harapan.write_text(json.dumps(manifest, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
