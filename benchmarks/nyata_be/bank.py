"""Bank of the held-out set ``nyata_be``: the oversight, finance and planning offices of a fictional regency.

Pemerintah Kabupaten Watu Kencana (fiktif): Inspektorat Daerah, BPKAD, Bappeda and Bapenda. Every person,
RK, IKI, target, butir kegiatan and angka kredit here is invented for this set; nothing is taken from the
project's code, fixtures or other sets.

A target is a small dict: ``v`` (number), ``u`` (satuan as written), ``k`` (kind: ``n`` count, ``pct``,
``rp`` rupiah, ``hari``/``bulan`` durations, ``bln`` a month deadline (plan only), ``le`` an upper bound
written with ``≤`` (plan only)). IKIs whose target cannot be scored carry ``alt``: the scoreable target used
in Model Pengembangan and in workbooks with a Penilaian sheet.
"""

from __future__ import annotations

from typing import Any

KAB = "KABUPATEN WATU KENCANA"
BUPATI = "Bupati Watu Kencana"

UNIT: dict[str, Any] = {
    "ins": ("INSPEKTORAT DAERAH KABUPATEN WATU KENCANA", "Ins. Daerah Kab. Watu Kencana"),
    "bpkad": (
        "BADAN PENGELOLAAN KEUANGAN DAN ASET DAERAH KABUPATEN WATU KENCANA",
        "BPKAD Kab. Watu Kencana",
    ),
    "bappeda": (
        "BADAN PERENCANAAN PEMBANGUNAN DAERAH KABUPATEN WATU KENCANA",
        "Bappeda Kab. Watu Kencana",
    ),
    "bapenda": ("BADAN PENDAPATAN DAERAH KABUPATEN WATU KENCANA", "Bapenda Kab. Watu Kencana"),
}

# name, birth date (YYYYMMDD), gender digit
PEOPLE = [
    ("Dr. Hendra Wirasakti, S.E., M.Si., Ak.", "19720314", "1"),
    ("Ir. Ratna Kusumawardani, M.T.", "19740922", "2"),
    ("Drs. Bambang Suryoatmojo, M.M.", "19690705", "1"),
    ("H. Syamsul Arifin, S.E., M.Ak.", "19710118", "1"),
    ("Dewi Anggraeni Puspita, S.E., M.Ak., CA.", "19820507", "2"),
    ("Rudi Hartono Simanjuntak, S.E.", "19850211", "1"),
    ("Novita Rahmawati, S.Ak.", "19930427", "2"),
    ("Fajar Nugroho, S.H., M.H.", "19860830", "1"),
    ("Sri Wahyuningsih, S.E., M.Si.", "19780612", "2"),
    ("Agus Priyanto, A.Md.Ak.", "19900919", "1"),
    ("Yuliana Maharani, S.T., M.T.", "19870103", "2"),
    ("Teguh Santoso, S.Si., M.P.P.", "19810725", "1"),
    ("Lestari Handayani, S.E.", "19880416", "2"),
    ("Muhammad Ridwan Kamil, S.Kom.", "19940202", "1"),
    ("Hj. Siti Nurjanah, S.Sos., M.Si.", "19760808", "2"),
    ("Andi Prasetyo Wibowo, S.E., M.E.", "19830321", "1"),
    ("Rina Oktaviani, S.Ak., M.Ak.", "19891010", "2"),
    ("Yusuf Maulana, S.P., M.Si.", "19800129", "1"),
    ("Wulan Sari Dewanti, S.IP.", "19910614", "2"),
    ("Dedi Kurniawan, S.E.", "19840917", "1"),
    ("Irma Suryani, A.Md.", "19920305", "2"),
    ("Bayu Aji Saputra, S.Tr.Ak.", "19960711", "1"),
    ("Endang Purwaningsih, S.E., M.M.", "19750426", "2"),
    ("Samsul Hadi, S.Sos.", "19790102", "1"),
    ("Kartika Dewi Lestari, S.E., M.Acc.", "19860519", "2"),
    ("Arif Rahman Hakim, S.Pd., M.Si.", "19820828", "1"),
    ("Puspa Ayu Ningrum, S.Stat.", "19950123", "2"),
    ("Gunawan Setiadi, S.H.", "19770815", "1"),
    ("Maya Septiana, S.E.", "19900909", "2"),
    ("Eko Wahyudi, S.T.", "19880224", "1"),
]

PANGKAT = {
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
}


def t(v: float, u: str, k: str = "n", alt: dict[str, Any] | None = None, lb: bool = False) -> dict[str, Any]:
    """A target: value, satuan as written, kind, the scoreable alternative where needed, and whether a
    lower value is better although the aspek is not Waktu or Biaya (temuan, biaya pemungutan)."""
    return {"v": v, "u": u, "k": k, "alt": alt, "lb": lb or k == "le"}


