"""One workbook per form with its annexes: the form is detected from content and every part is read."""

from __future__ import annotations

from pathlib import Path

import pytest

from skp.config import Config
from skp.models import SkpDocument
from skp.periksa import check_path
from skp.reading.fields import read_manual_iki
from skp.reading.grid import SheetGrid
from skp.reading.index import SheetIndex
from skp.reading.load import load_grid
from skp.reading.matriks import read_matriks
from skp.reading.reader import read_document
from skp.reading.rules import reading_rules

DATA = Path(__file__).parent / "data"


def read(name: str, config: Config) -> SkpDocument:
    return read_document(load_grid(DATA / f"{name}.xlsx", config), config)


@pytest.mark.parametrize(
    ("name", "form"),
    [
        ("form_ja_dasar", "ja-dasar"),
        ("form_ja_pengembangan", "ja-pengembangan"),
        ("form_jf_dasar", "jf-dasar"),
        ("form_jf_pengembangan", "jf-pengembangan"),
        ("form_jpt_dasar", "jpt-dasar"),
        ("form_jpt_pengembangan", "jpt-pengembangan"),
    ],
)
def test_form_detected(name: str, form: str, config: Config) -> None:
    report, _ = check_path(DATA / f"{name}.xlsx", config)
    assert report.form == form


def test_ja_dasar_matriks(config: Config) -> None:
    matriks = read("form_ja_dasar", config).matriks
    assert matriks is not None
    assert [(k.rk, k.jenis_penyelarasan, k.metode, k.target.raw) for k in matriks.kolom] == [
        ("Meningkatnya kualitas layanan informasi publik", "direct", "pembagian-beban-target", "24 dokumen"),
        ("Meningkatnya keterbukaan informasi badan publik", "non-direct", "layanan", "100 %"),
    ]
    assert matriks.kolom[1].cells == {"rk": "E4", "jenis_penyelarasan": "E5", "metode": "E6", "target": "E7"}
    ani, rudi = matriks.anggota
    assert (ani.nama, ani.nip, ani.hasil[1]) == (
        "Ani Wulandari, S.Kom.",
        "19860926 201505 2 001",
        "Terlaksananya pemutakhiran daftar informasi publik",
    )
    assert (rudi.nip, rudi.hasil, rudi.cells["hasil_0"]) == (
        "199105172019031000",
        ["Tersusunnya 12 laporan pengelolaan media sosial", None],
        "D11",
    )
    assert ani.target[0] is not None and ani.target[0].min == 12
    assert ani.target[1] is None


def test_ja_dasar_penilaian(config: Config) -> None:
    penilaian = read("form_ja_dasar", config).penilaian
    assert penilaian is not None
    assert [(r.section, r.aspek, r.realisasi) for r in penilaian.rows] == [
        ("utama", "Kuantitas", 12),
        ("utama", "Kualitas", 80),
        ("utama", "Waktu", 12),
        ("utama", "Kuantitas", 4),
        ("utama", "Waktu", 3),
        ("tambahan", "Kuantitas", 17),
    ]
    second = penilaian.rows[1]
    assert (
        second.realisasi_raw,
        second.capaian_tertulis,
        second.kategori_tertulis,
        second.nilai_iki_tertulis,
        second.nilai_rk_tertulis,
    ) == ("80 %", "94 %", "Cukup", "84,4", "100,8")
    assert (second.cells["realisasi_raw"], second.cells["nilai_rk_tertulis"]) == ("G7", "L6")
    assert (penilaian.nilai_akhir_tertulis, penilaian.predikat_tertulis) == ("109,52", "Baik")
    assert penilaian.cells == {"nilai_akhir_tertulis": "M14", "predikat_tertulis": "M15"}


def test_perilaku_scores_skip_description_numbers(config: Config) -> None:
    perilaku = read("form_ja_dasar", config).perilaku
    assert perilaku is not None
    assert (
        perilaku.orientasi_pelayanan,
        perilaku.komitmen,
        perilaku.inisiatif_kerja,
        perilaku.kerja_sama,
        perilaku.kepemimpinan,
        perilaku.ide_baru,
    ) == (110, 105, 100.5, 100, 95, True)
    assert perilaku.cells["komitmen"] == "D6"
    other = read("form_ja_pengembangan", config).perilaku  # on a sheet named "Sheet2"
    assert other is not None and other.ide_baru is False


