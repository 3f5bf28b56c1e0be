"""One door per sink: every text a civil servant typed (cell text, file names) passes one small function
for the place it lands before it is written there — terminal, CSV, xlsx, HTML, log.

Submissions are written by thousands of people, and their text reaches a reviewer's terminal, CSV files
opened in an Indonesian Excel (list separator ``;``), rekap.xlsx and rekap.html. What each sink must not
receive differs, so each gets its own function and every writer goes through it; a new output cannot
forget a rule that lives here. The standard library and the writers' own escaping do the heavy lifting
(``html.escape``, xlsxwriter's ``write_string``, the ``csv`` module's quoting); this module only adds what
they leave to the caller:

- **terminal / log**: control characters (C0, DEL, C1 — ESC sequences, OSC 8 links, window titles) and
  the bidirectional overrides that reorder what a reader sees are shown as visible escapes (``\\x1b``),
  never sent raw, whether or not the output is a terminal;
- **CSV**: no field, nor any piece of it that a ``,`` or ``;`` separator would cut out, starts with a
  character a spreadsheet reads as a formula (``= + - @``, tab, CR): such a piece gets a leading
  apostrophe (OWASP's advice). Writers quote every field as well (``csv.QUOTE_ALL``);
- **xlsx**: characters XML 1.0 cannot carry are dropped (the part would be ill-formed), text is cut to
  the 32,767 characters a cell holds; formula-like text is written with ``write_string`` and the quote
  prefix by the writer, see :func:`looks_like_formula`;
- **HTML**: ``html.escape`` with quotes, after the characters HTML cannot carry are dropped;
- **JSON** (the SPEC §8 report, ``skp nilai``): DEL, C1 and the bidi overrides, which ``json`` leaves raw
  with ``ensure_ascii=False``, are written as ``\\u009b`` escapes, see :func:`json_text`;
- **links** (xlsx and HTML): only a plain relative path inside the output's folder, see
  :func:`relative_link`;
- **a live Excel cell** (the add-in's and the server's result sheets, whose values Excel takes as if
  typed, ``Range.Value``): text that starts like a formula gets Excel's own text prefix, an apostrophe
  Excel keeps apart and does not show, see :func:`live_cell_text`.
"""

from __future__ import annotations

import html
import json
import math
import os
import re
from pathlib import PurePosixPath
from typing import Any

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
XLSX_CELL_MAX = 32_767

