"""Content of the held-out set ``nyata_bu``: Kabupaten Kepulauan Teluk Sembilan (fictional), its Dinas
Kelautan dan Perikanan and Dinas Perhubungan, the people (one per role, the same in every workbook), their
Rencana Kinerja cascading from their penilai's RK, IKI with aspek and target, butir kegiatan of the JF and the
Manual IKI of the two Kepala Dinas.

An IKI is ``(aspek, text, target value, satuan)``; Waktu and Biaya IKI are lower-is-better (SPEC §6.1). An RK
of a JA/JF names the index of the penilai's RK it intervenes (``atasan``): the RK atasan written in the SKP is
that RK's text, word for word.
"""

from __future__ import annotations

KABUPATEN = "Kabupaten Kepulauan Teluk Sembilan"
PEMDA = "PEMERINTAH KABUPATEN KEPULAUAN TELUK SEMBILAN"
IBUKOTA = "Tanjung Sembilan"

DINAS = {
    "dkp": {
        "nama": "Dinas Kelautan dan Perikanan",
        "alamat": "Jalan Dermaga Lama Nomor 9, Tanjung Sembilan 97651",
        "kontak": (
            "Telepon (0918) 21045 - Laman dkp.telukSembilankab.go.id - Pos-el dkp@telukSembilankab.go.id"
        ),
    },
    "dishub": {
        "nama": "Dinas Perhubungan",
        "alamat": "Jalan Pelabuhan Raya Nomor 2, Tanjung Sembilan 97652",
        "kontak": (
            "Telepon (0918) 21177 - Laman dishub.telukSembilankab.go.id - Pos-el "
            "dishub@telukSembilankab.go.id"
        ),
    },
}

# penilai who write no SKP in this set
BUPATI = {
    "nama": "Drs. H. Rusdi Lamabelawa, M.M.",
    "nip": "-",
    "pangkat": "-",
    "jabatan": "Bupati Kepulauan Teluk Sembilan",
    "unit": "Pemerintah Kabupaten Kepulauan Teluk Sembilan",
    "politik": True,
}
SEKDA = {
    "nama": "Dr. Maryam Tuasikal, S.H., M.Si.",
    "nip": "19680605 199303 2 002",
    "gol": "IV/d",
    "jabatan": "Sekretaris Daerah Kabupaten Kepulauan Teluk Sembilan",
    "unit": "Sekretariat Daerah Kabupaten Kepulauan Teluk Sembilan",
}

# golongan → pangkat (PP 99/2000)
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

DKP = "Dinas Kelautan dan Perikanan Kabupaten Kepulauan Teluk Sembilan"
DISHUB = "Dinas Perhubungan Kabupaten Kepulauan Teluk Sembilan"

# ----------------------------------------------------------------------------- JPT (Perjanjian Kinerja)

