"""Header values as agencies write them (``tests/data/make_kop_isian.py``). An empty PERIODE PENILAIAN is
reported where the pegawai is to write it: at the label's own cell when the dash stands there
(``PERIODE PENILAIAN : -``) or when the label is merged across the form and no cell stands right of it,
beside a bare label otherwise. A pangkat followed by its TMT (``Penata, III/c TMT 01-04-2023``) is read as
the pangkat. ``SATUAN KERJA`` and ``PERANGKAT DAERAH`` label the UNIT KERJA. A period written in the title
line, with no cell labelled PERIODE, is read and checked there. The political penilai of a JPT (no NIP) holds
no pangkat, so ``Pejabat Negara`` in its cell is no unknown pangkat; the same holds on a JA form whose penilai
holds a political office (a Camat rated by the Bupati), not for a civil servant whose title names one (Staf
Ahli Bupati, Pj. Bupati)."""

from __future__ import annotations

from pathlib import Path

import pytest

from skp.config import Config
from skp.periksa import check_path

DATA = Path(__file__).parent / "data"


def _found(name: str, config: Config) -> set[tuple[str, str | None, str | None]]:
    report, _ = check_path(DATA / f"{name}.xlsx", config)
    return set(report.flatten())


def test_period_in_a_merged_label_cell_is_read(config: Config) -> None:
    assert _found("periode_bersih_gabung", config) == set()


@pytest.mark.parametrize("name", ["periode_kosong_strip_gabung", "periode_kosong_titikdua_gabung",
                                  "periode_kosong_strip"])
def test_empty_period_written_in_the_label_cell_is_reported_there(name: str, config: Config) -> None:
    """Not at G3, right of the merged A3:F3 and outside the form, nor at the empty B3 beside the dash."""
    assert _found(name, config) == {("periode-tidak-valid", "SKP", "A3")}


def test_empty_period_beside_a_bare_label_is_reported_beside_it(config: Config) -> None:
    assert _found("periode_kosong_label", config) == {("periode-tidak-valid", "SKP", "B3")}


def test_pangkat_followed_by_its_tmt_is_read(config: Config) -> None:
    assert _found("pangkat_tmt_bersih", config) == set()


def test_pangkat_followed_by_its_tmt_is_still_checked(config: Config) -> None:
    assert _found("pangkat_tmt_tidak_cocok", config) == {("pangkat-tidak-dikenal", "SKP", "C8")}


def test_unit_kerja_labelled_satuan_kerja_is_read(config: Config) -> None:
    assert _found("unit_satuan_kerja", config) == set()


def test_unit_kerja_labelled_perangkat_daerah_is_checked(config: Config) -> None:
    assert _found("unit_perangkat_daerah_kosong", config) == {("identitas-kosong", "SKP", "C10")}


def test_period_in_the_title_line_is_read(config: Config) -> None:
    assert _found("periode_dalam_judul_bersih", config) == set()


def test_period_in_the_title_line_is_checked_there(config: Config) -> None:
    assert _found("periode_dalam_judul_dua_tahun", config) == {("periode-tidak-valid", "SKP", "A1")}


def test_political_penilai_of_a_jpt_has_no_pangkat_to_check(config: Config) -> None:
    assert _found("jpt_bupati_pejabat_negara", config) == set()


def test_penilai_with_an_nip_has_its_pangkat_checked(config: Config) -> None:
    assert _found("jpt_sekda_pejabat_negara", config) == {("pangkat-tidak-dikenal", "SKP", "F8")}


@pytest.mark.parametrize("name", ["ja_camat_dinilai_bupati", "ja_camat_dinilai_plt_bupati"])
def test_a_ja_rated_by_a_political_official_may_leave_nip_and_pangkat_out(name: str, config: Config) -> None:
    assert _found(name, config) == set()


def test_a_civil_servant_whose_title_names_the_bupati_still_needs_an_nip(config: Config) -> None:
    assert _found("ja_penilai_staf_ahli_bupati_nip_kosong", config) == {("identitas-kosong", "SKP", "F7")}


def test_an_acting_bupati_from_the_civil_service_still_needs_nip_and_pangkat(config: Config) -> None:
    assert _found("ja_penilai_pj_bupati_nip_kosong", config) == {
        ("identitas-kosong", "SKP", "F7"), ("identitas-kosong", "SKP", "F8")}


def test_without_political_offices_in_the_rules_only_jpt_forms_are_exempt() -> None:
    narrowed = Config(rules={"pemeriksaan": {"jabatan_politik": []}})
    assert _found("ja_camat_dinilai_bupati", narrowed) == {
        ("identitas-kosong", "SKP", "F7"), ("identitas-kosong", "SKP", "F8")}
