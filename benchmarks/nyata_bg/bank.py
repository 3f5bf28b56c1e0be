"""Fictional people and plan texts for the held-out set ``nyata_bg``: the Sekretariat Daerah of the
(fictional) Kabupaten Muara Sentosa in January 2026, written from SPEC alone.

A target is ``(number, satuan)``; ``satuan`` ``"%"`` marks a percentage. Aspek Waktu and Biaya are the
*kondisi khusus* of SPEC §6.1 (lower is better), which the generator uses to order the kategori.
"""

from __future__ import annotations

from dataclasses import dataclass, field

KABUPATEN = "KABUPATEN MUARA SENTOSA"
PEMDA = "PEMERINTAH KABUPATEN MUARA SENTOSA"
SETDA = "SEKRETARIAT DAERAH KABUPATEN MUARA SENTOSA"
TAHUN = 2026


@dataclass(frozen=True)
class Person:
    nama: str
    nip: str  # 18 digits, no separators; "-" for the Bupati
    pangkat: str
    jabatan: str
    unit: str


@dataclass(frozen=True)
class Iki:
    aspek: str  # "" for JPT
    teks: str
    target: tuple[str, str]


@dataclass(frozen=True)
class Rk:
    atasan: str
    teks: str
    iki: tuple[Iki, ...]
    perspektif: str = ""
    # JF: butir kegiatan, output, angka kredit; JA/JF pengembangan: data, sumber data, waktu pengumpulan
    butir: tuple[str, str, str] = ("", "", "")
    pantau: tuple[str, str, str] = ("", "", "")


@dataclass(frozen=True)
class Role:
    key: str
    family: str  # ja, jf, jpt
    pegawai: Person
    penilai: Person
    rk: tuple[Rk, ...]
    jenjang_salah: str = ""  # JF: a pangkat outside the jenjang's golongan range
    pppk: bool = False
    notes: dict[str, str] = field(default_factory=dict)


BUPATI = Person("H. SURYA ADINATA, S.E., M.M.", "-", "-", "BUPATI MUARA SENTOSA", PEMDA)
SEKDA = Person(
    "Dr. Ir. BAMBANG WIDODO SAPUTRA, M.Si.",
    "197004151995031002",
    "Pembina Utama Muda, IV/c",
    "SEKRETARIS DAERAH KABUPATEN MUARA SENTOSA",
    SETDA,
)
ASISTEN_1 = Person(
    "Drs. MUHAMMAD RIZAL HAKIM, M.AP.",
    "197108221996031004",
    "Pembina Tingkat I, IV/b",
    "ASISTEN PEMERINTAHAN DAN KESEJAHTERAAN RAKYAT",
    SETDA,
)
ASISTEN_2 = Person(
    "Ir. SITI NURHALIZA RAHMAN, M.T.",
    "197403091999032003",
    "Pembina Tingkat I, IV/b",
    "ASISTEN PEREKONOMIAN DAN PEMBANGUNAN",
    SETDA,
)
ASISTEN_3 = Person(
    "HENDRA KUSUMA WIJAYA, S.Sos., M.Si.",
    "197301171998031006",
    "Pembina Tingkat I, IV/b",
    "ASISTEN ADMINISTRASI UMUM",
    SETDA,
)
KABAG_HUKUM = Person(
    "RINA MARLIANA, S.H., M.H.",
    "198006042005012011",
    "Pembina, IV/a",
    "KEPALA BAGIAN HUKUM",
    "BAGIAN HUKUM SEKRETARIAT DAERAH",
)
KABAG_PBJ = Person(
    "AGUS SETIAWAN, S.T., M.M.",
    "198109112006041007",
    "Pembina, IV/a",
    "KEPALA BAGIAN PENGADAAN BARANG DAN JASA",
    "BAGIAN PENGADAAN BARANG DAN JASA SEKRETARIAT DAERAH",
)
KABAG_ORG = Person(
    "DEWI ANGGRAINI, S.Sos., M.AP.",
    "198202272008012014",
    "Pembina, IV/a",
    "KEPALA BAGIAN ORGANISASI",
    "BAGIAN ORGANISASI SEKRETARIAT DAERAH",
)
KABAG_PROKOM = Person(
    "FAJAR NUGROHO, S.I.Kom.",
    "198307192009031005",
    "Penata Tingkat I, III/d",
    "KEPALA BAGIAN PROTOKOL DAN KOMUNIKASI PIMPINAN",
    "BAGIAN PROTOKOL DAN KOMUNIKASI PIMPINAN SEKRETARIAT DAERAH",
)
KABAG_UMUM = Person(
    "YULIANTI PRATIWI, S.E.",
    "197905122003122004",
    "Pembina, IV/a",
    "KEPALA BAGIAN UMUM",
    "BAGIAN UMUM SEKRETARIAT DAERAH",
)

