"""Set merah_al: probe tim merah (kotak putih) untuk lapisan berkas: bagaimana bait buku kerja menjadi kisi.

Setiap berkas adalah SKP JA Model Pengembangan yang sah (kerangka ``merah_ah``) yang ditulis ulang seperti
penghasil lain menulisnya: lewat LibreOffice tanpa antarmuka (xlsx, xls, ods bolak-balik), atau dengan
bagian zip yang disunting langsung (string sebaris, tanpa ``dimension``, hasil rumus ``t="str"``, sistem
tanggal 1904, teks kaya, bagian tambahan, .xlsm bermakro, entri zip tanpa kompresi, BOM, ekspor mirip Google
Sheets, ...). Berkas bersih tidak boleh mendapat error maupun peringatan; kembaran bercacat (zip terpotong,
berkas terenkripsi sungguhan, .ods, cacat isi yang lewat penghasil lain) menjaga recall.

Pemakaian: ``python benchmarks/merah_al/buat.py [--keluaran DIR] [--harapan FILE]``. Deterministik pada isi:
setiap zip ditulis ulang dengan waktu entri dan tanggal ``docProps`` tetap; keluaran LibreOffice bergantung
pada versinya (dibuat dengan LibreOffice 7.4).
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import io
import re
import shutil
import subprocess
import tempfile
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import msoffcrypto.format.ooxml
from openpyxl.utils.datetime import CALENDAR_MAC_1904

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
SEED = 20261209
SOFFICE = ["soffice", "--headless", "-env:UserInstallation=file:///tmp/skp-lo-merah-al"]
FIXED_TIME = (2025, 1, 2, 8, 0, 0)

# The workbook builder is merah_ah's (one SKP JA Model Pengembangan from a spec); this set changes how the
# workbook is written, not what it says.
_spec = importlib.util.spec_from_file_location("merah_ah_buat", HERE.parent / "merah_ah" / "buat.py")
_builder = importlib.util.module_from_spec(_spec)  # type: ignore[arg-type]
_spec.loader.exec_module(_builder)  # type: ignore[union-attr]
base, Buku = _builder.base, _builder.Buku

CT_NS = "http://schemas.openxmlformats.org/package/2006/content-types"
REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"

# ---------------------------------------------------------------- writing a workbook

Spec = dict[str, Any]


def openpyxl_bytes(change: Callable[[Spec], None] | None = None) -> tuple[bytes, dict[str, str]]:
    """The base SKP written by openpyxl (with ``change`` applied to its spec): bytes and its cells."""
    spec = base()
    if change:
        change(spec)
    book = Buku(spec)
    out = io.BytesIO()
    cells = book.save(out)
    return normalised(out.getvalue()), cells


def convert(data: bytes, source_ext: str, target: str) -> bytes:
    """``data`` (a ``source_ext`` file) converted by LibreOffice headless to ``target`` (``xlsx``,
    ``xls:"MS Excel 97"``, ...)."""
    with tempfile.TemporaryDirectory(prefix="merah-al-") as tmp:
        source = Path(tmp) / f"skp.{source_ext}"
        source.write_bytes(data)
        out = Path(tmp) / "out"
        subprocess.run(
            [*SOFFICE, "--convert-to", target, "--outdir", str(out), str(source)],
            check=True,
            capture_output=True,
            timeout=180,
        )
        made = [p for p in out.iterdir()]
        assert len(made) == 1, made
        return made[0].read_bytes()


def parts_of(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {info.filename: archive.read(info) for info in archive.infolist()}


_W3CDTF = re.compile(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(<)")


def zipped(
    parts: dict[str, bytes],
    compression: int = zipfile.ZIP_DEFLATED,
    comment: bytes = b"",
    stream: bool = False,
) -> bytes:
    """The parts as a zip with fixed entry times (and fixed document dates): deterministic bytes.
    ``stream``: written to an unseekable stream, so every entry carries a data descriptor."""
    out = io.BytesIO()
    target: Any = _Unseekable(out) if stream else out
    with zipfile.ZipFile(target, "w", compression) as archive:
        for name, content in parts.items():
            if name == "docProps/core.xml":
                content = _W3CDTF.sub(rb"\g<1>2025-01-02T08:00:00Z\g<2>", content)
            info = zipfile.ZipInfo(name, FIXED_TIME)
            info.compress_type = compression
            archive.writestr(info, content)
        archive.comment = comment
    return out.getvalue()


class _Unseekable(io.RawIOBase):
    def __init__(self, sink: io.BytesIO) -> None:
        self.sink = sink

    def writable(self) -> bool:
        return True

    def write(self, b: Any) -> int:
        return self.sink.write(b)

    def seekable(self) -> bool:
        return False

    def tell(self) -> int:
        raise OSError("unseekable")


def normalised(data: bytes) -> bytes:
    return zipped(parts_of(data))


# ---------------------------------------------------------------- editing parts


def cell_re(ref: str) -> re.Pattern[bytes]:
    """A ``<c r="ref" ...>...</c>`` element (or an empty one) in a worksheet part."""
    return re.compile(rb'<c r="' + ref.encode() + rb'"[^>]*?(?:/>|>.*?</c>)', re.DOTALL)


def shared_strings(parts: dict[str, bytes]) -> list[str]:
    from xml.etree import ElementTree as ET

    root = ET.fromstring(parts["xl/sharedStrings.xml"])
    out = []
    for si in root.iter(f"{{{MAIN_NS}}}si"):
        out.append("".join(t.text or "" for t in si.iter(f"{{{MAIN_NS}}}t")))
    return out


def esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def sheet_text(parts: dict[str, bytes], ref: str, sheet: str = "xl/worksheets/sheet1.xml") -> str:
    """The text of a shared-string cell ``ref``."""
    match = cell_re(ref).search(parts[sheet])
    assert match, ref
    index = int(re.search(rb"<v>(\d+)</v>", match.group(0)).group(1))  # type: ignore[union-attr]
    return shared_strings(parts)[index]


def set_cell(parts: dict[str, bytes], ref: str, xml: str, sheet: str = "xl/worksheets/sheet1.xml") -> None:
    content, n = cell_re(ref).subn(xml.encode(), parts[sheet], count=1)
    assert n == 1, ref
    parts[sheet] = content


def style_of(parts: dict[str, bytes], ref: str, sheet: str = "xl/worksheets/sheet1.xml") -> str:
    match = cell_re(ref).search(parts[sheet])
    assert match, ref
    s = re.search(rb'\ss="(\d+)"', match.group(0))
    return f' s="{s.group(1).decode()}"' if s else ""


def add_override(parts: dict[str, bytes], part: str, content_type: str) -> None:
    parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(
        b"</Types>", f'<Override PartName="/{part}" ContentType="{content_type}"/></Types>'.encode()
    )


def add_default(parts: dict[str, bytes], ext: str, content_type: str) -> None:
    if f'Extension="{ext}"'.encode() not in parts["[Content_Types].xml"]:
        parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(
            b"</Types>", f'<Default Extension="{ext}" ContentType="{content_type}"/></Types>'.encode()
        )


def add_rel(
    parts: dict[str, bytes], rels: str, rid: str, kind: str, target: str, external: bool = False
) -> None:
    mode = ' TargetMode="External"' if external else ""
    rel = f'<Relationship Id="{rid}" Type="{kind}" Target="{target}"{mode}/>'
    if rels not in parts:
        parts[rels] = (
            b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="'
            b'http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>'
        )
    parts[rels] = parts[rels].replace(b"</Relationships>", rel.encode() + b"</Relationships>")


def sheet_insert(
    parts: dict[str, bytes], before: bytes, xml: str, sheet: str = "xl/worksheets/sheet1.xml"
) -> None:
    """Insert ``xml`` into a worksheet part before the first ``before`` tag (or at its end)."""
    content = parts[sheet]
    at = content.find(before)
    if at < 0:
        at = content.rfind(b"</worksheet>")
    parts[sheet] = content[:at] + xml.encode() + content[at:]


# ---------------------------------------------------------------- probes on the zip parts

Edit = Callable[[dict[str, bytes], dict[str, str]], None]


def inline_strings(parts: dict[str, bytes], cells: dict[str, str]) -> None:
    """Every shared string written inline (``t="inlineStr"``), the shared-strings part removed."""
    strings = shared_strings(parts)
    for name in [n for n in parts if n.startswith("xl/worksheets/sheet")]:

        def inline(m: re.Match[bytes]) -> bytes:
            text = strings[int(m.group(2))]
            return (
                m.group(1)
                + b't="inlineStr"><is><t xml:space="preserve">'
                + esc(text).encode()
                + b"</t></is></c>"
            )

        parts[name] = re.sub(rb'(<c r="[A-Z]+\d+"[^>]*?)t="s"><v>(\d+)</v></c>', inline, parts[name])
    del parts["xl/sharedStrings.xml"]
    parts["xl/_rels/workbook.xml.rels"] = re.sub(
        rb'<Relationship [^>]*sharedStrings"[^>]*/>', b"", parts["xl/_rels/workbook.xml.rels"]
    )
    parts["[Content_Types].xml"] = re.sub(
        rb'<Override PartName="/xl/sharedStrings.xml"[^>]*/>', b"", parts["[Content_Types].xml"]
    )


def no_dimension(parts: dict[str, bytes], cells: dict[str, str]) -> None:
    parts["xl/worksheets/sheet1.xml"] = re.sub(rb"<dimension [^>]*/>", b"", parts["xl/worksheets/sheet1.xml"])


def dimension(ref: str) -> Edit:
    def edit(parts: dict[str, bytes], cells: dict[str, str]) -> None:
        parts["xl/worksheets/sheet1.xml"] = re.sub(
            rb'<dimension ref="[^"]*"/>',
            f'<dimension ref="{ref}"/>'.encode(),
            parts["xl/worksheets/sheet1.xml"],
        )

    return edit


def str_formulas(parts: dict[str, bytes], cells: dict[str, str]) -> None:
    """Targets, identity values and an RK built by formulas, their text results stored ``t="str"``."""
    for key in ("utama1.1.target", "utama2.1.target", "pegawai.jabatan", "penilai.unit", "utama1.rk"):
        ref = cells[key]
        text = sheet_text(parts, ref)
        formula = "&amp;".join(f'"{esc(part)}"' for part in text.split(" ", 1)).replace('"&amp;"', ' "&amp;"')
        set_cell(
            parts, ref, f'<c r="{ref}"{style_of(parts, ref)} t="str"><f>{formula}</f><v>{esc(text)}</v></c>'
        )


def numbers_as_text(parts: dict[str, bytes], cells: dict[str, str]) -> None:
    """The NO column's numbers stored as text (``t="str"`` without formula, and as shared strings)."""
    sheet = parts["xl/worksheets/sheet1.xml"]
    refs = re.findall(rb'<c r="(A\d+)"[^>]*?t="n"><v>(\d+)</v></c>', sheet)
    for i, (ref, value) in enumerate(refs):
        kind = "str" if i % 2 else "inlineStr"
        body = f"<v>{value.decode()}</v>" if kind == "str" else f"<is><t>{value.decode()}</t></is>"
        set_cell(parts, ref.decode(), f'<c r="{ref.decode()}" t="{kind}">{body}</c>')


