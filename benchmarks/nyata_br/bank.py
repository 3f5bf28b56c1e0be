"""Fictional world of the held-out set ``nyata_br``: the Dinas Kesehatan of Kabupaten Giri Mulya (fictional)
and two of its Puskesmas (UPTD Puskesmas Kali Jernih and UPTD Puskesmas Tegal Wangi), Rencana SKP 2026 and
Penilaian SKP 2025 received in January 2026. Written from SPEC alone.

An IKI is ``(aspek, text, value, satuan)``: ``value`` is an int or a float (written Indonesian style by the
generator, ``1.500``, ``72,5``); satuan ``%`` is written ``90 %``. Aspek Waktu is lower-is-better (SPEC §6.1
kondisi khusus); every other IKI here is higher-is-better.
"""

from __future__ import annotations

from typing import Any

KABUPATEN = "Kabupaten Giri Mulya"
TEMPAT = "Giri Mulya"
PEMDA = "PEMERINTAH KABUPATEN GIRI MULYA"
DINAS = "DINAS KESEHATAN KABUPATEN GIRI MULYA"

BUPATI = {
    "nama": "H. Suryo Wibisono, S.E., M.M.",
    "nip": "-",
    "pangkat": "-",
    "jabatan": "Bupati Giri Mulya",
    "unit": ("Pemerintah Kabupaten", "Giri Mulya"),
}

# unit kerja as (first line, continuation): written on one line, or on two rows (SPEC §3.10)
UNIT = {
    "dinas": ("Dinas Kesehatan", "Kabupaten Giri Mulya"),
    "sekretariat": ("Sekretariat Dinas Kesehatan", "Kabupaten Giri Mulya"),
    "umpeg": ("Subbagian Umum dan Kepegawaian", "Dinas Kesehatan Kabupaten Giri Mulya"),
    "yankes": ("Bidang Pelayanan dan Sumber Daya Kesehatan", "Dinas Kesehatan Kabupaten Giri Mulya"),
    "kesmas": ("Bidang Kesehatan Masyarakat", "Dinas Kesehatan Kabupaten Giri Mulya"),
    "p2p": ("Bidang Pencegahan dan Pengendalian Penyakit", "Dinas Kesehatan Kabupaten Giri Mulya"),
    "pkm_kj": ("UPTD Puskesmas Kali Jernih", "Dinas Kesehatan Kabupaten Giri Mulya"),
    "pkm_tw": ("UPTD Puskesmas Tegal Wangi", "Dinas Kesehatan Kabupaten Giri Mulya"),
}

# golongan → pangkat name (SPEC §5)
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
}
GOLONGAN = list(PANGKAT)

NAMA_DEPAN = [
    "Andi",
    "Sri",
    "Dewi",
    "Budi",
    "Retno",
    "Hari",
    "Novi",
    "Yudi",
    "Endah",
    "Wahyu",
    "Lina",
    "Galih",
    "Puji",
    "Rahmat",
    "Tri",
    "Sekar",
    "Bayu",
    "Anisa",
    "Dimas",
    "Rosa",
    "Ilham",
    "Widya",
    "Fikri",
    "Umi",
]
NAMA_BELAKANG = [
    "Susanto",
    "Lestari",
    "Hidayat",
    "Purwaningsih",
    "Nugraha",
    "Setiawati",
    "Kurniawan",
    "Wulandari",
    "Firmansyah",
    "Puspitasari",
    "Hartono",
    "Maharani",
    "Syahputra",
    "Anggraini",
    "Sulistyo",
    "Permatasari",
]

PERSPEKTIF = {"pl": "Penerima Layanan", "pb": "Proses Bisnis", "pi": "Penguatan Internal", "ag": "Anggaran"}

# Kepala Dinas Kesehatan (JPT Pratama), rated by the Bupati. Each RK: perspektif, RK, one IKI, manual fields.
KADINKES_RK = {
    "akses": "Meningkatnya akses dan mutu pelayanan kesehatan dasar",
    "gizi": "Meningkatnya status gizi balita",
    "imunisasi": "Meningkatnya cakupan imunisasi",
    "menular": "Terkendalinya penyakit menular",
    "tatakelola": "Meningkatnya kualitas tata kelola perangkat daerah",
    "anggaran": "Terwujudnya pengelolaan anggaran kesehatan yang akuntabel",
}

JPT: dict[str, Any] = {
    "kadinkes": {
        "jabatan": "Kepala Dinas Kesehatan Kabupaten Giri Mulya",
        "golongan": ["IV/c"],
        "unit": "dinas",
        "gelar": ("dr.", "M.Kes."),
        "rk_aktivitas": "Melaksanakan pembinaan mutu pelayanan Puskesmas",
        "rks": [
            {
                "persp": "pl",
                "rk": KADINKES_RK["akses"],
                "iki": ("Jumlah Puskesmas terakreditasi paripurna", 8, "Puskesmas"),
                "definisi": "Puskesmas yang memperoleh status akreditasi paripurna dari lembaga akreditasi",
                "formula": "Jumlah Puskesmas dengan sertifikat akreditasi paripurna yang berlaku",
                "sumber": "Sertifikat akreditasi Puskesmas",
                "jenis": "Kuantitas",
            },
            {
                "persp": "pl",
                "rk": KADINKES_RK["gizi"],
                "iki": ("Persentase balita yang ditimbang dan diukur di posyandu", 85, "%"),
                "definisi": "Balita yang ditimbang berat badan dan diukur tinggi badannya di posyandu",
                "formula": "Balita ditimbang dan diukur dibagi seluruh balita sasaran dikali 100 %",
                "sumber": "Aplikasi e-PPGBM",
                "jenis": "Kualitas",
            },
            {
                "persp": "pb",
                "rk": KADINKES_RK["imunisasi"],
                "iki": ("Persentase desa/kelurahan Universal Child Immunization", 95, "%"),
                "definisi": "Desa/kelurahan yang lebih dari 80 % bayinya mendapat imunisasi dasar lengkap",
                "formula": "Desa/kelurahan UCI dibagi seluruh desa/kelurahan dikali 100 %",
                "sumber": "Laporan imunisasi rutin Puskesmas",
                "jenis": "Kualitas",
            },
            {
                "persp": "pb",
                "rk": KADINKES_RK["menular"],
                "iki": ("Persentase keberhasilan pengobatan tuberkulosis", 90, "%"),
                "definisi": "Pasien tuberkulosis yang sembuh atau menyelesaikan pengobatan lengkap",
                "formula": "Pasien sembuh dan pengobatan lengkap dibagi pasien yang diobati dikali 100 %",
                "sumber": "Sistem Informasi Tuberkulosis (SITB)",
                "jenis": "Kualitas",
            },
            {
                "persp": "pi",
                "rk": KADINKES_RK["tatakelola"],
                "iki": ("Nilai evaluasi SAKIP Dinas Kesehatan", 72.5, "poin"),
                "definisi": "Nilai hasil evaluasi akuntabilitas kinerja oleh Inspektorat Daerah",
                "formula": "Nilai yang tercantum dalam laporan hasil evaluasi SAKIP",
                "sumber": "Laporan hasil evaluasi SAKIP Inspektorat",
                "jenis": "Kualitas",
            },
            {
                "persp": "ag",
                "rk": KADINKES_RK["anggaran"],
                "iki": ("Persentase realisasi anggaran Dinas Kesehatan", 95, "%"),
                "definisi": "Perbandingan realisasi belanja dengan pagu anggaran Dinas Kesehatan",
                "formula": "Realisasi belanja dibagi pagu anggaran dikali 100 %",
                "sumber": "Laporan realisasi anggaran (SIPD)",
                "jenis": "Kuantitas",
            },
        ],
    }
}

