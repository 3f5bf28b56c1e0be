"""Fictional world of the held-out set ``nyata_bs``: the Dinas Pendidikan of Provinsi Tanah Kemilau
(fictional), its Cabang Dinas Pendidikan Wilayah II and two of its schools (SMA Negeri 1 Lubuk Jati, SMK
Negeri 2 Sungai Pinang): Rencana SKP 2027 and Penilaian SKP 2026 received in January 2027. Written from SPEC
alone.

An IKI is ``(aspek, text, value, satuan)``; ``value`` is an int or a float, written Indonesian style by the
generator (``1.250``, ``72,5``); satuan ``%`` is written ``90 %`` and satuan ``Rp`` stands before the number
(``Rp 6.500.000``). Aspek Waktu and Biaya are lower-is-better (SPEC §6.1 kondisi khusus); every other IKI here
is higher-is-better. In every JA/JF role the first RK has a Kualitas and a Waktu IKI, and the second RK starts
with a ``Jumlah …`` Kuantitas IKI followed by a Kualitas IKI (the defects of ``buat.py`` rely on it).
"""

from __future__ import annotations

from typing import Any

PROVINSI = "Provinsi Tanah Kemilau"
TEMPAT = "Kemilau Raya"
DINAS = "DINAS PENDIDIKAN PROVINSI TANAH KEMILAU"

KOP = [
    "PEMERINTAH PROVINSI TANAH KEMILAU",
    "DINAS PENDIDIKAN",
    "Jalan Pahlawan Nomor 27, Kemilau Raya 25113",
    "Telepon (0751) 445120, Laman disdik.tanahkemilau.go.id, Pos-el disdik@tanahkemilau.go.id",
]

PETUNJUK = [
    "PETUNJUK PENGISIAN SASARAN KINERJA PEGAWAI TAHUN {tahun}",
    "",
    "1. Isi identitas pegawai yang dinilai dan pejabat penilai kinerja sesuai SK terakhir.",
    "2. Rencana kinerja dirumuskan sebagai hasil, bukan kegiatan, dan selaras dengan rencana kinerja atasan.",
    "3. Setiap rencana kinerja memiliki paling sedikit satu indikator beserta target dan satuannya.",
    "4. Pejabat fungsional melampirkan keterkaitan SKP dengan angka kredit pada lembar berikutnya.",
    "5. Berkas dikirim ke Subbagian Umum dan Kepegawaian paling lambat tanggal 10 Januari {tahun}.",
    "",
    "Narahubung: Subbagian Umum dan Kepegawaian, telepon (0751) 445120 pesawat 14.",
]

GUBERNUR = {
    "nama": "Dr. H. Syamsul Bahri Nasution, S.H., M.Si.",
    "nip": "-",
    "gol": "-",
    "jabatan": "Gubernur Tanah Kemilau",
    "unit": "Pemerintah Provinsi Tanah Kemilau",
}

UNIT = {
    "dinas": "Dinas Pendidikan Provinsi Tanah Kemilau",
    "sekretariat": "Sekretariat Dinas Pendidikan Provinsi Tanah Kemilau",
    "umpeg": "Subbagian Umum dan Kepegawaian Dinas Pendidikan Provinsi Tanah Kemilau",
    "sma": "Bidang Pembinaan SMA Dinas Pendidikan Provinsi Tanah Kemilau",
    "smk": "Bidang Pembinaan SMK Dinas Pendidikan Provinsi Tanah Kemilau",
    "cabdin": "Cabang Dinas Pendidikan Wilayah II Provinsi Tanah Kemilau",
    "sman1": "SMA Negeri 1 Lubuk Jati",
    "smkn2": "SMK Negeri 2 Sungai Pinang",
}

# golongan → pangkat name (SPEC §5, PP 99/2000)
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
GOLONGAN = list(PANGKAT)

NAMA_DEPAN = [
    "Zulkifli",
    "Rahmi",
    "Yusra",
    "Fadhil",
    "Mardiana",
    "Hendri",
    "Rosmaini",
    "Azwar",
    "Nurhayati",
    "Irwandi",
    "Syafrida",
    "Jufri",
    "Elvi",
    "Taufik",
    "Desmawati",
    "Rusli",
    "Marlina",
    "Afrizal",
    "Yenni",
    "Darmawan",
    "Sofyan",
    "Rita",
    "Khairul",
    "Lismawati",
]
NAMA_BELAKANG = [
    "Siregar",
    "Chaniago",
    "Harahap",
    "Pohan",
    "Lubis",
    "Piliang",
    "Tanjung",
    "Koto",
    "Sikumbang",
    "Daulay",
    "Hasibuan",
    "Caniago",
    "Rangkuti",
    "Nasution",
    "Batubara",
    "Pulungan",
]

PERSPEKTIF = {"pl": "Penerima Layanan", "pb": "Proses Bisnis", "pi": "Penguatan Internal", "ag": "Anggaran"}

# ----------------------------------------------------------------------------------------- JPT
KADIS_RK = {
    "akses": "Meningkatnya akses layanan pendidikan menengah dan pendidikan khusus",
    "lulusan": "Meningkatnya mutu lulusan SMA dan SMK",
    "satuan": "Meningkatnya mutu layanan satuan pendidikan menengah",
    "guru": "Meratanya sebaran guru ASN antarkabupaten/kota",
    "sakip": "Meningkatnya akuntabilitas kinerja Dinas Pendidikan",
    "anggaran": "Terwujudnya pengelolaan anggaran pendidikan yang akuntabel",
}

