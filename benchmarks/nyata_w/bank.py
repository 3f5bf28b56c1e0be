"""Bahan set ``nyata_w``: instansi, aplikasi kepegawaian, pegawai dan RK/IKI buatan sendiri (fiktif).

Teks RK ditulis sebagai hasil (SPEC §1), target dengan satuan (SPEC §5), JF dengan golongan di dalam rentang
jenjangnya. Tidak diambil dari kode, templat atau set lain.
"""

from __future__ import annotations

# (instansi, daerah, nama aplikasi yang mengekspor, kota untuk tanda tangan)
INSTANSI = [
    ("DINAS KOMUNIKASI, INFORMATIKA DAN PERSANDIAN", "KABUPATEN SUNGAI RAWA", "e-Kinerja Sungai Rawa",
     "Rawa Jaya"),
    ("BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA", "KOTA BATU KARANG", "SIMPEG Batu Karang",
     "Batu Karang"),
    ("DINAS PERHUBUNGAN", "KABUPATEN TANAH MERAPI", "SIKAP Tanah Merapi", "Merapi Baru"),
    ("BADAN PENANGGULANGAN BENCANA DAERAH", "KABUPATEN PESISIR TELUK", "e-SKP Pesisir Teluk", "Teluk Indah"),
    ("DINAS LINGKUNGAN HIDUP", "KOTA PADANG SARI", "SIMANTAP Padang Sari", "Padang Sari"),
    ("BADAN PERENCANAAN PEMBANGUNAN, RISET DAN INOVASI DAERAH", "KABUPATEN LEMBAH KENANGA",
     "e-Kinerja Kenanga", "Kenanga"),
]

NAMA = [
    "Rahmat Hidayatullah, S.Kom.", "Dewi Anggraeni Putri, S.E.", "Yohanes Bata Lewuk, S.T.",
    "Siti Nurhaliza Rangkuti, S.Sos.", "Agus Prasetyo Wibowo, A.Md.", "Ni Made Ayu Lestari, S.H.",
    "Muhammad Fikri Alamsyah, M.Si.", "Fransiska Wulandari, S.Pd.", "Hendra Saputra Lubis, S.IP.",
    "Irma Suryani Daulay, S.Kom.", "Bambang Triyono, S.T., M.T.", "Laila Fitriyani, S.Stat.",
    "Yusuf Maulana Ibrahim, S.AP.", "Kristina Sembiring, S.E., M.M.", "Teguh Santoso, S.Kom.",
    "Ratna Komalasari, S.Sos.", "Andi Baso Mappaita, S.H., M.H.", "Maria Goreti Tefa, A.Md.Kom.",
    "Wahyu Adi Nugroho, S.Si.", "Nurul Aini Harahap, S.E.", "Gede Wirawan Putra, S.T.",
    "Sri Mulyaningsih, S.Pd., M.Pd.", "Rudi Hartono Siregar, S.IP., M.AP.", "Evi Kurniasari, S.Kom.",
    "Zainal Arifin Nasution, S.Sos.", "Lusiana Manurung, S.Ak.", "Dedi Kurniawan, S.T.",
    "Fitri Handayani, S.Psi.", "Ahmad Syarifuddin, S.H.", "Yuliana Pasaribu, S.E.",
    "Joko Susilo, S.Kom., M.Kom.", "Maya Sari Dewi, S.Hum.", "Rizal Fahmi Hasibuan, S.T.",
    "Eka Purnamasari, S.M.", "Hasanuddin Lubis, S.Sos., M.Si.", "Desi Ratnasari, S.Kep.",
    "Ilham Akbar Pratama, S.Kom.", "Anisa Rahmawati, S.E.", "Paulus Kewa Ama, S.Pt.",
    "Dian Permata Sari, S.Stat.", "Ferry Irawan, S.T., M.Eng.", "Herlina Simanjuntak, S.H.",
]

# pangkat dan golongan (PP 99/2000)
PANGKAT = {
    "II/a": "Pengatur Muda", "II/b": "Pengatur Muda Tingkat I", "II/c": "Pengatur",
    "II/d": "Pengatur Tingkat I",
    "III/a": "Penata Muda", "III/b": "Penata Muda Tingkat I", "III/c": "Penata", "III/d": "Penata Tingkat I",
    "IV/a": "Pembina", "IV/b": "Pembina Tingkat I", "IV/c": "Pembina Utama Muda",
    "IV/d": "Pembina Utama Madya",
    "IV/e": "Pembina Utama",
}

