"""Set merah_ah: probe tim merah (kotak putih) untuk struktur tabel Rencana SKP.

Setiap berkas adalah satu SKP JA Model Pengembangan yang sah; setiap probe mengubah satu hal pada tata letak
tabel (bukan isi sel) yang wajar dilakukan pegawai yang teliti: RK digabung, diulang atau ditulis sekali;
NO bernomor per IKI; baris kosong di antara IKI; label bagian di kolom lain; judul dua baris dengan urutan
kelompok berbeda; baris nomor kolom; kolom kosong sisipan; tabel mulai di kolom B/C; baris catatan atau
jumlah di bawah tabel; tanda tangan tepat di bawah atau di samping tabel; freeze pane, judul cetak; kop
identitas bertumpuk. Berkas bersih tidak boleh mendapat error maupun peringatan. Kembaran bercacat memastikan
perbaikan tidak mematikan recall.

Pemakaian: ``python benchmarks/merah_ah/buat.py [--keluaran DIR] [--harapan FILE]`` (deterministik).
"""

from __future__ import annotations

import argparse
import copy
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import openpyxl
from openpyxl.utils import get_column_letter
from openpyxl.utils.cell import coordinate_from_string

HERE = Path(__file__).resolve().parent
SEED = 20261207

PEGAWAI = {
    "nama": "Dewi Lestari, S.E.",
    "nip": "19900315 201402 2 001",
    "pangkat": "Penata Muda Tingkat I, III/b",
    "jabatan": "Kepala Subbagian Keuangan",
    "unit": "Sekretariat Dinas Perhubungan",
}
PENILAI = {
    "nama": "Drs. Bambang Sutrisno, M.Si.",
    "nip": "19720520 199803 1 004",
    "pangkat": "Pembina, IV/a",
    "jabatan": "Sekretaris Dinas Perhubungan",
    "unit": "Dinas Perhubungan Kabupaten Lembah Hijau",
}
PERIODE = "PERIODE PENILAIAN: 1 JANUARI SD 31 DESEMBER 2025"

# Logical columns of the Rencana SKP JA/JF Model Pengembangan.
COLS = ["no", "atasan", "rk", "aspek", "iki", "target", "sk", "k", "c", "b", "sb", "data", "sumber", "waktu"]
KATEGORI = ["sk", "k", "c", "b", "sb"]
PANTAU = ["data", "sumber", "waktu"]
LABEL = {
    "no": "NO",
    "atasan": "RENCANA KINERJA ATASAN LANGSUNG/UNIT KERJA/ORGANISASI",
    "rk": "RENCANA KINERJA",
    "aspek": "ASPEK",
    "iki": "INDIKATOR KINERJA INDIVIDU",
    "target": "TARGET",
    "sk": "SANGAT KURANG",
    "k": "KURANG",
    "c": "CUKUP",
    "b": "BAIK",
    "sb": "SANGAT BAIK",
    "data": "DATA",
    "sumber": "SUMBER DATA",
    "waktu": "WAKTU PENGUMPULAN",
}

RENCANA: list[dict[str, Any]] = [
    {
        "atasan": "Meningkatnya akuntabilitas pengelolaan keuangan Dinas Perhubungan",
        "rk": "Laporan keuangan Dinas yang tersusun tepat waktu dan akurat",
        "iki": [
            [
                "Kuantitas",
                "Jumlah laporan keuangan bulanan yang tersusun",
                "12 laporan",
                ["< 8 laporan", "8 - 9 laporan", "10 - 11 laporan", "12 laporan", "> 12 laporan"],
            ],
            [
                "Kualitas",
                "Persentase laporan keuangan tanpa koreksi",
                "90 %",
                ["< 70 %", "70 - 79 %", "80 - 89 %", "90 %", "> 90 %"],
            ],
            [
                "Waktu",
                "Waktu penyampaian laporan keuangan tahunan",
                "3 bulan",
                ["> 5 bulan", "5 bulan", "4 bulan", "3 bulan", "< 3 bulan"],
            ],
        ],
        "pantau": ["Laporan keuangan", "Aplikasi SIPD", "Setiap bulan"],
    },
    {
        "atasan": "Meningkatnya kualitas perencanaan anggaran Dinas Perhubungan",
        "rk": "Dokumen pelaksanaan anggaran yang tervalidasi",
        "iki": [
            [
                "Kuantitas",
                "Jumlah DPA yang tervalidasi",
                "4 dokumen",
                ["< 2 dokumen", "2 dokumen", "3 dokumen", "4 dokumen", "> 4 dokumen"],
            ],
            [
                "Kualitas",
                "Persentase DPA yang sesuai standar",
                "95 %",
                ["< 75 %", "75 - 84 %", "85 - 94 %", "95 %", "> 95 %"],
            ],
        ],
        "pantau": ["Dokumen DPA", "Subbagian Program", "Triwulanan"],
    },
    {
        "atasan": "Meningkatnya kualitas perencanaan anggaran Dinas Perhubungan",
        "rk": "Usulan revisi anggaran yang diproses dengan cepat",
        "iki": [
            [
                "Kuantitas",
                "Jumlah usulan revisi anggaran yang diproses",
                "6 usulan",
                ["< 3 usulan", "3 usulan", "4 - 5 usulan", "6 usulan", "> 6 usulan"],
            ],
            [
                "Waktu",
                "Waktu pemrosesan usulan revisi",
                "5 hari",
                ["> 8 hari", "7 - 8 hari", "6 hari", "5 hari", "< 5 hari"],
            ],
        ],
        "pantau": ["Surat usulan revisi", "Agenda Subbagian Keuangan", "Setiap usulan"],
    },
]
TAMBAHAN: list[dict[str, Any]] = [
    {
        "atasan": None,
        "rk": "Terlaksananya tugas sebagai anggota tim pengadaan barang dan jasa",
        "iki": [
            [
                "Kuantitas",
                "Jumlah paket pengadaan yang didampingi",
                "3 paket",
                ["", "", "1 - 2 paket", "3 paket", "> 3 paket"],
            ],
        ],
        "pantau": ["Surat keputusan tim", "Sekretariat", "Akhir tahun"],
    },
]


