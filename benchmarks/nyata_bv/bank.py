"""Data bank of the held-out batch set ``nyata_bv`` (Kabupaten Sungai Arta, fictional): names, pangkat,
JF names with jenjang, RK texts of the JPT, topics of the JA units, pelaksana jabatan and butir kegiatan.

Everything here is invented for this set. ``buat.py`` builds the organisation from it.
"""

from __future__ import annotations

KABUPATEN = "Kabupaten Sungai Arta"
PEMDA = "Pemerintah Kabupaten Sungai Arta"
TAHUN = 2027
BUPATI = ("H. Rusdi Hamzah, S.H., M.Si.", "Bupati Sungai Arta")

# PP 99/2000
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
GOL_ORDER = list(PANGKAT)

# SPEC §5: JF jenjang -> golongan range
JENJANG_GOL = {
    "Pemula": ["II/a"],
    "Terampil": ["II/b", "II/c", "II/d"],
    "Mahir": ["III/a", "III/b"],
    "Penyelia": ["III/c", "III/d"],
    "Ahli Pertama": ["III/a", "III/b"],
    "Ahli Muda": ["III/c", "III/d"],
    "Ahli Madya": ["IV/a", "IV/b", "IV/c"],
    "Ahli Utama": ["IV/d", "IV/e"],
}
# PPPK golongan by jenjang (Perpres 98/2020)
PPPK_GOL = {"Ahli Pertama": "IX", "Terampil": "VII", "Ahli Muda": "XI"}

# years of service typical for a golongan (TMT CPNS before 2026)
MASA_KERJA = {
    "II/a": 1,
    "II/b": 3,
    "II/c": 6,
    "II/d": 9,
    "III/a": 2,
    "III/b": 5,
    "III/c": 9,
    "III/d": 13,
    "IV/a": 16,
    "IV/b": 19,
    "IV/c": 22,
    "IV/d": 25,
}

NAMA_DEPAN_L = [
    "Ahmad",
    "Budi",
    "Dedi",
    "Eko",
    "Fajar",
    "Gilang",
    "Hendra",
    "Irfan",
    "Joko",
    "Kurnia",
    "Lutfi",
    "Made",
    "Nanang",
    "Oki",
    "Pandu",
    "Rahmat",
    "Slamet",
    "Taufik",
    "Usman",
    "Wahyu",
    "Yudi",
    "Zainal",
    "Arif",
    "Bagus",
    "Candra",
    "Dimas",
    "Erwin",
    "Fikri",
    "Hasan",
    "Ilham",
    "Jamal",
    "Khairul",
    "Lukman",
    "Mulyadi",
    "Nurdin",
    "Rizal",
    "Syamsul",
    "Tri",
    "Wawan",
    "Yoga",
    "Agus",
    "Bambang",
    "Darmawan",
    "Gunawan",
    "Haris",
    "Iwan",
    "Rudi",
    "Samsudin",
    "Teguh",
    "Zulkifli",
    "Ridwan",
    "Anwar",
    "Firman",
    "Hamdan",
]
NAMA_DEPAN_P = [
    "Ani",
    "Bunga",
    "Citra",
    "Dewi",
    "Endah",
    "Fitri",
    "Gita",
    "Hana",
    "Indah",
    "Juwita",
    "Kartika",
    "Lestari",
    "Maya",
    "Nurul",
    "Octavia",
    "Putri",
    "Ratna",
    "Sari",
    "Tuti",
    "Umi",
    "Vina",
    "Wulan",
    "Yuliana",
    "Zahra",
    "Anisa",
    "Desi",
    "Erna",
    "Farida",
    "Heni",
    "Ika",
    "Lina",
    "Mega",
    "Nining",
    "Rina",
    "Siti",
    "Tika",
    "Winda",
    "Yeni",
    "Astuti",
    "Dian",
    "Eka",
    "Nia",
    "Rosmawati",
    "Suryani",
    "Laila",
    "Melati",
    "Novita",
]
NAMA_BELAKANG = [
    "Saputra",
    "Hidayat",
    "Wibowo",
    "Santoso",
    "Pratama",
    "Kusuma",
    "Nugroho",
    "Siregar",
    "Harahap",
    "Lubis",
    "Nasution",
    "Simanjuntak",
    "Rahman",
    "Syahputra",
    "Halim",
    "Permana",
    "Setiawan",
    "Gunadi",
    "Maulana",
    "Ramadhan",
    "Fauzi",
    "Hakim",
    "Kurniawan",
    "Purnama",
    "Wijaya",
    "Utami",
    "Anggraini",
    "Rahayu",
    "Handayani",
    "Susanti",
    "Wulandari",
    "Lestari",
    "Pertiwi",
    "Marpaung",
    "Tanjung",
    "Effendi",
    "Ismail",
    "Basri",
    "Zulkarnain",
    "Sembiring",
    "Ginting",
    "Tarigan",
    "Daulay",
    "Batubara",
    "Rangkuti",
    "Munthe",
    "Pohan",
    "Ritonga",
    "Hasibuan",
    "Sinaga",
]
GELAR = ["S.E.", "S.Sos.", "S.Kom.", "S.T.", "S.H.", "S.Pd.", "S.AP.", "A.Md.", "S.IP.", "M.M.", "S.Ak."]

