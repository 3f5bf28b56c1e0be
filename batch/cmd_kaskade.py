"""``skp kaskade``: the Matriks Peran Hasil and the members' draft SKPs from a superior's SKP.

The command-line twin of the add-in's two cascading buttons, for HR staff who prepare a whole unit's
drafts without opening Excel. A thin shell over :mod:`skp.cascade`: the superior's workbook is read by
the same pipeline as ``skp periksa`` and is never modified.
"""

from __future__ import annotations

from pathlib import Path

import click

from batch.output import KeluaranOption, ensure_folder, reason
from skp.cascade.cautions import cautions
from skp.cascade.matriks import lay_out_matriks
from skp.cascade.output import cascade
from skp.config import Config
from skp.errors import ConfigurationError
from skp.periksa import check_path
from skp.sinks import terminal_text


class _CannotRun(click.ClickException):
    """The command itself could not run (SPEC §8 exit status 2)."""

    exit_code = 2


@click.command("kaskade")
@click.help_option("-h", "--help", help="Tampilkan bantuan ini lalu keluar.")
@click.argument("atasan", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("-o", "--keluaran", "--output", "folder", cls=KeluaranOption, required=True, metavar="FOLDER",
              type=click.Path(file_okay=False, path_type=Path),
              help="Folder tujuan matriks dan SKP anggota (dibuat bila belum ada).")
@click.option("--aturan", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Berkas aturan instansi (YAML) yang menggantikan aturan bawaan.")
def kaskade(atasan: Path, folder: Path, aturan: Path | None) -> None:
    """Menyusun Matriks Pembagian Peran dan Hasil serta draf SKP setiap anggota tim dari SKP atasan.

    ATASAN adalah SKP koordinator/atasan yang sheet Matriks Peran Hasil-nya sudah memuat daftar anggota
    tim (nama, NIP, jabatan). Kolom matriks mengikuti RK Kinerja Utama atasan; target kuantitatif dibagi
    rata (pembagian beban target) bila selnya masih kosong. Setiap anggota mendapat satu berkas SKP dengan
    atasan sebagai pejabat penilai dan RK atasan yang diintervensi pada kolom 2. Berkas ATASAN tidak
    diubah, dan berkas yang sudah ada tidak ditimpa (nama baru diberi nomor).

    Contoh: `skp kaskade "SKP Budi.xlsx" -o draf-tim/`
    """
    try:
        config = Config.from_file(aturan)
    except ConfigurationError as exc:
        raise _CannotRun(terminal_text(exc)) from exc
    report, document = check_path(atasan, config)
    shown = terminal_text(atasan, single_line=True)
    if document is None:
        messages = "; ".join(f.message for f in report.findings)
        messages = terminal_text(messages, single_line=True)
        raise _CannotRun(f"{shown} tidak dapat dibaca sebagai SKP: {messages}")
    if document.matriks is None or not document.matriks.anggota:
        raise _CannotRun(f"{shown}: isi dulu daftar anggota tim (nama, NIP, jabatan) pada sheet Matriks "
                         "Peran Hasil.")
    if not document.rk("utama"):
        raise _CannotRun(f"{shown}: SKP atasan belum memuat RK Kinerja Utama untuk diturunkan.")
    ensure_folder(folder)
    try:
        written = cascade(document, folder, config)
    except OSError as exc:
        raise _CannotRun(f"tidak dapat menulis ke {terminal_text(folder)}: {reason(exc)}") from exc
    for caution in cautions(report, document, lay_out_matriks(document, config), config):
        click.echo(terminal_text(f"Peringatan: {caution.message}", single_line=True), err=True)
    for item in written:
        what = "Matriks" if item.draft is None else f"SKP {item.draft.anggota.nama or '-'}"
        note = " (nama berkas diberi nomor karena sudah ada)" if item.renamed else ""
        click.echo(terminal_text(f"{what}: {item.path}{note}", single_line=True))
    click.echo(f"{len(written) - 1} draf SKP anggota ditulis ke {terminal_text(folder, single_line=True)}.")
