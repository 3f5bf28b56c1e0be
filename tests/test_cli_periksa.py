"""``skp periksa`` through click's CliRunner, plus one run of the installed ``skp`` entry point."""

from __future__ import annotations

import ast
import csv
import importlib
import io
import json
import shutil
import subprocess
from pathlib import Path

import click
import pytest
from click.testing import CliRunner
from openpyxl import load_workbook

from batch import i18n
from batch.cli import main
from batch.render import render_csv, render_json
from skp.config import Config
from skp.findings import FileReport, Finding, batch_contract, catalogue
from skp.run.batch import run_batch

DATA = Path(__file__).parent / "data"
# three different pegawai (NIP), so that the batch checks find no duplicate submission among them
CLEAN = DATA / "clean_jf-pengembangan.xlsx"
WARNING_ONLY = DATA / "defect_perspektif-tidak-lengkap.xlsx"
ERROR = DATA / "defect_iki-tanpa-target.xlsx"
ERROR_CELL = json.loads((DATA / "defect_findings.json").read_text("utf-8"))["iki-tanpa-target"][0][2]
CLICK_ENGLISH = ("Usage:", "Options", "Commands", "Show this message", "Show the version", "Error:",
                 "No such option", "Missing argument", "Invalid value", "does not exist", "[OPTIONS]",
                 "COMMAND [ARGS]", "Try '", "default:", "required]")


def run(*args: str) -> object:
    return CliRunner().invoke(main, ["periksa", *args])


def _english(text: str) -> list[str]:
    return [word for word in CLICK_ENGLISH if word in text]


@pytest.mark.parametrize("args", [["--help"], ["periksa", "--help"], ["periksa", "tidak-ada.xlsx"],
                                  ["periksa", "--tidak-ada"], ["periksa", "--format", "xml", str(CLEAN)],
                                  ["periksa"]])
def test_click_speaks_indonesian(args: list[str]) -> None:
    result = CliRunner().invoke(main, args)
    assert _english(result.output) == []
    assert result.exit_code == (0 if "--help" in args else 2)


@pytest.mark.parametrize("command", sorted(main.list_commands(click.Context(main))))
def test_every_command_help_is_indonesian(command: str) -> None:
    result = CliRunner().invoke(main, [command, "--help"], prog_name="skp")
    assert result.exit_code == 0 and result.output.startswith(f"Penggunaan: skp {command} [OPSI]")
    assert _english(result.output) == []


def _click_messages() -> tuple[set[str], set[tuple[str, str]]]:
    """Every literal click passes to ``_`` and ``ngettext`` in the modules i18n patches."""
    singles: set[str] = set()
    plurals: set[tuple[str, str]] = set()
    for name in i18n.CLICK_MODULES:
        tree = ast.parse(Path(importlib.import_module(f"click.{name}").__file__).read_text("utf-8"))
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)):
                continue
            literals = [a.value for a in node.args if isinstance(a, ast.Constant) and type(a.value) is str]
            if node.func.id == "_" and literals:
                singles.add(literals[0])
            elif node.func.id == "ngettext" and len(literals) == 2:
                plurals.add((literals[0], literals[1]))
    return singles, plurals


def test_every_click_message_is_translated_or_deliberately_left() -> None:
    singles, plurals = _click_messages()
    assert singles - set(i18n.MESSAGES) - i18n.UNTRANSLATED == set()
    assert set(i18n.MESSAGES) | i18n.UNTRANSLATED <= singles | {"required"}  # no stale entries
    assert plurals == set(i18n.PLURALS)


def test_missing_file_is_named_in_indonesian() -> None:
    result = run("tidak-ada.xlsx")
    assert "'tidak-ada.xlsx' tidak ditemukan" in result.output


@pytest.mark.parametrize("paths, code", [([CLEAN], 0), ([CLEAN, WARNING_ONLY], 0), ([CLEAN, ERROR], 1),
                                         ([DATA / "bad_truncated.xlsx"], 1)])
def test_exit_status_follows_error_findings(paths: list[Path], code: int) -> None:
    for fmt in ("teks", "json", "csv"):
        assert run("--format", fmt, *map(str, paths)).exit_code == code


def test_json_is_the_library_contract(config: Config) -> None:
    paths = [CLEAN, ERROR, WARNING_ONLY]
    result = run("--format", "json", *map(str, paths))
    expected = batch_contract(run_batch(paths, config, jobs=1).reports)
    assert json.loads(result.stdout) == expected


def test_text_names_status_location_and_code() -> None:
    result = run(str(ERROR), str(CLEAN))
    assert "PERLU PERBAIKAN" in result.stdout and "LULUS" in result.stdout
    assert f"SKP!{ERROR_CELL}" in result.stdout and "iki-tanpa-target" in result.stdout
    assert "Ringkasan: 2 berkas diperiksa" in result.stdout


