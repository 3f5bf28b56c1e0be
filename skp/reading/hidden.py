"""Cells the reviewer cannot see: rows hidden, 0 high or folded away in an outline, columns hidden or 0 wide,
white text on no fill.

Offices hide what they do not want to delete: last year's RK rows, the template's ``Contoh:`` row under the
header, a column of instructions, a draft line typed in white. Such cells are in the file but not on the
reviewer's screen (nor on the printout), so what they hold is no part of the form as submitted
(``pembacaan.baris_tersembunyi``, ``kolom_tersembunyi``, ``teks_putih``). Rows hidden by an active
AutoFilter are another matter: a filter is a view of the plan, shown as such (a filter button, blue row
numbers), and the rows it leaves out are still the plan's (``pembacaan.baris_tersaring``).

python-calamine reports neither visibility nor fonts, and finding them means inflating a worksheet part
whole, which would cost every workbook of a batch. So nothing is looked at while reading: only a workbook
whose report holds findings has the parts of the sheets those findings name searched (a few literal byte
searches per part when nothing is hidden; the styles part is parsed once per run for each distinct one),
and only when some unseen cell there holds a value is the workbook read again without it
(:func:`skp.periksa.check_grid`). A workbook without findings costs nothing; what stays out of reach is an
unseen cell changing a workbook that has no finding at all (an old identity row hidden above the current
one). Nothing here can refuse a file: a part that cannot be read hides nothing.
"""

from __future__ import annotations

import re
import struct
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from xml.etree.ElementTree import Element

from defusedxml import ElementTree
from xlsxwriter.utility import xl_cell_to_rowcol

from skp.reading import biff
from skp.reading.formats import UNREADABLE, Inflated, namespace, package_reader, remembered_sheet_parts
from skp.reading.grid import SheetGrid, WorkbookGrid
from skp.reading.memo import remembered


@dataclass(frozen=True)
class Unseen:
    """0-based rows and columns of one sheet the reviewer does not see; ``filtered``: the rows among
    ``rows`` an AutoFilter hides; ``white``: (row, col) of the cells written white on no fill."""

    rows: frozenset[int] = frozenset()
    cols: frozenset[int] = frozenset()
    filtered: frozenset[int] = field(default=frozenset())
    white: frozenset[tuple[int, int]] = field(default=frozenset())


HiddenLines = dict[str, Unseen]  # sheet name → what is not seen there

_PREFIX = rb"(?:[A-Za-z_][\w.-]*:)?"
# Cheap tests before any pattern runs (literal searches, as Excel, LibreOffice and openpyxl write these
# attributes): a part with none of them hides no row or column.
_MARKS = (b" hidden=", b' ht="0', b" ht='0", b' width="0', b" width='0")
_ZERO = rb"""\s*=\s*["']0(?:\.0*)?["']"""
_HIDDEN = rb"""\shidden\s*=\s*["'](?:1|true)["']"""
_HIDDEN_ROW = re.compile(rb"<" + _PREFIX + rb"row\b[^>]*?(?:" + _HIDDEN + rb"|\sht" + _ZERO + rb")[^>]*>")
_HIDDEN_COL = re.compile(rb"<" + _PREFIX + rb"col\b[^>]*?(?:" + _HIDDEN + rb"|\swidth" + _ZERO + rb")[^>]*>")
_AUTOFILTER = re.compile(
    rb"<" + _PREFIX + rb"autoFilter\b[^>]*?\sref\s*=\s*[\"']([A-Za-z$]+[0-9$]+:[A-Za-z$]+[0-9$]+)")
_ATTRIBUTE = re.compile(rb"""([\w:]+)\s*=\s*["']([^"']*)["']""")
_COLUMNS = 16384
_REF = re.compile(r"^[A-Z]{1,3}[1-9][0-9]*$")
_WHITE_RGB = (b"FFFFFF", b"FFFFFFFF")
_WHITE_INDEXED = (b"1", b"9")  # the legacy palette's white
_WHITE_MARKS = (b"FFFFFF", b"ffffff", b'theme="0"', b"theme='0'", b'indexed="9"', b'indexed="1"')
_NEAR_WHITE_TINT = -0.05  # a theme colour darkened past this is grey, seen on white
_MEMO_MAX = 256  # distinct styles parts a run remembers the white styles of


def _attributes(text: bytes) -> dict[bytes, bytes]:
    return {name.rpartition(b":")[2]: value for name, value in _ATTRIBUTE.findall(text)}


