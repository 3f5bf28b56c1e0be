"""Content bank of the held-out set ``nyata_ce``: the fictional Pemerintah Kabupaten Pematang Jingga (ibu kota
Sei Jingga), its Dinas Pekerjaan Umum dan Penataan Ruang, Badan Perencanaan Pembangunan, Riset dan Inovasi
Daerah and Dinas Kesehatan; people, their Rencana Kinerja, and the teams whose Matriks Pembagian Peran dan
Hasil (SPEC §3.6, §4) cascade a koordinator's RK to the members. Written from SPEC only."""

from __future__ import annotations

KAB = "Pematang Jingga"
TEMPAT = "Sei Jingga"
PEMDA = f"PEMERINTAH KABUPATEN {KAB.upper()}"
TAHUN = 2026

AGENCY = {
    "pupr": {
        "nama": "Dinas Pekerjaan Umum dan Penataan Ruang",
        "singkat": "Dinas PUPR",
        "rencana": "SKP",
        "matriks": "Matriks Peran Hasil",
    },
    "bapperida": {
        "nama": "Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah",
        "singkat": "Bapperida",
        "rencana": "RENCANA SKP",
        "matriks": "MATRIKS",
    },
    "dinkes": {
        "nama": "Dinas Kesehatan",
        "singkat": "Dinas Kesehatan",
        "rencana": f"Form SKP {TAHUN}",
        "matriks": "Matriks Pembagian Peran",
    },
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


def _p(key, nama, gd, gb, nip, gol, jabatan, unit, agency, jenis, penilai):
    assert nip is None or (len(nip) == 18 and nip.isdigit()), key
    if nip:
        assert int(nip[8:12]) - int(nip[:4]) >= 19 and 1 <= int(nip[12:14]) <= 12 and nip[14] in "12", key
    PEOPLE[key] = {
        "key": key,
        "nama": nama,
        "gd": gd,
        "gb": gb,
        "nip": nip,
        "gol": gol,
        "jabatan": jabatan,
        "unit": unit,
        "agency": agency,
        "jenis": jenis,
        "penilai": penilai,
    }


PUPR = "Dinas Pekerjaan Umum dan Penataan Ruang"
BAP = "Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah"
KES = "Dinas Kesehatan"

_p(
    "bupati",
    "Arifin Nasution",
    "H.",
    "S.E., M.M.",
    None,
    None,
    f"Bupati {KAB}",
    f"Pemerintah Kabupaten {KAB}",
    None,
    None,
    None,
)
_p(
    "sekda",
    "Bonar Siregar",
    "Drs.",
    "M.Si.",
    "196805121994031008",
    "IV/d",
    f"Sekretaris Daerah Kabupaten {KAB}",
    f"Sekretariat Daerah Kabupaten {KAB}",
    None,
    "jpt",
    "bupati",
)
_p(
    "kadis_pupr",
    "Syahrial Lubis",
    "Ir.",
    "M.T.",
    "197003151996031004",
    "IV/c",
    "Kepala Dinas Pekerjaan Umum dan Penataan Ruang",
    f"{PUPR} Kabupaten {KAB}",
    "pupr",
    "jpt",
    "sekda",
)
_p(
    "kepala_bapperida",
    "Nurhayati Daulay",
    "Dr.",
    "S.E., M.Si.",
    "197206201998032005",
    "IV/c",
    "Kepala Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah",
    f"Bapperida Kabupaten {KAB}",
    "bapperida",
    "jpt",
    "sekda",
)
_p(
    "kadis_kes",
    "Ahmad Fauzi Rangkuti",
    "dr.",
    "M.Kes.",
    "197404092003121003",
    "IV/c",
    "Kepala Dinas Kesehatan",
    f"{KES} Kabupaten {KAB}",
    "dinkes",
    "jpt",
    "sekda",
)
_p(
    "sekretaris_kes",
    "Rosmawati Pane",
    "",
    "S.KM., M.Kes.",
    "197511102000032003",
    "IV/b",
    "Sekretaris Dinas Kesehatan",
    f"Sekretariat {KES} Kabupaten {KAB}",
    "dinkes",
    "ja",
    "kadis_kes",
)
# Dinas PUPR, Bidang Bina Marga
_p(
    "kabid_bm",
    "Hendri Gunawan",
    "",
    "S.T., M.T.",
    "197808172005011006",
    "IV/a",
    "Kepala Bidang Bina Marga",
    f"Bidang Bina Marga {PUPR}",
    "pupr",
    "ja",
    "kadis_pupr",
)
_p(
    "tjj_muda",
    "Fajar Ramadhan Siregar",
    "",
    "S.T.",
    "198512032010011007",
    "III/d",
    "Teknik Jalan dan Jembatan Ahli Muda",
    f"Bidang Bina Marga {PUPR}",
    "pupr",
    "jf",
    "kabid_bm",
)
_p(
    "tjj_pertama",
    "Putri Ayu Lestari",
    "",
    "S.T.",
    "199204182019032012",
    "III/b",
    "Teknik Jalan dan Jembatan Ahli Pertama",
    f"Bidang Bina Marga {PUPR}",
    "pupr",
    "jf",
    "kabid_bm",
)
_p(
    "pengolah_jalan",
    "Rahmat Hidayat",
    "",
    "A.Md.T.",
    "199307222015031002",
    "II/d",
    "Pengolah Data Jalan dan Jembatan",
    f"Bidang Bina Marga {PUPR}",
    "pupr",
    "ja",
    "kabid_bm",
)
_p(
    "pranata_pupr",
    "Rizky Pratama",
    "",
    "S.Kom.",
    "199409092020121004",
    "III/a",
    "Pranata Komputer Ahli Pertama",
    "Subbagian Umum dan Kepegawaian",
    "pupr",
    "jf",
    None,
)
_p(
    "penata_ruang",
    "Taufik Hasibuan",
    "",
    "S.PWK.",
    "199410102020121006",
    "III/a",
    "Penata Ruang Ahli Pertama",
    "Bidang Tata Ruang, Dinas PUPR",
    "pupr",
    "jf",
    None,
)
# Bapperida, Bidang Perencanaan Infrastruktur dan Kewilayahan
PIK = "Bidang Perencanaan Infrastruktur dan Kewilayahan"
_p(
    "kabid_pik",
    "Lestari Wulandari",
    "",
    "S.T., M.Eng.",
    "198001252006042008",
    "IV/b",
    "Kepala Bidang Perencanaan Infrastruktur dan Kewilayahan",
    f"{PIK} Bapperida",
    "bapperida",
    "ja",
    "kepala_bapperida",
)
_p(
    "perencana_muda",
    "Irwansyah Nasution",
    "",
    "S.E., M.Si.",
    "198306112008011004",
    "III/d",
    "Perencana Ahli Muda selaku Subkoordinator Perencanaan Infrastruktur",
    f"{PIK} Bapperida",
    "bapperida",
    "jf",
    "kabid_pik",
)
_p(
    "perencana_pertama",
    "Dewi Sartika Harahap",
    "",
    "S.T.",
    "199511282020122015",
    "III/a",
    "Perencana Ahli Pertama",
    f"{PIK} Bapperida",
    "bapperida",
    "jf",
    "kabid_pik",
)
_p(
    "analis_perencanaan",
    "Yulia Rahmadani",
    "",
    "S.E.",
    "199006152017082004",
    "III/b",
    "Analis Perencanaan",
    f"{PIK} Bapperida",
    "bapperida",
    "ja",
    "kabid_pik",
)
_p(
    "perencana_pertama2",
    "Andi Saputra Lubis",
    "",
    "S.Pd., M.Si.",
    "199102062018011003",
    "III/b",
    "Perencana Ahli Pertama",
    f"{PIK} Bapperida",
    "bapperida",
    "jf",
    "perencana_muda",
)
_p(
    "pengolah_data",
    "Budi Santoso",
    "",
    "",
    "199303032014031001",
    "II/c",
    "Pengolah Data Perencanaan",
    f"{PIK} Bapperida",
    "bapperida",
    "ja",
    "perencana_muda",
)
_p(
    "statistisi",
    "Maya Sari",
    "",
    "S.Stat.",
    "199608082022032010",
    "III/a",
    "Statistisi Ahli Pertama",
    "Bidang Riset dan Inovasi Daerah",
    "bapperida",
    "jf",
    None,
)
# Dinas Kesehatan, Bidang Kesehatan Masyarakat and Subbagian Umum dan Kepegawaian
KESMAS = "Bidang Kesehatan Masyarakat"
_p(
    "kabid_kesmas",
    "Sri Mulyani Batubara",
    "",
    "S.KM., M.K.M.",
    "197903302005012011",
    "IV/a",
    "Kepala Bidang Kesehatan Masyarakat",
    f"{KESMAS} {KES}",
    "dinkes",
    "ja",
    "kadis_kes",
)
_p(
    "epidemiolog",
    "Ratna Juwita",
    "",
    "S.KM., M.Epid.",
    "198409192009022006",
    "III/d",
    "Epidemiolog Kesehatan Ahli Muda",
    f"{KESMAS} {KES}",
    "dinkes",
    "jf",
    "kabid_kesmas",
)
_p(
    "nutrisionis",
    "Siti Aisyah Pulungan",
    "",
    "S.Gz.",
    "199601172022032007",
    "III/a",
    "Nutrisionis Ahli Pertama",
    f"{KESMAS} {KES}",
    "dinkes",
    "jf",
    "kabid_kesmas",
)
_p(
    "sanitarian",
    "Herman Sitompul",
    "",
    "A.Md.KL.",
    "199205052014031003",
    "II/c",
    "Sanitarian Terampil",
    f"{KESMAS} {KES}",
    "dinkes",
    "jf",
    "kabid_kesmas",
)
_p(
    "pengelola_program",
    "Nova Lestari",
    "",
    "S.KM.",
    "199112242019022005",
    "III/a",
    "Pengelola Program dan Kegiatan",
    f"{KESMAS} {KES}",
    "dinkes",
    "ja",
    "kabid_kesmas",
)
_p(
    "nutrisionis_pkm",
    "Fitri Handayani",
    "",
    "A.Md.Gz.",
    "199703132020122009",
    "II/c",
    "Nutrisionis Terampil",
    "UPTD Puskesmas Sei Jingga",
    "dinkes",
    "jf",
    None,
)
UMUM = "Subbagian Umum dan Kepegawaian"
_p(
    "kasubbag_umum",
    "Dedi Kurniawan",
    "",
    "S.Sos.",
    "198207142009011005",
    "III/d",
    "Kepala Subbagian Umum dan Kepegawaian",
    f"{UMUM} {KES}",
    "dinkes",
    "ja",
    "sekretaris_kes",
)
_p(
    "arsiparis",
    "Eka Putra Ginting",
    "",
    "A.Md.",
    "199008302013031004",
    "II/d",
    "Arsiparis Terampil",
    f"{UMUM} {KES}",
    "dinkes",
    "jf",
    "kasubbag_umum",
)
_p(
    "pengadministrasi",
    "Lina Marlina",
    "",
    "",
    "199404112016032008",
    "II/b",
    "Pengadministrasi Perkantoran",
    f"{UMUM} {KES}",
    "dinkes",
    "ja",
    "kasubbag_umum",
)
_p(
    "pranata_kes",
    "Joko Susilo",
    "",
    "S.Kom.",
    "199012012019031006",
    "III/b",
    "Pranata Komputer Ahli Pertama",
    "Subbagian Program dan Keuangan",
    "dinkes",
    "jf",
    None,
)

# ------------------------------------------------------------------------------------------------ JPT plans
# (perspektif, RK, [(IKI, target)]): Model Dasar takes the first three.
JPT_RK: dict[str, list[tuple[str, str, list[tuple[str, str]]]]] = {
    "kadis_pupr": [
        (
            "Penerima Layanan",
            "Meningkatnya kemantapan jalan kabupaten",
            [("Persentase panjang jalan kabupaten dalam kondisi mantap", "72 %")],
        ),
        (
            "Proses Bisnis",
            "Meningkatnya kesesuaian pemanfaatan ruang dengan rencana tata ruang",
            [("Persentase kesesuaian pemanfaatan ruang terhadap RDTR", "80 %")],
        ),
        (
            "Proses Bisnis",
            "Meningkatnya layanan persetujuan bangunan gedung yang tepat waktu",
            [
                ("Persentase PBG yang terbit sesuai standar waktu pelayanan", "90 %"),
                ("Jumlah PBG yang diterbitkan", "350 dokumen"),
            ],
        ),
        (
            "Penguatan Internal",
            "Meningkatnya akuntabilitas kinerja Dinas PUPR",
            [("Nilai SAKIP Dinas PUPR", "72 poin")],
        ),
        (
            "Anggaran",
            "Meningkatnya kualitas pengelolaan anggaran Dinas PUPR",
            [("Persentase realisasi anggaran Dinas PUPR", "95 %")],
        ),
    ],
    "kepala_bapperida": [
        (
            "Penerima Layanan",
            "Meningkatnya kualitas dokumen perencanaan pembangunan daerah",
            [
                ("Persentase program RKPD yang selaras dengan RPJMD", "95 %"),
                ("Nilai evaluasi dokumen RKPD oleh Pemerintah Provinsi", "85 poin"),
            ],
        ),
        (
            "Proses Bisnis",
            "Meningkatnya keselarasan perencanaan infrastruktur wilayah",
            [("Persentase usulan Musrenbang infrastruktur yang terakomodasi dalam RKPD", "60 %")],
        ),
        (
            "Proses Bisnis",
            "Meningkatnya pemanfaatan hasil riset dan inovasi daerah",
            [("Jumlah inovasi daerah yang diterapkan", "12 inovasi")],
        ),
        (
            "Penguatan Internal",
            "Meningkatnya kompetensi aparatur perencana",
            [("Persentase perencana yang mengikuti pengembangan kompetensi", "80 %")],
        ),
        (
            "Anggaran",
            "Meningkatnya akuntabilitas anggaran Bapperida",
            [("Persentase realisasi anggaran Bapperida", "95 %")],
        ),
    ],
    "kadis_kes": [
        (
            "Penerima Layanan",
            "Meningkatnya derajat kesehatan masyarakat",
            [("Persentase balita stunting", "14 %")],
        ),
        (
            "Proses Bisnis",
            "Meningkatnya kewaspadaan dini penyakit menular",
            [("Persentase sinyal SKDR yang direspons kurang dari 24 jam", "90 %")],
        ),
        (
            "Proses Bisnis",
            "Meningkatnya mutu pelayanan kesehatan dasar",
            [
                ("Persentase puskesmas terakreditasi paripurna", "60 %"),
                ("Jumlah puskesmas yang menerapkan rekam medis elektronik", "22 puskesmas"),
            ],
        ),
        (
            "Penguatan Internal",
            "Meningkatnya kualitas tata kelola Dinas Kesehatan",
            [("Nilai SAKIP Dinas Kesehatan", "70 poin")],
        ),
        (
            "Anggaran",
            "Meningkatnya akuntabilitas pengelolaan anggaran kesehatan",
            [("Persentase realisasi anggaran Dinas Kesehatan", "95 %")],
        ),
    ],
    "sekda": [
        (
            "Penerima Layanan",
            "Meningkatnya kualitas pelayanan publik perangkat daerah",
            [("Indeks kepuasan masyarakat atas pelayanan perangkat daerah", "82 poin")],
        ),
        (
            "Proses Bisnis",
            "Meningkatnya efektivitas koordinasi penyelenggaraan pemerintahan daerah",
            [("Persentase rekomendasi rapat koordinasi yang ditindaklanjuti perangkat daerah", "85 %")],
        ),
        (
            "Proses Bisnis",
            "Meningkatnya kualitas produk hukum daerah",
            [("Jumlah rancangan peraturan daerah yang ditetapkan", "8 peraturan daerah")],
        ),
        (
            "Penguatan Internal",
            "Meningkatnya indeks reformasi birokrasi kabupaten",
            [("Indeks reformasi birokrasi Kabupaten Pematang Jingga", "65 poin")],
        ),
        (
            "Anggaran",
            "Meningkatnya kualitas pengelolaan keuangan daerah",
            [("Persentase realisasi APBD", "92 %")],
        ),
    ],
}
# RK of a penilai who sends no SKP in the set
OTHER_RK = {
    "sekretaris_kes": ["Meningkatnya kualitas layanan administrasi umum dan kepegawaian Dinas Kesehatan"]
}


def jpt_text(person: str, i: int) -> str:
    return JPT_RK[person][i][1]


# ------------------------------------------------------------------------------------------------ JA/JF plans
# id → owner, RK text, RK atasan (text), IKI kuantitas (text, T, satuan), kualitas (text, T %), waktu (text,
# T, satuan), cara memantau (data, sumber, waktu pengumpulan), butir kegiatan [(butir, output, AK)] for JF.
RK: dict[str, dict] = {}


def _rk(rid, owner, text, atasan, q=None, k=None, w=None, cara=None, butir=()):
    RK[rid] = {
        "id": rid,
        "owner": owner,
        "text": text,
        "atasan": atasan,
        "q": q,
        "k": k,
        "w": w,
        "cara": cara,
        "butir": list(butir),
    }


_J = jpt_text
# Bidang Bina Marga
_rk(
    "K1",
    "kabid_bm",
    "Meningkatnya panjang jalan kabupaten dalam kondisi mantap",
    _J("kadis_pupr", 0),
    ("Panjang jalan kabupaten yang ditingkatkan dan direhabilitasi", 42, "km"),
    ("Persentase paket pekerjaan jalan yang diterima tanpa catatan cacat mutu", 90),
    ("Waktu penyelesaian paket pekerjaan jalan", 10, "bulan"),
    ("Berita acara serah terima pekerjaan jalan", "Bidang Bina Marga", "Triwulanan"),
)
_rk(
    "K2",
    "kabid_bm",
    "Tersedianya data kondisi jalan dan jembatan kabupaten yang mutakhir",
    _J("kadis_pupr", 0),
    ("Jumlah ruas jalan kabupaten yang disurvei kondisinya", 128, "ruas"),
    ("Persentase data kondisi ruas jalan yang terverifikasi", 95),
    ("Waktu penyampaian laporan kondisi jalan dan jembatan", 3, "bulan"),
    ("Laporan survei kondisi jalan", "Aplikasi basis data jalan", "Semesteran"),
)
_rk(
    "K3",
    "kabid_bm",
    "Meningkatnya jumlah jembatan kabupaten dalam kondisi baik",
    _J("kadis_pupr", 0),
    ("Jumlah jembatan yang direhabilitasi", 8, "jembatan"),
    ("Persentase jembatan hasil rehabilitasi yang laik fungsi", 95),
    ("Waktu penyelesaian rehabilitasi jembatan", 9, "bulan"),
    ("Laporan uji laik fungsi jembatan", "Seksi Jembatan", "Triwulanan"),
)
_rk(
    "A1",
    "tjj_muda",
    "Paket peningkatan jalan wilayah utara yang selesai sesuai kontrak",
    RK["K1"]["text"],
    ("Panjang jalan wilayah utara yang selesai ditingkatkan", 24, "km"),
    ("Persentase hasil uji mutu perkerasan jalan wilayah utara yang memenuhi spesifikasi", 90),
    ("Waktu penyelesaian paket peningkatan jalan wilayah utara", 10, "bulan"),
    ("Laporan kemajuan fisik pekerjaan", "Konsultan pengawas", "Bulanan"),
    [
        ("Melakukan pengawasan pelaksanaan pembangunan jalan", "Laporan pengawasan", "0,450"),
        ("Melakukan evaluasi mutu pekerjaan jalan", "Laporan evaluasi mutu", "0,300"),
    ],
)
_rk(
    "A2",
    "tjj_muda",
    "Jembatan wilayah utara hasil rehabilitasi yang laik fungsi",
    RK["K3"]["text"],
    ("Jumlah jembatan wilayah utara yang direhabilitasi", 5, "jembatan"),
    ("Persentase jembatan wilayah utara yang lulus uji laik fungsi", 95),
    ("Waktu penyelesaian rehabilitasi jembatan wilayah utara", 9, "bulan"),
    ("Berita acara uji laik fungsi", "Seksi Jembatan", "Triwulanan"),
    [("Melakukan pemeriksaan detail jembatan", "Laporan pemeriksaan jembatan", "0,360")],
)
_rk(
    "B1",
    "tjj_pertama",
    "Paket pemeliharaan jalan wilayah selatan yang selesai sesuai kontrak",
    RK["K1"]["text"],
    ("Panjang jalan wilayah selatan yang terpelihara", 18, "km"),
    ("Persentase pekerjaan pemeliharaan jalan wilayah selatan yang memenuhi spesifikasi", 90),
    ("Waktu penyelesaian paket pemeliharaan jalan wilayah selatan", 8, "bulan"),
    ("Laporan harian dan mingguan pekerjaan", "Pengawas lapangan", "Bulanan"),
    [
        ("Menyusun laporan pengawasan pemeliharaan jalan", "Laporan", "0,150"),
        ("Melakukan pengukuran hasil pekerjaan jalan", "Berita acara pengukuran", "0,120"),
    ],
)
_rk(
    "B2",
    "tjj_pertama",
    "Laporan hasil survei kondisi jalan wilayah selatan yang terverifikasi",
    RK["K2"]["text"],
    ("Jumlah ruas jalan wilayah selatan yang disurvei", 60, "ruas"),
    ("Persentase formulir survei kondisi jalan yang lengkap", 95),
    ("Waktu penyampaian laporan survei kondisi jalan wilayah selatan", 2, "bulan"),
    ("Formulir survei kondisi jalan", "Tim survei Bidang Bina Marga", "Semesteran"),
    [("Melakukan survei kondisi jalan", "Laporan survei", "0,080")],
)
_rk(
    "C1",
    "pengolah_jalan",
    "Data hasil survei kondisi ruas jalan yang terinput dalam basis data",
    RK["K2"]["text"],
    ("Jumlah ruas jalan yang datanya terinput", 128, "ruas"),
    ("Persentase data ruas jalan yang terinput tanpa kesalahan", 95),
    ("Waktu penginputan data hasil survei", 20, "hari"),
    ("Rekap data ruas jalan", "Aplikasi basis data jalan", "Bulanan"),
)
_rk(
    "C2",
    "pengolah_jalan",
    "Laporan pengawasan lapangan rehabilitasi jembatan yang lengkap",
    RK["K3"]["text"],
    ("Jumlah laporan pengawasan lapangan rehabilitasi jembatan", 24, "laporan"),
    ("Persentase laporan pengawasan yang dilengkapi dokumentasi foto", 90),
    ("Waktu penyampaian laporan pengawasan lapangan", 5, "hari"),
    ("Laporan pengawasan lapangan", "Seksi Jembatan", "Bulanan"),
)
_rk(
    "X1",
    "pranata_pupr",
    "Aplikasi basis data jalan dan jembatan yang berfungsi tanpa gangguan",
    RK["K2"]["text"],
)
# Bapperida
_rk(
    "P_C1",
    "kabid_pik",
    "Tersusunnya rancangan program infrastruktur RKPD 2027 yang selaras dengan RPJMD",
    _J("kepala_bapperida", 1),
    ("Jumlah rancangan program infrastruktur yang tersusun", 14, "program"),
    ("Persentase rancangan program infrastruktur yang selaras dengan RPJMD", 95),
    ("Waktu penyelesaian rancangan program infrastruktur", 5, "bulan"),
    (
        "Rancangan awal RKPD bidang infrastruktur",
        "Bidang Perencanaan Infrastruktur dan Kewilayahan",
        "Semesteran",
    ),
)
_rk(
    "P_C2",
    "kabid_pik",
    "Meningkatnya usulan Musrenbang infrastruktur yang terverifikasi",
    _J("kepala_bapperida", 1),
    ("Jumlah usulan Musrenbang infrastruktur yang diverifikasi", 420, "usulan"),
    ("Persentase usulan Musrenbang infrastruktur yang diverifikasi sesuai kriteria", 90),
    ("Waktu penyelesaian verifikasi usulan Musrenbang", 2, "bulan"),
    ("Berita acara verifikasi usulan", "Aplikasi SIPD", "Triwulanan"),
)
_rk(
    "P_C3",
    "kabid_pik",
    "Tersedianya data perencanaan wilayah per kecamatan yang mutakhir",
    _J("kepala_bapperida", 0),
    ("Jumlah kecamatan yang profil perencanaannya dimutakhirkan", 15, "kecamatan"),
    ("Persentase data profil kecamatan yang tervalidasi", 90),
    ("Waktu pemutakhiran data perencanaan wilayah", 4, "bulan"),
    (
        "Profil perencanaan kecamatan",
        "Bidang Perencanaan Infrastruktur dan Kewilayahan dan BPS",
        "Semesteran",
    ),
)
_rk(
    "P1",
    "perencana_muda",
    "Rancangan program infrastruktur jalan, air minum dan sanitasi yang terverifikasi",
    RK["P_C1"]["text"],
    ("Jumlah rancangan program infrastruktur jalan, air minum dan sanitasi", 8, "program"),
    ("Persentase rancangan program yang memuat indikator kinerja terukur", 95),
    ("Waktu penyampaian rancangan program kepada Kepala Bidang", 4, "bulan"),
    ("Rancangan program", "Subkoordinator Perencanaan Infrastruktur", "Triwulanan"),
    [
        ("Menyusun rancangan program pembangunan", "Rancangan program", "0,560"),
        ("Melakukan verifikasi rancangan kegiatan", "Laporan verifikasi", "0,240"),
    ],
)
_rk(
    "P2",
    "perencana_muda",
    "Hasil verifikasi usulan Musrenbang infrastruktur wilayah utara yang tepat waktu",
    RK["P_C2"]["text"],
    ("Jumlah usulan Musrenbang wilayah utara yang diverifikasi", 230, "usulan"),
    ("Persentase hasil verifikasi yang disepakati dalam forum perangkat daerah", 85),
    ("Waktu penyelesaian verifikasi usulan wilayah utara", 6, "minggu"),
    ("Berita acara verifikasi", "Aplikasi SIPD", "Triwulanan"),
    [("Melakukan penilaian usulan rencana pembangunan", "Laporan penilaian", "0,320")],
)
_rk(
    "Q1",
    "perencana_pertama",
    "Rancangan program infrastruktur perumahan dan permukiman yang terverifikasi",
    RK["P_C1"]["text"],
    ("Jumlah rancangan program infrastruktur perumahan dan permukiman", 6, "program"),
    ("Persentase rancangan program yang selaras dengan dokumen RP3KP", 90),
    ("Waktu penyampaian rancangan program perumahan dan permukiman", 4, "bulan"),
    ("Rancangan program", "Bidang Perencanaan Infrastruktur dan Kewilayahan", "Triwulanan"),
    [("Menyiapkan bahan rancangan program pembangunan", "Bahan rancangan", "0,180")],
)
_rk(
    "Q2",
    "perencana_pertama",
    "Hasil verifikasi usulan Musrenbang infrastruktur wilayah selatan yang tepat waktu",
    RK["P_C2"]["text"],
    ("Jumlah usulan Musrenbang wilayah selatan yang diverifikasi", 190, "usulan"),
    ("Persentase usulan wilayah selatan yang diverifikasi sesuai kriteria", 90),
    ("Waktu penyelesaian verifikasi usulan wilayah selatan", 6, "minggu"),
    ("Berita acara verifikasi", "Aplikasi SIPD", "Triwulanan"),
    [("Melakukan penilaian usulan rencana pembangunan", "Laporan penilaian", "0,160")],
)
_rk(
    "R1",
    "analis_perencanaan",
    "Daftar usulan Musrenbang infrastruktur per kecamatan yang lengkap",
    RK["P_C2"]["text"],
    ("Jumlah kecamatan yang daftar usulannya terhimpun", 15, "kecamatan"),
    ("Persentase usulan yang dilengkapi data lokasi dan volume", 90),
    ("Waktu penyampaian daftar usulan Musrenbang", 3, "minggu"),
    ("Daftar usulan Musrenbang", "Aplikasi SIPD", "Triwulanan"),
)
_rk(
    "R2",
    "analis_perencanaan",
    "Basis data perencanaan wilayah per kecamatan yang mutakhir",
    RK["P_C3"]["text"],
    ("Jumlah kecamatan yang basis datanya dimutakhirkan", 15, "kecamatan"),
    ("Persentase isian basis data yang sesuai sumber resmi", 90),
    ("Waktu pemutakhiran basis data perencanaan wilayah", 3, "bulan"),
    ("Basis data perencanaan wilayah", "Bidang Perencanaan Infrastruktur dan Kewilayahan", "Semesteran"),
)
_rk("X2", "statistisi", "Data statistik sektoral kewilayahan yang tervalidasi", RK["P_C3"]["text"])
_rk(
    "T1",
    "perencana_pertama2",
    "Rancangan program infrastruktur air minum dan sanitasi yang terverifikasi",
    RK["P1"]["text"],
    ("Jumlah rancangan program air minum dan sanitasi", 4, "program"),
    ("Persentase rancangan program yang selaras dengan RISPAM dan SSK", 90),
    ("Waktu penyampaian rancangan program air minum dan sanitasi", 3, "bulan"),
    ("Rancangan program", "Subkoordinator Perencanaan Infrastruktur", "Triwulanan"),
    [("Menyiapkan bahan rancangan program pembangunan", "Bahan rancangan", "0,180")],
)
_rk(
    "T2",
    "perencana_pertama2",
    "Peta sebaran usulan Musrenbang infrastruktur wilayah utara yang terverifikasi",
    RK["P2"]["text"],
    ("Jumlah peta sebaran usulan per kecamatan wilayah utara", 8, "peta"),
    ("Persentase titik usulan yang terpetakan dengan koordinat", 90),
    ("Waktu penyelesaian peta sebaran usulan", 4, "minggu"),
    ("Peta sebaran usulan", "Sistem informasi geografis Bapperida", "Triwulanan"),
    [("Melakukan analisis spasial rencana pembangunan", "Peta analisis", "0,220")],
)
_rk(
    "U1",
    "pengolah_data",
    "Tabel kebutuhan anggaran program infrastruktur yang terisi lengkap",
    RK["P1"]["text"],
    ("Jumlah tabel kebutuhan anggaran program yang tersusun", 8, "tabel"),
    ("Persentase isian tabel yang sesuai pagu indikatif", 90),
    ("Waktu penyelesaian tabel kebutuhan anggaran", 3, "minggu"),
    ("Tabel kebutuhan anggaran", "Aplikasi SIPD", "Triwulanan"),
)
_rk(
    "U2",
    "pengolah_data",
    "Berita acara verifikasi usulan Musrenbang wilayah utara yang lengkap",
    RK["P2"]["text"],
    ("Jumlah berita acara verifikasi yang tersusun", 8, "berita acara"),
    ("Persentase berita acara yang ditandatangani lengkap", 95),
    ("Waktu penyampaian berita acara verifikasi", 5, "hari"),
    ("Berita acara verifikasi", "Subkoordinator Perencanaan Infrastruktur", "Triwulanan"),
)
_rk("X3", "penata_ruang", "Hasil telaah kesesuaian tata ruang lokasi program infrastruktur", RK["P1"]["text"])
# Dinas Kesehatan, Bidang Kesehatan Masyarakat
_rk(
    "E1",
    "kabid_kesmas",
    "Menurunnya prevalensi balita stunting di desa lokus",
    _J("kadis_kes", 0),
    ("Jumlah desa lokus stunting yang mendapat intervensi gizi spesifik", 25, "desa"),
    ("Persentase balita stunting di desa lokus yang membaik status gizinya", 60),
    ("Waktu penyampaian laporan intervensi stunting setelah akhir triwulan", 10, "hari"),
    ("Laporan intervensi stunting", "Aplikasi e-PPGBM", "Triwulanan"),
)
_rk(
    "E2",
    "kabid_kesmas",
    "Meningkatnya desa yang melaksanakan Sanitasi Total Berbasis Masyarakat",
    _J("kadis_kes", 0),
    ("Jumlah desa yang terverifikasi Stop Buang Air Besar Sembarangan", 30, "desa"),
    ("Persentase desa ODF yang mempertahankan status ODF", 85),
    ("Waktu penyelesaian verifikasi desa ODF", 10, "bulan"),
    ("Berita acara verifikasi ODF", "Aplikasi STBM", "Triwulanan"),
)
_rk(
    "E3",
    "kabid_kesmas",
    "Meningkatnya respons kejadian luar biasa yang tepat waktu",
    _J("kadis_kes", 1),
    ("Jumlah sinyal kewaspadaan dini yang direspons", 40, "sinyal"),
    ("Persentase KLB yang ditanggulangi kurang dari 24 jam", 90),
    ("Waktu respons sinyal kewaspadaan dini", 1, "hari"),
    ("Laporan SKDR mingguan", "Aplikasi SKDR", "Mingguan"),
)
_rk(
    "EP1",
    "epidemiolog",
    "Dokumen analisis faktor risiko stunting per desa lokus",
    RK["E1"]["text"],
    ("Jumlah desa lokus yang dianalisis faktor risikonya", 25, "desa"),
    ("Persentase rekomendasi analisis yang ditindaklanjuti puskesmas", 70),
    ("Waktu penyampaian hasil analisis faktor risiko", 2, "bulan"),
    ("Dokumen analisis faktor risiko", "Bidang Kesehatan Masyarakat", "Semesteran"),
    [("Melakukan analisis faktor risiko masalah kesehatan", "Dokumen analisis", "0,400")],
)
_rk(
    "EP2",
    "epidemiolog",
    "Laporan penyelidikan epidemiologi KLB yang tersampaikan tepat waktu",
    RK["E3"]["text"],
    ("Jumlah laporan penyelidikan epidemiologi KLB", 6, "laporan"),
    ("Persentase laporan penyelidikan yang memuat rekomendasi pengendalian", 95),
    ("Waktu penyampaian laporan penyelidikan epidemiologi", 2, "hari"),
    ("Laporan penyelidikan epidemiologi", "Aplikasi SKDR", "Bulanan"),
    [("Melakukan penyelidikan epidemiologi KLB", "Laporan penyelidikan", "0,250")],
)
_rk(
    "N1",
    "nutrisionis",
    "Balita gizi kurang yang mendapat PMT pemulihan sesuai standar",
    RK["E1"]["text"],
    ("Jumlah balita gizi kurang yang menerima PMT pemulihan", 320, "balita"),
    ("Persentase balita penerima PMT yang naik berat badannya", 80),
    ("Waktu pemberian PMT pemulihan", 90, "hari"),
    ("Register PMT pemulihan", "Puskesmas", "Bulanan"),
    [("Melakukan pemantauan status gizi", "Laporan pemantauan", "0,008")],
)
_rk(
    "N2",
    "nutrisionis",
    "Balita gizi buruk di lokasi KLB yang tertangani sesuai tata laksana",
    RK["E3"]["text"],
    ("Jumlah balita gizi buruk yang ditangani", 12, "balita"),
    ("Persentase balita gizi buruk yang pulih setelah perawatan", 80),
    ("Waktu mulai penanganan balita gizi buruk setelah ditemukan", 1, "hari"),
    ("Laporan tata laksana gizi buruk", "Puskesmas perawatan", "Bulanan"),
    [("Melakukan asuhan gizi pada kasus gizi buruk", "Catatan asuhan gizi", "0,012")],
)
_rk(
    "S1",
    "sanitarian",
    "Desa yang terverifikasi Stop Buang Air Besar Sembarangan",
    RK["E2"]["text"],
    ("Jumlah desa yang diverifikasi ODF", 12, "desa"),
    ("Persentase desa terverifikasi yang memenuhi lima pilar STBM", 60),
    ("Waktu penyelesaian verifikasi desa ODF", 10, "bulan"),
    ("Berita acara verifikasi ODF", "Aplikasi STBM", "Triwulanan"),
    [("Melakukan inspeksi sanitasi", "Laporan inspeksi", "0,010")],
)
_rk(
    "S2",
    "sanitarian",
    "Sampel air dan lingkungan lokasi KLB yang terperiksa",
    RK["E3"]["text"],
    ("Jumlah sampel air dan lingkungan yang diperiksa", 48, "sampel"),
    ("Persentase sampel yang diperiksa sesuai prosedur", 95),
    ("Waktu pengiriman sampel ke laboratorium", 2, "hari"),
    ("Hasil pemeriksaan laboratorium", "Labkesda", "Bulanan"),
    [("Melakukan pengambilan sampel lingkungan", "Berita acara pengambilan sampel", "0,006")],
)
_rk(
    "G1",
    "pengelola_program",
    "Data pemantauan status gizi balita per puskesmas yang lengkap",
    RK["E1"]["text"],
    ("Jumlah puskesmas yang datanya terhimpun", 22, "puskesmas"),
    ("Persentase data status gizi yang terinput dalam e-PPGBM", 95),
    ("Waktu penghimpunan data status gizi bulanan", 10, "hari"),
    ("Rekap e-PPGBM", "Aplikasi e-PPGBM", "Bulanan"),
)
_rk(
    "G2",
    "pengelola_program",
    "Laporan capaian STBM per kecamatan yang tepat waktu",
    RK["E2"]["text"],
    ("Jumlah laporan capaian STBM yang tersusun", 12, "laporan"),
    ("Persentase laporan yang diterima tanpa revisi", 90),
    ("Waktu penyampaian laporan capaian STBM", 5, "hari"),
    ("Laporan capaian STBM", "Aplikasi STBM", "Bulanan"),
)
_rk(
    "X4",
    "nutrisionis_pkm",
    "Balita stunting di wilayah Puskesmas Sei Jingga yang terpantau bulanan",
    RK["E1"]["text"],
)
# Dinas Kesehatan, Subbagian Umum dan Kepegawaian
_rk(
    "H1",
    "kasubbag_umum",
    "Arsip Dinas Kesehatan yang tertata sesuai klasifikasi arsip",
    OTHER_RK["sekretaris_kes"][0],
    ("Jumlah berkas arsip yang ditata", 1200, "berkas"),
    ("Persentase arsip aktif yang dapat ditemukan kembali dalam pencarian", 95),
    ("Waktu penataan arsip aktif tahun berjalan", 11, "bulan"),
    ("Daftar arsip aktif", "Subbagian Umum dan Kepegawaian", "Semesteran"),
)
_rk(
    "H2",
    "kasubbag_umum",
    "Data kepegawaian Dinas Kesehatan yang mutakhir",
    OTHER_RK["sekretaris_kes"][0],
    ("Jumlah data pegawai yang dimutakhirkan", 640, "data pegawai"),
    ("Persentase data pegawai yang sesuai dengan SIASN", 95),
    ("Waktu pemutakhiran data kepegawaian", 3, "bulan"),
    ("Data SIMPEG", "SIMPEG dan SIASN", "Triwulanan"),
)
_rk(
    "AR1",
    "arsiparis",
    "Arsip aktif yang terdaftar dan tertata sesuai klasifikasi",
    RK["H1"]["text"],
    ("Jumlah berkas arsip aktif yang didaftar", 900, "berkas"),
    ("Persentase daftar arsip aktif yang sesuai fisik arsip", 95),
    ("Waktu penataan arsip aktif", 11, "bulan"),
    ("Daftar arsip aktif", "Aplikasi SRIKANDI", "Triwulanan"),
    [
        ("Melakukan pemberkasan arsip aktif", "Daftar berkas", "0,003"),
        ("Melakukan penataan arsip aktif", "Daftar isi berkas", "0,004"),
    ],
)
_rk(
    "AR2",
    "arsiparis",
    "Berkas arsip kepegawaian yang lengkap dan tertata",
    RK["H2"]["text"],
    ("Jumlah berkas arsip kepegawaian yang ditata", 640, "berkas"),
    ("Persentase berkas kepegawaian yang lengkap", 90),
    ("Waktu penataan berkas kepegawaian", 6, "bulan"),
    ("Daftar arsip kepegawaian", "Subbagian Umum dan Kepegawaian", "Semesteran"),
    [("Melakukan pemberkasan arsip kepegawaian", "Daftar berkas", "0,003")],
)
_rk(
    "AD1",
    "pengadministrasi",
    "Surat masuk dan keluar yang teregistrasi dalam aplikasi persuratan",
    RK["H1"]["text"],
    ("Jumlah surat masuk dan keluar yang diregistrasi", 2400, "surat"),
    ("Persentase surat yang teregistrasi tanpa kesalahan", 95),
    ("Waktu registrasi surat masuk", 1, "hari"),
    ("Buku agenda elektronik", "Aplikasi SRIKANDI", "Bulanan"),
)
_rk(
    "AD2",
    "pengadministrasi",
    "Berkas usulan layanan kepegawaian yang lengkap",
    RK["H2"]["text"],
    ("Jumlah berkas usulan layanan kepegawaian yang diproses", 180, "berkas"),
    ("Persentase berkas usulan yang diterima BKPSDM tanpa dikembalikan", 90),
    ("Waktu penyampaian berkas usulan ke BKPSDM", 5, "hari"),
    ("Register usulan layanan", "Subbagian Umum dan Kepegawaian", "Bulanan"),
)
_rk("X5", "pranata_kes", "Data SIMPEG pegawai Dinas Kesehatan yang tervalidasi", RK["H2"]["text"])

# ------------------------------------------------------------------------------------------------ teams
# The Matriks Pembagian Peran dan Hasil of each koordinator: columns = the koordinator's RK (with jenis
# penyelarasan and the approach of SPEC §4), rows = members with the RK id of their part in each column (None:
# no part) and a keterangan. ``lain``: a member from another unit (only in the matrix, no SKP in the set).
TEAMS: dict[str, dict] = {
    "A": {
        "koord": "kabid_bm",
        "unit": "BIDANG BINA MARGA DINAS PEKERJAAN UMUM DAN PENATAAN RUANG",
        "columns": [
            ("K1", "direct", "Pembagian wilayah"),
            ("K2", "nondirect", "Pendekatan output antara"),
            ("K3", "direct", "Pembagian beban target"),
        ],
        "members": [
            ("tjj_muda", ["A1", None, "A2"], "Wilayah utara"),
            ("tjj_pertama", ["B1", "B2", None], "Wilayah selatan"),
            ("pengolah_jalan", [None, "C1", "C2"], "Dukungan data dan pengawasan lapangan"),
            ("pranata_pupr", [None, "X1", None], "Anggota dari Sekretariat Dinas PUPR"),
        ],
    },
    "C": {
        "koord": "kabid_pik",
        "unit": "BIDANG PERENCANAAN INFRASTRUKTUR DAN KEWILAYAHAN BAPPERIDA",
        "columns": [
            ("P_C1", "direct", "Pembagian aspek"),
            ("P_C2", "direct", "Pembagian wilayah"),
            ("P_C3", "nondirect", "Pendekatan layanan"),
        ],
        "members": [
            ("perencana_muda", ["P1", "P2", None], "Jalan, air minum dan sanitasi; wilayah utara"),
            ("perencana_pertama", ["Q1", "Q2", None], "Perumahan dan permukiman; wilayah selatan"),
            ("analis_perencanaan", [None, "R1", "R2"], "Dukungan data"),
            ("statistisi", [None, None, "X2"], "Anggota dari Bidang Riset dan Inovasi Daerah"),
        ],
    },
    "D": {
        "koord": "perencana_muda",
        "unit": "SUBKOORDINATOR PERENCANAAN INFRASTRUKTUR BAPPERIDA",
        "columns": [("P1", "direct", "Pembagian aspek"), ("P2", "nondirect", "Pendekatan output antara")],
        "members": [
            ("perencana_pertama2", ["T1", "T2"], "Air minum dan sanitasi"),
            ("pengolah_data", ["U1", "U2"], "Dukungan administrasi dan data"),
            ("penata_ruang", ["X3", None], "Anggota dari Dinas PUPR"),
        ],
    },
    "E": {
        "koord": "kabid_kesmas",
        "unit": "BIDANG KESEHATAN MASYARAKAT DINAS KESEHATAN",
        "columns": [
            ("E1", "direct", "Pembagian beban target"),
            ("E2", "direct", "Pembagian wilayah"),
            ("E3", "nondirect", "Pendekatan layanan"),
        ],
        "members": [
            ("epidemiolog", ["EP1", None, "EP2"], "Surveilans"),
            ("nutrisionis", ["N1", None, "N2"], "Gizi masyarakat"),
            ("sanitarian", [None, "S1", "S2"], "Kesehatan lingkungan"),
            ("pengelola_program", ["G1", "G2", None], "Data dan pelaporan"),
            ("nutrisionis_pkm", ["X4", None, None], "Anggota dari UPTD Puskesmas Sei Jingga"),
        ],
    },
    "F": {
        "koord": "kasubbag_umum",
        "unit": "SUBBAGIAN UMUM DAN KEPEGAWAIAN DINAS KESEHATAN",
        "columns": [("H1", "direct", "Pembagian aspek"), ("H2", "nondirect", "Pendekatan layanan")],
        "members": [
            ("arsiparis", ["AR1", "AR2"], "Kearsipan"),
            ("pengadministrasi", ["AD1", "AD2"], "Persuratan dan layanan kepegawaian"),
            ("pranata_kes", [None, "X5"], "Anggota dari Subbagian Program dan Keuangan"),
        ],
    },
}


def team_of_member(person: str) -> str:
    for key, t in TEAMS.items():
        if any(m[0] == person for m in t["members"]):
            return key
    raise KeyError(person)


def own_rks(person: str, team: str | None = None) -> list[str]:
    """The RK ids of a JA/JF person in the order of the matrix columns (koordinator: the columns)."""
    for key, t in TEAMS.items():
        if t["koord"] == person and (team is None or team == key):
            return [c[0] for c in t["columns"]]
    t = TEAMS[team or team_of_member(person)]
    row = next(m for m in t["members"] if m[0] == person)
    return [r for r in row[1] if r]


def manual(rk: str, iki: str, target: str) -> dict[str, str]:
    """Content of one Manual Indikator Kinerja block (SPEC §3.5)."""
    satuan = target.split(" ", 1)[1] if " " in target else "-"
    persen = iki.lower().startswith("persentase")
    return {
        "rencana": rk,
        "deskripsi": f"Sasaran ini menggambarkan kondisi yang ingin dicapai: {rk[0].lower()}{rk[1:]}.",
        "iki": iki,
        "definisi": f"{iki} adalah ukuran keberhasilan sasaran pada akhir tahun {TAHUN}.",
        "formula": (
            "(Realisasi capaian / jumlah sasaran yang direncanakan) x 100 %"
            if persen
            else f"{iki} pada akhir periode pelaporan"
        ),
        "tujuan": f"Mengukur keberhasilan sasaran: {rk[0].lower()}{rk[1:]}.",
        "satuan": satuan,
        "aspek": "Kualitas" if persen else "Kuantitas",
        "kendali": "Sedang",
        "sumber": "Laporan kinerja perangkat daerah",
        "periode": "Triwulanan",
    }