# Superiors (penilai) of JA/JF roles: key -> (jabatan, golongan, unit)
ATASAN: dict[str, Any] = {
    "inspektur": ("Inspektur Daerah Kabupaten Watu Kencana", "IV/c", "ins"),
    "irban2": ("Inspektur Pembantu Wilayah II", "IV/b", "ins"),
    "sekins": ("Sekretaris Inspektorat Daerah", "IV/a", "ins"),
    "kabpkad": ("Kepala Badan Pengelolaan Keuangan dan Aset Daerah", "IV/c", "bpkad"),
    "kabidanggaran": ("Kepala Bidang Anggaran", "IV/a", "bpkad"),
    "kabidperben": ("Kepala Bidang Perbendaharaan", "IV/a", "bpkad"),
    "kabidaset": ("Kepala Bidang Aset Daerah", "IV/a", "bpkad"),
    "kabappeda": ("Kepala Bappeda Kabupaten Watu Kencana", "IV/c", "bappeda"),
    "kabidperencanaan": ("Kepala Bidang Perencanaan, Pengendalian dan Evaluasi", "IV/b", "bappeda"),
    "kabapenda": ("Kepala Badan Pendapatan Daerah", "IV/c", "bapenda"),
    "kabidpajak": ("Kepala Bidang Pajak Daerah", "IV/a", "bapenda"),
    "sekda": ("Sekretaris Daerah Kabupaten Watu Kencana", "IV/d", None),
}

# RK of the superiors as the subordinates copy them (column 2)
RKA = {
    "inspektur": [
        "Meningkatnya kualitas tata kelola pemerintahan daerah yang akuntabel",
        "Meningkatnya tindak lanjut hasil pemeriksaan BPK dan APIP",
        "Meningkatnya kapabilitas APIP dan maturitas SPIP",
    ],
    "irban2": [
        "Terlaksananya pengawasan atas OPD Wilayah II sesuai PKPT",
        "Menurunnya temuan berulang pada OPD Wilayah II",
    ],
    "sekins": ["Dokumen perencanaan dan keuangan Inspektorat tersusun tepat waktu"],
    "kabidanggaran": [
        "Dokumen APBD dan perubahannya ditetapkan tepat waktu",
        "Kualitas belanja daerah meningkat",
    ],
    "kabidperben": [
        "Pencairan dana APBD yang cepat dan tertib",
        "Laporan keuangan pemerintah daerah yang andal",
    ],
    "kabidaset": ["Barang milik daerah tercatat dan teramankan"],
    "kabidperencanaan": [
        "Dokumen perencanaan pembangunan daerah tersusun tepat waktu dan berkualitas",
        "Meningkatnya keselarasan Renja OPD dengan RKPD",
    ],
    "kabidpajak": [
        "Meningkatnya pendapatan asli daerah dari pajak daerah",
        "Meningkatnya kepatuhan wajib pajak daerah",
    ],
}

