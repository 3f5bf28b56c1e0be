"""The fictional agency of set nyata_n: Dinas Lingkungan Hidup dan Pertanahan Kabupaten Lembah Damar and
Badan Pendapatan Daerah of the same kabupaten, their superiors (atasan) and their teams.

Written from SPEC §2–§5 and §3.10 only; names, NIPs, RK and targets are invented here."""

from __future__ import annotations

DINAS = "DINAS LINGKUNGAN HIDUP DAN PERTANAHAN KABUPATEN LEMBAH DAMAR"
BADAN = "BADAN PENDAPATAN DAERAH KABUPATEN LEMBAH DAMAR"

# (nama, nip, pangkat, jabatan, unit kerja)
KADIS = (
    "Ir. Hendrawan Saputro, M.Si.",
    "197204111998031004",
    "Pembina Utama Muda, IV/c",
    "Kepala Dinas Lingkungan Hidup dan Pertanahan",
    DINAS.title(),
)
KABAN = (
    "Dra. Sri Wulandari, M.M.",
    "197008231995032002",
    "Pembina Utama Muda, IV/c",
    "Kepala Badan Pendapatan Daerah",
    BADAN.title(),
)
SEKDA = (
    "Drs. Bambang Riyadi, M.Si.",
    "196805121993031007",
    "Pembina Utama Madya, IV/d",
    "Sekretaris Daerah",
    "Pemerintah Kabupaten Lembah Damar",
)
BUPATI = ("H. Ahmad Fauzan, S.H.", "-", "-", "Bupati Lembah Damar", "Pemerintah Kabupaten Lembah Damar")

# RK pools: (rk text, [(aspek, iki, target)]) — targets as an agency writes them.
RK_KABID = [
    (
        "Tersusunnya dokumen Rencana Perlindungan dan\nPengelolaan Lingkungan Hidup (RPPLH) yang berkualitas",
        [
            ("IKI (Kuantitas)", "Jumlah dokumen RPPLH yang tersusun", "4 dokumen"),
            ("IKI (Kualitas)", "Persentase dokumen yang disetujui tanpa revisi", "100%"),
            ("IKI (Waktu)", "Waktu penyusunan dokumen", "12 bulan"),
        ],
    ),
    (
        "Meningkatnya ketaatan usaha/kegiatan terhadap izin lingkungan",
        [
            ("Kuant/Output", "Jumlah usaha/kegiatan yang diawasi", "12 Laporan"),
            ("Kual/Mutu", "Persentase usaha yang taat", "85%"),
            ("Waktu (bulan)", "Waktu pelaksanaan pengawasan", "12 bulan"),
        ],
    ),
    (
        "Pengaduan kasus lingkungan hidup ditindaklanjuti tepat waktu",
        [
            ("IKI (Kuantitas)", "Jumlah pengaduan yang ditindaklanjuti", "30 kasus"),
            ("IKI (Waktu)", "Rata-rata waktu tindak lanjut", "14 hari"),
        ],
    ),
    (
        "Kualitas air sungai terpantau secara berkala",
        [
            ("Kuantitas", "Jumlah titik pantau kualitas air", "24 titik"),
            ("Kualitas", "Status mutu air yang dilaporkan", "Memenuhi baku mutu"),
            ("Waktu", "Waktu pemantauan", "12 bulan"),
        ],
    ),
    (
        "Sertifikat tanah aset pemerintah daerah terbit",
        [
            ("IKI (Kuantitas)", "Jumlah bidang tanah bersertifikat", "40 bidang"),
            ("IKI (Waktu)", "Waktu penyelesaian", "10 bulan"),
        ],
    ),
    (
        "Laporan keuangan dinas disajikan akuntabel",
        [
            ("Kuantitas", "Jumlah laporan keuangan", "12 Laporan"),
            ("Kualitas", "Opini BPK atas laporan keuangan", "WTP"),
            ("Waktu", "Ketepatan waktu penyampaian", "Tepat waktu"),
        ],
    ),
    (
        "Data sengketa pertanahan terinventarisasi",
        [
            ("Kuantitas", "Jumlah berkas sengketa yang terinventarisasi", "4 dokumen"),
            ("Waktu", "Waktu inventarisasi", "6 bulan"),
        ],
    ),
    (
        "Bank sampah aktif di setiap kecamatan binaan",
        [
            ("IKI (Kuantitas)", "Jumlah bank sampah aktif", "9 unit"),
            ("IKI (Kualitas)", "Persentase bank sampah yang melapor", "90%"),
        ],
    ),
]
TAMBAHAN = [
    (
        "Terlaksananya pembinaan pegawai bidang melalui coaching bulanan",
        [("Kuantitas", "Jumlah sesi coaching", "12 kegiatan")],
    ),
    (
        "Satgas penanganan banjir kabupaten terbentuk dan aktif",
        [("Kuantitas", "Jumlah laporan satgas", "4 Laporan")],
    ),
]
RK_JPT = [
    (
        "Meningkatnya kualitas lingkungan hidup daerah",
        [("Indeks Kualitas Lingkungan Hidup (IKLH)", "68,5 indeks")],
    ),
    (
        "Meningkatnya kepastian hukum hak atas tanah aset daerah",
        [("Persentase aset tanah bersertifikat", "75%")],
    ),
    (
        "Terkelolanya sampah rumah tangga",
        [("Persentase sampah yang terkelola", "60%"), ("Jumlah TPS3R yang beroperasi", "8 unit")],
    ),
    ("Tata kelola keuangan dinas yang akuntabel", [("Opini BPK atas laporan keuangan", "WTP")]),
]
RK_JPT_BADAN = [
    ("Meningkatnya pendapatan asli daerah", [("Realisasi PAD", "Rp 250.000.000.000")]),
    ("Meningkatnya kepatuhan wajib pajak daerah", [("Persentase wajib pajak yang patuh", "80%")]),
    ("Layanan pajak daerah yang mudah diakses", [("Indeks Kepuasan Masyarakat", "82 indeks")]),
    ("Terselenggaranya pengelolaan keuangan badan yang akuntabel", [("Nilai SAKIP badan", "B")]),
]
PERSPEKTIF = ["Penerima Layanan (Stakeholder)", "Proses Bisnis", "Penguatan Internal", "Anggaran"]