# pelaksana (JA) jabatan; none of them begins with a JF name
PELAKSANA = [
    "Penelaah Teknis Kebijakan",
    "Pengolah Data dan Informasi",
    "Pengadministrasi Perkantoran",
    "Penata Layanan Operasional",
    "Pengelola Layanan Operasional",
    "Operator Layanan Operasional",
    "Penata Laporan Keuangan",
    "Pengadministrasi Keuangan",
    "Pengelola Barang Milik Daerah",
]

# JF: name -> (kategori, typical jenjang list); output of the butir kegiatan
JF = {
    "Perencana": ("keahlian", "dokumen"),
    "Analis Kebijakan": ("keahlian", "rekomendasi kebijakan"),
    "Perancang Peraturan Perundang-undangan": ("keahlian", "rancangan"),
    "Analis Hukum": ("keahlian", "hasil analisis"),
    "Pranata Komputer": ("keahlian", "laporan"),
    "Nutrisionis": ("keahlian", "laporan"),
    "Penyuluh Kesehatan Masyarakat": ("keahlian", "laporan"),
    "Bidan": ("keterampilan", "laporan"),
    "Administrator Kesehatan": ("keahlian", "dokumen"),
    "Epidemiolog Kesehatan": ("keahlian", "laporan"),
    "Penilik": ("keahlian", "laporan"),
    "Pamong Belajar": ("keahlian", "laporan"),
    "Pengembang Teknologi Pembelajaran": ("keahlian", "produk"),
    "Teknik Jalan dan Jembatan": ("keahlian", "dokumen"),
    "Teknik Pengairan": ("keahlian", "dokumen"),
    "Penata Ruang": ("keahlian", "dokumen"),
    "Apoteker": ("keahlian", "laporan"),
}

BUTIR = [
    "Mengumpulkan dan mengolah data",
    "Menyusun kajian teknis",
    "Melakukan verifikasi dokumen",
    "Menyusun laporan hasil pelaksanaan tugas",
    "Memberikan konsultasi teknis",
    "Melakukan evaluasi pelaksanaan program",
]

PERSPEKTIF = ["Penerima Layanan", "Proses Bisnis", "Penguatan Internal", "Anggaran"]

