"""Build the ``ja_dasar_tempel_*`` and ``ja_dasar_judul_terbelah`` workbooks: a Rencana SKP JA Model Dasar
pasted into Excel from a Word document or a PDF (general causes found by the held-out set
``benchmarks/nyata_y``):

- ``tempel_baris``: each line of a cell on its own row, those rows otherwise empty, no merged cells;
  ``_target_kosong`` adds an IKI row of its own with neither aspek nor target;
- ``tempel_gabung``: the same in capitals with the row's other cells merged over its lines;
  ``_target_kosong`` adds, under the merge, an IKI row with neither aspek nor target;
- ``excel_kapital_target_kosong``: no paste at all, a form filled in Excel in capitals whose last IKI row
  under merged NO and RK cells has neither aspek nor target (a row of its own, though not sentence-cased);
- ``excel_huruf_kecil``: no paste, a form typed all in small letters whose second RK carries its number
  on its second row: its first row starts in small letters, as every text there does, and is a new RK;
- ``tempel_pdf``: a PDF copy, no merged cells, the RK and RK atasan lines going on down the rows of the
  RK's next IKI; ``_atasan_kosong`` leaves the second RK without RK atasan; ``_kapital`` and ``_huruf_kecil``
  type the table all in capitals or all in small letters;
- ``tempel_pdf_terlipat``: a PDF copy whose narrow TARGET cells fold after their number (``12`` / ``trayek``,
  ``90`` / ``%`` on a row of its own); ``_target_kosong`` adds an IKI row of its own with neither aspek nor
  target under the folds;
- ``pengembangan_pdf_terlipat``: the same in a JA Model Pengembangan form, kategori ``CUKUP | BAIK |
  SANGAT BAIK`` and cara memantau folding too (``< 28`` / ``unit kerja``, ``Laporan`` / ``realisasi
  belanja``);
  ``_tanpa_satuan`` leaves the first target (``28``, a Jumlah IKI) a bare number with nothing folded
  under it;
- ``judul_terbelah``: the labels RENCANA KINERJA ATASAN YANG DIINTERVENSI and INDIKATOR KINERJA INDIVIDU
  written over two header rows;
- ``aspek_terpenggal``: words hyphenated across a line break inside one cell (``Kuan-`` / ``titas``);
- ``jpt_dasar_manual_tempel``: ``form_jpt_dasar`` whose second Manual block has its RENCANA KINERJA and
  INDIKATOR KINERJA INDIVIDU values on two rows each, the second row without a label.

Usage: ``python tests/data/make_tempel.py``.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from openpyxl import Workbook, load_workbook
from openpyxl.worksheet.worksheet import Worksheet

HERE = Path(__file__).resolve().parent
PEGAWAI = ("Andi Pratama, S.T.", "19880412 201403 1 002", "Penata Muda Tingkat I, III/b",
           "Kepala Seksi Angkutan", "Bidang Lalu Lintas dan Angkutan Dinas Perhubungan Kabupaten Contoh")
PENILAI = ("Ir. Sutrisno, M.T.", "19700101 199503 1 004", "Pembina, IV/a",
           "Kepala Bidang Lalu Lintas dan Angkutan", "Dinas Perhubungan Kabupaten Contoh")
LABELS = ("NAMA", "NIP", "PANGKAT/GOL RUANG", "JABATAN", "UNIT KERJA")
COLUMNS = ("NO", "RENCANA KINERJA ATASAN YANG DIINTERVENSI", "RENCANA KINERJA", "ASPEK",
           "INDIKATOR KINERJA INDIVIDU", "TARGET")


def _head(ws: Worksheet, split_labels: bool = False) -> int:
    """Title, period and identity; the column header on row 12 (and 13 when split). Returns the first
    row under the header."""
    ws["A1"] = "RENCANA SASARAN KINERJA PEGAWAI"
    ws["A2"] = "DINAS PERHUBUNGAN KABUPATEN CONTOH"
    ws["A3"] = "PERIODE PENILAIAN: 1 JANUARI SD 31 DESEMBER 2026"
    ws["A5"], ws["B5"], ws["D5"], ws["E5"] = "NO", "PEGAWAI YANG DINILAI", "NO", "PEJABAT PENILAI KINERJA"
    for n, (label, mine, theirs) in enumerate(zip(LABELS, PEGAWAI, PENILAI, strict=True)):
        r = 6 + n
        ws.cell(r, 1, n + 1)
        ws.cell(r, 2, label)
        ws.cell(r, 3, mine)
        ws.cell(r, 4, n + 1)
        ws.cell(r, 5, label)
        ws.cell(r, 6, theirs)
    if not split_labels:
        for c, label in enumerate(COLUMNS, 1):
            ws.cell(12, c, label)
        return 13
    for c, (top, below) in enumerate([("NO", None), ("RENCANA KINERJA", "ATASAN YANG DIINTERVENSI"),
                                      ("RENCANA KINERJA", None), ("ASPEK", None),
                                      ("INDIKATOR KINERJA", "INDIVIDU"), ("TARGET", None)], 1):
        ws.cell(12, c, top)
        if below:
            ws.cell(13, c, below)
    return 14


def _rows(ws: Worksheet, r: int, rows: list[tuple]) -> int:
    """Write table rows (NO, RK atasan, RK, aspek, IKI, target), ``None`` for an empty cell."""
    for row in rows:
        for c, v in enumerate(row, 1):
            if v is not None:
                ws.cell(r, c, v)
        r += 1
    return r


def _foot(ws: Worksheet, r: int) -> None:
    ws.cell(r + 1, 5, "Kabupaten Contoh, 2 Januari 2026")
    ws.cell(r + 2, 2, "Pejabat Penilai Kinerja,")
    ws.cell(r + 2, 5, "Pegawai yang Dinilai,")
    ws.cell(r + 6, 2, PENILAI[0])
    ws.cell(r + 6, 5, PEGAWAI[0])


def _save(wb: Workbook, name: str) -> None:
    wb.save(HERE / name)


def tempel_baris(target_kosong: bool = False) -> Workbook:
    wb = Workbook()
    ws = wb.active
    ws.title = "SKP"
    r = _head(ws)
    rows = [
        ("A. KINERJA UTAMA", None, None, None, None, None),
        ("1.", "Meningkatnya kualitas layanan", "Angkutan umum perdesaan melayani", "Kuantitas",
         "Jumlah trayek perdesaan yang", "12 trayek"),                                           # 14
        (None, "angkutan umum di kabupaten", "trayek yang ditetapkan", None, "dilayani angkutan umum", None),
        (None, None, None, "Kualitas", "Persentase armada angkutan umum", "90 %"),               # 16
        (None, None, None, None, "yang laik jalan", None),
        ("2.", "Meningkatnya keselamatan lalu lintas", "Rambu lalu lintas pada ruas jalan", "Kuantitas",
         "Jumlah rambu yang terpasang", "150 unit"),                                            # 18
        (None, "di jalan kabupaten", "rawan kecelakaan terpasang lengkap", None, None, None),
        (None, None, None, "Waktu", "Waktu pemasangan rambu", "6 bulan"),                        # 20
    ]
    if target_kosong:
        rows.append((None, None, None, None, "Persentase laporan kerusakan rambu", None))      # 21
        rows.append((None, None, None, None, "yang ditindaklanjuti", None))
    rows += [
        ("B. KINERJA TAMBAHAN", None, None, None, None, None),
        ("1.", None, "Sertifikat pelatihan manajemen", "Kuantitas", "Jumlah sertifikat yang diperoleh",
         "1 sertifikat"),
        (None, None, "transportasi diperoleh", None, None, None),
    ]
    _foot(ws, _rows(ws, r, rows))
    return wb


def tempel_gabung(target_kosong: bool = False) -> Workbook:
    wb = Workbook()
    ws = wb.active
    ws.title = "SKP"
    r = _head(ws)
    rows = [
        ("A. KINERJA UTAMA", None, None, None, None, None),
        ("1.", "MENINGKATNYA KUALITAS LAYANAN", "ANGKUTAN UMUM PERDESAAN MELAYANI", "KUANTITAS",
         "JUMLAH TRAYEK PERDESAAN YANG", "12 TRAYEK"),                                           # 14
        (None, "ANGKUTAN UMUM DI KABUPATEN", "TRAYEK YANG DITETAPKAN", None, "DILAYANI ANGKUTAN UMUM", None),
        (None, None, None, "KUALITAS", "PERSENTASE ARMADA ANGKUTAN UMUM", "90 %"),               # 16
        (None, None, None, None, "YANG LAIK JALAN", None),
    ]
    if target_kosong:
        rows.append((None, None, None, None, "PERSENTASE TRAYEK DENGAN", None))                # 18
        rows.append((None, None, None, None, "JADWAL TETAP", None))
    _rows(ws, r, rows)
    ws.merge_cells("A14:A17")
    for col in "DF":
        ws.merge_cells(f"{col}14:{col}15")
        ws.merge_cells(f"{col}16:{col}17")
    end = r + len(rows)
    end = _rows(ws, end, [
        ("B. KINERJA TAMBAHAN", None, None, None, None, None),
        ("1.", None, "SERTIFIKAT PELATIHAN MANAJEMEN TRANSPORTASI DIPEROLEH", "KUANTITAS",
         "JUMLAH SERTIFIKAT YANG DIPEROLEH", "1 SERTIFIKAT"),
    ])
    _foot(ws, end)
    return wb


def excel_kapital_target_kosong() -> Workbook:
    """Not a paste: a form filled in Excel in capitals, one line per cell, NO and the RK cells merged over
    the RK's three IKI rows, the third IKI row (16) with neither aspek nor target. Its IKI text does not
    start as a sentence does (all capitals), yet its row is its own: its target cell is not merged with the
    row above while the RK's are, so the paste rule (other cells merged over the lines) does not hold."""
    wb = Workbook()
    ws = wb.active
    ws.title = "SKP"
    r = _head(ws)
    end = _rows(ws, r, [
        ("A. KINERJA UTAMA", None, None, None, None, None),
        (1, "MENINGKATNYA KUALITAS LAYANAN ANGKUTAN UMUM", "ANGKUTAN UMUM PERDESAAN MELAYANI TRAYEK",
         "KUANTITAS", "JUMLAH TRAYEK PERDESAAN YANG DILAYANI", "12 TRAYEK"),                       # 14
        (None, None, None, "KUALITAS", "PERSENTASE ARMADA YANG LAIK JALAN", "90 %"),              # 15
        (None, None, None, None, "PERSENTASE TRAYEK DENGAN JADWAL TETAP", None),                 # 16
        ("B. KINERJA TAMBAHAN", None, None, None, None, None),
        (1, None, "SERTIFIKAT PELATIHAN MANAJEMEN TRANSPORTASI DIPEROLEH", "KUANTITAS",
         "JUMLAH SERTIFIKAT YANG DIPEROLEH", "1 SERTIFIKAT"),
    ])
    for col in "ABC":
        ws.merge_cells(f"{col}14:{col}16")
    _foot(ws, end)
    return wb


