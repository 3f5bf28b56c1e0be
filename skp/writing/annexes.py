"""The annex sheets that are not a plain table: Manual IKI, Matriks Pembagian Peran dan Hasil, Perilaku.

Labels come from their mappings (``fields``); the few captions written here that the mapping does not
hold (the member table's result header, the Perilaku value header) are decoration the reader never needs.
"""

from __future__ import annotations

from typing import Any

from openpyxl.utils import absolute_coordinate, get_column_letter, quote_sheetname
from openpyxl.worksheet.worksheet import Worksheet

from skp.mapping import Header, SheetMapping
from skp.writing import styles
from skp.writing.kop import KopValues, write_footer, write_kop
from skp.writing.sheet import SheetWriter, plan_columns
from skp.writing.table import require_table

MATRIKS_MEMBER_ROOM = 8
_RK_COLUMN_WIDTH = 26


def write_notes(w: SheetWriter, sheet: SheetMapping, row: int) -> int:
    """The mapping's short guidance lines, one per row; returns the next free row."""
    for note in sheet.notes:
        w.put(row, 1, note, styles.NOTE, last_col=w.plan.n)
        row += 1
    return row


def manual_iki_writer(ws: Worksheet) -> SheetWriter:
    return SheetWriter(ws, plan_columns([("no", 5), ("label", 32), ("value", 90)], kop=False))


def write_manual_iki(w: SheetWriter, sheet: SheetMapping, items: list[dict[str, Any]]) -> None:
    """One numbered block of label | value rows per IKI; at least ``repeat`` blocks of room."""
    w.put(1, 1, sheet.title.label, styles.TITLE, last_col=w.plan.n)
    row = write_notes(w, sheet, 2) + 1
    blocks = max(sheet.repeat, len(items))
    for i in range(blocks):
        values = items[i] if i < len(items) else {}
        w.put(row, 1, i + 1, styles.NUMBER, last_row=row + len(sheet.fields) - 1)
        for offset, item in enumerate(sheet.fields):
            r = row + offset
            w.put(r, 2, item.label, styles.LABEL)
            ref = w.put(r, 3, values.get(item.key), styles.INPUT, number_format=item.number_format)
            w.expect(ref, item.validation, item.input_message, item.label)
        row += len(sheet.fields) + 1
    w.page_setup(orientation="portrait")


def matriks_writer(ws: Worksheet, sheet: SheetMapping, n_rk: int) -> SheetWriter:
    columns = [(c.key, c.width) for c in require_table(sheet).columns]
    columns += [(f"rk{i}", _RK_COLUMN_WIDTH) for i in range(1, n_rk + 1)]
    return SheetWriter(ws, plan_columns(columns, kop=False))


def write_matriks(
    w: SheetWriter, sheet: SheetMapping, kolom: list[dict[str, Any]], anggota: list[dict[str, Any]]
) -> None:
    """Field rows (one column per cascaded RK) above the member table NAMA | NIP | JABATAN | results."""
    members = require_table(sheet).columns
    n_rk = w.plan.n - len(members)
    first_rk = len(members) + 1
    w.put(1, 1, sheet.title.label, styles.TITLE, last_col=w.plan.n)
    row = write_notes(w, sheet, 2) + 1
    w.put(row, 1, "NO. RK ATASAN", styles.HEADER, last_col=len(members))
    for i in range(n_rk):
        w.put(row, first_rk + i, i + 1, styles.HEADER)
    for item in sheet.fields:
        row += 1
        w.put(row, 1, item.label, styles.HEADER, last_col=len(members))
        for i in range(n_rk):
            value = kolom[i].get(item.key) if i < len(kolom) else None
            ref = w.put(row, first_rk + i, value, styles.INPUT, number_format=item.number_format)
            w.expect(ref, item.validation, item.input_message, item.label)
    header = row + 2
    for col, column in enumerate(members, start=1):
        w.put(header, col, column.label, styles.HEADER, last_row=header + 1)
    w.put(header, first_rk, "HASIL KERJA YANG DIHARAPKAN (MENJADI RENCANA KINERJA ANGGOTA)", styles.HEADER,
          last_col=w.plan.n)
    for i in range(n_rk):
        w.put(header + 1, first_rk + i, f"RK ATASAN {i + 1}", styles.HEADER)
    first_member = header + 2
    n_members = max(MATRIKS_MEMBER_ROOM, len(anggota))
    for m in range(n_members):
        values = anggota[m] if m < len(anggota) else {}
        r = first_member + m
        for col, column in enumerate(members, start=1):
            w.put(r, col, values.get(column.key), styles.INPUT, number_format=column.number_format)
        hasil = values.get("hasil", [])
        for i in range(n_rk):
            w.put(r, first_rk + i, hasil[i] if i < len(hasil) else None, styles.INPUT)
    last_member = first_member + n_members - 1
    for col, column in enumerate(members, start=1):
        letter = get_column_letter(col)
        w.expect(f"{letter}{first_member}:{letter}{last_member}", column.validation, column.input_message,
                 column.label)
    w.page_setup((header, header + 1), first_member)


def perilaku_writer(ws: Worksheet) -> SheetWriter:
    return SheetWriter(ws, plan_columns([("no", 5), ("aspek", 66), ("nilai", 24)]))


def write_perilaku(
    w: SheetWriter, sheet: SheetMapping, kop: Header, kop_values: KopValues, values: dict[str, Any]
) -> dict[str, str]:
    """Kop, then NO | aspect | value per field; returns each field's absolute value address."""
    row, cells = write_kop(w, kop, sheet.title.label, kop_values, sheet.extra_header)
    row = write_notes(w, sheet, row)
    last = w.plan.n
    value_col = w.plan.spans["nilai"][0]
    w.put(row, 1, "NO", styles.HEADER)
    w.put(row, 2, "ASPEK PERILAKU KERJA", styles.HEADER, last_col=value_col - 1)
    w.put(row, value_col, "NILAI", styles.HEADER, last_col=last)
    addresses: dict[str, str] = {}
    sheet_ref = quote_sheetname(w.ws.title)
    if not sheet_ref.startswith("'"):
        sheet_ref = f"'{sheet_ref}'"
    for i, item in enumerate(sheet.fields, start=1):
        r = row + i
        w.put(r, 1, i, styles.NUMBER)
        w.put(r, 2, item.label, styles.LABEL, last_col=value_col - 1)
        ref = w.put(r, value_col, values.get(item.key), styles.INPUT_CENTER, last_col=last,
                    number_format=item.number_format)
        w.expect(ref, item.validation, item.input_message, item.label)
        addresses[item.key] = f"{sheet_ref}!{absolute_coordinate(ref)}"
    write_footer(w, kop, row + len(sheet.fields) + 2, cells)
    w.page_setup(orientation="portrait")
    return addresses
