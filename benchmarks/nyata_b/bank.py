"""Texts of the held-out set: people, agencies, jabatan and their RK/IKI/targets.

Written for this set only, the way civil servants in a provincial health office, a city's public works,
a ministry's regional office, an inspectorate, a regency's agriculture office and a statistics office write
them. Target tuples: ``("n", 12, "Dokumen")`` a count, ``("kata", 3, "laporan")`` a count also spelled out,
``("pct", 95)`` a percentage, ``("range", 80, 90)`` a percentage range, ``("bulan", 12)`` and ``("hari", 5)``
time (lower is better; ``hari`` is written ``≤ 5 hari``), ``("rp", 1250000000)`` rupiah, ``("poin", 72.5,
"poin")`` an index or score.
"""

from __future__ import annotations

INSTANSI = {
    "dinkes": ("PEMERINTAH PROVINSI SULAWESI TENGAH", "DINAS KESEHATAN", "Palu"),
    "pupr": ("PEMERINTAH KOTA PEKANBARU", "DINAS PEKERJAAN UMUM DAN PENATAAN RUANG", "Pekanbaru"),
    "kemenag": (
        "KEMENTERIAN AGAMA",
        "KANTOR WILAYAH KEMENTERIAN AGAMA PROVINSI NUSA TENGGARA BARAT",
        "Mataram",
    ),
    "inspektorat": ("PEMERINTAH PROVINSI JAMBI", "INSPEKTORAT DAERAH", "Jambi"),
    "distan": ("PEMERINTAH KABUPATEN GUNUNGKIDUL", "DINAS PERTANIAN DAN PANGAN", "Wonosari"),
    "bps": ("BADAN PUSAT STATISTIK", "BADAN PUSAT STATISTIK PROVINSI MALUKU UTARA", "Sofifi"),
    "rsud": ("PEMERINTAH KABUPATEN BANYUMAS", "RSUD PROF. DR. MARGONO SOEKARJO", "Purwokerto"),
}

NAMA_L = [
    "Bambang Sutrisno",
    "Yohanes Palinggi",
    "I Made Suardana",
    "Andi Muhammad Fadli",
    "Rudi Hartono Siregar",
    "Agus Salim Nasution",
    "Frans Wenda",
    "Teguh Prasetyo",
    "Hendrik Lumban Tobing",
    "Ahmad Zainuddin",
    "Dedi Kurniawan",
    "Muhammad Iqbal Lubis",
    "Syamsul Bahri",
    "La Ode Hasrun",
    "Gede Wiratama",
    "Stevanus Rumbiak",
    "Fajar Nugroho",
    "Ridwan Pakaya",
]
NAMA_P = [
    "Ratna Sari Dewi",
    "Nurhayati",
    "Siti Rahmawati Lubis",
    "Ni Luh Putu Ariani",
    "Maria Goreti Bria",
    "Wahyuni Kartika",
    "Fitriani Lamadjido",
    "Dewi Anggraeni",
    "Sri Mulyani Hasibuan",
    "Yuliana Tandi",
    "Rahmi Hidayati",
    "Herlina Sembiring",
    "Anisa Febriyanti",
    "Kadek Sintya Dewi",
    "Endang Susilowati",
]
GELAR = ["S.E.", "S.Kom.", "S.T.", "S.Sos.", "S.AP.", "S.H.", "S.Stat.", "S.Pt.", "A.Md.", "M.Si.", "M.M."]

# PP 99/2000
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
    "IV/e": "Pembina Utama",
}

AKTIVITAS = [
    "Menyusun laporan bulanan kegiatan seksi",
    "Pelaksanaan monitoring dan evaluasi kegiatan lapangan",
    "Melakukan koordinasi dengan instansi terkait",
    "Penyusunan rencana kerja tahunan bidang",
    "Memberikan pendampingan kepada petugas di kabupaten/kota",
]

