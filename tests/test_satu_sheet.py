"""An SKP and its annexes written on one sheet, one block under another (``tests/data/make_satu_sheet.py``):
each block is read as it is on a sheet of its own, so the workbook gets exactly the findings its sheets
get apart (at the cells they moved to), never one made by taking one block's header for another's rows."""

from __future__ import annotations

from pathlib import Path

import pytest

from skp.config import Config
from skp.periksa import check_path

DATA = Path(__file__).parent / "data"

# the Manual IKI of form_jpt_dasar covers two of the plan's six Kinerja Utama IKI (by design)
_JPT_DASAR_MANUAL = {("manual-iki-kosong", "SKP JPT", f"C{r}") for r in (17, 18, 19, 20)}

EXPECTED = {
    # the Penilaian's header right under the butir kegiatan is no butir kegiatan (no angka-kredit-tidak-valid
    # for its labels); the RK without butir and the Penilaian's wrong results are as on their own sheets
    "satu_sheet_jf_keterkaitan_penilaian.xlsx": ("jf-dasar", {
        ("rk-tanpa-butir-kegiatan", "SKP", "C18"), ("capaian-tidak-sesuai", "SKP", "L54"),
        ("capaian-tidak-sesuai", "SKP", "J55"), ("capaian-tidak-sesuai", "SKP", "M62")}),
    # a Manual IKI table (DEFINISI IKI | FORMULA …) holds more of a JA plan's columns than the JPT plan above
    # it, and is still no plan
    "satu_sheet_jpt_dasar_manual_tabel.xlsx": ("jpt-dasar", _JPT_DASAR_MANUAL),
    # the Manual's ``IKI 1`` heading under the plan's IKI column is a heading, not a misspelt label
    "satu_sheet_jpt_manual_per_kolom.xlsx": ("jpt-dasar", set()),
    # a Manual titled ``MANUAL INDIKATOR KINERJA (IKI)`` far below the sheet's first rows, its labels
    # shortened and misspelt, is still the Manual
    "satu_sheet_jpt_manual_judul_berkurung.xlsx": ("jpt-dasar", set()),
    # the Penilaian's PERSPEKTIF | NO | RENCANA KINERJA … holds more of a Model Pengembangan plan's columns
    # than the Model Dasar plan above it, and is still the Penilaian
    "satu_sheet_jpt_penilaian_perspektif.xlsx": ("jpt-dasar", _JPT_DASAR_MANUAL),
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_blocks_on_one_sheet_read_as_on_their_own_sheets(name: str, config: Config) -> None:
    report, _ = check_path(DATA / name, config, display_path=name)
    contract = report.to_contract()
    form, expected = EXPECTED[name]
    assert contract["form"] == form
    assert {(f["code"], f["sheet"], f["cell"]) for f in contract["findings"]} == expected


def test_a_plan_cell_naming_an_annex_is_no_block_of_it(config: Config) -> None:
    """A SUMBER DATA ``Matriks Pembagian Peran dan Hasil …`` inside the plan names the Matriks; no Matriks is
    read from the plan's own rows (whose identity and header rows would make a nonsense one)."""
    from skp.reading.load import load_grid
    from skp.reading.reader import read_document

    document = read_document(load_grid(DATA / "nyata_sumber_data_matriks.xlsx", config), config)
    assert document.matriks is None
    manual = read_document(load_grid(DATA / "satu_sheet_jpt_manual_judul_berkurung.xlsx", config), config)
    assert manual.manual_iki_sheet == "SKP JPT" and len(manual.manual_iki or []) == 6
