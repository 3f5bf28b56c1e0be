"""Measure ``skp periksa FOLDER --format json`` on the held-out batch set ``nyata_x`` as one folder, the way
HR runs it: ``benchmarks/nyata_j/ukur_kumpulan.py`` (the CLI with ``-j 1``; false errors by scope, false
warnings/info, ``boleh`` up to a severity, recall by code and by code + cell, ``alt_files``), plus what this
set adds: the files HR finds in the folder that are no workbook to read (an Excel lock file ``~$…``,
``desktop.ini``, a PDF) must not appear in the report, and every workbook must appear exactly once.

Usage: ``python benchmarks/nyata_x/ukur_kumpulan.py [FOLDER] [--harapan FILE] [--json]``. Exit status 0.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent


def _base() -> Any:
    spec = importlib.util.spec_from_file_location("nyata_j_ukur_kumpulan", HERE.parent / "nyata_j" /
                                                  "ukur_kumpulan.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    sys.modules["nyata_j_ukur_kumpulan"] = mod
    spec.loader.exec_module(mod)
    return mod


def measure(folder: Path = HERE / "kiriman", manifest_path: Path = HERE / "harapan.json") -> dict[str, Any]:
    base = _base()
    folder = Path(folder)
    report = base.run_cli(folder)
    res: dict[str, Any] = base.measure(folder, manifest_path, report)
    manifest = json.loads(Path(manifest_path).read_text(encoding="utf-8"))
    names = [base._rel(f["path"], folder) for f in report["files"]]
    expected = {m["file"] for m in manifest["files"]}
    res["not_read_reported"] = sorted(set(names) & set(manifest.get("tidak_diperiksa", [])))
    res["unexpected_files"] = sorted(set(names) - expected)
    res["reported_twice"] = sorted(n for n, k in Counter(names).items() if k > 1)
    res["summary"]["not_read_reported"] = len(res["not_read_reported"])
    res["summary"]["unexpected_files"] = len(res["unexpected_files"])
    res["summary"]["reported_twice"] = len(res["reported_twice"])
    return res


def main(argv: list[str] | None = None, set_folder: Path = HERE,
         title: str = "Mengukur skp periksa pada set kumpulan nyata_x (satu folder).") -> int:
    """The command line of this measuring for the batch set in ``set_folder`` (``nyata_ab`` uses it too)."""
    ap = argparse.ArgumentParser(description=title)
    ap.add_argument("folder", nargs="?", type=Path, default=set_folder / "kiriman")
    ap.add_argument("--harapan", type=Path, default=set_folder / "harapan.json")
    ap.add_argument("--json", action="store_true", help="keluaran JSON untuk mesin")
    a = ap.parse_args(argv)
    res = measure(a.folder, a.harapan)
    if a.json:
        json.dump(res, sys.stdout, indent=1, ensure_ascii=False)
        print()
        return 0
    _base()._print(res)
    s = res["summary"]
    print(f"\nBerkas yang bukan buku kerja tetapi muncul di laporan: {s['not_read_reported']}")
    for n in res["not_read_reported"]:
        print(f"  ! {n}")
    print(f"Berkas di laporan yang tidak ada di harapan: {s['unexpected_files']}; dilaporkan dua kali: "
          f"{s['reported_twice']}")
    for n in res["unexpected_files"] + res["reported_twice"]:
        print(f"  ! {n}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
