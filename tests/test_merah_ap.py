"""General causes found by the red-team set ``benchmarks/merah_ap`` (the JPT Manual Indikator Kinerja), each
with its own workbook in ``tests/data`` (built by ``tests/data/make_jpt_manual_label.py``) and its exact
findings: Manual labels in the words agencies copy from their Manual IKU (``SASARAN STRATEGIS``,
``INDIKATOR KINERJA UTAMA``, ``FORMULASI PENGUKURAN``, ``ALASAN PEMILIHAN INDIKATOR``) or write in a table
(``SASARAN``, ``INDIKATOR``, ``PENJELASAN RK``, ``URAIAN IKI``, ``FORMULA IKI``, ``TUJUAN IKI``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from skp.config import Config
from skp.periksa import check_path

DATA = Path(__file__).parent / "data"

EXPECTED = {
    # read as the Manual's own fields: every IKI has its Manual, nothing reported
    "jpt_manual_label_iku.xlsx": set(),
    "jpt_manual_label_tabel_kata_lain.xlsx": set(),
    # the one field left empty is reported where it stands, not every IKI as having no Manual
    "jpt_manual_label_iku_formula_kosong.xlsx": {("manual-iki-kosong", "Manual IKI", "C34")},
    "jpt_manual_label_tabel_kata_lain_tujuan_kosong.xlsx": {("manual-iki-kosong", "Manual IKI", "G6")},
    # a value that begins with its label (``Rumus : …``) is the value, not a new block
    "jpt_manual_label_isian_berawalan.xlsx": set(),
    "jpt_manual_label_isian_berawalan_definisi_kosong.xlsx": {("manual-iki-kosong", "Manual IKI", "C14")},
    # ``IKI 1 | Indeks …`` names the IKI of its block
    "jpt_manual_label_iki_bernomor.xlsx": set(),
    "jpt_manual_label_iki_bernomor_tanpa_blok.xlsx": {("manual-iki-kosong", "SKP JPT", "C16")},
    # NO | RENCANA KINERJA | INDIKATOR KINERJA INDIVIDU merged over both header rows name the IKI of each row
    "jpt_manual_tata_judul_dua_baris.xlsx": set(),
    "jpt_manual_tata_judul_dua_baris_formula_kosong.xlsx": {("manual-iki-kosong", "Manual IKI", "F8")},
    # the RK and its DESKRIPSI merged over the RK's two IKI rows hold for both
    "jpt_manual_tata_rk_digabung.xlsx": set(),
    "jpt_manual_tata_rk_digabung_definisi_kosong.xlsx": {("manual-iki-kosong", "Manual IKI", "E6")},
    "jpt_manual_tata_rk_sekali.xlsx": set(),
    "jpt_manual_tata_rk_sekali_definisi_kosong.xlsx": {("manual-iki-kosong", "Manual IKI", "E6")},
    # DEFINISI IKI (RINGKAS) and TUJUAN (RINGKAS) on the header row, right of labels written exactly: labels
    # with a gloss, not the values of the labels left of them
    "jpt_manual_tata_rk_digabung_berketerangan.xlsx": set(),
    "jpt_manual_tata_rk_digabung_berketerangan_definisi_kosong.xlsx": {
        ("manual-iki-kosong", "Manual IKI", "E6")},
    # the Manual's columns beside the plan's: each IKI row is its own Manual
    "jpt_manual_tata_kolom_rencana.xlsx": set(),
    "jpt_manual_tata_kolom_rencana_tujuan_kosong.xlsx": {("manual-iki-kosong", "SKP JPT", "H19")},
    # the untitled blocks under the plan end it: no RK 'RENCANA KINERJA' without target, no rk-ganda
    "jpt_manual_tata_bawah_rencana.xlsx": set(),
    "jpt_manual_tata_bawah_rencana_tanpa_blok.xlsx": {("manual-iki-kosong", "SKP JPT", "C20")},
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_workbook_gives_exactly_its_findings(name: str, config: Config) -> None:
    report, _ = check_path(DATA / name, config)
    assert (report.form, set(report.flatten())) == ("jpt-dasar", EXPECTED[name])


def test_plan_ends_where_the_untitled_manual_begins(config: Config) -> None:
    from skp.reading.load import load_grid
    from skp.reading.reader import read_document

    document = read_document(load_grid(DATA / "jpt_manual_tata_bawah_rencana.xlsx", config), config)
    last = "Terlaksananya peran sebagai narasumber seminar nasional SPBE"
    assert [rk.text for rk in document.rencana][-1] == last
    assert len(document.manual_iki or []) == 6
