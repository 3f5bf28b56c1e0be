"""Laying out the Matriks Pembagian Peran dan Hasil from a superior's SKP (SPEC §3.6 and §4).

The koordinator's Kinerja Utama RK go across the top, the team (as listed on the Matriks sheet) down
the left. What the team already agreed is kept: a column whose RK is still in the SKP keeps its jenis
penyelarasan, metode, target and every member's result, wherever it moved, even when its RK was typed
again by hand (numbered, with a typo: the batch check's similarity threshold decides) or the column names
the RK only by its number (``RK ATASAN 2``); a column typed by hand for an RK that is not (or no longer) in
the SKP stays at the end rather than being thrown away.

A new column whose RK has one quantitative (kuantitas) target is proposed as direct cascading by
*pembagian beban target*, the only method whose results can be computed; the others (pembagian aspek or
wilayah, layanan, output antara) need the performance dialog, so their cells are left for the team.
Beban-target cells that are still empty receive each member's share (:mod:`skp.cascade.target`); a
column in which any member already wrote a result keeps the results and is not split.
"""

from __future__ import annotations

import re
from decimal import Decimal

from rapidfuzz import fuzz

from skp.cascade.target import TargetSplitError, split_target
from skp.config import Config
from skp.hierarchy.links import normalize_rk, rules_of
from skp.models import MatriksAnggota, MatriksKolom, MatriksPeranHasil, RencanaKinerja, SkpDocument, Target
from skp.vocab import canonical_metode

BEBAN_TARGET = "pembagian-beban-target"
_ITEM_NUMBER_RE = re.compile(r"^\s*(?:\d{1,2}|[a-zA-Z])[.)]\s+")


def rk_target(rk: RencanaKinerja) -> Target | None:
    """The RK's quantity: its kuantitas IKI's target (a JPT RK has no aspek: its only IKI's target).

    ``None`` when there is no single number to split.
    """
    targets = [i.target for i in rk.iki if i.aspek == "kuantitas"] or (
        [rk.iki[0].target] if len(rk.iki) == 1 and rk.iki[0].aspek_raw is None else []
    )
    target = targets[0] if targets else None
    return target if target is not None and target.is_measurable and not target.is_range else None


def _new_kolom(rk: RencanaKinerja) -> MatriksKolom:
    target = rk_target(rk)
    if target is None:
        return MatriksKolom(rk=rk.text or "")
    return MatriksKolom(rk=rk.text or "", jenis_penyelarasan="direct", metode=BEBAN_TARGET, target=target)


def _continued(rk: RencanaKinerja, old: MatriksKolom, has_results: bool) -> MatriksKolom:
    """An existing column for ``rk`` with what the team wrote in it. Where it wrote no jenis
    penyelarasan, metode nor target, the column is completed as a new one would be: the RK's target, and
    the beban-target proposal only when no member wrote a result in it (results are not shares)."""
    agreed = old.model_copy(update={"rk": rk.text, "nomor": None})
    if old.jenis_penyelarasan or old.metode or old.target:
        return agreed
    proposal = _new_kolom(rk)
    if has_results:
        return agreed.model_copy(update={"target": proposal.target})
    return agreed.model_copy(update={"jenis_penyelarasan": proposal.jenis_penyelarasan,
                                     "metode": proposal.metode, "target": proposal.target})


def _rk_key(text: str) -> str:
    """An RK text as compared with the Matriks' copy: item number dropped, case and punctuation folded."""
    return normalize_rk(_ITEM_NUMBER_RE.sub("", text))


def _matched(rks: list[str], existing: list[MatriksKolom], threshold: float) -> list[int | None]:
    """For each of the superior's RK, the existing column holding it: the same text first, then the
    closest copy at least ``threshold`` similar (typed again by hand: a typo, a number, a full stop),
    then the column headed only by that RK's number."""
    free = {i: _rk_key(k.rk) for i, k in enumerate(existing) if k.rk}
    found: list[int | None] = [None] * len(rks)
    keys = [_rk_key(rk) for rk in rks]
    for n, key in enumerate(keys):
        same = next((i for i, text in free.items() if text == key), None)
        if same is not None:
            found[n] = same
            del free[same]
    for n, key in enumerate(keys):
        if found[n] is None and free:
            best = max(free, key=lambda i: fuzz.token_sort_ratio(key, free[i], processor=None))
            if fuzz.token_sort_ratio(key, free[best], processor=None) >= threshold:
                found[n] = best
                del free[best]
    by_number = {k.nomor: i for i, k in reversed(list(enumerate(existing))) if not k.rk and k.nomor}
    return [old if old is not None else by_number.get(n) for n, old in enumerate(found, start=1)]


