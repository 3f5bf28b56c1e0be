"""Fictional world of the held-out set ``nyata_bl``: the territorial and public-order offices of Kabupaten
Ngarai Sari (Kecamatan, Kelurahan, Satpol PP, BPBD, Dinas Pemadam Kebakaran) in January 2027.

Every person, place and text here is invented. A role holds its Rencana Kinerja: each RK a text, the
superior's RK it intervenes (JA/JF), and its IKI as ``(aspek, text, number, satuan)``; a waktu IKI is lower
is better (SPEC §6.1 kondisi khusus). JF roles carry butir kegiatan per Kinerja Utama RK, JPT roles a
perspektif per RK (Model Pengembangan).
"""

from __future__ import annotations

from typing import Any

KABUPATEN = "Kabupaten Ngarai Sari"
TEMPAT = "Ngarai Sari"
TAHUN = 2027

KECAMATAN = ["Sukamaju", "Cibening", "Karangsari", "Pagerwangi"]
KELURAHAN = ["Tanjungsari", "Mekarjaya", "Sindangrasa", "Pasirluhur"]

# Penilai (superiors), each with a fixed identity. ``nip`` None: a political official without NIP/pangkat.
PENILAI: dict[str, dict[str, Any]] = {
    "bupati": {
        "nama": "H. Rusdi Hamzah, S.H., M.H.",
        "nip": None,
        "pangkat": "-",
        "jabatan": "Bupati Ngarai Sari",
        "jabatan_unit": "Bupati Ngarai Sari",
        "unit": "Pemerintah Kabupaten Ngarai Sari",
    },
    "sekda": {
        "nama": "Dr. Ir. Bambang Sutrisno, M.Si.",
        "nip": "196905141994031005",
        "pangkat": "Pembina Utama Madya, IV/d",
        "jabatan": "Sekretaris Daerah",
        "jabatan_unit": "Sekretaris Daerah Kabupaten Ngarai Sari",
        "unit": "Sekretariat Daerah Kabupaten Ngarai Sari",
    },
    "sekda_bpbd": {
        "nama": "Dr. Ir. Bambang Sutrisno, M.Si.",
        "nip": "196905141994031005",
        "pangkat": "Pembina Utama Madya, IV/d",
        "jabatan": "Sekretaris Daerah selaku Kepala BPBD",
        "jabatan_unit": "Sekretaris Daerah selaku Kepala BPBD Kabupaten Ngarai Sari",
        "unit": "Badan Penanggulangan Bencana Daerah Kabupaten Ngarai Sari",
    },
    "camat": {
        "nama": "Drs. Hendra Wijaya, M.Si.",
        "nip": "197005121993031004",
        "pangkat": "Pembina, IV/a",
        "jabatan": "Camat",
        "jabatan_unit": "Camat {kec}",
        "unit": "Kecamatan {kec}",
    },
    "kasi_pem": {
        "nama": "Agus Salim, S.IP.",
        "nip": "198108232006041002",
        "pangkat": "Penata, III/c",
        "jabatan": "Kepala Seksi Pemerintahan",
        "jabatan_unit": "Kepala Seksi Pemerintahan Kecamatan {kec}",
        "unit": "Kecamatan {kec}",
    },
    "lurah": {
        "nama": "Rina Marlina, S.STP.",
        "nip": "198803172010102001",
        "pangkat": "Penata, III/c",
        "jabatan": "Lurah",
        "jabatan_unit": "Lurah {kel}",
        "unit": "Kelurahan {kel} Kecamatan {kec}",
    },
    "kabid_gakda": {
        "nama": "Yusuf Kurniawan, S.H., M.H.",
        "nip": "197502092000031003",
        "pangkat": "Pembina, IV/a",
        "jabatan": "Kepala Bidang Penegakan Peraturan Daerah",
        "jabatan_unit": "Kepala Bidang Penegakan Peraturan Daerah Satpol PP Kabupaten Ngarai Sari",
        "unit": "Satuan Polisi Pamong Praja Kabupaten Ngarai Sari",
    },
    "kabid_kl": {
        "nama": "Ir. Maya Sari Dewi, M.T.",
        "nip": "197711302003122002",
        "pangkat": "Pembina, IV/a",
        "jabatan": "Kepala Bidang Kedaruratan dan Logistik",
        "jabatan_unit": "Kepala Bidang Kedaruratan dan Logistik BPBD Kabupaten Ngarai Sari",
        "unit": "Badan Penanggulangan Bencana Daerah Kabupaten Ngarai Sari",
    },
    "kabid_damkar": {
        "nama": "Joko Prasetyo, S.T.",
        "nip": "197604182002121003",
        "pangkat": "Pembina, IV/a",
        "jabatan": "Kepala Bidang Pemadaman dan Penyelamatan",
        "jabatan_unit": "Kepala Bidang Pemadaman dan Penyelamatan Dinas Damkar Kabupaten Ngarai Sari",
        "unit": "Dinas Pemadam Kebakaran dan Penyelamatan Kabupaten Ngarai Sari",
    },
}

