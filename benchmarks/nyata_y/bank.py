"""Fictional agencies, people and plan texts for ``benchmarks/nyata_y`` (SKP tables pasted from Word and PDF).

Everything here is made up for this set: Kabupaten Rimba Raya and Kota Teluk Bening, their officials, and the
RK/IKI texts. An IKI is ``(aspek, text, value, unit)``; JPT IKI have no aspek (``None``). Texts are results,
not activities (SPEC §1), targets carry a satuan or the IKI begins with Persentase/Indeks (SPEC §7),
counts are at least 10 so that five kategori bands stay distinct.
"""

from __future__ import annotations

from typing import Any

PERIODE_TAHUN = 2026

PERSON_FIELDS = ("nama", "nip", "pangkat", "jabatan", "unit")

# name, birth date, TMT CPNS, gender digit, sequence, pangkat
ORANG = {
    "sekdin_dukcapil": ("Drs. Hendra Wiratama, M.Si.", "19720415", "199803", "1", "002",
                        "Pembina Tingkat I, IV/b"),
    "kasubbag_umum": ("Sri Wulandari, S.E.", "19830922", "200901", "2", "004", "Penata Tingkat I, III/d"),
    "pengelola_keu": ("Agus Salim Nasution, A.Md.", "19900307", "201503", "1", "011",
                      "Pengatur Tingkat I, II/d"),
    "pengadm_umum": ("Rina Marlina", "19920611", "201412", "2", "007", "Pengatur Muda Tingkat I, II/b"),
    "kabid_pelayanan": ("Ir. Bambang Setiadji, M.M.", "19760130", "200212", "1", "003", "Pembina, IV/a"),
    "kadis_dukcapil": ("Dr. Yusuf Hamdani, S.H., M.H.", "19700808", "199503", "1", "001",
                       "Pembina Utama Muda, IV/c"),
    "sekda_rimba": ("Ir. H. Ahmad Fauzi Rangkuti, M.T.", "19680212", "199303", "1", "005",
                    "Pembina Utama Madya, IV/d"),
    "arsiparis_muda": ("Dewi Kartikasari, S.Sos.", "19850519", "201001", "2", "009", "Penata, III/c"),
    "kabid_arsip": ("Lukman Hakim Siregar, S.IP., M.Si.", "19780903", "200501", "1", "006", "Pembina, IV/a"),
    "prakom_pertama": ("Fajar Nugroho, S.Kom.", "19940226", "201904", "1", "013", "Penata Muda, III/a"),
    "kabid_aptika": ("Maya Puspitasari, S.T., M.Kom.", "19810714", "200604", "2", "002",
                     "Pembina, IV/a"),
    "pustakawan_terampil": ("Yuliana Sembiring, A.Md.", "19910402", "201505", "2", "010",
                            "Pengatur, II/c"),
    "kabid_layanan_pustaka": ("Drs. Tigor Manurung", "19750321", "200112", "1", "004",
                              "Pembina, IV/a"),
    "perencana_muda": ("Nurul Hidayah, S.E., M.Ec.Dev.", "19860112", "201101", "2", "005",
                       "Penata Tingkat I, III/d"),
    "kabid_ppe": ("Rudi Hartono Lubis, S.E., M.Si.", "19770625", "200312", "1", "008", "Pembina, IV/a"),
    "kadis_perpus": ("Dra. Siti Rahmawati, M.Pd.", "19690917", "199403", "2", "003",
                     "Pembina Utama Muda, IV/c"),
    "kaban_bapenda": ("Muhammad Iqbal Harahap, S.E., Ak., M.M.", "19710504", "199703", "1", "002",
                      "Pembina Tingkat I, IV/b"),
}

WALI_KOTA = ("H. Rahmat Sudrajat, S.Sos.", "-", "-", "Wali Kota Teluk Bening", "Pemerintah Kota Teluk Bening")
BUPATI = ("Dr. H. Irwan Syahputra, M.AP.", "-", "-", "Bupati Rimba Raya", "Pemerintah Kabupaten Rimba Raya")

DUKCAPIL = "Dinas Kependudukan dan Pencatatan Sipil Kabupaten Rimba Raya"
PERPUS = "Dinas Perpustakaan dan Kearsipan Kota Teluk Bening"
DISKOMINFO = "Dinas Komunikasi dan Informatika Kota Teluk Bening"
BAPPEDA = "Badan Perencanaan Pembangunan Daerah Kabupaten Rimba Raya"
BAPENDA = "Badan Pendapatan Daerah Kota Teluk Bening"


