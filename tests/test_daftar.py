"""The daftar pegawai reader (SPEC §9): headers by label, NIPs as text, number-stored NIPs reported."""

from __future__ import annotations

from pathlib import Path

import pytest

from skp.config import Config
from skp.daftar import read_daftar
from skp.errors import ConfigurationError

DAFTAR = Path(__file__).parent / "data" / "daftar" / "daftar_pegawai_dinas_pupr.xlsx"


def test_excel_export_with_a_title_above_the_header(config: Config) -> None:
    daftar = read_daftar(DAFTAR, config)
    assert [p.baris for p in daftar.pegawai] == list(range(4, 14))
    bayu = daftar.by_nip["199202022016022004"]
    assert (bayu.nama, bayu.jabatan, bayu.unit_kerja, bayu.nip_atasan, bayu.status, bayu.wajib) == (
        "Bayu", "Teknik Jalan", "Dinas PUPR Kabupaten Sleman", "196606061990031006", "Aktif", True)
    assert daftar.by_nip["197001011995031003"].nip_atasan is None
    assert daftar.by_nip["198505052009012007"].unit_kerja == "Bidang Tata Ruang"  # spaces folded
    assert {p.nama for p in daftar.pegawai if not p.wajib} == {"Slamet", "Dewi"}
    # the NIP stored as a number cell lost its last digits: reported for its row, never matched
    assert [(p.baris, p.nama, p.nip) for p in daftar.bermasalah] == [(12, "Joko", None)]
    assert "tersimpan sebagai angka (1.98802022012121e+17)" in daftar.bermasalah[0].masalah
    assert len(daftar.by_nip) == 9


@pytest.mark.parametrize("encoding,separator", [("utf-8-sig", ","), ("utf-8", ";"), ("cp1252", ";")])
def test_csv_with_either_separator_and_encoding(tmp_path: Path, config: Config, encoding: str,
                                                separator: str) -> None:
    lines = [
        ["nip", "NAMA", "Unit Kerja", "Status"],
        ["19750312 200003 1 002", "Budi Santoso", "Dinas PUPR", "aktif"],
        ["1.97503E+17", "Hilang Digit", "Dinas PUPR", "aktif"],
        ["198609262015051001", "Désirée", "Dinas PUPR", "Cuti di Luar Tanggungan Negara"],
        ["'199001012015011003", "Ani", "Dinas PUPR", "Meninggal Dunia"],
    ]
    path = tmp_path / "daftar.csv"
    path.write_bytes("\r\n".join(separator.join(line) for line in lines).encode(encoding))
    daftar = read_daftar(path, config)
    assert [(p.nip, p.nama, p.wajib) for p in daftar.pegawai] == [
        ("197503122000031002", "Budi Santoso", True),
        (None, "Hilang Digit", True),
        ("198609262015051001", "Désirée", False),
        ("199001012015011003", "Ani", False),
    ]
    assert [(p.baris, p.nip_tertulis) for p in daftar.bermasalah] == [(3, "1.97503E+17")]


def test_near_spelled_headers_are_found(tmp_path: Path, config: Config) -> None:
    path = tmp_path / "daftar.csv"
    path.write_text("NIP;Nama Lengkap;Jabatn;UNIT  KERJAA;Nip Atasan\n"
                    "19750312 200003 1 002;Budi;Kepala Bagian;Dinas PUPR;19700101 199503 1 003\n",
                    encoding="utf-8")
    person = read_daftar(path, config).pegawai[0]
    assert (person.jabatan, person.unit_kerja, person.nip_atasan) == (
        "Kepala Bagian", "Dinas PUPR", "197001011995031003")


def test_no_header_is_a_clear_error(tmp_path: Path, config: Config) -> None:
    path = tmp_path / "daftar.csv"
    path.write_text("a,b\n1,2\n", encoding="utf-8")
    with pytest.raises(ConfigurationError, match="kolom NIP dan NAMA tidak ditemukan"):
        read_daftar(path, config)


