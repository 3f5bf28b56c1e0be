"""Finding a mapped table by its header labels and walking its rows.

The header is located by the column labels of the mapping (aliases included, case- and punctuation-
insensitive), never by fixed cells: it may start in any column and row, span two or three rows (a group
label such as KATEGORI PENILAIAN over its sub-columns), or merge one label over two sub-columns
(TARGET over angka | satuan, whose texts are then joined; an agency's own SATUAN column right of TARGET is
joined the same way, see :func:`_joined`). Below the header an optional column-number
row (1, 2, 3 …) is skipped. Where the table ends is :mod:`skp.reading.bounds`' job.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from typing import Literal

from skp.mapping import Column, Label, Table, normalize_label
from skp.models import Target
from skp.numbers import PERCENT_FRACTION_MAX, parse_target
from skp.reading.grid import a1
from skp.reading.index import SheetIndex
from skp.reading.session import FuzzyRules  # at run time: mypyc builds TableKeys from its annotations

_MIN_FUZZY_KEY = 4  # shorter keys ("NO", "RK", "IKI") only ever match exactly
COLUMN_NUMBER_RE = re.compile(r"^\(?\d{1,2}\)?$")  # ``3`` or ``(3)``: a column-number row's cell
_ROW_TEXT_KEYS = frozenset({"rk", "iki"})  # the columns whose text makes a row a data row


def label_keys(label: Label) -> tuple[str, ...]:
    """Normalised keys of a label, official label first (worked out once per label, on the label)."""
    return label.normalized


How = Literal["exact", "alias", "contains", "fuzzy"]


@dataclass(frozen=True)
class ColumnHit:
    """Where one mapped column sits: its header cell and the sheet columns it spans, with how its label
    was recognised: ``exact`` (the official label), ``alias`` (a known variant), ``contains`` (a label
    inside a longer header text) or ``fuzzy`` (a near-word, ``score`` its rapidfuzz similarity 0–100)."""

    key: str
    level: str
    header: tuple[int, int]
    c0: int
    c1: int
    written: str = ""
    how: How = "exact"
    score: float = 100.0


def _percent_like(low: float | None, high: float | None) -> bool:
    """A single fraction no count takes (0 < x ≤ 1,5, not whole): typed as ``90%`` into a percent cell,
    Excel keeps 0,9 and shows ``90%``, a format the parser does not hand over."""
    return low is not None and low == high and 0 < low <= PERCENT_FRACTION_MAX and not float(low).is_integer()


@dataclass
class TableLayout:
    """A located table: its header, its columns and the rows holding data."""

    index: SheetIndex
    table: Table
    top: int
    header_end: int  # the first row under the header cells
    columns: dict[str, ColumnHit]
    end: int = 0  # exclusive; set by :func:`bound_table`
    sections: dict[int, str] = field(default_factory=dict)  # row → "utama" | "tambahan"
    # rows of content whose section is written on the row itself (a JENIS RK column: ``Kinerja Utama``)
    section_tags: dict[int, str] = field(default_factory=dict)
    section_cells: dict[str, str] = field(default_factory=dict)
    unplaced: tuple[tuple[int, int, str], ...] = ()  # header cells no column took: (row, col, key)
    skipped: frozenset[int] = frozenset()  # rows of a printed page's foot and head inside the table
    _data_start: int | None = field(default=None, repr=False)
    _continued_by: dict[int, tuple[int, ...]] | None = field(default=None, repr=False)

    def as_located(self) -> TableLayout:
        """A copy without the sections :func:`~skp.reading.bounds.bound_table` finds, sharing the columns;
        ``dataclasses.replace`` would do the same several times slower."""
        return TableLayout(
            self.index, self.table, self.top, self.header_end, self.columns, self.end, unplaced=self.unplaced,
            _data_start=self._data_start,
        )

    @property
    def data_start(self) -> int:
        """The first data row: under the header, past a column-number row and an angka | satuan sub-row.
        Worked out when first asked: most headers found while recognising a workbook are never read."""
        if self._data_start is None:
            self._data_start = _skip_subheader(self, self.header_end)
        return self._data_start

    @property
    def score(self) -> int:
        """Columns of the form found; a reader-only column (SATUAN beside TARGET) is none of them."""
        joining = self.index.session.table_keys(self.table).joining
        return sum(1 for key in self.columns if key not in joining)

    @property
    def sheet(self) -> str:
        return self.index.name

    def has(self, key: str) -> bool:
        return key in self.columns

    def text(self, r: int, key: str) -> str | None:
        """The column's text on row ``r``, sub-columns of a merged header joined with a space; for a
        wrapping column, with the lines that :meth:`continuations` found on the rows below."""
        hit = self.columns.get(key)  # _own_text written out: this runs for every cell the reader looks at
        if hit is None:
            return None
        text = self.index.text(r, hit.c0) if hit.c0 == hit.c1 else self._own_text(r, key)
        if not self._continued_by or r not in self._continued_by:  # nearly every row of every table
            return text
        # a continuation row holds text only in wrapping columns and in folded ones (:func:`_folds`)
        for rr in self._continued_by[r]:
            line = self._own_text(rr, key)
            if line is not None:
                text = line if text is None else join_lines(text, line)
        return text

    def _own_text(self, r: int, key: str) -> str | None:
        hit = self.columns.get(key)
        if hit is None:
            return None
        if hit.c0 == hit.c1:
            return self.index.text(r, hit.c0)
        parts = [t for c in range(hit.c0, hit.c1 + 1) if (t := self.index.text(r, c)) is not None]
        return " ".join(parts) if parts else None

    def continuations(self) -> dict[int, tuple[int, ...]]:
        """Rows that only carry the next lines of the free text above them, by the row they continue.

        A table pasted from Word or a PDF puts each line of a cell on its own row: the RK ``Dokumen
        perencanaan kebutuhan`` / ``dan pengembangan kompetensi`` is two rows, the second empty but for that
        line (and the lines of the IKI, RK atasan … beside it). A data row is such a continuation when every
        text on it stands in a wrapping column (:attr:`~skp.mapping.Column.wraps`) that the rows above
        it, since the last row holding anything else, also fill: no number, aspek, target or kategori of
        its own. A narrow TARGET, kategori or REALISASI cell folds the same way after its number (``12`` /
        ``trayek``, ``< 28`` / ``unit kerja``, ``90`` / ``%``): such a line, words without a digit under a
        text ending in one, is the rest of that cell (:func:`_folds`). Worked out once the table is bounded;
        before that, no row continues another."""
        if self._continued_by is None:
            if not self.end:
                return {}
            self._continued_by = {}  # text() reads rows as written while this is worked out
            self._continued_by = _continuations(self)
        return self._continued_by

    def target(self, r: int, key: str = "target") -> Target | None:
        """The TARGET column's text on row ``r`` as a :class:`~skp.models.Target` (``key``: the column
        standing for it). What a text says (numbers, satuan) is remembered in the session: a batch repeats
        its targets (``100 %``)."""
        raw = self.text(r, key)
        if raw is None:
            return None
        session = self.index.session
        parsed: tuple[float | None, float | None, str | None] | None = session.memo["targets"].get(raw)  # type: ignore[assignment]
        if parsed is None:
            target = parse_target(raw)
            parsed = session.remember("targets", raw, (target.min, target.max, target.satuan))
        low, high, satuan = parsed
        unseen = (
            satuan is None
            and (self.index.grid.values_only or _percent_like(low, high))
            and self._holds_number(r, key)
        )
        return Target(raw=raw, min=low, max=high, satuan=satuan, satuan_unseen=unseen)

    def _holds_number(self, r: int, key: str) -> bool:
        """Whether a cell of the column on row ``r`` holds a number (not a text that reads as one)."""
        hit = self.columns[key]
        return any(type(self.index.grid.value(r, c)) in (int, float) for c in range(hit.c0, hit.c1 + 1))

    def present(self, r: int) -> list[str]:
        """Keys of the columns with a text on row ``r``, in column order (one row lookup for them all).

        The sub-columns of a merged header are only looked at for the few columns that have them: this
        runs several times on every table row."""
        row = self.index.row(r)
        if not row:
            return []
        return [
            key
            for key, hit in self.columns.items()
            if hit.c0 in row or (hit.c1 > hit.c0 and any(c in row for c in range(hit.c0 + 1, hit.c1 + 1)))
        ]

    def value(self, r: int, key: str) -> object:
        """The raw value of a single-column field (numbers stay numbers), its text when the cell folds onto
        the rows below (``412,5`` / ``miliar rupiah``, :meth:`continuations`)."""
        hit = self.columns.get(key)
        if hit is None:
            return None
        if hit.c0 == hit.c1 and not (
            self._continued_by and r in self._continued_by
            and any(self.index.text(rr, hit.c0) is not None for rr in self._continued_by[r])
        ):
            return self.index.grid.value(r, hit.c0)
        return self.text(r, key)

    def cell(self, r: int, key: str) -> str | None:
        hit = self.columns.get(key)
        return a1(r, hit.c0) if hit else None

    def continues(self, r: int, key: str) -> bool:
        """Whether the column's cell on row ``r`` is the lower part of a cell merged from a data row above."""
        hit = self.columns.get(key)
        if hit is None:
            return False
        area = self.index.area(r, hit.c0)
        return area is not None and self.data_start <= area[0] < r

    def repeats_header(self, r: int, present: list[str] | None = None) -> bool:
        """A header or column-number row repeated inside the table (staff copy it at page breaks);
        ``present``: the row's :meth:`present` when the caller has it already."""
        texts = [(key, self.text(r, key) or "") for key in (self.present(r) if present is None else present)]
        if len(texts) >= 2 and all(COLUMN_NUMBER_RE.match(t) for _, t in texts):
            return True
        own_keys = self.index.session.table_keys(self.table).by_key
        own = {key for key, t in texts if self._key(r, key, t) in own_keys[key]}
        if len(own) < 2:
            return False
        # A data row whose level cells read like their labels (kategori written in words: "Cukup", "Baik",
        # "Sangat Baik") still names its own RK or IKI, which a copied header row never does; a header copied
        # with its typo (INDIKATOR KERJA INDIVIDU) names none either, its label only nearly spelt.
        fuzzy = self.index.session.fuzzy
        return not any(key in _ROW_TEXT_KEYS and key not in own and not COLUMN_NUMBER_RE.match(t)
                       and fuzzy.similarity(self._key(r, key, t), own_keys[key]) is None
                       for key, t in texts)

    def _key(self, r: int, key: str, text: str) -> str:
        """The normalised ``text`` of the column on row ``r``: the sheet index's key of a one-column text
        cell, else the session's (numbers and joined sub-columns, ``12 laporan``, repeat across a batch)."""
        hit = self.columns[key]
        known = self.index.keys.get((r, hit.c0)) if hit.c0 == hit.c1 else None
        if known is not None:
            return known
        session = self.index.session
        remembered = session.memo["normalized"].get(text)
        if isinstance(remembered, str):
            return remembered
        return session.remember("normalized", text, normalize_label(text))

    def is_blank(self, r: int) -> bool:
        return not self.present(r)

    def data_rows(self) -> list[int]:
        """Rows between header and end that are neither blank, a section label nor the next lines of a
        text above (:meth:`continuations`)."""
        below = {rr for rows in self.continuations().values() for rr in rows}
        return [
            r for r in range(self.data_start, self.end)
            if r not in self.sections and r not in below and r not in self.skipped and not self.is_blank(r)
        ]


