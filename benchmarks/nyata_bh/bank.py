"""Fictional people, positions and plans for the held-out set ``nyata_bh``: the education and culture service
of a regency (Dinas Pendidikan dan Kebudayaan Kabupaten Sungai Rantau) in January, written from SPEC alone.

Every name, NIP, school and number here is invented. Texts are Indonesian as staff write them.
"""

from __future__ import annotations

from typing import Any

KABUPATEN = "Kabupaten Sungai Rantau"
PEMDA = "PEMERINTAH KABUPATEN SUNGAI RANTAU"
DINAS = "Dinas Pendidikan dan Kebudayaan Kabupaten Sungai Rantau"
DINAS_KOP = "DINAS PENDIDIKAN DAN KEBUDAYAAN"
ALAMAT_DINAS = "Jl. Jenderal Sudirman No. 45 Sungai Rantau, Kode Pos 71512, Telp. (0511) 772140"

# (nama satuan pendidikan, NPSN, alamat)
SEKOLAH = [
    ("SMP Negeri 2 Sungai Rantau", "30304512", "Jl. Pendidikan No. 12 Sungai Rantau"),
    ("SMP Negeri 4 Batu Ampar", "30304788", "Jl. Poros Desa Batu Ampar Km. 3"),
    ("SD Negeri 7 Tanjung Laut", "30301296", "Jl. Pelabuhan Lama RT 05 Tanjung Laut"),
    ("SD Negeri 1 Kuala Lima", "30301044", "Jl. Masjid Raya No. 2 Kuala Lima"),
]
SKB = ("SKB Kabupaten Sungai Rantau", "K5643210", "Jl. Lingkar Selatan No. 9 Sungai Rantau")

# NIP = lahir YYYYMMDD + TMT YYYYMM + jenis kelamin + urut; PPPK: "21" di tempat bulan TMT.
ORANG = [
    ("Dr. H. Ahmad Rifani, M.Pd.", "19700312 199503 1 004"),
    ("Hj. Siti Rahmah, S.Pd., M.M.", "19720518 199703 2 006"),
    ("Drs. Muhammad Yusran, M.Si.", "19690824 199403 1 003"),
    ("Noor Hidayah, S.Sos., M.AP.", "19800201 200501 2 012"),
    ("Akhmad Fauzi, S.Kom.", "19880917 201101 1 005"),
    ("Rina Mariani, S.Pd.", "19900403 201503 2 002"),
    ("Syahrani, S.Pd., M.Pd.", "19780710 200312 1 008"),
    ("Dra. Hj. Normaliah", "19680622 199203 2 005"),
    ("Fitriani, S.Pd.", "19920114 202001 2 004"),
    ("Ahmad Zaini, S.Pd.I.", "19850305 201001 1 011"),
    ("Lailatul Qadariah, S.Pd.", "19930828 202321 2 017"),
    ("M. Ridha Fahlevi, S.Pd.", "19950419 202321 1 009"),
    ("Husnul Khatimah, S.E.", "19870911 201001 2 007"),
    ("Rahmadi, S.Pd.", "19820527 200604 1 006"),
    ("Yuliana Safitri, S.Si.", "19910730 201903 2 010"),
    ("Ir. Bambang Supriadi, M.T.", "19710215 199803 1 002"),
    ("Hendra Saputra, A.Md.", "19940612 201903 1 003"),
    ("Mahmudah, S.Pd.SD.", "19830920 200801 2 014"),
]

BUPATI = {
    "nama": "H. Sahrujani, S.H.",
    "nip": "-",
    "pangkat": "-",
    "jabatan": "Bupati Sungai Rantau",
    "unit": "Pemerintah Kabupaten Sungai Rantau",
}

PANGKAT = {
    "III/a": "Penata Muda, III/a",
    "III/b": "Penata Muda Tingkat I, III/b",
    "III/c": "Penata, III/c",
    "III/d": "Penata Tingkat I, III/d",
    "IV/a": "Pembina, IV/a",
    "IV/b": "Pembina Tingkat I, IV/b",
    "IV/c": "Pembina Utama Muda, IV/c",
    "II/c": "Pengatur, II/c",
    "II/d": "Pengatur Tingkat I, II/d",
}


