"""Measure ``skp periksa`` on the independent evaluation set (``buat.py``, ``harapan.json``).

Usage: ``python benchmarks/nyata/ukur.py [FOLDER] [--harapan FILE] [--json]``. Each workbook goes through the
library's single-workbook pipeline (:func:`skp.periksa.check_path`, the same code path as ``skp periksa``),
one file at a time so that no batch check (alignment with a superior's SKP among the files) mixes in. Prints:

- form detection: jenis and model against the manifest (files whose expected form is null — other regimes,
  an unfilled template, an empty workbook — are listed apart);
- false ``error`` findings on clean files (every one listed: file, code, cell, message);
- recall of injected defects, matched by code and by code + cell;
- ``error`` findings on defect files that are not an injected defect (false errors there too).

Codes the software does not know yet count as misses. The exit status is 0 whatever the numbers.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent


def _run(folder: Path, files: list[str]) -> dict[str, dict[str, Any]]:
    from skp.config import Config
    from skp.periksa import check_path

    config = Config()
    out = {}
    for name in files:
        report, _ = check_path(folder / name, config, display_path=name)
        out[name] = report.to_contract()
    return out


def _known_codes() -> set[str]:
    from skp.findings import catalogue

    return set(catalogue())


def _cells(defect: dict[str, Any]) -> list[tuple[str | None, str | None]]:
    return [(defect.get("sheet"), defect.get("cell"))] + [
        (a["sheet"], a["cell"]) for a in defect.get("alt_cells", [])
    ]


def _codes(defect: dict[str, Any]) -> list[str]:
    return defect.get("any_of") or [defect["code"]]


def _matches(defect: dict[str, Any], finding: dict[str, Any], with_cell: bool) -> bool:
    if finding["code"] not in _codes(defect):
        return False
    if not with_cell or defect.get("cell") is None:
        return True
    return (finding.get("sheet"), finding.get("cell")) in _cells(defect)


def _brief(name: str, f: dict[str, Any]) -> dict[str, Any]:
    cell = f"{f['sheet']}!{f['cell']}" if f.get("sheet") and f.get("cell") else (f.get("cell") or "-")
    return {"file": name, "code": f["code"], "severity": f["severity"], "cell": cell, "message": f["message"]}


def measure(folder: Path = HERE / "kiriman", manifest_path: Path = HERE / "harapan.json") -> dict[str, Any]:
    """Run the checker over the set and compare with the manifest; returns every number and list."""
    manifest = json.loads(Path(manifest_path).read_text(encoding="utf-8"))["files"]
    reports = _run(Path(folder), [m["file"] for m in manifest])
    known = _known_codes()
    detection = {"files": 0, "jenis": 0, "model": 0, "form": 0, "wrong": [], "null_expected": []}
    clean = {"files": 0, "false_errors": [], "warnings": []}
    recall = {
        "defects": 0,
        "by_code": 0,
        "by_code_cell": 0,
        "missed": [],
        "wrong_cell": [],
        "unknown_codes": [],
        "per_code": {},
    }
    extra: list[dict[str, Any]] = []
    for m in manifest:
        name, rep = m["file"], reports[m["file"]]
        got = rep.get("form")
        if m["form"] is None:
            detection["null_expected"].append({"file": name, "detected": got})
        else:
            detection["files"] += 1
            want_j, want_m = m["form"].split("-")
            got_j, got_m = got.split("-") if got else (None, None)
            detection["jenis"] += got_j == want_j
            detection["model"] += got_m == want_m
            detection["form"] += got == m["form"]
            if got != m["form"]:
                detection["wrong"].append(
                    {"file": name, "expected": m["form"], "detected": got, "jabatan": m.get("jabatan")}
                )
        findings = rep["findings"]
        if m["clean"]:
            clean["files"] += 1
            for f in findings:
                (clean["false_errors"] if f["severity"] == "error" else clean["warnings"]).append(
                    _brief(name, f)
                )
            continue
        for d in m["defects"]:
            recall["defects"] += 1
            by_code = any(_matches(d, f, False) for f in findings)
            by_cell = any(_matches(d, f, True) for f in findings)
            recall["by_code"] += by_code
            recall["by_code_cell"] += by_cell
            per = recall["per_code"].setdefault(d["code"], {"injected": 0, "found": 0, "found_cell": 0})
            per["injected"] += 1
            per["found"] += by_code
            per["found_cell"] += by_cell
            where = f"{d['sheet']}!{d['cell']}" if d.get("cell") else "-"
            if not set(_codes(d)) & known:
                recall["unknown_codes"].append(d["code"])
            if not by_code:
                recall["missed"].append(
                    {
                        "file": name,
                        "code": d["code"],
                        "cell": where,
                        "known_code": bool(set(_codes(d)) & known),
                    }
                )
            elif not by_cell:
                seen = [_brief(name, f)["cell"] for f in findings if f["code"] in _codes(d)]
                recall["wrong_cell"].append(
                    {"file": name, "code": d["code"], "cell": where, "reported": seen}
                )
        for f in findings:
            if f["severity"] == "error" and not any(_matches(d, f, True) for d in m["defects"]):
                extra.append(_brief(name, f))
    n = max(detection["files"], 1)
    summary = {
        "files": len(manifest),
        "detection_form": detection["form"] / n,
        "detection_jenis": detection["jenis"] / n,
        "detection_model": detection["model"] / n,
        "clean_files": clean["files"],
        "false_errors_clean": len(clean["false_errors"]),
        "clean_files_with_false_error": len({f["file"] for f in clean["false_errors"]}),
        "warnings_clean": len(clean["warnings"]),
        "defects": recall["defects"],
        "recall_code": recall["by_code"] / max(recall["defects"], 1),
        "recall_code_cell": recall["by_code_cell"] / max(recall["defects"], 1),
        "false_errors_defect_files": len(extra),
    }
    return {
        "summary": summary,
        "detection": detection,
        "clean": clean,
        "recall": recall,
        "extra_errors_defect_files": extra,
    }


def _print(result: dict[str, Any]) -> None:
    s, det, clean, rec = result["summary"], result["detection"], result["clean"], result["recall"]
    print(f"Set evaluasi: {s['files']} berkas, {s['clean_files']} bersih, {s['defects']} cacat tersisip")
    print(
        f"\nDeteksi formulir ({det['files']} berkas berformulir): jenis {det['jenis']}/{det['files']} "
        f"({s['detection_jenis']:.0%}), model {det['model']}/{det['files']} ({s['detection_model']:.0%}), "
        f"formulir {det['form']}/{det['files']} ({s['detection_form']:.0%})"
    )
    for w in det["wrong"]:
        print(
            f"  SALAH  {w['file']}: harapan {w['expected']}, terbaca {w['detected']}"
            f"  (jabatan: {w['jabatan']})"
        )
    for w in det["null_expected"]:
        print(f"  (tanpa formulir 8/2021) {w['file']}: terbaca {w['detected']}")
    print(
        f"\nError palsu pada berkas bersih: {s['false_errors_clean']} "
        f"(di {s['clean_files_with_false_error']} dari {s['clean_files']} berkas)"
    )
    for code, count in Counter(f["code"] for f in clean["false_errors"]).most_common():
        print(f"  {count:3d}  {code}")
    for f in clean["false_errors"]:
        print(f"  - {f['file']}  {f['code']}  {f['cell']}  {f['message'][:160]}")
    print(f"  (peringatan/info pada berkas bersih: {s['warnings_clean']})")
    for f in clean["warnings"]:
        print(f"  · {f['file']}  {f['severity']}  {f['code']}  {f['cell']}  {f['message'][:120]}")
    print(
        f"\nRecall cacat tersisip: kode {rec['by_code']}/{rec['defects']} ({s['recall_code']:.0%}), "
        f"kode+sel {rec['by_code_cell']}/{rec['defects']} ({s['recall_code_cell']:.0%})"
    )
    for code, per in sorted(rec["per_code"].items()):
        print(f"  {code:28s} {per['found']}/{per['injected']} (sel tepat {per['found_cell']})")
    for mth in rec["missed"]:
        tag = "" if mth["known_code"] else "  [kode belum ada di perangkat lunak]"
        print(f"  LOLOS  {mth['file']}  {mth['code']}  {mth['cell']}{tag}")
    for w in rec["wrong_cell"]:
        print(
            f"  SEL LAIN  {w['file']}  {w['code']}  harapan {w['cell']},"
            f" dilaporkan {', '.join(w['reported'])}"
        )
    extra = result["extra_errors_defect_files"]
    print(f"\nError lain pada berkas bercacat (bukan cacat tersisip): {len(extra)}")
    for code, count in Counter(f["code"] for f in extra).most_common():
        print(f"  {count:3d}  {code}")
    for f in extra:
        print(f"  - {f['file']}  {f['code']}  {f['cell']}  {f['message'][:160]}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Mengukur skp periksa pada set evaluasi independen.")
    parser.add_argument("folder", nargs="?", type=Path, default=HERE / "kiriman")
    parser.add_argument("--harapan", type=Path, default=HERE / "harapan.json")
    parser.add_argument("--json", action="store_true", help="keluaran JSON untuk mesin")
    args = parser.parse_args(argv)
    result = measure(args.folder, args.harapan)
    if args.json:
        json.dump(result, sys.stdout, indent=1, ensure_ascii=False)
        print()
    else:
        _print(result)
    return 0


if __name__ == "__main__":
    sys.exit(main())
