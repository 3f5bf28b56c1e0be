"""Content bank of the set ``nyata_ch``: the fictional Pemerintah Kabupaten Rantau Kemiri (ibu kota Lubuk
Kemiri), its units, the positions whose SKP the set holds, and the plan texts (RK, IKI, butir kegiatan,
Manual IKI) of each position. Written for this set from SPEC alone."""

from __future__ import annotations

KABUPATEN = "Kabupaten Rantau Kemiri"
PEMDA = "PEMERINTAH KABUPATEN RANTAU KEMIRI"
KOTA = "Lubuk Kemiri"
TAHUN = 2026

UNIT = {
    "dpmptsp": "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu",
    "bappeda": "Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah",
    "arsip": "Dinas Kearsipan dan Perpustakaan",
    "setda": "Sekretariat Daerah",
}

GIVEN = [
    "Rahmat",
    "Siti",
    "Yulia",
    "Hendra",
    "Nurul",
    "Fajar",
    "Lestari",
    "Bambang",
    "Dewi",
    "Arif",
    "Ratna",
    "Teguh",
    "Indah",
    "Joko",
    "Wulan",
    "Agus",
    "Sri",
    "Dedi",
    "Maya",
    "Ilham",
    "Citra",
    "Rudi",
    "Fitri",
    "Yoga",
    "Nanda",
    "Putri",
    "Hasan",
    "Rina",
    "Eko",
    "Sari",
]
FAMILY = [
    "Saputra",
    "Handayani",
    "Siregar",
    "Wibowo",
    "Kartika",
    "Nasution",
    "Permata",
    "Gunawan",
    "Lubis",
    "Pratama",
    "Marpaung",
    "Hidayat",
    "Syahputri",
    "Harahap",
    "Rangkuti",
    "Setiawan",
    "Damanik",
    "Ardiansyah",
]

# role → (jabatan, golongan, unit, penilai jabatan, penilai golongan, penilai unit)
ROLES = {
    "kabid_izin": (
        "Kepala Bidang Pelayanan Perizinan",
        "IV/a",
        "dpmptsp",
        "Kepala Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu",
        "IV/c",
        "dpmptsp",
    ),
    "kasubbag_keu": (
        "Kepala Subbagian Keuangan dan Aset",
        "III/d",
        "bappeda",
        "Sekretaris Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah",
        "IV/b",
        "bappeda",
    ),
    "pengelola_izin": (
        "Pengelola Layanan Perizinan",
        "III/a",
        "dpmptsp",
        "Kepala Bidang Pelayanan Perizinan",
        "IV/a",
        "dpmptsp",
    ),
    "kabid_arsip": (
        "Kepala Bidang Pengelolaan Arsip",
        "IV/a",
        "arsip",
        "Kepala Dinas Kearsipan dan Perpustakaan",
        "IV/c",
        "arsip",
    ),
    "pranata_komputer": (
        "Pranata Komputer Ahli Muda",
        "III/c",
        "dpmptsp",
        "Kepala Bidang Pelayanan Perizinan",
        "IV/a",
        "dpmptsp",
    ),
    "arsiparis": (
        "Arsiparis Ahli Pertama",
        "III/b",
        "arsip",
        "Kepala Bidang Pengelolaan Arsip",
        "IV/a",
        "arsip",
    ),
    "perencana": (
        "Perencana Ahli Muda",
        "III/d",
        "bappeda",
        "Sekretaris Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah",
        "IV/b",
        "bappeda",
    ),
    "kepala_dpmptsp": (
        "Kepala Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu",
        "IV/c",
        "dpmptsp",
        "Sekretaris Daerah",
        "IV/d",
        "setda",
    ),
    "kepala_bappeda": (
        "Kepala Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah",
        "IV/c",
        "bappeda",
        "Sekretaris Daerah",
        "IV/d",
        "setda",
    ),
    "kepala_arsip": (
        "Kepala Dinas Kearsipan dan Perpustakaan",
        "IV/c",
        "arsip",
        "Sekretaris Daerah",
        "IV/d",
        "setda",
    ),
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
    "IV/d": "Pembina Utama Madya",
}

