"""Fictional material for ``nyata_av``: Pemerintah Provinsi Nusa Kenanga (fictional), its secretariat's Biro,
its Badan, the provincial RSUD, the Cabang Dinas Pendidikan with its SMA/SMK, UPT Samsat and Balai, and the
JPT who head them.

Everything here is made up for this set. An IKI is ``(aspek, text, number, satuan, kind)`` with kind ``n``
(higher is better) or ``k`` (lower is better: waktu, biaya); ``satuan`` ``%`` marks a percentage. A RK is
``(rk, rk_atasan, [iki, ...])``; JPT RK carry their perspektif instead of a RK atasan.
"""

from __future__ import annotations

PROVINSI = "NUSA KENANGA"
IBUKOTA = "Sanggar Raja"
GUBERNUR = "H. ANDI MAPPASELLE, S.H., M.Si."
SEKDA = ("Dr. H. Muhammad Natsir, S.Sos., M.Si.", "196804121990031003")

# Names with gelar, each (nama, gender digit).
NAMES = [
    ("dr. Rahmawati Sulaiman, Sp.PD", 2),
    ("Ns. Yohanes Lantang, S.Kep.", 1),
    ("Dewi Kartika Sari, A.Md.Keb.", 2),
    ("apt. Fitriani Hamzah, S.Farm.", 2),
    ("Muhammad Arifin, A.Md.AK.", 1),
    ("Ns. Sitti Nurhalizah, S.Kep., M.Kep.", 2),
    ("Drs. La Ode Syamsuddin, M.Pd.", 1),
    ("Hasnawati, S.Pd.", 2),
    ("Agustinus Rante Allo, S.Pd., M.Pd.", 1),
    ("Nur Aisyah Putri, S.Pd.", 2),
    ("Ilham Saputra", 1),
    ("Marlina Tandi, S.E.", 2),
    ("Andi Baso Rahman, S.STP., M.Si.", 1),
    ("Ratna Dewi Lestari, S.H.", 2),
    ("Yusuf Pakaya, S.Kom.", 1),
    ("Sri Wahyuni Palallo, S.Sos.", 2),
    ("Hendra Gunawan Siregar, S.E., M.M.", 1),
    ("Wa Ode Hasmiati, S.AP.", 2),
    ("Ir. Frans Pasaribu, M.T.", 1),
    ("Rusdianto, S.T.", 1),
    ("Herlina Manurung, A.Md.", 2),
    ("Bambang Sutrisno, S.IP.", 1),
    ("Dra. Hj. Nurmiati Lasaka, M.Si.", 2),
    ("Ahmad Fauzan Rasyid, S.Kom.", 1),
    ("Ni Made Ayu Wulandari, S.Psi.", 2),
    ("Syamsul Bahri, S.Sos., M.AP.", 1),
    ("Kristina Sopacua, S.Si.", 2),
    ("Abdul Gafur Latuconsina, S.H., M.H.", 1),
    ("Elisabeth Rumbiak, S.Pd.", 2),
    ("Taufik Hidayat, S.T., M.Eng.", 1),
    ("Rosmiati Daeng Ngai, S.Kep., Ns.", 2),
    ("dr. Benny Kalalo, M.Kes.", 1),
    ("Arman Tamrin, S.Pd.", 1),
    ("Linda Puspitasari, S.Ak.", 2),
    ("Dedi Kurniawan", 1),
    ("Mardiana Usman, S.E.", 2),
    ("Yulius Tanggu Mara, S.IP.", 1),
    ("Febriyanti Lamba, A.Md.Kes.", 2),
    ("Zulkifli Ambo Tang, S.Kom.", 1),
    ("Selvi Anggraini Pongoh, S.Farm., Apt.", 2),
    ("Ridwan Mahmud, S.Sos.", 1),
    ("Hartini, S.Pd.", 2),
    ("Dr. Ir. Syahrir Mallawangeng, M.Si.", 1),
    ("Drs. Haerul Saleh, M.Si.", 1),
    ("Ir. Hj. Andi Tenri Ajeng, M.M.", 2),
    ("Drs. Petrus Wangge, M.Pd.", 1),
    ("H. Rusli Kaharu, S.E., M.Ak.", 1),
    ("Dr. Marthen Lumi, S.H., M.H.", 1),
    ("Ns. Agnes Wenda, S.Kep.", 2),
    ("Irwansyah Putra, S.Kom.", 1),
]

# (golongan, nama pangkat)
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
JENJANG_GOL = {
    "Terampil": ["II/b", "II/c", "II/d"],
    "Mahir": ["III/a", "III/b"],
    "Penyelia": ["III/c", "III/d"],
    "Ahli Pertama": ["III/a", "III/b"],
    "Ahli Muda": ["III/c", "III/d"],
    "Ahli Madya": ["IV/a", "IV/b", "IV/c"],
    "pelaksana": ["II/c", "II/d", "III/a", "III/b"],
    "pengawas": ["III/c", "III/d"],
    "administrator": ["III/d", "IV/a", "IV/b"],
    "jpt": ["IV/b", "IV/c"],
    "sekda": ["IV/d"],
}

