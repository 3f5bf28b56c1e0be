"""Click's own strings in Bahasa Indonesia.

The users of ``skp`` read Indonesian only, but click prints its headings and errors ("Usage:", "Missing
argument", "Path 'x' does not exist.") through ``gettext`` with no Indonesian catalogue anywhere. Click's
modules bind ``_`` and ``ngettext`` at import (``from gettext import gettext as _``), so :func:`install`
rebinds those two names in each click module to a lookup in :data:`MESSAGES`; strings not listed fall
through unchanged. Compiling a ``.mo`` catalogue would need a build step and a global ``textdomain`` that
would also translate other libraries, for no gain over this one table.
"""

from __future__ import annotations

import importlib
from typing import Any

import click

OPTIONS_METAVAR = "[OPSI]"
SUBCOMMAND_METAVAR = "PERINTAH [ARGUMEN]..."

MESSAGES: dict[str, str] = {
    # help pages
    "Usage:": "Penggunaan:",
    "Options": "Opsi",
    "Commands": "Perintah",
    "Positional arguments": "Argumen",  # click ≥ 8.5
    "Show this message and exit.": "Tampilkan bantuan ini lalu keluar.",
    "Show the version and exit.": "Tampilkan versi lalu keluar.",
    "%(prog)s, version %(version)s": "%(prog)s, versi %(version)s",
    "default: {default}": "bawaan: {default}",
    "env var: {var}": "variabel lingkungan: {var}",
    "required": "wajib",
    "(dynamic)": "(dinamis)",
    "deprecated": "usang",
    # errors
    "Error: {message}": "Galat: {message}",
    "Try '{command} {option}' for help.": "Coba '{command} {option}' untuk melihat bantuan.",
    "No such option {name!r}.": "Opsi {name!r} tidak dikenal.",
    "No such command {name!r}.": "Perintah {name!r} tidak dikenal.",
    "Missing command.": "Perintah belum diberikan.",
    "Missing argument": "Argumen wajib belum diisi:",  # click appends the name: "…: 'ATASAN'."
    "Missing option": "Opsi wajib belum diisi:",
    "Missing parameter": "Parameter wajib belum diisi:",
    "Missing parameter: {param_name}": "Parameter belum diberikan: {param_name}",
    "Missing {param_type}": "{param_type} belum diberikan",
    "Invalid value for {param_hint}: {message}": "Nilai tidak sah untuk {param_hint}: {message}",
    "Invalid value: {message}": "Nilai tidak sah: {message}",
    "Could not open file {filename!r}: {message}": "Berkas {filename!r} tidak dapat dibuka: {message}",
    "Option {name!r} does not take a value.": "Opsi {name!r} tidak menerima nilai.",
    "Argument {name!r} takes {nargs} values.": "Argumen {name!r} memerlukan {nargs} nilai.",
    "Aborted!": "Dibatalkan!",
    "unknown error": "galat tidak dikenal",
    "Choose from:\n\t{choices}": "Pilih salah satu:\n\t{choices}",
    "{value!r} is not a valid {number_type}.": "{value!r} bukan {number_type} yang sah.",
    "{value!r} is not a valid boolean. Recognized values: {states}":
        "{value!r} bukan nilai ya/tidak yang sah. Nilai yang dikenali: {states}",
    "{value} is not in the range {range}.": "{value} tidak berada dalam rentang {range}.",
    "{value!r} is not a valid UUID.": "{value!r} bukan UUID yang sah.",
    "Value must be an iterable.": "Nilai harus berupa kumpulan.",
    # prompts and progress
    "Do you want to continue?": "Lanjutkan?",
    "Confirm the action without prompting.": "Setujui tindakan tanpa ditanya.",
    "Repeat for confirmation": "Ulangi untuk konfirmasi",
    "Error: The two entered values do not match.": "Galat: kedua isian tidak sama.",
    "Error: invalid input": "Galat: isian tidak sah",
    "Press any key to continue...": "Tekan tombol apa saja untuk melanjutkan...",
    "d": "h",
    # click.Path: the type's name is title-cased into the messages below
    "file": "berkas",
    "directory": "folder",
    "path": "berkas/folder",
    "{name} {filename!r} does not exist.": "{name} {filename!r} tidak ditemukan.",
    "{name} {filename!r} is a file.": "{name} {filename!r} adalah berkas, bukan folder.",
    "{name} {filename!r} is a directory.": "{name} {filename!r} adalah folder, bukan berkas.",
    "{name} {filename!r} is not readable.": "{name} {filename!r} tidak dapat dibaca.",
    "{name} {filename!r} is not writable.": "{name} {filename!r} tidak dapat ditulisi.",
    "{name} {filename!r} is not executable.": "{name} {filename!r} tidak dapat dijalankan.",
}

