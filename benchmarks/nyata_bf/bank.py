"""Fictional regency staff and plan texts for the held-out set ``nyata_bf``: extension workers and cultural
services of Kabupaten Sari Mulya (fictional) in January. Every text here is invented for this set."""

from __future__ import annotations

from typing import Any

KABUPATEN = "KABUPATEN SARI MULYA"
BUPATI = "H. ARDIANSYAH PRATAMA, S.H., M.M."

DINAS = {
    "tani": "DINAS PERTANIAN KABUPATEN SARI MULYA",
    "ikan": "DINAS PERIKANAN KABUPATEN SARI MULYA",
    "pustaka": "DINAS PERPUSTAKAAN DAN KEARSIPAN KABUPATEN SARI MULYA",
    "wisata": "DINAS PARIWISATA DAN KEBUDAYAAN KABUPATEN SARI MULYA",
}

# name, birth yyyymmdd, tmt yyyymm, gender digit
ORANG = [
    ("Rahmat Hidayat, S.P.", "19870412", "201101", "1"),
    ("Sri Wahyuningsih, A.Md.", "19900817", "201403", "2"),
    ("Agus Setiawan, S.ST.", "19850203", "200912", "1"),
    ("Dewi Lestari, S.Pi.", "19920528", "201705", "2"),
    ("Bambang Suprapto, S.Pt.", "19800115", "200503", "1"),
    ("Nur Aini, S.IP.", "19930909", "201904", "2"),
    ("Yulianti, A.Md.", "19910302", "201603", "2"),
    ("Hendra Gunawan, S.Sn.", "19880721", "201302", "1"),
    ("Fitri Handayani, S.E.", "19890630", "201402", "2"),
    ("Joko Santoso, S.Kom.", "19860119", "201012", "1"),
    ("Siti Rohmah, S.Hum.", "19940414", "202003", "2"),
    ("Wahyu Nugroho, A.Md.Pi.", "19950101", "201906", "1"),
    ("Ir. Sutrisno, M.P.", "19710522", "199803", "1"),
    ("Dr. Lilik Mardiana, S.Pi., M.Si.", "19740808", "200012", "2"),
    ("Drs. Heru Prasetyo, M.Si.", "19720311", "199903", "1"),
    ("Hj. Endang Susilowati, S.Sos., M.M.", "19730927", "199802", "2"),
]

# the direct superiors (Kepala Bidang / Koordinator), one per dinas
ATASAN = {
    "tani": ("Ir. Widodo Santosa, M.P.", "197505162001121002", "Pembina, IV/a",
             "Kepala Bidang Penyuluhan", "Bidang Penyuluhan Dinas Pertanian"),
    "ikan": ("Muhammad Ridwan, S.Pi., M.Si.", "197808092003121004", "Pembina, IV/a",
             "Kepala Bidang Pengawasan Sumber Daya Perikanan", "Dinas Perikanan"),
    "pustaka": ("Dra. Sulastri, M.Si.", "197606212002122001", "Penata Tingkat I, III/d",
                "Kepala Bidang Kearsipan", "Dinas Perpustakaan dan Kearsipan"),
    "wisata": ("Anton Wibisono, S.E., M.M.", "197912052005011003", "Pembina, IV/a",
               "Kepala Bidang Kebudayaan", "Dinas Pariwisata dan Kebudayaan"),
}

