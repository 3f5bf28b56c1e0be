"""The ide baru Ya/Tidak written under the Penilaian sheet's totals (the Sangat Baik condition of the
predikat, SPEC §6.4), where no Perilaku sheet states it.

Agencies label that line in their own words: the Perilaku sheet's label (``MENGHASILKAN IDE BARU/CARA BARU
BAGI ORGANISASI``), one of its variants, or a sentence of their own around the words ``IDE BARU`` or
``INOVASI`` (``MENGHASILKAN IDE BARU YANG BERMANFAAT BAGI ORGANISASI``), each possibly with a typo. Left
unread, the predikat of a nilai kinerja of 110 or more cannot be judged, so a wrong one passes.
"""

from __future__ import annotations

from rapidfuzz.distance import OSA

from skp.mapping import Field_
from skp.models import Penilaian
from skp.reading.header import Region, Value, find_labelled_value, find_nearly_labelled_value, value_right_of
from skp.reading.index import SheetIndex
from skp.reading.rules import ReadingRules, yes_or_no
from skp.reading.session import FuzzyRules
from skp.reading.table import label_keys

_SHORT_LABEL_MAX = 12  # letters of a label short enough to be looked for inside a longer one (IDE BARU)


def read_ide_baru(
    penilaian: Penilaian, index: SheetIndex, field: Field_, rules: ReadingRules, stated_elsewhere: bool
) -> None:
    """Set the Penilaian's ide baru from its sheet (``index``): labelled as the Perilaku sheet labels it,
    under the IKI rows only, so that no RK or IKI text is taken for its label. On a Penilaian with some
    realisasi written (a blank one has no predikat to judge) whose Perilaku sheet does not state the ide
    baru (``stated_elsewhere``), also a label written with a typo (``MENGHAISLKAN IDE BARU``), else a line
    holding one of the short labels nearly (:func:`_worded_line`)."""
    last = max((row.row or 0 for row in penilaian.rows), default=0)  # under the table: no IKI text is read
    under = Region(last, index.grid.n_rows)
    found = find_labelled_value(index, field, under, frozenset(), ordinals=False)
    if found is None and penilaian.started and not stated_elsewhere:
        found = find_nearly_labelled_value(index, field, under, frozenset(), ordinals=False) or _worded_line(
            index, field, under, rules)
    if found is None or found.text is None:
        return
    penilaian.ide_baru_tertulis = found.text
    penilaian.ide_baru = yes_or_no(found.text, rules)
    penilaian.cells["ide_baru_tertulis"] = found.cell


def _worded_line(index: SheetIndex, field: Field_, region: Region, rules: ReadingRules) -> Value | None:
    """The first line of ``region`` whose label holds one of the field's short labels (``IDE BARU``,
    ``INOVASI``), also with one typo (``IDE BAUR``), and whose value is a Ya or a Tidak: only that answer
    makes such a sentence the ide baru's line."""
    parts = [k for k in label_keys(field) if len(k) <= _SHORT_LABEL_MAX]
    fuzzy = index.session.fuzzy
    for r in range(region.r0, min(region.r1, index.grid.n_rows)):
        for c, key in index.row_keys(r):
            if not region.holds(r, c) or not any(_nearly_holds(key, part, fuzzy) for part in parts):
                continue
            value = value_right_of(index, r, c, c_end=region.c1, ordinals=False)
            if value.text is not None and yes_or_no(value.text, rules) is not None:
                return value
    return None


def _nearly_holds(key: str, part: str, fuzzy: FuzzyRules) -> bool:
    """Whether ``part`` stands in ``key``, or (by the session's rules for near-words) one typo away from a
    stretch of it."""
    if part in key:
        return True
    if not fuzzy.one_typo or len(part) < fuzzy.min_length:
        return False
    n = len(part)
    return any(OSA.distance(key[i:i + m], part, score_cutoff=1) <= 1
               for m in (n - 1, n, n + 1) for i in range(len(key) - m + 1))
