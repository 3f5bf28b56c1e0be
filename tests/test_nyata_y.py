"""The checker measured on the held-out set ``benchmarks/nyata_y`` (generalise, do not tune).

Built from SPEC §3, §3.10, §5–§7 and ``docs/kode-temuan.md`` alone, apart from the project's code, fixtures
and the earlier sets (``benchmarks/nyata_y/buat.py``), measured with ``benchmarks/nyata_y/ukur.py``. Its theme
is the SKP table pasted into Excel from a Word document or a PDF print-out: texts of several lines split over
rows (with or without merged cells, or flowing down the IKI rows as a PDF copy does), header labels split over
two rows, spacer columns, numbering ``1.``/``1)``/``a.``/``•``, invisible characters, ligatures, hyphenated
line breaks, numbers with stray spaces, the table moved right or down, a document title above it, capitals.
"""

from __future__ import annotations

import json

from nyata_sets import BENCHMARKS, assert_built_by_generator, assert_covers_every_form, measuring_tool

SET = BENCHMARKS / "nyata_y"


def _manifest() -> list[dict]:
    return json.loads((SET / "harapan.json").read_text(encoding="utf-8"))["files"]


def test_committed_set_is_what_the_generator_builds(tmp_path):
    """The committed workbooks and manifest are exactly the generator's output for its seed."""
    assert_built_by_generator(SET, tmp_path)


def test_set_covers_every_form_and_every_way_of_pasting():
    files = assert_covers_every_form(SET)
    assert len(files) == 50
    assert {f["layout"]["tempel"] for f in files} == {"gabung", "lanjutan", "alir", "utuh"}
    assert {f["writer"] for f in files} == {"openpyxl", "xlsxwriter", "openpyxl+libreoffice"}
    assert {f["layout"]["penomoran"] for f in files} == {"1", "1.", "1)", "a.", "•"}
    assert any(f["penilaian"] and f["clean"] for f in files)
    assert any(f["penilaian"] and not f["clean"] for f in files)
    for f in files:
        for d in f["defects"]:
            assert d["severity"] in ("error", "peringatan")
            assert d["cell"] is not None or d["code"] == "perspektif-tidak-lengkap"


def _measure() -> dict:
    ukur = measuring_tool(SET, "ukur.py")
    return ukur.measure(SET / "kiriman", SET / "harapan.json")


def test_the_set_is_checked_without_crying_wolf():
    """Since its fixes: every form detected, every injected defect found at its cell, no warning on a clean
    workbook, no false error, and no other error on a defective file (the last six, on a table copied from a
    PDF in capitals, went with the reading of caseless tables by their structure:
    tests/test_reader_tempel.py)."""
    result = _measure()
    assert result["detection"]["wrong"] == []
    assert result["recall"]["by_code_cell"] == result["recall"]["defects"] == 30
    assert result["clean"]["warnings"] == []
    assert {(f["file"], f["code"], f["cell"]) for f in result["clean"]["false_errors"]} == set()
    assert result["extra_errors_defect_files"] == []
