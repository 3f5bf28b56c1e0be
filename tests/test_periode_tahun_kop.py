"""A PERIODE PENILAIAN written without a year takes the one year the kop's title names (SPEC §3.1;
``pembacaan.periode_tahun_dari_kop``). Fixtures: ``tests/data/make_periode_tahun_kop.py``."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from skp.config import Config
from skp.periksa import check_path

DATA = Path(__file__).parent / "data"


def _check(
    name: str, config: Config | None = None
) -> tuple[object, list[tuple[str, str | None, str | None]]]:
    report, document = check_path(DATA / f"{name}.xlsx", config or Config())
    assert document is not None
    period = (document.periode.start, document.periode.end)
    return period, [(f.code, f.sheet, f.cell) for f in report.findings]


def test_the_title_gives_the_year() -> None:
    assert _check("periode_tahun_kop_judul_bersih") == ((date(2026, 1, 1), date(2026, 12, 31)), [])
    assert _check("periode_tahun_kop_mutasi_bersih") == ((date(2026, 7, 1), date(2026, 12, 31)), [])


@pytest.mark.parametrize(
    ("name", "period"),
    [
        ("periode_tahun_kop_tanpa_tahun", (None, None)),
        ("periode_tahun_kop_dua_tahun", (None, None)),
        ("periode_tahun_kop_terbalik", (date(2026, 12, 31), date(2026, 1, 1))),
    ],
)
def test_no_single_year_or_a_reversed_period_stays_invalid(name: str, period: tuple) -> None:
    assert _check(name) == (period, [("periode-tidak-valid", "SKP", "A3")])


def test_the_rule_can_be_turned_off(tmp_path: Path) -> None:
    rules = tmp_path / "aturan.yaml"
    rules.write_text("pembacaan:\n  periode_tahun_dari_kop: false\n", encoding="utf-8")
    assert _check("periode_tahun_kop_judul_bersih", Config.from_file(rules)) == (
        (None, None),
        [("periode-tidak-valid", "SKP", "A3")],
    )
