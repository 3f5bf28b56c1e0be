"""Generator set evaluasi tertahan ``nyata_f`` (deterministik, benih 20261207).

Ditulis hanya dari SPEC §3, §3.10, §5–§7, ``benchmarks/nyata/ukur.py``, ``tests/nyata_sets.py``, README
kelima set sebelumnya dan kunci skema ``nyata_e/harapan.json``; terpisah dari kode pembaca, templat, mapping,
fixture dan generator set lain. Setiap buku kerja digambar dulu sebagai kisi sel (:class:`Lembar`); penata
letak mencatat sel setiap nilai (``pos``), sehingga sel setiap cacat tersisip diketahui tepat. Penulis:
openpyxl, XlsxWriter, dan LibreOffice (berkas openpyxl yang disimpan ulang ``soffice --convert-to xlsx``).
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import subprocess
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = 20261207


# --------------------------------------------------------------------------- kisi sel


def ref(r: int, c: int) -> str:
    s = ""
    while c:
        c, m = divmod(c - 1, 26)
        s = chr(65 + m) + s
    return f"{s}{r}"


class Lembar:
    """Satu sheet sebagai kisi: nilai, gabungan, format angka, komentar, teks kaya, validasi data, dll."""

    def __init__(self, title: str):
        self.title = title
        self.cells: dict[tuple[int, int], object] = {}
        self.merges: list[tuple[int, int, int, int]] = []
        self.fmt: dict[tuple[int, int], str] = {}
        self.comments: dict[tuple[int, int], str] = {}
        self.rich: dict[tuple[int, int], list[tuple[str, bool]]] = {}
        self.cached: dict[tuple[int, int], object] = {}
        self.validations: list[tuple[str, list[str]]] = []
        self.freeze: str | None = None
        self.print_rows: tuple[int, int] | None = None
        self.autofilter: str | None = None
        self.widths: dict[int, float] = {}

    def put(self, r: int, c: int, v, merge_to: tuple[int, int] | None = None) -> str:
        if v is not None and v != "":
            self.cells[(r, c)] = v
        if merge_to and merge_to != (r, c):
            self.merges.append((r, c, merge_to[0], merge_to[1]))
        return ref(r, c)


# --------------------------------------------------------------------------- bank data fiktif

INSTANSI = [
    (
        "Dinas Perhubungan Kabupaten Sungai Lestari",
        "PEMERINTAH KABUPATEN SUNGAI LESTARI",
        "Bupati Sungai Lestari",
    ),
    (
        "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia Provinsi Tanah Rantau",
        "PEMERINTAH PROVINSI TANAH RANTAU",
        "Gubernur Tanah Rantau",
    ),
    (
        "Dinas Perpustakaan dan Kearsipan Kota Rimba Jaya",
        "PEMERINTAH KOTA RIMBA JAYA",
        "Wali Kota Rimba Jaya",
    ),
    (
        "RSUD Sekar Wangi Kabupaten Sungai Lestari",
        "PEMERINTAH KABUPATEN SUNGAI LESTARI",
        "Bupati Sungai Lestari",
    ),
    ("Dinas Pariwisata dan Kebudayaan Kota Rimba Jaya", "PEMERINTAH KOTA RIMBA JAYA", "Wali Kota Rimba Jaya"),
]

NAMA = [
    "Rahmat Hidayatullah",
    "Sri Wulandari",
    "Yohanes Bili Lado",
    "Nurhaliza Puspitasari",
    "Agus Salim Harahap",
    "Theresia Ngura",
    "Ikhsan Maulana",
    "Dewi Anggraeni Putri",
    "Muhammad Rizki Ramadhan",
    "Fransiska Kewa",
    "Bambang Trihatmoko",
    "Siti Khodijah",
    "Gede Ariawan",
    "Ratna Juwita Sari",
    "La Ode Muhammad Faisal",
    "Yuliana Manurung",
    "Hendra Gunawan Saputra",
    "Made Sutrisna",
    "Eka Fitriyani",
    "Samsul Bahri",
    "Wahyu Setiawan",
    "Anastasia Lubis",
    "Kurniawan Adi Nugroho",
    "Rosmawati Daeng Kanang",
    "Taufik Hidayat",
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

# (jabatan, golongan yang mungkin) — JF dikenali dari namanya (SPEC §3.10)
JF = [
    ("Analis Kepegawaian Ahli Muda", ["III/c", "III/d"]),
    ("Pranata Komputer Ahli Pertama", ["III/a", "III/b"]),
    ("Arsiparis Terampil", ["II/c", "II/d"]),
    ("Pustakawan Ahli Madya", ["IV/a", "IV/b"]),
    ("Perencana Ahli Muda", ["III/c", "III/d"]),
    ("Perawat Penyelia", ["III/c", "III/d"]),
    ("Pranata Komputer Mahir", ["III/a", "III/b"]),
]
JA = [
    ("Kepala Seksi Angkutan Jalan", ["III/c", "III/d"]),
    ("Kepala Subbagian Umum dan Kepegawaian", ["III/d", "IV/a"]),
    ("Kepala Bidang Pengembangan Destinasi", ["IV/a", "IV/b"]),
    ("Sekretaris Dinas", ["IV/b", "IV/c"]),
    ("Kepala Seksi Pelayanan Keperawatan", ["III/d"]),
]
JPT = [
    ("Kepala Dinas Perhubungan", ["IV/c", "IV/d"]),
    ("Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", ["IV/c", "IV/d"]),
    ("Kepala Dinas Perpustakaan dan Kearsipan", ["IV/c"]),
    ("Direktur RSUD Sekar Wangi", ["IV/c", "IV/d"]),
    ("Kepala Dinas Pariwisata dan Kebudayaan", ["IV/c", "IV/d"]),
]

# RK untuk JA/JF: (rk atasan, rk, [(aspek, iki, angka, satuan, arah)]); arah +1 lebih tinggi lebih baik
RK_JA = [
    (
        "Meningkatnya keselamatan angkutan umum di wilayah kabupaten",
        "Kendaraan angkutan umum yang laik jalan bertambah",
        [
            ("Kuantitas", "Jumlah kendaraan angkutan umum yang lulus uji berkala", 420, "kendaraan", 1),
            ("Kualitas", "Persentase kendaraan yang lulus uji pada pengujian pertama", 85, "%", 1),
            ("Waktu", "Waktu penyelesaian rekapitulasi hasil uji berkala", 12, "bulan", -1),
        ],
    ),
    (
        "Tertib administrasi kepegawaian perangkat daerah",
        "Data kepegawaian perangkat daerah mutakhir dan dapat dipertanggungjawabkan",
        [
            ("Kuantitas", "Jumlah data pegawai yang dimutakhirkan pada SIASN", 160, "data", 1),
            ("Kualitas", "Persentase data pegawai yang sesuai dengan dokumen sumber", 95, "%", 1),
            ("Waktu", "Waktu pemutakhiran data pegawai", 6, "bulan", -1),
        ],
    ),
    (
        "Arsip statis daerah terselamatkan dan dapat diakses publik",
        "Naskah arsip statis yang terdeskripsi dan tersedia bagi pengguna",
        [
            ("Kuantitas", "Jumlah naskah arsip statis yang terdeskripsi", 1250, "berkas", 1),
            ("Kualitas", "Persentase deskripsi arsip yang lolos verifikasi", 90, "%", 1),
        ],
    ),
    (
        "Meningkatnya kunjungan wisatawan ke destinasi unggulan",
        "Paket wisata desa yang siap dipasarkan tersedia",
        [
            ("Kuantitas", "Jumlah paket wisata desa yang tersusun", 8, "paket", 1),
            ("Waktu", "Waktu penyelesaian paket wisata desa", 9, "bulan", -1),
        ],
    ),
    (
        "Mutu layanan keperawatan rawat inap meningkat",
        "Asuhan keperawatan pasien rawat inap terdokumentasi lengkap",
        [
            ("Kuantitas", "Jumlah rekam asuhan keperawatan yang terdokumentasi", 600, "rekam", 1),
            ("Kualitas", "Persentase rekam asuhan keperawatan yang lengkap", 92, "%", 1),
            ("Waktu", "Waktu penyelesaian audit dokumentasi asuhan", 3, "hari", -1),
        ],
    ),
    (
        "Layanan sistem informasi perangkat daerah andal",
        "Aplikasi layanan perangkat daerah tersedia tanpa gangguan berarti",
        [
            ("Kuantitas", "Jumlah aplikasi layanan yang terpelihara", 14, "aplikasi", 1),
            ("Kualitas", "Persentase ketersediaan aplikasi layanan", 97, "%", 1),
            ("Biaya", "Biaya pemeliharaan aplikasi layanan", 250000000, "Rp", -1),
        ],
    ),
    (
        "Dokumen perencanaan perangkat daerah berkualitas",
        "Rencana kerja perangkat daerah tersusun selaras dengan RPJMD",
        [
            ("Kuantitas", "Jumlah dokumen perencanaan yang tersusun", 5, "dokumen", 1),
            ("Kualitas", "Persentase program yang selaras dengan RPJMD", 90, "%", 1),
            ("Waktu", "Waktu penyelesaian rencana kerja", 4, "bulan", -1),
        ],
    ),
]
TAMBAHAN = [
    (
        "Sertifikat pelatihan manajemen risiko diperoleh",
        [("Kuantitas", "Jumlah jam pelajaran pelatihan yang diikuti", 20, "JP", 1)],
    ),
    (
        "Dukungan tim relawan tanggap bencana daerah terlaksana",
        [("Kuantitas", "Jumlah laporan kegiatan relawan yang diterima", 6, "laporan", 1)],
    ),
]
BUTIR = [
    ("Menyusun rencana kerja tahunan unit", "Dokumen rencana kerja", "0,054"),
    ("Melakukan verifikasi data", "Laporan verifikasi", "0,012"),
    ("Mendeskripsikan arsip statis", "Daftar deskripsi arsip", "0,005"),
    ("Melakukan pemeliharaan sistem", "Laporan pemeliharaan", "0,028"),
    ("Menyusun bahan analisis", "Naskah analisis", "0,15"),
]

RK_JPT = [
    (
        "Penerima Layanan",
        "Meningkatnya kepuasan masyarakat terhadap layanan perangkat daerah",
        [
            ("Indeks kepuasan masyarakat", 82.5, "", 1),
            ("Persentase pengaduan yang ditindaklanjuti", 90, "%", 1),
        ],
    ),
    (
        "Proses Bisnis",
        "Meningkatnya kualitas tata kelola perangkat daerah",
        [
            ("Nilai SAKIP perangkat daerah", 75, "", 1),
            ("Jumlah proses bisnis yang terdigitalisasi", 6, "proses", 1),
        ],
    ),
    (
        "Penguatan Internal",
        "Meningkatnya kompetensi aparatur perangkat daerah",
        [("Persentase pegawai yang memenuhi 20 JP pengembangan kompetensi", 80, "%", 1)],
    ),
    (
        "Anggaran",
        "Meningkatnya akuntabilitas pengelolaan anggaran",
        [
            ("Persentase realisasi anggaran", 95, "%", 1),
            ("Jumlah temuan BPK yang ditindaklanjuti", 12, "temuan", 1),
        ],
    ),
]


# --------------------------------------------------------------------------- model dokumen


def make_nip(rng: random.Random, gol: str) -> str:
    yb = rng.randint(1972, 1992)
    y_tmt = yb + rng.randint(22, 28)
    y_tmt = min(y_tmt, 2019)
    return (
        f"{yb}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
        f"{y_tmt}{rng.randint(1, 12):02d}{rng.choice('12')}{rng.randint(1, 9):03d}"
    )


def pangkat_text(rng: random.Random, gol: str) -> str:
    name = PANGKAT[gol]
    style = rng.randrange(3)
    if style == 0:
        return f"{name}, {gol}"
    if style == 1:
        return f"{name} ({gol})"
    return f"{name.replace('Tingkat I', 'Tk. I')}, {gol}"


def orang(rng, names, jab, gols, unit):
    gol = rng.choice(gols)
    return {
        "nama": names.pop(0),
        "nip": make_nip(rng, gol),
        "pangkat": pangkat_text(rng, gol),
        "gol": gol,
        "jabatan": jab,
        "unit": unit,
    }


def fmt_num(n) -> str:
    if isinstance(n, float):
        return f"{n:.1f}".replace(".", ",")
    return f"{n:,}".replace(",", ".")


def target_text(n, sat) -> str:
    if not sat:
        return fmt_num(n)
    if sat == "Rp":
        return f"Rp {fmt_num(n)}"
    if sat == "%":
        return f"{fmt_num(n)} %"
    return f"{fmt_num(n)} {sat}"


def kategori(n, sat, arah) -> dict[str, str]:
    """Lima tingkat; BAIK = target (SPEC §3.3); lebih tinggi lebih baik, atau sebaliknya untuk waktu dan biaya
    (CUKUP "> 10", SANGAT BAIK "< 10" pada target 10 bulan)."""

    def t(x):
        if sat == "Rp":
            return f"Rp {fmt_num(x)}"
        return f"{fmt_num(x)} %" if sat == "%" else fmt_num(x)

    if arah > 0:
        a, b = n // 2, n * 4 // 5
        return {
            "SANGAT KURANG": f"< {t(a)}",
            "KURANG": f"{t(a)} – < {t(b)}",
            "CUKUP": f"{t(b)} – < {t(n)}",
            "BAIK": target_text(n, sat),
            "SANGAT BAIK": f"> {t(n)}",
        }
    b, c = -(-n * 5 // 4), -(-n * 3 // 2)
    return {
        "SANGAT KURANG": f"> {t(c)}",
        "KURANG": f"> {t(b)} – {t(c)}",
        "CUKUP": f"> {t(n)} – {t(b)}",
        "BAIK": target_text(n, sat),
        "SANGAT BAIK": f"< {t(n)}",
    }


def build_doc(rng: random.Random, form: str, idx: int, names: list[str]) -> dict:
    jenis, model = form.split("-")
    inst_i = idx % len(INSTANSI)
    inst, pemda, kepala = INSTANSI[inst_i]
    unit = inst
    if jenis == "jpt":
        jab, gols = JPT[inst_i]
        peg = orang(rng, names, jab, gols, unit)
        pen = {
            "nama": names.pop(0),
            "nip": "-",
            "pangkat": "-",
            "gol": None,
            "jabatan": kepala,
            "unit": pemda.title().replace("Pemerintah", "Pemerintah"),
        }
        rks = []
        pool = list(RK_JPT)
        for persp, rk, ikis in pool:
            rks.append(
                {
                    "persp": persp,
                    "rk": rk,
                    "atasan": None,
                    "cara": None,
                    "ikis": [
                        {
                            "aspek": None,
                            "iki": i,
                            "n": n,
                            "sat": s,
                            "arah": a,
                            "target": target_text(n, s),
                            "kat": None,
                        }
                        for i, n, s, a in ikis
                    ],
                }
            )
        if model == "dasar":
            for r in rks:
                r["persp"] = None
            rks = rks[: 2 + idx % 3]
        tamb = []
    else:
        cat = JF if jenis == "jf" else JA
        jab, gols = cat[idx % len(cat)]
        peg = orang(rng, names, jab, gols, unit)
        pen = orang(
            rng,
            names,
            "Kepala Bidang Pembinaan dan Pengembangan" if jenis == "jf" else "Kepala Dinas",
            ["IV/a", "IV/b"] if jenis == "jf" else ["IV/b", "IV/c"],
            unit,
        )
        start = idx % len(RK_JA)
        n_rk = 2 + idx % 2
        rks = []
        for k in range(n_rk):
            at, rk, ikis = RK_JA[(start + k) % len(RK_JA)]
            rks.append(
                {
                    "persp": None,
                    "rk": rk,
                    "atasan": at,
                    "cara": {
                        "data": "Rekapitulasi " + ikis[0][1].lower().replace("jumlah ", ""),
                        "sumber": "Aplikasi e-Kinerja dan laporan bulanan",
                        "waktu": "Setiap triwulan",
                    },
                    "ikis": [
                        {
                            "aspek": a,
                            "iki": i,
                            "n": n,
                            "sat": s,
                            "arah": ar,
                            "target": target_text(n, s),
                            "kat": kategori(n, s, ar) if model == "pengembangan" else None,
                        }
                        for a, i, n, s, ar in ikis
                    ],
                }
            )
        tamb = []
        if idx % 2 == 0:
            rk, ikis = TAMBAHAN[idx % len(TAMBAHAN)]
            tamb.append(
                {
                    "persp": None,
                    "rk": rk,
                    "atasan": None,
                    "cara": {"data": "Sertifikat dan laporan", "sumber": "Bagian Umum", "waktu": "Desember"},
                    "ikis": [
                        {
                            "aspek": a,
                            "iki": i,
                            "n": n,
                            "sat": s,
                            "arah": ar,
                            "target": target_text(n, s),
                            "kat": kategori(n, s, ar) if model == "pengembangan" else None,
                        }
                        for a, i, n, s, ar in ikis
                    ],
                }
            )
    return {
        "form": form,
        "jenis": jenis,
        "model": model,
        "instansi": inst,
        "pemda": pemda,
        "peg": peg,
        "pen": pen,
        "periode": "1 JANUARI SD 31 DESEMBER 2026",
        "utama": rks,
        "tambahan": tamb,
        "manual": jenis == "jpt",
        "ak": jenis == "jf",
        "penilaian": False,
        "perilaku": False,
        "matriks": False,
    }


# --------------------------------------------------------------------------- penata letak

ID_LABELS = ["NAMA", "NIP", "PANGKAT/GOL RUANG", "JABATAN", "UNIT KERJA"]
ID_KEYS = ["nama", "nip", "pangkat", "jabatan", "unit"]
TYPO = {
    "JABATAN": "JABTAN",
    "UNIT KERJA": "UNIT KERJ",
    "PANGKAT/GOL RUANG": "PANGKAT/GOL RUANGG",
    "PEJABAT PENILAI KINERJA": "PEJABAT PENILAI KINERIA",
    "INDIKATOR KINERJA INDIVIDU": "INDIKATOR KINERJA INDIVDU",
    "RENCANA KINERJA": "RENCANA KINERJ",
}


def lab(text: str, L: dict) -> str:
    return TYPO[text] if text in L.get("typo", ()) else text


def layout_header(ws: Lembar, d: dict, L: dict, pos: dict, r: int, c0: int, width: int) -> int:
    """Judul, instansi, periode, lalu blok identitas; mengembalikan baris kosong berikutnya."""
    width = max(width, 6)
    title = {
        "jpt": "SASARAN KINERJA PEGAWAI",
        "ja": "SASARAN KINERJA PEGAWAI",
        "jf": "SASARAN KINERJA PEGAWAI",
    }
    if L.get("kop"):
        ws.put(r, c0, d["pemda"], merge_to=(r, c0 + width - 1))
        r += 1
    judul = "RENCANA " + title[d["jenis"]]
    if d["jenis"] == "jpt":
        judul += " PEJABAT PIMPINAN TINGGI"
    if L.get("rich_title"):
        ws.rich[(r, c0)] = [("RENCANA ", True), (judul[len("RENCANA ") :], False)]
    ws.put(r, c0, judul, merge_to=(r, c0 + width - 1))
    r += 1
    ws.put(r, c0, d["instansi"].upper(), merge_to=(r, c0 + width - 1))
    r += 1
    per = L.get("periode", 0)
    if per == 0:
        pos[("periode",)] = ws.put(r, c0, "PERIODE PENILAIAN: " + d["periode"], merge_to=(r, c0 + width - 1))
    elif per == 1:
        ws.put(r, c0, "Periode Penilaian")
        pos[("periode",)] = ws.put(
            r, c0 + 2, ": " + d.get("periode_text", "1 Januari 2026 sampai dengan 31 Desember 2026")
        )
    else:
        pos[("periode",)] = ws.put(
            r,
            c0,
            "periode penilaian : " + d.get("periode_text", "01 Januari 2026 – 31 Desember 2026"),
            merge_to=(r, c0 + width - 1),
        )
    r += 2
    peg, pen = d["peg"], d["pen"]
    pen_labels = list(ID_LABELS)
    if d["jenis"] == "jpt":
        pen_labels[4] = "INSTANSI"
    if L["id"] == "table":
        # tabel identitas bertumpuk dengan baris judul URAIAN | KETERANGAN
        ws.put(r, c0, "NO")
        ws.put(r, c0 + 1, "URAIAN")
        ws.put(r, c0 + 2, "KETERANGAN", merge_to=(r, c0 + 4))
        r += 1
        for roman, who, labels, key in (("I", peg, ID_LABELS, "peg"), ("II", pen, pen_labels, "pen")):
            ws.put(r, c0, roman)
            ws.put(
                r,
                c0 + 1,
                "PEGAWAI YANG DINILAI" if key == "peg" else lab("PEJABAT PENILAI KINERJA", L),
                merge_to=(r, c0 + 4),
            )
            pos[(key, "_block")] = ref(r, c0 + 1)
            r += 1
            for i, (label, k) in enumerate(zip(labels, ID_KEYS, strict=True)):
                ws.put(r, c0, i + 1)
                pos[(key, k, "label")] = ws.put(r, c0 + 1, lab(label, L))
                pos[(key, k)] = ws.put(r, c0 + 2, who[k], merge_to=(r, c0 + 4))
                r += 1
        return r + 1
    # berdampingan (resmi): NO | label | nilai || NO | label | nilai
    half = max(3, width // 2)
    ws.put(r, c0, "NO")
    ws.put(r, c0 + 1, "PEGAWAI YANG DINILAI", merge_to=(r, c0 + half - 1))
    ws.put(r, c0 + half, "NO")
    ws.put(r, c0 + half + 1, lab("PEJABAT PENILAI KINERJA", L), merge_to=(r, c0 + width - 1))
    r += 1
    for i, k in enumerate(ID_KEYS):
        ws.put(r, c0, i + 1)
        pos[("peg", k, "label")] = ws.put(r, c0 + 1, lab(ID_LABELS[i], L))
        pos[("peg", k)] = ws.put(r, c0 + 2, peg[k], merge_to=(r, c0 + half - 1))
        ws.put(r, c0 + half, i + 1)
        pos[("pen", k, "label")] = ws.put(r, c0 + half + 1, lab(pen_labels[i], L))
        pos[("pen", k)] = ws.put(r, c0 + half + 2, pen[k], merge_to=(r, c0 + width - 1))
        r += 1
    return r + 1


def skp_columns(d: dict, L: dict) -> list[tuple[str, str]]:
    """(kunci, label) kolom tabel rencana menurut formulir (SPEC §3.2–§3.4)."""
    if d["jenis"] == "jpt":
        cols = [
            ("no", "NO"),
            ("rk", lab("RENCANA KINERJA", L)),
            ("iki", lab("INDIKATOR KINERJA INDIVIDU", L)),
            ("target", "TARGET"),
        ]
        if d["model"] == "pengembangan":
            cols = [("persp", "PERSPEKTIF")] + cols
    else:
        cols = [
            ("no", "NO"),
            ("atasan", "RENCANA KINERJA ATASAN LANGSUNG/UNIT KERJA/ORGANISASI"),
            ("rk", lab("RENCANA KINERJA", L)),
            ("aspek", "ASPEK"),
            ("iki", lab("INDIKATOR KINERJA INDIVIDU", L)),
            ("target", "TARGET"),
        ]
        if d["model"] == "pengembangan":
            cols += [(k, k) for k in ("SANGAT KURANG", "KURANG", "CUKUP", "BAIK", "SANGAT BAIK")]
            cols += [("data", "DATA"), ("sumber", "SUMBER DATA"), ("waktu", "WAKTU PENGUMPULAN")]
    if L.get("extra"):
        i = [k for k, _ in cols].index("target") + 1
        cols.insert(i, ("extra", L["extra"]))
    return cols


def number_label(L: dict, group: str, i: int, j: int | None):
    sty = L.get("num", "1")
    g = "A" if group == "utama" else "B"
    if sty == "1":
        return i + 1 if j in (None, 0) else None
    if sty == "A.1":
        return f"{g}.{i + 1}" if j in (None, 0) else None
    # 1.a per baris IKI, RK bernomor 1
    return f"{i + 1}.{'abcdefg'[j]}" if j is not None else i + 1


def layout_plan(ws: Lembar, d: dict, L: dict, pos: dict, r: int, c0: int) -> int:
    cols = skp_columns(d, L)
    col = {k: c0 + n for n, (k, _) in enumerate(cols)}
    pos["_cols"] = col
    pengembangan = d["jenis"] != "jpt" and d["model"] == "pengembangan"
    head = r
    if pengembangan:
        for k, label in cols:
            if k in ("SANGAT KURANG", "KURANG", "CUKUP", "BAIK", "SANGAT BAIK", "data", "sumber", "waktu"):
                ws.put(r + 1, col[k], label)
            else:
                ws.put(r, col[k], label, merge_to=(r + 1, col[k]))
        ws.put(r, col["SANGAT KURANG"], "KATEGORI PENILAIAN KINERJA", merge_to=(r, col["SANGAT BAIK"]))
        ws.put(r, col["data"], "CARA MEMANTAU KINERJA", merge_to=(r, col["waktu"]))
        r += 2
    else:
        for k, label in cols:
            ws.put(r, col[k], label)
        r += 1
    pos["_head"] = (head, r - 1)
    if L.get("colnums"):
        for n, (k, _) in enumerate(cols):
            ws.put(r, col[k], f"({n + 1})")
        r += 1
    last = c0 + len(cols) - 1
    if "autofilter" in L.get("tech", ()):
        ws.autofilter = f"{ref(r - 1, c0)}:{ref(r - 1, last)}"
    if "freeze" in L.get("tech", ()):
        ws.freeze = ref(r, c0 + 1)
    if "print_titles" in L.get("tech", ()):
        ws.print_rows = (head, r - 1)
    first_data = r
    for group, gl in (("utama", "A. KINERJA UTAMA"), ("tambahan", "B. KINERJA TAMBAHAN")):
        gtext = gl if not L.get("group_roman") else gl.replace("A.", "I.").replace("B.", "II.")
        ws.put(r, c0, gtext, merge_to=(r, last))
        r += 1
        rks = d[group]
        if not rks:
            ws.put(r, c0 + 1, "-")
            r += 1
        persp_prev = None
        for i, rk in enumerate(rks):
            n = len(rk["ikis"])
            bot = r + n - 1
            merge = L.get("rk_merge", True)
            for j, iki in enumerate(rk["ikis"]):
                rr = r + j
                num = number_label(L, group, i, j if L.get("num") == "1.a" else None)
                if L.get("num") == "1.a":
                    ws.put(rr, col["no"], num)
                elif j == 0 or not merge:
                    ws.put(
                        rr,
                        col["no"],
                        number_label(L, group, i, None),
                        merge_to=(bot, col["no"]) if merge else None,
                    )
                if "formula_no" in L.get("tech", ()) and L.get("num") == "1" and j == 0 and i > 0:
                    prev = pos[(group, i - 1, "no")]
                    ws.cells[(rr, col["no"])] = f"={prev}+1"
                    ws.cached[(rr, col["no"])] = i + 1
                if j == 0:
                    pos[(group, i, "no")] = ref(rr, col["no"])
                for k in ("atasan", "rk", "persp"):
                    if k not in col:
                        continue
                    if k == "persp" and L.get("persp_group"):
                        if j == 0 and rk["persp"] != persp_prev:
                            span = [q for q in rks[i:] if q["persp"] == rk["persp"]]
                            end = r + sum(len(q["ikis"]) for q in span) - 1
                            ws.put(rr, col[k], rk[k], merge_to=(end, col[k]))
                        if j == 0:
                            pos[(group, i, k)] = ref(rr, col[k])
                        continue
                    v = rk[k] if (k != "atasan" or group == "utama") else (rk[k] or "-")
                    if group == "tambahan" and k == "atasan":
                        v = "-"
                    if j == 0:
                        pos[(group, i, k)] = ws.put(rr, col[k], v, merge_to=(bot, col[k]) if merge else None)
                    elif not merge:
                        ws.put(rr, col[k], v)
                if "aspek" in col:
                    pos[(group, i, j, "aspek")] = ws.put(rr, col["aspek"], iki["aspek"])
                pos[(group, i, j, "iki")] = ws.put(rr, col["iki"], iki["iki"])
                tv = iki["target"]
                pos[(group, i, j, "target")] = ws.put(rr, col["target"], tv)
                if "extra" in col:
                    ev = L["extra_value"](group, i, j, n)
                    if ev is not None:
                        ws.put(rr, col["extra"], ev)
                if pengembangan:
                    for k in ("SANGAT KURANG", "KURANG", "CUKUP", "BAIK", "SANGAT BAIK"):
                        pos[(group, i, j, k)] = ws.put(rr, col[k], (iki["kat"] or {}).get(k, ""))
                    for k in ("data", "sumber", "waktu"):
                        if j == 0:
                            pos[(group, i, k)] = ws.put(rr, col[k], rk["cara"][k], merge_to=(bot, col[k]))
            persp_prev = rk["persp"]
            r = bot + 1
    if "dv" in L.get("tech", ()) and "aspek" in col:
        ws.validations.append(
            (
                f"{ref(first_data, col['aspek'])}:{ref(r - 1, col['aspek'])}",
                ["Kuantitas", "Kualitas", "Waktu", "Biaya"],
            )
        )
    if "comments" in L.get("tech", ()):
        ws.comments[(head, col["target"])] = "Target diisi angka dan satuan, contoh: 12 laporan"
        ws.comments[(first_data + 1, col["iki"])] = "Sudah direviu pengelola kinerja"
    return r


def layout_ttd(ws: Lembar, d: dict, L: dict, r: int, c0: int, width: int) -> int:
    peg, pen = d["peg"], d["pen"]
    style = L.get("ttd", "std")
    place = (
        "Sungai Lestari"
        if "Sungai" in d["instansi"]
        else ("Rimba Jaya" if "Rimba" in d["instansi"] else "Tanah Rantau")
    )
    if style == "tight":
        r += 0
    else:
        r += 1
    left, right = c0 + 1, c0 + max(3, width - 2)
    if style == "mengetahui":
        ws.put(r, right, f"{place}, 2 Januari 2026")
        ws.put(r + 1, left, "Mengetahui,")
        ws.put(r + 2, left, "Pejabat Penilai Kinerja,")
        ws.put(r + 2, right, "Pegawai yang Dinilai,")
        ws.put(r + 6, left, pen["nama"].upper())
        ws.put(r + 7, left, "NIP. " + pen["nip"] if pen["nip"] != "-" else "")
        ws.put(r + 6, right, peg["nama"].upper())
        ws.put(r + 7, right, "NIP. " + peg["nip"])
        return r + 8
    ws.put(r, right, f"{place}, 2 Januari 2026")
    ws.put(r + 1, left, "Pegawai yang Dinilai")
    ws.put(r + 1, right, "Pejabat Penilai Kinerja")
    ws.put(r + 5, left, peg["nama"])
    ws.put(r + 6, left, "NIP " + peg["nip"])
    ws.put(r + 5, right, pen["nama"])
    if pen["nip"] != "-":
        ws.put(r + 6, right, "NIP " + pen["nip"])
    return r + 7


def layout_skp(d: dict, L: dict, pos: dict) -> Lembar:
    ws = Lembar(L.get("sheet", "SKP"))
    c0 = L.get("c0", 1)
    width = len(skp_columns(d, L))
    r = 1 + L.get("top_blank", 0)
    r = layout_header(ws, d, L, pos, r, c0, width)
    r = layout_plan(ws, d, L, pos, r, c0)
    layout_ttd(ws, d, L, r, c0, width)
    if L.get("wide"):
        # lembar yang sangat lebar: catatan reviu jauh di kanan
        ws.put(pos["_head"][0], c0 + width + 40, "Catatan reviu pengelola kinerja (tidak dicetak)")
        ws.put(pos["_head"][0] + 1, c0 + width + 40, "Sudah sesuai")
    for k in range(c0, c0 + width):
        ws.widths[k] = 18
    return ws


def layout_manual(d: dict, L: dict, pos: dict) -> Lembar:
    ws = Lembar(L.get("manual_sheet", "Manual IKI"))
    ws.put(1, 1, "MANUAL INDIKATOR KINERJA", merge_to=(1, 4))
    ws.put(2, 1, d["instansi"].upper(), merge_to=(2, 4))
    r = 4
    n = 0
    for i, rk in enumerate(d["utama"]):
        for j, iki in enumerate(rk["ikis"]):
            n += 1
            m = iki.get("manual", {})
            fields = [
                ("RENCANA KINERJA", rk["rk"]),
                (
                    "DESKRIPSI RENCANA KINERJA",
                    m.get("deskripsi", f"Menggambarkan capaian: {rk['rk'].lower()}"),
                ),
                ("INDIKATOR KINERJA INDIVIDU", iki["iki"]),
                ("DEFINISI IKI", m.get("definisi", f"{iki['iki']} pada tahun berjalan")),
                ("FORMULA", m.get("formula", "Realisasi dibagi target dikali 100 %")),
                ("TUJUAN", m.get("tujuan", "Mengukur keberhasilan perangkat daerah")),
                ("SATUAN PENGUKURAN", iki["sat"] if iki["sat"] != "%" else "Persen"),
                ("JENIS ASPEK TARGET", "Kuantitas"),
                ("TINGKAT KENDALI IKI", "Moderate"),
                ("SUMBER DATA", "Laporan kinerja perangkat daerah"),
                ("PERIODE PELAPORAN", "Triwulanan"),
            ]
            ws.put(r, 1, f"IKI {n}")
            r += 1
            for q, (label, v) in enumerate(fields):
                ws.put(r, 1, q + 1)
                pos[("manual", i, j, label, "label")] = ws.put(r, 2, label)
                ws.put(r, 3, ":")
                pos[("manual", i, j, label)] = ws.put(r, 4, v)
                r += 1
            r += 1
    return ws


def layout_ak(d: dict, L: dict, pos: dict) -> Lembar:
    ws = Lembar(L.get("ak_sheet", "Keterkaitan AK"))
    ws.put(1, 1, "FORMAT KETERKAITAN SKP DENGAN ANGKA KREDIT", merge_to=(1, 5))
    ws.put(2, 1, d["instansi"].upper(), merge_to=(2, 5))
    ws.put(4, 1, "NAMA")
    ws.put(4, 2, ": " + d["peg"]["nama"])
    ws.put(5, 1, "JABATAN")
    ws.put(5, 2, ": " + d["peg"]["jabatan"])
    ws.put(6, 1, "TANGGAL PENGAJUAN")
    ws.put(6, 2, ": 5 Januari 2026")
    r = 8
    for c, h in enumerate(["NO", "RENCANA KINERJA", "BUTIR KEGIATAN", "OUTPUT", "ANGKA KREDIT"], 1):
        ws.put(r, c, h)
    r += 1
    ws.put(r, 1, "KINERJA UTAMA", merge_to=(r, 5))
    r += 1
    for i, rk in enumerate(d["utama"]):
        butirs = rk.get("butir") or []
        if not butirs:
            continue
        top = r
        for b, (bk, out, ak) in enumerate(butirs):
            ws.put(r, 3, bk)
            ws.put(r, 4, out)
            pos[("ak", i, b)] = ws.put(r, 5, ak)
            r += 1
        ws.put(top, 1, i + 1, merge_to=(r - 1, 1))
        ws.put(top, 2, rk["rk"], merge_to=(r - 1, 2))
    return ws


def kategori_capaian(cap: int) -> tuple[str, float]:
    """SPEC §6.2 (capaian sudah dibulatkan ke persen bulat)."""
    if cap > 110:
        return "Sangat Baik", 120
    if cap >= 101:
        return "Sangat Baik", round(110 + 10 / 9 * (cap - 101), 2)
    if cap == 100:
        return "Baik", 109
    if cap >= 80:
        return "Cukup", round(70 + 19 / 19 * (cap - 80), 2)
    if cap >= 60:
        return "Kurang", round(50 + 19 / 19 * (cap - 60), 2)
    return "Sangat Kurang", round(cap / 59 * 49, 2)


def layout_penilaian(d: dict, L: dict, pos: dict) -> Lembar:
    ws = Lembar(L.get("pen_sheet", "Penilaian"))
    jpt = d["jenis"] == "jpt"
    ws.put(1, 1, "PENILAIAN SASARAN KINERJA PEGAWAI", merge_to=(1, 8))
    ws.put(2, 1, d["instansi"].upper(), merge_to=(2, 8))
    ws.put(3, 1, "PERIODE PENILAIAN: " + d["periode"], merge_to=(3, 8))
    ws.put(5, 1, "NAMA")
    ws.put(5, 3, ": " + d["peg"]["nama"])
    ws.put(6, 1, "NIP")
    ws.put(6, 3, ": " + d["peg"]["nip"])
    if jpt:
        heads = [
            "NO",
            "RENCANA KINERJA",
            "INDIKATOR KINERJA INDIVIDU",
            "TARGET",
            "REALISASI",
            "CAPAIAN IKI",
            "KATEGORI CAPAIAN IKI",
            "NILAI CAPAIAN IKI",
        ]
    else:
        heads = [
            "NO",
            "RENCANA KINERJA ATASAN LANGSUNG/UNIT KERJA/ORGANISASI",
            "RENCANA KINERJA",
            "ASPEK",
            "INDIKATOR KINERJA INDIVIDU",
            "TARGET",
            "REALISASI",
            "CAPAIAN IKI",
            "KATEGORI CAPAIAN IKI",
            "NILAI CAPAIAN IKI",
        ]
    col = {h: n + 1 for n, h in enumerate(heads)}
    r = 8
    for h, c in col.items():
        ws.put(r, c, h)
    r += 1
    for group, gl in (("utama", "A. KINERJA UTAMA"), ("tambahan", "B. KINERJA TAMBAHAN")):
        ws.put(r, 1, gl, merge_to=(r, len(heads)))
        r += 1
        for i, rk in enumerate(d[group]):
            n = len(rk["ikis"])
            ws.put(r, 1, i + 1, merge_to=(r + n - 1, 1))
            if not jpt:
                ws.put(r, col[heads[1]], rk["atasan"] if group == "utama" else "-", merge_to=(r + n - 1, 2))
            ws.put(r, col["RENCANA KINERJA"], rk["rk"], merge_to=(r + n - 1, col["RENCANA KINERJA"]))
            for j, iki in enumerate(rk["ikis"]):
                if not jpt:
                    ws.put(r, col["ASPEK"], iki["aspek"])
                ws.put(r, col["INDIKATOR KINERJA INDIVIDU"], iki["iki"])
                pos[("pen", group, i, j, "target")] = ws.put(
                    r, col["TARGET"], iki.get("pen_target", iki["target"])
                )
                real = (
                    iki["n"]
                    if iki["arah"] < 0 or iki["n"] < 10 or isinstance(iki["n"], float)
                    else iki["n"] - (iki["n"] // 12)
                )
                cap = (
                    int(real / iki["n"] * 100 + 0.5)
                    if iki["arah"] > 0
                    else int((2 - real / iki["n"]) * 100 + 0.5)
                )
                kat, nilai = kategori_capaian(cap)
                rv = real if iki["sat"] in ("%", "Rp") or isinstance(real, float) else real
                if iki.get("no_real"):
                    rv = None
                pos[("pen", group, i, j, "real")] = ws.put(r, col["REALISASI"], rv)
                cc = col["CAPAIAN IKI"]
                shown = iki.get("pen_cap", cap)
                if L.get("pen_formula") and rv is not None and "pen_cap" not in iki:
                    ws.cells[(r, cc)] = (
                        f"=ROUND({ref(r, col['REALISASI'])}/{iki['n']}*100,0)"
                        if iki["arah"] > 0
                        else f"=ROUND((2-{ref(r, col['REALISASI'])}/{iki['n']})*100,0)"
                    )
                    ws.cached[(r, cc)] = cap
                    pos[("pen", group, i, j, "cap")] = ref(r, cc)
                elif rv is not None:
                    pos[("pen", group, i, j, "cap")] = ws.put(
                        r, cc, f"{shown} %" if L.get("pen_text") else shown
                    )
                if rv is not None:
                    pos[("pen", group, i, j, "kat")] = ws.put(r, col["KATEGORI CAPAIAN IKI"], kat)
                    pos[("pen", group, i, j, "nilai")] = ws.put(r, col["NILAI CAPAIAN IKI"], nilai)
                r += 1
    return ws


def layout_perilaku(d: dict) -> Lembar:
    ws = Lembar("Perilaku")
    ws.put(1, 1, "PENILAIAN PERILAKU KERJA", merge_to=(1, 4))
    ws.put(2, 1, "NAMA : " + d["peg"]["nama"], merge_to=(2, 4))
    ws.put(4, 1, "NO")
    ws.put(4, 2, "ASPEK PERILAKU")
    ws.put(4, 3, "NILAI")
    vals = [92, 90, 88, 91, 89]
    for i, (a, v) in enumerate(
        zip(
            ["Orientasi Pelayanan", "Komitmen", "Inisiatif Kerja", "Kerja Sama", "Kepemimpinan"],
            vals,
            strict=True,
        )
    ):
        ws.put(5 + i, 1, i + 1)
        ws.put(5 + i, 2, a)
        ws.put(5 + i, 3, v)
    ws.put(10, 2, "NILAI PERILAKU KERJA")
    ws.put(10, 3, 90)
    return ws


def layout_matriks(d: dict) -> Lembar:
    ws = Lembar("Matriks")
    ws.put(1, 1, "MATRIKS PEMBAGIAN PERAN DAN HASIL", merge_to=(1, 5))
    ws.put(3, 1, "RENCANA KINERJA ATASAN")
    for k, rk in enumerate(d["utama"]):
        ws.put(3, 2 + k, rk["atasan"])
        ws.put(4, 2 + k, "Direct Cascading" if k % 2 == 0 else "Non-Direct Cascading")
    ws.put(4, 1, "JENIS PENYELARASAN")
    ws.put(5, 1, f"{d['peg']['nama']} / {d['peg']['jabatan']}")
    for k, rk in enumerate(d["utama"]):
        ws.put(5, 2 + k, rk["rk"])
    return ws


def layout(d: dict, L: dict) -> tuple[list[Lembar], dict]:
    pos: dict = {}
    sheets = []
    if L.get("petunjuk"):
        p = Lembar("Petunjuk")
        p.put(1, 1, "Petunjuk pengisian: isi sel berwarna kuning. Target ditulis angka dan satuan.")
        sheets.append(p)
    skp = layout_skp(d, L, pos)
    sheets.append(skp)
    if d["matriks"]:
        sheets.insert(0 if L.get("matriks_first") else len(sheets), layout_matriks(d))
    if d["manual"]:
        sheets.append(layout_manual(d, L, pos))
    if d["ak"]:
        ak = layout_ak(d, L, pos)
        if L.get("ak_first"):
            sheets.insert(0, ak)
        else:
            sheets.append(ak)
    if d["penilaian"]:
        sheets.append(layout_penilaian(d, L, pos))
    if d["perilaku"]:
        sheets.append(layout_perilaku(d))
    pos["_skp"] = skp.title
    return sheets, pos


# --------------------------------------------------------------------------- penulis


def write_openpyxl(sheets: list[Lembar], path: Path) -> None:
    import openpyxl
    from openpyxl.cell.rich_text import CellRichText, TextBlock
    from openpyxl.cell.text import InlineFont
    from openpyxl.comments import Comment
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for s in sheets:
        ws = wb.create_sheet(s.title)
        for (r, c), v in sorted(s.cells.items()):
            cell = ws.cell(row=r, column=c)
            if (r, c) in s.rich:
                cell.value = CellRichText(*[TextBlock(InlineFont(b=b), t) for t, b in s.rich[(r, c)]])
            else:
                cell.value = v
            if (r, c) in s.fmt:
                cell.number_format = s.fmt[(r, c)]
        for (r, c), text in s.comments.items():
            ws.cell(row=r, column=c).comment = Comment(text, "Pengelola Kinerja")
        for r1, c1, r2, c2 in s.merges:
            ws.merge_cells(start_row=r1, start_column=c1, end_row=r2, end_column=c2)
        for sq, items in s.validations:
            dv = DataValidation(type="list", formula1='"' + ",".join(items) + '"', allow_blank=True)
            dv.add(sq)
            ws.add_data_validation(dv)
        if s.freeze:
            ws.freeze_panes = s.freeze
        if s.print_rows:
            ws.print_title_rows = f"{s.print_rows[0]}:{s.print_rows[1]}"
        if s.autofilter:
            ws.auto_filter.ref = s.autofilter
        for c, w in s.widths.items():
            ws.column_dimensions[get_column_letter(c)].width = w
    wb.save(path)


def write_xlsxwriter(sheets: list[Lembar], path: Path) -> None:
    import xlsxwriter

    wb = xlsxwriter.Workbook(str(path))
    bold = wb.add_format({"bold": True})
    wrap = wb.add_format({"text_wrap": True, "valign": "top"})
    fmts: dict[str, object] = {}
    for s in sheets:
        ws = wb.add_worksheet(s.title)
        merged_tl = {(r1, c1): (r2, c2) for r1, c1, r2, c2 in s.merges}
        for (r, c), v in sorted(s.cells.items()):
            fmt = wrap
            if (r, c) in s.fmt:
                fmt = fmts.setdefault(
                    s.fmt[(r, c)], wb.add_format({"num_format": s.fmt[(r, c)], "valign": "top"})
                )
            if (r, c) in merged_tl:
                r2, c2 = merged_tl[(r, c)]
                if isinstance(v, str) and v.startswith("="):
                    ws.merge_range(r - 1, c - 1, r2 - 1, c2 - 1, "", fmt)
                    ws.write_formula(r - 1, c - 1, v, fmt, s.cached.get((r, c), 0))
                else:
                    ws.merge_range(r - 1, c - 1, r2 - 1, c2 - 1, v, fmt)
                continue
            if (r, c) in s.rich:
                parts = []
                for t, b in s.rich[(r, c)]:
                    parts += [bold, t] if b else [t]
                ws.write_rich_string(r - 1, c - 1, *parts)
            elif isinstance(v, str) and v.startswith("="):
                ws.write_formula(r - 1, c - 1, v, fmt, s.cached.get((r, c), 0))
            elif isinstance(v, str):
                ws.write_string(r - 1, c - 1, v, fmt)
            else:
                ws.write_number(r - 1, c - 1, v, fmt)
        for r1, c1, r2, c2 in s.merges:
            if (r1, c1) not in s.cells:
                ws.merge_range(r1 - 1, c1 - 1, r2 - 1, c2 - 1, "", wrap)
        for (r, c), text in s.comments.items():
            ws.write_comment(r - 1, c - 1, text, {"author": "Pengelola Kinerja"})
        for sq, items in s.validations:
            ws.data_validation(sq, {"validate": "list", "source": items})
        if s.freeze:
            from xlsxwriter.utility import xl_cell_to_rowcol

            ws.freeze_panes(*xl_cell_to_rowcol(s.freeze))
        if s.print_rows:
            ws.repeat_rows(s.print_rows[0] - 1, s.print_rows[1] - 1)
        if s.autofilter:
            ws.autofilter(s.autofilter)
        for c, w in s.widths.items():
            ws.set_column(c - 1, c - 1, w)
    wb.close()


def write_libreoffice(sheets: list[Lembar], path: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "src" / path.name
        src.parent.mkdir()
        write_openpyxl(sheets, src)
        out = Path(tmp) / "out"
        out.mkdir()
        subprocess.run(
            [
                "soffice",
                f"-env:UserInstallation=file://{tmp}/profil",
                "--headless",
                "--convert-to",
                "xlsx",
                "--outdir",
                str(out),
                str(src),
            ],
            check=True,
            capture_output=True,
            timeout=180,
        )
        shutil.copy(out / path.name, path)


WRITERS = {"openpyxl": write_openpyxl, "xlsxwriter": write_xlsxwriter, "libreoffice": write_libreoffice}


# --------------------------------------------------------------------------- cacat tersisip
#
# Setiap cacat mengubah dokumen sebelum ditata letak dan mengembalikan harapannya dengan *kunci* sel; kunci
# itu diganti sel sebenarnya sesudah penata letak mencatat posisi setiap nilai.


def _first_iki(d, pred, group="utama"):
    for i, rk in enumerate(d[group]):
        for j, iki in enumerate(rk["ikis"]):
            if pred(iki):
                return i, j, iki
    raise LookupError("tidak ada IKI yang cocok")


def cacat(d: dict, kind: str) -> dict:
    U = "utama"
    if kind == "nip17":
        d["peg"]["nip"] = d["peg"]["nip"][:-1]
        return {"code": "nip-tidak-valid", "at": ("peg", "nip")}
    if kind == "pangkat":
        d["peg"]["pangkat"] = "Penata Madya, III/e"
        return {"code": "pangkat-tidak-dikenal", "at": ("peg", "pangkat")}
    if kind == "jenjang":
        d["peg"]["pangkat"] = "Pengatur Muda, II/a"
        return {
            "code": "jenjang-golongan-tidak-sesuai",
            "at": ("peg", "pangkat"),
            "alt": [("peg", "jabatan")],
        }
    if kind == "periode":
        d["periode"] = "1 JULI 2026 SD 30 JUNI 2027"
        d["periode_text"] = "1 Juli 2026 sampai dengan 30 Juni 2027"
        return {"code": "periode-tidak-valid", "at": ("periode",)}
    if kind == "sama":
        d["pen"]["nip"] = d["peg"]["nip"]
        return {"code": "penilai-sama-dengan-pegawai", "at": ("pen", "nip"), "alt": [("peg", "nip")]}
    if kind == "idkosong":
        d["pen"]["jabatan"] = ""
        return {"code": "identitas-kosong", "at": ("pen", "jabatan"), "alt": [("pen", "jabatan", "label")]}
    if kind == "rkatasan":
        d[U][0]["atasan"] = ""
        return {"code": "rk-atasan-kosong", "at": (U, 0, "atasan"), "alt": [(U, 0, "rk")]}
    if kind == "aktivitas":
        rk = d[U][-1]
        rk["rk"] = "Menyusun laporan " + rk["rk"][0].lower() + rk["rk"][1:]
        return {"code": "rk-berbasis-aktivitas", "at": (U, len(d[U]) - 1, "rk")}
    if kind in ("target_kosong", "target_teks", "tanpasatuan"):
        if kind == "tanpasatuan":
            i, j, iki = _first_iki(d, lambda k: k["iki"].startswith("Jumlah"))
            iki["target"] = fmt_num(iki["n"])
            code = "target-tanpa-satuan"
        else:
            i, j, iki = _first_iki(d, lambda k: k["sat"] not in ("%", ""))
            iki["target"] = "" if kind == "target_kosong" else "Meningkat"
            code = "iki-tanpa-target" if kind == "target_kosong" else "target-tidak-terukur"
        return {"code": code, "at": (U, i, j, "target")}
    if kind == "rentang":
        i, j, iki = _first_iki(d, lambda k: k["sat"] == "%")
        iki["target"] = f"{iki['n']} – {iki['n'] - 15} %"
        return {"code": "target-rentang-terbalik", "at": (U, i, j, "target")}
    if kind == "aspek":
        i, j, iki = _first_iki(d, lambda k: k["aspek"] == "Kualitas")
        iki["aspek"] = "Manfaat"
        return {"code": "aspek-tidak-valid", "at": (U, i, j, "aspek"), "alt": [(U, i, j, "iki")]}
    if kind == "absolut":
        i, j, iki = _first_iki(d, lambda k: k["aspek"] == "Kualitas")
        iki["iki"] = "Semua dokumen yang diterima tercatat pada hari yang sama"
        return {"code": "target-absolut", "at": (U, i, j, "iki"), "alt": [(U, i, j, "target")]}
    if kind == "sb_sama":
        i, j, iki = _first_iki(d, lambda k: k["arah"] > 0 and k["sat"] not in ("%",))
        iki["kat"]["SANGAT BAIK"] = fmt_num(iki["n"])
        return {
            "code": "kategori-tidak-membedakan",
            "at": (U, i, j, "SANGAT BAIK"),
            "alt": [(U, i, j, "target")],
        }
    if kind == "cukup_target":
        i, j, iki = _first_iki(d, lambda k: k["arah"] > 0 and k["sat"] not in ("%",))
        iki["kat"]["CUKUP"] = f"> {fmt_num(iki['n'] * 4 // 5)}"
        return {"code": "kategori-tidak-membedakan", "at": (U, i, j, "CUKUP"), "alt": [(U, i, j, "target")]}
    if kind == "kat_urut":
        i, j, iki = _first_iki(d, lambda k: k["arah"] > 0 and k["sat"] not in ("%",))
        k = iki["kat"]
        k["SANGAT KURANG"], k["SANGAT BAIK"] = k["SANGAT BAIK"], k["SANGAT KURANG"]
        cells = [(U, i, j, x) for x in ("SANGAT BAIK", "KURANG", "CUKUP", "BAIK", "target")]
        return {
            "code": "kategori-tidak-berurutan",
            "any_of": ["kategori-tidak-berurutan", "kategori-tidak-membedakan"],
            "at": (U, i, j, "SANGAT KURANG"),
            "alt": cells,
        }
    if kind == "kat_kosong":
        i, j, iki = _first_iki(d, lambda k: k["aspek"] == "Kuantitas")
        iki["kat"] = {}
        cells = [(U, i, j, x) for x in ("KURANG", "CUKUP", "BAIK", "SANGAT BAIK", "iki", "target")]
        return {"code": "kategori-penilaian-kosong", "at": (U, i, j, "SANGAT KURANG"), "alt": cells}
    if kind == "cara_kosong":
        rk = d[U][1]
        rk["cara"] = {"data": "", "sumber": "", "waktu": ""}
        return {
            "code": "cara-memantau-kosong",
            "at": (U, 1, "data"),
            "alt": [(U, 1, "sumber"), (U, 1, "waktu"), (U, 1, "rk")],
        }
    if kind == "persp":
        d[U][0]["persp"] = "Kepemimpinan Daerah"
        return {"code": "perspektif-tidak-valid", "at": (U, 0, "persp"), "alt": [(U, 0, "rk")]}
    if kind == "manual_formula":
        d[U][0]["ikis"][0].setdefault("manual", {})["formula"] = ""
        return {
            "code": "manual-iki-kosong",
            "at": ("manual", 0, 0, "FORMULA"),
            "alt": [("manual", 0, 0, "FORMULA", "label"), (U, 0, 0, "iki")],
        }
    if kind == "manual_hilang":
        d[U][1]["ikis"][0]["manual_drop"] = True
        return {"code": "manual-iki-kosong", "at": (U, 1, 0, "iki"), "alt": [(U, 1, "rk")]}
    if kind == "ak_hilang":
        d["ak"] = False
        return {"code": "keterkaitan-ak-hilang", "at": None}
    if kind == "butir":
        d[U][1]["butir"] = []
        return {"code": "rk-tanpa-butir-kegiatan", "at": (U, 1, "rk")}
    if kind == "ak_nilai":
        b = d[U][0]["butir"]
        b[0] = (b[0][0], b[0][1], "-")
        return {"code": "angka-kredit-tidak-valid", "at": ("ak", 0, 0)}
    if kind == "realisasi":
        d["penilaian"] = True
        d[U][0]["ikis"][1]["no_real"] = True
        return {"code": "realisasi-kosong", "at": ("pen", U, 0, 1, "real")}
    if kind == "capaian":
        d["penilaian"] = True
        iki = d[U][0]["ikis"][0]
        iki["pen_cap"] = 104
        return {
            "code": "capaian-tidak-sesuai",
            "at": ("pen", U, 0, 0, "cap"),
            "alt": [("pen", U, 0, 0, "kat"), ("pen", U, 0, 0, "nilai")],
        }
    if kind == "target_pen":
        d["penilaian"] = True
        iki = d[U][1]["ikis"][0]
        iki["pen_target"] = target_text(iki["n"] - 2 if iki["n"] > 4 else iki["n"] + 1, iki["sat"])
        return {"code": "target-penilaian-berbeda", "at": ("pen", U, 1, 0, "target")}
    raise ValueError(kind)


# --------------------------------------------------------------------------- rencana set

FORMS = ["ja-dasar", "ja-pengembangan", "jf-dasar", "jf-pengembangan", "jpt-dasar", "jpt-pengembangan"]
DEFECTS = {
    "ja-dasar": [["nip17", "aspek"], ["rkatasan", "rentang"], ["target_teks", "aktivitas"]],
    "ja-pengembangan": [["sb_sama"], ["cara_kosong", "pangkat"], ["kat_kosong", "realisasi"]],
    "jf-dasar": [["ak_hilang", "absolut"], ["butir", "tanpasatuan"], ["ak_nilai", "jenjang"]],
    "jf-pengembangan": [["cukup_target", "idkosong"], ["kat_urut"], ["capaian", "target_pen"]],
    "jpt-dasar": [["manual_formula"], ["sama"], ["target_kosong", "periode"]],
    "jpt-pengembangan": [["persp"], ["target_teks"], ["manual_hilang", "tanpasatuan"]],
}
SLUG = {
    "nip17": "nip-17-digit",
    "aspek": "aspek-manfaat",
    "rkatasan": "rk-atasan-kosong",
    "rentang": "rentang-terbalik",
    "target_teks": "target-meningkat",
    "aktivitas": "rk-menyusun",
    "sb_sama": "sangat-baik-sama-target",
    "cara_kosong": "cara-memantau-kosong",
    "pangkat": "pangkat-asing",
    "kat_kosong": "kategori-kosong",
    "realisasi": "realisasi-kosong",
    "ak_hilang": "tanpa-lampiran-ak",
    "absolut": "iki-semua",
    "butir": "rk-tanpa-butir",
    "tanpasatuan": "target-tanpa-satuan",
    "ak_nilai": "angka-kredit-strip",
    "jenjang": "golongan-di-bawah-jenjang",
    "cukup_target": "target-dalam-cukup",
    "idkosong": "jabatan-penilai-kosong",
    "kat_urut": "kategori-terbalik",
    "capaian": "capaian-salah",
    "target_pen": "target-penilaian-beda",
    "manual_formula": "manual-tanpa-formula",
    "sama": "penilai-sama",
    "target_kosong": "target-kosong",
    "periode": "periode-lintas-tahun",
    "persp": "perspektif-asing",
    "manual_hilang": "manual-iki-hilang",
}

SHEETS_SKP = ["SKP", "Form SKP 2026", "Sheet1", "RENCANA", "SKP (Rencana)", "Lamp. I"]
SHEETS_MANUAL = ["Manual IKI", "Lampiran", "Sheet2", "MANUAL", "Lamp. II"]
SHEETS_AK = ["Keterkaitan AK", "Lamp. AK", "Form C", "Sheet3", "AK 2026"]
TECH = ["freeze", "print_titles", "dv", "comments", "autofilter", "formula_no"]


def choose_layout(rng: random.Random, form: str, k: int) -> dict:
    """Variasi yang belum ada di set sebelumnya, dipilih deterministik per berkas."""
    L = {
        "id": "table" if k % 3 == 1 else "side",
        "typo": sorted(rng.sample(sorted(TYPO), 2)) if k in (2, 6) else [],
        "c0": [1, 2, 4][k % 3] if k != 4 else 6,
        "num": ["1", "A.1", "1.a"][(k + FORMS.index(form)) % 3],
        "rk_merge": k % 2 == 0,
        "extra": [None, "BOBOT (%)", "PENANGGUNG JAWAB", None][(k + FORMS.index(form)) % 4],
        "ttd": ["std", "mengetahui", "tight"][(k + 2 * FORMS.index(form)) % 3],
        "tech": sorted(rng.sample(TECH, rng.randint(1, 3))),
        "periode": (k + FORMS.index(form)) % 3,
        "sheet": SHEETS_SKP[(k + FORMS.index(form)) % len(SHEETS_SKP)],
        "manual_sheet": SHEETS_MANUAL[k % len(SHEETS_MANUAL)],
        "ak_sheet": SHEETS_AK[k % len(SHEETS_AK)],
        "ak_first": k % 4 == 3,
        "kop": k % 2 == 1,
        "rich_title": k % 3 == 2,
        "group_roman": k == 3,
        "colnums": k == 5,
        "petunjuk": k == 1,
        "wide": k in (4, 7),
        "persp_group": k % 2 == 1,
        "pen_formula": k % 2 == 0,
        "pen_text": k % 2 == 1,
    }
    if L["num"] != "1" and "formula_no" in L["tech"]:
        L["tech"].remove("formula_no")
    if not L["tech"]:
        L["tech"] = ["freeze"]
    return L


def extra_value_fn(L: dict, d: dict):
    total = sum(len(rk["ikis"]) for rk in d["utama"])

    def value(group, i, j, n):
        if L["extra"] == "BOBOT (%)":
            return round(100 / total) if group == "utama" else None
        return "Seksi Program" if j == 0 else None

    return value


def resolve(key, pos):
    return None if key is None else pos[key]


def build_all(out: Path, harapan: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("*.xls*"):
        old.unlink()
    names = list(NAMA) * 4
    files = []
    writers_cycle = [
        "openpyxl",
        "xlsxwriter",
        "openpyxl",
        "libreoffice",
        "xlsxwriter",
        "openpyxl",
        "xlsxwriter",
    ]
    for fi, form in enumerate(FORMS):
        for k in range(1, 8):
            frng = random.Random(SEED * 100 + fi * 10 + k)
            d = build_doc(frng, form, fi * 7 + k, names)
            if d["jenis"] == "jf":
                for i, rk in enumerate(d["utama"]):
                    rk["butir"] = [BUTIR[(i + k) % len(BUTIR)]] + (
                        [BUTIR[(i + k + 2) % len(BUTIR)]] if i == 0 else []
                    )
            if d["jenis"] != "jpt" and k in (2, 6):
                d["matriks"] = True
            if k in (3, 4):
                d["penilaian"] = True
            if k == 3 and d["jenis"] == "ja":
                d["perilaku"] = True
            if d["jenis"] == "jpt" and k == 6:
                d["pen"].update(
                    {
                        "jabatan": "Sekretaris Daerah",
                        "nip": make_nip(frng, "IV/d"),
                        "pangkat": "Pembina Utama Madya, IV/d",
                    }
                )
            kinds = DEFECTS[form][k - 5] if k >= 5 else []
            exp = [cacat(d, kind) for kind in kinds]
            L = choose_layout(frng, form, k)
            if L["extra"]:
                L["extra_value"] = extra_value_fn(L, d)
            # Manual IKI yang dibuang: blok IKI itu tidak ditulis
            sheets, pos = layout(d, L)
            if any(iki.get("manual_drop") for rk in d["utama"] for iki in rk["ikis"]):
                sheets = [s for s in sheets if s.title != L["manual_sheet"]]
                dd = json.loads(json.dumps(d))
                for rk in dd["utama"]:
                    rk["ikis"] = [iki for iki in rk["ikis"] if not iki.get("manual_drop")]
                man = layout_manual(dd, L, {})
                idx = [s.title for s in sheets].index(pos["_skp"]) + 1
                sheets.insert(idx, man)
            writer = writers_cycle[(fi + k) % len(writers_cycle)]
            slug = "-".join(SLUG[x] for x in kinds) if kinds else "bersih"
            name = f"{form}-{k:02d}-{slug}.xlsx"
            WRITERS[writer](sheets, out / name)
            defects = []
            for e in exp:
                sheet_of = _sheet_of(e["at"], pos, L)
                item = {"code": e["code"], "sheet": sheet_of, "cell": resolve(e["at"], pos)}
                alts = [{"sheet": _sheet_of(a, pos, L), "cell": resolve(a, pos)} for a in e.get("alt", [])]
                if alts:
                    item["alt_cells"] = alts
                if e.get("any_of"):
                    item["any_of"] = e["any_of"]
                defects.append(item)
            lay = {k2: v for k2, v in L.items() if k2 != "extra_value"}
            files.append(
                {
                    "file": name,
                    "form": form,
                    "clean": not defects,
                    "defects": defects,
                    "jabatan": d["peg"]["jabatan"],
                    "writer": writer,
                    "instansi": d["instansi"],
                    "layout": lay,
                }
            )
    files += build_special(out)
    harapan.write_text(
        json.dumps({"set": "nyata_f", "seed": SEED, "files": files}, indent=1, ensure_ascii=False) + "\n",
        encoding="utf-8",
    )


def _sheet_of(key, pos, L):
    if key is None:
        return None
    if key[0] == "manual":
        return L["manual_sheet"]
    if key[0] == "ak":
        return L["ak_sheet"]
    if key[0] == "pen" and key[1] in ("utama", "tambahan"):
        return L.get("pen_sheet", "Penilaian")
    return pos["_skp"]


# --------------------------------------------------------------------------- berkas khusus


def build_special(out: Path) -> list[dict]:
    specs = []
    # SKP PP 46/2011 (rezim lama) dengan kop dan tabel mulai kolom B
    ws = Lembar("SKP 2026")
    ws.put(1, 2, "FORMULIR SASARAN KERJA PEGAWAI NEGERI SIPIL", merge_to=(1, 9))
    for i, (a, b) in enumerate(
        [
            ("NAMA", "Wahyuni Saragih"),
            ("NIP", "19870412 201101 2 003"),
            ("PANGKAT/GOL RUANG", "Penata, III/c"),
            ("JABATAN", "Kepala Seksi Jalan"),
            ("UNIT KERJA", "Dinas Perhubungan Kabupaten Sungai Lestari"),
        ]
    ):
        ws.put(3 + i, 2, i + 1)
        ws.put(3 + i, 3, a)
        ws.put(3 + i, 4, b)
    for c, h in enumerate(
        ["NO", "KEGIATAN TUGAS JABATAN", "AK", "KUANT/OUTPUT", "KUAL/MUTU", "WAKTU", "BIAYA"], 2
    ):
        ws.put(10, c, h)
    for i, (kg, q) in enumerate(
        [
            ("Menyusun laporan pengujian kendaraan", "12 laporan"),
            ("Melaksanakan inspeksi terminal", "24 kali"),
        ]
    ):
        for c, v in enumerate([i + 1, kg, "-", q, 100, "12 bulan", "-"], 2):
            ws.put(11 + i, c, v)
    write_xlsxwriter([ws], out / "lain-pp46-2011.xlsx")
    specs.append(
        {
            "file": "lain-pp46-2011.xlsx",
            "form": None,
            "clean": False,
            "defects": [{"code": "format-lain", "sheet": None, "cell": None}],
            "jabatan": None,
            "writer": "xlsxwriter",
            "instansi": None,
            "layout": {},
        }
    )
    # templat belum diisi: tabel identitas URAIAN | KETERANGAN dengan [isi]
    ws = Lembar("SKP")
    ws.put(1, 1, "RENCANA SASARAN KINERJA PEGAWAI", merge_to=(1, 6))
    ws.put(2, 1, "PERIODE PENILAIAN: ........ SD ........", merge_to=(2, 6))
    ws.put(4, 1, "NO")
    ws.put(4, 2, "URAIAN")
    ws.put(4, 3, "KETERANGAN")
    r = 5
    for who in ("PEGAWAI YANG DINILAI", "PEJABAT PENILAI KINERJA"):
        ws.put(r, 2, who)
        r += 1
        for i, lbl in enumerate(ID_LABELS):
            ws.put(r, 1, i + 1)
            ws.put(r, 2, lbl)
            ws.put(r, 3, "[isi]")
            r += 1
    r += 1
    for c, h in enumerate(
        [
            "NO",
            "RENCANA KINERJA ATASAN LANGSUNG/UNIT KERJA/ORGANISASI",
            "RENCANA KINERJA",
            "ASPEK",
            "INDIKATOR KINERJA INDIVIDU",
            "TARGET",
        ],
        1,
    ):
        ws.put(r, c, h)
    ws.put(r + 1, 1, "A. KINERJA UTAMA")
    ws.put(r + 2, 1, 1)
    for c in range(2, 7):
        ws.put(r + 2, c, "[isi]")
    ws.put(r + 3, 1, "B. KINERJA TAMBAHAN")
    write_openpyxl([ws], out / "templat-uraian-belum-diisi.xlsx")
    specs.append(
        {
            "file": "templat-uraian-belum-diisi.xlsx",
            "form": None,
            "clean": False,
            "defects": [{"code": "templat-belum-diisi", "sheet": None, "cell": None}],
            "jabatan": None,
            "writer": "openpyxl",
            "instansi": None,
            "layout": {},
        }
    )
    # bukan SKP: daftar rencana anggaran kas (RAK) yang memakai kata TARGET dan NIP
    ws = Lembar("RAK 2026")
    ws.put(1, 1, "RENCANA ANGGARAN KAS BELANJA 2026", merge_to=(1, 6))
    ws.put(
        2, 1, "Pejabat Pelaksana Teknis Kegiatan: Samsul Bahri, NIP 19790101 200501 1 002", merge_to=(2, 6)
    )
    for c, h in enumerate(
        ["KODE REKENING", "URAIAN", "TRIWULAN I", "TRIWULAN II", "TRIWULAN III", "TRIWULAN IV"], 1
    ):
        ws.put(4, c, h)
    for i, (kode, ur) in enumerate(
        [
            ("5.1.02.01", "Belanja Alat Tulis Kantor"),
            ("5.1.02.02", "Belanja Jasa Kantor"),
            ("5.2.02.05", "Belanja Modal Peralatan Komputer"),
        ]
    ):
        ws.put(5 + i, 1, kode)
        ws.put(5 + i, 2, ur)
        for q in range(4):
            ws.put(5 + i, 3 + q, 12500000 * (i + 1) + q * 1000000)
    write_openpyxl([ws], out / "rencana-anggaran-kas-bukan-skp.xlsx")
    specs.append(
        {
            "file": "rencana-anggaran-kas-bukan-skp.xlsx",
            "form": None,
            "clean": False,
            "defects": [{"code": "bukan-skp", "sheet": None, "cell": None}],
            "jabatan": None,
            "writer": "openpyxl",
            "instansi": None,
            "layout": {},
        }
    )
    # buku kerja kosong yang disimpan ulang LibreOffice
    ws = Lembar("Sheet1")
    write_libreoffice([ws], out / "buku-kerja-kosong-libreoffice.xlsx")
    specs.append(
        {
            "file": "buku-kerja-kosong-libreoffice.xlsx",
            "form": None,
            "clean": False,
            "defects": [
                {
                    "code": "bukan-skp",
                    "sheet": None,
                    "cell": None,
                    "any_of": ["bukan-skp", "templat-belum-diisi"],
                }
            ],
            "jabatan": None,
            "writer": "libreoffice",
            "instansi": None,
            "layout": {},
        }
    )
    return specs


def main(argv=None):
    ap = argparse.ArgumentParser(description="Membangun set evaluasi tertahan nyata_f.")
    ap.add_argument("--keluaran", type=Path, default=HERE / "kiriman")
    ap.add_argument("--harapan", type=Path, default=HERE / "harapan.json")
    args = ap.parse_args(argv)
    build_all(args.keluaran, args.harapan)


if __name__ == "__main__":
    main()
