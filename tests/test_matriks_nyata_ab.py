"""General causes the held-out batch set ``benchmarks/nyata_ab`` found in reading the Matriks Pembagian
Peran dan Hasil, each on its own fixture (``tests/data/make_matriks_nyata_ab.py``): the RK, members and
shares read, and the exact ``target-kaskade-tidak-seimbang`` (code, sheet, cell), none when the shares add
up."""

from __future__ import annotations

from pathlib import Path

import pytest

from skp.checks.kumpulan import batch_findings
from skp.config import Config
from skp.hierarchy.entry import entry_from
from skp.hierarchy.links import Hierarchy, rules_of
from skp.periksa import check_path

DATA = Path(__file__).parent / "data"
RK_1 = "Data rumah tidak layak huni yang mutakhir"
RK_2 = "Laporan verifikasi calon penerima bantuan rumah yang akurat"
TEAM = ["Nurul Aini", "Bayu Saputra", "Lina Marlina"]


def _kaskade(name: str, config: Config):
    report, document = check_path(DATA / name, config)
    found = batch_findings(Hierarchy([entry_from(report, document)], rules_of(config)), config)
    return document, {(f.code, f.sheet, f.cell) for items in found.values() for f in items
                      if f.code == "target-kaskade-tidak-seimbang"}


@pytest.mark.parametrize(("name", "expected"), [
    ("nyata_matriks_blok_per_rk.xlsx", set()),
    ("nyata_matriks_blok_per_rk_tidak_seimbang.xlsx",
     {("target-kaskade-tidak-seimbang", "Matriks RK 1", "C7")}),
])
def test_one_rk_sheet_with_a_label_colon_value_block(name: str, expected: set, config: Config) -> None:
    """The block's colon column is no RK column, and the members' shares are the table's TARGET column
    (not their NIP, written with spaces, in the column under the block's values)."""
    document, found = _kaskade(name, config)
    assert [k.rk for k in document.matriks.kolom] == [RK_1]
    assert [a.nama for a in document.matriks.anggota] == TEAM
    shares = [a.target[0].min for a in document.matriks.anggota]
    assert shares == ([500, 450, 250] if not expected else [500, 450, 200])
    assert found == expected


@pytest.mark.parametrize(("name", "expected"), [
    ("nyata_matriks_nama_saja_metode_per_sel.xlsx", set()),
    ("nyata_matriks_nama_saja_metode_per_sel_tidak_seimbang.xlsx",
     {("target-kaskade-tidak-seimbang", "Matriks", "C6")}),
    ("nyata_matriks_metode_per_sel_tanpa_spasi_tidak_seimbang.xlsx",
     {("target-kaskade-tidak-seimbang", "Matriks", "C6")}),
])
def test_members_by_name_alone_and_the_method_in_each_cell(name: str, expected: set, config: Config) -> None:
    """A NAMA column alone is the member table; the RK label merged over both RK columns heads each; the
    ``RK n.`` prefix is no part of the RK; the method written in every cell of a column is the column's
    (the non-direct second column is not summed)."""
    document, found = _kaskade(name, config)
    assert [k.rk for k in document.matriks.kolom] == [RK_1, RK_2]
    assert [k.metode for k in document.matriks.kolom] == ["pembagian-beban-target", "layanan"]
    assert [a.nama for a in document.matriks.anggota] == TEAM
    assert found == expected


@pytest.mark.parametrize(("name", "expected"), [
    ("nyata_matriks_dialihkan.xlsx", set()),
    ("nyata_matriks_dialihkan_tidak_seimbang.xlsx", {("target-kaskade-tidak-seimbang", "Matriks", "D6")}),
])
def test_matriks_with_rk_as_rows_and_members_as_columns(name: str, expected: set, config: Config) -> None:
    document, found = _kaskade(name, config)
    assert [k.rk for k in document.matriks.kolom] == [RK_1, RK_2]
    assert [k.metode for k in document.matriks.kolom] == ["pembagian-beban-target", "layanan"]
    assert [(a.nama, a.nip) for a in document.matriks.anggota] == [
        ("Nurul Aini", "19950618 202012 2 011"), ("Bayu Saputra", "19930104 201902 1 006"),
        ("Lina Marlina", "19960922 202203 2 008")]
    assert found == expected


@pytest.mark.parametrize(("name", "expected"), [
    ("nyata_matriks_dua_sheet_per_rk.xlsx", set()),
    ("nyata_matriks_dua_sheet_per_rk_tidak_seimbang.xlsx",
     {("target-kaskade-tidak-seimbang", "Matriks RK 2", "C7")}),
])
def test_one_matriks_sheet_per_rk_every_sheet_is_read(name: str, expected: set, config: Config) -> None:
    document, found = _kaskade(name, config)
    assert [k.rk for k in document.matriks.kolom] == [RK_1]
    assert [[k.rk for k in m.kolom] for m in document.matriks_lain] == [[RK_2]]
    assert found == expected


@pytest.mark.parametrize(("name", "expected"), [
    ("nyata_matriks_spec_harfiah.xlsx", set()),
    ("nyata_matriks_spec_harfiah_tidak_seimbang.xlsx", {("target-kaskade-tidak-seimbang", "Matriks", "C6")}),
    ("nyata_matriks_spec_tanpa_spasi.xlsx", set()),
    ("nyata_matriks_spec_tanpa_spasi_tidak_seimbang.xlsx",
     {("target-kaskade-tidak-seimbang", "Matriks", "C6")}),
])
def test_matriks_as_spec_draws_it(name: str, expected: set, config: Config) -> None:
    """The RK text heads its column without a label (SPEC §3.6), the member's name, NIP and jabatan share one
    cell, the method follows the jenis after a dash (with spaces around it or not), and ``Target
    koordinator`` is the column's target (found by ``benchmarks/nyata_bv``: the Matriks came back without
    columns or members)."""
    document, found = _kaskade(name, config)
    assert [k.rk for k in document.matriks.kolom] == [RK_1, RK_2]
    assert [(k.jenis_penyelarasan, k.metode) for k in document.matriks.kolom] == [
        ("direct", "pembagian-beban-target"), ("non-direct", "layanan")]
    assert [k.target.raw for k in document.matriks.kolom] == ["1.200 dokumen", "12 laporan"]
    assert [(a.nama, a.nip, a.jabatan) for a in document.matriks.anggota] == [
        ("Nurul Aini", "19950618 202012 2 011", "Pengolah Data dan Informasi"),
        ("Bayu Saputra", "19930104 201902 1 006", "Pengolah Data dan Informasi"),
        ("Lina Marlina", "19960922 202203 2 008", "Pengadministrasi Perkantoran")]
    shares = [a.target[0].min for a in document.matriks.anggota]
    assert shares == ([500, 450, 250] if not expected else [500, 450, 200])
    assert found == expected
