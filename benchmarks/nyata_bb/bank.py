"""Bahan fiktif set ``nyata_bb``: layanan kesehatan Kabupaten Lereng Pinus (Dinas Kesehatan, RSUD Sekar Arum,
Puskesmas, Labkesda) pada bulan Januari.

Semua instansi, orang, NIP dan teks RK/IKI/butir kegiatan di sini karangan sendiri, ditulis seperti yang
biasa ditulis tenaga kesehatan (target `1.200 pasien`, `≥ 85 %`, `BOR 60-85%`, `100 % (sesuai SPM)`,
`≤ 3 hari`, `0 kasus`). Tidak disalin dari kode, templat, fixture atau set lain.

Sebuah IKI ditulis sebagai ``Iki(aspek, teks, target, nilai, satuan, jenis)``; ``jenis`` menandai bentuk
target yang tidak dipakai di setiap formulir: ``"nol"`` (`0 kasus`: tidak dapat dinilai capaiannya),
``"ge"``/``"le"`` (`≥`/`≤`), ``"rentang"`` (`60 - 85 %`), ``"maks"`` (`100 %`, sudah capaian tertinggi),
``"turun"`` (IKI JPT yang makin kecil makin baik: JPT tanpa aspek selalu dinilai kondisi normal, jadi tidak
dipakai di Penilaian JPT), ``"tanpa"`` (IKI Indeks yang targetnya angka saja).
"""

from __future__ import annotations

from dataclasses import dataclass, field

KABUPATEN = "Kabupaten Lereng Pinus"


@dataclass(frozen=True)
class Iki:
    aspek: str  # kuantitas | kualitas | waktu | biaya | "" (JPT)
    teks: str
    target: str
    nilai: float | tuple[float, float]
    satuan: str
    jenis: str = ""


@dataclass(frozen=True)
class Butir:
    kegiatan: str
    output: str
    ak: str  # angka kredit seperti ditulis (koma desimal)


@dataclass(frozen=True)
class Rk:
    atasan: str
    teks: str
    iki: tuple[Iki, ...]
    butir: tuple[Butir, ...] = ()
    perspektif: str = ""  # JPT pengembangan: pl | pb | pi | ag
    manual: tuple[str, str, str, str] = ("", "", "", "")  # deskripsi, definisi, formula, tujuan (JPT)


@dataclass(frozen=True)
class Peran:
    kunci: str
    jenis: str  # ja | jf | jpt
    jabatan: tuple[str, ...]  # cara menulis jabatan (varian)
    jenjang: str  # jenjang JF menurut SPEC §5 ("" untuk JA/JPT)
    golongan: tuple[str, ...]  # golongan yang sesuai
    unit: str
    atasan: str  # kunci pejabat penilai
    rk: tuple[Rk, ...]
    tambahan: tuple[Rk, ...] = ()
    gelar: tuple[str, str] = ("", "")


@dataclass(frozen=True)
class Penilai:
    nama: str
    nip: str
    pangkat: str
    jabatan: str
    unit: str


DINKES = f"DINAS KESEHATAN {KABUPATEN.upper()}"
RSUD = f"RSUD SEKAR ARUM {KABUPATEN.upper()}"
PKM_KARANGSARI = "UPTD PUSKESMAS KARANGSARI"
PKM_WATUAGUNG = "UPTD PUSKESMAS RAWAT INAP WATUAGUNG"
LABKESDA = "UPTD LABORATORIUM KESEHATAN DAERAH"

PENILAI: dict[str, Penilai] = {
    "bupati": Penilai(
        "H. Bambang Sukmajaya, S.E., M.M.", "-", "-", f"Bupati {KABUPATEN}", f"Pemerintah {KABUPATEN}"
    ),
    "sekda": Penilai(
        "Dr. Ir. Suharto Wibisono, M.Si.",
        "19690412 199403 1 007",
        "Pembina Utama Madya, IV/d",
        f"Sekretaris Daerah {KABUPATEN}",
        f"Sekretariat Daerah {KABUPATEN}",
    ),
    "kadinkes": Penilai(
        "dr. Hj. Ratna Dewi Anggraini, M.Kes.",
        "19720815 200112 2 004",
        "Pembina Utama Muda, IV/c",
        f"Kepala Dinas Kesehatan {KABUPATEN}",
        DINKES,
    ),
    "sekdin": Penilai(
        "Agus Priyanto, S.KM., M.Kes.",
        "19760203 200003 1 005",
        "Pembina, IV/a",
        "Sekretaris Dinas Kesehatan",
        DINKES,
    ),
    "kabid_yankes": Penilai(
        "drg. Lestari Handayani, M.M.",
        "19780921 200604 2 011",
        "Pembina, IV/a",
        "Kepala Bidang Pelayanan Kesehatan",
        DINKES,
    ),
    "kabid_p2p": Penilai(
        "Hendra Kusuma, S.KM., M.Epid.",
        "19800517 200501 1 009",
        "Penata Tingkat I, III/d",
        "Kepala Bidang Pencegahan dan Pengendalian Penyakit",
        DINKES,
    ),
    "direktur": Penilai(
        "dr. Yusuf Arifin, Sp.PD., M.H.Kes.",
        "19730306 200212 1 003",
        "Pembina Tingkat I, IV/b",
        "Direktur RSUD Sekar Arum",
        RSUD,
    ),
    "kabid_kep": Penilai(
        "Ns. Sri Wahyuni, S.Kep., M.Kep.",
        "19790611 200312 2 006",
        "Pembina, IV/a",
        "Kepala Bidang Keperawatan",
        RSUD,
    ),
    "kasubbag_keu": Penilai(
        "Dwi Cahyono, S.E., M.Ak.",
        "19831127 200902 1 004",
        "Penata Tingkat I, III/d",
        "Kepala Subbagian Keuangan",
        RSUD,
    ),
    "karu_melati": Penilai(
        "Ns. Endang Purwati, S.Kep.",
        "19820409 200604 2 013",
        "Penata Tingkat I, III/d",
        "Perawat Ahli Muda merangkap Kepala Ruang Melati",
        RSUD,
    ),
    "kapus_ks": Penilai(
        "dr. Anton Setiawan",
        "19850722 201101 1 006",
        "Penata Tingkat I, III/d",
        "Kepala UPTD Puskesmas Karangsari",
        PKM_KARANGSARI,
    ),
    "kapus_wa": Penilai(
        "drg. Rini Susanti",
        "19840114 201001 2 008",
        "Penata Tingkat I, III/d",
        "Kepala UPTD Puskesmas Rawat Inap Watuagung",
        PKM_WATUAGUNG,
    ),
    "kalab": Penilai(
        "Tri Handoko, S.Si., M.Biomed.",
        "19810830 200701 1 012",
        "Penata Tingkat I, III/d",
        "Kepala UPTD Laboratorium Kesehatan Daerah",
        LABKESDA,
    ),
    "instalasi_farmasi": Penilai(
        "apt. Novi Kurniasari, S.Farm.",
        "19860225 201101 2 005",
        "Penata, III/c",
        "Kepala Instalasi Farmasi",
        RSUD,
    ),
}

