"""The held-out set ``benchmarks/nyata_bu``: Rencana SKP 2027 and Penilaian SKP 2026 of the Dinas Kelautan dan
Perikanan and the Dinas Perhubungan of Kabupaten Kepulauan Teluk Sembilan, a fictional island regency,
received in January (two Kepala Dinas as JPT with Manual IKI, one rated by the Bupati without NIP and pangkat,
one by the Sekretaris Daerah; Sekretaris, Kepala Bidang, Kepala Seksi/Subbagian and pelaksana as JA; penyuluh,
pengawas perikanan, penguji kendaraan bermotor, analis kebijakan, perencana, pranata komputer, pengelola
pengadaan and arsiparis as JF with Keterkaitan AK, some titles written without "Ahli"); fifteen workbooks
carry a filled Penilaian sheet.

Built from SPEC alone (``benchmarks/nyata_bu/buat.py``), measured only with ``benchmarks/nyata_bu/ukur.py``:
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

SET = BENCHMARKS / "nyata_bu"


def test_committed_set_is_what_the_generator_builds(tmp_path):
    assert_built_by_generator(SET, tmp_path)


def test_set_covers_every_form_clean_and_defective():
    files = assert_covers_every_form(SET)
    buat = set_generator(SET)
    for f in files:
        assert 2 <= len(f["variasi"]) <= 4, f["file"]
        assert not any(ex <= set(f["variasi"]) for ex in buat.EXCLUSIVE), f["file"]
        for d in f["defects"]:
            assert (d["sheet"] is None) == (d["cell"] is None), (f["file"], d)
    codes = assert_manifest_declared(files, buat)
    assert 12 <= len(buat.VARIATIONS) <= 16
    assert len(codes) >= 25
    assert set(buat.PENILAIAN_CODES) <= codes


def test_manifest_cells_exist_in_their_sheets():
    assert_manifest_sheets_exist(SET)


def test_penilaian_workbooks_are_filled():
    assert_penilaian_filled(SET, "-penilaian2026-")


def test_clean_workbooks_pass_the_independent_recheck():
    """``cek_bersih.py`` re-reads every clean workbook from its cells (NIP, pangkat, jenjang, periode, plan
    table, kategori, annexes, Penilaian arithmetic) without the generator's model, and sees something on every
    defective one."""
    cek = measuring_tool(SET, "cek_bersih.py")
    for f in assert_covers_every_form(SET):
        seen = cek.check(SET / "kiriman" / f["file"], f["form"])
        assert (seen == []) == f["clean"], (f["file"], seen)
