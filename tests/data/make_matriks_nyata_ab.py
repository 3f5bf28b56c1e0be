"""Build the workbooks behind the general causes ``benchmarks/nyata_ab`` (Matriks Pembagian Peran dan Hasil
measured as a folder) found, for ``tests/test_matriks_nyata_ab.py``. Each is a Kepala Seksi's plan (from
``make_kumpulan_nyata.py``) with one Matriks laid out as teams lay it out; the shares add up, or not
(``_tidak_seimbang``: the first RK's shares 500 + 450 + 200 for 1.200 dokumen).

* ``nyata_matriks_blok_per_rk*.xlsx``: one sheet per RK (``Matriks RK 1``): a ``LABEL | : | value`` block
  (RENCANA KINERJA ATASAN, JENIS PENYELARASAN, METODE, TARGET in C4:C7) above the member table
  ``NO | NAMA | NIP | JABATAN | HASIL YANG DIHARAPKAN | TARGET`` whose NIPs are written with spaces.
* ``nyata_matriks_dua_sheet_per_rk*.xlsx``: as ``blok_per_rk`` (RK 1 adds up), plus ``Matriks RK 2`` for the
  second RK (12 laporan = 5 + 4 + 3, or 5 + 4 + 2).
* ``nyata_matriks_nama_saja_metode_per_sel*.xlsx``: members named by NAMA alone (no NIP, no JABATAN
  column); ``RENCANA KINERJA ATASAN`` merged over the two RK columns, ``RK 1. …``/``RK 2. …`` under it, a
  TARGET row, and the jenis and method written in each member's cell (``Langsung - pembagian beban
  target:⏎… (500 dokumen)``); the second RK a non-direct one whose amounts do not add up (none expected).
* ``nyata_matriks_spec_harfiah*.xlsx``: SPEC §3.6 word for word (found by ``benchmarks/nyata_bv``): the RK
  text heads its column, one ``NAMA / NIP / JABATAN`` cell per member, ``Direct cascading - pembagian beban
  target`` and a non-direct second RK after an en dash, ``Target koordinator``, shares in brackets;
  ``nyata_matriks_spec_tanpa_spasi*.xlsx`` the same with the dashes unspaced (``Direct cascading-pembagian
  beban target``), and ``nyata_matriks_metode_per_sel_tanpa_spasi_tidak_seimbang.xlsx`` the member cells'
  ``Langsung-pembagian beban target:`` so.
* ``nyata_matriks_dialihkan*.xlsx``: the Matriks the other way round: ``NO | RENCANA KINERJA ATASAN YANG
  DICASCADE | JENIS PENYELARASAN | TARGET`` with one RK per row, the members as columns headed by their name
  and NIP under a merged ``PERAN DAN HASIL ANGGOTA TIM``.

Run ``python tests/data/make_matriks_nyata_ab.py`` to regenerate; the files are committed beside it.
"""

from __future__ import annotations

from pathlib import Path

from make_kumpulan_nyata import RK_KASI, kepala_seksi
from openpyxl import Workbook

HERE = Path(__file__).parent
TEAM = [
    ("Nurul Aini", "19950618 202012 2 011", "Pengolah Data dan Informasi"),
    ("Bayu Saputra", "19930104 201902 1 006", "Pengolah Data dan Informasi"),
    ("Lina Marlina", "19960922 202203 2 008", "Pengadministrasi Perkantoran"),
]
RESULTS = [
    "Data rumah desa wilayah utara terverifikasi",
    "Data rumah desa wilayah tengah terverifikasi",
    "Data rumah desa wilayah selatan terverifikasi",
]


def _shares(seimbang: bool) -> list[int]:
    return [500, 450, 250 if seimbang else 200]


