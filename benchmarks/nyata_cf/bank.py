"""Text bank of the held-out batch set ``nyata_cf``: Dinas Lingkungan Hidup Kabupaten Ranah Teduh (fictional),
Rencana SKP 2027. Every text here is written for this set (outcome-based RK, SPEC §1; no absolute words, SPEC
§5; every target with its satuan)."""

from __future__ import annotations

TAHUN = 2027
KABUPATEN = "Kabupaten Ranah Teduh"
PEMDA = "PEMERINTAH KABUPATEN RANAH TEDUH"
DINAS = "Dinas Lingkungan Hidup"
DINAS_PANJANG = "Dinas Lingkungan Hidup Kabupaten Ranah Teduh"
TEMPAT = "Ranah Teduh"

UNIT = {
    "pimpinan": "Dinas Lingkungan Hidup",
    "sekretariat": "Sekretariat",
    "tl": "Bidang Tata Lingkungan",
    "pslb3": "Bidang Pengelolaan Sampah dan Limbah B3",
    "penaatan": "Bidang Penaatan dan Peningkatan Kapasitas Lingkungan Hidup",
    "upt": "UPT Laboratorium Lingkungan",
}
FOLDER = {
    "pimpinan": "",
    "sekretariat": "01 Sekretariat",
    "tl": "02 Bidang Tata Lingkungan",
    "pslb3": "03 Bidang PSLB3",
    "penaatan": "04 Bidang Penaatan dan Kapasitas LH",
    "upt": "05 UPT Laboratorium Lingkungan",
}

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
JENJANG_GOL = {
    "Terampil": ["II/b", "II/c", "II/d"],
    "Mahir": ["III/a", "III/b"],
    "Ahli Pertama": ["III/a", "III/b"],
    "Ahli Muda": ["III/c", "III/d"],
    "Ahli Madya": ["IV/a", "IV/b", "IV/c"],
}

NAMA_DEPAN = [
    "Aditya",
    "Agustina",
    "Ahmad",
    "Alfian",
    "Anisa",
    "Ardiansyah",
    "Ayu",
    "Bagus",
    "Bayu",
    "Citra",
    "Dedi",
    "Desi",
    "Dimas",
    "Dwi",
    "Eka",
    "Elvira",
    "Fajar",
    "Farida",
    "Fitri",
    "Galih",
    "Gita",
    "Hadi",
    "Hendra",
    "Ika",
    "Imam",
    "Indah",
    "Irfan",
    "Joko",
    "Kurnia",
    "Lestari",
    "Lukman",
    "Maya",
    "Mulyadi",
    "Nanda",
    "Novita",
    "Nurhayati",
    "Oktavia",
    "Purnama",
    "Putri",
    "Rahmat",
    "Ratna",
    "Reza",
    "Rina",
    "Rizky",
    "Rudi",
    "Sari",
    "Septian",
    "Siti",
    "Sri",
    "Syahrul",
    "Taufik",
    "Tri",
    "Utami",
    "Vera",
    "Wahyu",
    "Wulan",
    "Yogi",
    "Yulia",
    "Zainal",
    "Zulfa",
]
NAMA_BELAKANG = [
    "Adisaputra",
    "Anggraini",
    "Batubara",
    "Damanik",
    "Febriani",
    "Gunawan",
    "Halim",
    "Handayani",
    "Harahap",
    "Hasibuan",
    "Iskandar",
    "Kartika",
    "Kusuma",
    "Lubis",
    "Marpaung",
    "Maulana",
    "Nainggolan",
    "Nasution",
    "Pane",
    "Permana",
    "Pratama",
    "Purba",
    "Rambe",
    "Ramadhan",
    "Rangkuti",
    "Ritonga",
    "Saputra",
    "Setiawati",
    "Simatupang",
    "Sitompul",
    "Siregar",
    "Tambunan",
    "Tanjung",
    "Wibisono",
    "Wijaya",
    "Yusuf",
]
GELAR = {
    "jpt": ["S.T., M.Si.", "S.Si., M.T."],
    "admin": ["S.T., M.Si.", "S.Si., M.Sc.", "S.E., M.M.", "S.Hut., M.Si."],
    "pengawas": ["S.T.", "S.Si.", "S.Sos.", "S.E.", "S.KM.", "S.Hut."],
    "jf": ["S.T.", "S.Si.", "S.Kom.", "S.E.", "S.P.", "S.Hut."],
    "pelaksana": ["A.Md.", "S.E.", "S.Sos.", "", "", "A.Md.Kes."],
}

# ------------------------------------------------------------------ superiors' RK
# Each RK: text, topic (the short object a staff RK is built on), IKI list (aspek, text, target), cite (key of
# the superior RK it intervenes). Kadis (JPT) RK carry perspektif and a manual.

