"""Build the workbooks behind the general causes ``benchmarks/merah_aw`` (white-box probes of ``skp kaskade``)
found, for ``tests/test_kaskade_merah_aw.py``. Written apart from that set's probes: another agency, another
superior and team, the plan laid out with this folder's ``make_nyata`` rows.

Run ``python tests/data/make_kaskade_merah_aw.py`` to regenerate; the files are committed beside it. The
superior is a Kepala Seksi Kurikulum (JA Model Dasar, Kinerja Utama ``12 dokumen`` and ``4 laporan``):

* ``kaskade_aw_matriks_tanpa_judul_hasil.xlsx``: Matriks with the field rows down column A, one RK per
  column from D, the member table ``NAMA | NIP | JABATAN`` with **nothing** written over the result
  columns D and E; ``..._dengan_judul_hasil.xlsx`` the same with ``HASIL KERJA`` over D.
* ``kaskade_aw_beban_kosong/`` (and ``..._tidak_seimbang/``): the superior's Matriks states RK 1 as Direct
  Cascading, Pembagian Beban Target, ``12 dokumen``, the member cells of that column empty (left to the
  members' SKP), and the three members' SKP, whose RK intervening it hold ``4 dokumen`` each (or 4, 4 and
  ``6 dokumen``).
* ``kaskade_aw_anggota_dua_baris.xlsx``: the first member listed again on a fourth row (a row per role),
  RK 2's result on that row; ``kaskade_aw_beban_kosong_anggota_dua_baris/``: the same in the beban folder.
* ``kaskade_aw_hasil_dipatahkan.xlsx``: results wrapped by hand inside one sentence (a line starting in
  lower case, a line ending with ``dan`` or a comma) and one cell holding two results, one per line.
* ``kaskade_aw_atasan_tanpa_periode.xlsx``, ``kaskade_aw_atasan_tanpa_nip.xlsx``,
  ``kaskade_aw_kolom_rk_lain.xlsx``: the superior with its period empty, its own NIP empty, or a Matriks
  column (with a member's result) for an RK that is not in its plan.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

from make_forms import from_rows
from make_nyata import DASAR_HEADER, FOOTER, kop
from openpyxl import Workbook

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parent.parent))

KASI = ("Maria Ulfa, S.Pd., M.Pd.", "19810204 200604 2 011", "Penata Tingkat I, III/d",
        "Kepala Seksi Kurikulum Sekolah Dasar", "Bidang Pembinaan Sekolah Dasar")
KABID = ("Drs. Yohanes Sitompul", "19700915 199503 1 006", "Pembina Tingkat I, IV/b",
         "Kepala Bidang Pembinaan Sekolah Dasar", "Dinas Pendidikan Kabupaten Danau Biru")
RK_KABID = "Meningkatnya mutu pembelajaran sekolah dasar"
RK_KASI = ["Dokumen kurikulum operasional sekolah terverifikasi",
           "Laporan supervisi implementasi kurikulum tersusun"]
RK_LAIN = "Terlaksananya lomba inovasi pembelajaran tingkat kabupaten"
TEAM = [
    ("Petrus Manalu, S.Pd.", "19890312 201403 1 002", "Pengembang Kurikulum"),
    ("Siti Nurhaliza, S.Pd.", "19910722 201503 2 006", "Pengelola Data Pendidikan"),
    ("Ahmad Fauzi, S.Kom.", "19930118 201902 1 003", "Pranata Komputer Ahli Pertama"),
]
HASIL = [
    ["Dokumen KOSP gugus 1 terverifikasi", "Laporan supervisi gugus 1 tersusun"],
    ["Rekap verifikasi KOSP tersaji", None],
    [None, "Basis data supervisi kurikulum termutakhirkan"],
]
# Results wrapped by hand (Alt+Enter) inside one sentence, and two results one per line.
HASIL_DIPATAHKAN = [
    ["Dokumen KOSP gugus 1\nterverifikasi",
     "Laporan supervisi gugus 1 tersusun dan\nDisampaikan ke kepala bidang"],
    ["Rekap verifikasi KOSP tersaji,\nlengkap dengan catatan perbaikan", None],
    [None, "Basis data supervisi termutakhirkan\nPeta sebaran sekolah binaan tersusun"],
]
MEMBER_RK = "Dokumen kurikulum operasional sekolah gugus terverifikasi"


def _plan(pegawai: tuple = KASI, periode: list | None = None) -> list[list[object]]:
    return [
        *kop(pegawai=pegawai, penilai=KABID, periode=periode), DASAR_HEADER,
        ["A. KINERJA UTAMA"],
        [1, RK_KABID, RK_KASI[0], "Kuantitas", "Jumlah KOSP yang terverifikasi", "12 dokumen"],
        [None, None, None, "Waktu", "Waktu penyelesaian verifikasi", "6 bulan"],
        [2, RK_KABID, RK_KASI[1], "Kuantitas", "Jumlah laporan supervisi", "4 laporan"],
        ["B. KINERJA TAMBAHAN"],
        *FOOTER,
    ]


def _matriks(wb: Workbook, rks: list[str], hasil: list[list[str | None]], heading: str | None,
             beban: bool = False, team: list[tuple[str, str, str]] = TEAM) -> None:
    ws = wb.create_sheet("Matriks Peran Hasil")
    ws["A1"] = "MATRIKS PEMBAGIAN PERAN DAN HASIL"
    for r, label in ((3, "RENCANA KINERJA ATASAN"), (4, "JENIS PENYELARASAN"), (5, "METODE"),
                     (6, "TARGET ATASAN")):
        ws.cell(r, 1, label)
    for j, rk in enumerate(rks):
        ws.cell(3, 4 + j, rk)
    if beban:
        ws["D4"], ws["D5"], ws["D6"] = "Direct Cascading", "Pembagian Beban Target", "12 dokumen"
    ws["A8"], ws["B8"], ws["C8"] = "NAMA", "NIP", "JABATAN"
    if heading:
        ws["D8"] = heading
    for i, (nama, nip, jabatan) in enumerate(team):
        ws.cell(9 + i, 1, nama)
        ws.cell(9 + i, 2, nip).number_format = "@"
        ws.cell(9 + i, 3, jabatan)
        for j, value in enumerate(hasil[i]):
            if value:
                ws.cell(9 + i, 4 + j, value)


def superior(heading: str | None = "HASIL KERJA", beban: bool = False, pegawai: tuple = KASI,
             periode: list | None = None, rks: list[str] | None = None, twice: bool = False,
             hasil_rows: list[list[str | None]] | None = None) -> Workbook:
    """The Kasi's SKP and Matriks; ``twice``: the first member listed again on a fourth row (a row per
    role), the result of RK 2 on that row instead of its first; ``hasil_rows``: other results."""
    wb = from_rows("SKP", _plan(pegawai, periode))
    hasil = [[None, row[1]] for row in HASIL] if beban else [list(row) for row in hasil_rows or HASIL]
    team = list(TEAM)
    if twice:
        team.append(TEAM[0])
        hasil.append([None, hasil[0][1]])
        hasil[0][1] = None
    _matriks(wb, rks or RK_KASI, hasil, heading, beban, team)
    return wb


def member(index: int, share: int) -> Workbook:
    """A member's SKP: one RK intervening the superior's RK 1 with ``share`` dokumen, one more."""
    nama, nip, jabatan = TEAM[index]
    return from_rows("SKP", [
        *kop(pegawai=(nama, nip, "Penata Muda, III/a", jabatan, KASI[4]), penilai=KASI), DASAR_HEADER,
        ["A. KINERJA UTAMA"],
        [1, RK_KASI[0], f"{MEMBER_RK} {index + 1}", "Kuantitas", "Jumlah KOSP yang terverifikasi",
         f"{share} dokumen"],
        [None, None, None, "Waktu", "Waktu penyelesaian verifikasi", "6 bulan"],
        [2, RK_KASI[1], f"Laporan supervisi gugus {index + 1} tersusun", "Kuantitas",
         "Jumlah laporan supervisi", "2 laporan"],
        ["B. KINERJA TAMBAHAN"],
        *FOOTER,
    ])


def beban_folder(folder: Path, shares: tuple[int, int, int], twice: bool = False) -> None:
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir()
    superior(beban=True, twice=twice).save(folder / "atasan.xlsx")
    for i, share in enumerate(shares):
        member(i, share).save(folder / f"anggota_{i + 1}.xlsx")


BOOKS = {
    "kaskade_aw_matriks_tanpa_judul_hasil.xlsx": lambda: superior(heading=None),
    "kaskade_aw_matriks_dengan_judul_hasil.xlsx": superior,
    "kaskade_aw_atasan_tanpa_periode.xlsx": lambda: superior(periode=[[]]),
    "kaskade_aw_atasan_tanpa_nip.xlsx": lambda: superior(pegawai=(KASI[0], None, *KASI[2:])),
    "kaskade_aw_kolom_rk_lain.xlsx": lambda: superior(rks=[RK_KASI[0], RK_LAIN]),
    "kaskade_aw_anggota_dua_baris.xlsx": lambda: superior(twice=True),
    "kaskade_aw_hasil_dipatahkan.xlsx": lambda: superior(hasil_rows=HASIL_DIPATAHKAN),
}


def main() -> None:
    for name, build in BOOKS.items():
        build().save(HERE / name)
    beban_folder(HERE / "kaskade_aw_beban_kosong", (4, 4, 4))
    beban_folder(HERE / "kaskade_aw_beban_kosong_tidak_seimbang", (4, 4, 6))
    beban_folder(HERE / "kaskade_aw_beban_kosong_anggota_dua_baris", (4, 4, 4), twice=True)


if __name__ == "__main__":
    main()