def blok_per_rk(seimbang: bool = True) -> Workbook:
    wb = kepala_seksi()
    ws = wb.create_sheet("Matriks RK 1")
    rows: list[list[object]] = [
        ["MATRIKS PEMBAGIAN PERAN DAN HASIL"],
        ["Seksi Pendataan Perumahan"],
        [],
        ["RENCANA KINERJA ATASAN", ":", RK_KASI[0]],
        ["JENIS PENYELARASAN", ":", "Direct Cascading"],
        ["METODE", ":", "Pembagian beban target"],
        ["TARGET", ":", "1.200 dokumen"],
        [],
        ["NO", "NAMA", "NIP", "JABATAN", "HASIL YANG DIHARAPKAN", "TARGET"],
    ]
    rows += [
        [n + 1, nama, nip, jab, RESULTS[n], f"{share} dokumen"]
        for n, ((nama, nip, jab), share) in enumerate(zip(TEAM, _shares(seimbang), strict=True))
    ]
    for row in rows:
        ws.append(row)
    return wb


def nama_saja_metode_per_sel(seimbang: bool = True, dash: str = " - ") -> Workbook:
    wb = kepala_seksi()
    ws = wb.create_sheet("Matriks", 0)
    rows: list[list[object]] = [
        ["MATRIKS PEMBAGIAN PERAN DAN HASIL"],
        ["Seksi Pendataan Perumahan"],
        [],
        ["NO", "NAMA", "RENCANA KINERJA ATASAN"],
        [None, None, f"RK 1. {RK_KASI[0]}", f"RK 2. {RK_KASI[1]}"],
        [None, "TARGET", "Target: 1.200 dokumen", "Target: 12 laporan"],
    ]
    for n, ((nama, _, _), share) in enumerate(zip(TEAM, _shares(seimbang), strict=True)):
        rows.append(
            [
                n + 1,
                nama,
                f"Langsung{dash}pembagian beban target:\n{RESULTS[n]} ({share} dokumen)",
                f"Tidak langsung{dash}pendekatan layanan:\nLaporan verifikasi desa tersaji ({n + 5} laporan)",
            ]
        )
    for row in rows:
        ws.append(row)
    ws.merge_cells("C4:D4")
    return wb


def dialihkan(seimbang: bool = True) -> Workbook:
    wb = kepala_seksi()
    ws = wb.create_sheet("Matriks", 0)
    rows: list[list[object]] = [
        ["MATRIKS PEMBAGIAN PERAN DAN HASIL"],
        ["Seksi Pendataan Perumahan"],
        [],
        [
            "NO",
            "RENCANA KINERJA ATASAN YANG DICASCADE",
            "JENIS PENYELARASAN",
            "TARGET",
            "PERAN DAN HASIL ANGGOTA TIM",
        ],
        [None, None, None, None, *(f"{nama}\nNIP. {nip}" for nama, nip, _ in TEAM)],
        [
            1,
            RK_KASI[0],
            "Direct Cascading\n(pembagian beban target)",
            "1.200 dokumen",
            *(f"{RESULTS[n]} ({share} dokumen)" for n, share in enumerate(_shares(seimbang))),
        ],
        [
            2,
            RK_KASI[1],
            "Non-Direct Cascading\n(pendekatan layanan)",
            "12 laporan",
            "Laporan verifikasi desa tersaji (5 laporan)",
            None,
            "Laporan verifikasi kota tersaji (4 laporan)",
        ],
        [],
        ["Keterangan: disepakati dalam dialog kinerja."],
    ]
    for row in rows:
        ws.append(row)
    for col in "ABCD":
        ws.merge_cells(f"{col}4:{col}5")
    ws.merge_cells("E4:G4")
    return wb


