"""``skp nilai``: capaian, nilai and predikat of filled Penilaian sheets (a thin shell over ``skp.scoring``).

Each workbook goes through the same pipeline as ``skp periksa`` (:mod:`skp.run.worker`), then
:func:`skp.scoring.score_document`. A workbook that cannot be read still appears, with empty scores and
its finding code under ``galat``. Exit status: 0 when every file was read, 1 when some could not be, 2
when the command itself could not run.
"""

from __future__ import annotations

import io
import sys
from pathlib import Path
from typing import Any

import click
from rich import box
from rich.console import Console
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from batch.progress import CannotRun, interruptible, workbooks
from batch.render import json_text
from skp.config import Config
from skp.errors import ConfigurationError
from skp.findings import FILE_FAILURE_CODES, FileReport
from skp.numbers import format_number, format_percent
from skp.run.runner import iter_scores
from skp.scoring import DocumentScore
from skp.sinks import terminal_text

WIDTH = 120


def score_paths(paths: tuple[Path, ...], config: Config) -> list[tuple[FileReport, DocumentScore | None]]:
    """One (report, score) per input, in input order; the score is None for an unreadable workbook.

    Each workbook is parsed in a worker process, so one that crashes the parser is reported, not fatal.
    """
    with interruptible():
        return list(iter_scores(list(paths), config))


def _failure(report: FileReport) -> str | None:
    return next((f.code for f in report.findings if f.code in FILE_FAILURE_CODES), None)


def contract(results: list[tuple[FileReport, DocumentScore | None]]) -> dict[str, Any]:
    """The ``--format json`` document."""
    files = []
    for report, score in results:
        entry = (score or DocumentScore()).to_contract(report.path)
        if score is None:
            entry["galat"] = _failure(report)
        files.append(entry)
    return {"files": files}


def _shown(value: float | None, percent: bool = False) -> str:
    if value is None:
        return "-"
    return format_percent(value) if percent else format_number(value)


def _safe(value: object) -> str:
    return terminal_text(value, single_line=True)


def _file_text(console: Console, report: FileReport, score: DocumentScore | None) -> None:
    heading = Text(_safe(report.path), style="bold")
    if report.form:
        heading.append(f"  [{report.form}]", style="dim")
    if report.nama:
        heading.append(f"  {_safe(report.nama)}")
    console.print(heading)
    if score is None:
        failure = next((f for f in report.findings if f.code in FILE_FAILURE_CODES), None)
        reason = failure.message if failure else "berkas tidak terbaca"
        console.print(Padding(Text(f"Tidak dapat dinilai: {_safe(reason)}", style="magenta"), (0, 0, 0, 3)))
        return
    if not score.iki:
        console.print(Text("   Sheet Penilaian tidak ditemukan atau belum berisi IKI.", style="yellow"))
    else:
        table = Table(box=box.SIMPLE, show_edge=False, pad_edge=False, padding=(0, 1))
        for title in ("Lokasi", "IKI", "Target", "Realisasi", "Capaian", "Kategori", "Nilai"):
            table.add_column(title, justify="right" if title in ("Realisasi", "Capaian", "Nilai") else "left",
                             overflow="fold", ratio=1 if title == "IKI" else None,
                             no_wrap=title not in ("IKI", "Target"))
        for iki in score.iki:  # the IKI's words too: "Penilaian baris 16" alone sends the reader to Excel
            cells = (f"{iki.sheet} baris {iki.row}", iki.iki or "-", iki.target or "-", _shown(iki.realisasi),
                     _shown(iki.capaian, percent=True), iki.kategori or "-", _shown(iki.nilai))
            table.add_row(*(Text(_safe(c)) for c in cells))
        console.print(table)
    totals = (f"   Nilai SKP: {_shown(score.nilai_skp)}   Nilai perilaku: {_shown(score.nilai_perilaku)}   "
              f"Nilai kinerja: {_shown(score.nilai_kinerja)}   Predikat: {score.predikat or '-'}")
    console.print(Text(totals, style="bold"))


def render_text(results: list[tuple[FileReport, DocumentScore | None]], color: bool = False) -> str:
    """A table of IKI scores per file, then its Nilai SKP, nilai perilaku, nilai kinerja and predikat."""
    buffer = io.StringIO()
    console = Console(file=buffer, force_terminal=color, no_color=not color, width=WIDTH, highlight=False,
                      emoji=False)
    for report, score in results:
        _file_text(console, report, score)
        console.print()
    text = buffer.getvalue()  # plain text without the spaces rich pads table lines with
    return text if color else "\n".join(line.rstrip() for line in text.split("\n"))


@click.command("nilai")
@click.argument("paths", nargs=-1, required=True, metavar="FOLDER|BERKAS...",
                type=click.Path(exists=True, path_type=Path))
@click.option("--format", "fmt", type=click.Choice(("teks", "json")), default="teks", show_default=True,
              help="Bentuk keluaran: teks (tabel per berkas) atau json (untuk aplikasi lain).")
@click.option("--aturan", type=click.Path(exists=True, dir_okay=False, path_type=Path), metavar="BERKAS",
              help="Berkas aturan YAML instansi yang menggantikan aturan penilaian bawaan "
                   "(lihat skp/data/penilaian.yaml).")
def nilai(paths: tuple[Path, ...], fmt: str, aturan: Path | None) -> None:
    """Menghitung capaian, kategori dan nilai setiap IKI, Nilai SKP, nilai perilaku, nilai kinerja dan
    predikat dari sheet Penilaian dan Perilaku (Permen PANRB 8/2021, PP 30/2019).

    Folder dinilai beserta subfoldernya (berkas sementara `~$` dan folder tersembunyi dilewati), seperti
    pada `skp periksa`.

    Status keluar: 0 bila semua berkas terbaca, 1 bila ada yang tidak dapat dibaca (atau folder tidak
    berisi berkas SKP), 2 bila perintah tidak dapat dijalankan.

    Contoh: `skp nilai kiriman/ani.xlsx --format json` atau `skp nilai kiriman/`
    """
    try:
        config = Config.from_file(aturan)
    except ConfigurationError as exc:
        raise CannotRun(terminal_text(exc)) from exc
    try:
        results = score_paths(tuple(workbooks(paths, as_named=True)), config)
    except ConfigurationError as exc:
        raise CannotRun(terminal_text(exc)) from exc
    if fmt == "json":
        click.echo(json_text(contract(results)))
    else:
        click.echo(render_text(results, color=sys.stdout.isatty()), nl=False)
    if any(score is None for _, score in results):
        sys.exit(1)
