"""The held-out set ``benchmarks/nyata_bw``: Rencana SKP 2027 (and Penilaian SKP 2026) of the Badan
Pendapatan Daerah and the Badan Pengelolaan Keuangan dan Aset Daerah of the fictional Provinsi Tanjung Marwah,
mostly JA/JF Model Pengembangan whose kategori penilaian cells are written as staff write them (``≥ 95 %``,
``>= 95%``,
``95 s.d. 100 %``, ``kurang dari 90 %``, ``di atas 12 laporan``, ``paling lama 2 hari``, ``Rp 450.000.000``,
``BAIK: 12 laporan``, three, four or five levels, CUKUP and SANGAT BAIK only, a ``TARGET/BAIK`` column,
words).

Built from SPEC alone (``benchmarks/nyata_bw/buat.py``), measured only with ``benchmarks/nyata_bw/ukur.py``:
this test holds the set to its generator and its coverage, not to a measurement (README).
"""

from __future__ import annotations

from collections import Counter

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

SET = BENCHMARKS / "nyata_bw"


def test_committed_set_is_what_the_generator_builds(tmp_path):
    assert_built_by_generator(SET, tmp_path)


def test_set_covers_every_form_clean_and_defective():
    files = assert_covers_every_form(SET)
    buat = set_generator(SET)
    forms = Counter(f["form"] for f in files)
    assert (forms["ja-pengembangan"] + forms["jf-pengembangan"]) / len(files) >= 0.75
    for f in files:
        assert not any(len(ex & set(f["variasi"])) > 1 for ex in buat.EXCLUSIVE), f["file"]
        for d in f["defects"]:
            assert (d["sheet"] is None) == (d["cell"] is None), (f["file"], d)
    codes = assert_manifest_declared(files, buat)
    assert len(codes) >= 20
    assert codes >= buat.KATEGORI_CODES
    assert set(buat.PENILAIAN_CODES) <= codes


def test_manifest_cells_exist_in_their_sheets():
    assert_manifest_sheets_exist(SET, frozenset({"Keterkaitan AK", "Manual IKI"}))


def test_penilaian_workbooks_are_filled():
    assert_penilaian_filled(SET, "-penilaian2026-")


def test_clean_workbooks_pass_the_independent_recheck():
    """``cek_bersih.py`` re-reads every workbook from its cells (identity, periode, plan table, its own
    parser of the kategori texts, annexes, Penilaian arithmetic): clean ones pass, and it sees every defective
    one."""
    cek = measuring_tool(SET, "cek_bersih.py")
    for f in assert_covers_every_form(SET):
        seen = cek.check(SET / "kiriman" / f["file"], f["form"])
        assert (seen == []) == f["clean"], (f["file"], seen)
