"""Build the workbooks of cascading from beyond the direct superior, for
``tests/test_kumpulan_kaskade_luar.py``.

Run ``python tests/data/make_kumpulan_kaskade_luar.py`` to regenerate; the files are committed beside it.
Dinas Pekerjaan Umum Kabupaten Bantul, Bidang Sumber Daya Air; the Kepala Dinas did not submit.

``kumpulan_kaskade_tidak_langsung/`` (non-direct cascading, SPEC §2.2, §3.2 "RK atasan langsung / unit
kerja / organisasi"): the Kabid (``kabid.xlsx``, RK C14, C16, C18) → the Kepala Seksi Irigasi (``kasi.xlsx``,
column 2 names only the Kabid's first RK) → two staff of the Seksi:

* ``staf_rk_kabid.xlsx``: B14 names the Kasi's RK, B16 the Kabid's second RK (the Kasi's superior's, in
  capitals), B18 two RK in one cell, the Kasi's and the Kabid's third: no finding, and the Kabid's second
  and third RK are intervened;
* ``staf_rk_lain.xlsx``: B14 names the Kasi's RK, B16 an RK of nobody in the Dinas: ``rk-atasan-tidak-cocok``.

``kumpulan_matriks_luar_unit/`` (a Matriks member of another unit, SPEC §3.6 "Members from other units
appear too"): the Kabid Bina Marga (``kabid.xlsx``, RK C14, C16) cascades his second RK through a Matriks
(sheet ``Matriks``, pembagian aspek) to his own Kasi and to the Pengawas Laboratorium of the UPTD
Laboratorium Bahan (named with NIP). The Kasi (``kasi.xlsx``) cites the first RK; the UPTD's staff are rated
by the Kepala UPTD (``kepala_uptd.xlsx``):

* ``pengawas_lab.xlsx`` (named in the Matriks): B16 names the Kabid's second RK: no finding, and that RK is
  intervened;
* ``teknisi_lab.xlsx`` (not named in it) cites the same Kabid RK at B16: ``rk-atasan-tidak-cocok``;
* ``kabid_tanpa_anggota.xlsx``: the same Kabid plan whose Matriks names an NIP of the UPTD that did not
  submit (used instead of ``kabid.xlsx``): C16 stays ``rk-atasan-tidak-diintervensi``.
"""

from __future__ import annotations

from pathlib import Path

from make_forms import from_rows
from make_nyata import DASAR_HEADER, FOOTER, kop
from openpyxl import Workbook

HERE = Path(__file__).parent
TIDAK_LANGSUNG = "kumpulan_kaskade_tidak_langsung"
LUAR_UNIT = "kumpulan_matriks_luar_unit"
PERIODE = [["PERIODE PENILAIAN: 1 JANUARI SD 31 DESEMBER 2026"]]
AGENCY = "DINAS PEKERJAAN UMUM KABUPATEN BANTUL"

KADIS = ("Ir. Suharto, M.T.", "19680203 199303 1 002", "Pembina Utama Muda, IV/c", "Kepala Dinas",
         "Dinas Pekerjaan Umum")
KABID_SDA = ("Ir. Wahyu Widodo", "19720915 199803 1 004", "Pembina Tingkat I, IV/b",
             "Kepala Bidang Sumber Daya Air", "Bidang Sumber Daya Air")
KASI_IRIGASI = ("Rina Kusuma, S.T.", "19800622 200604 2 007", "Penata Tingkat I, III/d",
                "Kepala Seksi Irigasi", "Bidang Sumber Daya Air")
STAF_A = ("Joko Santoso", "19910304 201403 1 005", "Penata Muda Tingkat I, III/b", "Pengamat Irigasi",
          "Bidang Sumber Daya Air")
STAF_B = ("Sri Handayani", "19930817 201903 2 009", "Penata Muda, III/a", "Pengelola Data Irigasi",
          "Bidang Sumber Daya Air")

