"""Which unit kerja a submission is counted under, when one unit is written many ways.

Staff write their unit as they please: ``Bidang Perencanaan``, ``BIDANG PERENCANAAN``, ``Bid. Perencanaan``,
``Bidang Riset & Inovasi``, with the agency appended (``… Badan Perencanaan Pembangunan, Riset dan Inovasi
Daerah Kabupaten Tanjung Wangi``, ``… Bapperida``, ``…, Dinas PUPR Kab. Tanjung Wangi``, ``Sekretariat
Dinas``) or continued on a second row. A recap that keys units by the written text splits one unit into
five rows, and one that ignores the agency merges two agencies' ``Sekretariat`` into one. So a unit is keyed
by (agency, unit words): case, spacing and punctuation folded, the abbreviations of ``rekap.singkatan_unit``
expanded, and a trailing mention of the submission's own agency (its name from the agency line under the
form's title, that name's acronym, its kind word, its kabupaten/kota/provinsi) dropped. A unit that is only
the agency is the agency's own row. Each key is shown as its members most often write it (HR's spelling from
the daftar pegawai first); two keys that would show the same text (``Sekretariat`` of two agencies) are told
apart by their agency.

The names are collected while the reports stream past (a handful of distinct spellings, not one entry per
submission) and resolved once, after the pass.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache, partial
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from skp.config import Config

SECTION = "rekap"
UNKNOWN_UNIT = "(unit kerja tidak terbaca)"

Token = tuple[str, str | None]  # (unit kerja as written, spaces folded; the agency line, spaces folded)
DAFTAR = "\x00daftar"  # a token's agency when its spelling is the daftar's: the agency of the daftar unit
Key = tuple[tuple[str, ...], tuple[str, ...]]  # (agency words, unit words without the agency)

_SPLIT = re.compile(r"[^0-9a-z]+")
_REGION = ("kabupaten", "kota", "provinsi")
_CONNECTORS = frozenset({"pada", "di", "dan"})
_VOWELS = frozenset("aeiou")
_ACRONYM_WORDS = 3  # an agency's short name is a word or three ("Dinas PUPR"), never a phrase
_SYLLABLE = 4  # longest piece of an acronym taken from inside a word
_ACRONYM_MINIMUM = 3  # a unit acronym has three letters or more (SDK); "TU" is a word of its own


class RekapRules(BaseModel):
    """Section ``rekap`` of ``aturan.yaml``."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    singkatan_unit: dict[str, str] = Field(default_factory=dict)
    awalan_instansi: dict[str, list[str]] = Field(default_factory=dict)
    awalan_unit_abaikan: list[str] = Field(default_factory=list)
    persen_penuh_hanya_bila_lengkap: bool = True
    singkatan_unit_otomatis: bool = True
    # which SKP of a pegawai (one NIP) who sent several counts in the Predikat table (skp.recap.people)
    predikat_pegawai: Literal["periode-terakhir", "setiap-periode"] = "periode-terakhir"


def rules_of(config: Config) -> RekapRules:
    return config.section(SECTION, RekapRules)


def _fold(text: str) -> str:
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return text.casefold().replace("&", " dan ")


class _Words:
    """Text → words with the unit abbreviations expanded (``Bid.`` → bidang, ``UPTD`` → unit pelaksana
    teknis daerah, ``Sub Bagian`` → subbagian)."""

    def __init__(self, abbreviations: dict[str, str]) -> None:
        self._expand = {_fold(k).strip(" ."): tuple(w for w in _SPLIT.split(_fold(v)) if w)
                        for k, v in abbreviations.items()}
        self.words = lru_cache(maxsize=4096)(self._words)

    def _words(self, text: str) -> tuple[str, ...]:
        out: list[str] = []
        for word in _SPLIT.split(_fold(text)):
            if not word:
                continue
            if out and out[-1] == "sub":  # "Sub Bagian", "Sub Bidang" are one word
                out[-1] = "sub" + word
                word = out.pop()
            out.extend(self._expand.get(word, (word,)))
        return tuple(out)