# role key -> dict(family, jabatan variants, golongan choices, unit, atasan, ku: [(atasan idx, rk, [iki])],
#                  butir: per KU RK [(butir, output, ak)])
ROLES: dict[str, Any] = {
    # --- JA ---
    "irban_ja": {
        "family": "ja",
        "jabatan": [
            "Inspektur Pembantu Wilayah II",
            "IRBAN WILAYAH II",
            "Plt. Inspektur Pembantu Wilayah II",
        ],
        "gol": ["IV/a", "IV/b"],
        "unit": "ins",
        "atasan": "inspektur",
        "ku": [
            (
                0,
                "Terlaksananya pengawasan atas OPD Wilayah II sesuai PKPT",
                [
                    ("Kuantitas", "Jumlah LHP OPD Wilayah II yang diterbitkan", t(12, "LHP")),
                    (
                        "Kualitas",
                        "Persentase LHP yang lolos reviu berjenjang tanpa revisi substansi",
                        t(90, "%", "pct"),
                    ),
                    (
                        "Waktu",
                        "Waktu penyampaian LHP sejak akhir pemeriksaan lapangan",
                        t(10, "hari kerja", "hari"),
                    ),
                ],
            ),
            (
                1,
                "Menurunnya temuan berulang pada OPD Wilayah II",
                [
                    (
                        "Kuantitas",
                        "Jumlah temuan berulang pada OPD Wilayah II",
                        t(10, "temuan", "le", alt=t(10, "temuan", lb=True)),
                    ),
                    (
                        "Kualitas",
                        "Persentase rekomendasi BPK pada OPD Wilayah II yang ditindaklanjuti",
                        t(100, "%", "pct", alt=t(95, "%", "pct")),
                    ),
                ],
            ),
        ],
    },
    "kasubbag_keu_ins": {
        "family": "ja",
        "jabatan": [
            "Kepala Subbagian Perencanaan dan Keuangan",
            "Ka. Subbag Perencanaan dan Keuangan",
            "KASUBBAG PERENCANAAN DAN KEUANGAN",
        ],
        "gol": ["III/c", "III/d"],
        "unit": "ins",
        "atasan": "sekins",
        "ku": [
            (
                0,
                "Renja dan DPA Inspektorat tersusun tepat waktu",
                [
                    ("Kuantitas", "Jumlah dokumen perencanaan dan anggaran yang tersusun", t(4, "dokumen")),
                    (
                        "Waktu",
                        "Waktu penyampaian Renja Inspektorat ke Bappeda",
                        t(6, "Juni 2026", "bln", alt=t(5, "bulan", "bulan")),
                    ),
                ],
            ),
            (
                0,
                "Laporan keuangan Inspektorat yang andal dan tepat waktu",
                [
                    ("Kuantitas", "Jumlah laporan keuangan semesteran dan tahunan", t(2, "laporan")),
                    ("Biaya", "Biaya penyusunan laporan keuangan", t(45_000_000, "Rp", "rp")),
                ],
            ),
        ],
    },
    "kabid_anggaran": {
        "family": "ja",
        "jabatan": ["Kepala Bidang Anggaran", "Ka. Bid. Anggaran BPKAD", "KABID ANGGARAN"],
        "gol": ["IV/a", "IV/b"],
        "unit": "bpkad",
        "atasan": "kabpkad",
        "rka": [
            "Pengelolaan keuangan daerah yang akuntabel",
            "Meningkatnya kualitas belanja daerah",
        ],
        "ku": [
            (
                0,
                "Dokumen APBD dan perubahannya ditetapkan tepat waktu",
                [
                    ("Kuantitas", "Jumlah dokumen anggaran yang ditetapkan", t(3, "dokumen")),
                    (
                        "Waktu",
                        "Waktu penetapan Perda APBD 2027",
                        t(12, "31 Desember 2026", "bln", alt=t(12, "bulan", "bulan")),
                    ),
                ],
            ),
            (
                1,
                "Kualitas belanja daerah meningkat",
                [
                    ("Kualitas", "Persentase belanja modal terhadap total belanja daerah", t(25, "%", "pct")),
                    ("Kuantitas", "Jumlah evaluasi RKA OPD yang diselesaikan", t(48, "RKA")),
                ],
            ),
        ],
    },
    "bendahara": {
        "family": "ja",
        "jabatan": ["Bendahara Pengeluaran", "BENDAHARA PENGELUARAN BPKAD", "Bendahara Pengeluaran SKPKD"],
        "gol": ["III/a", "III/b", "II/d"],
        "unit": "bpkad",
        "atasan": "kabidperben",
        "ku": [
            (
                0,
                "SP2D terbit cepat dan sesuai ketentuan",
                [
                    (
                        "Kuantitas",
                        "Persentase SP2D terbit ≤ 2 hari kerja sejak SPM diterima",
                        t(100, "%", "pct", alt=t(95, "%", "pct")),
                    ),
                    ("Waktu", "Waktu rata-rata penerbitan SP2D", t(2, "hari kerja", "hari")),
                ],
            ),
            (
                1,
                "Laporan pertanggungjawaban bendahara yang tertib",
                [
                    ("Kuantitas", "Jumlah LPJ fungsional yang disampaikan", t(12, "LPJ")),
                    ("Waktu", "Waktu penyampaian LPJ fungsional", t(10, "hari", "hari")),
                ],
            ),
        ],
    },
    "pengelola_bmd": {
        "family": "ja",
        "jabatan": ["Pengelola Barang Milik Daerah", "PENGELOLA BMD", "Pengelola Barang Milik Daerah BPKAD"],
        "gol": ["II/c", "II/d", "III/a"],
        "unit": "bpkad",
        "atasan": "kabidaset",
        "ku": [
            (
                0,
                "Data BMD tercatat lengkap dalam aplikasi SIMDA BMD",
                [
                    ("Kuantitas", "Jumlah kartu inventaris barang yang dimutakhirkan", t(1250, "KIB")),
                    ("Kualitas", "Persentase aset tanah bersertifikat", t(80, "%", "pct")),
                    ("Waktu", "Waktu rekonsiliasi aset dengan OPD", t(3, "bulan", "bulan")),
                ],
            ),
            (
                0,
                "Biaya pemeliharaan BMD terkendali",
                [
                    ("Biaya", "Realisasi biaya pemeliharaan gedung kantor", t(850_000_000, "Rp", "rp")),
                ],
            ),
        ],
    },
    "kabid_pajak": {
        "family": "ja",
        "jabatan": ["Kepala Bidang Pajak Daerah", "Ka. Bid. Pajak Daerah", "KABID PAJAK DAERAH BAPENDA"],
        "gol": ["IV/a", "III/d"],
        "unit": "bapenda",
        "atasan": "kabapenda",
        "rka": [
            "Meningkatnya pendapatan asli daerah",
            "Meningkatnya kualitas pelayanan perpajakan daerah",
        ],
        "ku": [
            (
                0,
                "Meningkatnya penerimaan pajak daerah",
                [
                    ("Kuantitas", "Realisasi penerimaan PBB-P2", t(1_200_000_000, "Rp", "rp")),
                    ("Kualitas", "Persentase realisasi pajak daerah terhadap target", t(95, "%", "pct")),
                ],
            ),
            (
                1,
                "Meningkatnya kepatuhan wajib pajak daerah",
                [
                    (
                        "Kuantitas",
                        "Jumlah wajib pajak hotel dan restoran yang terdaftar",
                        t(340, "wajib pajak"),
                    ),
                    ("Waktu", "Waktu penerbitan SPPT PBB-P2", t(3, "bulan", "bulan")),
                ],
            ),
        ],
    },
    "pengadm_pajak": {
        "family": "ja",
        "jabatan": [
            "Pengadministrasi Perpajakan",
            "PENGADMINISTRASI PERPAJAKAN",
            "Pengadministrasi Perpajakan (Loket PBB)",
        ],
        "gol": ["II/b", "II/c", "II/d"],
        "unit": "bapenda",
        "atasan": "kabidpajak",
        "ku": [
            (
                0,
                "Data objek pajak PBB-P2 termutakhirkan",
                [
                    ("Kuantitas", "Jumlah objek pajak yang dimutakhirkan", t(2400, "objek pajak")),
                    ("Waktu", "Waktu pelayanan mutasi SPPT", t(3, "hari kerja", "hari")),
                ],
            ),
            (
                1,
                "Layanan pembayaran pajak daerah yang mudah",
                [
                    (
                        "Kuantitas",
                        "Jumlah transaksi pembayaran pajak melalui kanal non-tunai",
                        t(5000, "transaksi"),
                    ),
                    ("Kualitas", "Indeks kepuasan wajib pajak", t(82, "poin")),
                ],
            ),
        ],
    },
    # --- JF ---
    "auditor_pertama": {
        "family": "jf",
        "jabatan": ["Auditor Ahli Pertama", "AUDITOR AHLI PERTAMA", "Auditor Pertama"],
        "gol": ["III/a", "III/b"],
        "salah_gol": "III/d",
        "unit": "ins",
        "atasan": "irban2",
        "ku": [
            (
                0,
                "Kertas kerja audit kinerja OPD Wilayah II yang lengkap dan terdokumentasi",
                [
                    ("Kuantitas", "Jumlah KKA audit kinerja yang disusun", t(36, "KKA")),
                    ("Kualitas", "Persentase KKA yang disetujui ketua tim tanpa revisi", t(85, "%", "pct")),
                ],
            ),
            (
                1,
                "Konsep temuan hasil audit yang didukung bukti cukup",
                [
                    ("Kuantitas", "Jumlah konsep temuan yang disusun", t(24, "temuan")),
                    ("Waktu", "Waktu penyampaian konsep temuan ke ketua tim", t(5, "hari kerja", "hari")),
                ],
            ),
        ],
        "butir": [
            [
                ("Menyusun kertas kerja audit", "KKA", "0,06"),
                ("Mengumpulkan dan menganalisis bukti audit", "Bukti audit", "0,045"),
            ],
            [("Menyusun konsep temuan hasil audit", "Konsep temuan", "0,1")],
        ],
    },
    "auditor_muda": {
        "family": "jf",
        "jabatan": [
            "Auditor Ahli Muda",
            "AUDITOR MUDA selaku Ketua Tim",
            "Auditor Ahli Muda (Ketua Tim Wilayah II)",
        ],
        "gol": ["III/c", "III/d"],
        "salah_gol": "III/b",
        "unit": "ins",
        "atasan": "irban2",
        "ku": [
            (
                0,
                "Laporan hasil pemeriksaan OPD Wilayah II yang berkualitas",
                [
                    ("Kuantitas", "Jumlah LHP yang diselesaikan sebagai ketua tim", t(12, "LHP")),
                    ("Kualitas", "Persentase rekomendasi LHP yang disepakati auditi", t(90, "%", "pct")),
                    (
                        "Waktu",
                        "Waktu penyelesaian LHP setelah pemeriksaan lapangan",
                        t(10, "hari kerja", "hari"),
                    ),
                ],
            ),
            (
                1,
                "Menurunnya temuan berulang pada auditi",
                [
                    (
                        "Kuantitas",
                        "Jumlah temuan berulang pada auditi",
                        t(10, "temuan", "le", alt=t(10, "temuan", lb=True)),
                    ),
                ],
            ),
        ],
        "butir": [
            [
                ("Mereviu kertas kerja audit anggota tim", "KKA direviu", "0,09"),
                ("Menyusun konsep laporan hasil audit", "Konsep LHA", "0,45"),
            ],
            [("Memantau tindak lanjut hasil audit", "Laporan pemantauan", "0,2")],
        ],
    },
    "auditor_madya": {
        "family": "jf",
        "jabatan": [
            "Auditor Ahli Madya",
            "Inspektur Pembantu Wilayah I (Auditor Ahli Madya)",
            "AUDITOR AHLI MADYA selaku Pengendali Teknis",
        ],
        "gol": ["IV/a", "IV/b"],
        "salah_gol": "III/c",
        "unit": "ins",
        "atasan": "inspektur",
        "ku": [
            (
                1,
                "Rekomendasi hasil pemeriksaan BPK yang ditindaklanjuti OPD",
                [
                    (
                        "Kuantitas",
                        "Persentase rekomendasi BPK yang ditindaklanjuti",
                        t(100, "%", "pct", alt=t(95, "%", "pct")),
                    ),
                    (
                        "Kualitas",
                        "Jumlah rekomendasi berstatus belum sesuai",
                        t(15, "rekomendasi", "le", alt=t(15, "rekomendasi", lb=True)),
                    ),
                ],
            ),
            (
                2,
                "Laporan pengendalian teknis audit yang tepat waktu",
                [
                    ("Kuantitas", "Jumlah LHP yang dikendalikan mutunya", t(18, "LHP")),
                    ("Waktu", "Waktu reviu konsep LHP oleh pengendali teknis", t(3, "hari kerja", "hari")),
                ],
            ),
        ],
        "butir": [
            [("Mengendalikan pelaksanaan tindak lanjut", "Laporan tindak lanjut", "0,3")],
            [("Mereviu konsep laporan hasil audit", "LHA direviu", "1,5")],
        ],
    },
    "auditor_terampil": {
        "family": "jf",
        "jabatan": ["Auditor Terampil", "AUDITOR TERAMPIL", "Auditor Pelaksana"],
        "gol": ["II/c", "II/d"],
        "salah_gol": "III/c",
        "unit": "ins",
        "atasan": "irban2",
        "ku": [
            (
                0,
                "Data dukung audit OPD Wilayah II yang tertata",
                [
                    ("Kuantitas", "Jumlah berkas data dukung audit yang dihimpun", t(48, "berkas")),
                    ("Waktu", "Waktu penyerahan data dukung ke ketua tim", t(2, "hari kerja", "hari")),
                ],
            ),
            (
                1,
                "Basis data tindak lanjut temuan yang mutakhir",
                [
                    ("Kuantitas", "Jumlah temuan yang dimutakhirkan statusnya di SIPTL", t(150, "temuan")),
                ],
            ),
        ],
        "butir": [
            [("Mengumpulkan data dukung audit", "Berkas data", "0,02")],
            [("Memutakhirkan data tindak lanjut", "Data tindak lanjut", "0,015")],
        ],
    },
    "p2upd_muda": {
        "family": "jf",
        "jabatan": [
            "Pengawas Penyelenggaraan Urusan Pemerintahan di Daerah Ahli Muda",
            "P2UPD Ahli Muda",
            "PENGAWAS PENYELENGGARAAN URUSAN PEMERINTAHAN DI DAERAH AHLI MUDA",
        ],
        "gol": ["III/c", "III/d"],
        "salah_gol": "IV/b",
        "unit": "ins",
        "atasan": "irban2",
        "ku": [
            (
                0,
                "Laporan hasil reviu dan evaluasi penyelenggaraan urusan pemerintahan yang berkualitas",
                [
                    ("Kuantitas", "Jumlah laporan hasil reviu RKPD dan LKPD", t(4, "laporan")),
                    ("Kualitas", "Persentase rekomendasi reviu yang diterima OPD", t(90, "%", "pct")),
                ],
            ),
            (
                1,
                "Pengaduan masyarakat yang ditangani tuntas",
                [
                    ("Kuantitas", "Jumlah pengaduan masyarakat yang ditangani", t(8, "pengaduan")),
                    ("Waktu", "Waktu penanganan pengaduan masyarakat", t(30, "hari", "hari")),
                ],
            ),
        ],
        "butir": [
            [("Melakukan reviu dokumen perencanaan daerah", "Laporan hasil reviu", "0,36")],
            [("Menangani pengaduan masyarakat", "Laporan penanganan", "0,24")],
        ],
    },
    "p2upd_pertama": {
        "family": "jf",
        "jabatan": [
            "Pengawas Penyelenggaraan Urusan Pemerintahan di Daerah Ahli Pertama",
            "P2UPD Ahli Pertama",
        ],
        "gol": ["III/a", "III/b"],
        "salah_gol": "III/d",
        "unit": "ins",
        "atasan": "irban2",
        "ku": [
            (
                0,
                "Kertas kerja evaluasi SAKIP OPD yang lengkap",
                [
                    ("Kuantitas", "Jumlah kertas kerja evaluasi SAKIP OPD", t(14, "kertas kerja")),
                    ("Kualitas", "Persentase kertas kerja yang disetujui tanpa revisi", t(85, "%", "pct")),
                ],
            ),
        ],
        "butir": [
            [("Menyusun kertas kerja evaluasi", "Kertas kerja", "0,08")],
        ],
    },
    "akpd_muda": {
        "family": "jf",
        "jabatan": [
            "Analis Keuangan Pusat dan Daerah Ahli Muda",
            "ANALIS KEUANGAN PUSAT DAN DAERAH AHLI MUDA selaku Ketua Tim Anggaran",
            "Analis Keuangan Pusat dan Daerah Ahli Muda",
        ],
        "gol": ["III/c", "III/d"],
        "salah_gol": "IV/a",
        "unit": "bpkad",
        "atasan": "kabidanggaran",
        "ku": [
            (
                0,
                "Rancangan APBD 2027 yang sesuai kebijakan umum anggaran",
                [
                    ("Kuantitas", "Jumlah dokumen analisis RKA-SKPD", t(46, "dokumen")),
                    ("Waktu", "Waktu penyampaian rancangan APBD ke DPRD", t(9, "bulan", "bulan")),
                ],
            ),
            (
                1,
                "Analisis kualitas belanja daerah yang menjadi dasar kebijakan",
                [
                    ("Kuantitas", "Jumlah laporan analisis realisasi belanja", t(4, "laporan")),
                    ("Kualitas", "Persentase rekomendasi analisis yang diadopsi TAPD", t(75, "%", "pct")),
                ],
            ),
        ],
        "butir": [
            [
                ("Menganalisis rencana kerja dan anggaran", "Dokumen analisis", "0,1"),
                ("Menyusun rancangan kebijakan anggaran", "Rancangan", "0,5"),
            ],
            [("Menyusun laporan analisis belanja", "Laporan analisis", "0,25")],
        ],
    },
    "akpd_pertama": {
        "family": "jf",
        "jabatan": [
            "Analis Keuangan Pusat dan Daerah Ahli Pertama",
            "ANALIS KEUANGAN PUSAT DAN DAERAH AHLI PERTAMA",
        ],
        "gol": ["III/a", "III/b"],
        "salah_gol": "III/c",
        "unit": "bpkad",
        "atasan": "kabidperben",
        "ku": [
            (
                1,
                "Laporan keuangan pemerintah daerah yang tersusun tepat waktu",
                [
                    ("Kuantitas", "Jumlah laporan rekonsiliasi kas dengan OPD", t(12, "laporan")),
                    ("Waktu", "Waktu penyusunan LKPD unaudited", t(3, "bulan", "bulan")),
                ],
            ),
            (
                0,
                "Pencairan dana melalui SIPD yang tertib",
                [
                    ("Kuantitas", "Jumlah SPM yang diverifikasi di SIPD", t(2600, "SPM")),
                    ("Biaya", "Biaya jasa layanan perbankan pencairan", t(120_000_000, "Rp", "rp")),
                ],
            ),
        ],
        "butir": [
            [("Melakukan rekonsiliasi data keuangan", "Berita acara rekonsiliasi", "0,06")],
            [("Memverifikasi dokumen pencairan", "SPM terverifikasi", "0,004")],
        ],
    },
    "perencana_muda": {
        "family": "jf",
        "jabatan": ["Perencana Ahli Muda", "PERENCANA AHLI MUDA selaku Ketua Tim RKPD", "Perencana Muda"],
        "gol": ["III/c", "III/d"],
        "salah_gol": "III/a",
        "unit": "bappeda",
        "atasan": "kabidperencanaan",
        "ku": [
            (
                0,
                "Dokumen RKPD 2027 ditetapkan tepat waktu",
                [
                    ("Kuantitas", "Jumlah dokumen RKPD yang ditetapkan", t(1, "dokumen")),
                    (
                        "Waktu",
                        "Waktu penetapan dokumen RKPD 2027",
                        t(6, "paling lambat Juni 2026", "bln", alt=t(6, "bulan", "bulan")),
                    ),
                ],
            ),
            (
                1,
                "Renja OPD yang selaras dengan RKPD",
                [
                    ("Kuantitas", "Jumlah Renja OPD yang diverifikasi", t(38, "Renja")),
                    ("Kualitas", "Persentase program Renja OPD yang selaras dengan RKPD", t(90, "%", "pct")),
                ],
            ),
        ],
        "butir": [
            [("Menyusun rancangan dokumen rencana pembangunan tahunan", "Rancangan RKPD", "1,5")],
            [("Memverifikasi rancangan rencana kerja perangkat daerah", "Hasil verifikasi", "0,12")],
        ],
    },
    "perencana_madya": {
        "family": "jf",
        "jabatan": [
            "Perencana Ahli Madya",
            "PERENCANA AHLI MADYA",
            "Perencana Ahli Madya selaku Koordinator Makro",
        ],
        "gol": ["IV/a", "IV/b"],
        "salah_gol": "III/d",
        "unit": "bappeda",
        "atasan": "kabappeda",
        "rka": [
            "Meningkatnya kualitas perencanaan pembangunan daerah",
            "Meningkatnya capaian IKU RPJMD",
        ],
        "ku": [
            (
                0,
                "Kerangka ekonomi makro daerah yang menjadi dasar RKPD",
                [
                    ("Kuantitas", "Jumlah kajian kerangka ekonomi makro", t(2, "kajian")),
                    ("Waktu", "Waktu penyelesaian kajian ekonomi makro", t(4, "bulan", "bulan")),
                ],
            ),
            (
                1,
                "Evaluasi capaian IKU RPJMD yang dimanfaatkan pimpinan",
                [
                    ("Kuantitas", "Jumlah laporan evaluasi capaian IKU RPJMD", t(2, "laporan")),
                    ("Kualitas", "Persentase IKU RPJMD yang terukur datanya", t(95, "%", "pct")),
                ],
            ),
        ],
        "butir": [
            [("Menyusun kajian kebijakan perencanaan makro", "Kajian", "2,25")],
            [("Mengevaluasi pelaksanaan rencana pembangunan", "Laporan evaluasi", "0,9")],
        ],
    },
    "analis_kebijakan": {
        "family": "jf",
        "jabatan": [
            "Analis Kebijakan Ahli Muda",
            "ANALIS KEBIJAKAN AHLI MUDA",
            "Analis Kebijakan Ahli Muda (Tim Riset)",
        ],
        "gol": ["III/c", "III/d"],
        "salah_gol": "IV/c",
        "unit": "bappeda",
        "atasan": "kabidperencanaan",
        "ku": [
            (
                0,
                "Rekomendasi kebijakan perencanaan yang berbasis bukti",
                [
                    ("Kuantitas", "Jumlah policy brief yang disampaikan", t(3, "policy brief")),
                    ("Kualitas", "Persentase rekomendasi yang dimuat dalam RKPD", t(60, "%", "pct")),
                ],
            ),
        ],
        "butir": [
            [("Menyusun policy brief", "Policy brief", "0,75")],
        ],
    },
}

