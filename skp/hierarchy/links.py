"""Who reports to whom across a batch, and which superior RK each subordinate RK intervenes.

SPEC §2: drafting runs top-down and each JA/JF Kinerja Utama RK names the superior RK it intervenes
(column 2). The superior of a submission is the submission whose NIP equals its penilai's NIP. Staff
retype the superior's RK with typos, different case and punctuation, so RK texts are compared after
normalisation with a similarity score (rapidfuzz) and a threshold an agency can tune. A cell may name
two superior RK (``1. … 2. …``), and the column is "RK atasan langsung/unit kerja/organisasi" (SPEC
§3.2): an RK the superior itself intervenes (its own column 2, the unit's RK) or a Kinerja Utama RK of
the organisation's JPT (a JPT submission with the same agency line) is not a mismatch either, nor is an RK
of the superior's own superior (non-direct cascading) or one another unit's Matriks gives the pegawai by
NIP (SPEC §3.6). Both the batch checks and the Hierarki sheet of the recap read the same
:class:`Hierarchy`; the sheet, made per superior's NIP group, takes those last two from the run's batch
findings (the join's review stage sees them), so the two never disagree.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property

from pydantic import BaseModel, ConfigDict, Field
from rapidfuzz import fuzz, process, utils

from skp.abbreviations import Abbreviations
from skp.config import Config
from skp.daftar import Daftar
from skp.hierarchy.entry import HierarchyEntry

SECTION = "kumpulan"


class KumpulanRules(BaseModel):
    """Section ``kumpulan`` of ``aturan.yaml``: the batch **[interpretation]** choices."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    minimal_kiriman: int = Field(2, ge=1)
    ambang_kemiripan_rk: float = Field(85.0, ge=0, le=100)
    rasio_kesetaraan: float = Field(2.0, gt=1)
    jabatan_umum: list[str] = Field(default_factory=list)
    toleransi_kaskade: float = Field(0.0, ge=0)
    beban_kosong_seluruh_tim: bool = True
    atasan_periode_sama: bool = True
    rk_atasan_organisasi: bool = True
    rk_atasan_jamak: bool = True
    rk_atasan_penggalan_minimal: float = Field(0.6, gt=0, le=1)
    rk_atasan_kata_minimal: int = Field(4, ge=1)
    rk_atasan_singkatan: bool = True
    singkatan_rk: dict[str, str] = Field(default_factory=dict)
    penilaian_terpisah_bukan_ganda: bool = True
    penanda_pelaksana: list[str] = Field(default_factory=lambda: ["Plt", "Plh", "Pelaksana Tugas",
                                                                  "Pelaksana Harian"])

    @cached_property
    def generic_jabatan(self) -> frozenset[str]:
        """``jabatan_umum`` as compared (:func:`normalize_rk`)."""
        return frozenset(j for j in map(normalize_rk, self.jabatan_umum) if j)

    @cached_property
    def acting_markers(self) -> tuple[str, ...]:
        """``penanda_pelaksana`` as compared (:func:`normalize_rk`), worked out once per run's rules: every
        submission of a batch asks."""
        return tuple(m for m in map(normalize_rk, self.penanda_pelaksana) if m)


def rules_of(config: Config) -> KumpulanRules:
    return config.section(SECTION, KumpulanRules)


_SPACES = re.compile(r"\s+")
# an item number at the start or after a space or semicolon: "1.", "2)", "a.", "b)", "ii.", "1.2"
_ITEM_MARK = re.compile(r"(?:^|(?<=[\s;]))(\d{1,2}\.\d{1,2}[.)]?|(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)])\s+",
                        re.IGNORECASE)
