"""Fictional people, agencies and plan texts for ``benchmarks/nyata_bj``: what a regency's licensing and
social services (DPMPTSP, Dinas Tenaga Kerja, Dinas Sosial, Dinas Koperasi dan UKM) send in January."""

from __future__ import annotations

from typing import Any

KABUPATEN = "KABUPATEN BUKIT SERAYU"
TEMPAT = "Serayu Hilir"

DINAS = {
    "dpmptsp": "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu",
    "disnaker": "Dinas Tenaga Kerja",
    "dinsos": "Dinas Sosial",
    "diskop": "Dinas Koperasi dan Usaha Kecil dan Menengah",
}

# name, NIP (18 digits, spaced when written), pangkat text
ORANG = [
    ("Drs. Bambang Sutrisno Adi, M.Si.", "19700412 199503 1 002", "Pembina Utama Muda, IV/c"),
    ("Ir. Lestari Wahyuningsih, M.M.", "19720815 199803 2 004", "Pembina Tingkat I, IV/b"),
    ("Dr. Hendra Kusumawardana, S.Sos., M.AP.", "19740120 200003 1 003", "Pembina Tingkat I, IV/b"),
    ("Sri Rahayu Ningsih, S.E., M.Si.", "19750309 200112 2 001", "Pembina, IV/a"),
    ("Agus Triyanto, S.H.", "19780611 200501 1 006", "Pembina, IV/a"),
    ("Nur Aini Fitriyani, S.Sos.", "19820227 200604 2 008", "Penata Tingkat I, III/d"),
    ("Dimas Prasetyo Nugroho, S.AP.", "19860905 201001 1 012", "Penata, III/c"),
    ("Rina Marlina, S.Psi.", "19880418 201101 2 005", "Penata, III/c"),
    ("Yusuf Habibi, S.Kom.", "19900722 201503 1 004", "Penata Muda Tingkat I, III/b"),
    ("Maya Anggraeni, S.Tr.Sos.", "19920114 201706 2 002", "Penata Muda, III/a"),
    ("Fajar Ramadhan", "19930301 201403 1 007", "Pengatur, II/c"),
    ("Wulan Sari Dewi, A.Md.", "19940526 201502 2 003", "Pengatur Tingkat I, II/d"),
    ("Teguh Santoso, S.H., M.H.", "19800910 200502 1 004", "Penata Tingkat I, III/d"),
    ("Endang Purwaningsih, S.Sos.", "19830717 200801 2 006", "Penata, III/c"),
    ("Arif Setiawan, S.T.", "19870213 201101 1 009", "Penata Muda Tingkat I, III/b"),
    ("Siti Khoiriyah, S.Kesos.", "19890830 201402 2 001", "Penata Muda, III/a"),
    ("Rudi Hartono, S.E.", "19790102 200604 1 011", "Pembina, IV/a"),
    ("Dewi Puspitasari, S.IP.", "19850621 200903 2 010", "Penata Tingkat I, III/d"),
]

BUPATI = ("H. Ahmad Zainuddin, S.H., M.H.", "Bupati Bukit Serayu")

