"""The Penilaian SKP sheet (SPEC §3.8): realisasi per IKI and what staff wrote in the computed columns.

Written capaian, kategori, nilai and predikat are kept as raw text (``*_tertulis``) because the checks
compare them with the computed ones and must show the value as the pegawai wrote it.
"""

from __future__ import annotations

import re

from skp.mapping import Label, SheetMapping, Table, normalize_label
from skp.models import Penilaian, PenilaianRow, Target
from skp.numbers import PERCENT_FRACTION_MAX, parse_number
from skp.reading.blocks import group_blocks, rk_value
from skp.reading.bounds import bound_table
from skp.reading.header import Region, Value, find_labelled_value, find_nearly_labelled_value, value_right_of
from skp.reading.index import SheetIndex
from skp.reading.rules import ReadingRules
from skp.reading.session import FuzzyRules
from skp.reading.table import ColumnHit, TableLayout, label_keys, locate_table

_ITEM_COLUMNS = {  # model field → mapping column key, one value per IKI row
    "aspek": "aspek",
    "iki": "iki",
    "realisasi_raw": "realisasi",
    "capaian_tertulis": "capaian_iki",
    "kategori_tertulis": "kategori_capaian_iki",
    "nilai_iki_tertulis": "nilai_capaian_iki",
    "nilai_tertimbang_tertulis": "nilai_tertimbang",
}
_RK_COLUMNS = {  # model field → mapping column key, one value per RK
    "rk_atasan": "rk_atasan",
    "perspektif": "perspektif",
    "jenis_rk": "jenis_rk",
    "kategori_rk_tertulis": "kategori_capaian_rk",
    "nilai_rk_tertulis": "nilai_capaian_rk",
}
_EXPLANATION_RE = re.compile(r"\s*\([^()]*\)\s*$")  # "NILAI KINERJA (70% NILAI SKP + 30% NILAI PERILAKU)"
# the columns a total stands under when merged cells are unknown, the one it adds up first
_SUMMED = ("nilai_tertimbang", "nilai_capaian_rk", "nilai_capaian_iki")
_TOTALS = {"nilai_akhir_skp": "nilai_akhir_tertulis", "nilai_perilaku": "nilai_perilaku_tertulis",
           "nilai_kinerja": "nilai_kinerja_tertulis", "predikat": "predikat_tertulis"}


_OUT_OF_RE = re.compile(r"^\s*(?P<n>\d[\d.,]*)\s+dari\s+(?P<of>\d[\d.,]*)(?:\s|$)", re.IGNORECASE)
_PERCENT_TARGET_MIN = 15.0  # beside such a target a fraction read as written would score under 10 %


def _realisasi(value: object, target: Target | None) -> float | None:
    """The realisasi as a number, as the reviewer reads the cell.

    ``"12 dari 12 laporan"`` (SPEC §3.10) is the count achieved out of the count planned: 12, or, beside a
    percent target, 12/12 = 100 %. A bare number of at most 1,5 beside a percent target of at least 15 % is
    a %-formatted cell's fraction (0,92 shown as 92 %): xlwings' remote engine and python-calamine hand over
    the fraction, and read as written its capaian would be under 10 %."""
    number = parse_number(value)
    percent = target is not None and target.satuan == "%"
    if number is None and isinstance(value, str) and (match := _OUT_OF_RE.match(value)):
        achieved, planned = parse_number(match["n"]), parse_number(match["of"])
        if achieved is None or not planned:
            return None
        return achieved / planned * 100 if percent else achieved
    if (number is not None and percent and isinstance(value, (int, float))
            and 0 < number <= PERCENT_FRACTION_MAX
            and target is not None and target.min is not None and target.min >= _PERCENT_TARGET_MIN):
        return number * 100
    return number


_IKI_RESULT = {normalize_label("KATEGORI"): ("kategori_capaian_iki", "iki"),
               normalize_label("NILAI"): ("nilai_capaian_iki", "iki")}
_RK_RESULT = {normalize_label("KATEGORI"): ("kategori_capaian_rk", "rk"),
              normalize_label("NILAI"): ("nilai_capaian_rk", "rk")}
_IKI_RESULT_KEYS = frozenset(("capaian_iki", "kategori_capaian_iki", "nilai_capaian_iki"))
# a two-row header's bare sub-labels (KATEGORI, NILAI), by the group label written above them
_GROUPED_RESULTS = {normalize_label(group): sub for group, sub in (
    ("CAPAIAN", _IKI_RESULT), ("CAPAIAN IKI", _IKI_RESULT),
    ("CAPAIAN RK", _RK_RESULT), ("CAPAIAN RENCANA KINERJA", _RK_RESULT))}
