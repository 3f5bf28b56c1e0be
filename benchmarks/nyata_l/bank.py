"""Invented agencies, people and plans for the held-out set ``nyata_l`` (no real person or office).

Everything here is made up for this set: six offices of the fictional Kabupaten Rawa Tenggara, Kota Bandar
Layar and Provinsi Tanjung Seberang; PNS and **PPPK** employees (SPEC §5: a PPPK number carries ``21`` in
place of the TMT month); penilai who are acting officials (``Plt.``/``Plh.``) or political officials without
NIP; RK/IKI/target per field, JF butir kegiatan, JPT plans per perspektif and Manual IKI texts.
"""

from __future__ import annotations

INSTANSI = [
    {
        "kode": "pupr",
        "nama": "DINAS PEKERJAAN UMUM DAN PENATAAN RUANG KABUPATEN RAWA TENGGARA",
        "daerah": "Rawa Tenggara",
        "kepala_daerah": ("ANDI MAPPARENTA, S.H.", "Bupati Rawa Tenggara"),
        "bidang": "jalan",
    },
    {
        "kode": "bpkad",
        "nama": "BADAN PENGELOLAAN KEUANGAN DAN ASET DAERAH KOTA BANDAR LAYAR",
        "daerah": "Bandar Layar",
        "kepala_daerah": ("Hj. RATNA JUWITA SIREGAR, S.E., M.M.", "Wali Kota Bandar Layar"),
        "bidang": "keuangan",
    },
    {
        "kode": "disnaker",
        "nama": "DINAS TENAGA KERJA DAN TRANSMIGRASI PROVINSI TANJUNG SEBERANG",
        "daerah": "Tanjung Seberang",
        "kepala_daerah": ("Drs. H. MUCHTAR LUBIS HASIBUAN", "Gubernur Tanjung Seberang"),
        "bidang": "naker",
    },
    {
        "kode": "rsud",
        "nama": "RSUD TUAN RONDAHAIM KABUPATEN RAWA TENGGARA",
        "daerah": "Rawa Tenggara",
        "kepala_daerah": ("ANDI MAPPARENTA, S.H.", "Bupati Rawa Tenggara"),
        "bidang": "rs",
    },
    {
        "kode": "smp",
        "nama": "SMP NEGERI 4 BANDAR LAYAR, DINAS PENDIDIKAN KOTA BANDAR LAYAR",
        "daerah": "Bandar Layar",
        "kepala_daerah": ("Hj. RATNA JUWITA SIREGAR, S.E., M.M.", "Wali Kota Bandar Layar"),
        "bidang": "sekolah",
    },
    {
        "kode": "brida",
        "nama": "BADAN RISET DAN INOVASI DAERAH KABUPATEN RAWA TENGGARA",
        "daerah": "Rawa Tenggara",
        "kepala_daerah": ("ANDI MAPPARENTA, S.H.", "Bupati Rawa Tenggara"),
        "bidang": "riset",
    },
]

NAMA_DEPAN = [
    "Rahmat",
    "Siti Aminah",
    "Bonifasius",
    "Ni Luh Putu",
    "Yohanes",
    "Dewi Sartika",
    "Fadhil",
    "Margaretha",
    "Taufik",
    "Agustina",
    "Zulkarnain",
    "Cut Nyak",
    "Hendrikus",
    "Wulan",
    "Ilham",
    "Theresia",
    "Muhammad Rizal",
    "Nurhayati",
    "Stefanus",
    "Ayu Lestari",
    "Darmawan",
    "Fransiska",
    "Rusdi",
    "Kartini",
]
NAMA_BELAKANG = [
    "Pohan",
    "Rumbiak",
    "Nainggolan",
    "Saragih",
    "Wattimena",
    "Tanjung",
    "Lamarque",
    "Pakpahan",
    "Hutabarat",
    "Manurung",
    "Sembiring",
    "Tuasikal",
    "Kalalo",
    "Rambe",
    "Situmorang",
    "Bawole",
    "Daulay",
    "Lubis",
]
GELAR = ["S.T.", "S.E.", "S.Kom.", "S.Sos.", "S.Pd.", "S.Kep., Ners", "A.Md.", "S.H.", "M.Si.", "S.A.P."]

# (golongan, pangkat) per PP 99/2000, as SPEC §5.
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

