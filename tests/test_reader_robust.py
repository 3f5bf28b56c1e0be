"""Whatever staff do to a workbook, reading it never raises: every file gets a report."""

from __future__ import annotations

import copy
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from skp.config import Config
from skp.periksa import check_grid
from skp.reading.grid import WorkbookGrid
from skp.reading.load import load_grid

DATA = Path(__file__).parent / "data"
CONFIG = Config()
SOURCES = {
    name: load_grid(DATA / name, CONFIG)
    for name in (
        "layout_polos.xlsx",
        "form_ja_pengembangan.xlsx",
        "form_jpt_pengembangan.xlsx",
        "form_ja_dasar.xlsx",
        "form_jf_pengembangan.xlsx",
    )
}
VALUES = st.one_of(
    st.none(),
    st.integers(-(10**20), 10**20),
    st.integers(-(10**8), 10**8).map(lambda n: n / 100),
    st.booleans(),
    st.text(max_size=30),
    st.sampled_from(
        [
            "NAMA",
            "NIP",
            "TARGET",
            "A. KINERJA UTAMA",
            "RENCANA KINERJA",
            "KATEGORI PENILAIAN",
            ":",
            "NAMA : ",
            "PEJABAT PENILAI KINERJA",
        ]
    ),
)
MUTATION = st.tuples(
    st.sampled_from(["set", "delete_row", "insert_row", "merge", "truncate"]),
    st.integers(0, 60),
    st.integers(0, 20),
    VALUES,
    st.integers(0, 5),
    st.integers(0, 5),
)


def mutate(grid: WorkbookGrid, mutations: list[tuple]) -> WorkbookGrid:
    grid = copy.deepcopy(grid)
    for kind, r, c, value, dr, dc in mutations:
        sheet = grid.sheets[r % len(grid.sheets)]
        rows = sheet.rows
        if kind == "set" and rows:
            row = rows[r % len(rows)]
            row.extend([None] * (c + 1 - len(row)))
            row[c] = value
        elif kind == "delete_row" and rows:
            del rows[r % len(rows)]
        elif kind == "insert_row":
            rows.insert(min(r, len(rows)), [value] * (c % 4))
        elif kind == "merge":
            sheet.merged.append((r, c, r + dr, c + dc))
        elif kind == "truncate":
            del rows[r:]
    return grid


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(sorted(SOURCES)), st.lists(MUTATION, max_size=12))
def test_mutated_workbook_always_gives_a_report(name: str, mutations: list[tuple]) -> None:
    report, document = check_grid(mutate(SOURCES[name], mutations), name, CONFIG)
    assert report.path == name
    assert (document is None) == (report.status == "gagal-dibaca")
