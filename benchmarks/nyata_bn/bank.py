"""Fictional content for ``benchmarks/nyata_bn``: one kabupaten (Tanah Merapi) whose BKPSDM distributes a
formula-driven SKP workbook to its OPD. Names, NIPs, RK/IKI texts and targets are invented here; nothing is
taken from the project's templates, fixtures or other sets.

Targets are kept as parts (number, satuan) because the workbook assembles them with formulas.
"""

from __future__ import annotations

from typing import Any

KABUPATEN = "Kabupaten Tanah Merapi"
BUPATI = ("H. ARDIANSYAH KUSUMA, S.H., M.Si.", "Bupati Tanah Merapi", "Pemerintah Kabupaten Tanah Merapi")
SEKDA_JABATAN = "Sekretaris Daerah Kabupaten Tanah Merapi"

OPD = [
    "Dinas Kesehatan",
    "Dinas Pekerjaan Umum dan Penataan Ruang",
    "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia",
    "Dinas Pertanian dan Ketahanan Pangan",
    "Dinas Kependudukan dan Pencatatan Sipil",
    "Badan Perencanaan Pembangunan Daerah",
]

NAMA_DEPAN = [
    "Rina", "Dedi", "Yulia", "Hendra", "Sri", "Agus", "Nurul", "Bambang", "Fitri", "Wahyu", "Lestari", "Iwan",
    "Ratna", "Fajar", "Dewi", "Slamet", "Maya", "Rudi", "Indah", "Teguh", "Sinta", "Joko", "Wulan", "Andi",
    "Puspita", "Eko", "Kartika", "Heru", "Nanda", "Bayu", "Siti", "Gilang", "Anisa", "Yoga", "Melati",
]
NAMA_BELAKANG = [
    "Prasetyo", "Hartati", "Saputra", "Wulandari", "Nugroho", "Rahmawati", "Setiawan", "Anggraini", "Hidayat",
    "Permatasari", "Kurniawan", "Sulistyowati", "Gunawan", "Maharani", "Santoso", "Puspitasari", "Wibowo",
    "Lestiani", "Firmansyah", "Handayani", "Siregar", "Nasution", "Pohan", "Manurung", "Tarigan",
]
GELAR = ["S.Kom.", "S.E.", "S.T.", "S.IP.", "S.Sos.", "S.AP.", "A.Md.", "S.Si.", "S.Kep.", "S.P.", "M.Si.",
         "S.H.", "M.M."]

GELAR_SENIOR = ["S.H., M.Si.", "S.E., M.M.", "S.T., M.T.", "S.Sos., M.AP.", "S.Kom., M.Kom.", "S.P., M.P.",
                "S.KM., M.Kes.", "Drs., M.Si."]

GOL_PANGKAT = {
    "II/a": "Pengatur Muda", "II/b": "Pengatur Muda Tingkat I", "II/c": "Pengatur",
    "II/d": "Pengatur Tingkat I", "III/a": "Penata Muda", "III/b": "Penata Muda Tingkat I", "III/c": "Penata",
    "III/d": "Penata Tingkat I", "IV/a": "Pembina", "IV/b": "Pembina Tingkat I", "IV/c": "Pembina Utama Muda",
    "IV/d": "Pembina Utama Madya",
}

# JA roles: (jabatan template, unit template, golongan choices, atasan role)
JA_PERAN = [
    ("Kepala Subbagian Umum dan Kepegawaian", "Sekretariat {opd}", ["III/c", "III/d"], "sekretaris"),
    ("Kepala Subbagian Keuangan dan Aset", "Sekretariat {opd}", ["III/d", "IV/a"], "sekretaris"),
    ("Kepala Bidang Program dan Pelaporan", "Bidang Program dan Pelaporan {opd}", ["IV/a", "IV/b"], "kepala"),
    ("Pengolah Data dan Informasi", "Subbagian Umum dan Kepegawaian {opd}", ["II/c", "II/d", "III/a"],
     "kasubbag"),
    ("Pengadministrasi Perkantoran", "Subbagian Umum dan Kepegawaian {opd}", ["II/b", "II/c"], "kasubbag"),
    ("Penata Laporan Keuangan", "Subbagian Keuangan dan Aset {opd}", ["III/a", "III/b"], "kasubbag"),
]

# JF roles: (jabatan, golongan choices consistent with the jenjang)
JF_PERAN = [
    ("Pranata Komputer Ahli Pertama", ["III/a", "III/b"]),
    ("Analis Sumber Daya Manusia Aparatur Ahli Muda", ["III/c", "III/d"]),
    ("Perencana Ahli Muda", ["III/c", "III/d"]),
    ("Arsiparis Terampil", ["II/b", "II/c", "II/d"]),
    ("Penyuluh Pertanian Ahli Pertama", ["III/a", "III/b"]),
    ("Pengelola Pengadaan Barang/Jasa Ahli Pertama", ["III/a", "III/b"]),
    ("Statistisi Ahli Pertama", ["III/a", "III/b"]),
    ("Administrator Kesehatan Ahli Muda", ["III/c", "III/d"]),
]

