"""Set merah_ae: probe tim merah (kotak putih) untuk error palsu pada SKP yang sah.

Setiap berkas adalah satu SKP JF/JA yang sah dengan satu kelompok tulisan yang wajar dari pegawai yang
teliti (target "12 (dua belas) laporan", persen tersimpan 1,0, rentang dengan en-dash, NIP berspasi,
pangkat "Penata Tk. I (III/d)", PPPK, periode "Januari - Desember 2025", Kinerja Tambahan "Nihil", angka
kredit "0,125", realisasi "12 laporan"). Berkas bersih tidak boleh mendapat error maupun peringatan.
Kembaran bercacat memastikan perbaikan tidak mematikan recall.

Pemakaian: ``python benchmarks/merah_ae/buat.py [--keluaran DIR] [--harapan FILE]`` (deterministik).
"""

from __future__ import annotations

import argparse
import copy
import json
from datetime import datetime
from pathlib import Path
from typing import Any

import openpyxl
from openpyxl.utils import get_column_letter

HERE = Path(__file__).resolve().parent
SEED = 20261206

PEGAWAI = {
    "nama": "Rahmat Hidayat, S.Kom.",
    "nip": "19880412 201101 1 003",
    "pangkat": "Penata, III/c",
    "jabatan": "Pranata Komputer Ahli Muda",
    "unit": "Bidang Statistik dan Persandian, Dinas Kominfo",
}
PENILAI = {
    "nama": "Ir. Siti Nurhaliza, M.T.",
    "nip": "19750817 200003 2 002",
    "pangkat": "Pembina, IV/a",
    "jabatan": "Kepala Bidang Statistik dan Persandian",
    "unit": "Dinas Komunikasi dan Informatika",
}
PERIODE = "PERIODE PENILAIAN: 1 JANUARI SD 31 DESEMBER 2025"

# (rk atasan, rk, [(aspek, iki, target, (sk, k, c, b, sb))], (data, sumber, waktu))
RENCANA: list[dict[str, Any]] = [
    {
        "atasan": "Meningkatnya kualitas data statistik sektoral perangkat daerah",
        "rk": "Tersedianya basis data statistik sektoral yang mutakhir",
        "iki": [
            [
                "Kuantitas",
                "Jumlah laporan pemutakhiran basis data statistik sektoral",
                "12 laporan",
                ["< 8 laporan", "8 - 9 laporan", "10 - 11 laporan", "12 laporan", "> 12 laporan"],
            ],
            [
                "Kualitas",
                "Persentase data sektoral yang tervalidasi",
                "90 %",
                ["< 70 %", "70 - 79 %", "80 - 89 %", "90 %", "> 90 %"],
            ],
            [
                "Waktu",
                "Waktu penyampaian laporan pemutakhiran",
                "12 bulan",
                ["> 14 bulan", "14 bulan", "13 bulan", "12 bulan", "< 12 bulan"],
            ],
        ],
        "pantau": ["Laporan pemutakhiran", "Aplikasi Satu Data", "Setiap bulan"],
    },
    {
        "atasan": "Meningkatnya keamanan informasi perangkat daerah",
        "rk": "Sistem elektronik perangkat daerah terlindungi dari insiden keamanan",
        "iki": [
            [
                "Kuantitas",
                "Jumlah sistem elektronik yang dinilai keamanannya",
                "20 sistem",
                ["< 12 sistem", "12 - 15 sistem", "16 - 19 sistem", "20 sistem", "> 20 sistem"],
            ],
            ["Kualitas", "Indeks KAMI Dinas", "3,5", ["< 2,0", "2,0 - 2,4", "2,5 - 3,4", "3,5", "> 3,5"]],
        ],
        "pantau": ["Laporan penilaian keamanan", "Tim CSIRT", "Triwulanan"],
    },
]
TAMBAHAN: list[dict[str, Any]] = [
    {
        "rk": "Terlaksananya tugas sebagai narasumber literasi digital",
        "iki": [
            [
                "Kuantitas",
                "Jumlah kegiatan literasi digital sebagai narasumber",
                "2 kegiatan",
                ["", "", "1 kegiatan", "2 kegiatan", "> 2 kegiatan"],
            ]
        ],
        "pantau": ["Surat tugas", "Sekretariat", "Akhir tahun"],
    },
]
KETERKAITAN = [
    [
        "Tersedianya basis data statistik sektoral yang mutakhir",
        "Melakukan pemutakhiran basis data",
        "Laporan pemutakhiran",
        0.5,
    ],
    [
        "Sistem elektronik perangkat daerah terlindungi dari insiden keamanan",
        "Melakukan penilaian keamanan sistem elektronik",
        "Laporan penilaian",
        0.25,
    ],
]


def base() -> dict[str, Any]:
    return {
        "form": "jf-pengembangan",
        "pegawai": dict(PEGAWAI),
        "penilai": dict(PENILAI),
        "periode": PERIODE,
        "rencana": copy.deepcopy(RENCANA),
        "tambahan": copy.deepcopy(TAMBAHAN),
        "keterkaitan": copy.deepcopy(KETERKAITAN),
        "penilaian": None,
        "formats": {},
        "tanggal_pengajuan": "2 Januari 2025",
        "opsi": {},
    }


