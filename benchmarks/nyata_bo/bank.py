"""Fictional agencies, officials and plans for ``benchmarks/nyata_bo`` (year-end Penilaian of JPT and JF).

Everything here is invented for the set: Kabupaten Bukit Kemuning and Kota Muara Senja do not exist. A target
is data: ``("tunggal", angka, satuan)`` or ``("rentang", min, max, satuan)``; ``khusus`` marks lower-is-better
IKI (aspek Waktu/Biaya, SPEC §6.1); ``maks`` marks a target that is already the maximum ("100 %").
"""

from __future__ import annotations

KABUPATEN = "KABUPATEN BUKIT KEMUNING"
KOTA = "KOTA MUARA SENJA"
TEMPAT = {KABUPATEN: "Bukit Kemuning", KOTA: "Muara Senja"}
KEPALA_DAERAH = {KABUPATEN: "BUPATI BUKIT KEMUNING", KOTA: "WALI KOTA MUARA SENJA"}
NAMA_KEPALA_DAERAH = {
    KABUPATEN: "H. Zulkarnain Marpaung, S.E., M.M.",
    KOTA: "Dr. Ratna Sari Dewi Lubis, M.Si.",
}

# (nama, gelar) pool; NIP is built by buat.py from a birth date, TMT and gender
NAMA_PRIA = [
    "Ahmad Fauzan Siregar",
    "Bambang Hariyanto",
    "Dedi Kurniawan Saragih",
    "Eko Prasetyo Nugroho",
    "Fajar Ramadhan Tanjung",
    "Gilang Permadi",
    "Hendra Gunawan Nasution",
    "Irfan Maulana Harahap",
    "Joko Susilo Wibowo",
    "Krisna Adi Pratama",
    "Lukman Hakim Daulay",
    "Muhammad Rizky Hasibuan",
    "Nanda Saputra Pohan",
    "Oki Setiawan",
    "Panji Wirawan Lubis",
    "Rahmat Hidayat Ritonga",
    "Syahrul Efendi Batubara",
    "Taufik Ismail Pane",
    "Wahyu Dwi Cahyono",
    "Yusuf Habibi Rangkuti",
]
NAMA_WANITA = [
    "Anisa Rahmawati Sitompul",
    "Butet Maria Simanjuntak",
    "Citra Lestari Purba",
    "Dewi Anggraini Sinaga",
    "Evi Susanti Manurung",
    "Fitri Handayani Ginting",
    "Gusti Ayu Wulandari",
    "Hana Pertiwi Damanik",
    "Indah Permatasari Lubis",
    "Juliana Tampubolon",
    "Kartika Sari Hutagalung",
    "Lina Marlina Sembiring",
    "Mega Puspita Nainggolan",
    "Nurhayati Simatupang",
    "Putri Ramadhani Matondang",
    "Rina Yuliana Tarigan",
]
GELAR_JPT = [
    "Dr. {n}, S.T., M.T.",
    "{n}, S.Sos., M.AP.",
    "Ir. {n}, M.Si.",
    "{n}, S.H., M.H.",
    "Drs. {n}, M.M.",
]
GELAR_JF = ["{n}, S.Kom.", "{n}, S.E.", "{n}, S.T.", "{n}, A.Md.", "{n}, S.P.", "{n}, S.Si.", "{n}, S.IP."]

PANGKAT = {
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
}


def T(n: float, satuan: str) -> tuple:
    return ("tunggal", n, satuan)


def R(lo: float, hi: float, satuan: str) -> tuple:
    return ("rentang", lo, hi, satuan)


