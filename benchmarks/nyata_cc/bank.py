"""Content bank of the held-out set ``nyata_cc``: the fictional Pemerintah Kabupaten Telaga Wening (ibu kota
Sumberwening), its Dinas Kesehatan, Dinas Pekerjaan Umum dan Penataan Ruang, Badan Perencanaan Pembangunan
Daerah and Inspektorat Daerah; people, their plans, the butir kegiatan of the JF and the Manual Indikator
Kinerja of the JPT. Written from SPEC only."""

from __future__ import annotations

KAB = "Telaga Wening"
TEMPAT = "Sumberwening"
PEMDA = f"PEMERINTAH KABUPATEN {KAB.upper()}"
TAHUN = 2026

AGENCY = {
    "dinkes": "Dinas Kesehatan",
    "pupr": "Dinas Pekerjaan Umum dan Penataan Ruang",
    "bappeda": "Badan Perencanaan Pembangunan Daerah",
    "inspektorat": "Inspektorat Daerah",
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
    key: str, nama: str, nip: str | None, gol: str | None, jabatan: str, unit: str, penilai, agency, jenis
):
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


_p("bupati", "Ir. H. Bambang Sulistyo, M.T.", None, None, f"Bupati {KAB}", PEMDA.title(), None, None, None)
_p(
    "sekda",
    "Dr. Hj. Endang Purwaningsih, S.H., M.Si.",
    "196907121994032008",
    "IV/d",
    f"Sekretaris Daerah Kabupaten {KAB}",
    f"Sekretariat Daerah Kabupaten {KAB}",
    "bupati",
    None,
    None,
)
# ---- JPT
_p(
    "kadinkes",
    "dr. Rudi Hartanto, M.Kes.",
    "197503182003121004",
    "IV/c",
    "Kepala Dinas Kesehatan",
    f"Dinas Kesehatan Kabupaten {KAB}",
    "sekda",
    "dinkes",
    "jpt",
)
_p(
    "kadis_pupr",
    "Ir. Wahyu Setiadi, M.T.",
    "197110201998031005",
    "IV/c",
    "Kepala Dinas Pekerjaan Umum dan Penataan Ruang",
    f"Dinas Pekerjaan Umum dan Penataan Ruang Kabupaten {KAB}",
    "sekda",
    "pupr",
    "jpt",
)
_p(
    "kepala_bappeda",
    "Dra. Sri Lestari Wulandari, M.Si.",
    "197204141997032003",
    "IV/c",
    "Kepala Badan Perencanaan Pembangunan Daerah",
    f"Badan Perencanaan Pembangunan Daerah Kabupaten {KAB}",
    "bupati",
    "bappeda",
    "jpt",
)
_p(
    "inspektur",
    "Drs. Agus Prasetyo Nugroho, M.Ak.",
    "197008091996031002",
    "IV/d",
    f"Inspektur Kabupaten {KAB}",
    f"Inspektorat Daerah Kabupaten {KAB}",
    "bupati",
    "inspektorat",
    "jpt",
)
# ---- Dinas Kesehatan
_p(
    "kabid_p2p",
    "dr. Maya Anggraeni",
    "198205102009022003",
    "IV/a",
    "Kepala Bidang Pencegahan dan Pengendalian Penyakit",
    "Bidang Pencegahan dan Pengendalian Penyakit Dinas Kesehatan",
    "kadinkes",
    "dinkes",
    "ja",
)
_p(
    "kabid_kesmas",
    "Yuliana Sari, S.KM., M.Kes.",
    "197912042005012006",
    "IV/a",
    "Kepala Bidang Kesehatan Masyarakat",
    "Bidang Kesehatan Masyarakat Dinas Kesehatan",
    "kadinkes",
    "dinkes",
    "ja",
)
_p(
    "sekretaris_dinkes",
    "Hendra Gunawan, S.E., M.M.",
    "197806152002121003",
    "IV/b",
    "Sekretaris Dinas Kesehatan",
    "Sekretariat Dinas Kesehatan",
    "kadinkes",
    "dinkes",
    "ja",
)
_p(
    "pengolah_data",
    "Dewi Puspitasari, A.Md.",
    "199303252019032010",
    "II/c",
    "Pengolah Data dan Informasi",
    "Subbagian Umum dan Kepegawaian Dinas Kesehatan",
    "sekretaris_dinkes",
    "dinkes",
    "ja",
)
_p(
    "epidemiolog",
    "Fajar Ramadhan, S.KM., M.Epid.",
    "198711202011011005",
    "III/d",
    "Epidemiolog Kesehatan Ahli Muda",
    "Bidang Pencegahan dan Pengendalian Penyakit Dinas Kesehatan",
    "kabid_p2p",
    "dinkes",
    "jf",
)
_p(
    "sanitarian",
    "Rina Marlina, A.Md.KL.",
    "199208142017032002",
    "II/d",
    "Sanitarian Terampil",
    "Bidang Kesehatan Masyarakat Dinas Kesehatan",
    "kabid_kesmas",
    "dinkes",
    "jf",
)
_p(
    "nutrisionis",
    "Annisa Fitriani, S.Gz.",
    "199506302020122009",
    "III/b",
    "Nutrisionis Ahli Pertama",
    "Bidang Kesehatan Masyarakat Dinas Kesehatan",
    "kabid_kesmas",
    "dinkes",
    "jf",
)
# ---- Dinas PUPR
_p(
    "kabid_binamarga",
    "Ir. Dedi Kurniawan, M.T.",
    "197705232003121002",
    "IV/a",
    "Kepala Bidang Bina Marga",
    "Bidang Bina Marga Dinas Pekerjaan Umum dan Penataan Ruang",
    "kadis_pupr",
    "pupr",
    "ja",
)
_p(
    "sekretaris_pupr",
    "Sutrisno, S.Sos., M.Si.",
    "197604112000031004",
    "IV/b",
    "Sekretaris Dinas Pekerjaan Umum dan Penataan Ruang",
    "Sekretariat Dinas Pekerjaan Umum dan Penataan Ruang",
    "kadis_pupr",
    "pupr",
    "ja",
)
_p(
    "kasubbag_umum",
    "Lilis Suryani, S.E.",
    "198309182008012011",
    "III/d",
    "Kepala Subbagian Umum dan Kepegawaian",
    "Sekretariat Dinas Pekerjaan Umum dan Penataan Ruang",
    "sekretaris_pupr",
    "pupr",
    "ja",
)
_p(
    "tjj",
    "Bagus Aditya Putra, S.T.",
    "199104072015031003",
    "III/b",
    "Teknik Jalan dan Jembatan Ahli Pertama",
    "Bidang Bina Marga Dinas Pekerjaan Umum dan Penataan Ruang",
    "kabid_binamarga",
    "pupr",
    "jf",
)
# ---- Bappeda
_p(
    "kabid_ppm",
    "Taufik Hidayat, S.T., M.Eng.",
    "198001262005011003",
    "IV/a",
    "Kepala Bidang Perencanaan dan Pengendalian Pembangunan",
    "Bidang Perencanaan dan Pengendalian Pembangunan Bappeda",
    "kepala_bappeda",
    "bappeda",
    "ja",
)
_p(
    "sekretaris_bappeda",
    "Nur Aini, S.E., M.Ak.",
    "197811052003122005",
    "IV/a",
    "Sekretaris Badan Perencanaan Pembangunan Daerah",
    "Sekretariat Badan Perencanaan Pembangunan Daerah",
    "kepala_bappeda",
    "bappeda",
    "ja",
)
_p(
    "perencana",
    "Arief Budiman, S.E., M.PP.",
    "198502172010011008",
    "III/c",
    "Perencana Ahli Muda",
    "Bidang Perencanaan dan Pengendalian Pembangunan Bappeda",
    "kabid_ppm",
    "bappeda",
    "jf",
)
_p(
    "arsiparis",
    "Siti Nurjanah, A.Md.",
    "199010302014032004",
    "III/a",
    "Arsiparis Mahir",
    "Sekretariat Badan Perencanaan Pembangunan Daerah",
    "sekretaris_bappeda",
    "bappeda",
    "jf",
)
_p(
    "pengadministrasi",
    "Yoga Pratama",
    "199701112022031006",
    "II/a",
    "Pengadministrasi Perkantoran",
    "Sekretariat Badan Perencanaan Pembangunan Daerah",
    "sekretaris_bappeda",
    "bappeda",
    "ja",
)
# ---- Inspektorat
_p(
    "irban",
    "Heru Santoso, S.E., M.Si., Ak.",
    "197702142002121005",
    "IV/b",
    "Inspektur Pembantu Wilayah I",
    "Inspektorat Daerah",
    "inspektur",
    "inspektorat",
    "ja",
)
_p(
    "auditor",
    "Novita Sari, S.Ak.",
    "199411222019022003",
    "III/b",
    "Auditor Ahli Pertama",
    "Inspektur Pembantu Wilayah I Inspektorat Daerah",
    "irban",
    "inspektorat",
    "jf",
)
_p(
    "p2upd",
    "Rahmat Hidayat, S.STP., M.Si.",
    "198606092008011002",
    "III/d",
    "Pengawas Penyelenggaraan Urusan Pemerintahan di Daerah Ahli Muda",
    "Inspektur Pembantu Wilayah I Inspektorat Daerah",
    "irban",
    "inspektorat",
    "jf",
)

