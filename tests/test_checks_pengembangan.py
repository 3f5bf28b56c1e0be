"""Model Pengembangan and JPT annex checks (perspektif, kategori, cara memantau, Manual IKI)."""

from __future__ import annotations

import pytest
from clean_documents import clean_document, found

from skp.config import Config
from skp.models import CaraMemantau


@pytest.mark.parametrize("raw", [None, "Keuangan"])
def test_invalid_perspektif(raw: str | None) -> None:
    document = clean_document("jpt-pengembangan")
    document.rencana[3].perspektif_raw, document.rencana[3].perspektif = raw, None
    assert found(document) == {("perspektif-tidak-valid", "SKP", "A19"),
                               ("perspektif-tidak-lengkap", "SKP", "A15")}


def test_perspektif_missing_one_of_four() -> None:
    document = clean_document("jpt-pengembangan")
    document.rencana[3].perspektif_raw, document.rencana[3].perspektif = "Proses Bisnis", "proses-bisnis"
    assert found(document) == {("perspektif-tidak-lengkap", "SKP", "A15")}


def test_jpt_dasar_has_no_perspektif() -> None:
    assert found(clean_document("jpt-dasar")) == set()


@pytest.mark.parametrize("form", ["ja-pengembangan", "jf-pengembangan"])
def test_kategori_missing(form: str) -> None:
    document = clean_document(form)
    document.rencana[1].iki[1].kategori = None
    document.rencana[0].iki[0].kategori.baik = ""
    assert found(document) == {("kategori-penilaian-kosong", "SKP", "F20"),
                               ("kategori-penilaian-kosong", "SKP", "J16")}


def test_dasar_needs_no_kategori() -> None:
    document = clean_document("ja-dasar")
    assert document.rencana[0].iki[0].kategori is None
    assert found(document) == set()


@pytest.mark.parametrize("rk, iki, level, value, cell", [
    (0, 0, "cukup", "13 - 15", "I16"),  # CUKUP above BAIK on a higher-is-better IKI
    (0, 2, "sangat_baik", "> 12", "K18"),  # waktu: SANGAT BAIK must be the smallest
    (1, 0, "baik", "250", "J19"),  # BAIK differs from the target 300 dokumen
])
def test_kategori_out_of_order(rk: int, iki: int, level: str, value: str, cell: str) -> None:
    document = clean_document("ja-pengembangan")
    setattr(document.rencana[rk].iki[iki].kategori, level, value)
    assert found(document) == {("kategori-tidak-berurutan", "SKP", cell)}


def test_lower_is_better_comes_from_the_scoring_settings() -> None:
    """One setting (penilaian.aspek_kondisi_khusus) drives both the scores and the kategori order check."""
    document = clean_document("ja-pengembangan")  # two waktu IKI (rows 18 and 20), thresholds falling
    config = Config(rules={"penilaian": {"aspek_kondisi_khusus": []}})
    assert found(document, config) == {("kategori-tidak-berurutan", "SKP", "H18"),
                                       ("kategori-tidak-berurutan", "SKP", "I20")}


def test_capaian_percentages_always_rise() -> None:
    document = clean_document("ja-pengembangan")
    kategori = document.rencana[0].iki[2].kategori  # waktu, 12 bulan
    kategori.sangat_kurang, kategori.kurang, kategori.cukup = "< 60 %", "60 - 79 %", "80 - 99 %"
    kategori.baik, kategori.sangat_baik = "100 %", "> 100 %"
    assert found(document) == set()


def test_qualitative_kategori_is_left_to_the_reviewer() -> None:
    document = clean_document("ja-pengembangan")
    kategori = document.rencana[0].iki[1].kategori
    kategori.sangat_kurang, kategori.kurang, kategori.cukup = "Banyak koreksi", "Beberapa koreksi", "Sedikit"
    assert found(document) == set()


def test_baik_equal_to_target_is_configurable() -> None:
    document = clean_document("ja-pengembangan")
    document.rencana[1].iki[0].kategori.baik = "250"
    config = Config(rules={"pemeriksaan": {"kategori_baik_sama_dengan_target": False}})
    assert found(document, config) == set()


def test_cara_memantau_missing_or_partial() -> None:
    document = clean_document("jf-pengembangan")
    document.rencana[0].cara_memantau = None
    document.rencana[2].cara_memantau.waktu_pengumpulan = "-"
    assert found(document) == {("cara-memantau-kosong", "SKP", "C16"), ("cara-memantau-kosong", "SKP", "N23")}


def test_single_sumber_data_column_is_enough() -> None:
    document = clean_document("ja-pengembangan")
    document.rencana[0].cara_memantau = CaraMemantau(sheet="SKP", sumber_data="Aplikasi SIPD",
                                                     cells={"sumber_data": "L16"})
    assert found(document) == set()


def test_manual_iki_missing_for_one_iki() -> None:
    document = clean_document("jpt-pengembangan")
    document.manual_iki = document.manual_iki[1:]
    assert found(document) == {("manual-iki-kosong", "SKP", "D16")}


def test_manual_iki_sheet_absent() -> None:
    document = clean_document("jpt-dasar")
    document.manual_iki, document.manual_iki_sheet = None, None
    assert found(document) == {("manual-iki-kosong", "SKP", f"D{row}") for row in (16, 17, 18, 19)}


def test_manual_iki_without_formula_reported_in_the_manual() -> None:
    document = clean_document("jpt-dasar")
    document.manual_iki[2].formula = None
    document.manual_iki[2].tujuan = ""
    assert found(document) == {("manual-iki-kosong", "Manual IKI", "C32")}


def test_manual_matched_despite_small_copy_differences() -> None:
    document = clean_document("jpt-dasar")
    document.manual_iki[0].iki = document.manual_iki[0].iki.upper() + "."
    assert found(document) == set()
