"""The checker measured on the held-out set ``benchmarks/nyata_z`` (generalise, do not tune).

Built from SPEC §3, §5, §6, §7 and ``docs/kode-temuan.md`` alone, apart from the project's code, fixtures and
the earlier sets (``benchmarks/nyata_z/buat.py``), measured with ``benchmarks/nyata_z/ukur.py``. It leans on
SKP forms laid out for printing and signing: the table header (or only its column-number row) repeated at a
page break, page-number and ``Lanjutan`` rows, a blank area, signature blocks at the end, after each page or
beside the table, notes under the table, a ``LAMPIRAN`` heading, the identity repeated on the Penilaian page
and the form split over two sheets (``SKP Hal 1``/``SKP Hal 2``).
"""

from __future__ import annotations

from nyata_sets import BENCHMARKS, assert_built_by_generator, assert_covers_every_form, measuring_tool

SET = BENCHMARKS / "nyata_z"


def test_committed_set_is_what_the_generator_builds(tmp_path):
    """The committed workbooks and manifest are exactly the generator's output for its seed."""
    assert_built_by_generator(SET, tmp_path)


def test_set_covers_every_form_and_every_print_trait():
    files = assert_covers_every_form(SET)
    layouts = [f["layout"] for f in files]
    assert {lt["ulang"] for lt in layouts} == {"penuh", "nomor", "tidak"}
    assert {lt["nomor"] for lt in layouts} == {"halaman", "strip", "tidak"}
    assert {lt["sign"] for lt in layouts} == {"akhir", "tiap-halaman", "samping"}
    assert any(lt["dua_sheet"] for lt in layouts) and any(lt["penilaian"] for lt in layouts)
    assert {f["writer"] for f in files} == {"openpyxl", "xlsxwriter", "openpyxl+libreoffice"}
    after_break = [d for f in files for d in f["defects"] if d["setelah_jeda"]]
    assert len(after_break) >= 12


def test_the_set_is_checked_without_crying_wolf():
    """Since its fixes (a table read past page breaks and signature blocks, beside a signature block, and
    over two sheets): no error or warning on a clean workbook, every injected defect found at its cell, no
    other error on a defective one."""
    ukur = measuring_tool(SET, "ukur.py")
    result = ukur.measure(SET / "kiriman", SET / "harapan.json")
    assert result["clean"]["false_errors"] == []
    assert result["clean"]["warnings"] == []
    assert result["recall"]["by_code_cell"] == result["recall"]["defects"] == 33
    assert result["extra_errors_defect_files"] == []
    assert result["detection"]["wrong"] == []