# Units: key -> (unit kerja line, perangkat daerah line)
UNITS = {
    "rsud": ("RSUD Provinsi dr. H. La Ode Manarfa", "RUMAH SAKIT UMUM DAERAH PROVINSI NUSA KENANGA"),
    "sma": ("SMA Negeri 2 Sanggar Raja", "DINAS PENDIDIKAN DAN KEBUDAYAAN PROVINSI NUSA KENANGA"),
    "smk": ("SMK Negeri 1 Teluk Lasolo", "DINAS PENDIDIKAN DAN KEBUDAYAAN PROVINSI NUSA KENANGA"),
    "cabdin": ("Cabang Dinas Pendidikan Wilayah II", "DINAS PENDIDIKAN DAN KEBUDAYAAN PROVINSI NUSA KENANGA"),
    "samsat": ("UPT Samsat Kota Sanggar Raja", "BADAN PENDAPATAN DAERAH PROVINSI NUSA KENANGA"),
    "balai": (
        "UPT Balai Latihan Kerja Teluk Lasolo",
        "DINAS TENAGA KERJA DAN TRANSMIGRASI PROVINSI NUSA KENANGA",
    ),
    "biro_pem": ("Biro Pemerintahan dan Otonomi Daerah", "SEKRETARIAT DAERAH PROVINSI NUSA KENANGA"),
    "biro_org": ("Biro Organisasi", "SEKRETARIAT DAERAH PROVINSI NUSA KENANGA"),
    "bkd": ("Badan Kepegawaian Daerah", "BADAN KEPEGAWAIAN DAERAH PROVINSI NUSA KENANGA"),
    "bapenda": ("Badan Pendapatan Daerah", "BADAN PENDAPATAN DAERAH PROVINSI NUSA KENANGA"),
}

# Penilai (atasan) per unit for JA/JF: (jabatan, level)
ATASAN = {
    "rsud": [
        ("Kepala Bidang Pelayanan Keperawatan", "administrator"),
        ("Plh. Direktur RSUD Provinsi dr. H. La Ode Manarfa", "administrator"),
    ],
    "sma": [("Kepala SMA Negeri 2 Sanggar Raja", "Ahli Madya")],
    "smk": [("Kepala SMK Negeri 1 Teluk Lasolo", "Ahli Madya")],
    "cabdin": [
        ("Plh. Kepala Dinas Pendidikan dan Kebudayaan", "jpt"),
        ("Kepala Cabang Dinas Pendidikan Wilayah II", "administrator"),
    ],
    "samsat": [("Kepala UPT Samsat Kota Sanggar Raja", "administrator")],
    "balai": [("Kepala UPT Balai Latihan Kerja Teluk Lasolo", "administrator")],
    "biro_pem": [("Kepala Biro Pemerintahan dan Otonomi Daerah", "jpt")],
    "biro_org": [("Kepala Bagian Kelembagaan dan Analisis Jabatan", "administrator")],
    "bkd": [("Kepala Bidang Pengembangan Kompetensi Aparatur", "administrator")],
    "bapenda": [("Plh. Kepala Badan Pendapatan Daerah", "jpt")],
}

