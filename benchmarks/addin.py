"""Add-in benchmark: the Python side of **Periksa SKP** on a 40-RK form stays under one second.

Usage: ``python benchmarks/addin.py [RUNS]`` (default 7). Builds a JA Model Dasar SKP with 40 Kinerja
Utama RK of three IKI each (some with defects, so cells get marked) through the template builder, hands
its contents to xlwings' remote engine as an Excel client would, then times ``periksa_skp`` on a fresh
book per run: grid from the book, reading, every check, marks, Hasil Periksa and the summary. What
Excel does with the recorded actions is Excel's time, not ours. Prints the median and every run, and
exits 1 when the median is over the target.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
# This script is called addin.py: its own folder must not shadow the add-in package it measures.
sys.path[:] = [str(ROOT / "tests"), *(p for p in sys.path if Path(p or ".").resolve() != HERE)]

from addin_remote import book_json, open_book  # noqa: E402  (sets the remote engine's licence key)
from cascade_data import atasan_document  # noqa: E402

from addin import periksa_skp  # noqa: E402
from skp.config import Config  # noqa: E402
from skp.models import Iki, RencanaKinerja  # noqa: E402
from skp.numbers import parse_target  # noqa: E402
from skp.writing.atomic import save_workbook  # noqa: E402
from skp.writing.builder import build_workbook  # noqa: E402

TARGET_SECONDS = 1.0
N_RK = 40


def forty_rk_document():
    document = atasan_document()
    document.rencana = [
        RencanaKinerja(
            section="utama", no=str(i), text=f"Tersusunnya dokumen kajian kebijakan bidang {i}",
            rk_atasan="Meningkatnya kualitas perencanaan daerah" if i % 10 else None,
            iki=[
                Iki(aspek="kuantitas", aspek_raw="Kuantitas", text=f"Jumlah dokumen kajian {i}",
                    target=parse_target(f"{i} dokumen")),
                Iki(aspek="kualitas", aspek_raw="Kualitas", text="Dokumen diterima tanpa revisi",
                    target=parse_target("90 %") if i % 7 else None),
                Iki(aspek="waktu", aspek_raw="Waktu", text="Ketepatan waktu penyelesaian",
                    target=parse_target("12 bulan")),
            ],
        )
        for i in range(1, N_RK + 1)
    ]
    return document


def main(runs: int) -> int:
    config = Config()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "skp-40-rk.xlsx"
        save_workbook(build_workbook("ja-dasar", config, forty_rk_document()), path)
        payload = book_json(path)
    periksa_skp(open_book(payload), config)  # warm-up: imports, caches
    seconds = []
    for _ in range(runs):
        book = open_book(payload)
        start = time.perf_counter()
        report = periksa_skp(book, config)
        seconds.append(time.perf_counter() - start)
    median = statistics.median(seconds)
    print(f"periksa_skp, {N_RK} RK × 3 IKI, {len(report.findings)} temuan: median {median:.3f} s "
          f"(target < {TARGET_SECONDS:.0f} s); per run: " + ", ".join(f"{s:.3f}" for s in seconds))
    return 0 if median < TARGET_SECONDS else 1


if __name__ == "__main__":
    sys.exit(main(int(sys.argv[1]) if len(sys.argv) > 1 else 7))
