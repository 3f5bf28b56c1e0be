"""The submissions folder (``--kiriman DIR``): what Kirim SKP stores and what Periksa SKP compares with.

Layout, chosen so the batch tools read DIR as they read any shared folder:

- ``DIR/<NIP>_<periode>.xlsx``: the latest submission of a pegawai for a period (one per NIP and
  period, so ``skp periksa DIR`` and ``skp rekap DIR`` see no duplicates), replaced atomically;
- ``DIR/.riwayat/<NIP>_<periode>/v0001.xlsx`` and ``v0001.json`` (the payload as posted), one numbered
  pair per submission, created atomically and never overwritten. Discovery skips dot folders.

Names come from the NIP's digits and the period's digits and letters only, never from a file or sheet
name the user sent, so no request can name a path. The stored workbook is rebuilt from the values the
reader read (the payload carries values, not merged areas nor formats) and carries the hidden sheet
:data:`~skp.reading.grid.VALUES_ONLY_SHEET`, so ``skp periksa`` reads it values-only, as the server
did, and finds what the server found.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from openpyxl import Workbook

from skp.config import Config
from skp.findings import FileReport, Finding
from skp.models import SkpDocument
from skp.periksa import check_path
from skp.reading.grid import VALUES_ONLY_SHEET, WorkbookGrid
from skp.writing.atomic import atomic_create, atomic_write

HISTORY = ".riwayat"
DRAFTS = ".draf"
_UNSAFE = re.compile(r"[^0-9A-Za-z]+")
_OWN = "(buku kerja ini)"  # the submission's own key in the hierarchy: never a stored file's name
_MAX_VERSIONS = 9999


@dataclass(frozen=True)
class Stored:
    """Where a submission went: the latest copy, and its numbered version."""

    latest: Path
    version: int
    workbook: Path
    payload: Path


def _slug(text: str | None, fallback: str) -> str:
    return _UNSAFE.sub("-", text or "").strip("-")[:40] or fallback


def stem(nip: str, periode: str | None) -> str:
    """``<NIP>_<periode>``: the NIP's digits and the period with everything but letters and digits
    turned into hyphens (``2024-01-01/2024-12-31`` → ``2024-01-01-2024-12-31``)."""
    return f"{_slug(nip, 'tanpa-nip')}_{_slug(periode, 'tanpa-periode')}"


def drafts_folder(folder: Path, nip: str | None) -> Path:
    """Where Buat SKP Bawahan writes a superior's drafts on the server: ``DIR/.draf/<NIP>``."""
    return folder / DRAFTS / _slug(nip, "tanpa-nip")


def rebuilt_workbook(grid: WorkbookGrid) -> Workbook:
    """A workbook holding the grid's values, sheet by sheet; text is stored as text, never as a formula."""
    workbook = Workbook()
    workbook.remove(workbook.active)
    for sheet in grid.sheets:
        target = workbook.create_sheet(sheet.name)
        target.sheet_state = "hidden" if sheet.hidden else "visible"
        for r, row in enumerate(sheet.rows, start=1):
            for c, value in enumerate(row, start=1):
                if value is None:
                    continue
                cell = target.cell(r, c, value)
                if isinstance(value, str):
                    cell.data_type = "s"
    if not workbook.sheetnames:
        workbook.create_sheet("SKP")
    marker = workbook.create_sheet(VALUES_ONLY_SHEET)
    marker.sheet_state = "hidden"
    marker["A1"] = ("Disusun ulang oleh server SKP dari nilai sel yang dikirim tombol Kirim SKP: "
                    "sel gabungan dan format angka tidak ikut terkirim.")
    return workbook


def store(folder: Path, body: bytes, grid: WorkbookGrid, nip: str, periode: str | None) -> Stored:
    """Store one submission under ``folder``: a new numbered version, then the latest copy."""
    name = stem(nip, periode)
    history = folder / HISTORY / name
    history.mkdir(parents=True, exist_ok=True)
    # saved once: openpyxl stamps every save with the time, so two saves a second apart would make the
    # latest copy differ from the version it is a copy of
    saved = io.BytesIO()
    rebuilt_workbook(grid).save(saved)
    content = saved.getvalue()

    def write(handle: BinaryIO) -> None:
        handle.write(content)

    for version in range(1, _MAX_VERSIONS + 1):
        target = history / f"v{version:04d}.xlsx"
        if target.exists():
            continue
        try:
            atomic_create(target, write)
        except FileExistsError:  # another request took this number first
            continue
        payload = history / f"v{version:04d}.json"
        atomic_create(payload, lambda handle: handle.write(body))
        latest = folder / f"{name}.xlsx"
        atomic_write(latest, write)
        return Stored(latest, version, target, payload)
    raise OSError(f"sudah ada {_MAX_VERSIONS} versi kiriman {name}")


def superior_findings(
    folder: Path, report: FileReport, document: SkpDocument, config: Config,
) -> list[Finding]:
    """The batch checks of SPEC §7 for this SKP against its superior's latest submissions in ``folder``.

    The one place the server reaches into the batch machinery: this submission and the stored SKPs of
    its penilai's NIP form a small batch, and only the findings on this submission are kept.
    """
    from skp.checks.kumpulan import batch_findings
    from skp.hierarchy.entry import entry_from
    from skp.hierarchy.links import Hierarchy, rules_of

    own = entry_from(report.model_copy(update={"path": _OWN}), document)
    if not own.nip_penilai or own.nip_penilai == own.nip:
        return []
    superiors = []
    for path in sorted(folder.glob(f"{own.nip_penilai}_*.xlsx")):
        stored_report, stored = check_path(path, config, display_path=path.name)
        if stored is not None:
            superiors.append(entry_from(stored_report, stored))
    if not superiors:
        return []
    return batch_findings(Hierarchy([own, *superiors], rules_of(config)), config).get(_OWN, [])
