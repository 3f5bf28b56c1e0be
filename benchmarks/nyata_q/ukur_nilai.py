"""Measure "Hitung Nilai" on the held-out set ``nyata_q`` through the REAL write path, without Excel.

Usage: ``python benchmarks/nyata_q/ukur_nilai.py [KIRIMAN] [--harapan FILE] [--json]``.

1. Starts ``skp server`` (uvicorn) on 127.0.0.1 at a free port with a token.
2. For each workbook builds the payload xlwings' VBA client (``Remote.bas``, ``RunServerPython``) sends:
   ``client``/``version``/``book``/``names`` and, per worksheet (hidden ones too), the values of
   ``UsedRange`` from A1: cell values only (what Excel shows as ``.Value``: a formula's cached result, a
   percent cell's fraction, merged areas with their value in the top-left cell only).
3. POSTs it to ``/nilai`` and applies the returned actions the way ``Remote.bas`` does (``setValues``,
   ``rangeClearContents``, ``addSheet``, ``setSheetName``, ``alert``...) to a copy of the workbook loaded
   with its formulas, recording every cell written.
4. Compares with ``harapan.json``: expected cells written with the right value, values wrong, values
   missing, writes to a cell nobody expects (``sel salah``), staff content overwritten (text, numbers,
   formulas, realisasi: ``timpa``), text written that Excel would take as a formula (``teks berbahaya``),
   and refusals: a file may be refused with a message only where the manifest says ``boleh_tolak``; where it
   says ``harus_pesan`` (no result column to write to) the message must say which column is missing (it
   names a ``kolom``).
5. Runs ``skp nilai FILE --format json`` and compares each IKI's capaian/kategori/nilai, Nilai SKP, nilai
   perilaku, nilai kinerja and predikat with the manifest.

The exit status is 0 whatever the numbers.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import re
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any

import openpyxl
from openpyxl.cell.cell import MergedCell
from openpyxl.utils import get_column_letter

HERE = Path(__file__).resolve().parent
TOKEN = "uji-nyata-q-" + "x" * 20
NUMERIC = {"nilai", "nilai_rk", "tertimbang", "skp", "ku", "kt", "nilai_perilaku", "nilai_kinerja"}
TEXT = {"kategori", "kategori_rk", "predikat"}


# ---------------------------------------------------------------- payload (what Remote.bas sends)


def _json_value(v: Any) -> Any:
    if isinstance(v, (dt.datetime, dt.date)):
        return v.isoformat()
    if isinstance(v, dt.time):
        return v.isoformat()
    return v


def payload(path: Path) -> dict[str, Any]:
    wb = openpyxl.load_workbook(path, data_only=True)
    sheets = []
    for ws in wb.worksheets:
        if ws.max_row == 1 and ws.max_column == 1 and ws.cell(1, 1).value is None:
            values: list[list[Any]] = [[]]
        else:
            values = [
                [_json_value(c.value) for c in row]
                for row in ws.iter_rows(min_row=1, max_row=ws.max_row, min_col=1, max_col=ws.max_column)
            ]
        sheets.append({"name": ws.title, "pictures": [], "tables": [], "values": values})
    active = wb.worksheets.index(wb.active) if wb.active in wb.worksheets else 0
    return {
        "client": "VBA",
        "version": "0.37.8",
        "book": {"name": path.name, "active_sheet_index": active, "selection": "A1"},
        "names": [],
        "sheets": sheets,
    }


# ---------------------------------------------------------------- server


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    def __init__(self, license_key: bool = False) -> None:
        self.tmp = tempfile.TemporaryDirectory()
        self.port = _free_port()
        skp = Path(sys.executable).with_name("skp")
        env = {**os.environ, "SKP_TOKEN": TOKEN}
        env.pop("XLWINGS_LICENSE_KEY", None)
        if license_key:
            env["XLWINGS_LICENSE_KEY"] = "noncommercial"
        self.proc = subprocess.Popen(
            [str(skp), "server", "--kiriman", self.tmp.name, "--host", "127.0.0.1", "--port", str(self.port)],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        self.url = f"http://127.0.0.1:{self.port}"
        for _ in range(200):
            try:
                urllib.request.urlopen(self.url + "/kesehatan", timeout=1).read()
                return
            except (urllib.error.URLError, ConnectionError):
                time.sleep(0.1)
        raise RuntimeError("skp server tidak menyala")

    def post(self, route: str, body: dict[str, Any]) -> tuple[int, Any]:
        req = urllib.request.Request(
            self.url + route,
            data=json.dumps(body).encode(),
            method="POST",
            headers={"Content-Type": "application/json", "Authorization": TOKEN},
        )
        try:
            with urllib.request.urlopen(req, timeout=120) as r:
                return r.status, json.loads(r.read())
        except urllib.error.HTTPError as e:
            return e.code, e.read().decode("utf-8", "replace")

    def stop(self) -> None:
        self.proc.terminate()
        self.proc.wait(timeout=20)
        self.tmp.cleanup()


# ---------------------------------------------------------------- applying actions like Remote.bas


def apply_actions(path: Path, actions: list[dict[str, Any]]) -> dict[str, Any]:
    """Apply the actions to a formula-loaded copy; returns writes, alerts and unknown actions."""
    wb = openpyxl.load_workbook(path)
    order = [ws.title for ws in wb.worksheets]
    new_sheets: set[str] = set()
    writes, alerts, other = [], [], []
    for a in actions:
        func = a.get("func")
        if func == "addSheet":
            args = a.get("args") or []
            name = args[1] if len(args) > 1 and args[1] else f"Sheet{len(order) + 1}"
            ws = wb.create_sheet(name)
            pos = (args[0] + 1) if args else len(order)
            order.insert(pos, ws.title)
            new_sheets.add(ws.title)
            continue
        if func == "alert":
            alerts.append((a.get("args") or [""])[0])
            continue
        if "sheet_position" not in a:
            other.append(func)
            continue
        sheet = order[a["sheet_position"]]
        ws = wb[sheet]
        if func == "setSheetName":
            new = a["args"][0]
            ws.title = new
            order[a["sheet_position"]] = new
            if sheet in new_sheets:
                new_sheets.add(new)
            continue
        r0, c0 = a.get("start_row", 0) + 1, a.get("start_column", 0) + 1
        if func == "setValues":
            for i, row in enumerate(a["values"]):
                for j, v in enumerate(row):
                    writes.append(_write(ws, sheet, r0 + i, c0 + j, v, sheet in new_sheets))
        elif func in ("rangeClearContents", "rangeClear"):
            for i in range(a.get("row_count", 1)):
                for j in range(a.get("column_count", 1)):
                    writes.append(_write(ws, sheet, r0 + i, c0 + j, None, sheet in new_sheets))
        elif func in (
            "setRangeColor",
            "rangeClearFormats",
            "setNumberFormat",
            "setAutofit",
            "activateSheet",
            "addHyperlink",
            "rangeSelect",
        ):
            continue
        else:
            other.append(func)
    return {"writes": writes, "alerts": alerts, "other": other, "new_sheets": sorted(new_sheets)}


def _write(ws, sheet: str, r: int, c: int, v: Any, new: bool) -> dict[str, Any]:
    cell = ws.cell(r, c)
    old = None if isinstance(cell, MergedCell) else cell.value
    rec = {
        "sheet": sheet,
        "cell": f"{get_column_letter(c)}{r}",
        "old": old,
        "new": v,
        "new_sheet": new,
        "merged_inner": isinstance(cell, MergedCell),
    }
    if not isinstance(cell, MergedCell):
        cell.value = v
    return rec


# ---------------------------------------------------------------- comparing values


def _num(v: Any) -> float | None:
    if isinstance(v, bool):
        return None
    if isinstance(v, (int, float)):
        return float(v)
    if isinstance(v, str):
        m = re.search(r"-?\d+(?:[.,]\d+)?", v.replace(" ", ""))
        if m:
            return float(m.group().replace(",", "."))
    return None


def _norm(v: Any) -> str:
    return re.sub(r"\s+", " ", str(v or "")).strip().lower()


def value_ok(jenis: str, got: Any, want: Any, boleh: list[Any]) -> bool:
    if jenis in TEXT:
        return _norm(got) in {_norm(w) for w in [want, *boleh]}
    n = _num(got)
    if n is None:
        return False
    if jenis == "capaian":
        as_pct = n * 100 if (isinstance(got, (int, float)) and abs(n * 100 - want) < abs(n - want)) else n
        return abs(as_pct - want) <= 0.51
    return any(w is not None and abs(n - w) <= 0.011 for w in [want, *boleh])


def unsafe(v: Any) -> bool:
    return isinstance(v, str) and v[:1] in ("=", "+", "-", "@") and _num(v) != _num(v.lstrip("=+@"))


# ---------------------------------------------------------------- measuring


def measure_file(server: Server, folder: Path, m: dict[str, Any]) -> dict[str, Any]:
    path = folder / m["file"]
    status, body = server.post("/nilai", payload(path))
    res: dict[str, Any] = {
        "file": m["file"],
        "status": status,
        "benar": 0,
        "salah": [],
        "terlewat": [],
        "sel_salah": [],
        "timpa": [],
        "berbahaya": [],
        "pesan": [],
        "ditolak": False,
        "tolak_tanpa_izin": False,
        "tanpa_pesan": False,
    }
    if status != 200:
        res["galat"] = str(body)[:300]
        res["terlewat"] = [f"{e['sheet']}!{e['cell']}" for e in m["isi"]]
        res["tanpa_pesan"] = m["harus_pesan"]
        return res
    applied = apply_actions(path, body.get("actions", []))
    res["pesan"] = applied["alerts"]
    res["aksi_lain"] = applied["other"]
    expected = {(e["sheet"], e["cell"]): e for e in m["isi"]}
    optional = {(e["sheet"], e["cell"]): e for e in m["boleh_isi"]}
    written: dict[tuple[str, str], dict[str, Any]] = {}
    for w in applied["writes"]:
        if unsafe(w["new"]):
            res["berbahaya"].append(f"{w['sheet']}!{w['cell']} = {w['new']!r}")
        if w["new_sheet"]:
            continue
        key = (w["sheet"], w["cell"])
        same = (not isinstance(w["old"], str) or not w["old"].startswith("=")) and w["old"] == w["new"]
        if same and not w["merged_inner"]:
            continue
        if w["merged_inner"] and w["new"] is None:
            continue
        written[key] = w
    for key, w in written.items():
        where = f"{key[0]}!{key[1]}"
        spec = expected.get(key) or optional.get(key)
        if w["merged_inner"]:
            res["sel_salah"].append(f"{where} (di dalam sel gabung) = {w['new']!r}")
            continue
        if spec is None:
            if w["old"] not in (None, ""):
                res["timpa"].append(f"{where}: {w['old']!r} → {w['new']!r}")
            else:
                res["sel_salah"].append(f"{where} = {w['new']!r}")
            continue
        if w["new"] is None:
            res["timpa" if w["old"] not in (None, "") else "sel_salah"].append(f"{where}: dikosongkan")
            continue
        if value_ok(spec["jenis"], w["new"], spec["nilai"], spec["boleh"]):
            if key in expected:
                res["benar"] += 1
        else:
            res["salah"].append(f"{where} {spec['jenis']}: {w['new']!r}, harapan {spec['nilai']!r}")
    wrote_existing = bool(written)
    for key, e in expected.items():
        if key not in written:
            res["terlewat"].append(f"{key[0]}!{key[1]} {e['jenis']}")
    if m["isi"] and not wrote_existing and applied["alerts"]:
        res["ditolak"] = True
        res["tolak_tanpa_izin"] = not m["boleh_tolak"]
    if m["harus_pesan"] and not any("kolom" in str(p).lower() for p in applied["alerts"]):
        res["tanpa_pesan"] = True  # the message must name the column it could not place
    return res


def measure_cli(folder: Path, m: dict[str, Any]) -> list[str]:
    skp = Path(sys.executable).with_name("skp")
    out = subprocess.run(
        [str(skp), "nilai", str(folder / m["file"]), "--format", "json"], capture_output=True, text=True
    )
    try:
        got = json.loads(out.stdout)["files"][0]
    except (ValueError, KeyError, IndexError):
        return [f"skp nilai tidak menghasilkan JSON (status {out.returncode})"]
    wrong = []
    rows = {(i["sheet"], i["row"]): i for i in got.get("iki") or []}
    for e in m["cli"]["iki"]:
        g = rows.get((e["sheet"], e["row"]))
        if g is None:
            wrong.append(f"IKI baris {e['row']} tidak dibaca")
            continue
        if e["capaian"] is None:
            if g.get("capaian") is not None:
                wrong.append(f"baris {e['row']}: capaian {g['capaian']} padahal tidak dapat dihitung")
            continue
        if g.get("capaian") is None or abs(g["capaian"] - e["capaian"]) > 0.05:
            wrong.append(f"baris {e['row']}: capaian {g.get('capaian')}, harapan {e['capaian']:.2f}")
        if _norm(g.get("kategori")) != _norm(e["kategori"]):
            wrong.append(f"baris {e['row']}: kategori {g.get('kategori')}, harapan {e['kategori']}")
        if not value_ok("nilai", g.get("nilai"), e["nilai"], [e["nilai_boleh"]]):
            wrong.append(f"baris {e['row']}: nilai {g.get('nilai')}, harapan {e['nilai']:.2f}")
    extra = set(rows) - {(e["sheet"], e["row"]) for e in m["cli"]["iki"]}
    for s, r in sorted(extra):
        wrong.append(f"baris {s}!{r} dibaca sebagai IKI padahal bukan IKI tahun ini")
    for key in ("nilai_skp", "nilai_perilaku", "nilai_kinerja"):
        want, have = m["cli"][key], got.get(key)
        if want is None and have is not None and key == "nilai_skp":
            wrong.append(f"{key} {have} padahal tidak dapat dihitung")
        elif want is not None and (have is None or abs(have - want) > 0.011):
            wrong.append(f"{key} {have}, harapan {want}")
    if m["cli"]["predikat"] and _norm(got.get("predikat")) not in {_norm(p) for p in m["cli"]["predikat"]}:
        wrong.append(f"predikat {got.get('predikat')}, harapan {m['cli']['predikat']}")
    return wrong


def measure(folder: Path, manifest: Path, license_key: bool = False) -> dict[str, Any]:
    files = json.loads(manifest.read_text(encoding="utf-8"))["files"]
    server = Server(license_key)
    try:
        per_file = [measure_file(server, folder, m) for m in files]
    finally:
        server.stop()
    for res, m in zip(per_file, files, strict=False):
        res["cli"] = measure_cli(folder, m)
        res["clean"] = m["clean"]
    total_expected = sum(len(m["isi"]) for m in files)
    summary = {
        "berkas": len(files),
        "sel_diharapkan": total_expected,
        "sel_benar": sum(r["benar"] for r in per_file),
        "nilai_salah": sum(len(r["salah"]) for r in per_file),
        "terlewat": sum(
            len(r["terlewat"]) for r in per_file if not (r["ditolak"] and not r["tolak_tanpa_izin"])
        ),
        "ditolak_sah": sum(r["ditolak"] and not r["tolak_tanpa_izin"] for r in per_file),
        "sel_salah": sum(len(r["sel_salah"]) for r in per_file),
        "timpa_isi_pegawai": sum(len(r["timpa"]) for r in per_file),
        "teks_berbahaya": sum(len(r["berbahaya"]) for r in per_file),
        "tanpa_pesan": sum(r["tanpa_pesan"] for r in per_file),
        "http_gagal": sum(r["status"] != 200 for r in per_file),
        "cli_selisih": sum(len(r["cli"]) for r in per_file),
        "berkas_sempurna": sum(
            not (
                r["salah"]
                or r["sel_salah"]
                or r["timpa"]
                or r["berbahaya"]
                or r["tanpa_pesan"]
                or r["cli"]
                or (r["terlewat"] and not r["ditolak"])
                or r["tolak_tanpa_izin"]
            )
            for r in per_file
        ),
    }
    return {"summary": summary, "files": per_file}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("kiriman", nargs="?", default=str(HERE / "kiriman"))
    ap.add_argument("--harapan", default=str(HERE / "harapan.json"))
    ap.add_argument("--json", action="store_true")
    ap.add_argument(
        "--kunci-lisensi",
        action="store_true",
        help="jalankan server dengan XLWINGS_LICENSE_KEY=noncommercial sudah terpasang di lingkungannya "
        "(bawaan: lingkungan tanpa kunci, seperti docs/server.md)",
    )
    a = ap.parse_args()
    out = measure(Path(a.kiriman), Path(a.harapan), a.kunci_lisensi)
    if a.json:
        print(json.dumps(out, indent=1, ensure_ascii=False, default=str))
        return
    for r in out["files"]:
        problems = {k: r[k] for k in ("salah", "terlewat", "sel_salah", "timpa", "berbahaya", "cli") if r[k]}
        flags = [f for f in ("ditolak", "tolak_tanpa_izin", "tanpa_pesan") if r[f]]
        mark = "ok " if not problems and not flags else "!! "
        print(f"{mark}{r['file']}  HTTP {r['status']}  benar {r['benar']}  {' '.join(flags)}")
        if r.get("galat"):
            print(f"     galat: {r['galat']}")
        for k, v in problems.items():
            for item in v[:8]:
                print(f"     {k}: {item}")
            if len(v) > 8:
                print(f"     {k}: … {len(v) - 8} lagi")
        for p in r["pesan"]:
            print(f"     pesan: {str(p)[:200]!r}")
    print()
    for k, v in out["summary"].items():
        print(f"{k:22} {v}")


if __name__ == "__main__":
    main()
