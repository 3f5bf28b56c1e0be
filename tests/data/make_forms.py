"""One hand-made workbook per form (ja/jf/jpt × dasar/pengembangan) with its annexes, for the reader tests.

Imported by ``make_layouts.py``, which writes the files. Annex sheets are deliberately not all named as
the template names them ("Lampiran AK", "Sheet2"), since the reader must find annexes by content.
"""

from __future__ import annotations

from collections.abc import Sequence

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
from openpyxl import Workbook
from openpyxl.worksheet.worksheet import Worksheet

# Kategori penilaian per RK text, one tuple (SANGAT KURANG … SANGAT BAIK) per IKI row.
KATEGORI = {
    UTAMA[0][1]: [
        ("< 6", "6 - 9", "10 - 11", "12", "> 12"),
        ("< 60", "60 - 69", "70 - 84", "85,5", "> 85,5"),
        ("> 14", "14", "13", "12", "< 12"),
    ],
    UTAMA[1][1]: [("< 2", "2", "3", "4", "> 4"), ("> 5", "5", "4", "3", "< 3")],
    TAMBAHAN[0][1]: [("< 10", "10 - 12", "13 - 16", "17", "> 17")],
}
CARA = {
    UTAMA[0][1]: ("Laporan bulanan", "Arsip Bidang IKP", "Bulanan oleh Kepala Seksi"),
    UTAMA[1][1]: ("Daftar informasi publik", "PPID Pelaksana", "Triwulanan"),
    TAMBAHAN[0][1]: ("Daftar hadir sosialisasi", "Sekretariat", "Setiap kegiatan"),
}
PEGAWAI_JF = {
    **PEGAWAI,
    "nama": "Rina Kartika, S.T.",
    "nip": "19900314 201503 2 004",
    "jabatan": "Pranata Komputer Ahli Pertama",
    "pangkat": "Penata Muda Tk.I, III/b",
}
PEGAWAI_JF_MUDA = {**PEGAWAI_JF, "jabatan": "Pranata Komputer Ahli Muda", "pangkat": "Penata, III/c"}
PEGAWAI_JPT = {
    "nama": "Dr. Hendra Gunawan, M.T.",
    "nip": "19720815 199803 1 003",
    "pangkat": "Pembina Utama Muda, IV/c",
    "jabatan": "Kepala Dinas Komunikasi dan Informatika",
    "unit_kerja": "Dinas Komunikasi dan Informatika",
}
BUPATI = {
    "nama": "Kustini Sri Purnomo",
    "nip": "-",
    "pangkat": "-",
    "jabatan": "Bupati Sleman",
    "unit_kerja": "Pemerintah Kabupaten Sleman",
}

# JPT plan: (perspektif, rk, [(iki, target)])
JPT_RK = [
    (
        "Penerima Layanan",
        "Meningkatnya kualitas layanan informasi publik",
        [
            ("Indeks keterbukaan informasi publik", "85 nilai"),
            ("Persentase permohonan informasi terlayani", "95 %"),
        ],
    ),
    (
        "Penerima Layanan",
        "Meningkatnya kepuasan masyarakat atas layanan pengaduan",
        [("Indeks kepuasan masyarakat", "80 - 90 %")],
    ),
    ("Proses Bisnis", "Terwujudnya tata kelola SPBE yang terpadu", [("Indeks SPBE Kabupaten", "3,5 indeks")]),
    (
        "Penguatan Internal",
        "Meningkatnya kompetensi SDM aparatur bidang TIK",
        [("Persentase pegawai bersertifikat kompetensi TIK", "40 %")],
    ),
    ("Anggaran", "Terwujudnya akuntabilitas anggaran dinas", [("Persentase realisasi anggaran", "95 %")]),
]
JPT_TAMBAHAN = [
    (
        "",
        "Terlaksananya peran sebagai narasumber seminar nasional SPBE",
        [("Jumlah seminar sebagai narasumber", "2 kegiatan")],
    )
]


