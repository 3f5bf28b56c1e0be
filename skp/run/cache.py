"""A results cache keyed by what was examined and how, so a re-run re-reads only changed workbooks.

An entry is found by the SHA-256 of the file's bytes and a hash of everything else that shapes a result
(the skp version and code, the rules and mappings in force): renaming or moving a file keeps its entry;
editing it, upgrading skp or changing an [interpretation] setting does not. Batch checks are not cached
(they depend on all files) and always re-run.

An entry decides a verdict without the file being read again, so nothing in the cache folder is trusted
on its word. Each entry is a header line — format, skp version, rules hash, the examined file's content
hash, and the SHA-256 of the result that follows — then the result itself. On reading, every header field
must equal what this run expects and the result must hash to the header's checksum and validate;
anything else (edited by hand, truncated, written by another version, moved to another file's name, a
directory, FIFO, device or link in the entry's place, an entry too large to be ours) is ignored, counted
and rewritten with a fresh result, never trusted and never a crash. The checksum catches damage and
mistakes, not a forger who recomputes it: whoever can write the cache folder can decide verdicts, so it
must not be writable by anyone who should not (docs/kumpulan.md says so).

A cache that cannot be written (read-only, full disk) never stops a run: :meth:`ResultCache.problem`
lets the command warn and run without it, and a write that fails mid-run is counted and skipped.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import stat
import tempfile
import weakref
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from skp import __version__
from skp.config import Config
from skp.fingerprint import code_fingerprint
from skp.run.result import FileResult

FORMAT = 3  # raised whenever a cached result's shape changes (3: hierarchy entries carry Matriks peran)
MAX_ENTRY_BYTES = 64 * 1024 * 1024  # a report of a 2-million-cell workbook stays far below this
_OPEN_FLAGS = (os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOFOLLOW", 0)
               | getattr(os, "O_BINARY", 0))
_REJECTED, _UNWRITTEN = "ditolak", "tidak-tertulis"


def settings_hash(config: Config) -> str:
    """Fingerprint of everything besides the file that shapes a result: version and code (an upgrade keeps
    the version number), rules, mappings."""
    digest = hashlib.sha256(__version__.encode())
    digest.update(code_fingerprint().encode())
    digest.update(json.dumps(config.rules, sort_keys=True, default=str).encode())
    digest.update(config.mappings.model_dump_json().encode())
    return digest.hexdigest()


@dataclass(frozen=True)
class CacheStats:
    """What a run did with the cache besides hits: entries refused as not ours, results not stored."""

    rejected: int = 0
    unwritten: int = 0


class ResultCache:
    """Per-file results under ``root``; picklable, so each worker process reads and writes it directly.

    The counts of refused entries and failed writes are kept as appended bytes in a private temporary
    folder of the process that made the cache, so they add up across worker processes of any kind.
    """

    def __init__(self, root: Path, config: Config) -> None:
        self.root = Path(root)
        self.salt = settings_hash(config)
        self._tally = tempfile.mkdtemp(prefix="skp-cache-")
        self._cleanup = weakref.finalize(self, shutil.rmtree, self._tally, True)

    def __getstate__(self) -> dict[str, Any]:
        return {"root": self.root, "salt": self.salt, "_tally": self._tally}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state)

    def problem(self) -> str | None:
        """Why the cache folder cannot be used (in Indonesian), or None when an entry can be written."""
        try:
            self.root.mkdir(parents=True, exist_ok=True)
            handle, probe = tempfile.mkstemp(dir=self.root, prefix=".uji-", suffix=".tmp")
            try:
                os.write(handle, b"skp")  # an empty file takes no block: a full disk would pass unnoticed
            finally:
                os.close(handle)
                os.unlink(probe)
        except OSError as exc:
            return f"folder cache {self.root} tidak dapat ditulisi ({exc.strerror or exc})"
        return None

    def stats(self) -> CacheStats:
        def count(name: str) -> int:
            try:
                return os.path.getsize(os.path.join(self._tally, name))
            except OSError:
                return 0

        return CacheStats(rejected=count(_REJECTED), unwritten=count(_UNWRITTEN))

    def _count(self, name: str) -> None:
        try:
            flags = os.O_WRONLY | os.O_APPEND | os.O_CREAT
            handle = os.open(os.path.join(self._tally, name), flags, 0o600)
            try:
                os.write(handle, b".")
            finally:
                os.close(handle)
        except OSError:
            pass

    def key_of(self, content: bytes) -> str:
        """``<content hash>-<settings hash>`` of a file's bytes (those the reader gets, read once): the
        entry's name, and what its header must repeat."""
        return f"{hashlib.sha256(content).hexdigest()}-{self.salt[:32]}"

    def _file(self, key: str) -> Path:
        return self.root / key[:2] / f"{key}.json"

    def _header(self, key: str, payload: bytes) -> dict[str, Any]:
        return {"format": FORMAT, "skp": __version__, "aturan": self.salt, "berkas": key.split("-")[0],
                "isi": hashlib.sha256(payload).hexdigest()}

    def _read(self, file: Path) -> bytes | None:
        """The entry's bytes; None when there is none. Raises ValueError for anything not a plain,
        reasonably sized file (a FIFO would block a plain ``open``, a device would never end)."""
        try:
            handle = os.open(file, _OPEN_FLAGS)
        except FileNotFoundError:
            return None
        except OSError as exc:  # a directory, a symbolic link (O_NOFOLLOW), no permission
            raise ValueError("bukan berkas biasa") from exc
        try:
            status = os.fstat(handle)
            if not stat.S_ISREG(status.st_mode) or status.st_size > MAX_ENTRY_BYTES:
                raise ValueError("bukan berkas entri")
            chunks, size = [], 0
            while chunk := os.read(handle, status.st_size + 1 - size or 1):
                chunks.append(chunk)
                size += len(chunk)
                if size > MAX_ENTRY_BYTES:
                    raise ValueError("entri terlalu besar")
            return b"".join(chunks)
        finally:
            os.close(handle)

    def _verified(self, key: str, data: bytes) -> FileResult:
        header_line, newline, payload = data.partition(b"\n")
        if not newline or json.loads(header_line) != self._header(key, payload):
            raise ValueError("kepala entri tidak cocok")
        return FileResult.model_validate_json(payload)

    def get(self, key: str) -> FileResult | None:
        """The stored result, marked ``from_cache``; None when absent or not verifiably this run's."""
        file = self._file(key)
        try:
            data = self._read(file)
            if data is None:
                return None
            result = self._verified(key, data)
        except Exception:  # noqa: BLE001 (untrusted input: whatever is wrong with it, it is a miss)
            self._count(_REJECTED)
            return None
        result.from_cache = True
        return result

    def put(self, key: str, result: FileResult) -> None:
        """Store ``result`` atomically, replacing whatever is in the entry's place; a failure (read-only
        or full disk) is counted, never raised: the run goes on without caching this file."""
        payload = result.model_dump_json().encode()
        data = json.dumps(self._header(key, payload)).encode() + b"\n" + payload
        target = self._file(key)
        temporary = None
        try:
            _make_room(target)
            handle, temporary = tempfile.mkstemp(dir=target.parent, suffix=".tmp")
            with os.fdopen(handle, "wb") as out:
                out.write(data)
            os.replace(temporary, target)
            temporary = None
        except OSError:
            self._count(_UNWRITTEN)
        finally:
            if temporary is not None:
                Path(temporary).unlink(missing_ok=True)


def _make_room(target: Path) -> None:
    """Clear what stands where the entry and its folder go: a file in the folder's place, a directory
    in the entry's place (``os.replace`` cannot replace either)."""
    folder = target.parent
    if folder.is_symlink() or (folder.exists() and not folder.is_dir()):
        folder.unlink()
    folder.mkdir(parents=True, exist_ok=True)
    if target.is_dir() and not target.is_symlink():
        shutil.rmtree(target)