MANUAL = {
    "deskripsi": (
        "Sasaran Perjanjian Kinerja Dinas Kesehatan: {rk_kecil}, sebagai bagian dari Renstra 2025-2029."
    ),
    "tujuan": "Mengukur keberhasilan Dinas Kesehatan dalam mewujudkan {rk_kecil}.",
}


def _rk(atasan: str, rk: str, aktivitas: str, ikis: list, cara: tuple, butir: list | None = None) -> dict:
    return {
        "atasan": atasan,
        "rk": rk,
        "aktivitas": aktivitas,
        "ikis": ikis,
        "cara": cara,
        "butir": butir or [],
    }


SEKDIN_RK1 = "Dokumen perencanaan dan laporan kinerja Dinas Kesehatan tersusun tepat waktu dan berkualitas"
SEKDIN_RK2 = "Pengelolaan keuangan dan aset Dinas Kesehatan yang akuntabel"
UMPEG_RK1 = "Usulan layanan kepegawaian pegawai Dinas Kesehatan diproses tepat waktu"
UMPEG_RK2 = "Barang milik daerah Dinas Kesehatan tercatat dan terinventarisasi"
P2P_RK1 = "Desa/kelurahan di Kabupaten Giri Mulya mencapai Universal Child Immunization"
P2P_RK2 = "Kasus tuberkulosis ditemukan dan diobati sampai sembuh"
KAPUS_KJ_RK1 = "Puskesmas Kali Jernih memenuhi standar pelayanan minimal bidang kesehatan"
KAPUS_KJ_RK2 = "Bayi di wilayah Puskesmas Kali Jernih mendapat imunisasi dasar lengkap"
KAPUS_TW_RK1 = "Puskesmas Tegal Wangi memenuhi standar pelayanan minimal bidang kesehatan"
KAPUS_TW_RK2 = "Balita di wilayah Puskesmas Tegal Wangi terpantau pertumbuhannya"

