"""Scores of one workbook: every IKI, every RK and the totals, from its Penilaian and Perilaku parts.

This is what ``skp nilai`` prints and what the Penilaian checks compare the written values against.
A number that cannot be computed (no realisasi, no measurable target, a missing perilaku aspect) is
``None``, and so is everything that depends on it: a partial Nilai SKP would be a wrong one.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, Literal

from pydantic import BaseModel, Field

from skp.config import Config
from skp.models import PenilaianRow, Perilaku, Section, SkpDocument
from skp.numbers import mentions_date, parse_number
from skp.scoring import engine
from skp.scoring.settings import ScoringSettings
from skp.vocab import canonical_aspek, names_rencana_aksi

JenisRk = Literal["perjanjian-kinerja", "rencana-aksi"]


class IkiScore(BaseModel):
    """One IKI row: what was written and what follows from it."""

    sheet: str | None
    row: int | None
    section: Section
    rk: str | None
    iki: str | None
    target: str | None  # as written
    realisasi: float | None
    capaian: float | None  # percent, unrounded
    capaian_bulat: float | None  # percent as banded (whole percent by default)
    kategori: engine.Kategori | None
    nilai: float | None


class RkScore(BaseModel):
    """One RK: the mean (by default) of its IKI nilai and its share of the totals."""

    sheet: str | None
    row: int | None
    section: Section
    rk: str | None
    jenis: JenisRk | None  # JPT only
    nilai: float | None
    kategori: engine.Kategori | None
    nilai_tertimbang: float | None  # share of Nilai Kinerja Utama, or the Kinerja Tambahan item


class DocumentScore(BaseModel):
    """Everything ``skp nilai`` reports for one workbook."""

    iki: list[IkiScore] = Field(default_factory=list)
    rk: list[RkScore] = Field(default_factory=list)
    nilai_kinerja_utama: float | None = None
    nilai_kinerja_tambahan: float | None = None
    nilai_skp: float | None = None
    nilai_perilaku: float | None = None
    nilai_kinerja: float | None = None
    predikat: str | None = None

    def to_contract(self, path: str) -> dict[str, Any]:
        """The ``skp nilai --format json`` entry of one file, keys in contract order."""
        return {
            "path": path,
            "iki": [
                {"sheet": s.sheet, "row": s.row, "target": s.target, "realisasi": s.realisasi,
                 "capaian": s.capaian, "kategori": s.kategori, "nilai": s.nilai}
                for s in self.iki
            ],
            "nilai_skp": self.nilai_skp,
            "nilai_perilaku": self.nilai_perilaku,
            "nilai_kinerja": self.nilai_kinerja,
            "predikat": self.predikat,
        }


def is_rencana_aksi(jenis_rk: str | None) -> bool:
    """JENIS RK of a JPT RK: "Rencana Aksi" as agencies write it (``RA``, ``Renaksi``, ``Inisiatif
    Strategis``: :func:`~skp.vocab.names_rencana_aksi`); anything else, blank included, is Perjanjian
    Kinerja."""
    return names_rencana_aksi(jenis_rk)


def score_iki(row: PenilaianRow, settings: ScoringSettings) -> IkiScore:
    """Capaian, kategori and nilai of one IKI row."""
    lower_is_better = canonical_aspek(row.aspek) in settings.lower_is_better
    target = row.target
    capaian = banded = kategori = nilai = None
    # A deadline ("Desember 2025", "s.d. 31 Maret 2025") is a date, not an amount: its year or day divided
    # by the realisasi's is no capaian, so none is computed rather than a wrong one.
    if target is not None and row.realisasi is not None and not mentions_date(target.raw):
        capaian = engine.capaian_iki(target, row.realisasi, lower_is_better)
    if target is not None and capaian is not None:
        banded = engine.banded_capaian(capaian, settings)
        maximum_met = banded >= 100 and engine.is_maximum_target(target, lower_is_better, settings)
        kategori, nilai = engine.kategori_nilai_iki(capaian, settings, maximum_met)
    return IkiScore(
        sheet=row.sheet, row=row.row, section=row.section, rk=row.rk, iki=row.iki,
        target=row.target.raw if row.target is not None else None, realisasi=row.realisasi,
        capaian=capaian, capaian_bulat=banded, kategori=kategori, nilai=nilai,
    )


def _rk_key(row: PenilaianRow) -> str | None:
    """The RK a row belongs to: the reader's RK cell (one per block, even for twin texts), else its text."""
    return row.cells.get("rk") or row.rk


def group_rk(rows: list[PenilaianRow]) -> Iterator[list[PenilaianRow]]:
    """Consecutive IKI rows of one RK: a new RK starts with a new section or a different RK.

    A row without RK text continues the RK above it (the RK cell is merged over its IKI rows).
    """
    group: list[PenilaianRow] = []
    for row in rows:
        key = _rk_key(row)
        if group and (row.section != group[0].section or (key is not None and key != _rk_key(group[0]))):
            yield group
            group = []
        group.append(row)
    if group:
        yield group


