"""The checker measured on the held-out set ``benchmarks/nyata_g`` (generalise, do not tune).

Built from SPEC §3, §3.10 and §5–§7 alone, apart from the project's code, fixtures and the earlier sets
(``benchmarks/nyata_g/buat.py``), measured with ``benchmarks/nyata/ukur.py``. Some workbooks are rewritten the
way web applications export them (inline strings, no cell styles) and some are macro-enabled ``.xlsm``.
"""

from __future__ import annotations

import zipfile

from nyata_sets import BENCHMARKS, _cells, assert_built_by_generator, assert_covers_every_form

SET = BENCHMARKS / "nyata_g"


def test_committed_set_is_what_the_generator_builds(tmp_path):
    """The committed workbooks (``.xlsx``, ``.xlsm``) and manifest are the generator's output for its seed."""
    assert_built_by_generator(SET, tmp_path)
    committed = sorted(p.name for p in (SET / "kiriman").glob("*.xlsm"))
    assert committed == sorted(p.name for p in tmp_path.glob("*.xlsm"))
    for name in committed:
        assert _cells(SET / "kiriman" / name) == _cells(tmp_path / name), name


def test_set_covers_every_form_clean_and_defective():
    files = assert_covers_every_form(SET)
    writers = {f.get("writer") for f in files if f["form"]}
    assert writers == {"openpyxl", "xlsxwriter", "inlinestr", "xlsm"}
    special = {f["file"] for f in files if f["form"] is None}
    assert {
        "lain-permen6-2022-rhk.xlsx",
        "templat-isian-belum-diisi.xlsx",
        "buku-kerja-kosong.xlsm",
        "inventaris-barang-bukan-skp.xlsx",
    } == special


def test_rewritten_workbooks_are_what_they_claim():
    """``inlinestr`` files have no shared-strings part; ``xlsm`` files declare the macro-enabled part."""
    for f in assert_covers_every_form(SET):
        with zipfile.ZipFile(SET / "kiriman" / f["file"]) as z:
            names = set(z.namelist())
            types = z.read("[Content_Types].xml").decode()
        if f["writer"] == "inlinestr":
            assert "xl/sharedStrings.xml" not in names, f["file"]
        if f["writer"] == "xlsm":
            assert f["file"].endswith(".xlsm") and "macroEnabled.main+xml" in types, f["file"]
