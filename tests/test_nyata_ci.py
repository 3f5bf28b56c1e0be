"""The held-out set ``benchmarks/nyata_ci``: Rencana SKP 2028 of the fictional Pemerintah Kabupaten Karang
Melati (Dinas Perhubungan, Badan Pendapatan Daerah), all six forms, whose Rencana SKP table rows are
structured the way staff structure them: section rows in several spellings or only in column A, ``TUGAS
TAMBAHAN``, Kinerja Tambahan empty, ``-`` or with two or three RK, RK numbered ``1.``, ``I``, ``a.`` or
continuing, IKI numbered ``1.1``, the RK repeated on every IKI row or written once, RK atasan merged over two
RK, an RK with four IKI, spacer rows, a repeated page header, a column-number row and a ``JUMLAH`` row.

Built from SPEC alone (``benchmarks/nyata_ci/buat.py``), measured only with ``benchmarks/nyata_ci/ukur.py``:
this test holds the set to its generator and its coverage, not to a measurement (README).
"""

from __future__ import annotations

from nyata_sets import (
    BENCHMARKS,
    assert_built_by_generator,
    assert_covers_every_form,
    assert_manifest_declared,
    assert_manifest_sheets_exist,
    measuring_tool,
    set_generator,
)

SET = BENCHMARKS / "nyata_ci"


def test_committed_set_is_what_the_generator_builds(tmp_path):
    assert_built_by_generator(SET, tmp_path)


def test_set_covers_every_form_clean_and_defective():
    files = assert_covers_every_form(SET)
    assert len(files) == 45
    buat = set_generator(SET)
    for f in files:
        assert not any(len(ex & set(f["variasi"])) > 1 for ex in buat.EXCLUSIVE), f["file"]
    codes = assert_manifest_declared(files, buat)
    assert codes == set(buat.DEFECTS)


def test_every_plan_code_sits_in_a_modified_table():
    """Each inserted defect lies in a workbook whose table carries at least two row-structure variations."""
    for f in assert_covers_every_form(SET):
        assert len(f["variasi"]) >= 2, f["file"]


def test_manifest_cells_exist_in_their_sheets():
    assert_manifest_sheets_exist(SET, frozenset({"Keterkaitan SKP-AK", "Manual IKI"}))


def test_clean_workbooks_pass_the_independent_recheck():
    """``cek_bersih.py`` re-reads every workbook from its cells (identity, periode, the table row by row
    whatever its section rows, numbering, merges, spacers and repeated headers, kategori, annexes): clean ones
    pass, and it sees every defective one."""
    cek = measuring_tool(SET, "cek_bersih.py")
    for f in assert_covers_every_form(SET):
        seen = cek.check(SET / "kiriman" / f["file"], f["form"])
        assert (seen == []) == f["clean"], (f["file"], seen)