def rich_text(parts: dict[str, bytes], cells: dict[str, str]) -> None:
    """Every shared string of two words or more written as rich-text runs (bold first word, phonetic
    properties), as Excel keeps a cell whose words were formatted one by one."""

    def runs(m: re.Match[bytes]) -> bytes:
        text = m.group(1).decode()
        head, sep, tail = text.partition(" ")
        if not sep:
            return m.group(0)
        return (
            f'<si><r><rPr><b val="true"/><sz val="11"/><rFont val="Arial"/><family val="2"/></rPr>'
            f'<t xml:space="preserve">{head} </t></r><r><rPr><sz val="11"/><rFont val="Arial"/></rPr>'
            f'<t>{tail}</t></r><phoneticPr fontId="0"/></si>'
        ).encode()

    parts["xl/sharedStrings.xml"] = re.sub(
        rb"<si><t[^>]*>([^<]*)</t></si>", runs, parts["xl/sharedStrings.xml"]
    )


def spaced_text(parts: dict[str, bytes], cells: dict[str, str]) -> None:
    """Shared strings kept with ``xml:space="preserve"`` and surrounding spaces, a tab and line break."""

    def spaced(m: re.Match[bytes]) -> bytes:
        return b'<si><t xml:space="preserve">  ' + m.group(1) + b" \t</t></si>"

    parts["xl/sharedStrings.xml"] = re.sub(
        rb"<si><t[^>]*>([^<]*)</t></si>", spaced, parts["xl/sharedStrings.xml"]
    )


