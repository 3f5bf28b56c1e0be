"""Fictional world of the held-out set ``nyata_bq``: the BKPSDM and the Dinas Perpustakaan dan Kearsipan of
Kota Banyu Asri (fictional), Rencana SKP 2026 received in January. Written from SPEC alone.

An IKI is ``(aspek, text, value, satuan, satuan_panjang, satuan_nip)``: ``value`` is an int or a
float (formatted Indonesian style by the generator, ``1.250``, ``78,5``); ``satuan_panjang`` is the long
satuan phrase agencies write (``berkas usulan kenaikan pangkat``); ``satuan_nip`` the satuan written as
``NIP``/``orang``/``berkas`` when an IKI counts people or files (or None). Every RK holds three IKI ordered
kuantitas, waktu, kualitas.
"""

from __future__ import annotations

from typing import Any

KOTA = "Kota Banyu Asri"
TEMPAT = "Banyu Asri"

INSTANSI = {
    "bkpsdm": "BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA KOTA BANYU ASRI",
    "dispusip": "DINAS PERPUSTAKAAN DAN KEARSIPAN KOTA BANYU ASRI",
}

WALI_KOTA = {
    "nama": "Ir. H. Bagus Setyo Nugroho, M.T.",
    "nip": "-",
    "pangkat": "-",
    "jabatan": "Wali Kota Banyu Asri",
    "unit": "Pemerintah Kota Banyu Asri",
}

