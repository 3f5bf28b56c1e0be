"""The held-out set ``benchmarks/nyata_bp``: Rencana SKP 2026 sent in January by a Kantor Kementerian Agama
kabupaten and its units (KUA kecamatan, madrasah negeri) and the Kepala Kanwil's (JPT Pratama).

Built from SPEC alone, apart from the project's code (``benchmarks/nyata_bp/buat.py``), measured with
``benchmarks/nyata_bp/ukur.py``. Only the set itself is held here; its measurement is recorded in its README.
"""

from __future__ import annotations

from nyata_sets import (
    BENCHMARKS,
    assert_built_by_generator,
    assert_checked_without_crying_wolf,
    assert_covers_every_form,
)

SET = BENCHMARKS / "nyata_bp"


def test_committed_set_is_what_the_generator_builds(tmp_path):
    """The committed workbooks and manifest are exactly the generator's output for its seed."""
    assert_built_by_generator(SET, tmp_path)


def test_set_covers_every_form_and_the_kemenag_habits():
    files = assert_covers_every_form(SET)
    assert len(files) == 40
    variasi = {v for f in files for v in f["variasi"]}
    assert variasi == {
        "kutip_arab",
        "gelar_agama",
        "unit_singkat",
        "kop_motto",
        "tanggal_hijriah",
        "satuan_frasa",
        "kinerja_tambahan",
        "jabatan_agama",
    }
    for f in files:
        assert all(d["sheet"] and d["cell"] for d in f["defects"] if d["code"] != "perspektif-tidak-lengkap")
        assert f["boleh"] == []


def test_the_set_is_checked_without_crying_wolf():
    """The first measurement, before reading the product: every form detected, no error and no warning on a
    clean workbook, every injected defect found at its cell, no other error on a defective one."""
    assert_checked_without_crying_wolf(SET, 29)