_HYPHENATED_RE = re.compile(r"[^\W\d_]-$")


def starts_sentence(line: str | None) -> bool:
    """Whether a line opens a text of its own: a capitalised word (``Persentase …``, ``Jumlah …``). The next
    line of a wrapped IKI goes on in lower case or with an acronym (``BKPSDM``); an IKI row that only lacks
    its target starts like this and is a row of its own."""
    return line is not None and len(line) > 1 and line[0].isupper() and line[1].islower()


def continues_line(text: str, line: str) -> bool:
    """Whether ``line`` reads as the next line of ``text``: it goes on in lower case, or ``text`` ends with
    a word broken by a hyphen."""
    return line[:1].islower() or _HYPHENATED_RE.search(text) is not None


def join_lines(text: str, line: str) -> str:
    """Two lines of one pasted text: with a space, or without the hyphen of a word broken at the line end
    (``pe-`` + ``layanan``)."""
    if _HYPHENATED_RE.search(text) and line[:1].isalpha():
        return text[:-1] + line
    return f"{text} {line}"


def _columns_of(layout: TableLayout, keys: Iterable[str]) -> set[int]:
    """The sheet columns the table's columns ``keys`` span (sub-columns of a merged header included)."""
    return {c for key in keys if (hit := layout.columns.get(key)) for c in range(hit.c0, hit.c1 + 1)}


