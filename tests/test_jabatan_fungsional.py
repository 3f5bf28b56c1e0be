"""JF known by name (SPEC §3.10): titles without "Ahli", with role suffixes, and JA titles that are no JF."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from skp.config import Config
from skp.jabatan_fungsional import catalogue_for, default_catalogue
from skp.pangkat import golongan_in_range, is_jf_jabatan, jenjang_of
from skp.periksa import check_path

DATA = Path(__file__).parent / "data"


@pytest.mark.parametrize(
    ("jabatan", "jenjang"),
    [
        ("ANALIS KEPEGAWAIAN MUDA selaku SUBKOORDINATOR", "Ahli Muda"),
        ("Analis Kepegawaian Ahli Muda", "Ahli Muda"),
        ("Pengawas Madya", "Ahli Madya"),
        ("Arsiparis Mahir", "Mahir"),
        ("Arsiparis Terampil", "Terampil"),
        ("Plt. Pranata Komputer Penyelia", "Penyelia"),
        ("Pranata Humas Pertama", "Ahli Pertama"),
        ("PRANATA HUMAS AHLI PERTAMA merangkap Pengelola Website", "Ahli Pertama"),
        ("Perencana Muda selaku Subkoordinator Program", "Ahli Muda"),
        ("Auditor Madya", "Ahli Madya"),
        ("Auditor Pelaksana Lanjutan", "Mahir"),
        ("Auditor Pelaksana", "Terampil"),
        ("Analis Kebijakan Utama", "Ahli Utama"),
        ("Analis SDM Aparatur Ahli Pertama", "Ahli Pertama"),
        ("Pengelola Pengadaan Barang/Jasa Muda", "Ahli Muda"),
        ("Pengawas Penyelenggaraan Urusan Pemerintahan di Daerah Ahli Madya", "Ahli Madya"),
        ("P2UPD Muda", "Ahli Muda"),
        ("Guru Kelas Ahli Pertama", "Ahli Pertama"),
        ("Penyuluh Pertanian Penyelia", "Penyelia"),
        ("Penyuluh Madya", "Ahli Madya"),
        ("Statistisi Pertama pada BPS Kabupaten", "Ahli Pertama"),
        ("JF Pustakawan Mahir", "Mahir"),
        ("Perawat Terampil", "Terampil"),
        ("Pranata Laboratorium Kesehatan Pemula", "Pemula"),
        ("Polisi Pamong Praja Terampil", "Terampil"),
        ("Analis Data Ilmiah Ahli Madya", "Ahli Madya"),
        ("Pengawas Sekolah Madya", "Ahli Madya"),
        ("Plh. Widyaiswara Ahli Utama", "Ahli Utama"),
        ("JFT Perencana Muda", "Ahli Muda"),
        ("Ketua Tim Kerja Kearsipan (Arsiparis Mahir)", "Mahir"),  # a role, then the JF with its jenjang
        ("Subkoordinator Perencanaan / Perencana Muda", "Ahli Muda"),
        ("Ketua Tim Kerja Aplikasi, Pranata Komputer Terampil", "Terampil"),
        ("Fungsional Tertentu Arsiparis Mahir", "Mahir"),
        ("Administrator Database Kependudukan Pertama", "Ahli Pertama"),  # a JF of Dukcapil without Ahli
        ("Penata Kependudukan dan Keluarga Berencana Muda", "Ahli Muda"),
    ],
)
def test_jf_titles_give_their_jenjang(jabatan: str, jenjang: str) -> None:
    assert jenjang_of(jabatan) == jenjang
    assert is_jf_jabatan(jabatan)


@pytest.mark.parametrize(
    "jabatan",
    ["Perencana", "Arsiparis", "Pranata Komputer", "Auditor", "Guru SD Negeri 1 Mlati", "Pengawas Sekolah",
     "Analis Kebijakan", "JFT Arsiparis", "Jabatan Fungsional Tertentu Pranata Komputer"],
)
def test_distinctive_jf_names_without_jenjang_are_jf_without_a_jenjang(jabatan: str) -> None:
    assert is_jf_jabatan(jabatan)
    assert jenjang_of(jabatan) is None


@pytest.mark.parametrize(
    "jabatan",
    [
        "Kepala Seksi Pelayanan Umum",
        "Kepala Sub Bagian Umum dan Kepegawaian",
        "Analis Data",  # JA pelaksana (Permen PANRB 41/2018), not the JF Analis Data Ilmiah
        "Analis Perencanaan, Evaluasi dan Pelaporan",
        "Analis Keuangan",
        "Pengadministrasi Umum",
        "Pengadministrasi Kepegawaian",
        "Pengelola Keuangan",
        "Pengelola Data",
        "Pengawas",  # the JA pengawas level, not a JF without a jenjang word
        "Pengawas Lapangan",
        "Penyuluh Lapangan",
        "Penyusun Rencana Kegiatan dan Anggaran",
        "Bendahara Pengeluaran",
        "Sekretaris Dinas",
        "Kepala Bidang Kepemudaan",
        "Pembina Utama",
        "Penyelia Perpustakaan",
        "Plt. Kepala Dinas Pendidikan",
        # JF names that JA pelaksana titles share: without a jenjang word they are not taken for a JF.
        "Penata Ruang",
        "Analis Kepegawaian",
        "Pengelola Pengadaan Barang/Jasa",
        "Teknik Jalan",
        "Polisi Pamong Praja",
        # a JF name behind a structural post or inside a unit, without its jenjang word
        "Kepala Seksi Data (Pranata Komputer)",
        "Kepala Dinas Pendidikan, Pemuda dan Olahraga",
        "Penata Layanan Operasional pada Subbagian Umum, Kepegawaian dan Hukum",
        # the jabatan pelaksana of 2024 (no JF, no angka kredit)
        "Operator Layanan Operasional",
        "Pengelola Layanan Operasional",
        "Penata Layanan Operasional",
        "Pengadministrasi Perkantoran",
    ],
)
def test_ja_titles_are_not_jf(jabatan: str) -> None:
    assert not is_jf_jabatan(jabatan)
    assert jenjang_of(jabatan) is None


def test_a_jenjang_without_ahli_bounds_the_golongan_like_the_full_title() -> None:
    jenjang = jenjang_of("ANALIS KEPEGAWAIAN MUDA selaku SUBKOORDINATOR")
    assert jenjang is not None
    assert golongan_in_range("III/c", jenjang) and not golongan_in_range("IV/a", jenjang)


def test_an_agency_adds_its_own_jf_names_with_aturan() -> None:
    config = Config(rules={**Config().rules, "jabatan_fungsional": {
        "tambahan": ["verifikator keuangan"], "khas_tambahan": ["penata kelola obat dan makanan"]}})
    catalogue = catalogue_for(config)
    assert jenjang_of("Penata Kelola Obat dan Makanan Terampil", catalogue) == "Terampil"
    assert is_jf_jabatan("Penata Kelola Obat dan Makanan", catalogue)
    assert jenjang_of("Verifikator Keuangan Muda", catalogue) == "Ahli Muda"
    assert not is_jf_jabatan("Verifikator Keuangan", catalogue)  # not distinctive: needs its jenjang
    assert not is_jf_jabatan("Penata Kelola Obat dan Makanan")  # not in the default catalogue
    assert catalogue_for(Config()) is default_catalogue()


def test_an_agency_jf_name_from_aturan_reaches_form_detection_and_the_jenjang_check(tmp_path: Path) -> None:
    """A JF the shipped catalogue does not know: a JA form by default; with the agency's rules file the same
    workbook is a JF form (so its JF checks run) and the jenjang bounds the golongan."""
    book = openpyxl.load_workbook(DATA / "form_ja_dasar.xlsx")
    book["SKP"]["C9"] = "Penata Kelola Obat dan Makanan Muda"  # the form's III/b is below Ahli Muda's III/c
    workbook = tmp_path / "jf_instansi.xlsx"
    book.save(workbook)
    rules = tmp_path / "aturan.yaml"
    rules.write_text("jabatan_fungsional:\n  tambahan: [penata kelola obat dan makanan]\n", encoding="utf-8")
    plain, _ = check_path(workbook, Config())
    agency, _ = check_path(workbook, Config.from_file(rules))
    assert plain.form == "ja-dasar"
    assert agency.form == "jf-dasar"
    codes = {(f.code, f.cell) for f in agency.findings}
    assert ("keterkaitan-ak-hilang", None) in codes and ("jenjang-golongan-tidak-sesuai", "C8") in codes
    assert not {f.code for f in plain.findings} & {"keterkaitan-ak-hilang", "jenjang-golongan-tidak-sesuai"}
