"""Fictional front-line services of the (fictional) Kota Tirta Kencana in January: Kecamatan and Kelurahan,
Satpol PP, BPBD, Dinas Pemadam Kebakaran, Dinas Perhubungan, Disdukcapil and the Mal Pelayanan Publik.

Every name, NIP, RK, IKI and target here was written for this set from SPEC §2–§5 alone. An IKI is
``(aspek, iki, target, angka)``: ``angka`` is ``(number, satuan, lower_is_better)`` when the target is a plain
number that a Model Pengembangan kategori or a Penilaian can be built on, else ``None``.
"""

from __future__ import annotations

KOTA = "KOTA TIRTA KENCANA"
PEMKOT = "PEMERINTAH KOTA TIRTA KENCANA"

WALI_KOTA = {
    "nama": "H. BAMBANG SURYONO, S.E., M.M.",
    "nip": "-",
    "pangkat": "-",
    "jabatan": "Wali Kota Tirta Kencana",
    "unit": "Pemerintah Kota Tirta Kencana",
}
SEKDA = {
    "nama": "Dr. Ir. HENDRA KUSUMAWARDANA, M.T.",
    "nip": "19700412 199503 1 002",
    "pangkat": "Pembina Utama Madya, IV/d",
    "jabatan": "Sekretaris Daerah Kota Tirta Kencana",
    "unit": "Sekretariat Daerah Kota Tirta Kencana",
}

# People who send or rate: (nama with gelar, birth yyyymmdd, tmt yyyymm, gender).
ORANG = [
    ("Drs. AGUS SETIAWAN, M.Si.", "19730515", "199803", "1"),
    ("RINI ANGGRAENI, S.STP., M.Si.", "19850722", "200709", "2"),
    ("YUSUF MAULANA, S.STP.", "19880301", "201009", "1"),
    ("Hj. SITI NURHALIZA, S.Sos.", "19790910", "200501", "2"),
    ("DEDI KURNIAWAN, S.H.", "19840118", "201001", "1"),
    ("ANDI PRATAMA", "19920607", "201403", "1"),
    ("SRI WAHYUNI, A.Md.", "19900224", "201503", "2"),
    ("BAGUS HARIYANTO", "19950811", "201903", "1"),
    ("EKO SAPUTRO, S.T.", "19871105", "201101", "1"),
    ("NOVI RAHMAWATI, S.Kom.", "19930419", "201902", "2"),
    ("MUHAMMAD RIZKI FADILLAH, S.IP.", "19940930", "201903", "1"),
    ("FAJAR NUGROHO", "19960114", "202002", "1"),
    ("LESTARI HANDAYANI, S.E.", "19861228", "201203", "2"),
    ("IWAN SETIABUDI, S.T., M.T.", "19780306", "200412", "1"),
    ("Ir. TEGUH PRASETYO, M.M.", "19690720", "199603", "1"),
    ("Dra. ENDANG SUSILOWATI, M.AP.", "19711002", "199701", "2"),
    ("ARIF RAHMAN HAKIM, S.STP., M.AP.", "19820517", "200410", "1"),
    ("DWI ASTUTI, S.Pd.", "19890803", "201403", "2"),
    ("HERU SANTOSO", "19830412", "200901", "1"),
    ("RATNA DEWI PURNAMASARI, S.Psi.", "19910626", "201503", "2"),
    ("SUPRIYADI", "19810909", "200601", "1"),
    ("WAHYU HIDAYAT, S.Kom., M.Kom.", "19850101", "201001", "1"),
    ("YULIANA KARTIKA, S.H., M.H.", "19870715", "201203", "2"),
    ("SLAMET RIYADI", "19800229", "200501", "1"),
    ("Dr. RAHMAT HIDAYATULLOH, S.STP., M.Si.", "19760818", "199911", "1"),
    ("ANISA FEBRIANTI, S.T.", "19940207", "201903", "2"),
    ("GILANG RAMADHAN", "19970123", "202003", "1"),
    ("TAUFIK ISMAIL, S.Sos.", "19821120", "200703", "1"),
    ("PUTRI MAHARANI, A.Md.Kom.", "19950505", "202003", "2"),
    ("BUDI HARTONO, S.T.", "19790616", "200502", "1"),
]

# Pangkat by golongan.
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
}

# Pangkat as people write it (golongan -> variants), all valid per SPEC §5.
PANGKAT_TULIS = {
    "II/b": ["Pengatur Muda Tk.I, II/b", "PENGATUR MUDA TK. I / II b"],
    "II/c": ["PENGATUR/IIc", "Pengatur (II/c)"],
    "II/d": ["Pengatur Tk.I, II/d", "PENGATUR TINGKAT I/IId"],
    "III/a": ["PENATA MUDA/IIIa", "Penata Muda, III/a"],
    "III/b": ["Penata Muda Tk.I, III/b", "PENATA MUDA TK.I/IIIb"],
    "III/c": ["PENATA/IIIc", "Penata, III c"],
    "III/d": ["Penata Tk.I, III/d", "PENATA TINGKAT I / III d"],
    "IV/a": ["PEMBINA/IVa", "Pembina, IV a"],
    "IV/b": ["Pembina Tk.I, IV b", "PEMBINA TK.I/IVb"],
    "IV/c": ["Pembina Utama Muda, IV/c", "PEMBINA UTAMA MUDA/IVc"],
    "IV/d": ["Pembina Utama Madya, IV/d", "PEMBINA UTAMA MADYA/IVd"],
}

_T = "≤"


def _k(n: float, sat: str, lower: bool = False) -> tuple[float, str, bool]:
    return (n, sat, lower)


# Roles. Each: family, instansi (agency line), unit kerja, jabatan (plain, and written-with-role variants),
# golongan choices, penilai key, RK atasan (one per utama RK), utama RKs [(rk, [iki…])], tambahan
# [(rk, [iki…])], butir kegiatan per utama RK (JF), and for JPT the perspektif of each RK.
PERAN: dict[str, dict] = {}

