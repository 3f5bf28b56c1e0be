"""Fictional agencies, people and plan texts for the held-out set ``nyata_z`` (SKP laid out for printing and
signing). Written from SPEC §2–§5 alone; every name, NIP and text is invented."""

from __future__ import annotations

# (pemerintah, tempat tanda tangan)
DAERAH = [
    ("PEMERINTAH KABUPATEN RAWA MULYA", "Rawa Mulya"),
    ("PEMERINTAH KOTA PELABUHAN BARU", "Pelabuhan Baru"),
    ("PEMERINTAH KABUPATEN GUNUNG SARI INDAH", "Sari Indah"),
    ("PEMERINTAH PROVINSI NUSA TEDUH", "Teluk Teduh"),
]

# (unit kerja, kepala: jabatan JPT, atasan langsung pegawai JA/JF)
UNIT = [
    ("Dinas Komunikasi dan Informatika", "Kepala Dinas Komunikasi dan Informatika",
     "Kepala Bidang Aplikasi Informatika"),
    ("Badan Pengelolaan Keuangan dan Aset Daerah", "Kepala Badan Pengelolaan Keuangan dan Aset Daerah",
     "Kepala Bidang Akuntansi dan Pelaporan"),
    ("Dinas Pertanian dan Ketahanan Pangan", "Kepala Dinas Pertanian dan Ketahanan Pangan",
     "Kepala Bidang Penyuluhan"),
    ("Badan Kepegawaian dan Pengembangan Sumber Daya Manusia",
     "Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", "Kepala Bidang Mutasi dan Promosi"),
    ("Dinas Perpustakaan dan Kearsipan", "Kepala Dinas Perpustakaan dan Kearsipan",
     "Kepala Bidang Pengelolaan Arsip"),
    ("Badan Perencanaan Pembangunan Daerah", "Kepala Badan Perencanaan Pembangunan Daerah",
     "Kepala Bidang Perencanaan Ekonomi"),
]

NAMA_DEPAN = ["Rahmat", "Siti", "Dedi", "Yuliana", "Agus", "Ratna", "Bambang", "Wulan", "Hendra", "Fitri",
              "Joko", "Lestari", "Irfan", "Nurul", "Taufik", "Maya", "Suherman", "Dewi", "Arif", "Anisa",
              "Gusti", "Made", "Teguh", "Indah"]
NAMA_BELAKANG = ["Hidayat", "Rahmawati", "Kurniawan", "Pratiwi", "Santoso", "Wijayanti", "Nugroho",
                 "Handayani", "Saputra", "Permatasari", "Susanto", "Maharani", "Firmansyah", "Aulia",
                 "Siregar", "Lubis", "Harahap", "Simanjuntak", "Wibowo", "Utami"]
GELAR = ["", "", "S.E.", "S.Kom.", "S.T.", "S.Sos.", "M.Si.", "S.P.", "S.H.", "M.M."]

# golongan -> nama pangkat (PP 99/2000)
PANGKAT = {
    "II/b": "Pengatur Muda Tingkat I", "II/c": "Pengatur", "II/d": "Pengatur Tingkat I",
    "III/a": "Penata Muda", "III/b": "Penata Muda Tingkat I", "III/c": "Penata", "III/d": "Penata Tingkat I",
    "IV/a": "Pembina", "IV/b": "Pembina Tingkat I", "IV/c": "Pembina Utama Muda",
    "IV/d": "Pembina Utama Madya",
}

# JA: (jabatan, golongan yang mungkin)
JABATAN_JA = [
    ("Kepala Subbagian Umum dan Kepegawaian", ["III/d", "IV/a"]),
    ("Kepala Seksi Pengelolaan Data", ["III/c", "III/d"]),
    ("Pengolah Data Keuangan", ["II/c", "III/a", "III/b"]),
    ("Pengadministrasi Perkantoran", ["II/b", "II/d", "III/a"]),
    ("Bendahara Pengeluaran", ["III/a", "III/b"]),
]

