"""Telling an activity-based RK ("Menyusun laporan …") from a result-based one ("Tersusunnya laporan …").

Since 2021 the SKP is outcome based (SPEC §1), yet staff still write the 2013 activity phrases. Indonesian
morphology makes the difference visible in the first word: active verbs carry me-/mem-/men-/meng-/meny-/
memper- (and a few ber-/di- forms), while results are nouns ("Persentase …", "Dokumen …"), noun phrases
whose verb comes later ("Pemerintah Daerah menggunakan …") or nominalisations ("Tersusunnya",
"Meningkatnya"). Only the first word is read, so a verb inside a result phrase never raises a false alarm.
Activities also come as a bare process noun ("Penyusunan laporan …", "Koordinasi dengan …"), which is only
judged from a closed list, because most pe-…-an nouns name products ("Permohonan", "Peraturan"); and a
process noun followed by a result qualifier ("Pengelolaan keuangan yang akuntabel") is a result
(SPEC §1 [interpretation], switchable). The word lists live in ``skp/data/kata_aktivitas.yaml`` so reviewers
can extend them without code.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from pydantic import BaseModel, ConfigDict

from skp.errors import ConfigurationError
from skp.yaml_text import load_yaml

_LEADING_NOISE = re.compile(r"^(?:[\W_]+|(?:[a-z]|\d{1,2}|[ivx]{1,4})[.)]\s*)+", re.IGNORECASE)
_FIRST_WORD = re.compile(r"[A-Za-z]+")
_WORDS = re.compile(r"[a-z0-9]+")


class Lexicon(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    prefiks_kerja: tuple[str, ...]
    kata_pasif: tuple[str, ...] = ()
    akhiran_hasil: tuple[str, ...] = ()
    bukan_aktivitas: tuple[str, ...] = ()
    saran: dict[str, str] = {}
    akar: tuple[tuple[str, str], ...] = ()
    kata_benda_proses: tuple[str, ...] = ()
    penanda_hasil: tuple[str, ...] = ()
    awalan_penanda_hasil: tuple[str, ...] = ()
    bukan_penanda_hasil: tuple[str, ...] = ()
    saran_benda: dict[str, str] = {}
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
        return Lexicon.model_validate(load_yaml(text))
    except Exception as exc:  # pragma: no cover - the word list ships with the package
        raise ConfigurationError(f"daftar kata aktivitas rusak: {exc}") from exc


@cache
def _patterns() -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p) for p in lexicon().prefiks_kerja)


def _is_activity_verb(word: str) -> bool:
    lex = lexicon()
    # A listed process noun that looks like a me- verb ("mentoring") is judged as a process noun.
    if word in lex.bukan_aktivitas or word in lex.kata_benda_proses or any(
            word.endswith(s) for s in lex.akhiran_hasil):
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


@cache
def _qualifiers() -> tuple[str, ...]:
    """The result qualifiers as padded word strings (" tepat waktu "), matched against :func:`_padded`."""
    return tuple(f" {' '.join(_WORDS.findall(q.lower()))} " for q in lexicon().penanda_hasil)


def _padded(text: str) -> str:
    return f" {' '.join(_WORDS.findall(text.lower()))} "


def _state_word(word: str) -> bool:
    """A ter- state word (``terdokumentasi``, ``tertangani``): a result reached, unless listed as not."""
    lex = lexicon()
    return any(word.startswith(p) and len(word) >= len(p) + 4 for p in lex.awalan_penanda_hasil) \
        and word not in lex.bukan_penanda_hasil


def _qualified(objek: str) -> bool:
    """Whether a result qualifier follows the process noun: a listed one, or a ter- state word."""
    padded = _padded(objek)
    return any(q in padded for q in _qualifiers()) or any(_state_word(w) for w in padded.split())


def _process_noun(kata: str, objek: str, qualified_is_result: bool) -> str | None:
    """The result form to suggest for a process noun opening an RK, or ``None`` when it is no activity."""
    lex = lexicon()
    word = kata.lower()
    if word not in lex.kata_benda_proses:
        return None
    if qualified_is_result and _qualified(objek):
        return None
    return lex.saran_benda.get(word, "")


def activity_of(text: str | None, process_nouns: bool = True, qualified_is_result: bool = True
                ) -> Activity | None:
    """The activity word opening ``text`` with a suggested result form, or ``None`` for a result RK.

    An active verb is always an activity; a process noun only with ``process_nouns``, and not when a result
    qualifier follows it and ``qualified_is_result`` (SPEC §1 [interpretation]).
    """
    if not text:
        return None
    body = _LEADING_NOISE.sub("", text.strip())
    match = _FIRST_WORD.match(body)
    if match is None:
        return None
    kata = match.group(0)
    objek = body[match.end():].strip(" /-")
    if _is_activity_verb(kata.lower()):
        form = _result_form(kata.lower())
    elif process_nouns and (noun_form := _process_noun(kata, objek, qualified_is_result)) is not None:
        form = noun_form or None
    else:
        return None
    saran = lexicon().saran_umum.format(objek=objek) if form is None else f"{form} {objek}"
    return Activity(kata=kata, saran=saran.strip())
