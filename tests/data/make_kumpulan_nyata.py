"""Build the workbooks behind the general causes ``benchmarks/nyata_j`` (the held-out batch set) found, for
``tests/test_kumpulan_nyata_j.py``.

Run ``python tests/data/make_kumpulan_nyata.py`` to regenerate; the files are committed beside it.

* ``kumpulan_rk_atasan_nyata/``: a Kepala Seksi and one staff member. The staff member names two of the
  Kasi's RK in one cell (``1. …⏎2. …``), an RK the Kasi itself intervenes (its own column 2: the unit's RK,
  which the column "RK atasan langsung/unit kerja/organisasi" allows) and one RK nobody has.
* ``kumpulan_rk_atasan_salinan/``: the same Kasi; its staff member copies its RK as bullets (``• …⏎• …``),
  with the IKI after it, shortened by its last words, two joined by "dan", numbered ``i. … ii. …`` — all
  the Kasi's RK — and once an RK nobody has.
* ``kumpulan_rk_atasan_singkatan/``: the same Kasi; its staff member writes the Kasi's RK with acronyms
  (``RTLH`` for rumah tidak layak huni, ``PBR`` for penerima bantuan rumah) and once an RK nobody has, with
  an acronym too.
* ``kumpulan_rk_atasan_singkatan_kata/``: a Kasi of the Disdukcapil; its staff member writes the Kasi's RK
  with acronyms no initials spell (``Renstra Disdukcapil``, ``Musrenbang``), and once a Renja, which the Kasi
  has not.
* ``kumpulan_rk_organisasi/``: a Kepala Dinas (JPT, ``clean_jpt-dasar.xlsx``), a Kepala Bidang, a Kepala
  Seksi and a staff member, each cascading from the one above; the staff member also names an RK of the
  Kepala Dinas (the organisation's RK, two levels above the Kasi) and one of another agency's JPT
  (``kepala_badan_lain.xlsx``, another agency line).
* ``kumpulan_rencana_dan_penilaian_terpisah/``: one pegawai's Rencana SKP (``form_ja_dasar.xlsx`` without its
  Penilaian and Perilaku sheets) and, in a second file, the Penilaian alone (``form_ja_penilaian_saja.xlsx``),
  same NIP and period: one SKP in two files.
* ``nyata_matriks_kolom_berjudul*.xlsx``: a Matriks whose RK label heads a column of the member table
  (``NO | NAMA | NIP | JABATAN | RENCANA KINERJA ATASAN``), the RK, its jenis penyelarasan and ``Target:``
  written under the label; the shares add up, or not (``_tidak_seimbang``).
* ``nyata_rk_kata_keadaan_ter.xlsx``: a process noun followed by a ter- state word
  (``Penanganan pengaduan … tertangani``: a result) beside one followed by ``terhadap`` (an activity).
"""

from __future__ import annotations

import sys
from pathlib import Path

from make_forms import from_rows
from make_nyata import DASAR_HEADER, FOOTER, kop
from openpyxl import Workbook, load_workbook

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parent.parent))

KASI = ("Rahmat Hidayat, S.T.", "19820412 200801 1 004", "Penata Tingkat I, III/d",
        "Kepala Seksi Pendataan Perumahan", "Bidang Perumahan")
KABID = ("Ir. Sri Wahyuni", "19750308 200003 2 002", "Pembina, IV/a", "Kepala Bidang Perumahan",
         "Dinas Perumahan dan Kawasan Permukiman")
STAF = ("Nurul Aini", "19950618 202012 2 011", "Penata Muda, III/a", "Pengolah Data dan Informasi",
        "Bidang Perumahan")
RK_KABID = "Meningkatnya jumlah rumah tidak layak huni yang tertangani"
RK_KASI = ["Data rumah tidak layak huni yang mutakhir",
           "Laporan verifikasi calon penerima bantuan rumah yang akurat"]


