"""``skp server``: the add-in's buttons for staff PCs without Python (a thin shell over :mod:`server`)."""

from __future__ import annotations

import errno
import ipaddress
import logging
import os
import socket
from pathlib import Path

import click

from batch.extras import missing_extra
from batch.progress import load_config

TOKEN_ENV = "SKP_TOKEN"


class _CannotStart(click.ClickException):
    """The server cannot start: the command itself could not run (SPEC §8 exit status 2)."""

    exit_code = 2


def _port_problem(host: str, port: int) -> str | None:
    """Why uvicorn could not listen on ``host:port`` (said before it starts, in Indonesian), or ``None``.

    Uvicorn itself logs an English bind error and exits with status 3 after the start-up line has already
    claimed the server runs."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    try:
        with socket.socket(family, socket.SOCK_STREAM) as probe:
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as uvicorn does
            probe.bind((host, port))
    except socket.gaierror:
        return f"alamat {host} tidak dikenal"
    except OSError as exc:
        if exc.errno == errno.EADDRINUSE:
            return (f"port {port} di {host} sudah dipakai program lain (mungkin server SKP yang masih "
                    "berjalan); hentikan program itu atau pilih --port lain")
        if exc.errno == errno.EACCES:
            return f"port {port} memerlukan hak administrator; pakai port 1024 ke atas (mis. 8000)"
        if exc.errno == errno.EADDRNOTAVAIL:
            return f"{host} bukan alamat mesin ini; pakai 127.0.0.1 di belakang reverse proxy"
        return f"tidak dapat mendengarkan {host}:{port}: {exc.strerror or exc}"
    return None


def is_loopback(host: str) -> bool:
    """Whether ``host`` reaches this machine only (127.0.0.0/8, ::1 or localhost)."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


@click.command("server")
@click.help_option("-h", "--help", help="Tampilkan bantuan ini lalu keluar.")
@click.option("--kiriman", required=True, type=click.Path(file_okay=False, path_type=Path),
              help="Folder tempat SKP yang dikirim pegawai disimpan (dibuat bila belum ada).")
@click.option("--host", default="127.0.0.1", show_default=True, metavar="ALAMAT",
              help="Alamat yang didengarkan; di belakang reverse proxy cukup 127.0.0.1.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(1, 65535), metavar="PORT",
              help="Port yang didengarkan.")
@click.option("--tanpa-token", is_flag=True,
              help=f"Jalan tanpa token {TOKEN_ENV} (hanya untuk uji coba pada 127.0.0.1).")
@click.option("--batas-mb", default=20, show_default=True, type=click.IntRange(1, 500), metavar="MB",
              help="Ukuran kiriman terbesar yang diterima, dalam MB.")
@click.option("--aturan", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Berkas aturan (aturan.yaml) pengganti aturan bawaan.")
def server(kiriman: Path, host: str, port: int, tanpa_token: bool, batas_mb: int,
           aturan: Path | None) -> None:
    """Menjalankan server SKP: tombol Periksa SKP dan Kirim SKP bekerja di PC pegawai tanpa Python.

    Token bersama dibaca dari variabel lingkungan SKP_TOKEN dan harus sama dengan isian AUTH pada sheet
    xlwings.conf templat server. Contoh: `SKP_TOKEN=rahasia skp server --kiriman /srv/skp/kiriman`.
    Lihat docs/server.md.
    """
    token = os.environ.get(TOKEN_ENV) or None
    if token is None and not tanpa_token:
        raise _CannotStart(f"variabel lingkungan {TOKEN_ENV} belum diisi; server tidak dijalankan "
                           "tanpa token.")
    if token is None and not is_loopback(host):
        raise _CannotStart(f"--tanpa-token hanya boleh pada alamat loopback (127.0.0.1), bukan {host}.")
    try:  # before anything is made: a missing extra or a busy port leaves no empty kiriman folder behind
        import uvicorn

        from server.app import Settings, create_app
    except ImportError as exc:
        raise missing_extra("skp server", "server", exc) from exc
    if (problem := _port_problem(host, port)) is not None:
        raise _CannotStart(f"server tidak dijalankan: {problem}.")
    try:
        kiriman.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise _CannotStart(f"folder {kiriman} tidak dapat dibuat: {exc.strerror or exc}") from exc

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
    settings = Settings(kiriman.resolve(), token, load_config(aturan), batas_mb * 1024 * 1024)
    click.echo(f"Server SKP {'dengan' if token else 'TANPA'} token di http://{host}:{port}, "
               f"kiriman ke {kiriman}. Tekan Ctrl+C untuk berhenti.")
    # uvicorn's own start/stop lines are English ("Uvicorn running on … (Press CTRL+C to quit)"): the
    # line above says it; its warnings and errors still show, and so does skp's log of each button
    uvicorn.run(create_app(settings), host=host, port=port, access_log=False, log_level="warning")
