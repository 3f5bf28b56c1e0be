"""Where a located table ends, which of its rows are A/B section labels, and which unlabelled columns
belong to it.

Staff put the signature area, a place-and-date line, totals or another form's block right under the
table, with or without blank rows; none of that may be read as an RK.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import NamedTuple

from skp.mapping import Label, Table, normalize_label
from skp.numbers import parse_period
from skp.reading.grid import a1
from skp.reading.session import FuzzyRules
from skp.reading.table import COLUMN_NUMBER_RE, TableLayout, header_spans, label_keys

_YEAR_RE = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
_DAY_RE = re.compile(r"^\d{1,2}[\s./-]+(?:[A-Za-z]+\.?|\d{1,2})[\s./-]+(?:19|20)\d{2}$")
_LETTER_RE = re.compile(r"[^\W\d_]")


def _is_place_date(texts: list[tuple[int, str]], raws: list[object]) -> bool:
    """``"Jakarta, 2 Januari 2025"`` or a lone ``"2 Januari 2025"`` alone on a row, or split as
    ``"Jakarta," | <a date>``: the signature area has begun."""
    if len(texts) == 2 and texts[0][1].rstrip().endswith(","):
        return _is_date(texts[1][1], raws[1])
    if len(texts) != 1:
        return False
    if hasattr(raws[0], "year"):
        return True
    text = texts[0][1]
    return ("," in text and _is_date(text, None)) or _is_day(text)


def _is_day(text: str) -> bool:
    """A text that is one day and nothing else (``2 Januari 2025``, ``02/01/2025``): the signature date
    written without its place."""
    if not _DAY_RE.match(text.strip()):
        return False
    start, end = parse_period(text)
    return start is not None and end is None


def _is_signature_date(texts: list[tuple[int, str]]) -> bool:
    """``"Jakarta, 2 Januari 2025"`` alone on a row: a place without digits, a comma, then one day. So
    exact a shape ends the table even straight under the last IKI row, where staff often type it; a
    year or a month after a comma (``"Laporan, Desember 2025"``) is left to the rule with a blank row."""
    if len(texts) != 1 or "," not in texts[0][1]:
        return False
    place, _, day = texts[0][1].rpartition(",")
    if not place.strip() or any(ch.isdigit() for ch in place):
        return False
    start, end = parse_period(day)
    return start is not None and end is None


def _is_date(text: str, raw: object) -> bool:
    """A date cell, or a text naming a day with its year (``2 Januari 2025``, ``02/01/2025``)."""
    return hasattr(raw, "year") or (bool(_YEAR_RE.search(text)) and parse_period(text)[0] is not None)


def _total_label_columns(layout: TableLayout) -> tuple[int, tuple[int, int] | None]:
    """Where a totals row's label may stand: left of the table's first column (the first value), or in its
    NO column (its span, when the table has one)."""
    no = layout.columns.get("no")
    return min(hit.c0 for hit in layout.columns.values()), (no.c0, no.c1) if no is not None else None


def _is_total_row(
    layout: TableLayout, r: int, texts: list[tuple[int, str]], total_keys: tuple[str, ...],
    label_columns: tuple[int, tuple[int, int] | None],
) -> bool:
    """``JUMLAH IKI | … | 8``: a label beginning with a total word (``total_keys``, normalised) leftmost on
    the row, in the NO column or left of the table's first column (``label_columns``:
    :func:`_total_label_columns`), and nothing but numbers beside it. Web applications write such a row
    under the table, its count often a formula that a later save (LibreOffice, Excel) fills in; read as a
    row of the table it became an IKI with no aspek and no target."""
    if not total_keys or not texts:
        return False
    c0, label = texts[0]  # the row's cells come in column order
    first, no = label_columns
    if not (c0 < first or (no is not None and no[0] <= c0 <= no[1])):
        return False
    key = layout.index.keys.get((r, c0))
    if not (key if key is not None else normalize_label(label)).startswith(total_keys):
        return False
    return all(_LETTER_RE.search(text) is None for c, text in texts[1:])


def _widen_into_unlabelled(layout: TableLayout) -> None:
    """Join an IKI column with the unlabelled column right of it (``12`` | ``dokumen`` under a TARGET
    header that was not merged over both), when that column is never filled on a row of its own."""
    index = layout.index
    taken = {c for hit in layout.columns.values() for c in range(hit.c0, hit.c1 + 1)}
    header_rows = range(layout.top, max(index.bottom(*hit.header) for hit in layout.columns.values()) + 1)
    rows = range(layout.data_start, layout.end)
    for key, hit in list(layout.columns.items()):
        right = hit.c1 + 1
        if hit.level != "iki" or right in taken or any(index.text(r, right) for r in header_rows):
            continue
        filled = [r for r in rows if index.text(r, right) is not None and r not in layout.sections]
        if filled and all(layout.text(r, key) is not None for r in filled):
            # a new dict: a located layout shares its columns with the one its sheet remembers
            layout.columns = {**layout.columns, key: replace(hit, c1=right)}
            taken.add(right)


def bound_table(
    layout: TableLayout,
    stop_labels: tuple[Label, ...],
    sections: tuple[Label, Label] | None,
    other_tables: tuple[Table, ...] = (),
    max_header_rows: int = 3,
    new_form_labels: tuple[Label, ...] = (),
    total_labels: tuple[str, ...] = (),
    widen: bool = True,
) -> None:
    """Set where the table ends, which rows are A/B section labels, and which rows inside it are a
    printed page's foot and the next page's head.

    The table ends before the first row holding a stop label (signature blocks, totals) within its
    columns, or one written with a typo as the one text of its row there (:func:`_is_misspelt_stop`), the
    complete header of one of ``other_tables`` under its columns (an annex written as a
    block under the table, whatever its title says: ``NO | RENCANA KINERJA | BUTIR KEGIATAN | OUTPUT |
    ANGKA KREDIT`` under the plan; not one beside it, :func:`_annex_tops`), a lone place-and-date line
    after a blank row, one naming a place and a day even without a blank row, or a totals row whose label
    begins with one of ``total_labels`` (:func:`_is_total_row`); otherwise at the sheet's end. A signature
    block written beside the table (right of its last column, beside rows of the table) ends nothing.

    Forms kept as printed and signed repeat the table's header, or only its column-number row, where a
    page breaks, often after a signature block, a page number and a ``Lanjutan`` line: when such a
    repeat follows the end within a page's foot, the table goes on under it and the rows between are
    left out (:attr:`TableLayout.skipped`). A label of ``new_form_labels`` (the identity fields, the
    period) between them means another form begins there, not another page.

    With ``widen`` an IKI column takes in the unlabelled column right of it (:func:`_widen_into_unlabelled`);
    a table whose unlabelled columns mean something of their own (the Matriks' result columns right of
    NAMA | NIP | JABATAN) passes ``False``.
    """
    index = layout.index
    stop_keys = frozenset(k for label in stop_labels for k in label_keys(label))
    annex_tops = _annex_tops(layout, other_tables, max_header_rows)
    new_form_keys = frozenset(k for label in new_form_labels for k in label_keys(label))
    total_keys = tuple(k for k in (normalize_label(t) for t in total_labels) if k)
    section_keys = frozenset(k for label in sections or () for k in label_keys(label))
    stops = _Stops(stop_keys, section_keys, annex_tops, total_keys)
    end = _end_from(layout, layout.data_start, stops)
    skipped: set[int] = set()
    while end < index.grid.n_rows:
        resume = _next_page(layout, end, annex_tops, new_form_keys)
        if resume is None:
            break
        skipped.update(range(end, resume))
        end = _end_from(layout, resume, stops)
    layout.end = end
    layout.skipped = frozenset(skipped)
    first = min(hit.c0 for hit in layout.columns.values())
    last = max(hit.c1 for hit in layout.columns.values())
    for name, label in zip(("utama", "tambahan"), sections or (), strict=False):
        # the label written exactly inside the table; else misspelt there (the exact words may stand
        # elsewhere on the sheet, in an annex block under the table: KINERJA TAMBAHAN of a Keterkaitan).
        # Inside means within the table's columns, or left of them on a row the table leaves blank: the
        # A. KINERJA UTAMA of a plan beside a Keterkaitan is no section row of the Keterkaitan.
        inside = [(r, c) for r, c in index.find(label_keys(label)) if layout.data_start <= r < end
                  and r not in skipped and c <= last and (c >= first or layout.is_blank(r))]
        # a label beside an RK on its row names that row's section (a JENIS RK column) and heads nothing: the
        # heading, when only such rows write the label exactly, may still be misspelt or noted
        tags = [(r, c) for r, c in inside if _tags_its_row(layout, r, c)]
        heads = [hit for hit in inside if hit not in tags]
        for r, _ in tags:
            layout.section_tags.setdefault(r, name)
        for r, c in heads or _noted_section(layout, label) or _misspelt_section(layout, label):
            layout.sections.setdefault(r, name)
            layout.section_cells.setdefault(name, a1(r, c))
        if tags and name not in layout.section_cells:
            layout.section_cells[name] = a1(*tags[0])
    if widen:
        _widen_into_unlabelled(layout)


_CONTENT_KEYS = ("rk", "iki", "target")  # a row holding any of these besides the label is a row of content


def _tags_its_row(layout: TableLayout, r: int, c: int) -> bool:
    """Whether the section label at (r, c) names the section of its own row of content (a ``JENIS RK``
    column writing ``Kinerja Utama`` beside each RK) rather than heading the rows below it: the row holds an
    RK, IKI or target in another cell. Read as a heading, each RK row would be taken for a section label."""
    index = layout.index
    for key in _CONTENT_KEYS:
        hit = layout.columns.get(key)
        if hit is not None and any(
            cc != c and index.text(r, cc) is not None for cc in range(hit.c0, hit.c1 + 1)
        ):
            return True
    return False


def _annex_tops(layout: TableLayout, tables: tuple[Table, ...], max_header_rows: int) -> set[int]:
    """The first rows of the complete headers of ``tables`` that end the table: under its columns, or
    where its own row is blank. An annex written beside the table (a Matriks or a Keterkaitan right of the
    plan, its header level with a row of RK) ends nothing, as a signature block beside it does not."""
    first = min(hit.c0 for hit in layout.columns.values())
    last = max(hit.c1 for hit in layout.columns.values())
    return {
        top for table in tables for top, c0, c1 in header_spans(layout.index, table, max_header_rows)
        if (c0 <= last and c1 >= first) or layout.is_blank(top)
    }


class _Stops(NamedTuple):
    """What ends a table (see :func:`bound_table`): the keys of its stop labels, the keys of its own section
    labels (never a misspelt stop label), the first rows of the annex headers under it, and the words a
    totals row's label begins with."""

    keys: frozenset[str]
    section_keys: frozenset[str]
    annex_tops: set[int]
    total_keys: tuple[str, ...]


