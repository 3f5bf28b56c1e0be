"""Checks of a filled Penilaian sheet against the scoring engine (SPEC §6, §7 scope ``penilaian``).

A Penilaian sheet is part of every template, so in a plan it is still blank: nothing is reported until
some realisasi has been typed in. From then on every IKI with a target needs its realisasi, and every
capaian, kategori, nilai and predikat staff wrote (or an edited formula produced) must equal what
:func:`~skp.scoring.score_document` computes, up to the precision the value was written with.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable, Iterable, Iterator
from functools import partial
from typing import TypeGuard, get_args

from rapidfuzz import fuzz

from skp.checks.kategori import standar_levels
from skp.checks.pengembangan import order_problem
from skp.checks.penilaian_bacaan import as_percent as percent_reading
from skp.checks.penilaian_bacaan import readings
from skp.checks.penilaian_target import plan_iki, plan_ikis, with_plan_targets
from skp.checks.registry import document_check
from skp.checks.rencana import has_aspek
from skp.checks.rules import rules, same_text
from skp.config import Config
from skp.empty_marks import says_something
from skp.findings import Finding
from skp.mapping import normalize_label
from skp.models import Penilaian, PenilaianRow, SkpDocument
from skp.numbers import format_number, format_percent, parse_number, parse_percent
from skp.scoring import engine, score_document
from skp.scoring.document import (
    DocumentScore,
    IkiScore,
    RkScore,
    group_rk,
    score_iki,
    stated_ide_baru,
    weigh,
)
from skp.scoring.settings import KategoriIki, OtherReadings, ScoringSettings
from skp.vocab import canonical_aspek

_NUMBER_RE = re.compile(r"\d(?:[\d.,]*\d)?")
_FLOOR = 1e-6  # a float written back from a formula cell: compare exactly, up to binary noise
_NOISE = 1e-9  # binary noise of the written number itself: 0,9663 × 100 is 96,63000000000001
_ROUNDED_INPUTS = 0.01  # a nilai kinerja made of a Nilai SKP and a nilai perilaku rounded to 2 places


def filled(value: str | None) -> TypeGuard[str]:
    return value is not None and bool(value.strip())


def is_started(penilaian: Penilaian | None) -> bool:
    """A Penilaian sheet counts once any realisasi is written (:attr:`~skp.models.Penilaian.started`)."""
    return penilaian is not None and penilaian.started


def _decimals(written: str) -> int:
    """Digits written after the decimal separator, read as :func:`skp.numbers.parse_number` reads it."""
    match = _NUMBER_RE.search(written)
    if match is None:
        return 0
    token = match.group(0)
    last = max(token.rfind(","), token.rfind("."))
    if last < 0 or token.count(token[last]) > 1:
        return 0
    digits = len(token) - last - 1
    if token[last] == "." and "," not in token and digits == 3 and token[0] != "0" and last <= 3:
        return 0  # "1.250": a thousands dot
    return digits


def _tolerance(decimals: int) -> float:
    """Half a unit of the last digit written: "98" stands for [97,5; 98,5], both ends included, since a
    value exactly between two roundings (96,625 → 96,63 half-up or 96,62 half-even) is rounded either way."""
    return max(0.5 * 10.0**-decimals, _FLOOR) + _NOISE


def number_matches(written: str, *computed: float) -> bool:
    """Whether a written nilai equals one of ``computed`` at the precision it was written with."""
    value = parse_number(written)
    if value is None:
        return False
    tolerance = _tolerance(_decimals(written))
    return any(abs(value - c) <= tolerance for c in computed)


def _near(written: str, computed: float) -> bool:
    """Whether a written nilai kinerja is ``computed`` up to the rounding of the two values it is made of."""
    value = parse_number(written)
    return value is not None and abs(value - computed) <= _tolerance(_decimals(written)) + _ROUNDED_INPUTS


def percent_matches(written: str, *computed: float) -> bool:
    """Whether a written capaian equals one of ``computed`` (percent).

    "98 %" is read as written; a bare number may also be a %-formatted cell's fraction (0,98), so both
    readings are tried.
    """
    return any(abs(v - c) <= tol for v, tol in _percent_readings(written) for c in computed)


def _percent_readings(written: str) -> list[tuple[float, float]]:
    """(percent, tolerance at the precision written) for each reading of a written capaian: as written,
    and for a bare number also as a %-formatted cell's fraction; none when it holds no number."""
    value = parse_percent(written)
    if value is None:
        return []
    decimals = _decimals(written)
    readings = [(value, _tolerance(decimals))]
    if "%" not in written:
        readings.append((value * 100, _tolerance(decimals - 2)))
    return readings


def _agreement(row: PenilaianRow, iki: IkiScore, threshold: float, settings: ScoringSettings) -> int:
    """How many of the capaian, kategori and nilai staff wrote for a row this scoring gives."""
    if iki.capaian is None or iki.kategori is None or iki.nilai is None:
        return 0
    banded = [iki.capaian_bulat] if iki.capaian_bulat is not None else []
    return (
        (filled(row.capaian_tertulis) and percent_matches(row.capaian_tertulis, iki.capaian, *banded))
        + (filled(row.kategori_tertulis)
           and _same_kategori(row.kategori_tertulis, iki.kategori, threshold, settings))
        + (filled(row.nilai_iki_tertulis) and number_matches(row.nilai_iki_tertulis, iki.nilai))
    )


