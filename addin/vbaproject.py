"""Add VBA modules from text to an existing ``vbaProject.bin``, without Excel ([MS-OVBA]).

The buttons of the add-in and the templates call macros in ``addin/vba/*.bas``. Only Excel compiles
VBA, but Excel also compiles a project from its source: when the ``_VBA_PROJECT`` stream carries
version 0xFFFF it ignores the compiled caches and rebuilds them from the module text (MS-OVBA 1.6,
2.3.4.1). xlwings ships its quickstart projects in exactly that form, with its RunPython module stored
as source only (MODULEOFFSET 0) beside Excel-made modules that keep their caches, and those files
work in Excel. An added module is stored the same way as that RunPython module, and nothing else of
the project changes:

- each added module gets its stream (the compressed source), a MODULE record at the end of the
  ``dir`` stream, a ``Module=`` (``Class=`` for a class module) line and a window line in the
  ``PROJECT`` stream, and a name pair in ``PROJECTwm``. A class module's text is a ``.cls`` file as the
  VBA editor exports it (xlwings ships its web client so); it is stored as Excel stores an imported
  class: without the ``VERSION``/``BEGIN``/``END`` header, with the class base attribute Excel adds;
- a removed module (xlwings' quickstart demo macros) loses its stream, records and lines; a new
  project name replaces the ``Name=`` line and the dir stream's PROJECTNAME record;
- ``_VBA_PROJECT`` is written in the version-independent seven-byte form the specification asks
  writers to produce, and ``__SRP_*`` cache streams are dropped, so no cache is ever trusted;
- the existing module streams, the project id, name, references and protection lines (CMG/DPB/GC,
  keyed by the id) stay byte for byte.

Reading uses olefile and oletools' decompressor; writing uses ``addin.cfb`` and ``addin.ovba``.
"""

from __future__ import annotations

import io
import re
import struct
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

import olefile
from oletools.olevba import decompress_stream

from addin import cfb, ovba

VERSION_INDEPENDENT = struct.pack("<HHBH", 0x61CC, 0xFFFF, 0x00, 0x0001)  # MS-OVBA 2.3.4.1 and 3.1.1

# dir stream record ids (MS-OVBA 2.3.4.2)
_CODEPAGE = 0x0003
_VERSION = 0x0009  # PROJECTVERSION: its "size" field is a reserved 4, followed by six bytes of data
_MODULES = 0x000F
_COOKIE = 0x0013
_END_OF_DIR = 0x0010
_PROJECT_NAME = 0x0004
_MODULE_NAME = 0x0019
_MODULE_NAME_UNICODE = 0x0047
_STREAM_NAME = 0x001A
_OFFSET = 0x0031
_PROCEDURAL = 0x0021
_CLASS = 0x0022  # MODULETYPE of document and class modules
_END_OF_MODULE = 0x002B

_DECLARATION = re.compile(r"^(Document|Module|Class|BaseClass|Package)=")
_CLASS_HEADER = re.compile(r"\AVERSION 1\.0 CLASS\r?\nBEGIN\r?\n(?:[^\r\n]*\r?\n)*?END\r?\n")
# what the VBA editor adds to an imported class module (the base class of every VBA class)
_CLASS_BASE = 'Attribute VB_Base = "0{FCFB3D2A-A0FA-1068-A738-08002B3371B5}"'
_CLASS_TRAILER = ["Attribute VB_TemplateDerived = False", "Attribute VB_Customizable = False"]

Record = tuple[int, bytes]


@dataclass(frozen=True)
class Project:
    """The parts of a VBA project that adding a module touches."""

    codepage: str
    information: list[Record]  # PROJECTINFORMATION and PROJECTREFERENCES, kept as they are
    cookie: bytes
    modules: list[list[Record]]  # one MODULE record group each, its terminator included


def is_class(source: str) -> bool:
    """Whether ``source`` is a class module as the VBA editor exports it (a ``.cls`` file)."""
    return _CLASS_HEADER.match(source) is not None


