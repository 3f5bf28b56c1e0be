"""The batch checks (SPEC §7, scope ``kumpulan``) as a distributed join keyed by NIP, on a Dask cluster.

The entries stay on the workers that produced them, and a dask bag regroups them by NIP (task shuffle)
into the groups :mod:`skp.run.join` defines; the local run reads the very same groups back from disk.
Each group runs the unchanged check functions over a small Hierarchy and keeps the findings it owns;
members of beban-target splits are forwarded to the split's owner and grouped a second time by owner;
findings that other groups' entries may clear, and the facts that clear them, are grouped a third time by
the owning NIP (:func:`~skp.run.join.review_group`).
Findings carry (check position, order within the check) and come back pickled, so the client's
:class:`~skp.run.spill.FindingStore` merges them per file in the local run's order: the JSON is byte for
byte the local one. No process ever holds every entry; the client receives only the findings and puts
them straight on disk.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

import dask.bag as db
from distributed import Client, Future, as_completed

from skp.config import Config
from skp.daftar import Daftar
from skp.hierarchy.links import Organisasi, organisation_of, organisation_rks
from skp.run.dask_watch import Watch
from skp.run.join import SCOPE, Indexed, Review, batch_checks, nip_group, review_group, roles, split_group
from skp.run.spill import FindingStore, StoredFinding, stored

# SCOPE and batch_checks live in skp.run.join; named here too, where readers of the Dask join look for them
__all__ = ["SCOPE", "batch_checks", "distributed_findings", "partitions_for"]

ENTRIES_PER_PARTITION = 2000


# A function given to ``map_partitions`` returns a list, never a generator: its result is a task's output,
# which Dask pickles whenever the next task runs on another worker (work stealing under load, more than one
# machine), and a generator cannot be pickled (seen at 50,000 files on a busy LocalCluster).


def _by_nip(partition: Iterable[Indexed]) -> list[tuple[str, int, Indexed]]:
    """(NIP key, role, entry) for every group an entry takes part in."""
    return [(key, role, item) for item in partition for key, role in roles(item[1]).items()]


def _organisations(partition: Iterable[Indexed]) -> list[tuple[str, tuple[str, ...]]]:
    """(agency, RK) of every JPT entry in the partition: a handful of texts, gathered on the client."""
    return [found for _, entry in partition if (found := organisation_of(entry)) is not None]


def _owners(partition: Iterable[Indexed]) -> list[tuple[int, Indexed]]:
    """Every entry with a split goes to its own owner group, looked-up members or not."""
    return [(item[0], item) for item in partition if item[1].splits]


def _nip_group(
    group: tuple[str, list[tuple[str, int, Indexed]]], config: Config, daftar: Daftar | None,
    organisasi: Organisasi,
) -> list[tuple]:
    """Findings this NIP group owns (``("f", stored finding)``), members forwarded to split owners
    (``("o", owner position, member)``) and records for the review (``("r", record)``)."""
    key, records = group
    found, forwarded, reviewed = nip_group(key, ((role, item) for _, role, item in records), config, daftar,
                                           organisasi)
    return [*(("f", stored(f)) for f in found), *(("o", owner, member) for owner, member in forwarded),
            *(("r", record) for record in reviewed)]


def _split_group(
    group: tuple[int, list[tuple[int, Indexed]]], config: Config, daftar: Daftar | None
) -> list[StoredFinding]:
    owner, records = group
    return [stored(f) for f in split_group(owner, (item for _, item in records), config, daftar)]


def _review_group(group: tuple[str, list[Review]], config: Config) -> list[StoredFinding]:
    """The held findings of one NIP that the facts sent to it do not clear (none when it holds none)."""
    return [stored(f) for f in review_group(group[1], config)]


def _first(item: tuple) -> Any:
    return item[0]


def partitions_for(count: int, parts: int) -> int:
    """Partitions of the join: a few thousand entries each, because every partition of a task shuffle
    costs the scheduler tasks (milliseconds each) whatever it holds."""
    return max(1, min(parts, -(-count // ENTRIES_PER_PARTITION)))


def distributed_findings(
    client: Client, entries: Sequence[Future], config: Config | Future, count: int,
    daftar: Daftar | Future | None = None, watch: Watch | None = None,
) -> FindingStore:
    """Every batch check's findings per file, from entry partitions that live on the cluster.

    ``entries`` are futures of ``[(discovery position, entry), ...]``, ``count`` entries in all;
    ``config`` may be a future so the graph carries it once. The result partitions come back one at a
    time and go straight to disk. Every wait goes through ``watch`` (one for this call when None): a
    cluster left without workers ends the join as it ends the files' run (:mod:`skp.run.dask_watch`).
    """
    watch = watch or Watch(client)
    batch_checks()  # an unkeyed check fails here, before any work is sent
    spilled = FindingStore()
    if not entries:
        return spilled
    partitions = partitions_for(count, len(entries))
    bag = db.from_delayed(list(entries)).repartition(npartitions=partitions)
    # the JPT RK every group of the agency reads (a few per JPT): gathered first, as the local run does
    organisasi = organisation_rks(watch.result(client.compute(bag.map_partitions(_organisations))))
    grouped = bag.map_partitions(_by_nip).groupby(_first, shuffle="tasks", npartitions=partitions)
    stage = grouped.map(_nip_group, config, daftar, organisasi).flatten()
    direct = stage.filter(lambda t: t[0] == "f").map(lambda t: t[1])
    forwarded = stage.filter(lambda t: t[0] == "o").map(lambda t: (t[1], t[2]))
    owners = db.concat([bag.map_partitions(_owners), forwarded]).groupby(_first, shuffle="tasks",
                                                                         npartitions=partitions)
    split = owners.map(_split_group, config, daftar).flatten()
    reviewed = stage.filter(lambda t: t[0] == "r").map(lambda t: t[1]).groupby(
        _first, shuffle="tasks", npartitions=partitions).map(_review_group, config).flatten()
    # Not optimised here: fusing the graph's tasks in this process cost it ~5 times the graph's own size
    # (9 MB at 25 partitions, 50,000 files), for ~15 % fewer tasks.
    futures = client.compute(db.concat([direct, split, reviewed]).to_delayed(optimize_graph=False),
                             optimize_graph=False)
    done = as_completed(futures, loop=client.loop)
    for _ in futures:
        future = watch.next(done)
        spilled.add_stored(future.result())
        future.release()
    return spilled