# Pegawai names: (name without gelar, gender digit)
NAMA = [
    ("Dedi Supriyadi", 1),
    ("Lina Herlina", 2),
    ("Asep Saepudin", 1),
    ("Nurul Hidayati", 2),
    ("Rudi Hartono", 1),
    ("Euis Kurniasih", 2),
    ("Wawan Setiawan", 1),
    ("Siti Rohmah", 2),
    ("Bayu Aji Pamungkas", 1),
    ("Tri Wulandari", 2),
    ("Iwan Gunawan", 1),
    ("Yanti Susanti", 2),
    ("Arif Rahman Hakim", 1),
    ("Dewi Anggraeni", 2),
    ("Eko Purnomo", 1),
    ("Ratna Sari", 2),
    ("Hendri Saputra", 1),
    ("Novi Andriani", 2),
    ("Fajar Nugraha", 1),
    ("Ika Puspitasari", 2),
    ("Dadang Suherman", 1),
    ("Lilis Suryani", 2),
    ("Yoga Pratama", 1),
    ("Maya Rosita", 2),
    ("Agung Wibowo", 1),
    ("Fitri Handayani", 2),
    ("Cecep Hidayat", 1),
    ("Sri Mulyani", 2),
    ("Rizal Firmansyah", 1),
    ("Neneng Hasanah", 2),
    ("Taufik Hidayatullah", 1),
    ("Wulan Permata", 2),
    ("Ujang Suryana", 1),
    ("Ani Rahmawati", 2),
    ("Kurniawan Saputra", 1),
    ("Desi Ratnasari", 2),
    ("Budi Santoso", 1),
    ("Heni Nuraeni", 2),
    ("Rahmat Hidayat", 1),
    ("Tuti Alawiyah", 2),
    ("Galih Permana", 1),
    ("Sinta Melati", 2),
    ("Jajang Nurjaman", 1),
    ("Rini Apriani", 2),
    ("Andi Firmansyah", 1),
    ("Indah Lestari", 2),
    ("Hadi Susanto", 1),
    ("Ayu Kartika", 2),
    ("Dimas Anggara", 1),
    ("Mira Yuliani", 2),
]

# Pangkat by golongan (PP 99/2000), written as the forms in this kabupaten write them.
PANGKAT = {
    "II/b": "Pengatur Muda Tk. I, II/b",
    "II/c": "Pengatur, II/c",
    "II/d": "Pengatur Tk. I, II/d",
    "III/a": "Penata Muda, III/a",
    "III/b": "Penata Muda Tk. I, III/b",
    "III/c": "Penata, III/c",
    "III/d": "Penata Tk. I, III/d",
    "IV/a": "Pembina, IV/a",
    "IV/b": "Pembina Tk. I, IV/b",
    "IV/c": "Pembina Utama Muda, IV/c",
}

_CAMAT_RK = [
    "Meningkatnya kualitas pelayanan administrasi terpadu Kecamatan {kec}",
    "Terjaganya ketenteraman dan ketertiban umum di wilayah Kecamatan {kec}",
    "Dokumen perencanaan pembangunan Kecamatan {kec} tersusun tepat waktu",
]
_LURAH_RK = [
    "Meningkatnya kualitas pelayanan administrasi kepada masyarakat Kelurahan {kel}",
    "Terjaganya ketenteraman dan ketertiban lingkungan Kelurahan {kel}",
    "Usulan pembangunan Kelurahan {kel} tersusun berbasis partisipasi masyarakat",
]
_KASI_RK = [
    "Meningkatnya tertib administrasi pemerintahan desa di Kecamatan {kec}",
    "Rekomendasi evaluasi perkembangan desa tersusun tepat waktu",
    "Data pertanahan dan batas wilayah desa yang valid",
]
_GAKDA_RK = [
    "Meningkatnya penegakan Peraturan Daerah dan Peraturan Bupati",
    "Terwujudnya ketenteraman dan ketertiban umum yang kondusif",
    "Meningkatnya kepatuhan masyarakat dan pelaku usaha terhadap Peraturan Daerah",
]
_KL_RK = [
    "Meningkatnya kecepatan penanganan darurat bencana",
    "Tersedianya logistik dan peralatan penanggulangan bencana yang memadai",
    "Meningkatnya kapasitas kesiapsiagaan masyarakat menghadapi bencana",
]
_DAMKAR_RK = [
    "Meningkatnya kecepatan respon penanganan kebakaran",
    "Meningkatnya keberhasilan operasi penyelamatan non kebakaran",
    "Meningkatnya kesiapsiagaan masyarakat terhadap bahaya kebakaran",
]

K, Q, W = "Kuantitas", "Kualitas", "Waktu"

_MEMANTAU: dict[str, tuple[str, str, str]] = {
    "kec": ("Register layanan dan laporan bulanan seksi", "Aplikasi administrasi kecamatan", "Triwulanan"),
    "kel": ("Buku register kelurahan", "Arsip Kelurahan", "Bulanan"),
    "pol": ("Laporan hasil patroli dan penertiban", "Bidang Penegakan Perda", "Bulanan"),
    "bpbd": ("Laporan kejadian dan kaji cepat", "Pusdalops BPBD", "Triwulanan"),
    "dmk": ("Laporan kejadian kebakaran dan penyelamatan", "Pos komando Damkar", "Bulanan"),
}

