"""Probe Matriks Pembagian Peran dan Hasil (SPEC §3.6) untuk set merah_ag: SKP JF Model Pengembangan yang sah
(ditulis oleh generator ``benchmarks/merah_ae/buat.py``, tanpa perubahan) ditambah satu sheet Matriks dalam
tata letak yang dipakai tim. ``ukur.py`` memeriksa satu berkas, jadi yang diukur di sini hanya bacaan satu
berkas: Matriks tidak boleh menimbulkan temuan (judul tak dikenal, formulir salah, temuan rencana palsu).

Dipanggil dari ``buat.py``.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import Any

import openpyxl

HERE = Path(__file__).resolve().parent


def _merah_ae() -> Any:
    spec = importlib.util.spec_from_file_location("merah_ae_buat", HERE.parent / "merah_ae" / "buat.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


RK = [
    "Meningkatnya kualitas data statistik sektoral perangkat daerah",
    "Meningkatnya keamanan informasi perangkat daerah",
]
TIM = [
    ("Rahmat Hidayat, S.Kom.", "19880412 201101 1 003", "Pranata Komputer Ahli Muda"),
    ("Dian Puspitasari, S.ST.", "19920305 201503 2 002", "Statistisi Ahli Pertama"),
    ("Agus Salim, A.Md.", "19900101 201402 1 001", "Pranata Komputer Terampil"),
]
HASIL = [
    [
        "Tersedianya basis data statistik sektoral yang mutakhir (12 laporan)",
        "Sistem elektronik perangkat daerah terlindungi dari insiden keamanan (20 sistem)",
    ],
    ["Data sektoral tervalidasi tepat waktu (6 laporan)", "-"],
    ["Metadata statistik terdokumentasi (6 laporan)", "Log keamanan terpantau setiap bulan (12 laporan)"],
]


def _baku(ws: Any) -> None:
    """Fields down column A with one RK per column from C, the member table under them."""
    ws["A1"] = "MATRIKS PEMBAGIAN PERAN DAN HASIL"
    ws["A3"] = "RENCANA KINERJA ATASAN"
    ws["A4"] = "JENIS PENYELARASAN"
    ws["A5"] = "METODE"
    ws["A6"] = "TARGET ATASAN"
    for j, rk in enumerate(RK):
        ws.cell(3, 4 + j, rk)
        ws.cell(4, 4 + j, "Direct Cascading" if j == 0 else "Non-Direct Cascading")
        ws.cell(5, 4 + j, "Pembagian Beban Target" if j == 0 else "Pendekatan Layanan")
        ws.cell(6, 4 + j, "24 laporan" if j == 0 else "20 sistem")
    ws["A8"] = "NAMA"
    ws["B8"] = "NIP"
    ws["C8"] = "JABATAN"
    ws["D8"] = "PERAN DAN HASIL YANG DIHARAPKAN"
    for i, (nama, nip, jabatan) in enumerate(TIM):
        ws.cell(9 + i, 1, nama)
        ws.cell(9 + i, 2, nip).number_format = "@"
        ws.cell(9 + i, 3, jabatan)
        for j in range(len(RK)):
            ws.cell(9 + i, 4 + j, HASIL[i][j])


def _nama_nip_satu_sel(ws: Any) -> None:
    """``NO | NAMA / NIP | JABATAN | RK 1 | RK 2`` with the jenis and target written under each RK."""
    ws["A1"] = "MATRIKS PEMBAGIAN PERAN DAN HASIL (CASCADING KINERJA)"
    ws["A2"] = "Bidang Statistik dan Persandian Tahun 2025"
    ws["A4"] = "NO"
    ws["B4"] = "NAMA / NIP"
    ws["C4"] = "JABATAN"
    ws["D4"] = "RENCANA KINERJA ATASAN"
    ws.merge_cells("D4:E4")
    for j, rk in enumerate(RK):
        ws.cell(5, 4 + j, f"RK {j + 1}. {rk}")
        ws.cell(6, 4 + j, "Direct Cascading (pembagian beban target)" if j == 0 else "Non-Direct Cascading")
        ws.cell(7, 4 + j, "Target: 24 laporan" if j == 0 else "Target: 20 sistem")
    for i, (nama, nip, jabatan) in enumerate(TIM):
        ws.cell(8 + i, 1, i + 1)
        ws.cell(8 + i, 2, f"{nama}\nNIP. {nip}")
        ws.cell(8 + i, 3, jabatan)
        for j in range(len(RK)):
            ws.cell(8 + i, 4 + j, HASIL[i][j])


def _anggota_unit_lain(ws: Any) -> None:
    """As :func:`_baku` with a member from another unit and the penyelarasan in Indonesian."""
    _baku(ws)
    ws["D4"] = "Langsung"
    ws["E4"] = "Tidak Langsung"
    ws.cell(12, 1, "Sri Wahyuni, S.Kom. (Bidang Aplikasi Informatika)")
    ws.cell(12, 2, "19870707 201001 2 005").number_format = "@"
    ws.cell(12, 3, "Pranata Komputer Ahli Muda")
    ws.cell(12, 4, "-")
    ws.cell(12, 5, "Aplikasi perangkat daerah lolos uji keamanan (4 aplikasi)")


LAYOUTS = {
    "m1-matriks-baku": (
        "Matriks Peran Hasil",
        _baku,
        "Matriks baku: isian di kolom A, satu RK per kolom, tabel anggota",
    ),
    "m2-matriks-nama-nip-satu-sel": (
        "MATRIKS",
        _nama_nip_satu_sel,
        "Matriks `NAMA / NIP` dalam satu sel, RK bernomor di bawah label gabung, "
        "jenis dan target ditulis di kolom RK",
    ),
    "m3-matriks-unit-lain": (
        "Matriks Kaskade",
        _anggota_unit_lain,
        "Matriks dengan anggota dari unit lain, penyelarasan `Langsung`/`Tidak Langsung`",
    ),
}


def build(folder: Path) -> list[dict[str, Any]]:
    """Write the Matriks probes into ``folder``; their manifest entries."""
    ae = _merah_ae()
    files = []
    for name, (sheet, layout, about) in LAYOUTS.items():
        path = folder / f"{name}.xlsx"
        ae.Buku(ae.base()).save(path)
        wb = openpyxl.load_workbook(path)
        layout(wb.create_sheet(sheet))
        wb.save(path)
        files.append(
            {"file": path.name, "form": "jf-pengembangan", "clean": True, "defects": [], "uraian": about}
        )
    return files
