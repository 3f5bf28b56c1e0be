"""The checker measured on the held-out set ``benchmarks/nyata_c`` (issue 12: generalise, do not tune).

Built apart from the project's code, fixtures and the two earlier sets (``benchmarks/nyata_c/buat.py``),
measured with ``benchmarks/nyata/ukur.py``; the targets measured on it are in ``test_nyata_targets.py``.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import openpyxl

ROOT = Path(__file__).resolve().parents[1]
SET = ROOT / "benchmarks" / "nyata_c"
KIRIMAN = SET / "kiriman"
HARAPAN = SET / "harapan.json"


def _cells(path: Path) -> dict[str, list[tuple]]:
    wb = openpyxl.load_workbook(path)
    return {ws.title: [tuple(c.value for c in row) for row in ws.iter_rows()] for ws in wb}


def test_committed_set_is_what_the_generator_builds(tmp_path):
    subprocess.run(
        [
            sys.executable,
            str(SET / "buat.py"),
            "--keluaran",
            str(tmp_path),
            "--harapan",
            str(tmp_path / "h.json"),
        ],
        check=True,
        capture_output=True,
    )
    assert json.loads((tmp_path / "h.json").read_text()) == json.loads(HARAPAN.read_text())
    committed = sorted(p.name for p in KIRIMAN.glob("*.xlsx"))
    assert committed == sorted(p.name for p in tmp_path.glob("*.xlsx"))
    for name in committed:
        assert _cells(KIRIMAN / name) == _cells(tmp_path / name), name


def test_set_covers_every_form_clean_and_defective():
    files = json.loads(HARAPAN.read_text())["files"]
    assert len(files) >= 40
    assert sorted(p.name for p in KIRIMAN.glob("*.xlsx")) == sorted(f["file"] for f in files)
    for form in (
        "ja-dasar",
        "ja-pengembangan",
        "jf-dasar",
        "jf-pengembangan",
        "jpt-dasar",
        "jpt-pengembangan",
    ):
        of_form = [f for f in files if f["form"] == form]
        assert any(f["clean"] for f in of_form) and any(not f["clean"] for f in of_form), form
    for f in files:
        assert f["clean"] == (not f["defects"])
        assert f["clean"] or 1 <= len(f["defects"]) <= 2
    assert 0.4 <= sum(f["clean"] for f in files) / len(files) <= 0.6
    writers = {f.get("writer") for f in files if f["form"]}
    assert writers == {"openpyxl", "xlsxwriter"}
