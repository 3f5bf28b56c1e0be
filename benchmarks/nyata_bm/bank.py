"""Fictional world of the held-out set ``nyata_bm``: the technical offices of Kota Sungai Rembang in January.

Four offices (Dinas PUPR, Dinas Perhubungan, Dinas Lingkungan Hidup, Dinas Komunikasi dan Informatika), their
Kepala Dinas as JPT, Kabid/Kasi as JA and the technical jabatan fungsional as JF. Every name, NIP and text is
invented. Targets are kept as parts (number, decimals, unit key, flags) so that ``buat.py`` can write them in
the habit a workbook draws (superscript units, decimal point, ``/hari``, a percentage beside a count, an
acronym before an index).

Target tuple: ``(value, decimals, unit, flags)``; unit keys ``m3``/``m2`` (``meter kubik``/``m³``), ``tph``
(``ton per hari``/``ton/hari``), ``kph`` (``kendaraan per hari``/``kendaraan/hari``), others literal. Flags:
``ap`` a count that is the whole scope (may be written ``12 dokumen (100 %)``), ``le`` a waktu target that
Model Dasar writes with ``≤``, ``akr:X`` an acronym the writer may put before the number (``IKLH 62,35``).
"""

from __future__ import annotations

KOTA = "Kota Sungai Rembang"
PEMKOT = "PEMERINTAH KOTA SUNGAI REMBANG"
TEMPAT = "Sungai Rembang"
TANGGAL = "5 Januari 2026"
TANGGAL_AJU = "6 Januari 2026"
TAHUN = 2026

WALIKOTA = {
    "nama": "dr. H. Rusdi Hamzah Siregar, M.Kes.",
    "nip": "-",
    "pangkat": "-",
    "jabatan": "Wali Kota Sungai Rembang",
    "unit": "Pemerintah Kota Sungai Rembang",
}

DINAS = {
    "pupr": "DINAS PEKERJAAN UMUM DAN PENATAAN RUANG KOTA SUNGAI REMBANG",
    "dishub": "DINAS PERHUBUNGAN KOTA SUNGAI REMBANG",
    "dlh": "DINAS LINGKUNGAN HIDUP KOTA SUNGAI REMBANG",
    "kominfo": "DINAS KOMUNIKASI DAN INFORMATIKA KOTA SUNGAI REMBANG",
}

DEPAN = [
    "Agus",
    "Bayu",
    "Citra",
    "Dewi",
    "Eko",
    "Fajar",
    "Gita",
    "Hendra",
    "Indah",
    "Joko",
    "Kartika",
    "Lukman",
    "Maya",
    "Nanda",
    "Oktavia",
    "Putra",
    "Ratna",
    "Surya",
    "Tika",
    "Umar",
    "Vina",
    "Wahyu",
    "Yulia",
    "Zainal",
    "Arif",
    "Bella",
    "Dimas",
    "Erna",
    "Feri",
    "Hana",
    "Irfan",
    "Lestari",
]
BELAKANG = [
    "Pratama",
    "Siregar",
    "Wulandari",
    "Nasution",
    "Saputra",
    "Hasibuan",
    "Lubis",
    "Permata",
    "Harahap",
    "Ramadhan",
    "Simanjuntak",
    "Anggraini",
    "Daulay",
    "Kurniawan",
    "Rangkuti",
    "Syahputra",
    "Batubara",
    "Maharani",
    "Tanjung",
    "Purba",
]
GELAR = [
    "S.T.",
    "S.T., M.T.",
    "S.Kom.",
    "S.Si.",
    "A.Md.T.",
    "S.E.",
    "S.Tr.T.",
    "S.Kom., M.Kom.",
    "S.Si., M.Si.",
]