JPT: dict[str, Any] = {
    "kadis": {
        "jabatan": "Kepala Dinas Pendidikan Provinsi Tanah Kemilau",
        "golongan": ["IV/c", "IV/d"],
        "unit": "dinas",
        "gelar": ("Dr.", "M.Pd."),
        "rk_aktivitas": [
            "Melaksanakan pembinaan kepala SMA, SMK dan SLB negeri",
            "Penyusunan kebijakan redistribusi guru ASN provinsi",
        ],
        "jumlah_rk": 2,  # the RK whose IKI begins with "Jumlah" (target-tanpa-satuan)
        "rks": [
            {
                "persp": "pl",
                "rk": KADIS_RK["akses"],
                "iki": ("Angka Partisipasi Kasar SMA/SMK/SLB", 91.5, "%"),
                "deskripsi": "Perluasan kesempatan penduduk usia 16-18 tahun memperoleh pendidikan menengah",
                "definisi": "Perbandingan peserta didik SMA/SMK/SLB dengan penduduk usia 16-18 tahun",
                "formula": "Jumlah peserta didik SMA/SMK/SLB dibagi penduduk usia 16-18 tahun dikali 100 %",
                "tujuan": "Mengukur perluasan akses pendidikan menengah dan pendidikan khusus di provinsi",
                "satuan": "Persen",
                "jenis": "Kuantitas",
                "kendali": "Moderate",
                "sumber": "Dapodik dan data kependudukan Dinas Dukcapil",
                "periode": "Tahunan",
            },
            {
                "persp": "pl",
                "rk": KADIS_RK["lulusan"],
                "iki": ("Persentase lulusan SMK yang bekerja, melanjutkan studi atau berwirausaha", 68, "%"),
                "deskripsi": "Keterserapan lulusan SMK pada dunia kerja, pendidikan tinggi dan usaha mandiri",
                "definisi": "Lulusan SMK tahun berjalan yang dalam satu tahun bekerja, kuliah atau berusaha",
                "formula": "Lulusan SMK yang terserap dibagi seluruh lulusan SMK dikali 100 %",
                "tujuan": "Mengukur relevansi pendidikan kejuruan dengan kebutuhan dunia kerja",
                "satuan": "Persen",
                "jenis": "Kualitas",
                "kendali": "Moderate",
                "sumber": "Penelusuran tamatan (tracer study) SMK",
                "periode": "Tahunan",
            },
            {
                "persp": "pb",
                "rk": KADIS_RK["satuan"],
                "iki": ("Jumlah SMA dan SMK negeri yang terakreditasi A", 96, "sekolah"),
                "deskripsi": "Pemenuhan standar nasional pendidikan oleh SMA dan SMK negeri di provinsi",
                "definisi": "SMA dan SMK negeri dengan peringkat akreditasi A yang masih berlaku",
                "formula": "Jumlah SMA dan SMK negeri dengan sertifikat akreditasi A yang berlaku",
                "tujuan": "Mengukur mutu layanan satuan pendidikan menengah negeri",
                "satuan": "Sekolah",
                "jenis": "Kuantitas",
                "kendali": "Moderate",
                "sumber": "Sistem informasi akreditasi BAN-PDM",
                "periode": "Semesteran",
            },
            {
                "persp": "pb",
                "rk": KADIS_RK["guru"],
                "iki": ("Jumlah guru ASN yang diredistribusi ke sekolah kekurangan guru", 180, "orang"),
                "deskripsi": "Penempatan guru ASN dari sekolah kelebihan ke sekolah kekurangan guru",
                "definisi": "Guru ASN yang dipindahkan berdasarkan analisis kebutuhan guru per sekolah",
                "formula": "Jumlah guru ASN dengan SK redistribusi pada tahun berjalan",
                "tujuan": "Mengukur pemerataan guru ASN antarkabupaten/kota",
                "satuan": "Orang",
                "jenis": "Kuantitas",
                "kendali": "High",
                "sumber": "SK Kepala Dinas tentang redistribusi guru",
                "periode": "Triwulanan",
            },
            {
                "persp": "pi",
                "rk": KADIS_RK["sakip"],
                "iki": ("Nilai evaluasi SAKIP Dinas Pendidikan", 78.5, "poin"),
                "deskripsi": "Mutu perencanaan, pengukuran dan pelaporan kinerja Dinas Pendidikan",
                "definisi": "Nilai hasil evaluasi akuntabilitas kinerja oleh Inspektorat Provinsi",
                "formula": "Nilai yang tercantum pada laporan hasil evaluasi SAKIP",
                "tujuan": "Mengukur akuntabilitas kinerja Dinas Pendidikan",
                "satuan": "Poin",
                "jenis": "Kualitas",
                "kendali": "High",
                "sumber": "Laporan hasil evaluasi SAKIP Inspektorat Provinsi",
                "periode": "Tahunan",
            },
            {
                "persp": "ag",
                "rk": KADIS_RK["anggaran"],
                "iki": ("Persentase realisasi anggaran belanja Dinas Pendidikan", 95, "%"),
                "deskripsi": "Penyerapan anggaran belanja Dinas Pendidikan sesuai rencana",
                "definisi": "Perbandingan realisasi belanja dengan pagu anggaran setelah perubahan",
                "formula": "Realisasi belanja dibagi pagu anggaran dikali 100 %",
                "tujuan": "Mengukur akuntabilitas pengelolaan anggaran pendidikan",
                "satuan": "Persen",
                "jenis": "Kuantitas",
                "kendali": "High",
                "sumber": "Laporan realisasi anggaran SIPD",
                "periode": "Bulanan",
            },
        ],
        "tambahan": {
            "persp": "pi",
            "rk": "Tersampaikannya materi narasumber pada forum pendidikan tingkat nasional",
            "iki": ("Jumlah forum nasional yang diisi sebagai narasumber", 3, "forum"),
            "deskripsi": "Berbagi praktik baik pengelolaan pendidikan menengah provinsi",
            "definisi": "Forum tingkat nasional dengan Kepala Dinas sebagai narasumber",
            "formula": "Jumlah surat undangan narasumber yang dilaksanakan",
            "tujuan": "Mengukur kontribusi Kepala Dinas di luar tugas jabatan",
            "satuan": "Forum",
            "jenis": "Kuantitas",
            "kendali": "Low",
            "sumber": "Surat undangan dan bahan paparan",
            "periode": "Tahunan",
        },
    }
}

MANUAL_LABELS = [
    ("rk", "RENCANA KINERJA"),
    ("deskripsi", "DESKRIPSI RENCANA KINERJA"),
    ("iki", "INDIKATOR KINERJA INDIVIDU"),
    ("definisi", "DEFINISI IKI"),
    ("formula", "FORMULA"),
    ("tujuan", "TUJUAN"),
    ("satuan", "SATUAN PENGUKURAN"),
    ("jenis", "JENIS ASPEK TARGET"),
    ("kendali", "TINGKAT KENDALI IKI"),
    ("sumber", "SUMBER DATA"),
    ("periode", "PERIODE PELAPORAN"),
]


def _rk(atasan: str, rk: str, aktivitas: str, ikis: list, cara: tuple, butir: list | None = None) -> dict:
    return {
        "atasan": atasan,
        "rk": rk,
        "aktivitas": aktivitas,
        "ikis": ikis,
        "cara": cara,
        "butir": butir or [],
    }