PERAN["camat"] = dict(
    family="ja",
    instansi="KECAMATAN SUMBERJAYA",
    unit="Kecamatan Sumberjaya",
    jabatan="Camat Sumberjaya",
    jabatan_varian=["CAMAT SUMBERJAYA", "Plt. Camat Sumberjaya"],
    gol=["III/d", "IV/a"],
    penilai="sekda",
    atasan=[
        "Meningkatnya kualitas pelayanan publik di tingkat kecamatan",
        "Meningkatnya ketenteraman dan ketertiban umum masyarakat kota",
        "Tersusunnya perencanaan pembangunan partisipatif kewilayahan",
    ],
    utama=[
        (
            "Pelayanan administrasi terpadu kecamatan (PATEN) yang memenuhi standar pelayanan",
            [
                (
                    "Kuantitas",
                    "Jumlah permohonan layanan PATEN yang diselesaikan",
                    "4.800 berkas",
                    _k(4800, "berkas"),
                ),
                ("Kualitas", "Indeks kepuasan masyarakat terhadap layanan PATEN", "82,5", None),
                ("Waktu", "Waktu penyelesaian layanan PATEN", f"{_T} 3 hari kerja", None),
            ],
        ),
        (
            "Ketenteraman dan ketertiban umum wilayah Kecamatan Sumberjaya terjaga",
            [
                (
                    "Kuantitas",
                    "Jumlah laporan gangguan trantib yang tertangani",
                    "120 laporan",
                    _k(120, "laporan"),
                ),
                (
                    "Kualitas",
                    "Persentase laporan gangguan trantib yang ditindaklanjuti",
                    "100 % laporan kejadian ditindaklanjuti 1 x 24 jam",
                    None,
                ),
            ],
        ),
        (
            "Dokumen hasil Musrenbang Kecamatan tahun 2027 tersusun dan disampaikan ke Bappeda",
            [
                ("Kuantitas", "Jumlah dokumen hasil Musrenbang Kecamatan", "1 dokumen", _k(1, "dokumen")),
                ("Waktu", "Waktu penyampaian dokumen ke Bappeda", "Maret 2026", None),
            ],
        ),
    ],
    tambahan=[
        (
            "Keikutsertaan dalam Satgas Penanganan Banjir Kota terdokumentasi",
            [("Kuantitas", "Jumlah laporan kegiatan satgas", "4 laporan", _k(4, "laporan"))],
        )
    ],
)

PERAN["sekcam"] = dict(
    family="ja",
    instansi="KECAMATAN SUMBERJAYA",
    unit="Sekretariat Kecamatan Sumberjaya",
    jabatan="Sekretaris Kecamatan Sumberjaya",
    jabatan_varian=["SEKRETARIS CAMAT SUMBERJAYA", "Sekcam Sumberjaya"],
    gol=["III/c", "III/d"],
    penilai="camat",
    atasan=[
        "Pelayanan administrasi terpadu kecamatan (PATEN) yang memenuhi standar pelayanan",
        "Dokumen hasil Musrenbang Kecamatan tahun 2027 tersusun dan disampaikan ke Bappeda",
    ],
    utama=[
        (
            "Laporan kinerja dan keuangan Kecamatan yang tersusun tepat waktu",
            [
                (
                    "Kuantitas",
                    "Jumlah laporan kinerja dan keuangan yang tersusun",
                    "14 laporan",
                    _k(14, "laporan"),
                ),
                ("Kualitas", "Persentase laporan yang diterima tanpa revisi", "90 %", _k(90, "%")),
                ("Waktu", "Waktu penyampaian laporan keuangan bulanan", "tanggal 10 bulan berikutnya", None),
            ],
        ),
        (
            "Standar pelayanan PATEN yang diperbarui dan dipublikasikan",
            [
                (
                    "Kuantitas",
                    "Jumlah standar pelayanan yang diperbarui",
                    "12 standar pelayanan",
                    _k(12, "standar pelayanan"),
                ),
                (
                    "Kualitas",
                    "Persentase standar pelayanan yang dipublikasikan di papan informasi",
                    "100 %",
                    None,
                ),
            ],
        ),
    ],
    tambahan=[
        (
            "Piket siaga Posko Natal dan Tahun Baru di kantor kecamatan terlaksana",
            [("Kuantitas", "Jumlah piket siaga yang dilaksanakan", "6 kali", _k(6, "kali"))],
        )
    ],
)

PERAN["lurah"] = dict(
    family="ja",
    instansi="KELURAHAN MARGASARI KECAMATAN SUMBERJAYA",
    unit="Kelurahan Margasari",
    jabatan="Lurah Margasari",
    jabatan_varian=["LURAH MARGASARI", "Lurah Margasari Kecamatan Sumberjaya"],
    gol=["III/c", "III/d"],
    penilai="camat",
    atasan=[
        "Pelayanan administrasi terpadu kecamatan (PATEN) yang memenuhi standar pelayanan",
        "Ketenteraman dan ketertiban umum wilayah Kecamatan Sumberjaya terjaga",
    ],
    utama=[
        (
            "Surat pengantar dan keterangan kelurahan yang terbit sesuai standar pelayanan",
            [
                (
                    "Kuantitas",
                    "Jumlah surat pengantar dan keterangan yang diterbitkan",
                    "2.400 surat",
                    _k(2400, "surat"),
                ),
                ("Kualitas", "Jumlah keluhan masyarakat atas layanan kelurahan", "0 keluhan", None),
                ("Waktu", "Waktu penerbitan surat keterangan", "≤ 15 menit", None),
            ],
        ),
        (
            "Wilayah Kelurahan Margasari yang tertib dan aman dari gangguan",
            [
                ("Kuantitas", "Jumlah patroli bersama Linmas dan Babinsa", "12 kali patroli/bulan", None),
                ("Kualitas", "Persentase RW yang memiliki pos kamling aktif", "85 %", _k(85, "%")),
            ],
        ),
    ],
    tambahan=[
        (
            "Keikutsertaan dalam Satgas Penurunan Stunting Kelurahan terdokumentasi",
            [("Kuantitas", "Jumlah rapat satgas yang dihadiri", "12 kali", _k(12, "kali"))],
        )
    ],
)

PERAN["kasi_trantib"] = dict(
    family="ja",
    instansi="KECAMATAN SUMBERJAYA",
    unit="Seksi Ketenteraman dan Ketertiban Umum",
    jabatan="Kepala Seksi Ketenteraman dan Ketertiban Umum",
    jabatan_varian=["KASI TRANTIB KECAMATAN SUMBERJAYA", "Kepala Seksi Trantibum"],
    gol=["III/c", "III/d"],
    penilai="camat",
    atasan=[
        "Ketenteraman dan ketertiban umum wilayah Kecamatan Sumberjaya terjaga",
        "Ketenteraman dan ketertiban umum wilayah Kecamatan Sumberjaya terjaga",
    ],
    utama=[
        (
            "Pelanggaran ketertiban umum di wilayah kecamatan yang tertangani",
            [
                ("Kuantitas", "Jumlah patroli wilayah kecamatan", "144 kali", _k(144, "kali")),
                ("Kualitas", "Persentase pelanggaran ketertiban yang ditindaklanjuti", "95 %", _k(95, "%")),
                ("Waktu", "Waktu tanggap atas pengaduan gangguan trantib", "≤ 15 menit", None),
            ],
        ),
        (
            "Laporan situasi keamanan wilayah yang tersampaikan kepada Camat",
            [
                ("Kuantitas", "Jumlah laporan situasi keamanan wilayah", "52 laporan", _k(52, "laporan")),
                ("Waktu", "Waktu penyampaian laporan situasi", "1 x 24 jam", None),
            ],
        ),
    ],
    tambahan=[
        (
            "Piket malam pengamanan kantor kecamatan terlaksana",
            [("Kuantitas", "Jumlah piket malam yang dilaksanakan", "24 kali", _k(24, "kali"))],
        )
    ],
)

