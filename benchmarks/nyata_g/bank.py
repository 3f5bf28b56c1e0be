"""Bahan set ``nyata_g``: instansi, pegawai, jabatan dan teks RK/IKI/target fiktif (buatan sendiri).

Tidak ada yang diambil dari fixture, templat atau set lain; angka target dipilih bulat supaya kategori
(SPEC §3.3) dan nilai capaian (SPEC §6) dapat dihitung tanpa pembulatan yang meragukan.
"""

from __future__ import annotations

INSTANSI = [
    (
        "PEMERINTAH KABUPATEN MUARA SEJUK",
        "DINAS KETAHANAN PANGAN DAN PERIKANAN KABUPATEN MUARA SEJUK",
        "Dinas Ketahanan Pangan dan Perikanan",
        "Muara Sejuk",
        "Bupati Muara Sejuk",
    ),
    (
        "PEMERINTAH PROVINSI TELUK ANGSANA",
        "BADAN PENANGGULANGAN BENCANA DAERAH PROVINSI TELUK ANGSANA",
        "Badan Penanggulangan Bencana Daerah",
        "Kota Angsana",
        "Gubernur Teluk Angsana",
    ),
    (
        "PEMERINTAH KOTA BANDAR SARI",
        "DINAS PENANAMAN MODAL DAN PELAYANAN TERPADU SATU PINTU KOTA BANDAR SARI",
        "Dinas Penanaman Modal dan PTSP",
        "Bandar Sari",
        "Wali Kota Bandar Sari",
    ),
    (
        "PEMERINTAH KABUPATEN BUKIT KEMUNING",
        "SEKRETARIAT DPRD KABUPATEN BUKIT KEMUNING",
        "Sekretariat DPRD",
        "Kemuning",
        "Bupati Bukit Kemuning",
    ),
    (
        "PEMERINTAH KOTA BANDAR SARI",
        "DINAS SOSIAL KOTA BANDAR SARI",
        "Dinas Sosial",
        "Bandar Sari",
        "Wali Kota Bandar Sari",
    ),
]

NAMA = [
    "Rahmat Hidayatullah, S.Pi., M.Si.",
    "Dewi Kartika Sari, S.E.",
    "Yohanes Bria Seran, S.T.",
    "Nur Aini Rahmawati, A.Md.",
    "Bagas Prasetyo Nugroho, S.Kom.",
    "Sri Wahyuningsih, S.Sos., M.AP.",
    "Ketut Ardana Wijaya, S.H.",
    "Fitriani Lubis, S.Psi.",
    "Muhammad Ilham Fauzi, S.IP.",
    "Theresia Nona Lein, S.KM.",
    "Andi Baso Mappaseling, S.Pt., M.P.",
    "Lusiana Manurung, S.Tr.Kes.",
    "Hendra Gunawan Saputra, S.Kel.",
    "Siti Maemunah, S.Sos.",
    "Rudi Hartono Simanjuntak, S.T., M.T.",
    "Ayu Lestari Putri, S.Ak.",
    "Yusuf Habibie Rangkuti, S.Kom.",
    "Wahyu Setiawan, A.Md.Kom.",
    "Margaretha Sinaga, S.E., M.M.",
    "Agus Salim Harahap, S.Pd.",
    "Ratna Juwita, S.Stat.",
    "Imam Syafi'i, S.H., M.H.",
    "Cut Nyak Mutia Zahra, S.Psi.",
    "Daniel Pattiasina, S.Si.",
    "Eka Yulianti, S.Tr.A.P.",
    "Ferdinandus Ngongo, S.Pi.",
    "Gilang Ramadhan, S.T.",
    "Hasanah Nasution, S.Sos.",
    "Indra Kusuma Jaya, S.E.",
    "Joko Susilo, A.Md.",
]

# (nama pangkat, golongan) — SPEC §5
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

# jabatan per jenis: (jabatan, golongan)
JABATAN_JA = [
    ("Kepala Seksi Distribusi dan Cadangan Pangan", "III/d"),
    ("Kepala Bidang Kedaruratan dan Logistik", "IV/a"),
    ("Kepala Subbagian Umum dan Kepegawaian", "III/c"),
    ("Penata Layanan Operasional", "II/d"),
    ("Pengolah Data dan Informasi", "III/a"),
    ("Kepala Bidang Pelayanan Perizinan", "IV/b"),
    ("Pengadministrasi Perkantoran", "II/b"),
]
JABATAN_JF = [
    ("Penyuluh Perikanan Ahli Muda", "III/c"),
    ("Analis Kebijakan Ahli Pertama", "III/b"),
    ("Pranata Komputer Terampil", "II/c"),
    ("Pekerja Sosial Penyelia", "III/d"),
    ("Penyuluh Perikanan Madya", "IV/a"),
    ("Analis Sumber Daya Manusia Aparatur Ahli Muda selaku Ketua Tim Kerja Pengembangan Kompetensi", "III/d"),
    ("Arsiparis Mahir", "III/b"),
]
JABATAN_JPT = [
    "Kepala Dinas Ketahanan Pangan dan Perikanan",
    "Kepala Pelaksana Badan Penanggulangan Bencana Daerah",
    "Kepala Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu",
    "Sekretaris DPRD",
    "Kepala Dinas Sosial",
]

