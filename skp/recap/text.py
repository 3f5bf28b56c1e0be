"""Keeping user text inert in every output: no cell a civil servant typed may become a live formula.

Spreadsheet programs treat a value starting with ``=``, ``+``, ``-`` or ``@`` as a formula (in a CSV even
on opening; in xlsx once a reader re-enters the cell), so a name such as ``=HYPERLINK("http://x","klik")``
copied from a submission into a recap is an injection. The xlsx writer stores such text as a string with
Excel's quote prefix; the CSV writer prefixes an apostrophe (OWASP's advice); HTML escapes everything.
"""

from __future__ import annotations

import math
from typing import Any

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def looks_like_formula(value: object) -> bool:
    return isinstance(value, str) and value.startswith(FORMULA_PREFIXES)


def plain(value: Any) -> Any:
    """A table value as a Python scalar: pandas' NaN/NA become None, numpy numbers become int/float."""
    if value is None:
        return None
    if isinstance(value, float) and math.isnan(value):
        return None
    if hasattr(value, "item"):  # numpy scalar
        value = value.item()
        return None if isinstance(value, float) and math.isnan(value) else value
    return value


def csv_text(value: object) -> str:
    """A value as CSV text, formula-like text defused with a leading apostrophe."""
    value = plain(value)
    if value is None:
        return ""
    text = str(value)
    return "'" + text if looks_like_formula(text) else text
