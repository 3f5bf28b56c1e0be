"""Write the daftar pegawai fixtures under ``tests/data/daftar/``: rosters in the shapes SIMPEG and SIASN
exports have (SPEC §9), each named for what it shows.

Run ``python tests/data/make_daftar.py``; the files are committed, this script says how they were made.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

import openpyxl

HERE = Path(__file__).resolve().parent / "daftar"


def _csv(rows: list[list[str]], delimiter: str) -> str:
    buf = io.StringIO(newline="")
    csv.writer(buf, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    return buf.getvalue()


def siasn() -> None:
    """SIASN download: ``;``, UTF-8 BOM, underscore headers with ``_NAMA`` suffixes, NIP_LAMA beside
    NIP_BARU, KEDUDUKAN_HUKUM_NAMA apart from JENIS_PEGAWAI_NAMA, UNOR_NAMA beside UNOR_INDUK_NAMA."""
    rows = [
        ["PNS_ID", "NIP_BARU", "NIP_LAMA", "NAMA", "GELAR_DEPAN", "GELAR_BELAKANG", "JENIS_PEGAWAI_NAMA",
         "KEDUDUKAN_HUKUM_NAMA", "JABATAN_NAMA", "UNOR_NAMA", "UNOR_INDUK_NAMA"],
        ["A1", "'197503122000031002", "010234567", "Budi Santoso", "", "S.T.", "PNS Daerah", "Aktif",
         "Kepala Bagian Jalan", "Bagian Jalan", "Dinas PUPR"],
        ["A2", "198609262015051001", "", "Ani", "", "", "PNS Daerah", "Tugas Belajar", "Teknik Jalan",
         "Bagian Jalan", "Dinas PUPR"],
        ["A3", "'199001012015011003", "", "Dewi", "", "", "CPNS Daerah", "CLTN", "Teknik Jalan",
         "Bagian Jalan", "Dinas PUPR"],
        ["A4", "196606061990031006", "010111222", "Slamet", "Drs.", "", "PNS Daerah", "Pensiun",
         "Kepala Bidang", "Bidang Tata Ruang", "Dinas PUPR"],
    ]
    (HERE / "daftar_siasn_kedudukan_hukum.csv").write_bytes(_csv(rows, ";").encode("utf-8-sig"))


def nominatif() -> None:
    """A daftar nominatif: two blank rows, title rows, a header merged over two rows (``NIP`` over
    ``BARU``/``LAMA``, ``ATASAN LANGSUNG`` over ``NAMA``/``NIP``, single labels merged down), a
    column-number row, unit group rows, STATUS PEGAWAI beside KEDUDUKAN HUKUM, a tenaga harian lepas
    without NIP, an NIP ATASAN typed as a number, a JUMLAH row and a signature block."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "NOMINATIF"
    ws["C3"] = "DAFTAR NOMINATIF PEGAWAI DINAS PUPR"
    ws["C4"] = "Keadaan per 31 Desember 2025"
    single = {1: "NO", 2: "NAMA", 5: "UNIT KERJA", 8: "STATUS PEGAWAI", 9: "KEDUDUKAN HUKUM"}
    for col, label in single.items():
        ws.cell(6, col, label)
        ws.merge_cells(start_row=6, start_column=col, end_row=7, end_column=col)
    ws["C6"], ws["C7"], ws["D7"] = "NIP", "BARU", "LAMA"
    ws.merge_cells("C6:D6")
    ws["F6"], ws["F7"], ws["G7"] = "ATASAN LANGSUNG", "NAMA", "NIP"
    ws.merge_cells("F6:G6")
    for col in range(1, 10):
        ws.cell(8, col, col)
    rows = [
        ("A", "BAGIAN JALAN"),
        (1, "Budi Santoso, S.T.", "197503122000031002", "010234567", "Bagian Jalan", "Ir. Hadi Prasetyo",
         "19700101 199503 1 003", "PNS", "Aktif"),
        (2, "Ani", "19860926.201505.1.001", None, "Bagian Jalan", "Budi Santoso, S.T.", 1.97503122000031e17,
         "PNS", "Tugas Belajar"),
        (3, "Bayu", "'199202022016022004", None, "Bagian Jalan", "Budi Santoso, S.T.",
         "197503122000031002", "CPNS", "Aktif"),
        (4, "Tono", "-", None, "Bagian Jalan", None, None, "THL", "Aktif"),
        (),
        ("B", "BIDANG TATA RUANG"),
        (1, "Sri Rahayu", "196606061990031006", None, "Bidang Tata Ruang", "Ir. Hadi Prasetyo",
         "197001011995031003", "PNS", "Pensiun"),
        (),
        (None, "JUMLAH", 5),
    ]
    for r, values in enumerate(rows, start=9):
        for c, value in enumerate(values, start=1):
            if value is not None:
                ws.cell(r, c, value)
    ws.merge_cells("B9:I9")
    ws.merge_cells("B15:I15")
    ws["H21"] = "Sleman, 5 Januari 2026"
    ws["H25"] = "Ir. Hadi Prasetyo"
    ws["H26"] = "NIP. 19700101 199503 1 003"
    wb.save(HERE / "daftar_nominatif_judul_dua_baris.xlsx")