# --- RK atasan (Renstra / SPM) ---
A_KEP = "Meningkatnya mutu pelayanan keperawatan rawat inap sesuai Standar Pelayanan Minimal rumah sakit"
A_IBU = "Meningkatnya cakupan pelayanan kesehatan ibu hamil sesuai standar (SPM Bidang Kesehatan)"
A_BALITA = "Meningkatnya cakupan pelayanan kesehatan balita sesuai standar di wilayah kerja Puskesmas"
A_FARMASI = "Terwujudnya pelayanan kefarmasian yang bermutu dan ketersediaan obat di fasilitas kesehatan"
A_LAB = "Meningkatnya mutu hasil pemeriksaan laboratorium kesehatan daerah"
A_KESLING = "Meningkatnya kualitas kesehatan lingkungan dan sanitasi total berbasis masyarakat"
A_P2P = "Menurunnya angka kesakitan penyakit menular di Kabupaten Lereng Pinus (Renstra Dinkes 2025-2029)"
A_GIZI = "Menurunnya prevalensi stunting pada balita di Kabupaten Lereng Pinus"
A_YANMED = "Meningkatnya mutu pelayanan medik dan penunjang medik RSUD"
A_REKAM = "Tersedianya data rekam medis pasien yang lengkap dan tepat waktu"
A_ADM = "Meningkatnya kualitas tata kelola administrasi umum dan kepegawaian Dinas Kesehatan"
A_KEU = "Meningkatnya akuntabilitas pengelolaan keuangan RSUD"
A_PROMKES = "Meningkatnya perilaku hidup bersih dan sehat masyarakat"

TAMBAHAN = (
    Rk(
        "",
        "Keikutsertaan dalam Tim Gerak Cepat penanggulangan KLB kabupaten terdokumentasi",
        (Iki("kuantitas", "Jumlah laporan penugasan Tim Gerak Cepat", "2 laporan", 2, "laporan"),),
    ),
    Rk(
        "",
        "Sertifikat pelatihan Basic Trauma Cardiac Life Support (BTCLS) yang diperoleh",
        (Iki("kuantitas", "Jumlah sertifikat pelatihan yang diperoleh", "1 sertifikat", 1, "sertifikat"),),
    ),
    Rk(
        "",
        "Materi penyuluhan posyandu remaja yang tersampaikan",
        (Iki("kuantitas", "Jumlah sesi penyuluhan posyandu remaja", "4 sesi", 4, "sesi"),),
    ),
)

BUTIR_KEP = (
    Butir("Melakukan pengkajian keperawatan dasar pada individu", "Dokumen hasil pengkajian", "0,004"),
    Butir("Merumuskan diagnosis keperawatan", "Dokumen diagnosis keperawatan", "0,004"),
    Butir("Melakukan tindakan keperawatan pada pasien rawat inap", "Catatan tindakan keperawatan", "0,01"),
    Butir("Melakukan evaluasi asuhan keperawatan", "Catatan evaluasi keperawatan", "0,004"),
)
BUTIR_BIDAN = (
    Butir("Memberikan asuhan kebidanan pada ibu hamil normal", "Catatan asuhan kebidanan", "0,018"),
    Butir("Melakukan pemeriksaan kehamilan terpadu (ANC)", "Kartu ibu hamil terisi", "0,008"),
    Butir("Memberikan asuhan kebidanan pada bayi baru lahir", "Catatan asuhan bayi baru lahir", "0,012"),
)
BUTIR_DOKTER = (
    Butir("Melakukan pemeriksaan fisik umum pada pasien rawat jalan", "Rekam medis pasien", "0,003"),
    Butir("Melakukan tindakan medik sederhana", "Catatan tindakan medik", "0,007"),
    Butir("Melakukan pelayanan kegawatdaruratan medik", "Laporan pelayanan gawat darurat", "0,04"),
)


def _kep(atasan: str = A_KEP) -> tuple[Rk, ...]:
    return (
        Rk(
            atasan,
            "Asuhan keperawatan pasien rawat inap yang terdokumentasi sesuai standar",
            (
                Iki(
                    "kuantitas",
                    "Jumlah pasien yang diberikan asuhan keperawatan selama dinas shift",
                    "1.200 pasien",
                    1200,
                    "pasien",
                ),
                Iki(
                    "kualitas",
                    "Persentase dokumentasi asuhan keperawatan yang lengkap",
                    "≥ 85 %",
                    85,
                    "%",
                    "ge",
                ),
                Iki("waktu", "Waktu penyelesaian dokumentasi asuhan keperawatan", "12 bulan", 12, "bulan"),
            ),
            (BUTIR_KEP[0], BUTIR_KEP[1]),
        ),
        Rk(
            atasan,
            "Tindakan keperawatan pasien rawat inap yang terlaksana aman",
            (
                Iki(
                    "kuantitas",
                    "Jumlah tindakan keperawatan yang terlaksana",
                    "365 tindakan",
                    365,
                    "tindakan",
                ),
                Iki("kualitas", "Kejadian pasien jatuh di ruang rawat inap", "0 kasus", 0, "kasus", "nol"),
                Iki("kualitas", "Persentase tindakan keperawatan sesuai SPO", "90 %", 90, "%"),
            ),
            (BUTIR_KEP[2], BUTIR_KEP[3]),
        ),
    )


PERAN: dict[str, Peran] = {}


def _tambah(p: Peran) -> None:
    PERAN[p.kunci] = p