DRAWING_NS = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing"
A_NS = "http://schemas.openxmlformats.org/drawingml/2006/main"
# A 1×1 PNG (a logo pasted on the kop, in miniature).
PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360000002000001e221bc330000000049454e44ae426082"
)


def picture(parts: dict[str, bytes], cells: dict[str, str]) -> None:
    """A logo on the kop: a drawing part with an embedded picture."""
    parts["xl/media/image1.png"] = PNG
    add_default(parts, "png", "image/png")
    parts["xl/drawings/drawing1.xml"] = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr xmlns:xdr="{DRAWING_NS}" '
        f'xmlns:a="{A_NS}" xmlns:r="{REL_NS}"><xdr:oneCellAnchor><xdr:from><xdr:col>12</xdr:col><xdr:colOff>0'
        '</xdr:colOff><xdr:row>0</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:ext cx="600000" '
        'cy="600000"/><xdr:pic><xdr:nvPicPr><xdr:cNvPr id="2" name="Logo Pemda"/><xdr:cNvPicPr/>'
        "</xdr:nvPicPr>"
        '<xdr:blipFill><a:blip r:embed="rId1"/><a:stretch><a:fillRect/></a:stretch></xdr:blipFill><xdr:spPr>'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr></xdr:pic><xdr:clientData/>'
        "</xdr:oneCellAnchor></xdr:wsDr>"
    ).encode()
    add_override(
        parts, "xl/drawings/drawing1.xml", "application/vnd.openxmlformats-officedocument.drawing+xml"
    )
    add_rel(parts, "xl/drawings/_rels/drawing1.xml.rels", "rId1", f"{REL_NS}/image", "../media/image1.png")
    add_rel(
        parts,
        "xl/worksheets/_rels/sheet1.xml.rels",
        "rIdDr1",
        f"{REL_NS}/drawing",
        "../drawings/drawing1.xml",
    )
    sheet_insert(parts, b"<extLst", '<drawing r:id="rIdDr1"/>')


def printer_settings(parts: dict[str, bytes], cells: dict[str, str]) -> None:
    """A printer's settings kept by Excel (a binary DEVMODE part linked from the sheet)."""
    parts["xl/printerSettings/printerSettings1.bin"] = bytes(range(256)) * 4
    add_default(parts, "bin", "application/vnd.openxmlformats-officedocument.spreadsheetml.printerSettings")
    add_rel(
        parts,
        "xl/worksheets/_rels/sheet1.xml.rels",
        "rIdPs1",
        f"{REL_NS}/printerSettings",
        "../printerSettings/printerSettings1.bin",
    )
    content = parts["xl/worksheets/sheet1.xml"]
    parts["xl/worksheets/sheet1.xml"] = re.sub(
        rb"(<pageSetup\b[^>]*?)(/>)", rb'\1 r:id="rIdPs1"\2', content, count=1
    )


def custom_xml(parts: dict[str, bytes], cells: dict[str, str]) -> None:
    """A document-management item (SharePoint/OneDrive writes these): customXml parts and their properties."""
    parts["customXml/item1.xml"] = (
        b'<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n<ct:contentTypeSchema '
        b'xmlns:ct="http://schemas.microsoft.com/office/2006/metadata/contentType" ct:_="" ma:_="" '
        b'xmlns:ma="http://schemas.microsoft.com/office/2006/metadata/properties/metaAttributes"/>'
    )
    parts["customXml/itemProps1.xml"] = (
        b'<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n<ds:datastoreItem '
        b'ds:itemID="{6C1C1B0B-3A5E-4B8F-9D1D-2D2F1C7E9A11}" '
        b'xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs/>'
        b"</ds:datastoreItem>"
    )
    add_override(
        parts,
        "customXml/itemProps1.xml",
        "application/vnd.openxmlformats-officedocument.customXmlProperties+xml",
    )
    add_rel(parts, "customXml/_rels/item1.xml.rels", "rId1", f"{REL_NS}/customXmlProps", "itemProps1.xml")
    add_rel(parts, "xl/_rels/workbook.xml.rels", "rIdCx1", f"{REL_NS}/customXml", "../customXml/item1.xml")


def external_link(parts: dict[str, bytes], cells: dict[str, str]) -> None:
    """The unit kerja looked up from another agency workbook: an external link part, and the cell's formula
    ``=[1]Referensi!B2`` with its stored text result."""
    parts["xl/externalLinks/externalLink1.xml"] = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<externalLink xmlns="{MAIN_NS}" '
        f'xmlns:r="{REL_NS}"><externalBook r:id="rId1"><sheetNames><sheetName val="Referensi"/></sheetNames>'
        '<sheetDataSet><sheetData sheetId="0"><row r="2"><cell r="B2" t="str"><v>Dinas Perhubungan</v></cell>'
        "</row></sheetData></sheetDataSet></externalBook></externalLink>"
    ).encode()
    add_override(
        parts,
        "xl/externalLinks/externalLink1.xml",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.externalLink+xml",
    )
    add_rel(
        parts,
        "xl/externalLinks/_rels/externalLink1.xml.rels",
        "rId1",
        f"{REL_NS}/externalLinkPath",
        "file:///\\\\server\\bkpsdm\\Referensi%20Unit.xlsx",
        external=True,
    )
    add_rel(
        parts,
        "xl/_rels/workbook.xml.rels",
        "rIdEx1",
        f"{REL_NS}/externalLink",
        "externalLinks/externalLink1.xml",
    )
    book = parts["xl/workbook.xml"]
    parts["xl/workbook.xml"] = book.replace(
        b"</sheets>", b'</sheets><externalReferences><externalReference r:id="rIdEx1"/></externalReferences>'
    )
    ref = cells["pegawai.unit"]
    text = sheet_text(parts, ref)
    set_cell(
        parts, ref, f'<c r="{ref}"{style_of(parts, ref)} t="str"><f>[1]Referensi!B2</f><v>{esc(text)}</v></c>'
    )


