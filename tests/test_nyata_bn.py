"""The held-out set ``benchmarks/nyata_bn``: an agency's own formula-driven SKP template.

Built from SPEC §3, §5, §7 and ``docs/kode-temuan.md`` alone, apart from the project's code, fixtures and the
earlier sets. The BKPSDM's workbook has a hidden ``DATA`` sheet; staff type their NIP and the identity and
penilai block (VLOOKUP, IFERROR, ``&""``), the period (a named cell ``TAHUN`` or real dates), NO (COUNTA),
targets (number and satuan joined, or a SATUAN column), kategori thresholds and the RK atasan (INDEX/MATCH on
a hidden sheet) are formulas recalculated by LibreOffice, so their values are cached. Measured only (no
fix in the set); the measurement is pinned here, its first miss fixed in the product (below).
"""

from __future__ import annotations

from collections import Counter

import openpyxl
from nyata_sets import (
    BENCHMARKS,
    assert_built_by_generator,
    assert_checked_without_crying_wolf,
    assert_covers_every_form,
)

SET = BENCHMARKS / "nyata_bn"
VARIATIONS = {
    "identitas_iferror", "identitas_ampersand", "periode_nama_tahun", "periode_tanggal", "no_counta",
    "target_rakit", "target_kolom_satuan", "persen_format", "kategori_rumus", "rk_atasan_index",
    "aspek_dropdown", "perspektif_dropdown", "data_veryhidden", "petunjuk_pertama", "baris_cadangan",
    "rujukan_lampiran", "ttd_tanggal",
}


def test_committed_set_is_what_the_generator_builds(tmp_path):
    """The committed workbooks and manifest are exactly the generator's output for its seed."""
    assert_built_by_generator(SET, tmp_path)


def test_set_covers_every_form_clean_and_defective_and_every_variation():
    files = assert_covers_every_form(SET)
    assert 40 <= len(files) <= 60
    used = Counter(v for f in files for v in f["variasi"])
    assert set(used) == VARIATIONS
    assert all(count >= 5 for count in used.values()), used
    assert all(2 <= len(f["variasi"]) <= 5 for f in files)
    assert len({d["code"] for f in files for d in f["defects"]}) >= 18


def test_every_formula_has_its_cached_value_and_data_is_hidden():
    """LibreOffice stored a value for each formula of the identity block; DATA is hidden or veryHidden."""
    files = assert_covers_every_form(SET)
    for f in files:
        path = SET / "kiriman" / f["file"]
        values = openpyxl.load_workbook(path, data_only=True)
        formulas = openpyxl.load_workbook(path)
        want = "veryHidden" if "data_veryhidden" in f["variasi"] else "hidden"
        assert formulas["DATA"].sheet_state == want, f["file"]
        skp = next(ws.title for ws in formulas if ws.title not in ("PETUNJUK",))
        nama = formulas[skp]["C6"].value
        assert isinstance(nama, str) and nama.startswith("="), f["file"]
        assert values[skp]["C6"].value, f["file"]


def test_the_set_is_checked_without_crying_wolf():
    """No error and no warning on a clean workbook, every injected defect found at its cell. The first
    measurement missed one: an RK whose PERSPEKTIF cell is left empty, unmerged, under an RK with one, taken
    for a perspektif written once above its group. The table merges every other RK's perspektif over that
    RK's own rows, so each RK has its own, and the empty one is now reported (``jpt_perspektif_per_rk``)."""
    assert_checked_without_crying_wolf(SET, 36)
