"""Kategori penilaian that do not separate the levels (SPEC §3.3, §3.10, §7 ``kategori-tidak-membedakan``).

BAIK holds the target itself, so no other level may contain the target: a SANGAT BAIK written as the
target ("12", "≥ 12") no longer separates Baik from Sangat Baik, and a target inside its own CUKUP band
(target 12, CUKUP "> 10") makes reaching the target Cukup. Forms often drop the BAIK column and let the
TARGET stand for it, or use only CUKUP and SANGAT BAIK; that is fine, and the target is then the BAIK.

Each threshold is read as an interval with open or closed ends ("> 10" excludes 10, "≥ 10" and "10 - 12"
include it). Containment does not depend on the IKI's direction: "> 10" under a waktu target of 10 bulan
is right, under a kuantitas target of 12 it is not, and both follow from the interval alone; the
direction only words the advice. The check says nothing where it cannot be sure: unreadable or
qualitative thresholds (a sentence with a number inside, "terlambat 1 - 5 hari kerja", is qualitative),
thresholds in capaian percent under a non-% target, dates, a target already at the maximum (100 %, SPEC
§6.2) or at zero, a BAIK that differs from the target (reported by
``kategori-tidak-berurutan``), and a lower band that only touches the target at the closed end of a
written range ("9 - 12").
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace

from skp.checks.registry import document_check
from skp.checks.rencana import sheet_of, written_iki, written_rk
from skp.checks.rules import is_blank, rules
from skp.config import Config
from skp.findings import Finding
from skp.models import Iki, KategoriPenilaian, SkpDocument, Target
from skp.numbers import PERCENT_FRACTION_MAX, mentions_date, money_multiplier, number_token, parse_target
from skp.scoring.settings import ScoringSettings

LEVELS = (("sangat_kurang", "SANGAT KURANG"), ("kurang", "KURANG"), ("cukup", "CUKUP"), ("baik", "BAIK"),
          ("sangat_baik", "SANGAT BAIK"))
LOWER_LEVELS = ("sangat_kurang", "kurang", "cukup")

_AT_MOST = re.compile(r"^\s*(?:≤|<=|=<|maks(?:imal)?\b|max\b|paling\s+banyak|sebanyak-banyaknya)", re.I)
# "lebih cepat dari 3 bulan", "lebih sedikit dari 6 laporan": a comparative names the open side of the band
_BELOW = re.compile(r"^\s*(?:<|kurang\s+dari|di\s*bawah|lebih\s+(?:cepat|awal|sedikit|kecil|rendah)\s+dari)",
                    re.I)
_AT_LEAST = re.compile(r"^\s*(?:≥|>=|=>|min(?:imal)?\b|paling\s+sedikit|sekurang-kurangnya|setidaknya)"
                       r"|(?:ke\s+atas|atau\s+lebih)\s*\W*$", re.I)
_ABOVE = re.compile(r"^\s*(?:>|lebih(?:\s+(?:lambat|banyak|besar|tinggi))?\s+dari|di\s*atas)", re.I)
_AT_MOST_AFTER = re.compile(r"(?:ke\s+bawah|atau\s+kurang)\s*\W*$", re.I)
# The common cells ("< 6", "12", "> 12", "90 %", "6 - 8") without the general target parser, which every
# kategori cell of every IKI would otherwise pass through twice (here and in kategori-tidak-berurutan).
_SIMPLE = re.compile(r"^\s*(?P<op><=|>=|=<|=>|≤|≥|<|>)?\s*(?P<a>\d[\d.,]*)"
                     r"(?:\s*[-–]\s*(?P<b>\d[\d.,]*))?\s*(?P<pct>%)?\s*$")
_QUALIFIER_SATUAN = re.compile(r"^(?:ke\s+(?:atas|bawah)|atau\s+(?:lebih|kurang))\b", re.I)
# A band bounded on both sides with an operator at either end: "≥ 80 % - < 90 %", "≥ 70 s.d. < 80",
# "> 80 sampai 90 laporan", "80 % s.d. kurang dari 90 %"; and the same as an inequality, "80 ≤ x < 90".
_LOW_OP = r"≥|>=|=>|>|lebih\s+dari|di\s*atas|min(?:imal)?\.?"
_HIGH_OP = r"≤|<=|=<|<|kurang\s+dari|di\s*bawah|maks(?:imal)?\.?"
_NUMBER = r"\d(?:[\d.,]*\d)?"
_UNIT = r"(?:%|[^\W\d_]+(?:\s+[^\W\d_]+)?)"
_TWO_SIDED = re.compile(
    rf"^\s*(?P<op1>{_LOW_OP})?\s*(?P<a>{_NUMBER})\s*(?P<u1>{_UNIT})?\s*"
    r"(?:[-–—]|s\s*[./]?\s*d\b\.?|sampai(?:\s+dengan)?|hingga)"
    rf"\s*(?P<op2>{_HIGH_OP})?\s*(?P<b>{_NUMBER})\s*(?P<u2>{_UNIT})?\s*$",
    re.I,
)
_BETWEEN = re.compile(
    rf"^\s*(?P<a>{_NUMBER})\s*(?P<u1>%)?\s*(?P<op1><=|≤|=<|<)\s*[^\W\d_]+\s*(?P<op2><=|≤|=<|<)\s*"
    rf"(?P<b>{_NUMBER})\s*(?P<u2>%)?\s*$",
    re.I,
)


# A level's own name before its threshold, as staff repeat it inside the cell: "BAIK: 12 laporan",
# "Sangat Baik = > 12 laporan" (longer names first, so "Sangat Kurang" is not read as "Kurang").
_LEVEL_NAMED = re.compile(r"^\s*(?P<level>sangat\s+kurang|sangat\s+baik|kurang|cukup|baik)\s*[:=]\s*", re.I)
_LEVEL_KEYS = {label.lower(): key for key, label in LEVELS}


# Words a threshold may put before its number ("kurang dari 6", "paling lambat 10 hari", "Rp 250.000",
# "min. 12"); any other word there makes the cell a sentence describing the level in words ("Dokumen
# lengkap, terlambat 1 - 5 hari kerja"), whose numbers measure something else than the target.
_LEAD_WORDS = frozenset((
    "kurang", "lebih", "dari", "di", "bawah", "atas", "sama", "dengan", "atau", "tidak", "min", "minimal",
    "awal", "kecil", "besar", "rendah", "tinggi",
    "minimum", "maks", "maksimal", "maksimum", "max", "paling", "sedikit", "banyak", "lambat", "cepat",
    "selambat", "selambatnya", "lambatnya", "secepat", "secepatnya", "cepatnya", "sekurang", "kurangnya",
    "lama", "selama", "lamanya",  # "paling lama 4 bulan", "selama-lamanya 3 hari": a time's upper bound
    "setidaknya", "sebanyak", "banyaknya", "sejumlah", "rp", "idr", "target", "nilai", "skor", "indeks",
    "dalam", "waktu", "antara", "sampai", "hingga", "mulai", "s", "d", "sd", "ke",
))
_LEAD_WORD = re.compile(r"[^\W\d_]+")
_FIRST_DIGIT = re.compile(r"\d")


def _is_sentence(text: str) -> bool:
    """Whether words other than a threshold's qualifiers stand before the cell's first number."""
    digit = _FIRST_DIGIT.search(text)
    lead = text[: digit.start()] if digit else text
    return any(word.lower() not in _LEAD_WORDS for word in _LEAD_WORD.findall(lead))


@dataclass(frozen=True)
class Band:
    """A kategori cell as an interval: ``"> 10"`` → (10, inf) open at 10; ``"9 - 11"`` → [9, 11]."""

    key: str
    label: str
    raw: str
    low: float
    high: float
    low_closed: bool
    high_closed: bool
    written_range: bool  # "a - b": staff are loose about whether the ends belong to the band
    satuan: str | None

    @classmethod
    def parse(cls, key: str, label: str, raw: object) -> Band | None:
        """The cell as a band; None when it cannot be read as one, or names another level than its column's
        (``CUKUP: 9 - 11`` under SANGAT BAIK: a shifted row, nothing to be sure of)."""
        if is_blank(raw):
            return None
        text = str(raw).strip()
        named = _LEVEL_NAMED.match(text)
        if named is None:
            return cls._parse(key, label, text)
        if _LEVEL_KEYS[" ".join(named["level"].lower().split())] != key:
            return None
        band = cls._parse(key, label, text[named.end():])
        return replace(band, raw=text) if band is not None else None

    @classmethod
    def _parse(cls, key: str, label: str, text: str) -> Band | None:
        simple = _SIMPLE.match(text)
        if simple is not None:
            return cls._simple(key, label, text, simple)
        bounded = cls._two_sided(key, label, text)
        if bounded is not None:
            return bounded
        if _is_sentence(text):
            return None
        target = parse_target(text)
        if not target.is_measurable or mentions_date(text):
            return None
        low, high = float(target.min), float(target.max)  # type: ignore[arg-type]
        satuan = None if target.satuan and _QUALIFIER_SATUAN.match(target.satuan) else target.satuan
        if target.is_range:
            return cls(key, label, text, low, high, True, True, True, satuan)
        if _AT_MOST.match(text) or _AT_MOST_AFTER.search(text):
            return cls(key, label, text, -math.inf, high, False, True, False, satuan)
        if _BELOW.match(text):
            return cls(key, label, text, -math.inf, high, False, False, False, satuan)
        if _AT_LEAST.search(text):
            return cls(key, label, text, low, math.inf, True, False, False, satuan)
        if _ABOVE.match(text):
            return cls(key, label, text, low, math.inf, False, False, False, satuan)
        return cls(key, label, text, low, high, True, True, False, satuan)

    @classmethod
    def _simple(cls, key: str, label: str, text: str, match: re.Match[str]) -> Band | None:
        low = number_token(match["a"])
        high = number_token(match["b"]) if match["b"] else low
        if low is None or high is None:
            return None
        satuan = "%" if match["pct"] else None
        op = match["op"]
        if match["b"] or not op:
            return cls(key, label, text, low, high, True, True, bool(match["b"]), satuan)
        if op in ("<", "≤", "<=", "=<"):
            return cls(key, label, text, -math.inf, high, False, op != "<", False, satuan)
        return cls(key, label, text, low, math.inf, op != ">", False, False, satuan)

    @classmethod
    def _two_sided(cls, key: str, label: str, text: str) -> Band | None:
        """A band with both ends written and an operator on at least one ("≥ 80 % - < 90 %", "80 ≤ x <
        90"): each end open or closed as its own operator says, never the first end alone read as
        "≥ 80" with no upper bound."""
        match = _TWO_SIDED.match(text)
        if match is not None and (match["op1"] or match["op2"]):
            op1, op2 = (match["op1"] or "").lower(), (match["op2"] or "").lower()
            low_closed = not (op1 == ">" or op1.startswith(("lebih", "di")))
            high_closed = not (op2 == "<" or op2.startswith(("kurang", "di")))
        else:
            match = _BETWEEN.match(text)
            if match is None:
                return None
            low_closed, high_closed = match["op1"] != "<", match["op2"] != "<"
        low, high = number_token(match["a"]), number_token(match["b"])
        if low is None or high is None:
            return None
        units = [u for u in (match["u2"], match["u1"]) if u]
        satuan = "%" if "%" in units else (units[0].lower() if units else None)
        if satuan is not None and _QUALIFIER_SATUAN.match(satuan):
            satuan = None
        return cls(key, label, text, low, high, low_closed, high_closed, False, satuan)

    @classmethod
    def of_target(cls, key: str, target: Target) -> Band:
        """The target's own numbers as a closed interval (``min`` to ``max``), to compare with the bands."""
        low, high = float(target.min), float(target.max)  # type: ignore[arg-type]
        return cls(key, "TARGET", target.raw, low, high, True, True, False, target.satuan)

    def contains(self, value: float) -> bool:
        above = value > self.low or (self.low_closed and value == self.low)
        below = value < self.high or (self.high_closed and value == self.high)
        return above and below

    def strictly_contains(self, value: float) -> bool:
        """Inside, and not at a closed end of a written range ("9 - 12" only touches 12)."""
        if self.written_range and value in (self.low, self.high):
            return False
        return self.contains(value)




def percent_scale(bands: list[Band]) -> list[Band]:
    """``bands`` with a %-formatted cell's fraction read as percent.

    Excel stores a cell shown as "95 %" as 0,95, and a reader of values (not formats) gets 0,95. Where some
    bands of the row are written in % on the percent scale and a band without a satuan has only ends
    between -1,5 and 1,5, that band is such a cell: it is compared as ×100 %, its text kept for the message.
    """
    percent = [b for b in bands if b.satuan == "%"]
    if not percent or not any(abs(v) > PERCENT_FRACTION_MAX for b in percent for v in _finite(b)):
        return bands
    return [
        replace(b, low=b.low * 100, high=b.high * 100, satuan="%")
        if b.satuan is None and _finite(b) and all(abs(v) <= PERCENT_FRACTION_MAX for v in _finite(b)) else b
        for b in bands
    ]


def money_scale(bands: list[Band], target: Target | None) -> list[Band]:
    """``bands`` in the multiplier of a money target written with one (``Rp. 50 juta``): a level written as a
    bare number below that multiplier (``< 50``, ``50``, ``> 50``) counts in it, as the agency wrote the
    whole row in juta. A level with a satuan of its own, or a number already in rupiah, stands as written."""
    factor = money_multiplier(target.raw) if target is not None else 1.0
    if factor == 1.0:
        return bands
    return [
        replace(b, low=b.low * factor, high=b.high * factor)
        if b.satuan is None and _finite(b) and all(abs(v) < factor for v in _finite(b)) else b
        for b in bands
    ]


def in_target_scale(target: Target, bands: Iterable[Band]) -> tuple[Band, list[Band]]:
    """The target as a band, and ``bands``, in one scale: %-formatted cells' fractions read as percent, the
    target's included (:func:`percent_scale`), and bare levels under a money target written in juta in juta
    (:func:`money_scale`)."""
    goal, *scaled = percent_scale([Band.of_target("target", target), *bands])
    return goal, money_scale(scaled, target)


def _finite(band: Band) -> list[float]:
    return [v for v in (band.low, band.high) if math.isfinite(v)]


def kategori_cell(iki: Iki, level: str) -> str | None:
    """Where a kategori level sits; the target cell when the form has no such column."""
    kategori = iki.kategori
    found = kategori.cells.get(level) if kategori else None
    return found or iki.cells.get(f"kategori_{level}") or iki.cell("target")


def _written_alike(level: str | None, target: str) -> bool:
    """Whether a level is the target's own text, but for case and spacing."""
    return level is not None and " ".join(level.split()).casefold() == " ".join(target.split()).casefold()


def _same_unit(band: Band, satuan: str | None) -> bool:
    if band.satuan is None or satuan is None:
        return True
    return band.satuan.split()[:1] == satuan.split()[:1]


def _at_the_extreme(target: Band, lower_is_better: bool, settings: ScoringSettings) -> bool:
    """A target already at the best value ("100 % tanpa temuan", "0 temuan"): SANGAT BAIK may equal it."""
    if target.low == 0 or target.high == 0:
        return True
    maximum = settings.maximum_target
    return (not lower_is_better and maximum.enabled and target.satuan == "%"
            and target.high >= maximum.percent)


def lower_is_better(iki: Iki, config: Config) -> bool:
    """Whether the IKI's kategori fall from SANGAT KURANG to SANGAT BAIK: its aspek is a kondisi khusus of
    the scoring (waktu, biaya), or (``pemeriksaan.kategori_arah_batas_atas``, [interpretation]) its target,
    or the BAIK holding it, is written as an upper bound ("≤ 5 kasus", "maksimal 5 temuan"): a count of
    errors, findings or complaints to keep down, whatever its aspek."""
    if iki.aspek in config.section("penilaian", ScoringSettings).lower_is_better:
        return True
    if not rules(config).kategori_arah_batas_atas:
        return False
    baik = iki.kategori.baik if iki.kategori is not None else None
    return any(_upper_bound(raw) for raw in (iki.target.raw if iki.target is not None else None, baik))


def _upper_bound(raw: object) -> bool:
    """"≤ 5 kasus", "< 3", "maksimal 5 temuan", "5 kasus ke bawah": a band open downward (its words are
    looked for before the cell is parsed, so a plain "12 laporan" costs one regex)."""
    if is_blank(raw):
        return False
    text = str(raw)
    if not (_AT_MOST.match(text) or _BELOW.match(text) or _AT_MOST_AFTER.search(text)):
        return False
    band = Band.parse("baik", "TARGET", text)
    return band is not None and band.low == -math.inf and math.isfinite(band.high)


def one_sided_target(baik: Band, target: Target, falling: bool, config: Config) -> bool:
    """BAIK written as the target with a qualifier pointing toward better: "≥ 12 laporan" under target "12
    laporan" of an IKI that rises, "≤ 5 SPJ" under "5 SPJ" of one that falls. It holds the target and says
    every value from there on is Baik until SANGAT BAIK takes over ([interpretation],
    ``pemeriksaan.kategori_baik_satu_sisi``). A qualifier pointing the other way ("≤ 12" on a rising IKI)
    is not the target."""
    if not rules(config).kategori_baik_satu_sisi or target.min is None or target.min != target.max:
        return False
    value = float(target.min)
    if falling:
        return baik.low == -math.inf and baik.high == value and baik.high_closed
    return baik.high == math.inf and baik.low == value and baik.low_closed


def _holds_target(
    baik: Band, ends: tuple[float, float], target: Target, falling: bool, config: Config
) -> bool:
    """BAIK holds the target: the same numbers, the target copied with its qualifier ("≤ 5 kasus"), or the
    target with a qualifier toward better (:func:`one_sided_target`)."""
    if (baik.low, baik.high) == ends:
        return True
    written = Band.parse("baik", "TARGET", target.raw)
    if written is not None and (written.low, written.high, written.low_closed, written.high_closed) == (
            baik.low, baik.high, baik.low_closed, baik.high_closed):
        return True
    return one_sided_target(baik, target, falling, config)


def separation_problem(iki: Iki, kategori: KategoriPenilaian, config: Config) -> tuple[str, str] | None:
    """(level key, rincian) of a kategori level that contains the target, else ``None``."""
    target = iki.target
    if target is None or not target.is_measurable or mentions_date(target.raw):
        return None
    parsed = {key: band for key, label in LEVELS
              if (band := Band.parse(key, label, getattr(kategori, key))) is not None}
    if "sangat_baik" not in parsed and _written_alike(kategori.sangat_baik, target.raw):
        # ``uptime 99,5 %`` under TARGET and SANGAT BAIK alike: a level of words no band is read from, and
        # still the target itself
        goal, _ = in_target_scale(target, ())
        falling = lower_is_better(iki, config)
        if not _at_the_extreme(goal, falling, config.section("penilaian", ScoringSettings)):
            arah = "di bawah" if falling else "di atas"
            return "sangat_baik", (f"SANGAT BAIK '{kategori.sangat_baik}' sama dengan target '{target.raw}'; "
                                   f"SANGAT BAIK seharusnya {arah} target")
    if not parsed:
        return None
    goal, scaled = in_target_scale(target, parsed.values())
    bands = dict(zip(parsed, scaled, strict=True))
    if goal.satuan != "%" and all(b.satuan == "%" for b in bands.values()):
        return None  # capaian percentages, not values of the IKI
    ends = (goal.low, goal.high)
    falling = lower_is_better(iki, config)
    baik = bands.get("baik")
    if baik is not None and not _holds_target(baik, ends, target, falling, config):
        return None  # BAIK ≠ target: kategori-tidak-berurutan says so
    settings = config.section("penilaian", ScoringSettings)
    sangat_baik = bands.get("sangat_baik")
    if (sangat_baik is not None and _same_unit(sangat_baik, goal.satuan)
            and any(sangat_baik.contains(v) for v in ends)
            and not _at_the_extreme(goal, falling, settings)):
        arah = "di bawah" if falling else "di atas"
        return "sangat_baik", (f"SANGAT BAIK '{sangat_baik.raw}' mencakup target '{target.raw}'; SANGAT BAIK "
                               f"seharusnya {arah} target")
    for key in LOWER_LEVELS:
        band = bands.get(key)
        inside = band is not None and all(band.strictly_contains(v) for v in ends)
        if band is not None and inside and _same_unit(band, goal.satuan):
            arah = "di atas" if falling else "di bawah"
            return key, (f"target '{target.raw}' berada di dalam {band.label} '{band.raw}'; {band.label} "
                         f"seharusnya {arah} target")
    return None


_KATEGORI_OF_LEVEL = {"sangat_kurang": "Sangat Kurang", "kurang": "Kurang", "cukup": "Cukup", "baik": "Baik",
                      "sangat_baik": "Sangat Baik"}


_SHORT_OF_TARGET = frozenset({"sangat_kurang", "kurang", "cukup"})


def standar_levels(iki: Iki, realisasi: float) -> tuple[str, ...]:
    """The kategori a pengelola kinerja gives ``realisasi`` by the IKI's own standar kinerja in the plan
    (JA/JF Model Pengembangan, SPEC §3.3), which may differ from the capaian bands of SPEC §6.2: the level
    whose band holds it or, falling between two written levels (target 300, KURANG "< 100", CUKUP
    "150 - 250", realisasi 120), either of the two, since which one the plan meant is not written. Between a
    level short of the target and BAIK (target 300, CUKUP "< 150", realisasi 200) it is the lower one: BAIK
    holds the target itself (SPEC §3.3), which a realisasi outside its band has not reached; and a realisasi
    BAIK holds is BAIK alone, also where a lower level ends on the same number.

    Empty where the plan says nothing surer: no IKI or target read as numbers, no level but BAIK, levels
    written as capaian percentages (:func:`separation_problem` leaves those alone too), a realisasi beyond
    every written level, or levels in another unit. The target stands for a BAIK left unwritten."""
    kategori, target = iki.kategori, iki.target
    if kategori is None or target is None or not target.is_measurable or mentions_date(target.raw):
        return ()
    parsed = {key: band for key, label in LEVELS
              if (band := Band.parse(key, label, getattr(kategori, key))) is not None}
    if not parsed.keys() - {"baik"}:  # BAIK alone is the target: nothing the capaian bands do not say
        return ()
    if "baik" not in parsed:
        parsed["baik"] = Band.of_target("baik", target)
    goal, scaled = in_target_scale(target, parsed.values())
    if goal.satuan != "%" and all(b.satuan == "%" for b in scaled):
        return ()
    bands = {key: band for key, band in zip(parsed, scaled, strict=True) if _same_unit(band, goal.satuan)}
    holding = [key for key, band in bands.items() if band.contains(realisasi)]
    if "baik" in holding:  # a lower level ending on the target (CUKUP "9 - 12", target 12) leaves it to BAIK
        holding = ["baik"]
    if not holding:
        below = [(band.high, key) for key, band in bands.items() if band.high <= realisasi]
        above = [(band.low, key) for key, band in bands.items() if band.low >= realisasi]
        holding = [max(below)[1], min(above)[1]] if below and above else []
        short = [key for key in holding if key in _SHORT_OF_TARGET]
        if short and len(short) < len(holding):  # between a level short of the target and BAIK or above
            holding = short
    return tuple(_KATEGORI_OF_LEVEL[key] for key in holding)


@document_check("kategori-tidak-membedakan")
def kategori_separates(document: SkpDocument, config: Config) -> Iterator[Finding]:
    """No kategori level other than BAIK may contain the target (SPEC §3.10)."""
    for rk in written_rk(document):
        for iki in written_iki(rk):
            problem = separation_problem(iki, iki.kategori, config) if iki.kategori else None
            if problem:
                key, rincian = problem
                yield Finding.make("kategori-tidak-membedakan", sheet_of(iki, document),
                                   kategori_cell(iki, key), iki=iki.text, rincian=rincian)
