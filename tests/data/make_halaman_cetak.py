"""Build SKP JA Model Dasar workbooks kept as printed and signed, with openpyxl.

Run ``python tests/data/make_halaman_cetak.py`` to regenerate; the .xlsx files are committed beside it.

* ``cetak_ttd_tiap_halaman_*``: the table breaks over two printed pages; page 1 ends with its own signature
  block (place and date, ``Pegawai yang Dinilai`` / ``Pejabat Penilai Kinerja``, ``ttd``, names, NIP) and
  ``Halaman 1 dari 2``; page 2 opens with a blank area, ``Lanjutan`` and only the column-number row.
* ``cetak_ttd_samping_*``: the signature block stands right of the table, beside its rows.
* ``cetak_dua_sheet_*``: the form split over two sheets, one per printed page (``SKP Hal 1``, ``SKP Hal 2``);
  the second opens with ``(lanjutan)`` and the column-number row or the whole header, and is signed.
* ``cetak_sheet_petunjuk``: a signed plan and an instructions sheet showing the header with an example row.
* ``cetak_nomor_halaman_*``: ``Halaman 1 dari 2`` alone under the TARGET column, ``- 2 -``, the header again.
* ``cetak_dua_formulir``: two SKP forms one under the other on one sheet (last year's under this year's):
  the second, with its own period and identity, is no second page of the first.

``*_bersih`` is clean; the others carry one defect on the first RK after the break or beside the signature.
"""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.worksheet.pagebreak import Break
from openpyxl.worksheet.worksheet import Worksheet

HERE = Path(__file__).parent

PEGAWAI = ("Rina Kartikasari, S.E.", "19880314 201101 2 004", "Penata Muda Tingkat I, III/b",
           "Pengelola Keuangan", "Subbagian Keuangan")
PENILAI = ("Hadi Purnomo, S.Sos.", "19750821 200003 1 003", "Penata Tingkat I, III/d",
           "Kepala Subbagian Keuangan", "Sekretariat DPRD")
RK = [
    ("Terkelolanya keuangan sekretariat secara akuntabel", "Surat perintah membayar yang terbit tepat waktu",
     [("Kuantitas", "Jumlah SPM yang diterbitkan", "240 dokumen"),
      ("Waktu", "Waktu penerbitan SPM sejak SPP lengkap", "2 hari")]),
    ("Terkelolanya keuangan sekretariat secara akuntabel", "Laporan realisasi anggaran yang tersaji akurat",
     [("Kuantitas", "Jumlah laporan realisasi anggaran", "12 laporan"),
      ("Kualitas", "Persentase laporan tanpa koreksi inspektorat", "90 %")]),
    ("Meningkatnya tertib administrasi perjalanan dinas", "Bukti perjalanan dinas yang terverifikasi",
     [("Kuantitas", "Jumlah berkas perjalanan dinas yang diverifikasi", "300 berkas")]),
]
HEADER = ("NO", "RENCANA KINERJA ATASAN LANGSUNG/UNIT KERJA/ORGANISASI", "RENCANA KINERJA", "ASPEK",
          "INDIKATOR KINERJA INDIVIDU", "TARGET")


def _kop(ws: Worksheet, r: int, period: str, pegawai: tuple[str, ...] = PEGAWAI) -> int:
    ws.cell(r, 1, "RENCANA SASARAN KINERJA PEGAWAI")
    ws.cell(r + 1, 1, "SEKRETARIAT DPRD KABUPATEN CONTOH")
    ws.cell(r + 2, 1, f"PERIODE PENILAIAN: {period}")
    r += 4
    ws.cell(r, 1, "NO")
    ws.cell(r, 2, "PEGAWAI YANG DINILAI")
    ws.cell(r, 4, "NO")
    ws.cell(r, 5, "PEJABAT PENILAI KINERJA")
    for i, label in enumerate(("NAMA", "NIP", "PANGKAT/GOL RUANG", "JABATAN", "UNIT KERJA")):
        ws.cell(r + 1 + i, 1, i + 1)
        ws.cell(r + 1 + i, 2, label)
        ws.cell(r + 1 + i, 3, pegawai[i])
        ws.cell(r + 1 + i, 4, i + 1)
        ws.cell(r + 1 + i, 5, label)
        ws.cell(r + 1 + i, 6, PENILAI[i])
    return r + 7


