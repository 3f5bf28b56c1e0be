"""Outputs never destroy anything (issue 16 items 4 and 5): devices, FIFOs and links are written through,
submissions and submission folders are never written into, a full or read-only disk is exit 2 in
Indonesian without a traceback."""

from __future__ import annotations

import io
import os
import shutil
import stat
import subprocess
import sys
import threading
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from batch.cli import main
from skp.config import Config

sys.path.insert(0, str(Path(__file__).parent))
from cascade_data import write_atasan  # noqa: E402

DATA = Path(__file__).parent / "data"
CLEAN = DATA / "clean_ja-dasar.xlsx"
SKP = Path(sys.executable).with_name("skp")


def invoke(*args: str):
    return CliRunner().invoke(main, [str(a) for a in args])


@pytest.fixture
def kiriman(tmp_path: Path) -> Path:
    folder = tmp_path / "kiriman"
    folder.mkdir()
    shutil.copy(CLEAN, folder / "ani.xlsx")
    shutil.copy(DATA / "clean_jf-dasar.xlsx", folder / "budi.xlsx")
    return folder


def test_output_onto_dev_null_leaves_the_device(kiriman: Path) -> None:
    before = os.stat("/dev/null")
    for args in (["periksa", kiriman, "--format", "json", "-o", "/dev/null"],
                 ["rekap", kiriman, "-o", "/dev/null"]):
        result = subprocess.run([str(SKP), *map(str, args)], capture_output=True, timeout=120, check=False)
        assert result.returncode in (0, 1), result.stderr
        after = os.stat("/dev/null")
        assert stat.S_ISCHR(after.st_mode)
        assert (after.st_rdev, after.st_ino) == (before.st_rdev, before.st_ino)


def test_output_onto_dev_stdout_writes_into_the_pipe(kiriman: Path) -> None:
    result = subprocess.run([str(SKP), "periksa", str(kiriman), "--format", "json", "-o", "/dev/stdout"],
                            capture_output=True, timeout=120, check=False)
    assert result.returncode in (0, 1) and result.stdout.startswith(b"{")
    result = subprocess.run([str(SKP), "rekap", str(kiriman), "-o", "/dev/stdout"],
                            capture_output=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    with zipfile.ZipFile(io.BytesIO(result.stdout)) as recap:  # a whole workbook through the pipe
        assert "xl/workbook.xml" in recap.namelist()


@pytest.fixture
def device_copy(tmp_path: Path) -> Path:
    """A copy of /dev/null's node (character device 1:3) made in the test folder; needs root."""
    node = tmp_path / "null-salinan"
    try:
        os.mknod(node, stat.S_IFCHR | 0o666, os.makedev(1, 3))
    except PermissionError:
        pytest.skip("membuat node perangkat memerlukan root")
    return node


@pytest.mark.parametrize("through_link", [False, True], ids=["node", "symlink-to-node"])
def test_output_onto_a_device_copy_or_a_link_to_it_keeps_the_node(kiriman: Path, device_copy: Path,
                                                                   through_link: bool) -> None:
    target = device_copy
    if through_link:
        target = device_copy.with_name("tautan.csv")
        target.symlink_to(device_copy)
    for args in (["periksa", kiriman, "--format", "csv", "-o", target], ["rekap", kiriman, "-o", target]):
        result = invoke(*args)
        assert result.exit_code in (0, 1), result.output
        assert stat.S_ISCHR(os.stat(device_copy).st_mode)
        assert target.is_symlink() == through_link
    assert sorted(p.name for p in device_copy.parent.iterdir() if not p.name.startswith("kiriman")) == (
        ["null-salinan", "tautan.csv"] if through_link else ["null-salinan"])


def test_output_onto_a_fifo_writes_through_it(kiriman: Path, tmp_path: Path) -> None:
    fifo = tmp_path / "pipa.json"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()))
    reader.start()
    result = invoke("periksa", kiriman, "--format", "json", "-o", fifo)
    reader.join(timeout=60)
    assert result.exit_code in (0, 1), result.output
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)
    assert received and received[0].startswith(b"{")


