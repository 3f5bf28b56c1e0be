"""Rendering ``skp periksa`` results: readable text, the SPEC §8 JSON contract, and CSV.

Every renderer yields the output as text chunks, so the command decides where it goes (stdout or an
atomically written file) and the JSON on stdout is never mixed with anything else. JSON and CSV are
produced one file at a time, so a national batch never holds its whole report as one string. Text is rendered
through rich ``Text`` objects, never markup strings, so a cell that happens to contain ``[bold]`` cannot
restyle the report.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from rich import box
from rich.console import Console
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from skp import __version__
from skp.findings import FileReport, Severity, catalogue, summarize
from skp.nip import spaced_nip
from skp.run.result import contract_text
from skp.sinks import csv_cell, json_text, terminal_text

STATUS_TEXT = {"lulus": "LULUS", "perlu-perbaikan": "PERLU PERBAIKAN", "gagal-dibaca": "GAGAL DIBACA"}
STATUS_STYLE = {"lulus": "bold green", "perlu-perbaikan": "bold red", "gagal-dibaca": "bold magenta"}
SEVERITY_STYLE = {Severity.ERROR: "red", Severity.PERINGATAN: "yellow", Severity.INFO: "cyan"}
# Headings in Indonesian, as the recap's temuan.csv; the JSON keeps the SPEC §8 contract's English keys
CSV_COLUMNS = ("Berkas", "Status", "Formulir", "NIP", "Nama", "Kode", "Tingkat", "Sheet", "Sel", "Pesan")
WIDTH = 120


def _console(color: bool, width: int | None) -> tuple[Console, io.StringIO]:
    buffer = io.StringIO()
    console = Console(file=buffer, force_terminal=color, no_color=not color, width=width or WIDTH,
                      highlight=False, emoji=False, soft_wrap=False)
    return console, buffer


def _safe(value: object) -> str:
    """User text (a file name, a sheet name, a cell's words in a message) as the terminal may show it."""
    return terminal_text(value, single_line=True)


def location(sheet: str | None, cell: str | None) -> str:
    """``SKP!F14`` as in an Excel formula; ``-`` for a whole-file finding."""
    if sheet and cell:
        return f"{sheet}!{cell}"
    return sheet or "-"


def _file_heading(report: FileReport) -> Text:
    heading = Text()
    heading.append(f" {STATUS_TEXT[report.status]} ", style=f"reverse {STATUS_STYLE[report.status]}")
    heading.append(f"  {_safe(report.path)}", style="bold")
    if report.form:
        heading.append(f"  [{report.form}]", style="dim")
    who = " — ".join(_safe(part) for part in (report.nama, f"NIP {report.nip}" if report.nip else None)
                     if part)
    if who:
        heading.append(f"\n   {who}")
    return heading


def _findings_table(report: FileReport) -> Table:
    table = Table(box=box.SIMPLE, show_edge=False, pad_edge=False, expand=False, padding=(0, 1))
    table.add_column("Tingkat", no_wrap=True)
    table.add_column("Lokasi", no_wrap=True)
    table.add_column("Kode", no_wrap=True)
    table.add_column("Pesan", overflow="fold")
    for finding in report.findings:
        style = SEVERITY_STYLE[finding.severity]
        table.add_row(Text(finding.severity.value, style=style),
                      Text(_safe(location(finding.sheet, finding.cell))),
                      Text(finding.code, style=style), Text(_safe(finding.message)))
    return table


def _count(reports: Iterable[FileReport], severity: Severity) -> int:
    return sum(1 for r in reports for f in r.findings if f.severity is severity)


def _summary(reports: Sequence[FileReport]) -> Text:
    statuses = {status: sum(1 for r in reports if r.status == status) for status in STATUS_TEXT}
    text = Text("Ringkasan: ", style="bold")
    text.append(f"{len(reports)} berkas diperiksa — ")
    parts = [(f"{statuses['lulus']} lulus", STATUS_STYLE["lulus"]),
             (f"{statuses['perlu-perbaikan']} perlu perbaikan", STATUS_STYLE["perlu-perbaikan"]),
             (f"{statuses['gagal-dibaca']} gagal dibaca", STATUS_STYLE["gagal-dibaca"])]
    for index, (part, style) in enumerate(parts):
        text.append(part, style=style)
        text.append(", " if index < len(parts) - 1 else "\n")
    text.append(f"Temuan: {_count(reports, Severity.ERROR)} error, {_count(reports, Severity.PERINGATAN)} "
                f"peringatan, {_count(reports, Severity.INFO)} info.")
    return text


def render_text(reports: Sequence[FileReport], color: bool = False, width: int | None = None) -> str:
    """A summary per file (status, form, nama/NIP, each finding) and a closing summary."""
    console, buffer = _console(color, width)
    for report in reports:
        console.print(_file_heading(report))
        if report.findings:
            console.print(Padding(_findings_table(report), (0, 0, 0, 3)))
        else:
            console.print(Text("   Tidak ada temuan.", style="green"))
        console.print()
    console.print(_summary(reports))
    return _without_padding(buffer.getvalue(), color)


def _without_padding(text: str, color: bool) -> str:
    """Plain text without the spaces rich pads every table line with to the full width: a report saved
    to a file or pasted into an e-mail (``> laporan.txt``) reads as the README shows it. Coloured text
    keeps them (they sit inside the escape codes)."""
    return text if color else "\n".join(line.rstrip() for line in text.split("\n"))


def _indented(value: object, prefix: str) -> str:
    """``value`` as indented JSON nested under ``prefix`` (its first line left for the caller to place).

    JSON text never holds a raw line break (strings escape it), so indenting is a plain replace."""
    return json_text(value).replace("\n", "\n" + prefix)


def render_json(reports: Sequence[FileReport]) -> Iterator[str]:
    """Exactly the SPEC §8 document (the text ``json.dumps(batch_contract(reports), indent=2)`` gives),
    one file entry at a time."""
    return render_contract((contract_text(report) for report in reports), summarize(reports))


def render_contract(texts: Iterable[str], summary: dict[str, Any]) -> Iterator[str]:
    """:func:`render_json` from each file's contract text as :func:`~skp.run.result.contract_text`
    gives it (a run's :meth:`~skp.run.batch.Batch.contract_texts`, made by the workers) and the summary."""
    yield "{\n" + f'  "skp_version": {json.dumps(__version__)},\n' + '  "files": ['
    empty = True
    for text in texts:
        yield ("\n    " if empty else ",\n    ") + text.replace("\n", "\n    ")
        empty = False
    yield ("" if empty else "\n  ") + "],\n" + f'  "summary": {_indented(summary, "  ")}\n' + "}\n"


def render_csv(reports: Iterable[FileReport], separator: str = ",") -> Iterator[str]:
    """One row per finding; a file without findings still gets one row, with an empty code. Fields are
    separated by ``separator`` (``;`` for Excel with Indonesian settings, ``skp periksa --pemisah``).

    The report goes to a terminal as often as to Excel, so control characters in user text are shown as
    visible escapes (``\\x1b``) here as in the text report, then every field is made formula-safe. A valid
    NIP is written in its spaced official form, as in the recap's CSV: Excel and LibreOffice turn 18 bare
    digits into ``1,97503E+17`` even when quoted."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=separator, quoting=csv.QUOTE_ALL)
    writer.writerow(CSV_COLUMNS)
    for report in reports:
        head = [report.path, report.status, report.form, spaced_nip(report.nip), report.nama]
        rows = [[*head, f.code, f.severity.value, f.sheet, f.cell, f.message] for f in report.findings]
        for row in rows or [[*head, None, None, None, None, None]]:
            writer.writerow([csv_cell(terminal_text(value)) for value in row])
        yield buffer.getvalue()
        buffer.seek(0)
        buffer.truncate()
    yield buffer.getvalue()


def render_codes_text(color: bool = False, width: int | None = None) -> str:
    """Every finding code with its tingkat, lingkup and uraian, as a table."""
    console, buffer = _console(color, width)
    table = Table(title="Kode temuan SKP", box=box.SIMPLE_HEAD, title_justify="left")
    for header in ("Kode", "Tingkat", "Lingkup"):
        table.add_column(header, no_wrap=True)
    table.add_column("Uraian", overflow="fold")
    for info in catalogue().values():
        tingkat = Text(info.tingkat.value, style=SEVERITY_STYLE[info.tingkat])
        table.add_row(Text(info.code, style="bold"), tingkat, Text(info.lingkup), Text(info.uraian))
    console.print(table)
    return _without_padding(buffer.getvalue(), color)


def render_codes_csv(separator: str = ",") -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=separator)
    writer.writerow(("kode", "tingkat", "lingkup", "uraian"))
    for info in catalogue().values():
        writer.writerow((info.code, info.tingkat.value, info.lingkup, info.uraian))
    return buffer.getvalue()


def render_codes_json() -> str:
    codes = [{"code": i.code, "tingkat": i.tingkat.value, "lingkup": i.lingkup, "uraian": i.uraian}
             for i in catalogue().values()]
    return json.dumps(codes, ensure_ascii=False, indent=2) + "\n"