def base() -> dict[str, Any]:
    return {
        "form": "ja-pengembangan",
        "pegawai": dict(PEGAWAI),
        "penilai": dict(PENILAI),
        "rencana": copy.deepcopy(RENCANA),
        "tambahan": copy.deepcopy(TAMBAHAN),
        "periode": PERIODE,
        "o": {},
    }


class Buku:
    """Tulis spesifikasi ke satu lembar SKP; catat sel isian (kunci -> A1) agar cacat dapat diberi sel."""

    def __init__(self, spec: dict[str, Any]) -> None:
        self.spec = spec
        self.o: dict[str, Any] = spec["o"]
        self.wb = openpyxl.Workbook()
        self.ws = self.wb.active
        self.ws.title = "SKP"
        self.cells: dict[str, str] = {}
        # sheet column of every logical column
        order = list(COLS)
        if self.o.get("pantau_dulu"):
            order = COLS[:6] + PANTAU + KATEGORI
        order = list(self.o.get("urutan", order))
        self.order = order
        col = self.o.get("mulai", 1)
        self.col: dict[str, int] = {}
        for key in order:
            self.col[key] = col
            col += 1 + (1 if key in self.o.get("sela", ()) else 0)
        self.last = col - 1

    def put(self, r: int, key: str, value: Any) -> None:
        if value is None or value == "" or key not in self.col:
            return
        self.ws.cell(r, self.col[key], value)

    def kop(self) -> int:
        ws = self.ws
        c0 = self.o.get("mulai", 1)
        ws.cell(1, c0, "RENCANA SASARAN KINERJA PEGAWAI")
        ws.cell(2, c0, "DINAS PERHUBUNGAN KABUPATEN LEMBAH HIJAU")
        if self.spec["periode"] is not None:
            ws.cell(3, c0, self.spec["periode"])
        self.cells["periode"] = f"{get_column_letter(c0)}3"
        labels = [
            ("nama", "NAMA"),
            ("nip", "NIP"),
            ("pangkat", "PANGKAT/GOL RUANG"),
            ("jabatan", "JABATAN"),
            ("unit", "UNIT KERJA"),
        ]
        if self.o.get("kop_satu_blok"):  # label | pegawai | penilai
            ws.cell(5, c0, "NO")
            ws.cell(5, c0 + 2, "PEGAWAI YANG DINILAI")
            ws.cell(5, c0 + 4, "PEJABAT PENILAI KINERJA")
            for i, (key, label) in enumerate(labels):
                ws.cell(6 + i, c0, i + 1)
                ws.cell(6 + i, c0 + 1, label)
                ws.cell(6 + i, c0 + 2, self.spec["pegawai"][key]).number_format = "@"
                if self.spec["penilai"][key]:
                    ws.cell(6 + i, c0 + 4, self.spec["penilai"][key]).number_format = "@"
                self.cells[f"penilai.{key}"] = f"{get_column_letter(c0 + 4)}{6 + i}"
            return 12
        if self.o.get("kop_tumpuk"):
            r = 5
            for who, title in (("pegawai", "PEGAWAI YANG DINILAI"), ("penilai", "PEJABAT PENILAI KINERJA")):
                ws.cell(r, c0, "NO")
                ws.cell(r, c0 + 1, title)
                r += 1
                for i, (key, label) in enumerate(labels):
                    ws.cell(r, c0, i + 1)
                    ws.cell(r, c0 + 1, label)
                    ws.cell(r, c0 + 2, self.spec[who][key]).number_format = "@"
                    r += 1
            return r + 1
        lp = c0 + 6
        ws.cell(5, c0, "NO")
        ws.cell(5, c0 + 1, "PEGAWAI YANG DINILAI")
        ws.cell(5, lp, "NO")
        ws.cell(5, lp + 1, "PEJABAT PENILAI KINERJA")
        for i, (key, label) in enumerate(labels):
            r = 6 + i
            ws.cell(r, c0, i + 1)
            ws.cell(r, c0 + 1, label)
            ws.cell(r, c0 + 2, self.spec["pegawai"][key]).number_format = "@"
            ws.cell(r, lp, i + 1)
            ws.cell(r, lp + 1, label)
            ws.cell(r, lp + 2, self.spec["penilai"][key]).number_format = "@"
            self.cells[f"pegawai.{key}"] = f"{get_column_letter(c0 + 2)}{r}"
            self.cells[f"penilai.{key}"] = f"{get_column_letter(lp + 2)}{r}"
        return 12

    def header(self, top: int) -> int:
        """Judul tabel; kembalikan baris pertama di bawahnya."""
        ws, o = self.ws, self.o
        labels = dict(LABEL)
        labels.update(o.get("judul", {}))
        if o.get("judul_satu_baris"):
            for key in self.order:
                self.put(top, key, labels[key])
            r = top + 1
        else:
            for key in self.order:
                if key in KATEGORI or key in PANTAU or o.get("judul_bawah"):
                    self.put(top + 1, key, labels[key])
                elif o.get("judul_tanpa_gabung"):  # single labels in the upper row, the lower row empty
                    self.put(top, key, labels[key])
                else:
                    self.put(top, key, labels[key])
                    ws.merge_cells(
                        start_row=top, start_column=self.col[key], end_row=top + 1, end_column=self.col[key]
                    )
            for group, keys in (("KATEGORI PENILAIAN", KATEGORI), ("CARA MEMANTAU KINERJA", PANTAU)):
                if keys[0] not in self.col:
                    continue
                c0, c1 = min(self.col[k] for k in keys), max(self.col[k] for k in keys)
                ws.cell(top, c0, group)
                ws.merge_cells(start_row=top, start_column=c0, end_row=top, end_column=c1)
            r = top + 2
        style = o.get("nomor_kolom", "angka")
        if style == "kelompok":  # one number per column, one merged over each group
            n = 0
            for key in self.order:
                if key in KATEGORI[1:] or key in PANTAU[1:]:
                    continue
                n += 1
                self.put(r, key, f"({n})")
            for keys in (KATEGORI, PANTAU):
                c0, c1 = min(self.col[k] for k in keys), max(self.col[k] for k in keys)
                ws.cell(r, c0, ws.cell(r, self.col[keys[0]]).value)
                if c0 != self.col[keys[0]]:
                    ws.cell(r, self.col[keys[0]]).value = None
                ws.merge_cells(start_row=r, start_column=c0, end_row=r, end_column=c1)
            r += 1
        elif style:
            for i, key in enumerate(self.order, 1):
                self.put(r, key, f"({i})" if style == "kurung" else str(i) if style == "teks" else i)
            r += 1
        if o.get("sela_judul"):
            r += 1
        return r

    def section(self, r: int, text: str) -> int:
        o = self.o
        where = o.get("label_di", "no")
        if where == "rk":
            self.put(r, "rk", text)
        elif where == "gabung":
            self.put(r, "no", text)
            self.ws.merge_cells(start_row=r, start_column=self.col["no"], end_row=r, end_column=self.last)
        elif where == "atasan":
            self.put(r, "atasan", text)
        elif where == "no_rk":  # "A." in NO, "KINERJA UTAMA" in RK ATASAN
            head, _, tail = text.partition(" ")
            self.put(r, "no", head)
            self.put(r, "atasan", tail)
        else:
            self.put(r, "no", text)
        return r + 1

    def rows(self, r: int, items: list[dict[str, Any]], part: str) -> int:
        ws, o = self.ws, self.o
        rk_mode = o.get("rk", "gabung")  # gabung | ulang | sekali
        no_mode = o.get("no", rk_mode)  # gabung | ulang | sekali | desimal | iki
        previous_atasan = None
        for n, item in enumerate(items, 1):
            if o.get("atasan_kelompok") and item["atasan"] and item["atasan"] != previous_atasan:
                self.put(r, "atasan", item["atasan"])  # the superior's RK on a row of its own above its RKs
                self.cells[f"{part}{n}.atasan_kelompok"] = f"{get_column_letter(self.col['atasan'])}{r}"
                r += 1
            previous_atasan = item["atasan"]
            top = r
            self.cells[f"{part}{n}.rk"] = f"{get_column_letter(self.col['rk'])}{r}"
            rows_of_rk = []
            if o.get("rk_baris_sendiri"):  # the RK on a row of its own, its IKI rows below
                self.put(r, "no", n)
                self.put(r, "rk", item["rk"])
                self.put(r, "atasan", item["atasan"])
                for key, value in zip(PANTAU, item["pantau"], strict=True):
                    self.put(r, key, value)
                r += 1
            for k, (aspek, iki, target, kategori) in enumerate(item["iki"], 1):
                if k > 1 and o.get("sela_iki"):
                    r += 1
                rows_of_rk.append(r)
                first = k == 1 and not o.get("rk_baris_sendiri")
                if rk_mode == "tengah":  # RK-level cells typed on the middle IKI row, nothing merged
                    first = k == len(item["iki"]) // 2 + 1
                if o.get("rk_baris_sendiri"):
                    self.put(r, "no", o.get("no_iki", "{n}.{k}").format(n=n, k=k, h="abcdefgh"[k - 1]))
                if first or rk_mode == "ulang":
                    self.put(r, "rk", item["rk"])
                    if not o.get("atasan_kelompok"):
                        self.put(r, "atasan", item["atasan"])
                    if not o.get("pantau_per_iki"):
                        for key, value in zip(PANTAU, item["pantau"], strict=True):
                            self.put(r, key, value)
                if o.get("pantau_per_iki"):
                    for key, value in zip(PANTAU, item["pantau"], strict=True):
                        self.put(r, key, value)
                if no_mode == "desimal":
                    self.put(r, "no", f"{n}.{k}")
                elif no_mode == "rk_desimal":  # 1 on the RK row, then 1.1, 1.2 … beside each IKI
                    self.put(r, "no", str(n) if first else f"{n}.{k - 1}")
                elif no_mode == "iki":  # IKI rows numbered 1, 2, 3 … through the table
                    o["_iki_no"] = o.get("_iki_no", 0) + 1
                    self.put(r, "no", o["_iki_no"])
                elif first or no_mode == "ulang":
                    self.put(r, "no", n)
                self.put(r, "aspek", aspek)
                self.put(r, "iki", iki)
                self.put(r, "target", target)
                for key, value in zip(KATEGORI, kategori, strict=True):
                    self.put(r, key, value)
                for key in ("aspek", "iki", "target"):
                    self.cells[f"{part}{n}.{k}.{key}"] = f"{get_column_letter(self.col[key])}{r}"
                self.cells[f"{part}{n}.{k}.b"] = f"{get_column_letter(self.col.get('b', 1))}{r}"
                r += 1
            self.cells[f"{part}{n}.data"] = f"{get_column_letter(self.col.get('data', 1))}{top}"
            self.cells[f"{part}{n}.waktu"] = f"{get_column_letter(self.col.get('waktu', 1))}{top}"
            self.cells[f"{part}{n}.atasan"] = f"{get_column_letter(self.col['atasan'])}{top}"
            if len(rows_of_rk) > 1 and rk_mode == "gabung" and not o.get("rk_baris_sendiri"):
                keys = ["rk", "atasan"] + ([] if o.get("pantau_per_iki") else PANTAU)
                if no_mode == "gabung":
                    keys.append("no")
                for key in keys:
                    if (key == "atasan" and part == "tambahan") or key not in self.col:
                        continue
                    ws.merge_cells(
                        start_row=top, start_column=self.col[key], end_row=r - 1, end_column=self.col[key]
                    )
            if o.get("sela_rk") and n < len(items):
                r += 1
        return r

    def tambahan(self, r: int) -> int:
        mode = self.o.get("tambahan", "isi")
        if mode == "isi":
            return self.rows(r, self.spec["tambahan"], "tambahan")
        if mode == "strip":
            for key in self.order:
                self.put(r, key, "-")
            return r + 1
        if mode == "catatan":
            self.put(r, "rk", "(diisi bila ada)")
            return r + 1
        if mode == "baris":  # rows written as given: [{logical column: value}]
            for row in self.o["baris_tambahan"]:
                for key, value in row.items():
                    self.put(r, key, value)
                r += 1
            return r
        if mode == "catatan_no":
            self.put(r, "no", "(diisi bila ada)")
            return r + 1
        if mode == "strip_rk":  # "1 | - " and the rest blank
            self.put(r, "no", 1)
            self.put(r, "rk", "-")
            return r + 1
        if mode == "tidak_ada":
            self.put(r, "no", 1)
            self.put(r, "rk", "Tidak ada")
            return r + 1
        if mode == "nihil_gabung":
            self.put(r, "rk", "Nihil")
            self.ws.merge_cells(
                start_row=r,
                start_column=self.col["rk"],
                end_row=r,
                end_column=self.col["waktu"] if not self.o.get("pantau_dulu") else self.col["sb"],
            )
            return r + 1
        return r  # kosong: the label only

    def footer(self, r: int) -> None:
        ws, o = self.ws, self.o
        for text in o.get("bawah", ()):
            self.put(r, o.get("bawah_kolom", "no"), text)
            r += 1
        for row in o.get("sisip_bawah", ()):
            for key, value in row.items():
                self.put(r, key, value)
            r += 1
        r += o.get("jarak_ttd", 2)
        c_p = self.col[o.get("ttd_kolom", ("rk", "c"))[0]]
        c_r = self.col[o.get("ttd_kolom", ("rk", "c" if "c" in self.col else "target"))[1]]
        if o.get("ttd_samping"):
            r, c_p, c_r = o["ttd_samping"], self.last + 2, self.last + 5
        labels = o.get("ttd_label", ("PEGAWAI YANG DINILAI", "PEJABAT PENILAI KINERJA"))
        ws.cell(r, c_r, "Lembah Hijau, 2 Januari 2025")
        ws.cell(r + 1, c_p, labels[0])
        ws.cell(r + 1, c_r, labels[1])
        ws.cell(r + 5, c_p, self.spec["pegawai"]["nama"])
        ws.cell(r + 5, c_r, self.spec["penilai"]["nama"])
        ws.cell(r + 6, c_p, "NIP. " + self.spec["pegawai"]["nip"])
        ws.cell(r + 6, c_r, "NIP. " + self.spec["penilai"]["nip"])

    def save(self, path: Path) -> dict[str, str]:
        o = self.o
        top = self.kop() + o.get("jarak_tabel", 1)
        r = self.header(top)
        data0 = r
        labels = o.get("label_bagian", ("A. KINERJA UTAMA", "B. KINERJA TAMBAHAN"))
        if labels[0]:
            r = self.section(r, labels[0])
        r = self.rows(r, self.spec["rencana"], "utama")
        if o.get("sela_bagian"):
            r += 1
        for row in o.get("sisip_sebelum_b", ()):
            for key, value in row.items():
                self.put(r, key, value)
            r += 1
        if labels[1]:
            r = self.section(r, labels[1])
        r = self.tambahan(r)
        self.footer(r)
        if o.get("freeze"):
            self.ws.freeze_panes = self.ws.cell(data0, self.col["atasan"])
        if o.get("judul_cetak"):
            self.ws.print_title_rows = f"{top}:{data0 - 1}"
        if o.get("sumber_gabung_semua"):  # one SUMBER DATA merged down every Kinerja Utama row
            c = self.col["sumber"]
            rows = [
                int(v[len(get_column_letter(c)) :])
                for k, v in self.cells.items()
                if k.startswith("utama") and k.endswith(".data")
            ]
            last = max(
                int(v[len(get_column_letter(self.col["iki"])) :])
                for k, v in self.cells.items()
                if k.startswith("utama") and k.endswith(".iki")
            )
            for rng in [m for m in self.ws.merged_cells.ranges if m.min_col == c]:
                self.ws.unmerge_cells(str(rng))
            for rr in range(min(rows), last + 1):
                self.ws.cell(rr, c).value = None
            self.ws.cell(min(rows), c, "Aplikasi e-Kinerja")
            self.ws.merge_cells(start_row=min(rows), start_column=c, end_row=last, end_column=c)
        for mod in o.get("ubah", ()):
            mod(self)
        self.wb.save(path)
        return self.cells


