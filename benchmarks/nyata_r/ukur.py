"""Measure ``skp periksa`` on ``nyata_r`` with ``benchmarks/nyata/ukur.py`` (the single-workbook pipeline of
``skp periksa``), then set aside the findings a file's ``boleh`` list accepts (SPEC leaves them open: a
realisasi not typed yet in a half-filled Penilaian, the cells a typed-over capaian carries on to).

Usage: ``python benchmarks/nyata_r/ukur.py [FOLDER] [--harapan FILE] [--json]``.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent


def _nyata_ukur():
    spec = importlib.util.spec_from_file_location("nyata_ukur", HERE.parent / "nyata" / "ukur.py")
    mod = importlib.util.module_from_spec(spec)
    sys.modules["nyata_ukur"] = mod
    spec.loader.exec_module(mod)
    return mod


def _accepted(f: dict[str, Any], boleh: list[dict[str, Any]]) -> bool:
    sheet, _, cell = f["cell"].partition("!") if "!" in f["cell"] else (None, "", f["cell"])
    return any(
        b["code"] == f["code"] and b.get("sheet") in (None, sheet) and b.get("cell") in (None, cell)
        for b in boleh
    )


def measure(folder: Path = HERE / "kiriman", manifest_path: Path = HERE / "harapan.json") -> dict[str, Any]:
    ukur = _nyata_ukur()
    result = ukur.measure(Path(folder), Path(manifest_path))
    boleh = {m["file"]: m.get("boleh", []) for m in json.loads(Path(manifest_path).read_text())["files"]}
    accepted = []
    for key in ("false_errors", "warnings"):
        keep = []
        for f in result["clean"][key]:
            (accepted if _accepted(f, boleh[f["file"]]) else keep).append(f)
        result["clean"][key] = keep
    keep = []
    for f in result["extra_errors_defect_files"]:
        (accepted if _accepted(f, boleh[f["file"]]) else keep).append(f)
    result["extra_errors_defect_files"] = keep
    s = result["summary"]
    s["false_errors_clean"] = len(result["clean"]["false_errors"])
    s["clean_files_with_false_error"] = len({f["file"] for f in result["clean"]["false_errors"]})
    s["warnings_clean"] = len(result["clean"]["warnings"])
    s["false_errors_defect_files"] = len(keep)
    s["boleh"] = len(accepted)
    result["boleh"] = accepted
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description="Mengukur skp periksa pada set nyata_r (templat skp yang diisi)."
    )
    parser.add_argument("folder", nargs="?", type=Path, default=HERE / "kiriman")
    parser.add_argument("--harapan", type=Path, default=HERE / "harapan.json")
    parser.add_argument("--json", action="store_true", help="keluaran JSON untuk mesin")
    args = parser.parse_args(argv)
    result = measure(args.folder, args.harapan)
    if args.json:
        json.dump(result, sys.stdout, indent=1, ensure_ascii=False)
        print()
        return 0
    _nyata_ukur()._print(result)
    print(f"\nTemuan yang diterima 'boleh' (SPEC tidak memutuskan): {len(result['boleh'])}")
    for f in result["boleh"]:
        print(f"  ~ {f['file']}  {f['code']}  {f['cell']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
