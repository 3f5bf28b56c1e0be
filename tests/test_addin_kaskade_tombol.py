"""The cascading buttons on an agency's own Matriks, through xlwings' remote engine and through ``skp
server`` over real HTTP: what ``benchmarks/merah_ba`` found (fixtures: ``tests/data/make_kaskade_tombol.py``).

Buat Matriks keeps the agency's own column and notes and never rewrites the SKP sheet (nor takes its TARGET
header for the Matriks' TARGET ATASAN row); a heading merged over
the RK columns (sent as values only) still heads them all; a row naming a unit over its members stays
above them, no member; Bagi Target writes no share over a member's
written result nor splits a deadline; Buat SKP Bawahan names a member's NIP typed as a number and writes
nothing for a workbook never saved.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest
from addin_remote import apply_actions, book_json, open_book
from server_vba import RunningServer, vba_body, vba_payload

from addin import bagi_target, buat_matriks_peran_hasil, buat_skp_bawahan
from addin.grid import book_grid
from server.app import Settings
from server.payload import for_engine
from skp.cascade.target import TargetSplitError, is_amount, split_by_cells, split_target
from skp.config import Config
from skp.numbers import parse_target
from skp.periksa import check_grid

DATA = Path(__file__).parent / "data"
TOKEN = "token-kaskade-tombol"
NOTES = ["Mengikuti bimtek SIAK", "Cuti melahirkan Maret", "Tugas belajar mulai Agustus"]
BELOW = ["Catatan: disepakati dalam dialog kinerja tanggal 8 Januari 2025.", "Batusangkar, 8 Januari 2025",
         "Kepala Seksi Pelayanan Dokumen Kependudukan", "Yuliana Tarigan, S.Sos."]
RK = ["Dokumen kependudukan terbit sesuai standar pelayanan",
      "Laporan kinerja pelayanan dokumen tersaji tepat waktu"]
BUTTONS = {"matriks": buat_matriks_peran_hasil, "bagi-target": bagi_target}


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory):
    with RunningServer(Settings(tmp_path_factory.mktemp("kiriman"), TOKEN, Config())) as running:
        yield running


def _press(way: str, name: str, endpoint: str, server: RunningServer, config: Config) -> tuple[dict, list]:
    """The workbook's payload after the button, as the client applies the answer, and the actions."""
    path = DATA / name
    if way == "addin":
        payload = book_json(path)
        book = open_book(payload)
        BUTTONS[endpoint](book, config=config)
        actions = book.json()["actions"]
    else:
        payload = for_engine(vba_payload(path))
        status, answer = server.post(f"/{endpoint}", vba_body(vba_payload(path)), TOKEN)
        assert status == 200, answer
        actions = answer["actions"]
    for action in actions:  # in order; the client also clears the range the button rewrites
        if action["func"] != "rangeClearContents":
            apply_actions(payload, [action], {})
            continue
        values = payload["sheets"][action["sheet_position"]]["values"]
        start, width = action["start_column"], action["column_count"]
        for row in values[action["start_row"]:action["start_row"] + action["row_count"]]:
            row[start:start + width] = [None] * len(row[start:start + width])
    return payload, actions


def _sheet(payload: dict[str, Any], name: str) -> list[list[Any]]:
    return next(s["values"] for s in payload["sheets"] if s["name"] == name)


def _texts(values: list[list[Any]]) -> set[str]:
    return {str(v) for row in values for v in row if v not in (None, "")}


def _read(payload: dict[str, Any], config: Config):
    return check_grid(book_grid(open_book(for_engine(payload))), "buku", config)[1]


