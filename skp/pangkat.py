"""Pangkat/golongan ruang (PP 99/2000) and JF jenjang (SPEC §5).

Staff write the same pangkat many ways (``PENATA/IIIc``, ``Pembina Tk.I, IV b``, ``Penata Muda Tk.I,
III/b``); this module reduces them to the 17 official pairs and says, in words fit for a finding's
``{rincian}``, when a name and a golongan disagree. A JF jabatan names its jenjang after the JF name
("Pranata Komputer Ahli Muda", "Analis Kepegawaian Muda"), which bounds the golongan a holder may have.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from skp.empty_marks import EMPTY_MARKS
from skp.jabatan_fungsional import JfCatalogue, default_catalogue

GOLONGAN: tuple[tuple[str, str], ...] = (
    ("I/a", "Juru Muda"),
    ("I/b", "Juru Muda Tingkat I"),
    ("I/c", "Juru"),
    ("I/d", "Juru Tingkat I"),
    ("II/a", "Pengatur Muda"),
    ("II/b", "Pengatur Muda Tingkat I"),
    ("II/c", "Pengatur"),
    ("II/d", "Pengatur Tingkat I"),
    ("III/a", "Penata Muda"),
    ("III/b", "Penata Muda Tingkat I"),
    ("III/c", "Penata"),
    ("III/d", "Penata Tingkat I"),
    ("IV/a", "Pembina"),
    ("IV/b", "Pembina Tingkat I"),
    ("IV/c", "Pembina Utama Muda"),
    ("IV/d", "Pembina Utama Madya"),
    ("IV/e", "Pembina Utama"),
)

JENJANG: dict[str, tuple[str, str]] = {
    "Pemula": ("II/a", "II/a"),
    "Terampil": ("II/b", "II/d"),
    "Mahir": ("III/a", "III/b"),
    "Penyelia": ("III/c", "III/d"),
    "Ahli Pertama": ("III/a", "III/b"),
    "Ahli Muda": ("III/c", "III/d"),
    "Ahli Madya": ("IV/a", "IV/c"),
    "Ahli Utama": ("IV/d", "IV/e"),
}

NOT_LISTED = "tidak ada dalam daftar pangkat PP 99/2000"

_ORDER = {golongan: index for index, (golongan, _) in enumerate(GOLONGAN)}
_NAME_OF = dict(GOLONGAN)
_GOLONGAN_OF = {nama.upper(): golongan for golongan, nama in GOLONGAN}
_JENJANG_BY_KEY = {jenjang.upper(): jenjang for jenjang in JENJANG}
_ROMAN = {"1": "I", "2": "II", "3": "III", "4": "IV"}

# "III/b", "III.b", "III-b", "III b", "IIIb", "3/b"; the lookarounds keep "TK.I" and words out.
_GOLONGAN_RE = re.compile(r"(?<![A-Z0-9])(IV|III|II|I|[1-4])\s*[/.\-]?\s*([A-E])(?![A-Z])")
_WORD_RE = re.compile(r"[A-Z]+|\d+")
_NOISE_WORDS = frozenset({"GOL", "GOLONGAN", "RUANG", "PANGKAT", "RG"})
_PPPK_NOISE_WORDS = _NOISE_WORDS | {"PPPK"}
# The holder's status written beside the pangkat ("Penata Muda, III/a (CPNS)", a CPNS in the probation year
# holds the golongan of the formasi): it names no pangkat. Left out of the PPPK golongan, which a PNS lacks.
_STATUS_WORDS = frozenset({"CPNS", "PNS"})
_TINGKAT_WORDS = frozenset({"TK", "TKT", "TINGKAT"})
# The date the pangkat took effect, copied from the SK after it: "Penata, III/c TMT 01-04-2023",
# "Pembina / IV.a (TMT 1 Oktober 2021)". It names no pangkat and is dropped before reading.
_TMT_RE = re.compile(r"[\s,;(\[-]*\bTMT\b.*$", re.DOTALL)
_AHLI_RE = re.compile(r"\bAHLI\s+(PERTAMA|MUDA|MADYA|UTAMA)\b")
_KETERAMPILAN = frozenset({"PEMULA", "TERAMPIL", "MAHIR", "PENYELIA"})
# Where a jabatan name ends and the unit starts: "Pranata Komputer Terampil pada Dinas X".
_JABATAN_END_RE = re.compile(r"\s(?:PADA|DI|SELAKU|MERANGKAP|SEBAGAI)\s|\s[-–—]\s|[,(]")
# Where a title's later parts begin: "Ketua Tim Kerja (Arsiparis Mahir)", "Subkoordinator / Perencana Muda".
_PART_SEPARATOR_RE = re.compile(r"[(/,;]|\s[-–—]\s")


@dataclass(frozen=True)
class PangkatMatch:
    """A pangkat as understood; ``problem`` fills the ``pangkat-tidak-dikenal`` message's ``{rincian}``."""

    golongan: str | None
    nama: str | None
    problem: str | None


