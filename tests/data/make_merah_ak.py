"""Build SKP JA Model Dasar workbooks with a Penilaian sheet for the false errors the red-team set
``merah_ak`` found in the Penilaian numbers.

Run ``python tests/data/make_merah_ak.py`` to regenerate; the .xlsx files are committed beside it. The form
is laid out here on its own (JA Model Dasar, one header row, no merged cells, two RK of one and two IKI),
apart from ``benchmarks/merah_ak/buat.py``; every written value is worked out by hand in the comments.

* ``merah_ak_satu_desimal_bersih``: the capaian rounded to one decimal by the form (``95,8 %``, ``103,3 %``)
  and every nilai computed from the values written before it: IKI nilai 85,80 (70 + 15,8) and 112,56
  (110 + 10/9 × 2,3), nilai RK 99,18 their mean, Nilai Akhir SKP 104,09 the mean of 99,18 and 109.
* ``merah_ak_satu_desimal_salah``: the same with nilai RK ``99,50``, which no reading gives.
* ``merah_ak_judul_pendek_bersih``: a one-row header ``CAPAIAN (%) | KATEGORI | NILAI | KATEGORI RK | NILAI
  RK``: the bare KATEGORI and NILAI right of the capaian are the IKI's, the RK ones by their own labels.
* ``merah_ak_judul_pendek_salah``: the same with the third IKI's nilai ``99`` (100 % is Baik, 109) and the
  second RK's kategori ``Sangat Baik`` (109 is Baik): both read, both reported.
* ``merah_ak_predikat_nilai_bersih``: every IKI at 100 % (Baik 109), nilai perilaku 90, nilai kinerja
  103,30 (70 % × 109 + 30 % × 90) and the predikat written with it, ``Baik (103,30)``.
* ``merah_ak_predikat_nilai_salah``: the same predikat ``Sangat Baik (103,30)``: below 110, reported.
* ``merah_ak_judul_pendek_salah_ketik_bersih`` / ``_salah``: ``judul_pendek`` with the bare KATEGORI written
  ``KATEOGRI`` (found by ``benchmarks/gangguan.py``'s ``salah-ketik``): still the IKI's, and so the NILAI
  right of it.
* ``merah_ak_predikat_nilai_salah_ketik_bersih`` / ``_salah``: ``predikat_nilai`` with NILAI PERILAKU KERJA
  written ``NILAI PERIALKU KERJA``: its 90 is still read (a small whole number, not a row number).
* ``merah_ak_strip_bersih``: a Kinerja Tambahan row written ``-`` in every column: nothing to realise.
* ``merah_ak_strip_salah``: the second IKI's realisasi ``-`` in a started Penilaian: no realisasi.
"""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook

HERE = Path(__file__).parent

PEGAWAI = ("Yuliana Pratiwi, S.K.M.", "19910708 201503 2 002", "Penata Muda Tingkat I, III/b",
           "Kepala Seksi Kesehatan Lingkungan", "Bidang Kesehatan Masyarakat, Dinas Kesehatan")
PENILAI = ("dr. Hendra Wijaya, M.Kes.", "19780219 200604 1 003", "Pembina, IV/a",
           "Kepala Bidang Kesehatan Masyarakat", "Dinas Kesehatan Kabupaten Sungai Jernih")
ATASAN = "Meningkatnya kualitas kesehatan lingkungan masyarakat"
# (RK, aspek, IKI, target)
PLAN = [
    ("Sarana air minum yang diawasi kualitasnya", "Kuantitas", "Jumlah sarana air minum yang diperiksa",
     "24 sarana"),
    ("Sarana air minum yang diawasi kualitasnya", "Kualitas", "Persentase sarana air minum memenuhi syarat",
     "90 %"),
    ("Tempat pengelolaan pangan yang terbina", "Kuantitas", "Jumlah tempat pengelolaan pangan dibina",
     "40 tempat"),
]
TAMBAHAN = ("Keanggotaan tim penanganan kejadian luar biasa", "Kuantitas", "Jumlah kejadian yang ditangani",
            "2 kejadian")


