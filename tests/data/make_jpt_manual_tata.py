"""Build the ``jpt_manual_tata_*`` workbooks: ``form_jpt_dasar`` with its Manual Indikator Kinerja laid out
as agencies lay it out around the plan (general causes found by the red-team set ``benchmarks/merah_ap``):

- one table whose ``NO | RENCANA KINERJA | INDIKATOR KINERJA INDIVIDU`` are merged over two header rows and
  whose other fields stand on the second row under a group label, optionally one FORMULA empty;
- one table whose RENCANA KINERJA and DESKRIPSI RENCANA KINERJA are merged over their RK's two IKI rows,
  optionally the second IKI's DEFINISI IKI empty, or with a gloss in brackets after two of its labels
  (``DEFINISI IKI (RINGKAS)``, ``TUJUAN (RINGKAS)``), each right of a label written exactly;
- the Manual's fields as columns added to the plan table itself (``… | TARGET | DESKRIPSI RENCANA KINERJA |
  DEFINISI IKI | FORMULA | TUJUAN``), no Manual sheet, optionally one TUJUAN empty;
- the Manual's blocks right under the plan, no title, labels down the plan's RK column and values in its
  IKI column, the signatures after them; optionally the last IKI's block missing.

Usage: ``python tests/data/make_jpt_manual_tata.py``.
"""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook, load_workbook

HERE = Path(__file__).resolve().parent
FIELDS = ("DESKRIPSI RENCANA KINERJA", "DEFINISI IKI", "FORMULA", "TUJUAN")
BLOCK = ("RENCANA KINERJA", "DESKRIPSI RENCANA KINERJA", "INDIKATOR KINERJA INDIVIDU", *FIELDS[1:],
         "SUMBER DATA")


def _fresh() -> Workbook:
    wb = load_workbook(HERE / "form_jpt_dasar.xlsx")
    del wb["Manual IKI"]
    return wb


def _plan_iki(wb: Workbook) -> list[tuple[str, str]]:
    """(RK, IKI) of each Kinerja Utama IKI of the plan (rows 15–20)."""
    plan, out, rk = wb["SKP JPT"], [], ""
    for r in range(15, 21):
        rk = plan.cell(row=r, column=2).value or rk
        out.append((rk, plan.cell(row=r, column=3).value))
    return out


def _values(rk: str, iki: str) -> tuple[str, str, str, str]:
    """DESKRIPSI, DEFINISI, FORMULA, TUJUAN of one IKI."""
    return (f"Kondisi yang dituju: {rk}", f"Ukuran {iki}", "Realisasi / target x 100%",
            "Mengukur keberhasilan sasaran")


def judul_dua_baris(formula_kosong: bool = False) -> Workbook:
    """Header rows 4–5 (A–G), IKI rows 6–11; with ``formula_kosong`` the third IKI's FORMULA (F8) empty."""
    wb = _fresh()
    ws = wb.create_sheet("Manual IKI")
    ws["A1"] = "MANUAL INDIKATOR KINERJA"
    for c, label in enumerate(("NO", "RENCANA KINERJA", "INDIKATOR KINERJA INDIVIDU"), 1):
        ws.cell(row=4, column=c, value=label)
        ws.merge_cells(start_row=4, start_column=c, end_row=5, end_column=c)
    ws["D4"] = "URAIAN"
    ws.merge_cells("D4:G4")
    for c, label in enumerate(FIELDS, 4):
        ws.cell(row=5, column=c, value=label)
    for n, (rk, iki) in enumerate(_plan_iki(wb)):
        for c, value in enumerate((n + 1, rk, iki, *_values(rk, iki)), 1):
            if not (formula_kosong and n == 2 and c == 6):
                ws.cell(row=6 + n, column=c, value=value)
    return wb