# JA/JF plan: role → list of RK; each RK: (rk atasan, rk, rk with the word KEGIATAN,
#   [(iki kuantitas, n, satuan), (iki kualitas, persen), (iki waktu, n[, satuan; bawaan bulan])],
#   (data, sumber, waktu pengumpulan),
#   [(butir kegiatan, output, angka kredit)])
RK = {
    "kabid_izin": [
        (
            "Meningkatnya kualitas pelayanan perizinan berusaha",
            "Permohonan perizinan berusaha diproses sesuai standar pelayanan",
            "Permohonan perizinan berusaha dan laporan KEGIATAN pelayanan diproses sesuai standar",
            [
                ("Jumlah permohonan izin yang diterbitkan", 480, "izin"),
                ("Persentase izin terbit tanpa pengaduan", 95),
                ("Waktu rata-rata penerbitan izin", 3, "hari"),
            ],
            ("Register izin terbit", "Aplikasi OSS-RBA", "Triwulanan oleh Seksi Perizinan"),
            [],
        ),
        (
            "Meningkatnya kepuasan pemohon perizinan",
            "Hasil survei kepuasan pemohon perizinan tersedia tepat waktu",
            "Hasil survei kepuasan pemohon atas KEGIATAN pelayanan perizinan tersedia tepat waktu",
            [
                ("Jumlah laporan survei kepuasan yang tersusun", 2, "laporan"),
                ("Persentase responden yang mengisi survei lengkap", 90),
                ("Waktu penyampaian laporan survei", 6),
            ],
            ("Laporan survei", "Sekretariat DPMPTSP", "Semesteran oleh Subbagian Program"),
            [],
        ),
        (
            "Terwujudnya tata kelola perizinan yang akuntabel",
            "Dokumen standar pelayanan perizinan termutakhirkan",
            "Dokumen standar pelayanan dan jadwal KEGIATAN perizinan termutakhirkan",
            [
                ("Jumlah standar pelayanan yang dimutakhirkan", 12, "dokumen"),
                ("Persentase standar pelayanan yang disahkan", 90),
                ("Waktu pemutakhiran standar pelayanan", 9),
            ],
            ("SK standar pelayanan", "Bagian Organisasi Setda", "Akhir tahun oleh Kepala Bidang"),
            [],
        ),
    ],
    "kasubbag_keu": [
        (
            "Terwujudnya pengelolaan keuangan badan yang akuntabel",
            "Laporan keuangan badan tersusun sesuai standar akuntansi pemerintahan",
            "Laporan keuangan dan realisasi KEGIATAN badan tersusun sesuai standar",
            [
                ("Jumlah laporan keuangan yang tersusun", 12, "laporan"),
                ("Persentase laporan keuangan tanpa koreksi", 90),
                ("Waktu penyampaian laporan keuangan", 12),
            ],
            ("Laporan keuangan bulanan", "Aplikasi SIPD", "Bulanan oleh Bendahara"),
            [],
        ),
        (
            "Tertib administrasi aset badan",
            "Data barang milik daerah pada badan terverifikasi",
            "Data barang milik daerah dan aset hasil KEGIATAN terverifikasi",
            [
                ("Jumlah laporan inventarisasi barang yang tersusun", 4, "laporan"),
                ("Persentase barang yang tercatat sesuai kondisi", 95),
                ("Waktu penyelesaian rekonsiliasi aset", 12),
            ],
            ("Kartu inventaris barang", "Aplikasi SIMDA BMD", "Triwulanan oleh Pengurus Barang"),
            [],
        ),
        (
            "Terwujudnya perencanaan anggaran badan yang tepat",
            "Dokumen pelaksanaan anggaran badan tersusun tepat waktu",
            "Dokumen pelaksanaan anggaran per sub KEGIATAN tersusun tepat waktu",
            [
                ("Jumlah dokumen pelaksanaan anggaran yang tersusun", 2, "dokumen"),
                ("Persentase DPA yang disahkan tanpa revisi", 90),
                ("Waktu penyusunan DPA", 2),
            ],
            ("DPA yang disahkan", "BPKAD", "Awal tahun oleh Kepala Subbagian"),
            [],
        ),
    ],
    "pengelola_izin": [
        (
            "Permohonan perizinan berusaha diproses sesuai standar pelayanan",
            "Berkas permohonan izin terverifikasi kelengkapannya",
            "Berkas permohonan izin KEGIATAN usaha terverifikasi kelengkapannya",
            [
                ("Jumlah berkas permohonan yang terverifikasi", 600, "berkas"),
                ("Persentase berkas terverifikasi tanpa pengembalian", 90),
                ("Waktu verifikasi berkas", 2, "hari"),
            ],
            ("Register verifikasi", "Aplikasi OSS-RBA", "Bulanan oleh Pengelola"),
            [],
        ),
        (
            "Hasil survei kepuasan pemohon perizinan tersedia tepat waktu",
            "Data survei kepuasan pemohon terhimpun",
            "Data survei kepuasan pemohon pada KEGIATAN layanan terhimpun",
            [
                ("Jumlah kuesioner survei yang terhimpun", 400, "kuesioner"),
                ("Persentase kuesioner yang terisi lengkap", 90),
                ("Waktu penghimpunan data survei", 6),
            ],
            ("Rekap kuesioner", "Loket pelayanan", "Semesteran oleh Pengelola"),
            [],
        ),
        (
            "Dokumen standar pelayanan perizinan termutakhirkan",
            "Bahan pemutakhiran standar pelayanan tersedia",
            "Bahan pemutakhiran standar pelayanan dan KEGIATAN loket tersedia",
            [
                ("Jumlah bahan standar pelayanan yang tersedia", 12, "dokumen"),
                ("Persentase bahan yang diterima atasan", 90),
                ("Waktu penyiapan bahan", 8),
            ],
            ("Bahan standar pelayanan", "Bidang Perizinan", "Triwulanan oleh Pengelola"),
            [],
        ),
    ],
    "kabid_arsip": [
        (
            "Meningkatnya kualitas pengelolaan arsip daerah",
            "Arsip perangkat daerah terkelola sesuai kaidah kearsipan",
            "Arsip perangkat daerah dan dokumentasi KEGIATAN terkelola sesuai kaidah",
            [
                ("Jumlah perangkat daerah yang arsipnya dinilai", 30, "perangkat daerah"),
                ("Persentase perangkat daerah berkategori baik", 80),
                ("Waktu pelaksanaan pengawasan kearsipan", 10),
            ],
            ("Laporan pengawasan kearsipan", "Bidang Pengelolaan Arsip", "Semesteran oleh Kepala Bidang"),
            [],
        ),
        (
            "Terselamatkannya arsip statis daerah",
            "Arsip statis daerah terakuisisi dan terdaftar",
            "Arsip statis hasil KEGIATAN pemerintahan terakuisisi dan terdaftar",
            [
                ("Jumlah arsip statis yang terakuisisi", 250, "berkas"),
                ("Persentase arsip statis yang terdaftar", 95),
                ("Waktu penyelesaian akuisisi arsip", 11),
            ],
            ("Daftar arsip statis", "Depo arsip", "Triwulanan oleh Arsiparis"),
            [],
        ),
        (
            "Meningkatnya akses arsip bagi masyarakat",
            "Layanan penelusuran arsip tersedia bagi masyarakat",
            "Layanan penelusuran arsip dan KEGIATAN pameran tersedia bagi masyarakat",
            [
                ("Jumlah layanan penelusuran yang diselesaikan", 120, "layanan"),
                ("Persentase pengguna yang puas", 85),
                ("Waktu penyelesaian penelusuran", 5, "hari"),
            ],
            ("Buku layanan", "Ruang baca arsip", "Bulanan oleh Pengelola Layanan"),
            [],
        ),
    ],
    "pranata_komputer": [
        (
            "Permohonan perizinan berusaha diproses sesuai standar pelayanan",
            "Sistem informasi perizinan beroperasi tanpa gangguan berarti",
            "Sistem informasi perizinan dan jadwal KEGIATAN pemeliharaan beroperasi baik",
            [
                ("Jumlah laporan pemeliharaan sistem yang tersusun", 12, "laporan"),
                ("Persentase ketersediaan layanan sistem", 98),
                ("Waktu pemulihan gangguan sistem", 2, "hari"),
            ],
            ("Log server", "Ruang server DPMPTSP", "Bulanan oleh Pranata Komputer"),
            [
                ("Melakukan pemeliharaan sistem", "Laporan pemeliharaan", "0,040"),
                ("Melakukan pemantauan kinerja sistem", "Laporan pemantauan", "0,025"),
            ],
        ),
        (
            "Hasil survei kepuasan pemohon perizinan tersedia tepat waktu",
            "Aplikasi survei kepuasan daring tersedia bagi pemohon",
            "Aplikasi survei kepuasan daring untuk KEGIATAN layanan tersedia",
            [
                ("Jumlah modul aplikasi survei yang dikembangkan", 3, "modul"),
                ("Persentase modul yang lulus uji", 90),
                ("Waktu pengembangan aplikasi", 6),
            ],
            ("Dokumen uji aplikasi", "Repositori kode", "Semesteran oleh Pranata Komputer"),
            [("Membuat rancangan aplikasi", "Dokumen rancangan", "0,150")],
        ),
        (
            "Terwujudnya tata kelola perizinan yang akuntabel",
            "Data perizinan terintegrasi dengan satu data daerah",
            "Data perizinan dan KEGIATAN penanaman modal terintegrasi dengan satu data daerah",
            [
                ("Jumlah set data perizinan yang terintegrasi", 8, "set data"),
                ("Persentase set data yang valid", 95),
                ("Waktu integrasi data", 9),
            ],
            ("Katalog data", "Portal satu data daerah", "Triwulanan oleh Pranata Komputer"),
            [("Melakukan integrasi basis data", "Laporan integrasi", "0,085")],
        ),
    ],
    "arsiparis": [
        (
            "Arsip perangkat daerah terkelola sesuai kaidah kearsipan",
            "Daftar arsip dinamis perangkat daerah tersusun",
            "Daftar arsip dinamis dan arsip KEGIATAN perangkat daerah tersusun",
            [
                ("Jumlah daftar arsip yang tersusun", 24, "daftar"),
                ("Persentase daftar arsip yang diverifikasi", 90),
                ("Waktu penyusunan daftar arsip", 10),
            ],
            ("Daftar arsip", "Unit kearsipan", "Triwulanan oleh Arsiparis"),
            [
                ("Melakukan pemberkasan arsip aktif", "Daftar berkas", "0,006"),
                ("Melakukan verifikasi daftar arsip", "Laporan verifikasi", "0,012"),
            ],
        ),
        (
            "Arsip statis daerah terakuisisi dan terdaftar",
            "Arsip statis terdeskripsi dalam sarana bantu penemuan",
            "Arsip statis hasil KEGIATAN terdeskripsi dalam sarana bantu penemuan",
            [
                ("Jumlah arsip statis yang terdeskripsi", 300, "berkas"),
                ("Persentase deskripsi yang sesuai standar", 90),
                ("Waktu penyelesaian deskripsi", 11),
            ],
            ("Inventaris arsip", "Depo arsip", "Triwulanan oleh Arsiparis"),
            [("Melakukan deskripsi arsip statis", "Deskripsi arsip", "0,008")],
        ),
        (
            "Layanan penelusuran arsip tersedia bagi masyarakat",
            "Permintaan penelusuran arsip terlayani",
            "Permintaan penelusuran arsip KEGIATAN pembangunan terlayani",
            [
                ("Jumlah permintaan penelusuran yang terlayani", 100, "permintaan"),
                ("Persentase permintaan yang terjawab", 90),
                ("Waktu layanan penelusuran", 3, "hari"),
            ],
            ("Buku layanan", "Ruang baca arsip", "Bulanan oleh Arsiparis"),
            [("Melakukan layanan penelusuran arsip", "Bukti layanan", "0,004")],
        ),
    ],
    "perencana": [
        (
            "Tersusunnya dokumen perencanaan badan yang berkualitas",
            "Rencana kerja badan tersusun selaras dengan RPJMD",
            "Rencana kerja dan KEGIATAN prioritas badan tersusun selaras dengan RPJMD",
            [
                ("Jumlah dokumen rencana kerja yang tersusun", 2, "dokumen"),
                ("Persentase program yang selaras dengan RPJMD", 95),
                ("Waktu penyusunan rencana kerja", 4),
            ],
            ("Dokumen Renja", "Aplikasi SIPD", "Semesteran oleh Perencana"),
            [("Menyusun rancangan rencana kerja", "Rancangan Renja", "0,300")],
        ),
        (
            "Meningkatnya kualitas evaluasi kinerja badan",
            "Laporan evaluasi capaian kinerja badan tersedia",
            "Laporan evaluasi capaian KEGIATAN dan kinerja badan tersedia",
            [
                ("Jumlah laporan evaluasi yang tersusun", 4, "laporan"),
                ("Persentase rekomendasi evaluasi yang ditindaklanjuti", 80),
                ("Waktu penyampaian laporan evaluasi", 12),
            ],
            ("Laporan evaluasi", "Bidang Program", "Triwulanan oleh Perencana"),
            [
                ("Melakukan evaluasi pelaksanaan rencana", "Laporan evaluasi", "0,120"),
                ("Menyusun rekomendasi perbaikan", "Rekomendasi", "0,080"),
            ],
        ),
        (
            "Tersusunnya dokumen perencanaan badan yang berkualitas",
            "Dokumen perjanjian kinerja badan tersusun tepat waktu",
            "Dokumen perjanjian kinerja dan indikator KEGIATAN badan tersusun tepat waktu",
            [
                ("Jumlah dokumen perjanjian kinerja yang tersusun", 1, "dokumen"),
                ("Persentase indikator yang memenuhi kriteria SMART", 90),
                ("Waktu penyusunan perjanjian kinerja", 2),
            ],
            ("Dokumen PK", "Bagian Organisasi Setda", "Awal tahun oleh Perencana"),
            [("Menyusun rancangan indikator kinerja", "Rancangan indikator", "0,060")],
        ),
    ],
}

