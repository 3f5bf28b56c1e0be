"""Fictional material for the held-out set ``nyata_as``: a Kementerian and its instansi vertikal after
penyederhanaan birokrasi (Tim Kerja, JF, JA pelaksana with the 2024 names, JPT Madya/Pratama).

Everything here is invented: the ministry, its units, people and RK/IKI texts. Written from SPEC alone.
"""

from __future__ import annotations

KEMENTERIAN = "KEMENTERIAN TATA KELOLA AIR DAN PESISIR"
SINGKATAN = "KTAP"

# unit kerja: (name, city for the footer)
UNIT = {
    "setjen": ("Sekretariat Jenderal", "Jakarta"),
    "biro_sdm": ("Biro Sumber Daya Manusia dan Organisasi, Sekretariat Jenderal", "Jakarta"),
    "biro_ren": ("Biro Perencanaan dan Kerja Sama", "Jakarta"),
    "dit_kons": ("Direktorat Konservasi Kawasan Pesisir, Direktorat Jenderal Pengelolaan Pesisir", "Jakarta"),
    "dit_data": ("Direktorat Data dan Sistem Informasi Sumber Daya Air", "Jakarta"),
    "kanwil_sulteng": ("Kanwil KTAP Provinsi Sulawesi Tengah", "Palu"),
    "kanwil_ntb": ("Kantor Wilayah KTAP Provinsi Nusa Tenggara Barat", "Mataram"),
    "bbpp2": ("Balai Besar Pengelolaan Pesisir Wilayah II", "Makassar"),
    "balai_uji": ("Balai Pengujian Mutu Air Kupang", "Kupang"),
}

NAMA = [
    "Dr. Rahmat Hidayatullah, S.T., M.Sc.",
    "Ir. Wulan Sekarsari, M.T.",
    "Andi Muh. Fadli, S.Kom.",
    "Ni Luh Putu Ariani, S.Si.",
    "Yohanes Bria Seran, S.E.",
    "Fitriyani Lubis, S.Sos., M.A.P.",
    "Muhammad Iqbal Ramadhan, S.Tr.Stat.",
    "Siti Khodijah Nasution, A.Md.",
    "Hendra Gunawan Saputra, S.H.",
    "Dewi Anggraini Pohan, S.Psi., M.M.",
    "Rizky Pratama Putra, S.Kom., M.T.I.",
    "Baiq Nurul Hidayati, S.P.",
    "La Ode Syahrir, S.Pi., M.Si.",
    "Theresia Kewa Ola, S.Ak.",
    "Agus Salim Tanjung, S.T.",
    "Novita Sari Dewi, S.I.P.",
    "Irfan Maulana Hakim, S.Stat.",
    "Kadek Dwi Wirawan, A.Md.Kom.",
    "Sri Rahayu Ningsih, S.E., M.Ak.",
    "Fahmi Alatas, S.T., M.Eng.",
    "Maria Goreti Lado, S.Hut.",
    "Dian Permatasari, S.AP.",
    "Bambang Sutrisno, S.Sos.",
    "Yusuf Efendi Harahap, S.Kom.",
    "Prof. Dr. Ir. Hasanuddin Malik, M.Sc.",
    "Dra. Endang Purwaningsih, M.Si.",
    "Teuku Rizal Fahlevi, S.T.",
    "Annisa Rahmawati, S.Tr.Kom.",
    "Gede Made Suarjana, S.T.",
    "Nur Aini Latuconsina, S.Pi.",
    "Ahmad Zulkarnain, S.E.",
    "Lestari Handayani, S.Si., M.Stat.",
    "Roberto Mandagi, S.Kom.",
    "Yuliana Tandi Pare, S.H., M.H.",
    "Hamzah Arsyad, S.T., M.T.",
    "Ratna Juwita, A.Md.",
    "Febri Kurniawan, S.Tr.Stat.",
    "Evi Susanti Siregar, S.Psi.",
    "Wahyu Nugroho, S.Kom.",
    "Syamsul Bahri, S.Sos.",
    "Indah Puspitasari, S.E.",
    "Arief Budiman, S.T.",
]

# JA pelaksana with the 2024 names, JA administrator/pengawas in the UPT
JA = [
    ("Penata Layanan Operasional", "III/b"),
    ("Pengadministrasi Perkantoran", "II/c"),
    ("Pengolah Data dan Informasi", "II/d"),
    ("Operator Layanan Operasional", "II/b"),
    ("Penelaah Teknis Kebijakan", "III/c"),
    ("Kepala Subbagian Umum", "III/d"),
    ("Kepala Bagian Umum", "IV/a"),
]

