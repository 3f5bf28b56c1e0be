"""Batch checks (SPEC §7 scope ``batch``): what only shows when all submissions are read together.

Each check takes the batch's :class:`~skp.hierarchy.links.Hierarchy` and yields ``(path, finding)``
pairs, so a finding lands in the report of the file that must be fixed, at the sheet and cell to fix:
a wrong superior RK on the subordinate's column 2, an RK nobody intervenes on the superior's own RK.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

from skp.checks.registry import batch_check, registered_batch_checks, run_batch_check
from skp.config import Config
from skp.findings import Finding
from skp.hierarchy.entry import HierarchyEntry, RkRef, SplitPart, TargetSplit
from skp.hierarchy.links import Hierarchy, normalize_rk
from skp.numbers import format_amount, parse_target

Located = Iterator[tuple[str, Finding]]


def _same_part(a: HierarchyEntry, b: HierarchyEntry, apart: bool) -> bool:
    """Whether two submissions of one NIP and period carry the same part of the SKP: both a plan, or both
    a Penilaian. With ``apart`` a plan and a workbook holding only its Penilaian are one SKP sent in two
    files, not two submissions."""
    return not apart or (a.rencana and b.rencana) or (a.penilaian and b.penilaian)


@batch_check("skp-ganda")
def duplicate_submissions(hierarchy: Hierarchy, config: Config) -> Located:
    """Two submissions for one NIP and period: each copy is flagged, naming the others."""
    groups: dict[tuple[str, str | None], list[HierarchyEntry]] = defaultdict(list)
    for entry in hierarchy.entries:
        if entry.nip:
            groups[(entry.nip, entry.periode)].append(entry)
    apart = hierarchy.rules.penilaian_terpisah_bukan_ganda
    for (nip, _), copies in groups.items():
        if len(copies) < 2:
            continue
        for entry in copies:
            twins = [c for c in copies if c is not entry and _same_part(c, entry, apart)]
            if not twins:
                continue
            others = ", ".join(c.path for c in twins)
            yield entry.path, Finding.make("skp-ganda", entry.sheet, entry.nip_cell, nip=nip,
                                           periode=entry.periode_label or "-", berkas_lain=others)


@batch_check("skp-atasan-tidak-ditemukan")
def missing_superior(hierarchy: Hierarchy, config: Config) -> Located:
    """A penilai with an NIP but no submission, or an acting penilai (Plt./Plh.) whose own SKP holds none of
    the RK cited (:meth:`Hierarchy.acting_unaligned`): alignment could not be checked (info only)."""
    for entry in hierarchy.entries:
        if not entry.nip_penilai or entry.nip_penilai == entry.nip:
            continue
        superior = hierarchy.superior_of(entry)
        if superior is None:
            state = "tidak ada di antara berkas yang diperiksa"
        elif hierarchy.acting_unaligned(entry, superior):
            state = ("memuat RK jabatan definitifnya; RK atasan yang disebut milik jabatan yang "
                     "dilaksanakannya sebagai Plt./Plh.")
        else:
            continue
        yield entry.path, Finding.make("skp-atasan-tidak-ditemukan", entry.sheet, entry.nip_penilai_cell,
                                       nip_penilai=entry.nip_penilai, keadaan=state)


def unmatched_rks(hierarchy: Hierarchy, entry: HierarchyEntry) -> list[RkRef]:
    """``entry``'s Kinerja Utama RK whose written superior RK is none of its superior's RK, in order: what
    ``rk-atasan-tidak-cocok`` flags (the join holds them back by this same list, :mod:`skp.run.join`).

    Not one either when it is an RK of the superior's own superior (non-direct cascading, SPEC §3.2 "RK
    atasan langsung/unit kerja/organisasi") or one a koordinator's Matriks gives the pegawai by NIP (a
    member of another unit, SPEC §3.6): :meth:`Hierarchy.cascaded_beyond`."""
    superior = hierarchy.superior_of(entry)
    if superior is None or hierarchy.acting_unaligned(entry, superior):
        return []
    return [rk for rk in entry.utama if rk.rk_atasan and not hierarchy.match(rk.rk_atasan, superior).matched
            and not hierarchy.cascaded_beyond(entry, rk.rk_atasan, superior)]


@batch_check("rk-atasan-tidak-cocok")
def unmatched_superior_rk(hierarchy: Hierarchy, config: Config) -> Located:
    """A written superior RK that is none of the superior's Kinerja Utama RK (:func:`unmatched_rks`), with
    the closest one named."""
    for entry in hierarchy.entries:
        flagged = unmatched_rks(hierarchy, entry)
        superior = hierarchy.superior_of(entry)
        for rk in flagged:
            assert superior is not None and rk.rk_atasan
            found = hierarchy.match(rk.rk_atasan, superior)
            closest = superior.utama[found.index].text if found.index is not None else "-"
            yield entry.path, Finding.make("rk-atasan-tidak-cocok", rk.sheet, rk.atasan_cell,
                                           rk_atasan=rk.rk_atasan, berkas_atasan=superior.path,
                                           terdekat=closest)


def unintervened_indices(hierarchy: Hierarchy, superior: HierarchyEntry) -> list[int]:
    """Indices of ``superior``'s Kinerja Utama RK that no subordinate intervenes, nor a subordinate's
    subordinate from two levels down, nor a member of another unit its Matriks gives the RK to
    (:meth:`Hierarchy.intervened`), in order.

    Only superiors with at least one subordinate that names superior RKs are judged: a superior whose
    subordinates did not submit (or write JPT forms without that column) says nothing about cascading.
    """
    cascading = [s for s in hierarchy.subordinates_of(superior)
                 if any(r.rk_atasan for r in s.utama) and not hierarchy.acting_unaligned(s, superior)]
    if not cascading:
        return []
    hit = hierarchy.intervened(superior)
    return [index for index in range(len(superior.utama)) if index not in hit]


@batch_check("rk-atasan-tidak-diintervensi")
def unintervened_rk(hierarchy: Hierarchy, config: Config) -> Located:
    """A superior's Kinerja Utama RK that nobody intervenes (:func:`unintervened_indices`)."""
    for superior in hierarchy.entries:
        for index in unintervened_indices(hierarchy, superior):
            rk = superior.utama[index]
            yield superior.path, Finding.make("rk-atasan-tidak-diintervensi", rk.sheet, rk.cell, rk=rk.text)