# JPT plan: role → list of RK: (perspektif, rk, rk with KEGIATAN, [(iki, target)])
JPT = {
    "kepala_dpmptsp": [
        (
            "Penerima Layanan (Stakeholder)",
            "Meningkatnya kepuasan pelaku usaha atas layanan perizinan",
            "Meningkatnya kepuasan pelaku usaha atas KEGIATAN layanan perizinan",
            [("Indeks kepuasan masyarakat layanan perizinan", "85 indeks")],
        ),
        (
            "Proses Bisnis",
            "Meningkatnya realisasi investasi daerah",
            "Meningkatnya realisasi investasi dan KEGIATAN usaha baru di daerah",
            [
                ("Nilai realisasi investasi", "Rp 750 miliar"),
                ("Jumlah pelaku usaha baru yang berizin", "1.200 pelaku usaha"),
            ],
        ),
        (
            "Proses Bisnis",
            "Terwujudnya pelayanan perizinan yang cepat",
            "Terwujudnya pelayanan perizinan yang cepat bagi KEGIATAN berusaha",
            [("Persentase izin terbit sesuai standar waktu", "95 %")],
        ),
        (
            "Penguatan Internal",
            "Meningkatnya kapasitas aparatur pelayanan",
            "Meningkatnya kapasitas aparatur pelayanan melalui KEGIATAN pelatihan",
            [("Persentase aparatur pelayanan yang tersertifikasi", "70 %")],
        ),
        (
            "Anggaran",
            "Terwujudnya akuntabilitas anggaran dinas",
            "Terwujudnya akuntabilitas anggaran KEGIATAN dinas",
            [("Persentase realisasi anggaran", "95 %")],
        ),
    ],
    "kepala_bappeda": [
        (
            "Penerima Layanan (Stakeholder)",
            "Meningkatnya kualitas dokumen perencanaan daerah",
            "Meningkatnya kualitas dokumen perencanaan KEGIATAN pembangunan daerah",
            [("Nilai evaluasi dokumen perencanaan daerah", "85 nilai")],
        ),
        (
            "Proses Bisnis",
            "Meningkatnya keselarasan program perangkat daerah dengan RPJMD",
            "Meningkatnya keselarasan program dan KEGIATAN perangkat daerah dengan RPJMD",
            [("Persentase program perangkat daerah yang selaras", "95 %")],
        ),
        (
            "Proses Bisnis",
            "Meningkatnya pemanfaatan hasil riset daerah",
            "Meningkatnya pemanfaatan hasil riset dan KEGIATAN inovasi daerah",
            [("Jumlah hasil riset yang dimanfaatkan perangkat daerah", "6 rekomendasi")],
        ),
        (
            "Penguatan Internal",
            "Meningkatnya kompetensi perencana badan",
            "Meningkatnya kompetensi perencana badan melalui KEGIATAN bimbingan teknis",
            [("Persentase perencana yang mengikuti pengembangan kompetensi", "80 %")],
        ),
        (
            "Anggaran",
            "Terwujudnya pengelolaan anggaran badan yang akuntabel",
            "Terwujudnya pengelolaan anggaran KEGIATAN badan yang akuntabel",
            [("Persentase realisasi anggaran badan", "95 %")],
        ),
    ],
    "kepala_arsip": [
        (
            "Penerima Layanan (Stakeholder)",
            "Meningkatnya kepuasan pengguna layanan kearsipan dan perpustakaan",
            "Meningkatnya kepuasan pengguna layanan dan KEGIATAN perpustakaan",
            [("Indeks kepuasan pengguna layanan perpustakaan", "82 indeks")],
        ),
        (
            "Proses Bisnis",
            "Meningkatnya tingkat kegemaran membaca masyarakat",
            "Meningkatnya kegemaran membaca masyarakat melalui KEGIATAN literasi",
            [("Nilai tingkat kegemaran membaca masyarakat", "62 nilai")],
        ),
        (
            "Proses Bisnis",
            "Meningkatnya kualitas pengelolaan arsip perangkat daerah",
            "Meningkatnya kualitas pengelolaan arsip KEGIATAN perangkat daerah",
            [("Nilai pengawasan kearsipan internal", "75 nilai")],
        ),
        (
            "Penguatan Internal",
            "Meningkatnya kompetensi pengelola arsip dan pustakawan",
            "Meningkatnya kompetensi pengelola arsip melalui KEGIATAN diklat",
            [("Jumlah arsiparis dan pustakawan yang mengikuti diklat", "25 orang")],
        ),
        (
            "Anggaran",
            "Terwujudnya akuntabilitas anggaran dinas kearsipan",
            "Terwujudnya akuntabilitas anggaran KEGIATAN dinas kearsipan",
            [("Persentase realisasi anggaran dinas", "95 %")],
        ),
    ],
}