# JPT roles
JPT: dict[str, Any] = {
    "inspektur": {
        "jabatan": ["Inspektur Daerah Kabupaten Watu Kencana", "Inspektur Daerah", "Plt. Inspektur Daerah"],
        "unit": "ins",
        "gol": ["IV/c", "IV/d"],
        "ku": [
            (
                "pb",
                "Meningkatnya kualitas tata kelola keuangan pemerintah daerah",
                [
                    ("Opini BPK atas LKPD Kabupaten Watu Kencana", t(1, "opini WTP")),
                    (
                        "Persentase rekomendasi BPK yang ditindaklanjuti",
                        t(100, "%", "pct", alt=t(90, "%", "pct")),
                    ),
                ],
            ),
            (
                "pl",
                "Meningkatnya kepercayaan masyarakat terhadap pengawasan daerah",
                [
                    ("Persentase pengaduan masyarakat yang tuntas ditangani", t(90, "%", "pct")),
                ],
            ),
            (
                "pi",
                "Meningkatnya kapabilitas APIP",
                [
                    ("Level kapabilitas APIP", t(3, "level")),
                    ("Nilai maturitas SPIP", t(3, "level")),
                ],
            ),
            (
                "ag",
                "Anggaran pengawasan yang efisien",
                [
                    ("Persentase realisasi anggaran Inspektorat", t(95, "%", "pct")),
                ],
            ),
        ],
    },
    "kabpkad": {
        "jabatan": [
            "Kepala Badan Pengelolaan Keuangan dan Aset Daerah",
            "Ka. BPKAD Kabupaten Watu Kencana",
            "KEPALA BPKAD",
        ],
        "unit": "bpkad",
        "gol": ["IV/c", "IV/b"],
        "ku": [
            (
                "pl",
                "Pengelolaan keuangan daerah yang akuntabel",
                [
                    (
                        "Persentase SP2D terbit paling lama 2 hari kerja",
                        t(100, "%", "pct", alt=t(95, "%", "pct")),
                    ),
                ],
            ),
            (
                "pb",
                "Meningkatnya kualitas laporan keuangan daerah",
                [
                    ("Jumlah temuan BPK atas LKPD", t(10, "temuan", "le", alt=t(12, "temuan", lb=True))),
                ],
            ),
            (
                "pi",
                "Aset daerah tercatat dan bersertifikat",
                [
                    ("Persentase aset tanah bersertifikat", t(80, "%", "pct")),
                ],
            ),
            (
                "ag",
                "Belanja daerah yang efektif",
                [
                    ("Persentase realisasi belanja daerah", t(92, "%", "pct")),
                    ("Sisa lebih pembiayaan anggaran", t(25_000_000_000, "Rp", "rp")),
                ],
            ),
        ],
    },
    "kabappeda": {
        "jabatan": [
            "Kepala Badan Perencanaan Pembangunan Daerah",
            "Ka. Bappeda Kab. Watu Kencana",
            "KEPALA BAPPEDA",
        ],
        "unit": "bappeda",
        "gol": ["IV/c", "IV/b"],
        "ku": [
            (
                "pl",
                "Meningkatnya kualitas perencanaan pembangunan daerah",
                [
                    ("Persentase IKU RPJMD yang tercapai", t(85, "%", "pct")),
                ],
            ),
            (
                "pb",
                "Dokumen perencanaan daerah ditetapkan tepat waktu",
                [
                    ("Jumlah dokumen perencanaan yang ditetapkan", t(3, "dokumen")),
                    (
                        "Waktu penetapan RKPD 2027",
                        t(6, "paling lambat Juni 2026", "bln", alt=t(6, "bulan", "bulan")),
                    ),
                ],
            ),
            (
                "pi",
                "Meningkatnya kapasitas perencana daerah",
                [
                    ("Jumlah perencana bersertifikat", t(12, "orang")),
                ],
            ),
            (
                "ag",
                "Anggaran perencanaan yang akuntabel",
                [
                    ("Persentase realisasi anggaran Bappeda", t(95, "%", "pct")),
                ],
            ),
        ],
    },
    "kabapenda": {
        "jabatan": [
            "Kepala Badan Pendapatan Daerah",
            "Ka. Bapenda Kabupaten Watu Kencana",
            "Plt. Kepala Bapenda",
        ],
        "unit": "bapenda",
        "gol": ["IV/c", "IV/b"],
        "ku": [
            (
                "pl",
                "Meningkatnya pendapatan asli daerah",
                [
                    ("Realisasi PAD", t(185_000_000_000, "Rp", "rp")),
                    ("Persentase realisasi pajak daerah", t(95, "%", "pct")),
                ],
            ),
            (
                "pb",
                "Meningkatnya kepatuhan wajib pajak",
                [
                    ("Jumlah wajib pajak aktif", t(14500, "wajib pajak")),
                ],
            ),
            (
                "pi",
                "Layanan pajak daerah berbasis elektronik",
                [
                    ("Jumlah jenis pajak yang dibayar non-tunai", t(9, "jenis pajak")),
                ],
            ),
            (
                "ag",
                "Biaya pemungutan pajak daerah yang efisien",
                [
                    ("Persentase biaya pemungutan terhadap penerimaan pajak", t(5, "%", "pct", lb=True)),
                ],
            ),
        ],
    },
}