# PPPK golongan (Perpres 98/2020) are written I–XVII; a PPPK has no pangkat.
PPPK_GOLONGAN = ["V", "VII", "IX", "X", "XI"]
# PPPK golongan of a JF by its jenjang (last word of the title).
PPPK_JF = {
    "Pertama": "IX",
    "Muda": "XI",
    "Madya": "XIII",
    "Terampil": "VII",
    "Mahir": "VIII",
    "Penyelia": "IX",
}

# Jabatan per bidang: (JA titles, JF titles with jenjang, superior's jabatan (penilai of the JA/JF)).
JABATAN = {
    "jalan": {
        "ja": [
            "Pengawas Lapangan Pekerjaan Jalan",
            "Pengadministrasi Perkantoran",
            "Kepala Seksi Pembangunan Jalan",
        ],
        "jf": [("Teknik Jalan dan Jembatan Ahli Pertama", "III/b"), ("Penata Ruang Ahli Muda", "III/d")],
        "atasan": "Kepala Bidang Bina Marga",
    },
    "keuangan": {
        "ja": ["Pengelola Keuangan", "Verifikator Keuangan", "Kepala Subbidang Akuntansi"],
        "jf": [
            ("Analis Keuangan Pusat dan Daerah Ahli Muda", "III/c"),
            ("Pranata Komputer Ahli Pertama", "III/a"),
        ],
        "atasan": "Kepala Bidang Akuntansi dan Pelaporan",
    },
    "naker": {
        "ja": [
            "Pengelola Informasi Pasar Kerja",
            "Penata Kelola Penempatan Tenaga Kerja",
            "Kepala Seksi Penempatan",
        ],
        "jf": [
            ("Pengantar Kerja Ahli Muda", "III/c"),
            ("Mediator Hubungan Industrial Ahli Pertama", "III/b"),
        ],
        "atasan": "Kepala Bidang Penempatan dan Perluasan Kesempatan Kerja",
    },
    "rs": {
        "ja": ["Pengelola Rekam Medis", "Pengadministrasi Keuangan", "Kepala Subbagian Umum"],
        "jf": [
            ("Perawat Ahli Pertama", "III/a"),
            ("Perawat Terampil", "II/c"),
            ("Apoteker Ahli Muda", "III/c"),
        ],
        "atasan": "Kepala Bidang Pelayanan Keperawatan",
    },
    "sekolah": {
        "ja": ["Pengelola Layanan Operasional", "Pengadministrasi Perkantoran", "Kepala Urusan Tata Usaha"],
        "jf": [
            ("Guru Ahli Pertama", "III/a"),
            ("Guru Ahli Muda", "III/c"),
            ("Pustakawan Ahli Pertama", "III/b"),
        ],
        "atasan": "Kepala SMP Negeri 4 Bandar Layar",
    },
    "riset": {
        "ja": ["Analis Data Penelitian", "Pengelola Sistem Informasi", "Kepala Subbagian Perencanaan"],
        "jf": [("Peneliti Ahli Pertama", "III/b"), ("Perencana Ahli Muda", "III/d")],
        "atasan": "Kepala Bidang Riset dan Pengembangan",
    },
}

# JPT of each agency and the unit it leads (penilai: the kepala daerah, or the Sekretaris Daerah).
JPT = {
    "pupr": ("Kepala Dinas Pekerjaan Umum dan Penataan Ruang", "IV/c"),
    "bpkad": ("Kepala Badan Pengelolaan Keuangan dan Aset Daerah", "IV/c"),
    "disnaker": ("Kepala Dinas Tenaga Kerja dan Transmigrasi", "IV/d"),
    "rsud": ("Direktur RSUD Tuan Rondahaim", "IV/b"),
    "smp": ("Kepala Dinas Pendidikan", "IV/c"),
    "brida": ("Kepala Badan Riset dan Inovasi Daerah", "IV/c"),
}

