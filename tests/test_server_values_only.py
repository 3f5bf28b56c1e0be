"""The server's Periksa SKP and Kirim SKP on what xlwings' VBA client really posts for a workbook.

The client sends cell values only, as VBA-JSON writes them (``tests/data/make_server.py``): an NIP typed
as text arrives as a JSON integer, one written with dots (and a run of placeholder dots) as a bare token
that is no JSON, merged areas and number formats not at all. The server must find what ``skp periksa``
finds on the file, and never more.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from server_vba import RunningServer, findings_of, hasil, vba_body, vba_payload

from server.app import Settings
from skp.config import Config
from skp.periksa import check_path

DATA = Path(__file__).parent / "data"
TOKEN = "rahasia-bkpsdm-456"
NIP = "198609262015052001"


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory):
    with RunningServer(Settings(tmp_path_factory.mktemp("kiriman"), TOKEN, Config())) as running:
        yield running


def _periksa(server: RunningServer, name: str) -> tuple[int, Any]:
    return server.post("/periksa", vba_body(vba_payload(DATA / name)), TOKEN)


def test_vba_json_writes_an_nip_typed_as_text_unquoted() -> None:
    body = vba_body(vba_payload(DATA / "server_nip_teks_rapat.xlsx"))
    assert b',"NIP",198609262015052001,' in body
    assert b'"NIP",19860926.201505.2.001,' in vba_body(vba_payload(DATA / "server_nip_bertitik.xlsx"))


@pytest.mark.parametrize("name", ["server_nip_teks_rapat.xlsx", "server_nip_bertitik.xlsx",
                                  "server_titik_isian.xlsx"])
def test_texts_vba_json_leaves_unquoted_are_read_as_the_texts_they_are(name: str, server: RunningServer,
                                                                       config: Config) -> None:
    """Was: an 18-digit text NIP read as a number that lost its last digits (two nip-tidak-valid errors),
    a dotted NIP or a run of dots refused with HTTP 400."""
    report, _ = check_path(DATA / name, config)
    assert report.flatten() == []
    status, answer = _periksa(server, name)
    assert status == 200, answer
    assert findings_of(answer["actions"]) == []


def test_rk_atasan_merged_over_two_rk_is_both_rks_atasan(server: RunningServer, config: Config) -> None:
    """The client sends the merged cell's value in its top-left cell only: the second RK's atasan came
    empty and was an rk-atasan-kosong error that skp periksa on the file does not give."""
    assert check_path(DATA / "server_rk_atasan_gabung_dua_rk.xlsx", config)[0].flatten() == []
    status, answer = _periksa(server, "server_rk_atasan_gabung_dua_rk.xlsx")
    assert status == 200
    assert findings_of(answer["actions"]) == []


def test_number_whose_format_writes_the_satuan_is_no_bare_target(server: RunningServer,
                                                                  config: Config) -> None:
    """``12`` formatted ``#,##0 "dokumen"`` is sent as 12: the server cannot see the satuan, so it does
    not say the target has none (was: four target-tanpa-satuan warnings)."""
    assert check_path(DATA / "server_target_berformat_satuan.xlsx", config)[0].flatten() == []
    status, answer = _periksa(server, "server_target_berformat_satuan.xlsx")
    assert status == 200
    assert findings_of(answer["actions"]) == []


def test_bare_target_typed_as_text_is_still_reported(server: RunningServer, config: Config) -> None:
    expected = [("target-tanpa-satuan", "SKP", "F15")]
    assert check_path(DATA / "server_target_teks_tanpa_satuan.xlsx", config)[0].flatten() == expected
    status, answer = _periksa(server, "server_target_teks_tanpa_satuan.xlsx")
    assert status == 200
    assert findings_of(answer["actions"]) == expected


def test_kirim_stores_under_the_text_nip_the_client_sent_as_a_number(tmp_path: Path) -> None:
    with RunningServer(Settings(tmp_path, TOKEN, Config())) as running:
        status, _ = running.post("/kirim", vba_body(vba_payload(DATA / "server_nip_teks_rapat.xlsx")), TOKEN)
    assert status == 200
    assert sorted(p.name for p in tmp_path.iterdir()) == [".riwayat", f"{NIP}_2025-01-01-2025-12-31.xlsx"]


def test_kirim_with_the_nip_typed_as_a_number_stores_nothing(tmp_path: Path, config: Config) -> None:
    """An NIP typed as a number has lost its last digits (SPEC §7 nip-tidak-valid): storing it under
    those digits (…052000) would file one person's SKP as another's versions."""
    path = DATA / "layout_nip_angka.xlsx"
    assert ("nip-tidak-valid", "SKP", "C7") in check_path(path, config)[0].flatten()
    with RunningServer(Settings(tmp_path, TOKEN, config)) as running:
        status, answer = running.post("/kirim", vba_body(vba_payload(path)), TOKEN)
    assert status == 200
    messages = [a["args"][0] for a in answer["actions"] if a["func"] == "alert"]
    assert messages[-1].startswith("SKP tidak dikirim: NIP pegawai diketik sebagai angka")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("name", ["server_rk_atasan_gabung_dua_rk.xlsx",
                                  "server_target_berformat_satuan.xlsx"])
def test_stored_submission_reads_as_the_server_read_it(name: str, tmp_path: Path, config: Config) -> None:
    """``skp periksa DIR`` over the server's folder: the stored workbook is rebuilt from values, without
    the merged RK atasan cell or the satuan formats, and was read as if they had never been there (a false
    rk-atasan-kosong error, four target-tanpa-satuan warnings)."""
    with RunningServer(Settings(tmp_path, TOKEN, config)) as running:
        status, answer = running.post("/kirim", vba_body(vba_payload(DATA / name)), TOKEN)
    assert status == 200
    assert findings_of(answer["actions"]) == []
    (latest,) = tmp_path.glob("*.xlsx")
    report, document = check_path(latest, config)
    assert report.flatten() == []
    assert document is not None and document.sheet == "SKP"


def test_a_book_name_that_starts_like_a_formula_is_written_as_text(server: RunningServer) -> None:
    """The client sets Hasil Periksa's values as if typed: a file named ``-SKP Budi.xlsx`` in the Berkas
    cell was taken for a formula (Excel refuses it and the macro stops before the message box)."""
    payload = vba_payload(DATA / "server_target_teks_tanpa_satuan.xlsx", name="-SKP Budi.xlsx")
    status, answer = server.post("/periksa", vba_body(payload), TOKEN)
    assert status == 200
    rows = hasil(answer["actions"])
    assert rows[1][:2] == ["Berkas", "'-SKP Budi.xlsx"]
    assert findings_of(answer["actions"]) == [("target-tanpa-satuan", "SKP", "F15")]


@pytest.mark.parametrize("separator", [b":", b"."])
def test_dates_read_as_dates_whatever_the_pcs_time_separator(separator: bytes, server: RunningServer,
                                                              config: Config) -> None:
    """VBA-JSON writes a date with ``Format$(…, "yyyy-mm-ddTHH:mm:ss.000Z")``, whose ":" is the PC's time
    separator ("." under Indonesian regional settings): the period's date cells arrived as text, a false
    periode-tidak-valid, and the signature date was read as an IKI (aspek-tidak-valid, iki-tanpa-target)."""
    assert check_path(DATA / "server_periode_tanggal.xlsx", config)[0].flatten() == []
    body = vba_body(vba_payload(DATA / "server_periode_tanggal.xlsx"))
    written = rb"T\1" + separator + rb"\2" + separator + rb"\3.000Z"
    local = re.sub(rb"T(\d\d):(\d\d):(\d\d)\.000Z", written, body)
    assert local.count(b"T00" + separator + b"00" + separator + b"00.000Z") == 2
    status, answer = server.post("/periksa", local, TOKEN)
    assert status == 200
    assert findings_of(answer["actions"]) == []


def test_a_stored_copy_sent_again_is_stored_with_one_mark(tmp_path: Path, config: Config) -> None:
    """A staff member opens the copy the server stored and presses Kirim SKP again: its mark sheet is the
    server's own, not part of the SKP, and the new version carries one mark, as the first did."""
    import openpyxl

    with RunningServer(Settings(tmp_path, TOKEN, config)) as running:
        running.post("/kirim", vba_body(vba_payload(DATA / "server_rk_atasan_gabung_dua_rk.xlsx")), TOKEN)
        (latest,) = tmp_path.glob("*.xlsx")
        status, answer = running.post("/kirim", vba_body(vba_payload(latest)), TOKEN)
    assert status == 200
    assert findings_of(answer["actions"]) == []
    (history,) = (tmp_path / ".riwayat").iterdir()
    assert openpyxl.load_workbook(history / "v0002.xlsx").sheetnames == ["SKP", "_skp_nilai_saja"]
    assert check_path(latest, config)[0].flatten() == []


