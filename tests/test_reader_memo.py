"""What the reader remembers from one workbook to the next (header matches, in the run's
:class:`ReadingSession`) never changes what it reads: every workbook reads the same after all the others
as on its own, in a fresh session."""

from __future__ import annotations

import gc
import pickle
from pathlib import Path

from skp.config import Config
from skp.errors import WorkbookRejected
from skp.reading.grid import SheetGrid, WorkbookGrid
from skp.reading.index import sheet_indexes
from skp.reading.load import load_grid
from skp.reading.reader import read_document
from skp.reading.rules import reading_rules
from skp.reading.session import ReadingSession
from skp.run.worker import WorkerSetup, examine

DATA = Path(__file__).parent / "data"
SAMPLES = Path(__file__).parent.parent / "samples"
WORKBOOKS = sorted(
    p
    for p in [*DATA.glob("*.xls*"), *SAMPLES.glob("*.xlsx")]
    if not p.name.startswith(("bad_", "~", "lain_halaman_web"))  # not workbooks at all
)


def _session(config: Config) -> ReadingSession:
    return ReadingSession(config.mappings, reading_rules(config))


def _reading(grid: WorkbookGrid, config: Config, session: ReadingSession) -> object:
    try:
        return read_document(grid, config, session).model_dump(mode="json")
    except WorkbookRejected as exc:
        return exc.code


def test_every_workbook_reads_alike_after_the_others(config: Config) -> None:
    grids = {p.name: load_grid(p, config) for p in WORKBOOKS}
    alone = {name: _reading(grid, config, _session(config)) for name, grid in grids.items()}
    shared = _session(config)
    for _ in range(3):  # the second round finds every header remembered, the third every sheet's index
        for name, grid in grids.items():
            assert _reading(grid, config, shared) == alone[name], name
    assert shared.memo["headers"]
    assert shared.memo["shared sheets"]


def test_a_sheet_met_again_shares_its_index_and_true_is_not_one() -> None:
    """A sheet equal to one met before gets that sheet's index from its second appearance on; a sheet
    differing only by ``TRUE`` where the other has ``1`` (equal for ``==`` and by hash) is not equal."""
    session = ReadingSession()

    def grid(flag: object) -> WorkbookGrid:
        return WorkbookGrid([SheetGrid("Daftar", [["ya", flag], [None, "tidak"]], merged=[(1, 0, 1, 1)])])

    first, second, third = (sheet_indexes(grid(1), session)[0] for _ in range(3))
    assert (first[1], second[1], third[1]) == (False, True, True)
    assert first[0] is not second[0] and third[0] is second[0]
    other = sheet_indexes(grid(True), session)[0][0]
    assert other is not second[0] and sheet_indexes(grid(1), session)[0][0] is second[0]


def test_same_header_rows_over_other_rows_read_as_their_own(config: Config) -> None:
    """The rows under a remembered header (column numbers or not) are always looked at anew."""
    numbered = load_grid(DATA / "layout_polos.xlsx", config)
    unnumbered = load_grid(DATA / "layout_tanpa_nomor_kolom.xlsx", config)
    session = _session(config)
    first = _reading(numbered, config, session)
    second = _reading(unnumbered, config, session)
    assert _reading(unnumbered, config, _session(config)) == second
    assert _reading(numbered, config, session) == first


def test_each_worker_makes_its_own_session_and_never_sends_it() -> None:
    """The runner's setup crosses to a worker without its session; the worker makes one on first use and
    keeps it for every file it reads, and no session is kept anywhere else."""
    setup = WorkerSetup(Config())
    local = setup.session
    assert setup.session is local
    arrived = pickle.loads(pickle.dumps(setup))
    assert arrived._session is None
    assert arrived.session is not local and arrived.session is arrived.session


def test_no_grid_waits_for_the_garbage_collector(config: Config) -> None:
    """Batch workers collect garbage only every few hundred workbooks (skp.run.isolation): a workbook's
    grid, its sheet indexes and the layouts found on them must be freed as soon as it is read, by
    reference counting, or each worker holds hundreds of grids at a time. (olefile leaves a few objects
    of its own behind for an .xls, none of them ours.)"""
    from skp.reading.grid import SheetGrid
    from skp.reading.index import SheetIndex
    from skp.reading.table import TableLayout

    setup = WorkerSetup(config)
    paths = sorted([*DATA.glob("*.xls*"), *SAMPLES.glob("*.xlsx")])
    ours = (WorkbookGrid, SheetGrid, SheetIndex, TableLayout)
    gc.collect()
    gc.freeze()  # as a worker does at start: each collection below looks at what examine left, not at
    gc.disable()  # everything the test session holds (two minutes instead of seconds in the full suite)
    gc.set_debug(gc.DEBUG_SAVEALL)
    try:
        for path in paths:
            examine(path, path.name, config, session=setup.session)
            gc.collect()
            left = [type(o).__name__ for o in gc.garbage if isinstance(o, ours)]
            gc.garbage.clear()
            assert left == [], path.name
    finally:
        gc.set_debug(0)
        gc.enable()
        gc.unfreeze()


