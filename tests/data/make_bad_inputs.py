"""Generate the bad_* and ok_* files that exercise loading (SPEC §7 file scope, issue 4 item 5).

Run from the repository root: ``python tests/data/make_bad_inputs.py``. The outputs are committed, so the
tests never need LibreOffice or msoffcrypto-tool; this script exists so every fixture can be re-made and
reviewed. Each hostile file is built the way an attacker would build it (a real deflate bomb, a real
billion-laughs DOCTYPE, a real ECMA-376 encrypted package), small enough to commit.

``ok_macro_vbaProject.bin`` is the example VBA project shipped with XlsxWriter (BSD-2-Clause).
"""

from __future__ import annotations

import io
import random
import struct
import subprocess
import tempfile
import warnings
import zipfile
from datetime import date
from pathlib import Path

import msoffcrypto.format.ooxml
import olefile
import xlsxwriter
from openpyxl import Workbook

HERE = Path(__file__).parent
SOFFICE = ["soffice", "--headless", "-env:UserInstallation=file:///tmp/skp-lo-make-bad-inputs"]


def small_skp() -> bytes:
    """A small JA Model Dasar plan shaped like a real submission: kop rows, a table starting in column B,
    merged RK cells, a number stored as text, padded text and a hidden helper sheet."""
    wb = Workbook()
    ws = wb.active
    ws.title = "SKP"
    ws["B2"] = "RENCANA SASARAN KINERJA PEGAWAI"
    ws["B3"] = "PERIODE PENILAIAN: 1 JANUARI SD 31 DESEMBER 2024"
    ws.merge_cells("B2:G2")
    ws["B5"], ws["E5"] = "PEGAWAI YANG DINILAI", "PEJABAT PENILAI KINERJA"
    for number, label in enumerate(("NAMA", "NIP", "PANGKAT/GOL RUANG", "JABATAN", "UNIT KERJA"), start=1):
        for col in (2, 5):
            ws.cell(5 + number, col, number)
            ws.cell(5 + number, col + 1, label)
    ws["D6"], ws["G6"] = "  Ani Suryani  ", "Budi Santoso"
    ws["D7"], ws["G7"] = "19860926 201505 2 001", "197501012000031002"
    ws["D8"], ws["G8"] = "Penata Muda Tk.I, III/b", "Pembina, IV/a"
    columns = ["NO", "RENCANA KINERJA ATASAN YANG DIINTERVENSI", "RENCANA KINERJA", "ASPEK", "IKI", "TARGET"]
    for col, label in enumerate(columns, start=2):
        ws.cell(12, col, label)
    ws["B13"] = "A. KINERJA UTAMA"
    rows = [
        (
            "Meningkatnya kualitas layanan",
            "Dokumen perencanaan tersusun tepat waktu",
            "Kuantitas",
            "Jumlah dokumen perencanaan",
            "12 dokumen",
        ),
        (None, None, "Kualitas", "Persentase dokumen tanpa revisi", "85,5 %"),
        (None, None, "Waktu", "Ketepatan waktu penyampaian", "12 bulan"),
    ]
    for offset, (atasan, rk, aspek, iki, target) in enumerate(rows):
        r = 14 + offset
        ws.cell(r, 2, 1 if offset == 0 else None)
        ws.cell(r, 3, atasan)
        ws.cell(r, 4, rk)
        ws.cell(r, 5, aspek)
        ws.cell(r, 6, iki)
        ws.cell(r, 7, target)
    ws.merge_cells("C14:C16")
    ws.merge_cells("D14:D16")
    ws["B17"] = "B. KINERJA TAMBAHAN"
    ws["H14"] = 12
    ws["H15"] = 0.855
    ws["H16"] = date(2024, 12, 31)
    helper = wb.create_sheet("Daftar")
    helper["A1"] = "Kuantitas"
    helper.sheet_state = "hidden"
    wb.create_sheet("Sheet3")
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


