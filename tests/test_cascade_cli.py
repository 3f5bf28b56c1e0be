"""``skp kaskade`` writes the matrix and one draft per member, never touching the input or old files."""

from __future__ import annotations

import hashlib
from pathlib import Path

from cascade_data import TEAM, write_atasan
from click.testing import CliRunner
from openpyxl import load_workbook

from batch.cli import main
from skp.periksa import check_path


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_kaskade_writes_matrix_and_member_drafts(config, tmp_path: Path) -> None:
    atasan = write_atasan(tmp_path / "SKP Budi.xlsx", config)
    before = _digest(atasan)
    out = tmp_path / "draf"
    result = CliRunner().invoke(main, ["kaskade", str(atasan), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert _digest(atasan) == before
    names = sorted(p.name for p in out.iterdir())
    assert names == sorted(["Matriks Peran Hasil Budi Santoso.xlsx",
                            *(f"SKP {nama} {nip}.xlsx" for nama, nip, _ in TEAM)])
    sheet = load_workbook(out / "Matriks Peran Hasil Budi Santoso.xlsx")["Matriks Peran Hasil"]
    values = {v for row in sheet.iter_rows(values_only=True) for v in row if v is not None}
    assert {"Tersusunnya dokumen perencanaan daerah", "4 dokumen", "3 dokumen", TEAM[2][0]} <= values
    for nama, nip, _ in TEAM:
        report, document = check_path(out / f"SKP {nama} {nip}.xlsx", config)
        assert report.nip == nip and document is not None
        assert document.penilai.nama == "Budi Santoso"


def test_second_run_numbers_new_files_instead_of_overwriting(config, tmp_path: Path) -> None:
    atasan = write_atasan(tmp_path / "atasan.xlsx", config)
    out = tmp_path / "draf"
    assert CliRunner().invoke(main, ["kaskade", str(atasan), "-o", str(out)]).exit_code == 0
    first = out / f"SKP {TEAM[0][0]} {TEAM[0][1]}.xlsx"
    first.write_bytes(b"sudah diisi anggota")
    result = CliRunner().invoke(main, ["kaskade", str(atasan), "-o", str(out)])
    assert result.exit_code == 0
    assert first.read_bytes() == b"sudah diisi anggota"
    assert (out / f"SKP {TEAM[0][0]} {TEAM[0][1]} (2).xlsx").exists()
    assert "diberi nomor" in result.output


def test_unreadable_input_exits_2(tmp_path: Path) -> None:
    bad = tmp_path / "bukan.xlsx"
    bad.write_bytes(b"bukan buku kerja")
    result = CliRunner().invoke(main, ["kaskade", str(bad), "-o", str(tmp_path / "o")])
    assert result.exit_code == 2
    assert "tidak dapat dibaca" in result.output


def test_help_is_indonesian() -> None:
    result = CliRunner().invoke(main, ["kaskade", "--help"])
    assert result.exit_code == 0
    assert "Matriks Pembagian Peran dan Hasil" in result.output and "Folder tujuan" in result.output
