"""The checker measured on the held-out set ``benchmarks/nyata_l`` (generalise, do not tune).

Built from SPEC §3–§8 alone, apart from the project's code, fixtures and the earlier sets
(``benchmarks/nyata_l/buat.py``), measured with ``benchmarks/nyata/ukur.py``. It leans on workbooks as
spreadsheet services export them (hand-written SpreadsheetML: shared or inline strings, unstyled cells,
cached formula results of every type, shared formulas, checkboxes, float artefacts), identity taken by
formula from a hidden lookup sheet, PPPK employees, acting or political penilai, labels with required-field
stars, footnote marks and invisible characters, unusual column orders and a very long plan.
"""

from __future__ import annotations

import zipfile

import openpyxl
from nyata_sets import BENCHMARKS, assert_built_by_generator, assert_covers_every_form, measuring_tool

SET = BENCHMARKS / "nyata_l"


def test_committed_set_is_what_the_generator_builds(tmp_path):
    """The committed workbooks and manifest are exactly the generator's output for its seed."""
    assert_built_by_generator(SET, tmp_path)


def test_set_covers_every_form_clean_and_defective():
    files = assert_covers_every_form(SET)
    assert {f["writer"] for f in files if f["form"]} == {"openpyxl", "gsheets", "wps"}
    special = {f["file"] for f in files if f["form"] is None}
    assert {
        "templat-berumus-belum-diisi.xlsx",
        "skp-permenpan-6-2022-wps.xlsx",
        "respons-formulir-unggah-skp.xlsx",
        "skp-pp46-sasaran-kerja.xlsx",
    } == special


def test_set_exercises_its_variations():
    """The variations this set exists for are in the committed workbooks, not only in the generator."""
    files = assert_covers_every_form(SET)
    layouts = [f["layout"] for f in files if f["form"]]
    assert {x["labels"] for x in layouts} == {"biasa", "bintang", "catatan", "unicode"}
    assert {x["cols"] for x in layouts} >= {"baku", "rk_dulu", "no_iki", "aspek_akhir"}
    assert sum(1 for x in layouts if x["pppk"]) >= 6
    assert sum(1 for x in layouts if x["id_layout"] == "rumus") >= 6
    assert any(x["long"] for x in layouts) and any(x["lampiran"] for x in layouts)
    hidden, str_results, errors, shared, booleans, inline = 0, 0, 0, 0, 0, 0
    for f in files:
        path = SET / "kiriman" / f["file"]
        with zipfile.ZipFile(path) as z:
            xml = "".join(z.read(n).decode() for n in z.namelist() if n.startswith("xl/worksheets/"))
        str_results += 't="str"><f>' in xml
        errors += "<v>#N/A</v>" in xml
        shared += 't="shared"' in xml
        booleans += 't="b"' in xml
        inline += 't="inlineStr"' in xml
        wb = openpyxl.load_workbook(path)
        hidden += any(ws.sheet_state == "hidden" for ws in wb.worksheets)
    assert hidden >= 6 and str_results >= 6 and errors >= 1 and shared >= 3 and booleans >= 3 and inline >= 10


def test_checker_holds_its_targets_on_the_set():
    """Measured as ``benchmarks/nyata/ukur.py`` does: no finding at all on a clean workbook, every injected
    defect at its cell, every form detected, no other ``error`` on a defective workbook."""

    ukur = measuring_tool(BENCHMARKS / "nyata", "ukur.py")
    hasil = ukur.measure(SET / "kiriman", SET / "harapan.json")
    assert hasil["clean"]["false_errors"] == [] and hasil["clean"]["warnings"] == []
    assert hasil["recall"]["by_code_cell"] == hasil["recall"]["defects"] == 29, hasil["recall"]["missed"]
    assert hasil["detection"]["wrong"] == [] and hasil["extra_errors_defect_files"] == []
