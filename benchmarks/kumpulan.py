"""Batch benchmark: ``skp periksa`` and ``skp rekap`` end to end against a naive read-only baseline.

Usage: ``python benchmarks/kumpulan.py [N] [--daftar | --staf]`` (default 5000). Generates (once) N
submissions with :mod:`kumpulan_data`, then runs, each as a user would (a fresh process, start-up included):

- ``skp periksa --format json FOLDER`` and ``skp rekap FOLDER -o rekap.xlsx``: workbooks per second;
- the naive baseline, ``pandas.read_excel(f, engine="openpyxl", sheet_name=None)`` in one process, timed
  on a sample of the *readable* workbooks and extrapolated to N (it only *reads*; it checks nothing, and
  fed the corpus's zip bomb it would spend minutes on that one file, which said nothing about reading);
- ``skp periksa`` again with the worker processes started by spawn (``SKP_START_METHOD=spawn``, what
  Windows and macOS use) against fork, in the same run, with what crosses to a worker: the rules once
  per worker, a chunk of paths per task, a result per file;
- peak memory (largest process, ``RUSAGE_CHILDREN`` max RSS) of ``skp periksa`` at N/5 and at N, to show
  how it grows with N;
- ``skp periksa --cache`` once to fill the cache and once more warm, the re-run HR sees after fixes.

With ``--daftar``, a daftar pegawai is written from the report (every submitter, plus 5% who did not
submit and 2% with a status that need not) and ``skp rekap --daftar`` is timed against ``skp rekap``, each
the faster of two runs: the daftar's cost in percent.

With ``--staf``, only ``skp periksa --format json`` and the naive baseline are measured, on two corpora in
the same run: the generated full templates and their staff-style copies (:mod:`kumpulan_staf`: values and
merged cells in a fresh workbook, only the sheets staff fill, no helper sheets, no styles, no formulas), each
periksa run right before its own baseline so both see the same machine load. It prints, for each, files per
second and their ratio to the baseline's, CPU time per file (all of periksa's processes, against the
baseline's one) and its ratio, and whether the two reports are the same once the folder names are set
aside (they must be: the copies are the same forms). The rate ratio sets periksa's two-or-more processes
against one baseline process, so a loaded machine lowers it; the CPU ratio hardly moves with the load.

skp's own modules are compiled to bytecode first, as an installation has them (:mod:`bytecode`).

Each command runs under its own small wrapper process, so the max RSS it reports belongs to that command
and not to an earlier, larger one.
"""

from __future__ import annotations

import json
import os
import pickle
import random
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bytecode import compile_installed  # noqa: E402
from kumpulan_data import ROOT, generate  # noqa: E402
from kumpulan_staf import generate_staf  # noqa: E402

from skp.config import Config  # noqa: E402
from skp.errors import WorkbookRejected  # noqa: E402
from skp.native import DISABLE_VARIABLE, active_build  # noqa: E402
from skp.reading.load import load_grid  # noqa: E402
from skp.run.discovery import discover, display_name  # noqa: E402
from skp.run.isolation import START_METHOD_VARIABLE  # noqa: E402
from skp.run.result import pack  # noqa: E402
from skp.run.runner import MAX_CHUNK  # noqa: E402
from skp.run.worker import examine  # noqa: E402

OUT = ROOT / "benchmarks" / "out"
BASELINE_SAMPLE = 150
WRAPPER = """
import json, resource, subprocess, sys, time
start = time.perf_counter()
with open(sys.argv[1], "wb") as out:
    code = subprocess.run(sys.argv[2:], stdout=out).returncode
seconds = time.perf_counter() - start
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
print(json.dumps({"seconds": seconds, "code": code, "maxrss_mb": usage.ru_maxrss / 1024,
                  "cpu_s": usage.ru_utime + usage.ru_stime}))
"""


