"""Fictional agencies, people, JF butir kegiatan and RK for the held-out set ``nyata_t`` (SKP JF and the
Format Keterkaitan SKP dengan Angka Kredit). Written from SPEC §2.2, §3.2, §3.3, §3.7, §3.10, §5, §7 alone.

Butir kegiatan are written the way JF staff copy them from their JF's Permen: a number ``1.a.2``, a long
activity text and the jenjang in brackets; angka kredit per satuan hasil.
"""

from __future__ import annotations

INSTANSI = {
    "kominfo": ("DINAS KOMUNIKASI, INFORMATIKA DAN PERSANDIAN KABUPATEN LEMBAH MANGGIS",
                "Bidang Aplikasi Informatika", "Kepala Bidang Aplikasi Informatika"),
    "bappeda": ("BADAN PERENCANAAN PEMBANGUNAN DAERAH KOTA TANJUNG LARANGAN",
                "Bidang Perencanaan Ekonomi dan Sumber Daya Alam", "Kepala Bidang Perencanaan Ekonomi"),
    "arpus": ("DINAS KEARSIPAN DAN PERPUSTAKAAN KABUPATEN LEMBAH MANGGIS",
              "UPT Perpustakaan Umum Daerah", "Kepala UPT Perpustakaan Umum Daerah"),
    "rsud": ("RUMAH SAKIT UMUM DAERAH SEKAR WANGI KOTA TANJUNG LARANGAN",
             "Instalasi Rawat Inap Bedah dan Kebidanan", "Kepala Bidang Keperawatan"),
    "bps": ("DINAS STATISTIK DAN PERSANDIAN KOTA TANJUNG LARANGAN",
            "Bidang Statistik Sektoral", "Kepala Bidang Statistik Sektoral"),
    "inspektorat": ("INSPEKTORAT DAERAH KABUPATEN LEMBAH MANGGIS",
                    "Inspektur Pembantu Wilayah II", "Inspektur Pembantu Wilayah II"),
}