def _rk_rows(rks: list[tuple[str, str]]) -> list[list[object]]:
    rows: list[list[object]] = [["A. KINERJA UTAMA"]]
    for n, (atasan, rk) in enumerate(rks, start=1):
        rows += [[n, atasan, rk, "Kuantitas", f"Jumlah dokumen {rk.lower()}", "12 dokumen"],
                 [None, None, None, "Kualitas", "Persentase data yang valid", "90 %"]]
    rows += [["B. KINERJA TAMBAHAN"],
             [1, "-", "Sertifikat pelatihan diperoleh", "Kuantitas", "Jumlah sertifikat pelatihan",
              "1 sertifikat"]]
    return rows


def kepala_seksi() -> Workbook:
    return from_rows("SKP", [*kop(pegawai=KASI, penilai=KABID), DASAR_HEADER,
                             *_rk_rows([(RK_KABID, RK_KASI[0]), (RK_KABID, RK_KASI[1])]), *FOOTER])


def staf() -> Workbook:
    """RK 1 (row 14) names both Kasi RK in one cell, RK 2 (row 16) the Kabid's RK the Kasi intervenes, RK 3
    (row 18, cell B18) an RK nobody has."""
    return from_rows("SKP", [*kop(pegawai=STAF, penilai=KASI), DASAR_HEADER, *_rk_rows([
        (f"1. {RK_KASI[0]}\n2. {RK_KASI[1]}", "Basis data rumah tidak layak huni per desa yang valid"),
        (RK_KABID.upper(), "Rekomendasi prioritas penanganan rumah tidak layak huni tersusun"),
        ("Meningkatnya kualitas rumah nelayan di kawasan pesisir", "Peta sebaran rumah nelayan tersusun"),
    ]), *FOOTER])


def matriks_kolom_berjudul(seimbang: bool = True) -> Workbook:
    """The Kasi's plan with a Matriks in front: the RK label in E4 heads the member table's last column, the
    RK in E5, ``Direct Cascading (pembagian beban target)`` in E6 and ``Target: 1.200 dokumen`` in E7; the
    members' shares 500 + 450 + 250, or 500 + 450 + 200 when not ``seimbang``."""
    wb = kepala_seksi()
    ws = wb.create_sheet("Matriks", 0)
    last = 250 if seimbang else 200
    rows: list[list[object]] = [
        ["MATRIKS PEMBAGIAN PERAN DAN HASIL"],
        ["Seksi Pendataan Perumahan"],
        [],
        ["NO", "NAMA", "NIP", "JABATAN", "RENCANA KINERJA ATASAN"],
        [None, None, None, None, RK_KASI[0]],
        [None, None, None, None, "Direct Cascading (pembagian beban target)"],
        [None, None, None, None, "Target: 1.200 dokumen"],
        [1, STAF[0], STAF[1], STAF[3], "Data rumah desa wilayah utara terverifikasi (500 dokumen)"],
        [2, "Bayu Saputra", "19930104 201902 1 006", "Pengolah Data dan Informasi",
         "Data rumah desa wilayah tengah terverifikasi (450 dokumen)"],
        [3, "Lina Marlina", "19960922 202203 2 008", "Pengadministrasi Perkantoran",
         f"Data rumah desa wilayah selatan terverifikasi ({last} dokumen)"],
    ]
    for row in rows:
        ws.append(row)
    return wb


