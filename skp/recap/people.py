"""People, not files: who the recap counts when a pegawai sent more than one SKP.

A unit head reads the Ringkasan's Pegawai column and the Predikat table as people. Two files of one NIP are
common: a revised SKP sent again for the same period (``skp-ganda`` flags it), and a pegawai who moved
mid-year with one SKP per post (Januari–Juni in unit A, Juli–Desember in unit B). So people are counted by
NIP (the daftar's row when the submission is one, else the SKP's 18 digits); a file without a readable NIP
is one person, since nothing says whose it is.

Which SKP speaks for a pegawai in the Predikat table is the ``rekap.predikat_pegawai`` rule
[interpretation]: ``periode-terakhir`` takes the scored SKP of the latest period (a moved pegawai is counted
in the new unit, as the daftar lists them), ``setiap-periode`` one predikat per period. Scored SKP of the same
(overlapping) period that disagree are not chosen between: the pegawai counts as :data:`BELUM_PASTI` until
one submission is withdrawn. Per-file tables (Pegawai, Temuan) stay one row per file.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from skp.hierarchy.links import period_bounds
from skp.nip import normalize_nip

BELUM_PASTI = "Belum Pasti"  # Predikat column: same-period SKP of one pegawai whose predikat differ


@dataclass(frozen=True, slots=True)
class Scored:
    """One scored SKP of a pegawai with an NIP: where it counts, what it says, and for which period."""

    unit: Any  # the unit token (a label once relabelled)
    predikat: str
    periode: str | None


def person_key(daftar_nip: str | None, nip: str | None) -> str | None:
    """The NIP that names the person: the daftar row's, else the SKP's 18 digits; None when unreadable."""
    return daftar_nip or normalize_nip(nip)


@dataclass
class People:
    """Distinct people per unit kerja and overall, and each pegawai's scored SKP until they are resolved."""

    per_unit: dict[Any, set[str]] = field(default_factory=dict)
    anonymous: Counter[Any] = field(default_factory=Counter)  # files without a readable NIP, per unit
    everyone: set[str] = field(default_factory=set)
    scored: dict[str, list[Scored]] = field(default_factory=dict)

    def add(self, unit: Any, key: str | None) -> None:
        if key is None:
            self.anonymous[unit] += 1
            return
        self.per_unit.setdefault(unit, set()).add(key)
        self.everyone.add(key)

    def count(self, unit: Any) -> int:
        return len(self.per_unit.get(unit, ())) + self.anonymous[unit]

    def total(self) -> int:
        return len(self.everyone) + sum(self.anonymous.values())

    def relabel(self, labels: dict[Any, str]) -> None:
        """Merge the per-spelling sets into one per unit label (one person, two spellings: once)."""
        merged: dict[Any, set[str]] = {}
        for token, keys in self.per_unit.items():
            merged.setdefault(labels[token], set()).update(keys)
        anonymous: Counter[Any] = Counter()
        for token, n in self.anonymous.items():
            anonymous[labels[token]] += n
        self.per_unit, self.anonymous = merged, anonymous

    def predikat(self, rule: str) -> Iterator[tuple[Any, str]]:
        """(unit, predikat or :data:`BELUM_PASTI`) for every pegawai with scored SKP, by ``rule``."""
        for files in self.scored.values():
            if len(files) == 1:
                yield files[0].unit, files[0].predikat
                continue
            groups = [_latest(files)] if rule == "periode-terakhir" else _by_period(files)
            for group in groups:
                yield _one(group)


def _latest(files: list[Scored]) -> list[Scored]:
    """The SKP of the latest period and those overlapping it; all of them when a period is not dated (the
    order cannot be told, so differing predikat stay undecided)."""
    bounds = [period_bounds(f.periode) for f in files]
    if any(b is None for b in bounds):
        return files
    dated = [(b, f) for b, f in zip(bounds, files, strict=True) if b is not None]
    last = max(b for b, _ in dated)
    return [f for b, f in dated if b[0] <= last[1] and last[0] <= b[1]]


def _by_period(files: list[Scored]) -> list[list[Scored]]:
    """The SKP grouped by overlapping periods (undated ones together), in period order."""
    dated = sorted(((b, f) for f in files if (b := period_bounds(f.periode)) is not None),
                   key=lambda item: item[0])
    groups: list[list[Scored]] = []
    end = ""
    for (start, stop), scored in dated:
        if groups and start <= end:
            groups[-1].append(scored)
            end = max(end, stop)
        else:
            groups.append([scored])
            end = stop
    undated = [f for f in files if period_bounds(f.periode) is None]
    return groups + ([undated] if undated else [])


def _one(group: list[Scored]) -> tuple[Any, str]:
    """The predikat SKP of one period agree on, counted in the first one's unit; else undecided."""
    first = group[0]
    if all(f.predikat == first.predikat for f in group):
        return first.unit, first.predikat
    return first.unit, BELUM_PASTI
