"""Hostile file names and cell text against every recap output (issue 16): rekap.xlsx links never leave
the folder, no part is ill-formed, no sheet drops rows past its limit, and the CSV files read back by
LibreOffice with ``,`` and with ``;`` as separator hold no formula and keep every NIP digit."""

from __future__ import annotations

import csv
import shutil
import subprocess
import zipfile
from pathlib import Path
from xml.dom.minidom import parseString

import pytest
from click.testing import CliRunner
from kumpulan_documents import KABAG, KEPALA, STAF_A, STAF_B, STAF_C, ja, person, write_document, write_folder
from openpyxl import load_workbook

import skp.recap.xlsx as recap_xlsx
from batch.cmd_rekap import rekap
from skp.config import Config
from skp.sinks import relative_link

# each would point outside the folder, or run something, were it a link
HOSTILE_FILES = ["https:evil.xlsx", "file:rahasia.xlsx", "\\\\server\\share\\skp.xlsx", "C:lokal.xlsx",
                 "bel\x07\x1b[31m.xlsx"]
NIPS = [KEPALA, KABAG, STAF_A, STAF_B, STAF_C]


@pytest.mark.parametrize("path,expected", [
    ("kiriman/ani.xlsx", "kiriman/ani.xlsx"),
    ("https:evil.xlsx", None), ("\\\\server\\share\\x.xlsx", None), ("../luar.xlsx", None),
    ("/etc/passwd", None), ("C:x.xlsx", None), ("a\x07.xlsx", None),
])
def test_relative_link_allows_only_plain_paths_inside_the_folder(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, path: str, expected: str | None) -> None:
    monkeypatch.chdir(tmp_path)
    assert relative_link(path, str(tmp_path)) == expected


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory, config: Config) -> dict[str, object]:
    folder = write_folder(tmp_path_factory.mktemp("kiriman"), config)
    for name in HOSTILE_FILES:
        shutil.copy(folder / "unit" / "staf_b.xlsx", folder / name)
    semicolons = tmp_path_factory.mktemp("titik_koma")
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(folder)
        # the CSV for Excel set to Indonesian (--pemisah titik-koma), written outside the folder first
        separated = CliRunner().invoke(rekap, [".", "-o", str(semicolons / "rekap.xlsx"), "--csv",
                                               str(semicolons / "rekap_csv"), "-j", "1",
                                               "--pemisah", "titik-koma"])
        assert separated.exit_code == 0, separated.output
        # the recap inside the folder: plain relative links are allowed, so only the hostile ones are refused
        result = CliRunner().invoke(rekap, [".", "-o", "rekap.xlsx", "--csv", "rekap_csv", "-j", "1"])
    return {"folder": folder, "result": result, "titik-koma": semicolons / "rekap_csv"}


def test_hostile_file_names_never_become_links_and_every_part_is_well_formed(hostile: dict) -> None:
    assert hostile["result"].exit_code == 0, hostile["result"].output
    path = hostile["folder"] / "rekap.xlsx"
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            if name.endswith((".xml", ".rels")):
                parseString(archive.read(name))
            assert b"\x07" not in archive.read(name) and b"\x1b" not in archive.read(name), name
    book = load_workbook(path)
    targets = [c.hyperlink.target for ws in book.worksheets for row in ws.iter_rows() for c in row
               if c.hyperlink]
    assert "unit/staf_a.xlsx" in {t.replace("\\", "/") for t in targets}
    for target in targets:
        assert ":" not in target and not target.startswith(("\\", "/")) and ".." not in target, target
    names = {c.value for c in book["Pegawai"]["A"][1:]}
    assert {"https:evil.xlsx", "file:rahasia.xlsx", "\\\\server\\share\\skp.xlsx", "bel[31m.xlsx"} <= names


def _csv_rows(path: Path) -> int:
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return len(list(csv.reader(handle))) - 1