def _rk_score(rows: list[PenilaianRow], iki: list[IkiScore], jpt: bool, settings: ScoringSettings) -> RkScore:
    known = [s.nilai for s in iki if s.nilai is not None]
    nilai = engine.nilai_rk(known, settings) if len(known) == len(iki) else None
    first = rows[0]
    jenis: JenisRk | None = None
    if jpt:
        jenis = "rencana-aksi" if is_rencana_aksi(first.jenis_rk) else "perjanjian-kinerja"
    return RkScore(
        sheet=first.sheet, row=first.row, section=first.section, rk=first.rk, jenis=jenis, nilai=nilai,
        kategori=None if nilai is None else engine.kategori_for_nilai(nilai, settings), nilai_tertimbang=None,
    )


def weigh(rks: list[RkScore], settings: ScoringSettings) -> tuple[list[RkScore], float | None, float | None]:
    """Each RK's share of the totals, and Nilai Kinerja Utama and Tambahan (``None`` when incomplete).

    Both totals are sums of the shares, as the template's NILAI TERTIMBANG column adds up. The Penilaian
    checks weigh RK nilai as written with it too, so a written Nilai Akhir is judged by the same weighting.
    """
    utama = [r for r in rks if r.section == "utama"]
    count_ra = sum(r.jenis == "rencana-aksi" for r in utama)
    count_pk = len(utama) - count_ra
    weighed: list[RkScore] = []
    for rk in rks:
        share = None
        if rk.nilai is not None and rk.section == "tambahan":
            share = engine.tambahan_item(rk.nilai, settings)
        elif rk.nilai is not None:
            share = engine.utama_share(rk.nilai, rk.jenis == "rencana-aksi", count_pk, count_ra, settings)
        weighed.append(rk.model_copy(update={"nilai_tertimbang": share}))
    utama_shares = [r.nilai_tertimbang for r in weighed if r.section == "utama"]
    tambahan_shares = [r.nilai_tertimbang for r in weighed if r.section == "tambahan"]
    kinerja_utama = _total(utama_shares) if utama_shares else None
    kinerja_tambahan = _total(tambahan_shares)
    if kinerja_tambahan is not None:
        kinerja_tambahan = min(kinerja_tambahan, settings.tambahan.cap)
    return weighed, kinerja_utama, kinerja_tambahan


def _total(shares: list[float | None]) -> float | None:
    """Sum of the shares, ``None`` when one of them is missing."""
    return None if any(s is None for s in shares) else sum(s for s in shares if s is not None)


def stated_ide_baru(document: SkpDocument) -> bool | None:
    """Whether the workbook says the pegawai produced a new idea or method (the Sangat Baik condition of
    PP 30/2019 Pasal 41): the Perilaku sheet's row, else the one beside the Penilaian sheet's totals;
    None when neither says."""
    perilaku, penilaian = document.perilaku, document.penilaian
    if perilaku is not None and ("ide_baru" in perilaku.cells or perilaku.ide_baru):
        return perilaku.ide_baru
    return penilaian.ide_baru if penilaian is not None else None


def _perilaku(perilaku: Perilaku | None, settings: ScoringSettings) -> float | None:
    if perilaku is None:
        return None
    aspects = perilaku.model_dump(include={str(key) for key in settings.perilaku_weights})
    return engine.nilai_perilaku(aspects, settings)


def score_document(
    document: SkpDocument, config: Config, settings: ScoringSettings | None = None
) -> DocumentScore:
    """Score one read workbook per SPEC §6 with the agency's settings (section ``penilaian``), or with
    ``settings`` when a check scores one of the other readings it accepts."""
    if settings is None:
        settings = config.section("penilaian", ScoringSettings)
    nilai_perilaku = _perilaku(document.perilaku, settings)
    if nilai_perilaku is None and document.penilaian is not None:
        # aspects rated in words (or not on the sheet): the agency's own written nilai perilaku
        nilai_perilaku = parse_number(document.penilaian.nilai_perilaku_tertulis)
    if document.penilaian is None:
        return DocumentScore(nilai_perilaku=nilai_perilaku)
    iki: list[IkiScore] = []
    rks: list[RkScore] = []
    for rows in group_rk(document.penilaian.rows):
        scores = [score_iki(row, settings) for row in rows]
        iki.extend(scores)
        rks.append(_rk_score(rows, scores, document.jenis == "JPT", settings))
    rks, kinerja_utama, kinerja_tambahan = weigh(rks, settings)
    nilai_skp = nilai_kinerja = predikat = None
    if kinerja_utama is not None and kinerja_tambahan is not None:
        nilai_skp = engine.nilai_skp(kinerja_utama, kinerja_tambahan, settings)
    if nilai_skp is not None and nilai_perilaku is not None:
        nilai_kinerja = engine.nilai_kinerja(nilai_skp, nilai_perilaku, settings)
        ide_baru = bool(stated_ide_baru(document))
        predikat = engine.predikat(nilai_kinerja, ide_baru, settings)
    return DocumentScore(
        iki=iki, rk=rks, nilai_kinerja_utama=kinerja_utama, nilai_kinerja_tambahan=kinerja_tambahan,
        nilai_skp=nilai_skp, nilai_perilaku=nilai_perilaku, nilai_kinerja=nilai_kinerja, predikat=predikat,
    )