# JF: (jabatan, golongan yang sesuai jenjang, golongan yang tidak sesuai)
JABATAN_JF = [
    ("Pranata Komputer Ahli Pertama", ["III/a", "III/b"], "IV/a"),
    ("Arsiparis Ahli Muda", ["III/c", "III/d"], "III/a"),
    ("Perencana Ahli Muda", ["III/c", "III/d"], "IV/b"),
    ("Penyuluh Pertanian Ahli Pertama", ["III/a", "III/b"], "III/d"),
    ("Pustakawan Terampil", ["II/b", "II/c", "II/d"], "III/c"),
    ("Statistisi Ahli Pertama", ["III/a", "III/b"], "IV/a"),
]

# Kinerja Utama JA/JF: (RK atasan, RK, [(aspek, IKI, target, satuan)])
RK_JA = [
    ("Meningkatnya kualitas pengelolaan keuangan perangkat daerah",
     "Laporan pertanggungjawaban bendahara tersusun tepat waktu dan akurat",
     [("Kuantitas", "Jumlah laporan pertanggungjawaban bendahara yang tersusun", 12, "laporan"),
      ("Kualitas", "Persentase laporan yang diterima tanpa koreksi", 90, "%"),
      ("Waktu", "Waktu penyampaian laporan pertanggungjawaban", 12, "bulan")]),
    ("Tersedianya data kepegawaian yang mutakhir",
     "Data kepegawaian perangkat daerah yang termutakhirkan",
     [("Kuantitas", "Jumlah data pegawai yang dimutakhirkan pada SIMPEG", 150, "data"),
      ("Kualitas", "Persentase data pegawai yang sesuai dokumen sumber", 95, "%")]),
    ("Terselenggaranya layanan administrasi perkantoran yang tertib",
     "Naskah dinas masuk dan keluar yang teregistrasi",
     [("Kuantitas", "Jumlah naskah dinas yang teregistrasi", 1200, "naskah"),
      ("Waktu", "Waktu registrasi naskah dinas", 1, "hari")]),
    ("Meningkatnya akuntabilitas pengelolaan barang milik daerah",
     "Inventaris barang milik daerah yang terverifikasi",
     [("Kuantitas", "Jumlah kartu inventaris barang yang terverifikasi", 24, "dokumen"),
      ("Kualitas", "Persentase inventaris yang cocok dengan hasil stock opname", 85, "%"),
      ("Waktu", "Waktu penyelesaian verifikasi inventaris", 10, "bulan")]),
    ("Terwujudnya perencanaan anggaran yang tepat sasaran",
     "Dokumen rencana kerja dan anggaran yang tersusun sesuai ketentuan",
     [("Kuantitas", "Jumlah dokumen RKA yang tersusun", 8, "dokumen"),
      ("Kualitas", "Persentase dokumen RKA yang lolos verifikasi TAPD", 90, "%")]),
    ("Meningkatnya kualitas pelayanan informasi publik",
     "Permohonan informasi publik yang dilayani sesuai standar",
     [("Kuantitas", "Jumlah permohonan informasi publik yang dilayani", 60, "permohonan"),
      ("Waktu", "Waktu penyelesaian permohonan informasi", 10, "hari")]),
    ("Tersedianya sarana kerja yang memadai",
     "Kendaraan dinas operasional dalam kondisi laik jalan",
     [("Kuantitas", "Jumlah kendaraan dinas yang terpelihara", 14, "unit"),
      ("Kualitas", "Persentase kendaraan dinas yang laik jalan", 95, "%")]),
]

