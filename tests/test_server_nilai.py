"""Hitung Nilai through ``skp server`` (``POST /nilai``) on agency-made Penilaian sheets, as xlwings' VBA
client posts them (cell values only: no merged cells, no formulas) and applies the answer: exactly which
cells are written with what, and which staff content is left alone."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from server_vba import RunningServer, vba_payload, written

from batch.cli import main
from server.app import Settings
from skp.config import Config

DATA = Path(__file__).parent / "data" / "penilaian_tulis"
TOKEN = "token-uji-nilai"


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory):
    with RunningServer(Settings(tmp_path_factory.mktemp("kiriman"), TOKEN, Config())) as running:
        yield running


def _answer(server: RunningServer, name: str) -> list[dict[str, Any]]:
    status, answer = server.post("/nilai", vba_payload(DATA / name), TOKEN)
    assert status == 200, answer
    return answer["actions"]


def message(actions: list[dict[str, Any]]) -> str:
    (text,) = [a["args"][0] for a in actions if a["func"] == "alert"]
    return text


IKI_RESULTS = {
    "H13": 1.0, "I13": "Baik", "J13": 109.0,
    "H14": 1.033333, "I14": "Sangat Baik", "J14": 112.22,
    "H15": 0.92, "I15": "Cukup", "J15": 82.0,
}


def test_totals_go_under_the_nilai_column_not_inside_their_merged_label(server: RunningServer) -> None:
    """NILAI AKHIR SKP, NILAI KINERJA and PREDIKAT are labels merged from NO to NILAI CAPAIAN RK; the
    client sends no merged cells, so the cell right of the label lies inside the label. The values go under
    NILAI TERTIMBANG, the column the total adds up; the nilai perilaku already written stays."""
    cells = written(_answer(server, "penilaian_tulis_label_total_digabung.xlsx"))
    assert cells == {**IKI_RESULTS, "K13": "Sangat Baik", "L13": 110.61, "K15": "Cukup", "L15": 82.0,
                     "M19": 96.31, "M21": 97.42, "M22": "Baik"}


def test_formulas_and_staff_text_in_result_cells_are_left_alone(server: RunningServer) -> None:
    """CAPAIAN IKI and KATEGORI CAPAIAN IKI hold the agency's formulas (the client sends their results,
    which agree with SPEC §6): not written over. KATEGORI CAPAIAN RK of the first RK and NILAI CAPAIAN RK of
    the second hold staff notes: never written, and the message names them."""
    actions = _answer(server, "penilaian_tulis_rumus_dan_teks_pegawai.xlsx")
    assert written(actions) == {"J13": 109.0, "J14": 112.22, "J15": 82.0, "L13": 110.61, "K15": "Cukup",
                                "M19": 96.31, "M21": 97.42, "M22": "Baik"}
    assert "Sel berisi isian pegawai tidak diubah: Penilaian!K13, Penilaian!L15." in message(actions)


def test_a_sheet_without_result_columns_is_said_and_nothing_is_written(server: RunningServer) -> None:
    actions = _answer(server, "penilaian_tulis_tanpa_kolom_hasil.xlsx")
    assert written(actions) == {}
    assert ("Kolom CAPAIAN IKI dan KATEGORI CAPAIAN IKI tidak ditemukan di sheet Penilaian: hasil itu tidak "
            "ditulis di mana pun.") in message(actions)


def test_pressing_again_writes_nothing_new(server: RunningServer, tmp_path: Path) -> None:
    """Values already equal to the computed ones are not written again (a second press changes nothing)."""
    first = written(_answer(server, "penilaian_tulis_label_total_digabung.xlsx"))
    payload = vba_payload(DATA / "penilaian_tulis_label_total_digabung.xlsx")
    rows = payload["sheets"][0]["values"]
    for address, value in first.items():
        col = ord(address[0]) - ord("A")
        rows[int(address[1:]) - 1][col] = value
    status, answer = server.post("/nilai", payload, TOKEN)
    assert status == 200
    assert written(answer["actions"]) == {}


def test_realisasi_n_dari_m_and_percent_cell_fraction(server: RunningServer) -> None:
    """``12 dari 12 laporan`` is 12 beside a count target; ``45 dari 50 ruas`` beside ``85 %`` is 90 %;
    0,93 from a %-formatted cell (the client sends the fraction) beside ``90 %`` is 93 %. Before, the first
    two were unread (their RK and Nilai SKP left empty) and the third scored 1 %, Sangat Kurang."""
    cells = written(_answer(server, "penilaian_tulis_realisasi_dari_dan_sel_persen.xlsx"))
    assert {k: cells[k] for k in ("H13", "I13", "J13", "H14", "I14", "J14", "H15", "I15", "J15", "M19")} == {
        "H13": 1.0, "I13": "Baik", "J13": 109.0, "H14": 1.033333, "I14": "Sangat Baik", "J14": 112.22,
        "H15": 1.058824, "I15": "Sangat Baik", "J15": 115.56, "M19": 113.08}


def test_small_percent_target_keeps_a_small_realisasi_as_written() -> None:
    """Beside a target of 2 %, a realisasi of 1,2 is 1,2 % (60 %, Kurang), not a fraction of 120 %."""
    result = CliRunner().invoke(main, ["nilai", str(DATA / "penilaian_tulis_target_persen_kecil.xlsx"),
                                       "--format", "json"])
    (report,) = json.loads(result.output)["files"]
    assert [(i["row"], i["realisasi"], i["kategori"], i["nilai"]) for i in report["iki"]] == [
        (13, 1200.0, "Baik", 109.0), (14, 93.0, "Sangat Baik", 112.22222222222223), (15, 1.2, "Kurang", 50.0)]


def test_skp_nilai_reads_realisasi_as_the_server_does() -> None:
    path = DATA / "penilaian_tulis_realisasi_dari_dan_sel_persen.xlsx"
    result = CliRunner().invoke(main, ["nilai", str(path), "--format", "json"])
    (report,) = json.loads(result.output)["files"]
    assert [(i["realisasi"], i["kategori"]) for i in report["iki"]] == [
        (12.0, "Baik"), (93.0, "Sangat Baik"), (90.0, "Sangat Baik")]
    assert report["nilai_skp"] == 113.08


def test_rk_columns_headed_with_rencana_kinerja_written_out(server: RunningServer) -> None:
    """KATEGORI CAPAIAN RENCANA KINERJA and NILAI CAPAIAN RENCANA KINERJA are the RK columns (they were not
    found, so the RK results were never written)."""
    cells = written(_answer(server, "penilaian_tulis_label_rk_panjang.xlsx"))
    assert cells == {**IKI_RESULTS, "K13": "Sangat Baik", "L13": 110.61, "K15": "Cukup", "L15": 82.0,
                     "M19": 96.31, "M21": 97.42, "M22": "Baik"}


def test_results_headed_on_two_rows_by_group(server: RunningServer) -> None:
    """``CAPAIAN`` above ``CAPAIAN IKI (%) | KATEGORI | NILAI`` and ``CAPAIAN RK`` above ``KATEGORI |
    NILAI``: the bare sub-labels are the IKI's and the RK's result columns by the group above them (the
    client sends no merged cells, so the sub-label row is not known to be header)."""
    cells = written(_answer(server, "penilaian_tulis_judul_dua_baris.xlsx"))
    assert cells == {**IKI_RESULTS, "K13": "Sangat Baik", "L13": 110.61, "K15": "Cukup", "L15": 82.0,
                     "M19": 96.31, "M21": 97.42, "M22": "Baik"}


def test_realisasi_under_akhir_of_quarter_columns(server: RunningServer) -> None:
    """REALISASI over TW I … TW IV and AKHIR: the year's realisasi is under AKHIR (before, the quarters
    were joined into one unreadable text and nothing was scored)."""
    cells = written(_answer(server, "penilaian_tulis_realisasi_triwulan.xlsx"))
    assert cells == {
        "L13": 1.0, "M13": "Baik", "N13": 109.0, "L14": 1.033333, "M14": "Sangat Baik", "N14": 112.22,
        "L15": 0.92, "M15": "Cukup", "N15": 82.0, "O13": "Sangat Baik", "P13": 110.61, "O15": "Cukup",
        "P15": 82.0, "Q19": 96.31, "Q21": 97.42, "Q22": "Baik"}


@pytest.mark.parametrize("name", [
    "penilaian_tulis_judul_dua_baris.xlsx", "penilaian_tulis_realisasi_triwulan.xlsx"])
def test_skp_nilai_reads_the_two_row_headers_too(name: str) -> None:
    result = CliRunner().invoke(main, ["nilai", str(DATA / name), "--format", "json"])
    (report,) = json.loads(result.output)["files"]
    assert [(i["realisasi"], i["kategori"]) for i in report["iki"]] == [
        (1200.0, "Baik"), (93.0, "Sangat Baik"), (230.0, "Cukup")]
    assert report["nilai_skp"] == 96.31


@pytest.mark.parametrize(("name", "predikat"), [
    ("penilaian_tulis_ide_baru_ya.xlsx", "Sangat Baik"), ("penilaian_tulis_ide_baru_tidak.xlsx", "Baik")])
def test_ide_baru_in_the_docs_wording_decides_sangat_baik(server: RunningServer, name: str,
                                                          predikat: str) -> None:
    """The Perilaku sheet's ``IDE BARU/CARA BARU YANG BERMANFAAT BAGI ORGANISASI`` is the new-idea answer
    (docs/penilaian.md's own wording); unread, a nilai kinerja of 113,36 got Baik whatever it said.
    NILAI PERILAKU KERJA (114, the five aspects' mean), NILAI KINERJA and PREDIKAT are written."""
    cells = written(_answer(server, name))
    assert {k: cells[k] for k in ("M19", "M20", "M21", "M22")} == {
        "M19": 113.08, "M20": 114.0, "M21": 113.36, "M22": predikat}


def test_totals_go_where_the_other_totals_stand(server: RunningServer) -> None:
    """Each total's value merged over NILAI CAPAIAN RK and NILAI TERTIMBANG (as the official template
    does), NILAI PERILAKU KERJA already written in the first of them: the other totals are written there
    too, not in the merged cell's hidden right half."""
    cells = written(_answer(server, "penilaian_tulis_nilai_total_digabung_dua_kolom.xlsx"))
    assert {k: v for k, v in cells.items() if int(k[1:]) > 15} == {"L19": 96.31, "L21": 97.42, "L22": "Baik"}


def test_nilai_perilaku_written_by_the_penilai_is_never_replaced(server: RunningServer) -> None:
    """NILAI PERILAKU KERJA 105 written on the Penilaian sheet while the Perilaku sheet's aspects average
    114: the penilai's number stays, and the message names its cell."""
    actions = _answer(server, "penilaian_tulis_nilai_perilaku_ditulis_penilai.xlsx")
    assert "M20" not in written(actions)
    assert "Sel berisi isian pegawai tidak diubah: Penilaian!M20." in message(actions)


@pytest.mark.parametrize("name", ["nyata_penilaian_target_pecahan_persen.xlsx",
                                  "nyata_penilaian_realisasi_pecahan_persen.xlsx"])
def test_a_percent_cells_fraction_is_scored_as_the_checks_read_it(server: RunningServer, name: str) -> None:
    """A target typed as 90 % in a %-formatted cell reaches the server as 0,9 (a realisasi as 0,84), and the
    staff's capaian, kategori and nilai say it is 90 %: the checks accept them, so the button leaves them and
    gives the Nilai SKP ``skp nilai`` gives. Scored from 0,9 literally it wrote Sangat Baik and 120 over the
    staff's Cukup and 83."""
    status, answer = server.post("/nilai", vba_payload(DATA.parent / name), TOKEN)
    assert status == 200, answer
    assert written(answer["actions"]) == {}
    assert message(answer["actions"]) == "0 sel penilaian diisi. Nilai SKP: 108,89."


def test_a_percent_cells_fraction_in_a_row_not_scored_yet(server: RunningServer) -> None:
    """The same row before anyone scored it: nothing written says which reading, and 84 of a bare 0,9 would
    be 9.333 %, so it is 84 of 90 %: 93 %, Cukup, 83 (it wrote Sangat Baik and 120)."""
    status, answer = server.post("/nilai", vba_payload(
        DATA.parent / "nyata_penilaian_target_pecahan_persen_belum_dinilai.xlsx"), TOKEN)
    assert status == 200, answer
    actions = answer["actions"]
    assert [(a["start_row"] + 1, a["start_column"] + 1, a["values"]) for a in actions
            if a["func"] == "setValues"] == [(10, 8, [[0.933333]]), (10, 9, [["Cukup"]]), (10, 10, [[83.0]])]
    assert message(actions) == "3 sel penilaian diisi. Nilai SKP: 108,89."


def test_a_formula_showing_an_error_is_left_alone_and_named(server: RunningServer) -> None:
    """CAPAIAN IKI holds the agency's ``=G13/F13*100``, which shows ``#VALUE!`` (the targets are text). The
    client sends the error, which xlwings reads as an empty cell: the formula was written over with a number
    and the message said nothing. A cell showing an error is a formula: not written, and named."""
    actions = _answer(server, "penilaian_tulis_rumus_bergalat.xlsx")
    assert written(actions) == {**{k: v for k, v in IKI_RESULTS.items() if not k.startswith("H")},
                                "K13": "Sangat Baik", "L13": 110.61, "K15": "Cukup", "L15": 82.0,
                                "M19": 96.31, "M21": 97.42, "M22": "Baik"}
    assert ("Sel berisi rumus yang menghasilkan galat tidak diubah: Penilaian!H13, Penilaian!H14, "
            "Penilaian!H15; perbaiki rumusnya, atau kosongkan sel itu agar diisi hasil hitung."
            ) in message(actions)


def test_a_sheet_without_error_formulas_names_none(server: RunningServer) -> None:
    assert "galat" not in message(_answer(server, "penilaian_tulis_label_total_digabung.xlsx"))


def test_results_staff_wrote_shortened_are_left_as_written(server: RunningServer, config: Config) -> None:
    """Every result is right, written as staff shorten them (kategori ``B``/``SB``/``C``, nilai 112 for
    112,22, Nilai Akhir 96 for 96,31): ``skp periksa`` accepts each, so the button writes nothing. Was:
    twelve cells "replaced" with the same results spelt out, the message calling them old values."""
    from skp.periksa import check_path

    name = "penilaian_tulis_hasil_singkat_dan_bulat.xlsx"
    assert check_path(DATA / name, config)[0].flatten() == []
    actions = _answer(server, name)
    assert written(actions) == {}
    assert message(actions) == "0 sel penilaian diisi. Nilai SKP: 96,31."


def test_iki_kategori_headed_kategori_iki(server: RunningServer) -> None:
    """``KATEGORI IKI`` beside ``NILAI IKI`` and ``KATEGORI RK``: the IKI's kategori column. Was: not found,
    so the kategori was never written (and never checked)."""
    assert written(_answer(server, "penilaian_tulis_judul_kategori_iki.xlsx")) == {
        **IKI_RESULTS, "K13": "Sangat Baik", "L13": 110.61, "K15": "Cukup", "L15": 82.0,
        "M19": 96.31, "M21": 97.42, "M22": "Baik"}


def test_a_wrong_kategori_under_kategori_iki_is_reported_and_replaced(server: RunningServer,
                                                                     config: Config) -> None:
    from skp.periksa import check_path

    report, _ = check_path(DATA / "penilaian_tulis_judul_kategori_iki_salah.xlsx", config)
    assert [(f.code, f.sheet, f.cell) for f in report.findings] == [
        ("capaian-tidak-sesuai", "Penilaian", "I13")]
    actions = _answer(server, "penilaian_tulis_judul_kategori_iki_salah.xlsx")
    assert written(actions)["I13"] == "Baik"
    assert "Angka atau kategori lama diganti hasil hitung: Penilaian!I13." in message(actions)
