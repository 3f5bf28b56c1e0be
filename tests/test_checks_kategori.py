"""kategori-tidak-membedakan: every level but BAIK lies outside the target, and nothing is said when unsure.

On the clean JA Model Pengembangan document: IKI row 16 has target "12 laporan" with SANGAT KURANG … SANGAT
BAIK in G16 … K16; row 17 "90 %"; row 18 the waktu target "12 bulan" (lower is better).
"""

from __future__ import annotations

import math

import pytest
from clean_documents import clean_document, found

from skp.checks.kategori import Band
from skp.models import SkpDocument
from skp.numbers import parse_target

CODE = "kategori-tidak-membedakan"


def _document(row: int = 0, **levels: str | None) -> SkpDocument:
    document = clean_document("ja-pengembangan")
    kategori = document.rencana[0].iki[row].kategori
    assert kategori is not None
    for key, value in levels.items():
        setattr(kategori, key, value)
    return document


def _without_baik(document: SkpDocument, row: int = 0) -> SkpDocument:
    """The form with no BAIK column: the TARGET stands for BAIK (SPEC §3.10)."""
    kategori = document.rencana[0].iki[row].kategori
    assert kategori is not None
    kategori.baik = None
    del kategori.cells["baik"]
    return document


@pytest.mark.parametrize("sangat_baik",
                         ["12", "≥ 12", ">= 12", "12 - 15", "minimal 12", "12 ke atas", "> 11"])
def test_sangat_baik_containing_the_target(sangat_baik: str) -> None:
    assert found(_document(sangat_baik=sangat_baik)) == {(CODE, "SKP", "K16")}


@pytest.mark.parametrize("cukup", ["> 10", "≥ 9", "10 - 14"])
def test_target_inside_a_lower_band(cukup: str) -> None:
    document = _document(sangat_kurang=None, kurang=None, cukup=cukup)
    assert found(document) == {(CODE, "SKP", "I16")}


@pytest.mark.parametrize("sangat_baik", ["≤ 12", "paling lambat 12 bulan", "paling lama 12 bulan",
                                         "paling lama: 12 bulan", "selama-lamanya 12 bulan"])
def test_waktu_sangat_baik_containing_the_target(sangat_baik: str) -> None:
    assert found(_document(2, sangat_baik=sangat_baik)) == {(CODE, "SKP", "K18")}


def test_waktu_levels_worded_paling_lama_that_separate_are_right() -> None:
    document = _document(2, sangat_kurang=None, kurang=None, cukup="paling lama 14 bulan",
                         sangat_baik="paling lama 10 bulan")
    assert found(document) == set()


def test_waktu_cukup_above_the_target_is_right() -> None:
    """Target 10 bulan, CUKUP "> 10", SANGAT BAIK "< 10": the official example (SPEC §3.3)."""
    document = _document(2, sangat_kurang=None, kurang=None, cukup="> 12", sangat_baik="< 12")
    assert found(document) == set()


@pytest.mark.parametrize(
    "levels",
    [
        {"sangat_baik": "> 12"},
        {"sangat_baik": "13"},
        {"cukup": "9 - 12"},  # a written range that only touches the target: staff are loose about its end
        {"sangat_baik": "Lebih dari target"},  # words are the reviewer's to read
        {"sangat_baik": "-"},
    ],
)
def test_no_alarm_when_the_levels_separate_or_cannot_be_read(levels: dict[str, str]) -> None:
    assert found(_document(**levels)) == set()


def test_subset_cukup_and_sangat_baik_with_the_target_as_baik() -> None:
    document = _without_baik(_document(sangat_kurang=None, kurang=None, cukup="< 6", sangat_baik="> 12"))
    assert found(document) == set()
    document = _without_baik(_document(sangat_kurang=None, kurang=None, cukup="< 6", sangat_baik="12"))
    assert found(document) == {(CODE, "SKP", "K16")}


def test_capaian_percent_levels_under_a_counted_target_are_not_compared() -> None:
    document = _without_baik(_document(sangat_kurang="< 60 %", kurang="60 - 79 %", cukup="80 - 99 %",
                                       sangat_baik="≥ 100 %"))
    assert found(document) == set()