def with_written_direction(
    document: SkpDocument, config: Config, settings: ScoringSettings | None = None
) -> SkpDocument:
    """The document with each IKI of unknown direction scored the way its written capaian was computed.

    Whether lower is better (kondisi khusus, SPEC §6.1) follows from the aspek, and a row without one does
    not say: the JPT forms have no ASPEK column (SPEC §3.4, §3.8), and an aspek may be unknown. Scoring such
    a row as kondisi normal would call a correct waktu or biaya capaian wrong, so where more of the written
    capaian, kategori and nilai are the kondisi khusus ones than the normal ones, the row is scored as
    kondisi khusus; a value wrong in both directions is still reported.
    """
    penilaian = document.penilaian
    if penilaian is None:
        return document
    if settings is None:
        settings = config.section("penilaian", ScoringSettings)
    if not settings.lower_is_better:
        return document
    khusus = settings.lower_is_better[0]
    threshold = rules(config).kemiripan_minimum
    rows, changed = [], False
    for row in penilaian.rows:
        if canonical_aspek(row.aspek) is None and row.target is not None and row.realisasi is not None:
            other = row.model_copy(update={"aspek": khusus})
            if (_agreement(other, score_iki(other, settings), threshold, settings)
                    > _agreement(row, score_iki(row, settings), threshold, settings)):
                row, changed = other, True
        rows.append(row)
    if not changed:
        return document
    return document.model_copy(update={"penilaian": penilaian.model_copy(update={"rows": rows})})


def _row_agreement(row: PenilaianRow, variants: list[ScoringSettings], threshold: float) -> int:
    """The most written values of a row one reading gives, over ``variants`` and, for a row of unknown
    direction, both directions."""
    best = 0
    for settings in variants:
        rows = [row]
        if canonical_aspek(row.aspek) is None and settings.lower_is_better:
            rows.append(row.model_copy(update={"aspek": settings.lower_is_better[0]}))
        for each in rows:
            best = max(best, _agreement(each, score_iki(each, settings), threshold, settings))
    return best


def score_as_read(document: SkpDocument, config: Config) -> DocumentScore:
    """The document scored as the Penilaian checks read it (:func:`displayed_percent`: a %-formatted cell's
    fraction as the percent its row's written capaian, kategori and nilai say it is). The recap, ``skp nilai``
    and the Hitung Nilai button all score this way, so none of them computes from 0,9 a nilai the checks
    found no fault with, and the button never replaces values the checks accept."""
    settings = config.section("penilaian", ScoringSettings)
    return score_document(displayed_percent(document, config, settings)[0], config, settings)


def displayed_percent(
    document: SkpDocument, config: Config, settings: ScoringSettings
) -> tuple[SkpDocument, SkpDocument | None]:
    """The document with each realisasi or target that may be a %-cell's fraction (0,84 beside a 90 %
    target, a target 0,9 beside a realisasi "84 %"; :func:`~skp.checks.penilaian_bacaan.as_percent`) read
    the way its written capaian, kategori and nilai say, and the other reading of the rows they leave open.

    Where the percent (84 %) gives more of the written values than the bare number, the row is read as the
    percent; where the bare number gives more, as written; where both give as many, the row stays as written
    and the percent becomes an alternative reading (second item, else ``None``). A bare number read
    literally in a row of unknown direction can fit a wrong kategori by accident (0,81 of 95 % as kondisi
    khusus is 199 %, Sangat Baik): only a tie keeps that reading. A row nobody has scored yet (what Hitung
    Nilai is pressed for) has nothing written to decide: it is read as the percent when the bare number
    would give a capaian no plan means (``84 %`` of a target 0,9: 9.333 %; :data:`_CAPAIAN_BEYOND`).
    """
    penilaian = document.penilaian
    other = settings.other_readings
    if penilaian is None or not other.percent_fraction:
        return document, None
    percents = [percent_reading(row) for row in penilaian.rows]
    if not any(percents):
        return document, None
    threshold = rules(config).kemiripan_minimum
    variants = [settings]
    if other.round_capaian:
        variants.append(settings.model_copy(update={"round_capaian": not settings.round_capaian}))
    base, alternative, changed, tied = [], [], False, False
    for row, percent in zip(penilaian.rows, percents, strict=True):
        if percent is None:
            base.append(row)
            alternative.append(row)
            continue
        as_written = _row_agreement(row, variants, threshold)
        as_percent = _row_agreement(percent, variants, threshold)
        unscored = as_percent == as_written and _unscored_beyond(row)
        base.append(percent if as_percent > as_written or unscored else row)
        alternative.append(row if as_percent < as_written or unscored else percent)
        changed |= as_percent > as_written or unscored
        tied |= as_percent == as_written

    def with_rows(rows: list[PenilaianRow]) -> SkpDocument:
        return document.model_copy(update={"penilaian": penilaian.model_copy(update={"rows": rows})})

    return (with_rows(base) if changed else document), (with_rows(alternative) if tied else None)


# A capaian this many times the target is no plan's: a bare number giving it is a %-cell's fraction.
_CAPAIAN_BEYOND = 10.0


def _unscored_beyond(row: PenilaianRow) -> bool:
    """Whether nothing is written in the row's capaian, kategori and nilai, its realisasi read literally is
    more than :data:`_CAPAIAN_BEYOND` times its target, and the row itself shows a percent: the realisasi
    written with ``%``, or a target below 1 (0,9: no count). A bare target 1 beside a realisasi 12 may be
    one document done twelve times as well as 100 %: nothing tells, so it stays as written."""
    if any(filled(v) for v in (row.capaian_tertulis, row.kategori_tertulis, row.nilai_iki_tertulis)):
        return False
    target, value = row.target.max if row.target is not None else None, row.realisasi
    if target is None or value is None or target <= 0 or value <= _CAPAIAN_BEYOND * target:
        return False
    return target < 1 or "%" in (row.realisasi_raw or "")