# ---------------------------------------------------------------- probes

Probe = tuple[str, str, Callable[[dict[str, Any]], None], list[tuple[str, str]]]


def probes() -> list[Probe]:
    """(nama, uraian, pengubah spesifikasi, cacat [(kode, kunci sel)])."""
    out: list[Probe] = []

    def add(name: str, about: str, **o: Any) -> None:
        defects = o.pop("cacat", [])
        change = o.pop("ubah_spek", None)

        def apply(s: dict[str, Any]) -> None:
            s["o"].update(copy.deepcopy(o))
            if change:
                change(s)

        out.append((name, about, apply, defects))

    add("01-dasar", "garis dasar: RK, RK atasan, NO dan cara memantau digabung ke bawah, judul dua baris")
    add(
        "02-rk-diulang",
        "RK, RK atasan, NO dan cara memantau diulang pada setiap baris IKI (tanpa gabung)",
        rk="ulang",
    )
    add(
        "03-rk-sekali",
        "RK, NO dan cara memantau ditulis sekali, sel di bawahnya kosong (tanpa gabung)",
        rk="sekali",
    )
    add("04-no-desimal", "NO per IKI bernomor 1.1, 1.2, 1.3; RK digabung", no="desimal")
    add("05-no-desimal-diulang", "NO per IKI 1.1, 1.2; RK diulang setiap baris", rk="ulang", no="desimal")
    add("06-no-desimal-sekali", "NO per IKI 1.1, 1.2; RK ditulis sekali", rk="sekali", no="desimal")
    add("07-no-diulang-rk-gabung", "NO diulang di setiap baris IKI, RK digabung", no="ulang")
    add("08-no-rk-desimal", "NO 1 pada baris RK lalu 1.1, 1.2 di baris IKI berikutnya", no="rk_desimal")
    add("09-no-per-iki", "NO bernomor urut per IKI (1, 2, 3 …) sepanjang tabel, RK digabung", no="iki")
    add("10-no-per-iki-sekali", "NO bernomor urut per IKI, RK ditulis sekali", rk="sekali", no="iki")
    add(
        "11-sela-iki-gabung",
        "baris kosong di antara baris IKI satu RK, RK digabung melintasinya",
        sela_iki=True,
    )
    add(
        "12-sela-iki-sekali",
        "baris kosong di antara baris IKI satu RK, RK ditulis sekali",
        sela_iki=True,
        rk="sekali",
    )
    add("13-sela-rk", "baris kosong di antara RK", sela_rk=True)
    add("14-sela-rk-sekali", "baris kosong di antara RK, RK ditulis sekali", sela_rk=True, rk="sekali")
    add("15-tambahan-strip", "Kinerja Tambahan: '-' di setiap sel", tambahan="strip")
    add("16-tambahan-catatan", "Kinerja Tambahan: baris catatan '(diisi bila ada)'", tambahan="catatan")
    add("17-tambahan-kosong", "Kinerja Tambahan: hanya label, tanpa baris", tambahan="kosong")
    add(
        "18-tambahan-nihil-gabung",
        "Kinerja Tambahan: 'Nihil' digabung melintasi tabel",
        tambahan="nihil_gabung",
    )
    add(
        "19-label-romawi",
        "label bagian 'I. KINERJA UTAMA' / 'II. KINERJA TAMBAHAN'",
        label_bagian=("I. KINERJA UTAMA", "II. KINERJA TAMBAHAN"),
    )
    add(
        "20-label-tanpa-huruf",
        "label bagian 'KINERJA UTAMA' / 'KINERJA TAMBAHAN' tanpa huruf",
        label_bagian=("KINERJA UTAMA", "KINERJA TAMBAHAN"),
    )
    add("21-label-di-rk", "label bagian di kolom RENCANA KINERJA", label_di="rk")
    add("22-label-gabung", "label bagian digabung melintasi seluruh lebar tabel", label_di="gabung")
    add("23-label-no-rk", "huruf 'A.' di NO dan 'KINERJA UTAMA' di kolom RK atasan", label_di="no_rk")
    add(
        "24-label-di-rk-tanpa-huruf",
        "'KINERJA UTAMA' tanpa huruf di kolom RENCANA KINERJA",
        label_di="rk",
        label_bagian=("KINERJA UTAMA", "KINERJA TAMBAHAN"),
    )
    add(
        "25-pantau-dulu",
        "judul dua baris, kelompok CARA MEMANTAU KINERJA sebelum KATEGORI PENILAIAN",
        pantau_dulu=True,
    )
    add("26-nomor-kurung", "baris nomor kolom '(1) (2) (3)'", nomor_kolom="kurung")
    add("27-tanpa-nomor-kolom", "tanpa baris nomor kolom", nomor_kolom=None)
    add("28-sela-kolom", "kolom kosong sempit di antara RENCANA KINERJA dan ASPEK", sela=("rk",))
    add(
        "29-sela-kolom-dua",
        "kolom kosong di antara TARGET dan SANGAT KURANG, dan di antara SANGAT BAIK dan DATA",
        sela=("target", "sb"),
    )
    add("30-mulai-b", "tabel dan kop mulai di kolom B (kolom A kosong)", mulai=2)
    add("31-mulai-c", "tabel dan kop mulai di kolom C", mulai=3)
    add(
        "32-catatan-bawah",
        "baris 'Catatan: …' tepat di bawah tabel",
        bawah=["Catatan: target kategori mengikuti Perjanjian Kinerja 2025"],
        jarak_ttd=1,
    )
    add(
        "33-catatan-kolom-rk",
        "baris catatan di kolom RENCANA KINERJA tepat di bawah tabel",
        bawah=["Catatan: SKP ini disusun berdasarkan Matriks Pembagian Peran dan Hasil"],
        bawah_kolom="rk",
    )
    add("34-ttd-rapat", "tanda tangan tepat di bawah tabel tanpa baris kosong", jarak_ttd=0)
    add("35-ttd-samping", "tanda tangan di samping kanan tabel", ttd_samping=16)
    add(
        "36-ttd-salah-eja",
        "label tanda tangan salah eja, rapat di bawah tabel",
        ttd_label=("PEGAWAI YG DI NILAI", "PEJABAT PENILAI KINERJA,"),
        jarak_ttd=0,
    )
    add("37-freeze-cetak", "freeze pane dan judul cetak", freeze=True, judul_cetak=True)
    add("38-kop-tumpuk", "identitas pegawai dan penilai bertumpuk, bukan berdampingan", kop_tumpuk=True)
    add("39-judul-satu-baris", "judul satu baris tanpa label kelompok", judul_satu_baris=True)
    add(
        "40-pantau-per-iki-sekali",
        "cara memantau per IKI, RK ditulis sekali",
        pantau_per_iki=True,
        rk="sekali",
    )
    add("41-sela-bagian", "baris kosong sebelum label B. KINERJA TAMBAHAN", sela_bagian=True)
    add(
        "42-tanpa-label-tambahan",
        "tanpa label B dan tanpa Kinerja Tambahan",
        label_bagian=("A. KINERJA UTAMA", ""),
        tambahan="kosong",
    )
    add("43-jumlah-bawah", "baris 'JUMLAH IKI: 8' di bawah tabel", bawah=["Jumlah IKI: 8"], jarak_ttd=1)
    add(
        "44-mulai-b-sela-sekali",
        "mulai kolom B, kolom sela, RK ditulis sekali, NO desimal",
        mulai=2,
        sela=("atasan",),
        rk="sekali",
        no="desimal",
    )
    add(
        "45-judul-cetak-ulang-sekali",
        "RK sekali, label bagian di kolom RK, nomor kolom dalam kurung",
        rk="sekali",
        label_di="rk",
        nomor_kolom="kurung",
    )

    add(
        "61-rk-baris-sendiri",
        "RK di baris sendiri (NO, RK atasan, RK, cara memantau), IKI di baris bawahnya 1.1, 1.2",
        rk_baris_sendiri=True,
    )
    add(
        "62-rk-baris-sendiri-huruf",
        "RK di baris sendiri, IKI di bawahnya bernomor a., b., c.",
        rk_baris_sendiri=True,
        no_iki="{h}.",
    )
    add("63-judul-bawah", "judul kolom tunggal ditulis di baris bawah judul (tanpa gabung)", judul_bawah=True)
    add(
        "64-judul-tanpa-gabung",
        "judul kolom tunggal di baris atas, baris bawah kosong (tanpa gabung)",
        judul_tanpa_gabung=True,
    )
    add(
        "65-sumber-gabung-semua",
        "SUMBER DATA yang sama digabung ke bawah melintasi semua RK Kinerja Utama",
        sumber_gabung_semua=True,
    )
    add("66-tambahan-strip-rk", "Kinerja Tambahan: baris '1 | -' saja", tambahan="strip_rk")
    add("67-tambahan-tidak-ada", "Kinerja Tambahan: baris '1 | Tidak ada'", tambahan="tidak_ada")
    add("68-tambahan-catatan-no", "Kinerja Tambahan: '(diisi bila ada)' di kolom NO", tambahan="catatan_no")
    add(
        "69-ttd-rapat-kolom-lain",
        "tanda tangan rapat di bawah tabel di kolom RK atasan dan IKI",
        jarak_ttd=0,
        ttd_kolom=("atasan", "iki"),
    )
    add(
        "70-ttd-rapat-kolom-rk-iki",
        "tanda tangan rapat di bawah tabel di kolom RK dan TARGET",
        jarak_ttd=0,
        ttd_kolom=("rk", "target"),
    )
    add(
        "71-pantau-dulu-satu-baris",
        "judul satu baris, CARA MEMANTAU sebelum KATEGORI",
        judul_satu_baris=True,
        pantau_dulu=True,
    )
    add(
        "72-catatan-di-atasan",
        "catatan di kolom RK atasan di bawah tabel, lalu tanda tangan",
        bawah=["Keterangan: RK atasan sesuai SKP Sekretaris Dinas 2025"],
        bawah_kolom="atasan",
    )
    add(
        "73-catatan-dua-baris",
        "dua baris catatan bernomor di bawah tabel di kolom NO dan RK",
        bawah=["Catatan:", "1. Target mengikuti Renja 2025"],
        bawah_kolom="rk",
    )

    add(
        "74-catatan-kolom-iki",
        "baris 'Catatan: …' di kolom INDIKATOR KINERJA INDIVIDU di bawah tabel",
        bawah=["Catatan: kategori penilaian disepakati dalam dialog kinerja"],
        bawah_kolom="iki",
    )
    add(
        "75-catatan-bintang",
        "catatan kaki '*) coret yang tidak perlu' di kolom RK di bawah tabel",
        bawah=["*) Diisi sesuai Matriks Pembagian Peran dan Hasil"],
        bawah_kolom="rk",
    )
    add(
        "76-tambahan-catatan-iki",
        "Kinerja Tambahan: NO '1', RK '-', IKI '(diisi bila ada)'",
        tambahan="baris",
        baris_tambahan=[{"no": 1, "rk": "-", "iki": "(diisi bila ada)"}],
    )
    add(
        "77-catatan-antara-bagian",
        "baris 'Keterangan: …' di kolom RK di antara Kinerja Utama dan label B",
        sisip_sebelum_b=[{"rk": "Keterangan: RK nomor 3 merupakan direktif pimpinan"}],
    )
    add(
        "78-tambahan-jika-ada",
        "Kinerja Tambahan: '(jika ada)' di kolom RK dan '-' di IKI dan target",
        tambahan="baris",
        baris_tambahan=[{"rk": "(jika ada)", "iki": "-", "target": "-"}],
    )
    add(
        "81-catatan-tiga-baris",
        "catatan tiga baris di kolom RK di bawah tabel: 'Catatan:', '1. …', '2. …'",
        bawah=["Catatan:", "1. Target mengikuti Renja 2025", "2. Kategori disepakati dalam dialog kinerja"],
        bawah_kolom="rk",
    )
    add(
        "82-catatan-tiga-baris-no",
        "catatan tiga baris: 'Catatan:' di kolom NO, butirnya di kolom RK atasan",
        bawah=["Catatan:"],
        ubah_spek=lambda s: s["o"].update(
            sisip_bawah=[
                {"no": "1.", "atasan": "Target mengikuti Renja 2025"},
                {"no": "2.", "atasan": "Kategori disepakati dalam dialog kinerja"},
            ]
        ),
    )
    add(
        "83-kategori-terbalik",
        "judul dua baris, sub-kolom kategori ditulis dari SANGAT BAIK ke SANGAT KURANG (nilai ikut judulnya)",
        urutan=COLS[:6] + KATEGORI[::-1] + PANTAU,
    )
    add(
        "84-pantau-diacak",
        "sub-kolom cara memantau ditulis SUMBER DATA, DATA, WAKTU PENGUMPULAN",
        urutan=COLS[:11] + ["sumber", "data", "waktu"],
    )
    add(
        "85-atasan-kelompok",
        "RK atasan ditulis sekali di barisnya sendiri di atas RK yang mengintervensinya",
        atasan_kelompok=True,
    )
    add("86-label-di-atasan", "label bagian di kolom RK atasan", label_di="atasan")
    add("87-kop-satu-blok", "kop identitas satu blok: label | pegawai | penilai", kop_satu_blok=True)
    add(
        "88-sela-judul",
        "baris kosong di antara judul dan label A, tanpa baris nomor kolom",
        nomor_kolom=None,
        sela_judul=True,
    )
    add(
        "89-nomor-kelompok",
        "baris nomor kolom dengan satu nomor digabung di atas setiap kelompok",
        nomor_kolom="kelompok",
    )
    add(
        "90-rk-tengah",
        "RK, NO, RK atasan dan cara memantau diketik di baris IKI tengah, tanpa gabung",
        rk="tengah",
    )
    add("91-nomor-teks", "baris nomor kolom berupa teks '1', '2', …", nomor_kolom="teks")
    add(
        "92-ttd-samping-salah-eja",
        "tanda tangan di samping tabel dengan label salah eja",
        ttd_samping=14,
        ttd_label=("Pegawai Yg Dinilai,", "Pejabat Penilai Kinerja,"),
    )

    # ------------------------------------------------ defective twins
    def drop_iki(s: dict[str, Any]) -> None:
        s["rencana"][1]["iki"] = [["", "", "", ["", "", "", "", ""]]]

    add(
        "51-cacat-rk-tanpa-iki-sekali",
        "kembaran cacat: RK kedua tanpa IKI, RK ditulis sekali",
        rk="sekali",
        ubah_spek=drop_iki,
        cacat=[("rk-tanpa-iki", "utama2.rk")],
    )
    add(
        "52-cacat-rk-tanpa-iki-sela",
        "kembaran cacat: RK kedua tanpa IKI, baris kosong di antara RK",
        sela_rk=True,
        ubah_spek=drop_iki,
        cacat=[("rk-tanpa-iki", "utama2.rk")],
    )

    def no_target(s: dict[str, Any]) -> None:
        s["rencana"][0]["iki"][1][2] = ""

    add(
        "53-cacat-target-kosong-sekali",
        "kembaran cacat: target IKI 1.2 kosong, RK ditulis sekali",
        rk="sekali",
        ubah_spek=no_target,
        cacat=[("iki-tanpa-target", "utama1.2.target")],
    )
    add(
        "54-cacat-target-kosong-desimal",
        "kembaran cacat: target IKI 1.2 kosong, NO desimal, RK diulang",
        rk="ulang",
        no="desimal",
        ubah_spek=no_target,
        cacat=[("iki-tanpa-target", "utama1.2.target")],
    )

    def no_aspek(s: dict[str, Any]) -> None:
        s["rencana"][2]["iki"][0][0] = ""

    add(
        "55-cacat-aspek-kosong-sela",
        "kembaran cacat: aspek IKI 3.1 kosong, kolom sela",
        sela=("rk",),
        ubah_spek=no_aspek,
        cacat=[("aspek-tidak-valid", "utama3.1.aspek")],
    )

    def no_atasan(s: dict[str, Any]) -> None:
        s["rencana"][1]["atasan"] = None

    add(
        "56-cacat-atasan-kosong-sekali",
        "kembaran cacat: RK atasan RK kedua kosong, RK ditulis sekali",
        rk="sekali",
        ubah_spek=no_atasan,
        cacat=[("rk-atasan-kosong", "utama2.atasan")],
    )

    def no_pantau(s: dict[str, Any]) -> None:
        s["rencana"][0]["pantau"][2] = ""

    add(
        "57-cacat-pantau-kosong-dulu",
        "kembaran cacat: WAKTU PENGUMPULAN RK 1 kosong, kelompok pantau dulu",
        pantau_dulu=True,
        ubah_spek=no_pantau,
        cacat=[("cara-memantau-kosong", "utama1.waktu")],
    )

    def no_kategori(s: dict[str, Any]) -> None:
        s["rencana"][2]["iki"][0][3] = ["", "", "", "", ""]

    add(
        "58-cacat-kategori-kosong-mulai-c",
        "kembaran cacat: kategori IKI 3.1 kosong, tabel mulai kolom C",
        mulai=3,
        ubah_spek=no_kategori,
        cacat=[("kategori-penilaian-kosong", "utama3.1.b")],
    )

    def dup_rk(s: dict[str, Any]) -> None:
        s["tambahan"][0]["rk"] = s["rencana"][0]["rk"]

    add(
        "59-cacat-rk-ganda-ulang",
        "kembaran cacat: RK 1 diulang di Kinerja Tambahan, RK diulang per baris",
        rk="ulang",
        ubah_spek=dup_rk,
        cacat=[("rk-ganda", "tambahan1.rk")],
    )

    def all_tambahan(s: dict[str, Any]) -> None:
        s["tambahan"] = s["rencana"] + s["tambahan"]
        s["rencana"] = []

    add(
        "60-cacat-utama-kosong-label-rk",
        "kembaran cacat: semua RK di bawah KINERJA TAMBAHAN, label di kolom RK",
        label_di="rk",
        ubah_spek=all_tambahan,
        cacat=[("kinerja-utama-kosong", "")],
    )

    def rk_alone(s: dict[str, Any]) -> None:
        s["tambahan"].append(
            {
                "atasan": None,
                "rk": "Sertifikat pelatihan pengelolaan keuangan daerah",
                "iki": [["", "", "", ["", "", "", "", ""]]],
                "pantau": ["Sertifikat", "BKPSDM", "Akhir tahun"],
            }
        )

    add(
        "79-cacat-rk-tambahan-tanpa-iki-catatan",
        "kembaran cacat: RK tambahan terakhir tanpa IKI, lalu baris 'Catatan: …' di kolom RK",
        ubah_spek=rk_alone,
        bawah=["Catatan: dilampiri sertifikat"],
        bawah_kolom="rk",
        cacat=[("rk-tanpa-iki", "tambahan2.rk")],
    )
    add(
        "80-cacat-rk-tambahan-tanpa-iki-sekali",
        "kembaran cacat: RK tambahan terakhir tanpa IKI, RK sekali, tanda tangan rapat",
        ubah_spek=rk_alone,
        rk="sekali",
        jarak_ttd=0,
        cacat=[("rk-tanpa-iki", "tambahan2.rk")],
    )

    def dasar(s: dict[str, Any]) -> None:
        s["form"] = "ja-dasar"

    add(
        "95-dasar-sekali-sela",
        "Model Dasar: RK ditulis sekali, baris kosong di antara IKI, judul satu baris",
        urutan=COLS[:6],
        judul_satu_baris=True,
        rk="sekali",
        sela_iki=True,
        ubah_spek=dasar,
    )
    add(
        "96-dasar-mulai-c-catatan",
        "Model Dasar mulai kolom C, tanpa nomor kolom, catatan di bawah tabel",
        urutan=COLS[:6],
        judul_satu_baris=True,
        mulai=3,
        nomor_kolom=None,
        bawah=["Catatan: -"],
        bawah_kolom="rk",
        ubah_spek=dasar,
    )

    def merged_low(s: dict[str, Any]) -> None:
        s["o"]["ubah"] = [merge_low_levels]

    add(
        "97-kategori-bawah-gabung",
        "SANGAT KURANG dan KURANG digabung mendatar dengan satu ambang '< 8 laporan'",
        ubah_spek=merged_low,
    )
    add(
        "98-tanpa-kolom-no",
        "tanpa kolom NO sama sekali, label bagian di kolom pertama",
        urutan=COLS[1:],
        label_di="atasan",
    )
    add(
        "99-aspek-sesudah-iki",
        "kolom ASPEK sesudah INDIKATOR KINERJA INDIVIDU",
        urutan=["no", "atasan", "rk", "iki", "aspek", "target"] + KATEGORI + PANTAU,
    )

    add(
        "100-rk-ulang-no-per-iki",
        "RK diulang di setiap baris, NO urut per IKI (1, 2, 3 …)",
        rk="ulang",
        no="iki",
    )
    add(
        "101-rk-ulang-sela-rk",
        "RK diulang di setiap baris, NO diulang, baris kosong di antara RK",
        rk="ulang",
        no="ulang",
        sela_rk=True,
    )
    add(
        "102-sekali-no-per-iki-sela",
        "RK sekali, NO urut per IKI, baris kosong di antara IKI",
        rk="sekali",
        no="iki",
        sela_iki=True,
    )

    def no_first_atasan(s: dict[str, Any]) -> None:
        s["rencana"][0]["atasan"] = None

    add(
        "93-cacat-atasan-kelompok-rk-pertama",
        "kembaran cacat: RK atasan di barisnya sendiri, tetapi RK pertama berdiri di atas semua baris itu",
        atasan_kelompok=True,
        ubah_spek=no_first_atasan,
        cacat=[("rk-atasan-kosong", "utama1.atasan")],
    )

    def no_penilai_jabatan(s: dict[str, Any]) -> None:
        s["penilai"]["jabatan"] = ""

    add(
        "94-cacat-kop-satu-blok-jabatan-penilai",
        "kembaran cacat: kop satu blok, JABATAN penilai kosong",
        kop_satu_blok=True,
        ubah_spek=no_penilai_jabatan,
        cacat=[("identitas-kosong", "penilai.jabatan")],
    )
    return out


