"""The checker measured on the independent evaluation set ``benchmarks/nyata`` (issue 12).

The set was generated apart from the project's fixtures and templates (``benchmarks/nyata/buat.py``), with
the layouts of SPEC §3.10; ``harapan.json`` says per workbook which form it is, whether it is clean and
which defects were injected where. The targets measured on it are in ``test_nyata_targets.py``.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import openpyxl

ROOT = Path(__file__).resolve().parents[1]
NYATA = ROOT / "benchmarks" / "nyata"
KIRIMAN = NYATA / "kiriman"
HARAPAN = NYATA / "harapan.json"


def _cells(path: Path) -> dict[str, list[tuple]]:
    wb = openpyxl.load_workbook(path)
    return {ws.title: [tuple(c.value for c in row) for row in ws.iter_rows()] for ws in wb}


def test_committed_set_is_what_the_generator_builds(tmp_path):
    """The committed workbooks and manifest are exactly the generator's output for its seed."""
    subprocess.run(
        [
            sys.executable,
            str(NYATA / "buat.py"),
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
        assert 1 <= len(f["defects"]) <= 2 or f["clean"]
    clean = sum(f["clean"] for f in files)
    assert 0.4 <= clean / len(files) <= 0.6
