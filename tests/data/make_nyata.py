"""Build the workbooks of SPEC §3.10 (what agencies really send) for ``tests/test_reader_nyata.py``.

Run ``python tests/data/make_nyata.py`` to regenerate; the files are committed beside it.

* ``nyata_*.xlsx``: 8/2021 forms as agencies fill them: labels with typos and near-words, a kategori with
  only CUKUP and SANGAT BAIK under a ``TARGET/BAIK`` column, one ``SUMBER DATA UNTUK PENGUKURAN`` column
  written per IKI, a unit kerja on two lines, the periode under its label, agency extra columns, and
  labels nobody can place (``TOLOK UKUR``, ``KODE PEGAWAI``), the target's unit in a SATUAN column of its
  own (``nyata_kolom_satuan*``), the periode written across cells (``nyata_periode_*``), a Manual IKI
  and identity blocks with ``Label :`` labels in B and values two columns right (``nyata_manual_*``,
  ``nyata_identitas_dua_kolom_kanan``), a Kinerja Tambahan written "Tidak ada", last year's SKP sheet
  kept in front of this year's (``nyata_skp_tahun_lalu_di_depan``), targets typed as numbers
  whose custom number format shows the satuan (``nyata_target_format_satuan``), a Penilaian sheet whose
  capaian follows the plan's targets, one target copied wrongly (``nyata_penilaian_*``), the place-and-date
  line right under the table (``nyata_tanggal_tepat_di_bawah_tabel``), Manual IKI blocks printed two abreast
  (``nyata_manual_berdampingan*``), a time IKI whose aspek is none of the four, its thresholds and capaian
  following the time direction (``nyata_*_aspek_asing_*``; left empty,
  ``nyata_kategori_aspek_kosong_menurun``), an empty TARGET/BAIK between CUKUP and SANGAT
  BAIK (``nyata_kategori_target_baik_kosong``), identity labels numbered in their own cell
  (``3. Pangkat/Gol``, ``nyata_identitas_nomor_dalam_label*``) or ending in a colon
  (``Pangkat / Gol. :``, ``nyata_identitas_label_titik_dua*``), a behaviour label or a total's label misspelt
  (``nyata_perilaku_salah_ketik``, ``nyata_penilaian_total_salah_ketik*``), NIPs keeping their text apostrophe
  (``nyata_nip_tanda_petik``), a long RK named in the Keterkaitan AK by its first line
  (``nyata_keterkaitan_rk_baris_pertama``), an IKI reworded in the Penilaian sheet beside a target copied
  wrongly (``nyata_penilaian_iki_diubah_target_berbeda``), the year's REALISASI misspelt beside a merged
  ``REALISASI PER TRIWULAN`` (``nyata_penilaian_triwulan_*``), a range target written reversed above
  its BAIK written in order (``nyata_kategori_baik_rentang_target_terbalik``); from ``benchmarks/nyata_h``: a
  Manual IKI with each value on the line under its label (``nyata_manual_nilai_di_bawah_label*``), a JPT
  Penilaian whose time IKI is scored as kondisi khusus though the form has no ASPEK column
  (``nyata_penilaian_jpt_iki_waktu*``), a Matriks whose jenis penyelarasan and target stand in the RK
  columns without row labels (``nyata_matriks_tanpa_label_baris*``), its members in one ``NAMA / NIP``
  column (``nyata_matriks_nama_nip_satu_sel*``); from ``benchmarks/nyata_i``: each party's identity as one
  paragraph cell of ``Label: value`` lines (``nyata_identitas_paragraf*``), the signature date without its
  place under the table (``nyata_tanggal_tanpa_tempat_di_bawah_tabel``), labels with abbreviated words
  (``Renc. Kinerja``, ``Ind. Kinerja Individu``, ``Pgkt/Gol``: ``nyata_label_singkatan*``); from
  ``benchmarks/nyata_l``: a PPPK pegawai with a PPPK golongan (``nyata_pppk_golongan*``), a plan target in
  a %-formatted cell retyped as a bare number in the Penilaian sheet (``nyata_penilaian_target_persen_*``),
  a target carrying binary noise (``nyata_target_sisa_pecahan_biner*``), invisible characters in labels,
  values and targets (``nyata_identitas_tak_terlihat*``, ``nyata_target_tak_terlihat*``), two RK told
  apart by a region's name in the Keterkaitan AK (``nyata_keterkaitan_rk_beda_wilayah*``), kategori written
  as sentences with numbers inside (``nyata_kategori_kalimat*``); from
  ``benchmarks/nyata_m``: Penilaian values that follow another legitimate reading of SPEC §6 or another
  spelling (``nyata_penilaian_kategori_singkatan*``, ``nyata_penilaian_nilai_capaian_tak_dibulatkan*``,
  ``nyata_penilaian_realisasi_pecahan_persen*``,
  ``nyata_penilaian_predikat_*``, ``nyata_penilaian_jpt_bobot_urutan*``), summary lines written across the
  NO column under the table (``nyata_penilaian_jpt_ringkasan_bobot*``), NILAI TERTIMBANG each rounded
  before their sum (``nyata_penilaian_tertimbang_dibulatkan*``), the predikat in the Perilaku sheet's summary
  (``nyata_penilaian_predikat_di_perilaku*``, also under a misspelt label), a total's label misspelt under
  REALISASI (``nyata_penilaian_total_salah_ketik_di_realisasi*``), a predikat with a typo
  (``nyata_penilaian_predikat_salah_ketik*``) and behaviour rated in words
  beside a whole-number nilai perilaku (``nyata_penilaian_perilaku_kata*``); from ``benchmarks/nyata_w``: a
  web export's total row under the plan table (``nyata_baris_jumlah_di_bawah_tabel*``,
  ``nyata_baris_total_di_bawah_tabel``) and an IKI beginning with "Jumlah" that stays a row of the table
  (``nyata_iki_jumlah_tanpa_aspek``).
* ``lain_*``: workbooks of other regimes (PP 46/2011, Permen PANRB 6/2022) and an HTML page saved as .xls.
* ``templat_*.xlsx``, ``kosong_*.xlsx``: a template never filled, one with placeholders (also with its
  Penilaian sheet of dots), an empty workbook.
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

from make_forms import from_rows
from openpyxl import Workbook

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parent.parent))

Row = list[object]

PEGAWAI = ("Dewi Lestari, S.E.", "19900214 201503 2 004", "Penata Muda Tingkat I, III/b",
           "Pengelola Keuangan", "Subbagian Keuangan")
PENILAI = ("Hendra Gunawan, S.E., M.M.", "19780530 200312 1 003", "Penata Tingkat I, III/d",
           "Kepala Subbagian Keuangan", "Sekretariat Dinas Pendidikan")
FIELDS = ("NAMA", "NIP", "PANGKAT/GOL RUANG", "JABATAN", "UNIT KERJA")


def kop(
    fields: tuple[str, ...] = FIELDS,
    blocks: tuple[str, str] = ("PEGAWAI YANG DINILAI", "PEJABAT PENILAI KINERJA"),
    pegawai: tuple[str | None, ...] = PEGAWAI,
    penilai: tuple[str | None, ...] = PENILAI,
    periode: list[Row] | None = None,
) -> list[Row]:
    """Title, agency, periode and the two identity blocks side by side (columns A–C and E–G)."""
    rows: list[Row] = [
        ["SASARAN KINERJA PEGAWAI"],
        ["DINAS PENDIDIKAN KABUPATEN BANTUL"],
        *(periode or [["PERIODE PENILAIAN: 1 JANUARI SD 31 DESEMBER 2025"]]),
        [],
        ["NO", blocks[0], None, None, "NO", blocks[1]],
    ]
    for i, label in enumerate(fields):
        rows.append([i + 1, label, pegawai[i], None, i + 1, label, penilai[i]])
    rows.append([])
    return rows


DASAR_HEADER: Row = ["NO", "RENCANA KINERJA ATASAN LANGSUNG/UNIT KERJA/ORGANISASI", "RENCANA KINERJA",
                     "ASPEK", "INDIKATOR KINERJA INDIVIDU", "TARGET"]
ATASAN = "Terkelolanya keuangan Sekretariat secara akuntabel"
RK1 = "Laporan keuangan bulanan yang akurat"
RK2 = "Dokumen pertanggungjawaban belanja yang lengkap"
DASAR_ROWS: list[Row] = [
    ["A. KINERJA UTAMA"],
    [1, ATASAN, RK1, "Kuantitas", "Jumlah laporan keuangan bulanan", "12 laporan"],
    [None, None, None, "Kualitas", "Persentase laporan tanpa koreksi", "90 %"],
    [None, None, None, "Waktu", "Waktu penyampaian laporan", "12 bulan"],
    [2, ATASAN, RK2, "Kuantitas", "Jumlah dokumen SPJ yang diverifikasi", "240 dokumen"],
    ["B. KINERJA TAMBAHAN"],
    [1, "-", "Sertifikat pelatihan akuntansi pemerintahan", "Kuantitas", "Jumlah sertifikat pelatihan",
     "1 sertifikat"],
]
FOOTER: list[Row] = [[], [None, None, None, None, "Bantul, 2 Januari 2025"],
                     [None, "PEGAWAI YANG DINILAI", None, None, "PEJABAT PENILAI KINERJA"]]


def label_salah_ketik() -> Workbook:
    """Typos and near-words of SPEC §3.10 in the kop and the table header, nothing else wrong."""
    fields = ("NAMA", "NIP", "PANGKA/GOL. RUANG", "JABATN", "UNIT KERJA")
    header = ["NO", "RENCANA KINERJA ATASAN LANGSUNG / UNIT KERJA / ORGANISASI", "RENCANA KINERJA", "ASPEK",
              "INDIKATOR KERJA INDIVIDU", "TARGET"]
    periode = [["PERIODE PENILAIAN", None, ":", None, "1 JANUARI SD 31 DESEMBER 2025"]]  # value further right
    rows = [*kop(fields, ("PEGAWAI YANG DI NILAI", "PEJABAT PENILAI KERJA"), periode=periode), header,
            *DASAR_ROWS, *FOOTER]
    return from_rows("SKP", rows)


def kategori_cukup_sangat_baik(aspek_waktu: str | None = "Waktu", target_pertama: str | None = "12 laporan",
                               sangat_baik_pertama: str = "> 12 laporan") -> Workbook:
    """Model Pengembangan with only CUKUP and SANGAT BAIK, the TARGET/BAIK column standing for BAIK, and one
    SUMBER DATA UNTUK PENGUKURAN column written per IKI; agency extra columns beside the official ones.
    ``aspek_waktu``: the aspek written for the time IKI (D16), whose thresholds fall (CUKUP "13 bulan");
    ``target_pertama``: the first IKI's target (F15), which stands for its BAIK; ``sangat_baik_pertama``
    its SANGAT BAIK (H15)."""
    header = ["NO", "RENCANA KINERJA ATASAN LANGSUNG/UNIT KERJA/ORGANISASI", "RENCANA KINERJA", "ASPEK",
              "INDIKATOR KINERJA INDIVIDU", "TARGET/BAIK", "KATEGORI PENILAIAN", None,
              "SUMBER DATA UNTUK PENGUKURAN", "REVIU OLEH PENGELOLA KINERJA", "KETERANGAN"]
    sub = [None, None, None, None, None, None, "CUKUP", "SANGAT BAIK"]
    body: list[Row] = [
        ["A. KINERJA UTAMA"],
        [1, ATASAN, RK1, "Kuantitas", "Jumlah laporan keuangan bulanan", target_pertama, "10 - 11 laporan",
         sangat_baik_pertama, "Arsip laporan keuangan", "Sesuai", None],
        [None, None, None, aspek_waktu, "Waktu penyampaian laporan", "12 bulan", "13 bulan", "< 12 bulan",
         "Agenda surat keluar", None, None],
        [2, ATASAN, RK2, "Kuantitas", "Jumlah dokumen SPJ yang diverifikasi", "240 dokumen",
         "200 - 239 dokumen", "> 240 dokumen", "Register SPJ", None, "Triwulanan"],
        ["B. KINERJA TAMBAHAN"],
        [1, "-", "Sertifikat pelatihan akuntansi pemerintahan", "Kuantitas", "Jumlah sertifikat pelatihan",
         "1 sertifikat", "-", "> 1 sertifikat", "Sertifikat", None, None],
    ]
    rows = [*kop(), header, sub, *body, *FOOTER]
    return from_rows("SKP", rows, ("G11:H11",))


def persen_berformat_kategori(baik: float = 0.95, cukup: str = "76 - 94 %", sangat_baik: str = "> 95 %"
                              ) -> Workbook:
    """TARGET/BAIK, CUKUP and SANGAT BAIK with one target typed as 95 % into a %-formatted cell: Excel stores
    0,95, which a reader of values gets. CUKUP "76 - 94 %" under it is in order (``baik`` 0,5 is not). A
    ``baik`` of 1 is a 100 % so typed: Excel keeps the whole number 1."""
    header = ["NO", "RENCANA KINERJA ATASAN LANGSUNG/UNIT KERJA/ORGANISASI", "RENCANA KINERJA", "ASPEK",
              "INDIKATOR KINERJA INDIVIDU", "TARGET/BAIK", "KATEGORI PENILAIAN", None,
              "SUMBER DATA UNTUK PENGUKURAN"]
    sub = [None, None, None, None, None, None, "CUKUP", "SANGAT BAIK"]
    body: list[Row] = [
        ["A. KINERJA UTAMA"],
        [1, ATASAN, RK1, "Kuantitas", "Jumlah laporan keuangan bulanan", "12 laporan", "10 - 11 laporan",
         "> 12 laporan", "Arsip laporan keuangan"],
        [None, None, None, "Kualitas", "Persentase laporan tanpa koreksi", baik, cukup, sangat_baik,
         "Lembar reviu inspektorat"],
        ["B. KINERJA TAMBAHAN"],
        [1, "-", "Sertifikat pelatihan akuntansi pemerintahan", "Kuantitas", "Jumlah sertifikat pelatihan",
         "1 sertifikat", "-", "> 1 sertifikat", "Sertifikat"],
    ]
    top = len(kop()) + 1  # the header's row
    wb = from_rows("SKP", [*kop(), header, sub, *body, *FOOTER], (f"G{top}:H{top}",))
    wb["SKP"][f"F{top + 4}"].number_format = "0%"  # the Persentase IKI's target
    return wb


def persen_berformat_kategori_terbalik() -> Workbook:
    """As :func:`persen_berformat_kategori` with the %-formatted target 50 %: below its CUKUP band."""
    return persen_berformat_kategori(0.5)


def identitas_dua_baris() -> Workbook:
    """A unit kerja written on two lines and the periode written under its label."""
    rows: list[Row] = [
        ["SASARAN KINERJA PEGAWAI"],
        ["DINAS PENDIDIKAN KABUPATEN BANTUL"],
        ["PERIODE PENILAIAN"],
        ["1 JANUARI SD 31 DESEMBER 2025"],
        [],
        ["NO", "PEGAWAI YANG DINILAI", None, None, "NO", "PEJABAT PENILAI KINERJA"],
        *[[i + 1, label, PEGAWAI[i], None, i + 1, label, PENILAI[i]] for i, label in enumerate(FIELDS)],
        [None, None, "Sekretariat Dinas Pendidikan", None, None, None, "Kabupaten Bantul"],
        [],
        DASAR_HEADER,
        *DASAR_ROWS,
        *FOOTER,
    ]
    return from_rows("SKP", rows)


def identitas_nomor_dalam_label(pangkat: str = PEGAWAI[2]) -> Workbook:
    """Identity blocks stacked, each number written in its label's cell (``3. Pangkat/Gol``, the short
    form staff use for PANGKAT/GOL RUANG), the value in the next column. ``pangkat``: the pegawai's (B7)."""
    pegawai = (PEGAWAI[0], PEGAWAI[1], pangkat, *PEGAWAI[3:])
    labels = ("Nama", "NIP", "Pangkat/Gol", "Jabatan", "Unit Kerja")
    rows: list[Row] = [["SASARAN KINERJA PEGAWAI"], ["DINAS PENDIDIKAN KABUPATEN BANTUL"],
                       ["PERIODE PENILAIAN: 1 JANUARI SD 31 DESEMBER 2025"]]
    for title, values in (("I. PEGAWAI YANG DINILAI", pegawai), ("II. PEJABAT PENILAI KINERJA", PENILAI)):
        rows += [[title], *([f"{n}. {label}", value] for n, (label, value) in enumerate(
            zip(labels, values, strict=True), start=1))]
    return from_rows("SKP", [*rows, [], DASAR_HEADER, *DASAR_ROWS, *FOOTER])


