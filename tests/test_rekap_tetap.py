"""The recap of the test agency stays exactly what it was: xlsx by meaning, HTML and CSV byte for byte.

The expected outputs in ``tests/data/rekap_agensi_hasil`` were written before the recap was rewritten to
stream (issue 15); any change of a cell, a style that matters, a link, a line of HTML or a CSV byte fails
here. Regenerate them (``python tests/data/make_rekap_agensi.py``) only for an intended change of output.
"""

from __future__ import annotations

import json
import multiprocessing
import signal
import subprocess
import sys
import textwrap
import time
from multiprocessing.connection import Connection
from pathlib import Path

import pytest
from rekap_snapshot import EXPECTED, FOLDER, VARIANTS, html_text, write_recap, xlsx_snapshot
from run_faults import running

from skp.config import Config
from skp.recap.html import write_html
from skp.recap.outputs import OutputFailed, write_outputs
from skp.recap.tables import CHUNK_ROWS, SpilledRows, build_tables
from skp.recap.xlsx import write_xlsx
from skp.run.batch import run_batch
from skp.run.discovery import discover
from skp.run.isolation import START_METHOD_VARIABLE


@pytest.fixture(scope="module", params=sorted(VARIANTS))
def written(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory,
            config: Config) -> tuple[str, Path]:
    variant = request.param
    return variant, write_recap(tmp_path_factory.mktemp(variant), variant, config)


def test_xlsx_is_unchanged(written: tuple[str, Path]) -> None:
    variant, folder = written
    expected = json.loads((EXPECTED / variant / "xlsx.json").read_text(encoding="utf-8"))
    actual = json.loads(json.dumps(xlsx_snapshot(folder / "rekap.xlsx"), ensure_ascii=False))
    assert actual["sheets"] == expected["sheets"]
    for sheet in expected["sheets"]:
        assert actual["content"][sheet] == expected["content"][sheet], sheet


def test_html_is_unchanged(written: tuple[str, Path]) -> None:
    variant, folder = written
    assert html_text(folder / "rekap.html") == (EXPECTED / variant / "rekap.html").read_text(encoding="utf-8")


def test_masalah_terbanyak_lists_errors_then_warnings_then_infos(written: tuple[str, Path]) -> None:
    """A head acts on errors first: with the daftar, four infos (``pegawai-tidak-dalam-daftar``) touch more
    files than any error, and still come after every error and peringatan."""
    _, folder = written
    page = (folder / "rekap.html").read_text(encoding="utf-8")
    listed = page.split('<ol class="masalah">', 1)[1].split("</ol>", 1)[0]
    levels = [item.split("</code>", 1)[0].rsplit(" · ", 1)[1] for item in listed.split("<code>")[1:]]
    order = {"error": 0, "peringatan": 1, "info": 2}
    assert levels and [order[level] for level in levels] == sorted(order[level] for level in levels)
    assert levels[0] == "error"


def test_every_csv_is_unchanged(written: tuple[str, Path]) -> None:
    variant, folder = written
    expected = sorted(p.name for p in (EXPECTED / variant / "csv").glob("*.csv"))
    assert sorted(p.name for p in (folder / "rekap_csv").glob("*.csv")) == expected
    for name in expected:
        written_bytes = (folder / "rekap_csv" / name).read_bytes()
        assert written_bytes == (EXPECTED / variant / "csv" / name).read_bytes(), name


def test_written_one_after_the_other_under_spawn_the_same(tmp_path: Path, config: Config,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """Where workers are spawned (Windows, macOS) the outputs are written in turn, and are the same."""
    monkeypatch.setenv(START_METHOD_VARIABLE, "spawn")
    folder = write_recap(tmp_path, "tanpa_daftar", config)
    expected = EXPECTED / "tanpa_daftar"
    assert html_text(folder / "rekap.html") == (expected / "rekap.html").read_text(encoding="utf-8")
    for name in ("temuan.csv", "pegawai.csv"):
        assert (folder / "rekap_csv" / name).read_bytes() == (expected / "csv" / name).read_bytes()


def test_an_output_the_forked_writer_cannot_write_is_named_with_its_cause(tmp_path: Path,
                                                                          config: Config) -> None:
    """The page fails in the forked process (its folder is a file); the workbook is still written."""
    tables = build_tables(run_batch(discover([FOLDER / "unit"]), config, jobs=1))
    (tmp_path / "berkas").write_text("bukan folder", encoding="utf-8")
    page = tmp_path / "berkas" / "rekap.html"
    with pytest.raises(OutputFailed) as failed:
        write_outputs(tables, [(tmp_path / "rekap.xlsx", write_xlsx), (page, write_html)])
    assert failed.value.target == page
    assert isinstance(failed.value.cause, NotADirectoryError)
    assert (tmp_path / "rekap.xlsx").stat().st_size > 0


WRITER_DRIVER = textwrap.dedent("""
    import os, sys, time
    from pathlib import Path
    from skp.recap.outputs import write_outputs
    folder = Path(sys.argv[1])

    def slow(tables, target):  # each writer says where it runs, then takes its time
        (folder / f"{target.name}.pid").write_text(str(os.getpid()))
        time.sleep(120)

    write_outputs(None, [(folder / "rekap.xlsx", slow), (folder / "rekap.html", slow)])
""")


@pytest.mark.skipif(sys.platform != "linux", reason="reads process states from /proc; fork on Linux only")
def test_no_forked_writer_outlives_a_killed_rekap(tmp_path: Path) -> None:
    """kill -9 of the command while both outputs are being written: the forked writer is gone within 2 s
    instead of writing on for a command that no longer exists."""
    command = subprocess.Popen([sys.executable, "-c", WRITER_DRIVER, str(tmp_path)])
    started = time.monotonic()
    pids = [tmp_path / "rekap.xlsx.pid", tmp_path / "rekap.html.pid"]
    while not all(p.exists() and p.read_text() for p in pids):
        assert time.monotonic() - started < 60, "the writers never started"
        time.sleep(0.05)
    writer = int(pids[1].read_text())
    assert writer != command.pid and running(writer)
    command.send_signal(signal.SIGKILL)
    command.wait()
    killed = time.monotonic()
    while running(writer):
        assert time.monotonic() - killed < 2, f"forked writer {writer} still alive"
        time.sleep(0.05)


def _read_in_child(table: SpilledRows, answer: Connection) -> None:
    answer.send(list(table))
    answer.close()


def test_spilled_rows_read_back_whole_in_order_as_often_as_asked() -> None:
    """Rows past several chunks come back in order, on every pass, also when two passes interleave and
    when a forked process reads them; whole numbers of a float column come back as floats."""
    rows = [(f"berkas_{i}.xlsx", i, None if i % 7 else 1.5) for i in range(2 * CHUNK_ROWS + 17)]
    table = SpilledRows(["Berkas", "Jumlah", "Nilai"])
    for row in rows:
        table.append(row)
    assert len(table) == len(rows)
    assert list(table) == rows and list(table) == rows
    assert [a for a, b in zip(table, table, strict=True) if a == b] == rows
    context = multiprocessing.get_context("fork")
    receive, send = context.Pipe(duplex=False)
    passes = iter(table)
    first = [next(passes) for _ in range(CHUNK_ROWS + 3)]  # a pass here stands in the second chunk
    child = context.Process(target=_read_in_child, args=(table, send))
    child.start()
    send.close()
    assert receive.recv() == rows
    child.join()
    assert first + list(passes) == rows
    table.read_as_floats([1])
    assert [r[1] for r in table] == [float(i) for i in range(len(rows))]
    assert all(type(r[1]) is float for r in table)