# Pegawai JA/JF: (unit, jabatan as written, jenis, jenjang/level, role key)
# jenis "jf" titles carry the jenjang in the way the office writes it.
PEGAWAI_JF = [
    ("rsud", "Perawat (Ahli Muda)", "Ahli Muda", "perawat"),
    ("rsud", "Perawat Ahli Muda selaku Kepala Ruangan Rawat Inap Melati", "Ahli Muda", "karu"),
    ("rsud", "Perawat Terampil", "Terampil", "perawat"),
    ("rsud", "Bidan (Ahli Pertama)", "Ahli Pertama", "bidan"),
    ("rsud", "Apoteker Ahli Pertama", "Ahli Pertama", "apoteker"),
    ("rsud", "Pranata Laboratorium Kesehatan Mahir", "Mahir", "pralab"),
    ("rsud", "Pranata Laboratorium Kesehatan (Ahli Pertama)", "Ahli Pertama", "pralab"),
    ("rsud", "Dokter Ahli Madya", "Ahli Madya", "dokter"),
    ("sma", "Guru Ahli Pertama", "Ahli Pertama", "guru"),
    ("sma", "Guru Ahli Muda", "Ahli Muda", "guru"),
    ("smk", "Guru (Ahli Muda)", "Ahli Muda", "guru"),
    (
        "smk",
        "Guru Ahli Madya diberi tugas tambahan sebagai Kepala SMK Negeri 1 Teluk Lasolo",
        "Ahli Madya",
        "kepsek",
    ),
    ("bkd", "Analis Kepegawaian (Ahli Pertama)", "Ahli Pertama", "kepeg"),
    ("biro_pem", "Analis Kebijakan Ahli Muda", "Ahli Muda", "kebijakan"),
    ("balai", "Instruktur Ahli Pertama", "Ahli Pertama", "instruktur"),
    ("biro_org", "Pranata Komputer (Ahli Pertama)", "Ahli Pertama", "prakom"),
]
PEGAWAI_JA = [
    ("samsat", "Penata Layanan Operasional", "pelaksana", "samsat"),
    ("samsat", "Pengadministrasi Perkantoran", "pelaksana", "samsat_adm"),
    ("samsat", "Kepala Seksi Penerimaan dan Penagihan", "pengawas", "samsat_kasi"),
    ("balai", "Pengelola Layanan Operasional", "pelaksana", "balai"),
    ("sma", "Pengadministrasi Perkantoran", "pelaksana", "tas"),
    ("smk", "Penata Layanan Operasional", "pelaksana", "tas"),
    ("cabdin", "Kepala Subbagian Tata Usaha", "pengawas", "cabdin_tu"),
    ("cabdin", "Kepala Cabang Dinas Pendidikan Wilayah II", "administrator", "cabdin_kepala"),
    ("biro_pem", "Kepala Bagian Otonomi Daerah", "administrator", "biro_kabag"),
    ("biro_org", "Penelaah Teknis Kebijakan", "pelaksana", "biro_staf"),
    ("rsud", "Kepala Bagian Umum dan Keuangan", "administrator", "rsud_kabag"),
    ("rsud", "Pengolah Data dan Informasi", "pelaksana", "rsud_data"),
    ("bkd", "Operator Layanan Operasional", "pelaksana", "bkd_staf"),
    ("bapenda", "Penata Kelola Pendapatan Daerah", "pelaksana", "bapenda_staf"),
]

# JPT: (jabatan, unit key, penilai jabatan, penilai is political)
PEGAWAI_JPT = [
    ("Kepala Dinas Pendidikan dan Kebudayaan", "cabdin", "Gubernur Nusa Kenanga", True),
    ("Kepala Badan Pendapatan Daerah", "bapenda", "Sekretaris Daerah Provinsi Nusa Kenanga", False),
    ("Kepala Badan Kepegawaian Daerah", "bkd", "Sekretaris Daerah Provinsi Nusa Kenanga", False),
    (
        "Asisten Pemerintahan dan Kesejahteraan Rakyat",
        "biro_pem",
        "Sekretaris Daerah Provinsi Nusa Kenanga",
        False,
    ),
    ("Asisten Perekonomian dan Pembangunan", "biro_org", "Sekretaris Daerah Provinsi Nusa Kenanga", False),
    ("Sekretaris Daerah Provinsi Nusa Kenanga", "biro_pem", "Gubernur Nusa Kenanga", True),
    (
        "Direktur RSUD Provinsi dr. H. La Ode Manarfa",
        "rsud",
        "Sekretaris Daerah Provinsi Nusa Kenanga",
        False,
    ),
]