PERAN["kasi_pem"] = dict(
    family="ja",
    instansi="KECAMATAN SUMBERJAYA",
    unit="Seksi Pemerintahan",
    jabatan="Kepala Seksi Pemerintahan",
    jabatan_varian=["KASI PEMERINTAHAN", "Kepala Seksi Tata Pemerintahan"],
    gol=["III/c", "III/d"],
    penilai="camat",
    atasan=[
        "Pelayanan administrasi terpadu kecamatan (PATEN) yang memenuhi standar pelayanan",
        "Dokumen hasil Musrenbang Kecamatan tahun 2027 tersusun dan disampaikan ke Bappeda",
    ],
    utama=[
        (
            "Data profil kelurahan se-Kecamatan Sumberjaya yang mutakhir",
            [
                ("Kuantitas", "Jumlah profil kelurahan yang dimutakhirkan", "7 profil", _k(7, "profil")),
                (
                    "Kualitas",
                    "Persentase data profil yang sesuai hasil verifikasi lapangan",
                    "90 %",
                    _k(90, "%"),
                ),
            ],
        ),
        (
            "Rekomendasi administrasi pertanahan kecamatan yang diterbitkan tepat waktu",
            [
                (
                    "Kuantitas",
                    "Jumlah rekomendasi pertanahan yang diterbitkan",
                    "180 rekomendasi",
                    _k(180, "rekomendasi"),
                ),
                ("Waktu", "Waktu penerbitan rekomendasi", "5 hari kerja", _k(5, "hari kerja", True)),
            ],
        ),
    ],
    tambahan=[],
)

PERAN["paten"] = dict(
    family="ja",
    instansi="KECAMATAN SUMBERJAYA",
    unit="Seksi Pelayanan Umum",
    jabatan="Pengadministrasi Perkantoran",
    jabatan_varian=[
        "PENGADMINISTRASI PERKANTORAN (PETUGAS LOKET PATEN)",
        "Pengadministrasi Perkantoran pada Loket PATEN",
    ],
    gol=["II/c", "II/d", "III/a"],
    penilai="kasi_pem",
    atasan=[
        "Data profil kelurahan se-Kecamatan Sumberjaya yang mutakhir",
        "Rekomendasi administrasi pertanahan kecamatan yang diterbitkan tepat waktu",
    ],
    utama=[
        (
            "Berkas permohonan layanan PATEN yang teregistrasi lengkap",
            [
                (
                    "Kuantitas",
                    "Jumlah berkas permohonan yang diregistrasi",
                    "4.800 berkas",
                    _k(4800, "berkas"),
                ),
                (
                    "Kualitas",
                    "Persentase berkas yang lengkap saat diteruskan ke seksi teknis",
                    "95 %",
                    _k(95, "%"),
                ),
                ("Waktu", "Waktu registrasi satu berkas di loket", "10 menit", _k(10, "menit", True)),
            ],
        ),
        (
            "Arsip layanan PATEN yang tertata dan mudah ditemukan",
            [
                ("Kuantitas", "Jumlah arsip layanan yang ditata", "12 boks arsip", _k(12, "boks arsip")),
                ("Kualitas", "Persentase arsip yang ditemukan kembali dalam 5 menit", "90 %", _k(90, "%")),
            ],
        ),
    ],
    tambahan=[
        (
            "Piket layanan Sabtu di Mal Pelayanan Publik terlaksana",
            [("Kuantitas", "Jumlah piket Sabtu yang dilaksanakan", "12 kali", _k(12, "kali"))],
        )
    ],
)

PERAN["terminal"] = dict(
    family="ja",
    instansi="DINAS PERHUBUNGAN KOTA TIRTA KENCANA",
    unit="UPTD Terminal Penumpang Tipe C Kencana",
    jabatan="Pengelola Terminal",
    jabatan_varian=["PENGELOLA TERMINAL", "Pengelola Terminal (Regu Jaga B)"],
    gol=["II/c", "II/d", "III/a"],
    penilai="ka_uptd_terminal",
    atasan=[
        "Pelayanan Terminal Tipe C yang tertib dan aman bagi penumpang",
        "Pendapatan retribusi terminal yang tercapai sesuai target",
    ],
    utama=[
        (
            "Kendaraan angkutan umum yang masuk terminal tercatat dan tertib",
            [
                (
                    "Kuantitas",
                    "Jumlah kendaraan masuk yang tercatat",
                    "36.000 kendaraan",
                    _k(36000, "kendaraan"),
                ),
                (
                    "Kualitas",
                    "Persentase kendaraan yang menempati jalur keberangkatan sesuai trayek",
                    "95 %",
                    _k(95, "%"),
                ),
            ],
        ),
        (
            "Retribusi terminal yang tertagih dan tersetor ke kas daerah",
            [
                (
                    "Kuantitas",
                    "Jumlah retribusi terminal yang tersetor",
                    "Rp 180.000.000",
                    _k(180000000, "Rp"),
                ),
                ("Waktu", "Waktu penyetoran retribusi ke kas daerah", "1 x 24 jam", None),
            ],
        ),
    ],
    tambahan=[
        (
            "Posko angkutan Lebaran terminal yang terlaksana",
            [("Kuantitas", "Jumlah hari jaga posko angkutan Lebaran", "14 hari", _k(14, "hari"))],
        )
    ],
)

PERAN["ka_uptd_terminal"] = dict(
    family="ja",
    instansi="DINAS PERHUBUNGAN KOTA TIRTA KENCANA",
    unit="UPTD Terminal Penumpang Tipe C Kencana",
    jabatan="Kepala UPTD Terminal Penumpang Tipe C Kencana",
    jabatan_varian=["KEPALA UPTD TERMINAL", "Kepala UPTD Terminal Tipe C Kencana"],
    gol=["III/c", "III/d"],
    penilai="kadishub",
    atasan=[
        "Persentase layanan angkutan umum yang memenuhi standar pelayanan minimal",
        "Pendapatan asli daerah sektor perhubungan yang tercapai",
    ],
    utama=[
        (
            "Pelayanan Terminal Tipe C yang tertib dan aman bagi penumpang",
            [
                (
                    "Kuantitas",
                    "Jumlah penumpang yang dilayani terminal",
                    "420.000 orang",
                    _k(420000, "orang"),
                ),
                ("Kualitas", "Jumlah kejadian gangguan keamanan di terminal", "0 kejadian", None),
            ],
        ),
        (
            "Pendapatan retribusi terminal yang tercapai sesuai target",
            [
                (
                    "Kuantitas",
                    "Jumlah pendapatan retribusi terminal",
                    "Rp 1.250.000.000 PAD",
                    _k(1250000000, "Rp"),
                ),
                ("Kualitas", "Persentase setoran retribusi tanpa selisih", "100 %", None),
            ],
        ),
    ],
    tambahan=[],
)

