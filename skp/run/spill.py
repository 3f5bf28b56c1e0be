"""What a batch keeps on disk instead of in the main process: the hierarchy entries, indexed for the NIP
join of :mod:`skp.run.join`, the batch findings until the report is written, and the recap's Hierarki
rows until they are put in order.

Stored in SQLite (stdlib :mod:`sqlite3`) rather than in pickles with an index of our own, because the
join reads the entries group by group in NIP order, and that order is the part that must not live in
memory: a dict from every NIP to its entries' places grows with the batch as the entries themselves
did. An SQLite B-tree index yields the groups in order straight from disk, through a page cache of fixed
size (SQLite's default, 2 MB) whatever the batch's size. A database opened with an empty file name is
SQLite's private temporary database: a file in the temporary folder that no other process can open,
filled through the page cache, and deleted when the connection closes (or the process ends), so nothing
is left to clean up. Values are pickles, written and read back by this process only, as in the report
store (:class:`skp.run.batch.ReportStore`); an entry's pickle is made by the worker that read the file.

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
from skp.hierarchy.links import organisation_rks
from skp.run.join import MEMBER, PENDING, SUBORDINATE, Indexed, Located, Review
from skp.run.result import PackedEntry

_PICKLE = pickle.HIGHEST_PROTOCOL
_ROWS_PER_WRITE = 512  # entries buffered in memory between two writes (a few hundred KB at most)
_BYTES_PER_WRITE = 1 << 20  # pickled rows buffered between two writes of :class:`KeyedRows`

StoredFinding = tuple[int, int, int, bytes]  # a Located finding as :class:`FindingStore` keeps it
# a NIP group as :meth:`EntryStore.nip_groups` gives it: (NIP, [(role bits, position, pickled entry)])
PackedGroup = tuple[str, list[tuple[int, int, bytes]]]


def stored(located: Located) -> StoredFinding:
    """A finding in the form the store keeps, made where the finding is found: a Dask worker sends it so,
    and the client stores it without making a Finding of it (a few times the size of its pickle)."""
    report, position, order, finding = located
    return report, position, order, pickle.dumps(finding, _PICKLE)


def temporary_database(schema: str) -> sqlite3.Connection:
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
    beban-target splits with the members forwarded to them (:meth:`split_groups`); for the recap's tables
    the whole batch in discovery order (:meth:`in_order`) and the groups of the superiors
    (:meth:`superior_groups`), again one entry or one group in memory at a time. Entries arrive packed
    by the workers (:class:`~skp.run.result.PackedEntry`) and are written as they are, a few hundred
    rows per statement.
    """

    def __init__(self) -> None:
        self._db = temporary_database("""
            CREATE TABLE entry (position INTEGER PRIMARY KEY, data BLOB NOT NULL);
            CREATE TABLE role (nip TEXT NOT NULL, role INTEGER NOT NULL, position INTEGER NOT NULL);
            CREATE TABLE forward (owner INTEGER NOT NULL, position INTEGER NOT NULL);
        """)
        self._count = 0
        self._organisasi: list[tuple[str, tuple[str, ...]]] = []  # (agency, RK) of each JPT entry
        self._entries: list[tuple[int, bytes]] = []
        self._roles: list[tuple[str, int, int]] = []
        self._owners: list[tuple[int, int]] = []

    def add(self, position: int, entry: HierarchyEntry) -> None:
        self.add_packed(position, PackedEntry.of(entry))

    def add_packed(self, position: int, entry: PackedEntry) -> None:
        self._entries.append((position, entry.data))
        self._roles.extend((nip, role, position) for nip, role in entry.roles)
        if entry.splits:  # every split is checked in its owner's group, looked-up members or not
            self._owners.append((position, position))
        if entry.organisasi is not None:
            self._organisasi.append(entry.organisasi)
        self._count += 1
        if len(self._entries) >= _ROWS_PER_WRITE:
            self._write()

    def _write(self) -> None:
        """The rows added since the last write, into the database (before anything reads it)."""
        if self._entries or self._roles:
            self._db.executemany("INSERT INTO entry VALUES (?, ?)", self._entries)
            self._db.executemany("INSERT INTO role VALUES (?, ?, ?)", self._roles)
            self._entries, self._roles = [], []
        if self._owners:
            self._db.executemany("INSERT INTO forward VALUES (?, ?)", self._owners)
            self._owners = []

    def __len__(self) -> int:
        return self._count

    @property
    def organisasi(self) -> dict[str, tuple[str, ...]]:
        """The JPT RK of the batch by agency (:func:`~skp.hierarchy.links.organisation_rks`): a few texts
        per JPT, kept in memory for every NIP group to read."""
        return organisation_rks(self._organisasi)

    def in_order(self) -> Iterator[Indexed]:
        """``(position, entry)`` of every entry, in discovery order, one in memory at a time."""
        self._write()
        for position, data in self._db.execute("SELECT position, data FROM entry ORDER BY position"):
            yield position, pickle.loads(data)

    def nip_groups(self) -> Iterator[PackedGroup]:
        """``(NIP, [(role bits, position, pickled entry), ...])`` per NIP, one group in memory at a time, each
        entry still pickled: the process that checks the group (a worker, :mod:`skp.run.pool_join`)
        unpickles it."""
        self._write()
        self._db.execute("CREATE INDEX IF NOT EXISTS role_nip ON role (nip, position)")
        rows = self._db.execute("SELECT role.nip, role.role, role.position, entry.data FROM role "
                                "JOIN entry USING (position) ORDER BY role.nip, role.position")
        for nip, group in groupby(rows, key=itemgetter(0)):
            yield nip, [(role, position, data) for _, role, position, data in group]

    def nip_count(self) -> int:
        """How many NIP groups :meth:`nip_groups` yields."""
        self._write()
        self._db.execute("CREATE INDEX IF NOT EXISTS role_nip ON role (nip, position)")
        count: int = self._db.execute("SELECT COUNT(DISTINCT nip) FROM role").fetchone()[0]
        return count

    def superior_groups(self) -> Iterator[tuple[str, list[Indexed]]]:
        """``(NIP, [(position, entry), ...])`` per NIP that some entry names as its penilai's: the entries
        whose own NIP it is and those whose penilai's it is (no split member looked up), in discovery
        order. What the recap's Hierarki table reads about the superiors with that NIP; a NIP nobody
        reports to has no rows there and is not read at all."""
        self._write()
        self._db.execute("CREATE INDEX IF NOT EXISTS role_nip ON role (nip, position)")
        rows = self._db.execute(
            "SELECT role.nip, role.position, entry.data FROM role JOIN entry USING (position) "
            f"WHERE role.role & {MEMBER | SUBORDINATE} AND role.nip IN "
            f"(SELECT nip FROM role WHERE role & {SUBORDINATE}) ORDER BY role.nip, role.position")
        for nip, group in groupby(rows, key=itemgetter(0)):
            yield nip, [(position, pickle.loads(data)) for _, position, data in group]

    def forward(self, pairs: Iterable[tuple[int, int]]) -> None:
        """Send the entries at the second positions to the split owners at the first."""
        self._owners.extend(pairs)
        if len(self._owners) >= _ROWS_PER_WRITE:
            self._write()

    def split_groups(self) -> Iterator[tuple[int, list[Indexed]]]:
        """``(owner position, [(position, entry), ...])`` per entry with splits, after :meth:`forward`."""
        self._write()
        self._db.execute("CREATE INDEX IF NOT EXISTS forward_owner ON forward (owner, position)")
        rows = self._db.execute("SELECT DISTINCT forward.owner, forward.position, entry.data FROM forward "
                                "JOIN entry USING (position) ORDER BY forward.owner, forward.position")
        for owner, group in groupby(rows, key=itemgetter(0)):
            yield owner, [(position, pickle.loads(data)) for _, position, data in group]


