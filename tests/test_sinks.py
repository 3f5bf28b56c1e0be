"""The one door per sink (skp/sinks.py): what each output may receive from user text."""

from __future__ import annotations

import csv
import io
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from skp.sinks import csv_cell, html_text, log_text, terminal_text, xlsx_text

TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def _pieces(field: str) -> list[str]:
    """Every piece a spreadsheet may make of one CSV field: split at either list separator or a line
    break, with the leading spaces and double quotes that do not stop a formula dropped."""
    return [p.lstrip(' "') for p in re.split(r"[,;\r\n]", field)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")"),
        ("Budi; =1+1", "Budi; '=1+1"),
        ("Ani,@SUM(A1)", "Ani,'@SUM(A1)"),
        ("-", "-"),
        ("Sri Wahyuni", "Sri Wahyuni"),
    ],
)
def test_csv_cell_defuses_every_piece_a_separator_cuts_out(text: str, expected: str) -> None:
    assert csv_cell(text) == expected


def test_csv_cell_keeps_numbers_as_numbers() -> None:
    assert [csv_cell(v) for v in (12, -3.5, None)] == ["12", "-3.5", ""]


@given(st.text(alphabet=st.sampled_from(list("ab =+-@;,\"'\n\t")), max_size=30))
def test_no_csv_piece_starts_a_formula(text: str) -> None:
    buffer = io.StringIO()
    csv.writer(buffer, quoting=csv.QUOTE_ALL).writerow([csv_cell(text)])
    field = next(csv.reader(io.StringIO(buffer.getvalue())))[0]
    assert field == "-" or not any(p.startswith(TRIGGERS) for p in _pieces(field))


def test_terminal_text_shows_control_sequences_instead_of_sending_them() -> None:
    hostile = "LULUS\x1b[32m\x1b]0;judul\x07\x1b]8;;http://x\x1b\\\u202eabc\x9b"
    shown = terminal_text(hostile)
    assert not any(ord(c) < 0x20 or 0x7F <= ord(c) <= 0x9F or 0x202A <= ord(c) <= 0x202E for c in shown)
    assert shown.startswith("LULUS\\x1b[32m")
    assert log_text("a\nb\tc") == "a b c"


def test_xlsx_text_drops_what_xml_cannot_carry_and_fits_a_cell() -> None:
    assert xlsx_text("a\x00b\x1fc\td") == "abc\td"
    assert len(xlsx_text("x" * 40_000)) == 32_767


def test_html_text_escapes_markup_and_quotes() -> None:
    assert html_text("<script>alert('x')</script>\x01") == "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;"