# (RK text, [(aspek, IKI, target, satuan_kind)] ) kind: "naik" higher better, "turun" lower better
# Each role: dinas, jabatan, grade pangkat index list, superior role key, RK atasan texts (2), RKs (3)
JA: dict[str, dict[str, Any]] = {
    "kabid_perizinan": {
        "dinas": "dpmptsp",
        "jabatan": "Kepala Bidang Pelayanan Perizinan dan Nonperizinan",
        "unit": "Bidang Pelayanan Perizinan dan Nonperizinan",
        "penilai": "jpt_dpmptsp",
        "orang": [3, 16],
        "atasan": [
            "Meningkatnya kualitas pelayanan perizinan berusaha di Kabupaten Bukit Serayu",
            "Meningkatnya kepastian waktu penerbitan perizinan dan nonperizinan",
        ],
        "rk": [
            (
                "Perizinan berusaha diterbitkan tepat waktu sesuai standar pelayanan",
                [
                    ("Kuantitas", "Jumlah izin berusaha yang diterbitkan", (450, "izin"), "naik"),
                    ("Kualitas", "Persentase izin terbit sesuai standar pelayanan", (95, "%"), "naik"),
                    ("Waktu", "Rata-rata waktu penerbitan izin berusaha", (3, "hari kerja"), "turun"),
                ],
            ),
            (
                "Pengaduan layanan perizinan ditindaklanjuti dengan cepat",
                [
                    ("Kuantitas", "Jumlah pengaduan layanan yang ditindaklanjuti", (60, "pengaduan"), "naik"),
                    ("Waktu", "Waktu tindak lanjut pengaduan", (2, "hari kerja"), "turun"),
                ],
            ),
            (
                "Survei kepuasan masyarakat atas layanan perizinan terlaksana dan dilaporkan",
                [
                    ("Kuantitas", "Jumlah laporan survei kepuasan masyarakat", (2, "laporan"), "naik"),
                    ("Kualitas", "Indeks Kepuasan Masyarakat layanan perizinan", (82.5, ""), "naik"),
                ],
            ),
        ],
    },
    "analis_perizinan": {
        "dinas": "dpmptsp",
        "jabatan": "Analis Perizinan",
        "unit": "Bidang Pelayanan Perizinan dan Nonperizinan",
        "penilai": "kabid_perizinan",
        "orang": [8, 14],
        "atasan": [
            "Perizinan berusaha diterbitkan tepat waktu sesuai standar pelayanan",
            "Pengaduan layanan perizinan ditindaklanjuti dengan cepat",
        ],
        "rk": [
            (
                "Berkas permohonan izin berusaha terverifikasi lengkap dan benar",
                [
                    ("Kuantitas", "Jumlah berkas permohonan yang diverifikasi", (480, "berkas"), "naik"),
                    ("Kualitas", "Persentase berkas terverifikasi tanpa koreksi ulang", (90, "%"), "naik"),
                    ("Waktu", "Waktu verifikasi satu berkas permohonan", (1, "hari kerja"), "turun"),
                ],
            ),
            (
                "Kajian teknis permohonan izin tersedia bagi tim teknis",
                [
                    ("Kuantitas", "Jumlah kajian teknis yang disusun", (36, "kajian"), "naik"),
                    ("Kualitas", "Persentase kajian teknis yang diterima tim teknis", (90, "%"), "naik"),
                ],
            ),
            (
                "Data perizinan terbit tersaji mutakhir pada dasbor layanan",
                [
                    ("Kuantitas", "Jumlah pemutakhiran data perizinan", (12, "kali"), "naik"),
                    ("Waktu", "Waktu pemutakhiran data setelah izin terbit", (2, "hari kerja"), "turun"),
                ],
            ),
        ],
    },
    "pengadministrasi_perizinan": {
        "dinas": "dpmptsp",
        "jabatan": "Pengadministrasi Perizinan",
        "unit": "Bidang Pelayanan Perizinan dan Nonperizinan",
        "penilai": "kabid_perizinan",
        "orang": [10, 11],
        "atasan": [
            "Perizinan berusaha diterbitkan tepat waktu sesuai standar pelayanan",
            "Survei kepuasan masyarakat atas layanan perizinan terlaksana dan dilaporkan",
        ],
        "rk": [
            (
                "Permohonan izin di loket terdaftar lengkap dalam aplikasi",
                [
                    ("Kuantitas", "Jumlah permohonan yang terdaftar", (600, "permohonan"), "naik"),
                    ("Waktu", "Waktu pendaftaran permohonan di loket", (1, "hari kerja"), "turun"),
                ],
            ),
            (
                "Arsip dokumen izin terbit tertata dan mudah ditemukan",
                [
                    ("Kuantitas", "Jumlah dokumen izin yang diarsipkan", (450, "dokumen"), "naik"),
                    (
                        "Kualitas",
                        "Persentase arsip izin yang ditemukan kembali dalam 10 menit",
                        (95, "%"),
                        "naik",
                    ),
                ],
            ),
            (
                "Kuesioner survei kepuasan masyarakat terkumpul dari pemohon",
                [
                    ("Kuantitas", "Jumlah kuesioner survei yang terkumpul", (400, "kuesioner"), "naik"),
                    ("Kualitas", "Persentase kuesioner yang terisi lengkap", (90, "%"), "naik"),
                ],
            ),
        ],
    },
    "kabid_linjamsos": {
        "dinas": "dinsos",
        "jabatan": "Kepala Bidang Perlindungan dan Jaminan Sosial",
        "unit": "Bidang Perlindungan dan Jaminan Sosial",
        "penilai": "jpt_dinsos",
        "orang": [4, 17],
        "atasan": [
            "Menurunnya jumlah penduduk miskin penerima bantuan yang tidak tepat sasaran",
            "Meningkatnya perlindungan sosial bagi korban bencana",
        ],
        "rk": [
            (
                "Data Terpadu Kesejahteraan Sosial termutakhirkan tepat sasaran",
                [
                    (
                        "Kuantitas",
                        "Jumlah desa yang memutakhirkan data kesejahteraan sosial",
                        (120, "desa"),
                        "naik",
                    ),
                    (
                        "Kualitas",
                        "Persentase data KPM yang padan dengan data kependudukan",
                        (95, "%"),
                        "naik",
                    ),
                    ("Waktu", "Waktu penyampaian usulan pemutakhiran", (4, "bulan"), "turun"),
                ],
            ),
            (
                "Korban bencana memperoleh bantuan sosial dengan cepat",
                [
                    (
                        "Kuantitas",
                        "Jumlah keluarga korban bencana yang menerima bantuan",
                        (150, "keluarga"),
                        "naik",
                    ),
                    ("Waktu", "Waktu penyaluran bantuan sejak kejadian", (2, "hari"), "turun"),
                ],
            ),
            (
                "Layanan pengaduan program bantuan sosial ditangani tuntas",
                [
                    (
                        "Kuantitas",
                        "Jumlah pengaduan bantuan sosial yang ditangani",
                        (80, "pengaduan"),
                        "naik",
                    ),
                    ("Kualitas", "Persentase pengaduan yang selesai ditangani", (90, "%"), "naik"),
                ],
            ),
        ],
    },
    "pengelola_data_kesos": {
        "dinas": "dinsos",
        "jabatan": "Pengelola Data Kesejahteraan Sosial",
        "unit": "Bidang Perlindungan dan Jaminan Sosial",
        "penilai": "kabid_linjamsos",
        "orang": [9, 15],
        "atasan": [
            "Data Terpadu Kesejahteraan Sosial termutakhirkan tepat sasaran",
            "Layanan pengaduan program bantuan sosial ditangani tuntas",
        ],
        "rk": [
            (
                "Usulan perubahan data KPM dari desa terentri dalam aplikasi",
                [
                    ("Kuantitas", "Jumlah usulan perubahan data yang dientri", (1250, "data"), "naik"),
                    ("Kualitas", "Persentase entri tanpa kesalahan NIK", (98, "%"), "naik"),
                ],
            ),
            (
                "Rekap data KPM per desa tersedia bagi pimpinan",
                [
                    ("Kuantitas", "Jumlah rekap data KPM yang disajikan", (12, "rekap"), "naik"),
                    ("Waktu", "Waktu penyajian rekap setelah akhir bulan", (5, "hari kerja"), "turun"),
                ],
            ),
            (
                "Register pengaduan bantuan sosial tercatat tertib",
                [
                    ("Kuantitas", "Jumlah pengaduan yang tercatat dalam register", (80, "pengaduan"), "naik"),
                    ("Kualitas", "Persentase pengaduan tercatat lengkap", (95, "%"), "naik"),
                ],
            ),
        ],
    },
    "kabid_ukm": {
        "dinas": "diskop",
        "jabatan": "Kepala Bidang Pemberdayaan Usaha Mikro",
        "unit": "Bidang Pemberdayaan Usaha Mikro",
        "penilai": "jpt_diskop",
        "orang": [12, 5],
        "atasan": [
            "Meningkatnya usaha mikro yang naik kelas",
            "Meningkatnya koperasi yang sehat",
        ],
        "rk": [
            (
                "Usaha mikro memperoleh Nomor Induk Berusaha melalui pendampingan",
                [
                    ("Kuantitas", "Jumlah usaha mikro yang memperoleh NIB", (300, "unit usaha"), "naik"),
                    (
                        "Kualitas",
                        "Persentase usaha mikro dampingan yang aktif bertransaksi",
                        (70, "%"),
                        "naik",
                    ),
                ],
            ),
            (
                "Pelatihan kewirausahaan bagi pelaku usaha mikro terlaksana",
                [
                    ("Kuantitas", "Jumlah pelaku usaha mikro yang dilatih", (120, "orang"), "naik"),
                    ("Waktu", "Waktu penyelesaian rangkaian pelatihan", (9, "bulan"), "turun"),
                ],
            ),
            (
                "Produk usaha mikro dipasarkan melalui katalog daerah",
                [
                    (
                        "Kuantitas",
                        "Jumlah produk usaha mikro yang tayang di katalog",
                        (150, "produk"),
                        "naik",
                    ),
                    ("Kualitas", "Persentase produk yang memenuhi standar kemasan", (80, "%"), "naik"),
                ],
            ),
        ],
    },
}

