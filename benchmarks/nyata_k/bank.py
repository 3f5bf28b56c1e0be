"""Invented agency, people and plans for the held-out set ``nyata_k`` (daftar pegawai).

Dinas Perpustakaan dan Kearsipan Kabupaten Air Bening: a Kepala Dinas (JPT, rated by the Sekretaris Daerah,
who is not in the Dinas's roster) and three units. Every person carries what the roster says about them
(jabatan, unit, atasan, jenis pegawai, kedudukan hukum) and what happened in the submissions folder
(how many SKPs they sent, and who signed as penilai, which is not always the roster's atasan).
"""

from __future__ import annotations

from dataclasses import dataclass, field

INSTANSI = "Dinas Perpustakaan dan Kearsipan Kabupaten Air Bening"
INSTANSI_PENDEK = "Dinas Perpustakaan dan Kearsipan"
TEMPAT = "Air Bening"
PEMDA = "Pemerintah Kabupaten Air Bening"

U_DINAS = "Dinas Perpustakaan dan Kearsipan"
U_SEKRE = "Sekretariat"
U_ARSIP = "Bidang Pengelolaan Arsip"
U_UPT = "UPT Perpustakaan Daerah"
UNITS = (U_DINAS, U_SEKRE, U_ARSIP, U_UPT)


@dataclass
class Orang:
    """One person: roster facts plus what they submitted."""

    key: str
    nama: str
    gelar_depan: str
    gelar_belakang: str
    jabatan: str
    jenis: str  # ja | jf | jpt
    unit: str | None  # None: not in the Dinas (Sekda)
    atasan: str | None  # key of the roster's atasan
    jenis_pegawai: str = "PNS"  # PNS | CPNS | PPPK | THL
    # aktif | tugas-belajar | cltn | mpp | pensiun | meninggal | mutasi-keluar | berhenti-sementara
    kedudukan: str = "aktif"
    kirim: int = 1  # SKP files sent (0, 1, 2)
    penilai: str | None = None  # who signed as penilai in the SKP when not the roster's atasan
    plt: bool = False  # the penilai signs as Plt.
    pangkat: str = "Penata Muda, III/a"
    lahir: tuple[int, int, int] = (1990, 1, 1)
    tmt: tuple[int, int] = (2015, 3)
    gender: int = 1
    urut: int = 1
    rk: list[str] = field(default_factory=list)

    @property
    def nama_lengkap(self) -> str:
        depan = f"{self.gelar_depan} " if self.gelar_depan else ""
        belakang = f", {self.gelar_belakang}" if self.gelar_belakang else ""
        return f"{depan}{self.nama}{belakang}"

    @property
    def nip(self) -> str:
        y, m, d = self.lahir
        ty, tm = self.tmt
        mid = f"{ty:04d}21" if self.jenis_pegawai == "PPPK" else f"{ty:04d}{tm:02d}"
        return f"{y:04d}{m:02d}{d:02d}{mid}{self.gender}{self.urut:03d}"


def _o(key, nama, gd, gb, jabatan, jenis, unit, atasan, **kw) -> Orang:
    return Orang(key, nama, gd, gb, jabatan, jenis, unit, atasan, **kw)


