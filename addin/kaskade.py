"""The cascading buttons: Buat Matriks, Bagi Target and Buat SKP Bawahan (SPEC §4).

Each reads the open workbook with the same pipeline as Periksa SKP, lets :mod:`skp.cascade` decide, and
writes values back: the Matriks sheet is rewritten with the layout the template builder produces (so it
matches the official form and reads back the same), keeping what the agency wrote there beyond the Matriks
itself (:func:`skp.cascade.output.kept_values`), target shares go into the member cells, and the
members' drafts are written as new files next to the superior's workbook.
"""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import Any

import xlwings as xw

from addin.grid import book_grid
from addin.tanda import find_sheet
from skp.cascade.cautions import cautions
from skp.cascade.matriks import lay_out_matriks, share_rows
from skp.cascade.output import Written, kept_values, matriks_sheet_name, matriks_values, write_drafts
from skp.cascade.target import TargetSplitError, split_by_cells
from skp.config import Config, default_config
from skp.findings import FileReport
from skp.models import SkpDocument
from skp.periksa import check_grid
from skp.vocab import canonical_metode

_TITLE = "SKP"
_LONG_DIGITS = 15  # Excel turns a longer digit string typed into a General cell into a rounded number


def tell(book: xw.Book, text: str) -> None:
    """A message box where the engine has one (the workbook itself carries the result anyway)."""
    with contextlib.suppress(NotImplementedError, AttributeError):
        book.app.alert(text, title=_TITLE)


def read_book(book: xw.Book, config: Config) -> SkpDocument | None:
    """The workbook as a document, or ``None`` after telling the user why it cannot be read as an SKP."""
    return _read(book, config)[1]


def _read(book: xw.Book, config: Config) -> tuple[FileReport, SkpDocument | None]:
    report, document = check_grid(book_grid(book), book.fullname, config)
    if document is None:
        reasons = "; ".join(f.message for f in report.findings)
        tell(book, f"Buku kerja ini tidak dapat dibaca sebagai SKP: {reasons}")
    return report, document


def _team_ready(book: xw.Book, document: SkpDocument) -> bool:
    if not document.rk("utama"):
        tell(book, "SKP ini belum memuat RK Kinerja Utama untuk diturunkan ke anggota tim.")
        return False
    if document.matriks is None or not document.matriks.anggota:
        tell(book, "Isi dulu daftar anggota tim (nama, NIP, jabatan) pada sheet Matriks Peran Hasil.")
        return False
    return True


def _form_sheets(document: SkpDocument) -> set[str]:
    """The sheets (case-folded) holding the SKP form itself and its other annexes: a Matriks read from one
    of them (written under the SKP table) must not have that sheet rewritten."""
    sheets = (document.sheet, document.manual_iki_sheet, document.keterkaitan_ak_sheet,
              document.penilaian.sheet if document.penilaian else None)
    return {s.casefold() for s in sheets if s}


def _sheet_values(sheet: xw.Sheet) -> list[list[Any]]:
    """The sheet's values from A1 to its last used cell (Excel's used range may start further in)."""
    last = sheet.used_range.last_cell
    values = sheet.range((1, 1), (last.row, last.column)).options(ndim=2).value
    return values or []


def _write_values(sheet: xw.Sheet, values: list[list[Any]]) -> None:
    """Replace the sheet's values (formats stay); long digit strings such as NIP are kept as text."""
    sheet.used_range.clear_contents()
    for r, row in enumerate(values, start=1):
        for c, value in enumerate(row, start=1):
            if isinstance(value, str) and value.isdigit() and len(value) >= _LONG_DIGITS:
                sheet.range((r, c)).number_format = "@"
    sheet.range("A1").value = values