_tambah(
    Peran(
        "perawat_ap",
        "jf",
        ("Perawat Ahli Pertama", "Ahli Pertama - Perawat", "PERAWAT AHLI PERTAMA", "Perawat (Ahli Pertama)"),
        "ahli pertama",
        ("III/a", "III/b"),
        RSUD,
        "karu_melati",
        _kep(),
        TAMBAHAN[:2],
        ("Ns. ", ", S.Kep."),
    )
)
_tambah(
    Peran(
        "perawat_am_karu",
        "jf",
        (
            "Perawat Ahli Muda merangkap Kepala Ruang Mawar",
            "Kepala Ruang ICU (Perawat Ahli Muda)",
            "Perawat Ahli Muda / Kepala Ruang Mawar",
        ),
        "ahli muda",
        ("III/c", "III/d"),
        RSUD,
        "kabid_kep",
        (
            Rk(
                A_KEP,
                "Pelayanan keperawatan di ruang rawat inap yang bermutu dan aman bagi pasien",
                (
                    Iki(
                        "kuantitas",
                        "Jumlah laporan mutu pelayanan keperawatan ruangan",
                        "12 laporan",
                        12,
                        "laporan",
                    ),
                    Iki(
                        "kualitas",
                        "Bed Occupancy Rate (BOR) ruang rawat inap",
                        "BOR 60-85%",
                        (60, 85),
                        "%",
                        "rentang",
                    ),
                    Iki("waktu", "Waktu penyampaian laporan mutu ruangan", "≤ 3 hari", 3, "hari", "le"),
                ),
                (
                    Butir(
                        "Melakukan supervisi pelayanan keperawatan di ruang rawat",
                        "Laporan supervisi",
                        "0,025",
                    ),
                ),
            ),
            Rk(
                A_KEP,
                "Tenaga perawat ruangan yang terjadwal sesuai beban kerja",
                (
                    Iki(
                        "kuantitas",
                        "Jumlah jadwal dinas shift perawat ruangan yang tersusun",
                        "12 jadwal",
                        12,
                        "jadwal",
                    ),
                    Iki(
                        "kualitas",
                        "Persentase shift yang terpenuhi sesuai standar ketenagaan",
                        "95 %",
                        95,
                        "%",
                    ),
                ),
                (
                    Butir(
                        "Menyusun rencana kebutuhan tenaga keperawatan di ruang rawat",
                        "Dokumen rencana",
                        "0,03",
                    ),
                ),
            ),
        ),
        TAMBAHAN[1:2],
        ("Ns. ", ", S.Kep., M.Kep."),
    )
)
_tambah(
    Peran(
        "perawat_mahir",
        "jf",
        (
            "Perawat Mahir",
            "Perawat Pelaksana Lanjutan",
            "PERAWAT MAHIR",
            "Perawat Mahir (Pelaksana Lanjutan)",
        ),
        "mahir",
        ("III/a", "III/b"),
        RSUD,
        "karu_melati",
        _kep(),
        TAMBAHAN[:1],
        ("", ", A.Md.Kep."),
    )
)
_tambah(
    Peran(
        "perawat_terampil",
        "jf",
        ("Perawat Terampil", "Perawat Pelaksana", "Perawat Terampil pada Puskesmas"),
        "terampil",
        ("II/c", "II/d"),
        PKM_WATUAGUNG,
        "kapus_wa",
        _kep(A_BALITA),
        (),
        ("", ", A.Md.Kep."),
    )
)
_tambah(
    Peran(
        "perawat_penyelia",
        "jf",
        ("Perawat Penyelia", "PERAWAT PENYELIA"),
        "penyelia",
        ("III/c", "III/d"),
        RSUD,
        "kabid_kep",
        _kep(),
        TAMBAHAN[:1],
        ("", ", A.Md.Kep."),
    )
)
_tambah(
    Peran(
        "bidan",
        "jf",
        ("Bidan Terampil", "Bidan Pelaksana", "BIDAN TERAMPIL", "Bidan Terampil (Bidan Desa Sumbersari)"),
        "terampil",
        ("II/c", "II/d"),
        PKM_KARANGSARI,
        "kapus_ks",
        (
            Rk(
                A_IBU,
                "Ibu hamil di desa binaan yang mendapat pelayanan antenatal sesuai standar",
                (
                    Iki(
                        "kuantitas",
                        "Jumlah ibu hamil yang mendapat pelayanan ANC terpadu",
                        "96 ibu hamil",
                        96,
                        "ibu hamil",
                    ),
                    Iki(
                        "kualitas",
                        "Persentase ibu hamil K6 sesuai standar",
                        "100 % (sesuai SPM)",
                        100,
                        "%",
                        "maks",
                    ),
                    Iki("waktu", "Waktu pelaporan kohort ibu", "12 bulan", 12, "bulan"),
                ),
                (BUTIR_BIDAN[0], BUTIR_BIDAN[1]),
            ),
            Rk(
                A_IBU,
                "Persalinan di fasilitas kesehatan yang ditolong tenaga kesehatan",
                (
                    Iki(
                        "kuantitas",
                        "Jumlah persalinan yang ditolong di fasilitas kesehatan",
                        "80 persalinan",
                        80,
                        "persalinan",
                    ),
                    Iki("kualitas", "Kematian ibu bersalin di desa binaan", "0 kasus", 0, "kasus", "nol"),
                    Iki("kualitas", "Persentase persalinan dengan partograf lengkap", "95 %", 95, "%"),
                ),
                (BUTIR_BIDAN[2],),
            ),
        ),
        TAMBAHAN[2:],
        ("Bd. ", ", A.Md.Keb."),
    )
)
_tambah(
    Peran(
        "bidan_ap",
        "jf",
        ("Bidan Ahli Pertama", "Ahli Pertama - Bidan", "Bidan (Ahli Pertama)"),
        "ahli pertama",
        ("III/a", "III/b"),
        PKM_KARANGSARI,
        "kapus_ks",
        (
            Rk(
                A_IBU,
                "Ibu hamil risiko tinggi yang terdeteksi dan terujuk tepat waktu",
                (
                    Iki(
                        "kuantitas", "Jumlah ibu hamil risiko tinggi yang ditangani", "24 orang", 24, "orang"
                    ),
                    Iki(
                        "kualitas",
                        "Persentase ibu hamil risiko tinggi yang dirujuk sesuai standar",
                        "90 %",
                        90,
                        "%",
                    ),
                    Iki("waktu", "Waktu rujukan ibu hamil risiko tinggi", "≤ 2 jam", 2, "jam", "le"),
                ),
                (
                    Butir(
                        "Melakukan deteksi dini kasus risiko tinggi ibu hamil", "Catatan deteksi dini", "0,02"
                    ),
                    BUTIR_BIDAN[0],
                ),
            ),
        ),
        TAMBAHAN[2:],
        ("Bd. ", ", S.Tr.Keb."),
    )
)
_tambah(
    Peran(
        "dokter_ap",
        "jf",
        ("Dokter Ahli Pertama", "DOKTER AHLI PERTAMA", "Dokter Ahli Pertama pada IGD"),
        "ahli pertama",
        ("III/b",),
        RSUD,
        "direktur",
        (
            Rk(
                A_YANMED,
                "Pasien gawat darurat yang tertangani sesuai standar waktu tanggap",
                (
                    Iki(
                        "kuantitas",
                        "Jumlah pasien gawat darurat yang ditangani",
                        "1.200 pasien",
                        1200,
                        "pasien",
                    ),
                    Iki(
                        "kualitas",
                        "Persentase pasien IGD dengan waktu tanggap ≤ 5 menit",
                        "100 % (sesuai SPM)",
                        100,
                        "%",
                        "maks",
                    ),
                    Iki("waktu", "Waktu tanggap pelayanan dokter di IGD", "5 menit", 5, "menit"),
                ),
                (BUTIR_DOKTER[2], BUTIR_DOKTER[1]),
            ),
            Rk(
                A_YANMED,
                "Rekam medis pasien rawat jalan yang terisi lengkap oleh dokter",
                (
                    Iki("kuantitas", "Jumlah rekam medis pasien yang terisi", "2.400 berkas", 2400, "berkas"),
                    Iki(
                        "kualitas",
                        "Persentase kelengkapan pengisian rekam medis 1 x 24 jam",
                        "≥ 90 %",
                        90,
                        "%",
                        "ge",
                    ),
                ),
                (BUTIR_DOKTER[0],),
            ),
        ),
        TAMBAHAN[1:2],
        ("dr. ", ""),
    )
)
_tambah(
    Peran(
        "dokter_am_kapus",
        "jf",
        (
            "Kepala UPTD Puskesmas Karangsari (Dokter Ahli Muda)",
            "Dokter Ahli Muda diberi tugas tambahan sebagai Kepala Puskesmas Karangsari",
            "Dokter Ahli Muda / Kepala Puskesmas",
        ),
        "ahli muda",
        ("III/c", "III/d"),
        PKM_KARANGSARI,
        "kadinkes",
        (
            Rk(
                A_IBU,
                "Puskesmas Karangsari yang memenuhi SPM bidang kesehatan",
                (
                    Iki(
                        "kuantitas",
                        "Jumlah indikator SPM Puskesmas yang tercapai",
                        "12 indikator",
                        12,
                        "indikator",
                    ),
                    Iki(
                        "kualitas",
                        "Persentase capaian SPM bidang kesehatan Puskesmas",
                        "100 % (sesuai SPM)",
                        100,
                        "%",
                        "maks",
                    ),
                    Iki(
                        "waktu",
                        "Waktu penyampaian laporan Penilaian Kinerja Puskesmas",
                        "1 bulan",
                        1,
                        "bulan",
                    ),
                ),
                (BUTIR_DOKTER[0],),
            ),
            Rk(
                A_BALITA,
                "Pasien rawat jalan Puskesmas yang terlayani oleh dokter",
                (
                    Iki(
                        "kuantitas",
                        "Jumlah pasien rawat jalan yang diperiksa",
                        "3.600 pasien",
                        3600,
                        "pasien",
                    ),
                    Iki("kualitas", "Indeks Kepuasan Masyarakat Puskesmas", "82,5", 82.5, "", "tanpa"),
                ),
                (BUTIR_DOKTER[0], BUTIR_DOKTER[1]),
            ),
        ),
        TAMBAHAN[:1],
        ("dr. ", ", M.Kes."),
    )
)
_tambah(
    Peran(
        "dokter_madya",
        "jf",
        ("Dokter Ahli Madya", "Dokter Spesialis Anak Ahli Madya", "DOKTER AHLI MADYA"),
        "ahli madya",
        ("IV/a", "IV/b"),
        RSUD,
        "direktur",
        (
            Rk(
                A_YANMED,
                "Pasien anak rawat inap yang tertangani sesuai Panduan Praktik Klinis",
                (
                    Iki(
                        "kuantitas",
                        "Jumlah pasien anak rawat inap yang ditangani",
                        "720 pasien",
                        720,
                        "pasien",
                    ),
                    Iki("kualitas", "Persentase kepatuhan terhadap Panduan Praktik Klinis", "90 %", 90, "%"),
                    Iki(
                        "waktu",
                        "Waktu visite dokter spesialis sejak pasien masuk rawat inap",
                        "≤ 24 jam",
                        24,
                        "jam",
                        "le",
                    ),
                ),
                (BUTIR_DOKTER[1], BUTIR_DOKTER[2]),
            ),
        ),
        TAMBAHAN[1:2],
        ("dr. ", ", Sp.A."),
    )
)
_tambah(
    Peran(
        "drg",
        "jf",
        ("Dokter Gigi Ahli Muda", "Dokter Gigi (Ahli Muda)", "DOKTER GIGI AHLI MUDA"),
        "ahli muda",
        ("III/c", "III/d"),
        PKM_WATUAGUNG,
        "kapus_wa",
        (
            Rk(
                A_BALITA,
                "Pasien poli gigi Puskesmas yang terlayani sesuai standar",
                (
                    Iki("kuantitas", "Jumlah pasien poli gigi yang dilayani", "1.440 pasien", 1440, "pasien"),
                    Iki("kualitas", "Persentase pasien puas terhadap pelayanan poli gigi", "85 %", 85, "%"),
                ),
                (
                    Butir("Melakukan penambalan gigi dengan bahan sewarna", "Catatan tindakan", "0,006"),
                    Butir("Melakukan pencabutan gigi permanen", "Catatan tindakan", "0,005"),
                ),
            ),
            Rk(
                A_BALITA,
                "Siswa sekolah dasar yang mendapat pemeriksaan kesehatan gigi dan mulut",
                (
                    Iki(
                        "kuantitas",
                        "Jumlah siswa SD yang diperiksa kesehatan gigi",
                        "600 siswa",
                        600,
                        "siswa",
                    ),
                    Iki("waktu", "Waktu penyampaian laporan UKGS", "6 bulan", 6, "bulan"),
                ),
                (Butir("Melakukan pemeriksaan gigi dan mulut massal", "Laporan pemeriksaan", "0,015"),),
            ),
        ),
        (),
        ("drg. ", ""),
    )
)
_tambah(
    Peran(
        "apoteker",
        "jf",
        ("Apoteker Ahli Pertama", "Apoteker (Ahli Pertama)", "APOTEKER AHLI PERTAMA"),
        "ahli pertama",
        ("III/a", "III/b"),
        RSUD,
        "instalasi_farmasi",
        (
            Rk(
                A_FARMASI,
                "Resep pasien rawat jalan yang terlayani sesuai standar pelayanan kefarmasian",
                (
                    Iki(
                        "kuantitas",
                        "Jumlah resep yang dikaji dan dilayani",
                        "9.600 lembar",
                        9600,
                        "lembar resep",
                    ),
                    Iki(
                        "kualitas",
                        "Persentase resep tanpa kesalahan pemberian obat",
                        "100 %",
                        100,
                        "%",
                        "maks",
                    ),
                    Iki("waktu", "Waktu tunggu pelayanan obat jadi", "≤ 30 menit", 30, "menit", "le"),
                ),
                (
                    Butir("Melakukan pengkajian dan pelayanan resep", "Resep terkaji", "0,001"),
                    Butir("Melakukan pelayanan informasi obat", "Catatan PIO", "0,002"),
                ),
            ),
            Rk(
                A_FARMASI,
                "Laporan pemantauan terapi obat pasien rawat inap yang tersusun",
                (
                    Iki("kuantitas", "Jumlah laporan pemantauan terapi obat", "12 laporan", 12, "laporan"),
                    Iki("waktu", "Waktu penyampaian laporan PTO", "12 bulan", 12, "bulan"),
                ),
                (Butir("Melakukan pemantauan terapi obat", "Laporan PTO", "0,02"),),
            ),
        ),
        (),
        ("apt. ", ", S.Farm."),
    )
)
_tambah(
    Peran(
        "asisten_apoteker",
        "jf",
        ("Asisten Apoteker Mahir", "Asisten Apoteker Pelaksana Lanjutan", "Asisten Apoteker (Mahir)"),
        "mahir",
        ("III/a", "III/b"),
        PKM_WATUAGUNG,
        "kapus_wa",
        (
            Rk(
                A_FARMASI,
                "Obat dan bahan medis habis pakai Puskesmas yang tersedia dan tercatat",
                (
                    Iki(
                        "kuantitas",
                        "Jumlah laporan pemakaian dan lembar permintaan obat (LPLPO)",
                        "12 laporan",
                        12,
                        "laporan",
                    ),
                    Iki("kualitas", "Persentase ketersediaan obat esensial", "≥ 95 %", 95, "%", "ge"),
                    Iki(
                        "waktu",
                        "Waktu penyampaian LPLPO ke Instalasi Farmasi Kabupaten",
                        "12 bulan",
                        12,
                        "bulan",
                    ),
                ),
                (
                    Butir("Melakukan pencatatan dan pelaporan obat", "Laporan LPLPO", "0,008"),
                    Butir("Menyiapkan obat sesuai resep", "Obat siap diserahkan", "0,001"),
                ),
            ),
        ),
        TAMBAHAN[:1],
        ("", ", A.Md.Farm."),
    )
)
_tambah(
    Peran(
        "nutrisionis",
        "jf",
        ("Nutrisionis Ahli Pertama", "NUTRISIONIS AHLI PERTAMA", "Nutrisionis (Ahli Pertama)"),
        "ahli pertama",
        ("III/a", "III/b"),
        PKM_KARANGSARI,
        "kapus_ks",
        (
            Rk(
                A_GIZI,
                "Balita stunting di wilayah kerja Puskesmas yang mendapat intervensi gizi spesifik",
                (
                    Iki(
                        "kuantitas",
                        "Jumlah balita stunting yang mendapat konseling gizi",
                        "150 balita",
                        150,
                        "balita",
                    ),
                    Iki(
                        "kualitas",
                        "Persentase balita gizi kurang yang mendapat PMT pemulihan",
                        "90 %",
                        90,
                        "%",
                    ),
                    Iki("waktu", "Waktu pelaporan e-PPGBM", "12 bulan", 12, "bulan"),
                ),
                (
                    Butir("Melakukan konseling gizi pada individu", "Catatan konseling", "0,006"),
                    Butir("Melakukan pemantauan status gizi", "Laporan pemantauan", "0,02"),
                ),
            ),
        ),
        TAMBAHAN[2:],
        ("", ", S.Gz."),
    )
)
_tambah(
    Peran(
        "sanitarian",
        "jf",
        (
            "Tenaga Sanitasi Lingkungan Ahli Pertama",
            "Sanitarian Ahli Pertama",
            "Sanitarian Pelaksana Lanjutan",
            "TENAGA SANITASI LINGKUNGAN AHLI PERTAMA",
        ),
        "ahli pertama",
        ("III/a", "III/b"),
        PKM_WATUAGUNG,
        "kapus_wa",
        (
            Rk(
                A_KESLING,
                "Tempat pengelolaan pangan yang memenuhi syarat kesehatan lingkungan",
                (
                    Iki("kuantitas", "Jumlah tempat pengelolaan pangan yang diinspeksi", "60 TPP", 60, "TPP"),
                    Iki("kualitas", "Persentase TPP yang memenuhi syarat", "≥ 75 %", 75, "%", "ge"),
                ),
                (
                    Butir(
                        "Melakukan inspeksi kesehatan lingkungan tempat pengelolaan pangan",
                        "Laporan inspeksi",
                        "0,01",
                    ),
                ),
            ),
            Rk(
                A_KESLING,
                "Desa yang melaksanakan Sanitasi Total Berbasis Masyarakat",
                (
                    Iki("kuantitas", "Jumlah desa STBM yang diverifikasi", "8 desa", 8, "desa"),
                    Iki("waktu", "Waktu penyampaian laporan verifikasi STBM", "6 bulan", 6, "bulan"),
                ),
                (Butir("Melakukan pemicuan STBM di masyarakat", "Laporan pemicuan", "0,025"),),
            ),
        ),
        (),
        ("", ", S.KL."),
    )
)
_tambah(
    Peran(
        "pranata_lab",
        "jf",
        (
            "Pranata Laboratorium Kesehatan Ahli Pertama",
            "PLK Ahli Pertama",
            "Pranata Laboratorium Kesehatan (Ahli Pertama)",
        ),
        "ahli pertama",
        ("III/a", "III/b"),
        LABKESDA,
        "kalab",
        (
            Rk(
                A_LAB,
                "Hasil pemeriksaan laboratorium klinik yang akurat dan tepat waktu",
                (
                    Iki(
                        "kuantitas",
                        "Jumlah sampel pemeriksaan hematologi dan kimia klinik",
                        "4.800 sampel",
                        4800,
                        "sampel",
                    ),
                    Iki(
                        "kualitas",
                        "Persentase hasil Pemantapan Mutu Eksternal dengan kategori baik",
                        "100 %",
                        100,
                        "%",
                        "maks",
                    ),
                    Iki("waktu", "Waktu tunggu hasil pemeriksaan laboratorium", "≤ 3 jam", 3, "jam", "le"),
                ),
                (
                    Butir("Melakukan pemeriksaan hematologi rutin", "Hasil pemeriksaan", "0,002"),
                    Butir("Melakukan validasi hasil pemeriksaan", "Hasil tervalidasi", "0,003"),
                ),
            ),
            Rk(
                A_LAB,
                "Sampel air minum yang teruji kualitasnya",
                (
                    Iki("kuantitas", "Jumlah sampel air minum yang diuji", "360 sampel", 360, "sampel"),
                    Iki("waktu", "Waktu penyelesaian uji kualitas air", "7 hari", 7, "hari"),
                ),
                (Butir("Melakukan pemeriksaan mikrobiologi air", "Hasil uji", "0,004"),),
            ),
        ),
        (),
        ("", ", S.Tr.A.K."),
    )
)
_tambah(
    Peran(
        "plk_penyelia",
        "jf",
        ("Pranata Laboratorium Kesehatan Penyelia", "PRANATA LABORATORIUM KESEHATAN PENYELIA"),
        "penyelia",
        ("III/c", "III/d"),
        LABKESDA,
        "kalab",
        (
            Rk(
                A_LAB,
                "Hasil uji laboratorium kesehatan masyarakat yang terverifikasi",
                (
                    Iki(
                        "kuantitas", "Jumlah sampel uji kesehatan masyarakat", "1.800 sampel", 1800, "sampel"
                    ),
                    Iki("kualitas", "Persentase hasil uji yang terverifikasi", "95 %", 95, "%"),
                ),
                (Butir("Melakukan verifikasi hasil pengujian", "Hasil terverifikasi", "0,005"),),
            ),
        ),
        (),
        ("", ", A.Md.A.K."),
    )
)
_tambah(
    Peran(
        "perekam_medis",
        "jf",
        ("Perekam Medis Terampil", "Perekam Medis Pelaksana", "PEREKAM MEDIS TERAMPIL"),
        "terampil",
        ("II/c", "II/d"),
        RSUD,
        "direktur",
        (
            Rk(
                A_REKAM,
                "Berkas rekam medis pasien rawat inap yang terkode sesuai ICD-10",
                (
                    Iki("kuantitas", "Jumlah berkas rekam medis yang dikode", "4.200 berkas", 4200, "berkas"),
                    Iki("kualitas", "Persentase ketepatan kode diagnosis", "95 %", 95, "%"),
                    Iki(
                        "waktu",
                        "Waktu pengembalian berkas rekam medis rawat inap",
                        "2 x 24 jam",
                        2,
                        "hari",
                        "kali",
                    ),
                ),
                (
                    Butir("Melakukan pengkodean diagnosis penyakit", "Berkas terkode", "0,002"),
                    Butir("Melakukan assembling berkas rekam medis", "Berkas tersusun", "0,001"),
                ),
            ),
        ),
        (),
        ("", ", A.Md.RMIK."),
    )
)
_tambah(
    Peran(
        "radiografer",
        "jf",
        ("Radiografer Mahir", "Radiografer (Mahir)", "RADIOGRAFER MAHIR"),
        "mahir",
        ("III/a", "III/b"),
        RSUD,
        "direktur",
        (
            Rk(
                A_YANMED,
                "Hasil pemeriksaan radiologi konvensional yang layak baca",
                (
                    Iki(
                        "kuantitas",
                        "Jumlah pemeriksaan radiografi konvensional",
                        "2.000 pemeriksaan",
                        2000,
                        "pemeriksaan",
                    ),
                    Iki("kualitas", "Persentase pengulangan foto (reject rate)", "≤ 2 %", 2, "%", "le"),
                    Iki("waktu", "Waktu tunggu hasil foto toraks", "3 jam", 3, "jam"),
                ),
                (Butir("Melakukan pemeriksaan radiografi toraks", "Citra radiografi", "0,003"),),
            ),
        ),
        (),
        ("", ", A.Md.Rad."),
    )
)
_tambah(
    Peran(
        "fisioterapis",
        "jf",
        ("Fisioterapis Terampil", "FISIOTERAPIS TERAMPIL", "Fisioterapis (Terampil)"),
        "terampil",
        ("II/c", "II/d"),
        RSUD,
        "direktur",
        (
            Rk(
                A_YANMED,
                "Pasien rehabilitasi medik yang mendapat intervensi fisioterapi sesuai program",
                (
                    Iki("kuantitas", "Jumlah tindakan fisioterapi", "1.500 tindakan", 1500, "tindakan"),
                    Iki(
                        "kualitas",
                        "Persentase pasien dengan peningkatan kemampuan fungsional",
                        "80 %",
                        80,
                        "%",
                    ),
                ),
                (Butir("Melakukan intervensi fisioterapi", "Catatan intervensi", "0,004"),),
            ),
        ),
        (),
        ("", ", A.Md.Ft."),
    )
)
_tambah(
    Peran(
        "epidemiolog",
        "jf",
        (
            "Epidemiolog Kesehatan Ahli Pertama",
            "Epidemiolog Kes. Ahli Pertama",
            "EPIDEMIOLOG KESEHATAN AHLI PERTAMA",
        ),
        "ahli pertama",
        ("III/a", "III/b"),
        DINKES,
        "kabid_p2p",
        (
            Rk(
                A_P2P,
                "Laporan surveilans penyakit potensial KLB yang tersaji tepat waktu",
                (
                    Iki(
                        "kuantitas",
                        "Jumlah laporan mingguan SKDR yang dianalisis",
                        "52 laporan",
                        52,
                        "laporan",
                    ),
                    Iki("kualitas", "Persentase kelengkapan laporan SKDR Puskesmas", "≥ 90 %", 90, "%", "ge"),
                    Iki("waktu", "Waktu respon sinyal kewaspadaan dini", "≤ 1 x 24 jam", 24, "jam", "kali"),
                ),
                (
                    Butir("Melakukan analisis data surveilans", "Laporan analisis", "0,03"),
                    Butir("Melakukan penyelidikan epidemiologi", "Laporan PE", "0,05"),
                ),
            ),
            Rk(
                A_P2P,
                "Kasus DBD yang terverifikasi melalui penyelidikan epidemiologi",
                (
                    Iki("kuantitas", "Jumlah penyelidikan epidemiologi kasus DBD", "40 kasus", 40, "kasus"),
                    Iki("kualitas", "Persentase kasus DBD yang di-PE", "100 %", 100, "%", "maks"),
                ),
                (Butir("Melakukan penyelidikan epidemiologi", "Laporan PE", "0,05"),),
            ),
        ),
        TAMBAHAN[:1],
        ("", ", S.KM."),
    )
)
_tambah(
    Peran(
        "promkes",
        "jf",
        (
            "Penyuluh Kesehatan Masyarakat Ahli Muda",
            "Penyuluh Kesmas Ahli Muda",
            "PENYULUH KESEHATAN MASYARAKAT AHLI MUDA",
        ),
        "ahli muda",
        ("III/c", "III/d"),
        DINKES,
        "kabid_yankes",
        (
            Rk(
                A_PROMKES,
                "Rumah tangga ber-PHBS yang meningkat di desa sasaran",
                (
                    Iki(
                        "kuantitas",
                        "Jumlah desa sasaran yang mendapat penyuluhan PHBS",
                        "20 desa",
                        20,
                        "desa",
                    ),
                    Iki("kualitas", "Persentase rumah tangga ber-PHBS di desa sasaran", "70 %", 70, "%"),
                ),
                (Butir("Melakukan penyuluhan kesehatan kelompok", "Laporan penyuluhan", "0,012"),),
            ),
        ),
        TAMBAHAN[2:],
        ("", ", S.KM., M.Kes."),
    )
)
_tambah(
    Peran(
        "adminkes",
        "jf",
        ("Administrator Kesehatan Ahli Muda", "Adminkes Ahli Muda", "ADMINISTRATOR KESEHATAN AHLI MUDA"),
        "ahli muda",
        ("III/c", "III/d"),
        DINKES,
        "sekdin",
        (
            Rk(
                A_ADM,
                "Dokumen perencanaan program kesehatan yang tersusun tepat waktu",
                (
                    Iki(
                        "kuantitas",
                        "Jumlah dokumen perencanaan (Renja, RKA, DPA) yang tersusun",
                        "3 dokumen",
                        3,
                        "dokumen",
                    ),
                    Iki("waktu", "Waktu penyelesaian Renja Dinas Kesehatan", "5 bulan", 5, "bulan"),
                ),
                (Butir("Menyusun rencana program kesehatan", "Dokumen rencana", "0,1"),),
            ),
            Rk(
                A_ADM,
                "Laporan kinerja instansi Dinas Kesehatan yang akuntabel",
                (
                    Iki("kuantitas", "Jumlah laporan kinerja yang tersusun", "1 laporan", 1, "laporan"),
                    Iki("kualitas", "Nilai evaluasi SAKIP Dinas Kesehatan", "72", 72, "", "tanpa"),
                ),
                (Butir("Menyusun laporan evaluasi program kesehatan", "Laporan evaluasi", "0,075"),),
            ),
        ),
        (),
        ("", ", S.KM., M.M."),
    )
)