def _title(w: Writer, *lines: str) -> None:
    for line in lines:
        w.line(line)
    w.skip()


def write_matriks(ws: Worksheet) -> None:
    w = Writer(ws)
    _title(w, "MATRIKS PEMBAGIAN PERAN DAN HASIL", "BIDANG INFORMASI DAN KOMUNIKASI PUBLIK")
    rows = [
        ("RENCANA KINERJA ATASAN", UTAMA[0][0], UTAMA[1][0]),
        ("JENIS PENYELARASAN", "Direct Cascading", "Non-Direct Cascading"),
        ("METODE", "Pembagian beban target kuantitatif", "Pendekatan layanan"),
        ("TARGET ATASAN", "24 dokumen", "100 %"),
    ]
    for label, first, second in rows:
        w.put(0, label)
        w.merge(0, 2)
        w.put(3, first)
        w.put(4, second)
        w.skip()
    w.skip()
    w.line("NAMA", "NIP", "JABATAN", "HASIL KERJA")
    w.merge(3, 4, w.row - 1)
    w.line(
        PEGAWAI["nama"],
        PEGAWAI["nip"],
        PEGAWAI["jabatan"],
        "Tersusunnya 12 laporan pengelolaan informasi publik",
        UTAMA[1][1],
    )
    w.line(
        "Rudi Hartono",
        199105172019031005,
        "Pranata Humas Ahli Pertama",
        "Tersusunnya 12 laporan pengelolaan media sosial",
        None,
    )


def write_penilaian_ja(ws: Worksheet, kop: bool = False) -> None:
    """The Penilaian sheet; with ``kop`` it carries the identity blocks, as when it is submitted alone."""
    w = Writer(ws)
    if kop:
        write_kop(w, Layout(), "PENILAIAN SASARAN KINERJA PEGAWAI", 13)
    else:
        _title(w, "PENILAIAN SASARAN KINERJA PEGAWAI", "PERIODE PENILAIAN: 1 JANUARI SD 31 DESEMBER 2025")
    heads = [
        "NO",
        "RENCANA KINERJA ATASAN YANG DIINTERVENSI",
        "RENCANA KINERJA",
        "ASPEK",
        "INDIKATOR KINERJA INDIVIDU",
        "TARGET",
        "REALISASI",
        "CAPAIAN IKI",
        "KATEGORI CAPAIAN IKI",
        "NILAI CAPAIAN IKI",
        "KATEGORI CAPAIAN RK",
        "NILAI CAPAIAN RK",
        "NILAI TERTIMBANG",
    ]
    w.line(*heads)
    w.line("A. KINERJA UTAMA")
    realisasi = [
        [(12, "100%", "Baik", 109), ("80 %", "94 %", "Cukup", 84.4), (12, 1, "Baik", 109)],
        [(4, 1, "Baik", 109), ("3 bulan", 1, "Baik", 109)],
    ]
    for n, ((atasan, rk, ikis), values) in enumerate(zip(UTAMA, realisasi, strict=True), start=1):
        first = w.row
        for k, ((aspek, iki, angka, satuan), (real, capaian, kategori, nilai)) in enumerate(
            zip(ikis, values, strict=True)
        ):
            target = f"{angka:g} {satuan}".replace(".", ",")
            head = (n, atasan, rk) if k == 0 else (None, None, None)
            w.line(
                *head,
                aspek,
                iki,
                target,
                real,
                capaian,
                kategori,
                nilai,
                *(("Baik", 109 if n == 2 else 100.8, 50.4) if k == 0 else ()),
            )
        for c in (0, 1, 2, 10, 11, 12):
            w.merge(c, c, first, w.row - 1)
    w.line("B. KINERJA TAMBAHAN")
    atasan, rk, ((aspek, iki, angka, satuan),) = TAMBAHAN[0]
    w.line(1, atasan, rk, aspek, iki, f"{angka} {satuan}", 17, 1, "Baik", 109, "Baik", 109, 8.72)
    w.skip()
    w.line("NILAI AKHIR SKP", None, None, None, None, None, None, None, None, None, None, None, 109.52)
    w.line(
        "PREDIKAT KINERJA PEGAWAI", None, None, None, None, None, None, None, None, None, None, None, "Baik"
    )
    write_footer(w, 6)


