"""A third identity block ``ATASAN PEJABAT PENILAI KINERJA`` beside the penilai's (fixtures:
``tests/data/make_blok_atasan_penilai.py``, found by ``benchmarks/gangguan.py`` on ``benchmarks/nyata_cb``):
the penilai's region ends where it begins, so its fields never stand in for the penilai's."""

from __future__ import annotations

from pathlib import Path

import pytest

from skp.config import Config
from skp.periksa import check_path

DATA = Path(__file__).parent / "data"


@pytest.mark.parametrize("name", ["bersih", "label_salah_ketik"])
def test_the_penilai_is_read_from_its_own_block(name: str, config: Config) -> None:
    report, document = check_path(DATA / f"blok_atasan_penilai_{name}.xlsx", config)
    assert report.flatten() == []
    assert document is not None
    assert (document.penilai.pangkat, document.penilai.cells["pangkat"]) == ("Pembina, IV/a", "G8")
