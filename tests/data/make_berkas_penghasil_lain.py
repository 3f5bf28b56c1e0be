"""Build the workbooks whose *package* is written the way other producers write it (from
``benchmarks/merah_al``) for ``tests/test_berkas_penghasil_lain.py``.

Run ``python tests/data/make_berkas_penghasil_lain.py`` to regenerate; the files are committed beside it. Each
is the plain Rencana SKP of ``make_nyata.py`` written by openpyxl, then given one trait of another producer's
package:

* ``penghasil_dimensi_seluruh_kolom.xlsx``: the sheet declares ``<dimension ref="A1:AMJ1048576"/>`` over its
  few stored cells, as LibreOffice and other generators write it when rows or columns are formatted to the
  end of the sheet;
* ``penghasil_baris_berformat_sampai_bawah.xlsx``: rows formatted below the form down to the last row of the
  sheet (``<row r="1048576" s="1" customFormat="1"/>``, no cell in them) and the dimension Excel then
  declares (``A1:H1048576``), the "used range" grown by formatting whole rows;
* ``penghasil_teks_bersama_*``: the strings in a shared-strings table (openpyxl writes them inline) stored
  under another name than ``xl/sharedStrings.xml``, found by the workbook's relationship as OPC says:
  ``xl/strings.xml`` (``_nama_lain``; ``_nama_lain_target_kosong`` also leaves one target empty), an
  absolute target ``/xl/data/teks.xml`` (``_absolut``), and the usual name (``_standar``).
"""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

from make_forms import from_rows
from make_nyata import DASAR_HEADER, DASAR_ROWS, FOOTER, kop

HERE = Path(__file__).parent
FIXED_TIME = (2025, 1, 2, 8, 0, 0)
_INLINE = re.compile(rb'<c ([^>]*?)t="inlineStr"([^>]*)><is><t(?: [^>]*)?>(.*?)</t></is></c>', re.DOTALL)
_SST_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"
_SST_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings"


def form(target_kosong: bool = False) -> dict[str, bytes]:
    """The parts of the plain Rencana SKP as openpyxl writes it."""
    wb = from_rows("SKP", [*kop(), DASAR_HEADER, *DASAR_ROWS, *FOOTER])
    if target_kosong:
        wb["SKP"]["F15"] = None  # "90 %" of the first RK's second IKI
    raw = io.BytesIO()
    wb.save(raw)
    with zipfile.ZipFile(raw) as archive:
        return {info.filename: archive.read(info) for info in archive.infolist()}


def zipped(parts: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in parts.items():
            if name == "docProps/core.xml":  # fixed dates: the same bytes on every run
                content = re.sub(rb"(<dcterms:\w+[^>]*>)[^<]*", rb"\g<1>2025-01-02T08:00:00Z", content)
            archive.writestr(zipfile.ZipInfo(name, FIXED_TIME), content, zipfile.ZIP_DEFLATED)
    return out.getvalue()


def declared_whole_columns(parts: dict[str, bytes]) -> dict[str, bytes]:
    sheet = parts["xl/worksheets/sheet1.xml"]
    parts["xl/worksheets/sheet1.xml"] = re.sub(
        rb'<dimension ref="[^"]*"', b'<dimension ref="A1:AMJ1048576"', sheet
    )
    return parts


def rows_formatted_to_the_bottom(parts: dict[str, bytes]) -> dict[str, bytes]:
    sheet = parts["xl/worksheets/sheet1.xml"]
    last = max(int(n) for n in re.findall(rb'<row r="(\d+)"', sheet))
    empty = [last + 5, *range(last + 20, last + 40), 1048576]
    rows = b"".join(b'<row r="%d" s="1" customFormat="1" ht="15" customHeight="1"/>' % r for r in empty)
    sheet = sheet.replace(b"</sheetData>", rows + b"</sheetData>")
    parts["xl/worksheets/sheet1.xml"] = re.sub(
        rb'<dimension ref="[^"]*"', b'<dimension ref="A1:H1048576"', sheet
    )
    return parts


def shared_strings_at(parts: dict[str, bytes], part: str, target: str) -> dict[str, bytes]:
    """Every inline string of the sheets moved into a shared-strings table stored as ``part``, which the
    workbook's relationship names by ``target``."""
    strings: dict[bytes, int] = {}

    def shared(match: re.Match[bytes]) -> bytes:
        index = strings.setdefault(match.group(3), len(strings))
        return (
            b"<c " + match.group(1) + b't="s"' + match.group(2) + b"><v>" + str(index).encode() + b"</v></c>"
        )

    for name in [n for n in parts if n.startswith("xl/worksheets/") and n.endswith(".xml")]:
        parts[name] = _INLINE.sub(shared, parts[name])
    items = b"".join(b'<si><t xml:space="preserve">' + text + b"</t></si>" for text in strings)
    parts[part] = (
        b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/'
        b'spreadsheetml/2006/main" count="%d" uniqueCount="%d">'
        % (len(strings), len(strings))
        + items
        + b"</sst>"
    )
    parts["xl/_rels/workbook.xml.rels"] = parts["xl/_rels/workbook.xml.rels"].replace(
        b"</Relationships>",
        f'<Relationship Id="rIdTeks" Type="{_SST_REL}" Target="{target}"/></Relationships>'.encode(),
    )
    parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(
        b"</Types>", f'<Override PartName="/{part}" ContentType="{_SST_TYPE}"/></Types>'.encode()
    )
    return parts


def main() -> None:
    files = {
        "penghasil_dimensi_seluruh_kolom.xlsx": declared_whole_columns(form()),
        "penghasil_baris_berformat_sampai_bawah.xlsx": rows_formatted_to_the_bottom(form()),
        "penghasil_teks_bersama_nama_lain.xlsx": shared_strings_at(form(), "xl/strings.xml", "strings.xml"),
        "penghasil_teks_bersama_nama_lain_target_kosong.xlsx": shared_strings_at(
            form(target_kosong=True), "xl/strings.xml", "strings.xml"
        ),
        "penghasil_teks_bersama_absolut.xlsx": shared_strings_at(
            form(), "xl/data/teks.xml", "/xl/data/teks.xml"
        ),
        "penghasil_teks_bersama_standar.xlsx": shared_strings_at(
            form(), "xl/sharedStrings.xml", "sharedStrings.xml"
        ),
    }
    for name, parts in files.items():
        (HERE / name).write_bytes(zipped(parts))


if __name__ == "__main__":
    main()