def pivot_cache(parts: dict[str, bytes], cells: dict[str, str]) -> None:
    """A pivot cache (definition and records) over the plan's rows, as a pivot table leaves it."""
    parts["xl/pivotCache/pivotCacheDefinition1.xml"] = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<pivotCacheDefinition xmlns="{MAIN_NS}" '
        f'xmlns:r="{REL_NS}" r:id="rId1" refreshOnLoad="1" recordCount="2"><cacheSource type="worksheet">'
        '<worksheetSource ref="D16:F23" sheet="SKP"/></cacheSource><cacheFields count="1">'
        '<cacheField name="ASPEK" numFmtId="0"><sharedItems count="2"><s v="Kuantitas"/><s v="Kualitas"/>'
        "</sharedItems></cacheField></cacheFields></pivotCacheDefinition>"
    ).encode()
    parts["xl/pivotCache/pivotCacheRecords1.xml"] = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<pivotCacheRecords xmlns="{MAIN_NS}" '
        f'xmlns:r="{REL_NS}" count="2"><r><x v="0"/></r><r><x v="1"/></r></pivotCacheRecords>'
    ).encode()
    add_override(
        parts,
        "xl/pivotCache/pivotCacheDefinition1.xml",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.pivotCacheDefinition+xml",
    )
    add_override(
        parts,
        "xl/pivotCache/pivotCacheRecords1.xml",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.pivotCacheRecords+xml",
    )
    add_rel(
        parts,
        "xl/pivotCache/_rels/pivotCacheDefinition1.xml.rels",
        "rId1",
        f"{REL_NS}/pivotCacheRecords",
        "pivotCacheRecords1.xml",
    )
    add_rel(
        parts,
        "xl/_rels/workbook.xml.rels",
        "rIdPc1",
        f"{REL_NS}/pivotCacheDefinition",
        "pivotCache/pivotCacheDefinition1.xml",
    )
    book = parts["xl/workbook.xml"]
    at = book.find(b"<calcPr")
    parts["xl/workbook.xml"] = (
        book[:at] + b'<pivotCaches><pivotCache cacheId="3" r:id="rIdPc1"/></pivotCaches>' + book[at:]
    )


def macro_enabled(parts: dict[str, bytes], cells: dict[str, str]) -> None:
    """An .xlsm: the macro-enabled main content type and a real VBA project (the add-in's templates')."""
    with zipfile.ZipFile(ROOT / "templates" / "ja-dasar.xlsm") as template:
        parts["xl/vbaProject.bin"] = template.read("xl/vbaProject.bin")
    parts["[Content_Types].xml"] = (
        parts["[Content_Types].xml"]
        .replace(
            b"spreadsheetml.sheet.main+xml",
            b"spreadsheetml.sheet.main+xml".replace(b"sheet.main", b"sheet.main"),
        )
        .replace(
            b"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
            b"application/vnd.ms-excel.sheet.macroEnabled.main+xml",
        )
    )
    add_default(parts, "bin", "application/vnd.ms-office.vbaProject")
    add_rel(
        parts,
        "xl/_rels/workbook.xml.rels",
        "rIdVba",
        "http://schemas.microsoft.com/office/2006/relationships/vbaProject",
        "vbaProject.bin",
    )
    parts["xl/workbook.xml"] = parts["xl/workbook.xml"].replace(
        b"<workbookPr ", b'<workbookPr codeName="ThisWorkbook" '
    )


def many_styles(count: int) -> Edit:
    """``count`` cell formats in styles.xml (the "too many different cell formats" workbook that years of
    copy-paste between agency files leave): each a distinct font/fill/border/number-format combination."""

    def edit(parts: dict[str, bytes], cells: dict[str, str]) -> None:
        styles = parts["xl/styles.xml"]
        m = re.search(rb'<cellXfs count="(\d+)">(.*?)</cellXfs>', styles, re.DOTALL)
        assert m
        have = int(m.group(1))
        extra = "".join(
            f'<xf numFmtId="{(i * 7) % 50}" fontId="0" fillId="{i % 2}" borderId="0" applyFont="true" '
            f'applyBorder="{"true" if i % 3 else "false"}" applyAlignment="true" applyProtection="false">'
            f'<alignment horizontal="{("left", "center", "right", "general")[i % 4]}" vertical="center" '
            f'textRotation="0" wrapText="{"true" if i % 5 else "false"}" indent="{i % 15}" '
            'shrinkToFit="false"/>'
            f'<protection locked="{"true" if i % 7 else "false"}" hidden="false"/></xf>'
            for i in range(count)
        )
        body = m.group(2) + extra.encode()
        parts["xl/styles.xml"] = (
            styles[: m.start()]
            + f'<cellXfs count="{have + count}">'.encode()
            + body
            + b"</cellXfs>"
            + styles[m.end() :]
        )

    return edit


def bom(parts: dict[str, bytes], cells: dict[str, str]) -> None:
    """Every XML part begins with a UTF-8 byte-order mark (as .NET's XmlWriter with UTF8Encoding(true),
    the default of many exporters, writes it)."""
    for name, content in parts.items():
        if name.endswith((".xml", ".rels")):
            parts[name] = b"\xef\xbb\xbf" + content


MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
X14AC = "http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac"


def google_like(parts: dict[str, bytes], cells: dict[str, str]) -> None:
    """An export shaped like Google Sheets' and Excel 2010+'s: no theme, no document properties,
    ``mc:Ignorable="x14ac"`` with ``x14ac:dyDescent`` on every row."""
    for name in [n for n in parts if n.startswith(("docProps/",)) or n.startswith("xl/theme/")]:
        del parts[name]
    parts["_rels/.rels"] = re.sub(
        rb'<Relationship [^>]*(?:core-properties|extended-properties|custom-properties)"[^>]*/>',
        b"",
        parts["_rels/.rels"],
    )
    parts["xl/_rels/workbook.xml.rels"] = re.sub(
        rb'<Relationship [^>]*/theme"[^>]*/>', b"", parts["xl/_rels/workbook.xml.rels"]
    )
    parts["[Content_Types].xml"] = re.sub(
        rb'<Override PartName="/(?:docProps|xl/theme)/[^>]*/>', b"", parts["[Content_Types].xml"]
    )
    sheet = parts["xl/worksheets/sheet1.xml"]
    sheet = sheet.replace(
        f'<worksheet xmlns="{MAIN_NS}"'.encode(),
        f'<worksheet xmlns="{MAIN_NS}" xmlns:mc="{MC}" mc:Ignorable="x14ac xr xr2 xr3" xmlns:x14ac="{X14AC}" '
        'xmlns:xr="http://schemas.microsoft.com/office/spreadsheetml/2014/revision" '
        'xmlns:xr3="http://schemas.microsoft.com/office/spreadsheetml/2016/revision3" '
        'xr:uid="{00000000-0001-0000-0000-000000000000}"'.encode(),
        1,
    ).replace(b' xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">', b">", 1)
    sheet = re.sub(rb"<row ([^>]*?)(/?)>", rb'<row \1 x14ac:dyDescent="0.25"\2>', sheet)
    parts["xl/worksheets/sheet1.xml"] = sheet


