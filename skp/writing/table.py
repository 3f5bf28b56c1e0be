"""A mapping's table on a sheet: two-level header, column numbers, sections, RK blocks, totals.

Used for the Rencana SKP, Penilaian and Keterkaitan AK sheets alike. Rows are planned before anything is
written, so formulas can name section spans and totals cells (see :mod:`skp.writing.formulas`). RK-level
columns are merged over their block's IKI rows, as on the official forms.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from openpyxl.utils import get_column_letter

from skp.errors import ConfigurationError
from skp.mapping import Column, SheetMapping, Table
from skp.models import Model, Section
from skp.writing import styles
from skp.writing.formulas import Formula, FormulaContext
from skp.writing.sheet import ColumnPlan, SheetWriter, plan_columns

SECTIONS: tuple[Section, ...] = ("utama", "tambahan")
_CENTERED_WIDTH = 16  # narrow input columns (NO, ASPEK, TARGET, kategori) read better centred
_TOTAL_FORMAT = "0.00"  # computed totals without a number_format in the mapping: two decimals, as printed


@dataclass
class Block:
    """One RK: its RK-level values and one dict of IKI-level values per IKI row.

    An RK without IKI rows is given the template's IKI room when written (see the builder).
    """

    rk: dict[str, Any] = field(default_factory=dict)
    iki: list[dict[str, Any]] = field(default_factory=lambda: [{}])


def require_table(sheet: SheetMapping) -> Table:
    """The sheet's table; a table-shaped sheet without one is a broken mapping."""
    if sheet.table is None:
        raise ConfigurationError(f"pemetaan {sheet.id}: lembar jenis {sheet.kind} harus memiliki tabel")
    return sheet.table


def template_blocks(table: Table) -> dict[Section, list[Block]]:
    """The empty room of the blank template: ``template.rk`` blocks of ``template.iki_per_rk`` rows."""
    return {
        section: [Block(iki=[{} for _ in range(room.iki_per_rk)]) for _ in range(room.rk)]
        for section, room in table.template.items()
    }


def table_plan(table: Table, model: Model) -> ColumnPlan:
    """Sheet columns for the table's columns of this form model."""
    columns = table.columns_for(model)
    hidden = frozenset(c.key for c in columns if c.hidden)
    return plan_columns([(c.key, c.width) for c in columns], hidden=hidden)


@dataclass
class TableLayout:
    header_rows: tuple[int, int]  # first header row .. column-number row
    first_data_row: int
    next_row: int  # first free row after the table and its totals


def write_table(
    w: SheetWriter,
    table: Table,
    model: Model,
    start: int,
    blocks: dict[Section, list[Block]],
    context: FormulaContext,
    totals: dict[str, Any] | None = None,
) -> TableLayout:
    """Write the table from row ``start``; ``blocks`` per section (sections absent from it stay empty).

    ``totals`` holds values written in place of the totals rows' formulas (a document's written nilai).
    """
    columns = table.columns_for(model)
    plan = w.plan
    grouped = any(c.group for c in columns)
    header_last = start + (1 if grouped else 0)
    _write_header(w, columns, start, header_last)
    number_row = header_last + 1
    visible = [c for c in columns if not c.hidden]
    for i, column in enumerate(visible, start=1):
        first, last = plan.spans[column.key]
        w.put(number_row, first, i, styles.NUMBER_ROW, last_col=last)
    context.columns.update({c.key: plan.letter(c.key) for c in columns})

    # Plan rows: section label row, then each block's IKI rows.
    row = number_row + 1
    placed: list[tuple[Section, int, list[tuple[Block, int]]]] = []
    for section in SECTIONS if table.sections else ():
        label_row = row
        row += 1
        spans = []
        for block in blocks.get(section, []):
            spans.append((block, row))
            row += len(block.iki)
        placed.append((section, label_row, spans))
        if spans:
            context.sections[f"{section}_first"] = label_row + 1
            context.sections[f"{section}_last"] = row - 1
    # Totals: label across the table, value under the last two visible columns.
    value_first = plan.spans[visible[-2].key][0] if len(visible) > 1 else 1
    for i, total in enumerate(table.totals):
        context.totals[total.key] = f"{get_column_letter(value_first)}{row + i}"

    refs: dict[str, list[str]] = {c.key: [] for c in columns}
    for section, label_row, spans in placed:
        label = getattr(table.sections, section).label
        w.put(label_row, 1, label, styles.SECTION, last_col=plan.n)
        for index, (block, first_row) in enumerate(spans):
            _write_block(w, columns, block, first_row, context, (section, index))
        if spans:
            last_row = spans[-1][1] + len(spans[-1][0].iki) - 1
            for c in columns:
                first, _ = plan.spans[c.key]
                letter = get_column_letter(first)
                refs[c.key].append(f"{letter}{spans[0][1]}:{letter}{last_row}")
    for c in columns:
        if not c.formula:
            w.expect(" ".join(refs[c.key]), c.validation, c.input_message, c.label)
        if c.hidden:
            for col in range(plan.spans[c.key][0], plan.spans[c.key][1] + 1):
                w.ws.column_dimensions[get_column_letter(col)].hidden = True
    row = _write_totals(w, table, row, value_first, totals or {}, context)
    return TableLayout((start, number_row), number_row + 1, row)


