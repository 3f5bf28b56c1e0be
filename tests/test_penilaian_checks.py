"""The Penilaian checks: when they apply, what they tolerate, and exactly where they point."""

from __future__ import annotations

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from skp.checks.penilaian import (
    capaian_as_computed,
    displayed_percent,
    number_matches,
    percent_matches,
    predikat_as_computed,
    realisasi_filled,
)
from skp.checks.registry import run_document_checks
from skp.config import Config
from skp.models import Penilaian, PenilaianRow, Perilaku, SkpDocument, Target
from skp.numbers import format_number, format_percent, parse_target
from skp.scoring import ScoringSettings, score_document

PERILAKU = Perilaku(orientasi_pelayanan=100, komitmen=100, inisiatif_kerja=100, kerja_sama=100,
                    kepemimpinan=100)


def row(n: int, rk: str | None, target: str | None, realisasi: str | None, **written: str) -> PenilaianRow:
    cells = {"realisasi_raw": f"K{n}", "capaian_tertulis": f"L{n}", "kategori_tertulis": f"M{n}",
             "nilai_iki_tertulis": f"N{n}", "kategori_rk_tertulis": f"O{n}", "nilai_rk_tertulis": f"P{n}"}
    value = float(realisasi.split()[0].replace(",", ".")) if realisasi and realisasi.strip() else None
    return PenilaianRow(sheet="Penilaian", row=n, section="utama", rk=rk, aspek="Kuantitas", iki=f"IKI {n}",
                        target=None if target is None else parse_target(target), realisasi_raw=realisasi,
                        realisasi=value, cells=cells, **written)


def document(rows: list[PenilaianRow], **totals: str) -> SkpDocument:
    cells = {"nilai_akhir_tertulis": "P30", "predikat_tertulis": "P34"}
    penilaian = Penilaian(sheet="Penilaian", rows=rows, cells=cells, **totals)
    return SkpDocument(form="ja-dasar", jenis="JA", model="dasar", sheet="SKP", penilaian=penilaian,
                       perilaku=PERILAKU)


def flat(findings) -> list[tuple[str, str | None, str | None]]:
    return sorted((f.code, f.sheet, f.cell) for f in findings)


def test_blank_penilaian_of_a_plan_is_not_an_error(config) -> None:
    doc = document([row(12, "RK 1", "95 %", None), row(13, "RK 2", "10 dokumen", None)])
    codes = {f.code for f in run_document_checks(doc, config)}
    assert not codes & {"realisasi-kosong", "capaian-tidak-sesuai", "predikat-tidak-sesuai"}


def test_realisasi_kosong_once_any_realisasi_is_filled(config) -> None:
    doc = document([
        row(12, "RK 1", "95 %", "93 %"),
        row(13, None, "10 dokumen", None),
        row(14, "RK 2", "12 laporan", "  "),
        row(15, None, None, None),  # no target: iki-tanpa-target's business, not ours
    ])
    assert flat(realisasi_filled(doc, config)) == [
        ("realisasi-kosong", "Penilaian", "K13"), ("realisasi-kosong", "Penilaian", "K14"),
    ]


def test_written_values_that_agree_pass(config) -> None:
    doc = document([
        row(12, "RK 1", "95 %", "93 %", capaian_tertulis="98 %", kategori_tertulis="CUKUP",
            nilai_iki_tertulis="88", kategori_rk_tertulis="Cukup", nilai_rk_tertulis="88,0"),
        row(13, "RK 2", "80 - 90 %", "92 %", capaian_tertulis="1.0222222222222221",  # %-cell fraction
            kategori_tertulis="Sangat Baik", nilai_iki_tertulis="111,1",
            nilai_rk_tertulis="111.11111111111111"),
    ], nilai_akhir_tertulis="99,56", predikat_tertulis="Baik")
    assert flat(capaian_as_computed(doc, config)) == []
    assert flat(predikat_as_computed(doc, config)) == []


