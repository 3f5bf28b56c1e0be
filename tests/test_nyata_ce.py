"""The held-out set ``benchmarks/nyata_ce``: Rencana SKP 2026 of the fictional Pemerintah Kabupaten Pematang
Jingga (Dinas PUPR, Bapperida, Dinas Kesehatan) whose JA/JF workbooks carry the Matriks Pembagian Peran dan
Hasil next to the Rencana SKP, as koordinators make it: the koordinator's RK across the top (merged or not),
the jenis penyelarasan in its own row or after a dash and written six ways, members as jabatan, as lines of
one cell or in columns, members from other units, KETERANGAN and NO columns, the koordinator's own row, ``-``
cells, the matrix transposed, a title with unit and year, a signature, the Matriks as first sheet; JPT and
some Model Dasar workbooks without a Matriks; two Matriks sent alone.

Built from SPEC alone (``benchmarks/nyata_ce/buat.py``), measured only with ``benchmarks/nyata_ce/ukur.py``:
this test holds the set to its generator and its coverage, not to a measurement (README)."""

from __future__ import annotations

import json

import openpyxl
from nyata_sets import (
    BENCHMARKS,
    assert_built_by_generator,
    assert_covers_every_form,
    assert_manifest_declared,
    assert_manifest_sheets_exist,
    measuring_tool,
    set_generator,
)

SET = BENCHMARKS / "nyata_ce"


def _files() -> list[dict]:
    return json.loads((SET / "harapan.json").read_text(encoding="utf-8"))["files"]


def test_committed_set_is_what_the_generator_builds(tmp_path):
    assert_built_by_generator(SET, tmp_path)


def test_set_covers_every_form_clean_and_defective():
    files = assert_covers_every_form(SET)
    assert len(files) == 45
    buat = set_generator(SET)
    for f in files:
        var = set(f["variasi"])
        assert not any(len(ex & var) > 1 for ex in buat.EXCLUSIVE), f["file"]
        if f["matriks"]:
            assert all(len(set(g) & var) == 1 for g in buat.GROUPS), f["file"]
            assert len(var) >= 6, f["file"]
        else:
            assert var <= {"judul_rk_diintervensi"}, f["file"]
        for d in f["defects"]:
            assert (d["sheet"] is None) == (d["cell"] is None), (f["file"], d)
    codes = assert_manifest_declared(files, buat)
    assert len(codes) >= 15
    defects = [d for f in files for d in f["defects"]]
    assert sum(d["code"] in buat.KASKADE_CODES for d in defects) >= 10


def test_matrix_stands_where_the_set_says():
    """Every JA/JF Model Pengembangan workbook carries a Matriks and no JPT workbook does; Model Dasar both
    with and without; the two workbooks holding only a Matriks are its ``bukan-skp`` defects."""
    files = _files()
    for f in files:
        if f["form"] is None:
            assert f["matriks"] and [d["code"] for d in f["defects"]] == ["bukan-skp"], f["file"]
        elif f["form"].startswith("jpt"):
            assert f["matriks"] is None, f["file"]
        elif f["form"].endswith("pengembangan"):
            assert f["matriks"], f["file"]
    dasar = [f for f in files if f["form"] in ("ja-dasar", "jf-dasar")]
    assert any(f["matriks"] for f in dasar) and not all(f["matriks"] for f in dasar)
    assert sum(bool(f["matriks"]) for f in files) >= 25


def test_every_matrix_is_read_back_with_its_jenis_penyelarasan():
    """``cek_bersih.py`` reads each Matriks from its cells whatever its layout: the koordinator's RK in order,
    each with the jenis penyelarasan the team agreed, and every member row."""
    cek = measuring_tool(SET, "cek_bersih.py")
    bank = set_generator(SET).bank
    for f in _files():
        if not f["matriks"]:
            continue
        wb = openpyxl.load_workbook(SET / "kiriman" / f["file"])
        mx = cek.read_matrix(cek.matrix_sheet(wb))
        team = bank.TEAMS[f["matriks"]]
        assert [j for _, j in mx["rks"]] == [c[1] for c in team["columns"]], f["file"]
        members = [m[0] for m in team["members"]]
        if "anggota_unit_lain" not in f["variasi"]:  # members from other units are left out
            members = [p for p in members if bank.PEOPLE[p]["penilai"] is not None]
        expected = len(members) + ("baris_koordinator" in f["variasi"])
        assert len(mx["members"]) == expected, f["file"]


def test_manifest_cells_exist_in_their_sheets():
    assert_manifest_sheets_exist(SET)


def test_clean_workbooks_pass_the_independent_recheck():
    """``cek_bersih.py`` re-reads every workbook from its cells (identity, periode, plan table, kategori,
    cara memantau, annexes, and the Matriks against the Rencana): clean ones pass, and it sees every defective
    one."""
    cek = measuring_tool(SET, "cek_bersih.py")
    for f in assert_covers_every_form(SET):
        seen = cek.check(SET / "kiriman" / f["file"], f["form"])
        assert (seen == []) == f["clean"], (f["file"], seen)