# RK atasan (the superior's RK a JA/JF intervenes), per bidang.
RK_ATASAN = {
    "jalan": [
        "Meningkatnya kemantapan jalan kabupaten",
        "Terwujudnya penataan ruang yang sesuai rencana tata ruang wilayah",
        "Meningkatnya kualitas tata kelola administrasi bidang Bina Marga",
    ],
    "keuangan": [
        "Laporan keuangan pemerintah daerah yang andal dan tepat waktu",
        "Meningkatnya akuntabilitas pengelolaan aset daerah",
        "Terlaksananya pengelolaan kas daerah yang tertib",
    ],
    "naker": [
        "Meningkatnya penempatan tenaga kerja lokal",
        "Terwujudnya hubungan industrial yang harmonis",
        "Meningkatnya kualitas layanan informasi pasar kerja",
    ],
    "rs": [
        "Meningkatnya mutu pelayanan keperawatan rawat inap",
        "Terwujudnya keselamatan pasien di seluruh unit layanan",
        "Meningkatnya ketertiban administrasi layanan rumah sakit",
    ],
    "sekolah": [
        "Meningkatnya mutu pembelajaran peserta didik",
        "Terwujudnya layanan administrasi sekolah yang tertib",
        "Meningkatnya minat baca warga sekolah",
    ],
    "riset": [
        "Meningkatnya pemanfaatan hasil riset dalam kebijakan daerah",
        "Tersedianya data pembangunan yang mutakhir",
        "Meningkatnya kualitas perencanaan program riset",
    ],
}