PERAN["pusdalops"] = dict(
    family="ja",
    instansi="BADAN PENANGGULANGAN BENCANA DAERAH KOTA TIRTA KENCANA",
    unit="Pusat Pengendalian Operasi (Pusdalops) BPBD",
    jabatan="Pengendali Operasi",
    jabatan_varian=["PENGENDALI OPERASI PUSDALOPS", "Pengendali Operasi (Shift C)"],
    gol=["II/d", "III/a", "III/b"],
    penilai="kasi_darlog",
    atasan=[
        "Informasi kejadian bencana yang diterima dan diteruskan dengan cepat",
        "Data kejadian bencana kota yang mutakhir",
    ],
    utama=[
        (
            "Laporan kejadian bencana yang diterima Pusdalops dan diteruskan ke tim reaksi cepat",
            [
                ("Kuantitas", "Jumlah laporan kejadian yang diteruskan", "240 laporan", _k(240, "laporan")),
                ("Waktu", "Waktu penerusan laporan ke tim reaksi cepat", "≤ 15 menit", None),
            ],
        ),
        (
            "Data kejadian bencana harian yang terekam di sistem informasi kebencanaan",
            [
                ("Kuantitas", "Jumlah rekaman data kejadian harian", "365 rekaman", _k(365, "rekaman")),
                ("Kualitas", "Persentase data kejadian yang lengkap dan valid", "95 %", _k(95, "%")),
            ],
        ),
    ],
    tambahan=[
        (
            "Piket siaga darurat bencana hidrometeorologi terlaksana",
            [("Kuantitas", "Jumlah shift piket siaga darurat", "30 shift", _k(30, "shift"))],
        )
    ],
)

# ---- JF ---------------------------------------------------------------------------------------------------

PERAN["polpp_terampil"] = dict(
    family="jf",
    instansi="SATUAN POLISI PAMONG PRAJA KOTA TIRTA KENCANA",
    unit="Bidang Ketertiban Umum dan Ketenteraman Masyarakat",
    jabatan="Polisi Pamong Praja Terampil",
    jabatan_varian=["POLISI PAMONG PRAJA TERAMPIL", "Polisi Pamong Praja Terampil selaku Anggota Regu A"],
    gol=["II/b", "II/c", "II/d"],
    penilai="kasi_ops",
    atasan=["Pelanggaran Perda dan Perkada yang ditertibkan", "Kawasan publik kota yang tertib"],
    utama=[
        (
            "Pedagang kaki lima di kawasan larangan berjualan yang tertertibkan",
            [
                ("Kuantitas", "Jumlah patroli penertiban PKL", "144 kali", _k(144, "kali")),
                (
                    "Kualitas",
                    "Persentase PKL yang tidak kembali berjualan di kawasan larangan",
                    "80 %",
                    _k(80, "%"),
                ),
            ],
        ),
        (
            "Kawasan alun-alun dan taman kota yang tertib pada jam rawan",
            [
                ("Kuantitas", "Jumlah penjagaan kawasan alun-alun", "12 kali patroli/bulan", None),
                ("Waktu", "Waktu tanggap atas laporan gangguan di kawasan", "≤ 15 menit", None),
            ],
        ),
    ],
    tambahan=[
        (
            "Piket jaga Markas Komando Satpol PP terlaksana",
            [("Kuantitas", "Jumlah piket jaga Mako", "36 kali", _k(36, "kali"))],
        )
    ],
    butir=[
        ["Melakukan patroli wilayah dalam rangka deteksi dini", "Melakukan penertiban PKL non-yustisial"],
        ["Melakukan penjagaan tempat strategis"],
    ],
    ak=[["0,006", "0,008"], ["0,005"]],
)

PERAN["polpp_mahir"] = dict(
    family="jf",
    instansi="SATUAN POLISI PAMONG PRAJA KOTA TIRTA KENCANA",
    unit="Seksi Operasi dan Pengendalian",
    jabatan="Polisi Pamong Praja Mahir",
    jabatan_varian=["Polisi Pamong Praja Mahir selaku Komandan Regu B", "POL PP MAHIR"],
    gol=["III/a", "III/b"],
    penilai="kasi_ops",
    atasan=["Pelanggaran Perda dan Perkada yang ditertibkan", "Kawasan publik kota yang tertib"],
    utama=[
        (
            "Operasi penertiban reklame tanpa izin yang terlaksana sesuai SOP",
            [
                ("Kuantitas", "Jumlah reklame tanpa izin yang ditertibkan", "300 titik", _k(300, "titik")),
                (
                    "Kualitas",
                    "Pelaksanaan operasi sesuai SOP",
                    "SOP dilaksanakan dan 100 % terdokumentasi",
                    None,
                ),
            ],
        ),
        (
            "Laporan hasil patroli regu yang tersusun dan terverifikasi",
            [
                ("Kuantitas", "Jumlah laporan patroli regu", "144 laporan", _k(144, "laporan")),
                ("Kualitas", "Persentase laporan yang diverifikasi tanpa perbaikan", "90 %", _k(90, "%")),
                ("Waktu", "Waktu penyampaian laporan patroli", "1 x 24 jam", None),
            ],
        ),
    ],
    tambahan=[
        (
            "Keikutsertaan dalam satgas pengamanan Pilkada terdokumentasi",
            [("Kuantitas", "Jumlah laporan pengamanan", "3 laporan", _k(3, "laporan"))],
        )
    ],
    butir=[
        ["Melakukan penertiban non-yustisial atas pelanggaran Perda", "Membuat berita acara penertiban"],
        ["Menyusun laporan hasil patroli regu"],
    ],
    ak=[["0,012", "0,006"], ["0,010"]],
)

