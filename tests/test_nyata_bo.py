"""The checker measured on the held-out set ``benchmarks/nyata_bo`` (generalise, do not tune).

Built from SPEC §3, §5, §6 and §7 and the user docs alone, apart from the project's code, fixtures and the
earlier sets' generators (``benchmarks/nyata_bo/buat.py``, with its own scorer written from SPEC §6), measured
with ``benchmarks/nyata_bo/ukur.py``. It leans on the year-end Penilaian of JPT (Kepala Dinas/Badan, Sekda;
Model Dasar and Pengembangan, Manual IKI kept in the workbook) and JF officials (with the Keterkaitan AK
sheet), filled by hand: realisasi with satuan and a note, capaian with two decimals and a comma, kategori in
capitals, a maximal target met, range targets, kondisi khusus, Kinerja Tambahan, the predikat on the
Perilaku sheet, the Nilai Akhir rounded as the agency rounds.
"""

from __future__ import annotations

import json

from nyata_sets import (
    BENCHMARKS,
    assert_built_by_generator,
    assert_checked_without_crying_wolf,
    assert_covers_every_form,
    set_generator,
)

SET = BENCHMARKS / "nyata_bo"


def test_committed_set_is_what_the_generator_builds(tmp_path):
    """The committed workbooks and manifest are exactly the generator's output for its seed."""
    assert_built_by_generator(SET, tmp_path)


def test_set_covers_every_form_clean_and_defective():
    files = assert_covers_every_form(SET)
    assert all(f["variasi"] for f in files)
    jpt_jf = [f for f in files if f["form"].split("-")[0] in ("jpt", "jf")]
    assert len(jpt_jf) >= 0.75 * len(files)
    variasi = {v for f in files for v in f["variasi"]}
    assert variasi >= {
        "kinerja-tambahan",
        "capaian-koma2",
        "kategori-kapital",
        "realisasi-catatan",
        "target-maksimal-tercapai",
        "rentang-dalam-rentang",
        "rentang-di-atas-rentang",
        "rentang-di-bawah-rentang",
        "kondisi-khusus-waktu",
        "kondisi-khusus-biaya",
        "predikat-di-perilaku",
        "nilai-akhir-satu",
        "nilai-akhir-bulat",
        "rencana-tanpa-penilaian",
    }
    codes = {d["code"] for f in files for d in f["defects"]}
    assert codes >= {
        "capaian-tidak-sesuai",
        "predikat-tidak-sesuai",
        "realisasi-kosong",
        "target-penilaian-berbeda",
        "manual-iki-kosong",
        "rk-tanpa-butir-kegiatan",
    }


def test_manifest_scores_follow_spec_examples():
    """The set's own scorer gives SPEC §6's worked examples."""
    buat = set_generator(SET)
    assert round(buat.capaian(("rentang", 80, 90, "%"), 92, False), 1) == 102.2
    assert round(buat.capaian(("rentang", 80, 90, "%"), 70, False), 1) == 87.5
    assert round(buat.capaian(("rentang", 7, 8, "bulan"), 6.5, True), 1) == 107.1
    assert round(buat.capaian(("rentang", 7, 8, "bulan"), 9, True), 1) == 87.5
    assert buat.kategori_nilai(buat.capaian(("tunggal", 95, ""), 93, False)) == ("Cukup", 88)
    assert buat.kategori_nilai(100.0) == ("Baik", 109)
    assert buat.kategori_nilai(100.0, maks_tercapai=True) == ("Sangat Baik", 120)
    assert json.loads((SET / "harapan.json").read_text())["set"] == "nyata_bo"


def test_the_set_is_checked_without_crying_wolf():
    """As measured first (README): every form detected, no error and no warning on a clean workbook, the 26
    injected defects each found at its cell, no other error on a defective one."""
    assert_checked_without_crying_wolf(SET, defects=26)
