"""The checker measured on the held-out set ``benchmarks/nyata_r`` (generalise, do not tune).

skp's own blank forms (``templates/*.xlsx``/``*.xlsm``) filled the way staff fill them
(``benchmarks/nyata_r/buat.py``, written from SPEC, the docs and the shipped templates alone): rows inserted
inside RK blocks with merges, formulas and validations shifted as Excel shifts them, RK blocks added, unused
rows blank, ``-`` or deleted, Penilaian/Perilaku/Manual IKI/Keterkaitan AK filled, half filled or left with
the template's formulas, LibreOffice re-saves carrying cached values, XlsxWriter copies, ``.xlsm``. The set is
built from the templates as shipped, so a template change means a rebuilt set (this test says so).
"""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys

import openpyxl
import pytest
from nyata_sets import BENCHMARKS, assert_covers_every_form

SET = BENCHMARKS / "nyata_r"


def _cells(path):
    wb = openpyxl.load_workbook(path)
    return {ws.title: [tuple(c.value for c in row) for row in ws.iter_rows()] for ws in wb}


@pytest.mark.libreoffice
def test_committed_set_is_what_the_generator_builds_from_the_shipped_templates(tmp_path):
    """Workbooks (.xlsx and .xlsm) and manifest are the generator's output, cell by cell; when this fails
    after a template change, rebuild the set: `python benchmarks/nyata_r/buat.py`."""
    subprocess.run([sys.executable, str(SET / "buat.py"), "--keluaran", str(tmp_path),
                    "--harapan", str(tmp_path / "h.json")], check=True, capture_output=True)
    assert json.loads((tmp_path / "h.json").read_text()) == json.loads((SET / "harapan.json").read_text())
    committed = sorted(p.name for p in (SET / "kiriman").glob("*.xls*"))
    assert committed == sorted(p.name for p in tmp_path.glob("*.xls*"))
    for name in committed:
        assert _cells(SET / "kiriman" / name) == _cells(tmp_path / name), name


def test_set_covers_every_form_clean_and_defective():
    files = assert_covers_every_form(SET)
    assert {f["writer"] for f in files} == {"openpyxl", "xlsxwriter"}
    assert sum(f["file"].endswith(".xlsm") for f in files) >= 4
    assert 0.4 <= sum(f["libreoffice"] for f in files) / len(files) <= 0.7
    assert len({d["code"] for f in files for d in f["defects"]}) >= 25


def test_set_shows_what_staff_do_to_the_template():
    """The behaviours this set exists for are in the committed workbooks, not only in the generator."""
    files = {f["file"]: f for f in json.loads((SET / "harapan.json").read_text())["files"]}
    layouts = [f["layout"] for f in files.values()]
    assert any(x.get("extra") for x in layouts) and any(x.get("add_rk") for x in layouts)
    assert {x.get("kurang") for x in layouts} >= {"hapus", "strip", None}
    assert {x.get("penilaian") for x in layouts} >= {"isi", "sebagian", None}
    assert any(x.get("rename") for x in layouts) and any(x.get("hapus_lampiran") for x in layouts)
    inserted = openpyxl.load_workbook(SET / "kiriman" / "ja-dasar-02-bersih-empat-iki-sisip.xlsx")["SKP"]
    assert "D16:D19" in {str(m) for m in inserted.merged_cells.ranges}  # the RK cell grew over the new row
    resaved = openpyxl.load_workbook(SET / "kiriman" / "ja-dasar-04-bersih-hapus-baris-penilaian.xlsx",
                                     data_only=True)["Penilaian"]
    assert any(isinstance(c.value, (int, float)) for row in resaved.iter_rows(min_row=16) for c in row)
    raw = openpyxl.load_workbook(SET / "kiriman" / "ja-dasar-01-bersih-tiga-rk-sisa-kosong.xlsx",
                                 data_only=True)["Penilaian"]
    assert not any(c.value for row in raw.iter_rows(min_row=16, max_row=30) for c in row)  # never calculated


def test_the_set_is_checked_without_crying_wolf():
    """No false error or warning on a clean workbook, every injected defect at its cell, no other error on a
    defective one; what the manifest leaves open (``boleh``) stays within the two files that carry it."""
    spec = importlib.util.spec_from_file_location("nyata_r_ukur", SET / "ukur.py")
    assert spec is not None and spec.loader is not None
    ukur = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(ukur)
    result = ukur.measure(SET / "kiriman", SET / "harapan.json")
    assert result["clean"]["false_errors"] == [] and result["clean"]["warnings"] == []
    assert result["recall"]["by_code_cell"] == result["recall"]["defects"] == 33
    assert result["extra_errors_defect_files"] == []
    assert result["detection"]["wrong"] == []
    assert {f["file"] for f in result["boleh"]} <= {"ja-dasar-06-bersih-xlsxwriter-catatan.xlsx",
                                                    "ja-pengembangan-18-cacat-capaian-diketik.xlsx"}