def _continuations(layout: TableLayout) -> dict[int, tuple[int, ...]]:
    wrapping = layout.index.session.table_keys(layout.table).wrapping
    if not wrapping:
        return {}
    # Only a row with text in a wrapping or folding column and in no other column of the table can continue
    # one above; a form filled in Excel has none (every row holds a number, aspek or target), so it costs
    # one set comparison per row to tell that there is nothing to join.
    folding = _folding(layout, wrapping)
    own = _columns_of(layout, wrapping | folding)
    other = _columns_of(layout, layout.columns.keys() - wrapping - folding)
    index = layout.index
    if not any((cells := index.row(r).keys()).isdisjoint(other) and not cells.isdisjoint(own)
               for r in range(layout.data_start, layout.end)):
        return {}
    columns = own | other
    merges_rows = any(r1 > r0 and layout.data_start <= r0 < layout.end and c0 in columns
                      for r0, c0, r1, _c1 in index.grid.merged)
    note = index.session.note
    out: dict[int, list[int]] = {}
    host: int | None = None
    written: set[str] = set()
    tails: dict[str, str] = {}  # folding column → its last line so far, from the host row down
    last = 0
    for r in range(layout.data_start, layout.end):
        present = layout.present(r) if r not in layout.sections and r not in layout.skipped else []
        if not present:  # a blank row, a section label or a printed page's foot and head end any text
            host = None
            continue
        texts = {k: layout.text(r, k) for k in present}
        if len(present) == 1 and note.match(texts[present[0]] or ""):
            # a note (``Catatan:``) is no line of the text above; the lines under it are the note's
            host, written, last, tails = r, set(present), layout.end, {}
            continue
        if (
            host is not None
            and r <= last
            and all(_folds(tails.get(k), texts[k]) if k in folding else k in wrapping and k in written
                    for k in present)
            and not any(layout.columns[k].level == "iki" and k in wrapping and starts_sentence(texts[k])
                        for k in present)
        ):
            out.setdefault(host, []).append(r)
            tails.update((k, t) for k in present if k in folding and (t := texts[k]) is not None)
            continue
        if layout.repeats_header(r, present):
            host = None
            continue
        host, written, last = r, set(present), _merged_down_to(layout, r, present, wrapping, merges_rows)
        tails = {k: t for k in present if k in folding and (t := texts[k]) is not None}
    return {r: tuple(rows) for r, rows in out.items()}


# A folded cell's last line so far ends in its number; the next line is words, or a per cent sign, and no
# number (``- 90 %`` would be a range's other end, a line of its own).
_ENDS_IN_NUMBER_RE = re.compile(r"\d\s*$")
_FOLDED_LINE_RE = re.compile(r"^(?:[^\W\d_]|%)[^\d]*$")


def _folding(layout: TableLayout, wrapping: frozenset[str]) -> frozenset[str]:
    """The columns whose cell may fold after its number (TARGET, the kategori levels, REALISASI …): an
    IKI's own value other than its text and its aspek (a word that opens an IKI row of its own)."""
    return frozenset(key for key, hit in layout.columns.items()
                     if hit.level == "iki" and key not in wrapping and key != "aspek")


def _folds(tail: str | None, line: str | None) -> bool:
    """Whether ``line`` is the rest of a folded cell whose last line so far is ``tail`` (:meth:`TableLayout
    .continuations`): ``12`` / ``trayek``, ``< 28`` / ``unit kerja``, ``90`` / ``%``."""
    return (tail is not None and line is not None and _ENDS_IN_NUMBER_RE.search(tail) is not None
            and _FOLDED_LINE_RE.match(line) is not None)


def _merged_down_to(
    layout: TableLayout, r: int, present: list[str], wrapping: frozenset[str], merges_rows: bool
) -> int:
    """How far down the lines of row ``r``'s texts may go: a paste that keeps merged cells merges the row's
    number, aspek, target … over exactly those lines, so a row below the merge is a row of its own (an IKI
    without a target, not the next line of the IKI above). In a table that merges cells down its rows
    (``merges_rows``), a row whose own number, aspek or target cell is not merged down has one line: a form
    filled in Excel, NO and RK merged over the RK's IKI rows, each IKI's target in a cell of its own. Only a
    table with no such merge (a PDF copy) lets the lines go on to its end."""
    bottoms = []
    for key in present:
        if key in wrapping:
            continue
        area = layout.index.area(r, layout.columns[key].c0)
        bottoms.append(area[2] if area is not None and area[0] == r and area[2] > r else r)
    if not merges_rows and all(bottom == r for bottom in bottoms):
        return layout.end
    return min(bottoms, default=layout.end)


_Found = tuple[int, TableLayout]  # a candidate header: required columns it misses, its layout


