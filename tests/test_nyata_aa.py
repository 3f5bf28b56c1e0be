"""The checker measured on the held-out set ``benchmarks/nyata_aa`` (generalise, do not tune).

Built from SPEC §3.1, §3.10, §5, §7 alone, apart from the project's code, fixtures and the earlier sets
(``benchmarks/nyata_aa/buat.py``), measured with ``benchmarks/nyata_aa/ukur.py``. It leans on the header
block (kop): names with many gelar, NIP written every way (spaces, dots, dashes, ``NIP.`` prefix,
text-formatted, a number that lost its last digits), pangkat/golongan written every way (golongan only,
pangkat only, PPPK golongan), identity blocks side by side or stacked, with ``:`` columns and numbering,
unit kerja on two lines, a Bupati as penilai, and the period as text, as two date cells, or as a year.
"""

from __future__ import annotations

from nyata_sets import BENCHMARKS, assert_built_by_generator, assert_covers_every_form, measuring_tool

SET = BENCHMARKS / "nyata_aa"


def test_committed_set_is_what_the_generator_builds(tmp_path):
    """The committed workbooks and manifest are exactly the generator's output for its seed."""
    assert_built_by_generator(SET, tmp_path)


def test_set_covers_every_form_and_every_header_code():
    files = assert_covers_every_form(SET)
    codes = {d["code"] for f in files for d in f["defects"]}
    assert codes == {"identitas-kosong", "nip-tidak-valid", "pangkat-tidak-dikenal",
                     "jenjang-golongan-tidak-sesuai", "periode-tidak-valid", "penilai-sama-dengan-pegawai"}
    assert {f["writer"] for f in files} == {"openpyxl", "xlsxwriter", "openpyxl+libreoffice"}
    assert {f["layout"]["tata"] for f in files} == {"samping", "samping-titikdua", "tumpuk",
                                                    "tumpuk-titikdua"}


def test_the_set_is_checked_without_crying_wolf():
    """No error and no warning on a clean workbook, every injected defect found by its code, no other
    error on a defective one but the one known cell difference (README): the empty period of
    ``jpt-dasar-07`` is reported beside its label (B3), the manifest expects the value column (C3)."""
    ukur = measuring_tool(SET, "ukur.py")
    result = ukur.measure(SET / "kiriman", SET / "harapan.json")
    assert result["clean"]["false_errors"] == []
    assert result["clean"]["warnings"] == []
    assert result["recall"]["by_code"] == result["recall"]["defects"] == 28
    assert result["recall"]["by_code_cell"] == 27
    assert [(f["file"], f["code"], f["cell"]) for f in result["extra_errors_defect_files"]] == [
        ("jpt-dasar-07-cacat.xlsx", "periode-tidak-valid", "FORM SKP!B3")]
    assert result["detection"]["wrong"] == []
