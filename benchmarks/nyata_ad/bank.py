"""Fictional agencies, officials and RK/IKI/target texts for the held-out set ``nyata_ad`` (text as staff type
it). Written from SPEC §1, §3, §5 and §7 only; every name, agency and text here is made up."""

from __future__ import annotations

INSTANSI = [
    {
        "nama": "BADAN PENGELOLAAN KEUANGAN DAN ASET DAERAH KABUPATEN SUNGAI KERAMAT",
        "tempat": "Muara Keramat",
        "kepala": "Kepala Badan Pengelolaan Keuangan dan Aset Daerah",
        "unit": "Badan Pengelolaan Keuangan dan Aset Daerah",
        "pemda": "Kabupaten Sungai Keramat",
        "bupati": "BUPATI SUNGAI KERAMAT",
    },
    {
        "nama": "DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL KOTA TELAGA BIRU",
        "tempat": "Telaga Biru",
        "kepala": "Kepala Dinas Kependudukan dan Pencatatan Sipil",
        "unit": "Dinas Kependudukan dan Pencatatan Sipil",
        "pemda": "Kota Telaga Biru",
        "bupati": "WALI KOTA TELAGA BIRU",
    },
    {
        "nama": "DINAS PERPUSTAKAAN DAN KEARSIPAN KABUPATEN PADANG SAMUDRA",
        "tempat": "Koto Samudra",
        "kepala": "Kepala Dinas Perpustakaan dan Kearsipan",
        "unit": "Dinas Perpustakaan dan Kearsipan",
        "pemda": "Kabupaten Padang Samudra",
        "bupati": "BUPATI PADANG SAMUDRA",
    },
    {
        "nama": "BADAN PERENCANAAN PEMBANGUNAN DAERAH PROVINSI TANAH SERUNI",
        "tempat": "Bandar Seruni",
        "kepala": "Kepala Badan Perencanaan Pembangunan Daerah",
        "unit": "Badan Perencanaan Pembangunan Daerah",
        "pemda": "Provinsi Tanah Seruni",
        "bupati": "GUBERNUR TANAH SERUNI",
    },
    {
        "nama": "DINAS KOMUNIKASI DAN INFORMATIKA KOTA LABUHAN JATI",
        "tempat": "Labuhan Jati",
        "kepala": "Kepala Dinas Komunikasi dan Informatika",
        "unit": "Dinas Komunikasi dan Informatika",
        "pemda": "Kota Labuhan Jati",
        "bupati": "WALI KOTA LABUHAN JATI",
    },
]

NAMA_DEPAN = [
    "Rahmat",
    "Siti",
    "Andi",
    "Nurhayati",
    "Yusuf",
    "Fitri",
    "Hendra",
    "Dewi",
    "Agus",
    "Lestari",
    "Bambang",
    "Ratna",
    "Irwan",
    "Yuliana",
    "Teguh",
    "Mariani",
    "Fauzan",
    "Wulan",
    "Syahrul",
    "Intan",
    "Darmawan",
    "Kartika",
    "Rudi",
    "Sulastri",
    "Ilham",
    "Puspita",
    "Arief",
    "Nanda",
    "Sigit",
    "Melati",
]
NAMA_BELAKANG = [
    "Saputra",
    "Hasibuan",
    "Wibowo",
    "Lubis",
    "Pratama",
    "Siregar",
    "Kusuma",
    "Nasution",
    "Hidayat",
    "Harahap",
    "Santoso",
    "Rangkuti",
    "Gunawan",
    "Tarigan",
    "Setiawan",
    "Marpaung",
    "Permana",
    "Simanjuntak",
    "Rahayu",
    "Daulay",
]
GELAR = ["S.E.", "S.Kom.", "S.Sos.", "S.H.", "S.T.", "S.AP.", "A.Md.", "S.I.P.", "M.Si.", "S.Stat."]