PLURALS: dict[tuple[str, str], tuple[str, str]] = {
    ("Got unexpected extra argument ({args})", "Got unexpected extra arguments ({args})"):
        ("Ada argumen berlebih yang tidak dikenal ({args})",) * 2,
    ("Option {name!r} requires an argument.", "Option {name!r} requires {nargs} arguments."):
        ("Opsi {name!r} memerlukan nilai.", "Opsi {name!r} memerlukan {nargs} nilai."),
    ("Did you mean {possibility}?", "(Did you mean one of: {possibilities}?)"):
        ("Mungkin maksud Anda {possibility}?", "(Mungkin maksud Anda salah satu dari: {possibilities}?)"),
    ("{value!r} is not {choice}.", "{value!r} is not one of {choices}."):
        ("{value!r} bukan {choice}.", "{value!r} bukan salah satu dari {choices}."),
    ("Takes {nargs} values but 1 was given.", "Takes {nargs} values but {len} were given."):
        ("Memerlukan {nargs} nilai tetapi diberi 1.", "Memerlukan {nargs} nilai tetapi diberi {len}."),
    ("{value!r} does not match the format {format}.", "{value!r} does not match the formats {formats}."):
        ("{value!r} tidak sesuai format {format}.", "{value!r} tidak sesuai format {formats}."),
    ("{len_type} values are required, but {len_value} was given.",
     "{len_type} values are required, but {len_value} were given."):
        ("Diperlukan {len_type} nilai, tetapi diberi {len_value}.",) * 2,
}

# Texts click shows only to a programmer who declared a command wrongly, or from features skp does not
# use (deprecation, shell completion, editor, colours): left in English on purpose.
UNTRANSLATED = frozenset({
    "Could not determine name for option with declarations {decls!r}",
    "No options defined but a name was passed ({name}). Did you mean to declare an argument instead? "
    "Did you mean to pass '--{name}'?",
    "Arguments take exactly one parameter declaration, got {length}: {decls}.",
    "Name '{name}' defined twice",
    "Boolean option {decl!r} cannot use the same flag for true/false.",
    "Invalid start character for option ({option})",
    "DeprecationWarning: The command {name!r} is deprecated.{extra_message}",
    "DeprecationWarning: The {param_type} {name!r} is deprecated.{extra_message}",
    "Couldn't detect Bash version, shell completion is not supported.",
    "Shell completion is not supported for Bash versions older than 4.4.",
    "{editor}: Editing failed", "{editor}: Editing failed: {e}",
    "Unknown color {colour!r}", "Unknown standard stream '{name}'", "Choice({choices})",
})

CLICK_MODULES = ("core", "decorators", "exceptions", "formatting", "parser", "shell_completion", "termui",
                  "types", "utils", "_termui_impl")


def gettext(message: str) -> str:
    return MESSAGES.get(message, message)


def ngettext(singular: str, plural: str, n: int) -> str:
    one, many = PLURALS.get((singular, plural), (singular, plural))
    return one if n == 1 else many


def install() -> None:
    """Point click's ``_`` and ``ngettext`` at the Indonesian table. Idempotent; call before building
    commands, because some texts (option help, ``click.Path`` names) are translated when created."""
    for name in CLICK_MODULES:
        module = importlib.import_module(f"click.{name}")
        if hasattr(module, "_"):
            module._ = gettext  # type: ignore[attr-defined]
        if hasattr(module, "ngettext"):
            module.ngettext = ngettext  # type: ignore[attr-defined]


class IndonesianGroup(click.Group):
    """A group whose usage lines, and its subcommands', name their parts in Indonesian.

    Click writes ``[OPTIONS]`` and ``COMMAND [ARGS]...`` as plain attributes, not through gettext.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("options_metavar", OPTIONS_METAVAR)
        kwargs.setdefault("subcommand_metavar", SUBCOMMAND_METAVAR)
        super().__init__(*args, **kwargs)

    def add_command(self, cmd: click.Command, name: str | None = None) -> None:
        if cmd.options_metavar == "[OPTIONS]":
            cmd.options_metavar = OPTIONS_METAVAR
        super().add_command(cmd, name)
