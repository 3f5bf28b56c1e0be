"""The checker measured on the held-out set ``benchmarks/nyata_t`` (generalise, do not tune).

Built from SPEC §2.2, §3.1–§3.3, §3.7, §3.10, §5, §7 alone, apart from the project's code, fixtures and the
earlier sets (``benchmarks/nyata_t/buat.py``), measured with ``benchmarks/nyata_t/ukur.py`` (which runs
``benchmarks/nyata/ukur.py`` and sets apart the ``boleh`` findings). It leans on the SKP of jabatan
fungsional and their Format Keterkaitan SKP dengan Angka Kredit: the Keterkaitan as its own sheet, as a
block under the SKP table or as columns beside the RK; butir kegiatan copied from the JF's Permen; angka
kredit as numbers or text (``0,04``, ``0.04``, ``0,04 AK``, per satuan hasil); one RK on several butir and
several RK on one butir; JF titles without ``Ahli``, with ``selaku`` or ``Plt.``; golongan written many ways;
and JA forms that must not be asked for a Keterkaitan.
"""

from __future__ import annotations

import json

from nyata_sets import BENCHMARKS, assert_built_by_generator, measuring_tool

SET = BENCHMARKS / "nyata_t"


def _manifest() -> list[dict]:
    return json.loads((SET / "harapan.json").read_text(encoding="utf-8"))["files"]


def test_committed_set_is_what_the_generator_builds(tmp_path):
    """The committed workbooks and manifest are exactly the generator's output for its seed (LibreOffice
    re-saves included)."""
    assert_built_by_generator(SET, tmp_path)


def test_set_covers_jf_forms_clean_and_defective():
    files = _manifest()
    assert len(files) >= 44
    assert sorted(p.name for p in (SET / "kiriman").glob("*.xlsx")) == sorted(f["file"] for f in files)
    for form in ("jf-dasar", "jf-pengembangan"):
        of_form = [f for f in files if f["form"] == form]
        assert any(f["clean"] for f in of_form) and any(not f["clean"] for f in of_form), form
    assert {f["form"] for f in files if f["clean"]} >= {"ja-dasar", "ja-pengembangan"}
    for f in files:
        assert f["clean"] == (not f["defects"])
        assert f["clean"] or 1 <= len(f["defects"]) <= 2
    assert 0.4 <= sum(f["clean"] for f in files) / len(files) <= 0.6
    assert {f["writer"] for f in files} == {"openpyxl", "xlsxwriter"}
    codes = {d["code"] for f in files for d in f["defects"] if f["form"].startswith("jf")}
    assert codes == {"keterkaitan-ak-hilang", "rk-tanpa-butir-kegiatan", "angka-kredit-tidak-valid",
                     "jenjang-golongan-tidak-sesuai"}


def test_set_exercises_the_jf_variations():
    """The variations this set exists for are in the committed workbooks, clean ones among them."""
    clean = [f["layout"] for f in _manifest() if f["clean"] and f["form"].startswith("jf")]
    assert {x["ket"] for x in clean} == {"sheet", "blok", "kolom"}
    assert {x["ak"] for x in clean} >= {"angka", "koma", "titik", "ak", "satuan"}
    assert {x["span"] for x in clean} == {"gabung", "ulang", "kosong"}
    assert {x["rk_text"] for x in clean} >= {"sama", "kapital", "bernomor"}
    assert {x["title_style"] for x in clean} >= {"tanpa_ahli", "selaku", "plt"}
    assert any(x["shared_butir"] for x in clean) and any(x["kt_dash"] for x in clean)
    assert any(x["libreoffice"] for x in clean)


def test_the_set_is_checked_without_crying_wolf():
    """The targets since its fix: no finding at all on a clean workbook (beyond ``boleh``), every injected
    defect found at its cell, no other error on a defective one (``benchmarks/nyata_t/README.md``)."""
    ukur = measuring_tool(SET, "ukur.py")
    result = ukur.measure()
    assert result["clean"]["false_errors"] == [] and result["clean"]["warnings"] == []
    assert result["recall"]["by_code_cell"] == result["recall"]["defects"] == 25
    assert result["extra_errors_defect_files"] == []
    assert result["detection"]["wrong"] == []