# RK of the JA/JF penilai that the staff below intervene
SEKDIS_RK = [
    "Tersedianya dokumen perencanaan dan evaluasi kinerja Dinas Pendidikan yang bermutu",
    "Terwujudnya penatausahaan keuangan Dinas Pendidikan yang tertib",
    "Terselenggaranya layanan kepegawaian guru dan tenaga kependidikan yang cepat",
]
KABID_SMA_RK = [
    "Meningkatnya capaian rapor pendidikan SMA",
    "Meningkatnya jumlah SMA yang memenuhi standar nasional pendidikan",
]
KABID_SMK_RK = [
    "Meningkatnya keterserapan lulusan SMK di dunia kerja",
    "Meningkatnya kelayakan sarana praktik SMK negeri",
]
KACABDIN_RK = [
    "Meningkatnya partisipasi pendidikan menengah di wilayah Cabang Dinas II",
    "Meningkatnya mutu tata kelola SMA, SMK dan SLB di wilayah Cabang Dinas II",
]
UMPEG_RK = [
    "Tertibnya administrasi kepegawaian Dinas Pendidikan",
    "Terpeliharanya kendaraan dan gedung kantor Dinas Pendidikan",
    "Terkendalinya biaya operasional kantor Dinas Pendidikan",
]
KEPSEK_SMA_RK = [
    "Meningkatnya mutu pembelajaran di SMA Negeri 1 Lubuk Jati",
    "Terwujudnya tata kelola SMA Negeri 1 Lubuk Jati yang akuntabel",
]
KEPSEK_SMK_RK = ["Meningkatnya kompetensi lulusan SMK Negeri 2 Sungai Pinang"]

