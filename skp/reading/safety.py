"""Safety checks on a submitted file before any spreadsheet parser sees it.

Submissions come from thousands of staff by e-mail and upload forms, so a file may be anything: a PDF
renamed ``.xlsx``, a truncated download, a password-protected workbook, or a deliberately hostile zip bomb
or entity-expansion XML. Most of it is decided from cheap evidence — the file size, the magic bytes, the zip
central directory and the first few kilobytes of each XML part — so that a hostile file is refused
in well under a millisecond. Files that pass are then read through once, part by part in bounded chunks, to
verify what the central directory claims and to count the cells the parser would allocate (see
:mod:`skp.reading.extent`). python-calamine only runs on files that passed, and :mod:`skp.reading.load`
still translates anything it raises.

Limits come from the ``pembacaan.batas`` section of the rules (defaults: SPEC §7).
"""

from __future__ import annotations

import codecs
import io
import os
import posixpath
import re
import stat
import struct
import zipfile
import zlib
from collections.abc import Callable, Iterator
from functools import partial
from itertools import islice
from pathlib import Path
from typing import TypeVar
from xml.etree.ElementTree import Element

import olefile
from defusedxml import ElementTree
from pydantic import BaseModel, ConfigDict, Field
from xlsxwriter.utility import xl_cell_to_rowcol, xl_rowcol_to_cell

from skp.config import Config
from skp.errors import WorkbookRejected
from skp.reading import biff
from skp.reading.extent import Readable, xls_sheet_cells, xlsx_sheet_cells_at_most, xlsx_sheet_extent
from skp.reading.memo import remember, remembered

_MB = 1024 * 1024
_ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_CHUNK = 1024 * 1024
_HEAD_BYTES = 4096  # enough for the XML prolog and a worksheet's <dimension> in practice
# XML allows either quote and whitespace around ``=``; the parser accepts both, so these patterns must.
_DIMENSION = re.compile(rb"""<(?:\w+:)?dimension\s+ref\s*=\s*["']\s*([A-Za-z]+[0-9]+(?::[A-Za-z]+[0-9]+)?)""")
_SHARED_STRINGS = re.compile(rb"""<(?:\w+:)?sst\b[^>]*?\suniqueCount\s*=\s*["']\s*([0-9]+)""")
_LIGHT_CHUNK = _HEAD_BYTES  # inflated at a time by the light scan, which reads only the start of a part
# Parts python-calamine never opens (document properties, the theme): the light scan skips them.
_UNREAD_BY_PARSER = ("docprops/", "xl/theme/")
_SMALLEST_CELL = 4  # bytes of the shortest cell element, ``<c/>``
_PROLOG_MAX = 64 * 1024
_BIFF_RECORDS_SCANNED = 8
_WORKBOOK_RELS, _WORKBOOK = "xl/_rels/workbook.xml.rels", "xl/workbook.xml"
_SHEET_NAME_MAX = 31  # Excel's longest sheet name
_LOCAL_HEADER = struct.Struct("<4s2xH18xHH")  # signature, flags, name and extra field lengths
_LOCAL_MAGIC, _UTF8_NAME = b"PK\x03\x04", 0x800
_UNSUPPORTED_FLAGS = 0x20 | 0x40  # patched data, strong encryption: zipfile refuses both
T = TypeVar("T")
_FORBIDDEN_XML = "berisi deklarasi XML yang tidak diizinkan"
_MEMO_MAX = 256  # entries of a run's memo (see _remembered_uses and _remembered_start)
_MEMO_PART_MAX = 4096  # compressed bytes of a part whose start the light scan remembers
_FOLDED_SEGMENTS = frozenset(("", ".", ".."))  # path segments that rooting or normalising a target changes


class Limits(BaseModel):
    """``pembacaan.batas``: how big a submission may be before it is refused unread."""

    model_config = ConfigDict(extra="forbid")

    ukuran_berkas_mb: float = Field(50, gt=0)
    ukuran_isi_mb: float = Field(200, gt=0)
    jumlah_sel: int = Field(2_000_000, gt=0)
    jumlah_bagian_zip: int = Field(10_000, gt=0)
    rasio_kompresi: float = Field(1000, gt=0)
    # what one file may cost the worker process reading it (skp.run.isolation): past either, the worker
    # is replaced and the file reported as berkas-rusak
    waktu_per_berkas_detik: float = Field(120, gt=0)
    memori_pemeriksa_mb: float = Field(2048, ge=0)