def nip(key: str) -> str:
    """The 18-digit NIP of a person, as digits."""
    _, born, tmt, sex, seq, _ = ORANG[key]
    return born + tmt + sex + seq


def person(key: str, jabatan: str, unit: str) -> dict[str, str]:
    nama, born, tmt, sex, seq, pangkat = ORANG[key]
    return {"nama": nama, "nip": f"{born} {tmt} {sex} {seq}", "pangkat": pangkat, "jabatan": jabatan,
            "unit": unit}


def official(row: tuple[str, str, str, str, str]) -> dict[str, str]:
    return dict(zip(PERSON_FIELDS, row, strict=True))


CARA = {
    "laporan": ("Laporan bulanan unit", "Arsip Subbagian Umum dan Kepegawaian", "Bulanan oleh Kasubbag"),
    "aplikasi": ("Rekam jejak layanan pada aplikasi", 'Aplikasi "SIAK Terpusat"', "Triwulanan"),
    "arsip": ("Daftar arsip dan berita acara", "Bidang Pengelolaan Arsip", "Semesteran"),
    "tiket": ("Tiket gangguan dan log server", 'Aplikasi "Helpdesk" Diskominfo', "Bulanan"),
    "pustaka": ("Data kunjungan dan peminjaman", "Sistem Otomasi Perpustakaan", "Triwulanan"),
    "renja": ("Dokumen perencanaan dan notulen", "Bidang Perencanaan dan Pengendalian", "Triwulanan"),
}

