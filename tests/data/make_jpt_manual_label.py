"""Build the ``jpt_manual_label_*`` workbooks: ``form_jpt_dasar`` with its Manual Indikator Kinerja labelled
in the words agencies copy from elsewhere (a general cause found by the red-team set ``benchmarks/merah_ap``):

- blocks labelled as the Manual IKU of Permen PANRB 53/2014 that JPT offices carry over to their Manual IKI
  (``SASARAN STRATEGIS``, ``DESKRIPSI SASARAN STRATEGIS``, ``INDIKATOR KINERJA UTAMA``, ``DEFINISI``,
  ``FORMULASI PENGUKURAN``, ``ALASAN PEMILIHAN INDIKATOR``), optionally one FORMULASI PENGUKURAN empty;
- one table, a row per IKI, headed ``SASARAN | INDIKATOR | PENJELASAN RK | URAIAN IKI | FORMULA IKI |
  TUJUAN IKI``, optionally one TUJUAN IKI empty;
- blocks whose values begin with their own label (``FORMULA | Rumus : …``, ``TUJUAN | Tujuan: …``),
  optionally one DEFINISI IKI empty;
- blocks whose IKI label is numbered (``IKI 1 | Indeks …``), optionally one IKI's block missing.

Usage: ``python tests/data/make_jpt_manual_label.py``.
"""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook, load_workbook

HERE = Path(__file__).resolve().parent
IKU_LABELS = ("SASARAN STRATEGIS", "DESKRIPSI SASARAN STRATEGIS", "INDIKATOR KINERJA UTAMA", "DEFINISI",
              "FORMULASI PENGUKURAN", "ALASAN PEMILIHAN INDIKATOR", "SATUAN PENGUKURAN", "SUMBER DATA")
TABLE_LABELS = ("NO", "SASARAN", "INDIKATOR", "PENJELASAN RK", "URAIAN IKI", "FORMULA IKI", "TUJUAN IKI")


def _plan_iki(wb: Workbook) -> list[tuple[str, str]]:
    """(RK, IKI) of each Kinerja Utama IKI of the plan (rows 15–20)."""
    plan, out, rk = wb["SKP JPT"], [], ""
    for r in range(15, 21):
        rk = plan.cell(row=r, column=2).value or rk
        out.append((rk, plan.cell(row=r, column=3).value))
    return out


def _fresh() -> Workbook:
    wb = load_workbook(HERE / "form_jpt_dasar.xlsx")
    del wb["Manual IKI"]
    return wb


def label_iku(formula_kosong: bool = False) -> Workbook:
    """Blocks of eight rows from row 3 (labels in B, values in C), one per IKI; with ``formula_kosong`` the
    fourth IKI's FORMULASI PENGUKURAN (C34) empty."""
    wb = _fresh()
    ws = wb.create_sheet("Manual IKI")
    ws["B1"] = "MANUAL INDIKATOR KINERJA"
    row = 3
    for n, (rk, iki) in enumerate(_plan_iki(wb)):
        values = (rk, f"Kondisi yang dituju: {rk}", iki, f"Ukuran {iki}", f"Realisasi {iki} / rencana x 100%",
                  "Mengukur keberhasilan sasaran", "%", "Laporan kinerja")
        for label, value in zip(IKU_LABELS, values, strict=True):
            ws.cell(row=row, column=2, value=label)
            if not (formula_kosong and n == 3 and label == "FORMULASI PENGUKURAN"):
                ws.cell(row=row, column=3, value=value)
            row += 1
        row += 1
    return wb