def _end_from(layout: TableLayout, start: int, stops: _Stops) -> int:
    """The row before which the table's rows from ``start`` end (see :func:`bound_table`)."""
    index = layout.index
    stop = _first_stop(layout, stops.keys, start)
    end = index.grid.n_rows if stop is None else min(index.grid.n_rows, stop)
    end = min([end, *(top for top in stops.annex_tops if start <= top < end)])
    previous_blank = False
    label_columns = _total_label_columns(layout)
    last = max(hit.c1 for hit in layout.columns.values())
    for r in range(start, end):
        row = index.row(r)
        if row:
            texts = list(row.items())
            if (
                _is_signature_date(texts)
                or _is_total_row(layout, r, texts, stops.total_keys, label_columns)
                or (previous_blank and _is_place_date(texts, [index.grid.value(r, c) for c, _ in texts[:2]]))
                or _is_misspelt_stop(layout, r, row, stops, last)
            ):
                return r
        previous_blank = not row
    return end


def _is_misspelt_stop(layout: TableLayout, r: int, row: dict[int, str], stops: _Stops, last: int) -> bool:
    """A stop label written with a typo (``PEGWAAI YANG DINILAI``, ``Pejbaat Penilai Kinerja,``), by the
    session's rules for near-words, as the one text of the row within the table's columns (``last``, its
    last one), without a digit: read as a row of the table it became an RK without IKI, and the names and
    NIPs under it more. A signature label written exactly beside it (right of the table) ends nothing on
    its own there. A text nearer to one of the table's own section labels is that label (``A. KINERJA
    UTAMA`` nearly spells a Penilaian's total ``NILAI KINERJA UTAMA``)."""
    inside = [c for c in row if c <= last]
    if len(inside) != 1 or any(ch.isdigit() for ch in row[inside[0]]):
        return False
    session = layout.index.session
    memo = session.memo["near stops"]  # the same section rows and titles under every table of a batch
    for key in layout.index.label_keys_at(r, inside[0]):
        found = memo.get((stops.keys, stops.section_keys, key))
        if found is None:
            found = session.remember("near stops", (stops.keys, stops.section_keys, key),
                                     _nearly_spells_stop(session.fuzzy, key, stops))
        if found:
            return True
    return False


