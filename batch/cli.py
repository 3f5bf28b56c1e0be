"""The ``skp`` command. Each subcommand lives in its own module and is a thin shell over the core."""

from __future__ import annotations

import click

from batch.i18n import IndonesianGroup
from skp import __version__


@click.group(cls=IndonesianGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="skp", message="%(prog)s %(version)s")
def main() -> None:
    """skp — pemeriksa Sasaran Kinerja Pegawai (SKP) format Permen PANRB 8/2021.

    Membuat templat formulir resmi, memeriksa SKP yang dikirim pegawai (satu berkas atau ribuan),
    memeriksa keselarasan atasan–bawahan, menghitung nilai dan predikat, serta menyusun rekap unit.
    """


# Subcommands register themselves below, one line each.
from batch.cmd_templat import templat  # noqa: E402

main.add_command(templat)
from batch.cmd_periksa import periksa  # noqa: E402

main.add_command(periksa)
from batch.cmd_kaskade import kaskade  # noqa: E402

main.add_command(kaskade)
from batch.cmd_nilai import nilai  # noqa: E402

main.add_command(nilai)
from batch.cmd_rekap import rekap  # noqa: E402

main.add_command(rekap)
from batch.cmd_addin import addin  # noqa: E402

main.add_command(addin)
