"""Indonesian numbers, targets, percentages and periods as staff type them (SPEC §5).

Indonesian writes decimals with a comma (``85,5``) and thousands with a dot (``1.250``), but workbooks also
hold English-style numbers, Excel's own floats, percent signs, ``Rp`` prefixes and ranges written a dozen
ways. Every cell of every submission passes through here, so the parsers never raise, return ``None`` for
what they cannot read (the checks decide what that means) and use precompiled patterns.
"""

from __future__ import annotations

import calendar
import math
import re
from datetime import date, datetime
from decimal import Decimal

from skp.models import Target

# A number token as written: digits with dot/comma separators inside, never at either end.
# The most a %-formatted cell's stored fraction holds where a form means a percent: 0,95 shows as 95 %, 1,2
# as 120 %. A bare number up to this beside a percent may be such a cell's fraction.
PERCENT_FRACTION_MAX = 1.5
_NUM = r"\d(?:[\d.,]*\d)?"
_TOKEN_RE = re.compile(rf"(?<![\d.,])(?P<sign>(?<![\w])[-−])?(?P<num>{_NUM})(?![\d])")
_SCIENTIFIC_RE = re.compile(r"^\s*[-+]?\d+(?:[.,]\d+)?[eE][-+]?\d+\s*$")
_GROUPED_RE = re.compile(r"^[1-9]\d{0,2}$")

# "80 - 90", "80–90", "80 s.d. 90", "80 sd 90", "80 s/d 90", "80 sampai dengan 90", "80% - 90%".
# The lookarounds keep dates (31-12-2025) and longer digit runs out.
_RANGE_SEPARATOR = r"(?:[-–—~]|\bs\s*[./]?\s*d\b\.?|\bsampai\s+dengan\b|\bsampai\b|\bhingga\b)"
_RANGE_RE = re.compile(
    rf"(?<![\d.,/-])(?P<a>{_NUM})\s*(?P<unit>%|[^\W\d_]+\.?)?\s*"
    rf"{_RANGE_SEPARATOR}"
    rf"\s*(?:rp\.?\s*)?(?P<b>{_NUM})(?![\d]|[-/.]\d)",
    re.IGNORECASE,
)
_SEPARATOR_ALONE_RE = re.compile(rf"\s*{_RANGE_SEPARATOR}\s*", re.IGNORECASE)
# "antara 80 dan 90 %": a range whose "dan" separates its bounds only after "antara" ("12 laporan dan 3
# dokumen" is no range); read as "antara 80 s.d. 90 %".
_BETWEEN_RE = re.compile(
    rf"\b(?P<head>antara\s+(?:rp\.?\s*)?{_NUM}\s*(?:%|[^\W\d_]+\.?)?)\s+dan\s+(?=(?:rp\.?\s*)?\d)",
    re.IGNORECASE,
)
# "24 (dua puluh empat) kali": a number followed by itself in words (terbilang), as letters and contracts
# write them; the words say the number again and are left out when it is read
_TERBILANG_RE = re.compile(
    r"(?<=\d)\s*\(\s*(?:(?:nol|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|sebelas|belas|"
    r"puluh|ratus|ribu|juta|miliar|koma|se(?:puluh|ratus|ribu|belas)?)\b[\s-]*)+\)",
    re.IGNORECASE,
)
_PERCENT_RE = re.compile(r"%|\bpersen\b", re.IGNORECASE)
# "Rp" and "IDR" also glued to their number ("Rp1,5M", "IDR2M"): no letter may follow them.
_CURRENCY_RE = re.compile(r"\brp(?![^\W\d_])\.?|\brupiah\b|\bidr(?![^\W\d_])", re.IGNORECASE)
_MULTIPLIER_RE = re.compile(
    r"^\s*(?P<word>ribu|rb|juta|jt|miliar|milyar|m|triliun)\b\.?", re.IGNORECASE
)
_MULTIPLIERS = {
    "ribu": 1e3, "rb": 1e3, "juta": 1e6, "jt": 1e6, "miliar": 1e9, "milyar": 1e9, "m": 1e9, "triliun": 1e12,
}
_QUALIFIER_RE = re.compile(
    r"^(?:[≥≤<>=±~]+|>=|<=|\b(?:minimal|min|maksimal|maks|max|paling\s+sedikit|paling\s+banyak"
    r"|paling\s+lambat|paling\s+lama|paling\s+cepat|selambat-lambatnya|selama-lamanya|secepat-cepatnya"
    r"|sekurang-kurangnya|setidaknya|sebanyak|sejumlah|target)\b\.?)\s*",
    re.IGNORECASE,
)
_EDGE_PUNCT = " \t\n\r\xa0.,;:()[]{}/-–—*'\""
# Words after a number that say how often, not what: "tanggal 10 tiap bulan" is a date, its unit before it.
_FREQUENCY_RE = re.compile(r"^(?:setiap|tiap|per)\b", re.IGNORECASE)
# "3 x 24 jam": a service time written as a product, read as 72 jam (only before a unit of time).
_TIMES_RE = re.compile(rf"^\s*[x×]\s*(?P<num>{_NUM})(?=\s*(?P<unit>[^\W\d_]+))", re.IGNORECASE)
_SPACES_RE = re.compile(r"\s+")
_PARENTHESES_RE = re.compile(r"\([^)]*\)")  # "12 (dua belas) dokumen"

