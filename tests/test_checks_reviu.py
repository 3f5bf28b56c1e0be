"""The checks on agency forms as really filled (SPEC §3.10, issue 12): no false alarm, every real defect.

The workbooks are made by ``tests/data/make_reviu.py``: a JF Model Pengembangan reviu form with aspek
"IKI (Kuantitas)"/"Kual/Mutu"/"Waktu (bulan)", KATEGORI PENILAIAN reduced to CUKUP and SANGAT BAIK (the
TARGET stands for BAIK) or written with three, four or five levels, and a JF title without "Ahli". Clean
variants must give no finding at all; each defect variant exactly its own. The table header is on rows
13–14, the IKI rows of Kinerja Utama on rows 17–21 (columns E IKI, F–G target angka | satuan, H… kategori).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from skp.config import Config
from skp.periksa import check_path

DATA = Path(__file__).parent / "data"
SHEET = "SKP JF"

CLEAN = ["reviu_bersih_cukup_sangat_baik", "reviu_bersih_lima_tingkat", "reviu_bersih_empat_tingkat",
         "reviu_bersih_tiga_tingkat", "reviu_bersih_jf_tanpa_ahli"]
DEFECTS = {
    # SANGAT BAIK "120" for the target 120 SK (row 17, SANGAT BAIK in column I).
    "reviu_cacat_sangat_baik_sama_dengan_target": {("kategori-tidak-membedakan", SHEET, "I17")},
    # Target 12 orang inside CUKUP "> 10" (row 20, CUKUP in column H).
    "reviu_cacat_target_dalam_cukup": {("kategori-tidak-membedakan", SHEET, "H20")},
    # Waktu 12 bulan with SANGAT BAIK "≤ 12": lower is better, and 12 is still inside it.
    "reviu_cacat_waktu_sangat_baik_sama": {("kategori-tidak-membedakan", SHEET, "I19")},
    # Target angka 300 with its SATUAN sub-column left empty.
    "reviu_cacat_target_tanpa_satuan": {("target-tanpa-satuan", SHEET, "F20")},
    "reviu_cacat_iki_absolut": {("target-absolut", SHEET, "E17")},
    # "ANALIS KEPEGAWAIAN MUDA selaku SUBKOORDINATOR" and "Pengawas Madya" are JF by their names alone, so
    # the Keterkaitan AK sheet is required.
    "reviu_cacat_jf_tanpa_lampiran_ak": {("keterkaitan-ak-hilang", None, None)},
    "reviu_cacat_jf_tanpa_lampiran_ak_pengawas": {("keterkaitan-ak-hilang", None, None)},
    # "ANALIS KEPEGAWAIAN MUDA selaku SUBKOORDINATOR" is Ahli Muda (III/c–III/d), written beside IV/a.
    "reviu_cacat_jenjang_tanpa_ahli": {("jenjang-golongan-tidak-sesuai", SHEET, "C9")},
}


def _check(name: str, config: Config):
    return check_path(DATA / f"{name}.xlsx", config)


@pytest.mark.parametrize("name", CLEAN)
def test_clean_agency_forms_give_no_finding_at_all(name: str, config: Config) -> None:
    report, document = _check(name, config)
    assert report.flatten() == []
    assert document is not None and document.form == "jf-pengembangan"


@pytest.mark.parametrize("name", sorted(DEFECTS))
def test_agency_form_defects_give_exactly_their_findings(name: str, config: Config) -> None:
    report, document = _check(name, config)
    assert set(report.flatten()) == DEFECTS[name]
    assert document is not None and document.form == "jf-pengembangan"
    assert [f.message for f in report.findings if "{" in f.message] == []


def test_aspek_wrappers_and_a_two_level_kategori_are_read_as_written(config: Config) -> None:
    _, document = _check("reviu_bersih_cukup_sangat_baik", config)
    assert document is not None
    iki = [i for rk in document.rencana for i in rk.iki]
    assert [i.aspek for i in iki] == ["kuantitas", "kualitas", "waktu", "kuantitas", "waktu", "kuantitas"]
    assert all(i.kategori is not None and i.kategori.baik_dari_target for i in iki)


def _codes(name: str, config: Config, code: str) -> set[tuple[str, str | None, str | None]]:
    report, _ = _check(name, config)
    return {t for t in report.flatten() if t[0] == code}


def test_target_penilaian_berbeda_compares_by_meaning(config: Config) -> None:
    """"12 Dokumen", "85,5%" and a bare 12 mean the SKP's "12 dokumen", "85,5 %", "12 bulan"."""
    assert _codes("reviu_penilaian_target_sama_makna", config, "target-penilaian-berbeda") == set()


def test_target_penilaian_berbeda_points_at_the_changed_target(config: Config) -> None:
    assert _codes("reviu_penilaian_target_berbeda", config, "target-penilaian-berbeda") == {
        ("target-penilaian-berbeda", "Penilaian", "F6")}