def test_excluded_statuses_are_configurable(tmp_path: Path) -> None:
    config = Config.from_file(None)
    path = tmp_path / "daftar.csv"
    path.write_text("NIP,NAMA,STATUS\n19750312 200003 1 002,Budi,Tugas Belajar\n", encoding="utf-8")
    assert read_daftar(path, config).pegawai[0].wajib is False
    rules = tmp_path / "aturan.yaml"
    rules.write_text("daftar:\n  status_tidak_wajib: [Pensiun]\n", encoding="utf-8")
    assert read_daftar(path, Config.from_file(rules)).pegawai[0].wajib is True
    rules.write_text("daftar:\n  kolom:\n    nip: [NIP]\n    nama: [NAMA]\n    golongan: [GOL]\n",
                     encoding="utf-8")
    with pytest.raises(ConfigurationError, match="kolom daftar tidak dikenal"):
        read_daftar(path, Config.from_file(rules))


DATA = Path(__file__).parent / "data" / "daftar"


def test_siasn_download_underscore_headers_and_kedudukan_hukum(config: Config) -> None:
    """SIASN names its columns NIP_BARU, JABATAN_NAMA, UNOR_NAMA, KEDUDUKAN_HUKUM_NAMA: all read, NIP_LAMA
    and UNOR_INDUK_NAMA not taken for NIP and unit, and the kedudukan decides who need not submit."""
    daftar = read_daftar(DATA / "daftar_siasn_kedudukan_hukum.csv", config)
    assert [(p.baris, p.nip, p.nama, p.jabatan, p.unit_kerja, p.status, p.wajib) for p in daftar.pegawai] == [
        (2, "197503122000031002", "Budi Santoso", "Kepala Bagian Jalan", "Bagian Jalan", "Aktif", True),
        (3, "198609262015051001", "Ani", "Teknik Jalan", "Bagian Jalan", "Tugas Belajar", False),
        (4, "199001012015011003", "Dewi", "Teknik Jalan", "Bagian Jalan", "CLTN", False),
        (5, "196606061990031006", "Slamet", "Kepala Bidang", "Bidang Tata Ruang", "Pensiun", False),
    ]
    assert daftar.laporan() == []


def test_nominatif_with_a_header_merged_over_two_rows(config: Config) -> None:
    """``NIP`` over ``BARU``/``LAMA`` and ``ATASAN LANGSUNG`` over ``NAMA``/``NIP``: NIP BARU is the NIP and
    the NIP under ATASAN LANGSUNG the atasan's; the column-number row, unit group rows, the JUMLAH row
    and the signature block are no pegawai; both STATUS PEGAWAI and KEDUDUKAN HUKUM are read; row numbers
    are the sheet's although its first rows are empty."""
    daftar = read_daftar(DATA / "daftar_nominatif_judul_dua_baris.xlsx", config)
    assert [(p.baris, p.nip, p.nama, p.unit_kerja, p.nip_atasan, p.status, p.wajib)
            for p in daftar.pegawai] == [
        (10, "197503122000031002", "Budi Santoso, S.T.", "Bagian Jalan", "197001011995031003", "PNS / Aktif",
         True),
        (11, "198609262015051001", "Ani", "Bagian Jalan", None, "PNS / Tugas Belajar", False),
        (12, "199202022016022004", "Bayu", "Bagian Jalan", "197503122000031002", "CPNS / Aktif", True),
        (16, "196606061990031006", "Sri Rahayu", "Bidang Tata Ruang", "197001011995031003", "PNS / Pensiun",
         False),
    ]
    # the THL without NIP is reported, not counted; Ani's NIP ATASAN typed as a number is reported
    assert [(p.baris, p.nama, p.wajib) for p in daftar.diabaikan] == [(13, "Tono", False)]
    assert [baris for baris, _ in daftar.laporan()] == [11, 13]
    assert daftar.laporan()[0][1].startswith("NIP ATASAN tersimpan sebagai angka (1.97503122000031e+17)")
    assert daftar.laporan()[1][1].startswith("NIP kosong; baris ini tidak dihitung")


