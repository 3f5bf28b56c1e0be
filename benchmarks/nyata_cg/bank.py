"""Content bank of the held-out set ``nyata_cg``: the fictional Pemerintah Kabupaten Tanjung Gaharu, its
Badan Pengelolaan Keuangan dan Aset Daerah, Dinas Kesehatan and Dinas Kependudukan dan Pencatatan Sipil;
people (identity) and their plans, each IKI with the kind of target it carries (count, percent, time, index,
rupiah) so that the generator can write the target the ways staff type it. Written from SPEC only."""

from __future__ import annotations

KAB = "Tanjung Gaharu"
TEMPAT = "Kuala Gaharu"
PEMDA = f"PEMERINTAH KABUPATEN {KAB.upper()}"
TAHUN = 2026

AGENCY = {
    "bpkad": "Badan Pengelolaan Keuangan dan Aset Daerah",
    "dinkes": "Dinas Kesehatan",
    "dukcapil": "Dinas Kependudukan dan Pencatatan Sipil",
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


def _p(
    key: str,
    nama: str,
    nip: str | None,
    gol: str | None,
    jabatan: str,
    unit: str,
    penilai: str | None,
    agency: str | None,
    jenis: str,
) -> None:
    PEOPLE[key] = {
        "key": key,
        "nama": nama,
        "nip": nip,
        "gol": gol,
        "jabatan": jabatan,
        "unit": unit,
        "penilai": penilai,
        "agency": agency,
        "jenis": jenis,
    }


_K = f"Kabupaten {KAB}"
_p("bupati", "H. Marzuki Hamid, S.H.", None, None, f"Bupati {KAB}", f"Pemerintah {_K}", None, None, "politik")
_p(
    "sekda",
    "Dr. Ir. Syamsul Bahri, M.Si.",
    "196908121994031005",
    "IV/d",
    f"Sekretaris Daerah {_K}",
    f"Sekretariat Daerah {_K}",
    "bupati",
    None,
    "jpt",
)
_p(
    "kepala_bpkad",
    "Hendra Saputra, S.E., M.Ak.",
    "197403151999031002",
    "IV/c",
    "Kepala Badan Pengelolaan Keuangan dan Aset Daerah",
    f"BPKAD {_K}",
    "sekda",
    "bpkad",
    "jpt",
)
_p(
    "kadinkes",
    "dr. Rina Marlina, M.Kes.",
    "197605212002122003",
    "IV/c",
    "Kepala Dinas Kesehatan",
    f"Dinas Kesehatan {_K}",
    "bupati",
    "dinkes",
    "jpt",
)
_p(
    "kadisdukcapil",
    "Zulkifli Anwar, S.Sos., M.AP.",
    "197209091998031004",
    "IV/b",
    "Kepala Dinas Kependudukan dan Pencatatan Sipil",
    f"Disdukcapil {_K}",
    "sekda",
    "dukcapil",
    "jpt",
)
_p(
    "sekretaris_bpkad",
    "Nurhayati, S.E.",
    "197802042003122006",
    "IV/a",
    "Sekretaris Badan Pengelolaan Keuangan dan Aset Daerah",
    f"Sekretariat BPKAD {_K}",
    "kepala_bpkad",
    "bpkad",
    "ja",
)
_p(
    "kabid_anggaran",
    "Rahmat Hidayat, S.E., M.M.",
    "198006172005011008",
    "IV/a",
    "Kepala Bidang Anggaran",
    f"Bidang Anggaran BPKAD {_K}",
    "kepala_bpkad",
    "bpkad",
    "ja",
)
_p(
    "kasubbag_umum",
    "Dewi Anggraini, S.AP.",
    "198503112009022004",
    "III/d",
    "Kepala Subbagian Umum dan Kepegawaian",
    f"Sekretariat BPKAD {_K}",
    "sekretaris_bpkad",
    "bpkad",
    "ja",
)
_p(
    "pengadm_keu",
    "Yusuf Maulana",
    "199207252015031002",
    "II/c",
    "Pengadministrasi Keuangan",
    f"Subbagian Umum dan Kepegawaian BPKAD {_K}",
    "kasubbag_umum",
    "bpkad",
    "ja",
)
_p(
    "kabid_p2p",
    "dr. Andi Pratama",
    "198102282009031003",
    "IV/a",
    "Kepala Bidang Pencegahan dan Pengendalian Penyakit",
    f"Dinas Kesehatan {_K}",
    "kadinkes",
    "dinkes",
    "ja",
)
_p(
    "kabid_kesmas",
    "Sri Wahyuni, S.K.M., M.Kes.",
    "197904192005012011",
    "IV/a",
    "Kepala Bidang Kesehatan Masyarakat",
    f"Dinas Kesehatan {_K}",
    "kadinkes",
    "dinkes",
    "ja",
)
_p(
    "kabid_pelayanan",
    "Agus Setiawan, S.Kom.",
    "198208052006041009",
    "III/d",
    "Kepala Bidang Pelayanan Pendaftaran Penduduk",
    f"Disdukcapil {_K}",
    "kadisdukcapil",
    "dukcapil",
    "ja",
)
_p(
    "pengolah_data",
    "Fitri Handayani, A.Md.",
    "199401122019032005",
    "II/c",
    "Pengolah Data Kependudukan",
    f"Bidang Pelayanan Pendaftaran Penduduk Disdukcapil {_K}",
    "kabid_pelayanan",
    "dukcapil",
    "ja",
)
_p(
    "perencana",
    "Bambang Sutrisno, S.T., M.T.",
    "198309142010011012",
    "III/d",
    "Perencana Ahli Muda",
    f"Sekretariat BPKAD {_K}",
    "sekretaris_bpkad",
    "bpkad",
    "jf",
)
_p(
    "analis_keuangan",
    "Lestari Permata, S.E.",
    "198706302011012007",
    "III/c",
    "Analis Keuangan Pusat dan Daerah Ahli Muda",
    f"Bidang Anggaran BPKAD {_K}",
    "kabid_anggaran",
    "bpkad",
    "jf",
)
_p(
    "epidemiolog",
    "Muhammad Ridwan, S.K.M.",
    "199004032015031004",
    "III/b",
    "Epidemiolog Kesehatan Ahli Pertama",
    f"Bidang P2P Dinas Kesehatan {_K}",
    "kabid_p2p",
    "dinkes",
    "jf",
)
_p(
    "nutrisionis",
    "Ayu Lestari, S.Gz.",
    "199308172019032008",
    "III/a",
    "Nutrisionis Ahli Pertama",
    f"Bidang Kesehatan Masyarakat Dinas Kesehatan {_K}",
    "kabid_kesmas",
    "dinkes",
    "jf",
)
_p(
    "adm_database",
    "Rizky Ramadhan, S.Kom.",
    "199101252017031006",
    "III/b",
    "Administrator Database Kependudukan Ahli Pertama",
    f"Disdukcapil {_K}",
    "kabid_pelayanan",
    "dukcapil",
    "jf",
)
_p(
    "pranata_komputer",
    "Dedi Kurniawan, A.Md.Kom.",
    "198905062011011010",
    "II/d",
    "Pranata Komputer Terampil",
    f"Disdukcapil {_K}",
    "kabid_pelayanan",
    "dukcapil",
    "jf",
)

# An IKI: (aspek or None for JPT, text, kind, number, unit). kind: "count" (a number of things, higher is
# better), "pct" (percent), "waktu" (a time, lower is better), "idx" (an index with decimals).

# JPT plans: perspektif, RK, IKI; a JPT Model Dasar uses the first three RK.
JPT_RK: dict[str, list[tuple[str, str, list[tuple]]]] = {
    "kepala_bpkad": [
        (
            "Penerima Layanan (Stakeholder)",
            "Meningkatnya akuntabilitas laporan keuangan pemerintah daerah",
            [
                (
                    None,
                    "Persentase rekomendasi hasil pemeriksaan BPK yang telah ditindaklanjuti",
                    "pct",
                    90,
                    "%",
                ),
                (None, "Jumlah laporan realisasi anggaran konsolidasi yang tersusun", "count", 12, "laporan"),
            ],
        ),
        (
            "Proses Bisnis",
            "Meningkatnya kualitas penganggaran daerah",
            [
                (None, "Persentase RKA perangkat daerah yang sesuai dengan KUA-PPAS", "pct", 95, "%"),
                (
                    None,
                    "Waktu penetapan Peraturan Daerah tentang APBD Tahun Anggaran 2027",
                    "waktu",
                    12,
                    "bulan",
                ),
            ],
        ),
        (
            "Anggaran",
            "Meningkatnya pendapatan dari pengelolaan barang milik daerah",
            [
                (
                    None,
                    "Jumlah dokumen rekonsiliasi barang milik daerah yang tersusun",
                    "count",
                    4,
                    "dokumen",
                ),
                (None, "Capaian sertifikasi bidang tanah milik daerah", "pct", 85, "%"),
            ],
        ),
        (
            "Penguatan Internal",
            "Meningkatnya kompetensi aparatur pengelola keuangan daerah",
            [
                (None, "Jumlah aparatur pengelola keuangan yang tersertifikasi", "count", 60, "orang"),
            ],
        ),
    ],
    "kadinkes": [
        (
            "Penerima Layanan (Stakeholder)",
            "Meningkatnya derajat kesehatan ibu dan anak",
            [
                (
                    None,
                    "Persentase ibu hamil yang mendapatkan pelayanan kesehatan sesuai standar",
                    "pct",
                    95,
                    "%",
                ),
                (None, "Jumlah Puskesmas yang terakreditasi paripurna", "count", 8, "puskesmas"),
            ],
        ),
        (
            "Proses Bisnis",
            "Meningkatnya mutu pelayanan kesehatan dasar",
            [
                (None, "Persentase Puskesmas yang memenuhi standar sarana dan prasarana", "pct", 90, "%"),
                (None, "Waktu penetapan Rencana Kerja Dinas Kesehatan Tahun 2027", "waktu", 12, "bulan"),
            ],
        ),
        (
            "Anggaran",
            "Meningkatnya akuntabilitas kinerja dan keuangan Dinas Kesehatan",
            [
                (None, "Persentase realisasi anggaran Dinas Kesehatan", "pct", 95, "%"),
                (None, "Jumlah laporan keuangan BLUD Puskesmas yang tersusun", "count", 4, "laporan"),
            ],
        ),
        (
            "Penguatan Internal",
            "Meningkatnya kompetensi tenaga kesehatan",
            [
                (None, "Jumlah tenaga kesehatan yang mengikuti pelatihan kompetensi", "count", 120, "orang"),
            ],
        ),
    ],
    "kadisdukcapil": [
        (
            "Penerima Layanan (Stakeholder)",
            "Meningkatnya kepemilikan dokumen kependudukan",
            [
                (None, "Cakupan perekaman KTP-el penduduk wajib KTP", "pct", 98, "%"),
                (
                    None,
                    "Jumlah inovasi layanan administrasi kependudukan yang diterapkan",
                    "count",
                    3,
                    "inovasi",
                ),
            ],
        ),
        (
            "Proses Bisnis",
            "Meningkatnya kualitas pelayanan administrasi kependudukan",
            [
                (
                    None,
                    "Persentase permohonan dokumen kependudukan yang selesai sesuai standar pelayanan",
                    "pct",
                    90,
                    "%",
                ),
                (None, "Waktu penerbitan Kartu Keluarga", "waktu", 3, "hari kerja"),
            ],
        ),
        (
            "Anggaran",
            "Meningkatnya akuntabilitas kinerja Disdukcapil",
            [
                (None, "Persentase realisasi anggaran Disdukcapil", "pct", 95, "%"),
                (
                    None,
                    "Jumlah dokumen Laporan Kinerja Instansi Pemerintah yang tersusun",
                    "count",
                    1,
                    "dokumen",
                ),
            ],
        ),
        (
            "Penguatan Internal",
            "Meningkatnya kapasitas sumber daya manusia pelayanan Disdukcapil",
            [
                (None, "Jumlah pegawai yang mengikuti pengembangan kompetensi", "count", 24, "orang"),
            ],
        ),
    ],
}

# JA/JF plans: RK, index of the superior's RK it intervenes, IKI, cara memantau (data, sumber, waktu), butir
# kegiatan (JF: butir, output, angka kredit).
RK: dict[str, list[tuple]] = {
    "sekretaris_bpkad": [
        (
            "Tersedianya dokumen perencanaan dan pelaporan kinerja BPKAD yang berkualitas",
            1,
            [
                (
                    "Kuantitas",
                    "Jumlah dokumen perencanaan dan pelaporan kinerja yang tersusun",
                    "count",
                    5,
                    "dokumen",
                ),
                ("Kualitas", "Persentase dokumen perencanaan yang diterima tanpa revisi", "pct", 90, "%"),
                ("Waktu", "Waktu penyelesaian dokumen perencanaan dan pelaporan", "waktu", 12, "bulan"),
            ],
            (
                "Dokumen Renja, LKjIP dan laporan triwulan",
                "Subbagian Program dan Keuangan",
                "Triwulanan oleh Subbagian Program",
            ),
            [],
        ),
        (
            "Administrasi umum dan kepegawaian BPKAD yang tertib",
            3,
            [
                (
                    "Kuantitas",
                    "Jumlah laporan administrasi kepegawaian yang tersusun",
                    "count",
                    12,
                    "laporan",
                ),
                ("Kualitas", "Persentase usulan layanan kepegawaian yang lengkap dan benar", "pct", 95, "%"),
                ("Waktu", "Waktu penyelesaian usulan layanan kepegawaian", "waktu", 10, "hari kerja"),
            ],
            ("Register usulan layanan kepegawaian", "Subbagian Umum dan Kepegawaian", "Bulanan"),
            [],
        ),
        (
            "Laporan keuangan BPKAD sebagai SKPD yang andal",
            0,
            [
                ("Kuantitas", "Jumlah laporan keuangan SKPD yang tersusun", "count", 4, "laporan"),
                ("Kualitas", "Persentase laporan keuangan SKPD tanpa koreksi", "pct", 90, "%"),
                ("Waktu", "Waktu penyampaian laporan keuangan SKPD", "waktu", 12, "bulan"),
            ],
            ("Laporan keuangan SKPD", "Subbagian Program dan Keuangan", "Semesteran"),
            [],
        ),
    ],
    "kabid_anggaran": [
        (
            "Rancangan APBD yang sesuai dengan KUA-PPAS",
            1,
            [
                (
                    "Kuantitas",
                    "Jumlah dokumen rancangan APBD dan perubahan APBD yang tersusun",
                    "count",
                    4,
                    "dokumen",
                ),
                (
                    "Kualitas",
                    "Persentase program dalam rancangan APBD yang selaras dengan KUA-PPAS",
                    "pct",
                    95,
                    "%",
                ),
                ("Waktu", "Waktu penyelesaian rancangan APBD", "waktu", 12, "bulan"),
            ],
            ("Dokumen rancangan APBD", "Bidang Anggaran", "Triwulanan"),
            [],
        ),
        (
            "DPA perangkat daerah yang terverifikasi tepat waktu",
            1,
            [
                ("Kuantitas", "Jumlah DPA perangkat daerah yang terverifikasi", "count", 38, "dokumen"),
                ("Kualitas", "Persentase DPA yang disahkan tanpa perbaikan ulang", "pct", 85, "%"),
                ("Waktu", "Waktu verifikasi DPA perangkat daerah", "waktu", 5, "hari kerja"),
            ],
            ("Register verifikasi DPA", "Bidang Anggaran", "Bulanan oleh Kepala Subbidang"),
            [],
        ),
        (
            "Anggaran kas daerah yang tersusun andal",
            0,
            [
                ("Kuantitas", "Jumlah laporan anggaran kas yang tersusun", "count", 12, "laporan"),
                ("Kualitas", "Persentase deviasi anggaran kas yang di bawah ambang", "pct", 90, "%"),
                ("Waktu", "Waktu penetapan anggaran kas tahunan", "waktu", 2, "bulan"),
            ],
            ("Laporan anggaran kas", "Aplikasi SIPD", "Bulanan"),
            [],
        ),
    ],
    "kasubbag_umum": [
        (
            "Layanan kepegawaian Sekretariat BPKAD yang tertib administrasi",
            1,
            [
                (
                    "Kuantitas",
                    "Jumlah usulan kenaikan pangkat dan berkala yang diproses",
                    "count",
                    40,
                    "dokumen",
                ),
                (
                    "Kualitas",
                    "Persentase usulan kepegawaian yang diterima BKPSDM tanpa pengembalian",
                    "pct",
                    90,
                    "%",
                ),
                ("Waktu", "Waktu pemrosesan usulan kenaikan pangkat", "waktu", 5, "hari kerja"),
            ],
            ("Register usulan kepegawaian", "Subbagian Umum dan Kepegawaian", "Bulanan"),
            [],
        ),
        (
            "Barang persediaan kantor yang tercatat akurat",
            1,
            [
                ("Kuantitas", "Jumlah laporan persediaan barang yang tersusun", "count", 12, "laporan"),
                ("Kualitas", "Persentase kesesuaian catatan persediaan dengan hasil opname", "pct", 95, "%"),
                ("Waktu", "Waktu penyampaian laporan persediaan", "waktu", 12, "bulan"),
            ],
            ("Kartu persediaan dan berita acara opname", "Pengurus Barang", "Triwulanan"),
            [],
        ),
    ],
    "pengadm_keu": [
        (
            "Dokumen pertanggungjawaban keuangan Sekretariat yang lengkap",
            0,
            [
                ("Kuantitas", "Jumlah SPJ belanja yang terverifikasi", "count", 240, "dokumen"),
                ("Kualitas", "Persentase SPJ yang lengkap pada verifikasi pertama", "pct", 90, "%"),
                ("Waktu", "Waktu verifikasi SPJ belanja", "waktu", 3, "hari kerja"),
            ],
            ("Buku register SPJ", "Bendahara Pengeluaran", "Bulanan"),
            [],
        ),
        (
            "Arsip keuangan Sekretariat yang tertata",
            0,
            [
                ("Kuantitas", "Jumlah berkas keuangan yang diarsipkan", "count", 12, "laporan"),
                (
                    "Kualitas",
                    "Persentase berkas keuangan yang ditemukan kembali kurang dari 10 menit",
                    "pct",
                    95,
                    "%",
                ),
                ("Waktu", "Waktu pengarsipan berkas keuangan", "waktu", 12, "bulan"),
            ],
            ("Daftar arsip keuangan", "Subbagian Umum dan Kepegawaian", "Triwulanan"),
            [],
        ),
    ],
    "kabid_p2p": [
        (
            "Kasus penyakit menular yang terkendali",
            0,
            [
                (
                    "Kuantitas",
                    "Jumlah kegiatan penyelidikan epidemiologi yang terlaksana",
                    "count",
                    24,
                    "kegiatan",
                ),
                (
                    "Kualitas",
                    "Persentase kejadian luar biasa yang ditanggulangi kurang dari 24 jam",
                    "pct",
                    95,
                    "%",
                ),
                ("Waktu", "Waktu respons laporan dugaan kejadian luar biasa", "waktu", 1, "hari"),
            ],
            ("Laporan penyelidikan epidemiologi", "Seksi Surveilans dan Imunisasi", "Bulanan"),
            [],
        ),
        (
            "Cakupan imunisasi dasar lengkap yang meningkat",
            1,
            [
                ("Kuantitas", "Jumlah desa yang mencapai Universal Child Immunization", "count", 120, "desa"),
                ("Kualitas", "Cakupan imunisasi dasar lengkap pada bayi", "pct", 92, "%"),
                ("Waktu", "Waktu penyampaian laporan imunisasi", "waktu", 12, "bulan"),
            ],
            ("Laporan cakupan imunisasi", "Aplikasi ASIK dan laporan Puskesmas", "Bulanan"),
            [],
        ),
        (
            "Penyakit tidak menular yang terdeteksi dini",
            1,
            [
                ("Kuantitas", "Jumlah Posbindu PTM yang aktif", "count", 60, "posbindu"),
                (
                    "Kualitas",
                    "Persentase penduduk usia 15 tahun ke atas yang mendapat skrining PTM",
                    "pct",
                    80,
                    "%",
                ),
                ("Waktu", "Waktu rekapitulasi hasil skrining PTM", "waktu", 12, "bulan"),
            ],
            ("Rekap skrining PTM", "Seksi P2PTM", "Triwulanan"),
            [],
        ),
    ],
    "kabid_kesmas": [
        (
            "Status gizi balita yang membaik",
            0,
            [
                ("Kuantitas", "Jumlah desa lokus stunting yang didampingi", "count", 15, "desa"),
                ("Kualitas", "Persentase balita yang ditimbang di Posyandu", "pct", 85, "%"),
                ("Waktu", "Waktu penyampaian laporan status gizi", "waktu", 12, "bulan"),
            ],
            ("Laporan bulan penimbangan", "Aplikasi e-PPGBM", "Semesteran"),
            [],
        ),
        (
            "Layanan kesehatan ibu yang sesuai standar",
            0,
            [
                ("Kuantitas", "Jumlah kelas ibu hamil yang terlaksana", "count", 48, "kegiatan"),
                ("Kualitas", "Cakupan persalinan di fasilitas kesehatan", "pct", 95, "%"),
                ("Waktu", "Waktu audit maternal perinatal sesudah kasus", "waktu", 14, "hari"),
            ],
            ("Laporan KIA", "Seksi Kesehatan Keluarga", "Bulanan"),
            [],
        ),
    ],
    "kabid_pelayanan": [
        (
            "Dokumen kependudukan yang terbit sesuai standar pelayanan",
            1,
            [
                (
                    "Kuantitas",
                    "Jumlah layanan jemput bola perekaman KTP-el yang terlaksana",
                    "count",
                    36,
                    "kegiatan",
                ),
                (
                    "Kualitas",
                    "Persentase dokumen kependudukan yang terbit tanpa kesalahan data",
                    "pct",
                    98,
                    "%",
                ),
                ("Waktu", "Waktu penerbitan dokumen pendaftaran penduduk", "waktu", 3, "hari kerja"),
            ],
            ("Register layanan pendaftaran penduduk", "SIAK Terpusat", "Bulanan"),
            [],
        ),
        (
            "Penduduk rentan yang terdaftar dalam database kependudukan",
            0,
            [
                ("Kuantitas", "Jumlah penduduk rentan yang direkam datanya", "count", 400, "orang"),
                ("Kualitas", "Persentase penduduk rentan yang memiliki NIK", "pct", 90, "%"),
                ("Waktu", "Waktu penyampaian laporan pendataan penduduk rentan", "waktu", 12, "bulan"),
            ],
            ("Daftar penduduk rentan", "Dinas Sosial dan SIAK", "Triwulanan"),
            [],
        ),
        (
            "Layanan administrasi kependudukan daring yang andal",
            1,
            [
                ("Kuantitas", "Jumlah laporan layanan daring yang tersusun", "count", 12, "laporan"),
                ("Kualitas", "Persentase permohonan daring yang diverifikasi benar", "pct", 95, "%"),
                ("Waktu", "Waktu verifikasi permohonan daring", "waktu", 2, "hari kerja"),
            ],
            ("Log aplikasi layanan daring", "Aplikasi layanan daring Disdukcapil", "Bulanan"),
            [],
        ),
    ],
    "pengolah_data": [
        (
            "Data permohonan KTP-el yang terolah akurat",
            0,
            [
                ("Kuantitas", "Jumlah data permohonan KTP-el yang diolah", "count", 600, "dokumen"),
                ("Kualitas", "Persentase data permohonan yang sesuai berkas fisik", "pct", 95, "%"),
                ("Waktu", "Waktu pengolahan data permohonan", "waktu", 2, "hari kerja"),
            ],
            ("Rekap data permohonan KTP-el", "SIAK", "Bulanan"),
            [],
        ),
        (
            "Laporan harian pelayanan yang tersaji tepat waktu",
            2,
            [
                ("Kuantitas", "Jumlah laporan rekapitulasi pelayanan yang tersusun", "count", 12, "laporan"),
                ("Kualitas", "Persentase laporan rekapitulasi tanpa koreksi", "pct", 90, "%"),
                ("Waktu", "Waktu penyampaian laporan rekapitulasi", "waktu", 12, "bulan"),
            ],
            ("Laporan rekapitulasi pelayanan", "Bidang Pelayanan Pendaftaran Penduduk", "Bulanan"),
            [],
        ),
    ],
    "perencana": [
        (
            "Dokumen Renja BPKAD yang selaras dengan RKPD",
            0,
            [
                ("Kuantitas", "Jumlah dokumen rencana kerja yang tersusun", "count", 4, "dokumen"),
                ("Kualitas", "Persentase program Renja yang selaras dengan RKPD", "pct", 95, "%"),
                ("Waktu", "Waktu penyelesaian dokumen Renja", "waktu", 6, "bulan"),
            ],
            ("Dokumen Renja", "Subbagian Program", "Semesteran"),
            [
                ("Menyusun rancangan rencana kerja tahunan", "Dokumen rancangan Renja", "0,150"),
                ("Melakukan sinkronisasi program dengan RKPD", "Matriks sinkronisasi", "0,080"),
            ],
        ),
        (
            "Laporan evaluasi kinerja BPKAD yang berkualitas",
            2,
            [
                (
                    "Kuantitas",
                    "Jumlah laporan evaluasi kinerja triwulanan yang tersusun",
                    "count",
                    4,
                    "laporan",
                ),
                ("Kualitas", "Persentase rekomendasi evaluasi yang ditindaklanjuti", "pct", 80, "%"),
                ("Waktu", "Waktu penyampaian laporan evaluasi", "waktu", 12, "bulan"),
            ],
            ("Laporan evaluasi kinerja", "Subbagian Program", "Triwulanan"),
            [("Menyusun laporan evaluasi pelaksanaan rencana", "Laporan evaluasi", "0,120")],
        ),
        (
            "Indikator kinerja BPKAD yang terukur",
            0,
            [
                (
                    "Kuantitas",
                    "Jumlah dokumen pohon kinerja dan cascading yang tersusun",
                    "count",
                    4,
                    "dokumen",
                ),
                ("Kualitas", "Persentase indikator kinerja yang memenuhi kriteria SMART", "pct", 90, "%"),
                ("Waktu", "Waktu penyelesaian dokumen cascading", "waktu", 3, "bulan"),
            ],
            ("Dokumen pohon kinerja", "Subbagian Program", "Semesteran"),
            [("Menyusun kerangka indikator kinerja", "Dokumen indikator", "0,100")],
        ),
    ],
    "analis_keuangan": [
        (
            "Hasil analisis RKA perangkat daerah yang akurat",
            1,
            [
                ("Kuantitas", "Jumlah RKA perangkat daerah yang dianalisis", "count", 20, "dokumen"),
                ("Kualitas", "Persentase hasil analisis RKA yang diterima TAPD", "pct", 90, "%"),
                ("Waktu", "Waktu penyelesaian analisis RKA", "waktu", 10, "hari kerja"),
            ],
            ("Kertas kerja analisis RKA", "Bidang Anggaran", "Bulanan"),
            [("Melakukan analisis rencana kerja dan anggaran", "Kertas kerja analisis", "0,210")],
        ),
        (
            "Laporan analisis realisasi anggaran yang andal",
            2,
            [
                (
                    "Kuantitas",
                    "Jumlah laporan analisis realisasi anggaran yang tersusun",
                    "count",
                    12,
                    "laporan",
                ),
                ("Kualitas", "Persentase laporan analisis yang digunakan dalam rapat TAPD", "pct", 85, "%"),
                ("Waktu", "Waktu penyampaian laporan analisis realisasi", "waktu", 12, "bulan"),
            ],
            ("Laporan analisis realisasi", "Aplikasi SIPD", "Bulanan"),
            [
                ("Menyusun analisis realisasi anggaran", "Laporan analisis", "0,175"),
                ("Menyusun rekomendasi pengendalian anggaran", "Nota rekomendasi", "0,090"),
            ],
        ),
    ],
    "epidemiolog": [
        (
            "Data surveilans penyakit menular yang lengkap dan tepat waktu",
            0,
            [
                ("Kuantitas", "Jumlah laporan surveilans mingguan yang tersusun", "count", 52, "laporan"),
                ("Kualitas", "Persentase kelengkapan laporan surveilans Puskesmas", "pct", 90, "%"),
                ("Waktu", "Waktu penyampaian laporan surveilans mingguan", "waktu", 2, "hari"),
            ],
            ("Laporan SKDR", "Aplikasi SKDR", "Mingguan"),
            [
                ("Melakukan pengumpulan data surveilans", "Laporan data surveilans", "0,040"),
                ("Melakukan analisis data surveilans", "Laporan analisis", "0,060"),
            ],
        ),
        (
            "Hasil penyelidikan epidemiologi yang ditindaklanjuti",
            0,
            [
                (
                    "Kuantitas",
                    "Jumlah laporan penyelidikan epidemiologi yang tersusun",
                    "count",
                    12,
                    "laporan",
                ),
                (
                    "Kualitas",
                    "Persentase rekomendasi penyelidikan yang ditindaklanjuti Puskesmas",
                    "pct",
                    85,
                    "%",
                ),
                ("Waktu", "Waktu penyusunan laporan penyelidikan", "waktu", 3, "hari kerja"),
            ],
            ("Laporan penyelidikan epidemiologi", "Seksi Surveilans dan Imunisasi", "Bulanan"),
            [("Melakukan penyelidikan epidemiologi", "Laporan penyelidikan", "0,090")],
        ),
    ],
    "nutrisionis": [
        (
            "Data status gizi balita yang valid",
            0,
            [
                ("Kuantitas", "Jumlah laporan pemantauan status gizi yang tersusun", "count", 12, "laporan"),
                ("Kualitas", "Persentase data e-PPGBM yang tervalidasi", "pct", 90, "%"),
                ("Waktu", "Waktu validasi data e-PPGBM", "waktu", 5, "hari kerja"),
            ],
            ("Data e-PPGBM", "Aplikasi e-PPGBM", "Bulanan"),
            [("Melakukan pemantauan status gizi", "Laporan pemantauan", "0,050")],
        ),
        (
            "Balita gizi kurang yang tertangani",
            1,
            [
                (
                    "Kuantitas",
                    "Jumlah kegiatan pemberian makanan tambahan yang terlaksana",
                    "count",
                    24,
                    "kegiatan",
                ),
                ("Kualitas", "Persentase balita gizi kurang yang naik berat badannya", "pct", 80, "%"),
                ("Waktu", "Waktu penyampaian laporan PMT", "waktu", 12, "bulan"),
            ],
            ("Laporan PMT", "Puskesmas", "Bulanan"),
            [
                ("Melakukan konseling gizi", "Catatan konseling", "0,030"),
                ("Menyusun rencana intervensi gizi", "Dokumen intervensi", "0,070"),
            ],
        ),
    ],
    "adm_database": [
        (
            "Database kependudukan yang mutakhir dan konsisten",
            0,
            [
                ("Kuantitas", "Jumlah laporan konsolidasi database yang tersusun", "count", 4, "laporan"),
                ("Kualitas", "Persentase data ganda yang terselesaikan", "pct", 95, "%"),
                ("Waktu", "Waktu penyelesaian konsolidasi database", "waktu", 12, "bulan"),
            ],
            ("Laporan konsolidasi", "SIAK Terpusat", "Triwulanan"),
            [("Melakukan konsolidasi database kependudukan", "Laporan konsolidasi", "0,080")],
        ),
        (
            "Server database kependudukan yang andal",
            2,
            [
                ("Kuantitas", "Jumlah laporan pemeliharaan server yang tersusun", "count", 12, "laporan"),
                ("Kualitas", "Tingkat ketersediaan layanan server", "pct", 98, "%"),
                ("Waktu", "Waktu pemulihan gangguan server", "waktu", 1, "hari"),
            ],
            ("Log pemantauan server", "Ruang server Disdukcapil", "Bulanan"),
            [("Melakukan pemeliharaan basis data", "Laporan pemeliharaan", "0,060")],
        ),
    ],
    "pranata_komputer": [
        (
            "Perangkat layanan adminduk yang berfungsi baik",
            0,
            [
                ("Kuantitas", "Jumlah perangkat layanan yang dipelihara", "count", 40, "unit"),
                ("Kualitas", "Tingkat keberfungsian perangkat layanan", "pct", 95, "%"),
                ("Waktu", "Waktu perbaikan perangkat yang rusak", "waktu", 2, "hari kerja"),
            ],
            ("Register pemeliharaan perangkat", "Seksi Pengelolaan Informasi", "Bulanan"),
            [("Melakukan perawatan perangkat komputer", "Laporan perawatan", "0,020")],
        ),
        (
            "Jaringan layanan kecamatan yang terhubung stabil",
            2,
            [
                ("Kuantitas", "Jumlah laporan pemantauan jaringan yang tersusun", "count", 12, "laporan"),
                ("Kualitas", "Persentase kecamatan dengan jaringan tersambung", "pct", 90, "%"),
                ("Waktu", "Waktu penanganan gangguan jaringan", "waktu", 1, "hari"),
            ],
            ("Laporan pemantauan jaringan", "Seksi Pengelolaan Informasi", "Bulanan"),
            [("Melakukan pemantauan jaringan", "Laporan pemantauan", "0,015")],
        ),
    ],
}

# Per person: IKI a variation brings in. "idx" replaces a Kualitas percent IKI with an index with decimals;
# "ribu" replaces a count IKI with a count in thousands; "rp" adds (JA/JF, aspek Biaya) or replaces (JPT) an
# IKI with a target in rupiah; "predikat" (JPT) replaces a percent IKI with a PK target written in words.
EXTRA: dict[str, dict[str, tuple]] = {
    "kepala_bpkad": {
        "idx": ("Indeks kepuasan perangkat daerah terhadap layanan BPKAD", 3.75),
        "ribu": ("Jumlah SP2D yang diterbitkan", 1250, "dokumen"),
        "rp": ("Jumlah pendapatan dari pemanfaatan barang milik daerah", 1_500_000_000),
        "predikat": ("Opini BPK atas Laporan Keuangan Pemerintah Daerah", "Opini WTP"),
    },
    "kadinkes": {
        "idx": ("Indeks kepuasan masyarakat terhadap pelayanan Puskesmas", 3.75),
        "ribu": ("Jumlah kader kesehatan yang terlatih", 1250, "orang"),
        "rp": ("Jumlah pendapatan BLUD Puskesmas", 1_500_000_000),
        "predikat": ("Predikat SAKIP Dinas Kesehatan", "Predikat A"),
    },
    "kadisdukcapil": {
        "idx": ("Indeks kepuasan masyarakat terhadap pelayanan Disdukcapil", 3.8),
        "ribu": ("Jumlah akta kelahiran yang diterbitkan", 1250, "dokumen"),
        "rp": ("Jumlah realisasi anggaran layanan administrasi kependudukan", 2_250_000_000),
        "predikat": ("Predikat SAKIP Disdukcapil", "Predikat A"),
    },
    "sekretaris_bpkad": {
        "idx": ("Indeks kepuasan pegawai terhadap layanan kesekretariatan", 3.75),
        "ribu": ("Jumlah surat masuk dan keluar yang teregistrasi", 1250, "dokumen"),
        "rp": ("Realisasi anggaran belanja Sekretariat BPKAD", 1_500_000_000),
    },
    "kabid_anggaran": {
        "idx": ("Indeks kualitas dokumen anggaran perangkat daerah", 3.5),
        "ribu": ("Jumlah sub kegiatan yang diverifikasi dalam SIPD", 1250, "dokumen"),
        "rp": ("Realisasi anggaran belanja Bidang Anggaran", 1_200_000_000),
    },
    "kasubbag_umum": {
        "idx": ("Indeks kepuasan pegawai terhadap layanan kepegawaian", 3.75),
        "ribu": ("Jumlah presensi elektronik pegawai yang terekap", 1250, "dokumen"),
        "rp": ("Realisasi anggaran belanja pemeliharaan kantor", 1_500_000_000),
    },
    "pengadm_keu": {
        "idx": ("Indeks ketertiban administrasi SPJ Sekretariat", 3.6),
        "ribu": ("Jumlah bukti transaksi yang diinput ke SIPD", 1250, "dokumen"),
        "rp": ("Realisasi belanja barang dan jasa Sekretariat yang diverifikasi", 1_500_000_000),
    },
    "kabid_p2p": {
        "idx": ("Indeks kinerja surveilans Kabupaten", 3.75),
        "ribu": ("Jumlah penduduk berisiko yang diskrining tuberkulosis", 1250, "orang"),
        "rp": ("Realisasi anggaran program pencegahan dan pengendalian penyakit", 2_250_000_000),
    },
    "kabid_kesmas": {
        "idx": ("Indeks keluarga sehat Kabupaten", 3.75),
        "ribu": ("Jumlah ibu hamil yang mendapat tablet tambah darah", 1250, "orang"),
        "rp": ("Realisasi anggaran program kesehatan masyarakat", 1_500_000_000),
    },
    "kabid_pelayanan": {
        "idx": ("Indeks kepuasan masyarakat terhadap layanan pendaftaran penduduk", 3.75),
        "ribu": ("Jumlah penduduk yang direkam KTP-el", 1250, "orang"),
        "rp": ("Realisasi anggaran layanan pendaftaran penduduk", 1_500_000_000),
    },
    "pengolah_data": {
        "idx": ("Indeks akurasi data permohonan yang diolah", 3.75),
        "ribu": ("Jumlah berkas permohonan yang dipindai", 1250, "dokumen"),
        "rp": ("Realisasi belanja blangko KTP-el yang dicatat", 1_200_000_000),
    },
    "perencana": {
        "idx": ("Indeks kualitas dokumen perencanaan BPKAD", 3.75),
        "ribu": ("Jumlah rincian belanja yang ditelaah dalam Renja", 1250, "dokumen"),
        "rp": ("Nilai pagu indikatif yang direncanakan dalam Renja", 1_500_000_000),
    },
    "analis_keuangan": {
        "idx": ("Indeks kualitas hasil analisis anggaran", 3.5),
        "ribu": ("Jumlah rekening belanja yang dianalisis", 1250, "dokumen"),
        "rp": ("Realisasi anggaran kegiatan analisis keuangan", 1_500_000_000),
    },
    "epidemiolog": {
        "idx": ("Indeks ketepatan laporan surveilans", 3.75),
        "ribu": ("Jumlah sampel kasus yang dilacak kontaknya", 1250, "orang"),
        "rp": ("Realisasi anggaran penyelidikan epidemiologi", 1_200_000_000),
    },
    "nutrisionis": {
        "idx": ("Indeks mutu konseling gizi", 3.75),
        "ribu": ("Jumlah balita yang diukur status gizinya", 1250, "orang"),
        "rp": ("Realisasi anggaran pemberian makanan tambahan", 1_500_000_000),
    },
    "adm_database": {
        "idx": ("Indeks konsistensi database kependudukan", 3.75),
        "ribu": ("Jumlah rekaman data ganda yang diverifikasi", 1250, "dokumen"),
        "rp": ("Realisasi anggaran pemeliharaan database", 1_500_000_000),
    },
    "pranata_komputer": {
        "idx": ("Indeks kepuasan pengguna terhadap layanan teknologi informasi", 3.75),
        "ribu": ("Jumlah tiket gangguan layanan yang tercatat", 1250, "dokumen"),
        "rp": ("Realisasi anggaran pemeliharaan perangkat layanan", 1_200_000_000),
    },
}

# What a manual says of each kind of target (JPT Manual Indikator Kinerja).
SATUAN_MANUAL = {"pct": "Persen", "count": None, "waktu": None, "idx": "Indeks", "rp": "Rupiah", "word": None}
