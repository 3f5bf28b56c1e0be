"""Format Keterkaitan SKP dengan Angka Kredit (JF, SPEC §3.7): RK blocks with their butir kegiatan rows."""

from __future__ import annotations

from skp.mapping import Label, SheetMapping, Table
from skp.models import KeterkaitanAkRow, UnplacedLabel
from skp.numbers import parse_number
from skp.reading.blocks import group_blocks
from skp.reading.bounds import bound_table
from skp.reading.index import SheetIndex
from skp.reading.placement import unplaced_headers
from skp.reading.rules import ReadingRules
from skp.reading.table import locate_table

_RK = "rencana_kinerja"


def read_keterkaitan(
    index: SheetIndex, mapping: SheetMapping, stop_labels: tuple[Label, ...], rules: ReadingRules,
    unplaced: list[UnplacedLabel] | None = None, other_tables: tuple[Table, ...] = (),
) -> list[KeterkaitanAkRow]:
    """One row per butir kegiatan; an RK listed without any butir gives one row with no butir, so a
    check can tell "RK linked to nothing" from "RK missing". A table whose header names a needed column
    in words the reader cannot place (``BUTIR`` for BUTIR KEGIATAN), or whose labels are only nearly
    spelt, is still read, as the Rencana table
    is (``pembacaan.kolom_wajib_boleh_hilang``), and that header goes to ``unplaced``
    (``judul-tidak-dikenali``): the checks leave the column's content alone (SPEC §3.10).

    The table ends where the complete header of one of ``other_tables`` stands under it (a workbook of one
    sheet, the Penilaian written as a block under the Keterkaitan): its rows are no butir kegiatan."""
    if mapping.table is None:
        return []
    max_rows = rules.baris_judul_tabel_maks
    tolerance = rules.kolom_wajib_boleh_hilang
    layout = (
        locate_table(index, mapping.table, max_rows)
        or locate_table(index, mapping.table, max_rows, tolerance)
        # the labels nearly spelt too (``BUTIR KEGIATAN JF``, ``RENCANA KINERJA (RK)``): asked only of a sheet
        # found as the Keterkaitan whose header was not found otherwise, where every RK would be reported
        # unlinked for want of the table
        or locate_table(index, mapping.table, max_rows, tolerance, near=True)
    )
    if layout is None:
        return []
    if unplaced is not None:
        unplaced.extend(unplaced_headers(layout, mapping.table.columns, index.session.fuzzy))
    sections = (
        (mapping.table.sections.utama, mapping.table.sections.tambahan) if mapping.table.sections else None
    )
    bound_table(layout, stop_labels, sections, other_tables, max_rows)
    rows: list[KeterkaitanAkRow] = []
    for block in group_blocks(layout, _RK, rules.filler):
        for r in block.item_rows or [block.first]:
            raw = layout.text(r, "angka_kredit")
            row = KeterkaitanAkRow(
                sheet=layout.sheet,
                row=r + 1,
                rencana_kinerja=block.text,
                butir_kegiatan=layout.text(r, "butir_kegiatan"),
                output=layout.text(r, "output"),
                angka_kredit_raw=raw,
                angka_kredit=parse_number(layout.value(r, "angka_kredit")),
            )
            row.cells = {_RK: layout.cell(block.first, _RK) or ""}
            row.cells.update(
                {
                    k: c
                    for k in ("butir_kegiatan", "output", "angka_kredit")
                    if (c := layout.cell(r, k)) is not None
                }
            )
            rows.append(row)
    return rows
