"""Section B labelled ``B. TUGAS TAMBAHAN`` on an 8/2021 form (fixture: ``tests/data/make_tugas_tambahan.py``,
found by ``benchmarks/nyata_ci``): its RK are Kinerja Tambahan, which needs no RK atasan."""

from __future__ import annotations

from pathlib import Path

from skp.config import Config
from skp.periksa import check_path

DATA = Path(__file__).parent / "data"


def test_tugas_tambahan_is_the_kinerja_tambahan_section(config: Config) -> None:
    report, document = check_path(DATA / "ja_dasar_tugas_tambahan.xlsx", config)
    assert report.form == "ja-dasar" and report.flatten() == []
    assert document is not None and [rk.section for rk in document.rencana] == ["utama", "utama", "tambahan"]