PERAN["polpp_penyelia"] = dict(
    family="jf",
    instansi="SATUAN POLISI PAMONG PRAJA KOTA TIRTA KENCANA",
    unit="Bidang Penegakan Perundang-undangan Daerah",
    jabatan="Polisi Pamong Praja Penyelia",
    jabatan_varian=["POLISI PAMONG PRAJA PENYELIA merangkap PPNS", "Polisi Pamong Praja Penyelia (PPNS)"],
    gol=["III/c", "III/d"],
    penilai="kabid_gakda",
    atasan=[
        "Pelanggaran Perda yang diproses melalui tindakan yustisial",
        "Pelanggaran Perda dan Perkada yang ditertibkan",
    ],
    utama=[
        (
            "Berkas perkara tindak pidana ringan pelanggaran Perda yang lengkap dan terlimpah ke pengadilan",
            [
                (
                    "Kuantitas",
                    "Jumlah berkas perkara tipiring yang dilimpahkan",
                    "48 berkas",
                    _k(48, "berkas"),
                ),
                (
                    "Kualitas",
                    "Persentase berkas yang diterima pengadilan tanpa pengembalian",
                    "95 %",
                    _k(95, "%"),
                ),
                ("Waktu", "Waktu penyelesaian berkas sejak penindakan", "7 hari", _k(7, "hari", True)),
            ],
        ),
        (
            "Sidang tindak pidana ringan di tempat yang terselenggara",
            [("Kuantitas", "Jumlah sidang tipiring di tempat", "12 kali", _k(12, "kali"))],
        ),
    ],
    tambahan=[],
    butir=[
        ["Melakukan penyidikan pelanggaran Perda", "Menyusun berkas perkara"],
        ["Mendampingi pelaksanaan sidang tipiring"],
    ],
    ak=[["0,045", "0,030"], ["0,020"]],
)

PERAN["polpp_ap"] = dict(
    family="jf",
    instansi="SATUAN POLISI PAMONG PRAJA KOTA TIRTA KENCANA",
    unit="Bidang Perlindungan Masyarakat",
    jabatan="Polisi Pamong Praja Ahli Pertama",
    jabatan_varian=[
        "POLISI PAMONG PRAJA AHLI PERTAMA",
        "Polisi Pamong Praja Ahli Pertama selaku Ketua Tim Linmas",
    ],
    gol=["III/a", "III/b"],
    penilai="kabid_linmas",
    atasan=[
        "Satuan Linmas kelurahan yang siap mendukung ketenteraman masyarakat",
        "Kawasan publik kota yang tertib",
    ],
    utama=[
        (
            "Anggota Satlinmas kelurahan yang terlatih dalam penanganan ketertiban",
            [
                ("Kuantitas", "Jumlah anggota Satlinmas yang dilatih", "210 orang", _k(210, "orang")),
                ("Kualitas", "Persentase peserta yang lulus evaluasi pelatihan", "85 %", _k(85, "%")),
            ],
        ),
        (
            "Rekomendasi pengamanan kegiatan masyarakat berskala besar yang tersusun",
            [
                ("Kuantitas", "Jumlah kajian pengamanan kegiatan", "10 kajian", _k(10, "kajian")),
                ("Waktu", "Waktu penyampaian kajian sebelum kegiatan", "H-3", None),
            ],
        ),
    ],
    tambahan=[
        (
            "Keikutsertaan dalam Satgas Saber Pungli Kota terdokumentasi",
            [("Kuantitas", "Jumlah laporan keikutsertaan", "4 laporan", _k(4, "laporan"))],
        )
    ],
    butir=[
        ["Menyusun bahan pelatihan Satlinmas", "Melatih anggota Satlinmas"],
        ["Menyusun kajian pengamanan kegiatan masyarakat"],
    ],
    ak=[["0,050", "0,040"], ["0,080"]],
)

PERAN["damkar_terampil"] = dict(
    family="jf",
    instansi="DINAS PEMADAM KEBAKARAN DAN PENYELAMATAN KOTA TIRTA KENCANA",
    unit="Pos Pemadam Kebakaran Wilayah Utara",
    jabatan="Pemadam Kebakaran Terampil",
    jabatan_varian=[
        "PEMADAM KEBAKARAN TERAMPIL (REGU B)",
        "Pemadam Kebakaran Terampil selaku Operator Pompa Regu A",
    ],
    gol=["II/b", "II/c", "II/d"],
    penilai="danton_pos",
    atasan=[
        "Kejadian kebakaran di wilayah layanan pos yang tertangani dalam waktu tanggap",
        "Sarana pemadaman pos yang siap operasi",
    ],
    utama=[
        (
            "Kejadian kebakaran di wilayah layanan Pos Utara yang dipadamkan regu",
            [
                (
                    "Kuantitas",
                    "Jumlah kejadian kebakaran yang ditangani regu",
                    "40 kejadian",
                    _k(40, "kejadian"),
                ),
                ("Waktu", "Waktu tanggap sejak laporan diterima sampai tiba di lokasi", "≤ 15 menit", None),
            ],
        ),
        (
            "Kendaraan dan pompa pemadam regu yang siap operasi",
            [
                ("Kuantitas", "Jumlah pemeriksaan harian kendaraan pemadam", "122 kali", _k(122, "kali")),
                ("Kualitas", "Persentase unit pompa yang siap operasi saat diperiksa", "95 %", _k(95, "%")),
            ],
        ),
    ],
    tambahan=[
        (
            "Shift jaga regu yang terlaksana sesuai jadwal",
            [("Kuantitas", "Jumlah shift jaga 24 jam regu B", "122 shift", _k(122, "shift"))],
        )
    ],
    butir=[
        ["Melakukan pemadaman kebakaran tingkat dasar", "Mengoperasikan pompa pemadam"],
        ["Melakukan pemeriksaan kesiapan sarana pemadam"],
    ],
    ak=[["0,004", "0,003"], ["0,002"]],
)

PERAN["damkar_mahir"] = dict(
    family="jf",
    instansi="DINAS PEMADAM KEBAKARAN DAN PENYELAMATAN KOTA TIRTA KENCANA",
    unit="Bidang Operasi Pemadaman dan Penyelamatan",
    jabatan="Pemadam Kebakaran Mahir",
    jabatan_varian=[
        "PEMADAM KEBAKARAN MAHIR selaku Kepala Regu C",
        "Plt. Kepala Regu C / Pemadam Kebakaran Mahir",
    ],
    gol=["III/a", "III/b"],
    penilai="kabid_ops_damkar",
    atasan=[
        "Kejadian kebakaran dan penyelamatan yang tertangani dalam waktu tanggap",
        "Sarana pemadaman pos yang siap operasi",
    ],
    utama=[
        (
            "Operasi penyelamatan non-kebakaran (evakuasi hewan, pohon tumbang, orang terjebak) yang tuntas",
            [
                ("Kuantitas", "Jumlah operasi penyelamatan yang dipimpin", "60 operasi", _k(60, "operasi")),
                ("Kualitas", "Jumlah korban luka akibat kesalahan prosedur regu", "0 orang", None),
                ("Waktu", "Waktu tanggap operasi penyelamatan", "≤ 15 menit", None),
            ],
        ),
        (
            "Laporan kejadian regu C yang lengkap dan tersampaikan",
            [
                ("Kuantitas", "Jumlah laporan kejadian regu", "100 laporan", _k(100, "laporan")),
                (
                    "Kualitas",
                    "Persentase laporan kejadian ditindaklanjuti",
                    "100 % laporan kejadian ditindaklanjuti 1 x 24 jam",
                    None,
                ),
            ],
        ),
    ],
    tambahan=[],
    butir=[
        ["Memimpin regu dalam operasi penyelamatan", "Melakukan evakuasi korban"],
        ["Menyusun laporan kejadian kebakaran dan penyelamatan"],
    ],
    ak=[["0,010", "0,008"], ["0,006"]],
)

