"""Build SKP JA Model Dasar workbooks with header (kop) values written as agencies write them, with openpyxl.

Run ``python tests/data/make_kop_isian.py`` to regenerate; the .xlsx files are committed beside it.

PERIODE PENILAIAN left empty:

* ``periode_kosong_strip_gabung``: ``PERIODE PENILAIAN : -`` in A3, merged across the form (A3:F3).
* ``periode_kosong_titikdua_gabung``: ``PERIODE PENILAIAN :`` in A3, merged across the form.
* ``periode_kosong_strip``: ``PERIODE PENILAIAN : -`` in A3, not merged.
* ``periode_kosong_label``: the label ``PERIODE PENILAIAN`` alone in A3 and nothing right of it.
* ``periode_bersih_gabung``: ``PERIODE PENILAIAN : 1 Januari s.d. 31 Desember 2026``, merged A3:F3 (clean).

PANGKAT/GOL RUANG with the TMT of the pangkat copied from the SK after it:

* ``pangkat_tmt_bersih``: pegawai ``Penata Muda Tingkat I, III/b TMT 01-04-2022`` (C8), penilai
  ``Pembina / IV.a (TMT 1 Oktober 2021)`` (F8): clean.
* ``pangkat_tmt_tidak_cocok``: pegawai ``Penata, III/b TMT 01-04-2022``: name and golongan disagree (C8).

PERIODE written in the title line, no cell labelled PERIODE PENILAIAN:

* ``periode_dalam_judul_bersih``: ``SASARAN KINERJA PEGAWAI PERIODE 1 JANUARI - 31 DESEMBER 2026`` (A1),
  clean.
* ``periode_dalam_judul_dua_tahun``: ``… PERIODE 1 JULI 2025 - 30 JUNI 2026`` (A1): not in one calendar year.

JPT Model Dasar rated by the Bupati, who holds no NIP and no pangkat:

* ``jpt_bupati_pejabat_negara``: penilai NIP ``-``, PANGKAT/GOL RUANG ``Pejabat Negara`` (F8): clean.
* ``jpt_sekda_pejabat_negara``: penilai the Sekretaris Daerah with an NIP and ``Pejabat Negara`` as pangkat:
  ``pangkat-tidak-dikenal`` at F8.

A JA rated by a political official (a Camat rated by the Bupati), who holds no NIP and no pangkat:

* ``ja_camat_dinilai_bupati``: penilai ``Bupati Contoh``, NIP ``-`` (F7), PANGKAT/GOL RUANG ``-`` (F8): clean.
* ``ja_camat_dinilai_plt_bupati``: penilai ``Plt. Bupati Contoh`` (the Wakil Bupati), NIP left empty,
  PANGKAT/GOL RUANG ``Pejabat Negara``: clean.
* ``ja_penilai_staf_ahli_bupati_nip_kosong``: penilai ``Staf Ahli Bupati Bidang Pemerintahan``, a civil
  servant, NIP ``-``: ``identitas-kosong`` at F7.
* ``ja_penilai_pj_bupati_nip_kosong``: penilai ``Pj. Bupati Contoh`` (a civil servant appointed to act), NIP
  ``-`` and pangkat ``-``: ``identitas-kosong`` at F7 and F8.

UNIT KERJA labelled as vertical agencies and regions label it:

* ``unit_satuan_kerja``: ``SATUAN KERJA`` for both parties (B10, E10): clean.
* ``unit_perangkat_daerah_kosong``: ``PERANGKAT DAERAH`` for both, the pegawai's value left empty (C10).
"""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook

HERE = Path(__file__).parent

PEGAWAI = ("Lestari Handayani, S.Kom.", "19900817 201503 2 006", "Penata Muda Tingkat I, III/b",
           "Pengelola Sistem Informasi", "Bidang Statistik Dinas Komunikasi dan Informatika")
PENILAI = ("Bagus Wicaksono, S.T., M.T.", "19790402 200501 1 009", "Pembina, IV/a",
           "Kepala Bidang Statistik", "Dinas Komunikasi dan Informatika")
