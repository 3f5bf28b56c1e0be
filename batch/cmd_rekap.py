"""``skp rekap``: the consolidated recap of a folder of submissions (a thin shell over skp.recap)."""

from __future__ import annotations

import os
from pathlib import Path

import click

from batch.output import ensure_folder, ensure_parent, reason
from batch.progress import (
    CannotRun,
    DaskRun,
    dask_options,
    load_config,
    load_daftar,
    print_summary,
    run_with_progress,
    working,
)
from skp.sinks import CSV_SEPARATORS, terminal_text


@click.command("rekap")
@click.help_option("-h", "--help", help="Tampilkan bantuan ini lalu keluar.")
@click.argument("jalur", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option("-o", "--keluaran", "keluaran", required=True, type=click.Path(dir_okay=False, path_type=Path),
              help="Berkas rekap .xlsx yang ditulis (sheet Ringkasan, Belum Mengirim, Predikat, Hierarki, "
                   "Pegawai, Temuan).")
@click.option("--html", "html_path", type=click.Path(dir_okay=False, path_type=Path),
              help="Tulis juga rekap sebagai satu halaman HTML yang dapat dibuka tanpa internet.")
@click.option("--csv", "csv_dir", type=click.Path(file_okay=False, path_type=Path),
              help="Tulis juga setiap tabel rekap sebagai berkas CSV ke folder ini.")
@click.option("--pemisah", type=click.Choice(list(CSV_SEPARATORS)), default="koma", show_default=True,
              help="Pemisah kolom CSV: titik-koma untuk membuka CSV dengan klik ganda di Excel berpengaturan "
                   "wilayah Indonesia (pemisah daftar ';', Nilai SKP berkoma desimal: 114,47); koma untuk "
                   "aplikasi lain dan Excel berpengaturan Inggris (Nilai SKP bertitik desimal: 114.47).")
@click.option("-j", "--jobs", type=click.IntRange(min=1), metavar="N",
              help="Jumlah proses pemeriksa paralel (bawaan: semua inti prosesor).")
@click.option("--cache", "cache_dir", type=click.Path(file_okay=False, path_type=Path),
              help="Folder cache hasil pemeriksaan: berkas yang tidak berubah tidak dibaca ulang.")
@dask_options
@click.option("--aturan", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Berkas aturan YAML instansi yang menggantikan aturan bawaan.")
@click.option("--daftar", "daftar_path", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Daftar pegawai (CSV atau Excel dengan kolom NIP, NAMA, UNIT KERJA, NIP ATASAN, STATUS): "
                   "rekap menyebut siapa yang belum mengirim per unit kerja dan persentase pengiriman.")
def rekap(jalur: tuple[Path, ...], keluaran: Path, html_path: Path | None, csv_dir: Path | None,
          jobs: int | None, cache_dir: Path | None, dask_address: str | None, dask_send_bytes: bool | None,
          aturan: Path | None, daftar_path: Path | None, pemisah: str) -> None:
    """Menyusun rekap SKP per unit kerja dari folder atau berkas JALUR.

    Semua berkas .xlsx/.xlsm/.xls di dalam folder (termasuk subfolder) diperiksa, lalu keselarasan
    atasan–bawahan diperiksa di antara semua kiriman. Berkas kiriman tidak pernah diubah.

    Dengan --daftar, rekap memuat sheet Belum Mengirim: pegawai di daftar yang wajib mengirim tetapi
    SKP-nya tidak ada di antara kiriman (status pensiun, mutasi keluar, meninggal, CLTN dan tugas belajar
    tidak dihitung; lihat bagian daftar di skp/data/aturan.yaml).

    Contoh: `skp rekap kiriman/ -o rekap.xlsx --html rekap.html --csv rekap_csv/ --daftar pegawai.xlsx`
    """
    # imported here, not at the top: pandas costs every other skp command half a second of start-up
    from functools import partial

    from xlsxwriter.exceptions import FileCreateError

    from skp.recap.csv import write_csv
    from skp.recap.html import write_html
    from skp.recap.outputs import OutputFailed, write_outputs
    from skp.recap.tables import build_tables
    from skp.recap.units import rules_of
    from skp.recap.xlsx import write_xlsx

    config = load_config(aturan)
    daftar = load_daftar(daftar_path, config)
    outputs = [p for p in (keluaran, html_path) if p is not None]
    for output in outputs:
        ensure_parent(output)
    if csv_dir is not None:
        ensure_folder(csv_dir)
    dask = DaskRun(dask_address, dask_send_bytes) if dask_address else None
    batch, seconds = run_with_progress(jalur, config, jobs, cache_dir, exclude=outputs,
                                       exclude_folders=[csv_dir] if csv_dir is not None else [],
                                       daftar=daftar, dask=dask)
    with working("Menyusun rekap…"):
        tables = build_tables(batch, rules=rules_of(config))
        wanted = ((keluaran, write_xlsx), (html_path, write_html),
                  (csv_dir, partial(write_csv, separator=CSV_SEPARATORS[pemisah])))
        try:
            write_outputs(tables, [(target, write) for target, write in wanted if target is not None])
        except OutputFailed as failed:
            exc = failed.cause
            if not isinstance(exc, OSError | FileCreateError):
                raise exc from None
            cause = exc if isinstance(exc, OSError) else exc.args[0] if exc.args else exc
            why = reason(cause) if isinstance(cause, OSError) else str(cause)
            where = terminal_text(failed.target, single_line=True)
            raise CannotRun(f"rekap tidak dapat ditulis ke {where}: {why}") from exc
    print_summary(batch, seconds)
    written = [str(keluaran)] + [str(p) for p in (html_path,) if p is not None]
    written += [f"{csv_dir}{os.sep}*.csv"] if csv_dir is not None else []
    where = ", ".join(terminal_text(w, single_line=True) for w in written)
    click.echo(f"Rekap {len(batch.reports)} berkas ditulis ke {where}", err=True)