def _nearly_spells_stop(rules: FuzzyRules, key: str, stops: _Stops) -> bool:
    if key in rules.never or key in stops.section_keys:
        return False
    score = rules.similarity(key, stops.keys)
    return score is not None and score > (rules.similarity(key, stops.section_keys) or 0.0)


def _first_stop(layout: TableLayout, keys: frozenset[str], start: int) -> int | None:
    """The first row from ``start`` holding a stop label, as a whole text or as the label of a
    ``"LABEL : value"`` text, within the table's columns, or beside rows where the table is blank below a
    row of it: an annex's title written beside the table between its header and its first row (``MATRIKS
    PEMBAGIAN PERAN DAN HASIL`` beside the lower row of a two-row header whose merges are not known, as
    xlwings' remote engine sends it) ends nothing."""
    index = layout.index
    last = max(hit.c1 for hit in layout.columns.values())
    cells = [(r, c) for key in index.label_set & keys for r, c in index.labels[key] if r >= start]
    cells += [(r, c) for key in index.inline.keys() & keys for r, c, _v in index.inline[key] if r >= start]
    return next((r for r, c in sorted(cells) if c <= last or (
        layout.is_blank(r) and not all(layout.is_blank(above) for above in range(start, r)))), None)


_PAGE_FOOT_ROWS = 30  # a signature block, a page number and a blank area fit in this many rows


