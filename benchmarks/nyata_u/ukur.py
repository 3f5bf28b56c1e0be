"""Measure ``skp periksa`` on ``benchmarks/nyata_u`` with ``benchmarks/nyata/ukur.py``, then set apart the
findings a reviewer may accept either way (the manifest's ``boleh`` entries: code, and sheet/cell where
given, or the code alone), so they count neither as false errors nor as
false warnings.

Usage: ``python benchmarks/nyata_u/ukur.py [--json]``.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _ukur():
    spec = importlib.util.spec_from_file_location("nyata_ukur", HERE.parent / "nyata" / "ukur.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    sys.modules["nyata_ukur"] = mod
    spec.loader.exec_module(mod)
    return mod


def _allowed(boleh: list[dict], f: dict) -> bool:
    sheet, _, cell = f["cell"].partition("!") if "!" in f["cell"] else (None, None, f["cell"])
    row = "".join(ch for ch in (cell or "") if ch.isdigit())
    for b in boleh:
        if b.get("code") and b["code"] != f["code"]:
            continue
        if b.get("sheet") and b["sheet"] != sheet:
            continue
        if b.get("cell") and b["cell"] != cell:
            continue
        if b.get("row") and str(b["row"]) != row:
            continue
        return True
    return False


def measure(folder: Path = HERE / "kiriman", manifest: Path = HERE / "harapan.json") -> dict:
    """``nyata/ukur.measure`` with the ``boleh`` findings moved to ``result["boleh"]``."""
    result = _ukur().measure(folder, manifest)
    boleh = {f["file"]: f.get("boleh", []) for f in json.loads(manifest.read_text(encoding="utf-8"))["files"]}
    result["boleh"] = []
    for key in ("false_errors", "warnings"):
        kept = []
        for f in result["clean"][key]:
            (result["boleh"] if _allowed(boleh[f["file"]], f) else kept).append(f)
        result["clean"][key] = kept
    kept = []
    for f in result["extra_errors_defect_files"]:
        (result["boleh"] if _allowed(boleh[f["file"]], f) else kept).append(f)
    result["extra_errors_defect_files"] = kept
    s = result["summary"]
    s["false_errors_clean"] = len(result["clean"]["false_errors"])
    s["clean_files_with_false_error"] = len({f["file"] for f in result["clean"]["false_errors"]})
    s["warnings_clean"] = len(result["clean"]["warnings"])
    s["false_errors_defect_files"] = len(kept)
    s["boleh"] = len(result["boleh"])
    return result


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description="Mengukur skp periksa pada set nyata_u (SKP JPT dan Manual IKI).")
    ap.add_argument("--json", action="store_true", help="keluaran JSON untuk mesin")
    a = ap.parse_args(argv)
    result = measure()
    if a.json:
        json.dump(result, sys.stdout, indent=1, ensure_ascii=False)
        print()
        return 0
    _ukur()._print(result)
    print(f"\nTemuan yang boleh (tidak dihitung palsu): {len(result['boleh'])}")
    for f in result["boleh"]:
        print(f"  ~ {f['file']}  {f['severity']}  {f['code']}  {f['cell']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