def excel_huruf_kecil() -> Workbook:
    """Not a paste: a form typed all in small letters in Excel, nothing merged, the RK repeated on each of
    its IKI rows and the second RK's number written on its second row (17), not its first (16). Row 16's
    RK starts in small letters like every text of the table, so its case says nothing: a new RK."""
    wb = Workbook()
    ws = wb.active
    ws.title = "SKP"
    r = _head(ws)
    atasan_1, atasan_2 = "meningkatnya kualitas layanan angkutan umum", "meningkatnya keselamatan lalu lintas"
    rk_1, rk_2 = "angkutan umum perdesaan melayani trayek", "rambu lalu lintas terpasang lengkap"
    end = _rows(ws, r, [
        ("a. kinerja utama", None, None, None, None, None),
        (1, atasan_1, rk_1, "kuantitas", "jumlah trayek perdesaan yang dilayani", "12 trayek"),      # 14
        (1, atasan_1, rk_1, "kualitas", "persentase armada yang laik jalan", "90 %"),                # 15
        (None, atasan_2, rk_2, "kuantitas", "jumlah rambu yang terpasang", "150 unit"),              # 16
        (2, atasan_2, rk_2, "waktu", "waktu pemasangan rambu", "6 bulan"),                           # 17
        ("b. kinerja tambahan", None, None, None, None, None),
        (1, None, "sertifikat pelatihan manajemen transportasi diperoleh", "kuantitas",
         "jumlah sertifikat yang diperoleh", "1 sertifikat"),
    ])
    _foot(ws, end)
    return wb


