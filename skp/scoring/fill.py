"""Which cells of the Penilaian sheet Hitung Nilai writes, and which it must leave alone.

The button writes into the staff's own workbook, so the decision per cell is made here, once, for every
front end (the add-in on desktop Excel and ``skp server`` through xlwings' remote engine):

- a cell holding a formula is never written (the engine says so where it can: desktop Excel). One showing a
  formula's error (``#VALUE!``) is a formula on every engine, the remote one included, which sends a formula's
  result only: never written, and listed so the message can say which formula to repair;
- an empty cell is written;
- a cell already holding the computed value is not written again. xlwings' remote engine receives cell
  values only, so an agency's formula there looks like a number: leaving agreeing values alone keeps it;
- a cell holding staff text that is no number and no kategori (``menunggu BA verifikasi``, ``lihat
  lampiran``) is never written, nor a NILAI PERILAKU KERJA the penilai wrote: listed so the message can
  say so;
- a cell holding another number or kategori (a result computed earlier, typed by hand, or before the
  realisasi changed) is replaced, and listed. "Another" is judged as ``skp periksa`` judges a written value
  (``agrees``, :func:`skp.checks.penilaian.written_agrees`): ``SB`` is Sangat Baik, ``111`` is 111,11 written
  to a whole number; replacing those would overwrite staff's right answer.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Literal, get_args

from skp.empty_marks import is_formula_error
from skp.mapping import normalize_label
from skp.models import Penilaian
from skp.numbers import parse_number
from skp.scoring.document import DocumentScore
from skp.scoring.engine import Kategori
from skp.scoring.settings import ScoringSettings

FORMULA = object()  # what ``current`` answers for a cell whose formula the engine can see
Kind = Literal["percent", "number", "word"]

# the result columns whose absence is said: without them Hitung Nilai has nowhere to write an IKI's result
_IKI_COLUMNS = {"capaian_tertulis": "CAPAIAN IKI", "kategori_tertulis": "KATEGORI CAPAIAN IKI"}


@dataclass(frozen=True)
class CellWrite:
    sheet: str
    cell: str
    value: object
    number_format: str | None = None


@dataclass
class FillPlan:
    """The writes to make, and what the message tells about the cells not (or differently) written."""

    writes: list[CellWrite] = field(default_factory=list)
    kept_text: list[str] = field(default_factory=list)  # cells holding staff input, never written
    kept_errors: list[str] = field(default_factory=list)  # cells whose formula shows an error, never written
    replaced: list[str] = field(default_factory=list)  # cells whose other number or kategori is replaced
    missing_columns: list[str] = field(default_factory=list)  # result columns not found on the sheet


def _words(settings: ScoringSettings) -> frozenset[str]:
    """The kategori and predikat a result cell may hold, as the engine and the settings name them."""
    names = [*get_args(Kategori), settings.predikat.butuh_perbaikan_name,
             *(n for names in settings.kategori_names.values() for n in names)]
    return frozenset(normalize_label(n) for n in names)


def _agrees(current: object, value: object, kind: Kind, settings: ScoringSettings) -> bool:
    if kind == "word":
        return normalize_label(str(current)) == normalize_label(str(value))
    number = current if isinstance(current, (int, float)) else parse_number(str(current))
    if number is None or isinstance(number, bool) or not isinstance(value, (int, float)):
        return False
    if kind == "percent":  # ``value`` is a fraction (0,979); staff and formulas write 97,9 or 0,979
        return any(abs(number * scale - value) <= 0.0051 for scale in (1, 0.01))
    return abs(number - value) <= 0.0051


def _staff_text(current: object, words: frozenset[str]) -> bool:
    if not isinstance(current, str):
        return False
    return parse_number(current) is None and normalize_label(current) not in words


Agrees = Callable[[object, object, Kind], bool]


def plan_fill(
    penilaian: Penilaian, score: DocumentScore, settings: ScoringSettings,
    current: Callable[[str, str], object], agrees: Agrees | None = None,
    accepted: Callable[[str, str], bool] | None = None,
) -> FillPlan:
    """The writes that fill ``penilaian`` with ``score``; ``current(sheet, cell)`` is the cell's content as
    the engine sees it (:data:`FORMULA` for a formula it can see, a formula's error as its text, None or ""
    when empty). ``agrees(written, computed, kind)``: whether a written value is the computed one as the
    checks compare them, besides the plain comparison here. ``accepted(sheet, cell)``: whether the checks
    take the number or kategori written there as right by another legitimate reading
    (:func:`skp.checks.penilaian.accepted_cells`: a capaian not rounded, a kategori by the plan's standar
    kinerja, the nilai chained from them): left as written, so the button and ``skp periksa`` never
    disagree about a cell."""
    plan = FillPlan()
    words = _words(settings)
    sheet = penilaian.sheet or ""

    def put(on: str | None, cell: str | None, value: object, kind: Kind,
            number_format: str | None = None, replace: bool = True) -> None:
        if on is None or cell is None or value is None:
            return
        now = current(on, cell)
        if is_formula_error(now):
            plan.kept_errors.append(f"{on}!{cell}")
            return
        if now is FORMULA or (now not in (None, "") and (
                _agrees(now, value, kind, settings) or (agrees is not None and agrees(now, value, kind)))):
            return
        if now in (None, ""):
            plan.writes.append(CellWrite(on, cell, value, number_format))
        elif not replace or _staff_text(now, words):
            plan.kept_text.append(f"{on}!{cell}")
        elif accepted is not None and accepted(on, cell):
            return
        else:
            plan.writes.append(CellWrite(on, cell, value, number_format))
            plan.replaced.append(f"{on}!{cell}")

    rows = {row.row: row for row in penilaian.rows}
    for field_, label in _IKI_COLUMNS.items():
        if penilaian.rows and not any(field_ in row.cells for row in penilaian.rows):
            plan.missing_columns.append(label)
    for iki in score.iki:
        row = rows.get(iki.row)
        if row is None:
            continue
        capaian = None if iki.capaian is None else round(iki.capaian / 100, 6)
        put(sheet, row.cells.get("capaian_tertulis"), capaian, "percent", "0.0%")
        put(sheet, row.cells.get("kategori_tertulis"), iki.kategori, "word")
        put(sheet, row.cells.get("nilai_iki_tertulis"), _rounded(iki.nilai), "number", "0.00")
    for rk in score.rk:
        row = rows.get(rk.row)
        if row is None:
            continue
        put(sheet, row.cells.get("kategori_rk_tertulis"), rk.kategori, "word")
        put(sheet, row.cells.get("nilai_rk_tertulis"), _rounded(rk.nilai), "number", "0.00")
    # the nilai perilaku is the penilai's rating, not this sheet's result: filled when empty, never replaced
    for field_, value, kind, replace in (
        ("nilai_akhir_tertulis", _rounded(score.nilai_skp), "number", True),
        ("nilai_perilaku_tertulis", _rounded(score.nilai_perilaku), "number", False),
        ("nilai_kinerja_tertulis", _rounded(score.nilai_kinerja), "number", True),
        ("predikat_tertulis", score.predikat, "word", True),
    ):
        put(penilaian.sheet_of(field_), penilaian.cells.get(field_), value, kind,  # type: ignore[arg-type]
            "0.00" if kind == "number" else None, replace)
    return plan


def _rounded(value: float | None) -> float | None:
    return None if value is None else round(value, 2)
