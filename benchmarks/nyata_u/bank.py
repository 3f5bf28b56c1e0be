"""Fictional agencies, JPT officials and their Perjanjian Kinerja for the held-out set ``nyata_u``.

Each rencana kinerja (RK) carries its perspektif (SPEC §2.1, Model Pengembangan) and its IKI; each IKI its
target and the fields of its Manual Indikator Kinerja (SPEC §3.5). Targets are written as agencies write
them in a PK: percentages, indices with a decimal comma, predicates (``WTP``, ``A``), counts with satuan.
"""

from __future__ import annotations

# perspektif keys: pl = Penerima Layanan (Stakeholder), pb = Proses Bisnis, pi = Penguatan Internal,
# ag = Anggaran

INSTANSI = [
    {
        "nama": "DINAS LINGKUNGAN HIDUP KABUPATEN BUKIT SEMBILAN",
        "pemda": "PEMERINTAH KABUPATEN BUKIT SEMBILAN",
        "kepala": "Bupati Bukit Sembilan",
        "jabatan": "Kepala Dinas Lingkungan Hidup",
        "rk": [
            ("pl", "Meningkatnya kualitas lingkungan hidup daerah", [
                ("Indeks Kualitas Lingkungan Hidup (IKLH)", "68,50", "indeks"),
                ("Persentase pengaduan masyarakat terkait lingkungan yang ditindaklanjuti", "95 %", "persen"),
            ]),
            ("pb", "Pengelolaan sampah rumah tangga yang tuntas", [
                ("Persentase sampah rumah tangga yang tertangani", "72 %", "persen"),
            ]),
            ("pb", "Usaha dan/atau kegiatan yang taat terhadap izin lingkungan", [
                ("Persentase usaha/kegiatan yang taat izin lingkungan", "80%", "persen"),
            ]),
            ("pi", "Meningkatnya akuntabilitas kinerja Dinas Lingkungan Hidup", [
                ("Nilai SAKIP Dinas Lingkungan Hidup", "BB", "predikat"),
            ]),
            ("ag", "Pengelolaan keuangan dinas yang akuntabel", [
                ("Persentase realisasi anggaran Dinas", "95 %", "persen"),
            ]),
        ],
    },
    {
        "nama": "SEKRETARIAT DAERAH KOTA TANJUNG HARAPAN",
        "pemda": "PEMERINTAH KOTA TANJUNG HARAPAN",
        "kepala": "Wali Kota Tanjung Harapan",
        "jabatan": "Sekretaris Daerah",
        "rk": [
            ("pl", "Meningkatnya kualitas pelayanan publik Pemerintah Kota", [
                ("Indeks Kepuasan Masyarakat Kota Tanjung Harapan", "3,5", "indeks"),
                ("Indeks Reformasi Birokrasi", "70", "indeks"),
            ]),
            ("pb", "Meningkatnya efektivitas koordinasi perangkat daerah", [
                ("Persentase rekomendasi rapat koordinasi yang ditindaklanjuti perangkat daerah", "90 %",
                 "persen"),
            ]),
            ("pi", "Meningkatnya akuntabilitas kinerja Pemerintah Kota", [
                ("Nilai SAKIP Pemerintah Kota", "A", "predikat"),
                ("Indeks Sistem Pemerintahan Berbasis Elektronik (SPBE)", "3,2", "indeks"),
            ]),
            ("ag", "Laporan keuangan Pemerintah Kota yang andal", [
                ("Opini BPK atas Laporan Keuangan Pemerintah Daerah", "WTP", "predikat"),
            ]),
        ],
    },
    {
        "nama": "BADAN PERENCANAAN PEMBANGUNAN DAERAH KABUPATEN LEMBAH HIJAU",
        "pemda": "PEMERINTAH KABUPATEN LEMBAH HIJAU",
        "kepala": "Bupati Lembah Hijau",
        "jabatan": "Kepala Badan Perencanaan Pembangunan Daerah",
        "rk": [
            ("pl", "Meningkatnya kualitas perencanaan pembangunan daerah", [
                ("Persentase program RKPD yang selaras dengan RPJMD", "100 %", "persen"),
            ]),
            ("pb", "Dokumen perencanaan daerah yang ditetapkan tepat waktu", [
                ("Jumlah dokumen perencanaan daerah yang ditetapkan tepat waktu", "4 dokumen", "dokumen"),
            ]),
            ("pb", "Meningkatnya kualitas pengendalian dan evaluasi pembangunan", [
                ("Persentase rekomendasi evaluasi RKPD yang ditindaklanjuti", "85 %", "persen"),
            ]),
            ("pi", "Meningkatnya kapasitas perencana Bappeda", [
                ("Persentase perencana yang memiliki sertifikat kompetensi", "60 %", "persen"),
            ]),
            ("ag", "Pengelolaan anggaran Bappeda yang efisien", [
                ("Persentase realisasi anggaran Bappeda", "93 %", "persen"),
            ]),
        ],
    },
    {
        "nama": "DINAS KESEHATAN KOTA TANJUNG HARAPAN",
        "pemda": "PEMERINTAH KOTA TANJUNG HARAPAN",
        "kepala": "Sekretaris Daerah Kota Tanjung Harapan",
        "jabatan": "Kepala Dinas Kesehatan",
        "rk": [
            ("pl", "Meningkatnya derajat kesehatan masyarakat", [
                ("Angka Kematian Ibu per 100.000 kelahiran hidup", "85 per 100.000 KH", "rasio"),
                ("Prevalensi stunting pada balita", "14 %", "persen"),
            ]),
            ("pb", "Meningkatnya mutu pelayanan kesehatan dasar", [
                ("Persentase puskesmas terakreditasi paripurna", "40 %", "persen"),
            ]),
            ("pi", "Tata kelola Dinas Kesehatan yang akuntabel", [
                ("Nilai SAKIP Dinas Kesehatan", "A", "predikat"),
            ]),
            ("ag", "Pengelolaan anggaran kesehatan yang tepat sasaran", [
                ("Persentase realisasi anggaran Dinas Kesehatan", "95 %", "persen"),
            ]),
        ],
    },
    {
        "nama": "RUMAH SAKIT UMUM DAERAH KABUPATEN BUKIT SEMBILAN",
        "pemda": "PEMERINTAH KABUPATEN BUKIT SEMBILAN",
        "kepala": "Bupati Bukit Sembilan",
        "jabatan": "Direktur Rumah Sakit Umum Daerah",
        "rk": [
            ("pl", "Meningkatnya kepuasan pasien RSUD", [
                ("Indeks Kepuasan Masyarakat RSUD", "82,5", "indeks"),
            ]),
            ("pb", "Pelayanan rumah sakit yang bermutu dan aman", [
                ("Persentase indikator mutu nasional yang mencapai standar", "90 %", "persen"),
                ("Bed Occupancy Rate (BOR)", "70 - 80 %", "persen"),
            ]),
            ("pi", "Meningkatnya kompetensi sumber daya manusia RSUD", [
                ("Persentase tenaga kesehatan yang mengikuti pelatihan minimal 20 JPL", "75 %", "persen"),
            ]),
            ("ag", "Kemandirian keuangan BLUD RSUD", [
                ("Rasio pendapatan BLUD terhadap biaya operasional", "85 %", "persen"),
            ]),
        ],
    },
]