KADIS_RK = [
    {
        "key": "K1",
        "perspektif": "Penerima Layanan",
        "text": "Meningkatnya kualitas lingkungan hidup di Kabupaten Ranah Teduh",
        "iki": "Indeks Kualitas Lingkungan Hidup (IKLH) kabupaten",
        "target": "68,5 poin",
        "manual": {
            "deskripsi": "Kondisi air, udara, tutupan lahan dan air laut kabupaten yang membaik.",
            "definisi": "Nilai komposit Indeks Kualitas Air, Udara, Tutupan Lahan dan Air Laut menurut KLHK.",
            "formula": "IKLH = 0,376 IKA + 0,405 IKU + 0,219 IKTL",
            "tujuan": "Mengukur hasil perlindungan dan pengelolaan lingkungan hidup kabupaten.",
            "satuan": "poin",
            "sumber": "Rilis IKLH Kementerian Lingkungan Hidup dan Kehutanan",
        },
    },
    {
        "key": "K2",
        "perspektif": "Proses Bisnis",
        "text": "Meningkatnya pengelolaan sampah rumah tangga dan sampah sejenis sampah rumah tangga "
        "yang berwawasan lingkungan",
        "iki": "Persentase sampah rumah tangga yang terkelola",
        "target": "78 %",
        "manual": {
            "deskripsi": "Sampah rumah tangga yang dikurangi dan ditangani sesuai Jakstrada.",
            "definisi": "Jumlah sampah terkurangi dan tertangani dibagi timbulan sampah kabupaten.",
            "formula": "(sampah terkurangi + sampah tertangani) / timbulan sampah x 100 %",
            "tujuan": "Mengukur capaian Jakstrada pengelolaan sampah.",
            "satuan": "persen",
            "sumber": "SIPSN dan laporan Bidang PSLB3",
        },
    },
    {
        "key": "K3",
        "perspektif": "Proses Bisnis",
        "text": "Meningkatnya ketaatan penanggung jawab usaha dan/atau kegiatan terhadap "
        "persetujuan lingkungan",
        "iki": "Persentase usaha dan/atau kegiatan yang taat terhadap persetujuan lingkungan",
        "target": "82 %",
        "manual": {
            "deskripsi": "Usaha dan/atau kegiatan yang memenuhi kewajiban persetujuan lingkungannya.",
            "definisi": "Usaha yang dinyatakan taat hasil pengawasan dibagi usaha yang diawasi.",
            "formula": "usaha taat / usaha yang diawasi x 100 %",
            "tujuan": "Mengukur efektivitas pengawasan dan pembinaan ketaatan.",
            "satuan": "persen",
            "sumber": "Berita acara pengawasan Bidang Penaatan",
        },
    },
    {
        "key": "K4",
        "perspektif": "Penguatan Internal",
        "text": "Meningkatnya akuntabilitas kinerja dan kualitas tata kelola Dinas Lingkungan Hidup",
        "iki": "Nilai hasil evaluasi SAKIP perangkat daerah",
        "target": "75 poin",
        "manual": {
            "deskripsi": "Perencanaan, pengukuran dan pelaporan kinerja dinas yang makin baik.",
            "definisi": "Nilai evaluasi akuntabilitas kinerja dinas oleh Inspektorat.",
            "formula": "Nilai LHE SAKIP perangkat daerah",
            "tujuan": "Mengukur kualitas manajemen kinerja dinas.",
            "satuan": "poin",
            "sumber": "LHE SAKIP Inspektorat Kabupaten",
        },
    },
    {
        "key": "K5",
        "perspektif": "Anggaran",
        "text": "Terwujudnya pengelolaan keuangan dinas yang tertib, transparan dan akuntabel",
        "iki": "Persentase realisasi anggaran dinas",
        "target": "95 %",
        "manual": {
            "deskripsi": "Anggaran dinas yang terserap sesuai rencana dan dipertanggungjawabkan.",
            "definisi": "Realisasi belanja dibagi pagu anggaran dinas tahun berjalan.",
            "formula": "realisasi belanja / pagu anggaran x 100 %",
            "tujuan": "Mengukur ketertiban pelaksanaan anggaran.",
            "satuan": "persen",
            "sumber": "Laporan realisasi anggaran SIPD",
        },
    },
    {
        "key": "K6",
        "perspektif": "Penerima Layanan",
        "text": "Meningkatnya mutu layanan pengujian parameter kualitas lingkungan di laboratorium "
        "lingkungan daerah",
        "iki": "Indeks kepuasan pelanggan layanan laboratorium lingkungan",
        "target": "86 poin",
        "manual": {
            "deskripsi": "Pelanggan laboratorium yang puas atas ketepatan dan kecepatan hasil uji.",
            "definisi": "Nilai survei kepuasan masyarakat atas layanan UPT Laboratorium Lingkungan.",
            "formula": "Nilai IKM menurut Permen PANRB 14/2017",
            "tujuan": "Mengukur mutu layanan laboratorium.",
            "satuan": "poin",
            "sumber": "Survei kepuasan masyarakat UPT",
        },
    },
]
KADIS_TAMBAHAN = {
    "text": "Terbentuknya kelompok masyarakat peduli sungai di kecamatan rawan banjir",
    "iki": "Jumlah kelompok masyarakat peduli sungai yang terbentuk",
    "target": "4 kelompok",
}