# RK of the JPT: (perspektif, rk, iki, target). Kinerja Utama; four perspectives each.
JPT_RK = {
    "sekda": [
        (
            "Penerima Layanan",
            "Meningkatnya kualitas pelayanan publik perangkat daerah",
            "Indeks Kepuasan Masyarakat perangkat daerah",
            "82 poin",
        ),
        (
            "Penerima Layanan",
            "Meningkatnya ketenteraman dan ketertiban wilayah kecamatan",
            "Persentase gangguan ketertiban umum yang tertangani",
            "90 %",
        ),
        (
            "Proses Bisnis",
            "Meningkatnya kualitas tata kelola pemerintahan daerah",
            "Indeks Reformasi Birokrasi kabupaten",
            "71 poin",
        ),
        (
            "Penguatan Internal",
            "Meningkatnya akuntabilitas kinerja perangkat daerah",
            "Nilai SAKIP kabupaten",
            "72 poin",
        ),
        (
            "Anggaran",
            "Meningkatnya kualitas pengelolaan keuangan daerah",
            "Persentase realisasi belanja daerah",
            "92 %",
        ),
    ],
    "asisten1": [
        (
            "",
            "Meningkatnya efektivitas penyelenggaraan urusan pemerintahan umum",
            "Persentase rekomendasi kebijakan pemerintahan yang ditindaklanjuti",
            "80 %",
        ),
        (
            "",
            "Meningkatnya kepastian hukum produk hukum daerah",
            "Persentase produk hukum daerah yang tidak dibatalkan",
            "95 %",
        ),
        (
            "",
            "Meningkatnya kualitas fasilitasi kesejahteraan rakyat",
            "Persentase lembaga keagamaan dan sosial yang terfasilitasi",
            "85 %",
        ),
        (
            "",
            "Meningkatnya kerja sama daerah yang produktif",
            "Jumlah naskah kerja sama daerah yang terlaksana",
            "8 naskah",
        ),
    ],
    "asisten3": [
        (
            "",
            "Meningkatnya kualitas layanan administrasi pimpinan daerah",
            "Persentase layanan administrasi pimpinan yang tepat waktu",
            "90 %",
        ),
        (
            "",
            "Meningkatnya efektivitas kelembagaan perangkat daerah",
            "Nilai evaluasi kelembagaan perangkat daerah",
            "75 poin",
        ),
        (
            "",
            "Meningkatnya kualitas perencanaan dan keuangan sekretariat daerah",
            "Persentase realisasi anggaran sekretariat daerah",
            "93 %",
        ),
        (
            "",
            "Meningkatnya kualitas pengelolaan rumah tangga pemerintah daerah",
            "Persentase sarana rumah tangga pimpinan dalam kondisi baik",
            "90 %",
        ),
    ],
    "bappeda": [
        (
            "Penerima Layanan",
            "Meningkatnya kualitas dokumen perencanaan pembangunan daerah",
            "Persentase program RKPD yang selaras dengan RPJMD",
            "95 %",
        ),
        (
            "Proses Bisnis",
            "Meningkatnya konsistensi perencanaan dan penganggaran daerah",
            "Persentase program APBD yang sesuai RKPD",
            "90 %",
        ),
        (
            "Proses Bisnis",
            "Meningkatnya pemanfaatan hasil penelitian dan pengembangan daerah",
            "Jumlah rekomendasi hasil kajian yang dimanfaatkan perangkat daerah",
            "6 rekomendasi",
        ),
        (
            "Penguatan Internal",
            "Meningkatnya akuntabilitas kinerja Bappeda",
            "Nilai SAKIP Bappeda",
            "78 poin",
        ),
        (
            "Anggaran",
            "Meningkatnya kualitas pengelolaan anggaran Bappeda",
            "Persentase realisasi anggaran Bappeda",
            "94 %",
        ),
    ],
    "dinkes": [
        (
            "",
            "Meningkatnya derajat kesehatan masyarakat Kabupaten Sungai Arta",
            "Persentase balita dengan status gizi baik",
            "88 %",
        ),
        (
            "",
            "Menurunnya angka kesakitan penyakit menular dan tidak menular",
            "Persentase kasus penyakit menular yang tertangani sesuai standar",
            "90 %",
        ),
        (
            "",
            "Meningkatnya mutu pelayanan kesehatan dasar dan rujukan",
            "Persentase puskesmas terakreditasi paripurna",
            "60 %",
        ),
        (
            "",
            "Meningkatnya ketersediaan sumber daya kesehatan yang memadai",
            "Persentase puskesmas dengan sembilan jenis tenaga kesehatan lengkap",
            "75 %",
        ),
        (
            "",
            "Meningkatnya akuntabilitas tata kelola Dinas Kesehatan",
            "Nilai SAKIP Dinas Kesehatan",
            "76 poin",
        ),
    ],
    "disdik": [
        (
            "Penerima Layanan",
            "Meningkatnya akses dan mutu pendidikan anak usia dini dan nonformal",
            "Angka partisipasi kasar PAUD",
            "78 %",
        ),
        (
            "Penerima Layanan",
            "Meningkatnya mutu layanan pendidikan dasar",
            "Persentase satuan pendidikan dasar dengan rapor mutu baik",
            "70 %",
        ),
        (
            "Proses Bisnis",
            "Meningkatnya kompetensi pendidik dan tenaga kependidikan",
            "Persentase guru bersertifikat pendidik",
            "82 %",
        ),
        (
            "Penguatan Internal",
            "Meningkatnya akuntabilitas kinerja Dinas Pendidikan",
            "Nilai SAKIP Dinas Pendidikan",
            "75 poin",
        ),
        (
            "Anggaran",
            "Meningkatnya kualitas pengelolaan keuangan Dinas Pendidikan",
            "Persentase realisasi anggaran Dinas Pendidikan",
            "93 %",
        ),
    ],
    "dpupr": [
        (
            "",
            "Meningkatnya kemantapan jalan dan jembatan kabupaten",
            "Persentase jalan kabupaten dalam kondisi mantap",
            "78 %",
        ),
        (
            "",
            "Meningkatnya cakupan layanan air minum dan permukiman layak",
            "Persentase rumah tangga dengan akses air minum layak",
            "85 %",
        ),
        (
            "",
            "Meningkatnya kinerja jaringan irigasi dan pengendalian banjir",
            "Persentase jaringan irigasi dalam kondisi baik",
            "72 %",
        ),
        (
            "",
            "Meningkatnya ketaatan pemanfaatan ruang terhadap rencana tata ruang",
            "Persentase pemanfaatan ruang yang sesuai rencana tata ruang",
            "80 %",
        ),
        ("", "Meningkatnya akuntabilitas kinerja Dinas PUPR", "Nilai SAKIP Dinas PUPR", "74 poin"),
    ],
}

