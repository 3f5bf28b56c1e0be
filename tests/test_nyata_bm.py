"""The held-out set ``benchmarks/nyata_bm``: what the technical offices of a city (Dinas PUPR, Perhubungan,
Lingkungan Hidup, Kominfo) send in January.

Built from SPEC §2, §3, §5 and §7 alone, apart from the project's code, fixtures and the earlier sets. Its
writing habits: superscript units (``1.250 m³``), decimal points in some files (``12.5 km``), a count with
its percentage (``12 dokumen (100 %)``), slash abbreviations in RK texts (``Jalan/Jembatan``), rates
(``85 ton/hari``), an acronym before the number (``IKLH 62,35``), a chart-data sheet, narrow wrapped columns,
headers merged over two rows. The set is only measured (README); its numbers are not asserted here.
"""

from __future__ import annotations

from collections import Counter

from nyata_sets import BENCHMARKS, assert_built_by_generator, assert_covers_every_form

SET = BENCHMARKS / "nyata_bm"


def test_committed_set_is_what_the_generator_builds(tmp_path):
    """The committed workbooks and manifest are exactly the generator's output for its seed."""
    assert_built_by_generator(SET, tmp_path)


def test_set_covers_every_form_clean_and_defective_and_every_variation():
    files = assert_covers_every_form(SET)
    assert 40 <= len(files) <= 60
    used = Counter(v for f in files for v in f["variasi"])
    assert set(used) == {
        "satuan_superskrip",
        "desimal_titik",
        "target_angka_persen",
        "rk_garis_miring",
        "satuan_per_hari",
        "target_akronim",
        "sheet_data_grafik",
        "kolom_sempit",
        "judul_gabung_dua_baris",
    }
    assert all(count >= 5 for count in used.values()), used
    assert all(2 <= len(f["variasi"]) <= 5 for f in files)
    for f in files:
        assert all(b["sheet"] == "Keterkaitan AK" for b in f["boleh"]), f["file"]
        for d in f["defects"]:
            assert d["severity"] in ("error", "peringatan")
    assert len({d["code"] for f in files for d in f["defects"]}) >= 20
