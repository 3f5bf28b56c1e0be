"""The Hitung Nilai button: capaian, kategori and nilai on the Penilaian sheet (SPEC §6).

Agencies' own Penilaian sheets rarely carry working formulas, so staff compute by hand and get it wrong
(``capaian-tidak-sesuai``). The button scores the workbook with :func:`skp.checks.penilaian.score_as_read`,
as the checks read and compare it, and writes the results into the cells the reader located, as
:func:`skp.scoring.fill.plan_fill` decides: formulas, staff text and values that already agree are left
alone, and the message names what was not written and why.
"""

from __future__ import annotations

from collections.abc import Callable

import xlwings as xw

from addin.kaskade import read_book, tell
from addin.tanda import find_sheet
from skp.checks.penilaian import accepted_cells, score_as_read, written_agrees
from skp.config import Config, default_config
from skp.empty_marks import is_formula_error
from skp.scoring import DocumentScore, ScoringSettings
from skp.scoring.fill import FORMULA, FillPlan, plan_fill


def _holds_formula(range_: xw.Range) -> bool:
    try:
        formula = range_.formula
    except NotImplementedError:
        return False
    return isinstance(formula, str) and formula.startswith("=")


def _current(book: xw.Book) -> Callable[[str, str], object]:
    """The cell as :func:`plan_fill` asks for it. A formula's error is read as its text (xlwings reads it as
    an empty cell otherwise, and the remote engine, which cannot see formulas, would write over it), before
    the formula itself, so that every engine reports such a cell alike."""
    def current(sheet_name: str, cell: str) -> object:
        sheet = find_sheet(book, sheet_name)
        if sheet is None:
            return FORMULA  # a sheet the engine cannot reach is never written
        target = sheet.range(cell)
        value = target.options(err_to_str=True).value
        if is_formula_error(value):
            return value
        return FORMULA if _holds_formula(target) else value
    return current


def _cells(where: list[str]) -> str:
    shown = ", ".join(where[:5])
    return shown + (f" dan {len(where) - 5} sel lain" if len(where) > 5 else "")


def hitung_nilai(book: xw.Book, config: Config | None = None) -> DocumentScore | None:
    """Score the Penilaian sheet and fill its capaian, kategori and nilai cells; the score."""
    config = config or default_config()
    document = read_book(book, config)
    if document is None:
        return None
    penilaian = document.penilaian
    sheet = find_sheet(book, penilaian.sheet) if penilaian and penilaian.sheet else None
    if penilaian is None or sheet is None or not penilaian.rows:
        tell(book, "Sheet Penilaian tidak ditemukan atau belum memuat baris IKI.")
        return None
    score = score_as_read(document, config)
    settings = config.section("penilaian", ScoringSettings)
    accepted = accepted_cells(document, config)
    plan = plan_fill(penilaian, score, settings, _current(book),
                     lambda written, computed, kind: written_agrees(written, computed, kind, config),
                     lambda sheet, cell: (sheet, cell) in accepted)
    for write in plan.writes:
        on = find_sheet(book, write.sheet)
        if on is None:  # not planned: a sheet current() cannot reach reads as a formula, never written
            continue
        target = on.range(write.cell)
        if write.number_format:
            target.number_format = write.number_format
        target.value = write.value
    tell(book, _message(penilaian.sheet, score, plan))
    return score


def _message(sheet: str | None, score: DocumentScore, plan: FillPlan) -> str:
    parts = [f"{len(plan.writes)} sel penilaian diisi."]
    if plan.missing_columns:
        columns = " dan ".join(plan.missing_columns)
        parts.append(f"Kolom {columns} tidak ditemukan di sheet {sheet}: "
                     "hasil itu tidak ditulis di mana pun.")
    if score.nilai_skp is not None:
        parts.append(f"Nilai SKP: {score.nilai_skp:.2f}".replace(".", ",") + ".")
    missing = sum(1 for iki in score.iki if iki.nilai is None)
    if missing:
        parts.append(f"{missing} IKI belum dapat dinilai (realisasi atau target belum terbaca).")
    if plan.kept_text:
        parts.append(f"Sel berisi isian pegawai tidak diubah: {_cells(plan.kept_text)}.")
    if plan.kept_errors:
        parts.append(f"Sel berisi rumus yang menghasilkan galat tidak diubah: {_cells(plan.kept_errors)}; "
                     "perbaiki rumusnya, atau kosongkan sel itu agar diisi hasil hitung.")
    if plan.replaced:
        parts.append(f"Angka atau kategori lama diganti hasil hitung: {_cells(plan.replaced)}.")
    return " ".join(parts)