# Kinerja Utama JF: (RK atasan, RK, [(aspek, IKI, target, satuan)], [(butir kegiatan, output, AK)])
RK_JF = [
    ("Meningkatnya layanan aplikasi pemerintahan berbasis elektronik",
     "Aplikasi layanan perizinan daring yang beroperasi stabil",
     [("Kuantitas", "Jumlah modul aplikasi yang dikembangkan", 4, "modul"),
      ("Kualitas", "Persentase ketersediaan layanan aplikasi", 98, "%"),
      ("Waktu", "Waktu penyelesaian pengembangan modul", 10, "bulan")],
     [("Melakukan pemrograman modul aplikasi", "Modul aplikasi", "0,150"),
      ("Melakukan uji coba aplikasi", "Laporan uji coba", "0,080")]),
    ("Tersedianya infrastruktur jaringan yang andal",
     "Jaringan intranet perangkat daerah yang terpelihara",
     [("Kuantitas", "Jumlah titik jaringan yang terpelihara", 36, "titik"),
      ("Kualitas", "Persentase waktu jaringan tanpa gangguan", 97, "%")],
     [("Melakukan pemeliharaan jaringan komputer", "Laporan pemeliharaan", "0,036")]),
    ("Tertatanya arsip dinamis perangkat daerah",
     "Arsip inaktif yang tertata sesuai kaidah kearsipan",
     [("Kuantitas", "Jumlah berkas arsip inaktif yang tertata", 500, "berkas"),
      ("Waktu", "Waktu penataan arsip inaktif", 11, "bulan")],
     [("Melakukan pemberkasan arsip inaktif", "Daftar arsip inaktif", "0,005"),
      ("Menyusun daftar arsip inaktif", "Daftar arsip", "0,040")]),
    ("Meningkatnya kualitas dokumen perencanaan pembangunan",
     "Rancangan rencana kerja perangkat daerah yang tersusun sesuai kaidah perencanaan",
     [("Kuantitas", "Jumlah dokumen rancangan Renja yang tersusun", 2, "dokumen"),
      ("Kualitas", "Persentase program Renja yang selaras dengan RPJMD", 95, "%")],
     [("Menyusun rancangan rencana kerja", "Dokumen rancangan Renja", "0,300")]),
    ("Meningkatnya produktivitas usaha tani",
     "Kelompok tani binaan yang menerapkan teknologi budidaya anjuran",
     [("Kuantitas", "Jumlah kelompok tani yang menerapkan teknologi anjuran", 15, "kelompok"),
      ("Kualitas", "Persentase anggota kelompok yang mengadopsi teknologi", 70, "%")],
     [("Menyusun programa penyuluhan pertanian", "Dokumen programa", "0,480"),
      ("Melaksanakan demonstrasi cara budidaya", "Laporan demonstrasi", "0,240")]),
    ("Meningkatnya minat baca masyarakat",
     "Koleksi bahan pustaka yang terolah dan siap dilayankan",
     [("Kuantitas", "Jumlah judul bahan pustaka yang terolah", 800, "judul"),
      ("Waktu", "Waktu pengolahan bahan pustaka", 12, "bulan")],
     [("Melakukan katalogisasi deskriptif bahan pustaka", "Data bibliografi", "0,003")]),
    ("Tersedianya data statistik sektoral yang berkualitas",
     "Data statistik sektoral perangkat daerah yang tervalidasi",
     [("Kuantitas", "Jumlah set data statistik yang tervalidasi", 30, "set data"),
      ("Kualitas", "Persentase set data yang memenuhi standar data", 90, "%")],
     [("Melakukan validasi data statistik", "Laporan validasi", "0,064")]),
]

# Kinerja Tambahan (JA/JF): (RK, [(aspek, IKI, target, satuan)])
TAMBAHAN = [
    ("Sertifikat pelatihan teknis yang diperoleh",
     [("Kuantitas", "Jumlah sertifikat pelatihan yang diperoleh", 1, "sertifikat")]),
    ("Keikutsertaan dalam tim penanggulangan bencana daerah terdokumentasi",
     [("Kuantitas", "Jumlah laporan keikutsertaan yang tersusun", 2, "laporan")]),
    ("Bahan paparan pimpinan yang tersaji tepat waktu",
     [("Kuantitas", "Jumlah bahan paparan yang tersaji", 6, "bahan")]),
]

