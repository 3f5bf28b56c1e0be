"""Build SKP JA Model Pengembangan workbooks for the false findings the red-team set ``merah_az`` found, each
from ``clean_ja-pengembangan.xlsx`` (no finding) with one change.

Run ``python tests/data/make_merah_az.py`` to regenerate; the .xlsx files are committed beside it.

* ``merah_az_pembanding_bersih``: kategori written as comparatives: the waktu IKI of row 21 (target ``10
  bulan``) with CUKUP ``lebih lambat dari 10 bulan`` (K21) and SANGAT BAIK ``lebih cepat dari 10 bulan``
  (M21); the Kuantitas IKI of row 17 (``12 laporan``) with SANGAT KURANG ``lebih sedikit dari 6 laporan``
  (I17) and SANGAT BAIK ``lebih banyak dari 12 laporan`` (M17).
* ``merah_az_pembanding_terbalik``: row 21 with the comparatives swapped, CUKUP ``lebih cepat dari 10
  bulan`` and SANGAT BAIK ``lebih lambat dari 10 bulan``: out of order for a waktu IKI.
* ``merah_az_pembanding_sb_mencakup``: row 17 with SANGAT BAIK ``tidak lebih dari 12 laporan`` (M17), which
  holds the target itself.

The Cara Memantau Kinerja written as a table of its own: the plan's columns N:P (CARA MEMANTAU KINERJA) are
emptied and the three RK (D17, D20, D32) are listed in ``NO | RENCANA KINERJA | DATA | SUMBER DATA | WAKTU
PENGUMPULAN`` under the title ``CARA MEMANTAU KINERJA``:

* ``merah_az_pantau_lembar_bersih``: on a sheet ``Cara Memantau`` (title A1, header row 2, rows 3–5).
* ``merah_az_pantau_bawah_bersih``: on the plan's sheet below the signatures (title A45, header row 46).
* ``merah_az_pantau_lembar_rk_hilang``: the sheet without the row of RK 2: that RK has none (SKP D20).
* ``merah_az_pantau_lembar_sumber_kosong``: the sheet with RK 1's SUMBER DATA empty (Cara Memantau D3).
* ``merah_az_pantau_tanpa_tabel``: the plan's columns emptied and no table: every RK has none (D17, D20, D32).
* ``merah_az_tanpa_baik_sheet_lama``: the BAIK column deleted (the TARGET stands for it, SPEC §3.10), behind
  last year's SKP kept as a hidden sheet in front with all five levels (``SKP 2024``) and an IKI without a
  target there (G18): the plan read is the one the reviewer sees, though the hidden one matches a column more.
  ``…_target_kosong`` swaps the two: this year's IKI has no target (SKP G18).
* ``merah_az_pantau_bawah_sheet_lama``: ``merah_az_pantau_bawah_bersih`` behind last year's SKP kept as a
  hidden sheet in front (``SKP 2024``, its table below its plan with RK 1's SUMBER DATA empty): the table
  read is the one the reviewer sees. ``…_sumber_kosong`` swaps the two: this year's SUMBER DATA is the
  empty one (SKP D47).

No TARGET column: the TARGET column G:H is emptied (header G13 too) and each target written in BAIK (L17:L21,
L32), as the Permen's pedoman has the BAIK level hold the target:

* ``merah_az_baik_tanpa_target_bersih``: as said.
* ``merah_az_baik_tanpa_target_kosong``: BAIK of row 18 empty: that IKI has no target (L18).
* ``merah_az_baik_tanpa_target_sb_sama``: SANGAT BAIK of row 17 ``12 laporan`` (M17), the target itself.

A Penilaian sheet (replacing the template's) with the KATEGORI PENILAIAN columns and no TARGET column, each
target written in BAIK (I), every realisasi equal to its target (capaian 100 %, Baik, 109):

* ``merah_az_penilaian_baik_tanpa_target_bersih``: as said.
* ``merah_az_penilaian_baik_tanpa_target_capaian``: the first IKI's capaian written ``95 %`` (K16).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from openpyxl import Workbook, load_workbook
from openpyxl.cell.cell import MergedCell
from openpyxl.worksheet.worksheet import Worksheet

HERE = Path(__file__).parent


def _base() -> Workbook:
    return load_workbook(HERE / "clean_ja-pengembangan.xlsx")


def _cells(values: dict[str, object]) -> Callable[[], Workbook]:
    def build() -> Workbook:
        wb = _base()
        for cell, value in values.items():
            wb["SKP"][cell].value = value
        return wb

    return build


_PANTAU_HEADER = ("NO", "RENCANA KINERJA", "DATA", "SUMBER DATA", "WAKTU PENGUMPULAN")
_PANTAU_ROWS = (
    (
        1,
        "Laporan keuangan bulanan tersusun tepat waktu dan akurat",
        "Laporan keuangan bulanan",
        "Aplikasi SIPD",
        "Setiap bulan",
    ),
    (
        2,
        "Data aset daerah yang terverifikasi",
        "Berita acara verifikasi aset",
        "Aplikasi SIMDA BMD",
        "Triwulanan",
    ),
    (3, "Sertifikat pelatihan pengelolaan keuangan daerah", "Sertifikat", "Panitia pelatihan", "Akhir tahun"),
)


def _separate_pantau(
    on_plan_sheet: bool = False,
    without: tuple[int, ...] = (),
    blank: tuple[int, int] | None = None,
    table: bool = True,
) -> Callable[[], Workbook]:
    def build() -> Workbook:
        wb = _base()
        ws = wb["SKP"]
        for rng in [m for m in ws.merged_cells.ranges if m.min_col >= 14 and m.max_col <= 16]:
            ws.unmerge_cells(str(rng))
        for r in range(13, 34):
            for c in (14, 15, 16):
                if not isinstance(ws.cell(r, c), MergedCell):  # a section label merged over A:P stays
                    ws.cell(r, c).value = None
        if not table:
            return wb
        out, top = (ws, 45) if on_plan_sheet else (wb.create_sheet("Cara Memantau"), 1)
        out.cell(top, 1, "CARA MEMANTAU KINERJA")
        for c, label in enumerate(_PANTAU_HEADER, 1):
            out.cell(top + 1, c, label)
        r = top + 2
        for row in _PANTAU_ROWS:
            if row[0] in without:
                continue
            for c, value in enumerate(row, 1):
                if blank != (row[0], c):
                    out.cell(r, c, value)
            r += 1
        return wb

    return build


def _old_copy_in_front(wb: Workbook) -> Worksheet:
    """The SKP sheet copied as last year's (``SKP 2024``), hidden, in front of the others."""
    old = wb.copy_worksheet(wb["SKP"])
    old.title, old.sheet_state = "SKP 2024", "hidden"
    wb.move_sheet(old, offset=-(len(wb.sheetnames) - 1))
    wb.active = 1
    return old