def test_unit_merged_down_a_group_and_nip_written_with_its_label(config: Config) -> None:
    """A unit kerja written once in a cell merged down its rows holds for each; ``NIP. …``, ``NIP: …`` and
    ``N.I.P. …`` in the NIP ATASAN column are read as the NIP."""
    daftar = read_daftar(DATA / "daftar_unit_digabung_nip_berlabel.xlsx", config)
    assert [(p.baris, p.nip, p.unit_kerja, p.nip_atasan) for p in daftar.pegawai] == [
        (2, "197503122000031002", "Bagian Jalan", "197001011995031003"),
        (3, "199202022016022004", "Bagian Jalan", "197503122000031002"),
        (4, "199001012015011003", "Bagian Jalan", "197503122000031002"),
        (5, "198505052009012007", "Bidang Tata Ruang", "196606061990031006"),
        (6, "198808082010011005", "Bidang Tata Ruang", "196606061990031006"),
    ]


def test_lost_digits_row_is_a_submission_only_with_its_name_and_kept_digits(config: Config) -> None:
    """``1,97503E+17`` keeps six digits: a submission is that row's only when its NIP lies in the range
    they allow and the name (without gelar) is the row's, for exactly one row."""
    daftar = read_daftar(DATA / "daftar_nip_hilang_digit_sudah_mengirim.csv", config)
    budi, rudi, ani = (p for p in daftar.pegawai if p.nip is None)
    assert budi.kisaran == (197502500000000000, 197503500000000000)
    assert daftar.sent_by("197503122000031002", "BUDI SANTOSO") is budi
    assert daftar.sent_by("197503122000031002", "Dr. Budi Santoso, S.T., M.T.") is budi
    assert daftar.sent_by("197503122000031002", "Budi Santosa") is None  # another name: no guess
    assert daftar.sent_by("197603122000031002", "Budi Santoso") is None  # outside the kept digits
    assert daftar.sent_by("199001012015011003", "Ani") is None  # "Ani Lestari" is not "Ani"
    assert (rudi.nama, ani.nama) == ("Rudi Hartono", "Ani Lestari")


def test_csv_shapes_of_web_and_excel_exports(tmp_path: Path, config: Config) -> None:
    """A tab-separated .txt with a title line above the header; NIPs as ``="…"`` (a web export keeping
    Excel off the number), behind a curly apostrophe, and as an 18-digit text ending in 000: no NIP has
    sequence 000 (SPEC §5), so that one is a number cell written out by its ``0`` format, digits lost."""
    path = tmp_path / "daftar.txt"
    path.write_text("DAFTAR PEGAWAI DINAS PUPR\n\nNIP\tNAMA\tSTATUS\n"
                    '="197503122000031002"\tBudi\tAktif\n'
                    "\u2019198609262015051001\tAni\tPerpanjangan CLTN\n"
                    "199001012015011000\tDewi\tAktif\n", encoding="utf-8")
    daftar = read_daftar(path, config)
    assert [(p.baris, p.nip, p.nama, p.wajib, p.kisaran) for p in daftar.pegawai] == [
        (4, "197503122000031002", "Budi", True, None),
        (5, "198609262015051001", "Ani", False, None),
        (6, None, "Dewi", True, (199001012015010500, 199001012015011500)),
    ]
    assert [baris for baris, _ in daftar.laporan()] == [6]
    assert daftar.sent_by("199001012015011003", "Dewi") is daftar.pegawai[2]


