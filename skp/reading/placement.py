"""What the reader understood of a table header, and what it could not place (SPEC §3.10, STYLE 14).

A header cell that no column took, standing where a column the form needs is missing (the IKI column
headed ``TOLOK UKUR``), is reported once as ``judul-tidak-dikenali`` with the official label it most
likely replaces; the checks then leave that column's content alone. Agency extras (``KETERANGAN``) and
headers beside a complete table are not reported: an extra column is no defect.
"""

from __future__ import annotations

import re

from rapidfuzz import fuzz

from skp.mapping import Column
from skp.models import UnplacedLabel
from skp.reading.grid import a1
from skp.reading.session import FuzzyRules
from skp.reading.table import TableLayout

_NUMBER_RE = re.compile(r"^\d{1,3}$")


def table_labels(layout: TableLayout) -> list[dict[str, object]]:
    """One record per placed column (the fields of :class:`~skp.models.PlacedLabel`, validated once with
    the document): its key, header cell, the header as written and how it matched."""
    sheet = layout.sheet
    return [
        {"key": hit.key, "sheet": sheet, "cell": a1(*hit.header), "written": hit.written or hit.key,
         "how": hit.how, "score": round(hit.score, 1)}
        for hit in layout.columns.values()
    ]


def _similarity(key: str, column: Column) -> float:
    return max((fuzz.ratio(key, k) for k in column.normalized), default=0.0)


def _where_it_belongs(layout: TableLayout, columns: tuple[Column, ...], column: Column, c: int) -> bool:
    """Whether sheet column ``c`` lies where ``column`` belongs: after the placed columns the form puts
    before it and before those it puts after it (a SATUAN header right of TARGET never stands for a
    missing RK atasan column)."""
    order = [col.key for col in columns]
    i = order.index(column.key)
    before = [hit.c1 for key, hit in layout.columns.items() if key in order and order.index(key) < i]
    after = [hit.c0 for key, hit in layout.columns.items() if key in order and order.index(key) > i]
    return max(before, default=-1) < c < min(after, default=1 << 30)


def unplaced_headers(
    layout: TableLayout, columns: tuple[Column, ...], rules: FuzzyRules
) -> list[UnplacedLabel]:
    """The header cells standing where a missing column belongs, each paired with the missing column it
    is most like (best pairs first, one column per cell)."""
    missing = [c for c in columns if c.key in rules.reported and c.key not in layout.columns]
    if not missing:
        return []
    spans = [(hit.c0, hit.c1) for hit in layout.columns.values()]
    index = layout.index
    own_labels = {k for col in columns for k in col.normalized}  # a column's own label, taken elsewhere
    cells = [
        (r, c, key)
        for r, c, key in layout.unplaced
        if key not in rules.ignored
        and not _NUMBER_RE.match(key)
        and not any(c0 <= c <= c1 for c0, c1 in spans)
        and key not in own_labels
    ]
    offers = sorted(
        (
            (_similarity(key, column), r, c, column)
            for r, c, key in cells
            for column in missing
            if _where_it_belongs(layout, columns, column, c)
        ),
        key=lambda o: (-o[0], o[1], o[2]),
    )
    out: list[UnplacedLabel] = []
    taken_cells: set[tuple[int, int]] = set()
    taken_keys: set[str] = set()
    for score, r, c, column in offers:
        if (r, c) in taken_cells or column.key in taken_keys:
            continue
        taken_cells.add((r, c))
        taken_keys.add(column.key)
        out.append(UnplacedLabel(key=column.key, sheet=layout.sheet, cell=a1(r, c),
                                 written=index.text(r, c) or "", nearest=column.label, score=round(score, 1),
                                 header_row=r, columns=index.span(r, c)))
    return out

