"""Texts for the independent evaluation set: names, agencies, jabatan and rencana kinerja.

Written for this set alone (not taken from the project's fixtures or templates), in the way agencies word
their SKP: results rather than activities, targets with a satuan. Every RK entry is
``(rk_atasan, rk, [(aspek, iki, target, satuan), ...], (data, sumber data, waktu pengumpulan))``; a target is
a number or a ``(min, max)`` range. Waktu and biaya IKI are "lower is better" (SPEC §6.1 kondisi khusus).
"""

from __future__ import annotations

NAMA_DEPAN = [
    "Ahmad",
    "Siti",
    "Rudi",
    "Dewi",
    "Agus",
    "Nur",
    "Yusuf",
    "Ratna",
    "Hendra",
    "Wulan",
    "Bambang",
    "Lestari",
    "Teguh",
    "Indah",
    "Fadli",
    "Rahmawati",
    "Arif",
    "Sri",
    "Joko",
    "Melati",
    "Hasanuddin",
    "Fitri",
    "Gede",
    "Ketut",
    "Made",
    "Novita",
    "Yohanes",
    "Maria",
    "Rizki",
    "Ayu",
    "Syahrul",
    "Putri",
    "Andi",
    "Nurul",
]
NAMA_BELAKANG = [
    "Saputra",
    "Rahayu",
    "Hidayat",
    "Kusuma",
    "Siregar",
    "Nasution",
    "Wibowo",
    "Lubis",
    "Pratama",
    "Susanti",
    "Harahap",
    "Setiawan",
    "Permana",
    "Wijayanti",
    "Simanjuntak",
    "Daulay",
    "Suryani",
    "Manurung",
    "Ramadhan",
    "Halim",
    "Tanjung",
    "Purnomo",
    "Mahendra",
    "Salim",
    "Sinaga",
    "Utami",
    "Batubara",
    "Gultom",
]
GELAR = [
    "",
    "",
    ", S.E.",
    ", S.Kom.",
    ", S.H.",
    ", S.Sos.",
    ", S.T., M.T.",
    ", S.AP.",
    ", A.Md.",
    ", S.E., M.Si.",
    ", S.Kep., Ners",
    ", S.ST.",
    ", M.Ak.",
]

DAERAH = [
    ("KABUPATEN LEMBAH HIJAU", "Lembah Hijau", "Jl. Veteran No. 12 Telp. (0631) 21450"),
    ("KOTA BATU JAJAR", "Batu Jajar", "Jl. Pahlawan No. 3, Kode Pos 45211"),
    ("KABUPATEN SUNGAI RAWA", "Rawa Jaya", "Komplek Perkantoran Bukit Indah Blok C"),
    ("PROVINSI NUSA KARANG", "Karang Asri", "Jl. Gatot Subroto Km. 4"),
    ("KABUPATEN TELUK PERMAI", "Permai", "Jl. Ahmad Yani No. 88"),
]

# pangkat by golongan (PP 99/2000)
PANGKAT = {
    "II/a": "Pengatur Muda",
    "II/b": "Pengatur Muda Tingkat I",
    "II/c": "Pengatur",
    "II/d": "Pengatur Tingkat I",
    "III/a": "Penata Muda",
    "III/b": "Penata Muda Tingkat I",
    "III/c": "Penata",
    "III/d": "Penata Tingkat I",
    "IV/a": "Pembina",
    "IV/b": "Pembina Tingkat I",
    "IV/c": "Pembina Utama Muda",
    "IV/d": "Pembina Utama Madya",
    "IV/e": "Pembina Utama",
}

# ---------------------------------------------------------------- RK banks for JA/JF, per bidang
K, Q, W, B = "kuantitas", "kualitas", "waktu", "biaya"

