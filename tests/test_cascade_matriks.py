"""The matrix follows the superior's Kinerja Utama RK, keeps agreed work and splits beban targets exactly."""

from __future__ import annotations

from pathlib import Path

from cascade_data import TEAM, atasan_document, write_atasan

from skp.cascade.bawahan import file_name_for, form_for, free_path, member_drafts
from skp.cascade.matriks import BEBAN_TARGET, lay_out_matriks
from skp.config import Config
from skp.jabatan_fungsional import catalogue_for
from skp.models import MatriksAnggota, MatriksKolom, MatriksPeranHasil
from skp.periksa import check_path
from skp.reading.rules import ReadingRules, heading_pattern
from skp.writing.atomic import save_workbook
from skp.writing.builder import build_workbook


def test_columns_are_the_kinerja_utama_rk_with_a_beban_target_proposal(config) -> None:
    matriks = lay_out_matriks(atasan_document(), config)
    assert [k.rk for k in matriks.kolom] == [
        "Tersusunnya dokumen perencanaan daerah", "Terpantaunya pelaksanaan program di wilayah",
    ]
    first, second = matriks.kolom
    assert (first.jenis_penyelarasan, first.metode) == ("direct", BEBAN_TARGET)
    assert first.target.raw == "10 dokumen"
    assert (second.jenis_penyelarasan, second.metode) == (None, None)
    assert [a.hasil for a in matriks.anggota] == [
        ["4 dokumen", None], ["3 dokumen", None], ["3 dokumen", None],
    ]


def test_agreed_columns_and_results_survive_a_reordered_skp(config) -> None:
    atasan = atasan_document()
    atasan.rencana.reverse()
    atasan.matriks = MatriksPeranHasil(
        kolom=[MatriksKolom(rk="Tersusunnya dokumen perencanaan daerah", jenis_penyelarasan="direct",
                            metode="pembagian-aspek"),
               MatriksKolom(rk="Rapat koordinasi (diketik manual)")],
        anggota=[MatriksAnggota(nama="Citra", jabatan="Perencana Ahli Pertama",
                                hasil=["Tersusunnya naskah RKPD", "Notulen"])],
    )
    matriks = lay_out_matriks(atasan, config)
    assert [k.rk for k in matriks.kolom] == [
        "Terpantaunya pelaksanaan program di wilayah", "Tersusunnya dokumen perencanaan daerah",
        "Rapat koordinasi (diketik manual)",
    ]
    assert matriks.kolom[1].metode == "pembagian-aspek"
    assert matriks.anggota[0].hasil == [None, "Tersusunnya naskah RKPD", "Notulen"]


def test_member_drafts_read_back_with_the_superior_as_penilai(config, tmp_path: Path) -> None:
    atasan = atasan_document()
    matriks = lay_out_matriks(atasan, config)
    matriks.anggota[0].hasil[1] = "Tersedianya laporan pemantauan wilayah I"
    drafts = member_drafts(atasan, matriks.kolom, matriks.anggota)
    assert [d.document.form for d in drafts] == ["jf-dasar", "ja-dasar", "ja-dasar"]
    for draft in drafts:
        path = tmp_path / draft.file_name
        save_workbook(build_workbook(draft.document.form, config, draft.document), path)
        report, document = check_path(path, config)
        assert document is not None and report.form == draft.document.form
        assert report.nip == draft.anggota.nip and report.nip_penilai == atasan.pegawai.nip
        assert document.penilai.nama == atasan.pegawai.nama
        assert all(rk.rk_atasan in {k.rk for k in matriks.kolom} for rk in document.rk("utama"))
    citra = check_path(tmp_path / drafts[0].file_name, config)[1]
    assert [(rk.text, rk.iki[0].target.raw if rk.iki[0].target else None) for rk in citra.rk("utama")] == [
        ("Tersusunnya dokumen perencanaan daerah", "4 dokumen"),
        ("Tersedianya laporan pemantauan wilayah I", None),
    ]


