"""The checker measured on the held-out set ``benchmarks/nyata_c`` (issue 12: generalise, do not tune).

Built apart from the project's code, fixtures and the two earlier sets (``benchmarks/nyata_c/buat.py``),
measured with ``benchmarks/nyata/ukur.py``. Targets: no ``error`` on a clean workbook, recall of injected
defects at least 0.95, form detection right for every workbook.
"""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest

ROOT = Path(__file__).resolve().parents[1]
SET = ROOT / "benchmarks" / "nyata_c"
KIRIMAN = SET / "kiriman"
HARAPAN = SET / "harapan.json"

# Measured on main at a52140c: 4 false errors on 3 of 21 clean workbooks (a period written as two date
# cells, a signature line "Kota," + date cell read as a table row). Remove the mark when they are fixed.


def _load_ukur():
    spec = importlib.util.spec_from_file_location("nyata_ukur", ROOT / "benchmarks" / "nyata" / "ukur.py")
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def hasil():
    return _load_ukur().measure(KIRIMAN, HARAPAN)


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


def test_no_error_on_clean_workbooks(hasil):
    false = [(f["file"], f["code"], f["cell"]) for f in hasil["clean"]["false_errors"]]
    assert false == []


def test_recall_of_injected_defects(hasil):
    assert hasil["summary"]["recall_code"] >= 0.95, hasil["recall"]["missed"]


def test_form_detected_for_every_workbook(hasil):
    assert hasil["detection"]["wrong"] == []
    assert hasil["summary"]["detection_form"] == 1.0
