"""``skp rekap`` over the generated hierarchy folder: sheets, counts, links, and no live formula anywhere."""

from __future__ import annotations

import csv
import hashlib
import zipfile
from collections import Counter
from pathlib import Path

import pytest
from click.testing import CliRunner
from kumpulan_documents import HOSTILE_NAMES, SUBMISSIONS, write_folder
from openpyxl import load_workbook

from batch.cmd_rekap import rekap
from skp.config import Config
from skp.findings import FileReport
from skp.hierarchy.entry import HierarchyEntry
from skp.hierarchy.links import rules_of
from skp.recap.tables import UNKNOWN_UNIT, build_tables
from skp.recap.xlsx import write_xlsx
from skp.run.batch import Batch, run_batch
from skp.run.discovery import discover
from skp.run.spill import EntryStore

UNIT = "Dinas PUPR Kabupaten Sleman"


def _digest(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def recap(tmp_path_factory: pytest.TempPathFactory, config: Config) -> dict[str, object]:
    """Run ``skp rekap`` once from inside the folder, writing every output into a sibling ``hasil/``."""
    folder = write_folder(tmp_path_factory.mktemp("kiriman"), config)
    out = tmp_path_factory.mktemp("keluaran") / "hasil"
    before = _digest(folder)
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(folder)
        reports = run_batch(discover([Path(".")]), config, jobs=1).reports
        arguments = [".", "-o", str(out / "rekap.xlsx"), "--html", str(out / "rekap.html"),
                     "--csv", str(out / "csv"), "--jobs", "2"]
        result = CliRunner().invoke(rekap, arguments)
    return {"folder": folder, "out": out, "result": result, "reports": reports, "before": before}


def _rows(path: Path, sheet: str) -> list[dict[str, object]]:
    ws = load_workbook(path)[sheet]
    values = list(ws.iter_rows(values_only=True))
    return [dict(zip(values[0], row, strict=True)) for row in values[1:]]


def test_rekap_runs_and_never_touches_the_inputs(recap: dict) -> None:
    result = recap["result"]
    assert result.exit_code == 0, result.output
    folder: Path = recap["folder"]
    assert _digest(folder) == recap["before"]


def test_sheets_and_ringkasan_counts(recap: dict) -> None:
    path = recap["out"] / "rekap.xlsx"
    assert load_workbook(path).sheetnames == ["Ringkasan", "Hierarki", "Pegawai", "Temuan"]
    reports: list[FileReport] = recap["reports"]
    units = {"kepala.xlsx": UNIT, "kabag.xlsx": UNIT, "unit/staf_a.xlsx": UNIT, "unit/staf_b.xlsx": UNIT,
             "unit/staf_c.xlsx": "@SUM(A1)", "unit/staf_c_revisi.xlsx": "@SUM(A1)",
             "rusak.xlsx": UNKNOWN_UNIT}
    expected = Counter((units[r.path], r.status) for r in reports)
    rows = {row["Unit Kerja"]: row for row in _rows(path, "Ringkasan")}
    assert set(rows) == {UNIT, "@SUM(A1)", UNKNOWN_UNIT, "Jumlah"}
    for unit in (UNIT, "@SUM(A1)", UNKNOWN_UNIT):
        assert (rows[unit]["Lulus"], rows[unit]["Perlu Perbaikan"], rows[unit]["Gagal Dibaca"]) == (
            expected[(unit, "lulus")], expected[(unit, "perlu-perbaikan")], expected[(unit, "gagal-dibaca")])
    # staf_c sent a revision (skp-ganda): two SKP received, one pegawai
    assert [rows[u]["Pegawai"] for u in (UNIT, "@SUM(A1)", UNKNOWN_UNIT, "Jumlah")] == [4, 1, 1, 6]
    assert [rows[u]["SKP Diterima"] for u in (UNIT, "@SUM(A1)", UNKNOWN_UNIT, "Jumlah")] == [4, 2, 1, 7]
    assert rows[UNKNOWN_UNIT]["Kode Temuan Tersering"] == "berkas-rusak (1)"
    top = rows["@SUM(A1)"]["Kode Temuan Tersering"]
    assert top.startswith("skp-atasan-tidak-ditemukan (2), skp-ganda (2)")
    assert len(load_workbook(path)["Ringkasan"]._charts) == 1


def test_temuan_one_row_per_finding_frozen_header_and_no_link_out_of_the_folder(recap: dict) -> None:
    path = recap["out"] / "rekap.xlsx"
    reports: list[FileReport] = recap["reports"]
    ws = load_workbook(path)["Temuan"]
    rows = _rows(path, "Temuan")
    assert sorted((r["Berkas"], r["Kode"], r["Sheet"], r["Sel"]) for r in rows) == sorted(
        (rep.path, f.code, f.sheet, f.cell) for rep in reports for f in rep.findings)
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref == f"A1:I{len(rows) + 1}"
    # the recap sits in a sibling folder: a link would need "..", so the paths stay plain text
    assert all(c.hyperlink is None for c in ws["A"][1:])


def test_links_only_inside_the_recap_folder(recap: dict, tmp_path: Path) -> None:
    folder: Path = recap["folder"]
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(folder)
        result = CliRunner().invoke(rekap, [".", "-o", "rekap_dalam.xlsx", "--html", "rekap_dalam.html",
                                            "-j", "1"])
    assert result.exit_code == 0, result.output
    ws = load_workbook(folder / "rekap_dalam.xlsx")["Temuan"]
    links = {c.value: c.hyperlink.target.replace("\\", "/") for c in ws["A"][1:]}
    assert links["unit/staf_a.xlsx"] == "unit/staf_a.xlsx" and links["rusak.xlsx"] == "rusak.xlsx"
    assert 'href="unit/staf_a.xlsx"' in (folder / "rekap_dalam.html").read_text(encoding="utf-8")
    (folder / "rekap_dalam.xlsx").unlink()
    (folder / "rekap_dalam.html").unlink()


def test_pegawai_one_row_per_submission(recap: dict) -> None:
    rows = _rows(recap["out"] / "rekap.xlsx", "Pegawai")
    assert [r["Berkas"] for r in rows] == SUBMISSIONS
    staf_a = rows[SUBMISSIONS.index("unit/staf_a.xlsx")]
    assert (staf_a["NIP"], staf_a["Jumlah RK"], staf_a["Jumlah IKI"]) == ("199001012015011003", 2, 4)
    assert {r["Nama"] for r in rows} >= set(HOSTILE_NAMES[:2])


def test_hierarki_shows_alignment_and_unintervened_rk(recap: dict) -> None:
    rows = _rows(recap["out"] / "rekap.xlsx", "Hierarki")
    seen = {(r["Berkas Atasan"], r["Berkas Bawahan"], r["Keselarasan"]) for r in rows}
    assert seen == {
        ("kepala.xlsx", "kabag.xlsx", "selaras"),
        ("kepala.xlsx", None, "RK atasan tidak diintervensi bawahan"),
        ("kabag.xlsx", "unit/staf_a.xlsx", "selaras"),
        ("kabag.xlsx", "unit/staf_a.xlsx", "tidak cocok dengan RK atasan"),
        ("kabag.xlsx", "unit/staf_b.xlsx", "selaras"),
        ("kabag.xlsx", None, "RK atasan tidak diintervensi bawahan"),
    }
    unintervened = {(r["Berkas Atasan"], r["RK Atasan yang Diintervensi"]) for r in rows
                    if r["Berkas Bawahan"] is None}
    assert unintervened == {
        ("kabag.xlsx", "Permohonan PBG diproses melalui SIMBG"),
        ("kepala.xlsx", "Meningkatnya kompetensi aparatur bidang ke-PU-an"),
        ("kepala.xlsx", "Realisasi anggaran dinas yang optimal"),
    }


def test_no_cell_holds_a_formula_and_hostile_text_stays_text(recap: dict) -> None:
    path = recap["out"] / "rekap.xlsx"
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            if name.startswith("xl/worksheets/"):
                assert b"<f>" not in archive.read(name) and b"<f " not in archive.read(name), name
    workbook = load_workbook(path)
    texts = set()
    for ws in workbook.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (ws.title, cell.coordinate, cell.value)
                texts.add(cell.value)
                if cell.value in HOSTILE_NAMES:  # stays text even when someone edits the cell
                    assert cell.quotePrefix, (ws.title, cell.coordinate)
    assert set(HOSTILE_NAMES) <= texts


def test_csv_tables_defuse_formula_like_text(recap: dict) -> None:
    folder = recap["out"] / "csv"
    assert sorted(p.name for p in folder.iterdir()) == [
        "hierarki.csv", "pegawai.csv", "ringkasan.csv", "temuan.csv"]
    with open(folder / "pegawai.csv", encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [r["Berkas"] for r in rows] == SUBMISSIONS
    names = {r["Nama"] for r in rows}
    assert "'" + HOSTILE_NAMES[0] in names and "'+1" in names
    values = [value for r in rows for value in r.values()]
    assert all(value == "-" or not value.startswith(("=", "+", "-", "@")) for value in values)


def test_html_is_self_contained_and_escaped(recap: dict) -> None:
    page = (recap["out"] / "rekap.html").read_text(encoding="utf-8")
    assert page.count("<script") == 1 and "src=" not in page and "@import" not in page
    assert 'href="http' not in page and "href=\"../" not in page
    assert "=HYPERLINK(&quot;http://x&quot;,&quot;klik&quot;)" in page
    script = page.split("<script>")[1].split("</script>")[0]
    assert all(name not in script for name in HOSTILE_NAMES)


def test_output_inside_the_folder_is_not_read_as_a_submission(recap: dict) -> None:
    folder: Path = recap["folder"]
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(folder)
        first = CliRunner().invoke(rekap, [".", "-o", "rekap_dalam.xlsx", "-j", "1"])
        second = CliRunner().invoke(rekap, [".", "-o", "rekap_dalam.xlsx", "-j", "1"])
    assert first.exit_code == second.exit_code == 0
    assert [r["Berkas"] for r in _rows(folder / "rekap_dalam.xlsx", "Pegawai")] == SUBMISSIONS
    (folder / "rekap_dalam.xlsx").unlink()


def test_predikat_sheet_when_scores_exist(tmp_path: Path, config: Config) -> None:
    scored = [("a.xlsx", "Unit A", "Baik"), ("b.xlsx", "Unit A", "Sangat Baik"), ("c.xlsx", "Unit B", "Baik"),
              ("d.xlsx", "Unit B", None)]
    entries = [HierarchyEntry(path=p, nip=str(i) * 18, unit_kerja=u, nilai_skp=100.0 if k else None,
                              predikat=k) for i, (p, u, k) in enumerate(scored, start=1)]
    reports = [FileReport(path=e.path, unit_kerja=e.unit_kerja) for e in entries]
    store = EntryStore()
    for position, entry in enumerate(entries):
        store.add(position, entry)
    tables = build_tables(Batch(reports, store, 0, rules_of(config)))
    write_xlsx(tables, tmp_path / "rekap.xlsx")
    workbook = load_workbook(tmp_path / "rekap.xlsx")
    assert workbook.sheetnames == ["Ringkasan", "Predikat", "Hierarki", "Pegawai", "Temuan"]
    rows = {r["Unit Kerja"]: r for r in _rows(tmp_path / "rekap.xlsx", "Predikat")}
    assert (rows["Unit A"]["Sangat Baik"], rows["Unit A"]["Baik"], rows["Unit A"]["Jumlah"]) == (1, 1, 2)
    assert (rows["Unit B"]["Baik"], rows["Unit B"]["Kurang"], rows["Unit B"]["Jumlah"]) == (1, 0, 1)
    assert rows["Jumlah"]["Jumlah"] == 3
    assert len(workbook["Predikat"]._charts) == 1
    assert [r["Nilai SKP"] for r in _rows(tmp_path / "rekap.xlsx", "Pegawai")] == [100, 100, 100, None]


def test_predikat_from_the_filled_penilaian_sheets_of_the_samples(tmp_path: Path) -> None:
    """The worker scores filled Penilaian sheets; the recap counts each predikat once per scored pegawai."""
    samples = Path(__file__).parents[1] / "samples"
    result = CliRunner().invoke(rekap, [str(samples), "-o", str(tmp_path / "rekap.xlsx"), "-j", "2"])
    assert result.exit_code == 0, result.output
    assert "Predikat" in load_workbook(tmp_path / "rekap.xlsx").sheetnames
    pegawai = _rows(tmp_path / "rekap.xlsx", "Pegawai")
    scored = Counter(r["Predikat"] for r in pegawai if r["Predikat"])
    assert scored and all(r["Nilai SKP"] for r in pegawai if r["Predikat"])
    total = {r["Unit Kerja"]: r for r in _rows(tmp_path / "rekap.xlsx", "Predikat")}["Jumlah"]
    assert {k: total[k] for k in scored} == dict(scored)
    assert total["Jumlah"] == sum(scored.values())
