"""One xlwings remote-engine book per request, sharing nothing with any other request.

``xw.Book(json=...)`` opens the book in the remote engine's one process-wide app: the app keeps every
book ever opened (a long-running server would hold them all), and ``app.alert`` records its message on
the app's *most recently opened* book, so with two requests in flight one user's message box lands in
the other user's answer. Each request therefore gets an app of its own, never registered with the
engine, and drops it when done. xlwings also remembers every range it slices in a process-wide
``lru_cache`` keyed by the cell values; it is emptied after each request so memory does not grow with
every workbook ever checked (the cache is keyed by content, so emptying it never changes an answer).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import xlwings as xw  # the licence key the remote engine needs is set by the package (server/__init__.py)
from xlwings.main import Engine
from xlwings.pro import _xlremote

if "remote" not in xw.engines.engines_by_name:
    # xlwings was imported before the package set the key (by whatever imported the add-in first): it then
    # registered no remote engine, and every request failed with LicenseError. Register the engine now,
    # as xlwings' own import does under a key.
    xw.engines.add(Engine(impl=_xlremote.engine))


@contextmanager
def remote_book(payload: dict[str, Any]) -> Iterator[xw.Book]:
    """An ``xlwings.Book`` over ``payload`` whose recorded actions are this request's alone."""
    app = _xlremote.App(xw.engines["remote"].impl.apps, add_book=False)
    book = app.books.open(json=payload)
    try:
        yield xw.Book(impl=book)
    finally:
        book.close()
        _xlremote.get_range_api.cache_clear()
