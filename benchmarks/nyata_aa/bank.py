"""Bank data fiktif set ``nyata_aa``: instansi, orang (nama bergelar, tanggal lahir, TMT), jabatan, RK/IKI.

Semua nama, instansi dan teks buatan sendiri; tidak diambil dari set lain maupun dari kode produk.
"""

from __future__ import annotations

PEMDA = [
    ("KABUPATEN SERUNI RAYA", "Seruni Raya", "Bupati Seruni Raya"),
    ("KOTA PADANG BULIAN", "Padang Bulian", "Wali Kota Padang Bulian"),
    ("PROVINSI TANJUNG KERAMAT", "Tanjung Keramat", "Gubernur Tanjung Keramat"),
]

# Kepala daerah (penilai JPT tertinggi, tanpa NIP dan pangkat), sejajar PEMDA
KEPALA_DAERAH = ["H. ARIF RAHMAN HAKIM, S.E., M.M.", "dr. Wiratmoko Sasongko, Sp.PD.",
                 "Dr. H. MUHAMMAD NATSIR DJALIL, S.H., M.H."]

# (pemda index, nama perangkat daerah, unit di bawahnya)
INSTANSI = [
    (0, "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu", ["Bidang Pelayanan Perizinan",
                                                                     "Sekretariat"]),
    (0, "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", ["Bidang Mutasi dan Promosi",
                                                                     "Bidang Pengembangan Kompetensi"]),
    (1, "Dinas Komunikasi dan Informatika", ["Bidang Aplikasi Informatika", "Sekretariat"]),
    (1, "Badan Perencanaan Pembangunan Daerah", ["Bidang Perencanaan Ekonomi", "Sekretariat"]),
    (2, "Dinas Kearsipan dan Perpustakaan", ["Bidang Pengelolaan Arsip", "Bidang Layanan Perpustakaan"]),
    (2, "Inspektorat Daerah", ["Inspektur Pembantu Wilayah I", "Sekretariat"]),
]

