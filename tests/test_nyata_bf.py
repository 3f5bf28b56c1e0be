"""The checker measured on the held-out set ``benchmarks/nyata_bf`` (generalise, do not tune).

Built from SPEC alone, apart from the project's code, fixtures and the earlier sets
(``benchmarks/nyata_bf/buat.py``): January submissions of a regency's extension workers and cultural
services, with labels in lower case and a trailing colon, identity blocks stacked with the penilai first, the
ASPEK column after the IKI, the unit before the number and the RK atasan written once for all RKs.
Measured with ``benchmarks/nyata_bf/ukur.py``; only the set's shape is held here (measure only, no fixes yet).
"""

from __future__ import annotations

from nyata_sets import (
    BENCHMARKS,
    assert_built_by_generator,
    assert_checked_without_crying_wolf,
    assert_covers_every_form,
)

SET = BENCHMARKS / "nyata_bf"


def test_committed_set_is_what_the_generator_builds(tmp_path):
    """The committed workbooks and manifest are exactly the generator's output for its seed."""
    assert_built_by_generator(SET, tmp_path)


def test_set_covers_every_form_clean_and_defective():
    files = assert_covers_every_form(SET)
    variations = {v for f in files for v in f["variasi"]}
    assert variations >= {"label_kecil", "penilai_dulu_tumpuk", "aspek_setelah_iki", "satuan_di_depan",
                          "rk_atasan_sekali"}
    assert all(2 <= len(f["variasi"]) <= 5 for f in files)


def test_the_set_is_checked_without_crying_wolf():
    """Measured first with 4 false ``kategori-tidak-berurutan`` (a money target in juta over bare levels,
    fixed with ``tests/test_kategori_juta.py``): every form detected, no error and no warning on a clean
    workbook, every injected defect found at its cell, no other error on a defective one."""
    assert_checked_without_crying_wolf(SET, 30)

