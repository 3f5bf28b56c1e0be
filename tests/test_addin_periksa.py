"""Periksa SKP and Bersihkan Tanda through real xlwings objects (the remote engine, no Excel needed)."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest
from addin_remote import apply_actions, as_clients_send, book_json, open_book
from cascade_data import write_atasan

from addin import bersihkan_tanda, periksa_skp
from addin.periksa import HASIL_SHEET, SIAP
from addin.tanda import FILLS, TANDA_SHEET
from skp.findings import Severity
from skp.periksa import check_grid, check_path
from skp.reading.load import load_grid

ROOT = Path(__file__).parent.parent
WORKBOOKS = sorted(
    [*(ROOT / "tests" / "data").glob("*.xls*"), *(ROOT / "templates").glob("*.xls*")], key=lambda p: p.name,
)


@pytest.fixture
def atasan(config, tmp_path: Path) -> dict:
    return book_json(write_atasan(tmp_path / "atasan.xlsx", config))


@pytest.fixture
def kosong(config) -> dict:
    """A workbook with identity fields left empty: four error findings on the SKP sheet."""
    return book_json(ROOT / "tests" / "data" / "ok_small_skp.xlsx")


def _sheet(payload: dict, name: str) -> dict | None:
    return next((s for s in payload["sheets"] if s["name"] == name), None)


@pytest.mark.parametrize("path", WORKBOOKS, ids=lambda p: p.name)
def test_addin_reports_what_check_path_reports(path: Path, config) -> None:
    """Same findings as ``skp periksa``; the remote engine cannot report merged areas nor number formats,
    so a workbook with merges or with numbers shown with their format's words is compared with the command
    line's reading of the same file unmerged and with those numbers bare."""
    expected, _ = check_path(path, config)
    if expected.status == "gagal-dibaca":
        pytest.skip("Excel could not open it either")
    grid = load_grid(path, config)
    as_clients_send(path, grid)
    expected, _ = check_grid(grid, str(path), config)
    book = open_book(book_json(path))
    assert periksa_skp(book, config).flatten() == expected.flatten()


def test_marks_cells_writes_hasil_and_alerts(kosong: dict, config) -> None:
    book = open_book(kosong)
    report = periksa_skp(book, config)
    actions = book.json()["actions"]
    coloured = {(a["start_row"], a["start_column"]): a["args"][0]
                for a in actions if a["func"] == "setRangeColor" and a["sheet_position"] == 0}
    assert coloured == {(8, 3): FILLS[Severity.ERROR], (8, 6): FILLS[Severity.ERROR],
                        (9, 3): FILLS[Severity.ERROR], (9, 6): FILLS[Severity.ERROR]}
    fills: dict = {}
    apply_actions(kosong, actions, fills)
    hasil = _sheet(kosong, HASIL_SHEET)["values"]
    assert hasil[2][1].startswith("SKP belum dapat ditetapkan: 4 error")
    assert hasil[7] == ["NO", "KODE", "TINGKAT", "PESAN", "SEL"]
    assert [row[1] for row in hasil[8:]] == [f.code for f in report.findings]
    assert hasil[8][4] == f'=HYPERLINK("#\'SKP\'!{report.findings[0].cell}","SKP!{report.findings[0].cell}")'
    tanda = _sheet(kosong, TANDA_SHEET)
    assert tanda["visibility"] == "Hidden"
    assert sorted(row[1] for row in tanda["values"][1:]) == ["D10", "D9", "G10", "G9"]
    assert [a["args"][0] for a in actions if a["func"] == "alert"] == [hasil[2][1]]


def test_second_run_replaces_marks_instead_of_stacking(kosong: dict, config) -> None:
    fills: dict = {}
    apply_actions(kosong, open_book_run(kosong, config), fills)
    after_first = (copy.deepcopy(kosong), dict(fills))
    apply_actions(kosong, open_book_run(kosong, config), fills)
    assert [s["name"] for s in kosong["sheets"]] == [s["name"] for s in after_first[0]["sheets"]]
    assert _sheet(kosong, TANDA_SHEET)["values"] == _sheet(after_first[0], TANDA_SHEET)["values"]
    assert fills == after_first[1]


def test_fixed_cell_gets_its_fill_back_on_the_next_run(kosong: dict, config) -> None:
    fills: dict = {}
    apply_actions(kosong, open_book_run(kosong, config), fills)
    skp = kosong["sheets"][0]["values"]
    skp[8][3] = "Budi Santoso"  # D9: the pegawai's name, now filled in
    apply_actions(kosong, open_book_run(kosong, config), fills)
    assert {cell for sheet, cell in fills if sheet == "SKP"} == {"G9", "D10", "G10"}
    assert "D9" not in [row[1] for row in _sheet(kosong, TANDA_SHEET)["values"]]


def test_bersihkan_tanda_restores_exactly(kosong: dict, config) -> None:
    original = copy.deepcopy(kosong)
    fills: dict = {}
    apply_actions(kosong, open_book_run(kosong, config), fills)
    book = open_book(kosong)
    assert bersihkan_tanda(book) == 4
    apply_actions(kosong, book.json()["actions"], fills)
    assert kosong["sheets"] == original["sheets"]
    assert fills == {}


