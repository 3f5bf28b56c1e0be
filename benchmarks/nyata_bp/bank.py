"""Fictional world of ``benchmarks/nyata_bp``: the Kantor Kementerian Agama Kabupaten Sungai Lestari and its
units (KUA kecamatan, madrasah negeri) in January, plus the Kepala Kanwil of its province (JPT Pratama).

Every text here is invented for the set; nothing is taken from the project's code or other sets.
"""

from __future__ import annotations

KABUPATEN = "Sungai Lestari"
PROVINSI = "Teluk Nusantara"
KANKEMENAG = f"Kantor Kementerian Agama Kabupaten {KABUPATEN}"
KANWIL = f"Kantor Wilayah Kementerian Agama Provinsi {PROVINSI}"

PANGKAT = {
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

# (given name, family name, gender 1/2, religious prefix, religious suffix, plain suffix)
NAMA = [
    ("Ahmad", "Fauzan", 1, "H.", "S.Ag., M.Pd.I.", "S.Ag."),
    ("Siti", "Maemunah", 2, "Hj.", "S.Ag., M.H.", "S.H."),
    ("Muhammad", "Ridwan", 1, "Ust.", "Lc., M.A.", "S.Sos."),
    ("Nur", "Hasanah", 2, "Hj.", "S.Pd.I.", "S.Pd."),
    ("Abdul", "Karim", 1, "K.H.", "Lc.", "S.E."),
    ("Yohanes", "Simanjuntak", 1, "Pdt.", "S.Th., M.Th.", "S.Th."),
    ("Maria", "Goreti Bunga", 2, "", "S.Ag.", "S.Ag."),
    ("I Made", "Sudarsana", 1, "", "S.Ag., M.Pd.H.", "S.Pd.H."),
    ("Suryo", "Wicaksono", 1, "", "S.Ag.", "S.Ag."),
    ("Fatimah", "Azzahra", 2, "Ustz.", "S.Pd.I., M.Pd.I.", "S.Pd."),
    ("Rahmat", "Hidayat", 1, "H.", "S.H.I.", "S.H."),
    ("Dewi", "Lestari", 2, "", "S.E., Ak.", "S.E."),
    ("Taufik", "Rahman", 1, "Drs. H.", "M.Si.", "M.Si."),
    ("Laila", "Kurniasih", 2, "", "A.Md.", "A.Md."),
    ("Zainal", "Arifin", 1, "Dr. H.", "M.Ag.", "M.Ag."),
    ("Rini", "Puspitasari", 2, "", "S.Psi.", "S.Psi."),
    ("Daniel", "Sitompul", 1, "Pdt.", "S.Th.", "S.Th."),
    ("Agustinus", "Bria", 1, "", "S.Ag.", "S.Fil."),
    ("Ni Luh", "Ayu Wulandari", 2, "", "S.Ag.", "S.Pd.H."),
    ("Metta", "Kusuma", 2, "", "S.Ag.", "S.Pd.B."),
]

KECAMATAN = ["Sukamaju", "Tanjung Batu", "Padang Sari", "Muara Indah"]

# Units: full written form, short form (KUA / madrasah habits)
UNIT = {
    "kankemenag": (KANKEMENAG, KANKEMENAG),
    "tu": (f"Subbagian Tata Usaha {KANKEMENAG}", f"Subbag TU {KANKEMENAG}"),
    "bimas": (f"Seksi Bimbingan Masyarakat Islam {KANKEMENAG}", f"Seksi Bimas Islam {KANKEMENAG}"),
    "pendma": (f"Seksi Pendidikan Madrasah {KANKEMENAG}", f"Seksi Pendma {KANKEMENAG}"),
    "kristen": (f"Penyelenggara Kristen {KANKEMENAG}", f"Penyelenggara Kristen {KANKEMENAG}"),
    "kua": ("Kantor Urusan Agama Kecamatan {kec}", "KUA Kecamatan {kec}"),
    "mtsn": (f"Madrasah Tsanawiyah Negeri 2 {KABUPATEN}", f"MTsN 2 {KABUPATEN}"),
    "min": (f"Madrasah Ibtidaiyah Negeri 1 {KABUPATEN}", f"MIN 1 {KABUPATEN}"),
    "kanwil": (KANWIL, KANWIL),
}

# A role: family (ja/jf/jpt), jabatan text, golongan choices, unit key, penilai role key, RKs, butir (JF).
# RK: (rk atasan, rk, [(aspek, iki, number, satuan-plain, satuan-phrase)]), the quoted variant after "|".
# The RK text holds an optional quoted/Arabic-term part: "{q}" is replaced by the plain or the quoted form.


def _k(iki: str, n: int, plain: str, phrase: str) -> tuple[str, str, int, str, str]:
    return ("Kuantitas", iki, n, plain, phrase)


def _q(iki: str, n: int) -> tuple[str, str, int, str, str]:
    return ("Kualitas", iki, n, "%", "%")


def _w(iki: str) -> tuple[str, str, int, str, str]:
    return ("Waktu", iki, 12, "bulan", "bulan")


ROLES: dict[str, dict] = {
    "kanwil": {
        "family": "jpt",
        "jabatan": f"Kepala {KANWIL}",
        "gol": ["IV/c", "IV/d"],
        "unit": "kanwil",
        "penilai": "sekjen",
        "rk": [
            (
                "Penerima Layanan",
                "Meningkatnya kualitas layanan keagamaan di Provinsi " + PROVINSI,
                "Indeks Kepuasan Layanan KUA",
                "86,5",
                "",
            ),
            (
                "Penerima Layanan",
                "Meningkatnya kerukunan dan moderasi beragama",
                "Indeks Kerukunan Umat Beragama",
                "78,2",
                "",
            ),
            (
                "Proses Bisnis",
                "Terselenggaranya {q} yang tertib dan tepat waktu",
                "Persentase jemaah haji yang diberangkatkan sesuai jadwal",
                "98",
                "%",
            ),
            (
                "Proses Bisnis",
                "Meningkatnya mutu lulusan madrasah",
                "Persentase madrasah terakreditasi A",
                "45",
                "%",
            ),
            (
                "Penguatan Internal",
                "Terwujudnya tata kelola Kanwil yang bersih dan melayani",
                "Nilai Reformasi Birokrasi Kanwil",
                "82",
                "",
            ),
            (
                "Anggaran",
                "Pengelolaan anggaran Kanwil yang akuntabel",
                "Persentase realisasi anggaran",
                "96",
                "%",
            ),
        ],
        "q": ("penyelenggaraan ibadah haji", '"Penyelenggaraan Ibadah Haji" (PIH)'),
    },
    "kepala_kantor": {
        "family": "ja",
        "jabatan": f"Kepala {KANKEMENAG}",
        "gol": ["IV/a", "IV/b"],
        "unit": "kankemenag",
        "penilai": "kanwil",
        "rk": [
            (
                "Meningkatnya kualitas layanan keagamaan di Provinsi " + PROVINSI,
                "Meningkatnya kualitas layanan {q} di KUA se-Kabupaten " + KABUPATEN,
                [
                    _k("Jumlah KUA yang menerapkan layanan terpadu", 14, "KUA", "KUA kecamatan"),
                    _q("Persentase pengguna layanan KUA yang puas", 85),
                    _w("Waktu pelaksanaan pembinaan KUA"),
                ],
            ),
            (
                "Meningkatnya mutu lulusan madrasah",
                "Meningkatnya mutu pendidikan madrasah negeri di Kabupaten " + KABUPATEN,
                [
                    _k("Jumlah madrasah negeri yang dibina", 9, "madrasah", "madrasah negeri dibina"),
                    _q("Persentase madrasah negeri terakreditasi minimal B", 90),
                    _w("Waktu penyelesaian pembinaan madrasah"),
                ],
            ),
        ],
        "q": ("nikah dan rujuk", '"Nikah dan Rujuk" (NR)'),
    },
    "kasubbag_tu": {
        "family": "ja",
        "jabatan": f"Kepala Subbagian Tata Usaha {KANKEMENAG}",
        "gol": ["III/c", "III/d"],
        "unit": "tu",
        "penilai": "kepala_kantor",
        "rk": [
            (
                "Meningkatnya kualitas layanan {q} di KUA se-Kabupaten " + KABUPATEN,
                "Layanan ketatausahaan dan kepegawaian kantor yang tertib",
                [
                    _k(
                        "Jumlah usulan layanan kepegawaian yang diproses",
                        240,
                        "usulan",
                        "usulan layanan diproses",
                    ),
                    _q("Persentase usulan yang diproses tanpa pengembalian", 90),
                    _w("Waktu penyelesaian layanan ketatausahaan"),
                ],
            ),
            (
                "Meningkatnya mutu pendidikan madrasah negeri di Kabupaten " + KABUPATEN,
                "Laporan keuangan satuan kerja yang tepat waktu dan andal",
                [
                    _k("Jumlah laporan keuangan yang disusun", 12, "laporan", "laporan keuangan bulanan"),
                    _q("Persentase laporan tanpa koreksi KPPN", 95),
                    _w("Waktu penyampaian laporan keuangan"),
                ],
            ),
        ],
        "q": ("", ""),
    },
    "kasi_bimas": {
        "family": "ja",
        "jabatan": f"Kepala Seksi Bimbingan Masyarakat Islam {KANKEMENAG}",
        "gol": ["III/d", "IV/a"],
        "unit": "bimas",
        "penilai": "kepala_kantor",
        "rk": [
            (
                "Meningkatnya kualitas layanan {q} di KUA se-Kabupaten " + KABUPATEN,
                "Meningkatnya kualitas layanan {q} bagi calon pengantin",
                [
                    _k(
                        "Jumlah angkatan bimbingan perkawinan yang terlaksana",
                        24,
                        "angkatan",
                        "kali bimbingan perkawinan",
                    ),
                    _q("Persentase calon pengantin yang mengikuti bimbingan", 80),
                    _w("Waktu pelaksanaan bimbingan perkawinan"),
                ],
            ),
            (
                "Meningkatnya kualitas layanan {q} di KUA se-Kabupaten " + KABUPATEN,
                "Meningkatnya pemberdayaan zakat dan wakaf di Kabupaten " + KABUPATEN,
                [
                    _k("Jumlah bidang tanah wakaf yang bersertifikat", 60, "bidang", "bidang tanah wakaf"),
                    _q("Persentase tanah wakaf tersertifikasi", 75),
                    _w("Waktu penyelesaian fasilitasi sertifikasi wakaf"),
                ],
            ),
        ],
        "q": ("bimbingan perkawinan", '"Bimbingan Perkawinan" (Bimwin)'),
    },
    "kasi_pendma": {
        "family": "ja",
        "jabatan": f"Kepala Seksi Pendidikan Madrasah {KANKEMENAG}",
        "gol": ["III/d", "IV/a"],
        "unit": "pendma",
        "penilai": "kepala_kantor",
        "rk": [
            (
                "Meningkatnya mutu pendidikan madrasah negeri di Kabupaten " + KABUPATEN,
                "Meningkatnya mutu layanan pendidikan madrasah melalui {q}",
                [
                    _k("Jumlah madrasah yang mengikuti program", 32, "madrasah", "madrasah peserta program"),
                    _q("Persentase madrasah yang memenuhi standar nasional pendidikan", 70),
                    _w("Waktu pelaksanaan pendampingan madrasah"),
                ],
            ),
            (
                "Meningkatnya mutu pendidikan madrasah negeri di Kabupaten " + KABUPATEN,
                "Tersalurkannya bantuan operasional madrasah tepat sasaran",
                [
                    _k("Jumlah lembaga penerima BOS madrasah", 48, "lembaga", "lembaga penerima BOS"),
                    _q("Persentase penyaluran BOS tepat sasaran", 98),
                    _w("Waktu penyaluran BOS madrasah"),
                ],
            ),
        ],
        "q": ("Asesmen Kompetensi Madrasah Indonesia", '"Asesmen Kompetensi Madrasah Indonesia" (AKMI)'),
    },
    "penyelenggara_kristen": {
        "family": "ja",
        "jabatan": f"Penyelenggara Kristen {KANKEMENAG}",
        "gol": ["III/c", "III/d"],
        "unit": "kristen",
        "penilai": "kepala_kantor",
        "rk": [
            (
                "Meningkatnya kualitas layanan {q} di KUA se-Kabupaten " + KABUPATEN,
                "Meningkatnya kualitas layanan bimbingan masyarakat Kristen",
                [
                    _k("Jumlah gereja yang terdata dalam SIBIMAS", 85, "gereja", "gereja terdata"),
                    _q("Persentase penyuluh Kristen yang melapor tepat waktu", 90),
                    _w("Waktu pendataan rumah ibadat"),
                ],
            ),
            (
                "Meningkatnya mutu pendidikan madrasah negeri di Kabupaten " + KABUPATEN,
                "Terselenggaranya pendidikan agama Kristen yang bermutu",
                [
                    _k("Jumlah guru agama Kristen yang dibina", 36, "orang", "orang guru dibina"),
                    _q("Persentase guru agama Kristen bersertifikat pendidik", 75),
                    _w("Waktu pelaksanaan pembinaan guru"),
                ],
            ),
        ],
        "q": ("", ""),
    },
    "kepala_kua": {
        "family": "ja",
        "jabatan": "Kepala Kantor Urusan Agama Kecamatan {kec}",
        "gol": ["III/c", "III/d"],
        "unit": "kua",
        "penilai": "kepala_kantor",
        "rk": [
            (
                "Meningkatnya kualitas layanan {q} di KUA se-Kabupaten " + KABUPATEN,
                "Pelayanan {q} di KUA Kecamatan {kec} yang tertib administrasi",
                [
                    _k("Jumlah peristiwa nikah yang dicatat", 120, "peristiwa", "peristiwa nikah dicatat"),
                    _q("Persentase akta nikah yang terbit tanpa perbaikan", 95),
                    _w("Waktu pencatatan peristiwa nikah"),
                ],
            ),
            (
                "Meningkatnya kualitas layanan {q} di KUA se-Kabupaten " + KABUPATEN,
                "Meningkatnya pembinaan keluarga sakinah di Kecamatan {kec}",
                [
                    _k("Jumlah keluarga sakinah yang dibina", 40, "keluarga", "keluarga sakinah binaan"),
                    _q("Persentase keluarga binaan yang naik tingkat", 60),
                    _w("Waktu pelaksanaan pembinaan keluarga sakinah"),
                ],
            ),
        ],
        "q": ("nikah dan rujuk", '"Nikah dan Rujuk" (NR)'),
    },
    "pelaksana_tu": {
        "family": "ja",
        "jabatan": "Penata Layanan Operasional",
        "gol": ["III/a", "III/b"],
        "unit": "tu",
        "penilai": "kasubbag_tu",
        "rk": [
            (
                "Layanan ketatausahaan dan kepegawaian kantor yang tertib",
                "Data kepegawaian dalam SIMPEG Kemenag yang mutakhir",
                [
                    _k("Jumlah data pegawai yang dimutakhirkan", 310, "data", "data pegawai dimutakhirkan"),
                    _q("Persentase data pegawai yang valid", 98),
                    _w("Waktu pemutakhiran data pegawai"),
                ],
            ),
            (
                "Layanan ketatausahaan dan kepegawaian kantor yang tertib",
                "Surat dinas yang teradministrasi dalam aplikasi {q}",
                [
                    _k("Jumlah surat dinas yang diadministrasikan", 1200, "surat", "surat dinas tercatat"),
                    _q("Persentase surat yang terdistribusi pada hari yang sama", 90),
                    _w("Waktu pengadministrasian surat dinas"),
                ],
            ),
        ],
        "q": ("SRIKANDI", '"SRIKANDI"'),
    },
    # JF
    "penghulu": {
        "family": "jf",
        "jabatan": "Penghulu {jenjang}",
        "jenjang": {
            "Ahli Pertama": ["III/a", "III/b"],
            "Ahli Muda": ["III/c", "III/d"],
            "Ahli Madya": ["IV/a", "IV/b"],
        },
        "unit": "kua",
        "penilai": "kepala_kua",
        "rk": [
            (
                "Pelayanan {q} di KUA Kecamatan {kec} yang tertib administrasi",
                "Peristiwa {q} di Kecamatan {kec} tercatat sesuai ketentuan",
                [
                    _k(
                        "Jumlah peristiwa nikah yang diawasi dan dicatat",
                        120,
                        "peristiwa",
                        "peristiwa nikah dicatat",
                    ),
                    _q("Persentase pemeriksaan berkas nikah yang lengkap", 95),
                    _w("Waktu penyelesaian pencatatan nikah"),
                ],
                [
                    ("Melaksanakan pengawasan dan pencatatan nikah/rujuk", "Akta nikah", "0,010"),
                    ("Memeriksa kelengkapan berkas calon pengantin", "Lembar pemeriksaan nikah", "0,004"),
                ],
            ),
            (
                "Meningkatnya pembinaan keluarga sakinah di Kecamatan {kec}",
                "Calon pengantin memahami materi {b}",
                [
                    _k(
                        "Jumlah pasangan calon pengantin yang dibimbing",
                        24,
                        "pasangan",
                        "kali bimbingan perkawinan",
                    ),
                    _q("Persentase peserta yang lulus evaluasi bimbingan", 85),
                    _w("Waktu pelaksanaan bimbingan calon pengantin"),
                ],
                [("Memberikan bimbingan perkawinan kepada calon pengantin", "Laporan bimbingan", "0,020")],
            ),
        ],
        "q": ("nikah dan rujuk", '"Nikah dan Rujuk" (NR)'),
        "b": ("bimbingan perkawinan", '"Bimbingan Perkawinan" (Bimwin)'),
    },
    "penyuluh": {
        "family": "jf",
        "jabatan": "Penyuluh Agama {agama} {jenjang}",
        "jabatan_tanpa_agama": "Penyuluh Agama {jenjang}",
        "jenjang": {
            "Ahli Pertama": ["III/a", "III/b"],
            "Ahli Muda": ["III/c", "III/d"],
            "Terampil": ["II/c", "II/d"],
            "Mahir": ["III/a", "III/b"],
        },
        "agama": ["Islam", "Kristen", "Katolik", "Hindu", "Buddha"],
        "unit": "kua",
        "penilai": "kepala_kua",
        "rk": [
            (
                "Meningkatnya pembinaan keluarga sakinah di Kecamatan {kec}",
                "Kelompok binaan {q} di Kecamatan {kec} yang aktif",
                [
                    _k("Jumlah kelompok binaan yang dibimbing", 12, "kelompok", "kelompok binaan"),
                    _q("Persentase kelompok binaan yang aktif bertemu rutin", 80),
                    _w("Waktu pelaksanaan penyuluhan kelompok binaan"),
                ],
                [
                    (
                        "Melaksanakan bimbingan dan penyuluhan kepada kelompok binaan",
                        "Laporan penyuluhan",
                        "0,016",
                    ),
                    ("Menyusun materi penyuluhan agama", "Naskah materi", "0,025"),
                ],
            ),
            (
                "Meningkatnya kerukunan dan moderasi beragama",
                "Masyarakat Kecamatan {kec} memahami nilai {b}",
                [
                    _k(
                        "Jumlah kegiatan penyuluhan moderasi yang terlaksana",
                        8,
                        "kegiatan",
                        "kali penyuluhan moderasi",
                    ),
                    _q("Persentase peserta yang memahami materi moderasi", 75),
                    _w("Waktu pelaksanaan penyuluhan moderasi"),
                ],
                [("Melaksanakan penyuluhan kerukunan umat beragama", "Laporan kegiatan", "0,012")],
            ),
        ],
        "q": ("majelis taklim", '"Majelis Ta\'lim"'),
        "b": ("moderasi beragama", '"Moderasi Beragama" (MB)'),
    },
    "pengawas": {
        "family": "jf",
        "jabatan": "Pengawas Sekolah {jenjang}",
        "jenjang": {"Ahli Muda": ["III/c", "III/d"], "Ahli Madya": ["IV/a", "IV/b"]},
        "unit": "pendma",
        "penilai": "kasi_pendma",
        "rk": [
            (
                "Meningkatnya mutu layanan pendidikan madrasah melalui {q}",
                "Madrasah binaan yang memenuhi standar pengelolaan",
                [
                    _k("Jumlah madrasah binaan yang disupervisi", 10, "madrasah", "madrasah binaan"),
                    _q("Persentase madrasah binaan yang memenuhi standar", 80),
                    _w("Waktu pelaksanaan supervisi manajerial"),
                ],
                [("Melaksanakan supervisi manajerial madrasah binaan", "Laporan supervisi", "0,050")],
            ),
            (
                "Tersalurkannya bantuan operasional madrasah tepat sasaran",
                "Guru madrasah binaan yang kinerjanya meningkat",
                [
                    _k("Jumlah guru yang dinilai kinerjanya", 45, "orang", "orang guru dinilai"),
                    _q("Persentase guru binaan dengan nilai kinerja Baik", 85),
                    _w("Waktu penilaian kinerja guru binaan"),
                ],
                [("Melaksanakan penilaian kinerja guru", "Laporan penilaian kinerja guru", "0,030")],
            ),
        ],
        "q": ("", ""),
    },
    "guru": {
        "family": "jf",
        "jabatan": "Guru {jenjang}",
        "jenjang": {"Ahli Pertama": ["III/a", "III/b"], "Ahli Muda": ["III/c", "III/d"]},
        "unit": "madrasah",
        "penilai": "kepala_madrasah",
        "rk": [
            (
                "Meningkatnya capaian {q} peserta didik",
                "Peserta didik kelas VIII menguasai kompetensi Akidah Akhlak",
                [
                    _k("Jumlah rombongan belajar yang diajar", 6, "rombel", "rombongan belajar"),
                    _q("Persentase peserta didik yang mencapai KKTP", 85),
                    _w("Waktu pelaksanaan pembelajaran"),
                ],
                [("Melaksanakan pembelajaran Akidah Akhlak", "Laporan pembelajaran", "0,080")],
            ),
            (
                "Meningkatnya capaian {q} peserta didik",
                "Peserta didik mampu membaca Al-Qur'an dengan tartil",
                [
                    _k("Jumlah peserta didik yang dibimbing tahsin", 60, "orang", "orang peserta didik"),
                    _q("Persentase peserta didik yang lulus munaqasyah", 70),
                    _w("Waktu pelaksanaan bimbingan tahsin"),
                ],
                [("Melaksanakan bimbingan ekstrakurikuler keagamaan", "Laporan bimbingan", "0,020")],
            ),
        ],
        "q": ("Asesmen Kompetensi Madrasah Indonesia", '"Asesmen Kompetensi Madrasah Indonesia" (AKMI)'),
    },
    "pranata_keuangan": {
        "family": "jf",
        "jabatan": "Pranata Keuangan APBN {jenjang}",
        "jenjang": {"Terampil": ["II/c", "II/d"], "Mahir": ["III/a", "III/b"]},
        "unit": "tu",
        "penilai": "kasubbag_tu",
        "rk": [
            (
                "Laporan keuangan satuan kerja yang tepat waktu dan andal",
                "Tagihan belanja satuan kerja yang terverifikasi",
                [
                    _k("Jumlah SPP yang diverifikasi", 360, "SPP", "dokumen SPP"),
                    _q("Persentase SPM yang diterbitkan tanpa penolakan KPPN", 98),
                    _w("Waktu verifikasi tagihan belanja"),
                ],
                [("Melakukan verifikasi dokumen tagihan", "Dokumen SPP terverifikasi", "0,003")],
            ),
            (
                "Laporan keuangan satuan kerja yang tepat waktu dan andal",
                "Data transaksi keuangan dalam aplikasi {q} yang akurat",
                [
                    _k("Jumlah rekonsiliasi yang dilaksanakan", 12, "kali", "kali rekonsiliasi"),
                    _q("Persentase transaksi yang cocok saat rekonsiliasi", 99),
                    _w("Waktu pelaksanaan rekonsiliasi"),
                ],
                [("Melakukan rekonsiliasi data keuangan", "Berita acara rekonsiliasi", "0,008")],
            ),
        ],
        "q": ("SAKTI", '"SAKTI"'),
    },
    "analis_sdm": {
        "family": "jf",
        "jabatan": "Analis Sumber Daya Manusia Aparatur {jenjang}",
        "jenjang": {"Ahli Pertama": ["III/a", "III/b"], "Ahli Muda": ["III/c", "III/d"]},
        "unit": "tu",
        "penilai": "kasubbag_tu",
        "rk": [
            (
                "Layanan ketatausahaan dan kepegawaian kantor yang tertib",
                "Usulan kenaikan pangkat pegawai yang lengkap dan tepat waktu",
                [
                    _k(
                        "Jumlah usulan kenaikan pangkat yang diverifikasi",
                        55,
                        "usulan",
                        "usulan kenaikan pangkat",
                    ),
                    _q("Persentase usulan yang disetujui BKN", 95),
                    _w("Waktu penyampaian usulan kenaikan pangkat"),
                ],
                [("Melakukan verifikasi usulan kenaikan pangkat", "Dokumen usulan", "0,006")],
            ),
            (
                "Layanan ketatausahaan dan kepegawaian kantor yang tertib",
                "Analisis jabatan dan beban kerja satuan kerja yang mutakhir",
                [
                    _k("Jumlah jabatan yang dianalisis", 40, "jabatan", "jabatan dianalisis"),
                    _q("Persentase hasil anjab yang diterima Kanwil", 90),
                    _w("Waktu penyusunan analisis jabatan"),
                ],
                [("Menyusun analisis jabatan", "Dokumen anjab", "0,040")],
            ),
        ],
        "q": ("", ""),
    },
    "arsiparis": {
        "family": "jf",
        "jabatan": "Arsiparis {jenjang}",
        "jenjang": {"Terampil": ["II/b", "II/c"], "Ahli Pertama": ["III/a", "III/b"]},
        "unit": "tu",
        "penilai": "kasubbag_tu",
        "rk": [
            (
                "Layanan ketatausahaan dan kepegawaian kantor yang tertib",
                "Arsip inaktif satuan kerja yang tertata",
                [
                    _k("Jumlah berkas arsip inaktif yang ditata", 800, "berkas", "berkas arsip inaktif"),
                    _q("Persentase arsip yang ditemukan kembali dalam satu hari", 90),
                    _w("Waktu penataan arsip inaktif"),
                ],
                [("Melakukan penataan arsip inaktif", "Daftar arsip inaktif", "0,018")],
            ),
            (
                "Layanan ketatausahaan dan kepegawaian kantor yang tertib",
                "Arsip dinamis dalam aplikasi {q} yang terkelola",
                [
                    _k("Jumlah naskah dinas yang diberkaskan", 1500, "naskah", "naskah dinas diberkaskan"),
                    _q("Persentase naskah dinas yang diberkaskan sesuai klasifikasi", 95),
                    _w("Waktu pemberkasan naskah dinas"),
                ],
                [("Melakukan pemberkasan arsip aktif", "Daftar berkas", "0,004")],
            ),
        ],
        "q": ("SRIKANDI", '"SRIKANDI"'),
    },
}

# Name indices by religion (0-based into NAMA); the rest are Muslim names
NAMA_AGAMA = {"Kristen": [5, 16], "Katolik": [6, 17], "Hindu": [7, 18], "Buddha": [8, 19]}
NON_MUSLIM = {5, 6, 7, 8, 16, 17, 18, 19}
ISLAMIC_ROLES = {"kasi_bimas", "kepala_kua", "penghulu", "guru", "kepala_madrasah", "pengawas", "kasi_pendma"}

# What a non-Muslim penyuluh guides, plain and quoted
PENYULUH_Q = {
    "Islam": ("majelis taklim", '"Majelis Ta\'lim"'),
    "Kristen": ("persekutuan doa", '"Persekutuan Doa"'),
    "Katolik": ("Komunitas Basis Gerejawi", '"Komunitas Basis Gerejawi" (KBG)'),
    "Hindu": ("pasraman", '"Pasraman"'),
    "Buddha": ("Sekolah Minggu Buddha", '"Sekolah Minggu Buddha" (SMB)'),
}

# Penilai that are not themselves pegawai in the set
PENILAI_LUAR = {
    "sekjen": (
        "Prof. Dr. H. Kamaruddin Salim, M.A.",
        "19690315 199503 1 002",
        "IV/e",
        "Sekretaris Jenderal Kementerian Agama",
        "Sekretariat Jenderal Kementerian Agama",
    ),
}

MADRASAH = {
    "mtsn": ("Kepala Madrasah Tsanawiyah Negeri 2 " + KABUPATEN, "Kepala MTsN 2 " + KABUPATEN),
    "min": ("Kepala Madrasah Ibtidaiyah Negeri 1 " + KABUPATEN, "Kepala MIN 1 " + KABUPATEN),
}

MATERI_MADRASAH = {
    "mtsn": "Peserta didik kelas VIII menguasai kompetensi Akidah Akhlak",
    "min": "Peserta didik kelas V menguasai kompetensi Fikih",
}