def write_perilaku(ws: Worksheet, ide_baru: str = "Ya") -> None:
    w = Writer(ws)
    _title(w, "PENILAIAN PERILAKU KERJA", "PERIODE PENILAIAN: 1 JANUARI SD 31 DESEMBER 2025")
    w.line("NO", "ASPEK PERILAKU", "URAIAN", "NILAI")
    rows = [
        ("Orientasi Pelayanan", "Memahami dan memenuhi kebutuhan masyarakat", 110),
        ("Komitmen", "Setia kepada Pancasila dan UUD 1945", "105"),
        ("Inisiatif Kerja", "Mengembangkan kompetensi diri", "100,5"),
        ("Kerja Sama", "Terbuka dalam bekerja sama", 100),
        ("Kepemimpinan", "Mengambil keputusan secara cepat dan tepat", 95),
    ]
    for n, row in enumerate(rows, start=1):
        w.line(n, *row)
    w.skip()
    w.line(None, "Menghasilkan ide baru/cara baru bagi organisasi", None, ide_baru)


def write_keterkaitan(ws: Worksheet, pegawai: dict[str, str]) -> None:
    w = Writer(ws)
    _title(
        w, "FORMAT KETERKAITAN SKP DENGAN ANGKA KREDIT", "PERIODE PENILAIAN: 1 JANUARI SD 31 DESEMBER 2025"
    )
    w.line("TANGGAL PENGAJUAN", ": 2 Januari 2025")
    w.line("NAMA", pegawai["nama"])
    w.skip()
    w.line("NO", "RENCANA KINERJA", "BUTIR KEGIATAN", "OUTPUT", "ANGKA KREDIT")
    w.line("KINERJA UTAMA")
    first = w.row
    w.line(1, UTAMA[0][1], "Melakukan pengumpulan data untuk analisis kebutuhan sistem", "Laporan", "0,005")
    w.line(None, None, "Menyusun laporan hasil pengelolaan informasi", "Laporan", 0.01)
    w.merge(0, 0, first, first + 1)
    w.merge(1, 1, first, first + 1)
    w.line(2, UTAMA[1][1], None, None, None)
    w.line("KINERJA TAMBAHAN")
    w.line(1, TAMBAHAN[0][1], "Menjadi narasumber sosialisasi", "Sertifikat", "0,04")
    write_footer(w, 4, pegawai=pegawai)


def write_rencana_jpt(w: Writer, perspektif: bool, merge_perspektif: bool = True) -> None:
    """The JPT table; ``merge_perspektif=False`` writes each perspektif once above its RK, unmerged."""
    heads = (["PERSPEKTIF"] if perspektif else []) + [
        "NO",
        "RENCANA KINERJA",
        "INDIKATOR KINERJA INDIVIDU",
        "TARGET",
    ]
    w.line(*heads)
    w.line(*(f"({i + 1})" for i in range(len(heads))))
    p = 1 if perspektif else 0
    for label, items in (("A. KINERJA UTAMA", JPT_RK), ("B. KINERJA TAMBAHAN", JPT_TAMBAHAN)):
        w.put(0, label)
        w.merge(0, len(heads) - 1)
        w.skip()
        group_start: tuple[str, int] | None = None
        for n, (persp, rk, ikis) in enumerate(items, start=1):
            if perspektif and persp and (group_start is None or group_start[0] != persp):
                if group_start is not None and merge_perspektif:
                    w.merge(0, 0, group_start[1], w.row - 1)
                group_start = (persp, w.row)
                w.put(0, persp)
            first = w.row
            for k, (iki, target) in enumerate(ikis):
                if k == 0:
                    w.put(p, n)
                    w.put(p + 1, rk)
                w.put(p + 2, iki)
                w.put(p + 3, target)
                w.skip()
            for c in (p, p + 1):
                w.merge(c, c, first, w.row - 1)
        if group_start is not None and merge_perspektif:
            w.merge(0, 0, group_start[1], w.row - 1)
    write_footer(w, p + 3, penilai=BUPATI, pegawai=PEGAWAI_JPT)


