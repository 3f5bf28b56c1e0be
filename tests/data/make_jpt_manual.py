"""Build the ``jpt_manual_*`` and ``jpt_perspektif_*`` workbooks: ``form_jpt_dasar`` /
``form_jpt_pengembangan`` with the Manual Indikator Kinerja and perspektif written the ways agencies write
them (general causes found by the held-out set ``benchmarks/nyata_u``):

- one sheet per IKI (``Manual IKI 1`` … ``Manual IKI 6``), optionally one TUJUAN left empty or two
  required labels misspelt on every sheet;
- the fields written once down column B and one IKI per column to their right (``URAIAN | IKI 1 | IKI 2``),
  optionally one FORMULA left empty;
- blocks with numbered, synonym and misspelt labels (``4. Defenisi IKI``, ``Cara Perhitungan``,
  ``Maksud``, ``Deskripsi``);
- a Manual whose IKI is written otherwise (the acronym SPBE spelt out for its RK's only IKI), optionally
  with that Manual missing; an RK of two IKI, one Manual naming its IKI ``Indeks KIP``, the other missing;
- the perspektif ``Keuangan/Anggaran``; each RK's perspektif merged over its own rows, one left empty;
- the Manual blocks beside the plan on its own sheet, the plan's RENCANA KINERJA header misspelt (found by
  ``benchmarks/gangguan.py`` on ``benchmarks/nyata_ac``), optionally the last block's TUJUAN empty.

Usage: ``python tests/data/make_jpt_manual.py``.
"""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook, load_workbook

HERE = Path(__file__).resolve().parent
LABELS = ("RENCANA KINERJA", "DESKRIPSI RENCANA KINERJA", "INDIKATOR KINERJA INDIVIDU", "DEFINISI IKI",
          "FORMULA", "TUJUAN", "SATUAN PENGUKURAN", "JENIS ASPEK TARGET", "TINGKAT KENDALI IKI",
          "SUMBER DATA",
          "PERIODE PELAPORAN")


def _blocks(plan, iki_col: int = 3) -> list[list[str]]:
    """One Manual's values per Kinerja Utama IKI of the plan (rows 15–20), in LABELS order."""
    out, rk = [], None
    for r in range(15, 21):
        rk = plan.cell(row=r, column=iki_col - 1).value or rk
        iki = plan.cell(row=r, column=iki_col).value
        out.append([rk, f"Kondisi yang dituju: {rk}", iki, f"Ukuran {iki}", f"Realisasi {iki} / rencana",
                    "Mengukur keberhasilan rencana kinerja", "%", "Kuantitas", "Tinggi", "Laporan kinerja",
                    "Tahunan"])
    return out


def _without_manual(name: str = "form_jpt_dasar.xlsx") -> Workbook:
    wb = load_workbook(HERE / name)
    del wb["Manual IKI"]
    return wb


TYPOS = {"DEFINISI IKI": "DEFENISI IKI", "TUJUAN": "TUJAUN"}
TITLE_TYPO = "MANUAL INDIAKTOR KINERJA"


def per_sheet(tujuan_kosong: bool = False, salah_ketik: bool = False, judul: str = "MANUAL INDIKATOR KINERJA"
              ) -> Workbook:
    """Each IKI's Manual on a sheet of its own; with ``tujuan_kosong`` the third one's TUJUAN (C8) empty;
    with ``salah_ketik`` DEFINISI IKI and TUJUAN misspelt on every sheet (half the required labels);
    ``judul``: the third sheet's title (misspelt ``MANUAL INDIAKTOR KINERJA``, only its name says it is one
    of the Manual's sheets: found by the disturbances of ``benchmarks/gangguan.py``)."""
    wb = _without_manual()
    for n, block in enumerate(_blocks(wb["SKP JPT"]), 1):
        ws = wb.create_sheet(f"Manual IKI {n}")
        ws["B1"] = judul if n == 3 else "MANUAL INDIKATOR KINERJA"
        for k, (label, value) in enumerate(zip(LABELS, block, strict=True), 3):
            ws.cell(row=k, column=2, value=TYPOS.get(label, label) if salah_ketik else label)
            if not (tujuan_kosong and n == 3 and label == "TUJUAN"):
                ws.cell(row=k, column=3, value=value)
    return wb


