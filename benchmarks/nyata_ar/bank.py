"""Fictional Pemerintah Kabupaten Sukamaju Barat: org chart, people and RK/IKI texts for the held-out set
``nyata_ar`` (a year's submissions as HR receives them in January). Written from SPEC alone."""

from __future__ import annotations

KABUPATEN = "KABUPATEN SUKAMAJU BARAT"
PEMKAB = "PEMERINTAH KABUPATEN SUKAMAJU BARAT"
TAHUN = 2026

# Perangkat daerah (name, short unit for JA/JF, kind)
PERANGKAT = [
    ("SEKRETARIAT DAERAH", "sekda"),
    ("DINAS KESEHATAN", "dinas"),
    ("DINAS PENDIDIKAN DAN KEBUDAYAAN", "dinas"),
    ("BADAN KEUANGAN DAN ASET DAERAH", "badan"),
    ("BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA", "badan"),
    ("KECAMATAN CIBEUREUM HILIR", "kecamatan"),
    ("RUMAH SAKIT UMUM DAERAH dr. R. SOEKARDI", "rsud"),
    ("UPTD PUSKESMAS PASIRJAMBU", "puskesmas"),
    ("SMP NEGERI 3 SUKAMAJU BARAT", "sekolah"),
    ("DINAS PEKERJAAN UMUM DAN PENATAAN RUANG", "dinas"),
]

NAMA_DEPAN = [
    "Asep",
    "Dedeh",
    "Yayan",
    "Rina",
    "Hendra",
    "Euis",
    "Dadang",
    "Siti",
    "Agus",
    "Nia",
    "Budi",
    "Lilis",
    "Cecep",
    "Wawan",
    "Nenden",
    "Iwan",
    "Tati",
    "Ujang",
    "Rika",
    "Dodi",
    "Neneng",
    "Ade",
    "Yuyun",
    "Ikhsan",
    "Mira",
    "Fajar",
    "Dewi",
    "Taufik",
    "Ratna",
    "Gilang",
    "Sri",
    "Yusuf",
]
NAMA_BELAKANG = [
    "Suryana",
    "Kurniasih",
    "Hidayat",
    "Rahmawati",
    "Permana",
    "Sumarni",
    "Supriatna",
    "Nurhasanah",
    "Setiawan",
    "Kartika",
    "Gunawan",
    "Maryani",
    "Saepudin",
    "Hermawan",
    "Wulandari",
    "Firmansyah",
    "Rohaeti",
    "Mulyana",
    "Solihin",
    "Komalasari",
]
GELAR_DEPAN = ["", "", "", "Drs. ", "Ir. ", "dr. ", "H. "]
GELAR_BELAKANG = [
    "",
    ", S.Sos",
    ", S.E.",
    ", S.Kep., Ners",
    ", S.Pd.",
    ", M.Si.",
    ", S.T.",
    ", S.Kom.",
    ", S.AP.",
    ", A.Md.",
    ", M.M.",
    ", S.H.",
]

# golongan -> pangkat name
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
}

# JPT: (jabatan, instansi, penilai kind) ; penilai "bupati" or "sekda"
JPT = [
    ("Sekretaris Daerah Kabupaten Sukamaju Barat", "SEKRETARIAT DAERAH", "bupati"),
    ("Kepala Dinas Kesehatan", "DINAS KESEHATAN", "sekda"),
    ("Kepala Dinas Pendidikan dan Kebudayaan", "DINAS PENDIDIKAN DAN KEBUDAYAAN", "sekda"),
    ("Kepala Badan Keuangan dan Aset Daerah", "BADAN KEUANGAN DAN ASET DAERAH", "sekda"),
    ("Direktur RSUD dr. R. Soekardi", "RUMAH SAKIT UMUM DAERAH dr. R. SOEKARDI", "sekda"),
    ("Kepala Dinas Pekerjaan Umum dan Penataan Ruang", "DINAS PEKERJAAN UMUM DAN PENATAAN RUANG", "sekda"),
    ("Asisten Pemerintahan dan Kesejahteraan Rakyat", "SEKRETARIAT DAERAH", "sekda"),
    (
        "Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia",
        "BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA",
        "sekda",
    ),
    ("Plt. Kepala Dinas Kesehatan", "DINAS KESEHATAN", "sekda"),
]