# ---- RK JA/JF per role ---------------------------------------------------------------------------------
# IKI: (aspek, text, number, satuan, kind)
RK = {
    "perawat": [
        (
            "Asuhan keperawatan pasien rawat inap terdokumentasi sesuai standar",
            "Meningkatnya mutu pelayanan keperawatan rawat inap",
            [
                ("Kuantitas", "Jumlah dokumen asuhan keperawatan yang lengkap", 240, "Dokumen", "n"),
                ("Kualitas", "Persentase kelengkapan pengisian rekam asuhan keperawatan", 90, "%", "n"),
            ],
        ),
        (
            "Pasien risiko jatuh teridentifikasi dan tertangani sesuai SPO",
            "Meningkatnya keselamatan pasien rawat inap",
            [
                (
                    "Kuantitas",
                    "Jumlah pasien risiko jatuh yang dinilai dengan skala Morse",
                    120,
                    "Pasien",
                    "n",
                ),
                ("Waktu", "Waktu pengkajian risiko jatuh sejak pasien masuk ruangan", 2, "Jam", "k"),
            ],
        ),
    ],
    "karu": [
        (
            "Pelayanan keperawatan di Ruang Melati terlaksana sesuai standar akreditasi",
            "Meningkatnya mutu pelayanan keperawatan rawat inap",
            [
                ("Kuantitas", "Jumlah laporan supervisi keperawatan ruangan", 12, "Laporan", "n"),
                ("Kualitas", "Persentase kepatuhan perawat terhadap SPO ruangan", 85, "%", "n"),
                ("Waktu", "Waktu penyampaian laporan indikator mutu ruangan", 5, "Hari", "k"),
            ],
        ),
        (
            "Jadwal dinas dan pembagian tugas perawat ruangan tersusun tepat waktu",
            "Tersedianya tenaga keperawatan yang memadai pada unit rawat inap",
            [("Kuantitas", "Jumlah jadwal dinas bulanan yang ditetapkan", 12, "Dokumen", "n")],
        ),
    ],
    "bidan": [
        (
            "Pelayanan persalinan normal di ruang bersalin terlaksana sesuai standar",
            "Menurunnya kasus komplikasi maternal di RSUD",
            [
                ("Kuantitas", "Jumlah partograf persalinan normal yang terisi lengkap", 150, "Dokumen", "n"),
                ("Kualitas", "Persentase persalinan tanpa komplikasi perdarahan", 95, "%", "n"),
            ],
        ),
        (
            "Konseling KB pascapersalinan tercatat dalam register",
            "Meningkatnya cakupan KB pascapersalinan",
            [("Kuantitas", "Jumlah ibu nifas yang mendapat konseling KB", 100, "Orang", "n")],
        ),
    ],
    "apoteker": [
        (
            "Resep pasien rawat jalan terlayani sesuai standar pelayanan kefarmasian",
            "Meningkatnya mutu pelayanan farmasi klinik",
            [
                ("Kuantitas", "Jumlah resep rawat jalan yang dikaji", 6000, "Resep", "n"),
                ("Waktu", "Waktu tunggu pelayanan resep obat jadi", 30, "Menit", "k"),
            ],
        ),
        (
            "Laporan pemantauan terapi obat tersusun",
            "Meningkatnya keamanan penggunaan obat pasien rawat inap",
            [
                ("Kuantitas", "Jumlah laporan pemantauan terapi obat", 12, "Laporan", "n"),
                ("Kualitas", "Persentase rekomendasi apoteker yang diterima DPJP", 80, "%", "n"),
            ],
        ),
    ],
    "pralab": [
        (
            "Hasil pemeriksaan hematologi rutin tersedia tepat waktu",
            "Meningkatnya mutu pelayanan laboratorium klinik",
            [
                ("Kuantitas", "Jumlah sampel hematologi yang diperiksa", 4800, "Sampel", "n"),
                ("Waktu", "Waktu tunggu hasil pemeriksaan hematologi", 60, "Menit", "k"),
            ],
        ),
        (
            "Pemantapan mutu internal alat laboratorium terdokumentasi",
            "Terjaminnya akurasi hasil pemeriksaan laboratorium",
            [
                ("Kuantitas", "Jumlah catatan kontrol kualitas harian", 240, "Catatan", "n"),
                ("Kualitas", "Persentase hasil kontrol dalam batas Westgard", 95, "%", "n"),
            ],
        ),
    ],
    "dokter": [
        (
            "Pelayanan medik spesialis penyakit dalam rawat jalan terlaksana sesuai PPK",
            "Meningkatnya mutu pelayanan medik spesialistik",
            [
                ("Kuantitas", "Jumlah pasien poliklinik penyakit dalam yang dilayani", 2400, "Pasien", "n"),
                ("Kualitas", "Persentase kepatuhan terhadap clinical pathway", 85, "%", "n"),
            ],
        ),
        (
            "Resume medis pasien pulang tersusun lengkap",
            "Meningkatnya kelengkapan rekam medis",
            [
                ("Kuantitas", "Jumlah resume medis pasien pulang", 600, "Dokumen", "n"),
                ("Waktu", "Waktu penyelesaian resume medis setelah pasien pulang", 2, "Hari", "k"),
            ],
        ),
    ],
    "guru": [
        (
            "Pembelajaran Matematika kelas XI terlaksana sesuai modul ajar",
            "Meningkatnya mutu pembelajaran di satuan pendidikan",
            [
                ("Kuantitas", "Jumlah modul ajar yang disusun", 12, "Dokumen/Laporan", "n"),
                ("Kualitas", "Persentase peserta didik mencapai KKTP", 80, "%", "n"),
            ],
        ),
        (
            "Hasil asesmen sumatif peserta didik terolah dan terlaporkan",
            "Tersedianya laporan hasil belajar peserta didik tepat waktu",
            [
                ("Kuantitas", "Jumlah laporan hasil asesmen per rombongan belajar", 8, "Laporan", "n"),
                ("Waktu", "Waktu penyerahan nilai rapor ke wali kelas", 7, "Hari", "k"),
            ],
        ),
    ],
    "kepsek": [
        (
            "Rencana Kerja Sekolah tahun 2025 tersusun dan dilaksanakan",
            "Meningkatnya mutu layanan SMA/SMK di wilayah Cabang Dinas II",
            [
                ("Kuantitas", "Jumlah dokumen RKS dan RKAS yang ditetapkan", 2, "Dokumen", "n"),
                ("Kualitas", "Persentase program RKS yang terlaksana", 85, "%", "n"),
            ],
        ),
        (
            "Supervisi akademik guru terlaksana dan ditindaklanjuti",
            "Meningkatnya kompetensi pedagogik guru",
            [
                ("Kuantitas", "Jumlah guru yang disupervisi", 42, "Orang", "n"),
                ("Waktu", "Waktu penyampaian laporan supervisi ke Cabang Dinas", 10, "Hari", "k"),
            ],
        ),
    ],
    "kepeg": [
        (
            "Usulan kenaikan pangkat ASN provinsi terverifikasi",
            "Meningkatnya kualitas layanan administrasi kepegawaian",
            [
                ("Kuantitas", "Jumlah berkas usulan kenaikan pangkat yang diverifikasi", 480, "Berkas", "n"),
                ("Waktu", "Waktu verifikasi berkas usulan", 3, "Hari", "k"),
            ],
        ),
        (
            "Data SIASN pegawai perangkat daerah termutakhirkan",
            "Tersedianya data kepegawaian yang akurat",
            [
                (
                    "Kuantitas",
                    "Jumlah perangkat daerah yang datanya dimutakhirkan",
                    38,
                    "Perangkat Daerah",
                    "n",
                )
            ],
        ),
    ],
    "kebijakan": [
        (
            "Rekomendasi kebijakan penataan kewenangan provinsi tersusun",
            "Meningkatnya kualitas penyelenggaraan otonomi daerah",
            [
                ("Kuantitas", "Jumlah policy brief yang disampaikan kepada pimpinan", 4, "Dokumen", "n"),
                ("Kualitas", "Persentase rekomendasi yang ditindaklanjuti", 75, "%", "n"),
            ],
        ),
        (
            "Kajian evaluasi penyelenggaraan pemerintahan daerah kabupaten/kota tersusun",
            "Meningkatnya kinerja penyelenggaraan pemerintahan kabupaten/kota",
            [("Kuantitas", "Jumlah kabupaten/kota yang dievaluasi", 17, "Kabupaten/Kota", "n")],
        ),
    ],
    "instruktur": [
        (
            "Pelatihan berbasis kompetensi kejuruan otomotif terlaksana",
            "Meningkatnya jumlah lulusan pelatihan yang kompeten",
            [
                ("Kuantitas", "Jumlah peserta pelatihan yang dilatih", 64, "Orang", "n"),
                ("Kualitas", "Persentase peserta yang dinyatakan kompeten", 85, "%", "n"),
            ],
        ),
        (
            "Program pelatihan kejuruan otomotif termutakhirkan",
            "Tersedianya program pelatihan yang sesuai kebutuhan industri",
            [("Kuantitas", "Jumlah program pelatihan yang diperbarui", 3, "Dokumen", "n")],
        ),
    ],
    "prakom": [
        (
            "Aplikasi e-Kinerja provinsi beroperasi tanpa gangguan",
            "Tersedianya sistem informasi kelembagaan yang andal",
            [
                ("Kuantitas", "Jumlah laporan pemeliharaan aplikasi", 12, "Laporan", "n"),
                ("Kualitas", "Persentase ketersediaan layanan aplikasi", 98, "%", "n"),
            ],
        ),
        (
            "Basis data peta jabatan perangkat daerah tersedia",
            "Tersedianya data kelembagaan dan jabatan yang mutakhir",
            [
                (
                    "Kuantitas",
                    "Jumlah perangkat daerah yang peta jabatannya terinput",
                    38,
                    "Perangkat Daerah",
                    "n",
                )
            ],
        ),
    ],
    "samsat": [
        (
            "Penerimaan Pajak Kendaraan Bermotor di UPT Samsat tercapai",
            "Meningkatnya pendapatan asli daerah dari pajak daerah",
            [
                ("Kuantitas", "Jumlah penerimaan PKB yang tercatat", 85000000000, "Rupiah", "n"),
                ("Waktu", "Waktu penyetoran penerimaan ke kas daerah", 1, "Hari", "k"),
            ],
        ),
        (
            "Berkas pengesahan STNK tahunan terlayani",
            "Meningkatnya kualitas pelayanan Samsat",
            [("Kuantitas", "Jumlah berkas pengesahan STNK yang diproses", 36000, "Berkas", "n")],
        ),
    ],
    "samsat_adm": [
        (
            "Surat masuk dan keluar UPT Samsat teradministrasi",
            "Terselenggaranya tata usaha UPT Samsat yang tertib",
            [
                ("Kuantitas", "Jumlah surat yang diagendakan", 1200, "Surat", "n"),
                ("Waktu", "Waktu pendistribusian surat masuk", 1, "Hari", "k"),
            ],
        ),
        (
            "Arsip dokumen penetapan pajak tertata",
            "Terselenggaranya tata usaha UPT Samsat yang tertib",
            [("Kuantitas", "Jumlah boks arsip yang tertata", 40, "Boks", "n")],
        ),
    ],
    "samsat_kasi": [
        (
            "Tunggakan PKB wilayah kota tertagih",
            "Meningkatnya penerimaan Pajak Kendaraan Bermotor",
            [
                ("Kuantitas", "Jumlah tunggakan PKB yang tertagih", 4500000000, "Rupiah", "n"),
                ("Kualitas", "Persentase wajib pajak menunggak yang disurati", 90, "%", "n"),
            ],
        ),
        (
            "Biaya operasional penagihan terkendali",
            "Meningkatnya efisiensi pemungutan pajak daerah",
            [("Biaya", "Biaya penagihan door to door", 150000000, "Rupiah", "k")],
        ),
    ],
    "balai": [
        (
            "Sarana dan prasarana bengkel pelatihan siap pakai",
            "Terselenggaranya pelatihan kerja yang bermutu",
            [
                ("Kuantitas", "Jumlah laporan pemeliharaan peralatan bengkel", 12, "Laporan", "n"),
                ("Waktu", "Waktu perbaikan peralatan yang rusak ringan", 3, "Hari", "k"),
            ],
        ),
        (
            "Data alumni pelatihan termutakhirkan",
            "Tersedianya data penempatan lulusan pelatihan",
            [("Kuantitas", "Jumlah data alumni yang diperbarui", 320, "Orang", "n")],
        ),
    ],
    "tas": [
        (
            "Data peserta didik pada Dapodik termutakhirkan",
            "Terselenggaranya administrasi sekolah yang tertib",
            [
                ("Kuantitas", "Jumlah data peserta didik yang dimutakhirkan", 864, "Siswa", "n"),
                ("Waktu", "Waktu pemutakhiran data setelah mutasi siswa", 7, "Hari", "k"),
            ],
        ),
        (
            "Administrasi persuratan sekolah tertib",
            "Terselenggaranya administrasi sekolah yang tertib",
            [("Kuantitas", "Jumlah surat keluar yang teragenda", 350, "Surat", "n")],
        ),
    ],
    "cabdin_tu": [
        (
            "Laporan keuangan Cabang Dinas tersusun tepat waktu",
            "Meningkatnya akuntabilitas keuangan Dinas Pendidikan dan Kebudayaan",
            [
                ("Kuantitas", "Jumlah laporan realisasi anggaran bulanan", 12, "Laporan", "n"),
                ("Waktu", "Waktu penyampaian laporan ke Sekretariat Dinas", 10, "Hari", "k"),
            ],
        ),
        (
            "Barang milik daerah di Cabang Dinas tercatat dalam KIB",
            "Tertibnya pengelolaan barang milik daerah",
            [("Kuantitas", "Jumlah KIB yang dimutakhirkan", 6, "Dokumen", "n")],
        ),
    ],
    "cabdin_kepala": [
        (
            "Meningkatnya mutu layanan SMA/SMK di wilayah Cabang Dinas II",
            "Meningkatnya akses dan mutu pendidikan menengah",
            [
                ("Kuantitas", "Jumlah satuan pendidikan yang dimonitor", 46, "Sekolah", "n"),
                ("Kualitas", "Persentase sekolah terakreditasi minimal B", 90, "%", "n"),
            ],
        ),
        (
            "Rapor Pendidikan SMA/SMK wilayah II dianalisis dan ditindaklanjuti",
            "Meningkatnya akses dan mutu pendidikan menengah",
            [("Kuantitas", "Jumlah laporan analisis Rapor Pendidikan", 2, "Laporan", "n")],
        ),
    ],
    "biro_kabag": [
        (
            "Evaluasi kinerja penyelenggaraan pemerintahan daerah kabupaten/kota tersusun",
            "Meningkatnya kualitas penyelenggaraan otonomi daerah",
            [
                ("Kuantitas", "Jumlah dokumen EKPPD yang disusun", 17, "Dokumen", "n"),
                ("Waktu", "Waktu penyampaian LPPD Provinsi ke Kemendagri", 3, "Bulan", "k"),
            ],
        ),
        (
            "Kerja sama daerah yang dievaluasi",
            "Meningkatnya manfaat kerja sama daerah",
            [("Kuantitas", "Jumlah naskah kerja sama yang dievaluasi", 24, "Naskah", "n")],
        ),
    ],
    "biro_staf": [
        (
            "Analisis jabatan dan analisis beban kerja perangkat daerah tervalidasi",
            "Tersedianya data kelembagaan dan jabatan yang mutakhir",
            [
                ("Kuantitas", "Jumlah dokumen anjab ABK yang divalidasi", 38, "Dokumen", "n"),
                ("Waktu", "Waktu validasi dokumen sejak diterima", 5, "Hari", "k"),
            ],
        ),
        (
            "Standar operasional prosedur perangkat daerah terevaluasi",
            "Meningkatnya tata laksana perangkat daerah",
            [("Kuantitas", "Jumlah SOP yang dievaluasi", 60, "SOP", "n")],
        ),
    ],
    "rsud_kabag": [
        (
            "Laporan keuangan BLUD RSUD tersusun tepat waktu",
            "Meningkatnya akuntabilitas keuangan BLUD",
            [
                ("Kuantitas", "Jumlah laporan keuangan BLUD", 4, "Laporan", "n"),
                ("Waktu", "Waktu penyampaian laporan keuangan semesteran", 1, "Bulan", "k"),
            ],
        ),
        (
            "Pendapatan BLUD RSUD tercapai",
            "Meningkatnya kemandirian keuangan RSUD",
            [("Kuantitas", "Jumlah pendapatan BLUD", 95000000000, "Rupiah", "n")],
        ),
    ],
    "rsud_data": [
        (
            "Data kunjungan pasien tersaji dalam dasbor SIMRS",
            "Tersedianya data pelayanan rumah sakit yang akurat",
            [
                ("Kuantitas", "Jumlah laporan kunjungan bulanan", 12, "Laporan", "n"),
                ("Waktu", "Waktu penyajian laporan setelah akhir bulan", 5, "Hari", "k"),
            ],
        ),
        (
            "Laporan RL SIRS Online terkirim",
            "Tersedianya data pelayanan rumah sakit yang akurat",
            [("Kuantitas", "Jumlah laporan RL yang terkirim", 12, "Laporan", "n")],
        ),
    ],
    "bkd_staf": [
        (
            "Layanan cuti ASN provinsi terproses",
            "Meningkatnya kualitas layanan administrasi kepegawaian",
            [
                ("Kuantitas", "Jumlah permohonan cuti yang diproses", 900, "Permohonan", "n"),
                ("Waktu", "Waktu penerbitan surat izin cuti", 2, "Hari", "k"),
            ],
        ),
        (
            "Arsip kepegawaian digital terunggah",
            "Tersedianya data kepegawaian yang akurat",
            [("Kuantitas", "Jumlah dokumen kepegawaian yang dipindai", 3000, "Dokumen", "n")],
        ),
    ],
    "bapenda_staf": [
        (
            "Data potensi pajak air permukaan termutakhirkan",
            "Meningkatnya pendapatan asli daerah dari pajak daerah",
            [
                ("Kuantitas", "Jumlah wajib pajak air permukaan yang didata", 85, "Wajib Pajak", "n"),
                ("Waktu", "Waktu penyampaian laporan potensi", 10, "Hari", "k"),
            ],
        ),
        (
            "Laporan realisasi pendapatan daerah tersusun",
            "Meningkatnya akuntabilitas pengelolaan pendapatan daerah",
            [("Kuantitas", "Jumlah laporan realisasi pendapatan", 12, "Laporan", "n")],
        ),
    ],
}