# jabatan JA (bukan nama JF), dengan golongan yang wajar dan jabatan penilainya
JABATAN_JA = [
    ("Kepala Bidang Aplikasi Informatika", "IV/a", "Kepala Dinas"),
    ("Kepala Seksi Tata Kelola Sistem Elektronik", "III/d", "Kepala Bidang Aplikasi Informatika"),
    ("Kepala Subbagian Umum dan Kepegawaian", "III/c", "Sekretaris"),
    ("Pengadministrasi Perkantoran", "II/c", "Kepala Subbagian Umum dan Kepegawaian"),
    ("Pengolah Data dan Informasi", "III/a", "Kepala Seksi Data dan Informasi"),
    ("Kepala Bidang Kedaruratan dan Logistik", "IV/a", "Kepala Pelaksana"),
    ("Penata Laksana Barang", "II/d", "Kepala Subbagian Umum"),
    ("Kepala Seksi Pengendalian Pencemaran", "III/d", "Kepala Bidang Penataan dan Penaatan"),
]

# JF: (jabatan, golongan di dalam rentang jenjangnya)
JABATAN_JF = [
    ("Pranata Komputer Ahli Pertama", "III/b"),
    ("Analis Kepegawaian Ahli Muda", "III/c"),
    ("Arsiparis Terampil", "II/c"),
    ("Perencana Ahli Madya", "IV/b"),
    ("Statistisi Ahli Pertama", "III/a"),
    ("Pranata Komputer Ahli Muda", "III/d"),
    ("Arsiparis Ahli Pertama", "III/b"),
    ("Perencana Ahli Muda", "III/c"),
]

JABATAN_JPT = [
    ("Kepala Dinas Komunikasi, Informatika dan Persandian", "IV/c", "Bupati Sungai Rawa"),
    ("Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", "IV/c",
     "Sekretaris Daerah Kota Batu Karang"),
    ("Kepala Dinas Perhubungan", "IV/b", "Bupati Tanah Merapi"),
    ("Kepala Pelaksana Badan Penanggulangan Bencana Daerah", "IV/c",
     "Sekretaris Daerah Kabupaten Pesisir Teluk"),
    ("Kepala Dinas Lingkungan Hidup", "IV/c", "Wali Kota Padang Sari"),
    ("Kepala Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah", "IV/d", "Bupati Lembah Kenanga"),
]

# RK atasan yang diintervensi (JA/JF), RK pegawai dan IKI per aspek: (aspek, IKI, angka target, satuan)
RK_JA = [
    ("Meningkatnya kualitas tata kelola sistem pemerintahan berbasis elektronik",
     "Aplikasi layanan publik daerah terintegrasi dengan sistem satu data",
     [("Kuantitas", "Jumlah aplikasi layanan yang terintegrasi", 12, "aplikasi"),
      ("Kualitas", "Persentase aplikasi terintegrasi yang lolos uji fungsi", 90, "%"),
      ("Waktu", "Waktu penyelesaian integrasi aplikasi", 10, "bulan")]),
    ("Terwujudnya pengelolaan administrasi perkantoran yang tertib",
     "Arsip surat dinas tertata sesuai klasifikasi",
     [("Kuantitas", "Jumlah berkas arsip yang ditata", 1200, "berkas"),
      ("Kualitas", "Persentase arsip yang ditemukan kembali kurang dari 5 menit", 95, "%")]),
    ("Meningkatnya akuntabilitas pengelolaan barang milik daerah",
     "Laporan barang milik daerah tersaji tepat waktu",
     [("Kuantitas", "Jumlah laporan mutasi barang yang tersaji", 12, "laporan"),
      ("Waktu", "Waktu penyampaian laporan semesteran", 1, "bulan")]),
    ("Terpenuhinya data kepegawaian yang mutakhir",
     "Data kepegawaian pada aplikasi SIMPEG terverifikasi",
     [("Kuantitas", "Jumlah data pegawai yang diverifikasi", 480, "orang"),
      ("Kualitas", "Persentase data pegawai tanpa koreksi BKN", 98, "%")]),
    ("Meningkatnya kesiapsiagaan daerah menghadapi bencana",
     "Logistik kebencanaan tersedia di gudang penyangga",
     [("Kuantitas", "Jumlah paket logistik siap salur", 350, "paket"),
      ("Kualitas", "Persentase logistik dalam kondisi layak pakai", 97, "%"),
      ("Waktu", "Waktu pemenuhan stok penyangga", 3, "bulan")]),
    ("Menurunnya beban pencemaran air sungai",
     "Usaha yang membuang air limbah memenuhi baku mutu",
     [("Kuantitas", "Jumlah usaha yang diawasi kepatuhannya", 40, "usaha"),
      ("Kualitas", "Persentase usaha yang memenuhi baku mutu air limbah", 85, "%")]),
    ("Tersedianya layanan jaringan intra pemerintah yang andal",
     "Jaringan intra pemerintah daerah tersedia tanpa gangguan berarti",
     [("Kuantitas", "Jumlah perangkat daerah yang terhubung jaringan intra", 34, "perangkat daerah"),
      ("Kualitas", "Persentase ketersediaan jaringan per bulan", 99, "%")]),
    ("Meningkatnya kualitas pelayanan administrasi kepegawaian",
     "Usulan kenaikan pangkat pegawai terproses tepat waktu",
     [("Kuantitas", "Jumlah usulan kenaikan pangkat yang terproses", 120, "usulan"),
      ("Waktu", "Waktu pemrosesan usulan kenaikan pangkat", 14, "hari")]),
]