def _where(row: PenilaianRow, penilaian: Penilaian, key: str) -> tuple[str | None, str | None]:
    return row.sheet or penilaian.sheet, row.cell(key)


@document_check("realisasi-kosong")
def realisasi_filled(document: SkpDocument, config: Config) -> Iterator[Finding]:
    """Once the Penilaian is under way, every IKI with a target needs its realisasi; a lone dash in the
    REALISASI cell says there is none (SPEC §7), also in a quarter where the IKI is not yet due."""
    penilaian = document.penilaian
    if penilaian is None or not is_started(penilaian):
        return
    for row in penilaian.rows:
        target = row.target.raw if row.target is not None else None
        if says_something(target) and not says_something(row.realisasi_raw):
            where = _where(row, penilaian, "realisasi_raw")
            yield Finding.make("realisasi-kosong", *where, iki=row.iki or "")


# the nilai written beside a kategori or predikat: "Baik (104,20)", "Baik - 104,20", "Cukup: 85"
_WITH_NILAI_RE = re.compile(r"\([^()]*\d[^()]*\)|[-–:=/]?\s*\d[\d.,]*")


def _same_word(written: str, computed: str, threshold: float) -> bool:
    """Whether a written kategori or predikat is the computed one, a typo (``Sanagt Baik``) forgiven as in
    every comparison of staff-typed texts: no two kategori are that close. The nilai staff write beside it
    (``Baik (104,20)``) is not part of the word."""
    if normalize_label(written) == normalize_label(computed) or same_text(written, computed, threshold):
        return True
    if not any(ch.isdigit() for ch in written):
        return False
    word = _WITH_NILAI_RE.sub(" ", written).strip()
    return bool(word) and word != written and _same_word(word, computed, threshold)


def _same_kategori(written: str, computed: str, threshold: float, settings: ScoringSettings) -> bool:
    """Whether a written kategori is the computed one, also under its other spellings (``SB``, ``Baik
    Sekali``: ``penilaian.sebutan_kategori``), or misspelt (:func:`_misspelt_kategori`)."""
    if _same_word(written, computed, threshold):
        return True
    key = normalize_label(written)
    if any(key == normalize_label(name) for name in settings.kategori_names.get(computed, ())):  # type: ignore[call-overload]
        return True
    return _misspelt_kategori(key, settings) == computed


def written_agrees(written: object, computed: object, kind: str, config: Config) -> bool:
    """Whether a value in a result cell is ``computed`` as these checks compare a written value with the
    engine's (``kind``: "percent", ``computed`` a fraction; "number"; "word", a kategori or predikat): at the
    precision it is written with (``111`` for 111,11), under the other spellings of a kategori (``SB``), a
    typo forgiven. Hitung Nilai leaves such a value as staff wrote it, so that the button and ``skp periksa``
    never disagree about a cell."""
    if written is None or isinstance(written, bool):
        return False
    if isinstance(written, float) and written.is_integer():
        written = int(written)
    text = str(written).strip()
    if not text:
        return False
    if kind == "word":
        settings = config.section("penilaian", ScoringSettings)
        threshold = rules(config).kemiripan_minimum
        return _same_kategori(text, str(computed), threshold, settings)
    if not isinstance(computed, int | float) or isinstance(computed, bool):
        return False
    if kind == "percent":
        return percent_matches(text, computed * 100)
    return number_matches(text, computed)


_MISSPELT_MIN, _MISSPELT_MARGIN = 70, 15  # rapidfuzz ratio of the nearest level, and its lead on the next


def _misspelt(key: str, levels: dict[str, list[str]]) -> str | None:
    """The level whose names (normalised) a written word misspells, by the nearest of them of three letters
    or more: ``Kurnag`` is Kurang (83) well ahead of Sangat Kurang (56), where the threshold for longer
    staff texts would refuse a two-letter slip in a six-letter word. None when no level is near or two are
    nearly as near."""
    scored = sorted(
        (max(fuzz.ratio(key, name) for name in names if len(name) > 2), level)
        for level, names in levels.items()
    )
    (second, _), (best, level) = scored[-2], scored[-1]
    return level if best >= _MISSPELT_MIN and best - second >= _MISSPELT_MARGIN else None


def _misspelt_kategori(key: str, settings: ScoringSettings) -> str | None:
    """The kategori a written one misspells, among the five and their other spellings (:func:`_misspelt`)."""
    names = settings.kategori_names
    return _misspelt(key, {level: [normalize_label(n) for n in (level, *names.get(level, ()))]  # type: ignore[call-overload]
                           for level in get_args(KategoriIki)})


_PREDIKAT = ("Sangat Baik", "Baik", "Kurang", "Sangat Kurang")  # and the Butuh Perbaikan of the settings


def _misspelt_predikat(written: str, settings: ScoringSettings) -> str | None:
    """The predikat a written one misspells, among the five and the names each may go by
    (:func:`_same_predikat`, :func:`_misspelt`)."""
    levels = (*_PREDIKAT, settings.predikat.butuh_perbaikan_name)
    return _misspelt(normalize_label(written), {
        level: [normalize_label(n) for n in _same_predikat(level, settings)] for level in levels})


_Mismatch = tuple[str, str, str, str]  # field, besaran, written, computed


def _written_capaian(row: PenilaianRow, iki: IkiScore) -> float | None:
    """The capaian staff wrote, in percent, where it is the computed one at the precision it was written
    with (:func:`percent_matches`); None otherwise."""
    written = row.capaian_tertulis
    if not filled(written) or iki.capaian is None:
        return None
    computed = [c for c in (iki.capaian, iki.capaian_bulat) if c is not None]
    readings = _percent_readings(written)
    return next((v for v, tol in readings if any(abs(v - c) <= tol for c in computed)), None)


