"""The arithmetic of SPEC §6 as pure functions: capaian, kategori, nilai, Nilai SKP, nilai kinerja, predikat.

Nothing here reads a workbook or a cell; :mod:`skp.scoring.document` feeds it from an ``SkpDocument``,
the checks compare its results with what staff wrote, and the template formulas of
``mappings/penilaian-*.yaml`` restate it in Excel. Every choice the regulation leaves open comes from
:class:`~skp.scoring.settings.ScoringSettings`.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from decimal import ROUND_HALF_UP, Context, Decimal
from typing import Literal

from skp.models import Target
from skp.scoring.settings import KATEGORI_BAND, ScoringSettings

# Quantizing a huge capaian (a target of 1e-113 gives 1e115 %) needs more digits than the default 28.
_WIDE = Context(prec=400)

Kategori = Literal["Sangat Baik", "Baik", "Cukup", "Kurang", "Sangat Kurang"]
KATEGORI: tuple[Kategori, ...] = ("Sangat Baik", "Baik", "Cukup", "Kurang", "Sangat Kurang")


def half_up(value: float, decimals: int = 0) -> float:
    """Round half away from zero like Excel's ROUND, not Python's banker's ``round`` (87,5 → 88).

    The value is first cut to 9 decimals so that binary noise (``0.7 × 90 = 62.99999999999999``) does
    not decide a band.
    """
    if not math.isfinite(value):
        return value
    exact = Decimal(repr(round(value, 9)))
    return float(exact.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP, context=_WIDE))


def capaian_iki(target: Target, realisasi: float, lower_is_better: bool) -> float | None:
    """Capaian in percent, unrounded (SPEC §6.1); ``None`` when the target has no usable number.

    Kondisi normal: ``realisasi / target``; kondisi khusus (lower is better): ``1 + (1 − realisasi /
    target)``. A range target counts as met (100 %) inside the range and is compared with the nearer
    bound outside it, in either direction: 92 against 80–90 is 92/90, 6,5 bulan against 7–8 bulan
    (khusus) is 1 + (1 − 6,5/7).
    """
    if target.min is None or target.max is None:
        return None
    low, high = sorted((target.min, target.max))
    if low <= realisasi <= high and low != high:
        return 100.0
    bound = high if realisasi > high else low
    if bound == 0:
        return None
    ratio = realisasi / bound
    return (1 + (1 - ratio)) * 100 if lower_is_better else ratio * 100


def is_maximum_target(target: Target, lower_is_better: bool, settings: ScoringSettings) -> bool:
    """A single percentage target at the ceiling ("100 % tanpa temuan"): meeting it is Sangat Baik.

    Only kondisi normal: a lower-is-better target can always be beaten.
    """
    rule = settings.maximum_target
    return (
        rule.enabled
        and not lower_is_better
        and target.satuan == "%"
        and target.max is not None
        and target.min == target.max
        and target.max >= rule.percent
    )


def banded_capaian(capaian: float, settings: ScoringSettings) -> float:
    """The capaian that is banded: rounded half-up to a whole percent (SPEC §6.2), never below 0."""
    value = half_up(capaian) if settings.round_capaian else capaian
    return max(value, 0.0)


def kategori_nilai_iki(
    capaian: float, settings: ScoringSettings, maximum_met: bool = False
) -> tuple[Kategori, float]:
    """Kategori and nilai capaian IKI on the 0–120 scale (SPEC §6.2) for a capaian in percent.

    Bands are taken by their lower bounds so that an unrounded capaian (``bulatkan_capaian: false``)
    between two bands still lands in one: 99,5 % scores as 99 %, 100,5 % as 101 %.
    """
    if maximum_met:
        return "Sangat Baik", 120.0
    c = banded_capaian(capaian, settings)
    if c > 110:
        return "Sangat Baik", 120.0
    if c > 100:
        return "Sangat Baik", 110 + (120 - 110) / (110 - 101) * (max(c, 101) - 101)
    if c == 100:
        return "Baik", settings.nilai_baik
    if c >= 80:
        return "Cukup", 70 + (89 - 70) / (99 - 80) * (min(c, 99) - 80)
    if c >= 60:
        return "Kurang", 50 + (69 - 50) / (79 - 60) * (min(c, 79) - 60)
    return "Sangat Kurang", min(c, 59) / 59 * 49


def kategori_for_nilai(nilai: float, settings: ScoringSettings) -> Kategori:
    """Kategori of a nilai that is not a single IKI's (a mean over IKI or RK), by the PP 30/2019 bands.

    The bands (110 / 90 / 70 / 50) also give every single IKI nilai its own kategori back, which the
    property tests hold the engine to.
    """
    value = half_up(nilai, settings.decimals)
    bounds = settings.kategori_rk_bounds
    return next((k for k in KATEGORI_BAND if value >= bounds[k]), "Sangat Kurang")


def nilai_rk(nilai_iki: Sequence[float], settings: ScoringSettings) -> float:
    """Nilai capaian RK from its IKI nilai: their mean (SPEC §6.3) or, by setting, the lowest."""
    if settings.nilai_rk == "terendah":
        return min(nilai_iki)
    return sum(nilai_iki) / len(nilai_iki)


def utama_share(
    nilai: float, rencana_aksi: bool, count_pk: int, count_ra: int, settings: ScoringSettings
) -> float:
    """One Kinerja Utama RK's share of Nilai Kinerja Utama (its nilai tertimbang); the shares add up to it.

    Plain mean of the RK nilai, except for a JPT holding both Perjanjian Kinerja and Rencana Aksi RK:
    60 % of the PK RK mean plus 40 % of the Rencana Aksi RK mean (SPEC §6.3). When one group is empty
    the other carries the whole weight, so a JPT that marks no RK as Rencana Aksi scores like a JA.
    ``count_pk``/``count_ra`` are the numbers of Kinerja Utama RK in each group (for a JA, all are PK).
    """
    if count_pk and count_ra:
        weight = settings.jpt.rencana_aksi if rencana_aksi else settings.jpt.perjanjian_kinerja
        return weight / 100 * nilai / (count_ra if rencana_aksi else count_pk)
    return nilai / (count_pk + count_ra)


def tambahan_item(nilai: float, settings: ScoringSettings) -> float:
    """What one Kinerja Tambahan item adds: ``F × bobot lingkup / 100 × nilai / 100``."""
    rule = settings.tambahan
    factor = rule.factors[kategori_for_nilai(nilai, settings)]
    return factor * rule.bobot_lingkup / 100 * nilai / 100


def nilai_skp(kinerja_utama: float, kinerja_tambahan: float, settings: ScoringSettings) -> float:
    """Nilai SKP = Kinerja Utama + Kinerja Tambahan, capped at 120, rounded to ``desimal_nilai``."""
    return half_up(min(kinerja_utama + kinerja_tambahan, settings.nilai_skp_cap), settings.decimals)


def nilai_perilaku(aspects: Mapping[str, float | None], settings: ScoringSettings) -> float | None:
    """Weighted mean of the five behaviour aspects (equal weights: the mean); ``None`` if one is missing."""
    weights = settings.perilaku_weights
    if any(aspects.get(key) is None for key in weights):
        return None
    total = sum(weight * float(aspects[key] or 0) for key, weight in weights.items())
    return half_up(total / sum(weights.values()), settings.decimals)


def nilai_kinerja(skp: float, perilaku: float, settings: ScoringSettings) -> float:
    """70 % Nilai SKP + 30 % Nilai Perilaku (or 60/40 by setting), rounded to ``desimal_nilai``."""
    weights = settings.kinerja
    return half_up((weights.bobot_skp * skp + weights.bobot_perilaku * perilaku) / 100, settings.decimals)


def predikat(nilai: float, ide_baru: bool, settings: ScoringSettings) -> str:
    """Predikat kinerja (PP 30/2019 Pasal 41): Sangat Baik needs a new idea or method, else Baik."""
    bands = settings.predikat
    value = half_up(nilai, settings.decimals)
    if value >= bands.sangat_baik:
        return "Sangat Baik" if ide_baru or not bands.needs_ide_baru else "Baik"
    if value >= bands.baik:
        return "Baik"
    if value >= bands.butuh_perbaikan:
        return bands.butuh_perbaikan_name
    if value >= bands.kurang:
        return "Kurang"
    return "Sangat Kurang"
