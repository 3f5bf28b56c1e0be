"""``python -m skp``: the ``skp`` command where its script is not on PATH.

Windows' Python installer leaves its Scripts folder off PATH unless the box is ticked, so ``skp`` is
"not recognised" while ``py -m skp`` works. This module is the core package's only door to the command
line and stays outside the core: ``import skp`` never runs it, and it imports the click front end
(:mod:`batch.cli`) only when Python runs it as a program.
"""

from __future__ import annotations


def main() -> None:
    from batch.cli import main as command

    command(prog_name="skp")


if __name__ == "__main__":
    main()
