"""Measure ``skp periksa`` on ``benchmarks/nyata_ch`` with ``benchmarks/nyata/ukur.py``, setting apart the
findings a reviewer may accept either way (the manifest's ``boleh`` entries: code, and sheet/cell/row where
given), so they count neither as false errors nor as false warnings.

Usage: ``python benchmarks/nyata_ch/ukur.py [FOLDER] [--harapan F] [--json]``; the measuring itself is
:mod:`benchmarks/nyata/boleh.py`.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "nyata"))
import boleh  # noqa: E402


def measure(folder: Path = HERE / "kiriman", manifest: Path = HERE / "harapan.json") -> dict[str, Any]:
    return boleh.measure(Path(folder), Path(manifest))


if __name__ == "__main__":
    sys.exit(
        boleh.main(
            HERE,
            "Mengukur skp periksa pada set nyata_ch (Pemerintah Kabupaten Rantau Kemiri: buku kerja "
            "ketentuan lain, templat, HTML .xls, dan SKP 8/2021 yang meminjam katanya).",
        )
    )