# Nama: (nama seperti ditulis, jenis kelamin 1/2)
NAMA = [
    ("Dr. Ir. H. Bambang Sutrisno Hadiwijoyo, S.T., M.Eng., IPM", 1),
    ("SITI NURHALIZAH PURBASARI, S.E.", 2),
    ("SUPARMAN", 1),
    ("Hj. Rr. Dyah Ayu Kusumawardhani, S.Psi., M.Psi., Psikolog", 2),
    ("Muhammad Rizky Fadillah, S.Kom.", 1),
    ("I GUSTI AYU MADE SRIANI, S.Sos., M.AP.", 2),
    ("Andi Tenri Ajeng, S.H., M.H.", 2),
    ("Drs. H. Ahmad Syafi'i Lubis, M.Si.", 1),
    ("PAIMIN", 1),
    ("Yohana Maria Welerubun, A.Md.", 2),
    ("Teuku Raja Ilham Maulana, S.STP., M.Si.", 1),
    ("Ni Luh Putu Ayu Wulandari, S.Pd.", 2),
    ("Ir. Hendra Gunawan Siregar, M.T.", 1),
    ("SRI MULYANI", 2),
    ("Raden Mas Harjuno Wicaksono, S.IP., M.PA.", 1),
    ("Fransiska Romana Nainggolan, S.Kom., M.Kom.", 2),
    ("Dr. Rahmat Hidayat, S.Sos., M.Si.", 1),
    ("WAHYUNINGSIH, S.AP.", 2),
    ("La Ode Muhammad Safaruddin, S.E., M.Ak., CA.", 1),
    ("Cut Nyak Meutia Rahmah, S.Hut.", 2),
    ("Agus Setiawan, A.Md.Kom.", 1),
    ("Dra. Hj. Euis Komariah, M.M.", 2),
    ("Yosef Bria Seran, S.T.", 1),
    ("Sumarni", 2),
    ("Prof. Dr. Ir. H. Zainal Abidin Nasution, M.Sc., IPU", 1),
    ("DEWI KARTIKA SARI, S.I.Kom.", 2),
    ("Gede Wirawan Pramana, S.Kom., M.T.", 1),
    ("Anak Agung Istri Dewi Laksmi, S.E., M.M.", 2),
    ("Bonifasius Kelen, S.Fil.", 1),
    ("Nurul Hidayah Tanjung, S.Psi.", 2),
    ("Fahmi Idris Harahap, S.H.", 1),
    ("KARTINI", 2),
    ("Dr. drh. Hartono Wibisono, M.P.", 1),
    ("Maria Goreti Lewar, S.Sos.", 2),
    ("Imam Santoso, S.Kom.", 1),
    ("Rini Anggraeni Putri, S.T., M.Eng.", 2),
    ("H. Syamsul Bahri Daulay, S.Ag., M.Pd.I.", 1),
    ("Theresia Ulina Br. Ginting, S.E.", 2),
    ("Slamet Riyadi", 1),
    ("Desak Made Sukerti, S.AP.", 2),
    ("Rudi Hartono Simatupang, S.Kom., M.M.S.I.", 1),
    ("ENDANG SETYOWATI, S.Sos.", 2),
    ("Ir. H. Ridwan Kamil Fauzi, M.Eng.Sc.", 1),
    ("Fitri Handayani, S.Si.", 2),
    ("Markus Tumbelaka, S.E., M.Si.", 1),
    ("Hj. Nurjannah Sitorus, S.Pd., M.Pd.", 2),
    ("Budiono", 1),
    ("Laksmi Pratiwi, S.Kom.", 2),
    ("Drs. Sahat Marpaung, M.AP.", 1),
    ("Yuliana Dewi, S.H., M.Kn.", 2),
    ("Ahmad Fauzan Nasution, S.STP.", 1),
    ("Retno Wulandari, S.E., M.Ak.", 2),
    ("Paulus Rumbewas, S.Sos., M.Si.", 1),
    ("ERNAWATI", 2),
    ("Dr. Ir. Sutan Mangaraja Lubis, M.Si.", 1),
    ("Kadek Ayu Suarni, S.Kom.", 2),
    ("Joko Prasetyo, S.T.", 1),
    ("Indah Permatasari, S.IP.", 2),
    ("Haris Munandar, S.E.", 1),
    ("Siti Khodijah, A.Md.", 2),
    ("Drs. Obaja Wanma, M.Si.", 1),
    ("Ratna Juwita, S.Sos.", 2),
    ("Yusuf Habibie Rahman, S.Kom.", 1),
    ("Marlina Siahaan, S.E.", 2),
    ("Ir. Hj. Nursiah Daeng Caya, M.T.", 2),
    ("Heru Cahyono, S.H., M.H.", 1),
]

# Pangkat PP 99/2000: golongan -> nama pangkat.
PANGKAT = {
    ("I", "a"): "Juru Muda", ("I", "b"): "Juru Muda Tingkat I", ("I", "c"): "Juru",
    ("I", "d"): "Juru Tingkat I",
    ("II", "a"): "Pengatur Muda", ("II", "b"): "Pengatur Muda Tingkat I", ("II", "c"): "Pengatur",
    ("II", "d"): "Pengatur Tingkat I", ("III", "a"): "Penata Muda", ("III", "b"): "Penata Muda Tingkat I",
    ("III", "c"): "Penata", ("III", "d"): "Penata Tingkat I", ("IV", "a"): "Pembina",
    ("IV", "b"): "Pembina Tingkat I", ("IV", "c"): "Pembina Utama Muda", ("IV", "d"): "Pembina Utama Madya",
    ("IV", "e"): "Pembina Utama",
}

# Jabatan pegawai JA (jabatan, golongan yang cocok, unit index di instansi atau None = instansi)
JABATAN_JA = [
    ("Kepala Bidang Pelayanan Perizinan", ("IV", "a")),
    ("Kepala Subbagian Umum dan Kepegawaian", ("III", "d")),
    ("Pengadministrasi Perkantoran", ("II", "c")),
    ("Penata Layanan Operasional", ("III", "a")),
    ("Plt. Kepala Bidang Mutasi dan Promosi", ("III", "d")),
    ("Pengelola Data dan Informasi pada Bidang Aplikasi Informatika", ("III", "b")),
    ("Sekretaris", ("IV", "b")),
    ("Kepala Bidang Perencanaan Ekonomi", ("IV", "a")),
    ("Operator Layanan Operasional", ("II", "b")),
    ("Kepala Subbagian Keuangan", ("III", "c")),
]

