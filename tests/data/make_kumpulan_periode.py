"""Build the workbooks behind the general cause ``benchmarks/nyata_x`` (the held-out batch set of one unit's
year) found, for ``tests/test_kumpulan_nyata_x.py``.

Run ``python tests/data/make_kumpulan_periode.py`` to regenerate; the files are committed beside it.

* ``kumpulan_atasan_dua_periode/``: a pegawai promoted on 1 July has two SKP — 1 January–30 June as a staff
  member (``kasubbag_semester_1.xlsx``) and 1 July–31 December as Kepala Subbagian
  (``kasubbag_semester_2.xlsx``); her own penilai sent nothing. A staff member rated by her for the whole
  year (``staf_setahun.xlsx``) names both RK of her second SKP, and once an RK nobody has (B18). A staff
  member on a first-quarter SKP (``staf_triwulan_1.xlsx``, 1 January–31 March) names an RK of her first
  SKP. Neither staff period equals one of hers; each overlaps one or both.
"""

from __future__ import annotations

from pathlib import Path

from make_forms import from_rows
from make_nyata import DASAR_HEADER, FOOTER, kop
from openpyxl import Workbook

HERE = Path(__file__).parent
FOLDER = "kumpulan_atasan_dua_periode"

KABID = ("Drs. Hasan Basri", "19700505 199503 1 002", "Pembina, IV/a", "Kepala Bagian Keuangan",
         "Sekretariat Daerah")
DEWI = ("Dewi Lestari, S.E.", "19880923 201101 2 004", "Penata, III/c", "Pengelola Keuangan",
        "Subbagian Anggaran")
DEWI_KASUBBAG = (*DEWI[:3], "Kepala Subbagian Anggaran", DEWI[4])
ANDI = ("Andi Firmansyah", "19910303 201603 1 012", "Penata Muda Tingkat I, III/b", "Pengelola Gaji",
        "Subbagian Anggaran")
RINA = ("Rina Kusuma", "19930707 201903 2 001", "Penata Muda, III/a", "Pengadministrasi Keuangan",
        "Subbagian Anggaran")

RK_KABID = ["Laporan keuangan sekretariat daerah yang andal", "Anggaran sekretariat daerah yang terserap"]
RK_DEWI_1 = ["Usulan anggaran kas bagian yang akurat", "Bukti belanja bagian yang terarsip lengkap"]
RK_DEWI_2 = ["Dokumen perubahan anggaran bagian yang terverifikasi",
             "Laporan keuangan tahunan bagian yang akurat dan tepat waktu"]


def _periode(text: str) -> list[list[object]]:
    return [[f"PERIODE PENILAIAN: {text}"]]


def _rk_rows(rks: list[tuple[str, str]]) -> list[list[object]]:
    rows: list[list[object]] = [["A. KINERJA UTAMA"]]
    for n, (atasan, rk) in enumerate(rks, start=1):
        rows += [[n, atasan, rk, "Kuantitas", f"Jumlah {rk.lower()}", "12 dokumen"],
                 [None, None, None, "Kualitas", "Persentase dokumen tanpa koreksi", "90 %"]]
    rows += [["B. KINERJA TAMBAHAN"],
             [1, "-", "Sertifikat pelatihan diperoleh", "Kuantitas", "Jumlah sertifikat pelatihan",
              "1 sertifikat"]]
    return rows


def _skp(pegawai: tuple[str, ...], penilai: tuple[str, ...], periode: str,
         rks: list[tuple[str, str]]) -> Workbook:
    return from_rows("SKP", [*kop(pegawai=pegawai, penilai=penilai, periode=_periode(periode)), DASAR_HEADER,
                             *_rk_rows(rks), *FOOTER])


def kasubbag_semester_1() -> Workbook:
    return _skp(DEWI, KABID, "1 JANUARI SD 30 JUNI 2026", list(zip(RK_KABID, RK_DEWI_1, strict=True)))


def kasubbag_semester_2() -> Workbook:
    rks = list(zip(RK_KABID, RK_DEWI_2, strict=True))
    return _skp(DEWI_KASUBBAG, KABID, "1 JULI SD 31 DESEMBER 2026", rks)


def staf_setahun() -> Workbook:
    """RK 1–2 (rows 14, 16) name the second SKP's RK; RK 3 (B18) an RK nobody has."""
    return _skp(ANDI, DEWI_KASUBBAG, "1 JANUARI SD 31 DESEMBER 2026", [
        (RK_DEWI_2[0], "Daftar gaji pegawai bagian yang akurat"),
        (f"1. {RK_DEWI_2[1]}", "Potongan gaji pegawai yang tersetor tepat waktu"),
        ("Meningkatnya kualitas layanan perjalanan dinas", "Tiket perjalanan dinas yang dipesan tepat waktu"),
    ])


def staf_triwulan_1() -> Workbook:
    return _skp(RINA, DEWI, "1 JANUARI SD 31 MARET 2026", [
        (RK_DEWI_1[1], "Arsip kuitansi belanja yang tertata"),
    ])


BOOKS = {
    f"{FOLDER}/kasubbag_semester_1.xlsx": kasubbag_semester_1,
    f"{FOLDER}/kasubbag_semester_2.xlsx": kasubbag_semester_2,
    f"{FOLDER}/staf_setahun.xlsx": staf_setahun,
    f"{FOLDER}/staf_triwulan_1.xlsx": staf_triwulan_1,
}


def main() -> None:
    for name, build in BOOKS.items():
        (HERE / name).parent.mkdir(parents=True, exist_ok=True)
        build().save(HERE / name)


if __name__ == "__main__":
    main()
