"""Cara Memantau Kinerja written as a table of its own (SPEC §3.3, §3 "move blocks"): ``NO | RENCANA KINERJA |
DATA | SUMBER DATA | WAKTU PENGUMPULAN``, one row per RK, below the plan or on another sheet, where the plan
table has no cara memantau columns. Each row is given to the plan's RK of the same text, as a reviewer
reading both tables would; an RK the table does not name keeps none (``cara-memantau-kosong``)."""

from __future__ import annotations

from skp.mapping import Label, SheetMapping, normalize_label
from skp.models import CaraMemantau, RencanaKinerja
from skp.reading.blocks import group_blocks
from skp.reading.bounds import bound_table
from skp.reading.index import SheetIndex
from skp.reading.rencana import cara_memantau_of
from skp.reading.rules import ReadingRules
from skp.reading.table import TableLayout, locate_table

CARA_COLUMNS = ("cm_data", "cm_sumber_data", "cm_waktu")


def plan_without_cara(plan: TableLayout, mapping: SheetMapping | None) -> bool:
    """Whether a separate Cara Memantau table is to be looked for: the form knows one and the plan table
    has none of the cara memantau columns (one look at the located columns)."""
    return mapping is not None and not any(plan.has(key) for key in CARA_COLUMNS)


def attach_cara_memantau(
    rencana: list[RencanaKinerja], index: SheetIndex | None, mapping: SheetMapping,
    stop_labels: tuple[Label, ...], sections: tuple[Label, Label] | None, rules: ReadingRules,
) -> None:
    """Give each RK without cara memantau the row of the separate table, on the sheet ``index`` (the one
    holding it, found by the reader as it finds every annex's), that names it."""
    if index is None or mapping.table is None:
        return
    layout = locate_table(index, mapping.table, rules.baris_judul_tabel_maks)
    if layout is None:
        return
    bound_table(layout, stop_labels, sections)
    by_text: dict[str, CaraMemantau | None] = {}
    for block in group_blocks(layout, "rk", rules.filler):
        if block.text is not None:
            by_text.setdefault(normalize_label(block.text), cara_memantau_of(layout, block))
    if not by_text:
        return
    for rk in rencana:
        if rk.cara_memantau is None and rk.text is not None:
            rk.cara_memantau = by_text.get(normalize_label(rk.text))
