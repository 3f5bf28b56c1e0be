"""Build the defect workbooks: a clean filled form per form id, and one defect per finding code.

Run ``python tests/data/make_defects.py`` to regenerate; the .xlsx files are committed beside it.

* ``clean_<form>.xlsx``: the official template (``skp.writing.builder``) filled with the clean documents
  of ``tests/clean_documents.py``; no kop, rencana or jf check may fire on them.
* ``defect_<code>[_<variant>].xlsx``: a clean workbook with one cell edited (or one sheet removed) the
  way staff get it wrong.
* ``defect_findings.json``: for each defect workbook, the exact (code, sheet, cell) findings expected of
  the kop, rencana and jf checks, located with the same meaning-based anchors before the edit, so the
  expectation follows the template's layout; ``tests/test_checks_workbooks.py`` compares against it.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell.cell import Cell
from openpyxl.worksheet.worksheet import Worksheet

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parent))

from clean_documents import clean_document  # noqa: E402

from skp.config import Config  # noqa: E402
from skp.models import FORM_IDS  # noqa: E402
from skp.writing.builder import build_workbook  # noqa: E402

REMOVE_SHEET = object()
PLACE_DATE = "Sleman, 2 Januari 2025"


@dataclass(frozen=True)
class At:
    """A cell named by meaning, not address, so a change of the template's layout cannot misplace a defect.

    The anchor is the one cell whose value is ``text``. With ``header``, the cell is on the anchor's row in
    the column headed ``header`` (a table cell: "the TARGET of this IKI"); with ``label``, it is in the
    anchor's column on the first row below labelled ``label`` (a Manual IKI field of this IKI's block).
    """

    text: str
    header: str | None = None
    label: str | None = None


@dataclass(frozen=True)
class Defect:
    """One defect: edit ``at`` on ``sheet`` to ``value``. Its finding is expected at the edited cell,
    or at ``reported`` (sheet, anchor) when the check names another cell; ``also`` lists the findings
    the same mistake rightly causes elsewhere (code, sheet, anchor)."""

    name: str
    form: str
    sheet: str
    at: At | None  # None: the whole sheet (REMOVE_SHEET) or the document (only_tambahan)
    value: object
    only_tambahan: bool = False  # build from the clean document without its Kinerja Utama RK
    reported: tuple[str, At] | None = None
    also: tuple[tuple[str, str, At], ...] = ()

    @property
    def code(self) -> str:
        return self.name.split("_")[0]


IKI_KUALITAS = "Persentase laporan keuangan tanpa koreksi"
IKI_WAKTU = "Ketepatan waktu penyampaian laporan"
IKI_PERTAMA = "Jumlah laporan keuangan bulanan yang tersusun"
RK_PERTAMA = "Laporan keuangan bulanan tersusun tepat waktu dan akurat"
RK_KEDUA = "Data aset daerah yang terverifikasi"
RK_TAMBAHAN = "Sertifikat pelatihan pengelolaan keuangan daerah"
UTAMA = "A. KINERJA UTAMA"

DEFECTS = (
    Defect("identitas-kosong", "ja-dasar", "SKP", At("Pengelola Keuangan"), None),
    Defect("nip-tidak-valid", "ja-dasar", "SKP", At("19860926 201505 2 001"), "19860926 201513 2 001"),
    Defect("nip-tidak-valid_angka", "ja-pengembangan", "SKP", At("19860926 201505 2 001"),
           198609262015052001),
    Defect("pangkat-tidak-dikenal", "ja-dasar", "SKP", At("Pembina, IV/a"), "Penata, III/a"),
    Defect("jenjang-golongan-tidak-sesuai", "jf-dasar", "SKP", At("Penata Muda, III/a"), "Pembina, IV/a"),
    Defect("periode-tidak-valid", "ja-dasar", "SKP", At("PERIODE PENILAIAN: 1 JANUARI SD 31 DESEMBER 2025"),
           "PERIODE PENILAIAN: 1 JULI 2024 SD 30 JUNI 2025"),
    Defect("penilai-sama-dengan-pegawai", "ja-dasar", "SKP", At("19750312 200003 1 002"),
           "198609262015052001"),
    Defect("kinerja-utama-kosong", "ja-dasar", "SKP", None, None, only_tambahan=True,
           reported=("SKP", At(UTAMA))),
    Defect("rk-tanpa-iki", "ja-pengembangan", "SKP", At("Jumlah sertifikat pelatihan yang diperoleh"), None,
           reported=("SKP", At(RK_TAMBAHAN))),
    Defect("iki-tanpa-target", "ja-dasar", "SKP", At(IKI_KUALITAS, "TARGET"), None),
    Defect("target-tidak-terukur", "ja-dasar", "SKP", At(IKI_KUALITAS, "TARGET"), "Tepat waktu"),
    Defect("target-rentang-terbalik", "ja-dasar", "SKP", At(IKI_KUALITAS, "TARGET"), "90 - 80 %"),
    Defect("aspek-tidak-valid", "jf-dasar", "SKP", At("Jumlah dokumen aset yang diverifikasi", "ASPEK"),
           "Efektivitas"),
    Defect("aspek-ganda", "ja-dasar", "SKP", At(IKI_WAKTU, "ASPEK"), "Kualitas"),
    Defect("rk-atasan-kosong", "ja-dasar", "SKP", At("Tersedianya data aset daerah yang valid"), None),
    Defect("rk-berbasis-aktivitas", "ja-dasar", "SKP", At(RK_PERTAMA), "Menyusun laporan keuangan bulanan"),
    Defect("target-absolut", "ja-dasar", "SKP", At(IKI_KUALITAS, "TARGET"), "100 % semua laporan"),
    Defect("target-absolut_iki", "ja-dasar", "SKP", At(IKI_PERTAMA),
           "Semua laporan keuangan bulanan tersusun"),
    Defect("rk-ganda", "ja-dasar", "SKP", At(RK_TAMBAHAN), RK_KEDUA),
    Defect("satuan-tidak-sesuai-aspek", "ja-dasar", "SKP", At(IKI_WAKTU, "TARGET"), "12 laporan"),
    Defect("perspektif-tidak-valid", "jpt-pengembangan", "SKP", At("Anggaran"), "Keuangan",
           also=(("perspektif-tidak-lengkap", "SKP", At(UTAMA)),)),
    Defect("perspektif-tidak-lengkap", "jpt-pengembangan", "SKP", At("Anggaran"), "Proses Bisnis",
           reported=("SKP", At(UTAMA))),
    Defect("kategori-penilaian-kosong", "ja-pengembangan", "SKP", At(IKI_KUALITAS, "BAIK"), None),
    Defect("kategori-tidak-berurutan", "ja-pengembangan", "SKP", At(IKI_PERTAMA, "CUKUP"), "13 - 15"),
    Defect("kategori-tidak-membedakan", "ja-pengembangan", "SKP", At(IKI_PERTAMA, "SANGAT BAIK"), "12"),
    Defect("kategori-tidak-membedakan_cukup", "jf-pengembangan", "SKP", At(IKI_PERTAMA, "CUKUP"), "> 10"),
    Defect("target-tanpa-satuan", "ja-dasar", "SKP", At(IKI_PERTAMA, "TARGET"), 12),
    Defect("cara-memantau-kosong", "jf-pengembangan", "SKP", At(RK_KEDUA, "WAKTU PENGUMPULAN"), None),
    Defect("judul-tidak-dikenali", "ja-dasar", "SKP", At("INDIKATOR KINERJA INDIVIDU"), "TOLOK UKUR"),
    Defect("manual-iki-kosong", "jpt-dasar", "Manual IKI",
           At("Jumlah aparatur bersertifikat keahlian konstruksi", label="FORMULA"), None),
    Defect("keterkaitan-ak-hilang", "jf-dasar", "Keterkaitan AK", None, REMOVE_SHEET),
    Defect("rk-tanpa-butir-kegiatan", "jf-dasar", "Keterkaitan AK", At(RK_KEDUA, "BUTIR KEGIATAN"), None,
           reported=("SKP", At(RK_KEDUA))),
    Defect("angka-kredit-tidak-valid", "jf-pengembangan", "Keterkaitan AK", At(RK_KEDUA, "ANGKA KREDIT"),
           "nol koma lima"),
)


def _date_the_signatures(workbook: Workbook) -> None:
    """Fill the template's place-and-date placeholder as a signed submission has it."""
    for sheet in workbook.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                if isinstance(cell.value, str) and cell.value.startswith("....") and "," in cell.value:
                    cell.value = PLACE_DATE


