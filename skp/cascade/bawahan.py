"""Pre-filled SKP drafts for each team member, from the superior's SKP and its Matriks (SPEC §2.2, §4).

After the performance dialog the superior's Matriks says what each member must deliver; retyping that
into every member's form is where copy errors creep in (and ``rk-atasan-tidak-cocok`` follows). Each
member therefore gets a draft: their identity, the superior as pejabat penilai, the same period, and one
Kinerja Utama RK per matrix cell, with the intervened superior RK in column 2 verbatim. The form follows
the jabatan: a JF jenjang in the jabatan means the JF form (with its Keterkaitan AK annex), else JA.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path

from skp.cascade.matriks import BEBAN_TARGET
from skp.cascade.target import KaskadeRules
from skp.jabatan_fungsional import JfCatalogue
from skp.models import (
    Identity,
    Iki,
    MatriksAnggota,
    MatriksKolom,
    Period,
    RencanaKinerja,
    SkpDocument,
    Target,
)
from skp.numbers import parse_target
from skp.pangkat import is_jf_jabatan
from skp.vocab import canonical_metode

DRAFT_ASPEK = (("kuantitas", "Kuantitas"), ("kualitas", "Kualitas"), ("waktu", "Waktu"))
# What Windows and macOS refuse in a file name, plus every control character (C0, DEL, C1) and the
# bidi overrides that would show a name other than the one on disk.
_UNSAFE_NAME_RE = re.compile('[\\\\/:*?"<>|\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]+')


# A list marker that starts an item: "1." "2)" "a)" "(b)" at the start or after white space or ";".
_MARKER_RE = re.compile(r"(?:^|(?<=[\s;]))\(?(?P<mark>\d{1,2}|[a-zA-Z])(?:\)|(?<=\d)\.)(?=\s)")
_BULLET_RE = re.compile(r"^\s*[-•*–]\s+")


def _sequence_starts(text: str) -> list[int] | None:
    """Where the items of an inline numbered list start ("1. … 2. …", "a) … b) …"), or None when the
    markers do not count 1, 2, 3 … or a, b, c … from the first (a lone "3)" is not a list)."""
    starts: list[int] = []
    expected: str | None = None
    for match in _MARKER_RE.finditer(text):
        mark = match["mark"].lower()
        if expected is None:
            if mark not in ("1", "a"):
                continue
            expected = mark
        if mark != expected:
            continue
        starts.append(match.start())
        expected = str(int(mark) + 1) if mark.isdigit() else chr(ord(mark) + 1)
    return starts if len(starts) >= 2 else None


def _inline_items(line: str) -> list[str]:
    starts = _sequence_starts(line)
    if starts is None:
        return [line]
    cuts = [0, *starts, len(line)]
    return [line[a:b] for a, b in zip(cuts, cuts[1:], strict=False)]


_CONNECTORS = frozenset(KaskadeRules().kata_sambung)
_LINE_RE = re.compile(r"\r\n|\r|\n")


def _first_letter(line: str) -> str:
    """The first letter of a line after any list marker or bullet ("" when there is none)."""
    line = _BULLET_RE.sub("", _MARKER_RE.sub("", line.lstrip(), count=1) if _MARKER_RE.match(line.lstrip())
                          else line)
    return next((ch for ch in line if ch.isalpha()), "")


def _continues(previous: str, line: str, connectors: Collection[str]) -> bool:
    """Whether ``line`` goes on with the sentence of ``previous`` (a cell wrapped by hand, Alt+Enter):
    it carries no list marker or bullet, and ``previous`` ends with a connecting word or a comma, or
    ``line`` starts in lower case under a line that starts in upper case. Results listed one per line
    start each with a capital (or are all lower case): those stay apart."""
    stripped = line.lstrip()
    if not stripped or _MARKER_RE.match(stripped) or _BULLET_RE.match(stripped):
        return False
    words = re.findall(r"\w+", previous.lower())
    if previous.rstrip().endswith(",") or (words and words[-1] in connectors):
        return True
    return _first_letter(stripped).islower() and _first_letter(previous).isupper()


def _join_wrapped(hasil: str, connectors: Collection[str]) -> str:
    lines = _LINE_RE.split(hasil)
    joined = [lines[0]]
    for line in lines[1:]:
        if joined[-1].strip() and _continues(joined[-1], line, connectors):
            joined[-1] = f"{joined[-1].rstrip()} {line.strip()}"
        else:
            joined.append(line)
    return "\n".join(joined)


def split_results(hasil: str, connectors: Collection[str] = _CONNECTORS) -> list[str]:
    """The results a Matriks cell lists, one per RK: a team often writes several in one cell, one per
    line, separated by "; ", or numbered "1. … 2. …" / "a) … b) …". Markers and bullets are dropped. A
    line that only continues the sentence above it (:func:`_continues`, ``connectors`` the rules'
    ``kaskade.kata_sambung``) is part of the same result."""
    hasil = _join_wrapped(hasil, connectors)
    lines = [line for line in re.split(r"[\r\n]+|;(?:\s+|$)", hasil) if line.strip()]
    items = [item for line in lines for item in _inline_items(line)]
    pieces = []
    for item in items:
        if len(items) > 1:
            item = _MARKER_RE.sub("", item.lstrip(), count=1) if _MARKER_RE.match(item.lstrip()) else item
        item = _BULLET_RE.sub("", item).strip(" \t;,")
        if item:
            pieces.append(item)
    return pieces or [hasil]


@dataclass(frozen=True)
class Draft:
    """One member's draft SKP and the file name it should get."""

    anggota: MatriksAnggota
    document: SkpDocument
    file_name: str


