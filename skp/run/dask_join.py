"""The batch checks (SPEC §7, scope ``kumpulan``) as a distributed join keyed by NIP, on a Dask cluster.

On one machine the checks read one :class:`~skp.hierarchy.links.Hierarchy` over every entry. On a
cluster the entries stay on the workers that produced them, and a dask bag regroups them by NIP: the
group of NIP *k* holds every submission whose own NIP is *k* (the superior, the duplicates) and every
submission whose penilai's NIP is *k* (its subordinates). That is exactly what each check reads about
one person, so the unchanged check functions run over a small Hierarchy per group, and a group keeps
only the findings it owns (:data:`SCOPE`): a subordinate's ``rk-atasan-tidak-cocok`` belongs to its
penilai's group, a superior's ``rk-atasan-tidak-diintervensi`` to its own. Beban-target splits name
several members' NIPs, so each NIP group forwards its members to the split's owner, and a second
grouping by owner checks the split.

Each finding carries (check position, order within the check), so the client merges them per file in
the order :func:`skp.checks.kumpulan.batch_findings` gives: the JSON is byte for byte the local one.
No process ever holds every entry; the client receives only the findings.
"""

from __future__ import annotations

import os
import pickle
import tempfile
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any

import dask.bag as db
from distributed import Client, Future, as_completed

import skp.checks.kumpulan  # noqa: F401  (registers the batch checks)
from skp.checks.registry import Check, registered_batch_checks, run_batch_check
from skp.config import Config
from skp.daftar import Daftar
from skp.errors import ConfigurationError
from skp.findings import Finding
from skp.hierarchy.entry import HierarchyEntry
from skp.hierarchy.links import Hierarchy, rules_of

Indexed = tuple[int, HierarchyEntry]  # discovery position, entry
Located = tuple[str, int, int, Finding]  # path, check position, order within the check, finding

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
MEMBER, SUBORDINATE, OWNER = 1, 2, 4
ENTRIES_PER_PARTITION = 2000


def batch_checks() -> list[tuple[int, Check, str]]:
    """(position, check, scope) of every registered batch check, in the order the local run uses."""
    out = []
    for position, check in enumerate(registered_batch_checks()):
        assert check.func is not None
        scope = SCOPE.get(check.func.__name__)
        if scope is None:
            raise ConfigurationError(f"pemeriksa kumpulan {check.name} belum punya kunci gabungan NIP untuk "
                                     "Dask (skp/run/dask_join.py, SCOPE)")
        out.append((position, check, scope))
    return out


def _split_nips(entry: HierarchyEntry) -> set[str]:
    """NIPs of split members whose share must be looked up in their own submission."""
    return {p.nip for s in entry.splits for p in s.parts if p.nip and p.value is None}


def _by_nip(partition: Iterable[Indexed]) -> Iterator[tuple[str, int, Indexed]]:
    """(NIP key, role, entry) for every group an entry takes part in."""
    for item in partition:
        _, entry = item
        roles: dict[str, int] = defaultdict(int)
        if entry.nip:
            roles[entry.nip] |= MEMBER
        if entry.nip_penilai and entry.nip_penilai != entry.nip:
            roles[entry.nip_penilai] |= SUBORDINATE
        for nip in _split_nips(entry):
            roles[nip] |= OWNER
        for key, role in roles.items():
            yield key, role, item


def _owners(partition: Iterable[Indexed]) -> Iterator[tuple[int, Indexed]]:
    """Every entry with a split goes to its own owner group, looked-up members or not."""
    for item in partition:
        if item[1].splits:
            yield item[0], item


def _hierarchy(
    items: Iterable[Indexed], config: Config, daftar: Daftar | None
) -> tuple[Hierarchy, dict[str, HierarchyEntry]]:
    """A Hierarchy over ``items`` in discovery order (superior_of picks the first), each entry once."""
    unique = dict(sorted({index: entry for index, entry in items}.items()))
    entries = list(unique.values())
    return Hierarchy(entries, rules_of(config), daftar), {e.path: e for e in entries}


def _run(check: Check, position: int, hierarchy: Hierarchy, config: Config) -> Iterator[Located]:
    for order, (path, finding) in enumerate(run_batch_check(check, hierarchy, config)):
        yield path, position, order, finding