PERAN["analis_kebakaran"] = dict(
    family="jf",
    instansi="DINAS PEMADAM KEBAKARAN DAN PENYELAMATAN KOTA TIRTA KENCANA",
    unit="Bidang Pencegahan Kebakaran",
    jabatan="Analis Kebakaran Ahli Pertama",
    jabatan_varian=["ANALIS KEBAKARAN AHLI PERTAMA", "Analis Kebakaran Ahli Pertama pada Seksi Inspeksi"],
    gol=["III/a", "III/b"],
    penilai="kabid_cegah",
    atasan=[
        "Bangunan gedung yang memenuhi persyaratan proteksi kebakaran",
        "Masyarakat yang siap menghadapi kebakaran",
    ],
    utama=[
        (
            "Hasil pemeriksaan proteksi kebakaran bangunan gedung yang terdokumentasi",
            [
                ("Kuantitas", "Jumlah bangunan gedung yang diperiksa", "80 bangunan", _k(80, "bangunan")),
                ("Kualitas", "Persentase rekomendasi yang diterima pemilik bangunan", "90 %", _k(90, "%")),
                (
                    "Waktu",
                    "Waktu penerbitan rekomendasi hasil pemeriksaan",
                    "5 hari kerja",
                    _k(5, "hari kerja", True),
                ),
            ],
        ),
        (
            "Kelompok Relawan Kebakaran kelurahan yang terbentuk dan terlatih",
            [("Kuantitas", "Jumlah kelompok relawan yang dilatih", "14 kelompok", _k(14, "kelompok"))],
        ),
    ],
    tambahan=[
        (
            "Keikutsertaan dalam piket siaga kebakaran musim kemarau terdokumentasi",
            [("Kuantitas", "Jumlah piket siaga", "8 kali", _k(8, "kali"))],
        )
    ],
    butir=[
        [
            "Melakukan pemeriksaan sistem proteksi kebakaran bangunan",
            "Menyusun rekomendasi hasil pemeriksaan",
        ],
        ["Melatih kelompok relawan kebakaran"],
    ],
    ak=[["0,080", "0,060"], ["0,040"]],
)

PERAN["analis_bencana"] = dict(
    family="jf",
    instansi="BADAN PENANGGULANGAN BENCANA DAERAH KOTA TIRTA KENCANA",
    unit="Bidang Pencegahan dan Kesiapsiagaan",
    jabatan="Analis Kebencanaan Ahli Muda",
    jabatan_varian=[
        "ANALIS KEBENCANAAN AHLI MUDA",
        "Analis Kebencanaan Ahli Muda merangkap Koordinator Pusdalops",
    ],
    gol=["III/c", "III/d"],
    penilai="kabid_cegah_bpbd",
    atasan=["Kelurahan Tangguh Bencana yang terbentuk", "Dokumen kajian risiko bencana kota yang mutakhir"],
    utama=[
        (
            "Kelurahan Tangguh Bencana (Katana) baru yang memenuhi indikator ketangguhan",
            [
                ("Kuantitas", "Jumlah Katana baru yang dibentuk", "5 kelurahan", _k(5, "kelurahan")),
                ("Kualitas", "Indeks ketangguhan rata-rata Katana baru", "0,65", None),
            ],
        ),
        (
            "Dokumen kajian risiko bencana banjir dan longsor yang termutakhirkan",
            [
                ("Kuantitas", "Jumlah dokumen kajian risiko", "2 dokumen", _k(2, "dokumen")),
                ("Waktu", "Waktu penyelesaian kajian", "Oktober 2026", None),
            ],
        ),
    ],
    tambahan=[
        (
            "Keikutsertaan dalam Satgas Tanggap Darurat Banjir terdokumentasi",
            [("Kuantitas", "Jumlah laporan tanggap darurat", "2 laporan", _k(2, "laporan"))],
        )
    ],
    butir=[
        ["Melakukan kajian kesiapsiagaan masyarakat", "Memfasilitasi pembentukan Katana"],
        ["Menyusun kajian risiko bencana"],
    ],
    ak=[["0,150", "0,120"], ["0,250"]],
)

PERAN["pkb"] = dict(
    family="jf",
    instansi="DINAS PERHUBUNGAN KOTA TIRTA KENCANA",
    unit="UPTD Pengujian Kendaraan Bermotor",
    jabatan="Penguji Kendaraan Bermotor Mahir",
    jabatan_varian=["PENGUJI KENDARAAN BERMOTOR MAHIR", "Penguji Kendaraan Bermotor Mahir (Lajur Uji 2)"],
    gol=["III/a", "III/b"],
    penilai="ka_uptd_pkb",
    atasan=[
        "Kendaraan wajib uji yang memenuhi persyaratan laik jalan",
        "Pendapatan retribusi pengujian kendaraan yang tercapai",
    ],
    utama=[
        (
            "Kendaraan wajib uji berkala yang diuji sesuai prosedur di lajur uji",
            [
                (
                    "Kuantitas",
                    "Jumlah kendaraan yang diuji berkala",
                    "3.600 kendaraan",
                    _k(3600, "kendaraan"),
                ),
                ("Kualitas", "Persentase hasil uji yang lolos verifikasi supervisor", "98 %", _k(98, "%")),
                ("Waktu", "Waktu pengujian satu kendaraan", "30 menit", _k(30, "menit", True)),
            ],
        ),
        (
            "Kartu dan tanda uji elektronik (BLUe) yang tercetak benar",
            [("Kuantitas", "Jumlah kartu uji yang tercetak", "3.600 kartu", _k(3600, "kartu"))],
        ),
    ],
    tambahan=[],
    butir=[
        ["Melakukan pengujian kendaraan bermotor berkala", "Mengoperasikan alat uji emisi"],
        ["Melakukan verifikasi data hasil uji"],
    ],
    ak=[["0,004", "0,002"], ["0,001"]],
)

