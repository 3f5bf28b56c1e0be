"""Kop, rencana and JF checks on real workbooks: the template filled cleanly, and one defect per code.

The files are made by ``tests/data/make_defects.py`` through the template builder and the reader runs on
them exactly as on a submission, so these tests cover reading and checking together.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from skp.config import Config
from skp.findings import catalogue
from skp.models import FORM_IDS
from skp.periksa import check_path

DATA = Path(__file__).parent / "data"
SCOPES = {"kop", "rencana", "jf"}

EXPECTED: dict[str, set[tuple[str, str | None, str | None]]] = {
    "identitas-kosong": {("identitas-kosong", "SKP", "C9")},
    "nip-tidak-valid": {("nip-tidak-valid", "SKP", "C7")},
    "nip-tidak-valid_angka": {("nip-tidak-valid", "SKP", "C7")},
    "pangkat-tidak-dikenal": {("pangkat-tidak-dikenal", "SKP", "H8")},
    "jenjang-golongan-tidak-sesuai": {("jenjang-golongan-tidak-sesuai", "SKP", "C8")},
    "periode-tidak-valid": {("periode-tidak-valid", "SKP", "A3")},
    "penilai-sama-dengan-pegawai": {("penilai-sama-dengan-pegawai", "SKP", "H7")},
    "kinerja-utama-kosong": {("kinerja-utama-kosong", "SKP", "A15")},
    "rk-tanpa-iki": {("rk-tanpa-iki", "SKP", "D32")},
    "iki-tanpa-target": {("iki-tanpa-target", "SKP", "I17")},
    "target-tidak-terukur": {("target-tidak-terukur", "SKP", "I17")},
    "target-rentang-terbalik": {("target-rentang-terbalik", "SKP", "I17")},
    "aspek-tidak-valid": {("aspek-tidak-valid", "SKP", "E19")},
    "aspek-ganda": {("aspek-ganda", "SKP", "E18")},
    "rk-atasan-kosong": {("rk-atasan-kosong", "SKP", "B19")},
    "rk-berbasis-aktivitas": {("rk-berbasis-aktivitas", "SKP", "D16")},
    "target-absolut": {("target-absolut", "SKP", "I17")},
    "rk-ganda": {("rk-ganda", "SKP", "D31")},
    "satuan-tidak-sesuai-aspek": {("satuan-tidak-sesuai-aspek", "SKP", "I18")},
    "perspektif-tidak-valid": {("perspektif-tidak-valid", "SKP", "A19"),
                               ("perspektif-tidak-lengkap", "SKP", "A15")},
    "perspektif-tidak-lengkap": {("perspektif-tidak-lengkap", "SKP", "A15")},
    "kategori-penilaian-kosong": {("kategori-penilaian-kosong", "SKP", "L18")},
    "kategori-tidak-berurutan": {("kategori-tidak-berurutan", "SKP", "K17")},
    "cara-memantau-kosong": {("cara-memantau-kosong", "SKP", "P20")},
    "manual-iki-kosong": {("manual-iki-kosong", "Manual IKI", "C31")},
    "keterkaitan-ak-hilang": {("keterkaitan-ak-hilang", None, None)},
    "rk-tanpa-butir-kegiatan": {("rk-tanpa-butir-kegiatan", "SKP", "D19")},
    "angka-kredit-tidak-valid": {("angka-kredit-tidak-valid", "Keterkaitan AK", "H18")},
}


def _found(path: Path, config: Config) -> set[tuple[str, str | None, str | None]]:
    report, _ = check_path(path, config)
    return {t for t in report.flatten() if catalogue()[t[0]].lingkup in SCOPES}


@pytest.mark.parametrize("form", FORM_IDS)
def test_clean_workbook_has_no_findings(form: str, config: Config) -> None:
    assert _found(DATA / f"clean_{form}.xlsx", config) == set()


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_defect_workbook_gives_exactly_its_findings(name: str, config: Config) -> None:
    assert _found(DATA / f"defect_{name}.xlsx", config) == EXPECTED[name]


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_defect_messages_fill_every_placeholder(name: str, config: Config) -> None:
    report, _ = check_path(DATA / f"defect_{name}.xlsx", config)
    assert [f.message for f in report.findings if "{" in f.message] == []


def test_every_defect_file_is_expected_and_every_code_has_one() -> None:
    files = {p.stem.removeprefix("defect_") for p in DATA.glob("defect_*.xlsx")}
    assert files == set(EXPECTED)
    codes = {code for code, info in catalogue().items() if info.lingkup in SCOPES}
    assert {name.split("_")[0] for name in EXPECTED} == codes