def test_a_cell_error_vba_json_writes_as_nothing_is_an_empty_cell(server: RunningServer) -> None:
    """VBA-JSON names seven cell errors (#N/A, #REF! …); for a newer one (#SPILL!, #CALC!) it writes
    nothing, ``[…,,…]``, and the whole workbook was refused with HTTP 400."""
    payload = vba_payload(DATA / "server_target_teks_tanpa_satuan.xlsx")
    sheet = payload["sheets"][0]
    assert sheet["values"][0][3] is None
    sheet["values"][0][3] = "(galat)"
    body = vba_body(payload).replace(b',"(galat)",', b",,")
    assert b",," in body
    status, answer = server.post("/periksa", body, TOKEN)
    assert status == 200
    assert findings_of(answer["actions"]) == [("target-tanpa-satuan", "SKP", "F15")]


@pytest.mark.parametrize("endpoint", ["/periksa", "/bersihkan"])
def test_a_mark_taken_off_is_a_colour_the_vba_client_can_apply(endpoint: str, server: RunningServer,
                                                               config: Config) -> None:
    """Remote.bas colours a cell with HexToRgb(ByVal hexColor As String): the null colour that took a
    mark off (Bersihkan Tanda; Periksa SKP again after the cell was fixed) stopped the client's macro with
    "Invalid use of Null" before the rest of the answer. White is sent instead."""
    from addin_remote import apply_actions, open_book

    import addin
    from server.payload import for_engine

    payload = vba_payload(DATA / "server_target_teks_tanpa_satuan.xlsx")
    checked = open_book(for_engine(payload))
    addin.periksa_skp(checked, config)  # F15 is marked …
    apply_actions(payload, checked.json()["actions"], {})
    payload["sheets"][0]["values"][14][5] = "12 laporan"  # … and then fixed
    status, answer = server.post(endpoint, vba_body(payload), TOKEN)
    assert status == 200
    colours = [(a["start_row"], a["start_column"], a["args"][0]) for a in answer["actions"]
               if a["func"] == "setRangeColor" and a["sheet_position"] == 0]
    assert colours == [(14, 5, "#FFFFFF")]


