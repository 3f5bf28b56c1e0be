"""Numbers whose cell format writes words or a percent sign around them, read as the text Excel shows.

Agencies type a target as a number and let a custom number format add the satuan: ``8`` formatted
``#,##0 "aplikasi"`` shows ``8 aplikasi``, ``45000000`` formatted ``"Rp" #,##0`` shows ``Rp 45.000.000``.
And whoever types ``85%`` into a cell gets the number 0,85 formatted ``0%``: Excel shows ``85%``, a ``100%``
is kept as the number 1. python-calamine hands over the bare number, so the reader would see a target
without its satuan, or a percentage as a count, where the reviewer sees the words and the percent. This
module finds, in an .xlsx/.xlsm package (Transitional or Strict) or in the BIFF8
workbook stream of a legacy .xls (Excel 97–2003, still circulated as "FORMAT SKP.xls"), the numeric cells
whose format carries literal words or a percent sign and gives, per sheet, that text before and after the
number; :mod:`skp.reading.load` turns those cells into the text shown (the number written as in Indonesian,
without grouping, a percent cell's times 100, so it is read back as the same number; the decimals the
format rounds away are kept, as Excel keeps them for its own arithmetic).

Literals count as Excel stores them: quoted (``"dokumen"``), escaped one character at a time (what Excel
keeps of a typed ``0 bulan``) or a currency bracket (``[$Rp-421]``); a format's other sections (negative,
zero, text) are ignored. Workbooks without such a format cost one inflation of ``xl/styles.xml`` and a
byte search; the others, the inflation of each worksheet part and a byte search in it for the cells styled
with one (not an XML parse, nor a regular expression over the part: the formats are a courtesy, and either
over every sheet of every workbook that has a percent style, most templates, cost more than reading it).
"""

from __future__ import annotations

import io
import re
import struct
import zipfile
import zlib
from collections.abc import Callable, Iterator
from posixpath import join, normpath
from typing import NamedTuple
from xml.etree.ElementTree import Element

from defusedxml import ElementTree
from xlsxwriter.utility import xl_cell_to_rowcol

from skp.reading import biff
from skp.reading.grid import without_noise
from skp.reading.memo import remembered
from skp.reading.safety import part_bytes, stored_part

# The relationship namespace of an r:id: Transitional, and Strict Open XML ("Strict Open XML Spreadsheet" in
# Excel's Save As), whose parts also use their own main namespace (read from each part's root element).
_RELS = (
    "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}",
    "{http://purl.oclc.org/ooxml/officeDocument/relationships}",
)
_PKG_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"
# One token of a format section: a quoted literal, a backslash-escaped character (Excel stores a typed
# ``0 bulan`` as ``0\ \b\u\l\a\n``), a bracket (``[$Rp-421]`` shows its currency text ``Rp``; a colour,
# condition or locale shows nothing), a space-width ``_x`` or fill ``*x`` (nothing), the General placeholder,
# a digit placeholder, or any other character.
_TOKEN_RE = re.compile(
    r'"([^"]*)"|\\(.)|\[\$([^\]-]*)[^\]]*\]|\[[^\]]*\]|[_*].|(General)|([0#?])|(%)|.',
    re.IGNORECASE | re.DOTALL,
)
# what a format writing words or a percent holds, in styles.xml's bytes: a quote, an escape, a currency,
# a percent sign, or a cell style using Excel's built-in ``0%`` (9) or ``0.00%`` (10), which no numFmt
# spells out
_WORDED_MARKS = (b"&quot;", b"\\", b"[$", b"%", b'numFmtId="9"', b'numFmtId="10"')
_BUILTIN_PERCENT = ("9", "10")
_MEMO_MAX = 256  # workbooks' sheet-part tables a run remembers (:func:`remembered_sheet_parts`)
_CELL_REF_RE = re.compile(r"^[A-Z]{1,3}\d+$")  # a plain reference, as a cell's ``r`` is written
_REF_ATTR_RE = re.compile(rb'\sr="([^"]*)"')
_CELL_TAG_RE = re.compile(rb"<(?:[\w.-]+:)?c\s")  # a cell's start tag, not a row's or a column's
_XML_SPACE = b" \t\r\n"


class Affix(NamedTuple):
    """What a number format shows around the number: the text before it, the text after it, and whether the
    number is shown times 100 (an unquoted ``%``: 0,85 formatted ``0%`` shows ``85%``)."""

    before: str
    after: str
    percent: bool = False


PERCENT = Affix("", "%", percent=True)  # Excel's built-in percent formats, ``0%`` and ``0.00%``
_Reader = Callable[[str], "bytes | None"]  # a part of the package by name, None when there is none


