"""Build the Excel binaries: the ``skp.xlam`` add-in and an ``.xlsm`` variant of every template.

Run ``python -m addin.build`` after the templates, the ribbon or the VBA modules change; the outputs are
committed, and a rebuild of the same inputs gives the same bytes.

Each binary's VBA project is one that Excel made, shipped by the installed xlwings (its standalone and
ribbon quickstart files, which carry the RunPython module), with our text modules from ``addin/vba/``
added by ``addin.vbaproject``. No VBA compiler runs outside Excel: the project is stored in the
version-independent form, so Excel compiles it from the module source the first time it opens the file.

- The add-in is xlwings' ribbon quickstart add-in with our ribbon (``addin/ribbon.xml``) in place of its
  own, titled "SKP", and module ``SkpPita`` holding the ribbon's callbacks. Our ribbon is written in the
  Office 2007 ``customUI`` namespace, so the package relationship to it carries that version's type.
- xlwings' quickstart demo macros (``Module1.SampleCall``, ``RibbonMyAddin.RunMain``) are removed and the
  add-in's VBA project is called "SKP" instead of "MyAddin".
- An ``.xlsm`` is its ``.xlsx`` template byte for byte, plus what makes a workbook macro-enabled: the VBA
  project with module ``SkpTombol``, code names, and a form button bound to ``SkpTombol.PeriksaSKP``.
  The template's layout is never rebuilt here, so the macro-free and macro-enabled forms cannot drift
  apart in content. The button's VML comes from XlsxWriter, which knows how Excel wants it.
- A *server* ``.xlsm`` (``skp templat --server URL``, built on demand since the URL is the agency's)
  calls ``skp server`` instead of Python on the PC: xlwings' VBA client modules, imported as
  ``xlwings quickstart --server`` imports them, module ``SkpServer`` with buttons Periksa SKP and
  Kirim SKP, and a hidden ``xlwings.conf`` sheet (xlwings' own config sheet) holding the server's
  address (``SKP_SERVER``), the token (``AUTH``) and ``EXCLUDE`` so the token is never sent.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Callable, Sequence
from pathlib import Path
from urllib.parse import urlsplit
from xml.etree import ElementTree
from xml.sax.saxutils import escape

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
SERVER_MODULE = "SkpServer"
SERVER_BUTTONS = (("SkpServer.PeriksaSKP", "Periksa SKP"), ("SkpServer.KirimSKP", "Kirim SKP"))
CONFIG_SHEET = "xlwings.conf"
# xlwings' VBA client of its server (RunServerPython), as `xlwings quickstart --server` imports it
XLWINGS_REMOTE = ("Remote.bas", "IWebAuthenticator.cls", "WebClient.cls", "WebRequest.cls", "WebResponse.cls",
                  "WebHelpers.bas")
DEMO_MODULES = {"quickstart_standalone.xlsm": ["Module1"], "quickstart_addin_ribbon.xlam": ["RibbonMyAddin"]}
ADDIN_PROJECT = "SKP"

_XLWINGS_DIR = Path(xlwings.__file__).parent
_FIXED_TIME = (2021, 1, 1, 0, 0, 0)  # deterministic zip entries: a rebuild of the same input is identical
_MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_MACRO_WORKBOOK = "application/vnd.ms-excel.sheet.macroEnabled.main+xml"
_PLAIN_WORKBOOK = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"
_VML_PART = "xl/drawings/vmlDrawingSkp1.vml"
_BUTTON_REL = "rIdSkpTombol"
_RIBBON_2006 = "http://schemas.microsoft.com/office/2006/relationships/ui/extensibility"
_RIBBON_2007 = "http://schemas.microsoft.com/office/2007/relationships/ui/extensibility"
_KIRIM_BUTTON = (
    '<button id="skpKirimSkp" label="Kirim SKP" size="large" imageMso="FileSendAsAttachment" '
    'screentip="Kirim SKP" supertip="Memeriksa SKP ini lalu mengirimkannya ke server BKPSDM; setiap kiriman '
    'disimpan sebagai versi baru." onAction="SkpPita.KirimSKP"/>')
_WORKSHEET = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"
_AFTER_LEGACY_DRAWING = ("<legacyDrawingHF", "<picture", "<oleObjects", "<controls", "<webPublishItems",
                         "<tableParts", "<extLst", "</worksheet>")


def _zip_bytes(parts: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(zipfile.ZipInfo(name, _FIXED_TIME), data, zipfile.ZIP_DEFLATED)
    return buffer.getvalue()


def _write_zip(parts: dict[str, bytes], path: Path) -> None:
    path.write_bytes(_zip_bytes(parts))


def _read_zip(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def _sub_once(pattern: str, replacement: str, text: str) -> str:
    result, count = re.subn(pattern, replacement, text, count=1)
    if count != 1:
        raise ValueError(f"pola {pattern!r} tidak ditemukan saat membangun berkas makro")
    return result


def _with_module(vba: bytes, name: str, quickstart: str, project: str | None = None) -> bytes:
    """``vba`` (of xlwings' ``quickstart``) plus the module ``addin/vba/<name>.bas``, demo macros removed."""
    return add_modules(vba, {name: (VBA_DIR / f"{name}.bas").read_text(encoding="utf-8")},
                       remove=DEMO_MODULES[quickstart], name=project)


def _xlam_parts(ribbon: bytes, vba: Callable[[bytes, str], bytes]) -> dict[str, bytes]:
    """xlwings' ribbon add-in with ``ribbon`` as its tab, titled "SKP", its VBA project made by ``vba``."""
    quickstart = "quickstart_addin_ribbon.xlam"
    parts = _read_zip(_XLWINGS_DIR / quickstart)
    parts["customUI/customUI.xml"] = ribbon
    parts["_rels/.rels"] = parts["_rels/.rels"].replace(_RIBBON_2007.encode(), _RIBBON_2006.encode())
    parts["xl/vbaProject.bin"] = vba(parts["xl/vbaProject.bin"], quickstart)
    core = parts["docProps/core.xml"].decode("utf-8")
    title = "<dc:title>SKP - Sasaran Kinerja Pegawai</dc:title>"
    core = re.sub(r"<dc:title>.*?</dc:title>|<dc:title/>", "", core)
    parts["docProps/core.xml"] = core.replace("</cp:coreProperties>", f"{title}</cp:coreProperties>").encode()
    return parts


def build_xlam(path: Path = XLAM) -> Path:
    """xlwings' ribbon add-in with the "SKP" tab and the module its buttons call."""
    _write_zip(_xlam_parts(RIBBON.read_bytes(), lambda vba, quickstart: _with_module(
        vba, RIBBON_MODULE, quickstart, ADDIN_PROJECT)), path)
    return path


def server_ribbon() -> bytes:
    """Our ribbon plus a Kirim SKP button beside Periksa SKP (only the server can receive an SKP)."""
    ribbon = RIBBON.read_text(encoding="utf-8")
    return _sub_once(r"(\s*)</group>", rf"\1  {_KIRIM_BUTTON}\1</group>", ribbon).encode("utf-8")


def server_xlam_bytes(url: str) -> bytes:
    """The add-in whose ribbon buttons call ``skp server`` at ``url`` (``skp addin install --server``)."""
    sources = _remote_modules()
    ribbon_module = (VBA_DIR / "server" / f"{RIBBON_MODULE}.bas").read_text(encoding="utf-8")
    sources[RIBBON_MODULE] = _with_url(ribbon_module, url)
    return _zip_bytes(_xlam_parts(server_ribbon(), lambda vba, quickstart: add_modules(
        vba, sources, remove=DEMO_MODULES[quickstart], name=ADDIN_PROJECT)))


def vba_project() -> bytes:
    """The templates' VBA project: xlwings' standalone quickstart one (RunPython built in, so no xlwings
    add-in is needed) plus the module of the Periksa SKP button."""
    quickstart = "quickstart_standalone.xlsm"
    with zipfile.ZipFile(_XLWINGS_DIR / quickstart) as archive:
        return _with_module(archive.read("xl/vbaProject.bin"), BUTTON_MACRO.split(".")[0], quickstart)


def checked_url(url: str) -> str:
    """``url`` if it is an http(s) address a VBA string literal can hold; :class:`ValueError` otherwise."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc or not url.isascii() \
            or any(ch in url for ch in '"\r\n ') or parts.query or parts.fragment:
        raise ValueError(f"alamat server {url!r} bukan alamat http:// atau https:// yang sah")
    return url.rstrip("/")


def _with_url(text: str, url: str) -> str:
    """A server module's text with ``url`` as the address used when no config names one."""
    return _sub_once(r'(Private Const SERVER_BAWAAN As String = )"[^"]*"', rf'\1"{checked_url(url)}"', text)


def _remote_modules() -> dict[str, str]:
    """xlwings' VBA client of its server, module name -> text."""
    return {Path(name).stem: (_XLWINGS_DIR / "addin" / name).read_text(encoding="utf-8")
            for name in XLWINGS_REMOTE}


def server_module(url: str) -> str:
    """Module ``SkpServer`` with ``url`` as the address used when the config sheet names none."""
    return _with_url((VBA_DIR / f"{SERVER_MODULE}.bas").read_text(encoding="utf-8"), url)


def server_vba_project(url: str) -> bytes:
    """The server templates' VBA project: xlwings' standalone one with its server client modules and
    module ``SkpServer`` calling ``url``."""
    quickstart = "quickstart_standalone.xlsm"
    with zipfile.ZipFile(_XLWINGS_DIR / quickstart) as archive:
        vba = archive.read("xl/vbaProject.bin")
    sources = _remote_modules()
    sources[SERVER_MODULE] = server_module(url)
    return add_modules(vba, sources, remove=DEMO_MODULES[quickstart])


def button_vml(column: int, buttons: Sequence[tuple[str, str]] = ((BUTTON_MACRO, BUTTON_CAPTION),)) -> bytes:
    """The VML of the form buttons (macro, caption) from row 2 of ``column`` (0-based) down, as
    XlsxWriter writes it."""
    buffer = io.BytesIO()
    workbook = xlsxwriter.Workbook(buffer, {"in_memory": True})
    sheet = workbook.add_worksheet()
    for i, (macro, caption) in enumerate(buttons):
        options = {"macro": macro, "caption": caption, "width": 120, "height": 32}
        sheet.insert_button(1 + 3 * i, column, options)
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


def xlsm_parts(
    xlsx_parts: dict[str, bytes], vba: bytes,
    buttons: Sequence[tuple[str, str]] = ((BUTTON_MACRO, BUTTON_CAPTION),),
) -> dict[str, bytes]:
    """The parts of the macro-enabled twin of a macro-free workbook (first sheet gets the buttons)."""
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
    parts[_VML_PART] = button_vml(_last_column(first_xml) + 2, buttons)
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


def with_config_sheet(xlsx_parts: dict[str, bytes], entries: Sequence[tuple[str, str]]) -> dict[str, bytes]:
    """The workbook plus a hidden last sheet ``xlwings.conf``: one key per row in A, its value in B, as
    xlwings' ``GetConfig`` reads it."""
    parts = dict(xlsx_parts)
    number = 1
    while f"xl/worksheets/sheet{number}.xml" in parts:
        number += 1
    name = f"xl/worksheets/sheet{number}.xml"
    rows = "".join(
        f'<row r="{r}"><c r="A{r}" t="inlineStr"><is><t>{escape(key)}</t></is></c>'
        f'<c r="B{r}" t="inlineStr"><is><t xml:space="preserve">{escape(value)}</t></is></c></row>'
        for r, (key, value) in enumerate(entries, start=1))
    parts[name] = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<worksheet xmlns="{_MAIN_NS}"><dimension ref="A1:B{len(entries)}"/><sheetViews><sheetView '
        'workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15"/><cols><col min="1" max="1" '
        f'width="14" customWidth="1"/><col min="2" max="2" width="60" customWidth="1"/></cols>'
        f'<sheetData>{rows}</sheetData></worksheet>').encode()
    workbook = parts["xl/workbook.xml"].decode("utf-8")
    ids = [int(i) for i in re.findall(r'<sheet\b[^>]*\bsheetId="(\d+)"', workbook)]
    sheet = f'<sheet name="{CONFIG_SHEET}" sheetId="{max(ids) + 1}" state="hidden" r:id="rIdSkpConf" />'
    parts["xl/workbook.xml"] = _sub_once(r"</sheets>", f"{sheet}</sheets>", workbook).encode()
    rels = parts["xl/_rels/workbook.xml.rels"].decode("utf-8")
    parts["xl/_rels/workbook.xml.rels"] = rels.replace("</Relationships>", (
        '<Relationship Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" '
        f'Target="/{name}" Id="rIdSkpConf" /></Relationships>')).encode()
    types = parts["[Content_Types].xml"].decode("utf-8")
    parts["[Content_Types].xml"] = types.replace(
        "</Types>", f'<Override PartName="/{name}" ContentType="{_WORKSHEET}" /></Types>').encode()
    return parts


def server_xlsm_bytes(xlsx: bytes, url: str, token: str = "") -> bytes:
    """The server twin of the macro-free workbook ``xlsx``: buttons calling ``skp server`` at ``url``."""
    with zipfile.ZipFile(io.BytesIO(xlsx)) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    config = [("SKP_SERVER", checked_url(url)), ("AUTH", token), ("EXCLUDE", CONFIG_SHEET)]
    return _zip_bytes(xlsm_parts(with_config_sheet(parts, config), server_vba_project(url), SERVER_BUTTONS))


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