# JPT: (perspektif, RK, [(IKI, target, satuan)])  satuan None = IKI tanpa satuan (Indeks/Nilai)
RK_JPT = [
    ("Penerima Layanan", "Meningkatnya kepuasan masyarakat atas layanan perangkat daerah",
     [("Indeks Kepuasan Masyarakat", 82, None),
      ("Persentase pengaduan masyarakat yang ditindaklanjuti", 95, "%")]),
    ("Penerima Layanan", "Meningkatnya pemanfaatan layanan publik berbasis elektronik",
     [("Jumlah layanan publik yang terintegrasi secara elektronik", 25, "layanan")]),
    ("Proses Bisnis", "Meningkatnya kualitas tata kelola pemerintahan berbasis elektronik",
     [("Indeks SPBE perangkat daerah", 3, None),
      ("Persentase proses bisnis yang terdigitalisasi", 60, "%")]),
    ("Proses Bisnis", "Terwujudnya perencanaan dan penganggaran yang terintegrasi",
     [("Persentase program yang selaras dengan RPJMD", 100, "%")]),
    ("Penguatan Internal", "Meningkatnya kompetensi aparatur perangkat daerah",
     [("Persentase pegawai yang memenuhi standar kompetensi jabatan", 75, "%"),
      ("Jumlah pegawai yang mengikuti pengembangan kompetensi", 40, "orang")]),
    ("Penguatan Internal", "Meningkatnya akuntabilitas kinerja perangkat daerah",
     [("Nilai evaluasi SAKIP perangkat daerah", 72, None)]),
    ("Anggaran", "Meningkatnya kualitas pengelolaan anggaran perangkat daerah",
     [("Persentase realisasi anggaran", 92, "%"),
      ("Jumlah temuan BPK yang ditindaklanjuti", 12, "temuan")]),
]

TAMBAHAN_JPT = [
    ("Keikutsertaan dalam satgas percepatan penurunan stunting terdokumentasi",
     [("Jumlah laporan kegiatan satgas yang tersusun", 4, "laporan")]),
    ("Makalah seminar nasional tata kelola pemerintahan yang tersaji",
     [("Jumlah makalah yang dipresentasikan", 1, "makalah")]),
]

# Cara memantau (JA/JF Model Pengembangan): (data, sumber data, waktu pengumpulan)
CARA = [
    ("Laporan bulanan", "Subbagian Keuangan", "Setiap akhir bulan"),
    ("Rekap aplikasi SIMPEG", "Bidang Mutasi", "Triwulanan"),
    ("Buku agenda naskah dinas", "Subbagian Umum", "Bulanan oleh pengelola naskah"),
    ("Berita acara stock opname", "Pengurus Barang", "Semesteran"),
    ("Dokumen RKA", "Tim Anggaran", "Akhir triwulan III"),
    ("Register layanan PPID", "Sekretariat PPID", "Bulanan"),
    ("Kartu perawatan kendaraan", "Subbagian Umum", "Triwulanan oleh pengurus barang"),
]

CATATAN = [
    "Catatan: Target dapat ditinjau ulang pada triwulan II melalui dialog kinerja.",
    "*) coret yang tidak perlu",
    "Keterangan: target kuantitas dihitung kumulatif sampai dengan akhir periode.",
    "Catatan: Bukti dukung disimpan pada Subbagian Umum dan Kepegawaian.",
]

# RK berbasis aktivitas (cacat rk-berbasis-aktivitas)
AKTIVITAS = [
    "Menyusun laporan pertanggungjawaban bendahara setiap bulan",
    "Melaksanakan pemutakhiran data pegawai pada SIMPEG",
    "Penyusunan dokumen rencana kerja dan anggaran",
]
