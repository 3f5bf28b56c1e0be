"""Rewrite the generated batch (:mod:`kumpulan_data`) as staff make their SKP files, for the batch benchmark.

The generated submissions are full templates from skp's own builder: styles, formulas, data validation,
every annex, a "Petunjuk" sheet and the hidden "Daftar" list sheet. Staff rarely send that: they copy the
form into a fresh workbook (SPEC §3.10), which keeps values and merged cells and nothing else. Each workbook
of ``benchmarks/out/kumpulan_<n>/`` is rewritten so into ``benchmarks/out/kumpulan_staf_<n>/`` under the same
relative path (the hierarchy between files stays real):

- values as python-calamine reads them (a formula becomes its cached value; the builder's formulas have no
  cached value, so they become empty cells, exactly what skp itself reads from the original), text always
  as text (never turned into a formula or a link), numbers as numbers, booleans as booleans;
- merged ranges as they were;
- dates and times as dates and times: the one number format a date needs to stay a date, no other style,
  no column widths, no data validation, no defined names;
- only the sheets staff fill: the template's helper sheets are dropped by the names the template builder
  gives them (:data:`skp.writing.petunjuk.SHEET_NAME` "Petunjuk", :data:`skp.writing.sheet.LIST_SHEET`
  "Daftar"), and so is every sheet that holds nothing beyond the blank template's own text for a sheet of
  that name in some form (:func:`skp.writing.builder.build_workbook` without a document) — e.g. the
  Matriks Peran Hasil of a staff member who divides no target.

The ~2% copied test samples (layout variants, defect samples and unreadable files under ``contoh/``) are
copied byte for byte: a staff copy of a zip bomb is still a zip bomb.

Written once with all cores, reused while this converter's version and the source corpus's marker are
unchanged (``.selesai`` holds both). Usage: ``python benchmarks/kumpulan_staf.py [N]`` (default 5000),
after (or instead of) :mod:`kumpulan_data`, which it runs first when the source corpus is missing.
"""

from __future__ import annotations

import io
import os
import shutil
import sys
from datetime import date, datetime, time, timedelta
from multiprocessing import Pool
from pathlib import Path

import xlsxwriter
from python_calamine import CalamineWorkbook, SheetTypeEnum

sys.path.insert(0, str(Path(__file__).resolve().parent))

from kumpulan_data import ROOT, generate  # noqa: E402

from skp.config import Config  # noqa: E402
from skp.writing.builder import build_workbook  # noqa: E402
from skp.writing.petunjuk import SHEET_NAME as PETUNJUK  # noqa: E402
from skp.writing.sheet import LIST_SHEET  # noqa: E402

VERSION = "1"
HELPER_SHEETS = frozenset({PETUNJUK, LIST_SHEET})
SAMPLES_FOLDER = "contoh"  # where kumpulan_data puts its copies of the test suite's samples
CHUNK = 50
DATE_FORMATS = {datetime: "dd/mm/yyyy hh:mm", date: "dd/mm/yyyy", time: "hh:mm:ss", timedelta: "[h]:mm:ss"}

Cells = frozenset[tuple[int, int, object]]
Blanks = dict[str, list[Cells]]  # sheet name → the blank template's cells of that sheet, one set per form


def _rows(workbook: CalamineWorkbook, name: str) -> list[list[object]]:
    return workbook.get_sheet_by_name(name).to_python(skip_empty_area=False)


def _cells(rows: list[list[object]]) -> Cells:
    return frozenset((r, c, v) for r, row in enumerate(rows) for c, v in enumerate(row) if v != "")


def blank_templates(config: Config) -> Blanks:
    """What each form's blank template holds, per sheet name: what a sheet staff did not fill looks like."""
    blanks: Blanks = {}
    for form_id in config.mappings.forms:
        data = io.BytesIO()
        build_workbook(form_id, config).save(data)
        with CalamineWorkbook.from_filelike(io.BytesIO(data.getvalue())) as workbook:
            for name in workbook.sheet_names:
                blanks.setdefault(name, []).append(_cells(_rows(workbook, name)))
    return blanks


