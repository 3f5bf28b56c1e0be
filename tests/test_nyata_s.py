"""The checker measured on the held-out set ``benchmarks/nyata_s`` (generalise, do not tune).

Built from SPEC §3, §5–§8 and ECMA-376 alone, apart from the project's code, fixtures and the earlier sets
(``benchmarks/nyata_s/buat.py``), measured with ``benchmarks/nyata_s/ukur.py`` (``benchmarks/nyata/ukur.py``
with the manifest's ``boleh`` findings set apart). Its workbooks carry what Microsoft Excel writes in a
package: rich-text and phonetic shared strings, ``_x000D_``, cached formula results of every type, shared and
dynamic-array formulas, error cells, the 1904 date system, SHA-512 sheet and structure protection,
veryHidden sheets, data validation, tables, outline rows, notes, drawings, ``.xlsm``, Strict Open XML.
"""

from __future__ import annotations

import json
import subprocess
import sys
import zipfile

from nyata_sets import BENCHMARKS, assert_covers_every_form, measuring_tool

SET = BENCHMARKS / "nyata_s"


def _parts(name: str) -> str:
    """Every XML part of a committed workbook, as one text to look for package traits in."""
    with zipfile.ZipFile(SET / "kiriman" / name) as archive:
        names = [n for n in archive.namelist() if n.endswith((".xml", ".rels", ".vml"))]
        return "\n".join(archive.read(n).decode("utf-8") for n in names)


def test_committed_set_is_what_the_generator_builds(tmp_path):
    """The committed workbooks and manifest are byte for byte the generator's output (the generator
    writes every package itself, with fixed dates: Strict packages are not readable by openpyxl, so a
    cell-by-cell comparison would compare nothing)."""
    command = [sys.executable, str(SET / "buat.py"), "--keluaran", str(tmp_path)]
    subprocess.run([*command, "--harapan", str(tmp_path / "h.json")], check=True, capture_output=True)
    assert json.loads((tmp_path / "h.json").read_text()) == json.loads((SET / "harapan.json").read_text())
    committed = sorted(p.name for p in (SET / "kiriman").glob("*.xls*"))
    assert committed == sorted(p.name for p in tmp_path.glob("*.xls*"))
    for name in committed:
        assert (SET / "kiriman" / name).read_bytes() == (tmp_path / name).read_bytes(), name


def test_set_covers_every_form_clean_and_defective():
    files = assert_covers_every_form(SET)
    assert {f["writer"] for f in files} == {"openpyxl", "xlsxwriter"}
    assert sum(f["file"].endswith(".xlsm") for f in files) >= 4
    assert sum(len(f["defects"]) for f in files) == 27


def test_the_packages_carry_what_excel_writes():
    """The traits the set exists for are in the committed packages, not only in the generator."""
    files = json.loads((SET / "harapan.json").read_text())["files"]
    text = {f["file"]: _parts(f["file"]) for f in files}
    every = "\n".join(text.values())
    for trait in (
        "<rPh ", "<phoneticPr ", "_x000D_\n", 'xml:space="preserve"', "<r><rPr>", 't="e"><f>',
        "<v>#REF!</v>", "<v>#N/A</v>", "<v>#DIV/0!</v>", 't="b"><f>', 't="str"><f>', '<f t="shared" ref=',
        '<f t="shared" si=',
        '<f t="array"', 'cm="1"', "XLDAPR", 'date1904="1"', 'algorithmName="SHA-512"', 'lockStructure="1"',
        'state="veryHidden"', "<dataValidation", "<conditionalFormatting", "<legacyDrawing", "<hyperlink",
        "<xdr:pic>", "<tableParts", "outlineLevel=", "#REF!</definedName>", "_xlnm.Print_Titles",
        'state="frozen"', "http://purl.oclc.org/ooxml/spreadsheetml/main", 'conformance="strict"',
        'mc:Ignorable="x14ac xr xr2 xr3"', "x14ac:dyDescent", "<Application>Microsoft Excel</Application>",
    ):
        assert trait in every, trait
    xlsm = [f["file"] for f in files if f["file"].endswith(".xlsm")]
    assert all("xl/vbaProject.bin" in zipfile.ZipFile(SET / "kiriman" / n).namelist() for n in xlsm)
    # Excel keeps text in the shared-string table, never inline
    assert not any('t="inlineStr"' in t for t in text.values())


def test_the_set_is_checked_without_crying_wolf():
    """The targets since its fixes: no finding at all on a clean workbook (beside the ``boleh`` ones on
    hidden outline rows), every injected defect found at its cell, no other error on a defective one, every
    form recognised (``benchmarks/nyata_s/README.md``)."""
    ukur = measuring_tool(SET, "ukur.py")
    result = ukur.measure(SET / "kiriman", SET / "harapan.json")
    assert result["clean"]["false_errors"] == [] and result["clean"]["warnings"] == []
    assert result["recall"]["by_code_cell"] == result["recall"]["defects"] == 27
    assert result["extra_errors_defect_files"] == []
    assert result["detection"]["wrong"] == []
    hidden_rows = {"rk-tanpa-iki", "rk-atasan-kosong", "rk-tanpa-butir-kegiatan", "cara-memantau-kosong"}
    assert {f["code"] for f in result["boleh"]} <= hidden_rows | {"realisasi-kosong"}
