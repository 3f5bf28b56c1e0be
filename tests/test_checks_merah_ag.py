"""False findings and misses the red-team set ``benchmarks/merah_ag`` found on SKP JPT workbooks, each on its
own fixture (``tests/data/make_merah_ag.py``): the Manual's deskripsi labelled ``URAIAN RENCANA KINERJA``,
the ide baru Ya/Tidak written under the Penilaian sheet's totals, and a predikat beside the agency's own
nilai kinerja. Clean variants have no finding at all; defective ones keep exactly theirs."""

from __future__ import annotations

from pathlib import Path

import pytest

from skp.config import Config
from skp.periksa import check_path
from skp.scoring import score_document
from skp.vocab import names_rencana_aksi

DATA = Path(__file__).parent / "data"


def _found(name: str, config: Config) -> set[tuple[str, str | None, str | None]]:
    report, _ = check_path(DATA / f"merah_ag_{name}.xlsx", config)
    assert report.form == "jpt-pengembangan"
    return set(report.flatten())


CLEAN = [
    "manual_uraian_bersih",
    "ide_baru_ya_bersih",
    "ide_baru_tidak_bersih",
    "ide_baru_salah_ketik_ya_bersih",
    "ide_baru_kalimat_ya_bersih",
    "nilai_kinerja_batas_bersih",
    "penilaian_judul_pk_bersih",
    "penilaian_judul_pendek_bersih",
    "jenis_rk_singkatan_bersih",
]


@pytest.mark.parametrize("name", CLEAN)
def test_clean_workbook_has_no_findings(name: str, config: Config) -> None:
    assert _found(name, config) == set()


def test_uraian_label_left_empty_is_a_missing_deskripsi(config: Config) -> None:
    assert _found("manual_uraian_kosong", config) == {("manual-iki-kosong", "Manual IKI", "B14")}


def test_ide_baru_under_the_penilaian_totals_is_read(config: Config) -> None:
    """Nilai kinerja 110,13 with ``Ya`` on the Penilaian sheet (no Perilaku sheet) is Sangat Baik."""
    _, document = check_path(DATA / "merah_ag_ide_baru_ya_bersih.xlsx", config)
    assert document is not None and document.penilaian is not None
    assert document.penilaian.ide_baru is True
    assert score_document(document, config).predikat == "Sangat Baik"
    _, document = check_path(DATA / "merah_ag_ide_baru_tidak_bersih.xlsx", config)
    assert document is not None and document.penilaian is not None
    assert document.penilaian.ide_baru is False
    assert score_document(document, config).predikat == "Baik"


@pytest.mark.parametrize(
    "name", ["ide_baru_tidak_salah", "ide_baru_salah_ketik_tidak_salah", "ide_baru_kalimat_tidak_salah"])
def test_sangat_baik_without_ide_baru_is_reported(name: str, config: Config) -> None:
    """Also when the ide baru's label is written with a typo, or in the agency's own words around ``IDE
    BARU`` (with a typo too): unread, the predikat could not be judged."""
    assert _found(name, config) == {("predikat-tidak-sesuai", "Penilaian", "J17")}


def test_predikat_follows_the_nilai_kinerja_the_agency_wrote(config: Config) -> None:
    """89,99 written beside ``Baik``: another reading of the plan reaching 90 does not excuse it."""
    assert _found("nilai_kinerja_batas_salah", config) == {("predikat-tidak-sesuai", "Penilaian", "J16")}


def test_penilaian_headed_with_the_perjanjian_kinerja_words_is_read(config: Config) -> None:
    """``SASARAN | INDIKATOR KINERJA`` on the Penilaian sheet, as the plan sheet accepts them: the sheet is
    read (it was silently left unchecked) and a wrong kategori there is reported."""
    _, document = check_path(DATA / "merah_ag_penilaian_judul_pk_bersih.xlsx", config)
    assert document is not None and document.penilaian is not None
    assert len(document.penilaian.rows) == 5
    assert _found("penilaian_judul_pk_salah", config) == {("capaian-tidak-sesuai", "Penilaian", "H6")}


def test_penilaian_kategori_and_nilai_headed_in_one_word_are_checked(config: Config) -> None:
    """``KATEGORI`` and ``NILAI`` head the JPT Penilaian's kategori and nilai capaian IKI (it has no RK-level
    ones): 110 % written ``Baik`` 109 is reported in both cells, where those columns were not read."""
    assert _found("penilaian_judul_pendek_salah", config) == {
        ("capaian-tidak-sesuai", "Penilaian", "H6"),
        ("capaian-tidak-sesuai", "Penilaian", "I6"),
    }


@pytest.mark.parametrize(("written", "rencana_aksi"), [
    ("Rencana Aksi", True), ("RA", True), ("Renaksi", True), ("Ren. Aksi", True),
    ("Inisiatif Strategis/Rencana Aksi", True), ("inisiatif strategis", True),
    ("Perjanjian Kinerja", False), ("PK", False), ("Sasaran PK", False), ("Direktif", False), ("", False),
    (None, False), ("Rencana", False), ("Aksi", False),
])
def test_rencana_aksi_as_agencies_write_it(written: str | None, rencana_aksi: bool) -> None:
    assert names_rencana_aksi(written) is rencana_aksi


def test_nilai_akhir_weighed_by_jenis_rk_abbreviations(config: Config) -> None:
    """``RA``/``Renaksi`` are rencana aksi (40 %): 116,22 is right, 114,47 (every RK as PK) is reported."""
    _, document = check_path(DATA / "merah_ag_jenis_rk_singkatan_bersih.xlsx", config)
    assert document is not None
    assert score_document(document, config).nilai_skp == pytest.approx(116.22)
    assert _found("jenis_rk_singkatan_salah", config) == {("capaian-tidak-sesuai", "Penilaian", "J13")}