class _ReadingRules(BaseModel):
    """The part of section ``pembacaan`` this module owns; the detection keys belong to the reader."""

    model_config = ConfigDict(extra="ignore")

    batas: Limits = Field(default_factory=Limits)


def reading_limits(config: Config) -> Limits:
    return config.section("pembacaan", _ReadingRules).batas


def _mb(size: float) -> str:
    """Megabytes the Indonesian way: ``73``, ``50,4``, ``1.024``."""
    value = size / _MB
    if value >= 100:
        return f"{value:,.0f}".replace(",", ".")
    return f"{value:.1f}".replace(".", ",").removesuffix(",0")


def _count(number: int) -> str:
    return f"{number:,}".replace(",", ".")


_NOT_REGULAR = {
    stat.S_IFIFO: "pipa bernama (FIFO)",
    stat.S_IFCHR: "perangkat karakter",
    stat.S_IFBLK: "perangkat blok",
    stat.S_IFSOCK: "soket",
}
_OPEN_FLAGS = (
    os.O_RDONLY | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
)


def _regular(status: os.stat_result) -> None:
    """Refuse anything but a regular file: reading a FIFO, a terminal or a device may block forever."""
    if stat.S_ISDIR(status.st_mode):
        raise WorkbookRejected("berkas-rusak", "yang diberikan adalah folder, bukan berkas")
    if not stat.S_ISREG(status.st_mode):
        kind = _NOT_REGULAR.get(stat.S_IFMT(status.st_mode), "bukan berkas biasa")
        raise WorkbookRejected("berkas-rusak", f"{kind}, bukan berkas biasa; tidak dibuka")


def read_submission(path: Path, limits: Limits) -> bytes:
    """The file's bytes, opened read-only, refusing an oversized file before reading it.

    Anything that is not a regular file (a FIFO, a device, a socket named ``x.xlsx``) is refused from its
    ``stat`` without being opened; the open itself does not block (``O_NONBLOCK``) and is checked again,
    in case the name was swapped for one in between.
    """
    try:
        _regular(os.stat(path))
        with open(os.open(path, _OPEN_FLAGS), "rb") as handle:
            status = os.fstat(handle.fileno())
            _regular(status)
            size = status.st_size
            if size > limits.ukuran_berkas_mb * _MB:
                raise WorkbookRejected(
                    "berkas-terlalu-besar",
                    f"ukuran {_mb(size)} MB melebihi batas {_mb(limits.ukuran_berkas_mb * _MB)} MB",
                )
            cap = int(limits.ukuran_berkas_mb * _MB) + 1
            data = handle.read(min(size + 1, cap))  # asking for the whole cap costs a large allocation
            if len(data) > size:  # grown since fstat: read on to the cap as before
                data += handle.read(cap - len(data))
            return data
    except FileNotFoundError as exc:
        raise WorkbookRejected("berkas-rusak", "berkas tidak ditemukan") from exc
    except IsADirectoryError as exc:
        raise WorkbookRejected("berkas-rusak", "yang diberikan adalah folder, bukan berkas") from exc
    except PermissionError as exc:
        raise WorkbookRejected("berkas-rusak", "tidak ada izin untuk membaca berkas") from exc
    except OSError as exc:
        raise WorkbookRejected("berkas-rusak", "berkas gagal dibaca dari penyimpanan") from exc


def check_submission(
    data: bytes, limits: Limits, light: bool = False, memo: dict[object, object] | None = None
) -> list[zipfile.ZipInfo] | None:
    """Refuse unsafe or unreadable content with :class:`WorkbookRejected`; return the entries of an
    .xlsx/.xlsm package (None for an .xls), so that a caller reading more of it (:func:`part_bytes`) does
    not parse its central directory a second time.

    The format comes from the magic bytes, never from the file name: staff rename files freely.

    ``light`` skips the second full inflation of every part (the CRC and the exact cell extent): only the
    central directory and the start of each XML part are read. That is safe only where a parser abort
    costs one file, never the run, i.e. in an isolated worker process (:mod:`skp.run.isolation`), which
    retries a file that brought it down with the full scan.

    ``memo``: a table the light scan may remember the workbook's own parts in (see
    :func:`_remembered_uses`), owned by the caller's run (the reading session of a worker).
    """
    if data.startswith(_ZIP_MAGIC):
        return _check_zip(data, limits, light, memo)
    if data.startswith(_OLE_MAGIC):
        _check_ole(data, limits)
        return None
    raise WorkbookRejected("berkas-rusak", _not_a_workbook(data))


