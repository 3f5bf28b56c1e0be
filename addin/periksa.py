"""The **Periksa SKP** button: the same checks as ``skp periksa``, shown inside the workbook.

The workbook open in Excel is turned into the reader's grid and checked by
:func:`skp.periksa.check_grid`, the function behind ``skp periksa``, so the button and the command line
cannot disagree. The result goes to a sheet "Hasil Periksa" (a summary on top, then one row per finding
with a link to its cell), the offending cells are coloured by severity (see :mod:`addin.tanda`), and a
message box tells the user where they stand.
"""

from __future__ import annotations

import contextlib
from collections import Counter
from collections.abc import Callable

import xlwings as xw

from addin.grid import HASIL_SHEET, HASIL_TITLE, book_grid, hasil_names, is_hasil_sheet
from addin.tanda import FILLS, clear_marks, find_sheet, replace_marks
from skp.config import Config, default_config
from skp.findings import FileReport, Finding, Severity
from skp.models import SkpDocument
from skp.periksa import check_grid, sort_findings
from skp.sinks import live_cell_text

SIAP = "SKP siap ditetapkan"
_LABELS = {Severity.ERROR: "Error", Severity.PERINGATAN: "Peringatan", Severity.INFO: "Info"}
_WIDTHS = {"A": 5, "B": 28, "C": 12, "D": 90, "E": 22}


def summary_text(report: FileReport, sheet: str = HASIL_SHEET) -> str:
    """One line for the message box and the top of Hasil Periksa (the result sheet called ``sheet``)."""
    counts = Counter(f.severity for f in report.findings)
    parts = ", ".join(f"{counts[s]} {_LABELS[s].lower()}" for s in _LABELS if counts[s])
    if report.valid:
        return f"{SIAP} ({parts} untuk dicermati penilai)." if parts else f"{SIAP}."
    return f"SKP belum dapat ditetapkan: {parts}. Lihat sheet '{sheet}'."


def _link(finding: Finding) -> str | None:
    if not finding.sheet:
        return None
    if not finding.cell:
        return live_cell_text(finding.sheet)
    sheet = finding.sheet.replace('"', '""')
    target = sheet.replace("'", "''")
    return f'=HYPERLINK("#\'{target}\'!{finding.cell}","{sheet}!{finding.cell}")'


def hasil_rows(report: FileReport, sheet: str = HASIL_SHEET) -> list[list[object]]:
    """The cell values of Hasil Periksa: title, summary, counts, then NO | KODE | TINGKAT | PESAN | SEL."""
    counts = Counter(f.severity for f in report.findings)
    rows: list[list[object]] = [
        [HASIL_TITLE, None, None, None, None],
        ["Berkas", live_cell_text(report.path), None, None, None],
        ["Kesimpulan", summary_text(report, sheet), None, None, None],
    ]
    rows += [[_LABELS[s], counts[s], None, None, None] for s in _LABELS]
    rows += [
        [None] * 5,
        ["NO", "KODE", "TINGKAT", "PESAN", "SEL"],
    ]
    rows += [
        [i, f.code, f.severity.value, live_cell_text(f.message), _link(f)]
        for i, f in enumerate(report.findings, start=1)
    ]
    return rows


def _hasil_sheet(book: xw.Book) -> xw.Sheet:
    """The result sheet of an earlier run, cleared, or a new one under the first name the agency's own
    sheets leave free (a sheet of theirs called "Hasil Periksa" is never cleared)."""
    for name in hasil_names():
        sheet = find_sheet(book, name)
        if sheet is None:
            return book.sheets.add(name=name, after=book.sheets[len(book.sheets) - 1])
        if is_hasil_sheet(sheet):
            sheet.clear()
            return sheet
    raise RuntimeError("no free name for the Hasil Periksa sheet")  # nine sheets of the agency's so named


def _write_hasil(book: xw.Book, report: FileReport) -> xw.Sheet:
    sheet = _hasil_sheet(book)
    rows = hasil_rows(report, sheet.name)
    sheet.range("A1").value = rows
    sheet.range("A1").font.bold = True
    header = len(rows) - len(report.findings)  # the NO | KODE | … row, 1-based
    sheet.range((header, 1), (header, 5)).font.bold = True
    for i, finding in enumerate(report.findings, start=header + 1):
        sheet.range((i, 3)).color = FILLS[finding.severity]
    for column, width in _WIDTHS.items():
        sheet.range(f"{column}1").column_width = width
    return sheet


def _alert(book: xw.Book, text: str) -> None:
    with contextlib.suppress(NotImplementedError, AttributeError):  # no message box: the sheet says it all
        book.app.alert(text, title="Periksa SKP")


ExtraChecks = Callable[[FileReport, SkpDocument], list[Finding]]


def periksa_skp(book: xw.Book, config: Config | None = None, extra: ExtraChecks | None = None) -> FileReport:
    """Check the workbook, write Hasil Periksa, colour the offending cells, tell the user; the report.

    ``extra`` adds findings that need more than this workbook (``skp server`` runs the batch checks
    against the superior's SKP stored on the server); they are reported like the workbook's own.
    """
    grid = book_grid(book)
    report, document = check_grid(grid, book.fullname, config or default_config())
    if extra is not None and document is not None:
        findings = [*report.findings, *extra(report, document)]
        ordered = sort_findings(findings, [s.name for s in grid.sheets])
        report = report.model_copy(update={"findings": ordered})
    replace_marks(book, report.findings)
    sheet = _write_hasil(book, report)
    sheet.activate()
    _alert(book, summary_text(report, sheet.name))
    return report


def bersihkan_tanda(book: xw.Book) -> int:
    """Remove the colours and the Hasil Periksa sheet; the user's own content is not touched."""
    restored = clear_marks(book)
    for sheet in [s for s in book.sheets if is_hasil_sheet(s)]:
        sheet.delete()
    return restored
