"""Closed vocabularies of the SKP forms: aspek, perspektif, cascading, and the dropdown lists (SPEC §4–5).

Staff write these words in capitals, with prefixes ("Perspektif Proses Bisnis"), numbering ("A. Anggaran")
or older spellings ("Kwantitas"); each ``canonical_*`` function maps every accepted spelling to one stable
id used by the checks and scoring. ``VALIDATION_LISTS`` holds the values the templates offer as dropdowns,
keyed by the ``validation:`` names of ``mappings/*.yaml``; each value canonicalises back.
"""

from __future__ import annotations

import re
from typing import Literal

from skp.pangkat import JENJANG, pangkat_choices

Aspek = Literal["kuantitas", "kualitas", "waktu", "biaya"]
Perspektif = Literal["penerima-layanan", "proses-bisnis", "penguatan-internal", "anggaran"]
JenisPenyelarasan = Literal["direct", "non-direct"]
Metode = Literal["pembagian-aspek", "pembagian-wilayah", "pembagian-beban-target", "layanan", "output-antara"]

_NON_WORD_RE = re.compile(r"[^a-z0-9]+")
_ENUMERATOR_RE = re.compile(r"^(?:[a-z]|\d{1,2}|[ivx]{1,4})[.)]\s+")


def _key(raw: object, drop_prefixes: tuple[str, ...] = ()) -> str:
    """Lowercase words of ``raw`` without punctuation, a leading ``A.``/``1)``, or a label prefix."""
    if raw is None:
        return ""
    text = _ENUMERATOR_RE.sub("", str(raw).strip().lower())
    words = _NON_WORD_RE.sub(" ", text).split()
    while words and words[0] in drop_prefixes:
        words = words[1:]
    return " ".join(words)


_ASPEK: dict[str, Aspek] = {
    "kuantitas": "kuantitas", "kwantitas": "kuantitas",
    "kualitas": "kualitas", "kwalitas": "kualitas",
    "waktu": "waktu",
    "biaya": "biaya",
}

_PERSPEKTIF: dict[str, Perspektif] = {
    "penerima layanan": "penerima-layanan",
    "stakeholder": "penerima-layanan",
    "stake holder": "penerima-layanan",
    "pemangku kepentingan": "penerima-layanan",
    "penerima layanan stakeholder": "penerima-layanan",
    "stakeholder penerima layanan": "penerima-layanan",
    "penerima layanan stake holder": "penerima-layanan",
    "proses bisnis": "proses-bisnis",
    "proses bisnis internal": "proses-bisnis",
    "penguatan internal": "penguatan-internal",
    "anggaran": "anggaran",
}

_PENYELARASAN: dict[str, JenisPenyelarasan] = {
    "direct": "direct", "langsung": "direct",
    "non direct": "non-direct", "nondirect": "non-direct", "indirect": "non-direct",
    "tidak langsung": "non-direct",
}

_METODE: dict[str, Metode] = {
    "aspek": "pembagian-aspek",
    "wilayah": "pembagian-wilayah",
    "beban target": "pembagian-beban-target",
    "beban target kuantitatif": "pembagian-beban-target",
    "target kuantitatif": "pembagian-beban-target",
    "layanan": "layanan",
    "output antara": "output-antara",
}


def canonical_aspek(raw: object) -> Aspek | None:
    """``"KUANTITAS"``, ``" Aspek Kualitas "`` → ``"kuantitas"``/``"kualitas"``; anything else ``None``."""
    return _ASPEK.get(_key(raw, ("aspek",)))


def canonical_perspektif(raw: object) -> Perspektif | None:
    """``"Penerima Layanan/Stakeholder"``, ``"Perspektif Proses Bisnis"`` → a perspektif id."""
    return _PERSPEKTIF.get(_key(raw, ("perspektif",)))


def canonical_jenis_penyelarasan(raw: object) -> JenisPenyelarasan | None:
    """``"Direct Cascading"``, ``"Langsung"``, ``"Non Direct"``, ``"Tidak Langsung"`` → direct/non-direct."""
    words = _key(raw, ("jenis", "penyelarasan", "kaskade", "cascading")).split()
    if words and words[-1] in ("cascading", "kaskade"):
        words = words[:-1]
    return _PENYELARASAN.get(" ".join(words))


def canonical_metode(raw: object) -> Metode | None:
    """``"Pembagian Beban Target"``, ``"Pendekatan Output Antara"`` → a cascading method id (SPEC §4)."""
    return _METODE.get(_key(raw, ("metode", "kaskade", "cascading", "pendekatan", "pembagian")))


VALIDATION_LISTS: dict[str, list[str]] = {
    "aspek": ["Kuantitas", "Kualitas", "Waktu", "Biaya"],
    "perspektif": ["Penerima Layanan", "Proses Bisnis", "Penguatan Internal", "Anggaran"],
    "pangkat": pangkat_choices(),
    "jenis-penyelarasan": ["Direct Cascading", "Non-Direct Cascading"],
    "metode-kaskade": [
        "Pembagian Aspek", "Pembagian Wilayah", "Pembagian Beban Target", "Pendekatan Layanan",
        "Pendekatan Output Antara",
    ],
    "periode-pelaporan": ["Bulanan", "Triwulanan", "Semesteran", "Tahunan"],
    "ya-tidak": ["Ya", "Tidak"],
    "jenis-rk-jpt": ["Perjanjian Kinerja", "Rencana Aksi"],
    "jenjang": list(JENJANG),
}