BIDANG = {
    "kepegawaian": {
        "dinas": "BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA",
        "unit": "Bidang Pengadaan, Pemberhentian dan Informasi Kepegawaian",
        "unit_atasan": "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia",
        "jf": [("Analis Kepegawaian", "ahli"), ("Pranata Komputer", "ahli")],
        "ja": ["Pengadministrasi Kepegawaian", "Pengolah Data Kepegawaian"],
        "kabid": "Kepala Bidang Pengadaan, Pemberhentian dan Informasi Kepegawaian",
        "kasi": "Kepala Sub Bidang Informasi Kepegawaian",
        "rk": [
            (
                "Meningkatnya akurasi data dan informasi kepegawaian daerah",
                "Data pegawai pada SIASN termutakhir dan valid",
                [
                    (K, "Jumlah data pegawai yang dimutakhirkan", 850, "data"),
                    (Q, "Persentase data pegawai yang lolos verifikasi BKN", 95, "%"),
                    (W, "Waktu pemutakhiran data pegawai", 11, "bulan"),
                ],
                ("Rekap data terverifikasi", "Aplikasi SIASN", "Triwulanan"),
            ),
            (
                "Meningkatnya kualitas perencanaan kebutuhan ASN",
                "Dokumen analisis kebutuhan pegawai perangkat daerah tersusun akurat",
                [
                    (K, "Jumlah dokumen analisis kebutuhan pegawai yang tersusun", 6, "dokumen"),
                    (Q, "Persentase formasi usulan yang sesuai hasil verifikasi", 90, "%"),
                    (W, "Waktu penyelesaian dokumen analisis kebutuhan pegawai", 10, "bulan"),
                ],
                ("Dokumen analisis kebutuhan", "Sub Bidang Pengadaan", "Semesteran"),
            ),
            (
                "Meningkatnya ketepatan layanan administrasi kepegawaian",
                "Usulan kenaikan pangkat pegawai terselesaikan tepat waktu",
                [
                    (K, "Jumlah usulan kenaikan pangkat yang terselesaikan", 120, "usulan"),
                    (Q, "Persentase usulan yang disetujui tanpa perbaikan", 85, "%"),
                    (W, "Rata-rata waktu penyelesaian usulan", 5, "hari"),
                ],
                ("Daftar usulan kenaikan pangkat", "Aplikasi I-Mut BKN", "Bulanan"),
            ),
            (
                "Meningkatnya akuntabilitas kinerja aparatur",
                "Laporan evaluasi kinerja pegawai tersaji lengkap",
                [
                    (K, "Jumlah laporan evaluasi kinerja pegawai", 4, "laporan"),
                    (Q, "Persentase perangkat daerah yang menyampaikan data kinerja", 80, "%"),
                    (W, "Waktu penyampaian laporan setelah akhir triwulan", 10, "hari"),
                ],
                ("Laporan evaluasi", "Aplikasi e-Kinerja", "Triwulanan"),
            ),
        ],
    },
    "keuangan": {
        "dinas": "BADAN PENGELOLAAN KEUANGAN DAN ASET DAERAH",
        "unit": "Bidang Perbendaharaan",
        "unit_atasan": "Badan Pengelolaan Keuangan dan Aset Daerah",
        "jf": [("Analis Keuangan Pusat dan Daerah", "ahli"), ("Pengelola Pengadaan Barang/Jasa", "ahli")],
        "ja": ["Verifikator Keuangan", "Penata Laporan Keuangan"],
        "kabid": "Kepala Bidang Perbendaharaan",
        "kasi": "Kepala Sub Bidang Belanja Langsung",
        "rk": [
            (
                "Terwujudnya pengelolaan kas daerah yang tertib dan akuntabel",
                "Surat perintah pencairan dana terbit tepat waktu",
                [
                    (K, "Jumlah SP2D yang diterbitkan", 1250, "dokumen"),
                    (Q, "Persentase SP2D yang terbit tanpa koreksi", 95, "%"),
                    (W, "Rata-rata waktu penerbitan SP2D", 2, "hari"),
                ],
                ("Register SP2D", "Aplikasi SIPD", "Bulanan"),
            ),
            (
                "Meningkatnya kualitas laporan keuangan pemerintah daerah",
                "Laporan keuangan perangkat daerah tersaji sesuai standar akuntansi pemerintahan",
                [
                    (K, "Jumlah laporan keuangan perangkat daerah yang terkonsolidasi", 38, "laporan"),
                    (Q, "Persentase laporan keuangan yang lolos reviu inspektorat", 90, "%"),
                    (W, "Waktu penyampaian laporan keuangan konsolidasi", 3, "bulan"),
                ],
                ("Laporan keuangan", "Bidang Akuntansi", "Semesteran"),
            ),
            (
                "Terwujudnya pengelolaan barang milik daerah yang tertib",
                "Aset daerah tercatat lengkap dalam kartu inventaris barang",
                [
                    (K, "Jumlah barang milik daerah yang tercatat", 640, "barang"),
                    (Q, "Persentase aset yang telah diverifikasi fisik", 85, "%"),
                    (B, "Biaya inventarisasi aset", 25000000, "rupiah"),
                ],
                ("Kartu inventaris barang", "Aplikasi SIMDA BMD", "Triwulanan"),
            ),
            (
                "Meningkatnya efektivitas pengadaan barang dan jasa",
                "Paket pengadaan barang/jasa selesai sesuai jadwal",
                [
                    (K, "Jumlah paket pengadaan yang selesai", 45, "paket"),
                    (Q, "Persentase paket tanpa sanggahan banding", 90, "%"),
                    (W, "Rata-rata waktu proses pemilihan penyedia", 21, "hari"),
                ],
                ("Laporan realisasi pengadaan", "Aplikasi SPSE", "Bulanan"),
            ),
        ],
    },
    "perencanaan": {
        "dinas": "BADAN PERENCANAAN PEMBANGUNAN, RISET DAN INOVASI DAERAH",
        "unit": "Bidang Perencanaan, Pengendalian dan Evaluasi Pembangunan",
        "unit_atasan": "Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah",
        "jf": [("Perencana", "ahli"), ("Statistisi", "ahli")],
        "ja": ["Pengolah Data Perencanaan", "Pengadministrasi Umum"],
        "kabid": "Kepala Bidang Perencanaan, Pengendalian dan Evaluasi Pembangunan",
        "kasi": "Kepala Sub Bidang Evaluasi Pembangunan",
        "rk": [
            (
                "Meningkatnya kualitas dokumen perencanaan pembangunan daerah",
                "Dokumen perencanaan tahunan daerah tersusun tepat waktu",
                [
                    (K, "Jumlah dokumen perencanaan yang tersusun", 5, "dokumen"),
                    (Q, "Persentase program yang selaras dengan RPJMD", 90, "%"),
                    (W, "Waktu penyelesaian dokumen RKPD", 6, "bulan"),
                ],
                ("Dokumen RKPD", "Aplikasi SIPD", "Semesteran"),
            ),
            (
                "Meningkatnya capaian kinerja pembangunan daerah",
                "Hasil evaluasi capaian kinerja pembangunan daerah tersedia bagi pimpinan",
                [
                    (K, "Jumlah laporan evaluasi triwulanan", 4, "laporan"),
                    (Q, "Persentase rekomendasi evaluasi yang ditindaklanjuti perangkat daerah", 75, "%"),
                    (W, "Waktu penyampaian laporan evaluasi", 15, "hari"),
                ],
                ("Laporan evaluasi", "Perangkat daerah", "Triwulanan"),
            ),
            (
                "Meningkatnya partisipasi masyarakat dalam perencanaan",
                "Usulan musrenbang terverifikasi dalam SIPD",
                [
                    (K, "Jumlah usulan musrenbang yang terverifikasi", 320, "usulan"),
                    (Q, "Persentase usulan yang lolos verifikasi teknis", (70, 80), "%"),
                    (W, "Waktu verifikasi usulan musrenbang", 3, "bulan"),
                ],
                ("Daftar usulan", "Aplikasi SIPD", "Bulanan"),
            ),
            (
                "Tersedianya data statistik sektoral yang andal",
                "Data statistik sektoral daerah terpublikasi",
                [
                    (K, "Jumlah publikasi statistik sektoral", 8, "publikasi"),
                    (Q, "Nilai evaluasi penyelenggaraan statistik sektoral", (2.6, 3.0), "indeks"),
                    (W, "Waktu rilis publikasi statistik", 11, "bulan"),
                ],
                ("Publikasi statistik", "Portal Satu Data", "Semesteran"),
            ),
        ],
    },
    "kesehatan": {
        "dinas": "DINAS KESEHATAN",
        "unit": "Bidang Kesehatan Masyarakat",
        "unit_atasan": "Dinas Kesehatan",
        "jf": [
            ("Epidemiolog Kesehatan", "ahli"),
            ("Nutrisionis", "terampil"),
            ("Administrator Kesehatan", "ahli"),
        ],
        "ja": ["Pengelola Data Kesehatan", "Pengadministrasi Umum"],
        "kabid": "Kepala Bidang Kesehatan Masyarakat",
        "kasi": "Kepala Seksi Kesehatan Keluarga dan Gizi",
        "rk": [
            (
                "Meningkatnya derajat kesehatan ibu dan anak",
                "Cakupan imunisasi dasar lengkap bayi meningkat",
                [
                    (K, "Jumlah bayi yang mendapat imunisasi dasar lengkap", 1480, "bayi"),
                    (Q, "Persentase desa Universal Child Immunization", 90, "%"),
                    (W, "Waktu pelaporan cakupan imunisasi setelah akhir bulan", 7, "hari"),
                ],
                ("Laporan cakupan imunisasi", "Puskesmas", "Bulanan"),
            ),
            (
                "Menurunnya prevalensi stunting balita",
                "Balita stunting memperoleh intervensi gizi spesifik",
                [
                    (K, "Jumlah balita stunting yang mendapat intervensi gizi", 250, "balita"),
                    (Q, "Persentase balita intervensi yang membaik status gizinya", 60, "%"),
                    (W, "Waktu pelaksanaan intervensi gizi", 10, "bulan"),
                ],
                ("Data e-PPGBM", "Aplikasi e-PPGBM", "Bulanan"),
            ),
            (
                "Meningkatnya mutu fasilitas pelayanan kesehatan",
                "Puskesmas terakreditasi paripurna bertambah",
                [
                    (K, "Jumlah puskesmas terakreditasi paripurna", 6, "puskesmas"),
                    (Q, "Nilai rata-rata survei akreditasi puskesmas", 85, "nilai"),
                    (W, "Waktu pendampingan akreditasi", 9, "bulan"),
                ],
                ("Sertifikat akreditasi", "Lembaga akreditasi", "Semesteran"),
            ),
            (
                "Menurunnya angka kesakitan penyakit menular",
                "Kasus demam berdarah tertangani sesuai standar",
                [
                    (K, "Jumlah kasus DBD yang diselidiki epidemiologi", 60, "kasus"),
                    (Q, "Persentase kasus DBD yang diselidiki dalam 24 jam", 95, "%"),
                    (W, "Rata-rata waktu penyelidikan epidemiologi", 24, "jam"),
                ],
                ("Laporan penyelidikan epidemiologi", "Puskesmas", "Mingguan"),
            ),
        ],
    },
    "arsip": {
        "dinas": "DINAS PERPUSTAKAAN DAN KEARSIPAN",
        "unit": "Bidang Pengelolaan Arsip",
        "unit_atasan": "Dinas Perpustakaan dan Kearsipan",
        "jf": [("Arsiparis", "terampil"), ("Pustakawan", "ahli")],
        "ja": ["Pengelola Arsip", "Pengadministrasi Perkantoran"],
        "kabid": "Kepala Bidang Pengelolaan Arsip",
        "kasi": "Kepala Seksi Pengolahan Arsip",
        "rk": [
            (
                "Meningkatnya tertib arsip perangkat daerah",
                "Arsip inaktif perangkat daerah tertata sesuai kaidah kearsipan",
                [
                    (K, "Jumlah berkas arsip inaktif yang tertata", 1200, "berkas"),
                    (Q, "Persentase arsip yang ditemukan kembali dalam 5 menit", 90, "%"),
                    (W, "Waktu penataan arsip inaktif", 10, "bulan"),
                ],
                ("Daftar arsip inaktif", "Record center", "Triwulanan"),
            ),
            (
                "Terlindunginya arsip vital daerah",
                "Daftar arsip vital tersusun dan arsipnya terlindungi",
                [
                    (K, "Jumlah daftar arsip vital yang tersusun", 8, "daftar"),
                    (Q, "Persentase arsip vital yang tersimpan pada sarana sesuai standar", 85, "%"),
                    (W, "Waktu penyusunan daftar arsip vital", 9, "bulan"),
                ],
                ("Daftar arsip vital", "Unit kearsipan", "Semesteran"),
            ),
            (
                "Meningkatnya layanan informasi kearsipan",
                "Arsip statis tersedia dalam bentuk digital bagi pengguna",
                [
                    (K, "Jumlah arsip statis yang dialihmediakan", 500, "lembar"),
                    (Q, "Persentase hasil alih media yang terbaca jelas", 95, "%"),
                    (W, "Waktu alih media arsip statis", 11, "bulan"),
                ],
                ("Daftar arsip digital", "Aplikasi SRIKANDI", "Triwulanan"),
            ),
        ],
    },
    "kominfo": {
        "dinas": "DINAS KOMUNIKASI, INFORMATIKA, STATISTIK DAN PERSANDIAN",
        "unit": "Bidang Aplikasi Informatika",
        "unit_atasan": "Dinas Komunikasi, Informatika, Statistik dan Persandian",
        "jf": [
            ("Pranata Komputer", "terampil"),
            ("Pranata Hubungan Masyarakat", "ahli"),
            ("Sandiman", "ahli"),
        ],
        "ja": ["Pengelola Sistem dan Jaringan", "Pengelola Informasi Publik"],
        "kabid": "Kepala Bidang Aplikasi Informatika",
        "kasi": "Kepala Seksi Infrastruktur dan Teknologi",
        "rk": [
            (
                "Meningkatnya kualitas layanan informasi publik",
                "Informasi publik tersedia tepat waktu pada laman PPID",
                [
                    (K, "Jumlah informasi publik yang diunggah", 240, "informasi"),
                    (Q, "Persentase permohonan informasi yang dijawab sesuai ketentuan", 95, "%"),
                    (W, "Rata-rata waktu jawaban permohonan informasi", 7, "hari"),
                ],
                ("Register permohonan informasi", "Laman PPID", "Bulanan"),
            ),
            (
                "Meningkatnya keandalan infrastruktur SPBE",
                "Jaringan intranet perangkat daerah berfungsi optimal",
                [
                    (K, "Jumlah perangkat daerah yang terhubung intranet", 34, "perangkat daerah"),
                    (Q, "Persentase ketersediaan layanan jaringan", 95, "%"),
                    (W, "Rata-rata waktu pemulihan gangguan jaringan", 4, "jam"),
                ],
                ("Log pemantauan jaringan", "Network Operation Center", "Bulanan"),
            ),
            (
                "Meningkatnya integrasi aplikasi pemerintahan",
                "Aplikasi layanan publik terintegrasi dalam satu data",
                [
                    (K, "Jumlah aplikasi yang terintegrasi", 12, "aplikasi"),
                    (Q, "Persentase aplikasi yang lolos uji keamanan", 80, "%"),
                    (W, "Waktu integrasi aplikasi", 10, "bulan"),
                ],
                ("Daftar aplikasi terintegrasi", "Bidang Aplikasi Informatika", "Triwulanan"),
            ),
        ],
    },
}

