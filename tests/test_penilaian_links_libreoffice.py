"""The Penilaian sheet takes identity, RK, IKI and targets from the SKP sheet by formula (issue 13 item 5).

Staff fill the SKP sheet once and type only the realisasi on the Penilaian sheet. A workbook filled that
way is recalculated by LibreOffice headless (as a spreadsheet would on opening), then read: the Penilaian
shows the SKP's values, its capaian follow from the linked targets, and skp reads it back as a Penilaian
whose rows are the SKP's. Before any recalculation (a workbook openpyxl wrote) the linked cells hold no
value, and skp reads that Penilaian as not yet started: no finding is raised from it.
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

PEGAWAI = Identity(nama="Citra Lestari, S.E.", nip="199001012015032001", pangkat="Penata Muda, III/a",
                   jabatan="Analis Perencanaan", unit_kerja="Bidang Program")
PENILAI = Identity(nama="Budi Santoso", nip="198609262015051001", pangkat="Penata, III/c",
                   jabatan="Kepala Seksi Perencanaan", unit_kerja="Bidang Program")
PLAN = [  # (RK, [(aspek, IKI, target, realisasi typed on the Penilaian)])
    ("Tersusunnya dokumen perencanaan", [("kuantitas", "Jumlah dokumen", "4 dokumen", "4 dokumen"),
                                         ("waktu", "Ketepatan waktu", "12 bulan", "11 bulan")]),
    ("Terpantaunya program", [("kualitas", "Laporan diterima tanpa revisi", "90 %", "81 %")]),
]


def _skp_only() -> SkpDocument:
    rencana = [
        RencanaKinerja(section="utama", no=str(i), text=text, rk_atasan="Meningkatnya kualitas perencanaan",
                       iki=[Iki(aspek=a, aspek_raw=a.capitalize(), text=iki, target=parse_target(t))  # type: ignore[arg-type]
                            for a, iki, t, _ in rows])
        for i, (text, rows) in enumerate(PLAN, start=1)
    ]
    return SkpDocument(form="ja-dasar", jenis="JA", model="dasar", sheet="SKP", agency="DINAS X",
                       pegawai=PEGAWAI, penilai=PENILAI, periode=Period(raw="1 JANUARI SD 31 DESEMBER 2025"),
                       rencana=rencana)


def _type_realisasi(path: Path) -> None:
    """What staff do on the Penilaian sheet: type the realisasi beside each (linked) IKI row."""
    workbook = load_workbook(path)
    ws = workbook["Penilaian"]
    header = next(r for r in ws.iter_rows() if any(c.value == "REALISASI" for c in r))
    column = next(c.column for c in header if c.value == "REALISASI")
    skp = workbook["SKP"]
    rows = {c.value: c.row for row in skp.iter_rows() for c in row if isinstance(c.value, str)}
    for _, items in PLAN:
        for _, iki, _, realisasi in items:
            ws.cell(rows[iki], column).value = realisasi  # the Penilaian rows line up with the SKP's
    workbook.save(path)


@pytest.fixture(scope="module")
def recalculated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("tautan")
    path = folder / "terisi.xlsx"
    save_workbook(build_workbook("ja-dasar", Config(), _skp_only()), path)
    _type_realisasi(path)
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{folder}/lo-profil",
                    "--convert-to", "xlsx", "--outdir", str(folder / "hasil"), str(path)],
                   check=True, capture_output=True, timeout=180)
    return folder / "hasil" / "terisi.xlsx"


def test_penilaian_shows_what_the_skp_sheet_holds(recalculated: Path) -> None:
    values = load_workbook(recalculated, data_only=True)["Penilaian"]
    shown = {c.value for row in values.iter_rows() for c in row if c.value not in (None, "")}
    for text, items in PLAN:
        assert text in shown
        for _, iki, target, _ in items:
            assert {iki, target} <= shown
    assert {PEGAWAI.nama, PEGAWAI.nip, PENILAI.nama, PENILAI.jabatan} <= shown


def test_recalculated_workbook_reads_back_as_the_skp_rows_with_their_scores(recalculated: Path) -> None:
    config = Config()
    report, document = check_path(recalculated, config)
    assert document is not None and document.penilaian is not None
    rows = [(r.rk, r.iki, r.target.raw if r.target else None, r.realisasi_raw)
            for r in document.penilaian.rows if r.iki]
    assert rows == [(text, iki, target, realisasi)
                    for text, items in PLAN for _, iki, target, realisasi in items]
    score = score_document(document, config)
    assert [round(i.capaian or 0, 1) for i in score.iki] == [100.0, 108.3, 90.0]
    assert not [f for f in report.findings if f.code in ("realisasi-kosong", "capaian-tidak-sesuai")]


def test_never_recalculated_workbook_reads_as_a_penilaian_not_started(tmp_path: Path) -> None:
    path = tmp_path / "draf.xlsx"
    save_workbook(build_workbook("ja-dasar", Config(), _skp_only()), path)
    report, document = check_path(path, Config())
    assert document is not None and document.penilaian is not None and document.penilaian.rows == []
    assert report.findings == []