def clean_workbook(form: str, config: Config, only_tambahan: bool = False) -> Workbook:
    document = clean_document(form)
    if only_tambahan:
        document.rencana = document.rk("tambahan")
    workbook = build_workbook(form, config, document)
    _date_the_signatures(workbook)
    return workbook


def _cells(sheet: Worksheet) -> list[Cell]:
    return [cell for row in sheet.iter_rows() for cell in row if isinstance(cell, Cell)]


def locate(sheet: Worksheet, at: At) -> Cell:
    cells = _cells(sheet)
    anchors = [c for c in cells if c.value == at.text]
    if len(anchors) != 1:
        raise SystemExit(f"{sheet.title}: {at.text!r} found {len(anchors)} times, expected once")
    anchor = anchors[0]
    if at.header is not None:
        column = max((c.column for c in cells if c.value == at.header and c.row < anchor.row), default=None)
        if column is None:
            raise SystemExit(f"{sheet.title}: no header {at.header!r} above {anchor.coordinate}")
        return sheet.cell(anchor.row, column)
    if at.label is not None:
        row = min((c.row for c in cells if c.value == at.label and c.row > anchor.row), default=None)
        if row is None:
            raise SystemExit(f"{sheet.title}: no label {at.label!r} below {anchor.coordinate}")
        return sheet.cell(row, anchor.column)
    return anchor