def _golongan_key(roman: str, letter: str) -> str:
    return f"{_ROMAN.get(roman, roman)}/{letter.lower()}"


def _canonical_golongan(text: str) -> str | None:
    """``"iii.b"`` → ``"III/b"``; ``None`` when it is not one of the 17."""
    match = _GOLONGAN_RE.fullmatch(text.strip().upper())
    if not match:
        return None
    key = _golongan_key(match[1], match[2])
    return key if key in _ORDER else None


def _name_key(text: str) -> str:
    """Uppercase name words with ``Tk.``/``TKT``/``Tingkat 1`` unified and labels such as ``Gol.`` dropped."""
    words: list[str] = []
    for word in _WORD_RE.findall(text):
        if word in _NOISE_WORDS or word in _STATUS_WORDS:
            continue
        if word == "TKI":
            words += ["TINGKAT", "I"]
        elif word in _TINGKAT_WORDS:
            words.append("TINGKAT")
        elif word == "1" and words[-1:] == ["TINGKAT"]:
            words.append("I")
        else:
            words.append(word)
    return " ".join(words)


def parse_pangkat(raw: object) -> PangkatMatch:
    """Read a pangkat/golongan cell: a name, a golongan or both, in any of the common spellings.

    Only a name or only a golongan is acceptable, and the other half is filled in from PP 99/2000 so the
    jenjang check always has a golongan. Emptiness is for another check, so it has no problem.
    """
    text = "" if raw is None else str(raw).strip().upper()
    if text in EMPTY_MARKS:
        return PangkatMatch(None, None, None)
    text = _TMT_RE.sub("", text) or text
    matches = list(_GOLONGAN_RE.finditer(text))
    written: str | None = None
    if matches:
        last = matches[-1]
        written = _golongan_key(last[1], last[2])
        text = text[: last.start()] + " " + text[last.end():]
    name_key = _name_key(text)
    golongan = written if written in _ORDER else None
    nama_golongan = _GOLONGAN_OF.get(name_key)
    nama = _NAME_OF[nama_golongan] if nama_golongan else None
    status_only = not (written or name_key) and not _STATUS_WORDS.isdisjoint(_WORD_RE.findall(text))
    if (written and golongan is None) or (name_key and nama is None) or status_only:
        return PangkatMatch(golongan, nama, NOT_LISTED)
    if golongan and nama_golongan and golongan != nama_golongan:
        return PangkatMatch(golongan, nama, f"tidak sesuai: {nama} adalah {nama_golongan}, bukan {golongan}")
    return PangkatMatch(golongan or nama_golongan, nama or (_NAME_OF[golongan] if golongan else None), None)


def pppk_golongan(raw: object, allowed: tuple[str, ...]) -> str | None:
    """The PPPK golongan a pangkat cell names (``"Golongan IX"``, ``"Gol. XI"``, ``"IX (PPPK)"`` → ``"IX"``),
    or ``None``. A PPPK holds no PP 99/2000 pangkat but one of the golongan ``allowed`` (I–XVII, Perpres
    98/2020); only a cell with nothing but that numeral and the words golongan/PPPK counts."""
    text = "" if raw is None else str(raw).upper()
    found = [word for word in _WORD_RE.findall(text) if word not in _PPPK_NOISE_WORDS]
    return found[0] if len(found) == 1 and found[0] in allowed else None


def pangkat_choices() -> list[str]:
    """Dropdown values, lowest first: ``"Penata Muda Tingkat I, III/b"``."""
    return [f"{nama}, {golongan}" for golongan, nama in GOLONGAN]