@pytest.mark.parametrize("way", ["addin", "server"])
def test_buat_matriks_keeps_the_agencys_column_and_notes(way: str, server: RunningServer, config) -> None:
    payload, _ = _press(way, "kaskade_ba_matriks_milik_instansi.xlsx", "matriks", server, config)
    values = _sheet(payload, "Matriks Peran Hasil")
    assert {"CATATAN TIM", *NOTES, *BELOW} <= _texts(values)
    matriks = _read(payload, config).matriks
    assert [a.nama for a in matriks.anggota] == ["Andreas Sembiring, A.Md.", "Lestari Handayani, S.E.",
                                                 "Rahmat Hidayat"]
    for member, note in zip(matriks.anggota, NOTES, strict=True):  # each note on its member's new row
        row = int(member.cells["nama"][1:]) - 1
        assert note in values[row]
    again = copy.deepcopy(payload)
    second = open_book(for_engine(again)) if way == "server" else open_book(again)
    buat_matriks_peran_hasil(second, config=config)
    actions = second.json()["actions"]
    written = next(a["values"] for a in actions if a["func"] == "setValues")
    assert [[v if v != "" else None for v in row] for row in written] == [
        [v if v != "" else None for v in row] for row in values[:len(written)]
    ]


@pytest.mark.parametrize("way", ["addin", "server"])
def test_buat_matriks_keeps_the_rows_naming_units_above_their_members(
    way: str, server: RunningServer, config
) -> None:
    """``A. Seksi Pelayanan Dokumen`` over the team and ``Tim Kerja SIAK`` over its last member are no
    members (no share, no SKP) and stay on the sheet, each on its own row right above the members it heads,
    in their names' column; laid out again, the sheet does not change."""
    payload, _ = _press(way, "kaskade_ba_baris_pengelompok.xlsx", "matriks", server, config)
    values = _sheet(payload, "Matriks Peran Hasil")
    matriks = _read(payload, config).matriks
    assert [a.nama for a in matriks.anggota] == ["Andreas Sembiring, A.Md.", "Lestari Handayani, S.E.",
                                                 "Rahmat Hidayat", "Siti Aminah"]
    rows = {a.nama: int(a.cells["nama"][1:]) - 1 for a in matriks.anggota}
    column = ord(matriks.anggota[0].cells["nama"][0]) - ord("A")
    assert values[rows["Andreas Sembiring, A.Md."] - 1][column] == "A. Seksi Pelayanan Dokumen"
    assert values[rows["Siti Aminah"] - 1][column] == "Tim Kerja SIAK"
    assert sorted(matriks.group_headings.values()) == ["A. Seksi Pelayanan Dokumen", "Tim Kerja SIAK"]
    again = copy.deepcopy(payload)
    second = open_book(for_engine(again)) if way == "server" else open_book(again)
    buat_matriks_peran_hasil(second, config=config)
    written = next(a["values"] for a in second.json()["actions"] if a["func"] == "setValues")
    assert [[v if v != "" else None for v in row] for row in written] == [
        [v if v != "" else None for v in row] for row in values[:len(written)]
    ]


@pytest.mark.parametrize("way", ["addin", "server"])
def test_a_heading_merged_over_the_rk_columns_heads_them_all(way: str, server: RunningServer, config) -> None:
    """Clients send no merged areas: both RK columns are read, and no member's result is replaced."""
    payload, _ = _press(way, "kaskade_ba_matriks_judul_gabung.xlsx", "matriks", server, config)
    matriks = _read(payload, config).matriks
    assert [k.rk for k in matriks.kolom[:2]] == RK
    assert [a.hasil[:2] for a in matriks.anggota] == [
        ["KTP elektronik wilayah timur tercetak", "Rekap layanan harian tersaji"],
        ["Berkas permohonan KK terverifikasi", None],
        [None, "Laporan bulanan SIAK terkirim"],
    ]


@pytest.mark.parametrize("way", ["addin", "server"])
def test_a_matriks_under_the_skp_table_gets_a_sheet_of_its_own(way: str, server: RunningServer,
                                                                config) -> None:
    before = book_json(DATA / "kaskade_ba_matriks_di_sheet_skp.xlsx")
    payload, actions = _press(way, "kaskade_ba_matriks_di_sheet_skp.xlsx", "matriks", server, config)
    assert [[v if v != "" else None for v in row] for row in _sheet(payload, "SKP")] == [
        [v if v != "" else None for v in row] for row in _sheet(before, "SKP")
    ]
    assert [s["name"] for s in payload["sheets"]] == ["SKP", "Matriks Peran Hasil"]
    document = _read(payload, config)
    assert document.matriks.sheet == "Matriks Peran Hasil"
    # the TARGET ATASAN row is the Matriks' own, not the SKP table's TARGET header above it
    assert [k.target.raw for k in document.matriks.kolom[:2]] == ["900 dokumen", "12 laporan"]
    assert [a.hasil[1] for a in document.matriks.anggota] == [
        "Rekap layanan harian tersaji", None, "Laporan bulanan SIAK terkirim"]
    assert "sheet SKP" in next(a for a in actions if a["func"] == "alert")["args"][0]


