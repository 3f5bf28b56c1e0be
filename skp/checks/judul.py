"""Labels the reader could not place (SPEC §7 ``judul-tidak-dikenali``, STYLE 14).

A header or identity label standing where the form has a column or field, that the reader could not
recognise even as a near-word, is reported once, with the nearest official label; the checks leave its
content alone (see :func:`skp.guard.judged`), so one unknown label never becomes an error in
every row below it.
"""

from __future__ import annotations

from collections.abc import Iterator

from skp.checks.registry import document_check
from skp.config import Config
from skp.findings import Finding
from skp.models import SkpDocument


@document_check("judul-tidak-dikenali")
def unplaced_labels(document: SkpDocument, config: Config) -> Iterator[Finding]:
    """One finding per label the reader left unplaced."""
    for label in document.unplaced:
        yield Finding.make("judul-tidak-dikenali", label.sheet, label.cell, judul=label.written,
                           terdekat=label.nearest)
