"""The checker measured on the held-out set ``benchmarks/nyata_ac`` (generalise, do not tune).

Built from SPEC §3, §3.10, §5–§7 and the themes of the earlier sets' READMEs alone, apart from the project's
code, fixtures and the other sets' generators (``benchmarks/nyata_ac/buat.py``), measured with
``benchmarks/nyata_ac/ukur.py``. Every workbook combines 3–5 variations at once (aspek spellings, kategori
subsets, label typos, JF titles, long kop, shifted table, stacked identity, SATUAN column, sumber data per
IKI, Matriks/Penilaian/Keterkaitan/Manual IKI sheets, merged perspektif, a Bupati as penilai, LibreOffice
round trip); the manifest lists them per file under ``variasi``.
"""

from __future__ import annotations

import json

from nyata_sets import BENCHMARKS, assert_built_by_generator, assert_covers_every_form, measuring_tool

SET = BENCHMARKS / "nyata_ac"


def _manifest() -> list[dict]:
    return json.loads((SET / "harapan.json").read_text(encoding="utf-8"))["files"]


def test_committed_set_is_what_the_generator_builds(tmp_path):
    """The committed workbooks and manifest are exactly the generator's output for its seed (LibreOffice
    round trip included)."""
    assert_built_by_generator(SET, tmp_path)


def test_set_covers_every_form_with_combined_variations():
    files = assert_covers_every_form(SET)
    assert 45 <= len(files) <= 60
    for f in files:
        assert len([v for v in f["variasi"] if v != "persen_teks"]) >= 3, f["file"]
    assert {f["writer"] for f in files} == {"openpyxl", "openpyxl+libreoffice"}
    kinds = {v.split(":")[0] for f in files for v in f["variasi"]}
    assert {"penilaian", "matriks", "manual_tabel", "kategori_subset", "label_typo", "jf_tanpa_ahli"} <= kinds


def test_the_set_is_checked_without_crying_wolf():
    """As first measured (README): every form detected, no error and no warning on a clean workbook, every
    injected defect found at its cell, no other error on a defective one."""
    ukur = measuring_tool(SET, "ukur.py")
    result = ukur.measure(SET / "kiriman", SET / "harapan.json")
    assert result["detection"]["wrong"] == []
    assert result["clean"]["false_errors"] == []
    assert result["clean"]["warnings"] == []
    assert result["recall"]["by_code_cell"] == result["recall"]["defects"] == 50
    assert result["extra_errors_defect_files"] == []
