"""Indonesian numbers, targets, percentages, periods and units as staff write them (SPEC §5)."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from skp.numbers import (
    CURRENCY_UNITS,
    TIME_UNITS,
    is_currency_unit,
    is_time_unit,
    parse_number,
    parse_percent,
    parse_period,
    parse_target,
)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("85,5", 85.5),
        ("1.250", 1250),
        ("1.250.000,75", 1250000.75),
        ("Rp 1.250.000.000", 1.25e9),
        ("Rp. 500.000,-", 500000),
        ("Rp 1.250.000,00", 1250000),
        ("Rp 1,5 miliar", 1.5e9),
        ("2,5 juta rupiah", 2.5e6),
        ("Rp 1,25 M", 1.25e9),
        ("Rp 750 rb", 750e3),
        ("1,5 juta", 1.5),  # a multiplier counts only for money
        ("98 %", 98),
        (" 12 ", 12),
        ("0,005", 0.005),
        ("85.5", 85.5),
        ("0.005", 0.005),
        ("1,250,000.50", 1250000.5),
        ("12 dokumen", 12),
        ("-5", -5),
        ("1.98609262015051E+17", 1.98609262015051e17),
        (12, 12),
        (0.98, 0.98),
    ],
)
def test_parse_number_reads_indonesian_and_unambiguous_english(raw: object, expected: float) -> None:
    assert parse_number(raw) == pytest.approx(expected)


@pytest.mark.parametrize(
    "raw",
    [None, True, False, "", "   ", "-", "²", "Tepat waktu", "80 - 90", "12 dari 15", "1.2.3", "1.25.000",
     float("nan"), float("inf")],
)
def test_parse_number_gives_none_without_exactly_one_number(raw: object) -> None:
    assert parse_number(raw) is None


@pytest.mark.parametrize(
    ("raw", "low", "high", "satuan"),
    [
        ("12 Dokumen", 12, 12, "dokumen"),
        ("300 dokumen", 300, 300, "dokumen"),
        ("80 - 90 %", 80, 90, "%"),
        ("80–90%", 80, 90, "%"),
        ("80% - 90%", 80, 90, "%"),
        ("7-8 bulan", 7, 8, "bulan"),
        ("80 s.d. 90 %", 80, 90, "%"),
        ("80 sd 90", 80, 90, None),
        ("80 s/d 90", 80, 90, None),
        ("80 sampai dengan 90 persen", 80, 90, "%"),
        ("1.250 - 1.500 Laporan", 1250, 1500, "laporan"),
        ("Rp 1.250.000.000", 1.25e9, 1.25e9, "rupiah"),
        ("Rp 1,5 miliar", 1.5e9, 1.5e9, "rupiah"),
        ("Rp 100 - 200 juta", 1e8, 2e8, "rupiah"),
        ("Rp 100.000 s.d. Rp 200.000", 1e5, 2e5, "rupiah"),
        ("100 %", 100, 100, "%"),
        ("≥ 80%", 80, 80, "%"),
        ("10 Bulan", 10, 10, "bulan"),
        ("3,5 Indeks", 3.5, 3.5, "indeks"),
        ("Indeks 3,5", 3.5, 3.5, "indeks"),
        ("Minimal 3 kegiatan.", 3, 3, "kegiatan"),
        ("5 Hari Kerja", 5, 5, "hari kerja"),
        ("7 bulan - 8 bulan", 7, 8, "bulan"),
        ("10 bulan s.d 12 bulan", 10, 12, "bulan"),
        ("Rp 100 juta - 1 miliar", 1e8, 1e9, "rupiah"),
        ("12 (dua belas) Dokumen", 12, 12, "dokumen"),
        ("12 (dua belas) - 15 (lima belas) rapat", 12, 15, "rapat"),  # each bound followed by its words
        ("15 (lima belas) - 12 (dua belas) rapat", 15, 12, "rapat"),
        ("24 (dua puluh empat) kali patroli", 24, 24, "kali patroli"),
        ("100 (seratus) %", 100, 100, "%"),
        ("90 - 80 %", 90, 80, "%"),  # reversed stays reversed: target-rentang-terbalik reports it
    ],
)
def test_parse_target_numbers_ranges_and_satuan(
    raw: str, low: float, high: float, satuan: str | None
) -> None:
    target = parse_target(raw)
    assert (target.min, target.max, target.satuan) == (pytest.approx(low), pytest.approx(high), satuan)
    assert target.raw == raw


@pytest.mark.parametrize("raw", ["Tepat waktu", "Semua dokumen", "Sesuai jadwal", "", "-", "Desember",
                                 "Triwulan IV"])
def test_parse_target_without_number_is_not_measurable(raw: str) -> None:
    target = parse_target(raw)
    assert (target.min, target.max, target.is_measurable) == (None, None, False)
    assert target.raw == raw


def test_parse_target_numeric_cell_has_no_satuan() -> None:
    target = parse_target(12.0)
    assert (target.raw, target.min, target.max, target.satuan) == ("12.0", 12, 12, None)
    assert not target.is_range


def test_parse_target_none_keeps_empty_raw() -> None:
    assert parse_target(None).raw == ""


def test_parse_target_date_is_not_a_range() -> None:
    assert not parse_target("31-12-2025").is_range


@pytest.mark.parametrize(
    ("raw", "fraction", "expected"),
    [("98 %", False, 98.0), ("98,5%", False, 98.5), ("102,2", False, 102.2), (0.98, True, 98.0),
     (98, False, 98.0), ("98 %", True, 98.0), (1.022, True, 102.2)],
)
def test_parse_percent(raw: object, fraction: bool, expected: float) -> None:
    assert parse_percent(raw, fraction=fraction) == expected


def test_parse_percent_without_number() -> None:
    assert parse_percent("tercapai") is None


@pytest.mark.parametrize(
    ("raw", "start", "end"),
    [
        ("1 JANUARI SD 31 DESEMBER 2025", date(2025, 1, 1), date(2025, 12, 31)),
        ("PERIODE PENILAIAN: 1 JANUARI SD 31 DESEMBER 2025", date(2025, 1, 1), date(2025, 12, 31)),
        ("1 Januari 2025 s.d. 31 Desember 2025", date(2025, 1, 1), date(2025, 12, 31)),
        ("01/01/2025 - 30/06/2025", date(2025, 1, 1), date(2025, 6, 30)),
        ("01-07-2021 s/d 31-12-2021", date(2021, 7, 1), date(2021, 12, 31)),
        ("1 Juli s/d 31 Desember 2021", date(2021, 7, 1), date(2021, 12, 31)),
        ("JANUARI - DESEMBER 2025", date(2025, 1, 1), date(2025, 12, 31)),
        ("Januari s.d. Juni 2024", date(2024, 1, 1), date(2024, 6, 30)),
        ("Januari - Februari 2024", date(2024, 1, 1), date(2024, 2, 29)),
        ("JANUARI - DESEMBER TAHUN 2025", date(2025, 1, 1), date(2025, 12, 31)),
        ("1 Peb - 30 Nop 2024", date(2024, 2, 1), date(2024, 11, 30)),
        ("1 Agt. sampai dengan 30 Sept. 2023", date(2023, 8, 1), date(2023, 9, 30)),
        ("1 Agust - 31 Okt 2023", date(2023, 8, 1), date(2023, 10, 31)),
        ("1 Mar - 31 Mei 2023", date(2023, 3, 1), date(2023, 5, 31)),
        ("1 Apr - 30 Jun 2023", date(2023, 4, 1), date(2023, 6, 30)),
        ("1 Jul - 31 Des 2023", date(2023, 7, 1), date(2023, 12, 31)),
        ("1 Agu - 30 Sep 2023", date(2023, 8, 1), date(2023, 9, 30)),
        ("1 Feb - 30 Nov 2023", date(2023, 2, 1), date(2023, 11, 30)),
        ("2025-01-01 s.d. 2025-12-31", date(2025, 1, 1), date(2025, 12, 31)),
        ("1 Januari 2025 - 31 Desember", date(2025, 1, 1), date(2025, 12, 31)),
        ("TAHUN 2025", date(2025, 1, 1), date(2025, 12, 31)),
        ("1 JULI SD 31 DESEMBER 2025", date(2025, 7, 1), date(2025, 12, 31)),
        ("1 Desember 2024 s.d. 30 Juni 2025", date(2024, 12, 1), date(2025, 6, 30)),
        ("SEMESTER II TAHUN 2021", date(2021, 7, 1), date(2021, 12, 31)),
        ("Semester Pertama 2021", date(2021, 1, 1), date(2021, 6, 30)),
        ("Triwulan ke-4 2025", date(2025, 10, 1), date(2025, 12, 31)),
        ("31 DESEMBER SD 1 JANUARI 2025", date(2025, 12, 31), date(2025, 1, 1)),  # reversed as written
    ],
)
def test_parse_period(raw: str, start: date, end: date) -> None:
    assert parse_period(raw) == (start, end)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("1 Januari SD 31 Juni 2025", (date(2025, 1, 1), None)),
        ("31 Juni SD 31 Desember 2025", (None, date(2025, 12, 31))),
        ("30/02/2025 - 30/06/2025", (None, date(2025, 6, 30))),
        ("1 JANUARI SD 31 DESEMBER", (None, None)),  # no year anywhere
        ("", (None, None)),
        (None, (None, None)),
        ("-", (None, None)),
        ("PERIODE PENILAIAN:", (None, None)),
        ("SEMESTER III 2021", (None, None)),
        ("2024 - 2025", (None, None)),
    ],
)
def test_parse_period_impossible_or_missing_parts_are_none(raw: object, expected: tuple) -> None:
    assert parse_period(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("1 JANUARI SD 31 DESEMBER", (date(2026, 1, 1), date(2026, 12, 31))),
        ("Juli - Desember", (date(2026, 7, 1), date(2026, 12, 31))),
        ("1 Januari s.d. 31 Desember 2025", (date(2025, 1, 1), date(2025, 12, 31))),  # its own year wins
        ("PERIODE PENILAIAN:", (None, None)),  # no date to give the year to
        ("-", (None, None)),
    ],
)
def test_parse_period_with_the_year_of_the_kop(raw: str, expected: tuple) -> None:
    assert parse_period(raw, 2026) == expected


def test_parse_period_from_a_date_cell() -> None:
    assert parse_period(date(2025, 1, 1)) == (date(2025, 1, 1), None)


@pytest.mark.parametrize(
    "satuan",
    ["bulan", "Bulan", "bulan kalender", "HARI KERJA", "hari", "Minggu", "triwulan", "semester", "tahun",
     "jam", "menit", "days", "Desember"],
)
def test_time_units(satuan: str) -> None:
    assert is_time_unit(satuan)


@pytest.mark.parametrize("satuan", ["dokumen", "laporan per bulan", "%", "", None, "rupiah", "orang"])
def test_not_time_units(satuan: str | None) -> None:
    assert not is_time_unit(satuan)


@pytest.mark.parametrize(
    "satuan", ["rupiah", "Rp", "rp.", "Juta Rupiah", "miliar rupiah", "Rupiah (ribu)", "IDR"]
)
def test_currency_units(satuan: str) -> None:
    assert is_currency_unit(satuan)


@pytest.mark.parametrize("satuan", ["dokumen", "%", "bulan", "", None, "persen anggaran"])
def test_not_currency_units(satuan: str | None) -> None:
    assert not is_currency_unit(satuan)


def test_unit_sets_are_recognised_by_their_helpers() -> None:
    assert all(is_time_unit(unit) for unit in TIME_UNITS)
    assert all(is_currency_unit(unit) for unit in CURRENCY_UNITS)


def test_parsed_target_satuan_feeds_the_unit_helpers() -> None:
    assert is_currency_unit(parse_target("Rp 1.250.000.000").satuan)
    assert is_time_unit(parse_target("10 bulan").satuan)


_cells = st.one_of(
    st.text(),
    st.text(alphabet="0123456789.,-–% sdRp/Januari", max_size=30),
    st.from_regex(r"\d{1,2} (Jan|Juni|Des) \d{4} s\.d\. \d{1,2} [A-Za-z]{3,9} \d{4}", fullmatch=True),
    st.integers(),
    st.floats(allow_nan=True, allow_infinity=True),
    st.booleans(),
    st.none(),
)


@given(_cells)
def test_parsers_never_raise(raw: object) -> None:
    parse_number(raw)
    parse_percent(raw, fraction=True)
    target = parse_target(raw)
    assert target.raw == ("" if raw is None else str(raw))
    start, end = parse_period(raw)
    assert start is None or isinstance(start, date)
    assert end is None or isinstance(end, date)


@pytest.mark.parametrize(
    ("value", "satuan", "shown"),
    [
        (1_250_000, "rupiah", "Rp1.250.000"),
        (1.25e6, "juta rupiah", "Rp1.250.000"),
        (2.5, "ton", "2,5 ton"),
        (80, "%", "80%"),
        (3, "perangkat daerah", "3 perangkat daerah"),
        (1e20, None, "100.000.000.000.000.000.000"),
        (-0.0001, None, "0"),
    ],
)
def test_one_formatter_never_prints_scientific_notation(value: float, satuan: str | None, shown: str) -> None:
    from skp.numbers import format_amount

    assert format_amount(value, satuan) == shown
