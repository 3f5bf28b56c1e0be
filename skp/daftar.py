"""The daftar pegawai (SPEC §9): the roster HR already has, read from a CSV or Excel export.

With a daftar a recap can say who has **not** submitted, leave out those who need not (by STATUS) and the
batch checks can compare each SKP's penilai with the daftar's atasan. SIMPEG and SIASN exports differ, so
columns are found by label like the forms' labels (case, spacing and punctuation ignored, known variants
and near-spellings accepted) and the header row may sit below a title. NIPs are read as text: an NIP that
reached the file as a number (an Excel number cell, ``1.97503E+17`` in a CSV) has lost digits for good,
so the row is reported and never matched by a guessed number.

Everything an agency may tune (column labels, which statuses need not submit) is the ``daftar`` section
of ``aturan.yaml``, validated like the other sections.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, model_validator
from rapidfuzz import fuzz

from skp.config import Config
from skp.empty_marks import EMPTY_MARKS
from skp.errors import ConfigurationError
from skp.mapping import normalize_label
from skp.nip import NIP_LENGTH

SECTION = "daftar"
COLUMNS = ("nip", "nama", "jabatan", "unit_kerja", "nip_atasan", "status")
HEADER_SEARCH_ROWS = 30
FUZZY_MINIMUM = 88  # rapidfuzz ratio on normalised labels: "UNIT KERJAA", "JABATN" still match
MAX_BYTES = 50 * 1024 * 1024  # a national roster is a few MB; anything larger is not a daftar

_SEPARATORS = re.compile(r"[\s.\-–—_/']+")
_SCIENTIFIC = re.compile(r"^\d(?:[.,]\d+)?[eE][+]?\d+$")
_DECIMAL = re.compile(r"^\d+[.,]0+$")  # 197503122000031000.0: a number written back as text


class DaftarRules(BaseModel):
    """Section ``daftar`` of ``aturan.yaml``."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    kolom: dict[str, list[str]] = Field(default_factory=dict)
    status_tidak_wajib: list[str] = Field(default_factory=list)

    @model_validator(mode="after")
    def _known_columns(self) -> DaftarRules:
        unknown = set(self.kolom) - set(COLUMNS)
        if unknown:
            raise ValueError(f"kolom daftar tidak dikenal: {sorted(unknown)}; yang dikenal: {list(COLUMNS)}")
        if "nip" not in self.kolom or "nama" not in self.kolom:
            raise ValueError("kolom daftar nip dan nama wajib memiliki label")
        return self


def rules_of(config: Config) -> DaftarRules:
    return config.section(SECTION, DaftarRules)


@dataclass(frozen=True, slots=True)
class Pegawai:
    """One row of the daftar; ``nip`` is the 18 digits, or None when the row's NIP cannot be trusted."""

    baris: int  # row number as the file shows it (1-based)
    nip: str | None
    nip_tertulis: str
    nama: str | None = None
    jabatan: str | None = None
    unit_kerja: str | None = None
    nip_atasan: str | None = None
    status: str | None = None
    wajib: bool = True  # False when the status says this person need not submit
    masalah: str | None = None  # why the NIP cannot be used, in Indonesian


@dataclass
class Daftar:
    """The whole roster, looked up by NIP."""

    path: str
    pegawai: list[Pegawai]
    by_nip: dict[str, Pegawai] = field(init=False)

    def __post_init__(self) -> None:
        self.by_nip = {}
        for person in self.pegawai:
            if person.nip is not None:
                self.by_nip.setdefault(person.nip, person)

    @property
    def bermasalah(self) -> list[Pegawai]:
        """Rows whose NIP cannot be matched (stored as a number, or not 18 digits)."""
        return [p for p in self.pegawai if p.masalah]


def _text(value: object) -> str | None:
    if value is None:
        return None
    text = " ".join(str(value).split())
    return text or None


def _nip(value: object) -> tuple[str | None, str, str | None]:
    """(18 digits or None, the NIP as written, the problem in Indonesian or None)."""
    if isinstance(value, bool):
        value = str(value)
    if isinstance(value, int | float):
        shown = f"{value:.15g}"
        return None, shown, (f"NIP tersimpan sebagai angka ({shown}) sehingga digit terakhirnya hilang; "
                             "simpan kolom NIP sebagai teks lalu ekspor ulang")
    written = _text(value) or ""
    if written in EMPTY_MARKS:
        return None, written, "NIP kosong"
    compact = written.replace(" ", "")
    if _SCIENTIFIC.match(compact) or _DECIMAL.match(compact):
        return None, written, (f"NIP tersimpan sebagai angka ({written}) sehingga digit terakhirnya hilang; "
                               "simpan kolom NIP sebagai teks lalu ekspor ulang")
    digits = _SEPARATORS.sub("", written)
    if len(digits) != NIP_LENGTH or not digits.isascii() or not digits.isdigit():
        return None, written, f"NIP {written} bukan 18 angka"
    return digits, written, None


