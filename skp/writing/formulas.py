"""Turn a mapping's template formula into a cell formula for one row.

Formulas live in ``mappings/penilaian-*.yaml`` (``formula:`` of a column or a totals row) and name places
by placeholder, never by fixed cell, because the builder decides where rows and columns fall:

===========================  ==============================================================
``{r}``                      the row being written
``{rk_first}``/``{rk_last}``  first and last row of the current RK block (its IKI rows)
``{col:KEY}``                column letter of table column ``KEY``
``{utama_first}`` …          ``{utama_first}``, ``{utama_last}``, ``{tambahan_first}``,
                             ``{tambahan_last}``: first/last data row of each section
``{total:KEY}``              address (``K40``) of the value cell of totals row ``KEY``
``{perilaku:KEY}``           absolute address (``'Perilaku'!$C$10``) of field ``KEY`` on the
                             Perilaku sheet
===========================  ==============================================================

An unknown placeholder is a broken mapping and raises :class:`~skp.errors.ConfigurationError`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from skp.errors import ConfigurationError

_PLACEHOLDER = re.compile(r"\{([a-z_]+)(?::([A-Za-z0-9_-]+))?\}")
_SCALARS = ("utama_first", "utama_last", "tambahan_first", "tambahan_last")


_ROW_PLACEHOLDERS = ("r", "rk_first", "rk_last")


class Formula(str):
    """A cell formula we generated. Any other text starting with ``=`` is what staff wrote and stays text.

    ``shows`` is the text the formula will display when known (a linked cell's value), so the row can be
    sized for it before any spreadsheet has calculated it.
    """

    shows: str | None = None


@dataclass
class FormulaContext:
    """Where things are on the sheet being written; filled in by the table writer before any formula.

    Only the row placeholders change from row to row, so each formula is resolved once into a
    ``str.format`` template holding just those (building thousands of workbooks renders many rows).
    """

    sheet: str
    columns: dict[str, str] = field(default_factory=dict)
    sections: dict[str, int] = field(default_factory=dict)  # utama_first … tambahan_last
    totals: dict[str, str] = field(default_factory=dict)
    perilaku: dict[str, str] = field(default_factory=dict)
    # Cells written, by (section, RK index, IKI index or -1 for an RK-level column, column key), and the
    # absolute references another sheet's same cells take their value from (Penilaian ← SKP).
    placed: dict[tuple[str, int, int, str], str] = field(default_factory=dict)
    written: dict[tuple[str, int, int, str], str] = field(default_factory=dict)  # their text, if any
    links: dict[tuple[str, int, int, str], str] = field(default_factory=dict)
    link_text: dict[tuple[str, int, int, str], str] = field(default_factory=dict)
    _templates: dict[str, str] = field(default_factory=dict, repr=False)

    def linked(self, where: tuple[str, int, int, str]) -> Formula | None:
        """A formula showing the linked cell's value (empty while it is empty), or None."""
        ref = self.links.get(where)
        return None if ref is None else table_link_formula(ref, self.link_text.get(where))

    def render(
        self, formula: str, r: int, rk_first: int | None = None, rk_last: int | None = None
    ) -> Formula:
        """The formula with every placeholder replaced; always starts with ``=``."""
        template = self._templates.get(formula)
        if template is None:
            template = self._templates[formula] = self._template(formula)
        return Formula(template.format(r=r, rk_first=r if rk_first is None else rk_first,
                                       rk_last=r if rk_last is None else rk_last))

    def _template(self, formula: str) -> str:
        text = formula.strip()
        parts: list[str] = []
        position = 0
        for match in _PLACEHOLDER.finditer(text):
            parts.append(_literal(text[position : match.start()]))
            parts.append(self._resolve(match, formula))
            position = match.end()
        parts.append(_literal(text[position:]))
        template = "".join(parts)
        return template if template.startswith("=") else "=" + template

    def _resolve(self, match: re.Match[str], formula: str) -> str:
        name, key = match.group(1), match.group(2)
        if key is None and name in _ROW_PLACEHOLDERS:
            return "{" + name + "}"
        if key is None and name in _SCALARS and name in self.sections:
            return str(self.sections[name])
        lookup = {"col": self.columns, "total": self.totals, "perilaku": self.perilaku}.get(name)
        if key is not None and lookup is not None and key in lookup:
            return _literal(lookup[key])
        raise ConfigurationError(
            f"rumus lembar {self.sheet}: penanda {match.group(0)} tidak dikenal dalam {formula!r}"
        )


def link_formula(ref: str, shows: str | None = None) -> Formula:
    """``=IF(SKP!$C$16="","",SKP!$C$16)``: another sheet's cell, blank rather than 0 while it is empty.
    Plain IF and a sheet reference: the same in Excel and LibreOffice."""
    formula = Formula(f'=IF({ref}="","",{ref})')
    formula.shows = shows
    return formula


def table_link_formula(ref: str, shows: str | None = None) -> Formula:
    """A table cell taken from the SKP sheet, its percent kept: a target typed as ``90%`` is the number 0,9
    in a percent-formatted cell, and a plain link would show (and hand the Penilaian's formulas) 0,9 in a
    General cell. A percent cell's number comes across as the text ``90 %``, read like a target typed so;
    CELL("format") starts with ``P`` for a percent format in Excel and LibreOffice alike; a spreadsheet
    that does not know that CELL information (Google Sheets) gets the plain link, not an error."""
    percent = f'IFERROR(LEFT(CELL("format",{ref}),1),"")="P"'
    formula = Formula(f'=IF({ref}="","",IF(AND(ISNUMBER({ref}),{percent}),{ref}*100&" %",{ref}))')
    formula.shows = shows
    return formula


def _literal(text: str) -> str:
    """Text kept as is by ``str.format`` (Excel array constants use braces too)."""
    return text.replace("{", "{{").replace("}", "}}")