def _r(key: str, cite: str, text: str, topic: str, iki: list[tuple[str, str, str]], **kw: object) -> dict:
    return {"key": key, "cite": cite, "text": text, "topic": topic, "iki": iki, **kw}


SUPERIOR_RK: dict[str, list[dict]] = {
    "sekretaris": [
        _r(
            "S1",
            "K4",
            "Dokumen perencanaan, pengendalian dan laporan kinerja dinas yang tersusun tepat waktu dan "
            "sesuai ketentuan",
            "perencanaan dan kinerja dinas",
            [
                (
                    "Kuantitas",
                    "Jumlah dokumen perencanaan dan laporan kinerja dinas yang tersusun",
                    "6 dokumen",
                ),
                ("Waktu", "Ketepatan waktu penyampaian dokumen perencanaan dan laporan kinerja", "12 bulan"),
            ],
        ),
        _r(
            "S2",
            "K4",
            "Meningkatnya kualitas layanan administrasi umum, kepegawaian dan kerumahtanggaan dinas",
            "administrasi umum dan kepegawaian",
            [
                ("Kuantitas", "Jumlah laporan layanan administrasi umum dan kepegawaian", "12 laporan"),
                ("Kualitas", "Persentase layanan administrasi yang diselesaikan tanpa keluhan", "90 %"),
            ],
        ),
        _r(
            "S3",
            "K5",
            "Laporan keuangan dinas yang akuntabel dan disampaikan tepat waktu kepada BPKAD",
            "keuangan dinas",
            [
                ("Kuantitas", "Jumlah laporan keuangan dinas yang tersaji", "3 laporan"),
                ("Kualitas", "Persentase temuan pemeriksaan keuangan yang ditindaklanjuti", "95 %"),
            ],
        ),
    ],
    # the Sekretaris is Plt. Kepala Bidang Penaatan: these RK of the vacant post are his direktif
    "sekretaris_plt": [
        _r(
            "S4",
            "K3",
            "Meningkatnya ketaatan usaha dan/atau kegiatan melalui pengawasan dan penegakan hukum "
            "lingkungan hidup",
            "pengawasan ketaatan lingkungan",
            [
                ("Kuantitas", "Jumlah usaha dan/atau kegiatan yang diawasi ketaatannya", "60 usaha"),
                ("Kualitas", "Persentase rekomendasi pengawasan yang ditindaklanjuti pelaku usaha", "80 %"),
            ],
            direktif=True,
        ),
        _r(
            "S5",
            "K1",
            "Meningkatnya kapasitas masyarakat dan pelaku usaha dalam perlindungan dan pengelolaan "
            "lingkungan hidup",
            "kapasitas masyarakat peduli lingkungan",
            [
                ("Kuantitas", "Jumlah kelompok masyarakat dan pelaku usaha yang dibina", "40 kelompok"),
                ("Kualitas", "Persentase kelompok binaan yang aktif melaporkan kegiatannya", "75 %"),
            ],
            direktif=True,
        ),
    ],
    "kabid_tl": [
        _r(
            "T1",
            "K1",
            "Tersedianya dokumen kajian lingkungan hidup strategis dan daya dukung daya tampung lingkungan "
            "hidup sebagai dasar perencanaan pembangunan daerah",
            "kajian lingkungan hidup strategis",
            [
                ("Kuantitas", "Jumlah dokumen KLHS dan D3TLH yang tervalidasi", "3 dokumen"),
                (
                    "Kualitas",
                    "Persentase rekomendasi KLHS yang diakomodasi dalam dokumen perencanaan",
                    "85 %",
                ),
                ("Waktu", "Ketepatan waktu validasi dokumen KLHS", "10 bulan"),
            ],
        ),
        _r(
            "T2",
            "K1",
            "Meningkatnya luas ruang terbuka hijau publik yang terpelihara di kawasan perkotaan",
            "ruang terbuka hijau publik",
            [
                ("Kuantitas", "Luas ruang terbuka hijau publik yang terpelihara", "42 hektare"),
                ("Kualitas", "Persentase taman kota dengan kondisi vegetasi baik", "85 %"),
                ("Waktu", "Ketepatan waktu pemeliharaan taman kota sesuai jadwal", "12 bulan"),
            ],
        ),
        _r(
            "T3",
            "K1",
            "Meningkatnya kualitas air sungai utama melalui pemantauan dan pengendalian sumber pencemar "
            "air di daerah aliran sungai",
            "kualitas air sungai",
            [
                ("Kuantitas", "Jumlah titik pantau kualitas air sungai yang diuji", "24 titik"),
                ("Kualitas", "Persentase titik pantau yang memenuhi baku mutu kelas II", "70 %"),
                ("Waktu", "Ketepatan waktu penyampaian laporan pemantauan kualitas air", "12 bulan"),
            ],
        ),
        _r(
            "T4",
            "K3",
            "Tersedianya rekomendasi teknis persetujuan lingkungan yang diterbitkan sesuai standar pelayanan",
            "persetujuan lingkungan",
            [
                (
                    "Kuantitas",
                    "Jumlah rekomendasi teknis persetujuan lingkungan yang terbit",
                    "45 rekomendasi",
                ),
                ("Kualitas", "Persentase rekomendasi yang terbit tanpa pengembalian berkas", "90 %"),
                ("Waktu", "Rata-rata waktu penerbitan rekomendasi teknis", "10 hari"),
            ],
        ),
    ],
    "kabid_pslb3": [
        _r(
            "B1",
            "K2",
            "Meningkatnya persentase pengurangan sampah rumah tangga melalui bank sampah dan TPS3R di "
            "wilayah perkotaan dan perdesaan",
            "pengurangan sampah",
            [
                ("Kuantitas", "Jumlah sampah yang terkurangi melalui bank sampah dan TPS3R", "9.500 ton"),
                ("Kualitas", "Persentase pengurangan sampah terhadap timbulan sampah", "28 %"),
                ("Waktu", "Ketepatan waktu pelaporan capaian pengurangan sampah", "12 bulan"),
            ],
        ),
        _r(
            "B2",
            "K2",
            "Meningkatnya persentase sampah rumah tangga yang tertangani dan terangkut ke TPA Bukit Sembilan",
            "penanganan sampah",
            [
                ("Kuantitas", "Jumlah kecamatan yang terlayani pengangkutan sampah", "14 kecamatan"),
                ("Kualitas", "Persentase penanganan sampah terhadap timbulan sampah", "50 %"),
                ("Waktu", "Ketepatan waktu pelaporan capaian penanganan sampah", "12 bulan"),
            ],
        ),
        _r(
            "B3",
            "K3",
            "Terkelolanya limbah bahan berbahaya dan beracun dari fasilitas pelayanan kesehatan dan usaha "
            "skala kecil sesuai ketentuan",
            "limbah B3",
            [
                ("Kuantitas", "Jumlah penghasil limbah B3 yang terdata dan dibina", "85 penghasil"),
                ("Kualitas", "Persentase penghasil limbah B3 yang mengelola limbah sesuai ketentuan", "75 %"),
                ("Waktu", "Ketepatan waktu penyampaian neraca limbah B3 kabupaten", "12 bulan"),
            ],
        ),
        _r(
            "B4",
            "K2",
            "Tersedianya sistem informasi pengelolaan sampah daerah yang terintegrasi dengan SIPSN",
            "sistem informasi sampah",
            [
                ("Kuantitas", "Jumlah modul sistem informasi pengelolaan sampah yang beroperasi", "4 modul"),
                ("Kualitas", "Persentase data TPS dan TPA yang terunggah ke SIPSN", "90 %"),
                ("Waktu", "Ketepatan waktu pemutakhiran data SIPSN", "12 bulan"),
            ],
            skip_cover=True,
        ),
    ],
    "kadis_upt": [
        _r(
            "U1",
            "K6",
            "Meningkatnya jumlah sampel uji kualitas air, udara dan tanah yang dianalisis sesuai metode "
            "terakreditasi",
            "pengujian sampel lingkungan",
            [
                ("Kuantitas", "Jumlah sampel lingkungan yang dianalisis", "1.200 sampel"),
                ("Kualitas", "Persentase hasil uji profisiensi yang memuaskan", "90 %"),
                ("Waktu", "Rata-rata waktu analisis sampel", "7 hari"),
            ],
        ),
        _r(
            "U2",
            "K6",
            "Sertifikat hasil uji laboratorium yang terbit tepat waktu sesuai janji layanan",
            "sertifikat hasil uji",
            [
                ("Kuantitas", "Jumlah sertifikat hasil uji yang terbit", "400 sertifikat"),
                ("Kualitas", "Persentase sertifikat hasil uji tanpa koreksi", "95 %"),
                ("Waktu", "Rata-rata waktu penerbitan sertifikat hasil uji", "10 hari"),
            ],
        ),
        _r(
            "U3",
            "K6",
            "Terpeliharanya sistem manajemen mutu laboratorium sesuai SNI ISO/IEC 17025:2017",
            "sistem manajemen mutu laboratorium",
            [
                ("Kuantitas", "Jumlah dokumen sistem mutu yang dimutakhirkan", "12 dokumen"),
                ("Kualitas", "Persentase temuan audit internal yang ditutup", "90 %"),
                ("Waktu", "Ketepatan waktu kaji ulang manajemen", "12 bulan"),
            ],
        ),
        _r(
            "U4",
            "K5",
            "Meningkatnya pendapatan retribusi pelayanan laboratorium lingkungan",
            "retribusi laboratorium",
            [
                ("Kuantitas", "Jumlah pelanggan yang membayar retribusi tepat waktu", "150 pelanggan"),
                ("Kualitas", "Persentase setoran retribusi yang tercatat di kas daerah", "95 %"),
                ("Waktu", "Ketepatan waktu penyetoran retribusi", "12 bulan"),
            ],
            skip_cover=True,
        ),
    ],
    "kasubbag_umpeg": [
        _r(
            "M1",
            "S2",
            "Tertib administrasi persuratan dan kearsipan dinas sesuai tata naskah dinas",
            "persuratan dan kearsipan",
            [
                ("Kuantitas", "Jumlah berkas arsip aktif yang tertata", "1.500 berkas"),
                ("Kualitas", "Persentase surat masuk yang terdistribusi pada hari yang sama", "95 %"),
                ("Waktu", "Ketepatan waktu penataan arsip inaktif", "12 bulan"),
            ],
        ),
        _r(
            "M2",
            "S2",
            "Data dan dokumen kepegawaian pegawai dinas yang mutakhir dan tersinkron dengan SIASN",
            "data kepegawaian",
            [
                ("Kuantitas", "Jumlah data pegawai yang dimutakhirkan di SIASN", "95 data"),
                ("Kualitas", "Persentase usul layanan kepegawaian yang disetujui BKPSDM", "90 %"),
                ("Waktu", "Ketepatan waktu pengusulan kenaikan pangkat dan gaji berkala", "12 bulan"),
            ],
        ),
        _r(
            "M3",
            "S2",
            "Barang milik daerah pada dinas yang tercatat, terpelihara dan dilaporkan tepat waktu",
            "barang milik daerah",
            [
                ("Kuantitas", "Jumlah rekonsiliasi barang milik daerah yang tuntas", "4 rekonsiliasi"),
                ("Kualitas", "Persentase barang milik daerah berlabel dan terinventarisasi", "95 %"),
                ("Waktu", "Ketepatan waktu penyampaian laporan barang milik daerah", "12 bulan"),
            ],
        ),
    ],
    "kasubbag_keu": [
        _r(
            "F1",
            "S3",
            "Dokumen pelaksanaan anggaran dan perubahannya yang tersusun tepat waktu",
            "pelaksanaan anggaran",
            [
                ("Kuantitas", "Jumlah DPA dan DPPA yang tersusun", "2 dokumen"),
                ("Kualitas", "Persentase DPA yang disahkan tanpa revisi", "90 %"),
                ("Waktu", "Ketepatan waktu penyusunan DPA", "1 bulan"),
            ],
        ),
        _r(
            "F2",
            "S3",
            "Pertanggungjawaban belanja dinas yang lengkap dan sah",
            "pertanggungjawaban belanja",
            [
                ("Kuantitas", "Jumlah SPJ belanja yang terverifikasi", "600 SPJ"),
                ("Kualitas", "Persentase SPJ yang lengkap pada verifikasi pertama", "90 %"),
                ("Waktu", "Ketepatan waktu penyampaian SPJ fungsional", "12 bulan"),
            ],
        ),
        _r(
            "F3",
            "S3",
            "Laporan keuangan semesteran dan tahunan dinas yang tersaji sesuai SAP",
            "laporan keuangan",
            [
                ("Kuantitas", "Jumlah laporan keuangan yang tersaji", "2 dokumen"),
                ("Kualitas", "Persentase koreksi BPKAD yang ditindaklanjuti", "95 %"),
                ("Waktu", "Ketepatan waktu penyampaian laporan keuangan tahunan", "2 bulan"),
            ],
        ),
    ],
    "kasi_pkd": [
        _r(
            "P1",
            "T1",
            "Dokumen KLHS RPJMD dan RDTR yang tersusun sesuai kaidah dan tervalidasi",
            "KLHS RPJMD dan RDTR",
            [
                ("Kuantitas", "Jumlah dokumen KLHS yang tervalidasi", "3 dokumen"),
                ("Kualitas", "Persentase muatan KLHS yang memenuhi Permen LHK 69/2017", "90 %"),
                ("Waktu", "Ketepatan waktu validasi KLHS", "10 bulan"),
            ],
        ),
        _r(
            "P2",
            "T1",
            "Tersedianya data daya dukung dan daya tampung lingkungan hidup per kecamatan yang mutakhir",
            "daya dukung dan daya tampung lingkungan",
            [
                ("Kuantitas", "Jumlah kecamatan yang memiliki data D3TLH mutakhir", "14 kecamatan"),
                ("Kualitas", "Persentase data D3TLH yang terverifikasi lapangan", "80 %"),
                ("Waktu", "Ketepatan waktu pemutakhiran data D3TLH", "11 bulan"),
            ],
        ),
        _r(
            "P3",
            "T4",
            "Dokumen persetujuan lingkungan yang dinilai tepat waktu sesuai standar pelayanan minimal",
            "penilaian dokumen lingkungan",
            [
                ("Kuantitas", "Jumlah dokumen UKL-UPL yang dinilai", "45 dokumen"),
                ("Kualitas", "Persentase dokumen yang dinilai sesuai pedoman", "90 %"),
                ("Waktu", "Rata-rata waktu penilaian dokumen UKL-UPL", "10 hari"),
            ],
        ),
    ],
    "kasi_pengurangan": [
        _r(
            "R1",
            "B1",
            "Bertambahnya bank sampah unit yang aktif dan terdaftar di sepuluh kecamatan",
            "bank sampah unit",
            [
                ("Kuantitas", "Jumlah bank sampah unit baru yang aktif", "30 unit"),
                ("Kualitas", "Persentase bank sampah unit yang melapor bulanan", "80 %"),
            ],
            split={"satuan": "unit", "total": 30, "parts": [8, 8, 8, 4], "balanced": False},
        ),
        _r(
            "R2",
            "B1",
            "Berkurangnya timbulan sampah plastik sekali pakai di pasar rakyat dan pusat perbelanjaan",
            "sampah plastik sekali pakai",
            [
                (
                    "Kuantitas",
                    "Jumlah pasar dan pusat perbelanjaan yang menerapkan pembatasan plastik",
                    "12 lokasi",
                ),
                ("Kualitas", "Persentase penurunan kantong plastik di lokasi binaan", "30 %"),
            ],
        ),
        _r(
            "R3",
            "B1",
            "Meningkatnya jumlah TPS3R yang beroperasi dan melaporkan kinerjanya secara berkala",
            "TPS3R",
            [
                ("Kuantitas", "Jumlah TPS3R yang beroperasi", "9 TPS3R"),
                ("Waktu", "Ketepatan waktu pelaporan kinerja TPS3R", "12 bulan"),
            ],
        ),
    ],
    # the Kepala Seksi Pengurangan Sampah is Plh. Kepala Seksi Limbah B3 (vacant)
    "kasi_pengurangan_plh": [
        _r(
            "R4",
            "B3",
            "Meningkatnya persentase fasilitas pelayanan kesehatan yang mengelola limbah B3 sesuai izin",
            "limbah B3 fasilitas pelayanan kesehatan",
            [
                ("Kuantitas", "Jumlah fasilitas pelayanan kesehatan yang dibina", "35 fasyankes"),
                (
                    "Kualitas",
                    "Persentase fasyankes binaan yang memiliki kontrak pengangkutan limbah B3",
                    "85 %",
                ),
            ],
            direktif=True,
        ),
        _r(
            "R5",
            "B3",
            "Tersedianya data neraca limbah B3 dari usaha skala kecil yang terverifikasi",
            "neraca limbah B3",
            [
                ("Kuantitas", "Jumlah usaha skala kecil yang neraca limbah B3-nya terverifikasi", "50 usaha"),
                ("Waktu", "Ketepatan waktu rekap neraca limbah B3", "12 bulan"),
            ],
            direktif=True,
        ),
    ],
    "kasi_penanganan": [
        _r(
            "N1",
            "B2",
            "Meningkatnya volume sampah rumah tangga yang terangkut ke TPA Bukit Sembilan",
            "pengangkutan sampah ke TPA",
            [
                ("Kuantitas", "Jumlah sampah yang terangkut ke TPA", "36.000 ton"),
                ("Kualitas", "Persentase rute pengangkutan yang terlayani sesuai jadwal", "90 %"),
                ("Waktu", "Ketepatan waktu pelaporan tonase harian", "12 bulan"),
            ],
            split={"satuan": "ton", "total": 36000, "parts": [12000, 12000, 12000], "balanced": True},
        ),
        _r(
            "N2",
            "B2",
            "Meningkatnya kinerja TPS dan armada pengangkut sampah yang beroperasi sesuai jadwal",
            "TPS dan armada pengangkut",
            [
                ("Kuantitas", "Jumlah armada pengangkut sampah yang laik jalan", "28 unit"),
                ("Kualitas", "Persentase TPS yang bersih dari sampah tercecer", "85 %"),
                ("Waktu", "Ketepatan waktu perawatan berkala armada", "12 bulan"),
            ],
        ),
        _r(
            "N3",
            "B2",
            "TPA Bukit Sembilan yang dioperasikan dengan sistem lahan urug terkendali",
            "operasional TPA",
            [
                ("Kuantitas", "Luas sel TPA yang ditutup tanah secara berkala", "3 hektare"),
                ("Kualitas", "Persentase lindi yang terolah di IPL sebelum dibuang", "80 %"),
                ("Waktu", "Ketepatan waktu penutupan sel aktif", "12 bulan"),
            ],
        ),
        _r(
            "N4",
            "B2",
            "Tertanganinya sampah di kawasan sungai dan saluran drainase utama perkotaan",
            "sampah sungai dan drainase",
            [
                ("Kuantitas", "Jumlah ruas sungai dan drainase yang dibersihkan", "18 ruas"),
                ("Kualitas", "Persentase ruas yang bebas timbunan sampah", "80 %"),
                ("Waktu", "Ketepatan waktu pembersihan sesuai jadwal", "12 bulan"),
            ],
        ),
    ],
    "kasi_pengaduan": [
        _r(
            "D1",
            "S4",
            "Tertanganinya pengaduan masyarakat terkait pencemaran dan/atau perusakan lingkungan hidup "
            "sesuai standar waktu penanganan",
            "pengaduan lingkungan hidup",
            [
                ("Kuantitas", "Jumlah pengaduan lingkungan hidup yang diverifikasi", "48 pengaduan"),
                ("Kualitas", "Persentase pengaduan yang selesai ditangani", "85 %"),
                ("Waktu", "Rata-rata waktu verifikasi lapangan pengaduan", "5 hari"),
            ],
        ),
        _r(
            "D2",
            "S4",
            "Sengketa lingkungan hidup yang terselesaikan melalui mediasi di luar pengadilan",
            "sengketa lingkungan hidup",
            [
                ("Kuantitas", "Jumlah sengketa lingkungan yang dimediasi", "4 sengketa"),
                ("Kualitas", "Persentase mediasi yang menghasilkan kesepakatan", "75 %"),
                ("Waktu", "Rata-rata waktu penyelesaian mediasi", "3 bulan"),
            ],
        ),
        _r(
            "D3",
            "S5",
            "Tersedianya basis data pengaduan lingkungan hidup yang terintegrasi dengan SP4N-LAPOR",
            "basis data pengaduan",
            [
                ("Kuantitas", "Jumlah rekaman pengaduan yang terinput di basis data", "48 rekaman"),
                ("Kualitas", "Persentase pengaduan yang tersinkron dengan SP4N-LAPOR", "95 %"),
                ("Waktu", "Ketepatan waktu pemutakhiran basis data", "12 bulan"),
            ],
        ),
    ],
    "kasi_kapasitas": [
        _r(
            "C1",
            "S5",
            "Meningkatnya jumlah sekolah Adiwiyata tingkat kabupaten dan provinsi",
            "sekolah Adiwiyata",
            [
                ("Kuantitas", "Jumlah sekolah yang ditetapkan Adiwiyata", "15 sekolah"),
                ("Kualitas", "Persentase sekolah binaan yang lolos verifikasi provinsi", "60 %"),
                ("Waktu", "Ketepatan waktu pengusulan calon sekolah Adiwiyata", "6 bulan"),
            ],
        ),
        _r(
            "C2",
            "S5",
            "Meningkatnya jumlah kampung iklim yang terverifikasi dalam Program Kampung Iklim",
            "Program Kampung Iklim",
            [
                ("Kuantitas", "Jumlah lokasi ProKlim yang terverifikasi", "8 lokasi"),
                ("Kualitas", "Persentase lokasi ProKlim dengan kategori utama", "50 %"),
                ("Waktu", "Ketepatan waktu pendaftaran lokasi ProKlim di SRN", "6 bulan"),
            ],
        ),
        _r(
            "C3",
            "S5",
            "Tersedianya kader lingkungan hidup terlatih di desa dan kelurahan",
            "kader lingkungan hidup",
            [
                ("Kuantitas", "Jumlah kader lingkungan hidup yang terlatih", "60 orang"),
                ("Kualitas", "Persentase kader yang aktif melapor", "70 %"),
                ("Waktu", "Ketepatan waktu pelatihan kader", "6 bulan"),
            ],
            skip_cover=True,
        ),
    ],
}