# JF: name, instansi, keterampilan jenjang allowed, RK atasan, three Kinerja Utama RK:
# (RK, produk for IKI, satuan, jumlah, [(kode, butir, output, ak), ...])
JF = {
    "pranata komputer": dict(
        instansi="kominfo", terampil=True,
        atasan="Meningkatnya pemanfaatan aplikasi layanan publik berbasis elektronik di perangkat daerah",
        rk=[
            ("Tersedianya aplikasi pelayanan perizinan daring yang dapat digunakan masyarakat",
             "modul aplikasi perizinan", "modul", 6,
             [("II.B.3",
               "Melakukan analisis kebutuhan sistem informasi dan menyusun dokumen spesifikasi kebutuhan "
               "perangkat lunak", "Dokumen spesifikasi kebutuhan", 0.04),
              ("II.C.4", "Melakukan pemrograman modul aplikasi sesuai rancangan dan melakukan uji unit",
               "Modul program", 0.06)]),
            ("Jaringan intra pemerintah daerah berfungsi dengan ketersediaan tinggi",
             "laporan pemantauan jaringan", "laporan", 12,
             [("I.A.7",
               "Melakukan pemantauan kinerja jaringan komputer dan menyusun laporan hasil pemantauan",
                   "Laporan pemantauan", 0.012)]),
            ("Data layanan kepegawaian tersimpan aman dan dapat dipulihkan",
             "salinan cadangan basis data", "salinan", 24,
             [("III.A.2", "Melakukan pencadangan data dan pemulihan basis data instansi",
               "Berita acara pencadangan", 0.0075)]),
        ]),
    "perencana": dict(
        instansi="bappeda", terampil=False,
        atasan="Tersusunnya dokumen perencanaan pembangunan daerah bidang ekonomi yang berkualitas",
        rk=[
            ("Rancangan RKPD bidang ekonomi tersusun sesuai kaidah perencanaan",
             "naskah rancangan RKPD bidang ekonomi", "naskah", 2,
             [("I.B.2", "Melakukan identifikasi permasalahan dan isu strategis pembangunan sektor ekonomi",
               "Dokumen identifikasi isu strategis", 0.375),
              ("I.C.1", "Menyusun rancangan program dan kegiatan prioritas pembangunan daerah",
               "Rancangan program prioritas", 0.5)]),
            ("Hasil evaluasi pelaksanaan rencana pembangunan sektor pertanian tersedia tepat waktu",
             "laporan evaluasi rencana pembangunan", "laporan", 4,
             [("II.A.4", "Melakukan evaluasi pelaksanaan rencana pembangunan tahunan", "Laporan evaluasi",
               0.25)]),
            ("Rekomendasi pengendalian pelaksanaan RPJMD bidang ekonomi dimanfaatkan pimpinan",
             "nota rekomendasi pengendalian", "nota", 3,
             [("II.B.1",
               "Menyusun rekomendasi pengendalian pelaksanaan rencana pembangunan jangka menengah",
                   "Nota rekomendasi", 0.2)]),
        ]),
    "pustakawan": dict(
        instansi="arpus", terampil=True,
        atasan="Meningkatnya tingkat kegemaran membaca masyarakat",
        rk=[
            ("Koleksi bahan perpustakaan terolah dan siap dilayankan kepada pemustaka",
             "judul koleksi yang diolah", "judul", 1200,
             [("II.A.6", "Melakukan katalogisasi deskriptif bahan perpustakaan tingkat lanjut",
               "Judul terkatalog", 0.003),
              ("II.A.9", "Melakukan klasifikasi bahan perpustakaan dengan nomor klasifikasi sederhana",
               "Judul terklasifikasi", 0.002),
              ("II.B.2", "Menyusun dan memelihara katalog induk daring bahan perpustakaan", "Entri katalog",
               0.001)]),
            ("Layanan referensi perpustakaan memenuhi kebutuhan informasi pemustaka",
             "layanan referensi", "layanan", 300,
             [("III.C.1", "Memberikan layanan referensi cepat kepada pemustaka", "Jawaban referensi",
               0.004)]),
            ("Kegiatan literasi masyarakat terlaksana di desa binaan",
             "kegiatan literasi desa binaan", "kegiatan", 8,
             [("IV.A.3",
               "Melakukan pembinaan perpustakaan desa dan kelurahan dalam rangka pengembangan literasi",
                   "Laporan pembinaan", 0.09)]),
        ]),
    "arsiparis": dict(
        instansi="arpus", terampil=True,
        atasan="Terwujudnya tertib arsip pada perangkat daerah",
        rk=[
            ("Arsip inaktif perangkat daerah tertata dan mudah ditemukan kembali",
             "boks arsip inaktif yang ditata", "boks", 150,
             [("II.B.5", "Melakukan penataan arsip inaktif yang teratur dan membuat daftar arsip inaktif",
               "Daftar arsip inaktif", 0.012),
              ("II.B.7", "Melakukan pemindahan arsip inaktif dari unit pengolah ke unit kearsipan",
               "Berita acara pemindahan", 0.008)]),
            ("Usul musnah arsip yang telah habis retensinya tersusun sesuai JRA",
             "daftar usul musnah arsip", "daftar", 4,
             [("II.C.2", "Menyusun daftar arsip usul musnah dan melakukan penilaian arsip usul musnah",
               "Daftar arsip usul musnah", 0.025)]),
            ("Arsip statis terselamatkan dalam bentuk digital",
             "berkas arsip statis yang dialihmediakan", "berkas", 400,
             [("III.A.4", "Melakukan alih media arsip statis ke dalam bentuk digital", "Berkas alih media",
               0.0015)]),
        ]),
    "analis kebijakan": dict(
        instansi="bappeda", terampil=False,
        atasan="Tersedianya rekomendasi kebijakan pembangunan ekonomi daerah berbasis bukti",
        rk=[
            ("Rekomendasi kebijakan pengembangan UMKM daerah dimanfaatkan pimpinan",
             "naskah rekomendasi kebijakan", "naskah", 2,
             [("1.a.2",
               "Melakukan identifikasi dan analisis masalah kebijakan serta menyusun kerangka acuan kajian",
                   "Kerangka acuan kajian", 0.5),
              ("1.b.3",
               "Melakukan analisis data dan informasi kebijakan dan menyusun rekomendasi alternatif "
               "kebijakan",
               "Naskah rekomendasi", 1.25)]),
            ("Hasil evaluasi dampak kebijakan insentif investasi tersedia bagi pimpinan",
             "laporan evaluasi dampak kebijakan", "laporan", 1,
             [("2.a.1", "Melakukan evaluasi pelaksanaan dan dampak kebijakan publik",
               "Laporan evaluasi kebijakan", 1.0)]),
            ("Ringkasan kebijakan sektor ekonomi tersampaikan kepada pemangku kepentingan",
             "ringkasan kebijakan", "ringkasan", 4,
             [("3.a.2",
               "Menyusun policy brief dan melakukan advokasi kebijakan kepada pemangku kepentingan",
                   "Policy brief", 0.4)]),
        ]),
    "perawat": dict(
        instansi="rsud", terampil=True,
        atasan="Meningkatnya mutu asuhan keperawatan pasien rawat inap",
        rk=[
            ("Pasien rawat inap bedah menerima asuhan keperawatan sesuai standar",
             "pasien yang mendapat asuhan keperawatan", "pasien", 480,
             [("I.A.1", "Melakukan pengkajian keperawatan dasar pada individu", "Dokumen pengkajian", 0.004),
              ("I.B.3", "Melakukan tindakan keperawatan pada pasien pasca operasi dan mendokumentasikannya",
               "Catatan tindakan", 0.0075)]),
            ("Kejadian infeksi daerah operasi di ruang rawat bedah terkendali",
             "laporan surveilans infeksi", "laporan", 12,
             [("II.C.2", "Melakukan surveilans dan pengendalian infeksi di ruang rawat",
               "Laporan surveilans", 0.01)]),
            ("Pasien dan keluarga memahami perawatan lanjutan setelah pulang",
             "sesi edukasi pasien", "sesi", 200,
             [("I.D.4", "Memberikan pendidikan kesehatan kepada individu dan keluarga pasien",
               "Catatan edukasi", 0.003)]),
        ]),
    "bidan": dict(
        instansi="rsud", terampil=True,
        atasan="Menurunnya kasus komplikasi persalinan di rumah sakit",
        rk=[
            ("Ibu bersalin memperoleh pertolongan persalinan normal sesuai standar",
             "persalinan normal yang ditolong", "persalinan", 120,
             [("I.B.2", "Melakukan pertolongan persalinan normal dan asuhan bayi baru lahir",
               "Partograf lengkap", 0.02),
              ("I.B.5", "Melakukan pemantauan kala empat persalinan dan mendokumentasikan asuhan",
               "Catatan pemantauan", 0.005)]),
            ("Ibu nifas dengan risiko tinggi tertangani sesuai prosedur",
             "kunjungan nifas risiko tinggi", "kunjungan", 60,
             [("I.C.3", "Melakukan asuhan kebidanan pada ibu nifas dengan risiko tinggi",
               "Catatan asuhan nifas", 0.012)]),
            ("Akseptor KB pascapersalinan mendapatkan konseling yang tepat",
             "konseling KB pascapersalinan", "konseling", 90,
             [("I.E.1", "Memberikan konseling pelayanan keluarga berencana kepada ibu pascapersalinan",
               "Catatan konseling", 0.004)]),
        ]),
    "statistisi": dict(
        instansi="bps", terampil=True,
        atasan="Tersedianya data statistik sektoral yang berkualitas dan mudah diakses",
        rk=[
            ("Data statistik sektoral perangkat daerah tervalidasi dan terpublikasi",
             "tabel statistik sektoral tervalidasi", "tabel", 40,
             [("II.A.3", "Melakukan pemeriksaan dan validasi data hasil pengumpulan statistik",
               "Tabel tervalidasi", 0.015),
              ("II.B.1", "Melakukan pengolahan data statistik dengan paket program statistik",
               "Tabel hasil olahan", 0.02)]),
            ("Publikasi Kota Tanjung Larangan dalam Angka terbit tepat waktu",
             "naskah publikasi statistik", "naskah", 1,
             [("III.A.2", "Menyusun naskah publikasi statistik dan analisis deskriptif", "Naskah publikasi",
               0.4)]),
            ("Metadata kegiatan statistik sektoral terdokumentasi pada portal satu data",
             "metadata kegiatan statistik", "metadata", 15,
             [("I.C.4", "Menyusun metadata kegiatan statistik dan variabel", "Metadata", 0.03)]),
        ]),
    "auditor": dict(
        instansi="inspektorat", terampil=False,
        atasan="Meningkatnya akuntabilitas pengelolaan keuangan perangkat daerah",
        rk=[
            ("Rekomendasi hasil audit kinerja perangkat daerah ditindaklanjuti auditi",
             "laporan hasil audit kinerja", "laporan", 6,
             [("II.A.2", "Menyusun program kerja audit dan melaksanakan pengujian bukti audit",
               "Kertas kerja audit", 0.12),
              ("II.A.6", "Menyusun konsep laporan hasil audit kinerja", "Konsep laporan hasil audit", 0.3)]),
            ("Hasil reviu laporan keuangan pemerintah daerah tersedia sebelum diserahkan kepada BPK",
             "laporan hasil reviu", "laporan", 1,
             [("II.C.1", "Melakukan reviu atas laporan keuangan pemerintah daerah", "Catatan hasil reviu",
               0.25)]),
            ("Risiko kecurangan pengadaan barang dan jasa teridentifikasi sejak dini",
             "laporan pemetaan risiko", "laporan", 2,
             [("III.B.3", "Melakukan pemetaan risiko kecurangan dan menyusun rekomendasi pengendalian",
               "Peta risiko", 0.2)]),
        ]),
    "pranata hubungan masyarakat": dict(
        instansi="kominfo", terampil=True,
        atasan="Meningkatnya keterbukaan informasi publik pemerintah daerah",
        rk=[
            ("Informasi program prioritas pemerintah daerah tersebar luas melalui media sosial resmi",
             "konten informasi publik", "konten", 150,
             [("I.B.4", "Menyusun naskah dan materi publikasi untuk media sosial instansi",
               "Naskah publikasi", 0.006),
              ("I.C.2", "Melakukan desain grafis bahan publikasi instansi", "Desain grafis", 0.004)]),
            ("Opini publik terhadap layanan pemerintah daerah terpantau",
             "laporan analisis opini publik", "laporan", 12,
             [("II.A.3", "Melakukan pemantauan dan analisis isi media massa", "Laporan analisis media",
               0.025)]),
            ("Siaran pers kegiatan pimpinan daerah terbit pada hari yang sama",
             "siaran pers", "siaran pers", 80,
             [("I.A.5", "Menyusun siaran pers kegiatan instansi", "Siaran pers", 0.005)]),
        ]),
}