def _header(ws: Worksheet, r: int, numbers_only: bool = False) -> int:
    if not numbers_only:
        for c, label in enumerate(HEADER, 1):
            ws.cell(r, c, label)
        r += 1
    for c in range(1, 7):
        ws.cell(r, c, c)
    return r + 1


def _rk(ws: Worksheet, r: int, n: int, rk: tuple, atasan: str | None = "", target_gone: bool = False) -> int:
    atasan_text, text, ikis = rk
    ws.cell(r, 1, n)
    ws.cell(r, 2, atasan_text if atasan == "" else atasan)
    ws.cell(r, 3, text)
    for j, (aspek, iki, target) in enumerate(ikis):
        ws.cell(r + j, 4, aspek)
        ws.cell(r + j, 5, iki)
        ws.cell(r + j, 6, None if (target_gone and j == 0) else target)
    if len(ikis) > 1:
        for c in (1, 2, 3):
            ws.merge_cells(start_row=r, start_column=c, end_row=r + len(ikis) - 1, end_column=c)
    return r + len(ikis)


def _signature(ws: Worksheet, r: int, left: int = 2, right: int = 5) -> int:
    ws.cell(r, right, "Bantul, 3 Januari 2026")
    ws.cell(r + 1, left, "Pegawai yang Dinilai,")
    ws.cell(r + 1, right, "Pejabat Penilai Kinerja,")
    ws.cell(r + 2, left, "ttd")
    ws.cell(r + 2, right, "ttd")
    ws.cell(r + 5, left, PEGAWAI[0].upper())
    ws.cell(r + 5, right, PENILAI[0].upper())
    ws.cell(r + 6, left, f"NIP. {PEGAWAI[1]}")
    ws.cell(r + 6, right, f"NIP. {PENILAI[1]}")
    return r + 7


def tiap_halaman(defect: bool) -> Workbook:
    wb = Workbook()
    ws = wb.active
    ws.title = "SKP"
    r = _kop(ws, 1, "1 JANUARI SD 31 DESEMBER 2026")
    r = _header(ws, r)
    ws.cell(r, 1, "A. KINERJA UTAMA")
    r = _rk(ws, r + 1, 1, RK[0])
    r = _signature(ws, r + 1)
    ws.cell(r, 6, "Halaman 1 dari 2")
    ws.row_breaks.append(Break(id=r))
    r += 3
    ws.cell(r, 1, "Lanjutan")
    r = _header(ws, r + 1, numbers_only=True)
    r = _rk(ws, r, 2, RK[1], atasan=None if defect else "")
    r = _rk(ws, r, 3, RK[2])
    ws.cell(r, 1, "B. KINERJA TAMBAHAN")
    ws.cell(r + 2, 1, "Catatan: bukti dukung disimpan pada Subbagian Keuangan.")
    _signature(ws, r + 4)
    return wb


def samping(defect: bool) -> Workbook:
    wb = Workbook()
    ws = wb.active
    ws.title = "Rencana SKP"
    r = _kop(ws, 1, "1 JANUARI SD 31 DESEMBER 2026")
    top = r
    r = _header(ws, r)
    ws.cell(r, 1, "A. KINERJA UTAMA")
    r = _rk(ws, r + 1, 1, RK[0])
    r = _rk(ws, r, 2, RK[1])
    r = _rk(ws, r, 3, RK[2], target_gone=defect)
    ws.cell(r, 1, "B. KINERJA TAMBAHAN")
    beside = ["Bantul, 3 Januari 2026", "Pejabat Penilai Kinerja,", "ttd", "", PENILAI[0].upper(),
              f"NIP. {PENILAI[1]}", "Pegawai yang Dinilai,", "ttd", "", PEGAWAI[0].upper(),
              f"NIP. {PEGAWAI[1]}"]
    for i, text in enumerate(beside):
        if text:
            ws.cell(top + i, 8, text)
    return wb


def dua_formulir() -> Workbook:
    wb = Workbook()
    ws = wb.active
    ws.title = "SKP"
    r = _kop(ws, 1, "1 JANUARI SD 31 DESEMBER 2026")
    r = _header(ws, r)
    ws.cell(r, 1, "A. KINERJA UTAMA")
    r = _rk(ws, r + 1, 1, RK[0])
    r = _rk(ws, r, 2, RK[1])
    r = _signature(ws, r + 1)
    r = _kop(ws, r + 2, "1 JANUARI SD 31 DESEMBER 2025")
    r = _header(ws, r, numbers_only=True)
    ws.cell(r, 1, "A. KINERJA UTAMA")
    _rk(ws, r + 1, 1, RK[2], atasan=None, target_gone=True)
    return wb