ROLES: dict[str, dict[str, Any]] = {
    # ---------------------------------------------------------------- JA
    "sekdin": {
        "family": "JA",
        "jabatan": "Sekretaris Dinas Kesehatan",
        "golongan": ["IV/a", "IV/b"],
        "unit": "sekretariat",
        "penilai": "kadinkes",
        "gelar": ("", "S.KM., M.Kes."),
        "rks": [
            _rk(
                KADINKES_RK["tatakelola"],
                SEKDIN_RK1,
                "Menyusun dokumen perencanaan dan laporan kinerja Dinas Kesehatan",
                [
                    (
                        "Kuantitas",
                        "Jumlah dokumen perencanaan dan pelaporan kinerja yang tersusun",
                        6,
                        "dokumen",
                    ),
                    (
                        "Kualitas",
                        "Persentase dokumen perencanaan yang diterima Bappeda tanpa revisi",
                        90,
                        "%",
                    ),
                    (
                        "Waktu",
                        "Rata-rata waktu penyampaian laporan kinerja setelah akhir periode",
                        10,
                        "hari kerja",
                    ),
                ],
                ("Dokumen Renja, RKA dan LKjIP", "Subbagian Perencanaan dan Pelaporan", "Triwulanan"),
            ),
            _rk(
                KADINKES_RK["anggaran"],
                SEKDIN_RK2,
                "Pelaksanaan penatausahaan keuangan dan aset Dinas Kesehatan",
                [
                    ("Kuantitas", "Jumlah laporan keuangan dan aset yang tersusun", 14, "laporan"),
                    (
                        "Kualitas",
                        "Persentase rekomendasi BPK atas keuangan Dinas Kesehatan yang ditindaklanjuti",
                        95,
                        "%",
                    ),
                ],
                ("Laporan keuangan dan LHP BPK", "Subbagian Keuangan", "Semesteran"),
            ),
        ],
        "matriks": {
            "anggota": ["Kepala Subbagian Umum dan Kepegawaian", "Administrator Kesehatan Ahli Pertama"],
            "hasil": [
                ["Data kepegawaian untuk LKjIP tersedia", "Barang milik daerah tercatat"],
                ["Profil Kesehatan Kabupaten tersusun", "Analisis capaian SPM tersedia"],
            ],
        },
    },
    "kabid-yankes": {
        "family": "JA",
        "jabatan": "Kepala Bidang Pelayanan dan Sumber Daya Kesehatan",
        "golongan": ["III/d", "IV/a"],
        "unit": "yankes",
        "penilai": "kadinkes",
        "gelar": ("dr.", "M.M."),
        "rks": [
            _rk(
                KADINKES_RK["akses"],
                "Puskesmas memenuhi standar akreditasi pelayanan kesehatan",
                "Melakukan pembinaan akreditasi Puskesmas",
                [
                    (
                        "Kuantitas",
                        "Jumlah Puskesmas yang dibina menuju akreditasi paripurna",
                        18,
                        "Puskesmas",
                    ),
                    (
                        "Kualitas",
                        "Persentase Puskesmas dengan indeks kepuasan masyarakat kategori baik",
                        85,
                        "%",
                    ),
                    ("Waktu", "Rata-rata waktu penyelesaian rekomendasi hasil survei akreditasi", 60, "hari"),
                ],
                ("Sertifikat dan laporan survei akreditasi", "Tim Pelayanan Kesehatan Primer", "Semesteran"),
            ),
            _rk(
                KADINKES_RK["akses"],
                "Penduduk miskin terdaftar sebagai peserta Jaminan Kesehatan Nasional",
                "Melakukan pendaftaran penduduk miskin sebagai peserta JKN",
                [
                    (
                        "Kuantitas",
                        "Jumlah penduduk miskin yang didaftarkan sebagai peserta PBI daerah",
                        12500,
                        "jiwa",
                    ),
                    ("Kualitas", "Persentase penduduk yang terdaftar sebagai peserta JKN", 98, "%"),
                ],
                ("Data kepesertaan JKN", "BPJS Kesehatan Kantor Cabang", "Bulanan"),
            ),
        ],
        "matriks": {
            "anggota": ["Administrator Kesehatan Ahli Muda", "Penata Layanan Operasional"],
            "hasil": [
                ["Rekomendasi survei akreditasi tertindaklanjuti", "Data PBI daerah tervalidasi"],
                ["Dokumen akreditasi Puskesmas terarsip", "Usulan peserta PBI terkirim ke BPJS"],
            ],
        },
    },
    "kabid-kesmas": {
        "family": "JA",
        "jabatan": "Kepala Bidang Kesehatan Masyarakat",
        "golongan": ["III/d", "IV/a"],
        "unit": "kesmas",
        "penilai": "kadinkes",
        "gelar": ("", "S.KM., M.Kes."),
        "rks": [
            _rk(
                KADINKES_RK["gizi"],
                "Balita ditimbang dan diukur secara rutin di posyandu",
                "Pelaksanaan pemantauan pertumbuhan balita di posyandu",
                [
                    (
                        "Kuantitas",
                        "Jumlah posyandu aktif yang melaporkan penimbangan balita",
                        420,
                        "posyandu",
                    ),
                    ("Kualitas", "Persentase balita yang ditimbang dan diukur di posyandu", 85, "%"),
                    (
                        "Waktu",
                        "Rata-rata waktu rekapitulasi data e-PPGBM setelah bulan penimbangan",
                        7,
                        "hari",
                    ),
                ],
                ("Laporan penimbangan posyandu", "Aplikasi e-PPGBM", "Bulanan"),
            ),
            _rk(
                KADINKES_RK["akses"],
                "Ibu hamil mendapat pelayanan antenatal sesuai standar",
                "Memberikan pelayanan antenatal kepada ibu hamil",
                [
                    (
                        "Kuantitas",
                        "Jumlah ibu hamil yang mendapat pelayanan antenatal enam kali",
                        5200,
                        "ibu hamil",
                    ),
                    ("Kualitas", "Persentase persalinan di fasilitas pelayanan kesehatan", 95, "%"),
                ],
                ("Kohort ibu hamil", "Laporan KIA Puskesmas", "Bulanan"),
            ),
        ],
        "matriks": {
            "anggota": ["Nutrisionis Ahli Muda", "Bidan Ahli Muda"],
            "hasil": [
                ["Data e-PPGBM tervalidasi", "-"],
                ["-", "Kohort ibu hamil Puskesmas terekap"],
            ],
        },
    },
    "kabid-p2p": {
        "family": "JA",
        "jabatan": "Kepala Bidang Pencegahan dan Pengendalian Penyakit",
        "golongan": ["III/d", "IV/a"],
        "unit": "p2p",
        "penilai": "kadinkes",
        "gelar": ("dr.", "M.Epid."),
        "rks": [
            _rk(
                KADINKES_RK["imunisasi"],
                P2P_RK1,
                "Melaksanakan imunisasi dasar lengkap pada bayi",
                [
                    ("Kuantitas", "Jumlah desa/kelurahan UCI", 180, "desa/kelurahan"),
                    ("Kualitas", "Persentase bayi yang mendapat imunisasi dasar lengkap", 95, "%"),
                    ("Waktu", "Rata-rata waktu distribusi vaksin ke Puskesmas setelah permintaan", 3, "hari"),
                ],
                ("Laporan imunisasi rutin", "Aplikasi ASIK", "Bulanan"),
            ),
            _rk(
                KADINKES_RK["menular"],
                P2P_RK2,
                "Melakukan penemuan kasus tuberkulosis",
                [
                    ("Kuantitas", "Jumlah kasus tuberkulosis yang ditemukan dan diobati", 850, "kasus"),
                    ("Kualitas", "Persentase keberhasilan pengobatan tuberkulosis", 90, "%"),
                ],
                ("Register kasus tuberkulosis", "SITB", "Triwulanan"),
            ),
        ],
        "matriks": {
            "anggota": ["Epidemiolog Kesehatan Ahli Muda", "Pengolah Data dan Informasi"],
            "hasil": [
                ["Sinyal SKDR PD3I terverifikasi", "Kontak serumah pasien TBC terinvestigasi"],
                ["Laporan imunisasi rutin terekap", "Data kasus TBC di SITB lengkap"],
            ],
        },
    },
    "kasubbag-umpeg": {
        "family": "JA",
        "jabatan": "Kepala Subbagian Umum dan Kepegawaian",
        "golongan": ["III/c", "III/d"],
        "unit": "umpeg",
        "penilai": "sekdin",
        "gelar": ("", "S.E."),
        "rks": [
            _rk(
                SEKDIN_RK1,
                UMPEG_RK1,
                "Memproses usulan kenaikan pangkat dan gaji berkala pegawai",
                [
                    (
                        "Kuantitas",
                        "Jumlah usulan kenaikan pangkat dan gaji berkala yang diproses",
                        240,
                        "usulan",
                    ),
                    ("Kualitas", "Persentase usulan yang diterima BKPSDM tanpa pengembalian berkas", 95, "%"),
                    ("Waktu", "Rata-rata waktu pemrosesan usulan sejak berkas lengkap", 5, "hari kerja"),
                ],
                ("Register usulan kepegawaian", "Aplikasi SIASN", "Bulanan"),
            ),
            _rk(
                SEKDIN_RK2,
                UMPEG_RK2,
                "Inventarisasi barang milik daerah Dinas Kesehatan",
                [
                    ("Kuantitas", "Jumlah barang milik daerah yang diinventarisasi", 3600, "unit"),
                    ("Kualitas", "Persentase barang milik daerah yang berlabel kode barang", 90, "%"),
                ],
                ("Kartu inventaris barang", "Aplikasi SIMDA BMD", "Semesteran"),
            ),
        ],
        "matriks": {
            "anggota": ["Pengadministrasi Perkantoran", "Pengelola Barang Milik Negara"],
            "hasil": [
                ["Berkas usulan gaji berkala tersusun", "-"],
                ["-", "Kartu inventaris barang termutakhirkan"],
            ],
        },
    },
    "kapus-ja": {
        "family": "JA",
        "jabatan": "Kepala UPTD Puskesmas Kali Jernih",
        "golongan": ["III/d", "IV/a"],
        "unit": "pkm_kj",
        "penilai": "kadinkes",
        "gelar": ("", "S.KM., M.M."),
        "rks": [
            _rk(
                KADINKES_RK["akses"],
                KAPUS_KJ_RK1,
                "Pelaksanaan pelayanan kesehatan sesuai standar pelayanan minimal",
                [
                    (
                        "Kuantitas",
                        "Jumlah indikator SPM bidang kesehatan yang dicapai Puskesmas",
                        12,
                        "indikator",
                    ),
                    ("Kualitas", "Indeks kepuasan masyarakat terhadap pelayanan Puskesmas", 82, "poin"),
                    ("Waktu", "Rata-rata waktu tunggu pelayanan rawat jalan", 45, "menit"),
                ],
                ("Laporan capaian SPM", "Sistem Informasi Puskesmas", "Triwulanan"),
            ),
            _rk(
                KADINKES_RK["imunisasi"],
                KAPUS_KJ_RK2,
                "Melaksanakan imunisasi dasar pada bayi di wilayah Puskesmas",
                [
                    ("Kuantitas", "Jumlah bayi yang mendapat imunisasi dasar lengkap", 640, "bayi"),
                    ("Kualitas", "Persentase desa UCI di wilayah kerja Puskesmas", 90, "%"),
                ],
                ("Kohort bayi", "Aplikasi ASIK", "Bulanan"),
            ),
        ],
        "matriks": {
            "anggota": ["Perawat Ahli Pertama", "Dokter Ahli Muda"],
            "hasil": [
                ["Asuhan keperawatan rawat jalan terdokumentasi", "Keluarga rawan terkunjungi"],
                ["Pasien PTM tertangani sesuai pedoman", "Rujukan sesuai indikasi medis"],
            ],
        },
    },
    "pelaksana-adm": {
        "family": "JA",
        "jabatan": "Pengadministrasi Perkantoran",
        "golongan": ["II/c", "II/d"],
        "unit": "umpeg",
        "penilai": "kasubbag-umpeg",
        "gelar": ("", "A.Md."),
        "rks": [
            _rk(
                UMPEG_RK1,
                "Berkas usulan kenaikan gaji berkala pegawai tersusun lengkap",
                "Mengumpulkan berkas usulan kenaikan gaji berkala",
                [
                    ("Kuantitas", "Jumlah berkas usulan kenaikan gaji berkala yang tersusun", 180, "berkas"),
                    ("Waktu", "Rata-rata waktu penyiapan berkas usulan", 3, "hari kerja"),
                ],
                ("Register usulan gaji berkala", "Subbagian Umum dan Kepegawaian", "Bulanan"),
            ),
            _rk(
                UMPEG_RK2,
                "Surat masuk dan keluar Dinas Kesehatan tercatat dalam aplikasi persuratan",
                "Pencatatan surat masuk dan keluar",
                [
                    ("Kuantitas", "Jumlah surat masuk dan keluar yang tercatat", 2400, "surat"),
                    ("Kualitas", "Persentase surat yang terdistribusi pada hari diterima", 95, "%"),
                ],
                ("Agenda surat", "Aplikasi persuratan elektronik", "Bulanan"),
            ),
        ],
    },
    "pelaksana-data": {
        "family": "JA",
        "jabatan": "Pengolah Data dan Informasi",
        "golongan": ["III/a", "III/b"],
        "unit": "p2p",
        "penilai": "kabid-p2p",
        "gelar": ("", "S.Kom."),
        "rks": [
            _rk(
                P2P_RK1,
                "Data imunisasi rutin Puskesmas terekap dalam aplikasi ASIK",
                "Rekapitulasi laporan imunisasi rutin Puskesmas",
                [
                    ("Kuantitas", "Jumlah laporan imunisasi rutin Puskesmas yang terekap", 336, "laporan"),
                    ("Kualitas", "Persentase laporan imunisasi yang lengkap dan valid", 90, "%"),
                    ("Waktu", "Rata-rata waktu rekapitulasi laporan setelah batas pelaporan", 5, "hari"),
                ],
                ("Laporan imunisasi rutin", "Aplikasi ASIK", "Bulanan"),
            ),
            _rk(
                P2P_RK2,
                "Data kasus tuberkulosis tercatat lengkap dalam SITB",
                "Input data kasus tuberkulosis ke SITB",
                [
                    ("Kuantitas", "Jumlah kasus tuberkulosis yang tervalidasi di SITB", 850, "kasus"),
                    ("Kualitas", "Persentase kasus dengan hasil akhir pengobatan tercatat", 90, "%"),
                ],
                ("Register kasus tuberkulosis", "SITB", "Triwulanan"),
            ),
        ],
    },
    "pelaksana-plo": {
        "family": "JA",
        "jabatan": "Penata Layanan Operasional",
        "golongan": ["III/a", "III/b"],
        "unit": "pkm_tw",
        "penilai": "kapus-jf",
        "gelar": ("", "S.KM."),
        "rks": [
            _rk(
                KAPUS_TW_RK1,
                "Data kunjungan pasien Puskesmas Tegal Wangi tercatat dalam SIMPUS",
                "Melakukan pencatatan kunjungan pasien",
                [
                    ("Kuantitas", "Jumlah laporan kunjungan pasien bulanan yang tersusun", 12, "laporan"),
                    ("Kualitas", "Persentase rekam kunjungan yang lengkap", 95, "%"),
                    ("Waktu", "Rata-rata waktu penyampaian laporan bulanan setelah akhir bulan", 5, "hari"),
                ],
                ("Laporan kunjungan", "SIMPUS", "Bulanan"),
            ),
            _rk(
                KAPUS_TW_RK2,
                "Data penimbangan posyandu wilayah Tegal Wangi terekap",
                "Rekapitulasi data penimbangan posyandu",
                [
                    ("Kuantitas", "Jumlah laporan penimbangan posyandu yang terekap", 456, "laporan"),
                    ("Kualitas", "Persentase laporan posyandu yang valid", 90, "%"),
                ],
                ("Laporan penimbangan", "Aplikasi e-PPGBM", "Bulanan"),
            ),
        ],
    },
    # ---------------------------------------------------------------- JF
    "perawat": {
        "family": "JF",
        "jenjang": "Ahli Pertama",
        "jabatan": "Perawat Ahli Pertama",
        "tanpa_ahli": "Perawat Pertama",
        "golongan": ["III/a", "III/b"],
        "unit": "pkm_kj",
        "penilai": "kapus-ja",
        "gelar": ("", "S.Kep., Ns."),
        "rks": [
            _rk(
                KAPUS_KJ_RK1,
                "Pasien rawat jalan mendapat asuhan keperawatan sesuai standar",
                "Melakukan pengkajian keperawatan pada pasien rawat jalan",
                [
                    (
                        "Kuantitas",
                        "Jumlah pasien yang mendapat asuhan keperawatan terdokumentasi",
                        1200,
                        "pasien",
                    ),
                    ("Kualitas", "Persentase dokumentasi asuhan keperawatan yang lengkap", 90, "%"),
                    ("Waktu", "Rata-rata waktu pengkajian keperawatan pasien baru", 15, "menit"),
                ],
                ("Rekam asuhan keperawatan", "Rekam medis elektronik", "Bulanan"),
                [
                    ("Melakukan pengkajian keperawatan dasar pada individu", "Dokumen pengkajian", 0.004),
                    ("Melaksanakan tindakan keperawatan pada kondisi gawat", "Catatan tindakan", 0.01),
                ],
            ),
            _rk(
                KAPUS_KJ_RK2,
                "Keluarga rawan di wilayah binaan mendapat kunjungan perawatan kesehatan masyarakat",
                "Melakukan kunjungan rumah keluarga rawan",
                [
                    ("Kuantitas", "Jumlah keluarga rawan yang dikunjungi", 60, "keluarga"),
                    ("Kualitas", "Persentase keluarga binaan yang mencapai tingkat kemandirian III", 70, "%"),
                ],
                ("Laporan kunjungan keluarga", "Register Perkesmas", "Triwulanan"),
                [("Melakukan kunjungan rumah perawatan kesehatan masyarakat", "Laporan kunjungan", 0.008)],
            ),
        ],
    },
    "bidan": {
        "family": "JF",
        "jenjang": "Terampil",
        "jabatan": "Bidan Terampil",
        "golongan": ["II/c", "II/d"],
        "unit": "pkm_tw",
        "penilai": "kapus-jf",
        "gelar": ("", "A.Md.Keb."),
        "rks": [
            _rk(
                KAPUS_TW_RK1,
                "Ibu hamil di desa binaan mendapat pelayanan antenatal terpadu",
                "Memberikan pelayanan antenatal pada ibu hamil",
                [
                    (
                        "Kuantitas",
                        "Jumlah ibu hamil yang mendapat pelayanan antenatal terpadu",
                        96,
                        "ibu hamil",
                    ),
                    ("Kualitas", "Persentase ibu hamil dengan buku KIA terisi lengkap", 95, "%"),
                    ("Waktu", "Rata-rata waktu rujukan ibu hamil risiko tinggi sejak terdeteksi", 2, "hari"),
                ],
                ("Kohort ibu hamil", "Register KIA desa", "Bulanan"),
                [
                    ("Melakukan pemeriksaan kehamilan pada kasus fisiologis", "Catatan pemeriksaan", 0.003),
                    ("Melakukan deteksi dini kasus risiko tinggi ibu hamil", "Catatan deteksi dini", 0.004),
                ],
            ),
            _rk(
                KAPUS_TW_RK2,
                "Persalinan di desa binaan ditolong tenaga kesehatan di fasilitas kesehatan",
                "Menolong persalinan normal di fasilitas kesehatan",
                [
                    ("Kuantitas", "Jumlah persalinan yang ditolong di fasilitas kesehatan", 80, "persalinan"),
                    (
                        "Kualitas",
                        "Persentase bayi baru lahir yang mendapat kunjungan neonatal lengkap",
                        90,
                        "%",
                    ),
                ],
                ("Register persalinan", "Laporan KIA Puskesmas", "Bulanan"),
                [("Melakukan pertolongan persalinan normal", "Partograf", 0.012)],
            ),
        ],
    },
    "dokter": {
        "family": "JF",
        "jenjang": "Ahli Muda",
        "jabatan": "Dokter Ahli Muda",
        "golongan": ["III/c", "III/d"],
        "unit": "pkm_kj",
        "penilai": "kapus-ja",
        "gelar": ("dr.", ""),
        "rks": [
            _rk(
                KAPUS_KJ_RK1,
                "Pasien penyakit tidak menular mendapat tata laksana sesuai pedoman",
                "Melakukan pemeriksaan pasien penyakit tidak menular",
                [
                    (
                        "Kuantitas",
                        "Jumlah penderita hipertensi yang mendapat pelayanan sesuai standar",
                        1500,
                        "orang",
                    ),
                    (
                        "Kualitas",
                        "Persentase penderita diabetes melitus dengan gula darah terkontrol",
                        60,
                        "%",
                    ),
                    ("Waktu", "Rata-rata waktu pemeriksaan pasien di poli umum", 15, "menit"),
                ],
                ("Rekam medis pasien PTM", "Rekam medis elektronik", "Bulanan"),
                [
                    ("Melakukan pelayanan medik umum rawat jalan tingkat pertama", "Rekam medis", 0.006),
                    ("Melakukan tindakan medik umum tingkat sederhana", "Catatan tindakan", 0.004),
                ],
            ),
            _rk(
                KAPUS_KJ_RK1,
                "Pasien dirujuk dari Puskesmas sesuai indikasi medis",
                "Menelaah rujukan pasien dalam audit medis",
                [
                    ("Kuantitas", "Jumlah kasus rujukan yang ditelaah dalam audit medis", 24, "kasus"),
                    ("Kualitas", "Persentase rujukan yang memenuhi indikasi medis", 95, "%"),
                ],
                ("Notulen audit medis", "Komite medik Puskesmas", "Triwulanan"),
                [("Melakukan audit medis", "Laporan audit medis", 0.02)],
            ),
        ],
    },
    "apoteker": {
        "family": "JF",
        "jenjang": "Ahli Pertama",
        "jabatan": "Apoteker Ahli Pertama",
        "tanpa_ahli": "Apoteker Pertama",
        "golongan": ["III/a", "III/b"],
        "unit": "pkm_tw",
        "penilai": "kapus-jf",
        "gelar": ("apt.", "S.Farm."),
        "rks": [
            _rk(
                KAPUS_TW_RK1,
                "Obat dan bahan medis habis pakai Puskesmas tersedia sesuai kebutuhan",
                "Melaksanakan pengelolaan obat di gudang farmasi Puskesmas",
                [
                    ("Kuantitas", "Jumlah item obat esensial yang tersedia", 40, "item"),
                    ("Kualitas", "Persentase ketersediaan obat dan vaksin esensial", 95, "%"),
                    ("Waktu", "Rata-rata waktu pelayanan resep obat jadi", 10, "menit"),
                ],
                ("Laporan pemakaian dan lembar permintaan obat", "Aplikasi logistik obat", "Bulanan"),
                [
                    ("Melakukan perencanaan kebutuhan sediaan farmasi", "Dokumen perencanaan", 0.02),
                    ("Melakukan pelayanan resep", "Lembar resep terlayani", 0.002),
                ],
            ),
            _rk(
                KAPUS_TW_RK1,
                "Pasien Puskesmas Tegal Wangi mendapat pelayanan informasi obat",
                "Memberikan pelayanan informasi obat kepada pasien",
                [
                    ("Kuantitas", "Jumlah pasien yang mendapat pelayanan informasi obat", 2400, "pasien"),
                    ("Kualitas", "Persentase peresepan yang sesuai formularium", 90, "%"),
                ],
                ("Catatan pelayanan informasi obat", "Ruang farmasi Puskesmas", "Bulanan"),
                [("Melakukan pelayanan informasi obat", "Catatan informasi obat", 0.003)],
            ),
        ],
    },
    "nutrisionis": {
        "family": "JF",
        "jenjang": "Ahli Pertama",
        "jabatan": "Nutrisionis Ahli Pertama",
        "tanpa_ahli": "Nutrisionis Pertama",
        "golongan": ["III/a", "III/b"],
        "unit": "pkm_kj",
        "penilai": "kapus-ja",
        "gelar": ("", "S.Gz."),
        "rks": [
            _rk(
                KAPUS_KJ_RK1,
                "Balita gizi kurang di wilayah Puskesmas mendapat tata laksana gizi",
                "Melaksanakan pemberian makanan tambahan bagi balita gizi kurang",
                [
                    ("Kuantitas", "Jumlah balita gizi kurang yang mendapat makanan tambahan", 75, "balita"),
                    ("Kualitas", "Persentase balita gizi kurang yang naik berat badannya", 80, "%"),
                    ("Waktu", "Rata-rata waktu penanganan balita gizi buruk sejak ditemukan", 2, "hari"),
                ],
                ("Register balita gizi kurang", "Aplikasi e-PPGBM", "Bulanan"),
                [
                    ("Melakukan pengkajian gizi klinik pada balita", "Formulir pengkajian gizi", 0.005),
                    ("Melakukan intervensi gizi masyarakat", "Laporan intervensi", 0.01),
                ],
            ),
            _rk(
                KAPUS_KJ_RK2,
                "Remaja putri di sekolah binaan mendapat tablet tambah darah",
                "Pemberian tablet tambah darah bagi remaja putri",
                [
                    ("Kuantitas", "Jumlah remaja putri yang mendapat tablet tambah darah", 900, "orang"),
                    ("Kualitas", "Persentase sekolah binaan yang melaksanakan aksi bergizi", 85, "%"),
                ],
                ("Laporan distribusi tablet tambah darah", "Laporan gizi Puskesmas", "Triwulanan"),
                [("Melakukan penyuluhan gizi kelompok", "Laporan penyuluhan", 0.004)],
            ),
        ],
    },
    "sanitarian": {
        "family": "JF",
        "jenjang": "Mahir",
        "jabatan": "Sanitarian Mahir",
        "golongan": ["III/a", "III/b"],
        "unit": "pkm_tw",
        "penilai": "kapus-jf",
        "gelar": ("", "A.Md.KL."),
        "rks": [
            _rk(
                KAPUS_TW_RK1,
                "Tempat pengelolaan pangan di wilayah Puskesmas memenuhi syarat kesehatan",
                "Melakukan inspeksi kesehatan lingkungan tempat pengelolaan pangan",
                [
                    ("Kuantitas", "Jumlah tempat pengelolaan pangan yang diinspeksi", 120, "TPP"),
                    ("Kualitas", "Persentase TPP yang memenuhi syarat kesehatan", 70, "%"),
                    ("Waktu", "Rata-rata waktu penyampaian hasil inspeksi kepada pengelola", 3, "hari"),
                ],
                ("Formulir inspeksi kesehatan lingkungan", "Aplikasi e-Monev HSP", "Triwulanan"),
                [
                    ("Melakukan inspeksi kesehatan lingkungan", "Laporan inspeksi", 0.006),
                    ("Melakukan pengambilan sampel pangan", "Berita acara sampel", 0.004),
                ],
            ),
            _rk(
                KAPUS_TW_RK2,
                "Desa di wilayah Puskesmas mencapai status Stop Buang Air Besar Sembarangan",
                "Pemicuan Stop Buang Air Besar Sembarangan di desa",
                [
                    ("Kuantitas", "Jumlah desa yang diverifikasi Stop BABS", 8, "desa"),
                    ("Kualitas", "Persentase keluarga dengan akses jamban sehat", 90, "%"),
                ],
                ("Berita acara verifikasi", "Aplikasi STBM", "Semesteran"),
                [("Melakukan pemicuan sanitasi total berbasis masyarakat", "Laporan pemicuan", 0.008)],
            ),
        ],
    },
    "epidemiolog": {
        "family": "JF",
        "jenjang": "Ahli Muda",
        "jabatan": "Epidemiolog Kesehatan Ahli Muda",
        "tanpa_ahli": "Epidemiolog Kesehatan Muda",
        "golongan": ["III/c", "III/d"],
        "unit": "p2p",
        "penilai": "kabid-p2p",
        "gelar": ("", "S.KM., M.Epid."),
        "rks": [
            _rk(
                P2P_RK1,
                "Kasus penyakit yang dapat dicegah dengan imunisasi terdeteksi dan terverifikasi",
                "Melakukan verifikasi sinyal kewaspadaan dini",
                [
                    ("Kuantitas", "Jumlah sinyal SKDR yang diverifikasi", 52, "sinyal"),
                    ("Kualitas", "Persentase kelengkapan laporan SKDR Puskesmas", 90, "%"),
                    ("Waktu", "Rata-rata waktu verifikasi sinyal kewaspadaan dini", 24, "jam"),
                ],
                ("Laporan mingguan SKDR", "Aplikasi SKDR", "Mingguan"),
                [
                    ("Melakukan verifikasi sinyal kewaspadaan dini", "Laporan verifikasi", 0.01),
                    ("Melakukan penyelidikan epidemiologi", "Laporan penyelidikan", 0.03),
                ],
            ),
            _rk(
                P2P_RK2,
                "Kontak serumah pasien tuberkulosis terinvestigasi",
                "Melaksanakan investigasi kontak pasien tuberkulosis",
                [
                    ("Kuantitas", "Jumlah kontak serumah yang diinvestigasi", 2500, "orang"),
                    (
                        "Kualitas",
                        "Persentase kontak serumah yang mendapat terapi pencegahan tuberkulosis",
                        60,
                        "%",
                    ),
                ],
                ("Register investigasi kontak", "SITB", "Triwulanan"),
                [("Melakukan analisis data surveilans", "Laporan analisis", 0.015)],
            ),
        ],
    },
    "adminkes": {
        "family": "JF",
        "jenjang": "Ahli Pertama",
        "jabatan": "Administrator Kesehatan Ahli Pertama",
        "tanpa_ahli": "Administrator Kesehatan Pertama",
        "golongan": ["III/a", "III/b"],
        "unit": "sekretariat",
        "penilai": "sekdin",
        "gelar": ("", "S.KM."),
        "rks": [
            _rk(
                SEKDIN_RK1,
                "Data Profil Kesehatan Kabupaten tersusun lengkap dan valid",
                "Penyusunan Profil Kesehatan Kabupaten",
                [
                    ("Kuantitas", "Jumlah indikator profil kesehatan yang tervalidasi", 150, "indikator"),
                    ("Kualitas", "Persentase Puskesmas yang mengirim data profil tepat waktu", 90, "%"),
                    ("Waktu", "Waktu penerbitan Profil Kesehatan Kabupaten", 6, "bulan"),
                ],
                ("Data profil Puskesmas", "Subbagian Perencanaan dan Pelaporan", "Semesteran"),
                [
                    ("Menyusun instrumen pengumpulan data kesehatan", "Instrumen", 0.02),
                    ("Melakukan validasi data kesehatan", "Laporan validasi", 0.01),
                ],
            ),
            _rk(
                SEKDIN_RK2,
                "Capaian SPM bidang kesehatan Puskesmas terpantau",
                "Monitoring dan evaluasi capaian SPM Puskesmas",
                [
                    (
                        "Kuantitas",
                        "Jumlah laporan capaian SPM bidang kesehatan yang dianalisis",
                        12,
                        "laporan",
                    ),
                    (
                        "Kualitas",
                        "Persentase rekomendasi hasil analisis yang ditindaklanjuti Puskesmas",
                        80,
                        "%",
                    ),
                ],
                ("Laporan capaian SPM", "Subbagian Perencanaan dan Pelaporan", "Triwulanan"),
                [("Melakukan analisis capaian program kesehatan", "Laporan analisis", 0.015)],
            ),
        ],
    },
    "kapus-jf": {
        "family": "JF",
        "jenjang": "Ahli Madya",
        "jabatan": "Dokter Ahli Madya selaku Kepala UPTD Puskesmas Tegal Wangi",
        "golongan": ["IV/a", "IV/b"],
        "unit": "pkm_tw",
        "penilai": "kadinkes",
        "gelar": ("dr.", "M.K.M."),
        "rks": [
            _rk(
                KADINKES_RK["akses"],
                KAPUS_TW_RK1,
                "Memimpin pelaksanaan pelayanan kesehatan di Puskesmas Tegal Wangi",
                [
                    (
                        "Kuantitas",
                        "Jumlah indikator SPM bidang kesehatan yang dicapai Puskesmas",
                        12,
                        "indikator",
                    ),
                    ("Kualitas", "Persentase pasien yang puas terhadap pelayanan Puskesmas", 85, "%"),
                    ("Waktu", "Rata-rata waktu tunggu pelayanan rawat jalan", 40, "menit"),
                ],
                ("Laporan capaian SPM", "Sistem Informasi Puskesmas", "Triwulanan"),
                [
                    ("Melakukan pelayanan medik umum rawat jalan tingkat pertama", "Rekam medis", 0.006),
                    ("Melakukan pembinaan mutu pelayanan medik", "Laporan pembinaan", 0.02),
                ],
            ),
            _rk(
                KADINKES_RK["gizi"],
                KAPUS_TW_RK2,
                "Melakukan pemantauan pertumbuhan balita di posyandu",
                [
                    ("Kuantitas", "Jumlah posyandu yang melaporkan data penimbangan", 38, "posyandu"),
                    ("Kualitas", "Persentase balita yang ditimbang dan diukur di posyandu", 85, "%"),
                ],
                ("Laporan penimbangan posyandu", "Aplikasi e-PPGBM", "Bulanan"),
                [("Melakukan konsultasi medik kasus gizi buruk", "Catatan konsultasi", 0.008)],
            ),
        ],
    },
}