def _from_written_capaian(
    row: PenilaianRow, iki: IkiScore, settings: ScoringSettings
) -> tuple[engine.Kategori, float] | None:
    """Kategori and nilai of the capaian as staff wrote it, where it is the computed one: a form whose
    formula rounds the capaian to one or two decimals (``=ROUND(…;1)``, ``102,2 %``) scores that value, not
    the unrounded one (111,33, not 111,36) nor the whole percent (111,11). Banded as written (no second
    rounding), as such a form does; the target at its maximum (SPEC §6.2) still scores 120."""
    if settings.round_capaian and not settings.other_readings.round_capaian:
        return None  # an agency reading §6.2 as whole percents only (penilaian.bacaan_lain) scores no other
    value = _written_capaian(row, iki)
    if value is None or row.target is None:
        return None
    lower_is_better = canonical_aspek(row.aspek) in settings.lower_is_better
    maximum_met = value >= 100 and engine.is_maximum_target(row.target, lower_is_better, settings)
    as_written = settings.model_copy(update={"round_capaian": False})
    return engine.kategori_nilai_iki(value, as_written, maximum_met)


def _iki_mismatches(
    row: PenilaianRow, iki: IkiScore, threshold: float, settings: ScoringSettings,
    standar: Callable[[], tuple[str, ...]] = tuple,
) -> Iterator[_Mismatch]:
    """(field, besaran, written, computed) for each written IKI value that disagrees. A kategori or nilai
    that follows from the capaian as written (:func:`_from_written_capaian`) agrees, and so does one that
    follows from the plan's standar kinerja (``standar``, asked only then: :func:`_by_standar`)."""
    if iki.capaian is None or iki.capaian_bulat is None or iki.kategori is None or iki.nilai is None:
        return
    capaian, kategori, nilai = row.capaian_tertulis, row.kategori_tertulis, row.nilai_iki_tertulis
    if filled(capaian) and not percent_matches(capaian, iki.capaian, iki.capaian_bulat):
        yield "capaian_tertulis", "Capaian IKI", capaian, format_percent(iki.capaian)
    kategori_ok = not filled(kategori) or _same_kategori(kategori, iki.kategori, threshold, settings)
    nilai_ok = not filled(nilai) or number_matches(nilai, iki.nilai)
    if not (kategori_ok and nilai_ok) and (written := _from_written_capaian(row, iki, settings)) is not None:
        kategori_ok = kategori_ok or _same_kategori(kategori or "", written[0], threshold, settings)
        nilai_ok = nilai_ok or number_matches(nilai or "", written[1])
    if not (kategori_ok and nilai_ok) and (levels := tuple(k for k in standar() if k != iki.kategori)):
        kategori_ok, nilai_ok = _by_standar(row, levels, (kategori_ok, nilai_ok), iki.kategori, threshold,
                                            settings)
    if not kategori_ok:
        yield "kategori_tertulis", "Kategori capaian IKI", kategori or "", iki.kategori
    if not nilai_ok:
        yield "nilai_iki_tertulis", "Nilai capaian IKI", nilai or "", format_number(iki.nilai)


def _by_standar(
    row: PenilaianRow, standar: tuple[str, ...], agreed: tuple[bool, bool], capaian_kategori: str,
    threshold: float, settings: ScoringSettings,
) -> tuple[bool, bool]:
    """Whether the row's written kategori and nilai IKI agree once the kategori may be one the plan's standar
    kinerja gives the realisasi other than the capaian's (``standar``: from
    :func:`~skp.checks.kategori.standar_levels`; ``penilaian.bacaan_lain.kategori_standar_kinerja``): the
    kategori one of those levels, the nilai inside that level's band (``ambang_kategori_rk``), for SPEC §6.2
    gives no nilai for a kategori chosen so. Where both give the same kategori, §6.2's nilai holds.

    A kategori written by the standar holds its nilai to that kategori's band even where the nilai is
    §6.2's: ``Cukup`` beside the 65 of a capaian banded Kurang follows neither reading. Where the nilai lies
    in the band of the capaian's own kategori (``capaian_kategori``), the kategori is what disagrees (in
    every reading of the capaian alike); otherwise the nilai. The band ends at the highest nilai §6.2 gives
    (120)."""
    kategori, nilai = row.kategori_tertulis, row.nilai_iki_tertulis
    levels = [level for level in standar if _same_kategori(kategori, level, threshold, settings)] if filled(
        kategori) else list(standar)
    if not levels:  # the written kategori is none of them
        return agreed
    if not filled(nilai) or _in_band(nilai, levels, settings):
        return True, True
    value = parse_number(nilai)
    if value is not None and engine.kategori_for_nilai(value, settings) == capaian_kategori:
        return False, agreed[1]  # a nilai of the capaian's own kategori: the kategori beside it is wrong
    return True, False


def _in_band(nilai: str, levels: list[str], settings: ScoringSettings) -> bool:
    """Whether a written nilai IKI lies in the band of one of ``levels`` (``ambang_kategori_rk``), on the
    0 to 120 scale of SPEC §6.2."""
    value = parse_number(nilai)
    top = engine.kategori_nilai_iki(100.0, settings, maximum_met=True)[1]
    return (value is not None and 0 <= value <= top + _tolerance(_decimals(nilai))
            and engine.kategori_for_nilai(value, settings) in levels)


