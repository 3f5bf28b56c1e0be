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

from collections import Counter

import openpyxl
from nyata_sets import (
    BENCHMARKS,
    assert_built_by_generator,
    assert_covers_every_form,
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
        assert set(f["variasi"]) <= set(buat.VARIATIONS), f["file"]
        assert not any(ex <= set(f["variasi"]) for ex in buat.EXCLUSIVE), f["file"]
        for d in f["defects"]:
            assert d["code"] in buat.DEFECTS and d["severity"] == buat.DEFECTS[d["code"]][0], d
            assert (d["cell"] is None) == (d["code"] in buat.WITHOUT_CELL), (f["file"], d)
            assert (d["sheet"] is None) == (d["cell"] is None), (f["file"], d)
    used = Counter(v for f in files for v in f["variasi"])
    assert set(used) == set(buat.VARIATIONS)
    assert 12 <= len(buat.VARIATIONS) <= 16
    assert min(used.values()) >= 5
    codes = {d["code"] for f in files for d in f["defects"]}
    assert len(codes) >= 25
    assert set(buat.PENILAIAN_CODES) <= codes


def test_manifest_cells_exist_in_their_sheets():
    """Every sheet a defect, an alternative cell or a ``boleh`` entry names is a sheet of that workbook."""
    for f in assert_covers_every_form(SET):
        sheets = set(openpyxl.load_workbook(SET / "kiriman" / f["file"], read_only=True).sheetnames)
        for d in f["defects"]:
            named = ([d["sheet"]] if d["sheet"] else []) + [a["sheet"] for a in d["alt_cells"]]
            assert set(named) <= sheets, (f["file"], d)
        assert {b["sheet"] for b in f["boleh"]} <= sheets, f["file"]


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