# ---------------------------------------------------------------- JPT
# Each JPT: jabatan, instansi text, the perspektif-grouped Kinerja Utama
# (perspektif, RK, [(IKI, target, maks)])
JPT = [
    {
        "jabatan": "SEKRETARIS DAERAH",
        "unit": "SEKRETARIAT DAERAH",
        "rk": [
            (
                "Penerima Layanan",
                "Meningkatnya kualitas pelayanan publik perangkat daerah",
                [
                    ("Indeks Kepuasan Masyarakat atas layanan perangkat daerah", T(82.5, "poin"), False),
                    (
                        "Persentase perangkat daerah berpredikat zona hijau kepatuhan pelayanan publik",
                        T(85, "%"),
                        False,
                    ),
                ],
            ),
            (
                "Proses Bisnis",
                "Meningkatnya akuntabilitas kinerja instansi pemerintah daerah",
                [("Nilai SAKIP pemerintah daerah", T(72, "poin"), False)],
            ),
            (
                "Penguatan Internal",
                "Meningkatnya kapasitas dan integritas aparatur",
                [
                    ("Indeks Profesionalitas ASN", T(76, "poin"), False),
                    ("Persentase rekomendasi hasil pemeriksaan yang ditindaklanjuti", T(100, "%"), True),
                ],
            ),
            (
                "Anggaran",
                "Pengelolaan keuangan daerah yang akuntabel",
                [("Persentase realisasi belanja daerah", R(90, 95, "%"), False)],
            ),
        ],
    },
    {
        "jabatan": "KEPALA DINAS KESEHATAN",
        "unit": "DINAS KESEHATAN",
        "rk": [
            (
                "Penerima Layanan",
                "Meningkatnya derajat kesehatan masyarakat",
                [
                    ("Cakupan desa/kelurahan Universal Child Immunization", T(92, "%"), False),
                    ("Jumlah puskesmas terakreditasi paripurna", T(9, "puskesmas"), False),
                ],
            ),
            (
                "Proses Bisnis",
                "Meningkatnya mutu layanan fasilitas kesehatan",
                [
                    (
                        "Persentase fasilitas kesehatan yang memenuhi standar pelayanan minimal",
                        R(80, 90, "%"),
                        False,
                    )
                ],
            ),
            (
                "Penguatan Internal",
                "Meningkatnya kompetensi tenaga kesehatan",
                [("Jumlah tenaga kesehatan bersertifikat kompetensi", T(140, "orang"), False)],
            ),
            (
                "Anggaran",
                "Pengelolaan anggaran kesehatan yang tertib",
                [("Persentase temuan pemeriksaan keuangan yang ditindaklanjuti", T(100, "%"), True)],
            ),
        ],
    },
    {
        "jabatan": "KEPALA BADAN PERENCANAAN PEMBANGUNAN, RISET DAN INOVASI DAERAH",
        "unit": "BADAN PERENCANAAN PEMBANGUNAN, RISET DAN INOVASI DAERAH",
        "rk": [
            (
                "Penerima Layanan",
                "Meningkatnya kualitas dokumen perencanaan pembangunan daerah",
                [("Persentase keselarasan program RKPD dengan RPJMD", T(95, "%"), False)],
            ),
            (
                "Proses Bisnis",
                "Meningkatnya inovasi daerah yang diterapkan",
                [
                    ("Jumlah inovasi daerah yang diterapkan perangkat daerah", T(24, "inovasi"), False),
                    ("Indeks Inovasi Daerah", T(48, "poin"), False),
                ],
            ),
            (
                "Penguatan Internal",
                "Meningkatnya kualitas data pembangunan daerah",
                [
                    (
                        "Persentase data sektoral yang dipublikasikan pada portal satu data",
                        R(75, 85, "%"),
                        False,
                    )
                ],
            ),
            (
                "Anggaran",
                "Anggaran perencanaan yang dikelola secara efektif",
                [("Persentase serapan anggaran badan", T(95, "%"), False)],
            ),
        ],
    },
    {
        "jabatan": "KEPALA DINAS PEKERJAAN UMUM DAN PENATAAN RUANG",
        "unit": "DINAS PEKERJAAN UMUM DAN PENATAAN RUANG",
        "rk": [
            (
                "Penerima Layanan",
                "Meningkatnya kemantapan jalan kabupaten",
                [("Persentase panjang jalan kabupaten dalam kondisi mantap", T(78, "%"), False)],
            ),
            (
                "Proses Bisnis",
                "Meningkatnya layanan air minum dan sanitasi",
                [
                    ("Jumlah sambungan rumah air minum baru", T(1250, "sambungan"), False),
                    ("Persentase rumah tangga dengan akses sanitasi layak", R(70, 75, "%"), False),
                ],
            ),
            (
                "Penguatan Internal",
                "Meningkatnya tertib pemanfaatan ruang",
                [("Jumlah persetujuan bangunan gedung yang diterbitkan", T(320, "dokumen"), False)],
            ),
            (
                "Anggaran",
                "Belanja modal infrastruktur yang terserap tepat sasaran",
                [("Persentase realisasi fisik paket pekerjaan konstruksi", T(100, "%"), True)],
            ),
        ],
    },
    {
        "jabatan": "KEPALA BADAN PENGELOLAAN KEUANGAN DAN ASET DAERAH",
        "unit": "BADAN PENGELOLAAN KEUANGAN DAN ASET DAERAH",
        "rk": [
            (
                "Penerima Layanan",
                "Meningkatnya kualitas laporan keuangan pemerintah daerah",
                [
                    (
                        "Persentase rekomendasi BPK atas laporan keuangan yang ditindaklanjuti",
                        T(90, "%"),
                        False,
                    )
                ],
            ),
            (
                "Proses Bisnis",
                "Meningkatnya ketepatan penyaluran dana perangkat daerah",
                [
                    ("Persentase SP2D yang terbit tepat waktu", R(92, 97, "%"), False),
                    (
                        "Jumlah perangkat daerah yang memakai aplikasi keuangan terintegrasi",
                        T(38, "perangkat daerah"),
                        False,
                    ),
                ],
            ),
            (
                "Penguatan Internal",
                "Meningkatnya tertib administrasi aset daerah",
                [("Persentase barang milik daerah yang bersertifikat", T(65, "%"), False)],
            ),
            (
                "Anggaran",
                "Meningkatnya pendapatan asli daerah",
                [("Realisasi pendapatan asli daerah", T(412.5, "miliar rupiah"), False)],
            ),
        ],
    },
    {
        "jabatan": "KEPALA DINAS PENDIDIKAN",
        "unit": "DINAS PENDIDIKAN",
        "rk": [
            (
                "Penerima Layanan",
                "Meningkatnya akses pendidikan dasar",
                [
                    ("Angka partisipasi murni SMP", T(88, "%"), False),
                    ("Jumlah anak tidak sekolah yang kembali bersekolah", T(450, "anak"), False),
                ],
            ),
            (
                "Proses Bisnis",
                "Meningkatnya mutu satuan pendidikan",
                [("Persentase sekolah berakreditasi minimal B", R(85, 90, "%"), False)],
            ),
            (
                "Penguatan Internal",
                "Meningkatnya kompetensi pendidik",
                [("Jumlah guru penggerak yang tersertifikasi", T(60, "orang"), False)],
            ),
            (
                "Anggaran",
                "Dana BOS daerah yang dipertanggungjawabkan tepat waktu",
                [("Persentase sekolah yang menyampaikan laporan BOS", T(100, "%"), True)],
            ),
        ],
    },
]

