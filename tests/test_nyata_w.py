"""The checker measured on the held-out set ``benchmarks/nyata_w`` (generalise, do not tune).

Built from SPEC §3, §3.10, §5–§7 and ``docs/kode-temuan.md`` alone, apart from the project's code, fixtures
and the other sets (``benchmarks/nyata_w/buat.py``): SKP workbooks as web applications and non-Microsoft tools
export them. A third of the files is written by real JavaScript libraries (SheetJS ``xlsx``, ExcelJS: node,
``benchmarks/nyata_w/node``), some passed through LibreOffice, the rest by the set's own zip/XML writer
(inline strings, no styles part, no ``<dimension>``, no ``r=`` attributes, rows and cells out of order,
formulas with no cached value). CI needs neither node nor LibreOffice: those files are checked by content,
cell by cell, against the generator's grids; the generator's own files are rebuilt and compared.
"""

from __future__ import annotations

import json
import subprocess
import sys
import warnings
from pathlib import Path
from typing import Any

import openpyxl
from nyata_sets import BENCHMARKS, assert_covers_every_form, measuring_tool, set_generator

SET = BENCHMARKS / "nyata_w"


def _norm(v: Any) -> Any:
    if isinstance(v, bool) or not isinstance(v, int | float):
        return v
    return float(v)


def _cells(path: Path) -> dict[str, dict[str, Any]]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # "Workbook contains no default style": no styles part, on purpose
        wb = openpyxl.load_workbook(path)
    return {ws.title: {c.coordinate: _norm(c.value) for row in ws.iter_rows() for c in row
                       if c.value is not None} for ws in wb}


def _manifest() -> list[dict]:
    return json.loads((SET / "harapan.json").read_text(encoding="utf-8"))["files"]


def test_committed_set_is_what_the_generator_builds(tmp_path):
    """The manifest and the workbooks of the set's own writer are the generator's output for its seed."""
    subprocess.run([sys.executable, str(SET / "buat.py"), "--keluaran", str(tmp_path), "--harapan",
                    str(tmp_path / "h.json"), "--tanpa-luar"], check=True, capture_output=True)
    assert json.loads((tmp_path / "h.json").read_text()) == json.loads((SET / "harapan.json").read_text())
    own = sorted(p.name for p in tmp_path.glob("*.xlsx"))
    assert own == sorted(f["file"] for f in _manifest() if f["writer"] in ("php", "mentah", "acak"))
    for name in own:
        assert _cells(SET / "kiriman" / name) == _cells(tmp_path / name), name


def test_every_workbook_holds_the_generators_grid():
    """Every committed workbook, whoever wrote it (SheetJS, ExcelJS, LibreOffice, own writer), holds exactly
    the cells the generator laid out: values, numbers stored as text, booleans, formula texts."""
    buat = set_generator(SET)
    for b in buat.rancang():
        want = {ws.nama: {k: _norm(v) for k, v in ws.isi().items()} for ws in b.sheets}
        assert _cells(SET / "kiriman" / b.name) == want, b.name


def test_set_covers_every_form_and_every_writer():
    files = assert_covers_every_form(SET)
    assert {f["writer"] for f in files} == {"sheetjs", "exceljs", "php", "mentah", "acak", "libreoffice"}
    for f in files:
        assert f["fitur"][0] == f"penulis:{f['writer']}"
    fitur = {x for f in files for x in f["fitur"]}
    assert fitur >= {"kop-aplikasi", "rk-atasan-sesudah-rk", "label-huruf-judul", "rk-diulang-per-iki",
                     "kolom-satuan", "angka-sebagai-teks", "kolom-tambahan-boolean", "no-rumus-tanpa-nilai",
                     "identitas-tumpuk", "penilaian", "manual-blok", "manual-tabel", "kategori-3",
                     "kategori-5", "sumber-data-satu-kolom"}
    by_writer: dict[str, set[bool]] = {}
    for f in files:
        by_writer.setdefault(f["writer"], set()).add(f["clean"])
    assert all(v == {True, False} for v in by_writer.values()), by_writer


def test_the_set_is_checked_without_crying_wolf():
    """Since the total row under the table ends it (README, ``Sesudah perbaikan``): no error or warning on a
    clean workbook, every injected defect found at its cell, no other error on a defective one."""
    ukur = measuring_tool(SET, "ukur.py")
    result = ukur.measure(SET / "kiriman", SET / "harapan.json")
    assert result["clean"]["false_errors"] == []
    assert result["clean"]["warnings"] == []
    assert result["recall"]["by_code_cell"] == result["recall"]["defects"] == 33
    assert result["extra_errors_defect_files"] == []
    assert result["detection"]["wrong"] == []
    assert result["boleh"] == []
