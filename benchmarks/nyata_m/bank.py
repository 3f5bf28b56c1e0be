"""Fictional agencies, people and plan texts for ``benchmarks/nyata_m`` (written for this set alone).

Every IKI carries its target as data (kind, number or range, satuan) so that the generator computes the
end-of-period capaian, kategori and nilai itself (SPEC §6) and writes them the ways agencies write them.
"""
# ruff: noqa: E501

from __future__ import annotations

# An IKI: (aspek, text, kind, target, satuan). kind: "naik" (higher is better), "turun" (waktu/biaya, lower is
# better), "rentang" (a range, higher is better), "rentang_turun" (a range, lower is better), "maks" (a target
# that is already the maximum achievable, e.g. 100 % tanpa temuan). target: a number, or (lo, hi) for ranges.
# satuan "" for Indeks/Nilai IKIs (unitless), "%" for Persentase, "Rp" for biaya.

AGENCIES = [
    {
        "key": "perkim",
        "instansi": "DINAS PERUMAHAN DAN KAWASAN PERMUKIMAN KABUPATEN TELUK DAMAR",
        "kota": "Teluk Damar",
        "unit": "Bidang Perumahan, Dinas Perumahan dan Kawasan Permukiman Kabupaten Teluk Damar",
        "atasan_rk": [
            "Meningkatnya rumah tidak layak huni yang tertangani di Kabupaten Teluk Damar",
            "Meningkatnya kualitas prasarana, sarana dan utilitas perumahan",
            "Tersedianya data kawasan permukiman kumuh yang mutakhir",
        ],
        "rk": [
            ("Rumah tidak layak huni terverifikasi sebagai penerima bantuan stimulan", [
                ("Kuantitas", "Jumlah rumah tidak layak huni yang terverifikasi", "naik", 120, "unit rumah"),
                ("Kualitas", "Persentase data penerima bantuan yang valid", "naik", 90, "%"),
                ("Waktu", "Waktu penyelesaian verifikasi lapangan", "turun", 10, "hari"),
            ]),
            ("Dokumen rencana pencegahan dan peningkatan kualitas permukiman kumuh tersusun", [
                ("Kuantitas", "Jumlah dokumen rencana kawasan kumuh yang tersusun", "naik", 6, "dokumen"),
                ("Kualitas", "Persentase kelengkapan muatan dokumen sesuai pedoman", "rentang", (80, 90), "%"),
                ("Waktu", "Waktu penyusunan dokumen rencana", "rentang_turun", (7, 8), "bulan"),
            ]),
            ("Prasarana jalan lingkungan perumahan terbangun sesuai spesifikasi", [
                ("Kuantitas", "Panjang jalan lingkungan yang terbangun", "naik", 1250, "meter"),
                ("Biaya", "Biaya pembangunan jalan lingkungan per paket", "turun", 150000000, "Rp"),
            ]),
            ("Laporan pengendalian pembangunan perumahan tersaji tanpa temuan", [
                ("Kuantitas", "Jumlah laporan pengendalian yang tersaji", "naik", 12, "laporan"),
                ("Kualitas", "Persentase laporan yang diterima tanpa temuan material", "maks", 100, "%"),
            ]),
        ],
        "jf": ["Perencana Ahli Muda", "Pranata Komputer Ahli Pertama"],
        "ja": ["Kepala Seksi Penyediaan Perumahan", "Kepala Subbagian Perencanaan dan Keuangan"],
        "jpt": "Kepala Dinas Perumahan dan Kawasan Permukiman Kabupaten Teluk Damar",
        "atasan_jabatan": "Kepala Bidang Perumahan",
        "penilai_jpt": ("Bupati Teluk Damar", "RAHMAT HIDAYATULLAH, S.H., M.Si."),
    },
    {
        "key": "bpkad",
        "instansi": "BADAN PENGELOLAAN KEUANGAN DAN ASET DAERAH KOTA SUNGAI JERNIH",
        "kota": "Sungai Jernih",
        "unit": "Bidang Akuntansi dan Pelaporan, BPKAD Kota Sungai Jernih",
        "atasan_rk": [
            "Meningkatnya akuntabilitas pengelolaan keuangan daerah Kota Sungai Jernih",
            "Tersajinya laporan keuangan pemerintah daerah yang andal dan tepat waktu",
            "Meningkatnya tertib administrasi barang milik daerah",
        ],
        "rk": [
            ("Laporan keuangan perangkat daerah terkonsolidasi tepat waktu", [
                ("Kuantitas", "Jumlah laporan keuangan perangkat daerah yang terkonsolidasi", "naik", 36, "laporan"),
                ("Kualitas", "Persentase laporan yang lolos reviu tanpa koreksi", "naik", 85, "%"),
                ("Waktu", "Waktu penyampaian laporan konsolidasi", "turun", 12, "hari"),
            ]),
            ("Surat perintah pencairan dana terbit sesuai ketentuan", [
                ("Kuantitas", "Jumlah SP2D yang diterbitkan", "naik", 2400, "dokumen"),
                ("Kualitas", "Indeks kepuasan perangkat daerah atas layanan pencairan", "naik", 3.5, ""),
                ("Waktu", "Waktu penerbitan SP2D sejak SPM diterima", "turun", 3, "hari"),
            ]),
            ("Barang milik daerah tercatat dalam kartu inventaris yang mutakhir", [
                ("Kuantitas", "Jumlah kartu inventaris barang yang dimutakhirkan", "naik", 48, "kartu"),
                ("Kualitas", "Persentase aset yang tercatat sesuai hasil inventarisasi", "rentang", (80, 90), "%"),
            ]),
            ("Rekomendasi pemeriksaan keuangan tuntas ditindaklanjuti", [
                ("Kuantitas", "Jumlah rekomendasi pemeriksaan yang ditindaklanjuti", "naik", 24, "rekomendasi"),
                ("Kualitas", "Persentase rekomendasi yang dinyatakan selesai tanpa temuan berulang", "maks", 100, "%"),
            ]),
        ],
        "jf": ["Analis Keuangan Pusat dan Daerah Ahli Muda", "Pranata Komputer Terampil"],
        "ja": ["Kepala Subbidang Akuntansi", "Kepala Subbidang Pelaporan Keuangan"],
        "jpt": "Kepala Badan Pengelolaan Keuangan dan Aset Daerah Kota Sungai Jernih",
        "atasan_jabatan": "Kepala Bidang Akuntansi dan Pelaporan",
        "penilai_jpt": ("Wali Kota Sungai Jernih", "Dr. SYAMSUL BAHRI NASUTION, M.M."),
    },
    {
        "key": "inspektorat",
        "instansi": "INSPEKTORAT KABUPATEN PADANG ILALANG",
        "kota": "Padang Ilalang",
        "unit": "Inspektur Pembantu Wilayah II, Inspektorat Kabupaten Padang Ilalang",
        "atasan_rk": [
            "Meningkatnya kapabilitas pengawasan intern pemerintah daerah",
            "Menurunnya temuan berulang hasil pemeriksaan pada perangkat daerah",
            "Meningkatnya nilai maturitas SPIP Kabupaten Padang Ilalang",
        ],
        "rk": [
            ("Laporan hasil audit kinerja perangkat daerah tersaji dengan rekomendasi yang dapat ditindaklanjuti", [
                ("Kuantitas", "Jumlah laporan hasil audit kinerja yang diterbitkan", "naik", 14, "laporan"),
                ("Kualitas", "Persentase rekomendasi audit yang diterima auditi", "naik", 90, "%"),
                ("Waktu", "Waktu penerbitan laporan sejak akhir penugasan", "turun", 15, "hari"),
            ]),
            ("Catatan hasil reviu laporan keuangan pemerintah daerah tersaji sesuai standar", [
                ("Kuantitas", "Jumlah catatan hasil reviu yang tersusun", "naik", 8, "dokumen"),
                ("Kualitas", "Nilai telaah sejawat atas kertas kerja reviu", "naik", 80, ""),
            ]),
            ("Pengaduan masyarakat tertangani melalui audit investigatif", [
                ("Kuantitas", "Jumlah pengaduan yang tertangani", "naik", 20, "pengaduan"),
                ("Kualitas", "Persentase pengaduan yang selesai ditangani", "rentang", (80, 90), "%"),
                ("Waktu", "Waktu penanganan pengaduan", "rentang_turun", (7, 8), "bulan"),
            ]),
            ("Dokumen penilaian maturitas SPIP tersusun tanpa temuan penjaminan kualitas", [
                ("Kuantitas", "Jumlah dokumen penilaian maturitas yang tersusun", "naik", 5, "dokumen"),
                ("Kualitas", "Persentase unsur penilaian yang terdokumentasi tanpa temuan", "maks", 100, "%"),
            ]),
        ],
        "jf": ["Auditor Ahli Muda", "Auditor Ahli Pertama"],
        "ja": ["Kepala Subbagian Evaluasi dan Pelaporan", "Kepala Subbagian Umum dan Kepegawaian"],
        "jpt": "Inspektur Kabupaten Padang Ilalang",
        "atasan_jabatan": "Inspektur Pembantu Wilayah II",
        "penilai_jpt": ("Bupati Padang Ilalang", "H. ZULKIFLI ANWAR, S.E."),
    },
    {
        "key": "dukcapil",
        "instansi": "DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL KOTA SUNGAI JERNIH",
        "kota": "Sungai Jernih",
        "unit": "Bidang Pelayanan Pendaftaran Penduduk, Disdukcapil Kota Sungai Jernih",
        "atasan_rk": [
            "Meningkatnya kepemilikan dokumen kependudukan di Kota Sungai Jernih",
            "Meningkatnya kualitas layanan administrasi kependudukan",
            "Terwujudnya database kependudukan yang akurat",
        ],
        "rk": [
            ("KTP elektronik tercetak bagi penduduk wajib KTP", [
                ("Kuantitas", "Jumlah KTP elektronik yang tercetak", "naik", 9600, "keping"),
                ("Kualitas", "Persentase KTP elektronik tercetak tanpa kesalahan data", "naik", 95, "%"),
                ("Waktu", "Waktu pencetakan KTP elektronik sejak perekaman", "turun", 2, "hari"),
            ]),
            ("Akta kelahiran terbit bagi anak usia 0–18 tahun", [
                ("Kuantitas", "Jumlah akta kelahiran yang diterbitkan", "naik", 4800, "akta"),
                ("Kualitas", "Indeks kepuasan pemohon layanan akta", "naik", 3.4, ""),
            ]),
            ("Data kependudukan tersinkronisasi dengan database nasional", [
                ("Kuantitas", "Jumlah laporan sinkronisasi data yang tersusun", "naik", 12, "laporan"),
                ("Kualitas", "Persentase data ganda yang terselesaikan", "naik", 80, "%"),
                ("Waktu", "Waktu penyelesaian data ganda", "turun", 14, "hari"),
            ]),
            ("Layanan jemput bola dokumen kependudukan terselenggara di kelurahan", [
                ("Kuantitas", "Jumlah kelurahan yang mendapat layanan jemput bola", "naik", 30, "kelurahan"),
                ("Kualitas", "Persentase berkas layanan jemput bola yang tuntas", "rentang", (80, 90), "%"),
            ]),
        ],
        "jf": ["Pranata Komputer Ahli Muda", "Arsiparis Ahli Pertama"],
        "ja": ["Kepala Seksi Identitas Penduduk", "Kepala Seksi Pindah Datang Penduduk"],
        "jpt": "Kepala Dinas Kependudukan dan Pencatatan Sipil Kota Sungai Jernih",
        "atasan_jabatan": "Kepala Bidang Pelayanan Pendaftaran Penduduk",
        "penilai_jpt": ("Sekretaris Daerah Kota Sungai Jernih", "Ir. HENDRA GUNAWAN SIREGAR, M.T."),
    },
    {
        "key": "rsud",
        "instansi": "RUMAH SAKIT UMUM DAERAH BUNDA KASIH KABUPATEN TELUK DAMAR",
        "kota": "Teluk Damar",
        "unit": "Bidang Pelayanan Medik, RSUD Bunda Kasih Kabupaten Teluk Damar",
        "atasan_rk": [
            "Meningkatnya mutu pelayanan kesehatan rujukan di RSUD Bunda Kasih",
            "Meningkatnya keselamatan pasien rawat inap",
            "Meningkatnya kepuasan pasien terhadap pelayanan rumah sakit",
        ],
        "rk": [
            ("Asuhan keperawatan pasien rawat inap terdokumentasi sesuai standar", [
                ("Kuantitas", "Jumlah dokumen asuhan keperawatan yang lengkap", "naik", 960, "dokumen"),
                ("Kualitas", "Persentase dokumen asuhan yang lolos audit rekam medis", "naik", 90, "%"),
                ("Waktu", "Waktu penyelesaian resume keperawatan sejak pasien pulang", "turun", 2, "hari"),
            ]),
            ("Insiden keselamatan pasien terlaporkan dan teranalisis", [
                ("Kuantitas", "Jumlah laporan analisis insiden keselamatan pasien", "naik", 12, "laporan"),
                ("Kualitas", "Persentase insiden yang dianalisis akar masalahnya", "rentang", (80, 90), "%"),
            ]),
            ("Resep pasien rawat jalan terlayani dengan waktu tunggu sesuai standar", [
                ("Kuantitas", "Jumlah resep yang terlayani", "naik", 18000, "lembar"),
                ("Waktu", "Rata-rata waktu tunggu pelayanan resep racikan", "turun", 60, "menit"),
            ]),
            ("Rekam medis pasien tertata dan tersedia tepat waktu", [
                ("Kuantitas", "Jumlah berkas rekam medis yang tertata", "naik", 7200, "berkas"),
                ("Kualitas", "Persentase rekam medis yang terisi lengkap tanpa temuan", "maks", 100, "%"),
            ]),
        ],
        "jf": ["Perawat Ahli Muda", "Apoteker Ahli Pertama"],
        "ja": ["Kepala Seksi Pelayanan Keperawatan", "Kepala Subbagian Rekam Medis dan Informasi"],
        "jpt": "Direktur Rumah Sakit Umum Daerah Bunda Kasih Kabupaten Teluk Damar",
        "atasan_jabatan": "Kepala Bidang Pelayanan Medik",
        "penilai_jpt": ("Bupati Teluk Damar", "RAHMAT HIDAYATULLAH, S.H., M.Si."),
    },
    {
        "key": "pangan",
        "instansi": "DINAS KETAHANAN PANGAN KABUPATEN PADANG ILALANG",
        "kota": "Padang Ilalang",
        "unit": "Bidang Ketersediaan dan Distribusi Pangan, Dinas Ketahanan Pangan Kabupaten Padang Ilalang",
        "atasan_rk": [
            "Meningkatnya ketersediaan pangan strategis di Kabupaten Padang Ilalang",
            "Meningkatnya keamanan pangan segar yang beredar",
            "Menurunnya daerah rawan pangan",
        ],
        "rk": [
            ("Cadangan pangan pemerintah daerah tersedia sesuai kebutuhan", [
                ("Kuantitas", "Jumlah cadangan beras pemerintah daerah", "naik", 60, "ton"),
                ("Kualitas", "Persentase cadangan beras yang memenuhi standar mutu", "naik", 95, "%"),
                ("Waktu", "Waktu penyaluran cadangan pangan saat darurat", "turun", 3, "hari"),
            ]),
            ("Sampel pangan segar teruji keamanannya", [
                ("Kuantitas", "Jumlah sampel pangan segar yang diuji", "naik", 240, "sampel"),
                ("Kualitas", "Persentase sampel yang diuji sesuai prosedur baku", "rentang", (80, 90), "%"),
            ]),
            ("Peta ketahanan dan kerentanan pangan tersusun", [
                ("Kuantitas", "Jumlah dokumen peta ketahanan pangan yang tersusun", "naik", 2, "dokumen"),
                ("Kualitas", "Nilai kelengkapan indikator peta", "naik", 85, ""),
                ("Waktu", "Waktu penyusunan peta ketahanan pangan", "rentang_turun", (7, 8), "bulan"),
            ]),
            ("Harga pangan pokok terpantau di pasar kecamatan", [
                ("Kuantitas", "Jumlah laporan pemantauan harga yang tersusun", "naik", 52, "laporan"),
                ("Biaya", "Biaya pemantauan harga per pasar", "turun", 4500000, "Rp"),
            ]),
        ],
        "jf": ["Statistisi Ahli Pertama", "Penyuluh Pertanian Ahli Muda"],
        "ja": ["Kepala Seksi Cadangan Pangan", "Kepala Seksi Distribusi dan Harga Pangan"],
        "jpt": "Kepala Dinas Ketahanan Pangan Kabupaten Padang Ilalang",
        "atasan_jabatan": "Kepala Bidang Ketersediaan dan Distribusi Pangan",
        "penilai_jpt": ("Bupati Padang Ilalang", "H. ZULKIFLI ANWAR, S.E."),
    },
]