# golongan → pangkat name (SPEC §5)
PANGKAT = {
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
GOLONGAN = list(PANGKAT)

NAMA_DEPAN = [
    "Ahmad",
    "Rina",
    "Dwi",
    "Siti",
    "Bambang",
    "Yuliani",
    "Hendra",
    "Kartika",
    "Agus",
    "Wulan",
    "Rudi",
    "Fitri",
    "Joko",
    "Nurul",
    "Taufik",
    "Ratna",
    "Eko",
    "Maya",
    "Arif",
    "Indah",
    "Fajar",
    "Lestari",
    "Yoga",
    "Ayu",
]
NAMA_BELAKANG = [
    "Prasetyo",
    "Handayani",
    "Saputra",
    "Rahmawati",
    "Wibowo",
    "Kusumawati",
    "Santoso",
    "Permatasari",
    "Hidayat",
    "Nugraheni",
    "Firmansyah",
    "Astuti",
    "Gunawan",
    "Maharani",
    "Setiawan",
    "Puspitasari",
]
GELAR = ["", "", "S.Sos.", "S.E.", "S.H.", "S.I.Pust.", "A.Md.", "S.Kom.", "M.Si.", "S.AP."]

# ----- JPT
# RK of a JPT: (perspektif key, rk, [IKI ...]); IKI as above, aspek None. The first RK holds three IKI (the
# generator keeps one unless the file draws ``rk_gabung_tiga``).
JPT: dict[str, dict[str, Any]] = {
    "kepala-bkpsdm": {
        "unit": "bkpsdm",
        "jabatan": "Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia",
        "golongan": "IV/c",
        "rk_aktivitas": "Melaksanakan pembinaan manajemen ASN di lingkungan Pemerintah Kota",
        "rk_skp": "Terwujudnya penilaian kinerja ASN berbasis SKP yang objektif",
        "rks": [
            (
                "pl",
                "Meningkatnya kualitas layanan kepegawaian bagi ASN Pemerintah Kota",
                [
                    (
                        None,
                        "Persentase usulan layanan kepegawaian yang diselesaikan sesuai standar",
                        95,
                        "%",
                        "%",
                        None,
                    ),
                    (
                        None,
                        "Jumlah usulan kenaikan pangkat yang diverifikasi",
                        1250,
                        "berkas",
                        "berkas usulan kenaikan pangkat",
                        "berkas",
                    ),
                    (None, "Rata-rata waktu penyelesaian usulan mutasi", 5, "hari kerja", "hari kerja", None),
                ],
            ),
            (
                "pb",
                "Meningkatnya profesionalitas ASN Pemerintah Kota",
                [
                    (None, "Indeks Profesionalitas ASN", 78.5, "poin", "poin indeks", None),
                ],
            ),
            (
                "pb",
                "Terwujudnya data kepegawaian yang mutakhir dan terintegrasi",
                [
                    (
                        None,
                        "Jumlah data pegawai yang dimutakhirkan pada SIASN",
                        4820,
                        "pegawai",
                        "data pegawai ASN terverifikasi",
                        "NIP",
                    ),
                ],
            ),
            (
                "pi",
                "Meningkatnya kompetensi ASN Pemerintah Kota",
                [
                    (None, "Persentase ASN yang memenuhi 20 JP pengembangan kompetensi", 80, "%", "%", None),
                ],
            ),
            (
                "ag",
                "Terwujudnya pengelolaan anggaran BKPSDM yang akuntabel",
                [
                    (None, "Persentase realisasi anggaran BKPSDM", 95, "%", "%", None),
                ],
            ),
        ],
    },
    "kepala-dispusip": {
        "unit": "dispusip",
        "jabatan": "Kepala Dinas Perpustakaan dan Kearsipan",
        "golongan": "IV/c",
        "rk_aktivitas": "Menyelenggarakan layanan perpustakaan dan kearsipan daerah",
        "rk_skp": None,
        "rks": [
            (
                "pl",
                "Meningkatnya minat baca masyarakat Kota Banyu Asri",
                [
                    (
                        None,
                        "Jumlah kunjungan pemustaka ke perpustakaan daerah",
                        48000,
                        "kunjungan",
                        "kunjungan pemustaka per tahun",
                        "orang",
                    ),
                    (None, "Tingkat kegemaran membaca masyarakat", 62.4, "poin", "poin indeks", None),
                    (None, "Waktu layanan sirkulasi bahan pustaka", 10, "menit", "menit per transaksi", None),
                ],
            ),
            (
                "pb",
                "Meningkatnya kualitas koleksi perpustakaan daerah",
                [
                    (
                        None,
                        "Jumlah bahan pustaka yang diolah",
                        15000,
                        "eksemplar",
                        "eksemplar bahan pustaka tercatat",
                        None,
                    ),
                ],
            ),
            (
                "pb",
                "Meningkatnya tertib arsip perangkat daerah",
                [
                    (
                        None,
                        "Jumlah arsip perangkat daerah yang dinilai",
                        3500,
                        "arsip",
                        "berkas arsip dinamis dinilai",
                        "berkas",
                    ),
                ],
            ),
            (
                "pi",
                "Meningkatnya kompetensi pengelola perpustakaan dan arsip",
                [
                    (
                        None,
                        "Persentase pustakawan dan arsiparis yang mengikuti diklat teknis",
                        75,
                        "%",
                        "%",
                        None,
                    ),
                ],
            ),
            (
                "ag",
                "Terwujudnya pengelolaan anggaran dinas yang akuntabel",
                [
                    (None, "Persentase realisasi anggaran dinas", 95, "%", "%", None),
                ],
            ),
        ],
    },
}

PERSPEKTIF = {"pl": "Penerima Layanan", "pb": "Proses Bisnis", "pi": "Penguatan Internal", "ag": "Anggaran"}

MANUAL = {  # per IKI a short description, filled by the generator with the IKI and RK text
    "tujuan": "Mengukur keberhasilan {rk_kecil}",
    "deskripsi": "Rencana kinerja ini menggambarkan {rk_kecil} pada tahun 2026",
    "definisi": "{iki} adalah ukuran capaian yang dihitung dari data unit kerja",
    "formula": "Realisasi dibagi target dikali 100 %",
}

# ----- JA and JF
# role: jabatan, jabatan_panjang (long form, or None), family ("JA"/"JF"), golongan allowed (by jenjang),
# unit, penilai (a JA role key or a JPT key), unit_kerja, two RK.
ROLES: dict[str, dict[str, Any]] = {
    "kabid-pengadaan": {
        "jabatan": "Kepala Bidang Pengadaan, Pemberhentian dan Informasi Kepegawaian",
        "panjang": None,
        "family": "JA",
        "golongan": ["III/d", "IV/a", "IV/b"],
        "unit": "bkpsdm",
        "penilai": "kepala-bkpsdm",
        "unit_kerja": "Bidang Pengadaan, Pemberhentian dan Informasi Kepegawaian",
        "rks": [
            {
                "atasan": "Terwujudnya data kepegawaian yang mutakhir dan terintegrasi",
                "rk": "Data kepegawaian ASN pada SIASN mutakhir dan valid",
                "rk_skp": "Terverifikasinya SKP pegawai sebagai dasar pemutakhiran data kepegawaian",
                "aktivitas": "Melaksanakan pemutakhiran data kepegawaian pada SIASN",
                "ikis": [
                    (
                        "Kuantitas",
                        "Jumlah data pegawai yang dimutakhirkan",
                        4820,
                        "pegawai",
                        "data pegawai ASN terverifikasi",
                        "NIP",
                    ),
                    ("Waktu", "Waktu pemutakhiran data pegawai", 10, "bulan", "bulan kalender", None),
                    ("Kualitas", "Persentase data pegawai tanpa kesalahan", 98, "%", "%", None),
                ],
                "cara": ("Daftar pegawai termutakhirkan", "Aplikasi SIASN", "Triwulanan"),
            },
            {
                "atasan": "Meningkatnya kualitas layanan kepegawaian bagi ASN Pemerintah Kota",
                "rk": "Usulan pensiun ASN diproses tepat waktu",
                "ikis": [
                    (
                        "Kuantitas",
                        "Jumlah usulan pensiun yang diproses",
                        185,
                        "berkas",
                        "berkas usulan pensiun",
                        "berkas",
                    ),
                    ("Waktu", "Waktu penyelesaian usulan pensiun", 14, "hari kerja", "hari kerja", None),
                    ("Kualitas", "Persentase usulan pensiun tanpa pengembalian", 95, "%", "%", None),
                ],
                "cara": ("Rekap usulan pensiun", "Aplikasi layanan pensiun", "Bulanan"),
            },
        ],
    },
    "kabid-mutasi": {
        "jabatan": "Kepala Bidang Mutasi dan Promosi",
        "panjang": None,
        "family": "JA",
        "golongan": ["III/d", "IV/a", "IV/b"],
        "unit": "bkpsdm",
        "penilai": "kepala-bkpsdm",
        "unit_kerja": "Bidang Mutasi dan Promosi",
        "rks": [
            {
                "atasan": "Meningkatnya kualitas layanan kepegawaian bagi ASN Pemerintah Kota",
                "rk": "Usulan kenaikan pangkat ASN terverifikasi tepat waktu",
                "rk_skp": "Terverifikasinya SKP pegawai sebagai syarat kenaikan pangkat",
                "aktivitas": "Melakukan verifikasi usulan kenaikan pangkat",
                "ikis": [
                    (
                        "Kuantitas",
                        "Jumlah usulan kenaikan pangkat yang diverifikasi",
                        1250,
                        "berkas",
                        "berkas usulan kenaikan pangkat",
                        "NIP",
                    ),
                    (
                        "Waktu",
                        "Waktu verifikasi usulan kenaikan pangkat",
                        7,
                        "hari kerja",
                        "hari kerja",
                        None,
                    ),
                    ("Kualitas", "Persentase usulan kenaikan pangkat yang disetujui BKN", 97, "%", "%", None),
                ],
                "cara": ("Rekap usulan kenaikan pangkat", "Aplikasi SIASN layanan KP", "Per periode KP"),
            },
            {
                "atasan": "Meningkatnya profesionalitas ASN Pemerintah Kota",
                "rk": "Jabatan pimpinan tinggi terisi melalui seleksi terbuka sesuai sistem merit",
                "ikis": [
                    (
                        "Kuantitas",
                        "Jumlah jabatan yang diisi melalui seleksi terbuka",
                        6,
                        "jabatan",
                        "jabatan pimpinan tinggi pratama",
                        None,
                    ),
                    ("Waktu", "Waktu pelaksanaan seleksi terbuka", 3, "bulan", "bulan kalender", None),
                    ("Kualitas", "Persentase tahapan seleksi tanpa sanggahan", 99, "%", "%", None),
                ],
                "cara": ("Laporan panitia seleksi", "Sekretariat panitia seleksi", "Per seleksi"),
            },
        ],
    },
    "kabid-kompetensi": {
        "jabatan": "Kepala Bidang Pengembangan Kompetensi Aparatur",
        "panjang": None,
        "family": "JA",
        "golongan": ["III/d", "IV/a", "IV/b"],
        "unit": "bkpsdm",
        "penilai": "kepala-bkpsdm",
        "unit_kerja": "Bidang Pengembangan Kompetensi Aparatur",
        "rks": [
            {
                "atasan": "Meningkatnya kompetensi ASN Pemerintah Kota",
                "rk": "ASN mengikuti pengembangan kompetensi paling sedikit 20 JP",
                "rk_skp": "Target pengembangan kompetensi tercantum dalam SKP pegawai",
                "aktivitas": "Menyelenggarakan pelatihan bagi ASN",
                "ikis": [
                    (
                        "Kuantitas",
                        "Jumlah ASN yang mengikuti pengembangan kompetensi",
                        2600,
                        "orang",
                        "orang ASN peserta pelatihan",
                        "NIP",
                    ),
                    ("Waktu", "Waktu penyelenggaraan pelatihan klasikal", 9, "bulan", "bulan kalender", None),
                    ("Kualitas", "Persentase peserta lulus pelatihan", 95, "%", "%", None),
                ],
                "cara": ("Daftar peserta pelatihan", "Aplikasi pengembangan kompetensi", "Triwulanan"),
            },
            {
                "atasan": "Meningkatnya profesionalitas ASN Pemerintah Kota",
                "rk": "Peta talenta ASN tersusun",
                "ikis": [
                    (
                        "Kuantitas",
                        "Jumlah ASN yang dipetakan talentanya",
                        540,
                        "orang",
                        "orang pejabat administrator dan pengawas",
                        "NIP",
                    ),
                    ("Waktu", "Waktu penyusunan peta talenta", 6, "bulan", "bulan kalender", None),
                    ("Kualitas", "Persentase hasil pemetaan yang divalidasi", 90, "%", "%", None),
                ],
                "cara": ("Dokumen peta talenta", "Tim manajemen talenta", "Semesteran"),
            },
        ],
    },
    "kabid-layanan-pustaka": {
        "jabatan": "Kepala Bidang Layanan dan Pengembangan Perpustakaan",
        "panjang": None,
        "family": "JA",
        "golongan": ["III/d", "IV/a", "IV/b"],
        "unit": "dispusip",
        "penilai": "kepala-dispusip",
        "unit_kerja": "Bidang Layanan dan Pengembangan Perpustakaan",
        "rks": [
            {
                "atasan": "Meningkatnya minat baca masyarakat Kota Banyu Asri",
                "rk": "Layanan perpustakaan keliling menjangkau kelurahan",
                "aktivitas": "Melaksanakan layanan perpustakaan keliling",
                "ikis": [
                    (
                        "Kuantitas",
                        "Jumlah kunjungan pemustaka layanan keliling",
                        12500,
                        "kunjungan",
                        "kunjungan pemustaka layanan keliling",
                        "orang",
                    ),
                    ("Waktu", "Waktu jadwal layanan keliling", 12, "bulan", "bulan kalender", None),
                    ("Kualitas", "Persentase kelurahan yang terlayani", 90, "%", "%", None),
                ],
                "cara": ("Buku tamu layanan keliling", "Petugas mobil perpustakaan", "Bulanan"),
            },
            {
                "atasan": "Meningkatnya kualitas koleksi perpustakaan daerah",
                "rk": "Koleksi bahan pustaka bertambah sesuai kebutuhan pemustaka",
                "ikis": [
                    (
                        "Kuantitas",
                        "Jumlah judul bahan pustaka yang diadakan",
                        2400,
                        "judul",
                        "judul bahan pustaka baru",
                        None,
                    ),
                    ("Waktu", "Waktu pengadaan bahan pustaka", 8, "bulan", "bulan kalender", None),
                    ("Kualitas", "Persentase koleksi sesuai usulan pemustaka", 85, "%", "%", None),
                ],
                "cara": ("Daftar pengadaan koleksi", "Seksi pengembangan koleksi", "Semesteran"),
            },
        ],
    },
    "kabid-kearsipan": {
        "jabatan": "Kepala Bidang Pengelolaan Kearsipan",
        "panjang": None,
        "family": "JA",
        "golongan": ["III/d", "IV/a", "IV/b"],
        "unit": "dispusip",
        "penilai": "kepala-dispusip",
        "unit_kerja": "Bidang Pengelolaan Kearsipan",
        "rks": [
            {
                "atasan": "Meningkatnya tertib arsip perangkat daerah",
                "rk": "Perangkat daerah menerapkan pengelolaan arsip dinamis sesuai kaidah",
                "aktivitas": "Melakukan pembinaan kearsipan kepada perangkat daerah",
                "ikis": [
                    (
                        "Kuantitas",
                        "Jumlah perangkat daerah yang diawasi kearsipannya",
                        34,
                        "perangkat daerah",
                        "perangkat daerah dan kecamatan",
                        None,
                    ),
                    ("Waktu", "Waktu pelaksanaan pengawasan kearsipan", 6, "bulan", "bulan kalender", None),
                    ("Kualitas", "Persentase perangkat daerah berkategori baik", 70, "%", "%", None),
                ],
                "cara": ("Laporan hasil pengawasan kearsipan", "Tim pengawas kearsipan", "Semesteran"),
            },
            {
                "atasan": "Meningkatnya tertib arsip perangkat daerah",
                "rk": "Arsip statis terselamatkan dan dapat diakses publik",
                "ikis": [
                    (
                        "Kuantitas",
                        "Jumlah arsip statis yang diakuisisi",
                        3500,
                        "arsip",
                        "berkas arsip statis",
                        "berkas",
                    ),
                    ("Waktu", "Waktu akuisisi arsip statis", 10, "bulan", "bulan kalender", None),
                    ("Kualitas", "Persentase arsip statis yang terdeskripsi", 80, "%", "%", None),
                ],
                "cara": ("Daftar arsip statis", "Depo arsip daerah", "Triwulanan"),
            },
        ],
    },
    "kasubbag-umpeg": {
        "jabatan": "Kepala Subbagian Umum dan Kepegawaian",
        "panjang": None,
        "family": "JA",
        "golongan": ["III/b", "III/c", "III/d"],
        "unit": "bkpsdm",
        "penilai": "kepala-bkpsdm",
        "unit_kerja": "Sekretariat Badan Kepegawaian dan Pengembangan Sumber Daya Manusia",
        "rks": [
            {
                "atasan": "Terwujudnya pengelolaan anggaran BKPSDM yang akuntabel",
                "rk": "Dokumen kinerja pegawai BKPSDM terunggah tepat waktu",
                "rk_skp": "SKP pegawai BKPSDM terunggah tepat waktu",
                "aktivitas": "Mengumpulkan dokumen kinerja pegawai BKPSDM",
                "ikis": [
                    (
                        "Kuantitas",
                        "Jumlah pegawai yang dokumen kinerjanya terunggah",
                        86,
                        "pegawai",
                        "pegawai lingkup BKPSDM",
                        "orang",
                    ),
                    ("Waktu", "Waktu pengunggahan dokumen kinerja", 1, "bulan", "bulan kalender", None),
                    ("Kualitas", "Persentase dokumen kinerja terunggah tepat waktu", 98, "%", "%", None),
                ],
                "cara": ("Rekap unggahan dokumen kinerja", "Aplikasi e-Kinerja", "Bulanan"),
            },
            {
                "atasan": "Terwujudnya pengelolaan anggaran BKPSDM yang akuntabel",
                "rk": "Barang milik daerah BKPSDM tercatat tertib",
                "ikis": [
                    (
                        "Kuantitas",
                        "Jumlah barang milik daerah yang diinventarisasi",
                        1420,
                        "unit",
                        "unit barang milik daerah",
                        None,
                    ),
                    ("Waktu", "Waktu rekonsiliasi barang milik daerah", 6, "bulan", "bulan kalender", None),
                    ("Kualitas", "Persentase barang milik daerah berlabel", 95, "%", "%", None),
                ],
                "cara": ("Kartu inventaris barang", "Aplikasi SIMDA BMD", "Semesteran"),
            },
        ],
    },
    # ---- JF ----
    "analis-sdma-muda": {
        "jabatan": "Analis SDM Aparatur Ahli Muda",
        "panjang": "Analis Sumber Daya Manusia Aparatur Ahli Muda",
        "family": "JF",
        "golongan": ["III/c", "III/d"],
        "unit": "bkpsdm",
        "penilai": "kabid-mutasi",
        "unit_kerja": "Bidang Mutasi dan Promosi",
        "rks": [
            {
                "atasan": "Usulan kenaikan pangkat ASN terverifikasi tepat waktu",
                "rk": "Hasil analisis usulan kenaikan pangkat pilihan tersedia",
                "rk_skp": "Terverifikasinya SKP dua tahun terakhir pengusul kenaikan pangkat",
                "aktivitas": "Menganalisis usulan kenaikan pangkat pilihan",
                "ikis": [
                    (
                        "Kuantitas",
                        "Jumlah usulan kenaikan pangkat pilihan yang dianalisis",
                        1250,
                        "berkas",
                        "berkas usulan kenaikan pangkat pilihan",
                        "NIP",
                    ),
                    ("Waktu", "Waktu penyelesaian analisis usulan", 5, "hari kerja", "hari kerja", None),
                    ("Kualitas", "Persentase hasil analisis tanpa koreksi", 95, "%", "%", None),
                ],
                "cara": ("Nota analisis kenaikan pangkat", "Bidang Mutasi dan Promosi", "Per periode KP"),
                "butir": [("Melakukan analisis usulan kenaikan pangkat", "Nota analisis", 0.08)],
            },
            {
                "atasan": "Jabatan pimpinan tinggi terisi melalui seleksi terbuka sesuai sistem merit",
                "rk": "Rekomendasi rotasi jabatan berbasis kompetensi tersusun",
                "ikis": [
                    (
                        "Kuantitas",
                        "Jumlah rekomendasi rotasi yang disusun",
                        24,
                        "rekomendasi",
                        "rekomendasi rotasi jabatan",
                        None,
                    ),
                    ("Waktu", "Waktu penyusunan rekomendasi rotasi", 4, "bulan", "bulan kalender", None),
                    ("Kualitas", "Persentase rekomendasi yang ditindaklanjuti", 80, "%", "%", None),
                ],
                "cara": ("Dokumen rekomendasi rotasi", "Tim Penilai Kinerja", "Triwulanan"),
                "butir": [("Menyusun rekomendasi mutasi pegawai", "Dokumen rekomendasi", 0.12)],
            },
        ],
    },
    "analis-sdma-pertama": {
        "jabatan": "Analis SDM Aparatur Ahli Pertama",
        "panjang": "Analis Sumber Daya Manusia Aparatur Ahli Pertama",
        "family": "JF",
        "golongan": ["III/a", "III/b"],
        "unit": "bkpsdm",
        "penilai": "kabid-pengadaan",
        "unit_kerja": "Bidang Pengadaan, Pemberhentian dan Informasi Kepegawaian",
        "rks": [
            {
                "atasan": "Data kepegawaian ASN pada SIASN mutakhir dan valid",
                "rk": "Data riwayat jabatan pegawai tervalidasi",
                "rk_skp": "Terverifikasinya nilai SKP pegawai pada SIASN",
                "aktivitas": "Memvalidasi data riwayat jabatan pegawai",
                "ikis": [
                    (
                        "Kuantitas",
                        "Jumlah data riwayat jabatan yang divalidasi",
                        2750,
                        "pegawai",
                        "data riwayat jabatan pegawai",
                        "NIP",
                    ),
                    ("Waktu", "Waktu validasi data riwayat jabatan", 8, "bulan", "bulan kalender", None),
                    ("Kualitas", "Persentase data tervalidasi tanpa kesalahan", 98, "%", "%", None),
                ],
                "cara": ("Log validasi data", "Aplikasi SIASN", "Bulanan"),
                "butir": [("Melakukan verifikasi data kepegawaian", "Data terverifikasi", 0.004)],
            },
            {
                "atasan": "Usulan pensiun ASN diproses tepat waktu",
                "rk": "Berkas usulan pensiun lengkap sebelum dikirim ke BKN",
                "ikis": [
                    (
                        "Kuantitas",
                        "Jumlah berkas usulan pensiun yang diperiksa",
                        185,
                        "berkas",
                        "berkas usulan pensiun",
                        "berkas",
                    ),
                    ("Waktu", "Waktu pemeriksaan kelengkapan berkas", 3, "hari kerja", "hari kerja", None),
                    ("Kualitas", "Persentase berkas lengkap saat dikirim", 95, "%", "%", None),
                ],
                "cara": ("Daftar periksa berkas pensiun", "Bidang Pengadaan dan Pemberhentian", "Bulanan"),
                "butir": [("Memeriksa kelengkapan usul pemberhentian", "Berkas diperiksa", 0.006)],
            },
        ],
    },
    "pranata-sdma-terampil": {
        "jabatan": "Pranata SDM Aparatur Terampil",
        "panjang": "Pranata Sumber Daya Manusia Aparatur Terampil",
        "family": "JF",
        "golongan": ["II/b", "II/c", "II/d"],
        "unit": "bkpsdm",
        "penilai": "kabid-pengadaan",
        "unit_kerja": "Bidang Pengadaan, Pemberhentian dan Informasi Kepegawaian",
        "rks": [
            {
                "atasan": "Data kepegawaian ASN pada SIASN mutakhir dan valid",
                "rk": "Dokumen kepegawaian pegawai terarsip digital",
                "rk_skp": "Dokumen SKP pegawai terarsip digital",
                "aktivitas": "Memindai dokumen kepegawaian pegawai",
                "ikis": [
                    (
                        "Kuantitas",
                        "Jumlah dokumen kepegawaian yang dipindai",
                        9600,
                        "dokumen",
                        "lembar dokumen kepegawaian",
                        None,
                    ),
                    ("Waktu", "Waktu pemindaian dokumen", 11, "bulan", "bulan kalender", None),
                    ("Kualitas", "Persentase hasil pindai terbaca jelas", 97, "%", "%", None),
                ],
                "cara": ("Rekap hasil pindai", "Aplikasi arsip digital kepegawaian", "Bulanan"),
                "butir": [("Melakukan alih media dokumen kepegawaian", "Dokumen digital", 0.001)],
            },
            {
                "atasan": "Usulan pensiun ASN diproses tepat waktu",
                "rk": "Daftar pegawai yang akan pensiun tersedia",
                "ikis": [
                    (
                        "Kuantitas",
                        "Jumlah pegawai dalam daftar calon pensiun",
                        185,
                        "orang",
                        "orang pegawai calon pensiun",
                        "NIP",
                    ),
                    ("Waktu", "Waktu penyusunan daftar calon pensiun", 1, "bulan", "bulan kalender", None),
                    ("Kualitas", "Persentase data calon pensiun yang akurat", 99, "%", "%", None),
                ],
                "cara": ("Daftar calon pensiun", "Aplikasi SIMPEG", "Triwulanan"),
                "butir": [("Menyusun daftar nominatif pegawai", "Daftar nominatif", 0.003)],
            },
        ],
    },
    "pranata-sdma-mahir": {
        "jabatan": "Pranata SDM Aparatur Mahir",
        "panjang": "Pranata Sumber Daya Manusia Aparatur Mahir",
        "family": "JF",
        "golongan": ["III/a", "III/b"],
        "unit": "bkpsdm",
        "penilai": "kabid-mutasi",
        "unit_kerja": "Bidang Mutasi dan Promosi",
        "rks": [
            {
                "atasan": "Usulan kenaikan pangkat ASN terverifikasi tepat waktu",
                "rk": "Berkas usulan kenaikan pangkat tercatat lengkap",
                "rk_skp": "Tercatatnya SKP pegawai pada berkas usulan kenaikan pangkat",
                "aktivitas": "Mencatat berkas usulan kenaikan pangkat",
                "ikis": [
                    (
                        "Kuantitas",
                        "Jumlah berkas usulan kenaikan pangkat yang dicatat",
                        1250,
                        "berkas",
                        "berkas usulan kenaikan pangkat",
                        "berkas",
                    ),
                    ("Waktu", "Waktu pencatatan berkas usulan", 2, "hari kerja", "hari kerja", None),
                    ("Kualitas", "Persentase berkas tercatat tanpa kesalahan", 98, "%", "%", None),
                ],
                "cara": ("Buku register usulan KP", "Bidang Mutasi dan Promosi", "Per periode KP"),
                "butir": [("Mencatat usul kenaikan pangkat", "Register usulan", 0.002)],
            },
            {
                "atasan": "Jabatan pimpinan tinggi terisi melalui seleksi terbuka sesuai sistem merit",
                "rk": "Berkas administrasi seleksi terbuka tertata",
                "ikis": [
                    (
                        "Kuantitas",
                        "Jumlah berkas pelamar yang diadministrasikan",
                        48,
                        "berkas",
                        "berkas pelamar seleksi terbuka",
                        "orang",
                    ),
                    ("Waktu", "Waktu pengadministrasian berkas pelamar", 1, "bulan", "bulan kalender", None),
                    ("Kualitas", "Persentase berkas pelamar tertata lengkap", 99, "%", "%", None),
                ],
                "cara": ("Daftar pelamar", "Sekretariat panitia seleksi", "Per seleksi"),
                "butir": [("Menata administrasi seleksi jabatan", "Berkas tertata", 0.004)],
            },
        ],
    },
    "pranata-sdma-penyelia": {
        "jabatan": "Pranata SDM Aparatur Penyelia",
        "panjang": "Pranata Sumber Daya Manusia Aparatur Penyelia",
        "family": "JF",
        "golongan": ["III/c", "III/d"],
        "unit": "bkpsdm",
        "penilai": "kabid-kompetensi",
        "unit_kerja": "Bidang Pengembangan Kompetensi Aparatur",
        "rks": [
            {
                "atasan": "ASN mengikuti pengembangan kompetensi paling sedikit 20 JP",
                "rk": "Data jam pelajaran pengembangan kompetensi ASN tersedia",
                "rk_skp": "Capaian 20 JP tercatat sebagai bahan penilaian SKP pegawai",
                "aktivitas": "Merekap jam pelajaran pengembangan kompetensi",
                "ikis": [
                    (
                        "Kuantitas",
                        "Jumlah ASN yang direkap jam pelajarannya",
                        4820,
                        "pegawai",
                        "pegawai ASN Pemerintah Kota",
                        "NIP",
                    ),
                    ("Waktu", "Waktu penyampaian rekap jam pelajaran", 10, "hari kerja", "hari kerja", None),
                    ("Kualitas", "Persentase rekap sesuai sertifikat", 95, "%", "%", None),
                ],
                "cara": ("Rekap JP per pegawai", "Aplikasi pengembangan kompetensi", "Triwulanan"),
                "butir": [("Menyusun rekapitulasi pengembangan kompetensi", "Rekap JP", 0.006)],
            },
            {
                "atasan": "Peta talenta ASN tersusun",
                "rk": "Data kinerja dan potensi pejabat terhimpun",
                "ikis": [
                    (
                        "Kuantitas",
                        "Jumlah pejabat yang datanya dihimpun",
                        540,
                        "orang",
                        "orang pejabat administrator dan pengawas",
                        "NIP",
                    ),
                    ("Waktu", "Waktu penghimpunan data talenta", 3, "bulan", "bulan kalender", None),
                    ("Kualitas", "Persentase data talenta yang lengkap", 90, "%", "%", None),
                ],
                "cara": ("Basis data talenta", "Tim manajemen talenta", "Semesteran"),
                "butir": [("Menghimpun data penilaian potensi", "Data talenta", 0.008)],
            },
        ],
    },
    "asesor-sdma-muda": {
        "jabatan": "Asesor SDM Aparatur Ahli Muda",
        "panjang": "Asesor Sumber Daya Manusia Aparatur Ahli Muda",
        "family": "JF",
        "golongan": ["III/c", "III/d"],
        "unit": "bkpsdm",
        "penilai": "kabid-kompetensi",
        "unit_kerja": "Bidang Pengembangan Kompetensi Aparatur",
        "rks": [
            {
                "atasan": "Peta talenta ASN tersusun",
                "rk": "Hasil penilaian kompetensi pejabat tersedia untuk manajemen talenta",
                "rk_skp": "Hasil penilaian kompetensi melengkapi nilai SKP dalam peta talenta",
                "aktivitas": "Melaksanakan asesmen kompetensi pejabat",
                "ikis": [
                    (
                        "Kuantitas",
                        "Jumlah pejabat yang dinilai kompetensinya",
                        160,
                        "orang",
                        "orang pejabat pengawas",
                        "NIP",
                    ),
                    ("Waktu", "Waktu penyampaian laporan asesmen", 10, "hari kerja", "hari kerja", None),
                    ("Kualitas", "Persentase laporan asesmen yang memenuhi standar", 95, "%", "%", None),
                ],
                "cara": ("Laporan individu asesmen", "Assessment center", "Per asesmen"),
                "butir": [("Melakukan penilaian kompetensi manajerial", "Laporan individu", 0.05)],
            },
            {
                "atasan": "ASN mengikuti pengembangan kompetensi paling sedikit 20 JP",
                "rk": "Rekomendasi pengembangan kompetensi pejabat tersusun",
                "ikis": [
                    (
                        "Kuantitas",
                        "Jumlah rekomendasi pengembangan yang disusun",
                        160,
                        "dokumen",
                        "dokumen rekomendasi pengembangan",
                        None,
                    ),
                    ("Waktu", "Waktu penyusunan rekomendasi", 2, "bulan", "bulan kalender", None),
                    ("Kualitas", "Persentase rekomendasi yang diterima pejabat", 85, "%", "%", None),
                ],
                "cara": ("Dokumen rekomendasi", "Assessment center", "Semesteran"),
                "butir": [("Menyusun rekomendasi hasil penilaian", "Dokumen rekomendasi", 0.03)],
            },
        ],
    },
    "pustakawan-pertama": {
        "jabatan": "Pustakawan Ahli Pertama",
        "panjang": None,
        "family": "JF",
        "golongan": ["III/a", "III/b"],
        "unit": "dispusip",
        "penilai": "kabid-layanan-pustaka",
        "unit_kerja": "Bidang Layanan dan Pengembangan Perpustakaan",
        "rks": [
            {
                "atasan": "Koleksi bahan pustaka bertambah sesuai kebutuhan pemustaka",
                "rk": "Bahan pustaka terolah dan siap dilayankan",
                "aktivitas": "Mengolah bahan pustaka",
                "ikis": [
                    (
                        "Kuantitas",
                        "Jumlah bahan pustaka yang diolah",
                        15000,
                        "eksemplar",
                        "eksemplar bahan pustaka tercatat",
                        None,
                    ),
                    ("Waktu", "Waktu pengolahan bahan pustaka", 10, "bulan", "bulan kalender", None),
                    ("Kualitas", "Persentase katalog tanpa kesalahan", 95, "%", "%", None),
                ],
                "cara": ("Pangkalan data katalog", "Aplikasi INLISLite", "Bulanan"),
                "butir": [("Melakukan katalogisasi deskriptif", "Cantuman bibliografis", 0.003)],
            },
            {
                "atasan": "Layanan perpustakaan keliling menjangkau kelurahan",
                "rk": "Pemustaka memperoleh layanan rujukan yang tepat",
                "ikis": [
                    (
                        "Kuantitas",
                        "Jumlah pemustaka yang dilayani rujukan",
                        1200,
                        "orang",
                        "orang pemustaka layanan rujukan",
                        "orang",
                    ),
                    ("Waktu", "Waktu layanan rujukan", 12, "bulan", "bulan kalender", None),
                    ("Kualitas", "Persentase pemustaka yang puas", 90, "%", "%", None),
                ],
                "cara": ("Buku layanan rujukan", "Ruang referensi", "Bulanan"),
                "butir": [("Melakukan layanan referensi", "Jawaban rujukan", 0.002)],
            },
        ],
    },
    "pustakawan-terampil": {
        "jabatan": "Pustakawan Terampil",
        "panjang": None,
        "family": "JF",
        "golongan": ["II/b", "II/c", "II/d"],
        "unit": "dispusip",
        "penilai": "kabid-layanan-pustaka",
        "unit_kerja": "Bidang Layanan dan Pengembangan Perpustakaan",
        "rks": [
            {
                "atasan": "Layanan perpustakaan keliling menjangkau kelurahan",
                "rk": "Transaksi sirkulasi bahan pustaka tercatat tertib",
                "aktivitas": "Melayani peminjaman bahan pustaka",
                "ikis": [
                    (
                        "Kuantitas",
                        "Jumlah transaksi sirkulasi yang dilayani",
                        18000,
                        "transaksi",
                        "transaksi peminjaman dan pengembalian",
                        None,
                    ),
                    ("Waktu", "Waktu layanan sirkulasi", 12, "bulan", "bulan kalender", None),
                    ("Kualitas", "Persentase transaksi tercatat di sistem", 99, "%", "%", None),
                ],
                "cara": ("Laporan sirkulasi", "Aplikasi INLISLite", "Bulanan"),
                "butir": [("Melakukan layanan sirkulasi", "Transaksi sirkulasi", 0.001)],
            },
            {
                "atasan": "Koleksi bahan pustaka bertambah sesuai kebutuhan pemustaka",
                "rk": "Koleksi rusak diperbaiki dan layak pinjam",
                "ikis": [
                    (
                        "Kuantitas",
                        "Jumlah bahan pustaka yang diperbaiki",
                        1500,
                        "eksemplar",
                        "eksemplar bahan pustaka rusak ringan",
                        None,
                    ),
                    ("Waktu", "Waktu perbaikan bahan pustaka", 9, "bulan", "bulan kalender", None),
                    ("Kualitas", "Persentase koleksi layak pinjam", 95, "%", "%", None),
                ],
                "cara": ("Daftar perbaikan koleksi", "Ruang pelestarian", "Triwulanan"),
                "butir": [("Melakukan perbaikan bahan pustaka", "Bahan pustaka diperbaiki", 0.002)],
            },
        ],
    },
    "arsiparis-muda": {
        "jabatan": "Arsiparis Ahli Muda",
        "panjang": None,
        "family": "JF",
        "golongan": ["III/c", "III/d"],
        "unit": "dispusip",
        "penilai": "kabid-kearsipan",
        "unit_kerja": "Bidang Pengelolaan Kearsipan",
        "rks": [
            {
                "atasan": "Perangkat daerah menerapkan pengelolaan arsip dinamis sesuai kaidah",
                "rk": "Hasil penilaian arsip perangkat daerah tersedia",
                "aktivitas": "Menilai arsip perangkat daerah",
                "ikis": [
                    (
                        "Kuantitas",
                        "Jumlah arsip yang dinilai",
                        3500,
                        "arsip",
                        "berkas arsip dinamis dinilai",
                        "berkas",
                    ),
                    ("Waktu", "Waktu penyelesaian penilaian arsip", 8, "bulan", "bulan kalender", None),
                    ("Kualitas", "Persentase hasil penilaian yang disahkan", 90, "%", "%", None),
                ],
                "cara": ("Berita acara penilaian arsip", "Bidang Pengelolaan Kearsipan", "Triwulanan"),
                "butir": [("Melakukan penilaian arsip", "Daftar arsip dinilai", 0.015)],
            },
            {
                "atasan": "Arsip statis terselamatkan dan dapat diakses publik",
                "rk": "Jadwal retensi arsip perangkat daerah tersusun",
                "ikis": [
                    (
                        "Kuantitas",
                        "Jumlah rancangan jadwal retensi arsip",
                        4,
                        "dokumen",
                        "dokumen jadwal retensi arsip",
                        None,
                    ),
                    ("Waktu", "Waktu penyusunan jadwal retensi arsip", 6, "bulan", "bulan kalender", None),
                    ("Kualitas", "Persentase rancangan yang disetujui ANRI", 75, "%", "%", None),
                ],
                "cara": ("Rancangan JRA", "Bidang Pengelolaan Kearsipan", "Semesteran"),
                "butir": [("Menyusun jadwal retensi arsip", "Rancangan JRA", 0.25)],
            },
        ],
    },
    "arsiparis-terampil": {
        "jabatan": "Arsiparis Terampil",
        "panjang": None,
        "family": "JF",
        "golongan": ["II/b", "II/c", "II/d"],
        "unit": "dispusip",
        "penilai": "kabid-kearsipan",
        "unit_kerja": "Bidang Pengelolaan Kearsipan",
        "rks": [
            {
                "atasan": "Arsip statis terselamatkan dan dapat diakses publik",
                "rk": "Arsip statis tertata di depo arsip",
                "aktivitas": "Menata arsip statis di depo",
                "ikis": [
                    (
                        "Kuantitas",
                        "Jumlah arsip statis yang ditata",
                        2400,
                        "berkas",
                        "berkas arsip statis tertata",
                        "berkas",
                    ),
                    ("Waktu", "Waktu penataan arsip statis", 10, "bulan", "bulan kalender", None),
                    ("Kualitas", "Persentase arsip yang mudah ditemukan kembali", 95, "%", "%", None),
                ],
                "cara": ("Daftar lokasi simpan arsip", "Depo arsip daerah", "Bulanan"),
                "butir": [("Melakukan penataan arsip statis", "Berkas tertata", 0.002)],
            },
            {
                "atasan": "Perangkat daerah menerapkan pengelolaan arsip dinamis sesuai kaidah",
                "rk": "Daftar arsip aktif perangkat daerah terhimpun",
                "ikis": [
                    (
                        "Kuantitas",
                        "Jumlah daftar arsip aktif yang dihimpun",
                        34,
                        "daftar",
                        "daftar arsip aktif perangkat daerah",
                        None,
                    ),
                    ("Waktu", "Waktu penghimpunan daftar arsip aktif", 6, "bulan", "bulan kalender", None),
                    ("Kualitas", "Persentase daftar arsip sesuai format", 90, "%", "%", None),
                ],
                "cara": ("Rekap daftar arsip aktif", "Bidang Pengelolaan Kearsipan", "Semesteran"),
                "butir": [("Menghimpun daftar arsip aktif", "Daftar arsip", 0.003)],
            },
        ],
    },
}
