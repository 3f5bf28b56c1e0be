"""The held-out set ``benchmarks/nyata_bz``: Rencana SKP 2027 (and Penilaian SKP 2026) of the Dinas
Kelautan dan Perikanan, Dinas Tenaga Kerja dan Transmigrasi, Biro Umum Setda and UPTD Balai Latihan Kerja of
the fictional Provinsi Teluk Sendana, whose plan tables keep every official column and add the agency's own:
TARGET split into ``TARGET | SATUAN`` or ``VOLUME | SATUAN``, ``TARGET 2027`` with ``TW I … TW IV``,
``KODE RK``/``KODE IKI``, ``BOBOT (%)``, ``JENIS RK``, ``SUMBER ANGGARAN``, ``LOKASI``, ``KETERANGAN``,
``PARAF``, ASPEK after the IKI, NO per IKI, an empty separator column and a column-number row.

Built from SPEC alone (``benchmarks/nyata_bz/buat.py``), measured only with ``benchmarks/nyata_bz/ukur.py``:
this test holds the set to its generator and its coverage, not to a measurement (README).
"""

from __future__ import annotations

from nyata_sets import (
    BENCHMARKS,
    assert_built_by_generator,
    assert_covers_every_form,
    assert_manifest_declared,
    assert_manifest_sheets_exist,
    assert_penilaian_filled,
    measuring_tool,
    set_generator,
)

SET = BENCHMARKS / "nyata_bz"


def test_committed_set_is_what_the_generator_builds(tmp_path):
    assert_built_by_generator(SET, tmp_path)


def test_set_covers_every_form_clean_and_defective():
    files = assert_covers_every_form(SET)
    buat = set_generator(SET)
    for f in files:
        assert not any(len(ex & set(f["variasi"])) > 1 for ex in buat.EXCLUSIVE), f["file"]
        for d in f["defects"]:
            assert (d["sheet"] is None) == (d["cell"] is None), (f["file"], d)
            if d["code"] in buat.NEEDS_SPLIT:
                assert set(f["variasi"]) & buat.SPLIT, (f["file"], d["code"])
    codes = assert_manifest_declared(files, buat)
    assert len(codes) >= 20
    assert codes >= buat.KATEGORI_CODES
    assert set(buat.PENILAIAN_CODES) <= codes
    assert codes >= buat.NEEDS_SPLIT


def test_manifest_cells_exist_in_their_sheets():
    assert_manifest_sheets_exist(SET)


def test_penilaian_workbooks_are_filled():
    assert_penilaian_filled(SET, "-penilaian2026-")


def test_clean_workbooks_pass_the_independent_recheck():
    """``cek_bersih.py`` re-reads every workbook from its cells (identity, periode, the plan table found by
    its labels through split and extra columns, kategori order, annexes, Penilaian arithmetic): clean ones
    pass, and it sees every defective one."""
    cek = measuring_tool(SET, "cek_bersih.py")
    for f in assert_covers_every_form(SET):
        seen = cek.check(SET / "kiriman" / f["file"], f["form"])
        assert (seen == []) == f["clean"], (f["file"], seen)
