"""Batch checks against the daftar pegawai (SPEC §9), run only when the run was given one (``--daftar``).

The daftar is HR's own record of who reports to whom, so it can say what the submissions alone cannot:
whether the penilai named in an SKP is the pegawai's atasan, and whether a submission belongs to anyone
HR expects at all. Both are hints, never errors: the daftar may be the stale side after a mutasi.
"""

from __future__ import annotations

from skp.checks.kumpulan import Located
from skp.checks.registry import batch_check
from skp.config import Config
from skp.findings import Finding
from skp.hierarchy.entry import HierarchyEntry
from skp.hierarchy.links import Hierarchy, period_bounds


@batch_check("pegawai-tidak-dalam-daftar")
def not_in_daftar(hierarchy: Hierarchy, config: Config) -> Located:
    """A submission whose pegawai NIP is in no row of the daftar (info). A row whose NIP lost its last
    digits, with the same name and the NIP in the range its kept digits allow, is that pegawai's row."""
    daftar = hierarchy.daftar
    if daftar is None:
        return
    for entry in hierarchy.entries:
        if entry.nip and entry.nip not in daftar.by_nip and daftar.sent_by(entry.nip, entry.nama) is None:
            yield entry.path, Finding.make("pegawai-tidak-dalam-daftar", entry.sheet, entry.nip_cell,
                                           nip=entry.nip, daftar=daftar.path)


@batch_check("penilai-tidak-sesuai-daftar")
def penilai_not_atasan(hierarchy: Hierarchy, config: Config) -> Located:
    """A submission whose penilai NIP differs from the NIP ATASAN of the pegawai's daftar row (peringatan).

    Rows without an NIP ATASAN say nothing and are skipped, and so does an SKP whose penilai has no NIP (SPEC
    §3.1: a top JPT rated by a political official, the Bupati, whose NIP is ``-``; a structural atasan in
    the daftar, the Sekretaris Daerah, is then no contradiction). So does an SKP of an earlier period whose
    pegawai also sent one of a later period rated by the daftar's atasan: the daftar is today's, the earlier
    SKP was rated before the mutasi. A pegawai the daftar lists twice (a mutasi within the year: the old
    unit's row and the new one) may be rated by the atasan of either row. An acting penilai (Plt./Plh.) who
    is not the daftar's atasan is still reported: HR either updates the daftar or checks the acting
    appointment.
    """
    daftar = hierarchy.daftar
    if daftar is None:
        return
    for entry in hierarchy.entries:
        person = daftar.by_nip.get(entry.nip) if entry.nip else None
        atasan = daftar.atasan_of(entry.nip) if person is not None and entry.nip else []
        if person is None or not atasan or entry.nip_penilai is None or entry.nip_penilai in atasan:
            continue
        if _rated_before_mutasi(hierarchy, entry, atasan):
            continue
        yield entry.path, Finding.make("penilai-tidak-sesuai-daftar", entry.sheet, entry.nip_penilai_cell,
                                       nip_penilai=entry.nip_penilai or "-",
                                       nip_atasan=person.nip_atasan or atasan[0],
                                       nama=person.nama or entry.nama or entry.nip, daftar=daftar.path,
                                       baris=person.baris_daftar)


def _rated_before_mutasi(hierarchy: Hierarchy, entry: HierarchyEntry, nip_atasan: list[str]) -> bool:
    """Whether the pegawai sent an SKP of a later period (starting after ``entry``'s ends) whose penilai
    is the daftar's atasan: ``entry`` is the SKP of the post held before the mutasi."""
    own = period_bounds(entry.periode)
    if own is None:
        return False
    for other in hierarchy.by_nip(entry.nip or ""):
        later = period_bounds(other.periode)
        if other is not entry and other.nip_penilai in nip_atasan and later is not None and later[0] > own[1]:
            return True
    return False
