"""General causes found by the held-out set ``benchmarks/nyata_y`` (SKP tables pasted into Excel from Word
and PDF), each with its own workbook in ``tests/data`` (built by ``tests/data/make_tempel.py``) and its exact
findings: a cell's lines on rows of their own (with or without the row's other cells merged over them), an
RK's lines going on down its IKI rows as a PDF copy lays them, header labels over two rows, and words
hyphenated across a line break inside a cell, Manual IKI values on two rows; and (found by a disturbance of
``benchmarks/nyata_bt``) narrow TARGET, kategori and cara memantau cells folding after their number."""

from __future__ import annotations

import re
from pathlib import Path

import openpyxl
import pytest
from openpyxl.worksheet.cell_range import MultiCellRange

from skp.config import Config
from skp.periksa import check_path
from skp.reading.grid import plain_row, visible_text
from skp.reading.load import load_grid
from skp.reading.reader import read_document
from skp.reading.table import continues_line, join_lines, starts_sentence

DATA = Path(__file__).parent / "data"

EXPECTED = {
    # RK, RK atasan and IKI of two lines each on two rows, the second row empty elsewhere: one RK, one IKI
    "ja_dasar_tempel_baris.xlsx": set(),
    # an IKI row of its own (Persentase …) with neither aspek nor target is no next line of the IKI above
    "ja_dasar_tempel_baris_target_kosong.xlsx": {
        ("aspek-tidak-valid", "SKP", "D21"), ("iki-tanpa-target", "SKP", "F21")},
    # in capitals, NO / ASPEK / TARGET merged over the lines of their row
    "ja_dasar_tempel_gabung.xlsx": set(),
    # below the merge, a row with only an IKI text in capitals is a row of its own
    "ja_dasar_tempel_gabung_target_kosong.xlsx": {
        ("aspek-tidak-valid", "SKP", "D18"), ("iki-tanpa-target", "SKP", "F18")},
    # filled in Excel in capitals: NO and RK merged over three IKI rows, the last one's target cell its own
    # while the RK's are merged, so that row is no next line of the IKI above, capitals or not
    "ja_dasar_excel_kapital_target_kosong.xlsx": {
        ("aspek-tidak-valid", "SKP", "D16"), ("iki-tanpa-target", "SKP", "F16")},
    # typed all in small letters, the second RK's number on its second row: small letters say nothing
    # where every text has them, so that RK is not taken for the next line of the first
    "ja_dasar_excel_huruf_kecil.xlsx": set(),
    # PDF copy: the RK and RK atasan lines beside the RK's next IKI rows, unnumbered: one RK
    "ja_dasar_tempel_pdf.xlsx": set(),
    "ja_dasar_tempel_pdf_atasan_kosong.xlsx": {("rk-atasan-kosong", "SKP", "B17")},
    # … typed all in capitals or all in small letters: the lines go on by the table's structure alone
    "ja_dasar_tempel_pdf_kapital.xlsx": set(),
    "ja_dasar_tempel_pdf_huruf_kecil.xlsx": set(),
    "ja_dasar_tempel_pdf_kapital_atasan_kosong.xlsx": {("rk-atasan-kosong", "SKP", "B17")},
    # RENCANA KINERJA / ATASAN YANG DIINTERVENSI and INDIKATOR KINERJA / INDIVIDU on two header rows
    "ja_dasar_judul_terbelah.xlsx": set(),
    # Kuan-⏎titas inside one cell is Kuantitas
    "ja_dasar_aspek_terpenggal.xlsx": set(),
    # PDF copy whose TARGET cells fold after their number: 12 / trayek beside the IKI's next line, 90 / % and
    # 6 / bulan on rows of their own
    "ja_dasar_tempel_pdf_terlipat.xlsx": set(),
    # … an IKI row of its own under the folds, with neither aspek nor target, is still one
    "ja_dasar_tempel_pdf_terlipat_target_kosong.xlsx": {
        ("aspek-tidak-valid", "SKP", "D22"), ("iki-tanpa-target", "SKP", "F22")},
}
# Model Pengembangan: kategori CUKUP | BAIK | SANGAT BAIK and cara memantau folding as TARGET does
EXPECTED_PENGEMBANGAN = {
    "ja_pengembangan_tempel_pdf_terlipat.xlsx": set(),
    # a bare number with nothing folded under it has no satuan
    "ja_pengembangan_tempel_pdf_terlipat_tanpa_satuan.xlsx": {("target-tanpa-satuan", "SKP", "F15")},
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_workbook_gives_exactly_its_findings(name: str, config: Config) -> None:
    report, _ = check_path(DATA / name, config)
    assert report.form == "ja-dasar"
    assert set(report.flatten()) == EXPECTED[name]


@pytest.mark.parametrize("name", sorted(EXPECTED_PENGEMBANGAN))
def test_pengembangan_workbook_gives_exactly_its_findings(name: str, config: Config) -> None:
    report, _ = check_path(DATA / name, config)
    assert report.form == "ja-pengembangan"
    assert set(report.flatten()) == EXPECTED_PENGEMBANGAN[name]


def test_folded_cells_read_whole(config: Config) -> None:
    """The folds are read as the cell's one text, at the cell where it starts."""
    document = read_document(load_grid(DATA / "ja_pengembangan_tempel_pdf_terlipat.xlsx", config), config)
    first, second = document.rencana[0].iki
    assert (first.text, first.target.raw, first.target.satuan) == (  # type: ignore[union-attr]
        "Jumlah unit kerja yang dipantau realisasi belanjanya", "28 unit kerja", "unit kerja")
    assert first.kategori is not None and first.kategori.cells == {"cukup": "G15", "baik": "H15",
                                                                    "sangat_baik": "I15"}
    assert (first.kategori.cukup, first.kategori.baik, first.kategori.sangat_baik) == (
        "< 28 unit kerja", "28 unit kerja", "> 28 unit kerja")
    assert (second.target.raw, second.kategori.sangat_baik) == ("97 %", "> 97 %")  # type: ignore[union-attr]
    cara = document.rencana[0].cara_memantau
    assert cara is not None
    assert (cara.data, cara.sumber_data) == ("Laporan realisasi belanja; Laporan realisasi",
                                             "Subbagian Perbendaharaan")


_FOLDING_HEADERS = {"TARGET", "REALISASI", "CAPAIAN IKI"}
_NUMBER_THEN_WORDS = re.compile(r"^(?P<number>.*\d)\s+(?P<rest>[A-Za-z%][^\d]*)$")


def _pasted(path: Path, target: Path, fold: bool) -> Path:
    """``path`` as a PDF copy pastes it: no merged area, the first IKI's target and realisasi written
    ``412,5 miliar rupiah`` (a satuan that scales the number); with ``fold``, every TARGET, REALISASI and
    CAPAIAN IKI cell of the Penilaian table reading ``<number> <words>`` keeps its number, the words going to
    a row inserted under it."""
    wb = openpyxl.load_workbook(path)
    for ws in wb.worksheets:
        ws.merged_cells = MultiCellRange()
    ws = wb["Penilaian"]
    header = next(row[0].row for row in ws.iter_rows() if any(c.value == "REALISASI" for c in row))
    named = {c.value.strip(): c.column for c in ws[header] if isinstance(c.value, str)}
    columns = [named[label] for label in _FOLDING_HEADERS]
    first = next(r for r in range(header + 1, ws.max_row + 1) if ws.cell(r, named["REALISASI"]).value)
    ws.cell(first, named["TARGET"]).value = ws.cell(first, named["REALISASI"]).value = "412,5 miliar rupiah"
    r = header + 1
    while fold and r <= ws.max_row:
        folds = {c: m for c in columns if isinstance(v := ws.cell(r, c).value, str)
                 and (m := _NUMBER_THEN_WORDS.match(v.strip()))}
        if folds:
            ws.insert_rows(r + 1)
            for c, m in folds.items():
                ws.cell(r, c).value, ws.cell(r + 1, c).value = m["number"], m["rest"]
        r += 2 if folds else 1
    wb.save(target)
    return target


@pytest.mark.parametrize("name", ["nyata_penilaian_jpt_bobot_urutan.xlsx",
                                  "merah_penilaian_bulat_bersih.xlsx"])
def test_penilaian_cells_folded_after_their_number_read_as_written_whole(
    name: str, config: Config, tmp_path: Path
) -> None:
    """A Penilaian pasted from a PDF with ``85`` / ``nilai``, ``11`` / ``dokumen``, ``100`` / ``%``,
    ``412,5`` / ``miliar rupiah`` folded reads the same targets and realisasi, and gives the same findings, as
    the same paste unfolded."""
    whole = _pasted(DATA / name, tmp_path / "utuh.xlsx", fold=False)
    folded = _pasted(DATA / name, tmp_path / "terlipat.xlsx", fold=True)
    read = [read_document(load_grid(p, config), config).penilaian for p in (whole, folded)]
    assert all(p is not None for p in read)
    rows = [[(row.iki, row.target.raw if row.target else None, row.realisasi, row.capaian_tertulis)
             for row in p.rows] for p in read if p is not None]
    assert rows[0] == rows[1] and len(rows[0]) >= 4
    assert rows[1][0][1:3] == ("412,5 miliar rupiah", 412.5e9)
    assert any("%" in (row[3] or "") for row in rows[1])
    findings = [{(f.code, f.severity) for f in check_path(p, config)[0].findings} for p in (whole, folded)]
    assert findings[0] == findings[1]


def test_manual_values_on_two_rows_are_whole(config: Config) -> None:
    """The second Manual block's RK and IKI each on two rows: the Manual still belongs to its IKI (C16),
    so the workbook has exactly the findings of the form it was made from (its Manual covers two IKI)."""
    report, _ = check_path(DATA / "jpt_dasar_manual_tempel.xlsx", config)
    assert report.form == "jpt-dasar"
    assert set(report.flatten()) == {("manual-iki-kosong", "SKP JPT", f"C{r}") for r in range(17, 21)}


def test_lines_of_one_text_are_joined_and_a_broken_word_made_whole() -> None:
    assert join_lines("Dokumen perencanaan", "tersusun tepat waktu") == (
        "Dokumen perencanaan tersusun tepat waktu")
    assert join_lines("Rekomendasi hasil pengawasan kear-", "sipan internal") == (
        "Rekomendasi hasil pengawasan kearsipan internal")
    assert join_lines("Target 2025 -", "2026") == "Target 2025 - 2026"


def test_a_next_line_and_a_text_of_its_own_are_told_apart() -> None:
    assert starts_sentence("Persentase armada yang laik jalan")
    assert not starts_sentence("yang laik jalan")
    assert not starts_sentence("BKPSDM")
    assert not starts_sentence(None)
    assert continues_line("Angkutan umum perdesaan melayani", "trayek yang ditetapkan")
    assert continues_line("Pengolahan data pe-", "LAYANAN")
    assert not continues_line("Angkutan umum perdesaan", "Rambu lalu lintas")


def test_a_word_hyphenated_across_a_line_break_in_a_cell_is_whole() -> None:
    assert visible_text("Penguatan Inte-\nrnal") == "Penguatan Internal"
    assert plain_row(["Kuan-\ntitas", "KTP-el", "80 -\n90 %", "a -\nb"]) == [
        "Kuantitas", "KTP-el", "80 -\n90 %", "a -\nb"]