# JPT plans: (perspektif, RK, [(IKI, kind, target, satuan)]); PK-based first, then rencana aksi.
JPT_RK = {
    "perkim": [
        ("Penerima Layanan", "Meningkatnya rumah layak huni bagi masyarakat berpenghasilan rendah", [("Persentase rumah layak huni", "naik", 78, "%")]),
        ("Proses Bisnis", "Meningkatnya kawasan permukiman yang bebas kumuh", [("Luas kawasan kumuh yang tertangani", "naik", 45, "hektare")]),
        ("Penguatan Internal", "Meningkatnya kompetensi aparatur bidang perumahan", [("Persentase pegawai yang memenuhi standar kompetensi", "naik", 70, "%")]),
        ("Anggaran", "Terwujudnya penyerapan anggaran yang akuntabel", [("Persentase realisasi anggaran dinas", "naik", 95, "%")]),
    ],
    "bpkad": [
        ("Penerima Layanan", "Meningkatnya kualitas laporan keuangan pemerintah kota", [("Indeks kualitas laporan keuangan", "naik", 3.6, "")]),
        ("Proses Bisnis", "Meningkatnya ketepatan waktu pencairan belanja daerah", [("Persentase SP2D terbit sesuai standar waktu", "naik", 90, "%")]),
        ("Penguatan Internal", "Meningkatnya kapabilitas pengelola keuangan perangkat daerah", [("Jumlah pengelola keuangan yang tersertifikasi", "naik", 40, "orang")]),
        ("Anggaran", "Meningkatnya pendapatan dari pemanfaatan aset daerah", [("Persentase capaian pendapatan pemanfaatan aset", "naik", 95, "%")]),
    ],
    "inspektorat": [
        ("Penerima Layanan", "Meningkatnya kapabilitas APIP Kabupaten Padang Ilalang", [("Nilai kapabilitas APIP", "naik", 3, "")]),
        ("Proses Bisnis", "Meningkatnya penyelesaian tindak lanjut hasil pengawasan", [("Persentase tindak lanjut hasil pengawasan yang selesai", "naik", 85, "%")]),
        ("Penguatan Internal", "Meningkatnya jumlah auditor bersertifikat", [("Jumlah auditor bersertifikat", "naik", 18, "orang")]),
        ("Anggaran", "Terwujudnya efisiensi belanja pengawasan", [("Persentase realisasi belanja pengawasan", "rentang", (80, 90), "%")]),
    ],
    "dukcapil": [
        ("Penerima Layanan", "Meningkatnya cakupan kepemilikan dokumen kependudukan", [("Persentase penduduk wajib KTP yang memiliki KTP elektronik", "naik", 97, "%"), ("Persentase anak yang memiliki akta kelahiran", "naik", 92, "%")]),
        ("Proses Bisnis", "Meningkatnya layanan administrasi kependudukan daring", [("Jumlah layanan dokumen yang diterbitkan secara daring", "naik", 15000, "dokumen"), ("Indeks kepuasan masyarakat atas layanan daring", "naik", 3.4, "")]),
        ("Penguatan Internal", "Meningkatnya keandalan sistem informasi kependudukan", [("Persentase ketersediaan layanan sistem", "naik", 98, "%"), ("Jumlah operator yang tersertifikasi", "naik", 24, "orang")]),
        ("Anggaran", "Terwujudnya akuntabilitas anggaran dinas", [("Nilai SAKIP dinas", "naik", 75, ""), ("Persentase realisasi anggaran dinas", "naik", 95, "%")]),
    ],
    "rsud": [
        ("Penerima Layanan", "Meningkatnya kepuasan pasien RSUD Bunda Kasih", [("Indeks kepuasan pasien", "naik", 82.5, "")]),
        ("Proses Bisnis", "Meningkatnya mutu layanan klinis", [("Persentase indikator mutu nasional yang tercapai", "naik", 85, "%")]),
        ("Penguatan Internal", "Meningkatnya kompetensi tenaga kesehatan", [("Jumlah tenaga kesehatan yang mengikuti pelatihan bersertifikat", "naik", 120, "orang")]),
        ("Anggaran", "Meningkatnya kemandirian keuangan BLUD", [("Persentase cost recovery rate", "naik", 90, "%")]),
    ],
    "pangan": [
        ("Penerima Layanan", "Meningkatnya skor pola pangan harapan masyarakat", [("Skor pola pangan harapan", "naik", 88.5, "")]),
        ("Proses Bisnis", "Meningkatnya pangan segar yang aman dikonsumsi", [("Persentase pangan segar yang memenuhi syarat keamanan", "naik", 90, "%")]),
        ("Penguatan Internal", "Meningkatnya kapasitas penyuluh ketahanan pangan", [("Jumlah penyuluh yang terlatih", "naik", 35, "orang")]),
        ("Anggaran", "Terwujudnya penyerapan anggaran yang tepat sasaran", [("Persentase realisasi anggaran dinas", "naik", 95, "%")]),
    ],
}

