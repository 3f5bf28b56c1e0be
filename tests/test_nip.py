"""NIP validation (SPEC §5): the spellings staff use, impossible dates, PPPK, and Excel's lost digits."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from skp.nip import TYPED_AS_NUMBER, NipInfo, is_pppk_nip, normalize_nip, validate_nip

VALID = "198609262015051001"


@pytest.mark.parametrize(
    "raw",
    [VALID, "19860926 201505 1 001", "19860926.201505.1.001", "19860926-201505-1-001",
     " 19860926 201505 1 001 ", "NIP. 19860926 201505 1 001", "NIP: 198609262015051001",
     "19860926\xa0201505\xa01\xa0001", "'198609262015051001", "’19860926 201505 1 001",
     "19860926 201505 1 001 (PNS)", "NIP. 19860926 201505 1 001 (CPNS)", "198609262015051001 PNS"],
)
def test_valid_nip_in_common_spellings(raw: str) -> None:
    check = validate_nip(raw)
    assert (check.errors, check.warnings, check.valid) == ([], [], True)
    assert check.info == NipInfo(
        digits=VALID, birth_date=date(1986, 9, 26), tmt_year=2015, tmt_month=5, is_pppk=False,
        gender="1", sequence="001",
    )
    assert normalize_nip(raw) == VALID


def test_pppk_number_carries_21_in_place_of_the_month() -> None:
    check = validate_nip("19900101 202221 2 015")
    assert check.valid
    assert check.info is not None
    assert (check.info.is_pppk, check.info.tmt_year, check.info.tmt_month, check.info.gender) == (
        True, 2022, None, "2",
    )


@pytest.mark.parametrize(
    ("raw", "error"),
    [
        ("19860926201505100", "harus 18 angka, tertulis 17 angka"),
        ("1986092620150510011", "harus 18 angka, tertulis 19 angka"),
        ("198613322015051001", "tanggal lahir 19861332 tidak ada"),
        ("198602302015051001", "tanggal lahir 19860230 tidak ada"),
        ("185001012015051001", "tanggal lahir 18500101 tidak mungkin"),
        ("198609262015131001", "bulan TMT 13 tidak ada"),
        ("198609262015001001", "bulan TMT 00 tidak ada"),
        ("198609262015053001", "digit jenis kelamin harus 1 atau 2, tertulis 3"),
        ("198609262015050001", "digit jenis kelamin harus 1 atau 2, tertulis 0"),
        ("198609262015051000", "nomor urut harus 001–999, tertulis 000"),
        ("1986O9262015051001", "hanya boleh berisi angka, tertulis '1986O9262015051001'"),
    ],
)
def test_malformed_nip(raw: str, error: str) -> None:
    check = validate_nip(raw)
    assert error in check.errors
    assert not check.valid


def test_nip_errors_are_all_collected() -> None:
    check = validate_nip("198613322015133001")
    assert len(check.errors) == 3


@pytest.mark.parametrize("raw", [1.98609262015051e17, 198609262015051000, "1.98609262015051E+17"])
def test_nip_typed_as_number_explains_the_lost_digits(raw: object) -> None:
    check = validate_nip(raw)
    assert check.errors == [TYPED_AS_NUMBER]
    assert check.info is not None
    assert check.info.digits == "198609262015051000"  # what Excel shows: 15 significant digits
    assert check.info.birth_date == date(1986, 9, 26)


def test_nip_flagged_by_the_reader_as_typed_as_number() -> None:
    check = validate_nip("198609262015051000", typed_as_number=True)
    assert check.errors == [TYPED_AS_NUMBER]


def test_short_number_typed_nip_reports_only_the_number_problem() -> None:
    assert validate_nip(198609262015051).errors == [TYPED_AS_NUMBER]


@pytest.mark.parametrize("raw", [None, "", "  ", "-", "–"])
def test_empty_nip_is_left_to_the_emptiness_check(raw: object) -> None:
    check = validate_nip(raw)
    assert (check.info, check.errors, check.warnings) == (None, [], [])
    assert normalize_nip(raw) is None


def test_tmt_before_minimum_age_is_a_warning() -> None:
    check = validate_nip("200001012015051001")
    assert check.valid
    assert check.warnings == ["TMT CPNS kurang dari 18 tahun setelah tanggal lahir"]


def test_tmt_at_exactly_minimum_age_is_fine() -> None:
    assert validate_nip("199705012015051001").warnings == []
    assert validate_nip("199706012015051001").warnings != []


def test_minimum_age_is_configurable() -> None:
    assert validate_nip(VALID, min_age=30).warnings == ["TMT CPNS kurang dari 30 tahun setelah tanggal lahir"]


def test_pppk_minimum_age_warning_names_pppk() -> None:
    warnings = validate_nip("201001012022211001").warnings
    assert warnings == ["TMT PPPK kurang dari 18 tahun setelah tanggal lahir"]


@pytest.mark.parametrize("raw", ["1986092620150510", "abc", "19860926 201505 1 001 2", True])
def test_normalize_nip_rejects_other_than_18_digits(raw: object) -> None:
    assert normalize_nip(raw) is None


@given(st.one_of(st.text(), st.text(alphabet="0123456789 .-", max_size=25), st.integers(),
                 st.floats(), st.booleans(), st.none()))
def test_validate_nip_never_raises(raw: object) -> None:
    check = validate_nip(raw)
    assert all(isinstance(e, str) and e for e in check.errors)
    normalized = normalize_nip(raw)
    assert normalized is None or (len(normalized) == 18 and normalized.isdigit())


@pytest.mark.parametrize(
    "raw",
    ["NI PPPK. 19930521 202321 2 011", "NIPPPK 199305212023212011", "NIP PPPK: 19930521 202321 2 011",
     "19930521 202321 2 011 (PPPK)"],
)
def test_a_pppk_number_under_its_own_name_or_with_its_status(raw: str) -> None:
    check = validate_nip(raw)
    assert (check.errors, check.warnings) == ([], [])
    assert normalize_nip(raw) == "199305212023212011"
    assert is_pppk_nip(raw)


@pytest.mark.parametrize("raw", ["CPNS", "(PNS)", "NI PPPK. 19931321 202321 2 011"])
def test_a_status_alone_or_a_bad_pppk_number_is_invalid(raw: str) -> None:
    assert validate_nip(raw).errors