def filled(name: str, rows: list[list[object]], blanks: Blanks) -> bool:
    """Whether staff would copy this sheet: not a helper sheet, and something in it beyond a blank
    template's own text for a sheet of that name."""
    if name in HELPER_SHEETS:
        return False
    cells = _cells(rows)
    return bool(cells) and not any(cells <= blank for blank in blanks.get(name, ()))


class _Writer:
    """Writes each value with the writer of its type, so text is never read as a formula or a link."""

    def __init__(self, workbook: xlsxwriter.Workbook) -> None:
        self.formats = {kind: workbook.add_format({"num_format": f}) for kind, f in DATE_FORMATS.items()}

    def write(self, sheet, row: int, col: int, value: object) -> None:
        if value == "" or value is None:
            return
        if isinstance(value, bool):
            sheet.write_boolean(row, col, value)
        elif isinstance(value, int | float):
            sheet.write_number(row, col, value)
        elif isinstance(value, datetime | date | time | timedelta):
            sheet.write_datetime(row, col, value, self.formats[type(value)])
        else:
            sheet.write_string(row, col, str(value))


def convert(source: Path, target: Path, blanks: Blanks) -> int:
    """Rewrite ``source`` as a staff copy at ``target``; returns how many sheets were dropped."""
    with CalamineWorkbook.from_path(str(source)) as original:
        sheets = []
        for meta in original.sheets_metadata:
            if meta.typ != SheetTypeEnum.WorkSheet:
                continue
            sheet = original.get_sheet_by_name(meta.name)
            rows = sheet.to_python(skip_empty_area=False)
            if filled(meta.name, rows, blanks):
                sheets.append((meta.name, rows, sheet.merged_cell_ranges or []))
        dropped = len(original.sheet_names) - len(sheets)
    target.parent.mkdir(parents=True, exist_ok=True)
    options = {"strings_to_formulas": False, "strings_to_urls": False, "strings_to_numbers": False}
    with xlsxwriter.Workbook(str(target), options) as workbook:
        writer = _Writer(workbook)
        for name, rows, merged in sheets:
            out = workbook.add_worksheet(name)
            for (r0, c0), (r1, c1) in merged:
                if (r0, c0) != (r1, c1):
                    out.merge_range(r0, c0, r1, c1, None)
            for r, row in enumerate(rows):
                for c, value in enumerate(row):
                    writer.write(out, r, c, value)
    return dropped


def _convert_chunk(job: tuple[Path, Path, list[Path], Blanks]) -> tuple[int, int, int]:
    """Files converted, samples copied, sheets dropped."""
    source, target, relatives, blanks = job
    converted = copied = dropped = 0
    for relative in relatives:
        if SAMPLES_FOLDER in relative.parts[:-1]:
            (target / relative).parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source / relative, target / relative)
            copied += 1
        else:
            dropped += convert(source / relative, target / relative, blanks)
            converted += 1
    return converted, copied, dropped


def generate_staf(n: int, out: Path) -> Path:
    """Write (or reuse) the staff-style copy of ``kumpulan_<n>`` under ``out/kumpulan_staf_<n>``."""
    source = generate(n, out)
    folder = out / f"kumpulan_staf_{n}"
    marker = folder / ".selesai"
    stamp = f"{VERSION}/{(source / '.selesai').read_text()}"
    if marker.exists() and marker.read_text() == stamp:
        return folder
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    relatives = sorted(p.relative_to(source) for p in source.rglob("*")
                       if p.is_file() and p.name != marker.name)
    blanks = blank_templates(Config())
    jobs = [(source, folder, relatives[i:i + CHUNK], blanks) for i in range(0, len(relatives), CHUNK)]
    totals = [0, 0, 0]
    with Pool(os.cpu_count()) as pool:
        for done in pool.imap_unordered(_convert_chunk, jobs):
            totals = [a + b for a, b in zip(totals, done, strict=True)]
    print(f"  {totals[0]} berkas ditulis ulang ({totals[2]} sheet dibuang), {totals[1]} contoh disalin",
          file=sys.stderr)
    marker.write_text(stamp)
    return folder


if __name__ == "__main__":
    print(generate_staf(int(sys.argv[1]) if len(sys.argv) > 1 else 5000, ROOT / "benchmarks" / "out"))
