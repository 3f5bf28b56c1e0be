"""Build the Excel binaries: the ``skp.xlam`` add-in and an ``.xlsm`` variant of every template.

Run ``python -m addin.build`` after the templates, the ribbon or the VBA modules change; the outputs are
committed, and a rebuild of the same inputs gives the same bytes.

Each binary's VBA project is one that Excel made, shipped by the installed xlwings (its standalone and
ribbon quickstart files, which carry the RunPython module), with our text modules from ``addin/vba/``
added by ``addin.vbaproject``. No VBA compiler runs outside Excel: the project is stored in the
version-independent form, so Excel compiles it from the module source the first time it opens the file.

- The add-in is xlwings' ribbon quickstart add-in with our ribbon (``addin/ribbon.xml``) in place of its
  own, titled "SKP", and module ``SkpPita`` holding the ribbon's callbacks.
- An ``.xlsm`` is its ``.xlsx`` template byte for byte, plus what makes a workbook macro-enabled: the VBA
  project with module ``SkpTombol``, code names, and a form button bound to ``SkpTombol.PeriksaSKP``.
  The template's layout is never rebuilt here, so the macro-free and macro-enabled forms cannot drift
  apart in content. The button's VML comes from XlsxWriter, which knows how Excel wants it.
"""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path
from xml.etree import ElementTree

import xlsxwriter
import xlwings

from addin.vbaproject import add_modules

ADDIN_DIR = Path(__file__).parent
TEMPLATES_DIR = ADDIN_DIR.parent / "templates"
XLAM = ADDIN_DIR / "skp.xlam"
RIBBON = ADDIN_DIR / "ribbon.xml"
VBA_DIR = ADDIN_DIR / "vba"
RIBBON_MODULE = "SkpPita"
BUTTON_MACRO = "SkpTombol.PeriksaSKP"
BUTTON_CAPTION = "Periksa SKP"

_XLWINGS_DIR = Path(xlwings.__file__).parent
_FIXED_TIME = (2021, 1, 1, 0, 0, 0)  # deterministic zip entries: a rebuild of the same input is identical
_MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_MACRO_WORKBOOK = "application/vnd.ms-excel.sheet.macroEnabled.main+xml"
_PLAIN_WORKBOOK = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"
_VML_PART = "xl/drawings/vmlDrawingSkp1.vml"
_BUTTON_REL = "rIdSkpTombol"
_AFTER_LEGACY_DRAWING = ("<legacyDrawingHF", "<picture", "<oleObjects", "<controls", "<webPublishItems",
                         "<tableParts", "<extLst", "</worksheet>")


def _write_zip(parts: dict[str, bytes], path: Path) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(zipfile.ZipInfo(name, _FIXED_TIME), data, zipfile.ZIP_DEFLATED)
    path.write_bytes(buffer.getvalue())


