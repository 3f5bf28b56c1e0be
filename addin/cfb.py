"""Write a Compound File Binary (MS-CFB) version 3 file, the container format of ``vbaProject.bin``.

olefile reads compound files but can only overwrite a stream with one of the same size, and adding VBA
modules adds streams and grows others. The writers on PyPI were not fit to ship: one is AGPL, another
builds on a compressor that corrupts long repeats. The format needed for a VBA project is small, so it
is written here whole, in a fixed order that fixes every sector number up front:

    header | FAT | directory | mini FAT | mini stream | regular streams

Streams under 4096 bytes live in the mini stream in 64-byte sectors, larger ones in 512-byte sectors.
Up to 109 FAT sectors (about 7 MB) fit in the header's DIFAT, plenty for a VBA project, so no DIFAT
sectors are written. Siblings in a storage form a balanced binary search tree ordered the way MS-CFB
2.6.4 compares names (shorter first, then by upper case); its deepest level is red and the rest black,
which satisfies the red-black rules. Times and class ids are zero, so the same streams always give the
same bytes.
"""

from __future__ import annotations

import struct
from collections.abc import Mapping
from dataclasses import dataclass, field

SECTOR = 512
MINI_SECTOR = 64
MINI_CUTOFF = 4096
_FREE, _END, _FATSECT, _NONE = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD, 0xFFFFFFFF
_HEADER_DIFAT = 109
_STORAGE, _STREAM, _ROOT = 1, 2, 5
_RED, _BLACK = 0, 1
_SIGNATURE = bytes.fromhex("D0CF11E0A1B11AE1")


@dataclass(eq=False)
class _Entry:
    name: str
    kind: int
    data: bytes = b""
    children: dict[str, _Entry] = field(default_factory=dict)
    left: int = _NONE
    right: int = _NONE
    child: int = _NONE
    color: int = _BLACK
    start: int = _END
    size: int = 0


def sort_key(name: str) -> tuple[int, str]:
    """MS-CFB 2.6.4 order of sibling names: shorter first, then by upper case."""
    return len(name), name.upper()