def _from_written_nilai(
    rows: list[PenilaianRow], reported: set[int], settings: ScoringSettings
) -> float | None:
    """Nilai capaian RK from the IKI nilai as staff wrote them (rounded, ``=ROUND(…;1)``), where every IKI
    row of the RK has one and none was reported; None otherwise."""
    values = [parse_number(row.nilai_iki_tertulis) for row in rows]
    if any(v is None for v in values) or any(id(row) in reported for row in rows):
        return None
    return engine.nilai_rk([v for v in values if v is not None], settings)


def _rk_mismatches(
    first: PenilaianRow, rk: RkScore, threshold: float, settings: ScoringSettings,
    chained: float | None = None,
) -> Iterator[_Mismatch]:
    """The same for the RK-level columns, written on the RK's first row; ``chained`` is the nilai RK from
    the IKI nilai as written (:func:`_from_written_nilai`), as right as the computed one."""
    if rk.nilai is None or rk.kategori is None:
        return
    kategori, nilai = first.kategori_rk_tertulis, first.nilai_rk_tertulis
    kategori_ok = not filled(kategori) or _same_kategori(kategori, rk.kategori, threshold, settings) or (
        chained is not None
        and _same_kategori(kategori, engine.kategori_for_nilai(chained, settings), threshold, settings))
    if not kategori_ok:
        yield "kategori_rk_tertulis", "Kategori capaian RK", kategori or "", rk.kategori
    if filled(nilai) and not number_matches(nilai, rk.nilai, *([] if chained is None else [chained])):
        yield "nilai_rk_tertulis", "Nilai capaian RK", nilai, format_number(rk.nilai)


def _written_shares(
    groups: list[list[PenilaianRow]], akhir: str | None, score: DocumentScore, settings: ScoringSettings,
) -> list[tuple[list[float], float, str]] | None:
    """Each RK's NILAI TERTIMBANG as written, when the column is to be checked: the readings of its value
    (the sum of its rows' values, one per RK or one per IKI; or, the same value on every row, that value
    once: the RK's value repeated), the rounding it may carry and the text of its first value. Checked only
    where every RK has a number there and the column adds up to the Nilai Akhir SKP written below it in no
    reading (a template that adds up its own column is consistent whatever its weighting: a BOBOT per IKI,
    shares per IKI). None otherwise."""
    if not filled(akhir) or (total_written := parse_number(akhir)) is None:
        return None
    out: list[tuple[list[float], float, str]] = []
    for rows in groups:
        texts = [r.nilai_tertimbang_tertulis or "" for r in rows if filled(r.nilai_tertimbang_tertulis)]
        if not texts or any("%" in text for text in texts):
            return None
        values = [parse_number(text) for text in texts]
        if any(v is None for v in values):
            return None
        numbers = [v for v in values if v is not None]
        readings = [sum(numbers)] + ([numbers[0]] if len(set(numbers)) == 1 < len(numbers) else [])
        out.append((readings, sum(_tolerance(_decimals(text)) for text in texts), texts[0]))
    sections = [rk.section for rk in score.rk]
    slack = sum(tol for _, tol, _ in out) + _tolerance(_decimals(akhir or ""))
    for pick in (0, -1):  # every RK read as the sum of its rows, or its repeated value once
        column = ((s, r[pick]) for (r, _, _), s in zip(out, sections, strict=True))
        if abs(_column_total(column, settings) - total_written) <= slack:
            return None
    return out


def _share_mismatches(
    rows: list[PenilaianRow], rk: RkScore, written: tuple[list[float], float, str], settings: ScoringSettings,
) -> Iterator[_Mismatch]:
    """The RK's NILAI TERTIMBANG as written against its share of the Nilai Akhir SKP (SPEC §6.3: the RK
    nilai over the number of RK, or its 60/40 JPT weight; a Kinerja Tambahan item's F × bobot × nilai).
    The share of the RK nilai as written, or of its IKI nilai as written, is no new error either: a rounded
    (``=ROUND(…)``) form weighs those, and a wrong nilai above is reported where it is written."""
    values, tolerance, text = written
    if rk.nilai_tertimbang is None or not rk.nilai:
        return
    first = rows[0]
    others = [v for v in (parse_number(first.nilai_rk_tertulis), _from_written_nilai(rows, set(), settings))
              if v is not None]
    candidates = [rk.nilai_tertimbang] + [
        rk.nilai_tertimbang * v / rk.nilai if rk.section == "utama" else engine.tambahan_item(v, settings)
        for v in others]
    if not any(abs(value - c) <= tolerance for value in values for c in candidates):
        yield "nilai_tertimbang_tertulis", "Nilai tertimbang RK", text, format_number(rk.nilai_tertimbang)


def reversed_target(row: PenilaianRow) -> bool:
    """A range target whose minimum exceeds its maximum (``target-rentang-terbalik``): which end staff meant
    is unknown, so no capaian computed from it is sure enough to call a written one wrong."""
    target = row.target
    return (target is not None and target.min is not None and target.max is not None
            and target.min > target.max)


def _standar_of(
    document: SkpDocument, config: Config, threshold: float, settings: ScoringSettings
) -> Callable[[PenilaianRow], tuple[str, ...]]:
    """The kategori each Penilaian row's realisasi may have by its plan IKI's standar kinerja
    (:func:`~skp.checks.kategori.standar_levels`), asked only of a row whose written values the capaian bands
    do not give; none where ``kategori_standar_kinerja`` is off, for a row
    no single plan IKI matches, or where the plan's levels are out of order for the IKI's direction
    (``kategori-tidak-berurutan``): a standar the plan itself gets wrong says nothing sure."""
    plan = plan_ikis(document) if settings.other_readings.standar_kinerja else []
    if not any(iki.kategori is not None for _, iki, _ in plan):
        return lambda row: ()
    aspek_column = has_aspek(document)

    def levels(row: PenilaianRow) -> tuple[str, ...]:
        iki = plan_iki(row, plan, threshold) if row.realisasi is not None else None
        if iki is None or iki.kategori is None or row.realisasi is None:
            return ()
        if order_problem(iki, iki.kategori, config, aspek_column) is not None:
            return ()
        return standar_levels(iki, row.realisasi)

    return levels