def _is_share(hasil: str, target: Target | None) -> bool:
    """Whether a matrix cell holds only a quantity ("3 dokumen", a money share "Rp83.333.333.334"), not a
    result phrase."""
    if target is None or not target.is_measurable:
        return False
    rest = re.sub(r"[\d.,%\s]+", " ", hasil.lower())
    if target.satuan == "rupiah":
        rest = re.sub(r"\b(?:rp|idr)\b", " ", rest)
    for word in (target.satuan or "").lower().split():
        rest = rest.replace(word, " ")
    return not rest.strip(" -–:;()")


def _rk(no: int, kolom: MatriksKolom, hasil: str, target: Target | None) -> RencanaKinerja:
    share = canonical_metode(kolom.metode) == BEBAN_TARGET and _is_share(hasil, target)
    text = kolom.rk if share else hasil
    iki = [
        Iki(aspek=aspek, aspek_raw=label,
            target=target if share and aspek == "kuantitas" else None)
        for aspek, label in DRAFT_ASPEK
    ]
    return RencanaKinerja(section="utama", no=str(no), text=text, rk_atasan=kolom.rk, iki=iki)


def _plain(identity: Identity) -> Identity:
    return identity.model_copy(update={"sheet": None, "row": None, "cells": {}})


def form_for(jabatan: str | None, catalogue: JfCatalogue | None = None) -> str:
    """``jf-dasar`` when the jabatan is a jabatan fungsional as the reader decides it (a JF jenjang such as
    Ahli Pertama or Terampil, or a distinctive JF name of ``catalogue``, the agency's names from
    ``--aturan`` included), else ``ja-dasar``: a draft opens on the form its reader will detect."""
    return "jf-dasar" if is_jf_jabatan(jabatan, catalogue) else "ja-dasar"


def safe_file_name(stem: str, fallback: str) -> str:
    """``<stem>.xlsx`` without the characters Windows and macOS refuse in a file name, nor controls."""
    cleaned = " ".join(_UNSAFE_NAME_RE.sub(" ", stem).split()).strip(" .")
    return f"{cleaned[:120] or fallback}.xlsx"


def file_name_for(anggota: MatriksAnggota, index: int) -> str:
    """``SKP <nama> <nip>.xlsx``; ``SKP anggota <index>.xlsx`` when both are missing."""
    parts = " ".join(p for p in (anggota.nama, anggota.nip) if p)
    return safe_file_name(f"SKP {parts}" if parts else "", f"SKP anggota {index}")


def member_draft(atasan: SkpDocument, kolom: list[MatriksKolom], anggota: MatriksAnggota,
                 index: int, catalogue: JfCatalogue | None = None,
                 connectors: Collection[str] = _CONNECTORS) -> Draft:
    """The draft SKP of one member (``index`` is 1-based, used only when the member has no name)."""
    rencana: list[RencanaKinerja] = []
    for i, item in enumerate(kolom):
        hasil = anggota.hasil[i] if i < len(anggota.hasil) else None
        if not hasil:
            continue
        target = anggota.target[i] if i < len(anggota.target) else None
        results = split_results(hasil, connectors)
        if len(results) == 1:  # one result, its lines (a sentence wrapped by hand) joined
            text = results[0] if "\n" in hasil or "\r" in hasil else hasil
            rencana.append(_rk(len(rencana) + 1, item, text, target or parse_target(text)))
            continue
        for result in results:  # several results in one cell: one RK each, all intervening the same RK
            rencana.append(_rk(len(rencana) + 1, item, result, parse_target(result)))
    form = form_for(anggota.jabatan, catalogue)
    document = SkpDocument(
        form=form,  # type: ignore[arg-type]
        jenis="JF" if form.startswith("jf") else "JA",
        model="dasar",
        sheet="SKP",
        agency=atasan.agency,
        pegawai=Identity(nama=anggota.nama, nip=anggota.nip, jabatan=anggota.jabatan,
                         unit_kerja=atasan.pegawai.unit_kerja),
        penilai=_plain(atasan.pegawai),
        periode=Period(raw=atasan.periode.raw, start=atasan.periode.start, end=atasan.periode.end),
        rencana=rencana,
    )
    return Draft(anggota, document, file_name_for(anggota, index))


def member_drafts(atasan: SkpDocument, matriks_kolom: list[MatriksKolom],
                  anggota: list[MatriksAnggota], catalogue: JfCatalogue | None = None,
                  connectors: Collection[str] = _CONNECTORS) -> list[Draft]:
    """One draft per listed member, in the matrix's order (``catalogue``: the run's JF names;
    ``connectors``: the rules' ``kaskade.kata_sambung``)."""
    return [member_draft(atasan, matriks_kolom, a, i, catalogue, connectors)
            for i, a in enumerate(anggota, start=1)]


def free_path(folder: Path, file_name: str) -> Path:
    """``folder/file_name``, else ``… (2).xlsx``, ``… (3).xlsx``: a member's file is never overwritten."""
    path = folder / file_name
    number = 2
    while path.exists():
        path = folder / f"{Path(file_name).stem} ({number}){Path(file_name).suffix}"
        number += 1
    return path
