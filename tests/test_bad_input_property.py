"""Whatever is done to a valid workbook's bytes, loading returns a grid or refuses it with a file code.

No other exception may escape ``load_grid``: in a batch that would be a traceback instead of a finding.
"""

from __future__ import annotations

import io
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
FILE_CODES = {"berkas-rusak", "berkas-terenkripsi", "berkas-terlalu-besar"}
CONFIG = Config()
FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


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
