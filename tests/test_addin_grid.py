"""The open book becomes the reader's grid: values as the file loader gives them, merged areas found
with few questions to Excel."""

from __future__ import annotations

from pathlib import Path

import pytest
from addin_remote import book_json, open_book

from addin.grid import book_grid, find_merged_areas, word_numbers
from skp.reading.load import load_grid

ROOT = Path(__file__).parent.parent
MERGED = sorted((ROOT / "templates").glob("*.xlsx"))


@pytest.mark.parametrize("path", MERGED, ids=lambda p: p.name)
def test_merged_areas_are_found_exactly_with_few_questions(path: Path, config) -> None:
    for sheet in load_grid(path, config).sheets:
        cell_area = {(r, c): a for a in sheet.merged
                     for r in range(a[0], a[2] + 1) for c in range(a[1], a[3] + 1)}
        questions = []

        def has_merge(r: int, c0: int, c1: int, cell_area=cell_area, questions=questions) -> bool:
            questions.append((r, c0, c1))
            return any((r, c) in cell_area for c in range(c0, c1 + 1))

        n_rows = max([sheet.n_rows, *(a[2] + 1 for a in sheet.merged)])
        n_cols = max([sheet.n_cols, *(a[3] + 1 for a in sheet.merged)])
        def area_at(r: int, c: int, cell_area=cell_area, questions=questions) -> tuple[int, int, int, int]:
            questions.append((r, c))
            return cell_area.get((r, c), (r, c, r, c))

        found = find_merged_areas(n_rows, n_cols, has_merge, area_at)
        assert sorted(found) == sorted(sheet.merged), sheet.name
        assert len(questions) < n_rows * n_cols, sheet.name  # asking every cell is the naive cost


def test_book_grid_skips_the_addin_sheets_and_normalises_values(config) -> None:
    path = ROOT / "tests" / "data" / "ok_small_skp.xlsx"
    payload = book_json(path)
    payload["sheets"][0]["values"][0][0] = "  judul  "
    payload["sheets"][0]["values"][1][0] = 12.0
    payload["sheets"].append({**payload["sheets"][0], "name": "Hasil Periksa",
                              "values": [["HASIL PERIKSA SKP", ""], ["Berkas", "ok_small_skp.xlsx"]]})
    grid = book_grid(open_book(payload))
    expected = load_grid(path, config)
    assert [s.name for s in grid.sheets] == [s.name for s in expected.sheets]
    assert grid.sheets[0].rows[0][0] == "judul" and grid.sheets[0].rows[1][0] == 12
    assert isinstance(grid.sheets[0].rows[1][0], int)
    assert all(s.merged == [] for s in grid.sheets)


def test_book_grid_reads_the_agencys_own_sheet_called_hasil_periksa(config) -> None:
    """Only a result sheet the add-in titled is its own; the agency's notes under that name are theirs."""
    payload = book_json(ROOT / "tests" / "data" / "server_hasil_periksa_milik_instansi.xlsx")
    assert [s.name for s in book_grid(open_book(payload)).sheets] == ["SKP", "Hasil Periksa"]


@pytest.mark.parametrize(
    ("name", "row", "shown"),
    [("nyata_target_format_satuan.xlsx", 13, "12 laporan"),
     ("nyata_persen_seratus_kategori.xlsx", 15, "100 %")],
)
def test_numbers_shown_with_format_words_read_as_the_file_loader_reads_them(config, name, row, shown) -> None:
    """The desktop engines' path: formats asked per column, then per cell where a column's differ; the
    numbers become the text the file loader gives (``12`` formatted ``#,##0 "laporan"`` → "12 laporan", a
    ``100%`` typed into a cell, kept as 1 formatted ``0%`` → "100 %")."""
    import openpyxl

    path = ROOT / "tests" / "data" / name
    ws = openpyxl.load_workbook(path)["SKP"]
    expected = load_grid(path, config).sheets[0].rows
    rows = [[c.value for c in row] for row in ws.iter_rows(max_row=len(expected), max_col=len(expected[0]))]
    questions = []

    def column_format(c: int, n_rows: int) -> str | None:
        questions.append(c)
        formats = {ws.cell(row=r + 1, column=c + 1).number_format for r in range(n_rows)}
        return formats.pop() if len(formats) == 1 else None

    def cell_format(r: int, c: int) -> str:
        questions.append((r, c))
        return ws.cell(row=r + 1, column=c + 1).number_format

    word_numbers(rows, column_format, cell_format)
    assert [row[5] for row in rows] == [row[5] for row in expected]
    assert rows[row][5] == shown
    assert 1 in [r[0] for r in rows]  # the NO column's number in a plain format stays a number
    assert all(isinstance(q, int) or q[1] == 5 for q in questions)  # cells asked only in the mixed column