PERILAKU = [
    ("Orientasi Pelayanan", "Memberikan jawaban atas pengaduan pemohon paling lambat dua hari kerja", 100),
    ("Komitmen", "Hadir pada rapat evaluasi bulanan dan menindaklanjuti hasilnya", 105),
    ("Inisiatif Kerja", "Mengusulkan perbaikan alur layanan sekurang-kurangnya satu kali", 110),
    ("Kerja Sama", "Berbagi data dengan bidang lain tanpa diminta berulang", 100),
    ("Kepemimpinan", "Membimbing staf baru pada tiga bulan pertama", 105),
]

PERILAKU_6_2022 = [
    ("Berorientasi Pelayanan", "Memahami dan memenuhi kebutuhan masyarakat"),
    ("Akuntabel", "Melaksanakan tugas dengan jujur, bertanggung jawab, cermat"),
    ("Kompeten", "Meningkatkan kompetensi diri untuk menjawab tantangan"),
    ("Harmonis", "Menghargai setiap orang apa pun latar belakangnya"),
    ("Loyal", "Memegang teguh ideologi Pancasila dan UUD 1945"),
    ("Adaptif", "Cepat menyesuaikan diri menghadapi perubahan"),
    ("Kolaboratif", "Memberi kesempatan berbagai pihak untuk berkontribusi"),
]

PP46_KEGIATAN = [
    ("Menyusun laporan bulanan bidang", "0", "12 laporan", "100", "12 bulan", "-"),
    ("Memverifikasi berkas permohonan", "0", "450 berkas", "100", "12 bulan", "-"),
    ("Mengikuti rapat koordinasi", "0", "24 kali", "100", "12 bulan", "-"),
    ("Menyiapkan bahan rapat pimpinan", "0", "20 bahan", "100", "12 bulan", "-"),
]
