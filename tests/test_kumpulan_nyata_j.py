"""General causes the held-out batch set ``benchmarks/nyata_j`` found, each on its own fixture
(``tests/data/make_kumpulan_nyata.py``): exact (file, code, sheet, cell) of every finding."""

from __future__ import annotations

from pathlib import Path

import pytest

from skp.checks.aktivitas import activity_of
from skp.checks.kumpulan import batch_findings
from skp.config import Config
from skp.hierarchy.entry import entry_from
from skp.hierarchy.links import Hierarchy, rk_items, rules_of
from skp.periksa import check_path
from skp.run.batch import run_batch

DATA = Path(__file__).parent / "data"


def _batch(folder: Path, config: Config) -> set[tuple[str, str, str | None, str | None]]:
    files = sorted(folder.glob("*.xlsx"))
    batch = run_batch(files, config, jobs=1)
    return {(Path(r.path).name, f.code, f.sheet, f.cell) for r in batch.reports for f in r.findings}


def test_two_superior_rk_in_one_cell_and_the_units_rk_are_no_mismatch(config: Config) -> None:
    """Staff name two of the Kasi's RK in one cell (``1. …⏎2. …``) and the Kabid's RK the Kasi itself
    intervenes (column 2 is "RK atasan langsung/unit kerja/organisasi"): neither is ``rk-atasan-tidak-cocok``
    and both Kasi RK count as intervened; the RK nobody has still is, at its cell. The Kasi's own penilai
    did not submit (info)."""
    assert _batch(DATA / "kumpulan_rk_atasan_nyata", config) == {
        ("kepala_seksi.xlsx", "skp-atasan-tidak-ditemukan", "SKP", "G7"),
        ("staf.xlsx", "rk-atasan-tidak-cocok", "SKP", "B18"),
    }


def test_superior_rk_copied_as_bullets_with_its_iki_shortened_or_joined(config: Config) -> None:
    """The Kasi's RK written as bullets, followed by their IKI, without their last words, joined by "dan"
    and numbered i./ii.: all the Kasi's RK (none unintervened); the RK nobody has is still reported."""
    assert _batch(DATA / "kumpulan_rk_atasan_salinan", config) == {
        ("kepala_seksi.xlsx", "skp-atasan-tidak-ditemukan", "SKP", "G7"),
        ("staf.xlsx", "rk-atasan-tidak-cocok", "SKP", "B24"),
    }


def test_superior_rk_written_with_acronyms_is_no_mismatch(config: Config) -> None:
    """The Kasi's RK written with acronyms (``Data RTLH yang mutakhir`` for ``Data rumah tidak layak huni yang
    mutakhir``, ``PBR`` for penerima bantuan rumah): both the Kasi's RK, none unintervened; an RK nobody has
    stays ``rk-atasan-tidak-cocok`` though it holds an acronym too. Switched off, the acronyms are
    mismatches."""
    folder = DATA / "kumpulan_rk_atasan_singkatan"
    assert _batch(folder, config) == {
        ("kepala_seksi.xlsx", "skp-atasan-tidak-ditemukan", "SKP", "G7"),
        ("staf.xlsx", "rk-atasan-tidak-cocok", "SKP", "B18"),
    }
    literal = Config(rules={**config.rules, "kumpulan": {**config.rules["kumpulan"],
                                                         "rk_atasan_singkatan": False}})
    assert {(name, cell) for name, code, _, cell in _batch(folder, literal)
            if code == "rk-atasan-tidak-cocok"} == {("staf.xlsx", "B14"), ("staf.xlsx", "B16"),
                                                    ("staf.xlsx", "B18")}


