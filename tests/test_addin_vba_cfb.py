"""The compound file writer (addin.cfb): two independent readers, olefile with every defect check on and
compoundfiles with its warnings as errors, read back exactly the streams written, and every storage's
directory is a valid red-black tree in MS-CFB name order."""

from __future__ import annotations

import io
import warnings
import zipfile
from pathlib import Path

import compoundfiles
import olefile
import pytest
import xlwings
from compoundfiles.errors import CompoundFileEmulationWarning, CompoundFileWarning
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from addin.cfb import MINI_CUTOFF, sort_key, write

QUICKSTARTS = [Path(xlwings.__file__).parent / name
               for name in ("quickstart_standalone.xlsm", "quickstart_addin_ribbon.xlam")]
_NONE = 0xFFFFFFFF


def read_olefile(data: bytes) -> dict[str, bytes]:
    ole = olefile.OleFileIO(io.BytesIO(data), raise_defects=olefile.DEFECT_POTENTIAL)
    assert ole.parsing_issues == []
    assert_red_black_trees(ole)
    return {"/".join(path): ole.openstream(path).read() for path in ole.listdir()}


def read_compoundfiles(data: bytes) -> dict[str, bytes]:
    found: dict[str, bytes] = {}
    with warnings.catch_warnings():
        warnings.simplefilter("error", CompoundFileWarning)
        warnings.simplefilter("ignore", CompoundFileEmulationWarning)  # a BytesIO has no file number
        document = compoundfiles.CompoundFileReader(io.BytesIO(data))

        def walk(storage, prefix: str) -> None:
            for entry in storage:
                if entry.isdir:
                    walk(entry, f"{prefix}{entry.name}/")
                elif entry.size == 0:  # compoundfiles opens even an empty stream through the mini FAT
                    found[prefix + entry.name] = b""
                else:
                    with document.open(entry) as stream:
                        found[prefix + entry.name] = stream.read()

        walk(document.root, "")
    return found


def assert_red_black_trees(ole: olefile.OleFileIO) -> None:
    """Each storage's children: a red-black tree (black root, no red-red edge, one black height) whose
    in-order walk gives the names in MS-CFB order."""
    for parent in ole.direntries:
        if parent is not None and parent.entry_type != olefile.STGTY_STREAM and parent.sid_child != _NONE:
            assert ole.direntries[parent.sid_child].color == 1, "red root"
            names: list[str] = []
            _black_height(ole.direntries, parent.sid_child, False, names)
            assert names == sorted(names, key=sort_key) and len(set(map(sort_key, names))) == len(names)


def _black_height(entries: list, sid: int, parent_red: bool, names: list[str]) -> int:
    if sid == _NONE:
        return 1
    node = entries[sid]
    red = node.color == 0
    assert not (red and parent_red), "red node with a red child"
    left = _black_height(entries, node.sid_left, red, names)
    names.append(node.name)
    assert _black_height(entries, node.sid_right, red, names) == left, "unequal black heights"
    return left + (not red)


@pytest.mark.parametrize("path", QUICKSTARTS, ids=lambda p: p.name)
def test_xlwings_projects_rewritten_read_back_identically(path: Path) -> None:
    with zipfile.ZipFile(path) as archive:
        ole = olefile.OleFileIO(io.BytesIO(archive.read("xl/vbaProject.bin")))
    original = {"/".join(path): ole.openstream(path).read() for path in ole.listdir()}
    written = write(original)
    assert read_olefile(written) == original
    assert read_compoundfiles(written) == original
    assert write(original) == written


_names = st.text(alphabet="ABCdef_0123456789", min_size=1, max_size=31)
_sizes = st.sampled_from([0, 1, 63, 64, 65, MINI_CUTOFF - 1, MINI_CUTOFF, MINI_CUTOFF + 1, 4615, 70_000])
_paths = st.lists(_names, min_size=1, max_size=3).map("/".join)


# Up to 40 streams of up to 31-character names is the size of a real VBA project, and what this test is
# for: hypothesis's entropy health check would otherwise fail it at random when many drawn trees are large.
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.data_too_large])
@given(st.dictionaries(_paths, _sizes, min_size=1, max_size=40), st.randoms(use_true_random=False))
def test_any_tree_of_streams_reads_back(layout: dict[str, int], random) -> None:
    streams: dict[str, bytes] = {}
    for path, size in layout.items():
        try:
            candidate = {**streams, path: random.randbytes(size)}
            write(candidate)
        except ValueError:  # a name used twice in one storage (case-insensitively) or as stream and storage
            continue
        streams = candidate
    data = write(streams)
    assert read_olefile(data) == streams
    assert read_compoundfiles(data) == streams


def test_more_than_109_fat_sectors_is_refused() -> None:
    with pytest.raises(ValueError, match="DIFAT"):
        write({"besar": bytes(109 * 128 * 512)})


@pytest.mark.parametrize("streams", [{"a": b"", "A": b""}, {"VBA": b"", "VBA/dir": b""},
                                     {"x" * 32: b""}, {"a:b": b""}])
def test_invalid_names_are_refused(streams: dict[str, bytes]) -> None:
    with pytest.raises(ValueError):
        write(streams)
