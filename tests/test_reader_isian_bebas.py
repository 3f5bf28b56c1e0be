"""Forms typed freely by staff, unlike any template: other labels, positions, merges and habits."""

from __future__ import annotations

from pathlib import Path

from skp.checks.registry import run_document_checks
from skp.config import Config
from skp.periksa import check_path
from skp.reading.grid import SheetGrid, WorkbookGrid
from skp.reading.reader import read_document

DATA = Path(__file__).parent / "data"


def test_jf_form_with_colon_cells_and_angka_satuan_subheaders(config: Config) -> None:
    report, document = check_path(DATA / "form_jf_isian_bebas.xlsx", config)
    assert report.form == "jf-dasar"  # ASPEK column and a JF jenjang in the jabatan
    assert report.flatten() == [("keterkaitan-ak-hilang", None, None)]
    assert (document.title_cell, document.agency) == ("B1", "BADAN KEPEGAWAIAN DAN PENGEMBANGAN SDM")
    assert (document.periode.raw, document.periode.cells) == (
        "1 Januari s.d. 31 Desember 2025",
        {"periode": "D4"},
    )
    assert (document.pegawai.nama, document.pegawai.cells["nama"]) == ("Siti Aminah", "E7")
    assert (document.penilai.pangkat, document.penilai.cells["pangkat"]) == ("Pembina Tk.I, IV/b", "I9")
    assert document.utama_cell == "C15"
    assert [(rk.section, rk.text, [(i.aspek, i.target.raw) for i in rk.iki]) for rk in document.rencana] == [
        ("utama", "Tersusunnya SK mutasi tepat waktu", [("kuantitas", "120 SK"), ("waktu", "5 hari kerja")]),
        ("utama", "Terverifikasinya usulan kenaikan pangkat", [("kualitas", "95 %")]),
        ("tambahan", "Terlaksananya pendampingan magang", [("kuantitas", "4 orang")]),
    ]  # the merged "Catatan" row under the table is not an RK
    assert document.rencana[0].iki[1].cells == {"aspek": "E17", "iki": "F17", "target": "G17"}


def test_ja_pengembangan_with_inline_stacked_identity_and_three_kategori(config: Config) -> None:
    report, document = check_path(DATA / "form_ja_pengembangan_isian_bebas.xlsx", config)
    assert report.form == "ja-pengembangan"
    assert (report.nip, report.nip_penilai) == ("199001012015031001", "197205052000032001")
    assert (document.pegawai.jabatan, document.penilai.unit_kerja) == (
        "Pengelola Sarana Transportasi",
        "Dinas Perhubungan",
    )
    assert document.penilai.cells["nama"] == "A14"
    assert (document.agency, str(document.periode.end)) == ("DINAS PERHUBUNGAN", "2025-12-31")
    (rk,) = document.rencana
    assert rk.cara_memantau is not None
    assert (rk.cara_memantau.sumber_data, rk.cara_memantau.data) == ("Laporan uji berkala UPT", None)
    first = rk.iki[0]
    assert (first.target.min, first.kategori.cukup, first.kategori.baik, first.kategori.sangat_kurang) == (
        1250,
        "< 1.000",
        "1.250",
        None,
    )
    assert first.kategori.cells == {"cukup": "G23", "baik": "H23", "sangat_baik": "I23"}


def test_block_labels_merged_down_the_left_of_their_fields(config: Config) -> None:
    report, document = check_path(DATA / "form_ja_label_blok_di_samping.xlsx", config)
    assert (report.form, report.flatten()) == ("ja-dasar", [])
    assert (document.pegawai.nama, document.pegawai.cells["nama"]) == ("Dewi Lestari", "C5")
    assert (document.penilai.nama, document.penilai.cells["nama"]) == ("Agus Salim, S.IP.", "C10")
    assert (document.periode.cells["periode"], str(document.periode.start)) == ("B3", "2025-01-01")
    assert [len(rk.iki) for rk in document.rencana] == [2, 1]


def test_perilaku_written_under_the_plan(config: Config) -> None:
    report, document = check_path(DATA / "form_ja_perilaku_di_bawah_rencana.xlsx", config)
    assert report.flatten() == []
    assert [len(rk.iki) for rk in document.rencana] == [2, 1]  # the table ends at PERILAKU KERJA
    perilaku = document.perilaku
    assert perilaku is not None and perilaku.sheet == "SKP"
    assert (perilaku.orientasi_pelayanan, perilaku.kerja_sama, perilaku.ide_baru) == (110, 105, False)
    assert perilaku.cells["kerja_sama"] == "F27"