# one typo each (two neighbouring letters swapped, a letter missing or doubled), SPEC §3.10
TYPO_IDENTITAS = {
    "PANGKAT/GOL RUANG": ["PANGAKT/GOL RUANG", "PANGKAT/GOL RAUNG"],
    "JABATAN": ["JABATNA", "JABATTAN"],
    "UNIT KERJA": ["UNIT KREJA", "UNIT KERAJ"],
    "PEGAWAI YANG DINILAI": ["PEGAWAI YANG DINILIA", "PEGAWI YANG DINILAI"],
    "PEJABAT PENILAI KINERJA": ["PEJABAT PENILAI KINERAJ", "PEJABAT PENIALI KINERJA"],
}
TYPO_BAGIAN = {
    "A. KINERJA UTAMA": ["A. KINERJA UTMAA", "A. KINERJA UTAM", "A. KINREJA UTAMA"],
    "B. KINERJA TAMBAHAN": ["B. KINERJA TAMBAHNA", "B. KINERJA TAMBAAHAN", "B. KINERJ TAMBAHAN"],
}
TYPO_TTD = {
    "Pegawai yang Dinilai,": ["Pegwaai yang Dinilai,", "Pegawai yang Dinialai,", "Pegawai yang Dnilai,"],
    "Pejabat Penilai Kinerja,": ["Pejabat Penilai Kinreja,", "Pejabat Penilaii Kinerja,"],
}
TYPO_MANUAL_PERTAMA = ["RENACNA KINERJA", "RENCANA KINRJA", "RENCANA KINERRJA", "RENCAAN KINERJA"]
TYPO_MANUAL_TABEL = {
    "INDIKATOR KINERJA INDIVIDU": "INDIKATOR KINERJA INDIVDU",
    "DEFINISI IKI": "DEFINSI IKI",
    "FORMULA": "FORMUAL",
    "TUJUAN": "TUJAUN",
    "DESKRIPSI RENCANA KINERJA": "DESKRIPSI RENCANA KINERAJ",
}
TYPO_PENILAIAN = {
    "REALISASI": "REALISAIS",
    "CAPAIAN IKI": "CAPIAAN IKI",
    "KATEGORI CAPAIAN IKI": "KATEGOIR CAPAIAN IKI",
    "NILAI CAPAIAN IKI": "NILIA CAPAIAN IKI",
    "KATEGORI CAPAIAN RK": "KATEGORI CAPIAN RK",
    "NILAI CAPAIAN RK": "NILAI CAPAAIN RK",
    "NILAI TERTIMBANG": "NILAI TERTIMBNAG",
    "INDIKATOR KINERJA INDIVIDU": "INDIKATOR KINERJA INDIVDU",
    "TARGET/BAIK": "TAREGT/BAIK",
}
TYPO_TOTAL = {
    "NILAI AKHIR SKP": ["NILAI AKHRI SKP"],
    "NILAI PERILAKU KERJA": ["NILAI PERIALKU KERJA", "NILAI PERILAKU KEJRA"],
    "NILAI KINERJA": ["NILAI KINERAJ", "NILAI KINERJJA"],
    "PREDIKAT KINERJA PEGAWAI": ["PREDIAKT KINERJA PEGAWAI", "PREDIKAT KINERJA PEGAWIA"],
}
IDE = "MENGHASILKAN IDE BARU YANG BERMANFAAT BAGI ORGANISASI"
TYPO_IDE = [
    "MENGHAISLKAN IDE BARU YANG BERMANFAAT BAGI ORGANISASI",
    "MENGHASILKAN IDE BAUR YANG BERMANFAAT BAGI ORGANISASI",
    "MENGHASILAN IDE BARU YANG BERMANFAAT BAGI ORGANISASI",
]

# aspek as agencies write it (SPEC §3.10)
ASPEK_BUNGKUS = {
    "Kuantitas": ["IKI (Kuantitas)", "Kuant/Output", "KUANTITAS/OUTPUT"],
    "Kualitas": ["Kual/Mutu", "Kualitas/Mutu", "IKI (Kualitas)"],
    "Waktu": ["IKI (Waktu)"],
}

KETERANGAN_RENCANA = ["Lanjutan 2025", "RK baru", "Sesuai PK 2026", "Hasil dialog kinerja"]
KETERANGAN_PENILAIAN = ["Bukti dukung terlampir", "Sesuai laporan", "Data aplikasi"]
