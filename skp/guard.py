"""Never judge what could not be read: findings about content the reader did not understand are dropped.

The reader records the labels it could not place (``document.unplaced``, reported once as
``judul-tidak-dikenali``) and the template placeholders it read as empty (``document.placeholders``,
reported once as ``templat-belum-diisi``). A check that does not know this would turn one unknown label
into an error in every row below it. So the pipeline applies one guard to every check's findings, and a new
check cannot forget it: a finding goes when its code depends on an unplaced column
(``pembacaan.temuan_menurut_kolom``), when its cell lies under an unplaced header, or when its cell held a
placeholder. It lives above both the reader and the checks, which know nothing of each other.
"""

from __future__ import annotations

from typing import Any

from xlsxwriter.utility import xl_cell_to_rowcol

from skp.config import Config
from skp.findings import Finding
from skp.reading.rules import reading_rules


def readable_findings(findings: list[Finding], document: Any, config: Config) -> list[Finding]:
    """``findings`` less those about content the reader could not read (:func:`judged`)."""
    if not getattr(document, "unplaced", None) and not getattr(document, "placeholders", None):
        return findings
    by_code = reading_rules(config).temuan_menurut_kolom
    return [f for f in findings if judged(f, document, by_code)]


def judged(finding: Finding, document: Any, by_code: dict[str, list[str]]) -> bool:
    """Whether ``finding`` may be reported on ``document`` (see the module docstring)."""
    if finding.code == "judul-tidak-dikenali":
        return True
    if finding.cell is not None and finding.sheet == document.sheet and finding.cell in document.placeholders:
        return False  # a template placeholder read as empty: templat-belum-diisi says it once
    columns = by_code.get(finding.code, ())
    for label in document.unplaced:
        if label.key in columns:
            return False
        in_sheet = finding.sheet == label.sheet and finding.cell
        if in_sheet and _under(finding.cell, label.header_row, label.columns):  # type: ignore[arg-type]
            return False
    return True


def _under(cell: str, header_row: int, columns: tuple[int, int]) -> bool:
    """Whether A1 ``cell`` lies below ``header_row`` (0-based) within ``columns`` (0-based)."""
    row, column = xl_cell_to_rowcol(cell)
    return columns[0] <= column <= columns[1] and row > header_row