def _columns(
    atasan: SkpDocument, existing: list[MatriksKolom], anggota: list[MatriksAnggota], threshold: float,
) -> tuple[list[MatriksKolom], list[int | None]]:
    """The new columns and, for each, the index of the existing column it continues (``None``: new).

    An existing column that holds none of the superior's RK is kept at the end when it has an RK text
    (typed by hand) or, headed only by a number, when a member wrote in it."""
    rks = [rk for rk in atasan.rk("utama") if rk.text]
    origin: list[int | None] = _matched([rk.text or "" for rk in rks], existing, threshold)
    written = {i for a in anggota for i, h in enumerate(a.hasil) if h}
    kolom = [_new_kolom(rk) if old is None else _continued(rk, existing[old], old in written)
             for rk, old in zip(rks, origin, strict=True)]
    for old, k in enumerate(existing):
        if old not in origin and (k.rk or old in written):
            kolom.append(k)
            origin.append(old)
    return [k.model_copy(update={"sheet": None, "row": None, "cells": {}}) for k in kolom], origin


def _member(anggota: MatriksAnggota, origin: list[int | None]) -> MatriksAnggota:
    def pick(values: list, index: int | None) -> object:
        return values[index] if index is not None and index < len(values) else None

    return MatriksAnggota(
        nama=anggota.nama, nip=anggota.nip, jabatan=anggota.jabatan,
        hasil=[pick(anggota.hasil, i) for i in origin],
        target=[pick(anggota.target, i) for i in origin],
    )


def _identity_key(anggota: MatriksAnggota) -> str | None:
    """Who a member row names: its NIP's digits, else its name as compared (None: neither)."""
    digits = re.sub(r"\D", "", anggota.nip or "")
    return digits or (f"nama:{normalize_rk(anggota.nama)}" if anggota.nama else None)


def share_rows(anggota: list[MatriksAnggota], column: int) -> list[int]:
    """One row per person for a share of ``column`` (indexes into ``anggota``): a person listed on several
    rows (same NIP, else same name, as :func:`_one_row_per_member` merges them) counts once, at the first
    of their rows whose cell in ``column`` is written, else their first row."""
    def written(n: int) -> bool:
        return column < len(anggota[n].hasil) and bool(anggota[n].hasil[column])

    place: dict[str, int] = {}  # a person's key → their position in ``rows``
    rows: list[int] = []
    for n, member in enumerate(anggota):
        key = _identity_key(member)
        if key is None or key not in place:
            if key is not None:
                place[key] = len(rows)
            rows.append(n)
        elif written(n) and not written(rows[place[key]]):
            rows[place[key]] = n
    return rows


def _one_row_per_member(anggota: list[MatriksAnggota]) -> list[MatriksAnggota]:
    """One row per person: a team table often lists a member once per role (a row per RK group), and two
    rows would give that person two draft SKP (``skp-ganda``) and two shares of a split target. Rows naming
    the same NIP (else, without one, the same name) are merged: the first row's identity, completed from
    the others, and in each column the results of every row, separated by "; " (each becomes its own RK)."""
    merged: list[MatriksAnggota] = []
    by_key: dict[str, MatriksAnggota] = {}
    for member in anggota:
        key = _identity_key(member)
        first = by_key.get(key) if key is not None else None
        if first is None:
            merged.append(member)
            if key is not None:
                by_key[key] = member
            continue
        first.nip = first.nip or member.nip
        first.jabatan = first.jabatan or member.jabatan
        for i, (mine, theirs) in enumerate(zip(first.hasil, member.hasil, strict=True)):
            if theirs and not mine:
                first.hasil[i], first.target[i] = theirs, member.target[i]
            elif theirs:
                first.hasil[i], first.target[i] = f"{mine}; {theirs}", None
    return merged


def _fill_shares(kolom: MatriksKolom, index: int, anggota: list[MatriksAnggota], config: Config) -> None:
    """Write each member's equal share of a beban-target column whose cells are all still empty."""
    if canonical_metode(kolom.metode) != BEBAN_TARGET:
        return
    if kolom.target is None or not anggota or any(a.hasil[index] for a in anggota):
        return
    try:
        parts = split_target(kolom.target, [Decimal(1)] * len(anggota), config)
    except TargetSplitError:
        return
    for member, part in zip(anggota, parts, strict=True):
        member.hasil[index] = part.raw
        member.target[index] = part


def lay_out_matriks(atasan: SkpDocument, config: Config) -> MatriksPeranHasil:
    """The matrix for ``atasan``'s Kinerja Utama RK and the team on its Matriks sheet."""
    existing = atasan.matriks or MatriksPeranHasil()
    kolom, origin = _columns(atasan, existing.kolom, existing.anggota, rules_of(config).ambang_kemiripan_rk)
    anggota = _one_row_per_member([_member(a, origin) for a in existing.anggota])
    for index, item in enumerate(kolom):
        _fill_shares(item, index, anggota, config)
    return MatriksPeranHasil(kolom=kolom, anggota=anggota)