def replace_part(workbook: bytes, name: str, content: bytes) -> bytes:
    """The workbook with one zip part's content replaced, every other part copied as it was."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(workbook)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            dst.writestr(info.filename, content if info.filename == name else src.read(info.filename))
    return out.getvalue()


def sheet_xml(workbook: bytes) -> bytes:
    with zipfile.ZipFile(io.BytesIO(workbook)) as archive:
        return archive.read("xl/worksheets/sheet1.xml")


def long_text() -> bytes:
    """One cell of 40,000 characters, past Excel's own 32,767 limit (written into the XML directly,
    since openpyxl and XlsxWriter both cut text at that limit)."""
    wb = Workbook()
    wb.active.title = "SKP"
    wb.active["B3"] = "PANJANG"
    buffer = io.BytesIO()
    wb.save(buffer)
    text = ("Rencana kinerja " + "sangat panjang " * 2700)[:40_000].encode()
    return replace_part(
        buffer.getvalue(), "xl/worksheets/sheet1.xml", sheet_xml(buffer.getvalue()).replace(b"PANJANG", text)
    )


def zip_bomb(workbook: bytes, megabytes: int = 210) -> bytes:
    """A sheet whose rows, repeated, inflate to ``megabytes`` MB from a few hundred kilobytes."""
    out = io.BytesIO()
    row = b'<row r="1"><c r="A1" t="inlineStr"><is><t>x</t></is></c></row>' * 16
    with zipfile.ZipFile(io.BytesIO(workbook)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            if info.filename != "xl/worksheets/sheet1.xml":
                dst.writestr(info.filename, src.read(info.filename))
                continue
            bomb = zipfile.ZipInfo(info.filename, date_time=info.date_time)
            bomb.compress_type = zipfile.ZIP_DEFLATED
            with dst.open(bomb, "w") as part:
                part.write(
                    b'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.'
                    b'openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
                )
                block = row * 1024
                for _ in range(megabytes * 1024 * 1024 // len(block) + 1):
                    part.write(block)
                part.write(b"</sheetData></worksheet>")
    return out.getvalue()


def false_size(archive_bytes: bytes, name: str, declared: int) -> bytes:
    """The archive with one part's uncompressed size falsified in its local and central headers, as a
    bomb hides from a reader that trusts the central directory."""
    data = bytearray(archive_bytes)
    with zipfile.ZipFile(io.BytesIO(archive_bytes)) as archive:
        data[archive.getinfo(name).header_offset + 22 :][:4] = struct.pack("<I", declared)
        pos = archive.start_dir
    while data[pos : pos + 4] == b"PK\x01\x02":
        names, extra, comment = struct.unpack_from("<HHH", data, pos + 28)
        if data[pos + 46 : pos + 46 + names] == name.encode():
            data[pos + 24 : pos + 28] = struct.pack("<I", declared)
        pos += 46 + names + extra + comment
    return bytes(data)


def billion_laughs(workbook: bytes) -> bytes:
    """Sheet 1 with the classic entity-expansion DOCTYPE, its text cells pointing at ``&lol9;``."""
    entities = ['<!ENTITY lol "lol">'] + [
        f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">' for i in range(1, 10)
    ]
    doctype = ("<!DOCTYPE worksheet [" + "".join(entities) + "]>").encode()
    original = sheet_xml(workbook)
    declaration = b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    hostile = declaration + doctype + original.removeprefix(declaration)
    hostile = hostile.replace(b"<v>", b"<v>&lol9;", 1)
    return replace_part(workbook, "xl/worksheets/sheet1.xml", hostile)


def doctype_after_comment(workbook: bytes) -> bytes:
    """A DOCTYPE behind a long comment that itself contains markup, to slip past a naive first-bytes scan."""
    comment = b"<!-- <worksheet> " + b"x" * 6000 + b" -->"
    doctype = b'<!DOCTYPE worksheet [<!ENTITY a "aaaaaaaaaa">]>'
    return replace_part(workbook, "xl/worksheets/sheet1.xml", comment + doctype + sheet_xml(workbook))


def external_entity(workbook: bytes) -> bytes:
    """The workbook part declaring an external entity that would read a local file (XXE)."""
    with zipfile.ZipFile(io.BytesIO(workbook)) as archive:
        part = archive.read("xl/workbook.xml")
    doctype = b'<!DOCTYPE workbook [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
    declaration_end = part.index(b"?>") + 2 if part.startswith(b"<?xml") else 0
    hostile = (
        part[:declaration_end] + doctype + part[declaration_end:].replace(b'name="SKP"', b'name="&xxe;"')
    )
    return replace_part(workbook, "xl/workbook.xml", hostile)


def utf16_doctype(workbook: bytes) -> bytes:
    """Sheet 1 re-encoded as UTF-16 with a DOCTYPE, which a byte search for ``<!DOCTYPE`` would miss."""
    text = sheet_xml(workbook).decode("utf-8")
    hostile = '<?xml version="1.0" encoding="UTF-16"?><!DOCTYPE worksheet [<!ENTITY a "a">]>' + text
    return replace_part(workbook, "xl/worksheets/sheet1.xml", hostile.encode("utf-16"))


def password_zip(workbook: bytes) -> bytes:
    """Every part flagged as ZIP-encrypted (general purpose bit 0), as a zip tool's password leaves it.

    Python's zipfile cannot write encrypted entries, so the flag is set in the local and central headers.
    """
    data = bytearray(workbook)
    with zipfile.ZipFile(io.BytesIO(workbook)) as archive:
        for info in archive.infolist():
            data[info.header_offset + 6] |= 0x1
        pos = archive.start_dir
    while data[pos : pos + 4] == b"PK\x01\x02":
        data[pos + 8] |= 0x1
        names, extra, comment = struct.unpack_from("<HHH", data, pos + 28)
        pos += 46 + names + extra + comment
    return bytes(data)


def too_many_cells(workbook: bytes) -> bytes:
    """Sheet 1 declaring a used range of A1:XFD99999 (1,6 billion cells) and storing a cell at its far
    corner, which makes the parser's dense rectangle that large. (The declaration alone costs nothing: the
    parser sizes a sheet by its stored cells; see make_berkas_penghasil_lain.py.)"""
    original = sheet_xml(workbook)
    start = original.index(b'<dimension ref="') + len(b'<dimension ref="')
    end = original.index(b'"', start)
    content = original[:start] + b"A1:XFD99999" + original[end:]
    far = b'<row r="99999"><c r="XFD99999"><v>0</v></c></row>'
    content = content.replace(b"</sheetData>", far + b"</sheetData>")
    return replace_part(workbook, "xl/worksheets/sheet1.xml", content)


def stray_value_far_right(workbook: bytes) -> bytes:
    """The small SKP with one stray value typed at XFD150 of sheet SKP: the form becomes 150 rows by 16,384
    columns, 2,457,600 cells, past the limit; the refusal must name the sheet and that cell."""
    original = sheet_xml(workbook)
    start = original.index(b'<dimension ref="') + len(b'<dimension ref="')
    end = original.index(b'"', start)
    content = original[:start] + b"B2:XFD150" + original[end:]  # as Excel declares the used range
    stray = b'<row r="150"><c r="XFD150" t="inlineStr"><is><t>x</t></is></c></row>'
    content = content.replace(b"</sheetData>", stray + b"</sheetData>")
    return replace_part(workbook, "xl/worksheets/sheet1.xml", content)


def far_apart_cells() -> bytes:
    """Two cells, A1 and XFD1048576, under a false ``<dimension ref="A1">``: parsed as one dense
    rectangle they would need 17 billion cells."""
    wb = Workbook()
    wb.active.title = "SKP"
    wb.active["A1"] = "RENCANA SASARAN KINERJA PEGAWAI"
    wb.active["XFD1048576"] = "ujung"
    buffer = io.BytesIO()
    wb.save(buffer)
    honest = sheet_xml(buffer.getvalue())
    return replace_part(
        buffer.getvalue(), "xl/worksheets/sheet1.xml", honest.replace(b"A1:XFD1048576", b"A1")
    )


def far_apart_cells_hidden_part() -> bytes:
    """The far-apart cells again, the worksheet stored as ``xl/data/lembar.bin`` (the relationships point
    to it), so a check that only looks at ``xl/worksheets/*.xml`` misses it."""
    workbook = far_apart_cells()
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(workbook)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            content = src.read(info.filename)
            if info.filename == "xl/_rels/workbook.xml.rels":
                content = content.replace(b"/xl/worksheets/sheet1.xml", b"/xl/data/lembar.bin")
                content = content.replace(b'"worksheets/sheet1.xml"', b'"data/lembar.bin"')
            name = "xl/data/lembar.bin" if info.filename == "xl/worksheets/sheet1.xml" else info.filename
            dst.writestr(name, content)
    return out.getvalue()


def far_apart_cells_quoted() -> bytes:
    """The far-apart cells with their references written as XML also allows: the cell's in single quotes
    (``r='XFD1048576'``), its row's with spaces around ``=`` (``r = "1048576"``). Both parse the same."""
    workbook = far_apart_cells()
    xml = sheet_xml(workbook)
    xml = xml.replace(b'<row r="1048576"', b'<row r = "1048576"')
    xml = xml.replace(b'r="XFD1048576"', b"r='XFD1048576'")
    return replace_part(workbook, "xl/worksheets/sheet1.xml", xml)


def far_apart_cells_at_target(target: str, name: str) -> bytes:
    """The far-apart cells stored as zip entry ``name``, the workbook's relationship naming ``target``:
    a ``..`` or an absolute path that the parser looks up literally, where a check folding the ``..``
    would look for another part."""
    workbook = far_apart_cells()
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(workbook)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            content = src.read(info.filename)
            if info.filename == "xl/_rels/workbook.xml.rels":
                content = content.replace(b'"/xl/worksheets/sheet1.xml"', f'"{target}"'.encode())
            dst.writestr(name if info.filename == "xl/worksheets/sheet1.xml" else info.filename, content)
    return out.getvalue()


def shared_strings_huge_count() -> bytes:
    """A shared-strings table declaring 10^11 entries in single quotes with spaces around ``=``: the
    parser reserves 2.4 TB for them and aborts."""
    workbook = shared_strings_false_count()
    with zipfile.ZipFile(io.BytesIO(workbook)) as archive:
        strings = archive.read("xl/sharedStrings.xml")
    hostile = strings.replace(b'uniqueCount="4000000000"', b"uniqueCount = '100000000000'")
    return replace_part(workbook, "xl/sharedStrings.xml", hostile)


def sheet_entries_one_part(entries: int = 30) -> bytes:
    """``entries`` ``<sheet>`` entries of the workbook all naming one worksheet part whose two cells, A1
    and XFD100, make a 1.6-million-cell grid: within the limit once, but the parser builds it once per
    entry (49 million cells, tens of seconds and gigabytes)."""
    wb = Workbook()
    wb.active.title = "SKP"
    wb.active["A1"] = "RENCANA SASARAN KINERJA PEGAWAI"
    wb.active["XFD100"] = "ujung"
    buffer = io.BytesIO()
    wb.save(buffer)
    workbook = buffer.getvalue()
    with zipfile.ZipFile(io.BytesIO(workbook)) as archive:
        book = archive.read("xl/workbook.xml")
    start = book.index(b"<sheet ")
    end = book.index(b"/>", start) + 2
    entry = book[start:end].decode()
    many = "".join(entry.replace('name="SKP"', f'name="SKP{i}"').replace('sheetId="1"', f'sheetId="{i}"')
                   for i in range(1, entries + 1))
    return replace_part(workbook, "xl/workbook.xml", book[:start] + many.encode() + book[end:])


def xls_sheet_inside_record(xls: bytes) -> bytes:
    """The legacy workbook with its sheet's BOUNDSHEET position pointing into the shared-strings record,
    at a kop text overwritten with a forged sheet start: a BOF and a DIMENSIONS record claiming
    4 billion rows. A count walking the records in order never meets the forged ones; the parser,
    reading the sheet where BOUNDSHEET says, reserves room for 4 billion rows and aborts."""
    text = b"PERIODE PENILAIAN: 1 JANUARI SD 31 DESEMBER 2024"
    with olefile.OleFileIO(io.BytesIO(xls)) as ole:
        stream = ole.openstream("Workbook").read()
    forged = (
        struct.pack("<HH", 0x0809, 16) + struct.pack("<HHHHII", 0x0600, 0x0010, 0, 0, 0, 0)
        + struct.pack("<HH", 0x0200, 14) + struct.pack("<IIHHH", 0, 0xFFFFFFFF, 0, 0x100, 0)
    )
    forged += b"\x00" * (len(text) - len(forged))
    assert len(forged) == len(text) and xls.count(text) == stream.count(text) == 1
    hostile = xls.replace(text, forged)
    return patched_xls_record(hostile, 0x0085, 0, struct.pack("<I", stream.index(text)))


def duplicate_part(workbook: bytes) -> bytes:
    """A second, different ``xl/worksheets/sheet1.xml`` after the first: which one a reader takes
    depends on the zip library."""
    out = io.BytesIO(workbook)
    with warnings.catch_warnings(), zipfile.ZipFile(out, "a", zipfile.ZIP_DEFLATED) as archive:
        warnings.simplefilter("ignore")
        archive.writestr("xl/worksheets/sheet1.xml", sheet_xml(far_apart_cells()))
    return out.getvalue()


def shared_strings_false_count() -> bytes:
    """A shared-strings table claiming four billion entries for its two: the parser would reserve room
    for all of them (96 GB) and abort."""
    buffer = io.BytesIO()
    with xlsxwriter.Workbook(buffer) as wb:
        sheet = wb.add_worksheet("SKP")
        sheet.write("A1", "RENCANA SASARAN KINERJA PEGAWAI")
        sheet.write("B2", "Ani Suryani")
    workbook = buffer.getvalue()
    with zipfile.ZipFile(io.BytesIO(workbook)) as archive:
        strings = archive.read("xl/sharedStrings.xml")
    false_count = strings.replace(b'uniqueCount="2"', b'uniqueCount="4000000000"')
    return replace_part(workbook, "xl/sharedStrings.xml", false_count)


def patched_xls_record(xls: bytes, record_type: int, offset: int, value: bytes) -> bytes:
    """The legacy workbook with bytes of the first record of a type overwritten in place in the compound
    file, where LibreOffice stores the workbook stream contiguously."""
    with olefile.OleFileIO(io.BytesIO(xls)) as ole:
        stream = ole.openstream("Workbook").read()
    pos = 0
    while True:
        record, length = struct.unpack_from("<HH", stream, pos)
        if record == record_type:
            break
        pos += 4 + length
    original = stream[pos : pos + 4 + length]
    assert xls.count(original) == 1
    body = original[4:]
    return xls.replace(original, original[:4] + body[:offset] + value + body[offset + len(value) :])


def garbage_sheet(workbook: bytes) -> bytes:
    return replace_part(workbook, "xl/worksheets/sheet1.xml", b"<worksheet><sheetData><row><c r=")


def word_document() -> bytes:
    """A minimal Word document (the Writer component of LibreOffice is not installed here)."""
    package = "http://schemas.openxmlformats.org/package/2006"
    main = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    return _zip_of(
        {
            "[Content_Types].xml": (
                f'<?xml version="1.0" encoding="UTF-8"?><Types xmlns="{package}/content-types">'
                '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
                'relationships+xml"/>'
                '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
                'officedocument.wordprocessingml.document.main+xml"/></Types>'
            ).encode(),
            "_rels/.rels": (
                f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{package}/relationships">'
                '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                'relationships/officeDocument" Target="word/document.xml"/></Relationships>'
            ).encode(),
            "word/document.xml": (
                f'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{main}"><w:body><w:p><w:r>'
                "<w:t>Catatan reviu SKP</w:t></w:r></w:p></w:body></w:document>"
            ).encode(),
        }
    )


def encrypted(workbook: bytes) -> bytes:
    """ECMA-376 agile encryption with password "rahasia", as Excel's File > Protect Workbook does."""
    out = io.BytesIO()
    msoffcrypto.format.ooxml.OOXMLFile(io.BytesIO(workbook)).encrypt("rahasia", out)
    return out.getvalue()


def soffice_convert(source: Path, target: str, outdir: Path) -> Path:
    subprocess.run(
        [*SOFFICE, "--convert-to", target, "--outdir", str(outdir), str(source)],
        check=True,
        capture_output=True,
    )
    return outdir / f"{source.stem}.{target.split(':')[0]}"


def encrypted_xls(source: Path, target: Path) -> None:
    """An .xls saved by LibreOffice with an opening password, so its stream carries a FILEPASS record.

    Needs LibreOffice's own Python (``/usr/bin/python3`` with ``uno``), since only the UNO API takes a
    password when storing.
    """
    script = f"""
import subprocess, time, uno
from com.sun.star.beans import PropertyValue
def prop(name, value):
    p = PropertyValue(); p.Name = name; p.Value = value; return p
office = subprocess.Popen({SOFFICE!r} + ["--norestore", "--accept=socket,host=localhost,port=2099;urp;"])
local = uno.getComponentContext()
resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
for _ in range(120):
    try:
        ctx = resolver.resolve("uno:socket,host=localhost,port=2099;urp;StarOffice.ComponentContext")
        break
    except Exception:
        time.sleep(0.5)
desktop = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
doc = desktop.loadComponentFromURL({source.resolve().as_uri()!r}, "_blank", 0, (prop("Hidden", True),))
options = (prop("FilterName", "MS Excel 97"), prop("Password", "rahasia"))
doc.storeToURL({target.resolve().as_uri()!r}, options)
doc.close(True)
try:
    desktop.terminate()
except Exception:
    pass
office.wait(timeout=60)
"""
    subprocess.run(["/usr/bin/python3", "-c", script], check=True, capture_output=True, timeout=180)


def main() -> None:
    base = small_skp()
    rng = random.Random(20240101)
    (HERE / "ok_small_skp.xlsx").write_bytes(base)
    (HERE / "bad_random_bytes.xlsx").write_bytes(b"\x13" + rng.randbytes(4095))
    (HERE / "bad_truncated.xlsx").write_bytes(base[: len(base) // 2])
    (HERE / "bad_text_renamed.xlsx").write_text(
        "Nama: Ani Suryani\nNIP: 198609262015052001\nRencana kinerja: dokumen perencanaan tersusun\n",
        encoding="utf-8",
    )
    (HERE / "bad_encrypted.xlsx").write_bytes(encrypted(base))
    (HERE / "bad_zip_bomb.xlsx").write_bytes(zip_bomb(base))
    (HERE / "bad_zip_bomb_false_size.xlsx").write_bytes(
        false_size(zip_bomb(base, 300), "xl/worksheets/sheet1.xml", len(sheet_xml(base)))
    )
    (HERE / "bad_xml_entities.xlsx").write_bytes(billion_laughs(base))
    (HERE / "bad_xml_entities_after_comment.xlsx").write_bytes(doctype_after_comment(base))
    (HERE / "bad_xml_external_entity.xlsx").write_bytes(external_entity(base))
    (HERE / "bad_xml_entities_utf16.xlsx").write_bytes(utf16_doctype(base))
    (HERE / "bad_zip_password.xlsx").write_bytes(password_zip(base))
    (HERE / "bad_too_many_cells.xlsx").write_bytes(too_many_cells(base))
    (HERE / "bad_stray_value_far_right.xlsx").write_bytes(stray_value_far_right(base))
    (HERE / "bad_cells_far_apart.xlsx").write_bytes(far_apart_cells())
    (HERE / "bad_cells_far_apart_hidden_part.xlsx").write_bytes(far_apart_cells_hidden_part())
    (HERE / "bad_zip_duplicate_part.xlsx").write_bytes(duplicate_part(base))
    (HERE / "bad_shared_strings_false_count.xlsx").write_bytes(shared_strings_false_count())
    parser_aborts()
    (HERE / "bad_garbage_sheet_xml.xlsx").write_bytes(garbage_sheet(base))
    (HERE / "bad_zip_without_workbook.xlsx").write_bytes(_zip_of({"catatan/skp.txt": b"bukan buku kerja"}))
    (HERE / "bad_docx_renamed.xlsx").write_bytes(word_document())

    (HERE / "ok_long_text.xlsx").write_bytes(long_text())

    macro = xlsxwriter.Workbook(str(HERE / "ok_macro.xlsm"))
    sheet = macro.add_worksheet("SKP")
    sheet.write("A1", "RENCANA SASARAN KINERJA PEGAWAI")
    sheet.write("B2", 12)
    macro.add_vba_project(str(HERE / "ok_macro_vbaProject.bin"))
    macro.close()

    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        source = work / "ok_small_skp.xlsx"
        source.write_bytes(base)
        (HERE / "ok_legacy.xls").write_bytes(soffice_convert(source, "xls", work).read_bytes())
        (HERE / "bad_pdf_renamed.xlsx").write_bytes(soffice_convert(source, "pdf", work).read_bytes())
        # LibreOffice Calc's own format, which it saves in unless told otherwise
        (HERE / "bad_ods_libreoffice.ods").write_bytes(soffice_convert(source, "ods", work).read_bytes())
        encrypted_xls(source, HERE / "bad_encrypted.xls")
    legacy = (HERE / "ok_legacy.xls").read_bytes()
    # DIMENSIONS claiming first row 37, last row 17; BOUNDSHEET pointing its sheet far past the stream's end
    inverted = patched_xls_record(legacy, 0x0200, 0, struct.pack("<I", 37))
    (HERE / "bad_xls_dimensions_inverted.xls").write_bytes(inverted)
    (HERE / "bad_xls_sheet_offset.xls").write_bytes(
        patched_xls_record(legacy, 0x0085, 0, struct.pack("<I", 12783391))
    )
    (HERE / "bad_xls_sheet_inside_record.xls").write_bytes(xls_sheet_inside_record(legacy))
    legacy_extents(legacy)


def legacy_extents(legacy: bytes) -> None:
    """The legacy workbook declaring its sheet down to the last row and across every column, as
    LibreOffice writes DIMENSIONS once the last row is formatted (a small SKP, read); and with one text
    cell moved to the sheet's far corner, row 65,536 column IV (the parser would build 16.7 million
    cells: refused)."""
    (HERE / "ok_legacy_dimensions_to_last_row.xls").write_bytes(
        patched_xls_record(legacy, 0x0200, 4, struct.pack("<I", 1_048_576) + struct.pack("<HH", 0, 256))
    )
    (HERE / "bad_xls_cell_far_corner.xls").write_bytes(
        patched_xls_record(legacy, 0x00FD, 0, struct.pack("<HH", 65_535, 255))
    )


def parser_aborts() -> None:
    """Workbooks of ~10-30 KB that made python-calamine abort the whole process (issue 16): a check that
    reads references, relationship targets, counts or sheet entries differently from the parser let
    them through."""
    (HERE / "bad_cells_far_apart_quoted.xlsx").write_bytes(far_apart_cells_quoted())
    (HERE / "bad_rels_target_dotdot.xlsx").write_bytes(
        far_apart_cells_at_target("../lembar/isi.xml", "xl/../lembar/isi.xml")
    )
    (HERE / "bad_rels_target_absolute.xlsx").write_bytes(
        far_apart_cells_at_target("/xl/../lembar/isi.xml", "xl/../lembar/isi.xml")
    )
    (HERE / "bad_shared_strings_huge_count.xlsx").write_bytes(shared_strings_huge_count())
    (HERE / "bad_sheet_entries_one_part.xlsx").write_bytes(sheet_entries_one_part())


def _zip_of(parts: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in parts.items():
            archive.writestr(name, content)
    return out.getvalue()


if __name__ == "__main__":
    main()