def unseen_in_part(content: bytes) -> Unseen:
    """What a worksheet part hides: rows ``hidden`` or 0 high, columns ``hidden`` or 0 wide."""
    if not any(mark in content for mark in _MARKS):
        return Unseen()
    rows: set[int] = set()
    for match in _HIDDEN_ROW.finditer(content):
        number = _attributes(match[0]).get(b"r", b"")
        if number.isdigit() and int(number) > 0:
            rows.add(int(number) - 1)
    cols: set[int] = set()
    for match in _HIDDEN_COL.finditer(content):
        attrs = _attributes(match[0])
        low, high = attrs.get(b"min", b""), attrs.get(b"max", b"")
        if low.isdigit() and high.isdigit() and 0 < int(low) <= int(high):
            cols.update(range(int(low) - 1, min(int(high), _COLUMNS)))
    filtered: set[int] = set()
    found = _AUTOFILTER.search(content) if rows else None
    if found is not None:
        first, _, last = found[1].decode("ascii").replace("$", "").partition(":")
        top, bottom = xl_cell_to_rowcol(first)[0], xl_cell_to_rowcol(last)[0]
        filtered = {r for r in rows if top < r <= bottom}
    return Unseen(frozenset(rows), frozenset(cols), frozenset(filtered))


def hidden_lines(
    data: bytes, entries: list[zipfile.ZipInfo] | None, memo: dict[object, object] | None, sheets: set[str],
    *, kept: Inflated | None = None,
) -> HiddenLines:
    """Of the ``sheets`` named, those with unseen cells, in an .xlsx/.xlsm package or a BIFF8 .xls
    (``kept``: the package's inflated parts, :func:`~skp.reading.formats.package_reader`)."""
    if not sheets:
        return {}
    if not data.startswith(b"PK"):
        return _xls_hidden_lines(data, sheets)
    try:
        read = package_reader(data, entries, kept)
        parts = remembered_sheet_parts(data, entries, read, memo) if entries is not None else {}
        white_styles: frozenset[bytes] | None = None
        out: HiddenLines = {}
        for sheet in sheets:
            content = read(parts[sheet]) if sheet in parts else None
            if content is None:
                continue
            unseen = unseen_in_part(content)
            if white_styles is None:
                white_styles = _remembered_white_styles(read("xl/styles.xml") or b"", memo)
            if white_styles:
                unseen = replace(unseen, white=_cells_styled(content, white_styles))
            if unseen.rows or unseen.cols or unseen.white:
                out[sheet] = unseen
        return out
    except UNREADABLE:
        return {}


def _white(color: Element | None) -> bool:
    """Whether a colour element is white."""
    if color is None:
        return False
    rgb, theme, indexed = color.get("rgb"), color.get("theme"), color.get("indexed")
    if rgb is not None:
        return rgb.upper().encode() in _WHITE_RGB
    if indexed is not None:
        return indexed.encode() in _WHITE_INDEXED
    if theme == "0":  # lt1, the window background: white in every built-in theme
        try:
            return float(color.get("tint") or 0) > _NEAR_WHITE_TINT
        except ValueError:
            return False
    return False


def _white_styles(styles: bytes) -> frozenset[bytes]:
    """The cell style indexes (``s``) writing white text on no fill or a white one: text nobody sees. A
    white font on a coloured fill (a table header) is seen."""
    if not any(mark in styles for mark in _WHITE_MARKS):
        return frozenset()
    root = ElementTree.fromstring(styles)
    main = namespace(root.tag)
    fonts = [_white(font.find(f"{main}color")) for font in root.iterfind(f"{main}fonts/{main}font")]
    if not any(fonts):
        return frozenset()
    fills = []
    for fill in root.iterfind(f"{main}fills/{main}fill"):
        pattern = fill.find(f"{main}patternFill")
        kind = pattern.get("patternType", "none") if pattern is not None else "none"
        fills.append(kind == "none" or (kind == "solid" and pattern is not None
                                        and _white(pattern.find(f"{main}fgColor"))))
    out = set()
    for i, xf in enumerate(root.iterfind(f"{main}cellXfs/{main}xf")):
        font, fill = xf.get("fontId", "0"), xf.get("fillId", "0")
        if not (font.isdigit() and fill.isdigit()):
            continue
        if int(font) < len(fonts) and fonts[int(font)] and (int(fill) >= len(fills) or fills[int(fill)]):
            out.add(str(i).encode())
    return frozenset(out)


def _remembered_white_styles(styles: bytes, memo: dict[object, object] | None) -> frozenset[bytes]:
    """:func:`_white_styles`, remembered in a run's ``memo`` by the styles part (a batch's templates repeat
    it byte for byte)."""
    if memo is None:
        return _white_styles(styles)
    return remembered(memo, "white styles", styles, lambda: _white_styles(styles), _MEMO_MAX)


