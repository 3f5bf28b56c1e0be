"""The held-out set ``benchmarks/nyata_cc``: Rencana SKP 2026 of the fictional Pemerintah Kabupaten Telaga
Wening (Dinas Kesehatan, Dinas PUPR, Bappeda, Inspektorat Daerah) whose attachment sheets are modified the way
agencies modify them: the JPT's Manual Indikator Kinerja as one table, one sheet per IKI, numbered labels,
another field order, ``FORMULA : …`` in one cell, values merged, extra fields, typos in labels; the JF's
Keterkaitan SKP dengan Angka Kredit with the RK merged or repeated over its butir rows, butir codes, angka
kredit written ``0.06`` / ``0,0600`` / ``0,060 AK``, extra columns, a total row, RK numbered 1.1/1.2, an empty
KINERJA TAMBAHAN section; JA workbooks carrying the agency's blank lampiran templates.

Built from SPEC alone (``benchmarks/nyata_cc/buat.py``), measured only with ``benchmarks/nyata_cc/ukur.py``:
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

SET = BENCHMARKS / "nyata_cc"


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
    assert codes >= buat.LAMPIRAN_CODES
    assert len(codes - buat.LAMPIRAN_CODES) >= 8
    defects = [d for f in files for d in f["defects"]]
    assert sum(d["code"] in buat.LAMPIRAN_CODES for d in defects) > len(defects) / 2


def test_every_workbook_carries_its_lampiran():
    """JPT workbooks carry a Manual IKI sheet (or one per IKI), JF workbooks the Keterkaitan AK sheet (but the
    ones whose defect is its absence), and JA workbooks at most the agency's blank templates."""
    for f in json.loads((SET / "harapan.json").read_text())["files"]:
        names = openpyxl.load_workbook(SET / "kiriman" / f["file"], read_only=True).sheetnames
        jenis = f["form"].split("-")[0]
        manual = [n for n in names if n.startswith("Manual IKI")]
        lost = any(d["code"] == "keterkaitan-ak-hilang" for d in f["defects"])
        if jenis == "jpt":
            assert manual and "Keterkaitan AK" not in names, f["file"]
        elif jenis == "jf":
            assert ("Keterkaitan AK" in names) != lost and not manual, f["file"]
        else:
            assert ("Keterkaitan AK" in names) == ("templat_ak_kosong" in f["variasi"]), f["file"]
            assert bool(manual) == ("templat_manual_kosong" in f["variasi"]), f["file"]


def test_manifest_cells_exist_in_their_sheets():
    assert_manifest_sheets_exist(SET, frozenset({"Keterkaitan AK"}))


def test_clean_workbooks_pass_the_independent_recheck():
    """``cek_bersih.py`` re-reads every workbook from its cells (identity, periode, plan table, kategori,
    Keterkaitan AK in every shape, Manual IKI as blocks, table or one sheet per IKI): clean ones pass, and it
    sees every defective one."""
    cek = measuring_tool(SET, "cek_bersih.py")
    for f in assert_covers_every_form(SET):
        seen = cek.check(SET / "kiriman" / f["file"], f["form"])
        assert (seen == []) == f["clean"], (f["file"], seen)