PERAN["adb"] = dict(
    family="jf",
    instansi="DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL KOTA TIRTA KENCANA",
    unit="Bidang Pengelolaan Informasi Administrasi Kependudukan",
    jabatan="Administrator Database Kependudukan Ahli Pertama",
    jabatan_varian=[
        "ADMINISTRATOR DATABASE KEPENDUDUKAN AHLI PERTAMA",
        "Administrator Database Kependudukan Ahli Pertama (Loket MPP)",
    ],
    gol=["III/a", "III/b"],
    penilai="kabid_piak",
    atasan=[
        "Database kependudukan kota yang akurat dan mutakhir",
        "Layanan dokumen kependudukan di Mal Pelayanan Publik yang cepat",
    ],
    utama=[
        (
            "Data kependudukan ganda yang terselesaikan dalam database SIAK",
            [
                ("Kuantitas", "Jumlah data ganda yang diselesaikan", "1.500 record", _k(1500, "record")),
                ("Kualitas", "Persentase perbaikan data yang lolos validasi pusat", "97 %", _k(97, "%")),
            ],
        ),
        (
            "Pencetakan KTP-el di loket Mal Pelayanan Publik yang selesai di hari yang sama",
            [
                ("Kuantitas", "Jumlah KTP-el yang dicetak di MPP", "9.600 keping", _k(9600, "keping")),
                ("Waktu", "Waktu pencetakan KTP-el sejak berkas lengkap", "≤ 60 menit", None),
            ],
        ),
    ],
    tambahan=[
        (
            "Piket layanan jemput bola perekaman KTP-el di sekolah terlaksana",
            [("Kuantitas", "Jumlah kegiatan jemput bola", "10 kegiatan", _k(10, "kegiatan"))],
        )
    ],
    butir=[
        ["Melakukan konsolidasi dan pembersihan data kependudukan", "Melakukan validasi data"],
        ["Melakukan pencetakan dokumen kependudukan"],
    ],
    ak=[["0,012", "0,008"], ["0,004"]],
)

# ---- JPT --------------------------------------------------------------------------------------------------


def _jpt(
    instansi: str,
    unit: str,
    jabatan: str,
    varian: list[str],
    penilai: str,
    utama: list,
    persp: list[str],
    tambahan: list | None = None,
) -> dict:
    return dict(
        family="jpt",
        instansi=instansi,
        unit=unit,
        jabatan=jabatan,
        jabatan_varian=varian,
        gol=["IV/b", "IV/c"],
        penilai=penilai,
        utama=utama,
        persp=persp,
        tambahan=tambahan or [],
    )


PERAN["kasatpolpp"] = _jpt(
    "SATUAN POLISI PAMONG PRAJA KOTA TIRTA KENCANA",
    "Satuan Polisi Pamong Praja",
    "Kepala Satuan Polisi Pamong Praja",
    ["KEPALA SATPOL PP KOTA TIRTA KENCANA", "Plt. Kepala Satuan Polisi Pamong Praja"],
    "walikota",
    [
        (
            "Meningkatnya ketenteraman dan ketertiban umum masyarakat kota",
            [("Persentase gangguan trantibum yang terselesaikan", "90 %", _k(90, "%"))],
        ),
        (
            "Meningkatnya kepatuhan masyarakat terhadap Perda",
            [("Persentase penegakan Perda yang berkekuatan hukum tetap", "85 %", _k(85, "%"))],
        ),
        (
            "Meningkatnya kualitas tata kelola Satpol PP",
            [("Nilai SAKIP Satpol PP", "75 (BB)", _k(75, "nilai"))],
        ),
        (
            "Terwujudnya pengelolaan anggaran Satpol PP yang akuntabel",
            [("Persentase realisasi anggaran", "95 %", _k(95, "%"))],
        ),
    ],
    ["Penerima Layanan", "Proses Bisnis", "Penguatan Internal", "Anggaran"],
)

PERAN["kadamkar"] = _jpt(
    "DINAS PEMADAM KEBAKARAN DAN PENYELAMATAN KOTA TIRTA KENCANA",
    "Dinas Pemadam Kebakaran dan Penyelamatan",
    "Kepala Dinas Pemadam Kebakaran dan Penyelamatan",
    ["KEPALA DINAS DAMKAR", "Kepala Dinas Pemadam Kebakaran dan Penyelamatan Kota Tirta Kencana"],
    "walikota",
    [
        (
            "Meningkatnya kecepatan layanan pemadaman kebakaran",
            [("Persentase kejadian kebakaran dengan waktu tanggap ≤ 15 menit", "85 %", _k(85, "%"))],
        ),
        (
            "Meningkatnya cakupan wilayah manajemen kebakaran",
            [("Persentase wilayah kelurahan yang terlayani pos pemadam", "75 %", _k(75, "%"))],
        ),
        (
            "Meningkatnya kapasitas aparatur pemadam kebakaran",
            [("Persentase personel pemadam bersertifikat kompetensi", "70 %", _k(70, "%"))],
        ),
        (
            "Terwujudnya pengelolaan anggaran Dinas yang akuntabel",
            [("Persentase realisasi anggaran dinas", "95 %", _k(95, "%"))],
        ),
    ],
    ["Penerima Layanan (Stakeholder)", "Proses Bisnis", "Penguatan Internal", "Anggaran"],
    [
        (
            "Satgas pengendalian kebakaran lahan yang terbentuk",
            [("Jumlah rapat koordinasi satgas", "4 kali", _k(4, "kali"))],
        )
    ],
)

PERAN["kalaksa_bpbd"] = _jpt(
    "BADAN PENANGGULANGAN BENCANA DAERAH KOTA TIRTA KENCANA",
    "Badan Penanggulangan Bencana Daerah",
    "Kepala Pelaksana BPBD",
    ["KEPALA PELAKSANA BADAN PENANGGULANGAN BENCANA DAERAH", "Kalaksa BPBD Kota Tirta Kencana"],
    "sekda",
    [
        (
            "Meningkatnya ketangguhan masyarakat terhadap bencana",
            [("Indeks Ketahanan Daerah", "0,68", _k(0.68, "indeks"))],
        ),
        (
            "Meningkatnya kecepatan respon tanggap darurat",
            [("Persentase kejadian bencana yang direspon dalam 1 x 24 jam", "100 %", None)],
        ),
        (
            "Meningkatnya kualitas perencanaan penanggulangan bencana",
            [("Jumlah dokumen rencana kontinjensi yang disahkan", "3 dokumen", _k(3, "dokumen"))],
        ),
        (
            "Terwujudnya pengelolaan anggaran BPBD yang akuntabel",
            [("Persentase realisasi anggaran BPBD", "95 %", _k(95, "%"))],
        ),
    ],
    ["Stakeholder", "Proses Bisnis", "Penguatan Internal", "Anggaran"],
)

