"""The kop of a form (SPEC §3.1): title, agency line, PERIODE PENILAIAN and the two identity blocks.

Staff place the PEGAWAI YANG DINILAI and PEJABAT PENILAI KINERJA blocks side by side or one under the
other, number their rows or not, and put a value in the next cell, after a ``":"`` cell, or in the label's
own cell (``"NAMA : Budi"``). Each block is given a region of the sheet (columns left/right of the split,
or rows above/below) and each field is searched inside its block's region only.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any, NamedTuple, TypeVar

from rapidfuzz import fuzz

from skp.empty_marks import EMPTY_MARKS
from skp.mapping import Field_, Header, Label, normalize_label
from skp.models import Identity, LabelHow, Period, UnplacedLabel
from skp.numbers import is_range_separator, parse_period
from skp.reading.grid import a1
from skp.reading.index import Pos, SheetIndex
from skp.reading.session import FuzzyRules
from skp.reading.table import label_keys
from skp.reading.values import number_text, strip_colon

_ORDINAL_RE = re.compile(r"^\(?\d{1,2}[.)]?$")
_WIDE = 10_000
_MIN_PREFIX = 3  # "NIP"; shorter labels only ever match exactly
# The fields of a :class:`~skp.models.PlacedLabel`, validated once with the document (cheaper than one
# model per label).
LabelRecord = dict[str, object]
_CONTINUED = frozenset({"jabatan", "unit_kerja"})  # fields whose value staff carry on to a second line


@dataclass(frozen=True)
class Region:
    """Rows ``r0 <= r < r1`` and columns ``c0 <= c < c1`` of one identity block."""

    r0: int
    r1: int
    c0: int = 0
    c1: int = _WIDE

    def holds(self, r: int, c: int) -> bool:
        return self.r0 <= r < self.r1 and self.c0 <= c < self.c1


@dataclass(frozen=True)
class Value:
    """A labelled value and where it sits (where it should be written when empty)."""

    raw: Any  # a cell's value (Any, not object: mypyc looks the annotation's name up in this module)
    text: str | None
    pos: tuple[int, int]

    @property
    def cell(self) -> str:
        return a1(*self.pos)


def _label_keys_of(header: Header) -> frozenset[str]:
    return header.label_keys


def value_right_of(
    index: SheetIndex, r: int, c: int, c_end: int = _WIDE, stop_keys: frozenset[str] = frozenset(),
    ordinals: bool = True,
) -> Value:
    """The value of the label at (r, c): the next non-empty cell to its right, skipping ``":"`` cells
    and (with ``ordinals``) row numbers, stopping at another label or at ``c_end``. The cell is reported
    even when empty. A total's value is a number and may be a small whole one (``NILAI PERILAKU KERJA |
    83``): its readers pass ``ordinals=False``."""
    _, last = index.span(r, c)
    first_empty: tuple[int, int] | None = None
    texts = index.row(r)
    for col in range(last + 1, min(c_end, index.n_cols)):
        if first_empty is not None and col not in texts:  # an empty cell after the first: nothing to read
            continue
        area = index.area(r, col)
        if area is not None and (area[0] < r or area[1] != col):  # inside a merged cell, not its start
            continue
        written = index.text(r, col)
        if first_empty is None and written not in (":", "："):
            first_empty = (r, col)
        text = strip_colon(written)
        if text is None:
            continue
        key = index.key(r, col) or normalize_label(text)
        if key in stop_keys and not text.startswith(("{", "[")):
            repeated = first_empty == (r, col) and key == index.key(r, c)
            if repeated and _written_after(index, r, col, stop_keys):
                continue  # "NIP | NIP. | 19860926…": the label repeated as the value's prefix in a cell
            break  # another label; "{{ nama }}" is a template's placeholder for the value, not a label
        if ordinals and _ORDINAL_RE.match(text):
            continue
        return Value(index.grid.value(r, col), text, (r, col))
    return Value(None, None, first_empty or (r, last + 1))


def _written_after(index: SheetIndex, r: int, c: int, stop_keys: frozenset[str]) -> bool:
    """Whether the cell right after the (possibly merged) cell at (r, c) holds a text that is no label."""
    nxt = index.span(r, c)[1] + 1
    text = strip_colon(index.text(r, nxt))
    return text is not None and (index.key(r, nxt) or normalize_label(text)) not in stop_keys


def _label_in(index: SheetIndex, label: Label, region: Region) -> tuple[tuple[int, int], str | None] | None:
    """The first cell inside ``region`` holding ``label``: alone (text None), or as ``"LABEL : value"``
    (the value's text), whichever comes first."""
    keys = label_keys(label)
    exact = next(((r, c) for r, c in index.find(keys) if region.holds(r, c)), None)
    inline = next(((r, c, v) for r, c, v in index.find_inline(keys) if region.holds(r, c)), None)
    if inline and (exact is None or (inline[0], inline[1]) < exact):
        return (inline[0], inline[1]), inline[2]
    return None if exact is None else (exact, None)


def find_labelled_value(
    index: SheetIndex, label: Label, region: Region, stop_keys: frozenset[str], ordinals: bool = True
) -> Value | None:
    """The first value labelled ``label`` inside ``region``: after ``"LABEL :"`` in the same cell, or
    to the right of a cell holding only the label (see :func:`value_right_of` for ``ordinals``)."""
    found = _label_in(index, label, region)
    if found is None:
        return None
    (r, c), text = found
    if text is not None:
        return Value(text, text, (r, c))
    return value_right_of(index, r, c, c_end=region.c1, stop_keys=stop_keys, ordinals=ordinals)


def find_nearly_labelled_value(
    index: SheetIndex, label: Label, region: Region, stop_keys: frozenset[str], ordinals: bool = True
) -> Value | None:
    """:func:`find_labelled_value` for a label written with a typo (``NIALI AKHIR SKP``): the value beside
    the free cell of ``region`` that most nearly spells it, by the session's rules for near-words."""
    hit = _similar(index, label, region, stop_keys, set(), index.session.fuzzy, ordinals)
    return hit.value if hit is not None else None


class _Hit(NamedTuple):
    """A field label found in a block: the label cell, how it matched, and its value."""

    label: tuple[int, int]
    how: LabelHow
    score: float
    value: Value


def _exact(index: SheetIndex, label: Label, region: Region, stop_keys: frozenset[str]) -> _Hit | None:
    found = _label_in(index, label, region)
    if found is None:
        return None
    (r, c), text = found
    if text is not None:
        return _Hit((r, c), "exact", 100.0, Value(text, text, (r, c)))
    how: LabelHow = "exact" if index.key(r, c) == label_keys(label)[0] else "alias"
    return _Hit((r, c), how, 100.0, value_right_of(index, r, c, c_end=region.c1, stop_keys=stop_keys))


def _by_prefix(
    index: SheetIndex, label: Label, region: Region, stop_keys: frozenset[str], claimed: set[tuple[int, int]]
) -> _Hit | None:
    """A label with words added (``"Nama Lengkap"``, ``"NIP/NRP"``, ``"Nama Pegawai : Budi"``) or cut short
    (``"Pangkat/Gol"``): the first cell in the region whose text starts with the label, when the exact
    label is nowhere in it; a number written in the label's cell (``"3. Pangkat/Gol"``) is not its start."""
    keys = [k for k in label_keys(label) if len(k) >= _MIN_PREFIX]
    for key, hits in index.inline.items():
        if any(key.startswith(k) for k in keys):
            for r, c, text in hits:
                if region.holds(r, c) and text is not None and (r, c) not in claimed:
                    return _Hit((r, c), "prefix", 100.0, Value(text, text, (r, c)))
    for (r, c), key in index.keys.items():  # row-major, as built
        if not region.holds(r, c) or key in stop_keys:
            continue
        if any(own.startswith(k) for own in index.label_keys_at(r, c) for k in keys):
            text = strip_colon(index.text(r, c)) or ""  # "PANGKAT / GOL. :": a label that ends in a colon
            if ":" not in text and (r, c) not in claimed:
                number = _number_after(text, keys)
                value = (Value(number, number, (r, c)) if number is not None
                         else value_right_of(index, r, c, c_end=region.c1, stop_keys=stop_keys))
                return _Hit((r, c), "prefix", 100.0, value)
    return None


_ASCII_DIGITS = frozenset("0123456789")


def _number_after(text: str, keys: list[str]) -> str | None:
    """What follows the label at the start of ``text`` when it is a number: ``NIP. 19690808 199303 1 006``
    or ``NIP 1969…`` write the value in the label's own cell, without the colon ``"LABEL : value"`` has;
    None when the label goes on in words (``Nama Lengkap``, ``NIP/NRP``), whose value stands right of it."""
    for key in keys:
        built, end = "", len(text)
        for at, ch in enumerate(text, 1):
            built += normalize_label(ch)
            if len(built) >= len(key):
                end = at
                break
        if built != key:
            continue
        rest = text[end:].lstrip(" .-–")
        if rest[:1] and rest[:1] in _ASCII_DIGITS:  # not a footnote's NIP², which str.isdigit takes for one
            return rest
    return None


def _similar(
    index: SheetIndex,
    label: Label,
    region: Region,
    stop_keys: frozenset[str],
    claimed: set[tuple[int, int]],
    rules: FuzzyRules,
    ordinals: bool = True,
) -> _Hit | None:
    """A near-word of the label (``PANGKA/GOL. RUANG``): the most similar free cell of the region, by
    rapidfuzz at least the threshold, or the most similar label of a ``"LABEL : value"`` text (a line of an
    identity written in one cell) when that one is nearer. Labels shorter than the minimum length (NAMA,
    NIP) never match so. ``ordinals``: as for :func:`value_right_of`."""
    keys = label_keys(label)
    if all(len(k) < rules.min_length for k in keys):
        return None  # NAMA, NIP: only ever matched exactly
    rows = range(region.r0, min(region.r1, index.grid.n_rows))
    cells = (
        (r, c, key)
        for r in rows
        for c, key in index.row_keys(r)
        if region.holds(r, c) and (r, c) not in claimed and key not in stop_keys
    )
    best = _most_similar(cells, keys, rules)
    inline = _most_similar(
        ((r, c, key, text) for key, found in index.inline.items() if key not in stop_keys
         for r, c, text in found if region.holds(r, c) and (r, c) not in claimed),
        keys, rules,
    )
    if inline is not None and (best is None or inline[0] > best[0]):
        score, (r, c, _, text) = inline
        return _Hit((r, c), "fuzzy", score, Value(text, text, (r, c)))
    if best is None:
        return None
    score, (r, c, _) = best
    return _Hit((r, c), "fuzzy", score,
                value_right_of(index, r, c, c_end=region.c1, stop_keys=stop_keys, ordinals=ordinals))


def _continued(index: SheetIndex, hit: _Hit, region: Region, stop_keys: frozenset[str]) -> str | None:
    """The value continued on the next row (a unit kerja written on two lines): a text under the value,
    with nothing written left of it in the block (no number, no label) and no label itself."""
    r, c = hit.value.pos
    if hit.value.text is None or hit.value.pos == hit.label or not region.holds(r + 1, c):
        return None
    row = index.row(r + 1)
    text = row.get(c)
    if text is None or ":" in text or any(region.c0 <= col < c for col in row):
        return None
    if index.key(r + 1, c) in stop_keys or index.covered_from_above(r + 1, c):
        return None
    return text


@dataclass
class IdentityReading:
    """One identity block as read, with the labels placed and those standing unrecognised."""

    identity: Identity
    labels: list[LabelRecord] = field(default_factory=list)
    unplaced: list[UnplacedLabel] = field(default_factory=list)
    label_cells: dict[str, tuple[int, int]] = field(default_factory=dict)  # field key → its label's cell


def _most_common(values: list[int]) -> int | None:
    return Counter(values).most_common(1)[0][0] if values else None


def _identity(
    index: SheetIndex,
    fields: tuple[Field_, ...],
    region: Region,
    stop_keys: frozenset[str],
    rules: FuzzyRules,
    pihak: str,
) -> IdentityReading:
    """The block's fields: exact labels first for every field, then labels with words added, then
    near-words, so an exact label always wins and no cell serves two fields."""
    hits: dict[str, _Hit] = {}
    claimed: set[tuple[int, int]] = set()
    paragraphs = _paragraph_cells(index, region)

    def claim(f: Field_, hit: _Hit | None) -> None:
        if hit is None:
            return
        if hit.label in paragraphs:  # each line of a paragraph cell is one field's label and value
            token = (*hit.label, f.key)
            if hit.value.pos != hit.label:  # "Jabatan:" with nothing after it: empty, in the paragraph
                hit = hit._replace(value=Value(None, None, hit.label))
            if token not in claimed:
                hits[f.key] = hit
                claimed.add(token)  # type: ignore[arg-type]
        elif hit.label not in claimed:
            hits[f.key] = hit
            claimed.add(hit.label)

    for f in fields:
        claim(f, _exact(index, f, region, stop_keys))
    if len(hits) < len(fields):
        for find in (
            lambda f: _by_prefix(index, f, region, stop_keys, claimed),
            lambda f: _similar(index, f, region, stop_keys, claimed, rules),
        ):
            for f in fields:
                if f.key not in hits:
                    claim(f, find(f))
    values: dict[str, object] = {}
    cells: dict[str, str] = {}
    labels: list[LabelRecord] = []
    for f in fields:
        hit = hits.get(f.key)
        if hit is None:
            continue
        text, raw = hit.value.text, hit.value.raw
        if f.key == "nip" and isinstance(raw, (int, float)) and not isinstance(raw, bool):
            values["nip_typed_as_number"] = True
            text = number_text(float(raw))
        elif f.key in _CONTINUED and (more := _continued(index, hit, region, stop_keys)):
            text = f"{text} {more}"
        elif f.completed_by is not None and (pair := _completion(index, f, hit, region, stop_keys)):
            text = " ".join(pair)
        values[f.key] = text
        cells[f.key] = hit.value.cell
        written = index.text(*hit.label) or ""
        labels.append({"key": f"{pihak}.{f.key}", "sheet": index.name, "cell": a1(*hit.label),
                       "written": written, "how": hit.how, "score": round(hit.score, 1)})
    _place_empty_values(index, hits, cells)
    rows = [hit.value.pos[0] for hit in hits.values()]
    identity = Identity(sheet=index.name, row=min(rows) + 1 if rows else None, cells=cells, **values)
    reading = IdentityReading(identity, labels, label_cells={key: hit.label for key, hit in hits.items()})
    _missing_fields(index, fields, hits, claimed, stop_keys, pihak, reading)
    return reading


def _completion(
    index: SheetIndex, f: Field_, hit: _Hit, region: Region, stop_keys: frozenset[str]
) -> list[str] | None:
    """The field's value with its other half written under a label of its own in the block (``PANGKAT |
    Penata Tingkat I`` above ``GOL. RUANG | IV/a``), in the order the two are written, so the check sees
    both halves and compares them; None when the block writes no such second label, or nothing after it
    that the value does not already say."""
    assert f.completed_by is not None
    second = f.completed_by.normalized
    own_is_second = hit.label in _label_cells(index, second)
    partner_keys = tuple(k for k in f.normalized if k not in second) if own_is_second else second
    partner = next(
        (pos for pos in _label_cells(index, partner_keys) if region.holds(*pos) and pos != hit.label), None
    )
    if partner is None:
        return None
    inline = {(r, c): v for r, c, v in index.find_inline(partner_keys)}
    if partner in inline:
        other = inline[partner]
    else:
        found = value_right_of(index, *partner, c_end=region.c1, stop_keys=stop_keys)
        other = found.text if found.pos[0] == partner[0] else None
    own = hit.value.text
    if other is None or other.strip() in EMPTY_MARKS or (own and other.casefold() in own.casefold()):
        return None
    halves = (other, own) if partner < hit.label else (own, other)
    return [half for half in halves if half and half.strip() not in EMPTY_MARKS]


def _label_cells(index: SheetIndex, keys: tuple[str, ...]) -> list[Pos]:
    """Cells holding one of ``keys`` alone or as the label of ``"LABEL : value"``, in reading order."""
    return sorted({*index.find(keys), *((r, c) for r, c, _ in index.find_inline(keys))})


def _paragraph_cells(index: SheetIndex, region: Region) -> frozenset[tuple[int, int]]:
    """Cells of ``region`` holding several ``"Label: value"`` lines (one party's identity in one cell)."""
    seen = Counter((r, c) for found in index.inline.values() for r, c, _ in found if region.holds(r, c))
    return frozenset(pos for pos, n in seen.items() if n > 1)


def _place_empty_values(index: SheetIndex, hits: dict[str, _Hit], cells: dict[str, str]) -> None:
    """An empty value belongs in the column where the block's other values stand: with the labels in B
    and the values two columns right (C left empty), the cell to fill is in D, not the spacer beside the
    label that :func:`value_right_of` meets first. In a block written ``NAMA : Agus`` (each value in its
    label's cell), an empty ``NAMA :`` is filled in that cell too, not in the next one right of the block."""
    empty = [key for key, h in hits.items() if h.value.text is None and h.value.pos[0] == h.label[0]]
    if not empty:  # most identities: nothing to place, and no label's span to look up
        return
    filled = [h for h in hits.values() if h.value.text is not None and h.value.pos[0] == h.label[0]]
    in_label_cell = sum(h.value.pos == h.label for h in filled)
    if in_label_cell * 2 > len(filled):
        for key in empty:
            cells[key] = a1(*hits[key].label)
        return
    gap = values_gap(index, [(h.label, h.value.pos[1]) for h in filled if h.value.pos != h.label])
    if gap is None or gap <= 1:
        return
    for key in empty:
        cells[key] = cell_at_gap(index, hits[key].label, gap)


def values_gap(index: SheetIndex, filled: Iterable[tuple[Pos, int]]) -> int | None:
    """How many columns right of its label's last (merged) column a block's values stand: the most common
    distance over the filled fields, given as (label cell, value column); None when none is filled."""
    return _most_common([col - index.span(*label)[1] for label, col in filled])


def cell_at_gap(index: SheetIndex, label: Pos, gap: int) -> str:
    """The cell ``gap`` columns right of the label's last column: where its empty value is to be filled."""
    return a1(label[0], index.span(*label)[1] + gap)


def _missing_fields(
    index: SheetIndex,
    fields: tuple[Field_, ...],
    hits: dict[str, _Hit],
    claimed: set[tuple[int, int]],
    stop_keys: frozenset[str],
    pihak: str,
    reading: IdentityReading,
) -> None:
    """Where the value of each field whose label was not found belongs: on its row of the numbered block
    (between the fields found around it), in the column of the other values, so a finding points at that
    cell and never at another field's. A label written there that nobody could place is recorded."""
    if not hits or len(hits) == len(fields):
        return
    label_col = _most_common([h.label[1] for h in hits.values()])
    value_col = _most_common([h.value.pos[1] for h in hits.values()])
    order = [f.key for f in fields]
    rows = {order.index(k): h.label[0] for k, h in hits.items()}
    for i, f in enumerate(fields):
        if f.key in hits:
            continue
        before = [j for j in rows if j < i]
        after = [j for j in rows if j > i]
        row = rows[max(before)] + (i - max(before)) if before else rows[min(after)] - (min(after) - i)
        if row < 0 or label_col is None or value_col is None or row in rows.values():
            continue  # no row of its own (deleted): no cell to point at rather than another field's
        reading.identity.cells[f.key] = a1(row, value_col)
        written = index.text(row, label_col)
        key = index.key(row, label_col)
        free = (row, label_col) not in claimed and key not in stop_keys
        if written and free and not _ORDINAL_RE.match(written):
            score = max((fuzz.ratio(key, k) for k in label_keys(f)), default=0.0)
            reading.unplaced.append(UnplacedLabel(key=f"{pihak}.{f.key}", sheet=index.name,
                                                  cell=a1(row, label_col), written=written, nearest=f.label,
                                                  score=round(score, 1), header_row=row,
                                                  columns=(label_col, label_col)))


def _find_block(index: SheetIndex, label: Label, limit: int, rules: FuzzyRules) -> _Block | None:
    """Where an identity block label stands above row ``limit``: exactly, else as a near-word
    (``PEJABAT PENILAI KERJA``)."""
    keys = label_keys(label)
    exact = next(((r, c) for r, c in index.find(keys) if r < limit), None)
    if exact is not None:
        return _Block(exact, "exact" if index.key(*exact) == keys[0] else "alias", 100.0)
    above = itertools.takewhile(lambda item: item[0][0] < limit, index.keys.items())
    cells = ((r, c, key) for (r, c), key in above if key not in rules.never)
    best = _most_similar(cells, keys, rules)
    return _Block((best[1][0], best[1][1]), "fuzzy", best[0]) if best else None


_Candidate = TypeVar("_Candidate", tuple[int, int, str], tuple[int, int, str, "str | None"])


def _most_similar(
    candidates: Iterable[_Candidate], labels: tuple[str, ...], rules: FuzzyRules
) -> tuple[float, _Candidate] | None:
    """(score, candidate) of the candidate — (row, column, key[, the value of a ``"LABEL : value"`` text]) —
    whose key most nearly spells one of ``labels`` (the first of equals), or None when none reaches the
    threshold."""
    best: tuple[float, _Candidate] | None = None
    for candidate in candidates:
        score = rules.similarity(candidate[2], labels)
        if score is not None and (best is None or score > best[0]):
            best = (score, candidate)
    return best


class _Block(NamedTuple):
    """Where an identity block's label stands and how it was recognised."""

    pos: tuple[int, int]
    how: LabelHow
    score: float


def _block_labels(index: SheetIndex, found: dict[str, _Block | None]) -> list[LabelRecord]:
    """The identity block labels placed, for the reader's record."""
    return [
        {"key": f"blok.{name}", "sheet": index.name, "cell": a1(*block.pos),
         "written": index.text(*block.pos) or "", "how": block.how, "score": round(block.score, 1)}
        for name, block in found.items()
        if block is not None
    ]


def _regions(
    index: SheetIndex, blocks: dict[str, _Block | None], limit: int
) -> tuple[Region, Region | None]:
    """Regions of the pegawai and penilai blocks above row ``limit``. A region starts on its block
    label's own row, since a label merged down the left of its fields shares a row with NAMA."""
    peg = blocks["pegawai"].pos if blocks["pegawai"] else None
    pen = blocks["penilai"].pos if blocks["penilai"] else None
    if peg is None and pen is None:
        return Region(0, limit), None
    if pen is None:
        return Region(peg[0], limit), None  # type: ignore[index]
    if peg is None:
        return Region(0, pen[0]), Region(pen[0], limit)
    if abs(peg[0] - pen[0]) <= 1 and peg[1] != pen[1]:
        left, right = sorted((peg, pen), key=lambda p: p[1])
        split = index.span(*right)[0]
        regions = {left: Region(left[0], limit, 0, split), right: Region(right[0], limit, split)}
        return regions[peg], regions[pen]
    upper, lower = sorted((peg, pen))
    regions = {upper: Region(upper[0], lower[0]), lower: Region(lower[0], limit)}
    return regions[peg], regions[pen]


_TITLE_PREFIX_MAX = 16  # letters before a block's title in a further block's: ATASAN, ATASAN LANGSUNG
_TAIL = 4  # letters of a block title's end compared first


def _before_another_block(
    index: SheetIndex, region: Region, title: tuple[int, int], header: Header
) -> Region:
    """The penilai's region cut where a further block titled like it begins: ``ATASAN PEJABAT PENILAI
    KINERJA`` (the superior of the penilai, which some agencies add as a third block) beside the penilai's
    block on its title row, or under it. Its NAMA, NIP and PANGKAT are no penilai's: read as such where the
    penilai's own label is misspelt, they would stand in for it."""
    keys = tuple(k for label in header.blocks.values() for k in label_keys(label) if len(k) >= _TAIL)
    tails = {k[-_TAIL:] for k in keys}  # a set lookup passes over nearly every cell at once
    row, col = title
    end = index.span(row, col)[1]
    for (r, c), key in index.keys.items():  # row-major: the rows above the region's end only
        if r >= region.r1:
            break
        if key[-_TAIL:] not in tails or not region.holds(r, c) or (r, c) == title:
            continue
        if (r == row and c <= end) or (r != row and c > end):
            continue
        if any(key.endswith(k) and len(key) - len(k) <= _TITLE_PREFIX_MAX for k in keys):
            if r == row:
                before = c - 1 if c - 1 > end and index.text(r, c - 1) is not None else c  # its NO column
                return Region(region.r0, region.r1, region.c0, min(region.c1, before))
            return Region(region.r0, min(region.r1, r), region.c0, region.c1)
    return region


def read_identities(
    index: SheetIndex, header: Header, limit: int, rules: FuzzyRules | None = None
) -> tuple[IdentityReading, IdentityReading]:
    """PEGAWAI YANG DINILAI and PEJABAT PENILAI KINERJA, read from the rows above ``limit``."""
    rules = rules or index.session.fuzzy
    stop_keys = _label_keys_of(header)
    blocks = {name: _find_block(index, header.blocks[name], limit, rules) for name in ("pegawai", "penilai")}
    peg_region, pen_region = _regions(index, blocks, limit)
    if pen_region is not None and blocks["penilai"] is not None:
        pen_region = _before_another_block(index, pen_region, blocks["penilai"].pos, header)
    pegawai = _identity(index, header.fields, peg_region, stop_keys, rules, "pegawai")
    pegawai.labels[:0] = _block_labels(index, blocks)
    penilai = (
        _identity(index, header.fields, pen_region, stop_keys, rules, "penilai")
        if pen_region
        else IdentityReading(Identity(sheet=index.name))
    )
    if pen_region is not None and pen_region.c0 > 0 and not penilai.identity.cells and pegawai.label_cells:
        penilai = _beside_shared_labels(index, header.fields, pegawai, pen_region, stop_keys)
    return pegawai, penilai


def _beside_shared_labels(
    index: SheetIndex, fields: tuple[Field_, ...], pegawai: IdentityReading, region: Region,
    stop_keys: frozenset[str],
) -> IdentityReading:
    """The penilai's fields in one block with the pegawai's: one column of labels (NAMA, NIP …) and two of
    values, PEGAWAI YANG DINILAI over the first and PEJABAT PENILAI KINERJA over the second. The penilai's
    value of a field is the first one right of the block's split (``region``'s first column) on the row of
    the pegawai's label; the penilai's columns hold no label of their own."""
    values: dict[str, object] = {}
    cells: dict[str, str] = {}
    for f in fields:
        label = pegawai.label_cells.get(f.key)
        if label is None or not region.holds(label[0], region.c0):
            continue
        found = value_right_of(index, label[0], region.c0 - 1, stop_keys=stop_keys)
        text, raw = found.text, found.raw
        if f.key == "nip" and isinstance(raw, (int, float)) and not isinstance(raw, bool):
            values["nip_typed_as_number"] = True
            text = number_text(float(raw))
        values[f.key] = text
        cells[f.key] = found.cell
    rows = [index_row for index_row, _ in pegawai.label_cells.values()]
    identity = Identity(sheet=index.name, row=min(rows) + 1 if rows else None, cells=cells, **values)
    return IdentityReading(identity)


def read_period(
    index: SheetIndex, header: Header, limit: int, year_from_kop: bool = False
) -> tuple[Period, list[LabelRecord]]:
    """PERIODE PENILAIAN and its label. The value is right of the label (next to it or further right),
    in the label's own cell, or, when nothing stands right of it, in the cell below. ``year_from_kop``
    (``pembacaan.periode_tahun_dari_kop``): dates written without a year (``1 JANUARI SD 31 DESEMBER``)
    take the one year the kop names as ``TAHUN 2025`` (the title line), looked for only then."""
    keys = label_keys(header.periode)
    stop_keys = _label_keys_of(header)
    found = find_labelled_value(index, header.periode, Region(0, limit), stop_keys)
    label = next(((r, c) for r, c in index.find(keys) if r < limit), None)
    how: LabelHow = "exact" if label is not None and index.key(*label) == keys[0] else "alias"
    if found is None:
        near = _misspelt_period(index, keys, limit, stop_keys)
        if near is None:
            inside = _period_in_text(index, limit)
            if inside is None:
                return Period(sheet=index.name), []
            start, end = _period_of(index, inside.raw)
            return Period(sheet=index.name, row=inside.pos[0] + 1, cells={"periode": inside.cell},
                          raw=inside.text, start=start, end=end), []
        (label, found), how = near, "fuzzy"
    if found.text is None and label is not None:
        below = _below(index, label, limit)
        if below is not None:
            found = below
    found = _across_cells(index, found, stop_keys)
    if found.text is None and label is not None and _empty_in_label_cell(index, label, found):
        found = Value(None, None, label)
    start, end = _period_of(index, found.raw)
    if year_from_kop and None in (start, end) and type(found.raw) is str and not _YEAR_RE.search(found.raw):
        year = _kop_year(index, limit)
        if year is not None:
            start, end = parse_period(found.raw, year)
    labels: list[LabelRecord] = []
    if label is not None:
        score = 100.0 if how != "fuzzy" else index.session.fuzzy.similarity(index.key(*label), keys) or 0.0
        labels.append({"key": "periode", "sheet": index.name, "cell": a1(*label),
                       "written": index.text(*label) or "", "how": how, "score": score})
    period = Period(sheet=index.name, row=found.pos[0] + 1, cells={"periode": found.cell}, raw=found.text,
                    start=start, end=end)
    return period, labels


_YEAR_RE = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
_KOP_YEAR_RE = re.compile(r"\bTAHUN(?:\s+ANGGARAN)?\s*:?\s*((?:19|20)\d{2})(?!\d)", re.IGNORECASE)


def _kop_year(index: SheetIndex, limit: int) -> int | None:
    """The year the kop's lines above the table name as ``TAHUN 2025`` (``RENCANA SASARAN KINERJA PEGAWAI
    TAHUN 2025``), when they name exactly one."""
    years = {
        int(match[1])
        for r in range(min(limit, index.grid.n_rows))
        for _, text in index.row_texts(r)
        for match in _KOP_YEAR_RE.finditer(text)
    }
    return years.pop() if len(years) == 1 else None


_PERIODE_IN_TEXT_RE = re.compile(r"\bPERIODE\b(?:\s+PENILAIAN\b)?\s*[:：]?\s*(?P<value>\S.*)$",
                                 re.IGNORECASE | re.DOTALL)


def _period_in_text(index: SheetIndex, limit: int) -> Value | None:
    """A period written inside another line of the kop when no cell is labelled PERIODE (the title:
    ``SASARAN KINERJA PEGAWAI PERIODE 1 JANUARI - 31 DESEMBER 2026``): the text after the word, taken
    only when it names both ends, so that a stray word "periode" is no period."""
    for r in range(min(limit, index.grid.n_rows)):
        for c, text in index.row_texts(r):
            match = _PERIODE_IN_TEXT_RE.search(text)
            if match and None not in _period_of(index, match["value"]):
                return Value(match["value"], match["value"], (r, c))
    return None


def _empty_in_label_cell(index: SheetIndex, label: Pos, found: Value) -> bool:
    """Whether an empty period is to be shown at its label's own cell rather than at the empty cell right
    of it: the label's cell holds the empty mark itself (``PERIODE PENILAIAN : -``, the dash written where
    the dates go), or no column of the sheet stands right of the label (a label merged across the form's
    width, ``PERIODE PENILAIAN :``: the next cell would lie outside the form)."""
    if found.pos[1] >= index.n_cols:
        return True
    written = index.text(*label) or ""
    head, colon, after = written.replace("\uff1a", ":").partition(":")
    return bool(colon) and bool(head.strip()) and after.strip() in EMPTY_MARKS - {""}


def _misspelt_period(
    index: SheetIndex, keys: tuple[str, ...], limit: int, stop_keys: frozenset[str]
) -> tuple[tuple[int, int], Value] | None:
    """The PERIODE PENILAIAN label written with a typo (``PERIODE PENIALIAN``), when it is nowhere written
    exactly: the first cell above ``limit`` that nearly spells it alone, or before a colon, by the session's
    rules for near-words, with its value. Without it a period well written would be reported missing."""
    rules = index.session.fuzzy
    for (r, c), key in index.keys.items():  # row-major, as built
        if r >= limit:
            break
        if key not in stop_keys and rules.similarity(key, keys) is not None:
            return (r, c), value_right_of(index, r, c, stop_keys=stop_keys)
    inline = [(r, c, v) for key, cells in index.inline.items() if rules.similarity(key, keys) is not None
              for r, c, v in cells if r < limit and v]
    if inline:
        r, c, v = min(inline)
        return (r, c), Value(v, v, (r, c))
    return None


def _across_cells(index: SheetIndex, found: Value, stop_keys: frozenset[str]) -> Value:
    """A period written across cells (``1 Januari 2024 | s.d. | 31 Desember 2024``, real date cells
    ``2024-01-01 | s.d. | 2024-12-31``, ``01/01/2024 | - | 31/12/2024``): when the value cell alone is no
    whole period, its text joined with the cells right of it on its row, up to the row's end, an empty
    cell or another label. Empty cells right before or after the ``s.d.`` of a period not yet whole are
    passed over (a spacer column, seen or hidden, or pieces spread under the table's columns); elsewhere an
    empty cell ends the value. Date cells read as ISO text, which :func:`parse_period` understands. The
    joined text is kept only when it names a whole period; otherwise the value stays as written (no
    guessing)."""
    if found.text is None or None not in _period_of(index, found.raw):
        return found
    r, c = found.pos
    texts = [found.text]
    col = index.span(r, c)[1] + 1
    while col < index.n_cols:
        area = index.area(r, col)
        if area is not None and (area[0] < r or area[1] != col):  # inside a merged cell, not its start
            col += 1
            continue
        text = strip_colon(index.text(r, col))
        if text is None and None in _period_of(index, " ".join(texts)):
            following = next((c2 for c2 in range(col + 1, index.n_cols) if index.text(r, c2)), index.n_cols)
            if is_range_separator(texts[-1]) or is_range_separator(index.text(r, following)):
                col = following  # pieces spread out, on either side of their s.d.
                continue
        if text is None or (index.key(r, col) or normalize_label(text)) in stop_keys:
            break
        texts.append(text)
        col = index.span(r, col)[1] + 1
    joined = " ".join(texts)
    if len(texts) == 1 or None in _period_of(index, joined):
        return found
    return Value(joined, joined, found.pos)


def _period_of(index: SheetIndex, raw: object) -> tuple[date | None, date | None]:
    """:func:`~skp.numbers.parse_period` of a value; a text's dates remembered in the session, since the
    workbooks of a batch share their period (and each period is asked about twice)."""
    if type(raw) is not str:
        return parse_period(raw)
    session = index.session
    found: tuple[date | None, date | None] | None = session.memo["periods"].get(raw)  # type: ignore[assignment]
    if found is None:
        found = session.remember("periods", raw, parse_period(raw))
    return found


def _below(index: SheetIndex, label: tuple[int, int], limit: int) -> Value | None:
    """A period written under its label (same column, or the first text of the next row)."""
    r, c = label
    r += index.bottom(*label) - label[0] + 1
    if r >= limit:
        return None
    texts = [(col, t) for col, t in index.row_texts(r) if col >= c]
    for col, text in texts[:2]:
        if parse_period(index.grid.value(r, col))[0] is not None:
            return Value(index.grid.value(r, col), text, (r, col))
    return None


def read_title(index: SheetIndex, title: Label, header: Header, limit: int) -> tuple[str | None, str | None]:
    """The title's cell and the agency line under it (the first text row below the title)."""
    keys = label_keys(title)
    pos = next(((r, c) for r, c in index.find(keys) if r < limit), None)
    if pos is None:
        pos = next(
            (
                (r, c)
                for r in range(min(limit, index.grid.n_rows))
                for c, t in index.row_texts(r)
                if any(k in normalize_label(t) for k in keys if len(k) >= 8)
            ),
            None,
        )
    if pos is None:
        return None, None
    stop_keys = _label_keys_of(header)
    for r in range(pos[0] + 1, limit):
        texts = index.row_texts(r)
        if not texts:
            continue
        c, text = texts[0]
        key = normalize_label(text)
        if key in stop_keys or any(key.startswith(k) for k in label_keys(header.periode)):
            break
        # An untouched template still shows the agency prompt: that is no agency.
        return a1(*pos), None if header.instansi.matches(text) else text
    return a1(*pos), None