def unit_digabung() -> None:
    """A roster kept by hand: UNIT KERJA written once per unit in a cell merged down its rows, NIP
    ATASAN written ``NIP. …``, and a NIP with dots."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Daftar Pegawai"
    ws.append(["NO", "NIP", "NAMA", "JABATAN", "UNIT KERJA", "NIP ATASAN", "STATUS"])
    ws.append([1, "19750312 200003 1 002", "Budi Santoso", "Kepala Bagian Jalan", "Bagian Jalan",
               "NIP. 19700101 199503 1 003", "Aktif"])
    ws.append([2, "19920202.201602.2.004", "Bayu", "Teknik Jalan", None, "NIP: 197503122000031002", "Aktif"])
    ws.append([3, "19900101 201501 1 003", "Ani", "Teknik Jalan", None, "19750312 200003 1 002", "Aktif"])
    ws.append([4, "19850505 200901 2 007", "Rina Wulandari", "Penata Ruang", "Bidang Tata Ruang",
               "N.I.P. 19660606 199003 1 006", "Aktif"])
    ws.append([5, "19880808 201001 1 005", "Dedi", "Penata Ruang", None, "19660606 199003 1 006", "Aktif"])
    ws.merge_cells("E2:E4")
    ws.merge_cells("E5:E6")
    wb.save(HERE / "daftar_unit_digabung_nip_berlabel.xlsx")


def duk_nama_nip() -> None:
    """A Daftar Urut Kepangkatan: ``NAMA / NIP`` in one column, the name above its NIP (spaced, or a number
    cell that lost digits), or both in one cell on two lines; PANGKAT over GOL/RUANG and TMT; a KET column
    holding the status; a name without NIP below it."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "DUK"
    ws["A1"] = "DAFTAR URUT KEPANGKATAN PEGAWAI NEGERI SIPIL DINAS PUPR"
    for col, label in {1: "NO", 2: "NAMA / NIP", 5: "JABATAN", 6: "UNIT KERJA", 7: "KET"}.items():
        ws.cell(3, col, label)
        ws.merge_cells(start_row=3, start_column=col, end_row=4, end_column=col)
    ws["C3"], ws["C4"], ws["D4"] = "PANGKAT", "GOL/RUANG", "TMT"
    ws.merge_cells("C3:D3")
    rows = [
        (1, "Budi Santoso, S.T.", "IV/a", "01-04-2015", "Kepala Bagian Jalan", "Bagian Jalan"),
        (None, "19750312 200003 1 002", "Pembina"),
        (2, "Ani\nNIP. 19860926 201505 1 001", "III/c", "01-10-2019", "Teknik Jalan", "Bagian Jalan",
         "Tugas Belajar"),
        (3, "Dewi Lestari", "III/a", "01-03-2020", "Penata Ruang", "Bidang Tata Ruang"),
        (None, 1.99001012015011e17, "Penata Muda"),
        (4, "Joko", "II/a", "01-01-2021", "Pengemudi", "Bidang Tata Ruang"),
        (None, "-", "Pengatur Muda"),
    ]
    for r, values in enumerate(rows, start=5):
        for c, value in enumerate(values, start=1):
            if value is not None:
                ws.cell(r, c, value)
    wb.save(HERE / "daftar_duk_nama_nip.xlsx")


def hilang_digit() -> None:
    """Excel (Indonesian settings) saved as CSV, NIPs typed as numbers (``1,97503E+17``): Budi Santoso's
    row is the Kepala Bagian who submitted (tests/kumpulan_documents.py), in HR's unit Bagian Jalan; Rudi,
    with the same kept digits, did not; the row of Ani has her kept digits but another name. Sri Wahyuni,
    who did not submit, is in two rows (two units): one pegawai, listed once."""
    rows = [
        ["NIP", "NAMA", "UNIT KERJA", "NIP ATASAN", "STATUS"],
        ["19700101 199503 1 003", "Ir. Hadi Prasetyo, M.T.", "Dinas PUPR Kabupaten Sleman", "", "Aktif"],
        ["1,97503E+17", "Budi Santoso, S.T.", "Bagian Jalan", "197001011995031003", "Aktif"],
        ["1,97503E+17", "Rudi Hartono", "Dinas PUPR Kabupaten Sleman", "197001011995031003", "Aktif"],
        ["1,99001E+17", "Ani Lestari", "Dinas PUPR Kabupaten Sleman", "197503122000031002", "Aktif"],
        ["19920202 201602 2 004", "Bayu", "Dinas PUPR Kabupaten Sleman", "197503122000031002", "Aktif"],
        ["19800101 200501 2 001", "Sri Wahyuni", "Bagian Jalan", "197503122000031002", "Aktif"],
        ["198001012005012001", "Sri Wahyuni", "Bidang Tata Ruang", "196606061990031006", "Aktif"],
    ]
    (HERE / "daftar_nip_hilang_digit_sudah_mengirim.csv").write_bytes(_csv(rows, ";").encode("cp1252"))


