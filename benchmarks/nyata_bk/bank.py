"""Fictional data for the held-out batch set ``nyata_bk``: one regency office (Dinas Pertanian dan Ketahanan
Pangan, Kabupaten Lembah Sari) during one year in which people move. Written by hand, Indonesian."""

from __future__ import annotations

TAHUN = 2026
KABUPATEN = "KABUPATEN LEMBAH SARI"
INSTANSI = "DINAS PERTANIAN DAN KETAHANAN PANGAN"
INSTANSI_LAMA = "DINAS LINGKUNGAN HIDUP"

BUPATI = ("H. Ahmad Fauzi Rahman, S.E., M.M.", "Bupati Lembah Sari", "Pemerintah Kabupaten Lembah Sari")

# Kepala Dinas (JPT Model Pengembangan): (perspektif, RK, IKI, target)
KADIS_RK = [
    (
        "Penerima Layanan",
        "Meningkatnya produksi tanaman pangan dan hortikultura daerah",
        "Persentase kenaikan produksi padi dan jagung",
        "5 %",
    ),
    (
        "Proses Bisnis",
        "Meningkatnya ketersediaan pangan yang beragam dan aman dikonsumsi",
        "Skor Pola Pangan Harapan",
        "88 poin",
    ),
    (
        "Penguatan Internal",
        "Meningkatnya kapasitas kelembagaan petani dan penyuluh pertanian",
        "Persentase kelompok tani kelas madya ke atas",
        "40 %",
    ),
    (
        "Anggaran",
        "Akuntabilitas kinerja dan keuangan dinas yang baik",
        "Nilai evaluasi SAKIP dinas",
        "75 nilai",
    ),
]
KADIS_TAMBAHAN = (
    "Penguatan Internal",
    "Kepemimpinan dinas dalam tim percepatan penurunan stunting terwujud",
    "Jumlah rekomendasi tim yang ditindaklanjuti",
    "4 rekomendasi",
)

# Objects (noun phrases) per unit: RK texts are built from them, each used once in the whole set.
OBJEK = {
    "sekretariat": [
        "rencana strategis dinas",
        "laporan kinerja instansi",
        "rencana kerja tahunan dinas",
        "laporan keuangan dinas",
        "administrasi kepegawaian",
        "tata naskah dinas",
        "arsip dinamis dinas",
        "barang milik daerah",
        "data kepegawaian pegawai",
        "dokumen pelaksanaan anggaran",
        "usulan kenaikan pangkat",
        "layanan surat-menyurat",
        "pemeliharaan kendaraan dinas",
    ],
    "tanaman": [
        "rencana tanam padi",
        "alokasi benih padi unggul",
        "data luas tanam jagung",
        "rekomendasi pengendalian hama wereng",
        "peta daerah endemik hama",
        "laporan produksi padi",
        "data serangan organisme pengganggu tumbuhan",
        "sarana produksi kedelai",
        "gerakan pengendalian tikus",
        "data alsintan prapanen",
        "data produktivitas jagung",
        "stok pestisida hayati",
        "rekomendasi varietas tahan kekeringan",
        "laporan luas panen",
    ],
    "hortikultura": [
        "data produksi cabai",
        "kebun benih bawang merah",
        "sertifikasi kebun buah naga",
        "rencana tanam sayuran dataran tinggi",
        "data harga komoditas hortikultura",
        "green house percontohan",
        "registrasi kebun durian",
        "data pascapanen sayuran",
        "laporan produksi buah",
    ],
    "ketahanan": [
        "cadangan pangan pemerintah daerah",
        "peta ketahanan dan kerentanan pangan",
        "data harga pangan pokok",
        "neraca bahan makanan",
        "pengawasan keamanan pangan segar",
        "skor pola pangan harapan",
        "distribusi pangan ke daerah rawan",
        "lumbung pangan masyarakat",
        "sampel pangan segar yang diuji",
        "gerakan diversifikasi pangan lokal",
        "data konsumsi pangan rumah tangga",
        "toko tani daerah",
        "sertifikat prima pangan segar",
        "data stok beras di pasar",
        "panel harga pangan",
    ],
    "penyuluhan": [
        "programa penyuluhan kabupaten",
        "kelas kelompok tani",
        "data kelembagaan petani",
        "materi penyuluhan digital",
        "demonstrasi plot padi",
        "laporan kegiatan balai penyuluhan",
        "sekolah lapang iklim",
        "data penyuluh swadaya",
        "rencana kerja tahunan penyuluh",
        "kelembagaan ekonomi petani",
        "temu teknis penyuluh",
        "data petani milenial",
        "pos pelayanan agensia hayati",
    ],
    "lh": ["pengawasan izin lingkungan", "data kualitas air sungai", "bank sampah binaan"],
}

RK_POLA = [
    "Dokumen {o} tersusun tepat waktu",
    "Tersedianya {o} yang akurat dan mutakhir",
    "Meningkatnya kualitas {o}",
    "Laporan {o} yang lengkap tersampaikan",
]

# Superior RK that nobody owns, and a last year's RK: for rk-atasan-tidak-cocok.
RK_TIDAK_ADA = "Tersusunnya peta jalan digitalisasi penyuluhan pertanian"
RK_TAHUN_LALU = "Meningkatnya luas tanam padi gogo di lahan kering tahun 2025"