JPT = {
    "kadis_dkp": {
        "family": "JPT",
        "dinas": "dkp",
        "nama": "Ir. Abdul Rahman Tuharea, M.Si.",
        "nip": "19700811 199603 1 003",
        "gol": "IV/c",
        "jabatan": "Kepala Dinas Kelautan dan Perikanan",
        "unit": DKP,
        "penilai": "bupati",
        "rks": [
            {
                "rk": "Meningkatnya produksi perikanan tangkap nelayan kecil",
                "persp": "Penerima Layanan",
                "ikis": [("Kuantitas", "Jumlah produksi perikanan tangkap nelayan kecil", 12000, "ton")],
                "manual": {
                    "desk": (
                        "Produksi ikan yang didaratkan nelayan kecil (kapal di bawah 10 GT) di sembilan "
                        "gugus pulau"
                    ),
                    "def": (
                        "Volume ikan hasil tangkapan nelayan kecil yang tercatat di tempat pendaratan ikan"
                    ),
                    "formula": "Jumlah volume produksi yang tercatat pada log pendaratan selama satu tahun",
                    "tujuan": "Mengukur keberhasilan dukungan dinas terhadap usaha nelayan kecil",
                    "kendali": "Sedang",
                    "sumber": "Statistik produksi perikanan tangkap Bidang Perikanan Tangkap",
                    "periode": "Triwulanan",
                },
            },
            {
                "rk": "Meningkatnya kesejahteraan nelayan dan pembudi daya ikan di pulau-pulau kecil",
                "persp": "Penerima Layanan",
                "ikis": [("Kuantitas", "Nilai Tukar Nelayan", 104.5, "poin")],
                "manual": {
                    "desk": "Kesejahteraan rumah tangga nelayan yang diukur dari daya beli hasil usahanya",
                    "def": (
                        "Perbandingan indeks harga yang diterima nelayan dengan indeks harga yang dibayar "
                        "nelayan"
                    ),
                    "formula": "(Indeks harga yang diterima / indeks harga yang dibayar) x 100",
                    "tujuan": "Menggambarkan perubahan daya beli nelayan setelah intervensi program",
                    "kendali": "Rendah",
                    "sumber": "Badan Pusat Statistik Kabupaten Kepulauan Teluk Sembilan",
                    "periode": "Tahunan",
                },
            },
            {
                "rk": "Terwujudnya pengawasan sumber daya kelautan dan perikanan yang efektif",
                "persp": "Proses Bisnis",
                "ikis": [("Kualitas", "Persentase kapal perikanan yang patuh terhadap ketentuan", 87, "%")],
                "manual": {
                    "desk": (
                        "Kepatuhan kapal perikanan berizin daerah terhadap izin, alat tangkap dan daerah "
                        "penangkapan"
                    ),
                    "def": (
                        "Kapal yang dalam pemeriksaan tidak ditemukan pelanggaran dibanding kapal yang "
                        "diperiksa"
                    ),
                    "formula": "(Kapal patuh / kapal yang diperiksa) x 100 %",
                    "tujuan": "Menjamin pemanfaatan sumber daya ikan yang lestari",
                    "kendali": "Sedang",
                    "sumber": "Laporan hasil pemeriksaan Pengawas Perikanan",
                    "periode": "Semesteran",
                },
            },
            {
                "rk": "Meningkatnya akuntabilitas kinerja Dinas Kelautan dan Perikanan",
                "persp": "Penguatan Internal",
                "ikis": [("Kualitas", "Nilai SAKIP Dinas Kelautan dan Perikanan", 72.5, "poin")],
                "manual": {
                    "desk": "Kualitas penerapan sistem akuntabilitas kinerja instansi pemerintah di dinas",
                    "def": "Nilai hasil evaluasi SAKIP perangkat daerah oleh Inspektorat",
                    "formula": "Nilai evaluasi SAKIP yang ditetapkan Inspektorat",
                    "tujuan": "Mendorong perencanaan dan pelaporan kinerja yang berorientasi hasil",
                    "kendali": "Tinggi",
                    "sumber": "Laporan hasil evaluasi SAKIP Inspektorat Daerah",
                    "periode": "Tahunan",
                },
            },
            {
                "rk": "Meningkatnya kualitas pelaksanaan anggaran dinas",
                "persp": "Anggaran",
                "ikis": [
                    ("Kuantitas", "Persentase realisasi anggaran Dinas Kelautan dan Perikanan", 95, "%")
                ],
                "manual": {
                    "desk": "Penyerapan anggaran belanja dinas sesuai rencana penarikan dana",
                    "def": "Realisasi belanja dibanding pagu anggaran setelah perubahan",
                    "formula": "(Realisasi belanja / pagu anggaran) x 100 %",
                    "tujuan": "Menjamin program dinas terlaksana sesuai rencana anggaran",
                    "kendali": "Tinggi",
                    "sumber": "Laporan realisasi anggaran Subbagian Keuangan",
                    "periode": "Bulanan",
                },
            },
        ],
    },
    "kadis_dishub": {
        "family": "JPT",
        "dinas": "dishub",
        "nama": "Yohanis Patty, S.T., M.T.",
        "nip": "19710422 199703 1 005",
        "gol": "IV/c",
        "jabatan": "Kepala Dinas Perhubungan",
        "unit": DISHUB,
        "penilai": "sekda",
        "rks": [
            {
                "rk": "Meningkatnya konektivitas antarpulau melalui angkutan laut perintis dan penyeberangan",
                "persp": "Penerima Layanan",
                "ikis": [
                    ("Kuantitas", "Jumlah trayek angkutan laut antarpulau yang terlayani", 36, "trayek")
                ],
                "manual": {
                    "desk": (
                        "Ketersediaan angkutan laut yang menghubungkan pulau berpenghuni dengan ibu kota "
                        "kabupaten"
                    ),
                    "def": (
                        "Trayek angkutan laut perintis dan penyeberangan yang melayani paling sedikit dua "
                        "kali sebulan"
                    ),
                    "formula": "Jumlah trayek yang beroperasi sesuai jadwal dalam satu tahun",
                    "tujuan": "Membuka keterisolasian pulau-pulau kecil",
                    "kendali": "Sedang",
                    "sumber": "Laporan operasional Bidang Pelayaran",
                    "periode": "Triwulanan",
                },
            },
            {
                "rk": "Meningkatnya kepuasan pengguna jasa pelabuhan dan pengujian kendaraan",
                "persp": "Penerima Layanan",
                "ikis": [("Kualitas", "Indeks Kepuasan Masyarakat layanan perhubungan", 82.5, "poin")],
                "manual": {
                    "desk": (
                        "Penilaian pengguna jasa terhadap layanan pelabuhan dan pengujian kendaraan bermotor"
                    ),
                    "def": "Nilai survei kepuasan masyarakat menurut Permen PANRB 14/2017",
                    "formula": "Rata-rata tertimbang nilai unsur layanan x 25",
                    "tujuan": "Mengetahui mutu layanan perhubungan menurut penggunanya",
                    "kendali": "Sedang",
                    "sumber": "Laporan survei kepuasan masyarakat",
                    "periode": "Semesteran",
                },
            },
            {
                "rk": "Meningkatnya keselamatan dan ketertiban transportasi laut dan darat",
                "persp": "Proses Bisnis",
                "ikis": [("Kualitas", "Persentase ketepatan jadwal keberangkatan kapal", 95, "%")],
                "manual": {
                    "desk": "Keteraturan keberangkatan kapal dari pelabuhan yang dikelola daerah",
                    "def": "Keberangkatan kapal yang terlambat kurang dari 30 menit dari jadwal",
                    "formula": "(Keberangkatan tepat jadwal / seluruh keberangkatan) x 100 %",
                    "tujuan": "Memberi kepastian perjalanan bagi penumpang antarpulau",
                    "kendali": "Sedang",
                    "sumber": "Buku kedatangan dan keberangkatan kapal",
                    "periode": "Bulanan",
                },
            },
            {
                "rk": "Meningkatnya kapasitas aparatur perhubungan yang bersertifikat kompetensi",
                "persp": "Penguatan Internal",
                "ikis": [("Kuantitas", "Jumlah aparatur perhubungan bersertifikat kompetensi", 24, "orang")],
                "manual": {
                    "desk": "Aparatur teknis perhubungan yang memiliki sertifikat kompetensi sesuai tugasnya",
                    "def": "Pegawai yang memperoleh sertifikat kompetensi teknis pada tahun berjalan",
                    "formula": "Jumlah pegawai bersertifikat kompetensi baru",
                    "tujuan": "Menjamin layanan teknis diberikan oleh petugas yang kompeten",
                    "kendali": "Tinggi",
                    "sumber": "Data kepegawaian Sekretariat",
                    "periode": "Semesteran",
                },
            },
            {
                "rk": "Meningkatnya pendapatan retribusi daerah sektor perhubungan",
                "persp": "Anggaran",
                "ikis": [
                    (
                        "Kuantitas",
                        "Jumlah realisasi retribusi jasa kepelabuhanan dan pengujian kendaraan",
                        350000000,
                        "Rp",
                    )
                ],
                "manual": {
                    "desk": (
                        "Penerimaan retribusi daerah dari layanan pelabuhan dan pengujian kendaraan bermotor"
                    ),
                    "def": "Retribusi yang disetor ke kas daerah pada tahun berjalan",
                    "formula": "Jumlah setoran retribusi yang tercatat di kas daerah",
                    "tujuan": "Menambah pendapatan asli daerah dari sektor perhubungan",
                    "kendali": "Sedang",
                    "sumber": "Laporan penerimaan Bendahara Penerimaan",
                    "periode": "Bulanan",
                },
            },
        ],
    },
}

