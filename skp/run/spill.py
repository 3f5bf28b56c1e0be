"""What a batch keeps on disk instead of in the main process: the hierarchy entries, indexed for the NIP
join of :mod:`skp.run.join`, and the batch findings until the report is written.

Stored in SQLite (stdlib :mod:`sqlite3`) rather than in pickles with an index of our own, because the
join reads the entries group by group in NIP order, and that order is the part that must not live in
memory: a dict from every NIP to its entries' places grows with the batch as the entries themselves
did. An SQLite B-tree index yields the groups in order straight from disk, through a page cache of fixed
size (SQLite's default, 2 MB) whatever the batch's size. A database opened with an empty file name is
SQLite's private temporary database: a file in the temporary folder that no other process can open,
filled through the page cache, and deleted when the connection closes (or the process ends), so nothing
is left to clean up. Values are pickles, written and read back by this process only, as in the report
store (:class:`skp.run.batch.ReportStore`).

Each store belongs to one batch and is used by one thread at a time.
"""

from __future__ import annotations

import pickle
import sqlite3
from collections.abc import Iterable, Iterator, Mapping
from itertools import groupby
from operator import itemgetter

from skp.findings import Finding
from skp.hierarchy.entry import HierarchyEntry
from skp.run.join import Indexed, Located, roles

_PICKLE = pickle.HIGHEST_PROTOCOL


def _temporary(schema: str) -> sqlite3.Connection:
    """A private temporary database with ``schema``, inside one transaction that is never committed
    (nothing here must survive the run, and the connection sees its own writes)."""
    db = sqlite3.connect("", isolation_level=None, check_same_thread=False)
    db.execute("PRAGMA journal_mode = OFF")
    db.executescript(schema)
    db.execute("BEGIN")
    return db


class EntryStore:
    """Every hierarchy entry of a run by discovery position, and the NIP groups each one belongs to.

    The groups of the join come back in NIP order with their entries (:meth:`nip_groups`), then the
    beban-target splits with the members forwarded to them (:meth:`split_groups`); the whole batch in
    discovery order only when someone asks (:meth:`__iter__`, the recap's tables).
    """

    def __init__(self) -> None:
        self._db = _temporary("""
            CREATE TABLE entry (position INTEGER PRIMARY KEY, data BLOB NOT NULL);
            CREATE TABLE role (nip TEXT NOT NULL, role INTEGER NOT NULL, position INTEGER NOT NULL);
            CREATE TABLE forward (owner INTEGER NOT NULL, position INTEGER NOT NULL);
        """)
        self._count = 0

    def add(self, position: int, entry: HierarchyEntry) -> None:
        self._db.execute("INSERT INTO entry VALUES (?, ?)", (position, pickle.dumps(entry, _PICKLE)))
        self._db.executemany("INSERT INTO role VALUES (?, ?, ?)",
                             [(nip, role, position) for nip, role in roles(entry).items()])
        if entry.splits:  # every split is checked in its owner's group, looked-up members or not
            self._db.execute("INSERT INTO forward VALUES (?, ?)", (position, position))
        self._count += 1

    def __len__(self) -> int:
        return self._count

    def __iter__(self) -> Iterator[HierarchyEntry]:
        """Every entry, in discovery order."""
        for (data,) in self._db.execute("SELECT data FROM entry ORDER BY position"):
            yield pickle.loads(data)

    def nip_groups(self) -> Iterator[tuple[str, list[tuple[int, Indexed]]]]:
        """``(NIP, [(role bits, (position, entry)), ...])`` per NIP, one group in memory at a time."""
        self._db.execute("CREATE INDEX IF NOT EXISTS role_nip ON role (nip, position)")
        rows = self._db.execute("SELECT role.nip, role.role, role.position, entry.data FROM role "
                                "JOIN entry USING (position) ORDER BY role.nip, role.position")
        for nip, group in groupby(rows, key=itemgetter(0)):
            yield nip, [(role, (position, pickle.loads(data))) for _, role, position, data in group]

    def forward(self, pairs: Iterable[tuple[int, int]]) -> None:
        """Send the entries at the second positions to the split owners at the first."""
        self._db.executemany("INSERT INTO forward VALUES (?, ?)", pairs)

    def split_groups(self) -> Iterator[tuple[int, list[Indexed]]]:
        """``(owner position, [(position, entry), ...])`` per entry with splits, after :meth:`forward`."""
        self._db.execute("CREATE INDEX IF NOT EXISTS forward_owner ON forward (owner, position)")
        rows = self._db.execute("SELECT DISTINCT forward.owner, forward.position, entry.data FROM forward "
                                "JOIN entry USING (position) ORDER BY forward.owner, forward.position")
        for owner, group in groupby(rows, key=itemgetter(0)):
            yield owner, [(position, pickle.loads(data)) for _, position, data in group]


class FindingStore(Mapping[str, list[Finding]]):
    """Batch findings per file path, stored as the join's groups produce them and read back per file in
    the order of a run over one Hierarchy: check position, then order within the check."""

    def __init__(self) -> None:
        self._db = _temporary("""
            CREATE TABLE finding (path TEXT NOT NULL, position INTEGER NOT NULL, ord INTEGER NOT NULL,
                                  data BLOB NOT NULL);
            CREATE INDEX finding_path ON finding (path, position, ord);
        """)

    def add(self, found: Iterable[Located]) -> None:
        self._db.executemany("INSERT INTO finding VALUES (?, ?, ?, ?)",
                             [(path, position, order, pickle.dumps(finding, _PICKLE))
                              for path, position, order, finding in found])

    def __getitem__(self, path: str) -> list[Finding]:
        rows = self._db.execute("SELECT data FROM finding WHERE path = ? ORDER BY position, ord", (path,))
        findings = [pickle.loads(data) for (data,) in rows]
        if not findings:
            raise KeyError(path)
        return findings

    def __iter__(self) -> Iterator[str]:
        return (path for (path,) in self._db.execute(
            "SELECT path FROM finding GROUP BY path ORDER BY MIN(rowid)"))

    def __len__(self) -> int:
        count: int = self._db.execute("SELECT COUNT(DISTINCT path) FROM finding").fetchone()[0]
        return count