def per_unit() -> None:
    """A roster kept by hand with a sheet per unit, the same people as ``daftar_pegawai_dinas_pupr.xlsx``:
    a cover sheet without header, the Dinas (title above its header) and the Bidang Tata Ruang (header in
    row 1; the Kepala Bagian Jalan listed again, merangkap a Plt.), then last year's roster (the Dinas's
    people again, plus a pegawai gone since) and a hidden lookup sheet with a NIP and NAMA header of someone
    else: neither is the roster of now."""
    header = ["No", "NIP", "Nama Pegawai", "Jabatan", "Unit Kerja", "NIP Atasan Langsung", "Status Pegawai"]
    sleman = "Dinas PUPR Kabupaten Sleman"
    dinas = [
        ["19700101 199503 1 003", "Ir. Hadi Prasetyo, M.T.", "Kepala Dinas", sleman, "", "Aktif"],
        ["19750312 200003 1 002", "Budi Santoso, S.T.", "Kepala Bagian Jalan", sleman,
         "19700101 199503 1 003", "Aktif"],
        ["19900101 201501 1 003", "Ani", "Teknik Jalan", sleman, "19750312 200003 1 002", "Aktif"],
        ["19920202 201602 2 004", "Bayu", "Teknik Jalan", sleman, "19660606 199003 1 006", "Aktif"],
        ["19600101 198503 1 001", "Slamet", "Pengawas Jalan", sleman, "19750312 200003 1 002",
         "Pensiun (BUP)"],
        ["19910303 201503 2 008", "Dewi", "Teknik Jalan", sleman, "19750312 200003 1 002", "TUGAS BELAJAR"],
        ["19930404 201801 1 009", "</script><script>alert(1)</script>", "Pranata Komputer",
         '"><img src=x onerror=alert(1)>', "19700101 199503 1 003", "Aktif"],
    ]
    tata_ruang = [
        ["19660606 199003 1 006", "Sri Rahayu", "Kepala Bidang Tata Ruang", "Bidang Tata Ruang",
         "19700101 199503 1 003", "Aktif"],
        ["19850505 200901 2 007", "Rina Wulandari", "Analis Tata Ruang", "Bidang Tata Ruang",
         "19660606 199003 1 006", "PNS"],
        ["19750312 200003 1 002", "Budi Santoso, S.T.", "Plt. Kepala Seksi Tata Ruang", "Bidang Tata Ruang",
         "19660606 199003 1 006", "Aktif"],
    ]
    gone = ["19640202 198803 1 002", "Suharto", "Pengawas Jalan", sleman, "19750312 200003 1 002", "Aktif"]
    wb = openpyxl.Workbook()
    cover = wb.active
    cover.title = "Petunjuk"
    cover["A1"] = "Daftar pegawai per unit kerja; satu sheet untuk setiap unit."
    sheet = wb.create_sheet("Dinas")
    sheet.append(["DAFTAR PEGAWAI DINAS PUPR KABUPATEN SLEMAN"])
    sheet.append([])
    sheet.append(header)
    for n, row in enumerate(dinas, start=1):
        sheet.append([n, *row])
    sheet = wb.create_sheet("Tata Ruang")
    sheet.append(header)
    for n, row in enumerate(tata_ruang, start=1):
        sheet.append([n, *row])
    sheet = wb.create_sheet("2024")
    sheet.append(header)
    for n, row in enumerate([*dinas, gone], start=1):
        sheet.append([n, *row])
    sheet = wb.create_sheet("Referensi")
    sheet.sheet_state = "hidden"
    sheet.append(["NIP", "NAMA"])
    sheet.append(["19580808 198003 1 004", "Sumarno"])
    wb.save(HERE / "daftar_satu_sheet_per_unit.xlsx")


if __name__ == "__main__":
    HERE.mkdir(exist_ok=True)
    siasn()
    nominatif()
    unit_digabung()
    duk_nama_nip()
    hilang_digit()
    per_unit()
