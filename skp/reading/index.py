"""A per-sheet index of label text, built once, so finding a label is a dictionary lookup.

Every label of every mapping is looked up on every sheet; scanning all cells for each would cost
O(labels × cells) per workbook, far over the few milliseconds a batch allows. The index maps each
normalised short text to its positions, including the label part of ``"NAMA : Budi"`` cells and labels
carrying their own number (``"1. Nama"``).
"""

from __future__ import annotations

import pickle
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from skp.abbreviations import Abbreviations
from skp.mapping import normalize_label
from skp.reading.grid import SheetGrid, WorkbookGrid
from skp.reading.session import ReadingSession
from skp.reading.values import cell_text, strip_colon

Pos = tuple[int, int]
Area = tuple[int, int, int, int]

_MAX_LABEL_CHARS = 200
_MAX_PARAGRAPH_CHARS = 800  # one party's identity in one cell ("Nama: …⏎NIP: …⏎Unit Kerja: …")
_MAX_ABBREVIATED_CHARS = 60  # the longest label written in full is 55; data texts are not searched for them
_ORDINAL_RE = re.compile(r"^\s*(?:\d{1,2}|[A-Za-z]|[IVXivx]{1,4})\s*[.)]\s*|^\s*\d{1,2}\s+(?=\D)")
_INLINE_RE = re.compile(r"^(?P<label>[^:：]{1,80})[:：](?P<value>.*)$", re.DOTALL)
_MERGE_INDEX_LIMIT = 5000  # cells; bigger merged areas are searched linearly
_SHARED_SHEETS_MAX = 32  # sheets whose index a run keeps for the workbooks that repeat them
_SHARED_SHEET_CELLS = 5000  # cells of the largest sheet compared with the sheets met before
_UNREPEATED_NAME = 32  # sheets of one name met without one repeat: that name's sheets are no longer compared


Analysis = tuple[str, tuple[str, ...], tuple[tuple[str, str | None], ...]]


def _inline(text: str) -> tuple[str, str | None] | None:
    match = _INLINE_RE.match(text)
    if not match:
        return None
    key = normalize_label(match["label"])
    return (key, strip_colon(cell_text(match["value"]))) if key else None


def _analyse(text: str, abbreviations: Abbreviations | None = None) -> Analysis:
    """What the index records for one cell text: its key, the label keys it is found by (its own and
    the one without a leading number), and the label key and value of a ``"LABEL : value"`` text; a
    paragraph of such lines (one party's identity in one cell: ``"Nama: …⏎NIP: …⏎Jabatan: …"``) gives
    one per line.

    Remembered per text in the run's session (memo table ``analysed``), because every workbook of a batch
    repeats the template's labels; bounded there, since the data texts never repeat."""
    key = normalize_label(text)
    keys = {key}
    if (
        abbreviations is not None
        and len(text) <= _MAX_ABBREVIATED_CHARS
        and (full := abbreviations.expand(text)) is not None
    ):
        text = full  # "Ind. Kinerja Individu" is the label INDIKATOR KINERJA INDIVIDU, and its key
        key = normalize_label(text)
        keys.add(key)
    stripped = _ORDINAL_RE.sub("", text, count=1)
    if stripped != text:
        keys.add(normalize_label(stripped))
    lines = [line for line in stripped.splitlines() if line.strip()] if "\n" in stripped else []
    paragraph = [found for line in lines if (found := _inline(_ORDINAL_RE.sub("", line, count=1)))]
    if len(lines) > 1 and len(paragraph) == len(lines):
        return key, tuple(k for k in keys if k), tuple(paragraph)
    inline = _inline(stripped)
    return key, tuple(k for k in keys if k), (inline,) if inline else ()