def test_output_through_a_symlink_to_a_file_updates_the_target(kiriman: Path, tmp_path: Path) -> None:
    real = tmp_path / "laporan" / "hasil.json"
    real.parent.mkdir()
    real.write_text("lama")
    link = tmp_path / "terbaru.json"
    link.symlink_to(real)
    assert invoke("periksa", kiriman, "--format", "json", "-o", link).exit_code in (0, 1)
    assert link.is_symlink() and real.read_text().startswith("{")


def test_csv_folder_may_not_be_a_submission_folder(kiriman: Path, tmp_path: Path) -> None:
    before = {p.name: p.read_bytes() for p in kiriman.iterdir()}
    for csv_dir in (kiriman, tmp_path):  # the folder itself, or one that holds it
        result = invoke("rekap", kiriman, "-o", tmp_path / "rekap.xlsx", "--csv", csv_dir)
        assert result.exit_code == 2 and "berisi berkas kiriman" in result.output, result.output
    assert {p.name: p.read_bytes() for p in kiriman.iterdir()} == before
    assert not (tmp_path / "rekap.xlsx").exists()
    fresh = kiriman / "csv"  # a new folder inside the submissions holds none: allowed
    assert invoke("rekap", kiriman, "-o", tmp_path / "rekap.xlsx", "--csv", fresh).exit_code in (0, 1)
    assert any(fresh.glob("*.csv"))


def _workbook_with_sheets(path: Path, names: list[str], filler: int = 0) -> Path:
    sheets = "".join(f'<sheet name="{n}" sheetId="{i + 1}" r:id="rId{i + 1}"/>' for i, n in enumerate(names))
    xml = f'<workbook xmlns:r="r"><sheets>{sheets}</sheets>{" " * filler}</workbook>'
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/workbook.xml", xml)
    return path


def test_a_submission_posing_as_a_recap_is_not_overwritten(kiriman: Path) -> None:
    """A submission whose first sheet is called Ringkasan is still a submission (it has its SKP sheet)."""
    posing = _workbook_with_sheets(kiriman / "citra.xlsx", ["Ringkasan", "SKP", "Temuan"])
    before = posing.read_bytes()
    result = invoke("rekap", kiriman, "-o", posing)
    assert result.exit_code == 2 and "tidak boleh ditimpa" in result.output
    assert posing.read_bytes() == before


@pytest.mark.parametrize("command", ["periksa", "rekap"])
def test_a_submission_outside_the_inputs_is_not_overwritten(kiriman: Path, command: str) -> None:
    """``-o`` naming another workbook of the folder (not one of this run's inputs) leaves it alone."""
    other = kiriman / "budi.xlsx"
    before = other.read_bytes()
    result = invoke(command, kiriman / "ani.xlsx", "-o", other)
    assert result.exit_code == 2 and "tidak boleh ditimpa" in result.output
    assert other.read_bytes() == before


def test_an_earlier_recap_in_the_folder_is_replaced(kiriman: Path) -> None:
    first = invoke("rekap", kiriman, "-o", kiriman / "rekap.xlsx")
    assert first.exit_code in (0, 1), first.output
    again = invoke("rekap", kiriman, "-o", kiriman / "rekap.xlsx")
    assert again.exit_code in (0, 1), again.output
    assert "2 berkas" in again.output


def test_an_inflating_workbook_part_is_not_read_whole(kiriman: Path) -> None:
    """A 'recap' whose workbook part inflates to 200 MB is judged from its first megabyte: refused."""
    bomb = _workbook_with_sheets(kiriman / "besar.xlsx", ["Ringkasan", "Temuan"], filler=200 * 1024 * 1024)
    assert bomb.stat().st_size < 1024 * 1024
    before = bomb.read_bytes()
    result = invoke("rekap", kiriman, "-o", bomb)
    assert result.exit_code == 2 and bomb.read_bytes() == before


# --- full and read-only file systems ----------------------------------------------------------------------

