"""The serial tail of ``skp rekap``: what the main process does after the last file, and what it holds.

Usage: ``python benchmarks/rekap_ekor.py FOLDER [--daftar BERKAS] [--serentak] [--profil BERKAS.prof]
[--cache FOLDER] [--keluaran FOLDER]``

Runs what ``skp rekap FOLDER -o rekap.xlsx --html rekap.html --csv rekap_csv/`` runs (the three outputs one
after the other, or with ``--serentak`` side by side as the command writes them) and prints per stage the
seconds after the last file's result arrived (batch checks, tables, xlsx, html, csv), the CPU seconds of
this process (which another engineer's load on the box does not inflate), and its resident memory (RSS
now, and the peak so far). With ``--profil`` the tail is profiled with cProfile into that file. The
outputs go to ``--keluaran`` or a temporary folder.
"""

from __future__ import annotations

import argparse
import cProfile
import resource
import sys
import tempfile
import time
from pathlib import Path

from skp.config import Config
from skp.daftar import read_daftar
from skp.recap.csv import write_csv
from skp.recap.html import write_html
from skp.recap.tables import build_tables
from skp.recap.xlsx import write_xlsx
from skp.run.batch import run_batch
from skp.run.cache import ResultCache
from skp.run.discovery import discover


def _rss_mb() -> tuple[float, float]:
    """(current RSS, peak RSS) of this process in MB, from /proc (Linux)."""
    fields = dict(line.split(":", 1) for line in Path("/proc/self/status").read_text().splitlines()
                  if ":" in line)
    return int(fields["VmRSS"].split()[0]) / 1024, int(fields["VmHWM"].split()[0]) / 1024


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("folder", type=Path)
    parser.add_argument("--daftar", type=Path)
    parser.add_argument("--profil", type=Path)
    parser.add_argument("--jobs", type=int)
    parser.add_argument("--cache", type=Path, help="folder cache hasil (mempercepat pengulangan)")
    parser.add_argument("--serentak", action="store_true",
                        help="tulis seperti skp rekap: xlsx di proses ini, HTML dan CSV di proses anak")
    parser.add_argument("--keluaran", type=Path, help="folder keluaran (bawaan: folder sementara)")
    args = parser.parse_args()
    config = Config()
    daftar = read_daftar(args.daftar, config) if args.daftar else None
    files = discover([args.folder])
    out = args.keluaran or Path(tempfile.mkdtemp(prefix="skp-rekap-ekor-"))
    out.mkdir(parents=True, exist_ok=True)
    stages: list[tuple[str, float, float, float, float]] = []
    start_rss = _rss_mb()[0]
    last = [0.0]

    def arrived(_: object) -> None:
        last[0] = time.perf_counter()

    begin = time.perf_counter()
    profile = cProfile.Profile() if args.profil else None
    cache = ResultCache(args.cache, config) if args.cache else None
    batch = run_batch(files, config, args.jobs, cache, on_result=arrived, daftar=daftar)
    stages.append(("berkas + pemeriksaan kumpulan", time.perf_counter() - last[0], float("nan"), *_rss_mb()))
    if profile is not None:
        profile.enable()

    def stage(name: str) -> None:
        stages.append((name, time.perf_counter() - mark[0], time.process_time() - mark[1], *_rss_mb()))
        mark[:] = [time.perf_counter(), time.process_time()]

    mark = [time.perf_counter(), time.process_time()]
    tables = build_tables(batch)
    stage("tabel")
    outputs = [(out / "rekap.xlsx", write_xlsx), (out / "rekap.html", write_html), (out / "csv", write_csv)]
    if args.serentak:
        from skp.recap.outputs import write_outputs  # not in the recap of before issue 15

        children = resource.getrusage(resource.RUSAGE_CHILDREN)
        write_outputs(tables, outputs)
        stage("xlsx ‖ html + csv")
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        child_cpu = after.ru_utime + after.ru_stime - children.ru_utime - children.ru_stime
        print(f"  (proses anak penulis: CPU {child_cpu:.2f} s, puncak RSS {after.ru_maxrss / 1024:.0f} MB)")
    else:
        for target, write in outputs:
            write(tables, target)
            stage(target.suffix.lstrip(".") or target.name)
    if profile is not None:
        profile.disable()
        profile.dump_stats(args.profil)
    total = time.perf_counter() - begin
    print(f"{len(files)} berkas, {total:.1f} s seluruhnya; RSS awal {start_rss:.0f} MB")
    for name, seconds, cpu, rss, peak in stages:
        print(f"  {name:30s} {seconds:6.2f} s (CPU {cpu:5.2f} s)   RSS {rss:5.0f} MB   puncak {peak:5.0f} MB")
    tail = sum(s for _, s, _, _, _ in stages)
    cpu = sum(c for _, _, c, _, _ in stages[1:])
    print(f"  ekor serial (setelah berkas terakhir) {tail:.2f} s, rekap saja CPU {cpu:.2f} s; puncak RSS "
          "proses utama "
          f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")
    print(f"  keluaran: {out}")


if __name__ == "__main__":
    sys.exit(main())
