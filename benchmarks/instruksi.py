"""Instructions per workbook of ``skp periksa``, for comparing versions of skp to a few tenths of a percent.

Usage: ``python benchmarks/instruksi.py [REV ...] [--korpus FOLDER] [--sedikit 100] [--banyak 300] [--tahap]``
(default: the working tree against ``HEAD``, on the generated corpus of :mod:`kumpulan_data`).

CPU time on a shared machine swings ± 20 % from hour to hour, so a change of a few percent cannot be told
from its noise in timed runs; the number of instructions executed can, to about ± 0.1 %. Each version
(``kerja``: the working tree; any other name: that git revision, extracted with ``git archive``) runs
``skp periksa --format json`` on the first ``--sedikit`` and the first ``--banyak`` workbooks of the corpus
(in discovery order, copied to folders of their own) under ``valgrind --tool=cachegrind --cache-sim=no``
with ``PYTHONHASHSEED=0``; the instructions of every process (the main one and the workers it forks) are
summed, and the difference between the two runs divided by the difference in files is what one more
workbook costs, start-up left out. Each version's bytecode is compiled first (:mod:`bytecode`).

With ``--tahap``, the working tree's stages instead, on readable SKPs only, in one process as a worker runs
them (its reading session, automatic garbage collection off): each stage is a loop over the workbooks doing
it and every stage before it, so the difference between two stages is what the later one adds per workbook.

Instructions are not time: memory traffic (a page copied after ``fork``, a garbage collection walking the
heap) costs cycles the count hardly shows, so a change of memory behaviour is measured with
``benchmarks/kumpulan.py`` or ``benchmarks/proses_utama.py`` in alternate rounds. Needs valgrind
(``apt-get install valgrind``).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bytecode import compile_installed  # noqa: E402
from kumpulan_data import ROOT  # noqa: E402

from skp.config import Config  # noqa: E402
from skp.reading.load import load_grid  # noqa: E402
from skp.reading.reader import read_document  # noqa: E402
from skp.run.discovery import discover  # noqa: E402

WORKING_TREE = "kerja"
DEFAULT_CORPUS = ROOT / "benchmarks" / "out" / "kumpulan_5000"
PACKAGE_DIRS = ("mappings", "templates")  # installed as skp.mappings and skp.templates (pyproject.toml)
COMMAND = (
    "import sys; from batch.cli import main; "
    "sys.argv = ['skp', 'periksa', '--format', 'json', sys.argv[1]]; main()"
)


def tree_of(rev: str, into: Path) -> Path:
    """The source tree of ``rev``: the working tree itself, or the revision extracted under ``into`` with
    its data folders where an installation puts them (``skp/mappings``, ``skp/templates``)."""
    if rev == WORKING_TREE:
        return ROOT
    tree = into / rev.replace("/", "_")
    tree.mkdir(parents=True)
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", rev], check=True, capture_output=True).stdout
    subprocess.run(["tar", "-x", "-C", str(tree)], input=archive, check=True)
    for name in PACKAGE_DIRS:
        if (tree / name).is_dir() and not (tree / "skp" / name).exists():
            (tree / "skp" / name).symlink_to(tree / name)
    return tree


def sample(corpus: Path, count: int, into: Path, readable: bool = False) -> Path:
    """The first ``count`` workbooks of the corpus in discovery order, copied to a folder of their own;
    with ``readable``, only SKPs that pass the full safety checks and read (the stages run in one process,
    which a hostile workbook the light checks let through would bring down, as it brings down a worker)."""
    folder = into / f"berkas_{count}"
    folder.mkdir()
    config = Config()
    kept = 0
    for path in discover([corpus]):
        if kept == count:
            break
        if readable:
            try:
                read_document(load_grid(path, config), config)
            except Exception:  # a defect sample of the corpus: refused or not an SKP
                continue
        shutil.copy(path, folder / f"{kept:06d}{Path(path).suffix}")
        kept += 1
    return folder


def instructions(tree: Path, folder: Path, work: Path, script: list[str] | None = None) -> int:
    """Instructions executed by every process of ``skp periksa --format json folder`` run from ``tree``
    (or of ``python SCRIPT… folder``)."""
    out = work / "cachegrind"
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir()
    env = dict(os.environ, PYTHONPATH=str(tree), PYTHONHASHSEED="0")
    subprocess.run(
        ["valgrind", "--tool=cachegrind", "--cache-sim=no", f"--cachegrind-out-file={out}/%p.out",
         sys.executable, *(script or ["-c", COMMAND]), str(folder)],
        env=env, cwd=work, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False,
    )
    total = 0
    for result in out.glob("*.out"):
        summary = next(line for line in result.read_text().splitlines() if line.startswith("summary:"))
        total += int(summary.split()[1])
    return total


STAGES = {  # each stage does the ones above it too
    "membaca berkas": "read_submission(path, limits)",
    "pemeriksaan keamanan ringan": "check_submission(read_submission(path, limits), limits, True, zip_memo)",
    "memuat (format, python-calamine, grid)": "grid(path)",
    "pembaca (read_document)": "read_document(grid(path), config, session)",
    "pemeriksaan dokumen (check_grid)": "check_grid(grid(path), path.name, config, session)",
    "examine (laporan, nilai, isian hierarki)": "_examine_task(setup, (str(path), path.name), False)",
}
HARNESS = """
import gc, sys
from pathlib import Path
from skp.config import Config
from skp.periksa import check_grid
from skp.reading.load import parse_submission
from skp.reading.reader import read_document
from skp.reading.safety import check_submission, read_submission, reading_limits
from skp.run.runner import _examine_task
from skp.run.worker import WorkerSetup
config = Config()
limits = reading_limits(config)
setup = WorkerSetup(config, None)
session = setup.session
zip_memo = session.memo["zip parts"]
def grid(path):
    return parse_submission(read_submission(path, limits), config, True, zip_memo)
