"""The ``pemeriksaan`` section of the rules: every **[interpretation]** the kop, rencana and JF checks use.

Defaults live in ``skp/data/aturan.yaml`` and equal SPEC; an agency overrides them with ``--aturan``.
Helpers that compare staff-written words against these lists live here too, so every check folds case
and punctuation the same way.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field
from rapidfuzz import fuzz

from skp.config import Config
from skp.empty_marks import EMPTY_MARKS, FORMULA_ERRORS

_WORD = re.compile(r"[0-9a-z%]+")
_NONE_WORDS = frozenset(("nihil", "tidak ada"))  # "nothing here" written out, as staff do in Kinerja Tambahan


class PemeriksaanRules(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    nip_usia_minimum: int = Field(18, ge=0)
    penilai_jpt_boleh_kosong: tuple[Literal["nama", "nip", "pangkat", "jabatan", "unit_kerja"], ...] = (
        "nip", "pangkat",
    )
    # offices opening a penilai's jabatan (after Plt./Plh.) whose holder has no NIP or pangkat
    jabatan_politik: tuple[str, ...] = (
        "Bupati", "Wakil Bupati", "Wali Kota", "Walikota", "Wakil Wali Kota", "Wakil Walikota", "Gubernur",
        "Wakil Gubernur", "Menteri", "Wakil Menteri",
    )
    pppk_pangkat_boleh_kosong: bool = True
    golongan_pppk: tuple[str, ...] = (
        "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV", "XVI",
        "XVII",
    )
    kata_absolut: tuple[str, ...] = ("semua", "selalu", "tidak pernah", "setiap")
    kata_absolut_pengecualian: tuple[str, ...] = (
        "setiap hari", "setiap minggu", "setiap pekan", "setiap bulan", "setiap triwulan", "setiap semester",
        "setiap tahun", "setiap periode", "setiap tanggal",
    )
    iki_besaran: tuple[str, ...] = (
        "jumlah", "banyaknya", "persentase", "prosentase", "presentase", "%", "rasio", "proporsi", "indeks",
        "nilai", "skor", "tingkat", "rata", "rerata", "cakupan", "capaian",
    )
    iki_tanpa_satuan: tuple[str, ...] = (
        "persentase", "prosentase", "presentase", "persen", "%", "indeks", "nilai", "skor")
    iki_waktu: tuple[str, ...] = ("waktu", "lama")
    satuan_waktu_tambahan: tuple[str, ...] = ()
    satuan_biaya_tambahan: tuple[str, ...] = ()
    kategori_baik_sama_dengan_target: bool = True
    kategori_arah_batas_atas: bool = True
    kategori_baik_satu_sisi: bool = True
    aktivitas_bagian: tuple[Literal["utama", "tambahan"], ...] = ("utama", "tambahan")
    aktivitas_kata_benda: bool = True
    aktivitas_penanda_hasil: bool = True
    manual_iki_bagian: tuple[Literal["utama", "tambahan"], ...] = ("utama",)
    kemiripan_minimum: float = Field(0.9, ge=0, le=1)
    angka_kredit_desimal_maksimum: int = Field(3, ge=0)


def rules(config: Config) -> PemeriksaanRules:
    return config.section("pemeriksaan", PemeriksaanRules)


def words(text: object) -> str:
    """Lowercase words separated by single spaces, padded with spaces so ``" kata "`` finds whole words."""
    return f" {' '.join(_WORD.findall(str(text or '').lower()))} "


@cache
def _folded_phrases(phrases: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    """Each phrase with its :func:`words` form, folded once per list rather than once per target checked."""
    return tuple((phrase, words(phrase)) for phrase in phrases)


# Words that may stand inside a periodic phrase without changing it: "setiap akhir bulan", "setiap 3 bulan".
_PERIOD_MODIFIER = r"(?:awal|akhir|pertengahan|[0-9]+)"


@cache
def _exception_patterns(phrases: tuple[str, ...]) -> tuple[re.Pattern[str], ...]:
    """Each exception phrase as a pattern over :func:`words` text that also takes the forms staff write it in:
    a modifier after its first word ("setiap akhir bulan", "setiap 3 bulan", "setiap tanggal 5" from
    "setiap tanggal") and the suffix -nya on its last word ("setiap bulannya")."""
    patterns = []
    for _, folded in _folded_phrases(phrases):
        parts = folded.split()
        if not parts:
            continue
        head, rest = re.escape(parts[0]), [re.escape(p) for p in parts[1:]]
        body = head if not rest else f"{head}(?: {_PERIOD_MODIFIER})? {' '.join(rest)}(?:nya)?"
        patterns.append(re.compile(f" {body}(?: [0-9]+)?(?= )"))
    return tuple(patterns)


def find_phrase(text: object, phrases: tuple[str, ...], except_in: tuple[str, ...] = ()) -> str | None:
    """The first of ``phrases`` that occurs in ``text`` as whole words, or ``None``; an occurrence inside
    one of ``except_in`` ("setiap bulan" for "setiap", also written "setiap akhir bulan", "setiap 3 bulan"
    or "setiap bulannya") does not count."""
    haystack = words(text)
    for pattern in _exception_patterns(except_in):
        haystack = pattern.sub(" ", haystack)
    haystack = f" {' '.join(haystack.split())} "
    return next((phrase for phrase, folded in _folded_phrases(phrases) if folded in haystack), None)


# A code in brackets opening an IKI text, as a Renstra numbers its indicators: "[IKU-2] Persentase …",
# "(IKI-1.2) Indeks …", "[3] Jumlah …"
_CODE_RE = re.compile(r"^\s*[\[(]\s*(?=[^\])]*\d)[A-Za-z]{0,8}[\s.\-]*[\d.]+[a-z]?\s*[\])]\s*")


def first_word_in(text: object, first_words: tuple[str, ...]) -> bool:
    """Whether ``text`` begins (after numbering, or a code in brackets) with one of ``first_words``:
    "1. Persentase …", "[IKU-2] Persentase …", or "% laporan …" when "%" is listed (the sign is a word of
    its own, not numbering)."""
    found = words(_CODE_RE.sub("", str(text or ""), count=1)).split()
    while found and (found[0].isdigit() or (len(found[0]) == 1 and found[0] != "%")):
        found = found[1:]
    return bool(found) and found[0] in first_words


def is_blank(value: object) -> bool:
    """Empty, whitespace only, a lone dash, "Nihil" / "Tidak ada", or a formula's error (``#N/A``): what
    staff leave in a field they cannot fill (a Kinerja Tambahan with nothing in it is not an RK without IKI)
    or what a lookup that found nothing shows."""
    if value is None:
        return True
    text = str(value).strip()
    if text in EMPTY_MARKS:
        return True
    if len(text) > 10:
        return False
    folded_text = text.casefold()
    return folded_text.rstrip(".") in _NONE_WORDS or folded_text in FORMULA_ERRORS


def folded(text: object) -> str:
    """The text as :func:`same_text` compares it: its :func:`words`, without the padding."""
    return words(text).strip()


def same_folded(left: str, right: str, threshold: float) -> bool:
    """:func:`same_text` of two :func:`folded` texts, for comparing one text with many without refolding."""
    if not left or not right:
        return False
    return left == right or fuzz.ratio(left, right) >= threshold * 100


def same_text(a: object, b: object, threshold: float) -> bool:
    """Whether two staff-typed texts name the same thing, tolerating small copy differences."""
    return same_folded(folded(a), folded(b), threshold)

