"""Fictional vertical offices of central government (instansi vertikal) and what their staff write in January.

Everything here is invented for the held-out set ``nyata_aw``: the regions (Provinsi Tanjung Selaksa,
Kabupaten Lembah Sari and Muara Kencana), the offices, the people and their plans. The ministries are the
real kinds (Kementerian Agama, Badan Pusat Statistik, Kementerian Keuangan, Kementerian Pertanian,
Kementerian Imigrasi dan Pemasyarakatan) because their templates are the theme; no real office or person is
described. Texts are written from SPEC §1–§5 only.
"""

from __future__ import annotations

# name, gender digit (1 man, 2 woman), grouped by the kind of office whose staff would carry such a gelar
NAMA = {
    "kemenag": [
        ("Dr. H. Ahmad Syarifuddin, S.Ag., M.Pd.I.", 1),
        ("Hj. Siti Rahmawati, S.Pd.I., M.Pd.", 2),
        ("H. Muhammad Ridwan Lubis, Lc., M.A.", 1),
        ("Nurul Hidayah, S.Sos.I.", 2),
        ("Drs. H. Zainal Abidin, M.Si.", 1),
        ("H. Abdul Karim, S.H.I., M.H.", 1),
        ("Ilham Maulana, S.Ag.", 1),
        ("Dra. Hj. Mardiana, M.Pd.I.", 2),
        ("Fauzan Azhari, S.Pd.", 1),
        ("Dr. Hj. Nurhasanah, M.Ag.", 2),
        ("Sri Mulyani Harahap, S.Pd.", 2),
        ("Arif Rahman Hakim, S.Sy.", 1),
        ("Nur Aisyah, S.Pd.", 2),
        ("Kholid Mawardi, S.Ag., M.Pd.", 1),
        ("Rosmawati, S.Pd.I.", 2),
        ("Zulkifli Nasution, S.Ag.", 1),
        ("Hasanah Lubis, S.Pd.", 2),
        ("Ratna Wulandari, S.Pd.", 2),
        ("Fitri Handayani, S.E., M.Ak.", 2),
        ("Lestari Ningsih, A.Md.Ak.", 2),
    ],
    "bps": [
        ("Rahmat Hidayat, S.ST., M.Stat.", 1),
        ("Dewi Kartika Sari, S.Si.", 2),
        ("Yuliana Pratiwi, S.Kom.", 2),
        ("Rina Marlina, S.Tr.Stat.", 2),
        ("Eko Prasetyo, S.Kom., M.T.", 1),
        ("Hanifah Zahra, S.Si., M.Si.", 2),
        ("Mochamad Yusuf, S.Kom.", 1),
        ("Winda Oktaviani, S.Stat.", 2),
        ("Dr. Ir. Sugeng Riyadi, M.M.", 1),
        ("Agus Setiawan, A.Md.", 1),
    ],
    "keuangan": [
        ("Dedi Kurniawan, S.E.", 1),
        ("Adi Nugroho, S.E., M.E.", 1),
        ("Ayu Lestari, S.Ak.", 2),
        ("Darmawan Siregar, S.E., Ak.", 1),
        ("Erna Susanti, S.E.", 2),
        ("Aditya Pratama, S.Tr.Ak.", 1),
        ("Indah Permatasari, S.IP.", 2),
        ("Teguh Santoso, S.Sos.", 1),
    ],
    "veteriner": [
        ("drh. Gunawan Wibisono, M.Sc.", 1),
        ("drh. Putri Anggraeni", 2),
        ("Sutrisno, S.Pt.", 1),
        ("Wahyuni Safitri, A.Md.Vet.", 2),
        ("Ir. Taufik Ismail, M.Sc.", 1),
        ("Mutiara Kasih, S.Hut.", 2),
    ],
    "pemasyarakatan": [
        ("Hendra Saputra, A.Md.IP., S.H.", 1),
        ("Joko Susilo, S.H.", 1),
        ("Irwan Syahputra, A.Md.P.", 1),
        ("Meiliana Tambunan, S.Psi.", 2),
        ("Dr. Bonifasius Sitompul, S.H., M.Hum.", 1),
        ("Bambang Suprapto, S.H., M.H.", 1),
        ("Yohanes Manurung, S.H.", 1),
        ("Rudi Hartono, S.T.", 1),
    ],
}
SATKER_NAMA = {
    "kemenag_kab": "kemenag",
    "kanwil_kemenag": "kemenag",
    "bps_kab": "bps",
    "bps_prov": "bps",
    "kpp": "keuangan",
    "kanwil_djp": "keuangan",
    "balai_vet": "veteriner",
    "lapas": "pemasyarakatan",
    "kanwil_pas": "pemasyarakatan",
}

# golongan -> pangkat (PP 99/2000)
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

JENJANG_GOL = {
    "Terampil": ["II/b", "II/c", "II/d"],
    "Mahir": ["III/a", "III/b"],
    "Penyelia": ["III/c", "III/d"],
    "Ahli Pertama": ["III/a", "III/b"],
    "Ahli Muda": ["III/c", "III/d"],
    "Ahli Madya": ["IV/a", "IV/b", "IV/c"],
}

