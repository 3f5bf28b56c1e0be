"""Invented organisations, people and plan texts for the held-out batch set ``nyata_j``.

Nothing here is taken from the project's code, fixtures or earlier sets: three whole organisations of the
fictional Kabupaten Rawa Biru (a Dinas, a Puskesmas, a Badan), each with its people, who rates whom, and the
Kinerja Utama of the leaders written by hand. Lower levels compose their RK from a result phrase and an object
of their own unit, so every RK in an organisation is distinct and a copy of it can be told from another.
"""

from __future__ import annotations

KABUPATEN = "Kabupaten Rawa Biru"
BUPATI = {
    "nama": "H. Syamsul Bahri Nasution, S.H., M.Si.",
    "nip": "-",
    "pangkat": "-",
    "jabatan": "Bupati Rawa Biru",
    "unit": "Pemerintah Kabupaten Rawa Biru",
}
KADINKES = {
    "nama": "dr. Ratna Widyastuti, M.Kes.",
    "nip": "197304112002122003",
    "pangkat": "Pembina Utama Muda, IV/c",
    "jabatan": "Kepala Dinas Kesehatan",
    "unit": "Dinas Kesehatan Kabupaten Rawa Biru",
}
KADINKES_RK = [
    "Meningkatnya cakupan pelayanan kesehatan dasar di Kabupaten Rawa Biru",
    "Menurunnya prevalensi stunting pada balita",
]

# Result phrases that turn a unit's object into a lower-level RK (SPEC §1: results, not activities).
POLA_RK = [
    "Tersusunnya dokumen {o} tepat waktu",
    "Tersedianya data {o} yang mutakhir",
    "Meningkatnya kualitas {o}",
    "Laporan {o} yang akurat dan tepat waktu",
    "Terselesaikannya {o} sesuai jadwal",
    "Terpenuhinya standar {o}",
    "Dokumen {o} tersusun sesuai ketentuan",
]

# IKI patterns per aspek, with the satuan of the target. {o} is the RK's object, {s} the satuan noun.
SATUAN = ["dokumen", "laporan", "berkas", "kegiatan", "lokasi", "unit", "paket"]

