"""The Penilaian template formulas, recalculated by LibreOffice, give the engine's numbers.

Workbooks are built from the mappings with :func:`skp.writing.builder.build_workbook`, filled as a
civil servant fills them (targets and realisasi as text: "95 %", "80 - 90 %", "6,5 bulan", "Rp
1.250.000", or as bare numbers), recalculated headless, and every computed cell is compared with
:func:`skp.scoring.score_document` on the same document.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from skp.config import Config
from skp.models import Penilaian, PenilaianRow, Perilaku, SkpDocument
from skp.numbers import parse_number, parse_target
from skp.periksa import check_path
from skp.scoring import DocumentScore, score_document
from skp.writing.builder import build_workbook

pytestmark = [
    pytest.mark.libreoffice,
    pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) tidak terpasang"),
]

PENILAIAN_CODES = ("realisasi-kosong", "capaian-tidak-sesuai", "predikat-tidak-sesuai")
PERILAKU = Perilaku(orientasi_pelayanan=100, komitmen=110, inisiatif_kerja=90, kerja_sama=120,
                    kepemimpinan=100, ide_baru=True)


def row(n: int, rk: str, aspek: str | None, target: str, realisasi: str | float | None,
        section: str = "utama", jenis_rk: str | None = None) -> PenilaianRow:
    raw = None if realisasi is None else str(realisasi)
    return PenilaianRow(section=section, rk=rk, aspek=aspek, iki=f"IKI {n}", target=parse_target(target),
                        realisasi_raw=raw, realisasi=parse_number(realisasi), jenis_rk=jenis_rk)


JA_ROWS = [
    row(1, "RK 1", "Kuantitas", "95 %", "93 %"),  # 97,9 % → 98 % → Cukup 88
    row(2, "RK 1", "Kualitas", "85 dokumen", "85 dokumen"),  # 100 % → Baik 109
    row(3, "RK 2", "Kuantitas", "80 - 90 %", "92 %"),  # 102,2 %
    row(4, "RK 2", "Kualitas", "80 s.d. 90 %", "70%"),  # 87,5 % → 88 %
    row(5, "RK 2", "Waktu", "7 - 8 bulan", "6,5 bulan"),  # khusus 107,1 %
    row(6, "RK 3", "Waktu", "7–8 bulan", "9 bulan"),  # khusus 87,5 %
    row(7, "RK 3", "Kualitas", "100 % tanpa temuan", "100 %"),  # maximum target met → 120
    row(8, "RK 3", "Biaya", "Rp 1.250.000", "Rp 1.000.000"),  # khusus, thousands dots
    row(9, "RK 4", "Kuantitas", "12 dokumen", 20),  # realisasi typed as a number
    row(10, "RK 4", "Kuantitas", "10 laporan", "5,9 laporan"),  # 59 % → Sangat Kurang 49
    row(11, "RK 5", "Kuantitas", "1.250 orang", "1.300 orang"),
    row(12, "RK 5", "Kuantitas", "85.5 %", "80 %"),  # English decimal point
    row(13, "T 1", "Kuantitas", "1 kegiatan", "1 kegiatan", "tambahan"),
    row(14, "T 2", "Kuantitas", "2 kegiatan", "3 kegiatan", "tambahan"),
]

JPT_ROWS = [  # the first four are the official 59,2 + 43,6 + 0 = 102,8
    row(1, "PK 1", None, "95 %", "93 %"),
    row(2, "PK 2", None, "95 %", "93 %", jenis_rk="Perjanjian Kinerja"),
    row(3, "PK 3", None, "10 dokumen", "12 dokumen", jenis_rk="Perjanjian Kinerja"),
    row(4, "RA 1", None, "85 %", "85 %", jenis_rk="Rencana Aksi"),
    row(5, "RA 2", None, "4 laporan", "4 laporan", jenis_rk="Rencana Aksi"),
    row(6, "RA 2", None, "10 hari", "12 hari", jenis_rk="Rencana Aksi"),
]

SCENARIOS: dict[str, tuple[str, list[PenilaianRow]]] = {
    "ja": ("ja-dasar", JA_ROWS),
    "ja-belum-lengkap": ("ja-dasar", [*JA_ROWS[:3], row(4, "RK 2", "Kualitas", "80 - 90 %", None)]),
    "ja-pengembangan": ("ja-pengembangan", JA_ROWS[:8]),  # kategori columns before REALISASI
    "jf": ("jf-dasar", JA_ROWS[8:]),
    "jpt": ("jpt-dasar", JPT_ROWS[:4]),
    "jpt-pengembangan": ("jpt-pengembangan", JPT_ROWS),
    "jpt-tambahan": ("jpt-dasar", [*JPT_ROWS, row(7, "T 1", None, "1 kegiatan", "1 kegiatan", "tambahan")]),
}


def document(form: str, rows: list[PenilaianRow]) -> SkpDocument:
    jenis, model = form.split("-")
    return SkpDocument(form=form, jenis=jenis.upper(), model=model, sheet="SKP",
                       penilaian=Penilaian(rows=rows), perilaku=PERILAKU)


def _value(cell: Any) -> Any:
    return None if cell in ("", None) else cell


class Sheet:
    """The recalculated Penilaian sheet, located by the mapping's labels as a reader would."""

    def __init__(self, ws: Any, config: Config, mapping_id: str) -> None:
        table = config.mappings.annexes[mapping_id].table
        self.ws = ws
        header = next(r for r in ws.iter_rows() if any(c.value == "INDIKATOR KINERJA INDIVIDU" for c in r))
        labels = {c.value: c.column for c in header if c.value}
        self.columns = {c.key: labels[c.label] for c in table.columns if c.label in labels}
        self.totals = {}
        for r in ws.iter_rows(min_col=1, max_col=1):
            for total in table.totals:
                if r[0].value == total.label:
                    values = [c.value for c in ws[r[0].row][1:] if c.value not in (None, "")]
                    self.totals[total.key] = values[0] if values else None
        self.rows = {ws.cell(r, self.columns["iki"]).value: r for r in range(1, ws.max_row + 1)}

    def get(self, iki: str, key: str) -> Any:
        return _value(self.ws.cell(self.rows[iki], self.columns[key]).value)


