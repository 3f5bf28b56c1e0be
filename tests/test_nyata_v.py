"""The held-out set ``benchmarks/nyata_v``: SKP sent as legacy Excel 97–2003 workbooks (``.xls``, BIFF8).

Built from SPEC §3, §3.10, §5–§7 alone, apart from the project's code, fixtures and the other sets' generators
(``benchmarks/nyata_v/buat.py``), by two independent writers (xlwt straight to BIFF8; XlsxWriter saved
again as ``xls:"MS Excel 97"`` by LibreOffice). LibreOffice stamps times into the file, so the set is
compared with its generator's output by cell values as python-calamine reads them, not by bytes.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from nyata_sets import BENCHMARKS, assert_covers_every_form, measuring_tool
from python_calamine import CalamineWorkbook

SET = BENCHMARKS / "nyata_v"


def _cells(path: Path) -> list[tuple[str, str, list[list]]]:
    wb = CalamineWorkbook.from_path(str(path))
    out = []
    for meta in wb.sheets_metadata:
        out.append((meta.name, str(meta.visible), wb.get_sheet_by_name(meta.name).to_python()))
    return out


def test_committed_set_is_what_the_generator_builds(tmp_path):
    """The committed workbooks and manifest are the generator's output for its seed, cell value by cell
    value, sheet by sheet (names, order, hidden or not)."""
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
        timeout=240,
    )
    assert json.loads((tmp_path / "h.json").read_text()) == json.loads((SET / "harapan.json").read_text())
    committed = sorted(p.name for p in (SET / "kiriman").glob("*.xls"))
    assert committed == sorted(p.name for p in tmp_path.glob("*.xls"))
    for name in committed:
        assert _cells(SET / "kiriman" / name) == _cells(tmp_path / name), name


def test_set_covers_every_form_with_both_writers():
    files = assert_covers_every_form(SET)
    assert all(f["file"].endswith(".xls") for f in files)
    for p in (SET / "kiriman").glob("*.xls"):
        assert p.read_bytes()[:8] == bytes.fromhex("d0cf11e0a1b11ae1"), p.name  # OLE2 compound file
    for form in {f["form"] for f in files}:
        for writer in ("xlwt", "xlsxwriter+libreoffice"):
            of = [f for f in files if f["form"] == form and f["writer"] == writer]
            assert any(f["clean"] for f in of) and any(not f["clean"] for f in of), (form, writer)
    assert any(f["layout"]["penilaian"] for f in files if f["clean"])
    assert any(f["layout"]["penilaian"] for f in files if not f["clean"])
    assert any(d["code"] == "nip-tidak-valid" for f in files for d in f["defects"])


def test_the_set_is_checked_without_crying_wolf():
    """Since its fix (a .xls number format's words read as shown): no error and no warning on a clean
    workbook, every injected defect found at its cell, no other error on a defective one."""
    ukur = measuring_tool(SET, "ukur.py")
    result = ukur.measure(SET / "kiriman", SET / "harapan.json")
    assert result["clean"]["false_errors"] == []
    assert result["clean"]["warnings"] == []
    assert result["recall"]["by_code_cell"] == result["recall"]["defects"] == 31
    assert result["extra_errors_defect_files"] == []
    assert result["detection"]["wrong"] == []
