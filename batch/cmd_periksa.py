"""``skp periksa``: check SKP workbooks and report every finding (a thin shell over ``skp.periksa``).

The command parses its options, gets one :class:`~skp.findings.FileReport` per discovered workbook from
the batch runner (parallel, cached, with the batch checks; progress and summary on standard error),
renders them with :mod:`batch.render` and sets the SPEC §8 exit status: 0 when no file has an ``error``
finding, 1 when some do, 2 when the command itself could not run.
"""

from __future__ import annotations

import codecs
import os
import shutil
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import BinaryIO

import click

from batch import render
from batch.output import ensure_parent, reason
from batch.progress import (
    CannotRun,
    DaskRun,
    dask_options,
    load_config,
    load_daftar,
    print_summary,
    run_with_progress,
)
from skp.run.batch import Batch
from skp.sinks import CSV_SEPARATORS, terminal_text
from skp.writing.atomic import atomic_write

FORMATS = ("teks", "json", "csv")


def format_for(output: Path | None) -> str:
    """The format ``-o`` asks for by its ending when ``--format`` is not given: ``-o laporan.json`` wrote
    the text report into a .json file (and ``-o temuan.csv`` text with a BOM into a .csv)."""
    suffix = output.suffix.lower().lstrip(".") if output is not None else ""
    return suffix if suffix in ("json", "csv") else "teks"


def _terminal() -> tuple[bool, int | None]:
    """(colour, width) for text on stdout: colour and the terminal's width only on a real terminal."""
    if not sys.stdout.isatty():
        return False, None
    return "NO_COLOR" not in os.environ, shutil.get_terminal_size().columns


def _render(batch: Batch, fmt: str, color: bool, width: int | None, separator: str = ",") -> Iterable[str]:
    if fmt == "json":  # each file's text as its worker wrote it
        return render.render_contract(batch.contract_texts(), batch.summary())
    if fmt == "csv":
        return render.render_csv(batch.reports, separator)
    return [render.render_text(batch.reports, color=color, width=width)]


def _render_codes(fmt: str, color: bool, width: int | None, separator: str = ",") -> Iterable[str]:
    if fmt == "json":
        return [render.render_codes_json()]
    if fmt == "csv":
        return [render.render_codes_csv(separator)]
    return [render.render_codes_text(color=color, width=width)]


def _emit(chunks: Iterable[str], output: Path | None) -> None:
    """Print to stdout, or write ``output`` all-or-nothing (CSV with a BOM so Excel reads the accents).

    Chunks are written as they come, so a report of many thousand files is never one string in memory.
    """
    if output is None:
        for chunk in chunks:
            click.echo(chunk, nl=False)
        return
    encoding = "utf-8-sig" if output.suffix.lower() == ".csv" else "utf-8"

    def write(handle: BinaryIO) -> None:
        writer = codecs.getwriter(encoding)(handle)
        for chunk in chunks:
            writer.write(chunk)

    ensure_parent(output)
    try:
        atomic_write(output, write)
    except OSError as exc:
        raise CannotRun(f"laporan tidak dapat ditulis ke {terminal_text(output)}: {reason(exc)}") from exc
    click.echo(f"Laporan ditulis ke {terminal_text(output, single_line=True)}", err=True)


@click.command("periksa")
@click.argument("paths", nargs=-1, metavar="FOLDER|BERKAS...", type=click.Path(exists=True, path_type=Path))
@click.option("--format", "fmt", type=click.Choice(FORMATS), default=None,
              help="Bentuk laporan: teks (ringkasan berwarna per berkas), json (kontrak laporan untuk "
                   "aplikasi lain) atau csv (satu baris per temuan, untuk Excel). Bawaan: teks, atau "
                   "json/csv bila berkas -o berakhiran .json/.csv.")