@dataclass
class SheetIndex:
    """Label positions of one sheet plus its merged areas by cell."""

    grid: SheetGrid
    session: ReadingSession = field(default_factory=ReadingSession)  # the run's layouts and memo tables
    n_cols: int = 0
    labels: dict[str, list[Pos]] = field(default_factory=lambda: defaultdict(list))
    keys: dict[Pos, str] = field(default_factory=dict)  # normalised text of every short text cell
    memo: dict[object, object] = field(default_factory=dict)  # per-sheet results of label searches
    inline: dict[str, list[tuple[int, int, str | None]]] = field(default_factory=lambda: defaultdict(list))
    label_set: frozenset[str] = frozenset()  # the keys of ``labels``, to intersect with a table's
    _areas_in_row: dict[int, list[Area]] = field(default_factory=lambda: defaultdict(list))
    _area_at: dict[int, dict[int, Area]] = field(default_factory=dict)  # row → column → area, when asked
    _big_areas: list[Area] = field(default_factory=list)
    _row_texts: dict[int, dict[int, str]] = field(default_factory=dict)
    _row_keys: dict[int, list[tuple[int, str]]] = field(default_factory=dict)
    _row_ids: dict[int, int] = field(default_factory=dict)

    @classmethod
    def build(cls, grid: SheetGrid, session: ReadingSession | None = None) -> SheetIndex:
        """The index of one sheet, in one pass over its cells with the dictionaries at hand: it visits
        every cell of every sheet of a batch. Without a session, a fresh one (nothing remembered)."""
        index = cls(grid, session) if session is not None else cls(grid)
        keys, labels, inline = index.keys, index.labels, index.inline
        analysed, remember = index.session.memo["analysed"], index.session.remember
        abbreviations = index.session.abbreviations
        for r, row in enumerate(grid.rows):
            if row.count(None) == len(row):  # a blank row (a third of a form's): no cell visited
                continue
            for c, value in enumerate(row):
                if value is None or not isinstance(value, str):  # most cells of a form: decided first
                    continue
                if len(value) <= _MAX_LABEL_CHARS:
                    hit: Analysis | None = analysed.get(value)  # type: ignore[assignment]
                    if hit is None:
                        hit = remember("analysed", value, _analyse(value, abbreviations))
                    key, label_keys, found = hit
                    pos = (r, c)  # one tuple for the cell's key and every label it is found by
                    keys[pos] = key
                    for label_key in label_keys:
                        labels[label_key].append(pos)
                    for found_key, found_value in found:
                        inline[found_key].append((r, c, found_value))
                elif "\n" in value and len(value) <= _MAX_PARAGRAPH_CHARS:
                    hit = analysed.get(value)  # type: ignore[assignment]
                    if hit is None:
                        hit = remember("analysed", value, _analyse(value, abbreviations))
                    for found_key, found_value in hit[2] if len(hit[2]) > 1 else ():
                        inline[found_key].append((r, c, found_value))  # a paragraph: its lines only
        index.n_cols = grid.n_cols
        areas_in_row, big_areas = index._areas_in_row, index._big_areas
        for area in grid.merged:
            r0, c0, r1, c1 = area
            if (r1 - r0 + 1) * (c1 - c0 + 1) > _MERGE_INDEX_LIMIT:
                big_areas.append(area)
            elif r0 == r1:  # most areas: a label or value merged across one row
                areas_in_row[r0].append(area)
            else:
                for r in range(r0, r1 + 1):
                    areas_in_row[r].append(area)
        index.label_set = frozenset(labels)
        return index

    @property
    def name(self) -> str:
        return self.grid.name

    def release(self) -> None:
        """Forget what was found on the sheet once its workbook is read. The table layouts remembered
        here point back at this index, a cycle only the garbage collector would break, and a batch
        worker runs it every few hundred workbooks: until then every grid read would stay in memory."""
        self.memo.clear()

    @property
    def name_key(self) -> str:
        """The sheet name normalised, worked out once per sheet (every annex compares it)."""
        found = self.memo.get("name key")
        if found is None:
            found = self.memo["name key"] = normalize_label(self.grid.name)
        return found  # type: ignore[return-value]

    def find(self, keys: Iterable[str]) -> list[Pos]:
        """Positions of cells whose whole text is one of ``keys`` (row-major order)."""
        found = [pos for key in keys for pos in self.labels.get(key, ())]
        return sorted(set(found)) if len(found) > 1 else found

    def rows_with(self, keys: Iterable[str]) -> set[int]:
        """Rows holding a cell whose whole text is one of ``keys``."""
        return {r for key in keys for r, _ in self.labels.get(key, ())}

    def first_row_with(self, keys: frozenset[str], start: int) -> int | None:
        """The first row from ``start`` on holding one of ``keys``, as a whole text or as the label of a
        ``"LABEL : value"`` text; None when none does."""
        labels, inline = self.labels, self.inline
        rows = [r for key in self.label_set & keys for r, _ in labels[key] if r >= start]
        rows += [r for key in inline.keys() & keys for r, _c, _v in inline[key] if r >= start]
        return min(rows, default=None)

    def find_inline(self, keys: Iterable[str]) -> list[tuple[int, int, str | None]]:
        """``"LABEL : value"`` cells for ``keys``: (row, col, value after the colon)."""
        found = [hit for key in keys for hit in self.inline.get(key, ())]
        return sorted(found, key=lambda t: (t[0], t[1])) if len(found) > 1 else found

    def area(self, r: int, c: int) -> Area | None:
        """The merged area holding (r, c), if any. A row's cells are mapped to their areas the first time
        the row is asked about: most rows of a sheet never are."""
        row = self._area_at.get(r)
        if row is None:
            areas = self._areas_in_row.get(r, ())
            row = self._area_at[r] = {c: area for area in areas for c in range(area[1], area[3] + 1)}
        hit = row.get(c)
        if hit is not None or not self._big_areas:
            return hit
        return next((a for a in self._big_areas if a[0] <= r <= a[2] and a[1] <= c <= a[3]), None)

    def covered_from_above(self, r: int, c: int) -> bool:
        """Whether (r, c) lies in a merged area that starts on an earlier row (a continuation cell)."""
        area = self.area(r, c)
        return area is not None and area[0] < r

    def span(self, r: int, c: int) -> tuple[int, int]:
        """Inclusive column range of the cell at (r, c), wider when merged."""
        area = self.area(r, c)
        return (area[1], area[3]) if area else (c, c)

    def bottom(self, r: int, c: int) -> int:
        area = self.area(r, c)
        return area[2] if area else r

    def label_keys_at(self, r: int, c: int) -> tuple[str, ...]:
        """The label keys a cell's text is found by: its own and, for ``"B. Kinerja Tambahan"``, the one
        without the leading number; none for numbers and long texts."""
        value = self.grid.value(r, c)
        if not isinstance(value, str) or len(value) > _MAX_LABEL_CHARS:
            return ()
        found: Analysis | None = self.session.memo["analysed"].get(value)  # type: ignore[assignment]
        return (found or _analyse(value, self.session.abbreviations))[1]

    def key(self, r: int, c: int) -> str:
        """Normalised text of a cell (empty for long texts and non-text cells)."""
        return self.keys.get((r, c), "")

    def row(self, r: int) -> dict[int, str]:
        """Column → text of the non-empty cells of row ``r``, computed once per row (shared: do not
        modify)."""
        texts = self._row_texts.get(r)
        if texts is None:
            row = self.grid.rows[r] if 0 <= r < len(self.grid.rows) else []
            texts = {c: t for c, v in enumerate(row) if v is not None and (t := cell_text(v)) is not None}
            self._row_texts[r] = texts
        return texts

    def text(self, r: int, c: int) -> str | None:
        """The text of one cell. Asked hundreds of times per workbook, so a row already worked out is
        looked up here without a second call."""
        texts = self._row_texts.get(r)
        return (texts if texts is not None else self.row(r)).get(c)

    def row_keys(self, r: int) -> list[tuple[int, str]]:
        """(column, key) of the non-empty cells of row ``r``, the key empty for numbers and long texts;
        computed once per row, since every table's header search walks the same rows."""
        keys = self._row_keys.get(r)
        if keys is None:
            keys = self._row_keys[r] = [(c, self.keys.get((r, c), "")) for c in self.row(r)]
        return keys

    def row_id(self, r: int) -> int:
        """A number standing for what :meth:`row`, :meth:`row_keys` and :meth:`area` answer on row ``r``:
        rows with equal numbers, on any sheet of any workbook, give equal answers to those queries.

        Lets the header search remembered across workbooks (``skp.reading.table._header_columns``, in the
        session) compare
        rows by a number instead of hashing their contents again for every table tried on them. The few
        big areas, which any row may fall in, count as part of every row. Remembered per row."""
        found = self._row_ids.get(r)
        if found is None:
            content = (
                r,
                tuple(self.row(r).items()),
                tuple(self.row_keys(r)),
                tuple(self._areas_in_row.get(r, ())),
                tuple(self._big_areas),
            )
            found = self._row_ids[r] = self.session.row_id(content)
        return found

    def row_texts(self, r: int, cols: Iterable[int] | None = None) -> list[tuple[int, str]]:
        """Non-empty (column, text) pairs of row ``r``, optionally limited to ``cols``."""
        texts = self.row(r)
        if cols is None:
            return list(texts.items())
        return [(c, texts[c]) for c in cols if c in texts]


