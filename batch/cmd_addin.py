"""``skp addin install``: put the "SKP" ribbon add-in where Excel loads it at every start.

Excel opens every workbook in the user's XLSTART folder when it starts, so copying ``skp.xlam`` there is
the whole installation; no administrator rights and no registry edits. Excel runs only on Windows and
macOS, so elsewhere the command says so instead of guessing a folder.
"""

from __future__ import annotations

import os
import sys
from importlib import resources
from pathlib import Path

import click

from batch.i18n import IndonesianGroup
from skp.writing.atomic import atomic_write

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


@addin.command("install")
@click.help_option("-h", "--help", help="Tampilkan bantuan ini lalu keluar.")
@click.option("--folder", type=click.Path(file_okay=False, path_type=Path),
              help="Folder tujuan; bawaan folder XLSTART Excel pengguna ini (Windows atau macOS).")
def install(folder: Path | None) -> None:
    """Memasang add-in skp.xlam ke folder XLSTART Excel agar tab pita "SKP" muncul setiap Excel dibuka.

    Tutup Excel lebih dulu. Setelah dipasang, buka Excel: tab "SKP" muncul dan makro tombolnya sudah ada
    di dalam add-in (tidak ada modul VBA yang perlu diimpor).
    """
    target = folder or xlstart_folder(sys.platform, dict(os.environ), Path.home())
    if target is None:
        raise _CannotInstall(
            "Microsoft Excel hanya tersedia di Windows dan macOS, sehingga add-in tidak dapat dipasang di "
            "sistem ini. Pakai `skp periksa` dan `skp kaskade` dari baris perintah, atau sebutkan folder "
            "tujuan dengan --folder untuk menyalin skp.xlam secara manual.")
    package = resources.files("addin")
    data = package.joinpath(ADDIN_FILE).read_bytes()
    path = target / ADDIN_FILE
    existed = path.exists()
    try:
        target.mkdir(parents=True, exist_ok=True)
        atomic_write(path, lambda handle: handle.write(data))
    except OSError as exc:
        raise _CannotInstall(f"tidak dapat menulis {path} (apakah Excel masih terbuka?): "
                             f"{exc.strerror or exc}") from exc
    click.echo(f"Add-in SKP {'diperbarui' if existed else 'dipasang'} di {path}")
    click.echo('Buka Excel: tab pita "SKP" muncul; makronya sudah ada di dalam add-in.')
    if sys.platform == "win32":
        click.echo(f"Bila Excel memblokir makro berkas unduhan: klik kanan {path} > Properties > Unblock.")
    if sys.platform == "darwin":
        click.echo("Di macOS jalankan juga sekali: `xlwings runpython install`.")
