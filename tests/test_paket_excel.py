"""A workbook's package as Microsoft Excel saves it, read as the reviewer sees the form (from
``benchmarks/nyata_s``). Workbooks from ``tests/data/make_paket_excel.py``: exact findings, none on the
clean ones."""

from __future__ import annotations

from pathlib import Path

import pytest

from skp.config import Config
from skp.periksa import check_path
from skp.reading.formats import Affix, affix_of
from skp.reading.load import load_grid

DATA = Path(__file__).parent / "data"

EXPECTED = {
    # an old PP 46 SKP in a veryHidden sheet: Excel cannot show it, the visible 8/2021 form is what is sent
    "paket_sangat_tersembunyi_pp46.xlsx": ("ja-dasar", set()),
    "paket_sangat_tersembunyi_pp46_target_kosong.xlsx": ("ja-dasar", {("iki-tanpa-target", "SKP", "F15")}),
    # targets typed as numbers, their satuan written by formats as Excel stores them
    "paket_format_satuan_excel.xlsx": ("ja-dasar", set()),
    "paket_format_satuan_excel_satu_tanpa_satuan.xlsx": ("ja-dasar", {("target-tanpa-satuan", "SKP", "F17")}),
    # the same as Strict Open XML: its styles and sheets are in the purl.oclc.org namespaces
    "paket_strict.xlsx": ("ja-dasar", set()),
    "paket_strict_satu_tanpa_satuan.xlsx": ("ja-dasar", {("target-tanpa-satuan", "SKP", "F17")}),
    # a formula's stored error is what the cell shows: #REF! is no nilai akhir; #DIV/0! of a sheet not yet
    # filled is no wrong nilai either
    "paket_galat_nilai_akhir_ref.xlsx": ("ja-dasar", {("capaian-tidak-sesuai", "Penilaian", "J16")}),
    "paket_galat_penilaian_belum_diisi.xlsx": ("ja-dasar", set()),
}


@pytest.fixture(scope="module")
def config() -> Config:
    return Config()


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_workbook_gives_exactly_its_findings_and_form(name: str, config: Config) -> None:
    report, _ = check_path(DATA / name, config, display_path=name)
    contract = report.to_contract()
    form, findings = EXPECTED[name]
    assert contract["form"] == form
    assert {(f["code"], f["sheet"], f["cell"]) for f in contract["findings"]} == findings


def test_very_hidden_sheet_is_not_read(config: Config) -> None:
    grid = load_grid(DATA / "paket_sangat_tersembunyi_pp46.xlsx", config)
    assert [sheet.name for sheet in grid.sheets] == ["SKP"]


@pytest.mark.parametrize(
    ("code", "affix"),
    [
        ('General" laporan"', Affix("", " laporan")),
        ("0\\ \\b\\u\\l\\a\\n", Affix("", " bulan")),
        ('#,##0\\ "dokumen"', Affix("", " dokumen")),
        ("[$Rp-421]#,##0", Affix("Rp", "")),
        ("_-[$Rp-421]* #,##0_-;\\-[$Rp-421]* #,##0_-", Affix("Rp", "")),
        ('"Sebanyak "0" sertifikat"', Affix("Sebanyak ", " sertifikat")),
        ('[Red]0" laporan"', Affix("", " laporan")),
        ('0" %"', Affix("", " %")),
        ("0%", Affix("", "%", percent=True)),
        ("0.00%", Affix("", "%", percent=True)),
        ("#,##0;[Red]\\-#,##0", None),
        ("[$-421]d mmmm yyyy;@", None),
        ("General", None),
        ("mm:ss.0", None),
    ],
)
def test_format_words_as_excel_stores_them(code: str, affix: Affix | None) -> None:
    """Quoted, escaped one character at a time, or a currency bracket: the words Excel shows beside the
    number; an unquoted ``%``: the number shown times 100 (a quoted one is a word); formats showing no word
    and no percent give none."""
    assert affix_of(code) == affix


def test_strict_package_targets_are_read_as_shown(config: Config) -> None:
    sheet = load_grid(DATA / "paket_strict.xlsx", config).sheets[0]
    assert [sheet.rows[r][5] for r in (13, 15, 16, 18)] == ["12 laporan", "12 bulan", "240 dokumen",
                                                            "1 sertifikat"]


def test_error_cell_is_read_as_its_error_text(config: Config) -> None:
    """python-calamine gives an error cell as nothing; the grid puts back what Excel shows once asked."""
    grid = load_grid(DATA / "paket_galat_nilai_akhir_ref.xlsx", config)
    sheet = grid.sheet("Penilaian")
    assert sheet is not None and sheet.rows[15][9] is None
    assert grid.show_errors() and sheet.rows[15][9] == "#REF!"
    assert not grid.show_errors()  # once
