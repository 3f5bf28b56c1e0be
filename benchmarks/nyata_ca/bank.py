"""Content bank of ``nyata_ca``: the fictional Pemerintah Kota Lembah Mandira, four of its offices, the
penilai (identity only) and twelve roles with their Rencana SKP 2026 (RK atasan, RK, IKI with aspek, kind and
target, cara memantau, butir kegiatan for JF, an optional Kinerja Tambahan)."""

from __future__ import annotations

KOTA = "Kota Lembah Mandira"
PEMKOT = "PEMERINTAH KOTA LEMBAH MANDIRA"

UNITS = {
    "dinkes": "Dinas Kesehatan",
    "dinsos": "Dinas Sosial",
    "dpu": "Dinas Pekerjaan Umum dan Penataan Ruang",
    "kec_mt": "Kecamatan Mandira Timur",
    "kec_sp": "Kecamatan Sungai Pinang",
}

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
}

# key: (nama, gender 1/2, birth (y, m, d), tmt (y, m), gol, jabatan, unit)
PENILAI = {
    "kabid_p2p": (
        "dr. Rahmania Sudarso, M.Kes",
        2,
        (1976, 3, 14),
        (2003, 4),
        "IV/a",
        "Kepala Bidang Pencegahan dan Pengendalian Penyakit",
        "dinkes",
    ),
    "kabid_kesmas": (
        "Hendra Wijayakusuma, S.K.M., M.P.H.",
        1,
        (1979, 8, 2),
        (2005, 2),
        "IV/a",
        "Kepala Bidang Kesehatan Masyarakat",
        "dinkes",
    ),
    "kasubbag_umum_dinkes": (
        "Sri Mulyaningsih, S.E.",
        2,
        (1981, 11, 23),
        (2006, 3),
        "III/d",
        "Kepala Subbagian Umum dan Kepegawaian",
        "dinkes",
    ),
    "kabid_linjamsos": (
        "Drs. Bambang Purwadi",
        1,
        (1972, 6, 30),
        (1998, 3),
        "IV/b",
        "Kepala Bidang Perlindungan dan Jaminan Sosial",
        "dinsos",
    ),
    "kabid_rehsos": (
        "Yuliana Kartikasari, S.Sos., M.Si.",
        2,
        (1978, 1, 9),
        (2004, 12),
        "IV/a",
        "Kepala Bidang Rehabilitasi Sosial",
        "dinsos",
    ),
    "kabid_binamarga": (
        "Ir. Agus Setiadharma, M.T.",
        1,
        (1974, 9, 17),
        (2000, 1),
        "IV/b",
        "Kepala Bidang Bina Marga",
        "dpu",
    ),
    "kabid_tataruang": (
        "Dewi Anggraeni Lestari, S.T., M.T.",
        2,
        (1980, 4, 5),
        (2006, 2),
        "IV/a",
        "Kepala Bidang Penataan Ruang",
        "dpu",
    ),
    "sekcam_mt": (
        "Muhammad Fauzan Harahap, S.STP., M.Si.",
        1,
        (1984, 12, 1),
        (2007, 9),
        "III/d",
        "Sekretaris Kecamatan Mandira Timur",
        "kec_mt",
    ),
    "sekcam_sp": (
        "Ratna Dewi Paramitha, S.IP.",
        2,
        (1982, 7, 19),
        (2008, 4),
        "III/d",
        "Sekretaris Kecamatan Sungai Pinang",
        "kec_sp",
    ),
}

PEGAWAI_NAMES = [
    ("Nur Aisyah Putri, S.K.M.", 2),
    ("Fajar Nugroho, A.Md.", 1),
    ("Siti Khadijah Lubis, S.Tr.Kes.", 2),
    ("Rizky Aditya Pratama, S.Kom.", 1),
    ("Maya Sari Handayani, S.Sos.", 2),
    ("Teguh Santoso, S.T.", 1),
    ("Wulan Oktaviani, S.E.", 2),
    ("Andi Saputra Siregar, S.H.", 1),
    ("Lestari Wahyuningsih, A.Md.Kes.", 2),
    ("Dimas Arya Wicaksono, S.T.", 1),
    ("Indah Permatasari, S.I.P.", 2),
    ("Yusuf Maulana Hakim, S.Tr.Sos.", 1),
    ("Rina Marlina, S.Pd.", 2),
    ("Galih Prakoso, S.Ars.", 1),
    ("Ayu Lestari Ningrum, S.Psi.", 2),
    ("Hafiz Ramadhan, A.Md.T.", 1),
]