def test_written_values_that_disagree_are_reported_at_their_cell(config) -> None:
    doc = document([
        row(12, "RK 1", "95 %", "93 %", capaian_tertulis="97 %", kategori_tertulis="Baik",
            nilai_iki_tertulis="89", kategori_rk_tertulis="Baik", nilai_rk_tertulis="89"),
        row(13, "RK 2", "85 dokumen", "85 dokumen", capaian_tertulis="100%", kategori_tertulis="Baik",
            nilai_iki_tertulis="110"),
    ], nilai_akhir_tertulis="98,75", predikat_tertulis="Butuh Perbaikan")
    findings = list(capaian_as_computed(doc, config))
    assert flat(findings) == [
        ("capaian-tidak-sesuai", "Penilaian", "L12"), ("capaian-tidak-sesuai", "Penilaian", "M12"),
        ("capaian-tidak-sesuai", "Penilaian", "N12"), ("capaian-tidak-sesuai", "Penilaian", "N13"),
        ("capaian-tidak-sesuai", "Penilaian", "O12"), ("capaian-tidak-sesuai", "Penilaian", "P12"),
        ("capaian-tidak-sesuai", "Penilaian", "P30"),
    ]
    assert "seharusnya 97,9 %" in findings[0].message
    assert flat(predikat_as_computed(doc, config)) == [("predikat-tidak-sesuai", "Penilaian", "P34")]


def test_cukup_is_accepted_for_butuh_perbaikan(config) -> None:
    doc = document([row(12, "RK 1", "10 laporan", "8 laporan")], predikat_tertulis="Cukup")
    assert flat(predikat_as_computed(doc, config)) == []  # 0,7 × 70 + 0,3 × 100 = 79 → Butuh Perbaikan


def test_predikat_not_checked_without_perilaku(config) -> None:
    doc = document([row(12, "RK 1", "10 laporan", "8 laporan")], predikat_tertulis="Sangat Baik")
    doc = doc.model_copy(update={"perilaku": None})
    assert flat(predikat_as_computed(doc, config)) == []


@pytest.mark.parametrize(
    ("written", "agrees"),
    [("98 %", True), ("97,9%", True), ("97,89", True), ("0,98", True), ("0.979", True), ("97,8 %", False),
     ("99 %", False), ("0,97", False), ("98 persen", True), ("sembilan puluh", False),
     ("1.097,9 %", False)],
)
def test_percent_written_at_its_precision(written: str, agrees: bool) -> None:
    assert percent_matches(written, 93 / 95 * 100, 98) is agrees


def test_checks_run_from_the_registry(config) -> None:
    doc = document([row(12, "RK 1", "95 %", "93 %", kategori_tertulis="Baik"), row(13, None, "5 kali", None)])
    codes = [f.code for f in run_document_checks(doc, config)
             if f.code in ("realisasi-kosong", "capaian-tidak-sesuai", "predikat-tidak-sesuai")]
    assert sorted(codes) == ["capaian-tidak-sesuai", "realisasi-kosong"]


def test_on_a_built_workbook_findings_name_the_written_cells(config, tmp_path) -> None:
    """Through the reader: the finding sits on the cell the pegawai typed into."""
    from skp.periksa import check_path
    from skp.writing.builder import build_workbook

    doc = document([
        row(1, "RK 1", "95 %", "93 %", capaian_tertulis="97 %", nilai_iki_tertulis="88"),
        row(2, "RK 1", "85 dokumen", None),
    ], nilai_akhir_tertulis="90", predikat_tertulis="Sangat Baik")
    path = tmp_path / "ani.xlsx"
    build_workbook("ja-dasar", config, doc).save(path)
    report, _ = check_path(path, config)
    penilaian = [f for f in report.flatten() if f[0] in ("realisasi-kosong", "capaian-tidak-sesuai",
                                                          "predikat-tidak-sesuai")]
    assert penilaian == [
        ("capaian-tidak-sesuai", "Penilaian", "O16"),  # after REALISASI and the hidden helpers
        ("realisasi-kosong", "Penilaian", "G17"),
    ]


