"""Every Kinerja Utama IKI of the plan has its row on the Penilaian sheet (SPEC §7 ``realisasi-kosong``).

Staff who need one more IKI insert a row on the SKP sheet (skp's own template tells them how) and do not
always insert the same row on the Penilaian sheet, whose rows take RK, IKI and target from the SKP sheet row
by row: that IKI then has no row there, hence no realisasi, and the Nilai SKP leaves it out without a word.

Reported only where sure: the Penilaian is under way, every IKI row on it is found once in the plan (so it is
this plan's Penilaian, read whole), and no row names the missing IKI even loosely. Kinerja Tambahan is left
to the reviewer (agencies score it apart). The finding stands at the IKI on the SKP sheet, the one place it
is written.
"""

from __future__ import annotations

from collections.abc import Iterator

from skp.checks.penilaian import is_started
from skp.checks.penilaian_target import plan_iki, plan_ikis
from skp.checks.registry import document_check
from skp.checks.rencana import sheet_of
from skp.checks.rules import folded, is_blank, rules, same_folded
from skp.config import Config
from skp.findings import Finding, location_phrase
from skp.models import SkpDocument


@document_check("realisasi-kosong")
def every_iki_has_its_row(document: SkpDocument, config: Config) -> Iterator[Finding]:
    """A Kinerja Utama IKI with a target that no row of a started Penilaian repeats."""
    penilaian = document.penilaian
    if penilaian is None or not is_started(penilaian):
        return
    threshold = rules(config).kemiripan_minimum
    plan = plan_ikis(document)
    rows = [row for row in penilaian.rows if not is_blank(row.iki)]
    if not rows or any(is_blank(row.iki) and row.target is not None for row in penilaian.rows):
        return  # a row whose IKI was not read: the Penilaian is not read whole
    covered = set()
    for row in rows:
        iki = plan_iki(row, plan, threshold)
        if iki is None:
            return  # a row that is not this plan's: not sure which IKI the sheet means
        covered.add(id(iki))
    texts = [folded(row.iki) for row in rows]
    for rk, iki, key in plan:
        if rk.section != "utama" or id(iki) in covered or iki.target is None or is_blank(iki.target.raw):
            continue
        if any(same_folded(text, key, threshold) for text in texts):
            continue
        sheet, cell = sheet_of(iki, document), iki.cell("iki")
        where = (f"{location_phrase(penilaian.sheet, None)} (IKI ini belum punya baris di sana; IKI-nya di "
                 f"{location_phrase(sheet, cell)})")
        yield Finding.make("realisasi-kosong", sheet, cell, iki=iki.text or "", lokasi=where)