RK_KABID_SDA = ["Jaringan irigasi kabupaten dalam kondisi baik yang meningkat",
                "Tersedianya air baku bagi permukiman perdesaan",
                "Terkendalinya daya rusak air di daerah aliran sungai"]
RK_KASI_IRIGASI = ["Saluran irigasi primer yang terpelihara sesuai jadwal"]
RK_LAIN = "Meningkatnya kunjungan wisatawan ke Kabupaten Bantul"

KABID_BM = ("Agus Priyanto, S.T.", "19760505 200212 1 005", "Pembina, IV/a", "Kepala Bidang Bina Marga",
            "Bidang Bina Marga")
KASI_JALAN = ("Dwi Handayani, S.T.", "19840909 200903 2 006", "Penata Tingkat I, III/d",
              "Kepala Seksi Pembangunan Jalan", "Bidang Bina Marga")
KEPALA_UPTD = ("Bambang Riyadi, S.T.", "19790412 200501 1 008", "Penata Tingkat I, III/d",
               "Kepala UPTD Laboratorium Bahan", "UPTD Laboratorium Bahan")
PENGAWAS_LAB = ("Fajar Nugroho", "19960110 202012 1 009", "Penata Muda, III/a", "Pengawas Laboratorium",
                "UPTD Laboratorium Bahan")
TEKNISI_LAB = ("Lia Amelia", "19970521 202203 2 004", "Pengatur, II/c", "Teknisi Laboratorium",
               "UPTD Laboratorium Bahan")
ABSEN_NIP = "19950214 202012 1 003"  # a UPTD member the Matriks names who did not submit

RK_KABID_BM = ["Jalan kabupaten dalam kondisi mantap yang meningkat",
               "Terjaminnya mutu bahan perkerasan jalan kabupaten"]
RK_KASI_JALAN = "Ruas jalan kabupaten yang dibangun sesuai rencana"
RK_UPTD = "Hasil uji bahan bangunan yang akurat dan tepat waktu"


def _skp(pegawai: tuple[str, ...], penilai: tuple[str, ...], rks: list[tuple[str, str]]) -> Workbook:
    """Rencana SKP JA Model Dasar: each Kinerja Utama RK on two rows (kuantitas, kualitas) from row 14."""
    rows: list[list[object]] = [["A. KINERJA UTAMA"]]
    for n, (atasan, rk) in enumerate(rks, start=1):
        rows += [[n, atasan, rk, "Kuantitas", f"Jumlah {rk.lower()}", "12 dokumen"],
                 [None, None, None, "Kualitas", "Persentase dokumen tanpa koreksi", "90 %"]]
    rows += [["B. KINERJA TAMBAHAN"],
             [1, "-", "Sertifikat pelatihan diperoleh", "Kuantitas", "Jumlah sertifikat pelatihan",
              "1 sertifikat"]]
    head = kop(pegawai=pegawai, penilai=penilai, periode=PERIODE)
    head[1] = [AGENCY]
    return from_rows("SKP", [*head, DASAR_HEADER, *rows, *FOOTER])


def kabid_sda() -> Workbook:
    return _skp(KABID_SDA, KADIS, [("Meningkatnya kinerja pengelolaan sumber daya air", rk)
                                   for rk in RK_KABID_SDA])


def kasi_irigasi() -> Workbook:
    return _skp(KASI_IRIGASI, KABID_SDA, [(RK_KABID_SDA[0], RK_KASI_IRIGASI[0])])


def staf_rk_kabid() -> Workbook:
    return _skp(STAF_A, KASI_IRIGASI, [
        (RK_KASI_IRIGASI[0], "Laporan pemeliharaan saluran primer yang lengkap"),
        (RK_KABID_SDA[1].upper(), "Data sumber air baku desa yang mutakhir"),
        (f"1. {RK_KASI_IRIGASI[0]} 2. {RK_KABID_SDA[2]}",
         "Inventarisasi kerusakan tanggul sungai yang akurat"),
    ])


