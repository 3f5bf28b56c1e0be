"""Adding text modules to a VBA project (addin.vbaproject): oletools' olevba reads each added module
back as exactly its .bas text, xlwings' modules stay byte for byte, and the dir, PROJECT and PROJECTwm
streams change only by the added module's records and lines."""

from __future__ import annotations

import io
import struct
import zipfile
from pathlib import Path

import olefile
import pytest
import xlwings
from oletools.olevba import VBA_Parser, decompress_stream
from test_addin_vba_cfb import read_compoundfiles, read_olefile

from addin import cfb
from addin.vbaproject import VERSION_INDEPENDENT, add_modules, build_dir, name_map, parse_dir, project_text

ROOT = Path(__file__).parent.parent
XLWINGS = Path(xlwings.__file__).parent
QUICKSTARTS = [XLWINGS / name for name in ("quickstart_standalone.xlsm", "quickstart_addin_ribbon.xlam")]
BAS = {path.stem: path.read_text(encoding="utf-8") for path in sorted((ROOT / "addin" / "vba").glob("*.bas"))}


def project_of(path: Path) -> bytes:
    with zipfile.ZipFile(path) as archive:
        return archive.read("xl/vbaProject.bin")


def streams_of(data: bytes) -> dict[str, bytes]:
    ole = olefile.OleFileIO(io.BytesIO(data))
    return {"/".join(path): ole.openstream(path).read() for path in ole.listdir()}


def macros(data: bytes) -> dict[str, str]:
    """Module name -> source text, as olevba extracts them."""
    return {name.rsplit(".", 1)[0]: code
            for _, _, name, code in VBA_Parser("vbaProject.bin", data=data).extract_macros()}


@pytest.mark.parametrize("path", QUICKSTARTS, ids=lambda p: p.name)
def test_dir_project_and_name_map_are_rebuilt_byte_for_byte(path: Path) -> None:
    streams = streams_of(project_of(path))
    directory = decompress_stream(streams["VBA/dir"])
    project = parse_dir(directory)
    assert build_dir(project) == directory
    assert name_map(project) == streams["PROJECTwm"]
    assert project_text(streams["PROJECT"], [], project.codepage) == streams["PROJECT"]
    assert project.codepage == "cp1252"


@pytest.mark.parametrize("path", QUICKSTARTS, ids=lambda p: p.name)
def test_added_modules_read_back_as_their_bas_text(path: Path) -> None:
    original = project_of(path)
    built = add_modules(original, BAS)
    assert read_olefile(built) == read_compoundfiles(built)
    found = macros(built)
    for name, text in BAS.items():
        assert found.pop(name) == text.replace("\n", "\r\n")
    assert found == macros(original)  # xlwings' modules, unchanged


@pytest.mark.parametrize("path", QUICKSTARTS, ids=lambda p: p.name)
def test_only_the_added_modules_records_and_lines_change(path: Path) -> None:
    before, after = streams_of(project_of(path)), streams_of(add_modules(project_of(path), BAS))
    added = {f"VBA/{name}" for name in BAS}
    assert set(after) == set(before) | added
    changed = {"VBA/dir", "PROJECT", "PROJECTwm"}
    assert {k: v for k, v in after.items() if k not in added | changed} == {
        k: v for k, v in before.items() if k not in changed}  # module streams and _VBA_PROJECT as they were
    assert after["VBA/_VBA_PROJECT"] == VERSION_INDEPENDENT

    old, new = parse_dir(decompress_stream(before["VBA/dir"])), parse_dir(decompress_stream(after["VBA/dir"]))
    assert (new.information, new.cookie, new.modules[: len(old.modules)]) == (
        old.information, old.cookie, old.modules)
    for name, records in zip(BAS, new.modules[len(old.modules) :], strict=True):
        fields = dict(records)
        assert fields[0x0019] == fields[0x001A] == name.encode("cp1252")  # MODULENAME, MODULESTREAMNAME
        assert fields[0x0047] == fields[0x0032] == name.encode("utf-16-le")
        assert struct.unpack("<I", fields[0x0031]) == (0,)  # MODULEOFFSET: source only, no compiled cache
        assert 0x0021 in fields and records[-1] == (0x002B, b"")  # procedural module, terminated
    for name in BAS:
        assert name.encode() + b"\0" + name.encode("utf-16-le") + b"\0\0" in after["PROJECTwm"]

    old_lines, new_lines = before["PROJECT"].decode().split("\r\n"), after["PROJECT"].decode().split("\r\n")
    for name in BAS:
        new_lines.remove(f"Module={name}")
        new_lines.remove(f"{name}=0, 0, 0, 0, C")
    assert new_lines == old_lines
    declarations = [line for line in after["PROJECT"].decode().split("\r\n")
                    if line.split("=")[0] in {"Document", "Module", "Class"}]
    assert declarations[-len(BAS) :] == [f"Module={name}" for name in BAS]


def test_adding_is_deterministic() -> None:
    original = project_of(QUICKSTARTS[0])
    assert add_modules(original, BAS) == add_modules(original, BAS)


def test_compiled_cache_streams_are_dropped() -> None:
    streams = streams_of(project_of(QUICKSTARTS[0]))
    with_cache = cfb.write({**streams, "VBA/__SRP_0": b"cache", "VBA/__SRP_1": b"cache"})
    assert set(streams_of(add_modules(with_cache, {}))) == set(streams)


@pytest.mark.parametrize(("sources", "message"), [
    ({"xlwings": 'Attribute VB_Name = "xlwings"\n'}, "sudah dipakai"),
    ({"XLWINGS": 'Attribute VB_Name = "XLWINGS"\n'}, "sudah dipakai"),
    ({"Skp Pita": 'Attribute VB_Name = "Skp Pita"\n'}, "tidak sah"),
    ({"SkpPita": 'Attribute VB_Name = "Lain"\n'}, "Attribute VB_Name"),
    ({"SkpPita": "Sub A()\nEnd Sub\n"}, "Attribute VB_Name"),
])
def test_bad_modules_are_refused(sources: dict[str, str], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        add_modules(project_of(QUICKSTARTS[0]), sources)


def test_text_outside_the_project_code_page_is_refused() -> None:
    with pytest.raises(UnicodeEncodeError):
        add_modules(project_of(QUICKSTARTS[0]), {"SkpPita": 'Attribute VB_Name = "SkpPita"\n\' 検査\n'})


def test_our_modules_are_ascii_with_the_vb_name_first() -> None:
    """Their comments are Indonesian without accents, so any Windows code page stores them unchanged."""
    for name, text in BAS.items():
        assert text.isascii() and text.startswith(f'Attribute VB_Name = "{name}"\n'), name