def _next_page(
    layout: TableLayout, end: int, annex_tops: set[int], new_form_keys: frozenset[str]
) -> int | None:
    """The first row after the table's header repeated (whole, or its column-number row alone) within
    a page's foot below ``end``, when the rows under it go on with the table; None otherwise."""
    index = layout.index
    by_key = index.session.table_keys(layout.table).by_key
    header_keys = frozenset(k for keys in by_key.values() for k in keys)
    for r in range(end, min(index.grid.n_rows, end + _PAGE_FOOT_ROWS)):
        if r in annex_tops:
            return None
        if not index.row(r):  # most of a page's foot, and of the sheet below it
            continue
        row_keys = index.row_keys(r)
        if any(key in new_form_keys for _c, key in row_keys):
            return None
        if not _may_repeat_header(index.row(r), row_keys, header_keys) or not _repeats_header(layout, r):
            continue
        resume = r
        while resume < index.grid.n_rows and resume - r < 4 and _repeats_header(layout, resume):
            resume += 1
        return resume
    return None


def _may_repeat_header(
    row: dict[int, str], row_keys: list[tuple[int, str]], header_keys: frozenset[str]
) -> bool:
    """At least two cells that read as a header label of the table or as a column number: what
    :func:`_repeats_header` needs, told from the sheet index alone (most rows of a page's foot hold names,
    NIPs and signature words)."""
    hits = sum(1 for c, key in row_keys if key in header_keys or COLUMN_NUMBER_RE.match(row[c]))
    return hits >= 2


