"""The checker measured on the held-out set ``benchmarks/nyata_u`` (generalise, do not tune).

Built from SPEC §2.1, §3.1, §3.4, §3.5, §3.10, §5, §7 alone, apart from the project's code, fixtures and the
earlier sets (``benchmarks/nyata_u/buat.py``), measured with ``benchmarks/nyata_u/ukur.py`` (which runs
``benchmarks/nyata/ukur.py`` and sets apart the findings SPEC leaves open, ``boleh``). It leans on the JPT
forms: the Manual Indikator Kinerja as one sheet per IKI, one table per row or per column, or blocks, with
label synonyms, typos and numbering and IKI texts copied with small differences; perspektif spellings; JPT
identities (Plt./Plh., a Bupati as penilai); targets as percentages, indices and predicates.
"""

from __future__ import annotations

import json

from nyata_sets import BENCHMARKS, assert_built_by_generator, measuring_tool

SET = BENCHMARKS / "nyata_u"


def _manifest() -> list[dict]:
    return json.loads((SET / "harapan.json").read_text(encoding="utf-8"))["files"]


def test_committed_set_is_what_the_generator_builds(tmp_path):
    """The committed workbooks and manifest are exactly the generator's output for its seed."""
    assert_built_by_generator(SET, tmp_path)


def test_set_covers_both_jpt_forms_clean_and_defective():
    files = _manifest()
    assert len(files) >= 44
    assert sorted(p.name for p in (SET / "kiriman").glob("*.xlsx")) == sorted(f["file"] for f in files)
    for form in ("jpt-dasar", "jpt-pengembangan"):
        of_form = [f for f in files if f["form"] == form]
        assert sum(f["clean"] for f in of_form) * 2 == len(of_form), form
    for f in files:
        assert f["clean"] == (not f["defects"]) and len(f["defects"]) <= 2
    assert {f["layout"]["manual"] for f in files} == {"per-sheet", "tabel-baris", "tabel-kolom", "blok"}
    assert {f["writer"] for f in files} == {"openpyxl", "xlsxwriter", "openpyxl+libreoffice"}
    codes = {d["code"] for f in files for d in f["defects"]}
    assert codes >= {"manual-iki-kosong", "perspektif-tidak-valid", "perspektif-tidak-lengkap"}


def test_the_set_is_checked_without_crying_wolf():
    """Since its fixes: no error on a clean workbook, every injected defect found at its cell, no other
    error on a defective one, no warning on a clean one (a percent target typed into a ``0%`` cell, 0,85 for
    85 %, whose IKI is no Persentase, may show its satuan by its format: README)."""
    ukur = measuring_tool(SET, "ukur.py")
    result = ukur.measure(SET / "kiriman", SET / "harapan.json")
    assert result["clean"]["false_errors"] == []
    assert result["clean"]["warnings"] == []
    assert result["recall"]["by_code_cell"] == result["recall"]["defects"] == 26
    assert result["extra_errors_defect_files"] == []
    assert result["detection"]["wrong"] == []
