"""Grouping table rows into RK blocks: one RK over one or more IKI (or butir kegiatan) rows.

Staff write an RK in three ways: merged over its IKI rows, written only on the first row with blanks
below, or repeated on every row. All three mean one RK. A new RK starts where a different RK text (or a
different number) appears, or at an A/B section label; blank spacer rows never split or end an RK.

The same RK text on the next row under a new number is ambiguous: staff who number their IKI rows copy the
RK down beside 1, 2, 3, while two RKs that read alike are numbered too. The table itself tells which: one
that leaves NO empty on the later IKI rows of an RK numbers RKs, not IKI rows, so there a new number is a
new RK (and ``rk-ganda`` sees both); otherwise the rows stay one RK, which can only miss a duplicate.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from skp.empty_marks import EMPTY_MARKS
from skp.models import Section
from skp.reading.grid import a1
from skp.reading.table import TableLayout, continues_line, join_lines, starts_sentence

_WHOLE_NUMBER_RE = re.compile(r"^\d{1,3}\.?$")
# A printed page's number left in the sheet: "Halaman 1 dari 3", "Hal. 2/3", "Page 2 of 3", "- 2 -".
_PAGE_NUMBER_RE = re.compile(
    r"^(?:(?:halaman|hal\.?|page)\s*\d{1,3}(?:\s*(?:dari|/|of)\s*\d{1,3})?|-\s*\d{1,3}\s*-)$", re.IGNORECASE
)


_FOLD_WORD_RE = re.compile(r"[0-9a-z%]+")


def _same_text(a: str | None, b: str | None) -> bool:
    """The same RK text as ``rk-ganda`` compares it: case, spacing and punctuation aside (a copy ending in a
    period, with a double space or a comma less, is the same RK). Texts that differ at their first letter,
    or in length by more than a copy's stray spaces and marks would make, are told apart without folding."""
    if a is None or b is None:
        return False
    if " ".join(a.split()).casefold() == " ".join(b.split()).casefold():
        return True
    if abs(len(a) - len(b)) > max(4, len(a) // 10) or a.lstrip()[:1].casefold() != b.lstrip()[:1].casefold():
        return False
    return _FOLD_WORD_RE.findall(a.lower()) == _FOLD_WORD_RE.findall(b.lower())


@dataclass
class RkBlock:
    section: Section
    first: int  # row of the RK's first line
    text: str | None
    no: str | None
    rows: list[int] = field(default_factory=list)  # every non-blank row of the block
    item_rows: list[int] = field(default_factory=list)  # rows holding an IKI-level value
    flowed: bool = False  # its RK text went on down the IKI rows below (see :func:`_flows_on`)


def _starts_new(layout: TableLayout, r: int, rk_key: str, current: RkBlock, numbers_rk: bool) -> bool:
    """A different RK text starts a new RK; so does a new whole number (``2`` after ``1``) on a row
    whose RK cell is empty. The same text repeated on plain cells is the same RK whatever its number
    (staff number IKI rows 1, 2, … and copy the RK down), and sub-numbers (``1.2``, ``b``) number IKI
    rows, not RK, unless the table numbers RKs (``numbers_rk``, see :func:`_numbers_rk`). A row that
    opens its own merged RK cell under a new number is a second RK that happens to read alike: that is
    how the template writes two RKs, and ``rk-ganda`` must see both."""
    if layout.continues(r, rk_key):
        return False
    rk = layout.text(r, rk_key)
    if rk is not None:
        if not _same_text(rk, current.text):
            return not _flows_on(layout, r, rk_key, current)
        return (numbers_rk or _opens_merged_cell(layout, r, rk_key)) and _new_number(layout, r, current)
    return _new_number(layout, r, current)


def _flows_on(layout: TableLayout, r: int, rk_key: str, current: RkBlock) -> bool:
    """Whether the RK text on row ``r`` is the next line of the current RK's, as a table copied from a PDF
    lays it out: each line of the RK cell on its own row, beside the RK's next IKI rows, with no merged
    cells. The table numbers its RKs (the current one has a number) and row ``r`` has none, neither written
    nor merged from above; a different RK there would carry its own. The line must read as a next line
    (:func:`~skp.reading.table.continues_line`): an RK whose NO is a formula without a cached value looks
    unnumbered too. A table whose case says nothing (typed all in capitals or all in small letters: no RK
    opens as a sentence) is read by that structure alone, unless the line is written again as a whole RK
    further down (an RK repeated on each of its IKI rows, its number on a later one): that is an RK of its
    own."""
    line = layout.text(r, rk_key)
    if not (
        rk_key in layout.index.session.table_keys(layout.table).wrapping
        and current.no is not None
        and current.text is not None
        and layout.text(r, "no") is None
        and not layout.continues(r, "no")
        and layout.index.area(r, layout.columns[rk_key].c0) is None
        and line is not None
    ):
        return False
    if _sentence_cased(layout, rk_key):
        return continues_line(current.text, line)
    return not any(_same_text(line, layout.text(below, rk_key) or "") for below in range(r + 1, layout.end))


def _sentence_cased(layout: TableLayout, rk_key: str) -> bool:
    """Whether some RK of the table opens as a sentence (``Meningkatnya …``), so that a line starting in
    small letters says it goes on from the line above, and one starting in capitals does not."""
    return any(starts_sentence(layout.text(r, rk_key)) for r in range(layout.data_start, layout.end))


def _numbers_rk(layout: TableLayout, rows: list[int], rk_key: str, item_keys: list[str]) -> bool:
    """Whether the table numbers its RKs, not their IKI rows: an IKI row (a value in one of ``item_keys``)
    under an RK started above it (its RK cell empty or merged from above) leaves NO empty or inside a NO
    merged from above."""
    if not layout.has("no"):
        return False
    for r in rows[1:]:
        below_rk = layout.continues(r, rk_key) or layout.text(r, rk_key) is None
        unnumbered = layout.continues(r, "no") or layout.text(r, "no") is None
        if below_rk and unnumbered and any(layout.text(r, k) is not None for k in item_keys):
            return True
    return False


def _new_number(layout: TableLayout, r: int, current: RkBlock) -> bool:
    no = layout.text(r, "no")
    return (
        no is not None
        and not layout.continues(r, "no")
        and _WHOLE_NUMBER_RE.match(no) is not None
        and no.rstrip(".") != (current.no or "").rstrip(".")
    )


def _heads_group(layout: TableLayout, r: int) -> bool:
    """A row holding an RK atasan and nothing else of the table: the superior's RK written once on a row of
    its own above the RKs that intervene it (a group heading), not a line of the RK above it. Its block has
    no RK text and no IKI; :func:`~skp.reading.rencana.read_rencana` hands its RK atasan down."""
    return layout.present(r) == ["rk_atasan"] and not layout.continues(r, "rk_atasan")


def _opens_merged_cell(layout: TableLayout, r: int, key: str) -> bool:
    area = layout.index.area(r, layout.columns[key].c0)
    return area is not None and area[0] == r


def _is_content(layout: TableLayout, r: int, filler: frozenset[str]) -> bool:
    """Whether row ``r`` holds something beyond template residue (pre-filled numbers or aspek), a
    repeated header, a caption merged across several columns (a note, an unlisted sub-heading), a
    printed page's number alone in one column (``Halaman 1 dari 2`` under the TARGET column), or a note
    (``Catatan: …``, ``(diisi bila ada)`` under B. KINERJA TAMBAHAN: the session's ``note`` pattern) beside
    nothing but template residue and dashes (``1 | (jika ada) | - | -``)."""
    present = layout.present(r)
    if len(present) == 1 and (
        _spans_columns(layout, r, present[0])
        or _PAGE_NUMBER_RE.match((layout.text(r, present[0]) or "").strip())
    ):
        return False
    written = [text for k in present if k not in filler and (text := (layout.text(r, k) or "").strip())
               not in EMPTY_MARKS]
    if len(written) == 1 and layout.index.session.note.match(written[0]):
        return False
    return any(k not in filler for k in present) and not layout.repeats_header(r, present)


def _spans_columns(layout: TableLayout, r: int, key: str) -> bool:
    area = layout.index.area(r, layout.columns[key].c0)
    if area is None:
        return False
    return sum(1 for hit in layout.columns.values() if area[1] <= hit.c0 <= area[3]) >= 2


def group_blocks(
    layout: TableLayout, rk_key: str, filler: frozenset[str] = frozenset(), first_section: Section = "utama"
) -> list[RkBlock]:
    """RK blocks of a bounded table, in sheet order; rows before any section label are ``first_section``'s
    (Kinerja Utama, unless the table goes on from another sheet), and a row naming its own section
    (:attr:`TableLayout.section_tags`) is that section's, as are the rows after it.

    Rows holding only ``filler`` columns (what a template pre-fills: NO, ASPEK) are left out."""
    item_keys = [k for k, hit in layout.columns.items() if hit.level == "iki"]
    sections = layout.sections
    left_out = layout.skipped | {rr for rows in layout.continuations().values() for rr in rows}
    rows = [r for r in range(layout.data_start, layout.end)
            if r in sections or (r not in left_out and _is_content(layout, r, filler))]
    numbers_rk = _numbers_rk(layout, [r for r in rows if r not in sections], rk_key, item_keys)
    blocks: list[RkBlock] = []
    section: Section = first_section
    current: RkBlock | None = None
    tags = layout.section_tags
    for r in rows:
        if r in sections:
            section = sections[r]  # type: ignore[assignment]
            current = None
            continue
        if tags and r in tags and tags[r] != section:  # the row names its own section: a new one begins
            section = tags[r]  # type: ignore[assignment]
            current = None
        if current is None or _heads_group(layout, r) or _starts_new(layout, r, rk_key, current, numbers_rk):
            current = RkBlock(section, r, layout.text(r, rk_key), layout.text(r, "no"))
            blocks.append(current)
        elif (line := layout.text(r, rk_key)) is not None and current.text is not None and not _same_text(
            line, current.text
        ) and not layout.continues(r, rk_key):
            current.text, current.flowed = join_lines(current.text, line), True
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
    if block.flowed and key in layout.index.session.table_keys(layout.table).wrapping:
        lines = [(r, t) for r in block.rows if (t := layout.text(r, key)) is not None]
        if lines:
            joined = previous = lines[0][1]
            for _, line in lines[1:]:
                if not _same_text(line, previous):  # a value repeated on every row is written once
                    joined = join_lines(joined, line)
                previous = line
            return joined, layout.cell(lines[0][0], key)
    for r in block.rows:
        text = layout.text(r, key)
        if text is not None:
            return text, layout.cell(r, key)
    area = layout.index.area(block.first, layout.columns[key].c0)
    if area is not None and area[0] < block.first:
        return layout.index.text(area[0], area[1]), a1(area[0], area[1])
    return None, layout.cell(block.first, key)