# Organisation 1: Dinas Perumahan dan Kawasan Permukiman (JPT Model Pengembangan, staff Model Pengembangan).
PERKIM = {
    "instansi": "DINAS PERUMAHAN DAN KAWASAN PERMUKIMAN KABUPATEN RAWA BIRU",
    "singkat": "Dinas Perkim",
    "kepala": {
        "nama": "Ir. Bambang Sutrisno Hadiwijoyo, M.T.",
        "nip": "197005141996031004",
        "pangkat": "Pembina Utama Muda, IV/c",
        "jabatan": "Kepala Dinas Perumahan dan Kawasan Permukiman",
        "rk": [
            (
                "Penerima Layanan",
                "Meningkatnya persentase rumah layak huni di Kabupaten Rawa Biru",
                "Persentase rumah layak huni",
                "78 %",
            ),
            (
                "Penerima Layanan",
                "Meningkatnya kepuasan masyarakat terhadap layanan perumahan",
                "Indeks kepuasan masyarakat",
                "82 indeks",
            ),
            (
                "Proses Bisnis",
                "Berkurangnya luas kawasan permukiman kumuh",
                "Luas kawasan kumuh yang tertangani",
                "35 hektare",
            ),
            (
                "Proses Bisnis",
                "Meningkatnya prasarana, sarana dan utilitas perumahan yang diserahkan kepada "
                "Pemerintah Kabupaten",
                "Jumlah perumahan yang PSU-nya telah diserahkan",
                "12 perumahan",
            ),
            (
                "Penguatan Internal",
                "Meningkatnya akuntabilitas kinerja Dinas Perumahan dan Kawasan Permukiman",
                "Nilai SAKIP perangkat daerah",
                "72 nilai",
            ),
            (
                "Anggaran",
                "Terwujudnya pengelolaan anggaran Dinas yang akuntabel",
                "Persentase realisasi anggaran",
                "95 %",
            ),
        ],
    },
    "unit": [
        {
            "folder": "01 Sekretariat",
            "kepala": (
                "Drs. Hendra Gunawan Siregar, M.AP.",
                "197207221998031005",
                "Pembina, IV/a",
                "Sekretaris",
            ),
            "rk": [
                "Terwujudnya dokumen perencanaan dan pelaporan kinerja Dinas yang berkualitas",
                "Terwujudnya tata kelola keuangan Dinas yang tertib dan akuntabel",
                "Meningkatnya kualitas pelayanan administrasi umum dan kepegawaian",
            ],
            "intervensi": [4, 5, 4],
            "sub": [
                (
                    "Kepala Subbagian Umum dan Kepegawaian",
                    "ja",
                    ["administrasi persuratan", "kepegawaian Dinas", "barang milik daerah"],
                    [
                        ("Pengadministrasi Perkantoran", "ja"),
                        ("Pengadministrasi Perkantoran", "ja"),
                        ("Arsiparis Terampil", "jf"),
                    ],
                ),
                (
                    "Perencana Ahli Muda selaku Subkoordinator Perencanaan dan Keuangan",
                    "jf",
                    ["rencana kerja Dinas", "laporan keuangan Dinas", "evaluasi kinerja Dinas"],
                    [
                        ("Analis Keuangan Pusat dan Daerah Ahli Pertama", "jf"),
                        ("Bendahara", "ja"),
                        ("Perencana Ahli Pertama", "jf"),
                    ],
                ),
            ],
        },
        {
            "folder": "02 Bidang Perumahan",
            "kepala": (
                "Ir. Sri Mulyani Rahayu",
                "197503082000032002",
                "Pembina, IV/a",
                "Kepala Bidang Perumahan",
            ),
            "rk": [
                "Meningkatnya jumlah rumah tidak layak huni yang tertangani",
                "Tersedianya data backlog perumahan yang valid",
                "Meningkatnya pelayanan rumah bagi korban bencana dan relokasi",
            ],
            "intervensi": [0, 1, 0],
            "sub": [
                (
                    "Kepala Seksi Pendataan dan Perencanaan Perumahan",
                    "ja",
                    [
                        "pendataan rumah tidak layak huni",
                        "backlog perumahan",
                        "rencana pembangunan perumahan",
                    ],
                    [
                        ("Pengolah Data dan Informasi", "ja"),
                        ("Pengolah Data dan Informasi", "ja"),
                        ("Pranata Komputer Ahli Pertama", "jf"),
                    ],
                ),
                (
                    "Teknik Tata Bangunan dan Perumahan Ahli Muda selaku Subkoordinator "
                    "Pembangunan Perumahan",
                    "jf",
                    [
                        "bantuan stimulan perumahan swadaya",
                        "rumah relokasi korban bencana",
                        "verifikasi penerima bantuan rumah",
                    ],
                    [
                        ("Teknik Tata Bangunan dan Perumahan Ahli Pertama", "jf"),
                        ("Pengelola Bantuan Perumahan", "ja"),
                        ("Teknik Tata Bangunan dan Perumahan Terampil", "jf"),
                    ],
                ),
            ],
        },
        {
            "folder": "03 Bidang Kawasan Permukiman",
            "kepala": (
                "Rudi Hartono Simbolon, S.T., M.Eng.",
                "197812152003121003",
                "Pembina, IV/a",
                "Kepala Bidang Kawasan Permukiman",
            ),
            "rk": [
                "Berkurangnya luasan permukiman kumuh di kawasan perkotaan",
                "Meningkatnya kualitas lingkungan permukiman perdesaan",
                "Tersusunnya rencana kawasan permukiman yang terpadu",
            ],
            "intervensi": [2, 2, 2],
            "sub": [
                (
                    "Kepala Seksi Peningkatan Kualitas Permukiman",
                    "ja",
                    [
                        "penanganan kawasan kumuh perkotaan",
                        "drainase lingkungan permukiman",
                        "jalan lingkungan permukiman",
                    ],
                    [("Pengelola Prasarana Lingkungan", "ja"), ("Teknik Pengairan Terampil", "jf")],
                ),
                (
                    "Penata Ruang Ahli Muda selaku Subkoordinator Perencanaan Kawasan",
                    "jf",
                    [
                        "rencana kawasan permukiman",
                        "profil kawasan permukiman perdesaan",
                        "basis data kawasan kumuh",
                    ],
                    [
                        ("Penata Ruang Ahli Pertama", "jf"),
                        ("Pengolah Data Kawasan", "ja"),
                        ("Pengelola Sistem Informasi Geografis", "ja"),
                    ],
                ),
            ],
        },
        {
            "folder": "04 Bidang PSU",
            "kepala": (
                "Agus Salim Pohan, S.T.",
                "197909102005011002",
                "Penata Tingkat I, III/d",
                "Kepala Bidang Prasarana, Sarana dan Utilitas",
            ),
            "rk": [
                "Meningkatnya jumlah perumahan yang prasarana, sarana dan utilitasnya diserahterimakan",
                "Tersedianya penerangan jalan umum di kawasan permukiman",
                "Meningkatnya pemakaman umum yang tertata",
            ],
            "intervensi": [3, 3, 3],
            "sub": [
                (
                    "Kepala Seksi Prasarana dan Utilitas",
                    "ja",
                    ["serah terima PSU perumahan", "penerangan jalan umum", "utilitas kawasan perumahan"],
                    [
                        ("Teknisi Penerangan Jalan", "ja"),
                        ("Teknisi Penerangan Jalan", "ja"),
                        ("Teknik Jalan dan Jembatan Terampil", "jf"),
                    ],
                ),
                (
                    "Kepala Seksi Sarana dan Pertamanan",
                    "ja",
                    ["pemakaman umum", "taman lingkungan perumahan", "ruang terbuka hijau permukiman"],
                    [("Pengelola Pemakaman", "ja"), ("Pengelola Pemakaman", "ja")],
                ),
            ],
        },
    ],
}

