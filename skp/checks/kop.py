"""Checks of the header block (SPEC §3.1, §7 scope ``kop``): identities, NIP, pangkat, jenjang, period.

The header is what links a submission to a person and a period, so a wrong NIP or period breaks every
later step (duplicates, superior matching, recap). A top JPT is rated by a political official (e.g. a
Bupati) without NIP or pangkat, so those penilai fields may be empty or ``-`` (configurable); so may they on
any form whose penilai's jabatan names such an office (a Camat rated by the Bupati).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Literal

from skp.checks.registry import document_check
from skp.checks.rules import is_blank, rules
from skp.config import Config
from skp.findings import Finding, Severity
from skp.jabatan_fungsional import catalogue_for, title_words
from skp.models import Identity, SkpDocument
from skp.nip import is_pppk_nip, normalize_nip, validate_nip
from skp.pangkat import JENJANG, golongan_in_range, jenjang_of, parse_pangkat, pppk_golongan

Pihak = Literal["pegawai", "penilai"]
PIHAK_TEXT: dict[Pihak, str] = {"pegawai": "pegawai yang dinilai", "penilai": "pejabat penilai kinerja"}


def _identities(document: SkpDocument) -> Iterator[tuple[Pihak, Identity]]:
    yield "pegawai", document.pegawai
    yield "penilai", document.penilai


def _may_be_empty(
    document: SkpDocument, pihak: Pihak, identity: Identity, field: str, config: Config
) -> bool:
    """The JPT exception of SPEC §3.1 (a political penilai has no NIP or pangkat), on any form whose penilai
    holds a political office (:func:`_political`), and a PPPK's pangkat (by the NIP: a PPPK holds no pangkat
    of PP 99/2000, so its cell is often left "-")."""
    checks = rules(config)
    if pihak == "penilai" and field in checks.penilai_jpt_boleh_kosong and (
        document.jenis == "JPT" or _political(identity.jabatan, checks.jabatan_politik)
    ):
        return True
    return field == "pangkat" and checks.pppk_pangkat_boleh_kosong and is_pppk_nip(identity.nip)


_ACTING = (("plt",), ("plh",), ("pelaksana", "tugas"), ("pelaksana", "harian"))


def _political(jabatan: str | None, offices: tuple[str, ...]) -> bool:
    """Whether a jabatan is a political office of ``pemeriksaan.jabatan_politik`` ("Bupati Sleman", "Plt.
    Wali Kota Malang"): the office opens it, so "Staf Ahli Bupati" and "Pj. Bupati", held by civil servants
    with an NIP, are not."""
    words = title_words(jabatan)
    for acting in _ACTING:
        if words[: len(acting)] == acting:
            words = words[len(acting):]
            break
    return any(words[: len(office)] == office for office in map(title_words, offices) if office)


def _sheet(identity: Identity, document: SkpDocument) -> str:
    return identity.sheet or document.sheet


@document_check("identitas-kosong")
def identity_complete(document: SkpDocument, config: Config) -> Iterator[Finding]:
    """Every identity field the kop mapping marks ``required`` is filled, for both parties."""
    required = [f for f in config.mappings.kop.fields if f.required]
    for pihak, identity in _identities(document):
        for field in required:
            empty = is_blank(getattr(identity, field.key))
            cell = identity.cells.get(field.key)  # the value's own cell, never another field's
            # An unplaced label (judul-tidak-dikenali) or a placeholder (templat-belum-diisi) says it instead.
            said = document.field_unreadable(pihak, field.key) or (
                cell is not None and cell in document.placeholders
            )
            if empty and not said and not _may_be_empty(document, pihak, identity, field.key, config):
                yield Finding.make("identitas-kosong", _sheet(identity, document), cell,
                                   field=field.label, pihak=PIHAK_TEXT[pihak])


@document_check("nip-tidak-valid")
def nip_valid(document: SkpDocument, config: Config) -> Iterator[Finding]:
    """NIP form per SPEC §5. A TMT younger than the minimum age is only a reviewer's warning."""
    min_age = rules(config).nip_usia_minimum
    for pihak, identity in _identities(document):
        if is_blank(identity.nip):
            continue
        check = validate_nip(identity.nip, typed_as_number=identity.nip_typed_as_number, min_age=min_age)
        where = (_sheet(identity, document), identity.cell("nip"))
        if check.errors:
            yield Finding.make("nip-tidak-valid", *where, pihak=PIHAK_TEXT[pihak], nip=identity.nip,
                               rincian="; ".join(check.errors))
        elif check.warnings:
            finding = Finding.make("nip-tidak-valid", *where, pihak=PIHAK_TEXT[pihak], nip=identity.nip,
                                   rincian="; ".join(check.warnings))
            yield finding.model_copy(update={"severity": Severity.PERINGATAN})


@document_check("pangkat-tidak-dikenal")
def pangkat_known(document: SkpDocument, config: Config) -> Iterator[Finding]:
    """Pangkat and golongan exist in PP 99/2000 and agree with each other. A PPPK (by the NIP) writes the
    PPPK golongan instead (configurable, ``golongan_pppk``). The political penilai of a JPT (no NIP, SPEC
    §3.1) holds no pangkat, so what stands in its cell (``Pejabat Negara``) is not one to check."""
    pppk_allowed = rules(config).golongan_pppk
    for pihak, identity in _identities(document):
        if is_blank(identity.pangkat):
            continue
        if is_blank(identity.nip) and _may_be_empty(document, pihak, identity, "pangkat", config):
            continue
        if pppk_golongan(identity.pangkat, pppk_allowed) and (
            is_pppk_nip(identity.nip) or _nip_unreadable(identity)
        ):
            continue  # a PPPK's golongan; with a mistyped number nip-tidak-valid says it, once
        problem = parse_pangkat(identity.pangkat).problem
        if problem:
            yield Finding.make("pangkat-tidak-dikenal", _sheet(identity, document), identity.cell("pangkat"),
                               pihak=PIHAK_TEXT[pihak], pangkat=identity.pangkat, rincian=problem)


def _nip_unreadable(identity: Identity) -> bool:
    """Whether the NIP is blank or malformed, so whether its holder is a PNS or a PPPK is unknown."""
    if is_blank(identity.nip):
        return True
    return bool(validate_nip(identity.nip, typed_as_number=identity.nip_typed_as_number).errors)


@document_check("jenjang-golongan-tidak-sesuai")
def jenjang_matches_golongan(document: SkpDocument, config: Config) -> Iterator[Finding]:
    """A JF jenjang named in the jabatan bounds the golongan (SPEC §5); either party may hold a JF."""
    for pihak, identity in _identities(document):
        jenjang = jenjang_of(identity.jabatan, catalogue_for(config))
        golongan = parse_pangkat(identity.pangkat).golongan if not is_blank(identity.pangkat) else None
        if jenjang is None or golongan is None or golongan_in_range(golongan, jenjang):
            continue
        low, high = JENJANG[jenjang]
        yield Finding.make("jenjang-golongan-tidak-sesuai", _sheet(identity, document),
                           identity.cell("pangkat"), jenjang=jenjang, pihak=PIHAK_TEXT[pihak],
                           golongan=golongan, rentang=low if low == high else f"{low}–{high}")


def _period_problem(document: SkpDocument) -> str | None:
    periode = document.periode
    if is_blank(periode.raw):
        return "kosong"
    if periode.start is None or periode.end is None:
        return f"('{periode.raw}') tidak dapat dibaca"
    if periode.start > periode.end:
        return f"('{periode.raw}') terbalik: tanggal awal sesudah tanggal akhir"
    if periode.start.year != periode.end.year:
        return f"('{periode.raw}') tidak berada dalam satu tahun kalender"
    return None


@document_check("periode-tidak-valid")
def period_valid(document: SkpDocument, config: Config) -> Iterator[Finding]:
    """The period is present, in order and inside one calendar year (SPEC §3.1)."""
    problem = _period_problem(document)
    if problem:
        yield Finding.make("periode-tidak-valid", document.periode.sheet or document.sheet,
                           document.periode.cell("raw"), rincian=problem)


@document_check("penilai-sama-dengan-pegawai")
def penilai_is_not_pegawai(document: SkpDocument, config: Config) -> Iterator[Finding]:
    """Nobody rates their own SKP: the penilai's NIP differs from the pegawai's."""
    nip = normalize_nip(document.pegawai.nip)
    if nip is not None and nip == normalize_nip(document.penilai.nip):
        yield Finding.make("penilai-sama-dengan-pegawai", _sheet(document.penilai, document),
                           document.penilai.cell("nip"), nip=document.penilai.nip)
