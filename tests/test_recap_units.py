"""One unit kerja written many ways is one recap row; two agencies' units of one name are two
(``tests/data/rekap_unit_ejaan``, built by ``tests/data/make_rekap_unit.py``; :mod:`skp.recap.units`)."""

from __future__ import annotations

from pathlib import Path

import pytest

from skp.config import Config
from skp.daftar import read_daftar
from skp.recap.tables import RecapTables, build_tables
from skp.recap.units import UnitNames, _acronym, _agency, _strip_agency, _Words, rules_of
from skp.run.batch import run_batch
from skp.run.discovery import discover

DATA = Path(__file__).parent / "data"
FOLDER = DATA / "rekap_unit_ejaan"
DAFTAR = DATA / "daftar" / "daftar_rekap_unit.csv"

YANKES = "Bidang Pelayanan Kesehatan"
RUJUKAN = "Bidang Pelayanan Kesehatan Rujukan"
REHAB = "Bidang Rehabilitasi Sosial dan Pemberdayaan"
SAMPLE_UNIT = "Dinas Komunikasi dan Informatika Kabupaten Sukamaju"


def _tables(config: Config, daftar: bool) -> RecapTables:
    batch = run_batch(discover([FOLDER]), config, jobs=1,
                      daftar=read_daftar(DAFTAR, config) if daftar else None)
    return build_tables(batch, rules=rules_of(config))


def _units(tables: RecapTables) -> dict[str, int]:
    frame = tables.ringkasan
    return {row["Unit Kerja"]: int(row["SKP Diterima"]) for _, row in frame.iterrows()
            if row["Unit Kerja"] != "Jumlah"}


def _pegawai_units(tables: RecapTables) -> dict[str, str]:
    columns = tables.pegawai.columns
    path, unit = columns.index("Berkas"), columns.index("Unit Kerja")
    return {Path(row[path]).relative_to(FOLDER).as_posix(): row[unit] for row in tables.pegawai}


@pytest.fixture(scope="module")
def without_daftar(config: Config) -> RecapTables:
    return _tables(config, daftar=False)


@pytest.fixture(scope="module")
def with_daftar(config: Config) -> RecapTables:
    return _tables(config, daftar=True)


def test_spellings_of_one_unit_are_one_row_and_sekretariat_of_two_agencies_two(
        without_daftar: RecapTables) -> None:
    assert _units(without_daftar) == {
        YANKES: 4,  # plain, capitals, "Bid. … Dinkes", "…, Dinas Kesehatan Kab. Sukamaju"
        RUJUKAN: 1,  # a longer unit name, not the agency: its own row
        REHAB: 2,  # "&" for "dan", capitals
        "Dinkes Kab. Sukamaju": 1,  # the Kepala Dinas: the agency itself
        "Sekretariat, Dinkes Kab. Sukamaju": 2,  # "Sekretariat" and "Sekretariat Dinas"
        "Sekretariat, Dinas Sosial Kabupaten Sukamaju": 1,
        SAMPLE_UNIT: 2,
    }


def test_every_row_of_pegawai_and_temuan_reads_its_units_label(without_daftar: RecapTables) -> None:
    units = _pegawai_units(without_daftar)
    assert units == {
        "dinkes/kepala.xlsx": "Dinkes Kab. Sukamaju",
        "dinkes/rujukan/eka.xlsx": RUJUKAN,
        "dinkes/sekretariat/fajar.xlsx": "Sekretariat, Dinkes Kab. Sukamaju",
        "dinkes/sekretariat/gita.xlsx": "Sekretariat, Dinkes Kab. Sukamaju",
        "dinkes/yankes/ani.xlsx": YANKES, "dinkes/yankes/budi.xlsx": YANKES,
        "dinkes/yankes/citra.xlsx": YANKES, "dinkes/yankes/dodi.xlsx": YANKES,
        "dinsos/hasan.xlsx": "Sekretariat, Dinas Sosial Kabupaten Sukamaju",
        "dinsos/indah.xlsx": REHAB, "dinsos/joko.xlsx": REHAB,
        "sampel/kiriman-1/02-kepala-bidang-rina-marlina.xlsx": SAMPLE_UNIT,
        "sampel/kiriman-2/02-kepala-bidang-rina-marlina.xlsx": SAMPLE_UNIT,
    }
    columns = without_daftar.temuan.columns
    seen = {row[columns.index("Unit Kerja")] for row in without_daftar.temuan}
    assert seen <= set(units.values()) and seen


def test_a_person_who_sent_the_same_scored_skp_twice_is_one_predikat(without_daftar: RecapTables) -> None:
    predikat = without_daftar.predikat
    assert predikat is not None
    rows = {row["Unit Kerja"]: int(row["Jumlah"]) for _, row in predikat.iterrows()}
    assert rows == {SAMPLE_UNIT: 1, "Jumlah": 1}