# JF: (title, golongan, koordinator/ketua tim?)
JF = [
    ("Analis Kebijakan Ahli Muda selaku Ketua Tim Kerja Rekomendasi Kebijakan Konservasi", "III/d", True),
    ("Pranata Komputer Ahli Pertama", "III/b", False),
    ("Statistisi Mahir", "III/a", False),
    ("Analis SDM Aparatur Ahli Madya selaku Ketua Tim Kerja Pengembangan Kompetensi", "IV/b", True),
    ("Perencana Ahli Muda", "III/c", False),
    ("Arsiparis Terampil", "II/c", False),
    ("Plt. Ketua Tim Kerja Integrasi Data, Pranata Komputer Ahli Muda", "III/c", True),
    ("Pengendali Dampak Lingkungan Ahli Pertama", "III/a", False),
    ("Statistisi Ahli Muda merangkap Koordinator Tim Kerja Dataset Nasional", "III/d", True),
    ("Analis Pengelolaan Keuangan APBN Ahli Pertama", "III/b", False),
]

# JPT: (title, golongan, unit key, penilai title, penilai is political)
JPT = [
    ("Sekretaris Jenderal", "IV/e", "setjen", "Menteri Tata Kelola Air dan Pesisir", True),
    (
        "Direktur Konservasi Kawasan Pesisir",
        "IV/c",
        "dit_kons",
        "Direktur Jenderal Pengelolaan Pesisir",
        False,
    ),
    ("Kepala Biro Sumber Daya Manusia dan Organisasi", "IV/c", "biro_sdm", "Sekretaris Jenderal", False),
    (
        "Kepala Kantor Wilayah KTAP Provinsi Sulawesi Tengah",
        "IV/c",
        "kanwil_sulteng",
        "Sekretaris Jenderal",
        False,
    ),
    ("Direktur Data dan Sistem Informasi Sumber Daya Air", "IV/d", "dit_data", "Sekretaris Jenderal", False),
    ("Kepala Biro Perencanaan dan Kerja Sama", "IV/c", "biro_ren", "Sekretaris Jenderal", False),
]

# (rk atasan, rk, ikis[(aspek, iki, target number, satuan)], kind)
RK_JF = [
    (
        "Rekomendasi kebijakan konservasi kawasan pesisir yang dimanfaatkan pimpinan",
        "Dokumen rekomendasi kebijakan konservasi pesisir yang disetujui pimpinan",
        [
            ("Kuantitas", "Jumlah dokumen rekomendasi kebijakan yang disampaikan", 6, "dokumen"),
            ("Kualitas", "Persentase rekomendasi yang diterima tanpa perbaikan substansi", 85, "%"),
            ("Waktu", "Waktu penyelesaian rekomendasi kebijakan", 12, "bulan"),
        ],
    ),
    (
        "Layanan data sumber daya air nasional yang terintegrasi",
        "Aplikasi integrasi data pesisir yang beroperasi di satuan kerja",
        [
            ("Kuantitas", "Jumlah aplikasi yang dimutakhirkan dan beroperasi", 3, "aplikasi"),
            ("Kualitas", "Persentase ketersediaan layanan aplikasi (uptime)", 95, "%"),
            ("Waktu", "Waktu pemutakhiran aplikasi", 10, "bulan"),
        ],
    ),
    (
        "Data statistik sumber daya air yang berkualitas dan tepat waktu",
        "Dataset statistik kualitas air pesisir yang terverifikasi",
        [
            ("Kuantitas", "Jumlah dataset yang dipublikasikan di portal data", 24, "dataset"),
            ("Kualitas", "Persentase dataset yang lolos verifikasi metadata", 90, "%"),
            ("Waktu", "Waktu publikasi dataset", 11, "bulan"),
        ],
    ),
    (
        "Kompetensi ASN kementerian yang meningkat",
        "Rencana pengembangan kompetensi pegawai yang ditetapkan",
        [
            ("Kuantitas", "Jumlah satker yang menyampaikan analisis kebutuhan diklat", 40, "satker"),
            ("Kualitas", "Persentase pegawai yang memenuhi standar kompetensi jabatan", 80, "%"),
        ],
    ),
    (
        "Perencanaan program dan anggaran yang berkualitas",
        "Dokumen rencana kerja dan anggaran satker yang tersusun tepat waktu",
        [
            ("Kuantitas", "Jumlah dokumen RKA satker yang direviu", 12, "dokumen"),
            ("Waktu", "Waktu penyampaian dokumen RKA", 6, "bulan"),
        ],
    ),
    (
        "Pengelolaan arsip kementerian yang tertib",
        "Arsip dinamis unit kerja yang tertata sesuai klasifikasi",
        [
            ("Kuantitas", "Jumlah berkas arsip yang ditata", 600, "berkas"),
            ("Kualitas", "Persentase arsip yang ditemukan kembali kurang dari 5 menit", 90, "%"),
        ],
    ),
    (
        "Pemantauan dampak lingkungan kawasan pesisir di provinsi",
        "Laporan hasil pemantauan kualitas lingkungan pesisir provinsi",
        [
            ("Kuantitas", "Jumlah provinsi yang dipantau", 8, "provinsi"),
            ("Kualitas", "Persentase parameter uji yang memenuhi baku mutu metode", 90, "%"),
            ("Waktu", "Waktu penyampaian laporan pemantauan", 12, "bulan"),
        ],
    ),
    (
        "Pengelolaan keuangan APBN yang akuntabel",
        "Laporan keuangan satker yang disusun sesuai standar akuntansi pemerintahan",
        [
            ("Kuantitas", "Jumlah laporan keuangan satker yang direviu", 4, "laporan"),
            ("Kualitas", "Persentase temuan reviu yang ditindaklanjuti", 90, "%"),
        ],
    ),
    (
        "Data spasial kawasan konservasi yang mutakhir",
        "Peta digital kawasan konservasi pesisir yang dimutakhirkan",
        [
            ("Kuantitas", "Jumlah peta kawasan yang dimutakhirkan", 15, "peta"),
            ("Waktu", "Waktu pemutakhiran peta", 9, "bulan"),
        ],
    ),
    (
        "Layanan kepegawaian yang cepat dan akurat",
        "Usulan kenaikan pangkat pegawai yang diproses lengkap",
        [
            ("Kuantitas", "Jumlah usulan kenaikan pangkat yang diproses", 150, "usulan"),
            ("Kualitas", "Persentase usulan yang disetujui BKN tanpa pengembalian", 90, "%"),
        ],
    ),
]

