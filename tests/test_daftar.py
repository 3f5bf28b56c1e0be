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
