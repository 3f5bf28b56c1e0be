"""The Rencana SKP table as :class:`~skp.models.RencanaKinerja` records (SPEC §3.2–3.4).

Column keys come from the form mapping; this module only says which model field each key fills and
records the cell of every field, so that a check can name the exact cell to fix.
"""

from __future__ import annotations

from skp.models import CaraMemantau, Iki, KategoriPenilaian, RencanaKinerja
from skp.numbers import parse_target
from skp.reading.blocks import RkBlock, first_text, group_blocks
from skp.reading.grid import a1
from skp.reading.rules import ReadingRules
from skp.reading.table import TableLayout
from skp.vocab import canonical_aspek, canonical_perspektif

KATEGORI_FIELDS = {
    "kategori_sangat_kurang": "sangat_kurang",
    "kategori_kurang": "kurang",
    "kategori_cukup": "cukup",
    "kategori_baik": "baik",
    "kategori_sangat_baik": "sangat_baik",
}
_CARA_FIELDS = {"cm_data": "data", "cm_sumber_data": "sumber_data", "cm_waktu": "waktu_pengumpulan"}
_RK_CELLS = ("rk", "rk_atasan", "perspektif", "no")


def read_kategori(layout: TableLayout, r: int) -> KategoriPenilaian | None:
    """The KATEGORI PENILAIAN cells of one IKI row; None when the table has no such columns."""
    present = [k for k in KATEGORI_FIELDS if layout.has(k)]
    if not present:
        return None
    kategori = KategoriPenilaian(sheet=layout.sheet, row=r + 1)
    for key in present:
        setattr(kategori, KATEGORI_FIELDS[key], layout.text(r, key))
        kategori.cells[KATEGORI_FIELDS[key]] = layout.cell(r, key)  # type: ignore[assignment]
    return kategori


def _iki(layout: TableLayout, r: int) -> Iki:
    raw_target = layout.text(r, "target")
    aspek_raw = layout.text(r, "aspek")
    iki = Iki(
        sheet=layout.sheet,
        row=r + 1,
        text=layout.text(r, "iki"),
        aspek_raw=aspek_raw,
        aspek=canonical_aspek(aspek_raw),
        target=parse_target(raw_target) if raw_target else None,
        kategori=read_kategori(layout, r),
    )
    iki.cells = {k: layout.cell(r, k) for k in ("iki", "aspek", "target") if layout.has(k)}  # type: ignore[misc]
    return iki


def _cara_memantau(layout: TableLayout, block: RkBlock) -> CaraMemantau | None:
    present = [k for k in _CARA_FIELDS if layout.has(k)]
    if not present:
        return None
    cara = CaraMemantau(sheet=layout.sheet, row=block.first + 1)
    for key in present:
        setattr(cara, _CARA_FIELDS[key], first_text(layout, block, key))
        cara.cells[_CARA_FIELDS[key]] = layout.cell(block.first, key)  # type: ignore[assignment]
    return cara


def _perspektif(layout: TableLayout, block: RkBlock) -> tuple[str | None, str | None]:
    """The RK's perspektif and its cell; a perspektif merged over several RK is read from its top cell."""
    if not layout.has("perspektif"):
        return None, None
    text = first_text(layout, block, "perspektif")
    area = layout.index.area(block.first, layout.columns["perspektif"].c0)
    if text is None and area is not None and area[0] < block.first:
        return layout.index.text(area[0], area[1]), a1(area[0], area[1])
    return text, layout.cell(block.first, "perspektif")


def read_rencana(layout: TableLayout, rules: ReadingRules) -> list[RencanaKinerja]:
    """Every RK of the bounded Rencana SKP table, with its IKI rows.

    With ``perspektif_kosong_ikut_sebelumnya`` an empty perspektif continues the previous RK's in the same
    section, as when staff write a perspektif once above its group of RK without merging the cells."""
    out: list[RencanaKinerja] = []
    previous: RencanaKinerja | None = None
    for block in group_blocks(layout, "rk", rules.filler):
        perspektif_raw, perspektif_cell = _perspektif(layout, block)
        inherit = (
            perspektif_raw is None
            and rules.perspektif_kosong_ikut_sebelumnya
            and previous is not None
            and previous.section == block.section
            and previous.perspektif_raw is not None
        )
        if inherit and previous is not None:
            perspektif_raw, perspektif_cell = previous.perspektif_raw, previous.cells.get("perspektif")
        rk = RencanaKinerja(
            sheet=layout.sheet,
            row=block.first + 1,
            section=block.section,
            no=block.no,
            text=block.text,
            rk_atasan=first_text(layout, block, "rk_atasan"),
            perspektif_raw=perspektif_raw,
            perspektif=canonical_perspektif(perspektif_raw),
            iki=[_iki(layout, r) for r in block.item_rows],
            cara_memantau=_cara_memantau(layout, block),
        )
        rk.cells = {k: layout.cell(block.first, k) for k in _RK_CELLS if layout.has(k)}  # type: ignore[misc]
        if perspektif_cell is not None:
            rk.cells["perspektif"] = perspektif_cell
        out.append(rk)
        previous = rk
    return out
