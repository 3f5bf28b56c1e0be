"""The checker measured on the held-out set ``benchmarks/nyata_as`` (generalise, do not tune).

Built from SPEC alone, apart from the project's code, fixtures and the earlier sets
(``benchmarks/nyata_as/buat.py``): SKPs received by the Biro SDM of a fictional Kementerian and its instansi
vertikal (Kanwil, Balai) after penyederhanaan birokrasi: JF in Tim Kerja, JA pelaksana with the 2024 names,
JPT Madya/Pratama, PPPK, as the ministry's e-kinerja app exports them (flat tables, RK repeated per IKI) and
as typed in Excel; Penilaian sheets for about a third, Manual IKI for JPT, Matriks for Ketua Tim and
Keterkaitan AK for JF. Its first measurement (README) found nothing to fix; the last test keeps it so.
"""

from __future__ import annotations

from nyata_sets import BENCHMARKS, assert_built_by_generator, assert_covers_every_form, measuring_tool

SET = BENCHMARKS / "nyata_as"


def test_committed_set_is_what_the_generator_builds(tmp_path):
    """The committed workbooks and manifest are exactly the generator's output for its seed."""
    assert_built_by_generator(SET, tmp_path)


def test_set_covers_every_form_clean_and_defective():
    files = assert_covers_every_form(SET)
    assert {f["writer"] for f in files} == {"openpyxl", "libreoffice"}
    assert sum(f["penilaian"] is not None for f in files) >= 13
    assert any("ekspor" in v for f in files for v in f["variasi"])
    codes = {d["code"] for f in files for d in f["defects"]}
    assert codes >= {
        "capaian-tidak-sesuai",
        "predikat-tidak-sesuai",
        "target-penilaian-berbeda",
        "realisasi-kosong",
        "manual-iki-kosong",
        "keterkaitan-ak-hilang",
    }
    assert all(len(f["variasi"]) >= 2 for f in files)


def test_the_set_is_checked_without_crying_wolf():
    """No error or warning on a clean workbook, every injected defect found at its cell, no other error on
    a defective one, every form detected."""
    ukur = measuring_tool(SET, "ukur.py")
    result = ukur.measure(SET / "kiriman", SET / "harapan.json")
    assert result["clean"]["false_errors"] == []
    assert result["clean"]["warnings"] == []
    assert result["recall"]["by_code_cell"] == result["recall"]["defects"] == 24
    assert result["extra_errors_defect_files"] == []
    assert result["detection"]["wrong"] == []
