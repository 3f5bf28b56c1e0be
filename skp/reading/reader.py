"""``read_document``: one workbook grid → one :class:`~skp.models.SkpDocument`, driven by the mappings.

The Rencana SKP sheet is the sheet whose table header matches a form mapping best (a Penilaian sheet,
which repeats the plan's columns plus REALISASI, is only used when nothing else matches). The kop is read
above that header, the form is detected from the columns found, and each annex the form knows is looked
up by content, then by sheet name. No label is written in this code: all come from ``config.mappings``.

Reading is a function of (grid, compiled layouts): the layouts and any memo carried from one workbook to
the next belong to the :class:`~skp.reading.session.ReadingSession` passed in (or a fresh one).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from skp.config import Config
from skp.errors import WorkbookRejected
from skp.jabatan_fungsional import catalogue_for
from skp.mapping import FormMapping, Header, Label, Mappings, SheetMapping, Table, normalize_label
from skp.models import ManualIki, Penilaian, Period, SkpDocument
from skp.reading.bounds import bound_table
from skp.reading.cara_memantau import attach_cara_memantau, plan_without_cara
from skp.reading.detect import detect_form
from skp.reading.fields import read_manual_iki, read_perilaku
from skp.reading.grid import WorkbookGrid
from skp.reading.header import read_identities, read_period, read_title
from skp.reading.ide_baru import read_ide_baru
from skp.reading.index import SheetIndex, sheet_indexes
from skp.reading.keterkaitan import read_keterkaitan
from skp.reading.matriks import read_matriks
from skp.reading.penilaian import read_penilaian, read_totals_elsewhere
from skp.reading.placement import table_labels, unplaced_headers
from skp.reading.regime import describe, other_regime
from skp.reading.rencana import read_rencana
from skp.reading.rules import ReadingRules, reading_rules
from skp.reading.session import ReadingSession, new_session
from skp.reading.sheets import find_sheet, holds_annex, shows_annex, titled_below
from skp.reading.table import TableLayout, header_spans, label_keys, locate_table, table_found
from skp.reading.unfilled import (
    clear_penilaian_placeholders,
    clear_placeholders,
    clear_plan_placeholders,
    is_filled,
)


@dataclass
class _Candidate:
    form: FormMapping
    layout: TableLayout
    # other sheets the reviewer sees holding a complete plan of the same kind (another SKP kept in the
    # workbook): one layout per sheet, for :func:`_plans_of_other_periods`
    also: tuple[TableLayout, ...] = ()
    from_penilaian: bool = False  # the header is a Penilaian's own: the workbook holds no plan of its own


def _penilaian_mappings(mappings: Mappings) -> list[SheetMapping]:
    return [m for m in mappings.annexes.values() if m.kind == "penilaian" and m.table is not None]


_MANUAL_LABELS_MIN = 3  # of a Manual IKI's own required labels (DEFINISI IKI, FORMULA, TUJUAN …) on a sheet


def _manual_label_keys(mappings: Mappings) -> list[tuple[str, ...]]:
    """The label keys of each required field of the Manual IKI mappings."""
    return [label_keys(f) for m in mappings.annexes.values() if m.kind == "manual-iki"
            for f in m.fields if f.required]


def _holds_manual_iki(
    index: SheetIndex, manual_keys: list[tuple[str, ...]], rows: range | None = None
) -> bool:
    """Whether the sheet (within ``rows``, when given) holds a Manual IKI: a Manual IKI laid out as a table,
    one IKI per row under NO | RENCANA KINERJA | … | INDIKATOR KINERJA INDIVIDU | DEFINISI IKI | FORMULA | …,
    has the plan's columns too, and is no plan. A label written with a typo (``TUJAUN``, by the session's
    rules for near-words) counts where the others stand written exactly, on their rows (a table's header)
    or in their columns (blocks): only looked for when some are, so a plan sheet costs nothing more."""
    hits = [[(r, c) for r, c in index.find(keys) if rows is None or r in rows] for keys in manual_keys]
    exact = sum(1 for cells in hits if cells)
    if exact >= _MANUAL_LABELS_MIN or exact == 0 or len(manual_keys) < _MANUAL_LABELS_MIN:
        return exact >= _MANUAL_LABELS_MIN
    label_rows = {r for cells in hits for r, _ in cells}
    label_columns = {c for cells in hits for _, c in cells}
    beside = [key for (r, c), key in index.keys.items()
              if (r in label_rows or c in label_columns) and (rows is None or r in rows)]
    fuzzy = index.session.fuzzy
    near = sum(1 for keys, cells in zip(manual_keys, hits, strict=True)
               if not cells and any(fuzzy.similarity(key, keys) is not None for key in beside))
    return exact + near >= _MANUAL_LABELS_MIN


def _header_tops(index: SheetIndex, mappings: list[SheetMapping], max_rows: int) -> set[int]:
    """The first rows of the complete headers of the ``mappings``' tables on the sheet."""
    return {top for m in mappings if m.table is not None
            for top, _, _ in header_spans(index, m.table, max_rows)}


def _best_rencana(
    indexes: list[SheetIndex], mappings: Mappings, rules: ReadingRules, near: bool = False
) -> _Candidate | None:
    """The best table match over every sheet and every form: plan sheets beat Penilaian sheets, a header
    that is no Penilaian's or Manual IKI's own beats one that is (the three written on one sheet), sheets
    without a Manual IKI beat those with one, a sheet the reviewer sees beats a hidden one (a hidden sheet
    is an old SKP or a draft kept out of sight, ``sheet_tersembunyi_kalah``, whatever columns it keeps that
    this year's plan dropped), more matched columns beat fewer, a complete header beats one missing a
    required column, and between equal headers the one of the latest period, then the one with identity
    blocks above it and RK under it (an example header in an instructions sheet has neither).

    ``near``: header rows are also tried where labels are only nearly spelt (the search made again for a
    workbook in which no header was found at all).

    Headers missing a required column are only looked for on sheets where some form's header matched
    completely (or anywhere when none did, or only on Penilaian sheets: the plan's own header may have an
    unrecognised label), which keeps annex sheets from costing a second search."""
    max_rows = rules.baris_judul_tabel_maks
    hidden_loses = rules.sheet_tersembunyi_kalah
    penilaian = _penilaian_mappings(mappings)
    manual_keys = _manual_label_keys(mappings)
    forms = [f for f in mappings.forms.values() if f.rencana.table is not None]
    found: list[tuple[tuple[int, ...], _Candidate]] = []
    kop_keys = _kop_keys(mappings.kop)
    # A Penilaian sheet repeats the plan's columns, but its header ranks below any other sheet's: it is
    # searched as a plan only in a workbook where no other sheet holds one (a Penilaian sheet sent alone).
    penilaian_ids = {id(i) for i in indexes if any(table_found(i, m.table, max_rows) for m in penilaian)}  # type: ignore[arg-type]
    for is_penilaian in (False, True):
        if found:
            break
        group = [index for index in indexes if (id(index) in penilaian_ids) == is_penilaian]
        for tolerance in sorted({0, rules.kolom_wajib_boleh_hilang}):
            matched = {id(c.layout.index) for _, c in found}
            complete = {(id(c.layout.index), id(c.form)) for _, c in found}
            for index in group:  # on Penilaian sheets alone, a header missing a column is looked for on each
                if tolerance and matched and not is_penilaian and id(index) not in matched:
                    continue
                holds_manual: bool | None = None  # looked up for sheets where a form's header is found only
                # on a sheet holding a Penilaian (the plan and its Penilaian written on one sheet), the
                # Penilaian's own header is no plan's
                penilaian_tops: set[int] | None = None
                for form in forms:
                    if (id(index), id(form)) in complete:
                        continue
                    layout = locate_table(index, form.rencana.table, max_rows, tolerance, near)  # type: ignore[arg-type]
                    if layout is not None:
                        if holds_manual is None:
                            holds_manual = _holds_manual_iki(index, manual_keys)
                        # a Manual IKI's own header (DEFINISI IKI | FORMULA …) under the plan on one sheet
                        is_manual = holds_manual and _holds_manual_iki(
                            index, manual_keys, range(layout.top, layout.header_end))
                        if penilaian_tops is None:
                            penilaian_tops = (_header_tops(index, penilaian, max_rows) if is_penilaian
                                              else set())
                        seen = int(not (hidden_loses and index.grid.hidden))
                        own = int(layout.top not in penilaian_tops)
                        rank = (int(not is_penilaian), own, int(not is_manual), int(not holds_manual), seen,
                                layout.score, int(tolerance == 0))
                        alone = bool(is_penilaian and not own)
                        found.append((rank, _Candidate(form, layout, from_penilaian=alone)))
    if not found:
        return None
    best = max(rank for rank, _ in found)
    tied = [c for rank, c in found if rank == best]
    if len({id(c.layout.index) for c in tied}) > 1:
        tied = _latest_period(tied, mappings.kop)
    if len({_rows_counted(c.layout) for c in tied}) == 1:  # equal rows under equal headers: the first wins
        chosen = tied[0]
    else:
        chosen = max(tied, key=lambda c: _filled_rows(c.layout, kop_keys))
    if len(found) == 1:  # one header on one sheet: most workbooks
        return chosen
    also = _other_plans(found, best, chosen)
    return replace(chosen, also=also) if also else chosen


_PLAN_KIND = 5  # the rank's parts saying what a header is (plan, own, no Manual, seen), not how well it fits


def _other_plans(
    found: list[tuple[tuple[int, ...], _Candidate]], best: tuple[int, ...], chosen: _Candidate
) -> tuple[TableLayout, ...]:
    """Complete plan headers of the chosen one's kind on other sheets the reviewer sees, the best-matching
    one per sheet: another SKP kept in the same workbook (or a copy of this one)."""
    by_sheet: dict[int, tuple[tuple[int, ...], TableLayout]] = {}
    for rank, candidate in found:
        index = candidate.layout.index
        if (index is chosen.layout.index or index.grid.hidden or rank[:_PLAN_KIND] != best[:_PLAN_KIND]
                or not rank[-1]):
            continue
        if id(index) not in by_sheet or rank > by_sheet[id(index)][0]:
            by_sheet[id(index)] = (rank, candidate.layout)
    return tuple(layout for _, layout in by_sheet.values())


def _latest_period(tied: list[_Candidate], kop: Header) -> list[_Candidate]:
    """Equal plan sheets for different periods (last year's SKP kept in front of this year's): those of
    the latest period, the plan being submitted; all of them when a period cannot be read."""
    ends = {id(c.layout.index): read_period(c.layout.index, kop, c.layout.top)[0].end for c in tied}
    known = [end for end in ends.values() if end is not None]
    if len(known) < len(ends):
        return tied
    latest = max(known)
    return [c for c in tied if ends[id(c.layout.index)] == latest]


def _rows_counted(layout: TableLayout) -> tuple[object, ...]:
    """What :func:`_filled_rows` of a layout depends on (its sheet, header rows, column spans, which set
    where its data starts, and RK column), so that candidates equal in it are not counted: the rows are
    only counted to break a tie between headers."""
    rk = layout.columns.get("rk")
    spans = tuple((h.c0, h.c1) for h in layout.columns.values())
    return id(layout.index), layout.top, layout.header_end, spans, rk.c0 if rk else None


def _read_ide_baru(
    document: SkpDocument, indexes: list[SheetIndex], mappings: Mappings, rules: ReadingRules
) -> None:
    """The ide baru under the Penilaian sheet's totals (:mod:`skp.reading.ide_baru`), labelled as on the
    Perilaku sheet."""
    penilaian, perilaku = document.penilaian, mappings.annexes.get("perilaku")
    if penilaian is None or perilaku is None:
        return
    index = next((i for i in indexes if i.name == penilaian.sheet), None)
    field = next((f for f in perilaku.fields if f.key == "ide_baru"), None)
    if index is None or field is None:
        return
    stated = document.perilaku is not None and "ide_baru" in document.perilaku.cells
    read_ide_baru(penilaian, index, field, rules, stated)


def _signature_labels(kop: Header) -> tuple[Label, ...]:
    """Labels that open the signature area under a table: the footer's, and the identity block labels
    with their variants, which the signature blocks repeat."""
    return (*kop.footer, *kop.blocks.values())


_CONTINUATION_TOP_ROWS = 6  # a continuation sheet's column-number row stands within its first rows


def _continuation(
    layout: TableLayout,
    following: list[SheetIndex],
    mappings: Mappings,
    rules: ReadingRules,
    stops: tuple[Label, ...],
    new_form: tuple[Label, ...],
    annex_tables: tuple[Table, ...],
) -> TableLayout | None:
    """The plan's table going on on the next sheet (``SKP Hal 1`` | ``SKP Hal 2``, one sheet per printed
    page): the plan's sheet is unsigned, and the sheet right after it has no kop of its own (no period,
    no identity field, no annex title), repeats the table's header or only its column-number row at its
    top, is signed under it, and holds no Penilaian, Manual IKI or annex table. None otherwise."""
    stop_keys = frozenset(k for label in stops for k in label_keys(label))
    if not following or layout.index.first_row_with(stop_keys, layout.data_start) is not None:
        return None
    index = following[0]
    if index.first_row_with(frozenset(k for label in new_form for k in label_keys(label)), 0) is not None:
        return None
    max_rows = rules.baris_judul_tabel_maks
    if any(table_found(index, m.table, max_rows) for m in _penilaian_mappings(mappings)) or any(  # type: ignore[arg-type]
        table_found(index, t, max_rows) for t in annex_tables
    ) or _holds_manual_iki(index, _manual_label_keys(mappings)):
        return None
    found = locate_table(index, layout.table, max_rows)
    if found is not None and found.top >= _CONTINUATION_TOP_ROWS:
        found = None
    if found is None:
        found = _numbers_only_head(index, layout)
    if found is None or index.first_row_with(stop_keys, found.data_start) is None:
        return None
    return found


def _numbers_only_head(index: SheetIndex, layout: TableLayout) -> TableLayout | None:
    """A layout of the plan's columns under a column-number row ``1 | 2 | 3 …`` at the top of ``index``
    standing in the same columns as on the plan's sheet."""
    columns = sorted(layout.columns.values(), key=lambda hit: hit.c0)
    for r in range(min(index.grid.n_rows, _CONTINUATION_TOP_ROWS)):
        texts = [(index.text(r, hit.c0) or "").strip("() ") for hit in columns]
        if len(texts) >= 3 and texts == [str(n) for n in range(1, len(texts) + 1)]:
            return TableLayout(index, layout.table, r, r, layout.columns)
    return None


def _new_form_labels(kop: Header) -> tuple[Label, ...]:
    """Labels no page break of a table repeats but a new form's kop opens with: the period and the
    identity fields a signature block does not write (pangkat, jabatan, unit kerja)."""
    return (kop.periode, *(kop.field(key) for key in ("pangkat", "jabatan", "unit_kerja")))


_FILLED_ROWS_SCANNED = 200


_KOP_FIELDS_MIN = 2  # identity labels (NAMA, NIP …) above a header that make a kop without its block titles


def _kop_keys(kop: Header) -> tuple[tuple[str, ...], tuple[tuple[str, ...], ...]]:
    """The label keys of the kop's two block titles, and of each of its identity fields."""
    blocks = tuple(k for label in kop.blocks.values() for k in label_keys(label))
    return blocks, tuple(label_keys(f) for f in kop.fields)


def _filled_rows(layout: TableLayout, kop_keys: tuple[tuple[str, ...], tuple[tuple[str, ...], ...]]) -> int:
    """Rows with an RK text under the header (up to a bound), plus a large bonus for a kop above it: a block
    title (PEGAWAI YANG DINILAI), or two identity labels (NAMA, NIP …) where both titles are misspelt.

    Remembered per sheet: the forms found at one header share its RK column and rows."""
    index, rk = layout.index, layout.columns.get("rk")
    memo_key = ("filled", layout.top, layout.data_start, rk.c0 if rk else None, kop_keys)
    found = index.memo.get(memo_key)
    if found is None:
        rows = range(layout.data_start, min(index.grid.n_rows, layout.data_start + _FILLED_ROWS_SCANNED))
        filled = sum(1 for r in rows if rk and index.text(r, rk.c0) is not None)
        blocks, fields = kop_keys
        has_kop = any(r < layout.top for r in index.rows_with(blocks)) or sum(
            1 for keys in fields if any(r < layout.top for r in index.rows_with(keys))) >= _KOP_FIELDS_MIN
        found = index.memo[memo_key] = filled + (_FILLED_ROWS_SCANNED if has_kop else 0)
    return found  # type: ignore[return-value]


def _form_layout(candidate: _Candidate, form: FormMapping, max_rows: int) -> TableLayout:
    """Re-locate the table with the detected form's columns when they differ from the best match's."""
    if form.rencana.table is candidate.form.rencana.table or form.rencana.table is None:
        return candidate.layout
    return locate_table(candidate.layout.index, form.rencana.table, max_rows) or candidate.layout


def _recognise(
    indexes: list[SheetIndex], mappings: Mappings, rules: ReadingRules, session: ReadingSession
) -> _Candidate:
    """The Rencana SKP table of an 8/2021 form; ``WorkbookRejected`` for an empty workbook (bukan-skp),
    a workbook of another regime (format-lain) or one without any SKP form (bukan-skp)."""
    if not any(index.keys for index in indexes) and not any(
        v is not None for index in indexes for row in index.grid.rows for v in row
    ):
        raise WorkbookRejected("bukan-skp", "buku kerja kosong: tidak ada isian di sheet mana pun")
    candidate = _best_rencana(indexes, mappings, rules)
    if candidate is None and other_regime(indexes, session.regimes, False) is None:
        # every header label written inexactly (a JPT table has few): looked for again by near-words
        candidate = _best_rencana(indexes, mappings, rules, near=True)
    complete = candidate is not None and not any(
        c.required and c.key not in candidate.layout.columns for c in candidate.form.rencana.table.columns  # type: ignore[union-attr]
    )
    # a complete 8/2021 table is judged by its own sheet: a kept copy of last year's PP 46/2011 form or a
    # 6/2022 sheet beside it is an old sheet kept in the workbook, not the form this workbook submits
    judged = [candidate.layout.index] if candidate is not None and complete else indexes
    regime = other_regime(judged, session.regimes, complete)
    if regime is not None:
        raise WorkbookRejected("format-lain", describe(*regime))
    if candidate is None:
        raise WorkbookRejected("bukan-skp", _without_plan(indexes, mappings))
    return candidate


def _without_plan(indexes: list[SheetIndex], mappings: Mappings) -> str:
    """Why no form was recognised, saying what the workbook holds when it is an annex alone (a Matriks
    written by ``skp kaskade`` or sent apart, a Manual IKI): the plan it belongs with is elsewhere; or
    when it is a recap skp wrote (``skp rekap -o kiriman/rekap.xlsx``, then ``skp periksa kiriman/``)."""
    names = [index.grid.name.strip().lower() for index in indexes]
    if names and names[0] == "ringkasan" and {"pegawai", "temuan"} <= set(names):
        return ("berkas ini tampaknya rekap buatan skp rekap (sheet Ringkasan, Pegawai, Temuan), bukan SKP; "
                "simpan rekap di luar folder kiriman")
    annexes = dict.fromkeys(mapping.title.label for mapping in mappings.annexes.values()
                            if any(holds_annex(index, mapping) for index in indexes))
    if not annexes:
        return "tidak ada sheet dengan tabel Rencana SKP yang dikenali"
    return (f"hanya ada lampiran {', '.join(annexes)} tanpa tabel Rencana SKP; lampiran diperiksa bersama "
            "SKP yang memuat Rencana SKP-nya")


def read_document(grid: WorkbookGrid, config: Config, session: ReadingSession | None = None) -> SkpDocument:
    """Read an SKP workbook; raise ``WorkbookRejected`` (``bukan-skp``, ``format-lain``) when no 8/2021
    form is recognised. ``session``: the run's compiled layouts and memo (default: a fresh one)."""
    session = session if session is not None else new_session(config)
    document = _read_grid(grid, config, session)
    if _results_unread(document.penilaian) and grid.show_errors():
        document = _read_grid(grid, config, session)  # a result showing #REF! is a result, not a blank
    return document


def _results_unread(penilaian: Penilaian | None) -> bool:
    """Whether a started Penilaian lacks a result its checks compare (a capaian, kategori or nilai of a
    row with realisasi, the nilai akhir, the predikat): the only place a cell showing a formula's error
    reads differently from an empty one (elsewhere both are blanks). Finding such cells costs inflating
    every worksheet part again, a tenth of a workbook's reading, so it is done only then."""
    if penilaian is None:
        return False
    started = [row for row in penilaian.rows if row.realisasi_raw is not None]
    return bool(started) and (
        penilaian.nilai_akhir_tertulis is None
        or penilaian.predikat_tertulis is None
        or any(None in (r.capaian_tertulis, r.kategori_tertulis, r.nilai_iki_tertulis) for r in started)
    )


def _read_grid(grid: WorkbookGrid, config: Config, session: ReadingSession) -> SkpDocument:
    indexes = sheet_indexes(grid, session)
    try:
        return _read([index for index, _ in indexes], config, session)
    finally:  # the layouts found point back at their sheet: without this each grid waits for the GC
        for index, shared in indexes:
            if not shared:
                index.release()


def _read(indexes: list[SheetIndex], config: Config, session: ReadingSession) -> SkpDocument:
    rules: ReadingRules = reading_rules(config)
    mappings = config.mappings
    max_rows = rules.baris_judul_tabel_maks
    candidate = _recognise(indexes, mappings, rules, session)
    index = candidate.layout.index
    kop = mappings.kop
    top = candidate.layout.top
    peg_reading, pen_reading = read_identities(index, kop, top, session.fuzzy)
    pegawai, penilai = peg_reading.identity, pen_reading.identity
    patterns = tuple(rules.teks_pengisi)
    placeholders = {**clear_placeholders(pegawai, patterns), **clear_placeholders(penilai, patterns)}
    others = [i for i in indexes if i is not index]
    form = mappings.form(detect_form(candidate.layout, pegawai.jabatan,
                                     lambda: _jf_annexes([*others, index], mappings, rules),
                                     rules.deteksi, catalogue_for(config)))
    layout = _form_layout(candidate, form, max_rows)
    table = layout.table
    sections = (table.sections.utama, table.sections.tambahan) if table.sections else None
    annex_titles = tuple(m.title for m in mappings.annexes.values())
    annex_tables = tuple(m.table for m in mappings.annexes.values() if m.table is not None)
    separate_cara = form.cara_memantau if plan_without_cara(layout, form.cara_memantau) else None
    if separate_cara is not None and separate_cara.table is not None:  # a Cara Memantau table ends the plan
        annex_titles = (*annex_titles, separate_cara.title)
        annex_tables = (*annex_tables, separate_cara.table)
    stops = (*_signature_labels(kop), *annex_titles)
    if candidate.from_penilaian:  # its totals (NILAI AKHIR SKP, NILAI PERILAKU KERJA …) end the plan too
        stops = (*stops, *(t for m in _penilaian_mappings(mappings) for t in m.table.totals))  # type: ignore[union-attr]
    new_form = (*_new_form_labels(kop), *annex_titles)
    totals = tuple(rules.label_baris_jumlah)
    bound_table(layout, stops, sections, annex_tables, max_rows, new_form_labels=new_form,
                total_labels=totals)
    _end_at_manual(layout, form, config.mappings)
    title_cell, agency = read_title(index, form.rencana.title, kop, top)
    periode, period_labels = read_period(index, kop, top, rules.periode_tahun_dari_kop)
    rencana = read_rencana(layout, rules)
    following = indexes[next(i for i, x in enumerate(indexes) if x is index) + 1:]
    continued = _continuation(layout, following, config.mappings, rules, stops, new_form, annex_tables)
    if continued is not None:
        bound_table(continued, stops, sections, annex_tables, max_rows, new_form_labels=new_form,
                    total_labels=totals)
        marked = {**layout.sections, **layout.section_tags}
        last = max(marked.items())[1] if marked else "utama"
        rencana += read_rencana(continued, rules, first_section=last)  # type: ignore[arg-type]
    placeholders.update(clear_plan_placeholders(rencana, periode, patterns))
    other_periods = _plans_of_other_periods(candidate.also, periode, kop, rules) if candidate.also else []
    document = SkpDocument(
        form=form.id,
        jenis=form.jenis,
        model=form.model,
        sheet=index.name,
        title_cell=title_cell,
        agency=agency,
        pegawai=pegawai,
        penilai=penilai,
        periode=periode,
        rencana=rencana,
        utama_cell=layout.section_cells.get("utama"),
        labels=[*table_labels(layout), *peg_reading.labels, *pen_reading.labels, *period_labels],
        unplaced=[
            *unplaced_headers(layout, table.columns_for(form.model), session.fuzzy),
            *peg_reading.unplaced,
            *pen_reading.unplaced,
        ],
        placeholders=placeholders,
        rencana_lain=other_periods,
        plan_from_penilaian=candidate.from_penilaian,
    )
    _read_annexes(document, form, others, layout, config, rules)
    if separate_cara is not None:
        cara_index = _annex_sheet(separate_cara, *_by_visibility(others, rules), index)
        attach_cara_memantau(document.rencana, cara_index, separate_cara, stops, sections, rules)
    return document


def _plans_of_other_periods(
    layouts: tuple[TableLayout, ...], periode: Period, kop: Header, rules: ReadingRules
) -> list[str]:
    """The sheets of ``layouts`` holding the SKP of another period of the same year (``SKP Jan-Jun`` beside
    ``SKP Jul-Des``, after a promotion or a transfer), to be checked as well (``skp_periode_lain_diperiksa``).
    A sheet of the same period (a copy, a draft) or of another year (last year's SKP kept in the workbook)
    is not; nor one whose period cannot be read, which says nothing sure about it."""
    if not rules.skp_periode_lain_diperiksa or periode.start is None or periode.end is None:
        return []
    names = []
    for layout in layouts:
        other = read_period(layout.index, kop, layout.top, rules.periode_tahun_dari_kop)[0]
        if (other.start is not None and other.end is not None and other.end.year == periode.end.year
                and (other.start, other.end) != (periode.start, periode.end)):
            names.append(layout.index.name)
    return names


def _ends_of_block(
    mapping: SheetMapping, mappings: Mappings, plan: TableLayout
) -> tuple[tuple[Label, ...], tuple[Table, ...]]:
    """What ends ``mapping``'s table written as a block with others on one sheet: the labels (a signature
    block, another annex's title, a new form's kop: its period and identity fields) and the tables (the
    plan's, another annex's) whose header opens the next block."""
    others = [m for m in mappings.annexes.values() if m is not mapping]
    stops = (*_signature_labels(mappings.kop), *(m.title for m in others), *_new_form_labels(mappings.kop))
    return stops, (*(m.table for m in others if m.table is not None), plan.table)


def _end_at_manual(layout: TableLayout, form: FormMapping, mappings: Mappings) -> None:
    """End the plan where a Manual IKI written right under it, with no title or signature between, begins:
    its blocks' labels standing in one of the plan's columns (``RENCANA KINERJA``, ``DESKRIPSI RENCANA
    KINERJA``, ``DEFINISI IKI``, ``FORMULA`` … down the RK column) would otherwise be read as RK and IKI
    rows without target. Told by the Manual's own required labels, at least three of them in one column
    among the plan's rows; the Manual begins at the top of the run of its labels above the first, a label
    written with a typo (``RENACNA KINERJA``, by the session's rules for near-words) counting as one: left
    out, its row would be read as an RK whose IKI is the Manual block's value and has no target."""
    manual = next((m for a in form.annexes if (m := mappings.annexes[a]).kind == "manual-iki"), None)
    if manual is None:
        return
    index = layout.index
    c0, c1 = min(h.c0 for h in layout.columns.values()), max(h.c1 for h in layout.columns.values())
    found: dict[int, dict[str, int]] = {}  # column -> required field -> its first row in the plan
    for field in manual.fields:
        if field.required:
            for r, c in index.find(label_keys(field)):
                if layout.data_start <= r < layout.end and c0 <= c <= c1 and r not in layout.skipped:
                    rows = found.setdefault(c, {})
                    rows[field.key] = min(rows.get(field.key, r), r)
    column = next((c for c, rows in found.items() if len(rows) >= _MANUAL_LABELS_MIN), None)
    if column is None:
        return
    keys = {k for field in manual.fields for k in label_keys(field)}
    fuzzy = index.session.fuzzy
    top = min(found[column].values())
    while top - 1 >= layout.data_start and any(
        key in keys or fuzzy.similarity(key, keys) is not None for key in index.label_keys_at(top - 1, column)
    ):
        top -= 1
    layout.end = top


def _read_manuals(
    first: SheetIndex, others: list[SheetIndex], mapping: SheetMapping, plan: TableLayout
) -> list[ManualIki]:
    """The Manual IKI of ``first`` and of every other sheet that shows a Manual IKI's own fields: agencies
    often give each IKI its own sheet (``Manual IKI 1``, ``Manual IKI 2`` …), and reading only the best
    sheet would report every other IKI as having no Manual. A sheet counts by its title as well as by its
    fields, since a Manual with misspelt labels shows fewer of them. On the plan's own sheet the plan
    table (``plan``) is no part of the Manual."""
    outside = _area(plan) if first is plan.index else None
    manuals = read_manual_iki(first, mapping, outside)
    for index in others:
        if index is not first and shows_annex(index, mapping):
            manuals.extend(read_manual_iki(index, mapping))
    return manuals


def _area(layout: TableLayout) -> tuple[int, int, int, int]:
    """The rows (header to end, exclusive) and columns a bounded table covers."""
    columns = layout.columns.values()
    return (layout.top, layout.end, min(hit.c0 for hit in columns), max(hit.c1 for hit in columns))


def _named_or_titled(index: SheetIndex, mapping: SheetMapping) -> bool:
    """Whether a sheet's name starts as the annex's sheet name does (``Matriks RK 2``) or a cell of it holds
    the annex's title: the cheap sign that asks for its structure, which every workbook's every other sheet
    would otherwise be searched for."""
    first_word = normalize_label(mapping.sheet_name.split()[0])
    return index.name_key.startswith(first_word) or bool(index.rows_with(label_keys(mapping.title)))


def _jf_annexes(indexes: list[SheetIndex], mappings: Mappings, rules: ReadingRules) -> set[str]:
    """The annexes of ``pembacaan.deteksi.lampiran_jf`` the workbook holds. With ``lampiran_jf_berisi`` a
    Keterkaitan AK counts only when some row of it names a butir kegiatan: an agency's template left
    unfilled in a JA's workbook (its title and header, or the RK copied from the plan) makes no JF, whose
    checks would ask a JA to link its RK to angka kredit it does not earn."""
    found: set[str] = set()
    for annex_id in rules.deteksi.lampiran_jf:
        mapping = mappings.annexes.get(annex_id)
        index = find_sheet(indexes, mapping) if mapping is not None else None
        if mapping is None or index is None:
            continue
        if rules.deteksi.lampiran_jf_berisi and mapping.kind == "keterkaitan-ak":
            rows = read_keterkaitan(index, mapping, _signature_labels(mappings.kop), rules)
            patterns = tuple(rules.teks_pengisi)
            if not any(is_filled(row.butir_kegiatan, patterns) for row in rows):
                continue
        found.add(annex_id)
    return found


def _by_visibility(
    others: list[SheetIndex], rules: ReadingRules
) -> tuple[list[SheetIndex], list[SheetIndex]]:
    """The sheets besides the plan's that the reviewer sees, and the hidden ones, which an annex is looked
    for on only when no sheet seen holds it (``sheet_tersembunyi_kalah``: a hidden sheet is last year's SKP
    kept out of sight, with its annex blocks under its plan, as the plan itself is chosen); with the rule
    off, every sheet counts as seen."""
    if not rules.sheet_tersembunyi_kalah:
        return others, []
    return [i for i in others if not i.grid.hidden], [i for i in others if i.grid.hidden]


def _annex_sheet(
    mapping: SheetMapping, seen: list[SheetIndex], hidden: list[SheetIndex], rencana: SheetIndex,
    plan_end: int | None = None,
) -> SheetIndex | None:
    """The sheet holding ``mapping``'s annex: preferably another sheet seen, then the plan's own (also as a
    block titled below the plan, ``plan_end``: where it ends), then a hidden one (:func:`_by_visibility`)."""
    index = find_sheet([*seen, rencana], mapping)
    if index is None and plan_end is not None and titled_below(rencana, mapping, plan_end):
        index = rencana
    if index is None and hidden:
        index = find_sheet(hidden, mapping)
    return index


def _read_annexes(
    document: SkpDocument,
    form: FormMapping,
    others: list[SheetIndex],
    plan: TableLayout,
    config: Config,
    rules: ReadingRules,
) -> None:
    """Each annex the form knows, preferably from another sheet; the plan's own sheet comes last, for
    a workbook holding only the Penilaian sheet or a Perilaku block written under the plan; a hidden sheet
    only when no sheet the reviewer sees holds the annex (:func:`_annex_sheet`)."""
    rencana = plan.index
    seen, hidden = _by_visibility(others, rules)
    footer = _signature_labels(config.mappings.kop)
    penilaian_mapping = perilaku_index = None
    for annex_id in form.annexes:
        mapping = config.mappings.annexes[annex_id]
        index = _annex_sheet(mapping, seen, hidden, rencana, plan.end)
        if index is None:
            continue
        if mapping.kind == "manual-iki":  # with the Manual sheets of its own kind: seen, or hidden
            document.manual_iki = _read_manuals(index, others if index.grid.hidden else seen, mapping, plan)
            document.manual_iki_sheet = index.name
        elif mapping.kind == "keterkaitan-ak":
            stops, tables = _ends_of_block(mapping, config.mappings, plan)
            document.keterkaitan_ak = read_keterkaitan(index, mapping, stops, rules, document.unplaced,
                                                       tables)
            document.keterkaitan_ak_sheet = index.name
        elif mapping.kind == "matriks":
            document.matriks = read_matriks(index, mapping, footer, rules)
            # a Matriks given one sheet per RK (``Matriks RK 1``, ``Matriks RK 2`` …): every such sheet
            document.matriks_lain = [
                m for other in (others if index.grid.hidden else seen)
                if other is not index and _named_or_titled(other, mapping)
                and shows_annex(other, mapping) and (m := read_matriks(other, mapping, footer, rules)).kolom
            ]
        elif mapping.kind == "penilaian":
            document.penilaian = read_penilaian(index, mapping, footer, rules)
            penilaian_mapping = mapping
            # a template's placeholder rows are no RK or IKI (never_filled); they are not added to the
            # plan sheet's placeholders, whose cells are addresses on that sheet
            clear_penilaian_placeholders(document.penilaian, tuple(rules.teks_pengisi))
        elif mapping.kind == "perilaku":
            document.perilaku = read_perilaku(index, mapping, rules.nilai_ya)
            perilaku_index = index
    if (document.penilaian is not None and penilaian_mapping is not None and perilaku_index is not None
            and perilaku_index.name != document.penilaian.sheet):
        read_totals_elsewhere(perilaku_index, penilaian_mapping, document.penilaian)
    if document.penilaian is not None and penilaian_mapping is not None:
        _read_ide_baru(document, [*others, rencana], config.mappings, rules)