def merge_low_levels(book: Buku) -> None:
    """SANGAT KURANG and KURANG of the first IKI merged across, one threshold for both."""
    r = coordinate_from_string(book.cells["utama1.1.iki"])[1]
    c0, c1 = book.col["sk"], book.col["k"]
    book.ws.cell(r, c1).value = None
    book.ws.cell(r, c0).value = "< 10 laporan"
    book.ws.merge_cells(start_row=r, start_column=c0, end_row=r, end_column=c1)
    book.ws.cell(r, book.col["c"]).value = "10 - 11 laporan"


def build(folder: Path, manifest: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.glob("*.xlsx"):
        old.unlink()
    files = []
    for name, about, change, defects in probes():
        spec = base()
        change(spec)
        path = folder / f"{name}.xlsx"
        cells = Buku(spec).save(path)
        out_defects = [
            {"code": code, "sheet": "SKP", "cell": cells.get(key) if key else None} for code, key in defects
        ]
        files.append(
            {
                "file": path.name,
                "form": spec["form"],
                "clean": not defects,
                "defects": out_defects,
                "uraian": about,
            }
        )
    write_manifest(manifest, "merah_ah", SEED, files)


def write_manifest(manifest: Path, name: str, seed: int, files: list[dict[str, Any]]) -> None:
    """A set's ``harapan.json``, written alike by every set built on this builder."""
    manifest.write_text(
        json.dumps({"set": name, "seed": seed, "files": files}, indent=1, ensure_ascii=False) + "\n",
        encoding="utf-8",
    )


def run(build: Callable[[Path, Path], None], here: Path, doc: str | None) -> None:
    """A set generator's command line: ``--keluaran DIR --harapan FILE``, both beside the generator by
    default, then ``build(keluaran, harapan)``."""
    parser = argparse.ArgumentParser(description=(doc or "").splitlines()[0])
    parser.add_argument("--keluaran", type=Path, default=here / "kiriman")
    parser.add_argument("--harapan", type=Path, default=here / "harapan.json")
    args = parser.parse_args()
    build(args.keluaran, args.harapan)


def main() -> None:
    run(build, HERE, __doc__)


if __name__ == "__main__":
    main()