# --- JA ---
_tambah(
    Peran(
        "pengadm",
        "ja",
        (
            "Pengadministrasi Perkantoran",
            "PENGADMINISTRASI PERKANTORAN",
            "Pengadministrasi Perkantoran pada Subbagian Umum",
        ),
        "",
        ("II/a", "II/b", "II/c"),
        DINKES,
        "sekdin",
        (
            Rk(
                A_ADM,
                "Surat masuk dan keluar Dinas Kesehatan yang tercatat dan terdistribusi",
                (
                    Iki("kuantitas", "Jumlah surat yang diagendakan", "1.800 surat", 1800, "surat"),
                    Iki(
                        "kualitas", "Persentase surat terdistribusi tanpa kekeliruan alamat", "98 %", 98, "%"
                    ),
                    Iki("waktu", "Waktu distribusi surat masuk", "1 hari", 1, "hari"),
                ),
            ),
            Rk(
                A_ADM,
                "Arsip kepegawaian tenaga kesehatan yang tertata",
                (
                    Iki("kuantitas", "Jumlah berkas kepegawaian yang ditata", "850 berkas", 850, "berkas"),
                    Iki("waktu", "Waktu penyelesaian penataan arsip", "12 bulan", 12, "bulan"),
                ),
            ),
        ),
        TAMBAHAN[:1],
    )
)
_tambah(
    Peran(
        "pengelola_keu",
        "ja",
        ("Pengelola Keuangan", "PENGELOLA KEUANGAN", "Pengelola Keuangan (Bendahara Pengeluaran Pembantu)"),
        "",
        ("III/a", "III/b"),
        RSUD,
        "kasubbag_keu",
        (
            Rk(
                A_KEU,
                "Surat Pertanggungjawaban belanja BLUD yang lengkap dan tepat waktu",
                (
                    Iki("kuantitas", "Jumlah SPJ belanja yang diverifikasi", "480 SPJ", 480, "SPJ"),
                    Iki("kualitas", "Persentase SPJ tanpa koreksi BPK", "95 %", 95, "%"),
                    Iki("waktu", "Waktu penyampaian SPJ fungsional", "≤ 10 hari", 10, "hari", "le"),
                ),
            ),
            Rk(
                A_KEU,
                "Laporan realisasi anggaran BLUD yang tersaji akurat",
                (
                    Iki("kuantitas", "Jumlah laporan realisasi anggaran", "12 laporan", 12, "laporan"),
                    Iki("biaya", "Realisasi belanja operasional unit", "Rp 1.250.000.000", 1250000000, "Rp"),
                ),
            ),
        ),
        TAMBAHAN[1:2],
    )
)
_tambah(
    Peran(
        "pengelola_obat",
        "ja",
        ("Pengelola Obat", "PENGELOLA OBAT", "Pengelola Obat dan Perbekalan Kesehatan"),
        "",
        ("II/c", "II/d", "III/a"),
        DINKES,
        "kabid_yankes",
        (
            Rk(
                A_FARMASI,
                "Obat dan perbekalan kesehatan di Instalasi Farmasi Kabupaten yang tersedia dan tercatat",
                (
                    Iki("kuantitas", "Jumlah laporan stok opname obat", "4 laporan", 4, "laporan"),
                    Iki(
                        "kualitas",
                        "Persentase ketersediaan obat dan vaksin esensial",
                        "≥ 90 %",
                        90,
                        "%",
                        "ge",
                    ),
                    Iki("waktu", "Waktu distribusi obat ke Puskesmas", "≤ 3 hari", 3, "hari", "le"),
                ),
            ),
            Rk(
                A_FARMASI,
                "Obat kedaluwarsa yang terkendali di gudang farmasi",
                (
                    Iki(
                        "kuantitas",
                        "Jumlah berita acara pemusnahan obat",
                        "2 berita acara",
                        2,
                        "berita acara",
                    ),
                    Iki("kualitas", "Obat rusak atau kedaluwarsa di gudang", "0 kasus", 0, "kasus", "nol"),
                ),
            ),
        ),
        (),
    )
)
_tambah(
    Peran(
        "kasubbag_umum",
        "ja",
        ("Kepala Subbagian Umum dan Kepegawaian", "KASUBBAG UMUM DAN KEPEGAWAIAN"),
        "",
        ("III/c", "III/d"),
        DINKES,
        "sekdin",
        (
            Rk(
                A_ADM,
                "Layanan administrasi kepegawaian tenaga kesehatan yang tertib dan tepat waktu",
                (
                    Iki(
                        "kuantitas",
                        "Jumlah usulan kenaikan pangkat dan STR yang diproses",
                        "240 usulan",
                        240,
                        "usulan",
                    ),
                    Iki(
                        "kualitas",
                        "Persentase usulan yang disetujui tanpa pengembalian berkas",
                        "90 %",
                        90,
                        "%",
                    ),
                    Iki("waktu", "Waktu penyampaian usulan ke BKPSDM", "≤ 5 hari", 5, "hari", "le"),
                ),
            ),
            Rk(
                A_ADM,
                "Barang milik daerah Dinas Kesehatan yang tercatat dan terpelihara",
                (
                    Iki("kuantitas", "Jumlah laporan barang milik daerah", "2 laporan", 2, "laporan"),
                    Iki("kualitas", "Persentase aset yang terinventarisasi", "100 %", 100, "%", "maks"),
                ),
            ),
        ),
        TAMBAHAN[:1],
    )
)
_tambah(
    Peran(
        "kasi_yanmed",
        "ja",
        ("Kepala Seksi Pelayanan Medik", "Kasi Pelayanan Medik dan Keperawatan"),
        "",
        ("III/d", "IV/a"),
        RSUD,
        "direktur",
        (
            Rk(
                A_YANMED,
                "Standar pelayanan medik RSUD yang diterapkan di seluruh instalasi",
                (
                    Iki("kuantitas", "Jumlah SPO pelayanan medik yang ditetapkan", "24 SPO", 24, "SPO"),
                    Iki("kualitas", "Persentase instalasi yang patuh SPO", "85 %", 85, "%"),
                    Iki("waktu", "Waktu penetapan SPO", "6 bulan", 6, "bulan"),
                ),
            ),
            Rk(
                A_YANMED,
                "Laporan indikator mutu nasional rumah sakit yang tersaji tepat waktu",
                (
                    Iki("kuantitas", "Jumlah laporan indikator mutu nasional", "12 laporan", 12, "laporan"),
                    Iki("kualitas", "Bed Occupancy Rate (BOR)", "60 - 85 %", (60, 85), "%", "rentang"),
                ),
            ),
        ),
        (),
    )
)
_tambah(
    Peran(
        "ka_tu_labkesda",
        "ja",
        ("Kepala Subbagian Tata Usaha UPTD Labkesda", "KASUBBAG TU LABKESDA"),
        "",
        ("III/c", "III/d"),
        LABKESDA,
        "kalab",
        (
            Rk(
                A_LAB,
                "Pendapatan retribusi pelayanan laboratorium yang tercatat dan tersetor",
                (
                    Iki("kuantitas", "Jumlah laporan penerimaan retribusi", "12 laporan", 12, "laporan"),
                    Iki(
                        "biaya",
                        "Penerimaan retribusi pelayanan laboratorium",
                        "Rp 450.000.000",
                        450000000,
                        "Rp",
                    ),
                    Iki("waktu", "Waktu penyetoran retribusi ke kas daerah", "1 hari", 1, "hari"),
                ),
            ),
        ),
        (),
    )
)