def matriks_daftar_koordinator(seimbang: bool = True) -> Workbook:
    """The Kasi's plan with a Matriks of one RK written as one list (found by ``benchmarks/nyata_cf``): the
    koordinator's own row first (jabatan marked ``(koordinator)``, the RK in E5, its target 1.200 dokumen in
    F5), ``Jenis penyelarasan | Direct Cascading (pembagian beban target)`` under it, then the members'
    parts with their targets in F: 500 + 450 + 250, or 500 + 450 + 200 when not ``seimbang``."""
    wb = kepala_seksi()
    ws = wb.create_sheet("Matriks", 0)
    last = 250 if seimbang else 200
    rows: list[list[object]] = [
        ["MATRIKS PEMBAGIAN PERAN DAN HASIL"],
        ["Seksi Pendataan Perumahan"],
        [],
        ["NO", "NAMA", "NIP", "JABATAN", "PERAN DAN HASIL", "TARGET"],
        [None, KASI[0], KASI[1], f"{KASI[3]} (koordinator)", RK_KASI[0], "1.200 dokumen"],
        [None, None, None, "Jenis penyelarasan", "Direct Cascading (pembagian beban target)"],
        [1, STAF[0], STAF[1], STAF[3], "Data rumah desa wilayah utara terverifikasi", "500 dokumen"],
        [2, "Bayu Saputra", "19930104 201902 1 006", "Pengolah Data dan Informasi",
         "Data rumah desa wilayah tengah terverifikasi", "450 dokumen"],
        [3, "Lina Marlina", "19960922 202203 2 008", "Pengadministrasi Perkantoran",
         "Data rumah desa wilayah selatan terverifikasi", f"{last} dokumen"],
    ]
    for row in rows:
        ws.append(row)
    return wb


def kata_keadaan_ter() -> Workbook:
    """RK 1 (C14) a process noun with a ter- state word after it, RK 2 (C16) one followed by ``terhadap``."""
    return from_rows("SKP", [*kop(pegawai=STAF, penilai=KASI), DASAR_HEADER, *_rk_rows([
        (RK_KASI[0], "Penanganan pengaduan masyarakat tentang bantuan rumah tertangani"),
        (RK_KASI[1], "Pembinaan terhadap kelompok penerima bantuan rumah swadaya"),
    ]), *FOOTER])


def staf_salinan() -> Workbook:
    """RK 1–5 (rows 14–22) copy the Kasi's RK in five more ways, RK 6 (B24) names an RK nobody has."""
    return from_rows("SKP", [*kop(pegawai=STAF, penilai=KASI), DASAR_HEADER, *_rk_rows([
        (f"• {RK_KASI[0]}\n• {RK_KASI[1]}", "Basis data rumah tidak layak huni per desa yang valid"),
        (f"{RK_KASI[0]} - Persentase data rumah yang valid", "Data rumah per dusun yang mutakhir"),
        ("Laporan verifikasi calon penerima bantuan rumah", "Berita acara verifikasi lapangan yang lengkap"),
        (f"{RK_KASI[0]} dan {RK_KASI[1][0].lower()}{RK_KASI[1][1:]}", "Rekap usulan bantuan rumah tersusun"),
        (f"i. {RK_KASI[0]} ii. {RK_KASI[1]}", "Dokumentasi foto rumah calon penerima yang lengkap"),
        ("Meningkatnya kualitas rumah nelayan di kawasan pesisir", "Peta sebaran rumah nelayan tersusun"),
    ]), *FOOTER])


def staf_singkatan() -> Workbook:
    """RK 1 and 2 (rows 14, 16) name the Kasi's RK with acronyms, RK 3 (B18) an RK nobody has."""
    return from_rows("SKP", [*kop(pegawai=STAF, penilai=KASI), DASAR_HEADER, *_rk_rows([
        ("Data RTLH yang mutakhir", "Basis data rumah tidak layak huni per desa yang valid"),
        ("Laporan verifikasi calon PBR yang akurat", "Berita acara verifikasi lapangan yang lengkap"),
        ("Meningkatnya kualitas RTLH nelayan di kawasan pesisir", "Peta sebaran rumah nelayan tersusun"),
    ]), *FOOTER])


KASI_DUKCAPIL = ("Yuni Astuti, S.E.", "19830715 200901 2 003", "Penata Tingkat I, III/d",
                 "Kepala Seksi Perencanaan", "Dinas Kependudukan dan Pencatatan Sipil")
KABID_DUKCAPIL = ("Drs. Hendra Gunawan", "19720219 199803 1 004", "Pembina, IV/a", "Sekretaris",
                  "Dinas Kependudukan dan Pencatatan Sipil")
STAF_DUKCAPIL = ("Rizky Pratama", "19970322 202203 1 008", "Penata Muda, III/a", "Penyusun Rencana Kegiatan",
                 "Dinas Kependudukan dan Pencatatan Sipil")
