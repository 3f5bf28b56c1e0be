"""The recap a head of unit acts on: a Puskesmas written with ``UPT``, ``UPTD`` or neither is one row, an
SKP whose NIP was typed as a number is its daftar row's submission, and Persen Mengirim reads as a person
rounds it and never says 100 % while someone is missing (``tests/data/rekap_upt``, built by
``tests/data/make_rekap_upt.py``; :mod:`skp.recap.units`, :func:`skp.recap.tables.persen_mengirim`,
:meth:`skp.daftar.Daftar.sent_by`)."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from openpyxl import load_workbook

from skp.config import Config
from skp.daftar import read_daftar
from skp.recap.csv import write_csv
from skp.recap.html import write_html
from skp.recap.tables import RecapTables, build_tables, persen_mengirim
from skp.recap.units import RekapRules, rules_of
from skp.run.batch import run_batch
from skp.run.discovery import discover

DATA = Path(__file__).parent / "data"
FOLDER = DATA / "rekap_upt"
DAFTAR = DATA / "daftar" / "daftar_rekap_upt.csv"
KALASAN, KALASAN_II = "UPT Puskesmas Kalasan", "UPTD Puskesmas Kalasan II"
SAMPLE_UNIT = "Dinas Komunikasi dan Informatika Kabupaten Sukamaju"
SAMPLE = "02-kepala-bidang-rina-marlina.xlsx"  # a scored Penilaian sheet: Nilai SKP 120


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


OTHERS = {"(unit kerja tidak terbaca)": 1, SAMPLE_UNIT: 1}


def test_upt_uptd_or_no_prefix_is_one_puskesmas_and_kalasan_ii_another(config: Config) -> None:
    assert _pegawai(_tables(config, daftar=False)) == {
        KALASAN: 3,  # "UPT Puskesmas Kalasan", "UPTD PUSKESMAS KALASAN", "Puskesmas Kalasan"
        KALASAN_II: 2,
        "Seksi Gizi": 1,
        **OTHERS,
        "Jumlah": 8,
    }


def test_without_the_prefix_rule_the_spellings_split(config: Config) -> None:
    rules = rules_of(config).model_copy(update={"awalan_unit_abaikan": []})
    assert _pegawai(_tables(config, False, rules)) == {
        KALASAN: 1,
        "UPTD PUSKESMAS KALASAN": 1,
        "Puskesmas Kalasan": 1,
        KALASAN_II: 2,
        "Seksi Gizi": 1,
        **OTHERS,
        "Jumlah": 8,
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


def test_csv_numbers_are_written_as_in_indonesia(with_daftar: RecapTables, tmp_path: Path) -> None:
    """Counts whole (``2``, not ``2.0`` beside the unreadable file's empty cells), Nilai SKP with a decimal
    comma (``120,00``) beside the ``;`` that a spreadsheet set to Indonesian splits at: what it reads as
    numbers."""
    write_csv(with_daftar, tmp_path, separator=";")
    lines = (tmp_path / "pegawai.csv").read_text(encoding="utf-8-sig").splitlines()
    by_file = {line.split('";"')[0].strip('"').split("rekap_upt/")[-1]: line for line in lines[1:]}
    assert by_file["kalasan/ari.xlsx"].endswith('"Lulus";"0";"0";"2";"5";"";""')
    assert by_file["rusak.xlsx"].endswith('"Gagal Dibaca";"1";"0";"";"";"";""')
    assert by_file[f"sampel/{SAMPLE}"].endswith('"Lulus";"0";"0";"3";"7";"120,00";"Sangat Baik"')


def test_csv_with_commas_has_a_decimal_point(with_daftar: RecapTables, tmp_path: Path) -> None:
    """Beside ``,`` (machine readers, a spreadsheet set to English) the decimal mark is a point: no
    spreadsheet splits at ``,`` and reads ``120,00`` as a number."""
    write_csv(with_daftar, tmp_path)
    lines = (tmp_path / "pegawai.csv").read_text(encoding="utf-8-sig").splitlines()
    by_file = {line.split('","')[0].strip('"').split("rekap_upt/")[-1]: line for line in lines[1:]}
    assert by_file["rusak.xlsx"].endswith('"Gagal Dibaca","1","0","","","",""')
    assert by_file[f"sampel/{SAMPLE}"].endswith('"Lulus","0","0","3","7","120.00","Sangat Baik"')


@pytest.mark.libreoffice
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) tidak terpasang")
@pytest.mark.parametrize(("separator", "language"), [(";", 1057), (",", 1033)])
def test_libreoffice_reads_the_csv_numbers_as_numbers(with_daftar: RecapTables, tmp_path: Path,
                                                      separator: str, language: int) -> None:
    """Read as the spreadsheet of each separator reads it: ``;`` with Indonesian settings (1057), ``,`` with
    English (1033)."""
    write_csv(with_daftar, tmp_path / "csv", separator=separator)
    subprocess.run(  # separator, quote '"', UTF-8, from row 1, language
        ["soffice", "--headless", f"-env:UserInstallation=file://{tmp_path}/lo-profil",
         f"--infilter=CSV:{ord(separator)},34,76,1,,{language}", "--convert-to", "xlsx", "--outdir",
         str(tmp_path), str(tmp_path / "csv" / "pegawai.csv")],
        check=True, capture_output=True, timeout=240,
    )
    rows = list(load_workbook(tmp_path / "pegawai.xlsx").active.iter_rows(values_only=True))
    head = rows[0]
    sample = next(r for r in rows if str(r[0]).endswith(SAMPLE))
    ari = next(r for r in rows if str(r[0]).endswith("ari.xlsx"))
    assert [sample[head.index(c)] for c in ("Jumlah RK", "Jumlah IKI", "Nilai SKP")] == [3, 7, 120]
    assert [ari[head.index(c)] for c in ("Error", "Jumlah RK", "Jumlah IKI")] == [0, 2, 5]


SINGKATAN = DATA / "rekap_singkatan"  # built by tests/data/make_rekap_singkatan.py


def _units_of(config: Config, rules: RekapRules) -> dict[str, int]:
    return _pegawai(build_tables(run_batch(discover([SINGKATAN]), config, jobs=1), rules=rules))


def test_a_unit_written_as_its_acronym_or_with_arabic_numerals_is_one_row(config: Config) -> None:
    assert _units_of(config, rules_of(config)) == {
        "Bidang Kesehatan Lingkungan": 2,  # and "Bid. Kesling"
        "Sub Bagian Umum dan Kepegawaian": 2,  # and "Subbag Umpeg"
        "Seksi Kesehatan Kerja": 2,  # and "Seksi Kesja", which does not spell Kesehatan Keluarga
        "Seksi Kesehatan Keluarga": 1,
        "Seksi Pelayanan Medik": 1,
        "Seksi Penunjang Medik": 1,
        "Seksi Pemed": 1,  # spells both Pelayanan Medik and Penunjang Medik: not guessed
        "Pustu Sendangadi I": 2,  # and "Pustu Sendangadi 1"
        "Pustu Sendangadi 2": 1,
        "seksi surveilans": 1,
        "Jumlah": 14,
    }


def test_without_the_acronym_rule_the_acronyms_are_rows_of_their_own(config: Config) -> None:
    units = _units_of(config, rules_of(config).model_copy(update={"singkatan_unit_otomatis": False}))
    assert {unit: n for unit, n in units.items() if n == 1} == {
        "Bidang Kesehatan Lingkungan": 1, "Bid. Kesling": 1, "Sub Bagian Umum dan Kepegawaian": 1,
        "Subbag Umpeg": 1, "Seksi Kesehatan Kerja": 1, "Seksi Kesja": 1, "Seksi Kesehatan Keluarga": 1,
        "Seksi Pelayanan Medik": 1, "Seksi Penunjang Medik": 1, "Seksi Pemed": 1, "Pustu Sendangadi 2": 1,
        "seksi surveilans": 1}
    assert units["Pustu Sendangadi I"] == 2  # Roman numerals are the abbreviations' business


def test_the_unit_cards_show_the_units_with_most_to_act_on_first(with_daftar: RecapTables,
                                                                  tmp_path: Path) -> None:
    """Seksi Gizi (7 not submitted), Kalasan II (1 not submitted, 1 to fix), the unreadable file; then the
    rest in the alphabet. The tables keep the alphabet."""
    write_html(with_daftar, tmp_path / "rekap.html")
    page = (tmp_path / "rekap.html").read_text(encoding="utf-8")
    cards = page[page.index('<h2 id="unit">'):]
    assert re.findall(r'<article class="kartu"><h3>([^<]*)</h3>', cards) == [
        "Seksi Gizi", KALASAN_II, "(unit kerja tidak terbaca)", SAMPLE_UNIT, KALASAN]
    assert with_daftar.ringkasan["Unit Kerja"].tolist() == [
        "(unit kerja tidak terbaca)", SAMPLE_UNIT, "Seksi Gizi", KALASAN, KALASAN_II, "Jumlah"]


def test_units_are_in_the_alphabet_capitals_or_not(config: Config) -> None:
    tables = build_tables(run_batch(discover([SINGKATAN]), config, jobs=1), rules=rules_of(config))
    assert tables.ringkasan["Unit Kerja"].tolist() == [
        "Bidang Kesehatan Lingkungan", "Pustu Sendangadi 2", "Pustu Sendangadi I", "Seksi Kesehatan Keluarga",
        "Seksi Kesehatan Kerja", "Seksi Pelayanan Medik", "Seksi Pemed", "Seksi Penunjang Medik",
        "seksi surveilans", "Sub Bagian Umum dan Kepegawaian", "Jumlah"]
