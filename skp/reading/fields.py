"""Annexes made of labelled values rather than a table: Manual Indikator Kinerja and Perilaku Kerja.

A Manual IKI sheet repeats one block of label | value rows per IKI (SPEC §3.5); some agencies lay the
same fields out as a table, one IKI per row, or write each value on the line under its label; both are
read too. Perilaku rows carry a score to the
right of each aspect, sometimes after a description cell.
"""

from __future__ import annotations

import re
from collections import Counter

from skp.mapping import Field_, SheetMapping, normalize_label
from skp.models import ManualIki, Perilaku
from skp.numbers import parse_number
from skp.reading.grid import a1
from skp.reading.header import Value, cell_at_gap, value_right_of, values_gap
from skp.reading.index import Pos, SheetIndex
from skp.reading.table import join_lines, label_keys
from skp.reading.values import strip_colon

Hit = tuple[int, int, Field_, str | None, bool]  # row, col, field, inline value, is inline
_TABLE_MIN_FIELDS = 3
_SCORE_RE = re.compile(r"^\s*\d{1,3}(?:[.,]\d+)?\s*$")
_NUMBERED_KEY_RE = re.compile(r"^\d{1,2}(?=[A-Z])")  # a label's key written "4. Defenisi IKI": 4DEFENISIIKI
_COUNTED_KEY_RE = re.compile(r"^([A-Z]+)\d{1,2}$")  # a label's key written "IKI 2": IKI2


def _hits(index: SheetIndex, fields: tuple[Field_, ...]) -> list[Hit]:
    """Each label once: a cell holding only ``"Formula :"`` is indexed both as the label and as a
    ``"LABEL : value"`` text with nothing after the colon; counted twice, it would open a new block."""
    hits: list[Hit] = []
    for field in fields:
        keys = label_keys(field)
        exact = index.find(keys)
        hits.extend((r, c, field, None, False) for r, c in exact)
        hits.extend((r, c, field, v, True) for r, c, v in index.find_inline(keys) if (r, c) not in exact)
    return sorted(hits, key=lambda h: (h[0], h[1]))


