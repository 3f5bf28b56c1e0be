"""Build an official SKP workbook (Permen PANRB 8/2021) from the mappings, blank or filled.

The layout comes entirely from ``config.mappings``: ``kop.yaml`` for the header and footer, the form's
Rencana SKP sheet, then its annexes in the form's order, a "Petunjuk" sheet and the hidden "Daftar" sheet
that holds the dropdown lists. Labels are never written from code when the mapping holds them, because the
reader finds the values by those same labels.

Given a ``document``, the workbook is filled in (identity, period, RK/IKI rows, annexes), growing the room
beyond the template's when the document needs it: this is how the add-in pre-fills subordinates' SKPs and
how samples and test data are made. Reading such a workbook gives back the same document.

Penilaian formulas come from the mapping with placeholders (``{r}``, ``{col:KEY}``, ``{total:KEY}``,
``{perilaku:KEY}`` …) that :mod:`skp.writing.formulas` documents; a document's written values (capaian,
nilai, predikat staff typed) replace the formulas so a read-back sees what was written.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from openpyxl import Workbook
from openpyxl.utils import absolute_coordinate, quote_sheetname

from skp.config import Config
from skp.mapping import Header, SheetMapping
from skp.models import Model, Section, SkpDocument
from skp.writing import styles
from skp.writing.annexes import (
    manual_iki_writer,
    matriks_writer,
    perilaku_writer,
    write_manual_iki,
    write_matriks,
    write_notes,
    write_perilaku,
)
from skp.writing.fill import FormContent, content_of
from skp.writing.formulas import FormulaContext
from skp.writing.kop import write_footer, write_kop
from skp.writing.petunjuk import SHEET_NAME as PETUNJUK
from skp.writing.petunjuk import write_petunjuk
from skp.writing.sheet import LIST_SHEET, SheetWriter, write_lists
from skp.writing.table import SECTIONS, Block, require_table, table_plan, template_blocks, write_table


def build_workbook(form_id: str, config: Config, document: SkpDocument | None = None) -> Workbook:
    """The workbook of form ``form_id`` (``ja-dasar`` …), blank or filled with ``document``."""
    mappings = config.mappings
    form = mappings.form(form_id)
    sheets = mappings.sheets_of(form_id)
    content = content_of(document) if document is not None else FormContent()
    workbook = Workbook()
    styles.register(workbook)
    workbook.remove(workbook.active)
    perilaku: dict[str, str] = {}
    skp_cells = _SkpCells()
    # Penilaian formulas point at the Perilaku sheet, so it is written last and slotted into place.
    order = sorted(range(len(sheets)), key=lambda i: sheets[i].kind == "penilaian")
    for index in order:
        sheet = sheets[index]
        ws = workbook.create_sheet(sheet.sheet_name, index=index)
        if sheet.kind == "perilaku":
            w = perilaku_writer(ws)
            perilaku = write_perilaku(w, sheet, mappings.kop, content.kop, content.perilaku)
        elif sheet.kind == "manual-iki":
            w = manual_iki_writer(ws)
            write_manual_iki(w, sheet, content.manual_iki)
        elif sheet.kind == "matriks":
            w = matriks_writer(ws, sheet, max(sheet.repeat, len(content.matriks_kolom)))
            write_matriks(w, sheet, content.matriks_kolom, content.matriks_anggota)
        else:
            w = SheetWriter(ws, table_plan(require_table(sheet), form.model))
            blocks, totals = _table_content(sheet.kind, content)
            _write_table_sheet(w, sheet, mappings.kop, form.model, content, blocks, totals, perilaku,
                               skp_cells)
        w.finish()
    write_petunjuk(workbook.create_sheet(PETUNJUK), form, sheets)
    write_lists(workbook.create_sheet(LIST_SHEET))
    workbook.active = 0
    workbook.calculation.fullCalcOnLoad = True
    return workbook


@dataclass
class _SkpCells:
    """Where the SKP (Rencana) sheet put its identity and table cells, as absolute references, for the
    Penilaian sheet to take them by formula."""

    kop: dict[tuple[str, str], str] = field(default_factory=dict)
    table: dict[tuple[str, int, int, str], str] = field(default_factory=dict)
    text: dict[tuple[str, int, int, str], str] = field(default_factory=dict)  # what those cells show

    def keep(self, sheet_name: str, kop: dict[tuple[str, str], str], context: FormulaContext) -> None:
        prefix = quote_sheetname(sheet_name) + "!"
        self.kop = {key: prefix + absolute_coordinate(ref) for key, ref in kop.items()}
        self.table = {key: prefix + absolute_coordinate(ref) for key, ref in context.placed.items()}
        self.text = dict(context.written)


def _table_content(kind: str, content: FormContent) -> tuple[dict[Section, list[Block]], dict[str, Any]]:
    if kind == "rencana":
        return content.rencana, {}
    if kind == "penilaian":
        if not content.penilaian and content.rencana:  # rows shaped like the SKP's, to link them
            shaped = {section: [Block(iki=[{} for _ in b.iki]) for b in blocks]
                      for section, blocks in content.rencana.items()}
            return shaped, content.penilaian_totals
        return content.penilaian, content.penilaian_totals
    return content.keterkaitan, {}


def _write_table_sheet(
    w: SheetWriter,
    sheet: SheetMapping,
    kop: Header,
    model: Model,
    content: FormContent,
    blocks: dict[Section, list[Block]],
    totals: dict[str, Any],
    perilaku: dict[str, str],
    skp_cells: _SkpCells,
) -> None:
    """Kop, notes, the table with the room it needs, then the signature footer.

    The SKP sheet is written first and remembers its cells; the Penilaian sheet takes identity, RK, IKI
    and targets from them by formula wherever the document gives no value of its own.
    """
    table = require_table(sheet)
    linking = sheet.kind == "penilaian"
    if sheet.header:
        row, cells = write_kop(w, kop, sheet.title.label, content.kop, sheet.extra_header,
                               linked=skp_cells.kop if linking else None)
    else:
        w.put(1, 1, sheet.title.label, styles.TITLE, last_col=w.plan.n)
        row, cells = 3, {}
    row = write_notes(w, sheet, row)
    room = template_blocks(table)
    filled = {section: _padded(blocks.get(section, []), room.get(section, [])) for section in SECTIONS}
    context = FormulaContext(sheet=sheet.sheet_name, perilaku=perilaku,
                             links=skp_cells.table if linking else {},
                             link_text=skp_cells.text if linking else {})
    layout = write_table(w, table, model, row, filled, context, totals)
    if sheet.kind == "rencana":
        skp_cells.keep(sheet.sheet_name, cells, context)
    if sheet.header:
        write_footer(w, kop, layout.next_row + 1, cells)
    w.page_setup(layout.header_rows, layout.first_data_row)


def _padded(blocks: list[Block], room: list[Block]) -> list[Block]:
    """The document's blocks, then empty ones up to the template's room, so there is space to write.

    An RK drafted without IKI (a subordinate's pre-filled SKP) gets the template's IKI rows to fill.
    """
    iki_room = len(room[0].iki) if room else 1
    sized = [b if b.iki else Block(rk=b.rk, iki=[{} for _ in range(iki_room)]) for b in blocks]
    return [*sized, *room[len(blocks):]]
