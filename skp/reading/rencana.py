"""The Rencana SKP table as :class:`~skp.models.RencanaKinerja` records (SPEC §3.2–3.4).

Column keys come from the form mapping; this module only says which model field each key fills and
records the cell of every field, so that a check can name the exact cell to fix.
"""

from __future__ import annotations

from skp.models import CaraMemantau, Iki, KategoriPenilaian, RencanaKinerja, Section
from skp.reading.blocks import RkBlock, group_blocks, rk_value
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
    if not layout.has("kategori_baik") and not kategori.is_empty():
        target = layout.text(r, "target")  # the TARGET column stands for BAIK (SPEC §3.3, §3.10)
        if target is not None:
            kategori.baik, kategori.baik_dari_target = target, True
            kategori.cells["baik"] = layout.cell(r, "target")  # type: ignore[assignment]
    return kategori


def _iki(layout: TableLayout, r: int) -> Iki:
    aspek_raw = layout.text(r, "aspek")
    # no TARGET column: BAIK holds the target itself (SPEC §3.3)
    target_key = "kategori_baik" if not layout.has("target") and layout.has("kategori_baik") else "target"
    iki = Iki(
        sheet=layout.sheet,
        row=r + 1,
        text=layout.text(r, "iki"),
        aspek_raw=aspek_raw,
        aspek=canonical_aspek(aspek_raw),
        target=layout.target(r, target_key),
        kategori=read_kategori(layout, r),
    )
    iki.cells = {k: layout.cell(r, k) for k in ("iki", "aspek", "target") if layout.has(k)}  # type: ignore[misc]
    if target_key != "target":
        iki.cells["target"] = layout.cell(r, target_key)  # type: ignore[assignment]
        if iki.kategori is not None:
            iki.kategori.target_dari_baik = True
    return iki


def cara_memantau_of(layout: TableLayout, block: RkBlock) -> CaraMemantau | None:
    """Cara memantau of one RK. Written per IKI rather than once per RK (SPEC §3.10), the RK's value is
    every IKI's, each once, joined with "; "."""
    present = [k for k in _CARA_FIELDS if layout.has(k)]
    if not present:
        return None
    cara = CaraMemantau(sheet=layout.sheet, row=block.first + 1)
    for key in present:
        per_iki: dict[str, None] = {}
        cell = None
        for r in block.rows:
            written = layout.text(r, key)
            if written is not None:
                cell = cell or layout.cell(r, key)
                per_iki[written] = None
        text = "; ".join(per_iki) if per_iki else None
        if text is None:  # a cell merged over this and earlier RK, or empty
            text, cell = rk_value(layout, block, key)
        setattr(cara, _CARA_FIELDS[key], text)
        cara.cells[_CARA_FIELDS[key]] = cell  # type: ignore[assignment]
    return cara


def _perspektif_merged_per_rk(layout: TableLayout, blocks: list[RkBlock]) -> bool:
    """Whether the table merges each RK's perspektif over that RK's own rows (an RK of two IKI rows with its
    perspektif cell merged over exactly those two): the writer gives every RK its own perspektif, so an
    empty perspektif cell of another RK is empty, not the one above it written once for a group."""
    if not layout.has("perspektif"):
        return False
    column = layout.columns["perspektif"].c0
    for block in blocks:
        last = max(block.rows, default=block.first)
        area = layout.index.area(block.first, column)
        if last > block.first and area is not None and area[0] == block.first and area[2] == last:
            return True
    return False


def read_rencana(
    layout: TableLayout, rules: ReadingRules, first_section: Section = "utama"
) -> list[RencanaKinerja]:
    """Every RK of the bounded Rencana SKP table, with its IKI rows; rows before any section label are
    ``first_section``'s (Kinerja Utama, or the section a table continued from another sheet was in).

    With ``perspektif_kosong_ikut_sebelumnya`` an empty perspektif continues the previous RK's in the same
    section, as when staff write a perspektif once above its group of RK without merging the cells. On a
    sheet known by its values only (:attr:`~skp.reading.grid.SheetGrid.values_only`), an empty RK atasan
    continues the previous RK's likewise: one RK atasan cell merged over every RK that intervenes it comes
    as a value on its first row and blanks below, which an unmerged sheet cannot be told from. An RK atasan
    written on a row of its own above the RKs that intervene it (a group heading: no RK, no IKI) is no RK;
    the RKs below it in the same section that name no RK atasan of their own take it."""
    out: list[RencanaKinerja] = []
    previous: RencanaKinerja | None = None
    heading: tuple[Section, str, str | None] | None = None  # an RK atasan written above its RKs
    blocks = group_blocks(layout, "rk", rules.filler, first_section)
    perspektif_per_rk = _perspektif_merged_per_rk(layout, blocks)
    for block in blocks:
        perspektif_raw, perspektif_cell = rk_value(layout, block, "perspektif")
        rk_atasan, rk_atasan_cell = rk_value(layout, block, "rk_atasan")
        if block.text is None and not block.item_rows and rk_atasan is not None:
            heading = (block.section, rk_atasan, rk_atasan_cell)  # a group heading, no RK of its own
            continue
        if rk_atasan is None and heading is not None and heading[0] == block.section:
            rk_atasan, rk_atasan_cell = heading[1], heading[2]
        inherit = (
            perspektif_raw is None
            and rules.perspektif_kosong_ikut_sebelumnya
            and not perspektif_per_rk
            and previous is not None
            and previous.section == block.section
            and previous.perspektif_raw is not None
        )
        if inherit and previous is not None:
            perspektif_raw, perspektif_cell = previous.perspektif_raw, previous.cells.get("perspektif")
        if (
            rk_atasan is None
            and layout.index.grid.values_only
            and previous is not None
            and previous.section == block.section
            and previous.rk_atasan is not None
        ):
            rk_atasan, rk_atasan_cell = previous.rk_atasan, previous.cells.get("rk_atasan")
        rk = RencanaKinerja(
            sheet=layout.sheet,
            row=block.first + 1,
            section=block.section,
            no=block.no,
            text=block.text,
            rk_atasan=rk_atasan,
            perspektif_raw=perspektif_raw,
            perspektif=canonical_perspektif(perspektif_raw),
            iki=[_iki(layout, r) for r in block.item_rows],
            cara_memantau=cara_memantau_of(layout, block),
        )
        rk.cells = {k: layout.cell(block.first, k) for k in _RK_CELLS if layout.has(k)}  # type: ignore[misc]
        for key, cell in (("perspektif", perspektif_cell), ("rk_atasan", rk_atasan_cell)):
            if cell is not None:
                rk.cells[key] = cell
        out.append(rk)
        previous = rk
    return out