def affix_of(code: str) -> Affix | None:
    """The literal text before and after the number of a format's first section, or None when it shows no
    word or percent (a plain number or date format). Literals are quoted (``#,##0 "laporan"``), escaped one
    character at a time (``0\\ \\b\\u\\l\\a\\n``) or a currency bracket (``[$Rp-421]#,##0``); an
    unquoted ``%`` shows the number times 100 (``0%``, ``0.0%``); the number is a digit placeholder or
    ``General``."""
    section = re.split(r"(?<!\\);", code, maxsplit=1)[0]
    before: list[str] = []
    after: list[str] = []
    number = percent = False
    for match in _TOKEN_RE.finditer(section):
        quoted, escaped, currency, general, digit, sign = match.groups()
        if general or digit:
            number = True
            continue
        percent = percent or sign is not None
        literal = quoted if quoted is not None else escaped if escaped is not None else currency or sign
        if literal:
            (after if number else before).append(literal)
    if not number or not any(ch.isalpha() or ch == "%" for part in (*before, *after) for ch in part):
        return None
    return Affix("".join(before), "".join(after), percent)


def namespace(tag: str) -> str:
    """``"{ns}"`` of an element's tag (Transitional or Strict, whichever the part is written in)."""
    return tag[: tag.index("}") + 1] if tag.startswith("{") else ""


def _styles_with_words(read: _Reader) -> dict[str, Affix]:
    """Cell style index (the ``s`` attribute) → affix, for the styles whose number format writes words or a
    percent."""
    raw = read("xl/styles.xml")
    if raw is None or not any(mark in raw for mark in _WORDED_MARKS):  # the common case, no parsing
        return {}
    styles = ElementTree.fromstring(raw)
    main = namespace(styles.tag)
    formats: dict[str | None, Affix] = dict.fromkeys(_BUILTIN_PERCENT, PERCENT)
    for fmt in styles.iter(f"{main}numFmt"):
        affix = affix_of(fmt.get("formatCode", ""))
        if affix is not None:
            formats[fmt.get("numFmtId")] = affix
        else:
            formats.pop(fmt.get("numFmtId"), None)  # a built-in id given another format
    xfs = styles.find(f"{main}cellXfs")
    if xfs is None:
        return {}
    return {
        str(i): formats[xf.get("numFmtId")]
        for i, xf in enumerate(xfs.iter(f"{main}xf"))
        if xf.get("numFmtId") in formats
    }


def sheet_parts(read: _Reader) -> dict[str, str]:
    """Sheet name → its part's path in the package."""
    book, book_rels = read("xl/workbook.xml"), read("xl/_rels/workbook.xml.rels")
    if book is None or book_rels is None:
        return {}
    workbook, rels = ElementTree.fromstring(book), ElementTree.fromstring(book_rels)
    targets = {rel.get("Id"): rel.get("Target", "") for rel in rels.iter(f"{_PKG_REL}Relationship")}
    parts = {}
    for sheet in workbook.iter(f"{namespace(workbook.tag)}sheet"):
        rid = next((sheet.get(f"{rel}id") for rel in _RELS if sheet.get(f"{rel}id") is not None), None)
        target = targets.get(rid, "")
        absolute = target.startswith("/")
        parts[sheet.get("name", "")] = target.lstrip("/") if absolute else normpath(join("xl", target))
    return parts


def remembered_sheet_parts(
    data: bytes, entries: list[zipfile.ZipInfo], read: _Reader, memo: dict[object, object] | None
) -> dict[str, str]:
    """:func:`sheet_parts`, remembered in ``memo`` (a run's, see :func:`skp.reading.safety.check_submission`)
    by the stored bytes of the workbook part and its relationships, which a batch's workbooks repeat."""
    by_name = {entry.filename: entry for entry in entries}
    book, rels = by_name.get("xl/workbook.xml"), by_name.get("xl/_rels/workbook.xml.rels")
    if memo is None or book is None or rels is None:
        return sheet_parts(read)
    key = (stored_part(data, book), stored_part(data, rels))
    return remembered(memo, "sheet parts", key, lambda: sheet_parts(read), _MEMO_MAX)


