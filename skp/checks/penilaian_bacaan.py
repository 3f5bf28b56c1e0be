"""Every legitimate reading of a filled Penilaian sheet, the configured one first (SPEC §6, §6.4).

The regulation leaves choices open ([interpretation] in SPEC §6: rounding the capaian before banding, the
JPT's 60/40 between Perjanjian Kinerja and rencana aksi RK, 70/30 or 60/40 when peers rate behaviour, the
Sangat Baik predikat's new-idea condition) and a %-formatted realisasi cell holds its fraction. An agency that
computed with another of these readings wrote correct values; the Penilaian checks therefore call a written
value wrong only when it is wrong under each reading this module yields (``penilaian.bacaan_lain``).

Readings are generated lazily and the configured one comes first: the checks stop at the first reading that
accepts everything, so a correct sheet costs one scoring, as before.
"""

from __future__ import annotations

from collections.abc import Iterator

from skp.models import PenilaianRow, SkpDocument
from skp.numbers import PERCENT_FRACTION_MAX
from skp.scoring.document import group_rk, stated_ide_baru
from skp.scoring.settings import KinerjaSettings, ScoringSettings

Reading = tuple[SkpDocument, ScoringSettings]

_RENCANA_AKSI = "Rencana Aksi"


def readings(
    document: SkpDocument, settings: ScoringSettings, predikat: bool = False,
    alternatives: tuple[SkpDocument, ...] = (),
) -> Iterator[Reading]:
    """(document, settings) pairs to score; the first is ``document`` with ``settings`` unchanged.

    ``predikat`` adds the readings that only move the predikat (nilai kinerja weights, the new-idea
    condition left unstated in the workbook); ``alternatives`` are other readings of the document's own
    cells (a realisasi that may be a %-cell's fraction, :func:`skp.checks.penilaian.displayed_percent`).
    """
    yield document, settings  # the configured reading, before any other is built
    other = settings.other_readings
    variants = [settings]
    if other.round_capaian:
        variants.append(settings.model_copy(update={"round_capaian": not settings.round_capaian}))
    if predikat:
        configured = (settings.kinerja.bobot_skp, settings.kinerja.bobot_perilaku)
        for skp, perilaku in other.kinerja_weights:
            if (skp, perilaku) != configured:
                weights = KinerjaSettings(bobot_skp=skp, bobot_perilaku=perilaku)
                variants += [v.model_copy(update={"kinerja": weights}) for v in variants]
        if settings.predikat.needs_ide_baru and not _ide_baru_stated(document):
            free = settings.predikat.model_copy(update={"needs_ide_baru": False})
            variants += [v.model_copy(update={"predikat": free}) for v in variants]
    documents = [document, *alternatives]
    for doc in documents:
        for variant in variants:
            if doc is not document or variant is not settings:
                yield doc, variant
    if other.jpt_order:
        for doc in documents:
            for split in _jpt_splits(doc):
                for variant in variants:
                    yield split, variant


def _ide_baru_stated(document: SkpDocument) -> bool:
    """Whether the workbook says if the pegawai produced a new idea (the Sangat Baik condition)."""
    return stated_ide_baru(document) is not None


def fraction_candidate(row: PenilaianRow) -> bool:
    """A bare realisasi of at most 1,5 beside a percent target: a %-formatted cell shows 92% and holds 0,92,
    so it may be that percent (``penilaian.bacaan_lain.realisasi_pecahan_persen``)."""
    target, value = row.target, row.realisasi
    return (target is not None and target.satuan == "%" and target.max is not None
            and target.max > PERCENT_FRACTION_MAX and value is not None and 0 < value <= PERCENT_FRACTION_MAX
            and "%" not in (row.realisasi_raw or ""))


def as_percent(row: PenilaianRow) -> PenilaianRow | None:
    """The row with a %-formatted cell's fraction read as the percent it shows, when it may hold one: a bare
    realisasi beside a percent target (:func:`fraction_candidate`), or a bare target of at most 1,5 (0,9
    shows 90%) beside a realisasi written in percent ("90 %") or above 1,5; None otherwise."""
    if fraction_candidate(row):
        return row.model_copy(update={"realisasi": (row.realisasi or 0) * 100})
    target, value = row.target, row.realisasi
    if (target is None or target.satuan is not None or target.min is None or target.max is None
            or not 0 < target.min <= target.max <= PERCENT_FRACTION_MAX or value is None
            or not ("%" in (row.realisasi_raw or "") or value > PERCENT_FRACTION_MAX)):
        return None
    percent = target.model_copy(update={"min": target.min * 100, "max": target.max * 100, "satuan": "%"})
    return row.model_copy(update={"target": percent})


def _jpt_splits(document: SkpDocument) -> Iterator[SkpDocument]:
    """For a JPT that marks no RK as rencana aksi: the readings where the first k Kinerja Utama RK are
    Perjanjian Kinerja and the rest rencana aksi (SPEC §2.1 lists the PK sasaran first, §6.3 weighs the two
    60/40), k = 1 … n − 1."""
    penilaian = document.penilaian
    if document.jenis != "JPT" or penilaian is None or any(r.jenis_rk for r in penilaian.rows):
        return
    groups = [rows for rows in group_rk(penilaian.rows) if rows[0].section == "utama"]
    for k in range(1, len(groups)):
        after = {id(row) for rows in groups[k:] for row in rows}
        rows = [row.model_copy(update={"jenis_rk": _RENCANA_AKSI}) if id(row) in after else row
                for row in penilaian.rows]
        yield document.model_copy(update={"penilaian": penilaian.model_copy(update={"rows": rows})})