def tempel_pdf(atasan_kosong: bool = False, case: Callable[[str], str] | None = None) -> Workbook:
    """``case`` (``str.upper``, ``str.lower``): every text of the table typed so, which says nothing about
    where an RK's lines go on."""
    wb = Workbook()
    ws = wb.active
    ws.title = "SKP"
    r = _head(ws)
    atasan2 = (None, None) if atasan_kosong else (
        "Meningkatnya keselamatan lalu", "lintas di jalan kabupaten")
    rows = [
        ("A. KINERJA UTAMA", None, None, None, None, None),
        ("1.", "Meningkatnya kualitas layanan", "Angkutan umum perdesaan melayani", "Kuantitas",
         "Jumlah trayek perdesaan yang dilayani", "12 trayek"),                                  # 14
        (None, "angkutan umum di kabupaten", "trayek yang ditetapkan dengan", "Kualitas",
         "Persentase armada yang laik jalan", "90 %"),                                         # 15
        (None, None, "jadwal tetap", "Waktu", "Waktu penetapan jadwal trayek", "3 bulan"),      # 16
        ("2.", atasan2[0], "Rambu lalu lintas pada ruas jalan", "Kuantitas", "Jumlah rambu yang terpasang",
         "150 unit"),                                                                           # 17
        (None, atasan2[1], "rawan kecelakaan terpasang", "Waktu", "Waktu pemasangan rambu", "6 bulan"),
        ("B. KINERJA TAMBAHAN", None, None, None, None, None),
        ("1.", None, "Sertifikat pelatihan manajemen", "Kuantitas", "Jumlah sertifikat yang diperoleh",
         "1 sertifikat"),
        (None, None, "transportasi diperoleh", None, None, None),
    ]
    if case is not None:
        rows = [tuple(case(v) if isinstance(v, str) else v for v in row) for row in rows]
    _foot(ws, _rows(ws, r, rows))
    return wb