# the sub-column holding the period's realisasi under a REALISASI header split into TW I … TW IV
_FINAL_REALISASI = frozenset(normalize_label(t) for t in ("AKHIR", "REALISASI AKHIR", "JUMLAH", "TOTAL"))


def _heading(index: SheetIndex, r: int, c: int, c_min: int) -> str | None:
    """The text heading column ``c`` on header row ``r``: its own cell or the nearest text to its left (a
    label merged across columns, whose merge xlwings' remote engine does not send)."""
    for col in range(c, c_min - 1, -1):
        text = index.text(r, col)
        if text is not None:
            return normalize_label(text)
    return None


def _place_grouped_results(index: SheetIndex, layout: TableLayout) -> None:
    """Result columns headed on two rows, ``CAPAIAN`` above ``CAPAIAN IKI (%) | KATEGORI | NILAI``: the
    bare KATEGORI and NILAI are placed by the group label above them. Unplaced, Hitung Nilai never wrote
    those results and the checks never compared them."""
    first = min((hit.c0 for hit in layout.columns.values()), default=0)
    taken = {hit.header for hit in layout.columns.values()}
    fuzzy = index.session.fuzzy
    # the header's unplaced cells, and the row under a one-row header: merges unknown (xlwings' remote
    # engine), the sub-labels' row is not known to belong to the header
    below = [(r, c, key) for r in range(layout.top + 1, layout.data_start) for c, key in index.row_keys(r)]
    extra: dict[str, ColumnHit] = {}
    for r, c, key in (*layout.unplaced, *below):
        if r <= layout.top or (r, c) in taken:
            continue
        hit = _bare_result(_GROUPED_RESULTS.get(_heading(index, r - 1, c, first) or "", {}), key, fuzzy)
        if hit is not None and hit[0] not in layout.columns and hit[0] not in extra:
            extra[hit[0]] = ColumnHit(hit[0], hit[1], (r, c), c, c, index.text(r, c) or "", "alias")
    # a one-row header's bare KATEGORI and NILAI right after CAPAIAN IKI (``CAPAIAN (%) | KATEGORI | NILAI |
    # KATEGORI RK``): the IKI's results, as the two-row header's are under CAPAIAN
    capaian = layout.columns.get("capaian_iki")
    bare = [] if capaian is None else [
        (c, hit) for r, c, key in layout.unplaced
        if r == capaian.header[0] and c > capaian.c1 and (hit := _bare_result(_IKI_RESULT, key, fuzzy))]
    for c, hit in sorted(bare):
        if hit[0] in layout.columns or hit[0] in extra:
            continue
        r = layout.columns["capaian_iki"].header[0]
        left = max((h for h in (*layout.columns.values(), *extra.values()) if h.c1 < c), key=lambda h: h.c1)
        if left.key in _IKI_RESULT_KEYS and left.c1 == c - 1:
            extra[hit[0]] = ColumnHit(hit[0], hit[1], (r, c), c, c, index.text(r, c) or "", "alias")
    if extra:
        layout.columns = {**layout.columns, **extra}


def _bare_result(
    results: dict[str, tuple[str, str]], key: str, fuzzy: FuzzyRules
) -> tuple[str, str] | None:
    """The result column a bare sub-label names (``KATEGORI``, ``NILAI``), also written with a typo
    (``KATEOGRI``, by the session's rules for near-words; ``NILAI`` is too short to be matched so)."""
    hit = results.get(key)
    if hit is None and key not in fuzzy.never:
        hit = next((results[k] for k in results if fuzzy.similarity(key, (k,)) is not None), None)
    return hit


def _final_realisasi(index: SheetIndex, layout: TableLayout) -> None:
    """A REALISASI header over several columns (TW I, TW II, TW III, TW IV, AKHIR): the period's realisasi
    is the column headed AKHIR / REALISASI AKHIR / JUMLAH / TOTAL, not the quarters joined into one text.
    The header reaches over its merged cell or, merges unknown (xlwings' remote engine), the columns up to
    the next placed column. Without such a column the realisasi stays unread, and is said to be."""
    hit = layout.columns.get("realisasi")
    if hit is None:
        return
    after = min((h.c0 for h in layout.columns.values() if h.c0 > hit.c1), default=hit.c1 + 1)
    if after - 1 == hit.c0:
        return
    for r in range(hit.header[0] + 1, layout.data_start):
        final = [c for c in range(hit.c0, after) if index.key(r, c) in _FINAL_REALISASI]
        if len(final) == 1:
            layout.columns = {**layout.columns, "realisasi": ColumnHit(
                "realisasi", hit.level, (r, final[0]), final[0], final[0], index.text(r, final[0]) or "",
                "alias")}
            return