# a bullet opening the cell and each item after it: "• … • …", "- … - …"
_BULLET = re.compile(r"(?:^|(?<=\s))([•●▪►◦‣∙*\-–])\s+")
_ITEM_BREAK = re.compile(r"[;\n]")
_ROMAN = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x")
# where a cell joins two RK in a sentence: each side must then match an RK on its own
_CONJUNCTION = re.compile(r"\s+(?:dan|serta|&)\s+", re.IGNORECASE)
# a capitalised acronym in a text that is not all capitals: "RTLH", "PBG", "SKPD"
_ACRONYM = re.compile(r"\b[A-Z]{2,6}\b")
_LOWER = re.compile(r"[a-z]")
# an acronym in brackets, the way a text defines it after its words: "Rumah Tidak Layak Huni (RTLH)"
_DEFINED_ACRONYM = re.compile(r"\s*\((?P<acronym>[A-Z]{2,8})\)")


def _without_defined_acronyms(text: str) -> str:
    """``text`` without each acronym bracketed right after the words it abbreviates: "Rumah Tidak Layak Huni
    (RTLH)" says the words once, so a quote with only the words, or only the acronym, is the same RK."""
    if "(" not in text:
        return text
    kept, start = [], 0
    for found in _DEFINED_ACRONYM.finditer(text):
        acronym = found["acronym"].lower()
        words = text[:found.start()].split()[-len(acronym):]
        if len(words) == len(acronym) and "".join(w[0] for w in words).lower() == acronym:
            kept.append(text[start:found.start()])
            start = found.end()
    return "".join(kept) + text[start:] if kept else text


def normalize_rk(text: str | None) -> str:
    """Lower case, accents and punctuation removed, spaces folded, an acronym bracketed after the words it
    abbreviates dropped: the form RK texts are compared in."""
    if not text:
        return ""
    words = utils.default_process(_without_defined_acronyms(text))
    folded = unicodedata.normalize("NFKD", words).encode("ascii", "ignore").decode("ascii")
    return _SPACES.sub(" ", folded).strip()


def _counting(labels: list[str]) -> bool:
    """Whether item labels count up from the first: 1, 2, 3 · a, b, c · i, ii, iii · 1.1, 1.2, 1.3."""
    n = len(labels)
    if labels in ([str(i) for i in range(1, n + 1)], [chr(ord("a") + i) for i in range(n)], list(_ROMAN[:n])):
        return True
    heads = {label.split(".")[0] for label in labels}
    return all("." in label for label in labels) and len(heads) == 1 and \
        [label.split(".")[1] for label in labels] == [str(i) for i in range(1, n + 1)]


def _split_at(text: str, marks: list[re.Match[str]]) -> list[str]:
    ends = [m.start() for m in marks[1:]] + [len(text)]
    return [text[m.end():end] for m, end in zip(marks, ends, strict=True)]


def _numbered(text: str) -> list[str] | None:
    """The items of ``1. … 2. …`` (``a) …``, ``ii. …``, ``1.2 …``): two or more labels counting up; or of a
    bulleted cell (``• … • …``, the first item bulleted too)."""
    marks = list(_ITEM_MARK.finditer(text))
    if len(marks) >= 2 and _counting([m.group(1).rstrip(".)").lower() for m in marks]):
        return _split_at(text, marks)
    bullets = list(_BULLET.finditer(text.strip()))
    if len(bullets) >= 2 and bullets[0].start() == 0 and len({b.group(1) for b in bullets}) == 1:
        return _split_at(text.strip(), bullets)
    return None


Organisasi = Mapping[str, tuple[str, ...]]  # agency line, normalised → its JPT's RK, normalised


def organisation_rks(found: Iterable[tuple[str, Iterable[str]]]) -> dict[str, tuple[str, ...]]:
    """The Kinerja Utama RK of every JPT submission by its agency line (SPEC §2: the organisation's plan,
    which lower levels may name in column 2), from the :func:`organisation_of` of each JPT wherever they
    were gathered (a batch's entries, the run's entry store, a cluster's partitions); a handful of
    texts per agency."""
    gathered: dict[str, set[str]] = defaultdict(set)
    for key, texts in found:
        gathered[key].update(texts)
    return {key: tuple(sorted(texts)) for key, texts in sorted(gathered.items())}