def worded_numbers(
    data: bytes, entries: list[zipfile.ZipInfo] | None = None, memo: dict[object, object] | None = None,
    kept: Inflated | None = None,
) -> dict[str, dict[tuple[int, int], Affix]]:
    """Sheet name → 0-based (row, col) → affix, for the numeric cells whose format writes words. Empty for
    a workbook without such formats, for anything that is neither an .xlsx/.xlsm package nor a BIFF8 .xls,
    and for a workbook whose parts cannot be read here: the words are a courtesy, never a reason to refuse a
    file (whether it is readable is python-calamine's and :mod:`skp.reading.safety`'s to say).

    ``entries``: the package's entries as :func:`~skp.reading.safety.check_submission` returns them, so
    that its central directory is not parsed again (that cost more than the rest for most workbooks).
    ``memo``: a run's (see :func:`~skp.reading.safety.check_submission`), which remembers the styles and
    sheet parts of the workbook parts a batch's workbooks repeat (every template's percent style). ``kept``:
    the package's inflated parts, shared with its other readers (:func:`package_reader`)."""
    if data.startswith(_OLE_MAGIC):
        return xls_worded_numbers(data)
    if not data.startswith(b"PK"):
        return {}
    try:
        if entries is None:
            with zipfile.ZipFile(io.BytesIO(data)) as archive:
                entries = archive.infolist()
        return _worded_numbers(data, entries, package_reader(data, entries, kept), memo)
    except UNREADABLE:
        return {}


UNREADABLE = (KeyError, ValueError, struct.error, zipfile.BadZipFile, zlib.error, ElementTree.ParseError)


Inflated = dict[str, bytes]  # a package's parts already inflated, by name (see package_reader)
_KEPT_PART_MAX = 4 * 1024 * 1024  # bytes of an inflated part kept for the package's other readers
_KEPT_MAX = 16 * 1024 * 1024  # bytes kept for one package in all


def package_reader(
    data: bytes, entries: list[zipfile.ZipInfo] | None, kept: Inflated | None = None
) -> _Reader:
    """A part of the package by name (None when there is none), inflated when asked; raises one of
    :data:`UNREADABLE` for a package that cannot be read here.

    ``kept``: the package's parts inflated so far, shared by every reader of this one package (its loader
    makes the table, :func:`skp.reading.load.parse_submission`): the format words, the hidden lines, the
    unvalued formulas and the error cells each read the same worksheet parts, and a part is inflated once
    for all of them. Small parts only, so that a large workbook's table stays bounded."""
    if entries is None:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            entries = archive.infolist()
    by_name = {entry.filename: entry for entry in entries}  # the last of a name, as zipfile reads it

    def read(name: str) -> bytes | None:
        entry = by_name.get(name)
        if entry is None:
            return None
        if kept is None:
            return part_bytes(data, entry)
        content = kept.get(name)
        if content is None:
            content = part_bytes(data, entry)
            if len(content) <= _KEPT_PART_MAX and sum(map(len, kept.values())) + len(content) <= _KEPT_MAX:
                kept[name] = content
        return content

    return read


def _worded_numbers(
    data: bytes, entries: list[zipfile.ZipInfo], read: _Reader, memo: dict[object, object] | None
) -> dict[str, dict[tuple[int, int], Affix]]:
    styles = _remembered_styles(data, entries, read, memo)
    if not styles:
        return {}
    out: dict[str, dict[tuple[int, int], Affix]] = {}
    for name, part in remembered_sheet_parts(data, entries, read, memo).items():
        content = read(part)
        if content is None:
            continue
        cells = _worded_cells(content, styles)
        if cells:
            out[name] = cells
    return out


def _remembered_styles(
    data: bytes, entries: list[zipfile.ZipInfo], read: _Reader, memo: dict[object, object] | None
) -> dict[str, Affix]:
    """:func:`_styles_with_words`, remembered in ``memo`` by the stored bytes of ``xl/styles.xml``."""
    entry = next((e for e in entries if e.filename == "xl/styles.xml"), None)
    if memo is None or entry is None:
        return _styles_with_words(read)
    return remembered(memo, "worded styles", stored_part(data, entry), lambda: _styles_with_words(read),
                      _MEMO_MAX)


def _worded_cells(content: bytes, styles: dict[str, Affix]) -> dict[tuple[int, int], Affix]:
    """The cells of one worksheet part styled with a worded format: each ``s="…"`` of one of ``styles``
    found by a byte search (a regular expression over a whole sheet cost more than inflating it), then
    the start tag holding it, kept when it is a cell's (any namespace prefix, attributes in any order; a
    row's own style is no cell's). Whether the cell holds a number is the loader's to see: a text or a
    formula's text result is left as it is there."""
    cells: dict[tuple[int, int], Affix] = {}
    for style, affix in styles.items():
        attribute = f's="{style}"'.encode()
        at = content.find(attribute)
        while at > 0:
            if content[at - 1] in _XML_SPACE:
                start = content.rfind(b"<", 0, at)
                tag = content[start : content.find(b">", at) + 1]
                ref = _REF_ATTR_RE.search(tag) if _CELL_TAG_RE.match(tag) else None
                if ref is not None and _CELL_REF_RE.match(ref.group(1).decode()):
                    cells[xl_cell_to_rowcol(ref.group(1).decode())] = affix
            at = content.find(attribute, at + len(attribute))
    return cells