RK_JA = [
    (
        "Layanan administrasi perkantoran yang tertib",
        "Surat masuk dan keluar unit kerja yang teradministrasi",
        [
            ("Kuantitas", "Jumlah surat yang dicatat di aplikasi persuratan", 1200, "surat"),
            ("Waktu", "Waktu pencatatan surat masuk", 2, "hari"),
        ],
    ),
    (
        "Data kepegawaian yang mutakhir",
        "Data pegawai pada aplikasi kepegawaian yang termutakhirkan",
        [
            ("Kuantitas", "Jumlah data pegawai yang dimutakhirkan", 250, "pegawai"),
            ("Kualitas", "Persentase data pegawai yang valid", 95, "%"),
        ],
    ),
    (
        "Layanan operasional kantor yang lancar",
        "Sarana dan prasarana kantor yang siap pakai",
        [
            ("Kuantitas", "Jumlah laporan pemeliharaan sarana prasarana", 12, "laporan"),
            ("Kualitas", "Persentase keluhan layanan operasional yang selesai ditangani", 90, "%"),
        ],
    ),
    (
        "Bahan kebijakan teknis yang berkualitas",
        "Bahan telaahan teknis kebijakan yang disampaikan kepada ketua tim",
        [
            ("Kuantitas", "Jumlah bahan telaahan yang disampaikan", 10, "telaahan"),
            ("Waktu", "Waktu penyampaian bahan telaahan", 5, "hari"),
        ],
    ),
    (
        "Pengelolaan barang milik negara yang tertib",
        "Laporan barang milik negara satker yang tersusun akurat",
        [
            ("Kuantitas", "Jumlah laporan BMN semesteran dan tahunan", 3, "laporan"),
            ("Kualitas", "Persentase aset yang tercatat sesuai hasil inventarisasi", 95, "%"),
        ],
    ),
    (
        "Layanan data dan informasi yang mudah diakses",
        "Data layanan informasi publik yang terolah dan dipublikasikan",
        [
            ("Kuantitas", "Jumlah rekap data layanan yang dipublikasikan", 12, "rekap"),
            ("Waktu", "Waktu publikasi rekap data", 10, "hari"),
        ],
    ),
]