# (jabatan, pangkat, golongan index for birth/TMT years) — JA staff and JA heads
JABATAN_JA = [
    ("Pengolah Data Keuangan", "Pengatur, II/c"),
    ("Pengadministrasi Perkantoran", "Pengatur Muda Tingkat I, II/b"),
    ("Bendahara Pengeluaran", "Penata Muda, III/a"),
    ("Kepala Subbagian Umum dan Kepegawaian", "Penata Tingkat I, III/d"),
    ("Kepala Seksi Pelayanan Informasi", "Penata, III/c"),
    ("Pengelola Layanan Operasional", "Penata Muda Tingkat I, III/b"),
    ("Verifikator Keuangan", "Penata Muda, III/a"),
    ("Kepala Bidang Anggaran", "Pembina, IV/a"),
]
JABATAN_JF = [
    ("Pranata Komputer Ahli Pertama", "Penata Muda Tingkat I, III/b"),
    ("Arsiparis Mahir", "Penata Muda, III/a"),
    ("Perencana Ahli Muda", "Penata Tingkat I, III/d"),
    ("Analis Kebijakan Ahli Muda", "Penata, III/c"),
    ("Pustakawan Terampil", "Pengatur, II/c"),
    ("Statistisi Ahli Pertama", "Penata Muda, III/a"),
    ("Pranata Hubungan Masyarakat Ahli Muda", "Penata, III/c"),
    ("Administrator Database Kependudukan Ahli Pertama", "Penata Muda Tingkat I, III/b"),
]
PENILAI_JA = [
    ("Kepala Bidang Perbendaharaan", "Pembina, IV/a"),
    ("Sekretaris", "Pembina Tingkat I, IV/b"),
    ("Kepala Bidang Layanan dan Pengolahan Data", "Pembina, IV/a"),
    ("Kepala Subbagian Perencanaan dan Keuangan", "Penata Tingkat I, III/d"),
]

# Objects of work: (phrase, satuan, plural phrase used in "Jumlah ..." IKI)
OBJEK = [
    ("laporan realisasi anggaran perangkat daerah", "laporan", "laporan realisasi anggaran"),
    ("dokumen pengadaan barang dan jasa", "dokumen", "dokumen pengadaan"),
    ("surat perintah pencairan dana", "dokumen", "surat perintah pencairan dana"),
    ("data aset tetap daerah", "dokumen", "kartu inventaris barang"),
    ("arsip dinamis inaktif", "berkas", "berkas arsip inaktif"),
    ("layanan penerbitan dokumen kependudukan", "dokumen", "dokumen kependudukan"),
    ("rencana kerja perangkat daerah", "dokumen", "dokumen rencana kerja"),
    ("laporan kinerja instansi pemerintah", "laporan", "laporan kinerja"),
    ("data statistik sektoral daerah", "dataset", "dataset statistik sektoral"),
    ("sistem informasi kepegawaian", "modul", "modul aplikasi kepegawaian"),
    ("konten informasi publik di laman resmi", "konten", "konten informasi publik"),
    ("bahan rapat koordinasi pimpinan", "bahan", "bahan rapat koordinasi"),
    ("usulan kenaikan pangkat pegawai", "usulan", "berkas usulan kenaikan pangkat"),
    ("naskah kebijakan pengelolaan keuangan daerah", "naskah", "naskah rekomendasi kebijakan"),
    ("laporan pertanggungjawaban bendahara", "laporan", "laporan pertanggungjawaban"),
    ("koleksi bahan pustaka daerah", "eksemplar", "eksemplar bahan pustaka"),
    ("kegiatan literasi masyarakat", "kegiatan", "kegiatan literasi"),
    ("pengaduan masyarakat melalui kanal daring", "pengaduan", "pengaduan yang ditindaklanjuti"),
    ("jaringan intranet kantor", "titik", "titik akses jaringan"),
    ("rekonsiliasi data pendapatan asli daerah", "laporan", "laporan rekonsiliasi"),
    ("dokumen pelaksanaan anggaran", "dokumen", "dokumen pelaksanaan anggaran"),
    ("daftar gaji dan tunjangan pegawai", "daftar", "daftar gaji"),
    ("basis data penduduk rentan administrasi kependudukan", "data", "data penduduk rentan"),
    ("aplikasi layanan surat elektronik", "aplikasi", "aplikasi yang dikembangkan"),
    ("kajian perencanaan pembangunan daerah", "kajian", "dokumen kajian"),
    ("bahan publikasi kinerja pemerintah daerah", "publikasi", "bahan publikasi"),
    ("neraca aset daerah", "laporan", "laporan neraca aset"),
    ("standar operasional prosedur layanan", "SOP", "SOP yang ditetapkan"),
    ("hasil penilaian mandiri reformasi birokrasi", "dokumen", "dokumen penilaian mandiri"),
    ("kegiatan bimbingan teknis operator", "kegiatan", "kegiatan bimbingan teknis"),
    ("berita acara pemeriksaan kas", "berita acara", "berita acara pemeriksaan kas"),
    ("jadwal retensi arsip", "dokumen", "dokumen jadwal retensi"),
    ("layanan perekaman KTP elektronik", "keping", "keping KTP elektronik"),
    ("indeks pembangunan literasi masyarakat", "dokumen", "dokumen pengukuran"),
    ("rekapitulasi kehadiran pegawai", "laporan", "laporan kehadiran"),
    ("pemutakhiran data sasaran program", "dokumen", "dokumen pemutakhiran"),
    ("fasilitas rapat daring pimpinan", "kali", "kali rapat daring"),
    ("informasi tagihan pajak daerah", "lembar", "lembar informasi tagihan"),
    ("hasil uji petik persediaan barang", "laporan", "laporan uji petik"),
    ("dokumen evaluasi rencana pembangunan", "dokumen", "dokumen evaluasi"),
    ("akta pencatatan sipil", "akta", "akta yang diterbitkan"),
    ("jaringan dokumentasi dan informasi hukum", "dokumen", "dokumen hukum terunggah"),
]

