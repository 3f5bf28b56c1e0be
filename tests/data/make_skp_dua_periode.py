"""Build workbooks that keep the SKP of two periods of one year on two sheets, as a JF promoted or moved in
mid-year keeps them: ``SKP Jan-Jun`` (1 Januari sd 30 Juni 2025) in front of ``SKP Jul-Des`` (1 Juli sd 31
Desember 2025), both from ``clean_jf-dasar.xlsx`` (its Keterkaitan AK, Penilaian and Perilaku sheets stay, and
belong to the latest period's SKP).

Run ``python tests/data/make_skp_dua_periode.py`` to regenerate; the files are committed beside it.

* ``skp_dua_periode_bersih.xlsx``: both plans clean: nothing to report (the first period's sheet alone has
  no Keterkaitan AK of its own, which says nothing sure about it).
* ``skp_dua_periode_cacat_periode_awal.xlsx``: the first period's plan has aspek ``Efektivitas`` (E17) and an
  IKI without target (H19): both reported on ``SKP Jan-Jun``, which the latest period's check alone never
  read.
* ``skp_dua_periode_tahun_lain.xlsx``: the same defects on a sheet for 1 Januari sd 30 Juni 2024: last
  year's SKP kept in the workbook, not checked.
* ``skp_dua_periode_kosong.xlsx``: the first period's sheet with its kop filled and no RK (a form prepared,
  not yet written): not judged.
* ``skp_dua_periode_pegawai_lain.xlsx``: the first period's sheet, with its defects, is another pegawai's
  (a workbook collecting a unit's SKP, a sheet each): not checked with this pegawai's.
"""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook

HERE = Path(__file__).parent
DEFECTS = {"E17": "Efektivitas", "H19": None}
BOOKS: dict[str, tuple[str, dict[str, object]]] = {
    "skp_dua_periode_bersih.xlsx": ("2025", {}),
    "skp_dua_periode_cacat_periode_awal.xlsx": ("2025", DEFECTS),
    "skp_dua_periode_tahun_lain.xlsx": ("2024", DEFECTS),
    "skp_dua_periode_pegawai_lain.xlsx": (
        "2025", {**DEFECTS, "C6": "Sri Handayani, S.Kom.", "C7": "19920311 201801 2 002"}
    ),
    "skp_dua_periode_kosong.xlsx": (
        "2025", {f"{c}{r}": None for r in (*range(16, 21), 31) for c in "ABDEFH"}
    ),
}


def main() -> None:
    for name, (year, changes) in BOOKS.items():
        wb = load_workbook(HERE / "clean_jf-dasar.xlsx")
        latest = wb["SKP"]
        latest.title = "SKP Jul-Des"
        latest["A3"] = "PERIODE PENILAIAN: 1 JULI SD 31 DESEMBER 2025"
        first = wb.copy_worksheet(latest)
        first.title = "SKP Jan-Jun"
        first["A3"] = f"PERIODE PENILAIAN: 1 JANUARI SD 30 JUNI {year}"
        for cell, value in changes.items():
            first[cell] = value
        wb.move_sheet(first, offset=-wb.index(first))
        wb.save(HERE / name)


if __name__ == "__main__":
    main()