ATASAN = {
    "kepala": ("Kepala {opd}", "{opd}", ["IV/b", "IV/c"]),
    "sekretaris": ("Sekretaris {opd}", "Sekretariat {opd}", ["IV/a", "IV/b"]),
    "kasubbag": ("Kepala Subbagian Umum dan Kepegawaian", "Sekretariat {opd}", ["III/d", "IV/a"]),
    "kabid": ("Kepala Bidang Program dan Pelaporan", "Bidang Program dan Pelaporan {opd}", ["IV/a", "IV/b"]),
}

# RK atasan texts (what the atasan wrote in his own SKP); pulled by INDEX/MATCH in some files.
RK_ATASAN = [
    "Meningkatnya kualitas pengelolaan administrasi kepegawaian perangkat daerah",
    "Tersedianya data dan informasi kinerja perangkat daerah yang akurat dan mutakhir",
    "Terwujudnya pengelolaan keuangan perangkat daerah yang akuntabel",
    "Meningkatnya kualitas dokumen perencanaan dan pelaporan kinerja perangkat daerah",
    "Terselenggaranya layanan administrasi umum yang tertib dan tepat waktu",
    "Meningkatnya keandalan layanan sistem informasi perangkat daerah",
    "Tersedianya barang/jasa perangkat daerah sesuai kebutuhan dan ketentuan",
    "Meningkatnya tertib arsip dinamis perangkat daerah",
]

