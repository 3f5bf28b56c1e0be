"""Finding an annex sheet: by its content first (title, table header, field labels), then by its name.

Staff rename sheets ("Lampiran 1", "Sheet3") and leave extra empty ones, so a name alone is weak
evidence; it only decides when no sheet shows the annex's content.
"""

from __future__ import annotations

from collections.abc import Sequence

from skp.mapping import Label, SheetMapping, normalize_label
from skp.reading.index import SheetIndex
from skp.reading.table import label_keys, locate_table

_TITLE_ROWS = 12  # a title sits in the first rows, under a possible kop surat
_MIN_TITLE_KEY = 8


def has_title(index: SheetIndex, title: Label) -> bool:
    """Whether the sheet shows ``title``, alone in a cell or within a longer title line near the top."""
    keys = label_keys(title)
    if index.find(keys):
        return True
    long_keys = [k for k in keys if len(k) >= _MIN_TITLE_KEY]
    top = [key for (r, _), key in index.keys.items() if r < _TITLE_ROWS]
    return any(k in key for key in top for k in long_keys)


def _content_matches(index: SheetIndex, mapping: SheetMapping) -> bool:
    if has_title(index, mapping.title):
        return True
    if mapping.table is not None and locate_table(index, mapping.table) is not None:
        return True
    required = [f for f in mapping.fields if f.required] or list(mapping.fields)
    found = sum(1 for f in required if index.find(label_keys(f)) or index.find_inline(label_keys(f)))
    return bool(required) and found * 2 > len(required)


def find_sheet(indexes: Sequence[SheetIndex], mapping: SheetMapping) -> SheetIndex | None:
    """The sheet holding ``mapping``'s annex, or None when the workbook has none."""
    candidates = [i for i in indexes if i.grid.n_rows]
    for index in candidates:
        if _content_matches(index, mapping):
            return index
    names = {normalize_label(n) for n in (mapping.sheet_name, *mapping.sheet_aliases)}
    return next((i for i in candidates if normalize_label(i.name) in names), None)