NOTES = [["CATATAN HASIL PERIKSA PENGELOLA KINERJA", None, None], ["No", "Catatan", "Tindak lanjut"],
         [1, "RK kedua perlu diselaraskan dengan Renstra", "sudah"]]


@pytest.mark.parametrize(("name", "marked"), [("server_hasil_periksa_milik_instansi.xlsx", [(14, 5)]),
                                              ("server_hasil_periksa_milik_instansi_bersih.xlsx", [])])
def test_the_agencys_own_hasil_periksa_sheet_is_left_alone(name: str, marked: list, server: RunningServer,
                                                          config: Config) -> None:
    """Was: the pengelola kinerja's sheet called "Hasil Periksa" cleared and written over with the result.
    The result goes to a sheet of its own, "Hasil Periksa (2)"; nothing touches the agency's sheet (position
    1), the SKP sheet only gets the marks of skp periksa's findings."""
    payload = vba_payload(DATA / name)
    assert payload["sheets"][1]["values"] == NOTES
    status, answer = server.post("/periksa", vba_body(payload), TOKEN)
    assert status == 200, answer
    actions = answer["actions"]
    assert not [a for a in actions if a["sheet_position"] == 1 and a["func"] != "activateSheet"]
    assert [a["args"][1] for a in actions if a["func"] == "addSheet"] == (
        ["_skp_tanda", "Hasil Periksa (2)"] if marked else ["Hasil Periksa (2)"])
    assert [(a["start_row"], a["start_column"]) for a in actions
            if a["func"] == "setRangeColor" and a["sheet_position"] == 0] == marked
    (result,) = [a["values"] for a in actions
                 if a["func"] == "setValues" and a["values"][0][0] == "HASIL PERIKSA SKP"]
    shown = [(row[1], row[4]) for row in result[8:]]
    expected = check_path(DATA / name, config)[0].findings
    link = '=HYPERLINK("#\'{0}\'!{1}","{0}!{1}")'
    assert shown == [(f.code, link.format(f.sheet, f.cell)) for f in expected]
    assert [f.cell for f in expected] == (["F15"] if marked else [])


@pytest.mark.parametrize(("name", "marked"), [("server_salinan_tersembunyi_bersih.xlsx", []),
                                              ("server_salinan_tersembunyi_target_kosong.xlsx", [(14, 5)])])
def test_office_js_gets_the_visible_skp_checked(name: str, marked: list, server: RunningServer) -> None:
    """The Office.js client sends each sheet's visibility: the server checks the visible SKP, not the hidden
    backup copy before it (xlwings' VBA client sends no visibility: there the first sheet is read)."""
    from addin_remote import book_json

    status, answer = server.post("/periksa", book_json(DATA / name), TOKEN)
    assert status == 200, answer
    actions = answer["actions"]
    assert [(a["start_row"], a["start_column"]) for a in actions
            if a["func"] == "setRangeColor" and a["sheet_position"] == 1] == marked
    assert not [a for a in actions if a["func"] == "setRangeColor" and a["sheet_position"] == 0]
    link = [(f[0], f[1], f[2]) for f in findings_of(actions)]
    assert link == ([("iki-tanpa-target", "SKP", "F15")] if marked else [])
