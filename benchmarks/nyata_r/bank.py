"""People and plans of a fictional agency (Dinas Lingkungan Hidup Kabupaten Lembah Hijau) for ``buat.py``.

Every RK is written as a result, every IKI with its satuan; Model Pengembangan kategori follow SPEC §3.3
(BAIK = target, CUKUP below it, SANGAT BAIK above it; the other way round for waktu). Nothing here comes
from skp's code or fixtures.
"""

from __future__ import annotations

INSTANSI = "DINAS LINGKUNGAN HIDUP KABUPATEN LEMBAH HIJAU"
PERIODE = "PERIODE PENILAIAN: 1 JANUARI SD 31 DESEMBER 2026"
TEMPAT = "Lembah Hijau, 5 Januari 2026"

SEKDA = (
    "Drs. H. Ahmad Fauzi, M.Si.",
    "19680510 199403 1 005",
    "Pembina Utama Madya, IV/d",
    "Sekretaris Daerah",
    "Sekretariat Daerah Kabupaten Lembah Hijau",
)
KADIS = (
    "Ir. Bambang Sutrisno, M.Si.",
    "19700412 199603 1 002",
    "Pembina Utama Muda, IV/c",
    "Kepala Dinas Lingkungan Hidup",
    "Dinas Lingkungan Hidup",
)
KABID = (
    "Rahmawati, S.T., M.T.",
    "19800315 200501 2 004",
    "Pembina, IV/a",
    "Kepala Bidang Pengelolaan Sampah dan Limbah B3",
    "Bidang Pengelolaan Sampah dan Limbah B3",
)
KABID2 = (
    "Agus Salim, S.Si., M.Env.",
    "19790821 200312 1 003",
    "Pembina, IV/a",
    "Kepala Bidang Penaatan dan Peningkatan Kapasitas Lingkungan",
    "Bidang Penaatan dan Peningkatan Kapasitas Lingkungan",
)

# pegawai: nama, nip, pangkat, jabatan, unit, penilai
PEGAWAI = {
    "jpt": [
        KADIS + (SEKDA,),
        (
            "Dr. Ir. Wulan Sari, M.P.",
            "19720918 199803 2 001",
            "Pembina Utama Muda, IV/c",
            "Kepala Dinas Lingkungan Hidup",
            "Dinas Lingkungan Hidup",
            SEKDA,
        ),
    ],
    "ja": [
        KABID + (KADIS,),
        (
            "Hendra Gunawan, S.Si.",
            "19850722 201001 1 003",
            "Penata Tingkat I, III/d",
            "Kepala Seksi Pengurangan Sampah",
            "Bidang Pengelolaan Sampah dan Limbah B3",
            KABID,
        ),
        (
            "Siti Nurhaliza, A.Md.",
            "19920818 201503 2 001",
            "Pengatur Tingkat I, II/d",
            "Pengelola Data Lingkungan",
            "Bidang Pengelolaan Sampah dan Limbah B3",
            KABID,
        ),
        (
            "Rudi Hartono, S.E.",
            "19890203 201403 1 002",
            "Penata, III/c",
            "Kepala Subbagian Keuangan",
            "Sekretariat",
            KABID2,
        ),
    ],
    "jf": [
        (
            "Dewi Kartika, S.T.",
            "19881105 201212 2 002",
            "Penata Tingkat I, III/d",
            "Pengendali Dampak Lingkungan Ahli Muda",
            "Bidang Penaatan dan Peningkatan Kapasitas Lingkungan",
            KABID2,
        ),
        (
            "Yoga Pratama, S.Si.",
            "19940310 201903 1 006",
            "Penata Muda Tingkat I, III/b",
            "Pengawas Lingkungan Hidup Ahli Pertama",
            "Bidang Penaatan dan Peningkatan Kapasitas Lingkungan",
            KABID2,
        ),
        (
            "Lestari Handayani, A.Md.",
            "19950614 202012 2 003",
            "Pengatur Tingkat I, II/d",
            "Arsiparis Terampil",
            "Sekretariat",
            KABID2,
        ),
    ],
}


def _iki(aspek, iki, target, kat=None, tampil=None):
    """One IKI: ``target`` as staff type it (text); ``tampil`` a typed number + number format instead."""
    return {"aspek": aspek, "iki": iki, "target": target, "kat": kat, "tampil": tampil}


def _kat_naik(n, satuan):
    return {
        "SK": f"< {n - 4} {satuan}",
        "K": f"{n - 4} - {n - 3} {satuan}",
        "C": f"{n - 2} - {n - 1} {satuan}",
        "B": f"{n} {satuan}",
        "SB": f"> {n} {satuan}",
    }


