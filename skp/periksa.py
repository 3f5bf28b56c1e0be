"""The single-workbook pipeline: load, read, check, report. One code path for the CLI, the batch runner
and the Excel add-in, so they can never disagree about a workbook.

A workbook that cannot be examined (unreadable, encrypted, too big, not an SKP) becomes one file-scope
finding and never an exception; only a broken mapping or rules file (:class:`ConfigurationError`)
propagates, because then every report would be wrong.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import skp.checks  # noqa: F401  (registers the document checks)
from skp.checks.registry import declare_reading_codes, run_document_checks
from skp.config import Config
from skp.empty_marks import says_something
from skp.errors import WorkbookRejected
from skp.findings import FileReport, Finding
from skp.guard import readable_findings
from skp.models import Identity, SkpDocument
from skp.nip import normalize_nip
from skp.reading.grid import WorkbookGrid
from skp.reading.hidden import without_unseen
from skp.reading.load import load_grid
from skp.reading.reader import read_document
from skp.reading.rules import reading_rules
from skp.reading.session import ReadingSession
from skp.reading.unfilled import never_filled
from skp.reading.unvalued import blank_cells

# Codes the reading pipeline itself emits: file safety (skp.reading.safety/load) and form recognition.
# Declared here, at the top of the core, so the reading layer never imports the check registry above it.
declare_reading_codes("berkas", "berkas-rusak", "berkas-terenkripsi", "berkas-terlalu-besar")
declare_reading_codes("pembacaan", "bukan-skp", "format-lain", "templat-belum-diisi")


def _nip(identity: Identity) -> str | None:
    """The NIP for the report: its 18 digits, else as written (a malformed NIP is shown to be fixed), and
    None for a cell that says nothing: a political penilai (a Bupati) has no NIP and the form says ``-``
    (SPEC §3.1), which no reader of the contract (SPEC §8: ``"…" | null``) may take for a number."""
    digits = normalize_nip(identity.nip)
    if digits is not None:
        return digits
    return identity.nip if says_something(identity.nip) else None


@lru_cache(maxsize=4096)
def _cell_key(cell: str | None) -> tuple[int, int]:
    """``"F14"`` → (14, 6); file-scope findings (no cell) sort first.

    Remembered: findings sit on the forms' fixed cells, so a batch sorts the same few hundred over and over.
    """
    if not cell:
        return (0, 0)
    letters = "".join(ch for ch in cell if ch.isalpha())
    digits = "".join(ch for ch in cell if ch.isdigit())
    column = 0
    for ch in letters.upper():
        column = column * 26 + ord(ch) - 64
    return (int(digits or 0), column)


def sort_findings(findings: list[Finding], sheet_order: list[str]) -> list[Finding]:
    """Stable order for reports: sheet as in the workbook, then row, column and code."""
    order = {name: i for i, name in enumerate(sheet_order)}

    def key(f: Finding) -> tuple[int, int, int, str]:
        sheet = -1 if f.sheet is None else order.get(f.sheet, len(order))
        return (sheet, *_cell_key(f.cell), f.code)

    return sorted(findings, key=key)


def _rejected(path: str, rejected: WorkbookRejected) -> FileReport:
    return FileReport(path=path, findings=[Finding.make(rejected.code, rincian=rejected.detail)])


def _placeholders(document: SkpDocument) -> list[Finding]:
    """One finding for the template placeholders left in the kop (read as empty fields)."""
    if not document.placeholders:
        return []
    cells = [cell for cell in document.placeholders if cell]
    shown = ", ".join(cells[:6]) + (f" dan {len(cells) - 6} sel lain" if len(cells) > 6 else "")
    example = next(iter(document.placeholders.values()))
    rincian = f"teks pengisi seperti '{example[:20]}' di sheet '{document.sheet}' sel {shown}"
    return [Finding.make("templat-belum-diisi", rincian=rincian)]


def _judgeable(findings: list[Finding], grid: WorkbookGrid) -> list[Finding]:
    """``findings`` less those naming a cell whose formula has no stored result: what it shows in Excel
    cannot be told from the file (:mod:`skp.reading.unvalued`)."""
    if grid.unvalued_formulas is None or not findings:
        return findings
    wanted = blank_cells(((f.sheet, f.cell) for f in findings), grid)
    if not wanted:
        return findings
    unvalued = grid.unvalued_formulas(wanted)
    return [f for f in findings if (f.sheet, f.cell) not in unvalued] if unvalued else findings


def _seen(grid: WorkbookGrid, findings: list[Finding], document: SkpDocument, config: Config
          ) -> WorkbookGrid | None:
    """``grid`` without the cells the reviewer cannot see on the sheets ``findings`` name (and the plan's),
    or None when none of those hides a value (:mod:`skp.reading.hidden`). Asked only of a workbook with
    findings: a hidden cell that changes nothing reported is not worth inflating a sheet for."""
    if grid.hidden_lines is None or not findings:
        return None
    rules = reading_rules(config)
    choices = (rules.baris_tersembunyi, rules.kolom_tersembunyi, rules.baris_tersaring, rules.teks_putih)
    if all(choice == "baca" for choice in choices):
        return None
    names = {f.sheet for f in findings if f.sheet} | ({document.sheet} if document.sheet else set())
    unseen = grid.hidden_lines(names)
    if not unseen:
        return None
    return without_unseen(grid, unseen, read_filtered=rules.baris_tersaring == "baca",
                          read_hidden_rows=rules.baris_tersembunyi == "baca",
                          read_hidden_cols=rules.kolom_tersembunyi == "baca",
                          read_white=rules.teks_putih == "baca")


def check_grid(
    grid: WorkbookGrid, path: str, config: Config, session: ReadingSession | None = None
) -> tuple[FileReport, SkpDocument | None]:
    """Read and check a workbook already loaded as a grid (the add-in's entry point). ``session``: the
    run's :class:`~skp.reading.session.ReadingSession` (default: a fresh one for this workbook).

    A workbook with findings is read once more without what its hidden rows and columns hold, when they
    hold anything (:func:`_seen`). The SKP of another period kept on another sheet is checked too
    (:func:`_with_other_periods`)."""
    report, document = _check_grid(grid, path, config, session)
    if document is not None:
        seen = _seen(grid, report.findings, document, config)
        if seen is not None:
            seen_report, seen_document = _check_grid(seen, path, config, session)
            if seen_document is not None and seen_report.form == report.form:  # else: what is seen is no form
                report, document = seen_report, seen_document
        if document.rencana_lain:
            report = _with_other_periods(report, document, grid, config, session)
    return report, document


def _same_pegawai(document: SkpDocument, other: SkpDocument) -> bool:
    """Whether two plans are one pegawai's: the same NIP, or where either NIP is unreadable the same name. A
    workbook holding several pegawai's SKP (a sheet each) is no SKP of two periods."""
    nip, other_nip = normalize_nip(document.pegawai.nip), normalize_nip(other.pegawai.nip)
    if nip is not None and other_nip is not None:
        return nip == other_nip
    name, other_name = (" ".join((d.pegawai.nama or "").casefold().split()) for d in (document, other))
    return bool(name) and name == other_name


def _with_other_periods(
    report: FileReport, document: SkpDocument, grid: WorkbookGrid, config: Config,
    session: ReadingSession | None,
) -> FileReport:
    """``report`` with the findings of each SKP of another period the workbook keeps on a sheet of its own
    (``SKP Jan-Jun`` beside ``SKP Jul-Des``, :attr:`SkpDocument.rencana_lain`), each checked as a workbook
    of that sheet alone. Only findings on that sheet are kept: what the sheet alone lacks (its Keterkaitan,
    Manual IKI or Penilaian, kept on another sheet or not at all) says nothing sure about it, and the report's
    identity, form and annexes stay those of the latest period's SKP. A sheet without any RK (a form
    prepared for the next period) is not judged, nor one of another pegawai (:func:`_same_pegawai`)."""
    findings = list(report.findings)
    for name in document.rencana_lain:
        sheet = grid.sheet(name)
        if sheet is None:
            continue
        alone = WorkbookGrid([sheet], unvalued_formulas=grid.unvalued_formulas,
                             hidden_lines=grid.hidden_lines)
        other_report, other = check_grid(alone, report.path, config, session)
        if other is None or not other.rencana or never_filled(other) or not _same_pegawai(document, other):
            continue
        findings += [f for f in other_report.findings if f.sheet == name]
    return report.model_copy(update={"findings": sort_findings(findings, [s.name for s in grid.sheets])})


def _check_grid(
    grid: WorkbookGrid, path: str, config: Config, session: ReadingSession | None = None
) -> tuple[FileReport, SkpDocument | None]:
    try:
        document = read_document(grid, config, session)
    except WorkbookRejected as rejected:
        return _rejected(path, rejected), None
    if never_filled(document):  # the template as it came: nothing else to say about it
        rincian = "tidak ada identitas pegawai maupun Rencana Kinerja"
        findings = [Finding.make("templat-belum-diisi", rincian=rincian)]
    else:
        checked = readable_findings(run_document_checks(document, config), document, config)
        findings = [*_placeholders(document), *_judgeable(checked, grid)]
    report = FileReport(
        path=path,
        form=document.form,
        nip=_nip(document.pegawai),
        nama=document.pegawai.nama,
        nip_penilai=_nip(document.penilai),
        unit_kerja=document.pegawai.unit_kerja,
        findings=sort_findings(findings, [s.name for s in grid.sheets]),
    )
    return report, document


def check_path(
    path: Path, config: Config, display_path: str | None = None, session: ReadingSession | None = None
) -> tuple[FileReport, SkpDocument | None]:
    """Load, read and check one workbook file; never raises for a bad file. A batch passes its one
    ``session`` for every workbook (default: a fresh one for this workbook)."""
    shown = display_path if display_path is not None else str(path)
    try:
        grid = load_grid(Path(path), config)
    except WorkbookRejected as rejected:
        return _rejected(shown, rejected), None
    return check_grid(grid, shown, config, session)
