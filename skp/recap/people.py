"""People, not files: who the recap counts when a pegawai sent more than one SKP.

A unit head reads the Ringkasan's Pegawai column and the Predikat table as people. Two files of one NIP are
common: a revised SKP sent again for the same period (``skp-ganda`` flags it), and a pegawai who moved
mid-year with one SKP per post (Januari–Juni in unit A, Juli–Desember in unit B). So people are counted by
NIP (the daftar's row when the submission is one, else the SKP's 18 digits); a file without a readable NIP
is one person, since nothing says whose it is.

Which SKP speaks for a pegawai in the Predikat table is the ``rekap.predikat_pegawai`` rule
[interpretation]: ``periode-terakhir`` takes the scored SKP of the latest period (a moved pegawai is counted
in the new unit, as the daftar lists them), ``setiap-periode`` one predikat per period. Scored SKP of the same
(overlapping) period that disagree are not chosen between: the pegawai counts as :data:`BELUM_PASTI` until
one submission is withdrawn. Per-file tables (Pegawai, Temuan) stay one row per file.

The NIPs seen and the scored SKP wait in a private temporary SQLite database (as the batch's entries do,
:mod:`skp.run.spill`), not in sets and lists: a recap's memory must stay flat in the number of submissions,
and a province's million files would hold some 400 MB of NIP strings. Only the unit kerja (a few hundred)
and each pegawai's own SKP, one pegawai at a time, are in memory.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import groupby
from operator import itemgetter
from typing import Any

from skp.hierarchy.links import period_bounds
from skp.nip import normalize_nip
from skp.run.spill import temporary_database

BELUM_PASTI = "Belum Pasti"  # Predikat column: same-period SKP of one pegawai whose predikat differ

_SCHEMA = """
CREATE TABLE seen (unit INTEGER NOT NULL, nip TEXT NOT NULL, PRIMARY KEY (unit, nip)) WITHOUT ROWID;
CREATE TABLE scored (nip TEXT NOT NULL, unit INTEGER NOT NULL, predikat TEXT NOT NULL, periode TEXT);
"""
_ROWS_PER_WRITE = 512


@dataclass(frozen=True, slots=True)
class Scored:
    """One scored SKP of a pegawai with an NIP: where it counts, what it says, and for which period."""

    unit: Any  # the unit token (a label once relabelled)
    predikat: str
    periode: str | None


def person_key(daftar_nip: str | None, nip: str | None) -> str | None:
    """The NIP that names the person: the daftar row's, else the SKP's 18 digits; None when unreadable."""
    return daftar_nip or normalize_nip(nip)


class People:
    """Distinct people per unit kerja and overall, and each pegawai's scored SKP until they are resolved.

    Fed file by file (:meth:`add`, :meth:`add_scored`); :meth:`predikat` resolves the scored SKP pegawai by
    pegawai, :meth:`relabel` counts the people under the units' final labels and closes the database."""

    def __init__(self) -> None:
        self._db = temporary_database(_SCHEMA)
        self._units: dict[Any, int] = {}  # unit token → its number in the database
        self._seen: list[tuple[int, str]] = []
        self._scored: list[tuple[str, int, str, str | None]] = []
        self.anonymous: Counter[Any] = Counter()  # files without a readable NIP, per unit
        self._counts: dict[Any, int] | None = None  # per unit label, once relabelled
        self._total = 0

    def _unit(self, unit: Any) -> int:
        return self._units.setdefault(unit, len(self._units))

    def add(self, unit: Any, key: str | None) -> None:
        if key is None:
            self.anonymous[unit] += 1
            return
        self._seen.append((self._unit(unit), key))
        if len(self._seen) >= _ROWS_PER_WRITE:
            self._flush()

    def add_scored(self, key: str, scored: Scored) -> None:
        """A scored SKP of the pegawai ``key``, counted once all of the pegawai's files are seen."""
        self._scored.append((key, self._unit(scored.unit), scored.predikat, scored.periode))
        if len(self._scored) >= _ROWS_PER_WRITE:
            self._flush()

    def _flush(self) -> None:
        self._db.executemany("INSERT OR IGNORE INTO seen VALUES (?, ?)", self._seen)
        self._db.executemany("INSERT INTO scored VALUES (?, ?, ?, ?)", self._scored)
        self._seen.clear()
        self._scored.clear()

    def predikat(self, rule: str) -> Iterator[tuple[Any, str]]:
        """(unit, predikat or :data:`BELUM_PASTI`) for every pegawai with scored SKP, by ``rule``."""
        self._flush()
        tokens = {number: token for token, number in self._units.items()}
        rows = self._db.execute("SELECT nip, unit, predikat, periode FROM scored ORDER BY nip, rowid")
        for _, group in groupby(rows, key=itemgetter(0)):
            files = [Scored(tokens[unit], predikat, periode) for _, unit, predikat, periode in group]
            if len(files) == 1:
                yield files[0].unit, files[0].predikat
                continue
            groups = [_latest(files)] if rule == "periode-terakhir" else _by_period(files)
            for one in groups:
                yield _one(one)

    def relabel(self, labels: dict[Any, str]) -> None:
        """Count the people under each unit's label (one person under two spellings of a unit: once), and
        in all (a pegawai who moved counts in both units, once in all); the database is closed."""
        self._flush()
        by_label: dict[str, list[int]] = {}
        for token, number in self._units.items():
            by_label.setdefault(labels[token], []).append(number)
        counts: dict[Any, int] = {}
        for label, numbers in by_label.items():
            marks = ", ".join("?" * len(numbers))
            query = f"SELECT COUNT(DISTINCT nip) FROM seen WHERE unit IN ({marks})"  # placeholders only
            counts[label] = self._db.execute(query, numbers).fetchone()[0]
        self._total = self._db.execute("SELECT COUNT(DISTINCT nip) FROM seen").fetchone()[0]
        anonymous: Counter[Any] = Counter()
        for token, n in self.anonymous.items():
            anonymous[labels[token]] += n
        self.anonymous, self._counts = anonymous, counts
        self._db.close()

    def count(self, unit: Any) -> int:
        assert self._counts is not None, "people are counted once the units are relabelled"
        return self._counts.get(unit, 0) + self.anonymous[unit]

    def total(self) -> int:
        return self._total + sum(self.anonymous.values())