def _rows(layout: TableLayout, filler: frozenset[str]) -> list[PenilaianRow]:
    rows = []
    # a Model Pengembangan sheet without a TARGET column: BAIK holds the target itself (SPEC §3.3)
    target_key = "kategori_baik" if not layout.has("target") and layout.has("kategori_baik") else "target"
    for block in group_blocks(layout, "rk", filler):
        rk_found = {f: rk_value(layout, block, k) for f, k in _RK_COLUMNS.items()}
        rk_values = {f: text for f, (text, _) in rk_found.items()}
        for r in block.item_rows:
            row = PenilaianRow(
                sheet=layout.sheet,
                row=r + 1,
                section=block.section,
                rk=block.text,
                target=(target := layout.target(r, target_key)),
                realisasi=_realisasi(layout.value(r, "realisasi"), target),
                **rk_values,
                **{f: layout.text(r, k) for f, k in _ITEM_COLUMNS.items()},
            )
            cells = {"rk": layout.cell(block.first, "rk"), "target": layout.cell(r, target_key)}
            cells |= {f: cell for f, (_, cell) in rk_found.items()}
            cells |= {f: layout.cell(r, k) for f, k in _ITEM_COLUMNS.items()}
            row.cells = {f: c for f, c in cells.items() if c is not None}
            if _is_blank(row):
                continue
            rows.append(row)
    return rows


def _is_blank(row: PenilaianRow) -> bool:
    """A row under an RK with no IKI, no target and no realisasi: no IKI, whatever number stands in a result
    column. Such rows are the lines a merged RK cell still covers, or summary lines written across the NO
    column under the table (``NILAI TERTIMBANG RENCANA AKSI (40%)`` with its value); read as IKI they could
    never be scored and left every total unscored."""
    return not (row.iki or row.target or row.realisasi_raw)


def _before_totals(
    rows: list[PenilaianRow], totals: tuple[Label, ...], fuzzy: FuzzyRules
) -> list[PenilaianRow]:
    """The rows above the first that is a total's label written with a typo (``NIALI AKHIR SKP`` beside its
    value), in the IKI column or, right-aligned towards its value, in the REALISASI one: the table's end was
    not found at it, and it is no IKI. A row with a target is an IKI whatever it is called."""
    keys = [label_keys(total) for total in totals]
    for n, row in enumerate(rows):
        if row.target is not None:
            continue
        for text in (row.iki, row.realisasi_raw if row.realisasi is None else None):
            key = normalize_label(text or "")
            if key and any(fuzzy.similarity(key, k) for k in keys):
                return rows[:n]
    return rows


def _under_summed_column(
    index: SheetIndex, layout: TableLayout, found: Value, written: frozenset[int]
) -> Value:
    """Where an empty total is to be written when the sheet's merged cells are not known.

    Agencies write a total's label across the table's columns (``NILAI AKHIR SKP`` merged from NO to
    NILAI CAPAIAN RK) and its value under the column it adds up. xlwings' remote engine receives cell
    values only, no merged cells, so the first empty cell right of the label lies inside the label's own
    merged cell. When nothing tells the label's width (no merged cell known around it) and the row is empty
    from the label on, the value's cell is in the column where the other totals have their values
    (``written``, when they agree on one), else under the table's nilai column (NILAI TERTIMBANG, else
    NILAI CAPAIAN RK, else NILAI CAPAIAN IKI)."""
    if found.text is not None:
        return found
    r, c = found.pos
    beside = [col for col in written if col > c]
    col = beside[0] if len(beside) == 1 else next(
        (layout.columns[k].c0 for k in _SUMMED if k in layout.columns), None)
    if col is None or col <= c or index.area(r, c) is not None or index.area(r, c - 1) is not None:
        return found
    if any(index.text(r, x) is not None for x in range(c, col + 1)):
        return found
    return Value(None, None, (r, col))


def _plausible(key: str, text: str | None) -> bool:
    """Whether ``text`` may be the value of the total ``key``: a predikat is words, a nilai a number."""
    if text is None:
        return False
    if key == "predikat":
        return not any(ch.isdigit() for ch in text)
    return parse_number(text) is not None


class _Explained:
    """Labels carrying their formula in brackets (``NILAI KINERJA PEGAWAI (60% NILAI SKP + 40% NILAI
    PERILAKU)``) in one region, found in one pass the first time a total is not found by its label."""

    def __init__(self, index: SheetIndex, region: Region, stop_keys: frozenset[str]) -> None:
        self.index, self.region, self.stop_keys = index, region, stop_keys
        self._labels: dict[str, tuple[int, int]] | None = None

    def value(self, total: Label) -> Value | None:
        """The value right of ``total``'s label written with an explanation in brackets, if any."""
        if self._labels is None:
            self._labels = {}
            rows, region = self.index.grid.rows, self.region
            for r, c in self.index.keys:  # every text cell short enough to be a label, row by row
                text = rows[r][c]
                if region.r0 <= r < region.r1 and isinstance(text, str) and text.endswith(")"):
                    self._labels.setdefault(normalize_label(_EXPLANATION_RE.sub("", text)), (r, c))
        pos = next((self._labels[k] for k in label_keys(total) if k in self._labels), None)
        if pos is None:
            return None
        return value_right_of(self.index, *pos, stop_keys=self.stop_keys, ordinals=False)


