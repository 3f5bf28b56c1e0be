"""Fictional agencies, people and plan texts for the held-out set ``nyata_ac`` (combinations).

Everything here is invented for this set: three local governments (Kabupaten Kuala Semilir, Kota Bukit
Tembesu, Provinsi Selat Kemuning), their agencies, employees and the results they plan. RK texts are results,
never activities (SPEC §1); IKI and targets carry their satuan; waktu IKI carry a time unit.
"""

from __future__ import annotations

from typing import Any

TAHUN = 2026

DAERAH: Any = [
    {
        "pemda": "PEMERINTAH KABUPATEN KUALA SEMILIR",
        "kepala": ("H. Rusdi Hamdani, S.Sos., M.Si.", "Bupati Kuala Semilir"),
        "sekda": (
            "Dr. Ir. Tengku Azwar Fadli, M.T.",
            "197003121995031004",
            "Pembina Utama Madya, IV/d",
            "Sekretaris Daerah Kabupaten Kuala Semilir",
            "Sekretariat Daerah Kabupaten Kuala Semilir",
        ),
        "kota": "Kuala Semilir",
        "alamat": "Jalan Lintas Pesisir Km. 4 Kuala Semilir 29871",
    },
    {
        "pemda": "PEMERINTAH KOTA BUKIT TEMBESU",
        "kepala": ("Hj. Nurlela Sarwendah, S.E., M.M.", "Wali Kota Bukit Tembesu"),
        "sekda": (
            "Drs. Baharuddin Saleh, M.AP.",
            "196908151990031007",
            "Pembina Utama Madya, IV/d",
            "Sekretaris Daerah Kota Bukit Tembesu",
            "Sekretariat Daerah Kota Bukit Tembesu",
        ),
        "kota": "Bukit Tembesu",
        "alamat": "Jalan Merdeka Nomor 12 Bukit Tembesu 31123",
    },
    {
        "pemda": "PEMERINTAH PROVINSI SELAT KEMUNING",
        "kepala": ("Dr. H. Zulfikar Anwar, S.H., M.H.", "Gubernur Selat Kemuning"),
        "sekda": (
            "Ir. Marlina Kusumawati, M.Sc.",
            "196805201993032005",
            "Pembina Utama, IV/e",
            "Sekretaris Daerah Provinsi Selat Kemuning",
            "Sekretariat Daerah Provinsi Selat Kemuning",
        ),
        "kota": "Tanjung Kemuning",
        "alamat": "Jalan Gubernur Syarif Nomor 1 Tanjung Kemuning 28111",
    },
]

# Agencies: name, JPT title, one Sekretaris and the units below
DINAS: Any = [
    {
        "nama": "DINAS KOMUNIKASI DAN INFORMATIKA",
        "jpt": "Kepala Dinas Komunikasi dan Informatika",
        "unit": ["Sekretariat", "Bidang Aplikasi Informatika", "Bidang Persandian dan Statistik"],
    },
    {
        "nama": "BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA",
        "jpt": "Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia",
        "unit": ["Sekretariat", "Bidang Mutasi dan Promosi", "Bidang Pengembangan Kompetensi Aparatur"],
    },
    {
        "nama": "DINAS PERPUSTAKAAN DAN KEARSIPAN",
        "jpt": "Kepala Dinas Perpustakaan dan Kearsipan",
        "unit": ["Sekretariat", "Bidang Pengelolaan Arsip", "Bidang Layanan Perpustakaan"],
    },
    {
        "nama": "BADAN PERENCANAAN PEMBANGUNAN DAERAH",
        "jpt": "Kepala Badan Perencanaan Pembangunan Daerah",
        "unit": ["Sekretariat", "Bidang Perencanaan Ekonomi", "Bidang Penelitian dan Pengembangan"],
    },
    {
        "nama": "DINAS PENANAMAN MODAL DAN PELAYANAN TERPADU SATU PINTU",
        "jpt": "Kepala Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu",
        "unit": ["Sekretariat", "Bidang Pelayanan Perizinan", "Bidang Pengendalian Penanaman Modal"],
    },
]

