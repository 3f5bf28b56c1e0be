"""``python -m skp``: the ``skp`` command where its script is not on PATH.

Windows' Python installer leaves its Scripts folder off PATH unless the box is ticked, so ``skp`` is
"not recognised" while ``py -m skp`` works. The core never imports a front end, and this module does not
either: it runs the installed ``skp`` console script, whatever ``[project.scripts]`` names for it
(today :func:`batch.cli.main`), found through the package metadata. ``import skp`` never runs it.
"""

from __future__ import annotations

from importlib.metadata import entry_points


def main() -> None:
    (script,) = entry_points(group="console_scripts", name="skp")
    script.load()(prog_name="skp")


if __name__ == "__main__":
    main()
