"""Build the workbooks that show what the server's Periksa SKP receives differently from the file.

Run ``python tests/data/make_server.py`` to regenerate; the .xlsx files are committed beside it. Each is
the hand-made JA Model Dasar of :mod:`make_layouts` with one thing that xlwings' VBA client
(``RunServerPython``) sends otherwise than the file holds it: the client sends cell values only (no
merged areas, no number formats) and VBA-JSON writes a text of 16-100 digits, dots and E's unquoted.

* ``server_nip_teks_rapat``: both NIPs typed as text without separators (18 digits: a JSON integer);
* ``server_nip_bertitik``: both NIPs written with dots (``19860926.201505.2.001``: a bare token that is
  no JSON);
* ``server_titik_isian``: a notes sheet with a run of placeholder dots (also a bare token);
* ``server_rk_atasan_gabung_dua_rk``: one RK atasan cell merged over both Kinerja Utama RK that
  intervene it;
* ``server_target_berformat_satuan``: targets typed as numbers whose format writes the satuan
  (``12`` shown ``12 dokumen``);
* ``server_target_teks_tanpa_satuan``: one target typed as the text ``12`` with no satuan (a real
  ``target-tanpa-satuan``, which the client sends as text and the server must still report);
* ``server_periode_tanggal``: the period as two date cells (VBA-JSON writes a date with the PC's time
  separator: ``2025-01-01T00.00.00.000Z`` under Indonesian regional settings).

And what Periksa SKP must leave alone in a workbook, whichever way it is pressed:

* ``server_hasil_periksa_milik_instansi``: the agency's own sheet called "Hasil Periksa" (the pengelola
  kinerja's review notes) after the SKP sheet, and the first IKI's target left empty (``iki-tanpa-target``);
* ``server_hasil_periksa_milik_instansi_bersih``: the same notes sheet beside a clean SKP.

And which of two plan sheets is checked:

* ``server_salinan_tersembunyi_bersih``: a hidden backup copy "SKP (lama)" of the same period, first in the
  workbook, whose first target is still empty, before the complete SKP the staff member works on;
* ``server_salinan_tersembunyi_target_kosong``: the other way round: the hidden backup is complete, the
  visible SKP has its first target empty (``iki-tanpa-target`` on SKP).
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from openpyxl import Workbook
from openpyxl.worksheet.worksheet import Worksheet

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).parent))

from make_layouts import (
    PEGAWAI,
    PENILAI,
    TAMBAHAN,
    UTAMA,
    Layout,
    Writer,
    write_footer,
    write_kop,
    write_rencana_ja,
)

HERE = Path(__file__).parent


def _build(layout: Layout, penilai: dict[str, str] = PENILAI, utama: list = UTAMA) -> Workbook:
    wb = Workbook()
    ws = wb.active
    ws.title = "SKP"
    w = Writer(ws)
    write_kop(w, layout, "RENCANA SASARAN KINERJA PEGAWAI", 6, penilai=penilai)
    write_rencana_ja(w, layout, utama=utama, tambahan=TAMBAHAN)
    write_footer(w, 5, penilai=penilai, pegawai=layout.pegawai)
    return wb


def _cell_of(ws: Worksheet, text: str, offset: int = 0):  # noqa: ANN202 (an openpyxl cell)
    """The cell ``offset`` columns right of the first cell holding ``text``."""
    for row in ws.iter_rows():
        for cell in row:
            if cell.value == text:
                return ws.cell(row=cell.row, column=cell.column + offset)
    raise LookupError(text)


def nip_teks_rapat() -> Workbook:
    pegawai = dict(PEGAWAI, nip=PEGAWAI["nip"].replace(" ", ""))
    return _build(Layout(pegawai=pegawai), penilai=dict(PENILAI, nip=PENILAI["nip"].replace(" ", "")))


def _dotted(nip: str) -> str:
    return nip.replace(" ", ".")


def nip_bertitik() -> Workbook:
    pegawai = dict(PEGAWAI, nip=_dotted(PEGAWAI["nip"]))
    return _build(Layout(pegawai=pegawai), penilai=dict(PENILAI, nip=_dotted(PENILAI["nip"])))


def titik_isian() -> Workbook:
    wb = _build(Layout())
    notes = wb.create_sheet("Catatan Reviu")
    notes["A1"] = "Catatan pengelola kinerja:"
    notes["A2"] = "." * 40
    notes["A3"] = "." * 40
    return wb


def rk_atasan_gabung_dua_rk() -> Workbook:
    atasan = UTAMA[0][0]
    utama = [(atasan, rk, ikis) for _, rk, ikis in UTAMA]
    wb = _build(Layout(), utama=utama)
    ws = wb["SKP"]
    first = _cell_of(ws, atasan)
    last_row = _cell_of(ws, utama[1][1]).row + len(utama[1][2]) - 1
    for area in [a for a in ws.merged_cells.ranges if a.min_col == first.column and a.min_row >= first.row
                 and a.max_row <= last_row]:
        ws.unmerge_cells(str(area))
    ws.merge_cells(start_row=first.row, start_column=first.column, end_row=last_row, end_column=first.column)
    return wb


def target_berformat_satuan() -> Workbook:
    wb = _build(Layout())
    ws = wb["SKP"]
    for _, _, ikis in UTAMA + TAMBAHAN:
        for _, iki, angka, satuan in ikis:
            if satuan == "%":
                continue
            cell = _cell_of(ws, iki, 1)
            cell.value = angka
            cell.number_format = f'#,##0 "{satuan}"'
    return wb


def target_teks_tanpa_satuan() -> Workbook:
    wb = _build(Layout())
    _cell_of(wb["SKP"], UTAMA[0][2][0][1], 1).value = "12"
    return wb


def periode_tanggal() -> Workbook:
    wb = _build(Layout())
    ws = wb["SKP"]
    label = _cell_of(ws, "PERIODE PENILAIAN: 1 JANUARI SD 31 DESEMBER 2025")
    label.value = "PERIODE PENILAIAN"
    for offset, value in ((2, dt.datetime(2025, 1, 1)), (3, "s.d."), (4, dt.datetime(2025, 12, 31))):
        cell = ws.cell(row=label.row, column=label.column + offset, value=value)
        if isinstance(value, dt.datetime):
            cell.number_format = "d mmmm yyyy"
    return wb


def _review_notes(wb: Workbook) -> Workbook:
    notes = wb.create_sheet("Hasil Periksa")
    notes["A1"] = "CATATAN HASIL PERIKSA PENGELOLA KINERJA"
    notes.append(["No", "Catatan", "Tindak lanjut"])
    notes.append([1, "RK kedua perlu diselaraskan dengan Renstra", "sudah"])
    return wb


def hasil_periksa_milik_instansi() -> Workbook:
    wb = _review_notes(_build(Layout()))
    _cell_of(wb["SKP"], UTAMA[0][2][0][1], 1).value = None
    return wb


def hasil_periksa_milik_instansi_bersih() -> Workbook:
    return _review_notes(_build(Layout()))


def _with_hidden_backup(stale_backup: bool) -> Workbook:
    wb = _build(Layout())
    backup = wb.copy_worksheet(wb["SKP"])
    backup.title = "SKP (lama)"
    backup.sheet_state = "hidden"
    wb.move_sheet(backup, offset=-wb.index(backup))
    wb.active = 1
    _cell_of(wb["SKP (lama)" if stale_backup else "SKP"], UTAMA[0][2][0][1], 1).value = None
    return wb


def salinan_tersembunyi_bersih() -> Workbook:
    return _with_hidden_backup(stale_backup=True)


def salinan_tersembunyi_target_kosong() -> Workbook:
    return _with_hidden_backup(stale_backup=False)


BUILDERS = {
    "server_nip_teks_rapat": nip_teks_rapat,
    "server_nip_bertitik": nip_bertitik,
    "server_titik_isian": titik_isian,
    "server_rk_atasan_gabung_dua_rk": rk_atasan_gabung_dua_rk,
    "server_target_berformat_satuan": target_berformat_satuan,
    "server_target_teks_tanpa_satuan": target_teks_tanpa_satuan,
    "server_periode_tanggal": periode_tanggal,
    "server_hasil_periksa_milik_instansi": hasil_periksa_milik_instansi,
    "server_hasil_periksa_milik_instansi_bersih": hasil_periksa_milik_instansi_bersih,
    "server_salinan_tersembunyi_bersih": salinan_tersembunyi_bersih,
    "server_salinan_tersembunyi_target_kosong": salinan_tersembunyi_target_kosong,
}


def main() -> None:
    for name, build in BUILDERS.items():
        build().save(HERE / f"{name}.xlsx")


if __name__ == "__main__":
    main()
