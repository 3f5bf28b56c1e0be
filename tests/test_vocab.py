"""Closed vocabularies and the dropdown lists the templates offer (SPEC §4–5, mappings/*.yaml)."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest

from skp.mapping import default_mappings
from skp.pangkat import JENJANG, parse_pangkat
from skp.vocab import (
    VALIDATION_LISTS,
    canonical_aspek,
    canonical_jenis_penyelarasan,
    canonical_metode,
    canonical_perspektif,
)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [("Kuantitas", "kuantitas"), ("KUALITAS", "kualitas"), (" waktu ", "waktu"), ("Biaya", "biaya"),
     ("Aspek Kuantitas", "kuantitas"), ("Kwantitas", "kuantitas"), ("kuantitas.", "kuantitas")],
)
def test_canonical_aspek(raw: str, expected: str) -> None:
    assert canonical_aspek(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [("IKI (Kuantitas)", "kuantitas"), ("IKI (Waktu)", "waktu"), ("Kuant/Output", "kuantitas"),
     ("KUANTITAS/OUTPUT", "kuantitas"), ("Kual/Mutu", "kualitas"), ("Kualitas/Mutu", "kualitas"),
     ("Waktu (bulan)", "waktu"), ("KUAL / MUTU", "kualitas"), ("Biaya (Rp)", "biaya"), ("B. Waktu", "waktu"),
     ("Kuantitatif", "kuantitas"), ("KUALITATIF", "kualitas")],
)
def test_aspek_with_wrappers_and_pp46_words(raw: str, expected: str) -> None:
    """SPEC §3.10: the wrappers and PP 46 words real submissions use all name one of the four aspek."""
    assert canonical_aspek(raw) == expected


@pytest.mark.parametrize("raw", [None, "", "Jumlah", "Kualitas dan Waktu", "Mutu", 3, "Kuantitas/Mutu",
                                 "Output", "IKI", "Waktu dan Biaya", "Efektivitas"])
def test_unknown_aspek(raw: object) -> None:
    assert canonical_aspek(raw) is None


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Penerima Layanan", "penerima-layanan"),
        ("Stakeholder", "penerima-layanan"),
        ("Penerima Layanan/Stakeholder", "penerima-layanan"),
        ("PENERIMA LAYANAN (STAKEHOLDER)", "penerima-layanan"),
        ("Perspektif Penerima Layanan", "penerima-layanan"),
        ("Perspektif Proses Bisnis", "proses-bisnis"),
        ("PROSES BISNIS", "proses-bisnis"),
        ("Penguatan Internal", "penguatan-internal"),
        ("A. Anggaran", "anggaran"),
        ("4) Anggaran", "anggaran"),
    ],
)
def test_canonical_perspektif(raw: str, expected: str) -> None:
    assert canonical_perspektif(raw) == expected


@pytest.mark.parametrize("raw", [None, "", "Keuangan", "Pelanggan", "Proses"])
def test_unknown_perspektif(raw: object) -> None:
    assert canonical_perspektif(raw) is None


@pytest.mark.parametrize(
    ("raw", "expected"),
    [("Direct Cascading", "direct"), ("Langsung", "direct"), ("direct", "direct"),
     ("Kaskade Langsung", "direct"), ("Non-Direct Cascading", "non-direct"), ("Non Direct", "non-direct"),
     ("NON DIRECT CASCADING", "non-direct"), ("Tidak Langsung", "non-direct"), ("Indirect", "non-direct")],
)
def test_canonical_jenis_penyelarasan(raw: str, expected: str) -> None:
    assert canonical_jenis_penyelarasan(raw) == expected


@pytest.mark.parametrize("raw", [None, "", "Cascading", "Kadang langsung"])
def test_unknown_jenis_penyelarasan(raw: object) -> None:
    assert canonical_jenis_penyelarasan(raw) is None


@pytest.mark.parametrize(
    ("raw", "expected"),
    [("Pembagian Aspek", "pembagian-aspek"), ("pembagian wilayah", "pembagian-wilayah"),
     ("Pembagian Beban Target", "pembagian-beban-target"),
     ("Pembagian Beban Target Kuantitatif", "pembagian-beban-target"),
     ("Pendekatan Layanan", "layanan"), ("Layanan", "layanan"),
     ("Pendekatan Output Antara", "output-antara"), ("output antara", "output-antara")],
)
def test_canonical_metode(raw: str, expected: str) -> None:
    assert canonical_metode(raw) == expected


@pytest.mark.parametrize("raw", [None, "", "Pembagian", "Pendekatan Hasil"])
def test_unknown_metode(raw: object) -> None:
    assert canonical_metode(raw) is None


def _validation_names(node: object) -> Iterator[str]:
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "validation" and isinstance(value, str):
                yield value
            else:
                yield from _validation_names(value)
    elif isinstance(node, (list, tuple)):
        for item in node:
            yield from _validation_names(item)


def test_every_validation_name_in_the_mappings_has_a_list() -> None:
    names = set(_validation_names(default_mappings().model_dump()))
    assert names  # the walk must find the dropdowns the mappings declare
    assert names <= set(VALIDATION_LISTS)


@pytest.mark.parametrize(
    ("name", "canonical", "expected"),
    [
        ("aspek", canonical_aspek, ["kuantitas", "kualitas", "waktu", "biaya"]),
        ("perspektif", canonical_perspektif,
         ["penerima-layanan", "proses-bisnis", "penguatan-internal", "anggaran"]),
        ("jenis-penyelarasan", canonical_jenis_penyelarasan, ["direct", "non-direct"]),
        ("metode-kaskade", canonical_metode,
         ["pembagian-aspek", "pembagian-wilayah", "pembagian-beban-target", "layanan", "output-antara"]),
    ],
)
def test_dropdown_values_canonicalise_back(
    name: str, canonical: Callable[[object], str | None], expected: list[str]
) -> None:
    assert [canonical(value) for value in VALIDATION_LISTS[name]] == expected


def test_pangkat_and_jenjang_dropdowns() -> None:
    assert len(VALIDATION_LISTS["pangkat"]) == 17
    assert all(parse_pangkat(value).problem is None for value in VALIDATION_LISTS["pangkat"])
    assert VALIDATION_LISTS["jenjang"] == list(JENJANG)


def test_dropdown_values_are_distinct() -> None:
    assert all(len(values) == len(set(values)) for values in VALIDATION_LISTS.values())