@pytest.fixture(scope="module")
def converted(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Every scenario built, filled, saved and recalculated by LibreOffice; the output folder."""
    config = Config()
    folder = tmp_path_factory.mktemp("rumus")
    paths = []
    for name, (form, rows) in SCENARIOS.items():
        doc = document(form, rows)
        workbook = build_workbook(form, config, doc)
        paths.append(folder / f"{name}.xlsx")
        workbook.save(paths[-1])
    out = folder / "hasil"
    subprocess.run(
        ["soffice", "--headless", f"-env:UserInstallation=file://{folder}/lo-profil", "--convert-to", "xlsx",
         "--outdir", str(out), *map(str, paths)],
        check=True, capture_output=True, timeout=180,
    )
    return out


@pytest.fixture(scope="module")
def recalculated(converted: Path) -> dict[str, tuple[Sheet, DocumentScore, SkpDocument]]:
    config = Config()
    result = {}
    for name, (form, rows) in SCENARIOS.items():
        doc = document(form, rows)
        ws = load_workbook(converted / f"{name}.xlsx", data_only=True)["Penilaian"]
        mapping = "penilaian-jpt" if form.startswith("jpt") else "penilaian-ja"
        result[name] = (Sheet(ws, config, mapping), score_document(doc, config), doc)
    return result


def _approx(value: float | None) -> Any:
    return None if value is None else pytest.approx(value, rel=1e-9, abs=1e-9)


@pytest.mark.parametrize("name", list(SCENARIOS))
def test_iki_capaian_kategori_nilai(recalculated, name: str) -> None:
    sheet, score, _ = recalculated[name]
    for iki in score.iki:
        capaian = sheet.get(iki.iki, "capaian_iki")
        assert (None if capaian is None else capaian * 100) == _approx(iki.capaian), iki.iki
        assert sheet.get(iki.iki, "kategori_capaian_iki") == iki.kategori, iki.iki
        assert sheet.get(iki.iki, "nilai_capaian_iki") == _approx(iki.nilai), iki.iki


@pytest.mark.parametrize("name", list(SCENARIOS))
def test_rk_nilai(recalculated, name: str) -> None:
    sheet, score, doc = recalculated[name]
    first_iki = {}
    for r in doc.penilaian.rows:
        first_iki.setdefault((r.section, r.rk), r.iki)
    for rk in score.rk:
        iki = first_iki[(rk.section, rk.rk)]
        assert sheet.get(iki, "nilai_capaian_rk") == _approx(rk.nilai), rk.rk
        if "kategori_capaian_rk" in sheet.columns:
            assert sheet.get(iki, "kategori_capaian_rk") == rk.kategori, rk.rk
            assert sheet.get(iki, "nilai_tertimbang") == _approx(rk.nilai_tertimbang), rk.rk


@pytest.mark.parametrize("name", list(SCENARIOS))
def test_totals_and_predikat(recalculated, name: str) -> None:
    sheet, score, _ = recalculated[name]
    assert _value(sheet.totals.get("nilai_kinerja_utama")) == _approx(score.nilai_kinerja_utama)
    assert _value(sheet.totals.get("nilai_kinerja_tambahan")) == _approx(score.nilai_kinerja_tambahan)
    assert _value(sheet.totals.get("nilai_akhir_skp")) == _approx(score.nilai_skp)
    assert _value(sheet.totals.get("nilai_perilaku")) == _approx(score.nilai_perilaku)
    assert _value(sheet.totals.get("nilai_kinerja")) == _approx(score.nilai_kinerja)
    assert _value(sheet.totals.get("predikat")) == score.predikat


def test_known_numbers(recalculated) -> None:
    """Pin the shared results so that engine and formulas cannot drift together unnoticed."""
    assert (recalculated["ja"][1].nilai_skp, recalculated["ja"][1].predikat) == (107.92, "Baik")
    assert recalculated["jpt"][0].totals["nilai_akhir_skp"] == pytest.approx(102.8)
    # PK mean 98,67 × 60 % + Rencana Aksi mean (109 + 114,5) / 2 × 40 % + tambahan 80 × 10 % × 109 %
    assert recalculated["jpt-tambahan"][0].totals["nilai_akhir_skp"] == pytest.approx(59.2 + 44.7 + 8.72)
    assert recalculated["ja-belum-lengkap"][0].totals.get("nilai_akhir_skp") in (None, "")


def test_recalculated_workbook_reads_back_without_penilaian_findings(recalculated, converted: Path) -> None:
    """What LibreOffice wrote into the computed cells is what the checks compute: no capaian-tidak-sesuai."""
    config = Config()
    report, document = check_path(converted / "ja.xlsx", config)
    assert document is not None and document.penilaian is not None
    assert document.penilaian.nilai_akhir_tertulis == "107,92"
    assert [f for f in report.flatten() if f[0] in PENILAIAN_CODES] == []
    assert score_document(document, config).nilai_skp == recalculated["ja"][1].nilai_skp