def _near_hits(index: SheetIndex, mapping: SheetMapping, taken: set[Pos]) -> list[Hit]:
    """Labels written with a typo (``TUJAUN``, ``Forumla :``), placed by the session's rules for near-words
    as the identity and table labels are: a label of one block misspelt would otherwise leave that block
    without the field, and the Manual IKI would be reported incomplete where it is not. A cell no label
    names exactly, no longer than the longest label and in a column (or a table's header row) where
    labels written exactly stand, goes to the field whose label it most nearly spells. The sheet's title
    (``MANUAL INDIKATOR KINERJA INDIVIDU``) is a label of its own, not a misspelt one. A numbered label
    (``4. Defenisi IKI``) is compared without its number, as labels written exactly are found, and a label
    with a gloss in brackets as the label before it, unless it is the value of a label written exactly (a
    JENIS ASPEK TARGET written ``IKI (Kuantitas)`` on the line under its label; on a table's header row, the
    cell right of a label is no value but the next label, ``TUJUAN (RINGKAS)``)."""
    rules, fields = index.session.fuzzy, mapping.fields
    exact = {k for field in fields for k in label_keys(field)} | set(label_keys(mapping.title))
    longest = max(map(len, exact), default=0) + 2
    # where the labels written exactly stand, when some are: their column (blocks) or their row (a table)
    label_columns = {c for _, c in taken}
    per_row = Counter(r for r, _ in taken)
    header_rows = {r for r, n in per_row.items() if n >= _TABLE_MIN_FIELDS}

    def at_label_place(r: int, c: int) -> bool:
        # a header row's cells, and those above it heading their column down to it (NO | RENCANA KINERJA |
        # INDIKATOR KINERJA INDIVIDU over two rows, the Manual's fields under a group label: _table_header)
        return not taken or c in label_columns or r in header_rows or (
            r + 1 in header_rows and _heads_down_to(index, r, c, r + 1))

    def nearest_at(r: int, c: int, key: str) -> Field_ | None:
        """:func:`nearest` for a cell, by its key and by its key without a leading ``b.`` (``b. Defenisi
        IKI``), which the index finds a cell's label by too."""
        return next((f for k in (key, *index.label_keys_at(r, c)) if (f := nearest(k)) is not None), None)

    def nearest(key: str) -> Field_ | None:
        key = _NUMBERED_KEY_RE.sub("", key, count=1)
        if key in exact or key in rules.never or len(key) > longest:
            return None
        scored = [(score, field) for field in fields
                  if (score := rules.similarity(key, label_keys(field))) is not None]
        return max(scored, key=lambda sf: sf[0])[1] if scored else None

    by_key = {k: field for field in fields for k in label_keys(field)}

    def glossed(r: int, c: int) -> Field_ | None:
        """A label followed by a gloss in brackets (``RENCANA KINERJA (SASARAN)``): the label before it."""
        text = index.text(r, c) or ""
        cut = text.find("(")
        key = _NUMBERED_KEY_RE.sub("", normalize_label(text[:cut]), count=1) if cut > 0 else ""
        return by_key.get(key)

    def counted(r: int, c: int, key: str) -> Field_ | None:
        """A label numbered after its words (``IKI 1``, ``IKI 2`` … for INDIKATOR KINERJA INDIVIDU) with a
        value to its right, before the next column of labels; a heading ``IKI 1`` over a block, with
        nothing beside it (or only the heading ``IKI 2`` of the block printed beside), is no label."""
        match = _COUNTED_KEY_RE.match(key)
        field = by_key.get(match.group(1)) if match else None
        if field is None:
            return None
        end = min((col for col in label_columns if col > c), default=index.n_cols)
        return field if value_right_of(index, r, c, end, frozenset(exact)).text is not None else None

    # on a table's header row the cell right of a label is the next label, whatever words it adds
    values = {pos for pos in _values_read(index, taken, frozenset(exact)) if pos[0] not in header_rows}
    near: list[Hit] = []
    for (r, c), key in index.keys.items():
        if (r, c) in taken or not at_label_place(r, c):
            continue
        field = nearest_at(r, c, key) or (None if (r, c) in values else glossed(r, c) or counted(r, c, key))
        if field is not None:
            near.append((r, c, field, None, False))
    placed = taken | {(h[0], h[1]) for h in near}
    for key, cells in index.inline.items():
        field = nearest(key)
        if field is not None:
            near.extend((r, c, field, v, True) for r, c, v in cells
                        if (r, c) not in placed and at_label_place(r, c))
    return near


def _values_read(index: SheetIndex, labels: set[Pos], stop_keys: frozenset[str]) -> set[Pos]:
    """The cells the ``labels`` read as their values: right of each, or where nothing is, the cell under it
    (:func:`_value_below`)."""
    found = set()
    for r, c in labels:
        right = value_right_of(index, r, c, stop_keys=stop_keys)
        found.add(right.pos if right.text is not None else _value_below(index, r, c, labels).pos)
    return found


def _manual_as_table(index: SheetIndex, header: list[Hit], plan_end: int = 0) -> list[ManualIki]:
    """One IKI per row under a header row naming the fields, up to the first row after a blank one that
    fills fewer than half of them (the signature area follows: a blank row between two IKI rows, as staff
    space a table out, ends nothing). A cell merged down over the IKI rows of one RK (its RENCANA KINERJA,
    its DESKRIPSI) holds the value of each of them; a row whose RENCANA KINERJA is empty under one that
    names it is that RK's next IKI, and takes its RENCANA KINERJA and DESKRIPSI likewise (the RK written once
    above its IKI rows without a merge, or a sheet known by its values only: xlwings' remote engine sends no
    merged area). Blank rows before ``plan_end`` do not end
    the table: the Manual's columns written beside the plan's own share its rows, its section rows among
    them."""
    columns: dict[str, int] = {}
    for _, c, field, _, _ in header:
        columns.setdefault(field.key, c)
    start = max(index.bottom(r, c) for r, c, _, _, _ in header) + 1
    out: list[ManualIki] = []
    after_blank = False
    for r in range(start, index.grid.n_rows):
        values = {key: _table_text(index, r, c) for key, c in columns.items()}
        if not any(values.values()):
            after_blank = after_blank or (bool(out) and r >= plan_end)
            continue
        filled = sum(1 for text in values.values() if text)
        if after_blank and filled < max(_TABLE_MIN_FIELDS, len(values) / 2):
            break
        after_blank = False
        manual = ManualIki(sheet=index.name, row=r + 1, cells={k: a1(r, c) for k, c in columns.items()})
        for key, text in values.items():
            setattr(manual, key, text)
        if out and "rencana_kinerja" in columns and manual.rencana_kinerja is None:
            _same_rk(manual, out[-1])
        out.append(manual)
    return out