# One RK: text and its IKI as (aspek, IKI, target number, satuan, direction). Direction "naik" = higher is
# better, "turun" = lower is better (waktu). Satuan "%" targets are percentages.
RK = {
    "jalan": [
        (
            "Laporan pengawasan pekerjaan peningkatan jalan tersaji lengkap",
            [
                ("Kuantitas", "Jumlah laporan pengawasan pekerjaan jalan", 24, "laporan", "naik"),
                ("Kualitas", "Persentase laporan pengawasan tanpa koreksi", 90, "%", "naik"),
                ("Waktu", "Waktu penyampaian laporan pengawasan", 12, "bulan", "turun"),
            ],
        ),
        (
            "Data kondisi ruas jalan kabupaten termutakhirkan",
            [
                ("Kuantitas", "Jumlah ruas jalan yang datanya dimutakhirkan", 86, "ruas", "naik"),
                ("Kualitas", "Persentase data ruas yang sesuai hasil survei", 95, "%", "naik"),
            ],
        ),
        (
            "Rekomendasi kesesuaian pemanfaatan ruang terbit tepat waktu",
            [
                ("Kuantitas", "Jumlah rekomendasi kesesuaian ruang yang terbit", 60, "rekomendasi", "naik"),
                ("Waktu", "Rata-rata lama penerbitan rekomendasi", 7, "hari kerja", "turun"),
            ],
        ),
        (
            "Dokumen pengadaan paket pemeliharaan jalan siap dilelang",
            [
                ("Kuantitas", "Jumlah dokumen pengadaan yang siap dilelang", 14, "paket", "naik"),
                ("Kualitas", "Persentase dokumen pengadaan tanpa sanggah", 100, "%", "naik"),
            ],
        ),
        (
            "Arsip kontrak pekerjaan jalan tertata",
            [
                ("Kuantitas", "Jumlah berkas kontrak yang diarsipkan", 120, "berkas", "naik"),
                ("Waktu", "Waktu pengarsipan sesudah serah terima", 5, "hari", "turun"),
            ],
        ),
    ],
    "keuangan": [
        (
            "Laporan rekonsiliasi kas daerah tersaji tepat waktu",
            [
                ("Kuantitas", "Jumlah laporan rekonsiliasi kas", 12, "laporan", "naik"),
                ("Kualitas", "Persentase selisih kas yang terjelaskan", 100, "%", "naik"),
                ("Waktu", "Waktu penyampaian laporan rekonsiliasi", 10, "hari kerja", "turun"),
            ],
        ),
        (
            "Surat perintah pencairan dana terverifikasi",
            [
                ("Kuantitas", "Jumlah SP2D yang diverifikasi", 2400, "dokumen", "naik"),
                ("Kualitas", "Persentase SP2D tanpa pengembalian", 98, "%", "naik"),
            ],
        ),
        (
            "Kartu inventaris barang OPD termutakhirkan",
            [
                ("Kuantitas", "Jumlah OPD yang KIB-nya dimutakhirkan", 42, "OPD", "naik"),
                ("Waktu", "Waktu pemutakhiran KIB", 6, "bulan", "turun"),
            ],
        ),
        (
            "Catatan atas laporan keuangan tersusun andal",
            [
                ("Kuantitas", "Jumlah bab CaLK yang disusun", 7, "bab", "naik"),
                ("Kualitas", "Nilai reviu CaLK oleh Inspektorat", 85, "nilai", "naik"),
            ],
        ),
        (
            "Penerimaan retribusi sewa aset daerah tercatat",
            [
                ("Kuantitas", "Jumlah transaksi sewa aset yang dicatat", 350, "transaksi", "naik"),
                ("Biaya", "Biaya operasional penagihan sewa aset", 45000000, "rupiah", "turun"),
            ],
        ),
    ],
    "naker": [
        (
            "Pencari kerja terdaftar memperoleh kartu AK/I",
            [
                ("Kuantitas", "Jumlah kartu AK/I yang diterbitkan", 1800, "kartu", "naik"),
                ("Waktu", "Lama penerbitan kartu AK/I", 1, "hari", "turun"),
            ],
        ),
        (
            "Lowongan kerja terverifikasi tersiar di bursa kerja daring",
            [
                ("Kuantitas", "Jumlah lowongan yang disiarkan", 450, "lowongan", "naik"),
                ("Kualitas", "Persentase lowongan yang terverifikasi", 100, "%", "naik"),
            ],
        ),
        (
            "Perselisihan hubungan industrial tercatat dan termediasi",
            [
                ("Kuantitas", "Jumlah kasus perselisihan yang dimediasi", 36, "kasus", "naik"),
                ("Kualitas", "Persentase mediasi yang berakhir perjanjian bersama", 70, "%", "naik"),
                ("Waktu", "Lama penyelesaian mediasi", 30, "hari kerja", "turun"),
            ],
        ),
        (
            "Data penempatan tenaga kerja tersaji per kabupaten",
            [
                ("Kuantitas", "Jumlah laporan penempatan tenaga kerja", 4, "laporan", "naik"),
                ("Waktu", "Waktu penyampaian laporan triwulanan", 15, "hari", "turun"),
            ],
        ),
    ],
    "rs": [
        (
            "Asuhan keperawatan pasien rawat inap terdokumentasi lengkap",
            [
                ("Kuantitas", "Jumlah pasien yang asuhannya didokumentasikan", 720, "pasien", "naik"),
                ("Kualitas", "Persentase dokumentasi asuhan yang lengkap", 95, "%", "naik"),
            ],
        ),
        (
            "Insiden keselamatan pasien terlaporkan",
            [
                ("Kuantitas", "Jumlah laporan insiden keselamatan pasien", 12, "laporan", "naik"),
                ("Waktu", "Waktu pelaporan insiden", 2, "hari", "turun"),
            ],
        ),
        (
            "Berkas rekam medis pasien pulang kembali tepat waktu",
            [
                ("Kuantitas", "Jumlah berkas rekam medis yang dikembalikan", 9600, "berkas", "naik"),
                ("Kualitas", "Persentase berkas rekam medis lengkap", 90, "%", "naik"),
                ("Waktu", "Waktu pengembalian berkas rekam medis", 2, "hari", "turun"),
            ],
        ),
        (
            "Obat pasien rawat jalan tersedia sesuai formularium",
            [
                ("Kuantitas", "Jumlah resep yang dilayani", 26000, "resep", "naik"),
                ("Kualitas", "Persentase kesesuaian resep dengan formularium", 92, "%", "naik"),
            ],
        ),
    ],
    "sekolah": [
        (
            "Perangkat pembelajaran kelas VIII tersusun",
            [
                ("Kuantitas", "Jumlah modul ajar yang disusun", 16, "modul", "naik"),
                ("Kualitas", "Persentase modul ajar yang lolos telaah", 100, "%", "naik"),
            ],
        ),
        (
            "Hasil belajar peserta didik terlaporkan",
            [
                ("Kuantitas", "Jumlah rapor peserta didik yang diterbitkan", 192, "rapor", "naik"),
                ("Waktu", "Waktu penerbitan rapor", 2, "minggu", "turun"),
            ],
        ),
        (
            "Koleksi perpustakaan sekolah terolah",
            [
                ("Kuantitas", "Jumlah eksemplar koleksi yang diolah", 600, "eksemplar", "naik"),
                ("Kualitas", "Persentase koleksi yang terkatalog", 90, "%", "naik"),
            ],
        ),
        (
            "Data pokok pendidikan sekolah mutakhir",
            [
                ("Kuantitas", "Jumlah pemutakhiran Dapodik", 2, "kali", "naik"),
                ("Waktu", "Waktu pemutakhiran sebelum batas akhir", 7, "hari", "turun"),
            ],
        ),
    ],
    "riset": [
        (
            "Kajian kebijakan daerah tersaji bagi pimpinan",
            [
                ("Kuantitas", "Jumlah kajian kebijakan yang diselesaikan", 4, "kajian", "naik"),
                ("Kualitas", "Persentase rekomendasi kajian yang ditindaklanjuti", 60, "%", "naik"),
            ],
        ),
        (
            "Basis data pembangunan daerah termutakhirkan",
            [
                ("Kuantitas", "Jumlah set data yang dimutakhirkan", 140, "set data", "naik"),
                ("Waktu", "Waktu pemutakhiran set data", 3, "bulan", "turun"),
            ],
        ),
        (
            "Usulan inovasi perangkat daerah terkurasi",
            [
                ("Kuantitas", "Jumlah usulan inovasi yang dikurasi", 55, "usulan", "naik"),
                ("Kualitas", "Indeks kualitas kurasi inovasi", 3.5, "", "naik"),
            ],
        ),
        (
            "Rencana program riset tahunan tersusun",
            [
                ("Kuantitas", "Jumlah dokumen rencana program riset", 1, "dokumen", "naik"),
                ("Waktu", "Waktu penetapan rencana program riset", 3, "bulan", "turun"),
            ],
        ),
    ],
}