def identitas_label_titik_dua(pangkat: str = PEGAWAI[2]) -> Workbook:
    """Identity blocks stacked, every label ending in a colon and the pangkat's cut short (``Pangkat / Gol.
    :``), the value in the next column: a label that ends in a colon is no ``LABEL : value`` cell with its
    value left empty. ``pangkat``: the pegawai's (B7)."""
    pegawai = (PEGAWAI[0], PEGAWAI[1], pangkat, *PEGAWAI[3:])
    labels = ("Nama :", "NIP :", "Pangkat / Gol. :", "Jabatan :", "Unit Kerja :")
    rows: list[Row] = [["SASARAN KINERJA PEGAWAI"], ["DINAS PENDIDIKAN KABUPATEN BANTUL"],
                       ["PERIODE PENILAIAN: 1 JANUARI SD 31 DESEMBER 2025"]]
    for title, values in (("PEGAWAI YANG DINILAI :", pegawai), ("PEJABAT PENILAI KINERJA :", PENILAI)):
        rows += [[title], *([label, value] for label, value in zip(labels, values, strict=True))]
    return from_rows("SKP", [*rows, [], DASAR_HEADER, *DASAR_ROWS, *FOOTER])


def perilaku_salah_ketik() -> Workbook:
    """``form_ja_dasar`` with one behaviour label misspelt in its Perilaku sheet (``Komimten``, B6): the
    score beside it is still read, so the predikat written wrong in the Penilaian sheet is still found."""
    from openpyxl import load_workbook

    wb = load_workbook(HERE / "form_ja_dasar.xlsx")
    ws = wb["Perilaku"]
    cell = next(c for row in ws.iter_rows() for c in row if c.value == "Komitmen")
    cell.value = "Komimten"
    return wb


def penilaian_total_salah_ketik(di_kolom_iki: bool = False) -> Workbook:
    """``form_ja_dasar`` with the labels of its Penilaian totals misspelt (``NIALI AKHIR SKP``, ``PREDKIAT
    KINERJA PEGAWAI``, A14:A15): the nilai akhir and predikat written beside them are still checked.
    ``di_kolom_iki``: the labels in the IKI column instead (E14:E15, only the first misspelt), where the
    misspelt one reads as an IKI row unless the table is seen to end there."""
    from openpyxl import load_workbook

    wb = load_workbook(HERE / "form_ja_dasar.xlsx")
    ws = wb["Penilaian"]
    if di_kolom_iki:
        ws["A14"], ws["A15"] = None, None
        ws["E14"], ws["E15"] = "NIALI AKHIR SKP", "PREDIKAT KINERJA PEGAWAI"
    else:
        ws["A14"], ws["A15"] = "NIALI AKHIR SKP", "PREDKIAT KINERJA PEGAWAI"
    return wb


def nip_tanda_petik() -> Workbook:
    """NIPs typed with the apostrophe that keeps them text (the checker's own advice) where the apostrophe
    stayed in the cell, as web applications and CSV imports keep it: ``'19900214 201503 2 004``, and the
    penilai's with a typographic ``’``."""
    pegawai = (PEGAWAI[0], f"'{PEGAWAI[1]}", *PEGAWAI[2:])
    penilai = (PENILAI[0], f"’{PENILAI[1]}", *PENILAI[2:])
    return from_rows("SKP", [*kop(pegawai=pegawai, penilai=penilai), DASAR_HEADER, *DASAR_ROWS, *FOOTER])


def keterkaitan_rk_baris_pertama() -> Workbook:
    """``form_jf_dasar`` with its first RK written on several lines in the SKP sheet (C15: the result, then
    "meliputi:" and two points) and named in the Keterkaitan AK by that first line only (B9), as staff
    shorten a long RK in the annex. The second RK still has no butir kegiatan (C18)."""
    from openpyxl import load_workbook

    wb = load_workbook(HERE / "form_jf_dasar.xlsx")
    rk = wb["SKP"]["C15"]
    rk.value = (f"{rk.value},\nmeliputi:\n- laporan bulanan kepada PPID Utama;\n"
                "- rekapitulasi permohonan informasi yang masuk dan yang dijawab")
    return wb


def judul_tolok_ukur() -> Workbook:
    """The IKI column headed TOLOK UKUR: one judul-tidak-dikenali, nothing judged under it."""
    header = [*DASAR_HEADER[:4], "TOLOK UKUR", "TARGET"]
    return from_rows("SKP", [*kop(), header, *DASAR_ROWS, *FOOTER])


def label_identitas_tidak_dikenali() -> Workbook:
    """The pegawai's NIP row labelled KODE PEGAWAI (unplaceable) and the penilai's JABATAN value empty."""
    rows = kop(penilai=(*PENILAI[:3], None, PENILAI[4]))
    rows[6][1] = "KODE PEGAWAI"  # pegawai block, row 2
    return from_rows("SKP", [*rows, DASAR_HEADER, *DASAR_ROWS, *FOOTER])


def label_identitas_hilang() -> Workbook:
    """The pegawai's JABATAN row has its number but neither label nor value: the finding is on that row's
    value cell, not on another field's."""
    rows = kop(pegawai=(*PEGAWAI[:3], None, PEGAWAI[4]))
    rows[8][1] = None  # pegawai block, row 4: label erased
    return from_rows("SKP", [*rows, DASAR_HEADER, *DASAR_ROWS, *FOOTER])


SATUAN_ROWS: list[Row] = [  # DASAR_ROWS with the number in TARGET and its unit in a SATUAN column
    ["A. KINERJA UTAMA"],
    [1, ATASAN, RK1, "Kuantitas", "Jumlah laporan keuangan bulanan", 12, "laporan"],
    [None, None, None, "Kualitas", "Persentase laporan tanpa koreksi", 90, "%"],
    [None, None, None, "Waktu", "Waktu penyampaian laporan", 12, "bulan"],
    [2, ATASAN, RK2, "Kuantitas", "Jumlah dokumen SPJ yang diverifikasi", 240, "dokumen"],
    ["B. KINERJA TAMBAHAN"],
    [1, "-", "Sertifikat pelatihan akuntansi pemerintahan", "Kuantitas", "Jumlah sertifikat pelatihan", 1,
     "sertifikat"],
]


def kolom_satuan(rows: list[Row] = SATUAN_ROWS) -> Workbook:
    """TARGET | SATUAN: the unit in a column of its own with its own header, on the plan and on the
    Penilaian sheet (TARGET | SATUAN | REALISASI)."""
    wb = from_rows("SKP", [*kop(), [*DASAR_HEADER, "SATUAN"], *rows, *FOOTER])
    penilaian = wb.create_sheet("Penilaian")
    penilaian.append(["PENILAIAN SASARAN KINERJA PEGAWAI"])
    penilaian.append([])
    penilaian.append(["NO", "RENCANA KINERJA", "INDIKATOR KINERJA INDIVIDU", "TARGET", "SATUAN", "REALISASI"])
    for row in rows:
        if len(row) == 1:
            penilaian.append(row)
        else:
            penilaian.append([row[0], row[2], row[4], row[5], row[6], row[5]])
    return wb


def kolom_satuan_kosong() -> Workbook:
    """One IKI with its SATUAN cell left empty: a bare number, the only defect."""
    rows = [list(row) for row in SATUAN_ROWS]
    rows[4][6] = None  # 240 dokumen → 240
    return kolom_satuan(rows)


def kolom_satuan_pengembangan(spj: Row | None = None,
                              iki_spj: str = "Jumlah dokumen SPJ yang diverifikasi") -> Workbook:
    """Model Pengembangan with SATUAN TARGET beside TARGET and the KATEGORI PENILAIAN group after it,
    the kategori thresholds written as bare numbers (their unit is the SATUAN column's). ``spj``: the
    second RK's target, satuan and five thresholds (F17:L17) in place of 240 dokumen, ``iki_spj`` its IKI
    (E17)."""
    header = ["NO", "RENCANA KINERJA ATASAN LANGSUNG/UNIT KERJA/ORGANISASI", "RENCANA KINERJA", "ASPEK",
              "INDIKATOR KINERJA INDIVIDU", "TARGET", "SATUAN TARGET", "KATEGORI PENILAIAN", None, None, None,
              None, "CARA MEMANTAU KINERJA"]
    sub = [None] * 7 + ["SANGAT KURANG", "KURANG", "CUKUP", "BAIK", "SANGAT BAIK", "DATA", "SUMBER DATA",
                        "WAKTU PENGUMPULAN"]
    cara1 = ["Laporan keuangan", "Arsip Subbagian Keuangan", "Bulanan"]
    cara2 = ["Dokumen SPJ", "Register SPJ", "Triwulanan"]
    body: list[Row] = [
        ["A. KINERJA UTAMA"],
        [1, ATASAN, RK1, "Kuantitas", "Jumlah laporan keuangan bulanan", 12, "laporan", "< 6", "6 - 8",
         "9 - 11", 12, "> 12", *cara1],
        [None, None, None, "Waktu", "Waktu penyampaian laporan", 12, "bulan", "> 15", 15, "13 - 14", 12,
         "< 12"],
        [2, ATASAN, RK2, "Kuantitas", iki_spj,
         *(spj or [240, "dokumen", "< 150", "150 - 199", "200 - 239", 240, "> 240"]), *cara2],
        ["B. KINERJA TAMBAHAN"],
        [1, "-", "Sertifikat pelatihan akuntansi pemerintahan", "Kuantitas", "Jumlah sertifikat pelatihan", 1,
         "sertifikat", "-", "-", "-", 1, "> 1", "Sertifikat", "Arsip kepegawaian", "Akhir tahun"],
    ]
    top = len(kop()) + 1
    merges = (*(f"{col}{top}:{col}{top + 1}" for col in "ABCDEFG"), f"H{top}:L{top}", f"M{top}:O{top}",
              f"M{top + 3}:M{top + 4}", f"N{top + 3}:N{top + 4}", f"O{top + 3}:O{top + 4}")
    return from_rows("SKP", [*kop(), header, sub, *body, *FOOTER], merges)


def _plan(rk1: list[Row], rk2: list[Row]) -> list[Row]:
    """DASAR_ROWS with the IKI rows of each Kinerja Utama RK given as [aspek, iki, target]."""
    rows: list[Row] = [DASAR_ROWS[0]]
    for no, rk, ikis in ((1, RK1, rk1), (2, RK2, rk2)):
        rows += [[no, ATASAN, rk, *ikis[0]], *([None, None, None, *iki] for iki in ikis[1:])]
    return [*rows, *DASAR_ROWS[5:]]