def test_matrix_written_by_the_builder_reads_back_the_same(config, tmp_path: Path) -> None:
    atasan = atasan_document()
    matriks = lay_out_matriks(atasan, config)
    path = write_atasan(tmp_path / "atasan.xlsx", config, atasan.model_copy(update={"matriks": matriks}))
    read = check_path(path, config)[1].matriks
    assert [(k.rk, k.jenis_penyelarasan, k.metode) for k in read.kolom[:2]] == [
        (k.rk, k.jenis_penyelarasan, k.metode) for k in matriks.kolom
    ]
    assert [(a.nama, a.hasil[:2]) for a in read.anggota] == [(a.nama, a.hasil) for a in matriks.anggota]


def test_form_file_name_and_free_path(tmp_path: Path) -> None:
    assert form_for("Pranata Komputer Ahli Muda") == "jf-dasar"
    assert form_for("Kepala Subbagian Umum") == "ja-dasar"
    member = MatriksAnggota(nama='Citra / "Lestari"', nip=TEAM[0][1])
    assert file_name_for(member, 1) == f"SKP Citra Lestari {TEAM[0][1]}.xlsx"
    assert file_name_for(MatriksAnggota(), 4) == "SKP anggota 4.xlsx"
    (tmp_path / "SKP a.xlsx").write_bytes(b"x")
    (tmp_path / "SKP a (2).xlsx").write_bytes(b"x")
    assert free_path(tmp_path, "SKP a.xlsx").name == "SKP a (3).xlsx"


def test_a_member_draft_opens_on_the_form_its_reader_will_detect() -> None:
    """A distinctive JF name without its jenjang, and a JF name the agency added with ``--aturan``, give a
    JF draft, as the reader will detect the returned SKP; an ordinary JA title stays JA."""
    assert form_for("Arsiparis") == "jf-dasar"
    assert form_for("Penata Kelola Obat dan Makanan") == "ja-dasar"  # unknown to the shipped catalogue
    extra = {"khas_tambahan": ["penata kelola obat dan makanan"]}
    catalogue = catalogue_for(Config(rules={**Config().rules, "jabatan_fungsional": extra}))
    assert form_for("Penata Kelola Obat dan Makanan", catalogue) == "jf-dasar"
    assert form_for("Kepala Subbagian Umum", catalogue) == "ja-dasar"


def test_grouping_rows_of_a_team_are_no_members(config: Config) -> None:
    """``A. Seksi Pelayanan Dokumen`` and ``Tim Kerja SIAK`` in the NAMA column alone head the members under
    them (``tests/data/make_kaskade_tombol.py``): Buat SKP Bawahan makes no draft for them, while a member
    whose row holds only her name gets hers."""
    path = Path(__file__).parent / "data" / "kaskade_ba_baris_pengelompok.xlsx"
    report, document = check_path(path, config)
    assert document is not None and document.matriks is not None and report.findings == []
    drafts = member_drafts(document, document.matriks.kolom, document.matriks.anggota)
    assert [(d.anggota.row, d.file_name) for d in drafts] == [
        (10, "SKP Andreas Sembiring, A.Md. 19900402 201503 1 003.xlsx"),
        (11, "SKP Lestari Handayani, S.E. 19920815 201701 2 005.xlsx"),
        (12, "SKP Rahmat Hidayat 19880930 201001 1 002.xlsx"),
        (14, "SKP Siti Aminah.xlsx"),
    ]


def test_a_grouping_row_is_told_by_its_first_word_after_a_number_not_after_a_gelar() -> None:
    """``pembacaan.kata_baris_pengelompok`` after nothing, a letter, a roman or (multi-level) number; a
    gelar before a person's name (``Ir. Tim …``) numbers nothing, nor does ``Kepala`` open a unit."""
    pattern = heading_pattern(ReadingRules().kata_baris_pengelompok)
    units = ["Subbagian Keuangan", "B. Seksi Pendataan", "VIII. Seksi Pelayanan", "(2) Tim Kerja",
             "A.1. Subag Umum", "1.1 Subbagian Umum", "SUB BAGIAN UMUM"]
    people = ["Ir. Tim Santoso", "Drs. Tim Hartono", "Kepala Subbagian Umum", "Bagus Prasetyo", "Timotius"]
    assert [t for t in units + people if pattern.match(t)] == units
