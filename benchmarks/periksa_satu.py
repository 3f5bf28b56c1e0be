"""Median time to check one typical workbook with ``check_path``, against pandas reading the same file.

Usage: ``python benchmarks/periksa_satu.py [PATH] [--ulang N]``. The default workbook is the JA Model
Dasar form with its annexes from ``tests/data``. Target (issue #4): skp under 20 ms per workbook.
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable
from pathlib import Path

import pandas as pd

from skp.config import Config
from skp.periksa import check_path

DEFAULT = Path(__file__).resolve().parent.parent / "tests" / "data" / "form_ja_dasar.xlsx"


def median_ms(func: Callable[[], object], repeat: int) -> float:
    func()  # warm caches and imports
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        func()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("path", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--ulang", type=int, default=50, help="jumlah pengulangan (bawaan 50)")
    args = parser.parse_args()
    config = Config()
    skp_ms = median_ms(lambda: check_path(args.path, config), args.ulang)
    pandas_ms = median_ms(lambda: pd.read_excel(args.path, engine="openpyxl", sheet_name=None), args.ulang)
    print(f"berkas        : {args.path.name}")
    print(f"skp check_path: {skp_ms:8.2f} ms (median dari {args.ulang})")
    print(f"pandas openpyxl: {pandas_ms:7.2f} ms (median dari {args.ulang})")
    print(f"rasio pandas/skp: {pandas_ms / skp_ms:.1f}×")


if __name__ == "__main__":
    main()