def _repeats_header(layout: TableLayout, r: int) -> bool:
    """A row of the table's header labels, or its column-number row ``1 | 2 | 3 …`` (numbers that count
    up by one across at least three columns: a data row of numbers does not)."""
    present = layout.present(r)
    if not layout.repeats_header(r, present):
        return False
    texts = [(layout.text(r, key) or "").strip("() ") for key in present]
    if not all(t.isdigit() for t in texts):
        return True
    numbers = [int(t) for t in texts]
    return len(numbers) >= 3 and all(b == a + 1 for a, b in zip(numbers, numbers[1:], strict=False))


def _misspelt_section(layout: TableLayout, label: Label) -> list[tuple[int, int]]:
    """A section label written with a typo (``B. KINERJA TAMBHAAN``), when it is nowhere written exactly:
    the first row of the table holding one text alone that nearly spells it, by the session's rules for
    near-words, beside at most its letter in the NO column (``B.`` | ``KINERJA TAMBHAAN``) and whatever stands
    right of the table (a signature block written beside it). Left unplaced,
    the section's rows would be read as the other section's RK."""
    index = layout.index
    rules, keys = index.session.fuzzy, label_keys(label)
    last = max(hit.c1 for hit in layout.columns.values())  # a signature block beside the table is no part
    for r in range(layout.data_start, layout.end):
        if r in layout.skipped:
            continue
        cells = [(c, key) for c, key in index.row_keys(r) if c <= last]
        row = [(c, key) for c, key in cells if not _SECTION_MARK.match(index.text(r, c) or "")]
        if len(row) != 1 or len(cells) > 2:
            continue
        c = row[0][0]
        if any(rules.similarity(key, keys) is not None for key in index.label_keys_at(r, c)):
            return [(r, c)]
    return []


_NOTE_RE = re.compile(r"\s*\([^()]*\)\s*$")  # "(jika ada)" closing a section label
_LEADING_MARK_RE = re.compile(r"^\s*\(?(?:[A-Da-d]|I{1,3}|IV)\s*[.)]\s*")


def _noted_section(layout: TableLayout, label: Label) -> list[tuple[int, int]]:
    """A section label closed by a note in brackets (``B. KINERJA TAMBAHAN (jika ada)``, ``KINERJA
    TAMBAHAN (diisi bila ada)``), when the label is nowhere written bare: the first row of the table holding
    one text alone, beside at most its letter, that is the label once the note is left off."""
    index = layout.index
    keys = set(label_keys(label))
    last = max(hit.c1 for hit in layout.columns.values())
    for r in range(layout.data_start, layout.end):
        if r in layout.skipped:
            continue
        cells = [(c, text) for c, text in index.row(r).items() if c <= last]
        row = [(c, text) for c, text in cells if not _SECTION_MARK.match(text)]
        if len(row) != 1 or len(cells) > 2 or "(" not in row[0][1]:
            continue
        bare = _NOTE_RE.sub("", row[0][1])
        bare_keys = {normalize_label(bare), normalize_label(_LEADING_MARK_RE.sub("", bare))}
        if bare != row[0][1] and keys & bare_keys:
            return [(r, row[0][0])]
    return []


_SECTION_MARK = re.compile(r"^\(?(?:[A-Da-d]|I{1,3}|IV)[.)]?$")  # ``B.``, ``(B)``, ``II``: a section's letter