ORANG: list[Orang] = [
    _o("sekda", "Bambang Sutrisno", "Drs.", "M.M.", "Sekretaris Daerah Kabupaten Air Bening", "jpt", None,
       None, kirim=0, pangkat="Pembina Utama Madya, IV/d", lahir=(1968, 5, 12), tmt=(1990, 3), urut=4),
    _o("kadis", "Ahmad Fauzi", "Dr. H.", "S.E., M.Si.", "Kepala Dinas Perpustakaan dan Kearsipan", "jpt",
       U_DINAS, "sekda", pangkat="Pembina Utama Muda, IV/c", lahir=(1972, 8, 17), tmt=(1998, 12), urut=2),
    # Sekretariat
    _o("sekre", "Rahmawati", "", "S.Sos., M.AP.", "Sekretaris", "ja", U_SEKRE, "kadis",
       pangkat="Pembina, IV/a", lahir=(1978, 2, 9), tmt=(2003, 4), gender=2, urut=3),
    _o("kasubbag", "Muhammad Ma'ruf", "", "S.H.", "Kepala Subbagian Umum dan Kepegawaian", "ja", U_SEKRE,
       "sekre", pangkat="Penata Tingkat I, III/d", lahir=(1983, 11, 30), tmt=(2009, 1), urut=5),
    _o("dewi", "Dewi Anggraini", "", "S.Psi.", "Analis Kepegawaian Ahli Pertama", "jf", U_SEKRE, "sekre",
       pangkat="Penata Muda Tingkat I, III/b", lahir=(1993, 6, 21), tmt=(2019, 3), gender=2, urut=1),
    _o("yusuf", "Yusuf Hidayat", "", "S.E.", "Pengelola Keuangan", "ja", U_SEKRE, "sekre", kirim=2,
       pangkat="Penata Muda, III/a", lahir=(1991, 3, 14), tmt=(2017, 6), urut=2),
    _o("siti", "Siti Nurhaliza", "", "A.Md.", "Pengadministrasi Umum", "ja", U_SEKRE, "kasubbag",
       jenis_pegawai="CPNS", pangkat="Pengatur, II/c", lahir=(2000, 1, 25), tmt=(2024, 6), gender=2, urut=7),
    _o("agus", "Agus Salim", "", "", "Pengemudi", "ja", U_SEKRE, "kasubbag", jenis_pegawai="PPPK", kirim=0,
       pangkat="-", lahir=(1987, 7, 7), tmt=(2023, 0), urut=11),
    _o("hendro", "Hendro Saputro", "", "S.T., M.Eng.", "Perencana Ahli Muda", "jf", U_SEKRE, "sekre",
       kedudukan="tugas-belajar", kirim=0, pangkat="Penata, III/c", lahir=(1986, 4, 2), tmt=(2011, 2),
       urut=3),
    _o("lestari", "Lestari Handayani", "", "A.Md.Kom.", "Pranata Komputer Terampil", "jf", U_SEKRE,
       "kasubbag",
       kirim=0, pangkat="Pengatur Tingkat I, II/d", lahir=(1992, 10, 3), tmt=(2015, 3), gender=2, urut=2),
    _o("wahyu", "Wahyu Pratama", "", "", "Pengolah Data", "ja", U_SEKRE, "kasubbag",
       pangkat="Pengatur Muda Tingkat I, II/b", lahir=(1996, 12, 1), tmt=(2020, 3), urut=6),
    _o("nuraini", "Nur'aini", "", "", "Pengadministrasi Keuangan", "ja", U_SEKRE, "sekre", kedudukan="mpp",
       kirim=0, pangkat="Penata Muda Tingkat I, III/b", lahir=(1967, 9, 19), tmt=(1991, 3), gender=2, urut=1),
    _o("suparman", "Suparman", "", "", "Pengemudi", "ja", U_SEKRE, "kasubbag", kedudukan="pensiun", kirim=0,
       pangkat="Pengatur Tingkat I, II/d", lahir=(1967, 3, 3), tmt=(1990, 1), urut=9),
    _o("ani", "Ani Suryani", "", "S.AP.", "Analis Kebijakan Ahli Pertama", "jf", U_SEKRE, "sekre",
       pangkat="Penata Muda, III/a", lahir=(1995, 5, 5), tmt=(2020, 3), gender=2, urut=4),
    _o("rudi", "Rudi Hartono", "", "", "Pengadministrasi Perkantoran", "ja", U_SEKRE, "kasubbag",
       pangkat="Pengatur, II/c", lahir=(1989, 8, 8), tmt=(2012, 4), urut=8),
    _o("desi", "Desi Ratnasari", "", "S.Ak.", "Pranata Keuangan APBD", "ja", U_SEKRE, "sekre",
       pangkat="Penata Muda, III/a", lahir=(1994, 2, 28), tmt=(2019, 3), gender=2, urut=5),
    # Bidang Pengelolaan Arsip: the Kabid retired in the year, the Sekretaris signs as Plt.
    _o("joko", "Joko Susilo", "Drs.", "M.Si.", "Kepala Bidang Pengelolaan Arsip", "ja", U_ARSIP, "kadis",
       kedudukan="pensiun", kirim=0, pangkat="Pembina, IV/a", lahir=(1966, 1, 15), tmt=(1992, 3), urut=1),
    _o("fitri", "Fitri Yani", "", "S.Hum.", "Arsiparis Ahli Muda", "jf", U_ARSIP, "joko", penilai="sekre",
       plt=True, pangkat="Penata, III/c", lahir=(1984, 7, 12), tmt=(2010, 1), gender=2, urut=2),
    _o("rizky", "Rizky Ramadhan", "", "S.Kom.", "Arsiparis Ahli Pertama", "jf", U_ARSIP, "joko",
       penilai="sekre",
       plt=True, pangkat="Penata Muda Tingkat I, III/b", lahir=(1994, 3, 22), tmt=(2019, 3), urut=9),
    _o("srim", "Sri Mulyani", "", "A.Md.", "Arsiparis Mahir", "jf", U_ARSIP, "joko", penilai="sekre",
       plt=True,
       pangkat="Penata Muda, III/a", lahir=(1988, 12, 12), tmt=(2011, 5), gender=2, urut=3),
    _o("dedi", "Dedi Irawan", "", "A.Md.", "Arsiparis Terampil", "jf", U_ARSIP, "joko", kirim=0,
       pangkat="Pengatur, II/c", lahir=(1990, 9, 9), tmt=(2014, 2), urut=4),
    _o("andi", "Andi Saputra", "", "", "Pengelola Arsip", "ja", U_ARSIP, "joko", penilai="sekre", plt=True,
       jenis_pegawai="CPNS", pangkat="Pengatur, II/c", lahir=(1999, 4, 4), tmt=(2024, 6), urut=12),
    _o("rina", "Rina Oktaviani", "", "S.IP.", "Pengelola Arsip", "ja", U_ARSIP, "joko", kedudukan="cltn",
       kirim=0, pangkat="Penata Muda, III/a", lahir=(1991, 10, 10), tmt=(2017, 6), gender=2, urut=6),
    _o("bayu", "Bayu Setiawan", "", "S.IIP.", "Arsiparis Ahli Pertama", "jf", U_ARSIP, "joko", kirim=2,
       penilai="sekre", plt=True, pangkat="Penata Muda, III/a", lahir=(1996, 1, 31), tmt=(2021, 3), urut=7),
    _o("ratna", "Ratna Sari", "", "", "Arsiparis Terampil", "jf", U_ARSIP, "joko", kedudukan="meninggal",
       kirim=0, pangkat="Pengatur Tingkat I, II/d", lahir=(1975, 5, 20), tmt=(2000, 3), gender=2, urut=5),
    _o("taufik", "Taufik Hidayat", "", "", "Pengolah Data", "ja", U_ARSIP, "joko", kedudukan="mutasi-keluar",
       penilai="sekre", plt=True, pangkat="Pengatur, II/c", lahir=(1993, 8, 17), tmt=(2016, 3), urut=8),
    _o("hendra", "Hendra Gunawan", "", "S.Sos.", "Arsiparis Ahli Muda", "jf", U_ARSIP, "joko",
       penilai="sekre",
       plt=True, pangkat="Penata Tingkat I, III/d", lahir=(1982, 6, 6), tmt=(2008, 2), urut=10),
    _o("mega", "Mega Lestari", "", "", "Pengelola Arsip", "ja", U_ARSIP, "joko", penilai="sekre", plt=True,
       pangkat="Pengatur Muda Tingkat I, II/b", lahir=(1997, 11, 11), tmt=(2020, 3), gender=2, urut=13),
    # UPT Perpustakaan Daerah: a Kasubbag TU newly placed between the Kepala UPT and two staff
    # (reorganisation)
    _o("yuliana", "Yuliana", "Hj.", "S.Sos.", "Kepala UPT Perpustakaan Daerah", "ja", U_UPT, "kadis",
       pangkat="Penata Tingkat I, III/d", lahir=(1980, 4, 27), tmt=(2005, 1), gender=2, urut=1),
    _o("ketut", "I Ketut Ariawan", "", "S.IP., M.Hum.", "Pustakawan Ahli Muda", "jf", U_UPT, "yuliana",
       pangkat="Penata, III/c", lahir=(1985, 3, 12), tmt=(2010, 1), urut=5),
    _o("intan", "Intan Permatasari", "", "S.IP.", "Pustakawan Ahli Pertama", "jf", U_UPT, "yuliana",
       pangkat="Penata Muda Tingkat I, III/b", lahir=(1995, 9, 30), tmt=(2020, 3), gender=2, urut=2),
    _o("eko", "Eko Prasetyo", "", "A.Md.", "Pustakawan Terampil", "jf", U_UPT, "yuliana",
       pangkat="Pengatur, II/c", lahir=(1992, 2, 2), tmt=(2016, 3), urut=3),
    _o("lina", "Lina Marlina", "", "A.Md.", "Pustakawan Mahir", "jf", U_UPT, "yuliana", kirim=0,
       pangkat="Penata Muda, III/a", lahir=(1987, 7, 17), tmt=(2010, 4), gender=2, urut=4),
    _o("hasan", "Hasan Basri", "", "S.E.", "Kepala Subbagian Tata Usaha UPT", "ja", U_UPT, "yuliana",
       pangkat="Penata, III/c", lahir=(1986, 10, 21), tmt=(2011, 3), urut=6),
    _o("novi", "Novi Rahayu", "", "", "Pengadministrasi Layanan", "ja", U_UPT, "yuliana", penilai="hasan",
       pangkat="Pengatur Muda Tingkat I, II/b", lahir=(1998, 5, 15), tmt=(2021, 3), gender=2, urut=7),
    _o("slamet", "Slamet Riyadi", "", "", "Pengelola Layanan Perpustakaan", "ja", U_UPT, "yuliana",
       penilai="hasan", pangkat="Pengatur, II/c", lahir=(1984, 1, 9), tmt=(2009, 6), urut=8),
    _o("putu", "Ni Putu Widiastuti", "", "A.Md.", "Pustakawan Terampil", "jf", U_UPT, "yuliana",
       jenis_pegawai="PPPK", pangkat="-", lahir=(1993, 12, 24), tmt=(2022, 0), gender=2, urut=9),
    _o("arif", "Arif Rahman", "", "", "Pengelola Bahan Pustaka", "ja", U_UPT, "yuliana", jenis_pegawai="PPPK",
       kirim=0, pangkat="-", lahir=(1990, 6, 30), tmt=(2023, 0), urut=10),
    _o("maria", "Maria Goreti", "", "S.IP.", "Pustakawan Ahli Pertama", "jf", U_UPT, "yuliana",
       kedudukan="berhenti-sementara", kirim=0, pangkat="Penata Muda, III/a", lahir=(1989, 9, 1),
       tmt=(2014, 3), gender=2, urut=11),
    _o("gilang", "Gilang Ramadhan", "", "S.Kom.", "Pranata Komputer Ahli Pertama", "jf", U_UPT, "yuliana",
       jenis_pegawai="CPNS", pangkat="Penata Muda, III/a", lahir=(1999, 11, 5), tmt=(2024, 6), urut=14),
    _o("yoga", "Yoga Pratama", "", "", "Pengelola Layanan Perpustakaan", "ja", U_UPT, "yuliana", kirim=0,
       pangkat="Pengatur, II/c", lahir=(1994, 4, 14), tmt=(2018, 3), urut=15),
    _o("wulan", "Wulan Sari", "", "A.Md.", "Pustakawan Terampil", "jf", U_UPT, "yuliana",
       pangkat="Pengatur Tingkat I, II/d", lahir=(1991, 1, 19), tmt=(2014, 3), gender=2, urut=12),
    _o("dimas", "Dimas Anggara", "", "", "Pengelola Layanan Perpustakaan", "ja", U_UPT, "yuliana",
       pangkat="Pengatur Muda Tingkat I, II/b", lahir=(1997, 3, 3), tmt=(2021, 3), urut=16),
    _o("rini", "Rini Puspitasari", "", "S.IP.", "Pustakawan Ahli Pertama", "jf", U_UPT, "yuliana",
       pangkat="Penata Muda, III/a", lahir=(1996, 8, 26), tmt=(2021, 3), gender=2, urut=13),
    _o("bagus", "Bagus Wicaksono", "", "S.Kom.", "Pranata Komputer Ahli Pertama", "jf", U_UPT, "yuliana",
       kirim=0, pangkat="Penata Muda Tingkat I, III/b", lahir=(1992, 12, 8), tmt=(2017, 6), urut=17),
    # Joined in the year (mutasi masuk): submitted, in no roster
    _o("fajar", "Fajar Nugraha", "", "S.Kom.", "Pranata Komputer Ahli Pertama", "jf", U_SEKRE, "kasubbag",
       pangkat="Penata Muda, III/a", lahir=(1994, 10, 16), tmt=(2019, 3), urut=18),
]
# A tenaga harian lepas (no NIP, not an ASN) appears in two Excel rosters only.
THL = {"nama": "Tono Sugiarto", "jabatan": "Tenaga Harian Lepas (Petugas Kebersihan)", "unit": U_UPT}
TIDAK_DI_DAFTAR = {"sekda", "fajar"}  # outside the Dinas's roster
BY_KEY = {o.key: o for o in ORANG}

