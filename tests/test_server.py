"""``skp server`` for real: uvicorn on 127.0.0.1, posting what xlwings' VBA client posts."""

from __future__ import annotations

import hashlib
import http.client
import io
import json
import logging
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from addin_remote import as_clients_send
from kumpulan_documents import documents, write_document
from python_calamine import CalamineWorkbook, SheetTypeEnum
from server_vba import RunningServer, findings_of, hasil, hasil_sheet, vba_payload

from addin.periksa import summary_text
from server.app import Settings
from skp.config import Config
from skp.periksa import check_grid, check_path
from skp.reading.grid import SheetGrid, plain_row
from skp.reading.load import load_grid, parser_bytes
from skp.run.discovery import discover

DATA = Path(__file__).parent / "data"
TOKEN = "rahasia-bkpsdm-123"
WORKBOOKS = sorted(p for p in DATA.iterdir() if p.suffix in (".xlsx", ".xlsm", ".xls"))


@pytest.fixture(scope="module")
def kiriman(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("kiriman")


@pytest.fixture(scope="module")
def server(kiriman: Path):
    with RunningServer(Settings(kiriman, TOKEN, Config(), batas_bytes=20 * 1024 * 1024)) as running:
        yield running


def expected(path: Path, config: Config):
    """``skp periksa``'s report on ``path``, read as xlwings' VBA client sends it (values only: unmerged,
    numbers without their format's words; a ``veryHidden`` sheet too, and a hidden sheet as a visible one,
    since the client sends no visibility)."""
    report, _ = check_path(path, config)
    if report.status == "gagal-dibaca":
        return report
    grid = load_grid(path, config)
    with CalamineWorkbook.from_filelike(io.BytesIO(parser_bytes(path.read_bytes()))) as workbook:
        loaded = {sheet.name: sheet for sheet in grid.sheets}
        grid.sheets = [
            loaded.get(meta.name)
            or SheetGrid(meta.name, [plain_row(r) for r in workbook.get_sheet_by_name(meta.name).to_python()])
            for meta in workbook.sheets_metadata
            if meta.typ == SheetTypeEnum.WorkSheet
        ]
    as_clients_send(path, grid)
    for sheet in grid.sheets:
        sheet.hidden = False
    report, _ = check_grid(grid, str(path), config)
    return report


def alerts(actions: list[dict[str, Any]]) -> list[str]:
    return [a["args"][0] for a in actions if a["func"] == "alert"]


@pytest.mark.parametrize("path", WORKBOOKS, ids=lambda p: p.name)
def test_periksa_answers_what_skp_periksa_finds(path: Path, server: RunningServer, config: Config) -> None:
    report = expected(path, config)
    if report.status == "gagal-dibaca":
        pytest.skip("neither Excel nor xlwings' client opens it")
    status, answer = server.post("/periksa", vba_payload(path), TOKEN)
    assert status == 200
    assert findings_of(answer["actions"]) == report.flatten()
    assert alerts(answer["actions"]) == [summary_text(report, hasil_sheet(answer["actions"])[1])]


def test_only_actions_the_vba_client_can_apply(server: RunningServer) -> None:
    """Remote.bas has no macro for column widths, fonts or sheet visibility: they are not sent."""
    status, answer = server.post("/periksa", vba_payload(DATA / "defect_identitas-kosong.xlsx"), TOKEN)
    assert status == 200
    assert {a["func"] for a in answer["actions"]} == {"addSheet", "setValues", "setRangeColor",
                                                       "activateSheet", "alert"}


def test_missing_or_wrong_token_is_401(server: RunningServer) -> None:
    payload = vba_payload(DATA / "clean_ja-dasar.xlsx")
    for token in (None, "", "rahasia", TOKEN + "x", TOKEN.upper()):
        status, text = server.post("/periksa", payload, token)
        assert status == 401, token
        assert "Token server SKP tidak sah" in text
    assert server.post("/kirim", payload, None)[0] == 401


@pytest.mark.parametrize(("method", "path", "status", "said"), [
    ("GET", "/", 404, "Alamat / tidak ada di server SKP."),
    ("GET", "/periksa", 405, "/periksa tidak menerima GET."),
])
def test_wrong_address_or_method_is_said_in_indonesian(server: RunningServer, method: str, path: str,
                                                       status: int, said: str) -> None:
    """An administrator's first curl gets a sentence naming the addresses, not {"detail":"Not Found"}."""
    host, port = server.url.removeprefix("http://").split(":")
    connection = http.client.HTTPConnection(host, int(port), timeout=20)
    connection.request(method, path)
    answer = connection.getresponse()
    text = answer.read().decode("utf-8")
    assert answer.status == status and text.startswith(said), text
    assert "POST ke /periksa, " in text and "/kirim" in text and "GET /kesehatan" in text


def test_oversized_body_is_413_before_it_is_sent(server: RunningServer) -> None:
    """A declared length over the limit is refused at once: the server does not wait for the body."""
    host, port = server.url.removeprefix("http://").split(":")
    connection = http.client.HTTPConnection(host, int(port), timeout=30)
    connection.putrequest("POST", "/periksa")
    connection.putheader("Authorization", TOKEN)
    connection.putheader("Content-Length", str(20 * 1024 * 1024 + 1))
    connection.endheaders()
    response = connection.getresponse()
    assert (response.status, response.read().decode()) == (413, "Kiriman lebih dari 20 MB ditolak.")
    connection.close()


def test_oversized_chunked_body_without_length_is_413(server: RunningServer) -> None:
    host, port = server.url.removeprefix("http://").split(":")
    connection = http.client.HTTPConnection(host, int(port), timeout=30)
    chunks = (b" " * (1024 * 1024) for _ in range(21))
    connection.request("POST", "/periksa", body=chunks, headers={"Authorization": TOKEN},
                       encode_chunked=True)
    response = connection.getresponse()
    assert response.status == 413
    connection.close()


@pytest.mark.parametrize(("body", "message"), [
    (b'{"client": "VBA", "version"', "bukan JSON yang sah"),
    (b"\xff\xfe{}", "bukan JSON yang sah"),
    (b"[1, 2, 3]", "bukan buku kerja yang dikirim klien xlwings"),
    (json.dumps({"client": "VBA", "version": "0.37.8", "book": {"name": "a.xlsx", "active_sheet_index": 0},
                 "sheets": [{"name": "SKP", "values": [[{"x": 1}]]}]}).encode(), "sheets.0.values.0.0"),
    (json.dumps({"client": "VBA", "version": "0.37.8", "book": {"name": "a.xlsx", "active_sheet_index": 0},
                 "sheets": []}).encode(), "bagian 'sheets'"),
    (b"[" * 100_000 + b"]" * 100_000, "bukan JSON yang sah"),
    (json.dumps({"client": "VBA", "version": "0.37.8", "book": {"name": "a.xlsx", "active_sheet_index": 0},
                 "sheets": [{"name": "SKP", "values": [[float("nan")]]}]}).encode(), "bukan JSON yang sah"),
])
def test_malformed_or_foreign_json_is_400(server: RunningServer, body: bytes, message: str) -> None:
    status, text = server.post("/periksa", body, TOKEN)
    assert status == 400
    assert message in text


def test_other_xlwings_version_is_400(server: RunningServer) -> None:
    payload = vba_payload(DATA / "clean_ja-dasar.xlsx")
    payload["version"] = "0.30.0"
    status, text = server.post("/periksa", payload, TOKEN)
    assert status == 400
    assert "xlwings 0.30.0" in text and "templat SKP terbaru" in text


def test_workbook_over_the_cell_limit_is_refused_unread(server: RunningServer) -> None:
    payload = vba_payload(DATA / "clean_ja-dasar.xlsx")
    big = [[None] * 1000] * 2001
    payload["sheets"].append({"name": "Besar", "pictures": [], "tables": [], "values": big})
    cells = sum(len(row) for sheet in payload["sheets"] for row in sheet["values"])
    status, answer = server.post("/periksa", payload, TOKEN)
    assert status == 200
    assert [a["func"] for a in answer["actions"]] == ["alert"]
    detail = f"({cells:,} sel melebihi batas 2.000.000 sel)".replace(",", ".")
    assert detail in answer["actions"][0]["args"][0]


def test_twenty_concurrent_clients_get_their_own_answers(server: RunningServer, config: Config) -> None:
    paths = [p for p in WORKBOOKS if p.name.startswith(("defect_", "clean_"))][:20]
    assert len(paths) == 20
    wanted = {p.name: expected(p, config) for p in paths}

    def run(path: Path) -> tuple[str, dict]:
        return path.name, server.post("/periksa", vba_payload(path), TOKEN)[1]

    with ThreadPoolExecutor(20) as pool:
        answers = list(pool.map(run, paths * 2))
    for name, answer in answers:
        rows = hasil(answer["actions"])
        assert rows[1][1] == name
        assert findings_of(answer["actions"]) == wanted[name].flatten()
        assert alerts(answer["actions"]) == [summary_text(wanted[name])]


def _cell(address: str) -> tuple[int, int]:
    """0-based (row, column) of an A1 address."""
    from openpyxl.utils.cell import coordinate_to_tuple

    row, column = coordinate_to_tuple(address)
    return row - 1, column - 1


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_kirim_twice_keeps_both_versions(tmp_path: Path, config: Config) -> None:
    path = DATA / "clean_ja-dasar.xlsx"
    report = expected(path, config)
    payload = vba_payload(path)
    with RunningServer(Settings(tmp_path, TOKEN, config)) as running:
        first = running.post("/kirim", payload, TOKEN)
        history = tmp_path / ".riwayat"
        (folder,) = history.iterdir()
        v1 = _digest(folder / "v0001.xlsx")
        payload["sheets"][0]["values"][0][0] = "SASARAN KINERJA PEGAWAI (revisi)"
        second = running.post("/kirim", payload, TOKEN)
    assert first[0] == second[0] == 200
    assert folder.name == f"{report.nip}_2025-01-01-2025-12-31"
    assert sorted(p.name for p in folder.iterdir()) == [
        "v0001.json", "v0001.xlsx", "v0002.json", "v0002.xlsx"]
    assert _digest(folder / "v0001.xlsx") == v1
    assert json.loads((folder / "v0002.json").read_bytes()) == payload
    assert json.loads((folder / "v0001.json").read_bytes())["sheets"][0]["values"][0][0] != \
        payload["sheets"][0]["values"][0][0]
    assert alerts(second[1]["actions"])[-1] == f"SKP diterima server sebagai {folder.name}.xlsx (versi 2)."
    assert findings_of(second[1]["actions"]) == report.flatten()
    latest = tmp_path / f"{folder.name}.xlsx"
    assert [p.name for p in tmp_path.iterdir() if p.is_file()] == [latest.name]
    assert _digest(latest) == _digest(folder / "v0002.xlsx")
    stored, _ = check_path(latest, config)  # what skp periksa DIR reads: the same findings
    assert stored.flatten() == report.flatten()


def test_the_latest_copy_is_its_version_byte_for_byte_whenever_it_is_saved(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """openpyxl stamps each save with the time: a latest copy saved a second after its version would
    differ from it. Here every clock reading is an hour later than the one before."""
    import datetime as real_datetime

    import openpyxl.writer.excel

    from server.kiriman import store

    class _Clock(real_datetime.datetime):
        ticks = 0

        @classmethod
        def now(cls, tz: real_datetime.tzinfo | None = None) -> _Clock:
            cls.ticks += 1
            return cls(2026, 1, 2, cls.ticks % 24, tzinfo=tz)

    grid = load_grid(DATA / "clean_ja-dasar.xlsx", Config())
    clock = SimpleNamespace(datetime=_Clock, timezone=real_datetime.timezone)
    monkeypatch.setattr(openpyxl.writer.excel, "datetime", clock)  # that module's clock only
    stored = store(tmp_path, b"{}", grid, "199001012015011001", "2025-01-01/2025-12-31")
    assert _Clock.ticks >= 1
    assert _digest(stored.latest) == _digest(stored.workbook)


def test_kirim_names_files_from_the_nip_never_from_the_book_name(tmp_path: Path, config: Config) -> None:
    payload = vba_payload(DATA / "clean_jf-dasar.xlsx", name="../../../etc/cron.d/x.xlsx")
    with RunningServer(Settings(tmp_path, TOKEN, config)) as running:
        assert running.post("/kirim", payload, TOKEN)[0] == 200
    stored = sorted(str(p.relative_to(tmp_path)) for p in tmp_path.rglob("*") if p.is_file())
    nip = expected(DATA / "clean_jf-dasar.xlsx", config).nip
    assert stored == [f".riwayat/{nip}_2025-01-01-2025-12-31/v0001.json",
                      f".riwayat/{nip}_2025-01-01-2025-12-31/v0001.xlsx",
                      f"{nip}_2025-01-01-2025-12-31.xlsx"]


def test_kirim_without_nip_stores_nothing(tmp_path: Path, config: Config) -> None:
    path = DATA / "clean_ja-pengembangan.xlsx"
    document = check_path(path, config)[1]
    row, column = _cell(document.pegawai.cell("nip"))
    payload = vba_payload(path)
    sheet = next(s for s in payload["sheets"] if s["name"] == document.sheet)
    sheet["values"][row][column] = None
    with RunningServer(Settings(tmp_path, TOKEN, config)) as running:
        status, answer = running.post("/kirim", payload, TOKEN)
    assert status == 200
    assert alerts(answer["actions"])[-1].startswith("SKP tidak dikirim: NIP pegawai belum terbaca")
    assert list(tmp_path.iterdir()) == []


def test_periksa_checks_rk_atasan_against_the_stored_superior(tmp_path: Path, config: Config) -> None:
    folder = tmp_path / "berkas"
    read = {}
    for name in ("kabag.xlsx", "unit/staf_a.xlsx", "unit/staf_b.xlsx"):
        write_document(documents()[name], folder / name, config)
        read[name] = check_path(folder / name, config)[1]
    kiriman = tmp_path / "kiriman"
    kiriman.mkdir()
    staf_a = read["unit/staf_a.xlsx"]
    wrong = (staf_a.sheet, staf_a.rk("utama")[1].cells["rk_atasan"])
    with RunningServer(Settings(kiriman, TOKEN, config)) as running:
        before = running.post("/periksa", vba_payload(folder / "unit/staf_a.xlsx"), TOKEN)[1]
        assert running.post("/kirim", vba_payload(folder / "kabag.xlsx"), TOKEN)[0] == 200
        after_a = running.post("/periksa", vba_payload(folder / "unit/staf_a.xlsx"), TOKEN)[1]
        after_b = running.post("/periksa", vba_payload(folder / "unit/staf_b.xlsx"), TOKEN)[1]
    own = expected(folder / "unit/staf_a.xlsx", config).flatten()
    assert findings_of(before["actions"]) == own
    assert findings_of(after_a["actions"]) == sorted([*own, ("rk-atasan-tidak-cocok", *wrong)])
    cocok = next(r for r in hasil(after_a["actions"]) if r[1] == "rk-atasan-tidak-cocok")
    assert "Permohonan IMB diproses secara manual" in cocok[3]
    assert str(kiriman) not in cocok[3]  # the superior's file is named, the server's folders are not
    assert findings_of(after_b["actions"]) == expected(folder / "unit/staf_b.xlsx", config).flatten()


def test_logs_carry_nip_and_status_only(server: RunningServer, caplog: pytest.LogCaptureFixture,
                                        config: Config) -> None:
    path = DATA / "clean_ja-dasar.xlsx"
    report = expected(path, config)
    with caplog.at_level(logging.INFO, logger="skp.server"):
        assert server.post("/periksa", vba_payload(path), TOKEN)[0] == 200
    (record,) = [r for r in caplog.records if r.name == "skp.server"]
    assert record.getMessage() == f"periksa nip={report.nip} status={report.status}"


def test_kesehatan_answers_the_version(server: RunningServer) -> None:
    assert server.get("/kesehatan") == (200, {"status": "sehat", "versi": "0.1.0"})


@pytest.mark.parametrize(("endpoint", "button"), [
    ("/bersihkan", "bersihkan_tanda"), ("/matriks", "buat_matriks_peran_hasil"),
    ("/bagi-target", "bagi_target"), ("/nilai", "hitung_nilai"),
])
def test_buttons_answer_what_the_addin_function_records(endpoint: str, button: str, server: RunningServer,
                                                        config: Config, tmp_path: Path) -> None:
    """Each endpoint is the add-in's own function on the posted book (minus what the VBA client lacks)."""
    from addin_remote import apply_actions, open_book

    import addin
    from server.payload import client_actions, for_engine

    path = tmp_path / "kabag.xlsx"
    write_document(documents()["kabag.xlsx"], path, config)
    payload = vba_payload(path)
    if button == "bersihkan_tanda":  # something to clean: the workbook after Periksa SKP
        checked = open_book(for_engine(payload))
        addin.periksa_skp(checked, config)
        apply_actions(payload, checked.json()["actions"], {})
    book = open_book(for_engine(payload))
    function = addin.BUTTONS[button]
    function(book) if button == "bersihkan_tanda" else function(book, config)
    wanted = client_actions("VBA", book.json()["actions"])
    status, answer = server.post(endpoint, payload, TOKEN)
    assert status == 200
    assert answer["actions"] == wanted and wanted


def test_bawahan_writes_drafts_on_the_server_and_names_no_server_path(tmp_path: Path, config: Config) -> None:
    path = tmp_path / "kabag.xlsx"
    write_document(documents()["kabag.xlsx"], path, config)
    kiriman = tmp_path / "kiriman"
    kiriman.mkdir()
    with RunningServer(Settings(kiriman, TOKEN, config)) as running:
        status, answer = running.post("/bawahan", vba_payload(path), TOKEN)
    assert status == 200
    nip = check_path(path, config)[0].nip
    drafts = sorted(p.name for p in (kiriman / ".draf" / nip).iterdir())
    assert len(drafts) == 2 and all(name.startswith("SKP ") for name in drafts)
    (message,) = alerts(answer["actions"])
    assert message.startswith(f"2 draf SKP anggota ditulis ke server SKP (folder .draf/{nip}; ")
    assert str(kiriman) not in message
    assert discover([kiriman]) == []  # skp periksa DIR does not take the drafts for submissions


def test_defined_names_as_the_vba_client_sends_them_are_accepted(server: RunningServer,
                                                                 config: Config) -> None:
    """The templates define names (drop-down lists, print titles); the client lists each range name."""
    path = DATA / "clean_ja-dasar.xlsx"
    payload = vba_payload(path)
    payload["names"] = [
        {"name": "daftar_aspek", "sheet_index": len(payload["sheets"]) - 1, "address": "A2:A5",
         "book_scope": True, "scope_sheet_name": None, "scope_sheet_index": None},
        {"name": "SKP!Print_Titles", "sheet_index": 0, "address": "$1:$3", "book_scope": False,
         "scope_sheet_name": "SKP", "scope_sheet_index": 0},
    ]
    status, answer = server.post("/periksa", payload, TOKEN)
    assert status == 200
    assert findings_of(answer["actions"]) == expected(path, config).flatten()
