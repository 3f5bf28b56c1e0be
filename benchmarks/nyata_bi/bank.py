"""Fictional people, agencies and RK/IKI texts for the held-out set ``nyata_bi`` (end-of-year Penilaian SKP
of Dinas Lingkungan Hidup and Dinas PUPR, Kabupaten Sendang Mulyo). Written from SPEC §2–§6 only.

An IKI is ``(aspek, text, target)``; a target is one of
``("n", value, satuan)``, ``("pct", value)``, ``("rpct", lo, hi)``, ``("rn", lo, hi, satuan)``,
``("waktu", value, satuan)``, ``("rwaktu", lo, hi, satuan)``, ``("biaya", rupiah)``, ``("maks", 100)``
(a percent target that is already the maximum achievable).
"""

from __future__ import annotations

from typing import Any

KABUPATEN = "KABUPATEN SENDANG MULYO"
DINAS = {
    "dlh": "DINAS LINGKUNGAN HIDUP KABUPATEN SENDANG MULYO",
    "pupr": "DINAS PEKERJAAN UMUM DAN PENATAAN RUANG KABUPATEN SENDANG MULYO",
}
BUPATI = ("H. RAHMAT WIDODO SANTOSO, S.E., M.M.", "BUPATI SENDANG MULYO")

PANGKAT = {
    "II/b": "Pengatur Muda Tingkat I", "II/c": "Pengatur", "II/d": "Pengatur Tingkat I",
    "III/a": "Penata Muda", "III/b": "Penata Muda Tingkat I", "III/c": "Penata", "III/d": "Penata Tingkat I",
    "IV/a": "Pembina", "IV/b": "Pembina Tingkat I", "IV/c": "Pembina Utama Muda",
}

NAMA = [
    "Siti Nurhaliza Rahmawati, S.T.", "Bambang Eko Prasetyo, S.Si.", "Dewi Kartika Sari, S.Hut.",
    "Agus Salim Harahap, S.T., M.T.", "Rina Marlina, A.Md.", "Yudi Hermawan, S.Kom.",
    "Ni Made Ayu Lestari, S.E.", "Hendra Gunawan Saputra, S.T.", "Fitri Handayani, S.KM.",
    "Teguh Wibisono, S.P.", "Lilis Suryani, S.Sos.", "Rudi Hartono Simanjuntak, S.T.",
    "Wahyu Adi Nugroho, S.Si., M.Sc.", "Sri Wahyuningsih, S.H.", "Dedi Kurniawan, A.Md.T.",
    "Endang Purwaningsih, S.Pd.", "Joko Susilo, S.T.", "Maya Anggraini Putri, S.Ars.",
    "Arief Rahman Hakim, S.T., M.Eng.", "Nurul Hidayah, S.AP.", "Samsul Bahri, S.T.",
    "Ratna Dewi Puspita, S.Kel.", "Fajar Setiawan, S.Kom.", "Yuliana Tampubolon, S.E.",
    "Iwan Setiadi, S.T.", "Kurniasih, S.Hut., M.Si.", "Andi Pratama Putra, S.T.",
    "Erna Wati Lubis, A.Md.", "Budi Santoso Wijaya, S.Sos.", "Desi Ratnasari, S.Si.",
    "Gilang Ramadhan, S.T.", "Hesti Widyaningrum, S.IP.", "Imam Syafii, S.T., M.T.",
    "Januarti Siregar, S.E.", "Kukuh Prabowo, S.Kom.", "Lestari Ningsih, S.P.",
    "Mulyadi Hasibuan, S.T.", "Novita Sari Dewi, S.H.", "Oki Firmansyah, A.Md.",
    "Puji Astuti, S.Si.", "Rizal Fauzi, S.T.", "Suharti, S.Sos.", "Taufik Hidayat, S.T., M.Si.",
    "Umi Kalsum, S.E.", "Veri Irawan, S.Kom.", "Winda Oktaviani, S.T.", "Yusuf Maulana, S.Hut.",
    "Zahra Amalia, S.KM.", "Bayu Aji Saputro, S.T.", "Citra Melati, S.E.", "Darmawan Sitepu, S.T.",
    "Eka Putri Wulandari, S.Si.", "Ferry Kusuma, S.T.",
]