def add_modules(
    vba_project: bytes, sources: Mapping[str, str], remove: Iterable[str] = (), name: str | None = None,
) -> bytes:
    """``vba_project`` with the modules ``sources`` (name -> .bas or .cls text) added at the end, the
    standard modules named in ``remove`` taken out, and the project renamed to ``name`` if given.

    A module's text is stored as Excel stores it: CRLF line ends, encoded in the project's code page,
    starting with its ``Attribute VB_Name`` line, which must name the module.
    """
    ole = olefile.OleFileIO(io.BytesIO(vba_project), raise_defects=olefile.DEFECT_POTENTIAL)
    streams = {"/".join(path): ole.openstream(path).read() for path in ole.listdir()}
    ole.close()
    project = _without(parse_dir(decompress_stream(streams["VBA/dir"])), set(remove), streams)
    if name is not None:
        project = _renamed(project, name)
    taken = {module_name(m, project.codepage).upper() for m in project.modules}
    taken |= {path.upper().removeprefix("VBA/") for path in streams if path.upper().startswith("VBA/")}
    for module in sources:
        if not re.fullmatch(r"[A-Za-z][A-Za-z0-9_]{0,30}", module) or module.upper() in taken:
            raise ValueError(f"nama modul VBA {module!r} tidak sah atau sudah dipakai di proyek")
    classes = {module for module, text in sources.items() if is_class(text)}
    for module, text in sources.items():
        text = class_text(module, text) if module in classes else text
        streams[f"VBA/{module}"] = ovba.compress(module_text(module, text, project.codepage))
    modules = project.modules + [new_module(m, project.codepage, m in classes) for m in sources]
    result = Project(project.codepage, project.information, project.cookie, modules)
    streams["VBA/dir"] = ovba.compress(build_dir(result))
    streams["VBA/_VBA_PROJECT"] = VERSION_INDEPENDENT
    streams["PROJECT"] = project_text(streams["PROJECT"], sources, project.codepage, classes, remove, name)
    streams["PROJECTwm"] = name_map(result)
    return cfb.write({path: data for path, data in streams.items()
                      if not path.split("/")[-1].startswith("__SRP_")})


def _without(project: Project, removed: set[str], streams: dict[str, bytes]) -> Project:
    """``project`` without the standard modules ``removed`` (their streams leave ``streams``)."""
    kept = []
    for module in project.modules:
        name = module_name(module, project.codepage)
        if name not in removed:
            kept.append(module)
            continue
        if _PROCEDURAL not in dict(module):
            raise ValueError(f"modul VBA {name!r} bukan modul standar dan tidak dapat dihapus")
        del streams[f"VBA/{dict(module)[_STREAM_NAME].decode(project.codepage)}"]
        removed.discard(name)
    if removed:
        raise ValueError(f"modul VBA {sorted(removed)} tidak ada di proyek")
    return Project(project.codepage, project.information, project.cookie, kept)


def _renamed(project: Project, name: str) -> Project:
    if not re.fullmatch(r"[A-Za-z][A-Za-z0-9_]{0,30}", name):
        raise ValueError(f"nama proyek VBA {name!r} tidak sah")
    information = [(i, name.encode(project.codepage) if i == _PROJECT_NAME else data)
                   for i, data in project.information]
    return Project(project.codepage, information, project.cookie, project.modules)


def records(data: bytes) -> list[Record]:
    """The ``dir`` stream's records as (id, data)."""
    found, at = [], 0
    while at < len(data):
        record_id, size = struct.unpack_from("<HI", data, at)
        size = 6 if record_id == _VERSION else size
        found.append((record_id, data[at + 6 : at + 6 + size]))
        at += 6 + size
    if at != len(data):
        raise ValueError("aliran dir proyek VBA terpotong")
    return found


def parse_dir(data: bytes) -> Project:
    """Split a decompressed ``dir`` stream into project information and MODULE record groups."""
    found = records(data)
    ids = [record_id for record_id, _ in found]
    if ids.count(_MODULES) != 1 or ids[-1] != _END_OF_DIR or ids[ids.index(_MODULES) + 1] != _COOKIE:
        raise ValueError("aliran dir proyek VBA tidak dikenal")
    start = ids.index(_MODULES)
    codepage = f"cp{struct.unpack('<H', dict(found)[_CODEPAGE])[0]}"
    modules: list[list[Record]] = [[]]
    for record in found[start + 2 : -1]:
        modules[-1].append(record)
        if record[0] == _END_OF_MODULE:
            modules.append([])
    count = struct.unpack("<H", found[start][1])[0]
    if modules.pop() or len(modules) != count:
        raise ValueError("jumlah modul pada aliran dir proyek VBA tidak cocok")
    return Project(codepage, found[:start], found[start + 1][1], modules)


