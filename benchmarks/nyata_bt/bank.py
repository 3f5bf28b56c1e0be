"""Fictional world of the held-out set ``nyata_bt``: RSUD Sekar Arum of Kota Banyu Langit (fictional), its
Direktur (JPT Pratama, rated by the Wali Kota), JA officials and pelaksana, and JF health staff. Rencana SKP
2027 and Penilaian SKP 2026 received by the Subbagian Kepegawaian in January 2027. Written from SPEC alone.

An IKI is ``(aspek, text, value, satuan)``; ``value`` is an int or a float, written Indonesian style by
the generator (``1.800``, ``84,5``); satuan ``%`` is written after the number and ``Rp`` before it. Aspek
Waktu and Biaya are lower-is-better (SPEC §6.1 kondisi khusus); every other IKI is higher-is-better. In
every JA/JF role the first RK has Kuantitas, Kualitas and Waktu IKI, and the second RK starts with a
``Jumlah …`` Kuantitas IKI followed by a Kualitas IKI (the defects of ``buat.py`` rely on it). JA/JF
targets are whole numbers; the percentages stay below 100 so that every kategori band separates the levels.
"""

from __future__ import annotations

from typing import Any

KOTA = "Kota Banyu Langit"
TEMPAT = "Banyu Langit"
RSUD = "RUMAH SAKIT UMUM DAERAH SEKAR ARUM KOTA BANYU LANGIT"
RSUD_PENDEK = "RSUD Sekar Arum Kota Banyu Langit"

KOP = [
    "PEMERINTAH KOTA BANYU LANGIT",
    "RUMAH SAKIT UMUM DAERAH SEKAR ARUM",
    "Jalan Dr. Sutomo Nomor 118, Banyu Langit 61284",
    "Telepon (0321) 867 240, Faksimile (0321) 867 241, Pos-el rsud.sekararum@banyulangitkota.go.id",
]

WALI_KOTA = {
    "nama": "Drs. H. Aris Munandar, M.Si.",
    "nip": "-",
    "gol": "-",
    "jabatan": "Wali Kota Banyu Langit",
    "unit": "Pemerintah Kota Banyu Langit",
}

# golongan → pangkat name (SPEC §5, PP 99/2000); written "Tk.I" as SPEC §5 saw in the wild
PANGKAT = {
    "II/a": "Pengatur Muda",
    "II/b": "Pengatur Muda Tk.I",
    "II/c": "Pengatur",
    "II/d": "Pengatur Tk.I",
    "III/a": "Penata Muda",
    "III/b": "Penata Muda Tk.I",
    "III/c": "Penata",
    "III/d": "Penata Tk.I",
    "IV/a": "Pembina",
    "IV/b": "Pembina Tk.I",
    "IV/c": "Pembina Utama Muda",
    "IV/d": "Pembina Utama Madya",
    "IV/e": "Pembina Utama",
}
GOLONGAN = list(PANGKAT)

NAMA_DEPAN = [
    "Bambang",
    "Sri",
    "Endang",
    "Agus",
    "Dwi",
    "Retno",
    "Hari",
    "Yuliana",
    "Teguh",
    "Wahyu",
    "Ratna",
    "Eko",
    "Puji",
    "Lestari",
    "Joko",
    "Tri",
    "Anik",
    "Budi",
    "Indah",
    "Sugeng",
    "Nining",
    "Arif",
    "Dewi",
    "Slamet",
    "Erna",
    "Heru",
]
NAMA_BELAKANG = [
    "Santoso",
    "Wahyuni",
    "Prasetyo",
    "Kusumawati",
    "Nugroho",
    "Handayani",
    "Setiawan",
    "Rahayu",
    "Susanto",
    "Wulandari",
    "Hidayat",
    "Purwanti",
    "Saputro",
    "Anggraini",
    "Wibowo",
    "Maharani",
]

# every unit kerja is written followed by UNIT_LANJUT ("… RSUD Sekar Arum Kota Banyu Langit")
UNIT = {
    "rsud": "RSUD Sekar Arum",
    "yan": "Wakil Direktur Pelayanan RSUD Sekar Arum",
    "umum": "Wakil Direktur Umum dan Keuangan RSUD Sekar Arum",
    "keu": "Bagian Keuangan RSUD Sekar Arum",
    "bagumum": "Bagian Umum dan Kepegawaian RSUD Sekar Arum",
    "peg": "Subbagian Kepegawaian RSUD Sekar Arum",
    "kep": "Bidang Keperawatan RSUD Sekar Arum",
    "penmed": "Bidang Penunjang Medik RSUD Sekar Arum",
    "igd": "Instalasi Gawat Darurat RSUD Sekar Arum",
    "ranap": "Instalasi Rawat Inap RSUD Sekar Arum",
    "melati": "Ruang Rawat Inap Melati RSUD Sekar Arum",
    "ibs": "Instalasi Bedah Sentral RSUD Sekar Arum",
    "vk": "Ruang Bersalin RSUD Sekar Arum",
    "farmasi": "Instalasi Farmasi RSUD Sekar Arum",
    "lab": "Instalasi Laboratorium RSUD Sekar Arum",
    "rm": "Instalasi Rekam Medis RSUD Sekar Arum",
    "gizi": "Instalasi Gizi RSUD Sekar Arum",
    "rad": "Instalasi Radiologi RSUD Sekar Arum",
}
# a unit kerja continued on the next row (variation identitas_baris_lanjut, SPEC §3.10)
UNIT_LANJUT = "Kota Banyu Langit"

PERSPEKTIF = {"pl": "Penerima Layanan", "pb": "Proses Bisnis", "pi": "Penguatan Internal", "ag": "Anggaran"}

# ----------------------------------------------------------------------------------------- JPT
DIR_RK = {
    "puas": "Meningkatnya kepuasan pasien terhadap layanan RSUD Sekar Arum",
    "mutu": "Meningkatnya mutu layanan klinis rumah sakit",
    "akred": "Terwujudnya tata kelola rumah sakit yang memenuhi standar akreditasi",
    "igd": "Meningkatnya ketepatan layanan gawat darurat dan rujukan",
    "sdm": "Meningkatnya kompetensi sumber daya manusia kesehatan RSUD",
    "blud": "Meningkatnya kemandirian keuangan BLUD RSUD Sekar Arum",
}


