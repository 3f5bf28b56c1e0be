"""Laying out the Matriks Pembagian Peran dan Hasil from a superior's SKP (SPEC §3.6 and §4).

The koordinator's Kinerja Utama RK go across the top, the team (as listed on the Matriks sheet) down
the left. What the team already agreed is kept: a column whose RK is still in the SKP keeps its jenis
penyelarasan, metode, target and every member's result, wherever it moved; a column typed by hand for
an RK that is not (or no longer) in the SKP stays at the end rather than being thrown away.

A new column whose RK has one quantitative (kuantitas) target is proposed as direct cascading by
*pembagian beban target*, the only method whose results can be computed; the others (pembagian aspek or
wilayah, layanan, output antara) need the performance dialog, so their cells are left for the team.
Beban-target cells that are still empty receive each member's share (:mod:`skp.cascade.target`); a
column in which any member already wrote a result keeps the results and is not split.
"""

from __future__ import annotations

from decimal import Decimal

from skp.cascade.target import TargetSplitError, split_target
from skp.config import Config
from skp.mapping import normalize_label
from skp.models import MatriksAnggota, MatriksKolom, MatriksPeranHasil, RencanaKinerja, SkpDocument, Target
from skp.vocab import canonical_metode

BEBAN_TARGET = "pembagian-beban-target"


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


def _columns(
    atasan: SkpDocument, existing: list[MatriksKolom], anggota: list[MatriksAnggota],
) -> tuple[list[MatriksKolom], list[int | None]]:
    """The new columns and, for each, the index of the existing column it continues (``None``: new).

    An existing column is matched by its RK text, else (headed only ``RK ATASAN n``) by the number of the
    superior's Kinerja Utama RK. A numbered column no RK matches is kept only when a member wrote in it."""
    by_text = {normalize_label(k.rk): i for i, k in enumerate(existing) if k.rk}
    by_number = {k.nomor: i for i, k in reversed(list(enumerate(existing))) if not k.rk and k.nomor}
    written = {i for a in anggota for i, h in enumerate(a.hasil) if h}
    kolom: list[MatriksKolom] = []
    origin: list[int | None] = []
    for number, rk in enumerate((rk for rk in atasan.rk("utama") if rk.text), start=1):
        old = by_text.pop(normalize_label(rk.text or ""), None)
        if old is None:
            old = by_number.pop(number, None)
        kolom.append(_new_kolom(rk) if old is None else _continued(rk, existing[old], old in written))
        origin.append(old)
    for old in sorted(set(by_text.values()) | {i for i in by_number.values() if i in written}):
        kolom.append(existing[old])
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
    kolom, origin = _columns(atasan, existing.kolom, existing.anggota)
    anggota = [_member(a, origin) for a in existing.anggota]
    for index, item in enumerate(kolom):
        _fill_shares(item, index, anggota, config)
    return MatriksPeranHasil(kolom=kolom, anggota=anggota)