def prefixed(parts: dict[str, bytes], cells: dict[str, str]) -> None:
    """SpreadsheetML written with an ``x:`` prefix on every element (the Open XML SDK's habit)."""
    for name in ["xl/workbook.xml", "xl/worksheets/sheet1.xml", "xl/sharedStrings.xml", "xl/styles.xml"]:
        content = parts[name]
        content = content.replace(f'xmlns="{MAIN_NS}"'.encode(), f'xmlns:x="{MAIN_NS}"'.encode(), 1)
        content = re.sub(rb"<(/?)([A-Za-z][\w]*)([\s/>])", rb"<\1x:\2\3", content)
        parts[name] = content


def without_references(parts: dict[str, bytes], cells: dict[str, str]) -> None:
    """Cells written without their ``r`` attribute where they follow one another (rows keep theirs): what
    streaming writers save when every cell of a row is present. Empty cells of the row are written."""
    sheet = parts["xl/worksheets/sheet1.xml"]

    def row(m: re.Match[bytes]) -> bytes:
        cells_xml = re.findall(rb'<c r="([A-Z]+)\d+"((?:[^>/]|/(?!>))*)(/>|>.*?</c>)', m.group(2), re.DOTALL)
        if not cells_xml:
            return m.group(0)
        out, expected = [], 1
        for letters, attrs, rest in cells_xml:
            col = 0
            for ch in letters.decode():
                col = col * 26 + ord(ch) - 64
            while expected < col:
                out.append(b"<c/>")
                expected += 1
            out.append(b"<c" + attrs + rest)
            expected += 1
        return m.group(1) + b"".join(out) + b"</row>"

    parts["xl/worksheets/sheet1.xml"] = re.sub(rb"(<row [^>]*>)(.*?)</row>", row, sheet, flags=re.DOTALL)


def absolute_targets(parts: dict[str, bytes], cells: dict[str, str]) -> None:
    parts["xl/_rels/workbook.xml.rels"] = re.sub(
        rb'Target="(?!/)([^"]+)"', rb'Target="/xl/\1"', parts["xl/_rels/workbook.xml.rels"]
    )


def odd_part_names(parts: dict[str, bytes], cells: dict[str, str]) -> None:
    """The worksheet part named after the sheet (``xl/worksheets/SKP.xml``) and the shared strings
    under another name, as some report generators name them."""
    parts["xl/worksheets/Lembar_SKP.xml"] = parts.pop("xl/worksheets/sheet1.xml")
    parts["xl/strings.xml"] = parts.pop("xl/sharedStrings.xml")
    for name in ("xl/_rels/workbook.xml.rels", "[Content_Types].xml"):
        parts[name] = (
            parts[name]
            .replace(b"worksheets/sheet1.xml", b"worksheets/Lembar_SKP.xml")
            .replace(b"sharedStrings.xml", b"strings.xml")
        )


def sheet_name(name: str) -> Edit:
    def edit(parts: dict[str, bytes], cells: dict[str, str]) -> None:
        parts["xl/workbook.xml"] = parts["xl/workbook.xml"].replace(
            b'<sheet name="SKP"', f'<sheet name="{esc(name).replace(chr(34), "&quot;")}"'.encode()
        )

    return edit


def shared_strings_without_counts(parts: dict[str, bytes], cells: dict[str, str]) -> None:
    parts["xl/sharedStrings.xml"] = re.sub(
        rb'<sst ([^>]*?)count="\d+" uniqueCount="\d+"', rb"<sst \1", parts["xl/sharedStrings.xml"]
    )


def iso_dates(parts: dict[str, bytes], cells: dict[str, str]) -> None:
    """The period as two date cells stored ``t="d"`` in ISO 8601 (SheetJS with ``cellDates``, Strict
    writers)."""
    set_cell(
        parts,
        "A3",
        '<c r="A3" t="inlineStr"><is><t>PERIODE PENILAIAN</t></is></c>'
        '<c r="C3" t="d"><v>2025-01-01T00:00:00</v></c><c r="D3" t="inlineStr"><is><t>s.d.</t></is></c>'
        '<c r="E3" t="d"><v>2025-12-31T00:00:00</v></c>',
    )


def zip_flags_utf8(parts: dict[str, bytes], cells: dict[str, str]) -> None:
    """Nothing changed in the parts: the zip itself is the probe (see ``raw``)."""


def formatted_rows(last: int, every: bool = True) -> Edit:
    """Rows below the form formatted down to row ``last`` (row elements with a style and no cell), with the
    dimension Excel then declares: the "used range" grown by formatting whole rows. ``every``: each row
    (a block of rows selected and formatted); else only the last one."""

    def edit(parts: dict[str, bytes], cells: dict[str, str]) -> None:
        sheet = parts["xl/worksheets/sheet1.xml"]
        first = max(int(n) for n in re.findall(rb'<row r="(\d+)"', sheet)) + 1
        numbers = range(first, last + 1) if every else [last]
        rows = b"".join(b'<row r="%d" s="1" customFormat="1" ht="15" customHeight="1"/>' % r for r in numbers)
        sheet = sheet.replace(b"</sheetData>", rows + b"</sheetData>")
        parts["xl/worksheets/sheet1.xml"] = re.sub(
            rb'<dimension ref="[^"]*"/>', f'<dimension ref="A1:N{last}"/>'.encode(), sheet
        )

    return edit


def truncated(fraction: float) -> Callable[[bytes], bytes]:
    def cut(data: bytes) -> bytes:
        return data[: int(len(data) * fraction)]

    return cut