# Each profile: jabatan, unit, pegawai key, penilai key and its jabatan, the family, the plan.
# RK: text, RK atasan, IKI list, cara memantau key, butir kegiatan list (JF) as (butir, output, angka kredit).
PROFIL: dict[str, dict[str, Any]] = {
    "ja_umum": {
        "family": "ja", "pegawai": "kasubbag_umum", "penilai": "sekdin_dukcapil",
        "jabatan": "Kepala Subbagian Umum dan Kepegawaian", "unit": "Sekretariat " + DUKCAPIL,
        "jabatan_penilai": "Sekretaris Dinas", "unit_penilai": DUKCAPIL,
        "utama": [
            ("Dokumen perencanaan kebutuhan dan pengembangan kompetensi pegawai dinas tersusun tepat waktu",
             "Meningkatnya kualitas tata kelola kepegawaian dan umum perangkat daerah",
             [("Kuantitas", "Jumlah dokumen analisis kebutuhan diklat yang ditetapkan", 12, "dokumen"),
              ("Kualitas", "Persentase usulan pengembangan kompetensi yang disetujui BKPSDM", 90, "%"),
              ("Waktu", "Waktu penyampaian dokumen kebutuhan pegawai", 3, "bulan")],
             "laporan"),
            ("Layanan administrasi kenaikan pangkat dan berkala pegawai terselesaikan tanpa keterlambatan",
             "Meningkatnya kualitas tata kelola kepegawaian dan umum perangkat daerah",
             [("Kuantitas", "Jumlah usulan kenaikan pangkat dan berkala yang diproses", 48, "usulan"),
              ("Waktu", "Rata-rata waktu penyelesaian berkas usulan", 5, "hari kerja")],
             "laporan"),
            ("Barang milik daerah pada Sekretariat tercatat dan terinventarisasi dengan tertib",
             "Terwujudnya pengelolaan barang milik daerah yang akuntabel",
             [("Kuantitas", "Jumlah kartu inventaris ruangan yang dimutakhirkan", 24, "KIR"),
              ("Kualitas", "Persentase aset yang tercatat sesuai hasil opname fisik", 95, "%")],
             "laporan"),
        ],
        "tambahan": [
            ("Keanggotaan Tim Satgas Zona Integritas menuju WBK terdokumentasi",
             [("Kuantitas", "Jumlah laporan kegiatan tim yang tersusun", 4, "laporan")]),
        ],
    },
    "ja_keuangan": {
        "family": "ja", "pegawai": "pengelola_keu", "penilai": "kasubbag_umum",
        "jabatan": "Pengelola Keuangan", "unit": "Subbagian Keuangan " + DUKCAPIL,
        "jabatan_penilai": "Kepala Subbagian Umum dan Kepegawaian", "unit_penilai": DUKCAPIL,
        "utama": [
            ("Surat permintaan pembayaran belanja pegawai terverifikasi lengkap dan benar",
             "Layanan administrasi kenaikan pangkat dan berkala pegawai terselesaikan tanpa keterlambatan",
             [("Kuantitas", "Jumlah SPP belanja pegawai yang terverifikasi", 36, "dokumen"),
              ("Kualitas", "Persentase SPP yang diterima BPKAD tanpa koreksi", 95, "%"),
              ("Waktu", "Waktu verifikasi satu berkas SPP", 2, "hari kerja")],
             "laporan"),
            ("Laporan realisasi anggaran bulanan sekretariat tersaji akurat",
             "Dokumen perencanaan kebutuhan dan pengembangan kompetensi pegawai dinas tersusun tepat waktu",
             [("Kuantitas", "Jumlah laporan realisasi anggaran yang tersaji", 12, "laporan"),
              ("Waktu", "Batas waktu penyampaian laporan realisasi bulanan", 10, "hari kalender")],
             "laporan"),
        ],
        "tambahan": [
            ("Sertifikat pelatihan aplikasi SIPD penatausahaan keuangan diperoleh",
             [("Kuantitas", "Jumlah sertifikat pelatihan yang diperoleh", 1, "sertifikat")]),
        ],
    },
    "ja_pelayanan": {
        "family": "ja", "pegawai": "kabid_pelayanan", "penilai": "kadis_dukcapil",
        "jabatan": "Kepala Bidang Pelayanan Pendaftaran Penduduk", "unit": DUKCAPIL,
        "jabatan_penilai": "Kepala Dinas Kependudukan dan Pencatatan Sipil", "unit_penilai": DUKCAPIL,
        "utama": [
            ("Meningkatnya kepemilikan KTP elektronik penduduk wajib KTP di seluruh kecamatan",
             "Meningkatnya kualitas pelayanan administrasi kependudukan",
             [("Kuantitas", "Persentase penduduk wajib KTP yang telah merekam KTP-el", 98, "%"),
              ("Kualitas", "Indeks kepuasan masyarakat terhadap layanan pendaftaran penduduk", 85, "poin"),
              ("Waktu", "Waktu penerbitan KTP-el sejak perekaman", 3, "hari kerja")],
             "aplikasi"),
            ("Layanan jemput bola perekaman KTP-el bagi penduduk rentan terlaksana di desa terpencil",
             "Meningkatnya kualitas pelayanan administrasi kependudukan",
             [("Kuantitas", 'Jumlah desa terpencil yang memperoleh layanan "jemput bola"', 40, "desa"),
              ("Kualitas", "Persentase penduduk rentan sasaran yang terekam", 90, "%")],
             "aplikasi"),
            ("Identitas Kependudukan Digital teraktivasi pada penduduk usia produktif",
             "Meningkatnya pemanfaatan data kependudukan oleh perangkat daerah",
             [("Kuantitas", "Jumlah penduduk yang mengaktivasi IKD", 15000, "jiwa"),
              ("Waktu", "Waktu pencapaian target aktivasi IKD", 11, "bulan")],
             "aplikasi"),
        ],
        "tambahan": [
            ("Narasumber sosialisasi administrasi kependudukan pada forum kecamatan terlaksana",
             [("Kuantitas", "Jumlah forum kecamatan yang dihadiri sebagai narasumber", 6, "forum")]),
        ],
    },
    "jf_arsiparis": {
        "family": "jf", "pegawai": "arsiparis_muda", "penilai": "kabid_arsip",
        "jabatan": "Arsiparis Ahli Muda", "unit": "Bidang Pengelolaan Arsip " + PERPUS,
        "jabatan_penilai": "Kepala Bidang Pengelolaan Arsip", "unit_penilai": PERPUS,
        "utama": [
            ("Arsip inaktif perangkat daerah tertata sesuai jadwal retensi arsip",
             "Meningkatnya tertib pengelolaan arsip perangkat daerah",
             [("Kuantitas", "Jumlah boks arsip inaktif yang tertata", 300, "boks"),
              ("Kualitas", "Persentase arsip inaktif yang terdaftar dalam daftar arsip", 95, "%"),
              ("Waktu", "Waktu penataan arsip inaktif", 10, "bulan")],
             "arsip",
             [("Melakukan penataan arsip inaktif", "Daftar arsip inaktif", "0,108"),
              ("Menyusun daftar arsip inaktif", "Daftar arsip", "0,054")]),
            ("Rekomendasi hasil pengawasan kearsipan internal disampaikan kepada perangkat daerah",
             "Meningkatnya tertib pengelolaan arsip perangkat daerah",
             [("Kuantitas", "Jumlah perangkat daerah yang diawasi", 12, "perangkat daerah"),
              ("Kualitas", "Indeks hasil pengawasan kearsipan internal", 70, "poin")],
             "arsip",
             [("Melakukan pengawasan kearsipan internal", "Laporan hasil pengawasan", "0,25")]),
        ],
        "tambahan": [
            ("Artikel kearsipan diterbitkan pada majalah daerah",
             [("Kuantitas", "Jumlah artikel kearsipan yang terbit", 2, "artikel")]),
        ],
    },
    "jf_prakom": {
        "family": "jf", "pegawai": "prakom_pertama", "penilai": "kabid_aptika",
        "jabatan": "Pranata Komputer Ahli Pertama", "unit": "Bidang Aplikasi Informatika " + DISKOMINFO,
        "jabatan_penilai": "Kepala Bidang Aplikasi Informatika", "unit_penilai": DISKOMINFO,
        "utama": [
            ("Aplikasi layanan perizinan daring berjalan stabil dan dapat diakses masyarakat",
             "Meningkatnya ketersediaan layanan publik berbasis elektronik",
             [("Kuantitas", "Jumlah modul aplikasi perizinan yang dipelihara", 10, "modul"),
              ("Kualitas", "Persentase ketersediaan layanan aplikasi perizinan", 99, "%"),
              ("Waktu", "Waktu pemulihan gangguan aplikasi", 4, "jam")],
             "tiket",
             [("Melakukan pemeliharaan aplikasi", "Laporan pemeliharaan", "0,05"),
              ("Melakukan pemulihan sistem", "Laporan pemulihan", "0,02")]),
            ("Data layanan aduan masyarakat tersaji dalam dasbor yang mutakhir",
             "Meningkatnya pemanfaatan data untuk pengambilan keputusan",
             [("Kuantitas", "Jumlah dasbor aduan yang diperbarui", 12, "dasbor"),
              ("Kualitas", "Persentase data aduan yang valid pada dasbor", 95, "%")],
             "tiket",
             [("Menyusun visualisasi data", "Dasbor data", "0,04")]),
        ],
        "tambahan": [
            ("Sertifikat kompetensi keamanan informasi diperoleh",
             [("Kuantitas", "Jumlah sertifikat kompetensi yang diperoleh", 1, "sertifikat")]),
        ],
    },
    "jf_pustakawan": {
        "family": "jf", "pegawai": "pustakawan_terampil", "penilai": "kabid_layanan_pustaka",
        "jabatan": "Pustakawan Terampil", "unit": "Bidang Layanan Perpustakaan " + PERPUS,
        "jabatan_penilai": "Kepala Bidang Layanan Perpustakaan", "unit_penilai": PERPUS,
        "utama": [
            ("Koleksi bahan perpustakaan baru terolah dan siap dilayankan kepada pemustaka",
             "Meningkatnya kunjungan dan pemanfaatan koleksi perpustakaan daerah",
             [("Kuantitas", "Jumlah judul bahan perpustakaan yang terolah", 1250, "judul"),
              ("Kualitas", "Persentase koleksi yang terkatalog pada OPAC", 95, "%"),
              ("Waktu", "Waktu pengolahan koleksi baru", 6, "bulan")],
             "pustaka",
             [("Melakukan katalogisasi sederhana", "Data katalog", "0,003"),
              ("Melakukan klasifikasi sederhana", "Data klasifikasi", "0,003")]),
            ("Layanan literasi keliling tersedia bagi sekolah dasar di pinggiran kota",
             "Meningkatnya kunjungan dan pemanfaatan koleksi perpustakaan daerah",
             [("Kuantitas", "Jumlah sekolah dasar yang memperoleh layanan keliling", 30, "sekolah"),
              ("Kualitas", "Persentase siswa peserta yang meminjam koleksi", 60, "%")],
             "pustaka",
             [("Melakukan layanan perpustakaan keliling", "Laporan layanan", "0,008")]),
        ],
        "tambahan": [
            ("Keterlibatan sebagai panitia lomba bercerita tingkat kota terdokumentasi",
             [("Kuantitas", "Jumlah laporan kepanitiaan yang tersusun", 1, "laporan")]),
        ],
    },
    "jf_perencana": {
        "family": "jf", "pegawai": "perencana_muda", "penilai": "kabid_ppe",
        "jabatan": "Perencana Ahli Muda", "unit": "Bidang Perencanaan, Pengendalian dan Evaluasi " + BAPPEDA,
        "jabatan_penilai": "Kepala Bidang Perencanaan, Pengendalian dan Evaluasi", "unit_penilai": BAPPEDA,
        "utama": [
            ("Rancangan awal RKPD tahun 2027 tersusun selaras dengan RPJMD",
             "Tersedianya dokumen perencanaan pembangunan daerah yang berkualitas",
             [("Kuantitas", "Jumlah dokumen rancangan awal RKPD yang tersusun", 1, "dokumen"),
              ("Kualitas", "Persentase program prioritas RPJMD yang termuat dalam RKPD", 90, "%"),
              ("Waktu", "Waktu penyelesaian rancangan awal RKPD", 4, "bulan")],
             "renja",
             [("Menyusun rancangan rencana pembangunan tahunan", "Dokumen rancangan", "0,75")]),
            ("Laporan evaluasi capaian kinerja pembangunan daerah triwulanan tersaji",
             "Meningkatnya kualitas pengendalian dan evaluasi pembangunan daerah",
             [("Kuantitas", "Jumlah laporan evaluasi triwulanan yang tersaji", 4, "laporan"),
              ("Kualitas", "Persentase perangkat daerah yang datanya terkonfirmasi", 85, "%")],
             "renja",
             [("Melakukan evaluasi pelaksanaan rencana", "Laporan evaluasi", "0,5"),
              ("Menyusun rekomendasi hasil evaluasi", "Dokumen rekomendasi", "0,25")]),
        ],
        "tambahan": [
            ("Kertas kebijakan tentang penurunan kemiskinan ekstrem diterbitkan",
             [("Kuantitas", "Jumlah kertas kebijakan yang diterbitkan", 1, "naskah")]),
        ],
    },
    "jpt_dukcapil": {
        "family": "jpt", "pegawai": "kadis_dukcapil", "penilai": "sekda_rimba",
        "jabatan": "Kepala Dinas Kependudukan dan Pencatatan Sipil", "unit": DUKCAPIL,
        "jabatan_penilai": "Sekretaris Daerah Kabupaten Rimba Raya",
        "unit_penilai": "Sekretariat Daerah Kabupaten Rimba Raya",
        "utama": [
            ("Meningkatnya kualitas pelayanan administrasi kependudukan", "Penerima Layanan",
             [(None, "Indeks kepuasan masyarakat terhadap layanan administrasi kependudukan", 85, "poin"),
              (None, "Persentase dokumen kependudukan terbit dalam satu hari", 90, "%")]),
            ("Meningkatnya cakupan kepemilikan dokumen kependudukan", "Proses Bisnis",
             [(None, "Persentase anak usia 0-17 tahun yang memiliki KIA", 80, "%")]),
            ("Meningkatnya kompetensi aparatur pelayanan kependudukan", "Penguatan Internal",
             [(None, "Persentase petugas registrasi yang bersertifikat", 75, "%")]),
            ("Meningkatnya akuntabilitas pengelolaan anggaran dinas", "Anggaran",
             [(None, "Persentase realisasi anggaran dinas", 95, "%")]),
        ],
        "tambahan": [
            ("Keikutsertaan dalam Satgas Percepatan Penurunan Stunting kabupaten terdokumentasi",
             [(None, "Jumlah rapat koordinasi satgas yang dihadiri", 4, "rapat")]),
        ],
    },
    "jpt_perpus": {
        "family": "jpt", "pegawai": "kadis_perpus", "penilai": "walikota",
        "jabatan": "Kepala Dinas Perpustakaan dan Kearsipan", "unit": PERPUS,
        "jabatan_penilai": WALI_KOTA[3], "unit_penilai": WALI_KOTA[4],
        "utama": [
            ("Meningkatnya budaya gemar membaca masyarakat Kota Teluk Bening", "Penerima Layanan",
             [(None, "Indeks pembangunan literasi masyarakat", 65, "poin"),
              (None, "Jumlah kunjungan pemustaka ke perpustakaan daerah", 120000, "orang")]),
            ("Meningkatnya tertib penyelenggaraan kearsipan perangkat daerah", "Proses Bisnis",
             [(None, "Nilai hasil pengawasan kearsipan eksternal", 80, "poin")]),
            ("Meningkatnya kapasitas pengelola perpustakaan sekolah dan desa", "Penguatan Internal",
             [(None, "Jumlah pengelola perpustakaan yang mengikuti bimbingan teknis", 150, "orang")]),
            ("Meningkatnya efektivitas belanja urusan perpustakaan dan kearsipan", "Anggaran",
             [(None, "Persentase realisasi belanja urusan perpustakaan dan kearsipan", 93, "%")]),
        ],
        "tambahan": [
            ("Keanggotaan dalam Tim Penggerak Literasi Daerah terdokumentasi",
             [(None, "Jumlah laporan kegiatan tim yang tersusun", 2, "laporan")]),
        ],
    },
    "jpt_bapenda": {
        "family": "jpt", "pegawai": "kaban_bapenda", "penilai": "walikota",
        "jabatan": "Kepala Badan Pendapatan Daerah", "unit": BAPENDA,
        "jabatan_penilai": WALI_KOTA[3], "unit_penilai": WALI_KOTA[4],
        "utama": [
            ("Meningkatnya kepatuhan wajib pajak daerah", "Penerima Layanan",
             [(None, "Persentase wajib pajak yang melapor tepat waktu", 85, "%")]),
            ("Meningkatnya pendapatan asli daerah dari pajak daerah", "Anggaran",
             [(None, "Persentase realisasi penerimaan pajak daerah terhadap target", 100.5, "%"),
              (None, "Jumlah penerimaan pajak barang dan jasa tertentu", 145, "miliar rupiah")]),
            ("Meningkatnya layanan pajak daerah berbasis elektronik", "Proses Bisnis",
             [(None, "Persentase jenis pajak yang dapat dibayar secara nontunai", 90, "%")]),
            ("Meningkatnya integritas dan kompetensi aparatur pemungut pajak", "Penguatan Internal",
             [(None, "Persentase fiskus yang mengikuti pelatihan teknis", 80, "%")]),
        ],
        "tambahan": [
            ("Keikutsertaan dalam Tim Koordinasi Pencegahan Korupsi Terintegrasi terdokumentasi",
             [(None, "Jumlah laporan rencana aksi yang tersampaikan", 2, "laporan")]),
        ],
    },
}

