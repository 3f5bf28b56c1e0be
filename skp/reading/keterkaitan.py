"""Format Keterkaitan SKP dengan Angka Kredit (JF, SPEC §3.7): RK blocks with their butir kegiatan rows."""

from __future__ import annotations

from skp.mapping import Label, SheetMapping
from skp.models import KeterkaitanAkRow
from skp.numbers import parse_number
from skp.reading.blocks import group_blocks
from skp.reading.bounds import bound_table
from skp.reading.index import SheetIndex
from skp.reading.rules import ReadingRules
from skp.reading.table import locate_table

_RK = "rencana_kinerja"


def read_keterkaitan(
    index: SheetIndex, mapping: SheetMapping, stop_labels: tuple[Label, ...], rules: ReadingRules
) -> list[KeterkaitanAkRow]:
    """One row per butir kegiatan; an RK listed without any butir gives one row with no butir, so a
    check can tell "RK linked to nothing" from "RK missing"."""
    if mapping.table is None:
        return []
    layout = locate_table(index, mapping.table, rules.baris_judul_tabel_maks)
    if layout is None:
        return []
    sections = (
        (mapping.table.sections.utama, mapping.table.sections.tambahan) if mapping.table.sections else None
    )
    bound_table(layout, stop_labels, sections)
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
