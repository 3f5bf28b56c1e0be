"""The checker measured on the held-out set ``benchmarks/nyata_bg`` (generalise, do not tune).

Built from SPEC alone, apart from the project's code, fixtures and the earlier sets
(``benchmarks/nyata_bg/buat.py``): the January submissions of a regency's Sekretariat Daerah (Sekda and
Asisten as JPT with perspektif and Manual IKI; Bagian Hukum, Pengadaan Barang/Jasa, Organisasi, Protokol dan
Komunikasi Pimpinan and Umum with their JA and JF, a PPPK Pengemudi). Its writing habits: sheet names with
the year and a trailing space, RK and IKI numbered ``1.<tab>`` / ``1.1<tab>`` inside the text, a hidden helper
column between IKI and TARGET, labels with non-breaking, double spaces and tabs, percentage targets as a
range ``85 s/d 90 %``. Measured with ``benchmarks/nyata_bg/ukur.py``.
"""

from __future__ import annotations

from nyata_sets import (
    BENCHMARKS,
    assert_built_by_generator,
    assert_checked_without_crying_wolf,
    assert_covers_every_form,
)

SET = BENCHMARKS / "nyata_bg"
VARIASI = {"sheet_tahun_spasi", "nomor_titik_tab", "kolom_bantu_tersembunyi", "label_nbsp_ganda",
           "target_rentang_sd"}


def test_committed_set_is_what_the_generator_builds(tmp_path):
    """The committed workbooks and manifest are exactly the generator's output for its seed."""
    assert_built_by_generator(SET, tmp_path)


def test_set_covers_every_form_clean_and_defective_with_its_variations():
    files = assert_covers_every_form(SET)
    assert 40 <= len(files) <= 60
    for f in files:
        assert 2 <= len(f["variasi"]) <= 5 and set(f["variasi"]) <= VARIASI
    assert {v for f in files for v in f["variasi"]} == VARIASI
    for form in {f["form"] for f in files}:
        clean_variations = {v for f in files if f["form"] == form and f["clean"] for v in f["variasi"]}
        assert len(clean_variations) >= 3, form
    codes = {d["code"] for f in files for d in f["defects"]}
    assert len(codes) >= 20


def test_the_set_is_checked_without_crying_wolf():
    """Every form detected, no error and no warning on a clean workbook, no other error on a defective one,
    every injected defect found at its cell but one ``rk-ganda``, left unreported by choice: the same RK
    text on two adjacent plain rows numbered 1 and 2, in a table that never shows whether NO numbers RKs or
    IKI rows (each RK has one IKI row), reads as one RK with two IKI, as staff who number IKI rows and copy
    the RK down write it (:func:`skp.reading.blocks._starts_new`); a warning there would cry wolf on them."""
    assert_checked_without_crying_wolf(SET, 44, missed=(("jpt-dasar-06-cacat.xlsx", "rk-ganda"),))