# --- JPT ---
_tambah(
    Peran(
        "kadinkes",
        "jpt",
        (
            f"Kepala Dinas Kesehatan {KABUPATEN}",
            "Kepala Dinas Kesehatan",
            f"Plt. Kepala Dinas Kesehatan {KABUPATEN}",
        ),
        "",
        ("IV/c",),
        DINKES,
        "bupati",
        (
            Rk(
                "",
                "Meningkatnya derajat kesehatan ibu dan anak",
                (
                    Iki("", "Angka Kematian Ibu (AKI)", "≤ 98 per 100.000 KH", 98, "per 100.000 KH", "turun"),
                    Iki(
                        "",
                        "Persentase ibu hamil yang mendapat pelayanan kesehatan sesuai standar",
                        "100 % (sesuai SPM)",
                        100,
                        "%",
                        "maks",
                    ),
                ),
                perspektif="pb",
                manual=(
                    "Kesehatan ibu dan anak membaik sebagai hasil pelayanan antenatal dan persalinan "
                    "yang bermutu",
                    "Jumlah kematian ibu selama kehamilan, persalinan dan nifas per 100.000 kelahiran hidup",
                    "(Jumlah kematian ibu / jumlah kelahiran hidup) x 100.000",
                    "Mengukur keberhasilan pelayanan kesehatan ibu",
                ),
            ),
            Rk(
                "",
                "Meningkatnya kepuasan masyarakat terhadap pelayanan kesehatan",
                (Iki("", "Indeks Kepuasan Masyarakat (IKM) pelayanan kesehatan", "82,5", 82.5, "", "tanpa"),),
                perspektif="pl",
                manual=(
                    "Masyarakat puas terhadap pelayanan Puskesmas dan Dinas Kesehatan",
                    "Nilai survei kepuasan masyarakat menurut Permen PANRB 14/2017",
                    "Rata-rata tertimbang nilai unsur pelayanan x 25",
                    "Mengukur mutu layanan dari sisi penerima layanan",
                ),
            ),
            Rk(
                "",
                "Meningkatnya mutu fasilitas pelayanan kesehatan dasar",
                (Iki("", "Persentase Puskesmas terakreditasi paripurna", "60 %", 60, "%"),),
                perspektif="pi",
                manual=(
                    "Puskesmas memenuhi standar akreditasi tingkat paripurna",
                    "Puskesmas dengan status akreditasi paripurna dari lembaga independen",
                    "(Puskesmas terakreditasi paripurna / seluruh Puskesmas) x 100 %",
                    "Mendorong mutu dan keselamatan pasien di FKTP",
                ),
            ),
            Rk(
                "",
                "Terwujudnya akuntabilitas anggaran kesehatan",
                (Iki("", "Persentase realisasi anggaran Dinas Kesehatan", "≥ 95 %", 95, "%", "ge"),),
                perspektif="ag",
                manual=(
                    "Anggaran Dinas Kesehatan terserap sesuai rencana",
                    "Perbandingan realisasi belanja terhadap pagu anggaran",
                    "(Realisasi belanja / pagu anggaran) x 100 %",
                    "Mengukur efektivitas pengelolaan anggaran",
                ),
            ),
        ),
        (
            Rk(
                "",
                "Keikutsertaan dalam Satgas Percepatan Penurunan Stunting terdokumentasi",
                (Iki("", "Jumlah desa lokus stunting yang didampingi", "12 desa", 12, "desa"),),
            ),
        ),
        ("dr. ", ", M.Kes."),
    )
)
_tambah(
    Peran(
        "direktur",
        "jpt",
        ("Direktur RSUD Sekar Arum", "DIREKTUR RSUD SEKAR ARUM", "Plt. Direktur RSUD Sekar Arum"),
        "",
        ("IV/b",),
        RSUD,
        "sekda",
        (
            Rk(
                "",
                "Meningkatnya mutu pelayanan rumah sakit",
                (
                    Iki("", "Bed Occupancy Rate (BOR)", "BOR 60-85%", (60, 85), "%", "rentang"),
                    Iki("", "Net Death Rate (NDR)", "≤ 25 per 1.000 pasien keluar", 25, "per 1.000", "turun"),
                ),
                perspektif="pb",
                manual=(
                    "Pelayanan rawat inap RSUD efisien dan aman",
                    "Persentase pemakaian tempat tidur pada satu satuan waktu",
                    "(Jumlah hari perawatan / (jumlah TT x hari dalam periode)) x 100 %",
                    "Mengukur efisiensi pemanfaatan tempat tidur",
                ),
            ),
            Rk(
                "",
                "Meningkatnya kepuasan pasien RSUD",
                (Iki("", "Indeks Kepuasan Masyarakat RSUD", "80", 80, "", "tanpa"),),
                perspektif="pl",
                manual=(
                    "Pasien dan keluarga puas terhadap layanan RSUD",
                    "Nilai survei kepuasan masyarakat unit layanan RSUD",
                    "Rata-rata tertimbang nilai unsur pelayanan x 25",
                    "Mengukur mutu layanan dari sisi pasien",
                ),
            ),
            Rk(
                "",
                "Meningkatnya kompetensi sumber daya manusia kesehatan RSUD",
                (Iki("", "Persentase tenaga kesehatan dengan STR dan SIP aktif", "100 %", 100, "%", "maks"),),
                perspektif="pi",
                manual=(
                    "Tenaga kesehatan RSUD memiliki legalitas praktik yang berlaku",
                    "Tenaga kesehatan dengan STR dan SIP yang masih berlaku",
                    "(Nakes ber-STR dan SIP aktif / seluruh nakes) x 100 %",
                    "Menjamin keselamatan pasien dan kepatuhan regulasi",
                ),
            ),
            Rk(
                "",
                "Meningkatnya kemandirian keuangan BLUD RSUD",
                (Iki("", "Persentase cost recovery rate", "≥ 90 %", 90, "%", "ge"),),
                perspektif="ag",
                manual=(
                    "Pendapatan BLUD RSUD menutup biaya operasional",
                    "Perbandingan pendapatan operasional terhadap biaya operasional",
                    "(Pendapatan operasional / biaya operasional) x 100 %",
                    "Mengukur kemandirian keuangan BLUD",
                ),
            ),
        ),
        (),
        ("dr. ", ", Sp.PD., M.H.Kes."),
    )
)

