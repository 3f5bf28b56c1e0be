"""Fictional data of the held-out set ``nyata_by``: Pemerintah Kota Tirtamaya (fictional) with its Dinas
Komunikasi dan Informatika, Dinas Perdagangan, Badan Perencanaan Pembangunan Daerah and Kecamatan Sukaluyu.

Every role names its unit, its golongan, its direct superior (``atasan``) and its plan: Rencana Kinerja with
the superior's RK it intervenes (JA/JF), its IKI (aspek, text, target as number + satuan, kind), cara
memantau, butir kegiatan (JF) or perspektif and Manual IKI content (JPT). All texts are results, never
activities; no absolute words (SPEC §1, §5).
"""

from __future__ import annotations

KOTA = "Tirtamaya"
PEMKOT = "PEMERINTAH KOTA TIRTAMAYA"

UNIT = {
    "kominfo": "Dinas Komunikasi dan Informatika",
    "dag": "Dinas Perdagangan",
    "bappeda": "Badan Perencanaan Pembangunan Daerah",
    "kec": "Kecamatan Sukaluyu",
    "setda": "Sekretariat Daerah",
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

DEPAN = [
    "Andi",
    "Rina",
    "Hendra",
    "Sri",
    "Yusuf",
    "Dewi",
    "Fajar",
    "Lestari",
    "Bayu",
    "Nurul",
    "Agus",
    "Maya",
    "Rizky",
    "Ratna",
    "Teguh",
    "Intan",
    "Dimas",
    "Wulan",
    "Arif",
    "Sinta",
    "Galih",
    "Puspita",
    "Heru",
    "Laila",
]
BELAKANG = [
    "Kartika",
    "Wibisono",
    "Santoso",
    "Permata",
    "Hidayat",
    "Rahayu",
    "Nugroho",
    "Saputra",
    "Maharani",
    "Setiawan",
    "Purnomo",
    "Anggraini",
    "Kusuma",
    "Pratama",
    "Lubis",
    "Siregar",
    "Wijaya",
    "Handayani",
]
GELAR_DEPAN = ["Dr.", "Dr. Ir.", "Ir.", "Drs.", "Dr. Drs."]
GELAR_BELAKANG = ["M.Si.", "M.T.", "M.M.", "M.Kom.", "M.Ec.Dev.", "S.E., M.A.P."]
GELAR_BIASA = ["S.Kom.", "S.E.", "S.IP.", "S.Sos.", "A.Md.", "S.T.", "S.AP."]

# Penilai of the top roles: the Wali Kota has no NIP and no pangkat (SPEC §3.1, JPT forms only).
WALIKOTA = {
    "nama": "H. Bambang Sutejo, S.E.",
    "nip": "-",
    "pangkat": "-",
    "jabatan": "Wali Kota Tirtamaya",
    "unit": "Pemerintah Kota Tirtamaya",
}

# Kinds: hitung (count with satuan), persen (IKI begins with Persentase), waktu (lower is better), indeks.
# IKI tuple: (aspek, iki, target, satuan, kind)


def _rk(atasan, rk, ikis, data=None, butir=None):
    return {"atasan": atasan, "rk": rk, "iki": ikis, "data": data, "butir": butir or []}


ROLES: dict[str, dict] = {
    # ---------------- JPT
    "kadis_kominfo": {
        "jenis": "jpt",
        "jabatan": "Kepala Dinas Komunikasi dan Informatika",
        "unit": "kominfo",
        "gol": "IV/c",
        "atasan": "walikota",
        "rk": [
            (
                "Penerima Layanan (Stakeholder)",
                _rk(
                    None,
                    "Meningkatnya kualitas layanan informasi publik Kota Tirtamaya",
                    [("", "Indeks keterbukaan informasi publik", 85, "", "indeks")],
                ),
            ),
            (
                "Proses Bisnis",
                _rk(
                    None,
                    "Meningkatnya kematangan Sistem Pemerintahan Berbasis Elektronik",
                    [("", "Indeks SPBE Kota Tirtamaya", 3.2, "", "indeks")],
                ),
            ),
            (
                "Proses Bisnis",
                _rk(
                    None,
                    "Terintegrasinya layanan aplikasi perangkat daerah",
                    [("", "Persentase aplikasi perangkat daerah yang terintegrasi", 75, "%", "persen")],
                ),
            ),
            (
                "Penguatan Internal",
                _rk(
                    None,
                    "Meningkatnya akuntabilitas kinerja Dinas Komunikasi dan Informatika",
                    [("", "Nilai SAKIP Dinas Komunikasi dan Informatika", 72, "", "indeks")],
                ),
            ),
            (
                "Anggaran",
                _rk(
                    None,
                    "Anggaran Dinas Komunikasi dan Informatika terserap sesuai rencana",
                    [("", "Persentase realisasi anggaran", 95, "%", "persen")],
                ),
            ),
        ],
    },
    "kadis_dag": {
        "jenis": "jpt",
        "jabatan": "Kepala Dinas Perdagangan",
        "unit": "dag",
        "gol": "IV/c",
        "atasan": "walikota",
        "rk": [
            (
                "Penerima Layanan (Stakeholder)",
                _rk(
                    None,
                    "Meningkatnya kepuasan pedagang atas layanan pasar rakyat",
                    [("", "Indeks kepuasan masyarakat layanan pasar rakyat", 82, "", "indeks")],
                ),
            ),
            (
                "Proses Bisnis",
                _rk(
                    None,
                    "Terkendalinya harga bahan pokok di Kota Tirtamaya",
                    [("", "Persentase bahan pokok dengan harga stabil", 90, "%", "persen")],
                ),
            ),
            (
                "Proses Bisnis",
                _rk(
                    None,
                    "Meningkatnya tertib ukur alat ukur, takar, timbang dan perlengkapannya",
                    [("", "Persentase UTTP bertanda tera sah yang berlaku", 80, "%", "persen")],
                ),
            ),
            (
                "Penguatan Internal",
                _rk(
                    None,
                    "Meningkatnya akuntabilitas kinerja Dinas Perdagangan",
                    [("", "Nilai SAKIP Dinas Perdagangan", 70, "", "indeks")],
                ),
            ),
            (
                "Anggaran",
                _rk(
                    None,
                    "Retribusi pasar rakyat diterima sesuai target",
                    [("", "Persentase realisasi retribusi pasar rakyat", 92, "%", "persen")],
                ),
            ),
        ],
    },
    "kepala_bappeda": {
        "jenis": "jpt",
        "jabatan": "Kepala Badan Perencanaan Pembangunan Daerah",
        "unit": "bappeda",
        "gol": "IV/c",
        "atasan": "walikota",
        "rk": [
            (
                "Penerima Layanan (Stakeholder)",
                _rk(
                    None,
                    "Meningkatnya kualitas dokumen perencanaan pembangunan daerah",
                    [("", "Persentase usulan musrenbang yang terakomodasi dalam RKPD", 60, "%", "persen")],
                ),
            ),
            (
                "Proses Bisnis",
                _rk(
                    None,
                    "Meningkatnya keselarasan program perangkat daerah dengan RPJMD",
                    [
                        (
                            "",
                            "Persentase program perangkat daerah yang selaras dengan RPJMD",
                            90,
                            "%",
                            "persen",
                        )
                    ],
                ),
            ),
            (
                "Proses Bisnis",
                _rk(
                    None,
                    "Tersedianya data pembangunan daerah yang mutakhir",
                    [("", "Indeks kualitas data pembangunan daerah", 3.5, "", "indeks")],
                ),
            ),
            (
                "Penguatan Internal",
                _rk(
                    None,
                    "Meningkatnya akuntabilitas kinerja Bappeda",
                    [("", "Nilai SAKIP Bappeda", 75, "", "indeks")],
                ),
            ),
            (
                "Anggaran",
                _rk(
                    None,
                    "Anggaran Bappeda terserap sesuai rencana",
                    [("", "Persentase realisasi anggaran Bappeda", 94, "%", "persen")],
                ),
            ),
        ],
    },
    "asisten_ekbang": {
        "jenis": "jpt",
        "jabatan": "Asisten Perekonomian dan Pembangunan Sekretariat Daerah",
        "unit": "setda",
        "gol": "IV/c",
        "atasan": "sekda",
        "rk": [
            (
                "Penerima Layanan (Stakeholder)",
                _rk(
                    None,
                    "Meningkatnya kepuasan perangkat daerah atas rekomendasi kebijakan ekonomi",
                    [("", "Indeks kepuasan perangkat daerah", 80, "", "indeks")],
                ),
            ),
            (
                "Proses Bisnis",
                _rk(
                    None,
                    "Terkendalinya inflasi daerah",
                    [("", "Tingkat inflasi Kota Tirtamaya", 3.5, "%", "persen")],
                ),
            ),
            (
                "Proses Bisnis",
                _rk(
                    None,
                    "Meningkatnya kualitas pengadaan barang dan jasa pemerintah daerah",
                    [("", "Persentase paket pengadaan yang terkontrak tepat waktu", 85, "%", "persen")],
                ),
            ),
            (
                "Penguatan Internal",
                _rk(
                    None,
                    "Meningkatnya kapasitas aparatur bidang perekonomian",
                    [("", "Jumlah aparatur bersertifikat pengadaan barang dan jasa", 24, "orang", "hitung")],
                ),
            ),
            (
                "Anggaran",
                _rk(
                    None,
                    "Anggaran Asisten Perekonomian dan Pembangunan terserap sesuai rencana",
                    [("", "Persentase realisasi anggaran", 93, "%", "persen")],
                ),
            ),
        ],
    },
    # ---------------- JA
    "sekretaris_kominfo": {
        "jenis": "ja",
        "jabatan": "Sekretaris Dinas Komunikasi dan Informatika",
        "unit": "kominfo",
        "gol": "IV/a",
        "atasan": "kadis_kominfo",
        "rk": [
            _rk(
                "Meningkatnya akuntabilitas kinerja Dinas Komunikasi dan Informatika",
                "Dokumen perencanaan dan laporan kinerja dinas tersusun tepat waktu",
                [
                    (
                        "Kuantitas",
                        "Jumlah dokumen perencanaan dan laporan kinerja yang tersusun",
                        6,
                        "dokumen",
                        "hitung",
                    ),
                    (
                        "Kualitas",
                        "Persentase dokumen yang diterima tanpa revisi substansial",
                        90,
                        "%",
                        "persen",
                    ),
                    ("Waktu", "Waktu penyampaian dokumen setelah batas akhir tahapan", 5, "hari", "waktu"),
                ],
                ("Dokumen Renja, LKjIP dan laporan triwulan", "Subbagian Program dan Keuangan", "Triwulanan"),
            ),
            _rk(
                "Anggaran Dinas Komunikasi dan Informatika terserap sesuai rencana",
                "Laporan keuangan dinas yang akuntabel",
                [
                    ("Kuantitas", "Jumlah laporan keuangan yang tersusun", 12, "laporan", "hitung"),
                    ("Kualitas", "Persentase laporan keuangan tanpa koreksi", 85, "%", "persen"),
                ],
                ("Laporan keuangan bulanan", "Aplikasi SIPD", "Bulanan"),
            ),
        ],
    },
    "kabid_aptika": {
        "jenis": "ja",
        "jabatan": "Kepala Bidang Aplikasi Informatika",
        "unit": "kominfo",
        "gol": "IV/a",
        "atasan": "kadis_kominfo",
        "rk": [
            _rk(
                "Terintegrasinya layanan aplikasi perangkat daerah",
                "Aplikasi layanan perangkat daerah terhubung ke platform integrasi kota",
                [
                    (
                        "Kuantitas",
                        "Jumlah aplikasi yang terhubung ke platform integrasi",
                        18,
                        "aplikasi",
                        "hitung",
                    ),
                    ("Kualitas", "Persentase aplikasi terhubung yang lolos uji fungsi", 90, "%", "persen"),
                    ("Waktu", "Waktu penyelesaian integrasi per aplikasi", 14, "hari", "waktu"),
                ],
                ("Berita acara uji integrasi", "Bidang Aplikasi Informatika", "Triwulanan"),
            ),
            _rk(
                "Meningkatnya kematangan Sistem Pemerintahan Berbasis Elektronik",
                "Tersedianya dokumen arsitektur SPBE kota yang mutakhir",
                [
                    (
                        "Kuantitas",
                        "Jumlah dokumen arsitektur SPBE yang dimutakhirkan",
                        6,
                        "dokumen",
                        "hitung",
                    ),
                    ("Kualitas", "Persentase domain arsitektur yang tervalidasi", 80, "%", "persen"),
                ],
                ("Dokumen arsitektur SPBE", "Tim Koordinasi SPBE", "Semesteran"),
            ),
        ],
    },
    "kabid_pdn": {
        "jenis": "ja",
        "jabatan": "Kepala Bidang Perdagangan Dalam Negeri",
        "unit": "dag",
        "gol": "III/d",
        "atasan": "kadis_dag",
        "rk": [
            _rk(
                "Terkendalinya harga bahan pokok di Kota Tirtamaya",
                "Data harga dan stok bahan pokok tersedia untuk pengambilan keputusan",
                [
                    ("Kuantitas", "Jumlah laporan harga dan stok bahan pokok", 52, "laporan", "hitung"),
                    ("Kualitas", "Persentase komoditas yang terpantau harganya", 95, "%", "persen"),
                    ("Waktu", "Waktu penyampaian laporan setelah pemantauan", 2, "hari", "waktu"),
                ],
                ("Laporan harga mingguan", "Petugas pasar dan SP2KP", "Mingguan"),
            ),
            _rk(
                "Meningkatnya kepuasan pedagang atas layanan pasar rakyat",
                "Pasar rakyat memenuhi standar nasional pasar rakyat",
                [
                    ("Kuantitas", "Jumlah pasar rakyat yang dinilai memenuhi SNI", 6, "pasar", "hitung"),
                    ("Kualitas", "Persentase pedagang yang puas atas layanan pasar", 80, "%", "persen"),
                ],
                ("Hasil survei kepuasan pedagang", "UPTD Pasar", "Semesteran"),
            ),
        ],
    },
    "kabid_ekonomi": {
        "jenis": "ja",
        "jabatan": "Kepala Bidang Perencanaan Perekonomian dan Sumber Daya Alam",
        "unit": "bappeda",
        "gol": "IV/a",
        "atasan": "kepala_bappeda",
        "rk": [
            _rk(
                "Meningkatnya keselarasan program perangkat daerah dengan RPJMD",
                "Rancangan Renja perangkat daerah bidang perekonomian selaras dengan RKPD",
                [
                    ("Kuantitas", "Jumlah rancangan Renja yang diverifikasi", 14, "dokumen", "hitung"),
                    ("Kualitas", "Persentase rancangan Renja yang selaras dengan RKPD", 90, "%", "persen"),
                    ("Waktu", "Waktu verifikasi per rancangan Renja", 5, "hari", "waktu"),
                ],
                ("Berita acara verifikasi Renja", "Bidang Perekonomian dan SDA", "Tahunan"),
            ),
            _rk(
                "Tersedianya data pembangunan daerah yang mutakhir",
                "Data indikator ekonomi makro daerah yang mutakhir",
                [
                    (
                        "Kuantitas",
                        "Jumlah indikator ekonomi makro yang dimutakhirkan",
                        12,
                        "indikator",
                        "hitung",
                    ),
                    ("Kualitas", "Persentase indikator yang bersumber data resmi", 95, "%", "persen"),
                ],
                ("Tabel indikator ekonomi makro", "BPS dan perangkat daerah", "Semesteran"),
            ),
        ],
    },
    "camat": {
        "jenis": "ja",
        "jabatan": "Camat Sukaluyu",
        "unit": "kec",
        "gol": "IV/a",
        "atasan": "sekda",
        "rk": [
            _rk(
                "Meningkatnya kualitas pelayanan publik perangkat daerah",
                "Meningkatnya kepuasan masyarakat atas layanan administrasi kecamatan",
                [
                    ("Kuantitas", "Jumlah jenis layanan yang disurvei kepuasannya", 8, "layanan", "hitung"),
                    ("Kualitas", "Persentase responden yang menyatakan puas", 85, "%", "persen"),
                ],
                ("Hasil survei kepuasan masyarakat", "Seksi Pelayanan Umum", "Semesteran"),
            ),
            _rk(
                "Meningkatnya kualitas perencanaan pembangunan kewilayahan",
                "Usulan pembangunan kelurahan terdokumentasi dalam musrenbang kecamatan",
                [
                    ("Kuantitas", "Jumlah kelurahan yang usulannya terdokumentasi", 7, "kelurahan", "hitung"),
                    ("Kualitas", "Persentase usulan yang memenuhi kelengkapan data", 90, "%", "persen"),
                    ("Waktu", "Waktu penyampaian berita acara musrenbang ke Bappeda", 7, "hari", "waktu"),
                ],
                ("Berita acara musrenbang kecamatan", "Seksi Pemerintahan", "Tahunan"),
            ),
        ],
    },
    "sekcam": {
        "jenis": "ja",
        "jabatan": "Sekretaris Kecamatan Sukaluyu",
        "unit": "kec",
        "gol": "III/d",
        "atasan": "camat",
        "rk": [
            _rk(
                "Meningkatnya kepuasan masyarakat atas layanan administrasi kecamatan",
                "Layanan administrasi umum kecamatan terselesaikan sesuai standar pelayanan",
                [
                    (
                        "Kuantitas",
                        "Jumlah berkas layanan administrasi yang terselesaikan",
                        900,
                        "berkas",
                        "hitung",
                    ),
                    (
                        "Kualitas",
                        "Persentase berkas yang selesai sesuai standar pelayanan",
                        90,
                        "%",
                        "persen",
                    ),
                    ("Waktu", "Waktu penyelesaian berkas layanan", 3, "hari", "waktu"),
                ],
                ("Register layanan kecamatan", "Subbagian Umum dan Kepegawaian", "Bulanan"),
            ),
            _rk(
                "Usulan pembangunan kelurahan terdokumentasi dalam musrenbang kecamatan",
                "Laporan kinerja kecamatan yang akuntabel",
                [
                    ("Kuantitas", "Jumlah laporan kinerja kecamatan", 6, "laporan", "hitung"),
                    ("Kualitas", "Persentase laporan yang diterima tanpa revisi", 80, "%", "persen"),
                ],
                ("Laporan kinerja triwulan dan tahunan", "Subbagian Program dan Keuangan", "Triwulanan"),
            ),
        ],
    },
    "kasi_pem": {
        "jenis": "ja",
        "jabatan": "Kepala Seksi Pemerintahan",
        "unit": "kec",
        "gol": "III/c",
        "atasan": "camat",
        "rk": [
            _rk(
                "Usulan pembangunan kelurahan terdokumentasi dalam musrenbang kecamatan",
                "Data kependudukan dan wilayah kelurahan tervalidasi",
                [
                    (
                        "Kuantitas",
                        "Jumlah kelurahan dengan data wilayah tervalidasi",
                        7,
                        "kelurahan",
                        "hitung",
                    ),
                    (
                        "Kualitas",
                        "Persentase data RT/RW yang sesuai hasil verifikasi lapangan",
                        95,
                        "%",
                        "persen",
                    ),
                ],
                ("Rekap data RT/RW", "Kelurahan", "Semesteran"),
            ),
            _rk(
                "Meningkatnya kepuasan masyarakat atas layanan administrasi kecamatan",
                "Rekomendasi administrasi pertanahan terbit sesuai ketentuan",
                [
                    (
                        "Kuantitas",
                        "Jumlah rekomendasi administrasi pertanahan yang terbit",
                        120,
                        "rekomendasi",
                        "hitung",
                    ),
                    ("Waktu", "Waktu penerbitan rekomendasi", 5, "hari", "waktu"),
                ],
                ("Register rekomendasi pertanahan", "Seksi Pemerintahan", "Bulanan"),
            ),
        ],
    },
    "kasubbag_umum": {
        "jenis": "ja",
        "jabatan": "Kepala Subbagian Umum dan Kepegawaian",
        "unit": "kominfo",
        "gol": "III/c",
        "atasan": "sekretaris_kominfo",
        "rk": [
            _rk(
                "Dokumen perencanaan dan laporan kinerja dinas tersusun tepat waktu",
                "Data kepegawaian dinas yang mutakhir",
                [
                    (
                        "Kuantitas",
                        "Jumlah pegawai yang datanya dimutakhirkan di SIASN",
                        64,
                        "orang",
                        "hitung",
                    ),
                    ("Kualitas", "Persentase data pegawai yang valid", 95, "%", "persen"),
                    ("Waktu", "Waktu pemutakhiran data setelah SK diterima", 5, "hari", "waktu"),
                ],
                ("Rekap pemutakhiran SIASN", "Aplikasi SIASN", "Bulanan"),
            ),
            _rk(
                "Laporan keuangan dinas yang akuntabel",
                "Barang milik daerah dinas tercatat tertib",
                [
                    ("Kuantitas", "Jumlah laporan barang milik daerah", 6, "laporan", "hitung"),
                    ("Kualitas", "Persentase aset yang tercatat dengan kondisi mutakhir", 90, "%", "persen"),
                ],
                ("Kartu inventaris barang", "Pengurus Barang", "Triwulanan"),
            ),
        ],
    },
    "pengelola_data": {
        "jenis": "ja",
        "jabatan": "Pengelola Data dan Informasi",
        "unit": "kominfo",
        "gol": "II/c",
        "atasan": "kabid_aptika",
        "rk": [
            _rk(
                "Aplikasi layanan perangkat daerah terhubung ke platform integrasi kota",
                "Katalog data aplikasi perangkat daerah yang mutakhir",
                [
                    ("Kuantitas", "Jumlah entri katalog data yang dimutakhirkan", 40, "entri", "hitung"),
                    ("Kualitas", "Persentase entri katalog yang lengkap metadata", 90, "%", "persen"),
                    ("Waktu", "Waktu pemutakhiran entri setelah perubahan aplikasi", 3, "hari", "waktu"),
                ],
                ("Katalog data", "Portal Satu Data Tirtamaya", "Bulanan"),
            ),
            _rk(
                "Tersedianya dokumen arsitektur SPBE kota yang mutakhir",
                "Bahan pemutakhiran arsitektur SPBE tersedia",
                [
                    ("Kuantitas", "Jumlah bahan pemutakhiran yang dihimpun", 8, "dokumen", "hitung"),
                    ("Kualitas", "Persentase bahan yang terverifikasi", 85, "%", "persen"),
                ],
                ("Berkas bahan pemutakhiran", "Perangkat daerah", "Semesteran"),
            ),
        ],
    },
    "pengadm_perkantoran": {
        "jenis": "ja",
        "jabatan": "Pengadministrasi Perkantoran",
        "unit": "kec",
        "gol": "II/b",
        "atasan": "sekcam",
        "rk": [
            _rk(
                "Layanan administrasi umum kecamatan terselesaikan sesuai standar pelayanan",
                "Surat masuk dan keluar kecamatan tercatat tertib",
                [
                    ("Kuantitas", "Jumlah surat yang tercatat dalam agenda", 1200, "surat", "hitung"),
                    ("Kualitas", "Persentase surat yang tercatat tanpa kesalahan", 95, "%", "persen"),
                    ("Waktu", "Waktu pencatatan surat sejak diterima", 1, "hari", "waktu"),
                ],
                ("Buku agenda surat", "Aplikasi SRIKANDI", "Bulanan"),
            ),
            _rk(
                "Laporan kinerja kecamatan yang akuntabel",
                "Bahan laporan kinerja kecamatan terhimpun",
                [
                    ("Kuantitas", "Jumlah bahan laporan yang terhimpun", 12, "berkas", "hitung"),
                    ("Kualitas", "Persentase bahan laporan yang lengkap", 90, "%", "persen"),
                ],
                ("Berkas bahan laporan", "Seksi-seksi kecamatan", "Triwulanan"),
            ),
        ],
    },
    # ---------------- JF
    "pranata_komputer": {
        "jenis": "jf",
        "jabatan": "Pranata Komputer Ahli Muda",
        "unit": "kominfo",
        "gol": "III/c",
        "atasan": "kabid_aptika",
        "rk": [
            _rk(
                "Aplikasi layanan perangkat daerah terhubung ke platform integrasi kota",
                "Antarmuka pemrograman aplikasi layanan yang siap diintegrasikan",
                [
                    (
                        "Kuantitas",
                        "Jumlah antarmuka pemrograman aplikasi yang selesai dikembangkan",
                        10,
                        "API",
                        "hitung",
                    ),
                    ("Kualitas", "Persentase antarmuka yang lolos uji keamanan", 90, "%", "persen"),
                    ("Waktu", "Waktu pengembangan per antarmuka", 10, "hari", "waktu"),
                ],
                ("Dokumen uji antarmuka", "Repositori kode Diskominfo", "Triwulanan"),
                [
                    ("Melakukan rancangan antarmuka sistem informasi", "Dokumen rancangan antarmuka", 0.15),
                    ("Melakukan uji coba program", "Laporan hasil uji coba", 0.08),
                ],
            ),
            _rk(
                "Tersedianya dokumen arsitektur SPBE kota yang mutakhir",
                "Peta aplikasi SPBE kota yang mutakhir",
                [
                    ("Kuantitas", "Jumlah peta aplikasi yang dimutakhirkan", 6, "dokumen", "hitung"),
                    ("Kualitas", "Persentase aplikasi yang terpetakan", 95, "%", "persen"),
                ],
                ("Peta aplikasi", "Tim Koordinasi SPBE", "Semesteran"),
                [("Melakukan analisis sistem informasi", "Dokumen hasil analisis", 0.2)],
            ),
        ],
    },
    "pranata_humas": {
        "jenis": "jf",
        "jabatan": "Pranata Hubungan Masyarakat Ahli Pertama",
        "unit": "kominfo",
        "gol": "III/b",
        "atasan": "kabid_ikp",
        "rk": [
            _rk(
                "Meningkatnya jangkauan informasi publik pemerintah kota",
                "Berita kegiatan pemerintah kota terpublikasi di kanal resmi",
                [
                    ("Kuantitas", "Jumlah berita yang terpublikasi", 150, "berita", "hitung"),
                    ("Kualitas", "Persentase berita yang terbit tanpa ralat", 95, "%", "persen"),
                    ("Waktu", "Waktu publikasi berita sejak kegiatan", 1, "hari", "waktu"),
                ],
                ("Arsip berita", "Portal berita Pemkot", "Bulanan"),
                [("Menyusun naskah berita", "Naskah berita", 0.004)],
            ),
            _rk(
                "Meningkatnya kualitas layanan informasi publik",
                "Konten infografis layanan publik tersedia",
                [
                    ("Kuantitas", "Jumlah infografis yang terbit", 36, "infografis", "hitung"),
                    ("Kualitas", "Persentase infografis yang disetujui tanpa revisi", 85, "%", "persen"),
                ],
                ("Arsip infografis", "Media sosial resmi Pemkot", "Bulanan"),
                [("Membuat desain materi komunikasi", "Desain infografis", 0.01)],
            ),
        ],
    },
    "perencana": {
        "jenis": "jf",
        "jabatan": "Perencana Ahli Muda",
        "unit": "bappeda",
        "gol": "III/d",
        "atasan": "kabid_ekonomi",
        "rk": [
            _rk(
                "Rancangan Renja perangkat daerah bidang perekonomian selaras dengan RKPD",
                "Hasil telaahan rancangan Renja perangkat daerah bidang perekonomian",
                [
                    ("Kuantitas", "Jumlah telaahan rancangan Renja", 7, "telaahan", "hitung"),
                    ("Kualitas", "Persentase rekomendasi telaahan yang ditindaklanjuti", 80, "%", "persen"),
                    ("Waktu", "Waktu penyelesaian telaahan per dokumen", 4, "hari", "waktu"),
                ],
                ("Dokumen telaahan", "Bidang Perekonomian dan SDA", "Tahunan"),
                [("Menelaah rancangan rencana kerja perangkat daerah", "Dokumen telaahan", 0.36)],
            ),
            _rk(
                "Data indikator ekonomi makro daerah yang mutakhir",
                "Kajian proyeksi ekonomi makro daerah tersedia",
                [
                    ("Kuantitas", "Jumlah indikator ekonomi yang diproyeksikan", 8, "indikator", "hitung"),
                    (
                        "Kualitas",
                        "Persentase indikator proyeksi dengan selisih di bawah ambang",
                        75,
                        "%",
                        "persen",
                    ),
                ],
                ("Dokumen kajian", "Bappeda", "Semesteran"),
                [("Menyusun kajian kebijakan perencanaan", "Dokumen kajian", 0.5)],
            ),
        ],
    },
    "statistisi": {
        "jenis": "jf",
        "jabatan": "Statistisi Ahli Pertama",
        "unit": "kominfo",
        "gol": "III/a",
        "atasan": "kabid_statistik",
        "rk": [
            _rk(
                "Tersedianya data statistik sektoral kota yang berkualitas",
                "Data statistik sektoral perangkat daerah terhimpun dan terverifikasi",
                [
                    (
                        "Kuantitas",
                        "Jumlah dataset statistik sektoral yang terverifikasi",
                        60,
                        "dataset",
                        "hitung",
                    ),
                    ("Kualitas", "Persentase dataset yang memenuhi standar data", 90, "%", "persen"),
                    ("Waktu", "Waktu verifikasi per dataset", 3, "hari", "waktu"),
                ],
                ("Daftar dataset", "Portal Satu Data Tirtamaya", "Triwulanan"),
                [("Melakukan pemeriksaan data statistik", "Dataset terverifikasi", 0.012)],
            ),
            _rk(
                "Meningkatnya pemanfaatan data statistik dalam perencanaan",
                "Publikasi Tirtamaya Dalam Angka tingkat kota tersedia",
                [
                    ("Kuantitas", "Jumlah tabel publikasi yang tersusun", 120, "tabel", "hitung"),
                    ("Kualitas", "Persentase tabel publikasi yang terisi", 95, "%", "persen"),
                ],
                ("Publikasi", "Bidang Statistik dan Persandian", "Semesteran"),
                [("Menyusun publikasi statistik", "Naskah publikasi", 0.3)],
            ),
        ],
    },
    "analis_dag": {
        "jenis": "jf",
        "jabatan": "Analis Perdagangan Ahli Muda",
        "unit": "dag",
        "gol": "III/c",
        "atasan": "kabid_pdn",
        "rk": [
            _rk(
                "Data harga dan stok bahan pokok tersedia untuk pengambilan keputusan",
                "Dokumen analisis perkembangan harga bahan pokok tersedia bagi TPID",
                [
                    ("Kuantitas", "Jumlah analisis harga yang disampaikan ke TPID", 12, "analisis", "hitung"),
                    ("Kualitas", "Persentase rekomendasi analisis yang dibahas TPID", 80, "%", "persen"),
                    ("Waktu", "Waktu penyampaian analisis setelah akhir bulan", 5, "hari", "waktu"),
                ],
                ("Dokumen analisis", "SP2KP dan survei pasar", "Bulanan"),
                [("Menyusun analisis perkembangan harga", "Dokumen analisis", 0.25)],
            ),
            _rk(
                "Pasar rakyat memenuhi standar nasional pasar rakyat",
                "Profil pasar rakyat sebagai bahan penilaian SNI tersedia",
                [
                    ("Kuantitas", "Jumlah profil pasar rakyat yang tersusun", 6, "profil", "hitung"),
                    ("Kualitas", "Persentase profil yang memuat data lengkap", 90, "%", "persen"),
                ],
                ("Profil pasar", "UPTD Pasar", "Semesteran"),
                [("Menyusun profil sarana perdagangan", "Dokumen profil", 0.1)],
            ),
        ],
    },
    "penera": {
        "jenis": "jf",
        "jabatan": "Penera Mahir",
        "unit": "dag",
        "gol": "III/b",
        "atasan": "ka_uptd_metrologi",
        "rk": [
            _rk(
                "Meningkatnya tertib ukur UTTP di Kota Tirtamaya",
                "UTTP milik pelaku usaha tertera dan bertanda sah",
                [
                    ("Kuantitas", "Jumlah UTTP yang ditera ulang", 1500, "unit", "hitung"),
                    ("Kualitas", "Persentase UTTP tertera yang memenuhi batas kesalahan", 95, "%", "persen"),
                    ("Waktu", "Waktu penerbitan surat keterangan hasil tera", 2, "hari", "waktu"),
                ],
                ("Register tera ulang", "UPTD Metrologi Legal", "Bulanan"),
                [("Melakukan tera ulang timbangan", "Timbangan tertera", 0.002)],
            ),
            _rk(
                "Meningkatnya pengawasan UTTP pada pasar rakyat",
                "Hasil pengamatan UTTP di pasar rakyat terdokumentasi",
                [
                    ("Kuantitas", "Jumlah pasar yang diamati", 8, "pasar", "hitung"),
                    ("Kualitas", "Persentase temuan yang ditindaklanjuti", 85, "%", "persen"),
                ],
                ("Laporan pengamatan", "UPTD Metrologi Legal", "Triwulanan"),
                [("Melakukan pengamatan tanda tera", "Laporan pengamatan", 0.005)],
            ),
        ],
    },
    "arsiparis": {
        "jenis": "jf",
        "jabatan": "Arsiparis Terampil",
        "unit": "kec",
        "gol": "II/c",
        "atasan": "sekcam",
        "rk": [
            _rk(
                "Layanan administrasi umum kecamatan terselesaikan sesuai standar pelayanan",
                "Arsip dinamis aktif kecamatan tertata dan mudah ditemukan",
                [
                    ("Kuantitas", "Jumlah berkas arsip aktif yang tertata", 800, "berkas", "hitung"),
                    (
                        "Kualitas",
                        "Persentase arsip yang ditemukan kembali kurang dari 5 menit",
                        90,
                        "%",
                        "persen",
                    ),
                    ("Waktu", "Waktu pemberkasan arsip sejak diterima", 3, "hari", "waktu"),
                ],
                ("Daftar arsip aktif", "Unit kearsipan kecamatan", "Triwulanan"),
                [("Melakukan pemberkasan arsip aktif", "Daftar berkas", 0.003)],
            ),
            _rk(
                "Laporan kinerja kecamatan yang akuntabel",
                "Daftar arsip usul musnah tersusun",
                [
                    ("Kuantitas", "Jumlah berkas arsip usul musnah yang terdaftar", 300, "berkas", "hitung"),
                    ("Kualitas", "Persentase arsip usul musnah yang sesuai JRA", 95, "%", "persen"),
                ],
                ("Daftar arsip usul musnah", "Unit kearsipan kecamatan", "Semesteran"),
                [("Menyusun daftar arsip usul musnah", "Daftar arsip", 0.02)],
            ),
        ],
    },
}

# Superiors that appear only as penilai (their own plan is not in the set).
PENILAI_SAJA = {
    "walikota": None,
    "sekda": {"jabatan": "Sekretaris Daerah Kota Tirtamaya", "unit": "setda", "gol": "IV/d"},
    "kabid_ikp": {
        "jabatan": "Kepala Bidang Informasi dan Komunikasi Publik",
        "unit": "kominfo",
        "gol": "IV/a",
    },
    "kabid_statistik": {
        "jabatan": "Kepala Bidang Statistik dan Persandian",
        "unit": "kominfo",
        "gol": "IV/a",
    },
    "ka_uptd_metrologi": {"jabatan": "Kepala UPTD Metrologi Legal", "unit": "dag", "gol": "III/d"},
}

MANUAL_LABELS = [
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

PERILAKU = ["Orientasi Pelayanan", "Komitmen", "Inisiatif Kerja", "Kerja Sama", "Kepemimpinan"]

PETUNJUK = [
    "PETUNJUK PENGISIAN FORMULIR SASARAN KINERJA PEGAWAI",
    "1. Isilah identitas pegawai yang dinilai dan pejabat penilai kinerja sesuai SK terakhir.",
    "2. Kolom Rencana Kinerja diisi dengan hasil kerja yang ingin dicapai, bukan kegiatan.",
    "3. Setiap rencana kinerja memiliki paling sedikit satu Indikator Kinerja Individu beserta aspeknya.",
    "4. Kolom Target diisi dengan angka dan satuan, misalnya 12 laporan atau 90 %.",
    "5. Rencana kinerja atasan yang diintervensi disalin dari SKP atasan langsung.",
    "6. Pilih aspek dan perspektif dari daftar pilihan yang tersedia pada sel.",
    "7. Simpan berkas dengan nama NIP_Nama dan kirim melalui e-SKP paling lambat 10 Januari.",
]

SATUAN = ["dokumen", "laporan", "%", "hari", "bulan", "orang", "kegiatan", "berkas", "unit", "rekomendasi"]
