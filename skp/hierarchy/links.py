"""Who reports to whom across a batch, and which superior RK each subordinate RK intervenes.

SPEC §2: drafting runs top-down and each JA/JF Kinerja Utama RK names the superior RK it intervenes
(column 2). The superior of a submission is the submission whose NIP equals its penilai's NIP. Staff
retype the superior's RK with typos, different case and punctuation, so RK texts are compared after
normalisation with a similarity score (rapidfuzz) and a threshold an agency can tune. Both the batch
checks and the Hierarki sheet of the recap read the same :class:`Hierarchy`, so they never disagree.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from pydantic import BaseModel, ConfigDict, Field
from rapidfuzz import fuzz, process, utils

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
    toleransi_kaskade: float = Field(0.0, ge=0)
    atasan_periode_sama: bool = True


def rules_of(config: Config) -> KumpulanRules:
    return config.section(SECTION, KumpulanRules)


_SPACES = re.compile(r"\s+")


def normalize_rk(text: str | None) -> str:
    """Lower case, accents and punctuation removed, spaces folded: the form RK texts are compared in."""
    if not text:
        return ""
    words = utils.default_process(text)
    folded = unicodedata.normalize("NFKD", words).encode("ascii", "ignore").decode("ascii")
    return _SPACES.sub(" ", folded).strip()


@dataclass(frozen=True)
class Match:
    """The superior RK closest to what a subordinate wrote, and whether it is close enough."""

    index: int | None
    score: float
    matched: bool


class Hierarchy:
    """Index of a batch: submissions by NIP and period, superiors, and RK alignment; with the agency's
    daftar pegawai (SPEC §9) when the run was given one, so batch checks compare against it."""

    def __init__(self, entries: Sequence[HierarchyEntry], rules: KumpulanRules,
                 daftar: Daftar | None = None) -> None:
        self.entries = list(entries)
        self.rules = rules
        self.daftar = daftar
        self._by_nip: dict[str, list[HierarchyEntry]] = defaultdict(list)
        for entry in self.entries:
            if entry.nip:
                self._by_nip[entry.nip].append(entry)
        self._subordinates: dict[str, list[HierarchyEntry]] = defaultdict(list)
        for entry in self.entries:
            superior = self.superior_of(entry)
            if superior is not None:
                self._subordinates[superior.path].append(entry)
        self._choices: dict[str, list[str]] = {}
        # the same (written RK, superior) pair is matched by two checks (rk-atasan-tidak-cocok and
        # rk-atasan-tidak-diintervensi) and the Hierarki table: matched once per Hierarchy
        self._matches: dict[tuple[str, str], Match] = {}

    def by_nip(self, nip: str) -> list[HierarchyEntry]:
        return self._by_nip.get(nip, [])

    def superior_of(self, entry: HierarchyEntry) -> HierarchyEntry | None:
        """The first submission (discovery order) whose NIP is the penilai's, in the same period if asked."""
        if not entry.nip_penilai or entry.nip_penilai == entry.nip:
            return None
        candidates = self.by_nip(entry.nip_penilai)
        if self.rules.atasan_periode_sama and entry.periode:
            same = [c for c in candidates if c.periode == entry.periode]
            candidates = same or candidates
        return candidates[0] if candidates else None

    def subordinates_of(self, superior: HierarchyEntry) -> list[HierarchyEntry]:
        return self._subordinates.get(superior.path, [])

    def match(self, rk_atasan: str, superior: HierarchyEntry) -> Match:
        """Best match of a written superior RK among all the superior's Kinerja Utama RK."""
        key = (rk_atasan, superior.path)
        found = self._matches.get(key)
        if found is None:
            found = self._matches[key] = self._match(rk_atasan, superior)
        return found

    def _match(self, rk_atasan: str, superior: HierarchyEntry) -> Match:
        if not superior.utama:
            return Match(None, 0.0, False)
        choices = self._choices.get(superior.path)
        if choices is None:
            choices = self._choices[superior.path] = [normalize_rk(r.text) for r in superior.utama]
        best = process.extractOne(normalize_rk(rk_atasan), choices, scorer=fuzz.token_sort_ratio,
                                  processor=None)
        if best is None:
            return Match(None, 0.0, False)
        _, score, index = best
        return Match(index, float(score), score >= self.rules.ambang_kemiripan_rk)

    def similar(self, a: str, b: str) -> bool:
        """Whether two RK texts are the same RK, typos and punctuation aside."""
        score = fuzz.token_sort_ratio(normalize_rk(a), normalize_rk(b), processor=None)
        return score >= self.rules.ambang_kemiripan_rk

    def intervened(self, superior: HierarchyEntry) -> set[int]:
        """Indices of the superior's Kinerja Utama RK that at least one subordinate RK matches."""
        hit: set[int] = set()
        for subordinate in self.subordinates_of(superior):
            for rk in subordinate.utama:
                if rk.rk_atasan:
                    found = self.match(rk.rk_atasan, superior)
                    if found.matched and found.index is not None:
                        hit.add(found.index)
        return hit
