"""What the reader remembers from one workbook to the next (header matches) never changes what it reads:
every workbook reads the same after all the others as on its own."""

from __future__ import annotations

from pathlib import Path

import pytest

from skp.config import Config
from skp.errors import WorkbookRejected
from skp.reading import table
from skp.reading.grid import WorkbookGrid
from skp.reading.load import load_grid
from skp.reading.reader import read_document

DATA = Path(__file__).parent / "data"
SAMPLES = Path(__file__).parent.parent / "samples"
WORKBOOKS = sorted(
    p for p in [*DATA.glob("*.xls*"), *SAMPLES.glob("*.xlsx")] if not p.name.startswith(("bad_", "~"))
)


def _reading(grid: WorkbookGrid, config: Config) -> object:
    try:
        return read_document(grid, config).model_dump(mode="json")
    except WorkbookRejected as exc:
        return exc.code


@pytest.fixture()
def forgetful(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(table, "_SEEN_HEADERS", {})


@pytest.mark.usefixtures("forgetful")
def test_every_workbook_reads_alike_after_the_others(config: Config) -> None:
    grids = {p.name: load_grid(p, config) for p in WORKBOOKS}
    alone = {}
    for name, grid in grids.items():
        table._SEEN_HEADERS.clear()
        alone[name] = _reading(grid, config)
    for _ in range(2):  # the second round finds every header remembered
        for name, grid in grids.items():
            assert _reading(grid, config) == alone[name], name
    assert table._SEEN_HEADERS


@pytest.mark.usefixtures("forgetful")
def test_same_header_rows_over_other_rows_read_as_their_own(config: Config) -> None:
    """The rows under a remembered header (column numbers or not) are always looked at anew."""
    numbered = load_grid(DATA / "layout_polos.xlsx", config)
    unnumbered = load_grid(DATA / "layout_tanpa_nomor_kolom.xlsx", config)
    first = _reading(numbered, config)
    second = _reading(unnumbered, config)
    table._SEEN_HEADERS.clear()
    assert _reading(unnumbered, config) == second
    assert _reading(numbered, config) == first
