"""The kop of a form (SPEC §3.1): title, agency line, PERIODE PENILAIAN and the two identity blocks.

Staff place the PEGAWAI YANG DINILAI and PEJABAT PENILAI KINERJA blocks side by side or one under the
other, number their rows or not, and put a value in the next cell, after a ``":"`` cell, or in the label's
own cell (``"NAMA : Budi"``). Each block is given a region of the sheet (columns left/right of the split,
or rows above/below) and each field is searched inside its block's region only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from skp.mapping import Field_, Header, Label, normalize_label
from skp.models import Identity, Period
from skp.numbers import parse_period
from skp.reading.grid import a1
from skp.reading.index import SheetIndex
from skp.reading.table import label_keys
from skp.reading.values import number_text, strip_colon

_ORDINAL_RE = re.compile(r"^\(?\d{1,2}[.)]?$")
_WIDE = 10_000
_MIN_PREFIX = 3  # "NIP"; shorter labels only ever match exactly


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

    raw: object
    text: str | None
    pos: tuple[int, int]

    @property
    def cell(self) -> str:
        return a1(*self.pos)


def _label_keys_of(header: Header) -> frozenset[str]:
    labels: list[Label] = [*header.fields, *header.blocks.values(), header.periode]
    return frozenset(k for label in labels for k in label_keys(label))


def value_right_of(
    index: SheetIndex, r: int, c: int, c_end: int = _WIDE, stop_keys: frozenset[str] = frozenset()
) -> Value:
    """The value of the label at (r, c): the next non-empty cell to its right, skipping ``":"`` cells
    and row numbers, stopping at another label or at ``c_end``. The cell is reported even when empty."""
    _, last = index.span(r, c)
    first_empty: tuple[int, int] | None = None
    for col in range(last + 1, min(c_end, index.n_cols)):
        area = index.area(r, col)
        if area is not None and (area[0] < r or area[1] != col):  # inside a merged cell, not its start
            continue
        written = index.text(r, col)
        if first_empty is None and written not in (":", "："):
            first_empty = (r, col)
        text = strip_colon(written)
        if text is None:
            continue
        if (index.key(r, col) or normalize_label(text)) in stop_keys:
            break
        if _ORDINAL_RE.match(text):
            continue
        return Value(index.grid.value(r, col), text, (r, col))
    return Value(None, None, first_empty or (r, last + 1))


def find_labelled_value(
    index: SheetIndex, label: Label, region: Region, stop_keys: frozenset[str]
) -> Value | None:
    """The first value labelled ``label`` inside ``region``: after ``"LABEL :"`` in the same cell, or
    to the right of a cell holding only the label."""
    keys = label_keys(label)
    exact = next(((r, c) for r, c in index.find(keys) if region.holds(r, c)), None)
    inline = next(((r, c, v) for r, c, v in index.find_inline(keys) if region.holds(r, c)), None)
    if inline and (exact is None or (inline[0], inline[1]) < exact):
        r, c, text = inline
        if text is not None:
            return Value(text, text, (r, c))
        exact = (r, c)
    if exact is None:
        return None
    return value_right_of(index, *exact, c_end=region.c1, stop_keys=stop_keys)


def _by_prefix(index: SheetIndex, label: Label, region: Region, stop_keys: frozenset[str]) -> Value | None:
    """A label with words added (``"Nama Lengkap"``, ``"NIP/NRP"``, ``"Nama Pegawai : Budi"``): the first
    cell in the region whose text starts with the label, when the exact label is nowhere in it."""
    keys = [k for k in label_keys(label) if len(k) >= _MIN_PREFIX]
    for key, hits in index.inline.items():
        if any(key.startswith(k) for k in keys):
            for r, c, text in hits:
                if region.holds(r, c) and text is not None:
                    return Value(text, text, (r, c))
    for (r, c), key in index.keys.items():  # row-major, as built
        if region.holds(r, c) and key not in stop_keys and any(key.startswith(k) for k in keys):
            text = index.text(r, c) or ""
            if ":" not in text:
                return value_right_of(index, r, c, c_end=region.c1, stop_keys=stop_keys)
    return None


def _identity(
    index: SheetIndex, fields: tuple[Field_, ...], region: Region, stop_keys: frozenset[str]
) -> Identity:
    identity = Identity(sheet=index.name)
    first_row: int | None = None
    for field in fields:
        found = find_labelled_value(index, field, region, stop_keys) or _by_prefix(
            index, field, region, stop_keys
        )
        if found is None:
            continue
        text = found.text
        if field.key == "nip" and isinstance(found.raw, (int, float)) and not isinstance(found.raw, bool):
            identity.nip_typed_as_number = True
            text = number_text(float(found.raw))
        setattr(identity, field.key, text)
        identity.cells[field.key] = found.cell
        first_row = found.pos[0] if first_row is None else min(first_row, found.pos[0])
    identity.row = None if first_row is None else first_row + 1
    return identity


def _regions(index: SheetIndex, header: Header, limit: int) -> tuple[Region, Region | None]:
    """Regions of the pegawai and penilai blocks above row ``limit``. A region starts on its block
    label's own row, since a label merged down the left of its fields shares a row with NAMA."""

    def first(label: Label) -> tuple[int, int] | None:
        return next(((r, c) for r, c in index.find(label_keys(label)) if r < limit), None)

    peg, pen = first(header.blocks["pegawai"]), first(header.blocks["penilai"])
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


def read_identities(index: SheetIndex, header: Header, limit: int) -> tuple[Identity, Identity]:
    """PEGAWAI YANG DINILAI and PEJABAT PENILAI KINERJA, read from the rows above ``limit``."""
    stop_keys = _label_keys_of(header)
    peg_region, pen_region = _regions(index, header, limit)
    pegawai = _identity(index, header.fields, peg_region, stop_keys)
    penilai = (
        _identity(index, header.fields, pen_region, stop_keys) if pen_region else Identity(sheet=index.name)
    )
    return pegawai, penilai


def read_period(index: SheetIndex, header: Header, limit: int) -> Period:
    found = find_labelled_value(index, header.periode, Region(0, limit), _label_keys_of(header))
    if found is None:
        return Period(sheet=index.name)
    start, end = parse_period(found.raw)
    return Period(
        sheet=index.name,
        row=found.pos[0] + 1,
        cells={"periode": found.cell},
        raw=found.text,
        start=start,
        end=end,
    )


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