def _kop(ws, title: str) -> None:  # type: ignore[no-untyped-def]
    ws["A1"] = title
    ws["A2"] = "DINAS KESEHATAN KABUPATEN SUNGAI JERNIH"
    ws["A3"] = "PERIODE PENILAIAN: 1 JANUARI SD 31 DESEMBER 2026"
    ws["A5"], ws["B5"], ws["E5"], ws["F5"] = "NO", "PEGAWAI YANG DINILAI", "NO", "PEJABAT PENILAI KINERJA"
    for i, label in enumerate(("NAMA", "NIP", "PANGKAT/GOL RUANG", "JABATAN", "UNIT KERJA")):
        for c, value in enumerate((i + 1, label, PEGAWAI[i], None, i + 1, label, PENILAI[i]), 1):
            if value is not None:
                ws.cell(6 + i, c, value).number_format = "@"


def _skp(wb: Workbook, tambahan: bool) -> None:
    ws = wb.active
    ws.title = "SKP"
    _kop(ws, "RENCANA SASARAN KINERJA PEGAWAI")
    for c, label in enumerate(("NO", "RENCANA KINERJA ATASAN LANGSUNG/UNIT KERJA/ORGANISASI",
                               "RENCANA KINERJA", "ASPEK", "INDIKATOR KINERJA INDIVIDU", "TARGET"), 1):
        ws.cell(12, c, label)
        ws.cell(13, c, c)
    ws["A14"] = "A. KINERJA UTAMA"
    r, previous = 15, None
    for rk, aspek, iki, target in PLAN:
        if rk != previous:
            ws.cell(r, 1, 1 if previous is None else 2)
            ws.cell(r, 2, ATASAN)
            ws.cell(r, 3, rk)
            previous = rk
        for c, value in enumerate((aspek, iki, target), 4):
            ws.cell(r, c, value)
        r += 1
    ws.cell(r, 1, "B. KINERJA TAMBAHAN")
    if tambahan:
        ws.cell(r + 1, 1, 1)
        for c, value in enumerate((TAMBAHAN[0], *TAMBAHAN[1:]), 3):
            ws.cell(r + 1, c, value)
    ws.cell(r + 4, 3, "PEGAWAI YANG DINILAI")
    ws.cell(r + 4, 6, "PEJABAT PENILAI KINERJA")
    ws.cell(r + 8, 3, PEGAWAI[0])
    ws.cell(r + 8, 6, PENILAI[0])
    ws.cell(r + 9, 3, "NIP. " + PEGAWAI[1])
    ws.cell(r + 9, 6, "NIP. " + PENILAI[1])


HEAD = ("NO", "RENCANA KINERJA ATASAN LANGSUNG/UNIT KERJA/ORGANISASI", "RENCANA KINERJA", "ASPEK",
        "INDIKATOR KINERJA INDIVIDU", "TARGET", "REALISASI", "CAPAIAN IKI", "KATEGORI CAPAIAN IKI",
        "NILAI CAPAIAN IKI", "KATEGORI CAPAIAN RK", "NILAI CAPAIAN RK")


SHORT_HEAD = (*HEAD[:7], "CAPAIAN (%)", "KATEGORI", "NILAI", "KATEGORI RK", "NILAI RK")


