"""Fictional agencies, people and plan texts for ``benchmarks/nyata_i`` (written for this set alone)."""
# ruff: noqa: E501

from __future__ import annotations

# (instansi, unit kerja pegawai, RK atasan pool, [(rk, kuantitas noun/satuan, kualitas object, waktu object)])
AGENCIES = [
    {
        "instansi": "KANTOR PERTANAHAN KABUPATEN MUARA SENJA",
        "unit": "Seksi Penetapan Hak dan Pendaftaran, Kantor Pertanahan Kabupaten Muara Senja",
        "atasan_rk": [
            "Meningkatnya jumlah bidang tanah terdaftar di Kabupaten Muara Senja",
            "Terselesaikannya layanan pendaftaran hak tanah sesuai standar waktu",
            "Menurunnya jumlah sengketa pertanahan yang belum tertangani",
        ],
        "rk": [
            ("Berkas permohonan hak tanah terverifikasi lengkap dan benar", "berkas", "berkas permohonan yang lolos verifikasi", "verifikasi berkas"),
            ("Sertipikat hak atas tanah terbit tepat waktu", "sertipikat", "sertipikat yang terbit tanpa koreksi", "penerbitan sertipikat"),
            ("Buku tanah dan warkah tertata dalam sistem arsip elektronik", "buku tanah", "warkah yang terindeks benar", "pemindaian warkah"),
            ("Data pengaduan pertanahan terekam dan tertindaklanjuti", "laporan", "pengaduan yang ditindaklanjuti", "tindak lanjut pengaduan"),
        ],
    },
    {
        "instansi": "LEMBAGA PEMASYARAKATAN KELAS IIB TELUK PERAK",
        "unit": "Subseksi Bimbingan Kemasyarakatan dan Perawatan, Lapas Kelas IIB Teluk Perak",
        "atasan_rk": [
            "Meningkatnya kualitas pembinaan kepribadian dan kemandirian warga binaan",
            "Terpenuhinya hak integrasi warga binaan pemasyarakatan",
            "Meningkatnya kualitas layanan kesehatan warga binaan",
        ],
        "rk": [
            ("Usulan pembebasan bersyarat warga binaan tersampaikan lengkap", "usulan", "usulan yang disetujui tanpa perbaikan", "penyampaian usulan"),
            ("Warga binaan terampil melalui pelatihan kemandirian bersertifikat", "orang", "peserta pelatihan yang lulus uji", "penyelenggaraan pelatihan"),
            ("Catatan kesehatan warga binaan mutakhir dalam register", "register", "catatan kesehatan yang lengkap", "pemutakhiran register"),
            ("Laporan penilaian pembinaan narapidana tersusun sesuai pedoman", "laporan", "laporan yang diterima tanpa revisi", "penyampaian laporan"),
        ],
    },
    {
        "instansi": "DINAS PERIKANAN KABUPATEN KEPULAUAN NUSA LASI",
        "unit": "Bidang Perikanan Budidaya, Dinas Perikanan Kabupaten Kepulauan Nusa Lasi",
        "atasan_rk": [
            "Meningkatnya produksi perikanan budidaya di Kepulauan Nusa Lasi",
            "Meningkatnya kapasitas kelompok pembudi daya ikan",
            "Tersedianya data statistik perikanan yang akurat",
        ],
        "rk": [
            ("Kelompok pembudi daya ikan menerapkan cara budidaya ikan yang baik", "kelompok", "kelompok yang lulus sertifikasi CBIB", "pendampingan kelompok"),
            ("Data produksi perikanan budidaya tersaji akurat per triwulan", "laporan", "data produksi yang tervalidasi", "penyampaian data produksi"),
            ("Benih ikan bermutu tersalurkan kepada pembudi daya", "paket", "benih yang lolos uji mutu", "penyaluran benih"),
            ("Rekomendasi izin usaha budidaya terbit sesuai ketentuan", "rekomendasi", "rekomendasi yang sesuai ketentuan", "penerbitan rekomendasi"),
        ],
    },
    {
        "instansi": "SEKRETARIAT DPRD KABUPATEN BUKIT HALIMUN",
        "unit": "Bagian Persidangan dan Perundang-undangan, Sekretariat DPRD Kabupaten Bukit Halimun",
        "atasan_rk": [
            "Terselenggaranya persidangan DPRD yang tertib dan terdokumentasi",
            "Tersusunnya rancangan peraturan daerah inisiatif DPRD tepat waktu",
            "Meningkatnya kualitas layanan administrasi anggota DPRD",
        ],
        "rk": [
            ("Risalah rapat paripurna tersusun lengkap dan tepat waktu", "risalah", "risalah yang disahkan tanpa koreksi", "penyusunan risalah"),
            ("Naskah akademik raperda inisiatif tersedia sesuai pedoman", "naskah", "naskah yang memenuhi format baku", "penyelesaian naskah"),
            ("Undangan dan bahan sidang tersampaikan kepada anggota DPRD", "paket", "bahan sidang yang lengkap", "penyampaian bahan sidang"),
            ("Dokumentasi produk hukum DPRD terunggah di JDIH", "dokumen", "dokumen yang terunggah benar", "pengunggahan dokumen"),
        ],
    },
    {
        "instansi": "DISTRIK WAREMBO KABUPATEN LEMBAH BALIEM HILIR",
        "unit": "Seksi Pemerintahan Kampung, Distrik Warembo",
        "atasan_rk": [
            "Meningkatnya kualitas tata kelola pemerintahan kampung di Distrik Warembo",
            "Meningkatnya cakupan layanan administrasi kependudukan di distrik",
            "Terkendalinya penggunaan dana kampung sesuai ketentuan",
        ],
        "rk": [
            ("Laporan penggunaan dana kampung terverifikasi sebelum pencairan tahap berikutnya", "laporan", "laporan yang lolos verifikasi", "verifikasi laporan"),
            ("Rekomendasi dokumen kependudukan warga kampung terbit", "rekomendasi", "rekomendasi yang benar datanya", "penerbitan rekomendasi"),
            ("Profil kampung termutakhirkan dalam sistem informasi desa", "profil", "profil kampung yang lengkap", "pemutakhiran profil"),
            ("Peraturan kampung terfasilitasi sesuai ketentuan", "peraturan", "peraturan kampung yang sesuai ketentuan", "fasilitasi peraturan"),
        ],
    },
    {
        "instansi": "MADRASAH ALIYAH NEGERI 3 KOTA SERAYU",
        "unit": "Madrasah Aliyah Negeri 3 Kota Serayu, Kantor Kementerian Agama Kota Serayu",
        "atasan_rk": [
            "Meningkatnya mutu lulusan Madrasah Aliyah Negeri 3 Kota Serayu",
            "Terselenggaranya pembelajaran yang efektif dan terukur",
            "Meningkatnya akuntabilitas pengelolaan madrasah",
        ],
        "rk": [
            ("Peserta didik kelas XI mencapai kriteria ketuntasan belajar", "siswa", "peserta didik yang tuntas", "pengolahan nilai"),
            ("Modul ajar berdiferensiasi tersedia untuk fase E dan F", "modul", "modul yang tervalidasi", "penyelesaian modul"),
            ("Data EMIS madrasah mutakhir dan valid", "rekap", "data EMIS yang valid", "pemutakhiran data"),
            ("Hasil asesmen sumatif tersaji dalam rapor digital", "rapor", "rapor yang terbit tanpa koreksi", "penerbitan rapor"),
        ],
    },
]