def _pantau_with_old_sheet(blank_now: bool) -> Callable[[], Workbook]:
    def build() -> Workbook:
        wb = _separate_pantau(on_plan_sheet=True)()
        old = _old_copy_in_front(wb)
        (wb["SKP"] if blank_now else old).cell(47, 4).value = None  # RK 1's SUMBER DATA
        return wb

    return build


def _without_baik(ws: Worksheet) -> None:
    """The BAIK column (L) deleted, the columns right of it moved left with their merged areas."""
    merged = [area for area in ws.merged_cells.ranges]
    for area in merged:
        ws.unmerge_cells(area.coord)
    ws.delete_cols(12)
    for area in merged:
        if area.min_col == area.max_col == 12:
            continue
        if area.min_col > 12:
            area.shift(col_shift=-1)
        elif area.max_col >= 12:
            area.expand(right=-1)
        ws.merge_cells(area.coord)


def _without_baik_old_sheet(blank_now: bool) -> Callable[[], Workbook]:
    def build() -> Workbook:
        wb = _base()
        old = _old_copy_in_front(wb)
        _without_baik(wb["SKP"])
        (wb["SKP"] if blank_now else old)["G18"].value = None  # a target
        return wb

    return build


def _baik_holds_target(changes: dict[str, object] | None = None) -> Callable[[], Workbook]:
    def build() -> Workbook:
        wb = _base()
        ws = wb["SKP"]
        for r in (17, 18, 19, 20, 21, 32):
            ws[f"L{r}"].value = ws[f"G{r}"].value
        for r in range(13, 34):
            if not isinstance(ws[f"G{r}"], MergedCell):
                ws[f"G{r}"].value = None
        for cell, value in (changes or {}).items():
            ws[cell].value = value
        return wb

    return build


_PENILAIAN_IKI = (  # (RK on its first IKI row, aspek, IKI, target, kategori SK, K, C, SB)
    (
        "Laporan keuangan bulanan tersusun tepat waktu dan akurat",
        "Kuantitas",
        "Jumlah laporan keuangan bulanan yang tersusun",
        "12 laporan",
        "< 6",
        "6 - 8",
        "9 - 11",
        "> 12",
    ),
    (
        None,
        "Kualitas",
        "Persentase laporan keuangan tanpa koreksi",
        "90 %",
        "< 60 %",
        "60 - 74 %",
        "75 - 89 %",
        "> 90 %",
    ),
    (None, "Waktu", "Ketepatan waktu penyampaian laporan", "12 bulan", "> 14", "14", "13", "< 12"),
    (
        "Data aset daerah yang terverifikasi",
        "Kuantitas",
        "Jumlah dokumen aset yang diverifikasi",
        "300 dokumen",
        None,
        None,
        "< 150",
        "> 300",
    ),
    (None, "Waktu", "Waktu penyelesaian verifikasi aset", "10 bulan", None, None, "> 10", "< 10"),
)


