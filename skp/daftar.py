"""The daftar pegawai (SPEC §9): the roster HR already has, read from a CSV or Excel export.

With a daftar a recap can say who has **not** submitted, leave out those who need not (by STATUS) and the
batch checks can compare each SKP's penilai with the daftar's atasan. SIMPEG and SIASN exports differ, so
columns are found by label like the forms' labels (case, spacing and punctuation ignored, known variants
and near-spellings accepted) and the header row may sit below a title. NIPs are read as text: an NIP that
reached the file as a number (an Excel number cell, ``1.97503E+17`` in a CSV) has lost digits for good,
so the row is reported and never matched by a guessed number alone: only a submission whose NIP lies in
the range the kept digits allow *and* whose name is the row's name is taken as that row's. How a cell is
read as an NIP is :mod:`skp.daftar_nip`.

Real exports carry more than people: title rows, a header merged over two rows (``NIP`` over
``BARU``/``LAMA``), a column-number row, unit group rows, a total row, a signature block, a tenaga harian
lepas without NIP. A row is a pegawai only when its NIP cell holds an NIP (or one that lost digits); a
row without one that still names someone with a jabatan or status is reported, never listed as a
non-submitter; the rest is layout and is skipped.

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
from skp.daftar_nip import NIP_DIGITS_MINIMUM, nip_cell, plain_text
from skp.errors import ConfigurationError
from skp.mapping import normalize_label

SECTION = "daftar"
COLUMNS = ("nip", "nama", "jabatan", "unit_kerja", "nip_atasan", "status", "keterangan", "nama_nip")
HEADER_SEARCH_ROWS = 30
FUZZY_MINIMUM = 88  # rapidfuzz ratio on normalised labels: "UNIT KERJAA", "JABATN" still match
CSV_DELIMITERS = (",", ";", "\t")  # ties go to the first
MAX_BYTES = 50 * 1024 * 1024  # a national roster is a few MB; anything larger is not a daftar
SHARED_COLUMNS = ("jabatan", "unit_kerja", "nip_atasan", "status", "keterangan")  # merged down: for each row

_LETTER = re.compile(r"[^\W\d_]")
_TOTAL = re.compile(r"\s*(?:sub\s*-?\s*)?(?:jumlah|total)\b", re.IGNORECASE)  # a total row's label
_STATUS_PARTS = re.compile(r"\s[-–/]\s|[()/,;]")  # "PNS - Tugas Belajar", "PNS (CLTN)"

RowKey = tuple[str | None, int]  # a daftar row itself: its sheet (None in a one-sheet daftar) and row number


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
    kisaran: tuple[int, int] | None = None  # an NIP that lost digits: the NIPs it may have been
    masalah_atasan: str | None = None  # why the NIP ATASAN cannot be compared, in Indonesian
    sheet: str | None = None  # its sheet, in a daftar kept on several sheets (one per unit); else None

    @property
    def row_key(self) -> RowKey:
        """The row itself (its sheet and row number), for a row that has no usable NIP to be known by."""
        return self.sheet, self.baris

    @property
    def baris_daftar(self) -> int | str:
        """Where the row is, as reports name it: its row number, with its sheet in a daftar of several."""
        return self.baris if self.sheet is None else f"{self.baris} di sheet '{self.sheet}'"


@dataclass
class Daftar:
    """The whole roster, looked up by NIP. ``diabaikan``: rows that name someone but carry no NIP (a
    tenaga harian lepas, an NIP left empty); reported, never counted as expected to submit."""

    path: str
    pegawai: list[Pegawai]
    by_nip: dict[str, Pegawai] = field(init=False)
    diabaikan: list[Pegawai] = field(default_factory=list)
    sheets: list[str | None] = field(default_factory=list)  # the sheets read, in order, when several
    skipped: list[str] = field(default_factory=list)  # why sheets with a header were not read, in Indonesian
    _lost_by_name: dict[str, list[Pegawai]] = field(init=False, repr=False)
    _by_name: dict[str, list[Pegawai]] = field(init=False, repr=False)
    _repeated: list[tuple[Pegawai, str]] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self.by_nip = {}
        self._lost_by_name = {}
        self._by_name = {}
        self._repeated = []
        self._atasan: dict[str, list[str]] = {}
        rows: dict[str, list[Pegawai]] = {}
        for person in self.pegawai:
            if person.nip is not None:
                rows.setdefault(person.nip, []).append(person)
                if person.nip_atasan is not None:
                    self._atasan.setdefault(person.nip, []).append(person.nip_atasan)
            elif person.kisaran is not None:
                self._lost_by_name.setdefault(name_key(person.nama), []).append(person)
        for nip, same in rows.items():
            # A mutasi within the year lists the pegawai twice: the old unit's row (often "Mutasi Keluar")
            # above the new one. The row that must submit stands for the pegawai; else the first.
            chosen = next((p for p in same if p.wajib), same[0])
            self.by_nip[nip] = chosen
            self._by_name.setdefault(name_key(chosen.nama), []).append(chosen)
            for person in same:
                if person is not chosen:
                    where = "sudah" if self._place(chosen) < self._place(person) else "juga"
                    self._repeated.append((person, f"NIP {nip} {where} ada di baris {chosen.baris_daftar}; "
                                                   "baris ini tidak dihitung lagi"))

    @property
    def bermasalah(self) -> list[Pegawai]:
        """Rows to report: an NIP that cannot be matched (stored as a number, not 18 digits) or none."""
        return sorted([p for p in self.pegawai if p.masalah] + self.diabaikan, key=self._place)

    def laporan(self) -> list[tuple[int | str, str]]:
        """(row, problem) for every problem HR should fix in the daftar, in row order: the rows of
        :attr:`bermasalah`, NIP ATASAN cells that lost digits (that row's penilai is not compared) and
        rows repeating an earlier row's NIP. The row is :attr:`Pegawai.baris_daftar`."""
        found = [(p, p.masalah) for p in self.bermasalah if p.masalah]
        found += [(p, p.masalah_atasan) for p in self.pegawai if p.masalah_atasan]
        ordered = sorted(found + self._repeated, key=lambda pair: (self._place(pair[0]), pair[1]))
        return [(person.baris_daftar, problem) for person, problem in ordered]

    def _place(self, person: Pegawai) -> tuple[int, int]:
        """A row's place in the file: its sheet's place among the daftar's sheets, then its row."""
        return self.sheets.index(person.sheet) if person.sheet in self.sheets else 0, person.baris

    def counted(self, person: Pegawai) -> bool:
        """Whether this row stands for its pegawai: one NIP is one pegawai with one SKP, so a row that
        repeats an earlier row's NIP (a second unit, a merangkap jabatan) is not counted again."""
        return person.nip is None or self.by_nip.get(person.nip) is person

    def atasan_of(self, nip: str) -> list[str]:
        """The NIP ATASAN of every row with this NIP, in row order: a pegawai listed twice (mutasi within the
        year, a second unit) may be rated by the atasan of either row."""
        return self._atasan.get(nip, [])

    def sent_by(self, nip: str, nama: str | None) -> Pegawai | None:
        """The row a submission with this NIP and name stands for when the two NIPs cannot be compared
        digit for digit: the row's NIP lost digits (stored as a number) and the submission's lies in the
        range the kept digits allow, or the submission's NIP lost digits (typed as a number in the SKP:
        Excel keeps 15, an 18-digit NIP ending ``000``) and the row's lies in that range; the names
        (without gelar) are the same, for exactly one row. Never a guess from the digits alone."""
        key = name_key(nama)
        if not key or not nip.isdigit():
            return None
        value = int(nip)
        hits = [p for p in self._lost_by_name.get(key, ())
                if p.kisaran is not None and p.kisaran[0] <= value <= p.kisaran[1]]
        lost = nip_cell(nip).kisaran
        if lost is not None:
            hits += [p for p in self._by_name.get(key, ()) if p.nip and lost[0] <= int(p.nip) <= lost[1]]
        return hits[0] if len(hits) == 1 else None


def name_key(nama: str | None) -> str:
    """A name without its gelar, for comparing a daftar row with an SKP: the part before the first comma
    (gelar belakang follow it), without words that end in a dot (``Dr.``, ``H.``, ``Hj.``, ``Drs.``)."""
    if not nama:
        return ""
    words = [w for w in nama.split(",")[0].split() if not w.endswith(".")]
    return normalize_label(" ".join(words))


def _names_someone(nama: object, *others: object) -> bool:
    """A row without NIP that still names a person: a name in letters and a jabatan or status beside it
    (a unit group row, a signature line has no such pair; a total row, ``JUMLAH | 4 orang``, names none)."""
    text = str(nama or "")
    return (bool(_LETTER.search(text)) and not _TOTAL.match(text)
            and any(_LETTER.search(str(o or "")) for o in others))


def _excluded(status: str | None, excluded: tuple[str, ...]) -> bool:
    """Whether a STATUS value, or a part of it after the jenis pegawai (``PNS - Tugas Belajar``,
    ``PNS (CLTN)``, ``CPNS / Cuti di Luar Tanggungan Negara``), begins with one of the (normalised)
    statuses that need not submit."""
    if not status:
        return False
    return any(key.startswith(excluded) for key in map(normalize_label, _STATUS_PARTS.split(status)) if key)


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


def _columns(labels: Sequence[Sequence[object]], rules: DaftarRules) -> dict[str, list[int]]:
    """Each known field's columns, given each column's candidate labels (tried exactly first, then near
    spellings); ``status`` may sit in several columns (STATUS PEGAWAI beside KEDUDUKAN HUKUM), the other
    fields take their first."""
    found: dict[str, list[int]] = {}
    exact = [next((c for c in (_exact_column(x, rules) for x in candidates) if c), None)
             for candidates in labels]
    for col, candidates in enumerate(labels):
        column = exact[col] or next((c for c in (_column_of(x, rules) for x in candidates) if c), None)
        if column is None or (column != "status" and column in found):
            continue
        if exact[col] is None and column in exact:  # a near spelling ("ATASAN LANGSUNG", a name) gives way
            continue  # to the column whose label is exact ("NIP ATASAN LANGSUNG"), wherever it stands
        found.setdefault(column, []).append(col)
    return found


def _status_columns(columns: dict[str, list[int]]) -> list[int]:
    """Every STATUS / KEDUDUKAN column; a KETERANGAN column only when there is none, because notes there
    ("pensiun TMT 1 Agustus", "tugas belajar mulai 2027") are not always the status of the year."""
    return columns.get("status") or columns.get("keterangan", [])[:1]


def _exact_column(label: object, rules: DaftarRules) -> str | None:
    key = normalize_label(label)
    return next((column for column, labels in rules.kolom.items()
                 if key and key in (normalize_label(x) for x in labels)), None)


def _cell(row: Sequence[object], col: int) -> object:
    return row[col] if col < len(row) else None


def _subheader(rows: Sequence[Sequence[object]], index: int) -> list[list[str]] | None:
    """Labels of a header merged over two rows: the row below the header holds only text, and some of it
    sits under an empty header cell (the rest of a merged ``NIP`` over ``BARU``/``LAMA``). Each column's
    candidates join the label above (carried right across the merge) with the one below, both ways round
    (``NIP`` + ``BARU``; ``ATASAN LANGSUNG`` + ``NIP`` read as ``NIP ATASAN LANGSUNG``)."""
    if index + 1 >= len(rows):
        return None
    top, below = rows[index], rows[index + 1]
    if any(v is not None and v != "" and not isinstance(v, str) for v in below):
        return None
    width = max(len(top), len(below))
    above = [plain_text(_cell(top, c)) for c in range(width)]
    under = [plain_text(_cell(below, c)) for c in range(width)]
    if not any(under[c] and not above[c] for c in range(width)):
        return None
    if any(sum(ch.isdigit() for ch in u) >= NIP_DIGITS_MINIMUM for u in under if u):
        return None
    labels, parent = [], None
    for head, sub in zip(above, under, strict=True):
        parent = head or (parent if sub else None)
        if parent and sub and sub != parent:
            labels.append([f"{parent} {sub}", f"{sub} {parent}"])
        else:
            labels.append([x for x in (parent or sub,) if x])
    return labels


def _header(rows: Sequence[Sequence[object]], rules: DaftarRules) -> tuple[int, dict[str, list[int]]] | None:
    """The first row (of the first few) naming both NIP and NAMA, and the columns of each known field;
    with a header merged over two rows, the second row's index and the joined labels' columns."""
    for index, row in enumerate(rows[:HEADER_SEARCH_ROWS]):
        found = _columns([[x] for x in row], rules)
        if _complete(found):
            joined = _subheader(rows, index)
            if joined is not None:
                two = _columns(joined, rules)
                if _complete(two):
                    return index + 1, two
            return index, found
    return None


def _complete(found: dict[str, list[int]]) -> bool:
    """A header names the NIP and the NAMA, apart or in one ``NAMA / NIP`` column."""
    return ("nip" in found and "nama" in found) or "nama_nip" in found


def _nama_nip_rows(numbered: list[tuple[int, Sequence[object]]], columns: dict[str, list[int]]
                   ) -> tuple[list[tuple[int, Sequence[object]]], dict[str, list[int]]]:
    """Rows of a daftar whose name and NIP share a ``NAMA / NIP`` column (the Daftar Urut Kepangkatan
    layout): the name above its NIP in the next row, or both in one cell on two lines. Each pegawai
    becomes one row, numbered as its name's row, its empty cells filled from the NIP's row, with the name
    and the NIP in two columns of their own."""
    col = columns["nama_nip"][0]
    width = max((len(row) for _, row in numbered), default=0)
    out: list[tuple[int, Sequence[object]]] = []
    index = 0
    while index < len(numbered):
        baris, row = numbered[index]
        value = _cell(row, col)
        lines = [x.strip() for x in value.splitlines() if x.strip()] if isinstance(value, str) else []
        nama: object = None
        nip: object = None
        if len(lines) > 1:
            nama = next((x for x in lines if not nip_cell(x).is_nip), None)
            nip = next((x for x in lines if nip_cell(x).is_nip), None)
        elif nip_cell(value).is_nip:
            nip = value
        else:
            nama = value
            below = numbered[index + 1][1] if index + 1 < len(numbered) else ()
            if nip_cell(_cell(below, col)).is_nip:
                nip = _cell(below, col)
                row = [v if plain_text(v) else _cell(below, c) for c, v in enumerate(row)]
                index += 1
        out.append((baris, [*row, *[""] * (width - len(row)), nama, nip]))
        index += 1
    return out, {**columns, "nama": [width], "nip": [width + 1]}


def _fill_merged(rows: list[list[Any]], merged: Sequence[tuple[int, int, int, int]],
                 columns: dict[str, list[int]], start: int) -> None:
    """A unit kerja (or jabatan, atasan, status) written once in a cell merged down a group of rows
    holds for every row of the group; the reader sees it in the first row only."""
    shared = {col for name in SHARED_COLUMNS for col in columns.get(name, [])}
    for r0, c0, r1, c1 in merged:
        if r0 <= start or r1 <= r0 or r0 >= len(rows):
            continue
        for col in shared & set(range(c0, c1 + 1)):
            value = _cell(rows[r0], c0)
            for r in range(r0 + 1, min(r1, len(rows) - 1) + 1):
                while len(rows[r]) <= col:
                    rows[r].append("")
                if not plain_text(rows[r][col]):
                    rows[r][col] = value


def _parse(rows: Sequence[Sequence[object]], path: Path, rules: DaftarRules,
           merged: Sequence[tuple[int, int, int, int]] = (), sheet: str | None = None) -> Daftar:
    header = _header(rows, rules)
    if header is None:
        raise ConfigurationError(f"daftar pegawai {path}: baris judul dengan kolom NIP dan NAMA tidak "
                                 f"ditemukan di {HEADER_SEARCH_ROWS} baris pertama")
    start, columns = header
    if merged:
        filled: list[list[Any]] = [list(row) for row in rows]
        _fill_merged(filled, merged, columns, start)
        rows = filled
    excluded = tuple(key for key in map(normalize_label, rules.status_tidak_wajib) if key)
    numbered: list[tuple[int, Sequence[object]]] = list(enumerate(rows[start + 1:], start=start + 2))
    if "nip" not in columns:
        numbered, columns = _nama_nip_rows(numbered, columns)
    people, ignored = [], []
    for offset, row in numbered:
        def cell(name: str, row: Sequence[object] = row) -> object:
            cols = columns.get(name)
            return _cell(row, cols[0]) if cols else None

        if not any(plain_text(v) for v in row):
            continue
        nip = nip_cell(cell("nip"))
        statuses = [s for s in (plain_text(_cell(row, c)) for c in _status_columns(columns)) if s]
        status = " / ".join(dict.fromkeys(statuses)) or None
        if not nip.is_nip:
            if _exact_column(cell("nip"), rules) != "nip" and _names_someone(cell("nama"), cell("jabatan"),
                                                                             status):
                ignored.append(Pegawai(
                    baris=offset, nip=None, nip_tertulis=nip.written, nama=plain_text(cell("nama")),
                    jabatan=plain_text(cell("jabatan")), unit_kerja=plain_text(cell("unit_kerja")),
                    status=status, sheet=sheet,
                    wajib=False, masalah=f"{nip.problem}; baris ini tidak dihitung sebagai pegawai yang "
                                         "wajib mengirim SKP"))
            continue
        atasan = nip_cell(cell("nip_atasan"))
        people.append(Pegawai(
            baris=offset, nip=nip.digits, nip_tertulis=nip.written, nama=plain_text(cell("nama")),
            jabatan=plain_text(cell("jabatan")), unit_kerja=plain_text(cell("unit_kerja")),
            nip_atasan=atasan.digits,
            status=status, wajib=not any(_excluded(s, excluded) for s in statuses), masalah=nip.problem,
            kisaran=nip.kisaran, sheet=sheet,
            masalah_atasan=(f"{atasan.problem.replace('NIP', 'NIP ATASAN', 1)}; penilai pegawai ini tidak "
                            "dibandingkan dengan daftar") if atasan.is_nip and atasan.problem else None,
        ))
    return Daftar(str(path), people, diabaikan=ignored)


def _csv_rows(data: bytes) -> list[list[str]]:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:  # saved by an older Excel as "CSV (Comma delimited)" on Windows
        text = data.decode("cp1252", errors="replace")
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text)))