# Administrator and Pengawas positions: topics (one per RK) in their own words
TOPIK = {
    # Setda
    "kabag_tapem": [
        "penyelenggaraan pemerintahan kecamatan",
        "evaluasi penyelenggaraan pemerintahan daerah",
        "batas wilayah administrasi desa",
    ],
    "kabag_hukum": ["produk hukum daerah yang harmonis", "layanan bantuan hukum perangkat daerah"],
    "kabag_kesra": [
        "fasilitasi lembaga keagamaan",
        "bantuan sosial kemasyarakatan",
        "pembinaan mental spiritual aparatur",
    ],
    "kabag_umum": [
        "layanan protokol pimpinan",
        "ketatausahaan pimpinan daerah",
        "sarana rumah tangga pimpinan",
        "perjalanan dinas pimpinan",
    ],
    "kabag_org": [
        "penataan kelembagaan perangkat daerah",
        "analisis jabatan perangkat daerah",
        "pelaksanaan reformasi birokrasi",
        "standar pelayanan publik",
    ],
    "kabag_pk": [
        "perencanaan anggaran sekretariat daerah",
        "penatausahaan keuangan sekretariat daerah",
        "laporan kinerja sekretariat daerah",
    ],
    "ksb_otda": [
        "laporan penyelenggaraan pemerintahan daerah",
        "evaluasi kinerja kecamatan",
        "data kewilayahan",
    ],
    "ksb_ks": ["naskah kerja sama daerah", "evaluasi kerja sama daerah", "kerja sama antardaerah"],
    "ksb_dokhukum": ["dokumentasi produk hukum", "jaringan informasi hukum daerah", "lembaran daerah"],
    "ksb_bms": ["data lembaga keagamaan", "kegiatan hari besar keagamaan", "hibah rumah ibadah"],
    "ksb_kesos": [
        "bantuan sosial kemasyarakatan",
        "data penerima hibah sosial",
        "laporan kesejahteraan sosial",
    ],
    "ksb_tup": ["agenda pimpinan daerah", "surat dinas pimpinan", "arsip pimpinan daerah"],
    "ksb_rt": ["pemeliharaan rumah jabatan", "kendaraan dinas pimpinan", "jamuan tamu daerah"],
    "ksb_lemb": ["evaluasi kelembagaan", "peta jabatan perangkat daerah", "uraian tugas perangkat daerah"],
    "ksb_ren": ["rencana kerja sekretariat daerah", "dokumen pelaksanaan anggaran", "laporan kinerja"],
    "ksb_keu": [
        "pertanggungjawaban belanja",
        "laporan keuangan sekretariat daerah",
        "pembayaran gaji",
        "rekonsiliasi belanja",
    ],
    # Bappeda
    "sek_bappeda": ["administrasi umum Bappeda", "pengelolaan keuangan Bappeda", "laporan kinerja Bappeda"],
    "ksb_umum_bappeda": [
        "administrasi kepegawaian Bappeda",
        "persuratan dan kearsipan Bappeda",
        "barang milik daerah Bappeda",
    ],
    "ksb_keu_bappeda": [
        "laporan keuangan Bappeda",
        "pertanggungjawaban belanja Bappeda",
        "pembayaran gaji Bappeda",
    ],
    "kabid_ppm": [
        "perencanaan bidang pemerintahan",
        "perencanaan pembangunan manusia",
        "evaluasi program pembangunan manusia",
        "sinkronisasi program pemerintahan",
    ],
    "kabid_eko": [
        "perencanaan bidang perekonomian",
        "perencanaan sumber daya alam",
        "evaluasi program ekonomi daerah",
        "data potensi ekonomi daerah",
    ],
    "kabid_infra": [
        "perencanaan infrastruktur daerah",
        "perencanaan kewilayahan",
        "data spasial pembangunan",
        "evaluasi program infrastruktur",
    ],
    "kabid_litbang": ["kajian kebijakan pembangunan", "inovasi daerah", "evaluasi kebijakan pembangunan"],
    # Dinkes
    "sek_dinkes": [
        "administrasi umum Dinas Kesehatan",
        "pengelolaan keuangan Dinas Kesehatan",
        "perencanaan program kesehatan",
    ],
    "kabid_p2p": ["surveilans dan imunisasi", "pengendalian penyakit menular"],
    "ksb_umum_dinkes": [
        "administrasi kepegawaian Dinas Kesehatan",
        "persuratan dinas kesehatan",
        "barang milik daerah Dinas Kesehatan",
    ],
    "ksb_keu_dinkes": [
        "laporan keuangan Dinas Kesehatan",
        "pertanggungjawaban dana BOK",
        "pembayaran jasa pelayanan",
        "rekonsiliasi aset kesehatan",
    ],
    "ksb_prog_dinkes": [
        "rencana kerja Dinas Kesehatan",
        "laporan kinerja Dinas Kesehatan",
        "profil kesehatan kabupaten",
    ],
    "kabid_kesmas": [
        "gizi masyarakat",
        "kesehatan ibu dan anak",
        "promosi kesehatan",
        "kesehatan lingkungan",
    ],
    "ksi_surv": ["cakupan imunisasi dasar lengkap", "sistem kewaspadaan dini", "laporan surveilans"],
    "ksi_pm": ["penemuan kasus tuberkulosis", "pengendalian demam berdarah", "pengobatan HIV"],
    "ksi_ptm": ["skrining penyakit tidak menular", "layanan kesehatan jiwa", "pos pembinaan terpadu PTM"],
    "kabid_yankes": [
        "mutu pelayanan puskesmas",
        "layanan rujukan",
        "ketersediaan obat esensial",
        "akreditasi fasilitas kesehatan",
    ],
    "ksi_primer": ["akreditasi puskesmas", "layanan puskesmas keliling", "indikator mutu puskesmas"],
    "ksi_rujukan": ["sistem rujukan terintegrasi", "layanan gawat darurat", "klinik swasta berizin"],
    "ksi_farmasi": ["ketersediaan obat puskesmas", "pengawasan apotek", "perbekalan kesehatan rumah tangga"],
    "kabid_sdk": ["pemenuhan tenaga kesehatan", "alat kesehatan puskesmas", "kompetensi tenaga kesehatan"],
    "ksi_sdmk": ["peta tenaga kesehatan", "registrasi tenaga kesehatan", "pelatihan tenaga kesehatan"],
    "ksi_alkes": ["kalibrasi alat kesehatan", "inventaris alat kesehatan", "pemeliharaan alat kesehatan"],
    # Disdik
    "sek_disdik": [
        "administrasi umum Dinas Pendidikan",
        "pengelolaan keuangan dan aset pendidikan",
        "perencanaan program pendidikan",
    ],
    "ksb_umum_disdik": [
        "administrasi kepegawaian Dinas Pendidikan",
        "persuratan Dinas Pendidikan",
        "kearsipan Dinas Pendidikan",
    ],
    "ksb_keu_disdik": ["laporan keuangan Dinas Pendidikan", "dana BOS daerah", "aset sekolah"],
    "ksb_prog_disdik": [
        "rencana kerja Dinas Pendidikan",
        "data pokok pendidikan",
        "laporan kinerja pendidikan",
    ],
    "kabid_paud": ["kelembagaan PAUD", "pendidikan kesetaraan", "mutu layanan PAUD"],
    "ksi_lemb_paud": ["izin operasional PAUD", "data lembaga PAUD", "akreditasi PAUD"],
    "kabid_sd": ["kurikulum sekolah dasar", "sarana prasarana sekolah dasar", "mutu pembelajaran SD"],
    "ksi_kur_sd": ["implementasi kurikulum SD", "asesmen sekolah dasar", "pembelajaran literasi SD"],
    "ksi_sar_sd": ["rehabilitasi ruang kelas SD", "data sarana prasarana SD", "perabot sekolah dasar"],
    "kabid_smp": ["kurikulum sekolah menengah pertama", "sarana prasarana SMP", "mutu pembelajaran SMP"],
    "ksi_kur_smp": ["implementasi kurikulum SMP", "asesmen SMP", "penguatan karakter peserta didik SMP"],
    "ksi_sar_smp": ["rehabilitasi ruang kelas SMP", "laboratorium SMP", "data sarana prasarana SMP"],
    "kabid_gtk": ["kompetensi guru", "pemenuhan guru", "kesejahteraan pendidik"],
    "ksi_ptk_sd": ["sertifikasi guru PAUD dan SD", "tunjangan profesi guru SD", "pemetaan guru SD"],
    "ksi_ptk_smp": ["sertifikasi guru SMP", "tunjangan profesi guru SMP", "pemetaan guru SMP"],
    # DPUPR
    "sek_dpupr": [
        "administrasi umum Dinas PUPR",
        "pengelolaan keuangan Dinas PUPR",
        "perencanaan program Dinas PUPR",
    ],
    "ksb_umum_dpupr": ["administrasi kepegawaian Dinas PUPR", "persuratan Dinas PUPR", "aset Dinas PUPR"],
    "ksb_keu_dpupr": [
        "laporan keuangan Dinas PUPR",
        "pertanggungjawaban belanja konstruksi",
        "pembayaran termin pekerjaan",
    ],
    "ksb_prog_dpupr": ["rencana kerja Dinas PUPR", "laporan kinerja Dinas PUPR", "data infrastruktur"],
    "kabid_bm": ["pembangunan jalan kabupaten", "pemeliharaan jalan kabupaten", "jembatan kabupaten"],
    "kabid_ck": ["layanan air minum", "kawasan permukiman layak"],
    "ksi_bang_jalan": ["pembangunan ruas jalan", "pengawasan mutu pekerjaan jalan", "dokumen teknis jalan"],
    "ksi_pel_jalan": ["pemeliharaan rutin jalan", "pemeliharaan berkala jalan", "data survei kondisi jalan"],
    "ksi_jembatan": ["pemeliharaan jembatan", "pembangunan jembatan", "data kondisi jembatan"],
    "ksi_airminum": ["sambungan rumah air minum", "sistem penyediaan air minum", "kualitas air minum"],
    "ksi_permukiman": ["penanganan kawasan kumuh", "rumah tidak layak huni", "prasarana permukiman"],
    "ksi_gedung": ["persetujuan bangunan gedung", "sertifikat laik fungsi", "bangunan gedung negara"],
    "kabid_sda": ["jaringan irigasi kabupaten", "pengendalian banjir", "operasi pemeliharaan irigasi"],
    "ksi_irigasi": ["rehabilitasi jaringan irigasi", "operasi pintu air", "data daerah irigasi"],
    "ksi_sungai": ["normalisasi sungai", "tanggul pengendali banjir", "data titik rawan banjir"],
    "kabid_ruang": ["rencana detail tata ruang", "pengendalian pemanfaatan ruang", "informasi tata ruang"],
    "ksi_manfaat": [
        "kesesuaian kegiatan pemanfaatan ruang",
        "pengawasan pemanfaatan ruang",
        "data pelanggaran tata ruang",
    ],
}