ROLES: dict[str, dict[str, Any]] = {
    # ------------------------------------------------------------------------------------ JA
    "sekdis": {
        "family": "JA",
        "jabatan": "Sekretaris Dinas Pendidikan",
        "golongan": ["IV/b"],
        "unit": "sekretariat",
        "penilai": "kadis",
        "gelar": ("", "S.E., M.M."),
        "rks": [
            _rk(
                KADIS_RK["sakip"],
                SEKDIS_RK[0],
                "Menyusun Renstra, Renja dan LKjIP Dinas Pendidikan",
                [
                    ("Kuantitas", "Banyaknya dokumen Renja, RKA dan LKjIP yang diselesaikan", 9, "dokumen"),
                    ("Kualitas", "Nilai komponen perencanaan kinerja pada evaluasi SAKIP", 24.5, "poin"),
                    ("Waktu", "Waktu penyampaian LKjIP kepada Gubernur setelah tahun anggaran", 2, "bulan"),
                ],
                ("Renja, RKA dan LKjIP", "Subbagian Program dan Pelaporan", "Triwulanan"),
            ),
            _rk(
                KADIS_RK["anggaran"],
                SEKDIS_RK[1],
                "Pelaksanaan verifikasi pertanggungjawaban keuangan Dinas Pendidikan",
                [
                    ("Kuantitas", "Jumlah SPJ belanja yang diverifikasi", 3600, "dokumen"),
                    (
                        "Kualitas",
                        "Persentase temuan pemeriksaan keuangan yang tuntas ditindaklanjuti",
                        92,
                        "%",
                    ),
                ],
                ("Register SPJ dan LHP", "Subbagian Keuangan dan Aset", "Bulanan"),
            ),
            _rk(
                KADIS_RK["guru"],
                SEKDIS_RK[2],
                "",
                [
                    ("Kuantitas", "Jumlah SK mutasi dan kenaikan pangkat guru yang terbit", 1450, "SK"),
                    (
                        "Waktu",
                        "Rata-rata lama penerbitan SK kenaikan pangkat sejak berkas lengkap",
                        12,
                        "hari kerja",
                    ),
                ],
                ("Register SK kepegawaian", "Subbagian Umum dan Kepegawaian", "Bulanan"),
            ),
        ],
    },
    "kabid_sma": {
        "family": "JA",
        "jabatan": "Kepala Bidang Pembinaan SMA",
        "golongan": ["IV/a", "IV/b"],
        "unit": "sma",
        "penilai": "kadis",
        "gelar": ("", "S.Pd., M.Pd."),
        "rks": [
            _rk(
                KADIS_RK["lulusan"],
                KABID_SMA_RK[0],
                "Memberikan pembinaan kepada kepala SMA negeri dan swasta",
                [
                    ("Kuantitas", "Jumlah SMA yang didampingi perencanaan berbasis data", 45, "sekolah"),
                    ("Kualitas", "Persentase SMA dengan capaian literasi kategori baik", 70, "%"),
                    ("Waktu", "Waktu penyampaian rekomendasi tindak lanjut rapor pendidikan", 3, "bulan"),
                ],
                ("Rapor pendidikan SMA", "Platform Rapor Pendidikan", "Semesteran"),
            ),
            _rk(
                KADIS_RK["satuan"],
                KABID_SMA_RK[1],
                "",
                [
                    ("Kuantitas", "Jumlah SMA yang diusulkan untuk akreditasi", 24, "sekolah"),
                    ("Kualitas", "Persentase SMA usulan yang memperoleh akreditasi minimal B", 85, "%"),
                ],
                ("Hasil akreditasi SMA", "BAN-PDM Provinsi", "Akhir tahun"),
            ),
        ],
    },
    "kabid_smk": {
        "family": "JA",
        "jabatan": "Kepala Bidang Pembinaan SMK",
        "golongan": ["IV/a", "IV/b"],
        "unit": "smk",
        "penilai": "kadis",
        "gelar": ("", "S.T., M.T."),
        "rks": [
            _rk(
                KADIS_RK["lulusan"],
                KABID_SMK_RK[0],
                "Pelaksanaan kemitraan SMK dengan dunia usaha dan dunia industri",
                [
                    (
                        "Kuantitas",
                        "Jumlah naskah kerja sama SMK dengan dunia usaha dan industri",
                        60,
                        "naskah",
                    ),
                    ("Kualitas", "Persentase lulusan SMK yang bekerja dalam satu tahun", 62, "%"),
                    ("Waktu", "Waktu penyusunan peta kebutuhan tenaga kerja lulusan SMK", 4, "bulan"),
                ],
                ("Naskah kerja sama dan tracer study", "Seksi Kurikulum dan Kesiswaan SMK", "Semesteran"),
            ),
            _rk(
                KADIS_RK["satuan"],
                KABID_SMK_RK[1],
                "",
                [
                    (
                        "Kuantitas",
                        "Jumlah SMK negeri yang menerima revitalisasi ruang praktik",
                        12,
                        "sekolah",
                    ),
                    ("Kualitas", "Persentase ruang praktik revitalisasi yang memenuhi standar", 90, "%"),
                ],
                ("Berita acara serah terima", "Seksi Sarana dan Prasarana SMK", "Triwulanan"),
            ),
        ],
    },
    "kacabdin": {
        "family": "JA",
        "jabatan": "Kepala Cabang Dinas Pendidikan Wilayah II",
        "golongan": ["IV/a", "IV/b"],
        "unit": "cabdin",
        "penilai": "kadis",
        "gelar": ("", "S.Pd., M.Si."),
        "rks": [
            _rk(
                KADIS_RK["akses"],
                KACABDIN_RK[0],
                "Koordinasi penerimaan peserta didik baru di wilayah Cabang Dinas II",
                [
                    (
                        "Kuantitas",
                        "Jumlah anak tidak sekolah usia 16-18 tahun yang kembali bersekolah",
                        350,
                        "anak",
                    ),
                    ("Kualitas", "Persentase lulusan SMP yang melanjutkan ke SMA/SMK/SLB", 93, "%"),
                    ("Waktu", "Waktu penyelesaian verifikasi data calon peserta didik", 14, "hari kerja"),
                ],
                ("Data PPDB dan Dapodik", "Seksi SMA dan SLB Cabang Dinas", "Semesteran"),
            ),
            _rk(
                KADIS_RK["satuan"],
                KACABDIN_RK[1],
                "",
                [
                    ("Kuantitas", "Jumlah sekolah yang dibina tata kelolanya", 38, "sekolah"),
                    ("Kualitas", "Persentase sekolah binaan dengan laporan BOSP tepat waktu", 95, "%"),
                ],
                ("Laporan BOSP sekolah", "Subbagian Tata Usaha Cabang Dinas", "Triwulanan"),
            ),
        ],
    },
    "kasubbag_umpeg": {
        "family": "JA",
        "jabatan": "Kepala Subbagian Umum dan Kepegawaian",
        "golongan": ["III/d", "IV/a"],
        "unit": "umpeg",
        "penilai": "sekdis",
        "gelar": ("", "S.Sos."),
        "rks": [
            _rk(
                SEKDIS_RK[2],
                UMPEG_RK[0],
                "Menatausahakan dokumen kepegawaian guru dan tenaga kependidikan",
                [
                    ("Kuantitas", "Jumlah dokumen kepegawaian yang dimutakhirkan di SIASN", 2400, "dokumen"),
                    ("Kualitas", "Persentase data kepegawaian yang valid pada SIASN", 97, "%"),
                    ("Waktu", "Waktu pemrosesan usulan cuti pegawai", 3, "hari kerja"),
                ],
                ("Data SIASN dan register cuti", "Subbagian Umum dan Kepegawaian", "Bulanan"),
            ),
            _rk(
                SEKDIS_RK[1],
                UMPEG_RK[1],
                "",
                [
                    ("Kuantitas", "Jumlah kendaraan dinas yang layak jalan", 18, "unit"),
                    ("Kualitas", "Persentase ruang kantor dalam kondisi baik", 90, "%"),
                ],
                ("Kartu pemeliharaan BMD", "Pengurus barang", "Triwulanan"),
            ),
            _rk(
                SEKDIS_RK[1],
                UMPEG_RK[2],
                "",
                [
                    ("Kuantitas", "Jumlah laporan pemakaian biaya operasional kantor", 12, "laporan"),
                    ("Biaya", "Biaya pemeliharaan rata-rata per kendaraan dinas", 6500000, "Rp"),
                ],
                ("Laporan realisasi belanja pemeliharaan", "Subbagian Keuangan dan Aset", "Semesteran"),
            ),
        ],
    },
    "kasubbag_tu": {
        "family": "JA",
        "jabatan": "Kepala Subbagian Tata Usaha Cabang Dinas Pendidikan Wilayah II",
        "golongan": ["III/c", "III/d"],
        "unit": "cabdin",
        "penilai": "kacabdin",
        "gelar": ("", "S.AP."),
        "rks": [
            _rk(
                KACABDIN_RK[1],
                "Tertibnya pertanggungjawaban keuangan Cabang Dinas Pendidikan Wilayah II",
                "Menyusun laporan keuangan Cabang Dinas Pendidikan Wilayah II",
                [
                    ("Kuantitas", "Jumlah laporan pertanggungjawaban keuangan yang tersusun", 12, "laporan"),
                    ("Kualitas", "Persentase SPJ yang lolos verifikasi tanpa koreksi", 90, "%"),
                    ("Waktu", "Waktu penyampaian SPJ ke Sekretariat Dinas", 5, "hari kerja"),
                ],
                ("SPJ dan berita acara verifikasi", "Bendahara pembantu Cabang Dinas", "Bulanan"),
            ),
            _rk(
                KACABDIN_RK[0],
                "Tersedianya data peserta didik wilayah Cabang Dinas II yang mutakhir",
                "",
                [
                    ("Kuantitas", "Jumlah sekolah yang datanya diverifikasi pada Dapodik", 38, "sekolah"),
                    (
                        "Kualitas",
                        "Persentase data peserta didik yang padan dengan data kependudukan",
                        95,
                        "%",
                    ),
                ],
                ("Rekap Dapodik", "Operator Cabang Dinas", "Semesteran"),
            ),
        ],
    },
    "pengadministrasi": {
        "family": "JA",
        "jabatan": "Pengadministrasi Perkantoran",
        "golongan": ["II/c", "II/d"],
        "unit": "sman1",
        "penilai": "kepsek_sma",
        "gelar": ("", ""),
        "rks": [
            _rk(
                KEPSEK_SMA_RK[1],
                "Tertibnya persuratan dan kearsipan SMA Negeri 1 Lubuk Jati",
                "Mengelola surat masuk dan surat keluar sekolah",
                [
                    ("Kuantitas", "Jumlah surat masuk dan keluar yang teragenda", 1200, "surat"),
                    ("Kualitas", "Persentase surat yang terarsip sesuai klasifikasi", 95, "%"),
                    ("Waktu", "Waktu pendistribusian surat masuk kepada pejabat terkait", 2, "hari kerja"),
                ],
                ("Buku agenda surat", "Tata usaha sekolah", "Bulanan"),
            ),
            _rk(
                KEPSEK_SMA_RK[0],
                "Tersedianya data peserta didik SMA Negeri 1 Lubuk Jati yang mutakhir",
                "",
                [
                    ("Kuantitas", "Jumlah data peserta didik yang dimutakhirkan pada Dapodik", 864, "siswa"),
                    ("Kualitas", "Persentase data peserta didik yang valid pada Dapodik", 96, "%"),
                ],
                ("Rekap Dapodik sekolah", "Operator sekolah", "Semesteran"),
            ),
        ],
    },
    "penata_layanan": {
        "family": "JA",
        "jabatan": "Penata Layanan Operasional",
        "golongan": ["III/a", "III/b"],
        "unit": "umpeg",
        "penilai": "kasubbag_umpeg",
        "gelar": ("", "S.Kom."),
        "rks": [
            _rk(
                UMPEG_RK[0],
                "Termutakhirkannya data kepegawaian guru dan tenaga kependidikan pada SIASN",
                "Input data kepegawaian guru ke dalam SIASN",
                [
                    ("Kuantitas", "Jumlah data pegawai yang dimutakhirkan pada SIASN", 1500, "data"),
                    ("Kualitas", "Persentase data pegawai yang lolos validasi BKN", 95, "%"),
                    ("Waktu", "Waktu pemutakhiran data sejak dokumen diterima", 5, "hari kerja"),
                ],
                ("Laporan pemutakhiran SIASN", "Aplikasi SIASN", "Bulanan"),
            ),
            _rk(
                UMPEG_RK[0],
                "Tersedianya berkas usulan cuti pegawai yang lengkap",
                "",
                [
                    ("Kuantitas", "Jumlah usulan cuti yang diverifikasi", 240, "usulan"),
                    ("Kualitas", "Persentase usulan cuti yang lengkap saat diajukan ke Sekretaris", 90, "%"),
                ],
                ("Register cuti", "Subbagian Umum dan Kepegawaian", "Bulanan"),
            ),
        ],
    },
    "operator_smk": {
        "family": "JA",
        "jabatan": "Operator Layanan Operasional",
        "golongan": ["II/a", "II/b"],
        "unit": "smk",
        "penilai": "kabid_smk",
        "gelar": ("", ""),
        "rks": [
            _rk(
                KABID_SMK_RK[0],
                "Tersedianya data kerja sama SMK dengan dunia usaha dan dunia industri yang mutakhir",
                "Rekapitulasi data kerja sama SMK dengan industri",
                [
                    ("Kuantitas", "Jumlah naskah kerja sama SMK yang terdata", 60, "naskah"),
                    ("Kualitas", "Persentase data kerja sama yang terverifikasi", 90, "%"),
                    ("Waktu", "Waktu penyampaian rekap kerja sama kepada Kepala Bidang", 10, "hari kerja"),
                ],
                ("Basis data kemitraan SMK", "Bidang Pembinaan SMK", "Semesteran"),
            ),
            _rk(
                KABID_SMK_RK[1],
                "Tersedianya data sarana praktik SMK negeri yang akurat",
                "",
                [
                    ("Kuantitas", "Jumlah SMK negeri yang data sarana praktiknya diperbarui", 32, "sekolah"),
                    (
                        "Kualitas",
                        "Persentase data sarana praktik yang sesuai hasil verifikasi lapangan",
                        90,
                        "%",
                    ),
                ],
                ("Data sarana prasarana Dapodik", "Bidang Pembinaan SMK", "Semesteran"),
            ),
        ],
    },
    # ------------------------------------------------------------------------------------ JF
    "guru_fisika": {
        "family": "JF",
        "jabatan": "Guru Ahli Muda",
        "tanpa_ahli": "Guru Muda",
        "jenjang": "Ahli Muda",
        "golongan": ["III/c", "III/d"],
        "unit": "sman1",
        "penilai": "kepsek_sma",
        "gelar": ("", "S.Pd."),
        "rks": [
            _rk(
                KEPSEK_SMA_RK[0],
                "Meningkatnya hasil belajar Fisika peserta didik kelas XI",
                "Melaksanakan pembelajaran Fisika di kelas XI",
                [
                    ("Kuantitas", "Jumlah modul ajar Fisika yang tersusun", 12, "modul"),
                    (
                        "Kualitas",
                        "Persentase peserta didik yang mencapai kriteria ketercapaian tujuan pembelajaran",
                        85,
                        "%",
                    ),
                    ("Waktu", "Waktu penyerahan nilai akhir semester kepada wali kelas", 7, "hari kerja"),
                ],
                ("Modul ajar dan daftar nilai", "Wakil kepala sekolah bidang kurikulum", "Semesteran"),
                [
                    ("Menyusun rencana pembelajaran", "Modul ajar", 0.456),
                    ("Melaksanakan pembelajaran", "Jurnal mengajar", 1.125),
                ],
            ),
            _rk(
                KEPSEK_SMA_RK[0],
                "Meningkatnya prestasi peserta didik pada olimpiade sains bidang Fisika",
                "",
                [
                    ("Kuantitas", "Jumlah peserta didik yang dibina untuk olimpiade sains", 10, "orang"),
                    (
                        "Kualitas",
                        "Persentase peserta didik binaan yang lolos seleksi tingkat kabupaten",
                        60,
                        "%",
                    ),
                ],
                ("Daftar peserta dan hasil seleksi OSN", "Pembina olimpiade sains", "Akhir tahun"),
                [("Membimbing peserta didik dalam kegiatan ekstrakurikuler", "Laporan pembinaan", 0.25)],
            ),
        ],
    },
    "guru_tkj": {
        "family": "JF",
        "jabatan": "Guru Ahli Pertama",
        "tanpa_ahli": "Guru Pertama",
        "jenjang": "Ahli Pertama",
        "golongan": ["III/a", "III/b"],
        "unit": "smkn2",
        "penilai": "kepsek_smk",
        "gelar": ("", "S.Kom., Gr."),
        "rks": [
            _rk(
                KEPSEK_SMK_RK[0],
                "Meningkatnya kompetensi peserta didik Teknik Komputer dan Jaringan",
                "Membimbing praktik jaringan komputer peserta didik kelas XI",
                [
                    ("Kuantitas", "Jumlah jobsheet praktik jaringan yang tersusun", 16, "jobsheet"),
                    ("Kualitas", "Persentase peserta didik yang lulus uji kompetensi keahlian", 88, "%"),
                    ("Waktu", "Waktu penyelesaian penilaian praktik kejuruan", 2, "minggu"),
                ],
                ("Jobsheet dan hasil uji kompetensi", "Ketua program keahlian TKJ", "Semesteran"),
                [
                    ("Menyusun rencana pembelajaran", "Jobsheet praktik", 0.375),
                    ("Melaksanakan pembelajaran praktik", "Jurnal praktik", 1.2),
                ],
            ),
            _rk(
                KEPSEK_SMK_RK[0],
                "Terbimbingnya peserta didik dalam praktik kerja lapangan",
                "",
                [
                    ("Kuantitas", "Jumlah peserta didik yang dibimbing praktik kerja lapangan", 24, "orang"),
                    ("Kualitas", "Persentase peserta didik PKL dengan nilai sertifikat baik", 85, "%"),
                ],
                ("Jurnal dan sertifikat PKL", "Koordinator hubungan industri", "Semesteran"),
                [("Membimbing praktik kerja lapangan", "Laporan bimbingan PKL", 0.3)],
            ),
        ],
    },
    "kepsek_sma": {
        "family": "JF",
        "jabatan": "Guru Ahli Madya merangkap Kepala SMA Negeri 1 Lubuk Jati",
        "tanpa_ahli": "Guru Madya merangkap Kepala SMA Negeri 1 Lubuk Jati",
        "jenjang": "Ahli Madya",
        "golongan": ["IV/a", "IV/b"],
        "unit": "sman1",
        "penilai": "kacabdin",
        "gelar": ("", "S.Pd., M.Pd."),
        "rks": [
            _rk(
                KACABDIN_RK[1],
                KEPSEK_SMA_RK[0],
                "Melaksanakan supervisi akademik guru SMA Negeri 1 Lubuk Jati",
                [
                    ("Kuantitas", "Jumlah guru yang disupervisi pembelajarannya", 42, "guru"),
                    ("Kualitas", "Nilai rata-rata kompetensi literasi pada rapor pendidikan", 72.5, "poin"),
                    ("Waktu", "Waktu penetapan kurikulum operasional satuan pendidikan", 2, "bulan"),
                ],
                (
                    "Instrumen supervisi dan rapor pendidikan",
                    "Wakil kepala sekolah bidang kurikulum",
                    "Semesteran",
                ),
                [
                    ("Melaksanakan supervisi akademik", "Laporan supervisi", 0.8),
                    ("Menyusun kurikulum operasional", "Dokumen KOSP", 0.65),
                ],
            ),
            _rk(
                KACABDIN_RK[1],
                KEPSEK_SMA_RK[1],
                "",
                [
                    ("Kuantitas", "Jumlah laporan penggunaan dana BOSP yang tersusun", 4, "laporan"),
                    ("Kualitas", "Persentase rekomendasi pemeriksaan yang ditindaklanjuti", 90, "%"),
                ],
                ("Laporan BOSP dan LHP", "Bendahara BOSP", "Triwulanan"),
                [("Mengelola keuangan sekolah", "Laporan BOSP", 0.4)],
            ),
        ],
    },
    "pengawas": {
        "family": "JF",
        "jabatan": "Pengawas Sekolah Ahli Madya",
        "tanpa_ahli": "Pengawas Sekolah Madya",
        "jenjang": "Ahli Madya",
        "golongan": ["IV/a", "IV/b", "IV/c"],
        "unit": "cabdin",
        "penilai": "kacabdin",
        "gelar": ("", "S.Pd., M.Pd."),
        "rks": [
            _rk(
                KACABDIN_RK[1],
                "Meningkatnya mutu pengelolaan sekolah binaan",
                "Melakukan supervisi manajerial ke sekolah binaan",
                [
                    ("Kuantitas", "Jumlah sekolah binaan yang disupervisi manajerial", 12, "sekolah"),
                    ("Kualitas", "Persentase sekolah binaan dengan rapor pendidikan kategori baik", 75, "%"),
                    ("Waktu", "Waktu penyampaian laporan hasil pengawasan", 14, "hari kerja"),
                ],
                ("Laporan supervisi manajerial", "Koordinator pengawas Cabang Dinas", "Semesteran"),
                [
                    ("Melaksanakan supervisi manajerial", "Laporan supervisi", 0.6),
                    ("Menyusun laporan hasil pengawasan", "Laporan pengawasan", 0.35),
                ],
            ),
            _rk(
                KACABDIN_RK[1],
                "Meningkatnya kemampuan guru sekolah binaan dalam asesmen pembelajaran",
                "",
                [
                    ("Kuantitas", "Jumlah guru yang didampingi penyusunan asesmen", 60, "guru"),
                    ("Kualitas", "Persentase guru binaan yang menerapkan asesmen diagnostik", 80, "%"),
                ],
                ("Laporan pendampingan guru", "Koordinator pengawas Cabang Dinas", "Semesteran"),
                [("Melaksanakan pendampingan guru", "Laporan pendampingan", 0.45)],
            ),
        ],
    },
    "prakom": {
        "family": "JF",
        "jabatan": "Pranata Komputer Ahli Pertama",
        "tanpa_ahli": "Pranata Komputer Pertama",
        "jenjang": "Ahli Pertama",
        "golongan": ["III/a", "III/b"],
        "unit": "sekretariat",
        "penilai": "sekdis",
        "gelar": ("", "S.Kom."),
        "rks": [
            _rk(
                SEKDIS_RK[0],
                "Tersedianya aplikasi pelaporan kinerja Dinas Pendidikan yang andal",
                "Melakukan pemeliharaan aplikasi pelaporan kinerja Dinas",
                [
                    ("Kuantitas", "Jumlah fitur aplikasi pelaporan kinerja yang dikembangkan", 6, "fitur"),
                    ("Kualitas", "Persentase ketersediaan layanan aplikasi", 98, "%"),
                    ("Waktu", "Waktu pemulihan layanan saat gangguan", 4, "jam"),
                ],
                ("Log server dan catatan gangguan", "Subbagian Program dan Pelaporan", "Bulanan"),
                [
                    ("Melakukan pengembangan aplikasi", "Fitur aplikasi", 0.12),
                    ("Melakukan pemeliharaan sistem", "Laporan pemeliharaan", 0.04),
                ],
            ),
            _rk(
                SEKDIS_RK[2],
                "Terintegrasinya data kepegawaian Dinas Pendidikan dengan SIASN",
                "",
                [
                    ("Kuantitas", "Jumlah data pegawai yang tersinkronisasi", 5200, "data"),
                    ("Kualitas", "Persentase data yang tersinkronisasi tanpa galat", 95, "%"),
                ],
                ("Laporan sinkronisasi", "Aplikasi SIMPEG Dinas", "Bulanan"),
                [("Melakukan integrasi basis data", "Berita acara integrasi", 0.085)],
            ),
        ],
    },
    "analis_kepeg": {
        "family": "JF",
        "jabatan": "Analis Kepegawaian Ahli Muda",
        "tanpa_ahli": "Analis Kepegawaian Muda",
        "jenjang": "Ahli Muda",
        "golongan": ["III/c", "III/d"],
        "unit": "sekretariat",
        "penilai": "sekdis",
        "gelar": ("", "S.Psi., M.AP."),
        "rks": [
            _rk(
                SEKDIS_RK[2],
                "Tersusunnya rekomendasi kebijakan pengembangan karier guru",
                "Penyusunan kajian pengembangan karier guru",
                [
                    ("Kuantitas", "Jumlah kajian pengembangan karier yang tersusun", 3, "kajian"),
                    ("Kualitas", "Persentase rekomendasi kajian yang ditindaklanjuti pimpinan", 70, "%"),
                    ("Waktu", "Waktu penyelesaian kajian sejak penugasan", 3, "bulan"),
                ],
                ("Naskah kajian dan disposisi", "Sekretaris Dinas", "Semesteran"),
                [
                    ("Menyusun kajian kebijakan manajemen ASN", "Naskah kajian", 0.35),
                    ("Menyusun rekomendasi kebijakan", "Nota rekomendasi", 0.2),
                ],
            ),
            _rk(
                SEKDIS_RK[2],
                "Tersedianya analisis usulan mutasi guru yang sesuai kebutuhan sekolah",
                "",
                [
                    ("Kuantitas", "Jumlah usulan mutasi guru yang dianalisis", 320, "usulan"),
                    ("Kualitas", "Persentase usulan mutasi yang sesuai peta kebutuhan guru", 90, "%"),
                ],
                ("Register usulan mutasi", "Subbagian Umum dan Kepegawaian", "Triwulanan"),
                [("Menganalisis usulan mutasi", "Laporan analisis", 0.015)],
            ),
        ],
    },
    "plp": {
        "family": "JF",
        "jabatan": "Pranata Laboratorium Pendidikan Mahir",
        "jenjang": "Mahir",
        "golongan": ["III/a", "III/b"],
        "unit": "smkn2",
        "penilai": "kepsek_smk",
        "gelar": ("", "A.Md."),
        "rks": [
            _rk(
                KEPSEK_SMK_RK[0],
                "Tersedianya laboratorium komputer SMK Negeri 2 Sungai Pinang yang siap pakai",
                "Melakukan perawatan komputer di laboratorium",
                [
                    ("Kuantitas", "Jumlah unit komputer praktik yang terpelihara", 72, "unit"),
                    ("Kualitas", "Persentase peralatan laboratorium yang berfungsi baik", 95, "%"),
                    ("Waktu", "Waktu penyiapan alat dan bahan praktik", 2, "hari kerja"),
                ],
                ("Kartu perawatan alat", "Kepala laboratorium", "Bulanan"),
                [
                    ("Melakukan pemeliharaan peralatan laboratorium", "Laporan pemeliharaan", 0.014),
                    ("Menyiapkan alat dan bahan praktik", "Daftar alat dan bahan", 0.008),
                ],
            ),
            _rk(
                KEPSEK_SMK_RK[0],
                "Terkelolanya bahan praktik laboratorium secara tertib",
                "",
                [
                    ("Kuantitas", "Jumlah laporan inventaris bahan praktik", 12, "laporan"),
                    ("Kualitas", "Persentase bahan praktik yang tercatat dalam kartu stok", 95, "%"),
                ],
                ("Kartu stok bahan praktik", "Kepala laboratorium", "Bulanan"),
                [("Mengelola inventaris laboratorium", "Laporan inventaris", 0.02)],
            ),
        ],
    },
    "pustakawan": {
        "family": "JF",
        "jabatan": "Pustakawan Ahli Pertama",
        "tanpa_ahli": "Pustakawan Pertama",
        "jenjang": "Ahli Pertama",
        "golongan": ["III/a", "III/b"],
        "unit": "sman1",
        "penilai": "kepsek_sma",
        "gelar": ("", "S.IP."),
        "rks": [
            _rk(
                KEPSEK_SMA_RK[0],
                "Meningkatnya pemanfaatan perpustakaan SMA Negeri 1 Lubuk Jati",
                "Melayani peminjaman dan pengembalian buku perpustakaan",
                [
                    ("Kuantitas", "Jumlah kunjungan peserta didik ke perpustakaan", 4800, "kunjungan"),
                    ("Kualitas", "Persentase peserta didik yang menjadi anggota aktif perpustakaan", 75, "%"),
                    ("Waktu", "Waktu pengolahan bahan pustaka baru sampai siap dipinjam", 10, "hari kerja"),
                ],
                ("Buku tamu dan data keanggotaan", "Aplikasi perpustakaan sekolah", "Bulanan"),
                [
                    ("Melakukan layanan sirkulasi", "Laporan layanan sirkulasi", 0.005),
                    ("Melakukan pengolahan bahan pustaka", "Katalog bahan pustaka", 0.011),
                ],
            ),
            _rk(
                KEPSEK_SMA_RK[0],
                "Tersedianya koleksi bahan pustaka yang terolah",
                "",
                [
                    ("Kuantitas", "Jumlah bahan pustaka yang diolah", 600, "eksemplar"),
                    ("Kualitas", "Persentase koleksi yang terkatalog pada aplikasi perpustakaan", 90, "%"),
                ],
                ("Laporan pengolahan koleksi", "Aplikasi perpustakaan sekolah", "Triwulanan"),
                [("Melakukan katalogisasi", "Cantuman katalog", 0.009)],
            ),
        ],
    },
    "perencana": {
        "family": "JF",
        "jabatan": "Perencana Ahli Muda",
        "tanpa_ahli": "Perencana Muda",
        "jenjang": "Ahli Muda",
        "golongan": ["III/c", "III/d"],
        "unit": "sekretariat",
        "penilai": "sekdis",
        "gelar": ("", "S.E., M.Ec.Dev."),
        "rks": [
            _rk(
                SEKDIS_RK[0],
                "Tersusunnya rencana kerja Dinas Pendidikan yang selaras dengan RPJMD",
                "Penyusunan Rencana Kerja Dinas Pendidikan",
                [
                    ("Kuantitas", "Jumlah dokumen rencana kerja dan anggaran yang tersusun", 5, "dokumen"),
                    ("Kualitas", "Persentase indikator Renja yang selaras dengan Renstra", 95, "%"),
                    ("Waktu", "Waktu penyampaian rancangan Renja kepada Bappeda", 2, "bulan"),
                ],
                ("Rancangan Renja dan berita acara", "Subbagian Program dan Pelaporan", "Triwulanan"),
                [
                    ("Menyusun rancangan rencana kerja", "Rancangan Renja", 0.3),
                    ("Menyusun rancangan anggaran", "Rancangan RKA", 0.25),
                ],
            ),
            _rk(
                SEKDIS_RK[0],
                "Tersedianya data capaian kinerja program pendidikan yang terukur",
                "",
                [
                    ("Kuantitas", "Jumlah laporan capaian kinerja triwulanan yang tersusun", 4, "laporan"),
                    ("Kualitas", "Persentase indikator program yang datanya lengkap", 90, "%"),
                ],
                ("Laporan capaian kinerja", "Aplikasi e-Monev", "Triwulanan"),
                [("Menyusun laporan evaluasi kinerja", "Laporan evaluasi", 0.2)],
            ),
        ],
    },
}