def write(streams: Mapping[str, bytes]) -> bytes:
    """The compound file holding ``streams``, keyed by slash-separated path ("VBA/dir")."""
    root = _Entry("Root Entry", _ROOT)
    for path, data in streams.items():
        *storages, name = path.split("/")
        parent = root
        for storage in storages:
            parent = _child(parent, storage, _STORAGE, b"")
        _child(parent, name, _STREAM, data)
    entries = _numbered(root)
    index = {id(entry): number for number, entry in enumerate(entries)}
    for entry in entries:
        children = sorted(entry.children.values(), key=lambda e: sort_key(e.name))
        entry.child = _tree([index[id(child)] for child in children], entries)

    mini = [e for e in entries if e.kind == _STREAM and 0 < len(e.data) < MINI_CUTOFF]
    regular = [e for e in entries if e.kind == _STREAM and len(e.data) >= MINI_CUTOFF]
    mini_fat: list[int] = []
    mini_stream = bytearray()
    for entry in mini:
        entry.start, entry.size = len(mini_fat), len(entry.data)
        count = _sectors(len(entry.data), MINI_SECTOR)
        mini_fat += _chain(entry.start, count)
        mini_stream += entry.data.ljust(count * MINI_SECTOR, b"\0")

    directory_count = _sectors(len(entries) * 128, SECTOR)
    mini_fat_count = _sectors(len(mini_fat) * 4, SECTOR)
    mini_stream_count = _sectors(len(mini_stream), SECTOR)
    data_count = directory_count + mini_fat_count + mini_stream_count + sum(
        _sectors(len(e.data), SECTOR) for e in regular)
    fat_count = 1
    while fat_count * SECTOR // 4 < fat_count + data_count:
        fat_count += 1
    if fat_count > _HEADER_DIFAT:
        raise ValueError("berkas majemuk terlalu besar untuk ditulis tanpa sektor DIFAT")

    fat = [_FATSECT] * fat_count
    directory_start = len(fat)
    fat += _chain(directory_start, directory_count)
    mini_fat_start = len(fat) if mini_fat else _END
    fat += _chain(len(fat), mini_fat_count)
    root.start, root.size = (len(fat), len(mini_stream)) if mini_stream else (_END, 0)
    fat += _chain(len(fat), mini_stream_count)
    for entry in regular:
        entry.start, entry.size = len(fat), len(entry.data)
        fat += _chain(entry.start, _sectors(len(entry.data), SECTOR))
    fat += [_FREE] * (fat_count * SECTOR // 4 - len(fat))
    mini_fat += [_FREE] * (-len(mini_fat) % (SECTOR // 4))
    body = [_entries_bytes(entries), _u32s(mini_fat), bytes(mini_stream), *(e.data for e in regular)]

    header = struct.pack(
        "<8s16s5H6s9I", _SIGNATURE, bytes(16), 0x003E, 0x0003, 0xFFFE, 9, 6, bytes(6),
        0, fat_count, directory_start, 0, MINI_CUTOFF, mini_fat_start, mini_fat_count, _END, 0,
    ) + _u32s(list(range(fat_count)) + [_FREE] * (_HEADER_DIFAT - fat_count))
    return header + _u32s(fat) + b"".join(_padded(part) for part in body)


def _child(parent: _Entry, name: str, kind: int, data: bytes) -> _Entry:
    """The storage ``name`` in ``parent`` (made if missing), or the new stream ``name``."""
    existing = parent.children.get(name.upper())
    if existing is not None and kind == existing.kind == _STORAGE:
        return existing
    if existing is not None or not 0 < len(name) <= 31 or any(c in name for c in "\\:!"):
        raise ValueError(f"nama aliran atau penyimpanan tidak sah atau ganda: {name!r}")
    parent.children[name.upper()] = _Entry(name, kind, data)
    return parent.children[name.upper()]


def _numbered(root: _Entry) -> list[_Entry]:
    """Every entry, the root first; a stream's directory index is its position here."""
    entries = [root]
    for entry in entries:  # grows while iterating: breadth first
        entries += sorted(entry.children.values(), key=lambda e: sort_key(e.name))
    return entries


def _tree(ids: list[int], entries: list[_Entry]) -> int:
    """Link sibling ``ids`` (already in name order) as a balanced red-black tree; return its root."""
    depths: dict[int, int] = {}

    def build(low: int, high: int, depth: int) -> int:
        if low > high:
            return _NONE
        middle = (low + high) // 2
        node = ids[middle]
        depths[node] = depth
        entries[node].left = build(low, middle - 1, depth + 1)
        entries[node].right = build(middle + 1, high, depth + 1)
        return node

    top = build(0, len(ids) - 1, 0)
    # Every level but the deepest is full, so colouring exactly the deepest level red (unless it is the
    # root) leaves the same number of black nodes on every path and no red node with a red child.
    deepest = max(depths.values(), default=0)
    for node, depth in depths.items():
        entries[node].color = _RED if depth == deepest > 0 else _BLACK
    return top


def _entries_bytes(entries: list[_Entry]) -> bytes:
    out = bytearray()
    for entry in entries:
        name = (entry.name + "\0").encode("utf-16-le")
        start, size = (entry.start, entry.size) if entry.kind != _STORAGE else (0, 0)
        out += struct.pack("<64sHBB3I16sI16sIQ", name, len(name), entry.kind, entry.color, entry.left,
                           entry.right, entry.child, bytes(16), 0, bytes(16), start, size)
    free = struct.pack("<64sHBB3I16sI16sIQ", b"", 0, 0, 0, _NONE, _NONE, _NONE, bytes(16), 0, bytes(16), 0, 0)
    return bytes(out) + free * (-len(entries) % (SECTOR // 128))


def _sectors(size: int, sector: int) -> int:
    return -(-size // sector)


def _chain(start: int, count: int) -> list[int]:
    return [start + i + 1 for i in range(count - 1)] + [_END] * (count > 0)


def _u32s(values: list[int]) -> bytes:
    return struct.pack(f"<{len(values)}I", *values)


def _padded(data: bytes) -> bytes:
    return data + bytes(-len(data) % SECTOR)