# Penilai of JA/JF (own NIP, pangkat, jabatan, unit).
PENILAI = {
    "kadis_pupr": (
        "Ir. Syafrizal Nasution, M.T.",
        "19710314 199803 1 004",
        "Pembina Utama Muda, IV/c",
        "Kepala Dinas Pekerjaan Umum dan Penataan Ruang",
        "pupr",
    ),
    "kabid_bm": (
        "Hendra Gunawan Lubis, S.T., M.T.",
        "19780522 200312 1 002",
        "Pembina, IV/a",
        "Kepala Bidang Bina Marga",
        "pupr",
    ),
    "kabid_sda": (
        "Rina Marlina Harahap, S.T.",
        "19800917 200501 2 006",
        "Pembina, IV/a",
        "Kepala Bidang Sumber Daya Air",
        "pupr",
    ),
    "kabid_ck": (
        "Ahmad Fauzi Daulay, S.T., M.Si.",
        "19790203 200604 1 003",
        "Pembina, IV/a",
        "Kepala Bidang Cipta Karya",
        "pupr",
    ),
    "kadis_hub": (
        "Drs. Marzuki Tanjung, M.Si.",
        "19700811 199603 1 005",
        "Pembina Utama Muda, IV/c",
        "Kepala Dinas Perhubungan",
        "dishub",
    ),
    "ka_uptd_pkb": (
        "Bambang Sutrisno, S.T.",
        "19820629 200903 1 001",
        "Penata Tingkat I, III/d",
        "Kepala UPTD Pengujian Kendaraan Bermotor",
        "dishub",
    ),
    "kabid_sampah": (
        "Yusnita Siregar, S.Si., M.Si.",
        "19810406 200604 2 008",
        "Pembina, IV/a",
        "Kepala Bidang Pengelolaan Sampah dan Limbah B3",
        "dlh",
    ),
    "kabid_tl": (
        "Irwan Syahputra Batubara, S.T.",
        "19830115 200902 1 002",
        "Pembina, IV/a",
        "Kepala Bidang Tata Lingkungan",
        "dlh",
    ),
    "kabid_penaatan": (
        "Nurhayati Rangkuti, S.Si.",
        "19791230 200501 2 004",
        "Pembina, IV/a",
        "Kepala Bidang Penaatan dan Peningkatan Kapasitas Lingkungan Hidup",
        "dlh",
    ),
    "kadis_kominfo": (
        "Rahmat Hidayat Purba, S.Kom., M.T.I.",
        "19740725 199903 1 002",
        "Pembina Utama Muda, IV/c",
        "Kepala Dinas Komunikasi dan Informatika",
        "kominfo",
    ),
    "kabid_tik": (
        "Fitri Handayani, S.Kom., M.Kom.",
        "19840302 200903 2 005",
        "Pembina, IV/a",
        "Kepala Bidang Infrastruktur Teknologi Informasi dan Komunikasi",
        "kominfo",
    ),
    "kabid_sp": (
        "Dedi Kurniawan Hasibuan, S.Si.",
        "19820808 200801 1 003",
        "Pembina, IV/a",
        "Kepala Bidang Statistik dan Persandian",
        "kominfo",
    ),
    "kabid_ikp": (
        "Sri Wahyuni Simanjuntak, S.Sos.",
        "19811119 200604 2 007",
        "Pembina, IV/a",
        "Kepala Bidang Informasi dan Komunikasi Publik",
        "kominfo",
    ),
}


def _rk(
    atasan: str,
    rk: str,
    iki: list[tuple],
    memantau: tuple[str, str, str],
    miring: str | None = None,
    aktivitas: str | None = None,
    butir: list[tuple[str, str, float]] | None = None,
) -> dict:
    return {
        "atasan": atasan,
        "rk": rk,
        "miring": miring,
        "iki": iki,
        "memantau": memantau,
        "aktivitas": aktivitas,
        "butir": butir or [],
    }