class ReviewStore:
    """The join's review stage on disk (:func:`skp.run.join.review_group`): held-back findings and facts by
    the NIP that owns the findings, read back one NIP at a time, and only the NIPs that hold a finding."""

    def __init__(self) -> None:
        self._db = temporary_database("""
            CREATE TABLE review (nip TEXT NOT NULL, pending INTEGER NOT NULL, data BLOB NOT NULL);
        """)
        self._rows: list[tuple[str, int, bytes]] = []

    def add(self, records: Iterable[Review]) -> None:
        self._rows.extend((record[0], record[1] == PENDING, pickle.dumps(record, _PICKLE))
                          for record in records)
        if len(self._rows) >= _ROWS_PER_WRITE:
            self._write()

    def _write(self) -> None:
        if self._rows:
            self._db.executemany("INSERT INTO review VALUES (?, ?, ?)", self._rows)
            self._rows = []

    def groups(self) -> Iterator[list[Review]]:
        """The records of each NIP that holds a finding back, in NIP order."""
        self._write()
        self._db.execute("CREATE INDEX IF NOT EXISTS review_nip ON review (nip)")
        rows = self._db.execute("SELECT nip, data FROM review WHERE nip IN "
                                "(SELECT nip FROM review WHERE pending) ORDER BY nip")
        for _, group in groupby(rows, key=itemgetter(0)):
            yield [pickle.loads(data) for _, data in group]

    def close(self) -> None:
        self._db.close()


