"""Shared fixtures. Test data lives in tests/data/, one workbook per layout variant or defect."""

from __future__ import annotations

from pathlib import Path

import addin_remote  # noqa: F401  (first: xlwings registers its remote engine only under a licence key)
import pytest

from skp.config import Config

DATA = Path(__file__).parent / "data"


@pytest.fixture(scope="session")
def config() -> Config:
    return Config()


@pytest.fixture(scope="session")
def data_dir() -> Path:
    return DATA
