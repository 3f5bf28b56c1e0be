"""The held-out set ``benchmarks/nyata_bl``: what a regency's territorial and public-order offices (Kecamatan,
Kelurahan, Satpol PP, BPBD, Dinas Pemadam Kebakaran) send in January.

Built from SPEC §2, §3, §5, §7 alone, apart from the project's code, fixtures and the earlier sets
(``benchmarks/nyata_bl/buat.py``), measured with ``benchmarks/nyata_bl/ukur.py``. It leans on writing habits
no earlier set measured: the superior's name in brackets after the RK atasan, IKI texts carrying a sub-letter
(``a. Jumlah …``, ``b. Persentase …``), sheet names in capitals (``SKP_CAMAT``, ``KETERKAITAN_AK``,
``MANUAL_IKI``), RK/IKI/target texts ending in ``;``, jabatan with the unit appended (``Camat Cibening``),
signatures as ``Nama / NIP. …`` on one line, targets with the number also in words (``24 (dua puluh empat)
kali patroli``). Measured only (no fix): the first measurement (README) found nothing to fix and is pinned
here.
"""

from __future__ import annotations

from nyata_sets import (
    BENCHMARKS,
    assert_built_by_generator,
    assert_checked_without_crying_wolf,
    assert_covers_every_form,
)

SET = BENCHMARKS / "nyata_bl"


def test_committed_set_is_what_the_generator_builds(tmp_path):
    """The committed workbooks and manifest are exactly the generator's output for its seed."""
    assert_built_by_generator(SET, tmp_path)


def test_set_covers_every_form_clean_and_defective():
    files = assert_covers_every_form(SET)
    assert len(files) == 50
    assert all(2 <= len(f["variasi"]) <= 5 for f in files)
    assert {v for f in files for v in f["variasi"]} == {
        "rk_atasan_nama",
        "iki_huruf",
        "sheet_kapital",
        "titik_koma",
        "jabatan_unit",
        "ttd_nama_nip",
        "target_terbilang",
    }
    codes = {d["code"] for f in files for d in f["defects"]}
    assert len(codes) >= 20


def test_the_set_is_checked_without_crying_wolf():
    """The first measurement, before reading the product: every form detected, no error and no warning on a
    clean workbook, every injected defect found at its cell, no other error on a defective one."""
    assert_checked_without_crying_wolf(SET, 31)
