"""Waiting on a Dask cluster without waiting for ever when the cluster has no worker left.

A scheduler started with ``distributed.scheduler.no-workers-timeout`` (docs/skala.md) fails the tasks no
worker is left to run; one started without it keeps them waiting for ever, and the command with them. So
every wait of a ``--dask`` run goes through a :class:`Watch`: the files' chunks, and after them the
hierarchy join's partitions and the entries brought back for the recap. While nothing has finished it
counts the scheduler's workers (one small request every :data:`WATCH_SECONDS`) and, once there has been
none for the limit, raises :class:`~distributed.scheduler.NoWorkerError` as such a scheduler would; the
command turns that into its Indonesian message and status 2.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import dask
from distributed import Client, Future, as_completed
from distributed.scheduler import NoWorkerError

# The scheduler settings a run needs (set for ``lokal``, documented in docs/skala.md for a scheduler of
# one's own); the no-workers limit here is also the client's own when its Dask settings name none.
NO_WORKERS_TIMEOUT = "distributed.scheduler.no-workers-timeout"
DEFAULT_NO_WORKERS_TIMEOUT = "300s"
WATCH_SECONDS = 0.5


def no_workers_seconds() -> float:
    """How long a wait goes on while the cluster has no worker: the client's Dask setting, else the run's
    default."""
    setting = dask.config.get(NO_WORKERS_TIMEOUT, None) or DEFAULT_NO_WORKERS_TIMEOUT
    return float(dask.utils.parse_timedelta(setting, default="seconds"))


@dataclass
class Watch:
    """The waits of one run on ``client``; ``limit`` is read once per run (:func:`no_workers_seconds`)."""

    client: Client
    limit: float = field(default_factory=no_workers_seconds)

    def next(self, done: as_completed) -> Future:
        """The next future of ``done`` to finish (woken as soon as one does)."""
        alone_since: float | None = None
        while not done.has_ready():
            if self.client.scheduler_info(n_workers=1).get("n_workers"):
                alone_since = None
            elif alone_since is None:
                alone_since = time.monotonic()
            elif time.monotonic() - alone_since > self.limit:
                raise NoWorkerError("skp", self.limit)
            with done.thread_condition:
                done.thread_condition.wait(WATCH_SECONDS)
        return next(done)

    def results(self, futures: Sequence[Future]) -> list[Any]:
        """The results of ``futures``, in their order, once all have finished."""
        done = as_completed(futures, loop=self.client.loop)
        for _ in futures:
            self.next(done)
        return [future.result() for future in futures]

    def result(self, future: Future) -> Any:
        return self.results([future])[0]
