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

Two findings depend on people outside the group that owns them: a subordinate's superior RK may be an RK of
its superior's superior (non-direct cascading) or one a koordinator of another unit gave it in a Matriks,
and a superior's RK may be intervened from two levels down or by such a member of another unit. The owning
group holds those findings back (:data:`PENDING`), and the groups that hold the missing facts send them
(:data:`FACT`): the group of the superior's superior its RK for each of its subordinates; the group of a
superior what its subordinates cite that is not its RK, for its own superior; the group of a Matriks member
what the Matriks gave the member and which of the koordinator's RK the member intervenes. A third grouping
by the owning NIP (:func:`review_group`) keeps the findings no fact clears. Facts are a few texts each; no
entry crosses this stage.

Each finding carries its report's discovery position and (check position, order within the check); merged
per file in that order they are exactly what :func:`skp.checks.kumpulan.batch_findings` gives over one
Hierarchy of every entry. No step needs more than one group in memory.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator

from skp.checks.kumpulan import unintervened_indices, unmatched_rks  # (and registers the batch checks)
from skp.checks.registry import Check, registered_batch_checks, run_batch_check
from skp.config import Config
from skp.daftar import Daftar
from skp.errors import ConfigurationError
from skp.findings import Finding
from skp.hierarchy.entry import HierarchyEntry
from skp.hierarchy.links import (
    Hierarchy,
    KumpulanRules,
    Organisasi,
    Upper,
    cited_hits,
    cited_in,
    normalize_rk,
    rules_of,
    upper_choices,
    upper_rks,
)

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
# An entry's roles in one NIP group (bits): its own NIP, its penilai's, a split member it looks up, a
# member its Matriks names (by NIP).
MEMBER, SUBORDINATE, OWNER, ASSIGNER = 1, 2, 4, 8
# What the review (the third grouping) sees, keyed by the NIP of the group that owns the finding:
# a held-back finding and what would clear it, or a fact that may clear one.
PENDING, FACT = 0, 1
UNMATCHED, UNINTERVENED = "unmatched_superior_rk", "unintervened_rk"
# (NIP, PENDING, ("atasan", subordinate's position, superior's position, RK not the superior's, finding))
# (NIP, PENDING, ("rk", superior's position, RK index, the RK normalised, its subordinates' positions,
#                  finding))
# (NIP, FACT, ("atas", superior's position, RK of its superior as written, skp.hierarchy.links.upper_rks))
# (NIP, FACT, ("peran", subordinate's position, RK the Matriks of another unit gives it))
# (NIP, FACT, ("rk", koordinator's position, indices of its RK a member of another unit intervenes))
# (NIP, FACT, ("kutip", subordinate's position, what its own subordinates cite that is not its RK))
Review = tuple[str, int, tuple]


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
    for peran in entry.peran:  # members who may cite this entry's RK from another unit
        for nip in peran.nips:
            if nip != entry.nip:
                keyed[nip] |= ASSIGNER
    return keyed


def _hierarchy(
    items: Iterable[Indexed], config: Config, daftar: Daftar | None, organisasi: Organisasi | None = None
) -> tuple[Hierarchy, dict[str, Indexed]]:
    """A Hierarchy over ``items`` in discovery order (superior_of picks the first of equals), each entry once,
    and each entry with its position by path (what a check names); with the batch's JPT RK, and without
    what lies beyond the group (the review's)."""
    unique = dict(sorted({index: entry for index, entry in items}.items()))
    entries = list(unique.values())
    hierarchy = Hierarchy(entries, rules_of(config), daftar, organisasi, beyond=False)
    return hierarchy, {e.path: (i, e) for i, e in unique.items()}


def _run(check: Check, hierarchy: Hierarchy, config: Config) -> Iterator[tuple[int, str, Finding]]:
    for order, (path, finding) in enumerate(run_batch_check(check, hierarchy, config)):
        yield order, path, finding


def nip_group(
    key: str, records: Iterable[tuple[int, Indexed]], config: Config, daftar: Daftar | None,
    organisasi: Organisasi | None = None,
) -> tuple[list[Located], list[Forwarded], list[Review]]:
    """The findings the group of NIP ``key`` owns, its members forwarded to the split owners in it, and
    what it sends to the review (:data:`Review`): the findings that entries outside the group may
    clear, and the facts it holds that may clear another group's.

    ``records`` are ``(role bits, (position, entry))`` of every entry in the group; ``organisasi`` the JPT
    RK of the whole batch (:func:`~skp.hierarchy.links.organisation_rks`), which a group's own entries do
    not hold.
    """
    records = list(records)
    # an entry here only as a koordinator naming ``key`` in its Matriks owns no finding of this group and
    # bears on none: it is left out of the checks, and only read for the facts about its Matriks
    hierarchy, by_path = _hierarchy((item for role, item in records if role != ASSIGNER), config, daftar,
                                    organisasi)
    found: list[Located] = []
    review: list[Review] = []
    for position, check, scope in batch_checks():
        if scope == SPLIT:
            continue
        seen: dict[str, int] = defaultdict(int)  # findings of this check so far per file
        for order, path, finding in _run(check, hierarchy, config):
            index, entry = by_path[path]
            nth = seen[path]
            seen[path] += 1
            if getattr(entry, scope) != key:
                continue
            located = (index, position, order, finding)
            held = _held(hierarchy, check.func.__name__ if check.func else "", entry, nth, by_path)
            if held is None:
                found.append(located)
            else:
                review.append((key, PENDING, (*held, located)))
    review.extend(_facts(key, hierarchy, by_path))
    owners = sorted({index: entry for role, (index, entry) in records if role & ASSIGNER}.items())
    if owners:
        review.extend(_matriks_facts(key, hierarchy, by_path, owners))
    members = [item for role, item in records if role & MEMBER]
    forwarded = [(owner[0], member) for role, owner in records if role & OWNER for member in members]
    return found, forwarded, review


