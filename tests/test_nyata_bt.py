"""The held-out set ``benchmarks/nyata_bt``: Rencana SKP 2027 and Penilaian SKP 2026 of RSUD Sekar Arum, a
fictional Kota Banyu Langit's hospital, received in January (the Direktur as JPT with Manual IKI rated by the
Wali Kota; Wakil Direktur, Kepala Bagian, Kepala Bidang, Kepala Subbagian and pelaksana as JA; doctors,
nurses, midwives, pharmacists, laboratory, medical-record, nutrition and radiography staff as JF with
Keterkaitan AK, some JF titles written without "Ahli"); fifteen workbooks carry a filled Penilaian sheet.

Built from SPEC alone (``benchmarks/nyata_bt/buat.py``), measured only with ``benchmarks/nyata_bt/ukur.py``:
this test holds the set to its generator and its coverage, not to a measurement (README).
"""

from __future__ import annotations

from nyata_sets import (
    BENCHMARKS,
    assert_built_by_generator,
    assert_covers_every_form,
    assert_manifest_declared,
    assert_penilaian_filled,
    measuring_tool,
    set_generator,
)

SET = BENCHMARKS / "nyata_bt"


def test_committed_set_is_what_the_generator_builds(tmp_path):
    assert_built_by_generator(SET, tmp_path)


def test_set_covers_every_form_clean_and_defective():
    files = assert_covers_every_form(SET)
    buat = set_generator(SET)
    for f in files:
        assert 2 <= len(f["variasi"]) <= 4, f["file"]
        assert not any(ex <= set(f["variasi"]) for ex in buat.EXCLUSIVE), f["file"]
    codes = assert_manifest_declared(files, buat)
    assert 12 <= len(buat.VARIATIONS) <= 15
    assert len(codes) >= 25
    assert set(buat.PENILAIAN_CODES) <= codes


def test_penilaian_workbooks_are_filled():
    assert_penilaian_filled(SET, "penilaian2026")


def test_clean_workbooks_pass_the_independent_recheck():
    """``cek_bersih.py`` re-reads every clean workbook from its cells (NIP, pangkat, jenjang, periode,
    kategori, Penilaian arithmetic) without the generator's model."""
    cek = measuring_tool(SET, "cek_bersih.py")
    for f in assert_covers_every_form(SET):
        if f["clean"]:
            assert cek.check(SET / "kiriman" / f["file"]) == [], f["file"]