@dataclass(frozen=True)
class _ColumnKeys:
    """One column's label keys, and its group's."""

    column: Column
    keys: tuple[str, ...]
    long_keys: tuple[str, ...]  # the keys long enough to be found inside a longer header text (none for a
    # reader-only column: "SATUAN PENGUKURAN" is no SATUAN column)
    group_keys: tuple[str, ...]


@dataclass(frozen=True, eq=False)  # hashed by identity: one per Table and session, and a memo key
class TableKeys:
    """A table's compiled layout: what locating it needs from its mapping, worked out once per
    :class:`Table` by the :class:`~skp.reading.session.ReadingSession` (every table is looked for on every
    sheet of every workbook, and its labels never change)."""

    signature: int  # equal for tables located alike (JA and JF), so they share one search per sheet
    columns: tuple[_ColumnKeys, ...]
    groups: tuple[tuple[Label, tuple[str, ...]], ...]  # each group label once, with its keys
    required: tuple[str, ...]  # keys of the required columns
    by_key: dict[str, tuple[str, ...]]  # column key → its label keys
    keys: frozenset[str]  # every column's keys
    group_keys: frozenset[str]
    counted_as: dict[str, tuple[tuple[int, int], ...]]  # key → (column position, weight) it counts for
    counted_keys: frozenset[str]  # the keys of ``counted_as``
    columns_of: dict[str, tuple[int, ...]]  # key → positions of the columns it is a label of
    needed: int  # label hits a row needs to be tried as the header row
    min_columns: int  # fewer matched headers than this is not this table (the mapping's ``min_columns``)
    fuzzy: FuzzyRules  # guard rails of matching near-words
    joining: dict[str, str]  # reader-only column key → key of the column it completes (SATUAN → TARGET)
    wrapping: frozenset[str]  # keys of the columns whose text may continue on the rows below


def compile_table(
    table: Table, fuzzy: FuzzyRules, signature_id: Callable[[tuple[object, ...]], int]
) -> TableKeys:
    """Compile ``table`` (see :class:`TableKeys`); ``signature_id`` numbers tables located alike."""
    columns = tuple(
        _ColumnKeys(
            column,
            label_keys(column),
            () if column.joins else tuple(k for k in label_keys(column) if len(k) >= _MIN_FUZZY_KEY),
            label_keys(column.group) if column.group else (),
        )
        for column in table.columns
    )
    signature = (*(
        (c.column.key, c.column.level, c.column.required, c.column.joins, c.keys, c.group_keys)
        for c in columns
    ), table.min_columns)
    return TableKeys(
        signature=signature_id(signature),
        columns=columns,
        groups=tuple(
            {id(c.group): (c.group, label_keys(c.group)) for c in table.columns if c.group}.values()
        ),
        required=tuple(c.key for c in table.columns if c.required),
        by_key={c.key: label_keys(table.column(c.key)) for c in table.columns},
        keys=frozenset(k for c in columns for k in c.keys),
        group_keys=frozenset(k for c in columns for k in c.group_keys),
        counted_as=_counted_as(columns),
        counted_keys=frozenset(_counted_as(columns)),
        columns_of={
            k: tuple(n for n, c in enumerate(columns) if k in c.keys) for c in columns for k in c.keys
        },
        needed=min(2, sum(1 for c in table.columns if c.required) or 1),
        min_columns=table.min_columns,
        fuzzy=fuzzy,
        joining={c.key: c.joins for c in table.columns if c.joins},
        wrapping=frozenset(c.key for c in table.columns if c.wraps),
    )


def _counted_as(columns: tuple[_ColumnKeys, ...]) -> dict[str, tuple[tuple[int, int], ...]]:
    """For each label key, the columns it counts for when choosing header rows: 1 for a column's own
    label, 2 for its group's."""
    counted: dict[str, dict[tuple[int, int], None]] = {}
    for i, column in enumerate(columns):
        if column.column.joins:  # SATUAN is no evidence of our table: many tables have one
            continue
        for k in column.keys:
            counted.setdefault(k, {})[(i, 1)] = None
        for k in column.group_keys:
            counted.setdefault(k, {})[(i, 2)] = None
    return {k: tuple(sources) for k, sources in counted.items()}


def _group_labels(index: SheetIndex, keys: TableKeys, window: range) -> tuple[tuple[int, int] | None, ...]:
    """Where each group label of the table first stands in the header rows ``window``, if it does."""
    return tuple(next((pos for pos in index.find(g) if pos[0] in window), None) for _, g in keys.groups)


def _group_spans(
    index: SheetIndex, keys: TableKeys, labels: tuple[tuple[int, int] | None, ...]
) -> dict[int, tuple[int, int, int]]:
    """For each group label found in the header rows (``labels``, from :func:`_group_labels`): (row, first
    column, last column)."""
    spans: dict[int, tuple[int, int, int]] = {}  # by id() of the group label
    for (group, _), pos in zip(keys.groups, labels, strict=True):
        if pos is not None:
            r, c = pos
            c0, c1 = index.span(r, c)
            if c0 == c1:  # unmerged group label: it reaches to the next header text on its row
                following = [cc for cc, _ in index.row_texts(r) if cc > c]
                c1 = (following[0] - 1) if following else c + 50
            spans[id(group)] = (r, c0, c1)
    return spans


def _fits(column: Column, r: int, c: int, groups: dict[int, tuple[int, int, int]]) -> bool:
    if column.group is None or id(column.group) not in groups:
        return True
    g_row, g0, g1 = groups[id(column.group)]
    return r > g_row and g0 <= c <= g1


def _header_depth(index: SheetIndex, keys: TableKeys, top: int, max_rows: int) -> int:
    depth = 1
    for c, key in index.row_keys(top):
        if key in keys.group_keys:
            depth = max(depth, index.bottom(top, c) - top + 2)
        elif key in keys.keys:
            depth = max(depth, index.bottom(top, c) - top + 1)
    return min(depth, max_rows)