TIME_UNITS: frozenset[str] = frozenset({
    "detik", "menit", "jam", "hari", "hari kerja", "hari kalender", "hk", "minggu", "pekan", "bulan",
    "triwulan", "caturwulan", "semester", "tahun", "tanggal", "tgl",
    # as staff abbreviate them in a narrow TARGET column ("10 hr kerja", "12 bln.", "1 thn", "2 mgg")
    "dtk", "mnt", "hr", "mgg", "bln", "thn",
})
CURRENCY_UNITS: frozenset[str] = frozenset({
    "rupiah", "rp", "idr", "ribu rupiah", "juta rupiah", "miliar rupiah", "milyar rupiah",
    "triliun rupiah", "rp ribu", "rp juta", "rp miliar", "rp milyar", "usd", "dolar", "dollar",
})
_CURRENCY_WORDS = frozenset({"rupiah", "rp", "idr", "usd", "dolar", "dollar"})
_ENGLISH_TIME_UNITS = frozenset({
    "day", "days", "week", "weeks", "month", "months", "year", "years", "hour", "hours", "minute", "minutes",
})
_NON_LETTER_RE = re.compile(r"[^a-z%]+")

_MONTHS: dict[str, int] = {
    "januari": 1, "january": 1, "jan": 1,
    "februari": 2, "pebruari": 2, "february": 2, "feb": 2, "peb": 2,
    "maret": 3, "march": 3, "mar": 3,
    "april": 4, "apr": 4,
    "mei": 5, "may": 5,
    "juni": 6, "june": 6, "jun": 6,
    "juli": 7, "july": 7, "jul": 7,
    "agustus": 8, "august": 8, "agust": 8, "agu": 8, "agt": 8, "ags": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9,
    "oktober": 10, "october": 10, "okt": 10, "oct": 10,
    "november": 11, "nopember": 11, "nov": 11, "nop": 11,
    "desember": 12, "december": 12, "des": 12, "dec": 12,
}
_MONTH = "|".join(sorted(_MONTHS, key=len, reverse=True))
_DATE_RE = re.compile(
    r"(?<!\d)(?P<iy>\d{4})-(?P<im>\d{1,2})-(?P<id>\d{1,2})(?!\d)"
    r"|(?<!\d)(?P<nd>\d{1,2})\s*(?P<s>[/.-])\s*(?P<nm>\d{1,2})\s*(?P=s)\s*(?P<ny>\d{4}|\d{2})(?!\d)"
    rf"|(?:(?<!\d)(?P<td>\d{{1,2}})\s*[-.]?\s*)?\b(?P<tm>{_MONTH})\b\.?(?:\s*[,.-]?\s*(?P<ty>\d{{4}})(?!\d))?",
    re.IGNORECASE,
)
_YEAR_RE = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
_ORDINALS = {
    "i": 1, "1": 1, "pertama": 1, "satu": 1, "ii": 2, "2": 2, "kedua": 2, "dua": 2,
    "iii": 3, "3": 3, "ketiga": 3, "tiga": 3, "iv": 4, "4": 4, "keempat": 4, "empat": 4,
}
_PART_OF_YEAR_RE = re.compile(
    r"\b(?P<kind>semester|triwulan|tw)\s*(?:ke\s*-?\s*)?(?P<n>iv|iii|ii|i|[1-4]|pertama|kedua|ketiga|keempat"
    r"|satu|dua|tiga|empat)\b",
    re.IGNORECASE,
)

