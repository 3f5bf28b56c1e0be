"""Fictional agencies, people, RK/IKI and butir kegiatan for ``benchmarks/nyata_s`` (own data, not from any
other set): Dinas Pariwisata dan Kebudayaan Kabupaten Lembah Arunika, Badan Pendapatan Daerah Kota Tanjung
Sirih, Dinas Kesehatan Kabupaten Bukit Lentera."""

from __future__ import annotations

INSTANSI = [
    {
        "nama": "DINAS PARIWISATA DAN KEBUDAYAAN KABUPATEN LEMBAH ARUNIKA",
        "pendek": "Dinas Pariwisata dan Kebudayaan",
        "tempat": "Lembah Arunika",
        "kepala": ("Ir. RATNA KUSUMAWARDANI, M.Si.", "197203141998032004", "Pembina Utama Muda, IV/c"),
        "bupati": "H. SAMSUDIN ARIFIN, S.H.",
        "unit": ["Bidang Destinasi Pariwisata", "Bidang Kebudayaan", "Sekretariat"],
    },
    {
        "nama": "BADAN PENDAPATAN DAERAH KOTA TANJUNG SIRIH",
        "pendek": "Badan Pendapatan Daerah",
        "tempat": "Tanjung Sirih",
        "kepala": ("Drs. MULYADI HARSONO, M.M.", "196908221994031007", "Pembina Utama Muda, IV/c"),
        "bupati": "dr. WIDYA LESTARI, M.Kes.",
        "unit": ["Bidang Pajak Daerah", "Bidang Retribusi dan Pendapatan Lain", "Sekretariat"],
    },
    {
        "nama": "DINAS KESEHATAN KABUPATEN BUKIT LENTERA",
        "pendek": "Dinas Kesehatan",
        "tempat": "Bukit Lentera",
        "kepala": ("dr. FARIDA NUR AINI, M.P.H.", "197511052003122002", "Pembina Tingkat I, IV/b"),
        "bupati": "YOHANES PATTIASINA, S.Sos.",
        "unit": ["Bidang Pencegahan dan Pengendalian Penyakit", "Bidang Pelayanan Kesehatan", "Sekretariat"],
    },
]

# (nama, nip, pangkat) of pegawai; NIPs: birth date, TMT >= 18 years later, gender digit, sequence
PEGAWAI = [
    ("ANDI PRASETYO, S.Kom.", "199004172015031002", "Penata Muda Tingkat I, III/b"),
    ("SITI NURHALIZA, S.E.", "198811232014022001", "Penata, III/c"),
    ("BAYU SETIAWAN, S.T.", "199205092019031004", "Penata Muda, III/a"),
    ("DEWI ANGGRAINI, S.Sos., M.AP.", "198402182009032003", "Penata Tingkat I, III/d"),
    ("RUDI HARTANTO", "198707112010011005", "Pengatur, II/c"),
    ("MAYA PUSPITASARI, S.Kom.", "199308302020122006", "Penata Muda, III/a"),
    ("HENDRA GUNAWAN, S.H.", "198512012011011003", "Penata, III/c"),
    ("LINDA OKTAVIANI, A.Md.", "199110262016032001", "Pengatur Tingkat I, II/d"),
    ("FAJAR NUGROHO, S.Pd.", "198906152015041001", "Penata Muda Tingkat I, III/b"),
    ("YULIANA SARI, S.K.M.", "198707042012122002", "Penata, III/c"),
    ("AGUS SALIM, S.IP., M.Si.", "197912102005011006", "Pembina, IV/a"),
    ("NOVITA RAHMAWATI, S.Ak.", "199402222019032007", "Penata Muda, III/a"),
]

# jabatan per family: (jabatan, kind) kind: pelaksana/pengawas/administrator/jf
JABATAN = {
    "ja": [
        ("Kepala Seksi Pengembangan Destinasi", "pengawas"),
        ("Kepala Bidang Pajak Daerah", "administrator"),
        ("Pengadministrasi Perkantoran", "pelaksana"),
        ("Kepala Subbagian Umum dan Kepegawaian", "pengawas"),
        ("Pengelola Data Pendapatan", "pelaksana"),
        ("Kepala Seksi Surveilans dan Imunisasi", "pengawas"),
        ("Kepala Bidang Kebudayaan", "administrator"),
        ("Pengolah Data Kepegawaian", "pelaksana"),
    ],
    "jf": [
        ("Pranata Komputer Ahli Pertama", "jf"),
        ("Analis Kepegawaian Ahli Muda", "jf"),
        ("Perencana Ahli Muda", "jf"),
        ("Arsiparis Terampil", "jf"),
        ("Pranata Komputer Muda", "jf"),
        ("Epidemiolog Kesehatan Ahli Pertama", "jf"),
        ("Analis Kepegawaian Ahli Pertama", "jf"),
        ("Perencana Ahli Pertama selaku Subkoordinator", "jf"),
    ],
}