def per_kolom(formula_kosong: bool = False) -> Workbook:
    """The fields down column C (numbered in B), one IKI per column from D; with ``formula_kosong`` the
    second IKI's FORMULA (E9) empty."""
    wb = _without_manual()
    ws = wb.create_sheet("Manual IKI")
    ws["B1"] = "MANUAL INDIKATOR KINERJA"
    ws["B4"], ws["C4"] = "NO", "URAIAN"
    blocks = _blocks(wb["SKP JPT"])
    for k, label in enumerate(LABELS, 1):
        ws.cell(row=4 + k, column=2, value=k)
        ws.cell(row=4 + k, column=3, value=label)
    for n, block in enumerate(blocks):
        ws.cell(row=4, column=4 + n, value=f"IKI {n + 1}")
        for k, value in enumerate(block, 1):
            if not (formula_kosong and n == 1 and LABELS[k - 1] == "FORMULA"):
                ws.cell(row=4 + k, column=4 + n, value=value)
    return wb


SYNONYMS = {"DESKRIPSI RENCANA KINERJA": "Deskripsi",
            "DEFINISI IKI": "Defenisi IKI", "FORMULA": "Cara Perhitungan", "TUJUAN": "Maksud"}


def label_sinonim() -> Workbook:
    """Blocks one under another whose labels are numbered (``4. Defenisi IKI``, misspelt), synonyms
    (``Cara Perhitungan``, ``Maksud``) or short (``Deskripsi``)."""
    wb = _without_manual()
    ws = wb.create_sheet("Manual IKI")
    ws["B1"] = "MANUAL INDIKATOR KINERJA"
    row = 3
    for n, block in enumerate(_blocks(wb["SKP JPT"]), 1):
        ws.cell(row=row, column=2, value=f"IKI {n}")
        row += 1
        for k, (label, value) in enumerate(zip(LABELS, block, strict=True), 1):
            ws.cell(row=row, column=2, value=f"{k}. {SYNONYMS.get(label, label.title())}")
            ws.cell(row=row, column=3, value=":")
            ws.cell(row=row, column=4, value=value)
            row += 1
        row += 1
    return wb


def iki_singkatan(hilang: bool = False) -> Workbook:
    """The Manual of ``Indeks SPBE Kabupaten`` (its RK's only IKI) names it ``Indeks Sistem Pemerintahan
    Berbasis Elektronik Kab.``, each Manual's RK labelled with a gloss (``RENCANA KINERJA (SASARAN)``);
    with ``hilang`` that Manual is left out (the finding names the plan's C18)."""
    wb = _without_manual()
    ws = wb.create_sheet("Manual IKI")
    ws["B1"] = "MANUAL INDIKATOR KINERJA"
    row = 3
    for block in _blocks(wb["SKP JPT"]):
        if block[2] == "Indeks SPBE Kabupaten":
            if hilang:
                continue
            block[2] = "Indeks Sistem Pemerintahan Berbasis Elektronik Kab."
        for label, value in zip(LABELS, block, strict=True):
            glossed = "RENCANA KINERJA (SASARAN)" if label == "RENCANA KINERJA" else label
            ws.cell(row=row, column=2, value=glossed)
            ws.cell(row=row, column=3, value=value)
            row += 1
        row += 1
    return wb


def iki_singkatan_rk_dua_iki() -> Workbook:
    """The first RK's two IKI: the Manual of ``Indeks keterbukaan informasi publik`` names it ``Indeks KIP``,
    the Manual of ``Persentase permohonan informasi terlayani`` is missing (the finding names C16 only)."""
    wb = _without_manual()
    ws = wb.create_sheet("Manual IKI")
    ws["B1"] = "MANUAL INDIKATOR KINERJA"
    row = 3
    for block in _blocks(wb["SKP JPT"]):
        if block[2] == "Persentase permohonan informasi terlayani":
            continue
        if block[2] == "Indeks keterbukaan informasi publik":
            block[2] = "Indeks KIP"
        for label, value in zip(LABELS, block, strict=True):
            ws.cell(row=row, column=2, value=label)
            ws.cell(row=row, column=3, value=value)
            row += 1
        row += 1
    return wb