def _man(persp: str, rk: str, iki: tuple, **kw: str) -> dict[str, Any]:
    return {"persp": persp, "rk": rk, "iki": iki, **kw}


JPT: dict[str, Any] = {
    "direktur": {
        "jabatan": "Direktur RSUD Sekar Arum Kota Banyu Langit",
        "golongan": ["IV/c", "IV/d"],
        "unit": "rsud",
        "gelar": ("dr.", "M.Kes."),
        "rk_aktivitas": [
            "Melaksanakan pembinaan dan pengawasan pelayanan rumah sakit",
            "Penyusunan rencana bisnis dan anggaran BLUD rumah sakit",
        ],
        "jumlah_rk": 4,  # the RK whose IKI begins with "Jumlah" (target-tanpa-satuan)
        "rks": [
            _man(
                "pl",
                DIR_RK["puas"],
                ("Indeks kepuasan masyarakat terhadap layanan RSUD", 84.5, "poin"),
                deskripsi="Tingkat kepuasan pasien dan keluarga atas layanan rawat jalan, rawat inap dan IGD",
                definisi="Nilai survei kepuasan masyarakat menurut sembilan unsur pelayanan publik",
                formula="Rata-rata tertimbang nilai sembilan unsur pelayanan dikali 25",
                tujuan="Mengukur persepsi penerima layanan terhadap mutu layanan rumah sakit",
                satuan="Poin",
                jenis="Kualitas",
                kendali="Moderate",
                sumber="Laporan survei kepuasan masyarakat semesteran",
                periode="Semesteran",
            ),
            _man(
                "pl",
                DIR_RK["mutu"],
                ("Persentase indikator nasional mutu rumah sakit yang mencapai standar", 85, "%"),
                deskripsi="Pemenuhan standar mutu layanan klinis sesuai indikator nasional mutu",
                definisi="Indikator nasional mutu rumah sakit yang capaiannya memenuhi standar Kemenkes",
                formula="Indikator yang mencapai standar dibagi seluruh indikator nasional mutu dikali 100 %",
                tujuan="Mengukur mutu dan keselamatan layanan klinis rumah sakit",
                satuan="Persen",
                jenis="Kualitas",
                kendali="High",
                sumber="Laporan Komite Mutu dan Keselamatan Pasien",
                periode="Triwulanan",
            ),
            _man(
                "pb",
                DIR_RK["akred"],
                ("Persentase elemen penilaian akreditasi yang tercapai", 90, "%"),
                deskripsi="Kesiapan rumah sakit mempertahankan status akreditasi paripurna",
                definisi="Elemen penilaian standar akreditasi rumah sakit dengan skor tercapai penuh",
                formula="Elemen penilaian tercapai dibagi seluruh elemen penilaian dikali 100 %",
                tujuan="Mengukur pemenuhan standar tata kelola dan pelayanan rumah sakit",
                satuan="Persen",
                jenis="Kualitas",
                kendali="High",
                sumber="Laporan telusur internal Komite Akreditasi",
                periode="Semesteran",
            ),
            _man(
                "pb",
                DIR_RK["igd"],
                ("Persentase pasien IGD yang tertangani dalam waktu tanggap standar", 92, "%"),
                deskripsi="Kecepatan dan ketepatan penanganan pasien gawat darurat dan rujukan masuk",
                definisi="Pasien IGD yang dilayani dokter dalam waktu tanggap standar pelayanan minimal",
                formula="Pasien dengan waktu tanggap sesuai standar dibagi seluruh pasien IGD dikali 100 %",
                tujuan="Mengukur ketepatan layanan gawat darurat",
                satuan="Persen",
                jenis="Kualitas",
                kendali="High",
                sumber="Register IGD dan aplikasi SISRUTE",
                periode="Bulanan",
            ),
            _man(
                "pi",
                DIR_RK["sdm"],
                ("Jumlah tenaga kesehatan yang tersertifikasi kompetensi", 120, "orang"),
                deskripsi="Peningkatan kompetensi dokter, perawat, bidan dan tenaga kesehatan lain",
                definisi="Tenaga kesehatan yang memperoleh sertifikat pelatihan atau uji kompetensi",
                formula="Jumlah tenaga kesehatan dengan sertifikat kompetensi yang terbit tahun berjalan",
                tujuan="Mengukur penguatan kapasitas sumber daya manusia kesehatan",
                satuan="Orang",
                jenis="Kuantitas",
                kendali="High",
                sumber="Data pengembangan kompetensi Subbagian Kepegawaian",
                periode="Triwulanan",
            ),
            _man(
                "ag",
                DIR_RK["blud"],
                ("Rasio pendapatan BLUD terhadap belanja operasional", 88, "%"),
                deskripsi="Kemampuan pendapatan BLUD membiayai belanja operasional rumah sakit",
                definisi="Perbandingan pendapatan operasional BLUD dengan belanja operasional",
                formula="Pendapatan operasional BLUD dibagi belanja operasional dikali 100 %",
                tujuan="Mengukur kemandirian keuangan rumah sakit sebagai BLUD",
                satuan="Persen",
                jenis="Kuantitas",
                kendali="Moderate",
                sumber="Laporan keuangan BLUD",
                periode="Bulanan",
            ),
        ],
    }
}

MANUAL_KOLOM = [
    ("rk", "RENCANA KINERJA"),
    ("deskripsi", "DESKRIPSI RENCANA KINERJA"),
    ("iki", "INDIKATOR KINERJA INDIVIDU"),
    ("definisi", "DEFINISI IKI"),
    ("formula", "FORMULA"),
    ("tujuan", "TUJUAN"),
    ("satuan", "SATUAN PENGUKURAN"),
    ("jenis", "JENIS ASPEK TARGET"),
    ("kendali", "TINGKAT KENDALI IKI"),
    ("sumber", "SUMBER DATA"),
    ("periode", "PERIODE PELAPORAN"),
]


