"""What tells two installations of skp apart: the version number and a hash of the code itself.

``__version__`` has stayed 0.1.0 while the reader and the checks changed from day to day, so a number
alone lets a Dask worker running another checkout, or a results cache written by an older skp, pass for
this one and report some files differently.
"""

from __future__ import annotations

import hashlib
from functools import cache
from pathlib import Path

import skp


@cache  # the installed code, not submitted data: the same for the whole life of the process
def code_fingerprint() -> str:
    """SHA-256 of this installation's skp code: every module and shipped data file of the package (not the
    mappings and the templates, which a run's configuration carries)."""
    root = Path(skp.__file__).parent
    digest = hashlib.sha256()
    for path in sorted(root.rglob("*")):
        relative = path.relative_to(root)
        if path.suffix not in (".py", ".yaml") or relative.parts[0] in ("mappings", "templates"):
            continue
        digest.update(relative.as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()
