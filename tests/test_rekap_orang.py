"""``skp rekap`` counts people, not files (``tests/data/rekap_orang``, built by ``make_rekap_orang.py``).

Andi moved mid-year (two SKP, two periods, two units), Budi sent his SKP again with another predikat, Citra
sent the same SKP twice, Dodi once, and two uploads are no workbook. The Pegawai column of the Ringkasan
counts people (by NIP; a file without a readable NIP is one), SKP Diterima counts files, the Predikat table
one predikat per pegawai (``rekap.predikat_pegawai``), in the xlsx, the CSV and the page alike; the per-file
tables keep one row per file. Every SKP is rated by the Bupati, whose NIP is ``-`` on the form: the report
says null, and nothing downstream takes it for an NIP.
"""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner
from openpyxl import load_workbook

from batch.cmd_periksa import periksa
from batch.cmd_rekap import rekap

DATA = Path(__file__).parent / "data"
FOLDER = DATA / "rekap_orang"
DAFTAR = DATA / "daftar" / "daftar_rekap_orang.csv"
BINA_MARGA, CIPTA_KARYA, UNREAD = "Bidang Bina Marga", "Bidang Cipta Karya", "(unit kerja tidak terbaca)"
PREDIKAT = ["Sangat Baik", "Baik", "Butuh Perbaikan", "Kurang", "Sangat Kurang", "Belum Pasti", "Jumlah"]


def _run(out: Path, *extra: str) -> Path:
    result = CliRunner().invoke(rekap, [str(FOLDER), "-o", str(out / "rekap.xlsx"), "--html",
                                        str(out / "rekap.html"), "--csv", str(out / "csv"), "-j", "1",
                                        *extra])
    assert result.exit_code == 0, result.output
    return out