# IKI tuple: (aspek, text, target tuple)
PERAN_JA: list[dict] = [
    {
        "kode": "kabid-bm",
        "dinas": "pupr",
        "jabatan": "Kepala Bidang Bina Marga",
        "penilai": "kadis_pupr",
        "pangkat": ["Pembina, IV/a", "Penata Tingkat I, III/d"],
        "gelar": "S.T., M.T.",
        "rks": [
            _rk(
                "Meningkatnya kemantapan jalan kota",
                "Ruas jalan dan jembatan kota dalam kondisi mantap",
                [
                    ("Kuantitas", "Panjang jalan kota dalam kondisi mantap", (12.5, 1, "km", "")),
                    (
                        "Kualitas",
                        "Persentase ruas jalan mantap sesuai hasil survei kondisi",
                        (85, 0, "%", ""),
                    ),
                    ("Waktu", "Waktu penyelesaian pemeliharaan rutin jalan", (10, 0, "bulan", "")),
                ],
                ("Laporan survei kondisi jalan", "Aplikasi SIPDJ Bidang Bina Marga", "Triwulanan"),
                miring="Ruas Jalan/Jembatan kota dalam kondisi mantap",
                aktivitas="Melaksanakan pemeliharaan rutin jalan dan jembatan kota",
            ),
            _rk(
                "Meningkatnya kemantapan jalan kota",
                "Laporan kondisi jalan dan jembatan kota tersusun tepat waktu",
                [
                    ("Kuantitas", "Jumlah laporan kondisi jalan dan jembatan", (2, 0, "laporan", "ap")),
                    ("Waktu", "Waktu penyampaian laporan kondisi jalan", (6, 0, "bulan", "")),
                ],
                ("Laporan kondisi jalan semesteran", "Arsip Bidang Bina Marga", "Semesteran"),
                miring="Laporan kondisi Jalan/Jembatan kota tersusun tepat waktu",
            ),
        ],
    },
    {
        "kode": "kasi-drainase",
        "dinas": "pupr",
        "jabatan": "Kepala Seksi Drainase Perkotaan",
        "penilai": "kabid_sda",
        "pangkat": ["Penata Tingkat I, III/d", "Penata, III/c"],
        "gelar": "S.T.",
        "rks": [
            _rk(
                "Meningkatnya kawasan kota yang bebas genangan",
                "Saluran drainase kota berfungsi baik",
                [
                    ("Kuantitas", "Volume sedimen saluran drainase yang dikeruk", (1250, 0, "m3", "")),
                    ("Kualitas", "Persentase titik genangan yang tertangani", (80, 0, "%", "")),
                    ("Waktu", "Waktu penanganan genangan setelah laporan masyarakat", (3, 0, "hari", "")),
                ],
                ("Laporan pengerukan dan peta titik genangan", "Seksi Drainase Perkotaan", "Bulanan"),
                aktivitas="Melaksanakan pengerukan saluran drainase kota",
            ),
            _rk(
                "Meningkatnya kawasan kota yang bebas genangan",
                "Sarana dan prasarana drainase terpelihara",
                [
                    ("Kuantitas", "Jumlah pintu air dan rumah pompa yang terpelihara", (6, 0, "unit", "ap")),
                    ("Kualitas", "Persentase rumah pompa beroperasi normal", (95, 0, "%", "")),
                ],
                ("Log operasi rumah pompa", "Operator rumah pompa", "Bulanan"),
                miring="Sarana/Prasarana drainase terpelihara",
            ),
        ],
    },
    {
        "kode": "kabid-lalin",
        "dinas": "dishub",
        "jabatan": "Kepala Bidang Lalu Lintas",
        "penilai": "kadis_hub",
        "pangkat": ["Pembina, IV/a"],
        "gelar": "S.T.",
        "rks": [
            _rk(
                "Meningkatnya kelancaran lalu lintas kota",
                "Simpang dan ruas jalan kota berlalu lintas lancar",
                [
                    ("Kuantitas", "Jumlah simpang bersinyal yang beroperasi", (24, 0, "simpang", "ap")),
                    ("Kualitas", "Persentase ruas jalan dengan V/C ratio di bawah 0,8", (75, 0, "%", "")),
                ],
                ("Data ATCS dan survei lalu lintas", "Ruang kendali ATCS", "Triwulanan"),
                aktivitas="Melakukan pengaturan lalu lintas di simpang dan ruas jalan kota",
            ),
            _rk(
                "Meningkatnya keselamatan lalu lintas kota",
                "Rambu dan marka jalan kota terpasang sesuai standar",
                [
                    ("Kuantitas", "Luas marka jalan yang dicat ulang", (3600, 0, "m2", "")),
                    ("Waktu", "Waktu pemasangan rambu setelah usulan disetujui", (14, 0, "hari", "")),
                ],
                ("Berita acara pemasangan", "Seksi Manajemen dan Rekayasa Lalu Lintas", "Bulanan"),
                miring="Rambu/Marka jalan kota terpasang sesuai standar",
            ),
        ],
    },
    {
        "kode": "kasi-sampah",
        "dinas": "dlh",
        "jabatan": "Kepala Seksi Pengangkutan Sampah",
        "penilai": "kabid_sampah",
        "pangkat": ["Penata Tingkat I, III/d"],
        "gelar": "S.Si.",
        "rks": [
            _rk(
                "Meningkatnya sampah kota yang tertangani",
                "Sampah kota terangkut ke TPA",
                [
                    ("Kuantitas", "Rata-rata sampah terangkut ke TPA", (85, 0, "tph", "")),
                    ("Kualitas", "Persentase TPS yang diangkut sesuai jadwal", (90, 0, "%", "")),
                    ("Waktu", "Waktu pengangkutan sampah TPS setelah penuh", (2, 0, "hari", "")),
                ],
                ("Rekap timbangan jembatan timbang TPA", "UPT TPA Sungai Rembang", "Bulanan"),
                aktivitas="Melaksanakan pengangkutan sampah dari TPS ke TPA",
            ),
            _rk(
                "Meningkatnya sampah kota yang tertangani",
                "Bank sampah kelurahan aktif beroperasi",
                [
                    ("Kuantitas", "Jumlah bank sampah aktif", (18, 0, "unit", "")),
                    ("Kualitas", "Persentase bank sampah yang melapor bulanan", (80, 0, "%", "")),
                ],
                ("Laporan bulanan bank sampah", "Pengurus bank sampah kelurahan", "Triwulanan"),
                miring="Bank sampah kelurahan aktif beroperasi/melapor",
            ),
        ],
    },
    {
        "kode": "kabid-tik",
        "dinas": "kominfo",
        "jabatan": "Kepala Bidang Infrastruktur Teknologi Informasi dan Komunikasi",
        "penilai": "kadis_kominfo",
        "pangkat": ["Pembina, IV/a"],
        "gelar": "S.Kom., M.Kom.",
        "rks": [
            _rk(
                "Meningkatnya keandalan infrastruktur TIK pemerintah kota",
                "Layanan jaringan intra pemerintah kota tersedia andal",
                [
                    (
                        "Kualitas",
                        "Persentase ketersediaan (uptime) jaringan intra pemerintah",
                        (99.5, 1, "%", "akr:uptime"),
                    ),
                    ("Waktu", "Waktu pemulihan gangguan jaringan", (2, 0, "jam", "le")),
                ],
                ("Log NMS dan tiket gangguan", "Network Operation Center Diskominfo", "Bulanan"),
                aktivitas="Melakukan pemantauan jaringan intra pemerintah kota",
            ),
            _rk(
                "Meningkatnya keandalan infrastruktur TIK pemerintah kota",
                "Aplikasi dan layanan daring perangkat daerah terintegrasi",
                [
                    (
                        "Kuantitas",
                        "Jumlah aplikasi perangkat daerah yang terintegrasi satu data",
                        (12, 0, "aplikasi", "ap"),
                    ),
                    ("Kualitas", "Persentase aplikasi lolos uji keamanan", (90, 0, "%", "")),
                ],
                ("Daftar aplikasi terintegrasi", "Portal SPBE Kota Sungai Rembang", "Semesteran"),
                miring="Aplikasi/layanan daring perangkat daerah terintegrasi",
            ),
        ],
    },
]