TAMBAHAN = [
    (
        "Meningkatnya kompetensi teknis pegawai",
        [
            (K, "Jumlah jam pelajaran pengembangan kompetensi yang diikuti", 20, "JP"),
            (Q, "Nilai hasil evaluasi pelatihan", 80, "nilai"),
        ],
        ("Sertifikat pelatihan", "Penyelenggara pelatihan", "Semesteran"),
    ),
    (
        "Tergalangnya donor darah di lingkungan kantor",
        [(K, "Jumlah kantong darah yang terkumpul", 50, "kantong")],
        ("Laporan kegiatan", "Palang Merah Indonesia", "Tahunan"),
    ),
    (
        "Artikel inovasi layanan terbit di media daerah",
        [(K, "Jumlah artikel yang terbit", 6, "artikel")],
        ("Kliping artikel", "Media daerah", "Semesteran"),
    ),
]

# butir kegiatan per JF (Keterkaitan SKP dengan Angka Kredit): (butir, output, angka kredit)
BUTIR = {
    "Analis Kepegawaian": [
        ("Menyusun rencana kebutuhan pegawai", "Dokumen", 0.25),
        ("Memverifikasi usulan kenaikan pangkat", "Usulan", 0.006),
        ("Mengolah data kepegawaian", "Data", 0.004),
    ],
    "Pranata Komputer": [
        ("Melakukan pemeliharaan sistem jaringan", "Laporan", 0.04),
        ("Memasukkan data ke basis data", "Data", 0.002),
        ("Melakukan instalasi aplikasi", "Laporan", 0.012),
    ],
    "Analis Keuangan Pusat dan Daerah": [
        ("Menganalisis laporan keuangan", "Laporan", 0.15),
        ("Memverifikasi dokumen pencairan", "Dokumen", 0.005),
    ],
    "Pengelola Pengadaan Barang/Jasa": [
        ("Melakukan evaluasi penawaran", "Berita acara", 0.08),
        ("Menyusun rencana pemilihan penyedia", "Dokumen", 0.1),
    ],
    "Perencana": [
        ("Menyusun rancangan rencana pembangunan", "Dokumen", 0.5),
        ("Melakukan evaluasi pelaksanaan rencana", "Laporan", 0.3),
    ],
    "Statistisi": [
        ("Mengolah data statistik", "Tabel", 0.02),
        ("Menyusun publikasi statistik", "Publikasi", 0.35),
    ],
    "Epidemiolog Kesehatan": [
        ("Melakukan penyelidikan epidemiologi", "Laporan", 0.1),
        ("Menganalisis data surveilans", "Laporan", 0.06),
    ],
    "Nutrisionis": [
        ("Melakukan pengukuran antropometri", "Data", 0.003),
        ("Memberikan konseling gizi", "Laporan", 0.008),
    ],
    "Administrator Kesehatan": [
        ("Menyusun instrumen akreditasi", "Dokumen", 0.12),
        ("Melakukan pendampingan mutu layanan", "Laporan", 0.09),
    ],
    "Arsiparis": [
        ("Melakukan penataan arsip inaktif", "Berkas", 0.005),
        ("Menyusun daftar arsip", "Daftar", 0.02),
        ("Melakukan alih media arsip", "Lembar", 0.001),
    ],
    "Pustakawan": [
        ("Melakukan katalogisasi bahan pustaka", "Judul", 0.007),
        ("Melakukan alih media bahan pustaka", "Judul", 0.004),
    ],
    "Pranata Hubungan Masyarakat": [
        ("Mengelola konten laman resmi", "Konten", 0.03),
        ("Menyusun bahan publikasi", "Naskah", 0.05),
    ],
    "Sandiman": [
        ("Melakukan uji keamanan aplikasi", "Laporan", 0.12),
        ("Mengelola sertifikat elektronik", "Sertifikat", 0.004),
    ],
}