# ------------------------------------------------------------------------------------------------ JPT
# rk: (perspektif, text, deskripsi, [iki]); iki: (text, target, definisi, formula, satuan, jenis aspek,
# tingkat kendali, sumber data, periode pelaporan). The first three RK make the Model Dasar plan, all five the
# Model Pengembangan plan (each perspective holds at least one).
JPT_RK: dict[str, list[tuple]] = {
    "kadinkes": [
        (
            "Penerima Layanan (Stakeholder)",
            "Meningkatnya derajat kesehatan masyarakat Kabupaten Telaga Wening",
            "Derajat kesehatan masyarakat diukur dari status gizi balita dan kondisi sanitasi desa sebagai "
            "hasil layanan promotif dan preventif Dinas Kesehatan.",
            [
                (
                    "Prevalensi balita stunting",
                    "14 %",
                    "Proporsi balita dengan tinggi badan menurut umur di bawah minus dua standar deviasi.",
                    "(Jumlah balita stunting / jumlah balita yang diukur) x 100 %",
                    "Persen",
                    "Kualitas",
                    "Moderate",
                    "Aplikasi e-PPGBM",
                    "Semesteran",
                ),
                (
                    "Persentase desa Open Defecation Free",
                    "75 %",
                    "Desa yang seluruh penduduknya tidak lagi buang air besar sembarangan dan terverifikasi.",
                    "(Jumlah desa ODF terverifikasi / jumlah desa) x 100 %",
                    "Persen",
                    "Kualitas",
                    "Moderate",
                    "Laporan STBM puskesmas",
                    "Triwulanan",
                ),
            ],
        ),
        (
            "Proses Bisnis",
            "Meningkatnya mutu layanan kesehatan dasar",
            "Mutu layanan kesehatan dasar tercermin dari akreditasi puskesmas dan kepesertaan jaminan "
            "kesehatan penduduk.",
            [
                (
                    "Persentase puskesmas terakreditasi paripurna",
                    "60 %",
                    "Puskesmas yang memperoleh status akreditasi paripurna dari lembaga independen.",
                    "(Jumlah puskesmas terakreditasi paripurna / jumlah puskesmas) x 100 %",
                    "Persen",
                    "Kualitas",
                    "Firm",
                    "Sertifikat akreditasi puskesmas",
                    "Tahunan",
                ),
                (
                    "Persentase penduduk yang memiliki jaminan kesehatan",
                    "98 %",
                    "Penduduk yang terdaftar sebagai peserta aktif Jaminan Kesehatan Nasional.",
                    "(Jumlah peserta JKN aktif / jumlah penduduk) x 100 %",
                    "Persen",
                    "Kuantitas",
                    "Moderate",
                    "Data kepesertaan BPJS Kesehatan",
                    "Triwulanan",
                ),
            ],
        ),
        (
            "Penguatan Internal",
            "Meningkatnya kapasitas sumber daya manusia kesehatan",
            "Kapasitas SDM kesehatan diukur dari kelengkapan jenis tenaga kesehatan di puskesmas.",
            [
                (
                    "Persentase puskesmas dengan sembilan jenis tenaga kesehatan",
                    "70 %",
                    "Puskesmas yang memiliki dokter, dokter gigi, perawat, bidan, tenaga kesehatan "
                    "masyarakat, sanitarian, nutrisionis, tenaga laboratorium dan tenaga kefarmasian.",
                    "(Jumlah puskesmas dengan sembilan jenis nakes / jumlah puskesmas) x 100 %",
                    "Persen",
                    "Kuantitas",
                    "Moderate",
                    "Aplikasi SISDMK",
                    "Semesteran",
                ),
            ],
        ),
        (
            "Anggaran",
            "Anggaran Dinas Kesehatan yang dikelola secara akuntabel",
            "Anggaran dikelola sesuai rencana kegiatan dan dipertanggungjawabkan tepat waktu.",
            [
                (
                    "Persentase realisasi anggaran Dinas Kesehatan",
                    "95 %",
                    "Perbandingan realisasi belanja dengan pagu anggaran Dinas Kesehatan tahun berjalan.",
                    "(Realisasi belanja / pagu anggaran) x 100 %",
                    "Persen",
                    "Kuantitas",
                    "Firm",
                    "Aplikasi SIPD",
                    "Bulanan",
                ),
            ],
        ),
        (
            "Penerima Layanan (Stakeholder)",
            "Meningkatnya kepuasan masyarakat terhadap layanan puskesmas",
            "Kepuasan masyarakat menjadi umpan balik atas mutu layanan yang diterima di puskesmas.",
            [
                (
                    "Indeks kepuasan masyarakat terhadap layanan puskesmas",
                    "82 poin",
                    "Nilai survei kepuasan masyarakat atas sembilan unsur layanan puskesmas.",
                    "Rata-rata tertimbang nilai unsur layanan x 25",
                    "Poin",
                    "Kualitas",
                    "Moderate",
                    "Laporan survei kepuasan masyarakat",
                    "Semesteran",
                ),
            ],
        ),
    ],
    "kadis_pupr": [
        (
            "Penerima Layanan (Stakeholder)",
            "Meningkatnya kemantapan jalan kabupaten",
            "Jalan kabupaten dalam kondisi baik dan sedang sehingga lalu lintas orang dan barang lancar.",
            [
                (
                    "Persentase panjang jalan kabupaten dalam kondisi mantap",
                    "78 %",
                    "Panjang jalan berkondisi baik dan sedang dibanding panjang jalan kabupaten.",
                    "(Panjang jalan kondisi mantap / panjang jalan kabupaten) x 100 %",
                    "Persen",
                    "Kualitas",
                    "Moderate",
                    "Survei kondisi jalan Bidang Bina Marga",
                    "Semesteran",
                ),
                (
                    "Panjang jalan kabupaten yang ditingkatkan",
                    "24 km",
                    "Ruas jalan yang ditingkatkan struktur atau lebarnya pada tahun berjalan.",
                    "Jumlah panjang ruas jalan yang selesai ditingkatkan (km)",
                    "Kilometer",
                    "Kuantitas",
                    "Firm",
                    "Berita acara serah terima pekerjaan",
                    "Triwulanan",
                ),
            ],
        ),
        (
            "Proses Bisnis",
            "Meningkatnya ketaatan pemanfaatan ruang",
            "Pemanfaatan ruang oleh masyarakat dan pelaku usaha mengikuti rencana tata ruang wilayah.",
            [
                (
                    "Persentase PBG yang diterbitkan sesuai rencana tata ruang",
                    "90 %",
                    "Persetujuan Bangunan Gedung yang terbit dengan rekomendasi kesesuaian tata ruang.",
                    "(Jumlah PBG sesuai tata ruang / jumlah PBG terbit) x 100 %",
                    "Persen",
                    "Kualitas",
                    "Moderate",
                    "Aplikasi SIMBG",
                    "Triwulanan",
                ),
            ],
        ),
        (
            "Penguatan Internal",
            "Meningkatnya kompetensi tenaga teknis konstruksi",
            "Tenaga teknis konstruksi daerah memiliki sertifikat kompetensi kerja yang berlaku.",
            [
                (
                    "Jumlah tenaga teknis yang bersertifikat kompetensi kerja konstruksi",
                    "60 orang",
                    "Tenaga teknis yang lulus uji kompetensi dan memperoleh sertifikat kompetensi kerja.",
                    "Jumlah tenaga teknis bersertifikat pada akhir tahun",
                    "Orang",
                    "Kuantitas",
                    "Moderate",
                    "Data sertifikasi LPJK",
                    "Semesteran",
                ),
            ],
        ),
        (
            "Anggaran",
            "Realisasi keuangan kegiatan infrastruktur yang sesuai rencana",
            "Belanja modal infrastruktur terealisasi mengikuti jadwal kontrak dan rencana penarikan dana.",
            [
                (
                    "Persentase realisasi keuangan belanja modal",
                    "92 %",
                    "Perbandingan realisasi belanja modal dengan pagu belanja modal Dinas PUPR.",
                    "(Realisasi belanja modal / pagu belanja modal) x 100 %",
                    "Persen",
                    "Kuantitas",
                    "Firm",
                    "Aplikasi SIPD",
                    "Bulanan",
                ),
            ],
        ),
        (
            "Proses Bisnis",
            "Meningkatnya layanan air minum yang aman",
            "Rumah tangga memperoleh air minum layak melalui jaringan perpipaan dan bukan perpipaan.",
            [
                (
                    "Persentase rumah tangga dengan akses air minum layak",
                    "88 %",
                    "Rumah tangga yang memperoleh air minum dari sumber yang memenuhi syarat kelayakan.",
                    "(Jumlah rumah tangga berakses air minum layak / jumlah rumah tangga) x 100 %",
                    "Persen",
                    "Kualitas",
                    "Moderate",
                    "Data SPAM Bidang Cipta Karya",
                    "Tahunan",
                ),
            ],
        ),
    ],
    "kepala_bappeda": [
        (
            "Penerima Layanan (Stakeholder)",
            "Meningkatnya kualitas dokumen perencanaan pembangunan daerah",
            "Dokumen perencanaan memuat program prioritas RPJMD dan ditetapkan sesuai jadwal peraturan.",
            [
                (
                    "Persentase program RPJMD yang terakomodasi dalam RKPD",
                    "95 %",
                    "Program prioritas RPJMD yang dimuat dalam RKPD tahun rencana.",
                    "(Jumlah program RPJMD dalam RKPD / jumlah program RPJMD) x 100 %",
                    "Persen",
                    "Kualitas",
                    "Moderate",
                    "Dokumen RPJMD dan RKPD",
                    "Tahunan",
                ),
                (
                    "Jumlah dokumen perencanaan yang ditetapkan tepat waktu",
                    "4 dokumen",
                    "Dokumen RKPD, KUA-PPAS, LKPJ dan LPPD yang ditetapkan sebelum batas waktu.",
                    "Jumlah dokumen perencanaan yang ditetapkan sebelum batas waktu",
                    "Dokumen",
                    "Kuantitas",
                    "Firm",
                    "Keputusan dan peraturan kepala daerah",
                    "Semesteran",
                ),
            ],
        ),
        (
            "Proses Bisnis",
            "Meningkatnya keselarasan perencanaan dan penganggaran",
            "Program dan kegiatan dalam APBD mengikuti program dan kegiatan yang direncanakan dalam RKPD.",
            [
                (
                    "Persentase keselarasan program RKPD dan APBD",
                    "92 %",
                    "Program RKPD yang memperoleh alokasi dalam APBD tahun yang sama.",
                    "(Jumlah program RKPD yang dianggarkan / jumlah program RKPD) x 100 %",
                    "Persen",
                    "Kualitas",
                    "Moderate",
                    "Aplikasi SIPD",
                    "Tahunan",
                ),
            ],
        ),
        (
            "Penguatan Internal",
            "Meningkatnya kapasitas aparatur perencana",
            "Aparatur perencana memenuhi standar kompetensi teknis, manajerial dan sosial kultural.",
            [
                (
                    "Persentase pejabat fungsional perencana yang memenuhi standar kompetensi",
                    "80 %",
                    "Perencana yang hasil uji kompetensinya memenuhi standar kompetensi jabatannya.",
                    "(Jumlah perencana memenuhi standar / jumlah perencana) x 100 %",
                    "Persen",
                    "Kualitas",
                    "Moderate",
                    "Hasil uji kompetensi BKPSDM",
                    "Tahunan",
                ),
            ],
        ),
        (
            "Anggaran",
            "Anggaran Bappeda yang terserap efektif",
            "Anggaran Bappeda terserap sesuai rencana penarikan dana dan menghasilkan keluaran kegiatan.",
            [
                (
                    "Persentase realisasi anggaran Bappeda",
                    "95 %",
                    "Perbandingan realisasi belanja dengan pagu anggaran Bappeda.",
                    "(Realisasi belanja / pagu anggaran) x 100 %",
                    "Persen",
                    "Kuantitas",
                    "Firm",
                    "Aplikasi SIPD",
                    "Bulanan",
                ),
            ],
        ),
        (
            "Penerima Layanan (Stakeholder)",
            "Meningkatnya pemanfaatan hasil riset dan inovasi daerah",
            "Hasil riset dan inovasi perangkat daerah diterapkan dalam pelayanan dan kebijakan daerah.",
            [
                (
                    "Jumlah inovasi daerah yang diterapkan",
                    "12 inovasi",
                    "Inovasi perangkat daerah yang telah diterapkan dan dilaporkan dalam indeks inovasi "
                    "daerah.",
                    "Jumlah inovasi berstatus diterapkan pada akhir tahun",
                    "Inovasi",
                    "Kuantitas",
                    "Moderate",
                    "Laporan indeks inovasi daerah",
                    "Semesteran",
                ),
            ],
        ),
    ],
    "inspektur": [
        (
            "Penerima Layanan (Stakeholder)",
            "Meningkatnya akuntabilitas penyelenggaraan pemerintahan daerah",
            "Penyelenggaraan pemerintahan daerah dikendalikan oleh sistem pengendalian intern yang matang.",
            [
                (
                    "Nilai maturitas SPIP",
                    "3,5 level",
                    "Tingkat kematangan penyelenggaraan sistem pengendalian intern pemerintah daerah.",
                    "Nilai hasil penilaian mandiri maturitas SPIP yang dijaminkan BPKP",
                    "Level",
                    "Kualitas",
                    "Moderate",
                    "Laporan penjaminan kualitas BPKP",
                    "Tahunan",
                ),
                (
                    "Persentase rekomendasi hasil pengawasan yang ditindaklanjuti",
                    "85 %",
                    "Rekomendasi hasil pengawasan Inspektorat yang telah selesai ditindaklanjuti auditan.",
                    "(Jumlah rekomendasi selesai ditindaklanjuti / jumlah rekomendasi) x 100 %",
                    "Persen",
                    "Kualitas",
                    "Moderate",
                    "Aplikasi pemantauan tindak lanjut",
                    "Triwulanan",
                ),
            ],
        ),
        (
            "Proses Bisnis",
            "Meningkatnya kapabilitas pengawasan internal",
            "Aparat pengawasan intern bekerja menurut elemen kapabilitas yang ditetapkan.",
            [
                (
                    "Level kapabilitas APIP",
                    "3 level",
                    "Tingkat kapabilitas aparat pengawasan intern pemerintah menurut model IA-CM.",
                    "Level hasil penilaian kapabilitas APIP oleh BPKP",
                    "Level",
                    "Kualitas",
                    "Moderate",
                    "Laporan penilaian kapabilitas APIP",
                    "Tahunan",
                ),
            ],
        ),
        (
            "Penguatan Internal",
            "Meningkatnya kompetensi auditor dan P2UPD",
            "Pejabat fungsional pengawas memenuhi kewajiban pendidikan dan pelatihan berkelanjutan.",
            [
                (
                    "Persentase pejabat fungsional pengawas yang memenuhi jam pelatihan minimal",
                    "85 %",
                    "Auditor dan P2UPD yang memenuhi jam pelatihan berkelanjutan minimal dalam setahun.",
                    "(Jumlah pejabat fungsional memenuhi jam pelatihan / jumlah pejabat fungsional) x 100 %",
                    "Persen",
                    "Kuantitas",
                    "Firm",
                    "Rekap sertifikat pelatihan Inspektorat",
                    "Semesteran",
                ),
            ],
        ),
        (
            "Anggaran",
            "Anggaran Inspektorat yang dikelola secara akuntabel",
            "Anggaran Inspektorat terealisasi sesuai rencana dan dipertanggungjawabkan tepat waktu.",
            [
                (
                    "Persentase realisasi anggaran Inspektorat",
                    "95 %",
                    "Perbandingan realisasi belanja dengan pagu anggaran Inspektorat.",
                    "(Realisasi belanja / pagu anggaran) x 100 %",
                    "Persen",
                    "Kuantitas",
                    "Firm",
                    "Aplikasi SIPD",
                    "Bulanan",
                ),
            ],
        ),
        (
            "Proses Bisnis",
            "Menurunnya temuan berulang hasil pemeriksaan BPK",
            "Perangkat daerah tidak mengulang temuan pemeriksaan BPK tahun sebelumnya.",
            [
                (
                    "Jumlah temuan berulang hasil pemeriksaan BPK",
                    "2 temuan",
                    "Temuan LHP BPK atas laporan keuangan yang sama jenisnya dengan temuan tahun lalu.",
                    "Jumlah temuan berulang dalam LHP BPK tahun berjalan",
                    "Temuan",
                    "Kuantitas",
                    "Moderate",
                    "LHP BPK atas LKPD",
                    "Tahunan",
                ),
            ],
        ),
    ],
}