def _nip_group(
    group: tuple[str, list[tuple[str, int, Indexed]]], config: Config, daftar: Daftar | None
) -> list[tuple]:
    """Findings this NIP group owns (``("f", located)``) and members forwarded to split owners
    (``("o", owner position, member)``)."""
    key, records = group
    hierarchy, by_path = _hierarchy((item for _, _, item in records), config, daftar)
    out: list[tuple] = []
    for position, check, scope in batch_checks():
        if scope == SPLIT:
            continue
        out.extend(("f", found) for found in _run(check, position, hierarchy, config)
                   if getattr(by_path[found[0]], scope) == key)
    members = [item for _, role, item in records if role & MEMBER]
    for _, role, owner in records:
        if role & OWNER:
            out.extend(("o", owner[0], member) for member in members)
    return out


def _split_group(
    group: tuple[int, list[tuple[int, Indexed]]], config: Config, daftar: Daftar | None
) -> list[Located]:
    """The owner's beban-target findings, over the owner and every member forwarded to it."""
    owner, records = group
    hierarchy, _ = _hierarchy((item for _, item in records), config, daftar)
    path = dict(item for _, item in records)[owner].path
    return [found for position, check, scope in batch_checks() if scope == SPLIT
            for found in _run(check, position, hierarchy, config) if found[0] == path]


def _first(item: tuple) -> Any:
    return item[0]


def partitions_for(count: int, parts: int) -> int:
    """Partitions of the join: a few thousand entries each, because every partition of a task shuffle
    costs the scheduler tasks (milliseconds each) whatever it holds."""
    return max(1, min(parts, -(-count // ENTRIES_PER_PARTITION)))


class SpilledFindings(Mapping[str, list[Finding]]):
    """Batch findings per file, pickled to an anonymous temporary file as the join's partitions arrive.

    A national batch has tens of thousands of batch findings (each copy of a duplicate names the others,
    a lopsided plan lists every peer); in memory only a few numbers per finding remain, so the client
    stays flat in N. Read back per file, in the local run's order (check position, then order within).
    """

    def __init__(self) -> None:
        self._file = tempfile.TemporaryFile(prefix="skp-temuan-")  # noqa: SIM115 (lives with the mapping)
        self._where: dict[str, list[tuple[int, int, int, int]]] = defaultdict(list)

    def add(self, found: Iterable[Located]) -> None:
        self._file.seek(0, os.SEEK_END)
        for path, position, order, finding in found:
            start = self._file.tell()
            self._file.write(pickle.dumps(finding, protocol=pickle.HIGHEST_PROTOCOL))
            self._where[path].append((position, order, start, self._file.tell() - start))

    def __getitem__(self, path: str) -> list[Finding]:
        places = self._where.get(path)
        if places is None:
            raise KeyError(path)
        findings = []
        for _, _, start, length in sorted(places):
            self._file.seek(start)
            findings.append(pickle.loads(self._file.read(length)))
        return findings

    def __iter__(self) -> Iterator[str]:
        return iter(self._where)

    def __len__(self) -> int:
        return len(self._where)


def distributed_findings(
    client: Client, entries: Sequence[Future], config: Config | Future, count: int,
    daftar: Daftar | Future | None = None,
) -> SpilledFindings:
    """Every batch check's findings per file, from entry partitions that live on the cluster.

    ``entries`` are futures of ``[(discovery position, entry), ...]``, ``count`` entries in all;
    ``config`` may be a future so the graph carries it once. The result partitions come back one at a
    time and go straight to disk.
    """
    batch_checks()  # an unkeyed check fails here, before any work is sent
    spilled = SpilledFindings()
    if not entries:
        return spilled
    partitions = partitions_for(count, len(entries))
    bag = db.from_delayed(list(entries)).repartition(npartitions=partitions)
    grouped = bag.map_partitions(_by_nip).groupby(_first, shuffle="tasks", npartitions=partitions)
    stage = grouped.map(_nip_group, config, daftar).flatten()
    direct = stage.filter(lambda t: t[0] == "f").map(lambda t: t[1])
    forwarded = stage.filter(lambda t: t[0] == "o").map(lambda t: (t[1], t[2]))
    owners = db.concat([bag.map_partitions(_owners), forwarded]).groupby(_first, shuffle="tasks",
                                                                         npartitions=partitions)
    split = owners.map(_split_group, config, daftar).flatten()
    futures = client.compute(db.concat([direct, split]).to_delayed())
    for future in as_completed(futures, loop=client.loop):
        spilled.add(future.result())
        future.release()
    return spilled