MANUAL = [
    (
        "Meningkatnya kualitas layanan informasi publik",
        "Layanan informasi publik yang cepat dan lengkap",
        "Indeks keterbukaan informasi publik",
        "Nilai hasil monitoring Komisi Informasi",
        "Nilai indeks dari Komisi Informasi",
        "Mengukur keterbukaan informasi badan publik",
        "Nilai",
        "Kualitas",
        "Sedang",
        "Komisi Informasi Daerah",
        "Tahunan",
    ),
    (
        "Meningkatnya kualitas layanan informasi publik",
        "Layanan informasi publik yang cepat dan lengkap",
        "Persentase permohonan informasi terlayani",
        "Permohonan yang dijawab dalam 10 hari kerja",
        "Permohonan terlayani / permohonan masuk × 100%",
        "Mengukur kecepatan layanan",
        "%",
        "Kuantitas",
        "Tinggi",
        "PPID Utama",
        "Triwulanan",
    ),
]
MANUAL_LABELS = (
    "RENCANA KINERJA",
    "DESKRIPSI RENCANA KINERJA",
    "INDIKATOR KINERJA INDIVIDU",
    "DEFINISI IKI",
    "FORMULA",
    "TUJUAN",
    "SATUAN PENGUKURAN",
    "JENIS ASPEK TARGET",
    "TINGKAT KENDALI IKI",
    "SUMBER DATA",
    "PERIODE PELAPORAN",
)


def write_manual_blocks(ws: Worksheet) -> None:
    """Label | : | value blocks, one per IKI, and an empty template block left at the end."""
    w = Writer(ws)
    _title(w, "MANUAL INDIKATOR KINERJA")
    for block in [*MANUAL, (None,) * len(MANUAL_LABELS)]:
        for n, (label, value) in enumerate(zip(MANUAL_LABELS, block, strict=True), start=1):
            w.line(n, label, ":", value)
        w.skip()


def write_manual_table(ws: Worksheet) -> None:
    """The same fields as a table: one IKI per row."""
    w = Writer(ws)
    _title(w, "Manual Indikator Kinerja Individu")
    w.line("NO", *(label.title() for label in MANUAL_LABELS))
    for n, block in enumerate(MANUAL, start=1):
        w.line(n, *block)


class DropColumn(Writer):
    """A writer that leaves one table column out, as staff do when they delete a column."""

    def __init__(self, writer: Writer, dropped: int) -> None:
        super().__init__(writer.ws, writer.col0)
        self.row = writer.row
        self.dropped = dropped

    def _shift(self, offset: int) -> int:
        return offset - 1 if offset > self.dropped else offset

    def put(self, offset: int, value: object, row: int | None = None) -> None:
        if offset != self.dropped:
            super().put(self._shift(offset), value, row)

    def merge(self, c0: int, c1: int, r0: int | None = None, r1: int | None = None) -> None:
        if not c0 == c1 == self.dropped:
            super().merge(self._shift(c0), self._shift(c1), r0, r1)


def _rencana(
    wb: Workbook, layout: Layout, penilai: dict[str, str] = PENILAI, drop: int | None = None, **table: object
) -> Worksheet:
    ws = wb.active
    ws.title = "SKP"
    w = Writer(ws)
    write_kop(w, layout, "RENCANA SASARAN KINERJA PEGAWAI", 6, penilai=penilai)
    if drop is not None:
        w = DropColumn(w, drop)
    target = write_rencana_ja(w, layout, **table)  # type: ignore[arg-type]
    write_footer(w, target, pegawai=layout.pegawai)
    return ws