def _contains_columns(keys: TableKeys, text_key: str) -> tuple[tuple[int, int], ...]:
    """(position, length of its longest key inside ``text_key``) of each column one of whose long keys is
    part of a header text such as ``"TARGET KINERJA 2025"``."""
    found = []
    for i, column in enumerate(keys.columns):
        lengths = [len(k) for k in column.long_keys if k in text_key]
        if lengths:
            found.append((i, max(lengths)))
    return tuple(found)


def _similar_columns(keys: TableKeys, text_key: str) -> tuple[tuple[int, float], ...]:
    """(position, similarity) of each column one of whose keys is a near-word of ``text_key``
    (``INDIKATOR KERJA INDIVIDU``), by rapidfuzz at least the session's threshold. Keys shorter than the
    minimum length, other regimes' labels and agency extras are never placed this way."""
    rules = keys.fuzzy
    if len(text_key) < rules.min_length or text_key in rules.never or text_key in rules.ignored:
        return ()
    found = []
    for i, column in enumerate(keys.columns):
        if column.column.joins:  # a reader-only column is placed by its own labels alone
            continue
        best = rules.similarity(text_key, column.keys)
        if best is not None:
            found.append((i, best))
    return tuple(found)


def _near_counted(index: SheetIndex, keys: TableKeys) -> list[tuple[str, tuple[tuple[int, int], ...]]]:
    """(key on the sheet, what it counts for) for each label of the sheet that nearly spells one of the
    table's counted labels (``RENCANA KINRJA``, ``INDIKATOR KINERJA INDIVDU``) without being one, by the
    session's rules for near-words: the most similar label's columns."""
    rules, counted = keys.fuzzy, list(keys.counted_keys)
    found = []
    for key in index.label_set - keys.counted_keys:
        if len(key) < rules.min_length or key in rules.never or key in rules.ignored:
            continue
        scored = [(score, k) for k in counted if (score := rules.similarity(key, (k,))) is not None]
        if scored:
            found.append((key, keys.counted_as[max(scored)[1]]))
    return found


def _assign(index: SheetIndex, table: Table, keys: TableKeys, top: int, max_rows: int) -> _Found | None:
    """The header starting on row ``top`` with how many required columns it misses, or None when it has
    too few columns to be one of our tables."""
    header = _header_columns(index, keys, top, max_rows)
    if header is None:
        return None
    missing, hits, bottom, unplaced = header
    return missing, TableLayout(index, table, top, bottom + 1, _joined(keys, hits), unplaced=unplaced)


def _joined(keys: TableKeys, hits: dict[str, ColumnHit]) -> dict[str, ColumnHit]:
    """The columns of a header, each one a reader-only column completes (``joins``: SATUAN right of
    TARGET) widened over it, so that its text on every row is both joined (``12`` ``laporan``) as under a
    TARGET merged over angka | satuan; an empty SATUAN cell adds nothing. A SATUAN standing elsewhere,
    or already inside the column's span (the sub-label of a merged TARGET), changes nothing."""
    out = dict(hits)
    for key in keys.joining:
        part, whole = hits.get(key), hits.get(keys.joining[key])
        if part is not None and whole is not None and part.c0 == whole.c1 + 1:
            out[whole.key] = replace(whole, c1=part.c1)
    return out


# Required columns missed, columns found (shared: never modified), the last row of their header cells,
# the header cells no column took.
_Header = tuple[int, dict[str, ColumnHit], int, tuple[tuple[int, int, str], ...]]


def _header_columns(index: SheetIndex, keys: TableKeys, top: int, max_rows: int) -> _Header | None:
    """The columns of the header starting on row ``top``, as :func:`_match_header` finds them.

    Remembered across workbooks by the numbers of the rows the match reads (their texts, keys and merged
    areas, see :meth:`SheetIndex.row_id`): equal rows make the depth and the match take the same steps
    (the group labels in those rows included), so a remembered header is the one the search would find
    again."""
    session = index.session
    depth_key = (keys, max_rows, index.row_id(top))
    depth = session.memo["depths"].get(depth_key)
    if depth is None:
        depth = session.remember("depths", depth_key, _header_depth(index, keys, top, max_rows))
    window = range(top, top + depth)  # type: ignore[operator]
    evidence = (keys, *(index.row_id(r) for r in range(top, window.stop + 1)))  # + the row a label may end on
    headers = session.memo["headers"]
    if evidence in headers:
        return headers[evidence]  # type: ignore[return-value]
    header = _match_header(index, keys, window, _group_labels(index, keys, window))
    return session.remember("headers", evidence, header)


def _nearest_first(found: list[int], cells: list[tuple[int, int, str]], anchors: list[int]) -> list[int]:
    """The header cells holding one column's label, nearest first to the columns whose label the header
    holds once (``anchors``), else in reading order: a header row holding another table's header too (a
    Keterkaitan AK written beside the plan, its ``NO | RENCANA KINERJA`` level with the plan's) gives each
    table the cells standing among its own columns, not the leftmost."""
    if not anchors:
        return sorted(found)
    return sorted(found, key=lambda i: (min(abs(cells[i][1] - a) for a in anchors), i))


