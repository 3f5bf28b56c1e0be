"""``skp percepat``: compile the reader with mypyc for large batches (a thin shell over :mod:`skp.native`)."""

from __future__ import annotations

import click

from skp.native import NativeBuildError, active_build, build, build_folder, remove


class _CannotBuild(click.ClickException):
    """The build could not be made: the command itself could not run (SPEC §8 exit status 2)."""

    exit_code = 2


@click.command("percepat")
@click.option("--status", "status_only", is_flag=True, help="Hanya menampilkan apakah percepatan aktif.")
@click.option("--hapus", is_flag=True,
              help="Menghapus hasil kompilasi; skp kembali berjalan sebagai Python biasa.")
def percepat(status_only: bool, hapus: bool) -> None:
    """Mempercepat pemeriksaan ribuan berkas: pembaca SKP dikompilasi ke kode mesin dengan mypyc.

    Cukup sekali per pemasangan (sekitar dua menit; perlu paket tambahan [percepatan] dan kompiler C).
    Hasilnya disimpan di folder cache pengguna dan dipakai otomatis oleh setiap perintah skp selama kode
    skp tidak berubah; sesudah skp diperbarui, jalankan lagi. Hasil pemeriksaan sama persis dengan tanpa
    percepatan. SKP_PERCEPATAN=0 mematikannya sementara.

    Contoh: `skp percepat`, lalu `skp periksa kiriman/`.
    """
    if hapus:
        said = "Hasil kompilasi dihapus" if remove() else "Belum ada hasil kompilasi"
        click.echo(f"{said}: skp berjalan sebagai Python biasa.")
        return
    if status_only:
        folder = active_build()
        click.echo(f"Percepatan aktif: {folder}" if folder is not None else
                   "Percepatan tidak aktif: belum dikompilasi untuk kode skp ini (jalankan `skp percepat`), "
                   "atau dimatikan dengan SKP_PERCEPATAN=0.")
        return
    if active_build() is not None:
        click.echo(f"Percepatan sudah aktif untuk kode skp ini: {build_folder()}")
        return
    try:
        folder = build(lambda line: click.echo(line, err=True))
    except NativeBuildError as exc:
        raise _CannotBuild(f"percepatan tidak dapat dibuat: {exc}") from exc
    click.echo(f"Selesai. Percepatan aktif: {folder}")