def test_acronyms_no_initials_spell_are_read_as_their_words(config: Config) -> None:
    """``Renstra Disdukcapil`` and ``Musrenbang`` (the glossary ``singkatan_rk``) are the Kasi's Rencana
    Strategis Dinas Kependudukan dan Pencatatan Sipil and Musyawarah Perencanaan Pembangunan: no finding,
    both intervened. A Renja (rencana kerja) the Kasi has not stays ``rk-atasan-tidak-cocok``; without the
    glossary the other two are mismatches as well."""
    folder = DATA / "kumpulan_rk_atasan_singkatan_kata"
    assert _batch(folder, config) == {
        ("kepala_seksi.xlsx", "skp-atasan-tidak-ditemukan", "SKP", "G7"),
        ("staf.xlsx", "rk-atasan-tidak-cocok", "SKP", "B18"),
    }
    literal = Config(rules={**config.rules, "kumpulan": {**config.rules["kumpulan"], "singkatan_rk": {}}})
    assert {(name, cell) for name, code, _, cell in _batch(folder, literal)
            if code == "rk-atasan-tidak-cocok"} == {("staf.xlsx", "B14"), ("staf.xlsx", "B16"),
                                                    ("staf.xlsx", "B18")}


def test_the_organisations_jpt_rk_is_no_mismatch_at_any_level(config: Config) -> None:
    """A staff member names an RK of the Kepala Dinas, two levels above its Kasi (the column allows the
    organisation's RK): no finding, though the NIP group the check runs in holds only the Kasi and its
    staff. An RK of another agency's JPT stays ``rk-atasan-tidak-cocok``, at its cell."""
    assert _batch(DATA / "kumpulan_rk_organisasi", config) == {
        ("staf.xlsx", "rk-atasan-tidak-cocok", "SKP", "B24"),
    }


def _ganda(files: list[Path], config: Config) -> set[tuple[str, str | None, str | None]]:
    batch = run_batch(files, config, jobs=1)
    return {(Path(r.path).name, f.sheet, f.cell) for r in batch.reports for f in r.findings
            if f.code == "skp-ganda"}


def test_a_plan_and_its_penilaian_in_two_files_are_no_duplicate(config: Config) -> None:
    """One pegawai's Rencana SKP and, in a second workbook, only its Penilaian (same NIP and period): one
    SKP in two files. A second Penilaian (the plan's workbook holding one too) is a duplicate."""
    folder = DATA / "kumpulan_rencana_dan_penilaian_terpisah"
    assert _ganda(sorted(folder.glob("*.xlsx")), config) == set()
    both = [DATA / "form_ja_dasar.xlsx", folder / "Penilaian SKP 2025.xlsx"]
    assert _ganda(both, config) == {("form_ja_dasar.xlsx", "SKP", "C7"),
                                    ("Penilaian SKP 2025.xlsx", "Sheet", "C7")}
    apart = Config(rules={**config.rules, "kumpulan": {**config.rules["kumpulan"],
                                                       "penilaian_terpisah_bukan_ganda": False}})
    assert _ganda(sorted(folder.glob("*.xlsx")), apart) == {("SKP 2025.xlsx", "SKP", "C7"),
                                                            ("Penilaian SKP 2025.xlsx", "Sheet", "C7")}


def test_either_reading_can_be_switched_off(config: Config) -> None:
    strict = Config(rules={**config.rules, "kumpulan": {**config.rules["kumpulan"], "rk_atasan_jamak": False,
                                                         "rk_atasan_organisasi": False}})
    # the two-RK cell then names only the first RK it holds word for word; the unit's RK is a mismatch
    assert _batch(DATA / "kumpulan_rk_atasan_nyata", strict) == {
        ("kepala_seksi.xlsx", "skp-atasan-tidak-ditemukan", "SKP", "G7"),
        ("kepala_seksi.xlsx", "rk-atasan-tidak-diintervensi", "SKP", "C16"),
        ("staf.xlsx", "rk-atasan-tidak-cocok", "SKP", "B16"),
        ("staf.xlsx", "rk-atasan-tidak-cocok", "SKP", "B18"),
    }