# IKI: (aspek, teks, angka target, satuan, arah) — arah "naik" (kondisi normal) atau "turun" (waktu/biaya)
RK_JAJF = [
    {
        "atasan": "Meningkatnya ketersediaan cadangan pangan pemerintah daerah",
        "rk": "Cadangan beras pemerintah daerah tersedia sesuai kebutuhan tanggap darurat",
        "iki": [
            ("Kuantitas", "Jumlah gudang cadangan pangan yang stoknya terverifikasi", 12, "gudang", "naik"),
            ("Kualitas", "Persentase stok cadangan beras yang memenuhi standar mutu", 90, "%", "naik"),
            ("Waktu", "Waktu penyaluran cadangan beras sejak permohonan", 5, "hari", "turun"),
        ],
        "cara": ("Berita acara stok gudang", "Aplikasi Sistem Informasi Cadangan Pangan", "Bulanan"),
        "butir": [("Melakukan verifikasi stok pangan tingkat kabupaten", "Laporan verifikasi", "0,072")],
    },
    {
        "atasan": "Terwujudnya pelayanan perizinan yang cepat dan transparan",
        "rk": "Permohonan perizinan berusaha diproses sesuai standar pelayanan",
        "iki": [
            ("Kuantitas", "Jumlah berkas permohonan izin yang diverifikasi", 1250, "berkas", "naik"),
            ("Waktu", "Rata-rata waktu penyelesaian izin", 5, "hari kerja", "turun"),
        ],
        "cara": ("Rekap permohonan izin", "Sistem OSS dan SiCantik", "Triwulanan"),
        "butir": [
            ("Menganalisis kelengkapan dokumen perizinan", "Hasil analisis", "0,014"),
            ("Menyusun rekomendasi teknis perizinan", "Rekomendasi", "0,028"),
        ],
    },
    {
        "atasan": "Meningkatnya kesiapsiagaan masyarakat menghadapi bencana",
        "rk": "Desa tangguh bencana yang terbentuk memiliki rencana kontinjensi",
        "iki": [
            ("Kuantitas", "Jumlah desa tangguh bencana dengan rencana kontinjensi", 20, "desa", "naik"),
            ("Kualitas", "Persentase rencana kontinjensi yang lolos uji tabletop", 80, "%", "naik"),
        ],
        "cara": ("Dokumen rencana kontinjensi", "Bidang Pencegahan dan Kesiapsiagaan", "Semesteran"),
        "butir": [("Menyusun bahan rencana kontinjensi desa", "Dokumen rencana", "0,150")],
    },
    {
        "atasan": "Meningkatnya kualitas data pegawai sebagai dasar manajemen talenta",
        "rk": "Data kepegawaian pada SIASN mutakhir dan valid",
        "iki": [
            ("Kuantitas", "Jumlah data pegawai yang dimutakhirkan", 340, "data", "naik"),
            ("Kualitas", "Persentase data pegawai tanpa ketidaksesuaian", 95, "%", "naik"),
            ("Waktu", "Waktu pemutakhiran data setelah perubahan", 10, "hari", "turun"),
        ],
        "cara": ("Laporan pemutakhiran data", "SIASN BKN", "Bulanan"),
        "butir": [("Memverifikasi data riwayat jabatan", "Data terverifikasi", "0,003")],
    },
    {
        "atasan": "Meningkatnya produksi perikanan budidaya masyarakat",
        "rk": "Kelompok pembudidaya ikan binaan menerapkan cara budidaya ikan yang baik",
        "iki": [
            ("Kuantitas", "Jumlah kelompok pembudidaya yang menerapkan CBIB", 15, "kelompok", "naik"),
            ("Kualitas", "Persentase kelompok binaan yang lulus sertifikasi CBIB", 60, "%", "naik"),
        ],
        "cara": ("Laporan penyuluhan", "Balai Penyuluhan Perikanan", "Triwulanan"),
        "butir": [
            ("Menyusun programa penyuluhan perikanan", "Programa", "0,240"),
            ("Melaksanakan kunjungan pembinaan kelompok", "Laporan kunjungan", "0,016"),
        ],
    },
    {
        "atasan": "Meningkatnya keterlayanan penyandang masalah kesejahteraan sosial",
        "rk": "Penerima bantuan sosial tepat sasaran berdasarkan data terpadu",
        "iki": [
            ("Kuantitas", "Jumlah keluarga penerima manfaat yang diverifikasi lapangan", 480, "KPM", "naik"),
            (
                "Kualitas",
                "Persentase usulan perbaikan data yang diterima Kementerian Sosial",
                85,
                "%",
                "naik",
            ),
            ("Waktu", "Waktu penyampaian hasil verifikasi", 14, "hari", "turun"),
        ],
        "cara": ("Hasil verifikasi lapangan", "SIKS-NG", "Bulanan"),
        "butir": [("Melakukan asesmen sosial keluarga", "Laporan asesmen", "0,020")],
    },
    {
        "atasan": "Terselenggaranya tata kelola arsip yang tertib",
        "rk": "Arsip inaktif unit kerja tertata dan mudah ditemukan kembali",
        "iki": [
            ("Kuantitas", "Jumlah boks arsip inaktif yang dideskripsi", 150, "boks", "naik"),
            ("Waktu", "Waktu penemuan kembali arsip", 10, "menit", "turun"),
        ],
        "cara": ("Daftar arsip inaktif", "Record Center Sekretariat", "Semesteran"),
        "butir": [("Melakukan pemberkasan arsip inaktif", "Boks arsip", "0,004")],
    },
    {
        "atasan": "Tersedianya sistem informasi pelayanan publik yang andal",
        "rk": "Aplikasi layanan daring instansi dapat diakses tanpa gangguan",
        "iki": [
            ("Kuantitas", "Jumlah aplikasi layanan yang dipantau ketersediaannya", 8, "aplikasi", "naik"),
            ("Kualitas", "Persentase waktu aktif layanan aplikasi", 98, "%", "naik"),
        ],
        "cara": ("Log pemantauan server", "Aplikasi pemantau Zabbix", "Bulanan"),
        "butir": [("Melakukan pemantauan kinerja sistem jaringan", "Laporan pemantauan", "0,010")],
    },
]