def _part_value(
    hierarchy: Hierarchy, owner: HierarchyEntry, split: TargetSplit, part: SplitPart
) -> float | None:
    """The member's share: as the Matriks states it, else the target of the member's own intervening RK."""
    if part.value is not None or not part.nip:
        return part.value
    for member in hierarchy.by_nip(part.nip):
        if member.periode != owner.periode:
            continue
        for rk in member.utama:
            if rk.rk_atasan and hierarchy.similar(rk.rk_atasan, split.rk):
                return rk.target_kuantitas
    return None


@batch_check("target-kaskade-tidak-seimbang")
def unbalanced_split(hierarchy: Hierarchy, config: Config) -> Located:
    """A beban-target split (direct cascading) whose parts do not add up to the whole.

    Splits with a share that is neither in the Matriks nor in the member's own submission are skipped:
    an unknown share cannot be said to be wrong. A column whose member cells are all empty is split over
    the whole team listed (``beban_kosong_seluruh_tim``), each share read from the member's own SKP.
    """
    tolerance = hierarchy.rules.toleransi_kaskade
    whole_team = hierarchy.rules.beban_kosong_seluruh_tim
    for entry in hierarchy.entries:
        for split in entry.splits:
            if not whole_team and not any(p.declared for p in split.parts):
                continue
            values = [_part_value(hierarchy, entry, split, p) for p in split.parts]
            if not values or any(v is None for v in values):
                continue
            total = sum(v for v in values if v is not None)
            if abs(total - split.whole) <= tolerance:
                continue
            satuan = parse_target(split.whole_raw).satuan
            detail = "; ".join(f"{p.nama or p.nip or '-'} {format_amount(v, satuan)}"
                               for p, v in zip(split.parts, values, strict=True) if v is not None)
            yield entry.path, Finding.make("target-kaskade-tidak-seimbang", split.sheet, split.cell,
                                           rk=split.rk, target_atasan=split.whole_raw,
                                           jumlah=format_amount(total, satuan), rincian=detail)


def _person(entry: HierarchyEntry) -> str:
    """Who submitted ``entry``: the NIP, else the file (two copies of one person are one peer)."""
    return entry.nip or entry.path


@batch_check("kesetaraan-tidak-seimbang")
def unequal_peers(hierarchy: Hierarchy, config: Config) -> Located:
    """Equivalent jabatan under one superior whose plans differ by more than the configured ratio.

    The lighter plan is flagged (its count times the ratio stays below the heaviest peer's), because
    that is the one to enrich; the message lists every peer so the reviewer sees the spread. Only plans of
    one period are peers: a semester SKP (a pegawai who moved in or out in July) holds half a year's work
    and is not the equal of a whole year's. A generic jabatan (``jabatan_umum``: "Pelaksana", "Staf") names
    no position, so those who write it are not known to be equivalent.
    """
    ratio = hierarchy.rules.rasio_kesetaraan
    generic = hierarchy.rules.generic_jabatan
    for superior in hierarchy.entries:
        peers: dict[tuple[str, str | None], list[HierarchyEntry]] = defaultdict(list)
        for subordinate in hierarchy.subordinates_of(superior):
            jabatan = normalize_rk(subordinate.jabatan)
            if jabatan and jabatan not in generic:
                peers[(jabatan, subordinate.periode)].append(subordinate)
        for group in peers.values():
            people = {_person(e): e for e in reversed(group)}  # one copy per person (skp-ganda)
            if len(people) < 2:
                continue
            detail = "; ".join(f"{e.nama or e.path}: {e.jumlah_rk} RK/{e.jumlah_iki} IKI"
                               for e in sorted(people.values(), key=group.index))
            for entry in group:
                others = [e for key, e in people.items() if key != _person(entry)]
                most_rk = max(e.jumlah_rk for e in others)
                most_iki = max(e.jumlah_iki for e in others)
                if entry.jumlah_rk * ratio < most_rk or entry.jumlah_iki * ratio < most_iki:
                    yield entry.path, Finding.make("kesetaraan-tidak-seimbang", entry.sheet, entry.utama_cell,
                                                   jabatan=entry.jabatan, nama_atasan=superior.nama or "-",
                                                   rincian=detail)


def batch_findings(hierarchy: Hierarchy, config: Config) -> dict[str, list[Finding]]:
    """Every registered batch check over the hierarchy, findings grouped by the file they belong to."""
    grouped: dict[str, list[Finding]] = defaultdict(list)
    for check in registered_batch_checks():
        for path, finding in run_batch_check(check, hierarchy, config):
            grouped[path].append(finding)
    return grouped