def build_forms() -> dict[str, Workbook]:
    forms: dict[str, Workbook] = {}

    wb = Workbook()
    _rencana(wb, Layout())
    write_matriks(wb.create_sheet("Matriks Peran Hasil"))
    write_penilaian_ja(wb.create_sheet("Penilaian"))
    write_perilaku(wb.create_sheet("Perilaku"))
    forms["form_ja_dasar"] = wb

    wb = Workbook()
    _rencana(wb, Layout(rk_style="first"), drop=3)
    forms["form_ja_tanpa_kolom_aspek"] = wb

    wb = Workbook()
    write_penilaian_ja(wb.active, kop=True)
    forms["form_ja_penilaian_saja"] = wb

    wb = Workbook()
    _rencana(wb, Layout(rk_style="first"), kategori=KATEGORI, cara=CARA)
    write_perilaku(wb.create_sheet("Sheet2"), ide_baru="Tidak")
    forms["form_ja_pengembangan"] = wb

    wb = Workbook()
    _rencana(wb, Layout(pegawai=PEGAWAI_JF))
    write_keterkaitan(wb.create_sheet("Keterkaitan AK"), PEGAWAI_JF)
    forms["form_jf_dasar"] = wb

    wb = Workbook()
    _rencana(wb, Layout(pegawai=PEGAWAI_JF_MUDA), kategori=KATEGORI, cara=CARA)
    write_keterkaitan(wb.create_sheet("Lampiran AK"), PEGAWAI_JF_MUDA)
    forms["form_jf_pengembangan"] = wb

    for name, perspektif, manual, merged in (
        ("form_jpt_dasar", False, write_manual_blocks, True),
        ("form_jpt_pengembangan", True, write_manual_table, True),
        ("form_jpt_pengembangan_perspektif_sekali", True, write_manual_table, False),
    ):
        wb = Workbook()
        ws = wb.active
        ws.title = "SKP JPT"
        w = Writer(ws)
        write_kop(
            w,
            Layout(pegawai=PEGAWAI_JPT),
            "RENCANA SASARAN KINERJA PEGAWAI",
            5,
            penilai=BUPATI,
            agency="PEMERINTAH KABUPATEN SLEMAN",
        )
        unit_kerja = [c for row in ws.iter_rows() for c in row if c.value == "UNIT KERJA"]
        unit_kerja[-1].value = "INSTANSI"  # a JPT's penilai block names the instansi (SPEC §3.1)
        write_rencana_jpt(w, perspektif, merged)
        manual(wb.create_sheet("Manual IKI"))
        forms[name] = wb
    return forms


def from_rows(title: str, rows: Sequence[Sequence[object]], merges: Sequence[str] = ()) -> Workbook:
    """A one-sheet workbook of plain values: ``rows`` from A1, then the ``merges`` (A1 ranges)."""
    wb = Workbook()
    ws = wb.active
    ws.title = title
    for row in rows:
        ws.append(row)
    for area in merges:
        ws.merge_cells(area)
    return wb