def _rk(atasan: str, rk: str, aktivitas: str, ikis: list, cara: tuple, butir: list | None = None) -> dict:
    return {
        "atasan": atasan,
        "rk": rk,
        "aktivitas": aktivitas,
        "ikis": ikis,
        "cara": cara,
        "butir": butir or [],
    }


# RK of the JA penilai that the staff below intervene
WADIR_YAN_RK = [
    "Meningkatnya kepatuhan layanan medis dan keperawatan terhadap standar mutu",
    "Tertanganinya pasien gawat darurat dan rujukan sesuai waktu standar",
]
WADIR_UMUM_RK = [
    "Tercapainya target pendapatan dan efisiensi belanja BLUD",
    "Tersedianya sumber daya manusia RSUD sesuai kebutuhan layanan",
]
KABAG_KEU_RK = [
    "Tersusunnya laporan keuangan BLUD yang andal dan tepat waktu",
    "Terkendalinya biaya operasional rumah sakit",
]
KABAG_UMUM_RK = [
    "Tertibnya administrasi kepegawaian RSUD Sekar Arum",
    "Terpenuhinya pengembangan kompetensi pegawai RSUD Sekar Arum",
]
KASUBBAG_PEG_RK = [
    "Tersedianya data kepegawaian RSUD yang mutakhir",
    "Terlaksananya pengembangan kompetensi pegawai sesuai rencana",
]
KABID_KEP_RK = [
    "Meningkatnya mutu asuhan keperawatan dan kebidanan di ruang rawat",
    "Terpenuhinya kompetensi perawat dan bidan sesuai kewenangan klinis",
]
KABID_PENMED_RK = [
    "Tersedianya hasil pemeriksaan penunjang medik yang akurat dan tepat waktu",
    "Terjaminnya ketersediaan obat dan bahan medis habis pakai",
]

