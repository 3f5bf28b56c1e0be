"""What Excel does to a sheet when a row is inserted or deleted, written for openpyxl (which only moves the
cell values): merged ranges grow or move, every formula in the workbook that points at the sheet is rewritten,
data validations follow their cells. Used by ``buat.py`` to fill skp's own templates the way staff do.

Written from the OOXML behaviour of Excel/LibreOffice (not from skp's code): a range that the new rows fall
strictly inside grows; a range below moves; a range wholly inside deleted rows becomes ``#REF!``.
"""

from __future__ import annotations

import re
from copy import copy

from openpyxl.formula.tokenizer import Token, Tokenizer
from openpyxl.utils import get_column_letter

_REF = re.compile(r"^(\$?)([A-Z]{1,3})(\$?)(\d+)$")


def _sheet_of(text: str, here: str) -> tuple[str, str]:
    if "!" not in text:
        return here, text
    sheet, ref = text.rsplit("!", 1)
    return sheet.strip("'").replace("''", "'"), ref


def _shift_ref(ref: str, at: int, n: int) -> str | None:
    """One A1 reference moved by inserting ``n`` (>0) or deleting ``-n`` rows at ``at``."""
    m = _REF.match(ref)
    if not m:
        return ref
    d1, col, d2, row = m.groups()
    row = int(row)
    if n > 0:
        if row >= at:
            row += n
    else:
        if at <= row < at - n:
            return None
        if row >= at - n:
            row += n
    return f"{d1}{col}{d2}{row}"


def _shift_range(ref: str, at: int, n: int) -> str:
    if ":" not in ref:
        out = _shift_ref(ref, at, n)
        return "#REF!" if out is None else out
    a, b = ref.split(":", 1)
    ma, mb = _REF.match(a), _REF.match(b)
    if not (ma and mb):
        return ref
    ra, rb = int(ma.group(4)), int(mb.group(4))
    if n > 0:
        na = ra + n if ra >= at else ra
        nb = rb + n if rb >= at else rb
    else:
        lo, hi = at, at - n - 1  # deleted rows lo..hi
        if lo <= ra and rb <= hi:
            return "#REF!"
        na = ra if ra < lo else (lo if ra <= hi else ra + n)
        nb = rb if rb < lo else (lo - 1 if rb <= hi else rb + n)
    return f"{ma.group(1)}{ma.group(2)}{ma.group(3)}{na}:{mb.group(1)}{mb.group(2)}{mb.group(3)}{nb}"


def shift_formula(formula: str, formula_sheet: str, target: str, at: int, n: int) -> str:
    """Rewrite the references in ``formula`` (on ``formula_sheet``) that point into ``target``."""
    tok = Tokenizer(formula)
    out = ["="]
    for t in tok.items:
        if t.type == Token.OPERAND and t.subtype == Token.RANGE:
            sheet, ref = _sheet_of(t.value, formula_sheet)
            if sheet == target:
                new = _shift_range(ref, at, n)
                if "!" in t.value:
                    prefix = t.value.rsplit("!", 1)[0]
                    new = "#REF!" if new == "#REF!" else f"{prefix}!{new}"
                out.append(new)
                continue
        out.append(t.value)
    return "".join(out)


def _shift_sqref(sqref: str, at: int, n: int) -> str:
    parts = [_shift_range(p, at, n) for p in str(sqref).split()]
    return " ".join(p for p in parts if p != "#REF!")


def _row_heights(ws, at: int, n: int) -> None:
    heights = {r: d.height for r, d in ws.row_dimensions.items() if d.height is not None}
    for r in list(heights):
        ws.row_dimensions[r].height = None
    for r, h in heights.items():
        if n > 0:
            ws.row_dimensions[r + n if r >= at else r].height = h
        elif not at <= r < at - n:
            ws.row_dimensions[r + n if r >= at - n else r].height = h


def insert_rows(wb, ws, at: int, n: int = 1, style_from: int | None = None) -> None:
    """Excel's Insert (whole rows) above row ``at``; new rows take the style of ``style_from`` (default the
    row above, as Excel does)."""
    _edit_rows(wb, ws, at, n)
    src = style_from if style_from is not None else at - 1
    if src >= at:
        src += n
    for r in range(at, at + n):
        for c in range(1, ws.max_column + 1):
            s = ws.cell(src, c)
            d = ws.cell(r, c)
            if s.has_style:
                d._style = copy(s._style)


def delete_rows(wb, ws, at: int, n: int = 1) -> None:
    """Excel's Delete (whole rows) of rows ``at`` … ``at + n - 1``."""
    _edit_rows(wb, ws, at, -n)


def _edit_rows(wb, ws, at: int, n: int) -> None:
    merged = [(m.min_row, m.max_row, m.min_col, m.max_col) for m in ws.merged_cells.ranges]
    for m in list(ws.merged_cells.ranges):
        ws.unmerge_cells(str(m))
    if n > 0:
        ws.insert_rows(at, n)
    else:
        ws.delete_rows(at, -n)
    for r1, r2, c1, c2 in merged:
        if n > 0:
            if r1 >= at:
                r1, r2 = r1 + n, r2 + n
            elif r2 >= at:
                r2 += n
        else:
            lo, hi = at, at - n - 1
            if lo <= r1 and r2 <= hi:
                continue
            r1 = r1 if r1 < lo else (lo if r1 <= hi else r1 + n)
            r2 = r2 if r2 < lo else (lo - 1 if r2 <= hi else r2 + n)
        if (r1, c1) != (r2, c2):
            ws.merge_cells(f"{get_column_letter(c1)}{r1}:{get_column_letter(c2)}{r2}")
    for sheet in wb.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                if isinstance(cell.value, str) and cell.value.startswith("="):
                    cell.value = shift_formula(cell.value, sheet.title, ws.title, at, n)
    for dv in ws.data_validations.dataValidation:
        dv.sqref = _shift_sqref(dv.sqref, at, n)
    _row_heights(ws, at, n)
