"""Target splits add up exactly, are never negative and stay within one rounding step of each share."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from skp.cascade.target import (
    TargetSplitError,
    decimals_for,
    rules,
    split_by_cells,
    split_target,
    split_total,
)
from skp.numbers import parse_target

totals = st.decimals(min_value=0, max_value=10**9, places=2, allow_nan=False, allow_infinity=False)
weights = st.lists(st.integers(min_value=0, max_value=1000), min_size=1, max_size=30).filter(any)


@given(total=totals, weights=weights, decimals=st.integers(min_value=0, max_value=3))
def test_parts_add_up_never_negative_within_one_step(
    total: Decimal, weights: list[int], decimals: int,
) -> None:
    parts = split_total(total, weights, decimals)
    assert sum(parts) == total
    assert all(p >= 0 for p in parts)
    step = Decimal(1).scaleb(-max(decimals, max(0, -total.normalize().as_tuple().exponent)))
    for part, weight in zip(parts, weights, strict=True):
        share = total * weight / sum(weights)
        assert abs(part - share) < step


@given(n=st.integers(min_value=1, max_value=40), whole=st.integers(min_value=0, max_value=10**6))
def test_countable_units_split_into_whole_numbers(n: int, whole: int, config) -> None:
    parts = split_target(f"{whole} dokumen", [1] * n, config)
    assert all(p.min == int(p.min) for p in parts)
    assert sum(int(p.min) for p in parts) == whole
    assert max(p.min for p in parts) - min(p.min for p in parts) <= 1


def test_ten_ton_over_two_members_is_five_and_five(config) -> None:
    assert [p.raw for p in split_target("10 ton", [1, 1], config)] == ["5 ton", "5 ton"]


def test_ten_ton_over_three_members_keeps_two_decimals(config) -> None:
    parts = split_target("10 ton", [1, 1, 1], config)
    assert [p.raw for p in parts] == ["3,34 ton", "3,33 ton", "3,33 ton"]


def test_weights_are_respected(config) -> None:
    assert [p.raw for p in split_target("12 laporan", [1, 2, 3], config)] == [
        "2 laporan", "4 laporan", "6 laporan",
    ]


def test_percent_and_rupiah_rounding(config) -> None:
    assert [p.raw for p in split_target("100 %", [1, 1, 1], config)] == ["33,4%", "33,3%", "33,3%"]
    assert [p.raw for p in split_target("Rp 1.000.000", [1, 1, 1], config)] == [
        "Rp333.334", "Rp333.333", "Rp333.333",
    ]


@pytest.mark.parametrize("satuan", ["perangkat daerah", "OPD", "satuan kerja baru"])
def test_countable_or_unknown_units_split_in_whole_units(satuan: str, config) -> None:
    """10 perangkat daerah over 3 members is 4/3/3, never "3,33 perangkat daerah"."""
    parts = split_target(f"10 {satuan}", [1, 1, 1], config)
    assert [p.raw for p in parts] == [f"4 {satuan.lower()}", f"3 {satuan.lower()}", f"3 {satuan.lower()}"]


def test_unit_decimals_follow_the_rules(config) -> None:
    kaskade = rules(config)
    assert decimals_for("dokumen kajian", kaskade) == 0
    assert decimals_for("ton", kaskade) == 2
    assert decimals_for("satuan asing", kaskade) == kaskade.desimal_bawaan


@pytest.mark.parametrize("target", ["Tepat waktu", "80 - 90 %"])
def test_unsplittable_targets_are_refused(target: str, config) -> None:
    with pytest.raises(TargetSplitError):
        split_target(target, [1, 1], config)


def test_zero_weights_are_refused() -> None:
    with pytest.raises(TargetSplitError):
        split_total(Decimal(10), [0, 0], 0)


def test_column_split_uses_typed_weights_and_is_stable(config) -> None:
    target = parse_target("12 laporan")
    assert [p.raw for p in split_by_cells(target, [None, None, None], config)] == ["4 laporan"] * 3
    first = split_by_cells(target, ["1", None, "3"], config)
    assert [p.raw if p else None for p in first] == ["3 laporan", None, "9 laporan"]
    again = split_by_cells(target, [p.raw if p else None for p in first], config)
    assert [p.raw if p else None for p in again] == ["3 laporan", None, "9 laporan"]
