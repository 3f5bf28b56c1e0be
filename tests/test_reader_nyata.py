"""What agencies really send (SPEC §3.10), read honestly: near-words placed, unplaced labels reported once
and not judged, other regimes and unfilled templates named. Workbooks from ``tests/data/make_nyata.py``."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from skp.config import Config
from skp.findings import Finding, Severity
from skp.guard import judged
from skp.periksa import check_path
from skp.reading.grid import SheetGrid, WorkbookGrid
from skp.reading.reader import read_document
from skp.reading.rules import reading_rules

DATA = Path(__file__).parent / "data"

EXPECTED = {
    "nyata_label_salah_ketik.xlsx": ("ja-dasar", set()),
    "nyata_kategori_cukup_sangat_baik.xlsx": ("ja-pengembangan", set()),
    "nyata_identitas_dua_baris.xlsx": ("ja-dasar", set()),
    "nyata_judul_tolok_ukur.xlsx": ("ja-dasar", {("judul-tidak-dikenali", "SKP", "E12")}),
    "nyata_label_identitas_tidak_dikenali.xlsx": (
        "ja-dasar",
        {("judul-tidak-dikenali", "SKP", "B7"), ("identitas-kosong", "SKP", "G9")},
    ),
    "nyata_label_identitas_hilang.xlsx": ("ja-dasar", {("identitas-kosong", "SKP", "C9")}),
    # "3. Pangkat/Gol": the number in the label's cell does not hide the label it starts with
    "nyata_identitas_nomor_dalam_label.xlsx": ("ja-dasar", set()),
    # the apostrophe that keeps an NIP text, left in the cell, is no part of the NIP
    "nyata_nip_tanda_petik.xlsx": ("ja-dasar", set()),
    # a long RK named in the Keterkaitan AK by its first line is linked; the RK with no butir still is not
    "nyata_keterkaitan_rk_baris_pertama.xlsx": ("jf-dasar", {("rk-tanpa-butir-kegiatan", "SKP", "C18")}),
    "nyata_identitas_nomor_dalam_label_pangkat_salah.xlsx": (
        "ja-dasar", {("pangkat-tidak-dikenal", "SKP", "B7")}),
    # "Komimten": the behaviour score beside a misspelt label is read, so the wrong predikat is still found
    "nyata_perilaku_salah_ketik.xlsx": ("ja-dasar", {
        ("capaian-tidak-sesuai", "Penilaian", "L6"), ("capaian-tidak-sesuai", "Penilaian", "J7"),
        ("capaian-tidak-sesuai", "Penilaian", "M14"), ("predikat-tidak-sesuai", "Penilaian", "M15")}),
    # "NIALI AKHIR SKP", "PREDKIAT KINERJA PEGAWAI": the totals beside misspelt labels are still checked
    "nyata_penilaian_total_salah_ketik.xlsx": ("ja-dasar", {
        ("capaian-tidak-sesuai", "Penilaian", "L6"), ("capaian-tidak-sesuai", "Penilaian", "J7"),
        ("capaian-tidak-sesuai", "Penilaian", "M14"), ("predikat-tidak-sesuai", "Penilaian", "M15")}),
    "nyata_penilaian_total_salah_ketik_kolom_iki.xlsx": ("ja-dasar", {
        ("capaian-tidak-sesuai", "Penilaian", "L6"), ("capaian-tidak-sesuai", "Penilaian", "J7"),
        ("capaian-tidak-sesuai", "Penilaian", "M14"), ("predikat-tidak-sesuai", "Penilaian", "M15")}),
    # "Pangkat / Gol. :": a label cut short that ends in a colon is placed, its value beside it read
    "nyata_identitas_label_titik_dua.xlsx": ("ja-dasar", set()),
    "nyata_identitas_label_titik_dua_pangkat_salah.xlsx": (
        "ja-dasar", {("pangkat-tidak-dikenal", "SKP", "B7")}),
    "nyata_kolom_satuan.xlsx": ("ja-dasar", set()),
    "nyata_kolom_satuan_kosong.xlsx": ("ja-dasar", {("target-tanpa-satuan", "SKP", "F17")}),
    "nyata_kolom_satuan_pengembangan.xlsx": ("ja-pengembangan", set()),
    "nyata_iki_waktu_bernama.xlsx": ("ja-dasar", set()),
    "nyata_iki_waktu_bersatuan_dokumen.xlsx": ("ja-dasar", {("satuan-tidak-sesuai-aspek", "SKP", "F18")}),
    "nyata_rk_kembar_bernomor.xlsx": ("ja-dasar", {("rk-ganda", "SKP", "C17")}),
    # a target whose number follows a word (``LKPD 12 laporan``): a SANGAT BAIK written as the target itself
    # is no band, and still does not separate
    "nyata_target_berawalan_kata.xlsx": ("ja-pengembangan", set()),
    "nyata_target_berawalan_kata_sangat_baik_sama.xlsx": ("ja-pengembangan", {
        ("kategori-tidak-membedakan", "SKP", "H15")}),
    # targets followed by their number in words (``12 (dua belas) laporan``), a range so written read as one,
    # reversed or not
    # IKI texts opened by a Renstra code in brackets: ``[IKU-1] Persentase …`` is still a percentage, which
    # needs no satuan; a bare count still does
    "nyata_iki_berkode.xlsx": ("ja-dasar", set()),
    "nyata_iki_berkode_tanpa_satuan.xlsx": ("ja-dasar", {("target-tanpa-satuan", "SKP", "F14")}),
    # a SUMBER DATA naming the Matriks inside the plan is no Matriks block under it
    "nyata_sumber_data_matriks.xlsx": ("ja-pengembangan", set()),
    # a period of two date cells with an empty spacer column before ``s.d.``, or three (pieces spread under
    # the table's columns): one period
    "nyata_periode_tanggal_berjarak.xlsx": ("ja-dasar", set()),
    "nyata_periode_tanggal_berjarak_jauh.xlsx": ("ja-dasar", set()),
    "nyata_target_terbilang.xlsx": ("ja-dasar", set()),
    "nyata_target_terbilang_rentang_terbalik.xlsx": ("ja-dasar", {("target-rentang-terbalik", "SKP", "F17")}),
    "nyata_persen_berformat_kategori.xlsx": ("ja-pengembangan", set()),
    # a target typed as 95 % (0,95 in a percent cell) beside kategori written as bare numbers of the same
    # percent (``76 - 94``, ``> 95``), and a 100 % so typed (the number 1): the reviewer sees 95 % and 100 %
    "nyata_persen_kategori_angka.xlsx": ("ja-pengembangan", set()),
    "nyata_persen_kategori_angka_terbalik.xlsx": ("ja-pengembangan", {
        ("kategori-tidak-membedakan", "SKP", "H16")}),
    "nyata_persen_seratus_kategori.xlsx": ("ja-pengembangan", set()),
    "nyata_persen_berformat_kategori_terbalik.xlsx": (
        "ja-pengembangan", {("kategori-tidak-berurutan", "SKP", "G16")}),
    "nyata_periode_tanggal.xlsx": ("ja-dasar", set()),
    "nyata_tanggal_tanda_tangan_terpisah.xlsx": ("ja-dasar", set()),
    "nyata_periode_terpisah.xlsx": ("ja-dasar", set()),
    "nyata_periode_garis_miring.xlsx": ("ja-dasar", set()),
    "nyata_periode_terpisah_terbalik.xlsx": ("ja-dasar", {("periode-tidak-valid", "SKP", "B3")}),
    "nyata_target_format_satuan.xlsx": ("ja-dasar", set()),
    "nyata_baris_jumlah_di_bawah_tabel.xlsx": ("ja-dasar", set()),
    "nyata_baris_jumlah_di_bawah_tabel_target_kosong.xlsx": (
        "ja-dasar", {("iki-tanpa-target", "SKP", "F15")}),
    "nyata_baris_total_di_bawah_tabel.xlsx": ("ja-dasar", set()),
    "nyata_iki_jumlah_tanpa_aspek.xlsx": (
        "ja-dasar", {("aspek-tidak-valid", "SKP", "D15"), ("target-tanpa-satuan", "SKP", "F15")}),
    "nyata_target_persen_berformat.xlsx": ("ja-dasar", set()),
    "nyata_target_persen_teks_tanpa_satuan.xlsx": ("ja-dasar", {("target-tanpa-satuan", "SKP", "F15")}),
    "nyata_tambahan_tidak_ada.xlsx": ("ja-dasar", set()),
    "nyata_skp_tahun_lalu_di_depan.xlsx": ("ja-dasar", {("iki-tanpa-target", "SKP 2025", "F15")}),
    "nyata_identitas_dua_kolom_kanan.xlsx": ("ja-dasar", {("identitas-kosong", "SKP", "D13")}),
    "nyata_manual_label_titik_dua.xlsx": ("jpt-dasar", set()),
    "nyata_manual_formula_kosong_dua_kolom.xlsx": ("jpt-dasar", {("manual-iki-kosong", "Manual IKI", "D21")}),
    # one typo in one label (SPEC §3.10): placed as a near-word wherever labels are read, never an error
    "nyata_manual_label_salah_ketik.xlsx": ("jpt-dasar", set()),
    "nyata_manual_tabel_salah_ketik.xlsx": ("jpt-dasar", set()),
    # the same table with a blank row under each IKI row: the rows after a blank one are still the Manual's,
    # the signatures under it are not (found by benchmarks/gangguan.py baris-kosong-bernomor on nyata_as)
    "nyata_manual_tabel_baris_kosong.xlsx": ("jpt-dasar", set()),
    "nyata_manual_tabel_baris_kosong_tujuan_kosong.xlsx": (
        "jpt-dasar", {("manual-iki-kosong", "Manual IKI", "G14")}),
    # Manual IKI blocks printed two abreast: each column of labels is its own stack of blocks
    "nyata_manual_berdampingan.xlsx": ("jpt-dasar", set()),
    "nyata_manual_berdampingan_formula_kosong.xlsx": (
        "jpt-dasar", {("manual-iki-kosong", "Manual IKI", "G8")}),
    "nyata_tambahan_salah_ketik.xlsx": ("ja-dasar", set()),
    "nyata_periode_salah_ketik.xlsx": ("ja-dasar", set()),
    "nyata_kategori_sangat_baik_salah_ketik.xlsx": ("ja-pengembangan", set()),
    "nyata_kategori_target_baik_salah_ketik.xlsx": ("ja-pengembangan", set()),
    "nyata_penilaian_capaian_rencana.xlsx": ("ja-dasar", set()),
    # the target copied wrongly is the one error: the capaian beside it follows the fixed plan (SPEC §7)
    "nyata_penilaian_target_berbeda_capaian_rencana.xlsx": (
        "ja-dasar", {("target-penilaian-berbeda", "Penilaian", "F9")}),
    # a reversed range is the error; no capaian computed from it is sure enough to call the written one wrong
    "nyata_penilaian_rentang_terbalik.xlsx": ("ja-dasar", {("target-rentang-terbalik", "SKP", "F15")}),
    # an IKI of the plan with no row on the Penilaian sheet (rows inserted on the SKP sheet only) has no
    # realisasi: reported at the IKI on the SKP sheet, the one place it stands; Kinerja Tambahan left out
    # of a Penilaian is left to the reviewer
    "nyata_penilaian_iki_rencana_tanpa_baris.xlsx": ("ja-dasar", {("realisasi-kosong", "SKP", "E16")}),
    "nyata_penilaian_tambahan_tanpa_baris.xlsx": ("ja-dasar", set()),
    # the IKI reworded in the Penilaian sheet is still the one Kuantitas IKI of its RK: its target copied
    # wrongly is the error, not the capaian computed against the plan
    "nyata_penilaian_iki_diubah_target_berbeda.xlsx": (
        "ja-dasar", {("target-penilaian-berbeda", "Penilaian", "F9")}),
    # REALSIASI (a typo) is the year's realisasi, not the merged REALISASI PER TRIWULAN over the quarters
    "nyata_penilaian_triwulan_realisasi_salah_ketik.xlsx": ("ja-dasar", set()),
    "nyata_penilaian_triwulan_realisasi_salah_ketik_kosong.xlsx": (
        "ja-dasar", {("realisasi-kosong", "Penilaian", "K11")}),
    # an aspek none of the four is the error; the time IKI's thresholds and capaian, following the time
    # direction, are not called wrong on top of it; a capaian wrong in both directions still is
    "nyata_kategori_aspek_asing_menurun.xlsx": ("ja-pengembangan", {("aspek-tidak-valid", "SKP", "D16")}),
    # the time IKI's aspek left empty: aspek-tidak-valid says it once; its falling thresholds are not also
    # kategori-tidak-berurutan, since without an aspek the direction is unknown
    "nyata_kategori_aspek_kosong_menurun.xlsx": ("ja-pengembangan", {("aspek-tidak-valid", "SKP", "D16")}),
    # no BAIK column and no target: the missing target is the one error, not a missing kategori besides
    "nyata_kategori_target_baik_kosong.xlsx": ("ja-pengembangan", {("iki-tanpa-target", "SKP", "F15")}),
    # a range target written reversed is the one error; its BAIK, written in order, is the same range
    "nyata_kategori_baik_rentang_target_terbalik.xlsx": (
        "ja-pengembangan", {("target-rentang-terbalik", "SKP", "F17")}),
    "nyata_penilaian_aspek_asing_waktu.xlsx": ("ja-dasar", {("aspek-tidak-valid", "SKP", "D16")}),
    "nyata_penilaian_aspek_asing_capaian_salah.xlsx": ("ja-dasar", {
        ("aspek-tidak-valid", "SKP", "D16"), ("capaian-tidak-sesuai", "Penilaian", "H11"),
        ("capaian-tidak-sesuai", "Penilaian", "I11"), ("capaian-tidak-sesuai", "Penilaian", "J11")}),
    # "Bantul, 2 Januari 2025" in the IKI column straight under the table opens the signature area
    "nyata_tanggal_tepat_di_bawah_tabel.xlsx": ("ja-dasar", set()),
    "nyata_target_angka_satuan_tanpa_gabungan.xlsx": ("ja-dasar", set()),
    # every header misspelt: read as the JPT plan it is (its Manual IKI is missing, rightly reported)
    "nyata_jpt_judul_kolom_salah_ketik.xlsx": ("jpt-dasar", {
        ("manual-iki-kosong", "SKP", "C14"), ("manual-iki-kosong", "SKP", "C15"),
        ("manual-iki-kosong", "SKP", "C16"),
    }),
    "nyata_target_angka_satuan_tanpa_gabungan_nomor.xlsx": ("ja-dasar", set()),
    # each party's identity as one paragraph cell of "Label: value" lines: every line is its field, and a
    # finding points at the paragraph (an empty "Jabatan:" line too), never at a cell beside it
    "nyata_identitas_paragraf.xlsx": ("ja-dasar", set()),
    "nyata_identitas_paragraf_nip_jabatan_salah.xlsx": (
        "ja-dasar", {("nip-tidak-valid", "SKP", "B6"), ("identitas-kosong", "SKP", "F6")}),
    # the signature date without its place, alone under the table after a blank row, ends the table
    "nyata_tanggal_tanpa_tempat_di_bawah_tabel.xlsx": ("ja-dasar", set()),
    # labels with abbreviated words (Pgkt/Gol, Renc. Kinerja, Ind. Kinerja Individu) are placed, so what
    # stands under them is checked
    "nyata_label_singkatan.xlsx": ("ja-dasar", set()),
    "nyata_label_singkatan_target_pangkat_salah.xlsx": (
        "ja-dasar", {("iki-tanpa-target", "SKP", "F15"), ("pangkat-tidak-dikenal", "SKP", "G8")}),
    # from benchmarks/nyata_l: a PPPK (21 in the NIP's TMT month) writes a PPPK golongan, no PP 99/2000
    # pangkat; with a PNS NIP the same "Golongan IX" is still unknown
    "nyata_pppk_golongan.xlsx": ("ja-dasar", set()),
    "nyata_pppk_golongan_nip_pns.xlsx": ("ja-dasar", {("pangkat-tidak-dikenal", "SKP", "C8")}),
    # a PPPK leaves PANGKAT/GOL RUANG as "-" (no pangkat of PP 99/2000): not empty; a PNS's "-" is
    "nyata_pppk_pangkat_strip.xlsx": ("ja-dasar", set()),
    "nyata_pppk_pangkat_strip_nip_pns.xlsx": ("ja-dasar", {("identitas-kosong", "SKP", "C8")}),
    # a plan target in a %-formatted cell (0,9 shown 90 %) retyped as 90 in the Penilaian sheet is the same
    # target; 80 is not, and the capaian written against the plan's 90 % is right
    "nyata_penilaian_target_persen_berformat.xlsx": ("ja-dasar", set()),
    # "100%" typed into a cell is the whole number 1 in a percent format: read as Excel shows it, 100 %, the
    # maximal target met (Sangat Baik, 120), not a count of 1; a capaian written wrong is still caught
    "nyata_penilaian_persen_diketik.xlsx": ("ja-dasar", set()),
    "nyata_penilaian_persen_diketik_capaian_salah.xlsx": ("ja-dasar", {
        ("capaian-tidak-sesuai", "Penilaian", "H10"), ("capaian-tidak-sesuai", "Penilaian", "I10"),
        ("capaian-tidak-sesuai", "Penilaian", "J10")}),
    "nyata_penilaian_target_persen_berformat_berbeda.xlsx": (
        "ja-dasar", {("target-penilaian-berbeda", "Penilaian", "F10")}),
    # a target carrying binary noise (240.00000000000048, shown 240) is its BAIK 240 and below "> 240";
    # a SANGAT BAIK of 240 still fails to separate
    "nyata_target_sisa_pecahan_biner.xlsx": ("ja-pengembangan", set()),
    "nyata_target_sisa_pecahan_biner_sangat_baik_sama.xlsx": (
        "ja-pengembangan", {("kategori-tidak-membedakan", "SKP", "L17")}),
    # invisible characters (zero-width space, byte-order mark) in labels and values are no part of them: a
    # cell holding only one is empty, and "12\u200b laporan" is 12 laporan, its SANGAT BAIK "12 laporan"
    "nyata_identitas_tak_terlihat.xlsx": ("ja-dasar", set()),
    "nyata_identitas_tak_terlihat_jabatan_kosong.xlsx": ("ja-dasar", {("identitas-kosong", "SKP", "G9")}),
    # a lookup's error kept as the text "#N/A" (values pasted or exported without formulas) fills nothing
    "nyata_identitas_galat_rumus_teks.xlsx": ("ja-dasar", {("identitas-kosong", "SKP", "G9")}),
    "nyata_target_tak_terlihat.xlsx": ("ja-pengembangan", set()),
    "nyata_target_tak_terlihat_sangat_baik_sama.xlsx": (
        "ja-pengembangan", {("kategori-tidak-membedakan", "SKP", "H15")}),
    # an annex text equal to one RK names that RK alone, not also the RK told apart by one kecamatan's name
    "nyata_keterkaitan_rk_beda_wilayah.xlsx": ("jf-dasar", set()),
    "nyata_keterkaitan_rk_beda_wilayah_tanpa_butir.xlsx": (
        "jf-dasar", {("rk-tanpa-butir-kegiatan", "SKP", "C18")}),
    # a kategori written as a sentence ("Dokumen lengkap, terlambat 1 - 5 hari kerja") is qualitative: its
    # "1 - 5" is no band around the unitless target 3,5; a SANGAT BAIK of 3,5 still fails to separate
    "nyata_kategori_kalimat.xlsx": ("ja-pengembangan", set()),
    "nyata_kategori_kalimat_sangat_baik_sama.xlsx": (
        "ja-pengembangan", {("kategori-tidak-membedakan", "SKP", "L17")}),
    "lain_pp46.xlsx": (None, {("format-lain", None, None)}),
    "lain_permen6_2022.xlsx": (None, {("format-lain", None, None)}),
    "lain_halaman_web.xls": (None, {("berkas-rusak", None, None)}),
    "templat_kosong.xlsx": ("ja-dasar", {("templat-belum-diisi", None, None)}),
    "templat_teks_pengisi.xlsx": ("ja-dasar", {("templat-belum-diisi", None, None)}),
    "templat_pengisi_saja.xlsx": ("ja-dasar", {("templat-belum-diisi", None, None)}),
    "kosong_buku_kerja.xlsx": (None, {("bukan-skp", None, None)}),
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_workbook_gives_exactly_its_findings_and_form(name: str, config: Config) -> None:
    report, _ = check_path(DATA / name, config)
    assert (report.form, set(report.flatten())) == EXPECTED[name]


def test_total_row_under_the_table_ends_it(config: Config) -> None:
    """``JUMLAH IKI | … | 5`` under the table (a web export's count whose formula a later save filled in)
    ends the table by ``pembacaan.label_baris_jumlah``; with the list emptied it is read as an IKI again."""
    _, document = check_path(DATA / "nyata_baris_jumlah_di_bawah_tabel.xlsx", config)
    assert [len(rk.iki) for rk in document.rencana] == [3, 1, 1]
    off = Config(rules={"pembacaan": {"label_baris_jumlah": []}})
    report, _ = check_path(DATA / "nyata_baris_jumlah_di_bawah_tabel.xlsx", off)
    assert set(report.flatten()) == {("aspek-tidak-valid", "SKP", "D20"), ("iki-tanpa-target", "SKP", "F20")}


def test_near_words_are_placed_and_recorded_as_fuzzy(config: Config) -> None:
    _, document = check_path(DATA / "nyata_label_salah_ketik.xlsx", config)
    placed = {label.key: (label.cell, label.written, label.how) for label in document.labels}
    assert placed["iki"] == ("E12", "INDIKATOR KERJA INDIVIDU", "fuzzy")
    assert placed["pegawai.pangkat"] == ("B8", "PANGKA/GOL. RUANG", "fuzzy")
    assert placed["penilai.jabatan"] == ("F9", "JABATN", "fuzzy")
    assert placed["pegawai.nama"][2] == placed["pegawai.nip"][2] == "exact"
    assert all(label.score >= 88 for label in document.labels)
    assert document.penilai.nama == "Hendra Gunawan, S.E., M.M."  # PEJABAT PENILAI KERJA is the block
    assert document.column_placed("iki") and not document.column_unreadable("iki")
    periode = document.periode
    assert (periode.raw, periode.cells["periode"]) == ("1 JANUARI SD 31 DESEMBER 2025", "E3")


def test_kategori_subset_target_stands_for_baik(config: Config) -> None:
    _, document = check_path(DATA / "nyata_kategori_cukup_sangat_baik.xlsx", config)
    kategori = document.rencana[0].iki[0].kategori
    levels = (kategori.cukup, kategori.baik, kategori.sangat_baik)
    assert levels == ("10 - 11 laporan", "12 laporan", "> 12 laporan")
    assert kategori.baik_dari_target and kategori.cells["baik"] == "F15"
    assert not document.column_placed("kategori_baik") and document.column_placed("kategori_cukup")
    assert [len(rk.iki) for rk in document.rencana] == [2, 1, 1]
    assert document.rencana[0].cara_memantau.sumber_data == "Arsip laporan keuangan; Agenda surat keluar"
    assert {label.key for label in document.labels} >= {"target", "cm_sumber_data"}


def test_identity_on_two_lines_and_periode_under_its_label(config: Config) -> None:
    _, document = check_path(DATA / "nyata_identitas_dua_baris.xlsx", config)
    assert document.pegawai.unit_kerja == "Subbagian Keuangan Sekretariat Dinas Pendidikan"
    assert document.penilai.unit_kerja == "Sekretariat Dinas Pendidikan Kabupaten Bantul"
    periode = document.periode
    assert (periode.raw, periode.cells["periode"]) == ("1 JANUARI SD 31 DESEMBER 2025", "A4")


def test_unplaced_column_is_recorded_with_its_nearest_label(config: Config) -> None:
    _, document = check_path(DATA / "nyata_judul_tolok_ukur.xlsx", config)
    [label] = document.unplaced
    assert (label.key, label.cell, label.written, label.nearest) == (
        "iki", "E12", "TOLOK UKUR", "INDIKATOR KINERJA INDIVIDU")
    assert document.column_unreadable("iki") and not document.column_placed("iki")


def test_short_labels_never_swap(config: Config) -> None:
    """NAMA/NIP and NO/NIP are never placed by similarity: a block with "NAM" and "NPI" places neither."""
    rows = [
        ["SASARAN KINERJA PEGAWAI"], ["PERIODE PENILAIAN: 1 JANUARI SD 31 DESEMBER 2025"],
        ["NO", "PEGAWAI YANG DINILAI"],
        [1, "NAM", "Dewi"], [2, "NPI", "19900214 201503 2 004"],
        [3, "PANGKAT/GOL RUANG", "Penata, III/c"], [4, "JABATAN", "Analis"], [5, "UNIT KERJA", "Subbag"],
        [],
        ["NO", "RENCANA KINERJA", "ASPEK", "INDIKATOR KINERJA INDIVIDU", "TARGET"],
        [1, "Laporan tersusun", "Kuantitas", "Jumlah laporan", "12 laporan"],
    ]
    document = read_document(WorkbookGrid([SheetGrid("SKP", rows)]), config)
    assert (document.pegawai.nama, document.pegawai.nip) == (None, None)
    assert {u.key: u.cell for u in document.unplaced} == {"pegawai.nama": "B4", "pegawai.nip": "B5"}


def test_thresholds_are_configuration(config: Config) -> None:
    """With a stricter similarity the typo is no longer placed: the threshold is data, not code."""
    strict = Config(rules={**config.rules, "pembacaan": {
        **config.rules["pembacaan"], "pencocokan_label": {"kemiripan_minimum": 99}}})
    _, document = check_path(DATA / "nyata_label_salah_ketik.xlsx", strict)
    assert not document.column_placed("iki")


def test_a_header_beside_a_complete_column_never_stands_for_a_missing_one(config: Config) -> None:
    """SATUAN right of TARGET, with the RK atasan column deleted: an extra header, not the RK atasan's."""
    rows = [
        ["SASARAN KINERJA PEGAWAI"], ["PERIODE PENILAIAN: 1 JANUARI SD 31 DESEMBER 2025"],
        ["NO", "RENCANA KINERJA", "ASPEK", "INDIKATOR KINERJA INDIVIDU", "TARGET", "SATUAN"],
        [1, "Laporan tersusun", "Kuantitas", "Jumlah laporan", 12, "laporan"],
    ]
    document = read_document(WorkbookGrid([SheetGrid("SKP", rows)]), config)
    assert (document.form, document.unplaced) == ("ja-dasar", [])


def test_the_guard_drops_any_finding_under_an_unplaced_header(config: Config) -> None:
    """One guard for every check, those of other modules included: by code and by cell."""
    _, document = check_path(DATA / "nyata_judul_tolok_ukur.xlsx", config)
    by_code = reading_rules(config).temuan_menurut_kolom

    def finding(code: str, cell: str) -> Finding:
        return Finding(code=code, severity=Severity.ERROR, sheet="SKP", cell=cell, message="-")

    assert not judged(finding("kode-baru", "E14"), document, by_code)  # under TOLOK UKUR
    assert judged(finding("kode-baru", "D14"), document, by_code)  # the ASPEK column, read
    assert not judged(finding("rk-tanpa-iki", "C14"), document, by_code)  # depends on the IKI column


def test_a_satuan_column_beside_target_completes_the_target(config: Config) -> None:
    """TARGET | SATUAN on the plan and on the Penilaian sheet reads as "12 laporan", cell the target's."""
    _, document = check_path(DATA / "nyata_kolom_satuan.xlsx", config)
    iki = [iki for rk in document.rencana for iki in rk.iki]
    assert [(i.target.raw, i.target.satuan, i.cell("target")) for i in iki if i.target] == [
        ("12 laporan", "laporan", "F14"), ("90 %", "%", "F15"), ("12 bulan", "bulan", "F16"),
        ("240 dokumen", "dokumen", "F17"), ("1 sertifikat", "sertifikat", "F19")]
    assert document.penilaian is not None
    assert [(r.target.raw, r.cells["target"]) for r in document.penilaian.rows if r.target] == [
        ("12 laporan", "D5"), ("90 %", "D6"), ("12 bulan", "D7"), ("240 dokumen", "D8"),
        ("1 sertifikat", "D10")]
    placed = {label.key: (label.cell, label.written) for label in document.labels}
    assert placed["target_satuan"] == ("G12", "SATUAN")


def test_an_empty_satuan_cell_invents_no_unit(config: Config) -> None:
    _, document = check_path(DATA / "nyata_kolom_satuan_kosong.xlsx", config)
    target = document.rencana[1].iki[0].target
    assert target is not None and (target.raw, target.satuan) == ("240", None)


def test_satuan_target_before_the_kategori_group(config: Config) -> None:
    """SATUAN TARGET between TARGET and KATEGORI PENILAIAN: the target takes the unit, the kategori
    thresholds stay as written."""
    _, document = check_path(DATA / "nyata_kolom_satuan_pengembangan.xlsx", config)
    iki = document.rencana[0].iki[0]
    assert iki.target is not None and (iki.target.raw, iki.cell("target")) == ("12 laporan", "F15")
    kategori = iki.kategori
    assert kategori is not None
    assert (kategori.cukup, kategori.baik, kategori.sangat_baik) == ("9 - 11", "12", "> 12")
    assert (document.unplaced, kategori.cells["cukup"]) == ([], "J15")


def test_satuan_under_a_merged_target_is_joined_once(config: Config) -> None:
    """TARGET merged over angka | satuan with the sub-labels written: the unit is not taken twice."""
    rows = [
        ["SASARAN KINERJA PEGAWAI"], ["PERIODE PENILAIAN: 1 JANUARI SD 31 DESEMBER 2025"],
        ["NO", "RENCANA KINERJA", "ASPEK", "INDIKATOR KINERJA INDIVIDU", "TARGET", None],
        [None, None, None, None, "ANGKA", "SATUAN"],
        [1, "Laporan tersusun", "Kuantitas", "Jumlah laporan", 12, "laporan"],
    ]
    grid = WorkbookGrid([SheetGrid("SKP", rows, merged=[(2, 4, 2, 5), *((2, c, 3, c) for c in range(4))])])
    document = read_document(grid, config)
    iki = document.rencana[0].iki[0]
    assert iki.target is not None and (iki.target.raw, iki.cell("target")) == ("12 laporan", "E5")


def test_a_template_never_lays_out_the_satuan_column(config: Config) -> None:
    """The SATUAN column is read where agencies add it; the official form has none."""
    from skp.writing.builder import build_workbook

    for form in ("ja-dasar", "jf-pengembangan", "jpt-dasar"):
        texts = {str(c.value).strip().upper() for ws in build_workbook(form, config).worksheets
                 for row in ws.iter_rows() for c in row if isinstance(c.value, str)}
        assert "TARGET" in texts and not texts & {"SATUAN", "SATUAN TARGET"}


def test_periode_across_cells_reversed_is_said_to_be_reversed(config: Config) -> None:
    report, _ = check_path(DATA / "nyata_periode_terpisah_terbalik.xlsx", config)
    [finding] = report.findings
    assert (finding.code, finding.cell) == ("periode-tidak-valid", "B3") and "terbalik" in finding.message


@pytest.mark.parametrize(("name", "raw"), [
    ("nyata_periode_terpisah.xlsx", "1 Januari 2025 s.d. 31 Desember 2025"),
    ("nyata_periode_tanggal.xlsx", "2025-01-01 s.d. 2025-12-31"),
    ("nyata_periode_garis_miring.xlsx", "01/01/2025 - 31/12/2025"),
])
def test_periode_across_cells_is_read_whole(name: str, raw: str, config: Config) -> None:
    _, document = check_path(DATA / name, config)
    periode = document.periode
    assert (periode.raw, periode.cells["periode"]) == (raw, "B3")
    assert (periode.start, periode.end) == (date(2025, 1, 1), date(2025, 12, 31))


@pytest.mark.parametrize("row", [
    ["PERIODE PENILAIAN", "1 Januari 2025", None, "31 Desember 2025"],  # a gap ends the value
    ["PERIODE PENILAIAN", "1 Januari 2025", "s.d.", "akhir tahun"],  # the whole does not parse
])
def test_periode_across_cells_is_never_guessed(row: list[object], config: Config) -> None:
    """When the cells right of the first do not make a whole period, the value stays as today."""
    rows = [["SASARAN KINERJA PEGAWAI"], row,
            ["NO", "RENCANA KINERJA", "ASPEK", "INDIKATOR KINERJA INDIVIDU", "TARGET"],
            [1, "Laporan tersusun", "Kuantitas", "Jumlah laporan", "12 laporan"]]
    document = read_document(WorkbookGrid([SheetGrid("SKP", rows)]), config)
    periode = document.periode
    assert (periode.raw, periode.start, periode.end) == ("1 Januari 2025", date(2025, 1, 1), None)


def test_misspelt_realisasi_beside_quarters_is_the_years_realisasi(config: Config) -> None:
    """The merged REALISASI PER TRIWULAN only contains the word; REALSIASI nearly spells the label."""
    _, document = check_path(DATA / "nyata_penilaian_triwulan_realisasi_salah_ketik.xlsx", config)
    assert [(row.realisasi, row.cells["realisasi_raw"]) for row in document.penilaian.rows] == [
        (11.0, "K11"), (90.0, "K12"), (12.0, "K13"), (240.0, "K14")]


def test_pppk_pangkat_left_empty_is_an_interpretation_an_agency_can_turn_off() -> None:
    """``pemeriksaan.pppk_pangkat_boleh_kosong`` false: a PPPK's ``-`` pangkat is empty like anyone's."""
    strict = Config(rules={"pemeriksaan": {"pppk_pangkat_boleh_kosong": False}})
    report, _ = check_path(DATA / "nyata_pppk_pangkat_strip.xlsx", strict)
    assert set(report.flatten()) == {("identitas-kosong", "SKP", "C8")}


def test_pppk_golongan_is_an_interpretation_an_agency_can_turn_off() -> None:
    """``pemeriksaan.golongan_pppk`` empty: a PPPK's ``Golongan IX`` is reported like any unknown pangkat."""
    strict = Config(rules={"pemeriksaan": {"golongan_pppk": []}})
    report, _ = check_path(DATA / "nyata_pppk_golongan.xlsx", strict)
    assert set(report.flatten()) == {("pangkat-tidak-dikenal", "SKP", "C8")}