# Organisation 2: UPTD Puskesmas (rated by the Kepala Dinas Kesehatan, whose SKP is not in the folder).
PUSKESMAS = {
    "instansi": "UPTD PUSKESMAS KARANG SEMBADA DINAS KESEHATAN KABUPATEN RAWA BIRU",
    "singkat": "Puskesmas Karang Sembada",
    "folder": "PUSKESMAS KARANG SEMBADA",
    "kepala": (
        "dr. Yohana Maria Sitompul",
        "198106192008012011",
        "Penata Tingkat I, III/d",
        "Kepala UPTD Puskesmas Karang Sembada",
    ),
    "rk": [
        "Meningkatnya cakupan pelayanan kesehatan ibu dan anak di wilayah kerja Puskesmas",
        "Menurunnya kasus balita gizi kurang di wilayah kerja Puskesmas",
        "Meningkatnya mutu pelayanan kesehatan perorangan di Puskesmas",
        "Terwujudnya tata kelola administrasi dan keuangan Puskesmas yang akuntabel",
    ],
    "rk_atasan": [KADINKES_RK[0], KADINKES_RK[1], KADINKES_RK[0], KADINKES_RK[0]],
    "sub": [
        (
            "Kepala Subbagian Tata Usaha",
            "ja",
            ["administrasi Puskesmas", "laporan keuangan BLUD", "kepegawaian Puskesmas"],
            [("Pengadministrasi Umum", "ja"), ("Pengelola Keuangan", "ja")],
            [3],
        ),
        (
            "Dokter Ahli Pertama",
            "jf",
            ["pelayanan poli umum", "rujukan pasien", "skrining penyakit tidak menular"],
            [],
            [2],
        ),
        (
            "Perawat Ahli Pertama",
            "jf",
            ["asuhan keperawatan rawat jalan", "kunjungan rumah pasien", "pencatatan asuhan keperawatan"],
            [],
            [2, 0],
        ),
        (
            "Perawat Ahli Pertama",
            "jf",
            ["asuhan keperawatan gawat darurat", "triase pasien", "perawatan luka"],
            [],
            [2],
        ),
        (
            "Bidan Terampil",
            "jf",
            ["pemeriksaan kehamilan", "persalinan di fasilitas kesehatan", "kunjungan nifas"],
            [],
            [0],
        ),
        ("Bidan Terampil", "jf", ["imunisasi dasar lengkap", "kelas ibu hamil", "pelayanan KB"], [], [0]),
        (
            "Nutrisionis Ahli Pertama",
            "jf",
            ["pemantauan status gizi balita", "pemberian makanan tambahan", "konseling gizi"],
            [],
            [1],
        ),
        (
            "Pranata Laboratorium Kesehatan Terampil",
            "jf",
            ["pemeriksaan laboratorium sederhana", "mutu internal laboratorium"],
            [],
            [2],
        ),
        (
            "Apoteker Ahli Pertama",
            "jf",
            ["pengelolaan obat dan bahan medis habis pakai", "pelayanan kefarmasian"],
            [],
            [2],
        ),
        (
            "Perawat Terampil",
            "jf",
            ["pelayanan imunisasi di posyandu", "pendataan sasaran posyandu"],
            [],
            [0, 1],
        ),
        (
            "Sanitarian Terampil",
            "jf",
            ["inspeksi kesehatan lingkungan", "sanitasi tempat pengelolaan pangan"],
            [],
            [1, 2],
        ),
        (
            "Epidemiolog Kesehatan Ahli Pertama",
            "jf",
            ["surveilans penyakit menular", "penyelidikan epidemiologi"],
            [],
            [2],
        ),
    ],
}

