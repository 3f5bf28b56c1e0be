"""``skp server`` and ``python -m skp`` as an agency runs them: a real process on 127.0.0.1."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from click.testing import CliRunner
from server_vba import vba_payload, written

from batch.cli import main
from batch.cmd_server import is_loopback

DATA = Path(__file__).parent / "data"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_refuses_to_start_without_token(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SKP_TOKEN", raising=False)
    result = CliRunner().invoke(main, ["server", "--kiriman", str(tmp_path / "k")])
    assert result.exit_code == 2
    assert "SKP_TOKEN belum diisi" in result.output
    assert not (tmp_path / "k").exists()


def test_tanpa_token_only_on_loopback(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SKP_TOKEN", raising=False)
    result = CliRunner().invoke(main, ["server", "--kiriman", str(tmp_path), "--tanpa-token",
                                       "--host", "0.0.0.0"])
    assert result.exit_code == 2
    assert "--tanpa-token hanya boleh pada alamat loopback" in result.output


@pytest.mark.parametrize(("host", "loopback"), [
    ("127.0.0.1", True), ("127.1.2.3", True), ("::1", True), ("localhost", True),
    ("0.0.0.0", False), ("192.168.1.10", False), ("::", False), ("skp.bkpsdm.go.id", False),
])
def test_is_loopback(host: str, loopback: bool) -> None:
    assert is_loopback(host) is loopback


def test_help_is_indonesian() -> None:
    result = CliRunner().invoke(main, ["server", "--help"])
    assert result.exit_code == 0
    assert "Menjalankan server SKP" in result.output and "--kiriman" in result.output


def _wait_healthy(url: str, process: subprocess.Popen) -> dict:
    deadline = time.monotonic() + 60
    while True:
        try:
            with urllib.request.urlopen(f"{url}/kesehatan", timeout=5) as response:
                return json.loads(response.read())
        except (urllib.error.URLError, ConnectionError):
            if process.poll() is not None or time.monotonic() > deadline:
                raise
            time.sleep(0.2)


@pytest.mark.slow
def test_python_m_skp_server_serves_and_logs_no_names(tmp_path: Path) -> None:
    """``python -m skp server`` with SKP_TOKEN answers /kesehatan and /kirim; its log holds NIP and status."""
    port = _free_port()
    env = {**os.environ, "SKP_TOKEN": "rahasia"}
    process = subprocess.Popen(
        [sys.executable, "-m", "skp", "server", "--kiriman", str(tmp_path / "kiriman"), "--port", str(port)],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )
    try:
        url = f"http://127.0.0.1:{port}"
        assert _wait_healthy(url, process) == {"status": "sehat", "versi": "0.1.0"}
        payload = vba_payload(DATA / "clean_ja-dasar.xlsx")
        request = urllib.request.Request(f"{url}/kirim", data=json.dumps(payload).encode(), method="POST",
                                         headers={"Authorization": "rahasia"})
        with urllib.request.urlopen(request, timeout=60) as response:
            assert response.status == 200
    finally:
        process.terminate()
        output, _ = process.communicate(timeout=30)
    assert "kirim nip=198609262015052001 status=lulus versi=1" in output
    nama = payload["sheets"][0]["values"]
    names = {v for row in nama for v in row if isinstance(v, str) and len(v) > 3 and not v.isdigit()}
    assert not [n for n in names if n in output]
    assert "127.0.0.1:" + str(port) in output  # the start-up line; no access log lines with client addresses
    assert "POST /kirim" not in output
    assert "Tekan Ctrl+C untuk berhenti." in output and "Uvicorn running" not in output  # no English lines


def test_python_m_skp_runs_the_installed_command(tmp_path: Path) -> None:
    """``python -m skp`` where the ``skp`` script is not on PATH (Windows' installer leaves it off)."""
    done = subprocess.run([sys.executable, "-m", "skp", "--version"], capture_output=True, text=True,
                          timeout=60, cwd=tmp_path, env={**os.environ, "PATH": os.defpath})
    assert (done.returncode, done.stdout) == (0, "skp 0.1.0\n")


def _post(url: str, payload: dict) -> tuple[int, dict]:
    request = urllib.request.Request(url, data=json.dumps(payload).encode(), method="POST",
                                     headers={"Authorization": "rahasia"})
    with urllib.request.urlopen(request, timeout=60) as response:
        return response.status, json.loads(response.read())


@pytest.mark.slow
def test_server_started_as_documented_checks_without_a_licence_key_in_its_environment(tmp_path: Path) -> None:
    """docs/server.md starts the server with SKP_TOKEN only. xlwings registers its remote engine only when
    a licence key is set at its first import, and ``skp server`` imports the add-in (hence xlwings) before
    the server's book module sets the key: every button answered HTTP 500 (LicenseError). Periksa SKP and
    Hitung Nilai both answer now."""
    port = _free_port()
    env = {k: v for k, v in os.environ.items() if k != "XLWINGS_LICENSE_KEY"} | {"SKP_TOKEN": "rahasia"}
    process = subprocess.Popen(
        [sys.executable, "-m", "skp", "server", "--kiriman", str(tmp_path / "kiriman"), "--port", str(port)],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )
    try:
        url = f"http://127.0.0.1:{port}"
        _wait_healthy(url, process)
        status, answer = _post(f"{url}/periksa", vba_payload(DATA / "clean_ja-dasar.xlsx"))
        penilaian = DATA / "penilaian_tulis" / "penilaian_tulis_label_total_digabung.xlsx"
        computed = _post(f"{url}/nilai", vba_payload(penilaian))
    finally:
        process.terminate()
        output, _ = process.communicate(timeout=30)
    assert status == 200, output
    assert [a["args"][0] for a in answer["actions"] if a["func"] == "alert"] == ["SKP siap ditetapkan."]
    assert computed[0] == 200 and written(computed[1]["actions"])["M19"] == 96.31
    assert "LicenseError" not in output


def test_a_port_in_use_is_said_before_starting(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Not uvicorn's English bind error with exit status 3 after a line claiming the server runs."""
    import uvicorn

    def must_not_start(*args: object, **kwargs: object) -> None:
        raise AssertionError("uvicorn started on a port in use")

    monkeypatch.setattr(uvicorn, "run", must_not_start)
    monkeypatch.setenv("SKP_TOKEN", "rahasia")
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        result = CliRunner().invoke(main, ["server", "--kiriman", str(tmp_path / "k"), "--port", str(port)])
    assert result.exit_code == 2, result.output
    assert f"server tidak dijalankan: port {port} di 127.0.0.1 sudah dipakai program lain" in result.output
    assert "Server SKP dengan token" not in result.output and not (tmp_path / "k").exists()
