"""General causes the white-box probes ``benchmarks/merah_aw`` (``skp kaskade`` on agency-filled superiors,
the drafts filled and checked with the superior) found, each on its own fixture
(``tests/data/make_kaskade_merah_aw.py``)."""

from __future__ import annotations

import shutil
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner

from batch.cli import main
from skp.cascade.cautions import cautions
from skp.cascade.matriks import lay_out_matriks
from skp.config import Config
from skp.periksa import check_path
from skp.run.batch import run_batch

DATA = Path(__file__).parent / "data"
JABATAN = ["Pengembang Kurikulum", "Pengelola Data Pendidikan", "Pranata Komputer Ahli Pertama"]
RK_KASI_1 = "Dokumen kurikulum operasional sekolah terverifikasi"


@pytest.mark.parametrize("name", ["kaskade_aw_matriks_tanpa_judul_hasil.xlsx",
                                  "kaskade_aw_matriks_dengan_judul_hasil.xlsx"])
def test_result_column_without_heading_is_not_part_of_the_jabatan(name: str, config: Config) -> None:
    """``NAMA | NIP | JABATAN`` with nothing written over the result columns: the first result column is a
    result, not the rest of the jabatan (before: ``Pengembang Kurikulum Dokumen KOSP gugus 1 …``)."""
    _, atasan = check_path(DATA / name, config)
    assert atasan is not None and atasan.matriks is not None
    assert [a.jabatan for a in atasan.matriks.anggota] == JABATAN
    assert [a.hasil for a in atasan.matriks.anggota] == [
        ["Dokumen KOSP gugus 1 terverifikasi", "Laporan supervisi gugus 1 tersusun"],
        ["Rekap verifikasi KOSP tersaji", None],
        [None, "Basis data supervisi kurikulum termutakhirkan"],
    ]


def test_drafts_from_a_matriks_without_result_heading_carry_the_jabatan(tmp_path: Path) -> None:
    out = tmp_path / "draf"
    result = CliRunner().invoke(main, ["kaskade", str(DATA / "kaskade_aw_matriks_tanpa_judul_hasil.xlsx"),
                                       "-o", str(out)])
    assert result.exit_code == 0, result.output
    drafts = sorted(p for p in out.glob("SKP *.xlsx"))
    read = [check_path(p, Config())[1] for p in drafts]
    assert sorted(d.pegawai.jabatan for d in read if d is not None) == sorted(JABATAN)
    forms = {d.pegawai.jabatan: d.form for d in read if d is not None}
    assert forms["Pranata Komputer Ahli Pertama"] == "jf-dasar"
    assert forms["Pengembang Kurikulum"] == "ja-dasar"


BATCH_CODES = {"rk-atasan-tidak-cocok", "rk-atasan-tidak-diintervensi", "target-kaskade-tidak-seimbang",
               "kesetaraan-tidak-seimbang", "skp-ganda", "skp-atasan-tidak-ditemukan"}


def _batch(folder: Path, config: Config) -> set[tuple[str, str, str | None, str | None]]:
    """The batch-scope findings of the folder (the members' plans are not the point: a JF without its
    Keterkaitan AK is reported on its own), with the superior's missing superior left out."""
    batch = run_batch(sorted(folder.glob("*.xlsx")), config, jobs=1)
    return {(Path(r.path).name, f.code, f.sheet, f.cell) for r in batch.reports for f in r.findings
            if f.code in BATCH_CODES and not (Path(r.path).name == "atasan.xlsx"
                                              and f.code == "skp-atasan-tidak-ditemukan")}


def test_beban_target_left_to_the_members_is_summed_over_the_whole_team(tmp_path: Path,
                                                                          config: Config) -> None:
    """The superior's Matriks states RK 1 as Pembagian Beban Target ``12 dokumen`` with every member cell
    empty (``skp kaskade`` splits it into the drafts): the members' own targets are its parts. 4 + 4 + 6
    does not add up to 12 (before: no part, nothing checked); 4 + 4 + 4 does."""
    unbalanced = _batch(DATA / "kaskade_aw_beban_kosong_tidak_seimbang", config)
    assert ("atasan.xlsx", "target-kaskade-tidak-seimbang", "Matriks Peran Hasil", "D6") in unbalanced
    assert unbalanced == {("atasan.xlsx", "target-kaskade-tidak-seimbang", "Matriks Peran Hasil", "D6")}
    assert _batch(DATA / "kaskade_aw_beban_kosong", config) == set()


def test_beban_target_left_to_the_members_follows_the_rule(config: Config) -> None:
    """``kumpulan.beban_kosong_seluruh_tim: false``: a column with no part in the Matriks is not judged."""
    off = Config(rules={**config.rules, "kumpulan": {**config.rules["kumpulan"],
                                                     "beban_kosong_seluruh_tim": False}})
    assert _batch(DATA / "kaskade_aw_beban_kosong_tidak_seimbang", off) == set()


def test_beban_target_split_by_kaskade_then_one_member_raises_its_share(tmp_path: Path,
                                                                         config: Config) -> None:
    """End to end: ``skp kaskade`` splits the empty column (12 → 4 + 4 + 4); the drafts checked with the
    superior give no imbalance; one member raising its share to 6 does."""
    out = tmp_path / "draf"
    source = DATA / "kaskade_aw_beban_kosong" / "atasan.xlsx"
    result = CliRunner().invoke(main, ["kaskade", str(source), "-o", str(out)])
    assert result.exit_code == 0, result.output
    for matriks in out.glob("Matriks*.xlsx"):
        matriks.unlink()
    shutil.copy(source, out / "atasan.xlsx")
    assert not {f for f in _batch(out, config) if f[1] == "target-kaskade-tidak-seimbang"}

    draft = next(p for p in out.glob("SKP Petrus*.xlsx"))
    wb = openpyxl.load_workbook(draft)
    ws = wb["SKP"]
    cell = next(c for row in ws.iter_rows() for c in row if c.value == "4 dokumen")
    cell.value = "6 dokumen"
    wb.save(draft)
    found = _batch(out, config)
    assert ("atasan.xlsx", "target-kaskade-tidak-seimbang", "Matriks Peran Hasil", "D6") in found


