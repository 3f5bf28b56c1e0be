"""Checks of the Format Keterkaitan SKP dengan Angka Kredit (SPEC §2.2, §3.7, §7 scope ``jf``).

The Tim Penilai Angka Kredit checks that every Kinerja Utama RK of a JF is linked to butir kegiatan with
a valid angka kredit; an unlinked RK is fixed by adding a matching RK or moving it to Kinerja Tambahan.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import pairwise

from skp.checks.registry import document_check
from skp.checks.rencana import sheet_of, written_rk
from skp.checks.rules import folded, is_blank, rules, same_folded
from skp.config import Config
from skp.findings import Finding
from skp.models import KeterkaitanAkRow, RencanaKinerja, SkpDocument


@document_check("keterkaitan-ak-hilang")
def keterkaitan_present(document: SkpDocument, config: Config) -> Iterator[Finding]:
    """A JF SKP carries its Keterkaitan; a workbook holding only the Penilaian is not asked for it (the
    Keterkaitan goes with the plan, SPEC §3.7)."""
    if document.jenis == "JF" and document.keterkaitan_ak is None and not document.plan_from_penilaian:
        yield Finding.make("keterkaitan-ak-hilang")


def _linked_rk(rows: list[KeterkaitanAkRow]) -> list[str]:
    """RK texts holding at least one butir kegiatan; a butir row under a merged RK belongs to the RK above."""
    linked: list[str] = []
    current: str | None = None
    for row in rows:
        if not is_blank(row.rencana_kinerja):
            current = row.rencana_kinerja
        if current is not None and not is_blank(row.butir_kegiatan):
            linked.append(current)
    return linked


_OPENING_WORDS = 4  # the fewest words an annex RK needs to name a longer RK by its opening


def _unlinked(
    rks: list[tuple[RencanaKinerja, str]], linked: list[str], threshold: float
) -> list[RencanaKinerja]:
    """The RK (with their folded texts) that no annex RK text names: by the same text, copy differences
    tolerated (unless the annex text is exactly another RK's: RK told apart by one name, "… ruas Sei
    Balai …" and "… ruas Aek Nauli …", are as alike as a copy difference), or else by its opening words.
    A long RK written on several lines in the SKP sheet (a first line, then "meliputi:" and its points) is
    often named in the annex by its first line only; an annex text names an RK so only when no RK has that
    text itself and it opens exactly one RK not yet named, so a short text never covers two RK."""
    exact = {text for _, text in rks}
    fuzzy = [o for o in linked if o not in exact]  # an annex text equal to an RK names that RK alone
    named = {i for i, (_, text) in enumerate(rks)
             if text in linked or any(same_folded(text, o, threshold) for o in fuzzy)}
    unnamed = [i for i in range(len(rks)) if i not in named]
    for other in linked:
        if len(other.split()) < _OPENING_WORDS:
            continue
        if any(same_folded(rks[i][1], other, threshold) for i in named):
            continue
        opened = [i for i in unnamed if rks[i][1].startswith(f"{other} ")]
        if len(opened) == 1:
            unnamed.remove(opened[0])
    return [rks[i][0] for i in unnamed]


@document_check("rk-tanpa-butir-kegiatan")
def rk_has_butir(document: SkpDocument, config: Config) -> Iterator[Finding]:
    if document.jenis != "JF" or document.keterkaitan_ak is None:
        return
    if document.column_unreadable("butir_kegiatan") or document.column_unreadable("rencana_kinerja"):
        return  # judul-tidak-dikenali names the header; the links under it were not read (SPEC §3.10)
    # Folded once and without repeats (an RK has a row per butir), not once per RK compared.
    linked = list(dict.fromkeys(folded(text) for text in _linked_rk(document.keterkaitan_ak)))
    # An annex pasted from a PDF in capitals puts each line of an RK beside its next butir, and nothing
    # there (case, a number) tells a next line from a next RK: two annex RK in a row may be one RK's lines.
    linked += [f"{first} {second}" for first, second in pairwise(linked)]
    threshold = rules(config).kemiripan_minimum
    utama = [(rk, folded(rk.text)) for rk in written_rk(document) if rk.section == "utama"]
    for rk in _unlinked(utama, linked, threshold):
        yield Finding.make("rk-tanpa-butir-kegiatan", sheet_of(rk, document), rk.cell("rk"), rk=rk.text)


def _decimals(value: float) -> int:
    """Decimal places of an angka kredit as Excel would show it (float noise beyond 10 places ignored)."""
    text = f"{value:.10f}".rstrip("0")
    return len(text.split(".")[1]) if "." in text else 0


def _angka_kredit_problem(row: KeterkaitanAkRow, max_decimals: int) -> str | None:
    if is_blank(row.angka_kredit_raw) and row.angka_kredit is None:
        return "kosong"
    if row.angka_kredit is None:
        return "bukan angka"
    if row.angka_kredit <= 0:
        return "harus lebih besar dari nol"
    if _decimals(row.angka_kredit) > max_decimals:
        return f"lebih dari {max_decimals} angka di belakang koma"
    return None


@document_check("angka-kredit-tidak-valid")
def angka_kredit_valid(document: SkpDocument, config: Config) -> Iterator[Finding]:
    """Each butir kegiatan row carries a positive angka kredit of at most three decimals (SPEC §3.7)."""
    if document.keterkaitan_ak is None or document.column_unreadable("angka_kredit"):
        return
    max_decimals = rules(config).angka_kredit_desimal_maksimum
    for row in document.keterkaitan_ak:
        if is_blank(row.butir_kegiatan):
            continue
        problem = _angka_kredit_problem(row, max_decimals)
        if problem:
            nilai = row.angka_kredit_raw if not is_blank(row.angka_kredit_raw) else row.angka_kredit
            yield Finding.make("angka-kredit-tidak-valid", row.sheet or document.keterkaitan_ak_sheet,
                               row.cell("angka_kredit"), nilai="(kosong)" if nilai is None else nilai,
                               rincian=problem)