# Long SKP (30+ IKI): extra RK used by the very long file, in the same shape.
RK_PANJANG = [
    (
        f"Paket pemeliharaan rutin jalan ruas {n} terselesaikan",
        [
            ("Kuantitas", f"Panjang jalan ruas {n} yang dipelihara", 12 + len(n) % 7, "km", "naik"),
            ("Kualitas", f"Persentase pekerjaan ruas {n} sesuai spesifikasi", 95, "%", "naik"),
            ("Waktu", f"Waktu penyelesaian pemeliharaan ruas {n}", 6, "bulan", "turun"),
        ],
    )
    for n in (
        "Sei Balai",
        "Tanjung Beringin",
        "Rawa Kupang",
        "Padang Sidempuan Lama",
        "Aek Nauli",
        "Lubuk Raya",
        "Teluk Piai",
        "Simpang Empat",
        "Bandar Pasir",
        "Muara Bungo Kecil",
    )
]

TAMBAHAN = [
    (
        "Sertifikat pelatihan pengadaan barang/jasa tingkat dasar diperoleh",
        "Kuantitas",
        "Jumlah sertifikat pelatihan yang diperoleh",
        1,
        "sertifikat",
        "naik",
    ),
    (
        "Tim relawan tanggap bencana banjir kabupaten terbentuk",
        "Kuantitas",
        "Jumlah kegiatan relawan yang diikuti",
        3,
        "kegiatan",
        "naik",
    ),
]

# Kategori as sentences for kualitas IKI in Model Pengembangan (SANGAT KURANG … SANGAT BAIK; BAIK = target).
KATEGORI_KALIMAT = [
    "Dokumen tidak tersusun",
    "Dokumen tersusun tetapi tidak lengkap dan perlu banyak perbaikan",
    "Dokumen lengkap, terlambat 1 - 5 hari kerja",
    None,  # BAIK holds the target
    "Dokumen lengkap, tepat waktu dan dijadikan rujukan pimpinan",
]

CARA_MEMANTAU = [
    ("Laporan bulanan", "Aplikasi e-Kinerja", "Setiap akhir bulan"),
    ("Rekap kegiatan", "Buku agenda bidang", "Triwulanan"),
    ("Berita acara", "Arsip subbagian umum", "Setiap semester"),
    ("Daftar hadir dan notula", "Sekretariat", "Setiap kegiatan"),
]

