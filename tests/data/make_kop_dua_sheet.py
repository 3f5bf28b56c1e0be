"""Build JA Model Dasar plans written over two sheets, ``SKP (1)`` (kop and Kinerja Utama) and ``SKP (2)``
(the header repeated, the last RK, Kinerja Tambahan and the signatures), whose two kop block titles are both
misspelt (``PEGWAAI YANG DINILAI``, ``PEJABAT PENILAI KERJA``), for ``tests/test_kop_dua_sheet.py`` (found by
``benchmarks/gangguan.py`` ``salah-ketik`` on the held-out set ``nyata_be``).

Run ``python tests/data/make_kop_dua_sheet.py`` to regenerate; the files are committed beside it.

* ``kop_dua_sheet_judul_salah_ketik``: clean. The identity labels (NAMA, NIP …) still stand above the header
  of ``SKP (1)`` only, so that sheet is the plan's first, whose kop is read.
* ``kop_dua_sheet_judul_salah_ketik_nip_salah``: the same, the pegawai's NIP one digit short (C7).
"""

from __future__ import annotations

from pathlib import Path

from make_tempel import COLUMNS, LABELS, PEGAWAI, PENILAI, _foot, _rows
from openpyxl import Workbook
from openpyxl.worksheet.worksheet import Worksheet

HERE = Path(__file__).resolve().parent


def _kop(ws: Worksheet, nip: str) -> None:
    ws["A1"] = "RENCANA SASARAN KINERJA PEGAWAI"
    ws["A2"] = "DINAS PERHUBUNGAN KABUPATEN CONTOH"
    ws["A3"] = "PERIODE PENILAIAN: 1 JANUARI SD 31 DESEMBER 2026"
    ws["A5"], ws["B5"], ws["D5"], ws["E5"] = "NO", "PEGWAAI YANG DINILAI", "NO", "PEJABAT PENILAI KERJA"
    for n, (label, mine, theirs) in enumerate(zip(LABELS, PEGAWAI, PENILAI, strict=True)):
        ws.cell(6 + n, 1, n + 1)
        ws.cell(6 + n, 2, label)
        ws.cell(6 + n, 3, nip if label == "NIP" else mine)
        ws.cell(6 + n, 4, n + 1)
        ws.cell(6 + n, 5, label)
        ws.cell(6 + n, 6, theirs)


def _header(ws: Worksheet, r: int) -> int:
    for c, label in enumerate(COLUMNS, 1):
        ws.cell(r, c, label)
    return r + 1


def plan(nip: str) -> Workbook:
    wb = Workbook()
    first = wb.active
    first.title = "SKP (1)"
    _kop(first, nip)
    _rows(first, _header(first, 12), [
        ("A. KINERJA UTAMA", None, None, None, None, None),
        (1, "Meningkatnya kualitas layanan angkutan umum", "Angkutan umum perdesaan melayani trayek",
         "Kuantitas", "Jumlah trayek perdesaan yang dilayani", "12 trayek"),                      # 14
        (None, None, None, "Kualitas", "Persentase armada yang laik jalan", "90 %"),
    ])
    second = wb.create_sheet("SKP (2)")
    r = _rows(second, _header(second, 1), [
        (2, "Meningkatnya keselamatan lalu lintas", "Rambu lalu lintas terpasang lengkap", "Kuantitas",
         "Jumlah rambu yang terpasang", "150 unit"),                                              # 2
        (None, None, None, "Waktu", "Waktu pemasangan rambu", "6 bulan"),
        ("B. KINERJA TAMBAHAN", None, None, None, None, None),
        (1, None, "Sertifikat pelatihan manajemen transportasi diperoleh", "Kuantitas",
         "Jumlah sertifikat yang diperoleh", "1 sertifikat"),
    ])
    _foot(second, r)
    return wb


def main() -> None:
    nip = next(p for label, p in zip(LABELS, PEGAWAI, strict=True) if label == "NIP")
    plan(nip).save(HERE / "kop_dua_sheet_judul_salah_ketik.xlsx")
    plan(nip[:-1]).save(HERE / "kop_dua_sheet_judul_salah_ketik_nip_salah.xlsx")


if __name__ == "__main__":
    main()