JF: dict[str, dict[str, Any]] = {
    "mediator_hi": {
        "dinas": "disnaker",
        "jabatan": "Mediator Hubungan Industrial Ahli Muda",
        "unit": "Bidang Hubungan Industrial dan Jaminan Sosial Tenaga Kerja",
        "penilai": "jpt_disnaker",
        "orang": [6, 13],
        "jenjang_ok": (9, 11),
        "atasan": [
            "Meningkatnya penyelesaian perselisihan hubungan industrial",
            "Meningkatnya perusahaan yang memiliki peraturan perusahaan",
        ],
        "rk": [
            (
                "Perselisihan hubungan industrial terselesaikan melalui mediasi",
                [
                    ("Kuantitas", "Jumlah kasus perselisihan yang diselesaikan", (15, "kasus"), "naik"),
                    (
                        "Kualitas",
                        "Persentase kasus yang berakhir dengan perjanjian bersama",
                        (60, "%"),
                        "naik",
                    ),
                    ("Waktu", "Waktu penyelesaian mediasi sejak pencatatan", (30, "hari kerja"), "turun"),
                ],
            ),
            (
                "Perusahaan memperoleh pengesahan peraturan perusahaan",
                [
                    (
                        "Kuantitas",
                        "Jumlah peraturan perusahaan yang disahkan",
                        (24, "peraturan perusahaan"),
                        "naik",
                    ),
                    ("Waktu", "Waktu pengesahan sejak berkas lengkap", (7, "hari kerja"), "turun"),
                ],
            ),
        ],
        "butir": [
            [
                ("Melakukan mediasi perselisihan hak", "Risalah mediasi", "0,120"),
                ("Membuat anjuran tertulis", "Surat anjuran", "0,060"),
            ],
            [("Melakukan pemeriksaan peraturan perusahaan", "Berita acara pemeriksaan", "0,045")],
        ],
    },
    "pengantar_kerja": {
        "dinas": "disnaker",
        "jabatan": "Pengantar Kerja Ahli Pertama",
        "unit": "Bidang Penempatan dan Perluasan Kesempatan Kerja",
        "penilai": "jpt_disnaker",
        "orang": [9, 15],
        "jenjang_ok": (8, 9),
        "atasan": [
            "Meningkatnya penempatan tenaga kerja",
            "Meningkatnya informasi pasar kerja yang tersedia bagi pencari kerja",
        ],
        "rk": [
            (
                "Pencari kerja terdaftar memperoleh penempatan kerja",
                [
                    ("Kuantitas", "Jumlah pencari kerja yang ditempatkan", (200, "orang"), "naik"),
                    (
                        "Kualitas",
                        "Persentase pencari kerja yang bertahan bekerja tiga bulan",
                        (75, "%"),
                        "naik",
                    ),
                ],
            ),
            (
                "Informasi lowongan kerja tersebar kepada pencari kerja",
                [
                    ("Kuantitas", "Jumlah lowongan kerja yang diumumkan", (48, "lowongan"), "naik"),
                    ("Waktu", "Waktu penayangan lowongan sejak diterima", (2, "hari kerja"), "turun"),
                ],
            ),
        ],
        "butir": [
            [
                ("Melakukan penyuluhan dan bimbingan jabatan", "Laporan bimbingan jabatan", "0,024"),
                ("Melakukan penempatan tenaga kerja", "Daftar penempatan", "0,010"),
            ],
            [("Menyebarluaskan informasi pasar kerja", "Laporan penyebaran informasi", "0,005")],
        ],
    },
    "pekerja_sosial": {
        "dinas": "dinsos",
        "jabatan": "Pekerja Sosial Ahli Pertama",
        "unit": "Bidang Rehabilitasi Sosial",
        "penilai": "jpt_dinsos",
        "orang": [9, 15],
        "jenjang_ok": (8, 9),
        "atasan": [
            "Meningkatnya penyandang masalah kesejahteraan sosial yang tertangani",
            "Menurunnya jumlah penduduk miskin penerima bantuan yang tidak tepat sasaran",
        ],
        "rk": [
            (
                "Penerima manfaat rehabilitasi sosial memperoleh asesmen dan rencana intervensi",
                [
                    ("Kuantitas", "Jumlah penerima manfaat yang diasesmen", (60, "orang"), "naik"),
                    (
                        "Kualitas",
                        "Persentase rencana intervensi yang disetujui supervisor",
                        (90, "%"),
                        "naik",
                    ),
                ],
            ),
            (
                "Keluarga Penerima Manfaat terverifikasi kelayakannya",
                [
                    ("Kuantitas", "Jumlah KPM yang diverifikasi", (120, "KPM"), "naik"),
                    ("Waktu", "Waktu penyampaian hasil verifikasi", (10, "hari kerja"), "turun"),
                ],
            ),
        ],
        "butir": [
            [
                ("Melakukan asesmen awal", "Laporan asesmen", "0,009"),
                ("Menyusun rencana intervensi", "Dokumen rencana intervensi", "0,012"),
            ],
            [("Melakukan verifikasi dan validasi data penerima manfaat", "Berita acara verifikasi", "0,006")],
        ],
    },
    "pekerja_sosial_terampil": {
        "dinas": "dinsos",
        "jabatan": "Pekerja Sosial Terampil",
        "unit": "Bidang Rehabilitasi Sosial",
        "penilai": "jpt_dinsos",
        "orang": [11, 10],
        "jenjang_ok": (5, 7),
        "atasan": [
            "Meningkatnya penyandang masalah kesejahteraan sosial yang tertangani",
            "Meningkatnya perlindungan sosial bagi korban bencana",
        ],
        "rk": [
            (
                "Penyandang disabilitas terlantar memperoleh pendampingan sosial",
                [
                    ("Kuantitas", "Jumlah penyandang disabilitas yang didampingi", (40, "orang"), "naik"),
                    (
                        "Kualitas",
                        "Persentase pendampingan yang tercatat dalam catatan kasus",
                        (95, "%"),
                        "naik",
                    ),
                ],
            ),
            (
                "Data korban bencana di posko tercatat lengkap",
                [
                    ("Kuantitas", "Jumlah keluarga korban bencana yang didata", (150, "keluarga"), "naik"),
                    ("Waktu", "Waktu pendataan sejak posko dibuka", (1, "hari"), "turun"),
                ],
            ),
        ],
        "butir": [
            [("Melakukan pendampingan sosial", "Catatan pendampingan", "0,004")],
            [("Melakukan pendataan korban bencana", "Daftar korban", "0,003")],
        ],
    },
    "penyuluh_sosial": {
        "dinas": "dinsos",
        "jabatan": "Penyuluh Sosial Ahli Pertama",
        "unit": "Sekretariat Dinas Sosial",
        "penilai": "jpt_dinsos",
        "orang": [15, 9],
        "jenjang_ok": (8, 9),
        "atasan": [
            "Meningkatnya partisipasi masyarakat dalam penyelenggaraan kesejahteraan sosial",
            "Meningkatnya penyandang masalah kesejahteraan sosial yang tertangani",
        ],
        "rk": [
            (
                "Masyarakat desa memahami program kesejahteraan sosial melalui penyuluhan",
                [
                    (
                        "Kuantitas",
                        "Jumlah kegiatan penyuluhan sosial yang terlaksana",
                        (12, "kegiatan"),
                        "naik",
                    ),
                    ("Kualitas", "Persentase peserta yang lulus uji pemahaman", (80, "%"), "naik"),
                ],
            ),
            (
                "Karang Taruna dan PSM aktif sebagai potensi sumber kesejahteraan sosial",
                [
                    ("Kuantitas", "Jumlah Karang Taruna yang dibina", (10, "organisasi"), "naik"),
                    (
                        "Kualitas",
                        "Persentase Karang Taruna yang menyampaikan laporan kegiatan",
                        (70, "%"),
                        "naik",
                    ),
                ],
            ),
        ],
        "butir": [
            [("Melaksanakan penyuluhan sosial langsung", "Laporan penyuluhan", "0,018")],
            [("Melakukan pembinaan potensi sumber kesejahteraan sosial", "Laporan pembinaan", "0,015")],
        ],
    },
}