gc.collect(); gc.freeze(); gc.disable()
for i, path in enumerate(sorted(Path(sys.argv[2]).iterdir())):
    try:
        eval(sys.argv[1])
    except Exception:  # an unreadable or non-SKP workbook stops at its stage, as in a worker
        pass
    if i % 200 == 199:
        gc.collect()
"""


def stages(few: Path, many: Path, difference: int, work: Path) -> None:
    """Instructions per workbook each stage adds to the ones before it (see the module's docstring)."""
    harness = work / "tahap.py"
    harness.write_text(HARNESS)
    before = 0.0
    for name, call in STAGES.items():
        counts = [instructions(ROOT, folder, work, [str(harness), call]) for folder in (few, many)]
        total = (counts[1] - counts[0]) / difference
        print(f"{name:>42}: {(total - before) / 1e6:7.2f} juta (kumulatif {total / 1e6:.2f})", flush=True)
        before = total


def main() -> None:
    parser = argparse.ArgumentParser(description="Instruksi per buku kerja skp periksa, antarversi.")
    parser.add_argument("revs", nargs="*", default=[WORKING_TREE, "HEAD"],
                        help="versi: 'kerja' (pohon kerja) atau revisi git (bawaan: kerja HEAD)")
    parser.add_argument("--korpus", type=Path, default=DEFAULT_CORPUS, help="folder kiriman yang diukur")
    parser.add_argument("--sedikit", type=int, default=100, help="berkas pada putaran kecil")
    parser.add_argument("--banyak", type=int, default=300, help="berkas pada putaran besar")
    parser.add_argument("--tahap", action="store_true", help="per tahap pemeriksa, pohon kerja saja")
    args = parser.parse_args()
    if shutil.which("valgrind") is None:
        sys.exit("valgrind tidak ada: apt-get install valgrind")
    if args.banyak <= args.sedikit:
        sys.exit("--banyak harus lebih besar daripada --sedikit")
    with tempfile.TemporaryDirectory(prefix="skp-instruksi-") as temp:
        work = Path(temp)
        few, many = (sample(args.korpus, count, work, args.tahap) for count in (args.sedikit, args.banyak))
        if args.tahap:
            compile_installed(sys.executable, ROOT)
            stages(few, many, args.banyak - args.sedikit, work)
            return
        per_file: dict[str, float] = {}
        for rev in args.revs:
            tree = tree_of(rev, work / "pohon")
            compile_installed(sys.executable, tree)
            counts = [instructions(tree, folder, work) for folder in (few, many)]
            per_file[rev] = (counts[1] - counts[0]) / (args.banyak - args.sedikit)
            print(f"{rev:>12}: {per_file[rev] / 1e6:8.2f} juta instruksi per berkas "
                  f"({counts[0]:,} pada {args.sedikit}, {counts[1]:,} pada {args.banyak})", flush=True)
        first = args.revs[0]
        for rev in args.revs[1:]:
            print(f"{rev:>12} / {first}: {per_file[rev] / per_file[first]:.3f}×")


if __name__ == "__main__":
    main()
