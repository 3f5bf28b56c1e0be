"""An :class:`~skp.models.SkpDocument` as the values each sheet of its form should show.

This is the inverse of the reader: every mapping key the reader fills a model field from is written here
from that field, so a filled workbook reads back as the same document. Staff write aspek and perspektif
as words, so canonical ids are turned back into the dropdown's wording; numbers stay numbers.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from skp.models import Identity, Iki, PenilaianRow, Period, RencanaKinerja, Section, SkpDocument, Target
from skp.vocab import (
    VALIDATION_LISTS,
    canonical_aspek,
    canonical_jenis_penyelarasan,
    canonical_metode,
    canonical_perspektif,
)
from skp.writing.kop import BLOCKS, KopValues
from skp.writing.table import Block

_KATEGORI = "kategori_"
MONTHS = ("JANUARI", "FEBRUARI", "MARET", "APRIL", "MEI", "JUNI", "JULI", "AGUSTUS", "SEPTEMBER", "OKTOBER",
          "NOVEMBER", "DESEMBER")


@dataclass
class FormContent:
    """Per-sheet values of one filled form; empty collections mean "nothing to write"."""

    kop: KopValues = field(default_factory=KopValues)
    rencana: dict[Section, list[Block]] = field(default_factory=dict)
    penilaian: dict[Section, list[Block]] = field(default_factory=dict)
    penilaian_totals: dict[str, Any] = field(default_factory=dict)
    keterkaitan: dict[Section, list[Block]] = field(default_factory=dict)
    manual_iki: list[dict[str, Any]] = field(default_factory=list)
    matriks_kolom: list[dict[str, Any]] = field(default_factory=list)
    matriks_anggota: list[dict[str, Any]] = field(default_factory=list)
    perilaku: dict[str, Any] = field(default_factory=dict)


def _wording(list_name: str, canonical: Any, value: str | None) -> str | None:
    """The dropdown entry that canonicalises to ``value``: ``"kuantitas"`` → ``"Kuantitas"``."""
    if value is None:
        return None
    return next((item for item in VALIDATION_LISTS[list_name] if canonical(item) == value), value)


def period_text(periode: Period) -> str | None:
    """``1 JANUARI SD 31 DESEMBER 2025``: what follows ``PERIODE PENILAIAN:``."""
    if periode.raw:
        return periode.raw
    if periode.start and periode.end:
        return f"{_day(periode.start)} SD {_day(periode.end)}"
    return None


def _day(d: date) -> str:
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def _identity(identity: Identity) -> dict[str, str | None]:
    return {"nama": identity.nama, "nip": identity.nip, "pangkat": identity.pangkat,
            "jabatan": identity.jabatan, "unit_kerja": identity.unit_kerja}


def _target(target: Target | None) -> str | None:
    return target.raw if target else None


def _number_or_text(raw: str | None, number: float | None) -> Any:
    """A bare number is written as a number (as staff type it); anything with words or units as text."""
    if raw is None:
        return number
    if number is not None and raw.strip().replace(",", ".").replace(".", "", 1).isdigit():
        return number
    return raw


def _rencana_block(rk: RencanaKinerja) -> Block:
    cm = rk.cara_memantau
    rk_values = {
        "no": int(rk.no) if rk.no and rk.no.isdigit() else rk.no,  # a typed number, not "number as text"
        "rk_atasan": rk.rk_atasan,
        "rk": rk.text,
        "perspektif": rk.perspektif_raw or _wording("perspektif", canonical_perspektif, rk.perspektif),
        "cm_data": cm.data if cm else None,
        "cm_sumber_data": cm.sumber_data if cm else None,
        "cm_waktu": cm.waktu_pengumpulan if cm else None,
    }
    return Block(rk=rk_values, iki=[_iki_values(iki) for iki in rk.iki])


def _iki_values(iki: Iki) -> dict[str, Any]:
    k = iki.kategori
    return {
        "aspek": iki.aspek_raw or _wording("aspek", canonical_aspek, iki.aspek),
        "iki": iki.text,
        "target": _target(iki.target),
        "kategori_sangat_kurang": k.sangat_kurang if k else None,
        "kategori_kurang": k.kurang if k else None,
        "kategori_cukup": k.cukup if k else None,
        "kategori_baik": k.baik if k else None,
        "kategori_sangat_baik": k.sangat_baik if k else None,
    }


def _kategori_values(iki: Iki) -> dict[str, Any]:
    return {k: v for k, v in _iki_values(iki).items() if k.startswith(_KATEGORI)}


def _penilaian_values(row: PenilaianRow, no: int, kategori: dict[tuple, dict[str, Any]]) -> dict[str, Any]:
    return {
        **kategori.get((row.section, row.rk, row.iki), {}),
        "no": no,
        "rk_atasan": row.rk_atasan,
        "rk": row.rk,
        "perspektif": row.perspektif,
        "jenis_rk": row.jenis_rk,
        "aspek": row.aspek,
        "iki": row.iki,
        "target": _target(row.target),
        "realisasi": _number_or_text(row.realisasi_raw, row.realisasi),
        "capaian_iki": row.capaian_tertulis,
        "kategori_capaian_iki": row.kategori_tertulis,
        "nilai_capaian_iki": row.nilai_iki_tertulis,
        "kategori_capaian_rk": row.kategori_rk_tertulis,
        "nilai_capaian_rk": row.nilai_rk_tertulis,
    }


def _penilaian_blocks(rows: list[PenilaianRow], rencana: list[RencanaKinerja]) -> dict[Section, list[Block]]:
    """Consecutive rows of the same section and RK form one RK block.

    The kategori columns (Model Pengembangan) are copied from the plan's IKI of the same RK and text,
    as staff copy them: the Penilaian sheet shows the standard each realisasi is judged against.
    """
    kategori = {
        (rk.section, rk.text, iki.text): _kategori_values(iki)
        for rk in rencana for iki in rk.iki
    }
    blocks: dict[Section, list[Block]] = {"utama": [], "tambahan": []}
    previous: tuple[Section, str | None] | None = None
    for row in rows:
        key = (row.section, row.rk)
        section_blocks = blocks[row.section]
        if key != previous or not section_blocks:
            values = _penilaian_values(row, len(section_blocks) + 1, kategori)
            section_blocks.append(Block(rk=values, iki=[values]))
        else:
            section_blocks[-1].iki.append(_penilaian_values(row, len(section_blocks), kategori))
        previous = key
    return blocks


def content_of(document: SkpDocument) -> FormContent:
    """Everything ``document`` says, keyed as the mappings key it."""
    content = FormContent()
    content.kop = KopValues(
        agency=document.agency,
        periode=period_text(document.periode),
        identity={block: _identity(getattr(document, block)) for block in BLOCKS},
    )
    content.rencana = {
        section: [_rencana_block(rk) for rk in document.rk(section)] for section in ("utama", "tambahan")
    }
    if document.penilaian:
        content.penilaian = _penilaian_blocks(document.penilaian.rows, document.rencana)
        content.penilaian_totals = {
            "nilai_akhir_skp": document.penilaian.nilai_akhir_tertulis,
            "predikat": document.penilaian.predikat_tertulis,
        }
    if document.keterkaitan_ak:
        content.keterkaitan = {"utama": _keterkaitan_blocks(document)}
    content.manual_iki = [m.model_dump(exclude={"sheet", "row", "cells"}) for m in document.manual_iki or []]
    if document.matriks:
        content.matriks_kolom = [
            {"rk": k.rk,
             "jenis_penyelarasan": _wording("jenis-penyelarasan", canonical_jenis_penyelarasan,
                                            k.jenis_penyelarasan),
             "metode": _wording("metode-kaskade", canonical_metode, k.metode) if k.metode else None,
             "target": _target(k.target)}
            for k in document.matriks.kolom
        ]
        content.matriks_anggota = [
            {"nama": a.nama, "nip": a.nip, "jabatan": a.jabatan, "hasil": list(a.hasil)}
            for a in document.matriks.anggota
        ]
    if document.perilaku:
        p = document.perilaku
        content.perilaku = p.model_dump(exclude={"sheet", "row", "cells", "ide_baru"})
        content.perilaku["ide_baru"] = VALIDATION_LISTS["ya-tidak"][0 if p.ide_baru else 1]
    return content


def _keterkaitan_blocks(document: SkpDocument) -> list[Block]:
    """Consecutive butir rows of the same RK form one block."""
    blocks: list[Block] = []
    for row in document.keterkaitan_ak or []:
        values = {
            "butir_kegiatan": row.butir_kegiatan,
            "output": row.output,
            "angka_kredit": row.angka_kredit if row.angka_kredit is not None else row.angka_kredit_raw,
        }
        if blocks and blocks[-1].rk.get("rencana_kinerja") == row.rencana_kinerja:
            blocks[-1].iki.append(values)
        else:
            rk_values = {"no": len(blocks) + 1, "rencana_kinerja": row.rencana_kinerja}
            blocks.append(Block(rk=rk_values, iki=[values]))
    return blocks