def dua_sheet(full_header: bool, defect: str | None) -> Workbook:
    """Page 1 on ``SKP Hal 1`` (kop, header, RK 1–2, unsigned), page 2 on ``SKP Hal 2``: ``(lanjutan)``,
    the header or only its column-number row, RK 3, notes and the signature block."""
    wb = Workbook()
    ws = wb.active
    ws.title = "SKP Hal 1"
    r = _kop(ws, 1, "1 JANUARI SD 31 DESEMBER 2026")
    r = _header(ws, r)
    ws.cell(r, 1, "A. KINERJA UTAMA")
    r = _rk(ws, r + 1, 1, RK[0])
    _rk(ws, r, 2, RK[1])
    ws2 = wb.create_sheet("SKP Hal 2")
    ws2.cell(1, 1, "(lanjutan)")
    r = _header(ws2, 2, numbers_only=not full_header)
    r = _rk(ws2, r, 3, RK[2], atasan=None if defect == "rk-atasan" else "", target_gone=defect == "target")
    ws2.cell(r, 1, "B. KINERJA TAMBAHAN")
    _signature(ws2, r + 2)
    return wb


def sheet_contoh() -> Workbook:
    """A signed plan, then an instructions sheet showing the header with an unfilled example row: no
    second page of the plan."""
    wb = Workbook()
    ws = wb.active
    ws.title = "SKP"
    r = _kop(ws, 1, "1 JANUARI SD 31 DESEMBER 2026")
    r = _header(ws, r)
    ws.cell(r, 1, "A. KINERJA UTAMA")
    r = _rk(ws, r + 1, 1, RK[0])
    r = _rk(ws, r, 2, RK[1])
    _signature(ws, r + 1)
    ws2 = wb.create_sheet("Petunjuk")
    ws2.cell(1, 1, "Contoh pengisian tabel Rencana SKP")
    r = _header(ws2, 2)
    _rk(ws2, r, 1, RK[2], atasan=None, target_gone=True)
    return wb


def nomor_halaman(defect: bool) -> Workbook:
    """``Halaman 1 dari 2`` alone in the TARGET column right under page 1's last IKI, ``- 2 -`` in the NO
    column, then the whole header again; no signature block between the pages."""
    wb = Workbook()
    ws = wb.active
    ws.title = "SKP"
    r = _kop(ws, 1, "1 JANUARI SD 31 DESEMBER 2026")
    r = _header(ws, r)
    ws.cell(r, 1, "A. KINERJA UTAMA")
    r = _rk(ws, r + 1, 1, RK[0])
    ws.cell(r, 6, "Halaman 1 dari 2")
    ws.cell(r + 1, 1, "- 2 -")
    r = _header(ws, r + 2)
    r = _rk(ws, r, 2, RK[1], target_gone=defect)
    r = _rk(ws, r, 3, RK[2])
    ws.cell(r, 1, "B. KINERJA TAMBAHAN")
    _signature(ws, r + 2)
    return wb


def build() -> dict[str, Workbook]:
    return {
        "cetak_nomor_halaman_bersih": nomor_halaman(False),
        "cetak_nomor_halaman_iki_tanpa_target": nomor_halaman(True),
        "cetak_dua_sheet_bersih": dua_sheet(False, None),
        "cetak_dua_sheet_iki_tanpa_target": dua_sheet(False, "target"),
        "cetak_dua_sheet_judul_penuh_rk_atasan_kosong": dua_sheet(True, "rk-atasan"),
        "cetak_sheet_petunjuk": sheet_contoh(),
        "cetak_ttd_tiap_halaman_bersih": tiap_halaman(False),
        "cetak_ttd_tiap_halaman_rk_atasan_kosong": tiap_halaman(True),
        "cetak_ttd_samping_bersih": samping(False),
        "cetak_ttd_samping_iki_tanpa_target": samping(True),
        "cetak_dua_formulir": dua_formulir(),
    }


if __name__ == "__main__":
    for name, wb in build().items():
        wb.save(HERE / f"{name}.xlsx")
