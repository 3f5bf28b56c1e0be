"""``skp templat``: write the official blank SKP forms as workbooks (a thin shell over the builder)."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import click

from batch.extras import missing_extra
from batch.output import CannotWrite, KeluaranOption, ensure_folder, ensure_parent, reason
from skp.config import default_config
from skp.models import FORM_IDS
from skp.sinks import terminal_text
from skp.writing.atomic import atomic_write, save_workbook
from skp.writing.builder import build_workbook

if TYPE_CHECKING:
    from openpyxl import Workbook


class _TemplatCommand(click.Command):
    """Appends the list of forms to the help, read from the mappings so it never goes stale."""

    def format_epilog(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        forms = default_config().mappings.forms
        with formatter.section("Formulir yang tersedia"):
            formatter.write_dl([(form_id, forms[form_id].uraian) for form_id in FORM_IDS])


@click.command("templat", cls=_TemplatCommand)
@click.help_option("-h", "--help", help="Tampilkan bantuan ini lalu keluar.")
@click.argument("formulir", required=False, type=click.Choice(FORM_IDS))
@click.option("--semua", is_flag=True, help="Tulis keenam formulir ke folder -o, satu berkas per formulir.")
@click.option(
    "-o", "--keluaran", "--output", "output", cls=KeluaranOption, type=click.Path(path_type=Path),
    help="Berkas tujuan (bawaan FORMULIR.xlsx; folder yang ada: FORMULIR.xlsx di dalamnya), "
         "atau folder tujuan untuk --semua (dibuat bila belum ada).",
)
@click.option("--server", "server_url", metavar="URL",
              help="Tulis templat bermakro (.xlsm) yang tombol Periksa SKP dan Kirim SKP-nya memanggil "
                   "`skp server` di alamat ini; PC pegawai tidak memerlukan Python.")
@click.option("--token", default="", metavar="TEKS",
              help="Token server (SKP_TOKEN) yang diisikan ke sheet xlwings.conf templat server.")
@click.option("--timpa", is_flag=True, help="Timpa berkas yang sudah ada (tanpa opsi ini tidak ditimpa).")
def templat(
    formulir: str | None, semua: bool, output: Path | None, server_url: str | None, token: str, timpa: bool,
) -> None:
    """Membuat templat formulir SKP resmi (Permen PANRB 8/2021) sebagai berkas Excel.

    Berkas yang sudah ada tidak ditimpa kecuali dengan --timpa: bisa jadi itu SKP yang sudah diisi.

    Contoh: `skp templat ja-dasar -o ja-dasar.xlsx`, `skp templat --semua -o templat/`, atau
    `skp templat --semua --server https://skp.bkpsdm.go.id -o templat-server/`.
    """
    if semua and formulir is not None:
        raise click.UsageError(f"Sebutkan satu formulir ({formulir}) atau pakai --semua, tidak keduanya.")
    if not semua and formulir is None:
        raise click.UsageError(f"Sebutkan formulirnya ({', '.join(FORM_IDS)}), atau pakai --semua untuk "
                               "keenamnya. Contoh: skp templat ja-dasar -o ja-dasar.xlsx")
    config = default_config()
    suffix = ".xlsm" if server_url else ".xlsx"
    write = _server_writer(server_url, token) if server_url else save_workbook
    if semua:
        folder = output or Path(".")
        ensure_folder(folder)
        targets = [(form_id, folder / f"{form_id}{suffix}") for form_id in FORM_IDS]
    else:
        name = f"{formulir}{suffix}"
        target = output / name if output is not None and output.is_dir() else output or Path(name)
        ensure_parent(target)
        targets = [(str(formulir), target)]
    existing = [str(path) for _, path in targets if path.exists() or path.is_symlink()]
    if existing and not timpa:
        raise CannotWrite(f"berkas sudah ada dan tidak ditimpa: {terminal_text(', '.join(existing))}. "
                          "Pakai --timpa untuk menimpanya, atau pilih -o lain.")
    for form_id, path in targets:
        try:
            write(build_workbook(form_id, config), path)
        except OSError as exc:
            raise CannotWrite(f"tidak dapat menulis {terminal_text(path)}: {reason(exc)}") from exc
        click.echo(f"Templat {form_id} ditulis ke {terminal_text(path)}")


def _server_writer(url: str, token: str) -> Callable[[Workbook, Path], None]:
    """A writer of server templates for ``url``; needs the ``skp[server]`` extra (xlwings, oletools)."""
    try:
        from addin.build import checked_url, server_xlsm_bytes
    except ImportError as exc:
        raise missing_extra("skp templat --server", "server", exc) from exc
    try:
        checked_url(url)
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="--server") from exc

    def write(workbook: Workbook, path: Path) -> None:
        buffer = io.BytesIO()
        workbook.save(buffer)
        data = server_xlsm_bytes(buffer.getvalue(), url, token)
        atomic_write(path, lambda handle: handle.write(data))

    return write
