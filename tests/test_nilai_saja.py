"""What the "Periksa SKP" button sends to ``skp server`` from a PC with nothing installed is cell values only
(xlwings' remote engine: no merged area). Workbooks whose merged cells carry meaning (fixtures:
``tests/data/make_nilai_saja.py``, found by ``benchmarks/gangguan.py``'s ``nilai-saja``) must read through
the remote engine's own objects as ``skp periksa`` reads the file: ``KODE | URAIAN`` under a merged BUTIR
KEGIATAN is no Keterkaitan row, an annex's title beside
the lower row of a two-row header ends no plan, and a Manual table's RK merged over its IKI rows is each
row's. Clean variants have no finding at all; the defective ones
keep exactly theirs, on their cell."""

from __future__ import annotations

from pathlib import Path

import pytest
from addin_remote import as_clients_send, book_json, open_book

from addin import periksa_skp
from skp.config import Config
from skp.periksa import check_grid, check_path
from skp.reading.load import load_grid

DATA = Path(__file__).parent / "data"

CASES = [
    ("butir_kode_uraian_bersih", set()),
    ("butir_kode_uraian_ak_kosong", {("angka-kredit-tidak-valid", "Keterkaitan AK", "F16")}),
    ("matriks_judul_samping_bersih", set()),
    ("matriks_judul_samping_tanpa_target", {("iki-tanpa-target", "SKP", "F18")}),
    ("manual_rk_gabung_bersih", set()),
    ("manual_rk_gabung_formula_kosong", {("manual-iki-kosong", "Manual IKI", "F5")}),
]


@pytest.mark.parametrize(("name", "expected"), CASES)
def test_the_file_reads_as_expected(name: str, expected: set[tuple[str, str, str]], config: Config) -> None:
    report, _ = check_path(DATA / f"nilai_saja_{name}.xlsx", config)
    assert set(report.flatten()) == expected


@pytest.mark.parametrize(("name", "expected"), CASES)
def test_the_button_reads_it_as_the_file(
    name: str, expected: set[tuple[str, str, str]], config: Config
) -> None:
    path = DATA / f"nilai_saja_{name}.xlsx"
    assert set(periksa_skp(open_book(book_json(path)), config).flatten()) == expected
    grid = load_grid(path, config)
    as_clients_send(path, grid)  # the loader's reading, merges dropped and every sheet values only
    assert set(check_grid(grid, str(path), config)[0].flatten()) == expected


@pytest.mark.parametrize("name", ["salah_ketik_manual_tabel_judul_dua_baris_bersih",
                                  "merah_at_matriks_samping_atasan_salah_ketik_bersih"])
def test_other_merged_headers_read_through_the_button(name: str, config: Config) -> None:
    """A Manual IKI table's two-row header and a plan header beside a Matriks, merges not sent."""
    assert periksa_skp(open_book(book_json(DATA / f"{name}.xlsx")), config).flatten() == []