def _iki(aspek: str, iki: str, target: str, arah: str = "naik", t: str = "") -> dict:
    """One IKI: aspek, text, target as written, direction and the bare number the kategori bands use."""
    return {"aspek": aspek, "iki": iki, "target": target, "arah": arah, "angka": t}


# JA/JF peran: jabatan, golongan, kind (ja/jf), unit kind (dinas/sekolah/skb), penilai kind, RK list.
# Each RK: atasan (RK atasan yang diintervensi), rk, ikis, pantau (data, sumber, waktu),
# butir [(butir, output, ak)].
PERAN: dict[str, dict[str, Any]] = {
    "kabid_smp": {
        "jabatan": "Kepala Bidang Pembinaan Sekolah Menengah Pertama",
        "gol": "IV/a",
        "jenis": "ja",
        "unit": "dinas",
        "penilai": "kadis",
        "rk": [
            {
                "atasan": "Meningkatnya mutu satuan pendidikan jenjang SMP",
                "rk": "Satuan pendidikan SMP yang memenuhi standar nasional pendidikan meningkat",
                "ikis": [
                    _iki(
                        "Kuantitas",
                        "Jumlah SMP yang memenuhi 8 standar nasional pendidikan",
                        "18 sekolah",
                        t="18",
                    ),
                    _iki("Kualitas", "Persentase SMP terakreditasi minimal B", "85 %", t="85"),
                    _iki(
                        "Waktu", "Waktu penyampaian rekomendasi peningkatan mutu", "11 bulan", "turun", "11"
                    ),
                ],
                "pantau": (
                    "Rekap hasil akreditasi dan rapor pendidikan",
                    "BAN S/M dan Rapor Pendidikan",
                    "Triwulanan oleh Seksi Kurikulum SMP",
                ),
            },
            {
                "atasan": "Meningkatnya akses pendidikan dasar bagi anak usia sekolah",
                "rk": "Angka putus sekolah jenjang SMP yang menurun",
                "ikis": [
                    _iki(
                        "Kuantitas", "Jumlah anak putus sekolah yang kembali bersekolah", "40 orang", t="40"
                    ),
                    _iki(
                        "Kualitas",
                        "Persentase SMP yang melaporkan data siswa putus sekolah",
                        "90 % sekolah",
                        t="90",
                    ),
                ],
                "pantau": (
                    "Data siswa putus sekolah",
                    "Dapodik dan laporan sekolah",
                    "Semesteran oleh Bidang SMP",
                ),
            },
        ],
    },
    "kasi_kurikulum": {
        "jabatan": "Kepala Seksi Kurikulum dan Penilaian SD",
        "gol": "III/d",
        "jenis": "ja",
        "unit": "dinas",
        "penilai": "kabid_sd",
        "rk": [
            {
                "atasan": "Satuan pendidikan SD yang menerapkan Kurikulum Merdeka meningkat",
                "rk": "SD yang menyusun kurikulum operasional satuan pendidikan bertambah",
                "ikis": [
                    _iki("Kuantitas", "Jumlah SD yang memiliki KOSP tervalidasi", "60 sekolah", t="60"),
                    _iki("Kualitas", "Persentase KOSP yang memenuhi hasil verifikasi", "90 %", t="90"),
                    _iki("Waktu", "Waktu penyelesaian validasi KOSP", "1 semester", "turun", "1"),
                ],
                "pantau": (
                    "Dokumen KOSP dan berita acara validasi",
                    "Seksi Kurikulum dan Penilaian SD",
                    "Semesteran oleh Seksi Kurikulum",
                ),
            },
            {
                "atasan": "Hasil asesmen nasional SD yang meningkat",
                "rk": "Hasil analisis rapor pendidikan SD tersampaikan ke sekolah",
                "ikis": [
                    _iki("Kuantitas", "Jumlah laporan analisis rapor pendidikan", "2 laporan", t="2"),
                    _iki("Waktu", "Waktu penyampaian laporan analisis", "3 bulan", "turun", "3"),
                ],
                "pantau": (
                    "Laporan analisis rapor pendidikan",
                    "Platform Rapor Pendidikan",
                    "Tahunan oleh Seksi Kurikulum",
                ),
            },
        ],
    },
    "kasubbag_umum": {
        "jabatan": "Kepala Subbagian Umum dan Kepegawaian",
        "gol": "III/d",
        "jenis": "ja",
        "unit": "dinas",
        "penilai": "sekdis",
        "rk": [
            {
                "atasan": "Layanan administrasi kepegawaian Dinas yang tertib",
                "rk": "Usulan kenaikan pangkat dan berkala guru terproses tepat waktu",
                "ikis": [
                    _iki(
                        "Kuantitas",
                        "Jumlah usulan kenaikan pangkat guru yang diproses",
                        "120 usulan",
                        t="120",
                    ),
                    _iki("Kualitas", "Persentase usulan yang diterima tanpa pengembalian", "95 %", t="95"),
                    _iki("Waktu", "Waktu penyampaian usulan ke BKPSDM", "2 bulan", "turun", "2"),
                ],
                "pantau": (
                    "Register usulan kenaikan pangkat",
                    "SIASN dan Subbagian Umum dan Kepegawaian",
                    "Bulanan oleh pengelola kepegawaian",
                ),
            },
            {
                "atasan": "Sarana kantor Dinas yang terpelihara",
                "rk": "Barang milik daerah Dinas tercatat dan terpelihara",
                "ikis": [
                    _iki("Kuantitas", "Jumlah laporan inventaris barang milik daerah", "2 laporan", t="2"),
                    _iki("Kualitas", "Persentase barang milik daerah yang berlabel", "90 %", t="90"),
                ],
                "pantau": ("Kartu inventaris barang", "SIMDA BMD", "Semesteran oleh pengurus barang"),
            },
        ],
    },
    "pengelola_data": {
        "jabatan": "Pengelola Data Pendidikan",
        "gol": "III/b",
        "jenis": "ja",
        "unit": "dinas",
        "penilai": "kasubbag_program",
        "rk": [
            {
                "atasan": "Data pokok pendidikan kabupaten yang mutakhir",
                "rk": "Data pokok pendidikan satuan pendidikan yang tervalidasi",
                "ikis": [
                    _iki(
                        "Kuantitas",
                        "Jumlah satuan pendidikan yang datanya tervalidasi",
                        "212 sekolah",
                        t="212",
                    ),
                    _iki("Kualitas", "Persentase data siswa tanpa NISN ganda", "98 % siswa", t="98"),
                    _iki("Waktu", "Waktu rekapitulasi data semester", "1 bulan", "turun", "1"),
                ],
                "pantau": (
                    "Rekap validasi Dapodik",
                    "Dapodik dan Verval PD",
                    "Semesteran oleh Subbagian Program",
                ),
            },
            {
                "atasan": "Dokumen perencanaan Dinas berbasis data",
                "rk": "Profil pendidikan kabupaten tersusun",
                "ikis": [
                    _iki("Kuantitas", "Jumlah buku profil pendidikan", "1 dokumen", t="1"),
                    _iki("Waktu", "Waktu penyelesaian profil pendidikan", "4 bulan", "turun", "4"),
                ],
                "pantau": ("Naskah profil pendidikan", "Subbagian Program", "Tahunan oleh Subbagian Program"),
            },
        ],
    },
    "operator_dapodik": {
        "jabatan": "Operator Dapodik",
        "gol": "II/c",
        "jenis": "ja",
        "unit": "sekolah",
        "penilai": "kepsek",
        "rk": [
            {
                "atasan": "Data sekolah yang lengkap dan mutakhir di Dapodik",
                "rk": "Data peserta didik, PTK dan sarpras sekolah tersinkron ke Dapodik",
                "ikis": [
                    _iki("Kuantitas", "Jumlah sinkronisasi Dapodik yang berhasil", "12 kali", t="12"),
                    _iki("Kualitas", "Persentase data siswa yang valid", "98 % siswa", t="98"),
                    _iki("Waktu", "Waktu sinkronisasi sebelum batas cut off", "2 semester", "turun", "2"),
                ],
                "pantau": ("Bukti sinkronisasi", "Aplikasi Dapodik", "Bulanan oleh Kepala Sekolah"),
            },
            {
                "atasan": "Layanan administrasi siswa yang tertib",
                "rk": "Usulan NISN dan PIP siswa tersampaikan",
                "ikis": [
                    _iki("Kuantitas", "Jumlah usulan PIP siswa yang diunggah", "45 siswa", t="45"),
                    _iki("Waktu", "Waktu pengunggahan usulan PIP", "3 bulan", "turun", "3"),
                ],
                "pantau": ("Daftar usulan PIP", "SIPINTAR", "Semesteran oleh Kepala Sekolah"),
            },
        ],
    },
    "pengawas_muda": {
        "jabatan": "Pengawas Sekolah Ahli Muda",
        "gol": "III/d",
        "jenis": "jf",
        "unit": "dinas",
        "penilai": "kabid_smp",
        "rk": [
            {
                "atasan": "Satuan pendidikan SMP yang memenuhi standar nasional pendidikan meningkat",
                "rk": "Sekolah binaan yang menerapkan pembelajaran berdiferensiasi meningkat",
                "ikis": [
                    _iki(
                        "Kuantitas",
                        "Jumlah sekolah binaan yang disupervisi akademik",
                        "8 sekolah binaan disupervisi",
                        t="8",
                    ),
                    _iki(
                        "Kualitas", "Persentase guru binaan yang mencapai kategori baik", "80 % guru", t="80"
                    ),
                    _iki("Waktu", "Waktu penyampaian laporan hasil supervisi", "1 semester", "turun", "1"),
                ],
                "pantau": (
                    "Instrumen dan laporan supervisi",
                    "Pengawas Sekolah dan Bidang SMP",
                    "Semesteran oleh Koordinator Pengawas",
                ),
                "butir": [
                    ("Melaksanakan supervisi akademik", "Laporan supervisi", "0,384"),
                    ("Melaksanakan pendampingan sekolah binaan", "Laporan pendampingan", "0,256"),
                ],
            },
            {
                "atasan": "Angka putus sekolah jenjang SMP yang menurun",
                "rk": "Rekomendasi hasil pemantauan delapan SNP tersampaikan ke sekolah binaan",
                "ikis": [
                    _iki("Kuantitas", "Jumlah rekomendasi hasil pemantauan", "8 dokumen", t="8"),
                    _iki("Waktu", "Waktu penyampaian rekomendasi", "2 bulan", "turun", "2"),
                ],
                "pantau": ("Dokumen rekomendasi", "Pengawas Sekolah", "Semesteran oleh Koordinator Pengawas"),
                "butir": [("Menyusun rekomendasi hasil pemantauan", "Dokumen rekomendasi", "0,128")],
            },
        ],
    },
    "penilik": {
        "jabatan": "Penilik Ahli Pertama",
        "gol": "III/b",
        "jenis": "jf",
        "unit": "dinas",
        "penilai": "kabid_paud",
        "rk": [
            {
                "atasan": "Lembaga PAUD dan pendidikan kesetaraan yang bermutu meningkat",
                "rk": "Satuan PAUD binaan yang memenuhi standar pelayanan minimal meningkat",
                "ikis": [
                    _iki("Kuantitas", "Jumlah satuan PAUD binaan yang dipantau", "12 lembaga", t="12"),
                    _iki(
                        "Kualitas",
                        "Persentase lembaga binaan dengan rekomendasi tindak lanjut",
                        "90 %",
                        t="90",
                    ),
                    _iki("Waktu", "Waktu penyampaian laporan pengendalian mutu", "6 bulan", "turun", "6"),
                ],
                "pantau": (
                    "Laporan pemantauan program",
                    "Penilik dan Bidang PAUD",
                    "Triwulanan oleh Bidang PAUD",
                ),
                "butir": [
                    ("Melaksanakan pemantauan program PAUD", "Laporan pemantauan", "0,112"),
                    ("Melaksanakan pembinaan lembaga", "Laporan pembinaan", "0,096"),
                ],
            },
            {
                "atasan": "Angka melek aksara warga belajar yang meningkat",
                "rk": "Warga belajar keaksaraan yang lulus uji SUKMA bertambah",
                "ikis": [
                    _iki("Kuantitas", "Jumlah warga belajar yang lulus SUKMA", "60 orang", t="60"),
                    _iki("Kualitas", "Persentase kelompok belajar yang aktif", "85 %", t="85"),
                ],
                "pantau": ("Daftar hasil SUKMA", "PKBM dan Bidang PAUD", "Semesteran oleh Penilik"),
                "butir": [("Melaksanakan evaluasi dampak program", "Laporan evaluasi", "0,144")],
            },
        ],
    },
    "pamong": {
        "jabatan": "Pamong Belajar Ahli Pertama",
        "gol": "III/b",
        "jenis": "jf",
        "unit": "skb",
        "penilai": "kepala_skb",
        "rk": [
            {
                "atasan": "Layanan pendidikan kesetaraan SKB yang bermutu",
                "rk": "Warga belajar Paket C yang menuntaskan modul tematik meningkat",
                "ikis": [
                    _iki("Kuantitas", "Jumlah warga belajar Paket C yang dibimbing", "30 orang", t="30"),
                    _iki("Kualitas", "Nilai rata-rata penilaian akhir modul", "KKM 75", t="75"),
                    _iki("Waktu", "Waktu penyelesaian pembelajaran modul", "1 semester", "turun", "1"),
                ],
                "pantau": (
                    "Daftar nilai modul",
                    "Pamong Belajar dan tata usaha SKB",
                    "Semesteran oleh Kepala SKB",
                ),
                "butir": [
                    ("Melaksanakan pembelajaran kesetaraan", "Laporan pembelajaran", "0,080"),
                    ("Melaksanakan penilaian hasil belajar", "Daftar nilai", "0,060"),
                ],
            },
            {
                "atasan": "Model pembelajaran nonformal yang dikembangkan SKB",
                "rk": "Bahan ajar digital pendidikan kesetaraan tersedia",
                "ikis": [
                    _iki("Kuantitas", "Jumlah bahan ajar digital yang disusun", "4 modul", t="4"),
                    _iki("Waktu", "Waktu penyelesaian bahan ajar", "8 bulan", "turun", "8"),
                ],
                "pantau": ("Naskah bahan ajar", "Pamong Belajar", "Tahunan oleh Kepala SKB"),
                "butir": [("Mengembangkan bahan ajar", "Bahan ajar", "0,200")],
            },
        ],
    },
    "guru_pertama": {
        "jabatan": "Guru Ahli Pertama",
        "gol": "III/b",
        "jenis": "jf",
        "unit": "sekolah",
        "penilai": "kepsek",
        "guru": True,
        "rk": [
            {
                "atasan": "Hasil belajar peserta didik yang meningkat",
                "rk": "Peserta didik kelas binaan yang mencapai ketuntasan belajar meningkat",
                "ikis": [
                    _iki("Kuantitas", "Jumlah jam tatap muka yang terlaksana", "24 JP per minggu", t="24"),
                    _iki("Kualitas", "Nilai rata-rata asesmen sumatif kelas binaan", "KKM 75", t="75"),
                    _iki("Waktu", "Waktu penyelesaian program pembelajaran", "1 semester", "turun", "1"),
                ],
                "pantau": (
                    "Daftar nilai dan jurnal mengajar",
                    "Guru dan Wakil Kepala Sekolah Bidang Kurikulum",
                    "Semesteran oleh Kepala Sekolah",
                ),
                "butir": [
                    ("Melaksanakan pembelajaran", "Jurnal pembelajaran", "0,350"),
                    ("Melaksanakan evaluasi hasil belajar", "Daftar nilai", "0,150"),
                ],
            },
            {
                "atasan": "Layanan bimbingan peserta didik yang efektif",
                "rk": "Peserta didik yang mengikuti program remedial tuntas",
                "ikis": [
                    _iki("Kuantitas", "Jumlah peserta didik yang mengikuti remedial", "20 siswa", t="20"),
                    _iki("Kualitas", "Persentase peserta didik remedial yang tuntas", "90 % siswa", t="90"),
                ],
                "pantau": ("Daftar nilai remedial", "Guru mata pelajaran", "Semesteran oleh Kepala Sekolah"),
                "butir": [("Melaksanakan program remedial dan pengayaan", "Laporan remedial", "0,100")],
            },
        ],
    },
    "guru_muda": {
        "jabatan": "Guru Ahli Muda",
        "gol": "III/c",
        "jenis": "jf",
        "unit": "sekolah",
        "penilai": "kepsek",
        "guru": True,
        "rk": [
            {
                "atasan": "Hasil belajar peserta didik yang meningkat",
                "rk": "Peserta didik yang mencapai kompetensi literasi minimum meningkat",
                "ikis": [
                    _iki("Kuantitas", "Jumlah jam tatap muka yang terlaksana", "24 JP per minggu", t="24"),
                    _iki("Kualitas", "Persentase peserta didik yang mencapai KKM", "85 % siswa", t="85"),
                    _iki("Waktu", "Waktu penyelesaian program pembelajaran", "2 semester", "turun", "2"),
                ],
                "pantau": (
                    "Daftar nilai dan hasil asesmen",
                    "Guru dan Wakil Kepala Sekolah Bidang Kurikulum",
                    "Semesteran oleh Kepala Sekolah",
                ),
                "butir": [("Melaksanakan pembelajaran", "Jurnal pembelajaran", "0,400")],
            },
            {
                "atasan": "Budaya sekolah yang aman dan nyaman",
                "rk": "Program penguatan profil pelajar Pancasila terlaksana di kelas binaan",
                "ikis": [
                    _iki("Kuantitas", "Jumlah projek profil pelajar Pancasila", "3 projek", t="3"),
                    _iki("Waktu", "Waktu pelaksanaan projek", "1 semester", "turun", "1"),
                ],
                "pantau": ("Laporan projek", "Koordinator projek", "Semesteran oleh Kepala Sekolah"),
                "butir": [("Melaksanakan tugas tambahan pembimbingan projek", "Laporan projek", "0,120")],
            },
        ],
    },
}