def buat_matriks_peran_hasil(book: xw.Book, config: Config | None = None) -> SkpDocument | None:
    """Lay out the Matriks sheet from the Kinerja Utama RK and the team; the laid-out document."""
    config = config or default_config()
    document = read_book(book, config)
    if document is None or not _team_ready(book, document):
        return None
    matriks = lay_out_matriks(document, config)
    values = matriks_values(document, matriks, config)
    agency = document.matriks
    read_from = agency.sheet if agency is not None else None
    note = ""
    if agency is not None and read_from and read_from.casefold() not in _form_sheets(document):
        sheet = find_sheet(book, read_from) or book.sheets.add(name=read_from)
        values = kept_values(_sheet_values(sheet), values, agency)
    else:
        name = matriks_sheet_name(config)
        sheet = find_sheet(book, name) or book.sheets.add(name=name, after=book.sheets[-1])
        if read_from:
            note = (f" Matriks yang ditulis di sheet {read_from} (bersama formulir lain) dibiarkan; "
                    f"yang dibaca selanjutnya adalah sheet {sheet.name}.")
    _write_values(sheet, values)
    sheet.activate()
    tell(book, f"Matriks Pembagian Peran dan Hasil disusun: {len(matriks.kolom)} RK atasan untuk "
               f"{len(matriks.anggota)} anggota tim. Lengkapi hasil kerja setiap anggota bersama tim.{note}")
    return document.model_copy(update={"matriks": matriks})


def bagi_target(book: xw.Book, config: Config | None = None) -> int:
    """Split each beban-target column's TARGET ATASAN over its members; how many columns were split.

    Empty member cells get equal parts; numbers typed in them are weights (see
    :func:`skp.cascade.target.split_by_cells`). A person listed on several rows (a row per role) gets one
    share, in the first of their rows holding a weight (else their first row), as Buat Matriks and Buat
    SKP Bawahan take them as one member (:func:`skp.cascade.matriks.share_rows`).
    """
    config = config or default_config()
    document = read_book(book, config)
    if document is None or document.matriks is None:
        return 0
    matriks = document.matriks
    sheet = find_sheet(book, matriks.sheet or matriks_sheet_name(config))
    split, problems = 0, []
    for i, kolom in enumerate(matriks.kolom):
        if canonical_metode(kolom.metode) != "pembagian-beban-target" or sheet is None:
            continue
        rows = share_rows(matriks.anggota, i)
        members = [matriks.anggota[r] for r in rows]
        cells = [a.hasil[i] if i < len(a.hasil) else None for a in members]
        try:
            if kolom.target is None:
                raise TargetSplitError("TARGET ATASAN belum diisi")
            parts = split_by_cells(kolom.target, cells, config)
        except TargetSplitError as exc:
            problems.append(f"RK '{kolom.rk}': {exc}")
            continue
        for member, part in zip(members, parts, strict=True):
            if part is not None and (cell := member.cells.get(f"hasil_{i}")):
                sheet.range(cell).value = part.raw
        split += 1
    message = f"Target {split} RK atasan dibagi habis kepada anggota tim." if split else (
        "Tidak ada kolom dengan metode Pembagian Beban Target yang dapat dibagi.")
    tell(book, "\n".join([message, *problems]))
    return split


def _book_folder(book: xw.Book) -> Path | None:
    """The folder the workbook is saved in; None for a workbook never saved ("Book1": Excel gives its
    name only, so the drafts would land in whatever folder Python runs in) or one opened from OneDrive or
    SharePoint (an https address, no folder on this computer)."""
    fullname = Path(book.fullname)
    return fullname.parent if fullname.is_absolute() else None


def buat_skp_bawahan(
    book: xw.Book, folder: Path | None = None, config: Config | None = None, shown: str | None = None,
) -> list[Written]:
    """Write one draft SKP per team member next to this workbook (or into ``folder``); what was written.

    ``shown`` names the folder in the messages instead of its path (``skp server`` keeps its own paths
    to itself).
    """
    config = config or default_config()
    report, document = _read(book, config)
    if document is None or not _team_ready(book, document):
        return []
    target = folder if folder is not None else _book_folder(book)
    if target is None:
        tell(book, "Simpan dulu buku kerja ini di folder komputer (File > Simpan Sebagai), lalu tekan "
                   "Buat SKP Bawahan lagi: draf SKP anggota ditulis di folder yang sama dengan buku kerja "
                   "ini.")
        return []
    matriks = lay_out_matriks(document, config)
    try:
        written = write_drafts(document, matriks, target, config)
    except OSError as exc:
        tell(book, f"Draf SKP anggota tidak dapat ditulis ke {shown or target}: {exc.strerror or exc}")
        return []
    renamed = " (nama diberi nomor karena berkas lama tidak ditimpa)"
    lines = [f"- {w.path.name}{renamed if w.renamed else ''}" for w in written]
    warned = [f"Peringatan: {c.message}" for c in cautions(report, document, matriks, config)]
    tell(book, "\n".join([f"{len(written)} draf SKP anggota ditulis ke {shown or target}:", *lines, *warned]))
    return written