def _excluded(status: str | None, rules: DaftarRules) -> bool:
    key = normalize_label(status)
    return bool(key) and any(
        normalize_label(s) and (key == normalize_label(s) or key.startswith(normalize_label(s)))
        for s in rules.status_tidak_wajib
    )


def _column_of(label: object, rules: DaftarRules) -> str | None:
    key = normalize_label(label)
    if not key:
        return None
    for column, labels in rules.kolom.items():
        if key in (normalize_label(x) for x in labels):
            return column
    best, score = None, 0.0
    for column, labels in rules.kolom.items():
        for candidate in labels:
            wanted = normalize_label(candidate)
            if len(wanted) >= 4:
                ratio = fuzz.ratio(key, wanted)
                if ratio > score:
                    best, score = column, ratio
    return best if score >= FUZZY_MINIMUM else None


def _header(rows: Sequence[Sequence[object]], rules: DaftarRules) -> tuple[int, dict[str, int]] | None:
    """The first row (of the first few) naming both NIP and NAMA, and the column of each known field."""
    for index, row in enumerate(rows[:HEADER_SEARCH_ROWS]):
        found: dict[str, int] = {}
        for col, label in enumerate(row):
            column = _column_of(label, rules)
            if column is not None and column not in found:
                found[column] = col
        if "nip" in found and "nama" in found:
            return index, found
    return None


def _parse(rows: Sequence[Sequence[object]], path: Path, rules: DaftarRules) -> Daftar:
    header = _header(rows, rules)
    if header is None:
        raise ConfigurationError(f"daftar pegawai {path}: baris judul dengan kolom NIP dan NAMA tidak "
                                 f"ditemukan di {HEADER_SEARCH_ROWS} baris pertama")
    start, columns = header
    people = []
    for offset, row in enumerate(rows[start + 1:], start=start + 2):
        def cell(name: str, row: Sequence[object] = row) -> object:
            col = columns.get(name)
            return row[col] if col is not None and col < len(row) else None

        if not any(_text(v) for v in row):
            continue
        nip, written, problem = _nip(cell("nip"))
        atasan, _, _ = _nip(cell("nip_atasan"))
        status = _text(cell("status"))
        people.append(Pegawai(
            baris=offset, nip=nip, nip_tertulis=written, nama=_text(cell("nama")),
            jabatan=_text(cell("jabatan")), unit_kerja=_text(cell("unit_kerja")), nip_atasan=atasan,
            status=status,
            wajib=not _excluded(status, rules), masalah=problem,
        ))
    return Daftar(str(path), people)


def _csv_rows(data: bytes) -> list[list[str]]:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:  # saved by an older Excel as "CSV (Comma delimited)" on Windows
        text = data.decode("cp1252", errors="replace")
    first = next((line for line in text.splitlines() if line.strip()), "")
    delimiter = ";" if first.count(";") > first.count(",") else ","
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))


def _excel_rows(path: Path, rules: DaftarRules) -> list[list[Any]]:
    """The first sheet that has a header row (an export may start with a cover sheet)."""
    from python_calamine import CalamineError, CalamineWorkbook

    try:
        book = CalamineWorkbook.from_path(str(path))
        for name in book.sheet_names:
            rows = book.get_sheet_by_name(name).to_python()
            if _header(rows, rules) is not None:
                return rows
    except (CalamineError, OSError, ValueError) as exc:
        raise ConfigurationError(f"daftar pegawai {path} tidak dapat dibaca: {exc}") from exc
    return []


def read_daftar(path: Path, config: Config) -> Daftar:
    """The daftar at ``path`` (CSV with ``,`` or ``;``; or a workbook: .xlsx, .xlsm, .xls, .ods);
    :class:`ConfigurationError` when it cannot be used at all (unreadable, too large, no NIP/NAMA header)."""
    rules = rules_of(config)
    path = Path(path)
    try:
        if not path.is_file():
            raise ConfigurationError(f"daftar pegawai {path} bukan berkas biasa")
        if path.stat().st_size > MAX_BYTES:
            raise ConfigurationError(f"daftar pegawai {path} lebih dari {MAX_BYTES // 2**20} MB")
        if path.suffix.lower() in {".csv", ".txt"}:
            return _parse(_csv_rows(path.read_bytes()), path, rules)
    except OSError as exc:
        raise ConfigurationError(f"daftar pegawai {path} tidak dapat dibaca: {exc.strerror or exc}") from exc
    return _parse(_excel_rows(path, rules), path, rules)
