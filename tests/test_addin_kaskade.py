"""Buat Matriks, Bagi Target and Buat SKP Bawahan through real xlwings objects (remote engine)."""

from __future__ import annotations

from pathlib import Path

import pytest
from addin_remote import apply_actions, book_json, open_book
from cascade_data import ATASAN_NIP, TEAM, write_atasan

from addin import bagi_target, buat_matriks_peran_hasil, buat_skp_bawahan
from addin.grid import book_grid
from skp.periksa import check_grid, check_path


@pytest.fixture
def atasan(config, tmp_path: Path) -> dict:
    return book_json(write_atasan(tmp_path / "SKP Budi.xlsx", config))


def _press(payload: dict, button, config, **kwargs) -> list[dict]:
    book = open_book(payload)
    button(book, config=config, **kwargs)
    actions = book.json()["actions"]
    apply_actions(payload, actions, {})
    return actions


def _matriks(payload: dict, config):
    return check_grid(book_grid(open_book(payload)), "buku", config)[1].matriks


def test_buat_matriks_lays_out_rk_columns_and_shares(atasan: dict, config) -> None:
    actions = _press(atasan, buat_matriks_peran_hasil, config)
    assert "rangeClearContents" in [a["func"] for a in actions]
    matriks = _matriks(atasan, config)
    assert [k.rk for k in matriks.kolom[:2]] == [
        "Tersusunnya dokumen perencanaan daerah", "Terpantaunya pelaksanaan program di wilayah",
    ]
    first = matriks.kolom[0]
    assert (first.jenis_penyelarasan, first.metode) == ("direct", "pembagian-beban-target")
    assert [(a.nama, a.nip, a.hasil[0]) for a in matriks.anggota] == [
        (TEAM[0][0], TEAM[0][1], "4 dokumen"), (TEAM[1][0], TEAM[1][1], "3 dokumen"),
        (TEAM[2][0], TEAM[2][1], "3 dokumen"),
    ]
    nip_formats = [a for a in actions if a["func"] == "setNumberFormat"]
    assert nip_formats and all(a["args"] == ["@"] for a in nip_formats)
    assert [a["func"] for a in actions][-1] == "alert"


def test_bagi_target_splits_by_typed_weights(atasan: dict, config) -> None:
    _press(atasan, buat_matriks_peran_hasil, config)
    matriks = _matriks(atasan, config)
    sheet = next(s for s in atasan["sheets"] if s["name"] == matriks.sheet)
    weights = ["1", "", "4"]
    for member, weight in zip(matriks.anggota, weights, strict=True):
        cell = member.cells["hasil_0"]
        row, col = int(cell[1:]) - 1, ord(cell[0]) - ord("A")
        sheet["values"][row][col] = weight
    _press(atasan, bagi_target, config)
    assert [a.hasil[0] for a in _matriks(atasan, config).anggota] == ["2 dokumen", None, "8 dokumen"]


def test_buat_skp_bawahan_writes_one_draft_per_member(atasan: dict, config, tmp_path: Path) -> None:
    out = tmp_path / "tim"
    out.mkdir()
    (out / f"SKP {TEAM[1][0]} {TEAM[1][1]}.xlsx").write_bytes(b"milik anggota")
    book = open_book(atasan)
    written = buat_skp_bawahan(book, folder=out, config=config)
    assert [w.renamed for w in written] == [False, True, False]
    assert (out / f"SKP {TEAM[1][0]} {TEAM[1][1]}.xlsx").read_bytes() == b"milik anggota"
    for item, (nama, nip, _) in zip(written, TEAM, strict=True):
        report, document = check_path(item.path, config)
        assert (report.nama, report.nip, report.nip_penilai) == (nama, nip, ATASAN_NIP)
        assert document.rk("utama")[0].rk_atasan == "Tersusunnya dokumen perencanaan daerah"
    assert "ditulis" in book.json()["actions"][-1]["args"][0]


def test_a_workbook_without_team_is_told_what_to_do(config, tmp_path: Path) -> None:
    from cascade_data import atasan_document

    document = atasan_document()
    document.matriks = None
    book = open_book(book_json(write_atasan(tmp_path / "tanpa-tim.xlsx", config, document)))
    assert buat_matriks_peran_hasil(book, config=config) is None
    alert = book.json()["actions"][-1]
    assert alert["func"] == "alert" and "anggota tim" in alert["args"][0]


def test_buat_skp_bawahan_says_what_every_draft_would_inherit(config, tmp_path: Path) -> None:
    """The superior's own NIP empty (tests/data/kaskade_aw_atasan_tanpa_nip.xlsx): the drafts are written
    and the message ends with the warning naming the superior's cell; a clean superior gets none."""
    source = Path(__file__).parent / "data" / "kaskade_aw_atasan_tanpa_nip.xlsx"
    book = open_book(book_json(source))
    assert len(buat_skp_bawahan(book, folder=tmp_path, config=config)) == 3
    message = book.json()["actions"][-1]["args"][0]
    assert "Peringatan:" in message and "C7" in message
    clean = open_book(book_json(write_atasan(tmp_path / "SKP Budi.xlsx", config)))
    (tmp_path / "bersih").mkdir()
    buat_skp_bawahan(clean, folder=tmp_path / "bersih", config=config)
    assert "Peringatan" not in clean.json()["actions"][-1]["args"][0]
