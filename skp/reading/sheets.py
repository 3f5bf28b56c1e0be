"""Finding an annex sheet: by its content first (title, table header, field labels), then by its name.

Staff rename sheets ("Lampiran 1", "Sheet3") and leave extra empty ones, so a name alone is weak
evidence; it only decides when no sheet shows the annex's content.
"""

from __future__ import annotations

from collections.abc import Sequence

from rapidfuzz import fuzz, process

from skp.mapping import Label, SheetMapping
from skp.reading.index import SheetIndex
from skp.reading.table import label_keys, table_found

_TITLE_ROWS = 12  # a title sits in the first rows, under a possible kop surat
_MIN_TITLE_KEY = 8


def _title_score(index: SheetIndex, title: Label, near: bool = True) -> int:
    """2 when a cell holds exactly the title, 1 when a short line near the top contains it (a title with
    a year or unit added) or, with ``near`` (asked where the annex's structure is not found), nearly spells
    it (a typo, by the session's similarity threshold), else 0. Long sentences mentioning the title
    (instructions) do not count."""
    keys = label_keys(title)
    if index.rows_with(keys):
        return 2
    top = _top_keys(index)
    text = _top_text(index, top)
    long_keys = [k for k in keys if len(k) >= _MIN_TITLE_KEY]
    for k in long_keys:
        at = text.find(k)  # most sheets hold none: one search at C speed says so
        while at >= 0:
            start, end = text.rfind("\n", 0, at) + 1, text.find("\n", at)
            if end - start <= 2 * len(k):
                return 1
            at = text.find(k, at + 1)
    if not near:
        return 0
    return int(_near_title(index, tuple(long_keys), top))


def _top_text(index: SheetIndex, top: tuple[str, ...]) -> str:
    """:func:`_top_keys` one per line, for a search of every key of them at once (a key holds no line
    break: normalised text is one line)."""
    text = index.memo.get("title-row text")
    if not isinstance(text, str):
        text = index.memo["title-row text"] = "\n".join(top) + "\n"
    return text


def _near_title(index: SheetIndex, keys: tuple[str, ...], top: tuple[str, ...]) -> bool:
    """Whether one of the top cells nearly spells a title key; remembered in the session by the sheet's
    top cells, which templates repeat from workbook to workbook."""
    session = index.session
    memo_key = (keys, top)
    found = session.memo["titles"].get(memo_key)
    if found is None:
        threshold = session.fuzzy.threshold
        found = any(process.extractOne(k, top, scorer=fuzz.ratio, score_cutoff=threshold) for k in keys)
        session.remember("titles", memo_key, found)
    return found  # type: ignore[return-value]


def titled_below(index: SheetIndex, mapping: SheetMapping, row: int) -> bool:
    """Whether a short line from ``row`` on begins with the annex's title (``MANUAL INDIKATOR KINERJA
    (IKI)``): an annex written as a block under the plan on its one sheet, which the sheet's first rows do
    not show. Asked of the plan's sheet only (``row``: where the plan ends, so that a cell of the plan that
    merely names the annex, a SUMBER DATA ``Matriks Pembagian Peran dan Hasil``, is none), once no sheet
    was found holding the annex."""
    text = index.memo.get("label keys text")
    if not isinstance(text, str):  # every key on a line of its own, searched at C speed
        text = "\n" + "\n".join(index.label_set) + "\n"
        index.memo["label keys text"] = text
    for k in label_keys(mapping.title):
        at = text.find(f"\n{k}") if len(k) >= _MIN_TITLE_KEY else -1
        while at >= 0:
            end = text.index("\n", at + 1)
            if end - at - 1 <= 2 * len(k) and any(r >= row for r, _ in index.labels[text[at + 1 : end]]):
                return True
            at = text.find(f"\n{k}", at + 1)
    return False


def _top_keys(index: SheetIndex) -> tuple[str, ...]:
    """Keys of the cells in the rows where a title sits, collected once per sheet for every annex (each
    once, and only those long enough to contain a title)."""
    found = index.memo.get("title-row keys")
    if found is None:
        top: dict[str, None] = {}
        for (r, _), key in index.keys.items():  # row-major, as built
            if r >= _TITLE_ROWS:
                break
            if len(key) >= _MIN_TITLE_KEY:
                top[key] = None
        found = index.memo["title-row keys"] = tuple(top)
    return found  # type: ignore[return-value]


def _has_structure(index: SheetIndex, mapping: SheetMapping) -> bool:
    """The annex's table header, or most of its labelled fields, are on the sheet."""
    if mapping.table is not None and table_found(index, mapping.table):
        return True
    required = [f for f in mapping.fields if f.required] or list(mapping.fields)
    found = sum(1 for f in required if index.rows_with(label_keys(f)) or index.find_inline(label_keys(f)))
    return bool(required) and found * 2 > len(required)


def holds_annex(index: SheetIndex, mapping: SheetMapping) -> bool:
    """Whether the sheet shows the annex's own structure (its table header or most of its labelled fields),
    not just its title or name: what tells a workbook holding an annex alone."""
    return bool(index.grid.n_rows) and _has_structure(index, mapping)


def find_sheet(indexes: Sequence[SheetIndex], mapping: SheetMapping) -> SheetIndex | None:
    """The sheet holding ``mapping``'s annex, or None when the workbook has none.

    Each sheet scores its title (exact 2, within a short line 1), its structure (2) and its name (1);
    the best wins, the earlier sheet on a tie, so the sheets after one scoring all of it are not looked
    at (an annex sheet kept as the template made it scores all of it)."""
    best: tuple[int, SheetIndex] | None = None
    for index in indexes:
        if not index.grid.n_rows:
            continue
        score = _sheet_score(index, mapping)
        if score and (best is None or score > best[0]):
            best = (score, index)
            if score == _FULL_SCORE:
                break
    return best[1] if best else None


def shows_annex(index: SheetIndex, mapping: SheetMapping) -> bool:
    """Whether the sheet is one of the annex's own, besides the best one :func:`find_sheet` gives: it shows
    the annex's structure or a cell holding exactly its title (a Manual IKI given one sheet per IKI, some
    with misspelt labels). A near-spelt title counts only on a sheet named for the annex, numbered or not
    (``Manual IKI 3`` titled ``MANUAL INDIAKTOR KINERJA``): every other sheet of a workbook is asked."""
    return (
        holds_annex(index, mapping)
        or bool(index.rows_with(label_keys(mapping.title)))
        or (_named_for(index, mapping) and _title_score(index, mapping.title) > 0)
    )


def _named_for(index: SheetIndex, mapping: SheetMapping) -> bool:
    """Whether the sheet bears the annex's name or an alias of it, with a number after it or not."""
    return index.name_key.rstrip("0123456789") in mapping.name_keys


_FULL_SCORE = 2 + 2 + 1  # the most :func:`_sheet_score` gives: exact title, structure, name


def _sheet_score(index: SheetIndex, mapping: SheetMapping) -> int:
    """How much the sheet looks like ``mapping``'s annex; remembered per sheet, since form detection and
    annex reading both ask."""
    memo_key = ("annex score", id(mapping))
    hit = index.memo.get(memo_key)
    if hit is None or hit[0] is not mapping:  # type: ignore[index]
        structure = _has_structure(index, mapping)
        score = _title_score(index, mapping.title, near=not structure) + 2 * structure
        score += index.name_key in mapping.name_keys
        hit = index.memo[memo_key] = (mapping, score)
    return hit[1]  # type: ignore[index]
