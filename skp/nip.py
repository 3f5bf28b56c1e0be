"""NIP (Nomor Induk Pegawai) parsing and validation (SPEC §5).

An NIP is 18 digits: birth date ``YYYYMMDD``, TMT CPNS ``YYYYMM``, gender ``1``/``2`` and a sequence
``001``–``999``; PPPK numbers carry ``21`` in place of the TMT month. The most common defect is not a typo but
Excel: an NIP typed into a cell as a number keeps only 15 significant digits, so the last ones are lost
for good and must be re-typed as text. Results are short Indonesian phrases that fill the ``{rincian}`` of
the ``nip-tidak-valid`` message.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from skp.empty_marks import EMPTY_MARKS

NIP_LENGTH = 18
PPPK_MONTH = "21"
_SEPARATORS_RE = re.compile(r"[\s.\-–—_/]+")
# The label written before the number: "NIP.", "NIP :", and for a PPPK "NI PPPK", "NIPPPK", "NIP PPPK:".
_LABEL_RE = re.compile(r"^\s*(?:ni[\s.\-]*pppk|nip[\s.\-]*pppk|nip)\s*[.:]?\s*", re.IGNORECASE)
# The holder's status written after it: "… 001 (CPNS)", "… 001 (PPPK)". It is no part of the number.
_STATUS_RE = re.compile(r"(?<=\d)\s*[(\[]?\s*(?:c?pns|pppk)\s*[)\]]?\s*$", re.IGNORECASE)
_TEXT_MARK_RE = re.compile(r"^['‘’`]+")  # Excel's "keep as text" apostrophe, kept where no Excel read it
_SCIENTIFIC_RE = re.compile(r"^\s*\d(?:[.,]\d+)?[eE]\+?\d+\s*$")
TYPED_AS_NUMBER = (
    "NIP diketik sebagai angka sehingga digit terakhir hilang; "
    "ketik ulang sebagai teks (awali dengan tanda petik ')"
)


@dataclass(frozen=True)
class NipInfo:
    """What an 18-digit NIP says about its holder; ``tmt_month`` is ``None`` for PPPK."""

    digits: str
    birth_date: date | None
    tmt_year: int | None
    tmt_month: int | None
    is_pppk: bool
    gender: str | None
    sequence: str


@dataclass
class NipCheck:
    """The outcome of ``validate_nip``: ``errors`` make the NIP invalid, ``warnings`` are for a reviewer."""

    info: NipInfo | None
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def valid(self) -> bool:
        return not self.errors


def _number_digits(raw: int | float) -> str:
    """The digits Excel shows for a numeric NIP: 15 significant ones (``1.98609262015051e17`` →
    ``198609262015051000``), not the binary float's noise (``…051008``)."""
    if isinstance(raw, int):
        return str(abs(raw))
    if not math.isfinite(raw):
        return ""
    return str(abs(int(Decimal(format(raw, ".15g")))))


def _text(raw: object) -> tuple[str, bool]:
    """The NIP's text without label and separators, and whether it came from a number."""
    if isinstance(raw, bool):
        return str(raw), False
    if isinstance(raw, (int, float)):
        return _number_digits(raw), True
    text = _TEXT_MARK_RE.sub("", _LABEL_RE.sub("", str(raw).strip()))
    if text[-1:].isalpha() or text.endswith((")", "]")):
        text = _STATUS_RE.sub("", text)
    if _SCIENTIFIC_RE.match(text):
        return _number_digits(float(text.replace(",", "."))), True
    return _SEPARATORS_RE.sub("", text), False


def normalize_nip(raw: object) -> str | None:
    """The 18 digits of an NIP written with or without separators (``19860926 201505 1 001``), else ``None``.

    A number-typed NIP still gives 18 digits when it has them, as Excel kept them, so duplicates can be
    matched; ``validate_nip`` reports the lost digits.
    """
    if raw is None:
        return None
    digits, _ = _text(raw)
    return digits if len(digits) == NIP_LENGTH and digits.isascii() and digits.isdigit() else None