def encrypted(data: bytes) -> bytes:
    out = io.BytesIO()
    msoffcrypto.format.ooxml.OOXMLFile(io.BytesIO(data)).encrypt("rahasia", out)
    return out.getvalue()


def zip_password_flag(data: bytes) -> bytes:
    """Every entry flagged as ZIP-encrypted (general purpose bit 0), as a zip tool's password leaves it."""
    out = bytearray(data)
    for sig, offset in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        at = out.find(sig)
        while at >= 0:
            out[at + offset] |= 1
            at = out.find(sig, at + 4)
    return bytes(out)


# ---------------------------------------------------------------- spec changes (openpyxl level)


def two_date_period(epoch_1904: bool) -> Callable[[Spec], None]:
    def change(s: Spec) -> None:
        s["periode"] = "PERIODE PENILAIAN"

        def mod(book: Any) -> None:
            book.ws["C3"].value = dt.datetime(2025, 1, 1)
            book.ws["C3"].number_format = "d mmmm yyyy"
            book.ws["D3"].value = "s.d."
            book.ws["E3"].value = dt.datetime(2025, 12, 31)
            book.ws["E3"].number_format = "d mmmm yyyy"
            if epoch_1904:
                book.wb.epoch = CALENDAR_MAC_1904

        s["o"]["ubah"] = [mod]

    return change


def many_sheets(total: int, at: int) -> Callable[[Spec], None]:
    """``total`` sheets, the SKP the ``at``-th (1-based); the others hold a little of everything."""

    def change(s: Spec) -> None:
        def mod(book: Any) -> None:
            wb = book.wb
            for n in range(1, total):
                ws = wb.create_sheet(f"Lampiran {n}")
                ws["A1"] = f"Catatan kegiatan bulan ke-{n}"
                ws["A2"], ws["B2"] = "Jumlah", n * 3
                ws["C5"] = dt.datetime(2025, 1 + n % 12, 1)
            wb.move_sheet("SKP", offset=at - 1)
            wb.active = at - 1

        s["o"]["ubah"] = [mod]

    return change


def chartsheet_first(s: Spec) -> None:
    def mod(book: Any) -> None:
        from openpyxl.chart import BarChart, Reference

        data = book.wb.create_sheet("Data Grafik")
        for r, row in enumerate([["Bulan", "Laporan"], ["Jan", 1], ["Feb", 1], ["Mar", 1]], 1):
            for c, value in enumerate(row, 1):
                data.cell(r, c, value)
        chart = BarChart()
        chart.add_data(Reference(data, min_col=2, min_row=1, max_row=4), titles_from_data=True)
        book.wb.create_chartsheet("Grafik", 0).add_chart(chart)

    s["o"]["ubah"] = [mod]


def column_formats(s: Spec) -> None:
    """Whole columns formatted (text format on NIP's column, a font on the plan's columns), as staff do by
    clicking a column's letter."""

    def mod(book: Any) -> None:
        from openpyxl.styles import Font

        for letter in "CDEFGHIJKLMN":
            book.ws.column_dimensions[letter].number_format = "@"
            book.ws.column_dimensions[letter].font = Font(name="Arial", size=11)

    s["o"]["ubah"] = [mod]


def drop_target(key: str) -> Callable[[Spec], None]:
    """Defect: the target of IKI ``key`` (``1.2``: RK 1, IKI 2) left empty."""

    def change(s: Spec) -> None:
        n, k = (int(x) for x in key.split("."))
        iki = list(s["rencana"][n - 1]["iki"][k - 1])
        iki[2] = None
        s["rencana"][n - 1]["iki"][k - 1] = (
            tuple(iki) if isinstance(s["rencana"][n - 1]["iki"][k - 1], tuple) else iki
        )

    return change


# ---------------------------------------------------------------- the set

Made = tuple[bytes, dict[str, str]]


class Maker:
    """Caches the base workbooks (openpyxl, and openpyxl saved again by LibreOffice)."""

    def __init__(self) -> None:
        self._openpyxl: dict[str, Made] = {}

    def openpyxl(self, key: str = "", change: Callable[[Spec], None] | None = None) -> Made:
        if key not in self._openpyxl:
            self._openpyxl[key] = openpyxl_bytes(change)
        return self._openpyxl[key]

    def lo(self, key: str = "", change: Callable[[Spec], None] | None = None, target: str = "xlsx") -> Made:
        data, cells = self.openpyxl(key, change)
        made = convert(data, "xlsx", target)
        return (normalised(made) if made.startswith(b"PK") else made), cells


def edited(made: Made, *edits: Edit, **zip_options: Any) -> bytes:
    data, cells = made
    parts = parts_of(data)
    for edit in edits:
        edit(parts, cells)
    return zipped(parts, **zip_options)


Entry = tuple[str, str, Callable[[Maker], Made | bytes], list[tuple[str, str | None]], str]