def rk_digabung(definisi_kosong: bool = False, glossed: bool = False, merged: bool = True) -> Workbook:
    """Header row 4 (A–G), IKI rows 5–10, B5:B6 and D5:D6 merged (the first RK's two IKI); with
    ``definisi_kosong`` the second IKI's DEFINISI IKI (E6) empty; with ``glossed`` DEFINISI IKI and TUJUAN
    written with ``(RINGKAS)`` after them; without ``merged`` the RK and its DESKRIPSI written once, above
    the RK's second IKI row left empty (found by the disturbances of ``benchmarks/gangguan.py``)."""
    wb = _fresh()
    ws = wb.create_sheet("Manual IKI")
    ws["A1"] = "MANUAL INDIKATOR KINERJA"
    for c, label in enumerate(("NO", "RENCANA KINERJA", "INDIKATOR KINERJA INDIVIDU", *FIELDS), 1):
        glossed_label = glossed and label in ("DEFINISI IKI", "TUJUAN")
        ws.cell(row=4, column=c, value=f"{label} (RINGKAS)" if glossed_label else label)
    for n, (rk, iki) in enumerate(_plan_iki(wb)):
        for c, value in enumerate((n + 1, rk, iki, *_values(rk, iki)), 1):
            if n == 1 and c in (2, 4) or definisi_kosong and n == 1 and c == 5:
                continue
            ws.cell(row=5 + n, column=c, value=value)
    if merged:
        ws.merge_cells("B5:B6")
        ws.merge_cells("D5:D6")
    return wb


def kolom_rencana(tujuan_kosong: bool = False) -> Workbook:
    """Columns E–H of the plan (header row 12, numbers row 13) hold the Manual of each IKI row 15–20; with
    ``tujuan_kosong`` the fifth IKI's TUJUAN (H19) empty."""
    wb = _fresh()
    ws = wb["SKP JPT"]
    for c, label in enumerate(FIELDS, 5):
        ws.cell(row=12, column=c, value=label)
        ws.cell(row=13, column=c, value=f"({c})")
    for n, (rk, iki) in enumerate(_plan_iki(wb)):
        for c, value in enumerate(_values(rk, iki), 5):
            if not (tujuan_kosong and n == 4 and c == 8):
                ws.cell(row=15 + n, column=c, value=value)
    return wb


def bawah_rencana(tanpa_blok_terakhir: bool = False) -> Workbook:
    """Blocks of seven rows from row 24 (labels in B, values in C), one blank row between, the date and
    signatures moved under them; with ``tanpa_blok_terakhir`` the sixth IKI (C20) has none."""
    wb = _fresh()
    ws = wb["SKP JPT"]
    iki = _plan_iki(wb)[: 5 if tanpa_blok_terakhir else 6]
    size = len(iki) * (len(BLOCK) + 1) + 1
    ws.move_range("A24:F30", rows=size)
    row = 24
    for rk, text in iki:
        desc, definisi, formula, tujuan = _values(rk, text)
        for label, value in zip(BLOCK, (rk, desc, text, definisi, formula, tujuan, "Laporan kinerja"),
                                strict=True):
            ws.cell(row=row, column=2, value=label)
            ws.cell(row=row, column=3, value=value)
            row += 1
        row += 1
    return wb


WORKBOOKS = {
    "jpt_manual_tata_judul_dua_baris.xlsx": judul_dua_baris,
    "jpt_manual_tata_judul_dua_baris_formula_kosong.xlsx": lambda: judul_dua_baris(formula_kosong=True),
    "jpt_manual_tata_rk_digabung.xlsx": rk_digabung,
    "jpt_manual_tata_rk_digabung_definisi_kosong.xlsx": lambda: rk_digabung(definisi_kosong=True),
    "jpt_manual_tata_rk_digabung_berketerangan.xlsx": lambda: rk_digabung(glossed=True),
    "jpt_manual_tata_rk_digabung_berketerangan_definisi_kosong.xlsx": lambda: rk_digabung(True, glossed=True),
    "jpt_manual_tata_rk_sekali.xlsx": lambda: rk_digabung(merged=False),
    "jpt_manual_tata_rk_sekali_definisi_kosong.xlsx": lambda: rk_digabung(definisi_kosong=True, merged=False),
    "jpt_manual_tata_kolom_rencana.xlsx": kolom_rencana,
    "jpt_manual_tata_kolom_rencana_tujuan_kosong.xlsx": lambda: kolom_rencana(tujuan_kosong=True),
    "jpt_manual_tata_bawah_rencana.xlsx": bawah_rencana,
    "jpt_manual_tata_bawah_rencana_tanpa_blok.xlsx": lambda: bawah_rencana(tanpa_blok_terakhir=True),
}


def main() -> None:
    for name, build in WORKBOOKS.items():
        build().save(HERE / name)


if __name__ == "__main__":
    main()
