"""Bytecode for skp's own packages, as an installation has it, before a benchmark times ``skp``.

``pip install`` writes the ``.pyc`` of every module it installs, and an editable install writes them on
the first run; the naive baseline's libraries (pandas, openpyxl) have theirs from their installation. A
machine with ``PYTHONDONTWRITEBYTECODE`` set (this one, some CI images) never writes skp's, so every timed
``skp`` process would compile its ~150 modules from source first (± 80 ms of start-up measured here, and
again in every worker started by spawn): a cost no user's second run pays. Compiling them once here, with
the interpreter that will run them (another checkout's, for a side-by-side run), times what users get.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

_COMPILE = (
    "import compileall, os, batch, skp\n"
    "for package in (skp, batch):\n"
    "    compileall.compile_dir(os.path.dirname(package.__file__), quiet=1)\n"
)


def compile_installed(python: str = sys.executable, tree: Path | None = None) -> None:
    """Write the bytecode of the ``skp`` and ``batch`` packages ``python`` imports (kept while their
    sources are unchanged; an edited module is compiled again in memory, as without it); with ``tree``,
    those of that source tree (another revision's, imported through ``PYTHONPATH``)."""
    if tree is None:
        subprocess.run([python, "-c", _COMPILE], check=True)
        return
    env = dict(os.environ, PYTHONPATH=str(tree))
    subprocess.run([python, "-c", _COMPILE], check=True, env=env, cwd=tree)