# Kinerja Tambahan JA/JF: (rk, [iki])
RK_TAMBAHAN = [
    (
        "Sertifikat pelatihan Basic Life Support diperoleh",
        [("Kuantitas", "Jumlah sertifikat pelatihan", 1, "Sertifikat", "n")],
    ),
    (
        "Keanggotaan dalam Tim Penanggulangan Bencana Provinsi terlaksana",
        [("Kuantitas", "Jumlah laporan kegiatan tim", 2, "Laporan", "n")],
    ),
    (
        "Materi sosialisasi budaya kerja BerAKHLAK tersampaikan di unit kerja",
        [("Kuantitas", "Jumlah sesi sosialisasi", 4, "Sesi", "n")],
    ),
]

# Butir kegiatan per role (JF): (butir, output, angka kredit)
BUTIR = {
    "perawat": [
        ("Melakukan pengkajian keperawatan lanjutan", "Dokumen pengkajian", "0,02"),
        ("Melakukan tindakan keperawatan pada pasien risiko jatuh", "Catatan tindakan", "0,01"),
    ],
    "karu": [
        ("Melaksanakan supervisi pelayanan keperawatan", "Laporan supervisi", "0,15"),
        ("Menyusun rencana kebutuhan tenaga perawat ruangan", "Jadwal dinas", "0,05"),
    ],
    "bidan": [
        ("Melakukan pertolongan persalinan normal", "Partograf", "0,03"),
        ("Memberikan konseling KB pascapersalinan", "Register konseling", "0,005"),
    ],
    "apoteker": [
        ("Melakukan pengkajian dan pelayanan resep", "Resep terkaji", "0,004"),
        ("Melakukan pemantauan terapi obat", "Laporan PTO", "0,025"),
    ],
    "pralab": [
        ("Melakukan pemeriksaan hematologi rutin", "Hasil pemeriksaan", "0,003"),
        ("Melakukan pemantapan mutu internal", "Catatan kontrol", "0,008"),
    ],
    "dokter": [
        ("Melakukan pelayanan medik spesialistik rawat jalan", "Rekam medis", "0,012"),
        ("Membuat resume medis pasien pulang", "Resume medis", "0,006"),
    ],
    "guru": [
        ("Menyusun modul ajar", "Modul ajar", "0,5"),
        ("Melaksanakan asesmen sumatif", "Laporan nilai", "0,25"),
    ],
    "kepsek": [
        ("Menyusun rencana kerja sekolah", "Dokumen RKS", "1,5"),
        ("Melaksanakan supervisi akademik", "Laporan supervisi", "0,75"),
    ],
    "kepeg": [
        ("Melakukan verifikasi usulan kenaikan pangkat", "Berkas terverifikasi", "0,008"),
        ("Melakukan pemutakhiran data kepegawaian", "Data mutakhir", "0,015"),
    ],
    "kebijakan": [
        ("Menyusun policy brief", "Policy brief", "1,2"),
        ("Melakukan evaluasi kebijakan", "Laporan evaluasi", "0,8"),
    ],
    "instruktur": [
        ("Melaksanakan pelatihan berbasis kompetensi", "Laporan pelatihan", "0,032"),
        ("Menyusun program pelatihan", "Program pelatihan", "0,4"),
    ],
    "prakom": [
        ("Melakukan pemeliharaan aplikasi", "Laporan pemeliharaan", "0,021"),
        ("Melakukan entri data ke basis data", "Data terinput", "0,004"),
    ],
}

