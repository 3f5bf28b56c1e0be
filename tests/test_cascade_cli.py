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
    # the Matriks on its own holds no Rencana SKP, and skp periksa says plainly that it is that annex
    report, document = check_path(out / "Matriks Peran Hasil Budi Santoso.xlsx", config)
    assert document is None and [(f.code, f.cell) for f in report.findings] == [("bukan-skp", None)]
    assert "hanya ada lampiran MATRIKS PEMBAGIAN PERAN DAN HASIL tanpa tabel Rencana SKP" in (
        report.findings[0].message)
    assert "diperiksa bersama SKP yang memuat Rencana SKP-nya)." in report.findings[0].message  # not cut


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


def test_a_cell_listing_several_results_becomes_several_rk(config, tmp_path: Path) -> None:
    """A Matriks cell that lists results (one per line, "; ", "1. … 2. …", "a) … b) …") gives one RK each,
    all intervening the same superior RK; a countable target is split in whole units."""
    from cascade_data import atasan_document

    from skp.models import MatriksAnggota, MatriksKolom, MatriksPeranHasil

    document = atasan_document()
    rk_pantau = document.rencana[1].text
    cells = ["1. Laporan pemantauan triwulan I 2. Laporan pemantauan triwulan II",
             "Data capaian program terkumpul; Rekomendasi tindak lanjut tersusun",
             "a) Jadwal kunjungan lapangan\nb) Notulen rapat evaluasi"]
    document.matriks = MatriksPeranHasil(
        kolom=[MatriksKolom(rk=rk_pantau)],
        anggota=[MatriksAnggota(nama=n, nip=p, jabatan=j, hasil=[cell])
                 for (n, p, j), cell in zip(TEAM, cells, strict=True)])
    atasan = write_atasan(tmp_path / "atasan.xlsx", config, document)
    out = tmp_path / "draf"
    result = CliRunner().invoke(main, ["kaskade", str(atasan), "-o", str(out)])
    assert result.exit_code == 0, result.output
    expected = [["Laporan pemantauan triwulan I", "Laporan pemantauan triwulan II"],
                ["Data capaian program terkumpul", "Rekomendasi tindak lanjut tersusun"],
                ["Jadwal kunjungan lapangan", "Notulen rapat evaluasi"]]
    for (nama, nip, _), texts in zip(TEAM, expected, strict=True):
        _, draft = check_path(out / f"SKP {nama} {nip}.xlsx", config)
        assert draft is not None
        utama = draft.rk("utama")
        assert [rk.text for rk in utama if rk.rk_atasan == rk_pantau] == texts
    matriks = load_workbook(next(out.glob("Matriks*.xlsx")))["Matriks Peran Hasil"]
    shares = {v for row in matriks.iter_rows(values_only=True) for v in row if isinstance(v, str)}
    assert {"4 dokumen", "3 dokumen"} <= shares and not any("," in v and "dokumen" in v for v in shares)