# Kinerja Tambahan of a JPT (SPEC §2.1: development commitment, community involvement)
TAMBAHAN = [
    ("Terlaksananya Satgas penanganan bencana banjir tingkat kabupaten", "Jumlah posko banjir yang aktif",
     "3 posko"),
    ("Tersusunnya karya tulis kebijakan publik dalam seminar nasional", "Jumlah makalah yang dipresentasikan",
     "1 makalah"),
]

ORANG = [
    ("Dr. Ir. Hendra Saputra Wibawa, M.Si.", "19720314 199803 1 004", "Pembina Utama Muda (IV/c)"),
    ("Drs. Bambang Hariyadi, M.Si.", "196905171995031002", "Pembina Utama Madya, IV/d"),
    ("Ir. Ratna Kusumawardani, M.T.", "19750807 200003 2 002", "Pembina Tk.I, IV b"),
    ("dr. Yohanes Parulian Sitompul, M.Kes.", "197901232005011003", "Pembina Utama Muda / IV c"),
    ("dr. Anisa Rahmadani, Sp.PD., MARS", "19800519 200604 2 011", "Pembina Tingkat I (IV/b)"),
    ("Agus Salim Nasution, S.T., M.Eng.", "197411122000121002", "Pembina Utama Muda, IV/c"),
]

SEKDA = ("Drs. H. Muchlis Arifin, M.AP.", "196811021994031007", "Pembina Utama Madya (IV/d)")

