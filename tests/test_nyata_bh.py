"""The held-out set ``benchmarks/nyata_bh``: what a regency's Dinas Pendidikan dan Kebudayaan sends in
January.

Built from SPEC §2, §3, §5, §7 alone, apart from the project's code, fixtures and the earlier sets
(``benchmarks/nyata_bh/buat.py``), measured with ``benchmarks/nyata_bh/ukur.py``. It leans on the school
world: a satuan pendidikan's own letterhead (logo text, address, NPSN) above the title, ``TA 2026`` in the
title, a period written by months only, a Guru's tugas tambahan next to the jabatan, a Kepala Sekolah (a Guru
with tugas tambahan) as penilai, RK atasan quoted with a leading ``RK 1:``, PPPK Guru, school targets
(``24 JP per minggu``, ``1 semester``, ``KKM 75``, ``90 % siswa``). Measured only (no fix yet): the
measurement is in the README, not asserted here.
"""

from __future__ import annotations

from nyata_sets import (
    BENCHMARKS,
    assert_built_by_generator,
    assert_checked_without_crying_wolf,
    assert_covers_every_form,
)

SET = BENCHMARKS / "nyata_bh"


def test_committed_set_is_what_the_generator_builds(tmp_path):
    """The committed workbooks and manifest are exactly the generator's output for its seed."""
    assert_built_by_generator(SET, tmp_path)


def test_set_covers_every_form_clean_and_defective():
    files = assert_covers_every_form(SET)
    assert len(files) == 50
    assert all(2 <= len(f["variasi"]) <= 5 for f in files)
    names = {v for f in files for v in f["variasi"]}
    assert names >= {
        "kop_satuan",
        "judul_ta",
        "periode_bulan",
        "unit_npsn",
        "tugas_tambahan",
        "rk_atasan_bernomor",
        "ttd_mengetahui",
        "kinerja_tambahan",
    }
    assert any(f["pppk"] for f in files)
    codes = {d["code"] for f in files for d in f["defects"]}
    assert len(codes) >= 15


def test_the_set_is_checked_without_crying_wolf():
    """Every form detected, no error and no warning on a clean workbook, no other error on a defective one,
    every injected defect found at its cell but one ``rk-ganda``, left unreported by choice: the same RK
    text on two adjacent plain rows numbered 1 and 2, in a table that never shows whether NO numbers RKs or
    IKI rows (each RK has one IKI row), reads as one RK with two IKI, as staff who number IKI rows and copy
    the RK down write it (:func:`skp.reading.blocks._starts_new`); a warning there would cry wolf on them."""
    assert_checked_without_crying_wolf(SET, 33, missed=(("jpt-dasar-03-cacat.xlsx", "rk-ganda"),))