RK_TAMBAHAN = [
    ("Sertifikat pelatihan keamanan informasi diperoleh",
     [("Kuantitas", "Jumlah jam pelajaran pelatihan yang diikuti", 24, "jam pelajaran")]),
    ("Keikutsertaan dalam tim relawan tanggap bencana terdokumentasi",
     [("Kuantitas", "Jumlah laporan keikutsertaan bulanan", 12, "laporan")]),
    ("Modul pembelajaran mandiri pegawai baru tersusun",
     [("Kuantitas", "Jumlah materi ajar dalam modul yang tersusun", 10, "materi")]),
]

# butir kegiatan JF per RK (butir, output, angka kredit sebagai teks berkoma)
BUTIR = [
    ("Melakukan instalasi dan konfigurasi aplikasi", "Laporan instalasi", "0,018"),
    ("Melakukan uji coba fungsi aplikasi", "Laporan hasil uji coba", "0,045"),
    ("Menata arsip dinamis aktif", "Daftar arsip", "0,005"),
    ("Menyusun laporan inventaris", "Laporan", "0,12"),
    ("Melakukan verifikasi data kepegawaian", "Dokumen verifikasi", "0,008"),
    ("Mengolah data statistik sektoral", "Tabel statistik", "0,25"),
    ("Menyusun kajian perencanaan sektoral", "Dokumen kajian", "0,8"),
    ("Melakukan pemeliharaan jaringan", "Laporan pemeliharaan", "0,012"),
]

# JPT: (perspektif, RK, [(IKI, target teks)], manual: (deskripsi, definisi, formula, tujuan, satuan, sumber))
RK_JPT = [
    ("Penerima Layanan", "Meningkatnya kepuasan masyarakat terhadap layanan perangkat daerah",
     [("Indeks kepuasan masyarakat atas layanan perangkat daerah", "82,5")],
     ("Kepuasan penerima layanan sebagai ukuran mutu layanan", "Nilai survei kepuasan masyarakat sesuai "
      "Permen PANRB 14/2017", "Rata-rata tertimbang unsur layanan x 25", "Mengukur mutu layanan publik",
      "Indeks", "Laporan survei kepuasan masyarakat")),
    ("Proses Bisnis", "Meningkatnya kematangan tata kelola pemerintahan berbasis elektronik",
     [("Indeks SPBE perangkat daerah", "3,10"),
      ("Persentase layanan administrasi yang diselesaikan secara daring", "75 %")],
     ("Tingkat kematangan penerapan SPBE", "Nilai evaluasi SPBE oleh Kementerian PANRB",
      "Nilai indeks hasil evaluasi", "Mendorong layanan terpadu berbasis elektronik", "Indeks",
      "Laporan evaluasi SPBE")),
    ("Penguatan Internal", "Meningkatnya kompetensi aparatur perangkat daerah",
     [("Persentase pegawai yang memenuhi standar kompetensi jabatan", "80 %")],
     ("Aparatur yang kompeten sesuai standar jabatannya", "Pegawai yang hasil uji kompetensinya memenuhi "
      "standar", "Pegawai memenuhi standar / jumlah pegawai x 100 %", "Memastikan jabatan diisi pegawai "
      "yang kompeten", "Persen", "Laporan penilaian kompetensi")),
    ("Anggaran", "Meningkatnya kualitas pengelolaan anggaran perangkat daerah",
     [("Persentase realisasi anggaran terhadap pagu", "95 %")],
     ("Anggaran terserap sesuai rencana kerja", "Perbandingan realisasi belanja dengan pagu anggaran",
      "Realisasi belanja / pagu x 100 %", "Menjamin program terlaksana sesuai anggaran", "Persen",
      "Laporan realisasi anggaran")),
    ("Proses Bisnis", "Meningkatnya ketepatan waktu penyelesaian dokumen perencanaan",
     [("Persentase dokumen perencanaan yang ditetapkan tepat waktu", "100 %")],
     ("Dokumen perencanaan selesai sesuai jadwal", "Dokumen Renja dan RKA yang ditetapkan sesuai jadwal",
      "Dokumen tepat waktu / jumlah dokumen x 100 %", "Menjaga siklus perencanaan tepat waktu", "Persen",
      "Berita acara penetapan dokumen")),
]

JPT_TAMBAHAN = ("Keanggotaan dalam satuan tugas percepatan penurunan stunting terdokumentasi",
                [("Jumlah laporan kegiatan satuan tugas", "4 laporan")])