def _agency(words: tuple[str, ...]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(name words, region words): ``dinas … ruang`` and ``kabupaten tanjung wangi``."""
    for index, word in enumerate(words):
        if word in _REGION and index + 1 < len(words):
            return words[:index], words[index:]
    return words, ()


def _acronym(tokens: Sequence[str], name: Sequence[str], first: Sequence[str] = ()) -> bool:
    """Whether ``tokens`` spell the agency ``name``: each token a word of it or pieces of its words, in
    order, the first piece the beginning of the first word (or one of its short forms ``first``: ``dis``
    for dinas), each later piece the beginning of a later word or of one of its syllables (a consonant on:
    ``pupr``, ``bapperida``, ``dukcapil`` for kependudukan dan pencatatan sipil); words in between may be
    skipped, but the first and the last word are spelled (``dinas pupr``, ``disdukcapil``)."""
    if not tokens or not name or all(len(t) < 2 for t in tokens):
        return False
    if not tokens[0].startswith(name[0][0]) and not any(tokens[0].startswith(f) for f in first):
        return False  # the common case, decided without the search
    memo: dict[tuple[int, int, int], bool] = {}
    words = set(name)

    def pieces(w: int) -> list[str]:
        word = name[w]
        if w == 0:
            return [word, *first]
        # a syllable is short: "duk", "ca", "pil" (a word's beginning may be any length)
        return [word, *(word[j:j + _SYLLABLE] for j in range(1, len(word)) if word[j] not in _VOWELS)]

    def go(ti: int, ci: int, wi: int) -> bool:
        if ti == len(tokens):
            return wi == len(name)
        token = tokens[ti]
        if ci == len(token):
            return go(ti + 1, 0, wi)
        state = (ti, ci, wi)
        if state not in memo:
            if ci == 0 and token in words:  # a word of the name written out: only that word
                memo[state] = any(name[w] == token and go(ti + 1, 0, w + 1)
                                  for w in (range(wi, len(name)) if wi else (0,)))
            else:
                memo[state] = any(
                    token[ci:ci + size] == piece[:size] and (w > 0 or piece is name[0] or size == len(piece))
                    and go(ti, ci + size, w + 1)
                    for w in (range(wi, len(name)) if wi else (0,))
                    for piece in pieces(w)
                    for size in range(min(len(piece), len(token) - ci), 0, -1))
        return memo[state]

    return go(0, 0, 0)


def _unit_acronym(token: str, name: Sequence[str]) -> bool:
    """Whether ``token`` spells the unit words ``name`` (two or more) as staff shorten a unit: syllables of
    its words in order, the first of which may come from inside the first word (``yankes``: pelayanan
    kesehatan, ``kesmas``, ``sdk``)."""
    if len(name) < 2:
        return False
    first = name[0]
    inside = tuple(first[j:j + size] for j in range(1, len(first)) if first[j] not in _VOWELS
                   for size in range(2, _SYLLABLE + 1) if j + size <= len(first))
    return _acronym([token], name, inside)


def _is_agency(tokens: Sequence[str], name: tuple[str, ...], region: tuple[str, ...],
               first: Sequence[str] = ()) -> bool:
    """Whether ``tokens`` only mention the agency: connectors, then its name (whole, as an acronym, or its
    kind word alone), then its region (with or without the word kabupaten/kota), or the region alone."""
    rest = list(tokens)
    while rest and rest[0] in _CONNECTORS:
        rest.pop(0)
    if not rest:
        return False
    if region and tuple(rest) in (region, region[1:]):
        return True
    starts = (name[0][:1], *first) if name else ()
    if not any(rest[0].startswith(start) for start in starts):
        return False  # neither the region nor anything the name can begin with: the common case
    for cut in range(len(rest), 0, -1):
        head, tail = rest[:cut], rest[cut:]
        if tail and tuple(tail) not in (region, region[1:]):
            continue
        if (tuple(head) == name or (len(head) == 1 and name and head[0] == name[0])
                or (len(head) <= _ACRONYM_WORDS and _acronym(head, name, first))):
            return True
    return False


def _strip_agency(unit: tuple[str, ...], name: tuple[str, ...], region: tuple[str, ...],
                  first: Sequence[str] = ()) -> tuple[str, ...]:
    """The unit's words without a trailing mention of its agency; () when the unit is the agency."""
    for start in range(len(unit)):
        if _is_agency(unit[start:], name, region, first):
            return unit[:start]
    return unit


class UnitNames:
    """The unit kerja spellings met in a run, resolved after the pass into one label per unit."""

    def __init__(self, rules: RekapRules) -> None:
        self._words = _Words(rules.singkatan_unit)
        self._first = {_fold(word).strip(): tuple(_fold(short).strip() for short in shorts)
                       for word, shorts in rules.awalan_instansi.items()}
        self._acronyms = rules.singkatan_unit_otomatis
        self._prefixes = sorted({self._words.words(p) for p in rules.awalan_unit_abaikan} - {()}, key=len,
                                reverse=True)
        self._seen: Counter[Token] = Counter()  # submissions per spelling, in discovery order
        self._daftar: dict[str, Counter[str | None]] = {}  # daftar unit -> agency lines of its submissions
        self._key: dict[Token, Key] = {}
        self._label: dict[Key, str] = {}
        self._agency_label: dict[tuple[str, ...], str] = {}
        self._region: dict[tuple[str, ...], tuple[str, ...]] = {}

    @staticmethod
    def token(unit: str | None, instansi: str | None) -> Token:
        unit = " ".join(unit.split()) if unit and unit.strip() else UNKNOWN_UNIT
        agency = " ".join(instansi.split()) if instansi and instansi.strip() else None
        return (unit, agency if unit != UNKNOWN_UNIT else None)

    def add(self, unit: str | None, instansi: str | None, from_daftar: bool = False) -> Token:
        """Record one submission's unit (``from_daftar``: HR's spelling); returns its token."""
        token = self.token(unit, instansi)
        if from_daftar and token[0] != UNKNOWN_UNIT:
            self._daftar.setdefault(token[0], Counter())[token[1]] += 1
            token = (token[0], DAFTAR)
        self._seen[token] += 1
        return token

    def add_daftar_units(self, units: Iterable[str | None]) -> None:
        """Make every unit of the daftar known before resolving, also one none of whose people submitted,
        so that its label is told apart from another agency's unit of the same name (Belum Mengirim)."""
        for unit in units:
            text = self.token(unit, None)[0]
            if text != UNKNOWN_UNIT:
                self._seen[(text, DAFTAR)] += 0

    def _shorts(self, name: Sequence[str]) -> tuple[str, ...]:
        """The short forms an acronym of the agency ``name`` may begin with (``dis`` for dinas)."""
        return self._first.get(name[0], ()) if name else ()

    # ------------------------------------------------------------------ resolving
    def _agencies(self) -> dict[tuple[str, ...], tuple[tuple[str, ...], tuple[str, ...]]]:
        """Agency words of every agency line → (name, region) of the agency it stands for: an acronym
        line (``Dinas PUPR``) stands for the full one it spells."""
        found: dict[tuple[str, ...], tuple[tuple[str, ...], tuple[str, ...]]] = {}
        lines = {instansi for _, instansi in self._seen} | {a for c in self._daftar.values() for a in c}
        for instansi in lines:
            if instansi is not None and instansi != DAFTAR:
                words = self._words.words(instansi)
                found.setdefault(words, _agency(words))
        full = [v for v in found.values() if len(v[0]) > 2]
        for words, (name, region) in list(found.items()):
            for other_name, other_region in full:
                if (name != other_name and len(name) < len(other_name)
                        and _acronym(name, other_name, self._shorts(other_name))):
                    found[words] = (other_name, region or other_region)
                    break
        return found

    def resolve(self) -> None:
        agencies = self._agencies()
        names = sorted(set(agencies.values()))
        self._region = dict(names)
        for token in self._seen:
            self._key[token] = self._key_of(token, agencies, names)
        if self._acronyms:
            self._merge_acronyms()
        self._labels()

    def _merge_acronyms(self) -> None:
        """A unit whose last word is an acronym of the rest of another unit of its agency, the words before
        it the same (``bidang kesmas``, ``bidang kesehatan masyarakat``), is that unit, when only one fits
        (``rekap.singkatan_unit_otomatis``)."""
        keys = set(self._key.values())
        # (agency, leading words) -> the units that begin so and go on: the only ones a unit ending in an
        # acronym after those words can be (a national batch's units are never compared pairwise)
        longer: dict[tuple[tuple[str, ...], tuple[str, ...]], list[Key]] = {}
        for key in keys:
            for cut in range(1, len(key[1]) - 1):
                longer.setdefault((key[0], key[1][:cut]), []).append(key)
        merged: dict[Key, Key] = {}
        for key in keys:
            head, tail = key[1][:-1], key[1][-1:]
            if not head or len(tail[0]) < _ACRONYM_MINIMUM:
                continue
            fits = [other for other in longer.get((key[0], head), ())
                    if _unit_acronym(tail[0], other[1][len(head):])]
            if len(fits) == 1:
                merged[key] = fits[0]
        self._key = {token: merged.get(key, key) for token, key in self._key.items()}

    def _key_of(self, token: Token, agencies: dict, names: list) -> Key:
        unit, instansi = token
        if unit == UNKNOWN_UNIT:
            return ((), (UNKNOWN_UNIT,))
        if instansi == DAFTAR:  # HR's unit: in the agency most of its submissions name
            instansi = self._daftar_agency(unit)
        words = self._words.words(unit)
        if instansi is not None:
            name, region = agencies[self._words.words(instansi)]
        else:  # no agency line: the run's only agency, else the one the unit mentions
            fits = [(n, r) for n, r in names
                    if len(names) == 1 or _strip_agency(words, n, r, self._shorts(n)) != words]
            if len(fits) != 1:
                return ((), self._unprefixed(words))
            name, region = fits[0]
        return (name, self._unprefixed(_strip_agency(words, name, region, self._shorts(name))))

    def _unprefixed(self, words: tuple[str, ...]) -> tuple[str, ...]:
        """The unit's words without a leading form of organisation that staff write or leave out at will
        (``rekap.awalan_unit_abaikan``: ``UPT``/``UPTD Puskesmas Mlati I`` is ``Puskesmas Mlati I``); a unit
        that is only that form keeps it."""
        for prefix in self._prefixes:
            if len(words) > len(prefix) and words[:len(prefix)] == prefix:
                return words[len(prefix):]
        return words

    def _labels(self) -> None:
        spellings: dict[Key, Counter[str]] = {}
        hr: dict[Key, Counter[str]] = {}
        agency_spelling: dict[tuple[str, ...], Counter[str]] = {}
        for token, n in self._seen.items():
            key = self._key[token]
            spellings.setdefault(key, Counter())[token[0]] += n
            line = token[1]
            if line == DAFTAR:
                hr.setdefault(key, Counter())[token[0]] += n
                line = self._daftar_agency(token[0])
            if line is not None:
                agency_spelling.setdefault(key[0], Counter())[line] += n
        for agency, counter in agency_spelling.items():
            self._agency_label[agency] = _best(counter)
        for key, counter in spellings.items():
            plain = partial(self._plain, key)
            self._label[key] = _best(hr.get(key) or counter, plain)
        for agency in self._agency_label:  # the agency as its own row is written, when it has one
            if (agency, ()) in self._label:
                self._agency_label[agency] = self._label[(agency, ())]
        self._disambiguate()

    def _plain(self, key: Key, text: str) -> bool:
        """Whether a spelling is the unit's words alone, without its agency."""
        return self._unprefixed(self._words.words(text)) == key[1]

    def _disambiguate(self) -> None:
        """A unit whose words another agency's unit shares (``Sekretariat``), or whose label another unit
        shows, names its agency unless its label already does."""
        by_words: dict[tuple[str, ...], set[tuple[str, ...]]] = {}
        by_label: dict[str, set[Key]] = {}
        for key, label in self._label.items():
            by_words.setdefault(key[1], set()).add(key[0])
            by_label.setdefault(label.casefold(), set()).add(key)
        for key, label in list(self._label.items()):
            agency = self._agency_label.get(key[0])
            shared = len(by_words[key[1]]) > 1 or len(by_label[label.casefold()]) > 1
            if not (agency and key[1] and shared):
                continue
            words = self._words.words(label)
            if _strip_agency(words, key[0], self._region.get(key[0], ()), self._shorts(key[0])) == words:
                self._label[key] = f"{label}, {agency}"

    def label(self, token: Token) -> str:
        """The label of a recorded spelling (after :meth:`resolve`)."""
        return self._label[self._key[token]]

    def labels(self) -> dict[Token, str]:
        return {token: self.label(token) for token in self._seen}

    def _daftar_agency(self, unit: str) -> str | None:
        """The agency line most submissions of a daftar unit carry (of the whole daftar's, for a unit none
        of whose people submitted)."""
        counter = self._daftar.get(unit) or sum(self._daftar.values(), Counter())
        named = Counter({a: n for a, n in counter.items() if a is not None})
        return named.most_common(1)[0][0] if named else None

    def daftar_label(self, unit: str | None) -> str:
        """The label of a daftar unit (Belum Mengirim; recorded by :meth:`add_daftar_units`)."""
        token = self.token(unit, None)
        if token[0] == UNKNOWN_UNIT:
            return UNKNOWN_UNIT
        return self.label((token[0], DAFTAR))


def _best(counter: Counter[str], plain: Callable[[str], bool] = lambda _: True) -> str:
    """The spelling most used; of equally used ones, one not in capitals, then a ``plain`` one (the unit
    without its agency), then the first met."""
    order = {text: index for index, text in enumerate(counter)}
    return max(counter, key=lambda t: (counter[t], not t.isupper(), plain(t), -order[t]))
