"""Writing what cascading produces: the Matriks sheet and the members' draft SKP files.

Both go through the template builder, so a matrix or a draft looks exactly like the official form and
reads back as the same document. Files are written atomically and an existing file is never replaced:
a member may already have started their own SKP under that name.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from xlsxwriter.utility import xl_cell_to_rowcol

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


def _key(value: Any) -> str | None:
    """A cell's content as compared between the agency's sheet and the laid-out one (None: empty)."""
    if value is None or value == "":
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return " ".join(str(value).split()).casefold() or None


def _new_member_rows(new: list[list[Any]], team: MatriksPeranHasil) -> dict[int, int]:
    """For each member of ``team`` (by index), the row of ``new`` that lists them (by name, else NIP; a member
    the team lists by jabatan alone, by jabatan)."""
    found: dict[int, int] = {}
    for i, member in enumerate(team.anggota):
        wanted = {k for k in (_key(member.nama), _key(member.nip)) if k} or {
            k for k in (_key(member.jabatan),) if k}
        row = next((r for r, values in enumerate(new) if wanted & {_key(v) for v in values}), None)
        if row is not None:
            found[i] = row
    return found


def kept_values(
    old: Sequence[Sequence[Any]], new: list[list[Any]], team: MatriksPeranHasil,
) -> list[list[Any]]:
    """``new`` (the laid-out Matriks, from A1) with what the agency wrote on its Matriks sheet ``old`` that
    the layout does not hold, so that laying the Matriks out again loses none of it: a column of its own
    beside the members (``KETERANGAN``, a note per member) goes right of the layout, on each member's new
    row under its own header, and what stood under the team (a note of the performance dialog, the
    koordinator's signature) goes under the layout, as it was arranged. ``team`` is the Matriks as read
    from ``old``: its member, RK and field cells are what the layout already holds. Texts above the team
    (the title, the field rows) are the layout's own and are replaced."""
    member_of: dict[int, int] = {}
    for i, m in enumerate(team.anggota):
        for r in [xl_cell_to_rowcol(c)[0] for c in m.cells.values()] + ([m.row - 1] if m.row else []):
            member_of.setdefault(r, i)
    if not member_of:
        return new
    first, last = min(member_of), max(member_of)
    used = {xl_cell_to_rowcol(c) for m in team.anggota for c in m.cells.values()}
    used |= {xl_cell_to_rowcol(c) for k in team.kolom for c in k.cells.values()}
    laid_out = {key for values in new for v in values if (key := _key(v))}
    left = {(r, c): v for r, values in enumerate(old) for c, v in enumerate(values)
            if (text := _key(v)) and (r, c) not in used and text not in laid_out}
    beside = sorted({c for r, c in left if first <= r <= last and r in member_of})
    width = max((len(values) for values in new), default=0)
    out = [list(values) + [None] * (width - len(values)) for values in new]

    def put(r: int, c: int, value: Any) -> None:
        while len(out) <= r:
            out.append([None] * width)
        for values in out:
            values.extend([None] * (c + 1 - len(values)))
        out[r][c] = value if out[r][c] is None else f"{out[r][c]}; {value}"

    new_rows = _new_member_rows(new, team)
    for k, c in enumerate(beside):
        header = next(((r, v) for r in range(first - 1, max(first - 4, -1), -1)
                       if (v := left.get((r, c))) is not None), None)
        placed = [new_rows[member_of[r]] for r in member_of if (r, c) in left and member_of[r] in new_rows]
        if header is not None and placed:
            put(min(placed) - 1 if min(placed) > 0 else 0, width + k, header[1])
        for r in sorted(member_of):
            if (r, c) in left and member_of[r] in new_rows:
                put(new_rows[member_of[r]], width + k, left[(r, c)])
    under = sorted((r, c) for r, c in left if r > last)
    if under:
        filled = [r for r, values in enumerate(out) if any(v not in (None, "") for v in values)]
        top, start = under[0][0], (filled[-1] if filled else -1) + 2
        for r, c in under:
            put(start + r - top, c, left[(r, c)])
    _keep_group_headings(old, out, team, member_of, new_rows)
    full = max(len(values) for values in out)
    return [values + [None] * (full - len(values)) for values in out]


def _keep_group_headings(
    old: Sequence[Sequence[Any]], out: list[list[Any]], team: MatriksPeranHasil, member_of: dict[int, int],
    new_rows: dict[int, int],
) -> None:
    """Each row of ``old`` naming a unit over its members (``team.group_headings``) inserted into ``out`` as
    a row of its own above the new row of the member that followed it, in that member's name column: the
    team keeps its grouping. A heading under the last member already went under the layout."""
    placed: list[tuple[int, int, int, Any]] = []  # new row, old row, column, text
    for cell in team.group_headings:
        r, c = xl_cell_to_rowcol(cell)
        value = old[r][c] if r < len(old) and c < len(old[r]) else None
        below = [m for m in member_of if m > r]
        if _key(value) is None or not below or (i := member_of[min(below)]) not in new_rows:
            continue
        target, member = new_rows[i], team.anggota[i]
        names = {k for k in (_key(member.nama), _key(member.nip), _key(member.jabatan)) if k}
        column = next((k for k, v in enumerate(out[target]) if _key(v) in names), c)
        placed.append((target, r, column, value))
    for target, _, column, value in sorted(placed, reverse=True):
        row: list[Any] = [None] * max(len(out[target]), column + 1)
        row[column] = value
        out.insert(target, row)
