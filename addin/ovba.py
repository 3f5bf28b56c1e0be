"""MS-OVBA 2.4.1 compression, the run-length encoding of VBA source and of the ``dir`` stream.

oletools decompresses but does not compress, and the one PyPI compressor (``ms-ovba-compression``)
lets copy tokens run past their maximum length, which corrupts long repeats. This follows the
specification's algorithm (2.4.1.3.6-2.4.1.3.19): 4096-byte chunks, each a run of token sequences
(a flag byte, then up to eight literal bytes or two-byte copy tokens pointing back into the same chunk),
with the longest, then nearest, earlier match of at least three bytes.

One deliberate departure: the specification pads a chunk that does not shrink to 4096 bytes with
zeros and stores it raw. For the last, shorter chunk of a stream that would append NUL bytes to the
source text, so that case raises instead. VBA source, being text, never comes near it.
"""

from __future__ import annotations

CHUNK = 4096
_SIGNATURE = b"\x01"
_COMPRESSED_HEADER = 0xB000  # CompressedChunkFlag 1, CompressedChunkSignature 0b011
_RAW_HEADER = 0x3000 | (CHUNK + 2 - 3)


def compress(data: bytes) -> bytes:
    """The CompressedContainer of ``data``."""
    return _SIGNATURE + b"".join(_chunk(data[start : start + CHUNK]) for start in range(0, len(data), CHUNK))


def _chunk(data: bytes) -> bytes:
    tokens = _token_sequences(data)
    if len(tokens) <= CHUNK:
        return (_COMPRESSED_HEADER | (len(tokens) + 2 - 3)).to_bytes(2, "little") + tokens
    if len(data) == CHUNK:
        return _RAW_HEADER.to_bytes(2, "little") + data
    raise ValueError(f"potongan terakhir ({len(data)} bita) tidak dapat dimampatkan tanpa bita pengisi")


def _token_sequences(chunk: bytes) -> bytes:
    out = bytearray()
    earlier: dict[bytes, list[int]] = {}  # three-byte prefix -> positions before the current one
    indexed = position = 0
    while position < len(chunk):
        flag_at, flags = len(out), 0
        out.append(0)
        for bit in range(8):
            if position >= len(chunk):
                break
            for start in range(indexed, position):
                earlier.setdefault(chunk[start : start + 3], []).append(start)
            indexed = position
            key = chunk[position : position + 3]
            offset, length = (0, 0) if len(key) < 3 else _longest_match(chunk, position, earlier.get(key, ()))
            if length:
                bit_count = max((position - 1).bit_length(), 4)  # ceil(log2(position)), at least 4
                length = min(length, (0xFFFF >> bit_count) + 3)
                out += (((offset - 1) << (16 - bit_count)) | (length - 3)).to_bytes(2, "little")
                flags |= 1 << bit
                position += length
            else:
                out.append(chunk[position])
                position += 1
        out[flag_at] = flags
    return bytes(out)


def _longest_match(chunk: bytes, position: int, candidates: list[int] | tuple[()]) -> tuple[int, int]:
    """(offset, length) of the longest earlier match, the nearest among equals; (0, 0) if under 3 bytes."""
    best_length, best_start, limit = 0, 0, len(chunk) - position
    for start in reversed(candidates):
        length = 3
        while length < limit and chunk[start + length] == chunk[position + length]:
            length += 1
        if length > best_length:
            best_length, best_start = length, start
            if length == limit:
                break
    return (position - best_start, best_length) if best_length >= 3 else (0, 0)
