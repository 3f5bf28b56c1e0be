"""The kop (SPEC §3.1) and the signature footer shared by every form sheet that carries them.

Every label comes from ``mappings/kop.yaml``: the reader finds the identity blocks by the same labels, so
what we write here is what it looks for. The footer's names and NIPs are formulas on the kop's cells, so a
form filled once signs itself.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from skp.mapping import Field_, Header
from skp.writing import styles
from skp.writing.formulas import Formula, link_formula
from skp.writing.sheet import SheetWriter, kop_slots

BLOCKS: tuple[Literal["pegawai", "penilai"], ...] = ("pegawai", "penilai")
_NAME_PROMPT = "( ........................................ )"  # where the signer's name goes when unfilled
PLACE_DATE_MESSAGE = "Tempat dan tanggal penandatanganan, mis. Sukamaju, 2 Januari 2025."


@dataclass
class KopValues:
    """What to write into the kop; ``None`` everywhere gives the blank template."""

    agency: str | None = None
    periode: str | None = None  # the text after "PERIODE PENILAIAN:"
    identity: dict[str, dict[str, str | None]] = field(default_factory=dict)  # block → field key → value


def write_kop(
    w: SheetWriter, kop: Header, title: str, values: KopValues, extra: tuple[Field_, ...] = (),
    linked: dict[tuple[str, str], str] | None = None,
) -> tuple[int, dict[tuple[str, str], str]]:
    """Title, agency and period lines, the two numbered identity blocks, then ``extra`` rows.

    An identity value not given is taken by formula from the cell ``linked`` names for it (the
    Penilaian sheet's kop from the SKP sheet's), so staff type each name and NIP once.
    Returns the first free row (after one blank row) and the value cells by (block, field key).
    """
    last = w.plan.n
    w.put(1, 1, title, styles.TITLE, last_col=last)
    w.put(2, 1, values.agency or kop.instansi.label, styles.INPUT_LINE, last_col=last)
    periode = f"{kop.periode.label}: {values.periode or '1 JANUARI SD 31 DESEMBER ....'}"
    w.put(3, 1, periode, styles.INPUT_LINE, last_col=last)
    w.ws.row_dimensions[1].height = 20
    cells: dict[tuple[str, str], str] = {}
    for block, slots in zip(BLOCKS, kop_slots(w.plan), strict=True):
        w.put(5, slots.no[0], "NO", styles.HEADER, last_col=slots.no[1])
        w.put(5, slots.label[0], kop.blocks[block].label, styles.HEADER, last_col=slots.value[1])
        for i, item in enumerate(kop.fields, start=1):
            row = 5 + i
            w.put(row, slots.no[0], i, styles.NUMBER, last_col=slots.no[1])
            w.put(row, slots.label[0], item.label, styles.LABEL, last_col=slots.label[1])
            value = values.identity.get(block, {}).get(item.key)
            if value is None and linked and (block, item.key) in linked:
                value = link_formula(linked[(block, item.key)])
            ref = w.put(row, slots.value[0], value, styles.INPUT, last_col=slots.value[1],
                        number_format=item.number_format)
            w.expect(ref, item.validation, item.input_message, item.label)
            cells[(block, item.key)] = ref
    row = 6 + len(kop.fields)
    left = kop_slots(w.plan)[0]
    for item in extra:
        row += 1
        w.put(row, left.label[0], item.label, styles.LABEL, last_col=left.label[1])
        ref = w.put(row, left.value[0], None, styles.INPUT, last_col=left.value[1],
                    number_format=item.number_format)
        w.expect(ref, item.validation, item.input_message, item.label)
    return row + 2, cells


def write_footer(w: SheetWriter, kop: Header, row: int, cells: dict[tuple[str, str], str]) -> int:
    """Place and date, then one signature block per footer label (name and NIP from the kop).

    The place-and-date cell is left empty, with an input message saying what goes there: a dotted
    prompt would read as one more table row above the signatures.
    """
    slots = kop_slots(w.plan)
    right = slots[-1]
    ref = w.put(row, right.label[0], None, styles.PLAIN_INPUT, last_col=right.value[1])
    w.expect(ref, None, PLACE_DATE_MESSAGE, "Tempat, tanggal")
    for label, slot in zip(kop.footer, slots, strict=False):
        first, last = slot.label[0], slot.value[1]
        w.put(row + 1, first, label.label, styles.SIGN_CENTER, last_col=last)
        block = next((b for b in BLOCKS if kop.blocks[b].matches(label.label)), None)
        name, nip = (cells.get((block, "nama")), cells.get((block, "nip"))) if block else (None, None)
        if name:
            w.put(row + 6, first, Formula(f'=IF({name}="","{_NAME_PROMPT}",{name})'), styles.SIGN_NAME,
                  last_col=last)
        if nip:
            w.put(row + 7, first, Formula(f'="NIP. "&{nip}'), styles.SIGN_CENTER, last_col=last)
    return row + 8