_RK_FIELDS = ("rencana_kinerja", "deskripsi_rk")  # a Manual's fields that belong to the RK, not the IKI


def _same_rk(manual: ManualIki, above: ManualIki) -> None:
    """The RK fields ``manual`` leaves empty, taken with their cells from the row ``above`` (the same RK)."""
    for key in _RK_FIELDS:
        if getattr(manual, key) is None and getattr(above, key) is not None:
            setattr(manual, key, getattr(above, key))
            manual.cells[key] = above.cells[key]


def _table_text(index: SheetIndex, r: int, c: int) -> str | None:
    """The text of a Manual table's cell, or of the merged area it continues from a row above."""
    text = index.text(r, c)
    if text is None and index.covered_from_above(r, c):
        area = index.area(r, c)
        if area is not None:
            return index.text(area[0], area[1])
    return text


def _manual_across(index: SheetIndex, hits: list[Hit]) -> list[ManualIki] | None:
    """The fields written once down one column and one IKI per column to their right (``URAIAN | IKI 1 |
    IKI 2 …``), the Renstra's indicator sheet turned on its side; None when the sheet is not so laid out.
    Read as one block, only the first IKI's values would be taken and every other IKI would have no Manual.
    Told by two or more columns right of the labels each holding a value on most label rows; a column of
    ``:`` alone is no value."""
    if len(hits) < _TABLE_MIN_FIELDS or len({h[1] for h in hits}) != 1 or any(h[4] for h in hits):
        return None
    if len({h[2].key for h in hits}) != len(hits):  # a field repeated: blocks one under another
        return None
    filled: Counter[int] = Counter()
    for r, c, _, _, _ in hits:
        _, last = index.span(r, c)
        filled.update(col for col, text in index.row(r).items() if col > last and normalize_label(text))
    columns = sorted(col for col, n in filled.items() if n * 2 > len(hits))
    if len(columns) < 2:
        return None
    out: list[ManualIki] = []
    for col in columns:
        manual = ManualIki(sheet=index.name, row=hits[0][0] + 1)
        for r, _, field, _, _ in hits:
            setattr(manual, field.key, index.text(r, col))
            manual.cells[field.key] = a1(r, col)
        out.append(manual)
    return out


def _stacks(hits: list[Hit]) -> list[list[Hit]]:
    """The hits of each column of blocks, when blocks are printed side by side (two IKI abreast, labels in
    A and in F): read row by row, the same field of two IKI would alternate and each block would be cut
    in half. A column of labels stands for its own blocks only when another column repeats its fields;
    a single block whose fields are split over two columns (different fields left and right) stays one.
    Labels in no such column go with the nearest column of blocks on their left."""
    fields_by_col: dict[int, set[str]] = {}
    for _, c, field, _, _ in hits:
        fields_by_col.setdefault(c, set()).add(field.key)
    wide = {c: keys for c, keys in fields_by_col.items() if len(keys) >= _TABLE_MIN_FIELDS}
    columns = sorted(c for c, keys in wide.items()
                     if any(len(keys & other) >= _TABLE_MIN_FIELDS for d, other in wide.items() if d != c))
    if len(columns) < 2:
        return [hits]
    stacks: dict[int, list[Hit]] = {c: [] for c in columns}
    for hit in hits:
        stacks[max((c for c in columns if c <= hit[1]), default=columns[0])].append(hit)
    return list(stacks.values())