def tempel_pdf_terlipat(target_kosong: bool = False) -> Workbook:
    wb = Workbook()
    ws = wb.active
    ws.title = "SKP"
    r = _head(ws)
    rows = [
        ("A. KINERJA UTAMA", None, None, None, None, None),
        ("1.", "Meningkatnya kualitas layanan", "Angkutan umum perdesaan melayani", "Kuantitas",
         "Jumlah trayek perdesaan yang", "12"),                                                   # 14
        (None, "angkutan umum di kabupaten", "trayek yang ditetapkan", None, "dilayani angkutan umum",
         "trayek"),
        (None, None, None, "Kualitas", "Persentase armada angkutan umum yang laik jalan", "90"),  # 16
        (None, None, None, None, None, "%"),
        ("2.", "Meningkatnya keselamatan lalu lintas", "Rambu lalu lintas pada ruas jalan", "Kuantitas",
         "Jumlah rambu yang terpasang", "150 unit"),                                             # 18
        (None, "di jalan kabupaten", "rawan kecelakaan terpasang lengkap", None, None, None),
        (None, None, None, "Waktu", "Waktu pemasangan rambu", "6"),                               # 20
        (None, None, None, None, None, "bulan"),
    ]
    if target_kosong:
        rows.append((None, None, None, None, "Persentase laporan kerusakan rambu", None))       # 22
        rows.append((None, None, None, None, "yang ditindaklanjuti", None))
    rows.append(("B. KINERJA TAMBAHAN", None, None, None, None, None))
    _foot(ws, _rows(ws, r, rows))
    return wb


