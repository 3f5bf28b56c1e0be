"""A plan written over two sheets whose kop block titles are both misspelt is still read from its first
sheet: the identity labels above its header make the kop there, where only the block titles did before
(``benchmarks/gangguan.py salah-ketik`` on ``nyata_be`` took the second sheet, whose header has nothing
above it, for the plan's first, and reported every identity field empty and the period missing). Workbooks
built by ``tests/data/make_kop_dua_sheet.py``."""

from __future__ import annotations

from pathlib import Path

from skp.config import Config
from skp.periksa import check_path

DATA = Path(__file__).parent / "data"


def test_the_sheet_with_the_kop_comes_first_when_both_block_titles_are_misspelt(config: Config) -> None:
    report, document = check_path(DATA / "kop_dua_sheet_judul_salah_ketik.xlsx", config)
    assert report.form == "ja-dasar"
    assert report.flatten() == []
    assert document is not None
    assert (document.pegawai.nama, document.penilai.nama) == ("Andi Pratama, S.T.", "Ir. Sutrisno, M.T.")
    assert [rk.text for rk in document.rk("utama")] == [
        "Angkutan umum perdesaan melayani trayek", "Rambu lalu lintas terpasang lengkap"]


def test_a_wrong_nip_in_that_kop_is_reported_at_its_cell(config: Config) -> None:
    report, _ = check_path(DATA / "kop_dua_sheet_judul_salah_ketik_nip_salah.xlsx", config)
    assert report.flatten() == [("nip-tidak-valid", "SKP (1)", "C7")]