def test_a_target_at_its_maximum_may_equal_sangat_baik() -> None:
    """ "100 % tanpa temuan" is Sangat Baik when met (SPEC §6.2)."""
    document = _document(1, cukup="< 100 %", baik="100 %", sangat_baik="100 %", sangat_kurang=None,
                         kurang=None)
    document.rencana[0].iki[1].target = parse_target("100 %")
    assert found(document) == set()


def test_a_zero_target_may_equal_sangat_baik() -> None:
    document = _document(0, sangat_kurang=None, kurang=None, cukup="> 2", baik="0", sangat_baik="0")
    document.rencana[0].iki[0].target = parse_target("0 temuan")
    assert CODE not in {code for code, _, _ in found(document)}


def test_a_deadline_target_is_not_compared() -> None:
    document = _document(2, sangat_kurang=None, kurang=None, cukup="Januari 2026", baik="Desember 2025",
                         sangat_baik="Desember 2025")
    document.rencana[0].iki[2].target = parse_target("Desember 2025")
    assert CODE not in {code for code, _, _ in found(document)}


def test_one_finding_per_mistake_not_also_kategori_tidak_berurutan() -> None:
    """CUKUP "> 10" under target 12 is out of order too; only kategori-tidak-membedakan is reported."""
    assert found(_document(sangat_kurang="< 6", kurang="6 - 9", cukup="> 10")) == {(CODE, "SKP", "I16")}


def test_kategori_tidak_berurutan_uses_the_target_as_baik() -> None:
    """No BAIK column, CUKUP "13 - 15" above the target 12: out of order against the target."""
    document = _without_baik(_document(sangat_kurang=None, kurang=None, cukup="13 - 15", sangat_baik="> 12"))
    assert found(document) == {("kategori-tidak-berurutan", "SKP", "I16")}


def test_kategori_penilaian_kosong_accepts_the_target_as_baik() -> None:
    assert found(_without_baik(_document())) == set()


@pytest.mark.parametrize(
    ("raw", "low", "high", "low_closed", "high_closed"),
    [
        ("> 10", 10, math.inf, False, False),
        ("≥ 10", 10, math.inf, True, False),
        ("< 10", -math.inf, 10, False, False),
        ("≤ 10 bulan", -math.inf, 10, False, True),
        ("maksimal 10", -math.inf, 10, False, True),
        ("10 - 12", 10, 12, True, True),
        ("12", 12, 12, True, True),
        ("lebih dari 300 dokumen", 300, math.inf, False, False),
        ("150 ke atas", 150, math.inf, True, False),
    ],
)
def test_band_ends(raw: str, low: float, high: float, low_closed: bool, high_closed: bool) -> None:
    band = Band.parse("cukup", "CUKUP", raw)
    assert band is not None
    assert (band.low, band.high, band.low_closed, band.high_closed) == (low, high, low_closed, high_closed)


@pytest.mark.parametrize("raw", [None, "", "-", "Tepat waktu", "31 Desember 2025"])
def test_unreadable_bands(raw: str | None) -> None:
    assert Band.parse("cukup", "CUKUP", raw) is None


@pytest.mark.parametrize(("target", "baik"), [("90 %", "0,9"), ("0,9", "90 %"), ("0,9", "0,9")])
def test_a_percent_formatted_cell_read_as_its_fraction_is_in_order(target: str, baik: str) -> None:
    """Excel stores a cell shown as "90 %" as 0,9: beside thresholds written in %, a bare fraction in BAIK
    or in the target is that percentage, neither out of order nor different from the other."""
    document = _document(row=1, baik=baik)
    document.rencana[0].iki[1].target = parse_target(target)
    assert found(document) == set()


def test_a_fraction_out_of_order_among_percent_thresholds_is_still_reported() -> None:
    """A BAIK of 0,5 is 50 %: below CUKUP "75 - 89 %" (and not the target 90 %); a target of 0,5 is 50 %:
    inside SANGAT KURANG "< 60 %"."""
    assert found(_document(row=1, baik="0,5")) == {("kategori-tidak-berurutan", "SKP", "I17")}
    document = _document(row=1, baik="0,5")
    document.rencana[0].iki[1].target = parse_target("0,5")
    assert found(document) == {(CODE, "SKP", "G17")}
