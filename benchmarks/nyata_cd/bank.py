"""Content bank of the held-out set ``nyata_cd``: the fictional Pemerintah Kabupaten Danau Selasih (ibu kota
Pekan Selasih), its Bapperida, Dinas PUPR, Disdukcapil and BPKAD; people (identity) and their 2026 plans (RK,
IKI with aspek, target and direction, cara memantau, butir kegiatan). Written from SPEC only; the realisasi
are drawn by ``buat.py``."""

from __future__ import annotations

KAB = "Danau Selasih"
TEMPAT = "Pekan Selasih"
PEMDA = f"PEMERINTAH KABUPATEN {KAB.upper()}"
TAHUN = 2026

AGENCY = {
    "bapperida": "Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah",
    "pupr": "Dinas Pekerjaan Umum dan Penataan Ruang",
    "dukcapil": "Dinas Kependudukan dan Pencatatan Sipil",
    "bpkad": "Badan Pengelolaan Keuangan dan Aset Daerah",
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

PEOPLE: dict[str, dict] = {}


def _p(key, nama, gelar, nip, gol, jabatan, unit, penilai, agency, jenis):
    PEOPLE[key] = {
        "key": key,
        "nama": nama,
        "gelar": gelar,
        "nip": nip,
        "gol": gol,
        "jabatan": jabatan,
        "unit": unit,
        "penilai": penilai,
        "agency": agency,
        "jenis": jenis,
    }


_p("bupati", "H. Rahmat Hidayatullah, S.E., M.M.", "", None, None, f"Bupati {KAB}", None, None, None, None)
_p(
    "sekda",
    "Drs. Syamsul Bahri, M.Si.",
    "",
    "196905121994031008",
    "IV/d",
    f"Sekretaris Daerah Kabupaten {KAB}",
    f"Sekretariat Daerah Kabupaten {KAB}",
    "bupati",
    None,
    None,
)
# JPT
_p(
    "kepala_bapperida",
    "Dr. Nurhayati Siregar, S.E., M.Si.",
    "",
    "197303152000032002",
    "IV/c",
    "Kepala Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah",
    f"Bapperida Kabupaten {KAB}",
    "sekda",
    "bapperida",
    "jpt",
)
_p(
    "kadis_pupr",
    "Ir. Bambang Setiadi, M.T.",
    "",
    "197106201997031005",
    "IV/c",
    "Kepala Dinas Pekerjaan Umum dan Penataan Ruang",
    f"Dinas PUPR Kabupaten {KAB}",
    "bupati",
    "pupr",
    "jpt",
)
_p(
    "kadis_dukcapil",
    "Dra. Rosmawati, M.AP.",
    "",
    "197209081998032003",
    "IV/b",
    "Kepala Dinas Kependudukan dan Pencatatan Sipil",
    f"Disdukcapil Kabupaten {KAB}",
    "bupati",
    "dukcapil",
    "jpt",
)
_p(
    "kepala_bpkad",
    "Hendrik Simanjuntak, S.E., M.Ak.",
    "",
    "197511232001121004",
    "IV/c",
    "Kepala Badan Pengelolaan Keuangan dan Aset Daerah",
    f"BPKAD Kabupaten {KAB}",
    "sekda",
    "bpkad",
    "jpt",
)
# JA
_p(
    "sekretaris_bapperida",
    "Dewi Lestari, S.T., M.Si.",
    "",
    "197805142003122006",
    "IV/a",
    "Sekretaris Bapperida",
    f"Sekretariat Bapperida Kabupaten {KAB}",
    "kepala_bapperida",
    "bapperida",
    "ja",
)
_p(
    "kabid_bina_marga",
    "Andi Firmansyah, S.T., M.T.",
    "",
    "198002102005011007",
    "IV/a",
    "Kepala Bidang Bina Marga",
    "Bidang Bina Marga Dinas PUPR",
    "kadis_pupr",
    "pupr",
    "ja",
)
_p(
    "kabid_pendaftaran",
    "Sri Wahyuni, S.Sos.",
    "",
    "197904252006042009",
    "III/d",
    "Kepala Bidang Pelayanan Pendaftaran Penduduk",
    "Bidang Pelayanan Pendaftaran Penduduk Disdukcapil",
    "kadis_dukcapil",
    "dukcapil",
    "ja",
)
_p(
    "kabid_anggaran",
    "Muhammad Rizal, S.E., M.Si.",
    "",
    "198107302006041003",
    "IV/a",
    "Kepala Bidang Anggaran",
    "Bidang Anggaran BPKAD",
    "kepala_bpkad",
    "bpkad",
    "ja",
)
_p(
    "kasubbag_umum",
    "Yuliana Putri, S.Kom.",
    "",
    "198506182010012015",
    "III/c",
    "Kepala Subbagian Umum dan Kepegawaian",
    "Sekretariat Bapperida",
    "sekretaris_bapperida",
    "bapperida",
    "ja",
)
_p(
    "kasubbid_anggaran",
    "Fajar Nugroho, S.E.",
    "",
    "198609092011011004",
    "III/c",
    "Kepala Subbidang Penyusunan Anggaran",
    "Bidang Anggaran BPKAD",
    "kabid_anggaran",
    "bpkad",
    "ja",
)
_p(
    "pengolah_data",
    "Rina Marlina, S.Kom.",
    "",
    "199203152015022001",
    "III/a",
    "Pengolah Data Kependudukan",
    "Bidang Pelayanan Pendaftaran Penduduk Disdukcapil",
    "kabid_pendaftaran",
    "dukcapil",
    "ja",
)
_p(
    "pengelola_keuangan",
    "Agus Supriyadi, S.E.",
    "",
    "199011112014031002",
    "III/a",
    "Pengelola Keuangan",
    "Subbidang Penyusunan Anggaran BPKAD",
    "kasubbid_anggaran",
    "bpkad",
    "ja",
)
# JF
_p(
    "perencana",
    "Hasanuddin Lubis, S.E., M.E.",
    "",
    "198304042008011003",
    "III/d",
    "Perencana Ahli Muda",
    "Bapperida",
    "sekretaris_bapperida",
    "bapperida",
    "jf",
)
_p(
    "teknik_jalan",
    "Putri Ayu Lestari, S.T.",
    "",
    "199408222019032012",
    "III/b",
    "Teknik Jalan dan Jembatan Ahli Pertama",
    "Bidang Bina Marga Dinas PUPR",
    "kabid_bina_marga",
    "pupr",
    "jf",
)
_p(
    "adm_database",
    "Ilham Saputra, S.Kom.",
    "",
    "199512012020121005",
    "III/a",
    "Administrator Database Kependudukan Ahli Pertama",
    "Bidang Pelayanan Pendaftaran Penduduk Disdukcapil",
    "kabid_pendaftaran",
    "dukcapil",
    "jf",
)
_p(
    "analis_keuangan",
    "Linda Kartika, S.E., M.Ak.",
    "",
    "198410102009022004",
    "III/c",
    "Analis Keuangan Pusat dan Daerah Ahli Muda",
    "Bidang Anggaran BPKAD",
    "kabid_anggaran",
    "bpkad",
    "jf",
)
_p(
    "pranata_komputer",
    "Dedi Kurniawan, A.Md.",
    "",
    "199307072018011001",
    "II/c",
    "Pranata Komputer Terampil",
    "Bidang Pelayanan Pendaftaran Penduduk Disdukcapil",
    "kabid_pendaftaran",
    "dukcapil",
    "jf",
)
_p(
    "penata_ruang",
    "Wahyu Hidayat, S.T., M.T.",
    "",
    "198512122010011008",
    "III/d",
    "Penata Ruang Ahli Muda",
    "Dinas PUPR",
    "kadis_pupr",
    "pupr",
    "jf",
)
_p(
    "arsiparis",
    "Nur Aini, A.Md.",
    "",
    "199002142012122003",
    "III/a",
    "Arsiparis Mahir",
    "Subbagian Umum dan Kepegawaian Bapperida",
    "kasubbag_umum",
    "bapperida",
    "jf",
)

# IKI: (aspek, text, kind, target, satuan). kind: "n" higher is better; "w" lower is better (waktu);
# "r" a range (lo, hi) in %, higher is better; "rp" rupiah. Targets of JA/JF counts are ≥ 5 and waktu ≥ 5
# so that every kategori level can be written.
PERSP = ["Penerima Layanan (Stakeholder)", "Proses Bisnis", "Penguatan Internal", "Anggaran"]

# JPT: (perspektif, RK, [(IKI, kind, target, satuan)]), grouped by perspektif (one perspektif holds two RK).
JPT_RK: dict[str, list[tuple[str, str, list[tuple[str, str, object, str]]]]] = {
    "kepala_bapperida": [
        (
            PERSP[0],
            "Meningkatnya kualitas perencanaan pembangunan daerah",
            [
                ("Persentase kesesuaian program RKPD dengan RPJMD", "n", 95, "%"),
                ("Nilai evaluasi dokumen perencanaan oleh Pemerintah Provinsi", "n", 80, "poin"),
            ],
        ),
        (
            PERSP[1],
            "Meningkatnya pemanfaatan hasil riset dan inovasi daerah",
            [("Jumlah inovasi daerah yang diterapkan perangkat daerah", "n", 20, "inovasi")],
        ),
        (
            PERSP[1],
            "Tersedianya data pembangunan daerah yang mutakhir",
            [("Jumlah dokumen data statistik sektoral yang dipublikasikan", "n", 10, "dokumen")],
        ),
        (
            PERSP[2],
            "Meningkatnya akuntabilitas kinerja Bapperida",
            [("Nilai evaluasi SAKIP Bapperida", "n", 75, "poin")],
        ),
        (
            PERSP[3],
            "Terwujudnya penyerapan anggaran Bapperida yang efektif",
            [("Persentase realisasi anggaran Bapperida", "r", (85, 95), "%")],
        ),
    ],
    "kadis_pupr": [
        (
            PERSP[0],
            "Meningkatnya kemantapan jalan kabupaten",
            [
                ("Persentase panjang jalan kabupaten dalam kondisi mantap", "n", 70, "%"),
                ("Jumlah jembatan kabupaten yang direhabilitasi", "n", 10, "unit"),
            ],
        ),
        (
            PERSP[0],
            "Meningkatnya cakupan layanan air minum layak",
            [("Persentase rumah tangga dengan akses air minum layak", "n", 80, "%")],
        ),
        (
            PERSP[1],
            "Meningkatnya ketaatan pemanfaatan ruang",
            [("Persentase Persetujuan Bangunan Gedung yang terbit sesuai rencana tata ruang", "n", 90, "%")],
        ),
        (
            PERSP[2],
            "Meningkatnya kapasitas aparatur Dinas PUPR",
            [("Jumlah aparatur bersertifikat keahlian konstruksi", "n", 25, "orang")],
        ),
        (
            PERSP[3],
            "Terwujudnya penyerapan belanja modal yang akuntabel",
            [("Persentase realisasi anggaran belanja modal", "r", (85, 95), "%")],
        ),
    ],
    "kadis_dukcapil": [
        (
            PERSP[0],
            "Meningkatnya kepemilikan dokumen kependudukan",
            [
                ("Persentase anak yang memiliki Kartu Identitas Anak", "n", 60, "%"),
                ("Jumlah penduduk yang mengaktivasi Identitas Kependudukan Digital", "n", 25000, "orang"),
            ],
        ),
        (
            PERSP[1],
            "Meningkatnya kecepatan layanan administrasi kependudukan",
            [("Persentase dokumen kependudukan yang terbit dalam satu hari kerja", "n", 80, "%")],
        ),
        (
            PERSP[2],
            "Meningkatnya kualitas data kependudukan",
            [("Jumlah desa yang memanfaatkan data kependudukan terpadu", "n", 40, "desa")],
        ),
        (
            PERSP[2],
            "Meningkatnya kompetensi petugas layanan adminduk",
            [("Jumlah petugas registrasi desa yang terlatih", "n", 50, "orang")],
        ),
        (
            PERSP[3],
            "Terwujudnya penyerapan anggaran Disdukcapil yang efektif",
            [("Persentase realisasi anggaran Disdukcapil", "n", 90, "%")],
        ),
    ],
    "kepala_bpkad": [
        (
            PERSP[0],
            "Meningkatnya kualitas laporan keuangan pemerintah daerah",
            [
                ("Persentase rekomendasi BPK yang ditindaklanjuti", "n", 75, "%"),
                ("Jumlah perangkat daerah dengan laporan keuangan tepat waktu", "n", 30, "perangkat daerah"),
            ],
        ),
        (
            PERSP[1],
            "Meningkatnya ketepatan penyaluran belanja daerah",
            [("Persentase SP2D yang terbit tepat waktu", "n", 90, "%")],
        ),
        (
            PERSP[2],
            "Tertatanya aset tanah pemerintah daerah",
            [("Persentase bidang tanah milik daerah yang bersertifikat", "n", 60, "%")],
        ),
        (
            PERSP[3],
            "Meningkatnya pendapatan asli daerah",
            [("Jumlah realisasi pendapatan asli daerah", "rp", 180_000_000_000, "Rp")],
        ),
        (
            PERSP[3],
            "Meningkatnya kemandirian fiskal daerah",
            [("Persentase pertumbuhan pajak daerah", "n", "5,2", "%")],
        ),
    ],
}

# JA/JF: (RK, index of the penilai's RK intervened, [(aspek, IKI, kind, target, satuan)], cara memantau
# (data, sumber data, waktu pengumpulan), butir kegiatan [(butir, output, angka kredit)])
K, Q, W = "Kuantitas", "Kualitas", "Waktu"
RK: dict[str, list[tuple]] = {
    "sekretaris_bapperida": [
        (
            "Dokumen kinerja Bapperida tersusun akurat dan tepat waktu",
            3,
            [
                (
                    K,
                    "Jumlah dokumen kinerja (Renja, Perjanjian Kinerja, LKjIP) yang tersusun",
                    "n",
                    5,
                    "dokumen",
                ),
                (Q, "Persentase rekomendasi evaluasi SAKIP yang ditindaklanjuti", "r", (80, 90), "%"),
                (W, "Waktu penyampaian LKjIP kepada Bupati", "w", 12, "bulan"),
            ],
            ("Dokumen Renja, PK dan LKjIP", "Subbagian Perencanaan dan Keuangan", "Triwulanan"),
            [],
        ),
        (
            "Anggaran kesekretariatan terserap sesuai rencana",
            4,
            [
                (K, "Jumlah laporan realisasi anggaran bulanan yang disampaikan", "n", 12, "laporan"),
                (Q, "Persentase realisasi anggaran kesekretariatan", "n", 90, "%"),
                (W, "Waktu penyampaian laporan realisasi anggaran", "w", 10, "hari"),
            ],
            ("Laporan realisasi anggaran", "Aplikasi SIPD", "Bulanan"),
            [],
        ),
        (
            "Layanan kepegawaian dan umum Bapperida terselenggara tertib",
            1,
            [
                (K, "Jumlah usulan layanan kepegawaian yang diproses", "n", 40, "usulan"),
                (Q, "Persentase usulan kepegawaian yang lengkap saat diajukan", "n", 80, "%"),
            ],
            ("Register usulan kepegawaian", "Aplikasi SIASN", "Triwulanan"),
            [],
        ),
    ],
    "kabid_bina_marga": [
        (
            "Jalan kabupaten dalam kondisi mantap bertambah",
            0,
            [
                (K, "Panjang jalan kabupaten yang ditingkatkan", "n", 20, "km"),
                (Q, "Persentase paket pekerjaan jalan yang lolos uji mutu", "r", (80, 90), "%"),
                (W, "Waktu penyelesaian paket pekerjaan peningkatan jalan", "w", 10, "bulan"),
            ],
            ("Laporan kemajuan fisik paket jalan", "Aplikasi e-Monev Dinas PUPR", "Bulanan"),
            [],
        ),
        (
            "Jembatan kabupaten yang rusak tertangani",
            0,
            [
                (K, "Jumlah jembatan yang direhabilitasi", "n", 10, "unit"),
                (Q, "Persentase jembatan rehabilitasi yang laik fungsi", "n", 90, "%"),
            ],
            ("Berita acara serah terima pekerjaan", "Seksi Jembatan", "Triwulanan"),
            [],
        ),
    ],
    "kabid_pendaftaran": [
        (
            "Dokumen kependudukan terbit cepat dan akurat",
            1,
            [
                (K, "Jumlah KTP-el yang diterbitkan", "n", 12000, "keping"),
                (Q, "Persentase dokumen yang terbit tanpa kesalahan data", "n", 90, "%"),
                (W, "Waktu rata-rata penerbitan dokumen kependudukan", "w", 5, "hari"),
            ],
            ("Rekapitulasi penerbitan dokumen", "Aplikasi SIAK Terpusat", "Bulanan"),
            [],
        ),
        (
            "Kartu Identitas Anak dimiliki lebih banyak anak",
            0,
            [
                (K, "Jumlah Kartu Identitas Anak yang diterbitkan", "n", 8000, "keping"),
                (Q, "Persentase sekolah dasar yang terlayani jemput bola KIA", "n", 75, "%"),
            ],
            ("Rekapitulasi penerbitan KIA", "Aplikasi SIAK Terpusat", "Triwulanan"),
            [],
        ),
        (
            "Identitas Kependudukan Digital teraktivasi",
            0,
            [
                (K, "Jumlah aktivasi Identitas Kependudukan Digital", "n", 10000, "akun"),
                (W, "Waktu layanan aktivasi IKD sejak permohonan", "w", 5, "hari"),
            ],
            ("Laporan aktivasi IKD", "Dashboard IKD Ditjen Dukcapil", "Bulanan"),
            [],
        ),
    ],
    "kabid_anggaran": [
        (
            "Dokumen anggaran daerah tersusun sesuai ketentuan",
            1,
            [
                (K, "Jumlah dokumen anggaran (KUA-PPAS, RAPBD, RAPBD-P) yang tersusun", "n", 5, "dokumen"),
                (Q, "Persentase hasil evaluasi Gubernur atas RAPBD yang ditindaklanjuti", "n", 90, "%"),
                (W, "Waktu penyampaian RAPBD kepada DPRD", "w", 10, "bulan"),
            ],
            ("Dokumen KUA-PPAS dan RAPBD", "Aplikasi SIPD", "Semesteran"),
            [],
        ),
        (
            "DPA perangkat daerah tersahkan tepat waktu",
            1,
            [
                (K, "Jumlah DPA perangkat daerah yang disahkan", "n", 40, "DPA"),
                (W, "Waktu pengesahan DPA setelah Perda APBD", "w", 15, "hari"),
            ],
            ("Register pengesahan DPA", "Aplikasi SIPD", "Triwulanan"),
            [],
        ),
    ],
    "kasubbag_umum": [
        (
            "Layanan administrasi umum Bapperida tertib",
            2,
            [
                (K, "Jumlah naskah dinas yang diproses", "n", 600, "naskah"),
                (Q, "Persentase naskah dinas yang sesuai tata naskah", "n", 85, "%"),
                (W, "Waktu pengiriman naskah dinas keluar", "w", 5, "hari"),
            ],
            ("Agenda surat keluar", "Aplikasi SRIKANDI", "Bulanan"),
            [],
        ),
        (
            "Data kepegawaian Bapperida mutakhir",
            2,
            [
                (K, "Jumlah data pegawai yang dimutakhirkan", "n", 60, "data pegawai"),
                (Q, "Persentase data pegawai yang valid di SIASN", "n", 90, "%"),
            ],
            ("Data pegawai di SIASN", "Aplikasi SIASN", "Semesteran"),
            [],
        ),
    ],
    "kasubbid_anggaran": [
        (
            "Rancangan KUA-PPAS tersusun tepat waktu",
            0,
            [
                (K, "Jumlah bahan penyusunan KUA-PPAS yang terhimpun", "n", 40, "bahan"),
                (Q, "Persentase pagu indikatif yang sesuai kapasitas fiskal", "n", 90, "%"),
                (W, "Waktu penyampaian rancangan KUA-PPAS", "w", 5, "bulan"),
            ],
            ("Rancangan KUA-PPAS", "Aplikasi SIPD", "Semesteran"),
            [],
        ),
        (
            "DPA perangkat daerah terverifikasi",
            1,
            [
                (K, "Jumlah DPA yang diverifikasi", "n", 40, "DPA"),
                (W, "Waktu verifikasi satu DPA", "w", 5, "hari"),
            ],
            ("Lembar verifikasi DPA", "Aplikasi SIPD", "Triwulanan"),
            [],
        ),
    ],
    "pengolah_data": [
        (
            "Data hasil perekaman KTP-el tervalidasi",
            0,
            [
                (K, "Jumlah data perekaman yang divalidasi", "n", 9000, "data"),
                (Q, "Persentase data perekaman tanpa duplikasi", "n", 95, "%"),
                (W, "Waktu validasi data perekaman harian", "w", 5, "hari"),
            ],
            ("Log validasi perekaman", "Aplikasi SIAK Terpusat", "Bulanan"),
            [],
        ),
        (
            "Laporan statistik pelayanan pendaftaran penduduk tersedia",
            0,
            [
                (K, "Jumlah laporan statistik pelayanan yang disusun", "n", 20, "laporan"),
                (W, "Waktu penyampaian laporan statistik bulanan", "w", 10, "hari"),
            ],
            ("Laporan statistik", "Bidang Pelayanan Pendaftaran Penduduk", "Bulanan"),
            [],
        ),
    ],
    "pengelola_keuangan": [
        (
            "Dokumen pencairan anggaran subbidang terverifikasi",
            1,
            [
                (K, "Jumlah SPP dan SPM yang diverifikasi", "n", 120, "dokumen"),
                (Q, "Persentase SPM yang lolos tanpa pengembalian", "n", 90, "%"),
                (W, "Waktu verifikasi satu berkas SPP", "w", 5, "hari"),
            ],
            ("Register SPP dan SPM", "Aplikasi SIPD", "Bulanan"),
            [],
        ),
        (
            "Laporan pertanggungjawaban keuangan subbidang tersusun",
            0,
            [
                (K, "Jumlah laporan pertanggungjawaban yang disusun", "n", 20, "laporan"),
                (W, "Waktu penyampaian laporan pertanggungjawaban", "w", 10, "hari"),
            ],
            ("Laporan pertanggungjawaban", "Subbidang Penyusunan Anggaran", "Bulanan"),
            [],
        ),
    ],
    "perencana": [
        (
            "Rancangan RKPD tersusun sesuai sistematika",
            0,
            [
                (K, "Jumlah bab rancangan RKPD yang tersusun", "n", 10, "bab"),
                (Q, "Persentase program RKPD yang selaras dengan RPJMD", "r", (85, 95), "%"),
                (W, "Waktu penyelesaian rancangan awal RKPD", "w", 5, "bulan"),
            ],
            ("Rancangan RKPD", "Aplikasi SIPD", "Triwulanan"),
            [
                ("Menyusun rancangan rencana pembangunan tahunan", "Rancangan RKPD", "0,450"),
                ("Menganalisis keselarasan program", "Matriks keselarasan", "0,225"),
            ],
        ),
        (
            "Hasil pengendalian dan evaluasi rencana pembangunan tersedia",
            0,
            [
                (K, "Jumlah laporan evaluasi RKPD (triwulanan dan tahunan)", "n", 5, "laporan"),
                (W, "Waktu penyampaian laporan evaluasi triwulanan", "w", 15, "hari"),
            ],
            ("Laporan evaluasi RKPD", "Aplikasi e-Monev Bapperida", "Triwulanan"),
            [("Mengevaluasi pelaksanaan rencana pembangunan", "Laporan evaluasi", "0,300")],
        ),
    ],
    "teknik_jalan": [
        (
            "Desain teknis peningkatan jalan tersedia",
            0,
            [
                (K, "Jumlah gambar desain teknis ruas jalan yang disusun", "n", 10, "ruas"),
                (Q, "Persentase desain yang disetujui tanpa revisi mayor", "r", (80, 90), "%"),
                (W, "Waktu penyelesaian desain teknis per ruas", "w", 10, "hari"),
            ],
            ("Gambar desain teknis", "Seksi Perencanaan Teknis", "Bulanan"),
            [
                ("Menyusun gambar rencana teknis jalan", "Gambar rencana", "0,120"),
                ("Menghitung rencana anggaran biaya", "Dokumen RAB", "0,080"),
            ],
        ),
        (
            "Mutu pekerjaan jalan terkendali",
            0,
            [
                (K, "Jumlah pengujian mutu lapangan yang dilaksanakan", "n", 30, "pengujian"),
                (Q, "Persentase hasil uji yang memenuhi spesifikasi", "n", 90, "%"),
            ],
            ("Laporan uji mutu", "Laboratorium Dinas PUPR", "Bulanan"),
            [("Melakukan pengujian mutu bahan jalan", "Laporan hasil uji", "0,040")],
        ),
    ],
    "adm_database": [
        (
            "Basis data kependudukan berjalan andal",
            0,
            [
                (K, "Jumlah pencadangan basis data yang berhasil", "n", 50, "pencadangan"),
                (Q, "Persentase ketersediaan layanan basis data", "r", (80, 90), "%"),
                (W, "Waktu pemulihan gangguan basis data", "w", 5, "hari"),
            ],
            ("Log pencadangan dan ketersediaan", "Server SIAK Disdukcapil", "Bulanan"),
            [
                ("Melakukan pencadangan basis data kependudukan", "Berkas cadangan", "0,010"),
                ("Memulihkan basis data kependudukan", "Laporan pemulihan", "0,060"),
            ],
        ),
        (
            "Data ganda kependudukan terbersihkan",
            0,
            [
                (K, "Jumlah data ganda yang dibersihkan", "n", 1500, "data"),
                (W, "Waktu penyelesaian pembersihan per tahap", "w", 20, "hari"),
            ],
            ("Laporan pembersihan data", "Aplikasi SIAK Terpusat", "Triwulanan"),
            [("Melakukan konsolidasi data kependudukan", "Laporan konsolidasi", "0,090")],
        ),
    ],
    "analis_keuangan": [
        (
            "Kajian kapasitas fiskal daerah tersedia",
            0,
            [
                (K, "Jumlah kajian kapasitas fiskal yang disusun", "n", 5, "kajian"),
                (Q, "Persentase rekomendasi kajian yang diterima pimpinan", "r", (80, 90), "%"),
                (W, "Waktu penyelesaian kajian kapasitas fiskal", "w", 5, "bulan"),
            ],
            ("Dokumen kajian fiskal", "Bidang Anggaran", "Semesteran"),
            [
                ("Menganalisis kapasitas fiskal daerah", "Dokumen kajian", "0,500"),
                ("Menyusun rekomendasi kebijakan fiskal", "Nota rekomendasi", "0,250"),
            ],
        ),
        (
            "Proyeksi pendapatan daerah tersusun akurat",
            0,
            [
                (K, "Jumlah proyeksi pendapatan per jenis pajak yang disusun", "n", 10, "proyeksi"),
                (Q, "Persentase ketepatan proyeksi terhadap realisasi", "n", 90, "%"),
            ],
            ("Proyeksi pendapatan", "Aplikasi SIPD", "Triwulanan"),
            [("Menyusun proyeksi pendapatan daerah", "Dokumen proyeksi", "0,300")],
        ),
    ],
    "pranata_komputer": [
        (
            "Layanan jaringan kantor pelayanan berjalan andal",
            2,
            [
                (K, "Jumlah perangkat jaringan yang dipelihara", "n", 40, "perangkat"),
                (Q, "Persentase ketersediaan jaringan kantor pelayanan", "r", (80, 90), "%"),
                (W, "Waktu penanganan gangguan jaringan", "w", 5, "hari"),
            ],
            ("Log gangguan jaringan", "Aplikasi helpdesk Disdukcapil", "Bulanan"),
            [
                ("Melakukan pemeliharaan perangkat jaringan", "Laporan pemeliharaan", "0,004"),
                ("Menangani gangguan jaringan lokal", "Laporan penanganan", "0,006"),
            ],
        ),
        (
            "Perangkat perekaman KTP-el siap pakai",
            0,
            [
                (K, "Jumlah perangkat perekaman yang dikalibrasi", "n", 20, "perangkat"),
                (W, "Waktu perbaikan perangkat perekaman", "w", 5, "hari"),
            ],
            ("Kartu pemeliharaan perangkat", "Subbagian Umum Disdukcapil", "Bulanan"),
            [("Melakukan perawatan perangkat keras", "Laporan perawatan", "0,005")],
        ),
    ],
    "penata_ruang": [
        (
            "Rekomendasi kesesuaian tata ruang terbit tepat waktu",
            2,
            [
                (K, "Jumlah rekomendasi KKPR yang diterbitkan", "n", 150, "rekomendasi"),
                (Q, "Persentase rekomendasi yang sesuai RTRW", "n", 90, "%"),
                (W, "Waktu penerbitan rekomendasi KKPR", "w", 10, "hari"),
            ],
            ("Register rekomendasi KKPR", "Aplikasi GISTARU", "Bulanan"),
            [
                ("Menyusun telaah kesesuaian ruang", "Telaah teknis", "0,150"),
                ("Menyusun rekomendasi pemanfaatan ruang", "Rekomendasi", "0,200"),
            ],
        ),
        (
            "Rencana detail tata ruang kawasan perkotaan tersusun",
            2,
            [
                (K, "Jumlah peta rencana detail yang tersusun", "n", 5, "peta"),
                (W, "Waktu penyelesaian materi teknis RDTR", "w", 10, "bulan"),
            ],
            ("Materi teknis RDTR", "Bidang Penataan Ruang", "Semesteran"),
            [("Menyusun materi teknis rencana detail tata ruang", "Materi teknis", "0,750")],
        ),
    ],
    "arsiparis": [
        (
            "Arsip dinamis Bapperida tertata",
            0,
            [
                (K, "Jumlah berkas arsip yang ditata", "n", 800, "berkas"),
                (Q, "Persentase arsip yang ditemukan kembali dalam sekali penelusuran", "n", 90, "%"),
                (W, "Waktu layanan peminjaman arsip", "w", 5, "hari"),
            ],
            ("Daftar arsip aktif", "Aplikasi SRIKANDI", "Triwulanan"),
            [
                ("Melakukan pemberkasan arsip aktif", "Berkas arsip", "0,008"),
                ("Melayani peminjaman arsip", "Bukti peminjaman", "0,002"),
            ],
        ),
        (
            "Arsip inaktif Bapperida terpindahkan ke unit kearsipan",
            0,
            [
                (K, "Jumlah boks arsip inaktif yang dipindahkan", "n", 40, "boks"),
                (W, "Waktu penyelesaian pemindahan arsip inaktif", "w", 10, "bulan"),
            ],
            ("Berita acara pemindahan arsip", "Subbagian Umum dan Kepegawaian", "Semesteran"),
            [("Melakukan pemindahan arsip inaktif", "Daftar arsip pindah", "0,030")],
        ),
    ],
}

# Kinerja Tambahan: (RK, aspek, IKI, target, satuan, cara memantau)
KT_JAJF = [
    (
        "Kompetensi teknis pegawai meningkat melalui pengembangan kompetensi",
        K,
        "Jumlah jam pelajaran pengembangan kompetensi yang diikuti",
        20,
        "JP",
        ("Sertifikat pelatihan", "Aplikasi SIASN", "Semesteran"),
    ),
    (
        "Laporan kegiatan Tim Percepatan Penurunan Stunting tersampaikan",
        K,
        "Jumlah laporan kegiatan tim yang disampaikan",
        6,
        "laporan",
        ("Laporan kegiatan tim", "Sekretariat TPPS", "Triwulanan"),
    ),
]
KT_JPT = [
    (
        "Hasil seminar nasional tata kelola pemerintahan terdiseminasikan",
        "Jumlah forum diseminasi hasil seminar yang diselenggarakan",
        2,
        "forum",
    ),
    (
        "Kontribusi pada Satgas Penanganan Bencana Kabupaten terdokumentasi",
        "Jumlah laporan kegiatan satgas yang disampaikan",
        4,
        "laporan",
    ),
]

BUKTI = [
    "Dokumen final dan berita acara",
    "Laporan di aplikasi",
    "Rekap bulanan",
    "Tangkapan layar dasbor",
    "Surat pengantar dan tanda terima",
]
CATATAN = [
    "Pertahankan capaian; tingkatkan ketepatan waktu pelaporan triwulan.",
    "Perlu pendampingan teknis untuk IKI yang belum mencapai target pada tahun berikutnya.",
    "Kinerja sesuai ekspektasi. Diusulkan mengikuti pelatihan kepemimpinan.",
    "Perbaiki dokumentasi bukti dukung sebelum evaluasi berikutnya.",
]
IDE = [
    "aplikasi antrean daring yang memangkas waktu tunggu layanan",
    "dasbor data terpadu yang dipakai seluruh perangkat daerah",
    "tata cara verifikasi berkas berbasis daftar periksa digital",
]


def manual(rk: str, iki: str, satuan: str, kind: str) -> dict[str, str]:
    """The Manual Indikator Kinerja of one JPT IKI (SPEC §3.5)."""
    subject = iki.split(" ", 1)[1] if " " in iki else iki
    return {
        "rencana": rk,
        "deskripsi": f"Rencana kinerja ini menggambarkan hasil yang ingin dicapai: {rk[0].lower() + rk[1:]}.",
        "iki": iki,
        "definisi": f"Indikator mengukur {subject} pada tahun {TAHUN}.",
        "formula": (
            f"Realisasi {subject} dibagi target, dikali 100 %"
            if kind != "rp"
            else "Jumlah penerimaan pendapatan asli daerah yang tercatat di kas daerah"
        ),
        "tujuan": "Mengetahui ketercapaian sasaran dan menjadi dasar perbaikan perencanaan tahun berikutnya.",
        "satuan": "Rupiah" if kind == "rp" else satuan,
        "aspek": "Kuantitas" if satuan not in ("%", "poin") else "Kualitas",
        "kendali": "Terkendali sebagian (moderate)",
        "sumber": "Laporan perangkat daerah dan aplikasi SIPD",
        "periode": "Triwulanan",
    }