def measure(command: list[str], stdout: Path, env: dict[str, str] | None = None) -> dict[str, float]:
    result = subprocess.run([sys.executable, "-c", WRAPPER, str(stdout), *command],
                            capture_output=True, text=True, check=True, env={**os.environ, **(env or {})})
    figures = json.loads(result.stdout)
    if figures["code"] not in (0, 1):
        raise SystemExit(f"{' '.join(command)} gagal dengan status {figures['code']}")
    return figures


def readable_sample(files: list[Path], size: int) -> list[Path]:
    """``size`` workbooks drawn at random among those skp can load and openpyxl opens (not ``.xls``): the
    naive tool reads, and a file it cannot read (the zip bomb: minutes in openpyxl) would time something
    else."""
    config = Config()
    order = random.Random(7).sample(files, len(files))
    sample = []
    for path in order:
        if path.suffix.lower() == ".xls":
            continue
        try:
            load_grid(path, config)
        except WorkbookRejected:
            continue
        sample.append(path)
        if len(sample) == size:
            break
    return sample


def baseline_rate(files: list[Path]) -> tuple[float, int, float]:
    """Workbooks per second that pandas + openpyxl need merely to read, in one process; the sample size;
    CPU seconds per workbook."""
    sample = readable_sample(files, BASELINE_SAMPLE)
    start, cpu = time.perf_counter(), time.process_time()
    for path in sample:
        pd.read_excel(path, engine="openpyxl", sheet_name=None)
    cpu = (time.process_time() - cpu) / len(sample)
    return len(sample) / (time.perf_counter() - start), len(sample), cpu