# penilai who have no workbook of their own in the set
PENILAI_SAJA: dict[str, dict[str, Any]] = {
    "kepsek_smk": {
        "jabatan": "Guru Ahli Madya merangkap Kepala SMK Negeri 2 Sungai Pinang",
        "golongan": ["IV/b"],
        "unit": "smkn2",
        "gelar": ("", "S.T., M.Pd."),
    },
}

# Kinerja Tambahan of a JA/JF (variation tambahan_terisi): development commitment / community involvement
TAMBAHAN_JA_JF = [
    {
        "rk": "Meningkatnya kompetensi diri melalui pelatihan Kurikulum Merdeka",
        "ikis": [
            ("Kuantitas", "Jumlah jam pelatihan pengembangan kompetensi yang diikuti", 32, "jam pelajaran")
        ],
        "cara": ("Sertifikat pelatihan", "Aplikasi pelatihan guru", "Akhir tahun"),
    },
    {
        "rk": "Tersusunnya laporan tugas sebagai anggota Tim Penerimaan Peserta Didik Baru",
        "ikis": [("Kuantitas", "Jumlah laporan tugas tim yang tersusun", 3, "laporan")],
        "cara": ("Laporan tim", "Sekretariat Tim PPDB", "Semesteran"),
    },
]

# Aspek as written by the file (variation aspek_ragam; SPEC §3.10 and §3 "case-insensitive")
ASPEK_GAYA = {
    "kecil": {"Kuantitas": "kuantitas", "Kualitas": "kualitas", "Waktu": "waktu", "Biaya": "biaya"},
    "iki": {
        "Kuantitas": "IKI (Kuantitas)",
        "Kualitas": "IKI (Kualitas)",
        "Waktu": "IKI (Waktu)",
        "Biaya": "Biaya",
    },
    "pp46": {"Kuantitas": "Kuant/Output", "Kualitas": "Kual/Mutu", "Waktu": "Waktu", "Biaya": "Biaya"},
    "output": {
        "Kuantitas": "KUANTITAS/OUTPUT",
        "Kualitas": "Kualitas/Mutu",
        "Waktu": "Waktu",
        "Biaya": "Biaya",
    },
}