PERSPEKTIF = {
    "pl": [
        "Penerima Layanan",
        "Stakeholder",
        "PERSPEKTIF PENERIMA LAYANAN",
        "Penerima Layanan (Stakeholder)",
    ],
    "pb": ["Proses Bisnis", "PERSPEKTIF PROSES BISNIS", "Proses Bisnis Internal"],
    "pi": ["Penguatan Internal", "PERSPEKTIF PENGUATAN INTERNAL"],
    "ag": ["Anggaran", "PERSPEKTIF ANGGARAN"],
}

# Kinerja Tambahan items (rk, iki, target)
TAMBAHAN: list[Any] = [
    (
        "Sertifikat pelatihan Audit Berbasis Risiko",
        "Jumlah sertifikat pelatihan yang diperoleh",
        t(1, "sertifikat"),
    ),
    ("Keanggotaan Tim Pengendali Inflasi Daerah", "Jumlah laporan rapat TPID yang disusun", t(4, "laporan")),
    (
        "Laporan tugas Satgas Saber Pungli Kabupaten yang tersampaikan",
        "Jumlah laporan kegiatan satgas",
        t(2, "laporan"),
    ),
    ("Narasumber bimtek penyusunan Renja OPD", "Jumlah sesi narasumber", t(2, "sesi")),
    (
        "Sertifikat Pengadaan Barang/Jasa Tingkat Dasar",
        "Jumlah sertifikat yang diperoleh",
        t(1, "sertifikat"),
    ),
    ("Tim Penyusun LKjIP Kabupaten", "Jumlah bab LKjIP yang disusun", t(2, "bab")),
]

# JPT Kinerja Tambahan (rk, iki, target)
TAMBAHAN_JPT: list[Any] = [
    (
        "Ketua Tim Percepatan Penurunan Stunting Kabupaten",
        "Jumlah rapat koordinasi yang dipimpin",
        t(4, "rapat"),
    ),
    (
        "Peserta Pelatihan Kepemimpinan Nasional Tingkat II",
        "Jumlah sertifikat yang diperoleh",
        t(1, "sertifikat"),
    ),
]

# Manual IKI texts for a JPT IKI, built from its IKI text
MANUAL_FIELDS = [
    "RENCANA KINERJA",
    "DESKRIPSI RENCANA KINERJA",
    "INDIKATOR KINERJA INDIVIDU",
    "DEFINISI IKI",
    "FORMULA",
    "TUJUAN",
    "SATUAN PENGUKURAN",
    "JENIS ASPEK TARGET",
    "TINGKAT KENDALI IKI",
    "SUMBER DATA",
    "PERIODE PELAPORAN",
]

TEMPAT = "Watu Kencana"