NAMA = [
    "Andi Saputra Wiranata, S.Kom.",
    "Rina Marlina Hasibuan, S.E.",
    "Yusuf Kurniawan, S.T., M.T.",
    "Dewi Ratnasari, A.Md.",
    "Hendra Gunawan Lubis, S.H.",
    "Siti Aminah Nasution, S.Sos.",
    "Fajar Ramadhan, S.Kom., M.Kom.",
    "Melati Puspitasari, S.I.P.",
    "Bambang Irawan Siregar, S.AP.",
    "Nur Hidayati, S.Pd., M.Pd.",
    "Rahmat Hidayat Pohan, S.Si.",
    "Lestari Wulandari, S.E., M.Ak.",
    "Teguh Prasetyo, A.Md.Kom.",
    "Ayu Kartika Sari, S.Hum.",
    "Muhammad Iqbal Harahap, S.STP.",
    "Wahyuni Safitri, S.Psi.",
    "Dedi Supriadi, S.IP., M.Si.",
    "Intan Permatasari, S.Ak.",
    "Syahrul Gunawan, S.T.",
    "Eka Rahmawati Daulay, S.Kom.",
    "Ridwan Kamil Tanjung, S.E.",
    "Fitri Handayani, S.Sos., M.AP.",
    "Joko Santoso, A.Md.",
    "Puspa Dewi Anggraini, S.H., M.H.",
    "Irfan Maulana, S.Stat.",
    "Sri Wahyuningsih, S.Kom.",
    "Agus Salim Batubara, S.Pi.",
    "Nurul Fadhilah, S.IIP.",
    "Hariyanto, S.AP.",
    "Citra Amelia Putri, S.T.",
    "Zainal Abidin Rangkuti, S.E.",
    "Maya Sofiana, S.Si., M.Stat.",
    "Robby Firmansyah, S.Kom.",
    "Anisa Rahma Lubis, S.Sos.",
    "Taufik Hidayat, S.T., M.Eng.",
    "Yulia Kristina Sembiring, S.E.",
]

# Golongan → pangkat (PP 99/2000)
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

# JA positions: (jabatan, golongan choices, is koordinator (may hold a Matriks))
JABATAN_JA: Any = [
    ("Kepala Subbagian Umum dan Kepegawaian", ["III/d", "IV/a"], True),
    ("Kepala Subbagian Keuangan", ["III/c", "III/d"], True),
    ("Kepala Bidang Aplikasi Informatika", ["IV/a", "IV/b"], True),
    ("Pengadministrasi Umum", ["II/b", "II/c"], False),
    ("Penata Laporan Keuangan", ["III/a", "III/b"], False),
    ("Pengelola Data", ["II/d", "III/a"], False),
    ("Analis Sumber Daya Manusia Aparatur", ["III/a", "III/b"], False),
    ("Pengelola Barang Milik Negara", ["II/c", "III/a"], False),
]

# JF positions: (base name, jenjang word as written, golongan choices, catalogue name for butir)
# ``ahli`` False means the title is written without the word Ahli/Terampil (SPEC §3.10)
JABATAN_JF: Any = [
    ("Pranata Komputer", "Ahli Muda", ["III/c", "III/d"], "pranata"),
    ("Pranata Komputer", "Mahir", ["III/a", "III/b"], "pranata"),
    ("Arsiparis", "Terampil", ["II/c", "II/d"], "arsiparis"),
    ("Arsiparis", "Ahli Pertama", ["III/a", "III/b"], "arsiparis"),
    ("Analis Kepegawaian", "Muda", ["III/c", "III/d"], "kepegawaian"),
    ("Analis Kepegawaian", "Penyelia", ["III/c", "III/d"], "kepegawaian"),
    ("Perencana", "Ahli Pertama", ["III/a", "III/b"], "perencana"),
    ("Perencana", "Madya", ["IV/a", "IV/b"], "perencana"),
    ("Statistisi", "Ahli Muda", ["III/c", "III/d"], "statistisi"),
    ("Pustakawan", "Mahir", ["III/a", "III/b"], "pustakawan"),
]

