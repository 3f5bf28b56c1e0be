"""Whatever is done to a valid workbook's bytes, loading returns a grid or refuses it with a file code.

No other exception may escape ``load_grid``: in a batch that would be a traceback instead of a finding.
"""

from __future__ import annotations

import io
import re
import tempfile
import zipfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from skp.config import Config
from skp.errors import WorkbookRejected
from skp.reading.grid import WorkbookGrid
from skp.reading.load import load_grid

DATA = Path(__file__).parent / "data"
XLSX = (DATA / "ok_small_skp.xlsx").read_bytes()
BASES = {".xlsx": XLSX, ".xls": (DATA / "ok_legacy.xls").read_bytes()}
ZIPPED = {name: (DATA / name).read_bytes() for name in ("ok_small_skp.xlsx", "ok_macro.xlsm")}
_QUOTED_NUMBER = re.compile(rb'"[A-Z]{0,3}[0-9]+(?::[A-Z]{0,3}[0-9]+)?"')
FILE_CODES = {"berkas-rusak", "berkas-terenkripsi", "berkas-terlalu-besar"}
CONFIG = Config()
FAST = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _read(data: bytes, name: str) -> bytes:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return archive.read(name)


def _parts(data: bytes) -> list[str]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return archive.namelist()


def _rebuilt(data: bytes, replace: dict[str, bytes | None]) -> bytes:
    """The workbook with some parts replaced (``None`` deletes the part)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for name in src.namelist():
            content = replace.get(name, src.read(name))
            if content is not None:
                dst.writestr(name, content)
    return out.getvalue()


def _load_or_reject(data: bytes, suffix: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"kiriman{suffix}"
        path.write_bytes(data)
        try:
            assert isinstance(load_grid(path, CONFIG), WorkbookGrid)
        except WorkbookRejected as rejected:
            assert rejected.code in FILE_CODES


@FAST
@given(suffix=st.sampled_from(sorted(BASES)), cut=st.floats(0, 1, exclude_max=True))
def test_truncated_anywhere(suffix: str, cut: float) -> None:
    data = BASES[suffix]
    _load_or_reject(data[: int(len(data) * cut)], suffix)


@FAST
@given(
    suffix=st.sampled_from(sorted(BASES)),
    flips=st.lists(st.tuples(st.floats(0, 1, exclude_max=True), st.integers(1, 255)), min_size=1, max_size=8),
)
def test_random_bytes_flipped(suffix: str, flips: list[tuple[float, int]]) -> None:
    data = BASES[suffix]
    mutated = bytearray(data)
    for where, mask in flips:
        mutated[int(len(data) * where)] ^= mask
    _load_or_reject(bytes(mutated), suffix)


@FAST
@given(
    base=st.sampled_from(sorted(ZIPPED)),
    where=st.floats(0, 1, exclude_max=True),
    inflated=st.sampled_from([b'"4000000000"', b'"1048576"', b'"XFD1048576"', b'"A1:XFD1048576"', b'"-1"']),
)
def test_number_in_xml_inflated(base: str, where: float, inflated: bytes) -> None:
    """Counts, sizes and cell references the parser may trust to reserve memory, made absurd."""
    data = ZIPPED[base]
    numbers = [
        (name, match.span())
        for name in _parts(data)
        if name.endswith((".xml", ".rels"))
        for match in _QUOTED_NUMBER.finditer(_read(data, name))
    ]
    name, (start, end) = numbers[int(len(numbers) * where)]
    content = _read(data, name)
    _load_or_reject(_rebuilt(data, {name: content[:start] + inflated + content[end:]}), Path(base).suffix)


@FAST
@given(part=st.sampled_from(_parts(XLSX)))
def test_zip_entry_deleted(part: str) -> None:
    _load_or_reject(_rebuilt(XLSX, {part: None}), ".xlsx")


@FAST
@given(
    part=st.sampled_from([name for name in _parts(XLSX) if name.endswith((".xml", ".rels"))]),
    garbage=st.binary(max_size=200) | st.text(max_size=200).map(str.encode),
)
def test_xml_part_replaced_by_garbage(part: str, garbage: bytes) -> None:
    _load_or_reject(_rebuilt(XLSX, {part: garbage}), ".xlsx")
