"""The held-out set ``benchmarks/nyata_bq``: Rencana SKP 2026 of the BKPSDM and the Dinas Perpustakaan dan
Kearsipan of a fictional city received in January (JPT Model Dasar and Pengembangan with Manual IKI, Kabid and
Kasubbag as JA, JF Analis/Pranata/Asesor SDM Aparatur, Pustakawan and Arsiparis with Keterkaitan AK).

Built from SPEC alone (``benchmarks/nyata_bq/buat.py``), measured only with ``benchmarks/nyata_bq/ukur.py``:
this test holds the set to its generator and its coverage, not to a measurement (README).
"""

from __future__ import annotations

from collections import Counter

from nyata_sets import (
    BENCHMARKS,
    assert_built_by_generator,
    assert_checked_without_crying_wolf,
    assert_covers_every_form,
)

SET = BENCHMARKS / "nyata_bq"


def test_committed_set_is_what_the_generator_builds(tmp_path):
    assert_built_by_generator(SET, tmp_path)


def test_set_covers_every_form_clean_and_defective():
    files = assert_covers_every_form(SET)
    for f in files:
        assert 2 <= len(f["variasi"]) <= 4, f["file"]
    used = Counter(v for f in files for v in f["variasi"])
    assert set(used) == {
        "identitas_kapital",
        "satuan_panjang",
        "satuan_nip",
        "iki_kode",
        "rk_sebut_skp",
        "jabatan_panjang",
        "rk_gabung_tiga",
    }
    assert min(used.values()) >= 5
    codes = {d["code"] for f in files for d in f["defects"]}
    assert len(codes) >= 20


def test_the_set_is_checked_without_crying_wolf():
    """The first measurement, before reading the product: every form detected, no error and no warning on a
    clean workbook, every injected defect found at its cell, no other error on a defective one."""
    assert_checked_without_crying_wolf(SET, 34)