def _latest(files: list[Scored]) -> list[Scored]:
    """The SKP of the latest period and those overlapping it; all of them when a period is not dated (the
    order cannot be told, so differing predikat stay undecided)."""
    bounds = [period_bounds(f.periode) for f in files]
    if any(b is None for b in bounds):
        return files
    dated = [(b, f) for b, f in zip(bounds, files, strict=True) if b is not None]
    last = max(b for b, _ in dated)
    return [f for b, f in dated if b[0] <= last[1] and last[0] <= b[1]]


def _by_period(files: list[Scored]) -> list[list[Scored]]:
    """The SKP grouped by overlapping periods (undated ones together), in period order."""
    dated = sorted(((b, f) for f in files if (b := period_bounds(f.periode)) is not None),
                   key=lambda item: item[0])
    groups: list[list[Scored]] = []
    end = ""
    for (start, stop), scored in dated:
        if groups and start <= end:
            groups[-1].append(scored)
            end = max(end, stop)
        else:
            groups.append([scored])
            end = stop
    undated = [f for f in files if period_bounds(f.periode) is None]
    return groups + ([undated] if undated else [])


def _one(group: list[Scored]) -> tuple[Any, str]:
    """The predikat SKP of one period agree on, counted in the first one's unit; else undecided."""
    first = group[0]
    if all(f.predikat == first.predikat for f in group):
        return first.unit, first.predikat
    return first.unit, BELUM_PASTI