# IKI: (aspek, text, kind, target, satuan); kind: hitung (naik), persen (naik), waktu (turun).
# RK: (rk atasan, rk, [iki], (data, sumber data, waktu pengumpulan), [(butir kegiatan, output, angka kredit)])
ROLES = {
    "pengelola_imunisasi": {
        "jenis": "ja",
        "unit": "dinkes",
        "penilai": "kabid_p2p",
        "gol": "III/a",
        "jabatan": "Pengelola Data Imunisasi",
        "rk": [
            (
                "Meningkatnya cakupan imunisasi dasar lengkap di Kota Lembah Mandira",
                "Data cakupan imunisasi dasar lengkap per kelurahan yang mutakhir",
                [
                    (
                        "Kuantitas",
                        "Jumlah laporan cakupan imunisasi per kelurahan yang tersusun",
                        "hitung",
                        24,
                        "laporan",
                    ),
                    ("Kualitas", "Persentase data imunisasi yang sesuai hasil validasi", "persen", 90, "%"),
                    ("Waktu", "Waktu penyampaian rekap cakupan imunisasi bulanan", "waktu", 10, "hari"),
                ],
                ("Rekap cakupan imunisasi", "Aplikasi ASIK dan laporan puskesmas", "Bulanan"),
            ),
            (
                "Terkendalinya penyakit yang dapat dicegah dengan imunisasi",
                "Rantai dingin vaksin di puskesmas yang terpantau",
                [
                    (
                        "Kuantitas",
                        "Jumlah puskesmas yang dipantau suhu penyimpanan vaksinnya",
                        "hitung",
                        20,
                        "puskesmas",
                    ),
                    ("Kualitas", "Persentase lemari es vaksin dengan suhu sesuai standar", "persen", 85, "%"),
                ],
                ("Catatan suhu lemari es vaksin", "Laporan pengelola vaksin puskesmas", "Triwulanan"),
            ),
        ],
    },
    "pengadministrasi_dinkes": {
        "jenis": "ja",
        "unit": "dinkes",
        "penilai": "kasubbag_umum_dinkes",
        "gol": "III/b",
        "jabatan": "Pengadministrasi Perkantoran",
        "rk": [
            (
                "Terselenggaranya administrasi umum dan kepegawaian yang tertib",
                "Surat masuk dan surat keluar dinas yang tercatat tertib",
                [
                    (
                        "Kuantitas",
                        "Jumlah agenda surat yang terekam dalam aplikasi persuratan",
                        "hitung",
                        48,
                        "agenda",
                    ),
                    ("Waktu", "Waktu pendistribusian disposisi surat", "waktu", 5, "hari"),
                ],
                ("Agenda surat", "Aplikasi persuratan elektronik", "Bulanan"),
            ),
            (
                "Tersedianya data kepegawaian yang akurat",
                "Berkas kepegawaian pegawai dinas yang mutakhir",
                [
                    ("Kuantitas", "Jumlah berkas kepegawaian yang dimutakhirkan", "hitung", 60, "berkas"),
                    ("Kualitas", "Persentase berkas kepegawaian yang lengkap", "persen", 90, "%"),
                    ("Waktu", "Waktu penyelesaian pemutakhiran berkas", "waktu", 10, "bulan"),
                ],
                ("Daftar berkas kepegawaian", "Arsip kepegawaian Subbagian Umum", "Semesteran"),
            ),
        ],
    },
    "pengelola_bansos": {
        "jenis": "ja",
        "unit": "dinsos",
        "penilai": "kabid_linjamsos",
        "gol": "III/a",
        "jabatan": "Pengelola Bantuan Sosial",
        "rk": [
            (
                "Meningkatnya ketepatan sasaran bantuan sosial",
                "Data penerima bantuan sosial yang terverifikasi",
                [
                    (
                        "Kuantitas",
                        "Jumlah kelurahan yang data penerima bantuannya terverifikasi",
                        "hitung",
                        20,
                        "kelurahan",
                    ),
                    ("Kualitas", "Persentase data penerima bantuan yang padan dengan NIK", "persen", 85, "%"),
                    ("Waktu", "Waktu penyampaian hasil verifikasi", "waktu", 10, "hari"),
                ],
                ("Berita acara verifikasi", "Aplikasi SIKS-NG", "Triwulanan"),
            ),
            (
                "Tersalurkannya bantuan sosial tepat waktu",
                "Laporan penyaluran bantuan sosial yang lengkap",
                [
                    ("Kuantitas", "Jumlah laporan penyaluran bantuan yang tersusun", "hitung", 12, "laporan"),
                    ("Waktu", "Waktu penyampaian laporan penyaluran", "waktu", 7, "hari"),
                ],
                ("Laporan penyaluran", "Bank penyalur dan pendamping sosial", "Bulanan"),
            ),
        ],
    },
    "kasubbag_keuangan_dinsos": {
        "jenis": "ja",
        "unit": "dinsos",
        "penilai": "kabid_linjamsos",
        "gol": "III/d",
        "jabatan": "Kepala Subbagian Keuangan",
        "rk": [
            (
                "Terwujudnya pengelolaan keuangan dinas yang akuntabel",
                "Laporan keuangan dinas yang tersaji tepat waktu",
                [
                    ("Kuantitas", "Jumlah laporan keuangan bulanan yang tersusun", "hitung", 12, "laporan"),
                    ("Kualitas", "Persentase belanja yang didukung bukti lengkap", "persen", 90, "%"),
                    ("Waktu", "Waktu penyampaian laporan keuangan", "waktu", 10, "hari"),
                ],
                ("Laporan keuangan", "Aplikasi SIPD", "Bulanan"),
            ),
            (
                "Meningkatnya kualitas perencanaan anggaran dinas",
                "Dokumen anggaran dinas yang tersusun sesuai pagu",
                [
                    ("Kuantitas", "Jumlah dokumen anggaran yang tersusun", "hitung", 20, "dokumen"),
                    ("Kualitas", "Persentase dokumen anggaran tanpa revisi", "persen", 80, "%"),
                ],
                ("Dokumen RKA dan DPA", "Aplikasi SIPD", "Semesteran"),
            ),
            (
                "Terwujudnya pengelolaan keuangan dinas yang akuntabel",
                "Tindak lanjut temuan pemeriksaan keuangan yang tuntas",
                [
                    (
                        "Kuantitas",
                        "Jumlah rekomendasi pemeriksaan yang ditindaklanjuti",
                        "hitung",
                        20,
                        "rekomendasi",
                    ),
                    ("Waktu", "Waktu penyelesaian tindak lanjut", "waktu", 14, "hari"),
                ],
                ("Matriks tindak lanjut", "Inspektorat Kota", "Triwulanan"),
            ),
        ],
    },
    "pengelola_jalan": {
        "jenis": "ja",
        "unit": "dpu",
        "penilai": "kabid_binamarga",
        "gol": "III/b",
        "jabatan": "Pengelola Pemeliharaan Jalan",
        "rk": [
            (
                "Meningkatnya kemantapan jalan kota",
                "Data kondisi ruas jalan kota yang mutakhir",
                [
                    ("Kuantitas", "Jumlah ruas jalan yang disurvei kondisinya", "hitung", 40, "ruas"),
                    ("Kualitas", "Persentase data survei yang lolos verifikasi", "persen", 90, "%"),
                    ("Waktu", "Waktu penyampaian rekap kondisi jalan", "waktu", 10, "hari"),
                ],
                ("Formulir survei kondisi jalan", "Tim survei lapangan", "Semesteran"),
            ),
            (
                "Terpeliharanya jalan kota secara rutin",
                "Kerusakan jalan yang dilaporkan masyarakat tertangani",
                [
                    ("Kuantitas", "Jumlah titik kerusakan jalan yang tertangani", "hitung", 100, "titik"),
                    ("Waktu", "Waktu penanganan laporan kerusakan", "waktu", 7, "hari"),
                ],
                ("Rekap aduan kerusakan jalan", "Kanal aduan kota dan UPT pemeliharaan", "Bulanan"),
            ),
        ],
    },
    "kasi_pelayanan_mt": {
        "jenis": "ja",
        "unit": "kec_mt",
        "penilai": "sekcam_mt",
        "gol": "III/c",
        "jabatan": "Kepala Seksi Pelayanan Umum",
        "rk": [
            (
                "Meningkatnya kualitas pelayanan administrasi kecamatan",
                "Permohonan layanan administrasi di kecamatan terselesaikan",
                [
                    ("Kuantitas", "Jumlah permohonan layanan yang diselesaikan", "hitung", 100, "permohonan"),
                    ("Kualitas", "Persentase pemohon yang menyatakan puas", "persen", 85, "%"),
                    ("Waktu", "Waktu penyelesaian permohonan layanan", "waktu", 5, "hari"),
                ],
                ("Register layanan", "Aplikasi antrean dan survei kepuasan", "Bulanan"),
            ),
            (
                "Meningkatnya kualitas pelayanan administrasi kecamatan",
                "Standar pelayanan kecamatan yang terpublikasi",
                [
                    (
                        "Kuantitas",
                        "Jumlah jenis layanan yang standar pelayanannya terpublikasi",
                        "hitung",
                        12,
                        "jenis layanan",
                    ),
                    ("Waktu", "Waktu publikasi standar pelayanan", "waktu", 10, "bulan"),
                ],
                ("Dokumen standar pelayanan", "Laman dan papan informasi kecamatan", "Semesteran"),
            ),
        ],
    },
    "pengadministrasi_sp": {
        "jenis": "ja",
        "unit": "kec_sp",
        "penilai": "sekcam_sp",
        "gol": "II/d",
        "jabatan": "Pengadministrasi Kependudukan",
        "rk": [
            (
                "Tertibnya administrasi kependudukan di kecamatan",
                "Berkas permohonan dokumen kependudukan yang terverifikasi",
                [
                    ("Kuantitas", "Jumlah berkas permohonan yang terverifikasi", "hitung", 100, "berkas"),
                    ("Kualitas", "Persentase berkas yang lengkap saat diteruskan", "persen", 90, "%"),
                    ("Waktu", "Waktu penerusan berkas ke Disdukcapil", "waktu", 5, "hari"),
                ],
                ("Register berkas", "Buku register pelayanan kecamatan", "Bulanan"),
            ),
            (
                "Tertibnya administrasi kependudukan di kecamatan",
                "Rekap data mutasi penduduk per kelurahan yang tersusun",
                [
                    ("Kuantitas", "Jumlah rekap mutasi penduduk yang tersusun", "hitung", 12, "rekap"),
                    ("Waktu", "Waktu penyampaian rekap mutasi", "waktu", 10, "hari"),
                ],
                ("Rekap mutasi", "Laporan kelurahan", "Bulanan"),
            ),
        ],
    },
    "epidemiolog": {
        "jenis": "jf",
        "unit": "dinkes",
        "penilai": "kabid_p2p",
        "gol": "III/c",
        "jabatan": "Epidemiolog Kesehatan Ahli Muda",
        "jenjang": ("III/c", "III/d"),
        "salah_gol": "III/b",
        "rk": [
            (
                "Terkendalinya penyakit menular di Kota Lembah Mandira",
                "Kajian epidemiologi penyakit menular prioritas yang tersusun",
                [
                    ("Kuantitas", "Jumlah kajian epidemiologi yang tersusun", "hitung", 12, "kajian"),
                    ("Kualitas", "Persentase rekomendasi kajian yang diterima pimpinan", "persen", 80, "%"),
                    ("Waktu", "Waktu penyelesaian kajian", "waktu", 10, "bulan"),
                ],
                ("Dokumen kajian", "Bidang P2P", "Triwulanan"),
                [
                    ("Melakukan analisis data epidemiologi", "Dokumen analisis", "0,320"),
                    ("Menyusun rekomendasi pengendalian", "Dokumen rekomendasi", "0,450"),
                ],
            ),
            (
                "Terlaksananya sistem kewaspadaan dini dan respons",
                "Sinyal kejadian luar biasa yang terverifikasi",
                [
                    ("Kuantitas", "Jumlah sinyal SKDR yang diverifikasi", "hitung", 40, "sinyal"),
                    ("Waktu", "Waktu verifikasi sinyal", "waktu", 5, "hari"),
                ],
                ("Laporan SKDR", "Aplikasi SKDR", "Mingguan"),
                [("Melakukan verifikasi sinyal kewaspadaan dini", "Laporan verifikasi", "0,060")],
            ),
        ],
    },
    "sanitarian": {
        "jenis": "jf",
        "unit": "dinkes",
        "penilai": "kabid_kesmas",
        "gol": "II/c",
        "jabatan": "Sanitarian Terampil",
        "jenjang": ("II/b", "II/d"),
        "salah_gol": "III/a",
        "rk": [
            (
                "Meningkatnya kualitas kesehatan lingkungan permukiman",
                "Tempat pengelolaan pangan yang memenuhi syarat kesehatan",
                [
                    ("Kuantitas", "Jumlah tempat pengelolaan pangan yang diinspeksi", "hitung", 60, "tempat"),
                    ("Kualitas", "Persentase hasil inspeksi yang terdokumentasi lengkap", "persen", 90, "%"),
                ],
                ("Formulir inspeksi", "Bidang Kesehatan Masyarakat", "Bulanan"),
                [("Melakukan inspeksi kesehatan lingkungan", "Laporan inspeksi", "0,010")],
            ),
            (
                "Meningkatnya kualitas kesehatan lingkungan permukiman",
                "Sampel air minum yang teruji kualitasnya",
                [
                    ("Kuantitas", "Jumlah sampel air minum yang diuji", "hitung", 48, "sampel"),
                    ("Waktu", "Waktu penyampaian hasil uji", "waktu", 14, "hari"),
                ],
                ("Hasil uji laboratorium", "Labkesda", "Triwulanan"),
                [("Melakukan pengambilan sampel air", "Berita acara sampel", "0,008")],
            ),
        ],
    },
    "pekerja_sosial": {
        "jenis": "jf",
        "unit": "dinsos",
        "penilai": "kabid_rehsos",
        "gol": "III/a",
        "jabatan": "Pekerja Sosial Ahli Pertama",
        "jenjang": ("III/a", "III/b"),
        "salah_gol": "III/c",
        "rk": [
            (
                "Meningkatnya keberfungsian sosial penyandang masalah kesejahteraan sosial",
                "Klien rehabilitasi sosial yang memperoleh rencana intervensi",
                [
                    ("Kuantitas", "Jumlah klien yang diasesmen", "hitung", 40, "klien"),
                    (
                        "Kualitas",
                        "Persentase rencana intervensi yang disetujui supervisor",
                        "persen",
                        85,
                        "%",
                    ),
                    ("Waktu", "Waktu penyelesaian asesmen", "waktu", 7, "hari"),
                ],
                ("Berkas asesmen klien", "Bidang Rehabilitasi Sosial", "Bulanan"),
                [
                    ("Melakukan asesmen klien", "Laporan asesmen", "0,024"),
                    ("Menyusun rencana intervensi", "Dokumen rencana", "0,030"),
                ],
            ),
            (
                "Terlaksananya rujukan sosial yang tepat",
                "Klien yang terujuk ke layanan lanjutan",
                [
                    ("Kuantitas", "Jumlah klien yang dirujuk", "hitung", 20, "klien"),
                    ("Kualitas", "Persentase rujukan yang diterima lembaga tujuan", "persen", 90, "%"),
                ],
                ("Surat rujukan", "Lembaga layanan rujukan", "Triwulanan"),
                [("Melakukan rujukan klien", "Surat rujukan", "0,015")],
            ),
        ],
    },
    "teknik_jalan": {
        "jenis": "jf",
        "unit": "dpu",
        "penilai": "kabid_binamarga",
        "gol": "III/b",
        "jabatan": "Teknik Jalan dan Jembatan Ahli Pertama",
        "jenjang": ("III/a", "III/b"),
        "salah_gol": "IV/a",
        "rk": [
            (
                "Meningkatnya kemantapan jalan kota",
                "Dokumen teknis rehabilitasi jalan yang siap dilelang",
                [
                    ("Kuantitas", "Jumlah dokumen perencanaan teknis yang tersusun", "hitung", 12, "dokumen"),
                    ("Kualitas", "Persentase dokumen tanpa koreksi reviu", "persen", 80, "%"),
                    ("Waktu", "Waktu penyelesaian dokumen teknis", "waktu", 10, "bulan"),
                ],
                ("Dokumen DED", "Bidang Bina Marga", "Triwulanan"),
                [
                    ("Menyusun perhitungan teknis jalan", "Dokumen perhitungan", "0,200"),
                    ("Menyusun gambar rencana", "Gambar teknis", "0,150"),
                ],
            ),
            (
                "Terwujudnya mutu pekerjaan jalan sesuai spesifikasi",
                "Pekerjaan jalan yang teruji mutunya",
                [
                    ("Kuantitas", "Jumlah paket pekerjaan yang diuji mutu", "hitung", 20, "paket"),
                    ("Waktu", "Waktu penyampaian laporan uji mutu", "waktu", 7, "hari"),
                ],
                ("Laporan uji mutu", "Laboratorium bahan DPUPR", "Bulanan"),
                [("Melakukan pengujian mutu perkerasan", "Laporan uji", "0,080")],
            ),
        ],
    },
    "penata_ruang": {
        "jenis": "jf",
        "unit": "dpu",
        "penilai": "kabid_tataruang",
        "gol": "III/d",
        "jabatan": "Penata Ruang Ahli Muda",
        "jenjang": ("III/c", "III/d"),
        "salah_gol": "IV/b",
        "rk": [
            (
                "Meningkatnya kesesuaian pemanfaatan ruang",
                "Rekomendasi kesesuaian kegiatan pemanfaatan ruang yang terbit",
                [
                    ("Kuantitas", "Jumlah rekomendasi KKPR yang tersusun", "hitung", 48, "rekomendasi"),
                    ("Waktu", "Waktu penyelesaian rekomendasi", "waktu", 10, "hari"),
                ],
                ("Register KKPR", "Aplikasi OSS dan Bidang Penataan Ruang", "Bulanan"),
                [("Menyusun kajian kesesuaian ruang", "Dokumen kajian", "0,125")],
            ),
            (
                "Meningkatnya kesesuaian pemanfaatan ruang",
                "Pelanggaran pemanfaatan ruang yang terinventarisasi",
                [
                    ("Kuantitas", "Jumlah lokasi yang diawasi pemanfaatan ruangnya", "hitung", 24, "lokasi"),
                    ("Kualitas", "Persentase hasil pengawasan yang ditindaklanjuti", "persen", 80, "%"),
                ],
                ("Berita acara pengawasan", "Tim pengawasan ruang", "Triwulanan"),
                [("Melakukan pengawasan pemanfaatan ruang", "Laporan pengawasan", "0,090")],
            ),
        ],
    },
    "arsiparis_mt": {
        "jenis": "jf",
        "unit": "kec_mt",
        "penilai": "sekcam_mt",
        "gol": "III/a",
        "jabatan": "Arsiparis Mahir",
        "jenjang": ("III/a", "III/b"),
        "salah_gol": "II/c",
        "rk": [
            (
                "Tertibnya pengelolaan arsip kecamatan",
                "Arsip dinamis kecamatan yang tertata",
                [
                    ("Kuantitas", "Jumlah berkas arsip yang ditata", "hitung", 100, "berkas"),
                    ("Kualitas", "Persentase arsip yang terdaftar dalam daftar arsip", "persen", 90, "%"),
                    ("Waktu", "Waktu penataan arsip", "waktu", 10, "bulan"),
                ],
                ("Daftar arsip", "Unit kearsipan kecamatan", "Triwulanan"),
                [("Melakukan pemberkasan arsip aktif", "Daftar berkas", "0,004")],
            ),
            (
                "Tertibnya pengelolaan arsip kecamatan",
                "Arsip inaktif yang siap dipindahkan ke lembaga kearsipan",
                [
                    ("Kuantitas", "Jumlah boks arsip inaktif yang tertata", "hitung", 40, "boks"),
                    ("Waktu", "Waktu penyelesaian daftar arsip usul pindah", "waktu", 10, "bulan"),
                ],
                ("Daftar arsip usul pindah", "Unit kearsipan kecamatan", "Semesteran"),
                [("Melakukan penataan arsip inaktif", "Boks arsip", "0,005")],
            ),
        ],
    },
}

# Kinerja Tambahan written on some files: (rk, iki, target, satuan)
KT = [
    (
        "Sertifikat pelatihan pengelolaan data terpadu",
        "Jumlah sertifikat pelatihan yang diperoleh",
        1,
        "sertifikat",
    ),
    (
        "Keikutsertaan dalam tim penanganan bencana kota terdokumentasi",
        "Jumlah laporan kegiatan tim yang tersusun",
        4,
        "laporan",
    ),
    (
        "Bahan paparan inovasi pelayanan untuk lomba tingkat kota",
        "Jumlah bahan paparan yang tersusun",
        2,
        "dokumen",
    ),
]

PERILAKU = ["Orientasi Pelayanan", "Komitmen", "Inisiatif Kerja", "Kerja Sama", "Kepemimpinan"]

BUKTI = [
    "https://drive.lembahmandira.go.id/skp/{nip}/rk{r}-iki{i}",
    "Laporan {x} (arsip digital)",
    "SK Kepala Dinas dan notulen",
    "Rekap aplikasi, cetak {x}",
]
