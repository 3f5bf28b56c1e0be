"""What the reader remembers across the workbooks of one run, in one object the runner owns.

Reading a workbook is a function of (workbook grid, compiled layouts): the layouts are the mappings
compiled once (:class:`~skp.reading.table.TableKeys`, label keys kept on the frozen labels), and nothing
else carries over. Submissions are mostly filled in from the same templates, so a run also remembers the
header rows it has already matched and the cell texts it has already analysed; those memo tables live
here, bounded, and never change what is read (every workbook reads the same after all the others as on
its own).

A batch runner makes one :class:`ReadingSession` per worker process and passes it to
:func:`skp.periksa.check_grid` / :func:`~skp.reading.reader.read_document`; a caller that passes none gets
a fresh one (:func:`new_session`) for that workbook alone. No session outlives its owner, and none is shared
between the threads of a server.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, TypeVar

from rapidfuzz import fuzz
from rapidfuzz.distance import OSA

from skp.abbreviations import Abbreviations
from skp.mapping import Mappings, Table, default_mappings, normalize_label
from skp.reading.memo import remember
from skp.reading.rules import ReadingRules, heading_pattern, note_pattern

if TYPE_CHECKING:
    from skp.config import Config
    from skp.reading.table import TableKeys

V = TypeVar("V")

_MEMO_MAX = 4096  # entries per memo table; a batch needs a few hundred


@dataclass(frozen=True)
class FuzzyRules:
    """The guard rails of tolerant label matching, compiled from ``pembacaan.pencocokan_label``."""

    threshold: float = 88
    min_length: int = 6
    one_typo: bool = True  # a key one typo (OSA distance 1) from a label matches too, at the threshold
    never: frozenset[str] = frozenset()  # keys of other regimes' labels: never placed by similarity
    ignored: frozenset[str] = frozenset()  # keys of agency extra columns: neither placed nor reported
    reported: tuple[str, ...] = (
        "rk_atasan", "rk", "aspek", "iki", "target", "perspektif", "rencana_kinerja", "butir_kegiatan",
        "angka_kredit",
    )

    def similarity(self, key: str, labels: Iterable[str]) -> float | None:
        """How nearly ``key`` spells one of ``labels``: the best rapidfuzz ``ratio`` (0–100) when it reaches
        the threshold, or the threshold itself for a label one typo away (``one_typo``), else None. A key
        or label shorter than the minimum length never matches so."""
        n = len(key)
        if n < self.min_length:
            return None
        cutoff, shortest = self.threshold, self.min_length
        # only labels long enough, and near enough in length to reach the cutoff (a ratio is at most
        # 200 × shorter / (shorter + longer)) or to be one typo away: the others cannot match
        candidates = [k for k in labels if len(k) >= shortest and (
            abs(len(k) - n) <= 1 or min(n, len(k)) * (200.0 - cutoff) >= cutoff * max(n, len(k)))]
        if not candidates:
            return None
        best = max((fuzz.ratio(key, k, score_cutoff=cutoff) for k in candidates), default=0.0)
        if best >= cutoff:
            return best
        if self.one_typo and any(OSA.distance(key, k, score_cutoff=1) <= 1 for k in candidates):
            return cutoff
        return None

    @classmethod
    def of(cls, rules: ReadingRules) -> FuzzyRules:
        matching = rules.pencocokan_label
        never = {normalize_label(t) for r in rules.ketentuan_lain for t in (*r.ciri_utama, *r.ciri)}
        return cls(
            threshold=matching.kemiripan_minimum,
            min_length=matching.panjang_minimum,
            one_typo=matching.satu_salah_ketik,
            never=frozenset(never),
            ignored=frozenset(normalize_label(t) for t in matching.judul_diabaikan),
            reported=tuple(matching.kolom_dilaporkan),
        )


class ReadingSession:
    """Compiled layouts of one mapping set plus the bounded memo tables of one run.

    Not shared between runs with different mappings or rules; safe to share between threads of one run
    (a memo table is only ever emptied whole, and a lost entry is worked out again)."""

    def __init__(self, mappings: Mappings | None = None, rules: ReadingRules | None = None) -> None:
        self.mappings = mappings or default_mappings()
        self.rules = rules or ReadingRules()
        self.fuzzy = FuzzyRules.of(self.rules)
        self.note = note_pattern(self.rules.label_baris_catatan)  # a note row's one text (Catatan: …)
        self.group_heading = heading_pattern(self.rules.kata_baris_pengelompok)  # a Matriks team's unit row
        self.abbreviations = Abbreviations.of(self.rules.pencocokan_label.singkatan)
        from skp.reading.regime import RegimeSignature  # the reader's modules import this one

        self.regimes: tuple[RegimeSignature, ...] = RegimeSignature.compile(self.rules)
        self._tables: dict[int, tuple[Table, TableKeys]] = {}
        self._signatures: dict[tuple[object, ...], int] = {}
        self._row_ids: dict[tuple[object, ...], int] = {}
        self._new_row_id = itertools.count()
        names = ("analysed", "headers", "depths", "contains", "similar", "titles", "normalized", "targets",
                 "periods", "zip parts", "sheets", "sheet names", "shared sheets", "near stops")
        self.memo: dict[str, dict[object, object]] = {name: {} for name in names}
        for table in self._mapped_tables():
            self.table_keys(table)

    def _mapped_tables(self) -> list[Table]:
        forms = [f.rencana.table for f in self.mappings.forms.values()]
        annexes = [a.table for a in self.mappings.annexes.values()]
        return [t for t in (*forms, *annexes) if t is not None]

    def table_keys(self, table: Table) -> TableKeys:
        """The compiled keys of ``table`` (every table of the mapping set is compiled when the session is
        made; another table, as tests pass, once on first use)."""
        hit = self._tables.get(id(table))
        if hit is None or hit[0] is not table:
            from skp.reading.table import compile_table

            hit = self._tables[id(table)] = (table, compile_table(table, self.fuzzy, self._signature))
        return hit[1]

    def _signature(self, content: tuple[object, ...]) -> int:
        return self._signatures.setdefault(content, len(self._signatures))

    def row_id(self, content: tuple[object, ...]) -> int:
        """A number for a row's content (see :meth:`skp.reading.index.SheetIndex.row_id`); numbers are
        never reused, so forgetting the table is always safe."""
        found = self._row_ids.get(content)
        if found is None:
            found = remember(self._row_ids, content, next(self._new_row_id), _MEMO_MAX)
        return found

    def remember(self, table: str, key: object, value: V) -> V:
        """Store ``value`` in memo table ``table`` (``memo[table]``, which callers look up themselves on
        their hot paths): ``analysed``, ``headers``, ``depths``, ``contains``, ``similar``, ``titles``,
        ``normalized``, ``targets``, ``periods``, ``sheets``, ``sheet names``, ``shared sheets``
        (:func:`skp.reading.index.sheet_indexes`) and ``near stops`` (:mod:`skp.reading.bounds`); ``zip
        parts`` is the light safety scan's (:func:`skp.reading.safety.check_submission`)."""
        return remember(self.memo[table], key, value, _MEMO_MAX)  # type: ignore[arg-type,return-value]


def new_session(config: Config) -> ReadingSession:
    """A fresh session for ``config``'s mappings and reading rules (about 0.6 ms). Callers that read one
    workbook (the add-in, a server request) make one each time; a runner makes one per worker."""
    from skp.reading.rules import reading_rules

    return ReadingSession(config.mappings, reading_rules(config))