# Result heads (SPEC §1: a result names the product or the state reached)
KEPALA_HASIL = [
    "Tersusunnya",
    "Tersedianya",
    "Terkelolanya",
    "Terverifikasinya",
    "Meningkatnya kualitas",
    "Terselesaikannya",
    "Termutakhirkannya",
    "Terdokumentasinya",
]
KUALIFIKASI = [
    "yang akurat dan tepat waktu",
    "sesuai ketentuan peraturan perundang-undangan",
    "yang tertib dan akuntabel",
    "sebagai bahan pengambilan keputusan pimpinan",
    "dengan mutu yang terjaga",
    "yang dapat diakses pemangku kepentingan",
]
# Long elaborations, with list items that staff put on separate lines inside the cell
URAIAN = [
    (
        "meliputi",
        [
            "penghimpunan bahan dari unit kerja",
            "penyandingan dengan dokumen sumber",
            "penyampaian kepada pimpinan untuk ditandatangani",
        ],
    ),
    (
        "dengan cakupan",
        [
            "wilayah kecamatan di seluruh daerah",
            "unit pelaksana teknis dinas",
            "mitra kerja dari instansi vertikal",
        ],
    ),
    (
        "yang terdiri atas",
        ["data triwulan I dan II", "data triwulan III", "data triwulan IV beserta catatan atas perubahan"],
    ),
    (
        "mencakup",
        [
            "kelengkapan dokumen pendukung",
            "kesesuaian dengan standar biaya",
            "ketepatan pembebanan kode rekening",
        ],
    ),
]

RK_ATASAN = [
    "Meningkatnya akuntabilitas pengelolaan keuangan daerah",
    "Terwujudnya tata kelola aset daerah yang tertib",
    "Meningkatnya kualitas layanan administrasi kependudukan",
    "Tersedianya data pembangunan yang akurat dan mutakhir",
    "Meningkatnya kualitas perencanaan dan evaluasi pembangunan daerah",
    "Terwujudnya penyelenggaraan kearsipan yang tertib",
    "Meningkatnya budaya baca masyarakat",
    "Meningkatnya keterbukaan informasi publik",
    "Terselenggaranya layanan teknologi informasi yang andal",
    "Meningkatnya kapasitas sumber daya aparatur",
]

PERSPEKTIF = ["Penerima Layanan", "Proses Bisnis", "Penguatan Internal", "Anggaran"]

