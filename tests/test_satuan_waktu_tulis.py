"""Waktu targets as staff write them in a narrow TARGET column (found while measuring
``benchmarks/nyata_ad``): units of time abbreviated (``hr``, ``bln``, ``thn``, ``mgg``), a date's unit
before its number after a deadline word (``paling lambat tanggal 10``) or before a frequency (``tgl 5 tiap
bulan``), and a service time written as a product (``3 x 24 jam``). Workbooks built by
``tests/data/make_satuan_waktu_tulis.py``."""

from __future__ import annotations

from pathlib import Path

import pytest

from skp.config import Config
from skp.numbers import is_time_unit, parse_target
from skp.periksa import check_path

DATA = Path(__file__).parent / "data"


def _found(name: str, config: Config) -> set[tuple[str, str | None, str | None]]:
    report, _ = check_path(DATA / name, config)
    assert report.form == "ja-dasar"
    return {(f["code"], f["sheet"], f["cell"]) for f in report.to_contract()["findings"]}


def test_waktu_targets_written_short_need_no_finding(config: Config) -> None:
    assert _found("nyata_waktu_tulis_bersih.xlsx", config) == set()


def test_waktu_targets_not_in_time_are_still_reported(config: Config) -> None:
    """``12 lbr``, ``3 x 24 dokumen``, ``paling lambat 3 laporan``; ``paling lambat 10`` is a bare number
    (reported once, as target-tanpa-satuan), no longer taken for a satuan ``paling lambat``."""
    assert _found("nyata_waktu_tulis_salah.xlsx", config) == {
        ("satuan-tidak-sesuai-aspek", "SKP", "F15"),
        ("satuan-tidak-sesuai-aspek", "SKP", "F17"),
        ("satuan-tidak-sesuai-aspek", "SKP", "F19"),
        ("target-tanpa-satuan", "SKP", "F21"),
    }


@pytest.mark.parametrize(
    ("raw", "value", "satuan"),
    [
        ("10 hr kerja", 10, "hr kerja"),
        ("12 bln.", 12, "bln"),
        ("paling lambat tanggal 10", 10, "tanggal"),
        ("selambat-lambatnya tgl 5 tiap bulan", 5, "tgl"),
        ("3 x 24 jam", 72, "jam"),
        ("2 × 7 hari kerja", 14, "hari kerja"),
        ("paling lambat 10", 10, None),
    ],
)
def test_waktu_target_readings(raw: str, value: float, satuan: str | None) -> None:
    target = parse_target(raw)
    assert (target.min, target.max, target.satuan) == (value, value, satuan)
    assert satuan is None or is_time_unit(target.satuan)


@pytest.mark.parametrize(
    ("raw", "value", "satuan"),
    [("12 laporan per bulan", 12, "laporan per bulan"), ("12 per bulan", 12, "per bulan"),
     ("3 x 24 dokumen", 3, "x 24 dokumen"), ("12 lbr", 12, "lbr")],
)
def test_other_targets_read_as_before(raw: str, value: float, satuan: str) -> None:
    """A frequency after a number with nothing before it stays the satuan; a product is only read as one
    before a unit of time."""
    target = parse_target(raw)
    assert (target.min, target.satuan) == (value, satuan)
    assert not is_time_unit(target.satuan)
