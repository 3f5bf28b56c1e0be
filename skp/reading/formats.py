"""Numbers whose cell format writes words around them, read as the text Excel shows.

Agencies type a target as a number and let a custom number format add the satuan: ``8`` formatted
``#,##0 "aplikasi"`` shows ``8 aplikasi``, ``45000000`` formatted ``"Rp" #,##0`` shows ``Rp 45.000.000``.
python-calamine hands over the bare number, so the reader would see a target without its satuan where the
reviewer sees one. This module finds, in an .xlsx/.xlsm package, the numeric cells whose format carries
quoted text and gives, per sheet, that text before and after the number; :mod:`skp.reading.load` turns
those cells into the text shown (the number written as in Indonesian, without grouping, so it is read back
as the same number).

Only quoted literals count (``"dokumen"``); a format's other sections (negative, zero, text) are ignored.
Workbooks without such a format (nearly all) cost one inflation of ``xl/styles.xml`` and a byte search.
"""

from __future__ import annotations

import io
import re
import zipfile
import zlib
from collections.abc import Callable
from posixpath import join, normpath

from defusedxml import ElementTree
from xlsxwriter.utility import xl_cell_to_rowcol

from skp.reading.safety import part_bytes

_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_PKG_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_QUOTED_RE = re.compile(r'"([^"]*)"')
_PLACEHOLDER_RE = re.compile(r"[0#?]")
_CELL_REF_RE = re.compile(r"^[A-Z]{1,3}\d+$")  # a plain reference, as a cell's ``r`` is written

Affix = tuple[str, str]  # text before the number, text after it
_Reader = Callable[[str], "bytes | None"]  # a part of the package by name, None when there is none


def affix_of(code: str) -> Affix | None:
    """The quoted text before and after the digits of a format's first section, or None when it has no
    quoted word (a plain number, percent or date format)."""
    section = re.split(r"(?<!\\);", code, maxsplit=1)[0]
    if not any(ch.isalpha() or ch == "%" for q in _QUOTED_RE.findall(section) for ch in q):
        return None
    digits = _PLACEHOLDER_RE.search(_QUOTED_RE.sub(lambda m: "\0" * len(m.group(0)), section))
    if digits is None:
        return None
    before = "".join(_QUOTED_RE.findall(section[: digits.start()]))
    after = "".join(_QUOTED_RE.findall(section[digits.start() :]))
    return before, after


def _styles_with_words(read: _Reader) -> dict[str, Affix]:
    """Cell style index (the ``s`` attribute) → affix, for the styles whose number format writes words."""
    raw = read("xl/styles.xml")
    if raw is None or b"&quot;" not in raw:  # no format holds a quoted word: the common case, no parsing
        return {}
    styles = ElementTree.fromstring(raw)
    formats = {}
    for fmt in styles.iter(f"{_MAIN}numFmt"):
        affix = affix_of(fmt.get("formatCode", ""))
        if affix is not None:
            formats[fmt.get("numFmtId")] = affix
    if not formats:
        return {}
    xfs = styles.find(f"{_MAIN}cellXfs")
    if xfs is None:
        return {}
    return {
        str(i): formats[xf.get("numFmtId")]
        for i, xf in enumerate(xfs.iter(f"{_MAIN}xf"))
        if xf.get("numFmtId") in formats
    }


def _sheet_parts(read: _Reader) -> dict[str, str]:
    """Sheet name → its part's path in the package."""
    book, book_rels = read("xl/workbook.xml"), read("xl/_rels/workbook.xml.rels")
    if book is None or book_rels is None:
        return {}
    workbook, rels = ElementTree.fromstring(book), ElementTree.fromstring(book_rels)
    targets = {rel.get("Id"): rel.get("Target", "") for rel in rels.iter(f"{_PKG_REL}Relationship")}
    parts = {}
    for sheet in workbook.iter(f"{_MAIN}sheet"):
        target = targets.get(sheet.get(f"{_REL}id"), "")
        absolute = target.startswith("/")
        parts[sheet.get("name", "")] = target.lstrip("/") if absolute else normpath(join("xl", target))
    return parts


def worded_numbers(
    data: bytes, entries: list[zipfile.ZipInfo] | None = None
) -> dict[str, dict[tuple[int, int], Affix]]:
    """Sheet name → 0-based (row, col) → affix, for the numeric cells whose format writes words. Empty for
    a package without such formats, for anything that is not an .xlsx/.xlsm package (an .xls), and for a
    package whose parts cannot be read here: the words are a courtesy, never a reason to refuse a file
    (whether it is readable is python-calamine's and :mod:`skp.reading.safety`'s to say).

    ``entries``: the package's entries as :func:`~skp.reading.safety.check_submission` returns them, so
    that its central directory is not parsed again (that cost more than the rest for most workbooks)."""
    if not data.startswith(b"PK"):
        return {}
    try:
        if entries is None:
            with zipfile.ZipFile(io.BytesIO(data)) as archive:
                entries = archive.infolist()
        by_name = {entry.filename: entry for entry in entries}  # the last of a name, as zipfile reads it

        def read(name: str) -> bytes | None:
            entry = by_name.get(name)
            return None if entry is None else part_bytes(data, entry)

        return _worded_numbers(read)
    except (KeyError, ValueError, zipfile.BadZipFile, zlib.error, ElementTree.ParseError):
        return {}


def _worded_numbers(read: _Reader) -> dict[str, dict[tuple[int, int], Affix]]:
    styles = _styles_with_words(read)
    if not styles:
        return {}
    out: dict[str, dict[tuple[int, int], Affix]] = {}
    for name, part in _sheet_parts(read).items():
        content = read(part)
        if content is None:
            continue
        cells = _worded_cells(content, styles)
        if cells:
            out[name] = cells
    return out


def _worded_cells(content: bytes, styles: dict[str, Affix]) -> dict[tuple[int, int], Affix]:
    """The numeric cells of one worksheet part styled with a worded format. The part is read as a stream,
    each row dropped once read: a sheet as large as the limits allow never stands whole as a tree."""
    cells: dict[tuple[int, int], Affix] = {}
    sheet_data = None
    for event, element in ElementTree.iterparse(io.BytesIO(content), events=("start", "end")):
        if event == "start":
            if element.tag == f"{_MAIN}sheetData":
                sheet_data = element
            continue
        if element.tag == f"{_MAIN}c":
            affix = styles.get(element.get("s", "0"))
            if affix is not None and element.get("t", "n") == "n":
                ref = element.get("r", "")
                if _CELL_REF_RE.match(ref):
                    cells[xl_cell_to_rowcol(ref)] = affix
        elif element.tag == f"{_MAIN}row" and sheet_data is not None:
            sheet_data.clear()  # the rows read so far, this one last
    return cells


def shown(value: int | float, affix: Affix) -> str:
    """The number with its format's words, written as Indonesian text (decimal comma, no grouping)."""
    number = str(value).replace(".", ",")
    before, after = (part.strip() for part in affix)
    return " ".join(part for part in (before, number, after) if part)