def build_free_forms() -> dict[str, Workbook]:
    """Two forms typed freely by staff, unlike the template: other labels, positions and habits."""
    jf = from_rows(
        "Form SKP",
        [
            [None, "SASARAN KINERJA PEGAWAI (SKP) TAHUN 2025"],
            [None, "BADAN KEPEGAWAIAN DAN PENGEMBANGAN SDM"],
            [],
            [None, "Periode Penilaian", ":", "1 Januari s.d. 31 Desember 2025"],
            [],
            [None, "No", "Pegawai Yang Dinilai", None, None, "No", "Pejabat Penilai Kinerja"],
            [None, 1, "Nama", ":", "Siti Aminah", 1, "Nama", ":", "Ir. Joko Santoso"],
            [None, 2, "NIP", ":", "19880101 201001 2 003", 2, "NIP", ":", "19700101 199503 1 001"],
            [
                None,
                3,
                "Pangkat/Gol.Ruang",
                ":",
                "Penata / III c",
                3,
                "Pangkat/Gol.Ruang",
                ":",
                "Pembina Tk.I, IV/b",
            ],
            [
                None,
                4,
                "Jabatan",
                ":",
                "Analis Kepegawaian Ahli Muda",
                4,
                "Jabatan",
                ":",
                "Kepala Bidang Mutasi",
            ],
            [None, 5, "Unit Kerja", ":", "Bidang Mutasi", 5, "Unit Kerja", ":", "BKPSDM"],
            [],
            [
                None,
                "No.",
                "Rencana Kinerja Atasan Langsung yang Diintervensi",
                "Rencana Kinerja",
                "Aspek",
                "Indikator Kinerja Individu (IKI)",
                "Target",
            ],
            [None, None, None, None, None, None, "Jumlah", "Satuan"],
            [None, None, "KINERJA UTAMA"],
            [
                None,
                1,
                "Terkelolanya mutasi pegawai",
                "Tersusunnya SK mutasi tepat waktu",
                "Kuantitas",
                "Jumlah SK mutasi",
                "120",
                "SK",
            ],
            [
                None,
                None,
                "Terkelolanya mutasi pegawai",
                "Tersusunnya SK mutasi tepat waktu",
                "Waktu",
                "Waktu penyelesaian SK",
                "5",
                "hari kerja",
            ],
            [
                None,
                2,
                "Terkelolanya mutasi pegawai",
                "Terverifikasinya usulan kenaikan pangkat",
                "Kualitas",
                "Persentase usulan tanpa pengembalian",
                95,
                "%",
            ],
            [None, None, "KINERJA TAMBAHAN"],
            [
                None,
                1,
                None,
                "Terlaksananya pendampingan magang",
                "Kuantitas",
                "Jumlah peserta magang didampingi",
                4,
                "orang",
            ],
            [None, None, "Catatan: target dapat direvisi pada triwulan II"],
            [],
            [None, None, None, None, None, None, "Yogyakarta, 3 Januari 2025"],
            [None, None, "Pegawai Yang Dinilai,", None, None, None, "Pejabat Penilai,"],
        ],
        [
            "C6:E6",
            "G6:I6",
            "B13:B14",
            "C13:C14",
            "D13:D14",
            "E13:E14",
            "F13:F14",
            "G13:H13",
            "C15:H15",
            "C19:H19",
            "C21:H21",
        ],
    )
    ja = from_rows(
        "SKP 2025",
        [
            ["PEMERINTAH PROVINSI JAWA TENGAH"],
            ["RENCANA SKP"],
            ["DINAS PERHUBUNGAN"],
            ["PERIODE PENILAIAN : 1 JANUARI - 31 DESEMBER 2025"],
            [],
            ["PEGAWAI YANG DINILAI"],
            ["1. Nama : Rahmat Hidayat"],
            ["2. NIP : 199001012015031001"],
            ["3. Pangkat/Gol Ruang : Penata Muda, III/a"],
            ["4. Jabatan : Pengelola Sarana Transportasi"],
            ["5. Unit Kerja : Bidang Angkutan"],
            [],
            ["PEJABAT PENILAI KINERJA"],
            ["1. Nama : Dra. Endang Lestari"],
            ["2. NIP : 197205052000032001"],
            ["3. Pangkat/Gol Ruang : Pembina, IV/a"],
            ["4. Jabatan : Kepala Bidang Angkutan"],
            ["5. Unit Kerja : Dinas Perhubungan"],
            [],
            [
                "NO",
                "RK ATASAN YANG DIINTERVENSI",
                "RENCANA KINERJA",
                "ASPEK",
                "IKI",
                "TARGET",
                "STANDAR KINERJA",
                None,
                None,
                "SUMBER DATA UNTUK PENGUKURAN",
            ],
            [None, None, None, None, None, None, "CUKUP", "BAIK", "SANGAT BAIK"],
            ["A. KINERJA UTAMA"],
            [
                1,
                "Meningkatnya keselamatan angkutan umum",
                "Terlaksananya uji berkala kendaraan angkutan umum",
                "Kuantitas",
                "Jumlah kendaraan yang diuji",
                "1.250 unit",
                "< 1.000",
                "1.250",
                "> 1.250",
                "Laporan uji berkala UPT",
            ],
            [None, None, None, "Waktu", "Waktu penyelesaian uji", "12 bulan", "> 12", "12", "< 12"],
            ["B. KINERJA TAMBAHAN"],
            [],
            ["Semarang, 5 Januari 2025"],
        ],
        ["G20:I20", *(f"{c}20:{c}21" for c in "ABCDEFJ"), *(f"{c}23:{c}24" for c in "ABCJ")],
    )
    side = from_rows(
        "Sheet",
        [
            ["RENCANA SASARAN KINERJA PEGAWAI"],
            ["KANTOR KECAMATAN DEPOK"],
            ["PERIODE PENILAIAN", "1 Januari 2025 - 31 Desember 2025"],
            [],
            ["PEGAWAI YANG DINILAI", "NAMA", "Dewi Lestari"],
            [None, "NIP", "19920202 201801 2 001"],
            [None, "PANGKAT / GOL. RUANG", "Penata Muda / III a"],
            [None, "JABATAN", "Pengadministrasi Umum"],
            [None, "UNIT KERJA", "Seksi Pemerintahan"],
            ["PEJABAT PENILAI KINERJA", "NAMA", "Agus Salim, S.IP."],
            [None, "NIP", "19800303 200501 1 002"],
            [None, "PANGKAT / GOL. RUANG", "Penata Tingkat I / III d"],
            [None, "JABATAN", "Kepala Seksi Pemerintahan"],
            [None, "UNIT KERJA", "Kecamatan Depok"],
            [],
            [
                "NO",
                "RENCANA KINERJA ATASAN LANGSUNG/UNIT KERJA/ORGANISASI",
                "RENCANA KINERJA",
                "ASPEK",
                "INDIKATOR KINERJA INDIVIDU",
                "TARGET",
            ],
            ["KINERJA UTAMA"],
            [
                "1",
                "Terwujudnya pelayanan administrasi kecamatan yang prima",
                "Tersedianya arsip surat masuk dan keluar yang tertib",
                "Kuantitas",
                "Jumlah arsip surat yang diagendakan",
                "1.200 surat",
            ],
            [
                "",
                "Terwujudnya pelayanan administrasi kecamatan yang prima",
                "Tersedianya arsip surat masuk dan keluar yang tertib",
                "Kualitas",
                "Persentase arsip tanpa kesalahan",
                "90 %",
            ],
            ["KINERJA TAMBAHAN"],
            ["1", "-", "Terlaksananya piket layanan akhir pekan", "Kuantitas", "Jumlah piket", "12 kali"],
            [],
            [None, None, None, None, "Depok, 2 Januari 2025"],
            [None, "Pegawai yang dinilai", None, None, "Pejabat penilai kinerja"],
        ],
        ["A5:A9", "A10:A14"],
    )
    under = from_rows(
        "SKP",
        [
            *[list(row) for row in side.active.iter_rows(max_row=21, values_only=True)],
            [],
            ["PERILAKU KERJA"],
            ["1", "Orientasi Pelayanan", None, None, None, 110],
            ["2", "Komitmen", None, None, None, 100],
            ["3", "Inisiatif Kerja", None, None, None, 100],
            ["4", "Kerja Sama", None, None, None, 105],
            ["5", "Kepemimpinan", None, None, None, 100],
            [None, "Ide baru", None, None, None, "Tidak"],
            [],
            [None, None, None, None, "Depok, 2 Januari 2025"],
            [None, "Pegawai yang dinilai", None, None, "Pejabat penilai kinerja"],
        ],
        ["A5:A9", "A10:A14"],
    )
    return {
        "form_jf_isian_bebas": jf,
        "form_ja_pengembangan_isian_bebas": ja,
        "form_ja_label_blok_di_samping": side,
        "form_ja_perilaku_di_bawah_rencana": under,
    }