# Jabatan JF: (jabatan seperti ditulis, golongan yang cocok dengan jenjangnya)
JABATAN_JF = [
    ("Pranata Komputer Ahli Pertama", ("III", "b")),
    ("Analis Kepegawaian Ahli Muda", ("III", "d")),
    ("ARSIPARIS MAHIR", ("III", "a")),
    ("Perencana Ahli Madya", ("IV", "b")),
    ("Analis Kebijakan Muda selaku Subkoordinator", ("III", "c")),
    ("Pustakawan Terampil", ("II", "c")),
    ("Auditor Ahli Pertama pada Inspektur Pembantu Wilayah I", ("III", "a")),
    ("Pranata Hubungan Masyarakat Ahli Muda", ("III", "c")),
    ("Arsiparis Penyelia", ("III", "d")),
    ("Pengelola Pengadaan Barang/Jasa Ahli Pertama", ("III", "b")),
    ("Statistisi Ahli Muda", ("III", "d")),
    ("Plt. Kepala Seksi merangkap Pranata Komputer Ahli Muda", ("III", "c")),
]

# JPT: (jabatan, golongan)
JABATAN_JPT = [
    ("Kepala Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu", ("IV", "c")),
    ("Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", ("IV", "c")),
    ("Plt. Kepala Dinas Komunikasi dan Informatika", ("IV", "b")),
    ("Kepala Badan Perencanaan Pembangunan Daerah", ("IV", "d")),
    ("Kepala Dinas Kearsipan dan Perpustakaan", ("IV", "c")),
    ("Inspektur Daerah", ("IV", "d")),
    ("Asisten Perekonomian dan Pembangunan", ("IV", "c")),
    ("Kepala Dinas Komunikasi dan Informatika", ("IV", "c")),
]

# Atasan JA/JF (jabatan penilai, golongan)
ATASAN = [
    ("Kepala Bidang Pelayanan Perizinan", ("IV", "a")),
    ("Sekretaris Dinas", ("IV", "b")),
    ("Kepala Bidang Aplikasi Informatika", ("IV", "a")),
    ("Kepala Badan Perencanaan Pembangunan Daerah", ("IV", "c")),
    ("Plt. Kepala Bidang Pengelolaan Arsip", ("III", "d")),
    ("Inspektur Pembantu Wilayah I", ("IV", "b")),
]