# Pegawai per agency index: (nama, nip, pangkat, jabatan) for JA / JF / atasan (penilai)
PEOPLE = [
    {
        "ja": ("Yohanes Tumbelaka", "198803142010121002", "Penata Muda Tk. I, III/b", "Kepala Subseksi Pendaftaran Hak"),
        "jf": ("Ratna Kumalasari, S.T.", "199004222015032003", "Penata Muda Tingkat I - III/b", "Penata Kadastral Ahli Pertama"),
        "penilai": ("Ir. Bambang Sulistyo, M.Si.", "197501302002121001", "Pembina, IV/a", "Kepala Seksi Penetapan Hak dan Pendaftaran"),
    },
    {
        "ja": ("Hendrikus Lamanepa", "198611082009011001", "Penata Muda, III/a", "Pengelola Layanan Integrasi"),
        "jf": ("Desi Natalia Siregar, S.Psi.", "199202182019022001", "Penata, III/c", "Pembimbing Kemasyarakatan Ahli Muda"),
        "penilai": ("Marthen Rumbiak, S.H.", "197908152003121002", "Penata Tk. I, III/d", "Kepala Seksi Bimbingan Narapidana"),
    },
    {
        "ja": ("Nurhayati Laitupa", "198507192008012003", "Pengatur Tk. I, II/d", "Pengadministrasi Perkantoran"),
        "jf": ("Abdul Gafur Tuasikal, S.Pi.", "198912102014031001", "Penata, III/c", "Penyuluh Perikanan Ahli Muda"),
        "penilai": ("Ir. Stevanus Latumahina, M.P.", "197203111998031004", "Pembina Tk. I, IV/b", "Kepala Bidang Perikanan Budidaya"),
    },
    {
        "ja": ("Siti Maemunah, S.Sos.", "198704252011012004", "Penata Muda Tk.I, III/b", "Kepala Subbagian Persidangan"),
        "jf": ("Galih Prasetyo, S.H.", "199103092017011002", "Penata Muda, III/a", "Perancang Peraturan Perundang-undangan Ahli Pertama"),
        "penilai": ("Drs. Wahyu Hidayatullah, M.Si.", "197610222005011003", "Pembina, IV/a", "Kepala Bagian Persidangan dan Perundang-undangan"),
    },
    {
        "ja": ("Yakobus Wenda", "198902012012121001", "Penata Muda, III/a", "Kepala Seksi Pemerintahan Kampung"),
        "jf": ("Maria Goreti Kogoya, S.IP.", "199306152019032002", "Penata Muda Tk. I, III/b", "Analis Kebijakan Ahli Pertama"),
        "penilai": ("Nikolaus Yikwa, S.Sos., M.AP.", "197812302006041001", "Penata Tk. I, III/d", "Kepala Distrik Warembo"),
    },
    {
        "ja": ("Muhammad Fauzan", "198808172014031003", "Pengatur, II/c", "Pengelola Data Pendidikan"),
        "jf": ("Dra. Hj. Umi Kulsum", "197409121999032002", "Pembina, IV/a", "Guru Ahli Madya"),
        "penilai": ("Drs. H. Ahmad Zainuri, M.Pd.I.", "196905141994031003", "Pembina Tk. I, IV/b", "Kepala Madrasah Aliyah Negeri 3 Kota Serayu"),
    },
]

