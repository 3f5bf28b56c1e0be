"""Content bank of the held-out set ``nyata_bw``: Badan Pendapatan Daerah (Bapenda) and Badan Pengelolaan
Keuangan dan Aset Daerah (BPKAD) of the fictional Provinsi Tanjung Marwah, January 2027.

An IKI is ``(aspek, text, kind, target, satuan)``; ``kind`` is ``hitung`` (a count, higher is better),
``persen`` (a percentage, higher is better), ``rupiah`` (an amount of money collected, higher is better),
``waktu`` (a duration, lower is better), ``biaya`` (a cost in rupiah, lower is better) or ``kata`` (a
qualitative IKI whose kategori levels are words; its target still carries a number).
"""

from __future__ import annotations

PROVINSI = "PROVINSI TANJUNG MARWAH"
KOTA = "Kota Marwah"

BADAN = {
    "bapenda": "BADAN PENDAPATAN DAERAH PROVINSI TANJUNG MARWAH",
    "bpkad": "BADAN PENGELOLAAN KEUANGAN DAN ASET DAERAH PROVINSI TANJUNG MARWAH",
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

# Persons who only rate (no SKP of their own in the set).
GUBERNUR = {
    "nama": "H. Ahmad Rustam Effendi, S.H., M.Si.",
    "nip": "-",
    "gol": None,
    "jabatan": "Gubernur Tanjung Marwah",
    "unit": "Pemerintah Provinsi Tanjung Marwah",
}
SEKDA = {
    "nama": "Dr. Ir. Yohana Sitompul, M.T.",
    "nip": "19690412 199403 2 005",
    "gol": "IV/e",
    "jabatan": "Sekretaris Daerah Provinsi Tanjung Marwah",
    "unit": "Sekretariat Daerah Provinsi Tanjung Marwah",
}

CARA = {
    "pajak": (
        "Laporan realisasi penerimaan pajak",
        "Aplikasi e-Samsat dan SIMPAD",
        "Bulanan oleh Subbagian Program",
    ),
    "keu": ("Dokumen laporan keuangan", "SIPD Penatausahaan", "Triwulanan oleh Bidang Akuntansi"),
    "aset": ("Kartu inventaris barang dan berita acara", "Aplikasi SIMBADA", "Semesteran oleh Bidang Aset"),
    "umum": ("Rekap dokumen dan daftar hadir", "Arsip Subbagian Umum", "Bulanan oleh Kasubbag Umum"),
    "ti": ("Log layanan dan tiket gangguan", "Server aplikasi dan helpdesk", "Bulanan oleh Pranata Komputer"),
    "angg": (
        "Dokumen anggaran dan berita acara",
        "SIPD Perencanaan dan Penganggaran",
        "Triwulanan oleh Bidang Anggaran",
    ),
}

# JPT (Kepala Badan): five PK-based RK with one IKI each; perspektif for Model Pengembangan.
JPT = {
    "kaban_bapenda": {
        "badan": "bapenda",
        "nama": "Drs. Rahmat Hidayat Lubis, M.Si.",
        "nip": "19700815 199603 1 003",
        "gol": "IV/c",
        "jabatan": "Kepala Badan Pendapatan Daerah",
        "penilai": GUBERNUR,
        "rk": [
            (
                "Penerima Layanan (Stakeholder)",
                "Meningkatnya kepuasan wajib pajak atas layanan Samsat",
                "Indeks kepuasan wajib pajak",
                "82,5 poin",
            ),
            (
                "Proses Bisnis",
                "Meningkatnya pendapatan asli daerah dari pajak daerah",
                "Jumlah realisasi pajak daerah",
                "Rp 2.150.000.000.000",
            ),
            (
                "Proses Bisnis",
                "Meningkatnya kepatuhan wajib pajak kendaraan bermotor",
                "Persentase wajib pajak kendaraan bermotor yang membayar tepat waktu",
                "78 %",
            ),
            (
                "Penguatan Internal",
                "Meningkatnya kompetensi aparatur pemungut pajak",
                "Jumlah pegawai bersertifikat juru sita pajak",
                "24 orang",
            ),
            (
                "Anggaran",
                "Terkendalinya biaya pemungutan pajak daerah",
                "Rasio biaya pemungutan terhadap penerimaan pajak",
                "3,5 %",
            ),
        ],
    },
    "kaban_bpkad": {
        "badan": "bpkad",
        "nama": "Hj. Sri Wahyuningsih, S.E., M.Ak.",
        "nip": "19720304 199803 2 004",
        "gol": "IV/d",
        "jabatan": "Kepala Badan Pengelolaan Keuangan dan Aset Daerah",
        "penilai": SEKDA,
        "rk": [
            (
                "Penerima Layanan (Stakeholder)",
                "Meningkatnya kualitas layanan pencairan dana perangkat daerah",
                "Indeks kepuasan perangkat daerah atas layanan SP2D",
                "84 poin",
            ),
            (
                "Proses Bisnis",
                "Laporan keuangan pemerintah provinsi yang andal",
                "Jumlah temuan BPK atas sistem pengendalian intern",
                "4 temuan",
            ),
            (
                "Proses Bisnis",
                "Aset daerah yang tertib administrasi",
                "Persentase bidang tanah bersertifikat",
                "72 %",
            ),
            (
                "Penguatan Internal",
                "Meningkatnya kapasitas pengelola keuangan perangkat daerah",
                "Jumlah bendahara bersertifikat kompetensi",
                "60 orang",
            ),
            (
                "Anggaran",
                "Terserapnya anggaran belanja badan secara optimal",
                "Persentase realisasi anggaran belanja badan",
                "93 %",
            ),
        ],
    },
}

MANUAL = {  # label → template; {iki} and {rk} are filled in
    "DESKRIPSI RENCANA KINERJA": "Rencana kinerja {rk} dari Perjanjian Kinerja 2027.",
    "DEFINISI IKI": "{iki} sebagaimana tercatat dalam sistem informasi badan pada akhir tahun.",
    "FORMULA": "Realisasi {iki_kecil} dibandingkan target tahunan × 100 %",
    "TUJUAN": "Mengukur keberhasilan badan mencapai sasaran {rk_kecil}.",
    "SATUAN PENGUKURAN": "{satuan}",
    "JENIS ASPEK TARGET": "Kuantitas",
    "TINGKAT KENDALI IKI": "Moderate",
    "SUMBER DATA": "Sekretariat badan dan bidang teknis",
    "PERIODE PELAPORAN": "Triwulanan",
}

# JA/JF roles. ``penilai`` names another role (or the JPT); RK atasan = that role's RK text.
ROLES = {
    # --- Bapenda -------------------------------------------------------------------------------------
    "sekban_bapenda": dict(
        badan="bapenda",
        jf=False,
        jabatan="Sekretaris Badan Pendapatan Daerah",
        gol="IV/b",
        penilai="kaban_bapenda",
        rk=[
            (
                "Meningkatnya kompetensi aparatur pemungut pajak",
                "Dokumen perencanaan dan pelaporan badan yang tepat waktu",
                "umum",
                [
                    (
                        "Kuantitas",
                        "Jumlah dokumen perencanaan dan pelaporan yang tersusun",
                        "hitung",
                        8,
                        "dokumen",
                    ),
                    ("Kualitas", "Persentase dokumen yang diterima Bappeda tanpa revisi", "persen", 90, "%"),
                    ("Waktu", "Lama penyampaian dokumen setelah batas waktu internal", "waktu", 5, "hari"),
                ],
            ),
            (
                "Terkendalinya biaya pemungutan pajak daerah",
                "Layanan administrasi umum badan yang tertib",
                "umum",
                [
                    (
                        "Kuantitas",
                        "Jumlah laporan kepegawaian dan umum yang tersusun",
                        "hitung",
                        12,
                        "laporan",
                    ),
                    ("Kualitas", "Predikat evaluasi SAKIP badan", "kata", "70 poin (Predikat BB)", None),
                ],
            ),
        ],
    ),
    "kabid_pajak": dict(
        badan="bapenda",
        jf=False,
        jabatan="Kepala Bidang Pajak Daerah",
        gol="IV/a",
        penilai="kaban_bapenda",
        rk=[
            (
                "Meningkatnya pendapatan asli daerah dari pajak daerah",
                "Penerimaan pajak kendaraan bermotor yang meningkat",
                "pajak",
                [
                    (
                        "Kuantitas",
                        "Jumlah penerimaan pajak kendaraan bermotor",
                        "rupiah",
                        1250000000000,
                        "Rp",
                    ),
                    ("Kualitas", "Persentase tunggakan PKB yang tertagih", "persen", 85, "%"),
                    ("Waktu", "Lama penyelesaian keberatan pajak", "waktu", 14, "hari"),
                ],
            ),
            (
                "Meningkatnya kepatuhan wajib pajak kendaraan bermotor",
                "Data objek pajak kendaraan yang mutakhir",
                "pajak",
                [
                    (
                        "Kuantitas",
                        "Jumlah kabupaten/kota yang datanya dimutakhirkan",
                        "hitung",
                        14,
                        "kabupaten/kota",
                    ),
                    ("Kualitas", "Persentase data objek pajak yang valid", "persen", 95, "%"),
                ],
            ),
        ],
    ),
    "kaupt_samsat": dict(
        badan="bapenda",
        jf=False,
        jabatan="Kepala UPTD Samsat Kota Marwah",
        gol="III/d",
        penilai="kabid_pajak",
        rk=[
            (
                "Penerimaan pajak kendaraan bermotor yang meningkat",
                "Layanan pembayaran PKB yang cepat",
                "pajak",
                [
                    ("Kuantitas", "Jumlah gerai Samsat keliling yang beroperasi", "hitung", 6, "gerai"),
                    ("Kualitas", "Persentase wajib pajak yang puas", "persen", 88, "%"),
                    ("Waktu", "Waktu pelayanan pengesahan STNK tahunan", "waktu", 2, "jam"),
                ],
            ),
            (
                "Data objek pajak kendaraan yang mutakhir",
                "Tunggakan PKB di wilayah kota yang tertagih",
                "pajak",
                [
                    ("Kuantitas", "Jumlah surat teguran tunggakan yang disampaikan", "hitung", 1200, "surat"),
                    ("Kualitas", "Persentase tunggakan yang tertagih setelah teguran", "persen", 60, "%"),
                ],
            ),
        ],
    ),
    "kasubbag_umum_bapenda": dict(
        badan="bapenda",
        jf=False,
        jabatan="Kepala Subbagian Umum dan Kepegawaian",
        gol="III/d",
        penilai="sekban_bapenda",
        rk=[
            (
                "Layanan administrasi umum badan yang tertib",
                "Administrasi kepegawaian badan yang tertib",
                "umum",
                [
                    ("Kuantitas", "Jumlah usulan kenaikan pangkat yang diproses", "hitung", 36, "usulan"),
                    ("Kualitas", "Persentase usulan yang disetujui BKD tanpa perbaikan", "persen", 92, "%"),
                    ("Waktu", "Lama pemrosesan usulan kenaikan pangkat", "waktu", 3, "hari"),
                ],
            ),
            (
                "Dokumen perencanaan dan pelaporan badan yang tepat waktu",
                "Barang persediaan kantor yang tercatat",
                "umum",
                [
                    ("Kuantitas", "Jumlah laporan persediaan yang tersusun", "hitung", 12, "laporan"),
                    ("Kualitas", "Persentase selisih stok opname yang terselesaikan", "persen", 90, "%"),
                ],
            ),
        ],
    ),
    "pengadm_pajak": dict(
        badan="bapenda",
        jf=False,
        jabatan="Pengadministrasi Perpajakan",
        gol="II/c",
        penilai="kaupt_samsat",
        rk=[
            (
                "Layanan pembayaran PKB yang cepat",
                "Berkas pembayaran PKB yang terverifikasi",
                "pajak",
                [
                    ("Kuantitas", "Jumlah berkas pembayaran yang diverifikasi", "hitung", 9600, "berkas"),
                    ("Kualitas", "Persentase berkas tanpa kesalahan input", "persen", 97, "%"),
                    ("Waktu", "Waktu verifikasi per berkas", "waktu", 15, "menit"),
                ],
            ),
            (
                "Tunggakan PKB di wilayah kota yang tertagih",
                "Surat teguran tunggakan PKB yang terkirim",
                "pajak",
                [
                    ("Kuantitas", "Jumlah surat teguran yang dicetak dan dikirim", "hitung", 1200, "surat"),
                    ("Kualitas", "Persentase surat teguran yang diterima wajib pajak", "persen", 80, "%"),
                ],
            ),
        ],
    ),
    "penata_lapkeu_bapenda": dict(
        badan="bapenda",
        jf=False,
        jabatan="Penata Laporan Keuangan",
        gol="III/b",
        penilai="sekban_bapenda",
        rk=[
            (
                "Dokumen perencanaan dan pelaporan badan yang tepat waktu",
                "Laporan keuangan badan yang tersaji tepat waktu",
                "keu",
                [
                    ("Kuantitas", "Jumlah laporan keuangan bulanan yang tersusun", "hitung", 12, "laporan"),
                    ("Kualitas", "Persentase akun yang terekonsiliasi dengan BPKAD", "persen", 95, "%"),
                    ("Waktu", "Lama penyampaian laporan setelah akhir bulan", "waktu", 10, "hari"),
                ],
            ),
            (
                "Layanan administrasi umum badan yang tertib",
                "Pertanggungjawaban belanja badan yang lengkap",
                "keu",
                [
                    ("Kuantitas", "Jumlah SPJ belanja yang diverifikasi", "hitung", 480, "SPJ"),
                    ("Kualitas", "Persentase SPJ lengkap pada verifikasi pertama", "persen", 85, "%"),
                ],
            ),
        ],
    ),
    # --- BPKAD ---------------------------------------------------------------------------------------
    "sekban_bpkad": dict(
        badan="bpkad",
        jf=False,
        jabatan="Sekretaris Badan Pengelolaan Keuangan dan Aset Daerah",
        gol="IV/b",
        penilai="kaban_bpkad",
        rk=[
            (
                "Meningkatnya kapasitas pengelola keuangan perangkat daerah",
                "Tata kelola internal badan yang akuntabel",
                "umum",
                [
                    (
                        "Kuantitas",
                        "Jumlah dokumen perencanaan dan evaluasi badan yang tersusun",
                        "hitung",
                        10,
                        "dokumen",
                    ),
                    (
                        "Kualitas",
                        "Predikat zona integritas unit kerja",
                        "kata",
                        "1 unit kerja predikat WBK",
                        None,
                    ),
                    ("Waktu", "Lama penyampaian LKjIP setelah akhir tahun", "waktu", 2, "bulan"),
                ],
            ),
            (
                "Terserapnya anggaran belanja badan secara optimal",
                "Belanja sekretariat badan yang terkendali",
                "angg",
                [
                    ("Kuantitas", "Jumlah laporan realisasi belanja sekretariat", "hitung", 12, "laporan"),
                    ("Kualitas", "Persentase realisasi belanja sekretariat", "persen", 92, "%"),
                ],
            ),
        ],
    ),
    "kabid_akuntansi": dict(
        badan="bpkad",
        jf=False,
        jabatan="Kepala Bidang Akuntansi dan Pelaporan",
        gol="IV/a",
        penilai="kaban_bpkad",
        rk=[
            (
                "Laporan keuangan pemerintah provinsi yang andal",
                "Laporan keuangan pemerintah provinsi yang tersusun sesuai SAP",
                "keu",
                [
                    (
                        "Kuantitas",
                        "Jumlah laporan keuangan konsolidasian yang tersusun",
                        "hitung",
                        4,
                        "laporan",
                    ),
                    (
                        "Kualitas",
                        "Opini BPK atas laporan keuangan pemerintah provinsi",
                        "kata",
                        "1 opini WTP",
                        None,
                    ),
                    ("Waktu", "Lama penyampaian LKPD unaudited setelah akhir tahun", "waktu", 3, "bulan"),
                ],
            ),
            (
                "Terserapnya anggaran belanja badan secara optimal",
                "Rekonsiliasi keuangan perangkat daerah yang tuntas",
                "keu",
                [
                    (
                        "Kuantitas",
                        "Jumlah perangkat daerah yang direkonsiliasi",
                        "hitung",
                        48,
                        "perangkat daerah",
                    ),
                    ("Kualitas", "Persentase selisih rekonsiliasi yang terselesaikan", "persen", 90, "%"),
                ],
            ),
        ],
    ),
    "kabid_aset": dict(
        badan="bpkad",
        jf=False,
        jabatan="Kepala Bidang Pengelolaan Barang Milik Daerah",
        gol="IV/a",
        penilai="kaban_bpkad",
        rk=[
            (
                "Aset daerah yang tertib administrasi",
                "Barang milik daerah yang tercatat dan bersertifikat",
                "aset",
                [
                    ("Kuantitas", "Jumlah bidang tanah yang disertifikatkan", "hitung", 150, "bidang"),
                    ("Kualitas", "Persentase barang milik daerah yang tercatat dalam KIB", "persen", 95, "%"),
                    ("Waktu", "Lama penerbitan persetujuan penghapusan barang", "waktu", 30, "hari"),
                ],
            ),
            (
                "Laporan keuangan pemerintah provinsi yang andal",
                "Nilai aset daerah yang wajar",
                "aset",
                [
                    (
                        "Kuantitas",
                        "Jumlah perangkat daerah yang asetnya dinilai ulang",
                        "hitung",
                        24,
                        "perangkat daerah",
                    ),
                    ("Kualitas", "Persentase aset yang telah dinilai wajar", "persen", 75, "%"),
                ],
            ),
        ],
    ),
    "kasubbid_bmd": dict(
        badan="bpkad",
        jf=False,
        jabatan="Kepala Subbidang Penatausahaan Barang Milik Daerah",
        gol="III/d",
        penilai="kabid_aset",
        rk=[
            (
                "Barang milik daerah yang tercatat dan bersertifikat",
                "Kartu inventaris barang yang mutakhir",
                "aset",
                [
                    ("Kuantitas", "Jumlah kartu inventaris barang yang dimutakhirkan", "hitung", 48, "KIB"),
                    ("Kualitas", "Persentase KIB yang sesuai hasil sensus", "persen", 90, "%"),
                    ("Waktu", "Lama pemutakhiran KIB setelah mutasi barang", "waktu", 7, "hari"),
                ],
            ),
            (
                "Nilai aset daerah yang wajar",
                "Laporan barang milik daerah yang akurat",
                "aset",
                [
                    ("Kuantitas", "Jumlah laporan barang triwulanan yang tersusun", "hitung", 4, "laporan"),
                    ("Kualitas", "Persentase laporan tanpa koreksi BPK", "persen", 85, "%"),
                ],
            ),
        ],
    ),
    "pengelola_bmd": dict(
        badan="bpkad",
        jf=False,
        jabatan="Pengelola Barang Milik Daerah",
        gol="II/d",
        penilai="kasubbid_bmd",
        rk=[
            (
                "Kartu inventaris barang yang mutakhir",
                "Data mutasi barang yang terinput",
                "aset",
                [
                    ("Kuantitas", "Jumlah mutasi barang yang diinput ke SIMBADA", "hitung", 600, "mutasi"),
                    ("Kualitas", "Persentase input tanpa koreksi", "persen", 95, "%"),
                    ("Waktu", "Lama input mutasi setelah berita acara diterima", "waktu", 2, "hari"),
                ],
            ),
            (
                "Laporan barang milik daerah yang akurat",
                "Label barang inventaris yang terpasang",
                "aset",
                [
                    ("Kuantitas", "Jumlah barang yang diberi label kode barang", "hitung", 2400, "unit"),
                    ("Kualitas", "Persentase label yang sesuai KIB", "persen", 98, "%"),
                ],
            ),
        ],
    ),
    "bendahara_bpkad": dict(
        badan="bpkad",
        jf=False,
        jabatan="Bendahara Pengeluaran",
        gol="III/a",
        penilai="sekban_bpkad",
        rk=[
            (
                "Belanja sekretariat badan yang terkendali",
                "Pembayaran belanja badan yang tertib",
                "keu",
                [
                    ("Kuantitas", "Jumlah SP2D yang dicairkan", "hitung", 720, "SP2D"),
                    ("Kualitas", "Persentase SPJ fungsional tanpa koreksi", "persen", 95, "%"),
                    ("Waktu", "Lama pembayaran setelah SP2D terbit", "waktu", 1, "hari"),
                ],
            ),
            (
                "Tata kelola internal badan yang akuntabel",
                "Setoran pajak atas belanja yang tepat waktu",
                "keu",
                [
                    ("Kuantitas", "Jumlah bukti setor pajak yang direkam", "hitung", 720, "bukti setor"),
                    ("Kualitas", "Persentase setoran pajak tepat waktu", "persen", 98, "%"),
                ],
            ),
        ],
    ),
    # --- JF --------------------------------------------------------------------------------------------
    "akpd_muda": dict(
        badan="bpkad",
        jf=True,
        jabatan="Analis Keuangan Pusat dan Daerah Ahli Muda",
        gol="III/d",
        penilai="kabid_akuntansi",
        rk=[
            (
                "Laporan keuangan pemerintah provinsi yang tersusun sesuai SAP",
                "Kertas kerja konsolidasi laporan keuangan yang akurat",
                "keu",
                [
                    (
                        "Kuantitas",
                        "Jumlah kertas kerja konsolidasi yang tersusun",
                        "hitung",
                        4,
                        "kertas kerja",
                    ),
                    ("Kualitas", "Persentase akun konsolidasi tanpa selisih", "persen", 95, "%"),
                    (
                        "Waktu",
                        "Lama penyusunan kertas kerja setelah laporan perangkat daerah diterima",
                        "waktu",
                        10,
                        "hari",
                    ),
                ],
            ),
            (
                "Rekonsiliasi keuangan perangkat daerah yang tuntas",
                "Rekomendasi penyelesaian selisih rekonsiliasi",
                "keu",
                [
                    ("Kuantitas", "Jumlah rekomendasi penyelesaian selisih", "hitung", 24, "rekomendasi"),
                    ("Kualitas", "Persentase rekomendasi yang ditindaklanjuti", "persen", 80, "%"),
                ],
            ),
        ],
        butir=[
            ("Menyusun analisis laporan keuangan daerah", "Kertas kerja", "0,250"),
            ("Melakukan evaluasi rekonsiliasi keuangan", "Laporan evaluasi", "0,180"),
        ],
    ),
    "akpd_pertama": dict(
        badan="bpkad",
        jf=True,
        jabatan="Analis Keuangan Pusat dan Daerah Ahli Pertama",
        gol="III/b",
        penilai="kabid_akuntansi",
        rk=[
            (
                "Rekonsiliasi keuangan perangkat daerah yang tuntas",
                "Berita acara rekonsiliasi perangkat daerah yang lengkap",
                "keu",
                [
                    (
                        "Kuantitas",
                        "Jumlah berita acara rekonsiliasi yang ditandatangani",
                        "hitung",
                        48,
                        "berita acara",
                    ),
                    ("Kualitas", "Persentase berita acara tanpa selisih tersisa", "persen", 90, "%"),
                    ("Waktu", "Lama rekonsiliasi per perangkat daerah", "waktu", 5, "hari"),
                ],
            ),
            (
                "Laporan keuangan pemerintah provinsi yang tersusun sesuai SAP",
                "Catatan atas laporan keuangan yang lengkap",
                "keu",
                [
                    ("Kuantitas", "Jumlah bab CaLK yang tersusun", "hitung", 7, "bab"),
                    ("Kualitas", "Persentase pengungkapan sesuai SAP", "persen", 95, "%"),
                ],
            ),
        ],
        butir=[
            ("Melakukan rekonsiliasi data keuangan", "Berita acara", "0,036"),
            ("Menyusun bahan catatan atas laporan keuangan", "Draf CaLK", "0,045"),
        ],
    ),
    "prakom_pertama": dict(
        badan="bapenda",
        jf=True,
        jabatan="Pranata Komputer Ahli Pertama",
        gol="III/a",
        penilai="kabid_pajak",
        rk=[
            (
                "Data objek pajak kendaraan yang mutakhir",
                "Aplikasi pajak daerah yang andal",
                "ti",
                [
                    ("Kuantitas", "Jumlah modul aplikasi SIMPAD yang dipelihara", "hitung", 6, "modul"),
                    ("Kualitas", "Persentase ketersediaan layanan aplikasi", "persen", 97, "%"),
                    ("Waktu", "Waktu pemulihan layanan saat gangguan", "waktu", 4, "jam"),
                ],
            ),
            (
                "Penerimaan pajak kendaraan bermotor yang meningkat",
                "Kanal pembayaran PKB daring yang terintegrasi",
                "ti",
                [
                    ("Kuantitas", "Jumlah kanal pembayaran yang terintegrasi", "hitung", 5, "kanal"),
                    ("Kualitas", "Persentase transaksi daring yang tersinkron", "persen", 95, "%"),
                ],
            ),
        ],
        butir=[
            ("Melakukan pemeliharaan sistem aplikasi", "Laporan pemeliharaan", "0,040"),
            ("Melakukan integrasi sistem", "Dokumen integrasi", "0,060"),
        ],
    ),
    "prakom_terampil": dict(
        badan="bpkad",
        jf=True,
        jabatan="Pranata Komputer Terampil",
        gol="II/c",
        penilai="kasubbid_bmd",
        rk=[
            (
                "Kartu inventaris barang yang mutakhir",
                "Jaringan dan perangkat komputer badan yang berfungsi",
                "ti",
                [
                    ("Kuantitas", "Jumlah perangkat komputer yang dirawat", "hitung", 120, "unit"),
                    ("Kualitas", "Persentase perangkat yang berfungsi baik", "persen", 90, "%"),
                    ("Waktu", "Waktu penanganan tiket gangguan", "waktu", 2, "jam"),
                ],
            ),
            (
                "Laporan barang milik daerah yang akurat",
                "Cadangan data SIMBADA yang aman",
                "ti",
                [
                    ("Kuantitas", "Jumlah cadangan data yang dibuat", "hitung", 52, "cadangan"),
                    ("Kualitas", "Persentase cadangan yang berhasil diuji pulih", "persen", 95, "%"),
                ],
            ),
        ],
        butir=[
            ("Melakukan perawatan perangkat komputer", "Laporan perawatan", "0,004"),
            ("Melakukan pencadangan data", "Berkas cadangan", "0,003"),
        ],
    ),
    "arsiparis_mahir": dict(
        badan="bapenda",
        jf=True,
        jabatan="Arsiparis Mahir",
        gol="III/b",
        penilai="kasubbag_umum_bapenda",
        rk=[
            (
                "Administrasi kepegawaian badan yang tertib",
                "Arsip dinamis badan yang tertata",
                "umum",
                [
                    ("Kuantitas", "Jumlah berkas arsip yang ditata", "hitung", 1500, "berkas"),
                    (
                        "Kualitas",
                        "Persentase arsip yang ditemukan kembali kurang dari 5 menit",
                        "persen",
                        90,
                        "%",
                    ),
                    ("Waktu", "Lama pemberkasan arsip setelah diterima", "waktu", 3, "hari"),
                ],
            ),
            (
                "Barang persediaan kantor yang tercatat",
                "Arsip inaktif yang dipindahkan ke record center",
                "umum",
                [
                    ("Kuantitas", "Jumlah boks arsip inaktif yang dipindahkan", "hitung", 80, "boks"),
                    ("Kualitas", "Persentase daftar arsip pindah yang lengkap", "persen", 95, "%"),
                ],
            ),
        ],
        butir=[
            ("Melakukan pemberkasan arsip aktif", "Daftar berkas", "0,009"),
            ("Melakukan pemindahan arsip inaktif", "Berita acara pemindahan", "0,012"),
        ],
    ),
    "perencana_muda": dict(
        badan="bapenda",
        jf=True,
        jabatan="Perencana Ahli Muda",
        gol="III/c",
        penilai="sekban_bapenda",
        rk=[
            (
                "Dokumen perencanaan dan pelaporan badan yang tepat waktu",
                "Rencana kerja badan yang selaras dengan RKPD",
                "umum",
                [
                    ("Kuantitas", "Jumlah dokumen Renja dan RKA yang tersusun", "hitung", 3, "dokumen"),
                    ("Kualitas", "Persentase program Renja yang selaras dengan RKPD", "persen", 95, "%"),
                    ("Waktu", "Lama penyampaian Renja setelah surat edaran", "waktu", 30, "hari"),
                ],
            ),
            (
                "Terkendalinya biaya pemungutan pajak daerah",
                "Kajian potensi pajak daerah yang tersedia",
                "pajak",
                [
                    ("Kuantitas", "Jumlah kajian potensi pajak yang tersusun", "hitung", 3, "kajian"),
                    ("Kualitas", "Persentase rekomendasi kajian yang diadopsi", "persen", 50, "%"),
                ],
            ),
        ],
        butir=[
            ("Menyusun rancangan rencana kerja", "Dokumen Renja", "0,300"),
            ("Menyusun kajian perencanaan", "Dokumen kajian", "0,450"),
        ],
    ),
    "analis_anggaran_madya": dict(
        badan="bpkad",
        jf=True,
        jabatan="Analis Anggaran Ahli Madya",
        gol="IV/b",
        penilai="kaban_bpkad",
        rk=[
            (
                "Terserapnya anggaran belanja badan secara optimal",
                "Rancangan APBD yang sesuai kebijakan umum anggaran",
                "angg",
                [
                    ("Kuantitas", "Jumlah rancangan peraturan APBD yang tersusun", "hitung", 3, "rancangan"),
                    (
                        "Kualitas",
                        "Persentase catatan evaluasi Kemendagri yang tertindaklanjuti",
                        "persen",
                        95,
                        "%",
                    ),
                    (
                        "Waktu",
                        "Lama penyampaian rancangan ke DPRD setelah KUA-PPAS disepakati",
                        "waktu",
                        45,
                        "hari",
                    ),
                ],
            ),
            (
                "Meningkatnya kapasitas pengelola keuangan perangkat daerah",
                "Standar satuan harga yang mutakhir",
                "angg",
                [
                    (
                        "Kuantitas",
                        "Jumlah item standar satuan harga yang dimutakhirkan",
                        "hitung",
                        1800,
                        "item",
                    ),
                    ("Kualitas", "Persentase item yang sesuai survei harga pasar", "persen", 90, "%"),
                ],
            ),
        ],
        butir=[
            ("Melakukan analisis rancangan anggaran", "Laporan analisis", "0,500"),
            ("Menyusun standar biaya", "Dokumen standar", "0,350"),
        ],
    ),
    "ppbj_muda": dict(
        badan="bpkad",
        jf=True,
        jabatan="Pengelola Pengadaan Barang/Jasa Ahli Muda",
        gol="III/c",
        penilai="sekban_bpkad",
        rk=[
            (
                "Belanja sekretariat badan yang terkendali",
                "Paket pengadaan badan yang selesai tepat waktu",
                "angg",
                [
                    (
                        "Kuantitas",
                        "Jumlah paket pengadaan yang selesai dipilih penyedianya",
                        "hitung",
                        18,
                        "paket",
                    ),
                    ("Kualitas", "Persentase paket tanpa sanggah banding", "persen", 95, "%"),
                    ("Waktu", "Lama pemilihan penyedia per paket", "waktu", 21, "hari"),
                ],
            ),
            (
                "Tata kelola internal badan yang akuntabel",
                "Katalog elektronik lokal yang terisi",
                "angg",
                [
                    ("Kuantitas", "Jumlah produk yang ditayangkan di katalog lokal", "hitung", 250, "produk"),
                    ("Kualitas", "Persentase produk dengan harga wajar", "persen", 90, "%"),
                ],
            ),
        ],
        butir=[
            ("Melakukan pemilihan penyedia", "Berita acara hasil pemilihan", "0,200"),
            ("Melakukan pengelolaan katalog", "Daftar produk katalog", "0,080"),
        ],
    ),
    "statistisi_pertama": dict(
        badan="bapenda",
        jf=True,
        jabatan="Statistisi Ahli Pertama",
        gol="III/a",
        penilai="kabid_pajak",
        rk=[
            (
                "Meningkatnya pendapatan asli daerah dari pajak daerah",
                "Statistik penerimaan pajak daerah yang tersaji",
                "pajak",
                [
                    ("Kuantitas", "Jumlah publikasi statistik pajak yang terbit", "hitung", 12, "publikasi"),
                    ("Kualitas", "Persentase tabel statistik tanpa ralat", "persen", 95, "%"),
                    ("Waktu", "Lama penerbitan publikasi setelah akhir bulan", "waktu", 7, "hari"),
                ],
            ),
            (
                "Meningkatnya kepatuhan wajib pajak kendaraan bermotor",
                "Proyeksi penerimaan PKB yang akurat",
                "pajak",
                [
                    ("Kuantitas", "Jumlah model proyeksi yang diperbarui", "hitung", 4, "model"),
                    ("Kualitas", "Persentase ketepatan proyeksi terhadap realisasi", "persen", 92, "%"),
                ],
            ),
        ],
        butir=[
            ("Melakukan pengolahan data statistik", "Tabel statistik", "0,032"),
            ("Menyusun analisis proyeksi", "Laporan proyeksi", "0,075"),
        ],
    ),
    "analis_kebijakan_muda": dict(
        badan="bapenda",
        jf=True,
        jabatan="Analis Kebijakan Ahli Muda",
        gol="III/d",
        penilai="kaban_bapenda",
        rk=[
            (
                "Meningkatnya kepuasan wajib pajak atas layanan Samsat",
                "Rekomendasi kebijakan layanan Samsat yang dimanfaatkan",
                "pajak",
                [
                    ("Kuantitas", "Jumlah policy brief yang tersusun", "hitung", 4, "policy brief"),
                    ("Kualitas", "Persentase rekomendasi yang diadopsi pimpinan", "persen", 75, "%"),
                    ("Waktu", "Lama penyusunan policy brief setelah penugasan", "waktu", 20, "hari"),
                ],
            ),
            (
                "Meningkatnya pendapatan asli daerah dari pajak daerah",
                "Naskah akademik perubahan perda pajak daerah",
                "pajak",
                [
                    (
                        "Kuantitas",
                        "Jumlah kajian pendukung naskah akademik yang tersusun",
                        "hitung",
                        3,
                        "kajian",
                    ),
                    ("Kualitas", "Persentase masukan uji publik yang terakomodasi", "persen", 80, "%"),
                ],
            ),
        ],
        butir=[
            ("Menyusun policy brief", "Policy brief", "0,600"),
            ("Menyusun naskah akademik", "Naskah akademik", "1,200"),
        ],
    ),
}

# Biaya IKI added under RK 2 (variation ``iki_biaya``): (text, rupiah).
BIAYA = {
    "bapenda": ("Biaya pencetakan dan pengiriman surat teguran", 450000000),
    "bpkad": ("Biaya pelaksanaan sensus barang milik daerah", 385000000),
}

# Qualitative kategori levels (words) for ``kata`` IKI, lowest to highest; BAIK is the target itself.
KATA_LEVELS = {
    "70 poin (Predikat BB)": ["Predikat C", "Predikat CC", "Predikat B", None, "Predikat A"],
    "1 unit kerja predikat WBK": [
        "Belum diusulkan",
        "Diusulkan ke TPI",
        "Lolos evaluasi TPI",
        None,
        "Zona Integritas WBBM",
    ],
    "1 opini WTP": ["Opini TMP", "Opini TW", "Opini WDP", None, "Opini WTP tanpa temuan signifikan"],
}

NAMA = [
    "Andi Saputra Harahap, S.E.",
    "Rina Marlina Siregar, S.Ak.",
    "Yusuf Alamsyah, S.Kom.",
    "Dewi Puspitasari, S.AP.",
    "Hendra Gunawan Nasution, S.E., M.M.",
    "Lestari Handayani, A.Md.",
    "Fajar Ramadhan, S.T.",
    "Nurhayati Pohan, S.H.",
    "Bambang Sutrisno, S.Sos.",
    "Maria Goreti Simanjuntak, S.E.",
    "Taufik Hidayat, S.Si.",
    "Ratna Sari Dewi, S.Pd.",
    "Irwansyah Putra, S.Kom., M.T.I.",
    "Siti Aminah Daulay, S.E., M.Ak.",
    "Joko Prasetyo, S.IP.",
    "Yulia Fitriani, S.Stat.",
    "Agus Salim Tanjung, S.E.",
    "Wulan Anggraini, A.Md.Ak.",
    "Rudi Hartono Sinaga, S.H., M.H.",
    "Eka Novianti, S.Kom.",
    "Dedi Kurniawan, S.T., M.Si.",
    "Fitri Ramadhani, S.E.",
]