def build_dir(project: Project) -> bytes:
    """The decompressed ``dir`` stream of ``project``."""
    body = [*project.information, (_MODULES, struct.pack("<H", len(project.modules))),
            (_COOKIE, project.cookie), *(r for m in project.modules for r in m), (_END_OF_DIR, b"")]
    return b"".join(struct.pack("<HI", i, 4 if i == _VERSION else len(d)) + d for i, d in body)


def new_module(name: str, codepage: str, is_class: bool = False) -> list[Record]:
    """MODULE records of a standard (or class) module whose stream holds only source (MS-OVBA 2.3.4.2.3.2)."""
    mbcs, unicode = name.encode(codepage), name.encode("utf-16-le")
    return [(_MODULE_NAME, mbcs), (_MODULE_NAME_UNICODE, unicode), (_STREAM_NAME, mbcs), (0x0032, unicode),
            (0x001C, b""), (0x0048, b""), (_OFFSET, struct.pack("<I", 0)), (0x001E, struct.pack("<I", 0)),
            (0x002C, struct.pack("<H", 0xFFFF)), (_CLASS if is_class else _PROCEDURAL, b""),
            (_END_OF_MODULE, b"")]


def class_text(name: str, source: str) -> str:
    """A ``.cls`` export as a class module's stored source: header dropped, base attribute added."""
    lines = re.split(r"\r\n|\r|\n", _CLASS_HEADER.sub("", source, count=1))
    if not lines or lines[0] != f'Attribute VB_Name = "{name}"':
        raise ValueError(f'modul {name} harus diawali Attribute VB_Name = "{name}"')
    attributes = 1
    while attributes < len(lines) and lines[attributes].startswith("Attribute VB_"):
        attributes += 1
    present = set(lines[:attributes])
    return "\n".join([lines[0], _CLASS_BASE, *lines[1:attributes],
                      *(line for line in _CLASS_TRAILER if line not in present), *lines[attributes:]])


def module_name(module: list[Record], codepage: str) -> str:
    return dict(module)[_MODULE_NAME].decode(codepage)


def module_text(name: str, source: str, codepage: str) -> bytes:
    """The bytes a module stream compresses: CRLF lines in the project code page."""
    lines = re.split(r"\r\n|\r|\n", source.removesuffix("\n").removesuffix("\r"))
    if not lines or lines[0] != f'Attribute VB_Name = "{name}"':
        raise ValueError(f'modul {name} harus diawali Attribute VB_Name = "{name}"')
    return "".join(f"{line}\r\n" for line in lines).encode(codepage)


def project_text(
    text: bytes, added: Iterable[str], codepage: str, classes: Iterable[str] = (),
    removed: Iterable[str] = (), name: str | None = None,
) -> bytes:
    """The ``PROJECT`` stream with a ``Module=`` (``Class=``) and a ``[Workspace]`` line per added module,
    the lines of ``removed`` modules gone and the ``Name=`` line naming ``name`` if given."""
    added, classes, removed = list(added), set(classes), set(removed)
    lines = [line for line in text.decode(codepage).split("\r\n")
             if line.split("=", 1)[0] not in removed and line.removeprefix("Module=") not in removed]
    if name is not None:
        lines = [f'Name="{name}"' if line.startswith("Name=") else line for line in lines]
    last_declaration = max(i for i, line in enumerate(lines) if _DECLARATION.match(line))
    lines[last_declaration + 1 : last_declaration + 1] = [
        f"{'Class' if module in classes else 'Module'}={module}" for module in added]
    if "[Workspace]" in lines:
        end = lines.index("[Workspace]") + 1
        while end < len(lines) and lines[end]:
            end += 1
        lines[end:end] = [f"{module}=0, 0, 0, 0, C" for module in added]
    return "\r\n".join(lines).encode(codepage)


def name_map(project: Project) -> bytes:
    """The ``PROJECTwm`` stream: each module's name in the code page and in UTF-16 (MS-OVBA 2.3.3)."""
    pairs = []
    for module in project.modules:
        name = module_name(module, project.codepage)
        pairs.append(name.encode(project.codepage) + b"\0" + name.encode("utf-16-le") + b"\0\0")
    return b"".join(pairs) + b"\0\0"