# (RK atasan, RK, [(aspek, IKI, target number, satuan, khusus)])
RK_JA = [
    (
        "Meningkatnya kunjungan wisatawan ke destinasi unggulan daerah",
        "Destinasi wisata unggulan yang dikembangkan sesuai rencana induk",
        [
            ("Kuantitas", "Jumlah destinasi wisata yang dikembangkan", 4, "destinasi", False),
            ("Kualitas", "Persentase destinasi yang memenuhi standar kelayakan", 90, "%", False),
            ("Waktu", "Waktu penyelesaian dokumen pengembangan destinasi", 10, "bulan", True),
        ],
    ),
    (
        "Meningkatnya realisasi pendapatan asli daerah",
        "Data potensi pajak daerah yang mutakhir dan tervalidasi",
        [
            ("Kuantitas", "Jumlah laporan pemutakhiran data potensi pajak", 12, "laporan", False),
            ("Kualitas", "Persentase data wajib pajak yang tervalidasi", 95, "%", False),
        ],
    ),
    (
        "Terselenggaranya layanan administrasi perkantoran yang tertib",
        "Naskah dinas tercatat dan terdistribusi tepat waktu",
        [
            ("Kuantitas", "Jumlah naskah dinas yang tercatat dalam aplikasi", 1200, "naskah", False),
            ("Waktu", "Waktu rata-rata distribusi naskah dinas", 2, "hari", True),
        ],
    ),
]

RK_JA_TAMBAHAN = (
    "Meningkatnya kompetensi aparatur",
    "Pengetahuan pengelolaan data yang meningkat melalui pelatihan",
    [("Kuantitas", "Jumlah sertifikat pelatihan yang diperoleh", 1, "sertifikat", False)],
)

RK_JF = [
    (
        "Tersedianya layanan sistem informasi yang andal",
        "Aplikasi layanan perizinan pariwisata yang berfungsi tanpa gangguan",
        [
            ("Kuantitas", "Jumlah modul aplikasi yang dikembangkan", 3, "modul", False),
            ("Kualitas", "Persentase ketersediaan layanan aplikasi", 98, "%", False),
        ],
        [
            ("Melakukan analisis kebutuhan sistem", "Laporan hasil analisis", 0.15),
            ("Melakukan pengujian aplikasi", "Laporan hasil pengujian", 0.08),
        ],
    ),
    (
        "Meningkatnya kualitas pengelolaan arsip dinamis",
        "Arsip dinamis aktif yang tertata dan mudah ditemukan kembali",
        [
            ("Kuantitas", "Jumlah berkas arsip yang ditata", 600, "berkas", False),
            ("Waktu", "Waktu penyelesaian penataan arsip", 11, "bulan", True),
        ],
        [("Melakukan pemberkasan arsip aktif", "Daftar berkas", 0.006)],
    ),
    (
        "Tersusunnya dokumen perencanaan yang berkualitas",
        "Dokumen rencana kerja perangkat daerah yang tersusun sesuai ketentuan",
        [
            ("Kuantitas", "Jumlah dokumen perencanaan yang disusun", 2, "dokumen", False),
            ("Kualitas", "Persentase program yang selaras dengan RPJMD", 100, "%", False),
        ],
        [("Menyusun rancangan rencana kerja", "Dokumen rancangan", 0.4)],
    ),
]

RK_JPT = [
    (
        "Meningkatnya kontribusi sektor pariwisata terhadap perekonomian daerah",
        [
            ("Persentase pertumbuhan kunjungan wisatawan", 8, "%"),
            ("Jumlah pendapatan sektor pariwisata", 12, "miliar rupiah"),
        ],
        "Penerima Layanan",
    ),
    (
        "Meningkatnya kualitas tata kelola perangkat daerah",
        [("Nilai SAKIP perangkat daerah", 75, "nilai")],
        "Proses Bisnis",
    ),
    (
        "Meningkatnya kapasitas sumber daya aparatur",
        [("Indeks profesionalitas ASN", 80, "indeks")],
        "Penguatan Internal",
    ),
    (
        "Terwujudnya penggunaan anggaran yang akuntabel",
        [("Persentase realisasi anggaran", 95, "%")],
        "Anggaran",
    ),
]

MANUAL_FIELDS = [
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
]

OLD_PP46 = [
    ["SASARAN KERJA PEGAWAI"],
    ["NO", "KEGIATAN TUGAS JABATAN", "AK", "KUANT/OUTPUT", "KUAL/MUTU", "WAKTU", "BIAYA"],
    [1, "Menyusun laporan bulanan", "", "12 laporan", 100, "12 bulan", "-"],
    [2, "Melaksanakan rapat koordinasi", "", "4 kegiatan", 100, "12 bulan", "-"],
]
