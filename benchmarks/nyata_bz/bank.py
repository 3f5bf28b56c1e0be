"""Content bank of the held-out set ``nyata_bz``: the fictional Pemerintah Provinsi Teluk Sendana (ibu kota
Kota Sendana), its Dinas Kelautan dan Perikanan, Dinas Tenaga Kerja dan Transmigrasi, Biro Umum Sekretariat
Daerah and the UPTD Balai Latihan Kerja. Written for this set from SPEC alone.

An IKI is ``(aspek, text, kind, target, satuan)``: ``kind`` is ``hitung`` (a count with its satuan),
``persen`` or ``waktu`` (lower is better, hari/bulan). Counts and times are mostly multiples of ten and
percentages at most 85 so that every Penilaian category can be reached with whole realisasi (SPEC §6).
"""

from __future__ import annotations

PROVINSI = "PROVINSI TELUK SENDANA"
KOTA = "Kota Sendana"

UNITS = {
    "dkp": "Dinas Kelautan dan Perikanan Provinsi Teluk Sendana",
    "naker": "Dinas Tenaga Kerja dan Transmigrasi Provinsi Teluk Sendana",
    "biro": "Biro Umum Sekretariat Daerah Provinsi Teluk Sendana",
    "blk": "UPTD Balai Latihan Kerja Dinas Tenaga Kerja dan Transmigrasi",
}

# people who only rate (never submit here)
GUBERNUR = {
    "nama": "Drs. H. Syamsul Bahri Lamato, M.Si.",
    "nip": "-",
    "pangkat": "-",
    "jabatan": "Gubernur Teluk Sendana",
    "unit": "Pemerintah Provinsi Teluk Sendana",
}
SEKDA = {
    "nama": "Dr. Ir. Rusdiana Pattiasina, M.T.",
    "nip": "19700411 199503 2 002",
    "gol": "IV/d",
    "jabatan": "Sekretaris Daerah Provinsi Teluk Sendana",
    "unit": "Sekretariat Daerah Provinsi Teluk Sendana",
}

PERSPEKTIF = ["Penerima Layanan (Stakeholder)", "Proses Bisnis", "Penguatan Internal", "Anggaran"]