# Team members: (nama, nip, jabatan, jenis 'jf'|'ja')
ANGGOTA = [
    ("Rina Marlina, S.Si.", "199003152015032004", "Pengendali Dampak Lingkungan Muda", "jf"),
    ("Yoga Pratama, S.T.", "199207082019031006", "Pengendali Dampak Lingkungan Ahli Pertama", "jf"),
    ("Dewi Anggraini", "198811202010012003", "Pengadministrasi Perkantoran", "ja"),
    ("Agus Salim", "198402172009011005", "Analis Kepegawaian Muda", "jf"),
    ("Fitri Handayani, A.Md.", "199405112020122007", "Arsiparis Mahir", "jf"),
    ("Bayu Nugroho, S.Kom.", "199112302017021002", "Pranata Komputer Terampil", "jf"),
    ("Siti Rahmawati, S.E.", "198906142014032001", "Pengelola Keuangan", "ja"),
    ("Teguh Wibowo", "197911052006041003", "Pengelola Data Lingkungan", "ja"),
    ("Nur Aini, S.H.", "199301262018012002", "Penata Ruang Ahli Pertama", "jf"),
    ("Rudi Hartono, S.T.", "198507242011011004", "Surveyor Pemetaan Penyelia", "jf"),
    ("Lestari Wahyuni", "198612032012122001", "Penyusun Program Anggaran dan Pelaporan", "ja"),
    ("Hendra Gunawan, S.Sos.", "198301092008011006", "Kepala Seksi Pengendalian Pencemaran", "ja"),
    ("Maya Puspita, S.P.", "199508192022032005", "Penyuluh Lingkungan Hidup Ahli Pertama", "jf"),
    ("Joko Susilo", "197704282005011002", "Pengemudi", "ja"),
    ("Ratna Sari, S.Ak.", "199202142019032003", "Analis Keuangan Pusat dan Daerah Muda", "jf"),
    ("Wahyu Hidayat, S.IP.", "198710312011011003", "Plt. Kepala Subbagian Umum dan Kepegawaian", "ja"),
    ("Indah Permatasari", "199611272020122004", "Statistisi Pertama", "jf"),
    ("Ahmad Rifai, S.H.", "198205162006041009", "Kepala Bidang Pertanahan", "ja"),
    ("Yulia Kartika, S.T., M.T.", "198009252005022001", "Kepala Bidang Tata Lingkungan", "ja"),
    ("Drs. Mulyadi", "196911141994031005", "Sekretaris Dinas", "ja"),
    ("Erna Susanti, S.E.", "198404042009012004", "Kepala Bidang Pajak Daerah", "ja"),
    ("Fajar Ramadhan, S.E.", "198712222010011002", "Kepala Bidang Retribusi dan Pendapatan Lain", "ja"),
    ("Kurniawati, S.Sos.", "198102202006042006", "Kepala Subbagian Keuangan", "ja"),
    ("Dimas Aditya", "199310102015031001", "Pengolah Data Pajak", "ja"),
]
