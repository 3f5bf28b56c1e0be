"""Content bank of the held-out set ``nyata_ci``: the fictional Pemerintah Kabupaten Karang Melati (ibu kota
Pasir Melati), its Dinas Perhubungan and Badan Pendapatan Daerah; people and their Rencana SKP 2028. Written
from SPEC only."""

from __future__ import annotations

KAB = "Karang Melati"
TEMPAT = "Pasir Melati"
TAHUN = 2028

AGENCY = {
    "dishub": "Dinas Perhubungan",
    "bapenda": "Badan Pendapatan Daerah",
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

# key → nama, nip, golongan, jabatan, unit kerja, penilai, agency, jenis
PEOPLE: dict[str, dict] = {}


def _p(key, nama, nip, gol, jabatan, unit, penilai, agency, jenis):
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


_p(
    "sekda",
    "Ir. Bambang Wicaksono, M.T.",
    "196903121994031005",
    "IV/d",
    f"Sekretaris Daerah Kabupaten {KAB}",
    f"Sekretariat Daerah Kabupaten {KAB}",
    None,
    None,
    None,
)
_p(
    "kadishub",
    "Rahmat Hidayat Lubis, S.T., M.M.",
    "197204081998031004",
    "IV/c",
    "Kepala Dinas Perhubungan",
    f"Dinas Perhubungan Kabupaten {KAB}",
    "sekda",
    "dishub",
    "jpt",
)
_p(
    "kaban",
    "Dra. Sri Wahyuni Pratiwi, M.Si.",
    "197411222000032003",
    "IV/c",
    "Kepala Badan Pendapatan Daerah",
    f"Badan Pendapatan Daerah Kabupaten {KAB}",
    "sekda",
    "bapenda",
    "jpt",
)
_p(
    "sekdishub",
    "Eko Prasetyo, S.E.",
    "197806152003121002",
    "IV/a",
    "Sekretaris Dinas Perhubungan",
    f"Sekretariat Dinas Perhubungan Kabupaten {KAB}",
    "kadishub",
    "dishub",
    "ja",
)
_p(
    "kabid_lalin",
    "Yohana Simanjuntak, S.SiT.",
    "198001302005012007",
    "III/d",
    "Kepala Bidang Lalu Lintas dan Angkutan",
    f"Bidang Lalu Lintas dan Angkutan Dinas Perhubungan Kabupaten {KAB}",
    "kadishub",
    "dishub",
    "ja",
)
_p(
    "kabid_pajak",
    "Agus Setiawan Nasution, S.E., M.Ak.",
    "197909092006041011",
    "IV/a",
    "Kepala Bidang Pajak Daerah",
    f"Bidang Pajak Daerah Badan Pendapatan Daerah Kabupaten {KAB}",
    "kaban",
    "bapenda",
    "ja",
)
_p(
    "pengadm_pajak",
    "Dewi Lestari, S.E.",
    "199205172015032004",
    "III/a",
    "Pengadministrasi Perpajakan",
    f"Bidang Pajak Daerah Badan Pendapatan Daerah Kabupaten {KAB}",
    "kabid_pajak",
    "bapenda",
    "ja",
)
_p(
    "penguji",
    "Fajar Nugroho, S.T.",
    "199003142014021003",
    "III/b",
    "Penguji Kendaraan Bermotor Ahli Pertama",
    f"UPT Pengujian Kendaraan Bermotor Dinas Perhubungan Kabupaten {KAB}",
    "kabid_lalin",
    "dishub",
    "jf",
)
_p(
    "analis_keu",
    "Nurul Hasanah, S.E., M.Si.",
    "198707252010012014",
    "III/c",
    "Analis Keuangan Pusat dan Daerah Ahli Muda",
    f"Bidang Pajak Daerah Badan Pendapatan Daerah Kabupaten {KAB}",
    "kabid_pajak",
    "bapenda",
    "jf",
)
_p(
    "pranata_komputer",
    "Rizky Ramadhan, S.Kom.",
    "199412022019031006",
    "III/a",
    "Pranata Komputer Ahli Pertama",
    f"Sekretariat Dinas Perhubungan Kabupaten {KAB}",
    "sekdishub",
    "dishub",
    "jf",
)
_p(
    "arsiparis",
    "Siti Maesaroh, A.Md.",
    "199508192020122011",
    "II/c",
    "Arsiparis Terampil",
    f"Sekretariat Dinas Perhubungan Kabupaten {KAB}",
    "sekdishub",
    "dishub",
    "jf",
)

PERSP = ["Penerima Layanan (Stakeholder)", "Proses Bisnis", "Penguatan Internal", "Anggaran"]

# JPT: (perspektif, RK, [(IKI, target)]); the first RK has four IKI (the first two used by default)
JPT_RK = {
    "kadishub": [
        (
            PERSP[0],
            "Meningkatnya keselamatan lalu lintas di jalan kabupaten",
            [
                ("Persentase penurunan angka kecelakaan lalu lintas", "10 %"),
                ("Jumlah ruas jalan kabupaten dengan rambu lengkap", "24 ruas"),
                ("Jumlah titik rawan kecelakaan yang tertangani", "8 titik"),
                ("Persentase kendaraan wajib uji yang lulus uji berkala", "85 %"),
            ],
        ),
        (
            PERSP[1],
            "Meningkatnya kualitas layanan angkutan umum perdesaan",
            [
                ("Jumlah trayek angkutan perdesaan yang beroperasi", "14 trayek"),
                ("Indeks kepuasan pengguna angkutan umum", "82 poin"),
            ],
        ),
        (
            PERSP[2],
            "Meningkatnya akuntabilitas kinerja Dinas Perhubungan",
            [
                ("Nilai evaluasi SAKIP Dinas Perhubungan", "72 poin"),
                ("Persentase rekomendasi hasil pemeriksaan yang ditindaklanjuti", "95 %"),
            ],
        ),
        (
            PERSP[3],
            "Meningkatnya pendapatan retribusi perhubungan",
            [
                ("Realisasi retribusi pengujian kendaraan bermotor", "Rp 1.250.000.000"),
                ("Persentase realisasi retribusi parkir tepi jalan umum", "90 %"),
            ],
        ),
        (
            PERSP[1],
            "Terintegrasinya data angkutan umum dalam sistem informasi perhubungan",
            [
                ("Jumlah basis data angkutan umum yang terintegrasi", "3 basis data"),
                ("Persentase armada angkutan umum yang tercatat", "90 %"),
            ],
        ),
    ],
    "kaban": [
        (
            PERSP[0],
            "Meningkatnya kepatuhan wajib pajak daerah",
            [
                ("Persentase wajib pajak hotel dan restoran yang melapor tepat waktu", "88 %"),
                ("Jumlah wajib pajak baru yang terdaftar", "320 wajib pajak"),
                ("Persentase tunggakan pajak daerah yang tertagih", "40 %"),
                ("Jumlah objek pajak bumi dan bangunan yang dimutakhirkan", "2.500 objek"),
            ],
        ),
        (
            PERSP[1],
            "Meningkatnya kualitas layanan pembayaran pajak daerah secara elektronik",
            [
                ("Jumlah kanal pembayaran pajak daerah elektronik", "6 kanal"),
                ("Persentase transaksi pajak daerah melalui kanal elektronik", "65 %"),
            ],
        ),
        (
            PERSP[2],
            "Meningkatnya kompetensi aparatur pengelola pendapatan daerah",
            [
                ("Jumlah aparatur pendapatan bersertifikat juru sita pajak", "12 orang"),
                ("Persentase pegawai yang memenuhi standar kompetensi jabatan", "80 %"),
            ],
        ),
        (
            PERSP[3],
            "Meningkatnya pendapatan asli daerah dari pajak daerah",
            [
                ("Realisasi penerimaan pajak daerah", "Rp 86.500.000.000"),
                ("Persentase pertumbuhan penerimaan pajak daerah", "8 %"),
            ],
        ),
        (
            PERSP[1],
            "Termutakhirkannya basis data objek pajak daerah",
            [
                ("Jumlah objek pajak yang terpetakan secara digital", "4.000 objek"),
                ("Persentase objek pajak dengan koordinat yang valid", "90 %"),
            ],
        ),
    ],
}

# JA/JF: (RK, index of the penilai's RK intervened, (IKI kuantitas, angka, satuan), (IKI kualitas, %),
#         (IKI waktu, angka, satuan), cara memantau (data, sumber, waktu), [(butir, output, angka kredit)])
RK: dict[str, list] = {
    "sekdishub": [
        (
            "Dokumen perencanaan dan anggaran Dinas Perhubungan tersusun tepat waktu",
            2,
            ("Jumlah dokumen perencanaan dan anggaran yang disahkan", 5, "dokumen"),
            ("Persentase dokumen perencanaan tanpa revisi substansi", 90),
            ("Waktu penyampaian dokumen perencanaan", 12, "bulan"),
            ("Dokumen Renja, RKA dan DPA", "Subbagian Program dan Keuangan", "Triwulanan"),
            [],
        ),
        (
            "Laporan keuangan Dinas Perhubungan yang akuntabel",
            2,
            ("Jumlah laporan keuangan yang disampaikan", 13, "laporan"),
            ("Persentase temuan BPK atas laporan keuangan yang ditindaklanjuti", 95),
            ("Waktu penyampaian laporan keuangan tahunan", 2, "bulan"),
            ("Laporan keuangan dan LHP BPK", "Subbagian Program dan Keuangan", "Semesteran"),
            [],
        ),
        (
            "Kebutuhan sarana dan prasarana kantor terpenuhi sesuai rencana",
            3,
            ("Jumlah barang milik daerah yang terinventarisasi", 420, "unit"),
            ("Persentase sarana kantor dalam kondisi baik", 85),
            ("Waktu penyelesaian rencana kebutuhan barang milik daerah", 3, "bulan"),
            ("Kartu inventaris barang", "Subbagian Umum dan Kepegawaian", "Semesteran"),
            [],
        ),
    ],
    "kabid_lalin": [
        (
            "Rambu dan marka jalan kabupaten terpasang sesuai kebutuhan",
            0,
            ("Jumlah rambu lalu lintas yang terpasang", 180, "rambu"),
            ("Persentase rambu terpasang sesuai standar teknis", 90),
            ("Waktu penyelesaian pemasangan rambu", 10, "bulan"),
            ("Berita acara pemasangan rambu", "Seksi Manajemen Rekayasa Lalu Lintas", "Triwulanan"),
            [],
        ),
        (
            "Titik rawan kecelakaan yang tertangani",
            0,
            ("Jumlah titik rawan kecelakaan yang ditangani", 8, "titik"),
            ("Persentase titik rawan dengan penurunan kecelakaan", 75),
            ("Waktu penyusunan rekomendasi penanganan titik rawan", 4, "bulan"),
            ("Data kecelakaan Satlantas", "Polres dan Seksi Keselamatan", "Bulanan"),
            [],
        ),
        (
            "Izin trayek angkutan perdesaan terbit sesuai standar pelayanan",
            1,
            ("Jumlah izin trayek yang diterbitkan", 60, "izin"),
            ("Persentase izin trayek terbit tanpa pengaduan", 90),
            ("Waktu penerbitan izin trayek", 5, "hari"),
            ("Register izin trayek", "Seksi Angkutan", "Bulanan"),
            [],
        ),
    ],
    "kabid_pajak": [
        (
            "Wajib pajak hotel dan restoran melapor tepat waktu",
            0,
            ("Jumlah wajib pajak hotel dan restoran yang terdata", 240, "wajib pajak"),
            ("Persentase SPTPD yang diterima tepat waktu", 88),
            ("Waktu rekapitulasi SPTPD bulanan", 10, "hari"),
            ("Rekap SPTPD", "Seksi Pendataan dan Pendaftaran", "Bulanan"),
            [],
        ),
        (
            "Tunggakan pajak daerah tertagih",
            0,
            ("Jumlah surat teguran tunggakan pajak yang tersampaikan", 450, "surat"),
            ("Persentase nilai tunggakan yang tertagih", 40),
            ("Waktu penyampaian surat teguran setelah jatuh tempo", 7, "hari"),
            ("Daftar tunggakan dan bukti setor", "Seksi Penagihan", "Bulanan"),
            [],
        ),
        (
            "Transaksi pajak daerah melalui kanal elektronik meningkat",
            1,
            ("Jumlah wajib pajak yang terdaftar pada kanal elektronik", 800, "wajib pajak"),
            ("Persentase transaksi pajak yang tercatat otomatis", 65),
            ("Waktu rekonsiliasi transaksi elektronik", 3, "hari"),
            ("Laporan rekonsiliasi bank", "Bank Pembangunan Daerah", "Bulanan"),
            [],
        ),
    ],
    "pengadm_pajak": [
        (
            "Data SPTPD wajib pajak hotel dan restoran terekam lengkap",
            0,
            ("Jumlah SPTPD yang terekam dalam aplikasi", 2800, "SPTPD"),
            ("Persentase SPTPD terekam tanpa kesalahan", 95),
            ("Waktu perekaman SPTPD sejak diterima", 2, "hari"),
            ("Aplikasi pajak daerah", "Seksi Pendataan dan Pendaftaran", "Bulanan"),
            [],
        ),
        (
            "Surat teguran tunggakan pajak terdistribusi kepada wajib pajak",
            1,
            ("Jumlah surat teguran yang terdistribusi", 450, "surat"),
            ("Persentase surat teguran dengan tanda terima", 90),
            ("Waktu distribusi surat teguran", 3, "hari"),
            ("Buku ekspedisi surat teguran", "Seksi Penagihan", "Bulanan"),
            [],
        ),
        (
            "Arsip dokumen pajak daerah tertata dan mudah ditemukan",
            0,
            ("Jumlah berkas wajib pajak yang tertata", 1200, "berkas"),
            ("Persentase berkas yang ditemukan kembali kurang dari 10 menit", 90),
            ("Waktu penataan berkas baru", 5, "hari"),
            ("Daftar arsip aktif", "Subbagian Umum", "Triwulanan"),
            [],
        ),
    ],
    "penguji": [
        (
            "Kendaraan wajib uji teruji laik jalan sesuai standar",
            0,
            ("Jumlah kendaraan wajib uji yang diuji", 3600, "kendaraan"),
            ("Persentase hasil uji tanpa keberatan pemilik kendaraan", 95),
            ("Waktu pelayanan uji berkala per kendaraan", 1, "hari"),
            ("Register hasil uji", "UPT Pengujian Kendaraan Bermotor", "Bulanan"),
            [
                ("Melakukan pengujian berkala kendaraan bermotor", "Berita acara uji", "0,012"),
                ("Menganalisis hasil uji emisi gas buang", "Laporan hasil analisis", "0,020"),
            ],
        ),
        (
            "Rekomendasi teknis kelaikan angkutan umum tersusun",
            1,
            ("Jumlah rekomendasi teknis kelaikan yang diterbitkan", 40, "rekomendasi"),
            ("Persentase rekomendasi yang ditindaklanjuti operator", 80),
            ("Waktu penerbitan rekomendasi teknis", 5, "hari"),
            ("Arsip rekomendasi teknis", "Seksi Angkutan", "Triwulanan"),
            [("Menyusun rekomendasi teknis hasil pengujian", "Rekomendasi teknis", "0,040")],
        ),
        (
            "Data hasil uji kendaraan terunggah ke sistem informasi pengujian",
            2,
            ("Jumlah data hasil uji yang terunggah", 3600, "data"),
            ("Persentase data hasil uji yang valid", 98),
            ("Waktu pengunggahan data hasil uji", 1, "hari"),
            ("Sistem informasi pengujian", "UPT Pengujian Kendaraan Bermotor", "Bulanan"),
            [("Mengelola data hasil pengujian kendaraan", "Data terunggah", "0,005")],
        ),
    ],
    "analis_keu": [
        (
            "Kajian potensi pajak hotel dan restoran tersusun",
            0,
            ("Jumlah kajian potensi pajak yang tersusun", 2, "kajian"),
            ("Persentase rekomendasi kajian yang diterima pimpinan", 80),
            ("Waktu penyelesaian kajian potensi pajak", 6, "bulan"),
            ("Dokumen kajian", "Bidang Pajak Daerah", "Semesteran"),
            [("Menyusun kajian potensi pendapatan daerah", "Dokumen kajian", "0,250")],
        ),
        (
            "Proyeksi penerimaan pajak daerah yang akurat",
            2,
            ("Jumlah dokumen proyeksi penerimaan yang tersusun", 4, "dokumen"),
            ("Persentase ketepatan proyeksi terhadap realisasi", 90),
            ("Waktu penyampaian proyeksi triwulanan", 10, "hari"),
            ("Dokumen proyeksi dan realisasi", "Bidang Pajak Daerah", "Triwulanan"),
            [("Menganalisis proyeksi pendapatan daerah", "Dokumen proyeksi", "0,180")],
        ),
        (
            "Evaluasi tunggakan pajak daerah tersaji kepada pimpinan",
            1,
            ("Jumlah laporan evaluasi tunggakan yang tersaji", 4, "laporan"),
            ("Persentase wajib pajak penunggak yang teranalisis", 90),
            ("Waktu penyajian laporan evaluasi", 15, "hari"),
            ("Laporan evaluasi tunggakan", "Seksi Penagihan", "Triwulanan"),
            [("Mengevaluasi piutang pajak daerah", "Laporan evaluasi", "0,120")],
        ),
    ],
    "pranata_komputer": [
        (
            "Layanan jaringan internet kantor tersedia tanpa gangguan berarti",
            1,
            ("Jumlah titik akses jaringan yang terpelihara", 24, "titik"),
            ("Persentase ketersediaan layanan jaringan", 97),
            ("Waktu pemulihan gangguan jaringan", 1, "hari"),
            ("Log pemantauan jaringan", "Subbagian Umum dan Kepegawaian", "Bulanan"),
            [("Melakukan pemeliharaan jaringan komputer", "Laporan pemeliharaan", "0,010")],
        ),
        (
            "Aplikasi pelaporan retribusi perhubungan berfungsi baik",
            0,
            ("Jumlah modul aplikasi yang dikembangkan", 3, "modul"),
            ("Persentase permintaan perbaikan aplikasi yang terselesaikan", 90),
            ("Waktu penyelesaian pengembangan modul", 8, "bulan"),
            ("Dokumen pengujian aplikasi", "Subbagian Program dan Keuangan", "Triwulanan"),
            [("Membuat program aplikasi", "Modul aplikasi", "0,150")],
        ),
        (
            "Data barang milik daerah tersaji dalam basis data",
            2,
            ("Jumlah rekaman data barang yang termutakhirkan", 420, "rekaman"),
            ("Persentase data barang yang sesuai kartu inventaris", 95),
            ("Waktu pemutakhiran basis data", 2, "bulan"),
            ("Basis data barang milik daerah", "Subbagian Umum dan Kepegawaian", "Semesteran"),
            [("Melakukan pemutakhiran basis data", "Basis data mutakhir", "0,008")],
        ),
    ],
    "arsiparis": [
        (
            "Arsip inaktif Dinas Perhubungan tertata sesuai klasifikasi",
            0,
            ("Jumlah boks arsip inaktif yang tertata", 150, "boks"),
            ("Persentase arsip inaktif yang terdaftar dalam daftar arsip", 95),
            ("Waktu penataan arsip inaktif", 10, "bulan"),
            ("Daftar arsip inaktif", "Subbagian Umum dan Kepegawaian", "Triwulanan"),
            [("Melakukan pemberkasan arsip inaktif", "Daftar arsip", "0,003")],
        ),
        (
            "Naskah dinas keluar tercatat dan terdistribusi",
            0,
            ("Jumlah naskah dinas yang tercatat", 1500, "naskah"),
            ("Persentase naskah dinas yang terdistribusi dengan tanda terima", 95),
            ("Waktu pencatatan naskah dinas keluar", 1, "hari"),
            ("Buku agenda surat keluar", "Subbagian Umum dan Kepegawaian", "Bulanan"),
            [("Melakukan registrasi naskah dinas", "Agenda surat", "0,002")],
        ),
        (
            "Arsip vital Dinas Perhubungan terlindungi",
            2,
            ("Jumlah arsip vital yang terlindungi", 80, "berkas"),
            ("Persentase arsip vital yang tersimpan di ruang tahan api", 90),
            ("Waktu penyelesaian daftar arsip vital", 6, "bulan"),
            ("Daftar arsip vital", "Subbagian Umum dan Kepegawaian", "Semesteran"),
            [("Melakukan perlindungan arsip vital", "Daftar arsip vital", "0,004")],
        ),
    ],
}

# fourth IKI (Biaya) of the first RK, JA/JF: (IKI, rupiah)
BIAYA = {
    "sekdishub": ("Biaya penyusunan dokumen perencanaan", 45_000_000),
    "kabid_lalin": ("Biaya pemasangan rambu per ruas jalan", 60_000_000),
    "kabid_pajak": ("Biaya pendataan wajib pajak hotel dan restoran", 30_000_000),
    "pengadm_pajak": ("Biaya perekaman SPTPD", 12_000_000),
    "penguji": ("Biaya operasional pengujian berkala", 80_000_000),
    "analis_keu": ("Biaya penyusunan kajian potensi pajak", 25_000_000),
    "pranata_komputer": ("Biaya pemeliharaan jaringan kantor", 36_000_000),
    "arsiparis": ("Biaya penataan arsip inaktif", 20_000_000),
}

# Kinerja Tambahan (all forms): RK, [(aspek, IKI, target number, satuan)]
TAMBAHAN = [
    (
        "Sertifikat pelatihan pengadaan barang dan jasa tingkat dasar diperoleh",
        [
            ("Kuantitas", "Jumlah sertifikat pelatihan yang diperoleh", 1, "sertifikat"),
            ("Waktu", "Waktu penyelesaian pelatihan", 6, "bulan"),
        ],
    ),
    (
        "Keikutsertaan dalam Tim Percepatan Penurunan Stunting kabupaten terdokumentasi",
        [
            ("Kuantitas", "Jumlah laporan kegiatan tim yang tersampaikan", 4, "laporan"),
            ("Kualitas", "Persentase rapat tim yang dihadiri", 80, "%"),
        ],
    ),
    (
        "Materi narasumber bimbingan teknis antarperangkat daerah tersampaikan",
        [("Kuantitas", "Jumlah materi narasumber yang disampaikan", 2, "materi")],
    ),
]


def manual(rk: str, iki: str, target: str) -> dict[str, str]:
    """A Manual Indikator Kinerja (SPEC §3.5) of one IKI, in this set's wording."""
    pct = target.endswith("%")
    return {
        "rencana": rk,
        "deskripsi": f"Hasil yang dituju pada akhir tahun {TAHUN}: {rk[0].lower() + rk[1:]}.",
        "iki": iki,
        "definisi": f"Ukuran capaian {iki[0].lower() + iki[1:]} pada perangkat daerah.",
        "formula": "(realisasi / sasaran) x 100 %" if pct else f"Penjumlahan {iki[0].lower() + iki[1:]}",
        "tujuan": "Mengetahui sejauh mana rencana kinerja tercapai sebagai dasar perbaikan layanan.",
        "satuan": "Persen" if pct else target.split(" ", 1)[-1],
        "aspek": "Kualitas" if pct else "Kuantitas",
        "kendali": "Tinggi",
        "sumber": "Laporan kinerja perangkat daerah",
        "periode": "Triwulanan",
    }
