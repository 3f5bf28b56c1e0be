"""Jabatan fungsional known by name (SPEC §3.10, §5): which jabatan is a JF, and at which jenjang.

Staff write a JF title many ways: "Analis Kepegawaian Ahli Muda", "ANALIS KEPEGAWAIAN MUDA selaku
SUBKOORDINATOR", "Pengawas Madya", "Plt. Arsiparis Mahir". The word "Ahli" is no sign: the JF is known by
its name, read from the catalogue ``skp/data/jabatan_fungsional.yaml``, and the jenjang by the word that
follows the name. Without a jenjang word only a distinctive name ("Arsiparis", "Guru …") is a JF: others
are also JA pelaksana titles ("Penata Ruang", "Analis Kepegawaian"), and calling a JA a JF would report an
Angka Kredit annex it does not need, while the reverse only keeps the JF checks silent. Names are matched
at the start of the title only, longest first, so "Analis Data Ilmiah" (JF) is told from "Analis Data" (a
JA pelaksana title) and "Kepala Seksi …" never matches; anything after the jenjang ("selaku …",
"merangkap …", "pada Dinas …") is ignored. An agency adds names with ``--aturan``
(section ``jabatan_fungsional``); :func:`catalogue_for` builds the extended catalogue.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from typing import TYPE_CHECKING

from pydantic import BaseModel, ConfigDict

from skp.errors import ConfigurationError
from skp.yaml_text import load_yaml

if TYPE_CHECKING:  # skp.config imports the mappings, which import this module through skp.vocab
    from skp.config import Config

_WORD_RE = re.compile(r"[a-z0-9]+")
_AHLI_RE = re.compile(r"\bahli (pertama|muda|madya|utama)\b")

Words = tuple[str, ...]


def title_words(text: str | None) -> Words:
    """Lowercase words without punctuation: ``"Plt. Pranata Komputer"`` → (plt, pranata, komputer)."""
    return tuple(_WORD_RE.findall(text.lower())) if text else ()


class CatalogueFile(BaseModel):
    """``skp/data/jabatan_fungsional.yaml`` as validated data."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    jenjang: dict[str, tuple[str, ...]]
    awalan_abaikan: tuple[str, ...] = ()
    khas: tuple[str, ...] = ()
    nama: tuple[str, ...]


class JfSettings(BaseModel):
    """Section ``jabatan_fungsional`` of the rules: an agency's own JF names (``--aturan``)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    tambahan: tuple[str, ...] = ()
    khas_tambahan: tuple[str, ...] = ()


@dataclass(frozen=True)
class JfMatch:
    """A title read as a JF: the catalogue name found and the jenjang named after it (if any)."""

    nama: str
    jenjang: str | None


@dataclass(frozen=True, eq=False)  # compared by identity: one per catalogue file and agency additions
class JfCatalogue:
    """The compiled catalogue: name word tuples, jenjang phrases longest first, prefixes to skip."""

    names: frozenset[Words]
    distinctive: frozenset[Words]  # JF even without a jenjang word
    jenjang_phrases: tuple[tuple[Words, str], ...]
    skip_prefixes: tuple[Words, ...]
    longest: int

    @classmethod
    def build(cls, data: CatalogueFile, extra_names: tuple[str, ...] = (),
              extra_distinctive: tuple[str, ...] = ()) -> JfCatalogue:
        distinctive = frozenset(title_words(n) for n in (*data.khas, *extra_distinctive)) - {()}
        names = frozenset(title_words(n) for n in (*data.nama, *extra_names)) - {()} | distinctive
        phrases = sorted(((title_words(p), jenjang) for jenjang, ps in data.jenjang.items() for p in ps),
                         key=lambda item: -len(item[0]))
        prefixes = sorted((title_words(p) for p in data.awalan_abaikan), key=lambda w: -len(w))
        return cls(names, distinctive, tuple(phrases), tuple(prefixes), max(len(n) for n in names))

    def _strip_prefixes(self, words: Words) -> Words:
        stripped = True
        while stripped:
            stripped = False
            for prefix in self.skip_prefixes:
                if prefix and words[: len(prefix)] == prefix and len(words) > len(prefix):
                    words, stripped = words[len(prefix):], True
                    break
        return words

    def _jenjang_after(self, rest: Words) -> str | None:
        for phrase, jenjang in self.jenjang_phrases:
            if rest[: len(phrase)] == phrase:
                return jenjang
        found = _AHLI_RE.search(" ".join(rest))  # "Guru Kelas Ahli Pertama": a specialty before the jenjang
        return f"Ahli {found[1].capitalize()}" if found else None

    def read(self, jabatan: str | None) -> JfMatch | None:
        """The JF a title names, or ``None`` when its start is no catalogued JF name."""
        words = self._strip_prefixes(title_words(jabatan))
        for size in range(min(self.longest, len(words)), 0, -1):
            name = words[:size]
            if name not in self.names:
                continue
            jenjang = self._jenjang_after(words[size:])
            if jenjang is None and name not in self.distinctive:
                return None
            return JfMatch(" ".join(name), jenjang)
        return None


@cache
def _catalogue_file() -> CatalogueFile:
    text = resources.files("skp").joinpath("data/jabatan_fungsional.yaml").read_text(encoding="utf-8")
    try:
        return CatalogueFile.model_validate(load_yaml(text))
    except Exception as exc:  # pragma: no cover - the catalogue ships with the package
        raise ConfigurationError(f"katalog jabatan fungsional rusak: {exc}") from exc


@cache
def default_catalogue() -> JfCatalogue:
    return JfCatalogue.build(_catalogue_file())


@lru_cache(maxsize=8)
def _extended(names: tuple[str, ...], distinctive: tuple[str, ...]) -> JfCatalogue:
    return JfCatalogue.build(_catalogue_file(), names, distinctive)


def catalogue_for(config: Config) -> JfCatalogue:
    """The catalogue with the agency's own names from ``--aturan`` (section ``jabatan_fungsional``)."""
    settings = config.section("jabatan_fungsional", JfSettings)
    if not settings.tambahan and not settings.khas_tambahan:
        return default_catalogue()
    return _extended(settings.tambahan, settings.khas_tambahan)