# Each jabatan: jenis, instansi, golongan, gelar, and its RK:
# (rk_atasan, rk, data, sumber data, waktu pengumpulan, [(aspek, iki, target)]).
# JF entries also carry butir kegiatan: (butir, output, angka kredit).
JABATAN = {
    "kasi_rujukan": dict(
        jenis="ja",
        instansi="dinkes",
        gol="III/d",
        gelar="S.KM., M.Kes.",
        title="Kepala Seksi Pelayanan Kesehatan Rujukan",
        unit="Bidang Pelayanan Kesehatan",
        rk=[
            (
                "Meningkatnya mutu pelayanan kesehatan rujukan di kabupaten/kota",
                "Rumah sakit rujukan regional memenuhi standar pelayanan rujukan",
                "Laporan penilaian standar rujukan",
                "Seksi Pelayanan Kesehatan Rujukan",
                "Triwulanan",
                [
                    (
                        "Kuantitas",
                        "Jumlah rumah sakit rujukan regional yang dinilai memenuhi standar",
                        ("n", 6, "rumah sakit"),
                    ),
                    (
                        "Kualitas",
                        "Persentase rekomendasi penilaian yang ditindaklanjuti rumah sakit",
                        ("pct", 90),
                    ),
                ],
            ),
            (
                "Tersedianya sistem rujukan terintegrasi (SISRUTE) di seluruh fasilitas kesehatan",
                "Fasilitas kesehatan tingkat pertama terhubung dengan aplikasi SISRUTE",
                "Data fasilitas terhubung",
                "Aplikasi SISRUTE",
                "Bulanan",
                [
                    ("Kuantitas", "Jumlah puskesmas yang terhubung SISRUTE", ("n", 120, "puskesmas")),
                    ("Waktu", "Waktu penyelesaian integrasi SISRUTE", ("bulan", 10)),
                ],
            ),
        ],
    ),
    "kabid_binamarga": dict(
        jenis="ja",
        instansi="pupr",
        gol="IV/a",
        gelar="S.T., M.T.",
        title="Kepala Bidang Bina Marga",
        unit="Bidang Bina Marga",
        rk=[
            (
                "Meningkatnya kemantapan jalan kota",
                "Ruas jalan kota dalam kondisi mantap",
                "Data kondisi jalan (IRMS)",
                "Survei kondisi jalan Bidang Bina Marga",
                "Semesteran",
                [
                    ("Kuantitas", "Persentase panjang jalan kota dalam kondisi mantap", ("range", 80, 90)),
                    (
                        "Kualitas",
                        "Jumlah temuan BPK atas pekerjaan jalan yang ditindaklanjuti",
                        ("n", 12, "temuan"),
                    ),
                ],
            ),
            (
                "Terlaksananya pembangunan infrastruktur kota tepat waktu",
                "Paket pekerjaan peningkatan jalan selesai sesuai kontrak",
                "Berita acara serah terima pekerjaan",
                "PPK Bidang Bina Marga",
                "Triwulanan",
                [
                    (
                        "Kuantitas",
                        "Jumlah paket pekerjaan peningkatan jalan yang diserahterimakan",
                        ("n", 14, "paket"),
                    ),
                    ("Waktu", "Waktu penyelesaian paket pekerjaan", ("bulan", 11)),
                ],
            ),
        ],
    ),
    "analis_data": dict(
        jenis="ja",
        instansi="bps",
        gol="III/b",
        gelar="S.Si.",
        title="Analis Data",
        unit="Bagian Umum",
        rk=[
            (
                "Tersedianya data statistik sektoral yang berkualitas",
                "Basis data statistik sektoral provinsi termutakhirkan",
                "Basis data sektoral",
                "Portal Satu Data Maluku Utara",
                "Bulanan",
                [
                    ("Kuantitas", "Jumlah tabel statistik sektoral yang dimutakhirkan", ("n", 240, "tabel")),
                    ("Kualitas", "Persentase tabel yang lolos pemeriksaan konsistensi", ("pct", 95)),
                ],
            ),
            (
                "Meningkatnya pemanfaatan data BPS oleh pemerintah daerah",
                "Permintaan data dari pengguna terlayani dengan cepat",
                "Buku register pelayanan data",
                "Pelayanan Statistik Terpadu (PST)",
                "Bulanan",
                [
                    ("Kuantitas", "Jumlah permintaan data yang terlayani", ("n", 300, "permintaan")),
                    ("Waktu", "Waktu layanan permintaan data", ("hari", 5)),
                ],
            ),
        ],
    ),
    "pengelola_keuangan": dict(
        jenis="ja",
        instansi="distan",
        gol="III/a",
        gelar="S.E.",
        title="Pengelola Keuangan",
        unit="Subbagian Keuangan",
        rk=[
            (
                "Terwujudnya pengelolaan keuangan dinas yang akuntabel",
                "Surat pertanggungjawaban belanja diverifikasi lengkap dan benar",
                "Register SPJ",
                "Subbagian Keuangan",
                "Bulanan",
                [
                    ("Kuantitas", "Jumlah SPJ belanja yang diverifikasi", ("n", 420, "SPJ")),
                    (
                        "Biaya",
                        "Realisasi belanja barang dan jasa yang dipertanggungjawabkan",
                        ("rp", 1250000000),
                    ),
                ],
            ),
            (
                "Laporan keuangan dinas memperoleh opini WTP",
                "Laporan keuangan bulanan tersaji tepat waktu",
                "Laporan keuangan bulanan",
                "Aplikasi SIPD",
                "Bulanan",
                [
                    (
                        "Kuantitas",
                        "Jumlah laporan keuangan bulanan yang disampaikan",
                        ("kata", 12, "laporan"),
                    ),
                    ("Waktu", "Waktu penyampaian laporan keuangan", ("hari", 10)),
                ],
            ),
        ],
    ),
    "pengadministrasi": dict(
        jenis="ja",
        instansi="inspektorat",
        gol="II/c",
        gelar="",
        title="Pengadministrasi Perkantoran",
        unit="Sekretariat Inspektorat",
        rk=[
            (
                "Terselenggaranya layanan ketatausahaan yang tertib",
                "Naskah dinas masuk dan keluar teradministrasi tertib",
                "Agenda surat",
                "Aplikasi SRIKANDI",
                "Bulanan",
                [
                    ("Kuantitas", "Jumlah naskah dinas yang diagendakan", ("n", 1800, "naskah")),
                    ("Waktu", "Waktu pengagendaan naskah dinas masuk", ("hari", 1)),
                ],
            ),
            (
                "Tertatanya arsip dinamis sekretariat",
                "Arsip inaktif sekretariat tertata dan mudah ditemukan",
                "Daftar arsip inaktif",
                "Record center Inspektorat",
                "Semesteran",
                [
                    ("Kuantitas", "Jumlah boks arsip inaktif yang tertata", ("n", 60, "boks")),
                    ("Kualitas", "Persentase arsip yang ditemukan kembali dalam waktu 5 menit", ("pct", 90)),
                ],
            ),
        ],
    ),
    "kasubag_umum": dict(
        jenis="ja",
        instansi="kemenag",
        gol="III/d",
        gelar="S.Ag., M.Pd.",
        title="Kepala Subbagian Umum dan Kepegawaian",
        unit="Bagian Tata Usaha",
        rk=[
            (
                "Meningkatnya kualitas layanan kepegawaian di lingkungan Kanwil",
                "Usulan layanan kepegawaian diproses sesuai standar pelayanan",
                "Rekap usulan layanan",
                "Aplikasi SIMPEG Kemenag",
                "Bulanan",
                [
                    (
                        "Kuantitas",
                        "Jumlah usulan kenaikan pangkat dan pensiun yang diproses",
                        ("n", 350, "usulan"),
                    ),
                    ("Waktu", "Waktu penyelesaian usulan kenaikan pangkat", ("hari", 14)),
                ],
            ),
            (
                "Tersedianya sarana prasarana kantor yang layak",
                "Barang milik negara tercatat dan terpelihara",
                "Laporan BMN semesteran",
                "Aplikasi SIMAK BMN",
                "Semesteran",
                [
                    ("Kuantitas", "Jumlah laporan BMN yang disampaikan", ("kata", 2, "laporan")),
                    ("Kualitas", "Persentase BMN dalam kondisi baik", ("pct", 85)),
                ],
            ),
        ],
    ),
    # --- JF ---
    "dokter": dict(
        jenis="jf",
        instansi="rsud",
        gol="III/d",
        gelar="",
        title="Dokter Ahli Muda",
        prefix="dr. ",
        unit="Instalasi Rawat Jalan",
        rk=[
            (
                "Meningkatnya mutu layanan rawat jalan",
                "Pasien rawat jalan mendapat pelayanan medis sesuai standar",
                "Rekam medis elektronik",
                "SIMRS",
                "Bulanan",
                [
                    (
                        "Kuantitas",
                        "Jumlah pasien rawat jalan yang dilayani sesuai panduan praktik klinis",
                        ("n", 2400, "pasien"),
                    ),
                    ("Kualitas", "Persentase kelengkapan pengisian rekam medis", ("pct", 95)),
                ],
            ),
            (
                "Menurunnya angka rujukan kasus non-spesialistik",
                "Kasus gawat darurat tertangani tuntas di IGD",
                "Register IGD",
                "Instalasi Gawat Darurat",
                "Bulanan",
                [
                    ("Kuantitas", "Jumlah kasus gawat darurat yang ditangani tuntas", ("n", 480, "kasus")),
                    ("Waktu", "Waktu tanggap pelayanan dokter IGD", ("hari", 1)),
                ],
            ),
        ],
        butir=[
            ("Melakukan pelayanan medik umum rawat jalan tingkat lanjut", "Rekam medis", "0,006"),
            ("Melakukan tindakan darurat medik pada kasus gawat darurat", "Laporan tindakan", "0,015"),
            ("Melakukan audit medik", "Laporan audit", "0,200"),
        ],
    ),
    "perawat": dict(
        jenis="jf",
        instansi="rsud",
        gol="II/c",
        gelar="A.Md.Kep.",
        title="Perawat Terampil",
        unit="Ruang Rawat Inap Penyakit Dalam",
        rk=[
            (
                "Pasien rawat inap mendapat asuhan keperawatan sesuai standar",
                "Asuhan keperawatan pasien rawat inap terdokumentasi lengkap",
                "Dokumen asuhan keperawatan",
                "Kepala Ruang Rawat Inap",
                "Bulanan",
                [
                    ("Kuantitas", "Jumlah dokumen asuhan keperawatan yang lengkap", ("n", 360, "dokumen")),
                    ("Kualitas", "Persentase pasien tanpa kejadian jatuh", ("pct", 95)),
                ],
            ),
            (
                "Meningkatnya keselamatan pasien",
                "Obat pasien diberikan tepat sesuai prinsip 6 benar",
                "Lembar pemberian obat",
                "Instalasi Farmasi",
                "Bulanan",
                [
                    (
                        "Kuantitas",
                        "Jumlah pasien yang menerima obat sesuai prinsip 6 benar",
                        ("n", 300, "pasien"),
                    ),
                    (
                        "Kualitas",
                        "Persentase pemberian obat tanpa kejadian tidak diharapkan",
                        ("range", 95, 100),
                    ),
                ],
            ),
        ],
        butir=[
            ("Melakukan pengkajian keperawatan dasar pada individu", "Dokumen pengkajian", "0,004"),
            ("Memberikan obat melalui oral/parenteral", "Catatan pemberian obat", "0,003"),
        ],
    ),
    "guru": dict(
        jenis="jf",
        instansi="kemenag",
        gol="III/b",
        gelar="S.Pd.",
        title="Guru Ahli Pertama",
        unit="MTs Negeri 2 Lombok Timur",
        rk=[
            (
                "Meningkatnya mutu hasil belajar peserta didik",
                "Peserta didik kelas VIII mencapai KKM mata pelajaran Matematika",
                "Daftar nilai",
                "Wali kelas dan aplikasi e-Rapor",
                "Semesteran",
                [
                    ("Kuantitas", "Jumlah peserta didik yang mencapai KKM", ("n", 96, "siswa")),
                    ("Kualitas", "Rata-rata nilai ulangan akhir semester", ("poin", 78, "poin")),
                ],
            ),
            (
                "Terlaksananya pembelajaran yang berpusat pada peserta didik",
                "Perangkat ajar Kurikulum Merdeka tersedia untuk seluruh fase",
                "Modul ajar",
                "Wakil Kepala Madrasah Bidang Kurikulum",
                "Semesteran",
                [
                    ("Kuantitas", "Jumlah modul ajar yang disahkan kepala madrasah", ("n", 8, "modul")),
                    ("Waktu", "Waktu penyelesaian modul ajar", ("bulan", 2)),
                ],
            ),
        ],
        butir=[
            ("Melaksanakan pembelajaran/bimbingan", "Jurnal mengajar", "1,500"),
            ("Menyusun modul ajar", "Modul ajar", "0,500"),
        ],
    ),
    "penyuluh": dict(
        jenis="jf",
        instansi="distan",
        gol="III/b",
        gelar="S.P.",
        title="Penyuluh Pertanian Mahir",
        unit="BPP Kapanewon Playen",
        rk=[
            (
                "Meningkatnya produktivitas padi di Kapanewon Playen",
                "Kelompok tani binaan menerapkan budidaya padi sesuai GAP",
                "Data kelompok tani",
                "Laporan BPP Playen",
                "Triwulanan",
                [
                    ("Kuantitas", "Jumlah kelompok tani yang menerapkan GAP", ("n", 18, "kelompok tani")),
                    ("Kualitas", "Produktivitas padi kelompok binaan", ("poin", 6.2, "ton/ha")),
                ],
            ),
            (
                "Meningkatnya kapasitas kelembagaan petani",
                "Gapoktan binaan naik kelas kemampuan",
                "Hasil penilaian kelas kelompok",
                "Dinas Pertanian dan Pangan",
                "Tahunan",
                [
                    ("Kuantitas", "Jumlah gapoktan yang naik kelas", ("kata", 3, "gapoktan")),
                    ("Waktu", "Waktu penilaian kelas kelompok", ("bulan", 9)),
                ],
            ),
        ],
        butir=[
            ("Menyusun programa penyuluhan pertanian tingkat kecamatan", "Dokumen programa", "0,150"),
            ("Melaksanakan demonstrasi cara", "Laporan demonstrasi", "0,060"),
            ("Menumbuhkan/mengembangkan kelembagaan petani", "Berita acara", "0,180"),
        ],
    ),
    "auditor": dict(
        jenis="jf",
        instansi="inspektorat",
        gol="IV/b",
        gelar="S.E., M.Ak., CA.",
        title="Auditor Madya",
        unit="Inspektur Pembantu Wilayah II",
        rk=[
            (
                "Meningkatnya kualitas tata kelola keuangan perangkat daerah",
                "Laporan hasil audit kinerja perangkat daerah diterbitkan tepat waktu",
                "Laporan hasil audit",
                "Sekretariat Inspektorat",
                "Triwulanan",
                [
                    ("Kuantitas", "Jumlah laporan hasil audit yang diterbitkan", ("n", 8, "LHA")),
                    ("Waktu", "Waktu penerbitan LHA setelah audit selesai", ("hari", 15)),
                ],
            ),
            (
                "Meningkatnya tindak lanjut hasil pengawasan",
                "Rekomendasi hasil pengawasan ditindaklanjuti perangkat daerah",
                "Matriks tindak lanjut",
                "Aplikasi SIPTL",
                "Semesteran",
                [("Kualitas", "Persentase rekomendasi yang telah ditindaklanjuti", ("range", 80, 90))],
            ),
        ],
        butir=[
            ("Mereviu konsep laporan hasil audit", "Konsep LHA", "0,300"),
            ("Melakukan pemantauan tindak lanjut hasil pengawasan", "Laporan pemantauan", "0,120"),
        ],
    ),
    "analis_kebijakan": dict(
        jenis="jf",
        instansi="kemenag",
        gol="III/c",
        gelar="S.Sos., M.A.P.",
        title="Analis Kebijakan Ahli Muda",
        unit="Bagian Tata Usaha",
        rk=[
            (
                "Tersedianya rekomendasi kebijakan layanan keagamaan",
                "Rekomendasi kebijakan layanan KUA disampaikan kepada pimpinan",
                "Policy brief",
                "Bagian Tata Usaha",
                "Semesteran",
                [
                    (
                        "Kuantitas",
                        "Jumlah policy brief yang disampaikan kepada Kepala Kanwil",
                        ("kata", 3, "policy brief"),
                    ),
                    ("Kualitas", "Persentase rekomendasi yang diterima pimpinan", ("pct", 70)),
                ],
            ),
        ],
        butir=[
            ("Menyusun policy brief", "Policy brief", "0,440"),
            ("Melakukan analisis dampak kebijakan", "Laporan analisis", "0,800"),
        ],
    ),
    "pranata_lab": dict(
        jenis="jf",
        instansi="dinkes",
        gol="III/c",
        gelar="A.Md.A.K.",
        title="Pranata Laboratorium Kesehatan Penyelia",
        unit="UPT Laboratorium Kesehatan Daerah",
        rk=[
            (
                "Meningkatnya kapasitas laboratorium kesehatan daerah",
                "Spesimen rujukan diperiksa sesuai standar mutu",
                "Register spesimen",
                "SILKA UPT Labkesda",
                "Bulanan",
                [
                    ("Kuantitas", "Jumlah spesimen yang diperiksa", ("n", 5000, "spesimen")),
                    ("Waktu", "Waktu keluarnya hasil pemeriksaan", ("hari", 3)),
                ],
            ),
            (
                "Laboratorium mempertahankan akreditasi",
                "Mutu hasil pemeriksaan laboratorium terjamin",
                "Laporan PMI",
                "Manajer Mutu",
                "Bulanan",
                [
                    ("Kuantitas", "Jumlah laporan pemantapan mutu internal", ("kata", 12, "laporan")),
                    ("Kualitas", "Persentase parameter yang lolos uji profisiensi", ("pct", 95)),
                ],
            ),
        ],
        butir=[
            ("Melakukan pemeriksaan spesimen dengan metode sederhana", "Hasil pemeriksaan", "0,010"),
            ("Melakukan pemantapan mutu internal", "Laporan PMI", "0,040"),
        ],
    ),
    "pbj": dict(
        jenis="jf",
        instansi="pupr",
        gol="III/c",
        gelar="S.T.",
        title="Pengelola Pengadaan Barang/Jasa Muda",
        unit="Bagian Pengadaan Barang/Jasa",
        rk=[
            (
                "Terlaksananya pengadaan barang/jasa yang efektif dan akuntabel",
                "Paket tender konstruksi selesai dipilih penyedianya",
                "Berita acara hasil pemilihan",
                "Aplikasi SPSE",
                "Triwulanan",
                [
                    ("Kuantitas", "Jumlah paket tender yang selesai diproses", ("n", 25, "paket")),
                    ("Waktu", "Waktu penyelesaian tender", ("hari", 30)),
                ],
            ),
            (
                "Meningkatnya efisiensi belanja pengadaan",
                "Nilai penghematan hasil tender tercapai",
                "Rekap hasil tender",
                "Aplikasi SPSE",
                "Semesteran",
                [("Kuantitas", "Persentase efisiensi hasil tender terhadap pagu", ("range", 5, 10))],
            ),
        ],
        butir=[
            ("Melakukan evaluasi penawaran", "Berita acara evaluasi", "0,150"),
            ("Melakukan reviu dokumen persiapan pengadaan", "Laporan reviu", "0,075"),
        ],
    ),
    "statistisi": dict(
        jenis="jf",
        instansi="bps",
        gol="III/a",
        gelar="S.Tr.Stat.",
        title="Statistisi Ahli Pertama",
        unit="Fungsi Statistik Sosial",
        rk=[
            (
                "Tersedianya data kemiskinan provinsi yang berkualitas",
                "Data Susenas Maret dan September terkumpul lengkap dan tervalidasi",
                "Dokumen Susenas",
                "Aplikasi FASIH",
                "Semesteran",
                [
                    ("Kuantitas", "Jumlah dokumen Susenas yang divalidasi", ("n", 1200, "dokumen")),
                    ("Kualitas", "Persentase dokumen bebas error konsistensi", ("pct", 98)),
                ],
            ),
            (
                "Terbitnya publikasi statistik sosial tepat waktu",
                "Publikasi Statistik Kesejahteraan Rakyat terbit sesuai ARC",
                "Publikasi",
                "Website BPS Provinsi",
                "Tahunan",
                [
                    ("Kuantitas", "Jumlah publikasi yang terbit", ("n", 2, "publikasi")),
                    ("Waktu", "Waktu rilis publikasi sesuai jadwal ARC", ("bulan", 11)),
                ],
            ),
        ],
        butir=[
            ("Melakukan pemeriksaan dokumen hasil pendataan", "Dokumen terperiksa", "0,001"),
            ("Menyusun publikasi statistik", "Publikasi", "0,250"),
        ],
    ),
    "pranata_komputer": dict(
        jenis="jf",
        instansi="bps",
        gol="II/d",
        gelar="A.Md.",
        title="Pranata Komputer Terampil",
        unit="Bagian Umum",
        rk=[
            (
                "Infrastruktur TIK kantor berfungsi optimal",
                "Gangguan jaringan dan perangkat komputer tertangani",
                "Log helpdesk",
                "Aplikasi helpdesk TI",
                "Bulanan",
                [
                    ("Kuantitas", "Jumlah tiket gangguan yang diselesaikan", ("n", 150, "tiket")),
                    ("Waktu", "Waktu penyelesaian tiket gangguan", ("hari", 2)),
                ],
            ),
        ],
        butir=[
            ("Melakukan perawatan perangkat keras", "Laporan perawatan", "0,008"),
            ("Melakukan pemeliharaan jaringan", "Laporan pemeliharaan", "0,010"),
        ],
    ),
    "epidemiolog": dict(
        jenis="jf",
        instansi="dinkes",
        gol="III/c",
        gelar="S.KM., M.Epid.",
        title="Epidemiolog Kesehatan Ahli Muda selaku Ketua Tim Kerja Surveilans",
        unit="Bidang Pencegahan dan Pengendalian Penyakit",
        rk=[
            (
                "Menurunnya kejadian luar biasa penyakit menular",
                "Sinyal KLB terverifikasi dan direspons dalam 24 jam",
                "Laporan SKDR",
                "Aplikasi SKDR",
                "Mingguan",
                [
                    ("Kuantitas", "Jumlah sinyal KLB yang diverifikasi", ("n", 52, "sinyal")),
                    (
                        "Kualitas",
                        "Persentase sinyal KLB yang direspons kurang dari 24 jam",
                        ("range", 80, 90),
                    ),
                ],
            ),
            (
                "Tersedianya informasi epidemiologi untuk pengambilan keputusan",
                "Buletin surveilans epidemiologi terbit rutin",
                "Buletin",
                "Bidang P2P",
                "Triwulanan",
                [("Kuantitas", "Jumlah buletin surveilans yang terbit", ("kata", 4, "buletin"))],
            ),
        ],
        butir=[
            ("Melakukan verifikasi sinyal kewaspadaan dini", "Laporan verifikasi", "0,030"),
            ("Menyusun buletin epidemiologi", "Buletin", "0,200"),
        ],
    ),
    "arsiparis": dict(
        jenis="jf",
        instansi="kemenag",
        gol="III/b",
        gelar="A.Md.",
        title="Arsiparis Mahir",
        unit="Bagian Tata Usaha",
        rk=[
            (
                "Tertib administrasi kearsipan Kanwil",
                "Arsip inaktif unit kerja dinilai dan didaftar",
                "Daftar arsip",
                "Aplikasi SIKN",
                "Triwulanan",
                [
                    ("Kuantitas", "Jumlah berkas arsip inaktif yang dideskripsi", ("n", 900, "berkas")),
                    ("Kualitas", "Persentase berkas yang sesuai klasifikasi arsip", ("pct", 95)),
                ],
            ),
        ],
        butir=[
            ("Melakukan pemberkasan arsip inaktif", "Daftar berkas", "0,004"),
            ("Melakukan pemindahan arsip inaktif", "Berita acara", "0,010"),
        ],
    ),
}