# Butir kegiatan per agency index (JF), one per RK
BUTIR = [
    ["Melakukan pemeriksaan kelengkapan berkas pengukuran", "Menyusun peta bidang tanah", "Melakukan pengukuran bidang tanah", "Menyusun laporan pemetaan"],
    ["Melakukan penelitian kemasyarakatan untuk integrasi", "Melakukan pembimbingan kemandirian klien", "Melakukan pendampingan klien", "Menyusun laporan hasil pembimbingan"],
    ["Melakukan bimbingan penerapan CBIB", "Menyusun data statistik perikanan", "Melakukan pendampingan distribusi benih", "Memverifikasi usulan rekomendasi"],
    ["Menyusun draf risalah rapat", "Menyusun naskah akademik", "Menyiapkan bahan persidangan", "Mengolah dokumentasi produk hukum"],
    ["Menganalisis laporan penggunaan dana", "Menyusun telaahan kebijakan kependudukan", "Mengolah data profil kampung", "Menyusun rekomendasi kebijakan kampung"],
    ["Melaksanakan pembelajaran tatap muka", "Menyusun modul ajar", "Mengolah data hasil belajar", "Melaksanakan penilaian hasil belajar"],
]
AK = ["0,012", "0,035", "0,02", "0,048"]

# JPT: (agency idx, jabatan, pegawai, penilai, penilai label) and plan per perspektif
JPT = [
    {
        "agency": 2,
        "pegawai": ("Ir. Frans Lewerissa, M.Si.", "197102051997031003", "Pembina Utama Muda, IV/c", "Kepala Dinas Perikanan Kabupaten Kepulauan Nusa Lasi"),
        "penilai": ("Drs. Jacob Pattiasina, M.M.", "-", "-", "Bupati Kepulauan Nusa Lasi"),
        "instansi_penilai": "Pemerintah Kabupaten Kepulauan Nusa Lasi",
    },
    {
        "agency": 3,
        "pegawai": ("Dr. Heru Santosa, S.H., M.H.", "197004181996021001", "Pembina Tingkat I, IV/b", "Sekretaris DPRD Kabupaten Bukit Halimun"),
        "penilai": ("Ir. Agus Salim Nasution, M.T.", "196808091994031005", "Pembina Utama Madya, IV/d", "Sekretaris Daerah Kabupaten Bukit Halimun"),
        "instansi_penilai": "Pemerintah Kabupaten Bukit Halimun",
    },
]

