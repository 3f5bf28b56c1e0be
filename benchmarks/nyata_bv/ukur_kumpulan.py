"""Measure ``skp periksa FOLDER --daftar DAFTAR --format json`` on the held-out batch set ``nyata_bv`` (one
January batch of a whole kabupaten, about 300 workbooks) as ONE folder, the way HR runs it, with the
kabupaten's daftar pegawai and the DEFAULT number of worker processes (no ``-j``).

The comparison is the one of ``benchmarks/nyata_bk/ukur_kumpulan.py`` (through ``nyata_x``/``nyata_j``):
a finding is *explained* when it matches an expected defect (code; cell or one of ``alt_cells``, unless the
defect's cell is ``null``) in the defect's file or one of its ``alt_files``, or a tolerated finding
(``boleh``: code at most that severity). Printed: form detection; false ``error`` findings by scope; false
``peringatan``/``info``; recall by code and by code + cell; files missing from or unexpected in the report.

SPEC §9 reports who has not submitted in the recap, so ``skp rekap FOLDER -o … --daftar DAFTAR`` is also
run (default workers) and its sheet **Belum Mengirim** compared with ``belum_mengirim`` (must be listed),
``tidak_wajib`` (must not be listed) and ``boleh_tercantum`` (either way). Wall-clock time of both commands
is printed.

Usage: ``python benchmarks/nyata_bv/ukur_kumpulan.py [FOLDER] [--harapan FILE] [--daftar FILE] [--json]
[--tanpa-rekap]``. Exit status 0 whatever the numbers.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
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
RANK = {"info": 0, "peringatan": 1, "error": 2}


def run_cli(folder: Path, daftar: Path) -> tuple[dict[str, Any], float]:
    """The CLI's JSON report for the folder (SPEC §8), default workers, and its wall-clock seconds."""
    t0 = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, "-m", "skp", "periksa", str(folder), "--daftar", str(daftar), "--format", "json"],
        capture_output=True,
        text=True,
        check=False,
    )
    secs = time.perf_counter() - t0
    if proc.returncode not in (0, 1):
        raise RuntimeError(f"skp periksa gagal ({proc.returncode}): {proc.stderr[-2000:]}")
    return json.loads(proc.stdout), secs


def norm(text: Any) -> str:
    return " ".join(re.sub(r"[^0-9a-z]+", " ", str(text or "").casefold()).split())


def run_rekap(folder: Path, daftar: Path) -> tuple[list[dict[str, Any]], float, str]:
    import openpyxl

    with tempfile.TemporaryDirectory(prefix="nyata_bv-") as tmp:
        out = Path(tmp) / "rekap.xlsx"
        t0 = time.perf_counter()
        proc = subprocess.run(
            [sys.executable, "-m", "skp", "rekap", str(folder), "-o", str(out), "--daftar", str(daftar)],
            capture_output=True,
            text=True,
            check=False,
        )
        secs = time.perf_counter() - t0
        if not out.exists():
            return [], secs, proc.stderr[-2000:]
        wb = openpyxl.load_workbook(out, read_only=True)
        sheet = next((ws for ws in wb.worksheets if norm(ws.title) == "belum mengirim"), None)
        listed: list[dict[str, Any]] = []
        header: dict[str, int] | None = None
        for row in sheet.iter_rows(values_only=True) if sheet is not None else []:
            if header is None:
                names = [norm(v) for v in row]
                if "nip" in names:
                    header = {n: i for i, n in enumerate(names) if n}
                continue
            if not any(v not in (None, "") for v in row):
                continue

            def col(name: str, row: tuple = row, header: dict[str, int] = header) -> Any:
                i = next((i for n, i in header.items() if n.startswith(name)), None)
                return row[i] if i is not None and i < len(row) else None

            listed.append({"nip": col("nip"), "nama": col("nama"), "unit": col("unit")})
        wb.close()
        return listed, secs, proc.stderr[-2000:]


