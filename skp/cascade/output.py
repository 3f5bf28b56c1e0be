"""Writing what cascading produces: the Matriks sheet and the members' draft SKP files.

Both go through the template builder, so a matrix or a draft looks exactly like the official form and
reads back as the same document. Files are written atomically and an existing file is never replaced:
a member may already have started their own SKP under that name.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openpyxl import Workbook

from skp.cascade.bawahan import Draft, free_path, member_drafts, safe_file_name
from skp.cascade.matriks import lay_out_matriks
from skp.cascade.target import rules
from skp.config import Config
from skp.jabatan_fungsional import catalogue_for
from skp.models import MatriksPeranHasil, SkpDocument
from skp.writing.atomic import save_workbook
from skp.writing.builder import build_workbook
from skp.writing.sheet import LIST_SHEET


@dataclass(frozen=True)
class Written:
    """One file written, and whether its name had to change because the first choice was taken."""

    draft: Draft | None
    path: Path
    renamed: bool


def matriks_sheet_name(config: Config) -> str:
    return config.mappings.annexes["matriks-peran-hasil"].sheet_name


def matriks_workbook(atasan: SkpDocument, matriks: MatriksPeranHasil, config: Config) -> Workbook:
    """The superior's form with ``matriks`` laid out, keeping only the Matriks and its dropdown lists."""
    workbook = build_workbook(atasan.form, config, atasan.model_copy(update={"matriks": matriks}))
    keep = {matriks_sheet_name(config), LIST_SHEET}
    for sheet in [s for s in workbook.worksheets if s.title not in keep]:
        workbook.remove(sheet)
    workbook.active = 0
    return workbook


def matriks_values(atasan: SkpDocument, matriks: MatriksPeranHasil, config: Config) -> list[list[Any]]:
    """The Matriks sheet's cell values from A1, as the builder lays them out (for the add-in to copy)."""
    sheet = matriks_workbook(atasan, matriks, config)[matriks_sheet_name(config)]
    return [list(row) for row in sheet.iter_rows(values_only=True)]


def write_new(workbook: Workbook, folder: Path, file_name: str) -> tuple[Path, bool]:
    """Save under ``file_name`` in ``folder``, or a numbered variant when that name is taken."""
    path = free_path(folder, file_name)
    save_workbook(workbook, path)
    return path, path.name != file_name


def write_drafts(atasan: SkpDocument, matriks: MatriksPeranHasil, folder: Path,
                 config: Config) -> list[Written]:
    """One pre-filled SKP per member of ``matriks`` in ``folder``."""
    written = []
    connectors = frozenset(rules(config).kata_sambung)
    for draft in member_drafts(atasan, matriks.kolom, matriks.anggota, catalogue_for(config), connectors):
        path, renamed = write_new(build_workbook(draft.document.form, config, draft.document), folder,
                                  draft.file_name)
        written.append(Written(draft, path, renamed))
    return written


def cascade(atasan: SkpDocument, folder: Path, config: Config) -> list[Written]:
    """The matrix workbook, then every member's draft, into ``folder`` (the input is never touched)."""
    matriks = lay_out_matriks(atasan, config)
    name = safe_file_name(f"Matriks Peran Hasil {atasan.pegawai.nama or ''}", "Matriks Peran Hasil")
    path, renamed = write_new(matriks_workbook(atasan, matriks, config), folder, name)
    return [Written(None, path, renamed), *write_drafts(atasan, matriks, folder, config)]