def _penilaian(wb: Workbook, kind: str) -> None:
    ws = wb.create_sheet("Penilaian")
    _kop(ws, "PENILAIAN SASARAN KINERJA PEGAWAI")
    typo = "salah_ketik" in kind
    for c, label in enumerate(SHORT_HEAD if kind.startswith("judul_pendek") else HEAD, 1):
        ws.cell(12, c, "KATEOGRI" if typo and label == "KATEGORI" else label)
        ws.cell(13, c, c)
    ws["A14"] = "A. KINERJA UTAMA"
    if kind.startswith("satu_desimal"):
        # 23/24 = 95,83 % → 95,8 % → Cukup 85,80; 93/90 = 103,33 % → 103,3 % → Sangat Baik 112,56;
        # 40/40 → Baik 109
        results = [("23 sarana", "95,8 %", "Cukup", "85,80"), ("93 %", "103,3 %", "Sangat Baik", "112,56"),
                   ("40 tempat", "100 %", "Baik", "109,00")]
        rk_values = [("Baik", "99,50" if kind.endswith("salah") else "99,18"), ("Baik", "109,00")]
    elif kind.startswith("predikat_nilai"):
        results = [("24 sarana", "100 %", "Baik", "109"), ("90 %", "100 %", "Baik", "109"),
                   ("40 tempat", "100 %", "Baik", "109")]
        rk_values = [("Baik", "109"), ("Baik", "109")]
    elif kind.startswith("judul_pendek"):
        # 24/24 → Baik 109; 90/90 → Baik 109; 40/40 → Baik 109 (99 in the defective twin)
        wrong = kind.endswith("salah")
        results = [("24 sarana", "100 %", "Baik", "109"), ("90 %", "100 %", "Baik", "109"),
                   ("40 tempat", "100 %", "Baik", "99" if wrong else "109")]
        rk_values = [("Baik", "109"), ("Sangat Baik" if wrong else "Baik", "109")]
    else:
        second = "-" if kind.endswith("salah") else "90 %"
        results = [("24 sarana", "100 %", "Baik", "109"), (second, "", "", ""),
                   ("40 tempat", "100 %", "Baik", "109")]
        rk_values = [("", ""), ("Baik", "109")]
    r, previous, n = 15, None, 0
    for (rk, aspek, iki, target), written in zip(PLAN, results, strict=True):
        if rk != previous:
            ws.cell(r, 1, n + 1)
            ws.cell(r, 2, ATASAN)
            ws.cell(r, 3, rk)
            for c, value in enumerate(rk_values[n], 11):
                if value != "":
                    ws.cell(r, c, value)
            previous, n = rk, n + 1
        for c, value in enumerate((aspek, iki, target, *written), 4):
            if value != "":
                ws.cell(r, c, value)
        r += 1
    ws.cell(r, 1, "B. KINERJA TAMBAHAN")
    if kind.startswith("strip"):
        r += 1
        for c in range(1, len(HEAD) + 1):
            ws.cell(r, c, "-")
    if kind.startswith("satu_desimal"):
        ws.cell(r + 1, 1, "NILAI AKHIR SKP")
        ws.cell(r + 1, 12, "104,09")  # (99,18 + 109) / 2
    if kind.startswith("predikat_nilai"):
        predikat = "Sangat Baik (103,30)" if kind.endswith("salah") else "Baik (103,30)"
        perilaku = "NILAI PERIALKU KERJA" if typo else "NILAI PERILAKU KERJA"
        for i, (label, value) in enumerate((("NILAI AKHIR SKP", "109"), (perilaku, "90"),
                                            ("NILAI KINERJA PEGAWAI", "103,30"),
                                            ("PREDIKAT KINERJA PEGAWAI", predikat)), 1):
            ws.cell(r + i, 1, label)
            ws.cell(r + i, 12, value)


KINDS = ("satu_desimal_bersih", "satu_desimal_salah", "judul_pendek_bersih", "judul_pendek_salah",
         "predikat_nilai_bersih", "predikat_nilai_salah", "strip_bersih", "strip_salah",
         "judul_pendek_salah_ketik_bersih", "judul_pendek_salah_ketik_salah",
         "predikat_nilai_salah_ketik_bersih", "predikat_nilai_salah_ketik_salah")


def build(kind: str) -> Workbook:
    wb = Workbook()
    _skp(wb, tambahan=False)
    _penilaian(wb, kind)
    return wb


def main() -> None:
    for kind in KINDS:
        build(kind).save(HERE / f"merah_ak_{kind}.xlsx")


if __name__ == "__main__":
    main()