def test_pengembangan_kategori_and_cara_memantau(config: Config) -> None:
    document = read("form_ja_pengembangan", config)
    rk = document.rencana[1]
    assert rk.cara_memantau is not None
    assert (rk.cara_memantau.data, rk.cara_memantau.sumber_data, rk.cara_memantau.waktu_pengumpulan) == (
        "Daftar informasi publik",
        "PPID Pelaksana",
        "Triwulanan",
    )
    assert rk.cara_memantau.cells["waktu_pengumpulan"] == "N19"
    kategori = rk.iki[1].kategori
    assert kategori is not None
    assert (kategori.sangat_kurang, kategori.cukup, kategori.baik, kategori.sangat_baik) == (
        "> 5",
        "4",
        "3",
        "< 3",
    )
    assert kategori.cells["sangat_baik"] == "K20"
    assert read("form_ja_dasar", config).rencana[0].iki[0].kategori is None


def test_jf_keterkaitan_found_by_content(config: Config) -> None:
    document = read("form_jf_pengembangan", config)
    assert document.keterkaitan_ak_sheet == "Lampiran AK"
    rows = document.keterkaitan_ak
    assert rows is not None
    assert [(r.butir_kegiatan is not None, r.angka_kredit_raw, r.angka_kredit) for r in rows] == [
        (True, "0,005", 0.005),
        (True, "0,01", 0.01),
        (False, None, None),
        (True, "0,04", 0.04),
    ]
    assert rows[1].rencana_kinerja == rows[0].rencana_kinerja
    assert rows[1].cells == {
        "rencana_kinerja": "B9",
        "butir_kegiatan": "C10",
        "output": "D10",
        "angka_kredit": "E10",
    }


def test_jf_detected_from_jabatan_without_annex(config: Config) -> None:
    assert read("form_jf_dasar", config).pegawai.jabatan == "Pranata Komputer Ahli Pertama"


def test_jpt_penilai_political_official(config: Config) -> None:
    penilai = read("form_jpt_dasar", config).penilai
    assert (penilai.nip, penilai.pangkat, penilai.unit_kerja) == ("-", "-", "Pemerintah Kabupaten Sleman")
    assert penilai.cells["unit_kerja"] == "F10"


def test_jpt_perspektif_merged_over_rk(config: Config) -> None:
    document = read("form_jpt_pengembangan", config)
    assert [(rk.section, rk.perspektif, rk.cells["perspektif"]) for rk in document.rencana] == [
        ("utama", "penerima-layanan", "A15"),
        ("utama", "penerima-layanan", "A15"),
        ("utama", "proses-bisnis", "A18"),
        ("utama", "penguatan-internal", "A19"),
        ("utama", "anggaran", "A20"),
        ("tambahan", None, "A22"),
    ]
    assert document.rencana[1].iki[0].target.raw == "80 - 90 %"


@pytest.mark.parametrize("name", ["form_jpt_dasar", "form_jpt_pengembangan"])
def test_manual_iki_blocks_or_table(name: str, config: Config) -> None:
    manual = read(name, config).manual_iki
    assert manual is not None
    assert [m.iki for m in manual] == [
        "Indeks keterbukaan informasi publik",
        "Persentase permohonan informasi terlayani",
    ]
    assert manual[1].formula == "Permohonan terlayani / permohonan masuk × 100%"
    assert manual[1].periode_pelaporan == "Triwulanan"


def test_manual_iki_cells(config: Config) -> None:
    assert read("form_jpt_dasar", config).manual_iki[1].cells["formula"] == "D19"
    assert read("form_jpt_pengembangan", config).manual_iki[0].cells["tujuan"] == "G4"


def test_absent_annexes_are_none(config: Config) -> None:
    document = read("form_jf_dasar", config)
    assert (document.matriks, document.penilaian, document.perilaku, document.manual_iki) == (
        None,
        None,
        None,
        None,
    )


def test_detection_rules_come_from_aturan(tmp_path: Path) -> None:
    by_annex = tmp_path / "lampiran.yaml"
    by_annex.write_text("pembacaan:\n  deteksi:\n    jf_dari_jabatan: false\n", encoding="utf-8")
    assert read("form_jf_dasar", Config.from_file(by_annex)).form == "jf-dasar"  # its Keterkaitan AK sheet
    neither = tmp_path / "tanpa.yaml"
    neither.write_text(
        "pembacaan:\n  deteksi:\n    jf_dari_jabatan: false\n    lampiran_jf: []\n", encoding="utf-8"
    )
    assert read("form_jf_dasar", Config.from_file(neither)).form == "ja-dasar"


def test_perspektif_written_once_reads_like_merged(config: Config) -> None:
    once = read("form_jpt_pengembangan_perspektif_sekali", config)
    merged = read("form_jpt_pengembangan", config)
    assert [rk.perspektif for rk in once.rencana] == [rk.perspektif for rk in merged.rencana]
    assert [rk.cells["perspektif"] for rk in once.rencana] == ["A15", "A15", "A18", "A19", "A20", "A22"]