def _not_a_workbook(data: bytes) -> str:
    """A short Indonesian reason naming what the file looks like instead."""
    if not data:
        return "berkas kosong"
    if data.startswith(b"%PDF"):
        return "berkas PDF, bukan lembar kerja"
    try:  # incremental, so a character cut at the 1 KB boundary is not mistaken for binary
        text = codecs.getincrementaldecoder("utf-8-sig")().decode(data[:1024])
    except UnicodeDecodeError:
        return "format berkas tidak dikenali"
    if text.lstrip().startswith("<"):
        return "berkas HTML atau XML, bukan buku kerja Excel"
    if all(ch.isprintable() or ch.isspace() for ch in text):
        return "berkas teks biasa, bukan lembar kerja"
    return "format berkas tidak dikenali"


def _check_zip(
    data: bytes, limits: Limits, light: bool, memo: dict[object, object] | None = None
) -> list[zipfile.ZipInfo]:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except Exception as exc:  # zipfile meets hostile bytes with many exception types; all mean broken
        raise WorkbookRejected("berkas-rusak", "berkas terpotong atau arsipnya rusak") from exc
    with archive:
        entries = archive.infolist()
        _check_sizes(entries, limits)
        _check_structure(entries)
        if not light or not _light_scan(data, archive, entries, limits, memo):
            _check_parts(data, archive, entries, limits)
    return entries


def part_bytes(data: bytes, entry: zipfile.ZipInfo) -> bytes:
    """One part of a package :func:`check_submission` has passed, whole, inflated straight from ``data``
    and checked as zipfile checks it (:func:`_inflated`); ``zipfile.BadZipFile`` or ``zlib.error`` when
    it is damaged."""
    if entry.compress_type in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
        return b"".join(_inflated(data, None, entry))
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return archive.read(entry)


