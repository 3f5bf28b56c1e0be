"""What a superior's SKP passes on to every draft ``skp kaskade`` writes, said before the drafts are used.

A draft copies the superior's period and identity (as pejabat penilai) and names, in column 2, the RK each
Matriks column cascades. A superior's SKP with its period empty, its own NIP missing, or a Matriks column
for an RK that is not (or no longer) in its Kinerja Utama still cascades, but every member's draft would
then be reported for it (``periode-tidak-valid``, ``identitas-kosong``, ``rk-atasan-tidak-cocok``) with
nothing in the draft to fix: the cause sits in the superior's file, so the superior is told there.
Which of the superior's own findings are passed on is the ``kaskade.temuan_diwariskan`` rule; with
``nip-tidak-valid`` among them, a member's NIP on the Matriks that is no valid NIP is said too.
"""

from __future__ import annotations

from dataclasses import dataclass

from skp.cascade.target import rules
from skp.config import Config
from skp.findings import FileReport
from skp.models import MatriksPeranHasil, SkpDocument
from skp.nip import validate_nip

_AGAIN = "perbaiki SKP atasan lalu jalankan kaskade lagi."


@dataclass(frozen=True)
class Caution:
    """A problem of the superior's workbook (``sheet``, ``cell``) that gives every draft ``code``."""

    code: str
    sheet: str | None
    cell: str | None
    message: str


def _member_nips(matriks: MatriksPeranHasil) -> list[Caution]:
    """A member's NIP on the Matriks that is no valid NIP (typed as a number, its last digits lost as
    ``…000``): that member's draft would carry it, and its file name too."""
    said = []
    for anggota in matriks.anggota:
        check = validate_nip(anggota.nip)
        if check.valid:
            continue
        cell = anggota.cells.get("nip")
        where = f" di {anggota.sheet}!{cell}" if anggota.sheet and cell else ""
        who = anggota.nama or anggota.jabatan or ""
        said.append(Caution(
            "nip-tidak-valid", anggota.sheet, cell,
            f"NIP anggota {who}{where} tidak sah ({'; '.join(check.errors)}): "
            "draf anggota itu membawanya. NIP yang diketik sebagai angka kehilangan digit terakhirnya; ketik "
            "ulang sebagai teks (awali dengan tanda petik ') di Matriks, lalu jalankan kaskade lagi.",
        ))
    return said


def cautions(
    report: FileReport, atasan: SkpDocument, matriks: MatriksPeranHasil, config: Config
) -> list[Caution]:
    """One caution per problem of ``atasan`` (read into ``report``) that every member's draft would
    inherit, ``matriks`` being the Matriks as cascading laid it out."""
    inherited = set(rules(config).temuan_diwariskan)
    own_cells = set(atasan.pegawai.cells.values())
    said = []
    for finding in report.findings:
        if finding.code not in inherited or finding.severity not in ("error", "peringatan"):
            continue
        if finding.code == "periode-tidak-valid" or finding.cell in own_cells:
            said.append(Caution(finding.code, finding.sheet, finding.cell,
                                f"{finding.message} Setiap draf anggota mewarisinya (periode dan pejabat "
                                f"penilai disalin dari SKP atasan); {_AGAIN}"))
    if "nip-tidak-valid" in inherited and atasan.matriks is not None:
        said += _member_nips(atasan.matriks)
    utama = {rk.text for rk in atasan.rk("utama") if rk.text}
    typed = {k.rk: k for k in (atasan.matriks.kolom if atasan.matriks else [])}
    for i, kolom in enumerate(matriks.kolom):
        written = any(i < len(a.hasil) and a.hasil[i] for a in matriks.anggota)
        if not kolom.rk or kolom.rk in utama or not written:
            continue
        where = typed.get(kolom.rk)
        message = (f"Kolom Matriks '{kolom.rk}' bukan RK Kinerja Utama SKP atasan: hasil di bawahnya ditulis "
                   "ke draf dengan RK atasan itu dan akan dilaporkan rk-atasan-tidak-cocok. Samakan teksnya "
                   "dengan RK di SKP atasan atau hapus kolom itu, lalu jalankan kaskade lagi.")
        said.append(Caution("rk-atasan-tidak-cocok", where.sheet if where else None,
                            where.cell("rk") if where else None, message))
    return said
