"""How an NIP cell of a daftar pegawai (SPEC §9) is read, however SIMPEG, SIASN or a hand-made sheet wrote it.

An NIP is read as text: ``19750312 200003 1 002``, ``NIP. 1975…``, ``="1975…"`` (a web export keeping Excel
off it), behind an apostrophe. An NIP that reached the file as a number (an Excel number cell, ``1.97503E+17``
in a CSV, an 18-digit text ending in ``000`` written out by a ``0`` format) has lost digits for good: it is
reported, and only the range of NIPs its kept digits allow is known (:class:`NipCell`.kisaran). A cell with
too few digits to be an NIP (a row number, a count, a word) is no NIP at all, which is how the roster tells
its people from its layout rows.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from skp.empty_marks import EMPTY_MARKS
from skp.nip import NIP_LENGTH

NIP_DIGITS_MINIMUM = 15  # fewer digits: a row number, a count, a word, not an NIP (a 17-digit typo is one)
LOST_DIGITS_EXPONENT = 16  # a number of 10^16 or more in an NIP column is an NIP that lost its last digits
LOST_SEQUENCE = "000"  # an 18-digit NIP ending so was a number cell written out by its "0" format

_SEPARATORS = re.compile(r"[\s.\-–—_/'’‘`]+")
_FORMULA_TEXT = re.compile(r'^=\s*"(.*)"$')  # ="197503122000031002": a web export keeping Excel off it
_NIP_LABEL = re.compile(r"^\s*N\.?\s*I\.?\s*P\b\.?\s*[:.]?\s*", re.IGNORECASE)  # "NIP. 1975…", "N.I.P: …"
_SCIENTIFIC = re.compile(r"^(\d)(?:[.,](\d+))?[eE][+]?(\d+)$")
_DECIMAL = re.compile(r"^(\d+)[.,]0+$")  # 197503122000031000.0: a number written back as text
_LOST = ("NIP tersimpan sebagai angka ({}) sehingga digit terakhirnya hilang; simpan kolom NIP sebagai teks "
         "lalu ekspor ulang")


def plain_text(value: object) -> str | None:
    """A cell as text, its spaces folded; None when empty."""
    if value is None:
        return None
    text = " ".join(str(value).split())
    return text or None


@dataclass(frozen=True, slots=True)
class NipCell:
    """What an NIP cell of the daftar holds."""

    digits: str | None  # the 18 digits, when usable
    written: str
    problem: str | None  # why it cannot be used, in Indonesian
    is_nip: bool = True  # False: no NIP at all (empty, a row number, a count, a word)
    kisaran: tuple[int, int] | None = None  # lost digits: the NIPs it may have been


def _lost(written: str, mantissa: str, exponent: int) -> NipCell:
    """An NIP that reached the file as a number: ``mantissa`` are its kept significant digits."""
    unit = 10 ** max(exponent - len(mantissa) + 1, 0)
    centre = int(mantissa) * unit
    return NipCell(None, written, _LOST.format(written), kisaran=(centre - unit // 2, centre + unit // 2))


def nip_cell(value: object) -> NipCell:
    """What a daftar's NIP (or NIP ATASAN) cell holds, however the export wrote it."""
    if isinstance(value, bool):
        value = str(value)
    if isinstance(value, int | float):
        shown = f"{value:.15g}"
        if abs(value) < 10 ** LOST_DIGITS_EXPONENT:
            return NipCell(None, shown, f"NIP {shown} bukan NIP", is_nip=False)
        return _nip_text(shown, shown)
    written = plain_text(value) or ""
    return _nip_text(written, _NIP_LABEL.sub("", written))


def _nip_text(written: str, text: str) -> NipCell:
    formula = _FORMULA_TEXT.match(text)
    if formula:
        text = formula.group(1).strip()
    if text in EMPTY_MARKS:
        return NipCell(None, written, "NIP kosong", is_nip=False)
    compact = text.replace(" ", "")
    scientific = _SCIENTIFIC.match(compact)
    if scientific:
        whole, fraction, exponent = scientific.groups()
        if int(exponent) < LOST_DIGITS_EXPONENT:
            return NipCell(None, written, f"NIP {written} bukan NIP", is_nip=False)
        return _lost(written, (whole + (fraction or "")).rstrip("0") or "0", int(exponent))
    decimal = _DECIMAL.match(compact)
    if decimal and len(decimal.group(1)) >= NIP_DIGITS_MINIMUM:
        digits = decimal.group(1)
        return _lost(written, digits[:15], len(digits) - 1)
    digits = _SEPARATORS.sub("", text)
    if len(digits) == NIP_LENGTH and digits.isascii() and digits.isdigit():
        if digits.endswith(LOST_SEQUENCE):  # no NIP has sequence 000 (SPEC §5): Excel's "0" format shown
            return _lost(written, digits[:NIP_LENGTH - len(LOST_SEQUENCE)], NIP_LENGTH - 1)
        return NipCell(digits, written, None)
    counted = sum(c.isdigit() for c in digits)
    if counted < NIP_DIGITS_MINIMUM:
        return NipCell(None, written, f"NIP {written} bukan NIP", is_nip=False)
    return NipCell(None, written, f"NIP {written} bukan 18 angka")
