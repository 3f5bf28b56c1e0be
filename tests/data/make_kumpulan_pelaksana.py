"""Build the workbooks of an acting penilai (Plh./Plt.) for ``tests/test_kumpulan_pelaksana.py``.

Run ``python tests/data/make_kumpulan_pelaksana.py`` to regenerate; the files are committed beside it.

``kumpulan_penilai_pelaksana/``: the Kepala Subbagian Keuangan (``kasubbag.xlsx``) is Plh. Kepala Bidang
Perbendaharaan while the Kabid is away. Three staff of the Bidang name her as penilai:

* ``staf_plh.xlsx``: jabatan penilai ``Plh. Kepala Bidang Perbendaharaan``, both RK atasan (B14, B16) the
  Bidang's, none in her own SKP: alignment is not judged (info at the penilai's NIP, G7);
* ``staf_plt_satu_cocok.xlsx``: ``Plt. Kepala Bidang …``, one RK atasan is hers (B14), one nobody's (B16):
  the staff do cite her plan, so B16 is a mismatch;
* ``staf_definitif.xlsx``: the same two Bidang RK, but the penilai written as her own post (no Plt./Plh.):
  both are mismatches, as before.
"""

from __future__ import annotations

from pathlib import Path

from make_forms import from_rows
from make_nyata import DASAR_HEADER, FOOTER, kop
from openpyxl import Workbook

HERE = Path(__file__).parent
FOLDER = "kumpulan_penilai_pelaksana"
PERIODE = [["PERIODE PENILAIAN: 1 JANUARI SD 31 DESEMBER 2026"]]

SEKRETARIS = ("Ir. Bambang Susilo, M.M.", "19690412 199403 1 003", "Pembina Tingkat I, IV/b", "Sekretaris",
              "Badan Pengelolaan Keuangan dan Aset Daerah")
SITI = ("Siti Rahmawati, S.E.", "19820115 200701 2 005", "Penata Tingkat I, III/d",
        "Kepala Subbagian Keuangan", "Sekretariat")
SITI_PLH = (*SITI[:3], "Plh. Kepala Bidang Perbendaharaan", "Bidang Perbendaharaan")
SITI_PLT = (*SITI[:3], "Plt. Kepala Bidang Perbendaharaan", "Bidang Perbendaharaan")
YOGA = ("Yoga Pratama", "19920818 201503 1 006", "Penata Muda Tingkat I, III/b", "Bendahara Pengeluaran",
        "Bidang Perbendaharaan")
LINA = ("Lina Marlina, A.Md.", "19940221 201902 2 003", "Pengatur Tingkat I, II/d", "Pengelola Gaji",
        "Bidang Perbendaharaan")
RUDI = ("Rudi Hartono", "19900610 201402 1 004", "Penata Muda, III/a", "Verifikator Keuangan",
        "Bidang Perbendaharaan")

RK_SEKRETARIS = ["Layanan kesekretariatan badan yang tertib", "Laporan kinerja badan yang tepat waktu"]
RK_SITI = ["Laporan keuangan sekretariat yang akurat", "Anggaran kas sekretariat yang tersusun tepat waktu"]
RK_BIDANG = ["Surat perintah pencairan dana yang terbit tepat waktu",
             "Kas daerah yang terkelola secara akuntabel"]


def _skp(pegawai: tuple[str, ...], penilai: tuple[str, ...], rks: list[tuple[str, str]]) -> Workbook:
    rows: list[list[object]] = [["A. KINERJA UTAMA"]]
    for n, (atasan, rk) in enumerate(rks, start=1):
        rows += [[n, atasan, rk, "Kuantitas", f"Jumlah {rk.lower()}", "12 dokumen"],
                 [None, None, None, "Kualitas", "Persentase dokumen tanpa koreksi", "90 %"]]
    rows += [["B. KINERJA TAMBAHAN"],
             [1, "-", "Sertifikat pelatihan diperoleh", "Kuantitas", "Jumlah sertifikat pelatihan",
              "1 sertifikat"]]
    return from_rows("SKP", [*kop(pegawai=pegawai, penilai=penilai, periode=PERIODE), DASAR_HEADER, *rows,
                             *FOOTER])


def kasubbag() -> Workbook:
    return _skp(SITI, SEKRETARIS, list(zip(RK_SEKRETARIS, RK_SITI, strict=True)))


def staf_plh() -> Workbook:
    return _skp(YOGA, SITI_PLH, [(RK_BIDANG[0], "SP2D gaji yang terbit sebelum tanggal satu"),
                                 (RK_BIDANG[1], "Rekonsiliasi kas bulanan yang tuntas")])


def staf_plt_satu_cocok() -> Workbook:
    return _skp(LINA, SITI_PLT, [(RK_SITI[0], "Daftar gaji yang akurat"),
                                 (RK_BIDANG[1], "Setoran pajak gaji yang tepat waktu")])


def staf_definitif() -> Workbook:
    return _skp(RUDI, SITI, [(RK_BIDANG[0], "Berkas SPM yang terverifikasi lengkap"),
                             (RK_BIDANG[1], "Buku kas umum yang tertutup setiap bulan")])


BOOKS = {
    f"{FOLDER}/kasubbag.xlsx": kasubbag,
    f"{FOLDER}/staf_plh.xlsx": staf_plh,
    f"{FOLDER}/staf_plt_satu_cocok.xlsx": staf_plt_satu_cocok,
    f"{FOLDER}/staf_definitif.xlsx": staf_definitif,
}


def main() -> None:
    for name, build in BOOKS.items():
        (HERE / name).parent.mkdir(parents=True, exist_ok=True)
        build().save(HERE / name)


if __name__ == "__main__":
    main()