PERAN_JF = [
    "selaku Subkoordinator Layanan Data",
    "selaku Ketua Tim Kerja Aplikasi",
    "merangkap Pengelola Website",
    "selaku Koordinator Substansi Perencanaan",
    "merangkap Bendahara Pengeluaran Pembantu",
]

# RK of JA/JF: (rk atasan, rk, [(aspek, iki, target number, satuan, kind)], data, sumber, waktu)
# kind: "naik" (more is better, count), "persen" (more is better, percent), "waktu" (less is better)
RK_STAF: Any = {
    "umum": [
        (
            "Meningkatnya kualitas layanan administrasi perkantoran",
            "Surat masuk dan keluar teradministrasi dengan tertib",
            [
                ("Kuantitas", "Jumlah agenda surat yang teradministrasi", 1200, "surat", "naik"),
                ("Kualitas", "Persentase surat yang terdistribusi tanpa salah alamat", 95, "%", "persen"),
                ("Waktu", "Rata-rata waktu distribusi surat masuk", 2, "hari", "waktu"),
            ],
            "Buku agenda surat",
            "Aplikasi tata naskah dinas",
            "Bulanan",
        ),
        (
            "Meningkatnya kualitas layanan administrasi perkantoran",
            "Kebutuhan alat tulis kantor unit kerja terpenuhi tepat waktu",
            [
                ("Kuantitas", "Jumlah permintaan ATK yang terpenuhi", 150, "permintaan", "naik"),
                ("Waktu", "Rata-rata waktu pemenuhan permintaan ATK", 3, "hari", "waktu"),
            ],
            "Kartu persediaan",
            "Subbagian Umum",
            "Triwulanan",
        ),
    ],
    "keuangan": [
        (
            "Terwujudnya pengelolaan keuangan perangkat daerah yang akuntabel",
            "Laporan keuangan bulanan tersaji akurat",
            [
                ("Kuantitas", "Jumlah laporan keuangan bulanan yang tersaji", 12, "laporan", "naik"),
                ("Kualitas", "Persentase laporan keuangan yang diterima tanpa koreksi", 90, "%", "persen"),
                ("Waktu", "Rata-rata waktu penyampaian laporan setelah akhir bulan", 10, "hari", "waktu"),
            ],
            "Laporan keuangan bulanan",
            "Subbagian Keuangan",
            "Bulanan",
        ),
        (
            "Terwujudnya pengelolaan keuangan perangkat daerah yang akuntabel",
            "Surat Perintah Membayar terbit sesuai ketentuan",
            [
                ("Kuantitas", "Jumlah SPM yang terbit", 240, "dokumen", "naik"),
                ("Kualitas", "Persentase SPM yang terbit tanpa pengembalian", 95, "%", "persen"),
            ],
            "Register SPM",
            "Aplikasi SIPD",
            "Bulanan",
        ),
    ],
    "kepegawaian": [
        (
            "Meningkatnya kualitas manajemen aparatur sipil negara",
            "Usulan kenaikan pangkat pegawai terproses tepat waktu",
            [
                ("Kuantitas", "Jumlah usulan kenaikan pangkat yang terproses", 180, "usulan", "naik"),
                ("Kualitas", "Persentase usulan yang disetujui tanpa berkas kembali", 92, "%", "persen"),
                ("Waktu", "Rata-rata waktu penyelesaian usulan kenaikan pangkat", 14, "hari", "waktu"),
            ],
            "Rekap usulan kenaikan pangkat",
            "Aplikasi SIASN",
            "Semesteran",
        ),
        (
            "Meningkatnya kualitas manajemen aparatur sipil negara",
            "Data kepegawaian dalam sistem informasi mutakhir",
            [
                ("Kuantitas", "Jumlah data pegawai yang termutakhirkan", 850, "data pegawai", "naik"),
                ("Kualitas", "Persentase data pegawai yang valid", 97, "%", "persen"),
            ],
            "Laporan pemutakhiran data",
            "Aplikasi SIMPEG",
            "Triwulanan",
        ),
    ],
    "aplikasi": [
        (
            "Meningkatnya pemanfaatan aplikasi layanan publik berbasis elektronik",
            "Aplikasi layanan perizinan daring dapat digunakan masyarakat",
            [
                ("Kuantitas", "Jumlah layanan yang tersedia dalam aplikasi", 12, "layanan", "naik"),
                ("Kualitas", "Persentase waktu layanan aplikasi tersedia", 98, "%", "persen"),
                ("Waktu", "Rata-rata waktu pemulihan gangguan aplikasi", 2, "hari", "waktu"),
            ],
            "Log pemantauan server",
            "Bidang Aplikasi Informatika",
            "Bulanan",
        ),
        (
            "Meningkatnya pemanfaatan aplikasi layanan publik berbasis elektronik",
            "Jaringan intra pemerintah daerah tersedia bagi perangkat daerah",
            [
                (
                    "Kuantitas",
                    "Jumlah perangkat daerah yang terhubung jaringan intra",
                    42,
                    "perangkat daerah",
                    "naik",
                ),
                ("Kualitas", "Persentase keluhan jaringan yang tertangani", 90, "%", "persen"),
            ],
            "Laporan layanan jaringan",
            "Helpdesk Diskominfo",
            "Bulanan",
        ),
    ],
    "arsip": [
        (
            "Meningkatnya ketertiban pengelolaan arsip perangkat daerah",
            "Arsip inaktif tertata sesuai klasifikasi",
            [
                ("Kuantitas", "Jumlah boks arsip inaktif yang tertata", 320, "boks", "naik"),
                ("Kualitas", "Persentase arsip yang ditemukan kembali dalam pencarian", 95, "%", "persen"),
                ("Waktu", "Rata-rata waktu penemuan kembali arsip", 2, "hari", "waktu"),
            ],
            "Daftar arsip inaktif",
            "Record center",
            "Triwulanan",
        ),
        (
            "Meningkatnya ketertiban pengelolaan arsip perangkat daerah",
            "Jadwal retensi arsip perangkat daerah tersedia",
            [
                (
                    "Kuantitas",
                    "Jumlah klasifikasi arsip yang termuat dalam rancangan JRA",
                    40,
                    "klasifikasi",
                    "naik",
                ),
                ("Waktu", "Waktu penyelesaian rancangan jadwal retensi", 9, "bulan", "waktu"),
            ],
            "Rancangan JRA",
            "Bidang Pengelolaan Arsip",
            "Semesteran",
        ),
    ],
    "perencanaan": [
        (
            "Tersedianya dokumen perencanaan pembangunan daerah yang berkualitas",
            "Dokumen Rencana Kerja Pemerintah Daerah tersusun tepat waktu",
            [
                ("Kuantitas", "Jumlah program prioritas yang termuat dalam RKPD", 25, "program", "naik"),
                ("Kualitas", "Persentase program prioritas yang selaras dengan RPJMD", 95, "%", "persen"),
                ("Waktu", "Waktu penetapan RKPD", 6, "bulan", "waktu"),
            ],
            "Dokumen RKPD",
            "Bidang Perencanaan Ekonomi",
            "Semesteran",
        ),
        (
            "Tersedianya dokumen perencanaan pembangunan daerah yang berkualitas",
            "Hasil evaluasi capaian kinerja pembangunan daerah tersedia",
            [
                (
                    "Kuantitas",
                    "Jumlah perangkat daerah yang terevaluasi capaian kinerjanya",
                    38,
                    "perangkat daerah",
                    "naik",
                ),
                ("Kualitas", "Persentase rekomendasi evaluasi yang ditindaklanjuti", 80, "%", "persen"),
            ],
            "Laporan evaluasi triwulanan",
            "Aplikasi e-Monev",
            "Triwulanan",
        ),
    ],
    "statistik": [
        (
            "Tersedianya data statistik sektoral yang berkualitas",
            "Data statistik sektoral perangkat daerah terpublikasi",
            [
                (
                    "Kuantitas",
                    "Jumlah set data yang terpublikasi di portal satu data",
                    120,
                    "set data",
                    "naik",
                ),
                ("Kualitas", "Persentase set data yang memenuhi standar metadata", 90, "%", "persen"),
                ("Waktu", "Waktu terbit publikasi daerah dalam angka", 8, "bulan", "waktu"),
            ],
            "Portal satu data",
            "Bidang Persandian dan Statistik",
            "Triwulanan",
        ),
    ],
    "pustaka": [
        (
            "Meningkatnya minat baca masyarakat",
            "Koleksi bahan pustaka siap dipinjamkan kepada pemustaka",
            [
                ("Kuantitas", "Jumlah judul bahan pustaka yang terolah", 1500, "judul", "naik"),
                ("Kualitas", "Persentase koleksi yang terkatalog dalam OPAC", 95, "%", "persen"),
            ],
            "Laporan pengolahan bahan pustaka",
            "Aplikasi INLISLite",
            "Bulanan",
        ),
    ],
}

