"""Fictional organisations for the held-out set ``nyata_ab`` (Matriks Pembagian Peran dan Hasil measured as a
folder). Written by hand from SPEC §2–§4 only: agencies, people, RK/IKI texts, how each koordinator splits
each RK among members (the Matriks), and the defects planted in some SKP.

A koordinator's RK carries ``bagi``: the Matriks cells of its column, one ``Bagi`` per member, each holding the
member's own RK (which the member's SKP then cites in column 2). Nothing here is taken from product code.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class RK:
    text: str
    iki: str
    target: str
    method: str = ""  # beban, aspek, wilayah, layanan, output ('' for a leaf RK)
    bagi: list[Bagi] = field(default_factory=list)
    perspektif: str = ""  # JPT pengembangan
    empty: tuple[str, ...] = ()  # members listed with an empty cell in this column


@dataclass
class Bagi:
    member: str
    rk: RK
    label: str = ""  # wilayah/tahap prefix shown in the Matriks cell


@dataclass
class Person:
    key: str
    nama: str
    nip: str
    pangkat: str
    jabatan: str
    form: str  # ja-dasar … jpt-pengembangan; '' for a member from another unit who sends no SKP
    unit: str
    instansi: str
    atasan: str  # key of the penilai, or '' for the Bupati/Wali Kota
    layout: str = ""  # Matriks layout for a koordinator: kolom, baris, per_rk, per_sel
    member_id: str = "nama_nip"  # how the Matriks names members: nama_nip, nama, jabatan, satu_sel
    rks: list[RK] = field(default_factory=list)  # JPT: own RKs; others: filled from the atasan's Matriks
    defects: dict = field(default_factory=dict)
    folder: str = ""
    filename: str = ""


TAMBAHAN_JA = ("Kompetensi teknis pegawai meningkat melalui pengembangan kompetensi",
               "Jumlah jam pelajaran pengembangan kompetensi yang diselesaikan", "20 jam pelajaran")
TAMBAHAN_JPT = ("Kapasitas kepemimpinan strategis meningkat melalui forum ilmiah nasional",
                "Jumlah forum ilmiah nasional sebagai narasumber", "2 kegiatan")

INSTANSI = {
    "dkpp": ("DINAS KETAHANAN PANGAN DAN PERIKANAN KABUPATEN LEMBAH SARI", "Lembah Sari",
             ("H. Arif Rahmanto, S.H.", "BUPATI LEMBAH SARI", "PEMERINTAH KABUPATEN LEMBAH SARI")),
    "pupr": ("DINAS PEKERJAAN UMUM DAN PENATAAN RUANG KABUPATEN LEMBAH SARI", "Lembah Sari",
             ("H. Arif Rahmanto, S.H.", "BUPATI LEMBAH SARI", "PEMERINTAH KABUPATEN LEMBAH SARI")),
    "brida": ("BADAN RISET DAN INOVASI DAERAH KOTA TELUK DAMAR", "Teluk Damar",
              ("dr. Yohana Siregar, M.Kes.", "WALI KOTA TELUK DAMAR", "PEMERINTAH KOTA TELUK DAMAR")),
    "insp": ("INSPEKTORAT KOTA TELUK DAMAR", "Teluk Damar",
             ("dr. Yohana Siregar, M.Kes.", "WALI KOTA TELUK DAMAR", "PEMERINTAH KOTA TELUK DAMAR")),
}

# (key, nama, pangkat, jabatan, form, unit, instansi, atasan, layout, member_id)
PEOPLE = [
    # --- DKPP Lembah Sari
    ("dkpp_kadis", "Ir. Bambang Setiyoko, M.Si.", "Pembina Utama Muda, IV/c",
     "Kepala Dinas Ketahanan Pangan dan Perikanan", "jpt-pengembangan", "Dinas Ketahanan Pangan dan Perikanan",
     "dkpp", "", "kolom", "nama_nip"),
    ("dkpp_sek", "Dra. Sri Wahyuningsih, M.M.", "Pembina Tingkat I, IV/b", "Sekretaris", "ja-pengembangan",
     "Sekretariat", "dkpp", "dkpp_kadis", "kolom", "jabatan"),
    ("dkpp_kasubbag", "Rudi Hartanto, S.Sos.", "Penata Tingkat I, III/d",
     "Kepala Subbagian Umum dan Kepegawaian", "ja-dasar", "Sekretariat", "dkpp", "dkpp_sek", "", ""),
    ("dkpp_perencana", "Nurul Aini, S.E.", "Penata Muda Tingkat I, III/b", "Perencana Ahli Pertama", "jf-dasar",
     "Sekretariat", "dkpp", "dkpp_sek", "", ""),
    ("dkpp_prakom", "Yoga Prasetya, S.Kom.", "Penata Muda, III/a", "Pranata Komputer Ahli Pertama",
     "jf-pengembangan", "Sekretariat", "dkpp", "dkpp_sek", "", ""),
    ("dkpp_kabid_kp", "Agus Salim Harahap, S.P., M.P.", "Pembina, IV/a",
     "Kepala Bidang Ketersediaan dan Kerawanan Pangan", "ja-dasar", "Bidang Ketersediaan dan Kerawanan Pangan",
     "dkpp", "dkpp_kadis", "baris", "jabatan"),
    ("dkpp_kasi_kp", "Lestari Handayani, S.P.", "Penata Tingkat I, III/d", "Kepala Seksi Ketersediaan Pangan",
     "ja-dasar", "Bidang Ketersediaan dan Kerawanan Pangan", "dkpp", "dkpp_kabid_kp", "per_sel", "nama"),
    ("dkpp_cadangan", "Hendrik Manurung", "Pengatur Tingkat I, II/d", "Pengelola Cadangan Pangan", "ja-dasar",
     "Bidang Ketersediaan dan Kerawanan Pangan", "dkpp", "dkpp_kasi_kp", "", ""),
    ("dkpp_admin_kp", "Siti Maemunah", "Pengatur, II/c", "Pengadministrasi Perkantoran", "ja-dasar",
     "Bidang Ketersediaan dan Kerawanan Pangan", "dkpp", "dkpp_kasi_kp", "", ""),
    ("dkpp_analis_kp", "Dimas Arya Nugraha, S.P., M.Si.", "Penata, III/c", "Analis Ketahanan Pangan Ahli Muda",
     "jf-dasar", "Bidang Ketersediaan dan Kerawanan Pangan", "dkpp", "dkpp_kabid_kp", "", ""),
    ("dkpp_data_kp", "Wulan Sari Dewi, A.Md.", "Pengatur Tingkat I, II/d", "Pengelola Data Ketahanan Pangan",
     "ja-dasar", "Bidang Ketersediaan dan Kerawanan Pangan", "dkpp", "dkpp_kabid_kp", "", ""),
    ("dkpp_kabid_pb", "Ir. Maria Goreti Lamawuran, M.Si.", "Pembina, IV/a", "Kepala Bidang Perikanan Budidaya",
     "ja-pengembangan", "Bidang Perikanan Budidaya", "dkpp", "dkpp_kadis", "per_rk", "nama_nip"),
    ("dkpp_kasi_prod", "Taufik Hidayat, S.Pi.", "Penata Tingkat I, III/d", "Kepala Seksi Produksi Perikanan",
     "ja-dasar", "Bidang Perikanan Budidaya", "dkpp", "dkpp_kabid_pb", "", ""),
    ("dkpp_penyuluh_am", "Ratna Juwita, S.Pi., M.Si.", "Penata, III/c", "Penyuluh Perikanan Ahli Muda",
     "jf-pengembangan", "Bidang Perikanan Budidaya", "dkpp", "dkpp_kabid_pb", "", ""),
    ("dkpp_penyuluh_t", "Suparman", "Pengatur, II/c", "Penyuluh Perikanan Terampil", "jf-dasar",
     "Bidang Perikanan Budidaya", "dkpp", "dkpp_kabid_pb", "", ""),
    ("dkpp_prod_ja", "Andi Firmansyah, A.Md.Pi.", "Pengatur Tingkat I, II/d", "Pengelola Produksi Perikanan",
     "ja-dasar", "Bidang Perikanan Budidaya", "dkpp", "dkpp_kabid_pb", "", ""),
    ("luar_bbi", "Yosef Bria, A.Md.", "Pengatur, II/c", "Teknisi Balai Benih Ikan", "",
     "UPTD Balai Benih Ikan", "dkpp", "", "", ""),
    ("dkpp_kabid_dkp", "Drs. Fransiskus Xaverius Tukan", "Pembina, IV/a",
     "Kepala Bidang Distribusi dan Keamanan Pangan", "ja-dasar", "Bidang Distribusi dan Keamanan Pangan",
     "dkpp", "dkpp_kadis", "kolom", "nama"),
    ("dkpp_kasi_kmn", "Melati Puspitasari, S.TP.", "Penata Tingkat I, III/d", "Kepala Seksi Keamanan Pangan",
     "ja-dasar", "Bidang Distribusi dan Keamanan Pangan", "dkpp", "dkpp_kabid_dkp", "", ""),
    ("dkpp_pmhp", "Galih Ramadhan, S.TP.", "Penata Muda Tingkat I, III/b",
     "Pengawas Mutu Hasil Pertanian Ahli Pertama", "jf-dasar", "Bidang Distribusi dan Keamanan Pangan", "dkpp",
     "dkpp_kabid_dkp", "", ""),
    ("dkpp_dist_ja", "Kornelius Watun", "Pengatur Tingkat I, II/d", "Pengelola Distribusi Pangan", "ja-dasar",
     "Bidang Distribusi dan Keamanan Pangan", "dkpp", "dkpp_kabid_dkp", "", ""),
    ("luar_stat", "Fitri Rahmadani, S.Si.", "Penata Muda Tingkat I, III/b", "Statistisi Ahli Pertama", "",
     "Dinas Komunikasi dan Informatika", "dkpp", "", "", ""),
    # --- BRIDA Teluk Damar
    ("brida_kepala", "Dr. Hendra Gunawan, S.Si., M.T.", "Pembina Utama Muda, IV/c",
     "Kepala Badan Riset dan Inovasi Daerah", "jpt-dasar", "Badan Riset dan Inovasi Daerah", "brida", "",
     "kolom", "jabatan"),
    ("brida_sek", "Elisabeth Situmorang, S.H., M.Si.", "Pembina Tingkat I, IV/b", "Sekretaris", "ja-dasar",
     "Sekretariat", "brida", "brida_kepala", "baris", "satu_sel"),
    ("brida_bendahara", "Muhammad Iqbal", "Pengatur Tingkat I, II/d", "Bendahara Pengeluaran", "ja-dasar",
     "Sekretariat", "brida", "brida_sek", "", ""),
    ("brida_perencana", "Anisa Rahmawati, S.E., M.Ak.", "Penata, III/c", "Perencana Ahli Muda",
     "jf-pengembangan", "Sekretariat", "brida", "brida_sek", "", ""),
    ("brida_arsip", "Dewi Kartika", "Pengatur, II/c", "Arsiparis Terampil", "jf-dasar", "Sekretariat", "brida",
     "brida_sek", "", ""),
    ("brida_kabid_riset", "Ir. Stefanus Nggadas, M.T.", "Pembina, IV/a", "Kepala Bidang Riset dan Kajian",
     "ja-pengembangan", "Bidang Riset dan Kajian", "brida", "brida_kepala", "per_sel", "satu_sel"),
    ("brida_ak_muda", "Putri Ayu Lestari, S.IP., M.A.P.", "Penata Tingkat I, III/d", "Analis Kebijakan Ahli Muda",
     "jf-pengembangan", "Bidang Riset dan Kajian", "brida", "brida_kabid_riset", "", ""),
    ("brida_ak_pertama", "Rizky Maulana, S.IP.", "Penata Muda Tingkat I, III/b",
     "Analis Kebijakan Ahli Pertama", "jf-dasar", "Bidang Riset dan Kajian", "brida", "brida_kabid_riset", "", ""),
    ("brida_statistisi", "Ni Kadek Ayu Pradnyani, S.Stat.", "Penata Muda, III/a", "Statistisi Ahli Pertama",
     "jf-pengembangan", "Bidang Riset dan Kajian", "brida", "brida_kabid_riset", "", ""),
    ("luar_prakom", "Bonifasius Lamaheda, S.Kom.", "Penata, III/c", "Pranata Komputer Ahli Muda", "",
     "Dinas Komunikasi dan Informatika", "brida", "", "", ""),
    ("brida_kabid_inov", "Rahmat Hidayatullah, S.T., M.Eng.", "Pembina, IV/a",
     "Kepala Bidang Inovasi dan Teknologi", "ja-dasar", "Bidang Inovasi dan Teknologi", "brida", "brida_kepala",
     "kolom", "satu_sel"),
    ("brida_data_inov", "Yuliana Bunga", "Pengatur Tingkat I, II/d", "Pengelola Data Inovasi Daerah", "ja-dasar",
     "Bidang Inovasi dan Teknologi", "brida", "brida_kabid_inov", "", ""),
    ("brida_prakom_t", "Arif Budiman, A.Md.Kom.", "Pengatur, II/c", "Pranata Komputer Terampil", "jf-dasar",
     "Bidang Inovasi dan Teknologi", "brida", "brida_kabid_inov", "", ""),
    # --- PUPR Lembah Sari
    ("pupr_kadis", "Ir. Paulus Wewengkang, M.T.", "Pembina Utama Muda, IV/c",
     "Kepala Dinas Pekerjaan Umum dan Penataan Ruang", "jpt-pengembangan",
     "Dinas Pekerjaan Umum dan Penataan Ruang", "pupr", "", "baris", "jabatan"),
    ("pupr_sek", "Hj. Nurlaela, S.E., M.Si.", "Pembina Tingkat I, IV/b", "Sekretaris", "ja-dasar", "Sekretariat",
     "pupr", "pupr_kadis", "kolom", "nama_nip"),
    ("pupr_kasubbag", "Benediktus Sogen, S.E.", "Penata Tingkat I, III/d",
     "Kepala Subbagian Program dan Keuangan", "ja-dasar", "Sekretariat", "pupr", "pupr_sek", "", ""),
    ("pupr_penyusun_lk", "Rosalina Kewa", "Pengatur Tingkat I, II/d", "Penyusun Laporan Keuangan", "ja-dasar",
     "Sekretariat", "pupr", "pupr_sek", "", ""),
    ("pupr_kabid_bm", "Ir. Yohanes Don Bosco, M.T.", "Pembina, IV/a", "Kepala Bidang Bina Marga",
     "ja-pengembangan", "Bidang Bina Marga", "pupr", "pupr_kadis", "kolom", "nama_nip"),
    ("pupr_kasi_jalan", "Markus Lewuk, S.T.", "Penata Tingkat I, III/d", "Kepala Seksi Pemeliharaan Jalan",
     "ja-dasar", "Bidang Bina Marga", "pupr", "pupr_kabid_bm", "", ""),
    ("pupr_tjj", "Kristina Lodan, S.T.", "Penata Muda Tingkat I, III/b",
     "Teknik Jalan dan Jembatan Ahli Pertama", "jf-pengembangan", "Bidang Bina Marga", "pupr", "pupr_kabid_bm",
     "", ""),
    ("pupr_data_jalan", "Aloysius Beda", "Pengatur, II/c", "Pengelola Data Jalan dan Jembatan", "ja-dasar",
     "Bidang Bina Marga", "pupr", "pupr_kabid_bm", "", ""),
    ("pupr_kabid_ck", "Ir. Theresia Hurint, M.Sc.", "Pembina, IV/a", "Kepala Bidang Cipta Karya", "ja-dasar",
     "Bidang Cipta Karya", "pupr", "pupr_kadis", "baris", "nama"),
    ("pupr_kasi_bg", "Dominikus Uran, S.T.", "Penata Tingkat I, III/d", "Kepala Seksi Bangunan Gedung",
     "ja-dasar", "Bidang Cipta Karya", "pupr", "pupr_kabid_ck", "", ""),
    ("pupr_penata_bg", "Veronika Ina Koten, S.T., M.T.", "Penata, III/c",
     "Penata Bangunan Gedung dan Permukiman Ahli Muda", "jf-dasar", "Bidang Cipta Karya", "pupr",
     "pupr_kabid_ck", "", ""),
    ("pupr_perizinan", "Yakobus Kelen", "Pengatur Tingkat I, II/d", "Pengelola Perizinan Bangunan", "ja-dasar",
     "Bidang Cipta Karya", "pupr", "pupr_kabid_ck", "", ""),
    # --- Inspektorat Teluk Damar
    ("insp_inspektur", "Drs. Ignatius Liwu, M.Si., Ak.", "Pembina Utama Muda, IV/c", "Inspektur", "jpt-dasar",
     "Inspektorat", "insp", "", "per_rk", "jabatan"),
    ("insp_sek", "Magdalena Tokan, S.E., M.M.", "Pembina Tingkat I, IV/b", "Sekretaris Inspektorat",
     "ja-pengembangan", "Sekretariat", "insp", "insp_inspektur", "kolom", "nama"),
    ("insp_analis", "Fransiska Ose", "Pengatur Tingkat I, II/d", "Analis Laporan Hasil Pengawasan", "ja-dasar",
     "Sekretariat", "insp", "insp_sek", "", ""),
    ("insp_irban", "Ir. Petrus Kanisius Hayon, M.M.", "Pembina, IV/a", "Inspektur Pembantu Wilayah I",
     "ja-dasar", "Inspektur Pembantu Wilayah I", "insp", "insp_inspektur", "per_rk", "nama_nip"),
    ("insp_auditor_m", "Emiliana Dai, S.E., M.Ak.", "Penata Tingkat I, III/d", "Auditor Ahli Muda",
     "jf-pengembangan", "Inspektur Pembantu Wilayah I", "insp", "insp_irban", "", ""),
    ("insp_auditor_p", "Gregorius Bala, S.E.", "Penata Muda Tingkat I, III/b", "Auditor Ahli Pertama", "jf-dasar",
     "Inspektur Pembantu Wilayah I", "insp", "insp_irban", "", ""),
]


def B(member: str, text: str, iki: str, target: str, *, method: str = "", bagi=(), label: str = "",
      empty=()) -> Bagi:
    return Bagi(member, RK(text, iki, target, method, list(bagi), empty=tuple(empty)), label)


def top_rks() -> dict[str, list[RK]]:
    """The JPT RKs, each with its Matriks column (recursively: each member RK with its own Matriks)."""
    dkpp = [
        RK("Meningkatnya ketersediaan pangan pokok masyarakat", "Skor Pola Pangan Harapan (PPH) ketersediaan",
           "88,5 poin", "aspek", perspektif="Penerima Layanan", bagi=[
               B("dkpp_kabid_kp", "Cadangan pangan pemerintah daerah tersedia sesuai kebutuhan",
                 "Jumlah cadangan beras pemerintah daerah", "60 ton", method="beban", bagi=[
                     B("dkpp_kasi_kp", "Stok cadangan beras di gudang kabupaten terjaga",
                       "Jumlah stok cadangan beras di gudang kabupaten", "40 ton", method="beban", bagi=[
                           B("dkpp_cadangan", "Beras cadangan pangan tersimpan sesuai standar gudang",
                             "Jumlah beras cadangan yang tersimpan", "25 ton"),
                           B("dkpp_admin_kp", "Stok beras cadangan tercatat dalam kartu gudang",
                             "Jumlah beras cadangan yang tercatat", "10 ton"),
                       ]),
                     B("dkpp_analis_kp", "Cadangan beras pemerintah desa terverifikasi",
                       "Jumlah cadangan beras desa yang terverifikasi", "20.000 kg"),
                 ], empty=("dkpp_data_kp",)),
               B("dkpp_kabid_kp", "Peta ketahanan dan kerentanan pangan kecamatan yang mutakhir",
                 "Jumlah kecamatan yang terpetakan", "14 kecamatan", method="wilayah", bagi=[
                     B("dkpp_kasi_kp", "Data ketersediaan pangan kecamatan wilayah utara yang mutakhir",
                       "Jumlah kecamatan wilayah utara yang datanya mutakhir", "7 kecamatan", method="output",
                       bagi=[B("dkpp_admin_kp", "Laporan stok pangan bulanan tersaji",
                               "Jumlah laporan stok pangan bulanan", "12 laporan")],
                       label="Wilayah Utara"),
                     B("dkpp_data_kp", "Data kerentanan pangan kecamatan wilayah selatan yang mutakhir",
                       "Jumlah kecamatan wilayah selatan yang datanya mutakhir", "7 kecamatan",
                       label="Wilayah Selatan"),
                 ], empty=("dkpp_analis_kp",)),
           ]),
        RK("Meningkatnya produksi perikanan budidaya", "Jumlah produksi perikanan budidaya", "1.250 ton", "aspek",
           perspektif="Proses Bisnis", bagi=[
               B("dkpp_kabid_pb", "Produksi ikan budidaya kelompok pembudidaya binaan meningkat",
                 "Jumlah produksi ikan budidaya kelompok binaan", "1.250 ton", method="beban", bagi=[
                     B("dkpp_kasi_prod", "Produksi ikan nila kelompok binaan tercapai",
                       "Jumlah produksi ikan nila kelompok binaan", "600 ton"),
                     B("dkpp_penyuluh_am", "Produksi ikan lele kelompok binaan tercapai",
                       "Jumlah produksi ikan lele kelompok binaan", "400 ton"),
                     B("dkpp_penyuluh_t", "Produksi ikan gurami kelompok binaan tercapai",
                       "Jumlah produksi ikan gurami kelompok binaan", "200 ton"),
                 ]),
               B("dkpp_kabid_pb", "Unit pembudidaya ikan menerapkan cara budidaya ikan yang baik",
                 "Jumlah unit pembudidaya bersertifikat CBIB", "30 unit", method="aspek", bagi=[
                     B("dkpp_penyuluh_am", "Kelompok pembudidaya siap mengikuti sertifikasi CBIB",
                       "Jumlah kelompok pembudidaya yang siap disertifikasi", "30 kelompok",
                       label="Tahap pembinaan"),
                     B("dkpp_kasi_prod", "Dokumen penilaian CBIB unit pembudidaya lengkap",
                       "Jumlah dokumen penilaian CBIB yang lengkap", "30 dokumen", label="Tahap penilaian"),
                     B("dkpp_prod_ja", "Berkas pengajuan sertifikat CBIB lengkap dan terkirim",
                       "Jumlah berkas pengajuan sertifikat CBIB", "30 berkas", label="Tahap pengajuan"),
                     B("luar_bbi", "Induk ikan unggul bersertifikat tersedia bagi unit pembudidaya",
                       "Jumlah induk ikan unggul", "600 ekor", label="Dukungan UPTD"),
                 ]),
               B("dkpp_kabid_pb", "Pakan ikan mandiri tersedia bagi kelompok pembudidaya",
                 "Jumlah pakan ikan mandiri yang diproduksi kelompok", "12,5 ton", method="beban", bagi=[
                     B("dkpp_penyuluh_t", "Pakan ikan mandiri kelompok wilayah hulu terproduksi",
                       "Jumlah pakan ikan mandiri kelompok wilayah hulu", "7,5 ton"),
                     B("dkpp_penyuluh_am", "Pakan ikan mandiri kelompok wilayah hilir terproduksi",
                       "Jumlah pakan ikan mandiri kelompok wilayah hilir", "5 ton"),
                 ], empty=("dkpp_kasi_prod", "dkpp_prod_ja")),
           ]),
        RK("Pangan segar yang beredar aman dikonsumsi",
           "Persentase sampel pangan segar yang memenuhi syarat keamanan pangan", "92 %", "aspek",
           perspektif="Proses Bisnis", bagi=[
               B("dkpp_kabid_dkp", "Sampel pangan segar beredar teruji keamanannya",
                 "Jumlah sampel pangan segar yang diuji", "480 sampel", method="wilayah", bagi=[
                     B("dkpp_kasi_kmn", "Sampel pangan segar pasar wilayah kota teruji",
                       "Jumlah sampel pangan segar pasar kota yang diuji", "160 sampel", label="Wilayah I"),
                     B("dkpp_pmhp", "Sampel pangan segar pasar wilayah pesisir teruji",
                       "Jumlah sampel pangan segar pasar pesisir yang diuji", "160 sampel", label="Wilayah II"),
                     B("dkpp_dist_ja", "Sampel pangan segar pasar wilayah pegunungan teruji",
                       "Jumlah sampel pangan segar pasar pegunungan yang diuji", "160 sampel",
                       label="Wilayah III"),
                 ]),
               B("dkpp_kabid_dkp", "Pelaku usaha pangan segar terdaftar dan terawasi",
                 "Persentase pelaku usaha pangan segar yang terdaftar", "80 %", method="beban", bagi=[
                     B("dkpp_kasi_kmn", "Pelaku usaha pangan segar asal tumbuhan terdaftar",
                       "Persentase pelaku usaha pangan segar asal tumbuhan yang terdaftar", "80 %"),
                     B("dkpp_pmhp", "Pelaku usaha pangan segar asal hewan terdaftar",
                       "Persentase pelaku usaha pangan segar asal hewan yang terdaftar", "80 %"),
                 ]),
               B("dkpp_kabid_dkp", "Informasi harga pangan strategis tersedia bagi masyarakat",
                 "Jumlah laporan harga pangan strategis yang dipublikasikan", "52 laporan", method="layanan",
                 bagi=[B("luar_stat", "Data harga pangan strategis mingguan terpublikasi di portal data",
                         "Jumlah rilis data harga pangan", "52 rilis")],
                 empty=("dkpp_kasi_kmn", "dkpp_pmhp", "dkpp_dist_ja")),
           ]),
        RK("Tata kelola perangkat daerah yang akuntabel", "Nilai SAKIP perangkat daerah", "72 poin", "output",
           perspektif="Penguatan Internal", bagi=[
               B("dkpp_sek", "Dokumen perencanaan dan pelaporan kinerja dinas tersusun tepat waktu",
                 "Jumlah dokumen perencanaan dan pelaporan kinerja", "6 dokumen", method="beban", bagi=[
                     B("dkpp_perencana", "Dokumen perencanaan kinerja dinas tersusun tepat waktu",
                       "Jumlah dokumen perencanaan kinerja", "4 dokumen"),
                     B("dkpp_kasubbag", "Laporan kinerja dinas tersusun tepat waktu",
                       "Jumlah laporan kinerja dinas", "2 dokumen"),
                 ], empty=("dkpp_prakom",)),
               B("dkpp_sek", "Layanan administrasi umum dan kepegawaian dinas yang tertib",
                 "Jumlah layanan administrasi kepegawaian yang diselesaikan", "240 layanan", method="layanan",
                 bagi=[
                     B("dkpp_kasubbag", "Usulan layanan kepegawaian diproses tepat waktu",
                       "Jumlah usulan layanan kepegawaian yang diproses", "180 usulan"),
                     B("dkpp_prakom", "Aplikasi layanan kepegawaian daring yang andal",
                       "Jumlah modul aplikasi layanan kepegawaian yang berfungsi", "4 modul"),
                 ], empty=("dkpp_perencana",)),
           ]),
        RK("Pengelolaan anggaran dinas yang efektif", "Persentase realisasi anggaran dinas", "95 %", "aspek",
           perspektif="Anggaran", bagi=[],
           empty=("dkpp_sek", "dkpp_kabid_kp", "dkpp_kabid_pb", "dkpp_kabid_dkp")),
    ]
    brida = [
        RK("Kebijakan daerah berbasis hasil riset meningkat",
           "Jumlah rekomendasi kebijakan hasil riset yang dimanfaatkan perangkat daerah", "12 rekomendasi",
           "aspek", bagi=[
               B("brida_kabid_riset", "Rekomendasi kebijakan berbasis kajian tersampaikan kepada perangkat daerah",
                 "Jumlah rekomendasi kebijakan yang tersampaikan", "12 rekomendasi", method="beban", bagi=[
                     B("brida_ak_muda", "Rekomendasi kebijakan bidang ekonomi dan pembangunan tersampaikan",
                       "Jumlah rekomendasi kebijakan bidang ekonomi", "5 rekomendasi"),
                     B("brida_ak_pertama", "Rekomendasi kebijakan bidang sosial dan pemerintahan tersampaikan",
                       "Jumlah rekomendasi kebijakan bidang sosial", "5 rekomendasi"),
                     B("brida_statistisi", "Rekomendasi kebijakan berbasis analisis data statistik tersampaikan",
                       "Jumlah rekomendasi kebijakan berbasis data", "4 rekomendasi"),
                 ]),
           ], empty=("brida_sek", "brida_kabid_inov")),
        RK("Inovasi daerah yang diterapkan meningkat", "Jumlah inovasi daerah yang diterapkan", "40 inovasi",
           "beban", bagi=[
               B("brida_kabid_inov", "Inovasi perangkat daerah terdaftar dalam indeks inovasi daerah",
                 "Jumlah inovasi perangkat daerah yang terdaftar", "28 inovasi", method="aspek", bagi=[
                     B("brida_data_inov", "Data inovasi perangkat daerah terverifikasi",
                       "Jumlah inovasi perangkat daerah yang terverifikasi", "28 inovasi",
                       label="Tahap verifikasi"),
                     B("brida_prakom_t", "Portal inovasi daerah memuat profil inovasi yang mutakhir",
                       "Jumlah profil inovasi yang dimuat di portal", "28 inovasi", label="Tahap publikasi"),
                 ]),
               B("brida_kabid_riset", "Inovasi hasil riset terapan siap diterapkan perangkat daerah",
                 "Jumlah inovasi hasil riset terapan yang siap diterapkan", "12 inovasi", method="output",
                 bagi=[
                     B("brida_ak_muda", "Naskah kebijakan penerapan inovasi hasil riset tersusun",
                       "Jumlah naskah kebijakan penerapan inovasi", "3 naskah"),
                     B("brida_statistisi", "Basis data uji coba inovasi hasil riset tersedia",
                       "Jumlah basis data uji coba inovasi", "4 basis data"),
                     B("luar_prakom", "Aplikasi purwarupa inovasi hasil riset teruji",
                       "Jumlah aplikasi purwarupa yang teruji", "2 aplikasi"),
                 ]),
           ], empty=("brida_sek",)),
        RK("Tata kelola keuangan dan kinerja badan yang akuntabel", "Nilai AKIP badan", "75 poin", "aspek", bagi=[
            B("brida_sek", "Laporan keuangan dan kinerja badan tersaji tepat waktu",
              "Jumlah laporan keuangan dan kinerja badan", "8 laporan", method="beban", bagi=[
                  B("brida_bendahara", "Laporan pertanggungjawaban bendahara tersaji tepat waktu",
                    "Jumlah laporan pertanggungjawaban bendahara", "4 laporan"),
                  B("brida_perencana", "Laporan kinerja triwulanan badan tersaji tepat waktu",
                    "Jumlah laporan kinerja triwulanan", "4 laporan"),
              ], empty=("brida_arsip",)),
            B("brida_sek", "Arsip dinamis badan tertata sesuai klasifikasi",
              "Jumlah berkas arsip dinamis yang tertata", "2.500 berkas", method="beban", bagi=[
                  B("brida_arsip", "Arsip dinamis surat-menyurat badan tertata",
                    "Jumlah berkas arsip surat-menyurat yang tertata", "1.000 berkas"),
                  B("brida_bendahara", "Arsip dinamis keuangan badan tertata",
                    "Jumlah berkas arsip keuangan yang tertata", "750 berkas"),
                  B("brida_perencana", "Arsip dinamis perencanaan badan tertata",
                    "Jumlah berkas arsip perencanaan yang tertata", "750 berkas"),
              ]),
            B("brida_sek", "Informasi publik badan tersedia bagi masyarakat",
              "Jumlah informasi publik badan yang dipublikasikan", "24 informasi", method="layanan", bagi=[],
              empty=("brida_bendahara", "brida_perencana", "brida_arsip")),
        ], empty=("brida_kabid_riset", "brida_kabid_inov")),
    ]
    pupr = [
        RK("Meningkatnya kemantapan jalan kabupaten", "Persentase jalan kabupaten dalam kondisi mantap", "78 %",
           "aspek", perspektif="Penerima Layanan", bagi=[
               B("pupr_kabid_bm", "Ruas jalan kabupaten terpelihara dalam kondisi mantap",
                 "Panjang jalan kabupaten yang terpelihara", "212,5 km", method="beban", bagi=[
                     B("pupr_kasi_jalan", "Ruas jalan kabupaten wilayah barat terpelihara",
                       "Panjang jalan wilayah barat yang terpelihara", "120 km"),
                     B("pupr_tjj", "Ruas jalan kabupaten wilayah timur terpelihara",
                       "Panjang jalan wilayah timur yang terpelihara", "92,5 km"),
                 ], empty=("pupr_data_jalan",)),
               B("pupr_kabid_bm", "Data kondisi jembatan kabupaten yang mutakhir",
                 "Persentase jembatan kabupaten yang tersurvei kondisinya", "100 %", method="beban", bagi=[
                     B("pupr_kasi_jalan", "Data kondisi jembatan wilayah barat mutakhir",
                       "Persentase jembatan wilayah barat yang tersurvei", "33,3 %"),
                     B("pupr_tjj", "Data kondisi jembatan wilayah timur mutakhir",
                       "Persentase jembatan wilayah timur yang tersurvei", "33,3 %"),
                     B("pupr_data_jalan", "Data kondisi jembatan wilayah tengah mutakhir",
                       "Persentase jembatan wilayah tengah yang tersurvei", "33,3 %"),
                 ]),
           ], empty=("pupr_sek", "pupr_kabid_ck")),
        RK("Meningkatnya layanan persetujuan bangunan gedung", "Jumlah PBG yang diterbitkan", "2.500 dokumen",
           "aspek", perspektif="Proses Bisnis", bagi=[
               B("pupr_kabid_ck", "Dokumen PBG terbit sesuai standar pelayanan",
                 "Jumlah dokumen PBG yang terbit", "2.500 dokumen", method="beban", bagi=[
                     B("pupr_kasi_bg", "Dokumen PBG bangunan gedung umum terbit sesuai standar",
                       "Jumlah dokumen PBG bangunan gedung umum", "1.000 dokumen"),
                     B("pupr_penata_bg", "Dokumen PBG rumah tinggal terbit sesuai standar",
                       "Jumlah dokumen PBG rumah tinggal", "1.000 dokumen"),
                     B("pupr_perizinan", "Berkas permohonan PBG usaha mikro terverifikasi lengkap",
                       "Jumlah berkas permohonan PBG usaha mikro", "400 dokumen"),
                 ]),
               B("pupr_kabid_ck", "Bangunan gedung laik fungsi bersertifikat SLF",
                 "Jumlah bangunan gedung yang bersertifikat SLF", "120 bangunan", method="wilayah", bagi=[
                     B("pupr_kasi_bg", "Bangunan gedung kecamatan bagian utara bersertifikat SLF",
                       "Jumlah bangunan gedung bagian utara bersertifikat SLF", "60 bangunan",
                       label="Kecamatan bagian utara"),
                     B("pupr_penata_bg", "Bangunan gedung kecamatan bagian selatan bersertifikat SLF",
                       "Jumlah bangunan gedung bagian selatan bersertifikat SLF", "60 bangunan",
                       label="Kecamatan bagian selatan"),
                 ], empty=("pupr_perizinan",)),
           ], empty=("pupr_sek", "pupr_kabid_bm")),
        RK("Akuntabilitas kinerja dinas meningkat", "Nilai SAKIP dinas", "74 poin", "output",
           perspektif="Penguatan Internal", bagi=[
               B("pupr_sek", "Laporan kinerja dinas tersusun tepat waktu", "Jumlah laporan kinerja dinas",
                 "4 laporan", method="aspek", bagi=[
                     B("pupr_kasubbag", "Data capaian kinerja triwulanan dinas terhimpun",
                       "Jumlah data capaian kinerja triwulanan", "4 laporan", label="Pengumpulan data"),
                     B("pupr_penyusun_lk", "Naskah laporan kinerja dinas tersusun",
                       "Jumlah naskah laporan kinerja", "4 laporan", label="Penyusunan naskah"),
                 ]),
           ], empty=("pupr_kabid_bm", "pupr_kabid_ck")),
        RK("Anggaran dinas terserap secara efektif", "Persentase realisasi anggaran dinas", "96 %", "aspek",
           perspektif="Anggaran", bagi=[
               B("pupr_sek", "Laporan realisasi anggaran dinas tersaji akurat",
                 "Jumlah laporan realisasi anggaran", "12 laporan", method="beban", bagi=[
                     B("pupr_kasubbag", "Laporan realisasi anggaran semester tersaji akurat",
                       "Jumlah laporan realisasi anggaran semester", "2 laporan"),
                     B("pupr_penyusun_lk", "Laporan realisasi anggaran bulanan tersaji akurat",
                       "Jumlah laporan realisasi anggaran bulanan", "10 laporan"),
                 ]),
           ], empty=("pupr_kabid_bm", "pupr_kabid_ck")),
    ]
    insp = [
        RK("Meningkatnya kualitas pengawasan intern pemerintah daerah", "Level kapabilitas APIP", "3 level",
           "aspek", bagi=[
               B("insp_irban", "Laporan hasil pemeriksaan Wilayah I tersusun sesuai standar audit",
                 "Jumlah laporan hasil pemeriksaan Wilayah I", "24 laporan", method="beban", bagi=[
                     B("insp_auditor_m", "Laporan hasil audit kinerja perangkat daerah Wilayah I tersusun",
                       "Jumlah laporan hasil audit kinerja", "12 laporan"),
                     B("insp_auditor_p", "Laporan hasil reviu perangkat daerah Wilayah I tersusun",
                       "Jumlah laporan hasil reviu", "12 laporan"),
                 ]),
               B("insp_sek", "Dokumen perencanaan pengawasan tahunan tersusun tepat waktu",
                 "Jumlah dokumen perencanaan pengawasan", "2 dokumen", method="output", bagi=[
                     B("insp_analis", "Rekap hasil pengawasan tahun lalu tersaji untuk perencanaan",
                       "Jumlah laporan rekap hasil pengawasan", "4 laporan"),
                 ]),
           ]),
        RK("Tindak lanjut hasil pemeriksaan yang tuntas meningkat",
           "Persentase tindak lanjut hasil pemeriksaan yang selesai", "85 %", "aspek", bagi=[
               B("insp_irban", "Rekomendasi hasil pemeriksaan Wilayah I ditindaklanjuti",
                 "Persentase rekomendasi Wilayah I yang ditindaklanjuti", "85 %", method="layanan", bagi=[
                     B("insp_auditor_m", "Status tindak lanjut rekomendasi audit Wilayah I terpantau",
                       "Jumlah laporan pemantauan tindak lanjut", "4 laporan"),
                     B("insp_auditor_p", "Hasil verifikasi tindak lanjut rekomendasi Wilayah I terdokumentasi",
                       "Jumlah berita acara verifikasi tindak lanjut", "8 berita acara"),
                 ]),
               B("insp_sek", "Data tindak lanjut hasil pemeriksaan tersaji mutakhir",
                 "Jumlah laporan status tindak lanjut", "4 laporan", method="layanan", bagi=[
                     B("insp_analis", "Basis data tindak lanjut hasil pemeriksaan mutakhir",
                       "Jumlah pemutakhiran basis data tindak lanjut", "12 kali"),
                 ]),
           ]),
    ]
    return {"dkpp_kadis": dkpp, "brida_kepala": brida, "pupr_kadis": pupr, "insp_inspektur": insp}


# Planted defects (beyond the kaskade sums, which follow from the numbers above).
DEFECTS = {
    # rk-atasan-tidak-cocok: column 2 of the member's RK n (0-based) replaced by another text
    "dkpp_prakom": {"salah_rk_atasan": (0, "Sistem informasi dinas terintegrasi dan aman")},
    "dkpp_kasi_prod": {"salah_rk_atasan": (1, "Sampel pangan segar beredar teruji keamanannya")},
    "dkpp_penyuluh_t": {"salah_rk_atasan": (1, "Pakan ikan mandiri kelompok wilayah hulu terproduksi")},
    "brida_kabid_riset": {"salah_rk_atasan": (0, "Meningkatnya kualitas perencanaan pembangunan daerah")},
    "brida_ak_muda": {"salah_rk_atasan": (1, "Kajian kebutuhan riset daerah tahun 2025 tersusun")},
    "pupr_perizinan": {"salah_rk_atasan": (0, "Ruas jalan kabupaten terpelihara dalam kondisi mantap")},
    # file-scope defects
    "dkpp_perencana": {"iki_tanpa_target": (0, 1)},
    "dkpp_kasubbag": {"tanpa_satuan": (1, 0)},
    "dkpp_analis_kp": {"tanpa_ak": True},
    "dkpp_penyuluh_am": {"sb_sama": (0, 0)},
    "dkpp_prod_ja": {"rk_atasan_kosong": 0},
    "dkpp_kasi_kmn": {"aspek": (0, 1, "Manfaat")},
    "dkpp_dist_ja": {"aktivitas": (0, "Melaksanakan pengambilan sampel pangan segar di pasar pegunungan")},
    "brida_statistisi": {"memantau_kosong": 1},
    "brida_bendahara": {"tidak_terukur": (0, 0, "sesuai jadwal")},
    "pupr_kasi_bg": {"absolut": (0, 0, "Jumlah PBG bangunan gedung umum yang terbit, setiap berkas diverifikasi")},
}

NAMA_BERKAS = [
    "SKP 2026 - {nama}.xlsx", "{nip}_SKP.xlsx", "skp_{nama_}_{jab_}.xlsx", "SKP {NAMA} 2026 final.xlsx",
    "{nama} - SKP Tahun 2026.xlsx",
]
