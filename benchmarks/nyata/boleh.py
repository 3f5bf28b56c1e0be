"""``benchmarks/nyata/ukur.py`` for a set whose manifest names findings a reviewer may accept either way.

Where SPEC leaves a case open (a Keterkaitan written as a block on the SKP sheet, a finding on a hidden
outline row, a half-filled Penilaian), a set lists the acceptable findings under a file's ``boleh`` key: a
code, and where given a sheet, a cell or a whole row. Such findings count neither as false errors nor as
false warnings; they are listed apart. Each set's own ``ukur.py`` is this with its folder and its title.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

HERE = Path(__file__).resolve().parent


def _ukur() -> ModuleType:
    spec = importlib.util.spec_from_file_location("nyata_ukur", HERE / "ukur.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    sys.modules["nyata_ukur"] = mod
    spec.loader.exec_module(mod)
    return mod


def _allowed(boleh: list[dict[str, Any]], f: dict[str, Any]) -> bool:
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


def measure(folder: Path, manifest: Path) -> dict[str, Any]:
    """``nyata/ukur.measure`` with the ``boleh`` findings moved to ``result["boleh"]``."""
    result: dict[str, Any] = _ukur().measure(folder, manifest)
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


def main(set_folder: Path, description: str, argv: list[str] | None = None) -> int:
    """The command line of a set's ``ukur.py``: its workbooks and manifest unless others are named."""
    ap = argparse.ArgumentParser(description=description)
    ap.add_argument("folder", nargs="?", type=Path, default=set_folder / "kiriman")
    ap.add_argument("--harapan", type=Path, default=set_folder / "harapan.json")
    ap.add_argument("--json", action="store_true", help="keluaran JSON untuk mesin")
    a = ap.parse_args(argv)
    result = measure(a.folder, a.harapan)
    if a.json:
        json.dump(result, sys.stdout, indent=1, ensure_ascii=False)
        print()
        return 0
    _ukur()._print(result)
    print(f"\nTemuan yang boleh (SPEC tidak memutuskan; tidak dihitung palsu): {len(result['boleh'])}")
    for f in result["boleh"]:
        print(f"  ~ {f['file']}  {f['severity']}  {f['code']}  {f['cell']}")
    return 0
