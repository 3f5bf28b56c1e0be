"""Abbreviated words written in full, for whatever text staff shorten: labels and RK texts alike.

Kept apart from the reader and the batch checks so that both layers use the one compiled pattern.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Abbreviations:
    """Words staff abbreviate, compiled once: a text is compared also with them written in full. Labels
    (``pembacaan.pencocokan_label.singkatan``: ``Renc. Kinerja`` → ``RENCANA KINERJA``) and superior RK
    (``kumpulan.singkatan_rk``: ``Renstra`` → ``RENCANA STRATEGIS``)."""

    words: dict[str, str]
    pattern: re.Pattern[str] | None

    @classmethod
    def of(cls, table: dict[str, str]) -> Abbreviations:
        words = {k.upper(): v.upper() for k, v in table.items()}
        if not words:
            return cls(words, None)
        alternatives = "|".join(sorted(map(re.escape, words), key=len, reverse=True))
        return cls(words, re.compile(rf"(?<![A-Z0-9])(?:{alternatives})(?![A-Z0-9])", re.IGNORECASE))

    def expand(self, text: str) -> str | None:
        """``text`` with its abbreviated words written in full, or None when it has none. Every new cell
        text of a batch is asked, nearly all without such a word: one search decides, before any copy."""
        if self.pattern is None or self.pattern.search(text) is None:
            return None
        upper = text.upper()
        expanded = self.pattern.sub(lambda m: self.words[m.group()], upper)
        return expanded if expanded != upper else None