def test_workbook_with_only_a_penilaian_sheet(config: Config) -> None:
    document = read("form_ja_penilaian_saja", config)
    assert (document.form, document.sheet, document.pegawai.nama) == (
        "ja-dasar",
        "Sheet",
        "Ani Wulandari, S.Kom.",
    )
    assert [len(rk.iki) for rk in document.rencana] == [3, 2, 1]
    assert document.penilaian is not None
    assert [r.realisasi for r in document.penilaian.rows] == [12, 80, 12, 4, 3, 17]


def test_form_with_a_deleted_required_column_is_still_that_form(config: Config) -> None:
    report, document = check_path(DATA / "form_ja_tanpa_kolom_aspek.xlsx", config)
    assert report.form == "ja-dasar"
    assert [len(rk.iki) for rk in document.rencana] == [3, 2, 1]
    assert ("aspek-tidak-valid", "SKP", "D15") in report.flatten()


def test_matriks_without_rk_row_takes_rk_from_member_header(config: Config) -> None:
    rows = [
        ["MATRIKS PEMBAGIAN PERAN DAN HASIL"],
        [],
        ["NAMA", "NIP", "JABATAN", "Meningkatnya kualitas layanan", "Meningkatnya keterbukaan informasi"],
        ["Ani", "19860926 201505 2 001", "Pengelola", "Tersusunnya laporan", None],
        ["Rudi", None, "Pranata Humas", None, "Terkelolanya media sosial"],
    ]
    mapping = config.mappings.annexes["matriks-peran-hasil"]
    matriks = read_matriks(SheetIndex.build(SheetGrid("Matriks", rows)), mapping, (), reading_rules(config))
    assert [(k.rk, k.cells["rk"]) for k in matriks.kolom] == [
        ("Meningkatnya kualitas layanan", "D3"),
        ("Meningkatnya keterbukaan informasi", "E3"),
    ]
    assert [(a.nama, a.hasil) for a in matriks.anggota] == [
        ("Ani", ["Tersusunnya laporan", None]),
        ("Rudi", [None, "Terkelolanya media sosial"]),
    ]


def test_instructions_sheet_mentioning_an_annex_is_not_that_annex(config: Config) -> None:
    grid = load_grid(DATA / "form_jpt_dasar.xlsx", config)
    petunjuk = SheetGrid(
        "Petunjuk", [["PETUNJUK PENGISIAN"], ["Isi sheet Manual Indikator Kinerja untuk setiap IKI."]]
    )
    grid.sheets.insert(1, petunjuk)
    document = read_document(grid, config)
    assert document.manual_iki_sheet == "Manual IKI"
    assert len(document.manual_iki or []) == 2


def test_example_header_in_an_instructions_sheet_is_not_the_plan(config: Config) -> None:
    grid = load_grid(DATA / "form_ja_dasar.xlsx", config)
    example = [
        ["Contoh pengisian:"],
        [
            "NO",
            "RENCANA KINERJA ATASAN YANG DIINTERVENSI",
            "RENCANA KINERJA",
            "ASPEK",
            "INDIKATOR KINERJA INDIVIDU",
            "TARGET",
        ],
    ]
    grid.sheets.insert(0, SheetGrid("Petunjuk", example))
    document = read_document(grid, config)
    assert (document.sheet, len(document.rencana)) == ("SKP", 3)


def test_manual_iki_table_stops_before_signatures(config: Config) -> None:
    rows = [
        [
            "RENCANA KINERJA",
            "DESKRIPSI RENCANA KINERJA",
            "INDIKATOR KINERJA INDIVIDU",
            "DEFINISI IKI",
            "FORMULA",
            "TUJUAN",
        ],
        [
            "Meningkatnya layanan",
            "Layanan cepat",
            "Indeks layanan",
            "Nilai survei",
            "Rerata skor",
            "Mengukur mutu",
        ],
        [],
        [None, None, None, None, "Kepala Dinas"],
        [None, None, None, None, "Dr. Hendra Gunawan"],
    ]
    mapping = config.mappings.annexes["manual-iki"]
    manual = read_manual_iki(SheetIndex.build(SheetGrid("Manual", rows)), mapping)
    assert [(m.iki, m.tujuan, m.cells["tujuan"]) for m in manual] == [
        ("Indeks layanan", "Mengukur mutu", "F2")
    ]


@pytest.mark.parametrize(
    "written", ["II. KINERJA TAMBAHAN", "ii. kinerja tambahan", "B. Kinerja Tambahan", "2) KINERJA TAMBAHAN"]
)
def test_a_numbered_label_is_found_without_its_number_whatever_its_case(written: str) -> None:
    index = SheetIndex.build(SheetGrid("SKP", [[written]]))
    assert index.find(["KINERJATAMBAHAN"]) == [(0, 0)]
