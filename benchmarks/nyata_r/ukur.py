"""Measure ``skp periksa`` on ``nyata_r`` with ``benchmarks/nyata/ukur.py`` (the single-workbook pipeline of
``skp periksa``), then set aside the findings a file's ``boleh`` list accepts (SPEC leaves them open: a
realisasi not typed yet in a half-filled Penilaian, the cells a typed-over capaian carries on to).

Usage: ``python benchmarks/nyata_r/ukur.py [FOLDER] [--harapan F] [--json]``; the
measuring itself is :mod:`benchmarks/nyata/boleh.py`.
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
    sys.exit(boleh.main(HERE, "Mengukur skp periksa pada set nyata_r (templat skp yang diisi)."))