def sheet_indexes(grid: WorkbookGrid, session: ReadingSession) -> list[tuple[SheetIndex, bool]]:
    """The index of each sheet of ``grid``, and whether it is shared with other workbooks of the run.

    Workbooks made from one template carry sheets their senders never touch (instructions, lists for
    drop-downs, an annex left blank), the same in workbook after workbook. Everything an index holds and
    remembers is a function of its sheet's content and the session, so a sheet equal to one met before
    in the run gets that sheet's index, with every search already made on it.

    Only small sheets are compared, and only while their name keeps its promise: a name whose first
    :data:`_UNREPEATED_NAME` sheets never repeated one met before (the plan sheet each sender fills in, its
    Penilaian) is not hashed any more in the run (memo table ``sheet names``: sheets met, repeats), since
    hashing every cell of a sheet costs about as much as indexing it. A sheet is first known by the hash
    of its content (memo table ``sheets``), which costs little more than the index build saves by finding
    its texts hashed; a sheet whose hash was met before is kept, with its index, by its pickled content
    (name, visibility, cells, merged areas), which tells ``True`` from ``1`` as ``==`` and the hash do not.
    """
    shared, seen = session.memo["shared sheets"], session.memo["sheets"]
    names = session.memo["sheet names"]
    indexes = []
    for sheet in grid.sheets:
        tally: list[int] | None = names.get(sheet.name)  # type: ignore[assignment]
        if (tally is not None and tally[0] >= _UNREPEATED_NAME and not tally[1]) or sum(
            map(len, sheet.rows)
        ) > _SHARED_SHEET_CELLS:
            indexes.append((SheetIndex.build(sheet, session), False))
            continue
        if tally is None:
            tally = session.remember("sheet names", sheet.name, [0, 0])
        tally[0] += 1
        digest = hash((sheet.name, sheet.hidden, sheet.values_only, tuple(map(tuple, sheet.rows)),
                       tuple(sheet.merged)))
        if digest not in seen:
            session.remember("sheets", digest, None)
            indexes.append((SheetIndex.build(sheet, session), False))
            continue
        tally[1] += 1
        content = pickle.dumps((sheet.name, sheet.hidden, sheet.values_only, sheet.rows, sheet.merged),
                               pickle.HIGHEST_PROTOCOL)
        index: SheetIndex | None = shared.get(content)  # type: ignore[assignment]
        if index is None:
            index = SheetIndex.build(sheet, session)
            if len(shared) >= _SHARED_SHEETS_MAX:  # starting afresh, as memo tables do; released, so that
                for evicted in list(shared.values()):  # no index waits for the garbage collector
                    if isinstance(evicted, SheetIndex):
                        evicted.release()
                shared.clear()
                # this workbook's earlier sheets were among those dropped: no longer shared, so the caller
                # releases them once the workbook is read
                indexes = [(earlier, False) for earlier, _ in indexes]
            shared[content] = index
        indexes.append((index, True))
    return indexes
