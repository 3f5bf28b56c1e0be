"""``skp rekap --daftar`` and ``skp periksa --daftar`` over the generated agency: who has not submitted,
who need not, the two daftar codes, and rekap.xlsx that prints, keeps NIPs as text and is well-formed."""

from __future__ import annotations

import json
import re
import zipfile
from pathlib import Path
from xml.dom.minidom import parseString

import pytest
from click.testing import CliRunner, Result
from kumpulan_documents import KABAG, PENILAI_C, STAF_B, UNIT, write_folder
from openpyxl import load_workbook

from batch.cmd_periksa import periksa
from batch.cmd_rekap import rekap
from skp.config import Config

DAFTAR = Path(__file__).parent / "data" / "daftar" / "daftar_pegawai_dinas_pupr.xlsx"
HOSTILE_NAMA = "</script><script>alert(1)</script>"
HOSTILE_UNIT = '"><img src=x onerror=alert(1)>'


def digits(nip: str) -> str:
    return nip.replace(" ", "")


@pytest.fixture(scope="module")
def run(tmp_path_factory: pytest.TempPathFactory, config: Config) -> dict[str, object]:
    folder = write_folder(tmp_path_factory.mktemp("kiriman"), config)
    out = tmp_path_factory.mktemp("keluaran")
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(folder)
        result = CliRunner().invoke(rekap, [
            ".", "-o", str(out / "rekap.xlsx"), "--html", str(out / "rekap.html"), "--csv", str(out / "csv"),
            "--daftar", str(DAFTAR), "-j", "1"])
        checked = CliRunner().invoke(periksa, [".", "--format", "json", "--daftar", str(DAFTAR), "-j", "1"])
    return {"folder": folder, "out": out, "result": result, "periksa": checked}


def _rows(path: Path, sheet: str) -> list[dict[str, object]]:
    values = list(load_workbook(path)[sheet].iter_rows(values_only=True))
    return [dict(zip(values[0], row, strict=True)) for row in values[1:] if any(v is not None for v in row)]


def test_belum_mengirim_lists_exactly_who_is_missing(run: dict) -> None:
    assert run["result"].exit_code == 0, run["result"].output
    rows = _rows(run["out"] / "rekap.xlsx", "Belum Mengirim")
    assert [(r["Unit Kerja"], r["NIP"], r["Nama"], r["Baris Daftar"]) for r in rows] == [
        (HOSTILE_UNIT, "199304042018011009", HOSTILE_NAMA, 13),
        ("Bidang Tata Ruang", "198505052009012007", "Rina Wulandari", 9),
        ("Bidang Tata Ruang", digits(PENILAI_C), "Sri Rahayu", 8),
        (UNIT, "1.98802022012121e+17", "Joko", 12),
    ]
    assert "tersimpan sebagai angka" in rows[3]["Keterangan"]
    # Slamet (pensiun) and Dewi (tugas belajar) need not submit: left out, and counted
    assert not {"Slamet", "Dewi"} & {r["Nama"] for r in rows}


def _with_daftar(name: str, tmp_path_factory: pytest.TempPathFactory,
                 config: Config) -> tuple[Result, Result, Path]:
    """``skp rekap`` and ``skp periksa --format json`` over the generated agency with the daftar ``name`` of
    ``tests/data/daftar``: their results and the folder rekap.xlsx is in."""
    daftar = Path(__file__).parent / "data" / "daftar" / name
    folder = write_folder(tmp_path_factory.mktemp("kiriman"), config)
    out = tmp_path_factory.mktemp("keluaran")
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(folder)
        made = CliRunner().invoke(rekap, [".", "-o", str(out / "rekap.xlsx"), "--daftar", str(daftar),
                                          "-j", "1"])
        checked = CliRunner().invoke(periksa, [".", "--format", "json", "--daftar", str(daftar), "-j", "1"])
    return made, checked, out


