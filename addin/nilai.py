"""The Hitung Nilai button: capaian, kategori and nilai on the Penilaian sheet (SPEC §6).

Agencies' own Penilaian sheets rarely carry working formulas, so staff compute by hand and get it wrong
(``capaian-tidak-sesuai``). The button scores the workbook with :func:`skp.scoring.score_document`, the
same scoring the checks compare against, and writes the results into the cells the reader located.
A cell that holds a formula is left alone where the engine can tell (desktop Excel): the official
template already computes there, and a live formula beats a pasted value.
"""

from __future__ import annotations

import xlwings as xw

from addin.kaskade import read_book, tell
from addin.tanda import find_sheet
from skp.config import Config, default_config
from skp.scoring import DocumentScore, score_document


def _holds_formula(range_: xw.Range) -> bool:
    try:
        formula = range_.formula
    except NotImplementedError:
        return False
    return isinstance(formula, str) and formula.startswith("=")


def _put(sheet: xw.Sheet, cell: str | None, value: object, number_format: str | None = None) -> bool:
    if cell is None or value is None:
        return False
    target = sheet.range(cell)
    if _holds_formula(target):
        return False
    if number_format:
        target.number_format = number_format
    target.value = value
    return True


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
    score = score_document(document, config)
    rows_by_number = {row.row: row for row in penilaian.rows}
    written = 0
    for iki in score.iki:
        row = rows_by_number.get(iki.row)
        if row is None:
            continue
        capaian = None if iki.capaian is None else round(iki.capaian / 100, 6)
        written += _put(sheet, row.cells.get("capaian_tertulis"), capaian, "0.0%")
        written += _put(sheet, row.cells.get("kategori_tertulis"), iki.kategori)
        written += _put(sheet, row.cells.get("nilai_iki_tertulis"), _rounded(iki.nilai), "0.00")
    for rk in score.rk:
        row = rows_by_number.get(rk.row)
        if row is None:
            continue
        written += _put(sheet, row.cells.get("kategori_rk_tertulis"), rk.kategori)
        written += _put(sheet, row.cells.get("nilai_rk_tertulis"), _rounded(rk.nilai), "0.00")
    written += _put(sheet, penilaian.cells.get("nilai_akhir_tertulis"), _rounded(score.nilai_skp), "0.00")
    written += _put(sheet, penilaian.cells.get("predikat_tertulis"), score.predikat)
    missing = sum(1 for iki in score.iki if iki.nilai is None)
    note = f" {missing} IKI belum dapat dinilai (realisasi atau target belum terbaca)." if missing else ""
    akhir = "" if score.nilai_skp is None else f" Nilai SKP: {score.nilai_skp:.2f}".replace(".", ",") + "."
    tell(book, f"{written} sel penilaian diisi.{akhir}{note}")
    return score


def _rounded(value: float | None) -> float | None:
    return None if value is None else round(value, 2)
