"""``skp addin install``: put the "SKP" ribbon add-in where Excel loads it at every start.

Excel opens every workbook in the user's XLSTART folder when it starts, so copying ``skp.xlam`` there is
the whole installation; no administrator rights and no registry edits. Excel runs only on Windows and
macOS, so elsewhere the command says so instead of guessing a folder.

The add-in's buttons run Python through xlwings' RunPython, which finds the interpreter through the
user config file of the xlwings module inside the add-in (``INTERPRETER_WIN`` / ``INTERPRETER_MAC``).
That module comes from xlwings' ribbon quickstart, whose project name is ``myaddin``, so the file is
``%USERPROFILE%/.myaddin/myaddin.conf`` (macOS: ``myaddin.conf`` in Excel's container). The command
writes the Python it runs under there, so the button uses the Python that has skp installed. With
``--server URL`` it installs the server variant instead (buttons call ``skp server``; no Python needed
on the PC) and writes
the server's address and token (``SKP_SERVER``, ``AUTH``) into the same file, where xlwings' VBA
``GetConfig`` reads them.
"""

from __future__ import annotations

import os
import sys
from importlib import resources
from pathlib import Path

import click

from batch.extras import missing_extra
from batch.i18n import IndonesianGroup
from skp.writing.atomic import atomic_write

_INTERPRETER_KEYS = {"win32": "INTERPRETER_WIN", "darwin": "INTERPRETER_MAC"}
ADDIN_CONFIG_NAME = "myaddin"  # PROJECT_NAME of the xlwings module in skp.xlam (xlwings' ribbon quickstart)
_MAC_CONTAINER = "Library/Containers/com.microsoft.Excel/Data"

ADDIN_FILE = "skp.xlam"
_MAC_STARTUP = "Library/Group Containers/UBF8T346G9.Office/User Content/Startup/Excel"


class _CannotInstall(click.ClickException):
    """The add-in could not be installed (exit status 2, as for any command that could not run)."""

    exit_code = 2


def xlstart_folder(platform: str, environ: dict[str, str], home: Path) -> Path | None:
    """The user's Excel start-up folder on ``platform`` (``sys.platform`` values); ``None`` without Excel."""
    if platform.startswith("win"):
        appdata = environ.get("APPDATA")
        return Path(appdata) / "Microsoft" / "Excel" / "XLSTART" if appdata else None
    if platform == "darwin":
        return home / _MAC_STARTUP
    return None


@click.group("addin", cls=IndonesianGroup)
@click.help_option("-h", "--help", help="Tampilkan bantuan ini lalu keluar.")
def addin() -> None:
    """Add-in Excel "SKP": tab pita dengan tombol Periksa SKP, Bersihkan Tanda, Buat Matriks Peran
    Hasil, Bagi Target, Buat SKP Bawahan dan Hitung Nilai."""


def user_config_file(platform: str, home: Path) -> Path:
    """The user config file the add-in's xlwings module reads (its ``GetConfigFilePath``)."""
    if platform == "darwin":
        return home / _MAC_CONTAINER / f"{ADDIN_CONFIG_NAME}.conf"
    return home / f".{ADDIN_CONFIG_NAME}" / f"{ADDIN_CONFIG_NAME}.conf"


def updated_config(text: str, settings: dict[str, str]) -> str:
    """xlwings' config file ``text`` (lines ``"KEY","value"``) with ``settings`` set, other lines kept."""
    lines = [line for line in text.splitlines()
             if line.strip() and line.split(",", 1)[0].strip().strip('"').upper() not in settings]
    lines += [f'"{key}","{value}"' for key, value in settings.items()]
    return "".join(f"{line}\n" for line in lines)


def _write_config(path: Path, settings: dict[str, str]) -> None:
    try:
        text = path.read_text(encoding="utf-8") if path.exists() else ""
        path.parent.mkdir(parents=True, exist_ok=True)
        data = updated_config(text, settings).encode("utf-8")
        atomic_write(path, lambda handle: handle.write(data))
    except (OSError, UnicodeDecodeError) as exc:
        raise _CannotInstall(f"konfigurasi xlwings {path} tidak dapat ditulis: {exc}") from exc


