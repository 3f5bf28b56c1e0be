"""The checker measured on the held-out set ``benchmarks/nyata_m`` (generalise, do not tune).

Built from SPEC §3, §3.8–§3.10, §5–§8 alone, apart from the project's code, fixtures and the earlier sets
(``benchmarks/nyata_m/buat.py``), measured with ``benchmarks/nyata/ukur.py``. It leans on the end-of-period
Penilaian SKP and its scoring (SPEC §6): results written the ways agencies write them (text with units or
``%``, percent-formatted fractions, 0/1/2 decimals, Excel formulas with and without cached values, kategori as
words or abbreviations, the agency's own reading of a documented [interpretation]), kondisi khusus, range
targets, the maximal target, Kinerja Tambahan, JPT weighting, perilaku by words or numbers and 60/40, predikat
spellings; defects at exact cells.
"""

from __future__ import annotations

import openpyxl
from nyata_sets import BENCHMARKS, assert_built_by_generator, assert_covers_every_form, measuring_tool

SET = BENCHMARKS / "nyata_m"


def test_committed_set_is_what_the_generator_builds(tmp_path):
    """The committed workbooks and manifest are exactly the generator's output for its seed."""
    assert_built_by_generator(SET, tmp_path)


def test_set_covers_every_form_clean_and_defective():
    files = assert_covers_every_form(SET)
    writers = {f.get("writer") for f in files if f["form"]}
    assert writers == {"openpyxl", "xlsxwriter"}
    special = {f["file"] for f in files if f["form"] is None}
    assert {
        "lain-permen6-2022-evaluasi-kinerja.xlsx",
        "rekap-nilai-kinerja-bukan-skp.xlsx",
        "templat-penilaian-belum-diisi.xlsx",
        "buku-kerja-kosong.xlsx",
    } == special
    codes = {d["code"] for f in files for d in f["defects"] if f["form"]}
    assert codes == {
        "capaian-tidak-sesuai", "predikat-tidak-sesuai", "realisasi-kosong", "target-penilaian-berbeda"
    }


def test_set_exercises_the_penilaian_variations():
    """The variations this set exists for are in the committed workbooks, not only in the generator."""
    files = [f for f in assert_covers_every_form(SET) if f["form"]]
    layouts = [f["layout"] for f in files]
    clean = [f["layout"] for f in files if f["clean"]]
    assert {x["cap"] for x in clean} >= {"bulat", "angka2", "teks", "teks1", "pecahan", "rumus"}
    assert {x["kat"] for x in clean} >= {"kata", "kapital", "singkat", "sekali"}
    assert {x["per"] for x in clean} >= {"angka", "kata", "rekan"}
    assert {x["pred"] for x in clean} >= {"baku", "kapital", "sb", "cukup", "bp"}
    assert {x["jpt"] for x in clean if "jpt" in x} == {"rata", "bobot", "pkra"}
    assert {k for x in clean for k in x["need"]} >= {"rentang", "rentang_turun", "maks", "turun"}
    assert any(x["nilai"] == "takbulat" for x in clean) and any(x["tw"] for x in clean)
    assert any(x["kt"] for x in clean) and any(x["cat"] for x in clean) and any(x["gabung"] for x in clean)
    assert sum(1 for x in layouts if x["katcol"]) >= 4
    # formulas: cached values from XlsxWriter, none from openpyxl
    by_writer = {}
    for f in files:
        if f["layout"]["cap"] != "rumus":
            continue
        wb = openpyxl.load_workbook(SET / "kiriman" / f["file"], data_only=True)
        ws = wb[f["layout"]["sheets"][-2 if f["layout"]["per"] else -1]]
        cached = [c.value for row in ws.iter_rows() for c in row if isinstance(c.value, (int, float))]
        by_writer.setdefault(f["writer"], []).append(len(cached))
    assert by_writer.keys() == {"openpyxl", "xlsxwriter"}


def test_the_set_is_checked_without_crying_wolf():
    """The targets since its fixes: no finding at all on a clean workbook, every injected defect found at
    its cell, no other error on a defective one (``benchmarks/nyata_m/README.md``)."""

    ukur = measuring_tool(BENCHMARKS / "nyata", "ukur.py")
    result = ukur.measure(SET / "kiriman", SET / "harapan.json")
    assert result["clean"]["false_errors"] == [] and result["clean"]["warnings"] == []
    assert result["recall"]["by_code_cell"] == result["recall"]["defects"] == 26
    assert result["extra_errors_defect_files"] == []
    assert result["detection"]["wrong"] == []
