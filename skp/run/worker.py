"""Examining one workbook: the per-file entry point every runner calls (the local pool, Dask workers).

:func:`examine` takes a path (or the file's bytes, when they were read elsewhere) and the run's
configuration and returns a compact :class:`~skp.run.result.FileResult` (report plus hierarchy entry),
never the document. Any unexpected exception for one file becomes a ``berkas-rusak`` finding for that
file only; a :class:`~skp.errors.ConfigurationError` (a broken mapping or rules file) still stops the run,
because every other file would fail the same way. A file that crashes the process itself is the runner's
business (:mod:`skp.run.isolation`).
"""

from __future__ import annotations

from pathlib import Path

from skp.checks.penilaian import score_as_read
from skp.config import Config
from skp.errors import ConfigurationError, WorkbookRejected
from skp.findings import FileReport, Finding
from skp.hierarchy.entry import entry_from
from skp.models import SkpDocument
from skp.native import active_build, in_plain_python
from skp.periksa import check_grid
from skp.reading.load import parse_submission
from skp.reading.safety import read_submission, reading_limits
from skp.reading.session import ReadingSession, new_session
from skp.run.cache import ResultCache
from skp.run.result import FileResult
from skp.scoring import DocumentScore


def crashed(display: str, reason: str) -> FileResult:
    """The result for a file whose examination broke down: unreadable, with the reason."""
    return refused(display, "berkas-rusak", reason)


def refused(display: str, code: str, reason: str) -> FileResult:
    """The result for a file refused before it was read (by whoever read its bytes: the client of a
    cluster run), with the code and reason :class:`~skp.errors.WorkbookRejected` gave."""
    return FileResult(report=_unreadable(display, code, reason))


def _unreadable(display: str, code: str, reason: str) -> FileReport:
    return FileReport(path=display, findings=[Finding.make(code, rincian=reason)])


def checked(
    path: Path, display: str, config: Config, data: bytes | None = None, light: bool = False,
    session: ReadingSession | None = None,
) -> tuple[FileReport, SkpDocument | None]:
    """Read (unless ``data`` is given), load, read and check one workbook; never raises for a bad file.

    ``light`` selects the light safety scan, for a process whose crash costs this file only; ``session``
    is the worker's :class:`~skp.reading.session.ReadingSession` (a fresh one when None).
    """
    try:
        if data is None:
            data = read_submission(path, reading_limits(config))
        grid = parse_submission(data, config, light, session.memo["zip parts"] if session else None)
    except WorkbookRejected as rejected:
        return _unreadable(display, rejected.code, rejected.detail), None
    return check_grid(grid, display, config, session)


def _scored(document: SkpDocument, config: Config) -> tuple[float | None, str | None]:
    """Nilai SKP and predikat when the Penilaian sheet is filled in (scored as the checks read it,
    :func:`~skp.checks.penilaian.score_as_read`); otherwise nothing to recap."""
    if document.penilaian is None or not document.penilaian.rows:
        return None, None
    score = score_as_read(document, config)
    return score.nilai_skp, score.predikat


def _examine_uncached(
    path: Path, display: str, config: Config, data: bytes | None, light: bool, session: ReadingSession | None
) -> tuple[FileResult, bool]:
    """The result and whether it may be cached (a crash may be a bug fixed tomorrow: never cached)."""
    try:
        report, document = checked(path, display, config, data, light, session)
        if document is None:
            return FileResult(report=report), True
        nilai, predikat = _scored(document, config)
        return FileResult(report=report, entry=entry_from(report, document, nilai, predikat)), True
    except ConfigurationError:
        raise
    except Exception as exc:  # one bad file must never stop a batch of thousands
        if active_build() is not None:  # the compiled reader stopped: the plain-Python one settles the file
            try:
                return in_plain_python(_examine_uncached, path, display, config, data, light, None)
            except Exception:  # noqa: BLE001 - the plain reader failing too is the crash reported below
                pass
        return crashed(display, f"pemeriksaan terhenti: {type(exc).__name__}"), False


def examine(
    path: Path, display: str, config: Config, cache: ResultCache | None = None,
    data: bytes | None = None, light: bool = False, session: ReadingSession | None = None,
) -> FileResult:
    """The result for one file, from ``cache`` when its content and the settings are unchanged.

    ``data``: the file's bytes as :func:`~skp.reading.safety.read_submission` read them elsewhere (a
    worker that cannot see the storage); ``path`` then only names the file. ``light`` and ``session``:
    see :func:`checked`.
    """
    if cache is None:
        return _examine_uncached(path, display, config, data, light, session)[0]
    try:
        if data is None:  # read before the cache opens it: no FIFO, no device
            data = read_submission(path, reading_limits(config))
        key = cache.key_of(data)
    except (WorkbookRejected, OSError):  # unreadable: let the reader say why
        return _examine_uncached(path, display, config, data, light, session)[0]
    hit = cache.get(key)
    if hit is not None:
        return hit.at(display)
    result, cacheable = _examine_uncached(path, display, config, data, light, session)
    if cacheable:
        cache.put(key, result)
    return result


def score(
    path: Path, display: str, config: Config, light: bool = False, session: ReadingSession | None = None
) -> tuple[FileReport, DocumentScore | None]:
    """``skp nilai``'s answer for one file: its report and, when it could be read, its scores."""
    report, document = checked(path, display, config, light=light, session=session)
    return report, None if document is None else score_as_read(document, config)


class WorkerSetup:
    """What every worker process starts with: the run's settings and cache, sent once, and the worker's
    own :class:`~skp.reading.session.ReadingSession`, made in the worker on first use and never sent (it is
    the run's memory of the layouts it has read, owned by the worker loop, gone with it)."""

    def __init__(self, config: Config, cache: ResultCache | None = None) -> None:
        self.config, self.cache = config, cache
        self._session: ReadingSession | None = None

    def __getstate__(self) -> tuple[Config, ResultCache | None]:
        return self.config, self.cache

    def __setstate__(self, state: tuple[Config, ResultCache | None]) -> None:
        self.config, self.cache = state
        self._session = None

    @property
    def session(self) -> ReadingSession:
        if self._session is None:
            self._session = new_session(self.config)
        return self._session