def is_pppk_nip(raw: object) -> bool:
    """Whether an NIP, written any way, is a PPPK number: 18 digits with ``21`` in the TMT month's place
    (SPEC §5), whatever else in it is wrong."""
    digits = normalize_nip(raw)
    return digits is not None and digits[12:14] == PPPK_MONTH


def _birth_date(digits: str, errors: list[str]) -> date | None:
    written = digits[:8]
    try:
        born = date(int(written[:4]), int(written[4:6]), int(written[6:8]))
    except ValueError:
        errors.append(f"tanggal lahir {written} tidak ada")
        return None
    if born.year < 1900 or born > date.today():
        errors.append(f"tanggal lahir {written} tidak mungkin")
        return None
    return born


def _info(digits: str, errors: list[str], warnings: list[str], min_age: int, check_sequence: bool) -> NipInfo:
    born = _birth_date(digits, errors)
    tmt_year, month_text = int(digits[8:12]), digits[12:14]
    is_pppk = month_text == PPPK_MONTH
    tmt_month: int | None = None
    if not is_pppk:
        if 1 <= int(month_text) <= 12:
            tmt_month = int(month_text)
        else:
            errors.append(f"bulan TMT {month_text} tidak ada")
    if born is not None:
        age_months = (tmt_year - born.year) * 12 + ((tmt_month or 12) - born.month)
        if age_months < min_age * 12:
            status = "PPPK" if is_pppk else "CPNS"
            warnings.append(f"TMT {status} kurang dari {min_age} tahun setelah tanggal lahir")
    gender = digits[14]
    if gender not in ("1", "2"):
        errors.append(f"digit jenis kelamin harus 1 atau 2, tertulis {gender}")
    sequence = digits[15:]
    if check_sequence and sequence == "000":
        errors.append("nomor urut harus 001–999, tertulis 000")
    return NipInfo(
        digits=digits, birth_date=born, tmt_year=tmt_year, tmt_month=tmt_month, is_pppk=is_pppk,
        gender=gender if gender in ("1", "2") else None, sequence=sequence,
    )


def validate_nip(raw: object, typed_as_number: bool = False, min_age: int = 18) -> NipCheck:
    """Check an NIP as written. Empty or ``-`` (a political penilai has none) is no error here.

    ``typed_as_number`` comes from the reader when the cell held a number; a numeric ``raw`` implies it.
    ``min_age`` is the youngest plausible age at TMT [interpretation, SPEC §5]; below it is a warning.
    """
    if raw is None:
        return NipCheck(info=None)
    digits, from_number = _text(raw)
    if digits in EMPTY_MARKS:
        return NipCheck(info=None)
    lost_digits = typed_as_number or from_number
    errors: list[str] = [TYPED_AS_NUMBER] if lost_digits else []
    warnings: list[str] = []
    if not (digits.isascii() and digits.isdigit()):
        errors.append(f"hanya boleh berisi angka, tertulis '{str(raw).strip()}'")
        return NipCheck(info=None, errors=errors)
    if len(digits) != NIP_LENGTH:
        if not lost_digits:
            errors.append(f"harus {NIP_LENGTH} angka, tertulis {len(digits)} angka")
        return NipCheck(info=None, errors=errors)
    info = _info(digits, errors, warnings, min_age, check_sequence=not lost_digits)
    return NipCheck(info=info, errors=errors, warnings=warnings)


def spaced_nip(value: object) -> object:
    """An 18-digit NIP in its official spaced form (``19750312 200003 1 002``, SPEC §5); anything else
    unchanged. CSV and HTML show NIPs this way: no spreadsheet reads it as a number."""
    if isinstance(value, str) and len(value) == 18 and value.isascii() and value.isdigit():
        return f"{value[:8]} {value[8:14]} {value[14]} {value[15:]}"
    return value
