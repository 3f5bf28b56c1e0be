"""A workbook's package parts are inflated once for all of its readers (the format words, the hidden lines,
the unvalued formulas), and only small parts are kept (:func:`skp.reading.formats.package_reader`)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from skp.config import Config
from skp.periksa import check_grid
from skp.reading import formats
from skp.reading.load import parse_submission
from skp.reading.safety import read_submission, reading_limits

DATA = Path(__file__).parent / "data"
# a percent style (so every worksheet part is read for its format words) and a finding (so the sheet it names
# is read again for hidden lines, and its cell for a formula without a stored result)
WORKBOOK = DATA / "nyata_persen_berformat_kategori_terbalik.xlsx"


def _checked_counting(monkeypatch: pytest.MonkeyPatch) -> tuple[Counter[str], list[tuple[str, str | None]]]:
    inflated: Counter[str] = Counter()
    original = formats.part_bytes

    def counting(data: bytes, entry):  # type: ignore[no-untyped-def]
        inflated[entry.filename] += 1
        return original(data, entry)

    monkeypatch.setattr(formats, "part_bytes", counting)
    config = Config()
    grid = parse_submission(read_submission(WORKBOOK, reading_limits(config)), config)
    report, _ = check_grid(grid, WORKBOOK.name, config)
    return inflated, [(f.code, f.cell) for f in report.findings]


def test_each_part_is_inflated_once_for_all_readers(monkeypatch: pytest.MonkeyPatch) -> None:
    inflated, findings = _checked_counting(monkeypatch)
    assert findings == [("kategori-tidak-berurutan", "G16")]
    assert inflated["xl/worksheets/sheet1.xml"] == 1
    assert inflated and max(inflated.values()) == 1


def test_a_part_past_the_bound_is_not_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(formats, "_KEPT_PART_MAX", 0)
    inflated, findings = _checked_counting(monkeypatch)
    assert findings == [("kategori-tidak-berurutan", "G16")]
    assert inflated["xl/worksheets/sheet1.xml"] > 1
