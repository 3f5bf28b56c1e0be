"""Layouts the red-team set ``benchmarks/merah_ah`` found misread (fixtures: ``tests/data/make_merah_ah.py``):
the kop as one block of labels with two value columns, pegawai and penilai; an RK atasan written once on a
row of its own above the RKs that intervene it. Clean variants have no finding at all; defective ones keep
theirs, on the right cell."""

from __future__ import annotations

from pathlib import Path

import pytest

from skp.config import Config
from skp.models import SkpDocument
from skp.periksa import check_path

DATA = Path(__file__).parent / "data"


def _check(name: str, config: Config) -> tuple[set[tuple[str, str | None, str | None]], SkpDocument]:
    report, document = check_path(DATA / f"merah_ah_{name}.xlsx", config)
    assert document is not None
    return set(report.flatten()), document


@pytest.mark.parametrize("name", ["kop_satu_blok_bersih", "atasan_kelompok_bersih"])
def test_clean_workbook_has_no_findings(name: str, config: Config) -> None:
    found, _ = _check(name, config)
    assert found == set()


def test_penilai_read_from_the_second_value_column(config: Config) -> None:
    _, document = _check("kop_satu_blok_bersih", config)
    assert document.pegawai.nama == "Rina Marlina, S.E."
    assert document.penilai.nama == "Ir. Hendra Gunawan, M.P."
    assert document.penilai.nip == "19700301 199503 1 002"
    assert document.penilai.cells["unit_kerja"] == "E10"


def test_empty_penilai_field_in_one_block_is_reported_on_its_cell(config: Config) -> None:
    found, _ = _check("kop_satu_blok_jabatan_kosong", config)
    assert found == {("identitas-kosong", "SKP", "E9")}


def test_superior_rk_on_its_own_row_goes_to_the_rks_below_it(config: Config) -> None:
    _, document = _check("atasan_kelompok_bersih", config)
    assert [(rk.text, rk.rk_atasan, rk.cells.get("rk_atasan")) for rk in document.rencana] == [
        (
            "Surat dinas yang diproses tepat waktu",
            "Meningkatnya kualitas layanan administrasi Dinas Pertanian",
            "C15",
        ),
        (
            "Data barang milik daerah yang mutakhir",
            "Meningkatnya kualitas pengelolaan barang milik daerah Dinas Pertanian",
            "C18",
        ),
        ("Tersusunnya bahan paparan pimpinan", None, "C21"),
    ]


def test_rk_above_every_superior_row_is_still_reported(config: Config) -> None:
    found, _ = _check("atasan_kelompok_kosong", config)
    assert found == {("rk-atasan-kosong", "SKP", "C15")}