PERAN_JF: list[dict] = [
    {
        "kode": "tjj",
        "dinas": "pupr",
        "jabatan": "Teknik Jalan dan Jembatan Ahli Muda",
        "jenjang": "muda",
        "penilai": "kabid_bm",
        "pangkat": ["Penata, III/c", "Penata Tingkat I, III/d"],
        "gelar": "S.T.",
        "umum": False,
        "rks": [
            _rk(
                "Ruas jalan dan jembatan kota dalam kondisi mantap",
                "Dokumen perencanaan teknis jalan dan jembatan tersusun sesuai standar",
                [
                    ("Kuantitas", "Jumlah dokumen DED jalan dan jembatan", (6, 0, "dokumen", "ap")),
                    ("Kualitas", "Persentase DED tanpa revisi substansi", (90, 0, "%", "")),
                    ("Waktu", "Waktu penyelesaian DED", (8, 0, "bulan", "")),
                ],
                ("Dokumen DED yang disahkan", "Bidang Bina Marga", "Triwulanan"),
                miring="Dokumen perencanaan teknis Jalan/Jembatan tersusun sesuai standar",
                aktivitas="Menyusun dokumen perencanaan teknis jalan dan jembatan",
                butir=[("Menyusun rancangan teknis jalan dan jembatan", "Dokumen DED", 0.12)],
            ),
            _rk(
                "Ruas jalan dan jembatan kota dalam kondisi mantap",
                "Hasil pengujian mutu perkerasan jalan terdokumentasi",
                [
                    ("Kuantitas", "Panjang perkerasan jalan yang diuji mutunya", (12.5, 1, "km", "")),
                    ("Kualitas", "Persentase sampel uji memenuhi spesifikasi", (95, 0, "%", "")),
                ],
                ("Laporan hasil uji laboratorium", "Laboratorium Bahan Dinas PUPR", "Bulanan"),
                butir=[
                    ("Melakukan pengujian mutu bahan perkerasan jalan", "Laporan hasil uji", 0.04),
                    ("Menganalisis hasil pengujian mutu perkerasan", "Nota analisis", 0.025),
                ],
            ),
        ],
    },
    {
        "kode": "tp",
        "dinas": "pupr",
        "jabatan": "Teknik Pengairan Ahli Pertama",
        "jenjang": "pertama",
        "penilai": "kabid_sda",
        "pangkat": ["Penata Muda, III/a", "Penata Muda Tingkat I, III/b"],
        "gelar": "S.T.",
        "umum": False,
        "rks": [
            _rk(
                "Saluran drainase kota berfungsi baik",
                "Jaringan irigasi dan drainase primer terpelihara berfungsi baik",
                [
                    ("Kuantitas", "Volume pengerukan sedimen saluran primer", (1250, 0, "m3", "")),
                    ("Kualitas", "Persentase luas layanan irigasi yang terairi", (85, 0, "%", "")),
                ],
                ("Laporan pengerukan saluran primer", "Bidang Sumber Daya Air", "Bulanan"),
                miring="Jaringan irigasi/drainase primer terpelihara berfungsi baik",
                aktivitas="Melaksanakan pengerukan sedimen saluran primer",
                butir=[("Melakukan pengawasan pemeliharaan jaringan irigasi", "Laporan pengawasan", 0.03)],
            ),
            _rk(
                "Saluran drainase kota berfungsi baik",
                "Data kondisi bangunan air tervalidasi",
                [
                    ("Kuantitas", "Jumlah bangunan air yang diinventarisasi", (40, 0, "bangunan", "ap")),
                    ("Waktu", "Waktu penyampaian data kondisi bangunan air", (3, 0, "bulan", "")),
                ],
                ("Basis data bangunan air", "Sistem informasi SDA", "Triwulanan"),
                butir=[("Melakukan inventarisasi bangunan air", "Data inventarisasi", 0.015)],
            ),
        ],
    },
    {
        "kode": "pbg",
        "dinas": "pupr",
        "jabatan": "Penata Bangunan Gedung Ahli Pertama",
        "jenjang": "pertama",
        "penilai": "kabid_ck",
        "pangkat": ["Penata Muda Tingkat I, III/b"],
        "gelar": "S.T.",
        "umum": False,
        "rks": [
            _rk(
                "Meningkatnya bangunan gedung yang memenuhi standar teknis",
                "Permohonan PBG diproses sesuai standar teknis",
                [
                    (
                        "Kuantitas",
                        "Luas bangunan gedung yang diperiksa dokumen teknisnya",
                        (12500, 0, "m2", ""),
                    ),
                    ("Kualitas", "Persentase dokumen teknis PBG tanpa pengembalian kedua", (85, 0, "%", "")),
                    ("Waktu", "Waktu pemeriksaan dokumen teknis PBG", (7, 0, "hari kerja", "")),
                ],
                ("Rekap permohonan PBG", "Aplikasi SIMBG", "Bulanan"),
                aktivitas="Melakukan pemeriksaan dokumen teknis PBG",
                butir=[
                    (
                        "Melakukan pemeriksaan dokumen rencana teknis bangunan gedung",
                        "Catatan pemeriksaan",
                        0.02,
                    )
                ],
            ),
            _rk(
                "Meningkatnya bangunan gedung yang memenuhi standar teknis",
                "Bangunan gedung negara tercatat dalam basis data",
                [("Kuantitas", "Jumlah bangunan gedung negara yang terdata", (60, 0, "bangunan", "ap"))],
                ("Basis data bangunan gedung negara", "Bidang Cipta Karya", "Semesteran"),
                miring="Bangunan gedung negara tercatat dalam basis data/peta digital",
                butir=[("Melakukan pendataan bangunan gedung negara", "Data bangunan gedung", 0.01)],
            ),
        ],
    },
    {
        "kode": "pkb",
        "dinas": "dishub",
        "jabatan": "Penguji Kendaraan Bermotor Mahir",
        "jenjang": "mahir",
        "penilai": "ka_uptd_pkb",
        "pangkat": ["Penata Muda, III/a", "Penata Muda Tingkat I, III/b"],
        "gelar": "A.Md.T.",
        "umum": True,
        "rks": [
            _rk(
                "Meningkatnya kendaraan wajib uji yang laik jalan",
                "Kendaraan wajib uji teruji laik jalan",
                [
                    (
                        "Kuantitas",
                        "Jumlah kendaraan bermotor wajib uji yang diuji",
                        (2400, 0, "kendaraan", "ap"),
                    ),
                    ("Kualitas", "Persentase hasil uji tanpa keberatan pemilik", (95, 0, "%", "")),
                    ("Waktu", "Waktu pelayanan uji berkala per kendaraan", (60, 0, "menit", "")),
                ],
                ("Rekap hasil uji berkala", "Aplikasi BLUe UPTD PKB", "Bulanan"),
                miring="Kendaraan wajib uji/angkutan umum teruji laik jalan",
                aktivitas="Melakukan pengujian berkala kendaraan bermotor",
                butir=[
                    ("Melakukan pengujian berkala kendaraan bermotor", "Kartu uji", 0.008),
                    ("Memeriksa emisi gas buang kendaraan bermotor", "Lembar hasil uji emisi", 0.004),
                ],
            ),
            _rk(
                "Meningkatnya kendaraan wajib uji yang laik jalan",
                "Kapasitas uji harian UPTD PKB terpenuhi",
                [("Kuantitas", "Rata-rata kendaraan diuji", (40, 0, "kph", ""))],
                ("Rekap harian pengujian", "UPTD Pengujian Kendaraan Bermotor", "Bulanan"),
                butir=[("Melakukan pengujian kendaraan bermotor di lokasi uji", "Laporan uji", 0.006)],
            ),
        ],
    },
    {
        "kode": "pdl",
        "dinas": "dlh",
        "jabatan": "Pengendali Dampak Lingkungan Ahli Pertama",
        "jenjang": "pertama",
        "penilai": "kabid_tl",
        "pangkat": ["Penata Muda, III/a", "Penata Muda Tingkat I, III/b"],
        "gelar": "S.Si.",
        "umum": True,
        "rks": [
            _rk(
                "Meningkatnya usaha dan kegiatan yang memiliki persetujuan lingkungan",
                "Dokumen lingkungan usaha dan kegiatan dinilai tepat waktu",
                [
                    ("Kuantitas", "Jumlah dokumen UKL-UPL yang diperiksa", (45, 0, "dokumen", "ap")),
                    ("Waktu", "Waktu pemeriksaan dokumen UKL-UPL", (10, 0, "hari kerja", "")),
                ],
                ("Register dokumen lingkungan", "Aplikasi AMDALNET", "Bulanan"),
                miring="Dokumen lingkungan usaha/kegiatan dinilai tepat waktu",
                aktivitas="Melakukan pemeriksaan dokumen UKL-UPL",
                butir=[("Memeriksa dokumen UKL-UPL", "Berita acara pemeriksaan", 0.05)],
            ),
            _rk(
                "Meningkatnya usaha dan kegiatan yang memiliki persetujuan lingkungan",
                "Kualitas air sungai kota terpantau",
                [
                    ("Kuantitas", "Jumlah titik pantau kualitas air sungai", (16, 0, "titik", "")),
                    ("Kualitas", "Persentase sampel memenuhi baku mutu kelas II", (70, 0, "%", "")),
                ],
                ("Laporan hasil uji laboratorium lingkungan", "UPT Laboratorium Lingkungan", "Triwulanan"),
                butir=[("Melakukan pemantauan kualitas air", "Laporan pemantauan", 0.025)],
            ),
        ],
    },
    {
        "kode": "plh",
        "dinas": "dlh",
        "jabatan": "Pengawas Lingkungan Hidup Ahli Muda",
        "jenjang": "muda",
        "penilai": "kabid_penaatan",
        "pangkat": ["Penata, III/c", "Penata Tingkat I, III/d"],
        "gelar": "S.T.",
        "umum": True,
        "rks": [
            _rk(
                "Meningkatnya ketaatan usaha terhadap persetujuan lingkungan",
                "Usaha dan kegiatan taat terhadap persetujuan lingkungan",
                [
                    ("Kuantitas", "Jumlah usaha dan kegiatan yang diawasi", (30, 0, "usaha", "ap")),
                    (
                        "Kualitas",
                        "Persentase usaha yang menindaklanjuti rekomendasi pengawasan",
                        (80, 0, "%", ""),
                    ),
                ],
                ("Berita acara pengawasan", "Bidang Penaatan", "Triwulanan"),
                miring="Usaha/kegiatan taat terhadap persetujuan lingkungan",
                aktivitas="Melaksanakan pengawasan ketaatan usaha dan kegiatan",
                butir=[("Melakukan pengawasan ketaatan usaha dan/atau kegiatan", "Laporan pengawasan", 0.09)],
            ),
            _rk(
                "Meningkatnya ketaatan usaha terhadap persetujuan lingkungan",
                "Laporan pengaduan pencemaran lingkungan terverifikasi",
                [
                    ("Kuantitas", "Jumlah pengaduan pencemaran yang diverifikasi", (24, 0, "pengaduan", "")),
                    ("Waktu", "Waktu verifikasi lapangan pengaduan", (5, 0, "hari kerja", "")),
                ],
                ("Register pengaduan", "Aplikasi pengaduan lingkungan", "Bulanan"),
                butir=[("Melakukan verifikasi pengaduan lingkungan hidup", "Berita acara verifikasi", 0.03)],
            ),
        ],
    },
    {
        "kode": "prakom",
        "dinas": "kominfo",
        "jabatan": "Pranata Komputer Ahli Pertama",
        "jenjang": "pertama",
        "penilai": "kabid_tik",
        "pangkat": ["Penata Muda, III/a", "Penata Muda Tingkat I, III/b"],
        "gelar": "S.Kom.",
        "umum": True,
        "rks": [
            _rk(
                "Layanan jaringan intra pemerintah kota tersedia andal",
                "Jaringan intra pemerintah kota tersedia andal",
                [
                    (
                        "Kuantitas",
                        "Jumlah perangkat daerah terhubung jaringan intra",
                        (42, 0, "perangkat daerah", "ap"),
                    ),
                    ("Kualitas", "Persentase ketersediaan (uptime) jaringan", (99.5, 1, "%", "akr:uptime")),
                    ("Waktu", "Waktu pemulihan gangguan jaringan", (2, 0, "jam", "le")),
                ],
                ("Log NMS dan tiket gangguan", "Network Operation Center", "Bulanan"),
                miring="Jaringan intra/internet pemerintah kota tersedia andal",
                aktivitas="Melakukan pemeliharaan jaringan intra pemerintah kota",
                butir=[
                    ("Melakukan pemeliharaan infrastruktur jaringan", "Laporan pemeliharaan", 0.017),
                    ("Melakukan penanganan gangguan jaringan", "Tiket gangguan selesai", 0.006),
                ],
            ),
            _rk(
                "Layanan jaringan intra pemerintah kota tersedia andal",
                "Pusat data pemerintah kota terpelihara",
                [
                    ("Kuantitas", "Jumlah laporan pemeliharaan server", (12, 0, "laporan", "ap")),
                    ("Kualitas", "Persentase backup harian yang berhasil", (98, 0, "%", "")),
                ],
                ("Log backup dan laporan pemeliharaan", "Pusat Data Diskominfo", "Bulanan"),
                butir=[("Melakukan pemeliharaan server", "Laporan pemeliharaan server", 0.012)],
            ),
        ],
    },
    {
        "kode": "statistisi",
        "dinas": "kominfo",
        "jabatan": "Statistisi Ahli Pertama",
        "jenjang": "pertama",
        "penilai": "kabid_sp",
        "pangkat": ["Penata Muda, III/a", "Penata Muda Tingkat I, III/b"],
        "gelar": "S.Si.",
        "umum": True,
        "rks": [
            _rk(
                "Meningkatnya data sektoral yang berkualitas",
                "Data sektoral perangkat daerah tersedia dalam portal Satu Data",
                [
                    ("Kuantitas", "Jumlah dataset sektoral yang dipublikasikan", (150, 0, "dataset", "ap")),
                    ("Kualitas", "Persentase dataset memenuhi prinsip Satu Data", (90, 0, "%", "")),
                ],
                ("Katalog dataset portal Satu Data", "Portal Satu Data Sungai Rembang", "Triwulanan"),
                miring="Data sektoral perangkat daerah tersedia dalam portal Satu Data/SIPD",
                aktivitas="Melakukan pengumpulan data sektoral perangkat daerah",
                butir=[("Melakukan pemeriksaan data statistik sektoral", "Dataset terverifikasi", 0.005)],
            ),
            _rk(
                "Meningkatnya data sektoral yang berkualitas",
                "Statistik sektoral kota tersusun",
                [
                    ("Kuantitas", "Jumlah publikasi statistik sektoral", (2, 0, "publikasi", "ap")),
                    ("Waktu", "Waktu terbit publikasi statistik sektoral", (6, 0, "bulan", "")),
                ],
                ("Publikasi statistik sektoral", "Bidang Statistik", "Semesteran"),
                butir=[("Menyusun publikasi statistik", "Publikasi statistik", 0.2)],
            ),
        ],
    },
    {
        "kode": "sandiman",
        "dinas": "kominfo",
        "jabatan": "Sandiman Ahli Pertama",
        "jenjang": "pertama",
        "penilai": "kabid_sp",
        "pangkat": ["Penata Muda Tingkat I, III/b"],
        "gelar": "S.Tr.T.",
        "umum": True,
        "rks": [
            _rk(
                "Meningkatnya keamanan informasi pemerintah kota",
                "Informasi berklasifikasi pemerintah kota terlindungi persandian",
                [
                    (
                        "Kuantitas",
                        "Jumlah sertifikat elektronik yang diterbitkan",
                        (350, 0, "sertifikat", ""),
                    ),
                    ("Kualitas", "Persentase insiden keamanan informasi yang tertangani", (95, 0, "%", "")),
                ],
                ("Rekap sertifikat elektronik", "Balai Sertifikasi Elektronik", "Bulanan"),
                miring="Informasi berklasifikasi/rahasia pemerintah kota terlindungi persandian",
                aktivitas="Melaksanakan pengamanan informasi berklasifikasi",
                butir=[("Melakukan pengelolaan sertifikat elektronik", "Sertifikat elektronik", 0.003)],
            ),
            _rk(
                "Meningkatnya keamanan informasi pemerintah kota",
                "Kerentanan sistem elektronik teridentifikasi",
                [
                    (
                        "Kuantitas",
                        "Jumlah sistem elektronik yang diuji kerentanannya",
                        (10, 0, "sistem", "ap"),
                    ),
                    ("Waktu", "Waktu penyampaian laporan hasil uji kerentanan", (14, 0, "hari", "")),
                ],
                ("Laporan uji kerentanan", "Tim CSIRT Kota", "Triwulanan"),
                butir=[("Melakukan analisis kerentanan sistem elektronik", "Laporan hasil analisis", 0.05)],
            ),
        ],
    },
    {
        "kode": "humas",
        "dinas": "kominfo",
        "jabatan": "Pranata Hubungan Masyarakat Ahli Pertama",
        "jenjang": "pertama",
        "penilai": "kabid_ikp",
        "pangkat": ["Penata Muda, III/a"],
        "gelar": "S.I.Kom.",
        "umum": True,
        "rks": [
            _rk(
                "Meningkatnya informasi publik yang sampai kepada masyarakat",
                "Informasi kebijakan pemerintah kota tersebar kepada publik",
                [
                    ("Kuantitas", "Jumlah siaran pers yang dipublikasikan", (120, 0, "siaran pers", "")),
                    (
                        "Kualitas",
                        "Persentase aduan warga di kanal media sosial yang dijawab",
                        (90, 0, "%", ""),
                    ),
                ],
                ("Arsip siaran pers dan rekap aduan", "Bidang IKP", "Bulanan"),
                miring="Informasi kebijakan/program pemerintah kota tersebar kepada publik",
                aktivitas="Menyusun siaran pers kebijakan pemerintah kota",
                butir=[("Menyusun bahan siaran pers", "Siaran pers", 0.01)],
            ),
            _rk(
                "Meningkatnya informasi publik yang sampai kepada masyarakat",
                "Konten media sosial pemerintah kota terpublikasi terjadwal",
                [
                    ("Kuantitas", "Jumlah konten media sosial yang terbit", (360, 0, "konten", "")),
                    ("Waktu", "Waktu tanggap aduan warga di media sosial", (24, 0, "jam", "")),
                ],
                ("Rekap konten terjadwal", "Akun resmi media sosial Pemkot", "Bulanan"),
                butir=[("Membuat konten publikasi media sosial", "Konten terbit", 0.004)],
            ),
        ],
    },
]