# Kabid Hortikultura's post plan (the post is held by a Plt.; no SKP of this jabatan is submitted).
RK_JABATAN_KABID_HORTI = [
    "Meningkatnya produksi komoditas hortikultura unggulan daerah",
    "Tersedianya benih hortikultura bermutu bagi petani",
]

NAMA = [
    "Ir. Bambang Sutrisno, M.Si.",
    "Dra. Sri Wahyuningsih",
    "Rudi Hartono, S.P.",
    "Yuliana Pratiwi, S.E.",
    "Agus Salim, S.Sos.",
    "Dewi Kartika Sari, A.Md.",
    "Hendra Wijaya, S.P., M.P.",
    "Nur Aini, S.TP.",
    "Fajar Nugroho, S.Kom.",
    "Sitti Rahmawati, S.P.",
    "Imam Santoso",
    "Lestari Handayani, S.E.",
    "Muhammad Ridwan, S.Pt.",
    "Wahyu Setiawan, S.P.",
    "Rina Marlina, S.AB.",
    "Andi Saputra, S.ST.",
    "Eka Purnamasari, S.P.",
    "Joko Prasetyo, S.H.",
    "Kurniawati, S.Si.",
    "Teguh Santoso, S.P.",
    "Ratna Dewi Anggraini, S.P.",
    "Slamet Riyadi",
    "Yusuf Maulana, S.TP., M.Si.",
    "Ika Nurhayati, S.Kom.",
    "Budi Setiadi, S.P.",
    "Maria Ulfa, S.Pd.",
    "Arif Rahman Hakim, S.P.",
    "Siti Zulaikha, A.Md.",
    "Dedi Kurniawan, S.E.",
    "Nining Suryani, S.P.",
    "Heri Susanto, S.T.",
    "Wulan Sari, S.Tr.P.",
    "Gunawan Prasetya, S.P.",
    "Anita Rosalina, S.Sos.",
    "Rahmat Hidayat, S.P.",
    "Fitri Yanti, S.E.",
    "Suparman",
    "Novi Andriani, S.P.",
    "Dimas Aditya, S.Tr.P.",
    "Hasanuddin, S.P., M.Si.",
    "Endang Susilawati, S.P.",
    "Taufik Hidayat, S.Kom.",
    "Yeni Marlina, S.TP.",
    "Bayu Pamungkas, S.P.",
    "Sri Mulyani, S.E.",
    "Irfan Hakim, S.P.",
    "Desi Ratnasari, S.Si.",
    "Ahmad Zaini, S.P.",
    "Lina Marlina, A.Md.",
    "Rizky Ramadhan, S.Tr.P.",
    "Umi Kalsum, S.P.",
    "Sigit Purnomo, S.H.",
]

JA_STAF = [
    ("Pengadministrasi Perkantoran", "II/c"),
    ("Pengolah Data dan Informasi", "III/a"),
    ("Penata Laporan Keuangan", "III/b"),
    ("Pengelola Sarana dan Prasarana", "II/d"),
]
JF_STAF = [
    ("Penyuluh Pertanian Ahli Pertama", "III/b"),
    ("Pengawas Mutu Hasil Pertanian Ahli Muda", "III/c"),
    ("Pranata Komputer Terampil", "II/c"),
    ("Analis Kepegawaian Ahli Pertama", "III/a"),
    ("Perencana Ahli Pertama", "III/b"),
    ("Pengendali Organisme Pengganggu Tumbuhan Ahli Muda", "III/d"),
    ("Arsiparis Mahir", "III/b"),
    ("Penyuluh Pertanian Terampil", "II/d"),
]
BUTIR = {
    "Penyuluh": ("Menyusun programa penyuluhan pertanian", "Dokumen programa", 0.08),
    "Pengawas Mutu": ("Melakukan pengujian mutu hasil pertanian", "Laporan hasil uji", 0.05),
    "Pranata Komputer": ("Melakukan perekaman data", "Data terekam", 0.004),
    "Analis Kepegawaian": ("Menyusun bahan kebijakan kepegawaian", "Bahan kebijakan", 0.06),
    "Perencana": ("Menyusun rancangan rencana kerja", "Dokumen rancangan", 0.1),
    "Pengendali": ("Melakukan pengamatan serangan OPT", "Laporan pengamatan", 0.03),
    "Arsiparis": ("Melakukan penataan arsip dinamis", "Daftar arsip", 0.012),
}
PANGKAT = {
    "II/c": "Pengatur",
    "II/d": "Pengatur Tingkat I",
    "III/a": "Penata Muda",
    "III/b": "Penata Muda Tingkat I",
    "III/c": "Penata",
    "III/d": "Penata Tingkat I",
    "IV/a": "Pembina",
    "IV/b": "Pembina Tingkat I",
    "IV/c": "Pembina Utama Muda",
}
TAMBAHAN = [
    (
        "Sertifikat pelatihan teknis pertanian diperoleh",
        "Jumlah sertifikat pelatihan yang diperoleh",
        "1 sertifikat",
    ),
    (
        "Keanggotaan dalam satgas pangan daerah terdokumentasi",
        "Jumlah laporan satgas yang dihasilkan",
        "2 laporan",
    ),
]

KECAMATAN = [
    "Sukamaju",
    "Batu Ampar",
    "Karang Tengah",
    "Sindangsari",
    "Tanjung Rejo",
    "Mekarjaya",
    "Pasir Putih",
    "Cibening",
    "Lubuk Raya",
    "Sumber Agung",
    "Wonosari",
    "Telaga Biru",
]