# Labels written differently (variation label_salah_ketik): SPEC §3.10's own examples, and one pair of
# adjacent letters swapped in a label of six or more letters
LABEL_LAIN = {
    ("ident", "gol"): ["PANGKA/GOL. RUANG", "PANGKAT/GOL RAUNG"],
    ("ident", "jabatan"): ["JBAATAN"],
    ("ident", "unit"): ["UNTI KERJA"],
    ("blok", "pegawai"): ["PEGAWAI YANG DI NILAI", "PEGAWAI YNAG DINILAI"],
    ("blok", "penilai"): ["PEJABAT PENILAI KERJA", "PEJABAT PENILIA KINERJA"],
    ("hdr", "iki"): ["INDIKATOR KERJA INDIVIDU", "INDIKATOR KINERJA INDIVIUD"],
    ("hdr", "atasan"): ["RENCANA KINERJA ATASAN LANGSUNG / UNIT KERJA / ORGANISASI"],
    ("hdr", "rk"): ["RENCANA KINREJA"],
    ("hdr", "target"): ["TAREGT"],
    ("hdr", "sumber"): ["SUMBER DTAA"],
    ("hdr", "waktu"): ["WAKTU PENGUMPLUAN"],
    ("hdr", "sb"): ["SANGAT BAKI"],
}

