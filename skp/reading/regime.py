"""SKP workbooks of another regime sent by mistake (SPEC §3.10): PP 46/2011, Permen PANRB 6/2022.

Their labels are data (``pembacaan.ketentuan_lain`` of ``aturan.yaml``): a regime is named when the
workbook shows one of its own labels (``ciri_utama``: ``KEGIATAN TUGAS JABATAN``, ``RENCANA HASIL KERJA``)
and enough of its labels in all; when an 8/2021 Rencana SKP header was found complete as well, two of its
own labels are needed, so an 8/2021 form titled ``SASARAN KERJA PEGAWAI`` by habit stays an 8/2021 form.
"""

from __future__ import annotations

from collections.abc import Sequence

from skp.mapping import normalize_label
from skp.reading.index import SheetIndex
from skp.reading.rules import OtherRegime, ReadingRules


def _found(indexes: Sequence[SheetIndex], labels: list[str]) -> list[str]:
    present = [label for label in labels if any(normalize_label(label) in i.label_set for i in indexes)]
    return list(dict.fromkeys(present))


def other_regime(
    indexes: Sequence[SheetIndex], rules: ReadingRules, complete_8_2021: bool
) -> tuple[OtherRegime, list[str]] | None:
    """The regime the workbook belongs to and the labels that show it, or None for an 8/2021 workbook."""
    for regime in rules.ketentuan_lain:
        own = _found(indexes, regime.ciri_utama)
        shared = _found(indexes, regime.ciri)
        enough_own = len(own) >= (2 if complete_8_2021 else 1)
        if enough_own and len(own) + len(shared) >= regime.minimal:
            return regime, [*own, *shared]
    return None


def describe(regime: OtherRegime, labels: list[str]) -> str:
    """``"SKP PP 46/2011 (judul KEGIATAN TUGAS JABATAN, AK, BIAYA)"`` for the finding's ``{rincian}``."""
    return f"{regime.nama} (judul {', '.join(labels[:3])})"