RK_KASI_DUKCAPIL = ["Dokumen Rencana Strategis Dinas Kependudukan dan Pencatatan Sipil yang berkualitas",
                    "Usulan kegiatan hasil Musyawarah Perencanaan Pembangunan kecamatan yang terverifikasi"]


def kepala_seksi_dukcapil() -> Workbook:
    rk_sekretaris = "Perencanaan dinas yang berkualitas"
    return from_rows("SKP", [*kop(pegawai=KASI_DUKCAPIL, penilai=KABID_DUKCAPIL), DASAR_HEADER,
                             *_rk_rows([(rk_sekretaris, rk) for rk in RK_KASI_DUKCAPIL]), *FOOTER])


def staf_singkatan_kata() -> Workbook:
    """RK 1 and 2 (rows 14, 16) name the Kasi's RK with acronyms (``Renstra``, ``Disdukcapil``,
    ``Musrenbang``), RK 3 (B18) the Renja (rencana kerja), which the Kasi has not."""
    return from_rows("SKP", [*kop(pegawai=STAF_DUKCAPIL, penilai=KASI_DUKCAPIL), DASAR_HEADER, *_rk_rows([
        ("Dokumen Renstra Disdukcapil yang berkualitas", "Rancangan Renstra yang tersusun tepat waktu"),
        ("Usulan kegiatan hasil Musrenbang kecamatan yang terverifikasi",
         "Rekap usulan Musrenbang yang lengkap"),
        ("Dokumen Renja Disdukcapil yang tepat waktu", "Rancangan Renja yang tersusun tepat waktu"),
    ]), *FOOTER])


SLEMAN = "PEMERINTAH KABUPATEN SLEMAN"
KADIS_NIP = "19700101 199503 1 003"
RK_KADIS = ["Meningkatnya kemantapan jalan kabupaten",
            "Pemerintah Daerah menggunakan aplikasi SIMBG untuk penerbitan PBG",
            "Meningkatnya kompetensi aparatur bidang ke-PU-an", "Realisasi anggaran dinas yang optimal"]
RK_LAIN = "Meningkatnya kunjungan wisatawan ke Kabupaten Bantul"
KADIS = ("Ir. Bambang Sutejo, M.T.", KADIS_NIP, "Pembina Utama Muda, IV/c", "Kepala Dinas Pekerjaan Umum",
         "Dinas Pekerjaan Umum")
KABID_PU = ("Agus Priyanto, S.T.", "19760505 200212 1 005", "Pembina, IV/a", "Kepala Bidang Bina Marga",
            "Bidang Bina Marga")
KASI_PU = ("Dwi Handayani, S.T.", "19840909 200903 2 006", "Penata Tingkat I, III/d",
           "Kepala Seksi Pembangunan Jalan", "Bidang Bina Marga")
STAF_PU = ("Fajar Nugroho", "19960110 202012 1 009", "Penata Muda, III/a", "Pengawas Jalan dan Jembatan",
           "Bidang Bina Marga")
RK_KABID_PU = ["Jalan kabupaten dalam kondisi mantap yang meningkat",
               "Persetujuan bangunan gedung terbit melalui SIMBG tepat waktu",
               "Aparatur bidang bina marga yang kompeten", "Anggaran bidang bina marga terserap optimal"]
RK_KASI_PU = ["Ruas jalan kabupaten yang dibangun sesuai rencana",
              "Rekomendasi teknis PBG tersusun tepat waktu",
              "Tenaga teknis seksi yang bersertifikat", "Laporan realisasi kegiatan seksi yang akurat"]


def _sleman(pegawai: tuple[str, ...], penilai: tuple[str, ...], rks: list[tuple[str, str]]) -> Workbook:
    rows = [*kop(pegawai=pegawai, penilai=penilai), DASAR_HEADER, *_rk_rows(rks), *FOOTER]
    rows[1] = [SLEMAN]
    return from_rows("SKP", rows)


def kepala_dinas() -> Workbook:
    return load_workbook(HERE / "clean_jpt-dasar.xlsx")