KECAMATAN = ["Arta Hilir", "Arta Hulu", "Sungai Tenang"]
TOPIK_KEC = {
    "camat": [
        "pelayanan administrasi terpadu kecamatan",
        "ketenteraman dan ketertiban {k}",
        "pemberdayaan masyarakat desa di {k}",
        "akuntabilitas kinerja kecamatan",
    ],
    "sekcam": [
        "administrasi umum kecamatan",
        "perencanaan dan keuangan kecamatan",
        "laporan kinerja kecamatan",
    ],
    "ksb_umum_kec": ["administrasi kepegawaian kecamatan", "persuratan kecamatan", "aset kecamatan"],
    "ksb_keu_kec": [
        "laporan keuangan kecamatan",
        "rencana kerja kecamatan",
        "pertanggungjawaban belanja kecamatan",
    ],
    "ksi_pem": ["administrasi kependudukan kecamatan", "pembinaan pemerintahan desa", "data pertanahan desa"],
    "ksi_trantib": ["penanganan gangguan ketertiban", "penegakan peraturan daerah", "kesiapsiagaan bencana"],
    "ksi_kesos": [
        "data penerima bantuan sosial",
        "layanan kesejahteraan sosial",
        "kegiatan keagamaan kecamatan",
    ],
    "ksi_pmd": ["pembangunan desa", "lembaga kemasyarakatan desa", "evaluasi dana desa"],
}