@pytest.fixture(scope="module")
def tanpa_daftar(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _run(tmp_path_factory.mktemp("tanpa_daftar"))


@pytest.fixture(scope="module")
def dengan_daftar(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _run(tmp_path_factory.mktemp("dengan_daftar"), "--daftar", str(DAFTAR), "--pemisah", "titik-koma")


def _xlsx(out: Path, sheet: str) -> list[dict[str, object]]:
    values = list(load_workbook(out / "rekap.xlsx")[sheet].iter_rows(values_only=True))
    return [dict(zip(values[0], row, strict=True)) for row in values[1:]]


def _csv(out: Path, table: str, separator: str) -> list[dict[str, str]]:
    text = (out / "csv" / f"{table}.csv").read_text(encoding="utf-8-sig")
    return list(csv.DictReader(text.splitlines(), delimiter=separator))


def _html(out: Path, table: str) -> list[dict[str, str]]:
    page = (out / "rekap.html").read_text(encoding="utf-8")
    body = re.search(rf'id="tabel-{table}".*?</table>', page, re.S)
    assert body is not None
    rows = [[re.sub(r"<[^>]+>", "", cell) for cell in re.findall(r"<t[hd][^>]*>(.*?)</t[hd]>", row, re.S)]
            for row in re.findall(r"<tr[^>]*>(.*?)</tr>", body.group(0), re.S)]
    return [dict(zip(rows[0], row, strict=True)) for row in rows[1:]]


def _by_unit(rows: list[dict], columns: list[str]) -> dict[str, list[int]]:
    return {str(r["Unit Kerja"]): [int(r[c]) for c in columns] for r in rows}


@pytest.mark.parametrize("form", ["xlsx", "csv", "html"])
def test_ringkasan_counts_people_and_files(tanpa_daftar: Path, form: str) -> None:
    rows = {"xlsx": lambda: _xlsx(tanpa_daftar, "Ringkasan"),
            "csv": lambda: _csv(tanpa_daftar, "ringkasan", ","),
            "html": lambda: _html(tanpa_daftar, "ringkasan")}[form]()
    # Andi counts in both units he worked in, once in the Jumlah row; each unreadable file is one person
    assert _by_unit(rows, ["Pegawai", "SKP Diterima", "Lulus", "Perlu Perbaikan", "Gagal Dibaca"]) == {
        BINA_MARGA: [3, 4, 2, 2, 0], CIPTA_KARYA: [2, 3, 1, 2, 0], UNREAD: [2, 2, 0, 0, 2],
        "Jumlah": [6, 9, 3, 4, 2]}


@pytest.mark.parametrize("form", ["xlsx", "csv", "html"])
def test_predikat_once_per_pegawai_and_undecided_when_a_period_disagrees(tanpa_daftar: Path,
                                                                         form: str) -> None:
    rows = {"xlsx": lambda: _xlsx(tanpa_daftar, "Predikat"),
            "csv": lambda: _csv(tanpa_daftar, "predikat", ","),
            "html": lambda: _html(tanpa_daftar, "predikat")}[form]()
    assert _by_unit(rows, PREDIKAT) == {
        BINA_MARGA: [0, 1, 0, 1, 0, 0, 2],  # Citra (twice, both Baik), Dodi; Andi's first half-year not
        CIPTA_KARYA: [1, 0, 0, 0, 0, 1, 2],  # Andi's later period; Budi's two SKP disagree
        "Jumlah": [1, 1, 0, 1, 0, 1, 4]}


def test_per_file_tables_keep_every_file_with_its_own_predikat(tanpa_daftar: Path) -> None:
    rows = _xlsx(tanpa_daftar, "Pegawai")
    found = {str(r["Berkas"]).split("rekap_orang/")[-1]: r["Predikat"] for r in rows}
    assert found == {
        "bina_marga/andi_jan_jun.xlsx": "Baik", "cipta_karya/andi_jul_des.xlsx": "Sangat Baik",
        "cipta_karya/budi.xlsx": "Baik", "cipta_karya/revisi/budi.xlsx": "Butuh Perbaikan",
        "bina_marga/citra.xlsx": "Baik", "bina_marga/revisi/citra.xlsx": "Baik",
        "bina_marga/dodi.xlsx": "Kurang", "rusak_1.xlsx": None, "rusak_2.xlsx": None}


def test_every_period_counts_when_the_agency_says_so(tmp_path: Path) -> None:
    rules = tmp_path / "aturan.yaml"
    rules.write_text("rekap:\n  predikat_pegawai: setiap-periode\n", encoding="utf-8")
    out = _run(tmp_path, "--aturan", str(rules))
    assert _by_unit(_xlsx(out, "Predikat"), PREDIKAT) == {
        BINA_MARGA: [0, 2, 0, 1, 0, 0, 3], CIPTA_KARYA: [1, 0, 0, 0, 0, 1, 2],
        "Jumlah": [1, 2, 0, 1, 0, 1, 5]}


def test_an_unknown_rule_is_refused(tmp_path: Path) -> None:
    rules = tmp_path / "aturan.yaml"
    rules.write_text("rekap:\n  predikat_pegawai: terbaik\n", encoding="utf-8")
    result = CliRunner().invoke(rekap, [str(FOLDER), "-o", str(tmp_path / "r.xlsx"), "--aturan", str(rules)])
    assert result.exit_code == 2


@pytest.mark.parametrize("form", ["xlsx", "csv", "html"])
def test_with_a_daftar_people_and_belum_mengirim(dengan_daftar: Path, form: str) -> None:
    tables = {"xlsx": lambda t: _xlsx(dengan_daftar, t.title().replace("_", " ")),
              "csv": lambda t: _csv(dengan_daftar, t, ";"),
              "html": lambda t: _html(dengan_daftar, t.replace("_", "-"))}[form]
    columns = ["Pegawai", "Wajib Mengirim", "Sudah Mengirim", "Belum Mengirim", "SKP Diterima"]
    # the daftar puts both of Andi's SKP in his new unit; Eka alone has not submitted
    assert _by_unit(tables("ringkasan"), columns) == {
        BINA_MARGA: [2, 3, 2, 1, 3], CIPTA_KARYA: [2, 2, 2, 0, 4], UNREAD: [2, 0, 0, 0, 2],
        "Jumlah": [6, 5, 4, 1, 9]}
    assert [r["Nama"] for r in tables("belum_mengirim")] == ["Eka Wulandari"]


def test_csv_with_semicolons_has_decimal_commas(dengan_daftar: Path, tanpa_daftar: Path) -> None:
    def nilai(out: Path, separator: str) -> dict[str, str]:
        rows = _csv(out, "pegawai", separator)
        return {r["Berkas"].split("rekap_orang/")[-1]: r["Nilai SKP"] for r in rows}

    semicolon, comma = nilai(dengan_daftar, ";"), nilai(tanpa_daftar, ",")
    assert semicolon["bina_marga/dodi.xlsx"] == "71,85" and comma["bina_marga/dodi.xlsx"] == "71.85"
    assert semicolon["rusak_1.xlsx"] == comma["rusak_1.xlsx"] == ""


def test_a_penilai_without_nip_is_null_and_never_an_nip(dengan_daftar: Path) -> None:
    checked = CliRunner().invoke(periksa, [str(FOLDER), "--format", "json", "-j", "1",
                                           "--daftar", str(DAFTAR)])
    files = json.loads(checked.stdout)["files"]
    assert {f["nip_penilai"] for f in files} == {None}
    read = [f for f in files if f["status"] != "gagal-dibaca"]
    assert read and all(f["nip"] for f in read)
    codes = {finding["code"] for f in files for finding in f["findings"]}
    assert not codes & {"penilai-tidak-sesuai-daftar", "skp-atasan-tidak-ditemukan",
                        "penilai-sama-dengan-pegawai"}
    assert {r["NIP Penilai"] for r in _xlsx(dengan_daftar, "Pegawai")} == {None}
    assert _xlsx(dengan_daftar, "Hierarki") == []