def di_samping(tujuan_kosong: bool = False) -> Workbook:
    """The Manual beside the plan on its own sheet: its title in G12 on the plan's header row, then one
    block per IKI of thirteen rows from row 14 (``IKI n``, then labels in G, ``:`` in H, values in I), the
    plan's header ``RENCANA KINERJA`` misspelt ``RENACNA KINERJA`` (B12): its ``INDIKATOR KINERJA
    INDIVIDU`` (C12) is no Manual label. With ``tujuan_kosong`` the last block's TUJUAN (I85) empty."""
    wb = _without_manual()
    plan = wb["SKP JPT"]
    plan["B12"] = "RENACNA KINERJA"
    plan["G12"] = "MANUAL INDIKATOR KINERJA"
    blocks = _blocks(plan)
    for n, block in enumerate(blocks):
        top = 14 + 13 * n
        plan.cell(row=top, column=7, value=f"IKI {n + 1}")
        for k, (label, value) in enumerate(zip(LABELS, block, strict=True), 1):
            plan.cell(row=top + k, column=7, value=label)
            plan.cell(row=top + k, column=8, value=":")
            if not (tujuan_kosong and n == len(blocks) - 1 and label == "TUJUAN"):
                plan.cell(row=top + k, column=9, value=value)
    return wb


def perspektif_keuangan_anggaran() -> Workbook:
    """``form_jpt_pengembangan`` with the Anggaran perspektif written ``Keuangan/Anggaran`` (A20)."""
    wb = load_workbook(HERE / "form_jpt_pengembangan.xlsx")
    wb["SKP JPT"]["A20"] = "Keuangan/Anggaran"
    return wb


def perspektif_per_rk(kedua: str | None = "Penerima Layanan") -> Workbook:
    """``form_jpt_pengembangan`` with each RK's perspektif its own: the first RK's (two IKI rows) merged over
    A15:A16 only, the second RK's written in A17 as ``kedua``; None leaves it empty (from
    ``benchmarks/nyata_bn``: a table that merges each RK's perspektif over its rows leaves none to the RK
    above)."""
    wb = load_workbook(HERE / "form_jpt_pengembangan.xlsx")
    plan = wb["SKP JPT"]
    plan.unmerge_cells("A15:A17")
    plan.merge_cells("A15:A16")
    plan["A17"] = kedua
    return wb


WORKBOOKS = {
    "jpt_manual_per_sheet.xlsx": per_sheet,
    "jpt_manual_per_sheet_tujuan_kosong.xlsx": lambda: per_sheet(tujuan_kosong=True),
    "jpt_manual_per_sheet_salah_ketik.xlsx": lambda: per_sheet(salah_ketik=True),
    "jpt_manual_per_sheet_salah_ketik_judul.xlsx": lambda: per_sheet(salah_ketik=True, judul=TITLE_TYPO),
    "jpt_manual_iki_per_kolom.xlsx": per_kolom,
    "jpt_manual_iki_per_kolom_formula_kosong.xlsx": lambda: per_kolom(formula_kosong=True),
    "jpt_manual_label_sinonim.xlsx": label_sinonim,
    "jpt_manual_iki_singkatan.xlsx": iki_singkatan,
    "jpt_manual_iki_singkatan_hilang.xlsx": lambda: iki_singkatan(hilang=True),
    "jpt_manual_iki_singkatan_rk_dua_iki.xlsx": iki_singkatan_rk_dua_iki,
    "jpt_perspektif_keuangan_anggaran.xlsx": perspektif_keuangan_anggaran,
    "jpt_perspektif_per_rk.xlsx": perspektif_per_rk,
    "jpt_perspektif_per_rk_kosong.xlsx": lambda: perspektif_per_rk(None),
    "jpt_manual_di_samping_judul_salah_ketik.xlsx": di_samping,
    "jpt_manual_di_samping_judul_salah_ketik_tujuan_kosong.xlsx": lambda: di_samping(tujuan_kosong=True),
}


def main() -> None:
    for name, build in WORKBOOKS.items():
        build().save(HERE / name)


if __name__ == "__main__":
    main()