# Satuan kerja: key -> (kementerian line, eselon I, satker name, kode satker, kota, atasan satker)
SATKER = {
    "kemenag_kab": (
        "KEMENTERIAN AGAMA REPUBLIK INDONESIA",
        "SEKRETARIAT JENDERAL",
        "Kantor Kementerian Agama Kabupaten Lembah Sari",
        "426871",
        "Lembah Sari",
    ),
    "kanwil_kemenag": (
        "KEMENTERIAN AGAMA REPUBLIK INDONESIA",
        "SEKRETARIAT JENDERAL",
        "Kantor Wilayah Kementerian Agama Provinsi Tanjung Selaksa",
        "426800",
        "Kota Selaksa",
    ),
    "bps_kab": (
        "BADAN PUSAT STATISTIK",
        "SEKRETARIAT UTAMA",
        "Badan Pusat Statistik Kabupaten Muara Kencana",
        "054317",
        "Muara Kencana",
    ),
    "bps_prov": (
        "BADAN PUSAT STATISTIK",
        "SEKRETARIAT UTAMA",
        "Badan Pusat Statistik Provinsi Tanjung Selaksa",
        "054300",
        "Kota Selaksa",
    ),
    "kpp": (
        "KEMENTERIAN KEUANGAN REPUBLIK INDONESIA",
        "DIREKTORAT JENDERAL PAJAK",
        "Kantor Pelayanan Pajak Pratama Muara Kencana",
        "985112",
        "Muara Kencana",
    ),
    "kanwil_djp": (
        "KEMENTERIAN KEUANGAN REPUBLIK INDONESIA",
        "DIREKTORAT JENDERAL PAJAK",
        "Kantor Wilayah Direktorat Jenderal Pajak Tanjung Selaksa",
        "985100",
        "Kota Selaksa",
    ),
    "balai_vet": (
        "KEMENTERIAN PERTANIAN REPUBLIK INDONESIA",
        "DIREKTORAT JENDERAL PETERNAKAN DAN KESEHATAN HEWAN",
        "Balai Veteriner Lembah Sari",
        "018423",
        "Lembah Sari",
    ),
    "lapas": (
        "KEMENTERIAN IMIGRASI DAN PEMASYARAKATAN REPUBLIK INDONESIA",
        "DIREKTORAT JENDERAL PEMASYARAKATAN",
        "Lembaga Pemasyarakatan Kelas IIA Muara Kencana",
        "413309",
        "Muara Kencana",
    ),
    "kanwil_pas": (
        "KEMENTERIAN IMIGRASI DAN PEMASYARAKATAN REPUBLIK INDONESIA",
        "DIREKTORAT JENDERAL PEMASYARAKATAN",
        "Kantor Wilayah Direktorat Jenderal Pemasyarakatan Tanjung Selaksa",
        "413300",
        "Kota Selaksa",
    ),
}


def iki(
    aspek: str, teks: str, target: str, num: float, satuan: str, khusus: bool = False, maks: bool = False
) -> dict:
    """One IKI: aspek, text, target as written, its number and satuan; ``khusus`` = lower is better;
    ``maks`` = the target is already the best achievable (100 %)."""
    return {
        "aspek": aspek,
        "iki": teks,
        "target": target,
        "num": num,
        "satuan": satuan,
        "khusus": khusus,
        "maks": maks,
    }


def rk(
    atasan: str,
    teks: str,
    ikis: list[dict],
    butir: list[tuple[str, str, str]] | None = None,
    pantau: tuple[str, str, str] | None = None,
) -> dict:
    return {
        "atasan": atasan,
        "rk": teks,
        "ikis": ikis,
        "butir": butir or [],
        "pantau": pantau or ("Dokumen hasil kerja", "Arsip unit kerja", "Triwulanan"),
    }


# Peran JA/JF: key -> dict(satker, unit, jabatan variants, jenis, jenjang, penilai role, rks, tambahan)
PERAN: dict[str, dict] = {}

