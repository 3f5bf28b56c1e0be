"""Build JA Model Dasar plans whose kop writes one identity field in two places, or every field in its
label's cell, from ``clean_ja-dasar.xlsx``. Found by ``benchmarks/nyata_cb``; written apart from it.

Run ``python tests/data/make_kop_isian_terpisah.py`` to regenerate; the files are committed beside it.

The pegawai block (B6:D11) is rewritten; the penilai block beside it is the form's.

* ``kop_pangkat_golongan_dua_baris_bersih.xlsx``: ``PANGKAT | Penata Muda Tingkat I`` (row 8) and
  ``GOL. RUANG | III/b`` (row 9), then JABATAN and UNIT KERJA: nothing to report.
* ``kop_pangkat_golongan_dua_baris_tidak_sesuai.xlsx``: the same with ``GOL. RUANG | IV/a``, which is not
  the golongan of Penata Muda Tingkat I: ``pangkat-tidak-dikenal`` at C8. Only the PANGKAT row was read,
  so the mismatch went unreported.
* ``kop_golongan_pangkat_dua_baris_tidak_sesuai.xlsx``: the two rows the other way round (GOL. RUANG
  first): ``pangkat-tidak-dikenal`` at C8, the cell the field is read from.
* ``kop_label_isi_satu_sel_bersih.xlsx``: every field ``LABEL : value`` in one cell merged B:D
  (``NAMA : Ani Lestari, S.E.``): nothing to report.
* ``kop_label_isi_satu_sel_nama_kosong.xlsx``: ``NAMA :`` with nothing after the colon:
  ``identitas-kosong`` at B6, the cell to fill, not the cell right of the merged one.
"""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook

HERE = Path(__file__).parent
_SPLIT = [
    ("NAMA", "Ani Lestari, S.E."),
    ("NIP", "19860926 201505 2 001"),
    ("PANGKAT", "Penata Muda Tingkat I"),
    ("GOL. RUANG", "III/b"),
    ("JABATAN", "Pengelola Keuangan"),
    ("UNIT KERJA", "Bagian Keuangan Sekretariat Daerah"),
]
_INLINE = [
    ("NAMA", "Ani Lestari, S.E."),
    ("NIP", "19860926 201505 2 001"),
    ("PANGKAT/GOL RUANG", "Penata Muda Tingkat I, III/b"),
    ("JABATAN", "Pengelola Keuangan"),
    ("UNIT KERJA", "Bagian Keuangan Sekretariat Daerah"),
]


def _swap(rows: list[tuple[str, str]], first: int, second: int) -> list[tuple[str, str]]:
    rows = list(rows)
    rows[first], rows[second] = rows[second], rows[first]
    return rows


def _replace(rows: list[tuple[str, str]], label: str, value: str) -> list[tuple[str, str]]:
    return [(lbl, value if lbl == label else v) for lbl, v in rows]


BOOKS = {
    "kop_pangkat_golongan_dua_baris_bersih.xlsx": (_SPLIT, False),
    "kop_pangkat_golongan_dua_baris_tidak_sesuai.xlsx": (_replace(_SPLIT, "GOL. RUANG", "IV/a"), False),
    "kop_golongan_pangkat_dua_baris_tidak_sesuai.xlsx": (
        _swap(_replace(_SPLIT, "GOL. RUANG", "IV/a"), 2, 3),
        False,
    ),
    "kop_label_isi_satu_sel_bersih.xlsx": (_INLINE, True),
    "kop_label_isi_satu_sel_nama_kosong.xlsx": (_replace(_INLINE, "NAMA", ""), True),
}


def main() -> None:
    for name, (rows, inline) in BOOKS.items():
        wb = load_workbook(HERE / "clean_ja-dasar.xlsx")
        ws = wb["SKP"]
        for r in range(6, 12):
            for merged in [m for m in ws.merged_cells.ranges if m.min_row == r and m.max_col <= 4]:
                ws.unmerge_cells(str(merged))
            for col in "ABCD":
                ws[f"{col}{r}"] = None
        for r, (label, value) in enumerate(rows, start=6):
            ws[f"A{r}"] = r - 5
            if inline:
                ws[f"B{r}"] = f"{label} : {value}".rstrip()
                ws.merge_cells(f"B{r}:D{r}")
            else:
                ws[f"B{r}"], ws[f"C{r}"] = label, value
                ws.merge_cells(f"C{r}:D{r}")
        wb.save(HERE / name)


if __name__ == "__main__":
    main()