# Kinerja Tambahan (JPT and JF/JA): RK, IKI, aspek (JA/JF), target
TAMBAHAN = [
    (
        "Kompetensi kepemimpinan strategis yang meningkat",
        "Jumlah sertifikat pelatihan kepemimpinan yang diperoleh",
        "Kuantitas",
        T(1, "sertifikat"),
    ),
    (
        "Menurunnya angka stunting di desa dampingan satuan tugas",
        "Jumlah desa dampingan yang terverifikasi bebas stunting",
        "Kuantitas",
        T(4, "desa"),
    ),
    (
        "Kontribusi pada publikasi ilmiah instansi",
        "Jumlah artikel yang terbit di jurnal atau media resmi",
        "Kuantitas",
        T(2, "artikel"),
    ),
]

# ---------------------------------------------------------------- JF
# Each JF: jabatan (jenjang), golongan pool, unit, plan [(RK atasan, RK, [(aspek, IKI, target, maks)], butir)]
JF = [
    {
        "jabatan": "Pranata Komputer Ahli Muda",
        "gol": ["III/c", "III/d"],
        "unit": "Bidang Aplikasi Informatika, Dinas Komunikasi dan Informatika",
        "atasan_jab": "Kepala Bidang Aplikasi Informatika",
        "rk": [
            (
                "Layanan aplikasi pemerintahan berbasis elektronik yang andal",
                "Sistem informasi perangkat daerah beroperasi tanpa gangguan berarti",
                [
                    ("Kuantitas", "Jumlah aplikasi yang dipelihara dan berfungsi", T(12, "aplikasi"), False),
                    ("Kualitas", "Persentase ketersediaan layanan aplikasi", R(95, 98, "%"), False),
                    ("Waktu", "Rata-rata waktu pemulihan gangguan aplikasi", T(4, "jam"), False),
                ],
                [
                    ("Melakukan pemeliharaan sistem aplikasi", "Laporan pemeliharaan", "0,15"),
                    ("Melakukan pemulihan sistem dari gangguan", "Berita acara pemulihan", "0,08"),
                ],
            ),
            (
                "Keamanan informasi perangkat daerah yang terjaga",
                "Kerentanan aplikasi perangkat daerah yang tertangani",
                [
                    ("Kuantitas", "Jumlah laporan uji kerentanan aplikasi", T(6, "laporan"), False),
                    ("Kualitas", "Persentase kerentanan kritis yang ditutup", T(100, "%"), True),
                ],
                [("Melakukan uji kerentanan sistem", "Laporan uji kerentanan", "0,225")],
            ),
        ],
    },
    {
        "jabatan": "Perencana Ahli Pertama",
        "gol": ["III/a", "III/b"],
        "unit": "Bidang Perencanaan dan Evaluasi, Badan Perencanaan Pembangunan Daerah",
        "atasan_jab": "Kepala Bidang Perencanaan dan Evaluasi",
        "rk": [
            (
                "Dokumen perencanaan pembangunan daerah yang berkualitas",
                "Bahan rancangan RKPD bidang ekonomi tersusun tepat waktu",
                [
                    ("Kuantitas", "Jumlah bahan rancangan RKPD yang tersusun", T(3, "dokumen"), False),
                    ("Waktu", "Waktu penyelesaian bahan rancangan RKPD", T(4, "bulan"), False),
                ],
                [("Menyusun bahan rancangan rencana kerja", "Bahan rancangan", "0,12")],
            ),
            (
                "Evaluasi kinerja pembangunan yang akurat",
                "Laporan evaluasi capaian program prioritas tersaji",
                [
                    ("Kuantitas", "Jumlah laporan evaluasi triwulanan", T(4, "laporan"), False),
                    (
                        "Kualitas",
                        "Persentase indikator program yang terverifikasi datanya",
                        R(80, 90, "%"),
                        False,
                    ),
                ],
                [("Menyusun laporan evaluasi program", "Laporan evaluasi", "0,09")],
            ),
        ],
    },
    {
        "jabatan": "Analis Keuangan Pusat dan Daerah Ahli Madya",
        "gol": ["IV/a", "IV/b"],
        "unit": "Bidang Anggaran, Badan Pengelolaan Keuangan dan Aset Daerah",
        "atasan_jab": "Kepala Bidang Anggaran",
        "rk": [
            (
                "Anggaran daerah yang disusun sesuai kebijakan umum",
                "Rekomendasi kebijakan alokasi anggaran tersampaikan kepada TAPD",
                [
                    (
                        "Kuantitas",
                        "Jumlah rekomendasi kebijakan alokasi anggaran",
                        T(5, "rekomendasi"),
                        False,
                    ),
                    ("Kualitas", "Persentase rekomendasi yang diakomodasi TAPD", T(80, "%"), False),
                    ("Biaya", "Biaya kajian alokasi anggaran", T(150000000, "rupiah"), False),
                ],
                [("Menyusun kajian kebijakan anggaran", "Dokumen kajian", "0,4")],
            ),
            (
                "Pengendalian belanja perangkat daerah yang efektif",
                "Hasil analisis realisasi belanja perangkat daerah tersaji",
                [
                    ("Kuantitas", "Jumlah laporan analisis realisasi belanja", T(12, "laporan"), False),
                    ("Waktu", "Waktu penyampaian laporan analisis bulanan", T(5, "hari kerja"), False),
                ],
                [
                    ("Menganalisis realisasi belanja", "Laporan analisis", "0,35"),
                    ("Menyusun rekomendasi pengendalian belanja", "Nota rekomendasi", "0,2"),
                ],
            ),
        ],
    },
    {
        "jabatan": "Arsiparis Terampil",
        "gol": ["II/c", "II/d"],
        "unit": "Bidang Pengelolaan Arsip, Dinas Perpustakaan dan Kearsipan",
        "atasan_jab": "Kepala Bidang Pengelolaan Arsip",
        "rk": [
            (
                "Arsip perangkat daerah yang tertata dan mudah ditemukan",
                "Arsip inaktif perangkat daerah tertata sesuai kaidah kearsipan",
                [
                    ("Kuantitas", "Jumlah boks arsip inaktif yang tertata", T(180, "boks"), False),
                    (
                        "Kualitas",
                        "Persentase arsip yang ditemukan kembali dalam uji temu balik",
                        R(90, 95, "%"),
                        False,
                    ),
                ],
                [
                    ("Melakukan pemberkasan arsip inaktif", "Daftar arsip", "0,004"),
                    ("Melakukan penataan arsip dalam boks", "Boks arsip", "0,003"),
                ],
            ),
            (
                "Layanan peminjaman arsip yang cepat",
                "Permintaan peminjaman arsip terlayani dengan cepat",
                [
                    (
                        "Kuantitas",
                        "Jumlah permintaan peminjaman arsip yang terlayani",
                        T(240, "permintaan"),
                        False,
                    ),
                    ("Waktu", "Rata-rata waktu layanan peminjaman arsip", R(2, 3, "hari"), False),
                ],
                [("Melayani peminjaman arsip", "Bukti layanan", "0,002")],
            ),
        ],
    },
    {
        "jabatan": "Penyuluh Pertanian Terampil",
        "gol": ["II/b", "II/c"],
        "unit": "Balai Penyuluhan Pertanian Kecamatan Sungai Rotan, Dinas Pertanian",
        "atasan_jab": "Kepala Balai Penyuluhan Pertanian",
        "rk": [
            (
                "Produktivitas padi petani binaan yang meningkat",
                "Kelompok tani binaan menerapkan teknologi budidaya anjuran",
                [
                    (
                        "Kuantitas",
                        "Jumlah kelompok tani yang menerapkan teknologi anjuran",
                        T(16, "kelompok"),
                        False,
                    ),
                    ("Kualitas", "Rata-rata produktivitas padi kelompok binaan", T(6.2, "ton/ha"), False),
                ],
                [("Melaksanakan penyuluhan teknologi budidaya", "Laporan penyuluhan", "0,06")],
            ),
            (
                "Kelembagaan petani yang lebih kuat",
                "Kelompok tani binaan naik kelas kemampuan",
                [
                    ("Kuantitas", "Jumlah kelompok tani yang naik kelas", T(5, "kelompok"), False),
                    ("Waktu", "Waktu penilaian kelas kelompok tani", T(10, "bulan"), False),
                ],
                [("Menilai kelas kelompok tani", "Berita acara penilaian", "0,05")],
            ),
        ],
    },
    {
        "jabatan": "Statistisi Ahli Pertama",
        "gol": ["III/a", "III/b"],
        "unit": "Bidang Statistik Sektoral, Dinas Komunikasi dan Informatika",
        "atasan_jab": "Kepala Bidang Statistik Sektoral",
        "rk": [
            (
                "Data statistik sektoral yang lengkap dan mutakhir",
                "Data sektoral perangkat daerah terhimpun dalam portal satu data",
                [
                    ("Kuantitas", "Jumlah dataset sektoral yang terbit di portal", T(150, "dataset"), False),
                    ("Kualitas", "Persentase dataset yang lolos pemeriksaan metadata", R(85, 95, "%"), False),
                ],
                [("Melakukan pengolahan data sektoral", "Dataset", "0,01")],
            ),
            (
                "Publikasi statistik daerah yang tepat waktu",
                "Publikasi daerah dalam angka bidang sosial tersaji",
                [
                    ("Kuantitas", "Jumlah publikasi statistik yang terbit", T(2, "publikasi"), False),
                    ("Waktu", "Waktu penerbitan publikasi statistik", T(6, "bulan"), False),
                ],
                [("Menyusun publikasi statistik", "Publikasi", "0,5")],
            ),
        ],
    },
]