class KeyedRows:
    """Lists of table rows stored under integer keys in any order and read back in key order, one list in
    memory at a time: the recap's Hierarki rows, made NIP group by NIP group and listed by the superior's
    discovery position (:func:`skp.recap.tables.hierarki`). Each key is stored once."""

    def __init__(self) -> None:
        self._db = temporary_database("CREATE TABLE rows (key INTEGER PRIMARY KEY, data BLOB NOT NULL);")
        self._pending: list[tuple[int, bytes]] = []
        self._size = 0

    def add(self, key: int, rows: list[tuple[object, ...]]) -> None:
        data = pickle.dumps(rows, _PICKLE)
        self._pending.append((key, data))
        self._size += len(data)
        # by size, not count: a superior of a national batch may have thousands of rows
        if self._size >= _BYTES_PER_WRITE:
            self._write()

    def _write(self) -> None:
        if self._pending:
            self._db.executemany("INSERT INTO rows VALUES (?, ?)", self._pending)
            self._pending, self._size = [], 0

    def in_order(self) -> Iterator[list[tuple[object, ...]]]:
        """Every stored list, by key."""
        self._write()
        for (data,) in self._db.execute("SELECT data FROM rows ORDER BY key"):
            yield pickle.loads(data)

    def close(self) -> None:
        """Drop the rows (the temporary database goes with its connection)."""
        self._db.close()


class FindingStore(Mapping[int, list[Finding]]):
    """Batch findings per report, by the report's discovery position, stored as the join's groups produce
    them and read back per report in the order of a run over one Hierarchy: check position, then order
    within the check; :meth:`in_order` gives them all in discovery order, for one pass over the reports."""

    def __init__(self) -> None:
        self._db = temporary_database("""
            CREATE TABLE finding (report INTEGER NOT NULL, position INTEGER NOT NULL, ord INTEGER NOT NULL,
                                  data BLOB NOT NULL);
            CREATE INDEX finding_report ON finding (report, position, ord);
        """)
        self._rows: list[StoredFinding] = []

    def add(self, found: Iterable[Located]) -> None:
        self.add_stored(map(stored, found))

    def add_stored(self, found: Iterable[StoredFinding]) -> None:
        self._rows.extend(found)
        if len(self._rows) >= _ROWS_PER_WRITE:
            self._write()

    def _write(self) -> None:
        """The findings added since the last write, into the database (before anything reads it)."""
        if self._rows:
            self._db.executemany("INSERT INTO finding VALUES (?, ?, ?, ?)", self._rows)
            self._rows = []

    def __getitem__(self, report: int) -> list[Finding]:
        self._write()
        rows = self._db.execute("SELECT data FROM finding WHERE report = ? ORDER BY position, ord", (report,))
        findings = [pickle.loads(data) for (data,) in rows]
        if not findings:
            raise KeyError(report)
        return findings

    def in_order(self) -> Iterator[tuple[int, list[Finding]]]:
        """``(report position, findings)`` of every report with batch findings, in discovery order."""
        self._write()
        rows = self._db.execute("SELECT report, data FROM finding ORDER BY report, position, ord")
        for report, group in groupby(rows, key=itemgetter(0)):
            yield report, [pickle.loads(data) for _, data in group]

    def __iter__(self) -> Iterator[int]:
        self._write()
        rows = self._db.execute("SELECT DISTINCT report FROM finding ORDER BY report")
        return (report for (report,) in rows)

    def __len__(self) -> int:
        self._write()
        count: int = self._db.execute("SELECT COUNT(DISTINCT report) FROM finding").fetchone()[0]
        return count