def test_roster_with_a_sheet_per_unit_lists_the_same_people_by_sheet_and_row(
        tmp_path_factory: pytest.TempPathFactory, config: Config) -> None:
    """The same roster kept with a sheet per unit: the same people are missing, each named by its sheet and
    row; last year's sheet is not read, and standard error says so."""
    made, _, out = _with_daftar("daftar_satu_sheet_per_unit.xlsx", tmp_path_factory, config)
    assert made.exit_code == 0, made.output
    rows = _rows(out / "rekap.xlsx", "Belum Mengirim")
    assert [(r["NIP"], r["Nama"], r["Baris Daftar"]) for r in rows] == [
        ("199304042018011009", HOSTILE_NAMA, "10 di sheet 'Dinas'"),
        ("198505052009012007", "Rina Wulandari", "3 di sheet 'Tata Ruang'"),
        (digits(PENILAI_C), "Sri Rahayu", "2 di sheet 'Tata Ruang'"),
    ]
    assert "sheet '2024' tidak dibaca: 7 dari 8 NIP-nya sudah ada di sheet 'Dinas'" in made.stderr


def test_ringkasan_rates_per_unit(run: dict) -> None:
    rows = {r["Unit Kerja"]: r for r in _rows(run["out"] / "rekap.xlsx", "Ringkasan")}
    columns = ("Pegawai", "Wajib Mengirim", "Sudah Mengirim", "Belum Mengirim", "Tidak Wajib",
               "Persen Mengirim")
    assert {unit: tuple(row[c] for c in columns) for unit, row in rows.items()} == {
        UNIT: (4, 5, 4, 1, 2, 80),
        "Bidang Tata Ruang": (0, 2, 0, 2, 0, 0),
        HOSTILE_UNIT: (0, 1, 0, 1, 0, 0),
        "@SUM(A1)": (1, 0, 0, 0, 0, None),  # staf_c and the revision: one pegawai
        "(unit kerja tidak terbaca)": (1, 0, 0, 0, 0, None),
        "Jumlah": (6, 8, 4, 4, 2, 50),
    }


def test_the_two_daftar_codes_in_periksa_and_rekap(run: dict) -> None:
    checked = run["periksa"]
    assert checked.exit_code == 1  # the folder has error findings of its own
    report = json.loads(checked.stdout)
    found = {(f["path"], x["code"], x["cell"]) for f in report["files"] for x in f["findings"]
             if x["code"] in ("penilai-tidak-sesuai-daftar", "pegawai-tidak-dalam-daftar")}
    nip_cells = {f["path"]: f for f in report["files"]}
    assert {(path, code) for path, code, _ in found} == {
        ("unit/staf_b.xlsx", "penilai-tidak-sesuai-daftar"),
        ("unit/staf_c.xlsx", "pegawai-tidak-dalam-daftar"),
        ("unit/staf_c_revisi.xlsx", "pegawai-tidak-dalam-daftar"),
    }
    assert all(cell for _, _, cell in found) and nip_cells
    staf_b = next(x for f in report["files"] if f["path"] == "unit/staf_b.xlsx" for x in f["findings"]
                  if x["code"] == "penilai-tidak-sesuai-daftar")
    assert staf_b["severity"] == "peringatan"
    assert digits(KABAG) in staf_b["message"] and digits(PENILAI_C) in staf_b["message"]
    assert "baris 7" in staf_b["message"] and digits(STAF_B) not in staf_b["message"]
    # the daftar row with the number-stored NIP is named on standard error
    assert "baris 12: NIP tersimpan sebagai angka" in checked.stderr
    temuan = _rows(run["out"] / "rekap.xlsx", "Temuan")
    assert {(r["Berkas"], r["Kode"]) for r in temuan if "daftar" in str(r["Kode"])} == {
        (p, c) for p, c, _ in found}


def test_xlsx_prints_on_folio_landscape_one_page_wide_with_repeated_headers(run: dict) -> None:
    book = load_workbook(run["out"] / "rekap.xlsx")
    assert book.sheetnames == ["Ringkasan", "Belum Mengirim", "Hierarki", "Pegawai", "Temuan"]
    for sheet in book.worksheets:
        setup = sheet.page_setup
        # fitToWidth 1 is the file format's default, so it is left out (None)
        assert (setup.orientation, setup.paperSize, setup.fitToWidth or 1, setup.fitToHeight) == (
            "landscape", 14, 1, 0), sheet.title
        assert sheet.sheet_properties.pageSetUpPr.fitToPage
        assert sheet.print_title_rows == "$1:$1", sheet.title