# ------------------------------------------------------------------ staff RK, built on a superior RK's topic
# (noun of the product, satuan for its count, result qualifier, the quality measure)
PRODUK = [
    ("Data", "berkas", "yang terverifikasi dan mutakhir", "yang lolos verifikasi"),
    ("Laporan", "laporan", "yang tersusun tepat waktu", "yang diterima tanpa revisi"),
    ("Dokumen", "dokumen", "yang tersusun sesuai ketentuan", "yang sesuai format baku"),
    ("Berita acara", "berita acara", "yang terdokumentasi lengkap", "yang ditandatangani para pihak"),
    ("Bahan telaahan", "telaahan", "yang tersaji untuk pimpinan", "yang ditindaklanjuti pimpinan"),
    ("Peta tematik", "peta", "yang tersedia dan terbarui", "yang sesuai kaidah kartografi"),
    ("Rekomendasi teknis", "rekomendasi", "yang tersampaikan kepada atasan", "yang diterima atasan"),
    ("Basis data", "tabel", "yang tertata dan mudah ditelusuri", "yang lengkap isiannya"),
]
WAKTU_STAF = ["12 bulan", "11 bulan", "10 bulan", "6 bulan"]

TAMBAHAN = [
    (
        "Sertifikat pelatihan teknis lingkungan hidup yang diperoleh",
        "Jumlah sertifikat pelatihan yang diperoleh",
        "1 sertifikat",
    ),
    (
        "Keanggotaan dalam tim gerakan bersih sungai yang terdokumentasi",
        "Jumlah kegiatan gerakan bersih sungai yang diikuti",
        "4 kegiatan",
    ),
    (
        "Materi edukasi lingkungan untuk media sosial dinas yang terpublikasi",
        "Jumlah materi edukasi yang terpublikasi",
        "6 materi",
    ),
]