def organisation_of(entry: HierarchyEntry) -> tuple[str, tuple[str, ...]] | None:
    """(agency line, RK) of a JPT submission, normalised; None for any other."""
    agency = normalize_rk(entry.instansi)
    if entry.jenis != "JPT" or not agency or not entry.utama:
        return None
    return agency, tuple(normalize_rk(rk.text) for rk in entry.utama)


def _acronyms(text: str) -> list[str]:
    """The acronyms of a text as :func:`normalize_rk` writes them; none in a text written all in capitals,
    whose every short word would look like one."""
    if not _LOWER.search(text):
        return []
    return list(dict.fromkeys(a.lower() for a in _ACRONYM.findall(text)))


def _spelled_out(text: str, glossary: Abbreviations) -> str:
    """``text`` (normalised) with each acronym of the glossary (``singkatan_rk``: "renstra", "disdukcapil",
    which initials do not spell) put as its words."""
    expanded = glossary.expand(text)
    return text if expanded is None else normalize_rk(expanded)


def _contracted(text: str, acronyms: list[str]) -> str:
    """``text`` (normalised) with each run of words whose initials spell one of ``acronyms`` put as the
    acronym; an acronym the text already holds as a word is left as it is."""
    words = text.split()
    spelled = [a for a in acronyms if a not in words]
    if not spelled:
        return text
    out: list[str] = []
    i = 0
    while i < len(words):
        hit = next((a for a in spelled if i + len(a) <= len(words)
                    and all(w[0] == ch for w, ch in zip(words[i:i + len(a)], a, strict=True))), None)
        out.append(hit or words[i])
        i += len(hit) if hit else 1
    return " ".join(out)


def period_bounds(periode: str | None) -> tuple[str, str] | None:
    """(start, end) ISO dates of a period key (``start/end``, :attr:`HierarchyEntry.periode`); None for a key
    written otherwise (a period the reader could not date)."""
    if not periode or periode.count("/") != 1:
        return None
    start, end = periode.split("/")
    return start, end


def _overlap(a: str | None, b: str | None) -> bool:
    """Whether two period keys share a day; a key that is not dated overlaps nothing."""
    first, second = period_bounds(a), period_bounds(b)
    return first is not None and second is not None and first[0] <= second[1] and second[0] <= first[1]


def rk_items(text: str) -> list[str]:
    """The RK a cell names: its numbered items (``1. … 2. …``), else its lines or semicolon-separated
    parts; a single item when it names one."""
    pieces = _numbered(text) or _ITEM_BREAK.split(text)
    return [item for item in (p.strip(" .;,\n") for p in pieces) if normalize_rk(item)]


def contained(written: str, choices: Sequence[str], rules: KumpulanRules) -> int | None:
    """The first choice the written text (normalised) contains whole, or that contains the written text word
    for word as a long enough part of it (``rk_atasan_kata_minimal`` words, ``rk_atasan_penggalan_minimal``
    of the choice's words)."""
    words = len(written.split())
    padded = f" {written} "
    for index, choice in enumerate(choices):
        size = len(choice.split())
        if size >= rules.rk_atasan_kata_minimal and f" {choice} " in padded:
            return index
        if words >= rules.rk_atasan_kata_minimal and \
                words >= rules.rk_atasan_penggalan_minimal * size and padded in f" {choice} ":
            return index
    return None


_ELLIPSIS = re.compile(r"(?:\.{2,}|…)\s*$")  # "Meningkatnya kualitas pengendalian ..." : cut on purpose


def cut_short(text: str, choices: Sequence[str], rules: KumpulanRules) -> int | None:
    """The one choice a text cut off with an ellipsis begins (``Meningkatnya kualitas pemantauan dan
    pengendalian ...``, a long RK shortened to fit the cell): its words are the choice's first words, the
    last one perhaps cut inside the word, and there are at least ``rk_atasan_kata_minimal`` of them,
    however long the choice; None without an ellipsis, or when no choice or several distinct ones begin
    so."""
    if not _ELLIPSIS.search(text):
        return None
    words = normalize_rk(_ELLIPSIS.sub("", text)).split()
    if len(words) < rules.rk_atasan_kata_minimal:
        return None
    head, last = words[:-1], words[-1]
    hits = [index for index, choice in enumerate(choices)
            if len(parts := choice.split()) > len(head) and parts[:len(head)] == head
            and parts[len(head)].startswith(last)]
    return hits[0] if len({choices[i] for i in hits}) == 1 else None