def test_xlsx_nips_are_text_counts_whole_no_formula_no_theme_colour(run: dict) -> None:
    path = run["out"] / "rekap.xlsx"
    book = load_workbook(path)
    nips = 0
    for sheet in book.worksheets:
        header = [c.value for c in sheet[1]]
        for row in sheet.iter_rows(min_row=2):
            for cell, column in zip(row, header, strict=False):
                assert cell.data_type != "f", (sheet.title, cell.coordinate)
                if column and str(column).startswith("NIP") and cell.value is not None:
                    assert cell.data_type == "s" and cell.number_format == "@", (sheet.title, cell.coordinate)
                    nips += 1
                if isinstance(cell.value, int | float) and column != "Nilai SKP":
                    assert float(cell.value).is_integer() and cell.number_format in ("0", "General")
    assert nips > 10
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            if name.endswith((".xml", ".rels")):
                parseString(archive.read(name))  # every part well-formed
        styles = archive.read("xl/styles.xml").decode()
    # explicit colours: every font but the workbook default (unused by any written cell) and every fill
    # carry an RGB colour, none a theme colour that LibreOffice or WPS would resolve differently
    fonts = re.findall(r"<font>.*?</font>", styles)
    assert len(fonts) > 1 and all('rgb="' in font and 'theme="' not in font for font in fonts[1:])
    assert 'theme="' not in styles.split("<fills")[1].split("</fills>")[0]
    used = {int(x) for x in re.findall(r'<c [^>]*s="(\d+)"', "".join(
        zipfile.ZipFile(path).read(n).decode() for n in zipfile.ZipFile(path).namelist()
        if n.startswith("xl/worksheets/sheet")))}
    assert 0 not in used


def test_csv_belum_mengirim_and_spaced_nips(run: dict) -> None:
    folder = run["out"] / "csv"
    assert sorted(p.name for p in folder.iterdir()) == [
        "belum_mengirim.csv", "hierarki.csv", "pegawai.csv", "ringkasan.csv", "temuan.csv"]
    text = (folder / "belum_mengirim.csv").read_text(encoding="utf-8-sig")
    assert text.splitlines()[0] == ('"Unit Kerja","NIP","Nama","Jabatan","NIP Atasan","Status",'
                                    '"Baris Daftar","Keterangan"')
    assert '"19850505 200901 2 007","Rina Wulandari"' in text


def test_lost_digits_row_of_someone_who_submitted_is_not_belum_mengirim(
        tmp_path_factory: pytest.TempPathFactory, config: Config) -> None:
    """The Kepala Bagian's daftar row lost its last digits (``1,97503E+17``) but keeps his name: his SKP is
    that row's, so he is neither listed as not submitting nor told he is not in the daftar. Rudi, with the
    same kept digits and no SKP, and Ani Lestari, whose kept digits fit Ani's SKP but whose name does not,
    stay listed with the reason; Ani's SKP stays not in the daftar. A pegawai in two rows is listed once."""
    made, checked, out = _with_daftar("daftar_nip_hilang_digit_sudah_mengirim.csv", tmp_path_factory, config)
    assert made.exit_code == 0, made.output
    rows = _rows(out / "rekap.xlsx", "Belum Mengirim")
    assert [(r["NIP"], r["Nama"], r["Baris Daftar"]) for r in rows] == [
        ("198001012005012001", "Sri Wahyuni", 7),  # her second row (another unit) is the same pegawai
        ("1,99001E+17", "Ani Lestari", 5), ("1,97503E+17", "Rudi Hartono", 4)]
    assert "baris 8: NIP 198001012005012001 sudah ada di baris 7" in made.stderr
    # his submission is counted under the daftar's unit, as every submission whose row is found
    assert {r["Berkas"]: r["Unit Kerja"] for r in _rows(out / "rekap.xlsx", "Pegawai")}["kabag.xlsx"] == (
        "Bagian Jalan")
    report = json.loads(checked.stdout)
    assert {f["path"] for f in report["files"] for x in f["findings"]
            if x["code"] == "pegawai-tidak-dalam-daftar"} == {
        "unit/staf_a.xlsx", "unit/staf_c.xlsx", "unit/staf_c_revisi.xlsx"}
