"""What a writer puts in a cell to say it holds nothing: a lone dash, of any of the three widths Excel's
autocorrect and keyboards produce.

A political penilai has no NIP and no pangkat, a daftar pegawai row may lack a superior, a Kinerja
Tambahan may be left as ``-``: the NIP parser, the pangkat parser, the daftar reader and the checks all
take such a cell as empty, and they take the same marks as empty, from here. So is the text of a formula's
error (``#N/A`` where a lookup found nothing), kept when a sheet's values were pasted or exported without
their formulas: the checks read it as empty, and Hitung Nilai never writes over it (only a formula shows
one).
"""

from __future__ import annotations

from typing import TypeGuard

EMPTY_MARKS = frozenset({"", "-", "–", "—"})
FORMULA_ERRORS = frozenset(("#n/a", "#ref!", "#value!", "#name?", "#div/0!", "#num!", "#null!", "#spill!",
                            "#calc!"))  # folded to lower case


def says_something(text: str | None) -> TypeGuard[str]:
    """Whether a cell's text is present and more than blanks or one of :data:`EMPTY_MARKS`."""
    return text is not None and text.strip() not in EMPTY_MARKS


def is_formula_error(value: object) -> bool:
    """Whether ``value`` is the text of a formula's error (``#VALUE!``)."""
    return isinstance(value, str) and value.strip().casefold() in FORMULA_ERRORS