# JPT plan: (perspektif, rk, iki, target, satuan/definisi words)
JPT_PLAN = {
    2: [
        ("Penerima Layanan", "Meningkatnya kepuasan pembudi daya terhadap layanan Dinas Perikanan", "Indeks kepuasan masyarakat terhadap layanan Dinas Perikanan", "min. 3,40", "indeks"),
        ("Proses Bisnis", "Meningkatnya produksi perikanan budidaya daerah", "Jumlah produksi perikanan budidaya", "min. 12.500 ton", "ton"),
        ("Proses Bisnis", "Meningkatnya penerapan cara budidaya ikan yang baik", "Persentase kelompok pembudi daya bersertifikat CBIB", "≥ 40 %", "persen"),
        ("Penguatan Internal", "Meningkatnya kapasitas aparatur Dinas Perikanan", "Persentase pegawai yang memenuhi standar kompetensi jabatan", "≥ 80 %", "persen"),
        ("Anggaran", "Meningkatnya akuntabilitas pengelolaan anggaran Dinas Perikanan", "Persentase realisasi anggaran Dinas Perikanan", "≥ 95 %", "persen"),
    ],
    3: [
        ("Penerima Layanan", "Meningkatnya kepuasan anggota DPRD terhadap layanan Sekretariat", "Indeks kepuasan anggota DPRD terhadap layanan Sekretariat DPRD", "min. 3,50", "indeks"),
        ("Proses Bisnis", "Terselenggaranya fungsi legislasi DPRD yang tepat waktu", "Jumlah raperda inisiatif DPRD yang difasilitasi sampai pembahasan", "min. 4 raperda", "raperda"),
        ("Proses Bisnis", "Meningkatnya keterbukaan informasi kegiatan DPRD", "Jumlah produk hukum DPRD yang terpublikasi di JDIH", "paling sedikit 24 dokumen", "dokumen"),
        ("Penguatan Internal", "Meningkatnya kualitas implementasi SAKIP Sekretariat DPRD", "Nilai SAKIP Sekretariat DPRD", "min. 72", "nilai"),
        ("Anggaran", "Meningkatnya akuntabilitas pengelolaan keuangan Sekretariat DPRD", "Persentase realisasi anggaran Sekretariat DPRD", "≥ 95 %", "persen"),
    ],
}