def _read_zip(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def _sub_once(pattern: str, replacement: str, text: str) -> str:
    result, count = re.subn(pattern, replacement, text, count=1)
    if count != 1:
        raise ValueError(f"pola {pattern!r} tidak ditemukan saat membangun berkas makro")
    return result


def _with_module(vba: bytes, name: str) -> bytes:
    """``vba`` plus the module ``addin/vba/<name>.bas``."""
    return add_modules(vba, {name: (VBA_DIR / f"{name}.bas").read_text(encoding="utf-8")})


def build_xlam(path: Path = XLAM) -> Path:
    """xlwings' ribbon add-in with the "SKP" tab and the module its buttons call."""
    parts = _read_zip(_XLWINGS_DIR / "quickstart_addin_ribbon.xlam")
    parts["customUI/customUI.xml"] = RIBBON.read_bytes()
    parts["xl/vbaProject.bin"] = _with_module(parts["xl/vbaProject.bin"], RIBBON_MODULE)
    core = parts["docProps/core.xml"].decode("utf-8")
    title = "<dc:title>SKP - Sasaran Kinerja Pegawai</dc:title>"
    core = re.sub(r"<dc:title>.*?</dc:title>|<dc:title/>", "", core)
    parts["docProps/core.xml"] = core.replace("</cp:coreProperties>", f"{title}</cp:coreProperties>").encode()
    _write_zip(parts, path)
    return path


def vba_project() -> bytes:
    """The templates' VBA project: xlwings' standalone quickstart one (RunPython built in, so no xlwings
    add-in is needed) plus the module of the Periksa SKP button."""
    with zipfile.ZipFile(_XLWINGS_DIR / "quickstart_standalone.xlsm") as archive:
        return _with_module(archive.read("xl/vbaProject.bin"), BUTTON_MACRO.split(".")[0])


def button_vml(column: int) -> bytes:
    """The VML of the Periksa SKP form button at row 2 of ``column`` (0-based), as XlsxWriter writes it."""
    buffer = io.BytesIO()
    workbook = xlsxwriter.Workbook(buffer, {"in_memory": True})
    workbook.add_worksheet().insert_button(
        1, column, {"macro": BUTTON_MACRO, "caption": BUTTON_CAPTION, "width": 120, "height": 32},
    )
    workbook.close()
    with zipfile.ZipFile(buffer) as archive:
        return archive.read("xl/drawings/vmlDrawing1.vml")


def _sheet_parts(parts: dict[str, bytes]) -> list[str]:
    """Worksheet part names in workbook order."""
    rels = ElementTree.fromstring(parts["xl/_rels/workbook.xml.rels"])
    targets = {rel.get("Id"): rel.get("Target", "") for rel in rels}
    workbook = ElementTree.fromstring(parts["xl/workbook.xml"])
    ids = [sheet.get(f"{{{_R_NS}}}id") for sheet in workbook.iter(f"{{{_MAIN_NS}}}sheet")]
    return [targets[i].lstrip("/") if targets[i].startswith("/") else f"xl/{targets[i]}" for i in ids]


def _last_column(sheet_xml: str) -> int:
    """0-based index of the last column the sheet's dimension covers."""
    match = re.search(r'<dimension ref="[A-Z]+\d+:([A-Z]+)\d+"', sheet_xml)
    letters = match[1] if match else "A"
    index = 0
    for letter in letters:
        index = index * 26 + ord(letter) - 64
    return index - 1


def _with_code_name(sheet_xml: str, code_name: str) -> str:
    if "<sheetPr" in sheet_xml:
        return _sub_once(r"<sheetPr\b", f'<sheetPr codeName="{code_name}"', sheet_xml)
    return _sub_once(r"(<worksheet\b[^>]*>)", rf'\1<sheetPr codeName="{code_name}"/>', sheet_xml)


def _with_button(sheet_xml: str) -> str:
    if 'xmlns:r="' not in sheet_xml[: sheet_xml.index(">")]:
        sheet_xml = _sub_once(r"<worksheet\b", f'<worksheet xmlns:r="{_R_NS}"', sheet_xml)
    cut = min(i for tag in _AFTER_LEGACY_DRAWING if (i := sheet_xml.find(tag)) >= 0)
    return f'{sheet_xml[:cut]}<legacyDrawing r:id="{_BUTTON_REL}"/>{sheet_xml[cut:]}'


def xlsm_parts(xlsx_parts: dict[str, bytes], vba: bytes) -> dict[str, bytes]:
    """The parts of the macro-enabled twin of a macro-free workbook (first sheet gets the button)."""
    parts = dict(xlsx_parts)
    sheets = _sheet_parts(parts)
    if any(name.startswith("xl/worksheets/_rels/") and name.endswith(Path(sheets[0]).name + ".rels")
           for name in parts):
        raise ValueError("lembar pertama templat sudah memiliki relasi; tombol tidak dapat ditambahkan")
    for number, name in enumerate(sheets, start=1):
        xml = _with_code_name(parts[name].decode("utf-8"), f"Sheet{number}")
        parts[name] = (_with_button(xml) if number == 1 else xml).encode("utf-8")
    first_xml = parts[sheets[0]].decode("utf-8")
    rels_name = f"{Path(sheets[0]).parent}/_rels/{Path(sheets[0]).name}.rels"
    parts[rels_name] = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        f'<Relationship Id="{_BUTTON_REL}" '
        'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/vmlDrawing" '
        f'Target="../drawings/{Path(_VML_PART).name}"/></Relationships>'
    ).encode()
    parts[_VML_PART] = button_vml(_last_column(first_xml) + 2)
    parts["xl/vbaProject.bin"] = vba
    workbook = parts["xl/workbook.xml"].decode("utf-8")
    workbook = _sub_once(r"<workbookPr\b", '<workbookPr codeName="ThisWorkbook"', workbook)
    parts["xl/workbook.xml"] = workbook.encode()
    rels = parts["xl/_rels/workbook.xml.rels"].decode("utf-8")
    parts["xl/_rels/workbook.xml.rels"] = rels.replace(
        "</Relationships>",
        '<Relationship Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" '
        'Target="/xl/vbaProject.bin" Id="rIdSkpVba" /></Relationships>',
    ).encode()
    types = parts["[Content_Types].xml"].decode("utf-8").replace(_PLAIN_WORKBOOK, _MACRO_WORKBOOK)
    defaults = (
        '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject" />'
        '<Default Extension="vml" ContentType="application/vnd.openxmlformats-officedocument.vmlDrawing" />'
    )
    parts["[Content_Types].xml"] = _sub_once(r"(<Types\b[^>]*>)", rf"\1{defaults}", types).encode()
    return parts


def build_xlsm(xlsx: Path, vba: bytes) -> Path:
    """``templates/<form>.xlsm`` beside ``templates/<form>.xlsx``."""
    path = xlsx.with_suffix(".xlsm")
    _write_zip(xlsm_parts(_read_zip(xlsx), vba), path)
    return path


def main() -> None:
    """Build the add-in and every template's macro-enabled variant."""
    print(f"Add-in ditulis ke {build_xlam()}")
    vba = vba_project()
    for xlsx in sorted(TEMPLATES_DIR.glob("*.xlsx")):
        print(f"Templat bermakro ditulis ke {build_xlsm(xlsx, vba)}")


if __name__ == "__main__":
    main()