def test_with_a_daftar_hr_spelling_names_the_unit_and_belum_mengirim_shares_it(
        with_daftar: RecapTables) -> None:
    units = _units(with_daftar)
    assert units[YANKES] == 4  # two from the daftar, two as the SKP writes it: one unit
    assert units["Dinas Kesehatan"] == 1
    assert units["Sekretariat, Dinas Kesehatan"] == 2
    assert units["Sekretariat, Dinas Sosial Kabupaten Sukamaju"] == 1
    frame = with_daftar.ringkasan.set_index("Unit Kerja")
    assert frame.loc[YANKES, ["Wajib Mengirim", "Sudah Mengirim", "Belum Mengirim"]].tolist() == [3, 2, 1]
    belum = with_daftar.belum_mengirim
    assert belum is not None
    assert belum[["Unit Kerja", "Nama"]].values.tolist() == [[YANKES, "Lina Marlina"]]


@pytest.mark.parametrize(("unit", "agency", "words"), [
    ("Bidang Perencanaan Bapperida", "BADAN PERENCANAAN PEMBANGUNAN, RISET DAN INOVASI DAERAH KABUPATEN X",
     ("bidang", "perencanaan")),
    ("Sekretariat, Dinas PUPR Kab. X", "Dinas Pekerjaan Umum dan Penataan Ruang Kabupaten X",
     ("sekretariat",)),
    ("Dinas PUPR Kabupaten X", "Dinas Pekerjaan Umum dan Penataan Ruang Kabupaten X", ()),
    ("UPTD Lab. Bahan", "Dinas Pekerjaan Umum dan Penataan Ruang Kabupaten X",
     ("unit", "pelaksana", "teknis", "daerah", "laboratorium", "bahan")),
    # words of the agency name that are not a mention of it stay
    ("Bidang Penataan Ruang", "Dinas Pekerjaan Umum dan Penataan Ruang Kabupaten X",
     ("bidang", "penataan", "ruang")),
    ("Bidang Perencanaan Pembangunan", "BADAN PERENCANAAN PEMBANGUNAN DAERAH KABUPATEN X",
     ("bidang", "perencanaan", "pembangunan")),
    ("Bidang Umum dan Kepegawaian", "Dinas Pekerjaan Umum Kabupaten X",
     ("bidang", "umum", "dan", "kepegawaian")),
])
def test_the_agency_is_dropped_only_where_it_is_mentioned(config: Config, unit: str, agency: str,
                                                         words: tuple[str, ...]) -> None:
    reader = _Words(rules_of(config).singkatan_unit)
    name, region = _agency(reader.words(agency))
    assert _strip_agency(reader.words(unit), name, region) == words


def test_acronyms_spell_the_first_and_last_word() -> None:
    name = ("dinas", "pekerjaan", "umum", "dan", "penataan", "ruang")
    assert _acronym(("dinas", "pupr"), name)
    assert _acronym(("dpupr",), name)
    assert not _acronym(("pupr",), name)  # not from the first word
    assert not _acronym(("dinas", "pu"), name)  # not to the last


def test_a_unit_without_an_agency_line_joins_the_runs_only_agency(config: Config) -> None:
    names = UnitNames(rules_of(config))
    tokens = [names.add("Bidang Bina Marga", "Dinas PU Kabupaten X"),
              names.add("BIDANG BINA MARGA", None),
              names.add("Bid. Bina Marga Dinas PU", "DINAS PU KABUPATEN X")]
    names.resolve()
    assert {names.label(t) for t in tokens} == {"Bidang Bina Marga"}


def test_a_daftar_unit_nobody_submitted_from_is_not_another_agencys_unit(config: Config) -> None:
    """Dinas Kesehatan's daftar lists a Sekretariat none of whose people sent an SKP; Dinas Sosial's
    Sekretariat did send one. Belum Mengirim's row and Dinas Sosial's are two units."""
    names = UnitNames(rules_of(config))
    names.add_daftar_units(["Bidang Farmasi", "Sekretariat"])
    dinsos = names.add("Sekretariat", "DINAS SOSIAL KABUPATEN X")
    farmasi = names.add("Bidang Farmasi", "DINAS KESEHATAN KABUPATEN X", from_daftar=True)
    names.resolve()
    assert names.label(farmasi) == names.daftar_label("Bidang Farmasi") == "Bidang Farmasi"
    assert names.label(dinsos) == "Sekretariat, DINAS SOSIAL KABUPATEN X"
    assert names.daftar_label("Sekretariat") == "Sekretariat, DINAS KESEHATAN KABUPATEN X"


def test_acronyms_of_syllables_and_of_a_short_first_word(config: Config) -> None:
    """Disdukcapil: dis (rekap.awalan_instansi for dinas), duk of kependudukan, ca of pencatatan, pil of
    sipil; the unit is shown as written without the agency when as many write it so."""
    name = ("dinas", "komunikasi", "dan", "informatika")
    assert _acronym(("diskominfo",), name, ("dis",))
    assert not _acronym(("diskominfo",), name)
    names = UnitNames(rules_of(config))
    agency = "Dinas Kependudukan dan Pencatatan Sipil Kabupaten X"
    spellings = ["Bidang Pelayanan Pendaftaran Penduduk Disdukcapil Kab. X",
                 "Bidang Pelayanan Pendaftaran Penduduk",
                 "BIDANG PELAYANAN PENDAFTARAN PENDUDUK DINAS DUKCAPIL", "Seksi Dinamika Kependudukan"]
    tokens = [names.add(unit, agency) for unit in spellings]
    names.resolve()
    assert [names.label(t) for t in tokens] == ["Bidang Pelayanan Pendaftaran Penduduk"] * 3 + [spellings[3]]