@pytest.mark.parametrize(("name", "expected"), [
    ("kaskade_aw_atasan_tanpa_periode.xlsx", [("periode-tidak-valid", "SKP", None)]),
    ("kaskade_aw_atasan_tanpa_nip.xlsx", [("identitas-kosong", "SKP", "C7")]),
    ("kaskade_aw_kolom_rk_lain.xlsx", [("rk-atasan-tidak-cocok", "Matriks Peran Hasil", "E3")]),
    ("kaskade_aw_matriks_dengan_judul_hasil.xlsx", []),
])
def test_what_every_draft_would_inherit_is_said(name: str, expected: list, config: Config) -> None:
    """A superior without a period, without its own NIP, or with a Matriks column (holding a result) for an
    RK that is not in its plan: every draft would be reported for it, so kaskade says it, naming the
    superior's cell; a clean superior gets nothing."""
    report, atasan = check_path(DATA / name, config)
    assert atasan is not None
    said = cautions(report, atasan, lay_out_matriks(atasan, config), config)
    assert [(c.code, c.sheet, c.cell) for c in said] == expected


def test_kaskade_command_warns_on_stderr_and_still_writes(tmp_path: Path) -> None:
    out = tmp_path / "draf"
    result = CliRunner().invoke(main, ["kaskade", str(DATA / "kaskade_aw_atasan_tanpa_nip.xlsx"),
                                       "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert "Peringatan:" in result.stderr and "C7" in result.stderr
    assert len(list(out.glob("SKP *.xlsx"))) == 3
    clean = CliRunner().invoke(main, ["kaskade", str(DATA / "kaskade_aw_matriks_dengan_judul_hasil.xlsx"),
                                      "-o", str(tmp_path / "bersih")])
    assert clean.exit_code == 0 and "Peringatan" not in clean.stderr


def test_a_member_listed_on_two_rows_gets_one_draft_with_all_results(tmp_path: Path, config: Config) -> None:
    """The first member listed again on a fourth row (a row per role), RK 2's result there: one person,
    one draft holding both results (before: two drafts, ``skp-ganda`` on both, one result in each)."""
    _, atasan = check_path(DATA / "kaskade_aw_anggota_dua_baris.xlsx", config)
    assert atasan is not None
    matriks = lay_out_matriks(atasan, config)
    assert [a.jabatan for a in matriks.anggota] == JABATAN
    assert matriks.anggota[0].hasil == ["Dokumen KOSP gugus 1 terverifikasi",
                                        "Laporan supervisi gugus 1 tersusun"]
    out = tmp_path / "draf"
    source = DATA / "kaskade_aw_anggota_dua_baris.xlsx"
    result = CliRunner().invoke(main, ["kaskade", str(source), "-o", str(out)])
    assert result.exit_code == 0, result.output
    drafts = sorted(out.glob("SKP *.xlsx"))
    assert len(drafts) == 3 and not any("(2)" in p.name for p in drafts)
    shutil.copy(source, out / "atasan.xlsx")
    for matriks_file in out.glob("Matriks*.xlsx"):
        matriks_file.unlink()
    assert _batch(out, config) == set()


def test_beban_target_left_to_the_members_counts_a_person_on_two_rows_once(config: Config) -> None:
    """4 + 4 + 4 = 12 with the first member listed twice: one part per person, no imbalance."""
    assert _batch(DATA / "kaskade_aw_beban_kosong_anggota_dua_baris", config) == set()


def test_a_result_wrapped_by_hand_stays_one_rk(config: Config) -> None:
    """Two results one per line, each with its capital, are two RK (before: the reader joined the lines,
    so ``Basis data … termutakhirkan Peta sebaran …`` was one RK); a line that only continues the sentence
    above it (lower case under a capital, or after ``dan`` or a comma) is the same result."""
    from skp.cascade.bawahan import member_drafts

    _, atasan = check_path(DATA / "kaskade_aw_hasil_dipatahkan.xlsx", config)
    assert atasan is not None
    matriks = lay_out_matriks(atasan, config)
    drafts = member_drafts(atasan, matriks.kolom, matriks.anggota)
    assert [[rk.text for rk in d.document.rk("utama")] for d in drafts] == [
        ["Dokumen KOSP gugus 1 terverifikasi",
         "Laporan supervisi gugus 1 tersusun dan Disampaikan ke kepala bidang"],
        ["Rekap verifikasi KOSP tersaji, lengkap dengan catatan perbaikan"],
        ["Basis data supervisi termutakhirkan", "Peta sebaran sekolah binaan tersusun"],
    ]


def test_the_connecting_words_follow_the_rule(config: Config) -> None:
    """``kaskade.kata_sambung`` without ``dan``: the line after ``… tersusun dan`` is a result of its own."""
    from skp.cascade.bawahan import split_results
    from skp.cascade.target import rules

    words = [w for w in rules(config).kata_sambung if w != "dan"]
    cell = "Laporan tersusun dan\nDisampaikan ke kepala bidang"
    assert split_results(cell, words) == ["Laporan tersusun dan", "Disampaikan ke kepala bidang"]
    assert split_results(cell, rules(config).kata_sambung) == [
        "Laporan tersusun dan Disampaikan ke kepala bidang"]
