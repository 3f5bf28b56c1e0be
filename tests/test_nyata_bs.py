"""The held-out set ``benchmarks/nyata_bs``: Rencana SKP 2027 and Penilaian SKP 2026 of the Dinas Pendidikan
of a fictional province, its Cabang Dinas Pendidikan Wilayah II, one SMA and one SMK, received in January
(Kepala Dinas as JPT with Manual IKI rated by the Gubernur, Sekretaris, Kepala Bidang, Kepala Cabang Dinas,
Kepala Subbagian and pelaksana as JA, teachers, a head teacher, a school supervisor and office JF with
Keterkaitan AK, JF titles also written without "Ahli"); fourteen workbooks carry a filled Penilaian sheet.

Built from SPEC alone (``benchmarks/nyata_bs/buat.py``), measured only with ``benchmarks/nyata_bs/ukur.py``:
this test holds the set to its generator and its coverage, not to a measurement (README).
"""

from __future__ import annotations

from nyata_sets import (
    BENCHMARKS,
    assert_built_by_generator,
    assert_covers_every_form,
    assert_manifest_declared,
    assert_penilaian_filled,
    set_generator,
)

SET = BENCHMARKS / "nyata_bs"


def test_committed_set_is_what_the_generator_builds(tmp_path):
    assert_built_by_generator(SET, tmp_path)


def test_set_covers_every_form_clean_and_defective():
    files = assert_covers_every_form(SET)
    buat = set_generator(SET)
    for f in files:
        assert 2 <= len(f["variasi"]) <= 4, f["file"]
        assert not any(ex <= set(f["variasi"]) for ex in buat.EXCLUSIVE), f["file"]
    codes = assert_manifest_declared(files, buat)
    assert len(codes) >= 25
    assert set(buat.PENILAIAN_CODES) <= codes


def test_penilaian_workbooks_are_filled():
    assert_penilaian_filled(SET, "penilaian2026")