def _match_header(
    index: SheetIndex, keys: TableKeys, window: range, group_labels: tuple[tuple[int, int] | None, ...]
) -> _Header | None:
    """The columns whose labels are in the header rows ``window``, with how many required columns are
    missing and the last row their header cells reach; None when too few are there.

    Each column takes the first header cell holding exactly one of its labels; the cells left then go
    to the column with the longest label inside their text."""
    groups = _group_spans(index, keys, group_labels) if keys.groups else {}
    group_cells = {(g[0], g[1]) for g in groups.values()}
    cells = [(r, c, key) for r in window for c, key in index.row_keys(r) if (r, c) not in group_cells]
    cells, second_lines = _split_labels(index, keys, cells, window.stop)
    positions: dict[str, list[int]] = {}
    for i, (_, _, key) in enumerate(cells):
        positions.setdefault(key, []).append(i)
    used: set[tuple[int, int]] = set()
    taken: dict[str, tuple[Column, int, int, How, float]] = {}  # column key → column, header cell, how

    labelled = sorted({n for key in positions.keys() & keys.columns_of.keys() for n in keys.columns_of[key]})
    found_of = {n: [i for k in keys.columns[n].keys for i in positions.get(k, ())] for n in labelled}
    anchors: list[int] | None = None
    for n in labelled:  # the columns with a label in the header, in table order
        column_keys = keys.columns[n]
        column = column_keys.column
        found = found_of[n]
        if len(found) > 1:
            if anchors is None:
                anchors = [cells[f[0]][1] for f in found_of.values() if len(f) == 1]
            found = _nearest_first(found, cells, anchors)
        for i in found:
            r, c, key = cells[i]
            if (r, c) not in used and (not groups or _fits(column, r, c, groups)):
                taken[column.key] = (column, r, c, "exact" if key == column_keys.keys[0] else "alias", 100.0)
                used.add((r, c))
                break
    session = index.session
    memo = session.memo["contains"]
    for r, c, key in sorted(cells, key=_names_part_of_period):  # stable: reading order otherwise
        if (r, c) in used or len(key) < _MIN_FUZZY_KEY or key in keys.fuzzy.ignored:
            continue
        best: tuple[int, Column] | None = None
        contained = memo.get((keys, key))
        if contained is None:
            contained = session.remember("contains", (keys, key), _contains_columns(keys, key))
        for i, length in contained:  # type: ignore[attr-defined]
            column = keys.columns[i].column
            if column.key in taken or (groups and not _fits(column, r, c, groups)):
                continue
            if best is None or length > best[0]:
                best = (length, column)
        if best is None:
            continue
        score = 100.0 * best[0] / len(key)
        nearly = (s for i, s in _similar_of(index, keys, key) if keys.columns[i].column.key not in taken
                  and (not groups or _fits(keys.columns[i].column, r, c, groups)))
        if max(nearly, default=0.0) > score:  # SANAGT BAIK nearly spells SANGAT BAIK: not BAIK's cell
            continue
        if _nearer_elsewhere(index, keys, cells, used, (r, c), best[1], score, groups):
            continue  # REALSIASI nearly spells REALISASI: its cell, not REALISASI PER TRIWULAN's
        taken[best[1].key] = (best[1], r, c, "contains", score)
        used.add((r, c))
    _into_own_block(index, keys, cells, groups, used, taken)
    _place_similar(index, keys, cells, groups, used, taken)
    if sum(1 for key in taken if key not in keys.joining) < keys.min_columns:
        return None
    hits = {
        key: ColumnHit(key, column.level, (r, c), *index.span(r, c), index.text(r, c) or "", how, score)
        for key, (column, r, c, how, score) in taken.items()
    }
    missing = sum(1 for key in keys.required if key not in hits)
    bottom = max(max(index.bottom(*hit.header), second_lines.get(hit.header, 0)) for hit in hits.values())
    unplaced = tuple((r, c, key) for r, c, key in cells if (r, c) not in used and key)
    return missing, dict(sorted(hits.items(), key=lambda kv: kv[1].c0)), bottom, unplaced


# a header naming a part of the period (a quarter, a semester, a month) in a normalised key: ``REALISASITWI``,
# ``REALISASITRIWULANII``, ``TARGETSEMESTER1``
_PART_OF_PERIOD_RE = re.compile(r"TRIWULAN|SEMESTER|BULAN|(?:TW|TRW|SMT|Q)(?:[IV]{1,3}|[1-4])$")


def _names_part_of_period(cell: tuple[int, int, str]) -> bool:
    """Whether a header cell names a part of the period: such cells are offered a column containing their
    label last, so that ``REALISASI 2026`` (or ``REALISASI``) is the REALISASI column and not ``REALISASI TW
    I`` left of it, whose quarter holds a quarter of the year's result (the quarters are the agency's own
    columns, read as none). Where only quarters are written, the first still is the column."""
    return _PART_OF_PERIOD_RE.search(cell[2]) is not None


def _split_labels(
    index: SheetIndex, keys: TableKeys, cells: list[tuple[int, int, str]], below: int
) -> tuple[list[tuple[int, int, str]], dict[tuple[int, int], int]]:
    """Header labels written over two rows, as a table pasted from Word or a PDF leaves a wrapped label
    (``RENCANA KINERJA`` / ``ATASAN YANG DIINTERVENSI``, ``INDIKATOR KINERJA`` / ``INDIVIDU``): a header cell
    that is not merged down, with a text under it in the same column (on the header rows or the row just
    below them, ``below``) that together spell one of the table's labels, is that label. Returns the cells
    with each such pair as its upper cell, and the row of each pair's second line by its upper cell."""
    at = {(r, c): key for r, c, key in cells}
    joined: dict[tuple[int, int], str] = {}
    second: dict[tuple[int, int], int] = {}
    for r, c, key in cells:
        if not key or (r, c) in second.values() or index.bottom(r, c) != r:
            continue
        lower = at.get((r + 1, c))
        if lower is None and r + 1 == below:
            lower = index.keys.get((r + 1, c))
        if lower and key + lower in keys.keys and key + lower not in (key, lower):
            joined[(r, c)] = key + lower
            second[(r, c)] = r + 1
    if not joined:
        return cells, {}
    lower_cells = {(r2, c) for (_, c), r2 in second.items()}
    out = [(r, c, joined.get((r, c), key)) for r, c, key in cells if (r, c) not in lower_cells]
    return out, second


def _nearer_elsewhere(
    index: SheetIndex,
    keys: TableKeys,
    cells: list[tuple[int, int, str]],
    used: set[tuple[int, int]],
    at: tuple[int, int],
    column: Column,
    score: float,
    groups: dict[int, tuple[int, int, int]],
) -> bool:
    """Whether another free header cell nearly spells ``column``'s label more closely than the cell at
    ``at`` contains it (``score``): a misspelt ``REALSIASI`` is the REALISASI column, not the merged
    ``REALISASI PER TRIWULAN`` over the quarters that merely contains the word."""
    for r, c, key in cells:
        if (r, c) in used or (r, c) == at or (groups and not _fits(column, r, c, groups)):
            continue
        similar = _similar_of(index, keys, key)
        if any(keys.columns[i].column.key == column.key and s > score for i, s in similar):
            return True
    return False


