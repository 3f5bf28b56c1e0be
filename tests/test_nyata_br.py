"""The held-out set ``benchmarks/nyata_br``: Rencana SKP 2026 and Penilaian SKP 2025 of the Dinas Kesehatan of
a fictional kabupaten and two of its Puskesmas, received in January (Kepala Dinas as JPT with Manual IKI,
Sekretaris, Kepala Bidang, Kepala Subbagian, Kepala Puskesmas as JA and as JF, pelaksana, and health JF with
Keterkaitan AK); sixteen workbooks carry a filled Penilaian sheet.

Built from SPEC alone (``benchmarks/nyata_br/buat.py``), measured only with ``benchmarks/nyata_br/ukur.py``:
this test holds the set to its generator and its coverage, not to a measurement (README).
"""

from __future__ import annotations

from collections import Counter

import openpyxl
from nyata_sets import BENCHMARKS, assert_built_by_generator, assert_covers_every_form, set_generator

SET = BENCHMARKS / "nyata_br"
WITHOUT_CELL = {"keterkaitan-ak-hilang", "perspektif-tidak-lengkap"}


def test_committed_set_is_what_the_generator_builds(tmp_path):
    assert_built_by_generator(SET, tmp_path)


def test_set_covers_every_form_clean_and_defective():
    files = assert_covers_every_form(SET)
    buat = set_generator(SET)
    for f in files:
        assert 2 <= len(f["variasi"]) <= 4, f["file"]
        for d in f["defects"]:
            assert d["code"] in buat.DEFECTS and d["severity"] == buat.DEFECTS[d["code"]][0], d
            assert (d["cell"] is None) == (d["code"] in WITHOUT_CELL), (f["file"], d)
    used = Counter(v for f in files for v in f["variasi"])
    assert set(used) == set(buat.VARIATIONS)
    assert min(used.values()) >= 5
    codes = {d["code"] for f in files for d in f["defects"]}
    assert len(codes) >= 25
    assert set(buat.PENILAIAN_CODES) <= codes


def test_penilaian_workbooks_are_filled():
    """At least twelve workbooks carry a Penilaian sheet with realisasi, capaian, kategori, nilai and the
    totals filled in; clean and defective ones among them."""
    files = [f for f in assert_covers_every_form(SET) if "penilaian2025" in f["file"]]
    assert len(files) >= 12
    assert sum(f["clean"] for f in files) >= 5 and sum(not f["clean"] for f in files) >= 5
    for f in files:
        ws = openpyxl.load_workbook(SET / "kiriman" / f["file"])["PENILAIAN"]
        texts = [str(c.value) for row in ws.iter_rows() for c in row if c.value is not None]
        assert any(t in ("Sangat Baik", "Baik", "Butuh Perbaikan", "Kurang", "Sangat Kurang") for t in texts)
        assert sum(t in ("Sangat Baik", "Baik", "Cukup", "Kurang") for t in texts) >= 4, f["file"]