# Penilai per kind (the pegawai's direct superior).
PENILAI = {
    "kadis": ("Kepala Dinas Pendidikan dan Kebudayaan", "IV/c", 0),
    "sekdis": ("Sekretaris Dinas Pendidikan dan Kebudayaan", "IV/b", 2),
    "kabid_sd": ("Kepala Bidang Pembinaan Sekolah Dasar", "IV/a", 6),
    "kabid_smp": ("Kepala Bidang Pembinaan Sekolah Menengah Pertama", "IV/a", 15),
    "kabid_paud": ("Kepala Bidang PAUD dan Pendidikan Nonformal", "IV/a", 7),
    "kasubbag_program": ("Kepala Subbagian Program dan Keuangan", "III/d", 3),
    "kepala_skb": ("Pamong Belajar Ahli Madya dengan tugas tambahan Kepala SKB", "IV/a", 13),
}
# A Kepala Sekolah is a Guru with a tugas tambahan; written two ways.
KEPSEK_TULIS = ["Guru Ahli Madya dengan tugas tambahan Kepala {sekolah}", "Kepala {sekolah}"]

TUGAS_TAMBAHAN = [
    " dengan tugas tambahan Wakil Kepala Sekolah Bidang Kurikulum",
    " / Wakil Kepala Sekolah Bidang Kesiswaan",
    " (tugas tambahan Kepala Perpustakaan Sekolah)",
]

