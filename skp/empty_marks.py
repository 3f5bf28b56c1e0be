"""What a writer puts in a cell to say it holds nothing: a lone dash, of any of the three widths Excel's
autocorrect and keyboards produce.

A political penilai has no NIP and no pangkat, a daftar pegawai row may lack a superior, a Kinerja
Tambahan may be left as ``-``: the NIP parser, the pangkat parser, the daftar reader and the checks all
take such a cell as empty, and they take the same marks as empty, from here.
"""

from __future__ import annotations

from typing import TypeGuard

EMPTY_MARKS = frozenset({"", "-", "–", "—"})


def says_something(text: str | None) -> TypeGuard[str]:
    """Whether a cell's text is present and more than blanks or one of :data:`EMPTY_MARKS`."""
    return text is not None and text.strip() not in EMPTY_MARKS