MANUAL_KEYS = (
    "rencana",
    "deskripsi",
    "iki",
    "definisi",
    "formula",
    "tujuan",
    "satuan",
    "aspek",
    "kendali",
    "sumber",
    "periode",
)
PENANGGUNG_JAWAB = {
    "kadinkes": "Sekretaris Dinas Kesehatan",
    "kadis_pupr": "Kepala Bidang Bina Marga",
    "kepala_bappeda": "Kepala Bidang Perencanaan dan Pengendalian Pembangunan",
    "inspektur": "Inspektur Pembantu Wilayah I",
}


def manual(role: str, rk: tuple, iki: tuple) -> dict[str, str]:
    """The Manual Indikator Kinerja of one JPT IKI (SPEC §3.5), with the agency's extra fields."""
    text, target, definisi, formula, satuan, aspek, kendali, sumber, periode = iki
    first = text[0].lower() + text[1:]
    return {
        "rencana": rk[1],
        "deskripsi": rk[2],
        "iki": text,
        "definisi": definisi,
        "formula": formula,
        "tujuan": f"Mengetahui capaian {first} sebagai bahan evaluasi dan perbaikan kebijakan.",
        "satuan": satuan,
        "aspek": aspek,
        "kendali": kendali,
        "sumber": sumber,
        "periode": periode,
        # the agency's extra fields
        "jenis_iki": "IKU" if rk[0] != "Anggaran" else "IKI",
        "pj": PENANGGUNG_JAWAB[role],
        "ket": "Target sesuai Perjanjian Kinerja 2026",
    }


