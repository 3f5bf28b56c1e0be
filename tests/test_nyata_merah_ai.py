"""Periodic wording is no absolute target (SPEC §5, §7 ``target-absolut``), from the red-team set
``benchmarks/merah_ai``: JF Model Dasar workbooks whose IKI say when a result comes ("setiap tanggal 5",
"setiap akhir bulan", "setiap 3 bulan", "setiap bulannya") or whose count target names its period
("12 laporan (setiap bulan)") are clean; "setiap saat" and "100 % setiap bulan" still promise it always.
A waktu IKI whose target counts days from the event ("H+5") is measured in time
(``satuan-tidak-sesuai-aspek``).

The ``tests/data/merah_ai_*.xlsx`` workbooks were written by ``benchmarks/merah_ai/buat.py`` (the probes of
that set, copied), not by a builder of their own under ``tests/data``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from skp.config import Config
from skp.numbers import is_time_unit, parse_target
from skp.periksa import check_path

DATA = Path(__file__).parent / "data"


def _findings(name: str) -> set[tuple[str, str, str | None, str | None]]:
    report, _ = check_path(DATA / name, Config(), display_path=name)
    contract = report.to_contract()
    return {(f["code"], f["severity"], f["sheet"], f["cell"]) for f in contract["findings"]}


@pytest.mark.parametrize(
    "name",
    [
        "merah_ai_iki_setiap_tanggal.xlsx",
        "merah_ai_iki_setiap_akhir_bulan.xlsx",
        "merah_ai_iki_setiap_3_bulan.xlsx",
        "merah_ai_iki_setiap_bulannya.xlsx",
        "merah_ai_target_hitungan_setiap_bulan.xlsx",
    ],
)
def test_periodic_wording_is_clean(name: str) -> None:
    assert _findings(name) == set()


def test_always_available_is_absolute() -> None:
    assert _findings("merah_ai_cacat_iki_setiap_saat.xlsx") == {
        ("target-absolut", "peringatan", "SKP", "E18")
    }


def test_a_percent_every_month_is_absolute() -> None:
    assert _findings("merah_ai_cacat_target_persen_setiap_bulan.xlsx") == {
        ("target-absolut", "peringatan", "SKP", "F16")
    }


def test_a_day_count_after_the_event_is_a_time_unit() -> None:
    """A waktu IKI whose target is "H+5" (five days after the kegiatan) is measured in days."""
    assert _findings("merah_ai_waktu_h_plus.xlsx") == set()


@pytest.mark.parametrize(("target", "time"), [("H+5", True), ("H-3", True), ("H + 7", True),
                                              ("5 hal", False), ("Hasil 5", False)])
def test_day_count_notation(target: str, time: bool) -> None:
    assert is_time_unit(parse_target(target).satuan) is time


def test_an_iki_opening_with_the_percent_sign_needs_no_satuan() -> None:
    """"% modul … " with target "95" names its unit as "Persentase …" does (``target-tanpa-satuan``)."""
    assert _findings("merah_ai_iki_tanda_persen.xlsx") == set()


def test_an_unplaced_keterkaitan_header_is_named_not_turned_into_unlinked_rk() -> None:
    """A Keterkaitan table headed 'RK | BUTIR | OUTPUT | AK': 'BUTIR' is no official label, so it is named
    (``judul-tidak-dikenali``) and the links under it are not judged; no RK is reported unlinked (SPEC
    §3.10)."""
    assert _findings("merah_ai_ak_judul_butir_singkat.xlsx") == {
        ("judul-tidak-dikenali", "peringatan", "Keterkaitan AK", "C14")}