def staf_rk_lain() -> Workbook:
    return _skp(STAF_B, KASI_IRIGASI, [
        (RK_KASI_IRIGASI[0], "Jadwal pemeliharaan saluran yang tersusun"),
        (RK_LAIN, "Data debit sungai yang mutakhir"),
    ])


def _kabid_bm(members: list[tuple[str, str, str]]) -> Workbook:
    """The Kabid's plan plus a Matriks for his second RK: a ``LABEL : value`` block above the members."""
    wb = _skp(KABID_BM, KADIS, [("Meningkatnya kemantapan jalan kabupaten", rk) for rk in RK_KABID_BM])
    ws = wb.create_sheet("Matriks")
    rows: list[list[object]] = [
        ["MATRIKS PEMBAGIAN PERAN DAN HASIL"],
        ["Bidang Bina Marga"],
        [],
        ["RENCANA KINERJA ATASAN", ":", RK_KABID_BM[1]],
        ["JENIS PENYELARASAN", ":", "Direct Cascading"],
        ["METODE", ":", "Pembagian aspek"],
        [],
        ["NO", "NAMA", "NIP", "JABATAN", "HASIL YANG DIHARAPKAN"],
    ]
    rows += [[n, nama, nip, jabatan, hasil] for n, (nama, nip, jabatan, hasil) in enumerate(
        [(KASI_JALAN[0], KASI_JALAN[1], KASI_JALAN[3], "Spesifikasi teknis bahan perkerasan yang lengkap"),
         *((nama, nip, jabatan, "Hasil uji mutu bahan perkerasan yang akurat")
           for nama, nip, jabatan in members)], start=1)]
    for row in rows:
        ws.append(row)
    return wb


def kabid_bm() -> Workbook:
    return _kabid_bm([PENGAWAS_LAB[:2] + PENGAWAS_LAB[3:4]])


def kabid_tanpa_anggota() -> Workbook:
    return _kabid_bm([("Yusuf Maulana", ABSEN_NIP, "Pengawas Laboratorium")])


def kasi_jalan() -> Workbook:
    return _skp(KASI_JALAN, KABID_BM, [(RK_KABID_BM[0], RK_KASI_JALAN)])


def kepala_uptd() -> Workbook:
    return _skp(KEPALA_UPTD, KADIS, [("Meningkatnya kemantapan jalan kabupaten", RK_UPTD)])


def pengawas_lab() -> Workbook:
    return _skp(PENGAWAS_LAB, KEPALA_UPTD, [(RK_UPTD, "Laporan uji bahan yang tepat waktu"),
                                            (RK_KABID_BM[1], "Hasil uji mutu bahan perkerasan yang akurat")])


def teknisi_lab() -> Workbook:
    return _skp(TEKNISI_LAB, KEPALA_UPTD, [(RK_UPTD, "Sampel bahan yang teruji sesuai prosedur"),
                                           (RK_KABID_BM[1], "Benda uji perkerasan yang tersedia")])


BOOKS = {
    f"{TIDAK_LANGSUNG}/kabid.xlsx": kabid_sda,
    f"{TIDAK_LANGSUNG}/kasi.xlsx": kasi_irigasi,
    f"{TIDAK_LANGSUNG}/staf_rk_kabid.xlsx": staf_rk_kabid,
    f"{TIDAK_LANGSUNG}/staf_rk_lain.xlsx": staf_rk_lain,
    f"{LUAR_UNIT}/kabid.xlsx": kabid_bm,
    f"{LUAR_UNIT}/kabid_tanpa_anggota.xlsx": kabid_tanpa_anggota,
    f"{LUAR_UNIT}/kasi.xlsx": kasi_jalan,
    f"{LUAR_UNIT}/kepala_uptd.xlsx": kepala_uptd,
    f"{LUAR_UNIT}/pengawas_lab.xlsx": pengawas_lab,
    f"{LUAR_UNIT}/teknisi_lab.xlsx": teknisi_lab,
}


def main() -> None:
    for name, build in BOOKS.items():
        (HERE / name).parent.mkdir(parents=True, exist_ok=True)
        build().save(HERE / name)


if __name__ == "__main__":
    main()
