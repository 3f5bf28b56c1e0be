"""Measure ``skp periksa FOLDER --format json`` on the held-out batch set ``nyata_bk`` (a year of moves) as
one folder, the way HR runs it, with the measuring of ``benchmarks/nyata_x/ukur_kumpulan.py`` (itself
``benchmarks/nyata_j/ukur_kumpulan.py``: the CLI with ``-j 1``; false errors by scope, false warnings/info,
``boleh`` up to a severity, recall by code and by code + cell; every workbook exactly once in the report).
This set lists no non-workbook files, so that count stays 0.

Usage: ``python benchmarks/nyata_bk/ukur_kumpulan.py [FOLDER] [--harapan FILE] [--json]``. Exit status 0.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

HERE = Path(__file__).resolve().parent


def _folder_tool() -> ModuleType:
    name = "nyata_x_ukur_kumpulan"
    spec = importlib.util.spec_from_file_location(name, HERE.parent / "nyata_x" / "ukur_kumpulan.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    sys.modules[name] = mod
    spec.loader.exec_module(mod)
    return mod


def measure(folder: Path = HERE / "kiriman", manifest_path: Path = HERE / "harapan.json") -> dict[str, Any]:
    return _folder_tool().measure(folder, manifest_path)  # type: ignore[no-any-return]


if __name__ == "__main__":
    title = "Mengukur skp periksa pada set kumpulan nyata_bk (satu folder)."
    sys.exit(_folder_tool().main(None, HERE, title))