# C0 controls but tab and line feed, DEL, C1 controls, and the Unicode bidi embedding/override/isolate
# marks (Trojan-Source style reordering of what a reviewer reads).
_TERMINAL_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_LINE_BREAKS = re.compile(r"[\t\n]")
# Characters XML 1.0 does not allow at all (tab, LF and CR are allowed), plus the non-characters.
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
# The start of every piece of a CSV field that a "," or ";" separator (or a line break) may cut out,
# optionally after spaces and quotes, followed by a formula trigger.
_CSV_PIECE_TRIGGER = re.compile(r"""(^|[,;\n\r])([ "']*)(?=[=+\-@\t\r])""")
# What ``json`` writes raw with ensure_ascii=False (it escapes C0 itself) but a terminal would obey.
_JSON_UNSAFE = re.compile("[\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


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


def _visible_escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def terminal_text(value: object, *, single_line: bool = False) -> str:
    """Text for a terminal: control and bidi characters shown as visible escapes (``\\x1b``); with
    ``single_line``, tabs and line breaks become spaces (a file name, a table cell)."""
    text = "" if value is None else str(value)
    if single_line:
        text = _LINE_BREAKS.sub(" ", text)
    return _TERMINAL_UNSAFE.sub(_visible_escape, text)


def log_text(value: object) -> str:
    """Text for a log line: as :func:`terminal_text`, on one line."""
    return terminal_text(value, single_line=True)


def looks_like_formula(value: object) -> bool:
    """Whether a spreadsheet would read this text as a formula when it starts a cell."""
    return isinstance(value, str) and value.startswith(FORMULA_PREFIXES)


def live_cell_text(value: str) -> str:
    """A text set on a cell of an open workbook (``Range.Value``, which Excel reads as if typed): a file or
    sheet name like ``-SKP Budi.xlsx`` would be taken for a formula (Excel refuses it, and the client's
    macro stops there) or ``=…`` run as one. The apostrophe prefix keeps it text, shown as written."""
    return f"'{value}" if looks_like_formula(value) else value


# ``--pemisah`` of the CSV outputs: the list separator of the spreadsheet that opens them by a double click
CSV_SEPARATORS = {"koma": ",", "titik-koma": ";"}


def csv_decimal(separator: str) -> str:
    """The decimal mark of a spreadsheet whose list separator is ``separator``: Windows never lets one mark
    be both, so an Excel that splits at ``,`` reads ``114.47`` (English settings) and one that splits at
    ``;`` reads ``114,47`` (Indonesian settings, where ``114.47`` is text)."""
    return "," if separator == ";" else "."


def csv_cell(value: object) -> str:
    """A value as CSV text that no spreadsheet runs as a formula, whichever of ``,`` and ``;`` it splits
    the line at. Numbers stay plain numbers; write with ``csv.QUOTE_ALL`` too."""
    value = plain(value)
    if value is None:
        return ""
    if isinstance(value, bool | int | float):
        return str(value)
    text = str(value)
    if text == "-":  # a lone minus (an NIP left "-" for a political penilai) is text, not a formula
        return text
    return _CSV_PIECE_TRIGGER.sub(lambda m: f"{m.group(1)}{m.group(2)}'", text)


def json_text(value: object) -> str:
    """``value`` as indented JSON whose text carries no terminal control: ``json`` escapes C0 itself,
    and DEL, C1 and the bidi overrides that it leaves raw (``ensure_ascii=False``) are written as
    ``\\u009b`` escapes, the same string to any JSON reader but inert on a terminal."""
    return json_inert(json.dumps(value, ensure_ascii=False, indent=2))


def json_inert(text: str) -> str:
    """JSON text (as ``json`` writes it with ``ensure_ascii=False``) with DEL, C1 and the bidi overrides
    written as escapes: :func:`json_text` for a text encoded elsewhere."""
    return _JSON_UNSAFE.sub(_json_escape, text)


def _json_escape(match: re.Match[str]) -> str:
    return f"\\u{ord(match.group()):04x}"


def xlsx_text(value: object) -> str:
    """Text an xlsx cell can hold: no character XML 1.0 forbids, at most 32,767 characters."""
    text = _XML_ILLEGAL.sub("", "" if value is None else str(value))
    return text if len(text) <= XLSX_CELL_MAX else text[: XLSX_CELL_MAX - 1] + "…"


def html_text(value: object) -> str:
    """Text for HTML content or a quoted attribute value."""
    return html.escape(_XML_ILLEGAL.sub("", "" if value is None else str(value)), quote=True)


_LINK_UNSAFE = re.compile(r"[\x00-\x1f\x7f-\x9f:\\]")  # controls; ':' = scheme or drive; '\' = UNC


def relative_link(path: str, base: str) -> str | None:
    """A link target for a submission ``path`` (as reported, relative to the working directory) from an
    output written in the folder ``base``, or None when it must stay plain text.

    Only a plain relative path inside ``base`` is a link: no scheme (``https:``, ``file:``), no drive, no
    UNC or absolute path (``\\\\server\\share`` makes Windows send the user's credentials when clicked) and
    no ``..`` step out of the folder, whatever the file was named. Used by rekap.xlsx and rekap.html.
    """
    target = PurePosixPath(os.path.relpath(os.path.abspath(path), base).replace(os.sep, "/"))
    text = target.as_posix()
    if target.is_absolute() or ".." in target.parts or text.startswith("/") or _LINK_UNSAFE.search(text):
        return None
    return text
