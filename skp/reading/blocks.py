"""Grouping table rows into RK blocks: one RK over one or more IKI (or butir kegiatan) rows.

Staff write an RK in three ways: merged over its IKI rows, written only on the first row with blanks
below, or repeated on every row. All three mean one RK. A new RK starts where a different RK text (or a
different number) appears, or at an A/B section label; blank spacer rows never split or end an RK.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from skp.models import Section
from skp.reading.grid import a1
from skp.reading.table import TableLayout

_WHOLE_NUMBER_RE = re.compile(r"^\d{1,3}\.?$")


def _same_text(a: str | None, b: str | None) -> bool:
    return (
        a is not None and b is not None and " ".join(a.split()).casefold() == " ".join(b.split()).casefold()
    )


@dataclass
class RkBlock:
    section: Section
    first: int  # row of the RK's first line
    text: str | None
    no: str | None
    rows: list[int] = field(default_factory=list)  # every non-blank row of the block
    item_rows: list[int] = field(default_factory=list)  # rows holding an IKI-level value


def _starts_new(layout: TableLayout, r: int, rk_key: str, current: RkBlock) -> bool:
    """A different RK text starts a new RK; so does a new whole number (``2`` after ``1``) on a row
    whose RK cell is empty. The same text repeated on plain cells is the same RK whatever its number
    (staff number IKI rows 1, 2, … and copy the RK down), and sub-numbers (``1.2``, ``b``) number IKI
    rows, not RK. Only a row that opens its own merged RK cell under a new number is a second RK that
    happens to read alike: that is how the template writes two RKs, and ``rk-ganda`` must see both."""
    if layout.continues(r, rk_key):
        return False
    rk = layout.text(r, rk_key)
    if rk is not None:
        if not _same_text(rk, current.text):
            return True
        return _opens_merged_cell(layout, r, rk_key) and _new_number(layout, r, current)
    return _new_number(layout, r, current)


def _new_number(layout: TableLayout, r: int, current: RkBlock) -> bool:
    no = layout.text(r, "no")
    return (
        no is not None
        and not layout.continues(r, "no")
        and _WHOLE_NUMBER_RE.match(no) is not None
        and no.rstrip(".") != (current.no or "").rstrip(".")
    )


def _opens_merged_cell(layout: TableLayout, r: int, key: str) -> bool:
    area = layout.index.area(r, layout.columns[key].c0)
    return area is not None and area[0] == r


def _is_content(layout: TableLayout, r: int, filler: frozenset[str]) -> bool:
    """Whether row ``r`` holds something beyond template residue (pre-filled numbers or aspek), a
    repeated header, or a caption merged across several columns (a note, an unlisted sub-heading)."""
    present = layout.present(r)
    if len(present) == 1 and _spans_columns(layout, r, present[0]):
        return False
    return any(k not in filler for k in present) and not layout.repeats_header(r)


def _spans_columns(layout: TableLayout, r: int, key: str) -> bool:
    area = layout.index.area(r, layout.columns[key].c0)
    if area is None:
        return False
    return sum(1 for hit in layout.columns.values() if area[1] <= hit.c0 <= area[3]) >= 2


def group_blocks(layout: TableLayout, rk_key: str, filler: frozenset[str] = frozenset()) -> list[RkBlock]:
    """RK blocks of a bounded table, in sheet order; rows before any section label are Kinerja Utama.

    Rows holding only ``filler`` columns (what a template pre-fills: NO, ASPEK) are left out."""
    item_keys = [k for k, hit in layout.columns.items() if hit.level == "iki"]
    blocks: list[RkBlock] = []
    section: Section = "utama"
    current: RkBlock | None = None
    for r in range(layout.data_start, layout.end):
        if r in layout.sections:
            section = layout.sections[r]  # type: ignore[assignment]
            current = None
            continue
        if not _is_content(layout, r, filler):
            continue
        if current is None or _starts_new(layout, r, rk_key, current):
            current = RkBlock(section, r, layout.text(r, rk_key), layout.text(r, "no"))
            blocks.append(current)
        current.rows.append(r)
        if any(layout.text(r, k) is not None for k in item_keys):
            current.item_rows.append(r)
    return blocks


def rk_value(layout: TableLayout, block: RkBlock, key: str) -> tuple[str | None, str | None]:
    """An RK-level value and its cell: the first one written on the block's rows, else the text of a
    cell merged over this and earlier RK (one superior RK intervened by several RK, one perspektif over
    a group). An empty value points at the block's first cell in that column."""
    if not layout.has(key):
        return None, None
    for r in block.rows:
        text = layout.text(r, key)
        if text is not None:
            return text, layout.cell(r, key)
    area = layout.index.area(block.first, layout.columns[key].c0)
    if area is not None and area[0] < block.first:
        return layout.index.text(area[0], area[1]), a1(area[0], area[1])
    return None, layout.cell(block.first, key)
