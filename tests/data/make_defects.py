"""Build the defect workbooks: a clean filled form per form id, and one defect per finding code.

Run ``python tests/data/make_defects.py`` to regenerate; the .xlsx files are committed beside it.

* ``clean_<form>.xlsx``: the official template (``skp.writing.builder``) filled with the clean documents
  of ``tests/clean_documents.py``; no kop, rencana or jf check may fire on them.
* ``defect_<code>[_<variant>].xlsx``: a clean workbook with one cell edited (or one sheet removed) the
  way staff get it wrong; ``tests/test_checks_workbooks.py`` holds the exact findings expected of each.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

from openpyxl import Workbook

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parent))

from clean_documents import clean_document  # noqa: E402

from skp.config import Config  # noqa: E402
from skp.models import FORM_IDS  # noqa: E402
from skp.writing.builder import build_workbook  # noqa: E402

REMOVE_SHEET = object()
PLACE_DATE = "Sleman, 2 Januari 2025"


@dataclass(frozen=True)
class Defect:
    name: str
    form: str
    sheet: str
    cell: str | None  # None with value REMOVE_SHEET drops the sheet
    value: object
    only_tambahan: bool = False  # build from the clean document without its Kinerja Utama RK


DEFECTS = (
    Defect("identitas-kosong", "ja-dasar", "SKP", "C9", None),
    Defect("nip-tidak-valid", "ja-dasar", "SKP", "C7", "19860926 201513 2 001"),
    Defect("nip-tidak-valid_angka", "ja-pengembangan", "SKP", "C7", 198609262015052001),
    Defect("pangkat-tidak-dikenal", "ja-dasar", "SKP", "F8", "Penata, III/a"),
    Defect("jenjang-golongan-tidak-sesuai", "jf-dasar", "SKP", "C8", "Pembina, IV/a"),
    Defect("periode-tidak-valid", "ja-dasar", "SKP", "A3", "PERIODE PENILAIAN: 1 JULI 2024 SD 30 JUNI 2025"),
    Defect("penilai-sama-dengan-pegawai", "ja-dasar", "SKP", "F7", "198609262015052001"),
    Defect("kinerja-utama-kosong", "ja-dasar", "SKP", None, None, only_tambahan=True),
    Defect("rk-tanpa-iki", "ja-pengembangan", "SKP", "E32", None),
    Defect("iki-tanpa-target", "ja-dasar", "SKP", "F17", None),
    Defect("target-tidak-terukur", "ja-dasar", "SKP", "F17", "Tepat waktu"),
    Defect("target-rentang-terbalik", "ja-dasar", "SKP", "F17", "90 - 80 %"),
    Defect("aspek-tidak-valid", "jf-dasar", "SKP", "D19", "Efektivitas"),
    Defect("aspek-ganda", "ja-dasar", "SKP", "D18", "Kualitas"),
    Defect("rk-atasan-kosong", "ja-dasar", "SKP", "B19", None),
    Defect("rk-berbasis-aktivitas", "ja-dasar", "SKP", "C16", "Menyusun laporan keuangan bulanan"),
    Defect("target-absolut", "ja-dasar", "SKP", "F17", "100 % semua laporan"),
    Defect("rk-ganda", "ja-dasar", "SKP", "C31", "Data aset daerah yang terverifikasi"),
    Defect("satuan-tidak-sesuai-aspek", "ja-dasar", "SKP", "F18", "12 laporan"),
    Defect("perspektif-tidak-valid", "jpt-pengembangan", "SKP", "A19", "Keuangan"),
    Defect("perspektif-tidak-lengkap", "jpt-pengembangan", "SKP", "A19", "Proses Bisnis"),
    Defect("kategori-penilaian-kosong", "ja-pengembangan", "SKP", "J18", None),
    Defect("kategori-tidak-berurutan", "ja-pengembangan", "SKP", "I17", "13 - 15"),
    Defect("cara-memantau-kosong", "jf-pengembangan", "SKP", "N20", None),
    Defect("manual-iki-kosong", "jpt-dasar", "Manual IKI", "C31", None),
    Defect("keterkaitan-ak-hilang", "jf-dasar", "Keterkaitan AK", None, REMOVE_SHEET),
    Defect("rk-tanpa-butir-kegiatan", "jf-dasar", "Keterkaitan AK", "D18", None),
    Defect("angka-kredit-tidak-valid", "jf-pengembangan", "Keterkaitan AK", "F18", "nol koma lima"),
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


def apply(defect: Defect, workbook: Workbook) -> None:
    if defect.value is REMOVE_SHEET:
        del workbook[defect.sheet]
    elif defect.cell is not None:
        workbook[defect.sheet][defect.cell] = defect.value


def main() -> None:
    config = Config()
    for form in FORM_IDS:
        clean_workbook(form, config).save(HERE / f"clean_{form}.xlsx")
    for defect in DEFECTS:
        workbook = clean_workbook(defect.form, config, defect.only_tambahan)
        apply(defect, workbook)
        workbook.save(HERE / f"defect_{defect.name}.xlsx")


if __name__ == "__main__":
    main()