def test_bersihkan_tanda_puts_back_a_recorded_original_fill(kosong: dict) -> None:
    """A desktop run recorded D9's own green; cleaning must restore that green, not clear it."""
    kosong["sheets"].append({**copy.deepcopy(kosong["sheets"][0]), "name": TANDA_SHEET,
                             "visibility": "Hidden",
                             "values": [["sheet", "sel", "warna_asal"], ["SKP", "D9", "#00FF00"],
                                        ["SKP", "G9", ""]]})
    book = open_book(kosong)
    bersihkan_tanda(book)
    restored = [(a["start_row"], a["start_column"], a["args"][0])
                for a in book.json()["actions"] if a["func"] == "setRangeColor"]
    assert restored == [(8, 3, "#00FF00"), (8, 6, None)]
    assert [a["func"] for a in book.json()["actions"]][-1] == "sheetDelete"


def test_clean_workbook_is_ready_for_penetapan(atasan: dict, config) -> None:
    book = open_book(atasan)
    report = periksa_skp(book, config)
    assert report.valid
    alert = [a["args"][0] for a in book.json()["actions"] if a["func"] == "alert"]
    assert alert and alert[0].startswith(SIAP)
    assert not [a for a in book.json()["actions"] if a["func"] == "addSheet" and a["args"][1] == TANDA_SHEET]


def open_book_run(payload: dict, config) -> list[dict]:
    """Press Periksa SKP on the workbook ``payload`` describes; the actions Excel should apply."""
    book = open_book(payload)
    periksa_skp(book, config)
    return book.json()["actions"]


NOTES = [["CATATAN HASIL PERIKSA PENGELOLA KINERJA", "", ""], ["No", "Catatan", "Tindak lanjut"],
         [1, "RK kedua perlu diselaraskan dengan Renstra", "sudah"]]


def test_agencys_own_hasil_periksa_sheet_is_neither_cleared_nor_deleted(config) -> None:
    """The workbook already has a "Hasil Periksa" sheet of the pengelola kinerja's notes: the button writes
    its result to "Hasil Periksa (2)", a second press reuses that sheet, Bersihkan Tanda deletes only it."""
    payload = book_json(ROOT / "tests" / "data" / "server_hasil_periksa_milik_instansi.xlsx")
    assert _sheet(payload, HASIL_SHEET)["values"] == NOTES
    fills: dict = {}
    actions = open_book_run(payload, config)
    apply_actions(payload, actions, fills)
    assert [s["name"] for s in payload["sheets"]] == ["SKP", HASIL_SHEET, TANDA_SHEET, "Hasil Periksa (2)"]
    assert _sheet(payload, HASIL_SHEET)["values"] == NOTES
    hasil = _sheet(payload, "Hasil Periksa (2)")["values"]
    assert hasil[0][0] == "HASIL PERIKSA SKP"
    assert hasil[2][1] == "SKP belum dapat ditetapkan: 1 error. Lihat sheet 'Hasil Periksa (2)'."
    assert [row[1] for row in hasil[8:]] == ["iki-tanpa-target"]
    assert hasil[8][4] == '=HYPERLINK("#\'SKP\'!F15","SKP!F15")'
    assert {k: v for k, v in fills.items() if k[0] == "SKP"} == {("SKP", "F15"): FILLS[Severity.ERROR]}
    assert {k[0] for k in fills} == {"SKP", "Hasil Periksa (2)"}  # and the TINGKAT cell of its row
    assert [a["args"][0] for a in actions if a["func"] == "alert"] == [hasil[2][1]]

    apply_actions(payload, open_book_run(payload, config), fills)
    assert [s["name"] for s in payload["sheets"]] == ["SKP", HASIL_SHEET, TANDA_SHEET, "Hasil Periksa (2)"]
    assert _sheet(payload, HASIL_SHEET)["values"] == NOTES

    book = open_book(payload)
    assert bersihkan_tanda(book) == 1
    apply_actions(payload, book.json()["actions"], fills)
    assert [s["name"] for s in payload["sheets"]] == ["SKP", HASIL_SHEET]
    assert _sheet(payload, HASIL_SHEET)["values"] == NOTES
    assert fills == {}


def test_agencys_own_hasil_periksa_sheet_beside_a_clean_skp(config) -> None:
    payload = book_json(ROOT / "tests" / "data" / "server_hasil_periksa_milik_instansi_bersih.xlsx")
    actions = open_book_run(payload, config)
    assert not [a for a in actions if a["func"] == "setRangeColor"]
    apply_actions(payload, actions, {})
    assert [s["name"] for s in payload["sheets"]] == ["SKP", HASIL_SHEET, "Hasil Periksa (2)"]
    assert _sheet(payload, HASIL_SHEET)["values"] == NOTES
    assert _sheet(payload, "Hasil Periksa (2)")["values"][2][1] == f"{SIAP}."


@pytest.mark.parametrize(("name", "found"), [("server_salinan_tersembunyi_bersih.xlsx", []),
                                             ("server_salinan_tersembunyi_target_kosong.xlsx",
                                              [("iki-tanpa-target", "SKP", "F15")])])
def test_the_visible_skp_is_checked_not_its_hidden_backup(name: str, found: list, config) -> None:
    """A hidden copy "SKP (lama)" of the same period stands first: the button (whose client sends the sheets'
    visibility) and skp periksa check the visible SKP, and nothing on the hidden copy is marked."""
    path = ROOT / "tests" / "data" / name
    assert [(f.code, f.sheet, f.cell) for f in check_path(path, config)[0].findings] == found
    payload = book_json(path)
    assert [s["visibility"] for s in payload["sheets"]] == ["Hidden", "Visible"]
    book = open_book(payload)
    assert [(f.code, f.sheet, f.cell) for f in periksa_skp(book, config).findings] == found
    coloured = [(a["sheet_position"], a["start_row"], a["start_column"])
                for a in book.json()["actions"] if a["func"] == "setRangeColor" and a["sheet_position"] < 2]
    assert coloured == ([(1, 14, 5)] if found else [])
