"""The recap a head of unit acts on: a Puskesmas written with ``UPT``, ``UPTD`` or neither is one row, an
SKP whose NIP was typed as a number is its daftar row's submission, and Persen Mengirim reads as a person
rounds it and never says 100 % while someone is missing (``tests/data/rekap_upt``, built by
``tests/data/make_rekap_upt.py``; :mod:`skp.recap.units`, :func:`skp.recap.tables.persen_mengirim`,
:meth:`skp.daftar.Daftar.sent_by`)."""

from __future__ import annotations

from pathlib import Path

import pytest

from skp.config import Config
from skp.daftar import read_daftar
from skp.recap.tables import RecapTables, build_tables, persen_mengirim
from skp.recap.units import RekapRules, rules_of
from skp.run.batch import run_batch
from skp.run.discovery import discover

DATA = Path(__file__).parent / "data"
FOLDER = DATA / "rekap_upt"
DAFTAR = DATA / "daftar" / "daftar_rekap_upt.csv"
KALASAN, KALASAN_II = "UPT Puskesmas Kalasan", "UPTD Puskesmas Kalasan II"


def _tables(config: Config, daftar: bool, rules: RekapRules | None = None) -> RecapTables:
    batch = run_batch(
        discover([FOLDER]), config, jobs=1, daftar=read_daftar(DAFTAR, config) if daftar else None
    )
    return build_tables(batch, rules=rules or rules_of(config))


def _pegawai(tables: RecapTables) -> dict[str, int]:
    return {row["Unit Kerja"]: int(row["Pegawai"]) for _, row in tables.ringkasan.iterrows()}


@pytest.fixture(scope="module")
def with_daftar(config: Config) -> RecapTables:
    return _tables(config, daftar=True)


def test_upt_uptd_or_no_prefix_is_one_puskesmas_and_kalasan_ii_another(config: Config) -> None:
    assert _pegawai(_tables(config, daftar=False)) == {
        KALASAN: 3,  # "UPT Puskesmas Kalasan", "UPTD PUSKESMAS KALASAN", "Puskesmas Kalasan"
        KALASAN_II: 2,
        "Seksi Gizi": 1,
        "Jumlah": 6,
    }


def test_without_the_prefix_rule_the_spellings_split(config: Config) -> None:
    rules = rules_of(config).model_copy(update={"awalan_unit_abaikan": []})
    assert _pegawai(_tables(config, False, rules)) == {
        KALASAN: 1,
        "UPTD PUSKESMAS KALASAN": 1,
        "Puskesmas Kalasan": 1,
        KALASAN_II: 2,
        "Seksi Gizi": 1,
        "Jumlah": 6,
    }


def test_an_skp_whose_nip_lost_digits_is_its_daftar_rows_submission(with_daftar: RecapTables) -> None:
    belum = with_daftar.belum_mengirim
    assert belum is not None
    assert belum[belum["Unit Kerja"] == KALASAN_II]["Nama"].tolist() == ["Lina Marlina"]  # not Teguh
    frame = with_daftar.ringkasan.set_index("Unit Kerja")
    assert frame.loc[
        KALASAN_II,
        [
            "Pegawai",
            "Wajib Mengirim",
            "Sudah Mengirim",
            "Belum Mengirim",
            "Persen Mengirim",
            "Perlu Perbaikan",
        ],
    ].tolist() == [2, 3, 2, 1, 67, 1]


def test_persen_mengirim_is_rounded_half_up(with_daftar: RecapTables) -> None:
    frame = with_daftar.ringkasan.set_index("Unit Kerja")
    assert frame.loc["Seksi Gizi", ["Wajib Mengirim", "Sudah Mengirim", "Persen Mengirim"]].tolist() == [
        8,
        1,
        13,
    ]
    assert frame.loc["Jumlah", ["Wajib Mengirim", "Sudah Mengirim", "Persen Mengirim"]].tolist() == [
        14,
        6,
        43,
    ]
    assert with_daftar.info is not None and with_daftar.info.persen == 43


@pytest.mark.parametrize(
    ("done", "expected", "rate"),
    [
        (1, 8, 13),
        (5, 8, 63),
        (3, 8, 38),
        (2, 3, 67),
        (1, 3, 33),
        (8, 8, 100),
        (0, 8, 0),
        (199, 200, 99),
        (1, 201, 1),
        (0, 0, None),
    ],
)
def test_persen_mengirim_never_full_while_someone_is_missing(
    done: int, expected: int, rate: int | None
) -> None:
    assert persen_mengirim(done, expected, RekapRules(persen_penuh_hanya_bila_lengkap=True)) == rate


def test_persen_mengirim_rounds_to_full_when_the_agency_says_so() -> None:
    rules = RekapRules(persen_penuh_hanya_bila_lengkap=False)
    assert (persen_mengirim(199, 200, rules), persen_mengirim(1, 201, rules)) == (100, 0)