# JA roles. ``rk``: Kinerja Utama as (atasan, rk, [(aspek, iki, number, satuan)]); ``tambahan`` likewise
# without atasan.
JA: dict[str, dict[str, Any]] = {
    "camat": {
        "jabatan": "Camat",
        "jabatan_unit": "Camat {kec}",
        "unit": "Kecamatan {kec}",
        "sheet": "SKP_CAMAT",
        "gol": ["IV/a", "III/d", "IV/b"],
        "penilai": "sekda",
        "memantau": "kec",
        "rk": [
            (
                "Meningkatnya kualitas pelayanan publik dan tata kelola pemerintahan daerah",
                _CAMAT_RK[0],
                [
                    (K, "Jumlah dokumen pelayanan PATEN yang diterbitkan", 1800, "dokumen"),
                    (Q, "Indeks Kepuasan Masyarakat terhadap layanan PATEN", 3.4, ""),
                    (W, "Waktu penyelesaian layanan PATEN", 2, "hari kerja"),
                ],
            ),
            (
                "Terwujudnya ketenteraman dan ketertiban umum di wilayah kabupaten",
                _CAMAT_RK[1],
                [
                    (K, "Jumlah rapat koordinasi Forkopimcam yang ditindaklanjuti", 12, "rapat"),
                    (Q, "Persentase gangguan trantibum kecamatan yang tertangani", 90, "%"),
                ],
            ),
            (
                "Meningkatnya kualitas perencanaan pembangunan daerah",
                _CAMAT_RK[2],
                [
                    (K, "Jumlah dokumen hasil Musrenbang kecamatan", 1, "dokumen"),
                    (W, "Waktu penyampaian dokumen hasil Musrenbang kecamatan", 3, "bulan"),
                ],
            ),
        ],
        "tambahan": (
            "Sertifikat pelatihan kepemimpinan administrator diperoleh",
            [
                (K, "Jumlah sertifikat pelatihan kepemimpinan", 1, "sertifikat"),
            ],
        ),
    },
    "sekcam": {
        "jabatan": "Sekretaris Kecamatan",
        "jabatan_unit": "Sekretaris Kecamatan {kec}",
        "unit": "Kecamatan {kec}",
        "sheet": "SKP_SEKCAM",
        "gol": ["III/d", "IV/a"],
        "penilai": "camat",
        "memantau": "kec",
        "rk": [
            (
                _CAMAT_RK[0],
                "Laporan keuangan Kecamatan {kec} tersusun akuntabel",
                [
                    (K, "Jumlah laporan keuangan kecamatan yang disampaikan", 12, "laporan"),
                    (Q, "Persentase laporan keuangan tanpa koreksi", 95, "%"),
                    (W, "Waktu penyampaian laporan keuangan bulanan", 10, "hari kerja"),
                ],
            ),
            (
                _CAMAT_RK[2],
                "Dokumen perencanaan dan anggaran kecamatan tersedia tepat waktu",
                [
                    (K, "Jumlah dokumen perencanaan dan anggaran kecamatan", 4, "dokumen"),
                    (Q, "Persentase dokumen anggaran yang diterima tanpa revisi", 90, "%"),
                ],
            ),
            (
                _CAMAT_RK[0],
                "Meningkatnya tertib administrasi kepegawaian dan umum kecamatan",
                [
                    (K, "Jumlah usulan administrasi kepegawaian yang diproses", 40, "usulan"),
                    (Q, "Persentase arsip surat kecamatan yang tertata", 90, "%"),
                ],
            ),
        ],
        "tambahan": (
            "Laporan keikutsertaan dalam Satgas Penurunan Stunting kecamatan",
            [
                (K, "Jumlah laporan kegiatan satgas", 4, "laporan"),
            ],
        ),
    },
    "kasi_pem": {
        "jabatan": "Kepala Seksi Pemerintahan",
        "jabatan_unit": "Kepala Seksi Pemerintahan Kecamatan {kec}",
        "unit": "Kecamatan {kec}",
        "sheet": "SKP_KASI_PEM",
        "gol": ["III/c", "III/d"],
        "penilai": "camat",
        "memantau": "kec",
        "rk": [
            (
                _CAMAT_RK[0],
                _KASI_RK[0],
                [
                    (K, "Jumlah desa yang dibina administrasi pemerintahannya", 12, "desa"),
                    (Q, "Persentase desa dengan profil desa mutakhir", 90, "%"),
                ],
            ),
            (
                _CAMAT_RK[2],
                _KASI_RK[1],
                [
                    (K, "Jumlah dokumen evaluasi perkembangan desa", 12, "dokumen"),
                    (W, "Waktu penyampaian hasil evaluasi perkembangan desa", 2, "bulan"),
                ],
            ),
            (
                _CAMAT_RK[1],
                _KASI_RK[2],
                [
                    (K, "Jumlah dokumen batas wilayah desa yang terverifikasi", 6, "dokumen"),
                    (Q, "Persentase data pertanahan kecamatan yang mutakhir", 85, "%"),
                ],
            ),
        ],
        "tambahan": (
            "Sertifikat bimbingan teknis administrasi pemerintahan desa diperoleh",
            [
                (K, "Jumlah sertifikat bimbingan teknis", 1, "sertifikat"),
            ],
        ),
    },
    "lurah": {
        "jabatan": "Lurah",
        "jabatan_unit": "Lurah {kel}",
        "unit": "Kelurahan {kel} Kecamatan {kec}",
        "sheet": "SKP_LURAH",
        "gol": ["III/c", "III/d"],
        "penilai": "camat",
        "memantau": "kel",
        "rk": [
            (
                _CAMAT_RK[0],
                _LURAH_RK[0],
                [
                    (K, "Jumlah surat keterangan dan pengantar yang diterbitkan", 1200, "surat"),
                    (Q, "Persentase layanan kelurahan yang selesai sesuai standar", 95, "%"),
                    (W, "Waktu penyelesaian surat pengantar", 1, "hari"),
                ],
            ),
            (
                _CAMAT_RK[1],
                _LURAH_RK[1],
                [
                    (K, "Jumlah pos ronda yang aktif", 15, "pos"),
                    (Q, "Persentase laporan gangguan ketertiban lingkungan yang tertangani", 90, "%"),
                ],
            ),
            (
                _CAMAT_RK[2],
                _LURAH_RK[2],
                [
                    (K, "Jumlah usulan kegiatan hasil Musrenbang kelurahan", 10, "usulan"),
                    (Q, "Persentase RT yang terlibat dalam Musrenbang kelurahan", 80, "%"),
                ],
            ),
        ],
        "tambahan": (
            "Laporan keikutsertaan dalam Satgas Penanganan Bencana kelurahan",
            [
                (K, "Jumlah laporan kegiatan satgas", 2, "laporan"),
            ],
        ),
    },
    "pengadm": {
        "jabatan": "Pengadministrasi Umum",
        "jabatan_unit": "Pengadministrasi Umum Kelurahan {kel}",
        "unit": "Kelurahan {kel} Kecamatan {kec}",
        "sheet": "SKP_PENGADM_UMUM",
        "gol": ["II/c", "II/d", "III/a"],
        "penilai": "lurah",
        "memantau": "kel",
        "rk": [
            (
                _LURAH_RK[0],
                "Surat keterangan dan pengantar kelurahan teradministrasi dengan tertib",
                [
                    (K, "Jumlah surat keluar yang diregistrasi", 1200, "surat"),
                    (Q, "Persentase surat tanpa kesalahan penulisan", 95, "%"),
                    (W, "Waktu pengetikan dan registrasi surat pengantar", 1, "hari"),
                ],
            ),
            (
                _LURAH_RK[2],
                "Notulen dan daftar hadir rapat kelurahan tersedia lengkap",
                [
                    (K, "Jumlah notulen rapat kelurahan", 12, "notulen"),
                    (Q, "Persentase notulen yang ditandatangani pimpinan rapat", 95, "%"),
                ],
            ),
            (
                _LURAH_RK[1],
                "Data penduduk tingkat RT Kelurahan {kel} yang mutakhir",
                [
                    (K, "Jumlah RT yang datanya dimutakhirkan", 24, "RT"),
                    (Q, "Persentase data penduduk yang cocok dengan data Disdukcapil", 90, "%"),
                ],
            ),
        ],
        "tambahan": (
            "Sertifikat pelatihan kearsipan dasar diperoleh",
            [
                (K, "Jumlah sertifikat pelatihan kearsipan", 1, "sertifikat"),
            ],
        ),
    },
    "analis_pem": {
        "jabatan": "Analis Pemerintahan",
        "jabatan_unit": "Analis Pemerintahan Kecamatan {kec}",
        "unit": "Kecamatan {kec}",
        "sheet": "SKP_ANALIS_PEM",
        "gol": ["III/a", "III/b"],
        "penilai": "kasi_pem",
        "memantau": "kec",
        "rk": [
            (
                _KASI_RK[0],
                "Hasil analisis administrasi pemerintahan desa tersaji tepat waktu",
                [
                    (K, "Jumlah laporan hasil analisis administrasi desa", 12, "laporan"),
                    (Q, "Persentase rekomendasi analisis yang ditindaklanjuti desa", 80, "%"),
                    (W, "Waktu penyampaian laporan analisis bulanan", 5, "hari kerja"),
                ],
            ),
            (
                _KASI_RK[1],
                "Bahan evaluasi perkembangan desa tersusun lengkap",
                [
                    (K, "Jumlah bahan evaluasi perkembangan desa", 12, "dokumen"),
                    (Q, "Persentase indikator evaluasi yang terisi lengkap", 95, "%"),
                ],
            ),
            (
                _KASI_RK[2],
                "Data batas wilayah desa terinventarisasi",
                [
                    (K, "Jumlah peta batas desa yang diinventarisasi", 12, "peta"),
                    (Q, "Persentase peta batas desa yang sesuai ketentuan", 85, "%"),
                ],
            ),
        ],
        "tambahan": (
            "Laporan keikutsertaan piket siaga Natal dan Tahun Baru",
            [
                (K, "Jumlah laporan piket siaga", 2, "laporan"),
            ],
        ),
    },
}