# Kinerja Tambahan of JA/JF (no rk atasan needed)
RK_TAMBAHAN: Any = [
    (
        "Kompetensi teknis jabatan meningkat melalui pelatihan",
        [
            (
                "Kuantitas",
                "Jumlah jam pelajaran pengembangan kompetensi yang diperoleh",
                20,
                "jam pelajaran",
                "naik",
            )
        ],
    ),
    (
        "Laporan tim percepatan penurunan stunting tersampaikan",
        [("Kuantitas", "Jumlah laporan bulanan tim yang tersampaikan", 12, "laporan", "naik")],
    ),
]

BIDANG_JA: Any = {
    "Kepala Subbagian Umum dan Kepegawaian": ["umum", "kepegawaian"],
    "Kepala Subbagian Keuangan": ["keuangan"],
    "Kepala Bidang Aplikasi Informatika": ["aplikasi"],
    "Pengadministrasi Umum": ["umum"],
    "Penata Laporan Keuangan": ["keuangan"],
    "Pengelola Data": ["statistik", "kepegawaian"],
    "Analis Sumber Daya Manusia Aparatur": ["kepegawaian"],
    "Pengelola Barang Milik Negara": ["umum"],
}

BIDANG_JF: Any = {
    "pranata": ["aplikasi"],
    "arsiparis": ["arsip"],
    "kepegawaian": ["kepegawaian"],
    "perencana": ["perencanaan"],
    "statistisi": ["statistik"],
    "pustakawan": ["pustaka"],
}

