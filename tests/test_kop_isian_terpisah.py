"""A kop that writes PANGKAT and GOL. RUANG on two rows, or each field as ``LABEL : value`` in one cell
(fixtures: ``tests/data/make_kop_isian_terpisah.py``, found by ``benchmarks/nyata_cb``): both halves of
the pangkat are read and compared, and an empty ``NAMA :`` is reported in its own cell."""

from __future__ import annotations

from pathlib import Path

import pytest

from skp.config import Config
from skp.periksa import check_path

DATA = Path(__file__).parent / "data"


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("kop_pangkat_golongan_dua_baris_bersih", set()),
        ("kop_pangkat_golongan_dua_baris_tidak_sesuai", {("pangkat-tidak-dikenal", "SKP", "C8")}),
        ("kop_golongan_pangkat_dua_baris_tidak_sesuai", {("pangkat-tidak-dikenal", "SKP", "C8")}),
        ("kop_label_isi_satu_sel_bersih", set()),
        ("kop_label_isi_satu_sel_nama_kosong", {("identitas-kosong", "SKP", "B6")}),
    ],
)
def test_findings(name: str, expected: set[tuple[str, str, str]], config: Config) -> None:
    report, _ = check_path(DATA / f"{name}.xlsx", config)
    assert set(report.flatten()) == expected


def test_the_pangkat_is_read_with_its_golongan_row(config: Config) -> None:
    _, document = check_path(DATA / "kop_pangkat_golongan_dua_baris_bersih.xlsx", config)
    assert document is not None
    assert document.pegawai.pangkat == "Penata Muda Tingkat I III/b"
    assert document.pegawai.jabatan == "Pengelola Keuangan"  # the GOL. RUANG row is no other field's


def test_the_mismatch_names_both_halves(config: Config) -> None:
    report, _ = check_path(DATA / "kop_golongan_pangkat_dua_baris_tidak_sesuai.xlsx", config)
    [finding] = report.findings
    assert "Penata Muda Tingkat I" in finding.message and "IV/a" in finding.message