# Organisation 3: Badan Kesatuan Bangsa dan Politik (JPT Model Dasar, staff Model Dasar).
KESBANGPOL = {
    "instansi": "BADAN KESATUAN BANGSA DAN POLITIK KABUPATEN RAWA BIRU",
    "singkat": "Kesbangpol",
    "folder": "Kesbangpol",
    "kepala": {
        "nama": "Drs. Marulam Hutagalung, M.Si.",
        "nip": "196908171994031006",
        "pangkat": "Pembina Utama Muda, IV/c",
        "jabatan": "Kepala Badan Kesatuan Bangsa dan Politik",
        "rk": [
            (
                "",
                "Meningkatnya wawasan kebangsaan masyarakat Kabupaten Rawa Biru",
                "Indeks wawasan kebangsaan masyarakat",
                "75 indeks",
            ),
            (
                "",
                "Terjaganya kondusivitas politik dalam negeri di daerah",
                "Persentase konflik sosial yang tertangani",
                "100 %",
            ),
            (
                "",
                "Meningkatnya peran organisasi kemasyarakatan dalam pembangunan",
                "Jumlah ormas yang aktif melapor",
                "40 ormas",
            ),
            (
                "",
                "Meningkatnya akuntabilitas kinerja Badan Kesatuan Bangsa dan Politik",
                "Nilai SAKIP perangkat daerah",
                "70 nilai",
            ),
        ],
    },
    "unit": [
        {
            "kepala": ("Nurhayati Lubis, S.Sos., M.Si.", "197601042002122004", "Pembina, IV/a", "Sekretaris"),
            "rk": [
                "Terwujudnya pelayanan kesekretariatan Badan yang tertib",
                "Tersusunnya dokumen perencanaan dan pelaporan Badan yang berkualitas",
            ],
            "intervensi": [3, 3],
            "sub": [
                (
                    "Kepala Subbagian Umum dan Kepegawaian",
                    "ja",
                    ["tata usaha Badan", "aset Badan", "kepegawaian Badan"],
                    [("Pengadministrasi Perkantoran", "ja"), ("Pengelola Barang Milik Daerah", "ja")],
                ),
                ("Perencana Ahli Pertama", "jf", ["rencana strategis Badan", "laporan kinerja Badan"], []),
            ],
        },
        {
            "kepala": (
                "Zulkifli Daulay, S.IP.",
                "197710282006041003",
                "Pembina, IV/a",
                "Kepala Bidang Ideologi, Wawasan Kebangsaan dan Karakter Bangsa",
            ),
            "rk": [
                "Meningkatnya pemahaman ideologi Pancasila di kalangan pelajar dan pemuda",
                "Terbentuknya forum pembauran kebangsaan yang aktif",
            ],
            "intervensi": [0, 0],
            "sub": [
                (
                    "Analis Kebijakan Ahli Muda",
                    "jf",
                    ["pendidikan wawasan kebangsaan", "forum pembauran kebangsaan"],
                    [],
                ),
                (
                    "Penelaah Ideologi dan Wawasan Kebangsaan",
                    "ja",
                    ["sosialisasi empat pilar", "kader bela negara"],
                    [],
                ),
                (
                    "Pengolah Data Kebangsaan",
                    "ja",
                    ["basis data forum kebangsaan", "pemetaan pelajar peserta"],
                    [],
                ),
            ],
        },
        {
            "kepala": (
                "Fitriani Harahap, S.H.",
                "198002172005012005",
                "Penata Tingkat I, III/d",
                "Kepala Bidang Politik Dalam Negeri dan Organisasi Kemasyarakatan",
            ),
            "rk": [
                "Terdatanya organisasi kemasyarakatan yang berbadan hukum",
                "Meningkatnya partisipasi politik masyarakat dalam pemilihan",
                "Tertanganinya potensi konflik sosial secara dini",
            ],
            "intervensi": [2, 1, 1],
            "sub": [
                (
                    "Penelaah Politik Dalam Negeri",
                    "ja",
                    ["pendaftaran ormas", "pendidikan politik pemilih"],
                    [],
                ),
                (
                    "Penelaah Politik Dalam Negeri",
                    "ja",
                    ["peta potensi konflik", "forum kewaspadaan dini"],
                    [],
                ),
            ],
        },
    ],
}