JPT_NAMA = [
    "Ir. Heru Cahyono, M.T.", "Dr. Ir. Sulastri Handayani, M.Si.", "Drs. Mukhlis Nasution, M.Si.",
    "Ir. Wayan Sudarsana, M.Eng.", "Dra. Endah Susilowati, M.M.", "Ir. Harun Al Rasyid, M.T.",
    "Dr. Ahmad Fauzan, S.T., M.Sc.", "Ir. Sri Rejeki Utami, M.P.",
]

# (dinas, jabatan, golongan) per form family; JF jenjang agrees with golongan (SPEC §5).
JA = [
    ("dlh", "Sekretaris Dinas Lingkungan Hidup", "IV/a"),
    ("dlh", "Kepala Bidang Pengendalian Pencemaran dan Kerusakan Lingkungan", "IV/a"),
    ("dlh", "Kepala Sub Bagian Umum dan Kepegawaian", "III/d"),
    ("dlh", "Pengadministrasi Perkantoran", "II/c"),
    ("dlh", "Pengelola Sampah dan Limbah", "III/a"),
    ("pupr", "Kepala Bidang Bina Marga", "IV/a"),
    ("pupr", "Kepala Bidang Sumber Daya Air", "IV/b"),
    ("pupr", "Kepala Sub Bagian Keuangan dan Aset", "III/d"),
    ("pupr", "Pengelola Data Jalan dan Jembatan", "III/b"),
    ("pupr", "Penata Laporan Keuangan", "III/c"),
]
JF = [
    ("dlh", "Pengendali Dampak Lingkungan Ahli Muda", "III/d"),
    ("dlh", "Pengendali Dampak Lingkungan Ahli Pertama", "III/b"),
    ("dlh", "Pengawas Lingkungan Hidup Ahli Muda", "III/c"),
    ("dlh", "Pranata Komputer Mahir", "III/a"),
    ("dlh", "Analis Kepegawaian Ahli Pertama", "III/a"),
    ("pupr", "Teknik Jalan dan Jembatan Ahli Muda", "III/d"),
    ("pupr", "Teknik Pengairan Ahli Pertama", "III/b"),
    ("pupr", "Penata Ruang Ahli Muda", "III/c"),
    ("pupr", "Penata Kelola Sistem dan Teknologi Informasi Ahli Pertama", "III/a"),
    ("pupr", "Arsiparis Terampil", "II/c"),
]
JPT = [
    ("dlh", "Kepala Dinas Lingkungan Hidup", "IV/c"),
    ("pupr", "Kepala Dinas Pekerjaan Umum dan Penataan Ruang", "IV/c"),
    ("dlh", "Plt. Kepala Dinas Lingkungan Hidup", "IV/b"),
    ("pupr", "Plt. Kepala Dinas Pekerjaan Umum dan Penataan Ruang", "IV/b"),
]
ATASAN = {
    "dlh": ("Ir. Heru Cahyono, M.T.", "Kepala Dinas Lingkungan Hidup", "IV/c"),
    "pupr": ("Ir. Wayan Sudarsana, M.Eng.", "Kepala Dinas Pekerjaan Umum dan Penataan Ruang", "IV/c"),
}