# Butir kegiatan per JF: (butir, output, angka kredit)
BUTIR: Any = {
    "pranata": [
        ("Melakukan pemeliharaan sistem aplikasi", "Laporan pemeliharaan", 0.068),
        ("Melakukan pemulihan data dan sistem", "Laporan pemulihan", 0.136),
        ("Melakukan pengujian jaringan komputer", "Laporan hasil pengujian", 0.08),
    ],
    "arsiparis": [
        ("Melakukan penataan arsip inaktif", "Daftar arsip", 0.014),
        ("Menyusun rancangan jadwal retensi arsip", "Rancangan JRA", 0.12),
        ("Melakukan layanan penemuan kembali arsip", "Bukti layanan", 0.005),
    ],
    "kepegawaian": [
        ("Memverifikasi usul kenaikan pangkat", "Berkas terverifikasi", 0.01),
        ("Memutakhirkan data kepegawaian", "Data termutakhir", 0.004),
        ("Menganalisis data kepegawaian", "Laporan analisis", 0.3),
    ],
    "perencana": [
        ("Menyusun rancangan dokumen perencanaan", "Rancangan dokumen", 0.45),
        ("Melakukan evaluasi pelaksanaan rencana", "Laporan evaluasi", 0.25),
        ("Menganalisis keselarasan program", "Kertas kerja", 0.2),
    ],
    "statistisi": [
        ("Melakukan pengolahan data statistik", "Tabel hasil olahan", 0.025),
        ("Menyusun metadata statistik sektoral", "Metadata", 0.04),
    ],
    "pustakawan": [
        ("Melakukan katalogisasi bahan pustaka", "Katalog", 0.004),
        ("Melakukan klasifikasi bahan pustaka", "Nomor klasifikasi", 0.003),
    ],
}