@click.option("--aturan", type=click.Path(exists=True, dir_okay=False, path_type=Path), metavar="BERKAS",
              help="Berkas aturan YAML instansi yang menggantikan aturan bawaan "
                   "(lihat skp/data/aturan.yaml).")
@click.option("--daftar-kode", is_flag=True,
              help="Tampilkan semua kode temuan beserta tingkat, lingkup dan uraiannya, lalu keluar.")
@click.option("-o", "--keluaran", "output", type=click.Path(dir_okay=False, path_type=Path), metavar="BERKAS",
              help="Tulis laporan ke BERKAS, bukan ke layar (foldernya dibuat bila belum ada).")
@click.option("-j", "--jobs", type=click.IntRange(min=1), metavar="N",
              help="Jumlah proses pemeriksa paralel (bawaan: semua inti prosesor).")
@click.option("--cache", "cache_dir", type=click.Path(file_okay=False, path_type=Path), metavar="FOLDER",
              help="Folder cache hasil pemeriksaan: berkas yang isinya tidak berubah tidak dibaca ulang.")
@click.option("--daftar", "daftar_path", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              metavar="BERKAS", help="Daftar pegawai (CSV atau Excel dengan kolom NIP, NAMA, NIP ATASAN, …): "
                                     "penilai dan NIP setiap SKP dibandingkan dengan daftar ini.")
@click.option("--pemisah", type=click.Choice(list(CSV_SEPARATORS)), default="koma", show_default=True,
              help="Pemisah kolom laporan csv: titik-koma untuk membukanya dengan klik ganda di Excel "
                   "berpengaturan wilayah Indonesia (pemisah daftar ';'); koma untuk aplikasi lain dan "
                   "Excel berpengaturan Inggris.")
@dask_options
def periksa(paths: tuple[Path, ...], fmt: str | None, aturan: Path | None, daftar_kode: bool,
            output: Path | None, jobs: int | None, cache_dir: Path | None, daftar_path: Path | None,
            dask_address: str | None, dask_send_bytes: bool | None, pemisah: str) -> None:
    """Memeriksa berkas SKP (.xlsx, .xlsm, .xls) dan melaporkan setiap temuan beserta sheet, sel dan
    cara memperbaikinya. Berkas .ods (LibreOffice) ikut didaftar dan dilaporkan agar disimpan ulang
    sebagai .xlsx.

    Folder diperiksa beserta subfoldernya (berkas sementara `~$` dan folder tersembunyi dilewati),
    semua inti prosesor dipakai, lalu keselarasan atasan–bawahan diperiksa di antara semua kiriman.

    Status keluar: 0 bila tidak ada temuan tingkat error, 1 bila ada, 2 bila perintah tidak dapat
    dijalankan (argumen salah, berkas aturan rusak, laporan tidak dapat ditulis).

    Contoh: `skp periksa kiriman/ --jobs 2 --cache .cache-skp` atau
    `skp periksa kiriman/ani.xlsx kiriman/budi.xlsx --format csv -o hasil.csv`
    """
    color, width = _terminal() if output is None else (False, None)
    fmt = fmt or format_for(output)
    if daftar_kode:
        _emit(_render_codes(fmt, color, width, CSV_SEPARATORS[pemisah]), output)
        return
    if not paths:
        raise click.UsageError("Sebutkan paling sedikit satu BERKAS SKP, atau pakai --daftar-kode.")
    config = load_config(aturan)
    daftar = load_daftar(daftar_path, config)
    dask = DaskRun(dask_address, dask_send_bytes, keep_entries=False) if dask_address else None
    batch, seconds = run_with_progress(paths, config, jobs, cache_dir, exclude=[output] if output else [],
                                       daftar=daftar, dask=dask)
    _emit(_render(batch, fmt, color, width, CSV_SEPARATORS[pemisah]), output)
    print_summary(batch, seconds)
    summary = batch.summary()
    if summary["lulus"] < summary["files"]:  # some file is not valid (FileReport.valid)
        sys.exit(1)
