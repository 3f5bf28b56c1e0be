"""What a worker sends back for one workbook: its report plus a small hierarchy entry.

Batch checks and recaps need a few facts from every submission (who, whose subordinate, which superior
RK each Kinerja Utama RK intervenes, Matriks target splits, the score), but never the whole document:
shipping documents between processes or keeping thousands of them in memory would cost more than
reading the files. :func:`entry_from` distils a :class:`~skp.models.SkpDocument` into that summary.

A run pickles one entry per submission to disk and reads them back group by group for the batch checks
(:mod:`skp.run.join`); the recap loads them all. So the entry types are slotted dataclasses (about a
quarter of the memory of pydantic models, and quick to pickle) with their repeated short strings — sheet
names, cell references, form ids — interned; pydantic still validates and serialises them inside
:class:`~skp.run.result.FileResult` for the cache.
"""

from __future__ import annotations

import operator
import re
import sys
from dataclasses import dataclass, field, fields
from typing import TypeVar

from skp.findings import FileReport
from skp.models import MatriksKolom, MatriksPeranHasil, RencanaKinerja, SkpDocument, Target
from skp.vocab import canonical_metode

_NON_DIGIT = re.compile(r"\D+")
_BEBAN_TARGET = "pembagian-beban-target"
_Slotted = TypeVar("_Slotted", bound=type)


def _pickled_by_position(cls: _Slotted) -> _Slotted:
    """Pickle instances of a slotted dataclass as its constructor's arguments, in field order.

    The pickle support ``dataclass(slots=True)`` adds stores every field's name and restores each field
    through ``object.__setattr__``; the join unpickles every entry once per NIP group it is in. By
    position an entry pickles to about half the bytes and unpickles twice as fast, and since the class is
    called, what is restored is exactly what its constructor makes.
    """
    names = [f.name for f in fields(cls)]
    values = operator.attrgetter(*names)

    def reduce(self: object) -> tuple[type, tuple[object, ...]]:
        found = values(self)
        return cls, found if len(names) > 1 else (found,)  # one name: attrgetter gives the value itself

    cls.__reduce__ = reduce  # type: ignore[assignment,method-assign]
    return cls


def _interned(text: str | None) -> str | None:
    """One shared copy of a short string that recurs across thousands of entries (a sheet name, a cell)."""
    return sys.intern(text) if text is not None else None


def nip_digits(raw: str | None) -> str | None:
    """The NIP without separators, or None when nothing numeric was written (e.g. ``-`` for a Bupati)."""
    if not raw:
        return None
    digits = _NON_DIGIT.sub("", raw)
    return digits or None


@_pickled_by_position
@dataclass(slots=True)
class RkRef:
    """One Kinerja Utama RK: its text, the superior RK it intervenes, and where both sit."""

    text: str
    rk_atasan: str | None = None
    sheet: str | None = None
    cell: str | None = None
    atasan_cell: str | None = None
    jumlah_iki: int = 0
    target_kuantitas: float | None = None  # the kuantitas IKI's target, the RK's share of a beban split


@_pickled_by_position
@dataclass(slots=True)
class SplitPart:
    """One member's share of a beban-target split as the Matriks states it.

    ``declared`` is False for a member of a column whose member cells are all still empty: the Matriks
    names the whole and the team but leaves the parts to the members' own SKP (what ``skp kaskade`` splits
    equally); whether such a column is checked is the ``kumpulan.beban_kosong_seluruh_tim`` rule."""

    nip: str | None = None
    nama: str | None = None
    value: float | None = None
    declared: bool = True


@_pickled_by_position
@dataclass(slots=True)
class TargetSplit:
    """A Matriks column cascaded by *pembagian beban target*: the whole and its declared parts."""

    rk: str
    whole: float
    whole_raw: str
    sheet: str | None = None
    cell: str | None = None
    parts: list[SplitPart] = field(default_factory=list)


@_pickled_by_position
@dataclass(slots=True)
class Peran:
    """One Matriks column (SPEC §3.6): the koordinator's RK it cascades and the NIPs of the members given a
    result in it. A member may work in another unit; that member's column 2 then names this RK."""

    rk: str
    nips: list[str] = field(default_factory=list)


@_pickled_by_position
@dataclass(slots=True)
class HierarchyEntry:
    """The facts about one submission that batch checks and recaps need."""

    path: str
    form: str | None = None
    jenis: str | None = None
    nip: str | None = None
    nip_penilai: str | None = None
    nama: str | None = None
    nama_penilai: str | None = None
    jabatan: str | None = None
    unit_kerja: str | None = None
    instansi: str | None = None  # the agency line under the form's title
    periode: str | None = None  # comparable key: ISO start/end, or the text as written
    periode_label: str | None = None
    sheet: str | None = None
    nip_cell: str | None = None
    nip_penilai_cell: str | None = None
    utama_cell: str | None = None
    utama: list[RkRef] = field(default_factory=list)
    jumlah_rk: int = 0
    jumlah_iki: int = 0
    splits: list[TargetSplit] = field(default_factory=list)
    nilai_skp: float | None = None
    predikat: str | None = None
    rencana: bool = True  # a Rencana SKP sheet of its own (not only the RK a Penilaian sheet repeats)
    penilaian: bool = False  # a Penilaian SKP sheet
    jabatan_penilai: str | None = None  # as written: "Plh. Kepala Bidang …" tells an acting penilai
    peran: list[Peran] = field(default_factory=list)  # Matriks columns that name members by NIP


