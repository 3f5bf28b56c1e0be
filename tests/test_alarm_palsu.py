"""The false-alarm benchmark (benchmarks/alarm_palsu.py) as a guard: an error-level check never cries wolf.

kategori-tidak-membedakan is an ``error``, so on every hand-labelled clean case, tuning and held-out, it
must stay silent; the peringatan checks may err a little, and the benchmark prints by how much.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from skp.config import Config

sys.path.insert(0, str(Path(__file__).parents[1] / "benchmarks"))

from alarm_palsu import measure  # noqa: E402


@pytest.mark.parametrize("holdout", [False, True])
def test_error_checks_raise_no_false_alarm(holdout: bool) -> None:
    outcomes = {o.code: o for o in measure(holdout, Config())}
    assert outcomes["kategori-tidak-membedakan"].false_alarms == ()


def test_every_check_catches_most_of_its_defects() -> None:
    for outcome in measure(False, Config()):
        assert len(outcome.missed) <= 0.2 * outcome.defects, outcome.code