RK_JPT = {
    "Penerima Layanan": [
        (
            "Meningkatnya kepuasan masyarakat terhadap layanan {unit}",
            [
                ("Indeks kepuasan masyarakat terhadap layanan", "82,5"),
                ("Persentase pengaduan masyarakat yang diselesaikan", "90 %"),
            ],
        ),
        (
            "Meningkatnya cakupan layanan kepada pemangku kepentingan {pemda}",
            [
                ("Jumlah kecamatan yang terlayani layanan jemput bola", "15 kecamatan"),
                ("Persentase pemohon yang menerima layanan tepat waktu", "95%"),
            ],
        ),
        (
            "Meningkatnya keterbukaan informasi kinerja {unit}",
            [("Jumlah informasi publik yang diumumkan secara berkala", "48 informasi")],
        ),
    ],
    "Proses Bisnis": [
        (
            "Meningkatnya kualitas tata kelola {unit}",
            [
                ("Nilai evaluasi SAKIP perangkat daerah", "72"),
                ("Persentase prosedur layanan yang dibakukan dalam SOP", "85 %"),
            ],
        ),
        (
            "Terwujudnya layanan berbasis elektronik yang terintegrasi",
            [
                ("Jumlah layanan yang tersedia secara daring", "12 layanan"),
                ("Persentase layanan daring yang terhubung dengan portal daerah", "80 - 90 %"),
            ],
        ),
        (
            "Meningkatnya ketepatan waktu penyelesaian layanan",
            [("Waktu rata-rata penyelesaian layanan", "3 hari kerja")],
        ),
    ],
    "Penguatan Internal": [
        (
            "Meningkatnya kompetensi aparatur {unit}",
            [
                ("Persentase pegawai yang memenuhi standar kompetensi jabatan", "75 %"),
                ("Jumlah pegawai yang mengikuti pengembangan kompetensi", "40 orang"),
            ],
        ),
        (
            "Meningkatnya indeks reformasi birokrasi unit kerja",
            [("Nilai reformasi birokrasi perangkat daerah", "70,5")],
        ),
    ],
    "Anggaran": [
        (
            "Terwujudnya pengelolaan anggaran {unit} yang akuntabel",
            [
                ("Persentase realisasi anggaran terhadap pagu", "95 %"),
                ("Jumlah temuan BPK yang ditindaklanjuti", "12 temuan"),
            ],
        ),
        (
            "Meningkatnya efisiensi belanja operasional",
            [("Persentase efisiensi belanja operasional kantor", "5 %")],
        ),
    ],
}
TAMBAHAN_JPT = [
    (
        "Terlaksananya pengembangan kompetensi pimpinan melalui seminar nasional",
        [("Jumlah sertifikat seminar yang diperoleh", "2 sertifikat")],
    ),
    (
        "Terlibatnya pimpinan dalam satuan tugas penanggulangan bencana daerah",
        [("Jumlah laporan keikutsertaan dalam satuan tugas", "4 laporan")],
    ),
]

TAMBAHAN_JA = [
    (
        "Sertifikat pelatihan pengelolaan arsip elektronik yang diperoleh",
        [("Kuantitas", "Jumlah sertifikat pelatihan yang diperoleh", "1 sertifikat")],
    ),
    (
        "Keikutsertaan dalam tim penanganan stunting kecamatan terdokumentasi",
        [("Kuantitas", "Jumlah laporan keikutsertaan tim yang tersusun", "4 laporan")],
    ),
    (
        "Materi berbagi pengetahuan kepada rekan kerja tersampaikan",
        [("Kuantitas", "Jumlah sesi berbagi pengetahuan yang terlaksana", "2 kegiatan")],
    ),
]

BUTIR = [
    ("Melakukan pengumpulan data", "Laporan hasil pengumpulan data", "0,005"),
    ("Menyusun rancangan dokumen", "Rancangan dokumen", "0,04"),
    ("Melakukan verifikasi dokumen", "Berita acara verifikasi", "0,012"),
    ("Menyusun laporan pelaksanaan kegiatan", "Laporan", "0,1"),
    ("Melakukan pemeliharaan sistem", "Laporan pemeliharaan", "0,008"),
    ("Melakukan pengolahan data", "Data terolah", "0,015"),
    ("Menyusun naskah rekomendasi", "Naskah rekomendasi", "0,25"),
    ("Melakukan pemberkasan arsip", "Daftar arsip", "0,003"),
]

SUMBER_DATA = [
    ("Laporan realisasi", "Aplikasi SIPD", "Triwulanan"),
    ("Dokumen hasil kerja", "Arsip unit kerja", "Bulanan"),
    ("Rekap layanan", "Aplikasi layanan daring", "Bulanan, oleh Subbagian Program"),
    ("Berita acara", "Subbagian Umum dan Kepegawaian", "Semesteran"),
    ("Laporan kinerja", "e-Kinerja BKN", "Akhir tahun"),
]

FORMULA = [
    "Jumlah yang dicapai dibagi jumlah yang direncanakan dikali 100%",
    "Σ realisasi pada periode berjalan",
    "(Realisasi / Target) × 100 %",
    "Rata-rata nilai hasil survei dari seluruh responden",
]
