"""The checker measured on the held-out set ``benchmarks/nyata_f`` (generalise, do not tune).

Built from SPEC §3, §3.10 and §5–§7 alone, apart from the project's code, fixtures and the earlier sets
(``benchmarks/nyata_f/buat.py``), measured with ``benchmarks/nyata/ukur.py``. Some workbooks are saved again
by LibreOffice (``soffice``), so rebuilding the set needs it on the machine.
"""

from __future__ import annotations

from nyata_sets import BENCHMARKS, assert_built_by_generator, assert_covers_every_form

SET = BENCHMARKS / "nyata_f"


def test_committed_set_is_what_the_generator_builds(tmp_path):
    """The committed workbooks and manifest are exactly the generator's output for its seed."""
    assert_built_by_generator(SET, tmp_path)


def test_set_covers_every_form_clean_and_defective():
    files = assert_covers_every_form(SET)
    writers = {f.get("writer") for f in files if f["form"]}
    assert writers == {"openpyxl", "xlsxwriter", "libreoffice"}
    special = {f["file"] for f in files if f["form"] is None}
    assert {
        "lain-pp46-2011.xlsx",
        "templat-uraian-belum-diisi.xlsx",
        "rencana-anggaran-kas-bukan-skp.xlsx",
        "buku-kerja-kosong-libreoffice.xlsx",
    } == special