KABUPATEN_NAMA_KEPALA = {
    "Bupati Bukit Sembilan": "H. Syahrial Hamdani, S.H.",
    "Bupati Lembah Hijau": "Drs. Taufik Ramadhan",
    "Wali Kota Tanjung Harapan": "Ir. Meutia Salsabila, M.M.",
}

PERSPEKTIF_TULISAN = {
    "pl": ["Penerima Layanan", "Perspektif Stakeholder", "Stakeholder", "Pemangku Kepentingan",
           "PERSPEKTIF PENERIMA LAYANAN", "Penerima Layanan (Stakeholder)"],
    "pb": ["Proses Bisnis", "Proses Bisnis Internal", "PERSPEKTIF PROSES BISNIS", "Perspektif Proses Bisnis"],
    "pi": ["Penguatan Internal", "PERSPEKTIF PENGUATAN INTERNAL", "Perspektif Penguatan Internal"],
    "ag": ["Anggaran", "Keuangan/Anggaran", "PERSPEKTIF ANGGARAN", "Perspektif Anggaran"],
}
# English balanced-scorecard word for penguatan internal: SPEC is silent, a reviewer may accept either way
PERSPEKTIF_BOLEH = {"pi": "Learning & Growth"}

# Manual field labels: canonical key -> the ways agencies write the label
LABEL = {
    "rk": ["RENCANA KINERJA", "Rencana Kinerja", "RENCANA KINERJA (SASARAN)"],
    "deskripsi": ["DESKRIPSI RENCANA KINERJA", "Deskripsi Rencana Kinerja", "DESKRIPSI RK", "Deskripsi"],
    "iki": ["INDIKATOR KINERJA INDIVIDU", "Indikator Kinerja Individu", "IKI", "INDIKATOR KINERJA"],
    "definisi": ["DEFINISI IKI", "Definisi IKI", "DEFINISI", "DEFINISI OPERASIONAL", "DEFENISI IKI"],
    "formula": ["FORMULA", "Formula", "RUMUS", "CARA PERHITUNGAN", "FORMULA / CARA PERHITUNGAN", "FORMULASI"],
    "tujuan": ["TUJUAN", "Tujuan", "MAKSUD", "TUJUAN/MAKSUD", "TUJAUN"],
    "satuan": ["SATUAN PENGUKURAN", "Satuan Pengukuran", "SATUAN"],
    "jenis": ["JENIS ASPEK TARGET", "Jenis Aspek Target", "JENIS ASPEK"],
    "kendali": ["TINGKAT KENDALI IKI", "Tingkat Kendali IKI", "TINGKAT KENDALI"],
    "sumber": ["SUMBER DATA", "Sumber Data"],
    "periode": ["PERIODE PELAPORAN", "Periode Pelaporan"],
}
FIELDS = list(LABEL)
REQUIRED = ("deskripsi", "definisi", "formula", "tujuan")

SATUAN = {"indeks": "Indeks", "persen": "Persen (%)", "predikat": "Predikat", "dokumen": "Dokumen",
          "rasio": "Per 100.000 kelahiran hidup"}


def manual_values(rk: str, iki: str, jenis: str) -> dict[str, str]:
    """The Manual fields of one IKI, written the way a Renstra's indicator sheet words them."""
    low = iki[0].lower() + iki[1:]
    if jenis == "persen":
        formula = f"(Jumlah capaian / jumlah sasaran) x 100% untuk {low}"
    elif jenis == "indeks":
        formula = f"Rata-rata tertimbang nilai unsur penyusun {low}"
    elif jenis == "predikat":
        formula = f"Hasil penilaian lembaga yang berwenang atas {low}"
    elif jenis == "rasio":
        formula = "(Jumlah kematian ibu / jumlah kelahiran hidup) x 100.000"
    else:
        formula = f"Jumlah {low[7:] if low.startswith('jumlah ') else low}"
    return {
        "rk": rk,
        "deskripsi": f"{rk} merupakan sasaran strategis dalam Renstra 2025-2029 dan Perjanjian Kinerja 2026.",
        "iki": iki,
        "definisi": f"{iki} mengukur sejauh mana sasaran \"{rk.lower()}\" tercapai pada akhir tahun.",
        "formula": formula,
        "tujuan": f"Mengetahui capaian {low} sebagai dasar evaluasi kebijakan.",
        "satuan": SATUAN[jenis],
        "jenis": "Kualitas" if jenis in ("indeks", "predikat") else "Kuantitas",
        "kendali": "Moderate",
        "sumber": "Laporan Kinerja Instansi Pemerintah (LKjIP)",
        "periode": "Triwulanan",
    }