RK = [
    ("Meningkatnya ketersediaan data sektoral yang mutakhir", "Data sektoral perangkat daerah termutakhirkan",
     [("Kuantitas", "Jumlah set data sektoral yang dimutakhirkan", "40 set data"),
      ("Waktu", "Waktu pemutakhiran data sesudah batas triwulan", "10 hari")]),
    ("Meningkatnya ketersediaan data sektoral yang mutakhir",
     "Portal satu data menyajikan data terverifikasi",
     [("Kuantitas", "Jumlah set data terverifikasi yang tayang di portal", "40 set data"),
      ("Kualitas", "Persentase set data tanpa koreksi walidata", "90 %")]),
]
HEADER = ("NO", "RENCANA KINERJA ATASAN LANGSUNG/UNIT KERJA/ORGANISASI", "RENCANA KINERJA", "ASPEK",
          "INDIKATOR KINERJA INDIVIDU", "TARGET")
LABELS = ("NAMA", "NIP", "PANGKAT/GOL RUANG", "JABATAN", "UNIT KERJA")


PERIOD = "PERIODE PENILAIAN : 1 Januari s.d. 31 Desember 2026"


def build(
    name: str, period: str | None = PERIOD, merged: bool = True, pangkat: tuple[str, str] | None = None,
    unit_label: str | None = None, unit_pegawai: str | None = PEGAWAI[4],
    title: str = "RENCANA SASARAN KINERJA PEGAWAI", pegawai: tuple[str, ...] = PEGAWAI,
    penilai: tuple[str | None, ...] = PENILAI,
) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "SKP"
    ws["A1"] = title
    ws["A2"] = "DINAS KOMUNIKASI DAN INFORMATIKA KABUPATEN CONTOH"
    ws["A3"] = period
    if merged and period is not None:
        ws.merge_cells("A3:F3")
    ws["A5"], ws["B5"], ws["D5"], ws["E5"] = "NO", "PEGAWAI YANG DINILAI", "NO", "PEJABAT PENILAI KINERJA"
    for i, label in enumerate(LABELS):
        label = unit_label if unit_label and i == 4 else label
        r = 6 + i
        ws.cell(r, 1, i + 1)
        ws.cell(r, 2, label)
        ws.cell(r, 3, pangkat[0] if pangkat and i == 2 else unit_pegawai if i == 4 else pegawai[i])
        ws.cell(r, 4, i + 1)
        ws.cell(r, 5, label)
        ws.cell(r, 6, pangkat[1] if pangkat and i == 2 else penilai[i])
    r = 12
    for c, label in enumerate(HEADER, 1):
        ws.cell(r, c, label)
    ws.cell(r + 1, 1, "A. KINERJA UTAMA")
    r += 2
    for n, (atasan, rk, ikis) in enumerate(RK, 1):
        ws.cell(r, 1, n)
        ws.cell(r, 2, atasan)
        ws.cell(r, 3, rk)
        for i, (aspek, iki, target) in enumerate(ikis):
            ws.cell(r + i, 4, aspek)
            ws.cell(r + i, 5, iki)
            ws.cell(r + i, 6, target)
        r += len(ikis)
    wb.save(HERE / f"{name}.xlsx")


JPT_PEGAWAI = ("Ir. Rusdi Hamzah, M.T.", "19700211 199503 1 004", "Pembina Utama Muda, IV/c",
               "Kepala Dinas Komunikasi dan Informatika", "Dinas Komunikasi dan Informatika")
JPT_RK = ("Meningkatnya layanan pemerintahan berbasis elektronik yang terpadu",
          "Persentase layanan publik yang terintegrasi dalam portal layanan daerah", "75 %")
MANUAL = (("RENCANA KINERJA", JPT_RK[0]),
          ("DESKRIPSI RENCANA KINERJA", "Layanan publik perangkat daerah diakses melalui satu portal"),
          ("INDIKATOR KINERJA INDIVIDU", JPT_RK[1]),
          ("DEFINISI IKI", "Perbandingan layanan yang terintegrasi dengan seluruh layanan publik daerah"),
          ("FORMULA", "Layanan terintegrasi / seluruh layanan x 100%"),
          ("TUJUAN", "Mengukur keterpaduan layanan elektronik"),
          ("SATUAN PENGUKURAN", "Persen"), ("JENIS ASPEK TARGET", "Kuantitas"),
          ("TINGKAT KENDALI IKI", "Moderate"), ("SUMBER DATA", "Portal layanan daerah"),
          ("PERIODE PELAPORAN", "Triwulanan"))