def penilaian_sheet(wb: Workbook) -> Worksheet:
    """A new Penilaian sheet in place of the template's: its title, period and both parties' identity
    (rows 6–10) copied from the SKP sheet; the table is the caller's, from row 12."""
    del wb["Penilaian"]
    ws = wb.create_sheet("Penilaian", 1)
    skp = wb["SKP"]
    ws["A1"] = "PENILAIAN SASARAN KINERJA PEGAWAI"
    ws["A3"] = "PERIODE PENILAIAN: 1 JANUARI SD 31 DESEMBER 2025"
    ws["A5"], ws["B5"], ws["E5"], ws["F5"] = "NO", "PEGAWAI YANG DINILAI", "NO", "PEJABAT PENILAI KINERJA"
    for i, label in enumerate(("NAMA", "NIP", "PANGKAT/GOL RUANG", "JABATAN", "UNIT KERJA")):
        ws.cell(6 + i, 1, i + 1)
        ws.cell(6 + i, 2, label)
        ws.cell(6 + i, 3, skp.cell(6 + i, 3).value)
        ws.cell(6 + i, 5, i + 1)
        ws.cell(6 + i, 6, label)
        ws.cell(6 + i, 7, skp.cell(6 + i, 10).value)
    return ws


def _penilaian_baik_holds_target(capaian_first: str = "100 %") -> Callable[[], Workbook]:
    def build() -> Workbook:
        wb = _base()
        ws = penilaian_sheet(wb)
        head = [
            "NO",
            "RENCANA KINERJA",
            "ASPEK",
            "INDIKATOR KINERJA INDIVIDU",
            "KATEGORI PENILAIAN",
            None,
            None,
            None,
            None,
            "REALISASI",
            "CAPAIAN IKI",
            "KATEGORI CAPAIAN IKI",
            "NILAI CAPAIAN IKI",
        ]
        for c, label in enumerate(head, 1):
            if label is not None:
                ws.cell(12, c, label)
        for c, label in enumerate(("SANGAT KURANG", "KURANG", "CUKUP", "BAIK", "SANGAT BAIK"), 5):
            ws.cell(13, c, label)
        ws.merge_cells("E12:I12")
        for c in (1, 2, 3, 4, 10, 11, 12, 13):
            ws.merge_cells(start_row=12, start_column=c, end_row=13, end_column=c)
        ws["A14"] = "A. KINERJA UTAMA"
        r, n = 16, 0
        for rk, aspek, iki, target, sk, k, c, sb in _PENILAIAN_IKI:
            if rk is not None:
                n += 1
                ws.cell(r, 1, n)
                ws.cell(r, 2, rk)
            for col, value in enumerate((aspek, iki, sk, k, c, target, sb, target), 3):
                if value is not None:
                    ws.cell(r, col, value)
            ws.cell(r, 11, capaian_first if r == 16 else "100 %")
            ws.cell(r, 12, "Baik")
            ws.cell(r, 13, 109)
            r += 1
        return wb

    return build


FIXTURES: dict[str, Callable[[], Workbook]] = {
    "merah_az_pembanding_bersih.xlsx": _cells(
        {
            "K21": "lebih lambat dari 10 bulan",
            "M21": "lebih cepat dari 10 bulan",
            "I17": "lebih sedikit dari 6 laporan",
            "M17": "lebih banyak dari 12 laporan",
        }
    ),
    "merah_az_pembanding_terbalik.xlsx": _cells(
        {
            "K21": "lebih cepat dari 10 bulan",
            "M21": "lebih lambat dari 10 bulan",
        }
    ),
    "merah_az_pembanding_sb_mencakup.xlsx": _cells({"M17": "tidak lebih dari 12 laporan"}),
    "merah_az_pantau_lembar_bersih.xlsx": _separate_pantau(),
    "merah_az_pantau_bawah_bersih.xlsx": _separate_pantau(on_plan_sheet=True),
    "merah_az_pantau_lembar_rk_hilang.xlsx": _separate_pantau(without=(2,)),
    "merah_az_pantau_lembar_sumber_kosong.xlsx": _separate_pantau(blank=(1, 4)),
    "merah_az_pantau_tanpa_tabel.xlsx": _separate_pantau(table=False),
    "merah_az_tanpa_baik_sheet_lama.xlsx": _without_baik_old_sheet(blank_now=False),
    "merah_az_tanpa_baik_sheet_lama_target_kosong.xlsx": _without_baik_old_sheet(blank_now=True),
    "merah_az_pantau_bawah_sheet_lama.xlsx": _pantau_with_old_sheet(blank_now=False),
    "merah_az_pantau_bawah_sheet_lama_sumber_kosong.xlsx": _pantau_with_old_sheet(blank_now=True),
    "merah_az_baik_tanpa_target_bersih.xlsx": _baik_holds_target(),
    "merah_az_baik_tanpa_target_kosong.xlsx": _baik_holds_target({"L18": None}),
    "merah_az_baik_tanpa_target_sb_sama.xlsx": _baik_holds_target({"M17": "12 laporan"}),
    "merah_az_penilaian_baik_tanpa_target_bersih.xlsx": _penilaian_baik_holds_target(),
    "merah_az_penilaian_baik_tanpa_target_capaian.xlsx": _penilaian_baik_holds_target("95 %"),
}


def main() -> None:
    for name, build in FIXTURES.items():
        build().save(HERE / name)


if __name__ == "__main__":
    main()