# Kinerja Tambahan (no butir kegiatan): RK, IKI, target
TAMBAHAN = [
    ("Meningkatnya kompetensi teknis pegawai melalui pelatihan",
     "Jumlah sertifikat pelatihan teknis yang diperoleh", "1 sertifikat"),
    ("Terlaksananya tugas sebagai anggota tim penyusun standar pelayanan",
     "Jumlah dokumen standar pelayanan yang tersusun", "1 dokumen"),
]

JA = [
    ("kominfo", "Pengelola Layanan Operasional", "II/c", "Pengatur"),
    ("bappeda", "Kepala Subbagian Umum dan Kepegawaian", "III/d", "Penata Tingkat I"),
    ("arpus", "Pengadministrasi Perkantoran", "II/b", "Pengatur Muda Tingkat I"),
    ("rsud", "Kepala Seksi Pelayanan Keperawatan", "III/d", "Penata Tk. I"),
    ("bps", "Pengolah Data dan Informasi", "III/a", "Penata Muda"),
    ("inspektorat", "Kepala Subbagian Perencanaan dan Keuangan", "III/c", "Penata"),
]
JA_RK = [
    ("Administrasi persuratan unit kerja tertib dan terdokumentasi", "surat yang teragenda", "surat", 900),
    ("Laporan keuangan unit kerja tersusun tepat waktu", "laporan keuangan bulanan", "laporan", 12),
    ("Data kepegawaian unit kerja mutakhir", "data pegawai yang dimutakhirkan", "data", 120),
]

GIVEN = ["Rina", "Agus", "Dewi", "Bambang", "Sri", "Yudi", "Lestari", "Hendra", "Wulan", "Fajar", "Nurul",
         "Eko", "Ratna", "Dimas", "Intan", "Rizky", "Maya", "Taufik", "Fitri", "Arief", "Yuliana", "Gilang",
         "Anisa", "Wahyu"]
FAMILY = ["Pratiwi", "Saputra", "Kurniawan", "Handayani", "Setiawan", "Marlina", "Hidayat", "Rahmawati",
          "Siregar", "Nasution", "Wibowo", "Purnamasari", "Simanjuntak", "Hutapea", "Lubis", "Susanti"]
GELAR = ["S.Kom.", "S.E.", "S.ST.", "A.Md.Kep.", "S.Kep., Ners", "A.Md.Keb.", "S.Si.", "M.Si.", "S.IP.",
         "A.Md.", "S.Tr.Stat.", "M.Ak."]