def entries() -> list[Entry]:
    """(berkas, uraian, pembuat, cacat [(kode, kunci sel)], bentuk formulir)."""
    out: list[Entry] = []
    form = "ja-pengembangan"

    def add(
        file: str,
        about: str,
        make: Callable[[Maker], Made | bytes],
        defects: list[tuple[str, str | None]] | None = None,
        form_: str | None = form,
    ) -> None:
        out.append((file, about, make, defects or [], form_))  # type: ignore[arg-type]

    def lo_edit(*edits: Edit, **zip_options: Any) -> Callable[[Maker], bytes]:
        return lambda m: edited(m.lo(), *edits, **zip_options)

    # --- produsen lain lewat LibreOffice
    add(
        "01-openpyxl.xlsx",
        "garis dasar: ditulis openpyxl (string sebaris, target relasi absolut)",
        lambda m: m.openpyxl(),
    )
    add(
        "02-lo-xlsx.xlsx",
        "disimpan ulang LibreOffice, filter bawaan `Calc MS Excel 2007 XML`",
        lambda m: m.lo(),
    )
    add(
        "03-lo-ooxml.xlsx",
        "disimpan ulang LibreOffice, filter `Calc Office Open XML`",
        lambda m: m.lo(target="xlsx:Calc Office Open XML"),
    )
    add(
        "04-lo-xls.xls",
        "disimpan LibreOffice sebagai .xls (Excel 97–2003, BIFF8)",
        lambda m: m.lo(target="xls:MS Excel 97"),
    )
    add(
        "05-lo-xls-ke-xlsx.xlsx",
        ".xls LibreOffice dibuka lagi dan disimpan sebagai .xlsx",
        lambda m: (normalised(convert(m.lo(target="xls:MS Excel 97")[0], "xls", "xlsx")), {}),
    )
    add(
        "06-lo-ods-ke-xlsx.xlsx",
        ".ods LibreOffice dibuka lagi dan disimpan sebagai .xlsx",
        lambda m: (normalised(convert(m.lo(target="ods")[0], "ods", "xlsx")), {}),
    )
    add(
        "07-lo-xlsm.xlsm",
        "disimpan LibreOffice sebagai .xlsm (`Calc MS Excel 2007 VBA XML`)",
        lambda m: m.lo(target="xlsm:Calc MS Excel 2007 VBA XML"),
    )
    add(
        "08-lo-kolom-berformat.xlsx",
        "kolom utuh diberi format teks/huruf lalu disimpan LibreOffice",
        lambda m: m.lo("kolom", column_formats),
    )
    # --- bagian zip disunting (di atas keluaran LibreOffice, yang memakai sharedStrings seperti Excel)
    add(
        "10-string-sebaris.xlsx",
        'semua teks `t="inlineStr"`, tanpa bagian sharedStrings',
        lo_edit(inline_strings),
    )
    add("11-tanpa-dimension.xlsx", "lembar tanpa elemen `dimension`", lo_edit(no_dimension))
    add("12-dimension-A1.xlsx", "`dimension` salah: `A1` saja (penulis berarus)", lo_edit(dimension("A1")))
    add(
        "13-dimension-kolom-penuh.xlsx",
        "`dimension` `A1:AMJ1048576` (baris diformat sampai bawah)",
        lo_edit(dimension("A1:AMJ1048576")),
    )
    add(
        "14-rumus-str.xlsx",
        'target, jabatan, unit dan RK hasil rumus teks (`t="str"` dengan `<f>`)',
        lo_edit(str_formulas),
    )
    add(
        "15-angka-sebagai-teks.xlsx",
        'nomor kolom NO disimpan sebagai teks (`t="str"`, sebaris)',
        lo_edit(numbers_as_text),
    )
    add(
        "16-teks-kaya.xlsx",
        "shared strings ber-run teks kaya (kata pertama tebal) dengan `phoneticPr`",
        lo_edit(rich_text),
    )
    add(
        "17-xml-space.xlsx",
        'shared strings `xml:space="preserve"` dengan spasi dan tab di tepi',
        lo_edit(spaced_text),
    )
    add("18-gambar-logo.xlsx", "logo pada kop (drawing + gambar PNG)", lo_edit(picture))
    add(
        "19-printer-settings.xlsx",
        "bagian printerSettings biner yang ditautkan dari lembar",
        lo_edit(printer_settings),
    )
    add("20-customxml.xlsx", "bagian customXml (SharePoint/OneDrive)", lo_edit(custom_xml))
    add(
        "21-tautan-eksternal.xlsx",
        "unit kerja dari rumus ke buku kerja lain (`externalLink`)",
        lo_edit(external_link),
    )
    add("22-pivot-cache.xlsx", "cache pivot (definisi dan rekaman) di buku kerja", lo_edit(pivot_cache))
    add("23-xlsm-vba.xlsm", ".xlsm dengan proyek VBA sungguhan (`vbaProject.bin`)", lo_edit(macro_enabled))
    add(
        "24-gaya-banyak.xlsx",
        '30.000 format sel di styles.xml ("terlalu banyak format sel")',
        lo_edit(many_styles(30000)),
    )
    add("25-bom.xlsx", "setiap bagian XML diawali BOM UTF-8", lo_edit(bom))
    add(
        "26-mirip-google-sheets.xlsx",
        'tanpa tema dan docProps, `mc:Ignorable="x14ac"`, `x14ac:dyDescent`',
        lo_edit(google_like),
    )
    add("27-awalan-x.xlsx", "setiap elemen SpreadsheetML berawalan `x:` (Open XML SDK)", lo_edit(prefixed))
    add("28-sel-tanpa-r.xlsx", "sel tanpa atribut `r` (penulis berarus)", lo_edit(without_references))
    add("29-target-absolut.xlsx", "target relasi buku kerja absolut `/xl/...`", lo_edit(absolute_targets))
    add(
        "30-nama-bagian-lain.xlsx",
        "bagian lembar `xl/worksheets/Lembar_SKP.xml`, string `xl/strings.xml`",
        lo_edit(odd_part_names),
    )
    add(
        "31-sst-tanpa-count.xlsx",
        "`<sst>` tanpa `count`/`uniqueCount`",
        lo_edit(shared_strings_without_counts),
    )
    add("32-tanggal-iso.xlsx", 'periode dua sel tanggal `t="d"` ISO 8601', lo_edit(iso_dates))
    add(
        "33-zip-stored.xlsx",
        "semua entri zip tanpa kompresi (stored)",
        lo_edit(compression=zipfile.ZIP_STORED),
    )
    add(
        "34-zip-data-descriptor.xlsx",
        "entri zip dengan data descriptor (ditulis ke arus)",
        lo_edit(stream=True),
    )
    add(
        "35-zip-komentar.xlsx",
        "arsip zip berkomentar",
        lo_edit(comment=b"Dibuat oleh Aplikasi e-Kinerja Daerah"),
    )
    add("36-EKSTENSI BESAR.XLSX", "ekstensi huruf besar `.XLSX` dan spasi di nama berkas", lambda m: m.lo())
    add("37-skp dewi – 2025 (revisi) ✓.xlsx", "nama berkas ber-spasi dan Unicode", lambda m: m.lo())
    # --- buku kerja (openpyxl, lalu LibreOffice)
    add(
        "40-tanggal-1904.xlsx",
        "sistem tanggal 1904, periode dua sel tanggal",
        lambda m: m.openpyxl("1904", two_date_period(True)),
    )
    add(
        "41-tanggal-1904-lo.xlsx",
        "sistem tanggal 1904 disimpan LibreOffice",
        lambda m: m.lo("1904", two_date_period(True)),
    )
    add(
        "42-tanggal-1904-xls.xls",
        "sistem tanggal 1904 disimpan LibreOffice sebagai .xls",
        lambda m: m.lo("1904", two_date_period(True), target="xls:MS Excel 97"),
    )
    add(
        "43-tanggal-1900.xlsx",
        "pembanding: periode dua sel tanggal, sistem 1900",
        lambda m: m.openpyxl("1900", two_date_period(False)),
    )
    add("44-30-lembar.xlsx", "30 lembar, SKP lembar ke-17", lambda m: m.lo("30", many_sheets(30, 17)))
    add(
        "45-30-lembar-xls.xls",
        "30 lembar, SKP ke-17, .xls",
        lambda m: m.lo("30", many_sheets(30, 17), target="xls:MS Excel 97"),
    )
    add(
        "46-nama-lembar-kutip.xlsx",
        "lembar bernama `SKP 'Dewi' – 2025 ✓ Ñ`",
        lo_edit(sheet_name("SKP 'Dewi' – 2025 ✓ Ñ")),
    )
    add(
        "47-nama-lembar-kutip-xls.xls",
        "lembar bernama dengan kutip dan Unicode, .xls",
        lambda m: convert(edited(m.lo(), sheet_name("SKP 'Dewi' – 2025 ✓ Ñ")), "xlsx", "xls:MS Excel 97"),
    )
    add(
        "48-chartsheet-pertama.xlsx",
        "lembar grafik (chartsheet) sebagai lembar pertama",
        lambda m: m.openpyxl("chart", chartsheet_first),
    )
    add(
        "49-chartsheet-pertama-xls.xls",
        "lembar grafik pertama, .xls",
        lambda m: m.lo("chart", chartsheet_first, target="xls:MS Excel 97"),
    )
    # --- putaran kedua (ditambah sesudah perbaikan pertama)
    add(
        "50-baris-berformat-160000.xlsx",
        "baris di bawah formulir diformat sampai baris 160.000 (elemen `row` bergaya tanpa sel)",
        lo_edit(formatted_rows(160000)),
    )
    add(
        "51-baris-terakhir-berformat.xlsx",
        "baris terakhir lembar (1.048.576) diformat, `dimension` `A1:N1048576`",
        lo_edit(formatted_rows(1048576, every=False)),
    )
    add(
        "52-baris-berformat-lo.xlsx",
        "probe 50 disimpan ulang LibreOffice (baris berformat sampai 1.048.576, `<col>` tiap kolom)",
        lambda m: normalised(convert(edited(m.lo(), formatted_rows(160000)), "xlsx", "xlsx")),
    )
    add(
        "53-baris-terakhir-berformat-lo.xls",
        "probe 51 disimpan LibreOffice sebagai .xls (DIMENSIONS sampai baris 1.048.576)",
        lambda m: convert(edited(m.lo(), formatted_rows(1048576, every=False)), "xlsx", "xls:MS Excel 97"),
    )
    # --- kembaran bercacat
    add(
        "90-ods.ods",
        "cacat: .ods (format bawaan LibreOffice): dilaporkan, tidak dibaca",
        lambda m: m.lo(target="ods")[0],
        [("berkas-rusak", None)],
        None,
    )
    add(
        "91-terpotong.xlsx",
        "cacat: zip terpotong di tengah (unduhan putus)",
        lambda m: truncated(0.6)(m.lo()[0]),
        [("berkas-rusak", None)],
        None,
    )
    add(
        "92-terpotong-xls.xls",
        "cacat: .xls terpotong di tengah",
        lambda m: truncated(0.5)(m.lo(target="xls:MS Excel 97")[0]),
        [("berkas-rusak", None)],
        None,
    )
    add(
        "93-terenkripsi.xlsx",
        "cacat: dienkripsi dengan kata sandi pembukaan (ECMA-376 agile)",
        lambda m: encrypted(m.lo()[0]),
        [("berkas-terenkripsi", None)],
        None,
    )
    add(
        "94-zip-sandi.xlsx",
        "cacat: entri zip bertanda terenkripsi (bit 0)",
        lambda m: zip_password_flag(m.lo()[0]),
        [("berkas-terenkripsi", None)],
        None,
    )
    add(
        "95-bom-terpotong.xlsx",
        "cacat: BOM pada bagian XML dan zip terpotong",
        lambda m: truncated(0.7)(edited(m.lo(), bom)),
        [("berkas-rusak", None)],
        None,
    )
    add(
        "96-cacat-string-sebaris.xlsx",
        "cacat isi lewat string sebaris: target IKI 1.2 kosong",
        lambda m: edited(m.lo("t12", drop_target("1.2")), inline_strings),
        [("iki-tanpa-target", "utama1.2.target")],
    )
    add(
        "97-cacat-xls.xls",
        "cacat isi lewat .xls LibreOffice: target IKI 1.2 kosong",
        lambda m: m.lo("t12", drop_target("1.2"), target="xls:MS Excel 97"),
        [("iki-tanpa-target", "utama1.2.target")],
    )
    add(
        "98-cacat-bom.xlsx",
        "cacat isi lewat bagian ber-BOM: target IKI 1.2 kosong",
        lambda m: edited(m.lo("t12", drop_target("1.2")), bom),
        [("iki-tanpa-target", "utama1.2.target")],
    )
    add(
        "99-cacat-awalan-x.xlsx",
        "cacat isi lewat elemen berawalan `x:`: target IKI 1.2 kosong",
        lambda m: edited(m.lo("t12", drop_target("1.2")), prefixed),
        [("iki-tanpa-target", "utama1.2.target")],
    )
    return out


def build(folder: Path, manifest: Path) -> None:
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    maker = Maker()
    files = []
    _, cells = maker.openpyxl()
    for file, about, make, defects, form in entries():
        made = make(maker)
        data = made if isinstance(made, bytes) else made[0]
        (folder / file).write_bytes(data)
        files.append(
            {
                "file": file,
                "form": form,
                "clean": not defects,
                "defects": [
                    {"code": code, "sheet": "SKP" if key else None, "cell": cells[key] if key else None}
                    for code, key in defects
                ],
                "uraian": about,
            }
        )
    _builder.write_manifest(manifest, "merah_al", SEED, files)


def main() -> None:
    _builder.run(build, HERE, __doc__)


if __name__ == "__main__":
    main()