def cited_in(text: str, choices: Sequence[str], rules: KumpulanRules) -> bool:
    """Whether a written RK is one of ``choices`` (normalised RK texts): similar enough, or word for word
    (:func:`contained`). How an RK cascaded from beyond the direct superior is recognised, by the batch
    checks over one Hierarchy and by the join's review stage alike (:mod:`skp.run.join`)."""
    written = normalize_rk(text)
    best = process.extractOne(written, choices, scorer=fuzz.token_sort_ratio, processor=None)
    if best is not None and best[1] >= rules.ambang_kemiripan_rk:
        return True
    return contained(written, choices, rules) is not None or cut_short(text, choices, rules) is not None


Upper = tuple[tuple[str, ...], tuple[str, ...]]  # a superior's RK and its column 2 cells, as written


def upper_rks(superior: HierarchyEntry) -> Upper:
    """What a superior's subordinates may also cascade from, as written: its Kinerja Utama RK and the RK it
    intervenes itself (its column 2): non-direct cascading from the superior's superior (SPEC §2.2, §3.2
    "RK atasan langsung/unit kerja/organisasi"). Compared only when a subordinate's RK needs it
    (:func:`upper_choices`)."""
    own = tuple(rk.text for rk in superior.utama)
    return own, tuple(rk.rk_atasan for rk in superior.utama if rk.rk_atasan)


def upper_choices(upper: Upper) -> tuple[str, ...]:
    """:func:`upper_rks` as compared: normalised, each RK of a two-RK column-2 cell apart."""
    own, cited = upper
    texts = [normalize_rk(text) for text in own]
    texts += [normalize_rk(item) for cell in cited for item in rk_items(cell)]
    return tuple(dict.fromkeys(text for text in texts if text))


def cited_hits(cited: Iterable[str], texts: Sequence[str], rules: KumpulanRules) -> set[int]:
    """Indices of ``texts`` (a superior's RK, normalised) that one of the ``cited`` RK is
    (:func:`cited_in`)."""
    cited = list(cited)
    return {index for index, text in enumerate(texts)
            if text and any(cited_in(item, (text,), rules) for item in cited)}


def same_time(a: HierarchyEntry, b: HierarchyEntry) -> bool:
    """Whether two submissions are of one period, or of periods that share a day."""
    return a.periode == b.periode or _overlap(a.periode, b.periode)


@dataclass(frozen=True)
class Match:
    """The superior RK closest to what a subordinate wrote, and whether it is close enough.

    ``indices`` are every superior RK the text names (two when a cell lists two RK); ``organisasi`` is
    set when the text is none of them but an RK the superior itself intervenes (the unit's RK) or one of
    the organisation's JPT: matched, intervening none of the superior's own RK."""

    index: int | None
    score: float
    matched: bool
    indices: tuple[int, ...] = ()
    organisasi: bool = False