def _cells_styled(content: bytes, styles: frozenset[bytes]) -> frozenset[tuple[int, int]]:
    """(row, col) of the cells of a worksheet part holding something in one of the ``styles``."""
    wanted = b"|".join(sorted(styles))
    pattern = re.compile(rb"<" + _PREFIX + rb"c\b[^>]*?\ss\s*=\s*[\"'](?:" + wanted + rb")[\"'][^>/]*>\s*<")
    out = set()
    for match in pattern.finditer(content):
        ref = _attributes(match[0]).get(b"r", b"").decode("ascii", "replace")
        if _REF.match(ref):
            out.add(xl_cell_to_rowcol(ref))
    return frozenset(out)


_ROW_RECORD, _COLINFO, _AUTOFILTERINFO = 0x0208, 0x007D, 0x009D
_ROW_HIDDEN, _COL_HIDDEN = 0x20, 0x01


def _xls_hidden_lines(data: bytes, sheets: set[str]) -> HiddenLines:
    """:func:`hidden_lines` for a BIFF8 .xls: ROW records flagged zero-height, COLINFO records flagged
    hidden; every row hidden on a sheet with an AUTOFILTERINFO record counts as filtered (the .xls keeps the
    filter's range in a defined name, not read here). White text is not looked for."""
    try:
        stream = biff.workbook_stream(data)
        if stream is None:
            return {}
        starts = []
        for i, (record, body) in enumerate(biff.substream(stream, 0)):
            if i == 0 and (record != biff.BOF or struct.unpack_from("<H", body)[0] != biff.BIFF8):
                return {}
            if record == biff.BOUNDSHEET and body[5] == 0:
                sheet = biff.string(body, 6, wide_count=False)
                if sheet in sheets:
                    starts.append((sheet, struct.unpack_from("<I", body)[0]))
        out: HiddenLines = {}
        for sheet, start in starts:
            rows: set[int] = set()
            cols: set[int] = set()
            filter_on = False
            for record, body in biff.substream(stream, start):
                if record == _ROW_RECORD and struct.unpack_from("<H", body, 12)[0] & _ROW_HIDDEN:
                    rows.add(struct.unpack_from("<H", body)[0])
                elif record == _COLINFO and struct.unpack_from("<H", body, 8)[0] & _COL_HIDDEN:
                    first, last = struct.unpack_from("<HH", body)
                    cols.update(range(first, min(last, 255) + 1))
                elif record == _AUTOFILTERINFO:
                    filter_on = True
            if rows or cols:
                filtered = frozenset(rows) if filter_on else frozenset()
                out[sheet] = Unseen(frozenset(rows), frozenset(cols), filtered)
        return out
    except Exception:  # olefile and the walk meet hostile bytes in pure Python: nothing hidden, no refusal
        return {}


def without_unseen(grid: WorkbookGrid, unseen: HiddenLines, read_filtered: bool,
                   read_hidden_rows: bool, read_hidden_cols: bool, read_white: bool) -> WorkbookGrid | None:
    """``grid`` with the cells the reviewer cannot see emptied, or None when no unseen cell holds a value.

    A cell of a hidden row or column stays when its merged area reaches a row and a column that are seen:
    Excel shows a merged area's value over what of the area is on screen."""
    changed = False
    sheets = []
    for sheet in grid.sheets:
        lines = unseen.get(sheet.name)
        if lines is None:
            sheets.append(sheet)
            continue
        rows = set() if read_hidden_rows else set(lines.rows)
        if read_filtered:
            rows -= lines.filtered
        cols = set() if read_hidden_cols else set(lines.cols)
        emptied = _emptied(sheet, rows, cols, set() if read_white else set(lines.white))
        changed = changed or emptied is not sheet
        sheets.append(emptied)
    if not changed:
        return None
    return replace(grid, sheets=sheets, hidden_lines=None)


def _emptied(sheet: SheetGrid, rows: Iterable[int], cols: Iterable[int], white: set[tuple[int, int]]
             ) -> SheetGrid:
    row_set, col_set = set(rows), set(cols)
    if not row_set and not col_set and not white:
        return sheet
    new_rows = [list(row) for row in sheet.rows]
    changed = False

    def shown_through_merge(r: int, c: int) -> bool:
        area = sheet.merged_area(r, c)
        if area is None:
            return False
        return (any(rr not in row_set for rr in range(area[0], area[2] + 1))
                and any(cc not in col_set for cc in range(area[1], area[3] + 1)))

    for r, row in enumerate(new_rows):
        hidden_row = r in row_set
        for c, value in enumerate(row):
            if value is None:
                continue
            if ((hidden_row or c in col_set) and not shown_through_merge(r, c)) or (r, c) in white:
                row[c] = None
                changed = True
    if not changed:
        return sheet
    return replace(sheet, rows=new_rows)
