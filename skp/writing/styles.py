"""The look of the SKP workbooks, as named cell styles.

Named styles keep every form consistent and make writing fast: a cell takes one style name instead of
five style objects. Each style also says whether the cell is locked, because sheet protection is what
stops staff from overwriting labels while leaving every input cell free (SPEC §3: staff still insert rows,
which protection allows).
"""

from __future__ import annotations

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, NamedStyle, PatternFill, Protection, Side

FONT_NAME = "Arial"
HEADER_FILL = "DDEBF7"  # soft blue: table headers
SECTION_FILL = "F2F2F2"  # soft grey: section rows, column numbers
COMPUTED_FILL = "FFF9E5"  # soft yellow: cells a formula fills

TITLE = "skp-judul"
SUBTITLE = "skp-subjudul"
INPUT_LINE = "skp-isian-baris"
NOTE = "skp-catatan"
HEADER = "skp-kepala"
NUMBER_ROW = "skp-nomor-kolom"
SECTION = "skp-bagian"
LABEL = "skp-label"
NUMBER = "skp-nomor"
INPUT = "skp-isian"
INPUT_CENTER = "skp-isian-tengah"
COMPUTED = "skp-hitung"
TOTAL_LABEL = "skp-total-label"
TEXT = "skp-teks"
PLAIN_INPUT = "skp-polos-isian"
SIGN_CENTER = "skp-ttd"
SIGN_NAME = "skp-ttd-nama"

_thin = Side(style="thin", color="808080")
_box = Border(left=_thin, right=_thin, top=_thin, bottom=_thin)
_locked = Protection(locked=True)
_unlocked = Protection(locked=False)


def _style(
    name: str,
    *,
    size: float = 10,
    bold: bool = False,
    italic: bool = False,
    fill: str | None = None,
    border: bool = True,
    horizontal: str = "left",
    vertical: str = "top",
    wrap: bool = True,
    locked: bool = True,
) -> NamedStyle:
    style = NamedStyle(name=name)
    style.font = Font(name=FONT_NAME, size=size, bold=bold, italic=italic)
    if fill:
        style.fill = PatternFill("solid", start_color=fill, end_color=fill)
    if border:
        style.border = _box
    style.alignment = Alignment(horizontal=horizontal, vertical=vertical, wrap_text=wrap)
    style.protection = _locked if locked else _unlocked
    return style


def _styles() -> tuple[NamedStyle, ...]:
    """Fresh style objects: a NamedStyle binds itself to the one workbook it is added to."""
    return (
        _style(TITLE, size=13, bold=True, border=False, horizontal="center", vertical="center"),
        _style(SUBTITLE, size=11, bold=True, border=False, horizontal="center", vertical="center"),
        _style(INPUT_LINE, size=11, bold=True, border=False, horizontal="center", vertical="center",
               locked=False),
        _style(NOTE, size=9, italic=True, border=False, vertical="center"),
        _style(HEADER, bold=True, fill=HEADER_FILL, horizontal="center", vertical="center"),
        _style(NUMBER_ROW, size=8, italic=True, fill=SECTION_FILL, horizontal="center", vertical="center"),
        _style(SECTION, bold=True, fill=SECTION_FILL, vertical="center"),
        _style(LABEL, vertical="center"),
        _style(NUMBER, horizontal="center", vertical="center"),
        _style(INPUT, locked=False),
        _style(INPUT_CENTER, horizontal="center", locked=False),
        _style(COMPUTED, fill=COMPUTED_FILL, horizontal="center"),
        _style(TOTAL_LABEL, bold=True, fill=SECTION_FILL, horizontal="right", vertical="center"),
        _style(TEXT),
        _style(PLAIN_INPUT, border=False, horizontal="center", locked=False),
        _style(SIGN_CENTER, border=False, horizontal="center", vertical="center"),
        _style(SIGN_NAME, bold=True, border=False, horizontal="center", vertical="center"),
    )


def register(workbook: Workbook) -> None:
    """Add the named styles to a new workbook (once, before any cell uses them)."""
    for style in _styles():
        workbook.add_named_style(style)