# Two Kinerja Utama RK per person (result-worded), each with a kuantitas object and its satuan.
OBJEK: dict[str, list[tuple[str, str]]] = {
    "kadis": [("Meningkatnya kualitas pengelolaan arsip daerah", "indeks"),
              ("Meningkatnya kegemaran membaca masyarakat", "indeks")],
    "sekre": [("dokumen perencanaan dan pelaporan dinas", "dokumen"),
              ("layanan administrasi umum dinas", "layanan")],
    "kasubbag": [("laporan administrasi kepegawaian", "laporan"),
                 ("dokumen pengelolaan barang milik daerah", "dokumen")],
    "dewi": [("usulan kenaikan pangkat pegawai", "usulan"), ("data kepegawaian yang mutakhir", "berkas")],
    "yusuf": [("laporan keuangan bulanan", "laporan"), ("dokumen pertanggungjawaban belanja", "dokumen")],
    "siti": [("naskah dinas yang teragenda", "naskah"), ("daftar hadir pegawai yang terekap", "rekap")],
    "agus": [("perjalanan dinas yang terlayani", "perjalanan"), ("kendaraan dinas yang terawat", "unit")],
    "hendro": [("dokumen rencana kerja dinas", "dokumen"), ("laporan evaluasi program", "laporan")],
    "lestari": [("jaringan kantor yang berfungsi", "titik"), ("laporan pemeliharaan perangkat", "laporan")],
    "wahyu": [("data arsip dinamis yang terolah", "berkas"), ("rekap data layanan", "rekap")],
    "nuraini": [("dokumen pembukuan kas", "dokumen"), ("laporan kas harian", "laporan")],
    "suparman": [("perjalanan dinas yang terlayani", "perjalanan"), ("kendaraan yang terawat", "unit")],
    "ani": [("kajian kebijakan kearsipan", "kajian"), ("rekomendasi kebijakan perpustakaan", "rekomendasi")],
    "rudi": [("surat masuk yang terdistribusi", "surat"), ("arsip surat keluar yang tertata", "berkas")],
    "desi": [("dokumen penatausahaan keuangan", "dokumen"), ("laporan realisasi anggaran", "laporan")],
    "joko": [("arsip daerah yang terkelola", "berkas"),
             ("perangkat daerah yang terbina kearsipannya", "perangkat daerah")],
    "fitri": [("arsip statis yang terakuisisi", "berkas"), ("daftar arsip statis yang tersusun", "daftar")],
    "rizky": [("arsip inaktif yang tertata", "boks"), ("daftar arsip inaktif yang tersusun", "daftar")],
    "srim": [("arsip yang teralihmediakan", "berkas"), ("arsip yang terdigitalisasi", "berkas")],
    "dedi": [("arsip yang terpelihara", "boks"), ("ruang simpan arsip yang terawat", "ruang")],
    "andi": [("arsip vital yang terdata", "berkas"), ("berita acara pemindahan arsip", "berita acara")],
    "rina": [("arsip yang tertata", "boks"), ("layanan peminjaman arsip", "layanan")],
    "bayu": [("jadwal retensi arsip yang tersusun", "jadwal"),
             ("arsip yang dinilai untuk dimusnahkan", "boks")],
    "ratna": [("arsip yang terdaftar", "berkas"), ("arsip yang terlayani", "berkas")],
    "taufik": [("data pengelolaan arsip yang terolah", "rekap"), ("laporan statistik kearsipan", "laporan")],
    "hendra": [("perangkat daerah yang terbina kearsipannya", "perangkat daerah"),
               ("hasil pengawasan kearsipan", "laporan")],
    "mega": [("arsip dinamis yang tercatat", "berkas"), ("layanan peminjaman arsip", "layanan")],
    "yuliana": [("layanan perpustakaan daerah", "layanan"), ("koleksi perpustakaan daerah", "eksemplar")],
    "ketut": [("koleksi yang terolah", "eksemplar"), ("kegiatan literasi masyarakat", "kegiatan")],
    "intan": [("bahan pustaka yang terkatalog", "judul"), ("layanan referensi", "layanan")],
    "eko": [("bahan pustaka yang terlabel", "eksemplar"), ("layanan sirkulasi", "transaksi")],
    "lina": [("koleksi yang tersiangi", "eksemplar"), ("bahan pustaka yang terawat", "eksemplar")],
    "hasan": [("laporan tata usaha UPT", "laporan"), ("barang persediaan UPT yang tercatat", "jenis")],
    "novi": [("anggota perpustakaan yang terdaftar", "orang"), ("kartu anggota yang tercetak", "kartu")],
    "slamet": [("layanan perpustakaan keliling", "lokasi"), ("pengunjung yang terlayani", "orang")],
    "putu": [("bahan pustaka yang terklasifikasi", "eksemplar"), ("layanan baca anak", "kegiatan")],
    "arif": [("bahan pustaka yang terjajar", "eksemplar"), ("koleksi yang terinventaris", "eksemplar")],
    "maria": [("bahan pustaka yang terkatalog", "judul"), ("bimbingan pemustaka", "kegiatan")],
    "gilang": [("sistem otomasi perpustakaan yang berfungsi", "modul"), ("data koleksi digital", "berkas")],
    "yoga": [("layanan ruang baca", "orang"), ("koleksi terbitan berkala yang tertata", "judul")],
    "wulan": [("koleksi anak yang terolah", "eksemplar"), ("layanan sirkulasi", "transaksi")],
    "dimas": [("layanan pojok baca", "lokasi"), ("pengunjung yang terlayani", "orang")],
    "rini": [("koleksi deposit daerah yang terhimpun", "judul"),
             ("bibliografi daerah yang tersusun", "dokumen")],
    "bagus": [("jaringan perpustakaan yang berfungsi", "titik"), ("koleksi digital yang terunggah", "judul")],
    "fajar": [("aplikasi layanan yang berfungsi", "aplikasi"), ("data pegawai yang terintegrasi", "berkas")],
    "sekda": [("Meningkatnya akuntabilitas kinerja perangkat daerah", "nilai"),
              ("Meningkatnya kualitas pelayanan publik", "indeks")],
}

# JF butir kegiatan (Keterkaitan SKP dengan Angka Kredit), one per RK.
BUTIR = {
    "Analis Kepegawaian": ("Menyusun bahan usulan kenaikan pangkat", "Bahan usulan", "0,012"),
    "Perencana": ("Menyusun rencana kerja", "Dokumen rencana", "0,150"),
    "Pranata Komputer": ("Melakukan pemeliharaan jaringan", "Laporan pemeliharaan", "0,008"),
    "Analis Kebijakan": ("Menyusun kajian kebijakan", "Naskah kajian", "0,200"),
    "Arsiparis": ("Melakukan penataan arsip", "Daftar arsip", "0,006"),
    "Pustakawan": ("Melakukan pengolahan bahan pustaka", "Katalog", "0,003"),
}