ROLES: dict[str, dict[str, Any]] = {
    # ------------------------------------------------------------------------------------ JA
    "wadir_yan": {
        "family": "JA",
        "jabatan": "Wakil Direktur Pelayanan",
        "golongan": ["IV/b"],
        "unit": "yan",
        "penilai": "direktur",
        "gelar": ("dr.", "MARS"),
        "rks": [
            _rk(
                DIR_RK["mutu"],
                WADIR_YAN_RK[0],
                "Melakukan pengawasan mutu pelayanan medis dan keperawatan",
                [
                    (
                        "Kuantitas",
                        "Jumlah indikator mutu unit yang dilaporkan kepada Komite Mutu",
                        36,
                        "indikator",
                    ),
                    ("Kualitas", "Persentase unit layanan yang mencapai standar indikator mutu", 85, "%"),
                    ("Waktu", "Waktu penyampaian laporan mutu layanan triwulan", 10, "hari kerja"),
                ],
                ("Rekap indikator mutu unit", "Komite Mutu dan Keselamatan Pasien", "Triwulanan"),
            ),
            _rk(
                DIR_RK["igd"],
                WADIR_YAN_RK[1],
                "",
                [
                    ("Kuantitas", "Jumlah rujukan masuk yang dijawab melalui SISRUTE", 2400, "rujukan"),
                    (
                        "Kualitas",
                        "Persentase pasien IGD dengan waktu tanggap kurang dari lima menit",
                        90,
                        "%",
                    ),
                ],
                ("Register IGD dan SISRUTE", "Instalasi Gawat Darurat", "Bulanan"),
            ),
        ],
    },
    "wadir_umum": {
        "family": "JA",
        "jabatan": "Wakil Direktur Umum dan Keuangan",
        "golongan": ["IV/b"],
        "unit": "umum",
        "penilai": "direktur",
        "gelar": ("", "S.E., M.Ak."),
        "rks": [
            _rk(
                DIR_RK["blud"],
                WADIR_UMUM_RK[0],
                "Mengelola keuangan dan aset rumah sakit",
                [
                    ("Kuantitas", "Jumlah laporan keuangan BLUD yang diselesaikan", 14, "laporan"),
                    ("Kualitas", "Persentase realisasi pendapatan BLUD terhadap target", 95, "%"),
                    (
                        "Waktu",
                        "Waktu penyampaian laporan keuangan tahunan BLUD setelah tahun anggaran",
                        3,
                        "bulan",
                    ),
                ],
                ("Laporan keuangan BLUD", "Bagian Keuangan", "Bulanan"),
            ),
            _rk(
                DIR_RK["sdm"],
                WADIR_UMUM_RK[1],
                "",
                [
                    ("Kuantitas", "Jumlah dokumen analisis kebutuhan pegawai yang ditetapkan", 4, "dokumen"),
                    ("Kualitas", "Persentase formasi tenaga kesehatan prioritas yang terisi", 80, "%"),
                ],
                ("Dokumen anjab dan ABK", "Bagian Umum dan Kepegawaian", "Semesteran"),
            ),
        ],
    },
    "kabag_keu": {
        "family": "JA",
        "jabatan": "Kepala Bagian Keuangan",
        "golongan": ["IV/a"],
        "unit": "keu",
        "penilai": "wadir_umum",
        "gelar": ("", "S.E., M.M."),
        "rks": [
            _rk(
                WADIR_UMUM_RK[0],
                KABAG_KEU_RK[0],
                "Penyusunan laporan keuangan BLUD bulanan",
                [
                    ("Kuantitas", "Jumlah laporan keuangan bulanan BLUD yang tersusun", 12, "laporan"),
                    ("Kualitas", "Persentase akun laporan keuangan tanpa koreksi auditor", 95, "%"),
                    ("Waktu", "Waktu penyampaian laporan keuangan bulanan", 10, "hari kalender"),
                ],
                ("Laporan keuangan bulanan", "Subbagian Akuntansi", "Bulanan"),
            ),
            _rk(
                WADIR_UMUM_RK[0],
                KABAG_KEU_RK[1],
                "",
                [
                    ("Kuantitas", "Jumlah unit kerja yang dipantau realisasi belanjanya", 28, "unit kerja"),
                    (
                        "Kualitas",
                        "Persentase belanja operasional yang sesuai dokumen pelaksanaan anggaran",
                        97,
                        "%",
                    ),
                    ("Biaya", "Biaya pemeliharaan gedung dan instalasi rumah sakit", 450000000, "Rp"),
                ],
                ("Laporan realisasi belanja", "Subbagian Perbendaharaan", "Bulanan"),
            ),
        ],
    },
    "kabid_kep": {
        "family": "JA",
        "jabatan": "Kepala Bidang Keperawatan",
        "golongan": ["IV/a"],
        "unit": "kep",
        "penilai": "wadir_yan",
        "gelar": ("", "S.Kep., Ns., M.Kep."),
        "rks": [
            _rk(
                WADIR_YAN_RK[0],
                KABID_KEP_RK[0],
                "Melaksanakan supervisi asuhan keperawatan di ruang rawat inap",
                [
                    ("Kuantitas", "Jumlah ruang rawat yang disupervisi asuhan keperawatannya", 18, "ruang"),
                    ("Kualitas", "Persentase kelengkapan dokumentasi asuhan keperawatan", 90, "%"),
                    ("Waktu", "Waktu penyampaian rekap supervisi keperawatan bulanan", 5, "hari kerja"),
                ],
                ("Rekap supervisi keperawatan", "Kepala ruang rawat", "Bulanan"),
            ),
            _rk(
                WADIR_YAN_RK[0],
                KABID_KEP_RK[1],
                "",
                [
                    ("Kuantitas", "Jumlah perawat dan bidan yang dikredensial", 160, "orang"),
                    (
                        "Kualitas",
                        "Persentase perawat dan bidan dengan surat penugasan klinis berlaku",
                        92,
                        "%",
                    ),
                ],
                ("Rekomendasi kredensial", "Komite Keperawatan", "Semesteran"),
            ),
        ],
    },
    "kabid_penmed": {
        "family": "JA",
        "jabatan": "Kepala Bidang Penunjang Medik",
        "golongan": ["IV/a"],
        "unit": "penmed",
        "penilai": "wadir_yan",
        "gelar": ("", "S.Si., M.Kes."),
        "rks": [
            _rk(
                WADIR_YAN_RK[0],
                KABID_PENMED_RK[0],
                "Koordinasi pelayanan laboratorium, radiologi dan farmasi",
                [
                    (
                        "Kuantitas",
                        "Jumlah parameter laboratorium yang mengikuti pemantapan mutu eksternal",
                        24,
                        "parameter",
                    ),
                    (
                        "Kualitas",
                        "Persentase nilai kritis laboratorium yang dilaporkan kurang dari 30 menit",
                        95,
                        "%",
                    ),
                    ("Waktu", "Waktu tunggu hasil pemeriksaan radiologi rawat jalan", 180, "menit"),
                ],
                ("Register hasil penunjang", "Instalasi Laboratorium dan Radiologi", "Bulanan"),
            ),
            _rk(
                WADIR_YAN_RK[1],
                KABID_PENMED_RK[1],
                "",
                [
                    ("Kuantitas", "Jumlah item obat emergensi yang tersedia di depo IGD", 120, "item"),
                    ("Kualitas", "Persentase kesesuaian stok obat dengan kartu stok", 98, "%"),
                ],
                ("Laporan stok obat", "Instalasi Farmasi", "Bulanan"),
            ),
        ],
    },
    "kasubbag_peg": {
        "family": "JA",
        "jabatan": "Kepala Subbagian Kepegawaian",
        "golongan": ["III/d", "IV/a"],
        "unit": "peg",
        "penilai": "kabag_umum",
        "gelar": ("", "S.Sos."),
        "rks": [
            _rk(
                KABAG_UMUM_RK[0],
                KASUBBAG_PEG_RK[0],
                "Input data pegawai ke aplikasi SIASN",
                [
                    ("Kuantitas", "Jumlah data pegawai yang dimutakhirkan pada SIASN", 640, "pegawai"),
                    (
                        "Kualitas",
                        "Persentase data pegawai tanpa ketidaksesuaian saat verifikasi BKPSDM",
                        96,
                        "%",
                    ),
                    (
                        "Waktu",
                        "Waktu penyelesaian usulan kenaikan pangkat sejak berkas lengkap",
                        7,
                        "hari kerja",
                    ),
                ],
                ("Data SIASN dan register usulan", "Subbagian Kepegawaian", "Triwulanan"),
            ),
            _rk(
                KABAG_UMUM_RK[1],
                KASUBBAG_PEG_RK[1],
                "",
                [
                    (
                        "Kuantitas",
                        "Jumlah pegawai yang mengikuti pelatihan paling sedikit 20 jam pelajaran",
                        300,
                        "pegawai",
                    ),
                    ("Kualitas", "Persentase usulan pelatihan yang disetujui", 75, "%"),
                ],
                ("Sertifikat pelatihan", "Subbagian Kepegawaian", "Semesteran"),
            ),
        ],
    },
    "pengadministrasi": {
        "family": "JA",
        "jabatan": "Pengadministrasi Perkantoran",
        "golongan": ["II/c", "II/d"],
        "unit": "peg",
        "penilai": "kasubbag_peg",
        "gelar": ("", ""),
        "rks": [
            _rk(
                KASUBBAG_PEG_RK[0],
                "Arsip kepegawaian RSUD tertata dan mudah ditelusuri",
                "Mengarsipkan berkas kepegawaian ke dalam arsip digital",
                [
                    ("Kuantitas", "Jumlah berkas kepegawaian yang dipindai ke arsip digital", 1200, "berkas"),
                    ("Kualitas", "Persentase berkas yang ditemukan kembali pada uji petik", 95, "%"),
                    ("Waktu", "Waktu penyelesaian pemindaian berkas pegawai baru", 3, "hari kerja"),
                ],
                ("Daftar arsip digital", "Subbagian Kepegawaian", "Bulanan"),
            ),
            _rk(
                KASUBBAG_PEG_RK[0],
                "Usulan cuti pegawai tercatat dengan lengkap",
                "",
                [
                    ("Kuantitas", "Jumlah usulan cuti pegawai yang dicatat", 850, "usulan"),
                    ("Kualitas", "Persentase usulan cuti yang diproses tanpa pengembalian berkas", 90, "%"),
                ],
                ("Buku register cuti", "Subbagian Kepegawaian", "Bulanan"),
            ),
        ],
    },
    "pengelola_layanan": {
        "family": "JA",
        "jabatan": "Pengelola Layanan Operasional",
        "golongan": ["III/a", "III/b"],
        "unit": "keu",
        "penilai": "kabag_keu",
        "gelar": ("", "A.Md."),
        "rks": [
            _rk(
                KABAG_KEU_RK[0],
                "Bukti setor penerimaan BLUD terverifikasi dan terekam",
                "Rekapitulasi penerimaan kasir rawat jalan",
                [
                    ("Kuantitas", "Jumlah bukti setor penerimaan yang diverifikasi", 3600, "bukti setor"),
                    ("Kualitas", "Persentase bukti setor yang cocok dengan rekening koran", 98, "%"),
                    ("Waktu", "Waktu perekaman penerimaan harian ke aplikasi keuangan", 3, "hari"),
                ],
                ("Bukti setor dan rekening koran", "Subbagian Perbendaharaan", "Harian"),
            ),
            _rk(
                KABAG_KEU_RK[1],
                "Laporan realisasi belanja unit kerja tersaji tepat waktu",
                "",
                [
                    ("Kuantitas", "Jumlah laporan realisasi belanja unit yang disusun", 48, "laporan"),
                    ("Kualitas", "Persentase laporan realisasi yang diterima tanpa perbaikan", 90, "%"),
                ],
                ("Laporan realisasi belanja", "Bagian Keuangan", "Bulanan"),
            ),
        ],
    },
    # ------------------------------------------------------------------------------------ JF
    "dokter_madya": {
        "family": "JF",
        "jabatan": "Dokter Ahli Madya",
        "tanpa_ahli": "Dokter Madya",
        "jenjang": "Ahli Madya",
        "golongan": ["IV/a", "IV/b"],
        "unit": "igd",
        "penilai": "wadir_yan",
        "gelar": ("dr.", ""),
        "rks": [
            _rk(
                WADIR_YAN_RK[1],
                "Pasien gawat darurat memperoleh tata laksana medis sesuai panduan praktik klinis",
                "Melakukan pemeriksaan dan tindakan medis pasien gawat darurat",
                [
                    ("Kuantitas", "Jumlah pasien gawat darurat yang ditangani", 1800, "pasien"),
                    ("Kualitas", "Persentase rekam medis IGD yang diisi lengkap dalam 24 jam", 90, "%"),
                    ("Waktu", "Waktu tanggap pelayanan dokter di IGD", 5, "menit"),
                ],
                ("Register pasien IGD", "Instalasi Gawat Darurat", "Bulanan"),
                [
                    ("Melakukan pelayanan medik umum gawat darurat tingkat lanjut", "Pasien", 0.048),
                    ("Melakukan resusitasi jantung paru pada pasien henti jantung", "Tindakan", 0.12),
                ],
            ),
            _rk(
                WADIR_YAN_RK[0],
                "Tersedianya audit klinis kasus kegawatdaruratan yang ditindaklanjuti",
                "",
                [
                    ("Kuantitas", "Jumlah audit klinis kasus kegawatdaruratan yang diselesaikan", 6, "audit"),
                    ("Kualitas", "Persentase rekomendasi audit klinis yang ditindaklanjuti unit", 80, "%"),
                ],
                ("Laporan audit klinis", "Komite Medik", "Triwulanan"),
                [("Melakukan audit medik", "Laporan audit", 0.375)],
            ),
        ],
    },
    "dokter_sp": {
        "family": "JF",
        "jabatan": "Dokter Spesialis Ahli Muda",
        "tanpa_ahli": "Dokter Spesialis Muda",
        "jenjang": "Ahli Muda",
        "golongan": ["III/c", "III/d"],
        "unit": "ranap",
        "penilai": "wadir_yan",
        "gelar": ("dr.", "Sp.PD."),
        "rks": [
            _rk(
                WADIR_YAN_RK[0],
                "Pasien rawat inap penyakit dalam mendapat asuhan medis sesuai clinical pathway",
                "Melaksanakan visite pasien rawat inap penyakit dalam",
                [
                    ("Kuantitas", "Jumlah pasien rawat inap penyakit dalam yang dirawat", 900, "pasien"),
                    ("Kualitas", "Persentase kepatuhan terhadap clinical pathway diabetes melitus", 85, "%"),
                    ("Waktu", "Rata-rata lama rawat pasien diabetes melitus", 6, "hari"),
                ],
                ("Rekam medis dan audit clinical pathway", "Instalasi Rawat Inap", "Bulanan"),
                [("Melakukan pelayanan medik spesialistik rawat inap", "Pasien", 0.035)],
            ),
            _rk(
                WADIR_YAN_RK[1],
                "Tersedianya jawaban konsultasi spesialis penyakit dalam bagi pasien rujukan",
                "",
                [
                    (
                        "Kuantitas",
                        "Jumlah konsultasi spesialis yang dijawab untuk pasien rujukan",
                        360,
                        "konsultasi",
                    ),
                    ("Kualitas", "Persentase konsultasi yang dijawab dalam 24 jam", 90, "%"),
                ],
                ("Lembar konsultasi", "Instalasi Rawat Inap", "Bulanan"),
                [
                    ("Memberikan konsultasi medik spesialistik", "Lembar konsultasi", 0.024),
                    ("Membuat surat keterangan medis pasien rujukan", "Surat keterangan", 0.006),
                ],
            ),
        ],
    },
    "perawat_ap": {
        "family": "JF",
        "jabatan": "Perawat Ahli Pertama",
        "tanpa_ahli": "Perawat Pertama",
        "jenjang": "Ahli Pertama",
        "golongan": ["III/a", "III/b"],
        "unit": "melati",
        "penilai": "kabid_kep",
        "gelar": ("", "S.Kep., Ns."),
        "rks": [
            _rk(
                KABID_KEP_RK[0],
                "Pasien rawat inap Ruang Melati memperoleh asuhan keperawatan sesuai standar",
                "Melakukan pengkajian keperawatan pasien rawat inap",
                [
                    ("Kuantitas", "Jumlah pasien yang dikelola asuhan keperawatannya", 420, "pasien"),
                    ("Kualitas", "Persentase dokumentasi asuhan keperawatan yang lengkap", 92, "%"),
                    ("Waktu", "Waktu penyelesaian pengkajian awal keperawatan sejak pasien masuk", 24, "jam"),
                ],
                ("Dokumentasi asuhan keperawatan", "Ruang Rawat Inap Melati", "Bulanan"),
                [
                    ("Melakukan pengkajian keperawatan lanjutan pada individu", "Dokumen pengkajian", 0.01),
                    ("Menyusun rencana asuhan keperawatan", "Dokumen rencana", 0.008),
                ],
            ),
            _rk(
                KABID_KEP_RK[0],
                "Tersedianya edukasi pencegahan risiko jatuh bagi pasien dan keluarga",
                "",
                [
                    ("Kuantitas", "Jumlah pasien berisiko jatuh yang diedukasi", 300, "pasien"),
                    ("Kualitas", "Persentase pasien berisiko jatuh yang terpasang penanda risiko", 95, "%"),
                ],
                ("Lembar edukasi pasien", "Ruang Rawat Inap Melati", "Bulanan"),
                [("Melakukan edukasi kesehatan pada individu dan keluarga", "Laporan edukasi", 0.005)],
            ),
        ],
    },
    "perawat_terampil": {
        "family": "JF",
        "jabatan": "Perawat Terampil",
        "jenjang": "Terampil",
        "golongan": ["II/c", "II/d"],
        "unit": "igd",
        "penilai": "kabid_kep",
        "gelar": ("", "A.Md.Kep."),
        "rks": [
            _rk(
                KABID_KEP_RK[0],
                "Pasien IGD memperoleh tindakan keperawatan dasar sesuai prosedur",
                "Melaksanakan tindakan keperawatan di IGD",
                [
                    (
                        "Kuantitas",
                        "Jumlah pasien IGD yang mendapat tindakan keperawatan dasar",
                        1500,
                        "pasien",
                    ),
                    ("Kualitas", "Persentase pemasangan infus tanpa kejadian plebitis", 95, "%"),
                    ("Waktu", "Waktu triase pasien sejak tiba di IGD", 5, "menit"),
                ],
                ("Register tindakan IGD", "Instalasi Gawat Darurat", "Bulanan"),
                [
                    (
                        "Melakukan tindakan keperawatan dasar pada pasien gawat darurat",
                        "Catatan tindakan",
                        0.004,
                    )
                ],
            ),
            _rk(
                KABID_KEP_RK[0],
                "Alat kesehatan ruang resusitasi IGD siap pakai",
                "",
                [
                    ("Kuantitas", "Jumlah alat kesehatan yang diperiksa kesiapannya", 40, "alat"),
                    ("Kualitas", "Persentase alat kesehatan yang berfungsi saat digunakan", 98, "%"),
                ],
                ("Daftar tilik alat", "Instalasi Gawat Darurat", "Mingguan"),
                [("Melakukan pemeliharaan alat kesehatan keperawatan", "Daftar tilik", 0.003)],
            ),
        ],
    },
    "perawat_penyelia": {
        "family": "JF",
        "jabatan": "Perawat Penyelia",
        "jenjang": "Penyelia",
        "golongan": ["III/c", "III/d"],
        "unit": "ibs",
        "penilai": "kabid_kep",
        "gelar": ("", "A.Md.Kep."),
        "rks": [
            _rk(
                KABID_KEP_RK[0],
                "Pasien bedah memperoleh asuhan keperawatan perioperatif yang aman",
                "Mengawasi pelaksanaan asuhan keperawatan perioperatif",
                [
                    (
                        "Kuantitas",
                        "Jumlah pasien operasi yang dikelola asuhan perioperatifnya",
                        650,
                        "pasien",
                    ),
                    ("Kualitas", "Persentase kepatuhan penerapan daftar tilik keselamatan operasi", 97, "%"),
                    ("Waktu", "Waktu penyerahan laporan insiden kamar operasi", 2, "hari"),
                ],
                ("Daftar tilik keselamatan operasi", "Instalasi Bedah Sentral", "Bulanan"),
                [("Melakukan asuhan keperawatan perioperatif", "Dokumen asuhan", 0.012)],
            ),
            _rk(
                KABID_KEP_RK[1],
                "Perawat pelaksana kamar operasi terbimbing sesuai kewenangan klinis",
                "",
                [
                    ("Kuantitas", "Jumlah perawat pelaksana yang dibimbing", 12, "orang"),
                    ("Kualitas", "Persentase perawat bimbingan yang lulus uji kompetensi", 85, "%"),
                ],
                ("Catatan bimbingan", "Komite Keperawatan", "Triwulanan"),
                [("Melakukan bimbingan teknis keperawatan", "Laporan bimbingan", 0.04)],
            ),
        ],
    },
    "bidan_mahir": {
        "family": "JF",
        "jabatan": "Bidan Mahir",
        "jenjang": "Mahir",
        "golongan": ["III/a", "III/b"],
        "unit": "vk",
        "penilai": "kabid_kep",
        "gelar": ("", "A.Md.Keb."),
        "rks": [
            _rk(
                KABID_KEP_RK[0],
                "Ibu bersalin normal memperoleh asuhan kebidanan sesuai standar",
                "Melakukan pertolongan persalinan normal",
                [
                    ("Kuantitas", "Jumlah ibu bersalin normal yang mendapat asuhan kebidanan", 240, "ibu"),
                    ("Kualitas", "Persentase partograf yang diisi lengkap", 95, "%"),
                    ("Waktu", "Waktu inisiasi menyusu dini setelah bayi lahir", 60, "menit"),
                ],
                ("Register persalinan dan partograf", "Ruang Bersalin", "Bulanan"),
                [
                    ("Melakukan pertolongan persalinan normal", "Dokumen persalinan", 0.05),
                    ("Melakukan asuhan bayi baru lahir", "Dokumen asuhan", 0.01),
                ],
            ),
            _rk(
                KABID_KEP_RK[0],
                "Tersedianya konseling KB pascapersalinan bagi ibu nifas",
                "",
                [
                    ("Kuantitas", "Jumlah ibu nifas yang mendapat konseling KB pascapersalinan", 200, "ibu"),
                    ("Kualitas", "Persentase ibu nifas yang memilih metode KB pascapersalinan", 60, "%"),
                ],
                ("Register konseling KB", "Ruang Bersalin", "Bulanan"),
                [("Melakukan konseling keluarga berencana", "Catatan konseling", 0.006)],
            ),
        ],
    },
    "apoteker_muda": {
        "family": "JF",
        "jabatan": "Apoteker Ahli Muda",
        "tanpa_ahli": "Apoteker Muda",
        "jenjang": "Ahli Muda",
        "golongan": ["III/c", "III/d"],
        "unit": "farmasi",
        "penilai": "kabid_penmed",
        "gelar": ("apt.", "S.Farm., M.Farm."),
        "rks": [
            _rk(
                KABID_PENMED_RK[1],
                "Obat dan BMHP tersedia sesuai formularium rumah sakit",
                "Melaksanakan pengadaan obat melalui e-katalog",
                [
                    ("Kuantitas", "Jumlah item obat formularium yang tersedia", 420, "item"),
                    ("Kualitas", "Persentase kesesuaian penulisan resep dengan formularium", 90, "%"),
                    ("Waktu", "Waktu tunggu pelayanan resep obat jadi", 30, "menit"),
                ],
                ("Laporan ketersediaan obat", "Instalasi Farmasi", "Bulanan"),
                [("Melakukan perencanaan kebutuhan sediaan farmasi", "Dokumen perencanaan", 0.3)],
            ),
            _rk(
                KABID_PENMED_RK[1],
                "Terpantaunya terapi obat pasien rawat inap",
                "",
                [
                    ("Kuantitas", "Jumlah pasien rawat inap yang dipantau terapi obatnya", 480, "pasien"),
                    (
                        "Kualitas",
                        "Persentase rekomendasi pemantauan terapi obat yang diterima dokter",
                        80,
                        "%",
                    ),
                ],
                ("Catatan pemantauan terapi obat", "Instalasi Farmasi", "Bulanan"),
                [
                    ("Melakukan pemantauan terapi obat", "Catatan pemantauan", 0.02),
                    ("Melakukan rekonsiliasi obat", "Formulir rekonsiliasi", 0.01),
                ],
            ),
        ],
    },
    "asisten_apoteker": {
        "family": "JF",
        "jabatan": "Asisten Apoteker Terampil",
        "jenjang": "Terampil",
        "golongan": ["II/c", "II/d"],
        "unit": "farmasi",
        "penilai": "kabid_penmed",
        "gelar": ("", "A.Md.Farm."),
        "rks": [
            _rk(
                KABID_PENMED_RK[1],
                "Resep pasien rawat jalan terlayani dengan tepat",
                "Melayani resep pasien rawat jalan",
                [
                    ("Kuantitas", "Jumlah lembar resep rawat jalan yang dilayani", 24000, "lembar"),
                    ("Kualitas", "Persentase resep yang dilayani tanpa kesalahan pemberian obat", 99, "%"),
                    ("Waktu", "Waktu tunggu pelayanan resep racikan", 60, "menit"),
                ],
                ("Register pelayanan resep", "Instalasi Farmasi", "Bulanan"),
                [("Menyiapkan dan menyerahkan obat sesuai resep", "Lembar resep", 0.001)],
            ),
            _rk(
                KABID_PENMED_RK[1],
                "Stok obat gudang farmasi tercatat akurat",
                "",
                [
                    ("Kuantitas", "Jumlah kartu stok obat yang dimutakhirkan", 380, "kartu"),
                    ("Kualitas", "Persentase kecocokan stok fisik dengan kartu stok", 98, "%"),
                ],
                ("Kartu stok dan berita acara stok opname", "Gudang Farmasi", "Triwulanan"),
                [("Melakukan pencatatan dan pelaporan sediaan farmasi", "Kartu stok", 0.002)],
            ),
        ],
    },
    "pranata_lab": {
        "family": "JF",
        "jabatan": "Pranata Laboratorium Kesehatan Penyelia",
        "jenjang": "Penyelia",
        "golongan": ["III/c", "III/d"],
        "unit": "lab",
        "penilai": "kabid_penmed",
        "gelar": ("", "A.Md.AK."),
        "rks": [
            _rk(
                KABID_PENMED_RK[0],
                "Hasil pemeriksaan hematologi dan kimia klinik akurat",
                "Melakukan pemeriksaan spesimen darah pasien",
                [
                    ("Kuantitas", "Jumlah spesimen darah yang diperiksa", 15000, "spesimen"),
                    ("Kualitas", "Persentase hasil pemantapan mutu internal dalam batas kendali", 95, "%"),
                    ("Waktu", "Waktu penyelesaian hasil pemeriksaan darah rutin", 60, "menit"),
                ],
                ("Register laboratorium", "Instalasi Laboratorium", "Bulanan"),
                [
                    ("Melakukan pemeriksaan hematologi otomatik", "Hasil pemeriksaan", 0.002),
                    ("Melakukan validasi hasil pemeriksaan kimia klinik", "Hasil tervalidasi", 0.003),
                ],
            ),
            _rk(
                KABID_PENMED_RK[0],
                "Alat laboratorium terkalibrasi dan siap pakai",
                "",
                [
                    ("Kuantitas", "Jumlah alat laboratorium yang dikalibrasi", 14, "alat"),
                    ("Kualitas", "Persentase alat yang lulus uji fungsi setelah kalibrasi", 95, "%"),
                ],
                ("Sertifikat kalibrasi", "Instalasi Laboratorium", "Semesteran"),
                [("Melakukan pemeliharaan dan kalibrasi alat laboratorium", "Laporan kalibrasi", 0.025)],
            ),
        ],
    },
    "perekam_medis": {
        "family": "JF",
        "jabatan": "Perekam Medis Terampil",
        "jenjang": "Terampil",
        "golongan": ["II/c", "II/d"],
        "unit": "rm",
        "penilai": "kabid_penmed",
        "gelar": ("", "A.Md.RMIK"),
        "rks": [
            _rk(
                KABID_PENMED_RK[0],
                "Berkas rekam medis pasien rawat inap lengkap dan terkode",
                "Pengodean diagnosis pasien rawat inap",
                [
                    ("Kuantitas", "Jumlah berkas rekam medis rawat inap yang dikode", 7200, "berkas"),
                    ("Kualitas", "Persentase ketepatan kode diagnosis ICD-10", 95, "%"),
                    ("Waktu", "Waktu pengembalian berkas rekam medis setelah pasien pulang", 2, "hari"),
                ],
                ("Register pengembalian berkas", "Instalasi Rekam Medis", "Bulanan"),
                [("Melakukan pengodean diagnosis penyakit", "Berkas terkode", 0.002)],
            ),
            _rk(
                KABID_PENMED_RK[0],
                "Laporan indikator rawat inap tersaji tepat waktu",
                "",
                [
                    ("Kuantitas", "Jumlah laporan indikator BOR, LOS dan TOI yang disusun", 12, "laporan"),
                    ("Kualitas", "Persentase laporan yang diterima tanpa revisi", 90, "%"),
                ],
                ("Laporan indikator rawat inap", "Instalasi Rekam Medis", "Bulanan"),
                [("Menyusun laporan statistik rumah sakit", "Laporan", 0.01)],
            ),
        ],
    },
    "nutrisionis": {
        "family": "JF",
        "jabatan": "Nutrisionis Ahli Pertama",
        "tanpa_ahli": "Nutrisionis Pertama",
        "jenjang": "Ahli Pertama",
        "golongan": ["III/a", "III/b"],
        "unit": "gizi",
        "penilai": "kabid_penmed",
        "gelar": ("", "S.Gz."),
        "rks": [
            _rk(
                KABID_PENMED_RK[0],
                "Pasien rawat inap berisiko malnutrisi memperoleh asuhan gizi terstandar",
                "Melaksanakan skrining gizi pasien rawat inap",
                [
                    (
                        "Kuantitas",
                        "Jumlah pasien berisiko malnutrisi yang mendapat asuhan gizi",
                        520,
                        "pasien",
                    ),
                    ("Kualitas", "Persentase pasien dengan sisa makanan kurang dari 20 persen", 80, "%"),
                    ("Waktu", "Waktu skrining gizi sejak pasien masuk rawat inap", 24, "jam"),
                ],
                ("Formulir asuhan gizi", "Instalasi Gizi", "Bulanan"),
                [("Melakukan asuhan gizi pada pasien rawat inap", "Dokumen asuhan gizi", 0.009)],
            ),
            _rk(
                KABID_PENMED_RK[0],
                "Tersedianya konseling gizi bagi pasien rawat jalan",
                "",
                [
                    ("Kuantitas", "Jumlah pasien rawat jalan yang mendapat konseling gizi", 360, "pasien"),
                    ("Kualitas", "Persentase pasien konseling yang mencapai target diet", 70, "%"),
                ],
                ("Catatan konseling gizi", "Instalasi Gizi", "Bulanan"),
                [("Melakukan konseling gizi perorangan", "Catatan konseling", 0.004)],
            ),
        ],
    },
    "radiografer": {
        "family": "JF",
        "jabatan": "Radiografer Mahir",
        "jenjang": "Mahir",
        "golongan": ["III/a", "III/b"],
        "unit": "rad",
        "penilai": "kabid_penmed",
        "gelar": ("", "A.Md.Rad."),
        "rks": [
            _rk(
                KABID_PENMED_RK[0],
                "Citra radiografi pasien memenuhi standar diagnostik",
                "Melakukan pemeriksaan radiografi konvensional",
                [
                    ("Kuantitas", "Jumlah pemeriksaan radiografi yang dikerjakan", 5400, "pemeriksaan"),
                    ("Kualitas", "Persentase citra radiografi yang diterima tanpa pengulangan", 96, "%"),
                    ("Waktu", "Waktu tunggu hasil foto toraks rawat jalan", 120, "menit"),
                ],
                ("Register radiologi", "Instalasi Radiologi", "Bulanan"),
                [("Melakukan pemeriksaan radiografi konvensional tanpa kontras", "Citra radiografi", 0.003)],
            ),
            _rk(
                KABID_PENMED_RK[0],
                "Paparan radiasi pekerja radiologi terpantau",
                "",
                [
                    ("Kuantitas", "Jumlah laporan pembacaan dosimeter perorangan", 48, "laporan"),
                    ("Kualitas", "Persentase pekerja radiasi dengan dosis di bawah nilai batas", 98, "%"),
                ],
                ("Laporan dosimeter", "Instalasi Radiologi", "Triwulanan"),
                [("Melakukan pemantauan dosis radiasi perorangan", "Laporan pemantauan", 0.005)],
            ),
        ],
    },
}

