"""SKP workbooks of another regime sent by mistake (SPEC §3.10): PP 46/2011, Permen PANRB 6/2022.

Their labels are data (``pembacaan.ketentuan_lain`` of ``aturan.yaml``): a regime is named when the
workbook shows one of its own labels (``ciri_utama``: ``KEGIATAN TUGAS JABATAN``, ``RENCANA HASIL KERJA``)
and enough of its labels in all; when an 8/2021 Rencana SKP header was found complete as well, two of its
own labels are needed, so an 8/2021 form titled ``SASARAN KERJA PEGAWAI`` by habit stays an 8/2021 form.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from skp.mapping import normalize_label
from skp.reading.index import SheetIndex
from skp.reading.rules import OtherRegime, ReadingRules


@dataclass(frozen=True)
class RegimeSignature:
    """One regime's labels by normalised key, compiled once per session."""

    regime: OtherRegime
    own: dict[str, str]  # key → label as configured
    shared: dict[str, str]
    keys: frozenset[str]

    @classmethod
    def compile(cls, rules: ReadingRules) -> tuple[RegimeSignature, ...]:
        out = []
        for regime in rules.ketentuan_lain:
            own = {normalize_label(t): t for t in regime.ciri_utama}
            shared = {normalize_label(t): t for t in regime.ciri if normalize_label(t) not in own}
            out.append(cls(regime, own, shared, frozenset(own) | frozenset(shared)))
        return tuple(out)


def other_regime(
    indexes: Sequence[SheetIndex], signatures: Sequence[RegimeSignature], complete_8_2021: bool
) -> tuple[OtherRegime, list[str]] | None:
    """The regime the workbook belongs to and the labels that show it, or None for an 8/2021 workbook."""
    for signature in signatures:
        present: set[str] = set()
        for index in indexes:
            present |= index.label_set & signature.keys
        own = [label for key, label in signature.own.items() if key in present]
        shared = [label for key, label in signature.shared.items() if key in present]
        enough_own = len(own) >= (2 if complete_8_2021 else 1)
        if enough_own and len(own) + len(shared) >= signature.regime.minimal:
            return signature.regime, [*own, *shared]
    return None


def describe(regime: OtherRegime, labels: list[str]) -> str:
    """``"SKP PP 46/2011 (judul KEGIATAN TUGAS JABATAN, AK, BIAYA)"`` for the finding's ``{rincian}``."""
    return f"{regime.nama} (judul {', '.join(labels[:3])})"