def test_a_table_longer_than_a_sheet_spills_to_numbered_sheets(hostile: dict, tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    folder: Path = hostile["folder"]
    monkeypatch.setattr(recap_xlsx, "SHEET_ROWS", 7)
    monkeypatch.chdir(folder)
    result = CliRunner().invoke(rekap, [".", "-o", str(tmp_path / "rekap.xlsx"),
                                        "--csv", str(tmp_path / "csv"), "-j", "1"])
    assert result.exit_code == 0, result.output
    total = _csv_rows(tmp_path / "csv" / "temuan.csv")
    pegawai = _csv_rows(tmp_path / "csv" / "pegawai.csv")
    book = load_workbook(tmp_path / "rekap.xlsx")
    parts = [ws for ws in book.worksheets if ws.title.startswith("Temuan")]
    expected = -(-total // 7)
    assert [ws.title for ws in parts] == ["Temuan", *(f"Temuan ({i})" for i in range(2, expected + 1))]
    assert total > 14 and sum(ws.max_row - 1 for ws in parts) == total
    assert all(ws["A1"].value == "Berkas" for ws in parts)  # every part has its header
    assert sum(ws.max_row - 1 for ws in book.worksheets if ws.title.startswith("Pegawai")) == pegawai > 7
    notes = [c.value for row in book["Ringkasan"].iter_rows() for c in row if isinstance(c.value, str)
             and c.value.startswith("Temuan berjumlah")]
    assert notes == [f"Temuan berjumlah {total} baris, lebih dari satu sheet: daftar lengkapnya ada di sheet "
                     + ", ".join(ws.title for ws in parts) + "."]


@pytest.mark.libreoffice
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) tidak terpasang")
@pytest.mark.parametrize(("written", "separator"), [(",", ","), (",", ";"), (";", ";"), (";", ",")])
def test_csv_read_by_libreoffice_has_no_formula_and_keeps_every_nip_digit(
        hostile: dict, tmp_path: Path, written: str, separator: str) -> None:
    """The CSV written with either --pemisah, split at either separator: no formula, every NIP digit."""
    folder = hostile["folder"] / "rekap_csv" if written == "," else hostile["titik-koma"]
    sources = sorted(folder.glob("*.csv"))
    subprocess.run(
        ["soffice", "--headless", f"-env:UserInstallation=file://{tmp_path}/lo-profil",
         f"--infilter=CSV:{ord(separator)},34,76,1", "--convert-to", "xlsx", "--outdir", str(tmp_path),
         *map(str, sources)],
        check=True, capture_output=True, timeout=240,
    )
    texts: list[str] = []
    for source in sources:
        book = load_workbook(tmp_path / f"{source.stem}.xlsx")
        for row in book.active.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (source.name, cell.coordinate, cell.value)
                # no NIP became a number (1.97503E+17 and its lost digits)
                assert not (isinstance(cell.value, int | float) and cell.value > 10**15), (
                    source.name, cell.value)
                if isinstance(cell.value, str):
                    texts.append(cell.value)
    joined = "\n".join(texts)
    for nip in NIPS:
        assert nip in joined, nip  # the spaced form, every digit kept


MARKUP = '<r><t>a</t></r></is></c><c r="Z1"><f>HYPERLINK("http://x","klik")</f></c><c><is><r><t>b</t></r>'


def test_text_shaped_like_rich_text_markup_stays_text(tmp_path: Path, config: Config) -> None:
    """xlsxwriter's constant-memory mode copies text that starts with ``<r>`` and ends with ``</r>``
    into the sheet unescaped: a name written so must stay that text, not become a live formula cell."""
    folder = tmp_path / "kiriman"
    document = ja(person(MARKUP, STAF_A, "Teknik Jalan"), person("Budi", KABAG, "Kepala Bagian"), [])
    write_document(document, folder / "staf.xlsx", config)
    result = CliRunner().invoke(rekap, [str(folder), "-o", str(tmp_path / "rekap.xlsx"), "-j", "1"])
    assert result.exit_code == 0, result.output
    with zipfile.ZipFile(tmp_path / "rekap.xlsx") as archive:
        for name in archive.namelist():
            if name.startswith("xl/worksheets/sheet"):
                assert b"<f>" not in archive.read(name), name
    book = load_workbook(tmp_path / "rekap.xlsx")
    names = [c.value for c in book["Pegawai"]["B"][1:]]
    assert names == [MARKUP]
    assert all(c.data_type != "f" for ws in book.worksheets for row in ws.iter_rows() for c in row)
