"""The checker measured on the held-out set ``benchmarks/nyata_i`` (generalise, do not tune).

Built from SPEC §3, §3.10 and §5–§7 alone, apart from the project's code, fixtures and the earlier sets
(``benchmarks/nyata_i/buat.py``), measured with ``benchmarks/nyata/ukur.py``. It leans on how office suites
and agencies write the form: XlsxWriter files resaved by LibreOffice, abbreviated Title Case labels, identity
as one paragraph cell per party, RK numbered ``I.1``/``II.1``, targets and kategori written as phrases,
several RK atasan in one cell, the JF Keterkaitan AK under the plan on the same sheet, an empty copy of the
form sheet and lower-case sheet names with trailing spaces.
"""

from __future__ import annotations

import openpyxl
from nyata_sets import BENCHMARKS, assert_built_by_generator, assert_covers_every_form

SET = BENCHMARKS / "nyata_i"


def test_committed_set_is_what_the_generator_builds(tmp_path):
    """The committed workbooks and manifest are exactly the generator's output for its seed."""
    assert_built_by_generator(SET, tmp_path)


def test_set_covers_every_form_clean_and_defective():
    files = assert_covers_every_form(SET)
    writers = {f.get("writer") for f in files if f["form"]}
    assert writers == {"openpyxl", "xlsxwriter", "libreoffice"}
    special = {f["file"] for f in files if f["form"] is None}
    assert {
        "lain-permen6-2022-rencana-hasil-kerja.xlsx",
        "templat-titik-titik-belum-diisi.xlsx",
        "kosong-dua-sheet-libreoffice.xlsx",
        "bukan-skp-daftar-hadir-apel.xlsx",
    } == special


def test_set_exercises_its_variations():
    """The variations this set exists for are in the committed workbooks, not only in the generator."""
    files = assert_covers_every_form(SET)
    layouts = [f["layout"] for f in files if f["form"]]
    assert {x["id_layout"] for x in layouts} == {"paragraf", "baku", "kapital"}
    assert {x["ak"] for x in layouts if x["ak"]} == {"bawah", "sheet"}
    assert sum(1 for x in layouts if x["empty_copy"]) >= 6
    texts, odd_names = [], 0
    for f in files:
        if not f["form"]:
            continue
        wb = openpyxl.load_workbook(SET / "kiriman" / f["file"])
        odd_names += any(name != name.strip() or name.islower() for name in wb.sheetnames)
        texts += [str(c.value) for ws in wb.worksheets for row in ws.iter_rows() for c in row if c.value]
    assert odd_names >= 20
    joined = "\n".join(texts)
    for phrase in (
        "Renc. Kinerja",
        "Ind. Kinerja Individu",
        "Pgkt/Gol",
        "I.1",
        "II.1",
        "min. ",
        "paling lambat",
        "≥ ",
        "kurang dari",
        "lebih dari",
        "Nama: ",
        "Keterkaitan SKP dengan Angka Kredit",
    ):
        assert phrase in joined, phrase
    assert any(t.count("\n") == 1 and t.startswith("Meningkatnya") for t in texts)
