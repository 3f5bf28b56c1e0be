"""The Penilaian sheet keeps the targets of the plan (SPEC §3.8, §7 ``target-penilaian-berbeda``).

The Rencana SKP is fixed at penetapan; at the end of the period the Penilaian sheet repeats each IKI with
its target and adds the realisasi. A target changed there scores against a plan nobody agreed to. Targets
are compared by meaning (the numbers of the parsed target, "12 Laporan" = "12 laporan", "90%" = "90 %",
a %-formatted 0,9 = 90 %), never by spelling, and only where the check is sure: the IKI is found exactly
once in the SKP sheet (by its text, then by its RK, or reworded by its RK and aspek), both targets read as
numbers, and the numbers differ.
A difference in the satuan words alone ("12 dokumen" / "12 laporan") is left to the reviewer.
"""

from __future__ import annotations

import math
from collections.abc import Iterator

from skp.checks.registry import document_check
from skp.checks.rencana import sheet_of, written_iki, written_rk
from skp.checks.rules import folded, is_blank, rules, same_folded
from skp.config import Config
from skp.findings import Finding, location_phrase
from skp.models import Iki, PenilaianRow, RencanaKinerja, SkpDocument, Target
from skp.numbers import PERCENT_FRACTION_MAX
from skp.vocab import canonical_aspek

Changed = tuple[PenilaianRow, Target, Iki, Target]


def _close(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-9)




def _ends(target: Target) -> tuple[float, float]:
    return float(target.min), float(target.max)  # type: ignore[arg-type]


def same_target(plan: Target, written: Target) -> bool:
    """Whether two measurable targets mean the same numbers (a %-cell's fraction read as percent).

    A bare number beside "90 %" may be such a fraction (0,9). So may a bare number up to 1,5 beside another
    bare number a hundred times it (0,9 in a %-formatted plan cell, 90 typed in the Penilaian sheet): the
    reader sees values, not formats, so the two cannot surely differ.
    """
    if all(_close(a, b) for a, b in zip(_ends(plan), _ends(written), strict=True)):
        return True
    if None not in (plan.satuan, written.satuan) or not {plan.satuan, written.satuan} <= {None, "%"}:
        return False
    for fraction, percent in ((plan, written), (written, plan)):
        if fraction.satuan is not None:
            continue
        if percent.satuan != "%" and any(abs(v) > PERCENT_FRACTION_MAX for v in _ends(fraction)):
            continue
        if all(_close(f * 100, p) for f, p in zip(_ends(fraction), _ends(percent), strict=True)):
            return True
    return False


PlanIki = tuple[RencanaKinerja, Iki, str]  # an IKI of the plan, its RK and its folded text


def plan_ikis(document: SkpDocument) -> list[PlanIki]:
    """Every written IKI of the plan with its RK and folded text, as :func:`plan_iki` matches rows to them."""
    return [(rk, iki, folded(iki.text)) for rk in written_rk(document) for iki in written_iki(rk)]


def plan_iki(row: PenilaianRow, plan: list[PlanIki], threshold: float) -> Iki | None:
    """The one SKP IKI a Penilaian row repeats, or ``None`` when none or several match. An IKI reworded in
    the Penilaian sheet ("Jumlah berkas izin …" for "Jumlah berkas permohonan izin …") is still the one IKI
    of its aspek under the same RK, when there is exactly one."""
    text, rk_text = folded(row.iki), folded(row.rk)
    found = [(rk, iki) for rk, iki, key in plan if same_folded(text, key, threshold)]
    if len(found) > 1:
        found = [(rk, iki) for rk, iki in found if same_folded(rk_text, folded(rk.text), threshold)]
    if not found and (aspek := canonical_aspek(row.aspek)) is not None:
        found = [(rk, iki) for rk, iki, _ in plan
                 if iki.aspek == aspek and same_folded(rk_text, folded(rk.text), threshold)]
    return found[0][1] if len(found) == 1 else None


def changed_targets(document: SkpDocument, config: Config) -> Iterator[Changed]:
    """(row, its target, the SKP IKI, the IKI's target) for each Penilaian row whose target surely differs."""
    penilaian = document.penilaian
    if penilaian is None:
        return
    threshold = rules(config).kemiripan_minimum
    plan = plan_ikis(document)
    for row in penilaian.rows:
        written = row.target
        if written is None or not written.is_measurable or is_blank(row.iki):
            continue
        iki = plan_iki(row, plan, threshold)
        target = iki.target if iki is not None else None
        if iki is None or target is None or not target.is_measurable or same_target(target, written):
            continue
        yield row, written, iki, target


def _on_scale_of(plan: Target, written: Target) -> Target:
    """The plan's target on the Penilaian row's scale: a %-formatted plan cell's fraction (0,9) put back in
    a row written on the percent scale ("80 %", or a bare 80) is 90, else its realisasi "90 %" would score
    10.000 %."""
    if plan.satuan is not None or any(abs(v) > PERCENT_FRACTION_MAX for v in _ends(plan)):
        return plan
    if written.satuan != "%" and all(abs(v) <= PERCENT_FRACTION_MAX for v in _ends(written)):
        return plan
    low, high = _ends(plan)
    return plan.model_copy(update={"min": low * 100, "max": high * 100, "satuan": written.satuan})


def with_plan_targets(document: SkpDocument, config: Config) -> SkpDocument | None:
    """The document with each changed Penilaian target put back to the plan's, or ``None`` if none changed.

    The plan is fixed at penetapan (SPEC §7), so staff who copied a target wrongly into the Penilaian sheet
    may still have computed capaian against the plan's target: scoring this copy tells whether they did.
    """
    changed = {id(row): _on_scale_of(target, written)
               for row, written, _, target in changed_targets(document, config)}
    if not changed or document.penilaian is None:
        return None
    rows = [row.model_copy(update={"target": changed[id(row)]}) if id(row) in changed else row
            for row in document.penilaian.rows]
    return document.model_copy(update={"penilaian": document.penilaian.model_copy(update={"rows": rows})})


@document_check("target-penilaian-berbeda")
def penilaian_keeps_targets(document: SkpDocument, config: Config) -> Iterator[Finding]:
    """Each target in the Penilaian sheet equals the target of the same IKI in the SKP sheet."""
    penilaian = document.penilaian
    if penilaian is None:
        return
    for row, written, iki, target in changed_targets(document, config):
        yield Finding.make("target-penilaian-berbeda", row.sheet or penilaian.sheet, row.cell("target"),
                           iki=row.iki, target_penilaian=written.raw, target_skp=target.raw,
                           lokasi_skp=location_phrase(sheet_of(iki, document), iki.cell("target")))
