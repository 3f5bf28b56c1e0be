"""The checker measured on the independent evaluation set ``benchmarks/nyata`` (issue 12).

The set was generated apart from the project's fixtures and templates (``benchmarks/nyata/buat.py``), with
the layouts of SPEC §3.10; ``harapan.json`` says per workbook which form it is, whether it is clean and
which defects were injected where. The targets measured on it are in ``test_nyata_targets.py``.
"""

from __future__ import annotations

from nyata_sets import BENCHMARKS, assert_built_by_generator, assert_covers_every_form

SET = BENCHMARKS / "nyata"


def test_committed_set_is_what_the_generator_builds(tmp_path):
    """The committed workbooks and manifest are exactly the generator's output for its seed."""
    assert_built_by_generator(SET, tmp_path)


def test_set_covers_every_form_clean_and_defective():
    assert_covers_every_form(SET)
