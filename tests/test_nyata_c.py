"""The checker measured on the held-out set ``benchmarks/nyata_c`` (issue 12: generalise, do not tune).

Built apart from the project's code, fixtures and the two earlier sets (``benchmarks/nyata_c/buat.py``),
measured with ``benchmarks/nyata/ukur.py``; the targets measured on it are in ``test_nyata_targets.py``.
"""

from __future__ import annotations

from nyata_sets import BENCHMARKS, assert_built_by_generator, assert_covers_every_form

SET = BENCHMARKS / "nyata_c"


def test_committed_set_is_what_the_generator_builds(tmp_path):
    """The committed workbooks and manifest are exactly the generator's output for its seed."""
    assert_built_by_generator(SET, tmp_path)


def test_set_covers_every_form_clean_and_defective():
    files = assert_covers_every_form(SET)
    writers = {f.get("writer") for f in files if f["form"]}
    assert writers == {"openpyxl", "xlsxwriter"}