PERAN["penghulu"] = dict(
    satker="kemenag_kab",
    unit="KUA Kecamatan Sungai Pinang",
    jenis="jf",
    jenjang="Ahli Muda",
    jabatan="Penghulu",
    suffix=[" selaku Kepala KUA Kecamatan Sungai Pinang", ""],
    penilai=(
        "Kepala Kantor Kementerian Agama Kabupaten Lembah Sari",
        "Kantor Kementerian Agama Kabupaten Lembah Sari",
    ),
    rks=[
        rk(
            "SS.1 Meningkatnya kualitas layanan keagamaan"
            " / IKSS 1.2 Persentase peristiwa nikah yang tercatat",
            "Peristiwa nikah di wilayah KUA Kecamatan Sungai Pinang tercatat dan terlayani sesuai ketentuan",
            [
                iki(
                    "Kuantitas",
                    "Jumlah peristiwa nikah yang dicatat dan diterbitkan buku nikahnya",
                    "420 peristiwa",
                    420,
                    "peristiwa",
                ),
                iki("Kualitas", "Persentase akta nikah tanpa kesalahan data", "98 %", 98, "%"),
                iki("Waktu", "Waktu penerbitan buku nikah sejak akad", "1 hari", 1, "hari", khusus=True),
            ],
            [
                ("Melakukan pencatatan dan pengawasan nikah/rujuk", "Akta nikah", "0,020"),
                ("Menerbitkan buku nikah", "Buku nikah", "0,004"),
            ],
            ("Register nikah SIMKAH", "Aplikasi SIMKAH Web", "Bulanan"),
        ),
        rk(
            "IKSS 1.3 Jumlah calon pengantin yang mendapat bimbingan perkawinan",
            "Calon pengantin memperoleh bimbingan perkawinan pranikah",
            [
                iki(
                    "Kuantitas",
                    "Jumlah pasangan calon pengantin yang mengikuti bimbingan",
                    "180 pasang",
                    180,
                    "pasang",
                ),
                iki("Waktu", "Waktu pelaksanaan bimbingan sebelum akad", "10 hari", 10, "hari", khusus=True),
            ],
            [("Memberikan bimbingan perkawinan calon pengantin", "Laporan bimbingan", "0,050")],
            ("Daftar hadir bimbingan", "Seksi Bimas Islam", "Triwulanan"),
        ),
    ],
)
PERAN["penyuluh"] = dict(
    satker="kemenag_kab",
    unit="KUA Kecamatan Tanah Datar",
    jenis="jf",
    jenjang="Ahli Pertama",
    jabatan="Penyuluh Agama Islam",
    suffix=["", " merangkap Koordinator Penyuluh Kecamatan"],
    penilai=("Kepala KUA Kecamatan Tanah Datar", "Kantor Kementerian Agama Kabupaten Lembah Sari"),
    rks=[
        rk(
            "Meningkatnya pemahaman dan pengamalan ajaran agama masyarakat binaan",
            "Kelompok binaan memperoleh penyuluhan agama yang terjadwal",
            [
                iki(
                    "Kuantitas",
                    "Jumlah kelompok binaan yang mendapat penyuluhan",
                    "8 kelompok",
                    8,
                    "kelompok",
                ),
                iki("Kualitas", "Persentase laporan penyuluhan yang diterima tanpa revisi", "95 %", 95, "%"),
                iki(
                    "Waktu",
                    "Waktu penyampaian laporan penyuluhan tahunan",
                    "12 bulan",
                    12,
                    "bulan",
                    khusus=True,
                ),
            ],
            [
                ("Melaksanakan penyuluhan tatap muka", "Laporan penyuluhan", "0,060"),
                ("Menyusun materi penyuluhan", "Naskah materi", "0,080"),
            ],
            ("Laporan bulanan penyuluh", "Aplikasi e-Penyuluh", "Bulanan"),
        ),
        rk(
            "Meningkatnya moderasi beragama di masyarakat",
            "Masyarakat desa binaan memahami nilai moderasi beragama",
            [
                iki("Kuantitas", "Jumlah desa binaan kampung moderasi beragama", "2 desa", 2, "desa"),
                iki("Kualitas", "Persentase peserta yang memahami materi moderasi", "85 %", 85, "%"),
            ],
            [("Melaksanakan konsultasi kerukunan umat beragama", "Laporan konsultasi", "0,040")],
            ("Notulen dan daftar hadir", "Pokjaluh Kecamatan", "Semesteran"),
        ),
    ],
)
PERAN["guru_mts"] = dict(
    satker="kemenag_kab",
    unit="MTs Negeri 2 Lembah Sari",
    jenis="jf",
    jenjang="Ahli Muda",
    jabatan="Guru",
    suffix=["", " selaku Wakil Kepala Madrasah Bidang Kurikulum"],
    penilai=("Kepala MTs Negeri 2 Lembah Sari", "MTs Negeri 2 Lembah Sari"),
    rks=[
        rk(
            "Meningkatnya mutu pembelajaran di MTs Negeri 2 Lembah Sari",
            "Peserta didik kelas VIII menuntaskan capaian pembelajaran Matematika",
            [
                iki("Kuantitas", "Jumlah rombongan belajar yang diampu", "6 rombel", 6, "rombel"),
                iki("Kualitas", "Persentase peserta didik yang mencapai KKTP", "85 %", 85, "%"),
                iki(
                    "Waktu",
                    "Waktu penyelesaian penilaian sumatif semester",
                    "6 bulan",
                    6,
                    "bulan",
                    khusus=True,
                ),
            ],
            [
                ("Melaksanakan pembelajaran", "Jurnal mengajar", "0,520"),
                ("Melaksanakan evaluasi hasil belajar", "Daftar nilai", "0,240"),
            ],
            ("Daftar nilai dan jurnal", "Aplikasi RDM", "Semesteran"),
        ),
        rk(
            "Meningkatnya prestasi akademik peserta didik",
            "Peserta didik terbimbing mengikuti Kompetisi Sains Madrasah",
            [
                iki("Kuantitas", "Jumlah peserta didik yang dibimbing KSM", "10 orang", 10, "orang"),
                iki(
                    "Kualitas",
                    "Jumlah peserta didik yang lolos seleksi tingkat kabupaten",
                    "3 orang",
                    3,
                    "orang",
                ),
            ],
            [("Membimbing peserta didik dalam kegiatan ekstrakurikuler", "Laporan pembimbingan", "0,080")],
            ("Sertifikat dan daftar peserta", "Panitia KSM Kabupaten", "Tahunan"),
        ),
    ],
)
PERAN["guru_mi"] = dict(
    satker="kemenag_kab",
    unit="MI Negeri 1 Lembah Sari",
    jenis="jf",
    jenjang="Ahli Pertama",
    jabatan="Guru Kelas",
    suffix=[""],
    penilai=("Kepala MI Negeri 1 Lembah Sari", "MI Negeri 1 Lembah Sari"),
    rks=[
        rk(
            "Meningkatnya literasi dan numerasi peserta didik MI",
            "Peserta didik kelas III lancar membaca dan berhitung",
            [
                iki("Kuantitas", "Jumlah peserta didik kelas III yang dibina", "28 orang", 28, "orang"),
                iki("Kualitas", "Persentase peserta didik yang lulus asesmen literasi", "80 %", 80, "%"),
                iki("Waktu", "Waktu pelaksanaan asesmen diagnostik awal", "1 bulan", 1, "bulan", khusus=True),
            ],
            [("Melaksanakan pembelajaran", "Jurnal mengajar", "0,480")],
            ("Hasil asesmen", "Wali kelas", "Semesteran"),
        ),
        rk(
            "Terwujudnya madrasah ramah anak",
            "Kelas III menerapkan pembiasaan ibadah harian",
            [
                iki("Kuantitas", "Jumlah kegiatan pembiasaan yang terlaksana", "180 hari", 180, "hari"),
                iki("Kualitas", "Persentase peserta didik yang mengikuti pembiasaan", "90 %", 90, "%"),
            ],
            [("Melaksanakan tugas wali kelas", "Buku laporan wali kelas", "0,100")],
            ("Buku mutabaah", "Wali kelas", "Bulanan"),
        ),
    ],
)
PERAN["keuangan"] = dict(
    satker="kemenag_kab",
    unit="Subbagian Tata Usaha",
    jenis="ja",
    jabatan="Penata Laporan Keuangan",
    suffix=["", " (Pengelola Keuangan APBN Satker)"],
    penilai=("Kepala Subbagian Tata Usaha", "Kantor Kementerian Agama Kabupaten Lembah Sari"),
    rks=[
        rk(
            "IKSS 4.1 Opini laporan keuangan Kementerian Agama"
            " / SS.4 Terwujudnya tata kelola keuangan yang akuntabel",
            "Laporan keuangan satker tersusun tepat waktu dan andal",
            [
                iki(
                    "Kuantitas",
                    "Jumlah laporan keuangan semesteran dan tahunan yang tersusun",
                    "3 laporan",
                    3,
                    "laporan",
                ),
                iki(
                    "Kualitas",
                    "Opini atas laporan keuangan Kementerian Agama",
                    "100% (WTP)",
                    100,
                    "%",
                    maks=True,
                ),
                iki(
                    "Waktu", "Waktu penyampaian laporan keuangan tahunan", "1 bulan", 1, "bulan", khusus=True
                ),
            ],
            pantau=("Laporan keuangan", "Aplikasi SAKTI", "Semesteran"),
        ),
        rk(
            "IKSS 4.2 Nilai IKPA satker",
            "Pengelolaan pelaksanaan anggaran satker yang berkualitas",
            [
                iki(
                    "Kuantitas",
                    "Nilai realisasi belanja yang dipertanggungjawabkan",
                    "Rp 2.500.000.000",
                    2500000000,
                    "rupiah",
                ),
                iki("Kualitas", "Nilai IKPA satker", "95", 95, "nilai"),
                iki(
                    "Waktu", "Waktu penyampaian LPJ bendahara", "≤ 5 hari kerja", 5, "hari kerja", khusus=True
                ),
            ],
            pantau=("Nilai IKPA", "OM SPAN", "Bulanan"),
        ),
    ],
)
PERAN["statistisi"] = dict(
    satker="bps_kab",
    unit="Tim Statistik Produksi",
    jenis="jf",
    jenjang="Ahli Pertama",
    jabatan="Statistisi",
    suffix=["", " selaku Ketua Tim Statistik Produksi"],
    penilai=(
        "Kepala Badan Pusat Statistik Kabupaten Muara Kencana",
        "Badan Pusat Statistik Kabupaten Muara Kencana",
    ),
    rks=[
        rk(
            "SS.1 Tersedianya data statistik berkualitas"
            " / IKSS 1.1 Persentase publikasi statistik yang tepat waktu",
            "Data Survei Ubinan padi dan palawija terkumpul sesuai jadwal",
            [
                iki("Kuantitas", "Jumlah sampel ubinan yang tercacah", "240 sampel", 240, "sampel"),
                iki("Kualitas", "Persentase dokumen lolos pemeriksaan tanpa revisi", "95 %", 95, "%"),
                iki("Waktu", "Waktu penyelesaian pengolahan subround", "4 bulan", 4, "bulan", khusus=True),
            ],
            [
                ("Melakukan pencacahan lapangan survei", "Dokumen tercacah", "0,003"),
                ("Melakukan pemeriksaan dokumen survei", "Dokumen terperiksa", "0,002"),
            ],
            ("Progres pencacahan", "Aplikasi FRS BPS", "Bulanan"),
        ),
        rk(
            "IKSS 1.2 Jumlah publikasi statistik sektoral",
            "Publikasi Statistik Pertanian Kabupaten Muara Kencana terbit",
            [
                iki("Kuantitas", "Jumlah publikasi yang terbit", "2 publikasi", 2, "publikasi"),
                iki("Waktu", "Waktu rilis publikasi sesuai ARC", "10 bulan", 10, "bulan", khusus=True),
            ],
            [("Menyusun publikasi statistik", "Naskah publikasi", "0,250")],
            ("Advance Release Calendar", "Tim Diseminasi", "Tahunan"),
        ),
    ],
)
PERAN["prakom"] = dict(
    satker="bps_kab",
    unit="Tim Pengolahan dan TI",
    jenis="jf",
    jenjang="Mahir",
    jabatan="Pranata Komputer",
    suffix=["", " selaku Anggota Tim Pengolahan"],
    penilai=("Ketua Tim Pengolahan dan TI", "Badan Pusat Statistik Kabupaten Muara Kencana"),
    rks=[
        rk(
            "Data hasil survei terolah tepat waktu dan bersih",
            "Dokumen Survei Sosial Ekonomi Nasional terentri dan tervalidasi",
            [
                iki("Kuantitas", "Jumlah dokumen Susenas yang dientri", "1.250 dokumen", 1250, "dokumen"),
                iki("Kualitas", "Persentase dokumen tanpa error validasi", "97 %", 97, "%"),
                iki("Waktu", "Waktu penyelesaian entri per subround", "2 bulan", 2, "bulan", khusus=True),
            ],
            [
                ("Melakukan entri data", "Record data", "0,001"),
                ("Melakukan validasi data", "Dokumen tervalidasi", "0,002"),
            ],
            ("Monitoring pengolahan", "Aplikasi pengolahan BPS", "Mingguan"),
        ),
        rk(
            "Infrastruktur TI kantor berfungsi baik",
            "Jaringan dan perangkat komputer kantor tersedia untuk pengolahan",
            [
                iki("Kuantitas", "Jumlah perangkat yang dipelihara", "45 unit", 45, "unit"),
                iki("Kualitas", "Persentase waktu layanan jaringan tersedia", "98 %", 98, "%"),
            ],
            [("Melakukan pemeliharaan perangkat komputer", "Laporan pemeliharaan", "0,010")],
            ("Log pemeliharaan", "Helpdesk TI", "Bulanan"),
        ),
    ],
)
PERAN["kpp_pelaksana"] = dict(
    satker="kpp",
    unit="Seksi Pelayanan",
    jenis="ja",
    jabatan="Pengolah Data Perpajakan",
    suffix=["", " pada Seksi Pelayanan"],
    penilai=("Kepala Seksi Pelayanan", "Kantor Pelayanan Pajak Pratama Muara Kencana"),
    rks=[
        rk(
            "IKSS 2.1 Persentase penyelesaian layanan perpajakan tepat waktu",
            "Permohonan layanan wajib pajak terselesaikan sesuai standar waktu",
            [
                iki(
                    "Kuantitas", "Jumlah berkas permohonan yang diselesaikan", "1.250 berkas", 1250, "berkas"
                ),
                iki("Kualitas", "Persentase berkas tanpa pengembalian", "95 %", 95, "%"),
                iki("Waktu", "Waktu penyelesaian per berkas", "≤ 5 hari kerja", 5, "hari kerja", khusus=True),
            ],
            pantau=("Register berkas", "Aplikasi SIDJP", "Bulanan"),
        ),
        rk(
            "IKSS 1.1 Persentase kepatuhan penyampaian SPT Tahunan",
            "Wajib pajak terdaftar menyampaikan SPT Tahunan secara elektronik",
            [
                iki(
                    "Kuantitas",
                    "Jumlah wajib pajak yang didampingi pengisian e-Filing",
                    "600 wajib pajak",
                    600,
                    "wajib pajak",
                ),
                iki("Kualitas", "Persentase wajib pajak yang berhasil lapor", "90 %", 90, "%"),
            ],
            pantau=("Daftar hadir asistensi", "Seksi Pelayanan", "Triwulanan"),
        ),
    ],
)
PERAN["kpp_penerimaan"] = dict(
    satker="kpp",
    unit="Seksi Pengawasan I",
    jenis="ja",
    jabatan="Penelaah Keberatan dan Penerimaan",
    suffix=[""],
    penilai=("Kepala Seksi Pengawasan I", "Kantor Pelayanan Pajak Pratama Muara Kencana"),
    rks=[
        rk(
            "SS.1 Penerimaan pajak yang optimal / IKSS 1.2 Persentase realisasi penerimaan pajak",
            "Penerimaan pajak dari wajib pajak strategis yang diawasi tercapai",
            [
                iki(
                    "Kuantitas",
                    "Realisasi penerimaan dari wajib pajak yang diawasi",
                    "Rp 2.500.000.000",
                    2500000000,
                    "rupiah",
                ),
                iki("Kualitas", "Persentase wajib pajak diawasi yang menyampaikan SPT", "90 %", 90, "%"),
                iki("Waktu", "Waktu tindak lanjut SP2DK", "14 hari", 14, "hari", khusus=True),
            ],
            pantau=("Laporan penerimaan", "Aplikasi Approweb", "Bulanan"),
        ),
        rk(
            "IKSS 1.3 Persentase penyelesaian SP2DK",
            "Surat permintaan penjelasan data terselesaikan",
            [
                iki("Kuantitas", "Jumlah SP2DK yang diselesaikan", "60 surat", 60, "surat"),
                iki("Kualitas", "Persentase LHP2DK yang disetujui", "90 %", 90, "%"),
            ],
            pantau=("LHP2DK", "Aplikasi Approweb", "Triwulanan"),
        ),
    ],
)
PERAN["balai_lab"] = dict(
    satker="balai_vet",
    unit="Seksi Pelayanan Teknik",
    jenis="ja",
    jabatan="Pengelola Laboratorium",
    suffix=[""],
    penilai=("Kepala Seksi Pelayanan Teknik", "Balai Veteriner Lembah Sari"),
    rks=[
        rk(
            "SS.2 Terkendalinya penyakit hewan menular strategis / IKSS 2.1 Jumlah sampel yang diuji",
            "Sampel surveilans penyakit hewan teruji di laboratorium",
            [
                iki("Kuantitas", "Jumlah sampel yang diuji", "3.200 sampel", 3200, "sampel"),
                iki("Kualitas", "Persentase hasil uji yang lolos uji profisiensi", "95 %", 95, "%"),
                iki("Waktu", "Waktu penerbitan hasil uji", "≤ 5 hari kerja", 5, "hari kerja", khusus=True),
            ],
            pantau=("Register sampel", "Aplikasi iSIKHNAS", "Bulanan"),
        ),
        rk(
            "IKSS 2.3 Persentase laporan surveilans tepat waktu",
            "Laporan surveilans tersampaikan ke Direktorat",
            [
                iki("Kuantitas", "Jumlah laporan surveilans", "12 laporan", 12, "laporan"),
                iki(
                    "Waktu", "Waktu penyampaian laporan setelah akhir bulan", "7 hari", 7, "hari", khusus=True
                ),
            ],
            pantau=("Laporan bulanan", "Seksi Informasi Veteriner", "Bulanan"),
        ),
    ],
)
PERAN["medik_vet"] = dict(
    satker="balai_vet",
    unit="Laboratorium Virologi",
    jenis="jf",
    jenjang="Ahli Muda",
    jabatan="Medik Veteriner",
    suffix=["", " selaku Penanggung Jawab Laboratorium Virologi"],
    penilai=("Kepala Seksi Pelayanan Teknik", "Balai Veteriner Lembah Sari"),
    rks=[
        rk(
            "SS.2 Terkendalinya penyakit hewan menular strategis",
            "Diagnosa penyakit hewan menular terkonfirmasi laboratorium",
            [
                iki("Kuantitas", "Jumlah sampel yang didiagnosa", "800 sampel", 800, "sampel"),
                iki("Kualitas", "Persentase diagnosa yang terkonfirmasi uji banding", "95 %", 95, "%"),
                iki("Waktu", "Waktu penyampaian hasil diagnosa", "6 hari", 6, "hari", khusus=True),
            ],
            [
                ("Melakukan diagnosa laboratorik penyakit hewan", "Laporan hasil uji", "0,010"),
                ("Melakukan penyidikan penyakit hewan", "Laporan penyidikan", "0,150"),
            ],
            ("Laporan hasil uji", "Aplikasi SIMLAB", "Bulanan"),
        ),
        rk(
            "IKSS 2.2 Jumlah kasus penyakit hewan yang dilakukan investigasi",
            "Kasus wabah di wilayah kerja terinvestigasi",
            [
                iki("Kuantitas", "Jumlah kasus yang diinvestigasi", "15 kasus", 15, "kasus"),
                iki("Waktu", "Waktu respons investigasi sejak laporan", "3 hari", 3, "hari", khusus=True),
            ],
            [("Melakukan investigasi wabah", "Laporan investigasi", "0,200")],
            ("Laporan investigasi", "Aplikasi iSIKHNAS", "Triwulanan"),
        ),
    ],
)
PERAN["pk_lapas"] = dict(
    satker="lapas",
    unit="Seksi Administrasi Keamanan dan Tata Tertib",
    jenis="jf",
    jenjang="Mahir",
    jabatan="Pembina Keamanan Pemasyarakatan",
    suffix=["", " selaku Komandan Regu Pengamanan"],
    penilai=(
        "Kepala Seksi Administrasi Keamanan dan Tata Tertib",
        "Lembaga Pemasyarakatan Kelas IIA Muara Kencana",
    ),
    rks=[
        rk(
            "SS.1 Terwujudnya keamanan dan ketertiban Lapas / IKSS 1.1 Persentase penurunan gangguan kamtib",
            "Blok hunian regu jaga bebas gangguan keamanan dan ketertiban",
            [
                iki("Kuantitas", "Jumlah kegiatan penggeledahan blok hunian", "48 kegiatan", 48, "kegiatan"),
                iki(
                    "Kualitas",
                    "Persentase barang terlarang yang ditemukan dan disita",
                    "100 %",
                    100,
                    "%",
                    maks=True,
                ),
                iki("Waktu", "Waktu pelaporan kejadian kepada atasan", "1 hari", 1, "hari", khusus=True),
            ],
            [
                ("Melakukan penggeledahan kamar hunian", "Berita acara penggeledahan", "0,015"),
                ("Melakukan kontrol keliling", "Laporan kontrol", "0,004"),
            ],
            ("Buku laporan regu jaga", "Komandan Jaga", "Harian"),
        ),
        rk(
            "IKSS 1.2 Persentase WBP yang terklasifikasi risiko",
            "Warga binaan blok hunian terpetakan tingkat risikonya",
            [
                iki("Kuantitas", "Jumlah WBP yang dinilai risikonya", "320 orang", 320, "orang"),
                iki("Waktu", "Waktu pemutakhiran penilaian risiko", "3 bulan", 3, "bulan", khusus=True),
            ],
            [("Melakukan penilaian risiko narapidana", "Lembar penilaian", "0,005")],
            ("Register risiko", "Aplikasi SDP", "Triwulanan"),
        ),
    ],
)
PERAN["lapas_ja"] = dict(
    satker="lapas",
    unit="Subseksi Registrasi",
    jenis="ja",
    jabatan="Pengadministrasi Registrasi",
    suffix=[""],
    penilai=("Plt. Kepala Subseksi Registrasi", "Lembaga Pemasyarakatan Kelas IIA Muara Kencana"),
    rks=[
        rk(
            "IKSS 2.1 Persentase pemenuhan hak WBP tepat waktu",
            "Data registrasi warga binaan mutakhir di Sistem Database Pemasyarakatan",
            [
                iki("Kuantitas", "Jumlah berkas registrasi WBP yang diinput", "900 berkas", 900, "berkas"),
                iki("Kualitas", "Persentase data SDP yang sesuai berkas fisik", "98 %", 98, "%"),
                iki("Waktu", "Waktu input data sejak WBP masuk", "1 hari", 1, "hari", khusus=True),
            ],
            pantau=("Register F", "Aplikasi SDP", "Bulanan"),
        ),
        rk(
            "IKSS 2.2 Jumlah usulan integrasi yang diproses",
            "Usulan pembebasan bersyarat WBP lengkap administrasinya",
            [
                iki("Kuantitas", "Jumlah usulan PB/CB yang dilengkapi", "120 usulan", 120, "usulan"),
                iki("Kualitas", "Persentase usulan tanpa pengembalian", "90 %", 90, "%"),
            ],
            pantau=("Daftar usulan", "Aplikasi SDP", "Triwulanan"),
        ),
    ],
)
PERAN["kasi_kemenag"] = dict(
    satker="kemenag_kab",
    unit="Seksi Pendidikan Madrasah",
    jenis="ja",
    jabatan="Kepala Seksi Pendidikan Madrasah",
    suffix=[""],
    penilai=(
        "Kepala Kantor Kementerian Agama Kabupaten Lembah Sari",
        "Kantor Kementerian Agama Kabupaten Lembah Sari",
    ),
    rks=[
        rk(
            "SS.2 Meningkatnya mutu pendidikan madrasah"
            " / IKSS 2.1 Persentase madrasah terakreditasi minimal B",
            "Madrasah binaan terakreditasi minimal B",
            [
                iki("Kuantitas", "Jumlah madrasah yang diajukan akreditasi", "14 madrasah", 14, "madrasah"),
                iki("Kualitas", "Persentase madrasah terakreditasi minimal B", "85 %", 85, "%"),
                iki("Waktu", "Waktu penyampaian usulan akreditasi", "6 bulan", 6, "bulan", khusus=True),
            ],
            pantau=("Data akreditasi", "Aplikasi EMIS", "Semesteran"),
        ),
        rk(
            "IKSS 2.3 Persentase penyaluran BOS madrasah tepat waktu",
            "Dana BOS madrasah tersalurkan tepat waktu",
            [
                iki(
                    "Kuantitas",
                    "Jumlah madrasah penerima BOS yang terverifikasi",
                    "62 madrasah",
                    62,
                    "madrasah",
                ),
                iki("Waktu", "Waktu penyaluran BOS tahap I", "3 bulan", 3, "bulan", khusus=True),
            ],
            pantau=("SP2D penyaluran", "Aplikasi SAKTI", "Triwulanan"),
        ),
    ],
)

