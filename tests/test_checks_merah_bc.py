"""The general causes ``benchmarks/merah_bc`` found in the standar kinerja reading of a Model Pengembangan
Penilaian and in a Matriks team's grouping rows (fixtures: ``tests/data/make_merah_bc.py``): a kategori by
the standar beside a nilai outside its band, a nilai above 120, a BAIK short of the target are still wrong on
their cell; a predikat that follows the Nilai Akhir SKP chained from standar nilai is no error; numbered,
abbreviated or dashed grouping rows are no members, and Buat Matriks keeps them above their members; Hitung
Nilai leaves what the standar reading accepts."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook

from skp.cascade.bawahan import member_drafts
from skp.cascade.matriks import lay_out_matriks
from skp.cascade.output import kept_values, matriks_values
from skp.checks.penilaian import accepted_cells, score_as_read, written_agrees
from skp.config import Config
from skp.periksa import check_path
from skp.scoring.fill import plan_fill
from skp.scoring.settings import ScoringSettings

DATA = Path(__file__).parent / "data"


def _found(name: str, config: Config) -> set[tuple[str, str | None, str | None]]:
    report, document = check_path(DATA / f"merah_bc_{name}.xlsx", config)
    assert document is not None
    return set(report.flatten())


@pytest.mark.parametrize("name", ["standar_sb_tipis", "standar_predikat", "standar_tepi_baik_bersih"])
def test_standar_readings_and_what_follows_from_them_are_clean(name: str, config: Config) -> None:
    assert _found(name, config) == set()


@pytest.mark.parametrize(
    ("name", "cells"),
    [
        ("standar_campur", {"H14"}),  # Kurang beside §6.2's Sangat Kurang nilai: the kategori is wrong
        ("standar_lewat_120", {"I17"}),  # Sangat Baik 130: no IKI nilai exceeds 120
        ("standar_celah_baik", {"H17", "I17"}),  # 200 of 300, between CUKUP < 150 and BAIK: not Baik
        ("standar_tepi_baik", {"H14", "I14"}),  # the target met, CUKUP "9 - 12" ending on it: Baik alone
    ],
)
def test_standar_kategori_that_no_reading_gives_whole(name: str, cells: set[str], config: Config) -> None:
    assert _found(name, config) == {("capaian-tidak-sesuai", "Penilaian", cell) for cell in cells}


def test_a_predikat_the_chained_nilai_does_not_give_is_wrong(config: Config) -> None:
    assert _found("standar_predikat_salah", config) == {("predikat-tidak-sesuai", "Penilaian", "I26")}


def test_numbered_abbreviated_and_dashed_grouping_rows_are_no_members(config: Config) -> None:
    report, document = check_path(DATA / "merah_bc_matriks_pengelompok.xlsx", config)
    assert document is not None and document.matriks is not None and report.findings == []
    anggota = document.matriks.anggota
    assert [(a.row, a.nama) for a in anggota] == [
        (10, "Andreas Sembiring, A.Md."), (12, "Lestari Handayani, S.E."), (14, "Rahmat Hidayat"),
    ]
    assert len(member_drafts(document, document.matriks.kolom, anggota)) == 3


def test_buat_matriks_keeps_each_grouping_row_above_its_members(config: Config) -> None:
    """Laying the Matriks out again over the agency's sheet (what Buat Matriks writes) keeps every grouping
    row as a row of its own right above the member that followed it, in the members' name column."""
    path = DATA / "merah_bc_matriks_pengelompok.xlsx"
    _, document = check_path(path, config)
    assert document is not None and document.matriks is not None
    assert document.matriks.group_headings == {
        "A9": "VIII. Seksi Pelayanan Dokumen", "A11": "1.1 Subag Umum", "A13": "Sub Bag. Arsip",
    }
    old = [list(row) for row in load_workbook(path)["Matriks Peran Hasil"].iter_rows(values_only=True)]
    laid = matriks_values(document, lay_out_matriks(document, config), config)
    kept = kept_values(old, laid, document.matriks)
    where = {v: (r, c) for r, row in enumerate(kept) for c, v in enumerate(row) if isinstance(v, str)}
    for heading, member in (("VIII. Seksi Pelayanan Dokumen", "Andreas Sembiring, A.Md."),
                            ("1.1 Subag Umum", "Lestari Handayani, S.E."),
                            ("Sub Bag. Arsip", "Rahmat Hidayat")):
        assert where[heading] == (where[member][0] - 1, where[member][1])
        assert [v for v in kept[where[heading][0]] if v is not None] == [heading]
    assert len(kept) == len(laid) + 3


def _fill(name: str, config: Config) -> tuple[list[str], list[str]]:
    """Cells Hitung Nilai's plan replaces in a workbook: leaving the cells the checks accept by the standar
    kinerja alone (as the button does), and by SPEC §6.2 alone."""
    path = DATA / name
    _, document = check_path(path, config)
    assert document is not None and document.penilaian is not None
    book = load_workbook(path)
    settings = config.section("penilaian", ScoringSettings)
    score = score_as_read(document, config)
    accepted = accepted_cells(document, config)

    def plan(keep: bool) -> list[str]:
        return plan_fill(document.penilaian, score, settings,  # type: ignore[arg-type]
                         lambda sheet, cell: book[sheet][cell].value,
                         lambda written, computed, kind: written_agrees(written, computed, kind, config),
                         (lambda sheet, cell: (sheet, cell) in accepted) if keep else None).replaced

    return plan(True), plan(False)


def test_hitung_nilai_leaves_what_the_standar_reading_accepts(config: Config) -> None:
    """Kategori and nilai by the standar, and the Nilai Akhir SKP, nilai kinerja and predikat chained from
    them, are what ``skp periksa`` accepts: Hitung Nilai does not replace them with §6.2's."""
    replaced, by_62_alone = _fill("merah_bc_standar_predikat.xlsx", config)
    assert replaced == []
    chained = {"Penilaian!H14", "Penilaian!I14", "Penilaian!I23", "Penilaian!I25", "Penilaian!I26"}
    assert chained <= set(by_62_alone)


def test_hitung_nilai_still_replaces_what_the_checks_report(config: Config) -> None:
    replaced, _ = _fill("penilaian_standar_kinerja_kategori_salah.xlsx", config)
    assert replaced == ["Penilaian!H14", "Penilaian!I14"]
