"""Bahan set ``nyata_v``: instansi, pegawai, jabatan, RK/IKI/target, butir kegiatan JF dan Perjanjian Kinerja
JPT, semuanya fiktif dan ditulis sendiri untuk set ini (SPEC §2–§5).

Target ditulis sebagai ``(angka, satuan)``; arah (makin kecil makin baik) mengikuti aspek Waktu/Biaya."""

from __future__ import annotations

INSTANSI = [
    {
        "kop": "PEMERINTAH KABUPATEN WATU AGUNG",
        "nama": "DINAS PERTANIAN DAN PERKEBUNAN KABUPATEN WATU AGUNG",
        "kota": "Watu Agung",
        "kepala": "Kepala Dinas Pertanian dan Perkebunan",
        "bupati": ("Ir. H. SURYO HADININGRAT, M.Si.", "Bupati Watu Agung"),
    },
    {
        "kop": "PEMERINTAH KOTA KALI WUNGU",
        "nama": "BADAN KEUANGAN DAN ASET DAERAH KOTA KALI WUNGU",
        "kota": "Kali Wungu",
        "kepala": "Kepala Badan Keuangan dan Aset Daerah",
        "bupati": ("drg. RATNA KUSUMASARI", "Wali Kota Kali Wungu"),
    },
    {
        "kop": "PEMERINTAH PROVINSI SELA BENING",
        "nama": "DINAS PERINDUSTRIAN DAN PERDAGANGAN PROVINSI SELA BENING",
        "kota": "Sela Bening",
        "kepala": "Kepala Dinas Perindustrian dan Perdagangan",
        "bupati": ("Drs. H. ABDUL MU’IZ, M.M.", "Gubernur Sela Bening"),
    },
    {
        "kop": "PEMERINTAH KABUPATEN WATU AGUNG",
        "nama": "DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL KABUPATEN WATU AGUNG",
        "kota": "Watu Agung",
        "kepala": "Kepala Dinas Kependudukan dan Pencatatan Sipil",
        "bupati": ("Ir. H. SURYO HADININGRAT, M.Si.", "Bupati Watu Agung"),
    },
]

# nama, NIP (teks, boleh berspasi), pangkat/golongan
ORANG = [
    ("SRI WAHYUNINGSIH, S.P.", "19840317 200903 2 004", "Penata Tk. I, III/d"),
    ("BAMBANG TRI ATMOJO, S.E.", "19790822 200501 1 012", "Pembina, IV/a"),
    ("DWI ASTUTI NUGRAHENI, A.Md.", "19910605 201503 2 002", "Pengatur Tk. I, II/d"),
    ("MUH. FAJAR SIDDIQ, S.Kom.", "19930114 201903 1 007", "Penata Muda Tk. I, III/b"),
    ("ERNAWATI SITANGGANG, S.H., M.H.", "19800929 200604 2 010", "Pembina, IV/a"),
    ("YOHANES B. KEWA, S.Sos.", "19860402 201001 1 015", "Penata, III/c"),
    ("RR. LARASATI PUSPITO, S.T.", "19890718 201402 2 003", "Penata Muda Tk. I, III/b"),
    ("AHMAD NA’IM, S.Pd.I", "19880511 201101 1 009", "Penata, III/c"),
    ("I GUSTI AYU PUTU SRIANI, S.E., M.Ak.", "19821230 200801 2 006", "Penata Tk. I, III/d"),
    ("HENDRA KURNIAWAN", "19950807 201801 1 003", "Pengatur, II/c"),
    ("FITRIANA O’HARA SIREGAR, S.Si.", "19920221 201903 2 011", "Penata Muda, III/a"),
    ("SLAMET RIYADI, S.IP.", "19770403 200212 1 005", "Penata Tk. I, III/d"),
    ("NUR LAILATUL QOMARIYAH, S.Kom.", "19940926 202012 2 008", "Penata Muda, III/a"),
    ("AGUS SETIAWAN PRABOWO, S.T., M.T.", "19810613 200701 1 013", "Pembina, IV/a"),
    ("MARIA GORETTI NDOEN, S.E.", "19870305 201001 2 017", "Penata, III/c"),
    ("TEGUH WIBISONO, A.Md.Kom.", "19970130 202203 1 004", "Pengatur, II/c"),
    ("DEWI RAHMAWATI, S.AP.", "19850808 200902 2 009", "Penata Tk. I, III/d"),
    ("RUDI HARTONO SIMANJUNTAK, S.Hut.", "19830119 200801 1 006", "Penata Tk. I, III/d"),
]