def iki_waktu_bernama() -> Workbook:
    """IKI whose names say they measure time under another aspek: "Waktu penyelesaian" (Kualitas) in
    hari kerja, "Lama verifikasi" (Kualitas) as the percentage finished on time. Nothing to report."""
    rk1 = [["Kuantitas", "Jumlah laporan keuangan bulanan", "12 laporan"],
           ["Kualitas", "Lama penyusunan laporan sesuai jadwal", "100 %"]]
    rk2 = [["Kuantitas", "Jumlah dokumen SPJ yang diverifikasi", "240 dokumen"],
           ["Kualitas", "Waktu penyelesaian verifikasi SPJ", "14 hari kerja"]]
    return from_rows("SKP", [*kop(), DASAR_HEADER, *_plan(rk1, rk2), *FOOTER])


def iki_waktu_bersatuan_dokumen() -> Workbook:
    """"Waktu penyelesaian" under aspek Kualitas with the target "14 dokumen": a time measured in
    documents, reported on that target cell."""
    rk2 = [["Kuantitas", "Jumlah dokumen SPJ yang diverifikasi", "240 dokumen"],
           ["Kualitas", "Waktu penyelesaian verifikasi SPJ", "14 dokumen"]]
    rk1 = [list(row[3:]) for row in DASAR_ROWS[1:4]]
    return from_rows("SKP", [*kop(), DASAR_HEADER, *_plan(rk1, rk2), *FOOTER])


def rk_kembar_bernomor() -> Workbook:
    """A table that numbers its RKs (the first RK's second IKI row has no number: NO and RK merged over
    both), then RK 2 and RK 3 with the same text on one row each: two RKs, rk-ganda on the second."""
    top = len(kop()) + 3  # the first RK's row: after the kop, the header and the KINERJA UTAMA label
    plan = [
        DASAR_ROWS[0],
        [1, ATASAN, RK1, "Kuantitas", "Jumlah laporan keuangan bulanan", "12 laporan"],
        [None, None, None, "Kualitas", "Persentase laporan tanpa koreksi", "90 %"],
        [2, ATASAN, RK2, "Kuantitas", "Jumlah dokumen SPJ yang diverifikasi", "240 dokumen"],
        [3, ATASAN, RK2, "Kualitas", "Persentase SPJ tanpa koreksi", "95 %"],
        *DASAR_ROWS[5:],
    ]
    merges = tuple(f"{col}{top}:{col}{top + 1}" for col in "ABC")
    return from_rows("SKP", [*kop(), DASAR_HEADER, *plan, *FOOTER], merges)


def periode_tanggal() -> Workbook:
    """PERIODE PENILAIAN | 2025-01-01 | s.d. | 2025-12-31, the ends in real date cells."""
    periode = [["PERIODE PENILAIAN", date(2025, 1, 1), "s.d.", date(2025, 12, 31)]]
    return from_rows("SKP", [*kop(periode=periode), DASAR_HEADER, *DASAR_ROWS, *FOOTER])


def periode_terpisah(ends: tuple[str, str] = ("1 Januari 2025", "31 Desember 2025")) -> Workbook:
    """PERIODE PENILAIAN | 1 Januari 2025 | s.d. | 31 Desember 2025, each part in a cell of its own."""
    return from_rows("SKP", [*kop(periode=[["PERIODE PENILAIAN", ends[0], "s.d.", ends[1]]]), DASAR_HEADER,
                             *DASAR_ROWS, *FOOTER])


def periode_tanggal_berjarak(spacer: int = 1) -> Workbook:
    """PERIODE PENILAIAN | 2025-01-01 | (``spacer`` empty cells) | s.d. | 2025-12-31, date cells as Excel
    keeps a typed date, an empty spacer column between the start and ``s.d.`` (from
    ``benchmarks/gangguan.py``'s ``kolom-kosong`` on ``benchmarks/nyata_bn``)."""
    periode = [["PERIODE PENILAIAN", date(2025, 1, 1), *[None] * spacer, "s.d.", date(2025, 12, 31)]]
    return from_rows("SKP", [*kop(periode=periode), DASAR_HEADER, *DASAR_ROWS, *FOOTER])


def periode_garis_miring() -> Workbook:
    """PERIODE PENILAIAN: | 01/01/2025 | - | 31/12/2025."""
    periode = [["PERIODE PENILAIAN:", "01/01/2025", "-", "31/12/2025"]]
    return from_rows("SKP", [*kop(periode=periode), DASAR_HEADER, *DASAR_ROWS, *FOOTER])


def periode_terpisah_terbalik() -> Workbook:
    """The periode across cells with its ends swapped: reversed, the only defect."""
    return periode_terpisah(("31 Desember 2025", "1 Januari 2025"))


def tanggal_tanda_tangan_terpisah() -> Workbook:
    """The signature area's place and date split over two cells under the ASPEK and IKI columns
    (``Bantul,`` | a date cell): the table ends there, nothing of it is read as an IKI."""
    footer: list[Row] = [[], [None, None, None, "Bantul,", date(2025, 1, 2)],
                         [None, "PEGAWAI YANG DINILAI", None, None, "PEJABAT PENILAI KINERJA"]]
    return from_rows("SKP", [*kop(), DASAR_HEADER, *DASAR_ROWS, *footer])


def pp46() -> Workbook:
    rows: list[Row] = [
        ["FORMULIR SASARAN KERJA PEGAWAI NEGERI SIPIL"],
        [],
        ["NO", "I. PEJABAT PENILAI", None, "NO", "II. PEGAWAI NEGERI SIPIL YANG DINILAI"],
        [1, "Nama", "Hendra Gunawan", 1, "Nama", "Dewi Lestari"],
        [2, "NIP", "19780530 200312 1 003", 2, "NIP", "19900214 201503 2 004"],
        [],
        ["NO", "III. KEGIATAN TUGAS JABATAN", "AK", "TARGET"],
        [None, None, None, "KUANT/OUTPUT", "KUAL/MUTU", "WAKTU", "BIAYA"],
        [1, "Menyusun laporan keuangan bulanan", None, "12 laporan", 100, "12 bulan", "-"],
    ]
    return from_rows("SKP", rows)


def permen6_2022() -> Workbook:
    rows: list[Row] = [
        ["SASARAN KINERJA PEGAWAI"],
        ["PENDEKATAN HASIL KERJA KUALITATIF"],
        ["PERIODE PENILAIAN: 1 JANUARI SD 31 DESEMBER 2024"],
        [],
        ["NO", "PEGAWAI YANG DINILAI", None, "NO", "PEJABAT PENILAI KINERJA"],
        [1, "NAMA", PEGAWAI[0], 1, "NAMA", PENILAI[0]],
        [2, "NIP", PEGAWAI[1], 2, "NIP", PENILAI[1]],
        [],
        ["HASIL KERJA"],
        ["NO", "RENCANA HASIL KERJA PIMPINAN YANG DIINTERVENSI", "RENCANA HASIL KERJA", "ASPEK",
         "INDIKATOR KINERJA INDIVIDU", "TARGET"],
        ["A. UTAMA"],
        [1, ATASAN, RK1, "Kuantitas", "Jumlah laporan keuangan bulanan", "12 laporan"],
        [],
        ["PERILAKU KERJA"],
        [1, "Berorientasi Pelayanan", "Ekspektasi Khusus Pimpinan"],
        [None, None, "EKSPEKTASI KHUSUS PIMPINAN"],
    ]
    return from_rows("SKP", rows)


def templat_kosong() -> Workbook:
    from skp.config import Config
    from skp.writing.builder import build_workbook

    return build_workbook("ja-dasar", Config())


def templat_teks_pengisi() -> Workbook:
    """A filled plan under a kop still holding the template's placeholders, one left in a target and
    one in the periode."""
    rows = kop(pegawai=("{{ nama }}", "[isi NIP]", PEGAWAI[2], PEGAWAI[3], PEGAWAI[4]),
               periode=[["PERIODE PENILAIAN: 1 JANUARI SD 31 DESEMBER {{ tahun }}"]])
    plan = [list(row) for row in DASAR_ROWS]
    plan[2][5] = "[isi]"
    return from_rows("SKP", [*rows, DASAR_HEADER, *plan, *FOOTER])


def templat_pengisi_saja() -> Workbook:
    """A template whose every field still holds its placeholder: never filled."""
    rows = kop(pegawai=("{{ nama }}", "{{ nip }}", "[isi]", "[isi]", "..........."),
               penilai=("{{ nama_penilai }}", "{{ nip_penilai }}", "[isi]", "[isi]", "..........."))
    plan: list[Row] = [["A. KINERJA UTAMA"], [1, "[isi]", "[isi]", "Kuantitas", "[isi]", "[isi]"],
                       [None, None, None, "...", "...", "..."], ["B. KINERJA TAMBAHAN"]]
    return from_rows("SKP", [*rows, DASAR_HEADER, *plan, *FOOTER])


def templat_pengisi_saja_penilaian() -> Workbook:
    """:func:`templat_pengisi_saja` with its Penilaian sheet, every cell of its one row still holding the
    template's dots: still a template never filled, nothing else to say (from ``benchmarks/nyata_m``)."""
    wb = templat_pengisi_saja()
    ws = wb.create_sheet("Penilaian")
    for row in (["PENILAIAN SASARAN KINERJA PEGAWAI"], [], PENILAIAN_HEADER, ["A. KINERJA UTAMA"],
                [1, *["..........."] * (len(PENILAIAN_HEADER) - 1)], ["B. KINERJA TAMBAHAN"]):
        ws.append(row)
    return wb


def kosong() -> Workbook:
    wb = Workbook()
    wb.create_sheet("Sheet2")
    return wb


def identitas_dua_kolom_kanan() -> Workbook:
    """The identity blocks stacked, labels ``Nama :`` in column B and values two columns right in D (C left
    empty), the penilai's NAMA empty: the finding names D13, the cell to fill, not the spacer C13."""
    labels = ("Nama :", "NIP :", "Pangkat/Gol. Ruang :", "Jabatan :", "Unit Kerja :")
    rows: list[Row] = [["SASARAN KINERJA PEGAWAI"], ["DINAS PENDIDIKAN KABUPATEN BANTUL"],
                       ["PERIODE PENILAIAN: 1 JANUARI SD 31 DESEMBER 2025"], []]
    for number, block, who in (("I", "Pegawai yang Dinilai :", PEGAWAI), ("II", "Pejabat Penilai Kinerja :",
                                                                        (None, *PENILAI[1:]))):
        rows.append([number, block])
        rows.extend([f"{i + 1}.", label, None, value] for i, (label, value) in enumerate(zip(labels, who,
                                                                                               strict=True)))
        rows.append([])
    return from_rows("SKP", [*rows, DASAR_HEADER, *DASAR_ROWS, *FOOTER])


def tambahan_tidak_ada() -> Workbook:
    """Kinerja Tambahan with nothing in it, written out: "Tidak ada" in its RK cell, nothing beside it."""
    rows = [*DASAR_ROWS[:-1], [1, None, "Tidak ada"]]
    return from_rows("SKP", [*kop(), DASAR_HEADER, *rows, *FOOTER])


def skp_tahun_lalu_di_depan() -> Workbook:
    """Last year's SKP kept in front of this year's, both complete, one target left empty in this year's
    (SKP 2025, F15): the plan being submitted is the latest one, so the finding is there."""
    wb = from_rows("SKP 2024", [*kop(periode=[["PERIODE PENILAIAN: 1 JANUARI SD 31 DESEMBER 2024"]]),
                                DASAR_HEADER, *DASAR_ROWS, *FOOTER])
    rows = [list(row) for row in DASAR_ROWS]
    rows[2][5] = None  # "90 %" of the first RK's second IKI, row 15
    current = wb.create_sheet("SKP 2025")
    for row in [*kop(), DASAR_HEADER, *rows, *FOOTER]:
        current.append(row)
    return wb


FORMATTED_TARGETS = {  # target text → (number typed, custom format that shows the satuan)
    "12 laporan": (12, '#,##0 "laporan"'),
    "90 %": (90, '0" %"'),
    "12 bulan": (12, '0 "bulan"'),
    "240 dokumen": (240, '#,##0 "dokumen"'),
    "1 sertifikat": (1, '"Sebanyak "0" sertifikat"'),
}


def target_format_satuan() -> Workbook:
    """Every target typed as a number whose custom number format shows its satuan (``12`` formatted
    ``#,##0 "laporan"`` shows ``12 laporan``): the reviewer sees the satuan, so nothing is missing."""
    wb = from_rows("SKP", [*kop(), DASAR_HEADER, *DASAR_ROWS, *FOOTER])
    for (cell,) in wb["SKP"].iter_rows(min_col=6, max_col=6):
        if cell.value in FORMATTED_TARGETS:
            cell.value, cell.number_format = FORMATTED_TARGETS[cell.value]
    return wb


def target_persen_berformat(teks: bool = False) -> Workbook:
    """A "Tingkat …" IKI (not exempt from a satuan) whose target ``90%`` was typed into a percent cell:
    Excel keeps 0,9 and shows ``90%``, the reader gets 0,9 without the format. With ``teks`` the target is
    the text ``0,9``, a bare number the reviewer sees as such."""
    rows = [list(row) for row in DASAR_ROWS]
    rows[2][4] = "Tingkat laporan tanpa koreksi"
    wb = from_rows("SKP", [*kop(), DASAR_HEADER, *rows, *FOOTER])
    for (cell,) in wb["SKP"].iter_rows(min_col=6, max_col=6):
        if cell.value == "90 %":
            if teks:
                cell.value = "0,9"
            else:
                cell.value, cell.number_format = 0.9, "0%"
    return wb