RK_TAMBAHAN = [
    {
        "rk": "Materi pelatihan kebencanaan bagi relawan tersedia",
        "iki": [("Kuantitas", "Jumlah modul pelatihan yang disahkan", 4, "modul", "naik")],
        "cara": ("Modul pelatihan", "Sekretariat", "Akhir tahun"),
    },
    {
        "rk": "Sertifikat kompetensi teknis bidang tugas diperoleh",
        "iki": [("Kuantitas", "Jumlah jam pelajaran pengembangan kompetensi yang diikuti", 20, "JP", "naik")],
        "cara": ("Sertifikat", "Lembaga pelatihan", "Akhir tahun"),
    },
]

# JPT: (perspektif, rk, [(iki, target, satuan, arah)])
RK_JPT = [
    (
        "Penerima Layanan / Stakeholder",
        "Meningkatnya kepuasan masyarakat terhadap layanan instansi",
        [
            ("Indeks kepuasan masyarakat", "82,5", "", "naik"),
            ("Persentase pengaduan yang ditindaklanjuti", "95", "%", "naik"),
        ],
    ),
    (
        "Penerima Layanan / Stakeholder",
        "Meningkatnya ketahanan pangan rumah tangga rentan",
        [("Skor Pola Pangan Harapan", "88", "", "naik")],
    ),
    (
        "Proses Bisnis",
        "Meningkatnya efektivitas tata kelola layanan unggulan",
        [
            ("Persentase layanan yang memenuhi standar pelayanan", "90", "%", "naik"),
            ("Jumlah inovasi pelayanan yang diterapkan", "3", "inovasi", "naik"),
        ],
    ),
    (
        "Penguatan Internal",
        "Meningkatnya kapasitas sumber daya manusia aparatur",
        [("Indeks profesionalitas ASN", "78", "", "naik")],
    ),
    (
        "Penguatan Internal",
        "Meningkatnya akuntabilitas kinerja perangkat daerah",
        [("Nilai evaluasi SAKIP perangkat daerah", "75", "", "naik")],
    ),
    (
        "Anggaran",
        "Meningkatnya kualitas pengelolaan anggaran",
        [
            ("Persentase realisasi anggaran", "95", "%", "naik"),
            ("Nilai Indikator Kinerja Pelaksanaan Anggaran", "90", "", "naik"),
        ],
    ),
]
JPT_TAMBAHAN = (
    "Tercapainya komitmen pengembangan kompetensi kepemimpinan",
    [("Jumlah seminar nasional yang diikuti sebagai narasumber", "2", "kegiatan", "naik")],
)

MATRIKS_ANGGOTA = [
    ("Hendra Gunawan Saputra, S.Kel.", "Penyuluh Perikanan Ahli Pertama"),
    ("Siti Maemunah, S.Sos.", "Pengolah Data dan Informasi"),
    ("Joko Susilo, A.Md.", "Pengadministrasi Perkantoran"),
]