def _into_own_block(
    index: SheetIndex,
    keys: TableKeys,
    cells: list[tuple[int, int, str]],
    groups: dict[int, tuple[int, int, int]],
    used: set[tuple[int, int]],
    taken: dict[str, tuple[Column, int, int, How, float]],
) -> None:
    """Columns taken in another table's header written beside this one on its header rows (a Keterkaitan
    AK's ``NO | RENCANA KINERJA``, a Matriks's ``NO | … | RENCANA KINERJA ATASAN`` right of the plan), while
    a free cell of the table's own block holds their label or nearly spells it (the plan's ``RENACNA
    KINERJA``, its ``NO`` passed over for the Matriks's): that cell is the column's. Every table of the forms
    begins with its NO column, so the header rows split into blocks at each cell holding the NO label; the
    table's own block is the one holding most of its columns. Merged cells play no part: xlwings' remote
    engine does not send them. Left in the other block, the plan's RK would be read from the annex's rows,
    and the plan's column-number row as an RK."""
    no = next((k for k in keys.columns if k.column.key == "no"), None)
    starts = sorted({c for _, c, key in cells if no is not None and key in no.keys})
    if len(starts) < 2:
        return

    def block_of(c: int) -> int:
        return sum(1 for start in starts[1:] if c >= start)

    counts = Counter(block_of(c) for _, _, c, _, _ in taken.values())
    own = max(counts, key=lambda i: (counts[i], -i))
    for key, (column, r, c, how, _) in list(taken.items()):
        if block_of(c) == own or how not in ("exact", "alias"):
            continue
        n = next(i for i, k in enumerate(keys.columns) if k.column.key == key)
        offers = [(_spells(index, keys, n, text_key), rr, cc) for rr, cc, text_key in cells
                  if (rr, cc) not in used and block_of(cc) == own
                  and (not groups or _fits(column, rr, cc, groups))]
        # the topmost and leftmost of equal offers
        best, rr, cc = max(offers, key=lambda o: (o[0], -o[1], -o[2]), default=(0.0, 0, 0))
        if best > 0.0:
            used.discard((r, c))
            used.add((rr, cc))
            exact = index.key(rr, cc) == keys.columns[n].keys[0]
            taken[key] = (column, rr, cc, "fuzzy" if best < 100.0 else "exact" if exact else "alias", best)


def _spells(index: SheetIndex, keys: TableKeys, n: int, text_key: str) -> float:
    """How a header text spells the table's ``n``-th column's label: 100 as one of its labels, its
    similarity as a near-word (:func:`_similar_of`), else 0."""
    if text_key in keys.columns[n].keys:
        return 100.0
    return max((score for i, score in _similar_of(index, keys, text_key) if i == n), default=0.0)


def _place_similar(
    index: SheetIndex,
    keys: TableKeys,
    cells: list[tuple[int, int, str]],
    groups: dict[int, tuple[int, int, int]],
    used: set[tuple[int, int]],
    taken: dict[str, tuple[Column, int, int, How, float]],
) -> None:
    """Give the header cells still free to the columns still missing whose label they nearly spell
    (typos, stray words): best similarity first, one cell per column and one column per cell, so an exact
    label always wins over a near one and two labels never claim one cell. A header written as two
    labels joined by a slash (``TARGET/BAIK``: the target that is also the BAIK kategori) is placed by
    its labels one by one when it nearly spells none as a whole (``TAREGT/BAIK``)."""
    offers: list[tuple[float, int, int, int]] = []  # (score, row, col, column position)
    for r, c, key in cells:
        if (r, c) in used:
            continue
        for i, score in _similar_of(index, keys, key) or _similar_parts(index, keys, r, c):
            column = keys.columns[i].column
            if column.key not in taken and (not groups or _fits(column, r, c, groups)):
                offers.append((score, r, c, i))
    for score, r, c, i in sorted(offers, key=lambda o: (-o[0], o[1], o[2], o[3])):
        column = keys.columns[i].column
        if column.key in taken or (r, c) in used:
            continue
        taken[column.key] = (column, r, c, "fuzzy", score)
        used.add((r, c))


def _similar_parts(index: SheetIndex, keys: TableKeys, r: int, c: int) -> tuple[tuple[int, float], ...]:
    """:func:`_similar_of` for each of the labels a header cell joins with a slash, if it does."""
    text = index.text(r, c) or ""
    if "/" not in text:
        return ()
    return tuple(hit for part in text.split("/") for hit in _similar_of(index, keys, normalize_label(part)))


def _similar_of(index: SheetIndex, keys: TableKeys, key: str) -> tuple[tuple[int, float], ...]:
    """:func:`_similar_columns`, remembered in the session (memo table ``similar``)."""
    session = index.session
    similar: tuple[tuple[int, float], ...] | None = session.memo["similar"].get((keys, key))  # type: ignore[assignment]
    if similar is None:
        similar = session.remember("similar", (keys, key), _similar_columns(keys, key))
    return similar


def _skip_subheader(layout: TableLayout, start: int) -> int:
    """Skip the column-number row (1, 2, 3 …) and an unlabelled angka | satuan sub-row under the header.

    Remembered per sheet by the rows' start and the columns' spans, all it depends on: the forms found at
    one header (JA, JF and JPT tables share most columns) ask about the same rows."""
    spans = tuple((h.c0, h.c1) for h in layout.columns.values())
    written = tuple((h.c0, h.c1) for key, h in layout.columns.items() if key in _ROW_TEXT_COLUMNS)
    memo_key = ("subheader", start, spans, written)
    found = layout.index.memo.get(memo_key)
    if found is None:
        found = layout.index.memo[memo_key] = _rows_to_skip(layout.index, start, spans, written)
    return found  # type: ignore[return-value]