# RK atasan, RK, and IKI rows (aspek, iki, number text, unit, kind) per role.
# kind: "n" higher is better, "w" waktu (lower is better), "p" percent
PERAN_JA: list[dict[str, Any]] = [
    {
        "dinas": "wisata", "jabatan": "Pengelola Objek Wisata", "pangkat": "Pengatur, II/c",
        "unit": "UPTD Objek Wisata Telaga Biru",
        "rk": [
            ("Meningkatnya jumlah kunjungan wisatawan ke destinasi unggulan daerah",
             "Objek wisata Telaga Biru yang terkelola dengan baik dan ramai dikunjungi",
             [("Kuantitas", "Jumlah pengunjung objek wisata Telaga Biru", "15.000", "pengunjung", "n"),
              ("Kualitas", "Persentase pengunjung yang menyatakan puas", "85", "%", "p"),
              ("Waktu", "Waktu penyampaian laporan kunjungan bulanan", "12", "bulan", "w")]),
            ("Meningkatnya pendapatan asli daerah dari sektor pariwisata",
             "Retribusi masuk objek wisata yang tertagih dan tersetor tepat waktu",
             [("Kuantitas", "Jumlah retribusi masuk yang disetor ke kas daerah", "50", "juta", "rp"),
              ("Waktu", "Waktu penyetoran retribusi ke kas daerah", "1", "hari", "w")]),
        ],
    },
    {
        "dinas": "pustaka", "jabatan": "Pengelola Layanan Perpustakaan",
        "pangkat": "Pengatur Muda Tingkat I, II/b",
        "unit": "Bidang Layanan Perpustakaan",
        "rk": [
            ("Meningkatnya minat baca masyarakat",
             "Layanan perpustakaan keliling yang menjangkau desa",
             [("Kuantitas", "Jumlah desa yang dilayani perpustakaan keliling", "48", "desa", "n"),
              ("Kualitas", "Persentase jadwal layanan keliling yang terlaksana", "90", "%", "p")]),
            ("Koleksi perpustakaan daerah yang mutakhir dan mudah ditemukan",
             "Koleksi baru yang terolah dan tercatat di katalog daring",
             [("Kuantitas", "Jumlah eksemplar koleksi baru yang terolah", "1.200", "eksemplar", "n"),
              ("Waktu", "Waktu pengolahan koleksi baru", "10", "hari kerja", "w")]),
        ],
    },
    {
        "dinas": "tani", "jabatan": "Pengelola Data Pertanian", "pangkat": "Penata Muda, III/a",
        "unit": "Sub Bagian Perencanaan Dinas Pertanian",
        "rk": [
            ("Tersedianya data produksi pertanian yang akurat",
             "Data luas tanam dan panen padi tingkat kecamatan yang mutakhir",
             [("Kuantitas", "Jumlah laporan data luas tanam dan panen", "12", "laporan", "n"),
              ("Kualitas", "Persentase kecamatan yang datanya lengkap", "95", "%", "p"),
              ("Waktu", "Waktu penyampaian laporan bulanan", "5", "hari kerja", "w")]),
            ("Meningkatnya produktivitas padi", "Rekomendasi kebutuhan pupuk bersubsidi yang tepat sasaran",
             [("Kuantitas", "Jumlah dokumen e-RDKK yang terverifikasi", "18", "dokumen", "n"),
              ("Biaya", "Biaya verifikasi e-RDKK", "12", "juta", "rp")]),
        ],
    },
    {
        "dinas": "ikan", "jabatan": "Kepala Seksi Pengawasan", "pangkat": "Penata Tingkat I, III/d",
        "unit": "Bidang Pengawasan Sumber Daya Perikanan",
        "rk": [
            ("Menurunnya pelanggaran penangkapan ikan di perairan kabupaten",
             "Kapal perikanan yang beroperasi terperiksa kelengkapan izinnya",
             [("Kuantitas", "Jumlah kapal yang diperiksa di pelabuhan pendaratan ikan", "120", "kapal", "n"),
              ("Kualitas", "Persentase kapal diperiksa yang izinnya lengkap", "80", "%", "p")]),
            ("Meningkatnya kepatuhan pelaku usaha perikanan",
             "Pelaku usaha pembudidaya ikan yang terbina tentang cara budidaya yang baik",
             [("Kuantitas", "Jumlah pembudidaya yang mengikuti bimbingan teknis", "60", "orang", "n"),
              ("Waktu", "Waktu penyelesaian laporan pembinaan", "3", "bulan", "w")]),
        ],
    },
]