def kepala_badan_lain() -> Workbook:
    """The same JPT form of another agency: another agency line, NIP and first RK."""
    wb = kepala_dinas()
    ws = wb["SKP"]
    ws["A2"], ws["C7"], ws["B16"] = "PEMERINTAH KABUPATEN BANTUL", "19710202 199603 1 004", RK_LAIN
    return wb


def kepala_bidang() -> Workbook:
    return _sleman(KABID_PU, KADIS, list(zip(RK_KADIS, RK_KABID_PU, strict=True)))


def kepala_seksi_pu() -> Workbook:
    return _sleman(KASI_PU, KABID_PU, list(zip(RK_KABID_PU, RK_KASI_PU, strict=True)))


def staf_pu() -> Workbook:
    """RK 1–4 (rows 14–20) cascade from the Kasi's; RK 5 (B22) names the Kepala Dinas's first RK, RK 6 (B24)
    the other agency's."""
    return _sleman(STAF_PU, KASI_PU, [
        *zip(RK_KASI_PU, ["Ruas jalan desa terhubung yang selesai dibangun", "Berkas teknis PBG yang lengkap",
                          "Sertifikat keahlian teknis diperoleh", "Data realisasi fisik yang mutakhir"],
             strict=True),
        (RK_KADIS[0], "Data kondisi jalan kabupaten yang mutakhir"),
        (RK_LAIN, "Data kunjungan wisata di ruas jalan kabupaten tersedia"),
    ])


def rencana_saja() -> Workbook:
    wb = load_workbook(HERE / "form_ja_dasar.xlsx")
    for name in ("Penilaian", "Perilaku"):
        del wb[name]
    return wb


BOOKS = {
    "kumpulan_rencana_dan_penilaian_terpisah/SKP 2025.xlsx": rencana_saja,
    "kumpulan_rencana_dan_penilaian_terpisah/Penilaian SKP 2025.xlsx": lambda: load_workbook(
        HERE / "form_ja_penilaian_saja.xlsx"),
    "kumpulan_rk_atasan_salinan/kepala_seksi.xlsx": kepala_seksi,
    "kumpulan_rk_atasan_salinan/staf.xlsx": staf_salinan,
    "kumpulan_rk_atasan_singkatan/kepala_seksi.xlsx": kepala_seksi,
    "kumpulan_rk_atasan_singkatan/staf.xlsx": staf_singkatan,
    "kumpulan_rk_atasan_singkatan_kata/kepala_seksi.xlsx": kepala_seksi_dukcapil,
    "kumpulan_rk_atasan_singkatan_kata/staf.xlsx": staf_singkatan_kata,
    "kumpulan_rk_organisasi/kepala_dinas.xlsx": kepala_dinas,
    "kumpulan_rk_organisasi/kepala_badan_lain.xlsx": kepala_badan_lain,
    "kumpulan_rk_organisasi/kepala_bidang.xlsx": kepala_bidang,
    "kumpulan_rk_organisasi/kepala_seksi.xlsx": kepala_seksi_pu,
    "kumpulan_rk_organisasi/staf.xlsx": staf_pu,
    "kumpulan_rk_atasan_nyata/kepala_seksi.xlsx": kepala_seksi,
    "kumpulan_rk_atasan_nyata/staf.xlsx": staf,
    "nyata_matriks_kolom_berjudul.xlsx": matriks_kolom_berjudul,
    "nyata_matriks_kolom_berjudul_tidak_seimbang.xlsx": lambda: matriks_kolom_berjudul(False),
    "nyata_matriks_daftar_koordinator.xlsx": matriks_daftar_koordinator,
    "nyata_matriks_daftar_koordinator_tidak_seimbang.xlsx": lambda: matriks_daftar_koordinator(False),
    "nyata_rk_kata_keadaan_ter.xlsx": kata_keadaan_ter,
}


def main() -> None:
    for name, build in BOOKS.items():
        (HERE / name).parent.mkdir(parents=True, exist_ok=True)
        build().save(HERE / name)


if __name__ == "__main__":
    main()