def _write_header(w: SheetWriter, columns: tuple[Column, ...], top: int, bottom: int) -> None:
    plan = w.plan
    i = 0
    while i < len(columns):
        column = columns[i]
        first, last = plan.spans[column.key]
        if column.group is None:
            w.put(top, first, column.label, styles.HEADER, last_col=last, last_row=bottom)
            i += 1
            continue
        j = i
        while j + 1 < len(columns) and columns[j + 1].group == column.group:
            j += 1
        w.put(top, first, column.group.label, styles.HEADER, last_col=plan.spans[columns[j].key][1])
        for member in columns[i : j + 1]:
            m_first, m_last = plan.spans[member.key]
            w.put(bottom, m_first, member.label, styles.HEADER, last_col=m_last)
        i = j + 1


def _style_of(column: Column) -> str:
    if column.formula:
        return styles.COMPUTED
    return styles.INPUT_CENTER if column.width <= _CENTERED_WIDTH else styles.INPUT


def _write_block(
    w: SheetWriter, columns: tuple[Column, ...], block: Block, first_row: int, context: FormulaContext,
    where: tuple[Section, int],
) -> None:
    """One RK's rows. A cell left empty takes its column's formula, else the linked cell's value (the
    Penilaian's RK, IKI and target from the SKP sheet); each cell written is recorded in the context."""
    section, index = where
    last_row = first_row + len(block.iki) - 1
    for column in columns:
        first, last = w.plan.spans[column.key]
        style = _style_of(column)
        if column.level == "rk":
            value = block.rk.get(column.key)
            if value is None and column.formula:
                value = context.render(column.formula, first_row, first_row, last_row)
            elif value is None:
                value = context.linked((section, index, -1, column.key))
            context.placed[(section, index, -1, column.key)] = w.put(
                first_row, first, value, style, last_col=last, last_row=last_row,
                number_format=column.number_format)
            if value is not None and not isinstance(value, Formula):
                context.written[(section, index, -1, column.key)] = str(value)
            continue
        for offset, values in enumerate(block.iki):
            row = first_row + offset
            value = values.get(column.key)
            if value is None and column.formula:
                value = context.render(column.formula, row, first_row, last_row)
            elif value is None:
                value = context.linked((section, index, offset, column.key))
            context.placed[(section, index, offset, column.key)] = w.put(
                row, first, value, style, last_col=last, number_format=column.number_format)
            if value is not None and not isinstance(value, Formula):
                context.written[(section, index, offset, column.key)] = str(value)


def _write_totals(
    w: SheetWriter,
    table: Table,
    row: int,
    value_first: int,
    written: dict[str, Any],
    context: FormulaContext,
) -> int:
    for i, total in enumerate(table.totals):
        r = row + i
        w.put(r, 1, total.label, styles.TOTAL_LABEL, last_col=value_first - 1)
        value = written.get(total.key)
        if value is None and total.formula:
            value = context.render(total.formula, r)
        style = styles.COMPUTED if total.formula else styles.INPUT_CENTER
        number_format = total.number_format or (_TOTAL_FORMAT if total.formula else None)
        w.put(r, value_first, value, style, last_col=w.plan.n, number_format=number_format)
    return row + len(table.totals) + (1 if table.totals else 0)