def _delimiter(text: str) -> str:
    """``,``, ``;`` (Excel with Indonesian settings) or a tab (a .txt export): the one that splits some line
    of the first rows most; a title line above the header may have none."""
    lines = [line for line in text.splitlines()[:HEADER_SEARCH_ROWS] if line.strip()]
    return max(CSV_DELIMITERS, key=lambda d: max((line.count(d) for line in lines), default=0))


Merged = list[tuple[int, int, int, int]]


def _excel_sheets(path: Path, rules: DaftarRules) -> list[tuple[str, list[list[Any]], Merged]]:
    """Every visible sheet that has a header row (an export may start with a cover sheet; a roster kept by
    hand may have a sheet per unit), hidden ones only when no visible sheet has one: each from its first
    row and column so that row numbers are the sheet's, with its merged ranges."""
    from python_calamine import CalamineError, CalamineWorkbook, SheetTypeEnum, SheetVisibleEnum

    found: list[tuple[bool, str, list[list[Any]], Merged]] = []
    try:
        book = CalamineWorkbook.from_path(str(path))
        for meta in book.sheets_metadata:
            if meta.typ != SheetTypeEnum.WorkSheet:  # a chart sheet holds no table
                continue
            sheet = book.get_sheet_by_name(meta.name)
            rows = sheet.to_python(skip_empty_area=False)
            if _header(rows, rules) is not None:
                merged = [(r0, c0, r1, c1) for (r0, c0), (r1, c1) in sheet.merged_cell_ranges or ()]
                found.append((meta.visible == SheetVisibleEnum.Visible, meta.name, rows, merged))
    except (CalamineError, OSError, ValueError) as exc:  # the parser's words are English: said, not shown
        why = exc.strerror if isinstance(exc, OSError) and exc.strerror else (
            "bukan buku kerja Excel yang utuh (rusak, terpotong, atau berkas lain yang diberi akhiran "
            f"{path.suffix}); buka di Excel lalu simpan ulang sebagai .xlsx, atau simpan sebagai CSV")
        raise ConfigurationError(f"daftar pegawai {path} tidak dapat dibaca: {why}") from exc
    visible = [sheet for sheet in found if sheet[0]] or found
    return [(name, rows, merged) for _, name, rows, merged in visible]