# ---------------------------------------------------------------- JPT banks (Perjanjian Kinerja style)
PERSPEKTIF = ["Penerima Layanan", "Proses Bisnis", "Penguatan Internal", "Anggaran"]

JPT = {
    "kesehatan": {
        "dinas": "DINAS KESEHATAN",
        "jabatan": "Kepala Dinas Kesehatan",
        "rk": [
            (
                "Penerima Layanan",
                "Meningkatnya derajat kesehatan masyarakat",
                [("Angka harapan hidup", 71.5, "tahun"), ("Prevalensi stunting balita", 14, "%")],
            ),
            (
                "Proses Bisnis",
                "Meningkatnya mutu layanan fasilitas kesehatan",
                [("Persentase puskesmas terakreditasi paripurna", 60, "%")],
            ),
            (
                "Penguatan Internal",
                "Meningkatnya kompetensi sumber daya manusia kesehatan",
                [("Persentase tenaga kesehatan yang memenuhi standar kompetensi", 80, "%")],
            ),
            (
                "Anggaran",
                "Anggaran dinas terserap efektif dan akuntabel",
                [("Persentase realisasi anggaran", 95, "%")],
            ),
            (
                "Proses Bisnis",
                "Layanan kesehatan keliling menjangkau desa terpencil",
                [("Jumlah desa terpencil yang terlayani", 24, "desa")],
            ),
        ],
    },
    "perencanaan": {
        "dinas": "BADAN PERENCANAAN PEMBANGUNAN, RISET DAN INOVASI DAERAH",
        "jabatan": "Kepala Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah",
        "rk": [
            (
                "Penerima Layanan",
                "Meningkatnya kualitas perencanaan pembangunan daerah",
                [
                    ("Persentase keselarasan program RKPD dengan RPJMD", 90, "%"),
                    ("Nilai evaluasi dokumen perencanaan", 85, "nilai"),
                ],
            ),
            (
                "Proses Bisnis",
                "Inovasi daerah terimplementasi",
                [("Jumlah inovasi daerah yang diterapkan", 15, "inovasi")],
            ),
            (
                "Penguatan Internal",
                "Meningkatnya kapasitas aparatur perencana",
                [("Persentase perencana yang mengikuti pengembangan kompetensi", 75, "%")],
            ),
            ("Anggaran", "Anggaran badan terkelola akuntabel", [("Persentase realisasi anggaran", 93, "%")]),
        ],
    },
    "kepegawaian": {
        "dinas": "BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA",
        "jabatan": "Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia",
        "rk": [
            (
                "Penerima Layanan",
                "Meningkatnya profesionalitas ASN daerah",
                [
                    ("Indeks profesionalitas ASN", 75, "indeks"),
                    ("Persentase ASN yang memenuhi standar kompetensi jabatan", 70, "%"),
                ],
            ),
            (
                "Proses Bisnis",
                "Meningkatnya kualitas penerapan sistem merit",
                [("Nilai penerapan sistem merit", 325, "poin")],
            ),
            (
                "Penguatan Internal",
                "Layanan kepegawaian digital tersedia bagi pegawai",
                [("Jumlah layanan kepegawaian yang tersedia daring", 12, "layanan")],
            ),
            (
                "Anggaran",
                "Anggaran badan terserap sesuai rencana",
                [("Persentase realisasi anggaran", 95, "%")],
            ),
        ],
    },
    "pupr": {
        "dinas": "DINAS PEKERJAAN UMUM DAN PENATAAN RUANG",
        "jabatan": "Kepala Dinas Pekerjaan Umum dan Penataan Ruang",
        "rk": [
            (
                "Penerima Layanan",
                "Meningkatnya kemantapan jalan kabupaten",
                [
                    ("Persentase jalan kabupaten dalam kondisi mantap", 78, "%"),
                    ("Panjang jalan yang direkonstruksi", 42, "km"),
                ],
            ),
            (
                "Proses Bisnis",
                "Persetujuan bangunan gedung terbit sesuai standar pelayanan",
                [("Persentase PBG yang terbit tepat waktu", 90, "%")],
            ),
            (
                "Penguatan Internal",
                "Tenaga teknis bersertifikat keahlian bertambah",
                [("Jumlah tenaga teknis bersertifikat", 18, "orang")],
            ),
            (
                "Anggaran",
                "Anggaran dinas terserap efektif",
                [("Persentase realisasi fisik dan keuangan", 95, "%")],
            ),
        ],
    },
}

JPT_TAMBAHAN = [
    (
        "Meningkatnya kapasitas kepemimpinan strategis",
        [("Jumlah sertifikat pelatihan kepemimpinan", 1, "sertifikat")],
    ),
    ("Tersalurkannya bantuan bagi korban bencana", [("Jumlah keluarga penerima bantuan", 150, "keluarga")]),
]

MANUAL_EXTRA = {
    "formula": "Realisasi dibagi target dikali 100%",
    "tujuan": "Mengukur keberhasilan pencapaian sasaran organisasi",
    "kendali": "Moderate",
    "periode": "Triwulanan",
}