def _rel(path: str, folder: Path) -> str:
    p = Path(path)
    try:
        return p.resolve().relative_to(folder.resolve()).as_posix()
    except ValueError:
        return p.as_posix()


def _cells(d: dict[str, Any]) -> list[tuple[Any, Any]]:
    return [(d.get("sheet"), d.get("cell"))] + [(a["sheet"], a["cell"]) for a in d.get("alt_cells", [])]


def _match(d: dict[str, Any], f: dict[str, Any], with_cell: bool) -> bool:
    if f["code"] not in (d.get("any_of") or [d["code"]]):
        return False
    if not with_cell or d.get("cell") is None:
        return True
    return (f.get("sheet"), f.get("cell")) in _cells(d)


def _brief(name: str, f: dict[str, Any]) -> dict[str, Any]:
    cell = f"{f.get('sheet')}!{f.get('cell')}" if f.get("sheet") and f.get("cell") else (f.get("cell") or "-")
    return {
        "file": name,
        "code": f["code"],
        "severity": f["severity"],
        "cell": cell,
        "scope": "kumpulan" if f["code"] in BATCH_CODES else "berkas",
        "message": f.get("message", ""),
    }


def compare(report: dict[str, Any], folder: Path, manifest: dict[str, Any]) -> dict[str, Any]:
    files = manifest["files"]
    by_file = {_rel(f["path"], folder): f for f in report["files"]}
    names = [_rel(f["path"], folder) for f in report["files"]]
    detection: dict[str, Any] = {"files": 0, "form": 0, "wrong": []}
    defects = [(m["file"], d) for m in files for d in m["defects"]]
    recall: dict[str, Any] = {
        "defects": len(defects),
        "by_code": 0,
        "by_code_cell": 0,
        "missed": [],
        "wrong_cell": [],
        "per_code": {},
    }
    explained: set[tuple[str, int]] = set()
    for home, d in defects:
        places = [home] + d.get("alt_files", [])
        cands = [(p, i, f) for p in places for i, f in enumerate(by_file.get(p, {}).get("findings", []))]
        by_code = [c for c in cands if _match(d, c[2], False)]
        by_cell = [c for c in cands if _match(d, c[2], True)]
        for p, i, _ in by_code if d.get("cell") is None else by_cell:
            explained.add((p, i))
        per = recall["per_code"].setdefault(d["code"], {"injected": 0, "found": 0, "found_cell": 0})
        per["injected"] += 1
        per["found"] += bool(by_code)
        per["found_cell"] += bool(by_cell)
        recall["by_code"] += bool(by_code)
        recall["by_code_cell"] += bool(by_cell)
        where = f"{d['sheet']}!{d['cell']}" if d.get("cell") else "-"
        if not by_code:
            recall["missed"].append({"file": home, "code": d["code"], "cell": where})
        elif not by_cell:
            recall["wrong_cell"].append(
                {
                    "file": home,
                    "code": d["code"],
                    "cell": where,
                    "reported": [_brief(p, f)["cell"] for p, _, f in by_code],
                }
            )
    false_errors: list[dict[str, Any]] = []
    false_warnings: list[dict[str, Any]] = []
    tolerated: list[dict[str, Any]] = []
    for m in files:
        name = m["file"]
        rep = by_file.get(name, {"findings": [], "form": None})
        detection["files"] += 1
        detection["form"] += rep.get("form") == m["form"]
        if rep.get("form") != m["form"]:
            detection["wrong"].append({"file": name, "expected": m["form"], "detected": rep.get("form")})
        for i, f in enumerate(rep["findings"]):
            if (name, i) in explained:
                continue
            if any(b["code"] == f["code"] and RANK[f["severity"]] <= RANK[b["severity"]] for b in m["boleh"]):
                tolerated.append(_brief(name, f))
                continue
            (false_errors if f["severity"] == "error" else false_warnings).append(_brief(name, f))
    expected = {m["file"] for m in files}
    d = max(recall["defects"], 1)
    summary = {
        "files": len(files),
        "clean_files": sum(m["clean"] for m in files),
        "defects": recall["defects"],
        "missing_from_report": len(expected - set(names)),
        "unexpected_files": len(set(names) - expected),
        "reported_twice": sum(1 for k in Counter(names).values() if k > 1),
        "false_errors": len(false_errors),
        "false_errors_batch": sum(f["scope"] == "kumpulan" for f in false_errors),
        "false_errors_file": sum(f["scope"] == "berkas" for f in false_errors),
        "files_with_false_error": len({f["file"] for f in false_errors}),
        "false_warnings": sum(f["severity"] == "peringatan" for f in false_warnings),
        "false_info": sum(f["severity"] == "info" for f in false_warnings),
        "tolerated": len(tolerated),
        "recall_code": recall["by_code"] / d,
        "recall_code_cell": recall["by_code_cell"] / d,
    }
    return {
        "summary": summary,
        "detection": detection,
        "recall": recall,
        "false_errors": false_errors,
        "false_warnings": false_warnings,
        "tolerated": tolerated,
        "missing_files": sorted(expected - set(names)),
        "unexpected": sorted(set(names) - expected),
    }