def worksheet_cells(content: bytes) -> Iterator[tuple[tuple[int, int], Element, str]]:
    """Every cell element of a worksheet part with a plain reference: its 0-based (row, col), the element
    and the part's namespace (Transitional or Strict, read from the root element). The part is read as a
    stream, each row dropped once read: a sheet as large as the limits allow never stands whole as a tree."""
    sheet_data = None
    main: str | None = None
    cell_tag = row_tag = data_tag = ""
    for event, element in ElementTree.iterparse(io.BytesIO(content), events=("start", "end")):
        if event == "start":
            if main is None:
                main = namespace(element.tag)
                cell_tag, row_tag, data_tag = f"{main}c", f"{main}row", f"{main}sheetData"
            elif element.tag == data_tag:
                sheet_data = element
            continue
        if element.tag == cell_tag:
            ref = element.get("r", "")
            if _CELL_REF_RE.match(ref):
                yield xl_cell_to_rowcol(ref), element, main or ""
        elif element.tag == row_tag and sheet_data is not None:
            sheet_data.clear()  # the rows read so far, this one last


def shown(value: int | float, affix: Affix) -> str:
    """The number with its format's words, written as Indonesian text (decimal comma, no grouping); a
    percent format's number times 100 (0,925 → ``92,5 %``)."""
    if affix.percent:
        value = without_noise(value * 100)
        value = int(value) if isinstance(value, float) and value.is_integer() else value
    number = str(value).replace(".", ",")
    return " ".join(part for part in (affix.before.strip(), number, affix.after.strip()) if part)


# --- legacy .xls (BIFF8) ------------------------------------------------------------------------------------

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_FORMAT, _XF = 0x041E, 0x00E0
_NUMBER, _RK, _MULRK, _FORMULA = 0x0203, 0x027E, 0x00BD, 0x0006


def xls_worded_numbers(data: bytes) -> dict[str, dict[tuple[int, int], Affix]]:
    """:func:`worded_numbers` for a legacy .xls: the BIFF8 workbook stream's custom FORMAT records and the
    built-in percent formats, the XF records that use them, and per sheet the numeric cells (NUMBER, RK,
    MULRK, a FORMULA's numeric result) styled with one that writes words or a percent. Empty for an older
    BIFF (Excel 95 and before) and for a stream that cannot be read here."""
    try:
        stream = biff.workbook_stream(data)
        return {} if stream is None else _biff_worded(stream)
    except Exception:  # olefile and the walk meet hostile bytes in pure Python: no words, never a refusal
        return {}


def _biff_worded(stream: bytes) -> dict[str, dict[tuple[int, int], Affix]]:
    formats: dict[int, Affix] = {int(code): PERCENT for code in _BUILTIN_PERCENT}
    styles: dict[int, Affix] = {}
    sheets: list[tuple[str, int]] = []
    xf = 0
    for i, (record, body) in enumerate(biff.substream(stream, 0)):
        if i == 0 and (record != biff.BOF or struct.unpack_from("<H", body)[0] != biff.BIFF8):
            return {}
        if record == _FORMAT:
            affix, code = affix_of(biff.string(body, 2, wide_count=True)), struct.unpack_from("<H", body)[0]
            if affix is not None:
                formats[code] = affix
            else:
                formats.pop(code, None)  # a built-in id given another format
        elif record == _XF:
            affix = formats.get(struct.unpack_from("<H", body, 2)[0])
            if affix is not None:
                styles[xf] = affix
            xf += 1
        elif record == biff.BOUNDSHEET and body[5] == 0:  # a worksheet, not a chart or macro sheet
            sheets.append((biff.string(body, 6, wide_count=False), struct.unpack_from("<I", body)[0]))
    if not styles:
        return {}
    out: dict[str, dict[tuple[int, int], Affix]] = {}
    for name, start in sheets:
        cells = {position: styles[ixfe] for position, ixfe in _numeric_cells(stream, start) if ixfe in styles}
        if cells:
            out[name] = cells
    return out


def _numeric_cells(stream: bytes, start: int) -> Iterator[tuple[tuple[int, int], int]]:
    """(0-based (row, col), XF index) of each numeric cell of the sheet substream at ``start``."""
    for record, body in biff.substream(stream, start):
        if record in (_NUMBER, _RK) or (record == _FORMULA and body[12:14] != b"\xff\xff"):
            row, col, ixfe = struct.unpack_from("<HHH", body)
            yield (row, col), ixfe
        elif record == _MULRK:
            row, first = struct.unpack_from("<HH", body)
            for k in range((len(body) - 6) // 6):
                yield (row, first + k), struct.unpack_from("<H", body, 4 + 6 * k)[0]
