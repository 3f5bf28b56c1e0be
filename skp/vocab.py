"""Closed vocabularies of the SKP forms: aspek, perspektif, cascading, and the dropdown lists (SPEC §4–5).

Staff write these words in capitals, with prefixes ("Perspektif Proses Bisnis"), numbering ("A. Anggaran"),
older spellings ("Kwantitas") or the PP 46 words ("Kuant/Output"; the aspek words are data,
``skp/data/aspek.yaml``); each ``canonical_*`` function maps every accepted spelling to one stable
id used by the checks and scoring. ``VALIDATION_LISTS`` holds the values the templates offer as dropdowns,
keyed by the ``validation:`` names of ``mappings/*.yaml``; each value canonicalises back.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources
from typing import Literal

from pydantic import BaseModel, ConfigDict

from skp.errors import ConfigurationError
from skp.pangkat import JENJANG, pangkat_choices
from skp.yaml_text import load_yaml

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


class AspekWords(BaseModel):
    """``skp/data/aspek.yaml``: the words staff write for the four aspek (SPEC §3.10)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    kata_utama: dict[Aspek, tuple[str, ...]]
    kata_pendamping: dict[Aspek, tuple[str, ...]] = {}
    kata_pembungkus: tuple[str, ...] = ()


@cache
def _aspek_words() -> tuple[dict[str, Aspek], dict[str, Aspek], frozenset[str]]:
    """(main word → aspek, companion word → aspek, wrapper words), read once from the package data."""
    text = resources.files("skp").joinpath("data/aspek.yaml").read_text(encoding="utf-8")
    try:
        words = AspekWords.model_validate(load_yaml(text))
    except Exception as exc:  # pragma: no cover - the word list ships with the package
        raise ConfigurationError(f"daftar kata aspek rusak: {exc}") from exc
    main = {word: aspek for aspek, ws in words.kata_utama.items() for word in ws}
    companion = {word: aspek for aspek, ws in words.kata_pendamping.items() for word in ws}
    return main, companion, frozenset(words.kata_pembungkus)

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
    "keuangan anggaran": "anggaran",
    "anggaran keuangan": "anggaran",
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
    """``"KUANTITAS"``, ``" Aspek Kualitas "``, ``"IKI (Kuantitas)"``, ``"Kual/Mutu"``, ``"Waktu (bulan)"``
    → one aspek id; ``None`` for no aspek, two aspek ("Kualitas dan Waktu") or a companion word alone.

    Exactly one word must name an aspek; every other word is a wrapper ("IKI", "Aspek") or a companion of
    that same aspek (the PP 46 "OUTPUT"/"MUTU", a time unit), so nothing staff wrote is silently dropped.
    """
    if isinstance(raw, (int, float)):
        return None
    main, companion, wrappers = _aspek_words()
    found: set[Aspek] = set()
    companions: set[Aspek] = set()
    for word in _key(raw).split():
        if word in main:
            found.add(main[word])
        elif word in companion:
            companions.add(companion[word])
        elif word not in wrappers:
            return None
    if len(found) != 1 or not companions <= found:
        return None
    return next(iter(found))


def canonical_perspektif(raw: object) -> Perspektif | None:
    """``"Penerima Layanan/Stakeholder"``, ``"Perspektif Proses Bisnis"`` → a perspektif id."""
    return _PERSPEKTIF.get(_key(raw, ("perspektif",)))


# JENIS RK of a JPT RK (SPEC §2.1, §6.3): the words that name the rencana aksi / inisiatif strategis part of
# Kinerja Utama (weighted apart from the RK taken from the Perjanjian Kinerja), whole or within the text
_RENCANA_AKSI_PHRASES = ("rencana aksi", "ren aksi", "renaksi", "inisiatif strategis")
_RENCANA_AKSI_WHOLE = frozenset({"ra", "r a", "ra is", "is ra"})


def names_rencana_aksi(raw: object) -> bool:
    """``"Rencana Aksi"``, ``"RA"``, ``"Renaksi"``, ``"Inisiatif Strategis/Rencana Aksi"`` → True; a
    Perjanjian Kinerja RK (``"PK"``, ``"Sasaran PK"``), a direktif or a blank → False."""
    key = _key(raw)
    padded = f" {key} "
    return key in _RENCANA_AKSI_WHOLE or any(f" {phrase} " in padded for phrase in _RENCANA_AKSI_PHRASES)


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
