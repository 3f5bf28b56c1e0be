"""A results cache keyed by what was examined and how, so a re-run re-reads only changed workbooks.

The key is the SHA-256 of the file's bytes together with the skp version and a hash of the rules and
mappings in force: renaming or moving a file keeps its entry, editing it or changing an [interpretation]
setting does not. Batch checks are not cached (they depend on all files) and always re-run. Entries are
JSON, written atomically, so a run killed half-way never leaves a corrupt entry behind, and a corrupt or
foreign entry is simply a miss.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from pathlib import Path

from pydantic import ValidationError

from skp import __version__
from skp.config import Config
from skp.run.result import FileResult


def settings_hash(config: Config) -> str:
    """Fingerprint of everything besides the file that shapes a result: version, rules, mappings."""
    digest = hashlib.sha256(__version__.encode())
    digest.update(json.dumps(config.rules, sort_keys=True, default=str).encode())
    digest.update(config.mappings.model_dump_json().encode())
    return digest.hexdigest()


class ResultCache:
    """Per-file results under ``root``; picklable, so each worker process reads and writes it directly."""

    def __init__(self, root: Path, config: Config) -> None:
        self.root = Path(root)
        self.salt = settings_hash(config)

    def key_of(self, path: Path) -> str:
        digest = hashlib.sha256(self.salt.encode())
        with open(path, "rb") as handle:
            digest.update(hashlib.file_digest(handle, "sha256").digest())
        return digest.hexdigest()

    def _file(self, key: str) -> Path:
        return self.root / key[:2] / f"{key}.json"

    def get(self, key: str) -> FileResult | None:
        """The stored result, marked ``from_cache``; None when absent, unreadable or not ours."""
        try:
            result = FileResult.model_validate_json(self._file(key).read_bytes())
        except (OSError, ValidationError):
            return None
        result.from_cache = True
        return result

    def put(self, key: str, result: FileResult) -> None:
        target = self._file(key)
        target.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=target.parent, suffix=".tmp")
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(result.model_dump_json().encode())
            os.replace(temporary, target)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