# JA/JF RK items: rk text, cara memantau (data, sumber, waktu), IKIs (aspek, iki, angka, satuan).
# angka is an int, or a float for a percent (0.9 = 90 %) whose satuan is '%'.
RK: list[dict[str, Any]] = [
    {
        "rk": "Dokumen usulan kenaikan pangkat pegawai tersampaikan lengkap dan tepat waktu",
        "cara": ("Rekap usulan kenaikan pangkat", "Aplikasi SIASN", "Setiap periode kenaikan pangkat"),
        "iki": [
            ("Kuantitas", "Jumlah berkas usulan kenaikan pangkat yang diverifikasi", 48, "berkas"),
            ("Kualitas", "Persentase usulan kenaikan pangkat yang disetujui BKN", 0.95, "%"),
            ("Waktu", "Waktu penyampaian usulan kenaikan pangkat", 2, "bulan"),
        ],
        "butir": ("Melakukan verifikasi berkas usulan kenaikan pangkat", "Berkas terverifikasi", 0.008),
    },
    {
        "rk": "Data kepegawaian pada SIMPEG daerah mutakhir",
        "cara": ("Data pemutakhiran SIMPEG", "Basis data SIMPEG", "Bulanan"),
        "iki": [
            ("Kuantitas", "Jumlah data pegawai yang dimutakhirkan", 420, "data pegawai"),
            ("Kualitas", "Persentase data pegawai yang valid", 0.9, "%"),
        ],
        "butir": ("Melakukan pemutakhiran basis data", "Basis data termutakhir", 0.012),
    },
    {
        "rk": "Laporan realisasi anggaran perangkat daerah tersusun tepat waktu",
        "cara": ("Laporan realisasi anggaran", "Aplikasi SIPD", "Bulanan"),
        "iki": [
            ("Kuantitas", "Jumlah laporan realisasi anggaran yang tersusun", 12, "laporan"),
            ("Waktu", "Waktu penyampaian laporan realisasi anggaran", 10, "hari kerja"),
        ],
        "butir": ("Menyusun laporan realisasi anggaran", "Laporan", 0.02),
    },
    {
        "rk": "Layanan jaringan dan aplikasi perkantoran berjalan tanpa gangguan berarti",
        "cara": ("Log gangguan layanan", "Helpdesk TIK", "Bulanan"),
        "iki": [
            ("Kuantitas", "Jumlah tiket gangguan yang diselesaikan", 150, "tiket"),
            ("Kualitas", "Persentase ketersediaan layanan jaringan", 0.95, "%"),
            ("Waktu", "Waktu rata-rata penyelesaian gangguan", 2, "hari"),
        ],
        "butir": ("Melakukan pemeliharaan jaringan komputer", "Laporan pemeliharaan", 0.015),
    },
    {
        "rk": "Dokumen Rencana Kerja perangkat daerah tahun 2027 tersusun sesuai ketentuan",
        "cara": ("Dokumen Renja", "Bidang Program dan Pelaporan", "Triwulan II"),
        "iki": [
            ("Kuantitas", "Jumlah dokumen Renja yang tersusun", 1, "dokumen"),
            ("Kualitas", "Persentase program Renja yang selaras dengan Renstra", 0.9, "%"),
            ("Waktu", "Waktu penetapan dokumen Renja", 6, "bulan"),
        ],
        "butir": ("Menyusun rancangan rencana kerja", "Dokumen rencana kerja", 0.25),
    },
    {
        "rk": "Arsip dinamis aktif tertata sesuai klasifikasi arsip",
        "cara": ("Daftar arsip aktif", "Unit kearsipan", "Triwulanan"),
        "iki": [
            ("Kuantitas", "Jumlah berkas arsip aktif yang ditata", 600, "berkas"),
            ("Kualitas", "Persentase arsip yang ditemukan kembali kurang dari 5 menit", 0.85, "%"),
        ],
        "butir": ("Melakukan penataan berkas arsip aktif", "Daftar arsip", 0.004),
    },
    {
        "rk": "Paket pengadaan barang/jasa terpilih penyedianya sesuai jadwal",
        "cara": ("Rekap paket tender", "Aplikasi SPSE", "Triwulanan"),
        "iki": [
            ("Kuantitas", "Jumlah paket pengadaan yang selesai dipilih penyedianya", 18, "paket"),
            ("Waktu", "Waktu pemilihan penyedia per paket", 30, "hari kalender"),
        ],
        "butir": ("Melaksanakan pemilihan penyedia melalui tender", "Berita acara hasil pemilihan", 0.035),
    },
    {
        "rk": "Kelompok tani binaan menerapkan teknologi budidaya anjuran",
        "cara": ("Laporan kunjungan penyuluhan", "Balai Penyuluhan Pertanian", "Bulanan"),
        "iki": [
            ("Kuantitas", "Jumlah kelompok tani yang menerapkan teknologi anjuran", 12, "kelompok tani"),
            ("Kualitas", "Persentase anggota kelompok yang mengadopsi teknologi", 0.6, "%"),
        ],
        "butir": ("Menyusun programa penyuluhan desa", "Programa penyuluhan", 0.03),
    },
    {
        "rk": "Data statistik sektoral perangkat daerah tersedia dan terpublikasi",
        "cara": ("Tabel statistik sektoral", "Portal Satu Data", "Semesteran"),
        "iki": [
            ("Kuantitas", "Jumlah tabel statistik sektoral yang terpublikasi", 24, "tabel"),
            ("Waktu", "Waktu publikasi data statistik sektoral", 2, "semester"),
        ],
        "butir": ("Melakukan pengolahan data statistik", "Tabel statistik", 0.018),
    },
    {
        "rk": "Surat masuk dan keluar tercatat dan terdistribusi pada hari yang sama",
        "cara": ("Buku agenda surat", "Aplikasi Srikandi", "Bulanan"),
        "iki": [
            ("Kuantitas", "Jumlah surat yang tercatat dan terdistribusi", 1800, "surat"),
            ("Waktu", "Waktu distribusi surat masuk", 1, "hari"),
        ],
        "butir": ("Melakukan pencatatan naskah dinas", "Agenda surat", 0.002),
    },
    {
        "rk": "Barang milik daerah pada perangkat daerah tercatat dan terinventarisasi",
        "cara": ("Kartu inventaris barang", "Aplikasi SIMDA BMD", "Semesteran"),
        "iki": [
            ("Kuantitas", "Jumlah barang milik daerah yang terinventarisasi", 850, "unit barang"),
            ("Kualitas", "Persentase barang dengan kode register lengkap", 0.95, "%"),
        ],
        "butir": ("Melakukan inventarisasi barang milik daerah", "Kartu inventaris", 0.006),
    },
    {
        "rk": "Kompetensi pegawai meningkat melalui pengembangan paling sedikit 20 jam pelajaran",
        "cara": ("Rekap jam pelajaran pegawai", "Aplikasi pengembangan kompetensi", "Semesteran"),
        "iki": [
            ("Kuantitas", "Jumlah pegawai yang difasilitasi pengembangan kompetensinya", 60, "orang"),
            ("Kualitas", "Persentase pegawai yang memenuhi 20 jam pelajaran", 0.8, "%"),
        ],
        "butir": ("Menyusun rencana pengembangan kompetensi", "Dokumen rencana", 0.04),
    },
]

RK_AKTIVITAS = [
    "Menyusun laporan kepegawaian bulanan",
    "Melaksanakan pemutakhiran data aset perangkat daerah",
    "Melakukan pendampingan penyusunan dokumen perencanaan",
]

# An IKI worded as an absolute (target-absolut), put in place of a Kuantitas IKI of the same satuan.
IKI_ABSOLUT = "Semua {satuan} yang masuk ke unit kerja selalu selesai diproses pada hari yang sama"

