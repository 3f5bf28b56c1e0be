"""False errors and a missed defect the red-team set ``benchmarks/merah_ak`` found in the Penilaian numbers,
each on its own fixture (``tests/data/make_merah_ak.py``): a capaian the form rounds to one decimal with
every nilai computed from the values written before it, result columns headed with bare words (never
read, so never checked), a predikat written with its nilai (``Baik (103,30)``), and a realisasi written
as a lone dash. Clean
variants have no finding at all; defective ones keep theirs."""

from __future__ import annotations

from pathlib import Path

import pytest

from skp.checks.penilaian import is_started
from skp.config import Config
from skp.models import Penilaian, PenilaianRow
from skp.periksa import check_path

DATA = Path(__file__).parent / "data"


def _found(name: str, config: Config) -> set[tuple[str, str | None, str | None]]:
    report, _ = check_path(DATA / f"merah_ak_{name}.xlsx", config)
    return set(report.flatten())


@pytest.mark.parametrize(
    "name", ["satu_desimal_bersih", "judul_pendek_bersih", "predikat_nilai_bersih", "strip_bersih",
             "judul_pendek_salah_ketik_bersih", "predikat_nilai_salah_ketik_bersih"])
def test_clean_workbook_has_no_findings(name: str, config: Config) -> None:
    assert _found(name, config) == set()


def test_nilai_rk_no_reading_gives_is_still_reported(config: Config) -> None:
    """Nilai RK ``99,50``: neither the mean of the IKI nilai as written (99,18) nor any computed one."""
    assert _found("satu_desimal_salah", config) == {("capaian-tidak-sesuai", "Penilaian", "L15")}


@pytest.mark.parametrize("name", ["judul_pendek_salah", "judul_pendek_salah_ketik_salah"])
def test_bare_kategori_and_nilai_beside_the_capaian_are_the_iki_results(name: str, config: Config) -> None:
    """``CAPAIAN (%) | KATEGORI | NILAI | KATEGORI RK | NILAI RK`` on one row, also with ``KATEOGRI``: every
    column read, checked."""
    assert _found(name, config) == {
        ("capaian-tidak-sesuai", "Penilaian", "J17"), ("capaian-tidak-sesuai", "Penilaian", "K17")}


@pytest.mark.parametrize("name", ["predikat_nilai_salah", "predikat_nilai_salah_ketik_salah"])
def test_predikat_with_its_nilai_beside_it_is_still_compared(name: str, config: Config) -> None:
    """``Sangat Baik (103,30)``: the nilai in brackets is dropped, the predikat is still wrong; also when
    the nilai perilaku's label is written ``NILAI PERIALKU KERJA`` (its ``90`` is no row number)."""
    assert _found(name, config) == {("predikat-tidak-sesuai", "Penilaian", "L22")}


def test_realisasi_written_as_a_dash_is_no_realisasi(config: Config) -> None:
    assert _found("strip_salah", config) == {("realisasi-kosong", "Penilaian", "G16")}


def test_a_sheet_of_dashes_is_not_started() -> None:
    rows = [PenilaianRow(section="utama", iki="Jumlah sarana", realisasi_raw=m) for m in ("-", "–", " ")]
    assert not is_started(Penilaian(rows=rows))
    assert is_started(Penilaian(rows=[*rows, PenilaianRow(section="utama", realisasi_raw="0")]))