JUDUL_TAK_DIKENAL = ["PROGRAM / KEGIATAN UNIT KERJA", "SASARAN KEGIATAN BIDANG"]

REVIU = ["Sudah sesuai", "Selaras dengan RK atasan", "Target sudah terukur"]

IDE = "IDE BARU / METODE BARU YANG BERMANFAAT BAGI ORGANISASI"
PERILAKU = ["Orientasi Pelayanan", "Komitmen", "Inisiatif Kerja", "Kerja Sama", "Kepemimpinan"]

SATUAN_KATA = [
    "nol",
    "satu",
    "dua",
    "tiga",
    "empat",
    "lima",
    "enam",
    "tujuh",
    "delapan",
    "sembilan",
    "sepuluh",
    "sebelas",
]


def terbilang(n: int) -> str:
    """Indonesian number words (``12`` → ``dua belas``, ``1450`` → ``seribu empat ratus lima puluh``)."""
    if n < 12:
        return SATUAN_KATA[n]
    if n < 20:
        return f"{SATUAN_KATA[n - 10]} belas"
    if n < 100:
        rest = n % 10
        return f"{SATUAN_KATA[n // 10]} puluh" + (f" {SATUAN_KATA[rest]}" if rest else "")
    if n < 200:
        return "seratus" + (f" {terbilang(n - 100)}" if n > 100 else "")
    if n < 1000:
        rest = n % 100
        return f"{SATUAN_KATA[n // 100]} ratus" + (f" {terbilang(rest)}" if rest else "")
    if n < 2000:
        return "seribu" + (f" {terbilang(n - 1000)}" if n > 1000 else "")
    if n < 1_000_000:
        rest = n % 1000
        return f"{terbilang(n // 1000)} ribu" + (f" {terbilang(rest)}" if rest else "")
    rest = n % 1_000_000
    return f"{terbilang(n // 1_000_000)} juta" + (f" {terbilang(rest)}" if rest else "")