_PANTAU_DOK = ("Dokumen hasil kerja", "Arsip bagian", "Setiap akhir triwulan")
_PANTAU_LAP = ("Laporan bulanan", "Aplikasi e-Kinerja", "Setiap akhir bulan")


def _jpt(
    key: str, pegawai: Person, penilai: Person, rks: list[tuple[str, str, str, tuple[str, str]]]
) -> Role:
    return Role(
        key,
        "jpt",
        pegawai,
        penilai,
        tuple(Rk("", rk, (Iki("", iki, tgt),), perspektif=p) for p, rk, iki, tgt in rks),
    )


ROLES: tuple[Role, ...] = (
    # --- JPT Pratama ------------------------------------------------------------------------------
    _jpt(
        "sekda",
        SEKDA,
        BUPATI,
        [
            (
                "Penerima Layanan",
                "Meningkatnya kualitas pelayanan administrasi pemerintahan kepada perangkat daerah",
                "Persentase perangkat daerah yang puas terhadap layanan Sekretariat Daerah",
                ("85", "%"),
            ),
            (
                "Proses Bisnis",
                "Meningkatnya kualitas produk hukum daerah",
                "Jumlah rancangan Peraturan Bupati yang diharmonisasi",
                ("12", "rancangan Perbup"),
            ),
            (
                "Penguatan Internal",
                "Meningkatnya akuntabilitas kinerja Sekretariat Daerah",
                "Persentase rekomendasi hasil evaluasi SAKIP yang ditindaklanjuti",
                ("90", "%"),
            ),
            (
                "Anggaran",
                "Terwujudnya pengelolaan anggaran Sekretariat Daerah yang efisien",
                "Persentase realisasi anggaran Sekretariat Daerah",
                ("95", "%"),
            ),
        ],
    ),
    _jpt(
        "asisten1",
        ASISTEN_1,
        SEKDA,
        [
            (
                "Penerima Layanan",
                "Meningkatnya kepastian hukum kebijakan daerah bagi masyarakat",
                "Persentase produk hukum daerah yang dipublikasikan dalam JDIH",
                ("100", "%"),
            ),
            (
                "Proses Bisnis",
                "Terselesaikannya harmonisasi rancangan produk hukum daerah tepat waktu",
                "Jumlah rancangan produk hukum daerah yang selesai diharmonisasi",
                ("18", "rancangan"),
            ),
            (
                "Penguatan Internal",
                "Meningkatnya kompetensi perancang produk hukum daerah",
                "Jumlah perancang yang mengikuti pelatihan legal drafting",
                ("6", "orang"),
            ),
            (
                "Anggaran",
                "Terkendalinya belanja bagian di bawah koordinasi Asisten I",
                "Persentase realisasi belanja bagian terhadap pagu",
                ("93", "%"),
            ),
        ],
    ),
    _jpt(
        "asisten2",
        ASISTEN_2,
        SEKDA,
        [
            (
                "Penerima Layanan",
                "Meningkatnya kepuasan perangkat daerah atas layanan pengadaan barang/jasa",
                "Persentase perangkat daerah yang puas terhadap layanan UKPBJ",
                ("88", "%"),
            ),
            (
                "Proses Bisnis",
                "Terselesaikannya pemilihan penyedia barang/jasa pemerintah daerah",
                "Jumlah paket tender yang selesai",
                ("35", "paket"),
            ),
            (
                "Penguatan Internal",
                "Meningkatnya kapabilitas UKPBJ",
                "Jumlah pengelola pengadaan bersertifikat kompetensi",
                ("8", "orang"),
            ),
            (
                "Anggaran",
                "Tercapainya efisiensi belanja pengadaan barang/jasa",
                "Nilai efisiensi hasil pemilihan penyedia",
                ("2,4", "M"),
            ),
        ],
    ),
    _jpt(
        "asisten3",
        ASISTEN_3,
        SEKDA,
        [
            (
                "Penerima Layanan",
                "Meningkatnya kualitas layanan keprotokolan pimpinan daerah",
                "Persentase kegiatan pimpinan yang terlayani keprotokolannya",
                ("100", "%"),
            ),
            (
                "Proses Bisnis",
                "Tersusunnya evaluasi kelembagaan perangkat daerah",
                "Jumlah perangkat daerah yang dievaluasi kelembagaannya",
                ("14", "perangkat daerah"),
            ),
            (
                "Penguatan Internal",
                "Meningkatnya kualitas analisis jabatan di lingkungan Pemerintah Kabupaten",
                "Jumlah dokumen analisis jabatan yang dimutakhirkan",
                ("40", "dokumen"),
            ),
            (
                "Anggaran",
                "Terkelolanya belanja rumah tangga Sekretariat Daerah secara tertib",
                "Persentase belanja rumah tangga yang dipertanggungjawabkan tepat waktu",
                ("100", "%"),
            ),
        ],
    ),
    # --- JA Administrator (Kepala Bagian) ---------------------------------------------------------
    Role(
        "kabag_hukum",
        "ja",
        KABAG_HUKUM,
        ASISTEN_1,
        (
            Rk(
                "Terselesaikannya harmonisasi rancangan produk hukum daerah tepat waktu",
                "Rancangan Peraturan Bupati selesai diharmonisasi sebelum ditetapkan",
                (
                    Iki(
                        "Kuantitas", "Jumlah rancangan Perbup yang diharmonisasi", ("12", "rancangan Perbup")
                    ),
                    Iki("Waktu", "Rata-rata waktu harmonisasi satu rancangan", ("14", "hari kerja")),
                ),
                pantau=("Register harmonisasi", "Bagian Hukum", "Setiap akhir bulan"),
            ),
            Rk(
                "Meningkatnya kepastian hukum kebijakan daerah bagi masyarakat",
                "Produk hukum daerah terpublikasi dalam JDIH Kabupaten",
                (Iki("Kualitas", "Persentase produk hukum yang diunggah ke JDIH", ("100", "%")),),
                pantau=("Daftar unggahan JDIH", "Laman JDIH", "Setiap akhir triwulan"),
            ),
        ),
    ),
    Role(
        "kabag_pbj",
        "ja",
        KABAG_PBJ,
        ASISTEN_2,
        (
            Rk(
                "Terselesaikannya pemilihan penyedia barang/jasa pemerintah daerah",
                "Pemilihan penyedia seluruh paket tender perangkat daerah selesai sesuai jadwal",
                (
                    Iki("Kuantitas", "Jumlah paket tender yang selesai", ("35", "paket")),
                    Iki("Kualitas", "Persentase paket tender tanpa sanggah banding", ("90", "%")),
                ),
                pantau=("Rekap paket tender", "Aplikasi SPSE", "Setiap akhir bulan"),
            ),
            Rk(
                "Meningkatnya kapabilitas UKPBJ",
                "Pengelola pengadaan UKPBJ tersertifikasi kompetensi",
                (
                    Iki("Kuantitas", "Jumlah pengelola pengadaan yang lulus sertifikasi", ("4", "orang")),
                    Iki("Waktu", "Waktu penyelesaian uji kompetensi", ("6", "bulan")),
                ),
                pantau=_PANTAU_DOK,
            ),
        ),
    ),
    Role(
        "kabag_org",
        "ja",
        KABAG_ORG,
        ASISTEN_3,
        (
            Rk(
                "Tersusunnya evaluasi kelembagaan perangkat daerah",
                "Laporan evaluasi kelembagaan perangkat daerah tersusun tepat waktu",
                (
                    Iki("Kuantitas", "Jumlah perangkat daerah yang dievaluasi", ("14", "perangkat daerah")),
                    Iki("Waktu", "Waktu penyampaian laporan evaluasi kepada Sekda", ("10", "bulan")),
                ),
                pantau=_PANTAU_LAP,
            ),
            Rk(
                "Meningkatnya kualitas analisis jabatan di lingkungan Pemerintah Kabupaten",
                "Peta jabatan dan analisis beban kerja perangkat daerah termutakhirkan",
                (
                    Iki("Kuantitas", "Jumlah dokumen analisis jabatan yang dimutakhirkan", ("40", "dokumen")),
                    Iki("Kualitas", "Persentase dokumen yang disetujui tanpa revisi", ("85", "%")),
                ),
                pantau=_PANTAU_DOK,
            ),
        ),
    ),
    Role(
        "kabag_prokom",
        "ja",
        KABAG_PROKOM,
        ASISTEN_3,
        (
            Rk(
                "Meningkatnya kualitas layanan keprotokolan pimpinan daerah",
                "Acara pimpinan daerah terlaksana sesuai tata upacara dan tata tempat",
                (
                    Iki("Kuantitas", "Jumlah acara pimpinan yang dilayani keprotokolannya", ("120", "acara")),
                    Iki("Kualitas", "Persentase acara tanpa keluhan tata tempat", ("95", "%")),
                ),
                pantau=("Agenda pimpinan", "Bagian Protokol dan Komunikasi Pimpinan", "Setiap akhir bulan"),
            ),
            Rk(
                "Meningkatnya kualitas layanan keprotokolan pimpinan daerah",
                "Informasi kegiatan pimpinan daerah tersebar kepada publik",
                (
                    Iki("Kuantitas", "Jumlah siaran pers kegiatan pimpinan", ("150", "siaran pers")),
                    Iki("Waktu", "Rata-rata waktu terbit siaran pers setelah acara", ("1", "hari")),
                ),
                pantau=("Arsip siaran pers", "Laman resmi pemerintah kabupaten", "Setiap akhir bulan"),
            ),
        ),
    ),
    Role(
        "kabag_umum",
        "ja",
        KABAG_UMUM,
        ASISTEN_3,
        (
            Rk(
                "Terkelolanya belanja rumah tangga Sekretariat Daerah secara tertib",
                "Kebutuhan rumah tangga pimpinan daerah terpenuhi tepat waktu",
                (
                    Iki(
                        "Kuantitas",
                        "Jumlah laporan pertanggungjawaban belanja rumah tangga",
                        ("12", "laporan"),
                    ),
                    Iki("Waktu", "Waktu penyampaian laporan setelah akhir bulan", ("5", "hari kerja")),
                ),
                pantau=_PANTAU_LAP,
            ),
            Rk(
                "Terkelolanya belanja rumah tangga Sekretariat Daerah secara tertib",
                "Kendaraan dinas pimpinan dalam keadaan laik jalan",
                (
                    Iki("Kualitas", "Persentase kendaraan dinas pimpinan yang laik jalan", ("100", "%")),
                    Iki("Biaya", "Biaya pemeliharaan kendaraan dinas pimpinan", ("Rp 240.000.000", "")),
                ),
                pantau=("Kartu pemeliharaan kendaraan", "Subbagian Rumah Tangga", "Setiap akhir triwulan"),
            ),
        ),
    ),
    # --- JA Pelaksana -----------------------------------------------------------------------------
    Role(
        "pengadministrasi",
        "ja",
        Person(
            "SUPARMAN",
            "197803032008011009",
            "Pengatur Tingkat I, II/d",
            "PENGADMINISTRASI PERKANTORAN",
            "BAGIAN UMUM SEKRETARIAT DAERAH",
        ),
        KABAG_UMUM,
        (
            Rk(
                "Kebutuhan rumah tangga pimpinan daerah terpenuhi tepat waktu",
                "Surat masuk dan surat keluar Sekretariat Daerah tercatat dalam aplikasi Srikandi",
                (
                    Iki("Kuantitas", "Jumlah surat yang tercatat dalam Srikandi", ("2.400", "surat")),
                    Iki("Waktu", "Waktu pencatatan surat sejak diterima", ("1", "hari kerja")),
                ),
                pantau=("Register surat", "Aplikasi Srikandi", "Setiap akhir bulan"),
            ),
            Rk(
                "Kebutuhan rumah tangga pimpinan daerah terpenuhi tepat waktu",
                "Arsip dinamis aktif Bagian Umum tertata",
                (
                    Iki("Kuantitas", "Jumlah berkas arsip yang ditata", ("600", "berkas")),
                    Iki(
                        "Kualitas",
                        "Persentase berkas yang ditemukan kembali kurang dari 5 menit",
                        ("90", "%"),
                    ),
                ),
                pantau=_PANTAU_DOK,
            ),
        ),
    ),
    Role(
        "pengemudi",
        "ja",
        Person(
            "JOKO SUSILO", "198207152024211004", "Golongan V", "PENGEMUDI", "BAGIAN UMUM SEKRETARIAT DAERAH"
        ),
        KABAG_UMUM,
        (
            Rk(
                "Kendaraan dinas pimpinan dalam keadaan laik jalan",
                "Perjalanan dinas pimpinan terlayani dengan aman dan tepat waktu",
                (
                    Iki("Kuantitas", "Jumlah perjalanan dinas pimpinan yang dilayani", ("180", "perjalanan")),
                    Iki("Kualitas", "Persentase perjalanan tanpa kejadian kecelakaan", ("100", "%")),
                ),
                pantau=("Buku perjalanan kendaraan", "Subbagian Rumah Tangga", "Setiap akhir bulan"),
            ),
            Rk(
                "Kendaraan dinas pimpinan dalam keadaan laik jalan",
                "Kendaraan dinas yang dikemudikan terawat",
                (
                    Iki("Kuantitas", "Jumlah laporan pemeriksaan harian kendaraan", ("240", "laporan")),
                    Iki("Waktu", "Waktu pelaporan kerusakan kepada pengurus barang", ("1", "hari")),
                ),
                pantau=("Lembar periksa kendaraan", "Pengurus barang", "Setiap akhir bulan"),
            ),
        ),
        pppk=True,
    ),
    # --- JF ---------------------------------------------------------------------------------------
    Role(
        "perancang",
        "jf",
        Person(
            "ANDI PRASETYO, S.H., M.H.",
            "198603202010011012",
            "Penata Tingkat I, III/d",
            "PERANCANG PERATURAN PERUNDANG-UNDANGAN AHLI MUDA",
            "BAGIAN HUKUM SEKRETARIAT DAERAH",
        ),
        KABAG_HUKUM,
        (
            Rk(
                "Rancangan Peraturan Bupati selesai diharmonisasi sebelum ditetapkan",
                "Rancangan Perbup yang diharmonisasi memenuhi teknik penyusunan peraturan",
                (
                    Iki(
                        "Kuantitas", "Jumlah rancangan Perbup yang diharmonisasi", ("12", "rancangan Perbup")
                    ),
                    Iki(
                        "Kualitas", "Persentase rancangan yang lolos fasilitasi tanpa perbaikan", ("80", "%")
                    ),
                ),
                butir=("Melakukan harmonisasi rancangan peraturan", "Rancangan Perbup", "0,210"),
                pantau=("Register harmonisasi", "Bagian Hukum", "Setiap akhir bulan"),
            ),
            Rk(
                "Rancangan Peraturan Bupati selesai diharmonisasi sebelum ditetapkan",
                "Naskah akademik rancangan Perda inisiatif pemerintah daerah tersusun",
                (
                    Iki("Kuantitas", "Jumlah naskah akademik yang tersusun", ("2", "naskah")),
                    Iki("Waktu", "Waktu penyelesaian naskah akademik", ("8", "bulan")),
                ),
                butir=("Menyusun naskah akademik", "Naskah akademik", "0,450"),
                pantau=_PANTAU_DOK,
            ),
        ),
        jenjang_salah="Penata Muda, III/a",
    ),
    Role(
        "analis_hukum",
        "jf",
        Person(
            "NURUL FADILAH, S.H.",
            "199308142019032009",
            "Penata Muda Tingkat I, III/b",
            "ANALIS HUKUM AHLI PERTAMA",
            "BAGIAN HUKUM SEKRETARIAT DAERAH",
        ),
        KABAG_HUKUM,
        (
            Rk(
                "Produk hukum daerah terpublikasi dalam JDIH Kabupaten",
                "Hasil analisis dan evaluasi produk hukum daerah tersedia bagi pimpinan",
                (
                    Iki(
                        "Kuantitas",
                        "Jumlah produk hukum yang dianalisis dan dievaluasi",
                        ("20", "produk hukum"),
                    ),
                    Iki("Kualitas", "Persentase rekomendasi analisis yang diterima pimpinan", ("75", "%")),
                ),
                butir=("Melakukan analisis dan evaluasi hukum", "Laporan analisis", "0,080"),
                pantau=("Laporan analisis dan evaluasi", "Bagian Hukum", "Setiap akhir triwulan"),
            ),
            Rk(
                "Produk hukum daerah terpublikasi dalam JDIH Kabupaten",
                "Pendapat hukum atas permasalahan hukum perangkat daerah tersampaikan",
                (
                    Iki("Kuantitas", "Jumlah pendapat hukum yang disampaikan", ("10", "pendapat hukum")),
                    Iki("Waktu", "Waktu penyampaian pendapat hukum sejak permohonan", ("7", "hari kerja")),
                ),
                butir=("Menyusun pendapat hukum", "Pendapat hukum", "0,060"),
                pantau=_PANTAU_LAP,
            ),
        ),
        jenjang_salah="Penata, III/c",
    ),
    Role(
        "ppbj_pertama",
        "jf",
        Person(
            "RIZKY MAULANA, S.T.",
            "199201052019031010",
            "Penata Muda Tingkat I, III/b",
            "PENGELOLA PENGADAAN BARANG/JASA AHLI PERTAMA",
            "BAGIAN PENGADAAN BARANG DAN JASA SEKRETARIAT DAERAH",
        ),
        KABAG_PBJ,
        (
            Rk(
                "Pemilihan penyedia seluruh paket tender perangkat daerah selesai sesuai jadwal",
                "Paket pengadaan langsung dan tender sederhana selesai dipilih penyedianya",
                (
                    Iki("Kuantitas", "Jumlah paket tender yang selesai", ("35", "paket")),
                    Iki("Waktu", "Rata-rata waktu proses pemilihan penyedia", ("30", "hari kerja")),
                ),
                butir=("Melaksanakan pemilihan penyedia", "Berita acara hasil pemilihan", "0,035"),
                pantau=("Rekap paket tender", "Aplikasi SPSE", "Setiap akhir bulan"),
            ),
            Rk(
                "Pemilihan penyedia seluruh paket tender perangkat daerah selesai sesuai jadwal",
                "Dokumen persiapan pengadaan perangkat daerah selesai direviu",
                (
                    Iki("Kuantitas", "Jumlah dokumen persiapan pengadaan yang direviu", ("40", "dokumen")),
                    Iki("Kualitas", "Persentase dokumen reviu tanpa catatan ulang", ("90", "%")),
                ),
                butir=("Melakukan reviu dokumen persiapan pengadaan", "Berita acara reviu", "0,020"),
                pantau=_PANTAU_DOK,
            ),
        ),
        jenjang_salah="Penata, III/c",
    ),
    Role(
        "ppbj_muda",
        "jf",
        Person(
            "SRI WAHYUNINGSIH, S.E., M.Ak.",
            "198509302010012017",
            "Penata, III/c",
            "PENGELOLA PENGADAAN BARANG/JASA AHLI MUDA",
            "BAGIAN PENGADAAN BARANG DAN JASA SEKRETARIAT DAERAH",
        ),
        KABAG_PBJ,
        (
            Rk(
                "Pemilihan penyedia seluruh paket tender perangkat daerah selesai sesuai jadwal",
                "Tender pekerjaan konstruksi bernilai di atas Rp 1 M selesai tanpa sanggah banding",
                (
                    Iki("Kuantitas", "Jumlah paket tender konstruksi yang selesai", ("15", "paket")),
                    Iki("Kualitas", "Persentase paket tender tanpa sanggah banding", ("90", "%")),
                ),
                butir=(
                    "Melaksanakan pemilihan penyedia pekerjaan konstruksi",
                    "Berita acara hasil pemilihan",
                    "0,070",
                ),
                pantau=("Rekap paket tender", "Aplikasi SPSE", "Setiap akhir bulan"),
            ),
            Rk(
                "Pengelola pengadaan UKPBJ tersertifikasi kompetensi",
                "Pengelola pengadaan ahli pertama terbimbing dalam penyusunan dokumen pemilihan",
                (
                    Iki("Kuantitas", "Jumlah sesi pendampingan pengelola pengadaan", ("12", "sesi")),
                    Iki("Waktu", "Waktu penyampaian laporan pendampingan", ("3", "hari kerja")),
                ),
                butir=("Melakukan pembinaan teknis pengelola pengadaan", "Laporan pembinaan", "0,040"),
                pantau=_PANTAU_LAP,
            ),
        ),
        jenjang_salah="Penata Muda Tingkat I, III/b",
    ),
    Role(
        "analis_sdm",
        "jf",
        Person(
            "TAUFIK HIDAYAT, S.Psi.",
            "198702112011011008",
            "Penata, III/c",
            "ANALIS SUMBER DAYA MANUSIA APARATUR AHLI MUDA",
            "BAGIAN ORGANISASI SEKRETARIAT DAERAH",
        ),
        KABAG_ORG,
        (
            Rk(
                "Peta jabatan dan analisis beban kerja perangkat daerah termutakhirkan",
                "Dokumen analisis beban kerja perangkat daerah termutakhirkan",
                (
                    Iki(
                        "Kuantitas",
                        "Jumlah dokumen analisis beban kerja yang dimutakhirkan",
                        ("14", "dokumen"),
                    ),
                    Iki("Kualitas", "Persentase dokumen yang disetujui tanpa revisi", ("85", "%")),
                ),
                butir=("Menyusun analisis beban kerja", "Dokumen ABK", "0,120"),
                pantau=_PANTAU_DOK,
            ),
            Rk(
                "Laporan evaluasi kelembagaan perangkat daerah tersusun tepat waktu",
                "Hasil evaluasi jabatan perangkat daerah tersaji bagi tim evaluasi",
                (
                    Iki("Kuantitas", "Jumlah jabatan yang dievaluasi", ("60", "jabatan")),
                    Iki("Waktu", "Waktu penyelesaian evaluasi jabatan", ("9", "bulan")),
                ),
                butir=("Melakukan evaluasi jabatan", "Laporan evaluasi jabatan", "0,015"),
                pantau=_PANTAU_LAP,
            ),
        ),
        jenjang_salah="Pembina, IV/a",
    ),
    Role(
        "asesor_sdm",
        "jf",
        Person(
            "MEGA PUSPITASARI, S.Psi.",
            "199406232020012006",
            "Penata Muda, III/a",
            "ASESOR SUMBER DAYA MANUSIA APARATUR AHLI PERTAMA",
            "BAGIAN ORGANISASI SEKRETARIAT DAERAH",
        ),
        KABAG_ORG,
        (
            Rk(
                "Peta jabatan dan analisis beban kerja perangkat daerah termutakhirkan",
                "Hasil penilaian kompetensi pegawai tersedia untuk pemetaan talenta",
                (
                    Iki("Kuantitas", "Jumlah pegawai yang dinilai kompetensinya", ("80", "orang")),
                    Iki("Waktu", "Waktu penyampaian laporan hasil penilaian", ("14", "hari kerja")),
                ),
                butir=("Melakukan penilaian kompetensi", "Laporan individu", "0,008"),
                pantau=("Laporan hasil penilaian", "Bagian Organisasi", "Setiap akhir triwulan"),
            ),
            Rk(
                "Peta jabatan dan analisis beban kerja perangkat daerah termutakhirkan",
                "Profil kompetensi pegawai termutakhirkan dalam sistem informasi",
                (
                    Iki("Kuantitas", "Jumlah profil kompetensi yang dimutakhirkan", ("120", "profil")),
                    Iki("Kualitas", "Persentase profil yang lengkap", ("95", "%")),
                ),
                butir=("Memutakhirkan data profil kompetensi", "Profil kompetensi", "0,004"),
                pantau=("Data profil", "SIMPEG", "Setiap akhir semester"),
            ),
        ),
        jenjang_salah="Penata Tingkat I, III/d",
    ),
    Role(
        "humas_terampil",
        "jf",
        Person(
            "DIMAS ARYA PUTRA, A.Md.",
            "199604082019031003",
            "Pengatur, II/c",
            "PRANATA HUBUNGAN MASYARAKAT TERAMPIL",
            "BAGIAN PROTOKOL DAN KOMUNIKASI PIMPINAN SEKRETARIAT DAERAH",
        ),
        KABAG_PROKOM,
        (
            Rk(
                "Informasi kegiatan pimpinan daerah tersebar kepada publik",
                "Foto dan video kegiatan pimpinan terdokumentasi",
                (
                    Iki("Kuantitas", "Jumlah kegiatan pimpinan yang didokumentasikan", ("150", "kegiatan")),
                    Iki("Waktu", "Waktu unggah dokumentasi ke media sosial", ("1", "hari")),
                ),
                butir=("Melakukan peliputan kegiatan", "Dokumentasi kegiatan", "0,006"),
                pantau=("Arsip dokumentasi", "Media sosial resmi", "Setiap akhir bulan"),
            ),
            Rk(
                "Informasi kegiatan pimpinan daerah tersebar kepada publik",
                "Kliping berita daerah tersaji bagi pimpinan",
                (
                    Iki("Kuantitas", "Jumlah kliping berita yang tersaji", ("240", "kliping")),
                    Iki("Kualitas", "Persentase kliping yang dibaca pimpinan", ("80", "%")),
                ),
                butir=("Menyusun kliping berita", "Kliping", "0,003"),
                pantau=_PANTAU_LAP,
            ),
        ),
        jenjang_salah="Penata Muda, III/a",
    ),
    Role(
        "humas_mahir",
        "jf",
        Person(
            "LESTARI HANDAYANI, A.Md.Kom.",
            "198901172011012005",
            "Penata Muda, III/a",
            "PRANATA HUBUNGAN MASYARAKAT MAHIR",
            "BAGIAN PROTOKOL DAN KOMUNIKASI PIMPINAN SEKRETARIAT DAERAH",
        ),
        KABAG_PROKOM,
        (
            Rk(
                "Informasi kegiatan pimpinan daerah tersebar kepada publik",
                "Siaran pers kegiatan pimpinan daerah terbit di laman resmi",
                (
                    Iki("Kuantitas", "Jumlah siaran pers yang terbit", ("120", "siaran pers")),
                    Iki("Waktu", "Rata-rata waktu terbit setelah acara", ("1", "hari")),
                ),
                butir=("Menyusun siaran pers", "Siaran pers", "0,012"),
                pantau=("Arsip siaran pers", "Laman resmi pemerintah kabupaten", "Setiap akhir bulan"),
            ),
            Rk(
                "Acara pimpinan daerah terlaksana sesuai tata upacara dan tata tempat",
                "Naskah sambutan pimpinan tersedia sebelum acara",
                (
                    Iki("Kuantitas", "Jumlah naskah sambutan yang disusun", ("60", "naskah")),
                    Iki("Kualitas", "Persentase naskah yang dipakai tanpa perubahan", ("70", "%")),
                ),
                butir=("Menyusun naskah sambutan pimpinan", "Naskah sambutan", "0,010"),
                pantau=_PANTAU_DOK,
            ),
        ),
        jenjang_salah="Pengatur, II/c",
    ),
)

MANUAL_UMUM = {
    "tujuan": "Mengukur keberhasilan Sekretariat Daerah dalam mencapai sasaran kinerja tahun 2026",
    "kendali": "Tinggi",
    "sumber": "Laporan kinerja Sekretariat Daerah",
    "periode": "Triwulanan",
}
