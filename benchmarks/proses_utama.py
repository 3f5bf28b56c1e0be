"""The main process's own CPU in ``skp periksa``, apart from its worker processes.

Usage: ``python benchmarks/proses_utama.py FOLDER [--putaran 5] [--python LAIN] [--profil BERKAS]``.

On a 2-core machine the main process and the workers share the cores, so each millisecond the main
process spends per file (receiving results, storing them, the batch checks, writing the report) is taken
from the workers. Each round runs ``skp periksa --format json FOLDER`` as a user would (a fresh process,
start-up included) inside a small wrapper that runs the CLI in-process and, as it exits, reads
``RUSAGE_SELF`` (the main process alone) and ``RUSAGE_CHILDREN`` (the workers it reaped). With
``--python`` a second interpreter (another checkout's venv) runs the same command in alternate rounds, so
both see the same machine load; medians are printed per interpreter. Each interpreter's skp is compiled
to bytecode first, as an installation has it (:mod:`bytecode`). ``--profil`` writes a cProfile of
the main process of one extra run (workers started by spawn, so none inherits the profiler).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bytecode import compile_installed  # noqa: E402

WRAPPER = """
import atexit, cProfile, json, os, resource, sys, time
sys.path.remove("")  # skp and batch from the interpreter's own installation, not the working directory
figures, profile_to = sys.argv[1], sys.argv[2]
start = time.perf_counter()
profiler = cProfile.Profile() if profile_to else None

def dump():
    if profiler is not None:
        profiler.disable()
        profiler.dump_stats(profile_to)
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    with open(figures, "w") as out:
        json.dump({"seconds": time.perf_counter() - start, "main_s": own.ru_utime + own.ru_stime,
                   "workers_s": children.ru_utime + children.ru_stime}, out)

atexit.register(dump)
sys.argv = ["skp", *sys.argv[3:]]
if profiler is not None:
    profiler.enable()
from batch.cli import main
main()
"""


def run(python: str, folder: Path, profile: Path | None = None) -> dict[str, float]:
    with tempfile.TemporaryDirectory(prefix="skp-utama-") as work:
        figures = Path(work) / "angka.json"
        env = {**os.environ, "SKP_START_METHOD": "spawn"} if profile else None
        with open(os.devnull, "wb") as null:
            subprocess.run([python, "-c", WRAPPER, str(figures), str(profile or ""), "periksa", "--format",
                            "json", str(folder)], stdout=null, env=env, check=False)
        result: dict[str, float] = json.loads(figures.read_text())
        return result


def count(folder: Path) -> int:
    """The files ``skp periksa`` examines there (the python running this script has skp installed)."""
    from skp.run.discovery import discover

    return len(discover([folder]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--putaran", type=int, default=5)
    parser.add_argument("--python", dest="other", help="interpreter lain, dijalankan bergantian")
    parser.add_argument("--profil", type=Path, help="tulis cProfile proses utama ke berkas ini")
    args = parser.parse_args()
    files = count(args.folder)
    pythons = [sys.executable] + ([args.other] if args.other else [])
    for python in pythons:
        compile_installed(python)
    rounds: dict[str, list[dict[str, float]]] = {p: [] for p in pythons}
    for _ in range(args.putaran):
        for python in pythons:
            rounds[python].append(run(python, args.folder))
    for python, figures in rounds.items():
        if not figures:  # --putaran 0: the profile only
            continue
        main_ms = statistics.median(f["main_s"] for f in figures) * 1000 / files
        workers_ms = statistics.median(f["workers_s"] for f in figures) * 1000 / files
        rate = statistics.median(files / f["seconds"] for f in figures)
        print(f"{python}: {files} berkas, proses utama {main_ms:.3f} ms/berkas, pekerja {workers_ms:.3f} "
              f"ms/berkas, {rate:.0f} berkas/detik (median {len(figures)} putaran)")
    if args.profil:
        run(sys.executable, args.folder, args.profil)
        print(f"profil proses utama: {args.profil}")


if __name__ == "__main__":
    main()