# Kinerja Utama RK for JA/JF: (rk atasan, rk, [iki...]).
RK_JAJF: dict[str, list[Any]] = {
    "dlh": [
        ("Meningkatnya kualitas air sungai di Kabupaten Sendang Mulyo",
         "Laporan pemantauan kualitas air sungai yang akurat dan tepat waktu",
         [("Kuantitas", "Jumlah laporan pemantauan kualitas air sungai", ("n", 12, "laporan")),
          ("Kualitas", "Persentase titik pantau yang sampelnya diuji laboratorium terakreditasi",
           ("rpct", 80, 90)),
          ("Waktu", "Waktu penyampaian laporan pemantauan tahunan", ("waktu", 10, "bulan"))]),
        ("Menurunnya timbulan sampah yang tidak terkelola",
         "Tersusunnya data timbulan sampah per kecamatan yang mutakhir",
         [("Kuantitas", "Jumlah kecamatan yang data timbulan sampahnya dimutakhirkan",
           ("n", 17, "kecamatan")),
          ("Kualitas", "Persentase data timbulan sampah yang terverifikasi", ("pct", 90))]),
        ("Meningkatnya ketaatan usaha dan/atau kegiatan terhadap izin lingkungan",
         "Usaha dan/atau kegiatan yang diawasi ketaatan persetujuan lingkungannya",
         [("Kuantitas", "Jumlah usaha dan/atau kegiatan yang diawasi", ("rn", 20, 25, "usaha/kegiatan")),
          ("Waktu", "Waktu penerbitan berita acara pengawasan", ("rwaktu", 7, 8, "hari kerja"))]),
        ("Terkelolanya anggaran Dinas Lingkungan Hidup secara akuntabel",
         "Anggaran pengadaan bahan laboratorium lingkungan terserap efisien",
         [("Kuantitas", "Jumlah paket pengadaan bahan laboratorium yang selesai", ("n", 4, "paket")),
          ("Biaya", "Biaya pengadaan bahan laboratorium", ("biaya", 250_000_000))]),
        ("Tertib administrasi kepegawaian Dinas Lingkungan Hidup",
         "Dokumen kepegawaian pegawai Dinas Lingkungan Hidup yang tertata",
         [("Kuantitas", "Jumlah berkas kepegawaian yang dimutakhirkan", ("n", 85, "berkas")),
          ("Kualitas", "Persentase usulan kenaikan pangkat yang tanpa temuan", ("maks", 100))]),
    ],
    "pupr": [
        ("Meningkatnya persentase jalan kabupaten dalam kondisi mantap",
         "Data kondisi jalan kabupaten yang mutakhir dan tervalidasi",
         [("Kuantitas", "Jumlah ruas jalan kabupaten yang disurvei kondisinya", ("n", 120, "ruas")),
          ("Kualitas", "Persentase ruas jalan yang datanya tervalidasi", ("rpct", 85, 95)),
          ("Waktu", "Waktu penyelesaian survei kondisi jalan", ("waktu", 6, "bulan"))]),
        ("Meningkatnya layanan irigasi pada daerah irigasi kewenangan kabupaten",
         "Laporan inventarisasi jaringan irigasi yang lengkap",
         [("Kuantitas", "Jumlah daerah irigasi yang diinventarisasi", ("n", 24, "daerah irigasi")),
          ("Waktu", "Waktu penyampaian laporan inventarisasi", ("rwaktu", 3, 4, "bulan"))]),
        ("Tersedianya dokumen rencana tata ruang yang berkualitas",
         "Rancangan rencana detail tata ruang yang memenuhi standar teknis",
         [("Kuantitas", "Jumlah dokumen materi teknis RDTR yang tersusun", ("n", 2, "dokumen")),
          ("Kualitas", "Persentase catatan konsultasi publik yang ditindaklanjuti", ("pct", 95))]),
        ("Terwujudnya pengelolaan keuangan dan aset yang akuntabel",
         "Laporan keuangan Dinas PUPR yang tersaji tepat waktu",
         [("Kuantitas", "Jumlah laporan keuangan bulanan yang tersaji", ("n", 12, "laporan")),
          ("Biaya", "Biaya pemeliharaan rutin kendaraan dinas", ("biaya", 180_000_000))]),
        ("Meningkatnya kemantapan jembatan kabupaten",
         "Jembatan kabupaten yang terinspeksi kondisinya",
         [("Kuantitas", "Jumlah jembatan yang diinspeksi", ("rn", 40, 45, "jembatan")),
          ("Kualitas", "Persentase laporan inspeksi jembatan yang tanpa koreksi", ("maks", 100))]),
    ],
}

# Kinerja Tambahan: (rk, iki).
TAMBAHAN: list[Any] = [
    ("Sertifikat pelatihan Penilaian Kinerja Lingkungan yang diperoleh",
     ("Kuantitas", "Jumlah sertifikat pelatihan yang diperoleh", ("n", 1, "sertifikat"))),
    ("Narasumber pada kegiatan Jumat Bersih tingkat kecamatan",
     ("Kuantitas", "Jumlah kegiatan yang diisi sebagai narasumber", ("n", 3, "kegiatan"))),
    ("Keanggotaan tim satgas penanganan banjir kabupaten",
     ("Kuantitas", "Jumlah laporan satgas yang disampaikan", ("n", 4, "laporan"))),
]

