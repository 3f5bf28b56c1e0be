"""Shared fixtures. Test data lives in tests/data/, one workbook per layout variant or defect."""

from __future__ import annotations

import os

# The suite tests the code as written: a `skp percepat` build on this machine is not loaded (its modules
# ignore monkeypatching and differ in when memory is freed); tests/test_percepatan.py turns it on itself.
os.environ["SKP_PERCEPATAN"] = "0"

import subprocess  # noqa: E402
import tempfile  # noqa: E402
from collections.abc import Iterator  # noqa: E402
from pathlib import Path  # noqa: E402

import addin_remote  # noqa: F401, E402  (first: xlwings registers its remote engine only under a licence key)
import pytest  # noqa: E402

from skp.config import Config  # noqa: E402

DATA = Path(__file__).parent / "data"


@pytest.fixture(scope="session")
def config() -> Config:
    return Config()


@pytest.fixture(scope="session")
def data_dir() -> Path:
    return DATA


@pytest.fixture
def small_mount() -> Iterator[Path]:
    """A 64 KiB tmpfs for full-disk and read-only tests, removed afterwards (CI runs as root; where mount
    is refused the test says why and is skipped)."""
    point = Path(tempfile.mkdtemp(prefix="skp-tmpfs-"))
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(point)],
                          capture_output=True, check=False)
    if done.returncode != 0:
        point.rmdir()
        reason = done.stderr.decode(errors="replace").strip()
        pytest.skip(f"tmpfs tidak dapat dipasang (perlu root): {reason}")
    try:
        yield point
    finally:
        subprocess.run(["umount", "-l", str(point)], check=False)
        point.rmdir()