# ----------------------------------------------------------------------------- JA and JF


def _rk(rk: str, atasan: int, ikis: list[tuple], butir: list[tuple] | None = None) -> dict:
    return {"rk": rk, "atasan": atasan, "ikis": ikis, "butir": butir or []}


ROLES = {
    "sekretaris_dkp": {
        "family": "JA",
        "dinas": "dkp",
        "nama": "Nurhayati Letsoin, S.Pi., M.Si.",
        "nip": "19760912 200212 2 004",
        "gol": "IV/a",
        "jabatan": "Sekretaris Dinas Kelautan dan Perikanan",
        "unit": "Sekretariat " + DKP,
        "penilai": "kadis_dkp",
        "rks": [
            _rk(
                "Dokumen perencanaan dan laporan kinerja dinas tersusun tepat waktu dan berkualitas",
                3,
                [
                    (
                        "Kuantitas",
                        "Jumlah dokumen perencanaan dan laporan kinerja yang tersusun",
                        6,
                        "dokumen",
                    ),
                    ("Kualitas", "Persentase dokumen yang diterima Bappeda tanpa revisi mayor", 90, "%"),
                    ("Waktu", "Waktu penyampaian laporan kinerja tahunan", 3, "bulan"),
                ],
            ),
            _rk(
                "Laporan keuangan dinas yang tertib dan akuntabel",
                4,
                [
                    ("Kuantitas", "Jumlah laporan keuangan bulanan yang disampaikan", 12, "laporan"),
                    ("Kualitas", "Persentase realisasi anggaran belanja dinas", 95, "%"),
                ],
            ),
        ],
    },
    "kabid_tangkap": {
        "family": "JA",
        "dinas": "dkp",
        "nama": "La Ode Hamzah, S.Pi.",
        "nip": "19780130 200501 1 007",
        "gol": "IV/a",
        "jabatan": "Kepala Bidang Perikanan Tangkap",
        "unit": "Bidang Perikanan Tangkap " + DKP,
        "penilai": "kadis_dkp",
        "rks": [
            _rk(
                "Meningkatnya produksi ikan hasil tangkapan nelayan kecil di sembilan gugus pulau",
                0,
                [
                    ("Kuantitas", "Jumlah produksi ikan hasil tangkapan nelayan kecil", 1200, "ton"),
                    (
                        "Kualitas",
                        "Persentase kelompok nelayan yang menerapkan penanganan ikan higienis",
                        75,
                        "%",
                    ),
                    ("Waktu", "Waktu penyaluran bantuan alat penangkapan ikan", 6, "bulan"),
                ],
            ),
            _rk(
                "Kapal perikanan berizin daerah yang terinspeksi kelaikannya",
                2,
                [
                    ("Kuantitas", "Jumlah kapal perikanan terinspeksi", 14, "kapal"),
                    ("Kualitas", "Persentase kapal terinspeksi yang memenuhi standar kelaikan", 85, "%"),
                ],
            ),
        ],
    },
    "kasubbag_umum": {
        "family": "JA",
        "dinas": "dkp",
        "nama": "Siti Aisyah Rumbiak, S.Sos.",
        "nip": "19820517 200604 2 011",
        "gol": "III/d",
        "jabatan": "Kepala Subbagian Umum dan Kepegawaian",
        "unit": "Sekretariat " + DKP,
        "penilai": "sekretaris_dkp",
        "rks": [
            _rk(
                "Data kepegawaian dan arsip dinas yang mutakhir sebagai bahan laporan kinerja",
                0,
                [
                    ("Kuantitas", "Jumlah pembaruan data kepegawaian yang terverifikasi", 48, "berkas"),
                    ("Kualitas", "Persentase data kepegawaian yang sesuai dengan SIASN", 95, "%"),
                    ("Waktu", "Waktu pemutakhiran data kepegawaian setelah SK terbit", 5, "hari"),
                ],
            ),
            _rk(
                "Barang milik daerah pada dinas yang tercatat dan terpelihara",
                1,
                [
                    ("Kuantitas", "Jumlah aset yang tercatat dalam Kartu Inventaris Barang", 320, "unit"),
                    ("Biaya", "Biaya pemeliharaan kendaraan operasional dinas", 85000000, "Rp"),
                ],
            ),
        ],
    },
    "pengelola_data": {
        "family": "JA",
        "dinas": "dkp",
        "nama": "Muhammad Fikri Latuconsina, S.Kom.",
        "nip": "19930224 201902 1 003",
        "gol": "III/b",
        "jabatan": "Pengelola Data Perikanan",
        "unit": "Bidang Perikanan Tangkap " + DKP,
        "penilai": "kabid_tangkap",
        "rks": [
            _rk(
                "Data produksi perikanan tangkap per gugus pulau yang valid dan mutakhir",
                0,
                [
                    ("Kuantitas", "Jumlah laporan statistik produksi perikanan tangkap", 12, "laporan"),
                    ("Kualitas", "Persentase data produksi yang lolos validasi", 95, "%"),
                    ("Waktu", "Waktu penyampaian rekap produksi bulanan", 5, "hari"),
                ],
            ),
            _rk(
                "Basis data kapal perikanan terinspeksi yang tersedia bagi pengawas",
                1,
                [
                    ("Kuantitas", "Jumlah data kapal yang dimutakhirkan", 140, "kapal"),
                    ("Kualitas", "Persentase data kapal yang lengkap", 90, "%"),
                ],
            ),
        ],
    },
    "pengadministrasi": {
        "family": "JA",
        "dinas": "dkp",
        "nama": "Yuliana Rahangiar",
        "nip": "19880709 201001 2 006",
        "gol": "II/c",
        "jabatan": "Pengadministrasi Umum",
        "unit": "Subbagian Umum dan Kepegawaian " + DKP,
        "penilai": "kasubbag_umum",
        "rks": [
            _rk(
                "Arsip surat masuk dan surat keluar dinas yang tertata",
                0,
                [
                    ("Kuantitas", "Jumlah surat yang teregistrasi dalam aplikasi persuratan", 1800, "surat"),
                    (
                        "Kualitas",
                        "Persentase surat yang terdistribusi ke bidang tujuan pada hari yang sama",
                        90,
                        "%",
                    ),
                    ("Waktu", "Waktu penyampaian disposisi ke bidang", 2, "hari"),
                ],
            ),
            _rk(
                "Kebutuhan rumah tangga kantor yang terpenuhi",
                1,
                [
                    ("Kuantitas", "Jumlah permintaan barang persediaan yang terlayani", 240, "permintaan"),
                    ("Kualitas", "Persentase permintaan yang terlayani sesuai spesifikasi", 95, "%"),
                ],
            ),
        ],
    },
    "sekretaris_dishub": {
        "family": "JA",
        "dinas": "dishub",
        "nama": "Frans Sahetapy, S.E., M.M.",
        "nip": "19770303 200312 1 005",
        "gol": "IV/a",
        "jabatan": "Sekretaris Dinas Perhubungan",
        "unit": "Sekretariat " + DISHUB,
        "penilai": "kadis_dishub",
        "rks": [
            _rk(
                "Aparatur perhubungan yang kompeten dan tertib administrasi kepegawaian",
                3,
                [
                    ("Kuantitas", "Jumlah pegawai yang diusulkan mengikuti diklat teknis", 18, "orang"),
                    ("Kualitas", "Persentase pegawai yang memenuhi standar kompetensi jabatan", 80, "%"),
                    ("Waktu", "Waktu penyelesaian usulan kenaikan pangkat", 2, "bulan"),
                ],
            ),
            _rk(
                "Laporan keuangan dan barang milik daerah dinas yang akuntabel",
                4,
                [
                    ("Kuantitas", "Jumlah laporan keuangan yang tersusun", 14, "laporan"),
                    ("Kualitas", "Persentase rekomendasi BPK yang ditindaklanjuti", 90, "%"),
                ],
            ),
            _rk(
                "Dokumen perencanaan dan laporan kinerja dinas yang selaras dengan RPJMD",
                3,
                [
                    ("Kuantitas", "Jumlah dokumen perencanaan dan evaluasi yang tersusun", 5, "dokumen"),
                    ("Kualitas", "Nilai evaluasi SAKIP Dinas Perhubungan", 70, "poin"),
                ],
            ),
        ],
    },
    "kabid_pelayaran": {
        "family": "JA",
        "dinas": "dishub",
        "nama": "Capt. Hendrik Ririmasse, M.Mar.",
        "nip": "19791119 200604 1 002",
        "gol": "IV/a",
        "jabatan": "Kepala Bidang Pelayaran",
        "unit": "Bidang Pelayaran " + DISHUB,
        "penilai": "kadis_dishub",
        "rks": [
            _rk(
                "Layanan angkutan laut perintis antarpulau yang terjadwal",
                0,
                [
                    ("Kuantitas", "Jumlah trayek angkutan laut perintis yang beroperasi", 36, "trayek"),
                    ("Kualitas", "Persentase ketepatan jadwal kapal", 95, "%"),
                    ("Waktu", "Waktu penetapan jadwal pelayaran semesteran", 14, "hari"),
                ],
            ),
            _rk(
                "Pelabuhan pengumpan lokal yang memenuhi standar keselamatan pelayaran",
                2,
                [
                    ("Kuantitas", "Jumlah pelabuhan yang memenuhi standar keselamatan", 7, "pelabuhan"),
                    (
                        "Kualitas",
                        "Persentase kapal yang berangkat dengan dokumen keselamatan lengkap",
                        98,
                        "%",
                    ),
                ],
            ),
        ],
    },
    "kabid_llaj": {
        "family": "JA",
        "dinas": "dishub",
        "nama": "Agustinus Lewerissa, S.SiT.",
        "nip": "19810608 200701 1 009",
        "gol": "III/d",
        "jabatan": "Kepala Bidang Lalu Lintas dan Angkutan Jalan",
        "unit": "Bidang Lalu Lintas dan Angkutan Jalan " + DISHUB,
        "penilai": "kadis_dishub",
        "rks": [
            _rk(
                "Kendaraan angkutan umum dan barang yang laik jalan",
                2,
                [
                    ("Kuantitas", "Jumlah kendaraan wajib uji yang lulus uji berkala", 1450, "kendaraan"),
                    ("Kualitas", "Persentase kendaraan wajib uji yang lulus uji berkala", 85, "%"),
                    ("Waktu", "Waktu layanan uji KIR per kendaraan", 2, "jam"),
                ],
            ),
            _rk(
                "Retribusi pengujian kendaraan bermotor yang tercapai",
                4,
                [
                    ("Kuantitas", "Jumlah retribusi pengujian kendaraan bermotor", 150000000, "Rp"),
                    ("Kualitas", "Persentase wajib retribusi yang membayar tepat waktu", 90, "%"),
                ],
            ),
        ],
    },
    "kasi_pelabuhan": {
        "family": "JA",
        "dinas": "dishub",
        "nama": "Fatmawati Kaplale, S.T.",
        "nip": "19850220 201001 2 014",
        "gol": "III/c",
        "jabatan": "Kepala Seksi Kepelabuhanan",
        "unit": "Bidang Pelayaran " + DISHUB,
        "penilai": "kabid_pelayaran",
        "rks": [
            _rk(
                "Dermaga pelabuhan pengumpan lokal yang laik operasi",
                1,
                [
                    ("Kuantitas", "Jumlah dermaga yang diperiksa kelaikannya", 9, "dermaga"),
                    ("Kualitas", "Persentase dermaga yang laik operasi", 90, "%"),
                    ("Waktu", "Waktu tindak lanjut laporan kerusakan dermaga", 7, "hari"),
                ],
            ),
            _rk(
                "Retribusi jasa kepelabuhanan yang terpungut",
                0,
                [
                    ("Kuantitas", "Jumlah retribusi jasa kepelabuhanan", 180000000, "Rp"),
                    ("Kualitas", "Persentase karcis retribusi yang tercatat dalam sistem", 95, "%"),
                ],
            ),
        ],
    },
    "petugas_pelabuhan": {
        "family": "JA",
        "dinas": "dishub",
        "nama": "Jefri Manuputty",
        "nip": "19940402 201801 1 005",
        "gol": "II/b",
        "jabatan": "Petugas Pelabuhan",
        "unit": "Seksi Kepelabuhanan Bidang Pelayaran " + DISHUB,
        "penilai": "kasi_pelabuhan",
        "rks": [
            _rk(
                "Data penumpang dan barang di pelabuhan yang tercatat tertib",
                1,
                [
                    ("Kuantitas", "Jumlah manifest kapal yang terekam", 420, "manifest"),
                    ("Kualitas", "Persentase manifest yang sesuai dengan jumlah penumpang naik", 97, "%"),
                    ("Waktu", "Waktu penyampaian rekap manifest harian", 2, "hari"),
                ],
            ),
            _rk(
                "Laporan kondisi dermaga yang tersampaikan kepada kepala seksi",
                0,
                [
                    ("Kuantitas", "Jumlah laporan kondisi dermaga", 24, "laporan"),
                    ("Kualitas", "Persentase laporan yang dilengkapi foto dan titik koordinat", 90, "%"),
                ],
            ),
        ],
    },
    # ------------------------------------------------------------------ JF
    "penyuluh_muda": {
        "family": "JF",
        "dinas": "dkp",
        "nama": "Hasanudin Rumra, S.Pi., M.P.",
        "nip": "19830915 200902 1 004",
        "gol": "III/d",
        "jabatan": "Penyuluh Perikanan Ahli Muda",
        "unit": "Bidang Perikanan Tangkap " + DKP,
        "penilai": "kabid_tangkap",
        "rks": [
            _rk(
                "Kelompok nelayan binaan yang meningkat kelas kemampuannya",
                0,
                [
                    ("Kuantitas", "Jumlah kelompok nelayan yang naik kelas", 8, "kelompok"),
                    ("Kualitas", "Persentase kelompok binaan yang memiliki rencana usaha", 80, "%"),
                    ("Waktu", "Waktu penyusunan programa penyuluhan perikanan", 3, "bulan"),
                ],
                [
                    ("Menyusun programa penyuluhan perikanan tingkat kabupaten", "Dokumen programa", 0.1),
                    ("Melakukan penilaian kelas kelompok pelaku utama", "Berita acara penilaian", 0.036),
                ],
            ),
            _rk(
                "Materi penyuluhan perikanan tangkap yang tersedia bagi penyuluh lapangan",
                0,
                [
                    ("Kuantitas", "Jumlah materi penyuluhan yang tersusun", 6, "materi"),
                    ("Kualitas", "Persentase materi yang dinilai layak oleh tim teknis", 90, "%"),
                ],
                [("Menyusun materi penyuluhan dalam bentuk cetak", "Materi penyuluhan", 0.045)],
            ),
        ],
    },
    "penyuluh_terampil": {
        "family": "JF",
        "dinas": "dkp",
        "nama": "Maria Goreti Kelbulan, A.Md.Pi.",
        "nip": "19910512 201503 2 002",
        "gol": "II/d",
        "jabatan": "Penyuluh Perikanan Terampil",
        "unit": "Bidang Perikanan Tangkap " + DKP,
        "penilai": "kabid_tangkap",
        "rks": [
            _rk(
                "Nelayan kecil binaan yang menerapkan teknologi penangkapan ramah lingkungan",
                0,
                [
                    (
                        "Kuantitas",
                        "Jumlah nelayan yang menerapkan alat tangkap ramah lingkungan",
                        60,
                        "orang",
                    ),
                    ("Kualitas", "Persentase nelayan binaan yang terdaftar dalam kartu Kusuka", 85, "%"),
                    ("Waktu", "Waktu penyampaian laporan kunjungan kelompok", 5, "hari"),
                ],
                [("Melakukan kunjungan kepada kelompok pelaku utama", "Laporan kunjungan", 0.008)],
            ),
            _rk(
                "Data kapal nelayan binaan yang terverifikasi",
                1,
                [
                    ("Kuantitas", "Jumlah kapal nelayan binaan yang terverifikasi", 45, "kapal"),
                    ("Kualitas", "Persentase data kapal yang sesuai dengan pas kecil", 90, "%"),
                ],
                [
                    ("Mengumpulkan data potensi wilayah dan pelaku utama", "Data potensi", 0.012),
                    ("Mengolah data kapal pelaku utama", "Rekapitulasi data kapal", 0.01),
                ],
            ),
        ],
    },
    "pengawas_pertama": {
        "family": "JF",
        "dinas": "dkp",
        "nama": "Rizal Wattimena, S.Pi.",
        "nip": "19950807 202001 1 003",
        "gol": "III/a",
        "jabatan": "Pengawas Perikanan Ahli Pertama",
        "unit": "Bidang Perikanan Tangkap " + DKP,
        "penilai": "kabid_tangkap",
        "rks": [
            _rk(
                "Kapal perikanan di pelabuhan pangkalan yang terperiksa kepatuhannya",
                1,
                [
                    ("Kuantitas", "Jumlah kapal perikanan yang diperiksa", 120, "kapal"),
                    ("Kualitas", "Persentase hasil pemeriksaan yang dilaporkan lengkap", 95, "%"),
                    ("Waktu", "Waktu penerbitan surat laik operasi kapal", 3, "jam"),
                ],
                [
                    (
                        "Melakukan pemeriksaan kapal perikanan sebelum berlayar",
                        "Laporan hasil pemeriksaan",
                        0.02,
                    )
                ],
            ),
            _rk(
                "Kasus pelanggaran penangkapan ikan yang tertangani",
                1,
                [
                    ("Kuantitas", "Jumlah kasus pelanggaran yang ditindaklanjuti", 10, "kasus"),
                    ("Kualitas", "Persentase kasus yang selesai diproses", 80, "%"),
                ],
                [("Melakukan penanganan awal pelanggaran perikanan", "Berita acara penanganan", 0.05)],
            ),
        ],
    },
    "analis_kebijakan": {
        "family": "JF",
        "dinas": "dkp",
        "nama": "Dewi Lestari Souhoka, S.IP., M.A.P.",
        "nip": "19870104 201101 2 008",
        "gol": "III/c",
        "jabatan": "Analis Kebijakan Ahli Muda",
        "unit": "Sekretariat " + DKP,
        "penilai": "sekretaris_dkp",
        "rks": [
            _rk(
                "Rekomendasi kebijakan tata kelola ruang laut yang diterima pimpinan",
                0,
                [
                    ("Kuantitas", "Jumlah rekomendasi kebijakan yang disampaikan", 4, "rekomendasi"),
                    ("Kualitas", "Persentase rekomendasi yang ditindaklanjuti pimpinan", 75, "%"),
                    ("Waktu", "Waktu penyelesaian kajian kebijakan", 4, "bulan"),
                ],
                [("Menyusun rekomendasi kebijakan", "Policy brief", 0.3)],
            ),
            _rk(
                "Kajian dampak program bantuan nelayan yang tersedia bagi perencanaan",
                0,
                [
                    ("Kuantitas", "Jumlah kajian dampak yang tersusun", 4, "kajian"),
                    ("Kualitas", "Nilai mutu kajian dari tim penilai", 80, "poin"),
                ],
                [("Menyusun kajian kebijakan", "Naskah kajian", 0.25)],
            ),
        ],
    },
    "arsiparis": {
        "family": "JF",
        "dinas": "dkp",
        "nama": "Theresia Batlayeri, A.Md.",
        "nip": "19840926 200604 2 005",
        "gol": "III/c",
        "jabatan": "Arsiparis Penyelia",
        "unit": "Subbagian Umum dan Kepegawaian " + DKP,
        "penilai": "kasubbag_umum",
        "rks": [
            _rk(
                "Arsip inaktif dinas yang tertata dan terdaftar",
                0,
                [
                    ("Kuantitas", "Jumlah berkas arsip inaktif yang ditata", 600, "berkas"),
                    ("Kualitas", "Persentase arsip yang tercantum dalam daftar arsip inaktif", 95, "%"),
                    ("Waktu", "Waktu penemuan kembali arsip inaktif", 2, "jam"),
                ],
                [("Melakukan penataan arsip inaktif", "Daftar arsip inaktif", 0.018)],
            ),
            _rk(
                "Arsip vital dinas yang terlindungi",
                0,
                [
                    ("Kuantitas", "Jumlah arsip vital yang terdata", 150, "berkas"),
                    ("Kualitas", "Persentase arsip vital yang tersimpan pada sarana standar", 90, "%"),
                ],
                [
                    ("Melakukan identifikasi arsip vital", "Daftar arsip vital", 0.024),
                    ("Melakukan perlindungan arsip vital", "Laporan perlindungan", 0.03),
                ],
            ),
        ],
    },
    "penguji_muda": {
        "family": "JF",
        "dinas": "dishub",
        "nama": "Samuel Pattiasina, S.T.",
        "nip": "19820319 200804 1 006",
        "gol": "III/d",
        "jabatan": "Penguji Kendaraan Bermotor Ahli Muda",
        "unit": "Bidang Lalu Lintas dan Angkutan Jalan " + DISHUB,
        "penilai": "kabid_llaj",
        "rks": [
            _rk(
                "Hasil uji berkala kendaraan bermotor yang akurat dan terdokumentasi",
                0,
                [
                    ("Kuantitas", "Jumlah kendaraan yang diuji berkala", 900, "kendaraan"),
                    ("Kualitas", "Persentase hasil uji yang terverifikasi tanpa koreksi", 95, "%"),
                    ("Waktu", "Waktu layanan uji KIR per kendaraan", 2, "jam"),
                ],
                [("Melakukan verifikasi hasil uji berkala", "Berita acara verifikasi", 0.004)],
            ),
            _rk(
                "Alat uji kendaraan bermotor yang terkalibrasi",
                0,
                [
                    ("Kuantitas", "Jumlah alat uji yang terkalibrasi", 8, "unit"),
                    ("Kualitas", "Persentase alat uji yang berfungsi baik", 90, "%"),
                ],
                [("Melakukan pemeriksaan kalibrasi alat uji", "Laporan kalibrasi", 0.06)],
            ),
        ],
    },
    "penguji_mahir": {
        "family": "JF",
        "dinas": "dishub",
        "nama": "Ahmad Yani Sopamena, A.Md.T.",
        "nip": "19900627 201403 1 002",
        "gol": "III/b",
        "jabatan": "Penguji Kendaraan Bermotor Mahir",
        "unit": "Bidang Lalu Lintas dan Angkutan Jalan " + DISHUB,
        "penilai": "kabid_llaj",
        "rks": [
            _rk(
                "Kendaraan wajib uji yang teruji emisi dan rem sesuai standar",
                0,
                [
                    ("Kuantitas", "Jumlah kendaraan yang diuji emisi dan rem", 650, "kendaraan"),
                    ("Kualitas", "Persentase lembar hasil uji yang terisi lengkap", 95, "%"),
                    ("Waktu", "Waktu pengujian emisi dan rem per kendaraan", 1, "jam"),
                ],
                [("Melakukan pengujian emisi gas buang", "Lembar hasil uji", 0.003)],
            ),
            _rk(
                "Kartu uji dan tanda uji elektronik yang diterbitkan tepat sasaran",
                1,
                [
                    ("Kuantitas", "Jumlah kartu uji elektronik yang diterbitkan", 600, "kartu"),
                    ("Kualitas", "Persentase kartu uji yang tercetak tanpa kesalahan data", 98, "%"),
                ],
                [("Melakukan penerbitan kartu uji", "Kartu uji", 0.002)],
            ),
        ],
    },
    "perencana": {
        "family": "JF",
        "dinas": "dishub",
        "nama": "Grace Anggraini Tahapary, S.E.",
        "nip": "19960214 202012 2 004",
        "gol": "III/b",
        "jabatan": "Perencana Ahli Pertama",
        "unit": "Sekretariat " + DISHUB,
        "penilai": "sekretaris_dishub",
        "rks": [
            _rk(
                "Rencana kerja dinas yang memuat indikator kinerja terukur",
                2,
                [
                    ("Kuantitas", "Jumlah dokumen Renja dan RKA yang tersusun", 4, "dokumen"),
                    ("Kualitas", "Persentase indikator Renja yang selaras dengan Renstra", 95, "%"),
                    ("Waktu", "Waktu penyampaian rancangan Renja kepada Bappeda", 2, "bulan"),
                ],
                [("Menyusun rancangan rencana kerja perangkat daerah", "Rancangan Renja", 0.15)],
            ),
            _rk(
                "Laporan evaluasi capaian kinerja triwulanan yang tersedia bagi pimpinan",
                2,
                [
                    ("Kuantitas", "Jumlah laporan evaluasi triwulanan", 4, "laporan"),
                    ("Kualitas", "Persentase data capaian yang terverifikasi bidang", 90, "%"),
                ],
                [("Menyusun laporan evaluasi pelaksanaan rencana", "Laporan evaluasi", 0.08)],
            ),
        ],
    },
    "pranata_komputer": {
        "family": "JF",
        "dinas": "dishub",
        "nama": "Rivaldo Lekatompessy, A.Md.Kom.",
        "nip": "19970430 202101 1 006",
        "gol": "II/c",
        "jabatan": "Pranata Komputer Terampil",
        "unit": "Sekretariat " + DISHUB,
        "penilai": "sekretaris_dishub",
        "rks": [
            _rk(
                "Aplikasi jadwal kapal dan pengujian kendaraan yang beroperasi tanpa gangguan berarti",
                2,
                [
                    ("Kuantitas", "Jumlah aplikasi layanan yang terpelihara", 4, "aplikasi"),
                    ("Kualitas", "Persentase waktu aplikasi dapat diakses", 97, "%"),
                    ("Waktu", "Waktu pemulihan gangguan aplikasi", 4, "jam"),
                ],
                [("Melakukan pemeliharaan sistem informasi", "Laporan pemeliharaan", 0.007)],
            ),
            _rk(
                "Data pegawai dinas pada aplikasi kepegawaian yang mutakhir",
                0,
                [
                    ("Kuantitas", "Jumlah data pegawai yang dimutakhirkan", 85, "orang"),
                    ("Kualitas", "Persentase data pegawai yang valid", 95, "%"),
                ],
                [("Melakukan pemutakhiran basis data", "Basis data mutakhir", 0.005)],
            ),
        ],
    },
    "pengadaan": {
        "family": "JF",
        "dinas": "dishub",
        "nama": "Nur Aini Ohoiwutun, S.E.",
        "nip": "19940811 202001 2 009",
        "gol": "III/a",
        "jabatan": "Pengelola Pengadaan Barang/Jasa Ahli Pertama",
        "unit": "Sekretariat " + DISHUB,
        "penilai": "sekretaris_dishub",
        "rks": [
            _rk(
                "Paket pengadaan barang/jasa dinas yang selesai tepat waktu",
                1,
                [
                    ("Kuantitas", "Jumlah paket pengadaan yang selesai diproses", 22, "paket"),
                    ("Kualitas", "Persentase paket pengadaan tanpa sanggah", 90, "%"),
                    ("Waktu", "Waktu proses pengadaan langsung", 14, "hari"),
                ],
                [("Melakukan pengadaan langsung", "Berita acara hasil pengadaan", 0.04)],
            ),
            _rk(
                "Efisiensi anggaran pengadaan kapal patroli yang tercapai",
                1,
                [
                    ("Kuantitas", "Jumlah penyedia yang terdaftar dalam katalog lokal", 15, "penyedia"),
                    ("Biaya", "Biaya pengadaan kapal patroli cepat", 450000000, "Rp"),
                ],
                [("Menyusun harga perkiraan sendiri", "Dokumen HPS", 0.06)],
            ),
        ],
    },
}