# JF roles: jabatan, jenjang golongan (valid pangkat), rk list, butir kegiatan per RK (butir, output, ak)
PERAN_JF: list[dict[str, Any]] = [
    {
        "dinas": "tani", "jabatan": "Penyuluh Pertanian Terampil", "pangkat": "Pengatur, II/c",
        "unit": "BPP Kecamatan Karanganyar",
        "rk": [
            ("Meningkatnya kapasitas kelompok tani binaan",
             "Kelompok tani binaan yang terdampingi dalam penerapan teknologi budidaya",
             [("Kuantitas", "Jumlah kunjungan kelompok tani", "24", "kali", "n"),
              ("Kualitas", "Persentase kelompok tani yang menerapkan jajar legowo", "70", "%", "p"),
              ("Waktu", "Waktu penyusunan laporan kunjungan", "12", "bulan", "w")]),
            ("Meningkatnya produktivitas padi", "Demonstrasi plot padi varietas unggul yang terlaksana",
             [("Kuantitas", "Jumlah demplot padi varietas unggul", "4", "demplot", "n"),
              ("Kualitas", "Produktivitas padi di lokasi demplot", "5,8", "ton/ha", "n")]),
        ],
        "butir": [
            [("Melakukan kunjungan tatap muka kepada kelompok tani", "Laporan kunjungan", "0,024")],
            [("Melaksanakan demonstrasi plot tingkat kelompok", "Laporan demplot", "0,150")],
        ],
    },
    {
        "dinas": "tani", "jabatan": "Penyuluh Pertanian Mahir", "pangkat": "Penata Muda, III/a",
        "unit": "BPP Kecamatan Sukamaju",
        "rk": [
            ("Meningkatnya produktivitas padi",
             "Petani di wilayah binaan yang menerapkan pemupukan berimbang",
             [("Kuantitas", "Jumlah demplot pemupukan berimbang", "4", "demplot", "n"),
              ("Kualitas", "Produktivitas padi wilayah binaan", "5,8", "ton/ha", "n")]),
            ("Meningkatnya kapasitas kelompok tani binaan",
             "Rencana definitif kebutuhan kelompok tani yang tersusun lengkap",
             [("Kuantitas", "Jumlah kunjungan kelompok tani", "24", "kali", "n"),
              ("Waktu", "Waktu penyelesaian RDKK", "2", "bulan", "w")]),
        ],
        "butir": [
            [("Menyusun materi penyuluhan dalam bentuk leaflet", "Leaflet", "0,060"),
             ("Melaksanakan demonstrasi cara tingkat kelompok", "Laporan demcara", "0,090")],
            [("Menyusun rencana definitif kebutuhan kelompok", "Dokumen RDKK", "0,035")],
        ],
    },
    {
        "dinas": "tani", "jabatan": "Penyuluh Pertanian Ahli Pertama",
        "pangkat": "Penata Muda Tingkat I, III/b",
        "unit": "BPP Kecamatan Wonosari",
        "rk": [
            ("Meningkatnya produktivitas padi", "Programa penyuluhan pertanian kecamatan yang tersusun",
             [("Kuantitas", "Jumlah dokumen programa penyuluhan", "1", "dokumen", "n"),
              ("Waktu", "Waktu penetapan programa penyuluhan", "3", "bulan", "w")]),
            ("Meningkatnya kapasitas kelompok tani binaan",
             "Kelompok tani yang naik kelas kemampuannya",
             [("Kuantitas", "Jumlah kelompok tani yang dinilai kelasnya", "20", "kelompok", "n"),
              ("Kualitas", "Persentase kelompok tani yang naik kelas", "25", "%", "p")]),
        ],
        "butir": [
            [("Menyusun programa penyuluhan pertanian tingkat kecamatan", "Dokumen programa", "0,400")],
            [("Melakukan penilaian kelas kelompok tani", "Laporan penilaian", "0,045")],
        ],
    },
    {
        "dinas": "ikan", "jabatan": "Pengawas Perikanan Mahir", "pangkat": "Penata Muda Tingkat I, III/b",
        "unit": "Pangkalan Pendaratan Ikan Tanjung Sari",
        "rk": [
            ("Menurunnya pelanggaran penangkapan ikan di perairan kabupaten",
             "Kapal perikanan yang terperiksa sebelum berlayar",
             [("Kuantitas", "Jumlah kapal diperiksa", "12", "kapal", "n"),
              ("Kualitas", "Persentase berita acara pemeriksaan yang lengkap", "95", "%", "p")]),
            ("Meningkatnya kepatuhan pelaku usaha perikanan",
             "Hasil pemantauan mutu hasil perikanan yang tersampaikan",
             [("Kuantitas", "Jumlah unit pengolahan ikan yang dipantau", "8", "unit", "n"),
              ("Waktu", "Waktu penyampaian laporan pemantauan", "6", "bulan", "w")]),
        ],
        "butir": [
            [("Melakukan pemeriksaan kapal perikanan", "Berita acara pemeriksaan", "0,018")],
            [("Melakukan pemantauan unit pengolahan ikan", "Laporan pemantauan", "0,030")],
        ],
    },
    {
        "dinas": "pustaka", "jabatan": "Arsiparis Terampil", "pangkat": "Pengatur, II/c",
        "unit": "Bidang Kearsipan",
        "rk": [
            ("Tertatanya arsip perangkat daerah sesuai kaidah kearsipan",
             "Arsip inaktif perangkat daerah yang tertata dan terdaftar",
             [("Kuantitas", "Jumlah berkas arsip inaktif yang tertata", "600", "berkas", "n"),
              ("Waktu", "Waktu penyelesaian daftar arsip", "10", "bulan", "w")]),
            ("Meningkatnya akses arsip statis bagi masyarakat",
             "Arsip statis yang teralih media ke bentuk digital",
             [("Kuantitas", "Jumlah lembar arsip statis yang dialihmediakan", "2.000", "lembar", "n")]),
        ],
        "butir": [
            [("Melakukan penataan arsip inaktif", "Daftar arsip", "0,018")],
            [("Melakukan alih media arsip statis", "Arsip digital", "0,004")],
        ],
    },
    {
        "dinas": "pustaka", "jabatan": "Pustakawan Ahli Pertama", "pangkat": "Penata Muda, III/a",
        "unit": "Bidang Layanan Perpustakaan",
        "rk": [
            ("Meningkatnya minat baca masyarakat",
             "Kegiatan literasi berbasis inklusi sosial yang terlaksana",
             [("Kuantitas", "Jumlah kegiatan literasi di desa", "6", "kegiatan", "n"),
              ("Kualitas", "Persentase peserta yang puas", "85", "%", "p")]),
            ("Koleksi perpustakaan daerah yang mutakhir dan mudah ditemukan",
             "Katalog daring koleksi lokal yang lengkap",
             [("Kuantitas", "Jumlah judul koleksi lokal yang dikatalog", "300", "judul", "n")]),
        ],
        "butir": [
            [("Melakukan kegiatan promosi gemar membaca", "Laporan kegiatan", "0,080")],
            [("Melakukan katalogisasi deskriptif", "Data katalog", "0,005")],
        ],
    },
    {
        "dinas": "wisata", "jabatan": "Pamong Budaya Ahli Muda", "pangkat": "Penata, III/c",
        "unit": "Bidang Kebudayaan",
        "rk": [
            ("Terlestarikannya warisan budaya daerah",
             "Objek pemajuan kebudayaan yang tercatat dan terdokumentasi",
             [("Kuantitas", "Jumlah objek pemajuan kebudayaan yang terdokumentasi", "15", "objek", "n"),
              ("Waktu", "Waktu penyusunan pokok pikiran kebudayaan daerah", "9", "bulan", "w")]),
            ("Meningkatnya apresiasi masyarakat terhadap seni tradisi",
             "Festival seni tradisi yang terselenggara dengan partisipasi sanggar",
             [("Kuantitas", "Jumlah sanggar seni yang tampil", "25", "sanggar", "n"),
              ("Kualitas", "Persentase penonton yang puas", "80", "%", "p")]),
        ],
        "butir": [
            [("Melakukan pendokumentasian objek pemajuan kebudayaan", "Dokumen OPK", "0,250")],
            [("Melakukan fasilitasi pergelaran seni tradisi", "Laporan pergelaran", "0,300")],
        ],
    },
]