# ------------------------------------------------------------------ RK atasan written wrongly
RK_ASING = [
    "Meningkatnya cakupan layanan pengangkutan sampah di kawasan perdesaan pada tahun 2026",
    "Meningkatnya konsistensi program RPJMD dengan RKPD dan Renja perangkat daerah",
    "Terkendalinya emisi gas buang kendaraan bermotor di jalan arteri",
    "Meningkatnya cakupan pemeriksaan kualitas air minum rumah tangga oleh puskesmas",
    "Tersalurkannya bantuan benih tanaman pangan kepada kelompok tani",
]

# ------------------------------------------------------------------ JF butir kegiatan
BUTIR = {
    "Pengendali Dampak Lingkungan": [
        ("Melakukan verifikasi dokumen lingkungan hidup", "Laporan hasil verifikasi", "0,12"),
        ("Menyusun rekomendasi teknis pengendalian pencemaran", "Rekomendasi teknis", "0,18"),
        ("Melakukan analisis data kualitas lingkungan", "Laporan analisis", "0,096"),
    ],
    "Pengawas Lingkungan Hidup": [
        (
            "Melakukan pengawasan ketaatan usaha terhadap persetujuan lingkungan",
            "Berita acara pengawasan",
            "0,25",
        ),
        ("Menyusun laporan hasil pengawasan", "Laporan hasil pengawasan", "0,15"),
        ("Melakukan verifikasi pengaduan lingkungan hidup", "Berita acara verifikasi", "0,1"),
    ],
    "Perencana": [
        ("Menyusun rancangan rencana kerja perangkat daerah", "Rancangan Renja", "0,35"),
        ("Menyusun bahan evaluasi kinerja", "Laporan evaluasi", "0,2"),
        ("Mengolah data indikator kinerja", "Tabel indikator", "0,075"),
    ],
    "Arsiparis": [
        ("Melakukan pemberkasan arsip aktif", "Daftar berkas", "0,004"),
        ("Melakukan penataan arsip inaktif", "Daftar arsip inaktif", "0,006"),
    ],
    "Pranata Komputer": [
        ("Melakukan pemeliharaan sistem informasi", "Laporan pemeliharaan", "0,04"),
        ("Melakukan pemutakhiran basis data", "Basis data mutakhir", "0,03"),
    ],
    "Penyuluh Lingkungan Hidup": [
        ("Melakukan penyuluhan lingkungan hidup kepada kelompok sasaran", "Laporan penyuluhan", "0,08"),
        ("Menyusun materi penyuluhan", "Materi penyuluhan", "0,05"),
    ],
    "Analis Keuangan Pusat dan Daerah": [
        ("Melakukan analisis laporan pertanggungjawaban keuangan", "Laporan analisis", "0,11"),
        ("Menyusun kertas kerja rekonsiliasi", "Kertas kerja", "0,07"),
    ],
}

MANUAL_TAMBAHAN = {
    "tingkat_kendali": "Moderate",
    "periode": "Tahunan",
}