# Kinerja Tambahan items (RK, IKI, target, satuan): development commitment / community involvement.
TAMBAHAN = [
    ("Sertifikat pelatihan pengembangan kompetensi diperoleh", "Jumlah jam pelajaran pengembangan kompetensi yang diikuti", 20, "JP"),
    ("Keterlibatan dalam satuan tugas penanganan bencana tercatat", "Jumlah kegiatan satuan tugas yang diikuti", 4, "kegiatan"),
    ("Karya tulis ilmiah bidang tugas dipublikasikan", "Jumlah karya tulis yang dipublikasikan", 1, "naskah"),
]

BUTIR = [
    ("Menyusun rencana kerja tahunan unit", "Dokumen rencana kerja", "0,125"),
    ("Melakukan analisis data bidang tugas", "Laporan hasil analisis", "0,048"),
    ("Melakukan verifikasi data lapangan", "Berita acara verifikasi", "0,012"),
    ("Menyusun laporan evaluasi pelaksanaan program", "Laporan evaluasi", "0,075"),
    ("Melakukan pemutakhiran basis data", "Basis data mutakhir", "0,004"),
    ("Melakukan pendampingan teknis", "Laporan pendampingan", "0,024"),
]

DEPAN = ["Ahmad", "Budi", "Citra", "Dewi", "Eko", "Fitri", "Gunawan", "Hesti", "Indra", "Joko", "Kartika",
         "Lestari", "Muhammad", "Nurul", "Oktavia", "Putu", "Rina", "Sri", "Teguh", "Umi", "Vina", "Wahyu",
         "Yusuf", "Zainab", "Agus", "Bambang", "Dian", "Erna", "Fajar", "Galih", "Hendra", "Intan", "Kurnia",
         "Made", "Nanda", "Rahmat", "Siti", "Taufik", "Wulan", "Yanti"]
BELAKANG = ["Saputra", "Wulandari", "Pratama", "Rahmawati", "Setiawan", "Kusuma", "Hidayat", "Lubis",
            "Simanjuntak", "Nugroho", "Maharani", "Sembiring", "Putri", "Wijaya", "Harahap", "Permana",
            "Suryani", "Halim", "Tanjung", "Purba", "Ramadhan", "Anggraini", "Siregar", "Fauzi", "Lestiani"]
GELAR = ["S.E.", "S.T.", "S.Kom.", "S.H.", "S.Sos.", "S.Kep., Ns.", "S.Farm., Apt.", "M.M.", "S.ST.", "A.Md."]

PANGKAT = {
    "II/c": "Pengatur", "II/d": "Pengatur Tingkat I", "III/a": "Penata Muda", "III/b": "Penata Muda Tingkat I",
    "III/c": "Penata", "III/d": "Penata Tingkat I", "IV/a": "Pembina", "IV/b": "Pembina Tingkat I",
    "IV/c": "Pembina Utama Muda", "IV/d": "Pembina Utama Madya",
}

PERILAKU = ["Orientasi Pelayanan", "Komitmen", "Inisiatif Kerja", "Kerja Sama", "Kepemimpinan"]
