"""Measure the held-out batch set ``nyata_cf`` the way the dinas's pengelola kinerja runs it: ONE run of
``skp periksa kiriman --daftar DAFTAR --format json`` over the whole folder (default worker count), then
``skp rekap kiriman -o ... --daftar DAFTAR`` for its sheet Belum Mengirim (SPEC §9).

A finding is *explained* when it matches an expected defect (code; its cell or an ``alt_cells`` entry, unless
the expected cell is ``null``) in the defect's workbook or one of its ``alt_files``, or a ``boleh`` entry of
the workbook (same code, severity at most the one allowed). Everything else is false: split by scope
(batch codes of SPEC §7 vs per-file codes), by severity, and by whether the workbook was meant to be clean.
Printed: form detection, false findings, recall by code and by code + cell, the Belum Mengirim comparison,
and the time of both commands.

Usage: ``python benchmarks/nyata_cf/ukur_kumpulan.py [--json] [--tanpa-rekap]``. ``SKP_PERCEPATAN`` is set to
``0`` unless the environment already sets it. Exit status 0 whatever the numbers.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
BATCH = {
    "skp-ganda",
    "skp-atasan-tidak-ditemukan",
    "rk-atasan-tidak-cocok",
    "rk-atasan-tidak-diintervensi",
    "target-kaskade-tidak-seimbang",
    "kesetaraan-tidak-seimbang",
    "penilai-tidak-sesuai-daftar",
    "pegawai-tidak-dalam-daftar",
}
RANK = {"info": 0, "peringatan": 1, "error": 2}


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("SKP_PERCEPATAN", "0")
    return env


def periksa(folder: Path, daftar: Path) -> tuple[dict[str, Any], float]:
    t0 = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, "-m", "skp", "periksa", str(folder), "--daftar", str(daftar), "--format", "json"],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
        env=_env(),
    )
    took = time.perf_counter() - t0
    if proc.returncode not in (0, 1):
        raise RuntimeError(f"skp periksa keluar {proc.returncode}: {proc.stderr[-3000:]}")
    return json.loads(proc.stdout), took


def _key(text: Any) -> str:
    return " ".join(re.sub(r"[^0-9a-z]+", " ", str(text or "").casefold()).split())


def rekap_belum(folder: Path, daftar: Path) -> tuple[list[dict[str, Any]], float, str]:
    """The rows of sheet Belum Mengirim (NIP, nama, unit) of ``skp rekap --daftar``."""
    import openpyxl

    with tempfile.TemporaryDirectory(prefix="nyata_cf-") as tmp:
        out = Path(tmp) / "rekap.xlsx"
        t0 = time.perf_counter()
        proc = subprocess.run(
            [sys.executable, "-m", "skp", "rekap", str(folder), "-o", str(out), "--daftar", str(daftar)],
            capture_output=True,
            text=True,
            check=False,
            cwd=ROOT,
            env=_env(),
        )
        took = time.perf_counter() - t0
        if not out.exists():
            return [], took, proc.stderr[-3000:]
        wb = openpyxl.load_workbook(out, read_only=True)
        ws = next((w for w in wb.worksheets if _key(w.title) == "belum mengirim"), None)
        rows: list[dict[str, Any]] = []
        cols: dict[str, int] | None = None
        for row in ws.iter_rows(values_only=True) if ws is not None else []:
            keys = [_key(v) for v in row]
            if cols is None:
                if "nip" in keys:
                    cols = {k: i for i, k in enumerate(keys) if k}
                continue
            if not any(v not in (None, "") for v in row):
                continue

            def pick(prefix: str, row: tuple = row, cols: dict[str, int] = cols) -> Any:
                i = next((i for k, i in cols.items() if k.startswith(prefix)), None)
                return row[i] if i is not None and i < len(row) else None

            rows.append({"nip": pick("nip"), "nama": pick("nama"), "unit": pick("unit")})
        wb.close()
        return rows, took, proc.stderr[-3000:]


def _rel(path: str, folder: Path) -> str:
    try:
        return Path(path).resolve().relative_to(folder.resolve()).as_posix()
    except ValueError:
        return Path(path).as_posix()


def _at(d: dict[str, Any]) -> str:
    return f"{d['sheet']}!{d['cell']}" if d.get("cell") else "-"


def _hits(d: dict[str, Any], f: dict[str, Any], cell: bool) -> bool:
    if f["code"] != d["code"]:
        return False
    if not cell or d.get("cell") is None:
        return True
    places = [(d["sheet"], d["cell"])] + [(a["sheet"], a["cell"]) for a in d["alt_cells"]]
    return (f.get("sheet"), f.get("cell")) in places


def _row(name: str, f: dict[str, Any], clean: bool) -> dict[str, Any]:
    return {
        "file": name,
        "code": f["code"],
        "severity": f["severity"],
        "cell": f"{f.get('sheet')}!{f.get('cell')}" if f.get("cell") else "-",
        "scope": "kumpulan" if f["code"] in BATCH else "berkas",
        "clean_file": clean,
        "message": f.get("message", ""),
    }


def compare(report: dict[str, Any], folder: Path, manifest: dict[str, Any]) -> dict[str, Any]:
    files = {m["file"]: m for m in manifest["files"]}
    names = [_rel(f["path"], folder) for f in report["files"]]
    got = {_rel(f["path"], folder): f for f in report["files"]}
    explained: set[tuple[str, int]] = set()
    recall: dict[str, Any] = {"total": 0, "code": 0, "cell": 0, "per_code": {}, "missed": [], "elsewhere": []}
    for name, m in files.items():
        for d in m["defects"]:
            cands = [
                (p, i, f)
                for p in [name, *d["alt_files"]]
                for i, f in enumerate(got.get(p, {}).get("findings", []))
            ]
            by_code = [c for c in cands if _hits(d, c[2], False)]
            by_cell = [c for c in cands if _hits(d, c[2], True)]
            for p, i, _ in by_cell if d.get("cell") else by_code:
                explained.add((p, i))
            per = recall["per_code"].setdefault(d["code"], [0, 0, 0])
            per[0] += 1
            per[1] += bool(by_code)
            per[2] += bool(by_cell)
            recall["total"] += 1
            recall["code"] += bool(by_code)
            recall["cell"] += bool(by_cell)
            if not by_code:
                recall["missed"].append({"file": name, "code": d["code"], "cell": _at(d)})
            elif not by_cell:
                recall["elsewhere"].append(
                    {
                        "file": name,
                        "code": d["code"],
                        "cell": _at(d),
                        "reported": sorted({_row(p, f, True)["cell"] for p, _, f in by_code}),
                    }
                )
    false: list[dict[str, Any]] = []
    tolerated: list[dict[str, Any]] = []
    forms = {"ok": 0, "wrong": []}
    for name, m in files.items():
        rep = got.get(name, {"findings": [], "form": None})
        if rep.get("form") == m["form"]:
            forms["ok"] += 1
        else:
            forms["wrong"].append({"file": name, "expected": m["form"], "read": rep.get("form")})
        for i, f in enumerate(rep["findings"]):
            if (name, i) in explained:
                continue
            if any(b["code"] == f["code"] and RANK[f["severity"]] <= RANK[b["severity"]] for b in m["boleh"]):
                tolerated.append(_row(name, f, m["clean"]))
            else:
                false.append(_row(name, f, m["clean"]))
    expected = set(files)
    return {
        "files": len(files),
        "clean": sum(m["clean"] for m in files.values()),
        "forms": forms,
        "recall": recall,
        "false": false,
        "tolerated": tolerated,
        "missing": sorted(expected - set(names)),
        "unexpected": sorted(set(names) - expected),
        "twice": sorted(n for n, k in Counter(names).items() if k > 1),
    }


def compare_belum(rows: list[dict[str, Any]], manifest: dict[str, Any]) -> dict[str, Any]:
    must = {p["nip"]: p for p in manifest["belum_mengirim"]}
    never = {p["nip"]: p for p in manifest["tidak_wajib"]}
    either = {p["nip"] for p in manifest["boleh_tercantum"]}
    listed = {re.sub(r"\D", "", str(r["nip"] or "")): r for r in rows}
    return {
        "harus": len(must),
        "tercantum": sorted(n for n in must if n in listed),
        "terlewat": [must[n] for n in must if n not in listed],
        "palsu": [r for n, r in listed.items() if n not in must and n not in never and n not in either],
        "tidak_wajib_tercantum": [never[n] for n in never if n in listed],
        "boleh_tercantum": sorted(n for n in either if n in listed),
        "unit_lain": [
            {"nama": must[n]["nama"], "harapan": must[n]["unit"], "tertulis": listed[n]["unit"]}
            for n in must
            if n in listed and _key(listed[n]["unit"]) != _key(must[n]["unit"])
        ],
    }


def measure(rekap: bool = True) -> dict[str, Any]:
    manifest = json.loads((HERE / "harapan.json").read_text(encoding="utf-8"))
    folder, daftar = HERE / "kiriman", HERE / manifest["daftar"]
    report, took = periksa(folder, daftar)
    res = compare(report, folder, manifest)
    res["detik_periksa"] = round(took, 1)
    res["percepatan"] = _env()["SKP_PERCEPATAN"]
    if rekap:
        rows, rtook, err = rekap_belum(folder, daftar)
        res["belum"] = compare_belum(rows, manifest)
        res["detik_rekap"] = round(rtook, 1)
        res["rekap_stderr"] = err
    return res


def show(res: dict[str, Any]) -> None:
    rec, forms = res["recall"], res["forms"]
    print(
        f"Set kumpulan nyata_cf: {res['files']} buku kerja ({res['clean']} tanpa cacat error/peringatan), "
        f"{rec['total']} temuan diharapkan; SKP_PERCEPATAN={res['percepatan']}"
    )
    print(f"skp periksa --daftar (satu kali, seluruh folder): {res['detik_periksa']} detik")
    print(
        f"Tidak ada di laporan: {len(res['missing'])}; asing: {len(res['unexpected'])}; "
        f"dua kali: {len(res['twice'])}"
    )
    for n in res["missing"] + res["unexpected"] + res["twice"]:
        print(f"  ! {n}")
    print(f"\nDeteksi formulir: {forms['ok']}/{res['files']}")
    for w in forms["wrong"]:
        print(f"  SALAH  {w['file']}: harapan {w['expected']}, terbaca {w['read']}")
    false = res["false"]
    groups = [
        (
            "Temuan kumpulan palsu pada hubungan/berkas bersih",
            lambda f: f["scope"] == "kumpulan" and f["clean_file"],
        ),
        (
            "Temuan kumpulan palsu pada berkas bercacat",
            lambda f: f["scope"] == "kumpulan" and not f["clean_file"],
        ),
        ("Temuan per berkas palsu pada berkas bersih", lambda f: f["scope"] == "berkas" and f["clean_file"]),
        (
            "Temuan per berkas tambahan pada berkas bercacat",
            lambda f: f["scope"] == "berkas" and not f["clean_file"],
        ),
    ]
    for title, pick in groups:
        sel = [f for f in false if pick(f)]
        sev = Counter(f["severity"] for f in sel)
        print(
            f"\n{title}: {len(sel)} "
            f"(error {sev['error']}, peringatan {sev['peringatan']}, info {sev['info']})"
        )
        for f in sel:
            print(f"  - {f['file']}  {f['severity']}  {f['code']}  {f['cell']}  {f['message'][:200]}")
    print(f"\nDitoleransi (boleh): {len(res['tolerated'])}")
    for f in res["tolerated"]:
        print(f"  ~ {f['file']}  {f['severity']}  {f['code']}  {f['cell']}")
    total = max(rec["total"], 1)
    print(
        f"\nTemuan diharapkan yang ditemukan: kode {rec['code']}/{rec['total']} ({rec['code'] / total:.0%}), "
        f"kode+sel {rec['cell']}/{rec['total']} ({rec['cell'] / total:.0%})"
    )
    for code, (n, found, cell) in sorted(rec["per_code"].items()):
        print(f"  {code:32s} {found}/{n} (sel tepat {cell})")
    for m in rec["missed"]:
        print(f"  LOLOS  {m['file']}  {m['code']}  {m['cell']}")
    for m in rec["elsewhere"]:
        print(
            f"  SEL LAIN  {m['file']}  {m['code']}  harapan {m['cell']}, "
            f"dilaporkan {', '.join(m['reported'])}"
        )
    b = res.get("belum")
    if b is not None:
        print(
            f"\nskp rekap --daftar: {res['detik_rekap']} detik. "
            f"Belum Mengirim: {len(b['tercantum'])}/{b['harus']} tercantum; palsu {len(b['palsu'])}; "
            f"tidak wajib tetapi tercantum {len(b['tidak_wajib_tercantum'])}; "
            f"boleh tercantum yang tercantum {len(b['boleh_tercantum'])}; unit lain {len(b['unit_lain'])}"
        )
        for p in b["terlewat"]:
            print(f"  TERLEWAT  {p['nama']}  {p['nip']}  ({p['unit']})")
        for r in b["palsu"]:
            print(f"  PALSU  {r['nama']}  {r['nip']}  ({r['unit']})")
        for p in b["tidak_wajib_tercantum"]:
            print(f"  TIDAK WAJIB  {p['nama']}  {p['nip']}  status {p['status']}")
        for u in b["unit_lain"]:
            print(f"  UNIT  {u['nama']}: harapan {u['harapan']!r}, tertulis {u['tertulis']!r}")
        if res.get("rekap_stderr"):
            print(f"  (stderr rekap: {res['rekap_stderr'][-300:]})")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description="Mengukur skp periksa/rekap --daftar pada set kumpulan nyata_cf."
    )
    ap.add_argument("--json", action="store_true", help="keluaran JSON")
    ap.add_argument("--tanpa-rekap", action="store_true", help="jangan jalankan skp rekap")
    a = ap.parse_args(argv)
    res = measure(not a.tanpa_rekap)
    if a.json:
        json.dump(res, sys.stdout, indent=1, ensure_ascii=False)
        print()
    else:
        show(res)
    return 0


if __name__ == "__main__":
    sys.exit(main())