def _check_sizes(entries: list[zipfile.ZipInfo], limits: Limits) -> None:
    if len(entries) > limits.jumlah_bagian_zip:
        raise WorkbookRejected(
            "berkas-terlalu-besar",
            f"berisi {_count(len(entries))} bagian, melebihi batas {_count(limits.jumlah_bagian_zip)}",
        )
    total = sum(entry.file_size for entry in entries)
    if total > limits.ukuran_isi_mb * _MB:
        raise WorkbookRejected(
            "berkas-terlalu-besar",
            f"isi setelah dibuka {_mb(total)} MB melebihi batas {_mb(limits.ukuran_isi_mb * _MB)} MB",
        )
    for entry in entries:
        if entry.file_size > max(entry.compress_size, 1) * limits.rasio_kompresi:
            ratio = _count(entry.file_size // max(entry.compress_size, 1))
            raise WorkbookRejected(
                "berkas-terlalu-besar", f"bagian {entry.filename} memampat {ratio} kali, tidak wajar"
            )


def _check_structure(entries: list[zipfile.ZipInfo]) -> None:
    if any(entry.flag_bits & 0x1 for entry in entries):
        raise WorkbookRejected("berkas-terenkripsi", "arsip ZIP dilindungi kata sandi")
    names = {entry.filename for entry in entries}
    if len(names) < len(entries):
        raise WorkbookRejected("berkas-rusak", "arsip berisi bagian bernama ganda")
    if "xl/workbook.xml" in names:
        return
    if "xl/workbook.bin" in names:
        reason = "format .xlsb tidak didukung"
    elif "word/document.xml" in names:
        reason = "dokumen Word, bukan lembar kerja"
    elif "ppt/presentation.xml" in names:
        reason = "presentasi PowerPoint, bukan lembar kerja"
    elif "mimetype" in names:
        reason = ("dokumen OpenDocument (.ods), bukan .xlsx/.xlsm/.xls; buka di LibreOffice Calc lalu simpan "
                  "sebagai Excel 2007-365 (.xlsx)")
    else:
        reason = "arsip ZIP yang tidak berisi buku kerja Excel"
    raise WorkbookRejected("berkas-rusak", reason)


def _check_parts(
    data: bytes, archive: zipfile.ZipFile, entries: list[zipfile.ZipInfo], limits: Limits
) -> None:
    """Read every XML part and every worksheet through once, as the parser will, before the parser does.

    A DOCTYPE in a prolog is refused. Reading to the end makes zipfile stop at the declared size and check
    the CRC, so a part that inflates past what it declares (a bomb with a false size) is refused too.
    Worksheets are counted on the way by their stored cells (a declared ``<dimension>`` is no measure: the
    parser sizes a sheet by what it stores), at first by a cheap upper bound. Only a workbook whose bound
    passes the limit is read through again, counting exactly: until the bound passes the limit nothing else
    can have, so the first reading refuses what the exact one would, and a refusal always names the exact
    count.
    """
    try:
        _inspect_parts(data, archive, entries, _CellTally(limits.jumlah_sel, exact=False))
    except _Overestimated:
        _inspect_parts(data, archive, entries, _CellTally(limits.jumlah_sel, exact=True))


def _inspect_parts(
    data: bytes, archive: zipfile.ZipFile, entries: list[zipfile.ZipInfo], tally: _CellTally
) -> None:
    sheets = _worksheet_uses(data, archive, entries)
    tally.sheet_names = lambda: _sheet_names(data, archive, entries)
    for entry in entries:
        key = _part_key(entry.filename)
        if key in sheets or key.endswith((".xml", ".rels")):
            inspect = partial(_inspect_part, tally=tally, uses=sheets.get(key, 0), key=key)
            _read_part(data, archive, entry, inspect)


def _light_scan(
    data: bytes, archive: zipfile.ZipFile, entries: list[zipfile.ZipInfo], limits: Limits,
    memo: dict[object, object] | None = None,
) -> bool:
    """The light scan: the start of each XML part the parser reads (prolog, shared-strings count, declared
    dimension).

    Returns False when the workbook may hold more cells than the limit allows, judged from what can be
    told without inflating a worksheet whole: its declared dimension, or its size at one cell per
    :data:`_SMALLEST_CELL` bytes when it declares less. Then the full scan decides, exactly.
    """
    sheets = _remembered_uses(data, archive, entries, memo)
    tally = _CellTally(limits.jumlah_sel)
    bound = 0
    for entry in entries:
        key = _part_key(entry.filename)
        if key in sheets or (key.endswith((".xml", ".rels")) and not key.startswith(_UNREAD_BY_PARSER)):
            start = _remembered_start(data, archive, entry, memo)
            tally.check_strings(start)
            uses = sheets.get(key, 0)
            if uses:  # another part declares no cells the parser would allocate: its dimension is not read
                # a declared dimension past the limit sends the workbook to the exact count, never refuses it:
                # LibreOffice and other writers declare ``A1:AMJ1048576`` over a few stored cells, and the
                # parser sizes a sheet by the cells it stores, not by what the sheet declares
                bound += max(_declared_cells(start) * uses, entry.file_size // _SMALLEST_CELL * uses)
    return bound <= limits.jumlah_sel


def _part_key(name: str) -> str:
    """A part name as compared here: some tools write backslashes, and any case must match."""
    return name.replace("\\", "/").lower()


class _Overestimated(Exception):
    """A workbook's cells, counted by their upper bound, pass the limit: they must be counted exactly."""


class _CellTally:
    """Running cell counts over a workbook's worksheets, refused as soon as one passes the limit.

    Stored cells are counted exactly, or (``exact=False``) by an upper bound that raises
    :class:`_Overestimated` instead of refusing. A shared-strings table is held to the same limit: the
    parser reserves room for the number of entries it declares, so a false ``uniqueCount`` of billions
    would abort the process.
    """

    def __init__(self, limit: int, exact: bool = True) -> None:
        self.limit = limit
        self.exact = exact
        self.stored = 0
        # the exact count's widest worksheet (cells, part key, rows, columns), named in a refusal
        self.widest: tuple[int, str, int, int] | None = None
        self.sheet_names: Callable[[], dict[str, str]] = dict

    def add(self, stored: int = 0) -> None:
        self.stored += stored
        cells = self.stored
        if cells > self.limit:
            if not self.exact:
                raise _Overestimated
            raise WorkbookRejected(
                "berkas-terlalu-besar",
                f"sekitar {_count(cells)} sel melebihi batas {_count(self.limit)} sel{self._widest_sheet()}",
            )

    def add_sheet(self, part: Readable, start: bytes, uses: int = 1, key: str = "") -> None:
        """Count a worksheet part, of which ``start`` has been read, read ``uses`` times by the parser."""
        if not self.exact:
            self.add(stored=xlsx_sheet_cells_at_most(part, start) * uses)
            return
        rows, columns = xlsx_sheet_extent(part, start)
        if self.widest is None or rows * columns > self.widest[0]:
            self.widest = (rows * columns, key, rows, columns)
        self.add(stored=rows * columns * uses)

    def _widest_sheet(self) -> str:
        """Where the cells are: the widest sheet by name and its furthest cell, which is what the user deletes
        (a value typed far to the right, in XFD150, makes a small form 16,384 columns wide)."""
        if self.widest is None or not self.widest[0]:
            return ""
        _, key, rows, columns = self.widest
        name = self.sheet_names().get(key, "")[:_SHEET_NAME_MAX]  # the workbook's own text: bounded
        sheet = f"sheet {name}" if name else "salah satu sheet"
        return (
            f"; {sheet} terbentang sampai sel {xl_rowcol_to_cell(rows - 1, columns - 1)} "
            f"({_count(rows)} baris × {_count(columns)} kolom; Ctrl+End menunjukkan sel terakhir): "
            "hapus isian atau format di luar formulir"
        )

    def check_strings(self, start: bytes) -> None:
        match = _SHARED_STRINGS.search(start) if b"uniqueCount" in start else None  # the literal is cheap
        entries = int(match.group(1)) if match else 0
        if entries > self.limit:
            raise WorkbookRejected(
                "berkas-terlalu-besar",
                f"daftar teks menyatakan {_count(entries)} entri, melebihi batas {_count(self.limit)}",
            )


def _inspect_part(part: Readable, tally: _CellTally, uses: int, key: str = "") -> None:
    """One XML part read to its end; a worksheet's cells are counted on the way, once for every sheet
    entry of the workbook that names it (the parser reads it once for each)."""
    start = _scan_prolog(part)
    tally.check_strings(start)
    if not uses:
        while part.read(_CHUNK):
            pass
        return
    tally.add_sheet(part, start, uses, key)


def _read_part(
    data: bytes, archive: zipfile.ZipFile, entry: zipfile.ZipInfo, reader: Callable[[_Part], T],
    whole: bool = True,
) -> T:
    """``reader`` applied to the part, any damage to the part reported as ``berkas-rusak``.

    The part is read to its end (``whole``), so its size and CRC are verified whatever ``reader`` does;
    otherwise no further than ``reader`` reads, in small steps.
    """
    try:
        part = _Part(_inflated(data, archive, entry, _CHUNK if whole else _LIGHT_CHUNK))
        result = reader(part)
        if whole:
            part.read()
        return result
    except (WorkbookRejected, _Overestimated):
        raise
    except Exception as exc:  # a damaged deflate stream or header, whatever zipfile calls it
        raise WorkbookRejected("berkas-rusak", f"bagian {entry.filename} rusak") from exc


class _Part:
    """A zip part's bytes read like a file, pulled from an iterator of chunks (see :func:`_inflated`)."""

    def __init__(self, chunks: Iterator[bytes]) -> None:
        self._chunks = chunks
        self._buffer = b""
        self._pos = 0

    def read(self, size: int = -1) -> bytes:
        """Exactly ``size`` bytes unless the part ends first; the rest of the part when ``size`` < 0."""
        if size < 0:
            rest = self._buffer[self._pos :] + b"".join(self._chunks)
            self._buffer, self._pos = b"", 0
            return rest
        while len(self._buffer) - self._pos < size:
            more = next(self._chunks, None)
            if more is None:
                break
            self._buffer = self._buffer[self._pos :] + more if self._pos < len(self._buffer) else more
            self._pos = 0
        chunk = self._buffer[self._pos : self._pos + size]
        self._pos += len(chunk)
        return chunk


def _inflated(
    data: bytes, archive: zipfile.ZipFile | None, entry: zipfile.ZipInfo, step: int = _CHUNK
) -> Iterator[bytes]:
    """The part's content in chunks of at most ``step`` bytes, inflated straight from ``data``.

    Checks what zipfile's reader checks (local header, name, flags, missing data, CRC), with one less
    Python layer per chunk. Output stops one byte past the declared size: a part inflating further is
    a bomb lying about its size and is refused without inflating the rest. Compression methods other
    than stored and deflate (which Excel does not write) go through zipfile itself.
    """
    if entry.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
        assert archive is not None, "only stored and deflated parts are inflated without their archive"
        with archive.open(entry) as part:
            yield from iter(partial(part.read, step), b"")
        return
    # Like zipfile, only the data actually needed must be there: a stream may end before its declared
    # compressed size, and a stored part is read only as far as its declared size.
    raw = memoryview(data)[_data_start(data, entry) :][: entry.compress_size]
    cut_short = len(raw) < entry.compress_size
    crc = 0
    if entry.compress_type == zipfile.ZIP_STORED:
        size = min(entry.compress_size, entry.file_size)
        if len(raw) < size:
            raise zipfile.BadZipFile("data cut short")
        for start in range(0, size, step):
            chunk = bytes(raw[start : min(start + step, size)])
            crc = zlib.crc32(chunk, crc)
            yield chunk
    else:
        # The input goes in in slices: zlib copies the input it has not consumed yet on every call, which
        # for the whole rest of a large part would cost more than the inflating itself.
        inflater, left, offset = zlib.decompressobj(-zlib.MAX_WBITS), entry.file_size, 0
        pending: bytes | memoryview = b""
        while not inflater.eof:
            if not pending:
                pending = raw[offset : offset + max(step // 4, 4096)]
                offset += len(pending)
                if not pending:
                    break
            given = len(pending)
            chunk = inflater.decompress(pending, min(step, left + 1))
            pending = inflater.unconsumed_tail
            if len(chunk) > left:
                raise zipfile.BadZipFile("inflates past its declared size")
            if not chunk:
                if len(pending) == given:  # no progress: nothing more comes out of this stream
                    break
                continue
            left -= len(chunk)
            crc = zlib.crc32(chunk, crc)
            yield chunk
        if left > 0 and not inflater.eof and cut_short:
            raise zipfile.BadZipFile("data cut short")
    if crc != entry.CRC:
        raise zipfile.BadZipFile("bad CRC-32")


def _data_start(data: bytes, entry: zipfile.ZipInfo) -> int:
    """Where a part's compressed data starts, after its local header, checked as zipfile checks it."""
    if entry.flag_bits & _UNSUPPORTED_FLAGS or entry.header_offset < 0:
        raise zipfile.BadZipFile("unsupported zip feature")
    magic, flags, name_length, extra_length = _LOCAL_HEADER.unpack_from(data, entry.header_offset)
    if magic != _LOCAL_MAGIC:
        raise zipfile.BadZipFile("bad local header")
    name_start = entry.header_offset + _LOCAL_HEADER.size
    name = data[name_start : name_start + name_length].decode("utf-8" if flags & _UTF8_NAME else "cp437")
    if name != entry.orig_filename:
        raise zipfile.BadZipFile("name differs from the central directory")
    return name_start + name_length + extra_length


def _worksheet_uses(data: bytes, archive: zipfile.ZipFile, entries: list[zipfile.ZipInfo]) -> dict[str, int]:
    """Keys of the worksheet parts with how many times the parser reads each.

    A worksheet part is any part a worksheet relationship of the workbook points to, whatever its name,
    plus every XML part under ``xl/worksheets/``. A relationship target is matched in every way a reader
    might resolve it (relative to ``xl/``, absolute, with ``..`` folded or taken literally, as a zip entry
    may be named ``xl/../x.xml``), so no naming trick hides a sheet from the count. A part counts once for
    every ``<sheet>`` entry of the workbook naming a relationship to it: thirty entries naming one part
    make the parser read it thirty times.
    """
    by_key = {_part_key(entry.filename): entry for entry in entries}
    uses: dict[str, int] = {}
    for key, names in _named_parts(data, archive, by_key):
        uses[key] = uses.get(key, 0) + max(len(names), 1)
    for key in by_key:
        if key.startswith("xl/worksheets/") and key.endswith(".xml"):
            uses.setdefault(key, 1)
    return uses


def _remembered_uses(
    data: bytes, archive: zipfile.ZipFile, entries: list[zipfile.ZipInfo], memo: dict[object, object] | None
) -> dict[str, int]:
    """:func:`_worksheet_uses`, remembered in ``memo`` by everything it reads: the archive's part names and
    the stored bytes of ``xl/workbook.xml`` and its relationships. A batch's workbooks come from a few
    templates, so these two parts repeat byte for byte and are not inflated and parsed again (a third of
    the light scan); equal stored bytes inflate to equal parts, so the answer is the one they would give."""
    by_key = {_part_key(entry.filename): entry for entry in entries}
    rels, book = by_key.get(_WORKBOOK_RELS), by_key.get(_WORKBOOK)
    if memo is None or rels is None or book is None:
        return _worksheet_uses(data, archive, entries)
    try:
        memo_key = ("workbook parts", tuple(by_key), stored_part(data, rels), stored_part(data, book))
    except (zipfile.BadZipFile, struct.error, ValueError):  # the scan itself says what is wrong
        return _worksheet_uses(data, archive, entries)
    uses: dict[str, int] | None = memo.get(memo_key)  # type: ignore[assignment]
    if uses is None:
        uses = _worksheet_uses(data, archive, entries)
        remember(memo, memo_key, uses, _MEMO_MAX)
    return dict(uses)


def _remembered_start(
    data: bytes, archive: zipfile.ZipFile, entry: zipfile.ZipInfo, memo: dict[object, object] | None
) -> bytes:
    """The start of a part as the light scan reads it (:func:`_scan_prolog`), remembered in ``memo`` by the
    part as stored. A batch's workbooks share many parts byte for byte (styles, content types, the
    workbook and its relationships, a template's untouched sheets) and equal stored parts begin alike, so
    each is inflated once per run. Only small parts are remembered, so the table stays small.
    """
    if memo is None or entry.compress_size > _MEMO_PART_MAX:
        return _read_part(data, archive, entry, _scan_prolog, whole=False)
    try:
        memo_key = stored_part(data, entry)
    except (zipfile.BadZipFile, struct.error, ValueError):  # the scan itself says what is wrong
        return _read_part(data, archive, entry, _scan_prolog, whole=False)
    # a table of its own inside the memo: a batch's unique parts fill it, and emptying it when full must
    # not take the workbook parts remembered beside it
    return remembered(memo, "part starts", memo_key,
                      lambda: _read_part(data, archive, entry, _scan_prolog, whole=False), _MEMO_MAX)


def stored_part(data: bytes, entry: zipfile.ZipInfo) -> tuple[int, int, int, int, bytes]:
    """A part as stored: its compression, sizes and compressed bytes, all that its content depends on."""
    start = _data_start(data, entry)
    return (entry.compress_type, entry.compress_size, entry.file_size, entry.CRC,
            data[start : start + entry.compress_size])


def _xml(data: bytes, archive: zipfile.ZipFile, entry: zipfile.ZipInfo) -> Element:
    """The part parsed whole, after :func:`_scan_prolog`."""

    def parse(part: _Part) -> Element:
        return ElementTree.fromstring(_scan_prolog(part) + part.read())

    return _read_part(data, archive, entry, parse)


def _named_parts(
    data: bytes, archive: zipfile.ZipFile, by_key: dict[str, zipfile.ZipInfo]
) -> Iterator[tuple[str, list[str]]]:
    """(part key, names of the ``<sheet>`` entries naming it) for every part a worksheet relationship of the
    workbook, or a ``<sheet>`` entry, points to; a part pointed to twice comes twice."""
    rels, book = by_key.get(_WORKBOOK_RELS), by_key.get(_WORKBOOK)
    if rels is None:
        return
    names_per_id = _sheet_entries(data, archive, book) if book is not None else {}
    for relation in _xml(data, archive, rels):
        target = relation.get("Target", "")
        names = names_per_id.get(relation.get("Id", ""), [])
        if target and (names or relation.get("Type", "").endswith("/worksheet")):
            for key in _target_keys(target) & by_key.keys():
                yield key, names


def _sheet_names(data: bytes, archive: zipfile.ZipFile, entries: list[zipfile.ZipInfo]) -> dict[str, str]:
    """The sheet name the user sees for each worksheet part (the first, if several entries name it)."""
    by_key = {_part_key(entry.filename): entry for entry in entries}
    found: dict[str, str] = {}
    for key, names in _named_parts(data, archive, by_key):
        if names:
            found.setdefault(key, names[0])
    return found


def _sheet_entries(data: bytes, archive: zipfile.ZipFile, book: zipfile.ZipInfo) -> dict[str, list[str]]:
    """The names of the ``<sheet>`` entries of ``xl/workbook.xml`` naming each relationship id."""
    names: dict[str, list[str]] = {}
    for element in _xml(data, archive, book).iter():
        if element.tag.rpartition("}")[2] != "sheet":
            continue
        for name, value in element.attrib.items():
            if name.rpartition("}")[2] == "id" and name.startswith("{"):
                names.setdefault(value, []).append(element.get("name", ""))
    return names


def _target_keys(target: str) -> set[str]:
    """Every part key a relationship target of ``xl/workbook.xml`` may be read as."""
    target = target.replace("\\", "/")
    if _FOLDED_SEGMENTS.isdisjoint(target.split("/")):  # a plain relative path: itself, and under xl/
        return {target.lower(), "xl/" + target.lower()}
    rooted = target.lstrip("/")
    joined = posixpath.join("xl", target) if not target.startswith("/") else rooted
    candidates = {target, rooted, joined, posixpath.join("xl", rooted)}
    return {_part_key(c) for c in candidates | {posixpath.normpath(c) for c in candidates}}


def _scan_prolog(part: Readable) -> bytes:
    """The bytes read so far, after refusing a DOCTYPE in the part's prolog (and any encoding but UTF-8,
    the only one Excel writes, so that no scan here can be dodged by re-encoding a part)."""
    head = part.read(_HEAD_BYTES)
    if head.startswith((b"\xff\xfe", b"\xfe\xff")) or b"\x00" in head[:2]:
        raise WorkbookRejected("berkas-rusak", "bagian XML tidak dalam pengodean UTF-8")
    return _check_prolog(head, part)


def _check_prolog(head: bytes, part: Readable) -> bytes:
    """Refuse a part whose prolog (before the root element) declares a DOCTYPE.

    Declarations, processing instructions and comments are skipped properly, so neither a long comment
    nor a ``<`` inside one hides a DOCTYPE. A prolog longer than the first chunk is read on only as far
    as it goes, and one longer than any real workbook writes is refused outright. Returns the bytes read.
    """
    buffer, pos = head, 0
    while True:
        text = buffer.decode("utf-8", errors="replace").lstrip("\ufeff")
        while True:
            rest = text[pos:].lstrip()
            pos = len(text) - len(rest)
            if rest.startswith("<!DOCTYPE"):
                raise WorkbookRejected("berkas-rusak", _FORBIDDEN_XML)
            end = _markup_end(rest)
            if end is None:
                break
            pos += end
        unfinished = not rest or "<!DOCTYPE".startswith(rest) or rest.startswith(("<?", "<!--"))
        if not unfinished:
            return buffer
        more = part.read(_HEAD_BYTES)
        if not more:
            return buffer
        buffer += more
        if len(buffer) > _PROLOG_MAX:
            raise WorkbookRejected("berkas-rusak", "bagian XML diawali isi yang tidak wajar")


def _markup_end(text: str) -> int | None:
    """Length of a complete declaration, instruction or comment at the start of ``text``, if any."""
    for opener, closer in (("<?", "?>"), ("<!--", "-->")):
        if text.startswith(opener):
            end = text.find(closer, len(opener))
            return None if end < 0 else end + len(closer)
    return None


def _declared_cells(head: bytes) -> int:
    """Cells in a worksheet's declared ``<dimension ref>``; 0 when it declares none up front."""
    match = _DIMENSION.search(head)
    if match is None:
        return 0
    first, _, last = match.group(1).decode("ascii").partition(":")
    (row0, col0), (row1, col1) = xl_cell_to_rowcol(first), xl_cell_to_rowcol(last or first)
    return (abs(row1 - row0) + 1) * (abs(col1 - col0) + 1)


def _has_filepass(head: bytes) -> bool:
    """Whether the workbook stream opens with a FILEPASS record (BIFF 0x002F), i.e. is encrypted.

    Excel writes FILEPASS right after the first BOF record, so the first few records decide. Checked
    here because python-calamine, reading from memory, reports an encrypted .xls only as undetectable.
    """
    first = islice(biff.substream(head, 0), _BIFF_RECORDS_SCANNED)
    return any(record == biff.FILEPASS for record, _ in first)


def _check_ole(data: bytes, limits: Limits) -> None:
    """An OLE compound file is either a legacy .xls or an encrypted OOXML package."""
    streams, workbook = _ole_contents(data)
    if "EncryptionInfo" in streams or "EncryptedPackage" in streams:
        raise WorkbookRejected("berkas-terenkripsi", "paket terenkripsi")
    if workbook is None:
        raise WorkbookRejected("berkas-rusak", "dokumen Office lama yang bukan buku kerja Excel")
    if _has_filepass(workbook[:_HEAD_BYTES]):
        raise WorkbookRejected("berkas-terenkripsi", "buku kerja .xls dilindungi kata sandi")
    _CellTally(limits.jumlah_sel).add(stored=xls_sheet_cells(workbook))


def _ole_contents(data: bytes) -> tuple[set[str], bytes | None]:
    """Top-level stream names and the workbook stream, if there is one."""
    try:
        with olefile.OleFileIO(io.BytesIO(data)) as ole:
            streams = {path[0] for path in ole.listdir(streams=True, storages=True)}
            name = biff.workbook_stream_name(ole)
            return streams, None if name is None else ole.openstream(name).read()
    except Exception as exc:  # olefile parses hostile bytes in pure Python; any failure means a broken file
        raise WorkbookRejected("berkas-rusak", "berkas Excel lama (.xls) rusak atau terpotong") from exc