@given(st.floats(min_value=1, max_value=1e4), st.floats(min_value=0, max_value=2e4), st.booleans())
def test_writing_back_computed_values_never_disagrees(target: float, realisasi: float, waktu: bool) -> None:
    """Whatever the engine computes, shown as ``skp nilai`` shows it, passes the check."""
    config = Config()
    base = row(12, "RK 1", f"{target} dokumen", f"{realisasi} dokumen").model_copy(
        update={"realisasi": realisasi, "target": Target(raw=str(target), min=target, max=target),
                "aspek": "Waktu" if waktu else "Kuantitas"})
    iki = score_document(document([base]), config).iki[0]
    assume(iki.capaian is not None and iki.nilai is not None)
    written = base.model_copy(update={"capaian_tertulis": format_percent(iki.capaian),
                                      "kategori_tertulis": iki.kategori,
                                      "nilai_iki_tertulis": format_number(iki.nilai)})
    assert flat(capaian_as_computed(document([written]), config)) == []


def test_thousands_dots_are_not_decimals() -> None:
    assert number_matches("1.250", 1250.3)
    assert not number_matches("1.250", 1.25)
    assert number_matches("111,11", 111.1111)
    assert not number_matches("111,12", 111.1111)


def test_a_typo_in_a_written_kategori_or_predikat_is_no_mismatch(config) -> None:
    doc = document([row(12, "RK 1", "80 - 90 %", "92 %", kategori_tertulis="Sanagt Baik",
                        kategori_rk_tertulis="SANGAT BAIKK")])
    assert flat(capaian_as_computed(doc, config)) == []
    doc = document([row(12, "RK 1", "10 laporan", "8 laporan")], predikat_tertulis="Butuh Perbaiakn")
    assert flat(predikat_as_computed(doc, config)) == []  # computed Butuh Perbaikan, as in the test above


@pytest.mark.parametrize(("realisasi", "written"), [("6 laporan", "Kurnag"), ("8 laporan", "Cukp"),
                                                  ("6 laporan", "KURANG."), ("10 laporan", "Baki")])
def test_a_slip_in_a_short_kategori_word_is_no_mismatch(config, realisasi: str, written: str) -> None:
    """Two letters swapped in a six-letter word fall below the threshold for longer staff texts; the
    nearest of the five levels, well ahead of the next, is the one written (gangguan salah-ketik)."""
    doc = document([row(12, "RK 1", "10 laporan", realisasi, kategori_tertulis=written)])
    assert flat(capaian_as_computed(doc, config)) == []


def test_a_neighbouring_kategori_is_no_slip(config) -> None:
    """``Sangat Kurang`` or ``Cukup`` written where the capaian (60 %) gives Kurang: still a mismatch."""
    for written in ("Sangat Kurang", "Cukup", "Kurang Sekali"):
        doc = document([row(12, "RK 1", "10 laporan", "6 laporan", kategori_tertulis=written)])
        found = flat(capaian_as_computed(doc, config))
        assert found == [("capaian-tidak-sesuai", "Penilaian", "M12")], written


def test_another_kategori_written_is_still_a_mismatch(config) -> None:
    doc = document([row(12, "RK 1", "80 - 90 %", "92 %", kategori_tertulis="Baik")])
    assert flat(capaian_as_computed(doc, config)) == [("capaian-tidak-sesuai", "Penilaian", "M12")]


@pytest.mark.parametrize(("target", "realisasi", "capaian"), [
    ("0,9", "84 %", 93.333),  # a %-cell's 90 %: 84 of 90 %
    ("0,9", "84", 93.333),  # the realisasi typed bare beside it
    ("1", "100 %", 100.0),  # a target 1 shown 100 % beside a realisasi written in percent
    ("1", "12", 1200.0),  # a bare 1 beside 12: one document done twelve times, or 100 %? stays as written
    ("0,9", "0,84", 93.333),  # both fractions: the same capaian either way
])
def test_a_row_not_scored_yet_is_read_as_the_percent_only_where_it_shows_one(
        config, target: str, realisasi: str, capaian: float) -> None:
    """Nothing written in the row to say which reading: the percent when the literal capaian is more than ten
    times the target and the row shows a percent (a ``%`` realisasi, a target below 1)."""
    settings = config.section("penilaian", ScoringSettings)
    read, _ = displayed_percent(document([row(12, "RK 1", target, realisasi)]), config, settings)
    (iki,) = score_document(read, config, settings).iki
    assert iki.capaian == pytest.approx(capaian, abs=0.001)
