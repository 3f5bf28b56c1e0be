"""The batch checks (SPEC §7, scope ``kumpulan``) as a join keyed by NIP: what a group is, which group owns
each finding, and the order the findings are merged in. One implementation for both runners: the local
run reads its groups back from disk (:mod:`skp.run.spill`), a Dask cluster assembles them with a bag
shuffle (:mod:`skp.run.dask_join`).

The group of NIP *k* holds every submission whose own NIP is *k* (the superior, the duplicates) and every
submission whose penilai's NIP is *k* (its subordinates). That is exactly what each check reads about one
person, so the unchanged check functions run over a small :class:`~skp.hierarchy.links.Hierarchy` per
group, and a group keeps only the findings it owns (:data:`SCOPE`): a subordinate's
``rk-atasan-tidak-cocok`` belongs to its penilai's group, a superior's ``rk-atasan-tidak-diintervensi`` to
its own. Beban-target splits name several members' NIPs, so each NIP group forwards its members to the
split's owner, and a second grouping by owner checks the split.

Each finding carries its report's discovery position and (check position, order within the check); merged
per file in that order they are exactly what :func:`skp.checks.kumpulan.batch_findings` gives over one
Hierarchy of every entry. No step needs more than one group in memory.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator

import skp.checks.kumpulan  # noqa: F401  (registers the batch checks)
from skp.checks.registry import Check, registered_batch_checks, run_batch_check
from skp.config import Config
from skp.daftar import Daftar
from skp.errors import ConfigurationError
from skp.findings import Finding
from skp.hierarchy.entry import HierarchyEntry
from skp.hierarchy.links import Hierarchy, Organisasi, rules_of

Indexed = tuple[int, HierarchyEntry]  # discovery position, entry
# report's discovery position, check position, order within the check, finding
Located = tuple[int, int, int, Finding]
Forwarded = tuple[int, Indexed]  # split owner's discovery position, a member sent to it

NIP, NIP_PENILAI, SPLIT = "nip", "nip_penilai", "split"
# Which group owns a check's finding: the group keyed by the flagged entry's own NIP, by its penilai's
# NIP, or (beban-target splits) the second grouping by the split's owner.
SCOPE = {
    "duplicate_submissions": NIP,
    "missing_superior": NIP_PENILAI,
    "unmatched_superior_rk": NIP_PENILAI,
    "unintervened_rk": NIP,
    "unbalanced_split": SPLIT,
    "unequal_peers": NIP_PENILAI,
    "penilai_not_atasan": NIP,  # each submission against its own daftar row
    "not_in_daftar": NIP,
}
# An entry's roles in one NIP group (bits): its own NIP, its penilai's, a split member it looks up.
MEMBER, SUBORDINATE, OWNER = 1, 2, 4


def batch_checks() -> list[tuple[int, Check, str]]:
    """(position, check, scope) of every registered batch check, in the order the local run uses."""
    out = []
    for position, check in enumerate(registered_batch_checks()):
        assert check.func is not None
        scope = SCOPE.get(check.func.__name__)
        if scope is None:
            raise ConfigurationError(f"pemeriksa kumpulan {check.name} belum punya kunci gabungan NIP "
                                     "(skp/run/join.py, SCOPE)")
        out.append((position, check, scope))
    return out


def roles(entry: HierarchyEntry) -> dict[str, int]:
    """The NIP groups ``entry`` takes part in, with its role bits in each."""
    keyed: dict[str, int] = defaultdict(int)
    if entry.nip:
        keyed[entry.nip] |= MEMBER
    if entry.nip_penilai and entry.nip_penilai != entry.nip:
        keyed[entry.nip_penilai] |= SUBORDINATE
    for split in entry.splits:  # members whose share must be looked up in their own submission
        for part in split.parts:
            if part.nip and part.value is None:
                keyed[part.nip] |= OWNER
    return keyed


def _hierarchy(
    items: Iterable[Indexed], config: Config, daftar: Daftar | None, organisasi: Organisasi | None = None
) -> tuple[Hierarchy, dict[str, Indexed]]:
    """A Hierarchy over ``items`` in discovery order (superior_of picks the first of equals), each entry once,
    and each entry with its position by path (what a check names); with the batch's JPT RK."""
    unique = dict(sorted({index: entry for index, entry in items}.items()))
    entries = list(unique.values())
    hierarchy = Hierarchy(entries, rules_of(config), daftar, organisasi)
    return hierarchy, {e.path: (i, e) for i, e in unique.items()}


def _run(check: Check, hierarchy: Hierarchy, config: Config) -> Iterator[tuple[int, str, Finding]]:
    for order, (path, finding) in enumerate(run_batch_check(check, hierarchy, config)):
        yield order, path, finding


def nip_group(
    key: str, records: Iterable[tuple[int, Indexed]], config: Config, daftar: Daftar | None,
    organisasi: Organisasi | None = None,
) -> tuple[list[Located], list[Forwarded]]:
    """The findings the group of NIP ``key`` owns, and its members forwarded to the split owners in it.

    ``records`` are ``(role bits, (position, entry))`` of every entry in the group; ``organisasi`` the JPT
    RK of the whole batch (:func:`~skp.hierarchy.links.organisation_rks`), which a group's own entries do
    not hold.
    """
    records = list(records)
    hierarchy, by_path = _hierarchy((item for _, item in records), config, daftar, organisasi)
    found: list[Located] = []
    for position, check, scope in batch_checks():
        if scope != SPLIT:
            for order, path, finding in _run(check, hierarchy, config):
                index, entry = by_path[path]
                if getattr(entry, scope) == key:
                    found.append((index, position, order, finding))
    members = [item for role, item in records if role & MEMBER]
    forwarded = [(owner[0], member) for role, owner in records if role & OWNER for member in members]
    return found, forwarded


def split_group(
    owner: int, items: Iterable[Indexed], config: Config, daftar: Daftar | None
) -> list[Located]:
    """The beban-target findings of the entry at ``owner``, over it and every member forwarded to it."""
    items = list(items)
    hierarchy, _ = _hierarchy(items, config, daftar)
    path = dict(items)[owner].path
    return [(owner, position, order, finding) for position, check, scope in batch_checks() if scope == SPLIT
            for order, found, finding in _run(check, hierarchy, config) if found == path]
