"""The checker measured on the held-out set ``benchmarks/nyata_d`` (generalise, do not tune).

Built from SPEC §3, §3.10 and §5–§7 alone, apart from the project's code, fixtures and the earlier sets
(``benchmarks/nyata_d/buat.py``), measured with ``benchmarks/nyata/ukur.py``.
"""

from __future__ import annotations

from nyata_sets import BENCHMARKS, assert_built_by_generator, assert_covers_every_form

SET = BENCHMARKS / "nyata_d"


def test_committed_set_is_what_the_generator_builds(tmp_path):
    """The committed workbooks and manifest are exactly the generator's output for its seed."""
    assert_built_by_generator(SET, tmp_path)


def test_set_covers_every_form_clean_and_defective():
    files = assert_covers_every_form(SET)
    writers = {f.get("writer") for f in files if f["form"]}
    assert writers == {"openpyxl", "xlsxwriter"}
    special = {f["file"] for f in files if f["form"] is None}
    assert {"lain-pp46-2011.xlsx", "templat-belum-diisi.xlsx", "kosong.xlsx"} <= special