def _kuantitas_target(rk: RencanaKinerja) -> float | None:
    """The RK's quantity: the kuantitas IKI's target, else the only IKI's target (JPT forms have no aspek)."""
    targets: list[Target | None] = [i.target for i in rk.iki if i.aspek == "kuantitas"]
    if not targets and len(rk.iki) == 1:
        targets = [rk.iki[0].target]
    return _single_value(targets[0]) if targets else None


def _rk_ref(rk: RencanaKinerja, sheet: str) -> RkRef:
    return RkRef(
        text=rk.text or "",
        rk_atasan=rk.rk_atasan,
        sheet=_interned(rk.sheet or sheet),
        cell=_interned(rk.cells.get("rk") or rk.cell("rk")),
        atasan_cell=_interned(rk.cells.get("rk_atasan") or rk.cell("rk")),
        jumlah_iki=len(rk.iki),
        target_kuantitas=_kuantitas_target(rk),
    )


def _splits(document: SkpDocument) -> list[TargetSplit]:
    if document.matriks is None:
        return []
    utama = [rk.text for rk in document.rk("utama") if rk.text]
    return [split for matriks in (document.matriks, *document.matriks_lain)
            for split in _matriks_splits(matriks, utama)]


def _peran(document: SkpDocument) -> list[Peran]:
    """Every Matriks column with at least one member named by NIP, whatever its cascading method."""
    if document.matriks is None:
        return []
    utama = [rk.text for rk in document.rk("utama") if rk.text]
    found = []
    for matriks in (document.matriks, *document.matriks_lain):
        for index, kolom in enumerate(matriks.kolom):
            rk = _column_rk(kolom, utama)
            nips = [nip for a in matriks.anggota if index < len(a.hasil) and a.hasil[index]
                    and (nip := nip_digits(a.nip))]
            if rk and nips:
                found.append(Peran(rk=rk, nips=list(dict.fromkeys(nips))))
    return found


def _column_rk(kolom: MatriksKolom, utama: list[str]) -> str:
    """The RK a Matriks column cascades; a column headed only "RK ATASAN n" is the document's own n-th
    Kinerja Utama RK."""
    return kolom.rk or (utama[kolom.nomor - 1] if kolom.nomor and kolom.nomor <= len(utama) else "")


def _matriks_splits(matriks: MatriksPeranHasil, utama: list[str]) -> list[TargetSplit]:
    splits = []
    for index, kolom in enumerate(matriks.kolom):
        whole = _single_value(kolom.target)
        if kolom.target is None or whole is None or canonical_metode(kolom.metode) != _BEBAN_TARGET:
            continue
        rk = _column_rk(kolom, utama)
        parts = [
            SplitPart(nip=nip_digits(a.nip), nama=a.nama,
                      value=_single_value(a.target[index] if index < len(a.target) else None))
            for a in matriks.anggota
            if index < len(a.hasil) and a.hasil[index]
        ] or _whole_team(matriks)
        splits.append(TargetSplit(rk=rk, whole=whole, whole_raw=kolom.target.raw,
                                  sheet=kolom.sheet or matriks.sheet,
                                  cell=kolom.cells.get("target") or kolom.cell("rk"), parts=parts))
    return splits


def _whole_team(matriks: MatriksPeranHasil) -> list[SplitPart]:
    """One undeclared part per person the Matriks lists with an NIP (a person on two rows is one part)."""
    parts: dict[str, SplitPart] = {}
    for a in matriks.anggota:
        if (nip := nip_digits(a.nip)) and nip not in parts:
            parts[nip] = SplitPart(nip=nip, nama=a.nama, declared=False)
    return list(parts.values())


def _single_value(target: Target | None) -> float | None:
    """A target's number when it is one number (a range cannot be summed against a whole)."""
    return target.max if target is not None and target.is_measurable and not target.is_range else None


def _periode(document: SkpDocument) -> tuple[str | None, str | None]:
    period = document.periode
    label = " ".join(period.raw.split()) if period.raw else None
    if period.start and period.end:
        return f"{period.start.isoformat()}/{period.end.isoformat()}", label
    return (label.upper() if label else None), label


def entry_from(
    report: FileReport,
    document: SkpDocument,
    nilai_skp: float | None = None,
    predikat: str | None = None,
) -> HierarchyEntry:
    """Distil ``document`` into the entry batch checks and recaps use."""
    utama = [_rk_ref(rk, document.sheet) for rk in document.rk("utama") if rk.text]
    periode, label = _periode(document)
    return HierarchyEntry(
        path=report.path,
        form=_interned(document.form),
        jenis=_interned(document.jenis),
        nip=nip_digits(document.pegawai.nip),
        nip_penilai=nip_digits(document.penilai.nip),
        nama=document.pegawai.nama,
        nama_penilai=document.penilai.nama,
        jabatan=document.pegawai.jabatan,
        unit_kerja=_interned(document.pegawai.unit_kerja),
        instansi=_interned(document.agency),
        periode=_interned(periode),
        periode_label=_interned(label),
        sheet=_interned(document.sheet),
        nip_cell=_interned(document.pegawai.cell("nip")),
        nip_penilai_cell=_interned(document.penilai.cell("nip")),
        utama_cell=_interned(document.utama_cell),
        utama=utama,
        jumlah_rk=len(utama),
        jumlah_iki=sum(r.jumlah_iki for r in utama),
        splits=_splits(document),
        nilai_skp=nilai_skp,
        predikat=_interned(predikat),
        rencana=document.penilaian is None or document.penilaian.sheet != document.sheet,
        penilaian=document.penilaian is not None,
        jabatan_penilai=_interned(document.penilai.jabatan),
        peran=_peran(document),
    )