_ORDINAL_WORD = r"iv|iii|ii|i|[1-4]|pertama|kedua|ketiga|keempat|satu|dua|tiga|empat"
# "TW I-IV", "Triwulan I s.d. Triwulan IV", "Semester I - II": a run of parts, the first to the last
_PARTS_OF_YEAR_RE = re.compile(
    rf"\b(?P<kind>semester|triwulan|tw)\s*(?:ke\s*-?\s*)?(?P<n>{_ORDINAL_WORD})\s*"
    rf"(?:-|–|—|s\.?\s*/?\s*d\.?|sampai\s+dengan|hingga)\s*(?:(?:semester|triwulan|tw)\s*(?:ke\s*-?\s*)?)?"
    rf"(?P<m>{_ORDINAL_WORD})\b",
    re.IGNORECASE,
)


def _grouped(parts: list[str]) -> bool:
    """Whether ``parts`` (split at a thousands separator) form valid groups: 1–3 digits, then threes."""
    return bool(_GROUPED_RE.match(parts[0])) and all(len(p) == 3 for p in parts[1:])


def _token_value(token: str) -> float | None:
    """Value of one number token, deciding which separator is the decimal point."""
    dots, commas = token.count("."), token.count(",")
    if not dots and not commas:
        return float(token)
    if dots and commas:
        decimal = "," if token.rfind(",") > token.rfind(".") else "."
        thousands = "." if decimal == "," else ","
        whole, _, frac = token.rpartition(decimal)
        if thousands in frac or decimal in whole or not _grouped(whole.split(thousands)):
            return None
        return float(f"{whole.replace(thousands, '')}.{frac}")
    sep = "," if commas else "."
    parts = token.split(sep)
    if len(parts) > 2:
        return float("".join(parts)) if _grouped(parts) else None
    whole, frac = parts
    # "85,5" and "0,005" are decimals; a single dot is a thousands separator only before exactly three
    # digits after a valid leading group ("1.250"), otherwise an English decimal point ("85.5", "0.005").
    if sep == "." and len(frac) == 3 and _grouped(parts):
        return float(whole + frac)
    return float(f"{whole}.{frac}")


def number_token(token: str) -> float | None:
    """One number as written, digits with Indonesian or English separators: ``"1.250"`` → 1250,
    ``"85,5"`` → 85.5; ``None`` when the separators make no valid number."""
    return _token_value(token)


def _finite(value: float) -> float | None:
    return value if math.isfinite(value) else None


def is_range_separator(text: str | None) -> bool:
    """Whether ``text`` holds only what stands between a range's two ends (``s.d.``, ``-``, ``hingga``):
    a cell of its own between a period's two dates written across cells."""
    return text is not None and _SEPARATOR_ALONE_RE.fullmatch(text) is not None


def parse_number(value: object) -> float | None:
    """The one number in ``value``: ``"1.250.000,75"`` → 1250000.75, ``"Rp 1.250.000.000"`` → 1.25e9.

    Money may spell out its multiplier (``"Rp 1,5 miliar"`` → 1.5e9), as targets do. Text holding no
    number, or several (``"80 - 90"``, ``"12 dari 15"``), gives ``None``: picking one of them would score
    the wrong value silently.
    """
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, (int, float)):
        return _finite(float(value))
    text = str(value).strip()
    if text.isdecimal():
        return float(text)
    if "(" in text:
        text = _TERBILANG_RE.sub("", text)
    if _SCIENTIFIC_RE.match(text):
        return _finite(float(text.replace(",", ".")))
    tokens = list(_TOKEN_RE.finditer(text))
    if len(tokens) != 1:
        return None
    token = tokens[0]
    number = _token_value(token["num"])
    if number is None:
        return None
    if token["sign"]:
        number = -number
    return _scaled(number, text[token.end():], currency=bool(_CURRENCY_RE.search(text)))