def tabel_kata_lain(tujuan_kosong: bool = False) -> Workbook:
    """One table headed in row 4 (columns A–G), a row per IKI from row 5; with ``tujuan_kosong`` the second
    IKI's TUJUAN IKI (G6) empty."""
    wb = _fresh()
    ws = wb.create_sheet("Manual IKI")
    ws["A1"] = "MANUAL INDIKATOR KINERJA"
    for c, label in enumerate(TABLE_LABELS, 1):
        ws.cell(row=4, column=c, value=label)
    for n, (rk, iki) in enumerate(_plan_iki(wb)):
        values = (n + 1, rk, iki, f"Kondisi yang dituju: {rk}", f"Ukuran {iki}", "Realisasi / target x 100%",
                  None if tujuan_kosong and n == 1 else "Mengukur keberhasilan sasaran")
        for c, value in enumerate(values, 1):
            if value is not None:
                ws.cell(row=5 + n, column=c, value=value)
    return wb


BLOCK = ("RENCANA KINERJA", "DESKRIPSI RENCANA KINERJA", "INDIKATOR KINERJA INDIVIDU", "DEFINISI IKI",
         "FORMULA", "TUJUAN", "SUMBER DATA")


def _blocks(wb: Workbook, label: object, value: object, skip: int | None = None) -> Workbook:
    """Blocks of seven rows from row 3 (labels in B, values in C), a blank row between; ``label(n, text)``
    and ``value(n, label, text)`` write them otherwise; ``skip``: that IKI's block left out."""
    ws = wb.create_sheet("Manual IKI")
    ws["B1"] = "MANUAL INDIKATOR KINERJA"
    row = 3
    for n, (rk, iki) in enumerate(_plan_iki(wb)):
        if n == skip:
            continue
        values = (rk, f"Kondisi yang dituju: {rk}", iki, f"Ukuran {iki}", "Realisasi / target x 100%",
                  "Mengukur keberhasilan sasaran", "Laporan kinerja")
        for text, v in zip(BLOCK, values, strict=True):
            ws.cell(row=row, column=2, value=label(n, text))  # type: ignore[operator]
            ws.cell(row=row, column=3, value=value(n, text, v))  # type: ignore[operator]
            row += 1
        row += 1
    return wb


def isian_berawalan(definisi_kosong: bool = False) -> Workbook:
    """FORMULA and TUJUAN values written ``Rumus : …`` and ``Tujuan: …``; with ``definisi_kosong`` the
    second IKI's DEFINISI IKI (C14) empty."""
    def value(n: int, label: str, text: str) -> str | None:
        if label == "FORMULA":
            return f"Rumus : {text}"
        if label == "TUJUAN":
            return f"Tujuan: {text}"
        return None if definisi_kosong and n == 1 and label == "DEFINISI IKI" else text

    return _blocks(_fresh(), lambda n, text: text, value)


def iki_bernomor(tanpa_blok: bool = False) -> Workbook:
    """The IKI label written ``IKI 1`` … ``IKI 6``; with ``tanpa_blok`` the second IKI's block missing (the
    finding names the plan's C16)."""
    return _blocks(_fresh(), lambda n, text: f"IKI {n + 1}" if text == "INDIKATOR KINERJA INDIVIDU" else text,
                   lambda n, text, v: v, skip=1 if tanpa_blok else None)


WORKBOOKS = {
    "jpt_manual_label_iku.xlsx": label_iku,
    "jpt_manual_label_iku_formula_kosong.xlsx": lambda: label_iku(formula_kosong=True),
    "jpt_manual_label_tabel_kata_lain.xlsx": tabel_kata_lain,
    "jpt_manual_label_tabel_kata_lain_tujuan_kosong.xlsx": lambda: tabel_kata_lain(tujuan_kosong=True),
    "jpt_manual_label_isian_berawalan.xlsx": isian_berawalan,
    "jpt_manual_label_isian_berawalan_definisi_kosong.xlsx": lambda: isian_berawalan(definisi_kosong=True),
    "jpt_manual_label_iki_bernomor.xlsx": iki_bernomor,
    "jpt_manual_label_iki_bernomor_tanpa_blok.xlsx": lambda: iki_bernomor(tanpa_blok=True),
}


def main() -> None:
    for name, build in WORKBOOKS.items():
        build().save(HERE / name)


if __name__ == "__main__":
    main()