def compare_belum(listed: list[dict[str, Any]], manifest: dict[str, Any]) -> dict[str, Any]:
    must = {p["nip"]: p for p in manifest["belum_mengirim"]}
    never = {p["nip"]: p for p in manifest["tidak_wajib"]}
    either = {p["nip"] for p in manifest["boleh_tercantum"]}
    got = {re.sub(r"\D", "", str(e["nip"] or "")): e for e in listed}
    unit_wrong = [
        {"nama": must[n]["nama"], "harapan": must[n]["unit"], "tertulis": got[n]["unit"]}
        for n in must
        if n in got and norm(got[n]["unit"]) != norm(must[n]["unit"])
    ]
    return {
        "harus": len(must),
        "tercantum": sum(n in got for n in must),
        "terlewat": [must[n] for n in must if n not in got],
        "palsu": [e for n, e in got.items() if n not in must and n not in either],
        "tidak_wajib_tercantum": [never[n] for n in never if n in got],
        "boleh_tercantum": sorted(n for n in either if n in got),
        "unit_lain": unit_wrong,
    }


def measure(
    folder: Path = HERE / "kiriman",
    manifest_path: Path = HERE / "harapan.json",
    daftar: Path | None = None,
    rekap: bool = True,
) -> dict[str, Any]:
    manifest = json.loads(Path(manifest_path).read_text(encoding="utf-8"))
    daftar = daftar or HERE / manifest["daftar"]
    report, secs = run_cli(folder, daftar)
    res = compare(report, folder, manifest)
    res["summary"]["seconds_periksa"] = round(secs, 1)
    if rekap:
        listed, rsecs, err = run_rekap(folder, daftar)
        res["belum"] = compare_belum(listed, manifest)
        res["summary"]["seconds_rekap"] = round(rsecs, 1)
        res["rekap_stderr"] = err
    return res