# RK JA/JF: (rk atasan, rk, [(aspek, iki, target, kategori lima tingkat (sk, k, c, b, sb)), ...],
# cara memantau (data, sumber, waktu))
RK_STAF = [
    ("Meningkatnya kualitas pelayanan perizinan berusaha",
     "Permohonan perizinan berusaha terverifikasi sesuai standar pelayanan",
     [("Kuantitas", "Jumlah berkas permohonan perizinan yang terverifikasi", "240 berkas",
       ("< 120 berkas", "120 - 179 berkas", "180 - 239 berkas", "240 berkas", "> 240 berkas")),
      ("Kualitas", "Persentase berkas terverifikasi tanpa pengembalian dari tim teknis", "90 %",
       ("< 60 %", "60 - 74 %", "75 - 89 %", "90 %", "> 90 %")),
      ("Waktu", "Rata-rata waktu verifikasi berkas permohonan", "3 hari",
       ("> 6 hari", "6 hari", "4 - 5 hari", "3 hari", "< 3 hari"))],
     ("Register verifikasi berkas", "Aplikasi OSS dan buku register", "Bulanan")),
    ("Meningkatnya tertib administrasi kepegawaian",
     "Usulan kenaikan pangkat pegawai tersampaikan lengkap dan tepat waktu",
     [("Kuantitas", "Jumlah berkas usulan kenaikan pangkat yang tersampaikan", "60 berkas",
       ("< 30 berkas", "30 - 44 berkas", "45 - 59 berkas", "60 berkas", "> 60 berkas")),
      ("Kualitas", "Persentase usulan yang disetujui tanpa berkas susulan", "95 %",
       ("< 70 %", "70 - 84 %", "85 - 94 %", "95 %", "> 95 %")),
      ("Waktu", "Waktu penyampaian usulan sebelum batas periode", "1 bulan",
       ("> 3 bulan", "3 bulan", "2 bulan", "1 bulan", "< 1 bulan"))],
     ("Daftar usulan kenaikan pangkat", "Aplikasi SIASN", "Per periode usulan")),
    ("Meningkatnya pemanfaatan aplikasi layanan pemerintahan berbasis elektronik",
     "Aplikasi layanan perangkat daerah terpelihara dan dapat diakses",
     [("Kuantitas", "Jumlah aplikasi layanan yang terpelihara", "14 aplikasi",
       ("< 7 aplikasi", "7 - 9 aplikasi", "10 - 13 aplikasi", "14 aplikasi", "> 14 aplikasi")),
      ("Kualitas", "Persentase ketersediaan layanan aplikasi dalam setahun", "98 %",
       ("< 90 %", "90 - 94 %", "95 - 97 %", "98 %", "> 98 %")),
      ("Waktu", "Rata-rata waktu pemulihan gangguan aplikasi", "4 jam",
       ("> 12 jam", "9 - 12 jam", "5 - 8 jam", "4 jam", "< 4 jam"))],
     ("Log pemantauan server", "Sistem pemantauan pusat data", "Mingguan")),
    ("Tersusunnya dokumen perencanaan pembangunan daerah yang berkualitas",
     "Bahan rancangan RKPD bidang ekonomi tersusun tepat waktu",
     [("Kuantitas", "Jumlah dokumen bahan rancangan RKPD yang tersusun", "6 dokumen",
       ("< 3 dokumen", "3 - 4 dokumen", "5 dokumen", "6 dokumen", "> 6 dokumen")),
      ("Kualitas", "Persentase program prioritas yang diakomodasi dalam bahan rancangan", "85 %",
       ("< 60 %", "60 - 69 %", "70 - 84 %", "85 %", "> 85 %")),
      ("Waktu", "Waktu penyelesaian bahan rancangan RKPD", "4 bulan",
       ("> 6 bulan", "6 bulan", "5 bulan", "4 bulan", "< 4 bulan"))],
     ("Dokumen bahan rancangan RKPD", "Sekretariat Bappeda", "Triwulanan")),
    ("Meningkatnya tata kelola kearsipan perangkat daerah",
     "Arsip inaktif perangkat daerah tertata dan terdaftar",
     [("Kuantitas", "Jumlah boks arsip inaktif yang tertata", "150 boks",
       ("< 75 boks", "75 - 109 boks", "110 - 149 boks", "150 boks", "> 150 boks")),
      ("Kualitas", "Persentase arsip yang tercatat dalam daftar arsip inaktif", "95 %",
       ("< 70 %", "70 - 84 %", "85 - 94 %", "95 %", "> 95 %")),
      ("Waktu", "Waktu penataan arsip inaktif", "10 bulan",
       ("> 12 bulan", "12 bulan", "11 bulan", "10 bulan", "< 10 bulan"))],
     ("Daftar arsip inaktif", "Aplikasi SRIKANDI", "Bulanan")),
    ("Meningkatnya kualitas pengawasan internal",
     "Laporan hasil pemeriksaan reguler tersampaikan kepada pimpinan",
     [("Kuantitas", "Jumlah laporan hasil pemeriksaan yang tersampaikan", "6 laporan",
       ("< 3 laporan", "3 - 4 laporan", "5 laporan", "6 laporan", "> 6 laporan")),
      ("Kualitas", "Persentase rekomendasi yang dapat ditindaklanjuti auditi", "90 %",
       ("< 60 %", "60 - 74 %", "75 - 89 %", "90 %", "> 90 %")),
      ("Waktu", "Waktu penyampaian laporan sesudah pemeriksaan lapangan", "14 hari",
       ("> 30 hari", "22 - 30 hari", "15 - 21 hari", "14 hari", "< 14 hari"))],
     ("Register laporan hasil pemeriksaan", "Sekretariat Inspektorat", "Triwulanan")),
]

RK_TAMBAHAN = ("Kompetensi teknis pegawai meningkat melalui pelatihan",
               [("Kuantitas", "Jumlah jam pelajaran pelatihan teknis yang diikuti", "20 jam pelajaran",
                 ("< 10 jam pelajaran", "10 - 14 jam pelajaran", "15 - 19 jam pelajaran", "20 jam pelajaran",
                  "> 20 jam pelajaran"))],
               ("Sertifikat pelatihan", "Lembaga penyelenggara pelatihan", "Semesteran"))