def _value_below(index: SheetIndex, r: int, c: int, labels: set[Pos]) -> Value:
    """The cell right under a label (under its merged rows): the value where a sheet writes each field's
    label on one line and its value on the next. Another label there means the value is empty."""
    below = (index.bottom(r, c) + 1, c)
    text = None if below in labels else index.text(*below)
    return Value(index.grid.value(*below) if text is not None else None, text, below)


def _values_below(index: SheetIndex, hits: list[Hit], labels: set[Pos], stop_keys: frozenset[str]) -> bool:
    """Whether the sheet writes values under their labels rather than beside them: more labels have
    nothing to their right and a value under them than have a value to their right. Decided for the
    sheet, so that a field left empty in a block points at the cell under its label, not at the next
    label's row."""
    right = below = 0
    for r, c, _, _, is_inline in hits:
        if is_inline:
            continue
        if value_right_of(index, r, c, stop_keys=stop_keys).text is not None:
            right += 1
        elif _value_below(index, r, c, labels).text is not None:
            below += 1
    return below > right


def _without_values_of_other_labels(index: SheetIndex, hits: list[Hit]) -> list[Hit]:
    """The hits less the values of the labels an agency adds that the mapping does not know: ``b. Jenis IKI
    | : | IKU`` holds ``IKU``, an alias of INDIKATOR KINERJA INDIVIDU, where the block's values stand; taken
    as a label it would open a new block and leave the first without its definisi, formula and tujuan. A
    cell is such a value when it stands outside the columns where the labels stand (those holding the
    labels of three fields or more) and the nearest text left of it on its row (a lone colon skipped) is no
    label found but stands in such a column. A table's header row keeps its labels: each one's left
    neighbour is one."""
    fields_by_col: dict[int, set[str]] = {}
    for _, c, field, _, _ in hits:
        fields_by_col.setdefault(c, set()).add(field.key)
    label_cols = {c for c, keys in fields_by_col.items() if len(keys) >= _TABLE_MIN_FIELDS}
    positions = {(h[0], h[1]) for h in hits}

    def is_value(r: int, c: int) -> bool:
        if c in label_cols:
            return False
        row = index.row(r)
        left = max((col for col, text in row.items() if col < c and strip_colon(text)), default=None)
        return left is not None and left in label_cols and (r, left) not in positions

    return [h for h in hits if h[4] or not is_value(h[0], h[1])] if label_cols else hits


def _without_prefixed_values(index: SheetIndex, hits: list[Hit], stop_keys: frozenset[str]) -> list[Hit]:
    """The hits less the values that begin with their own label (``FORMULA | Rumus : A / B x 100%``,
    ``TUJUAN | Tujuan: …``): found as ``"LABEL : value"`` texts, they would open a block of their own and
    shift every field after them into the next IKI's Manual. A ``"LABEL : value"`` cell is a value when it
    is the one a label on its row, left of it, reads."""
    plain: dict[int, list[int]] = {}
    for r, c, _, _, is_inline in hits:
        if not is_inline:
            plain.setdefault(r, []).append(c)
    values = {
        (r, c) for r, c, _, _, is_inline in hits
        if is_inline and any(lc < c and value_right_of(index, r, lc, stop_keys=stop_keys).pos == (r, c)
                             for lc in plain.get(r, ()))
    }
    return [h for h in hits if not (h[4] and (h[0], h[1]) in values)] if values else hits