PEJABAT = [
    ("Dr. Ir. WAHYU PRATAMA, M.P.", "19700715 199503 1 003", "Pembina Utama Muda, IV/c"),
    ("Dra. SITI MARYAM ANGGRAENI, M.Si.", "19711104 199603 2 002", "Pembina Utama Muda, IV/c"),
    ("HARIS MUNANDAR, S.E., M.M.", "19690221 199403 1 004", "Pembina Tk. I, IV/b"),
    ("dr. KARTIKA DEWI LESTARI, M.Kes.", "19740512 200012 2 003", "Pembina Utama Muda, IV/c"),
]

# jabatan JA (pegawai) dan jabatan penilainya
JA = [
    (
        "Kepala Seksi Perbenihan dan Perlindungan Tanaman",
        "Kepala Bidang Tanaman Pangan dan Hortikultura",
        "Bidang Tanaman Pangan dan Hortikultura",
    ),
    ("Kepala Subbagian Umum dan Kepegawaian", "Sekretaris", "Sekretariat"),
    ("Penata Laporan Keuangan", "Kepala Subbidang Akuntansi dan Pelaporan", "Bidang Akuntansi"),
    (
        "Pengolah Data dan Informasi",
        "Kepala Seksi Pengolahan dan Pemanfaatan Data",
        "Bidang Pengelolaan Informasi Administrasi Kependudukan",
    ),
    ("Pengadministrasi Perkantoran", "Kepala Subbagian Perencanaan dan Keuangan", "Sekretariat"),
    (
        "Kepala Seksi Pengawasan Barang Beredar",
        "Kepala Bidang Perlindungan Konsumen",
        "Bidang Perlindungan Konsumen dan Tertib Niaga",
    ),
]

# jabatan JF (dengan/tanpa kata Ahli), jenjang sesuai golongan pemegangnya
JF = [
    ("Penyuluh Pertanian Ahli Muda", "Kepala Bidang Penyuluhan", "Bidang Penyuluhan Pertanian"),
    ("Analis Keuangan Pusat dan Daerah Ahli Pertama", "Kepala Bidang Anggaran", "Bidang Anggaran"),
    ("Pranata Komputer Ahli Pertama", "Kepala Bidang Pengelolaan Informasi", "Bidang PIAK"),
    ("Pengawas Perdagangan Ahli Muda", "Kepala Bidang Perlindungan Konsumen", "Bidang Perlindungan Konsumen"),
    ("Perencana Muda selaku Subkoordinator Program", "Sekretaris", "Sekretariat"),
    ("Arsiparis Terampil", "Kepala Subbagian Umum dan Kepegawaian", "Sekretariat"),
]

# RK JA: (rk atasan, rk, [(aspek, iki, (angka, satuan))])
RK_JA = [
    (
        "Meningkatnya ketersediaan benih unggul bersertifikat bagi kelompok tani",
        "Tersalurkannya benih padi bersertifikat kepada kelompok tani sesuai usulan RDKK",
        [
            ("Kuantitas", "Jumlah kelompok tani penerima benih bersertifikat", (48, "kelompok")),
            ("Kualitas", "Persentase benih tersalur sesuai varietas usulan", (95, "%")),
            ("Waktu", "Waktu penyaluran benih sebelum musim tanam", (2, "bulan")),
        ],
    ),
    (
        "Terkendalinya serangan organisme pengganggu tumbuhan pada lahan pangan",
        "Laporan pengamatan OPT tanaman pangan yang akurat dan tepat waktu",
        [
            ("Kuantitas", "Jumlah laporan pengamatan OPT yang disampaikan", (12, "laporan")),
            ("Waktu", "Waktu penyampaian laporan pengamatan OPT", (5, "hari kerja")),
        ],
    ),
    (
        "Terselenggaranya administrasi kepegawaian yang tertib",
        "Usulan kenaikan pangkat pegawai yang lengkap dan terverifikasi",
        [
            ("Kuantitas", "Jumlah berkas usulan kenaikan pangkat yang terverifikasi", (36, "berkas")),
            ("Kualitas", "Persentase berkas usulan yang tidak dikembalikan BKPSDM", (90, "%")),
        ],
    ),
    (
        "Tersedianya laporan keuangan daerah yang andal",
        "Jurnal penyesuaian akhir tahun yang tersusun sesuai SAP",
        [
            ("Kuantitas", "Jumlah jurnal penyesuaian yang tersusun", (1250, "jurnal")),
            ("Kualitas", "Persentase jurnal tanpa koreksi auditor", (92, "%")),
            ("Waktu", "Waktu penyelesaian jurnal penyesuaian", (1, "bulan")),
        ],
    ),
    (
        "Meningkatnya kualitas data kependudukan",
        "Data kependudukan ganda yang terselesaikan",
        [
            ("Kuantitas", "Jumlah NIK ganda yang diselesaikan", (320, "NIK")),
            ("Waktu", "Waktu penyelesaian per NIK ganda", (3, "hari")),
        ],
    ),
    (
        "Terselenggaranya layanan administrasi perkantoran yang tertib",
        "Surat masuk dan keluar yang teragenda lengkap",
        [
            ("Kuantitas", "Jumlah surat yang teragenda dalam buku agenda elektronik", (1800, "surat")),
            ("Kualitas", "Persentase surat yang terdistribusi pada hari yang sama", (85, "%")),
        ],
    ),
    (
        "Meningkatnya kepatuhan pelaku usaha terhadap ketentuan barang beredar",
        "Hasil pengawasan barang beredar di pasar tradisional yang terdokumentasi",
        [
            ("Kuantitas", "Jumlah pasar yang diawasi", (14, "pasar")),
            ("Kualitas", "Persentase temuan yang ditindaklanjuti", (80, "%")),
            ("Biaya", "Biaya pengawasan per pasar", (2500000, "rupiah")),
        ],
    ),
    (
        "Tersusunnya dokumen perencanaan perangkat daerah yang berkualitas",
        "Rancangan Renja perangkat daerah yang tersusun tepat waktu",
        [
            ("Kuantitas", "Jumlah dokumen rancangan Renja", (1, "dokumen")),
            ("Waktu", "Waktu penyampaian rancangan Renja ke Bappeda", (4, "bulan")),
        ],
    ),
]

