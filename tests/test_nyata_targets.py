"""The checker measured on the four evaluation sets (``benchmarks/nyata*``), each built by a different
person from SPEC alone, apart from the project's fixtures, templates and reader; ``nyata_b``, ``nyata_c`` and
``nyata_d`` were held out while the reader was being fixed. Targets on every set: no ``error`` on a clean
workbook, recall of injected defects at least 0.95, the form of every workbook detected. How each set is
built and kept equal to its generator is tested in ``test_nyata.py``, ``test_nyata_b.py``,
``test_nyata_c.py`` and ``test_nyata_d.py``.
"""

from __future__ import annotations

import pytest
from nyata_sets import BENCHMARKS, measuring_tool

SETS = ("nyata", "nyata_b", "nyata_c", "nyata_d")


def _ukur():
    """``benchmarks/nyata/ukur.py``, the one measurement every set shares."""
    module = measuring_tool(BENCHMARKS / "nyata", "ukur.py")
    return module


@pytest.fixture(scope="module", params=SETS)
def hasil(request):
    folder = BENCHMARKS / request.param
    return _ukur().measure(folder / "kiriman", folder / "harapan.json")


def test_no_error_on_clean_workbooks(hasil):
    false = [(f["file"], f["code"], f["cell"]) for f in hasil["clean"]["false_errors"]]
    assert false == []


def test_recall_of_injected_defects(hasil):
    assert hasil["summary"]["recall_code"] >= 0.95, hasil["recall"]["missed"]


def test_form_detected_for_every_workbook(hasil):
    assert hasil["detection"]["wrong"] == []
    assert hasil["summary"]["detection_form"] == 1.0