@pytest.mark.parametrize(("text", "items"), [
    ("1. Data A yang mutakhir 2. Laporan B yang akurat", ["Data A yang mutakhir", "Laporan B yang akurat"]),
    ("a) Data A; b) Laporan B", ["Data A", "Laporan B"]),
    ("Data A;\nLaporan B", ["Data A", "Laporan B"]),
    # one numbered RK, and numbers that do not count up from 1, are one item
    ("1. Data A yang mutakhir", ["1. Data A yang mutakhir"]),
    ("Tahap 2. pendataan dan tahap 3. verifikasi", ["Tahap 2. pendataan dan tahap 3. verifikasi"]),
    ("• Data A • Laporan B", ["Data A", "Laporan B"]),
    ("ii. Data A iii. Laporan B", ["ii. Data A iii. Laporan B"]),
    ("1.1 Data A 1.2 Laporan B", ["Data A", "Laporan B"]),
    ("Wilayah I Jawa - Sumatera", ["Wilayah I Jawa - Sumatera"]),
])
def test_rk_items(text: str, items: list[str]) -> None:
    assert rk_items(text) == items


@pytest.mark.parametrize(("name", "expected"), [
    ("nyata_matriks_kolom_berjudul.xlsx", set()),
    # the whole says 1.200 dokumen, the shares 500 + 450 + 200 make 1.150
    ("nyata_matriks_kolom_berjudul_tidak_seimbang.xlsx",
     {("target-kaskade-tidak-seimbang", "Matriks", "E7")}),
])
def test_matriks_rk_label_heading_the_member_tables_column(name: str, expected: set, config: Config) -> None:
    report, document = check_path(DATA / name, config)
    assert [k.rk for k in document.matriks.kolom] == ["Data rumah tidak layak huni yang mutakhir"]
    assert [a.nama for a in document.matriks.anggota] == ["Nurul Aini", "Bayu Saputra", "Lina Marlina"]
    found = batch_findings(Hierarchy([entry_from(report, document)], rules_of(config)), config)
    assert {(f.code, f.sheet, f.cell) for items in found.values() for f in items
            if f.code == "target-kaskade-tidak-seimbang"} == expected


@pytest.mark.parametrize(("name", "expected"), [
    ("nyata_matriks_daftar_koordinator.xlsx", set()),
    # the koordinator's row says 1.200 dokumen (F5), the members' 500 + 450 + 200 make 1.150
    ("nyata_matriks_daftar_koordinator_tidak_seimbang.xlsx",
     {("target-kaskade-tidak-seimbang", "Matriks", "F5")}),
])
def test_matriks_of_one_rk_listed_under_its_koordinator(name: str, expected: set, config: Config) -> None:
    """The koordinator's own row first, marked ``(koordinator)``: the RK shared and its target, not a
    member; the PERAN DAN HASIL and TARGET headings are no RK."""
    report, document = check_path(DATA / name, config)
    assert [k.rk for k in document.matriks.kolom] == ["Data rumah tidak layak huni yang mutakhir"]
    assert [a.nama for a in document.matriks.anggota] == ["Nurul Aini", "Bayu Saputra", "Lina Marlina"]
    found = batch_findings(Hierarchy([entry_from(report, document)], rules_of(config)), config)
    assert {(f.code, f.sheet, f.cell) for items in found.values() for f in items
            if f.code == "target-kaskade-tidak-seimbang"} == expected


def test_process_noun_with_a_ter_state_word_is_a_result(config: Config) -> None:
    report, _ = check_path(DATA / "nyata_rk_kata_keadaan_ter.xlsx", config)
    assert {(f.code, f.sheet, f.cell) for f in report.findings} == {("rk-berbasis-aktivitas", "SKP", "C16")}


@pytest.mark.parametrize(("text", "activity"), [
    ("Keikutsertaan dalam satgas penanggulangan banjir terdokumentasi", False),
    ("Pendataan rumah tidak layak huni terlaksana", False),
    ("Pembinaan terhadap kelompok tani", True),
    ("Koordinasi terkait penyaluran bantuan", True),
    ("Pelaksanaan kegiatan tertentu di kecamatan", True),
])
def test_ter_state_words(text: str, activity: bool) -> None:
    assert (activity_of(text) is not None) == activity