def parse_percent(value: object, fraction: bool = False) -> float | None:
    """A percentage as a number of percent: ``"98,5%"`` → 98.5.

    ``fraction=True`` says a numeric value came from a %-formatted Excel cell, which stores 98 % as 0.98.
    Text is always read as written, since whoever typed "98 %" meant percent.
    """
    number = parse_number(value)
    if number is None:
        return None
    if fraction and isinstance(value, (int, float)):
        return round(number * 100, 10)
    return number


def _clean_words(text: str) -> str:
    return _SPACES_RE.sub(" ", text).strip(_EDGE_PUNCT).lower()


def _satuan(before: str, after: str) -> str | None:
    """The unit around a target's number: the words after it, else the words before it."""
    if _PERCENT_RE.search(before) or _PERCENT_RE.search(after):
        return "%"
    if _CURRENCY_RE.search(before) or _CURRENCY_RE.search(after):
        return "rupiah"
    words = _clean_words(_PARENTHESES_RE.sub(" ", after)) or _clean_words(after)
    if not words or _FREQUENCY_RE.match(words):
        head = _clean_words(before)
        while (stripped := _QUALIFIER_RE.sub("", head, count=1)) != head:
            head = _clean_words(stripped)
        words = head or words
    return words or None


def _scaled(number: float | None, after: str, currency: bool) -> float | None:
    """``Rp 1,5 miliar`` → 1.5e9: spelled-out multipliers only count for money."""
    if number is None or not currency:
        return number
    match = _MULTIPLIER_RE.match(after)
    return number * _MULTIPLIERS[match["word"].lower()] if match else number


def money_multiplier(raw: object) -> float:
    """The multiplier a money text spells after its number (``Rp. 50 juta`` → 1e6, ``Rp 1,2 M`` → 1e9), as
    :func:`parse_target` applies it; 1 for any other text, whose numbers stand as written."""
    text = "" if raw is None else str(raw)
    if not _CURRENCY_RE.search(text) or (token := _TOKEN_RE.search(text)) is None:
        return 1.0
    match = _MULTIPLIER_RE.match(text[token.end():])
    return _MULTIPLIERS[match["word"].lower()] if match else 1.0


def parse_target(raw: object) -> Target:
    """A target cell as ``Target``: ``"80 s.d. 90 %"`` → min 80, max 90, satuan ``%``.

    A reversed range keeps min > max as written so a check can report it; text without a readable
    number ("Tepat waktu") keeps min and max ``None``.
    """
    if raw is None:
        return Target(raw="")
    if isinstance(raw, bool):
        return Target(raw=str(raw))
    if isinstance(raw, (int, float)):
        number = _finite(float(raw))
        return Target(raw=str(raw), min=number, max=number)
    raw_text = str(raw)
    text = _TERBILANG_RE.sub("", raw_text) if "(" in raw_text else raw_text
    text = _BETWEEN_RE.sub(lambda m: f"{m['head']} s.d. ", text)
    currency = bool(_CURRENCY_RE.search(text))
    match = _RANGE_RE.search(text)
    if match:
        after = text[match.end():]
        low = _scaled(_token_value(match["a"]), match["unit"] or after, currency)
        high = _scaled(_token_value(match["b"]), after, currency)
        if low is not None and high is not None:
            # a space between: "Rp1,5M - Rp2M" keeps "Rp" a word of its own beside the unit "M"
            satuan = _satuan(f"{text[: match.start()]} {match['unit'] or ''}", after)
            return Target(raw=raw_text, min=low, max=high, satuan=satuan)
    token = _TOKEN_RE.search(text)
    if token is None:
        return Target(raw=raw_text)
    number = _token_value(token["num"])
    if number is not None and token["sign"]:
        number = -number
    after = text[token.end():]
    times = _TIMES_RE.match(after)
    if number is not None and times and is_time_unit(times["unit"]):
        factor = _token_value(times["num"])
        if factor is not None:
            number, after = number * factor, after[times.end("num"):]
    number = _scaled(number, after, currency)
    satuan = _satuan(text[: token.start()], after) if number is not None else None
    return Target(raw=raw_text, min=number, max=number, satuan=satuan)


