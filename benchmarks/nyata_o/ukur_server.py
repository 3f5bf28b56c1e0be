"""Mengukur tombol **Periksa SKP** server pada set ``nyata_o`` lewat HTTP sungguhan.

Usage: ``python benchmarks/nyata_o/ukur_server.py [FOLDER] [--harapan FILE] [--json] [--lisensi]``.

Menjalankan ``skp server`` sungguhan (uvicorn, 127.0.0.1, port bebas, token acak, folder kiriman sementara)
seperti yang ditulis docs/server.md. Tanpa ``--lisensi`` variabel ``XLWINGS_LICENSE_KEY`` tidak diisi (server
harus mengisinya sendiri, docs/server.md); dengan ``--lisensi`` diisi ``noncommercial`` lebih dulu. Untuk
setiap buku kerja, ``muatan.py`` membentuk badan permintaan persis seperti klien VBA xlwings
(``RunServerPython``: nilai sel saja), lalu:

1. ``POST /periksa``; tindakan balasan diterapkan pada model buku kerja seperti ``Remote.bas``: sel yang
   diwarnai, sheet **Hasil Periksa** (kode, tingkat, pesan, tautan sel), kotak pesan;
2. ``skp periksa BERKAS --format json`` pada ``.xlsx`` yang sama: server tidak boleh memberi ``error`` atau
   ``peringatan`` yang tidak diberi batch (pemeriksaannya sama menurut SPEC dan docs), dan tidak boleh
   melewatkan temuan batch;
3. dibandingkan dengan ``harapan.json``: alarm palsu pada berkas bersih, recall cacat tersisip (kode,
   kode+sel, dan sel yang diwarnai);
4. keamanan tindakan: tidak ada tindakan yang menulis/menghapus isi sheet pegawai, teks Hasil Periksa
   tidak berubah menjadi rumus/tanggal/angka saat ditulis Excel, tautan menunjuk sheet dan sel yang ada,
   teks berbahasa Indonesia; lalu tombol ditekan kedua kali (Hasil Periksa lama ikut terkirim): hasilnya
   menggantikan yang lama;
5. ``POST /kirim`` untuk setiap berkas (satu berkas dua kali): satu versi baru per kiriman di
   ``.riwayat/<NIP>_<periode>/``, berkas terakhir di folder kiriman, kiriman tanpa NIP sah tidak disimpan;
   ``skp periksa`` atas folder kiriman memberi temuan per berkas yang sama dengan jawaban server.

Status keluar 0 apa pun angkanya.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import secrets
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections import Counter
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import muatan  # noqa: E402

SKP = Path(sys.executable).with_name("skp")
MARK_SHEETS = {"Hasil Periksa", "_skp_tanda"}
# SPEC §7 scope "batch": findings among several submissions, not a per-file answer
BATCH_CODES = {
    "skp-ganda",
    "skp-atasan-tidak-ditemukan",
    "rk-atasan-tidak-cocok",
    "rk-atasan-tidak-diintervensi",
    "target-kaskade-tidak-seimbang",
    "kesetaraan-tidak-seimbang",
    "penilai-tidak-sesuai-daftar",
    "pegawai-tidak-dalam-daftar",
}
ENGLISH = re.compile(
    r"\b(the|and|file|warning|not found|error:|traceback|exception|none|license|invalid|"
    r"missing|sheet not|cell)\b",
    re.I,
)
_HYPERLINK = re.compile(r'^=HYPERLINK\("#\'((?:[^\'"]|\'\'|"")+)\'!([A-Z]{1,3}[0-9]+)","((?:[^"]|"")*)"\)$')


# ------------------------------------------------------------------------------------------- server
def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """``skp server`` as an agency runs it, on a loopback port of its own."""

    def __init__(self, kiriman: Path, lisensi: bool) -> None:
        self.port = _free_port()
        self.token = secrets.token_urlsafe(24)
        env = dict(os.environ, SKP_TOKEN=self.token)
        env.pop("XLWINGS_LICENSE_KEY", None)
        if lisensi:
            env["XLWINGS_LICENSE_KEY"] = "noncommercial"
        self.log = tempfile.TemporaryFile(prefix="skp-server-")  # noqa: SIM115 (lives as long as the server)
        self.proc = subprocess.Popen(
            [str(SKP), "server", "--kiriman", str(kiriman), "--host", "127.0.0.1", "--port", str(self.port)],
            env=env,
            stdout=self.log,
            stderr=subprocess.STDOUT,
        )
        deadline = time.time() + 60
        while time.time() < deadline:
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{self.port}/kesehatan", timeout=2).read()
                return
            except (urllib.error.URLError, ConnectionError):
                time.sleep(0.3)
        raise RuntimeError("skp server tidak menyala")

    def post(self, path: str, body: bytes) -> tuple[int, Any]:
        req = urllib.request.Request(
            f"http://127.0.0.1:{self.port}{path}",
            data=body,
            method="POST",
            headers={"Authorization": self.token, "Content-Type": "application/json"},
        )
        try:
            with urllib.request.urlopen(req, timeout=120) as r:
                return r.status, json.loads(r.read())
        except urllib.error.HTTPError as e:
            return e.code, e.read().decode("utf-8", "replace")

    def stop(self) -> None:
        self.proc.terminate()
        self.proc.wait(timeout=20)
        self.log.close()


# ------------------------------------------------------------------------------ applying the actions
def _cell(action: dict[str, Any]) -> str:
    return muatan.cell_address(action["start_row"], action["start_column"])


def _range(action: dict[str, Any]) -> str:
    first = _cell(action)
    if action.get("row_count", 1) == 1 and action.get("column_count", 1) == 1:
        return first
    last = muatan.cell_address(
        action["start_row"] + action["row_count"] - 1, action["start_column"] + action["column_count"] - 1
    )
    return f"{first}:{last}"


def _parse_iso_would_convert(text: str) -> bool:
    """``WebHelpers.ParseIso`` (run by ``setValues`` on every value) turns such a text into a date."""
    parts = text.split("T")[0].split("-")
    if len(parts) < 3:
        return False
    return all(re.fullmatch(r"\s*[+-]?\d+\s*", p) for p in parts[:3])


def _unsafe_text(value: Any, sheets: list[str]) -> str | None:
    if not isinstance(value, str) or not value:
        return None
    if value.startswith("="):
        m = _HYPERLINK.match(value)
        if not m:
            return "rumus selain HYPERLINK ke sel"
        target = m.group(1).replace("''", "'").replace('""', '"')
        if target not in sheets:
            return f"tautan ke sheet yang tidak ada: {target!r}"
        return None
    if value[0] in "+-@" and not re.fullmatch(r"[+-]?\d+([.,]\d+)?", value):
        return "teks berawalan +/-/@ dibaca Excel sebagai rumus"
    if _parse_iso_would_convert(value):
        return "teks yang diubah menjadi tanggal oleh klien (ParseIso)"
    if re.fullmatch(r"\s*\d{16,}\s*", value):
        return "angka panjang sebagai teks: Excel menyimpannya sebagai angka (digit hilang)"
    return None


def terapkan(original: list[str], actions: list[dict[str, Any]]) -> dict[str, Any]:
    """Apply the actions as ``Remote.bas`` would; return marks, the Hasil Periksa grid and violations."""
    sheets = list(original)
    marks: list[tuple[str, str, str]] = []
    writes: list[str] = []
    grids: dict[str, dict[tuple[int, int], Any]] = {}
    alerts: list[str] = []
    for a in actions:
        f = a["func"]
        pos = a.get("sheet_position")
        name = sheets[pos] if isinstance(pos, int) and 0 <= pos < len(sheets) else None
        if f == "addSheet":
            sheets.insert(a["args"][0], a["args"][1] if len(a["args"]) > 1 else "Sheet")
        elif f == "alert":
            alerts.append(a["args"][0])
        elif f == "setRangeColor" and not a["args"][0]:
            # Remote.bas: HexToRgb(ByVal hexColor As String) on a null colour stops the macro ("Invalid
            # use of Null") before the actions after it
            writes.append(f"setRangeColor tanpa warna pada {name}!{_range(a)}: makro klien VBA berhenti")
        elif f == "setRangeColor":
            if name is None:
                writes.append(f"setRangeColor pada sheet ke-{pos} yang tidak ada")
            elif name not in MARK_SHEETS:
                marks.append((name, _range(a), a["args"][0]))
        elif f == "setValues":
            if name is None or name not in MARK_SHEETS:
                writes.append(f"setValues menulis {name}!{_range(a)}")
                continue
            g = grids.setdefault(name, {})
            for i, row in enumerate(a["values"]):
                for j, v in enumerate(row):
                    g[(a["start_row"] + i, a["start_column"] + j)] = v
        elif f in {"activateSheet", "rangeSelect"}:
            continue
        elif f == "sheetDelete":
            if name is None or name not in MARK_SHEETS:
                writes.append(f"sheetDelete menghapus sheet {name}")
            else:
                sheets.pop(pos)
        elif f in {"setSheetName"}:
            if name not in MARK_SHEETS:
                writes.append(f"setSheetName mengganti nama sheet {name}")
            sheets[pos] = a["args"][0]
        else:
            if name is None or name not in MARK_SHEETS:
                writes.append(f"{f} pada {name}!{_range(a) if a.get('start_row') is not None else ''}")
    return {"sheets": sheets, "marks": marks, "writes": writes, "grids": grids, "alerts": alerts}


def hasil_periksa(grid: dict[tuple[int, int], Any]) -> tuple[list[dict[str, Any]], list[str]]:
    """Findings listed in the Hasil Periksa sheet, and its texts (for the language check)."""
    if not grid:
        return [], []
    rows = max(r for r, _ in grid) + 1
    cols = max(c for _, c in grid) + 1
    table = [[grid.get((r, c)) for c in range(cols)] for r in range(rows)]
    texts = [v for row in table for v in row if isinstance(v, str)]
    header = next((i for i, row in enumerate(table) if "KODE" in row), None)
    if header is None:
        return [], texts
    hrow = table[header]
    ic, it, ip = hrow.index("KODE"), hrow.index("TINGKAT"), hrow.index("PESAN")
    isel = hrow.index("SEL") if "SEL" in hrow else None
    out = []
    for row in table[header + 1 :]:
        if not row[ic]:
            continue
        sheet = cell = None
        link = row[isel] if isel is not None else None
        if isinstance(link, str):
            m = _HYPERLINK.match(link)
            if m:
                sheet, cell = m.group(1).replace("''", "'").replace('""', '"'), m.group(2)
            elif "!" in link:
                sheet, cell = link.rsplit("!", 1)
        out.append(
            {
                "code": row[ic],
                "severity": row[it],
                "message": row[ip],
                "sheet": sheet,
                "cell": cell,
                "link": link,
            }
        )
    return out, texts


# ----------------------------------------------------------------------------------------- the batch
def batch(path: Path) -> dict[str, Any]:
    r = subprocess.run([str(SKP), "periksa", str(path), "--format", "json"], capture_output=True, text=True)
    doc = json.loads(r.stdout)
    return doc["files"][0]


# ---------------------------------------------------------------------------------------- comparison
def _key(f: dict[str, Any]) -> tuple[str, str | None, str | None]:
    return (f["code"], f.get("sheet"), f.get("cell"))


def _cells(d: dict[str, Any]) -> list[tuple[str, str]]:
    return [(d["sheet"], d["cell"])] + [(a["sheet"], a["cell"]) for a in d.get("alt_cells", [])]


def _hit(d: dict[str, Any], f: dict[str, Any], with_cell: bool) -> bool:
    if f["code"] != d["code"]:
        return False
    return not with_cell or (f.get("sheet"), f.get("cell")) in _cells(d)


def _marked(d: dict[str, Any], marks: list[tuple[str, str, str]]) -> bool:
    want = set(_cells(d))
    for sheet, rng, _ in marks:
        if ":" in rng:
            from openpyxl.utils.cell import range_boundaries

            c1, r1, c2, r2 = range_boundaries(rng)
            for s, cell in want:
                from openpyxl.utils.cell import column_index_from_string, coordinate_from_string

                col, row = coordinate_from_string(cell)
                if s == sheet and c1 <= column_index_from_string(col) <= c2 and r1 <= row <= r2:
                    return True
        elif (sheet, rng) in want:
            return True
    return False


def measure(folder: Path, manifest_path: Path, lisensi: bool, time_separator: str = ":") -> dict[str, Any]:
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))["files"]
    res: dict[str, Any] = {
        "files": [],
        "http_gagal": [],
        "server_saja": [],
        "batch_saja": [],
        "tulis_sheet_pegawai": [],
        "teks_tidak_aman": [],
        "bukan_indonesia": [],
        "alarm_bersih": [],
        "terlewat": [],
        "sel_lain": [],
        "tak_bertanda": [],
        "tanda_palsu": [],
        "error_lain": [],
        "tekan_ulang": [],
        "kirim": {},
    }
    rec = {"defects": 0, "code": 0, "cell": 0, "marked": 0}
    with tempfile.TemporaryDirectory(prefix="nyata-o-") as tmp:
        server = Server(Path(tmp) / "kiriman", lisensi)
        try:
            for m in manifest:
                path = folder / m["file"]
                body = muatan.payload_text(path, time_separator=time_separator).encode("ascii")
                original = [s["name"] for s in json.loads(_repair(body))["sheets"]]
                status, reply = server.post("/periksa", body)
                b = batch(path)
                entry = {"file": m["file"], "status": status, "batch_status": b["status"]}
                res["files"].append(entry)
                if status != 200:
                    res["http_gagal"].append({"file": m["file"], "status": status, "isi": str(reply)[:300]})
                    found: list[dict[str, Any]] = []
                    applied = {"marks": [], "writes": [], "alerts": [], "sheets": original, "grids": {}}
                else:
                    applied = terapkan(original, reply["actions"])
                    found, texts = hasil_periksa(applied["grids"].get("Hasil Periksa", {}))
                    for why in tekan_ulang(server, body, original, applied, found):
                        res["tekan_ulang"].append({"file": m["file"], "masalah": why})
                    for w in applied["writes"]:
                        res["tulis_sheet_pegawai"].append({"file": m["file"], "tindakan": w})
                    for t in texts + applied["alerts"]:
                        why = _unsafe_text(t, applied["sheets"])
                        if why:
                            res["teks_tidak_aman"].append({"file": m["file"], "teks": t[:120], "sebab": why})
                        if ENGLISH.search(re.sub(r"'[^']*'", "", t)):
                            res["bukan_indonesia"].append({"file": m["file"], "teks": t[:160]})
                entry["server_findings"] = found
                entry["marks"] = applied["marks"]
                entry["batch_findings"] = b["findings"]
                sk = {_key(f) for f in found if f["severity"] in ("error", "peringatan")}
                bk = {_key(f) for f in b["findings"] if f["severity"] in ("error", "peringatan")}
                if status == 200:
                    for f in found:
                        if f["severity"] in ("error", "peringatan") and _key(f) not in bk:
                            res["server_saja"].append(
                                {
                                    "file": m["file"],
                                    **{k: f[k] for k in ("code", "severity", "sheet", "cell")},
                                    "message": f["message"][:200],
                                }
                            )
                for f in b["findings"]:
                    if f["severity"] in ("error", "peringatan") and _key(f) not in sk:
                        res["batch_saja"].append(
                            {
                                "file": m["file"],
                                **{k: f.get(k) for k in ("code", "severity", "sheet", "cell")},
                            }
                        )
                marked_cells = {(s, c) for s, c, _ in applied["marks"]}
                finding_cells = {(f["sheet"], f["cell"]) for f in found}
                if m["clean"]:
                    for f in found:
                        if f["severity"] in ("error", "peringatan"):
                            res["alarm_bersih"].append(
                                {
                                    "file": m["file"],
                                    **{k: f[k] for k in ("code", "severity", "sheet", "cell")},
                                    "message": f["message"][:200],
                                }
                            )
                    for s, c in marked_cells - finding_cells:
                        res["tanda_palsu"].append({"file": m["file"], "sel": f"{s}!{c}"})
                    continue
                for d in m["defects"]:
                    rec["defects"] += 1
                    by_code = any(_hit(d, f, False) for f in found)
                    by_cell = any(_hit(d, f, True) for f in found)
                    mk = _marked(d, applied["marks"])
                    rec["code"] += by_code
                    rec["cell"] += by_cell
                    rec["marked"] += mk
                    where = f"{d['sheet']}!{d['cell']}"
                    if not by_code:
                        res["terlewat"].append({"file": m["file"], "code": d["code"], "sel": where})
                    elif not by_cell:
                        res["sel_lain"].append(
                            {
                                "file": m["file"],
                                "code": d["code"],
                                "sel": where,
                                "dilaporkan": [
                                    f"{f['sheet']}!{f['cell']}" for f in found if f["code"] == d["code"]
                                ],
                            }
                        )
                    if by_code and not mk:
                        res["tak_bertanda"].append({"file": m["file"], "code": d["code"], "sel": where})
                for f in found:
                    if f["severity"] == "error" and not any(_hit(d, f, True) for d in m["defects"]):
                        res["error_lain"].append(
                            {
                                "file": m["file"],
                                **{k: f[k] for k in ("code", "sheet", "cell")},
                                "message": f["message"][:200],
                            }
                        )
            res["kirim"] = _kirim(server, folder, manifest, Path(tmp) / "kiriman", time_separator)
        finally:
            server.stop()
    clean = [m for m in manifest if m["clean"]]
    res["ringkasan"] = {
        "berkas": len(manifest),
        "bersih": len(clean),
        "cacat": rec["defects"],
        "http_gagal": len(res["http_gagal"]),
        "error_palsu_bersih": sum(f["severity"] == "error" for f in res["alarm_bersih"]),
        "peringatan_palsu_bersih": sum(f["severity"] == "peringatan" for f in res["alarm_bersih"]),
        "server_tanpa_batch_error": sum(f["severity"] == "error" for f in res["server_saja"]),
        "server_tanpa_batch_peringatan": sum(f["severity"] == "peringatan" for f in res["server_saja"]),
        "batch_tanpa_server": len(res["batch_saja"]),
        "recall_kode": rec["code"],
        "recall_sel": rec["cell"],
        "recall_tanda": rec["marked"],
        "error_lain_berkas_cacat": len(res["error_lain"]),
        "tulis_sheet_pegawai": len(res["tulis_sheet_pegawai"]),
        "teks_tidak_aman": len(res["teks_tidak_aman"]),
        "bukan_indonesia": len(res["bukan_indonesia"]),
        "tanda_palsu_bersih": len(res["tanda_palsu"]),
        "kirim_masalah": len(res["kirim"].get("masalah", [])),
        "tekan_ulang_masalah": len(res["tekan_ulang"]),
    }
    return res


def _shown(value: Any) -> Any:
    """What ``Range.Value`` gives back for a value the client wrote: a HYPERLINK formula shows its text."""
    if isinstance(value, str):
        m = _HYPERLINK.match(value)
        if m:
            return m.group(3).replace('""', '"')
        if value == "":
            return None
    return value


def tekan_ulang(
    server: Server, body: bytes, original: list[str], applied: dict[str, Any], found: list[dict[str, Any]]
) -> list[str]:
    """Press the button again on the workbook as the first reply left it (its Hasil Periksa and mark
    sheets now part of the body): the reply must replace the old result, not pile a second one on it."""
    sheets = applied["sheets"]
    if sheets[: len(original)] != original:
        return ["sheet baru tidak ditaruh di belakang sheet pegawai"]
    extra = []
    for name in sheets[len(original) :]:
        grid = applied["grids"].get(name, {})
        rows = max((r for r, _ in grid), default=-1) + 1
        cols = max((c for _, c in grid), default=-1) + 1
        values = [[_shown(grid.get((r, c))) for c in range(cols)] for r in range(rows)] or [[]]
        extra.append({"name": name, "pictures": [], "tables": [], "values": values})
    text = body.decode("ascii")
    assert text.endswith("]}")
    text = text[:-2] + "".join("," + muatan.to_json(e) for e in extra) + "]}"
    status, reply = server.post("/periksa", text.encode("ascii"))
    if status != 200:
        return [f"tekan kedua dijawab HTTP {status}"]
    again = terapkan(sheets, reply["actions"])
    problems = [f"tekan kedua: {w}" for w in again["writes"]]
    names = again["sheets"]
    for name in set(names):
        if names.count(name) > 1:
            problems.append(f"dua sheet bernama {name!r} (Excel menolak addSheet)")
    found2, _ = hasil_periksa(again["grids"].get("Hasil Periksa", {}))
    if sorted(map(_key, found2)) != sorted(map(_key, found)):
        problems.append("temuan tekan kedua berbeda dari tekan pertama")
    if {(a, b) for a, b, _ in again["marks"]} != {(a, b) for a, b, _ in applied["marks"]}:
        problems.append("sel diwarnai pada tekan kedua berbeda dari tekan pertama")
    # Bersihkan Tanda on the same workbook: the result sheets go, the marked cells lose their fill, and
    # nothing of the staff's is written
    status, reply = server.post("/bersihkan", text.encode("ascii"))
    if status != 200:
        return [*problems, f"Bersihkan Tanda dijawab HTTP {status}"]
    clean = terapkan(sheets, reply["actions"])
    problems += [f"Bersihkan Tanda: {w}" for w in clean["writes"]]
    if set(clean["sheets"]) & MARK_SHEETS:
        problems.append(f"Bersihkan Tanda meninggalkan {sorted(set(clean['sheets']) & MARK_SHEETS)}")
    if {(a, b) for a, b, _ in clean["marks"]} != {(a, b) for a, b, _ in applied["marks"]}:
        problems.append("Bersihkan Tanda tidak mengembalikan tepat sel yang diwarnai")
    return problems


def _repair(body: bytes) -> str:
    """Our own reading of a body the client wrote: a bare token such as ``19850312.201001.1.005`` or
    ``....................`` (VBA-JSON writes such texts unquoted) read back as the text it was."""
    text, out, i = body.decode("ascii"), [], 0
    number = re.compile(r"-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?$")
    while i < len(text):
        ch = text[i]
        if ch == '"':
            j = i + 1
            while text[j] != '"':
                j += 2 if text[j] == "\\" else 1
            out.append(text[i : j + 1])
            i = j + 1
        elif ch.isalpha() and ch not in "Ee":
            j = i
            while j < len(text) and text[j].isalpha():
                j += 1
            out.append(text[i:j])
            i = j
        elif ch in "0123456789.Ee-":
            j = i
            while j < len(text) and text[j] in "0123456789.Ee+-":
                j += 1
            token = text[i:j]
            out.append(token if number.match(token) else f'"{token}"')
            i = j
        else:
            out.append(ch)
            i += 1
    return "".join(out)


def _kirim(
    server: Server, folder: Path, manifest: list[dict[str, Any]], kiriman: Path, time_separator: str
) -> dict[str, Any]:
    expected: Counter[str] = Counter()
    problems: list[str] = []
    sends = [m for m in manifest] + [manifest[0]]
    last_reply: dict[str, list[dict[str, Any]]] = {}
    for m in sends:
        body = muatan.payload_text(folder / m["file"], time_separator=time_separator).encode("ascii")
        status, reply = server.post("/kirim", body)
        key = f"{m['nip']}_{m['periode']}" if m.get("nip") and m.get("periode") else None
        if key:
            expected[key] += 1
        if status != 200:
            problems.append(f"{m['file']}: /kirim dijawab {status}")
            continue
        alerts = [a["args"][0] for a in reply["actions"] if a["func"] == "alert"]
        sheets = [x["name"] for x in json.loads(_repair(body))["sheets"]]
        if key:
            last_reply[key] = hasil_periksa(
                terapkan(sheets, reply["actions"])["grids"].get("Hasil Periksa", {})
            )[0]
        if key and not any(re.search(rf"\b{expected[key]}\b", a) for a in alerts):
            problems.append(f"{m['file']}: kotak pesan tidak menyebut versi {expected[key]}: {alerts[:1]}")
    riwayat = kiriman / ".riwayat"
    stored = (
        {p.name: sorted(x.name for x in p.glob("v*.xlsx")) for p in riwayat.iterdir()}
        if riwayat.exists()
        else {}
    )
    for key, n in expected.items():
        got = stored.get(key, [])
        if got != [f"v{i:04d}.xlsx" for i in range(1, n + 1)]:
            problems.append(f"{key}: harapan {n} versi, tersimpan {got}")
        if not (kiriman / f"{key}.xlsx").exists():
            problems.append(f"{key}: berkas terakhir tidak ada di folder kiriman")
    # SPEC and docs are silent on a period that is not valid (reversed): stored under it or not, both do
    boleh = {m["nip"] for m in manifest if m.get("nip") and not m.get("periode")}
    for key in stored:
        if key not in expected and key.split("_")[0] not in boleh:
            problems.append(f"tersimpan tanpa NIP/periode sah yang diharapkan: {key} {stored[key]}")
    # skp periksa over the server's folder (as BKPSDM runs it) against what the server answered the last
    # send; batch-scope codes (alignment among the stored SKPs) are not the server's per-file answer
    folder_report = subprocess.run(
        [str(SKP), "periksa", str(kiriman), "--format", "json"], capture_output=True, text=True
    )
    folder_diff: list[str] = []
    for f in json.loads(folder_report.stdout)["files"]:
        key = Path(f["path"]).stem
        if key not in last_reply:
            continue
        got = {_key(x) for x in f["findings"] if x["severity"] != "info" and x["code"] not in BATCH_CODES}
        said = {_key(x) for x in last_reply[key] if x["severity"] != "info"}
        for k in sorted(got - said, key=str):
            folder_diff.append(f"{key}: skp periksa folder memberi {k} yang tidak diberi server")
        for k in sorted(said - got, key=str):
            folder_diff.append(f"{key}: server memberi {k} yang tidak diberi skp periksa folder")
    problems += folder_diff
    return {
        "kiriman": len(sends),
        "kunci_harapan": len(expected),
        "tersimpan": len(stored),
        "masalah": problems,
    }


def _print(r: dict[str, Any]) -> None:
    s = r["ringkasan"]
    print(
        f"Set nyata_o lewat skp server: {s['berkas']} berkas, {s['bersih']} bersih, "
        f"{s['cacat']} cacat tersisip"
    )
    print(f"\nPermintaan /periksa yang gagal (bukan 200): {s['http_gagal']}")
    for x in r["http_gagal"]:
        print(f"  - {x['file']}  HTTP {x['status']}  {x['isi'][:140]}")
    print(
        f"\nAlarm palsu pada berkas bersih (server): error {s['error_palsu_bersih']}, "
        f"peringatan {s['peringatan_palsu_bersih']}"
    )
    for x in r["alarm_bersih"]:
        print(
            f"  - {x['file']}  {x['severity']}  {x['code']}  {x['sheet']}!{x['cell']}  {x['message'][:110]}"
        )
    print(
        f"\nTemuan server yang tidak diberi batch (skp periksa): error {s['server_tanpa_batch_error']}, "
        f"peringatan {s['server_tanpa_batch_peringatan']}"
    )
    for x in r["server_saja"]:
        print(f"  - {x['file']}  {x['severity']}  {x['code']}  {x['sheet']}!{x['cell']}")
    print(f"Temuan batch yang tidak diberi server: {s['batch_tanpa_server']}")
    for x in r["batch_saja"]:
        print(f"  - {x['file']}  {x['severity']}  {x['code']}  {x['sheet']}!{x['cell']}")
    print(
        f"\nRecall cacat tersisip (server): kode {s['recall_kode']}/{s['cacat']}, kode+sel {s['recall_sel']}/"
        f"{s['cacat']}, sel diwarnai {s['recall_tanda']}/{s['cacat']}"
    )
    for x in r["terlewat"]:
        print(f"  LOLOS  {x['file']}  {x['code']}  {x['sel']}")
    for x in r["sel_lain"]:
        print(
            f"  SEL LAIN  {x['file']}  {x['code']}  harapan {x['sel']}, "
            f"dilaporkan {', '.join(map(str, x['dilaporkan']))}"
        )
    for x in r["tak_bertanda"]:
        print(f"  TIDAK DIWARNAI  {x['file']}  {x['code']}  {x['sel']}")
    print(f"Error lain pada berkas bercacat: {s['error_lain_berkas_cacat']}")
    for x in r["error_lain"]:
        print(f"  - {x['file']}  {x['code']}  {x['sheet']}!{x['cell']}  {x['message'][:110]}")
    print(
        f"\nTindakan yang menulis sheet pegawai: {s['tulis_sheet_pegawai']}; sel bersih diwarnai: "
        f"{s['tanda_palsu_bersih']}; teks tidak aman: {s['teks_tidak_aman']}; teks bukan Indonesia: "
        f"{s['bukan_indonesia']}"
    )
    for k in ("tulis_sheet_pegawai", "tanda_palsu", "teks_tidak_aman", "bukan_indonesia"):
        for x in r[k]:
            print(f"  - {k}: {json.dumps(x, ensure_ascii=False)[:200]}")
    print(
        "\nTekan Periksa SKP kedua kali, lalu Bersihkan Tanda (Hasil Periksa lama ikut terkirim): "
        f"masalah {s['tekan_ulang_masalah']}"
    )
    for x in r["tekan_ulang"]:
        print(f"  - {x['file']}: {x['masalah']}")
    k = r["kirim"]
    print(
        f"\n/kirim: {k.get('kiriman')} kiriman, {k.get('kunci_harapan')} NIP+periode diharapkan, "
        f"{k.get('tersimpan')} tersimpan, masalah {len(k.get('masalah', []))}"
    )
    for x in k.get("masalah", []):
        print(f"  - {x}")


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description="Mengukur Periksa SKP lewat skp server pada set nyata_o.")
    p.add_argument("folder", nargs="?", type=Path, default=HERE / "kiriman")
    p.add_argument("--harapan", type=Path, default=HERE / "harapan.json")
    p.add_argument("--json", action="store_true")
    p.add_argument("--lisensi", action="store_true", help="isi XLWINGS_LICENSE_KEY=noncommercial lebih dulu")
    p.add_argument(
        "--pemisah-waktu",
        default=":",
        help="pemisah waktu pengaturan wilayah PC (Indonesia: '.'); bawaan ':'",
    )
    a = p.parse_args(argv)
    r = measure(a.folder, a.harapan, a.lisensi, a.pemisah_waktu)
    if a.json:
        json.dump(r, sys.stdout, ensure_ascii=False, indent=1)
        print()
    else:
        _print(r)
    return 0


if __name__ == "__main__":
    sys.exit(main())