def _kat_persen(n):
    return {
        "SK": f"< {n - 30} %",
        "K": f"{n - 30} - {n - 21} %",
        "C": f"{n - 20} - {n - 1} %",
        "B": f"{n} %",
        "SB": f"> {n} %",
    }


def _kat_waktu(n):
    return {
        "SK": f"> {n + 2} bulan",
        "K": f"{n + 2} bulan",
        "C": f"{n + 1} bulan",
        "B": f"{n} bulan",
        "SB": f"< {n} bulan",
    }


# RK atasan (column 2) of the JA/JF plans: KABID's and KABID2's RK, as written in their SKP
ATASAN_SAMPAH = [
    "Meningkatnya pengurangan sampah rumah tangga di Kabupaten Lembah Hijau",
    "Meningkatnya penanganan sampah di tempat pemrosesan akhir",
    "Terkelolanya limbah B3 fasilitas pelayanan kesehatan sesuai ketentuan",
]
ATASAN_PENAATAN = [
    "Meningkatnya ketaatan usaha dan/atau kegiatan terhadap izin lingkungan",
    "Tersusunnya dokumen lingkungan hidup yang berkualitas",
    "Tertib administrasi dan arsip Dinas Lingkungan Hidup",
]

RK_JA = [
    {
        "atasan": ATASAN_SAMPAH[0],
        "rk": "Bank sampah unit di desa binaan aktif melakukan pengurangan sampah",
        "data": "Laporan bulanan bank sampah",
        "sumber": "Pengelola bank sampah unit",
        "waktu": "Setiap bulan",
        "iki": [
            _iki("Kuantitas", "Jumlah bank sampah unit yang aktif melapor", "24 unit", _kat_naik(24, "unit")),
            _iki(
                "Kualitas", "Persentase bank sampah unit dengan pencatatan lengkap", "90 %", _kat_persen(90)
            ),
            _iki("Waktu", "Waktu pembinaan bank sampah unit", "11 bulan", _kat_waktu(11)),
        ],
    },
    {
        "atasan": ATASAN_SAMPAH[1],
        "rk": "Data timbulan sampah harian TPA tersaji akurat dan tepat waktu",
        "data": "Rekap timbangan harian",
        "sumber": "UPT TPA Bukit Rimba",
        "waktu": "Setiap triwulan",
        "iki": [
            _iki("Kuantitas", "Jumlah laporan rekap timbulan sampah", "12 laporan", _kat_naik(12, "laporan")),
            _iki("Kualitas", "Persentase data timbangan yang terverifikasi", "95 %", _kat_persen(95)),
            _iki("Waktu", "Ketepatan waktu penyampaian laporan", "12 bulan", _kat_waktu(12)),
        ],
    },
    {
        "atasan": ATASAN_SAMPAH[2],
        "rk": "Fasilitas pelayanan kesehatan menyerahkan limbah B3 kepada pengangkut berizin",
        "data": "Manifes elektronik limbah B3",
        "sumber": "Aplikasi Festronik KLHK",
        "waktu": "Setiap semester",
        "iki": [
            _iki(
                "Kuantitas",
                "Jumlah fasilitas pelayanan kesehatan yang diverifikasi manifesnya",
                "30 fasyankes",
                _kat_naik(30, "fasyankes"),
            ),
            _iki("Kualitas", "Persentase manifes limbah B3 yang sesuai", "85 %", _kat_persen(85)),
        ],
    },
    {
        "atasan": ATASAN_SAMPAH[0],
        "rk": "Masyarakat desa binaan memilah sampah dari sumbernya",
        "data": "Daftar hadir dan foto kegiatan",
        "sumber": "Pemerintah desa binaan",
        "waktu": "Setiap triwulan",
        "iki": [
            _iki("Kuantitas", "Jumlah desa yang menerapkan pemilahan sampah", "8 desa", _kat_naik(8, "desa")),
            _iki("Waktu", "Waktu pendampingan pemilahan sampah", "10 bulan", _kat_waktu(10)),
        ],
    },
    {
        "atasan": ATASAN_SAMPAH[1],
        "rk": "Armada pengangkut sampah beroperasi sesuai jadwal",
        "data": "Log perjalanan armada",
        "sumber": "Seksi Penanganan Sampah",
        "waktu": "Setiap bulan",
        "iki": [
            _iki("Kuantitas", "Jumlah rute pengangkutan yang terlayani", "16 rute", _kat_naik(16, "rute")),
            _iki("Kualitas", "Persentase ritase sesuai jadwal", "90 %", _kat_persen(90)),
        ],
    },
    {
        "atasan": ATASAN_SAMPAH[2],
        "rk": "Rekomendasi teknis penyimpanan limbah B3 terbit tepat waktu",
        "data": "Register rekomendasi teknis",
        "sumber": "Sistem perizinan daerah",
        "waktu": "Setiap semester",
        "iki": [
            _iki(
                "Kuantitas",
                "Jumlah rekomendasi teknis yang diterbitkan",
                "20 rekomendasi",
                _kat_naik(20, "rekomendasi"),
            ),
            _iki(
                "Waktu",
                "Rata-rata waktu penerbitan rekomendasi",
                "10 hari",
                {
                    "SK": "> 14 hari",
                    "K": "13 - 14 hari",
                    "C": "11 - 12 hari",
                    "B": "10 hari",
                    "SB": "< 10 hari",
                },
            ),
        ],
    },
    {
        "atasan": ATASAN_SAMPAH[0],
        "rk": "Capaian pengurangan sampah kecamatan terpantau dalam dasbor",
        "data": "Dasbor pengurangan sampah",
        "sumber": "Kecamatan",
        "waktu": "Setiap bulan",
        "iki": [
            _iki(
                "Kuantitas",
                "Jumlah kecamatan yang datanya termutakhirkan",
                "14 kecamatan",
                _kat_naik(14, "kecamatan"),
            )
        ],
    },
]