# role key → definition. rk: Kinerja Utama RK (text, [atasan index], [iki…], [butir…]); kt: one
# Kinerja Tambahan RK or None.
ROLES: dict[str, dict] = {
    # ---------------------------------------------------------------- JPT
    "kadis_dkp": {
        "jenis": "jpt",
        "jabatan": "Kepala Dinas Kelautan dan Perikanan",
        "unit": "dkp",
        "gol": "IV/c",
        "penilai": "gubernur",
        "nama": "Ir. Abdul Wahid Karamoy, M.Si.",
        "rk": [
            (
                "Meningkatnya produksi perikanan tangkap dan budidaya provinsi",
                [
                    ("", "Jumlah produksi perikanan tangkap", "hitung", 60, "ribu ton"),
                    ("", "Persentase kenaikan nilai tukar nelayan", "persen", 5, "%"),
                ],
            ),
            (
                "Meningkatnya kualitas tata kelola pengawasan sumber daya kelautan",
                [
                    (
                        "",
                        "Persentase pelanggaran pemanfaatan ruang laut yang ditindaklanjuti",
                        "persen",
                        80,
                        "%",
                    )
                ],
            ),
            (
                "Meningkatnya kapasitas aparatur kelautan dan perikanan",
                [("", "Indeks profesionalitas ASN dinas", "hitung", 80, "poin")],
            ),
            (
                "Akuntabilitas anggaran dinas yang meningkat",
                [("", "Persentase realisasi anggaran dinas", "persen", 85, "%")],
            ),
        ],
        "kt": (
            "Keterlibatan dalam Satgas penanganan abrasi pesisir terdokumentasi",
            [("", "Jumlah rapat satgas yang diikuti", "hitung", 10, "kali")],
        ),
    },
    "kadis_naker": {
        "jenis": "jpt",
        "jabatan": "Kepala Dinas Tenaga Kerja dan Transmigrasi",
        "unit": "naker",
        "gol": "IV/c",
        "penilai": "sekda",
        "nama": "Dra. Hj. Nurfaidah Latuconsina, M.M.",
        "rk": [
            (
                "Meningkatnya penempatan tenaga kerja lulusan pelatihan",
                [
                    ("", "Jumlah pencari kerja yang ditempatkan", "hitung", 1500, "orang"),
                    ("", "Persentase lulusan pelatihan yang bekerja", "persen", 60, "%"),
                ],
            ),
            (
                "Meningkatnya mutu layanan pelatihan dan penempatan tenaga kerja",
                [("", "Jumlah paket pelatihan berbasis kompetensi yang terlaksana", "hitung", 40, "paket")],
            ),
            (
                "Terwujudnya hubungan industrial yang harmonis",
                [
                    (
                        "",
                        "Persentase perselisihan hubungan industrial yang selesai melalui mediasi",
                        "persen",
                        75,
                        "%",
                    )
                ],
            ),
            (
                "Anggaran dinas yang dikelola secara akuntabel",
                [("", "Persentase realisasi anggaran dinas", "persen", 85, "%")],
            ),
        ],
        "kt": None,
    },
    "karo_umum": {
        "jenis": "jpt",
        "jabatan": "Kepala Biro Umum",
        "unit": "biro",
        "gol": "IV/b",
        "penilai": "sekda",
        "nama": "Marthen Luther Sahetapy, S.H., M.H.",
        "rk": [
            (
                "Meningkatnya kepuasan pimpinan atas layanan kerumahtanggaan",
                [("", "Indeks kepuasan layanan kerumahtanggaan pimpinan", "hitung", 80, "poin")],
            ),
            (
                "Meningkatnya tertib administrasi barang milik daerah sekretariat",
                [("", "Persentase barang milik daerah yang tercatat dan berlabel", "persen", 85, "%")],
            ),
            (
                "Meningkatnya kualitas pengelolaan arsip sekretariat daerah",
                [("", "Jumlah unit kerja dengan arsip tertata", "hitung", 20, "unit kerja")],
            ),
            (
                "Belanja biro yang terserap sesuai rencana",
                [("", "Persentase realisasi belanja biro", "persen", 85, "%")],
            ),
        ],
        "kt": (
            "Keikutsertaan dalam pelatihan kepemimpinan nasional terdokumentasi",
            [("", "Jumlah sertifikat pelatihan yang diperoleh", "hitung", 10, "sertifikat")],
        ),
    },
    # ---------------------------------------------------------------- JA
    "kabid_tangkap": {
        "jenis": "ja",
        "jabatan": "Kepala Bidang Perikanan Tangkap",
        "unit": "dkp",
        "gol": "IV/a",
        "penilai": "kadis_dkp",
        "nama": "Yohanis Rumbiak, S.Pi., M.Si.",
        "rk": [
            (
                "Meningkatnya jumlah nelayan yang memiliki izin kapal perikanan",
                0,
                [
                    ("Kuantitas", "Jumlah kapal perikanan yang memperoleh izin", "hitung", 120, "kapal"),
                    ("Kualitas", "Persentase izin kapal yang terbit tanpa koreksi", "persen", 85, "%"),
                    ("Waktu", "Waktu penerbitan rekomendasi izin kapal", "waktu", 10, "hari"),
                ],
            ),
            (
                "Data produksi perikanan tangkap yang valid tersedia",
                0,
                [
                    (
                        "Kuantitas",
                        "Jumlah laporan statistik produksi perikanan tangkap",
                        "hitung",
                        20,
                        "laporan",
                    ),
                    (
                        "Waktu",
                        "Waktu penyampaian laporan statistik setelah akhir triwulan",
                        "waktu",
                        20,
                        "hari",
                    ),
                ],
            ),
        ],
        "kt": None,
    },
    "kabid_penta": {
        "jenis": "ja",
        "jabatan": "Kepala Bidang Penempatan Tenaga Kerja dan Transmigrasi",
        "unit": "naker",
        "gol": "IV/a",
        "penilai": "kadis_naker",
        "nama": "Ahmad Rivai Tomagola, S.E., M.Si.",
        "rk": [
            (
                "Meningkatnya pencari kerja yang terserap lowongan kerja",
                0,
                [
                    (
                        "Kuantitas",
                        "Jumlah pencari kerja yang ditempatkan melalui bursa kerja",
                        "hitung",
                        800,
                        "orang",
                    ),
                    ("Kualitas", "Persentase lowongan kerja terdaftar yang terisi", "persen", 70, "%"),
                ],
            ),
            (
                "Layanan antarkerja antardaerah yang tepat waktu",
                1,
                [
                    (
                        "Kuantitas",
                        "Jumlah rekomendasi antarkerja antardaerah yang diterbitkan",
                        "hitung",
                        60,
                        "rekomendasi",
                    ),
                    ("Waktu", "Waktu penerbitan rekomendasi antarkerja", "waktu", 10, "hari"),
                ],
            ),
        ],
        "kt": (
            "Tersusunnya bahan ajar kelas pelayanan publik bagi pegawai baru",
            [("Kuantitas", "Jumlah modul bahan ajar yang tersusun", "hitung", 10, "modul")],
        ),
    },
    "kabag_rt": {
        "jenis": "ja",
        "jabatan": "Kepala Bagian Rumah Tangga",
        "unit": "biro",
        "gol": "III/d",
        "penilai": "karo_umum",
        "nama": "Sitti Maryam Ladjide, S.Sos., M.AP.",
        "rk": [
            (
                "Layanan kerumahtanggaan rumah jabatan pimpinan yang memuaskan",
                0,
                [
                    (
                        "Kuantitas",
                        "Jumlah permintaan layanan rumah jabatan yang terpenuhi",
                        "hitung",
                        240,
                        "permintaan",
                    ),
                    ("Kualitas", "Persentase pimpinan yang menyatakan puas", "persen", 85, "%"),
                    ("Waktu", "Waktu penanganan permintaan perbaikan rumah jabatan", "waktu", 10, "hari"),
                ],
            ),
            (
                "Kendaraan dinas sekretariat yang laik jalan",
                1,
                [
                    (
                        "Kuantitas",
                        "Jumlah kendaraan dinas yang terpelihara sesuai jadwal",
                        "hitung",
                        40,
                        "unit",
                    ),
                    ("Kualitas", "Persentase kendaraan dinas yang laik jalan", "persen", 85, "%"),
                ],
            ),
        ],
        "kt": None,
    },
    "ka_uptd_blk": {
        "jenis": "ja",
        "jabatan": "Kepala UPTD Balai Latihan Kerja",
        "unit": "blk",
        "gol": "III/d",
        "penilai": "kadis_naker",
        "nama": "Fransiskus Xaverius Lamabelawa, S.T., M.T.",
        "rk": [
            (
                "Lulusan pelatihan berbasis kompetensi yang tersertifikasi",
                1,
                [
                    (
                        "Kuantitas",
                        "Jumlah peserta pelatihan yang lulus uji kompetensi",
                        "hitung",
                        320,
                        "orang",
                    ),
                    ("Kualitas", "Persentase peserta yang lulus uji kompetensi", "persen", 80, "%"),
                ],
            ),
            (
                "Sarana praktik balai latihan kerja yang siap pakai",
                1,
                [
                    ("Kuantitas", "Jumlah bengkel praktik yang terpelihara", "hitung", 10, "bengkel"),
                    ("Waktu", "Waktu perbaikan peralatan praktik yang rusak", "waktu", 20, "hari"),
                ],
            ),
        ],
        "kt": None,
    },
    "kasubag_tu_blk": {
        "jenis": "ja",
        "jabatan": "Kepala Subbagian Tata Usaha UPTD Balai Latihan Kerja",
        "unit": "blk",
        "gol": "III/c",
        "penilai": "ka_uptd_blk",
        "nama": "Rahmawati Hi. Usman, S.E.",
        "rk": [
            (
                "Laporan keuangan balai yang tersusun tepat waktu",
                0,
                [
                    ("Kuantitas", "Jumlah laporan keuangan bulanan balai", "hitung", 10, "laporan"),
                    ("Waktu", "Waktu penyampaian laporan keuangan setelah akhir bulan", "waktu", 10, "hari"),
                ],
            ),
            (
                "Data peserta pelatihan yang mutakhir",
                0,
                [
                    ("Kuantitas", "Jumlah angkatan pelatihan yang datanya terekam", "hitung", 30, "angkatan"),
                    ("Kualitas", "Persentase data peserta yang lengkap", "persen", 85, "%"),
                ],
            ),
        ],
        "kt": (
            "Keanggotaan dalam tim pengelola website balai terdokumentasi",
            [("Kuantitas", "Jumlah berita kegiatan yang terbit di website", "hitung", 20, "berita")],
        ),
    },
    "pengadm_rt": {
        "jenis": "ja",
        "jabatan": "Pengadministrasi Perkantoran",
        "unit": "biro",
        "gol": "II/c",
        "penilai": "kabag_rt",
        "nama": "Yuliana Pelamonia",
        "rk": [
            (
                "Permintaan layanan rumah jabatan tercatat dan tertindaklanjuti",
                0,
                [
                    (
                        "Kuantitas",
                        "Jumlah permintaan layanan yang tercatat di buku agenda",
                        "hitung",
                        240,
                        "permintaan",
                    ),
                    ("Waktu", "Waktu penerusan permintaan kepada petugas", "waktu", 2, "hari"),
                ],
            ),
            (
                "Jadwal pemeliharaan kendaraan dinas yang terdokumentasi",
                1,
                [
                    ("Kuantitas", "Jumlah kartu pemeliharaan kendaraan yang mutakhir", "hitung", 40, "kartu"),
                    ("Kualitas", "Persentase kartu pemeliharaan tanpa koreksi", "persen", 85, "%"),
                ],
            ),
        ],
        "kt": None,
    },
    "pengolah_tangkap": {
        "jenis": "ja",
        "jabatan": "Pengolah Data dan Informasi",
        "unit": "dkp",
        "gol": "III/a",
        "penilai": "kabid_tangkap",
        "nama": "Muhammad Fadli Tuasikal, S.Kom.",
        "rk": [
            (
                "Data produksi perikanan tangkap per pelabuhan yang terekap dan valid",
                1,
                [
                    ("Kuantitas", "Jumlah rekap data produksi per pelabuhan", "hitung", 60, "rekap"),
                    ("Kualitas", "Persentase rekap yang lolos verifikasi", "persen", 85, "%"),
                    ("Waktu", "Waktu penyelesaian rekap setelah akhir bulan", "waktu", 10, "hari"),
                ],
            ),
            (
                "Basis data izin kapal perikanan yang mutakhir",
                0,
                [("Kuantitas", "Jumlah data izin kapal yang dimutakhirkan", "hitung", 120, "data")],
            ),
        ],
        "kt": None,
    },
    # ---------------------------------------------------------------- JF
    "instruktur_muda": {
        "jenis": "jf",
        "jabatan": "Instruktur Ahli Muda",
        "unit": "blk",
        "gol": "III/c",
        "penilai": "ka_uptd_blk",
        "nama": "Benediktus Seran, S.Pd., M.Pd.",
        "rk": [
            (
                "Peserta pelatihan kejuruan las yang kompeten",
                0,
                [
                    (
                        "Kuantitas",
                        "Jumlah peserta pelatihan las yang dinyatakan kompeten",
                        "hitung",
                        80,
                        "orang",
                    ),
                    ("Kualitas", "Persentase peserta yang kompeten pada uji pertama", "persen", 80, "%"),
                ],
                [("Melaksanakan pelatihan kejuruan tingkat lanjut", "Jam pelajaran", "0,060")],
            ),
            (
                "Program pelatihan kejuruan las yang tervalidasi",
                0,
                [
                    ("Kuantitas", "Jumlah program pelatihan yang tervalidasi", "hitung", 10, "program"),
                    ("Waktu", "Waktu penyelesaian validasi program", "waktu", 30, "hari"),
                ],
                [("Menyusun program pelatihan", "Program pelatihan", "0,150")],
            ),
        ],
        "kt": None,
    },
    "instruktur_mahir": {
        "jenis": "jf",
        "jabatan": "Instruktur Mahir",
        "unit": "blk",
        "gol": "III/a",
        "penilai": "ka_uptd_blk",
        "nama": "Gregorius Kewa Making",
        "rk": [
            (
                "Peserta pelatihan otomotif yang terampil",
                0,
                [
                    ("Kuantitas", "Jumlah peserta pelatihan otomotif yang lulus", "hitung", 60, "orang"),
                    ("Kualitas", "Persentase peserta lulus tanpa remedial", "persen", 75, "%"),
                ],
                [("Melaksanakan pelatihan tingkat dasar", "Jam pelajaran", "0,020")],
            ),
            (
                "Peralatan praktik otomotif yang siap pakai",
                1,
                [
                    ("Kuantitas", "Jumlah peralatan praktik yang terkalibrasi", "hitung", 30, "unit"),
                    ("Waktu", "Waktu penyiapan peralatan sebelum kelas dimulai", "waktu", 10, "hari"),
                ],
                [("Menyiapkan peralatan dan bahan praktik", "Daftar peralatan", "0,010")],
            ),
        ],
        "kt": None,
    },
    "pengawas_ikan": {
        "jenis": "jf",
        "jabatan": "Pengawas Perikanan Ahli Pertama",
        "unit": "dkp",
        "gol": "III/b",
        "penilai": "kabid_tangkap",
        "nama": "Nurhayati Bachmid, S.Pi.",
        "rk": [
            (
                "Kapal perikanan yang patuh terhadap izin penangkapan",
                0,
                [
                    (
                        "Kuantitas",
                        "Jumlah kapal perikanan yang diperiksa kepatuhannya",
                        "hitung",
                        150,
                        "kapal",
                    ),
                    ("Kualitas", "Persentase hasil pemeriksaan yang ditindaklanjuti", "persen", 85, "%"),
                    ("Waktu", "Waktu penyampaian laporan hasil pemeriksaan", "waktu", 10, "hari"),
                ],
                [("Melakukan pemeriksaan kapal perikanan", "Laporan pemeriksaan", "0,025")],
            ),
            (
                "Hasil tangkapan yang terverifikasi asal-usulnya",
                1,
                [("Kuantitas", "Jumlah dokumen hasil tangkapan yang diverifikasi", "hitung", 200, "dokumen")],
                [("Memverifikasi dokumen hasil tangkapan ikan", "Berita acara verifikasi", "0,008")],
            ),
        ],
        "kt": None,
    },
    "pengantar_kerja": {
        "jenis": "jf",
        "jabatan": "Pengantar Kerja Ahli Muda",
        "unit": "naker",
        "gol": "III/d",
        "penilai": "kabid_penta",
        "nama": "Elisabeth Maria Wutun, S.Psi.",
        "rk": [
            (
                "Pencari kerja yang memperoleh penyuluhan dan bimbingan jabatan",
                0,
                [
                    (
                        "Kuantitas",
                        "Jumlah pencari kerja yang memperoleh bimbingan jabatan",
                        "hitung",
                        300,
                        "orang",
                    ),
                    (
                        "Kualitas",
                        "Persentase peserta bimbingan yang terdaftar di bursa kerja",
                        "persen",
                        70,
                        "%",
                    ),
                ],
                [("Melakukan bimbingan jabatan secara kelompok", "Laporan bimbingan", "0,040")],
            ),
            (
                "Informasi pasar kerja provinsi yang tersedia",
                0,
                [
                    ("Kuantitas", "Jumlah analisis informasi pasar kerja", "hitung", 10, "dokumen"),
                    ("Waktu", "Waktu penerbitan analisis setelah akhir semester", "waktu", 30, "hari"),
                ],
                [("Menyusun analisis informasi pasar kerja", "Dokumen analisis", "0,200")],
            ),
        ],
        "kt": None,
    },
    "arsiparis": {
        "jenis": "jf",
        "jabatan": "Arsiparis Terampil",
        "unit": "biro",
        "gol": "II/c",
        "penilai": "kabag_rt",
        "nama": "Samuel Pattinama",
        "rk": [
            (
                "Arsip inaktif sekretariat yang tertata dan mudah ditemukan",
                0,
                [
                    ("Kuantitas", "Jumlah boks arsip inaktif yang tertata", "hitung", 200, "boks"),
                    ("Kualitas", "Persentase arsip yang ditemukan kembali tepat waktu", "persen", 85, "%"),
                ],
                [("Melakukan penataan arsip inaktif", "Daftar arsip", "0,004")],
            ),
            (
                "Daftar arsip aktif yang mutakhir",
                1,
                [("Kuantitas", "Jumlah daftar arsip aktif yang dimutakhirkan", "hitung", 20, "daftar")],
                [("Menyusun daftar arsip aktif", "Daftar arsip aktif", "0,003")],
            ),
        ],
        "kt": None,
    },
    "pranata_komputer": {
        "jenis": "jf",
        "jabatan": "Pranata Komputer Ahli Pertama",
        "unit": "biro",
        "gol": "III/a",
        "penilai": "kabag_rt",
        "nama": "Rizky Ananda Saleh, S.Kom.",
        "rk": [
            (
                "Aplikasi layanan rumah tangga yang berfungsi tanpa gangguan",
                0,
                [
                    ("Kuantitas", "Jumlah modul aplikasi layanan yang terpelihara", "hitung", 10, "modul"),
                    ("Kualitas", "Persentase waktu aplikasi dapat diakses", "persen", 85, "%"),
                    ("Waktu", "Waktu pemulihan aplikasi saat gangguan", "waktu", 2, "hari"),
                ],
                [("Melakukan pemeliharaan aplikasi", "Laporan pemeliharaan", "0,012")],
            ),
            (
                "Jaringan komputer biro yang stabil",
                1,
                [("Kuantitas", "Jumlah titik jaringan yang terpantau", "hitung", 60, "titik")],
                [("Memantau kinerja jaringan komputer", "Laporan pemantauan", "0,006")],
            ),
        ],
        "kt": None,
    },
    "penyuluh_madya": {
        "jenis": "jf",
        "jabatan": "Penyuluh Perikanan Ahli Madya",
        "unit": "dkp",
        "gol": "IV/a",
        "penilai": "kadis_dkp",
        "nama": "Dr. Agustinus Rahawarin, S.Pi., M.Si.",
        "rk": [
            (
                "Kelompok usaha perikanan yang naik kelas",
                0,
                [
                    (
                        "Kuantitas",
                        "Jumlah kelompok usaha perikanan yang naik kelas",
                        "hitung",
                        30,
                        "kelompok",
                    ),
                    ("Kualitas", "Persentase kelompok binaan yang mengakses permodalan", "persen", 60, "%"),
                ],
                [("Mengevaluasi kelas kelompok pelaku utama", "Laporan evaluasi", "0,180")],
            ),
            (
                "Programa penyuluhan perikanan provinsi yang tersusun",
                0,
                [
                    ("Kuantitas", "Jumlah programa penyuluhan yang tersusun", "hitung", 10, "dokumen"),
                    ("Waktu", "Waktu penetapan programa penyuluhan", "waktu", 3, "bulan"),
                ],
                [("Menyusun programa penyuluhan tingkat provinsi", "Dokumen programa", "0,500")],
            ),
        ],
        "kt": None,
    },
    "mediator": {
        "jenis": "jf",
        "jabatan": "Mediator Hubungan Industrial Ahli Muda",
        "unit": "naker",
        "gol": "III/c",
        "penilai": "kadis_naker",
        "nama": "Paulus Laiskodat, S.H.",
        "rk": [
            (
                "Perselisihan hubungan industrial yang selesai melalui mediasi",
                2,
                [
                    ("Kuantitas", "Jumlah kasus perselisihan yang dimediasi", "hitung", 40, "kasus"),
                    (
                        "Kualitas",
                        "Persentase mediasi yang berakhir dengan perjanjian bersama",
                        "persen",
                        60,
                        "%",
                    ),
                    ("Waktu", "Waktu penyelesaian mediasi", "waktu", 30, "hari"),
                ],
                [("Melaksanakan sidang mediasi perselisihan", "Risalah mediasi", "0,100")],
            ),
            (
                "Perusahaan yang memiliki peraturan perusahaan yang sah",
                2,
                [("Kuantitas", "Jumlah peraturan perusahaan yang disahkan", "hitung", 50, "peraturan")],
                [("Memeriksa rancangan peraturan perusahaan", "Surat pengesahan", "0,030")],
            ),
        ],
        "kt": None,
    },
}

# cara memantau per RK: (data, sumber data, waktu pengumpulan)
PANTAU = [
    ("Rekap capaian IKI", "Laporan bulanan bidang/balai", "Triwulanan oleh subbagian program"),
    ("Daftar dokumen hasil kerja", "Aplikasi e-Kinerja dan arsip unit", "Setiap akhir bulan oleh atasan"),
    ("Berita acara dan laporan kegiatan", "Sekretariat unit kerja", "Semesteran oleh pengelola kinerja"),
]

# Manual IKI (JPT): filled per IKI from these patterns
MANUAL_LABELS = [
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

NAMES_EXTRA = {
    "anggaran": ["APBD", "APBD", "-", "APBD Perubahan"],
    "lokasi": ["Kota Sendana", "Kabupaten Pulau Rante", "Seluruh kabupaten/kota", "Kantor dinas"],
    "keterangan": ["IKU dinas", "", "Lanjutan 2026", "Sesuai Renja"],
}

ACTIVITY_RK = "Melaksanakan rekapitulasi data dan penyusunan laporan bulanan"
ABSOLUT_IKI = "Semua permintaan layanan ditangani pada hari yang sama"