def test_a_sheet_dropped_from_the_shared_table_by_its_own_workbook_is_released_by_its_reader() -> None:
    """The shared table may start afresh while a workbook's later sheet is indexed, dropping the index just
    given to one of its earlier sheets: that index is then the caller's to release, not the table's."""
    from skp.reading.index import _SHARED_SHEETS_MAX

    session = ReadingSession()
    fillers = [WorkbookGrid([SheetGrid(f"Daftar {i}", [["ya", i]])]) for i in range(_SHARED_SHEETS_MAX - 1)]
    both = WorkbookGrid([SheetGrid("Petunjuk", [["isi sel kuning"]]),
                         SheetGrid("Referensi", [["ya", "tidak"]])])
    for grid in [*fillers, *fillers, both]:
        sheet_indexes(grid, session)
    # "Petunjuk" fills the table to its limit; "Referensi" makes it start afresh, dropping "Petunjuk"
    (petunjuk, petunjuk_shared), (referensi, referensi_shared) = sheet_indexes(both, session)
    assert list(session.memo["shared sheets"].values()) == [referensi]
    assert (petunjuk_shared, referensi_shared) == (False, True)


def test_bounding_a_table_leaves_the_layout_its_sheet_remembers(config: Config) -> None:
    """``bound_table`` joins the unlabelled satuan column to TARGET on its own copy: the header found on
    the sheet (remembered there, and with the sheet's index for every workbook repeating the sheet) is
    handed out unchanged, or the next reading would join one column further."""
    from skp.reading.bounds import bound_table
    from skp.reading.table import locate_table

    grid = load_grid(DATA / "layout_satuan_tanpa_judul.xlsx", config)
    session = _session(config)
    index = next(i for i, _ in sheet_indexes(grid, session) if i.name == "SKP")
    table = config.mappings.forms["ja-dasar"].rencana.table
    assert table is not None
    first = locate_table(index, table, 3)
    assert first is not None
    located = dict(first.columns)
    bound_table(first, (), None)
    assert first.columns["target"].c1 == located["target"].c1 + 1  # the satuan column joined
    again = locate_table(index, table, 3)
    assert again is not None and again.columns == located


def test_a_full_table_of_shared_sheets_starts_afresh_and_releases_what_it_held() -> None:
    """The shared sheets are bounded like every memo table; the indexes dropped when it starts afresh are
    released, so that the layouts they remember (which point back at them) need no garbage collector."""
    from skp.reading.index import _SHARED_SHEETS_MAX

    session = ReadingSession()
    grids = [WorkbookGrid([SheetGrid(f"Daftar {i}", [["ya", i]])]) for i in range(_SHARED_SHEETS_MAX + 1)]
    for grid in grids[:-1]:
        sheet_indexes(grid, session)
    kept = [sheet_indexes(grid, session)[0][0] for grid in grids[:-1]]  # second appearance: kept
    assert kept[0].name_key and kept[0].memo  # something remembered on the sheet
    sheet_indexes(grids[-1], session)
    sheet_indexes(grids[-1], session)  # the table is full: it starts afresh with this one
    assert len(session.memo["shared sheets"]) == 1
    assert all(not index.memo for index in kept)


def test_a_name_whose_sheets_never_repeat_is_no_longer_compared() -> None:
    """The plan sheet each sender fills in is never met twice: after 32 of them its name's sheets are
    indexed without hashing their cells first; a name that repeated once keeps being compared."""
    session = ReadingSession()
    for i in range(40):
        plan = SheetGrid("SKP", [["NAMA", f"Pegawai {i}"]])
        kept = SheetGrid("Daftar", [["ya", "tidak"]]) if i in (0, 1) else SheetGrid("Daftar", [["ya", i]])
        sheet_indexes(WorkbookGrid([plan, kept]), session)
    assert session.memo["sheet names"]["SKP"] == [32, 0]
    assert session.memo["sheet names"]["Daftar"] == [40, 1]
    again = sheet_indexes(WorkbookGrid([SheetGrid("Daftar", [["ya", "tidak"]])]), session)
    assert again[0][1]  # still shared
