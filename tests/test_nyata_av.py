"""The held-out set ``benchmarks/nyata_av``: a Pemerintah Provinsi's SKP submissions in January.

Built from SPEC alone, apart from the project's code, fixtures and the earlier sets
(``benchmarks/nyata_av/buat.py``): Biro and Badan of the provincial secretariat, the provincial RSUD (JF
kesehatan with Keterkaitan SKP-AK, a kepala ruangan), the Cabang Dinas Pendidikan with its SMA/SMK, UPT
Samsat and a Balai, and the JPT with Manual IKI; about a third of the injected defects sit in Penilaian
sheets whose numbers the generator computes from SPEC §6. Its first measurement (README) found nothing to
fix in the product; the last test keeps it so.
"""

from __future__ import annotations

from nyata_sets import BENCHMARKS, assert_built_by_generator, assert_covers_every_form, measuring_tool

SET = BENCHMARKS / "nyata_av"


def test_committed_set_is_what_the_generator_builds(tmp_path):
    """The committed workbooks and manifest are exactly the generator's output for its seed."""
    assert_built_by_generator(SET, tmp_path)


def test_set_covers_every_form_clean_and_defective():
    files = assert_covers_every_form(SET)
    assert {f["writer"] for f in files} == {"openpyxl", "libreoffice"}
    assert all(len(f["variasi"]) >= 2 for f in files)
    penilaian_codes = {
        "capaian-tidak-sesuai",
        "realisasi-kosong",
        "target-penilaian-berbeda",
        "predikat-tidak-sesuai",
    }
    defects = [d for f in files for d in f["defects"]]
    in_penilaian = [d for d in defects if d["code"] in penilaian_codes]
    assert 0.25 <= len(in_penilaian) / len(defects) <= 0.4
    assert all(d["sheet"] == "Penilaian" for d in in_penilaian)
    assert sum(f["penilaian"] is not None for f in files) >= 15


def test_the_set_is_checked_without_crying_wolf():
    """No error or warning on a clean workbook, every injected defect found at its cell, no other error on
    a defective one, every form detected."""
    ukur = measuring_tool(SET, "ukur.py")
    result = ukur.measure(SET / "kiriman", SET / "harapan.json")
    assert result["clean"]["false_errors"] == []
    assert result["clean"]["warnings"] == []
    assert result["recall"]["by_code_cell"] == result["recall"]["defects"] == 41
    assert result["extra_errors_defect_files"] == []
    assert result["detection"]["wrong"] == []