def build_jpt(name: str, penilai: tuple[str, str, str, str, str]) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "SKP"
    ws["A1"] = "SASARAN KINERJA PEGAWAI"
    ws["A2"] = "PEMERINTAH KABUPATEN CONTOH"
    ws["A3"] = PERIOD
    ws["A5"], ws["B5"], ws["D5"], ws["E5"] = "NO", "PEGAWAI YANG DINILAI", "NO", "PEJABAT PENILAI KINERJA"
    for i, label in enumerate(LABELS):
        r = 6 + i
        ws.cell(r, 1, i + 1)
        ws.cell(r, 2, label)
        ws.cell(r, 3, JPT_PEGAWAI[i])
        ws.cell(r, 4, i + 1)
        ws.cell(r, 5, label)
        ws.cell(r, 6, penilai[i])
    for c, label in enumerate(("NO", "RENCANA KINERJA", "INDIKATOR KINERJA INDIVIDU", "TARGET"), 1):
        ws.cell(12, c, label)
    ws["A13"] = "A. KINERJA UTAMA"
    ws["A14"], ws["B14"], ws["C14"], ws["D14"] = 1, *JPT_RK
    manual = wb.create_sheet("MANUAL IKI")
    for r, (label, value) in enumerate(MANUAL, 1):
        manual.cell(r, 1, label)
        manual.cell(r, 2, value)
    wb.save(HERE / f"{name}.xlsx")


def main() -> None:
    build("periode_kosong_strip_gabung", "PERIODE PENILAIAN : -", merged=True)
    build("periode_kosong_titikdua_gabung", "PERIODE PENILAIAN :", merged=True)
    build("periode_kosong_strip", "PERIODE PENILAIAN : -", merged=False)
    build("periode_kosong_label", "PERIODE PENILAIAN", merged=False)
    build("periode_bersih_gabung")
    build("pangkat_tmt_bersih",
          pangkat=("Penata Muda Tingkat I, III/b TMT 01-04-2022", "Pembina / IV.a (TMT 1 Oktober 2021)"))
    build("pangkat_tmt_tidak_cocok", pangkat=("Penata, III/b TMT 01-04-2022", PENILAI[2]))
    build("periode_dalam_judul_bersih", period=None,
          title="SASARAN KINERJA PEGAWAI PERIODE 1 JANUARI - 31 DESEMBER 2026")
    build("periode_dalam_judul_dua_tahun", period=None,
          title="SASARAN KINERJA PEGAWAI PERIODE 1 JULI 2025 - 30 JUNI 2026")
    build_jpt("jpt_bupati_pejabat_negara",
              ("H. Darmawan Saputra, S.E.", "-", "Pejabat Negara", "Bupati Contoh",
               "Pemerintah Kabupaten Contoh"))
    build_jpt("jpt_sekda_pejabat_negara",
              ("Drs. Hasanuddin, M.Si.", "19680505 199003 1 007", "Pejabat Negara", "Sekretaris Daerah",
               "Pemerintah Kabupaten Contoh"))
    camat = ("Agus Prasetyo, S.STP., M.Si.", "19820314 200112 1 002", "Pembina, IV/a", "Camat Sukamaju",
             "Kecamatan Sukamaju")
    build("ja_camat_dinilai_bupati", pegawai=camat, unit_pegawai=camat[4],
          penilai=("H. Darmawan Saputra, S.E.", "-", "-", "Bupati Contoh", "Pemerintah Kabupaten Contoh"))
    build("ja_camat_dinilai_plt_bupati", pegawai=camat, unit_pegawai=camat[4],
          penilai=("Ir. Wahyu Nugroho", None, "Pejabat Negara", "Plt. Bupati Contoh",
                   "Pemerintah Kabupaten Contoh"))
    build("ja_penilai_staf_ahli_bupati_nip_kosong", pegawai=camat, unit_pegawai=camat[4],
          penilai=("Drs. Slamet Riyadi, M.M.", "-", "Pembina Utama Muda, IV/c",
                   "Staf Ahli Bupati Bidang Pemerintahan", "Sekretariat Daerah"))
    build("ja_penilai_pj_bupati_nip_kosong", pegawai=camat, unit_pegawai=camat[4],
          penilai=("Dr. Bambang Hermanto, M.Si.", "-", "-", "Pj. Bupati Contoh",
                   "Pemerintah Kabupaten Contoh"))
    build("unit_satuan_kerja", unit_label="SATUAN KERJA")
    build("unit_perangkat_daerah_kosong", unit_label="PERANGKAT DAERAH", unit_pegawai=None)


if __name__ == "__main__":
    main()