BUTIR = {
    "Teknik Jalan dan Jembatan": [
        ("Melakukan pengawasan teknis pekerjaan jalan", "Laporan pengawasan", "0,045"),
        ("Menyusun gambar kerja jembatan sederhana", "Gambar kerja", "0,03"),
    ],
    "Penata Ruang": [
        ("Menyusun telaahan kesesuaian pemanfaatan ruang", "Telaahan", "0,06"),
        ("Melakukan survei lapangan pemanfaatan ruang", "Laporan survei", "0,04"),
    ],
    "Analis Keuangan Pusat dan Daerah": [
        ("Menganalisis laporan realisasi anggaran", "Hasil analisis", "0,072"),
        ("Menyusun rekomendasi pengelolaan kas", "Rekomendasi", "0,05"),
    ],
    "Pranata Komputer": [
        ("Melakukan pemeliharaan basis data", "Laporan pemeliharaan", "0,012"),
        ("Menyusun kamus data", "Kamus data", "0,03"),
    ],
    "Pengantar Kerja": [
        ("Melakukan verifikasi lowongan kerja", "Lowongan terverifikasi", "0,004"),
        ("Melakukan penyuluhan bimbingan jabatan", "Laporan penyuluhan", "0,025"),
    ],
    "Mediator Hubungan Industrial": [
        ("Melakukan mediasi perselisihan hubungan industrial", "Risalah mediasi", "0,15"),
        ("Menyusun anjuran tertulis", "Anjuran", "0,08"),
    ],
    "Perawat": [
        ("Melakukan pengkajian keperawatan", "Dokumen pengkajian", "0,004"),
        ("Melakukan dokumentasi tindakan keperawatan", "Catatan tindakan", "0,002"),
    ],
    "Apoteker": [
        ("Melakukan pengkajian resep", "Resep terkaji", "0,003"),
        ("Melakukan pelayanan informasi obat", "Catatan PIO", "0,005"),
    ],
    "Guru": [
        ("Menyusun modul ajar", "Modul ajar", "0,25"),
        ("Melaksanakan penilaian hasil belajar", "Daftar nilai", "0,5"),
    ],
    "Pustakawan": [
        ("Melakukan katalogisasi deskriptif", "Katalog", "0,005"),
        ("Melakukan klasifikasi bahan pustaka", "Data klasifikasi", "0,004"),
    ],
    "Peneliti": [
        ("Menyusun proposal penelitian", "Proposal", "0,5"),
        ("Mengolah data penelitian", "Data olahan", "0,3"),
    ],
    "Perencana": [
        ("Menyusun kerangka acuan kerja program", "KAK", "0,12"),
        ("Melakukan evaluasi rencana program", "Laporan evaluasi", "0,1"),
    ],
}