_SATPOL = "Satuan Polisi Pamong Praja Kabupaten Ngarai Sari"
_BPBD = "Badan Penanggulangan Bencana Daerah Kabupaten Ngarai Sari"
_DAMKAR = "Dinas Pemadam Kebakaran dan Penyelamatan Kabupaten Ngarai Sari"

# JF roles: as JA, plus ``butir`` per Kinerja Utama RK: [(butir kegiatan, output, angka kredit)].
JF: dict[str, dict[str, Any]] = {
    "polpp_terampil": {
        "jabatan": "Polisi Pamong Praja Terampil",
        "jabatan_unit": "Polisi Pamong Praja Terampil Satpol PP Kabupaten Ngarai Sari",
        "unit": _SATPOL,
        "sheet": "SKP_POLPP",
        "gol": ["II/c", "II/d"],
        "salah_gol": "III/c",
        "penilai": "kabid_gakda",
        "memantau": "pol",
        "rk": [
            (
                _GAKDA_RK[1],
                "Kawasan publik yang tertib dari gangguan trantibum",
                [
                    (K, "Jumlah patroli wilayah yang terlaksana", 24, "kali patroli"),
                    (Q, "Persentase laporan patroli yang lengkap", 95, "%"),
                    (W, "Waktu penyampaian laporan patroli", 1, "hari"),
                ],
            ),
            (
                _GAKDA_RK[0],
                "Pelanggaran Perda di kawasan pasar yang tertangani",
                [
                    (K, "Jumlah pelanggaran Perda yang ditertibkan", 60, "pelanggaran"),
                    (Q, "Persentase penertiban tanpa keberatan pelanggar", 90, "%"),
                ],
            ),
            (
                _GAKDA_RK[2],
                "Pelaku usaha yang tersosialisasi Perda ketertiban umum",
                [
                    (K, "Jumlah pelaku usaha yang disosialisasi", 150, "pelaku usaha"),
                    (Q, "Persentase pelaku usaha yang menandatangani surat pernyataan", 80, "%"),
                ],
            ),
        ],
        "butir": [
            [("Melakukan patroli wilayah sesuai rute", "Laporan patroli", 0.004)],
            [("Melakukan penertiban pelanggaran Perda", "Berita acara penertiban", 0.008)],
            [("Melakukan sosialisasi Perda kepada pelaku usaha", "Daftar hadir dan laporan", 0.006)],
        ],
        "tambahan": (
            "Laporan keikutsertaan pengamanan Pilkades serentak",
            [
                (K, "Jumlah laporan pengamanan", 1, "laporan"),
            ],
        ),
    },
    "polpp_mahir": {
        "jabatan": "Polisi Pamong Praja Mahir",
        "jabatan_unit": "Polisi Pamong Praja Mahir Satpol PP Kabupaten Ngarai Sari",
        "unit": _SATPOL,
        "sheet": "SKP_POLPP",
        "gol": ["III/a", "III/b"],
        "salah_gol": "III/d",
        "penilai": "kabid_gakda",
        "memantau": "pol",
        "rk": [
            (
                _GAKDA_RK[1],
                "Kegiatan pemerintah daerah yang aman dan kondusif",
                [
                    (K, "Jumlah kegiatan pemerintah daerah yang diamankan", 36, "kegiatan"),
                    (Q, "Persentase kegiatan tanpa gangguan keamanan", 95, "%"),
                ],
            ),
            (
                _GAKDA_RK[0],
                "Reklame dan bangunan tanpa izin yang ditertibkan",
                [
                    (K, "Jumlah reklame tanpa izin yang ditertibkan", 120, "reklame"),
                    (Q, "Persentase penertiban yang terdokumentasi", 95, "%"),
                    (W, "Waktu tindak lanjut surat peringatan", 7, "hari"),
                ],
            ),
            (
                _GAKDA_RK[2],
                "Masyarakat yang memahami Perda ketertiban umum",
                [
                    (K, "Jumlah sosialisasi Perda di kelurahan", 12, "kali"),
                    (Q, "Persentase peserta yang memahami materi sosialisasi", 80, "%"),
                ],
            ),
        ],
        "butir": [
            [("Melakukan pengamanan kegiatan pemerintah daerah", "Laporan pengamanan", 0.012)],
            [
                ("Melakukan penertiban reklame tanpa izin", "Berita acara penertiban", 0.010),
                ("Menyampaikan surat peringatan kepada pelanggar", "Surat peringatan", 0.005),
            ],
            [("Melakukan penyuluhan Perda kepada masyarakat", "Laporan penyuluhan", 0.009)],
        ],
        "tambahan": (
            "Laporan keikutsertaan piket posko Lebaran",
            [
                (K, "Jumlah laporan piket posko", 1, "laporan"),
            ],
        ),
    },
    "polpp_penyelia": {
        "jabatan": "Polisi Pamong Praja Penyelia",
        "jabatan_unit": "Polisi Pamong Praja Penyelia Satpol PP Kabupaten Ngarai Sari",
        "unit": _SATPOL,
        "sheet": "SKP_POLPP",
        "gol": ["III/c", "III/d"],
        "salah_gol": "II/d",
        "penilai": "kabid_gakda",
        "memantau": "pol",
        "rk": [
            (
                _GAKDA_RK[0],
                "Operasi gabungan penegakan Perda yang terkoordinasi",
                [
                    (K, "Jumlah operasi gabungan penegakan Perda", 12, "operasi"),
                    (Q, "Persentase operasi yang sesuai rencana operasi", 95, "%"),
                ],
            ),
            (
                _GAKDA_RK[1],
                "Kesiapsiagaan regu patroli wilayah yang terjaga",
                [
                    (K, "Jumlah apel kesiapsiagaan regu", 48, "apel"),
                    (Q, "Persentase anggota regu yang hadir apel", 90, "%"),
                    (W, "Waktu tanggap regu terhadap laporan gangguan", 30, "menit"),
                ],
            ),
            (
                _GAKDA_RK[2],
                "Laporan pengawasan kepatuhan Perda yang akurat",
                [
                    (K, "Jumlah laporan pengawasan kepatuhan Perda", 12, "laporan"),
                    (Q, "Persentase laporan pengawasan yang diterima tanpa revisi", 90, "%"),
                ],
            ),
        ],
        "butir": [
            [("Menyusun rencana operasi penegakan Perda", "Rencana operasi", 0.025)],
            [("Memimpin apel kesiapsiagaan regu", "Laporan apel", 0.007)],
            [("Menyusun laporan pengawasan kepatuhan", "Laporan pengawasan", 0.018)],
        ],
        "tambahan": (
            "Sertifikat pelatihan penyidik pegawai negeri sipil diperoleh",
            [
                (K, "Jumlah sertifikat pelatihan", 1, "sertifikat"),
            ],
        ),
    },
    "polpp_pertama": {
        "jabatan": "Polisi Pamong Praja Ahli Pertama",
        "jabatan_unit": "Polisi Pamong Praja Ahli Pertama Satpol PP Kabupaten Ngarai Sari",
        "unit": _SATPOL,
        "sheet": "SKP_POLPP",
        "gol": ["III/a", "III/b"],
        "salah_gol": "IV/a",
        "penilai": "kabid_gakda",
        "memantau": "pol",
        "rk": [
            (
                _GAKDA_RK[2],
                "Kajian kepatuhan pelaku usaha terhadap Perda tersusun",
                [
                    (K, "Jumlah kajian kepatuhan Perda", 2, "kajian"),
                    (Q, "Persentase rekomendasi kajian yang diterima pimpinan", 80, "%"),
                    (W, "Waktu penyelesaian kajian kepatuhan", 4, "bulan"),
                ],
            ),
            (
                _GAKDA_RK[0],
                "Berkas pelanggaran Perda yang lengkap untuk sidang tindak pidana ringan",
                [
                    (K, "Jumlah berkas pelanggaran yang dilimpahkan ke pengadilan", 24, "berkas"),
                    (Q, "Persentase berkas yang dinyatakan lengkap", 95, "%"),
                ],
            ),
            (
                _GAKDA_RK[1],
                "Peta rawan gangguan trantibum kabupaten yang mutakhir",
                [
                    (K, "Jumlah peta rawan trantibum yang dimutakhirkan", 4, "peta"),
                    (Q, "Persentase kecamatan yang tercakup peta rawan", 90, "%"),
                ],
            ),
        ],
        "butir": [
            [("Menyusun kajian penegakan Perda", "Dokumen kajian", 0.150)],
            [("Menyusun berkas perkara pelanggaran Perda", "Berkas perkara", 0.020)],
            [("Menyusun peta rawan gangguan trantibum", "Peta rawan", 0.060)],
        ],
        "tambahan": (
            "Sertifikat pelatihan teknis pengendalian massa diperoleh",
            [
                (K, "Jumlah sertifikat pelatihan", 1, "sertifikat"),
            ],
        ),
    },
    "polpp_muda": {
        "jabatan": "Polisi Pamong Praja Ahli Muda",
        "jabatan_unit": "Polisi Pamong Praja Ahli Muda Satpol PP Kabupaten Ngarai Sari",
        "unit": _SATPOL,
        "sheet": "SKP_POLPP",
        "gol": ["III/c", "III/d"],
        "salah_gol": "III/a",
        "penilai": "kabid_gakda",
        "memantau": "pol",
        "rk": [
            (
                _GAKDA_RK[0],
                "Rancangan SOP penegakan Perda tersusun",
                [
                    (K, "Jumlah rancangan SOP penegakan Perda", 3, "SOP"),
                    (Q, "Persentase rancangan SOP yang ditetapkan", 90, "%"),
                ],
            ),
            (
                _GAKDA_RK[2],
                "Laporan evaluasi penegakan Perda kabupaten",
                [
                    (K, "Jumlah laporan evaluasi penegakan Perda", 2, "laporan"),
                    (W, "Waktu penyampaian laporan evaluasi semester", 1, "bulan"),
                ],
            ),
            (
                _GAKDA_RK[1],
                "Rekomendasi penanganan konflik sosial yang tepat sasaran",
                [
                    (K, "Jumlah rekomendasi penanganan konflik sosial", 4, "rekomendasi"),
                    (Q, "Persentase rekomendasi yang ditindaklanjuti", 75, "%"),
                ],
            ),
        ],
        "butir": [
            [("Menyusun rancangan standar operasional prosedur", "Rancangan SOP", 0.200)],
            [("Melakukan evaluasi pelaksanaan penegakan Perda", "Laporan evaluasi", 0.180)],
            [("Menyusun rekomendasi penanganan konflik", "Dokumen rekomendasi", 0.120)],
        ],
        "tambahan": (
            "Laporan keikutsertaan dalam Satgas Saber Pungli",
            [
                (K, "Jumlah laporan kegiatan satgas", 2, "laporan"),
            ],
        ),
    },
    "ppb_pertama": {
        "jabatan": "Penata Penanggulangan Bencana Ahli Pertama",
        "jabatan_unit": "Penata Penanggulangan Bencana Ahli Pertama BPBD Kabupaten Ngarai Sari",
        "unit": _BPBD,
        "sheet": "SKP_PPB",
        "gol": ["III/a", "III/b"],
        "salah_gol": "III/d",
        "penilai": "kabid_kl",
        "memantau": "bpbd",
        "rk": [
            (
                _KL_RK[0],
                "Laporan kaji cepat dampak bencana tersaji tepat waktu",
                [
                    (K, "Jumlah laporan kaji cepat dampak bencana", 12, "laporan"),
                    (Q, "Persentase laporan kaji cepat yang memuat data korban dan kerusakan", 90, "%"),
                    (W, "Waktu penyampaian laporan kaji cepat", 6, "jam"),
                ],
            ),
            (
                _KL_RK[2],
                "Desa tangguh bencana yang terbentuk",
                [
                    (K, "Jumlah desa tangguh bencana yang difasilitasi pembentukannya", 4, "desa"),
                    (Q, "Persentase desa tangguh bencana dengan rencana kontinjensi", 75, "%"),
                ],
            ),
            (
                _KL_RK[1],
                "Data kebutuhan logistik kebencanaan yang valid",
                [
                    (K, "Jumlah dokumen kebutuhan logistik", 2, "dokumen"),
                    (Q, "Persentase data logistik yang sesuai hasil stock opname", 95, "%"),
                ],
            ),
        ],
        "butir": [
            [("Melakukan kaji cepat dampak bencana", "Laporan kaji cepat", 0.015)],
            [("Melakukan fasilitasi pembentukan desa tangguh bencana", "Laporan fasilitasi", 0.040)],
            [("Menyusun kebutuhan logistik penanggulangan bencana", "Dokumen kebutuhan", 0.030)],
        ],
        "tambahan": (
            "Laporan keikutsertaan piket Pusdalops akhir pekan",
            [
                (K, "Jumlah laporan piket Pusdalops", 4, "laporan"),
            ],
        ),
    },
    "analis_bencana_muda": {
        "jabatan": "Analis Kebencanaan Ahli Muda",
        "jabatan_unit": "Analis Kebencanaan Ahli Muda BPBD Kabupaten Ngarai Sari",
        "unit": _BPBD,
        "sheet": "SKP_ANALIS_BENCANA",
        "gol": ["III/c", "III/d"],
        "salah_gol": "IV/b",
        "penilai": "kabid_kl",
        "memantau": "bpbd",
        "rk": [
            (
                _KL_RK[2],
                "Dokumen kajian risiko bencana kabupaten tersusun",
                [
                    (K, "Jumlah dokumen kajian risiko bencana", 1, "dokumen"),
                    (Q, "Persentase jenis ancaman yang terpetakan", 90, "%"),
                    (W, "Waktu penyelesaian dokumen kajian risiko", 6, "bulan"),
                ],
            ),
            (
                _KL_RK[0],
                "Rencana kontinjensi banjir dan tanah longsor tersusun",
                [
                    (K, "Jumlah dokumen rencana kontinjensi", 2, "dokumen"),
                    (Q, "Persentase OPD yang menyepakati rencana kontinjensi", 85, "%"),
                ],
            ),
            (
                _KL_RK[1],
                "Rekomendasi kebutuhan peralatan penanggulangan bencana yang tepat",
                [
                    (K, "Jumlah rekomendasi kebutuhan peralatan", 2, "rekomendasi"),
                    (Q, "Persentase rekomendasi yang masuk RKA", 70, "%"),
                ],
            ),
        ],
        "butir": [
            [("Menyusun kajian risiko bencana", "Dokumen kajian risiko", 0.250)],
            [
                ("Menyusun rencana kontinjensi", "Dokumen rencana kontinjensi", 0.200),
                ("Memfasilitasi uji rencana kontinjensi", "Laporan uji", 0.080),
            ],
            [("Menyusun rekomendasi kebutuhan peralatan", "Dokumen rekomendasi", 0.090)],
        ],
        "tambahan": (
            "Sertifikat pelatihan manajemen posko darurat diperoleh",
            [
                (K, "Jumlah sertifikat pelatihan", 1, "sertifikat"),
            ],
        ),
    },
    "damkar_terampil": {
        "jabatan": "Pemadam Kebakaran Terampil",
        "jabatan_unit": "Pemadam Kebakaran Terampil Dinas Damkar Kabupaten Ngarai Sari",
        "unit": _DAMKAR,
        "sheet": "SKP_DAMKAR",
        "gol": ["II/b", "II/c", "II/d"],
        "salah_gol": "III/b",
        "penilai": "kabid_damkar",
        "memantau": "dmk",
        "rk": [
            (
                _DAMKAR_RK[0],
                "Kejadian kebakaran di wilayah pos sektor tertangani cepat",
                [
                    (K, "Jumlah kejadian kebakaran yang ditangani regu", 40, "kejadian"),
                    (Q, "Persentase kebakaran yang padam sebelum merambat ke bangunan lain", 85, "%"),
                    (W, "Waktu tanggap regu sejak laporan diterima", 15, "menit"),
                ],
            ),
            (
                _DAMKAR_RK[1],
                "Permintaan penyelamatan non kebakaran yang tertangani",
                [
                    (K, "Jumlah operasi penyelamatan non kebakaran", 30, "operasi"),
                    (Q, "Persentase operasi penyelamatan tanpa cedera petugas", 95, "%"),
                ],
            ),
            (
                _DAMKAR_RK[0],
                "Sarana pemadam kebakaran regu yang siap operasi",
                [
                    (K, "Jumlah pemeriksaan kendaraan dan peralatan regu", 48, "kali"),
                    (Q, "Persentase peralatan dalam kondisi siap pakai", 95, "%"),
                ],
            ),
        ],
        "butir": [
            [("Melakukan pemadaman kebakaran", "Laporan kejadian", 0.010)],
            [("Melakukan penyelamatan non kebakaran", "Laporan penyelamatan", 0.010)],
            [("Melakukan pemeriksaan sarana dan prasarana pemadam", "Laporan pemeriksaan", 0.003)],
        ],
        "tambahan": (
            "Laporan keikutsertaan piket siaga kemarau",
            [
                (K, "Jumlah laporan piket siaga", 2, "laporan"),
            ],
        ),
    },
    "analis_kebakaran": {
        "jabatan": "Analis Kebakaran Ahli Pertama",
        "jabatan_unit": "Analis Kebakaran Ahli Pertama Dinas Damkar Kabupaten Ngarai Sari",
        "unit": _DAMKAR,
        "sheet": "SKP_ANALIS_KEBAKARAN",
        "gol": ["III/a", "III/b"],
        "salah_gol": "III/c",
        "penilai": "kabid_damkar",
        "memantau": "dmk",
        "rk": [
            (
                _DAMKAR_RK[2],
                "Hasil pemeriksaan proteksi kebakaran bangunan gedung tersaji",
                [
                    (K, "Jumlah bangunan gedung yang diperiksa sistem proteksinya", 40, "bangunan"),
                    (Q, "Persentase hasil pemeriksaan yang ditindaklanjuti pemilik", 70, "%"),
                ],
            ),
            (
                _DAMKAR_RK[0],
                "Peta rawan kebakaran kabupaten tersusun",
                [
                    (K, "Jumlah peta rawan kebakaran per kecamatan", 15, "peta"),
                    (W, "Waktu penyelesaian peta rawan kebakaran", 5, "bulan"),
                ],
            ),
            (
                _DAMKAR_RK[2],
                "Masyarakat terlatih penanggulangan kebakaran awal",
                [
                    (K, "Jumlah warga yang dilatih pemadaman awal", 300, "orang"),
                    (Q, "Persentase peserta yang lulus uji praktik APAR", 85, "%"),
                ],
            ),
        ],
        "butir": [
            [("Melakukan pemeriksaan sistem proteksi kebakaran bangunan", "Laporan pemeriksaan", 0.040)],
            [("Menyusun peta rawan kebakaran", "Peta rawan kebakaran", 0.100)],
            [("Melakukan pelatihan pemadaman awal kepada masyarakat", "Laporan pelatihan", 0.030)],
        ],
        "tambahan": (
            "Sertifikat pelatihan investigasi kebakaran diperoleh",
            [
                (K, "Jumlah sertifikat pelatihan", 1, "sertifikat"),
            ],
        ),
    },
}

