"""One exception family for the core.

Exceptions are reserved for the two situations where examining cannot go on: a workbook that cannot
be examined at all (translated into a file-scope finding at the edge, so a batch continues) and a broken
mapping or rules file (our bug or the agency's configuration error, which must stop the run loudly).
"""

from __future__ import annotations


class SkpError(Exception):
    """Base class of every error the core raises on purpose."""


class WorkbookRejected(SkpError):
    """The workbook cannot be examined; carries the file-scope finding code that explains why.

    ``code`` is one of ``berkas-rusak``, ``berkas-terenkripsi``, ``berkas-terlalu-besar``, ``bukan-skp``;
    ``detail`` is a short Indonesian phrase that fills the message template's ``{rincian}``.
    """

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(f"{code}: {detail}")
        self.code = code
        self.detail = detail


class ConfigurationError(SkpError):
    """A mapping or rules file is invalid. Never caught per file: the whole run must stop."""
