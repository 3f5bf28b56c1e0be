"""MS-OVBA compression (addin.ovba): the specification's own examples byte for byte, and whatever goes in
comes back out of oletools' independent decompressor, in chunks and copy tokens a strict reader accepts."""

from __future__ import annotations

import io
import random
import struct
import zipfile
from pathlib import Path

import olefile
import pytest
import xlwings
from hypothesis import given, settings
from hypothesis import strategies as st
from oletools.olevba import decompress_stream

from addin.ovba import CHUNK, compress

QUICKSTARTS = [Path(xlwings.__file__).parent / name
               for name in ("quickstart_standalone.xlsm", "quickstart_addin_ribbon.xlam")]


def strict_chunks(container: bytes) -> list[tuple[bool, int]]:
    """Walk ``container`` as MS-OVBA 2.4.1 says, failing on anything a strict reader would reject.

    Returns (compressed?, decompressed size) per chunk. Unlike oletools it checks that every copy token
    points inside its own chunk and that only a full 4096-byte chunk is stored raw.
    """
    assert container[:1] == b"\x01"
    at, chunks = 1, []
    while at < len(container):
        header = struct.unpack_from("<H", container, at)[0]
        size, compressed = (header & 0x0FFF) + 3, bool(header & 0x8000)
        assert (header >> 12) & 0b111 == 0b011
        assert at + size <= len(container)
        if not compressed:
            assert size == CHUNK + 2
            chunks.append((False, CHUNK))
            at += size
            continue
        position, read, end = 0, at + 2, at + size
        while read < end:
            flags = container[read]
            read += 1
            for bit in range(8):
                if read >= end:
                    break
                if flags >> bit & 1:
                    token = struct.unpack_from("<H", container, read)[0]
                    bit_count = max((position - 1).bit_length(), 4)
                    offset = (token >> (16 - bit_count)) + 1
                    assert 1 <= offset <= position, "copy token points before its chunk"
                    position += (token & (0xFFFF >> bit_count)) + 3
                    read += 2
                else:
                    position += 1
                    read += 1
        assert read == end and position <= CHUNK
        chunks.append((True, position))
        at = end
    assert all(size == CHUNK for _, size in chunks[:-1]), "only the last chunk may be short"
    return chunks


def test_the_specifications_examples() -> None:
    # MS-OVBA 3.2.1 (no compression) and 3.2.2 (normal compression)
    assert compress(b"abcdefghijklmnopqrstuv.") == bytes.fromhex(
        "01 19 B0 00 61 62 63 64 65 66 67 68 00 69 6A 6B 6C 6D 6E 6F 70 00 71 72 73 74 75 76 2E")
    assert compress(b"#aaabcdefaaaaghijaaaaaklaaamnopqaaaaaaaaaaaarstuvwxyzaaa") == bytes.fromhex(
        "01 2F B0 00 23 61 61 61 62 63 64 65 82 66 00 70 61 67 68 69 6A 01 38 08 61 6B 6C 00 20 6D 6E 6F 70"
        " 06 71 02 70 04 00 72 73 74 75 76 10 77 78 79 7A 00 2C")


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=3 * CHUNK) | st.text(alphabet="ab \r\n", max_size=3 * CHUNK).map(str.encode))
def test_round_trip_through_oletools(data: bytes) -> None:
    try:
        container = compress(data)
    except ValueError:
        # n literals take n + n/8 bytes, so only a last chunk over 3640 bytes can fail to fit
        assert len(data) % CHUNK > 3640
        return
    assert decompress_stream(container) == data
    assert sum(size for _, size in strict_chunks(container)) == len(data)


@pytest.mark.parametrize("length", [0, 1, 2, 3, 8, 9, 4093, 4095, 4096, 4097, 8192, 8193, 70_000])
def test_long_repeats_stay_within_the_copy_token_limits(length: int) -> None:
    for data in (b"a" * length, b"    If x Then\r\n" * (length // 15)):
        container = compress(data)
        assert decompress_stream(container) == data
        strict_chunks(container)


def test_an_incompressible_full_chunk_is_stored_raw() -> None:
    data = random.Random(6).randbytes(2 * CHUNK)
    container = compress(data)
    assert [compressed for compressed, _ in strict_chunks(container)] == [False, False]
    assert decompress_stream(container) == data


def test_an_incompressible_short_last_chunk_is_refused_rather_than_padded() -> None:
    with pytest.raises(ValueError, match="bita pengisi"):
        compress(random.Random(6).randbytes(CHUNK - 1))


def test_every_excel_made_stream_of_the_xlwings_projects_round_trips() -> None:
    """Decompressed by oletools, recompressed, decompressed again: real VBA source and dir streams."""
    count = 0
    for path in QUICKSTARTS:
        with zipfile.ZipFile(path) as archive:
            ole = olefile.OleFileIO(io.BytesIO(archive.read("xl/vbaProject.bin")))
        texts = [decompress_stream(ole.openstream("VBA/dir").read())]
        texts += [decompress_stream(ole.openstream(["VBA", name]).read()[offset:])
                  for name, offset in _module_offsets(texts[0])]
        for text in texts:
            container = compress(text)
            assert decompress_stream(container) == text
            strict_chunks(container)
            count += 1
    assert count >= 12


def _module_offsets(directory: bytes) -> list[tuple[str, int]]:
    from addin.vbaproject import parse_dir

    project = parse_dir(directory)
    return [(dict(m)[0x001A].decode(project.codepage), struct.unpack("<I", dict(m)[0x0031])[0])
            for m in project.modules]