def manual_label_titik_dua(formula_kosong: bool = False, salah_ketik: dict[tuple[int, str], str] | None = None
                           ) -> Workbook:
    """``form_jpt_dasar`` with its Manual IKI written as many agencies do: Title Case labels ending in a
    colon (``Definisi Iki :``) in column B, the values two columns right in D, column C empty. With
    ``formula_kosong`` the second IKI's FORMULA is left empty: the finding names D, where the values are.
    ``salah_ketik``: (block, label) → the label written with a typo in that block only."""
    from make_forms import MANUAL_LABELS
    from openpyxl import load_workbook

    wb = load_workbook(HERE / "form_jpt_dasar.xlsx")
    del wb["Manual IKI"]
    plan, rk = wb["SKP JPT"], None
    blocks = []
    for r in range(15, 21):  # the Kinerja Utama IKI rows: every one gets its manual
        rk = plan.cell(row=r, column=2).value or rk
        iki = plan.cell(row=r, column=3).value
        blocks.append((rk, f"Kondisi yang dituju: {rk}", iki, f"Ukuran {iki}", f"Realisasi {iki} / rencana",
                       "Mengukur keberhasilan rencana kinerja", "%", "Kuantitas", "Tinggi", "Laporan kinerja",
                       "Tahunan"))
    ws = wb.create_sheet("Manual IKI")
    ws["B1"] = "MANUAL INDIKATOR KINERJA"
    row = 3
    for n, block in enumerate(blocks):
        ws.cell(row=row, column=2, value=f"Manual IKI {n + 1}")
        row += 1
        for label, value in zip(MANUAL_LABELS, block, strict=True):
            written = (salah_ketik or {}).get((n, label), label.title())
            ws.cell(row=row, column=2, value=f"{written} :")
            if not (formula_kosong and n == 1 and label == "FORMULA"):
                ws.cell(row=row, column=4, value=value)
            row += 1
        row += 1
    return wb


