"""The ``skp`` command. Each subcommand lives in its own module and is a thin shell over the core.

Subcommand modules are imported only when their command runs (or when help lists them): ``skp periksa``
then never loads openpyxl's writer, pandas or xlwings, which the other commands need, and a single
workbook is checked in well under a second including start-up.
"""

from __future__ import annotations

import importlib

import click

from batch.i18n import IndonesianGroup
from skp import __version__

SUBCOMMANDS = {  # name -> "module:attribute", in the order help lists them
    "templat": "batch.cmd_templat:templat",
    "periksa": "batch.cmd_periksa:periksa",
    "kaskade": "batch.cmd_kaskade:kaskade",
    "nilai": "batch.cmd_nilai:nilai",
    "rekap": "batch.cmd_rekap:rekap",
    "addin": "batch.cmd_addin:addin",
    "server": "batch.cmd_server:server",
    "percepat": "batch.cmd_percepat:percepat",
}


class LazyGroup(IndonesianGroup):
    """Click's documented lazy-loading group: a subcommand's module is imported on first use."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return list(SUBCOMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in self.commands and cmd_name in SUBCOMMANDS:
            module, attribute = SUBCOMMANDS[cmd_name].split(":")
            self.add_command(getattr(importlib.import_module(module), attribute), cmd_name)
        return self.commands.get(cmd_name)


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="skp", message="%(prog)s %(version)s")
def main() -> None:
    """skp — pemeriksa Sasaran Kinerja Pegawai (SKP) format Permen PANRB 8/2021.

    Membuat templat formulir resmi, memeriksa SKP yang dikirim pegawai (satu berkas atau ribuan),
    memeriksa keselarasan atasan–bawahan, menghitung nilai dan predikat, serta menyusun rekap unit.
    """
