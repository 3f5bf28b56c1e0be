"""Telling an activity-based RK ("Menyusun laporan …") from a result-based one ("Tersusunnya laporan …").

Since 2021 the SKP is outcome based (SPEC §1), yet staff still write the 2013 activity phrases. Indonesian
morphology makes the difference visible in the first word: active verbs carry me-/mem-/men-/meng-/meny-/
memper- (and a few ber-/di- forms), while results are nouns ("Persentase …", "Dokumen …"), noun phrases
whose verb comes later ("Pemerintah Daerah menggunakan …") or nominalisations ("Tersusunnya",
"Meningkatnya"). Only the first word is read, so a verb inside a result phrase never raises a false alarm.
The word lists live in ``skp/data/kata_aktivitas.yaml`` so reviewers can extend them without code.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

import yaml
from pydantic import BaseModel, ConfigDict

from skp.errors import ConfigurationError

_LEADING_NOISE = re.compile(r"^(?:[\W_]+|(?:[a-z]|\d{1,2}|[ivx]{1,4})[.)]\s*)+", re.IGNORECASE)
_FIRST_WORD = re.compile(r"[A-Za-z]+")


class Lexicon(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    prefiks_kerja: tuple[str, ...]
    kata_pasif: tuple[str, ...] = ()
    akhiran_hasil: tuple[str, ...] = ()
    bukan_aktivitas: tuple[str, ...] = ()
    saran: dict[str, str] = {}
    akar: tuple[tuple[str, str], ...] = ()
    saran_umum: str


@dataclass(frozen=True)
class Activity:
    """The activity verb that opens an RK and a result-form rewording to suggest."""

    kata: str
    saran: str


@cache
def lexicon() -> Lexicon:
    text = resources.files("skp").joinpath("data/kata_aktivitas.yaml").read_text(encoding="utf-8")
    try:
        return Lexicon.model_validate(yaml.safe_load(text))
    except Exception as exc:  # pragma: no cover - the word list ships with the package
        raise ConfigurationError(f"daftar kata aktivitas rusak: {exc}") from exc


@cache
def _patterns() -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p) for p in lexicon().prefiks_kerja)


def _is_activity_verb(word: str) -> bool:
    lex = lexicon()
    if word in lex.bukan_aktivitas or any(word.endswith(s) for s in lex.akhiran_hasil):
        return False
    return word in lex.kata_pasif or any(p.search(word) for p in _patterns())


def _result_form(word: str) -> str | None:
    """``Tersusunnya`` from ``menyusun``: the table first, then a root from a non-assimilating prefix."""
    lex = lexicon()
    if word in lex.saran:
        return lex.saran[word]
    for pattern, replacement in lex.akar:
        root, replaced = re.subn(pattern, replacement, word)
        if replaced:
            return f"Ter{root}nya"
    return None


def activity_of(text: str | None) -> Activity | None:
    """The activity verb opening ``text`` with a suggested result form, or ``None`` for a result RK."""
    if not text:
        return None
    body = _LEADING_NOISE.sub("", text.strip())
    match = _FIRST_WORD.match(body)
    if match is None:
        return None
    kata = match.group(0)
    if not _is_activity_verb(kata.lower()):
        return None
    objek = body[match.end():].strip()
    form = _result_form(kata.lower())
    saran = lexicon().saran_umum.format(objek=objek) if form is None else f"{form} {objek}"
    return Activity(kata=kata, saran=saran.strip())