# Columns every plan row writes words in (its number, RK, aspek, IKI; a Keterkaitan AK row's number and
# RENCANA KINERJA): a row with none of them filled right under the header, only short words elsewhere, is
# the header's own sub-labels (KODE | URAIAN under a BUTIR KEGIATAN whose merge is not known).
_ROW_TEXT_COLUMNS = frozenset(("no", "rk_atasan", "rk", "aspek", "iki", "perspektif", "rencana_kinerja"))
_SUB_LABEL_CHARS = 30


def _rows_to_skip(
    index: SheetIndex, start: int, spans: tuple[tuple[int, int], ...], written: tuple[tuple[int, int], ...]
) -> int:
    wide = [(c0, c1) for c0, c1 in spans if c1 > c0]
    r = start
    for _ in range(2):
        row = index.row(r)
        texts = [(c, t) for c0, c1 in spans for c in range(c0, c1 + 1) if (t := row.get(c)) is not None]
        if not texts:
            return r
        numbering = len(texts) >= 2 and all(COLUMN_NUMBER_RE.match(t) for _, t in texts)
        sub_labels = (wide and _sub_labels(index, r, texts, wide)) or _unmerged_sub_labels(row, written)
        if not (numbering or sub_labels):
            return r
        r += 1
    return r


def _unmerged_sub_labels(row: dict[int, str], written: tuple[tuple[int, int], ...]) -> bool:
    """ANGKA | SATUAN under a TARGET whose merged area was lost (a workbook passed through a tool that
    drops merges), KODE | URAIAN under a BUTIR KEGIATAN: short words without digits, none in the columns
    every row writes in. Only for a plan-like table or a Keterkaitan AK, whose ``written`` columns (NO, RK,
    aspek, IKI …; NO, RENCANA KINERJA) are at least two."""
    if len(written) < 2:
        return False
    return all(
        len(t) <= _SUB_LABEL_CHARS and not any(ch.isdigit() for ch in t)
        and not any(c0 <= c <= c1 for c0, c1 in written)
        for c, t in row.items()
    )


def _sub_labels(index: SheetIndex, r: int, texts: list[tuple[int, str]], wide: list[tuple[int, int]]) -> bool:
    """Whether every text of the row is a digit-free label under a merged header (angka | satuan)."""
    return all(
        any(c0 <= span[0] and span[1] <= c1 for c0, c1 in wide) and not any(ch.isdigit() for ch in t)
        for c, t in texts
        if (span := index.span(r, c))
    )


def locate_table(
    index: SheetIndex, table: Table, max_header_rows: int = 3, tolerance: int = 0, near: bool = False
) -> TableLayout | None:
    """The best-matching header of ``table`` on the sheet, or None when its required columns are absent
    (``tolerance``: how many required columns may be missing, so that a form whose staff deleted one
    column is still recognised as that form and the checks can report what is missing).

    Every candidate header is remembered per sheet with the number of required columns it misses, so
    that forms sharing a table and searches with another tolerance cost no second search; each caller
    gets its own copy to bound.
    """
    best: TableLayout | None = None
    for missing, layout in _headers(index, table, max_header_rows, near):
        if missing <= tolerance and (best is None or layout.score > best.score):
            best = layout
    return best.as_located() if best is not None else None


def table_found(index: SheetIndex, table: Table, max_header_rows: int = 3, tolerance: int = 0) -> bool:
    """Whether :func:`locate_table` finds ``table`` on the sheet, for callers that only ask that."""
    return any(missing <= tolerance for missing, _ in _headers(index, table, max_header_rows))


def header_spans(index: SheetIndex, table: Table, max_header_rows: int = 3) -> list[tuple[int, int, int]]:
    """Every complete header of ``table`` on the sheet as its first row and the first and last columns it
    covers."""
    return [
        (layout.top, min(h.c0 for h in layout.columns.values()), max(h.c1 for h in layout.columns.values()))
        for missing, layout in _headers(index, table, max_header_rows) if not missing
    ]


def _headers(index: SheetIndex, table: Table, max_header_rows: int, near: bool = False) -> list[_Found]:
    """Every candidate header of ``table`` on the sheet (:func:`_locate`), remembered per sheet."""
    keys = index.session.table_keys(table)
    memo_key = ("table", keys.signature, max_header_rows, near)
    found = index.memo.get(memo_key)
    if found is None:
        found = index.memo[memo_key] = _locate(index, table, keys, max_header_rows, near)
    return found  # type: ignore[return-value]


def _locate(
    index: SheetIndex, table: Table, keys: TableKeys, max_header_rows: int, near: bool = False
) -> list[_Found]:
    """Every header of ``table`` on the sheet, top to bottom, with the required columns it misses.

    Rows are tried as the header row when they hold the labels of enough columns (a group label counts
    twice, once per column under it); only the labels present on the sheet are looked at, so a sheet
    holding none of the table's (most sheets, for most tables) is dismissed at once. With ``near``, labels
    nearly spelt count too (:func:`_near_counted`): the costly search for a workbook no header was found
    in otherwise."""
    rows_of: dict[tuple[int, int], set[int]] = {}  # (column position, weight) → rows holding its label
    counted = [(key, keys.counted_as[key]) for key in index.label_set & keys.counted_keys]
    for key, sources in counted + (_near_counted(index, keys) if near else []):
        label_rows = [r for r, _ in index.labels[key]]
        for source in sources:
            rows_of.setdefault(source, set()).update(label_rows)
    counts: dict[int, int] = {}
    for (_, weight), rows in rows_of.items():
        for r in rows:
            counts[r] = counts.get(r, 0) + weight
    found: list[_Found] = []
    for r in sorted(r for r, n in counts.items() if n >= keys.needed):
        candidate = _assign(index, table, keys, r, max_header_rows)
        if candidate is not None:
            found.append(candidate)
    return found