# JF jenjang written without "Ahli" (SPEC §3.10)
TANPA_AHLI = {
    "Penyuluh Perikanan Ahli Muda": "Penyuluh Perikanan Muda",
    "Pengawas Perikanan Ahli Pertama": "Pengawas Perikanan Pertama",
    "Analis Kebijakan Ahli Muda": "Analis Kebijakan Muda",
    "Penguji Kendaraan Bermotor Ahli Muda": "Penguji Kendaraan Bermotor Muda",
    "Perencana Ahli Pertama": "Perencana Pertama",
    "Pengelola Pengadaan Barang/Jasa Ahli Pertama": "Pengelola Pengadaan Barang/Jasa Pertama",
}

# cara memantau (Model Pengembangan JA/JF): per RK, (data, sumber data, waktu pengumpulan)
CARA = [
    ("Rekap capaian bulanan", "Laporan bulanan bidang", "Tanggal 5 bulan berikutnya"),
    ("Berita acara dan dokumen hasil", "Arsip sekretariat dinas", "Akhir triwulan"),
    ("Daftar hadir dan laporan kegiatan", "Aplikasi e-Kinerja", "Akhir semester"),
]

# defect texts
AKTIVITAS = [
    "Melaksanakan pendataan produksi ikan di sembilan gugus pulau",
    "Melakukan pemeriksaan kapal perikanan di pelabuhan pangkalan",
    "Menyusun laporan kondisi dermaga pelabuhan pengumpan",
    "Pengumpulan data kendaraan wajib uji berkala",
    "Koordinasi dengan syahbandar tentang jadwal kapal perintis",
    "Fasilitasi bantuan alat tangkap bagi kelompok nelayan",
]
TIDAK_TERUKUR = ["sesuai kebutuhan lapangan", "menyesuaikan jadwal kapal", "tepat dan akurat"]
JPT_TIDAK_TERUKUR = ["sesuai target RPJMD", "meningkat dari tahun lalu"]
ASPEK_SALAH = ["Efisiensi", "Output", ""]
PERSPEKTIF_SALAH = ["Kepatuhan Regulasi", "Sasaran Strategis"]
JUDUL_SALAH = {
    "rk_atasan": ["SASARAN PROGRAM BIDANG", "KEGIATAN POKOK UNIT KERJA"],
    "iki": ["UKURAN KEBERHASILAN", "ALAT UKUR SASARAN"],
}