def _server_addin(url: str) -> bytes:
    try:
        from addin.build import server_xlam_bytes
    except ImportError as exc:
        raise missing_extra("skp addin install --server", "server", exc) from exc

    try:
        return server_xlam_bytes(url)
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="--server") from exc


@addin.command("install")
@click.help_option("-h", "--help", help="Tampilkan bantuan ini lalu keluar.")
@click.option("--folder", type=click.Path(file_okay=False, path_type=Path),
              help="Folder tujuan; bawaan folder XLSTART Excel pengguna ini (Windows atau macOS).")
@click.option("--server", "server_url", metavar="URL",
              help="Pasang add-in server: tombolnya memanggil `skp server` di alamat ini (PC tanpa Python).")
@click.option("--token", default="", metavar="TEKS", help="Token server SKP (untuk --server).")
@click.option("--konfigurasi", type=click.Path(dir_okay=False, path_type=Path),
              help="Berkas konfigurasi xlwings yang ditulisi; bawaan milik pengguna ini "
                   "(%USERPROFILE%\\.myaddin\\myaddin.conf).")
def install(folder: Path | None, server_url: str | None, token: str, konfigurasi: Path | None) -> None:
    """Memasang add-in skp.xlam ke folder XLSTART Excel agar tab pita "SKP" muncul setiap Excel dibuka.

    Tutup Excel lebih dulu. Setelah dipasang, buka Excel: tab "SKP" muncul dan makro tombolnya sudah ada
    di dalam add-in (tidak ada modul VBA yang perlu diimpor). Lokasi Python ini dicatat di konfigurasi
    xlwings agar tombol menemukan Python. Dengan --server, tombol memanggil server SKP instansi dan PC
    ini tidak memerlukan Python.
    """
    target = folder or xlstart_folder(sys.platform, dict(os.environ), Path.home())
    if target is None:
        raise _CannotInstall(
            "Microsoft Excel hanya tersedia di Windows dan macOS, sehingga add-in tidak dapat dipasang di "
            "sistem ini. Pakai `skp periksa` dan `skp kaskade` dari baris perintah, atau sebutkan folder "
            "tujuan dengan --folder untuk menyalin skp.xlam secara manual.")
    if server_url:
        data = _server_addin(server_url)
    else:
        try:  # the buttons run this Python through xlwings: without it the tab would only show errors
            data = resources.files("addin").joinpath(ADDIN_FILE).read_bytes()
        except ImportError as exc:
            raise missing_extra("skp addin install", "addin", exc) from exc
    path = target / ADDIN_FILE
    existed = path.exists()
    try:
        target.mkdir(parents=True, exist_ok=True)
        atomic_write(path, lambda handle: handle.write(data))
    except OSError as exc:
        raise _CannotInstall(f"tidak dapat menulis {path} (apakah Excel masih terbuka?): "
                             f"{exc.strerror or exc}") from exc
    click.echo(f"Add-in SKP {'diperbarui' if existed else 'dipasang'} di {path}")
    config_file = konfigurasi or user_config_file(sys.platform, Path.home())
    if server_url:
        _write_config(config_file, {"SKP_SERVER": server_url.rstrip("/"), "AUTH": token})
        click.echo(f"Alamat server {server_url} dan token dicatat di {config_file}")
    elif (key := _INTERPRETER_KEYS.get(sys.platform)) is not None:
        _write_config(config_file, {key: sys.executable})
        click.echo(f"Python {sys.executable} dicatat di {config_file} ({key})")
    click.echo('Buka Excel: tab pita "SKP" muncul; makronya sudah ada di dalam add-in.')
    if sys.platform == "win32":
        click.echo(f"Bila Excel memblokir makro berkas unduhan: klik kanan {path} > Properties > Unblock.")
    if sys.platform == "darwin":
        click.echo("Di macOS jalankan juga sekali: `xlwings runpython install`.")
