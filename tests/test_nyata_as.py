"""The checker measured on the held-out set ``benchmarks/nyata_as`` (generalise, do not tune).

Built from SPEC alone, apart from the project's code, fixtures and the earlier sets
(``benchmarks/nyata_as/buat.py``): SKPs received by the Biro SDM of a fictional Kementerian and its instansi
vertikal (Kanwil, Balai) after penyederhanaan birokrasi: JF in Tim Kerja, JA pelaksana with the 2024 names,
JPT Madya/Pratama, PPPK, as the ministry's e-kinerja app exports them (flat tables, RK repeated per IKI) and
as typed in Excel; Penilaian sheets for about a third, Manual IKI for JPT, Matriks for Ketua Tim and
Keterkaitan AK for JF. Only measured (README); no product change came with it.
"""

from __future__ import annotations

from nyata_sets import BENCHMARKS, assert_built_by_generator, assert_covers_every_form

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
