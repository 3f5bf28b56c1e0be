"""Build the workbooks whose *package* carries what Microsoft Excel writes (from ``benchmarks/nyata_s``) for
``tests/test_paket_excel.py``.

Run ``python tests/data/make_paket_excel.py`` to regenerate; the files are committed beside it. Each is the
plain Rencana SKP of ``make_nyata.py`` written by openpyxl, then given one trait of a package Excel saves:

* ``paket_sangat_tersembunyi_pp46*``: an old PP 46/2011 SKP kept in a ``veryHidden`` sheet (Excel offers no
  way to show it); the ``_target_kosong`` variant also leaves one target of the visible form empty;
* ``paket_format_satuan_excel*``: targets typed as numbers whose custom format shows the satuan in the
  spellings Excel itself stores (``General" laporan"``, ``0\\ \\b\\u\\l\\a\\n``, ``[$Rp-421]#,##0``); the
  ``_satu_tanpa_satuan`` variant formats one target ``#,##0`` (no word: the satuan is really missing);
* ``paket_strict*``: the same formatted targets saved as *Strict Open XML* (purl.oclc.org namespaces);
  ``_satu_tanpa_satuan`` as above;
* ``paket_galat_*``: cells showing an Excel error (``t="e"``, the formula's stored result): the NILAI AKHIR
  SKP of a Penilaian sheet showing ``#REF!`` after a row was deleted (``paket_galat_nilai_akhir_ref``), and a
  Penilaian sheet not yet filled whose nilai cells show ``#DIV/0!`` (``paket_galat_penilaian_belum_diisi``).
"""

from __future__ import annotations

import io
import re
import sys
import zipfile
from pathlib import Path

from make_forms import from_rows
from make_nyata import DASAR_HEADER, DASAR_ROWS, FOOTER, kop, penilaian_bacaan
from openpyxl import Workbook

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parent.parent))

PP46: list[list[object]] = [
    ["SASARAN KERJA PEGAWAI"],
    ["NO", "KEGIATAN TUGAS JABATAN", "AK", "KUANT/OUTPUT", "KUAL/MUTU", "WAKTU", "BIAYA"],
    [1, "Menyusun laporan bulanan", None, "12 laporan", 100, "12 bulan", "-"],
]

# target text → (number typed, the format as Excel stores it)
EXCEL_FORMATS = {
    "12 laporan": (12, 'General" laporan"'),
    "90 %": (0.9, "0%"),
    "12 bulan": (12, "0\\ \\b\\u\\l\\a\\n"),
    "240 dokumen": (240, '#,##0\\ "dokumen"'),
    "1 sertifikat": (1, '0\\ "sertifikat"'),
}


def form() -> Workbook:
    return from_rows("SKP", [*kop(), DASAR_HEADER, *DASAR_ROWS, *FOOTER])


def sangat_tersembunyi_pp46(target_kosong: bool = False) -> Workbook:
    wb = form()
    if target_kosong:
        wb["SKP"]["F15"] = None  # "90 %" of the first RK's second IKI
    old = wb.create_sheet("SKP 2019")
    for row in PP46:
        old.append(row)
    old.sheet_state = "veryHidden"
    return wb


def format_satuan_excel(tanpa_satuan: bool = False) -> Workbook:
    wb = form()
    for (cell,) in wb["SKP"].iter_rows(min_col=6, max_col=6):
        if cell.value in EXCEL_FORMATS:
            cell.value, cell.number_format = EXCEL_FORMATS[cell.value]
    if tanpa_satuan:
        wb["SKP"]["F17"].number_format = "#,##0"  # 240 shown bare
    return wb


BELUM_DIISI = {key: [None, f'=IF(G{r}="","",G{r}/F{r})', None, f'=IF(H{r}="","",109)']
               for key, r in (("k1", 9), ("q1", 10), ("w1", 11), ("k2", 12), ("t1", 14))}