# Butir kegiatan JF per RK staf (indeks sejajar RK_STAF): (butir, output, angka kredit)
BUTIR = [
    [("Melakukan verifikasi dokumen permohonan", "Berita acara verifikasi", 0.012)],
    [("Menyusun bahan usulan kenaikan pangkat", "Daftar usulan", 0.025),
     ("Melakukan verifikasi kelengkapan berkas kenaikan pangkat", "Laporan verifikasi", 0.01)],
    [("Melakukan pemeliharaan aplikasi", "Laporan pemeliharaan", 0.083)],
    [("Menyusun bahan rancangan rencana pembangunan", "Bahan rancangan", 0.25)],
    [("Melakukan penataan arsip inaktif", "Daftar arsip inaktif", 0.005),
     ("Melakukan pemindahan arsip inaktif", "Berita acara pemindahan", 0.004)],
    [("Melaksanakan pemeriksaan reguler", "Kertas kerja pemeriksaan", 0.06)],
]

# RK JPT per perspektif: (perspektif, rk, [(iki, target)])
RK_JPT = [
    ("Penerima Layanan", "Meningkatnya kepuasan masyarakat terhadap layanan perangkat daerah",
     [("Persentase responden survei yang menyatakan puas terhadap layanan", "85 %")]),
    ("Proses Bisnis", "Meningkatnya kualitas proses pelayanan dan tata kelola",
     [("Persentase layanan yang diselesaikan sesuai standar pelayanan", "92 %"),
      ("Jumlah standar operasional prosedur yang ditetapkan", "12 dokumen")]),
    ("Penguatan Internal", "Meningkatnya kapasitas aparatur perangkat daerah",
     [("Persentase pegawai yang mengikuti pengembangan kompetensi minimal 20 jam pelajaran", "80 %")]),
    ("Anggaran", "Terwujudnya pengelolaan anggaran yang akuntabel",
     [("Persentase realisasi anggaran terhadap pagu", "95 %")]),
]

MANUAL = {
    "Persentase responden survei yang menyatakan puas terhadap layanan": (
        "Kepuasan masyarakat diukur melalui survei kepuasan masyarakat sesuai Permen PANRB 14/2017",
        "Perbandingan responden yang puas dengan jumlah responden survei",
        "Jumlah responden puas / jumlah responden x 100%",
        "Mengetahui tingkat kepuasan penerima layanan"),
    "Persentase layanan yang diselesaikan sesuai standar pelayanan": (
        "Layanan perangkat daerah diselesaikan sesuai waktu dan persyaratan dalam standar pelayanan",
        "Perbandingan layanan yang selesai sesuai standar dengan seluruh layanan yang diterima",
        "Layanan sesuai standar / layanan diterima x 100%",
        "Menjamin kepastian waktu dan biaya pelayanan"),
    "Jumlah standar operasional prosedur yang ditetapkan": (
        "Prosedur kerja utama dibakukan dan ditetapkan oleh kepala perangkat daerah",
        "Banyaknya SOP yang ditetapkan dengan keputusan kepala perangkat daerah dalam tahun berjalan",
        "Jumlah SOP yang ditetapkan",
        "Membakukan proses bisnis"),
    "Persentase pegawai yang mengikuti pengembangan kompetensi minimal 20 jam pelajaran": (
        "Aparatur perangkat daerah mengikuti pengembangan kompetensi sesuai kebutuhan jabatan",
        "Perbandingan pegawai yang mencapai 20 JP pengembangan kompetensi dengan seluruh pegawai",
        "Pegawai dengan >= 20 JP / jumlah pegawai x 100%",
        "Meningkatkan kompetensi aparatur"),
    "Persentase realisasi anggaran terhadap pagu": (
        "Anggaran perangkat daerah direalisasikan sesuai rencana dan dapat dipertanggungjawabkan",
        "Perbandingan realisasi belanja dengan pagu anggaran dalam DPA",
        "Realisasi belanja / pagu anggaran x 100%",
        "Menjamin penyerapan anggaran yang terencana"),
}