def payloads(files: list[Path]) -> tuple[int, int, int]:
    """Pickled bytes crossing to and from a worker: the run's state (once per worker), a task of
    ``MAX_CHUNK`` paths, and a file's result as the worker packs it (median)."""
    config = Config()
    state = len(pickle.dumps((config, None), protocol=pickle.HIGHEST_PROTOCOL))
    task = len(pickle.dumps([(i, (str(f), display_name(f)), False) for i, f in enumerate(files[:MAX_CHUNK])],
                            protocol=pickle.HIGHEST_PROTOCOL))
    results = sorted(len(pickle.dumps(pack(examine(f, str(f), config)), protocol=pickle.HIGHEST_PROTOCOL))
                     for f in files[:: max(1, len(files) // 100)])
    return state, task, results[len(results) // 2]


def small_subset(folder: Path, share: float) -> list[Path]:
    """Whole unit folders adding up to about ``share`` of the files: a smaller but alike batch."""
    units = sorted(p for p in folder.iterdir() if p.is_dir())
    return units[: max(1, round(len(units) * share))]


def write_daftar(report: dict, target: Path) -> int:
    """A daftar pegawai (CSV, ``;``) of everyone who submitted plus people who did not; returns its rows."""
    rng = random.Random(11)
    rows = [["NIP", "NAMA", "UNIT KERJA", "NIP ATASAN", "STATUS"]]
    seen = set()
    for entry in report["files"]:
        if entry["nip"] and entry["nip"] not in seen:
            seen.add(entry["nip"])
            rows.append([entry["nip"], entry["nama"] or "", entry["unit_kerja"] or "",
                         entry["nip_penilai"] or "", "Aktif"])
    for index in range(len(seen) // 20 + len(seen) // 50):
        status = "Aktif" if index < len(seen) // 20 else rng.choice(["Pensiun", "Tugas Belajar"])
        rows.append([f"199901012020{index % 12 + 1:02d}1{index % 1000:03d}",
                     f"Pegawai belum mengirim {index}", rng.choice(rows[1:])[2], "", status])
    target.write_text("\n".join(";".join(row) for row in rows), encoding="utf-8")
    return len(rows) - 1


def daftar_cost(folder: Path, report: dict) -> None:
    """Seconds of ``skp rekap`` with and without ``--daftar`` (the faster of two runs each)."""
    daftar = OUT / "daftar_pegawai.csv"
    count = write_daftar(report, daftar)
    rekap = ["skp", "rekap", str(folder), "-o", str(OUT / "rekap.xlsx")]
    plain = min(measure(rekap, OUT / "rekap.log")["seconds"] for _ in range(2))
    with_daftar = min(measure([*rekap, "--daftar", str(daftar)], OUT / "rekap.log")["seconds"]
                      for _ in range(2))
    print(f"skp rekap tanpa --daftar  : {plain:7.1f} s")
    print(f"skp rekap --daftar        : {with_daftar:7.1f} s  ({count} baris daftar; "
          f"{100 * (with_daftar - plain) / plain:+.1f}%)")


def periksa_against_baseline(folder: Path, report: Path) -> None:
    """``skp periksa --format json`` on ``folder`` and, right after, the naive baseline on the same files:
    workbooks per second and their ratio; CPU milliseconds per workbook (every process of periksa's
    run) and their ratio, which a shared machine's load sways far less than the rates. With a ``skp
    percepat`` build for this code, periksa runs twice, compiled and as plain Python (``SKP_PERCEPATAN=0``),
    and the two reports must be the same bytes."""
    files = discover([folder])
    runs: list[tuple[str, Path, dict[str, str] | None]] = [("", report, None)]
    if active_build() is not None:
        runs = [(" (percepatan)", report, None),
                (" (Python biasa)", report.with_suffix(".python.json"), {DISABLE_VARIABLE: "0"})]
    measured = [(label, measure(["skp", "periksa", "--format", "json", str(folder)], out, env))
                for label, out, env in runs]
    naive, sampled, naive_cpu = baseline_rate(files)
    for label, run in measured:
        rate, cpu = len(files) / run["seconds"], run["cpu_s"] / len(files)
        print(f"  skp periksa{label:15s}: {rate:6.0f} berkas/detik ({len(files)} berkas), "
              f"CPU {1000 * cpu:.2f} ms/berkas; {rate / naive:4.1f}x baseline berkas/detik, "
              f"{naive_cpu / cpu:.1f}x CPU per berkas")
    print(f"  baseline pandas.read_excel: {naive:6.1f} berkas/detik (sampel {sampled} terbaca, satu proses), "
          f"CPU {1000 * naive_cpu:.2f} ms/berkas")
    if len(runs) == 2:
        same = runs[0][1].read_bytes() == runs[1][1].read_bytes()
        assert same, "percepatan harus memberi laporan yang sama"


def same_reports(first: Path, second: Path) -> int:
    """How many files' entries differ between two reports, each file named relative to its run's folder and
    each finding by code, level, sheet and cell (its message names other files by their full path, cut to a
    length, so it differs with the folder's name); -1 when the file lists themselves differ."""
    def entries(report: Path) -> dict[str, dict]:
        files = json.loads(report.read_text(encoding="utf-8"))["files"]
        root = os.path.commonpath([f["path"] for f in files])
        return {os.path.relpath(f["path"], root): {
            **f, "path": None, "findings": [{**finding, "message": None} for finding in f["findings"]]}
            for f in files}

    a, b = entries(first), entries(second)
    if a.keys() != b.keys():
        return -1
    return sum(a[k] != b[k] for k in a)


def staf(n: int) -> None:
    """``--staf``: periksa against the baseline on full templates and on their staff-style copies."""
    full, copies = generate(n, OUT), generate_staf(n, OUT)
    print(f"Berkas: {len(discover([full]))} di {full}, salinan gaya pegawai di {copies}")
    reports = (OUT / "laporan_lengkap.json", OUT / "laporan_staf.json")
    corpora = (("templat lengkap", full, reports[0]), ("gaya pegawai", copies, reports[1]))
    for label, folder, report in corpora:
        print(f"{label}:")
        periksa_against_baseline(folder, report)
    differing = same_reports(*reports)
    verdict = "sama" if differing == 0 else f"{differing} berkas berbeda" if differing > 0 else "lain berkas"
    print(f"laporan templat lengkap dan gaya pegawai: {verdict}")


def main() -> None:
    arguments = [a for a in sys.argv[1:] if not a.startswith("--")]
    n = int(arguments[0]) if arguments else 5000
    compile_installed()
    if "--staf" in sys.argv[1:]:
        staf(n)
        return
    folder = generate(n, OUT)
    files = discover([folder])
    small = small_subset(folder, 0.2)
    small_count = len(discover(small))
    print(f"Berkas: {len(files)} di {folder} (subset kecil: {small_count})")

    periksa = ["skp", "periksa", "--format", "json"]
    small_run = measure([*periksa, *map(str, small)], OUT / "laporan_kecil.json")
    full_run = measure([*periksa, str(folder)], OUT / "laporan.json")
    report = json.loads((OUT / "laporan.json").read_text(encoding="utf-8"))
    assert len(report["files"]) == len(files), "setiap berkas harus muncul tepat sekali"
    spawn_run = measure([*periksa, str(folder)], OUT / "laporan_spawn.json", {START_METHOD_VARIABLE: "spawn"})
    assert (OUT / "laporan_spawn.json").read_bytes() == (OUT / "laporan.json").read_bytes(), \
        "spawn dan fork harus memberi laporan yang sama"
    if "--daftar" in sys.argv[1:]:
        daftar_cost(folder, report)
    rekap_run = measure(["skp", "rekap", str(folder), "-o", str(OUT / "rekap.xlsx")], OUT / "rekap.log")
    cache = OUT / "cache"
    shutil.rmtree(cache, ignore_errors=True)
    cold_run = measure([*periksa, "--cache", str(cache), str(folder)], OUT / "laporan_cache.json")
    warm_run = measure([*periksa, "--cache", str(cache), str(folder)], OUT / "laporan_cache.json")
    naive, sampled, _ = baseline_rate(files)
    state, task, result = payloads(files)

    periksa_rate = len(files) / full_run["seconds"]
    rekap_rate = len(files) / rekap_run["seconds"]
    print(f"skp periksa --format json : {full_run['seconds']:7.1f} s  {periksa_rate:7.0f} berkas/detik"
          f"  (puncak memori {full_run['maxrss_mb']:.0f} MB)")
    print(f"skp rekap -o rekap.xlsx   : {rekap_run['seconds']:7.1f} s  {rekap_rate:7.0f} berkas/detik"
          f"  (puncak memori {rekap_run['maxrss_mb']:.0f} MB)")
    print(f"periksa --cache, hangat   : {warm_run['seconds']:7.1f} s  {len(files) / warm_run['seconds']:7.0f}"
          f" berkas/detik  (cache diisi dulu dalam {cold_run['seconds']:.1f} s)")
    spawn_rate = len(files) / spawn_run["seconds"]
    print(f"periksa, pemeriksa spawn  : {spawn_run['seconds']:7.1f} s  {spawn_rate:7.0f} berkas/detik"
          f"  (spawn/fork: {spawn_run['seconds'] / full_run['seconds']:.2f}x waktu)")
    print(f"ke/dari pemeriksa (pickle): aturan {state / 1024:.0f} KB per pemeriksa, tugas {MAX_CHUNK} jalur "
          f"{task / 1024:.1f} KB, hasil per berkas {result / 1024:.1f} KB (median)")
    print(f"baseline pandas.read_excel: {len(files) / naive:7.1f} s  {naive:7.0f} berkas/detik"
          f"  (DIEKSTRAPOLASI dari sampel {sampled} berkas yang terbaca, satu proses)")
    print(f"rasio periksa/baseline    : {periksa_rate / naive:7.1f}x")
    print(f"rasio rekap/baseline      : {rekap_rate / naive:7.1f}x")
    print(f"puncak memori periksa     : {small_run['maxrss_mb']:.0f} MB pada {small_count} berkas, "
          f"{full_run['maxrss_mb']:.0f} MB pada {len(files)} berkas")


if __name__ == "__main__":
    main()