def _no_traceback_exit_2(result) -> None:
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.output and result.exception is None or isinstance(result.exception,
                                                                                           SystemExit)


@pytest.mark.parametrize("command", [
    ["rekap", "{in}", "-o", "{out}/rekap.xlsx"],
    ["rekap", "{in}", "-o", "{out}/sub/rekap.xlsx", "--html", "{out}/rekap.html"],
    ["periksa", "{in}", "--format", "json", "-o", "{out}/laporan.json"],
    ["templat", "--semua", "-o", "{out}/templat"],
])
def test_a_full_disk_is_exit_2_in_indonesian(kiriman: Path, small_mount: Path, command: list[str]) -> None:
    with open(small_mount / "pengisi", "wb", buffering=0) as handle:
        try:
            while True:
                handle.write(b"\0" * 4096)
        except OSError:
            pass
    args = [a.replace("{in}", str(kiriman)).replace("{out}", str(small_mount)) for a in command]
    # the installed command, in its own process: what it prints at exit counts too
    done = subprocess.run([str(SKP), *args], capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 2, done.stderr
    assert "disk penuh" in done.stderr and "Traceback" not in done.stderr and "Exception" not in done.stderr
    leftovers = [p.name for p in small_mount.rglob("*") if p.is_file() and p.name != "pengisi"]
    assert leftovers == []  # nothing half-written left behind


@pytest.mark.parametrize("command", [
    ["rekap", "{in}", "-o", "{out}/rekap.xlsx"],
    ["rekap", "{in}", "-o", "{out}/baru/rekap.xlsx"],
    ["periksa", "{in}", "-o", "{out}/laporan.txt"],
    ["kaskade", "{atasan}", "-o", "{out}/draf"],
])
def test_a_read_only_disk_is_exit_2_in_indonesian(kiriman: Path, small_mount: Path,
                                                  command: list[str]) -> None:
    atasan = write_atasan(kiriman.parent / "atasan.xlsx", Config())  # a superior with a team to cascade
    subprocess.run(["mount", "-o", "remount,ro", str(small_mount)], check=True)
    result = invoke(*[a.replace("{in}", str(kiriman)).replace("{out}", str(small_mount))
                      .replace("{atasan}", str(atasan)) for a in command])
    _no_traceback_exit_2(result)
    assert "tidak dapat" in result.output and "hanya dapat dibaca" in result.output


@pytest.mark.parametrize("command", [["periksa", "{in}", "--format", "json", "-o", "{out}/laporan.json"],
                                     ["rekap", "{in}", "-o", "{out}/rekap.xlsx"]])
def test_a_full_temporary_folder_is_exit_2_in_indonesian(small_mount: Path, tmp_path: Path,
                                                         command: list[str]) -> None:
    """The run keeps its reports, hierarchy entries and batch findings in temporary files (TMPDIR); a full
    disk there stops the command with a sentence naming the folder, not a traceback. 300 submissions: more
    than the few kilobytes a full tmpfs still takes."""
    kiriman = tmp_path / "kiriman"
    kiriman.mkdir()
    for number in range(300):
        shutil.copy(CLEAN, kiriman / f"pegawai_{number:03d}.xlsx")
    filler = small_mount / "pengisi"
    with open(filler, "wb", buffering=0) as handle:
        try:
            while True:
                handle.write(b"\0" * 4096)
        except OSError:
            pass
    os.truncate(filler, filler.stat().st_size - 8192)  # room for the start, not for the run
    args = [a.replace("{in}", str(kiriman)).replace("{out}", str(tmp_path / "hasil")) for a in command]
    environment = {**os.environ, "TMPDIR": str(small_mount), "SQLITE_TMPDIR": str(small_mount)}
    done = subprocess.run([str(SKP), *args], capture_output=True, text=True, timeout=120, check=False,
                          env=environment)
    assert done.returncode == 2, done.stderr
    assert "disk penuh" in done.stderr and str(small_mount) in done.stderr, done.stderr
    assert "Traceback" not in done.stderr and "Exception" not in done.stderr
