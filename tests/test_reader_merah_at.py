"""Annexes the red-team set ``benchmarks/merah_at`` found misread (fixtures: ``tests/data/make_merah_at.py``).

A Matriks Pembagian Peran dan Hasil beside the plan, its header level with an RK row, ended the plan there
(every RK lost); a Keterkaitan AK beside the plan, its header on the plan's header row, took the plan's
``NO`` and ``RENCANA KINERJA`` cells and the plan's ``A. KINERJA UTAMA`` as a section row of its own; a
Keterkaitan AK sheet whose header was written in near-words with an unknown AK label was not read at all,
and every RK was reported unlinked. Clean variants have no finding at all; defective ones keep theirs, on
the right cell."""

from __future__ import annotations

from pathlib import Path

import pytest

from skp.config import Config
from skp.models import SkpDocument
from skp.periksa import check_path

DATA = Path(__file__).parent / "data"


def _check(name: str, config: Config) -> tuple[set[tuple[str, str | None, str | None]], SkpDocument]:
    report, document = check_path(DATA / f"merah_at_{name}.xlsx", config)
    assert document is not None
    return set(report.flatten()), document


@pytest.mark.parametrize(
    "name", ["matriks_samping_bersih", "keterkaitan_samping_bersih", "keterkaitan_judul_mirip_bersih",
             "keterkaitan_samping_rk_salah_ketik_bersih", "matriks_samping_atasan_salah_ketik_bersih"])
def test_clean_workbook_has_no_findings(name: str, config: Config) -> None:
    found, document = _check(name, config)
    assert found == set()
    assert document.form == "jf-dasar"


def test_matriks_beside_the_plan_leaves_its_rows(config: Config) -> None:
    _, document = _check("matriks_samping_bersih", config)
    assert [(rk.section, rk.cell("rk")) for rk in document.rencana] == [
        ("utama", "D16"), ("utama", "D19"), ("tambahan", "D31")]


def test_matriks_beside_the_plan_keeps_a_missing_target(config: Config) -> None:
    found, _ = _check("matriks_samping_iki_tanpa_target", config)
    assert found == {("iki-tanpa-target", "SKP", "H19")}


def test_keterkaitan_beside_the_plan_is_read_from_its_own_columns(config: Config) -> None:
    _, document = _check("keterkaitan_samping_bersih", config)
    assert document.keterkaitan_ak_sheet == "SKP"
    rows = document.keterkaitan_ak or []
    assert [(row.row, row.cells["rencana_kinerja"], row.cells["angka_kredit"], row.angka_kredit)
            for row in rows] == [(15, "K15", "N15", 0.005), (16, "K16", "N16", 0.005)]


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("keterkaitan_samping_tanpa_butir", {("rk-tanpa-butir-kegiatan", "SKP", "D19")}),
        ("keterkaitan_samping_ak_nol", {("angka-kredit-tidak-valid", "SKP", "N16")}),
    ],
)
def test_keterkaitan_beside_the_plan_keeps_its_defects(name: str, expected: set[tuple[str, str, str]],
                                                       config: Config) -> None:
    found, _ = _check(name, config)
    assert found == expected


def test_keterkaitan_with_near_labels_keeps_an_unlinked_rk(config: Config) -> None:
    found, _ = _check("keterkaitan_judul_mirip_tanpa_butir", config)
    assert found == {("rk-tanpa-butir-kegiatan", "SKP", "D19")}


def test_keterkaitan_unknown_label_is_named_not_turned_into_unlinked_rk(config: Config) -> None:
    found, document = _check("keterkaitan_judul_mirip_ak_asing", config)
    assert found == {("judul-tidak-dikenali", "Keterkaitan AK", "H14")}
    assert [row.cells["butir_kegiatan"] for row in document.keterkaitan_ak or []] == ["D17", "D18"]


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("keterkaitan_samping_rk_salah_ketik_tanpa_butir", {("rk-tanpa-butir-kegiatan", "SKP", "D19")}),
        ("matriks_samping_atasan_salah_ketik_iki_tanpa_target", {("iki-tanpa-target", "SKP", "H19")}),
    ],
)
def test_misspelt_plan_header_beside_an_annex_keeps_its_defect(
    name: str, expected: set[tuple[str, str, str]], config: Config
) -> None:
    """The plan's RK (or RK atasan) header written with a typo, the annex beside it on the same header row
    holding the exact words: the plan's columns stay the plan's, its column-number row no RK."""
    found, _ = _check(name, config)
    assert found == expected


@pytest.mark.parametrize(
    "name", ["keterkaitan_samping_rk_salah_ketik_bersih", "matriks_samping_atasan_salah_ketik_bersih"])
def test_misspelt_plan_header_beside_an_annex_reads_the_plan(name: str, config: Config) -> None:
    _, document = _check(name, config)
    assert [(rk.cell("rk"), rk.cell("rk_atasan")) for rk in document.rk("utama")] == [
        ("D16", "B16"), ("D19", "B19")]