JPT: dict[str, dict[str, Any]] = {
    "jpt_dpmptsp": {
        "dinas": "dpmptsp",
        "orang": [0, 1],
        "rk": [
            (
                "Meningkatnya kualitas pelayanan perizinan berusaha di Kabupaten Bukit Serayu",
                "pl",
                "Indeks Kepuasan Masyarakat terhadap layanan perizinan",
                "82,50",
            ),
            (
                "Meningkatnya kepastian waktu penerbitan perizinan dan nonperizinan",
                "pb",
                "Persentase izin terbit paling lama 3 hari kerja",
                "90 %",
            ),
            ("Meningkatnya realisasi investasi daerah", "pl", "Nilai realisasi investasi", "Rp 750 miliar"),
            (
                "Meningkatnya kompetensi petugas layanan",
                "pi",
                "Persentase petugas front office bersertifikat pelayanan prima",
                "80 %",
            ),
            (
                "Meningkatnya akuntabilitas pengelolaan anggaran dinas",
                "ag",
                "Persentase realisasi anggaran",
                "95 %",
            ),
        ],
    },
    "jpt_disnaker": {
        "dinas": "disnaker",
        "orang": [2, 16],
        "rk": [
            (
                "Meningkatnya penyelesaian perselisihan hubungan industrial",
                "pl",
                "Persentase kasus perselisihan yang diselesaikan",
                "85 %",
            ),
            (
                "Meningkatnya penempatan tenaga kerja",
                "pl",
                "Jumlah pencari kerja yang ditempatkan",
                "1.250 orang",
            ),
            (
                "Meningkatnya perusahaan yang memiliki peraturan perusahaan",
                "pb",
                "Jumlah peraturan perusahaan yang disahkan",
                "60 peraturan perusahaan",
            ),
            (
                "Meningkatnya kapasitas mediator dan pengantar kerja",
                "pi",
                "Persentase pejabat fungsional yang mengikuti pelatihan teknis",
                "75 %",
            ),
            ("Meningkatnya kualitas pengelolaan keuangan dinas", "ag", "Nilai SAKIP dinas", "72,5"),
        ],
    },
    "jpt_dinsos": {
        "dinas": "dinsos",
        "orang": [1, 3],
        "rk": [
            (
                "Menurunnya jumlah penduduk miskin penerima bantuan yang tidak tepat sasaran",
                "pl",
                "Persentase KPM bantuan sosial yang tepat sasaran",
                "92,5 %",
            ),
            (
                "Meningkatnya penyandang masalah kesejahteraan sosial yang tertangani",
                "pl",
                "Persentase PMKS yang tertangani",
                "70 %",
            ),
            (
                "Meningkatnya perlindungan sosial bagi korban bencana",
                "pb",
                "Waktu penyaluran bantuan bagi korban bencana",
                "2 hari",
            ),
            (
                "Meningkatnya partisipasi masyarakat dalam penyelenggaraan kesejahteraan sosial",
                "pi",
                "Jumlah potensi sumber kesejahteraan sosial yang aktif",
                "45 lembaga",
            ),
            (
                "Meningkatnya akuntabilitas kinerja dan keuangan dinas",
                "ag",
                "Persentase realisasi anggaran",
                "95 %",
            ),
        ],
    },
    "jpt_diskop": {
        "dinas": "diskop",
        "orang": [16, 2],
        "rk": [
            (
                "Meningkatnya usaha mikro yang naik kelas",
                "pl",
                "Persentase usaha mikro yang naik kelas",
                "5 %",
            ),
            ("Meningkatnya koperasi yang sehat", "pl", "Persentase koperasi aktif yang sehat", "40 %"),
            (
                "Meningkatnya koperasi yang melaksanakan RAT tepat waktu",
                "pb",
                "Jumlah koperasi yang melaksanakan RAT",
                "85 koperasi",
            ),
            (
                "Meningkatnya kompetensi pendamping koperasi dan UMKM",
                "pi",
                "Jumlah pendamping yang bersertifikat",
                "12 orang",
            ),
            (
                "Meningkatnya akuntabilitas pengelolaan anggaran dinas",
                "ag",
                "Persentase realisasi anggaran",
                "95 %",
            ),
        ],
    },
}

JABATAN_JPT = {
    "dpmptsp": "Kepala Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu",
    "disnaker": "Kepala Dinas Tenaga Kerja",
    "dinsos": "Kepala Dinas Sosial",
    "diskop": "Kepala Dinas Koperasi dan Usaha Kecil dan Menengah",
}

PERSPEKTIF = {
    "pl": "Penerima Layanan / Stakeholder",
    "pb": "Proses Bisnis",
    "pi": "Penguatan Internal",
    "ag": "Anggaran",
}

TAMBAHAN = (
    "Sertifikat pelatihan pelayanan publik berbasis digital diperoleh",
    "Jumlah sertifikat pelatihan yang diperoleh",
    (1, "sertifikat"),
)
