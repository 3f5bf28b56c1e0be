"""Meaning-preserving disturbances of the clean evaluation workbooks: does ``skp periksa`` stay quiet?

Usage: ``python benchmarks/gangguan.py [SET ...] [--hanya GANGGUAN] [--simpan FOLDER]`` (default: every
held-out set, ``nyata`` … ``nyata_i``, ``nyata_l`` and ``nyata_m``). Every clean workbook of each set
(``"clean": true`` in its ``harapan.json``; .xlsx and .xlsm, what openpyxl writes) is read by openpyxl with
the values Excel last
computed (``data_only``), changed in one way staff change forms without changing what they say (SPEC
§3.10), written again, and checked one file at a time as ``benchmarks/nyata/ukur.py`` does. Each finding
the disturbed copy gets and the undisturbed copy (read and written the same way, only not changed) does
not is listed: an ``error`` there is a false error the held-out sets did not show, a ``warning`` a false
warning.

The disturbances:

- ``geser``: the content of every sheet two rows down and one column right (merged areas, hidden rows and
  columns with it), as when staff add a letterhead row or a margin column;
- ``kapital``: every text in capitals, as forms typed with Caps Lock;
- ``spasi``: a space after every text and doubled spaces inside labels;
- ``sheet-depan``: an empty ``Sheet1`` in front of the others, and every sheet name in capitals;
- ``angka-teks``: every number stored as text (``"12"``), as a column formatted as text leaves it;
- ``persen-angka``: every text that is a percentage alone (``85%``, ``92,5 %``) the number Excel keeps
  when one types it (0,85 formatted ``0%``, 0,925 formatted ``0.0%``): it shows the same text;
- ``titik-dua``: `` :`` after every label;
- ``baris-baru``: every label of two words or more broken over two lines at its middle space (Alt+Enter);
- ``kecil``: every text in small letters;
- ``nbsp``: every space a non-breaking one (U+00A0), as text pasted from Word or a web page brings;
- ``pisah-gabungan``: every merged area unmerged, its value left in its first cell (an RK written once
  above its IKI rows);
- ``kolom-tersembunyi``: an empty hidden column inserted before column C of every sheet;
- ``kolom-kosong``: the same column seen (a spacer between label and value, or inside the table);
- ``baris-kosong-bernomor``: an empty row under every row numbered in column A (inside an RK's rows, between
  the identity rows);
- ``kop-surat``: a letterhead of three lines (pemerintah, dinas, alamat) and a blank row above every sheet's
  content, as agencies print forms on their letter paper;
- ``catatan-bawah``: a note (``Catatan: *) coret yang tidak perlu``) in the first column under the last
  filled row before the first place-and-date line of every sheet, as forms printed with their footnotes;
- ``baris-kosong-bagian``: an empty row above and below each ``A. KINERJA UTAMA``/``B. KINERJA TAMBAHAN``;
- ``perilaku-di-bawah``: the content of a sheet named for Perilaku moved under the first sheet's (three
  blank rows between) and that sheet removed, as forms printed on one page write the Perilaku block;
- ``satu-sheet``: every sheet's content moved under the first sheet's, one after another: a workbook of
  one sheet holding the plan with its annexes as blocks under it (a sheet with content in a column the
  first sheet hides stays a sheet: moved, it would be hidden);
- ``urutan-sheet``: the sheets in reverse order (the annexes in front of the plan);
- ``nama-sheet``: every sheet named ``Sheet1``, ``Sheet2`` …: forms are recognised by what they hold;
- ``kolom-keterangan``: a ``KETERANGAN`` column right of every table whose header has a ``NO`` column (the
  same header rows, merged down as that ``NO`` is), ``-`` on each numbered row under it: the remarks column
  agencies add to the official form;
- ``komentar``: a cell comment (Excel's note, ``Catatan reviu``) on the first cell of every sheet and on every
  numbered row's number, as reviewers and staff leave notes in the workbook they pass around;
- ``tanggal-sel``: every text that is one day and nothing else (``2 Januari 2026``, ``31 Desember 2026``) the
  date cell Excel keeps when one types it, formatted to show the same (``[$-421]d mmmm yyyy``);
- ``aspek-ditulis``: every aspek written alone (``Kuantitas``) in the forms SPEC §3.10 shows, one per cell in
  turn (``IKI (Kuantitas)``, ``Kuant/Output``, ``KUANTITAS/OUTPUT``, ``Kual/Mutu``, ``Waktu (bulan)`` …);
- ``jf-tanpa-ahli``: every JF title without its word Ahli (``Analis Kebijakan Muda``), as SPEC §3.10 shows;
- ``garis-miring``: spaces around every slash of a label, ``DINILAI`` written ``DI NILAI``;
- ``unit-dua-baris``: each UNIT KERJA value of three words or more continued on a row inserted under it;
- ``target-terlipat``: a PDF copy (no merged area) whose narrow TARGET, kategori, REALISASI and CAPAIAN cells
  fold after their number: ``12 laporan`` is ``12`` with ``laporan`` on a row inserted under it;
- ``kategori-dua``: kategori written without BAIK, the TARGET standing for it (SPEC §3.10: CUKUP and SANGAT
  BAIK only, of a three-level form): the BAIK cells deleted from the table's header to its last row (cells
  right of them moved left), where each BAIK says what its TARGET says;
- ``sheet-lama``: last year's plan (the first sheet copied, every year one less) kept as a hidden sheet in
  front of the others;
- ``jabatan-peran``: each JABATAN value written with a role beside it, as SPEC §3.10 shows: a JF title
  followed by ``merangkap Subkoordinator``, any other opened with ``Plt.``;
- ``nilai-saja``: the workbook as the "Periksa SKP" button sends it to ``skp server`` from a PC with nothing
  installed (xlwings' remote engine): cell values only, no merged area and no number format (a number's
  format set to General; dates stay dates), marked as the server marks the submissions it stores (a hidden
  sheet ``_skp_nilai_saja``, the protocol of ``skp server``, not a reading rule);
- ``xls``: the undisturbed copy saved by LibreOffice as an Excel 97–2003 ``.xls`` (one ``soffice`` run for
  all), the old format many agencies still send;
- ``xlsx-lo``: the undisturbed copy opened and saved again as ``.xlsx`` by LibreOffice Calc, as staff who
  work in LibreOffice (or WPS) send it: another writer's parts, styles and shared strings;
- ``salah-ketik``: one typo (two neighbouring letters of its longest word swapped) in ONE label of the
  forms (a text whose key is a label or alias of ``mappings/``), a copy per label: the typo SPEC §3.10
  expects. Labels shorter than ``pencocokan_label.panjang_minimum`` letters are left alone: those only
  ever match exactly, by design.

The exit status is 0 whatever is found; the numbers are for the people improving the reader.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
from collections import Counter
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

from openpyxl import Workbook, load_workbook
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.cell_range import CellRange, MultiCellRange
from openpyxl.worksheet.worksheet import Worksheet

HERE = Path(__file__).resolve().parent
SETS = ["nyata", "nyata_b", "nyata_c", "nyata_d", "nyata_e", "nyata_f", "nyata_g", "nyata_h", "nyata_i",
        "nyata_l", "nyata_m"]


def _every_cell(wb: Workbook) -> Iterator[Any]:
    """Every cell of every sheet, row by row (openpyxl's cells, to change in place)."""
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            yield from row


def _texts(wb: Workbook, change: Callable[[str], str]) -> None:
    for cell in _every_cell(wb):
        if isinstance(cell.value, str) and cell.value and not cell.value.startswith("="):
            cell.value = change(cell.value)


def _shift(wb: Workbook, rows: int = 2, cols: int = 1) -> None:
    for ws in wb.worksheets:
        if ws.max_row == 1 and ws.max_column == 1 and ws.cell(1, 1).value is None:
            continue
        _insert(ws, 1, 1, rows, cols)


def _insert(ws: Worksheet, at_row: int, at_col: int, rows: int = 0, cols: int = 0) -> None:
    """``rows`` empty rows before row ``at_row`` and ``cols`` empty columns before column ``at_col`` (1 for
    all of them): the cells past them moved, the merged areas past them moved along or, across them,
    widened (openpyxl's own ``insert_rows`` leaves merged areas behind), and the hidden rows and columns past
    them moved along, as Excel moves them."""
    merged = [CellRange(r.coord) for r in ws.merged_cells.ranges]
    ws.merged_cells = MultiCellRange()
    if ws.max_row >= at_row and ws.max_column >= at_col:
        block = f"{get_column_letter(at_col)}{at_row}:{get_column_letter(ws.max_column)}{ws.max_row}"
        ws.move_range(block, rows=rows, cols=cols)
    for area in merged:
        if rows and area.min_row >= at_row:
            area.shift(row_shift=rows)
        elif rows and area.max_row >= at_row:
            area.expand(down=rows)
        if cols and area.min_col >= at_col:
            area.shift(col_shift=cols)
        elif cols and area.max_col >= at_col:
            area.expand(right=cols)
        ws.merged_cells.add(area)
    _shift_hidden(ws, at_row, at_col, rows, cols)


def _shift_hidden(ws: Worksheet, at_row: int, at_col: int, rows: int, cols: int) -> None:
    """The hidden rows from ``at_row`` on ``rows`` down, the hidden columns from ``at_col`` on ``cols`` right;
    a run of hidden columns across ``at_col`` keeps its part left of it."""
    hidden_rows = [r for r, d in ws.row_dimensions.items() if d.hidden and r >= at_row] if rows else []
    for r in hidden_rows:
        ws.row_dimensions[r].hidden = False
    for r in hidden_rows:
        ws.row_dimensions[r + rows].hidden = True
    hidden_cols: list[int] = []
    for dim in list(ws.column_dimensions.values()) if cols else []:
        first, last = dim.min or 0, dim.max or dim.min or 0
        if dim.hidden and last >= at_col:
            hidden_cols.extend(range(max(first, at_col), last + 1))
            if first >= at_col:
                dim.hidden = False
            else:
                dim.max = at_col - 1
    for c in hidden_cols:
        ws.column_dimensions[get_column_letter(c + cols)].hidden = True


def _capitals(wb: Workbook) -> None:
    _texts(wb, str.upper)


def _spaces(wb: Workbook) -> None:
    _texts(wb, lambda t: re.sub(r"(?<=[A-Za-z]) (?=[A-Za-z])", "  ", t) + " " if len(t) <= 60 else t + " ")


def _front_sheet(wb: Workbook) -> None:
    for i, ws in enumerate(wb.worksheets):  # openpyxl compares titles without case: through another name
        title, ws.title = ws.title, f"__{i}"
        ws.title = title.upper()
    wb.create_sheet("Sheet1", 0)
    wb.active = 1


def _numbers_as_text(wb: Workbook) -> None:
    for cell in _every_cell(wb):
        value = cell.value
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            cell.value = f"{value:g}".replace(".", ",") if isinstance(value, float) else str(value)
            cell.number_format = "@"


_PERCENT_RE = re.compile(r"^(\d{1,3})(?:,(\d{1,2}))? ?%$")


def _percent_numbers(wb: Workbook) -> None:
    for cell in _every_cell(wb):
        found = _PERCENT_RE.match(cell.value) if isinstance(cell.value, str) else None
        if found:
            whole, decimals = found.groups()
            cell.value = round(float(f"{whole}.{decimals or 0}") / 100, 6)
            cell.number_format = f"0.{'0' * len(decimals)}%" if decimals else "0%"


def _is_label(text: str) -> bool:
    """A text written as forms write their labels: capitals, no digits, a few words."""
    return text.isupper() and not any(ch.isdigit() for ch in text) and 6 <= len(text) <= 60


def _typo(text: str) -> str | None:
    """Two neighbouring letters swapped in the middle of the text's longest word; None when no word has
    four letters or more."""
    word = max(re.findall(r"[A-Za-z]{4,}", text), key=len, default=None)
    if word is None:
        return None
    i = len(word) // 2
    return text.replace(word, word[:i] + word[i + 1] + word[i] + word[i + 2 :], 1)


def _form_labels() -> set[str]:
    """The keys of every label and alias the mappings know, of fuzzy-matchable length."""
    import yaml

    from skp.config import Config
    from skp.mapping import normalize_label
    from skp.reading.rules import reading_rules

    shortest = reading_rules(Config()).pencocokan_label.panjang_minimum

    def walk(node: object) -> Iterator[str]:
        if isinstance(node, dict):
            for key, value in node.items():
                if key in ("label", "aliases", "sheet_aliases", "sheet_name"):
                    texts = [value] if isinstance(value, str) else value
                    yield from (t for t in texts if isinstance(t, str))
                else:
                    yield from walk(value)
        elif isinstance(node, list):
            for value in node:
                yield from walk(value)

    keys = set()
    for path in (HERE.parent / "mappings").glob("*.yaml"):
        for text in walk(yaml.safe_load(path.read_text(encoding="utf-8"))):
            key = normalize_label(text)
            if len(key) >= shortest:
                keys.add(key)
    return keys


def _typo_copies(source: Path, labels: set[str]) -> Iterator[tuple[str, Workbook]]:
    """(where, workbook) for each label cell of ``source``, the workbook with that one label misspelt."""
    from skp.mapping import normalize_label

    wb = load_workbook(source, data_only=True)
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                text = cell.value
                if not isinstance(text, str) or normalize_label(text) not in labels:
                    continue
                typo = _typo(text)
                if typo is None:
                    continue
                cell.value = typo
                yield f"{ws.title}!{cell.coordinate} {typo!r}", wb
                cell.value = text


def _colons(wb: Workbook) -> None:
    _texts(wb, lambda t: t + " :" if _is_label(t) and not t.rstrip().endswith(":") else t)


def _line_breaks(wb: Workbook) -> None:
    def wrap(t: str) -> str:
        spaces = [m.start() for m in re.finditer(" ", t)]
        if not _is_label(t) or not spaces:
            return t
        cut = spaces[len(spaces) // 2]
        return t[:cut] + "\n" + t[cut + 1 :]

    _texts(wb, wrap)


def _lower(wb: Workbook) -> None:
    _texts(wb, str.lower)


def _nbsp(wb: Workbook) -> None:
    _texts(wb, lambda t: t.replace(" ", "\u00a0"))


def _unmerge(wb: Workbook) -> None:
    for ws in wb.worksheets:  # the covered cells stay empty; only the areas are forgotten
        ws.merged_cells = MultiCellRange()


VALUES_ONLY_SHEET = "_skp_nilai_saja"  # how skp server marks a workbook rebuilt from cell values alone


def _values_only(wb: Workbook) -> None:
    _unmerge(wb)
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                if type(cell.value) in (int, float):
                    cell.number_format = "General"
    wb.create_sheet(VALUES_ONLY_SHEET).sheet_state = "hidden"


def _hidden_column(wb: Workbook, at: int = 3) -> None:
    """An empty hidden column before column ``at`` of every sheet: that column alone (a width the workbook
    gave columns ``at`` to ``at + 1`` together stays theirs, not hidden with it)."""
    for ws in wb.worksheets:
        if ws.max_column >= at:
            _insert(ws, 1, at, cols=1)
            inserted = ws.column_dimensions[get_column_letter(at)]
            inserted.min = inserted.max = at
            inserted.hidden = True


def _empty_column(wb: Workbook, at: int = 3) -> None:
    """An empty column before column ``at`` of every sheet, seen: a narrow spacer column between a label and
    its value, or between two columns of the table, as forms drawn for printing have."""
    for ws in wb.worksheets:
        if ws.max_column >= at:
            _insert(ws, 1, at, cols=1)


def _blank_rows_after_numbers(wb: Workbook) -> None:
    """An empty row under every row numbered in column A (``1``, ``2.``): between an RK's first IKI row and
    its next ones, between the identity rows of a kop, as staff space a form out (merged areas widened over
    it, as Excel widens them)."""
    for ws in wb.worksheets:
        rows = sorted({row for row in range(1, ws.max_row + 1) if _numbered(ws.cell(row, 1).value)})
        for row in reversed(rows):
            _insert(ws, row + 1, 1, rows=1)


def _numbered(value: object) -> bool:
    if isinstance(value, bool):
        return False
    if isinstance(value, int | float):
        return 1 <= value <= 30 and float(value).is_integer()
    return isinstance(value, str) and re.fullmatch(r"\s*\d{1,2}\s*[.)]?\s*", value) is not None


def _blank_rows_around_sections(wb: Workbook) -> None:
    """An empty row above and below every Kinerja Utama/Tambahan section label (merged areas moved along)."""
    for ws in wb.worksheets:
        rows = sorted({cell.row for row in ws.iter_rows() for cell in row if _is_section(cell.value)})
        for row in reversed(rows):
            _insert(ws, row + 1, 1, rows=1)
            _insert(ws, row, 1, rows=1)


KOP_SURAT = ("PEMERINTAH KABUPATEN SUKAMAJU", "DINAS KOMUNIKASI DAN INFORMATIKA",
             "Jl. Merdeka No. 17 Sukamaju, Telp. (0271) 555123, Pos-el: diskominfo@sukamaju.go.id")


def _letterhead(wb: Workbook) -> None:
    for ws in wb.worksheets:
        if ws.max_row == 1 and ws.max_column == 1 and ws.cell(1, 1).value is None:
            continue
        _insert(ws, 1, 1, rows=len(KOP_SURAT) + 1)
        for r, line in enumerate(KOP_SURAT, start=1):
            ws.cell(r, 1).value = line


_PLACE_DATE_RE = re.compile(r"^[A-Z][\w .'-]+,\s*\d{1,2}\s+[A-Za-z]+\s+\d{4}$")


def _footnote(wb: Workbook) -> None:
    """A note right under the last filled row above the first place-and-date line."""
    for ws in wb.worksheets:
        dated = next((cell.row for row in ws.iter_rows() for cell in row
                      if isinstance(cell.value, str) and _PLACE_DATE_RE.match(cell.value.strip())), None)
        if dated is None:
            continue
        last = max((cell.row for row in ws.iter_rows(max_row=dated - 1) for cell in row
                    if cell.value is not None), default=0)
        if last == 0:
            continue
        _insert(ws, last + 1, 1, rows=1)
        ws.cell(last + 1, 1).value = "Catatan: *) coret yang tidak perlu"


def _is_section(value: object) -> bool:
    if not isinstance(value, str) or len(value) > 40:
        return False
    return re.sub(r"[^A-Z]", "", value.upper()).endswith(("KINERJAUTAMA", "KINERJATAMBAHAN"))


def _stack_under_first(wb: Workbook, moved: Callable[[Worksheet], bool]) -> None:
    """The content of every sheet after the first for which ``moved`` holds put under the first sheet's
    (values, merged areas and hidden rows with it, three blank rows between), that sheet then removed. A
    hidden sheet (a list a dropdown reads) is no part of the form and stays where it is, and so does a sheet
    with content in a column the first sheet hides (a helper column of the plan): moved there, what it says
    would be hidden from the reviewer, which changes the form."""
    first = wb.worksheets[0]
    if first.sheet_state != "visible":  # a hidden first sheet cannot stand alone: the copy is left as it is
        return
    hidden = {c for dim in first.column_dimensions.values() if dim.hidden
              for c in range(dim.min or 1, (dim.max or dim.min or 1) + 1)}
    for ws in [ws for ws in wb.worksheets[1:] if moved(ws) and ws.sheet_state == "visible"
               and not any(cell.value is not None and cell.column in hidden for row in ws.iter_rows()
                           for cell in row)]:
        offset = first.max_row + 3
        for row in ws.iter_rows():
            for cell in row:
                if cell.value is not None:
                    first.cell(cell.row + offset, cell.column).value = cell.value
        for area in ws.merged_cells.ranges:
            moved_area = CellRange(area.coord)
            moved_area.shift(row_shift=offset)
            first.merged_cells.add(moved_area)
        for r, dim in ws.row_dimensions.items():
            if dim.hidden:
                first.row_dimensions[r + offset].hidden = True
        wb.remove(ws)


def _perilaku_under_plan(wb: Workbook) -> None:
    _stack_under_first(wb, lambda ws: "perilaku" in ws.title.casefold())


def _one_sheet(wb: Workbook) -> None:
    _stack_under_first(wb, lambda ws: True)


def _sheets_reversed(wb: Workbook) -> None:
    wb._sheets.reverse()  # openpyxl keeps the order here; move_sheet would shift one sheet at a time
    wb.active = 0


def _sheets_renamed(wb: Workbook) -> None:
    for i, ws in enumerate(wb.worksheets, start=1):
        ws.title = f"Sheet{i}"

_HEADER_NO_RE = re.compile(r"^\s*NO\.?\s*$", re.IGNORECASE)
_TABLE_LABELS = 5


def _remarks_column(wb: Workbook) -> None:
    """A ``KETERANGAN`` column right of every table whose header holds a ``NO`` cell among at least
    :data:`_TABLE_LABELS` labels, the only ``NO`` of its row (the plan's, a Penilaian's, a Keterkaitan's; not
    the identity block's, ``NO | PEGAWAI YANG DINILAI | NO | PEJABAT PENILAI KINERJA``): in the first column
    past the header's columns running on from ``NO`` (merged areas counted; a block written beside the table
    after a spacer column is not the table's), merged down as the ``NO`` cell is, and ``-`` on each row under
    it numbered in the ``NO`` column, up to the next such header."""
    for ws in wb.worksheets:
        merged = [CellRange(r.coord) for r in ws.merged_cells.ranges]
        headers = [cell for row in ws.iter_rows() for cell in row
                   if isinstance(cell.value, str) and _HEADER_NO_RE.match(cell.value)
                   and sum(isinstance(c.value, str) for c in row) >= _TABLE_LABELS
                   and sum(isinstance(c.value, str) and bool(_HEADER_NO_RE.match(c.value)) for c in row) == 1]
        for i, no in enumerate(headers):
            bottom = max([a.max_row for a in merged if a.min_row == no.row and a.min_col == no.column],
                         default=no.row)
            depth = range(no.row, bottom + 2)  # the header rows, and a sub-header row under them
            covered = {c.column for r in depth for c in ws[r] if c.value is not None}
            covered |= {col for a in merged if a.min_row in depth for col in range(a.min_col, a.max_col + 1)}
            right = no.column  # the first column past the header's columns running on from NO
            while right in covered:
                right += 1
            ws.cell(no.row, right).value = "KETERANGAN"
            if bottom > no.row:
                ws.merge_cells(start_row=no.row, start_column=right, end_row=bottom, end_column=right)
            end = headers[i + 1].row if i + 1 < len(headers) else ws.max_row + 1
            for r in range(bottom + 1, end):
                if _numbered(ws.cell(r, no.column).value) and ws.cell(r, right).value is None:
                    ws.cell(r, right).value = "-"


def _comments(wb: Workbook) -> None:
    """A cell comment on the first cell of every sheet and on every number in column A."""
    from openpyxl.comments import Comment

    for ws in wb.worksheets:
        ws.cell(1, 1).comment = Comment("Catatan reviu: mohon dilengkapi sebelum 10 Januari.", "Reviu")
        for r in range(2, ws.max_row + 1):
            if _numbered(ws.cell(r, 1).value):
                ws.cell(r, 1).comment = Comment("Sudah sesuai Renstra.", "Pengelola Kinerja")


_MONTHS = ("januari", "februari", "maret", "april", "mei", "juni", "juli", "agustus", "september", "oktober",
           "november", "desember")
_DAY_TEXT_RE = re.compile(r"^\s*(\d{1,2})\s+([A-Za-z]+)\s+(\d{4})\s*$")


def _date_cells(wb: Workbook) -> None:
    """Every text that is one day and nothing else the date cell Excel keeps when one types it."""
    for cell in _every_cell(wb):
        found = _DAY_TEXT_RE.match(cell.value) if isinstance(cell.value, str) else None
        if found and found[2].casefold() in _MONTHS:
            day, month, year = int(found[1]), _MONTHS.index(found[2].casefold()) + 1, int(found[3])
            try:
                cell.value = datetime(year, month, day)
            except ValueError:
                continue
            cell.number_format = "[$-421]d mmmm yyyy"


# SPEC §3.10: the aspek as agencies write it, with a wrapper or the PP 46 words
_ASPEK_WRITTEN = {
    "kuantitas": ("IKI (Kuantitas)", "Kuant/Output", "KUANTITAS/OUTPUT"),
    "kualitas": ("IKI (Kualitas)", "Kual/Mutu", "Kualitas/Mutu"),
    "waktu": ("IKI (Waktu)", "Waktu (bulan)", "WAKTU"),
    "biaya": ("IKI (Biaya)", "Biaya (Rp)", "BIAYA"),
}


def _aspek_written(wb: Workbook) -> None:
    """Every cell holding an aspek word alone (``Kuantitas``) written as SPEC §3.10 shows agencies write it,
    one of its forms per cell in turn (``IKI (Kuantitas)``, ``Kuant/Output``, ``KUANTITAS/OUTPUT``)."""
    turn = 0
    for cell in _every_cell(wb):
        forms = _ASPEK_WRITTEN.get(cell.value.strip().casefold() if isinstance(cell.value, str) else "")
        if forms:
            cell.value = forms[turn % len(forms)]
            turn += 1


_AHLI_RE = re.compile(r"\bAhli\s+(?=(?:Pertama|Muda|Madya|Utama)\b)", re.IGNORECASE)


def _jf_without_ahli(wb: Workbook) -> None:
    """Every JF title without its word Ahli (``Pranata Komputer Ahli Pertama`` → ``Pranata Komputer
    Pertama``), as SPEC §3.10 shows JF titles written: the jenjang is still named."""
    _texts(wb, lambda t: _AHLI_RE.sub("", t) if len(t) <= 120 else t)


def _slash_spaces(wb: Workbook) -> None:
    """Spaces around every slash of a label and ``DINILAI`` written ``DI NILAI`` (``RENCANA KINERJA ATASAN
    LANGSUNG / UNIT KERJA / ORGANISASI``, ``PEGAWAI YANG DI NILAI``): the stray spaces of SPEC §3.10."""
    def spaced(text: str) -> str:
        if not _is_label(text.replace("/", " ")):
            return text
        return re.sub(r"\s*/\s*", " / ", re.sub(r"\bDINILAI\b", "DI NILAI", text))

    _texts(wb, spaced)


# the label, alone or after its number and a dot (``5. UNIT KERJA``); a number without one is a quantity (a
# target ``28 unit kerja``), whose row is no identity value to continue
_UNIT_LABEL_RE = re.compile(r"^\s*(?:\d{1,2}\s*[.)]\s*)?UNIT\s+KERJA\s*:?\s*$", re.IGNORECASE)


def _unit_on_two_rows(wb: Workbook) -> None:
    """Each UNIT KERJA value of three words or more continued on a row inserted under it (its first half
    left, the rest in the same column below), as SPEC §3.10 shows identity values written on two lines."""
    for ws in wb.worksheets:
        rows = sorted({cell.row for row in ws.iter_rows() for cell in row
                       if isinstance(cell.value, str) and _UNIT_LABEL_RE.match(cell.value)}, reverse=True)
        for r in rows:
            values = [cell for cell in ws[r] if isinstance(cell.value, str) and len(cell.value.split()) >= 3
                      and not _UNIT_LABEL_RE.match(cell.value) and cell.value.strip() not in (":", "：")]
            if not values:
                continue
            _insert(ws, r + 1, 1, rows=1)
            for cell in values:
                words = cell.value.split()
                half = len(words) // 2
                cell.value = " ".join(words[:half])
                ws.cell(r + 1, cell.column).value = " ".join(words[half:])




def _level(value: object) -> str:
    return " ".join(value.upper().split()) if isinstance(value, str) else ""


def _delete_cells(ws: Worksheet, col: int, rows: range) -> None:
    """The cells of column ``col`` on ``rows`` deleted, the cells right of them on those rows moved left
    (Excel's Delete › Shift cells left), the merged areas within those rows narrowed across the column or
    moved along; the rest of the sheet (the kop above the table, the signature block under it) untouched."""
    inside = [CellRange(r.coord) for r in ws.merged_cells.ranges
              if r.min_row >= rows.start and r.max_row < rows.stop]
    for area in inside:
        ws.merged_cells.remove(area.coord)
    last = ws.max_column
    if col < last:
        ws.move_range(f"{get_column_letter(col + 1)}{rows.start}:{get_column_letter(last)}{rows.stop - 1}",
                      cols=-1)
    for r in rows:
        ws.cell(r, last).value = None
    for area in inside:
        if area.min_col == area.max_col == col:
            continue
        if area.min_col > col:
            area.shift(col_shift=-1)
        elif area.max_col >= col:
            area.expand(right=-1)
        if area.min_col < area.max_col or area.min_row < area.max_row:
            ws.merged_cells.add(area)


_COLUMN_NUMBER_RE = re.compile(r"^\(?\d{1,2}\)?$")


def _as_target(baik: object, target: object) -> bool:
    """Whether a row's BAIK cell adds nothing to its TARGET: empty, the same text, or a header's own cells."""
    level, said = _level(baik), _level(target)
    numbers = bool(_COLUMN_NUMBER_RE.match(level) and _COLUMN_NUMBER_RE.match(said))
    return level in ("", "BAIK", said) or numbers


def _two_levels(wb: Workbook) -> None:
    """Kategori written without BAIK, the TARGET standing for it (SPEC §3.10: only CUKUP and SANGAT BAIK of a
    three-level form, four of five): under each sheet's first header row naming CUKUP, BAIK and SANGAT BAIK,
    the cells of the BAIK column deleted from the table's header to the last row filling a level (its
    repeats at page breaks with it), cells right of them moved left. Only where every row's BAIK says what
    its TARGET says, on every sheet (a plan continued on a second sheet changes with the first); else the
    workbook is left as it is. The other levels stay: dropping KURANG or SANGAT KURANG would drop the bands a
    Penilaian is scored by."""
    cuts: list[tuple[Worksheet, int, range]] = []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            levels = {_level(cell.value): cell.column for cell in row}
            if not {"CUKUP", "BAIK", "SANGAT BAIK"} <= levels.keys():
                continue
            r = row[0].row
            target = next((cell.column for rr in (r - 1, r) if rr >= 1 for cell in ws[rr]
                           if _level(cell.value).startswith("TARGET")), None)
            # the table's rows: up to the last row holding anything in the level columns (a row carrying only
            # the next lines of an RK, as tables pasted from a PDF have, holds nothing there)
            end = 1 + max((rr for rr in range(r + 1, ws.max_row + 1)
                           if any(ws.cell(rr, c).value is not None for c in levels.values())), default=r)
            baik = levels["BAIK"]
            if target is None or not all(_as_target(ws.cell(rr, baik).value, ws.cell(rr, target).value)
                                         for rr in range(r + 1, end)):
                return
            cuts.append((ws, baik, range(max(1, r - 1), end)))
            break
    for ws, col, rows in cuts:
        _delete_cells(ws, col, rows)


# the header labels of the cells a narrow column folds after their number (TARGET, kategori, REALISASI,
# CAPAIAN), as ``_level`` writes them
_FOLDING_LABELS = re.compile(r"^(?:TARGET(?:\s*/\s*BAIK)?|(?:SANGAT\s+)?KURANG|CUKUP|BAIK|SANGAT\s+BAIK|"
                             r"REALISASI|CAPAIAN(?:\s+IKI)?)$")
# a value that folds: the text up to its last digit, then words (or a per cent sign) with no digit
_FOLDS = re.compile(r"^(?P<number>.*\d)\s+(?P<rest>[A-Za-z%][^\d]*)$")


def _folded_targets(wb: Workbook) -> None:
    """A table pasted from a PDF whose narrow TARGET, kategori, REALISASI and CAPAIAN cells fold after their
    number: every merged area forgotten (a PDF copy merges nothing, as ``pisah-gabungan``), then under each
    header row naming TARGET, every row holding ``12 laporan`` in those columns keeps ``12`` and gets a row
    inserted under it holding ``laporan`` there, nothing else (what is below moves down). Forgetting the
    merged areas costs what ``pisah-gabungan`` costs (an RK atasan merged across two RK leaves the second's
    cell empty); what the folds add is what this finds beyond it."""
    _unmerge(wb)
    for ws in wb.worksheets:
        header = next((row[0].row for row in ws.iter_rows()
                       if any(_level(cell.value).startswith("TARGET") for cell in row)), None)
        if header is None:
            continue
        columns = sorted({cell.column for rr in (header, header + 1) for cell in ws[rr]
                          if _FOLDING_LABELS.match(_level(cell.value))})
        r = header + 1
        while r <= ws.max_row:
            folds = {c: m for c in columns if isinstance(ws.cell(r, c).value, str)
                     and (m := _FOLDS.match(ws.cell(r, c).value.strip()))}
            if not folds:
                r += 1
                continue
            _insert(ws, r + 1, 1, rows=1)
            for c, m in folds.items():
                ws.cell(r, c).value = m["number"]
                ws.cell(r + 1, c).value = m["rest"]
            r += 2


def _old_hidden_sheet(wb: Workbook) -> None:
    """Last year's plan kept as a hidden sheet in front: the first sheet copied, every year in it one less,
    named ``SKP 2025`` and hidden; the reviewer sees this year's."""
    first = wb.worksheets[0]
    if first.sheet_state != "visible":
        return
    old = wb.copy_worksheet(first)
    old.title = "SKP LAMA"
    for row in old.iter_rows():
        for cell in row:
            if isinstance(cell.value, str):
                cell.value = re.sub(r"(?<!\d)(20\d\d)(?!\d)", lambda m: str(int(m[1]) - 1), cell.value)
            elif isinstance(cell.value, datetime):
                cell.value = cell.value.replace(year=cell.value.year - 1)
    old.sheet_state = "hidden"
    wb.move_sheet(old, offset=-(len(wb.worksheets) - 1))
    wb.active = 1


_INVISIBLE_RE = re.compile(r"[\s\u200b\u200c\u200d\u2060\ufeff\u00ad]")  # what shows nothing
_JABATAN_LABEL_RE = re.compile(r"^\s*(?:\d{1,2}\s*[.)]?\s*)?JABATAN\s*:?\s*$", re.IGNORECASE)
_JF_JENJANG_RE = re.compile(r"\b(?:Pertama|Muda|Madya|Utama|Terampil|Mahir|Penyelia)\s*$", re.IGNORECASE)


def _acting_roles(wb: Workbook) -> None:
    """Each JABATAN value written with the role SPEC §3.10 shows beside it: a JF title followed by ``merangkap
    Subkoordinator`` (``Analis Kepegawaian Ahli Muda merangkap Subkoordinator``), any other title opened with
    ``Plt.`` (an acting head)."""
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            labelled = False
            for cell in row:
                text = cell.value if isinstance(cell.value, str) else None
                if text is not None and _JABATAN_LABEL_RE.match(text):
                    labelled = True
                elif labelled and text is not None and text.strip() not in (":", "："):
                    if _numbered(text) or _INVISIBLE_RE.sub("", text) in ("", "-", "–", "—"):
                        labelled = False  # left empty (the next block's row number, a dash): nothing to add
                    elif _JF_JENJANG_RE.search(text.strip()):
                        cell.value = f"{text.strip()} merangkap Subkoordinator"
                    elif not text.lstrip().lower().startswith("plt"):
                        cell.value = f"Plt. {text.strip()}"
                    labelled = False


DISTURBANCES: dict[str, Callable[[Workbook], None]] = {
    "geser": _shift,
    "kapital": _capitals,
    "spasi": _spaces,
    "sheet-depan": _front_sheet,
    "angka-teks": _numbers_as_text,
    "persen-angka": _percent_numbers,
    "titik-dua": _colons,
    "baris-baru": _line_breaks,
    "kecil": _lower,
    "nbsp": _nbsp,
    "pisah-gabungan": _unmerge,
    "kolom-tersembunyi": _hidden_column,
    "kolom-kosong": _empty_column,
    "baris-kosong-bernomor": _blank_rows_after_numbers,
    "kop-surat": _letterhead,
    "catatan-bawah": _footnote,
    "baris-kosong-bagian": _blank_rows_around_sections,
    "perilaku-di-bawah": _perilaku_under_plan,
    "satu-sheet": _one_sheet,
    "urutan-sheet": _sheets_reversed,
    "nama-sheet": _sheets_renamed,
    "kolom-keterangan": _remarks_column,
    "komentar": _comments,
    "tanggal-sel": _date_cells,
    "aspek-ditulis": _aspek_written,
    "jf-tanpa-ahli": _jf_without_ahli,
    "garis-miring": _slash_spaces,
    "unit-dua-baris": _unit_on_two_rows,
    "target-terlipat": _folded_targets,
    "kategori-dua": _two_levels,
    "sheet-lama": _old_hidden_sheet,
    "jabatan-peran": _acting_roles,
    "nilai-saja": _values_only,
}


Finding = dict[str, Any]
# disturbances that leave every value in its cell: an injected defect must still be found at its cell
IN_PLACE = ("kapital", "persen-angka", "spasi", "sheet-depan", "titik-dua", "baris-baru", "kecil", "nbsp",
            "pisah-gabungan", "salah-ketik", "xls", "xlsx-lo", "urutan-sheet", "kolom-keterangan", "komentar",
            "tanggal-sel", "aspek-ditulis", "jf-tanpa-ahli", "garis-miring", "sheet-lama", "jabatan-peran",
            "nilai-saja")


def _findings(path: Path) -> list[Finding]:
    from skp.config import Config
    from skp.periksa import check_path

    report, _ = check_path(path, Config(), display_path=path.name)
    findings: list[Finding] = report.to_contract()["findings"]
    return findings


def _sheet(name: object) -> str:
    return str(name or "").strip().casefold()


# disturbances that rename every sheet or move a sheet's content to another: their findings are compared
# without the sheet's name
RENAMING = ("nama-sheet", "perilaku-di-bawah", "satu-sheet")


def _keys(findings: list[Finding], named: bool = True) -> Counter[tuple[str, str, str]]:
    return Counter((f["severity"], f["code"], _sheet(f.get("sheet")) if named else "") for f in findings)


def _found(defect: dict[str, Any], findings: list[Finding]) -> bool:
    """Whether a defect of ``harapan.json`` is among the findings, by code and cell as ukur.py matches."""
    codes = defect.get("any_of") or [defect["code"]]
    cells = [(defect.get("sheet"), defect.get("cell"))]
    cells += [(a["sheet"], a["cell"]) for a in defect.get("alt_cells", [])]
    wanted = {(_sheet(sheet), cell) for sheet, cell in cells}
    anywhere = defect.get("cell") is None
    return any(f["code"] in codes and (anywhere or (_sheet(f.get("sheet")), f.get("cell")) in wanted)
               for f in findings)


class Tally:
    """Per disturbance: copies checked, findings new against the undisturbed copy, defects lost."""

    def __init__(self) -> None:
        self.copies = self.errors = self.warnings = self.defects = self.lost = 0

    def add(self, name: str, where: str, before: list[Finding], after: list[Finding],
            defects: list[dict[str, Any]]) -> None:
        self.copies += 1
        named = name not in RENAMING
        for level, code, sheet in sorted(_keys(after, named) - _keys(before, named)):
            if level in ("error", "warning"):
                setattr(self, f"{level}s", getattr(self, f"{level}s") + 1)
                print(f"{name:17s} {level:7s} {code:32s} {where} [{sheet}]")
        if name not in IN_PLACE:
            return
        for defect in defects:
            if _found(defect, before):
                self.defects += 1
                if not _found(defect, after):
                    self.lost += 1
                    print(f"{name:17s} {'hilang':7s} {defect['code']:32s} {where} {defect.get('cell')}")


# LibreOffice saves of the undisturbed copies: disturbance → the format soffice converts to
CONVERSIONS = {"xls": "xls", "xlsx-lo": "xlsx"}


def _converted(name: str, originals: list[tuple[str, Path, list[Finding], list[dict[str, Any]]]], out: Path,
               tally: Tally) -> None:
    """Every undisturbed copy saved by LibreOffice in the disturbance's format in one run, then checked like
    the others."""
    suffix = CONVERSIONS[name]
    folder = out / name
    folder.mkdir(exist_ok=True)
    bases = [base for _, base, _, _ in originals]
    for batch in [bases[i : i + 40] for i in range(0, len(bases), 40)]:  # soffice may stop partway
        _soffice(batch, folder, suffix)
    _soffice([b for b in bases if not (folder / f"{b.stem}.{suffix}").exists()], folder, suffix)
    for where, base, before, defects in originals:
        converted = folder / f"{base.stem}.{suffix}"
        if converted.exists():
            tally.add(name, where, before, _findings(converted), defects)
        else:
            print(f"{name:17s} {'gagal':7s} {'LibreOffice tidak menyimpannya':32s} {where}")


def _soffice(files: list[Path], folder: Path, suffix: str) -> None:
    if files:
        subprocess.run(["soffice", "--headless", "--convert-to", suffix, "--outdir", str(folder),
                        *map(str, files)], capture_output=True, timeout=1800)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sets", nargs="*", default=SETS)
    parser.add_argument("--simpan", type=Path, help="folder tempat salinan yang diubah disimpan")
    parser.add_argument("--hanya", action="append", choices=[*DISTURBANCES, "salah-ketik", *CONVERSIONS],
                        help="hanya gangguan ini (boleh diulang)")
    args = parser.parse_args()
    out = args.simpan or Path(tempfile.mkdtemp(prefix="gangguan-"))
    out.mkdir(parents=True, exist_ok=True)
    chosen = [name for name in [*DISTURBANCES, "salah-ketik", *CONVERSIONS]
              if not args.hanya or name in args.hanya]
    originals: list[tuple[str, Path, list[Finding], list[dict[str, Any]]]] = []
    totals = {name: Tally() for name in chosen}
    labels = _form_labels()
    for set_name in args.sets:
        manifest = json.loads((HERE / set_name / "harapan.json").read_text(encoding="utf-8"))
        for item in manifest["files"]:
            source = HERE / set_name / "kiriman" / item["file"]
            if item.get("form") is None or source.suffix.lower() not in (".xlsx", ".xlsm"):
                continue  # no 8/2021 form to disturb; openpyxl writes only .xlsx and .xlsm
            where, defects = f"{set_name}/{item['file']}", item.get("defects", [])
            base = out / f"{set_name}__{source.stem}__asal.xlsx"
            try:
                undisturbed = load_workbook(source, data_only=True)
            except Exception as exc:  # a set's broken or hostile file: nothing to disturb
                print(f"dilewati (openpyxl tidak membukanya: {type(exc).__name__}): {where}", file=sys.stderr)
                continue
            if not undisturbed.worksheets:  # openpyxl reads no sheet of it (skp does): not disturbed
                print(f"dilewati (openpyxl tidak membaca sheet-nya): {where}", file=sys.stderr)
                continue
            undisturbed.save(base)
            before = _findings(base)
            originals.append((where, base, before, defects))
            for name in chosen:
                if name == "salah-ketik" or name in CONVERSIONS:
                    continue
                wb = load_workbook(source, data_only=True)
                DISTURBANCES[name](wb)
                target = out / f"{set_name}__{source.stem}__{name}.xlsx"
                wb.save(target)
                totals[name].add(name, where, before, _findings(target), defects)
            if "salah-ketik" in totals:
                for cell, wb in _typo_copies(source, labels):
                    target = out / f"{set_name}__{source.stem}__salah-ketik.xlsx"
                    wb.save(target)
                    after = _findings(target)
                    totals["salah-ketik"].add("salah-ketik", f"{where} {cell}", before, after, defects)
    for name in CONVERSIONS:
        if name in totals:
            _converted(name, originals, out, totals[name])
    print()
    print(f"{'gangguan':19s} {'salinan':>7s} {'error baru':>10s} {'warning baru':>12s} {'cacat hilang':>14s}")
    for name, t in totals.items():
        lost = f"{t.lost}/{t.defects}" if name in IN_PLACE else "-"
        print(f"{name:19s} {t.copies:7d} {t.errors:10d} {t.warnings:12d} {lost:>14s}")
    print(f"salinan di {out}", file=sys.stderr)


if __name__ == "__main__":
    main()
