"""A label with a typo where a table ends or a Manual IKI's header stands (fixtures:
``tests/data/make_salah_ketik_penghenti.py``, found by ``benchmarks/gangguan.py``'s ``salah-ketik`` run): a
misspelt signature label under the table ends it, a misspelt first label of a Manual written under the plan
begins the Manual, a misspelt IKI header of a Manual table still names the IKI each row describes, a
misspelt ``TARGET/BAIK`` still heads the Penilaian's target, and a Manual IKI table with two misspelt labels
is still a Manual, not a second plan. Clean variants have no finding at all; the defective ones keep
exactly theirs, on their cell."""

from __future__ import annotations

from pathlib import Path

import pytest

from skp.config import Config
from skp.periksa import check_path

DATA = Path(__file__).parent / "data"


@pytest.mark.parametrize(
    ("name", "form", "expected"),
    [
        ("ttd_bawah_tabel_bersih", "ja-dasar", set()),
        ("ttd_bawah_tabel_tanpa_target", "ja-dasar", {("iki-tanpa-target", "SKP", "F17")}),
        ("manual_bawah_rencana_bersih", "jpt-dasar", set()),
        ("manual_bawah_rencana_deskripsi", "jpt-dasar", {("manual-iki-kosong", "SKP JPT", "C41")}),
        ("manual_tabel_judul_dua_baris_bersih", "jpt-dasar", set()),
        ("manual_tabel_judul_dua_baris_tujuan_kosong", "jpt-dasar",
         {("manual-iki-kosong", "Manual IKI", "G10")}),
        ("manual_tabel_judul_dua_baris_tanpa_gabungan_bersih", "jpt-dasar", set()),
        ("manual_tabel_judul_dua_baris_tanpa_gabungan_tujuan_kosong", "jpt-dasar",
         {("manual-iki-kosong", "Manual IKI", "G10")}),
        ("manual_tabel_dua_salah_ketik_bersih", "jpt-dasar", set()),
        ("manual_tabel_dua_salah_ketik_formula_kosong", "jpt-dasar",
         {("manual-iki-kosong", "Manual IKI", "F6")}),
        ("manual_kolom_rencana_bersih", "jpt-dasar", set()),
        ("manual_kolom_rencana_formula_kosong", "jpt-dasar", {("manual-iki-kosong", "SKP JPT", "G17")}),
        ("penilaian_target_baik_bersih", "ja-pengembangan", set()),
        ("penilaian_target_baik_capaian_salah", "ja-pengembangan",
         {("capaian-tidak-sesuai", "Penilaian", "J12")}),
    ],
)
def test_findings(name: str, form: str, expected: set[tuple[str, str, str]], config: Config) -> None:
    report, document = check_path(DATA / f"salah_ketik_{name}.xlsx", config)
    assert document is not None and report.form == form
    assert set(report.flatten()) == expected


def test_the_signature_block_is_no_rk(config: Config) -> None:
    _, document = check_path(DATA / "salah_ketik_ttd_bawah_tabel_tanpa_target.xlsx", config)
    assert document is not None
    assert [rk.cell("rk") for rk in document.rencana] == ["C14", "C17", "C19"]


@pytest.mark.parametrize("name", ["manual_bawah_rencana_bersih", "manual_bawah_rencana_deskripsi"])
def test_the_manual_under_the_plan_begins_at_its_misspelt_label(name: str, config: Config) -> None:
    _, document = check_path(DATA / f"salah_ketik_{name}.xlsx", config)
    assert document is not None
    assert [iki.cell("target") for rk in document.rencana for iki in rk.iki][-1] == "D22"
    first = document.manual_iki[0]
    assert (first.rencana_kinerja, first.cells["rencana_kinerja"]) == (
        "Meningkatnya kualitas layanan informasi publik", "C25")


@pytest.mark.parametrize("merges", ["", "_tanpa_gabungan"])
def test_the_misspelt_iki_header_names_each_manual_row(merges: str, config: Config) -> None:
    _, document = check_path(DATA / f"salah_ketik_manual_tabel_judul_dua_baris{merges}_bersih.xlsx", config)
    assert document is not None
    assert [m.cells["iki"] for m in document.manual_iki] == [f"C{r}" for r in range(5, 11)]


def test_the_penilaian_target_is_read_under_its_misspelt_header(config: Config) -> None:
    _, document = check_path(DATA / "salah_ketik_penilaian_target_baik_bersih.xlsx", config)
    assert document is not None and document.penilaian is not None
    assert [row.cells["target"] for row in document.penilaian.rows][:3] == ["F10", "F11", "F12"]
