"""The checker measured on the held-out set ``benchmarks/nyata_h`` (generalise, do not tune).

Built from SPEC §3, §3.10 and §5–§7 alone, apart from the project's code, fixtures and the earlier sets
(``benchmarks/nyata_h/buat.py``), measured with ``benchmarks/nyata/ukur.py``. It leans on the annexes
(Matriks Pembagian Peran dan Hasil, Manual IKI, Keterkaitan AK), the Penilaian sheet, JPT perspektif and
workbook-level features (chart sheets, images, defined names, protected sheets).
"""

from __future__ import annotations

import openpyxl
from nyata_sets import BENCHMARKS, assert_built_by_generator, assert_covers_every_form

SET = BENCHMARKS / "nyata_h"


def test_committed_set_is_what_the_generator_builds(tmp_path):
    """The committed workbooks and manifest are exactly the generator's output for its seed."""
    assert_built_by_generator(SET, tmp_path)


def test_set_covers_every_form_clean_and_defective():
    files = assert_covers_every_form(SET)
    writers = {f.get("writer") for f in files if f["form"]}
    assert writers == {"openpyxl", "xlsxwriter"}
    special = {f["file"] for f in files if f["form"] is None}
    assert {
        "lain-pp46-penilaian-capaian.xlsx",
        "templat-terkunci-belum-diisi.xlsx",
        "buku-kerja-kosong-berformat.xlsx",
        "laporan-capaian-program-bukan-skp.xlsx",
    } == special


def test_set_exercises_the_annexes_and_workbook_features():
    """The variations this set exists for are in the committed workbooks, not only in the generator."""
    files = assert_covers_every_form(SET)
    sheets = {}
    for f in files:
        if f["form"]:
            wb = openpyxl.load_workbook(SET / "kiriman" / f["file"])
            sheets[f["file"]] = wb
    assert any(wb.chartsheets for wb in sheets.values())
    assert any(wb.defined_names for wb in sheets.values())
    assert any(ws.protection.sheet for wb in sheets.values() for ws in wb.worksheets)
    layouts = [f["layout"] for f in files if f["form"]]
    assert {x["manual"] for x in layouts if x["manual"]} == {"blok", "acak", "bawah"}
    assert {x["ak"] for x in layouts if x["ak"]} == {"baku", "kode", "gabung"}
    assert {x["matriks"] for x in layouts if x["matriks"]} == {"pisah", "gabung"}
    assert {x["id_layout"] for x in layouts} >= {"turun", "sisip"}
    assert sum(1 for x in layouts if x["penilaian"]) >= 12


def test_batch_scope_defects_are_found_by_the_batch_check():
    """``target-kaskade-tidak-seimbang`` is a batch check (SPEC §7 scope), which ``ukur.py``'s per-file
    pipeline does not run: each such injected defect is found by it over a hierarchy of its one
    submission, at the manifest's cell; no clean Matriks gives it."""
    import json

    from skp.checks.kumpulan import batch_findings
    from skp.config import Config
    from skp.hierarchy.entry import entry_from
    from skp.hierarchy.links import Hierarchy, rules_of
    from skp.periksa import check_path

    config = Config()
    files = json.loads((SET / "harapan.json").read_text())["files"]
    with_matriks = [f for f in files if f["form"] and f["layout"]["matriks"]]
    assert len(with_matriks) >= 8
    for f in with_matriks:
        report, document = check_path(SET / "kiriman" / f["file"], config)
        found = batch_findings(Hierarchy([entry_from(report, document)], rules_of(config)), config)
        got = {(x.code, x.sheet, x.cell) for items in found.values() for x in items
               if x.code == "target-kaskade-tidak-seimbang"}
        want = {(d["code"], d["sheet"], d["cell"]) for d in f["defects"]
                if d["code"] == "target-kaskade-tidak-seimbang"}
        assert got == want, f["file"]