# JPT Kinerja Utama (perspektif key, RK, IKI, target kind); kinds: pct, idx, jml
JPT_RK = [
    ("pl", "Meningkatnya kualitas pelayanan publik perangkat daerah", "Indeks Kepuasan Masyarakat", "idx"),
    (
        "pl",
        "Meningkatnya derajat kesehatan masyarakat",
        "Persentase desa Stop Buang Air Besar Sembarangan",
        "pct",
    ),
    ("pl", "Meningkatnya akses layanan pendidikan dasar", "Angka Partisipasi Murni SMP", "pct"),
    ("pb", "Meningkatnya akuntabilitas kinerja perangkat daerah", "Nilai SAKIP perangkat daerah", "idx"),
    (
        "pb",
        "Terwujudnya tata kelola keuangan daerah yang akuntabel",
        "Persentase rekomendasi BPK yang ditindaklanjuti",
        "pct",
    ),
    (
        "pb",
        "Meningkatnya kemantapan jalan kabupaten",
        "Persentase panjang jalan kabupaten dalam kondisi mantap",
        "pct",
    ),
    (
        "pi",
        "Meningkatnya kompetensi aparatur perangkat daerah",
        "Persentase ASN yang memenuhi standar kompetensi jabatan",
        "pct",
    ),
    (
        "pi",
        "Terwujudnya sistem pemerintahan berbasis elektronik",
        "Indeks Sistem Pemerintahan Berbasis Elektronik",
        "idx",
    ),
    (
        "ag",
        "Meningkatnya kualitas perencanaan dan realisasi anggaran",
        "Persentase realisasi anggaran perangkat daerah",
        "pct",
    ),
    (
        "ag",
        "Meningkatnya pendapatan asli daerah",
        "Jumlah dokumen kajian potensi pendapatan asli daerah",
        "jml",
    ),
]
JPT_TAMBAHAN = [
    (
        "Terlaksananya pembinaan Tim Penggerak PKK tingkat kecamatan",
        "Jumlah kecamatan yang dibina",
        "kecamatan",
    ),
    (
        "Tersedianya materi narasumber pada seminar nasional kesehatan daerah",
        "Jumlah makalah yang disampaikan",
        "makalah",
    ),
]

PERSPEKTIF = {
    "pl": ["Penerima Layanan", "Perspektif Penerima Layanan", "Stakeholder", "PERSPEKTIF STAKEHOLDER"],
    "pb": ["Proses Bisnis", "Perspektif Proses Bisnis", "PROSES BISNIS"],
    "pi": ["Penguatan Internal", "Perspektif Penguatan Internal", "PENGUATAN INTERNAL"],
    "ag": ["Anggaran", "Perspektif Anggaran", "ANGGARAN"],
}

# JA positions: (jabatan, golongan choices, koordinator?)
JA = [
    ("Camat Cibeureum Hilir", ["IV/a", "III/d"], True, "kecamatan"),
    ("Sekretaris Kecamatan Cibeureum Hilir", ["III/d", "III/c"], True, "kecamatan"),
    ("Kepala Bagian Organisasi", ["IV/a", "III/d"], True, "sekda"),
    ("Kepala Sub Bagian Umum dan Kepegawaian", ["III/c", "III/d"], True, "dinas"),
    ("Kepala Bidang Pelayanan Kesehatan", ["IV/a"], True, "dinas"),
    ("Kepala Seksi Pemberdayaan Masyarakat dan Desa", ["III/c", "III/b"], False, "kecamatan"),
    ("Pengadministrasi Perkantoran", ["II/c", "II/d", "III/a"], False, "puskesmas"),
    ("Penata Layanan Operasional", ["III/a", "III/b"], False, "badan"),
    ("Pengelola Layanan Operasional", ["II/b", "II/c"], False, "sekolah"),
    ("Kepala Sub Bagian Tata Usaha", ["III/c", "III/d"], True, "rsud"),
]