# RK templates by level (topic {t}); result-shaped, no activity verbs
RK_ADM = [
    "Meningkatnya kualitas {t}",
    "Terwujudnya {t} yang akuntabel",
    "Tersedianya {t} yang tepat sasaran",
    "Meningkatnya kinerja {t}",
    "Terkendalinya {t} sesuai rencana",
]
RK_PENG = [
    "Terkelolanya {t} secara tertib",
    "Dokumen {t} yang tersusun tepat waktu",
    "Tercapainya target {t} sesuai rencana",
    "Laporan {t} yang lengkap dan tepat waktu",
]
RK_STAF = [
    "Data {t} yang valid dan mutakhir",
    "Berkas {t} yang terverifikasi",
    "Laporan {t} yang tersusun tepat waktu",
    "Arsip {t} yang tertata",
    "Usulan {t} yang lengkap",
]
RK_JF = [
    "Kajian teknis {t} yang berkualitas",
    "Rekomendasi teknis {t} yang tepat",
    "Data {t} yang tervalidasi",
    "Laporan evaluasi {t} yang akurat",
]

TAMBAHAN = [
    (
        "Sertifikat pelatihan teknis yang relevan dengan jabatan",
        "Jumlah jam pelatihan yang diikuti",
        "20 jam pelajaran",
    ),
    ("Inovasi layanan unit kerja yang diterapkan", "Jumlah laporan penerapan inovasi", "4 laporan"),
    (
        "Keanggotaan tim penanggulangan bencana kabupaten yang aktif",
        "Jumlah laporan kegiatan tim",
        "4 laporan",
    ),
]

# RK texts that belong to nobody in this kabupaten in 2027 (last year's or another kabupaten's):
# the "truly different" RK atasan of the rk-atasan-tidak-cocok defects
RK_ASING = [
    "Terselenggaranya festival budaya pesisir tahunan",
    "Tersalurkannya pupuk bersubsidi kepada kelompok tani",
    "Meningkatnya produksi perikanan tangkap nelayan kecil",
    "Terbitnya izin usaha pertambangan rakyat",
    "Terlaksananya vaksinasi rabies hewan peliharaan",
    "Meningkatnya kunjungan wisatawan mancanegara",
    "Terbangunnya pasar rakyat tipe B di ibu kota kabupaten",
    "Meningkatnya populasi ternak sapi potong",
]
