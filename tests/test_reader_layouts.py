"""Every hand-made layout of the same SKP reads to the same document as the plain template layout."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from skp.config import Config
from skp.models import SkpDocument
from skp.reading.load import load_grid
from skp.reading.reader import read_document

DATA = Path(__file__).parent / "data"
LOCATION_KEYS = {
    "cells",
    "row",
    "sheet",
    "title_cell",
    "utama_cell",
    "manual_iki_sheet",
    "keterkaitan_ak_sheet",
    "labels",  # where each label stands and how it was written: differs by layout by design
}
SAME_AS_PLAIN = sorted(p.name for p in DATA.glob("layout_*.xls*") if p.stem != "layout_nip_angka")


def read(name: str, config: Config) -> SkpDocument:
    return read_document(load_grid(DATA / name, config), config)


def content(value: Any) -> Any:
    """The document without where things sit: what every layout must agree on."""
    if isinstance(value, dict):
        return {k: content(v) for k, v in value.items() if k not in LOCATION_KEYS}
    if isinstance(value, list):
        return [content(v) for v in value]
    return value


@pytest.fixture(scope="module")
def plain(config: Config) -> SkpDocument:
    return read("layout_polos.xlsx", config)


def test_at_least_ten_layout_variants() -> None:
    assert len(SAME_AS_PLAIN) >= 11  # the plain layout itself plus ten variants


@pytest.mark.parametrize("name", SAME_AS_PLAIN)
def test_layout_reads_like_plain(name: str, plain: SkpDocument, config: Config) -> None:
    assert content(read(name, config).model_dump(mode="json")) == content(plain.model_dump(mode="json"))


def test_plain_layout_values(plain: SkpDocument) -> None:
    assert (plain.form, plain.sheet, plain.agency) == (
        "ja-dasar",
        "SKP",
        "DINAS KOMUNIKASI DAN INFORMATIKA KABUPATEN SLEMAN",
    )
    assert plain.pegawai.nama == "Ani Wulandari, S.Kom."
    assert plain.pegawai.nip == "19860926 201505 2 001"
    assert plain.penilai.unit_kerja == "Dinas Komunikasi dan Informatika"
    assert (plain.periode.raw, str(plain.periode.start), str(plain.periode.end)) == (
        "1 JANUARI SD 31 DESEMBER 2025",
        "2025-01-01",
        "2025-12-31",
    )
    assert [(rk.section, rk.no, len(rk.iki)) for rk in plain.rencana] == [
        ("utama", "1", 3),
        ("utama", "2", 2),
        ("tambahan", "1", 1),
    ]
    second = plain.rencana[0].iki[1]
    assert (second.aspek, second.target.raw, second.target.min, second.target.satuan) == (
        "kualitas",
        "85,5 %",
        85.5,
        "%",
    )
    assert plain.rencana[2].rk_atasan == "-"


def test_plain_layout_cells(plain: SkpDocument) -> None:
    assert plain.title_cell == "A1"
    assert plain.utama_cell == "A14"
    assert plain.pegawai.cells["nip"] == "C7"
    assert plain.penilai.cells["nama"] == "F6"
    assert plain.rencana[0].cells == {"no": "A15", "rk_atasan": "B15", "rk": "C15"}
    assert plain.rencana[0].iki[2].cells == {"aspek": "D17", "iki": "E17", "target": "F17"}


def test_table_moved_and_kop_surat_shift_cells(config: Config) -> None:
    moved = read("layout_mulai_kolom_c.xlsx", config)
    assert moved.rencana[0].iki[0].cells["target"] == "H15"
    assert moved.pegawai.cells["nama"] == "E6"
    kop = read("layout_kop_surat.xlsx", config)
    assert (kop.title_cell, kop.utama_cell, kop.rencana[1].cells["rk"]) == ("A5", "A18", "C22")


def test_stacked_blocks_and_colon_cells(config: Config) -> None:
    stacked = read("layout_blok_bertumpuk.xlsx", config)
    assert (stacked.pegawai.cells["nama"], stacked.penilai.cells["nama"]) == ("C6", "C13")
    colon = read("layout_titik_dua.xlsx", config)
    assert (colon.pegawai.cells["nama"], colon.penilai.cells["nama"]) == ("D6", "H6")


def test_split_target_joins_angka_and_satuan(config: Config) -> None:
    document = read("layout_angka_sebagai_teks.xlsx", config)
    target = document.rencana[0].iki[1].target
    assert (target.raw, target.min, target.satuan) == ("85,5 %", 85.5, "%")
    assert document.rencana[0].iki[1].cells["target"] == "F16"


def test_renamed_sheet_among_empty_sheets(config: Config) -> None:
    assert read("layout_sheet_berganti_nama.xlsx", config).sheet == "Rencana SKP 2022"


def test_nip_typed_as_number_is_flagged(plain: SkpDocument, config: Config) -> None:
    document = read("layout_nip_angka.xlsx", config)
    assert document.pegawai.nip_typed_as_number is True
    assert document.pegawai.nip == "198609262015052000"  # Excel kept 15 digits
    expected = plain.model_copy(deep=True)
    expected.pegawai.nip, expected.pegawai.nip_typed_as_number = "198609262015052000", True
    assert content(document.model_dump(mode="json")) == content(expected.model_dump(mode="json"))