# A further sheet is read only when at most this share of its NIPs is on the sheets before it: a sheet per
# unit shares few (a pegawai merangkap in two units, the head of a small unit listed above it too). One
# sharing more than half is another view or another year of the same roster (a "SEMUA" sheet, last year's
# DUK), whose people who have left would be listed as not having submitted: named on standard error, not read.
_SHARED_NIP_SHARE_MAX = 0.5


def _joined(path: Path, parts: list[tuple[str, Daftar]]) -> Daftar:
    """The daftar kept over several sheets, each read as its own table."""
    people: list[Pegawai] = []
    ignored: list[Pegawai] = []
    sheets: list[str | None] = []
    skipped: list[str] = []
    seen: dict[str, str] = {}
    for name, part in parts:
        nips = [p.nip for p in part.pegawai if p.nip is not None]
        shared = [nip for nip in nips if nip in seen]
        if nips and len(shared) > _SHARED_NIP_SHARE_MAX * len(nips):
            first = seen[shared[0]]
            skipped.append(f"sheet '{name}' tidak dibaca: {len(shared)} dari {len(nips)} NIP-nya sudah ada "
                           f"di sheet '{first}' (salinan atau daftar tahun lain)")
            continue
        sheets.append(name)
        people += part.pegawai
        ignored += part.diabaikan
        for nip in nips:
            seen.setdefault(nip, name)
    return Daftar(str(path), people, diabaikan=ignored, sheets=sheets, skipped=skipped)


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
    sheets = _excel_sheets(path, rules)
    if len(sheets) <= 1:
        rows, merged = (sheets[0][1], sheets[0][2]) if sheets else ([], [])
        return _parse(rows, path, rules, merged)
    return _joined(path, [(name, _parse(rows, path, rules, merged, name)) for name, rows, merged in sheets])