def nilai_akhir_ref() -> tuple[Workbook, tuple[tuple[str, str, str], ...]]:
    """``penilaian_bacaan``'s Penilaian sheet, every IKI met, its NILAI AKHIR SKP (J16) a formula whose
    stored result is ``#REF!``: the reviewer sees no nilai, the form should show one."""
    wb = penilaian_bacaan(akhir="=ROUND(AVERAGE(J9:J12,#REF!),2)")
    return wb, (("sheet2", "J16", "#REF!"),)


def penilaian_belum_diisi() -> tuple[Workbook, tuple[tuple[str, str, str], ...]]:
    """The same Penilaian sheet before the year's end: no realisasi, capaian and nilai formulas showing
    nothing, the NILAI AKHIR SKP (J16) showing ``#DIV/0!`` (an average of nothing)."""
    wb = penilaian_bacaan(BELUM_DIISI, akhir="=AVERAGE(J9:J12)")
    return wb, (("sheet2", "J16", "#DIV/0!"),)


STRICT = [
    ("http://schemas.openxmlformats.org/spreadsheetml/2006/main", "http://purl.oclc.org/ooxml/spreadsheetml/main"),
    ("http://schemas.openxmlformats.org/officeDocument/2006/relationships",
     "http://purl.oclc.org/ooxml/officeDocument/relationships"),
    ("http://schemas.openxmlformats.org/drawingml/2006/main", "http://purl.oclc.org/ooxml/drawingml/main"),
]


def _rewrite(wb: Workbook, strict: bool = False, errors: tuple[tuple[str, str, str], ...] = ()) -> bytes:
    """The package openpyxl writes, as Excel would have saved it: Strict namespaces, or a formula cell's
    cached error (``<c t="e"><f>…</f><v>#N/A</v></c>``)."""
    raw = io.BytesIO()
    wb.save(raw)
    out = io.BytesIO()
    with zipfile.ZipFile(raw) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename.startswith("xl/worksheets/sheet") and errors:
                text = data.decode()
                for part, cell, error in errors:
                    if info.filename != f"xl/worksheets/{part}.xml":
                        continue
                    text = re.sub(rf'<c r="{cell}"([^>]*)><f>(.*?)</f><v\s*/?>(</v>)?',
                                  rf'<c r="{cell}"\1 t="e"><f>\2</f><v>{error}</v>', text)
                data = text.encode()
            xml = info.filename.endswith((".xml", ".rels")) and info.filename != "[Content_Types].xml"
            if strict and xml:
                text = data.decode()
                for old, new in STRICT:
                    text = text.replace(old, new)
                if info.filename == "xl/workbook.xml":
                    text = text.replace("<workbook ", '<workbook conformance="strict" ', 1)
                data = text.encode()
            zi = zipfile.ZipInfo(info.filename, (1980, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(zi, data)
    return out.getvalue()


def main() -> None:
    books = {
        "paket_sangat_tersembunyi_pp46.xlsx": _rewrite(sangat_tersembunyi_pp46()),
        "paket_sangat_tersembunyi_pp46_target_kosong.xlsx": _rewrite(sangat_tersembunyi_pp46(True)),
        "paket_format_satuan_excel.xlsx": _rewrite(format_satuan_excel()),
        "paket_format_satuan_excel_satu_tanpa_satuan.xlsx": _rewrite(format_satuan_excel(True)),
        "paket_strict.xlsx": _rewrite(format_satuan_excel(), strict=True),
        "paket_strict_satu_tanpa_satuan.xlsx": _rewrite(format_satuan_excel(True), strict=True),
    }
    for name, build in {
        "paket_galat_nilai_akhir_ref.xlsx": nilai_akhir_ref,
        "paket_galat_penilaian_belum_diisi.xlsx": penilaian_belum_diisi,
    }.items():
        wb, errors = build()
        books[name] = _rewrite(wb, errors=errors)
    for name, data in books.items():
        (HERE / name).write_bytes(data)


if __name__ == "__main__":
    main()
