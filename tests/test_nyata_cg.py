"""The held-out set ``benchmarks/nyata_cg``: Rencana SKP 2026 of the fictional Pemerintah Kabupaten Tanjung
Gaharu (BPKAD, Dinas Kesehatan, Disdukcapil) whose TARGET and SATUAN cells are typed the ways staff type
them (``≥ 90 %``, ``Minimal 12 dokumen``, ``12 (dua belas) laporan``, ``1 Dokumen/Tahun``, ``Rp 1,5 Miliar``,
``90 – 100 %``, ``Opini WTP``, ``Desember 2026``, a SATUAN column or a merged TARGET header, a number with a
percent format, ``3,75 indeks``, ``1.250 orang``, non-breaking spaces, ``dok``/``lap``, footnote marks), with
the plan-scope target defects of SPEC §7 inserted.

Built from SPEC alone (``benchmarks/nyata_cg/buat.py``), measured only with ``benchmarks/nyata_cg/ukur.py``:
this test holds the set to its generator and its coverage, not to a measurement (README).
"""

from __future__ import annotations

import json
from collections import Counter

import openpyxl
from nyata_sets import (
    BENCHMARKS,
    assert_built_by_generator,
    assert_covers_every_form,
    assert_manifest_declared,
    assert_manifest_sheets_exist,
    measuring_tool,
    set_generator,
)

SET = BENCHMARKS / "nyata_cg"
THEME = {
    "iki-tanpa-target",
    "target-tidak-terukur",
    "target-rentang-terbalik",
    "target-tanpa-satuan",
    "satuan-tidak-sesuai-aspek",
    "target-absolut",
    "kategori-tidak-berurutan",
    "kategori-tidak-membedakan",
}


def test_committed_set_is_what_the_generator_builds(tmp_path):
    assert_built_by_generator(SET, tmp_path)


def test_set_covers_every_form_clean_and_defective():
    files = assert_covers_every_form(SET)
    assert len(files) == 45
    buat = set_generator(SET)
    for f in files:
        assert not any(len(ex & set(f["variasi"])) > 1 for ex in buat.EXCLUSIVE), f["file"]
        assert len(f["variasi"]) >= 3, f["file"]
    codes = assert_manifest_declared(files, buat)
    assert codes == THEME
    per_code = Counter(d["code"] for f in files for d in f["defects"])
    assert min(per_code.values()) >= 3, per_code


def test_kategori_defects_only_where_kategori_exist():
    """Kategori defects and absolute targets sit on JA/JF plans (SPEC §7 scopes them so); kategori defects on
    Model Pengembangan."""
    for f in json.loads((SET / "harapan.json").read_text(encoding="utf-8"))["files"]:
        for d in f["defects"]:
            if d["code"].startswith("kategori-"):
                assert f["form"] in ("ja-pengembangan", "jf-pengembangan"), f["file"]
            if d["code"] in ("target-absolut", "satuan-tidak-sesuai-aspek"):
                assert not f["form"].startswith("jpt"), f["file"]


def test_clean_workbooks_carry_the_harmless_ways_on_every_form():
    """Each form has clean workbooks with a percent-format number or a SATUAN column or a text target with a
    comparator, word or mark: the ways of typing a target that must not become findings."""
    files = json.loads((SET / "harapan.json").read_text(encoding="utf-8"))["files"]
    seen = Counter(v for f in files if f["clean"] for v in f["variasi"])
    assert len(seen) >= 15, seen


def test_manifest_cells_exist_in_their_sheets():
    assert_manifest_sheets_exist(SET)
    for f in json.loads((SET / "harapan.json").read_text(encoding="utf-8"))["files"]:
        ws = openpyxl.load_workbook(SET / "kiriman" / f["file"])["SKP"]
        for d in f["defects"]:
            if d["code"] == "iki-tanpa-target":
                assert ws[d["cell"]].value is None, (f["file"], d)
            else:
                assert ws[d["cell"]].value not in (None, ""), (f["file"], d)


def test_clean_workbooks_pass_the_independent_recheck():
    """``cek_bersih.py`` re-reads every workbook from its cells (targets as shown, SATUAN column, kategori,
    and the rest of a plan): clean ones pass, and it sees every defective one."""
    cek = measuring_tool(SET, "cek_bersih.py")
    for f in assert_covers_every_form(SET):
        seen = cek.check(SET / "kiriman" / f["file"], f["form"])
        assert (seen == []) == f["clean"], (f["file"], seen)
