"""Measure ``skp periksa FOLDER --format json`` on a held-out BATCH set (``nyata_bk``; copied from
``nyata_j``'s tool): the whole folder at once, so the batch-scope checks of SPEC §7 run the way HR runs them.

Usage: ``python benchmarks/nyata_bk/ukur_kumpulan.py [FOLDER] [--harapan FILE] [--json]``.

The CLI itself is run (``python -m skp periksa FOLDER --format json -j 1``), so the numbers are what a user
sees. A finding is *explained* when it matches an expected defect (code, or any of ``any_of``; cell, or any
of ``alt_cells``) in the defect's file or one of its ``alt_files`` (a batch finding that may fairly be
reported
on either of two files, e.g. ``skp-ganda``), or a tolerated finding (``boleh``: code and at most that
severity, e.g. a ``peringatan`` where an RK atasan is the organisation's RK). Printed:

- form detection against the manifest;
- false ``error`` findings (not explained), split by the code's scope (file or batch), and false
  ``peringatan``/``info``;
- recall of expected defects by code and by code + cell, per code; misses and other cells listed.

The exit status is 0 whatever the numbers.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
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


def run_cli(folder: Path) -> dict[str, Any]:
    """The CLI's JSON report for the folder (SPEC §8)."""
    proc = subprocess.run(
        [sys.executable, "-m", "skp", "periksa", str(folder), "--format", "json", "-j", "1"],
        capture_output=True,
        text=True,
        check=False,
    )
    if proc.returncode not in (0, 1):
        raise RuntimeError(f"skp periksa gagal ({proc.returncode}): {proc.stderr[-2000:]}")
    return json.loads(proc.stdout)


def _rel(path: str, folder: Path) -> str:
    p = Path(path)
    try:
        return p.resolve().relative_to(folder.resolve()).as_posix()
    except ValueError:
        return p.as_posix()


def _codes(d: dict[str, Any]) -> list[str]:
    return d.get("any_of") or [d["code"]]


def _cells(d: dict[str, Any]) -> list[tuple[Any, Any]]:
    return [(d.get("sheet"), d.get("cell"))] + [(a["sheet"], a["cell"]) for a in d.get("alt_cells", [])]


def _match(d: dict[str, Any], f: dict[str, Any], with_cell: bool) -> bool:
    if f["code"] not in _codes(d):
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


def measure(
    folder: Path = HERE / "kiriman",
    manifest_path: Path = HERE / "harapan.json",
    report: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """Compare the CLI's batch report (or ``report``) with the manifest; every number and list."""
    manifest = json.loads(Path(manifest_path).read_text(encoding="utf-8"))["files"]
    report = report if report is not None else run_cli(folder)
    by_file = {_rel(f["path"], folder): f for f in report["files"]}
    missing_files = [m["file"] for m in manifest if m["file"] not in by_file]
    detection = {"files": 0, "form": 0, "wrong": []}
    defects = [(m["file"], d) for m in manifest for d in m["defects"]]
    recall = {
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
    clean_items = 0
    for m in manifest:
        name = m["file"]
        rep = by_file.get(name, {"findings": [], "form": None})
        if m["form"] is not None:
            detection["files"] += 1
            detection["form"] += rep.get("form") == m["form"]
            if rep.get("form") != m["form"]:
                detection["wrong"].append({"file": name, "expected": m["form"], "detected": rep.get("form")})
        clean_items += m["clean"]
        for i, f in enumerate(rep["findings"]):
            if (name, i) in explained:
                continue
            if any(
                b["code"] == f["code"] and RANK[f["severity"]] <= RANK[b["severity"]]
                for b in m.get("boleh", [])
            ):
                tolerated.append(_brief(name, f))
                continue
            (false_errors if f["severity"] == "error" else false_warnings).append(_brief(name, f))
    d = max(recall["defects"], 1)
    summary = {
        "files": len(manifest),
        "clean_files": clean_items,
        "defects": recall["defects"],
        "missing_from_report": len(missing_files),
        "detection_form": detection["form"] / max(detection["files"], 1),
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
        "missing_files": missing_files,
    }


def _print(res: dict[str, Any]) -> None:
    s, det, rec = res["summary"], res["detection"], res["recall"]
    print(
        f"Set kumpulan: {s['files']} berkas ({s['clean_files']} tanpa cacat sendiri), {s['defects']} cacat"
        f" diharapkan; berkas tidak ada di laporan: {s['missing_from_report']}"
    )
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
        print(f"  - {f['file']}  {f['code']}  {f['cell']}  {f['message'][:170]}")
    print(
        f"\nPeringatan palsu: {s['false_warnings']}; info palsu: {s['false_info']}; "
        f"ditoleransi (boleh): {s['tolerated']}"
    )
    for f in res["false_warnings"]:
        print(f"  · {f['file']}  {f['severity']}  {f['code']}  {f['cell']}  {f['message'][:150]}")
    for f in res["tolerated"]:
        print(f"  ~ {f['file']}  {f['severity']}  {f['code']}  {f['cell']}")
    print(
        f"\nRecall: kode {rec['by_code']}/{rec['defects']} ({s['recall_code']:.0%}), kode+sel "
        f"{rec['by_code_cell']}/{rec['defects']} ({s['recall_code_cell']:.0%})"
    )
    for code, per in sorted(rec["per_code"].items()):
        print(f"  {code:32s} {per['found']}/{per['injected']} (sel tepat {per['found_cell']})")
    for mth in rec["missed"]:
        print(f"  LOLOS  {mth['file']}  {mth['code']}  {mth['cell']}")
    for w in rec["wrong_cell"]:
        print(
            f"  SEL LAIN  {w['file']}  {w['code']}  harapan {w['cell']},"
            f" dilaporkan {', '.join(w['reported'])}"
        )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Mengukur skp periksa pada set kumpulan (lingkup kumpulan).")
    ap.add_argument("folder", nargs="?", type=Path, default=HERE / "kiriman")
    ap.add_argument("--harapan", type=Path, default=HERE / "harapan.json")
    ap.add_argument("--json", action="store_true", help="keluaran JSON untuk mesin")
    args = ap.parse_args(argv)
    res = measure(args.folder, args.harapan)
    if args.json:
        json.dump(res, sys.stdout, indent=1, ensure_ascii=False)
        print()
    else:
        _print(res)
    return 0


if __name__ == "__main__":
    sys.exit(main())
