"""The held-out set ``benchmarks/nyata_cb``: Rencana SKP 2027 of the fictional Pemerintah Kabupaten Bukit
Cendana (BKPSDM, Dinas Pertanian, RSUD, Sekretariat DPRD) whose identity block (kop) is modified the way
agencies modify it: extra identity rows (TMT JABATAN, ESELON, PENDIDIKAN TERAKHIR, NO. HP, E-MAIL, STATUS
KEPEGAWAIAN, INSTANSI, MASA KERJA), a third block ATASAN PEJABAT PENILAI KINERJA, blocks stacked, a colon
column, ``NAMA : …`` in one cell, ``NIP. 1980…``, gelar, ``Penata Tk. I (III/d)`` or PANGKAT and GOL. RUANG
rows, unit kerja on two rows, three ways of writing the periode, a Pemda letterhead, a ``Mengetahui``
signature; JPT rated by the Bupati; PPPK.

Built from SPEC alone (``benchmarks/nyata_cb/buat.py``), measured only with ``benchmarks/nyata_cb/ukur.py``:
this test holds the set to its generator and its coverage, not to a measurement (README).
"""

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

SET = BENCHMARKS / "nyata_cb"


def test_committed_set_is_what_the_generator_builds(tmp_path):
    assert_built_by_generator(SET, tmp_path)


def test_set_covers_every_form_clean_and_defective():
    files = assert_covers_every_form(SET)
    assert len(files) == 45
    buat = set_generator(SET)
    for f in files:
        assert not any(len(ex & set(f["variasi"])) > 1 for ex in buat.EXCLUSIVE), f["file"]
        for d in f["defects"]:
            assert (d["sheet"] is None) == (d["cell"] is None), (f["file"], d)
    codes = assert_manifest_declared(files, buat)
    assert codes >= buat.KOP_CODES
    assert len(codes - buat.KOP_CODES) >= 8
    defects = [d for f in files for d in f["defects"]]
    assert sum(d["code"] in buat.KOP_CODES for d in defects) > len(defects) / 2


def test_every_file_carries_kop_modifications():
    """Each workbook carries at least three of the agency modifications of the kop."""
    for f in json.loads((SET / "harapan.json").read_text())["files"]:
        assert len(f["variasi"]) >= 3, f["file"]


def test_third_block_is_never_the_penilai():
    """The ATASAN PEJABAT PENILAI KINERJA block names another person than the PEJABAT PENILAI KINERJA
    block."""
    cek = measuring_tool(SET, "cek_bersih.py")
    seen = 0
    for f in json.loads((SET / "harapan.json").read_text())["files"]:
        if "blok_atasan_penilai" not in f["variasi"]:
            continue
        ws = openpyxl.load_workbook(SET / "kiriman" / f["file"]).worksheets[0]
        ids = cek.identity(cek.grid(ws))
        assert ids["ats"]["nama"] and ids["ats"]["nama"] != ids["pen"]["nama"], f["file"]
        seen += 1
    assert seen >= 5


def test_manifest_cells_exist_in_their_sheets():
    assert_manifest_sheets_exist(SET, frozenset({"Keterkaitan SKP-AK", "Manual IKI"}))


def test_clean_workbooks_pass_the_independent_recheck():
    """``cek_bersih.py`` re-reads every workbook from its cells (identity blocks wherever they stand, NIP,
    pangkat, jenjang, periode, penilai ≠ pegawai, plan table, kategori, annexes): clean ones pass, and it sees
    every defective one."""
    cek = measuring_tool(SET, "cek_bersih.py")
    for f in assert_covers_every_form(SET):
        seen = cek.check(SET / "kiriman" / f["file"], f["form"])
        assert (seen == []) == f["clean"], (f["file"], seen)