def test_keterangan_is_a_status_only_where_there_is_no_status_column(tmp_path: Path, config: Config) -> None:
    """Every STATUS/KEDUDUKAN column counts; a KETERANGAN note ("Pensiun TMT 1 Agustus 2026") does not
    beside them, and stands for the status only in a daftar that has none."""
    both = tmp_path / "both.csv"
    both.write_text("NIP;NAMA;STATUS PEGAWAI;KEDUDUKAN HUKUM;KETERANGAN\n"
                    "19750312 200003 1 002;Budi;PNS;Aktif;Pensiun TMT 1 Agustus 2026\n"
                    "19860926 201505 1 001;Ani;PNS;Tugas Belajar;\n", encoding="utf-8")
    assert [(p.status, p.wajib) for p in read_daftar(both, config).pegawai] == [
        ("PNS / Aktif", True), ("PNS / Tugas Belajar", False)]
    notes = tmp_path / "notes.csv"
    notes.write_text("NIP;NAMA;KET\n19750312 200003 1 002;Budi;Tugas Belajar\n", encoding="utf-8")
    assert [(p.status, p.wajib) for p in read_daftar(notes, config).pegawai] == [("Tugas Belajar", False)]


def test_daftar_urut_kepangkatan_with_name_and_nip_in_one_column(config: Config) -> None:
    """``NAMA / NIP`` (the DUK layout): a name above its NIP, or both in one cell on two lines, is one
    pegawai numbered as the name's row; a number cell below a name lost digits; a name with ``-`` below
    it has no NIP and is reported, not counted; KET stands for the status where there is no STATUS."""
    daftar = read_daftar(DATA / "daftar_duk_nama_nip.xlsx", config)
    assert [(p.baris, p.nip, p.nama, p.jabatan, p.unit_kerja, p.status, p.wajib) for p in daftar.pegawai] == [
        (5, "197503122000031002", "Budi Santoso, S.T.", "Kepala Bagian Jalan", "Bagian Jalan", None, True),
        (7, "198609262015051001", "Ani", "Teknik Jalan", "Bagian Jalan", "Tugas Belajar", False),
        (8, None, "Dewi Lestari", "Penata Ruang", "Bidang Tata Ruang", None, True),
    ]
    assert daftar.pegawai[2].kisaran == (199001012015010500, 199001012015011500)
    assert [(p.baris, p.nama) for p in daftar.diabaikan] == [(10, "Joko")]


def test_roster_with_a_sheet_per_unit_is_read_whole(config: Config) -> None:
    """Each visible sheet with a header is a part of the roster: the Dinas's and the Bidang Tata Ruang's
    people, each row named with its sheet. The cover sheet has no header; last year's sheet, whose people
    are mostly on an earlier sheet, is not read (Suharto, gone since, is nobody to wait for) and is named;
    the hidden lookup sheet is not the roster. The Kepala Bagian listed again on the small unit's sheet
    (a Plt.) does not make it a copy: his second row is named, as a repeated row is on one sheet."""
    daftar = read_daftar(DATA / "daftar_satu_sheet_per_unit.xlsx", config)
    assert [(p.baris_daftar, p.nama) for p in daftar.pegawai if p.sheet == "Tata Ruang"] == [
        ("2 di sheet 'Tata Ruang'", "Sri Rahayu"), ("3 di sheet 'Tata Ruang'", "Rina Wulandari"),
        ("4 di sheet 'Tata Ruang'", "Budi Santoso, S.T.")]
    assert [p.baris for p in daftar.pegawai if p.sheet == "Dinas"] == list(range(4, 11))
    assert not {"Suharto", "Sumarno"} & {p.nama for p in daftar.pegawai}
    assert daftar.skipped == ["sheet '2024' tidak dibaca: 7 dari 8 NIP-nya sudah ada di sheet 'Dinas' "
                              "(salinan atau daftar tahun lain)"]
    assert daftar.laporan() == [("4 di sheet 'Tata Ruang'", "NIP 197503122000031002 sudah ada di baris 5 di "
                                 "sheet 'Dinas'; baris ini tidak dihitung lagi")]