def _table_header(index: SheetIndex, row: int, hits: list[Hit], plan: list[Hit]) -> list[Hit]:
    """The header of a Manual laid out as a table on ``row``, with the cells heading its columns from
    elsewhere: a label above heading its column down to the row (:func:`_heads_down_to`: ``NO | RENCANA
    KINERJA | INDIKATOR KINERJA INDIVIDU`` over two rows, the Manual's own fields under a group label), and,
    when the Manual's fields are columns added to the plan table (``… | TARGET | DEFINISI IKI | FORMULA |
    TUJUAN``), the plan's RENCANA KINERJA and INDIKATOR KINERJA INDIVIDU on the same row, which name the IKI
    each row describes."""
    header = [h for h in hits if h[0] == row]
    header += [h for h in (*hits, *plan) if h[0] < row and _heads_down_to(index, h[0], h[1], row)]
    header += [h for h in plan if h[0] == row]
    return header


def _heads_down_to(index: SheetIndex, r: int, c: int, row: int) -> bool:
    """Whether the label at (r, c) heads its column down to the header row ``row``: merged down over it,
    or on the row just above over a cell left empty there (the same header with its merges lost: a table
    pasted from Word, xlwings' remote engine, which sends values only)."""
    return index.bottom(r, c) >= row or (r == row - 1 and index.text(row, c) is None)


def read_manual_iki(
    index: SheetIndex, mapping: SheetMapping, outside: tuple[int, int, int, int] | None = None
) -> list[ManualIki]:
    """Every filled Manual IKI block; empty template blocks are left out.

    ``outside``: the plan table's area (rows ``r0 <= r < r1``, columns ``c0 <= c <= c1``) when the Manual
    stands beside it on the plan's sheet: the table's header cells (``RENCANA KINERJA``, ``INDIKATOR
    KINERJA INDIVIDU``) are no Manual labels, and taken as one they would open a block that takes the
    first block's fields, shifting every block after it by one field."""
    def in_plan(hit: Hit) -> bool:
        if outside is None:
            return False
        r0, r1, c0, c1 = outside
        return r0 <= hit[0] < r1 and c0 <= hit[1] <= c1

    exact = _without_values_of_other_labels(index, _hits(index, mapping.fields))
    plan = [h for h in exact if in_plan(h)]  # the plan table's own header cells
    exact = [h for h in exact if not in_plan(h)] if plan else exact
    # near-words are looked for where the Manual's own labels stand, not the plan header's (its IKI column
    # would take a Manual's ``IKI 1`` heading under it for a misspelt label), save on the header row the
    # Manual's columns share with the plan (``INDIAKTOR KINERJA INDIVIDU | … | DEFINISI IKI``)
    near = _near_hits(index, mapping, {(h[0], h[1]) for h in exact})
    plan_near = [h for h in near if in_plan(h)]
    near = [h for h in near if not in_plan(h)] if plan_near else near
    hits = sorted(exact + near, key=lambda h: (h[0], h[1])) if near else exact
    stop_keys = frozenset(k for f in mapping.fields for k in label_keys(f))
    if any(h[4] for h in hits):
        hits = _without_prefixed_values(index, hits, stop_keys)
    by_row: dict[int, list[Hit]] = {}
    for hit in hits:
        by_row.setdefault(hit[0], []).append(hit)
    table_row = next(
        (row for row, hs in by_row.items() if len({h[2].key for h in hs}) >= _TABLE_MIN_FIELDS), None
    )
    if table_row is not None:
        plan += [h for h in plan_near if h[0] == table_row]
        return _manual_as_table(index, _table_header(index, table_row, hits, plan),
                                outside[1] if outside is not None else 0)
    across = _manual_across(index, hits)
    if across is not None:
        return across
    labels = {(h[0], h[1]) for h in hits}
    under = _values_below(index, hits, labels, stop_keys)
    blocks: list[ManualIki] = []
    empty: list[tuple[ManualIki, str, Pos]] = []  # block, field, and the label's cell
    filled: list[tuple[Pos, int]] = []  # the label's cell and its value's column
    label_rows = {h[0] for h in hits}
    in_label_cell = 0  # values written in their label's cell, ``FORMULA : A / B x 100 %``
    for stack in _stacks(hits):
        current: ManualIki | None = None  # each column of blocks opens its own first block
        for r, c, field, inline_value, is_inline in stack:
            if current is None or field.key in current.cells:
                current = ManualIki(sheet=index.name, row=r + 1)
                blocks.append(current)
            text: str | None
            if is_inline and inline_value is not None:
                text, cell = inline_value, a1(r, c)
                in_label_cell += 1
            else:
                found = value_right_of(index, r, c, stop_keys=stop_keys)
                if under and found.text is None:
                    found = _value_below(index, r, c, labels)
                text, cell = found.text, found.cell
                if text is not None and not under:
                    text = _next_lines(index, found.pos, text, label_rows)
                if text is None and not under:
                    empty.append((current, field.key, (r, c)))
                else:
                    filled.append(((r, c), found.pos[1]))
            setattr(current, field.key, text)
            current.cells[field.key] = cell  # type: ignore[assignment]
    if empty and in_label_cell > len(filled):  # ``TUJUAN :`` with nothing after it: filled in that cell
        for block, key, label in empty:
            block.cells[key] = a1(*label)
        empty = []
    gap = values_gap(index, filled) if empty else None
    if gap is not None:  # an empty value belongs where the sheet's values stand, e.g. two columns right
        for block, key, label in empty:
            block.cells[key] = cell_at_gap(index, label, gap)
    keys = [f.key for f in mapping.fields]
    return [b for b in blocks if any(getattr(b, k) for k in keys)]


