"""Hostile cell text and file names never reach a terminal as control sequences (issue 16, sink: terminal).

A submission may carry ESC sequences (clear screen, a fake green LULUS, a window title, an OSC 8 link), BEL
and C1 controls, in a cell (written ``_x001B_`` in the XML, which readers decode) or in its file name.
Each command is run as a user runs it, through the installed ``skp``, once piped and once on a
pseudo-terminal: no such byte from user text comes out; skp's own colours on a terminal are fine.
"""

from __future__ import annotations

import os
import re
import select
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from cascade_data import write_atasan  # noqa: E402

DATA = Path(__file__).parent / "data"
SKP = Path(sys.executable).with_name("skp")
# In the XML: ESC [2J (clear), OSC 0 (window title) ended by BEL, a raw C1 CSI (U+009B), an OSC 8 link.
HOSTILE = ("Ani_x001B_[2J_x001B_]0;judul_x0007_\u009b32mLULUS_x001B_]8;;https://x.invalid/_x001B_\\\\klik"
           "_x001B_]8;;_x001B_\\\\ Lestari")
HOSTILE_FILE = "kiriman \x1b[32mLULUS\x1b]0;judul\x07 \u009b1m.xlsx"
# skp's own styling on a terminal: SGR colours and rich's cursor/line controls, nothing else.
OWN_SEQUENCES = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")


def hostile_copy(source: Path, target: Path, old: str, new: str) -> Path:
    """``source`` with ``old`` replaced by ``new`` in every XML part (the workbook stays well-formed)."""
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename.startswith("xl/"):
                data = data.replace(old.encode(), new.encode())
            zout.writestr(item, data)
    return target


def run_piped(*args: str) -> str:
    result = subprocess.run([str(SKP), *args], capture_output=True, timeout=120, check=False)
    assert b"Traceback" not in result.stderr, result.stderr.decode(errors="replace")
    return (result.stdout + result.stderr).decode("utf-8")


def run_on_pty(*args: str) -> str:
    """Run with stdout and stderr on a pseudo-terminal, as a reviewer in a terminal window would."""
    master, slave = os.openpty()
    env = {**os.environ, "COLUMNS": "200", "LINES": "50", "TERM": "xterm-256color"}
    env.pop("NO_COLOR", None)
    process = subprocess.Popen([str(SKP), *args], stdin=subprocess.DEVNULL, stdout=slave, stderr=slave,
                               env=env)
    os.close(slave)
    chunks = []
    while True:
        ready, _, _ = select.select([master], [], [], 120)
        if not ready:
            process.kill()
            raise AssertionError("skp did not finish on the pseudo-terminal")
        try:
            chunk = os.read(master, 65536)
        except OSError:  # EIO: the child closed the terminal
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(master)
    process.wait(timeout=30)
    return b"".join(chunks).decode("utf-8")


def assert_inert(output: str, on_terminal: bool) -> None:
    rest = OWN_SEQUENCES.sub("", output) if on_terminal else output
    assert "\x1b" not in rest and "\x07" not in rest
    assert not re.search("[\x80-\x9f\u202a-\u202e\u2066-\u2069]", output)
    assert "\x1b[2J" not in output and "\x1b]" not in output and "\x1b[32mLULUS" not in output
    if not on_terminal:
        assert not OWN_SEQUENCES.search(output)


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("hostile")
    hostile_copy(DATA / "clean_ja-dasar.xlsx", folder / HOSTILE_FILE, "Ani Lestari, S.E.", HOSTILE)
    hostile_copy(DATA / "clean_ja-dasar.xlsx", folder / "nip.xlsx", "19860926 201505 2 001",
                 "1986_x001B_[32mLULUS_x001B_]0;x_x0007_")
    return folder


@pytest.mark.parametrize("fmt", ["teks", "json", "csv"])
@pytest.mark.parametrize("runner", [run_piped, run_on_pty], ids=["pipe", "pty"])
def test_periksa_output_carries_no_control_from_user_text(folder: Path, fmt: str, runner) -> None:
    output = runner("periksa", str(folder), "--format", fmt, "--jobs", "1")
    assert_inert(output, runner is run_on_pty)
    assert "nip.xlsx" in output and "kiriman" in output


def test_periksa_shows_the_escapes_visibly(folder: Path) -> None:
    output = run_piped("periksa", str(folder), "--jobs", "1")
    assert "\\x1b[32mLULUS\\x1b]0;judul\\x07 \\x9b1m.xlsx" in output  # the file name, visibly escaped
    assert "\\x1b]0;judul\\x07\\x9b32mLULUS" in output  # the nama cell


@pytest.mark.parametrize("runner", [run_piped, run_on_pty], ids=["pipe", "pty"])
def test_nilai_output_carries_no_control_from_user_text(folder: Path, runner) -> None:
    for fmt in ("teks", "json"):
        output = runner("nilai", str(folder), "--format", fmt)
        assert_inert(output, runner is run_on_pty)
        assert "kiriman" in output


@pytest.mark.parametrize("runner", [run_piped, run_on_pty], ids=["pipe", "pty"])
def test_kaskade_writes_a_hostile_member_name_safely(config, tmp_path: Path, runner) -> None:
    """A team member named with control characters: no traceback, a clean file name, inert output."""
    plain = write_atasan(tmp_path / "atasan.xlsx", config)
    atasan = hostile_copy(plain, tmp_path / "hostile.xlsx", "Citra Lestari",
                          "Citra_x001B_]0;judul_x0007_ Les/tari\u009b31m\u202e")
    out = tmp_path / "draf"
    output = runner("kaskade", str(atasan), "-o", str(out))
    assert "Traceback" not in output
    assert_inert(output, runner is run_on_pty)
    names = sorted(p.name for p in out.iterdir())
    assert "SKP Citra ]0;judul Les tari 31m 199001012015032001.xlsx" in names
    assert all(not re.search("[\x00-\x1f\x7f-\x9f\u202a-\u202e]", name) for name in names)