TAMBAHAN = [
    rk(
        "",
        "Sertifikat pelatihan moderasi beragama bagi ASN diperoleh",
        [iki("Kuantitas", "Jumlah sertifikat pelatihan", "1 sertifikat", 1, "sertifikat")],
    ),
    rk(
        "",
        "Keikutsertaan dalam tim pengelola zona integritas satker terdokumentasi",
        [iki("Kuantitas", "Jumlah laporan kegiatan tim ZI", "2 laporan", 2, "laporan")],
    ),
    rk(
        "",
        "Materi pelatihan e-learning kementerian yang diselesaikan",
        [iki("Kuantitas", "Jumlah modul e-learning yang diselesaikan", "4 modul", 4, "modul")],
    ),
]

# JPT: key -> dict(satker, jabatan, penilai (jabatan, instansi), PK rows (perspektif, rk, iki, target))
JPT: dict[str, dict] = {}
JPT["kanwil_kemenag"] = dict(
    satker="kanwil_kemenag",
    jabatan="Kepala Kantor Wilayah Kementerian Agama Provinsi Tanjung Selaksa",
    gol="IV/c",
    penilai=("Sekretaris Jenderal Kementerian Agama", "Kementerian Agama"),
    penilai_gol="IV/e",
    rks=[
        (
            "Penerima Layanan",
            "SS.1 Meningkatnya kualitas layanan keagamaan",
            "Indeks kepuasan layanan keagamaan",
            "3,45",
            "Indeks",
        ),
        (
            "Penerima Layanan",
            "SS.2 Meningkatnya mutu pendidikan madrasah",
            "Persentase madrasah terakreditasi minimal B",
            "82 %",
            "Persen",
        ),
        (
            "Proses Bisnis",
            "SS.3 Meningkatnya kualitas tata kelola layanan haji dan umrah",
            "Persentase jemaah haji yang terlayani sesuai standar",
            "98 %",
            "Persen",
        ),
        (
            "Penguatan Internal",
            "SS.4 Meningkatnya reformasi birokrasi satker",
            "Jumlah satker yang meraih predikat WBK",
            "3 satker",
            "Satker",
        ),
        (
            "Anggaran",
            "SS.5 Terwujudnya tata kelola keuangan yang akuntabel",
            "Opini BPK atas laporan keuangan wilayah",
            "100% (WTP)",
            "Persen",
        ),
    ],
)
JPT["bps_prov"] = dict(
    satker="bps_prov",
    jabatan="Kepala Badan Pusat Statistik Provinsi Tanjung Selaksa",
    gol="IV/c",
    penilai=("Sekretaris Utama Badan Pusat Statistik", "Badan Pusat Statistik"),
    penilai_gol="IV/e",
    rks=[
        (
            "Penerima Layanan",
            "SS.1 Meningkatnya pemanfaatan data statistik berkualitas",
            "Persentase konsumen yang puas terhadap data BPS",
            "92 %",
            "Persen",
        ),
        (
            "Proses Bisnis",
            "SS.2 Terselenggaranya sensus dan survei yang berkualitas",
            "Persentase publikasi statistik yang terbit tepat waktu",
            "100 %",
            "Persen",
        ),
        (
            "Proses Bisnis",
            "SS.3 Meningkatnya pembinaan statistik sektoral",
            "Jumlah instansi pemerintah daerah yang dibina statistik sektoral",
            "11 instansi",
            "Instansi",
        ),
        (
            "Penguatan Internal",
            "SS.4 Meningkatnya kapabilitas SDM statistik",
            "Persentase pegawai yang memenuhi standar kompetensi",
            "75 %",
            "Persen",
        ),
        (
            "Anggaran",
            "SS.5 Meningkatnya kualitas pelaksanaan anggaran",
            "Nilai IKPA satker wilayah",
            "95",
            "Nilai",
        ),
    ],
)
JPT["kanwil_djp"] = dict(
    satker="kanwil_djp",
    jabatan="Kepala Kantor Wilayah Direktorat Jenderal Pajak Tanjung Selaksa",
    gol="IV/c",
    penilai=("Direktur Jenderal Pajak", "Kementerian Keuangan"),
    penilai_gol="IV/e",
    rks=[
        (
            "Penerima Layanan",
            "SS.1 Penerimaan pajak yang optimal",
            "Persentase realisasi penerimaan pajak wilayah",
            "100 %",
            "Persen",
        ),
        (
            "Penerima Layanan",
            "SS.2 Kepatuhan wajib pajak yang tinggi",
            "Persentase kepatuhan formal SPT Tahunan",
            "85 %",
            "Persen",
        ),
        (
            "Proses Bisnis",
            "SS.3 Pengawasan wajib pajak yang efektif",
            "Jumlah wajib pajak strategis yang diawasi",
            "1.250 wajib pajak",
            "Wajib pajak",
        ),
        (
            "Penguatan Internal",
            "SS.4 SDM yang kompeten dan berintegritas",
            "Indeks kesehatan organisasi Kanwil",
            "75",
            "Indeks",
        ),
        (
            "Anggaran",
            "SS.5 Pengelolaan anggaran yang berkualitas",
            "Realisasi belanja operasional Kanwil",
            "Rp 2.500.000.000",
            "Rupiah",
        ),
    ],
)
JPT["kanwil_pas"] = dict(
    satker="kanwil_pas",
    jabatan="Kepala Kantor Wilayah Direktorat Jenderal Pemasyarakatan Tanjung Selaksa",
    gol="IV/b",
    penilai=("Direktur Jenderal Pemasyarakatan", "Kementerian Imigrasi dan Pemasyarakatan"),
    penilai_gol="IV/e",
    rks=[
        (
            "Penerima Layanan",
            "SS.1 Terpenuhinya hak warga binaan pemasyarakatan",
            "Persentase pemenuhan hak integrasi WBP tepat waktu",
            "95 %",
            "Persen",
        ),
        (
            "Proses Bisnis",
            "SS.2 Terwujudnya keamanan dan ketertiban UPT Pemasyarakatan",
            "Jumlah UPT tanpa gangguan keamanan berat",
            "9 UPT",
            "UPT",
        ),
        (
            "Proses Bisnis",
            "SS.3 Meningkatnya kualitas pembinaan kemandirian",
            "Jumlah WBP yang memperoleh sertifikat pelatihan kerja",
            "450 orang",
            "Orang",
        ),
        (
            "Penguatan Internal",
            "SS.4 Meningkatnya integritas petugas",
            "Indeks integritas petugas pemasyarakatan",
            "3,2",
            "Indeks",
        ),
        (
            "Anggaran",
            "SS.5 Terwujudnya pengelolaan anggaran yang akuntabel",
            "Nilai IKPA Kanwil",
            "93",
            "Nilai",
        ),
    ],
)

RENCANA_AKSI = [
    "Terlaksananya digitalisasi layanan satker wilayah",
    "Tersusunnya peta proses bisnis unit vertikal",
]

JPT_TAMBAHAN = [
    (
        "Keikutsertaan dalam Satgas Percepatan Penurunan Stunting provinsi terdokumentasi",
        "Jumlah laporan kontribusi satgas",
        "2 laporan",
    ),
    (
        "Sertifikat pelatihan kepemimpinan nasional tingkat II diperoleh",
        "Jumlah sertifikat yang diperoleh",
        "1 sertifikat",
    ),
]

PERILAKU = ["Orientasi Pelayanan", "Komitmen", "Inisiatif Kerja", "Kerja Sama", "Kepemimpinan"]
