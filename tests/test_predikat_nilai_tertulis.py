"""Where one IKI has no target the nilai cannot be worked out, yet the sheet writes its own NILAI KINERJA
PEGAWAI and PREDIKAT: the written predikat is held to the written nilai (fixtures:
``tests/data/make_predikat_nilai_tertulis.py``, found by ``benchmarks/nyata_bw``), any predikat within the
nilai's rounding counting."""

from __future__ import annotations

from pathlib import Path

import pytest

from skp.config import Config
from skp.periksa import check_path

DATA = Path(__file__).parent / "data"
NO_TARGET = ("iki-tanpa-target", "SKP", "F16")


@pytest.mark.parametrize(
    ("name", "expected"),
    [("bersih", {NO_TARGET}), ("salah", {NO_TARGET, ("predikat-tidak-sesuai", "Penilaian", "L22")}),
     ("batas", {NO_TARGET})],
)
def test_findings(name: str, expected: set[tuple[str, str, str]], config: Config) -> None:
    report, _ = check_path(DATA / f"predikat_nilai_tertulis_{name}.xlsx", config)
    assert set(report.flatten()) == expected


def test_the_message_names_the_written_nilai_and_its_predikat(config: Config) -> None:
    report, _ = check_path(DATA / "predikat_nilai_tertulis_salah.xlsx", config)
    finding = next(f for f in report.findings if f.code == "predikat-tidak-sesuai")
    assert "Butuh Perbaikan" in finding.message and "Baik" in finding.message and "103,30" in finding.message