def _unit_words(satuan: str | None) -> list[str]:
    """Lowercase words of a satuan; reduplicated plurals ("hari-hari") and "(juta)" fall apart into words."""
    return _NON_LETTER_RE.sub(" ", satuan.lower()).split() if satuan else []


# "H+5", "H-3": days counted from an event (hari H), as staff write a deadline after a kegiatan; "H-3"
# leaves the satuan "h" alone (its dash reads as a separator).
_DAY_COUNT_RE = re.compile(r"^\s*h\s*[+-]", re.IGNORECASE)


def is_time_unit(satuan: str | None) -> bool:
    """Whether a satuan measures time: ``"Bulan kalender"``, ``"HARI KERJA"``, ``"days"``, ``"Desember"``.

    The satuan's first word decides ("laporan per bulan" counts reports, not time); a month name counts
    too, because a waktu target is often a deadline ("Desember 2025"), and so does the day count from an
    event, "H+5" (satuan ``h+``).
    """
    words = _unit_words(satuan)
    if not words:
        return False
    if _DAY_COUNT_RE.match(satuan or "") or words == ["h"]:
        return True
    return words[0] in TIME_UNITS or words[0] in _ENGLISH_TIME_UNITS or words[0] in _MONTHS


def is_currency_unit(satuan: str | None) -> bool:
    """Whether a satuan is money: ``"Rp"``, ``"juta rupiah"``, ``"Rupiah (miliar)"``."""
    return any(word in _CURRENCY_WORDS for word in _unit_words(satuan))


def mentions_date(text: object) -> bool:
    """Whether a target or threshold names a date or month ("Desember 2025", "31-12-2025"): a deadline,
    whose number is a day or a year rather than an amount to compare."""
    return bool(text) and isinstance(text, str) and _DATE_RE.search(text) is not None


def names_deadline(text: object) -> bool:
    """Whether a waktu target names a point in the year rather than an amount: a date or month
    ("Desember", "31 Maret 2025") or a part of the year ("Triwulan IV", "Semester I")."""
    return mentions_date(text) or (isinstance(text, str) and _PART_OF_YEAR_RE.search(text) is not None)


def _make_date(year: int | None, month: int, day: int | None, end: bool) -> date | None:
    if year is None:
        return None
    try:
        if day is None:
            day = calendar.monthrange(year, month)[1] if end else 1
        return date(year, month, day)
    except (ValueError, calendar.IllegalMonthError):
        return None


def _expand_year(text: str | None) -> int | None:
    if not text:
        return None
    return int(text) + 2000 if len(text) == 2 else int(text)