def pengembangan_pdf_terlipat(tanpa_satuan: bool = False) -> Workbook:
    """Kategori and cara memantau columns under two header groups (merged over their labels only); the data
    rows, a PDF copy, merge nothing."""
    wb = Workbook()
    ws = wb.active
    ws.title = "SKP"
    _head(ws)
    for c in range(1, 13):
        ws.cell(12, c).value = None
    head = ("NO", "RENCANA KINERJA ATASAN YANG DIINTERVENSI", "RENCANA KINERJA", "ASPEK",
            "INDIKATOR KINERJA INDIVIDU", "TARGET")
    for c, label in enumerate(head, 1):
        ws.cell(12, c, label)
        ws.merge_cells(start_row=12, start_column=c, end_row=13, end_column=c)
    ws.cell(12, 7, "KATEGORI PENILAIAN")
    ws.merge_cells("G12:I12")
    ws.cell(12, 10, "CARA MEMANTAU KINERJA")
    ws.merge_cells("J12:L12")
    levels = ("CUKUP", "BAIK", "SANGAT BAIK", "DATA", "SUMBER DATA", "WAKTU PENGUMPULAN")
    for c, label in enumerate(levels, 7):
        ws.cell(13, c, label)
    first = ("1.", "Tercapainya pengendalian belanja", "Terkendalinya biaya operasional", "Kuantitas",
             "Jumlah unit kerja yang dipantau", "28", "< 28", "28", "> 28", "Laporan", "Subbagian", "Bulanan")
    rows = [
        ("A. KINERJA UTAMA", *[None] * 11),
        first,                                                                                   # 15
        (None, "operasional rumah sakit", "rumah sakit", None, "realisasi belanjanya",
         "unit kerja", "unit kerja", "unit kerja", "unit kerja", "realisasi belanja", "Perbendaharaan", None),
        (None, None, None, "Kualitas", "Persentase belanja yang sesuai anggaran kas", "97",       # 17
         "< 97", "97", "> 97", "Laporan realisasi", "Subbagian Perbendaharaan", "Triwulanan"),
        (None, None, None, None, None, "%", "%", "%", "%", None, None, None),
        ("2.", "Meningkatnya kualitas laporan keuangan", "Tersusunnya laporan keuangan BLUD tepat waktu",
         "Waktu", "Waktu penyampaian laporan keuangan bulanan", "10 hari kerja", "> 10 hari kerja",   # 19
         "10 hari kerja", "< 10 hari kerja", "Surat pengantar laporan", "Subbagian Akuntansi", "Bulanan"),
        ("B. KINERJA TAMBAHAN", *[None] * 11),
    ]
    if tanpa_satuan:  # the TARGET cell of the first IKI (F15) has nothing folded under it
        rows[2] = (*rows[2][:5], None, *rows[2][6:])
    r = 14
    for row in rows:
        for c, v in enumerate(row, 1):
            if v is not None:
                ws.cell(r, c, v)
        r += 1
    _foot(ws, r)
    return wb


def judul_terbelah() -> Workbook:
    wb = Workbook()
    ws = wb.active
    ws.title = "SKP"
    r = _head(ws, split_labels=True)
    end = _rows(ws, r, [
        ("A. KINERJA UTAMA", None, None, None, None, None),
        (1, "Meningkatnya kualitas layanan angkutan umum", "Trayek perdesaan terlayani angkutan umum",
         "Kuantitas", "Jumlah trayek perdesaan yang dilayani", "12 trayek"),
        (None, None, None, "Kualitas", "Persentase armada yang laik jalan", "90 %"),
        ("B. KINERJA TAMBAHAN", None, None, None, None, None),
        (1, None, "Sertifikat pelatihan manajemen transportasi diperoleh", "Kuantitas",
         "Jumlah sertifikat yang diperoleh", "1 sertifikat"),
    ])
    _foot(ws, end)
    return wb