class Buku:
    """Tulis spesifikasi ke buku kerja; catat sel tiap isian agar cacat bisa diberi sel."""

    def __init__(self, spec: dict[str, Any]) -> None:
        self.spec = spec
        self.wb = openpyxl.Workbook()
        self.cells: dict[str, str] = {}

    def identity(self, ws: Any, vcol_p: int, lcol_r: int, vcol_r: int, sheet: str) -> None:
        labels = [
            ("nama", "NAMA"),
            ("nip", "NIP"),
            ("pangkat", "PANGKAT/GOL RUANG"),
            ("jabatan", "JABATAN"),
            ("unit", "UNIT KERJA"),
        ]
        ws.cell(5, 1, "NO")
        ws.cell(5, 2, "PEGAWAI YANG DINILAI")
        ws.cell(5, lcol_r - 1, "NO")
        ws.cell(5, lcol_r, "PEJABAT PENILAI KINERJA")
        own = self.spec["opsi"].get("label_pegawai", {})
        for i, (key, label) in enumerate(labels):
            r = 6 + i
            ws.cell(r, 1, i + 1)
            if self.spec["opsi"].get("identitas_sebaris"):
                ws.cell(r, 2, f"{own.get(key, label)} : {self.spec['pegawai'][key]}").number_format = "@"
            else:
                ws.cell(r, 2, own.get(key, label))
                ws.cell(r, vcol_p, self.spec["pegawai"][key]).number_format = "@"
            ws.cell(r, lcol_r - 1, i + 1)
            ws.cell(r, lcol_r, label)
            ws.cell(r, vcol_r, self.spec["penilai"][key]).number_format = "@"
            self.cells[f"{sheet}:pegawai.{key}"] = f"{get_column_letter(vcol_p)}{r}"
            self.cells[f"{sheet}:penilai.{key}"] = f"{get_column_letter(vcol_r)}{r}"

    def skp(self) -> None:
        spec = self.spec
        pengembangan = spec["form"].endswith("pengembangan")
        ws = self.wb.active
        ws.title = "SKP"
        ws["A1"] = "RENCANA SASARAN KINERJA PEGAWAI"
        ws["A2"] = "DINAS KOMUNIKASI DAN INFORMATIKA KABUPATEN LEMBAH HIJAU"
        ws["A3"] = spec["periode"]
        self.cells["periode"] = "A3"
        for col, value in spec["opsi"].get("periode_sel", {}).items():
            ws[col] = value
        self.identity(ws, 3, *spec["opsi"].get("penilai_kolom", (8, 9)), "SKP")
        labels = spec["opsi"].get("label_bagian", ("A. KINERJA UTAMA", "B. KINERJA TAMBAHAN"))
        self.header(ws, 13, pengembangan)
        row = 16
        if labels[0]:
            ws.cell(row, 1, labels[0])
            row += 1
        row = self.rows(ws, spec["rencana"], row, pengembangan, "utama")
        if labels[1]:
            ws.cell(row, 1, labels[1])
            row += 1
        row = self.rows(ws, spec["tambahan"], row, pengembangan, "tambahan")
        row += 2
        ws.cell(row, 2, "PEGAWAI YANG DINILAI")
        ws.cell(row, 8, "PEJABAT PENILAI KINERJA")
        ws.cell(row + 4, 2, spec["pegawai"]["nama"])
        ws.cell(row + 4, 8, spec["penilai"]["nama"])
        ws.cell(row + 5, 2, "NIP. " + spec["pegawai"]["nip"])
        ws.cell(row + 5, 8, "NIP. " + spec["penilai"]["nip"])
        if spec["opsi"].get("unit_lanjut"):
            ws["C11"] = spec["opsi"]["unit_lanjut"]
        for col in sorted(spec["opsi"].get("hapus_kolom", ()), reverse=True):
            ws.delete_cols(col)

    def header(self, ws: Any, top: int, pengembangan: bool) -> None:
        heads = {
            1: "NO",
            2: "RENCANA KINERJA ATASAN LANGSUNG/UNIT KERJA/ORGANISASI",
            4: "RENCANA KINERJA",
            5: "ASPEK",
            6: "INDIKATOR KINERJA INDIVIDU",
            7: "TARGET",
        }
        heads.update(self.spec["opsi"].get("judul", {}))
        for col, text in heads.items():
            ws.cell(top, col, text)
        ws.merge_cells(start_row=top, start_column=2, end_row=top + 1, end_column=3)
        ws.merge_cells(start_row=top, start_column=7, end_row=top + 1, end_column=8)
        last = 8
        if pengembangan:
            ws.cell(top, 9, "KATEGORI PENILAIAN")
            ws.cell(top, 14, "CARA MEMANTAU KINERJA")
            for i, text in enumerate(
                [
                    "SANGAT KURANG",
                    "KURANG",
                    "CUKUP",
                    "BAIK",
                    "SANGAT BAIK",
                    "DATA",
                    "SUMBER DATA",
                    "WAKTU PENGUMPULAN",
                ]
            ):
                ws.cell(top + 1, 9 + i, self.spec["opsi"].get("sub_judul", {}).get(9 + i, text))
            last = 16
        number = 1
        for col in [1, 2, 4, 5, 6, 7] + list(range(9, last + 1)):
            ws.cell(top + 2, col, number)
            number += 1

    def rows(self, ws: Any, items: list[dict[str, Any]], row: int, pengembangan: bool, section: str) -> int:
        opsi = self.spec["opsi"]
        split = opsi.get("target_terpisah", False)  # number in G, satuan in H, no merge
        atasan_top: dict[str, int] = {}
        for n, item in enumerate(items, 1):
            top = row
            ws.cell(row, 1, opsi.get("nomor", "{}").format(n))
            if section == "utama":
                first = atasan_top.get(item["atasan"])
                if first is None or not opsi.get("atasan_gabung"):
                    ws.cell(row, 2, item["atasan"])
                    atasan_top[item["atasan"]] = row
            ws.cell(row, 4, item["rk"])
            self.cells[f"{section}{n}.rk"] = f"D{row}"
            for k, (aspek, iki, target, kategori) in enumerate(item["iki"], 1):
                if k > 1 and opsi.get("rk_diulang"):
                    ws.cell(row, 4, item["rk"])
                    if section == "utama":
                        ws.cell(row, 2, item["atasan"])
                ws.cell(row, 5, aspek)
                ws.cell(row, 6, iki)
                if split and isinstance(target, str) and " " in target and target[0].isdigit():
                    number, unit = target.split(" ", 1)
                    ws.cell(
                        row,
                        7,
                        float(number.replace(",", ".")) if number.replace(",", "").isdigit() else number,
                    )
                    ws.cell(row, 8, unit)
                    cell = ws.cell(row, 7)
                else:
                    cell = ws.cell(row, 7, target)
                    if not split:
                        ws.merge_cells(start_row=row, start_column=7, end_row=row, end_column=8)
                fmt = self.spec["formats"].get(f"{section}{n}.{k}.target")
                if fmt:
                    cell.number_format = fmt
                self.cells[f"{section}{n}.{k}.target"] = f"G{row}"
                self.cells[f"{section}{n}.{k}.aspek"] = f"E{row}"
                if pengembangan:
                    for i, value in enumerate(kategori):
                        c = ws.cell(row, 9 + i, value if value != "" else None)
                        fmt = self.spec["formats"].get(f"{section}{n}.{k}.kategori")
                        if fmt and isinstance(value, float):
                            c.number_format = fmt
                        self.cells[f"{section}{n}.{k}.kategori{i}"] = f"{get_column_letter(9 + i)}{row}"
                    if opsi.get("pantau_per_iki"):
                        for i, value in enumerate(item["pantau"]):
                            ws.cell(row, 14 + i, value)
                row += 1
            if pengembangan and not opsi.get("pantau_per_iki"):
                for i, value in enumerate(item["pantau"]):
                    ws.cell(top, 14 + i, value)
            merge = not opsi.get("tanpa_gabung") and not opsi.get("rk_diulang")
            if row - top > 1 and merge:
                cols = (1, 2, 4) + ((14, 15, 16) if pengembangan and not opsi.get("pantau_per_iki") else ())
                for col in cols:
                    if col == 2 and (section != "utama" or opsi.get("atasan_gabung")):
                        continue
                    ws.merge_cells(
                        start_row=top,
                        start_column=col,
                        end_row=row - 1,
                        end_column=col + (1 if col == 2 else 0),
                    )
            if section == "utama" and n == 1 and opsi.get("judul_ulang"):
                self.header(ws, row, pengembangan)  # the header copied at a page break
                row += 3
        if section == "utama" and opsi.get("atasan_gabung"):
            tops = sorted(atasan_top.values())
            ends = tops[1:] + [row]
            for a, b in zip(tops, ends, strict=True):
                ws.merge_cells(start_row=a, start_column=2, end_row=b - 1, end_column=3)
        return row

    def keterkaitan(self) -> None:
        spec = self.spec
        if not spec["form"].startswith("jf") or spec["keterkaitan"] is None:
            return
        ws = self.wb.create_sheet("Keterkaitan AK")
        ws["A1"] = "FORMAT KETERKAITAN SKP DENGAN ANGKA KREDIT"
        ws["A2"] = "DINAS KOMUNIKASI DAN INFORMATIKA KABUPATEN LEMBAH HIJAU"
        ws["A3"] = spec["periode"]
        self.identity(ws, 3, 6, 7, "AK")
        ws["B12"] = "TANGGAL PENGAJUAN"
        ws["C12"] = spec["tanggal_pengajuan"]
        for col, text in {
            1: "NO",
            2: "RENCANA KINERJA",
            4: "BUTIR KEGIATAN",
            7: "OUTPUT",
            8: "ANGKA KREDIT",
        }.items():
            ws.cell(14, col, text)
        for i, col in enumerate((1, 2, 4, 7, 8), 1):
            ws.cell(15, col, i)
        ws["A16"] = "KINERJA UTAMA"
        for i, (rk, butir, output, ak) in enumerate(spec["keterkaitan"]):
            r = 17 + i
            ws.cell(r, 1, i + 1)
            ws.cell(r, 2, rk)
            ws.cell(r, 4, butir)
            ws.cell(r, 7, output)
            c = ws.cell(r, 8, ak)
            if isinstance(ak, float):
                c.number_format = spec["formats"].get("ak", "0.000")
            self.cells[f"ak{i + 1}"] = f"H{r}"

    def penilaian(self) -> None:
        rows = self.spec["penilaian"]
        if rows is None:
            return
        ws = self.wb.create_sheet("Penilaian")
        ws["A1"] = "PENILAIAN SASARAN KINERJA PEGAWAI"
        ws["A2"] = "DINAS KOMUNIKASI DAN INFORMATIKA KABUPATEN LEMBAH HIJAU"
        ws["A3"] = self.spec["periode"]
        self.identity(ws, 3, 9, 10, "PEN")
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
        for i, text in enumerate(heads, 1):
            ws.cell(13, i, text)
            ws.cell(14, i, i)
        ws["A15"] = "A. KINERJA UTAMA"
        r = 16
        for n, item in enumerate(self.spec["rencana"], 1):
            top = r
            ws.cell(r, 1, n)
            ws.cell(r, 2, item["atasan"])
            ws.cell(r, 3, item["rk"])
            for k, (aspek, iki, target, _) in enumerate(item["iki"], 1):
                realisasi, capaian, kategori, nilai = rows[f"{n}.{k}"]
                ws.cell(r, 4, aspek)
                ws.cell(r, 5, iki)
                tc = ws.cell(r, 6, self.spec["opsi"].get("target_penilaian", {}).get(f"{n}.{k}", target))
                fmt = self.spec["formats"].get(f"utama{n}.{k}.target")
                if fmt:
                    tc.number_format = fmt
                rc = ws.cell(r, 7, realisasi)
                if fmt and isinstance(realisasi, float):
                    rc.number_format = fmt
                cc = ws.cell(r, 8, capaian)
                if isinstance(capaian, float):
                    cc.number_format = "0%"
                ws.cell(r, 9, kategori)
                ws.cell(r, 10, nilai)
                self.cells[f"pen{n}.{k}.realisasi"] = f"G{r}"
                self.cells[f"pen{n}.{k}.capaian"] = f"H{r}"
                r += 1
            if r - top > 1:
                for col in (1, 2, 3):
                    ws.merge_cells(start_row=top, start_column=col, end_row=r - 1, end_column=col)
        ws.cell(r, 1, "B. KINERJA TAMBAHAN")

    def penilaian_lengkap(self) -> None:
        """The template's Penilaian: kategori columns, RK-level columns, Kinerja Tambahan and the totals."""
        rows = self.spec["opsi"].get("penilaian_lengkap")
        if rows is None:
            return
        ws = self.wb.create_sheet("Penilaian")
        ws["A1"] = "PENILAIAN SASARAN KINERJA PEGAWAI"
        ws["A2"] = "DINAS KOMUNIKASI DAN INFORMATIKA KABUPATEN LEMBAH HIJAU"
        ws["A3"] = self.spec["periode"]
        self.identity(ws, 3, 9, 10, "PEN")
        heads = [
            "NO",
            "RENCANA KINERJA ATASAN LANGSUNG/UNIT KERJA/ORGANISASI",
            "RENCANA KINERJA",
            "ASPEK",
            "INDIKATOR KINERJA INDIVIDU",
            "TARGET",
            "KATEGORI PENILAIAN",
            "",
            "",
            "",
            "",
            "REALISASI",
            "CAPAIAN IKI",
            "KATEGORI CAPAIAN IKI",
            "NILAI CAPAIAN IKI",
            "KATEGORI CAPAIAN RK",
            "NILAI CAPAIAN RK",
        ]
        for i, text in enumerate(heads, 1):
            if text:
                ws.cell(13, i, text)
            ws.cell(15, i, i)
        for i, text in enumerate(["SANGAT KURANG", "KURANG", "CUKUP", "BAIK", "SANGAT BAIK"], 7):
            ws.cell(14, i, text)
        r = 16
        for section, label, items in (
            ("utama", "A. KINERJA UTAMA", self.spec["rencana"]),
            ("tambahan", "B. KINERJA TAMBAHAN", self.spec["tambahan"]),
        ):
            ws.cell(r, 1, label)
            r += 1
            for n, item in enumerate(items, 1):
                top = r
                ws.cell(r, 1, n)
                ws.cell(r, 2, item.get("atasan"))
                ws.cell(r, 3, item["rk"])
                rk_kategori, rk_nilai = rows[f"{section}{n}"]
                ws.cell(r, 16, rk_kategori)
                ws.cell(r, 17, rk_nilai)
                for k, (aspek, iki, target, kategori) in enumerate(item["iki"], 1):
                    ws.cell(r, 4, aspek)
                    ws.cell(r, 5, iki)
                    ws.cell(r, 6, target)
                    for i, value in enumerate(kategori, 7):
                        if value != "":
                            ws.cell(r, i, value)
                    for i, value in enumerate(rows[f"{section}{n}.{k}"], 12):
                        ws.cell(r, i, value)
                    r += 1
                if r - top > 1:
                    for col in (1, 2, 3, 16, 17):
                        ws.merge_cells(start_row=top, start_column=col, end_row=r - 1, end_column=col)
        for label, value in rows["jumlah"]:
            ws.cell(r, 1, label)
            ws.cell(r, 17, value)
            r += 1

    def save(self, path: Path) -> dict[str, str]:
        self.skp()
        self.keterkaitan()
        self.penilaian()
        self.penilaian_lengkap()
        self.wb.save(path)
        return self.cells