def _next_lines(index: SheetIndex, pos: Pos, text: str, label_rows: set[int]) -> str:
    """A Manual value with the lines a paste from Word or a PDF put on the rows below it: rows without a
    label of their own whose only text stands in the value's column (``Banyaknya kunjungan pemustaka ke
    perpustakaan`` / ``daerah yang tercatat``)."""
    r, c = pos
    r += 1
    while r not in label_rows and (row := index.row(r)) and len(row) == 1 and c in row:
        text = join_lines(text, row[c])
        r += 1
    return text


def _score_right_of(index: SheetIndex, r: int, c: int) -> tuple[float | None, str]:
    """The first cell right of an aspect label that holds only a number: a description cell may come
    first, and may itself contain numbers ("UUD 1945")."""
    _, last = index.span(r, c)
    for col in range(last + 1, index.n_cols):
        value = index.grid.value(r, col)
        if isinstance(value, str) and not _SCORE_RE.match(value):
            continue
        number = parse_number(value)
        if number is not None:
            return number, a1(r, col)
    return None, a1(r, last + 1)


def read_perilaku(index: SheetIndex, mapping: SheetMapping, yes_words: list[str]) -> Perilaku:
    """The five behaviour scores and whether the pegawai produced a new idea (SPEC §3.9, §6.4); a label
    written with a typo (``Komimten``) is placed as the Manual IKI's are."""
    perilaku = Perilaku(sheet=index.name)
    yes = {w.casefold() for w in yes_words}
    rows: list[int] = []
    exact = _hits(index, mapping.fields)
    near: list[Hit] | None = None  # labels written with a typo, looked for once some label is missing
    for field in mapping.fields:
        hit = next((h for h in exact if h[2] is field), None)
        if hit is None:
            if near is None:
                near = _near_hits(index, mapping, {(h[0], h[1]) for h in exact})
            hit = next((h for h in near if h[2] is field), None)
        if hit is None:
            continue
        r, c, _, inline_value, is_inline = hit
        rows.append(r)
        if field.key == "ide_baru":
            found = value_right_of(index, r, c)
            raw: object = inline_value if is_inline else found.raw
            perilaku.ide_baru = raw is True or str(raw).strip().casefold() in yes
            perilaku.cells[field.key] = a1(r, c) if is_inline else found.cell
            continue
        if is_inline:
            number, cell = parse_number(inline_value), a1(r, c)
        else:
            number, cell = _score_right_of(index, r, c)
        setattr(perilaku, field.key, number)
        perilaku.cells[field.key] = cell
    perilaku.row = min(rows) + 1 if rows else None
    return perilaku