# JPT: instansi, golongan, title, penilai (name, nip or "-", pangkat or "-", jabatan, instansi),
# RK per perspektif: (perspektif, rk, [(iki, target)]).
JPT = {
    "kadinkes": dict(
        instansi="dinkes",
        gol="IV/c",
        gelar="dr.",
        title="Kepala Dinas Kesehatan Provinsi Sulawesi Tengah",
        penilai=(
            "Drs. H. Mahfud Lamarauna, M.Si.",
            "196705121992031004",
            "Pembina Utama Madya, IV/d",
            "Sekretaris Daerah Provinsi Sulawesi Tengah",
            "Pemerintah Provinsi Sulawesi Tengah",
        ),
        rk=[
            (
                "Penerima Layanan",
                "Meningkatnya derajat kesehatan masyarakat",
                [
                    ("Angka kematian ibu per 100.000 kelahiran hidup", ("poin", 180, "per 100.000 KH")),
                    ("Persentase balita stunting", ("pct", 18)),
                ],
            ),
            (
                "Proses Bisnis",
                "Meningkatnya akses dan mutu fasilitas pelayanan kesehatan",
                [("Persentase puskesmas terakreditasi paripurna", ("pct", 40))],
            ),
            (
                "Penguatan Internal",
                "Meningkatnya akuntabilitas kinerja Dinas Kesehatan",
                [("Nilai SAKIP Dinas Kesehatan", ("poin", 72.5, "poin"))],
            ),
            (
                "Anggaran",
                "Terwujudnya pengelolaan anggaran yang efektif",
                [("Persentase realisasi anggaran", ("pct", 95))],
            ),
        ],
    ),
    "kadispupr": dict(
        instansi="pupr",
        gol="IV/c",
        gelar="Ir.",
        title="Kepala Dinas Pekerjaan Umum dan Penataan Ruang",
        penilai=(
            "Dr. H. Firdaus Ramadhan, S.T., M.T.",
            "-",
            "-",
            "Wali Kota Pekanbaru",
            "Pemerintah Kota Pekanbaru",
        ),
        rk=[
            (
                "Penerima Layanan",
                "Meningkatnya kualitas infrastruktur jalan dan drainase kota",
                [
                    ("Persentase jalan kota dalam kondisi mantap", ("range", 80, 90)),
                    ("Luas genangan banjir di kawasan perkotaan", ("poin", 25, "hektare")),
                ],
            ),
            (
                "Proses Bisnis",
                "Meningkatnya kepatuhan pemanfaatan ruang",
                [("Persentase PBG yang terbit sesuai rencana tata ruang", ("pct", 90))],
            ),
            (
                "Penguatan Internal",
                "Meningkatnya kapasitas SDM teknis",
                [("Jumlah tenaga teknis bersertifikat kompetensi", ("n", 30, "orang"))],
            ),
            (
                "Anggaran",
                "Terkendalinya belanja modal infrastruktur",
                [
                    ("Realisasi belanja modal jalan", ("rp", 1250000000)),
                    ("Persentase realisasi fisik pekerjaan", ("pct", 100)),
                ],
            ),
        ],
    ),
    "kadistan": dict(
        instansi="distan",
        gol="IV/b",
        gelar="Ir.",
        title="Kepala Dinas Pertanian dan Pangan",
        penilai=(
            "H. Sunaryanta Wibisono",
            "-",
            "-",
            "Bupati Gunungkidul",
            "Pemerintah Kabupaten Gunungkidul",
        ),
        rk=[
            (
                "Penerima Layanan",
                "Meningkatnya ketahanan pangan daerah",
                [
                    ("Skor Pola Pangan Harapan", ("poin", 88, "skor")),
                    ("Produksi padi", ("n", 310000, "ton GKG")),
                ],
            ),
            (
                "Proses Bisnis",
                "Meningkatnya layanan penyuluhan pertanian",
                [("Persentase kelompok tani kelas madya ke atas", ("pct", 35))],
            ),
            (
                "Penguatan Internal",
                "Meningkatnya kualitas perencanaan dinas",
                [("Nilai evaluasi Renja", ("poin", 80, "poin"))],
            ),
            (
                "Anggaran",
                "Terwujudnya pengelolaan keuangan yang akuntabel",
                [("Persentase realisasi anggaran", ("pct", 95))],
            ),
        ],
    ),
    "kakanwil": dict(
        instansi="kemenag",
        gol="IV/d",
        gelar="Dr. H.",
        title="Kepala Kantor Wilayah Kementerian Agama Provinsi Nusa Tenggara Barat",
        penilai=(
            "Prof. Dr. H. Nizar Alamsyah, M.Ag.",
            "196801151994031002",
            "Pembina Utama, IV/e",
            "Sekretaris Jenderal Kementerian Agama",
            "Kementerian Agama",
        ),
        rk=[
            (
                "Penerima Layanan",
                "Meningkatnya kualitas layanan keagamaan",
                [("Indeks Kepuasan Layanan KUA", ("poin", 85, "indeks"))],
            ),
            (
                "Proses Bisnis",
                "Meningkatnya mutu pendidikan madrasah",
                [
                    ("Persentase madrasah terakreditasi A", ("pct", 45)),
                    ("Jumlah madrasah yang menerapkan e-RKAM", ("n", 850, "madrasah")),
                ],
            ),
            (
                "Penguatan Internal",
                "Terwujudnya zona integritas",
                [("Jumlah satker berpredikat WBK", ("n", 4, "satker"))],
            ),
            (
                "Anggaran",
                "Meningkatnya kualitas pelaksanaan anggaran",
                [("Nilai IKPA", ("poin", 95, "nilai"))],
            ),
        ],
    ),
    "inspektur": dict(
        instansi="inspektorat",
        gol="IV/c",
        gelar="Drs.",
        title="Inspektur Daerah Provinsi Jambi",
        penilai=(
            "H. Abdul Rahman Syarif, S.E., M.E.",
            "-",
            "-",
            "Gubernur Jambi",
            "Pemerintah Provinsi Jambi",
        ),
        rk=[
            (
                "Penerima Layanan",
                "Meningkatnya akuntabilitas pengelolaan keuangan daerah",
                [("Persentase rekomendasi BPK yang ditindaklanjuti", ("pct", 90))],
            ),
            (
                "Proses Bisnis",
                "Meningkatnya kapabilitas APIP",
                [("Level kapabilitas APIP", ("poin", 3, "level"))],
            ),
            (
                "Penguatan Internal",
                "Meningkatnya kualitas SDM pengawasan",
                [("Jumlah auditor yang mengikuti diklat sertifikasi", ("n", 12, "orang"))],
            ),
            (
                "Anggaran",
                "Meningkatnya efisiensi penggunaan anggaran pengawasan",
                [("Persentase realisasi anggaran", ("pct", 95))],
            ),
        ],
    ),
}