def _mismatches(
    document: SkpDocument, config: Config, settings: ScoringSettings
) -> dict[tuple[object, ...], Finding]:
    """The document's capaian-tidak-sesuai findings under one reading, keyed by where they sit."""
    document = with_written_direction(document, config, settings)
    penilaian = document.penilaian
    assert penilaian is not None
    score = score_document(document, config, settings)
    threshold = rules(config).kemiripan_minimum
    found: list[tuple[PenilaianRow, _Mismatch]] = []
    standar = _standar_of(document, config, threshold, settings)
    for row, iki in zip(penilaian.rows, score.iki, strict=True):
        if not reversed_target(row):
            of_row = _iki_mismatches(row, iki, threshold, settings, partial(standar, row))
            found.extend((row, m) for m in of_row)
    reported = {id(row) for row, (key, *_) in found if key == "nilai_iki_tertulis"}
    groups = list(group_rk(penilaian.rows))
    chains: list[float | None] = []  # worked out only for an RK whose written values disagree
    shares = _written_shares(groups, penilaian.nilai_akhir_tertulis, score, settings)
    for index, (rows, rk) in enumerate(zip(groups, score.rk, strict=True)):
        chains.append(None)
        if any(reversed_target(r) for r in rows):
            continue
        mismatches = list(_rk_mismatches(rows[0], rk, threshold, settings))
        if mismatches and (chained := _from_written_nilai(rows, reported, settings)) is not None:
            chains[-1] = chained
            mismatches = list(_rk_mismatches(rows[0], rk, threshold, settings, chained))
        if shares is not None:
            mismatches.extend(_share_mismatches(rows, rk, shares[index], settings))
        found.extend((rows[0], m) for m in mismatches)
    reported |= {id(row) for row, (key, *_) in found if key == "nilai_rk_tertulis"}
    out: dict[tuple[object, ...], Finding] = {}
    for row, (key, besaran, tertulis, dihitung) in found:
        out[(row.row, key)] = Finding.make("capaian-tidak-sesuai", *_where(row, penilaian, key),
                                           besaran=besaran, tertulis=tertulis, dihitung=dihitung)
    written = penilaian.nilai_akhir_tertulis
    if (score.nilai_skp is not None and filled(written)
            and not number_matches(written, score.nilai_skp, *_from_rounded_shares(score, settings))
            and not _near(written, score.nilai_skp)  # RK nilai and Nilai Kinerja Utama each rounded first
            and not any(reversed_target(r) for r in penilaian.rows)
            and not number_matches(written, *_from_written_rk(groups, score, chains, reported, settings))):
        out[("nilai_akhir",)] = Finding.make(
            "capaian-tidak-sesuai", penilaian.sheet_of("nilai_akhir_tertulis"),
            penilaian.cell("nilai_akhir_tertulis"),
            besaran="Nilai akhir SKP", tertulis=written, dihitung=format_number(score.nilai_skp))
    return out


def _from_written_rk(
    groups: list[list[PenilaianRow]], score: DocumentScore, chains: list[float | None], reported: set[int],
    settings: ScoringSettings,
) -> list[float]:
    """The Nilai SKP from each RK's nilai as written (or, unwritten, the mean of its IKI nilai as written):
    a form whose every nilai is rounded (``=ROUND(…;1)``) adds up the rounded ones. Empty when an RK's
    written nilai was reported or no nilai of it is known."""
    values: list[float] = []
    for rows, rk, chained in zip(groups, score.rk, chains, strict=True):
        first = rows[0]
        value = parse_number(first.nilai_rk_tertulis) if id(first) not in reported else None
        if value is None and chained is None:
            chained = _from_written_nilai(rows, reported, settings)
        value = value if value is not None else chained if chained is not None else rk.nilai
        if value is None:
            return []
        values.append(value)
    rks = [rk.model_copy(update={"nilai": v}) for rk, v in zip(score.rk, values, strict=True)]
    _, kinerja_utama, tambahan = weigh(rks, settings)
    if kinerja_utama is None or tambahan is None:
        return []
    return [engine.nilai_skp(kinerja_utama, tambahan, settings)]


def _from_rounded_shares(score: DocumentScore, settings: ScoringSettings) -> list[float]:
    """The Nilai SKP an agency gets by adding its NILAI TERTIMBANG cells each rounded to ``desimal_nilai``
    (``=ROUND(…;2)`` per RK, then ``=SUM``): off by up to half a unit per RK from the exact sum, and as
    right."""
    shares = [(rk.section, rk.nilai_tertimbang) for rk in score.rk]
    if not shares or any(share is None for _, share in shares):
        return []
    rounded = ((section, engine.half_up(share, settings.decimals))
               for section, share in shares if share is not None)
    return [_column_total(rounded, settings)]


def _column_total(shares: Iterable[tuple[str, float]], settings: ScoringSettings) -> float:
    """The Nilai SKP a NILAI TERTIMBANG column adds up to, from (section, share) per RK: the Kinerja Utama
    shares plus the Kinerja Tambahan ones up to their cap, at most ``batas_nilai_skp``; not rounded."""
    shares = list(shares)
    utama = sum(share for section, share in shares if section == "utama")
    tambahan = min(sum(share for section, share in shares if section == "tambahan"), settings.tambahan.cap)
    return min(utama + tambahan, settings.nilai_skp_cap)