# JPT plans: (perspektif, RK, [(IKI, target, satuan, direction)]).
JPT_RENCANA = {
    "pupr": [
        (
            "Penerima Layanan",
            "Meningkatnya kemantapan jalan kabupaten",
            [("Persentase jalan kabupaten dalam kondisi mantap", 72.5, "%", "naik")],
        ),
        (
            "Proses Bisnis",
            "Meningkatnya ketepatan waktu penyelesaian paket konstruksi",
            [
                ("Persentase paket konstruksi selesai tepat waktu", 90, "%", "naik"),
                ("Rata-rata keterlambatan paket konstruksi", 14, "hari", "turun"),
            ],
        ),
        (
            "Penguatan Internal",
            "Meningkatnya kompetensi tenaga teknis dinas",
            [("Jumlah tenaga teknis bersertifikat keahlian", 25, "orang", "naik")],
        ),
        (
            "Anggaran",
            "Terwujudnya penyerapan anggaran belanja modal yang optimal",
            [("Persentase realisasi belanja modal", 95, "%", "naik")],
        ),
    ],
    "bpkad": [
        (
            "Penerima Layanan",
            "Opini BPK atas laporan keuangan daerah dipertahankan",
            [("Opini BPK atas LKPD", 1, "opini WTP", "naik")],
        ),
        (
            "Proses Bisnis",
            "Meningkatnya ketertiban penatausahaan aset daerah",
            [
                ("Persentase aset bersertifikat", 80, "%", "naik"),
                ("Waktu rekonsiliasi aset", 3, "bulan", "turun"),
            ],
        ),
        (
            "Penguatan Internal",
            "Meningkatnya kapasitas pengelola keuangan OPD",
            [("Jumlah pengelola keuangan yang dilatih", 84, "orang", "naik")],
        ),
        (
            "Anggaran",
            "Terkendalinya belanja operasional badan",
            [("Persentase efisiensi belanja operasional", 5, "%", "naik")],
        ),
    ],
    "disnaker": [
        (
            "Penerima Layanan",
            "Menurunnya tingkat pengangguran terbuka provinsi",
            [("Tingkat pengangguran terbuka", 4.8, "%", "turun")],
        ),
        (
            "Proses Bisnis",
            "Meningkatnya penyelesaian perselisihan hubungan industrial",
            [("Persentase perselisihan yang diselesaikan", 85, "%", "naik")],
        ),
        (
            "Penguatan Internal",
            "Meningkatnya kualitas layanan informasi pasar kerja",
            [("Indeks kepuasan layanan pasar kerja", 82, "nilai", "naik")],
        ),
        (
            "Anggaran",
            "Terwujudnya akuntabilitas anggaran dinas",
            [("Nilai SAKIP dinas", 75, "nilai", "naik")],
        ),
    ],
    "rsud": [
        (
            "Penerima Layanan",
            "Meningkatnya kepuasan pasien",
            [("Indeks kepuasan masyarakat terhadap layanan RSUD", 85, "nilai", "naik")],
        ),
        (
            "Proses Bisnis",
            "Meningkatnya mutu layanan klinis",
            [("Bed occupancy rate", 75, "%", "naik"), ("Waktu tunggu rawat jalan", 60, "menit", "turun")],
        ),
        (
            "Penguatan Internal",
            "Terpenuhinya standar akreditasi",
            [("Jumlah bab standar akreditasi terpenuhi", 16, "bab", "naik")],
        ),
        ("Anggaran", "Meningkatnya kemandirian keuangan BLUD", [("Cost recovery rate", 90, "%", "naik")]),
    ],
    "smp": [
        (
            "Penerima Layanan",
            "Meningkatnya mutu lulusan pendidikan dasar",
            [("Rata-rata nilai rapor pendidikan literasi", 70, "poin", "naik")],
        ),
        (
            "Proses Bisnis",
            "Meningkatnya layanan pendidikan yang merata",
            [("Angka partisipasi murni SMP", 88, "%", "naik")],
        ),
        (
            "Penguatan Internal",
            "Meningkatnya kompetensi pendidik",
            [("Persentase guru bersertifikat pendidik", 75, "%", "naik")],
        ),
        (
            "Anggaran",
            "Terwujudnya pengelolaan dana BOS yang akuntabel",
            [("Persentase sekolah yang laporan BOS-nya tepat waktu", 100, "%", "naik")],
        ),
    ],
    "brida": [
        (
            "Penerima Layanan",
            "Meningkatnya pemanfaatan hasil riset oleh perangkat daerah",
            [("Jumlah rekomendasi riset yang dimanfaatkan", 8, "rekomendasi", "naik")],
        ),
        (
            "Proses Bisnis",
            "Meningkatnya inovasi daerah",
            [
                ("Indeks inovasi daerah", 55, "nilai", "naik"),
                ("Jumlah inovasi yang diujicobakan", 12, "inovasi", "naik"),
            ],
        ),
        (
            "Penguatan Internal",
            "Meningkatnya kapasitas peneliti daerah",
            [("Jumlah peneliti yang mengikuti pelatihan", 15, "orang", "naik")],
        ),
        (
            "Anggaran",
            "Terwujudnya pengelolaan anggaran riset yang efisien",
            [("Persentase realisasi anggaran riset", 92, "%", "naik")],
        ),
    ],
}

MANUAL = {
    "deskripsi": "Rencana kinerja ini menggambarkan hasil yang ingin dicapai unit kerja pada tahun berjalan.",
    "definisi": "Ukuran keberhasilan yang dihitung dari data resmi unit kerja pada akhir periode.",
    "formula": "(Realisasi / Target) x 100%",
    "tujuan": "Mengukur keberhasilan pencapaian sasaran strategis unit kerja.",
    "satuan": None,  # the IKI's satuan
    "aspek": None,  # Kuantitas / Kualitas / Waktu from the IKI
    "kendali": "Sedang",
    "sumber": "Laporan kinerja unit kerja",
    "periode": "Triwulanan",
}

KOTA = {
    "Rawa Tenggara": "Sei Rampah Baru",
    "Bandar Layar": "Bandar Layar",
    "Tanjung Seberang": "Tanjung Seberang",
}