NAMA_DEPAN = [
    "Andi",
    "Rina",
    "Dedi",
    "Maya",
    "Fajar",
    "Lestari",
    "Yusuf",
    "Sari",
    "Imam",
    "Dewi",
    "Reza",
    "Putri",
    "Taufik",
    "Wulan",
    "Hadi",
    "Nina",
    "Rizal",
    "Citra",
    "Arif",
    "Yuni",
    "Bayu",
    "Indah",
    "Eko",
    "Fitri",
    "Gilang",
    "Hana",
    "Ilham",
    "Juwita",
    "Kurnia",
    "Laila",
    "Marwan",
    "Novi",
    "Oktavia",
    "Pandu",
    "Ratih",
    "Sutan",
    "Tiara",
    "Umar",
    "Vivi",
    "Wahyu",
    "Yogi",
    "Zahra",
    "Bonar",
    "Debora",
    "Parulian",
    "Romauli",
    "Saut",
    "Tetty",
    "Ucok",
    "Lamria",
    "Herlina",
    "Junaidi",
    "Khairul",
    "Mutia",
]
NAMA_BELAKANG = [
    "Siregar",
    "Nasution",
    "Lubis",
    "Harahap",
    "Pane",
    "Tanjung",
    "Rangkuti",
    "Daulay",
    "Batubara",
    "Sitorus",
    "Simanjuntak",
    "Panjaitan",
    "Purba",
    "Saragih",
    "Ginting",
    "Sembiring",
    "Tarigan",
    "Hasibuan",
    "Ritonga",
    "Pulungan",
    "Matondang",
    "Situmorang",
    "Hutapea",
    "Manurung",
]
GELAR = [
    "S.T.",
    "S.E.",
    "S.Kom.",
    "A.Md.",
    "S.Sos.",
    "S.H.",
    "",
    "",
    "S.Kep., Ners",
    "A.Md.Keb.",
    "S.Gz.",
    "S.Farm., Apt.",
    "A.Md.AK.",
]

TAMBAHAN = [
    ("Sertifikat pelatihan teknis diperoleh", "Jumlah sertifikat pelatihan yang diperoleh", "1 sertifikat"),
    (
        "Keikutsertaan dalam tim satgas penanganan bencana daerah terdokumentasi",
        "Jumlah surat tugas satgas yang dilaksanakan",
        "2 surat tugas",
    ),
    ("Materi berbagi pengetahuan di unit kerja tersampaikan", "Jumlah sesi berbagi pengetahuan", "2 sesi"),
]

BUTIR = [
    ("Menyusun rancangan rencana kerja", "Dokumen rancangan", "0,045"),
    ("Melakukan verifikasi data lapangan", "Laporan verifikasi", "0,020"),
    ("Menyusun laporan hasil pemantauan", "Laporan pemantauan", "0,032"),
    ("Melakukan analisis data teknis", "Hasil analisis", "0,060"),
    ("Memberikan pelayanan teknis fungsional", "Catatan pelayanan", "0,004"),
]