# JPT RK from the Perjanjian Kinerja: (perspektif, jenis, rk, [iki...]); JPT IKI have no aspek.
RK_JPT: dict[str, list[Any]] = {
    "dlh": [
        ("Penerima Layanan", "PK", "Meningkatnya kualitas lingkungan hidup Kabupaten Sendang Mulyo",
         [("Indeks Kualitas Lingkungan Hidup", ("n", 62, "poin")),
          ("Indeks Kualitas Air", ("n", 55, "poin"))]),
        ("Proses Bisnis", "PK", "Meningkatnya pengelolaan sampah rumah tangga",
         [("Persentase sampah rumah tangga yang terkelola", ("pct", 70))]),
        ("Penguatan Internal", "PK", "Meningkatnya akuntabilitas kinerja Dinas Lingkungan Hidup",
         [("Nilai SAKIP Dinas Lingkungan Hidup", ("n", 72, "poin"))]),
        ("Anggaran", "RA", "Anggaran Dinas Lingkungan Hidup terealisasi sesuai rencana",
         [("Persentase realisasi anggaran", ("rpct", 90, 95))]),
        ("Proses Bisnis", "RA", "Pengaduan pencemaran lingkungan tertangani",
         [("Persentase pengaduan yang ditindaklanjuti", ("pct", 85))]),
    ],
    "pupr": [
        ("Penerima Layanan", "PK", "Meningkatnya kemantapan jalan kabupaten",
         [("Persentase jalan kabupaten dalam kondisi mantap", ("pct", 75))]),
        ("Proses Bisnis", "PK", "Meningkatnya layanan irigasi kabupaten",
         [("Persentase daerah irigasi dalam kondisi baik", ("rpct", 60, 65)),
          ("Luas areal sawah yang terlayani irigasi", ("n", 4_500, "hektare"))]),
        ("Penguatan Internal", "PK", "Meningkatnya kualitas perencanaan dan pelaporan Dinas PUPR",
         [("Nilai evaluasi SAKIP Dinas PUPR", ("n", 70, "poin"))]),
        ("Anggaran", "RA", "Anggaran Dinas PUPR terealisasi sesuai rencana",
         [("Persentase realisasi keuangan", ("rpct", 90, 95))]),
        ("Proses Bisnis", "RA", "Persetujuan bangunan gedung terbit tepat waktu",
         [("Jumlah PBG yang diterbitkan", ("n", 300, "PBG"))]),
    ],
}

MANUAL = {
    "deskripsi": "Rencana kinerja ini menggambarkan hasil yang diperjanjikan dalam Perjanjian Kinerja {th}.",
    "definisi": "Ukuran keberhasilan rencana kinerja yang ditetapkan dalam Renstra Perangkat Daerah.",
    "formula": "Realisasi dibandingkan dengan target (realisasi / target x 100%).",
    "tujuan": "Mengukur keberhasilan pencapaian sasaran strategis perangkat daerah.",
}

BUTIR = {
    "Pengendali Dampak Lingkungan": ("Melakukan pemantauan kualitas lingkungan", "Laporan hasil pemantauan"),
    "Pengawas Lingkungan Hidup": ("Melakukan pengawasan ketaatan usaha/kegiatan", "Berita acara pengawasan"),
    "Pranata Komputer": ("Melakukan pemutakhiran basis data", "Laporan pemutakhiran data"),
    "Analis Kepegawaian": ("Melakukan verifikasi usul kenaikan pangkat", "Daftar usul terverifikasi"),
    "Teknik Jalan dan Jembatan": ("Melakukan survei kondisi jalan", "Laporan survei kondisi"),
    "Teknik Pengairan": ("Melakukan inventarisasi jaringan irigasi", "Laporan inventarisasi"),
    "Penata Ruang": ("Menyusun materi teknis rencana tata ruang", "Dokumen materi teknis"),
    "Penata Kelola Sistem dan Teknologi Informasi": ("Mengelola data keuangan elektronik", "Laporan data"),
    "Arsiparis": ("Melakukan penataan arsip dinamis", "Daftar arsip tertata"),
}

PERILAKU = ["Orientasi Pelayanan", "Komitmen", "Inisiatif Kerja", "Kerja Sama", "Kepemimpinan"]