def manual_berdampingan(formula_kosong: bool = False) -> Workbook:
    """``form_jpt_dasar`` with its Manual IKI blocks printed two abreast: the labels of one block in A, of
    the next in F, their values merged across B–D and G–I, so each row holds the same field of two IKI.
    With ``formula_kosong`` the second (right-hand) block's FORMULA is empty: the finding names G8."""
    from make_forms import MANUAL_LABELS
    from openpyxl import load_workbook

    wb = load_workbook(HERE / "form_jpt_dasar.xlsx")
    del wb["Manual IKI"]
    plan, rk = wb["SKP JPT"], None
    ws = wb.create_sheet("Manual IKI")
    ws["A1"] = "MANUAL INDIKATOR KINERJA"
    for n, r in enumerate(range(15, 21)):
        rk = plan.cell(row=r, column=2).value or rk
        iki = plan.cell(row=r, column=3).value
        values = (rk, f"Kondisi yang dituju: {rk}", iki, f"Ukuran {iki}", f"Realisasi {iki} / rencana",
                  "Mengukur keberhasilan rencana kinerja", "%", "Kuantitas", "Tinggi", "Laporan kinerja",
                  "Tahunan")
        top, left = 3 + (n // 2) * 14, 1 + (n % 2) * 5
        ws.cell(row=top, column=left, value=f"IKI {n + 1}")
        for k, (label, value) in enumerate(zip(MANUAL_LABELS, values, strict=True), start=1):
            ws.cell(row=top + k, column=left, value=label)
            ws.merge_cells(start_row=top + k, start_column=left + 1, end_row=top + k, end_column=left + 3)
            if not (formula_kosong and n == 1 and label == "FORMULA"):
                ws.cell(row=top + k, column=left + 1, value=value)
    return wb


def manual_tabel_salah_ketik() -> Workbook:
    """``form_jpt_dasar`` with its Manual IKI as a table, one IKI per row under a header row naming the
    fields, DESKRIPSI RENCANA KINERJA written ``DESKIRPSI RENCANA KINERJA``."""
    from make_forms import MANUAL_LABELS
    from openpyxl import load_workbook

    wb = load_workbook(HERE / "form_jpt_dasar.xlsx")
    del wb["Manual IKI"]
    plan, rk = wb["SKP JPT"], None
    ws = wb.create_sheet("Manual IKI")
    ws["A1"] = "MANUAL INDIKATOR KINERJA"
    header = ["NO", *(label.replace("DESKRIPSI", "DESKIRPSI") for label in MANUAL_LABELS)]
    for c, label in enumerate(header, start=1):
        ws.cell(row=3, column=c, value=label)
    for n, r in enumerate(range(15, 21), start=1):
        rk = plan.cell(row=r, column=2).value or rk
        iki = plan.cell(row=r, column=3).value
        values = [n, rk, f"Kondisi yang dituju: {rk}", iki, f"Ukuran {iki}", f"Realisasi {iki} / rencana",
                  "Mengukur keberhasilan rencana kinerja", "%", "Kuantitas", "Tinggi", "Laporan kinerja",
                  "Tahunan"]
        for c, value in enumerate(values, start=1):
            ws.cell(row=3 + n, column=c, value=value)
    return wb


def manual_tabel_baris_kosong(tujuan_kosong: bool = False) -> Workbook:
    """``form_jpt_dasar`` with its Manual IKI as a table, a blank row under each IKI row as staff space a
    table out, and the signatures under the last one after a blank row; with ``tujuan_kosong`` the last
    IKI's TUJUAN is left empty (G14)."""
    from make_forms import MANUAL_LABELS
    from openpyxl import load_workbook

    wb = load_workbook(HERE / "form_jpt_dasar.xlsx")
    del wb["Manual IKI"]
    plan, rk = wb["SKP JPT"], None
    ws = wb.create_sheet("Manual IKI")
    ws["A1"] = "MANUAL INDIKATOR KINERJA"
    for c, label in enumerate(["NO", *MANUAL_LABELS], start=1):
        ws.cell(row=3, column=c, value=label)
    row = 4
    for n, r in enumerate(range(15, 21), start=1):
        rk = plan.cell(row=r, column=2).value or rk
        iki = plan.cell(row=r, column=3).value
        tujuan = None if tujuan_kosong and r == 20 else "Mengukur keberhasilan rencana kinerja"
        values = [n, rk, f"Kondisi yang dituju: {rk}", iki, f"Ukuran {iki}", f"Realisasi {iki} / rencana",
                  tujuan, "%", "Kuantitas", "Tinggi", "Laporan kinerja", "Tahunan"]
        for c, value in enumerate(values, start=1):
            ws.cell(row=row, column=c, value=value)
        row += 2
    ws.cell(row=row + 1, column=2, value="Pejabat Penilai Kinerja,")
    ws.cell(row=row + 1, column=6, value="Pegawai yang Dinilai,")
    ws.cell(row=row + 5, column=2, value=PENILAI[0])
    ws.cell(row=row + 5, column=6, value=PEGAWAI[0])
    return wb


def tambahan_salah_ketik() -> Workbook:
    """The Kinerja Tambahan section labelled ``B. KINERJA TAMBHAAN``: its RK (no RK atasan, rightly) is
    still a Kinerja Tambahan."""
    rows = [["B. KINERJA TAMBHAAN"] if row == ["B. KINERJA TAMBAHAN"] else row for row in DASAR_ROWS]
    return from_rows("SKP", [*kop(), DASAR_HEADER, *rows, *FOOTER])


def periode_salah_ketik() -> Workbook:
    """``PERIODE PENIALIAN: 1 JANUARI SD 31 DESEMBER 2025``: the label misspelt, the period well written."""
    rows = [*kop(periode=[["PERIODE PENIALIAN: 1 JANUARI SD 31 DESEMBER 2025"]]), DASAR_HEADER, *DASAR_ROWS,
            *FOOTER]
    return from_rows("SKP", rows)


def kategori_salah_ketik(level: str = "SANGAT BAIK", written: str = "SANAGT BAIK") -> Workbook:
    """:func:`kategori_cukup_sangat_baik` with one header label of the kategori misspelt: ``SANAGT BAIK``,
    which holds BAIK whole and nearly spells SANGAT BAIK, or ``TAREGT/BAIK``."""
    wb = kategori_cukup_sangat_baik()
    for row in wb["SKP"].iter_rows():
        for cell in row:
            if cell.value == level:
                cell.value = written
    return wb


def target_angka_satuan_tanpa_gabungan(nomor_kolom: bool = True) -> Workbook:
    """TARGET over ANGKA | SATUAN with its merged area lost (a workbook passed through a tool that drops
    merges): TARGET in F only, the sub-labels ANGKA (F) and SATUAN (G, under an empty header cell) on the
    row below, then (``nomor_kolom``) the column-number row (1) … (7)."""
    numbers: list[Row] = [[f"({n})" for n in range(1, 8)]] if nomor_kolom else []
    rows = [*kop(), DASAR_HEADER, [None] * 5 + ["ANGKA", "SATUAN"], *numbers, *SATUAN_ROWS, *FOOTER]
    return from_rows("SKP", rows)


def jpt_judul_kolom_salah_ketik() -> Workbook:
    """A JPT plan whose every column header but NO is misspelt (``RENCANA KINRJA``, ``INDIKATOR KINERJA
    INDIVDU``, ``TARGTE``): no header row holds enough labels written exactly to be tried, yet it is an
    SKP."""
    header = ["NO", "RENCANA KINRJA", "INDIKATOR KINERJA INDIVDU", "TARGTE"]
    body: list[Row] = [
        ["A. KINERJA UTAMA"],
        [1, "Meningkatnya kualitas layanan pendidikan dasar", "Angka partisipasi murni SD", "98 %"],
        [None, None, "Persentase sekolah terakreditasi minimal B", "85 %"],
        [2, "Meningkatnya akuntabilitas kinerja dinas", "Nilai SAKIP dinas", "75 nilai"],
        ["B. KINERJA TAMBAHAN"],
    ]
    pegawai = ("Drs. Suharto, M.Pd.", "19700312 199503 1 002", "Pembina Utama Muda, IV/c",
               "Kepala Dinas Pendidikan", "Dinas Pendidikan")
    penilai = ("H. Abdul Halim Muslih", "-", "-", "Bupati Bantul", "Pemerintah Kabupaten Bantul")
    return from_rows("SKP", [*kop(pegawai=pegawai, penilai=penilai), header, *body, *FOOTER])


def tanggal_tepat_di_bawah_tabel() -> Workbook:
    """The place-and-date line right under the last IKI row, no blank row between, in the IKI column (E):
    the signature area has begun; it is no IKI of the last RK."""
    return from_rows("SKP", [*kop(), DASAR_HEADER, *DASAR_ROWS, *FOOTER[1:]])


def baris_jumlah_di_bawah_tabel(jumlah: object = 5, target_kedua: str | None = "90 %",
                                 label: str = "JUMLAH IKI") -> Workbook:
    """A total row under the table as web applications export it: ``JUMLAH IKI`` in the NO column and the
    count in the IKI column (E20), its formula's value filled in by a later save; then the signature area.
    It is no IKI of the Kinerja Tambahan RK. ``target_kedua``: the second IKI's target (F15), to show the
    table above the total is still read; ``jumlah``: the count, a number or its text."""
    rows = [list(row) for row in DASAR_ROWS]
    rows[2][5] = target_kedua
    return from_rows("SKP", [*kop(), DASAR_HEADER, *rows, [label, None, None, None, jumlah, None], *FOOTER])


def iki_jumlah_tanpa_aspek() -> Workbook:
    """An IKI row whose only texts are its IKI beginning with "Jumlah" and a bare number target, aspek
    left empty (row 15): a row of the table, not a total, for its label is not in the NO column."""
    rows = [list(row) for row in DASAR_ROWS]
    rows[2][3:6] = [None, "Jumlah laporan keuangan tanpa koreksi", 12]
    return from_rows("SKP", [*kop(), DASAR_HEADER, *rows, *FOOTER])


# the title, periode and the pegawai's name and NIP above a Penilaian sheet's table (rows 1–6)
PENILAIAN_KOP: list[Row] = [
    ["PENILAIAN SASARAN KINERJA PEGAWAI"],
    ["PERIODE PENILAIAN: 1 JANUARI SD 31 DESEMBER 2025"],
    [],
    ["NAMA", None, PEGAWAI[0]],
    ["NIP", None, PEGAWAI[1]],
    [],
]
PENILAIAN_HEADER: Row = ["NO", "RENCANA KINERJA ATASAN LANGSUNG/UNIT KERJA/ORGANISASI", "RENCANA KINERJA",
                         "ASPEK", "INDIKATOR KINERJA INDIVIDU", "TARGET", "REALISASI", "CAPAIAN IKI",
                         "KATEGORI CAPAIAN IKI", "NILAI CAPAIAN IKI"]


def penilaian_capaian_rencana(target_penilaian: str = "12 laporan", terbalik: bool = False,
                              aspek_waktu: str | None = None, tertulis: Row | None = None,
                              iki_penilaian: str = "Jumlah laporan keuangan bulanan",
                              tanpa: str | None = None) -> Workbook:
    """The Rencana SKP with its Penilaian sheet, capaian, kategori and nilai computed against the plan's
    targets (11 of 12 laporan: 92 %, Cukup, 82). With another ``target_penilaian`` the first IKI's target
    was copied wrongly into the Penilaian sheet (F9) while its capaian still follows the plan. With
    ``terbalik`` the Kualitas target is the reversed range "90 – 80 %" in both sheets (SKP F15, Penilaian
    F10), its realisasi 84 % scored against the 90 that comes first (93 %, Cukup, 83). With ``aspek_waktu``
    the time IKI's aspek is that word in both sheets (SKP D16, Penilaian D11) and its 10,8 of 12 bulan is
    scored as a time, lower is better (110 %, Sangat Baik, 120), or as ``tertulis`` says (H11–J11).
    ``iki_penilaian``: the first IKI as retyped in the Penilaian sheet (E9), possibly reworded.
    ``tanpa``: ``"waktu"`` leaves the time IKI's row out of the Penilaian (rows inserted on the SKP sheet
    only), ``"tambahan"`` the Kinerja Tambahan rows."""
    plan = [list(row) for row in DASAR_ROWS]
    kualitas: Row = ["90 %", "90 %", "100 %", "Baik", 109]
    waktu: Row = ["Waktu", "Waktu penyampaian laporan", "12 bulan", "12 bulan", "100 %", "Baik", 109]
    if aspek_waktu is not None:
        plan[3][3] = aspek_waktu
        waktu = [aspek_waktu, "Waktu penyampaian laporan", "12 bulan", "10,8 bulan",
                 *(tertulis or ["110 %", "Sangat Baik", 120])]
    if terbalik:
        plan[2][5] = "90 – 80 %"
        kualitas = ["90 – 80 %", "84 %", "93 %", "Cukup", 83]
    wb = from_rows("SKP", [*kop(), DASAR_HEADER, *plan, *FOOTER])
    ws = wb.create_sheet("Penilaian")
    rows: list[Row] = [
        *PENILAIAN_KOP,
        PENILAIAN_HEADER,
        ["A. KINERJA UTAMA"],
        [1, ATASAN, RK1, "Kuantitas", iki_penilaian, target_penilaian, 11, "92 %",
         "Cukup", 82],
        [None, None, None, "Kualitas", "Persentase laporan tanpa koreksi", *kualitas],
        [None, None, None, *waktu],
        [2, ATASAN, RK2, "Kuantitas", "Jumlah dokumen SPJ yang diverifikasi", "240 dokumen", 240, "100 %",
         "Baik", 109],
        ["B. KINERJA TAMBAHAN"],
        [1, "-", "Sertifikat pelatihan akuntansi pemerintahan", "Kuantitas", "Jumlah sertifikat pelatihan",
         "1 sertifikat", 1, "100 %", "Baik", 109],
    ]
    if tanpa == "waktu":
        rows = [row for row in rows if row[3:4] != [waktu[0]]]
    elif tanpa == "tambahan":
        rows = rows[: rows.index(["B. KINERJA TAMBAHAN"])]
    for row in rows:
        ws.append(row)
    return wb


def penilaian_triwulan(realisasi: str = "REALISASI", kosong: bool = False) -> Workbook:
    """A Penilaian sheet with the realisasi per quarter under a merged ``REALISASI PER TRIWULAN`` (G9:J9,
    ``TW I`` … ``TW IV`` below), then the year's realisasi under ``realisasi`` (K9; ``REALSIASI``: a typo),
    capaian, kategori and nilai computed against the plan. With ``kosong`` the first IKI's year realisasi
    (K11) and its quarters are empty."""
    wb = from_rows("SKP", [*kop(), DASAR_HEADER, *DASAR_ROWS, *FOOTER])
    ws = wb.create_sheet("Penilaian")
    head: Row = ["NO", "RK ATASAN", "RENCANA KINERJA", "ASPEK", "IKI", "TARGET", "REALISASI PER TRIWULAN",
                 None, None, None, realisasi, "CAPAIAN IKI", "KATEGORI CAPAIAN IKI", "NILAI CAPAIAN IKI"]
    first: Row = [3, 3, 3, 2, 11, "92 %", "Cukup", 82] if not kosong else [None] * 5 + ["92 %", "Cukup", 82]
    rows: list[Row] = [
        *PENILAIAN_KOP,
        [],
        [],
        head,
        [None] * 6 + ["TW I", "TW II", "TW III", "TW IV"],
        [1, ATASAN, RK1, "Kuantitas", "Jumlah laporan keuangan bulanan", "12 laporan", *first],
        [None, None, None, "Kualitas", "Persentase laporan tanpa koreksi", "90 %", 90, 90, 90, 90, 90,
         "100 %", "Baik", 109],
        [None, None, None, "Waktu", "Waktu penyampaian laporan", "12 bulan", 12, 12, 12, 12, 12, "100 %",
         "Baik", 109],
        [2, ATASAN, RK2, "Kuantitas", "Jumlah dokumen SPJ yang diverifikasi", "240 dokumen", 60, 60, 60, 60,
         240, "100 %", "Baik", 109],
    ]
    for row in rows:
        ws.append(row)
    for area in ("G9:J9", *(f"{c}9:{c}10" for c in "ABCDEFKLMN"), "A11:A13", "B11:B13", "C11:C13"):
        ws.merge_cells(area)
    return wb


def manual_nilai_di_bawah_label(tujuan_kosong: bool = False, aspek_dibungkus: bool = False) -> Workbook:
    """:func:`manual_label_titik_dua`'s Manual IKI laid out with each value on the line under its label
    (label in A, value merged A:D on the next row), one block per IKI under an ``IKI n`` heading. With
    ``tujuan_kosong`` the second block's TUJUAN is left empty: the finding names the cell under the label.
    With ``aspek_dibungkus`` each JENIS ASPEK TARGET is written as SPEC §3.10 shows aspek written
    (``IKI (Kuantitas)``): a value under its label, though it reads like the label IKI with a gloss."""
    from make_forms import MANUAL_LABELS

    wb = manual_label_titik_dua()
    old = wb["Manual IKI"]
    blocks, block = [], {}
    for row in old.iter_rows(min_row=3):
        label, value = row[1].value, row[3].value
        if isinstance(label, str) and label.endswith(":"):
            block[label.rstrip(" :").upper()] = value
            if len(block) == len(MANUAL_LABELS):
                blocks.append(block)
                block = {}
    del wb["Manual IKI"]
    ws = wb.create_sheet("Manual IKI")
    ws["A1"] = "MANUAL INDIKATOR KINERJA"
    r = 3
    for n, block in enumerate(blocks):
        ws.cell(row=r, column=1, value=f"IKI {n + 1}")
        r += 1
        for label in MANUAL_LABELS:
            ws.cell(row=r, column=1, value=label.title())
            value = block[label]
            if aspek_dibungkus and label == "JENIS ASPEK TARGET":
                value = f"IKI ({value})"
            if not (tujuan_kosong and n == 1 and label == "TUJUAN"):
                ws.cell(row=r + 1, column=1, value=value)
            ws.merge_cells(start_row=r + 1, start_column=1, end_row=r + 1, end_column=4)
            r += 2
        r += 1
    return wb


def penilaian_jpt_iki_waktu(capaian_waktu: str = "110 %") -> Workbook:
    """A JPT plan (no ASPEK column, SPEC §3.4) with a time IKI, "Waktu penyampaian laporan kinerja" 3 bulan,
    and its Penilaian sheet: realisasi 2,7 bulan scored as kondisi khusus (SPEC §6.1), 110 %, Sangat Baik,
    120; every other IKI met (100 %, Baik, 109). Another ``capaian_waktu`` is a capaian of neither
    direction (the normal one would be 90 %)."""
    wb = manual_label_titik_dua()
    old, new = "Persentase pegawai bersertifikat kompetensi", "Waktu penyampaian laporan kinerja"
    for ws in (wb["SKP JPT"], wb["Manual IKI"]):
        for row in ws.iter_rows():
            for cell in row:
                if isinstance(cell.value, str) and cell.value.startswith(old[:30]):
                    cell.value = new
    plan = wb["SKP JPT"]
    plan["D19"] = "3 bulan"
    ws = wb.create_sheet("Penilaian")
    ws.append(["PENILAIAN SASARAN KINERJA PEGAWAI"])
    ws.append(["PERIODE PENILAIAN: 1 JANUARI SD 31 DESEMBER 2025"])
    ws.append([])
    ws.append(["NO", "RENCANA KINERJA", "INDIKATOR KINERJA INDIVIDU", "TARGET", "REALISASI", "CAPAIAN IKI",
               "KATEGORI CAPAIAN IKI", "NILAI CAPAIAN IKI"])
    ws.append(["A. KINERJA UTAMA"])
    for r in range(15, 21):
        no, rk, iki, target = (plan.cell(row=r, column=c).value for c in range(1, 5))
        if iki == new:
            ws.append([no, rk, iki, target, "2,7 bulan", capaian_waktu, "Sangat Baik", 120])
        else:
            realisasi = "85 %" if target == "80 - 90 %" else target
            ws.append([no, rk, iki, target, realisasi, "100 %", "Baik", 109])
    ws.append(["B. KINERJA TAMBAHAN"])
    tambahan = [plan[f"{c}22"].value for c in "BCD"]
    ws.append([1, *tambahan, "2 kegiatan", "100 %", "Baik", 109])
    return wb


def _penilaian_bacaan_rows(tertulis: dict[str, Row]) -> list[Row]:
    """The Penilaian rows of ``DASAR_ROWS`` with each IKI's realisasi, capaian, kategori and nilai as written
    (keyed ``k1``, ``q1``, ``w1``, ``k2``, ``t1``: the IKI of RK 1, of RK 2 and of the Kinerja Tambahan)."""
    return [
        ["A. KINERJA UTAMA"],
        [1, ATASAN, RK1, "Kuantitas", "Jumlah laporan keuangan bulanan", "12 laporan", *tertulis["k1"]],
        [None, None, None, "Kualitas", "Persentase laporan tanpa koreksi", "90 %", *tertulis["q1"]],
        [None, None, None, "Waktu", "Waktu penyampaian laporan", "12 bulan", *tertulis["w1"]],
        [2, ATASAN, RK2, "Kuantitas", "Jumlah dokumen SPJ yang diverifikasi", "240 dokumen", *tertulis["k2"]],
        ["B. KINERJA TAMBAHAN"],
        [1, "-", "Sertifikat pelatihan akuntansi pemerintahan", "Kuantitas", "Jumlah sertifikat pelatihan",
         "1 sertifikat", *tertulis["t1"]],
    ]


_MET: dict[str, Row] = {"k1": [11, "92 %", "Cukup", 82], "q1": ["90 %", "100 %", "Baik", 109],
                        "w1": ["12 bulan", "100 %", "Baik", 109], "k2": [240, "100 %", "Baik", 109],
                        "t1": [1, "100 %", "Baik", 109]}


def penilaian_bacaan(tertulis: dict[str, Row] | None = None, akhir: object = None,
                     predikat: str | None = None, perilaku: int | None = None, ide_baru: str | None = None,
                     nilai_kinerja: str | None = None, di_perilaku: bool = False, kata: str | None = None,
                     predikat_label: str = "PREDIKAT KINERJA PEGAWAI", utama_label: str | None = None
                     ) -> Workbook:
    """The Rencana SKP (``DASAR_ROWS``) and its Penilaian sheet (IKI rows 9–14, capaian in H, kategori in I,
    nilai in J) written the ways SPEC §6 leaves open or agencies write them, from ``benchmarks/nyata_m``:
    ``tertulis`` replaces the written realisasi … nilai of some IKI (see :func:`_penilaian_bacaan_rows`);
    ``akhir``, ``nilai_kinerja`` (when given) and ``predikat`` are written under the table (J16, then J17,
    J18 or J17) with a Perilaku sheet of five equal scores ``perilaku`` and, when given, the new-idea answer
    ``ide_baru``. With ``di_perilaku`` the nilai kinerja and predikat stand in the Perilaku sheet's summary
    instead (C10, C11, the predikat labelled ``predikat_label``); with ``kata`` each aspect is rated by that
    word and the sheet writes the nilai perilaku ``perilaku`` under them (C9). With ``utama_label`` a NILAI
    KINERJA UTAMA row (label so spelt in G16, under REALISASI, its value ``akhir`` in J16) comes first."""
    wb = from_rows("SKP", [*kop(), DASAR_HEADER, *DASAR_ROWS, *FOOTER])
    ws = wb.create_sheet("Penilaian")
    rows: list[Row] = [
        *PENILAIAN_KOP,
        PENILAIAN_HEADER,
        *_penilaian_bacaan_rows({**_MET, **(tertulis or {})}),
        [],
    ]
    for row in rows:
        ws.append(row)
    for r in range(9, 16):  # a cell written as a %-formatted fraction shows as a percentage
        for c in (7, 8):
            cell = ws.cell(row=r, column=c)
            if isinstance(cell.value, float) and cell.value < 2:
                cell.number_format = "0.0%"
    if utama_label is not None:
        ws.append([*[None] * 6, utama_label, None, None, akhir])
    if akhir is not None:
        ws.append(["NILAI AKHIR SKP", *[None] * 8, akhir])
    if nilai_kinerja is not None and not di_perilaku:
        ws.append(["NILAI KINERJA PEGAWAI (60% NILAI SKP + 40% NILAI PERILAKU)", *[None] * 8, nilai_kinerja])
    if predikat is not None and not di_perilaku:
        ws.append(["PREDIKAT KINERJA", *[None] * 8, predikat])
    if perilaku is not None:
        per = wb.create_sheet("Perilaku")
        per.append(["PENILAIAN PERILAKU KERJA"])
        per.append([])
        per.append(["NO", "ASPEK PERILAKU", "PENILAIAN" if kata else "NILAI"])
        for n, aspek in enumerate(["Orientasi Pelayanan", "Komitmen", "Inisiatif Kerja", "Kerja Sama",
                                   "Kepemimpinan"], start=1):
            per.append([n, aspek, kata or perilaku])
        if ide_baru is not None:
            per.append([None, "Menghasilkan ide baru/cara baru bagi organisasi", ide_baru])
        if kata:
            per.append([None, "NILAI PERILAKU KERJA", perilaku])
        if di_perilaku:
            per.append([])
            per.append([None, "NILAI KINERJA PEGAWAI", nilai_kinerja])
            per.append([None, predikat_label, predikat])
    return wb


RK3 = "Aset tetap Sekretariat tercatat dalam kartu inventaris yang mutakhir"


def penilaian_tertimbang_dibulatkan(akhir: str = "108,99") -> Workbook:
    """``DASAR_ROWS`` with a third RK (one IKI, 48 of 48 kartu), every IKI met (100 %, Baik, 109) and no
    Kinerja Tambahan, the Penilaian sheet with ``NILAI TERTIMBANG`` per RK as the agency rounds it,
    ``=ROUND(109/3;2)`` = 36,33 (L9, L12, L13), and their sum 108,99 as the Nilai Akhir (L16): the exact sum
    is 109. Another ``akhir`` is neither."""
    plan = [list(row) for row in DASAR_ROWS[:5]]
    plan.append([3, ATASAN, RK3, "Kuantitas", "Jumlah kartu inventaris yang dimutakhirkan", "48 kartu"])
    plan += [["B. KINERJA TAMBAHAN"], [None, None, "-"]]
    wb = from_rows("SKP", [*kop(), DASAR_HEADER, *plan, *FOOTER])
    ws = wb.create_sheet("Penilaian")
    head = [*PENILAIAN_HEADER, "KATEGORI CAPAIAN RK", "NILAI TERTIMBANG"]
    rows: list[Row] = [["PENILAIAN SASARAN KINERJA PEGAWAI"],
                       ["PERIODE PENILAIAN: 1 JANUARI SD 31 DESEMBER 2025"], [],
                       ["NAMA", None, PEGAWAI[0]], ["NIP", None, PEGAWAI[1]], [], head, ["A. KINERJA UTAMA"]]
    for row in plan[1:5]:
        target = row[5]
        rows.append([*row, target if not str(target).endswith("laporan") else 12, "100 %", "Baik", 109])
    rows.append([*plan[5], "48 kartu", "100 %", "Baik", 109])
    for r, tt in ((8, "36,33"), (11, "36,33"), (12, "36,33")):
        rows[r] += ["Baik", tt]
    rows += [["B. KINERJA TAMBAHAN"], [None, None, "-"], ["NILAI AKHIR SKP", *[None] * 10, akhir]]
    for row in rows:
        ws.append(row)
    return wb


def penilaian_jpt_bobot_urutan(akhir: str | None = "116,62", ringkasan: bool = False,
                               pecahan: str | None = None) -> Workbook:
    """``form_jpt_dasar`` with a Penilaian sheet whose Nilai Akhir SKP weighs the first two RK (the Perjanjian
    Kinerja sasaran) 60 % and the other three (rencana aksi) 40 % (SPEC §6.3), no JENIS RK column saying
    which is which: 0,6 × (109 + 111,11) / 2 + 0,4 × (109 + 120 + 85) / 3 + 8,72 = 116,62 (H14); the plain
    mean of the RK would give 115,54. Another ``akhir`` follows neither reading. With ``ringkasan`` its parts
    stand on three lines between the Kinerja Tambahan and the Nilai Akhir (H14–H16, labels written across
    the NO column: ``NILAI TERTIMBANG SASARAN PERJANJIAN KINERJA (60%)`` …), which moves it to H17. With
    ``pecahan`` the 95 % IKI's realisasi is 0,81 in a %-formatted cell (E7, shows 81 %): 85,3 %, nilai 75 and
    that kategori (G7), no Nilai Akhir written. The plan and its complete Manual IKI are
    :func:`manual_label_titik_dua`'s."""
    wb = manual_label_titik_dua()
    plan = wb["SKP JPT"]
    ws = wb.create_sheet("Penilaian")
    for row in (["PENILAIAN SASARAN KINERJA PEGAWAI"], ["PERIODE PENILAIAN: 1 JANUARI SD 31 DESEMBER 2025"],
                [],
                ["NO", "RENCANA KINERJA", "INDIKATOR KINERJA INDIVIDU", "TARGET", "REALISASI", "CAPAIAN IKI",
                 "KATEGORI CAPAIAN IKI", "NILAI CAPAIAN IKI"],
                ["A. KINERJA UTAMA"]):
        ws.append(row)
    written = {15: ["85 nilai", "100 %", "Baik", 109], 16: ["95 %", "100 %", "Baik", 109],
               17: ["92 %", "102,2 %", "Sangat Baik", "111,11"], 18: ["3,5 indeks", "100 %", "Baik", 109],
               19: ["48 %", "120 %", "Sangat Baik", 120], 20: ["90 %", "94,7 %", "Cukup", 85]}
    if pecahan is not None:
        written[16] = [0.81, "85,3 %", pecahan, 75]
    for r in range(15, 21):
        ws.append([plan.cell(row=r, column=c).value for c in range(1, 5)] + written[r])
    if pecahan is not None:
        ws["E7"].number_format = "0%"
    ws.append(["B. KINERJA TAMBAHAN"])
    ws.append([plan.cell(row=22, column=c).value for c in range(1, 5)] + ["2 kegiatan", "100 %", "Baik", 109])
    if ringkasan:
        for label, value in (("NILAI TERTIMBANG SASARAN PERJANJIAN KINERJA (60%)", "66,03"),
                             ("NILAI TERTIMBANG RENCANA AKSI (40%)", "41,87"),
                             ("NILAI KINERJA TAMBAHAN", "8,72")):
            ws.append([label, None, None, None, None, None, None, value])
            ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=7)
    if akhir is not None:
        ws.append(["NILAI AKHIR SKP", None, None, None, None, None, None, akhir])
    return wb


