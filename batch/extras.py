"""A command that needs an optional extra says which one and how to install it, instead of a traceback.

``pip install -e .`` (the README's first command) installs the core only. ``skp server``, ``skp addin
install``, ``skp templat --server`` and ``--dask`` need the ``server``, ``addin`` and ``skala`` extras of
pyproject.toml; without them the import fails deep inside the command. skp is not on PyPI, so the advice
is the install from the source folder, never ``pip install skp[...]`` (which would ask PyPI for a package
of that name).
"""

from __future__ import annotations

import click


class MissingExtra(click.ClickException):
    """An optional extra is not installed: the command itself could not run (SPEC §8 exit status 2)."""

    exit_code = 2


def missing_extra(what: str, extra: str, exc: ImportError) -> MissingExtra:
    """The error for ``what`` (e.g. ``skp server``) failing to import a module of the ``extra`` extra."""
    module = f" ({exc.name} belum terpasang)" if exc.name else ""
    return MissingExtra(f"{what} memerlukan paket tambahan [{extra}]{module}. Pasang dari folder sumber skp: "
                        f'python -m pip install ".[{extra}]"')