TAMBAHAN: list[dict[str, Any]] = [
    {
        "rk": "Keikutsertaan dalam tim penyusun standar pelayanan perangkat daerah terdokumentasi",
        "cara": ("SK tim dan notulen", "Sekretariat", "Semesteran"),
        "iki": [("Kuantitas", "Jumlah rapat tim penyusun yang dihadiri", 6, "rapat")],
    },
    {
        "rk": "Sertifikat pelatihan kepemimpinan pengawas diperoleh",
        "cara": ("Sertifikat pelatihan", "BPSDM Provinsi", "Akhir tahun"),
        "iki": [("Kuantitas", "Jumlah sertifikat pelatihan yang diperoleh", 1, "sertifikat")],
    },
]

# JPT RK: rk, perspektif, IKIs (iki, angka, satuan) with their manual (deskripsi, definisi, formula, tujuan).
JPT_RK: list[dict[str, Any]] = [
    {
        "rk": "Meningkatnya kualitas pelayanan publik perangkat daerah",
        "persp": "Penerima Layanan",
        "iki": [("Indeks Kepuasan Masyarakat terhadap layanan perangkat daerah", 82, "poin")],
        "manual": ("Kepuasan penerima layanan atas layanan yang diberikan perangkat daerah",
                   "Nilai hasil survei kepuasan masyarakat sesuai Permen PANRB 14/2017",
                   "Jumlah nilai unsur pelayanan dibagi jumlah unsur dikali 25",
                   "Mengukur mutu layanan dari sisi penerima layanan"),
    },
    {
        "rk": "Meningkatnya efektivitas proses bisnis layanan perangkat daerah",
        "persp": "Proses Bisnis",
        "iki": [("Jumlah standar operasional prosedur layanan yang ditetapkan", 15, "SOP")],
        "manual": ("Proses bisnis utama dituangkan dalam SOP yang ditetapkan kepala perangkat daerah",
                   "SOP layanan yang telah ditetapkan dengan keputusan kepala perangkat daerah",
                   "Jumlah SOP layanan yang ditetapkan pada tahun berjalan",
                   "Menjamin layanan berjalan seragam dan terukur"),
    },
    {
        "rk": "Meningkatnya kapasitas sumber daya aparatur perangkat daerah",
        "persp": "Penguatan Internal",
        "iki": [("Persentase pegawai yang memenuhi standar kompetensi jabatan", 0.75, "%")],
        "manual": ("Pegawai memiliki kompetensi sesuai standar kompetensi jabatannya",
                   "Pegawai yang hasil uji kompetensinya memenuhi standar jabatan",
                   "Pegawai yang memenuhi standar dibagi seluruh pegawai dikali 100 %",
                   "Mengukur kesiapan aparatur mendukung sasaran organisasi"),
    },
    {
        "rk": "Terwujudnya pengelolaan anggaran perangkat daerah yang akuntabel",
        "persp": "Anggaran",
        "iki": [("Persentase realisasi anggaran perangkat daerah", 0.95, "%"),
                ("Nilai SAKIP perangkat daerah", 72, "poin")],
        "manual": ("Anggaran perangkat daerah terserap sesuai rencana dan dapat dipertanggungjawabkan",
                   "Perbandingan realisasi belanja dengan pagu anggaran perubahan",
                   "Realisasi belanja dibagi pagu anggaran dikali 100 %",
                   "Mengukur kinerja pengelolaan anggaran"),
    },
    {
        "rk": "Meningkatnya cakupan layanan prioritas daerah",
        "persp": "Penerima Layanan",
        "iki": [("Jumlah desa yang menerima layanan prioritas terpadu", 48, "desa")],
        "manual": ("Layanan prioritas daerah menjangkau desa sasaran RPJMD",
                   "Desa yang sudah menerima paket layanan prioritas terpadu",
                   "Jumlah desa penerima layanan pada tahun berjalan",
                   "Memperluas jangkauan layanan prioritas daerah"),
    },
]

JPT_AKTIVITAS = "Melaksanakan koordinasi penyusunan kebijakan teknis perangkat daerah"

PETUNJUK = [
    "PETUNJUK PENGISIAN SKP (TEMPLAT BKPSDM KABUPATEN TANAH MERAPI)",
    "1. Ketik NIP Anda (18 angka, tanpa spasi) pada sel NIP blok PEGAWAI YANG DINILAI di sheet SKP.",
    "2. Nama, pangkat, jabatan, unit kerja dan pejabat penilai terisi otomatis dari data kepegawaian.",
    "3. Pilih ASPEK dari daftar pilihan; isi angka dan satuan target pada kolom yang disediakan.",
    "4. Jangan mengubah sel berwarna abu-abu (berisi rumus).",
    "5. Bila data Anda tidak sesuai, hubungi Bidang Informasi Kepegawaian BKPSDM.",
]