def test_identity_labels_with_words_added(config: Config) -> None:
    rows = [
        ["RENCANA SASARAN KINERJA PEGAWAI"],
        [],
        ["PEGAWAI YANG DINILAI", None, None, "PEJABAT PENILAI KINERJA"],
        ["Nama Lengkap", "Budi Hartono", None, "Nama Pejabat : Sri Mulyani"],
        ["NIP/NRP", "19860926 201505 1 001", None, "NIP", "19700512 199503 2 002"],
        [],
        ["NO", "RENCANA KINERJA", "ASPEK", "INDIKATOR KINERJA INDIVIDU", "TARGET"],
        [1, "Tersusunnya laporan keuangan", "Kuantitas", "Jumlah laporan", "12 laporan"],
    ]
    document = read_document(WorkbookGrid([SheetGrid("SKP", rows)]), config)
    assert (document.pegawai.nama, document.pegawai.cells["nama"]) == ("Budi Hartono", "B4")
    assert (document.pegawai.nip, document.penilai.nip) == ("19860926 201505 1 001", "19700512 199503 2 002")
    assert (document.penilai.nama, document.penilai.cells["nama"]) == ("Sri Mulyani", "D4")


def test_superior_rk_merged_over_several_rk(config: Config) -> None:
    rows = [
        ["NO", "RENCANA KINERJA ATASAN YANG DIINTERVENSI", "RENCANA KINERJA", "ASPEK", "IKI", "TARGET"],
        ["A. KINERJA UTAMA"],
        [
            1,
            "Meningkatnya kualitas layanan",
            "Tersusunnya laporan A",
            "Kuantitas",
            "Jumlah laporan A",
            "4 laporan",
        ],
        [2, None, "Tersusunnya laporan B", "Kuantitas", "Jumlah laporan B", "2 laporan"],
        [None, None, None, "Waktu", "Ketepatan laporan B", "12 bulan"],
    ]
    grid = WorkbookGrid([SheetGrid("SKP", rows, merged=[(2, 1, 4, 1), (3, 2, 4, 2), (3, 0, 4, 0)])])
    document = read_document(grid, config)
    assert [(rk.text, rk.rk_atasan, rk.cells["rk_atasan"], len(rk.iki)) for rk in document.rencana] == [
        ("Tersusunnya laporan A", "Meningkatnya kualitas layanan", "B3", 1),
        ("Tersusunnya laporan B", "Meningkatnya kualitas layanan", "B3", 2),
    ]


def test_section_label_right_under_a_wide_header_is_not_a_sub_header(config: Config) -> None:
    rows = [
        ["PERSPEKTIF", None, "NO", "RENCANA KINERJA", "INDIKATOR KINERJA INDIVIDU", "TARGET"],
        ["A. KINERJA UTAMA"],
        ["Anggaran", None, 1, "Terwujudnya akuntabilitas anggaran", "Persentase realisasi anggaran", "95 %"],
    ]
    grid = WorkbookGrid([SheetGrid("SKP", rows, merged=[(0, 0, 0, 1), (1, 0, 1, 5), (2, 0, 2, 1)])])
    document = read_document(grid, config)
    assert (document.form, document.utama_cell, document.rencana[0].cells["perspektif"]) == (
        "jpt-pengembangan",
        "A2",
        "A3",
    )


def test_rows_numbered_per_iki_do_not_split_an_rk(config: Config) -> None:
    rows = [
        ["NO", "RENCANA KINERJA ATASAN", "RENCANA KINERJA", "ASPEK", "IKI", "TARGET"],
        [1, "Meningkatnya layanan", "Tersusunnya laporan", "Kuantitas", "Jumlah laporan", "4 laporan"],
        [2, "Meningkatnya layanan", "Tersusunnya laporan", "Waktu", "Ketepatan laporan", "12 bulan"],
        ["3.", None, "Terkelolanya arsip", "Kuantitas", "Jumlah arsip", "100 berkas"],
        ["3.1", None, None, "Kualitas", "Persentase arsip tertata", "90 %"],
        ["4", None, None, "Kuantitas", "Jumlah surat", "50 surat"],
    ]
    document = read_document(WorkbookGrid([SheetGrid("SKP", rows)]), config)
    assert [(rk.no, rk.text, len(rk.iki)) for rk in document.rencana] == [
        ("1", "Tersusunnya laporan", 2),
        ("3.", "Terkelolanya arsip", 2),
        ("4", None, 1),
    ]


def test_two_merged_rk_cells_with_the_same_text_are_two_rk(config: Config) -> None:
    """As the template writes them (each RK its own merged cell, its own number): rk-ganda must see both."""
    rows = [
        ["NO", "RENCANA KINERJA ATASAN", "RENCANA KINERJA", None, "ASPEK", "IKI", "TARGET"],
        [1, "Meningkatnya layanan", "Tersusunnya laporan", None, "Kuantitas", "Jumlah laporan", "4 laporan"],
        [2, "Meningkatnya layanan", "Tersusunnya laporan", None, "Kuantitas", "Jumlah laporan", "4 laporan"],
    ]
    merged = [(0, 2, 0, 3), (1, 2, 1, 3), (2, 2, 2, 3)]
    document = read_document(WorkbookGrid([SheetGrid("SKP", rows, merged)]), config)
    assert [(rk.no, rk.text, len(rk.iki)) for rk in document.rencana] == [
        ("1", "Tersusunnya laporan", 1),
        ("2", "Tersusunnya laporan", 1),
    ]
    assert {(f.code, f.cell) for f in run_document_checks(document, config)
            if f.code == "rk-ganda"} == {("rk-ganda", "C3")}
