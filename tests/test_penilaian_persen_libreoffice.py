"""Percent cells on skp's own Penilaian sheet (``benchmarks/nyata_r``): a value typed as ``92%`` is the number
0,92 in a percent-formatted cell, in Excel and LibreOffice alike.

Staff type ``92%`` as the realisasi of a ``90 %`` target, or ``90%`` as the SKP target and then ``90`` as its
realisasi. The template's own formulas read such a cell as the percent it shows: the sheet, recalculated by
LibreOffice as a spreadsheet would on opening, shows the capaian SPEC §6.1 gives, and skp finds nothing to
report on it. Before, the formulas took 0,92 for 0,92 % (capaian 1 %, Sangat Kurang, and every total after
it wrong) and a linked percent target for 0,9 (capaian 10.000 %).
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from openpyxl import load_workbook

from skp.config import Config
from skp.models import Identity, Iki, Period, RencanaKinerja, SkpDocument
from skp.numbers import parse_target
from skp.periksa import check_path
from skp.scoring import score_document
from skp.writing.atomic import save_workbook
from skp.writing.builder import build_workbook

pytestmark = [
    pytest.mark.libreoffice,
    pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) tidak terpasang"),
]

PEGAWAI = Identity(nama="Nur Aini, S.Si.", nip="199203142017032001", pangkat="Penata Muda Tingkat I, III/b",
                   jabatan="Analis Lingkungan", unit_kerja="Bidang Penaatan")
PENILAI = Identity(nama="Agus Salim, S.Si.", nip="197908212003121003", pangkat="Pembina, IV/a",
                   jabatan="Kepala Bidang Penaatan", unit_kerja="Bidang Penaatan")
# (IKI, target written by the template, target retyped by staff as a percent cell, realisasi typed)
ROWS = [
    ("Persentase dokumen yang diverifikasi", "90 %", None, (0.92, "0%")),
    ("Persentase pengaduan yang ditindaklanjuti", "90 %", 0.9, 90),
    ("Persentase usaha yang taat", "80 %", 0.8, (0.84, "0%")),
]


def _document() -> SkpDocument:
    rks = [RencanaKinerja(section="utama", no=str(n), text=f"Terwujudnya hasil pengawasan lingkungan {n}",
                          rk_atasan="Meningkatnya kualitas lingkungan hidup",
                          iki=[Iki(aspek="kualitas", aspek_raw="Kualitas", text=iki, target=parse_target(t))])
           for n, (iki, t, _, _) in enumerate(ROWS, start=1)]
    return SkpDocument(form="ja-dasar", jenis="JA", model="dasar", sheet="SKP", agency="DLH",
                       pegawai=PEGAWAI, penilai=PENILAI, periode=Period(raw="1 JANUARI SD 31 DESEMBER 2026"),
                       rencana=rks)


def _fill_as_staff(path: Path) -> dict[str, int]:
    """Percent targets retyped on the SKP sheet, realisasi typed on the Penilaian: returns the IKI rows."""
    workbook = load_workbook(path)
    skp, pen = workbook["SKP"], workbook["Penilaian"]
    rows = {c.value: c.row for row in skp.iter_rows() for c in row if isinstance(c.value, str)}
    target_col = next(c.column for row in skp.iter_rows() for c in row if c.value == "TARGET")
    real_col = next(c.column for row in pen.iter_rows() for c in row if c.value == "REALISASI")
    for iki, _, typed_target, realisasi in ROWS:
        r = rows[iki]
        if typed_target is not None:
            skp.cell(r, target_col).value = typed_target
            skp.cell(r, target_col).number_format = "0%"
        cell = pen.cell(r, real_col)  # the Penilaian rows line up with the SKP's
        cell.value, fmt = realisasi if isinstance(realisasi, tuple) else (realisasi, "General")
        cell.number_format = fmt
    workbook.save(path)
    return rows


@pytest.fixture(scope="module")
def recalculated(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, int]]:
    folder = tmp_path_factory.mktemp("persen")
    path = folder / "terisi.xlsx"
    save_workbook(build_workbook("ja-dasar", Config(), _document()), path)
    rows = _fill_as_staff(path)
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{folder}/lo-profil",
                    "--convert-to", "xlsx", "--outdir", str(folder / "hasil"), str(path)],
                   check=True, capture_output=True, timeout=180)
    return folder / "hasil" / "terisi.xlsx", rows


def test_the_sheet_shows_the_capaian_of_the_percent_it_shows(recalculated) -> None:
    path, rows = recalculated
    pen = load_workbook(path, data_only=True)["Penilaian"]
    header = next(r for r in pen.iter_rows() if any(c.value == "CAPAIAN IKI" for c in r))
    cap = next(c.column for c in header if c.value == "CAPAIAN IKI")
    kat = next(c.column for c in header if c.value == "KATEGORI CAPAIAN IKI")
    target = next(c.column for c in header if c.value == "TARGET")
    shown = [(round(pen.cell(rows[iki], cap).value, 4), pen.cell(rows[iki], kat).value) for iki, *_ in ROWS]
    assert shown == [(1.0222, "Sangat Baik"), (1.0, "Baik"), (1.05, "Sangat Baik")]
    assert [pen.cell(rows[iki], target).value for iki, *_ in ROWS] == ["90 %", "90 %", "80 %"]


def test_skp_reads_the_recalculated_sheet_without_a_finding(recalculated) -> None:
    path, _ = recalculated
    config = Config()
    report, document = check_path(path, config)
    assert report.findings == []
    assert document is not None
    assert [round(i.capaian or 0, 1) for i in score_document(document, config).iki] == [102.2, 100.0, 105.0]
