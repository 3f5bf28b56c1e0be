"""Pangkat/golongan PP 99/2000 and JF jenjang (SPEC §5): spellings from the wild and disagreements."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from skp.pangkat import (
    GOLONGAN,
    JENJANG,
    NOT_LISTED,
    PangkatMatch,
    golongan_in_range,
    golongan_order,
    is_jf_jabatan,
    jenjang_of,
    pangkat_choices,
    parse_pangkat,
)


def test_golongan_lists_the_17_of_pp_99_2000_in_order() -> None:
    assert len(GOLONGAN) == 17
    assert GOLONGAN[0] == ("I/a", "Juru Muda")
    assert GOLONGAN[9] == ("III/b", "Penata Muda Tingkat I")
    assert GOLONGAN[-1] == ("IV/e", "Pembina Utama")
    assert [golongan_order(g) for g, _ in GOLONGAN] == list(range(17))


@pytest.mark.parametrize(
    ("raw", "golongan", "nama"),
    [
        ("PENATA/IIIc", "III/c", "Penata"),
        ("Pembina Tk.I, IV b", "IV/b", "Pembina Tingkat I"),
        ("Penata Muda Tk.I, III/b", "III/b", "Penata Muda Tingkat I"),
        ("III/b", "III/b", "Penata Muda Tingkat I"),
        ("III.b", "III/b", "Penata Muda Tingkat I"),
        ("IIIb", "III/b", "Penata Muda Tingkat I"),
        ("iii/B", "III/b", "Penata Muda Tingkat I"),
        ("Penata Muda Tingkat I (III/b)", "III/b", "Penata Muda Tingkat I"),
        ("Pembina Utama Muda / IV.c", "IV/c", "Pembina Utama Muda"),
        ("Penata Tk. I - III/d", "III/d", "Penata Tingkat I"),
        ("PENATA TK I / III-D", "III/d", "Penata Tingkat I"),
        ("Penata Muda, III/a (CPNS)", "III/a", "Penata Muda"),  # the holder's status beside it
        ("III a - CPNS", "III/a", "Penata Muda"),
        ("Penata Tingkat 1, III/d", "III/d", "Penata Tingkat I"),
        ("Pengatur Tkt. I (II/d)", "II/d", "Pengatur Tingkat I"),
        ("Juru Muda", "I/a", "Juru Muda"),
        ("Penata Muda", "III/a", "Penata Muda"),
        ("Gol. III/c", "III/c", "Penata"),
        ("Pembina Utama, IV/e", "IV/e", "Pembina Utama"),
        ("Pembina Utama Madya IV/d", "IV/d", "Pembina Utama Madya"),
        ("PEMBINA, IV/a", "IV/a", "Pembina"),
        ("Juru Tingkat I, I/d", "I/d", "Juru Tingkat I"),
        ("3/b", "III/b", "Penata Muda Tingkat I"),
        ("Penata, III/c TMT 01-04-2023", "III/c", "Penata"),
        ("Pembina / IV.a (TMT 1 Oktober 2021)", "IV/a", "Pembina"),
        ("Penata Muda Tk.I, III/b; TMT 1-10-2020", "III/b", "Penata Muda Tingkat I"),
    ],
)
def test_parse_pangkat_spellings(raw: str, golongan: str, nama: str) -> None:
    assert parse_pangkat(raw) == PangkatMatch(golongan, nama, None)


@pytest.mark.parametrize(
    "raw", ["III/e", "V/a", "Penata Utama, III/d", "Staf", "Kepala Seksi", "TMT 01-04-2023", "CPNS", "(PNS)"]
)
def test_parse_pangkat_not_in_the_list(raw: str) -> None:
    assert parse_pangkat(raw).problem == NOT_LISTED


@pytest.mark.parametrize(
    ("raw", "problem"),
    [
        ("Penata, III/b", "tidak sesuai: Penata adalah III/c, bukan III/b"),
        ("Pembina Tk.I, IV/a", "tidak sesuai: Pembina Tingkat I adalah IV/b, bukan IV/a"),
        ("Pembina Utama / IV.c", "tidak sesuai: Pembina Utama adalah IV/e, bukan IV/c"),
    ],
)
def test_parse_pangkat_name_and_golongan_disagree(raw: str, problem: str) -> None:
    assert parse_pangkat(raw).problem == problem


@pytest.mark.parametrize("raw", [None, "", "  ", "-"])
def test_empty_pangkat_is_left_to_the_emptiness_check(raw: object) -> None:
    assert parse_pangkat(raw) == PangkatMatch(None, None, None)


def test_every_choice_parses_back_to_its_pair() -> None:
    choices = pangkat_choices()
    assert choices[9] == "Penata Muda Tingkat I, III/b"
    assert [(parse_pangkat(c).golongan, parse_pangkat(c).nama) for c in choices] == list(GOLONGAN)
    assert all(parse_pangkat(c).problem is None for c in choices)


@pytest.mark.parametrize(
    ("jabatan", "jenjang"),
    [
        ("Analis Kebijakan Ahli Muda", "Ahli Muda"),
        ("Pranata Komputer Terampil", "Terampil"),
        ("PRANATA KOMPUTER AHLI PERTAMA", "Ahli Pertama"),
        ("Perencana Ahli Madya", "Ahli Madya"),
        ("Widyaiswara Ahli Utama", "Ahli Utama"),
        ("Arsiparis Pemula", "Pemula"),
        ("Pranata Komputer Mahir (III/a)", "Mahir"),
        ("Arsiparis Penyelia pada Dinas Perpustakaan", "Penyelia"),
        ("Pranata Komputer Ahli Pertama pada Dinas Kominfo", "Ahli Pertama"),
        ("pengelola pengadaan barang/jasa terampil", "Terampil"),
    ],
)
def test_jenjang_of_jf_jabatan(jabatan: str, jenjang: str) -> None:
    assert jenjang_of(jabatan) == jenjang
    assert is_jf_jabatan(jabatan)


@pytest.mark.parametrize(
    "jabatan",
    ["Pembina Utama", "Kepala Bidang Anggaran", "Penyelia Perpustakaan", "Terampil", "Pengadministrasi Umum",
     "Kepala Dinas Pendidikan", None, ""],
)
def test_jenjang_of_other_jabatan(jabatan: str | None) -> None:
    assert jenjang_of(jabatan) is None
    assert not is_jf_jabatan(jabatan)


def test_jenjang_ranges_follow_the_spec() -> None:
    assert JENJANG == {
        "Pemula": ("II/a", "II/a"), "Terampil": ("II/b", "II/d"), "Mahir": ("III/a", "III/b"),
        "Penyelia": ("III/c", "III/d"), "Ahli Pertama": ("III/a", "III/b"), "Ahli Muda": ("III/c", "III/d"),
        "Ahli Madya": ("IV/a", "IV/c"), "Ahli Utama": ("IV/d", "IV/e"),
    }


@pytest.mark.parametrize(
    ("golongan", "jenjang", "inside"),
    [("III/c", "Ahli Muda", True), ("III/d", "Ahli Muda", True), ("III/b", "Ahli Muda", False),
     ("IV/a", "Ahli Muda", False), ("II/a", "Pemula", True), ("II/b", "Pemula", False),
     ("IV/e", "ahli utama", True), ("III.a", "Mahir", True)],
)
def test_golongan_in_range(golongan: str, jenjang: str, inside: bool) -> None:
    assert golongan_in_range(golongan, jenjang) is inside


def test_unknown_golongan_or_jenjang_is_a_caller_bug() -> None:
    with pytest.raises(ValueError):
        golongan_order("III/e")
    with pytest.raises(ValueError):
        golongan_in_range("III/a", "Ahli Super")


@given(st.one_of(st.text(), st.text(alphabet="IVabcde/. ,-Tk1234PenataMudaTingkat", max_size=30), st.none(),
                 st.integers()))
def test_parse_pangkat_never_raises(raw: object) -> None:
    match = parse_pangkat(raw)
    assert match.golongan is None or golongan_order(match.golongan) >= 0


@given(st.text())
def test_jenjang_of_never_raises(raw: str) -> None:
    assert jenjang_of(raw) in (None, *JENJANG)
