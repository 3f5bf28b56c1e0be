"""Tables remembered across the workbooks of a batch, kept bounded by starting afresh when full.

Submissions are mostly filled in from the same templates, so the reader meets the same rows and headers
in workbook after workbook and remembers what it found in them; a table that only grew would hold every
distinct row of a national batch. Clearing is one call, so it is safe while another thread (the add-in)
reads or adds.
"""

from __future__ import annotations

from typing import TypeVar

K = TypeVar("K")
V = TypeVar("V")


def remember(table: dict[K, V], key: K, value: V, limit: int) -> V:
    """Store ``value`` under ``key``, emptying ``table`` first when it holds ``limit`` entries."""
    if len(table) >= limit:
        table.clear()
    table[key] = value
    return value