# JPT: Kepala Dinas (definitif and Plt.) and one Staf Ahli Bupati. Perspektif per RK.
JPT_JABATAN = [
    ("Kepala Dinas Pendidikan dan Kebudayaan Kabupaten Sungai Rantau", "IV/c"),
    ("Plt. Kepala Dinas Pendidikan dan Kebudayaan Kabupaten Sungai Rantau", "IV/b"),
]
JPT_RK: list[dict[str, Any]] = [
    {
        "persp": "Penerima Layanan",
        "rk": "Meningkatnya akses pendidikan dasar bagi anak usia sekolah",
        "iki": "Angka Partisipasi Murni (APM) SMP",
        "target": "82,5 %",
        "manual": (
            "Perluasan layanan pendidikan dasar sehingga anak usia 13-15 tahun bersekolah",
            "Perbandingan siswa SMP usia 13-15 tahun dengan penduduk usia 13-15 tahun",
            "Jumlah siswa SMP usia 13-15 tahun / jumlah penduduk usia 13-15 tahun x 100 %",
            "Mengukur pemerataan akses pendidikan dasar",
            "Persen",
            "Kuantitas",
            "Terkendali sebagian",
            "Dapodik dan BPS Kabupaten",
            "Tahunan",
        ),
    },
    {
        "persp": "Proses Bisnis",
        "rk": "Meningkatnya mutu satuan pendidikan jenjang SMP",
        "iki": "Persentase SMP terakreditasi minimal B",
        "target": "85 %",
        "manual": (
            "Satuan pendidikan SMP memenuhi standar nasional pendidikan",
            "Perbandingan SMP terakreditasi A atau B dengan seluruh SMP",
            "Jumlah SMP terakreditasi minimal B / jumlah SMP x 100 %",
            "Mengukur mutu satuan pendidikan",
            "Persen",
            "Kualitas",
            "Terkendali penuh",
            "BAN S/M",
            "Tahunan",
        ),
    },
    {
        "persp": "Penguatan Internal",
        "rk": "Meningkatnya akuntabilitas kinerja Dinas",
        "iki": "Nilai evaluasi SAKIP Dinas",
        "target": "72",
        "manual": (
            "Kinerja Dinas dipertanggungjawabkan secara akuntabel",
            "Nilai hasil evaluasi SAKIP oleh Inspektorat",
            "Nilai hasil evaluasi SAKIP tahun berjalan",
            "Mengukur akuntabilitas kinerja",
            "Nilai",
            "Kualitas",
            "Terkendali penuh",
            "Inspektorat Kabupaten",
            "Tahunan",
        ),
    },
    {
        "persp": "Anggaran",
        "rk": "Anggaran pendidikan yang terserap secara efektif",
        "iki": "Persentase realisasi anggaran Dinas",
        "target": "95 %",
        "manual": (
            "Anggaran Dinas dibelanjakan sesuai rencana",
            "Perbandingan realisasi belanja dengan pagu anggaran",
            "Realisasi belanja / pagu anggaran x 100 %",
            "Mengukur efektivitas penyerapan anggaran",
            "Persen",
            "Kuantitas",
            "Terkendali penuh",
            "SIPD",
            "Triwulanan",
        ),
    },
    {
        "persp": "Penerima Layanan",
        "rk": "Terlestarikannya objek pemajuan kebudayaan daerah",
        "iki": "Jumlah objek pemajuan kebudayaan yang tercatat",
        "target": "12 objek",
        "manual": (
            "Objek pemajuan kebudayaan daerah tercatat dan dilindungi",
            "Banyaknya objek pemajuan kebudayaan yang masuk pencatatan daerah",
            "Jumlah objek yang tercatat pada tahun berjalan",
            "Mengukur pelestarian kebudayaan daerah",
            "Objek",
            "Kuantitas",
            "Terkendali sebagian",
            "Bidang Kebudayaan",
            "Semesteran",
        ),
    },
]
MANUAL_LABEL = [
    "RENCANA KINERJA",
    "DESKRIPSI RENCANA KINERJA",
    "INDIKATOR KINERJA INDIVIDU",
    "DEFINISI IKI",
    "FORMULA",
    "TUJUAN",
    "SATUAN PENGUKURAN",
    "JENIS ASPEK TARGET",
    "TINGKAT KENDALI IKI",
    "SUMBER DATA",
    "PERIODE PELAPORAN",
]

# Kinerja Tambahan (development commitment), drawn as the variation ``kinerja_tambahan``.
TAMBAHAN_JAJF: dict[str, Any] = {
    "rk": "Sertifikat pelatihan implementasi Kurikulum Merdeka diperoleh",
    "aspek": "Kuantitas",
    "iki": "Jumlah sertifikat pelatihan yang diperoleh",
    "target": "1 sertifikat",
    "arah": "naik",
    "angka": "1",
    "pantau": ("Sertifikat pelatihan", "Platform Merdeka Mengajar", "Semesteran oleh atasan langsung"),
}
TAMBAHAN_JPT: dict[str, Any] = {
    "rk": "Sertifikat pelatihan kepemimpinan nasional diperoleh",
    "iki": "Jumlah sertifikat pelatihan yang diperoleh",
    "target": "1 sertifikat",
}