def parse_period(raw: object, year: int | None = None) -> tuple[date | None, date | None]:
    """``"1 JANUARI SD 31 DESEMBER 2025"`` → (2025-01-01, 2025-12-31).

    A year written once applies to both ends; a month without a day means its first day at the start
    and its last day at the end ("JANUARI - DESEMBER 2025"); a period naming only a year covers the whole
    year, or its semester or triwulan ("SEMESTER II 2021"). An impossible date ("31 Juni") gives ``None``
    for that end. ``year``: the year of dates written without any (the kop's title names it), never
    taken for a text naming no date.
    """
    if isinstance(raw, datetime):
        return raw.date(), None
    if isinstance(raw, date):
        return raw, None
    if raw is None or isinstance(raw, bool):
        return None, None
    text = str(raw)
    parts: list[tuple[int | None, int, int | None]] = []
    for match in _DATE_RE.finditer(text):
        if match["iy"]:
            parts.append((int(match["iy"]), int(match["im"]), int(match["id"])))
        elif match["nd"]:
            parts.append((_expand_year(match["ny"]), int(match["nm"]), int(match["nd"])))
        else:
            day = int(match["td"]) if match["td"] else None
            parts.append((_expand_year(match["ty"]), _MONTHS[match["tm"].lower()], day))
        if len(parts) == 2:
            break
    if not parts:
        return _named_span(text)
    if len(parts) == 1:
        written, month, day = parts[0]
        year = _first(written, _lone_year(text), year)
        if day is None:
            return _make_date(year, month, None, end=False), _make_date(year, month, None, end=True)
        return _make_date(year, month, day, end=False), None
    (y1, m1, d1), (y2, m2, d2) = parts
    fallback = _first(_lone_year(text), year) if y1 is None and y2 is None else None
    y1, y2 = _first(y1, y2, fallback), _first(y2, y1, fallback)
    return _make_date(y1, m1, d1, end=False), _make_date(y2, m2, d2, end=True)


def _named_span(text: str) -> tuple[date | None, date | None]:
    """A period named by its year alone ("TAHUN 2025"), or by semester or triwulan of that year, or by a
    run of them ("TW I-IV 2025": the first day of the first to the last day of the last)."""
    years = _YEAR_RE.findall(text)
    if len(years) != 1:
        return None, None
    year, first, last = int(years[0]), 1, 12
    run = _PARTS_OF_YEAR_RE.search(text)
    match = _PART_OF_YEAR_RE.search(text)
    if run:
        size = 6 if run["kind"].lower() == "semester" else 3
        start, stop = _ORDINALS[run["n"].lower()], _ORDINALS[run["m"].lower()]
        if stop * size > 12:
            return None, None
        # written backwards ("TW IV - I") it stays backwards, for periode-tidak-valid to report
        first, last = (start - 1) * size + 1, stop * size
    elif match:
        size = 6 if match["kind"].lower() == "semester" else 3
        number = _ORDINALS[match["n"].lower()]
        if number * size > 12:
            return None, None
        first, last = (number - 1) * size + 1, number * size
    return date(year, first, 1), date(year, last, calendar.monthrange(year, last)[1])


def _first(*years: int | None) -> int | None:
    return next((year for year in years if year is not None), None)


def _lone_year(text: str) -> int | None:
    """A year standing apart from the dates ("JANUARI - DESEMBER TAHUN 2025")."""
    years = _YEAR_RE.findall(text)
    return int(years[-1]) if years else None


def format_number(value: float | int | Decimal, decimals: int = 2) -> str:
    """The one way a number is shown to a user: Indonesian notation, never scientific, no trailing zeros.

    ``111.1111`` → ``"111,11"``; ``88.0`` → ``"88"``; ``1250000`` → ``"1.250.000"``; ``2.5`` → ``"2,5"``.
    Check messages, ``skp nilai``, cascaded targets and the recap all come here, so a rupiah target
    never reads ``1,25e+06`` in one place and ``1.250.000`` in another.
    """
    text = f"{value:,.{decimals}f}"
    if decimals:
        text = text.rstrip("0").rstrip(".")
    if text in ("-0", "−0"):
        text = "0"
    return text.replace(",", "\0").replace(".", ",").replace("\0", ".")


def format_percent(value: float, decimals: int = 1) -> str:
    """97.894… → ``"97,9 %"``."""
    return f"{format_number(value, decimals)} %"


def format_amount(value: float | int | Decimal, satuan: str | None, decimals: int = 2) -> str:
    """A quantity in its satuan: ``Rp1.250.000``, ``2,5 ton``, ``80%``, ``3 dokumen``."""
    if any(word in ("rupiah", "rp", "idr") for word in _unit_words(satuan)):
        return f"Rp{format_number(value, decimals)}"
    number = format_number(value, decimals)
    if not satuan:
        return number
    return f"{number}%" if satuan == "%" else f"{number} {satuan}"