def matriks_tanpa_label_baris(seimbang: bool = True, nama_nip_satu_sel: bool = False) -> Workbook:
    """The plan with a Matriks Pembagian Peran dan Hasil whose field rows carry no row label: under the
    koordinator's RK (E3) the jenis penyelarasan with its method in brackets (``Direct Cascading (pembagian
    beban target)``, E4) and ``Target: 480 dokumen`` (E5), the label columns merged over the three rows;
    each member's share in brackets after its result, beside a region number (``… (wilayah 2) (240
    dokumen)``). The parts add up to the whole unless ``seimbang`` is false (the whole then says 500). With
    ``nama_nip_satu_sel`` the members sit in ``NAMA / NIP | JABATAN``, the NIP on the name's second line,
    and every column from the RK on moves one to the left (the target in D5)."""
    wb = from_rows("SKP", [*kop(), DASAR_HEADER, *DASAR_ROWS, *FOOTER])
    ws = wb.create_sheet("Matriks", 0)
    whole = 480 if seimbang else 500
    members: list[tuple[str, str, str]] = [
        (PEGAWAI[0], PEGAWAI[1], PEGAWAI[3]),
        ("Rina Maharani, A.Md.", "NIP. 199205172019032011", "Pengadministrasi Keuangan"),
    ]
    head = ["NAMA / NIP", "JABATAN"] if nama_nip_satu_sel else ["NAMA", "NIP", "JABATAN"]
    gap: Row = [None] * (len(head) + 1)
    rows: list[Row] = [
        ["MATRIKS PEMBAGIAN PERAN DAN HASIL"],
        ["UNIT KERJA : Subbagian Keuangan"],
        ["NO", *head, ATASAN, "Tertib administrasi keuangan Sekretariat"],
        [*gap, "Direct Cascading (pembagian beban target)", "Non-Direct Cascading (pendekatan layanan)"],
        [*gap, f"Target: {whole} dokumen", "-"],
    ]
    results = [(f"{RK2} (240 dokumen)", RK1), (f"{RK2} (wilayah 2) (240 dokumen)", "Arsip keuangan tertata")]
    for n, ((nama, nip, jabatan), hasil) in enumerate(zip(members, results, strict=True), start=1):
        who: Row = [f"{nama}\n{nip}", jabatan] if nama_nip_satu_sel else [nama, nip, jabatan]
        rows.append([n, *who, *hasil])
    for row in rows:
        ws.append(row)
    for col in "ABCD"[: len(head) + 1]:
        ws.merge_cells(f"{col}3:{col}5")
    return wb

HTML = (
    '<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv="Content-Type" '
    'content="text/html; charset=utf-8"></head><body><table><tr><td>NO</td><td>RENCANA KINERJA</td>'
    "<td>INDIKATOR KINERJA INDIVIDU</td><td>TARGET</td></tr></table></body></html>"
)

def identitas_paragraf(nip_pegawai: str = PEGAWAI[1], jabatan_penilai: str = PENILAI[3]) -> Workbook:
    """Each party's identity written as one paragraph cell under its block label (``Nama: …⏎NIP: …⏎
    Pangkat/Gol. Ruang: …⏎Jabatan: …⏎Unit Kerja: …``, B6 and F6); from ``benchmarks/nyata_i``. Every line
    is one field, read at the paragraph's cell."""
    labels = ("Nama", "NIP", "Pangkat/Gol. Ruang", "Jabatan", "Unit Kerja")
    pegawai = (PEGAWAI[0], nip_pegawai, *PEGAWAI[2:])
    penilai = (*PENILAI[:3], jabatan_penilai, PENILAI[4])

    def paragraph(values: tuple[str, ...]) -> str:
        return "\n".join(f"{label}: {value}" for label, value in zip(labels, values, strict=True))

    rows: list[Row] = [
        ["RENCANA SASARAN KINERJA PEGAWAI"], ["DINAS PENDIDIKAN KABUPATEN BANTUL"],
        ["PERIODE PENILAIAN: 1 JANUARI SD 31 DESEMBER 2025"], [],
        [None, "Pegawai yang Dinilai", None, None, None, "Pejabat Penilai Kinerja"],
        [None, paragraph(pegawai), None, None, None, paragraph(penilai)], [],
        DASAR_HEADER, *DASAR_ROWS, *FOOTER,
    ]
    return from_rows("SKP", rows)


def tanggal_tanpa_tempat_di_bawah_tabel() -> Workbook:
    """The signature date written without its place (``2 Januari 2025``) alone in the RK column, after a
    blank row under the table and above the signature blocks; from ``benchmarks/nyata_i``. It is the
    signature area, not an RK without IKI."""
    footer: list[Row] = [[], [None, None, "2 Januari 2025"],
                         [None, "PEGAWAI YANG DINILAI", None, None, "PEJABAT PENILAI KINERJA"]]
    return from_rows("SKP", [*kop(), DASAR_HEADER, *DASAR_ROWS, *footer])


def label_singkatan(target_kedua: str | None = "90 %", pangkat_penilai: str = PENILAI[2]) -> Workbook:
    """Labels with abbreviated words (``Pgkt/Gol``, ``RK Atasan yg Diintervensi``, ``Renc. Kinerja``,
    ``Ind. Kinerja Individu``); from ``benchmarks/nyata_i``. Each is placed as its full label, so what is
    under it is checked: ``target_kedua`` is the second IKI's target (F15), ``pangkat_penilai`` G8."""
    fields = ("Nama", "NIP", "Pgkt/Gol", "Jabatan", "Unit Kerja")
    header = ["No", "RK Atasan yg Diintervensi", "Renc. Kinerja", "Aspek", "Ind. Kinerja Individu", "Target"]
    rows = [list(row) for row in DASAR_ROWS]
    rows[2][5] = target_kedua
    penilai = (*PENILAI[:2], pangkat_penilai, *PENILAI[3:])
    return from_rows("SKP", [*kop(fields, penilai=penilai), header, *rows, *FOOTER])


def pppk_golongan(nip_pegawai: str = "19910514 202321 2 004") -> Workbook:
    """A PPPK pegawai (NIP with 21 in the TMT month's place, SPEC §5) whose pangkat cell holds the PPPK
    golongan ``Golongan IX`` (C8), rated by a ``Plt.`` penilai; from ``benchmarks/nyata_l``. With a PNS
    ``nip_pegawai`` (C7) the same ``Golongan IX`` is no pangkat of PP 99/2000."""
    pegawai = ("Wulan Saragih, A.Md.", nip_pegawai, "Golongan IX", "Pengelola Keuangan", "Subbagian Keuangan")
    penilai = (*PENILAI[:3], "Plt. Kepala Subbagian Keuangan", PENILAI[4])
    return from_rows("SKP", [*kop(pegawai=pegawai, penilai=penilai), DASAR_HEADER, *DASAR_ROWS, *FOOTER])


def pppk_pangkat_strip(nip_pegawai: str = "19920311 202321 1 006") -> Workbook:
    """A PPPK pegawai whose PANGKAT/GOL RUANG cell (C8) holds ``-``: a PPPK has no pangkat of PP 99/2000,
    and many leave the cell so. With a PNS ``nip_pegawai`` (C7) the ``-`` is an empty pangkat."""
    pegawai = ("Yohanes Bria, S.Kom.", nip_pegawai, "-", "Pengelola Layanan Operasional", "Subbagian Umum")
    return from_rows("SKP", [*kop(pegawai=pegawai), DASAR_HEADER, *DASAR_ROWS, *FOOTER])


def penilaian_target_persen_berformat(target_penilaian: float = 90) -> Workbook:
    """:func:`penilaian_capaian_rencana` with the Kualitas target of the plan typed as 90 % into a
    %-formatted cell (SKP F15: Excel stores 0,9) and retyped as the bare number ``target_penilaian`` in the
    Penilaian sheet (F10); from ``benchmarks/nyata_l``. 90 is the same target, 80 is not."""
    wb = penilaian_capaian_rencana()
    wb["SKP"]["F15"] = 0.9
    wb["SKP"]["F15"].number_format = "0%"
    wb["Penilaian"]["F10"] = target_penilaian
    return wb


def penilaian_target_pecahan_persen(capaian: str | None = "93 %") -> Workbook:
    """:func:`penilaian_bacaan` whose Kualitas target is typed as 90 % into %-formatted cells in both
    sheets (SKP F15, Penilaian F10: Excel stores 0,9) while its realisasi is the text ``84 %`` (G10), scored
    ``capaian`` (H10), Cukup, 83; from ``benchmarks/nyata_p``. 93 % is 84 of 90 %; 98 % is wrong whether the
    target is read as 90 % or as 0,9. With ``capaian`` None the row is not scored yet (H10:J10 empty)."""
    scored = [capaian, "Cukup", 83] if capaian is not None else [None, None, None]
    wb = penilaian_bacaan({"q1": ["84 %", *scored]})
    for cell in (wb["SKP"]["F15"], wb["Penilaian"]["F10"]):
        cell.value, cell.number_format = 0.9, "0%"
    return wb