PERSPEKTIF = {
    "pl": (
        "Penerima Layanan",
        "Stakeholder",
        "PERSPEKTIF PENERIMA LAYANAN",
        "Penerima Layanan (Stakeholder)",
    ),
    "pb": ("Proses Bisnis", "PERSPEKTIF PROSES BISNIS", "Proses Bisnis Internal"),
    "pi": ("Penguatan Internal", "PERSPEKTIF PENGUATAN INTERNAL"),
    "ag": ("Anggaran", "PERSPEKTIF ANGGARAN"),
}

NAMA_DEPAN = (
    "Dewi",
    "Siti",
    "Yuliana",
    "Rahmat",
    "Fitri",
    "Agung",
    "Nurul",
    "Wahyu",
    "Indah",
    "Bayu",
    "Retno",
    "Hari",
    "Lina",
    "Eko",
    "Maya",
    "Joko",
    "Anisa",
    "Dimas",
    "Rina",
    "Teguh",
    "Sari",
    "Fajar",
    "Tika",
    "Galih",
    "Ayu",
    "Rudi",
    "Mega",
    "Yoga",
    "Puji",
    "Arif",
)
NAMA_BELAKANG = (
    "Lestari",
    "Aminah",
    "Pratama",
    "Hidayat",
    "Rahayu",
    "Santoso",
    "Kurniawati",
    "Setiawan",
    "Permatasari",
    "Nugroho",
    "Wulandari",
    "Saputra",
    "Handayani",
    "Prasetyo",
    "Susilowati",
    "Firmansyah",
    "Anggraeni",
    "Wicaksono",
    "Puspitasari",
    "Gunawan",
)

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

DATA_PANTAU = (
    ("Register dan laporan bulanan", "SIMRS / register ruangan", "Bulanan"),
    ("Rekapitulasi capaian", "Laporan bulanan Puskesmas (LB)", "Triwulanan"),
    ("Dokumen bukti dukung", "Aplikasi e-Kinerja dan arsip unit", "Setiap akhir bulan oleh Kepala Ruang"),
    ("Hasil audit dokumentasi", "Komite Keperawatan / Tim Mutu", "Triwulanan"),
)

MANUAL_LAIN = {
    "satuan": "Persen",
    "jenis": "Kuantitas",
    "kendali": "Moderate",
    "sumber": "SIMRS, laporan bulanan Puskesmas, aplikasi SIPD",
    "periode": "Triwulanan",
}


@dataclass
class Catatan:
    """Kerangka bebas untuk anotasi (tidak dipakai di luar generator)."""

    isi: list[str] = field(default_factory=list)
