"""Set merah_aj: probe tim merah (kotak putih) untuk putusan seluruh berkas dan kop SKP 8/2021.

Setiap berkas adalah satu SKP JA Model Pengembangan yang sah; setiap probe mengubah satu hal yang wajar
pada kop atau menambah lembar pendamping (petunjuk, perilaku, salinan PP 46 tahun lalu). Berkas bersih
tidak boleh mendapat error maupun peringatan; kembaran bercacat menjaga recall.

Pemakaian: ``python benchmarks/merah_aj/buat.py [--keluaran DIR] [--harapan FILE]`` (deterministik).
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
SEED = 20261208

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

# ---------------------------------------------------------------- probes

Probe = tuple[str, str, Callable[[dict[str, Any]], None], list[tuple[str, str | None]]]


def sheet(title: str, rows: list[list[Any]]) -> Callable[[Buku], None]:
    """Pengubah: tambah satu lembar berisi baris-baris yang diberikan."""

    def mod(book: Buku) -> None:
        ws = book.wb.create_sheet(title)
        for r, row in enumerate(rows, 1):
            for c, value in enumerate(row, 1):
                if value is not None:
                    ws.cell(r, c, value)

    return mod


def at(key: str, value: Any, right: Any = None) -> Callable[[Buku], None]:
    """Pengubah: tulis ulang sel kop ``key``; ``right`` ditulis di sel sebelah kanannya."""

    def mod(book: Buku) -> None:
        col, row = coordinate_from_string(book.cells[key])
        cell = book.ws[book.cells[key]]
        cell.value = value
        if right is not None:
            book.ws.cell(row, cell.column + 1, right)

    return mod


PETUNJUK = [
    ["PETUNJUK PENGISIAN SKP"],
    ["1. Formulir ini mengikuti Permen PANRB 8/2021; formulir lama PP 46/2011 tidak dipakai lagi."],
    ["2. Jangan memakai istilah HASIL KERJA dan PERILAKU KERJA dari Permen PANRB 6/2022."],
    ["3. Kolom NAMA diisi seperti contoh: {{ nama }} atau [isi nama pegawai]."],
    ["4. Kolom NIP diisi 18 digit tanpa spasi, contoh: [isi NIP]."],
    ["5. Tanda tangan: .............................."],
]
PERILAKU = [
    ["PERILAKU KERJA"],
    ["NO", "ASPEK PERILAKU", "EKSPEKTASI KHUSUS PIMPINAN"],
    [1, "Orientasi Pelayanan", "Melayani pemohon dengan ramah"],
    [2, "Komitmen", "Hadir tepat waktu"],
    [3, "Inisiatif Kerja", "Mengusulkan perbaikan prosedur"],
    [4, "Kerja Sama", "Membantu rekan tim"],
    [5, "Kepemimpinan", "Membimbing staf"],
]
PP46 = [
    ["FORMULIR SASARAN KERJA PEGAWAI NEGERI SIPIL"],
    ["NO", "I. PEJABAT PENILAI", None, "NO", "II. PEGAWAI NEGERI SIPIL YANG DINILAI"],
    [1, "Nama", "Drs. Bambang Sutrisno, M.Si.", 1, "Nama", "Dewi Lestari, S.E."],
    [2, "NIP", "19720520 199803 1 004", 2, "NIP", "19900315 201402 2 001"],
    ["NO", "III. KEGIATAN TUGAS JABATAN", "AK", "TARGET"],
    [None, None, None, "KUANT/OUTPUT", "KUAL/MUTU", "WAKTU", "BIAYA"],
    [1, "Menyusun laporan keuangan bulanan", 0, "12 laporan", 100, "12 bulan", "-"],
    [2, "Memverifikasi SPJ", 0, "240 SPJ", 100, "12 bulan", "-"],
]


REFERENSI = [
    ["DAFTAR PANGKAT/GOLONGAN"],
    ["SASARAN KERJA PEGAWAI"],
    ["GOLONGAN", "PANGKAT"],
    ["III/a", "Penata Muda"],
    ["III/b", "Penata Muda Tingkat I"],
    ["III/c", "Penata"],
    ["III/d", "Penata Tingkat I"],
    ["IV/a", "Pembina"],
    ["IV/b", "Pembina Tingkat I"],
]


def protect_sheet(book: Buku) -> None:
    book.ws.protection.sheet = True
    book.ws.protection.password = "rahasia"


def protect_workbook(book: Buku) -> None:
    from openpyxl.workbook.protection import WorkbookProtection

    book.wb.security = WorkbookProtection(workbookPassword="rahasia", lockStructure=True)


def comments_and_lists(book: Buku) -> None:
    from openpyxl.comments import Comment
    from openpyxl.worksheet.datavalidation import DataValidation

    book.ws[book.cells["pegawai.nip"]].comment = Comment("NIP sesuai SK CPNS", "BKPSDM")
    dv = DataValidation(type="list", formula1='"Penata Muda, III/a,Penata Muda Tingkat I, III/b"')
    book.ws.add_data_validation(dv)
    dv.add(book.cells["pegawai.pangkat"])
    book.ws[book.cells["penilai.unit"]].hyperlink = "https://dishub.lembahhijau.go.id"


def hide(title: str) -> Callable[[Buku], None]:
    def mod(book: Buku) -> None:
        book.wb[title].sheet_state = "hidden"

    return mod


def chart_sheet(book: Buku) -> None:
    from openpyxl.chart import BarChart, Reference

    data = book.wb.create_sheet("Data Grafik")
    for r, row in enumerate([["Bulan", "Laporan"], ["Jan", 1], ["Feb", 1], ["Mar", 1]], 1):
        for c, value in enumerate(row, 1):
            data.cell(r, c, value)
    chart = BarChart()
    chart.add_data(Reference(data, min_col=2, min_row=1, max_row=4), titles_from_data=True)
    book.wb.create_chartsheet("Grafik").add_chart(chart)


def defined_names(book: Buku) -> None:
    from openpyxl.workbook.defined_name import DefinedName

    book.wb.defined_names["NAMA_PEGAWAI"] = DefinedName(
        "NAMA_PEGAWAI", attr_text=f"'{book.ws.title}'!${book.cells['pegawai.nama'].replace('C', 'C$')}"
    )
    book.ws.print_area = f"A1:{get_column_letter(book.last)}{book.ws.max_row}"


def probes() -> list[Probe]:
    """(nama, uraian, pengubah spesifikasi, cacat [(kode, kunci sel)])."""
    out: list[Probe] = []

    def add(name: str, about: str, **o: Any) -> None:
        defects = o.pop("cacat", [])
        change = o.pop("ubah_spek", None)

        def apply(s: dict[str, Any]) -> None:
            mods = o.get("ubah", ())
            s["o"].update(copy.deepcopy({k: v for k, v in o.items() if k != "ubah"}))
            s["o"]["ubah"] = list(mods)
            if change:
                change(s)

        out.append((name, about, apply, defects))

    def setp(who: str, key: str, value: Any) -> Callable[[dict[str, Any]], None]:
        def change(s: dict[str, Any]) -> None:
            s[who][key] = value

        return change

    def periode(value: Any) -> Callable[[dict[str, Any]], None]:
        def change(s: dict[str, Any]) -> None:
            s["periode"] = value

        return change

    add("01-dasar", "garis dasar: SKP JA Model Pengembangan yang sah, kop berdampingan")
    # --- kata rezim lain di lembar pendamping
    add(
        "02-petunjuk-rezim-lain",
        "lembar Petunjuk menyebut PP 46/2011, HASIL KERJA, PERILAKU KERJA, {{ }}, [isi], titik",
        ubah=[sheet("Petunjuk", PETUNJUK)],
    )
    add(
        "03-petunjuk-di-depan",
        "lembar Petunjuk yang sama diletakkan sebagai lembar pertama",
        ubah=[sheet("Petunjuk", PETUNJUK), lambda b: b.wb.move_sheet("Petunjuk", offset=-1)],
    )
    add(
        "04-perilaku-ekspektasi",
        "lembar Perilaku 8/2021 (lima aspek) dengan kolom EKSPEKTASI KHUSUS PIMPINAN",
        ubah=[sheet("Perilaku", PERILAKU)],
    )
    add(
        "05-salinan-pp46-tahun-lalu",
        "salinan lembar SKP PP 46/2011 tahun lalu di samping formulir tahun ini",
        ubah=[sheet("SKP 2019 (lama)", PP46)],
    )
    add(
        "06-salinan-pp46-di-depan",
        "salinan lembar PP 46/2011 tahun lalu sebagai lembar pertama",
        ubah=[sheet("SKP 2019 (lama)", PP46), lambda b: b.wb.move_sheet("SKP 2019 (lama)", offset=-1)],
    )
    add(
        "07-catatan-kaki-rezim",
        "catatan di bawah tanda tangan menyebut PP 46/2011 dan HASIL KERJA",
        bawah=[
            "Catatan: formulir PP 46/2011 tidak berlaku; "
            "istilah HASIL KERJA dan PERILAKU KERJA tidak dipakai."
        ],
    )
    add(
        "08-titik-ttd-kosong",
        "baris tanda tangan cadangan berisi titik-titik ....",
        ubah=[
            lambda b: [
                b.ws.cell(b.ws.max_row + 2, b.col["rk"], "(..............................)"),
                b.ws.cell(b.ws.max_row, b.col["c"], "NIP. ........................"),
            ]
        ],
    )
    add(
        "09-catatan-isi-kurung",
        "catatan di bawah tabel dengan contoh [isi] dan {{ }}",
        bawah=["Keterangan: kolom [isi] pada templat telah diisi; {{ }} tidak ada lagi."],
    )
    # --- identitas
    add(
        "10-nama-dua-sel",
        "nama pegawai ditulis di dua sel (nama | gelar)",
        ubah=[at("pegawai.nama", "Dewi Lestari,", "S.E.")],
    )
    add(
        "11-unit-dua-baris",
        "unit kerja penilai berlanjut di baris berikutnya",
        ubah=[
            at("penilai.unit", "Dinas Perhubungan"),
            lambda b: b.ws.cell(11, b.ws[b.cells["penilai.unit"]].column, "Kabupaten Lembah Hijau"),
        ],
    )
    add(
        "12-nip-prefiks",
        "NIP ditulis `NIP. 19900315 201402 2 001`",
        ubah_spek=setp("pegawai", "nip", "NIP. 19900315 201402 2 001"),
    )
    add(
        "13-nip-apostrof",
        "NIP dengan apostrof awal (teks) tanpa spasi",
        ubah_spek=setp("pegawai", "nip", "'199003152014022001"),
    )
    add("14-nip-titik", "NIP dipisah titik", ubah_spek=setp("pegawai", "nip", "19900315.201402.2.001"))
    add(
        "15-nip-spasi-ganda",
        "NIP dengan spasi ganda dan spasi tak-putus",
        ubah_spek=setp("pegawai", "nip", "19900315  201402\u00a02 001 "),
    )
    add(
        "16-nip-titik-dua",
        "NIP diawali titik dua `: 19900315 201402 2 001`",
        ubah_spek=setp("pegawai", "nip", ": 19900315 201402 2 001"),
    )
    add(
        "17-penilai-nama-sama",
        "penilai bernama sama dengan pegawai tetapi NIP lain",
        ubah_spek=setp("penilai", "nama", "Dewi Lestari, S.E."),
    )
    add(
        "18-nip-dua-sel",
        "NIP pegawai di dua sel: `NIP.` | nomor",
        ubah=[at("pegawai.nip", "NIP.", "19900315 201402 2 001")],
    )
    # --- periode
    for n, (slug, text) in enumerate(
        [
            ("sd-bulan", "PERIODE PENILAIAN: Januari s.d. Desember 2025"),
            ("tanggal-strip", "PERIODE PENILAIAN : 1 Januari 2025 - 31 Desember 2025"),
            ("tahun", "PERIODE PENILAIAN: Tahun 2025"),
            ("tw", "PERIODE PENILAIAN: TW I-IV 2025"),
            ("sampai-dengan", "Periode Penilaian : 1 Januari 2025 sampai dengan 31 Desember 2025"),
            ("tanggal-angka", "PERIODE PENILAIAN: 01/01/2025 - 31/12/2025"),
            ("sd-tanpa-titik", "PERIODE PENILAIAN : 1 JANUARI 2025 SD 31 DESEMBER 2025"),
            ("bulan-singkat", "PERIODE PENILAIAN: Jan - Des 2025"),
        ],
        20,
    ):
        add(f"{n}-periode-{slug}", f"periode `{text}`", ubah_spek=periode(text))

    def two_dates(b: Buku) -> None:
        import datetime as dt

        b.ws["A3"].value = "PERIODE PENILAIAN"
        b.ws["C3"].value = dt.datetime(2025, 1, 1)
        b.ws["D3"].value = "s.d."
        b.ws["E3"].value = dt.datetime(2025, 12, 31)

    add(
        "28-periode-dua-sel-tanggal",
        "periode di dua sel tanggal (1/1/2025 s.d. 31/12/2025)",
        ubah=[two_dates],
    )
    add(
        "29-periode-di-judul",
        "periode di baris judul, tanpa baris periode",
        ubah_spek=periode(None),
        ubah=[
            lambda b: setattr(
                b.ws["A1"], "value", "RENCANA SASARAN KINERJA PEGAWAI PERIODE 1 JANUARI SD 31 DESEMBER 2025"
            )
        ],
    )
    add(
        "30-periode-label-terpisah",
        "label PERIODE PENILAIAN di satu sel, isinya di sel kanan",
        ubah_spek=periode("PERIODE PENILAIAN"),
        ubah=[lambda b: setattr(b.ws["C3"], "value", ": 1 Januari s.d. 31 Desember 2025")],
    )
    # --- label bagian dan pangkat
    add(
        "31-kinerja-utama-wajib",
        "label bagian `A. KINERJA UTAMA (WAJIB)`, `B. KINERJA TAMBAHAN (JIKA ADA)`",
        label_bagian=("A. KINERJA UTAMA (WAJIB)", "B. KINERJA TAMBAHAN (JIKA ADA)"),
    )
    add(
        "32-kinerja-utama-titik-dua",
        "label bagian `KINERJA UTAMA :`",
        label_bagian=("KINERJA UTAMA :", "KINERJA TAMBAHAN :"),
    )
    for n, (slug, who, text) in enumerate(
        [
            ("tk-kurung", "penilai", "Pembina Tk.I (IV/b)"),
            ("strip", "pegawai", "Penata Tingkat I, III-d"),
            ("garis-titik", "pegawai", "Penata Muda Tk. I / III.b"),
            ("hanya-gol", "pegawai", "III/b"),
            ("kurung", "pegawai", "Penata Muda Tingkat I (III/b)"),
            ("tanpa-pemisah", "pegawai", "Penata Muda Tk.I III/b"),
            ("gol-dulu", "pegawai", "III/b - Penata Muda Tingkat I"),
            ("gol-ruang-kata", "pegawai", "Penata Muda Tingkat I, Gol. III/b"),
        ],
        33,
    ):
        add(f"{n}-pangkat-{slug}", f"pangkat `{text}`", ubah_spek=setp(who, "pangkat", text))
    add(
        "41-sheet-skp-tahun",
        "lembar bernama `SKP 2025`",
        ubah=[lambda b: setattr(b.ws, "title", "SKP 2025")],
    )
    # --- putaran kedua (ditambah sesudah perbaikan pertama): fitur Excel di buku kerja yang sah
    add(
        "42-lembar-terkunci",
        "lembar SKP dilindungi kata sandi (proteksi lembar, bukan enkripsi berkas)",
        ubah=[protect_sheet],
    )
    add(
        "43-struktur-terkunci",
        "struktur buku kerja dikunci (proteksi buku kerja, bukan enkripsi berkas)",
        ubah=[protect_workbook],
    )
    add(
        "44-komentar-validasi-tautan",
        "komentar pada sel NIP, daftar pilihan pangkat, tautan pada unit kerja",
        ubah=[comments_and_lists],
    )
    add(
        "45-salinan-pp46-tersembunyi",
        "salinan lembar PP 46/2011 tahun lalu disembunyikan",
        ubah=[sheet("SKP 2019 (lama)", PP46), hide("SKP 2019 (lama)")],
    )
    add("46-lembar-grafik", "lembar grafik (chartsheet) sesudah lembar SKP", ubah=[chart_sheet])
    add(
        "47-nama-terdefinisi",
        "nama terdefinisi, area cetak dan judul cetak",
        judul_cetak=True,
        ubah=[defined_names],
    )
    add(
        "48-perilaku-6-2022-kata",
        "lembar Perilaku 8/2021 dengan label `PERILAKU KERJA`, `EKSPEKTASI KHUSUS PIMPINAN` dan "
        "`RENCANA HASIL KERJA` (petunjuk) sebagai sel judul",
        ubah=[sheet("Perilaku", [*PERILAKU, [], ["RENCANA HASIL KERJA"], ["(lihat lembar SKP)"]])],
    )
    add(
        "49-referensi-pangkat",
        "lembar Referensi berisi daftar pangkat/golongan dan kata `SASARAN KERJA PEGAWAI`",
        ubah=[sheet("Referensi", REFERENSI)],
    )
    # --- kembaran bercacat
    add(
        "90-cacat-nip-tanggal",
        "kembaran cacat: NIP dengan bulan lahir 13",
        ubah_spek=setp("pegawai", "nip", "NIP. 19901315 201402 2 001"),
        cacat=[("nip-tidak-valid", "pegawai.nip")],
    )
    add(
        "91-cacat-penilai-sama",
        "kembaran cacat: penilai dengan NIP pegawai (bertanda NIP.)",
        ubah_spek=setp("penilai", "nip", "NIP. 199003152014022001"),
        cacat=[("penilai-sama-dengan-pegawai", None)],
    )
    add(
        "92-cacat-pangkat",
        "kembaran cacat: nama pangkat dan golongan tidak cocok",
        ubah_spek=setp("pegawai", "pangkat", "Pembina Tk.I (III/b)"),
        cacat=[("pangkat-tidak-dikenal", "pegawai.pangkat")],
    )
    add(
        "93-cacat-periode-lintas-tahun",
        "kembaran cacat: periode 1 Juli 2025 s.d. 30 Juni 2026",
        ubah_spek=periode("PERIODE PENILAIAN: 1 Juli 2025 s.d. 30 Juni 2026"),
        cacat=[("periode-tidak-valid", None)],
    )
    add(
        "94-cacat-nama-kosong",
        "kembaran cacat: nama pegawai kosong dengan lembar Petunjuk",
        ubah_spek=setp("pegawai", "nama", None),
        ubah=[sheet("Petunjuk", PETUNJUK)],
        cacat=[("identitas-kosong", "pegawai.nama")],
    )
    add(
        "95-cacat-templat-isi",
        "kembaran cacat: nama pegawai masih `[isi nama]`",
        ubah_spek=setp("pegawai", "nama", "[isi nama]"),
        cacat=[("templat-belum-diisi", None)],
    )
    add(
        "96-cacat-periode-terbalik",
        "kembaran cacat: periode 31 Desember 2025 s.d. 1 Januari 2025",
        ubah_spek=periode("PERIODE PENILAIAN: 31 Desember 2025 s.d. 1 Januari 2025"),
        cacat=[("periode-tidak-valid", None)],
    )
    return out


def build(folder: Path, manifest: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.glob("*.xlsx"):
        old.unlink()
    files = []
    for name, about, change, defects in probes():
        spec = base()
        change(spec)
        path = folder / f"{name}.xlsx"
        book = Buku(spec)
        cells = book.save(path)
        out_defects = [
            {"code": code, "sheet": book.ws.title if key else None, "cell": cells.get(key) if key else None}
            for code, key in defects
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
    manifest.write_text(
        json.dumps({"set": "merah_aj", "seed": SEED, "files": files}, indent=1, ensure_ascii=False) + "\n",
        encoding="utf-8",
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--keluaran", type=Path, default=HERE / "kiriman")
    parser.add_argument("--harapan", type=Path, default=HERE / "harapan.json")
    args = parser.parse_args()
    build(args.keluaran, args.harapan)


if __name__ == "__main__":
    main()
