"""Templates sent before they were filled (SPEC §3.10): placeholder texts and forms with nothing in them.

A placeholder (``{{ nama }}``, ``[isi]``, a row of dots; patterns in ``pembacaan.teks_pengisi``) in the kop,
the periode or a cell of the plan is read as an empty field and remembered with its cell, so the report says
"template not filled" once instead of judging ``{{ nip }}`` as an NIP or ``[isi]`` as a target.
"""

from __future__ import annotations

import re
from functools import lru_cache

from skp.empty_marks import says_something
from skp.models import Identity, Penilaian, Period, RencanaKinerja, SkpDocument

_IDENTITY_FIELDS = ("nama", "nip", "pangkat", "jabatan", "unit_kerja")


@lru_cache(maxsize=16)
def _patterns(patterns: tuple[str, ...]) -> re.Pattern[str] | None:
    """The placeholder patterns as one expression (compiled once per rule set, which is immutable)."""
    return re.compile("|".join(f"(?:{p})" for p in patterns)) if patterns else None


def is_filled(text: str | None, patterns: tuple[str, ...]) -> bool:
    """Whether a cell's text says something: neither empty, a lone dash, nor a placeholder."""
    compiled = _patterns(patterns)
    return says_something(text) and (compiled is None or not compiled.search(text))


def clear_placeholders(identity: Identity, patterns: tuple[str, ...]) -> dict[str, str]:
    """Empty the identity fields holding a placeholder; return {cell: text} of those cleared."""
    cleared: dict[str, str] = {}
    compiled = _patterns(patterns)
    if compiled is None:
        return cleared
    for field in _IDENTITY_FIELDS:
        text = getattr(identity, field)
        if text and compiled.search(text):
            cleared[identity.cells.get(field, "")] = text
            setattr(identity, field, None)
    return cleared


def clear_plan_placeholders(
    rencana: list[RencanaKinerja], periode: Period, patterns: tuple[str, ...]
) -> dict[str, str]:
    """Empty the periode and the RK and IKI cells holding a placeholder; return {cell: text} of those."""
    cleared: dict[str, str] = {}
    compiled = _patterns(patterns)
    if compiled is None:
        return cleared

    def placeholder(text: str | None, cell: str | None) -> bool:
        if text and compiled.search(text):
            cleared[cell or ""] = text  # type: ignore[assignment]
            return True
        return False

    if placeholder(periode.raw, periode.cells.get("periode")):
        periode.raw = periode.start = periode.end = None
    for rk in rencana:
        if placeholder(rk.text, rk.cells.get("rk")):
            rk.text = None
        if placeholder(rk.rk_atasan, rk.cells.get("rk_atasan")):
            rk.rk_atasan = None
        for iki in rk.iki:
            if placeholder(iki.text, iki.cells.get("iki")):
                iki.text = None
            if placeholder(iki.aspek_raw, iki.cells.get("aspek")):
                iki.aspek_raw = iki.aspek = None
            if iki.target is not None and placeholder(iki.target.raw, iki.cells.get("target")):
                iki.target = None
    return cleared


def clear_penilaian_placeholders(penilaian: Penilaian | None, patterns: tuple[str, ...]) -> None:
    """Empty the RK, IKI and target cells of the Penilaian sheet holding a placeholder (a template's row of
    dots), as the plan's are. Unlike the plan's they are not reported (their cells are on another sheet
    than the plan's placeholders): only :func:`never_filled` reads what is left."""
    compiled = _patterns(patterns)
    if compiled is None or penilaian is None:
        return
    for row in penilaian.rows:
        for field in ("rk", "iki"):
            text = getattr(row, field)
            if text and compiled.search(text):
                setattr(row, field, None)
        if row.target is not None and row.target.raw and compiled.search(row.target.raw):
            row.target = None


def never_filled(document: SkpDocument) -> bool:
    """No identity of the pegawai and no RK or IKI text, in the plan or a Penilaian sheet: the form is
    the template as it came."""
    identity = any(getattr(document.pegawai, f) for f in _IDENTITY_FIELDS)
    plan = any(rk.text or any(iki.text for iki in rk.iki) for rk in document.rencana)
    penilaian = document.penilaian is not None and any(r.rk or r.iki for r in document.penilaian.rows)
    return not identity and not plan and not penilaian