# ---------------------------------------------------------------- probes


def iki(spec: dict[str, Any], n: int, k: int, section: str = "rencana") -> list[Any]:
    return spec[section][n - 1]["iki"][k - 1]  # type: ignore[no-any-return]


def probes() -> list[tuple[str, str, Any, list[tuple[str, str, str]]]]:
    """(nama, uraian, pengubah spesifikasi, cacat [(kode, sheet, kunci sel)])."""
    out: list[tuple[str, str, Any, list[tuple[str, str, str]]]] = []

    def add(name: str, about: str, defects: list[tuple[str, str, str]] | None = None) -> Any:
        def wrap(func: Any) -> Any:
            out.append((name, about, func, defects or []))
            return func

        return wrap

    @add("01-dasar-bersih", "SKP JF pengembangan yang sah tanpa variasi (garis dasar)")
    def _(s: dict[str, Any]) -> None:
        pass

    @add(
        "02-target-terbilang",
        "target dengan terbilang dalam kurung: '12 (dua belas) laporan', "
        "'1 (satu) dokumen', '20 (dua puluh) sistem'",
    )
    def _(s: dict[str, Any]) -> None:
        t = iki(s, 1, 1)
        t[2] = "12 (dua belas) laporan"
        t[3] = [
            "< 8 (delapan) laporan",
            "8 - 9 laporan",
            "10 - 11 laporan",
            "12 (dua belas) laporan",
            "> 12 (dua belas) laporan",
        ]
        iki(s, 2, 1)[2] = "20 (dua puluh) sistem"
        s["tambahan"][0]["iki"][0][2] = "1 (satu) dokumen"
        s["tambahan"][0]["iki"][0][1] = "Jumlah dokumen kajian literasi digital"
        s["tambahan"][0]["iki"][0][3] = ["", "", "", "1 (satu) dokumen", "> 1 dokumen"]

    @add(
        "03-persen-pecahan",
        "target dan kategori persen sebagai angka berformat % (90 % tersimpan 0,9; 100 % tersimpan 1,0)",
    )
    def _(s: dict[str, Any]) -> None:
        t = iki(s, 1, 2)
        t[2] = 0.9
        t[3] = [0.7, "70 - 79 %", "80 - 89 %", 0.9, "> 90 %"]
        s["formats"]["utama1.2.target"] = "0%"
        s["formats"]["utama1.2.kategori"] = "0%"
        s["rencana"][1]["iki"][1] = [
            "Kualitas",
            "Persentase insiden keamanan yang ditangani tuntas",
            1.0,
            [0.6, 0.7, 0.8, 1.0, ""],
        ]
        s["formats"]["utama2.3.target"] = "0%"
        s["formats"]["utama2.3.kategori"] = "0%"

    @add(
        "04-target-batas-waktu",
        "target waktu sebagai batas tanggal: 's.d. 31 Maret 2025', 'Desember 2025', '31 Desember 2025'",
    )
    def _(s: dict[str, Any]) -> None:
        t = iki(s, 1, 3)
        t[1] = "Waktu penyampaian laporan pemutakhiran tahunan"
        t[2] = "s.d. 31 Maret 2025"
        t[3] = ["", "", "> 30 April 2025", "31 Maret 2025", "< 31 Maret 2025"]
        s["rencana"][1]["iki"].append(
            [
                "Waktu",
                "Waktu penyelesaian penilaian keamanan",
                "Desember 2025",
                ["", "", "", "Desember 2025", "November 2025"],
            ]
        )

    @add("05-rentang", "target rentang '80-90 %', '80 – 90 %' (en-dash), '3,0 s.d. 3,5'")
    def _(s: dict[str, Any]) -> None:
        t = iki(s, 1, 2)
        t[2] = "80-90 %"
        t[3] = ["< 60 %", "60 - 69 %", "70 - 79 %", "80-90 %", "> 90 %"]
        t = iki(s, 2, 2)
        t[2] = "3,0 s.d. 3,5"
        t[3] = ["< 2,0", "2,0 - 2,4", "2,5 - 2,9", "3,0 s.d. 3,5", "> 3,5"]
        s["tambahan"][0]["iki"].append(
            [
                "Kualitas",
                "Persentase peserta literasi digital yang puas",
                "80 – 90 %",
                ["< 60 %", "60 – 69 %", "70 – 79 %", "80 – 90 %", "> 90 %"],
            ]
        )

    @add(
        "06-target-berkualifikasi",
        "target dengan kualifikasi: '≥ 90 %', 'Minimal 12 laporan', 'Maksimal 3 hari'",
    )
    def _(s: dict[str, Any]) -> None:
        t = iki(s, 1, 1)
        t[2] = "Minimal 12 laporan"
        t[3] = ["< 8 laporan", "8 - 9 laporan", "10 - 11 laporan", "12 laporan", "> 12 laporan"]
        t = iki(s, 1, 2)
        t[2] = "≥ 90 %"
        t[3] = ["< 70 %", "70 - 79 %", "80 - 89 %", "90 %", "> 95 %"]
        t = iki(s, 1, 3)
        t[1] = "Waktu tanggap permintaan pemutakhiran data"
        t[2] = "Maksimal 3 hari"
        t[3] = ["> 7 hari", "6 - 7 hari", "4 - 5 hari", "3 hari", "< 3 hari"]

    @add(
        "07-kategori-tulisan",
        "kategori ditulis '< 10', '10 s.d. 11', '11-12' (menyentuh target di ujung), '≥ 13', en-dash '8–9'",
    )
    def _(s: dict[str, Any]) -> None:
        t = iki(s, 1, 1)
        t[3] = ["< 8", "8–9", "10 s.d. 11", "12", "≥ 13"]
        t = iki(s, 2, 1)
        t[3] = ["< 10", "10 s.d. 15", "16-20", "20", "≥ 21"]

    @add("08-nip-ditulis", "NIP dengan awalan 'NIP.' dan titik pemisah, tanpa spasi")
    def _(s: dict[str, Any]) -> None:
        s["pegawai"]["nip"] = "NIP. 19880412 201101 1 003"
        s["penilai"]["nip"] = "197508172000032002"

    @add("09-pangkat-tulisan", "pangkat 'Penata Tk. I (III/d)' dan 'Pembina Utama Muda/IVc'")
    def _(s: dict[str, Any]) -> None:
        s["pegawai"]["pangkat"] = "Penata Tk. I (III/d)"
        s["penilai"]["pangkat"] = "Pembina Utama Muda/IVc"
        s["penilai"]["jabatan"] = "Kepala Dinas Komunikasi dan Informatika"

    @add("10-pppk", "pegawai PPPK (NIP dengan 21 di bulan TMT) golongan IX, jabatan Ahli Pertama")
    def _(s: dict[str, Any]) -> None:
        s["pegawai"]["nip"] = "19950214 202221 1 004"
        s["pegawai"]["pangkat"] = "IX"
        s["pegawai"]["jabatan"] = "Pranata Komputer Ahli Pertama"

    @add("11-periode-bulan", "periode 'PERIODE PENILAIAN: JANUARI - DESEMBER 2025'")
    def _(s: dict[str, Any]) -> None:
        s["periode"] = "PERIODE PENILAIAN: JANUARI - DESEMBER 2025"

    @add("12-periode-angka", "periode 'Periode Penilaian : 01/01/2025 s/d 31/12/2025'")
    def _(s: dict[str, Any]) -> None:
        s["periode"] = "Periode Penilaian : 01/01/2025 s/d 31/12/2025"

    @add("13-periode-tahun", "periode 'PERIODE PENILAIAN TAHUN 2025'")
    def _(s: dict[str, Any]) -> None:
        s["periode"] = "PERIODE PENILAIAN TAHUN 2025"

    @add("14-tambahan-nihil", "Kinerja Tambahan diisi tanda tidak ada: '-' dan 'Nihil'")
    def _(s: dict[str, Any]) -> None:
        s["tambahan"] = [
            {"rk": "Nihil", "iki": [["-", "-", "-", ["", "", "", "", ""]]], "pantau": ["-", "-", "-"]}
        ]

    @add("15-angka-kredit", "angka kredit '0,5', '0.125', '1,000' dan angka 0.125")
    def _(s: dict[str, Any]) -> None:
        s["keterkaitan"] = [
            [KETERKAITAN[0][0], "Melakukan pemutakhiran basis data", "Laporan pemutakhiran", "0,5"],
            [KETERKAITAN[0][0], "Melakukan validasi data sektoral", "Laporan validasi", "0.125"],
            [
                KETERKAITAN[1][0],
                "Melakukan penilaian keamanan sistem elektronik",
                "Laporan penilaian",
                "1,000",
            ],
            [KETERKAITAN[1][0], "Menyusun rekomendasi pengamanan", "Dokumen rekomendasi", 0.125],
        ]

    def nilai(capaian: float) -> tuple[str, float]:
        return ("Baik", 109) if capaian == 100 else ("Sangat Baik", 120)

    @add("16-penilaian-teks", "Penilaian dengan realisasi bersatuan '12 laporan', '90 %', capaian '100 %'")
    def _(s: dict[str, Any]) -> None:
        s["penilaian"] = {
            "1.1": ["12 laporan", "100 %", "Baik", 109],
            "1.2": ["90 %", "100 %", "Baik", 109],
            "1.3": ["12 bulan", "100 %", "Baik", 109],
            "2.1": ["20 sistem", "100 %", "Baik", 109],
            "2.2": ["3,5", "100 %", "Baik", 109],
        }

    @add(
        "17-penilaian-persen-pecahan",
        "Penilaian: target dan realisasi 90 % tersimpan 0,9, capaian 1,0 berformat %",
    )
    def _(s: dict[str, Any]) -> None:
        iki(s, 1, 2)[2] = 0.9
        iki(s, 1, 2)[3] = [0.7, "70 - 79 %", "80 - 89 %", 0.9, "> 90 %"]
        s["formats"]["utama1.2.target"] = "0%"
        s["formats"]["utama1.2.kategori"] = "0%"
        s["penilaian"] = {
            "1.1": [12, 1.0, "Baik", 109],
            "1.2": [0.9, 1.0, "Baik", 109],
            "1.3": [12, 1.0, "Baik", 109],
            "2.1": [20, 1.0, "Baik", 109],
            "2.2": [3.5, 1.0, "Baik", 109],
        }

    @add(
        "18-ja-dasar-aspek",
        "JA Model Dasar dengan aspek 'Kuantitas/Output', 'Kualitas/Mutu', 'Waktu (bulan)'",
    )
    def _(s: dict[str, Any]) -> None:
        s["form"] = "ja-dasar"
        s["pegawai"]["jabatan"] = "Pengelola Data"
        s["pegawai"]["pangkat"] = "Penata Muda, III/a"
        s["pegawai"]["nip"] = "19920305 201903 1 002"
        iki(s, 1, 1)[0] = "Kuantitas/Output"
        iki(s, 1, 2)[0] = "Kualitas/Mutu"
        iki(s, 1, 3)[0] = "Waktu (bulan)"
        iki(s, 2, 1)[0] = "KUANTITAS"

    @add("19-target-tanggal-sel", "target waktu sebagai tanggal Excel (sel bertipe tanggal 31-12-2025)")
    def _(s: dict[str, Any]) -> None:
        t = iki(s, 1, 3)
        t[1] = "Waktu penyampaian laporan pemutakhiran tahunan"
        t[2] = datetime(2025, 12, 31)
        t[3] = ["", "", "", datetime(2025, 12, 31), datetime(2025, 11, 30)]
        s["formats"]["utama1.3.target"] = "dd/mm/yyyy"

    @add(
        "20-periode-sel-tanggal",
        "periode dalam sel tanggal: 'PERIODE PENILAIAN :' | 01/01/2025 | 's.d.' | 31/12/2025",
    )
    def _(s: dict[str, Any]) -> None:
        s["periode"] = "PERIODE PENILAIAN :"
        s["opsi"]["periode_sel"] = {"D3": datetime(2025, 1, 1), "E3": "s.d.", "F3": datetime(2025, 12, 31)}

    @add("21-target-waktu-tanpa-angka", "target waktu tenggat tanpa angka: 'Triwulan IV', 'Desember'")
    def _(s: dict[str, Any]) -> None:
        t = iki(s, 1, 3)
        t[1] = "Waktu penyampaian laporan pemutakhiran tahunan"
        t[2] = "Triwulan IV"
        t[3] = ["", "", "", "Triwulan IV", "Triwulan III"]
        s["rencana"][1]["iki"].append(
            [
                "Waktu",
                "Waktu penyelesaian penilaian keamanan",
                "Desember",
                ["", "", "", "Desember", "November"],
            ]
        )

    @add(
        "22-kategori-ganda-batas",
        "kategori berbatas dua sisi: CUKUP '≥ 80 % - < 90 %', KURANG '≥ 70 % s.d. "
        "< 80 %', SANGAT BAIK '> 90 %'",
    )
    def _(s: dict[str, Any]) -> None:
        t = iki(s, 1, 2)
        t[3] = ["< 70 %", "≥ 70 % s.d. < 80 %", "≥ 80 % - < 90 %", "90 %", "> 90 %"]
        t = iki(s, 1, 1)
        t[3] = ["< 8", "≥ 8 - < 10", "≥ 10 - < 12", "12", "> 12"]

    @add("23-kategori-ketaksamaan", "kategori ditulis sebagai ketaksamaan: '80 ≤ x < 90', '70 < x ≤ 80'")
    def _(s: dict[str, Any]) -> None:
        t = iki(s, 1, 2)
        t[3] = ["x < 70", "70 ≤ x < 80", "80 ≤ x < 90", "x = 90", "x > 90"]

    @add("24-target-terpisah", "target angka dan satuan di dua sel (G: 12, H: laporan), tanpa sel gabung")
    def _(s: dict[str, Any]) -> None:
        s["opsi"]["target_terpisah"] = True

    @add(
        "25-rk-atasan-gabung",
        "dua RK mengintervensi satu RK atasan: sel RK atasan digabung melintasi kedua RK",
    )
    def _(s: dict[str, Any]) -> None:
        s["opsi"]["atasan_gabung"] = True
        s["rencana"][1]["atasan"] = s["rencana"][0]["atasan"]

    @add("26-rk-diulang", "teks RK dan RK atasan ditulis ulang di setiap baris IKI (tanpa sel gabung)")
    def _(s: dict[str, Any]) -> None:
        s["opsi"]["rk_diulang"] = True

    @add("27-tanpa-gabung", "RK hanya di baris IKI pertama, baris IKI berikutnya kosong, tanpa sel gabung")
    def _(s: dict[str, Any]) -> None:
        s["opsi"]["tanpa_gabung"] = True

    @add("28-label-bagian-romawi", "label bagian 'I. KINERJA UTAMA' dan 'II. KINERJA TAMBAHAN'")
    def _(s: dict[str, Any]) -> None:
        s["opsi"]["label_bagian"] = ("I. KINERJA UTAMA", "II. KINERJA TAMBAHAN")

    @add("29-pantau-per-iki", "cara memantau ditulis per IKI (SPEC §3.10), tanpa sel gabung")
    def _(s: dict[str, Any]) -> None:
        s["opsi"]["pantau_per_iki"] = True

    @add("30-tambahan-tidak-ada", "Kinerja Tambahan 'Tidak ada' hanya di kolom RK")
    def _(s: dict[str, Any]) -> None:
        s["tambahan"] = [
            {"rk": "Tidak ada", "iki": [["", "", "", ["", "", "", "", ""]]], "pantau": ["", "", ""]}
        ]

    @add(
        "31-ak-jumlah",
        "Keterkaitan AK dengan RK bernomor '1.', RK digabung atas dua butir, dan baris "
        "'JUMLAH' angka kredit di bawah",
    )
    def _(s: dict[str, Any]) -> None:
        s["keterkaitan"] = [
            ["1. " + KETERKAITAN[0][0], "Melakukan pemutakhiran basis data", "Laporan pemutakhiran", "0,5"],
            ["", "Melakukan validasi data sektoral", "Laporan validasi", "0,125"],
            [
                "2. " + KETERKAITAN[1][0] + ".",
                "Melakukan penilaian keamanan sistem elektronik",
                "Laporan penilaian",
                "0,25",
            ],
            ["JUMLAH", "", "", 0.875],
        ]

    @add("32-pangkat-ragam", "pangkat 'Penata Muda Tk.1 / III-b' dan 'Pembina Tk.I/IV.b'")
    def _(s: dict[str, Any]) -> None:
        s["pegawai"]["pangkat"] = "Penata Muda Tk.1 / III-b"
        s["pegawai"]["jabatan"] = "Pranata Komputer Ahli Pertama"
        s["penilai"]["pangkat"] = "Pembina Tk.I/IV.b"

    @add("33-pangkat-golongan-dulu", "pangkat ditulis golongan dulu: 'III/c - Penata' dan 'IV/a (Pembina)'")
    def _(s: dict[str, Any]) -> None:
        s["pegawai"]["pangkat"] = "III/c - Penata"
        s["penilai"]["pangkat"] = "IV/a (Pembina)"

    @add(
        "34-penilaian-capaian-nyata",
        "Penilaian dengan capaian tidak bulat: 11 dari 12 laporan '91,67 %' Cukup "
        "82; waktu 11 bulan '108,33 %' Sangat Baik 117,78",
    )
    def _(s: dict[str, Any]) -> None:
        s["penilaian"] = {
            "1.1": ["11 laporan", "91,67 %", "Cukup", 82],
            "1.2": ["92 %", "102,22 %", "Sangat Baik", "111,11"],
            "1.3": ["11 bulan", "108,33 %", "Sangat Baik", "117,78"],
            "2.1": ["20 sistem", "100 %", "Baik", 109],
            "2.2": ["3,5", "100 %", "Baik", 109],
        }

    @add("35-biaya-rupiah", "IKI biaya dengan target 'Rp 150.000.000,-' dan 'Rp. 1,5 M'")
    def _(s: dict[str, Any]) -> None:
        s["rencana"][0]["iki"].append(
            [
                "Biaya",
                "Biaya pemeliharaan basis data",
                "Rp 150.000.000,-",
                [
                    "> Rp 180.000.000,-",
                    "Rp 165.000.001 - Rp 180.000.000",
                    "Rp 150.000.001 - Rp 165.000.000",
                    "Rp 150.000.000,-",
                    "< Rp 150.000.000,-",
                ],
            ]
        )
        s["rencana"][1]["iki"].append(
            [
                "Biaya",
                "Biaya pengamanan sistem elektronik",
                "Rp. 1,5 M",
                ["", "", "> Rp. 1,5 M", "Rp. 1,5 M", "< Rp. 1,5 M"],
            ]
        )

    @add("36-aspek-huruf", "aspek huruf kecil dan berspasi: 'kuantitas ', ' Kualitas', 'WAKTU'")
    def _(s: dict[str, Any]) -> None:
        iki(s, 1, 1)[0] = "kuantitas "
        iki(s, 1, 2)[0] = " Kualitas"
        iki(s, 1, 3)[0] = "WAKTU"

    @add(
        "37-kategori-kata",
        "kategori dengan kata: 'kurang dari 8 laporan', '8 s/d 9 laporan', "
        "'lebih dari 12 laporan', '80 % s.d. kurang dari 90 %'",
    )
    def _(s: dict[str, Any]) -> None:
        t = iki(s, 1, 1)
        t[3] = [
            "kurang dari 8 laporan",
            "8 s/d 9 laporan",
            "10 s/d 11 laporan",
            "12 laporan",
            "lebih dari 12 laporan",
        ]
        t = iki(s, 1, 2)
        t[3] = [
            "kurang dari 70 %",
            "70 % s.d. kurang dari 80 %",
            "80 % s.d. kurang dari 90 %",
            "90 %",
            "lebih dari 90 %",
        ]

    @add(
        "38-kualitas-makin-kecil",
        "IKI kualitas berpolaritas negatif, kategori menurun: SPEC §6.1 "
        "memberi arah 'makin kecil makin baik' hanya kepada waktu/biaya, jadi ini cacat menurut SPEC",
        [("kategori-tidak-berurutan", "SKP", "utama2.2.kategori1")],
    )
    def _(s: dict[str, Any]) -> None:
        s["rencana"][1]["iki"][1] = [
            "Kualitas",
            "Persentase kesalahan konfigurasi keamanan yang ditemukan saat audit",
            "5 %",
            ["> 15 %", "11 - 15 %", "6 - 10 %", "5 %", "< 5 %"],
        ]

    @add("39-periode-ragam", "periode '1 Januari s.d 31 Desember 2025' (tanpa titik akhir)")
    def _(s: dict[str, Any]) -> None:
        s["periode"] = "PERIODE PENILAIAN : 1 Januari s.d 31 Desember 2025"

    @add("40-periode-enda", "periode '1 Januari – 31 Desember 2025' (en-dash)")
    def _(s: dict[str, Any]) -> None:
        s["periode"] = "PERIODE PENILAIAN: 1 Januari – 31 Desember 2025"

    @add("41-nip-titik", "NIP dengan titik '19880412.201101.1.003' dan NIP penilai dengan spasi ganda")
    def _(s: dict[str, Any]) -> None:
        s["pegawai"]["nip"] = "19880412.201101.1.003"
        s["penilai"]["nip"] = "19750817  200003  2  002"

    @add("42-ak-bersatuan", "angka kredit '0,5 AK' dan '0,25 Angka Kredit'")
    def _(s: dict[str, Any]) -> None:
        s["keterkaitan"][0][3] = "0,5 AK"
        s["keterkaitan"][1][3] = "0,25 Angka Kredit"

    @add(
        "43-penilaian-huruf",
        "Penilaian: realisasi '12 Laporan', capaian '100,00%', kategori 'BAIK', nilai '109,00'",
    )
    def _(s: dict[str, Any]) -> None:
        s["penilaian"] = {
            "1.1": ["12 Laporan", "100,00%", "BAIK", "109,00"],
            "1.2": ["90%", "100,00%", "BAIK", "109,00"],
            "1.3": ["12 Bulan", "100,00%", "BAIK", "109,00"],
            "2.1": ["20 Sistem", "100,00%", "BAIK", "109,00"],
            "2.2": ["3,50", "100,00%", "BAIK", "109,00"],
        }

    @add("44-target-persen-kata", "target '90 (sembilan puluh) persen', kategori dalam 'persen'")
    def _(s: dict[str, Any]) -> None:
        t = iki(s, 1, 2)
        t[2] = "90 (sembilan puluh) persen"
        t[3] = ["< 70 persen", "70 - 79 persen", "80 - 89 persen", "90 persen", "> 90 persen"]

    @add(
        "45-judul-diulang",
        "baris judul tabel (dua baris label dan baris nomor kolom) disalin ulang di "
        "tengah tabel, seperti pada batas halaman cetak",
    )
    def _(s: dict[str, Any]) -> None:
        s["opsi"]["judul_ulang"] = True

    @add(
        "46-kategori-capaian-campur",
        "kategori dalam persen capaian dengan BAIK berisi target: '< 60 %', "
        "'60 - 79 %', '80 - 99 %', BAIK '12 laporan', '> 100 %'",
    )
    def _(s: dict[str, Any]) -> None:
        iki(s, 1, 1)[3] = ["< 60 %", "60 - 79 %", "80 - 99 %", "12 laporan", "> 100 %"]

    @add("47-periode-sd-tahun", "periode 'PERIODE : JANUARI S/D DESEMBER TAHUN 2025'")
    def _(s: dict[str, Any]) -> None:
        s["periode"] = "PERIODE : JANUARI S/D DESEMBER TAHUN 2025"

    @add("48-periode-tahun-dulu", "periode 'Periode Penilaian : Tahun 2025 (1 Januari – 31 Desember)'")
    def _(s: dict[str, Any]) -> None:
        s["periode"] = "Periode Penilaian : Tahun 2025 (1 Januari – 31 Desember)"

    @add("49-nip-apostrof", 'NIP hasil ekspor dengan apostrof di depan: "\'198804122011011003"')
    def _(s: dict[str, Any]) -> None:
        s["pegawai"]["nip"] = "'198804122011011003"

    @add("50-pppk-golongan-kata", "PPPK dengan golongan 'Golongan IX' dan penilai PNS")
    def _(s: dict[str, Any]) -> None:
        s["pegawai"]["nip"] = "19950214 202221 1 004"
        s["pegawai"]["pangkat"] = "Golongan IX"
        s["pegawai"]["jabatan"] = "Pranata Komputer Ahli Pertama"

    @add("63-tanpa-tambahan", "tanpa Kinerja Tambahan sama sekali (label B tidak ditulis)")
    def _(s: dict[str, Any]) -> None:
        s["opsi"]["label_bagian"] = ("A. KINERJA UTAMA", None)
        s["tambahan"] = []

    @add("64-tambahan-jika-ada", "label 'B. KINERJA TAMBAHAN (jika ada)'")
    def _(s: dict[str, Any]) -> None:
        s["opsi"]["label_bagian"] = ("A. KINERJA UTAMA", "B. KINERJA TAMBAHAN (jika ada)")

    @add(
        "65-judul-diintervensi",
        "judul kolom 'RENCANA KINERJA ATASAN YANG DIINTERVENSI', 'INDIKATOR KINERJA "
        "INDIVIDU (IKI)', 'TARGET (KUANTITAS/KUALITAS/WAKTU)'",
    )
    def _(s: dict[str, Any]) -> None:
        s["opsi"]["judul"] = {
            2: "RENCANA KINERJA ATASAN YANG DIINTERVENSI",
            6: "INDIKATOR KINERJA INDIVIDU (IKI)",
            7: "TARGET (KUANTITAS/KUALITAS/WAKTU)",
        }

    @add(
        "66-penilaian-tenggat",
        "Penilaian dengan target tenggat 'Desember 2025' dan realisasi 'November 2025'",
    )
    def _(s: dict[str, Any]) -> None:
        t = iki(s, 1, 3)
        t[1] = "Waktu penyampaian laporan pemutakhiran tahunan"
        t[2] = "Desember 2025"
        t[3] = ["", "", "", "Desember 2025", "November 2025"]
        s["penilaian"] = {
            "1.1": ["12 laporan", "100 %", "Baik", 109],
            "1.2": ["90 %", "100 %", "Baik", 109],
            "1.3": ["November 2025", "", "Sangat Baik", ""],
            "2.1": ["20 sistem", "100 %", "Baik", 109],
            "2.2": ["3,5", "100 %", "Baik", 109],
        }

    @add(
        "67-penilaian-nilai-tak-dibulatkan",
        "Penilaian: capaian 91,67 % tidak dibulatkan sebelum dinilai "
        "(nilai 81,67, rumus Permen tanpa pembulatan)",
    )
    def _(s: dict[str, Any]) -> None:
        s["penilaian"] = {
            "1.1": ["11 laporan", "91,67 %", "Cukup", "81,67"],
            "1.2": ["90 %", "100 %", "Baik", 109],
            "1.3": ["12 bulan", "100 %", "Baik", 109],
            "2.1": ["20 sistem", "100 %", "Baik", 109],
            "2.2": ["3,5", "100 %", "Baik", 109],
        }

    @add("68-tanpa-label-bagian", "tabel tanpa label bagian A/B sama sekali, hanya Kinerja Utama")
    def _(s: dict[str, Any]) -> None:
        s["opsi"]["label_bagian"] = (None, None)
        s["tambahan"] = []

    @add("69-target-per-tahun", "target '12 laporan/tahun', '4 kali setahun', '1.500 berkas'")
    def _(s: dict[str, Any]) -> None:
        iki(s, 1, 1)[2] = "12 laporan/tahun"
        iki(s, 1, 1)[3] = [
            "< 8 laporan/tahun",
            "8 - 9 laporan/tahun",
            "10 - 11 laporan/tahun",
            "12 laporan/tahun",
            "> 12 laporan/tahun",
        ]
        iki(s, 2, 1)[1] = "Jumlah berkas log keamanan yang dianalisis"
        iki(s, 2, 1)[2] = "1.500 berkas"
        iki(s, 2, 1)[3] = [
            "< 1.000 berkas",
            "1.000 - 1.249 berkas",
            "1.250 - 1.499 berkas",
            "1.500 berkas",
            "> 1.500 berkas",
        ]
        s["tambahan"][0]["iki"][0][2] = "4 kali setahun"
        s["tambahan"][0]["iki"][0][1] = "Frekuensi menjadi narasumber literasi digital"
        s["tambahan"][0]["iki"][0][3] = ["", "", "3 kali setahun", "4 kali setahun", "> 4 kali setahun"]

    @add(
        "70-baik-sama-target-berkualifikasi",
        "BAIK ditulis sama persis dengan target berkualifikasi: "
        "'≥ 90 %', 'Minimal 12 laporan', 'Maksimal 3 hari'",
    )
    def _(s: dict[str, Any]) -> None:
        t = iki(s, 1, 1)
        t[2] = "Minimal 12 laporan"
        t[3] = ["< 8 laporan", "8 - 9 laporan", "10 - 11 laporan", "Minimal 12 laporan", "> 12 laporan"]
        t = iki(s, 1, 2)
        t[2] = "≥ 90 %"
        t[3] = ["< 70 %", "70 - 79 %", "80 - 89 %", "≥ 90 %", "> 95 %"]
        t = iki(s, 1, 3)
        t[1] = "Waktu tanggap permintaan pemutakhiran data"
        t[2] = "Maksimal 3 hari"
        t[3] = ["> 7 hari", "6 - 7 hari", "4 - 5 hari", "Maksimal 3 hari", "< 3 hari"]

    @add("71-pppk-ni", "identitas PPPK berlabel 'NI PPPK' dan 'GOLONGAN' (bukan NIP dan PANGKAT/GOL RUANG)")
    def _(s: dict[str, Any]) -> None:
        s["pegawai"]["nip"] = "19950214 202221 1 004"
        s["pegawai"]["pangkat"] = "IX"
        s["pegawai"]["jabatan"] = "Pranata Komputer Ahli Pertama"
        s["opsi"]["label_pegawai"] = {"nip": "NI PPPK", "pangkat": "GOLONGAN"}

    @add("72-indeks-skala", "target indeks '3,5 (skala 4)' dan kategori '> 3,5 (skala 4)'")
    def _(s: dict[str, Any]) -> None:
        t = iki(s, 2, 2)
        t[2] = "3,5 (skala 4)"
        t[3] = ["< 2,0 (skala 4)", "2,0 - 2,4", "2,5 - 3,4", "3,5 (skala 4)", "> 3,5 (skala 4)"]

    @add("75-target-baik", "tanpa kolom BAIK: kolom target berjudul 'TARGET/BAIK' (SPEC §3.10)")
    def _(s: dict[str, Any]) -> None:
        s["opsi"]["judul"] = {7: "TARGET/BAIK"}
        s["opsi"]["hapus_kolom"] = [12]
        s["opsi"]["pantau_per_iki"] = True

    @add("76-cukup-sangat-baik", "hanya CUKUP dan SANGAT BAIK (SPEC §3.10), TARGET mewakili BAIK")
    def _(s: dict[str, Any]) -> None:
        s["opsi"]["hapus_kolom"] = [9, 10, 12]
        s["opsi"]["penilai_kolom"] = (6, 7)
        s["opsi"]["pantau_per_iki"] = True

    @add(
        "77-sumber-data-satu-kolom",
        "cara memantau dalam satu kolom 'SUMBER DATA UNTUK PENGUKURAN' (SPEC §3.3)",
    )
    def _(s: dict[str, Any]) -> None:
        s["opsi"]["sub_judul"] = {14: "SUMBER DATA UNTUK PENGUKURAN"}
        s["opsi"]["hapus_kolom"] = [15, 16]
        s["opsi"]["pantau_per_iki"] = True
        for item in s["rencana"] + s["tambahan"]:
            item["pantau"] = [f"{item['pantau'][0]} dari {item['pantau'][1]}, {item['pantau'][2].lower()}"]

    @add("78-tingkat-strip", "tingkat yang tidak dipakai diisi '-' (SANGAT KURANG dan KURANG)")
    def _(s: dict[str, Any]) -> None:
        for item in s["rencana"] + s["tambahan"]:
            for t in item["iki"]:
                t[3][0] = "-"
                t[3][1] = "-"

    @add(
        "79-penilaian-lengkap",
        "Penilaian seperti templat: kolom kategori, capaian RK, Kinerja Tambahan dan "
        "jumlah (RK 109; tambahan Baik: 80 × 10/100 × 109/100 = 8,72; nilai akhir 117,72)",
    )
    def _(s: dict[str, Any]) -> None:
        baik = ["100 %", "Baik", 109]
        s["opsi"]["penilaian_lengkap"] = {
            "utama1": ["Baik", 109],
            "utama1.1": ["12 laporan", *baik],
            "utama1.2": ["90 %", *baik],
            "utama1.3": ["12 bulan", *baik],
            "utama2": ["Baik", 109],
            "utama2.1": ["20 sistem", *baik],
            "utama2.2": ["3,5", *baik],
            "tambahan1": ["Baik", 109],
            "tambahan1.1": ["2 kegiatan", *baik],
            "jumlah": [
                ("NILAI KINERJA UTAMA", 109),
                ("NILAI KINERJA TAMBAHAN", "8,72"),
                ("NILAI AKHIR SKP", "117,72"),
            ],
        }

    @add(
        "80-penilaian-lengkap-campur",
        "Penilaian seperti templat dengan capaian beragam: RK1 (82 + 111,11 + "
        "117,78)/3 = 103,63; RK2 109; utama 106,32; tambahan Sangat Baik 100 × 10/100 × 120/100 = 12 → "
        "dibatasi 10; nilai akhir 116,32",
    )
    def _(s: dict[str, Any]) -> None:
        s["opsi"]["penilaian_lengkap"] = {
            "utama1": ["Baik", "103,63"],
            "utama1.1": ["11 laporan", "91,67 %", "Cukup", 82],
            "utama1.2": ["92 %", "102,22 %", "Sangat Baik", "111,11"],
            "utama1.3": ["11 bulan", "108,33 %", "Sangat Baik", "117,78"],
            "utama2": ["Baik", 109],
            "utama2.1": ["20 sistem", "100 %", "Baik", 109],
            "utama2.2": ["3,5", "100 %", "Baik", 109],
            "tambahan1": ["Sangat Baik", 120],
            "tambahan1.1": ["3 kegiatan", "150 %", "Sangat Baik", 120],
            "jumlah": [
                ("NILAI KINERJA UTAMA", "106,32"),
                ("NILAI KINERJA TAMBAHAN", 10),
                ("NILAI AKHIR SKP", "116,32"),
            ],
        }

    @add(
        "82-penilaian-target-ringkas",
        "Penilaian menulis target tanpa satuan atau dengan terbilang: '12', "
        "'90', '12 (dua belas) bulan'; realisasi '12 (dua belas) laporan'",
    )
    def _(s: dict[str, Any]) -> None:
        s["penilaian"] = {
            "1.1": ["12 (dua belas) laporan", "100 %", "Baik", 109],
            "1.2": ["90 %", "100 %", "Baik", 109],
            "1.3": ["12 bulan", "100 %", "Baik", 109],
            "2.1": ["20 sistem", "100 %", "Baik", 109],
            "2.2": ["3,5", "100 %", "Baik", 109],
        }
        s["opsi"]["target_penilaian"] = {"1.1": "12", "1.2": "90", "1.3": "12 (dua belas) bulan"}

    @add(
        "83-rk-baris-baru",
        "RK di lembar SKP ditulis dengan ganti baris di dalam sel dan 'yg'; lampiran AK "
        "menulisnya satu baris lengkap",
    )
    def _(s: dict[str, Any]) -> None:
        s["rencana"][0]["rk"] = "Tersedianya basis data statistik\nsektoral yg mutakhir"

    @add("84-jf-dasar", "JF Model Dasar (tanpa kategori) dengan Keterkaitan AK")
    def _(s: dict[str, Any]) -> None:
        s["form"] = "jf-dasar"

    @add("85-periode-semester", "periode semester 'PERIODE PENILAIAN: 1 JANUARI SD 30 JUNI 2025'")
    def _(s: dict[str, Any]) -> None:
        s["periode"] = "PERIODE PENILAIAN: 1 JANUARI SD 30 JUNI 2025"

    @add("86-desimal-titik", "desimal bertitik: target '85.5 %', kategori '70.0 - 85.4 %', indeks '3.50'")
    def _(s: dict[str, Any]) -> None:
        t = iki(s, 1, 2)
        t[2] = "85.5 %"
        t[3] = ["< 60.0 %", "60.0 - 69.9 %", "70.0 - 85.4 %", "85.5 %", "> 85.5 %"]
        t = iki(s, 2, 2)
        t[2] = "3.50"
        t[3] = ["< 2.00", "2.00 - 2.49", "2.50 - 3.49", "3.50", "> 3.50"]

    @add("87-iki-bernomor", "IKI dan RK atasan bernomor di dalam sel: '1. Jumlah …', '1.1 Meningkatnya …'")
    def _(s: dict[str, Any]) -> None:
        for n, item in enumerate(s["rencana"], 1):
            item["atasan"] = f"1.{n} {item['atasan']}"
            for k, t in enumerate(item["iki"], 1):
                t[1] = f"{k}. {t[1]}"

    @add("88-rentang-kata", "target rentang '10 s.d. 12 laporan', waktu '7 - 8 bulan' (contoh SPEC §6.1)")
    def _(s: dict[str, Any]) -> None:
        t = iki(s, 1, 1)
        t[2] = "10 s.d. 12 laporan"
        t[3] = ["< 6 laporan", "6 - 7 laporan", "8 - 9 laporan", "10 s.d. 12 laporan", "> 12 laporan"]
        t = iki(s, 1, 3)
        t[2] = "7 - 8 bulan"
        t[3] = ["> 10 bulan", "10 bulan", "9 bulan", "7 - 8 bulan", "< 7 bulan"]

    @add(
        "89-format-satuan",
        "target angka dengan format tampilan bersatuan: 12 berformat '0 \"laporan\"', 90 berformat '0\"%\"'",
    )
    def _(s: dict[str, Any]) -> None:
        iki(s, 1, 1)[2] = 12
        s["formats"]["utama1.1.target"] = '0 "laporan"'
        iki(s, 1, 2)[2] = 90
        s["formats"]["utama1.2.target"] = '0"%"'

    @add("90-label-bagian-titik-dua", "label bagian 'A. KINERJA UTAMA :' dan 'B. KINERJA TAMBAHAN :'")
    def _(s: dict[str, Any]) -> None:
        s["opsi"]["label_bagian"] = ("A. KINERJA UTAMA :", "B. KINERJA TAMBAHAN :")

    @add(
        "91-label-bagian-catatan",
        "label 'A. KINERJA UTAMA (sesuai matriks peran hasil)' dan 'B. KINERJA TAMBAHAN (diisi bila ada)'",
    )
    def _(s: dict[str, Any]) -> None:
        s["opsi"]["label_bagian"] = (
            "A. KINERJA UTAMA (sesuai matriks peran hasil)",
            "B. KINERJA TAMBAHAN (diisi bila ada)",
        )

    @add("92-unit-dua-baris", "unit kerja pegawai berlanjut ke baris berikutnya tanpa label (SPEC §3.10)")
    def _(s: dict[str, Any]) -> None:
        s["pegawai"]["unit"] = "Bidang Statistik dan Persandian,"
        s["opsi"]["unit_lanjut"] = "Dinas Komunikasi dan Informatika"

    @add(
        "93-aspek-singkat",
        "aspek disingkat dan tanpa garis miring: 'Kuant.', 'Kualitas Mutu', 'KUANTITAS (Output)'",
    )
    def _(s: dict[str, Any]) -> None:
        iki(s, 1, 1)[0] = "Kuant."
        iki(s, 1, 2)[0] = "Kualitas Mutu"
        iki(s, 2, 1)[0] = "KUANTITAS (Output)"

    @add(
        "94-identitas-sebaris",
        "identitas pegawai ditulis 'NAMA : …' dalam satu sel (tanpa sel nilai terpisah)",
    )
    def _(s: dict[str, Any]) -> None:
        s["opsi"]["identitas_sebaris"] = True

    @add(
        "95-penilaian-target-beda-tulis",
        "target sama ditulis lain di Penilaian: SKP 'Minimal 12 laporan' / "
        "Penilaian '12 laporan'; SKP 90 % tersimpan 0,9 / Penilaian '90 %'; "
        "SKP '20 (dua puluh) sistem' / '20'",
    )
    def _(s: dict[str, Any]) -> None:
        iki(s, 1, 1)[2] = "Minimal 12 laporan"
        iki(s, 1, 2)[2] = 0.9
        iki(s, 1, 2)[3] = [0.7, "70 - 79 %", "80 - 89 %", 0.9, "> 90 %"]
        s["formats"]["utama1.2.kategori"] = "0%"
        iki(s, 2, 1)[2] = "20 (dua puluh) sistem"
        s["formats"]["utama1.2.target"] = "0%"
        s["penilaian"] = {
            "1.1": ["12 laporan", "100 %", "Baik", 109],
            "1.2": ["90 %", "100 %", "Baik", 109],
            "1.3": ["12 bulan", "100 %", "Baik", 109],
            "2.1": ["20 sistem", "100 %", "Baik", 109],
            "2.2": ["3,5", "100 %", "Baik", 109],
        }
        s["opsi"]["target_penilaian"] = {"1.1": "12 laporan", "1.2": "90 %", "2.1": "20"}

    # ---- kembaran bercacat (recall)
    @add(
        "51-target-kosong",
        "kembaran cacat: satu target kosong",
        [("iki-tanpa-target", "SKP", "utama1.1.target")],
    )
    def _(s: dict[str, Any]) -> None:
        iki(s, 1, 1)[2] = None

    @add(
        "52-target-kualitatif",
        "kembaran cacat: target 'Baik' tanpa angka (SPEC §7: target-tidak-terukur)",
        [("target-tidak-terukur", "SKP", "utama2.2.target")],
    )
    def _(s: dict[str, Any]) -> None:
        iki(s, 2, 2)[2] = "Baik"
        iki(s, 2, 2)[3] = ["", "", "Cukup", "Baik", "Sangat Baik"]

    @add(
        "53-rentang-terbalik",
        "kembaran cacat: rentang '90 – 80 %'",
        [("target-rentang-terbalik", "SKP", "utama1.2.target")],
    )
    def _(s: dict[str, Any]) -> None:
        iki(s, 1, 2)[2] = "90 – 80 %"
        iki(s, 1, 2)[3] = ["< 60 %", "60 - 69 %", "70 - 79 %", "90 – 80 %", "> 90 %"]

    @add(
        "54-nip-salah",
        "kembaran cacat: NIP pegawai 17 digit dengan awalan 'NIP.'",
        [("nip-tidak-valid", "SKP", "SKP:pegawai.nip")],
    )
    def _(s: dict[str, Any]) -> None:
        s["pegawai"]["nip"] = "NIP. 19880412 201101 1 03"

    @add(
        "55-pangkat-tak-cocok",
        "kembaran cacat: 'Penata Tk. I (III/c)' (nama dan golongan tak cocok)",
        [("pangkat-tidak-dikenal", "SKP", "SKP:pegawai.pangkat")],
    )
    def _(s: dict[str, Any]) -> None:
        s["pegawai"]["pangkat"] = "Penata Tk. I (III/c)"

    @add(
        "56-periode-lintas-tahun",
        "kembaran cacat: periode '01/07/2025 s/d 30/06/2026'",
        [("periode-tidak-valid", "SKP", "periode")],
    )
    def _(s: dict[str, Any]) -> None:
        s["periode"] = "Periode Penilaian : 01/07/2025 s/d 30/06/2026"

    @add(
        "57-angka-kredit-nol",
        "kembaran cacat: angka kredit '0,000'",
        [("angka-kredit-tidak-valid", "Keterkaitan AK", "ak2")],
    )
    def _(s: dict[str, Any]) -> None:
        s["keterkaitan"][1][3] = "0,000"

    @add(
        "58-sangat-baik-sama",
        "kembaran cacat: SANGAT BAIK '≥ 12' pada target '12 (dua belas) laporan'",
        [("kategori-tidak-membedakan", "SKP", "utama1.1.kategori4")],
    )
    def _(s: dict[str, Any]) -> None:
        iki(s, 1, 1)[2] = "12 (dua belas) laporan"
        iki(s, 1, 1)[3] = ["< 8", "8 - 9", "10 - 11", "12", "≥ 12"]

    @add(
        "59-capaian-salah",
        "kembaran cacat: capaian '100 %' padahal realisasi 10 dari target 12 laporan",
        [("capaian-tidak-sesuai", "Penilaian", "pen1.1.capaian")],
    )
    def _(s: dict[str, Any]) -> None:
        s["penilaian"] = {
            "1.1": ["10 laporan", "100 %", "Cukup", 73],
            "1.2": ["90 %", "100 %", "Baik", 109],
            "1.3": ["12 bulan", "100 %", "Baik", 109],
            "2.1": ["20 sistem", "100 %", "Baik", 109],
            "2.2": ["3,5", "100 %", "Baik", 109],
        }

    @add(
        "60-tambahan-tanpa-target",
        "kembaran cacat: Kinerja Tambahan dengan IKI tetapi target '-'",
        [("iki-tanpa-target", "SKP", "tambahan1.1.target")],
    )
    def _(s: dict[str, Any]) -> None:
        s["tambahan"][0]["iki"][0][2] = "-"

    @add(
        "61-kategori-dua-sisi-mencakup",
        "kembaran cacat: CUKUP berbatas dua sisi '≥ 80 % - ≤ 90 %' mencakup target 90 %",
        [("kategori-tidak-membedakan", "SKP", "utama1.2.kategori2")],
    )
    def _(s: dict[str, Any]) -> None:
        iki(s, 1, 2)[3] = ["< 70 %", "≥ 70 % - < 80 %", "≥ 80 % - ≤ 90 %", "90 %", "> 90 %"]

    @add(
        "62-kuantitas-bulan",
        "kembaran cacat: IKI kuantitas bertarget nama bulan 'Desember' (bukan IKI waktu)",
        [("target-tidak-terukur", "SKP", "utama2.1.target")],
    )
    def _(s: dict[str, Any]) -> None:
        iki(s, 2, 1)[2] = "Desember"
        iki(s, 2, 1)[3] = ["", "", "", "Desember", ""]

    @add(
        "73-baik-berkualifikasi-beda",
        "kembaran cacat: BAIK '≥ 85 %' di bawah target '≥ 90 %'",
        [("kategori-tidak-berurutan", "SKP", "utama1.2.kategori3")],
    )
    def _(s: dict[str, Any]) -> None:
        iki(s, 1, 2)[2] = "≥ 90 %"
        iki(s, 1, 2)[3] = ["< 70 %", "70 - 79 %", "80 - 84 %", "≥ 85 %", "> 95 %"]

    @add(
        "74-pppk-ni-salah",
        "kembaran cacat: NI PPPK 17 digit di bawah label 'NI PPPK'",
        [("nip-tidak-valid", "SKP", "SKP:pegawai.nip")],
    )
    def _(s: dict[str, Any]) -> None:
        s["pegawai"]["nip"] = "19950214 202221 1 04"
        s["pegawai"]["pangkat"] = "IX"
        s["pegawai"]["jabatan"] = "Pranata Komputer Ahli Pertama"
        s["opsi"]["label_pegawai"] = {"nip": "NI PPPK", "pangkat": "GOLONGAN"}

    @add(
        "81-nilai-akhir-salah",
        "kembaran cacat: nilai akhir '117,32' (seharusnya 116,31)",
        [("capaian-tidak-sesuai", "Penilaian", "Q26")],
    )
    def _(s: dict[str, Any]) -> None:
        s["opsi"]["penilaian_lengkap"] = {
            "utama1": ["Baik", "103,63"],
            "utama1.1": ["11 laporan", "91,67 %", "Cukup", 82],
            "utama1.2": ["92 %", "102,22 %", "Sangat Baik", "111,11"],
            "utama1.3": ["11 bulan", "108,33 %", "Sangat Baik", "117,78"],
            "utama2": ["Baik", 109],
            "utama2.1": ["20 sistem", "100 %", "Baik", 109],
            "utama2.2": ["3,5", "100 %", "Baik", 109],
            "tambahan1": ["Sangat Baik", 120],
            "tambahan1.1": ["3 kegiatan", "150 %", "Sangat Baik", 120],
            "jumlah": [
                ("NILAI KINERJA UTAMA", "106,32"),
                ("NILAI KINERJA TAMBAHAN", 10),
                ("NILAI AKHIR SKP", "117,32"),
            ],
        }

    return out


def build(folder: Path, manifest: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    files = []
    for name, about, change, defects in probes():
        spec = base()
        change(spec)
        path = folder / f"{name}.xlsx"
        cells = Buku(spec).save(path)
        sheet_names = {"SKP": "SKP", "Keterkaitan AK": "Keterkaitan AK", "Penilaian": "Penilaian"}
        out_defects = []
        for code, sheet, key in defects:
            cell = cells.get(key.split(":", 1)[1] if key.startswith("SKP:") and key not in cells else key)
            out_defects.append({"code": code, "sheet": sheet_names[sheet], "cell": cell})
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
        json.dumps({"set": "merah_ae", "seed": SEED, "files": files}, indent=1, ensure_ascii=False) + "\n",
        encoding="utf-8",
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keluaran", type=Path, default=HERE / "kiriman")
    parser.add_argument("--harapan", type=Path, default=HERE / "harapan.json")
    args = parser.parse_args()
    build(args.keluaran, args.harapan)


if __name__ == "__main__":
    main()