def _print(res: dict[str, Any]) -> None:
    s, det, rec = res["summary"], res["detection"], res["recall"]
    print(
        f"Set kumpulan nyata_bv: {s['files']} berkas ({s['clean_files']} tanpa cacat error/peringatan), "
        f"{s['defects']} temuan diharapkan"
    )
    print(f"skp periksa --daftar (proses bawaan): {s['seconds_periksa']} detik")
    print(
        f"Berkas tidak ada di laporan: {s['missing_from_report']}; di laporan tetapi tidak di harapan: "
        f"{s['unexpected_files']}; dilaporkan dua kali: {s['reported_twice']}"
    )
    for n in res["missing_files"] + res["unexpected"]:
        print(f"  ! {n}")
    print(f"\nDeteksi formulir: {det['form']}/{det['files']}")
    for w in det["wrong"]:
        print(f"  SALAH  {w['file']}: harapan {w['expected']}, terbaca {w['detected']}")
    print(
        f"\nError palsu: {s['false_errors']} (lingkup kumpulan {s['false_errors_batch']}, lingkup berkas "
        f"{s['false_errors_file']}; di {s['files_with_false_error']} berkas)"
    )
    for code, n in Counter(f["code"] for f in res["false_errors"]).most_common():
        print(f"  {n:3d}  {code}")
    for f in res["false_errors"]:
        print(f"  - {f['file']}  {f['code']}  {f['cell']}  {f['message'][:220]}")
    print(
        f"\nPeringatan palsu: {s['false_warnings']}; info palsu: {s['false_info']}; ditoleransi (boleh): "
        f"{s['tolerated']}"
    )
    for f in res["false_warnings"]:
        print(f"  · {f['file']}  {f['severity']}  {f['code']}  {f['cell']}  {f['message'][:220]}")
    for f in res["tolerated"]:
        print(f"  ~ {f['file']}  {f['severity']}  {f['code']}  {f['cell']}")
    print(
        f"\nRecall: kode {rec['by_code']}/{rec['defects']} ({s['recall_code']:.0%}), kode+sel "
        f"{rec['by_code_cell']}/{rec['defects']} ({s['recall_code_cell']:.0%})"
    )
    for code, per in sorted(rec["per_code"].items()):
        print(f"  {code:32s} {per['found']}/{per['injected']} (sel tepat {per['found_cell']})")
    for m in rec["missed"]:
        print(f"  LOLOS  {m['file']}  {m['code']}  {m['cell']}")
    for w in rec["wrong_cell"]:
        print(
            f"  SEL LAIN  {w['file']}  {w['code']}  harapan {w['cell']}, "
            f"dilaporkan {', '.join(w['reported'])}"
        )
    b = res.get("belum")
    if b is not None:
        print(
            f"\nskp rekap --daftar: {s['seconds_rekap']} detik. "
            f"Belum Mengirim: {b['tercantum']}/{b['harus']} tercantum; palsu {len(b['palsu'])}; "
            f"tidak wajib tetapi tercantum {len(b['tidak_wajib_tercantum'])}; "
            f"boleh tercantum yang tercantum {len(b['boleh_tercantum'])}; unit lain {len(b['unit_lain'])}"
        )
        for p in b["terlewat"]:
            print(f"  TERLEWAT  {p['nama']}  {p['nip']}  ({p['unit']})")
        for e in b["palsu"]:
            print(f"  PALSU  {e['nama']}  {e['nip']}  ({e['unit']})")
        for p in b["tidak_wajib_tercantum"]:
            print(f"  TIDAK WAJIB  {p['nama']}  {p['nip']}  status {p['status']}")
        for u in b["unit_lain"]:
            print(f"  UNIT  {u['nama']}: harapan {u['harapan']!r}, tertulis {u['tertulis']!r}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description="Mengukur skp periksa/rekap --daftar pada set kumpulan nyata_bv."
    )
    ap.add_argument("folder", nargs="?", type=Path, default=HERE / "kiriman")
    ap.add_argument("--harapan", type=Path, default=HERE / "harapan.json")
    ap.add_argument("--daftar", type=Path, default=None)
    ap.add_argument("--tanpa-rekap", action="store_true", help="jangan jalankan skp rekap")
    ap.add_argument("--json", action="store_true", help="keluaran JSON untuk mesin")
    a = ap.parse_args(argv)
    res = measure(a.folder, a.harapan, a.daftar, not a.tanpa_rekap)
    if a.json:
        json.dump(res, sys.stdout, indent=1, ensure_ascii=False)
        print()
    else:
        _print(res)
    return 0


if __name__ == "__main__":
    sys.exit(main())