@pytest.mark.parametrize("way", ["addin", "server"])
@pytest.mark.parametrize(("name", "said"), [
    ("kaskade_ba_bagi_hasil_berangka.xlsx", "KTP elektronik 300 keping tercetak"),
    ("kaskade_ba_bagi_tenggat.xlsx", "6 bulan"),
])
def test_bagi_target_writes_no_share_over_a_result_nor_splits_a_deadline(
    way: str, name: str, said: str, server: RunningServer, config,
) -> None:
    payload, actions = _press(way, name, "bagi-target", server, config)
    assert not [a for a in actions if a["func"] == "setValues"]
    message = next(a for a in actions if a["func"] == "alert")["args"][0]
    assert said in message and "Tidak ada kolom" in message


@pytest.mark.parametrize("way", ["addin", "server"])
def test_bagi_target_gives_a_person_on_two_rows_one_share(way: str, server: RunningServer, config) -> None:
    _, actions = _press(way, "kaskade_ba_bagi_dua_baris.xlsx", "bagi-target", server, config)
    written = {(a["start_row"], a["start_column"]): a["values"][0][0] for a in actions
               if a["func"] == "setValues"}
    assert written == {(8, 3): "300 dokumen", (9, 3): "300 dokumen", (10, 3): "300 dokumen"}


def test_amounts_and_deadlines(config) -> None:
    assert all(is_amount(t, "dokumen") for t in ("2", "300 dokumen", "Rp500.000.000", "33,3%", "1/2"))
    assert not any(is_amount(t, "dokumen") for t in ("KTP elektronik 300 keping tercetak", "Arsip 2024"))
    with pytest.raises(TargetSplitError, match="tenggat"):
        split_target("6 bulan", [1, 1], config)
    assert [p.raw for p in split_target("900 dokumen", [1, 1], config)] == ["450 dokumen", "450 dokumen"]
    parts = split_by_cells(parse_target("900 dokumen"), ["2", "-", "1"], config)  # a dash: no part
    assert [p.raw if p else None for p in parts] == ["600 dokumen", None, "300 dokumen"]


@pytest.mark.parametrize("way", ["addin", "server"])
def test_buat_skp_bawahan_names_a_member_nip_typed_as_a_number(way: str, server: RunningServer, config,
                                                             tmp_path: Path) -> None:
    path = DATA / "kaskade_ba_nip_anggota_angka.xlsx"
    if way == "addin":
        book = open_book(book_json(path))
        buat_skp_bawahan(book, folder=tmp_path, config=config)
        actions = book.json()["actions"]
    else:
        status, answer = server.post("/bawahan", vba_body(vba_payload(path)), TOKEN)
        assert status == 200
        actions = answer["actions"]
    message = next(a for a in actions if a["func"] == "alert")["args"][0]
    assert "Peringatan:" in message and "Lestari Handayani" in message
    assert "Matriks Peran Hasil!B10" in message
    clean = open_book(book_json(DATA / "kaskade_ba_matriks_milik_instansi.xlsx"))
    (tmp_path / "bersih").mkdir()
    buat_skp_bawahan(clean, folder=tmp_path / "bersih", config=config)
    assert "Peringatan" not in clean.json()["actions"][-1]["args"][0]


def test_a_workbook_never_saved_gets_no_drafts(config, tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    """Excel names an unsaved book ``Book1`` without a folder: nothing is written where Python runs."""
    monkeypatch.chdir(tmp_path)
    book = open_book(book_json(DATA / "kaskade_ba_matriks_milik_instansi.xlsx", name="Book1"))
    assert buat_skp_bawahan(book, config=config) == []
    assert list(tmp_path.iterdir()) == []
    assert "Simpan dulu" in book.json()["actions"][-1]["args"][0]