# ---- JPT ------------------------------------------------------------------------------------------------
PERSPEKTIF = ["Penerima Layanan (Stakeholder)", "Proses Bisnis", "Penguatan Internal", "Anggaran"]
PERSPEKTIF_TULIS = {
    "Penerima Layanan (Stakeholder)": [
        "Perspektif Penerima Layanan",
        "PENERIMA LAYANAN/STAKEHOLDER",
        "Stakeholder",
    ],
    "Proses Bisnis": ["Perspektif Proses Bisnis", "PROSES BISNIS", "Proses Bisnis"],
    "Penguatan Internal": ["Perspektif Penguatan Internal", "PENGUATAN INTERNAL", "Penguatan Internal"],
    "Anggaran": ["Perspektif Anggaran", "ANGGARAN", "Anggaran"],
}
# (perspektif, rk, [(iki, number, satuan, kind)])
RK_JPT: list[tuple[str, str, list[tuple[str, float, str, str]]]] = [
    (
        "Penerima Layanan (Stakeholder)",
        "Meningkatnya kepuasan masyarakat terhadap layanan perangkat daerah",
        [("Indeks Kepuasan Masyarakat", 82.5, "", "n")],
    ),
    (
        "Penerima Layanan (Stakeholder)",
        "Meningkatnya kualitas layanan publik provinsi",
        [("Persentase pengaduan masyarakat yang diselesaikan", 90, "%", "n")],
    ),
    (
        "Proses Bisnis",
        "Meningkatnya efektivitas pelaksanaan program prioritas daerah",
        [
            ("Persentase program prioritas yang mencapai target", 85, "%", "n"),
            ("Jumlah inovasi pelayanan yang diterapkan", 3, "Inovasi", "n"),
        ],
    ),
    (
        "Proses Bisnis",
        "Meningkatnya kualitas tata kelola perencanaan dan penganggaran",
        [("Nilai evaluasi SAKIP perangkat daerah", 75, "", "n")],
    ),
    (
        "Penguatan Internal",
        "Meningkatnya kapasitas aparatur perangkat daerah",
        [("Persentase ASN yang memenuhi 20 JP pengembangan kompetensi", 80, "%", "n")],
    ),
    (
        "Penguatan Internal",
        "Meningkatnya kualitas reformasi birokrasi perangkat daerah",
        [("Indeks Reformasi Birokrasi perangkat daerah", 70, "", "n")],
    ),
    (
        "Anggaran",
        "Meningkatnya akuntabilitas pengelolaan keuangan perangkat daerah",
        [
            ("Persentase realisasi anggaran", 95, "%", "n"),
            ("Jumlah temuan BPK yang ditindaklanjuti", 12, "Temuan", "n"),
        ],
    ),
    (
        "Anggaran",
        "Meningkatnya efisiensi belanja perangkat daerah",
        [("Persentase efisiensi belanja operasional", 5, "%", "n")],
    ),
]
RK_JPT_TAMBAHAN = [
    (
        "Keikutsertaan sebagai narasumber Latsar CPNS provinsi terlaksana",
        [("Jumlah sesi sebagai narasumber", 2, "Sesi", "n")],
    ),
]
MANUAL_TUJUAN = "Mengukur keberhasilan pencapaian sasaran perangkat daerah sesuai Perjanjian Kinerja"
MANUAL_SUMBER = ["Laporan Kinerja Perangkat Daerah", "Aplikasi SIPD", "Laporan Survei Kepuasan Masyarakat"]
MANUAL_PERIODE = ["Triwulanan", "Semesteran", "Tahunan"]

CARA_MEMANTAU = [
    ("Laporan bulanan", "Aplikasi/register unit", "Tiap akhir bulan"),
    ("Rekapitulasi kinerja", "Kepala unit kerja", "Triwulanan"),
    ("Dokumen hasil kerja", "Arsip unit kerja", "Semesteran"),
]
CATATAN_PENILAI = ["Sesuai", "Sudah selaras dengan RK atasan", "OK", "Lanjutkan", ""]