def aspek_terpenggal() -> Workbook:
    wb = Workbook()
    ws = wb.active
    ws.title = "SKP"
    r = _head(ws)
    end = _rows(ws, r, [
        ("A. KINERJA UTAMA", None, None, None, None, None),
        (1, "Meningkatnya kualitas layanan angkutan umum", "Trayek perdesaan terlayani angkutan umum",
         "Kuan-\ntitas", "Jumlah trayek perdesaan yang dilayani", "12 trayek"),
        (None, None, None, "Kua-\nlitas", "Persentase armada yang laik jalan", "90 %"),
        ("B. KINERJA TAMBAHAN", None, None, None, None, None),
        (1, None, "Sertifikat pelatihan manajemen transportasi diperoleh", "Kuantitas",
         "Jumlah sertifikat yang diperoleh", "1 sertifikat"),
    ])
    _foot(ws, end)
    return wb


def manual_tempel() -> Workbook:
    """``form_jpt_dasar`` with the second Manual block's RK (D15) and IKI (D17) values each split over
    two rows, as a paste from Word leaves them."""
    wb = load_workbook(HERE / "form_jpt_dasar.xlsx")
    ws = wb["Manual IKI"]
    for r, first, second in ((17, "Persentase permohonan", "informasi terlayani"),
                             (15, "Meningkatnya kualitas layanan", "informasi publik")):
        ws.insert_rows(r + 1)
        ws.cell(r, 4, first)
        ws.cell(r + 1, 4, second)
    return wb


def main() -> None:
    _save(tempel_baris(), "ja_dasar_tempel_baris.xlsx")
    _save(tempel_baris(target_kosong=True), "ja_dasar_tempel_baris_target_kosong.xlsx")
    _save(tempel_gabung(), "ja_dasar_tempel_gabung.xlsx")
    _save(tempel_gabung(target_kosong=True), "ja_dasar_tempel_gabung_target_kosong.xlsx")
    _save(excel_kapital_target_kosong(), "ja_dasar_excel_kapital_target_kosong.xlsx")
    _save(excel_huruf_kecil(), "ja_dasar_excel_huruf_kecil.xlsx")
    _save(tempel_pdf(), "ja_dasar_tempel_pdf.xlsx")
    _save(tempel_pdf(atasan_kosong=True), "ja_dasar_tempel_pdf_atasan_kosong.xlsx")
    _save(tempel_pdf(case=str.upper), "ja_dasar_tempel_pdf_kapital.xlsx")
    _save(tempel_pdf(atasan_kosong=True, case=str.upper), "ja_dasar_tempel_pdf_kapital_atasan_kosong.xlsx")
    _save(tempel_pdf(case=str.lower), "ja_dasar_tempel_pdf_huruf_kecil.xlsx")
    _save(tempel_pdf_terlipat(), "ja_dasar_tempel_pdf_terlipat.xlsx")
    _save(tempel_pdf_terlipat(target_kosong=True), "ja_dasar_tempel_pdf_terlipat_target_kosong.xlsx")
    _save(pengembangan_pdf_terlipat(), "ja_pengembangan_tempel_pdf_terlipat.xlsx")
    _save(pengembangan_pdf_terlipat(tanpa_satuan=True),
          "ja_pengembangan_tempel_pdf_terlipat_tanpa_satuan.xlsx")
    _save(judul_terbelah(), "ja_dasar_judul_terbelah.xlsx")
    _save(aspek_terpenggal(), "ja_dasar_aspek_terpenggal.xlsx")
    _save(manual_tempel(), "jpt_dasar_manual_tempel.xlsx")


if __name__ == "__main__":
    main()
