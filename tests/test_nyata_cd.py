"""The held-out set ``benchmarks/nyata_cd``: end-of-year Penilaian SKP 2026 of the fictional Pemerintah
Kabupaten Danau Selasih (Bapperida, Dinas PUPR, Disdukcapil, BPKAD) for all six forms, emphasis on JPT
(perspektif, NILAI CAPAIAN IKI, NILAI TERTIMBANG, NILAI AKHIR SKP with Kinerja Tambahan) and JA/JF Model
Pengembangan (standar kinerja, CUKUP/SANGAT BAIK only, KATEGORI CAPAIAN IKI/RK), filled the way agencies fill
it: perspektif merged down, realisasi and capaian as text or fraction, an extra BUKTI DUKUNG column, a NILAI
PERILAKU KERJA block, NILAI KINERJA and PREDIKAT lines, a CATATAN/REKOMENDASI box, a dated signature, the
Penilaian alone, Kinerja Tambahan scored, comma decimals, subtotal rows.

Built from SPEC alone (``benchmarks/nyata_cd/buat.py``), measured only with ``benchmarks/nyata_cd/ukur.py``:
this test holds the set to its generator and its coverage, not to a measurement (README).
"""

from __future__ import annotations

import json
from collections import Counter

from nyata_sets import (
    BENCHMARKS,
    assert_built_by_generator,
    assert_covers_every_form,
    assert_manifest_declared,
    assert_manifest_sheets_exist,
    assert_penilaian_filled,
    measuring_tool,
    set_generator,
)

SET = BENCHMARKS / "nyata_cd"


def test_committed_set_is_what_the_generator_builds(tmp_path):
    assert_built_by_generator(SET, tmp_path)


def test_set_covers_every_form_clean_and_defective():
    files = assert_covers_every_form(SET)
    assert len(files) == 45
    buat = set_generator(SET)
    for f in files:
        assert not any(len(ex & set(f["variasi"])) > 1 for ex in buat.EXCLUSIVE), f["file"]
        for v in f["variasi"]:
            assert v not in buat.ONLY or f["form"] in buat.ONLY[v], (f["file"], v)
        for d in f["defects"]:
            assert (d["sheet"] is None) == (d["cell"] is None), (f["file"], d)
    codes = assert_manifest_declared(files, buat)
    assert codes >= buat.PENILAIAN_CODES
    assert len(codes - buat.PENILAIAN_CODES) >= 8
    defects = [d for f in files for d in f["defects"]]
    assert sum(d["code"] in buat.PENILAIAN_CODES for d in defects) > len(defects) / 2
    # the emphasis: JPT and JA/JF Model Pengembangan hold most of the set
    forms = Counter(f["form"] for f in files)
    assert forms["jpt-dasar"] + forms["jpt-pengembangan"] >= 14
    assert forms["ja-pengembangan"] + forms["jf-pengembangan"] >= 15


def test_every_workbook_carries_agency_modifications():
    for f in json.loads((SET / "harapan.json").read_text())["files"]:
        assert len(f["variasi"]) >= 3, f["file"]


def test_every_workbook_has_a_filled_penilaian():
    assert_penilaian_filled(SET, "penilaian2026")


def test_manifest_cells_exist_in_their_sheets():
    assert_manifest_sheets_exist(SET, frozenset({"Keterkaitan AK", "Manual IKI"}))


def test_clean_workbooks_pass_the_independent_recheck():
    """``cek_bersih.py`` re-reads every workbook from its cells (identity, periode, plan table, annexes, and
    every capaian, kategori, nilai, nilai tertimbang, NILAI AKHIR SKP, NILAI KINERJA and PREDIKAT recomputed
    from SPEC §6): clean ones pass, and it sees every defective one."""
    cek = measuring_tool(SET, "cek_bersih.py")
    for f in assert_covers_every_form(SET):
        seen = cek.check(SET / "kiriman" / f["file"], f["form"])
        assert (seen == []) == f["clean"], (f["file"], seen)