@document_check("capaian-tidak-sesuai")
def capaian_as_computed(document: SkpDocument, config: Config) -> Iterator[Finding]:
    """Written capaian, kategori and nilai (per IKI, per RK and the Nilai Akhir SKP) equal the engine's.

    Where a Penilaian target differs from the plan's (``target-penilaian-berbeda``), a written value is
    wrong only if it matches neither the scoring with the plan's target nor the one with the written target:
    staff who copied a target wrongly often still computed against the fixed plan. An IKI of unknown
    direction (no aspek, or none of the four) is scored the way its written values were computed
    (:func:`with_written_direction`). A value that follows another legitimate reading of SPEC §6
    (:mod:`skp.checks.penilaian_bacaan`) is no error either. The message gives the value computed with the
    plan's target and the configured reading.
    """
    if document.penilaian is None or not is_started(document.penilaian):
        return
    plan = with_plan_targets(document, config)
    settings = config.section("penilaian", ScoringSettings)
    found: dict[tuple[object, ...], Finding] | None = None
    for base in ([document] if plan is None else [plan, document]):
        base, alternative = displayed_percent(base, config, settings)
        alternatives = () if alternative is None else (alternative,)
        for doc, reading in readings(base, settings, alternatives=alternatives):
            got = _mismatches(doc, config, reading)
            found = got if found is None else {key: f for key, f in found.items() if key in got}
            if not found:
                return
    yield from (found or {}).values()


@document_check("predikat-tidak-sesuai")
def predikat_as_computed(document: SkpDocument, config: Config) -> Iterator[Finding]:
    """The written predikat follows from the nilai kinerja; "Cukup" and "Butuh Perbaikan" are one predikat.

    As for capaian, a Penilaian target that differs from the plan's leaves two scorings possible: the
    predikat is wrong only if it follows from neither (the message names the plan's). Where the workbook
    writes its own nilai kinerja and some reading gives it, only those readings count (:func:`_agreeing`).
    """
    penilaian = document.penilaian
    if (penilaian is None or not filled(penilaian.predikat_tertulis) or not is_started(penilaian)
            or any(reversed_target(r) for r in penilaian.rows)):
        return
    plan = with_plan_targets(document, config)
    settings = config.section("penilaian", ScoringSettings)
    scores = _scores(document if plan is None else plan, config, settings)
    first, _ = next(scores)
    threshold = rules(config).kemiripan_minimum
    written, nilai_kinerja = penilaian.predikat_tertulis, penilaian.nilai_kinerja_tertulis
    if first.predikat is None or first.nilai_kinerja is None:
        yield from _against_written_nilai(document, settings, threshold)
        return

    def follows(score: DocumentScore, reading: ScoringSettings) -> bool:
        """The predikat of one reading; another nilai kinerja weighting counts only where the workbook's
        own nilai kinerja shows the agency used it."""
        if reading.kinerja != settings.kinerja and not (
                filled(nilai_kinerja) and score.nilai_kinerja is not None
                and _near(nilai_kinerja, score.nilai_kinerja)):
            return False
        if score.predikat is None:
            return False
        names = _same_predikat(score.predikat, settings)
        return any(_same_word(written, name, threshold) for name in names) or (
            _misspelt_predikat(written, settings) in names)

    readings = _agreeing([(first, settings), *scores], nilai_kinerja)
    if any(follows(*scored) for scored in readings):
        return
    if plan is not None:
        written_readings = _agreeing(list(_scores(document, config, settings)), nilai_kinerja)
        if any(follows(*scored) for scored in written_readings):
            return
    chained = _from_written_akhir(document, config, settings, first)
    if chained is not None and follows(chained, settings):
        return
    yield Finding.make("predikat-tidak-sesuai", penilaian.sheet_of("predikat_tertulis"),
                       penilaian.cell("predikat_tertulis"),
                       tertulis=penilaian.predikat_tertulis, dihitung=first.predikat,
                       nilai=format_number(first.nilai_kinerja))


def _against_written_nilai(document: SkpDocument, settings: ScoringSettings, threshold: float
                           ) -> Iterator[Finding]:
    """Where the nilai cannot be worked out (an IKI without target or realisasi), the written predikat
    against the NILAI KINERJA written beside it: the sheet's two values disagree whatever the rows hold.
    Any predikat the nilai gives within its rounding counts (a nilai of a Nilai SKP and a nilai perilaku each
    rounded first may be 0,01 off: ``89,99`` may stand for 90, Baik), and with or without a new idea when
    the workbook does not say."""
    penilaian = document.penilaian
    assert penilaian is not None and penilaian.predikat_tertulis is not None
    written, nilai = penilaian.predikat_tertulis, parse_number(penilaian.nilai_kinerja_tertulis)
    if nilai is None:
        return
    reach = _tolerance(_decimals(penilaian.nilai_kinerja_tertulis or "")) + _ROUNDED_INPUTS
    stated = stated_ide_baru(document)
    ide = (stated,) if stated is not None else (False, True)
    given = {engine.predikat(value, i, settings) for value in (nilai - reach, nilai, nilai + reach)
             for i in ide}
    names = {name for level in given for name in _same_predikat(level, settings)}
    if any(_same_word(written, name, threshold) for name in names) or (
            _misspelt_predikat(written, settings) in names):
        return
    yield Finding.make("predikat-tidak-sesuai", penilaian.sheet_of("predikat_tertulis"),
                       penilaian.cell("predikat_tertulis"), tertulis=written,
                       dihitung=engine.predikat(nilai, bool(stated), settings),
                       nilai=penilaian.nilai_kinerja_tertulis)


