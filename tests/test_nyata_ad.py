"""The held-out set ``benchmarks/nyata_ad``: the text inside the cells as staff really type it.

Built from SPEC §1, §3, §5, §7 and ``docs/kode-temuan.md`` alone, apart from the project's code, fixtures and
the other sets' generators (``benchmarks/nyata_ad/buat.py``): Alt+Enter breaks, bullets and in-cell
numbering, non-breaking and zero-width spaces, tabs, stray and double spaces, smart quotes, dashes, ALL CAPS
and lower case, Indonesian number writing (``1.000``, ``85,5 %``, ``12 (dua belas)``, ``s.d.``, ``paling
lambat``), from one RK with one IKI to 40 RK with texts of 200–300 characters. Measured with
``benchmarks/nyata_ad/ukur.py``.
"""

from __future__ import annotations

import json

from nyata_sets import BENCHMARKS, assert_built_by_generator, assert_covers_every_form, measuring_tool

SET = BENCHMARKS / "nyata_ad"


def _manifest() -> list[dict]:
    return json.loads((SET / "harapan.json").read_text(encoding="utf-8"))["files"]


def test_committed_set_is_what_the_generator_builds(tmp_path):
    """The committed workbooks and manifest are exactly the generator's output for its seed."""
    assert_built_by_generator(SET, tmp_path)


def test_set_covers_every_form_and_every_size():
    files = assert_covers_every_form(SET)
    sizes = [f["ukuran"] for f in files]
    assert min(s["rk_utama"] for s in sizes) == 1 and min(s["iki"] for s in sizes) == 1
    assert max(s["rk_utama"] for s in sizes) == 40
    assert sum(s["rk_utama"] >= 25 for s in sizes) >= 12
    assert max(s["rk_terpanjang"] for s in sizes) >= 250
    for form in (
        "ja-dasar",
        "ja-pengembangan",
        "jf-dasar",
        "jf-pengembangan",
        "jpt-dasar",
        "jpt-pengembangan",
    ):
        large = [f for f in files if f["form"] == form and f["ukuran"]["rk_utama"] >= 25]
        assert any(f["clean"] for f in large) and any(not f["clean"] for f in large), form
    codes = {d["code"] for f in files for d in f["defects"]}
    assert codes >= {
        "target-tanpa-satuan",
        "kategori-tidak-membedakan",
        "iki-tanpa-target",
        "cara-memantau-kosong",
        "manual-iki-kosong",
        "rk-atasan-kosong",
    }


def test_the_set_is_checked_without_crying_wolf():
    """As first measured (README): no error and no warning on a clean workbook, every injected defect found
    at its cell, no other error on a defective one."""
    ukur = measuring_tool(SET, "ukur.py")
    result = ukur.measure(SET / "kiriman", SET / "harapan.json")
    assert result["detection"]["wrong"] == []
    assert result["clean"]["false_errors"] == []
    assert result["clean"]["warnings"] == []
    assert result["recall"]["by_code_cell"] == result["recall"]["defects"] == 38
    assert result["extra_errors_defect_files"] == []