def persen_diketik(wb: Workbook) -> Workbook:
    """Every text of ``wb`` that is a percentage alone (``90 %``) typed as Excel keeps it when someone types
    ``90%`` into a cell: the number 0,9 formatted ``0%`` (a 100 % is the whole number 1), shown the same."""
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                text = cell.value if isinstance(cell.value, str) else ""
                number = text.removesuffix("%").strip().replace(",", ".")
                if text.endswith("%") and number.replace(".", "", 1).isdigit():
                    value = float(number) / 100
                    cell.value = int(value) if value.is_integer() else value
                    cell.number_format = "0%"
    return wb


def penilaian_seratus_persen(realisasi: str = "100 %") -> Workbook:
    """:func:`penilaian_bacaan` whose Kualitas target is ``100 %`` in both sheets (SKP F15, Penilaian F10),
    the most it can be: realisasi ``realisasi`` (G10), written as met (capaian ``100 %`` in H10, Sangat Baik,
    120: SPEC §6 for a maximal target met). From ``benchmarks/nyata_bb``."""
    wb = penilaian_bacaan({"q1": [realisasi, "100 %", "Sangat Baik", 120]})
    wb["SKP"]["F15"] = wb["Penilaian"]["F10"] = "100 %"
    return wb


def iki_berkode(jumlah: str = "12 laporan") -> Workbook:
    """Every IKI text opened by its Renstra code in brackets (``[IKU-1] Jumlah …``, ``(IKI-1.2)
    Persentase …``, from ``benchmarks/nyata_bq``), the Persentase target a bare ``90``: a percentage needs no
    satuan; the Jumlah target ``jumlah`` (F14)."""
    rows = [list(row) for row in DASAR_ROWS]
    codes = {1: "[IKU-1]", 2: "(IKI-1.2)", 3: "[IKU-1.3]", 4: "[IKU-2]", 6: "[IKI-3]"}
    for r, code in codes.items():
        rows[r][4] = f"{code} {rows[r][4]}"
    rows[1][5], rows[2][5] = jumlah, "90"
    return from_rows("SKP", [*kop(), DASAR_HEADER, *rows, *FOOTER])


def sumber_data_matriks() -> Workbook:
    """:func:`kategori_cukup_sangat_baik` whose first SUMBER DATA (I15) is ``Matriks Pembagian Peran dan
    Hasil Subbagian Keuangan``: a cell of the plan naming the annex is no Matriks written on the sheet."""
    wb = kategori_cukup_sangat_baik()
    wb["SKP"]["I15"] = "Matriks Pembagian Peran dan Hasil Subbagian Keuangan"
    return wb


def target_terbilang(spj: str = "200 (dua ratus) - 240 (dua ratus empat puluh) dokumen") -> Workbook:
    """Targets each followed by itself in words, as letters write numbers (``12 (dua belas) laporan``), the
    SPJ target a range so written (``spj``, F17); from ``benchmarks/nyata_bl``."""
    rows = [list(row) for row in DASAR_ROWS]
    rows[1][5], rows[3][5], rows[4][5], rows[6][5] = ("12 (dua belas) laporan", "12 (dua belas) bulan", spj,
                                                      "1 (satu) sertifikat")
    return from_rows("SKP", [*kop(), DASAR_HEADER, *rows, *FOOTER])


def identitas_tak_terlihat(jabatan_penilai: str = PENILAI[3]) -> Workbook:
    """Labels and values with invisible characters pasted in (zero-width space in ``N\u200bIP`` and
    ``JABATAN\u200b``, a zero-width space after the pegawai's name, a byte-order mark before the penilai's);
    from ``benchmarks/nyata_l``. ``jabatan_penilai`` (G9) holding only a zero-width space is empty."""
    fields = ("NAMA", "N\u200bIP", "PANGKAT/GOL RUANG", "JABATAN\u200b", "UNIT KERJA")
    pegawai = (f"{PEGAWAI[0]}\u200b", *PEGAWAI[1:])
    penilai = (f"\ufeff{PENILAI[0]}", *PENILAI[1:3], jabatan_penilai, PENILAI[4])
    return from_rows("SKP", [*kop(fields, pegawai=pegawai, penilai=penilai), DASAR_HEADER, *DASAR_ROWS,
                             *FOOTER])


def identitas_galat_rumus_teks() -> Workbook:
    """:func:`identitas_tak_terlihat` whose penilai jabatan (G9) is the text ``#N/A`` in a text-formatted
    cell: a lookup's error pasted as a value into a column formatted as text; from ``benchmarks/nyata_l``."""
    wb = identitas_tak_terlihat()
    cell = wb["SKP"]["G9"]
    cell.value, cell.number_format = "#N/A", "@"
    cell.data_type = "s"  # text, not Excel's error value (openpyxl would store "#N/A" as the error)
    return wb


def keterkaitan_rk_beda_wilayah(butir_kedua: bool = False) -> Workbook:
    """``form_jf_dasar`` with two RK told apart only by a kecamatan's name (C15, C18: direct cascading by
    region, SPEC §4), the second with no butir kegiatan in the Keterkaitan AK (B11), which names the first
    RK exactly (B9); from ``benchmarks/nyata_l``. With ``butir_kedua`` the second RK has its butir."""
    from openpyxl import load_workbook

    wb = load_workbook(HERE / "form_jf_dasar.xlsx")
    first = "Data layanan informasi publik Kecamatan Depok termutakhirkan setiap triwulan"
    second = "Data layanan informasi publik Kecamatan Mlati termutakhirkan setiap triwulan"
    wb["SKP"]["C15"], wb["SKP"]["C18"] = first, second
    ak = wb["Keterkaitan AK"]
    ak["B9"], ak["B11"] = first, second
    if butir_kedua:
        ak["C11"], ak["D11"], ak["E11"] = "Melakukan pemutakhiran data layanan informasi", "Laporan", "0,005"
    return wb


KALIMAT_SPJ: Row = [3.5, None, "Tidak tersusun", "Tersusun tetapi tidak lengkap",
                    "Dokumen lengkap, terlambat 1 - 5 hari kerja", 3.5,
                    "Dokumen lengkap, tepat waktu dan dijadikan rujukan"]
NOISY_240 = 240 * (1 + 2e-15)  # 240.00000000000048: a formula's or a spreadsheet export's binary rounding