# Manual Indikator Kinerja per JPT IKI text: deskripsi RK, definisi, formula, tujuan, sumber data, periode.
MANUAL_UMUM = {
    "deskripsi": "Rencana kinerja ini menggambarkan hasil yang ingin dicapai perangkat daerah selama satu "
                 "tahun sesuai Perjanjian Kinerja dan Renstra perangkat daerah",
    "tujuan": "Mengukur keberhasilan perangkat daerah dalam mewujudkan sasaran strategis yang diperjanjikan",
    "kendali": "Sedang (moderate)",
    "periode": "Triwulanan",
}

DEFINISI = {
    "indeks": "Nilai yang menggambarkan tingkat {x} berdasarkan survei atau penilaian yang dilakukan menurut "
              "metode baku",
    "persentase": "Perbandingan antara capaian {x} dengan sasaran yang direncanakan pada tahun berjalan",
    "jumlah": "Banyaknya {x} yang tercatat secara resmi sampai akhir tahun berjalan",
    "nilai": "Angka hasil penilaian {x} oleh lembaga yang berwenang",
}

FORMULA = {
    "indeks": "Rata-rata tertimbang nilai unsur survei dikali 25",
    "persentase": "(Realisasi / Sasaran) x 100%",
    "jumlah": "Σ {x} sampai akhir tahun",
    "nilai": "Nilai akhir sesuai laporan hasil penilaian",
}

# Penilaian: realisasi per IKI chosen per (profile, rk, iki); anything missing is the target itself.
REALISASI = {
    ("ja_umum", 0, 0): 12, ("ja_umum", 0, 1): 92, ("ja_umum", 0, 2): 3,
    ("ja_umum", 1, 0): 44, ("ja_umum", 1, 1): 5,
    ("ja_umum", 2, 0): 24, ("ja_umum", 2, 1): 93,
    ("ja_keuangan", 0, 0): 36, ("ja_keuangan", 0, 2): 2,
    ("jf_arsiparis", 0, 0): 315, ("jf_arsiparis", 0, 1): 95, ("jf_arsiparis", 1, 0): 11,
    ("jf_perencana", 0, 1): 92, ("jf_perencana", 1, 1): 80,
}
