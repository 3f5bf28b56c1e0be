"""What agencies really send (SPEC §3.10), read honestly: near-words placed, unplaced labels reported once
and not judged, other regimes and unfilled templates named. Workbooks from ``tests/data/make_nyata.py``."""

from __future__ import annotations

from pathlib import Path

import pytest

from skp.config import Config
from skp.findings import Finding, Severity
from skp.guard import judged
from skp.periksa import check_path
from skp.reading.grid import SheetGrid, WorkbookGrid
from skp.reading.reader import read_document
from skp.reading.rules import reading_rules

DATA = Path(__file__).parent / "data"

EXPECTED = {
    "nyata_label_salah_ketik.xlsx": ("ja-dasar", set()),
    "nyata_kategori_cukup_sangat_baik.xlsx": ("ja-pengembangan", set()),
    "nyata_identitas_dua_baris.xlsx": ("ja-dasar", set()),
    "nyata_judul_tolok_ukur.xlsx": ("ja-dasar", {("judul-tidak-dikenali", "SKP", "E12")}),
    "nyata_label_identitas_tidak_dikenali.xlsx": (
        "ja-dasar",
        {("judul-tidak-dikenali", "SKP", "B7"), ("identitas-kosong", "SKP", "G9")},
    ),
    "nyata_label_identitas_hilang.xlsx": ("ja-dasar", {("identitas-kosong", "SKP", "C9")}),
    "lain_pp46.xlsx": (None, {("format-lain", None, None)}),
    "lain_permen6_2022.xlsx": (None, {("format-lain", None, None)}),
    "lain_halaman_web.xls": (None, {("berkas-rusak", None, None)}),
    "templat_kosong.xlsx": ("ja-dasar", {("templat-belum-diisi", None, None)}),
    "templat_teks_pengisi.xlsx": ("ja-dasar", {("templat-belum-diisi", None, None)}),
    "templat_pengisi_saja.xlsx": ("ja-dasar", {("templat-belum-diisi", None, None)}),
    "kosong_buku_kerja.xlsx": (None, {("bukan-skp", None, None)}),
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_workbook_gives_exactly_its_findings_and_form(name: str, config: Config) -> None:
    report, _ = check_path(DATA / name, config)
    assert (report.form, set(report.flatten())) == EXPECTED[name]


def test_near_words_are_placed_and_recorded_as_fuzzy(config: Config) -> None:
    _, document = check_path(DATA / "nyata_label_salah_ketik.xlsx", config)
    placed = {label.key: (label.cell, label.written, label.how) for label in document.labels}
    assert placed["iki"] == ("E12", "INDIKATOR KERJA INDIVIDU", "fuzzy")
    assert placed["pegawai.pangkat"] == ("B8", "PANGKA/GOL. RUANG", "fuzzy")
    assert placed["penilai.jabatan"] == ("F9", "JABATN", "fuzzy")
    assert placed["pegawai.nama"][2] == placed["pegawai.nip"][2] == "exact"
    assert all(label.score >= 88 for label in document.labels)
    assert document.penilai.nama == "Hendra Gunawan, S.E., M.M."  # PEJABAT PENILAI KERJA is the block
    assert document.column_placed("iki") and not document.column_unreadable("iki")
    periode = document.periode
    assert (periode.raw, periode.cells["periode"]) == ("1 JANUARI SD 31 DESEMBER 2025", "E3")


def test_kategori_subset_target_stands_for_baik(config: Config) -> None:
    _, document = check_path(DATA / "nyata_kategori_cukup_sangat_baik.xlsx", config)
    kategori = document.rencana[0].iki[0].kategori
    levels = (kategori.cukup, kategori.baik, kategori.sangat_baik)
    assert levels == ("10 - 11 laporan", "12 laporan", "> 12 laporan")
    assert kategori.baik_dari_target and kategori.cells["baik"] == "F15"
    assert not document.column_placed("kategori_baik") and document.column_placed("kategori_cukup")
    assert [len(rk.iki) for rk in document.rencana] == [2, 1, 1]
    assert document.rencana[0].cara_memantau.sumber_data == "Arsip laporan keuangan; Agenda surat keluar"
    assert {label.key for label in document.labels} >= {"target", "cm_sumber_data"}


def test_identity_on_two_lines_and_periode_under_its_label(config: Config) -> None:
    _, document = check_path(DATA / "nyata_identitas_dua_baris.xlsx", config)
    assert document.pegawai.unit_kerja == "Subbagian Keuangan Sekretariat Dinas Pendidikan"
    assert document.penilai.unit_kerja == "Sekretariat Dinas Pendidikan Kabupaten Bantul"
    periode = document.periode
    assert (periode.raw, periode.cells["periode"]) == ("1 JANUARI SD 31 DESEMBER 2025", "A4")


def test_unplaced_column_is_recorded_with_its_nearest_label(config: Config) -> None:
    _, document = check_path(DATA / "nyata_judul_tolok_ukur.xlsx", config)
    [label] = document.unplaced
    assert (label.key, label.cell, label.written, label.nearest) == (
        "iki", "E12", "TOLOK UKUR", "INDIKATOR KINERJA INDIVIDU")
    assert document.column_unreadable("iki") and not document.column_placed("iki")


def test_short_labels_never_swap(config: Config) -> None:
    """NAMA/NIP and NO/NIP are never placed by similarity: a block with "NAM" and "NPI" places neither."""
    rows = [
        ["SASARAN KINERJA PEGAWAI"], ["PERIODE PENILAIAN: 1 JANUARI SD 31 DESEMBER 2025"],
        ["NO", "PEGAWAI YANG DINILAI"],
        [1, "NAM", "Dewi"], [2, "NPI", "19900214 201503 2 004"],
        [3, "PANGKAT/GOL RUANG", "Penata, III/c"], [4, "JABATAN", "Analis"], [5, "UNIT KERJA", "Subbag"],
        [],
        ["NO", "RENCANA KINERJA", "ASPEK", "INDIKATOR KINERJA INDIVIDU", "TARGET"],
        [1, "Laporan tersusun", "Kuantitas", "Jumlah laporan", "12 laporan"],
    ]
    document = read_document(WorkbookGrid([SheetGrid("SKP", rows)]), config)
    assert (document.pegawai.nama, document.pegawai.nip) == (None, None)
    assert {u.key: u.cell for u in document.unplaced} == {"pegawai.nama": "B4", "pegawai.nip": "B5"}


def test_thresholds_are_configuration(config: Config) -> None:
    """With a stricter similarity the typo is no longer placed: the threshold is data, not code."""
    strict = Config(rules={**config.rules, "pembacaan": {
        **config.rules["pembacaan"], "pencocokan_label": {"kemiripan_minimum": 99}}})
    _, document = check_path(DATA / "nyata_label_salah_ketik.xlsx", strict)
    assert not document.column_placed("iki")


def test_a_header_beside_a_complete_column_never_stands_for_a_missing_one(config: Config) -> None:
    """SATUAN right of TARGET, with the RK atasan column deleted: an extra header, not the RK atasan's."""
    rows = [
        ["SASARAN KINERJA PEGAWAI"], ["PERIODE PENILAIAN: 1 JANUARI SD 31 DESEMBER 2025"],
        ["NO", "RENCANA KINERJA", "ASPEK", "INDIKATOR KINERJA INDIVIDU", "TARGET", "SATUAN"],
        [1, "Laporan tersusun", "Kuantitas", "Jumlah laporan", 12, "laporan"],
    ]
    document = read_document(WorkbookGrid([SheetGrid("SKP", rows)]), config)
    assert (document.form, document.unplaced) == ("ja-dasar", [])


def test_the_guard_drops_any_finding_under_an_unplaced_header(config: Config) -> None:
    """One guard for every check, those of other modules included: by code and by cell."""
    _, document = check_path(DATA / "nyata_judul_tolok_ukur.xlsx", config)
    by_code = reading_rules(config).temuan_menurut_kolom

    def finding(code: str, cell: str) -> Finding:
        return Finding(code=code, severity=Severity.ERROR, sheet="SKP", cell=cell, message="-")

    assert not judged(finding("kode-baru", "E14"), document, by_code)  # under TOLOK UKUR
    assert judged(finding("kode-baru", "D14"), document, by_code)  # the ASPEK column, read
    assert not judged(finding("rk-tanpa-iki", "C14"), document, by_code)  # depends on the IKI column