# ---------------------------------------------------------------- JA (few: Administrator/Pengawas/Pelaksana)
JA = [
    {
        "jabatan": "Kepala Bidang Pelayanan Kesehatan",
        "gol": ["IV/a", "III/d"],
        "unit": "Bidang Pelayanan Kesehatan, Dinas Kesehatan",
        "rk": [
            (
                "Meningkatnya mutu layanan fasilitas kesehatan",
                "Puskesmas binaan memenuhi standar akreditasi",
                [
                    ("Kuantitas", "Jumlah puskesmas yang lulus survei akreditasi", T(9, "puskesmas"), False),
                    (
                        "Kualitas",
                        "Persentase rekomendasi surveior yang ditindaklanjuti",
                        R(85, 95, "%"),
                        False,
                    ),
                ],
            ),
            (
                "Meningkatnya derajat kesehatan masyarakat",
                "Layanan rujukan ibu dan bayi berjalan tepat waktu",
                [
                    ("Kuantitas", "Jumlah rujukan maternal yang tertangani", T(320, "kasus"), False),
                    ("Waktu", "Rata-rata waktu respons rujukan maternal", T(30, "menit"), False),
                ],
            ),
        ],
    },
    {
        "jabatan": "Kepala Sub Bagian Keuangan",
        "gol": ["III/d", "III/c"],
        "unit": "Sekretariat, Dinas Pendidikan",
        "rk": [
            (
                "Dana BOS daerah yang dipertanggungjawabkan tepat waktu",
                "Laporan keuangan dinas tersusun tepat waktu",
                [
                    ("Kuantitas", "Jumlah laporan keuangan bulanan yang tersusun", T(12, "laporan"), False),
                    ("Waktu", "Waktu penyampaian laporan keuangan tahunan", T(2, "bulan"), False),
                ],
            ),
            (
                "Pengelolaan anggaran pendidikan yang tertib",
                "Dokumen pertanggungjawaban belanja terverifikasi",
                [
                    ("Kuantitas", "Jumlah dokumen SPJ yang terverifikasi", T(1450, "dokumen"), False),
                    ("Biaya", "Biaya administrasi verifikasi SPJ", T(24000000, "rupiah"), False),
                ],
            ),
        ],
    },
    {
        "jabatan": "Pengadministrasi Perkantoran",
        "gol": ["II/c", "II/b"],
        "unit": "Sub Bagian Umum dan Kepegawaian, Badan Pengelolaan Keuangan dan Aset Daerah",
        "rk": [
            (
                "Layanan administrasi umum badan yang tertib",
                "Naskah dinas masuk dan keluar tercatat dalam aplikasi persuratan",
                [
                    ("Kuantitas", "Jumlah naskah dinas yang tercatat", T(2400, "naskah"), False),
                    ("Waktu", "Waktu pencatatan naskah dinas sejak diterima", T(1, "hari"), False),
                ],
            ),
        ],
    },
]
MANUAL = {
    "deskripsi": "Rencana kinerja ini menggambarkan hasil yang ingin dicapai perangkat daerah pada tahun "
    "berjalan sesuai Perjanjian Kinerja.",
    "definisi": "Indikator ini mengukur capaian hasil {iki_kecil} pada akhir tahun.",
    "formula": "Realisasi dibandingkan dengan target tahunan, dinyatakan dalam {satuan}.",
    "tujuan": "Mengetahui tingkat keberhasilan perangkat daerah dalam mewujudkan sasaran strategis.",
    "satuan": "{satuan}",
    "jenis": "Kuantitas",
    "kendali": "Tinggi",
    "sumber": "Laporan kinerja perangkat daerah",
    "periode": "Triwulanan",
}

CATATAN_REALISASI = ["lengkap", "terverifikasi", "bukti dukung terlampir", "sesuai BA", "data SIMDA"]
PERILAKU = ["Berorientasi Pelayanan", "Akuntabel", "Kompeten", "Harmonis", "Loyal", "Adaptif", "Kolaboratif"]
ASPEK_PERILAKU = ["Orientasi Pelayanan", "Komitmen", "Inisiatif Kerja", "Kerja Sama", "Kepemimpinan"]