# JPT RK by perspektif: (perspektif, rk, iki, target number, satuan, kind)
# Satuan "" means a unitless measure (the IKI begins with Indeks/Nilai, or is a Persentase with %)
RK_JPT: Any = [
    (
        "Penerima Layanan",
        "Meningkatnya kepuasan masyarakat terhadap layanan perangkat daerah",
        "Indeks kepuasan masyarakat atas layanan perangkat daerah",
        82.5,
        "",
        "naik",
    ),
    (
        "Penerima Layanan",
        "Meningkatnya kualitas layanan publik berbasis elektronik",
        "Persentase layanan publik yang tersedia secara daring",
        75,
        "%",
        "persen",
    ),
    (
        "Proses Bisnis",
        "Meningkatnya kualitas tata kelola pemerintahan berbasis elektronik",
        "Indeks SPBE perangkat daerah",
        3.1,
        "",
        "naik",
    ),
    (
        "Proses Bisnis",
        "Meningkatnya akuntabilitas kinerja perangkat daerah",
        "Nilai SAKIP perangkat daerah",
        72,
        "",
        "naik",
    ),
    (
        "Penguatan Internal",
        "Meningkatnya kompetensi aparatur perangkat daerah",
        "Persentase pegawai yang memenuhi standar kompetensi jabatan",
        70,
        "%",
        "persen",
    ),
    (
        "Penguatan Internal",
        "Meningkatnya kualitas penerapan manajemen risiko",
        "Persentase risiko utama yang termitigasi",
        85,
        "%",
        "persen",
    ),
    (
        "Anggaran",
        "Terwujudnya pengelolaan anggaran perangkat daerah yang akuntabel",
        "Persentase realisasi anggaran perangkat daerah",
        95,
        "%",
        "persen",
    ),
    (
        "Anggaran",
        "Meningkatnya kualitas pengelolaan barang milik daerah",
        "Persentase barang milik daerah yang tercatat lengkap",
        98,
        "%",
        "persen",
    ),
]

RK_JPT_TAMBAHAN: Any = [
    (
        "Sertifikat pelatihan kepemimpinan nasional diperoleh",
        "Jumlah sertifikat pelatihan kepemimpinan",
        1,
        "sertifikat",
        "naik",
    ),
    (
        "Rekomendasi tim pengendali inflasi daerah tersampaikan",
        "Jumlah rekomendasi tim yang tersampaikan",
        4,
        "rekomendasi",
        "naik",
    ),
]

# Perspektif spellings seen in the wild (SPEC §2.1, §5)
PERSPEKTIF_TULISAN = {
    "Penerima Layanan": [
        "Penerima Layanan",
        "PERSPEKTIF PENERIMA LAYANAN",
        "Stakeholder",
        "Penerima Layanan/Stakeholder",
    ],
    "Proses Bisnis": ["Proses Bisnis", "PERSPEKTIF PROSES BISNIS"],
    "Penguatan Internal": ["Penguatan Internal", "PERSPEKTIF PENGUATAN INTERNAL"],
    "Anggaran": ["Anggaran", "PERSPEKTIF ANGGARAN"],
}

ANGGOTA_MATRIKS = [
    ("Dedi Kurniadi, S.Kom.", "199203142019031006", "Pranata Komputer Ahli Pertama"),
    ("Laila Fitriani, A.Md.", "199507222020122012", "Pengadministrasi Umum"),
    ("Rudi Hartono, S.E.", "198811052014031003", "Penata Laporan Keuangan"),
    ("Sinta Maharani, S.Sos.", "199001182015032004", "Analis Sumber Daya Manusia Aparatur"),
]