RK_TAMBAHAN = [
    ("Sertifikat pelatihan pengelolaan kinerja ASN", "Jumlah sertifikat pelatihan", (1, "sertifikat")),
    (
        "Keikutsertaan dalam tim penanganan bencana banjir terdokumentasi",
        "Jumlah laporan kegiatan tim",
        (2, "laporan"),
    ),
    ("Materi sosialisasi anti gratifikasi yang tersampaikan", "Jumlah sesi sosialisasi", (3, "sesi")),
]

# RK JF: (rk atasan, rk, [(aspek, iki, target)], [(butir kegiatan, output, angka kredit)])
RK_JF = [
    (
        "Meningkatnya produktivitas padi di wilayah binaan",
        "Programa penyuluhan pertanian kecamatan yang tersusun",
        [
            ("Kuantitas", "Jumlah programa penyuluhan yang tersusun", (1, "dokumen")),
            ("Waktu", "Waktu penyelesaian programa penyuluhan", (3, "bulan")),
        ],
        [
            (
                "I.B.2 Menyusun programa penyuluhan pertanian tingkat kecamatan (Ahli Muda)",
                "Dokumen programa",
                0.15,
            )
        ],
    ),
    (
        "Meningkatnya produktivitas padi di wilayah binaan",
        "Kelompok tani binaan yang menerapkan teknologi jajar legowo",
        [
            ("Kuantitas", "Jumlah kelompok tani yang menerapkan jajar legowo", (24, "kelompok")),
            ("Kualitas", "Persentase kelompok yang menerapkan sesuai anjuran", (80, "%")),
        ],
        [
            (
                "II.A.4 Melaksanakan demonstrasi cara penerapan teknologi (Ahli Muda)",
                "Laporan demonstrasi",
                0.06,
            ),
            ("II.C.1 Melakukan bimbingan kelompok tani (Ahli Muda)", "Laporan bimbingan", 0.032),
        ],
    ),
    (
        "Tersusunnya rancangan APBD yang tepat waktu",
        "Hasil analisis kewajaran RKA perangkat daerah yang tersampaikan",
        [
            ("Kuantitas", "Jumlah RKA perangkat daerah yang dianalisis", (42, "RKA")),
            ("Waktu", "Waktu penyelesaian analisis RKA", (14, "hari")),
        ],
        [
            (
                "1.b.3 Melakukan analisis kewajaran rencana kerja dan anggaran (Ahli Pertama)",
                "Kertas kerja analisis",
                0.012,
            )
        ],
    ),
    (
        "Meningkatnya kualitas layanan administrasi kependudukan daring",
        "Aplikasi layanan adminduk daring yang stabil",
        [
            ("Kuantitas", "Jumlah modul aplikasi yang dipelihara", (6, "modul")),
            ("Kualitas", "Persentase ketersediaan layanan aplikasi", (98, "%")),
        ],
        [("II.B.7 Melakukan pemeliharaan sistem aplikasi (Ahli Pertama)", "Laporan pemeliharaan", 0.045)],
    ),
    (
        "Meningkatnya kepatuhan pelaku usaha terhadap ketentuan barang beredar",
        "Rekomendasi hasil pengawasan barang beredar yang ditindaklanjuti",
        [
            ("Kuantitas", "Jumlah rekomendasi hasil pengawasan", (18, "rekomendasi")),
            ("Kualitas", "Persentase rekomendasi yang ditindaklanjuti pelaku usaha", (75, "%")),
        ],
        [
            (
                "2.a.5 Menyusun rekomendasi tindak lanjut hasil pengawasan (Ahli Muda)",
                "Dokumen rekomendasi",
                0.1,
            )
        ],
    ),
    (
        "Tersusunnya dokumen perencanaan perangkat daerah yang berkualitas",
        "Dokumen evaluasi Renstra perangkat daerah yang tersusun",
        [
            ("Kuantitas", "Jumlah dokumen evaluasi Renstra", (2, "dokumen")),
            ("Waktu", "Waktu penyusunan evaluasi Renstra", (6, "bulan")),
        ],
        [("III.A.2 Menyusun evaluasi rencana strategis (Ahli Muda)", "Dokumen evaluasi", 0.25)],
    ),
    (
        "Tertatanya arsip dinamis perangkat daerah",
        "Arsip inaktif yang terdaftar dalam daftar arsip",
        [
            ("Kuantitas", "Jumlah berkas arsip inaktif yang terdaftar", (1500, "berkas")),
            ("Waktu", "Waktu penataan arsip inaktif", (10, "bulan")),
        ],
        [("II.A.3 Melakukan pemberkasan arsip inaktif (Terampil)", "Daftar arsip", 0.004)],
    ),
]