def test_csv_has_one_row_per_finding() -> None:
    paths = [CLEAN, ERROR, WARNING_ONLY]
    rows = list(csv.DictReader(io.StringIO(run("--format", "csv", *map(str, paths)).stdout)))
    expected = run_batch(paths, Config(), jobs=1).reports
    assert [(r["Berkas"], r["Status"], r["Kode"], r["Sheet"], r["Sel"]) for r in rows] == [
        (report.path, report.status, f.code, f.sheet or "", f.cell or "") for report in expected
        for f in report.findings]
    assert ("iki-tanpa-target", "SKP", ERROR_CELL) in {(r["Kode"], r["Sheet"], r["Sel"]) for r in rows}


def test_csv_gives_a_file_without_findings_one_row_with_empty_code() -> None:
    text = "".join(render_csv([FileReport(path="ani.xlsx", form="ja-dasar")]))
    rows = list(csv.DictReader(io.StringIO(text)))
    assert [(r["Berkas"], r["Status"], r["Formulir"], r["Kode"]) for r in rows] == [
        ("ani.xlsx", "lulus", "ja-dasar", "")]


def test_csv_headings_are_indonesian_and_a_valid_nip_is_spaced() -> None:
    """The CSV is for Excel: Indonesian headings (as the recap's temuan.csv), and an NIP Excel cannot turn
    into 1,98609E+17; an invalid NIP is left as written so the reviewer sees what the pegawai typed."""
    reports = [FileReport(path="ani.xlsx", form="ja-dasar", nip="198609262015051001"),
               FileReport(path="budi.xlsx", form="ja-dasar", nip="19970305 202101 2 01")]
    text = "".join(render_csv(reports))
    assert text.splitlines()[0] == (
        '"Berkas","Status","Formulir","NIP","Nama","Kode","Tingkat","Sheet","Sel","Pesan"')
    assert [r["NIP"] for r in csv.DictReader(io.StringIO(text))] == [
        "19860926 201505 1 001", "19970305 202101 2 01"]


def test_csv_guards_against_formula_injection(tmp_path: Path) -> None:
    workbook = load_workbook(CLEAN)
    cells = {cell.value: cell for row in workbook["SKP"].iter_rows() for cell in row}
    name = cells["Dedi Kurniawan, S.Kom."]
    name.value, name.data_type = '=HYPERLINK("http://contoh.invalid","klik")', "s"
    cells["Laporan keuangan bulanan tersusun tepat waktu dan akurat"].value = "@Menyusun laporan"
    path = tmp_path / "suntik.xlsx"
    workbook.save(path)
    rows = list(csv.DictReader(io.StringIO(run("--format", "csv", str(path)).stdout)))
    assert {r["Nama"] for r in rows} == {"'" + '=HYPERLINK("http://contoh.invalid","klik")'}
    assert "rk-berbasis-aktivitas" in {r["Kode"] for r in rows}
    assert all(not value.startswith(("=", "+", "-", "@")) for r in rows for value in r.values())


def test_csv_guard_covers_every_column() -> None:
    finding = Finding.make("identitas-kosong", "=S", "-A1", field="NIP", pihak="pegawai")
    report = FileReport(path="-x.xlsx", nama="+62", nip="@1", findings=[finding])
    row = next(csv.DictReader(io.StringIO("".join(render_csv([report])))))
    columns = ("Berkas", "Nama", "NIP", "Sheet", "Sel")
    assert tuple(row[c] for c in columns) == ("'-x.xlsx", "'+62", "'@1", "'=S", "'-A1")


def test_csv_with_semicolons_for_excel_set_to_indonesian() -> None:
    """``--pemisah titik-koma``: the same rows split at ``;``, every field quoted, the formula guard and the
    doubled quotes as beside ``,``; the code list too."""
    paths = [str(CLEAN), str(ERROR)]
    comma = list(csv.DictReader(io.StringIO(run("--format", "csv", *paths).stdout)))
    text = run("--format", "csv", "--pemisah", "titik-koma", *paths).stdout
    assert text.splitlines()[0] == (
        '"Berkas";"Status";"Formulir";"NIP";"Nama";"Kode";"Tingkat";"Sheet";"Sel";"Pesan"')
    assert list(csv.DictReader(io.StringIO(text), delimiter=";")) == comma
    finding = Finding.make("identitas-kosong", "=S;x", "-A1", field="NIP", pihak="pegawai")
    report = FileReport(path='a;"b".xlsx', nama="Budi; =1+1", nip="@1", findings=[finding])
    row = next(csv.DictReader(io.StringIO("".join(render_csv([report], ";"))), delimiter=";"))
    assert (row["Berkas"], row["Nama"], row["NIP"], row["Sheet"]) == (
        'a;"b".xlsx', "Budi; '=1+1", "'@1", "'=S;x")
    codes = run("--daftar-kode", "--format", "csv", "--pemisah", "titik-koma").stdout
    assert codes.splitlines()[0] == "kode;tingkat;lingkup;uraian"


