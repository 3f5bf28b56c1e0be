"""Server benchmark: ``POST /periksa`` of a typical form, 8 clients at once, median under 200 ms.

Usage: ``python benchmarks/server.py [REQUESTS_PER_CLIENT] [WORKBOOK]`` (default 25 requests per client,
``tests/data/clean_ja-dasar.xlsx``: a filled JA Model Dasar SKP). Starts ``python -m skp server`` as its
own process on 127.0.0.1 and a free port (so the clients do not share its interpreter), posts the body
xlwings' VBA client sends for the workbook from 8 threads, and prints requests per second, the median
and the 95th percentile of the latency each client saw. Exits 1 when the median is over the target.
"""

from __future__ import annotations

import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
# This script is called server.py (and addin.py sits beside it): its own folder must not shadow the
# packages it measures.
sys.path[:] = [str(ROOT / "tests"), *(p for p in sys.path if Path(p or ".").resolve() != HERE)]

from server_vba import vba_payload  # noqa: E402

CLIENTS = 8
TARGET_MS = 200.0
TOKEN = "benchmark-token"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _wait(url: str, process: subprocess.Popen) -> None:
    deadline = time.monotonic() + 60
    while True:
        try:
            urllib.request.urlopen(f"{url}/kesehatan", timeout=2).close()
            return
        except (urllib.error.URLError, ConnectionError):
            if process.poll() is not None or time.monotonic() > deadline:
                raise SystemExit("server tidak berjalan") from None
            time.sleep(0.2)


def _post(url: str, body: bytes) -> float:
    request = urllib.request.Request(f"{url}/periksa", data=body, method="POST",
                                     headers={"Authorization": TOKEN, "Content-Type": "application/json"})
    start = time.perf_counter()
    with urllib.request.urlopen(request, timeout=60) as response:
        response.read()
        if response.status != 200:
            raise SystemExit(f"jawaban {response.status}")
    return (time.perf_counter() - start) * 1000


def main() -> int:
    per_client = int(sys.argv[1]) if len(sys.argv) > 1 else 25
    workbook = Path(sys.argv[2]) if len(sys.argv) > 2 else ROOT / "tests" / "data" / "clean_ja-dasar.xlsx"
    body = json.dumps(vba_payload(workbook)).encode("utf-8")
    port = _free_port()
    url = f"http://127.0.0.1:{port}"
    with tempfile.TemporaryDirectory() as kiriman:
        process = subprocess.Popen(
            [sys.executable, "-m", "skp", "server", "--kiriman", kiriman, "--port", str(port)],
            env={**os.environ, "SKP_TOKEN": TOKEN}, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        try:
            _wait(url, process)
            for _ in range(3):  # warm-up: imports, first reads
                _post(url, body)
            start = time.perf_counter()
            with ThreadPoolExecutor(CLIENTS) as pool:
                latencies = list(pool.map(lambda _: _post(url, body), range(CLIENTS * per_client)))
            elapsed = time.perf_counter() - start
        finally:
            process.terminate()
            process.wait(30)
    median = statistics.median(latencies)
    p95 = statistics.quantiles(latencies, n=20)[-1]
    print(f"{workbook.name}: {len(body) / 1024:.0f} KB per kiriman, {CLIENTS} klien serentak, "
          f"{len(latencies)} permintaan")
    print(f"{len(latencies) / elapsed:.1f} permintaan/detik, median {median:.0f} ms, p95 {p95:.0f} ms "
          f"(target median < {TARGET_MS:.0f} ms)")
    return 0 if median < TARGET_MS else 1


if __name__ == "__main__":
    sys.exit(main())