# Perjanjian Kinerja JPT: (perspektif, rk, iki, target)
PK = [
    (
        "Penerima Layanan",
        "Meningkatnya kesejahteraan petani",
        "Nilai Tukar Petani subsektor tanaman pangan",
        (104.5, ""),
    ),
    (
        "Penerima Layanan",
        "Meningkatnya kepuasan masyarakat terhadap layanan perangkat daerah",
        "Indeks Kepuasan Masyarakat",
        (85.2, ""),
    ),
    (
        "Proses Bisnis",
        "Meningkatnya kualitas pengelolaan keuangan daerah",
        "Persentase rekomendasi BPK yang ditindaklanjuti",
        (90, "%"),
    ),
    (
        "Proses Bisnis",
        "Meningkatnya produksi komoditas unggulan daerah",
        "Jumlah produksi padi",
        (215000, "ton GKG"),
    ),
    (
        "Penguatan Internal",
        "Meningkatnya akuntabilitas kinerja perangkat daerah",
        "Nilai SAKIP perangkat daerah",
        (72.5, ""),
    ),
    (
        "Penguatan Internal",
        "Meningkatnya kompetensi aparatur",
        "Persentase pegawai yang memenuhi 20 JP pengembangan kompetensi",
        (85, "%"),
    ),
    ("Anggaran", "Terwujudnya penyerapan anggaran yang optimal", "Persentase realisasi anggaran", (95, "%")),
    (
        "Anggaran",
        "Meningkatnya pendapatan asli daerah dari retribusi",
        "Realisasi pendapatan retribusi daerah",
        (3750000000, "rupiah"),
    ),
]

MANUAL = {
    "deskripsi": "Rencana kinerja ini menggambarkan hasil yang hendak dicapai perangkat daerah\n"
    "sesuai Perjanjian Kinerja Tahun 2026.",
    "definisi": "Indikator mengukur {iki} pada akhir tahun anggaran.",
    "formula": "Realisasi {iki} dibandingkan target\n(realisasi ÷ target) × 100%",
    "tujuan": "Mengetahui ketercapaian sasaran “{rk}”.",
    "satuan": "{satuan}",
    "jenis": "Kuantitas",
    "kendali": "Moderate",
    "sumber": "Laporan Kinerja Instansi Pemerintah (LKjIP) – Subbagian Perencanaan",
    "periode": "Triwulanan",
}

TAMBAHAN_JPT = [
    (
        "Terselenggaranya seminar nasional ketahanan pangan daerah",
        "Jumlah seminar yang terselenggara",
        (1, "kegiatan"),
    ),
]