def _without_target(index: SheetIndex, table: Table, rules: ReadingRules) -> TableLayout | None:
    """A Model Pengembangan Penilaian whose only missing required column is TARGET, its target written in
    the BAIK column of the kategori (SPEC §3.3: BAIK holds the target itself); asked only of the sheet
    found as the Penilaian whose header was not found otherwise (the header search is remembered per
    sheet, so this costs no second search)."""
    layout = locate_table(index, table, rules.baris_judul_tabel_maks, 1)
    if layout is None or layout.has("target") or not layout.has("kategori_baik"):
        return None
    return layout


def read_penilaian(
    index: SheetIndex, mapping: SheetMapping, footer: tuple[Label, ...], rules: ReadingRules
) -> Penilaian | None:
    """The Penilaian sheet's IKI rows and its written totals; None when its table is not found."""
    table = mapping.table
    if table is None:
        return None
    layout = locate_table(index, table, rules.baris_judul_tabel_maks) or _without_target(index, table, rules)
    if layout is None:
        return None
    sections = (table.sections.utama, table.sections.tambahan) if table.sections else None
    bound_table(layout, (*footer, *table.totals), sections)
    _place_grouped_results(index, layout)
    _final_realisasi(index, layout)
    rows = _before_totals(_rows(layout, rules.filler), table.totals, index.session.fuzzy)
    penilaian = Penilaian(sheet=index.name, row=layout.top + 1, rows=rows)
    stop_keys = frozenset(k for total in table.totals for k in label_keys(total))
    # a total's label written with a typo is looked for only under the last IKI row read, where no
    # IKI text can be mistaken for it
    last = max((row.row or 0 for row in penilaian.rows), default=layout.data_start)
    below = Region(last, index.grid.n_rows)
    explained = _Explained(index, below, stop_keys)
    under = Region(layout.data_start, index.grid.n_rows)
    founds: dict[str, Value] = {}
    for total in table.totals:
        found = find_labelled_value(index, total, under, stop_keys, ordinals=False)
        if found is None and total.key in _TOTALS:
            found = explained.value(total)
            if found is None:
                found = find_nearly_labelled_value(index, total, below, stop_keys, ordinals=False)
        if found is not None:
            founds[total.key] = found
    # the columns holding the totals already written (NILAI KINERJA UTAMA, NILAI PERILAKU KERJA …)
    written = frozenset(found.pos[1] for found in founds.values() if found.text is not None)
    for key, field in _TOTALS.items():
        found = founds.get(key)
        if found is None:
            continue
        found = _under_summed_column(index, layout, found, written)
        setattr(penilaian, field, found.text)
        penilaian.cells[field] = found.cell
    return penilaian


def read_totals_elsewhere(index: SheetIndex, mapping: SheetMapping, penilaian: Penilaian) -> None:
    """The totals the Penilaian sheet does not hold but another sheet does: agencies write the nilai
    perilaku, nilai kinerja and predikat in the Perilaku sheet's summary. Each is read there, remembering
    its sheet (:meth:`~skp.models.Penilaian.sheet_of`), only when it has a value. On a Penilaian sheet with
    some realisasi written (a blank one is not checked), a label written with a typo (``PREDKIAT KINERJA
    PEGAWAI``) is found as under the Penilaian table, where its value is what the total holds
    (:func:`_plausible`): the whole sheet is searched, whose title (``PENILAIAN PERILAKU KERJA``) nearly
    spells NILAI PERILAKU KERJA."""
    table = mapping.table
    if table is None:
        return
    stop_keys = frozenset(k for total in table.totals for k in label_keys(total))
    region = Region(0, index.grid.n_rows)
    explained = _Explained(index, region, stop_keys)
    started = penilaian.started
    for total in table.totals:
        field = _TOTALS.get(total.key)
        if field is None or getattr(penilaian, field) is not None:
            continue
        found = find_labelled_value(index, total, region, stop_keys, ordinals=False)
        if found is None or found.text is None:
            found = explained.value(total)
        if (found is None or found.text is None) and started:
            found = find_nearly_labelled_value(index, total, region, stop_keys, ordinals=False)
            if found is not None and not _plausible(total.key, found.text):
                continue
        if found is None or found.text is None:
            continue
        setattr(penilaian, field, found.text)
        penilaian.cells[field] = found.cell
        penilaian.total_sheets[field] = index.name
