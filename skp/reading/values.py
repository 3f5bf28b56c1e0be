"""Cell values as the text a civil servant sees, so every layout of the same content reads the same.

A target typed as the number ``85.5`` and one typed as the text ``"85,5"`` must give the same raw text,
otherwise "numbers stored as text" would change the document. Numbers are therefore written back the
Indonesian way (decimal comma, no thousands separator, at most 15 significant digits as Excel shows).
"""

from __future__ import annotations

import math
from datetime import date, datetime, time
from decimal import Decimal

_COLON_CHARS = " \t\n\r\xa0:："


def number_text(value: float) -> str:
    """``12.0`` → ``"12"``, ``85.5`` → ``"85,5"``, ``1.98609262015051e17`` → ``"198609262015051000"``."""
    if not math.isfinite(value):
        return str(value)
    text = format(Decimal(format(value, ".15g")), "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text.replace(".", ",")


def cell_text(value: object) -> str | None:
    """The text of one cell, ``None`` when it is empty or holds only a colon or spaces."""
    if value is None:
        return None
    if type(value) is str:  # most cells, so tested first (a str subclass takes the general path)
        return " ".join(value.split()) or None
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, (int, float)):
        return number_text(float(value)) if isinstance(value, float) else str(value)
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time() else value.isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    text = " ".join(str(value).split())
    return text or None


def strip_colon(text: str | None) -> str | None:
    """``": Budi"`` → ``"Budi"``; a lone ``":"`` separator cell → ``None``."""
    if text is None:
        return None
    return text.strip(_COLON_CHARS) or None