# ------------------------------------------------------------------------------------------------ JA / JF
# rk: (text, index of the penilai's RK intervened, kuantitas (iki, T, satuan), kualitas (iki, T %),
#      waktu (iki, T, satuan), cara memantau (data, sumber, waktu), butir [(kode, butir, output, ak)])
RK: dict[str, list[tuple]] = {
    "kabid_p2p": [
        (
            "Meningkatnya cakupan imunisasi dan pengendalian penyakit menular",
            0,
            ("Jumlah desa yang mencapai Universal Child Immunization", 180, "desa"),
            ("Persentase kasus KLB yang ditanggulangi kurang dari 24 jam", 95),
            ("Waktu penyampaian laporan pengendalian penyakit", 10, "hari"),
            ("Laporan imunisasi dan KLB", "Seksi Surveilans dan Imunisasi", "Bulanan"),
            [],
        ),
        (
            "Menurunnya faktor risiko penyakit tidak menular",
            1,
            ("Jumlah posbindu PTM yang aktif", 120, "posbindu"),
            ("Persentase penduduk usia produktif yang mendapat skrining PTM", 80),
            ("Waktu rekapitulasi hasil skrining PTM", 7, "hari"),
            ("Laporan skrining PTM", "Puskesmas dan posbindu", "Bulanan"),
            [],
        ),
    ],
    "kabid_kesmas": [
        (
            "Menurunnya prevalensi stunting dan masalah gizi masyarakat",
            0,
            ("Jumlah desa lokus stunting yang mendapat intervensi gizi spesifik", 40, "desa"),
            ("Persentase balita yang ditimbang di posyandu", 85),
            ("Waktu penyampaian laporan bulan penimbangan balita", 1, "bulan"),
            ("Laporan e-PPGBM", "Puskesmas dan posyandu", "Bulanan"),
            [],
        ),
        (
            "Meningkatnya kualitas kesehatan lingkungan permukiman",
            0,
            ("Jumlah desa yang terverifikasi Stop Buang Air Besar Sembarangan", 30, "desa"),
            ("Persentase tempat pengelolaan pangan yang memenuhi syarat", 70),
            ("Waktu verifikasi desa ODF", 14, "hari"),
            ("Laporan STBM", "Sanitarian puskesmas", "Triwulanan"),
            [],
        ),
    ],
    "sekretaris_dinkes": [
        (
            "Dokumen perencanaan dan pelaporan kinerja Dinas Kesehatan yang berkualitas",
            3,
            ("Jumlah dokumen perencanaan dan pelaporan yang tersusun", 6, "dokumen"),
            ("Persentase dokumen yang diterima tanpa revisi", 85),
            ("Waktu penyampaian LKjIP", 2, "bulan"),
            ("Dokumen Renja, RKA dan LKjIP", "Subbagian Program dan Keuangan", "Triwulanan"),
            [],
        ),
        (
            "Layanan administrasi kepegawaian Dinas Kesehatan yang tertib",
            2,
            ("Jumlah usulan layanan kepegawaian yang diproses", 240, "usulan"),
            ("Persentase usulan layanan kepegawaian yang lengkap", 90),
            ("Waktu pemrosesan usulan layanan kepegawaian", 5, "hari"),
            ("Register layanan kepegawaian", "Subbagian Umum dan Kepegawaian", "Bulanan"),
            [],
        ),
    ],
    "pengolah_data": [
        (
            "Data kepegawaian Dinas Kesehatan yang mutakhir",
            1,
            ("Jumlah data pegawai yang dimutakhirkan", 480, "data pegawai"),
            ("Persentase data pegawai yang sesuai dengan SIASN", 95),
            ("Waktu pemutakhiran data pegawai", 3, "hari"),
            ("Rekap data pegawai", "SIASN dan SIMPEG", "Bulanan"),
            [],
        ),
        (
            "Laporan capaian kinerja bulanan yang tersaji tepat waktu",
            0,
            ("Jumlah laporan capaian kinerja bulanan yang tersusun", 12, "laporan"),
            ("Persentase laporan capaian kinerja tanpa koreksi", 90),
            ("Waktu penyampaian laporan capaian kinerja", 5, "hari"),
            ("Laporan capaian kinerja", "Subbagian Program dan Keuangan", "Bulanan"),
            [],
        ),
    ],
    "epidemiolog": [
        (
            "Data surveilans penyakit potensial KLB yang valid dan tepat waktu",
            0,
            ("Jumlah laporan analisis situasi penyakit potensial KLB", 12, "laporan"),
            ("Persentase laporan SKDR puskesmas yang lengkap", 90),
            ("Waktu penyampaian analisis mingguan SKDR", 2, "hari"),
            ("Laporan SKDR", "Aplikasi SKDR dan puskesmas", "Mingguan"),
            [
                (
                    "II.A.3",
                    "Melakukan analisis data surveilans epidemiologi",
                    "Laporan hasil analisis",
                    "0,060",
                ),
                (
                    "II.B.1",
                    "Melakukan penyelidikan epidemiologi kejadian luar biasa",
                    "Laporan penyelidikan epidemiologi",
                    "0,150",
                ),
            ],
        ),
        (
            "Rekomendasi pengendalian faktor risiko penyakit tidak menular yang berbasis data",
            1,
            ("Jumlah kajian faktor risiko PTM yang tersusun", 4, "kajian"),
            ("Persentase rekomendasi kajian yang ditindaklanjuti", 75),
            ("Waktu penyusunan kajian faktor risiko PTM", 2, "bulan"),
            ("Dokumen kajian", "Bidang Pencegahan dan Pengendalian Penyakit", "Semesteran"),
            [
                ("III.A.2", "Menyusun kajian epidemiologi penyakit tidak menular", "Dokumen kajian", "0,250"),
                ("III.C.1", "Menyusun rekomendasi pengendalian faktor risiko", "Rekomendasi", "0,080"),
            ],
        ),
    ],
    "sanitarian": [
        (
            "Tempat pengelolaan pangan yang memenuhi syarat higiene sanitasi",
            1,
            ("Jumlah tempat pengelolaan pangan yang diinspeksi", 60, "tempat"),
            ("Persentase tempat pengelolaan pangan yang memenuhi syarat", 70),
            ("Waktu penyampaian hasil inspeksi tempat pengelolaan pangan", 3, "hari"),
            ("Formulir inspeksi kesehatan lingkungan", "Puskesmas", "Bulanan"),
            [
                (
                    "II.B.2",
                    "Melakukan inspeksi kesehatan lingkungan tempat pengelolaan pangan",
                    "Laporan hasil inspeksi",
                    "0,008",
                ),
                ("II.C.1", "Membuat rekomendasi perbaikan sanitasi", "Rekomendasi", "0,004"),
            ],
        ),
        (
            "Desa binaan yang terverifikasi Stop Buang Air Besar Sembarangan",
            1,
            ("Jumlah desa binaan yang dipicu STBM", 8, "desa"),
            ("Persentase desa binaan yang lolos verifikasi ODF", 75),
            ("Waktu penyusunan laporan verifikasi ODF", 7, "hari"),
            ("Laporan verifikasi ODF", "Puskesmas dan pemerintah desa", "Triwulanan"),
            [
                (
                    "II.A.4",
                    "Melakukan pemicuan sanitasi total berbasis masyarakat",
                    "Laporan pemicuan",
                    "0,012",
                ),
                ("II.D.2", "Melakukan verifikasi desa ODF", "Berita acara verifikasi", "0,006"),
            ],
        ),
    ],
    "nutrisionis": [
        (
            "Balita gizi kurang yang mendapat tata laksana gizi sesuai standar",
            0,
            ("Jumlah balita gizi kurang yang mendapat PMT pemulihan", 120, "balita"),
            ("Persentase balita gizi kurang yang naik berat badannya", 80),
            ("Waktu penyampaian laporan pemantauan pertumbuhan", 5, "hari"),
            ("Laporan PMT pemulihan", "Puskesmas", "Bulanan"),
            [
                ("II.A.1", "Melakukan pengkajian gizi klien kelompok", "Hasil pengkajian", "0,006"),
                ("II.B.3", "Melakukan pemantauan dan evaluasi intervensi gizi", "Laporan monev", "0,010"),
            ],
        ),
        (
            "Data status gizi balita yang akurat",
            0,
            ("Jumlah laporan analisis data status gizi", 12, "laporan"),
            ("Persentase data e-PPGBM yang tervalidasi", 90),
            ("Waktu validasi data e-PPGBM", 7, "hari"),
            ("Data e-PPGBM", "Aplikasi e-PPGBM", "Bulanan"),
            [
                ("III.A.2", "Melakukan analisis data surveilans gizi", "Laporan analisis", "0,020"),
                ("III.B.1", "Menyusun rekomendasi intervensi gizi", "Rekomendasi", "0,015"),
            ],
        ),
    ],
    "kabid_binamarga": [
        (
            "Jalan kabupaten dalam kondisi mantap yang bertambah panjang",
            0,
            ("Panjang jalan kabupaten yang direhabilitasi", 18, "km"),
            ("Persentase paket pekerjaan jalan yang sesuai spesifikasi teknis", 95),
            ("Waktu penyelesaian paket pekerjaan jalan", 8, "bulan"),
            ("Laporan kemajuan fisik", "Konsultan pengawas", "Bulanan"),
            [],
        ),
        (
            "Jembatan kabupaten yang layak dan aman dilalui",
            0,
            ("Jumlah jembatan yang direhabilitasi", 6, "jembatan"),
            ("Persentase jembatan dalam kondisi baik", 85),
            ("Waktu penyusunan data kondisi jembatan", 2, "bulan"),
            ("Data kondisi jembatan", "Seksi Pembangunan Jembatan", "Semesteran"),
            [],
        ),
    ],
    "sekretaris_pupr": [
        (
            "Laporan keuangan Dinas PUPR yang andal",
            3,
            ("Jumlah laporan keuangan yang tersusun", 14, "laporan"),
            ("Persentase SPJ yang diverifikasi tanpa koreksi", 90),
            ("Waktu penyampaian laporan keuangan semesteran", 10, "hari"),
            ("Laporan keuangan", "Aplikasi SIPD", "Bulanan"),
            [],
        ),
        (
            "Kompetensi pegawai Dinas PUPR yang meningkat",
            2,
            ("Jumlah pegawai yang mengikuti pengembangan kompetensi", 40, "orang"),
            ("Persentase pegawai dengan capaian SKP minimal Baik", 90),
            ("Waktu penyusunan analisis kebutuhan pelatihan", 1, "bulan"),
            ("Rekap pengembangan kompetensi", "Subbagian Umum dan Kepegawaian", "Semesteran"),
            [],
        ),
    ],
    "kasubbag_umum": [
        (
            "Administrasi kepegawaian Dinas PUPR yang tertib",
            1,
            ("Jumlah usulan kenaikan pangkat dan gaji berkala yang diproses", 120, "usulan"),
            ("Persentase usulan yang disetujui tanpa pengembalian berkas", 90),
            ("Waktu pemrosesan usulan kenaikan pangkat", 5, "hari"),
            ("Register usulan kepegawaian", "Subbagian Umum dan Kepegawaian", "Bulanan"),
            [],
        ),
        (
            "Barang milik daerah Dinas PUPR yang tercatat tertib",
            0,
            ("Jumlah laporan barang milik daerah yang tersusun", 4, "laporan"),
            ("Persentase aset yang tercatat dalam KIB", 95),
            ("Waktu rekonsiliasi aset semesteran", 15, "hari"),
            ("Kartu inventaris barang", "Pengurus barang", "Triwulanan"),
            [],
        ),
    ],
    "tjj": [
        (
            "Dokumen perencanaan teknis jalan yang sesuai standar",
            0,
            ("Jumlah dokumen perencanaan teknis jalan yang tersusun", 6, "dokumen"),
            ("Persentase dokumen perencanaan yang lolos reviu teknis", 85),
            ("Waktu penyusunan dokumen perencanaan teknis", 2, "bulan"),
            ("Dokumen perencanaan teknis", "Seksi Perencanaan Jalan", "Triwulanan"),
            [
                ("II.A.2", "Melakukan survei dan investigasi lapangan jalan", "Laporan survei", "0,050"),
                ("II.B.1", "Menyusun gambar rencana teknis jalan", "Gambar rencana", "0,080"),
            ],
        ),
        (
            "Paket rehabilitasi jembatan yang terawasi mutunya",
            1,
            ("Jumlah paket rehabilitasi jembatan yang diawasi", 4, "paket"),
            ("Persentase hasil uji mutu pekerjaan yang memenuhi syarat", 90),
            ("Waktu penyampaian laporan pengawasan mingguan", 2, "hari"),
            ("Laporan pengawasan", "Konsultan pengawas dan laboratorium", "Mingguan"),
            [
                (
                    "III.A.1",
                    "Melakukan pengawasan mutu pelaksanaan konstruksi jembatan",
                    "Laporan pengawasan",
                    "0,040",
                ),
                ("III.C.2", "Melakukan uji mutu bahan konstruksi", "Hasil uji mutu", "0,025"),
            ],
        ),
    ],
    "kabid_ppm": [
        (
            "RKPD yang selaras dengan RPJMD dan ditetapkan tepat waktu",
            0,
            ("Jumlah dokumen perencanaan tahunan yang tersusun", 4, "dokumen"),
            ("Persentase program RKPD yang selaras dengan RPJMD", 95),
            ("Waktu penyusunan rancangan RKPD", 4, "bulan"),
            ("Dokumen RKPD", "Bidang Perencanaan dan Pengendalian", "Triwulanan"),
            [],
        ),
        (
            "Program pembangunan daerah yang terkendali dan terevaluasi",
            1,
            ("Jumlah laporan evaluasi pelaksanaan RKPD", 4, "laporan"),
            ("Persentase rekomendasi evaluasi yang ditindaklanjuti perangkat daerah", 75),
            ("Waktu penyampaian laporan evaluasi triwulanan", 15, "hari"),
            ("Laporan evaluasi RKPD", "Aplikasi SIPD", "Triwulanan"),
            [],
        ),
    ],
    "sekretaris_bappeda": [
        (
            "Keuangan Bappeda yang dikelola tertib dan akuntabel",
            3,
            ("Jumlah laporan keuangan yang tersusun", 14, "laporan"),
            ("Persentase SPJ yang lengkap saat diajukan", 90),
            ("Waktu penyampaian laporan realisasi anggaran", 10, "hari"),
            ("Laporan keuangan", "Aplikasi SIPD", "Bulanan"),
            [],
        ),
        (
            "Arsip dan administrasi umum Bappeda yang tertata",
            2,
            ("Jumlah berkas arsip yang ditata", 600, "berkas"),
            ("Persentase arsip yang tertata sesuai klasifikasi", 90),
            ("Waktu penyelesaian penataan arsip inaktif", 3, "bulan"),
            ("Daftar arsip", "Subbagian Umum dan Kepegawaian", "Triwulanan"),
            [],
        ),
    ],
    "perencana": [
        (
            "Rancangan RKPD yang tersusun sesuai kaidah perencanaan",
            0,
            ("Jumlah bab rancangan RKPD yang tersusun", 6, "bab"),
            ("Persentase indikator RKPD yang selaras dengan RPJMD", 95),
            ("Waktu penyusunan rancangan awal RKPD", 2, "bulan"),
            ("Rancangan RKPD", "Bidang Perencanaan dan Pengendalian", "Triwulanan"),
            [
                (
                    "I.B.2",
                    "Menyusun rancangan rencana pembangunan tahunan daerah",
                    "Rancangan RKPD",
                    "0,480",
                ),
                ("I.C.1", "Melakukan analisis konsistensi program", "Hasil analisis", "0,120"),
            ],
        ),
        (
            "Laporan evaluasi kinerja pembangunan daerah yang berkualitas",
            1,
            ("Jumlah laporan evaluasi kinerja pembangunan yang tersusun", 4, "laporan"),
            ("Persentase laporan evaluasi yang diterima tanpa revisi", 80),
            ("Waktu penyampaian laporan evaluasi", 15, "hari"),
            ("Laporan evaluasi", "Aplikasi SIPD", "Triwulanan"),
            [
                ("II.A.3", "Melakukan evaluasi pelaksanaan rencana pembangunan", "Laporan evaluasi", "0,240"),
                ("II.B.1", "Menyusun rekomendasi hasil evaluasi", "Rekomendasi", "0,090"),
            ],
        ),
    ],
    "arsiparis": [
        (
            "Arsip dinamis Bappeda yang tertata sesuai klasifikasi",
            1,
            ("Jumlah berkas arsip aktif yang dikelola", 400, "berkas"),
            ("Persentase arsip aktif yang terdaftar dalam daftar arsip", 90),
            ("Waktu pemberkasan arsip aktif", 5, "hari"),
            ("Daftar arsip aktif", "Unit pengolah", "Bulanan"),
            [
                ("II.A.1", "Melakukan pemberkasan arsip aktif", "Daftar arsip", "0,003"),
                ("II.A.4", "Melakukan penataan arsip inaktif", "Daftar arsip inaktif", "0,005"),
            ],
        ),
        (
            "Arsip inaktif yang siap dipindahkan ke lembaga kearsipan daerah",
            1,
            ("Jumlah boks arsip inaktif yang ditata", 40, "boks"),
            ("Persentase arsip inaktif yang telah dinilai", 85),
            ("Waktu penyusunan daftar arsip usul pindah", 1, "bulan"),
            ("Daftar arsip inaktif", "Unit kearsipan", "Triwulanan"),
            [
                ("II.B.2", "Melakukan penilaian arsip inaktif", "Hasil penilaian", "0,008"),
                ("II.C.1", "Menyusun daftar arsip usul pindah", "Daftar arsip usul pindah", "0,012"),
            ],
        ),
    ],
    "pengadministrasi": [
        (
            "Surat masuk dan keluar Bappeda yang tercatat tertib",
            1,
            ("Jumlah surat masuk dan keluar yang diagendakan", 1200, "surat"),
            ("Persentase surat yang terdistribusi pada hari yang sama", 90),
            ("Waktu pendistribusian surat masuk", 1, "hari"),
            ("Buku agenda surat", "Aplikasi tata naskah dinas", "Bulanan"),
            [],
        ),
        (
            "Kebutuhan alat tulis kantor Bappeda yang terpenuhi",
            0,
            ("Jumlah laporan persediaan alat tulis kantor yang tersusun", 12, "laporan"),
            ("Persentase permintaan barang persediaan yang terpenuhi", 90),
            ("Waktu pemenuhan permintaan barang persediaan", 2, "hari"),
            ("Kartu persediaan", "Pengurus barang", "Bulanan"),
            [],
        ),
    ],
    "irban": [
        (
            "Hasil pengawasan penyelenggaraan pemerintahan wilayah I yang efektif",
            0,
            ("Jumlah laporan hasil pengawasan yang diterbitkan", 20, "laporan"),
            ("Persentase rekomendasi hasil pengawasan yang ditindaklanjuti", 85),
            ("Waktu penerbitan laporan hasil pengawasan", 14, "hari"),
            ("Laporan hasil pengawasan", "Aplikasi pengawasan Inspektorat", "Triwulanan"),
            [],
        ),
        (
            "Mutu pengawasan internal wilayah I yang terjamin",
            1,
            ("Jumlah kertas kerja pengawasan yang direviu", 20, "kertas kerja"),
            ("Persentase penugasan yang sesuai standar audit", 90),
            ("Waktu reviu kertas kerja pengawasan", 5, "hari"),
            ("Kertas kerja pengawasan", "Tim pengawasan wilayah I", "Triwulanan"),
            [],
        ),
    ],
    "auditor": [
        (
            "Laporan hasil audit kinerja perangkat daerah yang berkualitas",
            0,
            ("Jumlah laporan hasil audit yang tersusun", 8, "laporan"),
            ("Persentase temuan audit yang didukung bukti memadai", 90),
            ("Waktu penyusunan konsep laporan hasil audit", 10, "hari"),
            ("Laporan hasil audit", "Tim audit wilayah I", "Triwulanan"),
            [
                ("II.A.2", "Melaksanakan pengujian dan analisis bukti audit", "Kertas kerja audit", "0,015"),
                ("II.A.5", "Menyusun konsep laporan hasil audit", "Konsep laporan hasil audit", "0,030"),
            ],
        ),
        (
            "Tindak lanjut rekomendasi hasil audit yang terpantau",
            0,
            ("Jumlah laporan pemantauan tindak lanjut yang tersusun", 4, "laporan"),
            ("Persentase rekomendasi yang dipantau status tindak lanjutnya", 95),
            ("Waktu pemutakhiran data tindak lanjut", 7, "hari"),
            ("Data tindak lanjut", "Aplikasi pemantauan tindak lanjut", "Triwulanan"),
            [
                ("II.C.1", "Melakukan pemantauan tindak lanjut hasil audit", "Laporan pemantauan", "0,012"),
                ("II.C.3", "Melakukan pemutakhiran data tindak lanjut", "Rekap tindak lanjut", "0,006"),
            ],
        ),
    ],
    "p2upd": [
        (
            "Laporan hasil pengawasan pemerintahan desa yang sesuai standar",
            0,
            ("Jumlah desa yang diawasi penyelenggaraan pemerintahannya", 24, "desa"),
            ("Persentase laporan hasil pengawasan desa tanpa koreksi", 85),
            ("Waktu penerbitan laporan hasil pengawasan desa", 14, "hari"),
            ("Laporan hasil pengawasan desa", "Tim pengawasan wilayah I", "Triwulanan"),
            [
                (
                    "II.A.1",
                    "Melaksanakan pengawasan penyelenggaraan pemerintahan desa",
                    "Kertas kerja pengawasan",
                    "0,060",
                ),
                ("II.A.3", "Menyusun laporan hasil pengawasan", "Laporan hasil pengawasan", "0,045"),
            ],
        ),
        (
            "Pengaduan masyarakat yang tertangani tuntas",
            1,
            ("Jumlah pengaduan masyarakat yang ditelaah", 12, "pengaduan"),
            ("Persentase pengaduan yang ditindaklanjuti dengan pemeriksaan", 80),
            ("Waktu penelaahan pengaduan masyarakat", 7, "hari"),
            ("Register pengaduan", "Aplikasi SP4N-LAPOR", "Bulanan"),
            [
                ("III.B.2", "Melakukan penelaahan pengaduan masyarakat", "Hasil telaahan", "0,020"),
                (
                    "III.B.4",
                    "Melaksanakan pemeriksaan khusus atas pengaduan",
                    "Laporan hasil pemeriksaan",
                    "0,090",
                ),
            ],
        ),
    ],
}

# Kinerja Tambahan of a JA/JF (variation ``rk_tambahan``): a development commitment, no butir kegiatan.
TAMBAHAN = (
    "Kompetensi teknis jabatan yang meningkat melalui pelatihan",
    ("Jumlah jam pelajaran pengembangan kompetensi yang diikuti", 20, "jam pelajaran"),
    ("Sertifikat pelatihan", "Penyelenggara pelatihan", "Semesteran"),
)
