"""Templates sent before they were filled (SPEC §3.10): placeholder texts and forms with nothing in them.

A placeholder (``{{ nama }}``, ``[isi]``, a row of dots; patterns in ``pembacaan.teks_pengisi``) is read as
an empty field and remembered with its cell, so the report says "template not filled" once instead of
judging ``{{ nip }}`` as an NIP.
"""

from __future__ import annotations

import re
from functools import lru_cache

from skp.models import Identity, SkpDocument

_IDENTITY_FIELDS = ("nama", "nip", "pangkat", "jabatan", "unit_kerja")


@lru_cache(maxsize=16)
def _patterns(patterns: tuple[str, ...]) -> re.Pattern[str] | None:
    """The placeholder patterns as one expression (compiled once per rule set, which is immutable)."""
    return re.compile("|".join(f"(?:{p})" for p in patterns)) if patterns else None


def is_placeholder(text: str | None, patterns: tuple[str, ...]) -> bool:
    compiled = _patterns(patterns)
    return bool(text and compiled and compiled.match(text.strip()))


def clear_placeholders(identity: Identity, patterns: tuple[str, ...]) -> dict[str, str]:
    """Empty the identity fields holding a placeholder; return {cell: text} of those cleared."""
    cleared: dict[str, str] = {}
    for field in _IDENTITY_FIELDS:
        text = getattr(identity, field)
        if is_placeholder(text, patterns):
            cleared[identity.cells.get(field, "")] = text
            setattr(identity, field, None)
    return cleared


def never_filled(document: SkpDocument) -> bool:
    """No identity of the pegawai and no RK or IKI text, in the plan or a Penilaian sheet: the form is
    the template as it came."""
    identity = any(getattr(document.pegawai, f) for f in _IDENTITY_FIELDS)
    plan = any(rk.text or any(iki.text for iki in rk.iki) for rk in document.rencana)
    penilaian = document.penilaian is not None and any(r.rk or r.iki for r in document.penilaian.rows)
    return not identity and not plan and not penilaian