def test_output_file_written_atomically_with_the_same_report(tmp_path: Path) -> None:
    target = tmp_path / "hasil.json"
    result = run("--format", "json", "-o", str(target), str(ERROR))
    assert result.exit_code == 1 and result.stdout == ""
    on_screen = run("--format", "json", str(ERROR)).stdout
    assert json.loads(target.read_text(encoding="utf-8")) == json.loads(on_screen)
    assert [p.name for p in tmp_path.iterdir()] == ["hasil.json"]


def test_unwritable_output_is_exit_2(tmp_path: Path) -> None:
    (tmp_path / "berkas").write_text("bukan folder")
    result = run("-o", str(tmp_path / "berkas" / "ada" / "hasil.txt"), str(CLEAN))
    assert result.exit_code == 2 and "tidak dapat dibuat" in result.output


@pytest.mark.parametrize("rules", ["pemeriksaan: [tidak, sah", "pemeriksaan:\n  nip_usia_minimum: tua\n",
                                   "- daftar\n- bukan peta\n"])
def test_broken_rules_file_is_exit_2(tmp_path: Path, rules: str) -> None:
    path = tmp_path / "aturan.yaml"
    path.write_text(rules, encoding="utf-8")
    result = run("--aturan", str(path), str(CLEAN))
    assert result.exit_code == 2 and result.stdout == ""


def test_rules_file_changes_the_checks(tmp_path: Path) -> None:
    activity = str(DATA / "defect_rk-berbasis-aktivitas.xlsx")
    path = tmp_path / "aturan.yaml"
    path.write_text("pemeriksaan:\n  aktivitas_bagian: [tambahan]\n", encoding="utf-8")

    def codes(*args: str) -> set[str]:
        contract = json.loads(run("--format", "json", *args, activity).stdout)
        return {f["code"] for f in contract["files"][0]["findings"]}

    assert "rk-berbasis-aktivitas" in codes()
    assert "rk-berbasis-aktivitas" not in codes("--aturan", str(path))


def test_daftar_kode_lists_every_code() -> None:
    text = run("--daftar-kode").stdout
    assert all(code in text for code in catalogue())
    assert run("--daftar-kode", "--format", "csv").stdout.splitlines()[0] == "kode,tingkat,lingkup,uraian"
    listed = json.loads(run("--daftar-kode", "--format", "json").stdout)
    assert [(c["code"], c["tingkat"], c["lingkup"]) for c in listed] == [
        (i.code, i.tingkat.value, i.lingkup) for i in catalogue().values()]


def test_installed_entry_point() -> None:
    executable = shutil.which("skp")
    assert executable is not None
    done = subprocess.run([executable, "periksa", "--format", "json", str(CLEAN), str(ERROR)],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 1
    assert [f["status"] for f in json.loads(done.stdout)["files"]] == ["lulus", "perlu-perbaikan"]


@pytest.mark.parametrize("count", [0, 1, 3])
def test_streamed_json_is_the_contract_text(count: int) -> None:
    """The JSON is written file by file, yet reads exactly as json.dumps of the whole contract."""
    finding = Finding.make("iki-tanpa-target", "SKP", "F14", iki="Jumlah dokumen")
    reports = [FileReport(path=f"kiriman/{i}.xlsx", form="ja-dasar", nama="Ani “Á”", findings=[finding] * i)
               for i in range(count)]
    expected = json.dumps(batch_contract(reports), ensure_ascii=False, indent=2) + "\n"
    assert "".join(render_json(reports)) == expected


def test_ods_in_a_folder_is_listed_and_reported(tmp_path: Path) -> None:
    """A submission saved in LibreOffice's own format is one of the folder's inputs, not left out unseen
    (with a daftar pegawai its sender would read as not having submitted)."""
    shutil.copy(CLEAN, tmp_path / "ani.xlsx")
    shutil.copy(DATA / "bad_ods_libreoffice.ods", tmp_path / "budi.ods")
    result = run("--format", "json", str(tmp_path))
    files = {Path(f["path"]).name: f for f in json.loads(result.stdout)["files"]}
    assert sorted(files) == ["ani.xlsx", "budi.ods"]
    assert files["budi.ods"]["status"] == "gagal-dibaca"
    assert [f["code"] for f in files["budi.ods"]["findings"]] == ["berkas-rusak"]
    assert files["ani.xlsx"]["status"] == "lulus"
