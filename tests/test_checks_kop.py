"""Header checks on documents built in code: one defect each, the exact (code, sheet, cell) set."""

from __future__ import annotations

from datetime import date

import pytest
from clean_documents import clean_document, found

from skp.checks.registry import run_document_checks
from skp.config import Config
from skp.findings import Severity
from skp.models import FORM_IDS


@pytest.mark.parametrize("form", FORM_IDS)
def test_clean_documents_have_no_findings(form: str) -> None:
    assert found(clean_document(form)) == set()


@pytest.mark.parametrize("field, cell", [("nama", "C8"), ("nip", "C9"), ("pangkat", "C10"),
                                         ("jabatan", "C11"),
                                         ("unit_kerja", "C12")])
def test_empty_pegawai_field(field: str, cell: str) -> None:
    document = clean_document("ja-dasar")
    setattr(document.pegawai, field, "  ")
    assert found(document) == {("identitas-kosong", "SKP", cell)}


def test_empty_penilai_name_and_dash_unit() -> None:
    document = clean_document("jf-dasar")
    document.penilai.nama = None
    document.penilai.unit_kerja = "-"
    assert found(document) == {("identitas-kosong", "SKP", "G8"), ("identitas-kosong", "SKP", "G12")}


def test_jpt_penilai_may_lack_nip_and_pangkat() -> None:
    document = clean_document("jpt-dasar")
    document.penilai.nip = None
    assert found(document) == set()


def test_jpt_exception_is_configurable() -> None:
    config = Config(rules={"pemeriksaan": {"penilai_jpt_boleh_kosong": []}})
    assert found(clean_document("jpt-pengembangan"), config) == {
        ("identitas-kosong", "SKP", "G9"), ("identitas-kosong", "SKP", "G10")}


def test_ja_penilai_must_have_nip() -> None:
    document = clean_document("ja-dasar")
    document.penilai.nip = "-"
    assert found(document) == {("identitas-kosong", "SKP", "G9")}


@pytest.mark.parametrize("nip", ["19860926 201505 2 01", "19861326 201505 2 001", "19860926 201513 2 001",
                                 "19860926 201505 3 001", "1986O926 201505 2 001"])
def test_malformed_nip(nip: str) -> None:
    document = clean_document("ja-dasar")
    document.pegawai.nip = nip
    assert found(document) == {("nip-tidak-valid", "SKP", "C9")}


def test_nip_typed_as_number_is_an_error() -> None:
    document = clean_document("ja-pengembangan")
    document.pegawai.nip = "198609262015052000"
    document.pegawai.nip_typed_as_number = True
    findings = [f for f in run_document_checks(document, Config()) if f.code == "nip-tidak-valid"]
    assert [(f.cell, f.severity) for f in findings] == [("C9", Severity.ERROR)]


def test_young_tmt_is_only_a_warning() -> None:
    document = clean_document("ja-dasar")
    document.penilai.nip = "20000312 201503 1 002"
    findings = [f for f in run_document_checks(document, Config()) if f.code == "nip-tidak-valid"]
    assert [(f.cell, f.severity) for f in findings] == [("G9", Severity.PERINGATAN)]


def test_minimum_age_comes_from_the_rules() -> None:
    document = clean_document("ja-dasar")
    document.penilai.nip = "19900412 200803 1 002"  # TMT at 17 years 11 months
    assert found(document) == {("nip-tidak-valid", "SKP", "G9")}
    assert found(document, Config(rules={"pemeriksaan": {"nip_usia_minimum": 17}})) == set()


@pytest.mark.parametrize("pangkat", ["Penata Muda Tingkat I, III/e", "Penata, III/a", "Kepala Seksi"])
def test_unknown_or_inconsistent_pangkat(pangkat: str) -> None:
    document = clean_document("ja-dasar")
    document.penilai.pangkat = pangkat
    assert found(document) == {("pangkat-tidak-dikenal", "SKP", "G10")}


@pytest.mark.parametrize("pangkat", ["PENATA MUDA TK.I/IIIb", "Penata Muda Tk.I, III/b", "III/b"])
def test_pangkat_spellings_in_the_wild(pangkat: str) -> None:
    document = clean_document("ja-dasar")
    document.pegawai.pangkat = pangkat
    assert found(document) == set()


def test_jf_jenjang_outside_golongan_range() -> None:
    document = clean_document("jf-pengembangan")
    document.pegawai.pangkat = "Pembina, IV/a"
    assert found(document) == {("jenjang-golongan-tidak-sesuai", "SKP", "C10")}


def test_jenjang_in_range_is_silent() -> None:
    document = clean_document("jf-dasar")
    document.pegawai.pangkat = "Penata Muda Tingkat I, III/b"
    assert found(document) == set()


@pytest.mark.parametrize("raw, start, end", [
    (None, None, None),
    ("1 JANUARI SD 31 DESEMBER", date(2025, 1, 1), None),
    ("31 DESEMBER SD 1 JANUARI 2025", date(2025, 12, 31), date(2025, 1, 1)),
    ("1 JULI 2024 SD 30 JUNI 2025", date(2024, 7, 1), date(2025, 6, 30)),
])
def test_invalid_period(raw: str | None, start: date | None, end: date | None) -> None:
    document = clean_document("jpt-dasar")
    document.periode.raw, document.periode.start, document.periode.end = raw, start, end
    assert found(document) == {("periode-tidak-valid", "SKP", "A4")}


def test_semester_period_is_valid() -> None:
    document = clean_document("ja-dasar")
    document.periode.start, document.periode.end = date(2021, 7, 1), date(2021, 12, 31)
    assert found(document) == set()


def test_penilai_same_as_pegawai_whatever_the_spelling() -> None:
    document = clean_document("ja-dasar")
    document.penilai.nip = "198609262015052001"
    assert found(document) == {("penilai-sama-dengan-pegawai", "SKP", "G9")}