def golongan_order(golongan: str) -> int:
    """Rank of a golongan, I/a = 0 … IV/e = 16. Raises ``ValueError`` for a value not in PP 99/2000."""
    key = _canonical_golongan(golongan)
    if key is None:
        raise ValueError(f"golongan tidak dikenal: {golongan!r}")
    return _ORDER[key]


def golongan_in_range(golongan: str, jenjang: str) -> bool:
    """Whether ``golongan`` lies within the range of JF ``jenjang`` (both ends included)."""
    name = _JENJANG_BY_KEY.get(" ".join(jenjang.upper().split()))
    if name is None:
        raise ValueError(f"jenjang tidak dikenal: {jenjang!r}")
    low, high = JENJANG[name]
    return _ORDER[low] <= golongan_order(golongan) <= _ORDER[high]


def jenjang_of(jabatan: str | None, catalogue: JfCatalogue | None = None) -> str | None:
    """The JF jenjang named in a jabatan: ``"PRANATA KOMPUTER AHLI PERTAMA"`` → ``"Ahli Pertama"``,
    ``"ANALIS KEPEGAWAIAN MUDA selaku SUBKOORDINATOR"`` → ``"Ahli Muda"``, ``"Arsiparis Mahir"`` → Mahir.

    A JF name of the catalogue (:mod:`skp.jabatan_fungsional`) is read with the jenjang word after it,
    "Ahli" or not. Titles the catalogue does not know still give a jenjang the old way: "Ahli Pertama" …
    "Ahli Utama" anywhere ("Ahli Utama", never "Pembina Utama"), or a keterampilan word as the last word of
    the jabatan name, since such words also begin ordinary titles ("Penyelia Perpustakaan").
    """
    if not jabatan:
        return None
    catalogue = catalogue or default_catalogue()
    match = catalogue.read(jabatan)
    if match is not None:
        return match.jenjang
    return _written_jenjang(jabatan) or _jf_after_role(jabatan, catalogue)


def _written_jenjang(jabatan: str) -> str | None:
    """The jenjang a title the catalogue does not know names by its words (see :func:`jenjang_of`)."""
    text = " ".join(re.sub(r"[^A-Z(,\-–—]+", " ", jabatan.upper()).split())
    found = _AHLI_RE.search(text)
    if found:
        return _JENJANG_BY_KEY[f"AHLI {found[1]}"]
    name = _JABATAN_END_RE.split(f"{text} ", maxsplit=1)[0].split()
    if len(name) >= 2 and name[-1] in _KETERAMPILAN:
        return _JENJANG_BY_KEY[name[-1]]
    return None


@lru_cache(maxsize=8)
def _jenjang_words(catalogue: JfCatalogue) -> re.Pattern[str]:
    """Any word of a jenjang (the catalogue's phrases and "Ahli"): a title without one names no jenjang."""
    words = {word for phrase, _ in catalogue.jenjang_phrases for word in phrase} | {"ahli"}
    return re.compile(rf"\b(?:{'|'.join(sorted(words))})\b", re.IGNORECASE)


def _jf_after_role(jabatan: str, catalogue: JfCatalogue) -> str | None:
    """The jenjang of a JF named with its jenjang after the role its holder plays ("Ketua Tim Kerja
    Kearsipan (Arsiparis Mahir)", "Ketua Tim Kerja Aplikasi, Pranata Komputer Mahir"): each later part of
    the title read as a title of its own. A JF name there without its jenjang word makes no JF ("Kepala
    Seksi Data (Pranata Komputer)": a structural post whose holder once was one)."""
    if not _PART_SEPARATOR_RE.search(jabatan) or not _jenjang_words(catalogue).search(jabatan):
        return None
    for part in _PART_SEPARATOR_RE.split(jabatan)[1:]:
        match = catalogue.read(part)
        if match is not None and match.jenjang is not None:
            return match.jenjang
    return None


def is_jf_jabatan(jabatan: str | None, catalogue: JfCatalogue | None = None) -> bool:
    """Whether a jabatan is a jabatan fungsional: a catalogued JF name (with or without its jenjang), or
    any title naming a JF jenjang."""
    if not jabatan:
        return False
    catalogue = catalogue or default_catalogue()
    if catalogue.read(jabatan) is not None or _written_jenjang(jabatan) is not None:
        return True
    return _jf_after_role(jabatan, catalogue) is not None