PERAN_JPT: list[dict[str, Any]] = [
    {
        "dinas": "tani", "jabatan": "Kepala Dinas Pertanian",
        "rk": [
            ("pl", "Meningkatnya produktivitas pertanian tanaman pangan",
             "Produktivitas padi", "5,8", "ton/ha"),
            ("pb", "Meningkatnya layanan penyuluhan pertanian", "Persentase kelompok tani yang kelasnya naik",
             "30", "%"),
            ("pi", "Meningkatnya kapasitas penyuluh pertanian", "Persentase penyuluh yang tersertifikasi",
             "60", "%"),
            ("ag", "Terwujudnya pengelolaan anggaran dinas yang akuntabel", "Nilai SAKIP dinas", "75",
             "nilai"),
        ],
    },
    {
        "dinas": "ikan", "jabatan": "Kepala Dinas Perikanan",
        "rk": [
            ("pl", "Meningkatnya produksi perikanan budidaya", "Jumlah produksi perikanan budidaya",
             "12.500", "ton"),
            ("pb", "Meningkatnya kepatuhan pelaku usaha perikanan",
             "Persentase kapal perikanan yang patuh ketentuan", "85", "%"),
            ("pi", "Meningkatnya kompetensi pengawas perikanan",
             "Persentase pengawas perikanan yang mengikuti pelatihan", "75", "%"),
            ("ag", "Meningkatnya realisasi anggaran dinas", "Persentase realisasi anggaran", "95", "%"),
        ],
    },
    {
        "dinas": "pustaka", "jabatan": "Kepala Dinas Perpustakaan dan Kearsipan",
        "rk": [
            ("pl", "Meningkatnya tingkat kegemaran membaca masyarakat", "Indeks tingkat kegemaran membaca",
             "62", "poin"),
            ("pb", "Meningkatnya tertib arsip perangkat daerah", "Nilai pengawasan kearsipan internal",
             "70", "nilai"),
            ("pi", "Meningkatnya kompetensi pustakawan dan arsiparis",
             "Persentase pustakawan dan arsiparis yang mengikuti diklat", "50", "%"),
            ("ag", "Terwujudnya pengelolaan anggaran yang akuntabel", "Persentase realisasi anggaran",
             "95", "%"),
        ],
    },
    {
        "dinas": "wisata", "jabatan": "Kepala Dinas Pariwisata dan Kebudayaan",
        "rk": [
            ("pl", "Meningkatnya kunjungan wisatawan", "Jumlah kunjungan wisatawan", "15.000", "pengunjung"),
            ("pb", "Terlestarikannya warisan budaya daerah", "Jumlah cagar budaya yang ditetapkan", "3",
             "cagar budaya"),
            ("pi", "Meningkatnya kualitas layanan informasi pariwisata",
             "Persentase pengaduan wisatawan yang ditindaklanjuti", "90", "%"),
            ("ag", "Meningkatnya kontribusi pariwisata terhadap PAD", "Jumlah PAD sektor pariwisata", "2,5",
             "miliar rupiah"),
        ],
    },
]

PERSPEKTIF = {
    "pl": "Penerima Layanan",
    "pb": "Proses Bisnis",
    "pi": "Penguatan Internal",
    "ag": "Anggaran",
}