RK_JF = [
    {
        "atasan": ATASAN_PENAATAN[0],
        "rk": "Hasil pengawasan ketaatan usaha terhadap persetujuan lingkungan tersaji",
        "data": "Berita acara pengawasan",
        "sumber": "Tim pengawas lingkungan",
        "waktu": "Setiap triwulan",
        "butir": [("Melakukan pengawasan ketaatan terhadap persetujuan lingkungan", "Berita acara", "0,375")],
        "iki": [
            _iki(
                "Kuantitas",
                "Jumlah berita acara pengawasan",
                "18 berita acara",
                _kat_naik(18, "berita acara"),
            ),
            _iki("Kualitas", "Persentase berita acara tanpa revisi", "90 %", _kat_persen(90)),
            _iki("Waktu", "Waktu penyelesaian pengawasan", "11 bulan", _kat_waktu(11)),
        ],
    },
    {
        "atasan": ATASAN_PENAATAN[1],
        "rk": "Kajian teknis dokumen UKL-UPL tersusun sesuai kaidah",
        "data": "Kajian teknis",
        "sumber": "Sekretariat komisi penilai",
        "waktu": "Setiap semester",
        "butir": [
            ("Melakukan kajian teknis dokumen lingkungan", "Laporan kajian", "0,12"),
            ("Menyusun rekomendasi perbaikan dokumen lingkungan", "Rekomendasi", "0,08"),
        ],
        "iki": [
            _iki("Kuantitas", "Jumlah kajian teknis yang diselesaikan", "15 kajian", _kat_naik(15, "kajian")),
            _iki("Kualitas", "Persentase kajian yang diterima komisi", "85 %", _kat_persen(85)),
        ],
    },
    {
        "atasan": ATASAN_PENAATAN[0],
        "rk": "Pengaduan kasus lingkungan terverifikasi di lapangan",
        "data": "Laporan verifikasi pengaduan",
        "sumber": "Aplikasi pengaduan",
        "waktu": "Setiap bulan",
        "butir": [("Melakukan verifikasi pengaduan kasus lingkungan", "Laporan verifikasi", "0,25")],
        "iki": [
            _iki(
                "Kuantitas", "Jumlah pengaduan yang diverifikasi", "24 pengaduan", _kat_naik(24, "pengaduan")
            ),
            _iki(
                "Waktu",
                "Rata-rata waktu verifikasi pengaduan",
                "7 hari",
                {"SK": "> 10 hari", "K": "9 - 10 hari", "C": "8 hari", "B": "7 hari", "SB": "< 7 hari"},
            ),
        ],
    },
    {
        "atasan": ATASAN_PENAATAN[1],
        "rk": "Neraca kualitas air sungai utama tersedia sebagai dasar perencanaan",
        "data": "Hasil uji laboratorium",
        "sumber": "UPT Laboratorium Lingkungan",
        "waktu": "Setiap semester",
        "butir": [("Melakukan analisis data kualitas lingkungan", "Laporan analisis", "0,15")],
        "iki": [
            _iki("Kuantitas", "Jumlah titik pantau yang dianalisis", "12 titik", _kat_naik(12, "titik")),
            _iki("Kualitas", "Persentase data uji yang valid", "95 %", _kat_persen(95)),
        ],
    },
    {
        "atasan": ATASAN_PENAATAN[2],
        "rk": "Arsip dinamis inaktif tertata dan mudah ditemukan kembali",
        "data": "Daftar arsip inaktif",
        "sumber": "Unit kearsipan",
        "waktu": "Setiap triwulan",
        "butir": [("Melakukan penataan arsip inaktif", "Daftar arsip", "0,008")],
        "iki": [
            _iki("Kuantitas", "Jumlah berkas arsip yang ditata", "1.200 berkas", _kat_naik(1200, "berkas")),
            _iki("Waktu", "Waktu penataan arsip", "10 bulan", _kat_waktu(10)),
        ],
    },
    {
        "atasan": ATASAN_PENAATAN[0],
        "rk": "Rekomendasi sanksi administratif tersampaikan kepada pimpinan",
        "data": "Nota dinas rekomendasi",
        "sumber": "Bidang Penaatan",
        "waktu": "Setiap semester",
        "butir": [("Menyusun rekomendasi penerapan sanksi administratif", "Rekomendasi", "0,3")],
        "iki": [
            _iki(
                "Kuantitas",
                "Jumlah rekomendasi sanksi yang disampaikan",
                "6 rekomendasi",
                _kat_naik(6, "rekomendasi"),
            )
        ],
    },
]