Expected = list[tuple[str, str | None, str | None]]


def expected(defect: Defect, workbook: Workbook) -> Expected:
    """The findings the defect must give, located on the workbook before the edit."""
    if defect.value is REMOVE_SHEET:
        return [(defect.code, None, None)]
    sheet, at = defect.reported or (defect.sheet, defect.at)
    found = [(defect.code, sheet, locate(workbook[sheet], at).coordinate)]  # type: ignore[arg-type]
    found += [(code, name, locate(workbook[name], anchor).coordinate) for code, name, anchor in defect.also]
    return sorted(found)


def apply(defect: Defect, workbook: Workbook) -> None:
    if defect.value is REMOVE_SHEET:
        del workbook[defect.sheet]
    elif defect.at is not None:
        locate(workbook[defect.sheet], defect.at).value = defect.value


def main(only: set[str]) -> None:
    """Write every workbook, or with names on the command line only those defects (the expectations file
    is always written whole)."""
    config = Config()
    if not only:
        for form in FORM_IDS:
            clean_workbook(form, config).save(HERE / f"clean_{form}.xlsx")
    findings: dict[str, Expected] = {}
    for defect in DEFECTS:
        workbook = clean_workbook(defect.form, config, defect.only_tambahan)
        findings[defect.name] = expected(defect, workbook)
        apply(defect, workbook)
        if not only or defect.name in only:
            workbook.save(HERE / f"defect_{defect.name}.xlsx")
    lines = [f"  {json.dumps(name)}: {json.dumps(found)}" for name, found in findings.items()]
    (HERE / "defect_findings.json").write_text("{\n" + ",\n".join(lines) + "\n}\n", encoding="utf-8")


if __name__ == "__main__":
    main(set(sys.argv[1:]))