class Hierarchy:
    """Index of a batch: submissions by NIP and period, superiors, and RK alignment; with the agency's
    daftar pegawai (SPEC §9) when the run was given one, so batch checks compare against it.

    ``organisasi`` are the JPT RK of the whole batch by agency (:func:`organisation_rks`): a run that checks
    a group of the batch at a time passes the batch's; without it they are the entries' own. Such a run
    also passes ``beyond=False``: a group does not hold every superior's superior nor every Matriks, so
    :meth:`cascaded_beyond` and the RK cited from two levels down are left to the run's review stage
    (:mod:`skp.run.join`)."""

    def __init__(self, entries: Sequence[HierarchyEntry], rules: KumpulanRules,
                 daftar: Daftar | None = None, organisasi: Organisasi | None = None,
                 beyond: bool = True) -> None:
        self.entries = list(entries)
        self.beyond = beyond
        self.rules = rules
        self.daftar = daftar
        if organisasi is None:
            organisasi = organisation_rks(filter(None, map(organisation_of, self.entries)))
        self.organisasi = organisasi
        self._by_nip: dict[str, list[HierarchyEntry]] = defaultdict(list)
        for entry in self.entries:
            if entry.nip:
                self._by_nip[entry.nip].append(entry)
        self._choices: dict[str, list[str]] = {}
        # the same (written RK, superior) pair is matched by two checks (rk-atasan-tidak-cocok and
        # rk-atasan-tidak-diintervensi) and the Hierarki table: matched once per Hierarchy
        self._matches: dict[tuple[str, str], Match] = {}
        self._glossary: Abbreviations | None = None  # compiled when asked
        self._superiors: dict[str, HierarchyEntry | None] = {}
        self._acting: dict[str, bool] = {}  # by path: whether the penilai's jabatan says acting (Plt./Plh.)
        # who names a NIP in a Matriks: SPEC §3.6 lets a koordinator give members of other units a result
        self._assigners: dict[str, list[HierarchyEntry]] = defaultdict(list)
        for entry in self.entries:
            for nip in dict.fromkeys(n for peran in entry.peran for n in peran.nips):
                self._assigners[nip].append(entry)
        self._subordinates: dict[str, list[HierarchyEntry]] = defaultdict(list)
        for entry in self.entries:
            superior = self.superior_of(entry)
            if superior is not None:
                self._subordinates[superior.path].append(entry)

    def by_nip(self, nip: str) -> list[HierarchyEntry]:
        return self._by_nip.get(nip, [])

    def superior_of(self, entry: HierarchyEntry) -> HierarchyEntry | None:
        """The submission whose NIP is the penilai's: of those in the same period if asked (else, with none
        in that period, of those in a period that overlaps the subordinate's) the one whose Kinerja Utama RK
        the subordinate names most, the first (discovery order) on a tie; else the first.

        A penilai promoted or moved in the middle of the year has one SKP per period, none of them the
        period of a subordinate rated for the whole year; the subordinate's column 2 says which of them it
        cascades from. Copies for one period are ``skp-ganda`` themselves, and the staff cascade from one
        of them (the revised plan, a draft and its final): judged against the copy they cite, a staff
        member who cited the superior's plan right is not told it is wrong because an older copy is
        also in the folder."""
        if not entry.nip_penilai or entry.nip_penilai == entry.nip:
            return None
        if entry.path in self._superiors:
            return self._superiors[entry.path]
        candidates = self.by_nip(entry.nip_penilai)
        found = candidates[0] if candidates else None
        if self.rules.atasan_periode_sama and entry.periode and candidates:
            same = [c for c in candidates if c.periode == entry.periode]
            overlapping = [c for c in candidates if _overlap(c.periode, entry.periode)]
            if len(same) == 1:
                found = same[0]
            elif same:
                found = max(same, key=lambda c: self._named(entry, c))
            elif overlapping:
                found = max(overlapping, key=lambda c: self._named(entry, c))
        self._superiors[entry.path] = found
        return found

    def _named(self, entry: HierarchyEntry, superior: HierarchyEntry) -> int:
        """How many of ``entry``'s written superior RK match an RK of ``superior``."""
        return sum(1 for rk in entry.utama if rk.rk_atasan and self.match(rk.rk_atasan, superior).matched)

    def subordinates_of(self, superior: HierarchyEntry) -> list[HierarchyEntry]:
        return self._subordinates.get(superior.path, [])

    def acting_unaligned(self, entry: HierarchyEntry, superior: HierarchyEntry) -> bool:
        """Whether ``entry``'s penilai acts in the position (its jabatan opens with ``penanda_pelaksana``:
        ``Plh. Kepala Bidang …``) and none of the superior RK ``entry`` writes is one of ``superior``'s.

        A Plt. or Plh. rates the staff of a post they only act in; the staff cite that post's RK, which
        are not in the acting official's own SKP (their definitive post's, the acting duty at most a
        Kinerja Tambahan). Alignment is then not judged against that SKP: it would call every RK wrong.
        One matching RK shows the staff do cite the acting official's plan, and the rest is judged."""
        acting = self._acting.get(entry.path)
        if acting is None:  # asked once per check and RK of each subordinate: its jabatan is folded once
            jabatan = normalize_rk(entry.jabatan_penilai)
            acting = any(jabatan == m or jabatan.startswith(m + " ") for m in self.rules.acting_markers)
            self._acting[entry.path] = acting
        if not acting:
            return False
        written = [rk.rk_atasan for rk in entry.utama if rk.rk_atasan]
        return bool(written) and not any(self.match(text, superior).matched for text in written)

    def match(self, rk_atasan: str, superior: HierarchyEntry) -> Match:
        """Best match of a written superior RK among all the superior's Kinerja Utama RK."""
        key = (rk_atasan, superior.path)
        found = self._matches.get(key)
        if found is None:
            found = self._matches[key] = self._match(rk_atasan, superior)
        return found

    def _match(self, rk_atasan: str, superior: HierarchyEntry) -> Match:
        """The whole text first; else each RK the cell names, every one either the superior's RK or
        (when the rules allow) an RK the superior itself intervenes."""
        found = self._best(rk_atasan, superior, whole_words=False)
        if found.matched:
            return found
        items = rk_items(rk_atasan) if self.rules.rk_atasan_jamak else []
        direct = [self._best(item, superior) for item in items] if len(items) > 1 else []
        if not direct:
            items = [rk_atasan]
            joined = self._conjoined(rk_atasan, superior) if self.rules.rk_atasan_jamak else None
            if joined is not None:
                return joined
            found = self._best(rk_atasan, superior)
            direct = [found]
        for item, one in zip(items, direct, strict=True):
            if one.matched:
                continue
            if not (self.rules.rk_atasan_organisasi and self._cited_above(item, superior)):
                return found
        hits = [m for m in direct if m.matched]
        if not hits:
            return Match(found.index, found.score, True, (), True)
        indices = tuple(dict.fromkeys(i for m in hits for i in m.indices))
        return Match(indices[0], min(m.score for m in hits), True, indices, len(hits) < len(direct))

    def _conjoined(self, rk_atasan: str, superior: HierarchyEntry) -> Match | None:
        """Two RK joined by "dan"/"serta"/"&" in one sentence, each side the superior's RK on its own."""
        for joint in _CONJUNCTION.finditer(rk_atasan):
            left = self._best(rk_atasan[:joint.start()], superior)
            right = self._best(rk_atasan[joint.end():], superior)
            if left.matched and right.matched:
                indices = tuple(dict.fromkeys(left.indices + right.indices))
                return Match(indices[0], min(left.score, right.score), True, indices)
        return None

    def _best(self, rk_atasan: str, superior: HierarchyEntry, whole_words: bool = True) -> Match:
        """The superior's Kinerja Utama RK closest to one written RK: similar enough, or (``whole_words``)
        one containing the other word for word (an RK copied with its IKI or a code after it, or
        shortened)."""
        choices = self._choices.get(superior.path)
        if choices is None:
            choices = self._choices[superior.path] = [normalize_rk(r.text) for r in superior.utama]
        index, score = self._closest(rk_atasan, choices)
        matched = index is not None and score >= self.rules.ambang_kemiripan_rk
        if not matched and whole_words:
            contained = self._contained(normalize_rk(rk_atasan), choices)
            if contained is None:
                contained = cut_short(rk_atasan, choices, self.rules)
            if contained is not None:
                index, matched = contained, True
        if not matched and self.rules.rk_atasan_singkatan:
            shortened = self._by_acronym(rk_atasan, superior, choices)
            if shortened is not None:
                index, matched = shortened, True
        return Match(index, score, matched, (index,) if matched and index is not None else ())

    def _by_acronym(self, rk_atasan: str, superior: HierarchyEntry, choices: list[str]) -> int | None:
        """The superior RK the text is once an acronym on either side stands for its words ("Data RTLH yang
        mutakhir" for "Data rumah tidak layak huni yang mutakhir"): each side's words that an acronym of the
        other side spells by their initials are put as that acronym, and each acronym of the glossary
        (``singkatan_rk``) as its words, then compared as usual."""
        glossary = self._spelling()
        written = normalize_rk(rk_atasan)
        written_out = _spelled_out(written, glossary)
        theirs = _acronyms(rk_atasan)
        best: tuple[float, int] | None = None
        for index, (rk, choice) in enumerate(zip(superior.utama, choices, strict=True)):
            ours = _acronyms(rk.text)
            choice_out = _spelled_out(choice, glossary)
            if not theirs and not ours and written_out == written and choice_out == choice:
                continue
            score = fuzz.token_sort_ratio(_contracted(written_out, ours), _contracted(choice_out, theirs))
            if score >= self.rules.ambang_kemiripan_rk and (best is None or score > best[0]):
                best = (score, index)
        return best[1] if best is not None else None

    def _spelling(self) -> Abbreviations:
        """The glossary, compiled the first time an RK is not matched otherwise."""
        if self._glossary is None:
            self._glossary = Abbreviations.of(self.rules.singkatan_rk)
        return self._glossary

    def _contained(self, written: str, choices: list[str]) -> int | None:
        return contained(written, choices, self.rules)

    @staticmethod
    def _closest(rk: str, choices: list[str]) -> tuple[int | None, float]:
        """Index and score of the choice closest to ``rk`` (index None when there is no choice)."""
        best = process.extractOne(normalize_rk(rk), choices, scorer=fuzz.token_sort_ratio, processor=None)
        if best is None:
            return None, 0.0
        return best[2], float(best[1])

    def _cited_above(self, rk_atasan: str, superior: HierarchyEntry) -> bool:
        """Whether the text is an RK the superior itself intervenes, as the superior wrote it in its own
        column 2 (each RK of a two-RK cell apart), or an RK of the JPT of the superior's agency: the unit's
        or the organisation's RK."""
        key = "\0" + superior.path  # no path starts with NUL: apart from the superior's own RK
        choices = self._choices.get(key)
        if choices is None:
            cited = [normalize_rk(item) for rk in superior.utama if rk.rk_atasan
                     for item in rk_items(rk.rk_atasan)]
            organisation = self.organisasi.get(normalize_rk(superior.instansi), ())
            choices = self._choices[key] = cited + list(organisation)
        index, score = self._closest(rk_atasan, choices)
        return index is not None and score >= self.rules.ambang_kemiripan_rk

    def unmatched_items(self, rk_atasan: str, superior: HierarchyEntry) -> list[str]:
        """The RK a written cell names (each RK of a multi-RK cell apart, else the whole text) that are
        neither ``superior``'s RK nor an RK it intervenes or its organisation's: what makes the cell
        ``rk-atasan-tidak-cocok`` against ``superior``."""
        items = rk_items(rk_atasan) if self.rules.rk_atasan_jamak else []
        if len(items) < 2:
            items = [rk_atasan]
        failing = [item for item in items if not self._best(item, superior).matched
                   and not (self.rules.rk_atasan_organisasi and self._cited_above(item, superior))]
        return failing or [rk_atasan]

    def above(self, superior: HierarchyEntry) -> tuple[str, ...]:
        """:func:`upper_choices` of the superior's own superior; none when that one is not among the
        entries."""
        grand = self.superior_of(superior)
        return upper_choices(upper_rks(grand)) if grand is not None else ()

    def assigners_of(self, nip: str | None) -> list[HierarchyEntry]:
        """The entries whose Matriks names ``nip``."""
        return self._assigners.get(nip, []) if nip else []

    def assigned(
        self, entry: HierarchyEntry, owners: Sequence[HierarchyEntry] | None = None
    ) -> tuple[str, ...]:
        """The RK given to ``entry`` in the Matriks of someone other than its penilai (a koordinator of
        another unit, SPEC §3.6), of the same period, normalised: its column 2 may name them. ``owners``:
        the entries whose Matriks names ``entry``'s NIP, when they are not among this Hierarchy's."""
        if owners is None:
            owners = self.assigners_of(entry.nip)
        found = [normalize_rk(peran.rk) for owner in owners
                 if owner.nip not in (entry.nip, entry.nip_penilai) and same_time(owner, entry)
                 for peran in owner.peran if entry.nip in peran.nips]
        return tuple(dict.fromkeys(t for t in found if t))

    def cascaded_beyond(self, entry: HierarchyEntry, rk_atasan: str, superior: HierarchyEntry) -> bool:
        """Whether a written superior RK that is not ``superior``'s is, every RK of it, an RK of the
        superior's superior (:meth:`above`) or one a Matriks gives ``entry`` (:meth:`assigned`); always
        False in a Hierarchy of one NIP group (``beyond=False``)."""
        if not self.beyond:
            return False
        choices = self.above(superior) + self.assigned(entry)
        return bool(choices) and all(cited_in(item, choices, self.rules)
                                     for item in self.unmatched_items(rk_atasan, superior))

    def assigned_hits(self, owner: HierarchyEntry, member: HierarchyEntry) -> set[int]:
        """Indices of ``owner``'s Kinerja Utama RK that ``member`` intervenes where ``owner``'s Matriks gives
        them to ``member`` and ``owner`` does not rate ``member`` (a member of another unit)."""
        if not member.nip or member.nip_penilai == owner.nip or member.nip == owner.nip \
                or not same_time(owner, member):
            return set()
        given = [normalize_rk(peran.rk) for peran in owner.peran if member.nip in peran.nips]
        hit: set[int] = set()
        for rk in member.utama:
            if rk.rk_atasan:
                found = self.match(rk.rk_atasan, owner)
                if found.matched:
                    hit.update(i for i in found.indices if cited_in(owner.utama[i].text, given, self.rules))
        return hit

    def similar(self, a: str, b: str) -> bool:
        """Whether two RK texts are the same RK, typos and punctuation aside."""
        score = fuzz.token_sort_ratio(normalize_rk(a), normalize_rk(b), processor=None)
        return score >= self.rules.ambang_kemiripan_rk

    def intervened(self, superior: HierarchyEntry) -> set[int]:
        """Indices of the superior's Kinerja Utama RK that at least one subordinate RK matches, an RK of a
        member of another unit that the superior's Matriks gives it (:meth:`assigned_hits`), or an RK a
        subordinate's subordinate cites from two levels up (:meth:`cited_from_below`; not in a Hierarchy of
        one NIP group, ``beyond=False``)."""
        hit: set[int] = set()
        for subordinate in self.subordinates_of(superior):
            for rk in subordinate.utama:
                if rk.rk_atasan:
                    found = self.match(rk.rk_atasan, superior)
                    if found.matched:
                        hit.update(found.indices)
        for nip in dict.fromkeys(n for peran in superior.peran for n in peran.nips):
            for member in self.by_nip(nip):
                hit |= self.assigned_hits(superior, member)
        if self.beyond:
            cited = [item for subordinate in self.subordinates_of(superior)
                     for item in self.cited_from_below(subordinate)]
            hit |= cited_hits(cited, [normalize_rk(rk.text) for rk in superior.utama], self.rules)
        return hit

    def cited_from_below(self, superior: HierarchyEntry) -> list[str]:
        """What ``superior``'s subordinates cite that is not ``superior``'s RK (:meth:`unmatched_items`, each
        RK of a cell apart): RK they may cascade from two levels up, which then count as intervened there
        (:func:`cited_hits`)."""
        cited: list[str] = []
        for subordinate in self.subordinates_of(superior):
            if self.acting_unaligned(subordinate, superior):
                continue
            for rk in subordinate.utama:
                if rk.rk_atasan and not self.match(rk.rk_atasan, superior).matched:
                    cited += self.unmatched_items(rk.rk_atasan, superior)
        return cited
