"""General causes found by the held-out set ``benchmarks/nyata_u`` (SKP JPT and their Manual Indikator
Kinerja), each with its own workbook in ``tests/data`` (built by ``tests/data/make_jpt_manual.py``) and its
exact findings: a Manual per sheet, a Manual with one IKI per column, numbered / synonym / glossed labels,
a Manual naming its IKI with an acronym, and the perspektif ``Keuangan/Anggaran``."""

from __future__ import annotations

from pathlib import Path

import pytest

from skp.config import Config
from skp.periksa import check_path
from skp.vocab import canonical_perspektif

DATA = Path(__file__).parent / "data"

EXPECTED = {
    # each IKI's Manual on its own sheet: every sheet is read, not only the best one
    "jpt_manual_per_sheet.xlsx": ("jpt-dasar", set()),
    # the third sheet's TUJUAN empty: the finding names that sheet's cell
    "jpt_manual_per_sheet_tujuan_kosong.xlsx": ("jpt-dasar", {("manual-iki-kosong", "Manual IKI 3", "C8")}),
    # DEFENISI IKI and TUJAUN on every sheet: each sheet still counts by its title
    "jpt_manual_per_sheet_salah_ketik.xlsx": ("jpt-dasar", set()),
    # ... and the third sheet's title misspelt as well: its name (Manual IKI 3) says it is the Manual's
    "jpt_manual_per_sheet_salah_ketik_judul.xlsx": ("jpt-dasar", set()),
    # fields down one column, one IKI per column: each column is one Manual
    "jpt_manual_iki_per_kolom.xlsx": ("jpt-dasar", set()),
    "jpt_manual_iki_per_kolom_formula_kosong.xlsx": (
        "jpt-dasar", {("manual-iki-kosong", "Manual IKI", "E9")}),
    # CARA PERHITUNGAN, MAKSUD, a short DESKRIPSI; a numbered misspelt label (4. Defenisi IKI)
    "jpt_manual_label_sinonim.xlsx": ("jpt-dasar", set()),
    # an IKI written with its acronym expanded in the Manual: paired by its RK (labelled with a gloss,
    # RENCANA KINERJA (SASARAN)), which has no other IKI
    "jpt_manual_iki_singkatan.xlsx": ("jpt-dasar", set()),
    "jpt_manual_iki_singkatan_hilang.xlsx": ("jpt-dasar", {("manual-iki-kosong", "SKP JPT", "C18")}),
    # an RK of two IKI with one Manual left over (Indeks KIP): it is the IKI it resembles; the other has none
    "jpt_manual_iki_singkatan_rk_dua_iki.xlsx": ("jpt-dasar", {("manual-iki-kosong", "SKP JPT", "C16")}),
    # the Manual beside the plan, the plan's RENCANA KINERJA misspelt: the plan's header is no Manual block,
    # which took the first block's RENCANA KINERJA and shifted every later block's fields by one
    "jpt_manual_di_samping_judul_salah_ketik.xlsx": ("jpt-dasar", set()),
    "jpt_manual_di_samping_judul_salah_ketik_tujuan_kosong.xlsx": (
        "jpt-dasar", {("manual-iki-kosong", "SKP JPT", "I85")}),
    # Keuangan/Anggaran names the Anggaran perspektif (A20): nothing there; the form's Manual covers only
    # its first two IKI, as in form_jpt_pengembangan itself
    "jpt_perspektif_keuangan_anggaran.xlsx": ("jpt-pengembangan", {
        ("manual-iki-kosong", "SKP JPT", f"D{r}") for r in range(17, 21)}),
    # a table that merges each RK's perspektif over that RK's own rows (A15:A16) gives every RK its own: an
    # empty one (A17) is empty, not the one above written once for a group (form_jpt_pengembangan_
    # perspektif_sekali, unmerged, still is)
    "jpt_perspektif_per_rk.xlsx": ("jpt-pengembangan", {
        ("manual-iki-kosong", "SKP JPT", f"D{r}") for r in range(17, 21)}),
    "jpt_perspektif_per_rk_kosong.xlsx": ("jpt-pengembangan", {
        ("perspektif-tidak-valid", "SKP JPT", "A17"), *(("manual-iki-kosong", "SKP JPT", f"D{r}")
                                                        for r in range(17, 21))}),
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_workbook_gives_exactly_its_findings_and_form(name: str, config: Config) -> None:
    report, _ = check_path(DATA / name, config)
    assert (report.form, set(report.flatten())) == EXPECTED[name]


def test_two_perspektif_are_not_one() -> None:
    assert canonical_perspektif("Keuangan/Anggaran") == "anggaran"
    assert canonical_perspektif("Keuangan") is None
    assert canonical_perspektif("Proses Bisnis/Anggaran") is None