PERAN["kadishub"] = _jpt(
    "DINAS PERHUBUNGAN KOTA TIRTA KENCANA",
    "Dinas Perhubungan",
    "Kepala Dinas Perhubungan",
    ["KEPALA DINAS PERHUBUNGAN KOTA TIRTA KENCANA", "Plt. Kepala Dinas Perhubungan"],
    "walikota",
    [
        (
            "Persentase layanan angkutan umum yang memenuhi standar pelayanan minimal",
            [("Persentase terminal dan angkutan umum yang memenuhi SPM", "80 %", _k(80, "%"))],
        ),
        (
            "Pendapatan asli daerah sektor perhubungan yang tercapai",
            [("Jumlah PAD sektor perhubungan", "Rp 1.250.000.000 PAD", _k(1250000000, "Rp"))],
        ),
        (
            "Meningkatnya keselamatan lalu lintas",
            [("Persentase kendaraan wajib uji yang lulus uji berkala", "92 %", _k(92, "%"))],
        ),
        (
            "Terwujudnya pengelolaan anggaran Dinas Perhubungan yang akuntabel",
            [("Persentase realisasi anggaran Dishub", "95 %", _k(95, "%"))],
        ),
    ],
    ["Penerima Layanan", "Proses Bisnis", "Penguatan Internal", "Anggaran"],
)

PERAN["kadisdukcapil"] = _jpt(
    "DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL KOTA TIRTA KENCANA",
    "Dinas Kependudukan dan Pencatatan Sipil",
    "Kepala Dinas Kependudukan dan Pencatatan Sipil",
    ["KADISDUKCAPIL KOTA TIRTA KENCANA", "Kepala Dinas Dukcapil"],
    "walikota",
    [
        (
            "Meningkatnya kepemilikan dokumen kependudukan",
            [("Persentase penduduk wajib KTP-el yang telah merekam", "98 %", _k(98, "%"))],
        ),
        (
            "Meningkatnya kualitas layanan administrasi kependudukan",
            [
                ("Indeks Kepuasan Masyarakat layanan Dukcapil", "85", _k(85, "indeks")),
                ("Persentase akta kelahiran terbit dalam 1 hari", "90 %", _k(90, "%")),
            ],
        ),
        (
            "Meningkatnya akurasi database kependudukan",
            [("Persentase data ganda yang terselesaikan", "95 %", _k(95, "%"))],
        ),
        (
            "Terwujudnya pengelolaan anggaran Disdukcapil yang akuntabel",
            [("Persentase realisasi anggaran Disdukcapil", "95 %", _k(95, "%"))],
        ),
    ],
    ["Penerima Layanan", "Proses Bisnis", "Penguatan Internal", "Anggaran"],
)

PERAN["kadpmptsp"] = _jpt(
    "DINAS PENANAMAN MODAL DAN PELAYANAN TERPADU SATU PINTU KOTA TIRTA KENCANA",
    "DPMPTSP (Pengelola Mal Pelayanan Publik)",
    "Kepala Dinas Penanaman Modal dan PTSP",
    ["KEPALA DPMPTSP", "Kepala Dinas Penanaman Modal dan PTSP selaku Pengelola MPP"],
    "walikota",
    [
        (
            "Meningkatnya kualitas layanan perizinan di Mal Pelayanan Publik",
            [
                ("Indeks Kepuasan Masyarakat Mal Pelayanan Publik", "88", _k(88, "indeks")),
                ("Jumlah jenis layanan yang tersedia di MPP", "250 layanan", _k(250, "layanan")),
            ],
        ),
        (
            "Meningkatnya realisasi investasi",
            [("Jumlah realisasi investasi PMA dan PMDN", "Rp 1.250.000.000.000", _k(1250000000000, "Rp"))],
        ),
        (
            "Meningkatnya kapasitas pelayanan digital",
            [("Persentase izin yang terbit melalui OSS tepat waktu", "95 %", _k(95, "%"))],
        ),
        (
            "Terwujudnya pengelolaan anggaran DPMPTSP yang akuntabel",
            [("Persentase realisasi anggaran DPMPTSP", "95 %", _k(95, "%"))],
        ),
    ],
    ["Penerima Layanan", "Proses Bisnis", "Penguatan Internal", "Anggaran"],
)

# Penilai that are not themselves a role above: (jabatan, unit, golongan).
PENILAI_LAIN = {
    "kasi_ops": ("Kepala Seksi Operasi dan Pengendalian", "Satuan Polisi Pamong Praja", "III/d"),
    "kabid_gakda": (
        "Kepala Bidang Penegakan Perundang-undangan Daerah",
        "Satuan Polisi Pamong Praja",
        "IV/a",
    ),
    "kabid_linmas": ("Kepala Bidang Perlindungan Masyarakat", "Satuan Polisi Pamong Praja", "IV/a"),
    "danton_pos": (
        "Kepala Pos Pemadam Kebakaran Wilayah Utara",
        "Dinas Pemadam Kebakaran dan Penyelamatan",
        "III/c",
    ),
    "kabid_ops_damkar": (
        "Kepala Bidang Operasi Pemadaman dan Penyelamatan",
        "Dinas Pemadam Kebakaran dan Penyelamatan",
        "IV/a",
    ),
    "kabid_cegah": ("Kepala Bidang Pencegahan Kebakaran", "Dinas Pemadam Kebakaran dan Penyelamatan", "IV/a"),
    "kabid_cegah_bpbd": (
        "Kepala Bidang Pencegahan dan Kesiapsiagaan",
        "Badan Penanggulangan Bencana Daerah",
        "IV/a",
    ),
    "kasi_darlog": ("Kepala Seksi Kedaruratan", "Badan Penanggulangan Bencana Daerah", "III/d"),
    "ka_uptd_pkb": ("Kepala UPTD Pengujian Kendaraan Bermotor", "Dinas Perhubungan", "III/d"),
    "kabid_piak": (
        "Kepala Bidang Pengelolaan Informasi Administrasi Kependudukan",
        "Dinas Kependudukan dan Pencatatan Sipil",
        "IV/a",
    ),
}

# Activity phrasings (defect rk-berbasis-aktivitas) and absolute IKIs (target-absolut), per role family.
AKTIVITAS = [
    "Melaksanakan patroli rutin wilayah sesuai jadwal",
    "Melakukan pendataan PKL di kawasan alun-alun",
    "Menyusun laporan kejadian kebakaran bulanan",
    "Memberikan pelayanan registrasi berkas di loket",
]
ABSOLUT = [
    ("Semua laporan kejadian ditindaklanjuti pada hari yang sama", "100 %"),
    ("Seluruh pengaduan warga selalu direspon tanpa penundaan", "100 %"),
]