def _held(hierarchy: Hierarchy, name: str, entry: HierarchyEntry, nth: int, by_path: dict[str, Indexed]
          ) -> tuple | None:
    """What would clear the ``nth`` finding of check ``name`` on ``entry`` when entries outside the group may
    clear it (None for any other finding): a subordinate's superior RK that is not its superior's
    (:func:`~skp.checks.kumpulan.unmatched_rks`, in the check's order), or a superior's RK not intervened
    (:func:`~skp.checks.kumpulan.unintervened_indices`), which a subordinate's subordinate or a Matriks
    member of another unit may intervene."""
    if name == UNMATCHED:
        superior = hierarchy.superior_of(entry)
        rk = unmatched_rks(hierarchy, entry)[nth]
        assert superior is not None and rk.rk_atasan
        return ("atasan", by_path[entry.path][0], by_path[superior.path][0],
                tuple(hierarchy.unmatched_items(rk.rk_atasan, superior)))
    if name == UNINTERVENED:
        index = unintervened_indices(hierarchy, entry)[nth]
        below = tuple(by_path[s.path][0] for s in hierarchy.subordinates_of(entry))
        return "rk", by_path[entry.path][0], index, normalize_rk(entry.utama[index].text), below
    return None


def _facts(key: str, hierarchy: Hierarchy, by_path: dict[str, Indexed]) -> Iterator[Review]:
    """For each subordinate of a superior with NIP ``key``, that superior's
    :func:`~skp.hierarchy.links.upper_rks`: what the group of the subordinate's NIP needs for the RK its own
    subordinates cite from two levels up; and for each submission of NIP ``key``, what its subordinates
    cite that is not its own RK (:meth:`~skp.hierarchy.links.Hierarchy.cited_from_below`), for its
    penilai's group: RK of that penilai they intervene."""
    upper: dict[str, Upper] = {}  # the subordinates of one superior share its texts
    for entry in hierarchy.entries:
        if entry.nip == key and entry.nip_penilai and entry.nip_penilai != key:
            cited = hierarchy.cited_from_below(entry)
            if cited:
                yield entry.nip_penilai, FACT, ("kutip", by_path[entry.path][0], tuple(cited))
        if entry.nip_penilai == key and entry.nip and entry.nip != key:
            superior = hierarchy.superior_of(entry)
            if superior is not None:
                texts = upper.get(superior.path)
                if texts is None:
                    texts = upper[superior.path] = upper_rks(superior)
                yield entry.nip, FACT, ("atas", by_path[entry.path][0], texts)


def _matriks_facts(
    key: str, hierarchy: Hierarchy, by_path: dict[str, Indexed], owners: list[Indexed]
) -> Iterator[Review]:
    """For each submission of NIP ``key``, the RK the Matriks of ``owners`` (every entry whose Matriks names
    ``key``, in discovery order) gives it, for its penilai's group, and the RK of each owner it intervenes so,
    for the owner's group."""
    koordinator = [entry for _, entry in owners]
    positions = {entry.path: index for index, entry in owners}
    for member in hierarchy.by_nip(key):
        given = hierarchy.assigned(member, koordinator)
        if given and member.nip_penilai:
            yield member.nip_penilai, FACT, ("peran", by_path[member.path][0], given)
        for owner in koordinator:
            hit = hierarchy.assigned_hits(owner, member)
            if hit and owner.nip:
                yield owner.nip, FACT, ("rk", positions[owner.path], tuple(sorted(hit)))


def review_group(records: Iterable[Review], config: Config) -> list[Located]:
    """The held findings of one NIP that no fact sent to that NIP clears (:meth:`Hierarchy.cascaded_beyond`
    and :meth:`Hierarchy.intervened` over the whole batch, from the facts alone)."""
    rules: KumpulanRules = rules_of(config)
    above: dict[int, Upper] = {}
    given: dict[int, tuple[str, ...]] = defaultdict(tuple)
    hit: dict[int, set[int]] = defaultdict(set)
    cited: dict[int, tuple[str, ...]] = {}
    held = []
    for _, kind, payload in records:
        if kind == PENDING:
            held.append(payload)
        elif payload[0] == "atas":
            above[payload[1]] = payload[2]
        elif payload[0] == "peran":
            given[payload[1]] += payload[2]
        elif payload[0] == "kutip":
            cited[payload[1]] = payload[2]
        else:
            hit[payload[1]].update(payload[2])
    kept = []
    compared: dict[int, tuple[str, ...]] = {}  # the subordinates of one superior share its texts
    for payload in held:
        if payload[0] == "atasan":
            _, subordinate, superior, items, located = payload
            if superior not in compared:
                compared[superior] = upper_choices(above[superior]) if superior in above else ()
            choices = compared[superior] + given.get(subordinate, ())
            if choices and all(cited_in(item, choices, rules) for item in items):
                continue
        else:
            _, owner, index, text, below, located = payload
            from_below = [c for p in below for c in cited.get(p, ())]
            if index in hit.get(owner, ()) or cited_hits(from_below, (text,), rules):
                continue
        kept.append(located)
    return kept


def split_group(
    owner: int, items: Iterable[Indexed], config: Config, daftar: Daftar | None
) -> list[Located]:
    """The beban-target findings of the entry at ``owner``, over it and every member forwarded to it."""
    items = list(items)
    hierarchy, _ = _hierarchy(items, config, daftar)
    path = dict(items)[owner].path
    return [(owner, position, order, finding) for position, check, scope in batch_checks() if scope == SPLIT
            for order, found, finding in _run(check, hierarchy, config) if found == path]
