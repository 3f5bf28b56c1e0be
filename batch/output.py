"""Where a command's output files go: the folder is made when missing, every failure is Indonesian.

Every command that writes (``periksa -o``, ``rekap -o/--html/--csv``, ``kaskade -o``, ``templat -o``)
prepares its destination here, so ``-o laporan/baru/hasil.csv`` behaves the same everywhere: the missing
folders are created, and a folder that cannot be created (a file in the way, no permission, a read-only
or full disk) ends the command with exit status 2 and a sentence saying which folder and why.
"""

from __future__ import annotations

import errno
from pathlib import Path

import click

from skp.sinks import terminal_text


class CannotWrite(click.ClickException):
    """An output cannot be written: the command itself could not run (SPEC §8 exit status 2)."""

    exit_code = 2


_REASONS = {
    errno.ENOSPC: "disk penuh", errno.EDQUOT: "kuota disk habis", errno.EROFS: "disk hanya dapat dibaca",
    errno.EACCES: "tidak ada izin menulis", errno.EPERM: "tidak ada izin menulis",
    errno.ENOTDIR: "bagian jalurnya bukan folder", errno.EEXIST: "sudah ada berkas dengan nama itu",
    errno.EISDIR: "jalur itu adalah folder", errno.ENOENT: "folder tidak ditemukan",
    errno.ENAMETOOLONG: "nama terlalu panjang",
}


def reason(exc: OSError) -> str:
    """Why the operating system refused, in Indonesian for the usual cases (else its own words)."""
    return _REASONS.get(exc.errno or 0) or exc.strerror or str(exc)


def ensure_folder(folder: Path) -> None:
    """Create ``folder`` and its parents when missing."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise CannotWrite(f"folder {terminal_text(folder)} tidak dapat dibuat: {reason(exc)}") from exc
    if not folder.is_dir():
        raise CannotWrite(f"{terminal_text(folder)} bukan folder")


def ensure_parent(path: Path) -> None:
    """Create the folder ``path`` will be written into."""
    ensure_folder(path.parent if str(path.parent) else Path("."))


class KeluaranOption(click.Option):
    """``-o/--keluaran`` as in ``skp periksa`` and ``skp rekap``; the older English ``--output`` still works
    but is left out of ``--help``, so every command shows the same Indonesian name."""

    def get_help_record(self, ctx: click.Context) -> tuple[str, str] | None:
        opts = self.opts
        self.opts = [o for o in opts if o != "--output"]
        try:
            return super().get_help_record(ctx)
        finally:
            self.opts = opts

    def get_error_hint(self, ctx: click.Context | None) -> str:
        return " / ".join(f"'{o}'" for o in self.opts if o != "--output")
