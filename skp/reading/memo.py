"""Tables remembered across the workbooks of a batch, kept bounded by starting afresh when full.

Submissions are mostly filled in from the same templates, so the reader meets the same rows and headers
in workbook after workbook and remembers what it found in them; a table that only grew would hold every
distinct row of a national batch. Clearing is one call, so it is safe while another thread (the add-in)
reads or adds.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar, cast

K = TypeVar("K")
V = TypeVar("V")


def remember(table: dict[K, V], key: K, value: V, limit: int) -> V:
    """Store ``value`` under ``key``, emptying ``table`` first when it holds ``limit`` entries."""
    if len(table) >= limit:
        table.clear()
    table[key] = value
    return value


def remembered(memo: dict[object, object], table: str, key: object, make: Callable[[], V], limit: int) -> V:
    """``make()``, remembered under ``key`` in the table named ``table`` inside a run's ``memo`` (made when
    first asked): a table of its own, so that emptying it when full (:func:`remember`) leaves what the run
    remembers beside it alone."""
    found = cast(dict[object, V], memo.setdefault(table, {}))
    hit = found.get(key)
    return remember(found, key, make(), limit) if hit is None else hit