def _from_written_akhir(
    document: SkpDocument, config: Config, settings: ScoringSettings, score: DocumentScore
) -> DocumentScore | None:
    """``score`` with the nilai kinerja and predikat of the Nilai Akhir SKP as written, where the checks
    take that nilai as right (no ``capaian-tidak-sesuai`` on it): a nilai akhir chained from IKI nilai
    another legitimate reading gives (``kategori_standar_kinerja``) carries the predikat the agency's
    formulas give it. A nilai kinerja written beside it must be that one. None otherwise."""
    penilaian = document.penilaian
    assert penilaian is not None
    akhir = parse_number(penilaian.nilai_akhir_tertulis)
    if akhir is None or score.nilai_perilaku is None or (
            score.nilai_skp is not None
            and number_matches(penilaian.nilai_akhir_tertulis or "", score.nilai_skp)):
        return None
    where = (penilaian.sheet_of("nilai_akhir_tertulis"), penilaian.cell("nilai_akhir_tertulis"))
    if any((f.sheet, f.cell) == where for f in capaian_as_computed(document, config)):
        return None
    nilai_kinerja = engine.nilai_kinerja(akhir, score.nilai_perilaku, settings)
    written = penilaian.nilai_kinerja_tertulis
    if filled(written) and not _near(written, nilai_kinerja):
        return None
    predikat = engine.predikat(nilai_kinerja, bool(stated_ide_baru(document)), settings)
    return score.model_copy(update={"nilai_skp": akhir, "nilai_kinerja": nilai_kinerja, "predikat": predikat})


def accepted_cells(document: SkpDocument, config: Config) -> set[tuple[str | None, str | None]]:
    """(sheet, cell) of every written value of a started Penilaian sheet that ``capaian-tidak-sesuai`` and
    ``predikat-tidak-sesuai`` take as right only by another legitimate reading (``penilaian.bacaan_lain``:
    capaian not rounded, a kategori IKI by the plan's standar kinerja and its nilai, another weighting of
    the nilai kinerja …, and the RK nilai, Nilai Akhir SKP and predikat chained from them), and of a NILAI
    KINERJA that follows from such a Nilai Akhir SKP: what Hitung Nilai must leave as written
    (:func:`skp.scoring.fill.plan_fill`), for it computes by the configured reading alone. Empty where no
    other reading is on."""
    penilaian = document.penilaian
    settings = config.section("penilaian", ScoringSettings)
    if penilaian is None or not is_started(penilaian):
        return set()
    rules_off = copy.deepcopy(config.rules)
    rules_off.setdefault("penilaian", {})["bacaan_lain"] = _no_other_reading()
    without = Config(config.mappings, rules_off)

    def flagged(by: Config) -> set[tuple[str | None, str | None]]:
        return {(f.sheet, f.cell) for check in (capaian_as_computed, predikat_as_computed)
                for f in check(document, by)}

    accepted = flagged(without) - flagged(config)
    akhir_cell = (penilaian.sheet_of("nilai_akhir_tertulis"), penilaian.cell("nilai_akhir_tertulis"))
    akhir, kinerja = parse_number(penilaian.nilai_akhir_tertulis), penilaian.nilai_kinerja_tertulis
    if akhir_cell in accepted and akhir is not None and filled(kinerja):
        perilaku = score_document(document, config, settings).nilai_perilaku
        if perilaku is not None and _near(kinerja, engine.nilai_kinerja(akhir, perilaku, settings)):
            key = "nilai_kinerja_tertulis"
            accepted.add((penilaian.sheet_of(key), penilaian.cell(key)))
    return accepted


def _no_other_reading() -> dict[str, object]:
    """Section ``penilaian.bacaan_lain`` with every other reading off: each switch false, each list of
    alternatives empty."""
    return {field.alias or name: False if field.annotation is bool else ()
            for name, field in OtherReadings.model_fields.items()}


def _agreeing(
    scored: list[tuple[DocumentScore, ScoringSettings]], nilai_kinerja: str | None
) -> list[tuple[DocumentScore, ScoringSettings]]:
    """The readings whose nilai kinerja is the one the workbook writes beside its predikat, where some
    reading gives it: the agency's own nilai kinerja shows how it scored, and its predikat must follow from
    that (89,99 is Butuh Perbaikan even where another reading of the plan would reach 90). All readings
    where none gives the written nilai kinerja, or none is written."""
    if not filled(nilai_kinerja):
        return scored
    agreeing = [(score, reading) for score, reading in scored
                if score.nilai_kinerja is not None and _near(nilai_kinerja, score.nilai_kinerja)]
    return agreeing or scored


def _scores(
    document: SkpDocument, config: Config, settings: ScoringSettings
) -> Iterator[tuple[DocumentScore, ScoringSettings]]:
    """The document's scores under each legitimate reading with that reading, the configured one first
    (lazily)."""
    document, alternative = displayed_percent(document, config, settings)
    alternatives = () if alternative is None else (alternative,)
    for doc, reading in readings(document, settings, predikat=True, alternatives=alternatives):
        yield score_document(with_written_direction(doc, config, reading), config, reading), reading


def _same_predikat(predikat: str, settings: ScoringSettings) -> list[str]:
    """The names a written predikat may give for ``predikat``: "Cukup" is the old "Butuh Perbaikan"."""
    same = [predikat]
    if predikat == settings.predikat.butuh_perbaikan_name:
        same += ["Butuh Perbaikan", "Cukup"]
    return same