# JF positions: (jabatan as written, golongan choices, koordinator?, unit kind, butir kegiatan prefix)
JF = [
    ("Pranata Komputer Ahli Muda", ["III/c", "III/d"], False, "badan"),
    ("ANALIS KEPEGAWAIAN MUDA selaku SUBKOORDINATOR", ["III/c", "III/d"], True, "badan"),
    ("Perawat Mahir", ["III/a", "III/b"], False, "rsud"),
    ("Perawat Ahli Pertama", ["III/a", "III/b"], False, "puskesmas"),
    ("Pengawas Madya", ["IV/a", "IV/b"], False, "dinas"),
    ("Arsiparis Mahir", ["III/a", "III/b"], False, "sekda"),
    ("Guru Ahli Muda", ["III/c", "III/d"], False, "sekolah"),
    ("Bidan Terampil", ["II/c", "II/d"], False, "puskesmas"),
    (
        "Analis Kebijakan Ahli Madya merangkap Koordinator Tim Reformasi Birokrasi",
        ["IV/a", "IV/b"],
        True,
        "sekda",
    ),
    ("Epidemiolog Kesehatan Ahli Muda", ["III/c", "III/d"], True, "dinas"),
    ("Pranata Komputer Penyelia", ["III/c", "III/d"], False, "badan"),
]

# penilai jabatan per unit kind
PENILAI = {
    "sekda": "Asisten Administrasi Umum",
    "dinas": "Sekretaris Dinas Kesehatan",
    "badan": "Sekretaris Badan Kepegawaian dan Pengembangan Sumber Daya Manusia",
    "kecamatan": "Camat Cibeureum Hilir",
    "rsud": "Wakil Direktur Umum dan Keuangan",
    "puskesmas": "Kepala UPTD Puskesmas Pasirjambu",
    "sekolah": "Kepala SMP Negeri 3 Sukamaju Barat",
}
UNIT = {
    "sekda": "Sekretariat Daerah Kabupaten Sukamaju Barat",
    "dinas": "Dinas Kesehatan Kabupaten Sukamaju Barat",
    "badan": "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia",
    "kecamatan": "Kecamatan Cibeureum Hilir",
    "rsud": "RSUD dr. R. Soekardi Kabupaten Sukamaju Barat",
    "puskesmas": "UPTD Puskesmas Pasirjambu",
    "sekolah": "SMP Negeri 3 Sukamaju Barat",
}
KOP = {
    "sekda": "SEKRETARIAT DAERAH",
    "dinas": "DINAS KESEHATAN",
    "badan": "BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA",
    "kecamatan": "KECAMATAN CIBEUREUM HILIR",
    "rsud": "RUMAH SAKIT UMUM DAERAH dr. R. SOEKARDI",
    "puskesmas": "DINAS KESEHATAN - UPTD PUSKESMAS PASIRJAMBU",
    "sekolah": "DINAS PENDIDIKAN DAN KEBUDAYAAN - SMP NEGERI 3 SUKAMAJU BARAT",
}