RK_JPT = [
    {
        "persp": "Penerima Layanan",
        "rk": "Meningkatnya kualitas lingkungan hidup Kabupaten Lembah Hijau",
        "iki": [
            _iki(None, "Indeks kualitas lingkungan hidup", "68,5 poin"),
            _iki(None, "Indeks kualitas air", "55 poin"),
        ],
    },
    {
        "persp": "Proses Bisnis",
        "rk": "Meningkatnya persentase sampah yang tertangani",
        "iki": [
            _iki(None, "Persentase sampah yang tertangani", "75 %"),
            _iki(None, "Persentase pengurangan sampah", "22 %"),
        ],
    },
    {
        "persp": "Penguatan Internal",
        "rk": "Meningkatnya akuntabilitas kinerja Dinas Lingkungan Hidup",
        "iki": [_iki(None, "Nilai SAKIP perangkat daerah", "72 poin")],
    },
    {
        "persp": "Anggaran",
        "rk": "Pengelolaan anggaran Dinas Lingkungan Hidup yang akuntabel",
        "iki": [_iki(None, "Persentase realisasi anggaran", "95 %")],
    },
    {
        "persp": "Proses Bisnis",
        "rk": "Meningkatnya ketaatan pelaku usaha terhadap persetujuan lingkungan",
        "iki": [_iki(None, "Persentase usaha yang taat terhadap persetujuan lingkungan", "80 %")],
    },
    {
        "persp": "Penerima Layanan",
        "rk": "Meningkatnya ruang terbuka hijau publik",
        "iki": [
            _iki(None, "Luas ruang terbuka hijau publik", "45 hektare"),
            _iki(None, "Persentase taman kota yang terpelihara", "90 %"),
        ],
    },
]

MANUAL = {
    "DESKRIPSI RENCANA KINERJA": "Menggambarkan hasil yang ingin dicapai dinas pada tahun berjalan",
    "DEFINISI IKI": "Ukuran capaian sebagaimana ditetapkan dalam Perjanjian Kinerja",
    "FORMULA": "Realisasi dibagi target dikali 100 %",
    "TUJUAN": "Mengukur keberhasilan program dinas",
    "SATUAN PENGUKURAN": "Sesuai target",
    "JENIS ASPEK TARGET": "Kuantitas",
    "TINGKAT KENDALI IKI": "Moderate",
    "SUMBER DATA": "Laporan kinerja dinas",
    "PERIODE PELAPORAN": "Triwulanan",
}

KT = {
    "jpt": {
        "rk": "Terselenggaranya Lembah Hijau Bersih 2026 bersama komunitas",
        "iki": [_iki(None, "Jumlah kegiatan aksi bersih yang dipimpin", "4 kegiatan")],
    },
    "ja": {
        "rk": "Sertifikat pelatihan pengelolaan sampah terpadu diperoleh",
        "atasan": None,
        "iki": [
            _iki(
                "Kuantitas",
                "Jumlah sertifikat pelatihan",
                "1 sertifikat",
                {"C": "< 1 sertifikat", "B": "1 sertifikat", "SB": "> 1 sertifikat"},
            )
        ],
        "data": "Sertifikat",
        "sumber": "Penyelenggara pelatihan",
        "waktu": "Akhir tahun",
    },
}