# rated only: the Kepala Bagian Umum dan Kepegawaian (penilai of the Kepala Subbagian Kepegawaian)
PENILAI_SAJA = {
    "kabag_umum": {
        "jabatan": "Kepala Bagian Umum dan Kepegawaian",
        "golongan": ["IV/a"],
        "unit": "bagumum",
        "gelar": ("", "S.H., M.H."),
    }
}

# variation aspek_pp46: the aspek written with the PP 46 words SPEC §3.10 lists
ASPEK_PP46 = {
    "Kuantitas": "Kuant/Output",
    "Kualitas": "Kual/Mutu",
    "Waktu": "Waktu",
    "Biaya": "Biaya",
}
ASPEK_PP46_BULAN = "Waktu (bulan)"

JUDUL_TAK_DIKENAL = ["PROGRAM / KEGIATAN UNIT KERJA", "SASARAN KEGIATAN INSTALASI"]
CATATAN_REVIU = ["Sesuai", "Sudah selaras", "Lanjut penetapan"]
IDE = "IDE BARU DAN/ATAU CARA BARU YANG BERMANFAAT BAGI ORGANISASI"
KOMENTAR = {
    "target": "Tulis angka beserta satuannya, misalnya 12 laporan.",
    "nip": "NIP diketik sebagai teks (18 angka).",
}