# JA/JF rencana kinerja: (RK atasan, RK, IKI subject, satuan, data, sumber, waktu, butir, output)
RK_JAJF = [
    (
        "Meningkatnya kualitas layanan administrasi kepegawaian",
        "Data kepegawaian perangkat daerah yang mutakhir dan akurat",
        "data pegawai yang dimutakhirkan",
        "berkas",
        "Rekap pemutakhiran data",
        "Aplikasi SIASN",
        "Triwulanan",
        "Melakukan pemutakhiran data kepegawaian",
        "Data pegawai",
    ),
    (
        "Meningkatnya akuntabilitas kinerja perangkat daerah",
        "Laporan kinerja unit yang tersusun tepat waktu",
        "laporan kinerja unit",
        "laporan",
        "Dokumen laporan kinerja",
        "Sub Bagian Program",
        "Semesteran",
        "Menyusun bahan laporan kinerja",
        "Laporan",
    ),
    (
        "Meningkatnya derajat kesehatan masyarakat",
        "Pasien rawat inap yang terlayani asuhan keperawatan sesuai standar",
        "pasien yang mendapat asuhan keperawatan",
        "pasien",
        "Rekam medis",
        "Instalasi Rawat Inap",
        "Bulanan",
        "Melakukan pengkajian keperawatan dasar pada individu",
        "Dokumen pengkajian",
    ),
    (
        "Meningkatnya cakupan imunisasi dasar lengkap",
        "Balita di wilayah kerja yang terimunisasi dasar lengkap",
        "balita yang diimunisasi",
        "balita",
        "Register kohort bayi",
        "Puskesmas Pasirjambu",
        "Bulanan",
        "Melakukan pelayanan imunisasi dasar",
        "Catatan imunisasi",
    ),
    (
        "Terwujudnya sistem pemerintahan berbasis elektronik",
        "Aplikasi layanan kepegawaian yang berfungsi dengan andal",
        "aplikasi yang dipelihara",
        "aplikasi",
        "Log pemeliharaan aplikasi",
        "Server Diskominfo",
        "Bulanan",
        "Melakukan pemeliharaan sistem informasi",
        "Laporan pemeliharaan",
    ),
    (
        "Meningkatnya kualitas pembelajaran di satuan pendidikan",
        "Peserta didik kelas VIII yang tuntas kompetensi matematika",
        "peserta didik yang tuntas",
        "siswa",
        "Daftar nilai",
        "Wali kelas",
        "Semesteran",
        "Melaksanakan pembelajaran tatap muka",
        "Jurnal mengajar",
    ),
    (
        "Meningkatnya tertib administrasi kearsipan perangkat daerah",
        "Arsip inaktif perangkat daerah yang tertata dan mudah ditemukan kembali",
        "boks arsip yang ditata",
        "boks",
        "Daftar arsip inaktif",
        "Unit Kearsipan",
        "Triwulanan",
        "Melakukan penataan arsip inaktif",
        "Daftar arsip",
    ),
    (
        "Meningkatnya kualitas pelayanan administrasi kecamatan",
        "Dokumen layanan administrasi kependudukan yang terselesaikan",
        "dokumen layanan yang diterbitkan",
        "dokumen",
        "Buku register layanan",
        "Seksi Pelayanan",
        "Bulanan",
        "Memverifikasi berkas permohonan layanan",
        "Berkas terverifikasi",
    ),
    (
        "Meningkatnya pengawasan mutu pendidikan",
        "Sekolah binaan yang memenuhi standar nasional pendidikan",
        "sekolah binaan yang disupervisi",
        "sekolah",
        "Laporan supervisi",
        "Pengawas sekolah",
        "Semesteran",
        "Melakukan supervisi manajerial",
        "Laporan supervisi",
    ),
    (
        "Tersedianya rekomendasi kebijakan reformasi birokrasi daerah",
        "Rekomendasi kebijakan reformasi birokrasi yang dimanfaatkan pimpinan",
        "naskah rekomendasi kebijakan",
        "naskah",
        "Naskah kebijakan",
        "Bagian Organisasi",
        "Semesteran",
        "Menyusun kajian kebijakan",
        "Naskah kajian",
    ),
    (
        "Menurunnya angka kejadian penyakit menular",
        "Kejadian luar biasa penyakit menular yang terdeteksi dini",
        "laporan surveilans mingguan",
        "laporan",
        "Laporan W2",
        "Seksi Surveilans",
        "Mingguan",
        "Melakukan surveilans epidemiologi",
        "Laporan surveilans",
    ),
    (
        "Meningkatnya kualitas pengelolaan barang milik daerah",
        "Barang milik daerah yang tercatat dalam kartu inventaris",
        "item barang yang diinventarisasi",
        "item",
        "Kartu Inventaris Barang",
        "Sub Bagian Umum",
        "Semesteran",
        "Menginventarisasi barang milik daerah",
        "KIB",
    ),
]
TAMBAHAN_JAJF = [
    (
        "Materi sosialisasi SKP yang tersampaikan kepada pegawai baru",
        "sosialisasi yang diikuti pegawai",
        "kali",
    ),
    ("Sertifikat pelatihan teknis yang diperoleh", "sertifikat pelatihan", "sertifikat"),
    ("Dukungan kepanitiaan peringatan Hari Jadi Kabupaten", "kepanitiaan yang diikuti", "kegiatan"),
]

ASPEK_TULIS = {
    "kuantitas": ["Kuantitas", "IKI (Kuantitas)", "Kuant/Output", "KUANTITAS/OUTPUT", "kuantitas"],
    "kualitas": ["Kualitas", "IKI (Kualitas)", "Kual/Mutu", "Kualitas/Mutu", "KUALITAS"],
    "waktu": ["Waktu", "IKI (Waktu)", "Waktu (bulan)", "WAKTU", "waktu"],
}

DEFINISI = "Ukuran keberhasilan yang dicapai perangkat daerah pada tahun berjalan"
FORMULA = [
    "Realisasi dibagi target dikali 100%",
    "(Jumlah capaian / jumlah sasaran) x 100%",
    "Hasil penilaian instansi pembina",
]
TUJUAN = "Mengukur ketercapaian sasaran strategis sesuai Perjanjian Kinerja"