BOOKS = {
    "nyata_label_salah_ketik.xlsx": label_salah_ketik,
    "nyata_kategori_cukup_sangat_baik.xlsx": kategori_cukup_sangat_baik,
    "nyata_identitas_dua_baris.xlsx": identitas_dua_baris,
    "nyata_judul_tolok_ukur.xlsx": judul_tolok_ukur,
    "nyata_keterkaitan_rk_baris_pertama.xlsx": keterkaitan_rk_baris_pertama,
    "nyata_nip_tanda_petik.xlsx": nip_tanda_petik,
    "nyata_identitas_nomor_dalam_label.xlsx": identitas_nomor_dalam_label,
    "nyata_identitas_nomor_dalam_label_pangkat_salah.xlsx": lambda: identitas_nomor_dalam_label(
        "Penata Muda, III/c"),
    "nyata_identitas_label_titik_dua.xlsx": identitas_label_titik_dua,
    "nyata_identitas_label_titik_dua_pangkat_salah.xlsx": lambda: identitas_label_titik_dua(
        "Penata Muda, III/c"),
    "nyata_perilaku_salah_ketik.xlsx": perilaku_salah_ketik,
    "nyata_penilaian_total_salah_ketik.xlsx": penilaian_total_salah_ketik,
    "nyata_penilaian_total_salah_ketik_kolom_iki.xlsx": lambda: penilaian_total_salah_ketik(True),
    "nyata_label_identitas_tidak_dikenali.xlsx": label_identitas_tidak_dikenali,
    "nyata_label_identitas_hilang.xlsx": label_identitas_hilang,
    "nyata_kolom_satuan.xlsx": kolom_satuan,
    "nyata_kolom_satuan_kosong.xlsx": kolom_satuan_kosong,
    "nyata_kolom_satuan_pengembangan.xlsx": kolom_satuan_pengembangan,
    "nyata_kategori_baik_rentang_target_terbalik.xlsx": lambda: kolom_satuan_pengembangan(
        ["250 - 230", "dokumen", "< 150", "150 - 199", "200 - 229", "230 - 250", "> 250"]),
    "nyata_iki_waktu_bernama.xlsx": iki_waktu_bernama,
    "nyata_iki_waktu_bersatuan_dokumen.xlsx": iki_waktu_bersatuan_dokumen,
    "nyata_rk_kembar_bernomor.xlsx": rk_kembar_bernomor,
    "nyata_persen_berformat_kategori.xlsx": persen_berformat_kategori,
    "nyata_persen_berformat_kategori_terbalik.xlsx": persen_berformat_kategori_terbalik,
    "nyata_periode_tanggal.xlsx": periode_tanggal,
    "nyata_periode_terpisah.xlsx": periode_terpisah,
    "nyata_periode_garis_miring.xlsx": periode_garis_miring,
    "nyata_periode_terpisah_terbalik.xlsx": periode_terpisah_terbalik,
    "nyata_tanggal_tanda_tangan_terpisah.xlsx": tanggal_tanda_tangan_terpisah,
    "nyata_target_format_satuan.xlsx": target_format_satuan,
    "nyata_target_persen_berformat.xlsx": target_persen_berformat,
    "nyata_target_persen_teks_tanpa_satuan.xlsx": lambda: target_persen_berformat(teks=True),
    "nyata_identitas_dua_kolom_kanan.xlsx": identitas_dua_kolom_kanan,
    "nyata_tambahan_tidak_ada.xlsx": tambahan_tidak_ada,
    "nyata_skp_tahun_lalu_di_depan.xlsx": skp_tahun_lalu_di_depan,
    "nyata_manual_label_titik_dua.xlsx": manual_label_titik_dua,
    "nyata_manual_formula_kosong_dua_kolom.xlsx": lambda: manual_label_titik_dua(formula_kosong=True),
    "nyata_manual_label_salah_ketik.xlsx": lambda: manual_label_titik_dua(salah_ketik={
        (1, "TUJUAN"): "Tujaun", (2, "FORMULA"): "Forumla",
        (3, "DESKRIPSI RENCANA KINERJA"): "Deskirpsi Rencana Kinerja",
    }),
    "nyata_manual_tabel_salah_ketik.xlsx": manual_tabel_salah_ketik,
    "nyata_manual_tabel_baris_kosong.xlsx": manual_tabel_baris_kosong,
    "nyata_manual_tabel_baris_kosong_tujuan_kosong.xlsx": lambda: manual_tabel_baris_kosong(True),
    "nyata_manual_berdampingan.xlsx": manual_berdampingan,
    "nyata_manual_berdampingan_formula_kosong.xlsx": lambda: manual_berdampingan(formula_kosong=True),
    "nyata_tambahan_salah_ketik.xlsx": tambahan_salah_ketik,
    "nyata_periode_salah_ketik.xlsx": periode_salah_ketik,
    "nyata_kategori_sangat_baik_salah_ketik.xlsx": kategori_salah_ketik,
    "nyata_kategori_target_baik_salah_ketik.xlsx": lambda: kategori_salah_ketik("TARGET/BAIK", "TAREGT/BAIK"),
    "nyata_penilaian_capaian_rencana.xlsx": penilaian_capaian_rencana,
    "nyata_penilaian_target_berbeda_capaian_rencana.xlsx": lambda: penilaian_capaian_rencana("10 laporan"),
    "nyata_penilaian_rentang_terbalik.xlsx": lambda: penilaian_capaian_rencana(terbalik=True),
    "nyata_penilaian_iki_rencana_tanpa_baris.xlsx": lambda: penilaian_capaian_rencana(tanpa="waktu"),
    "nyata_penilaian_tambahan_tanpa_baris.xlsx": lambda: penilaian_capaian_rencana(tanpa="tambahan"),
    "nyata_penilaian_triwulan_realisasi_salah_ketik.xlsx": lambda: penilaian_triwulan("REALSIASI"),
    "nyata_penilaian_triwulan_realisasi_salah_ketik_kosong.xlsx": lambda: penilaian_triwulan(
        "REALSIASI", kosong=True),
    "nyata_penilaian_iki_diubah_target_berbeda.xlsx": lambda: penilaian_capaian_rencana(
        "10 laporan", iki_penilaian="Banyaknya laporan keuangan yang disusun setiap bulan"),
    "nyata_penilaian_aspek_asing_waktu.xlsx": lambda: penilaian_capaian_rencana(aspek_waktu="Efektivitas"),
    "nyata_penilaian_aspek_asing_capaian_salah.xlsx": lambda: penilaian_capaian_rencana(
        aspek_waktu="Efektivitas", tertulis=["100 %", "Baik", 109]),
    "nyata_kategori_aspek_asing_menurun.xlsx": lambda: kategori_cukup_sangat_baik("Efektivitas"),
    "nyata_kategori_aspek_kosong_menurun.xlsx": lambda: kategori_cukup_sangat_baik(None),
    "nyata_kategori_target_baik_kosong.xlsx": lambda: kategori_cukup_sangat_baik(target_pertama=None),
    "nyata_tanggal_tepat_di_bawah_tabel.xlsx": tanggal_tepat_di_bawah_tabel,
    "nyata_jpt_judul_kolom_salah_ketik.xlsx": jpt_judul_kolom_salah_ketik,
    "nyata_target_angka_satuan_tanpa_gabungan.xlsx": lambda: target_angka_satuan_tanpa_gabungan(False),
    "nyata_target_angka_satuan_tanpa_gabungan_nomor.xlsx": target_angka_satuan_tanpa_gabungan,
    "lain_pp46.xlsx": pp46,
    "lain_permen6_2022.xlsx": permen6_2022,
    "templat_kosong.xlsx": templat_kosong,
    "templat_teks_pengisi.xlsx": templat_teks_pengisi,
    "templat_pengisi_saja.xlsx": templat_pengisi_saja,
    "templat_pengisi_saja_penilaian.xlsx": templat_pengisi_saja_penilaian,
    "kosong_buku_kerja.xlsx": kosong,
    "nyata_manual_nilai_di_bawah_label.xlsx": manual_nilai_di_bawah_label,
    "nyata_manual_nilai_di_bawah_label_tujuan_kosong.xlsx": lambda: manual_nilai_di_bawah_label(True),
    "nyata_manual_nilai_di_bawah_label_aspek_dibungkus.xlsx": lambda: manual_nilai_di_bawah_label(
        aspek_dibungkus=True),
    "nyata_manual_nilai_di_bawah_label_aspek_dibungkus_tujuan_kosong.xlsx": (
        lambda: manual_nilai_di_bawah_label(True, aspek_dibungkus=True)),
    "nyata_penilaian_jpt_iki_waktu.xlsx": penilaian_jpt_iki_waktu,
    "nyata_penilaian_jpt_iki_waktu_capaian_salah.xlsx": lambda: penilaian_jpt_iki_waktu("105 %"),
    "nyata_matriks_tanpa_label_baris.xlsx": matriks_tanpa_label_baris,
    "nyata_matriks_tanpa_label_baris_tidak_seimbang.xlsx": lambda: matriks_tanpa_label_baris(False),
    "nyata_matriks_nama_nip_satu_sel_tidak_seimbang.xlsx": lambda: matriks_tanpa_label_baris(False, True),
    "nyata_identitas_paragraf.xlsx": identitas_paragraf,
    "nyata_identitas_paragraf_nip_jabatan_salah.xlsx": lambda: identitas_paragraf(
        "19900214 201503 2 04", ""),
    "nyata_tanggal_tanpa_tempat_di_bawah_tabel.xlsx": tanggal_tanpa_tempat_di_bawah_tabel,
    "nyata_label_singkatan.xlsx": label_singkatan,
    "nyata_label_singkatan_target_pangkat_salah.xlsx": lambda: label_singkatan(None, "Penata Muda, III/d"),
    "nyata_pppk_golongan.xlsx": pppk_golongan,
    "nyata_pppk_golongan_nip_pns.xlsx": lambda: pppk_golongan("19910514 201503 2 004"),
    "nyata_pppk_pangkat_strip.xlsx": pppk_pangkat_strip,
    "nyata_pppk_pangkat_strip_nip_pns.xlsx": lambda: pppk_pangkat_strip("19920311 201802 1 006"),
    "nyata_penilaian_target_persen_berformat.xlsx": penilaian_target_persen_berformat,
    "nyata_penilaian_target_persen_berformat_berbeda.xlsx": lambda: penilaian_target_persen_berformat(80),
    "nyata_penilaian_target_pecahan_persen.xlsx": penilaian_target_pecahan_persen,
    "nyata_penilaian_persen_diketik.xlsx": lambda: persen_diketik(penilaian_seratus_persen()),
    "nyata_penilaian_persen_diketik_capaian_salah.xlsx": lambda: persen_diketik(penilaian_seratus_persen(
        "93 %")),
    "nyata_persen_kategori_angka.xlsx": lambda: persen_berformat_kategori(0.95, "76 - 94", "> 95"),
    "nyata_persen_kategori_angka_terbalik.xlsx": lambda: persen_berformat_kategori(0.95, "76 - 94", "> 90"),
    "nyata_persen_seratus_kategori.xlsx": lambda: persen_berformat_kategori(1, "76 - 99", "> 100"),
    "nyata_penilaian_target_pecahan_persen_capaian_salah.xlsx":
        lambda: penilaian_target_pecahan_persen("98 %"),
    "nyata_penilaian_target_pecahan_persen_belum_dinilai.xlsx": lambda: penilaian_target_pecahan_persen(None),
    "nyata_iki_berkode.xlsx": iki_berkode,
    "nyata_iki_berkode_tanpa_satuan.xlsx": lambda: iki_berkode("12"),
    "nyata_sumber_data_matriks.xlsx": sumber_data_matriks,
    "nyata_periode_tanggal_berjarak.xlsx": periode_tanggal_berjarak,
    "nyata_periode_tanggal_berjarak_jauh.xlsx": lambda: periode_tanggal_berjarak(3),
    "nyata_target_terbilang.xlsx": target_terbilang,
    "nyata_target_terbilang_rentang_terbalik.xlsx": lambda: target_terbilang(
        "240 (dua ratus empat puluh) - 200 (dua ratus) dokumen"),
    "nyata_identitas_tak_terlihat.xlsx": identitas_tak_terlihat,
    "nyata_identitas_tak_terlihat_jabatan_kosong.xlsx": lambda: identitas_tak_terlihat("\u200b"),
    "nyata_identitas_galat_rumus_teks.xlsx": identitas_galat_rumus_teks,
    "nyata_target_tak_terlihat.xlsx": lambda: kategori_cukup_sangat_baik(target_pertama="12\u200b laporan"),
    # a target with a word before its number (as ``uptime 99,5 %``, from benchmarks/nyata_bm), SANGAT BAIK
    # above it, or written as the target itself
    "nyata_target_berawalan_kata.xlsx": lambda: kategori_cukup_sangat_baik(
        target_pertama="LKPD 12 laporan", sangat_baik_pertama="> 12 laporan"),
    "nyata_target_berawalan_kata_sangat_baik_sama.xlsx": lambda: kategori_cukup_sangat_baik(
        target_pertama="LKPD 12 laporan", sangat_baik_pertama="LKPD 12  laporan"),
    "nyata_target_tak_terlihat_sangat_baik_sama.xlsx": lambda: kategori_cukup_sangat_baik(
        target_pertama="12\u200b laporan", sangat_baik_pertama="12 laporan"),
    "nyata_keterkaitan_rk_beda_wilayah.xlsx": lambda: keterkaitan_rk_beda_wilayah(True),
    "nyata_keterkaitan_rk_beda_wilayah_tanpa_butir.xlsx": keterkaitan_rk_beda_wilayah,
    "nyata_kategori_kalimat.xlsx": lambda: kolom_satuan_pengembangan(KALIMAT_SPJ, "Indeks kelengkapan SPJ"),
    "nyata_kategori_kalimat_sangat_baik_sama.xlsx": lambda: kolom_satuan_pengembangan(
        [*KALIMAT_SPJ[:6], 3.5], "Indeks kelengkapan SPJ"),
    "nyata_target_sisa_pecahan_biner.xlsx": lambda: kolom_satuan_pengembangan(
        [NOISY_240, "dokumen", "< 150", "150 - 199", "200 - 239", 240, "> 240"]),
    "nyata_target_sisa_pecahan_biner_sangat_baik_sama.xlsx": lambda: kolom_satuan_pengembangan(
        [NOISY_240, "dokumen", "< 150", "150 - 199", "200 - 239", 240, 240]),
    "nyata_penilaian_kategori_singkatan.xlsx": lambda: penilaian_bacaan(
        {"k1": [11, "92 %", "C", 82], "q1": ["90 %", "100 %", "B", 109],
         "k2": [264, "110 %", "Baik Sekali", 120],
         "t1": [1, "100 %", "B", 109]}),
    "nyata_penilaian_kategori_singkatan_salah.xlsx": lambda: penilaian_bacaan({"k1": [11, "92 %", "SB", 82]}),
    "nyata_penilaian_nilai_capaian_tak_dibulatkan.xlsx": lambda: penilaian_bacaan(
        {"k1": ["10,5", "87,5 %", "Cukup", "77,5"]}),
    "nyata_penilaian_nilai_capaian_tak_dibulatkan_salah.xlsx": lambda: penilaian_bacaan(
        {"k1": ["10,5", "87,5 %", "Cukup", 75]}),
    "nyata_penilaian_realisasi_pecahan_persen.xlsx": lambda: penilaian_bacaan(
        {"q1": [0.84, "93 %", "Cukup", 83]}),
    "nyata_penilaian_realisasi_pecahan_persen_capaian_salah.xlsx": lambda: penilaian_bacaan(
        {"q1": [0.84, "98 %", "Cukup", 83]}),
    "nyata_penilaian_predikat_bobot_60_40.xlsx": lambda: penilaian_bacaan(
        {"k2": [220, "92 %", "Cukup", 82]}, "99,72", "Butuh Perbaikan", 70, nilai_kinerja="87,83"),
    "nyata_penilaian_predikat_bobot_60_40_salah.xlsx": lambda: penilaian_bacaan(
        {"k2": [220, "92 %", "Cukup", 82]}, "99,72", "Kurang", 70, nilai_kinerja="87,83"),
    "nyata_penilaian_predikat_bobot_60_40_tanpa_nilai_kinerja.xlsx": lambda: penilaian_bacaan(
        {"k2": [220, "92 %", "Cukup", 82]}, "99,72", "Butuh Perbaikan", 70),
    "nyata_penilaian_predikat_sangat_baik.xlsx": lambda: penilaian_bacaan(None, "113,22", "Sangat Baik", 115),
    "nyata_penilaian_predikat_sangat_baik_tanpa_ide.xlsx": lambda: penilaian_bacaan(
        None, "113,22", "Sangat Baik", 115, "Tidak"),
    "nyata_penilaian_jpt_bobot_urutan.xlsx": penilaian_jpt_bobot_urutan,
    "nyata_penilaian_jpt_bobot_urutan_salah.xlsx": lambda: penilaian_jpt_bobot_urutan("112,40"),
    "nyata_penilaian_predikat_di_perilaku.xlsx": lambda: penilaian_bacaan(
        None, "113,22", "Baik", 100, nilai_kinerja="109,25", di_perilaku=True),
    "nyata_penilaian_predikat_di_perilaku_salah.xlsx": lambda: penilaian_bacaan(
        None, "113,22", "Kurang", 100, nilai_kinerja="109,25", di_perilaku=True),
    "nyata_penilaian_predikat_di_perilaku_label_salah_ketik.xlsx": lambda: penilaian_bacaan(
        None, "113,22", "Baik", 100, nilai_kinerja="109,25", di_perilaku=True,
        predikat_label="PREDKIAT KINERJA PEGAWAI"),
    "nyata_penilaian_predikat_di_perilaku_label_salah_ketik_salah.xlsx": lambda: penilaian_bacaan(
        None, "113,22", "Kurang", 100, nilai_kinerja="109,25", di_perilaku=True,
        predikat_label="PREDKIAT KINERJA PEGAWAI"),
    "nyata_penilaian_total_salah_ketik_di_realisasi.xlsx": lambda: penilaian_bacaan(
        None, "113,22", "Sangat Baik", 115, "Ya", utama_label="NILAI KINREJA UTAMA"),
    "nyata_penilaian_total_salah_ketik_di_realisasi_salah.xlsx": lambda: penilaian_bacaan(
        None, "113,22", "Kurang", 115, "Ya", utama_label="NILAI KINREJA UTAMA"),
    "nyata_penilaian_predikat_salah_ketik.xlsx": lambda: penilaian_bacaan(
        None, "113,22", "Biak", 100, nilai_kinerja="109,25", di_perilaku=True),
    "nyata_penilaian_predikat_salah_ketik_salah.xlsx": lambda: penilaian_bacaan(
        None, "113,22", "Kurnag", 100, nilai_kinerja="109,25", di_perilaku=True),
    "nyata_penilaian_perilaku_kata.xlsx": lambda: penilaian_bacaan(None, "113,22", "Baik", 83, kata="Baik"),
    "nyata_penilaian_perilaku_kata_predikat_salah.xlsx": lambda: penilaian_bacaan(
        None, "113,22", "Kurang", 83, kata="Baik"),
    "nyata_penilaian_tertimbang_dibulatkan.xlsx": penilaian_tertimbang_dibulatkan,
    "nyata_penilaian_tertimbang_dibulatkan_salah.xlsx": lambda: penilaian_tertimbang_dibulatkan("108,90"),
    "nyata_penilaian_jpt_realisasi_pecahan.xlsx": lambda: penilaian_jpt_bobot_urutan(None, pecahan="Cukup"),
    "nyata_penilaian_jpt_realisasi_pecahan_kategori_salah.xlsx": lambda: penilaian_jpt_bobot_urutan(
        None, pecahan="Sangat Baik"),
    "nyata_penilaian_jpt_ringkasan_bobot.xlsx": lambda: penilaian_jpt_bobot_urutan(ringkasan=True),
    "nyata_penilaian_jpt_ringkasan_bobot_salah.xlsx": lambda: penilaian_jpt_bobot_urutan("112,40", True),
    "nyata_baris_jumlah_di_bawah_tabel.xlsx": baris_jumlah_di_bawah_tabel,
    "nyata_baris_jumlah_di_bawah_tabel_target_kosong.xlsx": lambda: baris_jumlah_di_bawah_tabel(
        target_kedua=None),
    "nyata_baris_total_di_bawah_tabel.xlsx": lambda: baris_jumlah_di_bawah_tabel("5", label="Total"),
    "nyata_iki_jumlah_tanpa_aspek.xlsx": iki_jumlah_tanpa_aspek,
}


def main() -> None:
    for name, build in BOOKS.items():
        build().save(HERE / name)
    (HERE / "lain_halaman_web.xls").write_text(HTML, encoding="utf-8")


if __name__ == "__main__":
    main()
