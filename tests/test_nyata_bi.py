"""The checker measured on the held-out set ``benchmarks/nyata_bi`` (generalise, do not tune).

Built from SPEC §3.8, §3.9, §6 and §7 and ``docs/penilaian.md`` alone, apart from the project's code: the
end-of-year Penilaian SKP of Dinas Lingkungan Hidup and Dinas PUPR (Kabupaten Sendang Mulyo, fictional),
filled by hand, every number computed by the generator's own SPEC §6 scoring
(``benchmarks/nyata_bi/buat.py``).
"""

from __future__ import annotations

import json

from nyata_sets import (
    BENCHMARKS,
    assert_built_by_generator,
    assert_checked_without_crying_wolf,
    assert_covers_every_form,
)

SET = BENCHMARKS / "nyata_bi"


def test_committed_set_is_what_the_generator_builds(tmp_path):
    """The committed workbooks and manifest are exactly the generator's output for its seed."""
    assert_built_by_generator(SET, tmp_path)


def test_set_covers_every_form_with_a_filled_penilaian():
    files = assert_covers_every_form(SET)
    assert all(f["variasi"] for f in files)
    codes = {d["code"] for f in files for d in f["defects"]}
    assert codes >= {"capaian-tidak-sesuai", "predikat-tidak-sesuai", "realisasi-kosong"}
    manifest = json.loads((SET / "harapan.json").read_text(encoding="utf-8"))
    assert manifest["set"] == "nyata_bi"


def test_the_set_is_checked_without_crying_wolf():
    """The first measurement (README): every form detected, no error and no warning on a clean workbook, all
    30 injected defects found at their cells, no other error on a defective one."""
    assert_checked_without_crying_wolf(SET, 30)