# JPT roles. ``rk``: (perspektif key, rk, [(aspek, iki, number, satuan)]); order PL, PB, PL, PI, AG. Model
# Dasar uses RK 0, 1, 2, 4 and the ``tambahan``.
PERSPEKTIF = {
    "pl": "Penerima Layanan",
    "pb": "Proses Bisnis",
    "pi": "Penguatan Internal",
    "ag": "Anggaran",
}
JPT: dict[str, dict[str, Any]] = {
    "kasatpol": {
        "jabatan": "Kepala Satuan Polisi Pamong Praja",
        "jabatan_unit": "Kepala Satuan Polisi Pamong Praja Kabupaten Ngarai Sari",
        "unit": _SATPOL,
        "sheet": "SKP_KASATPOL",
        "gol": ["IV/b", "IV/c"],
        "penilai": "bupati",
        "rk": [
            (
                "pl",
                "Meningkatnya ketenteraman dan ketertiban umum masyarakat",
                [
                    (K, "Persentase gangguan trantibum yang tertangani", 95, "%"),
                    (Q, "Indeks kepuasan masyarakat terhadap layanan Satpol PP", 3.5, ""),
                ],
            ),
            (
                "pb",
                "Meningkatnya penegakan Peraturan Daerah dan Peraturan Bupati",
                [
                    (K, "Jumlah patroli gabungan penegakan Perda", 24, "kali patroli"),
                    (Q, "Persentase Perda yang ditegakkan", 100, "% perda ditegakkan"),
                ],
            ),
            (
                "pl",
                "Meningkatnya kesiapan Satuan Perlindungan Masyarakat desa",
                [
                    (Q, "Persentase desa dengan anggota Satlinmas terlatih", 80, "%"),
                ],
            ),
            (
                "pi",
                "Meningkatnya kompetensi aparatur Satuan Polisi Pamong Praja",
                [
                    (Q, "Persentase anggota bersertifikat pendidikan dasar Pol PP", 85, "%"),
                ],
            ),
            (
                "ag",
                "Meningkatnya akuntabilitas pengelolaan anggaran Satpol PP",
                [
                    (K, "Persentase realisasi anggaran Satpol PP", 95, "%"),
                    (Q, "Nilai evaluasi SAKIP Satpol PP", 70, ""),
                ],
            ),
        ],
        "tambahan": (
            "Laporan keikutsertaan dalam Satgas Saber Pungli kabupaten",
            [
                (K, "Jumlah laporan kegiatan satgas", 4, "laporan"),
            ],
        ),
    },
    "kalaksa": {
        "jabatan": "Kepala Pelaksana BPBD",
        "jabatan_unit": "Kepala Pelaksana BPBD Kabupaten Ngarai Sari",
        "unit": _BPBD,
        "sheet": "SKP_KALAKSA",
        "gol": ["IV/b", "IV/c"],
        "penilai": "sekda_bpbd",
        "rk": [
            (
                "pl",
                "Meningkatnya ketangguhan daerah dalam menghadapi bencana",
                [
                    (Q, "Indeks ketahanan daerah", 0.55, ""),
                ],
            ),
            (
                "pb",
                "Meningkatnya kecepatan penanganan darurat bencana",
                [
                    (K, "Jumlah posko siaga darurat bencana yang aktif", 4, "posko"),
                    (W, "Waktu tanggap darurat sejak kejadian dilaporkan", 6, "jam"),
                ],
            ),
            (
                "pl",
                "Meningkatnya kapasitas masyarakat dalam kesiapsiagaan bencana",
                [
                    (Q, "Persentase desa rawan bencana yang menjadi desa tangguh bencana", 40, "%"),
                ],
            ),
            (
                "pi",
                "Meningkatnya kapasitas kelembagaan BPBD",
                [
                    (Q, "Persentase SOP kedaruratan yang dimutakhirkan", 90, "%"),
                ],
            ),
            (
                "ag",
                "Meningkatnya akuntabilitas pengelolaan keuangan BPBD",
                [
                    (K, "Persentase realisasi anggaran BPBD", 95, "%"),
                ],
            ),
        ],
        "tambahan": (
            "Sertifikat pelatihan kepemimpinan nasional diperoleh",
            [
                (K, "Jumlah sertifikat pelatihan", 1, "sertifikat"),
            ],
        ),
    },
    "kadis_damkar": {
        "jabatan": "Kepala Dinas Pemadam Kebakaran dan Penyelamatan",
        "jabatan_unit": "Kepala Dinas Pemadam Kebakaran dan Penyelamatan Kabupaten Ngarai Sari",
        "unit": _DAMKAR,
        "sheet": "SKP_KADIS_DAMKAR",
        "gol": ["IV/b", "IV/c"],
        "penilai": "bupati",
        "rk": [
            (
                "pl",
                "Meningkatnya kecepatan respon penanganan kebakaran",
                [
                    (W, "Waktu tanggap penanganan kebakaran di wilayah manajemen kebakaran", 15, "menit"),
                    (K, "Persentase kejadian kebakaran yang tertangani", 95, "%"),
                ],
            ),
            (
                "pb",
                "Meningkatnya cakupan pelayanan pos pemadam kebakaran",
                [
                    (K, "Jumlah pos sektor pemadam kebakaran yang beroperasi", 6, "pos"),
                    (Q, "Persentase wilayah manajemen kebakaran yang terlayani", 75, "%"),
                ],
            ),
            (
                "pl",
                "Meningkatnya kesiapsiagaan masyarakat terhadap bahaya kebakaran",
                [
                    (Q, "Persentase kelurahan dengan relawan pemadam kebakaran", 50, "%"),
                ],
            ),
            (
                "pi",
                "Meningkatnya kompetensi petugas pemadam kebakaran",
                [
                    (Q, "Persentase petugas bersertifikat kompetensi pemadam", 70, "%"),
                ],
            ),
            (
                "ag",
                "Meningkatnya akuntabilitas pengelolaan anggaran Dinas Damkar",
                [
                    (K, "Persentase realisasi anggaran Dinas Damkar", 95, "%"),
                ],
            ),
        ],
        "tambahan": (
            "Laporan keikutsertaan dalam Satgas Penanganan Kemarau kabupaten",
            [
                (K, "Jumlah laporan kegiatan satgas", 2, "laporan"),
            ],
        ),
    },
}