# JPT: five RK each (two in one perspektif, so that one may carry a defect while all four stay filled).
PERAN_JPT: list[dict] = [
    {
        "kode": "kadis-pupr",
        "dinas": "pupr",
        "jabatan": "Kepala Dinas Pekerjaan Umum dan Penataan Ruang",
        "pangkat": ["Pembina Utama Muda, IV/c", "Pembina Tingkat I, IV/b"],
        "gelar": "S.T., M.T.",
        "rks": [
            (
                "Penerima Layanan",
                "Meningkatnya kemantapan jalan kota",
                [
                    ("Persentase kemantapan jalan kota", (78.4, 1, "%", "")),
                    ("Panjang jalan kota dalam kondisi mantap", (12.5, 1, "km", "")),
                ],
                "Meningkatnya kemantapan Jalan/Jembatan kota",
            ),
            (
                "Penerima Layanan",
                "Meningkatnya kawasan kota yang bebas genangan",
                [("Persentase kawasan permukiman bebas genangan", (85, 0, "%", ""))],
                None,
            ),
            (
                "Proses Bisnis",
                "Meningkatnya layanan air baku kota",
                [("Volume tampungan embung dan kolam retensi", (1250, 0, "m3", ""))],
                "Meningkatnya layanan air baku/air bersih kota",
            ),
            (
                "Penguatan Internal",
                "Meningkatnya akuntabilitas kinerja Dinas PUPR",
                [("Nilai evaluasi SAKIP Dinas PUPR", (72.5, 1, "", ""))],
                None,
            ),
            (
                "Anggaran",
                "Meningkatnya kualitas pelaksanaan anggaran infrastruktur",
                [("Persentase realisasi fisik paket pekerjaan konstruksi", (95, 0, "%", ""))],
                None,
            ),
        ],
    },
    {
        "kode": "kadis-hub",
        "dinas": "dishub",
        "jabatan": "Kepala Dinas Perhubungan",
        "pangkat": ["Pembina Utama Muda, IV/c"],
        "gelar": "S.T., M.Si.",
        "rks": [
            (
                "Penerima Layanan",
                "Meningkatnya keselamatan dan kelancaran lalu lintas",
                [
                    ("Persentase kendaraan wajib uji yang lulus uji berkala", (90, 0, "%", "")),
                    ("Jumlah kendaraan bermotor wajib uji yang diuji", (2400, 0, "kendaraan", "ap")),
                ],
                "Meningkatnya keselamatan/kelancaran lalu lintas",
            ),
            (
                "Penerima Layanan",
                "Meningkatnya pelayanan angkutan umum kota",
                [("Rata-rata penumpang bus kota", (1850, 0, "orang", ""))],
                None,
            ),
            (
                "Proses Bisnis",
                "Meningkatnya kinerja simpang bersinyal",
                [("Jumlah simpang bersinyal terkoneksi ATCS", (24, 0, "simpang", "ap"))],
                None,
            ),
            (
                "Penguatan Internal",
                "Meningkatnya kompetensi SDM perhubungan",
                [("Persentase penguji kendaraan bersertifikat kompetensi", (90, 0, "%", ""))],
                None,
            ),
            (
                "Anggaran",
                "Meningkatnya pendapatan retribusi perhubungan",
                [("Persentase realisasi retribusi pengujian kendaraan", (95, 0, "%", ""))],
                None,
            ),
        ],
    },
    {
        "kode": "kadis-dlh",
        "dinas": "dlh",
        "jabatan": "Kepala Dinas Lingkungan Hidup",
        "pangkat": ["Pembina Utama Muda, IV/c", "Pembina Tingkat I, IV/b"],
        "gelar": "S.Si., M.Si.",
        "rks": [
            (
                "Penerima Layanan",
                "Meningkatnya kualitas lingkungan hidup kota",
                [("Indeks Kualitas Lingkungan Hidup (IKLH)", (62.35, 2, "", "akr:IKLH"))],
                None,
            ),
            (
                "Penerima Layanan",
                "Meningkatnya ruang terbuka hijau publik",
                [("Luas ruang terbuka hijau publik yang terpelihara", (3600, 0, "m2", ""))],
                "Meningkatnya ruang terbuka hijau/taman publik",
            ),
            (
                "Proses Bisnis",
                "Meningkatnya pengelolaan sampah kota",
                [("Rata-rata sampah terangkut ke TPA", (85, 0, "tph", ""))],
                None,
            ),
            (
                "Penguatan Internal",
                "Meningkatnya ketaatan usaha terhadap persetujuan lingkungan",
                [("Persentase usaha yang taat persetujuan lingkungan", (80, 0, "%", ""))],
                None,
            ),
            (
                "Anggaran",
                "Meningkatnya pendapatan retribusi persampahan",
                [("Persentase realisasi retribusi persampahan", (95, 0, "%", ""))],
                None,
            ),
        ],
    },
    {
        "kode": "kadis-kominfo",
        "dinas": "kominfo",
        "jabatan": "Kepala Dinas Komunikasi dan Informatika",
        "pangkat": ["Pembina Utama Muda, IV/c"],
        "gelar": "S.Kom., M.T.I.",
        "rks": [
            (
                "Penerima Layanan",
                "Meningkatnya keterbukaan informasi publik",
                [("Indeks Keterbukaan Informasi Publik", (82.5, 1, "", "akr:IKIP"))],
                None,
            ),
            (
                "Proses Bisnis",
                "Meningkatnya keandalan infrastruktur TIK pemerintah kota",
                [
                    (
                        "Persentase ketersediaan (uptime) jaringan intra pemerintah",
                        (99.5, 1, "%", "akr:uptime"),
                    ),
                    ("Waktu pemulihan gangguan jaringan", (2, 0, "jam", "le")),
                ],
                "Meningkatnya keandalan infrastruktur TIK/jaringan pemerintah kota",
            ),
            (
                "Proses Bisnis",
                "Meningkatnya layanan data sektoral",
                [("Jumlah dataset sektoral yang dipublikasikan", (150, 0, "dataset", "ap"))],
                None,
            ),
            (
                "Penguatan Internal",
                "Meningkatnya kematangan SPBE pemerintah kota",
                [("Indeks SPBE", (3.25, 2, "", ""))],
                None,
            ),
            (
                "Anggaran",
                "Meningkatnya efisiensi belanja TIK",
                [("Persentase aplikasi yang memakai pusat data bersama", (80, 0, "%", ""))],
                None,
            ),
        ],
    },
]

# JF jenjang → a pangkat inside the range and one outside (for jenjang-golongan-tidak-sesuai), and a pangkat
# whose name and golongan disagree while both stay inside the range (for pangkat-tidak-dikenal).
JENJANG = {
    "pertama": {"luar": "Pembina, IV/a", "salah": "Penata Muda Tingkat I, III/a"},
    "muda": {"luar": "Penata Muda, III/a", "salah": "Penata, III/d"},
    "mahir": {"luar": "Penata, III/c", "salah": "Penata Muda Tingkat I, III/a"},
}
PANGKAT_SALAH_JA = "Penata Muda, III/c"