def spec_harfiah(seimbang: bool = True, dash: str = " - ", en_dash: str = " \u2013 ") -> Workbook:
    """SPEC §3.6 word for word: the RK being cascaded heads its column itself (no RK label), the member
    column is one ``NAMA / NIP / JABATAN`` cell per member (a line each), the jenis penyelarasan row names
    the method after a dash, the target row is ``Target koordinator``, and each share is in brackets."""
    wb = kepala_seksi()
    ws = wb.create_sheet("Matriks", 0)
    rows: list[list[object]] = [
        ["MATRIKS PEMBAGIAN PERAN DAN HASIL"],
        ["Koordinator: Kepala Seksi Pendataan Perumahan"],
        [],
        ["NO", "NAMA / NIP / JABATAN", RK_KASI[0], RK_KASI[1]],
        [None, "Jenis penyelarasan", f"Direct cascading{dash}pembagian beban target",
         f"Non-direct cascading{en_dash}pendekatan layanan"],
        [None, "Target koordinator", "1.200 dokumen", "12 laporan"],
    ]
    rows += [
        [n + 1, f"{nama}\n{nip}\n{jab}", f"{RESULTS[n]} ({share} dokumen)",
         f"Laporan verifikasi desa {n + 1} tersaji"]
        for n, ((nama, nip, jab), share) in enumerate(zip(TEAM, _shares(seimbang), strict=True))
    ]
    for row in rows:
        ws.append(row)
    return wb


def dua_sheet_per_rk(seimbang: bool = True) -> Workbook:
    """``blok_per_rk`` (RK 1 adds up) and a second sheet ``Matriks RK 2`` for the Kasi's second RK, 12
    laporan shared 5 + 4 + 3, or 5 + 4 + 2 when not ``seimbang`` (C7 of ``Matriks RK 2``)."""
    wb = blok_per_rk()
    ws = wb.create_sheet("Matriks RK 2")
    rows: list[list[object]] = [
        ["MATRIKS PEMBAGIAN PERAN DAN HASIL"],
        ["Seksi Pendataan Perumahan"],
        [],
        ["RENCANA KINERJA ATASAN", ":", RK_KASI[1]],
        ["JENIS PENYELARASAN", ":", "Direct Cascading"],
        ["METODE", ":", "Pembagian beban target"],
        ["TARGET", ":", "12 laporan"],
        [],
        ["NO", "NAMA", "NIP", "JABATAN", "HASIL YANG DIHARAPKAN", "TARGET"],
    ]
    shares = [5, 4, 3 if seimbang else 2]
    rows += [[n + 1, nama, nip, jab, f"Laporan verifikasi calon penerima wilayah {n + 1}", f"{share} laporan"]
             for n, ((nama, nip, jab), share) in enumerate(zip(TEAM, shares, strict=True))]
    for row in rows:
        ws.append(row)
    return wb


BOOKS = {
    "nyata_matriks_dua_sheet_per_rk.xlsx": dua_sheet_per_rk,
    "nyata_matriks_dua_sheet_per_rk_tidak_seimbang.xlsx": lambda: dua_sheet_per_rk(False),
    "nyata_matriks_blok_per_rk.xlsx": blok_per_rk,
    "nyata_matriks_blok_per_rk_tidak_seimbang.xlsx": lambda: blok_per_rk(False),
    "nyata_matriks_nama_saja_metode_per_sel.xlsx": nama_saja_metode_per_sel,
    "nyata_matriks_nama_saja_metode_per_sel_tidak_seimbang.xlsx": lambda: nama_saja_metode_per_sel(False),
    "nyata_matriks_spec_harfiah.xlsx": spec_harfiah,
    "nyata_matriks_spec_harfiah_tidak_seimbang.xlsx": lambda: spec_harfiah(False),
    "nyata_matriks_spec_tanpa_spasi.xlsx": lambda: spec_harfiah(dash="-", en_dash="\u2013"),
    "nyata_matriks_spec_tanpa_spasi_tidak_seimbang.xlsx": lambda: spec_harfiah(False, "-", "\u2013"),
    "nyata_matriks_metode_per_sel_tanpa_spasi_tidak_seimbang.xlsx":
        lambda: nama_saja_metode_per_sel(False, "-"),
    "nyata_matriks_dialihkan.xlsx": dialihkan,
    "nyata_matriks_dialihkan_tidak_seimbang.xlsx": lambda: dialihkan(False),
}


def main() -> None:
    for name, build in BOOKS.items():
        build().save(HERE / name)


if __name__ == "__main__":
    main()