RK_TAMBAHAN = [
    (
        "Keikutsertaan dalam pelatihan jarak jauh yang bersertifikat",
        [("Kuantitas", "Jumlah jam pelajaran pelatihan bersertifikat yang diikuti", 20, "JP")],
    ),
    (
        "Kontribusi pada Satgas Zona Integritas unit kerja yang terdokumentasi",
        [("Kuantitas", "Jumlah laporan kegiatan satgas", 4, "laporan")],
    ),
    (
        "Artikel ilmiah populer pada laman kementerian yang terbit",
        [("Kuantitas", "Jumlah artikel yang terbit", 3, "artikel")],
    ),
]

# JPT: (perspektif, rk, [(iki, target number, satuan)])
RK_JPT = [
    (
        "Penerima Layanan",
        "Meningkatnya kepuasan pemangku kepentingan terhadap layanan kementerian",
        [
            ("Indeks kepuasan pemangku kepentingan", 3.6, ""),
            ("Persentase pengaduan layanan yang diselesaikan", 90, "%"),
        ],
    ),
    (
        "Penerima Layanan",
        "Rekomendasi kebijakan yang dimanfaatkan kementerian/lembaga mitra",
        [("Jumlah rekomendasi kebijakan yang dimanfaatkan", 8, "rekomendasi")],
    ),
    (
        "Proses Bisnis",
        "Tata kelola data sumber daya air yang terintegrasi secara nasional",
        [
            ("Jumlah dataset prioritas yang terintegrasi di portal satu data", 40, "dataset"),
            ("Persentase satker yang menggunakan aplikasi terintegrasi", 85, "%"),
        ],
    ),
    (
        "Proses Bisnis",
        "Kawasan konservasi pesisir yang dikelola efektif",
        [("Jumlah kawasan konservasi dengan rencana pengelolaan", 12, "kawasan")],
    ),
    (
        "Penguatan Internal",
        "Meningkatnya kualitas pengelolaan SDM aparatur",
        [
            ("Indeks sistem merit kementerian", 0.8, ""),
            ("Persentase pegawai yang memenuhi 20 JP pengembangan kompetensi", 90, "%"),
        ],
    ),
    (
        "Penguatan Internal",
        "Reformasi birokrasi unit kerja yang berdampak",
        [("Nilai evaluasi SAKIP unit kerja", 80, "")],
    ),
    (
        "Anggaran",
        "Anggaran unit kerja yang dikelola akuntabel",
        [
            ("Persentase realisasi anggaran", 95, "%"),
            ("Nilai indikator kinerja pelaksanaan anggaran", 90, ""),
        ],
    ),
]

RK_JPT_TAMBAHAN = (
    "Keikutsertaan sebagai narasumber forum kebijakan nasional yang terdokumentasi",
    [("Jumlah forum yang diikuti sebagai narasumber", 2, "forum")],
)

BUTIR = [
    ("Menyusun rekomendasi kebijakan", "Dokumen rekomendasi", "0,750"),
    ("Melakukan analisis data statistik", "Laporan analisis", "0,036"),
    ("Melakukan pemrograman aplikasi", "Modul program", "0,052"),
    ("Melakukan verifikasi metadata", "Berkas verifikasi", "0,008"),
    ("Menyusun rencana pengembangan kompetensi", "Dokumen rencana", "0,240"),
    ("Melakukan penataan arsip dinamis", "Daftar arsip", "0,005"),
    ("Melakukan pemantauan kualitas lingkungan", "Laporan pemantauan", "0,180"),
    ("Menyusun bahan reviu laporan keuangan", "Kertas kerja reviu", "0,045"),
]

CARA = [
    ("Dokumen hasil kerja", "Aplikasi e-Kinerja KTAP", "Triwulanan"),
    ("Laporan capaian bulanan", "Ketua Tim Kerja", "Setiap akhir bulan"),
    ("Berita acara dan notula", "Sekretariat unit kerja", "Semesteran"),
    ("Log aplikasi dan portal data", "Pusat Data dan Informasi", "Bulanan"),
]

ASPEK_TULIS = {
    "Kuantitas": [
        "Kuantitas",
        "KUANTITAS",
        "IKI (Kuantitas)",
        "Kuant/Output",
        "KUANTITAS/OUTPUT",
        "kuantitas",
    ],
    "Kualitas": ["Kualitas", "KUALITAS", "IKI (Kualitas)", "Kual/Mutu", "Kualitas/Mutu", "kualitas"],
    "Waktu": ["Waktu", "WAKTU", "IKI (Waktu)", "Waktu (bulan)", "waktu"],
}
