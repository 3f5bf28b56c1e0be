"""Plan checks shared by every model, on documents built in code: exact (code, sheet, cell) sets."""

from __future__ import annotations

import pytest
from clean_documents import clean_document, found

from skp.config import Config
from skp.models import Iki, RencanaKinerja
from skp.numbers import parse_target


def _iki(document, rk: int, iki: int) -> Iki:
    return document.rencana[rk].iki[iki]


def test_no_kinerja_utama() -> None:
    document = clean_document("ja-dasar")
    document.rencana = [rk for rk in document.rencana if rk.section == "tambahan"]
    assert found(document) == {("kinerja-utama-kosong", "SKP", "A15")}


def test_blank_template_rows_are_not_findings() -> None:
    document = clean_document("ja-dasar")
    document.rencana.append(RencanaKinerja(sheet="SKP", section="utama", cells={"rk": "C30"},
                                           iki=[Iki(sheet="SKP", cells={"target": "F30"})]))
    assert found(document) == set()


def test_rk_without_iki() -> None:
    document = clean_document("jpt-dasar")
    document.rencana[1].iki[0].text = None
    assert found(document) == {("rk-tanpa-iki", "SKP", "C17")}


@pytest.mark.parametrize("target, code", [
    (None, "iki-tanpa-target"),
    ("  ", "iki-tanpa-target"),
    ("Tepat waktu", "target-tidak-terukur"),
    ("90 - 80 %", "target-rentang-terbalik"),
])
def test_target_defects(target: str | None, code: str) -> None:
    document = clean_document("ja-dasar")
    _iki(document, 0, 1).target = None if target is None else parse_target(target)
    assert found(document) == {(code, "SKP", "F17")}


def test_range_in_order_is_fine() -> None:
    document = clean_document("ja-dasar")
    _iki(document, 0, 1).target = parse_target("80 - 90 %")
    assert found(document) == set()


@pytest.mark.parametrize("raw", [None, "Efektivitas"])
def test_invalid_aspek(raw: str | None) -> None:
    document = clean_document("jf-dasar")
    iki = _iki(document, 1, 0)
    iki.aspek_raw, iki.aspek = raw, None
    assert found(document) == {("aspek-tidak-valid", "SKP", "D19")}


def test_jpt_has_no_aspek_column() -> None:
    document = clean_document("jpt-dasar")
    assert all(i.aspek is None for rk in document.rencana for i in rk.iki)
    assert found(document) == set()


def test_same_aspek_twice_reported_at_the_repeat() -> None:
    document = clean_document("ja-dasar")
    iki = _iki(document, 0, 2)
    iki.aspek_raw, iki.aspek, iki.target = "Kuantitas", "kuantitas", parse_target("4 laporan")
    assert found(document) == {("aspek-ganda", "SKP", "D18")}


def test_utama_without_rk_atasan() -> None:
    document = clean_document("jf-pengembangan")
    document.rencana[1].rk_atasan = ""
    assert found(document) == {("rk-atasan-kosong", "SKP", "B19")}


def test_tambahan_and_jpt_need_no_rk_atasan() -> None:
    assert clean_document("ja-dasar").rencana[2].rk_atasan is None
    assert found(clean_document("jpt-pengembangan")) == set()


def test_activity_rk() -> None:
    document = clean_document("ja-dasar")
    document.rencana[0].text = "Menyusun laporan keuangan bulanan"
    document.rencana[2].text = "Mengikuti pelatihan pengelolaan keuangan daerah"
    assert found(document) == {("rk-berbasis-aktivitas", "SKP", "C16"),
                               ("rk-berbasis-aktivitas", "SKP", "C23")}


def test_activity_sections_are_configurable() -> None:
    document = clean_document("ja-dasar")
    document.rencana[2].text = "Mengikuti pelatihan pengelolaan keuangan daerah"
    config = Config(rules={"pemeriksaan": {"aktivitas_bagian": ["utama"]}})
    assert found(document, config) == set()


@pytest.mark.parametrize("target", ["Semua dokumen", "Selalu tepat waktu", "Tidak pernah terlambat",
                                    "100 % setiap bulan"])
def test_absolute_target(target: str) -> None:
    document = clean_document("ja-dasar")
    _iki(document, 0, 1).target = parse_target(target)
    expected = {("target-absolut", "SKP", "F17")}
    if not parse_target(target).is_measurable:
        expected.add(("target-tidak-terukur", "SKP", "F17"))
    assert found(document) == expected


def test_absolute_words_are_whole_words() -> None:
    document = clean_document("ja-dasar")
    _iki(document, 0, 0).target = parse_target("12 laporan kesemuanya")
    assert found(document) == set()


def test_jpt_targets_may_be_absolute() -> None:
    document = clean_document("jpt-dasar")
    document.rencana[1].iki[0].target = parse_target("100 % semua PBG")
    assert found(document) == set()


def test_duplicate_rk_reported_at_the_second() -> None:
    document = clean_document("ja-dasar")
    document.rencana[2].text = " laporan keuangan bulanan tersusun tepat waktu dan akurat. "
    assert found(document) == {("rk-ganda", "SKP", "C23")}


@pytest.mark.parametrize("rk, iki, target", [(0, 2, "12 laporan"), (0, 2, "100 %"), (1, 1, "10 dokumen")])
def test_waktu_without_time_unit(rk: int, iki: int, target: str) -> None:
    document = clean_document("ja-dasar")
    _iki(document, rk, iki).target = parse_target(target)
    cell = _iki(document, rk, iki).cell("target")
    assert found(document) == {("satuan-tidak-sesuai-aspek", "SKP", cell)}


@pytest.mark.parametrize("target, expected", [("Rp 1.500.000", set()), ("1,5 juta rupiah", set()),
                                              ("15 dokumen", {("satuan-tidak-sesuai-aspek", "SKP", "F16")})])
def test_biaya_needs_currency(target: str, expected: set) -> None:
    document = clean_document("ja-dasar")
    iki = _iki(document, 0, 0)
    iki.aspek_raw, iki.aspek, iki.target = "Biaya", "biaya", parse_target(target)
    assert found(document) == expected


def test_extra_time_units_from_the_rules() -> None:
    document = clean_document("ja-dasar")
    _iki(document, 0, 2).target = parse_target("4 termin")
    assert found(document) == {("satuan-tidak-sesuai-aspek", "SKP", "F18")}
    config = Config(rules={"pemeriksaan": {"satuan_waktu_tambahan": ["termin"]}})
    assert found(document, config) == set()


def test_an_iki_named_for_time_needs_a_time_unit_whatever_its_aspek() -> None:
    """"Waktu penyelesaian …" under aspek Kuantitas in documents is reported; in hari kerja or as a
    percentage it is not; with ``pemeriksaan.iki_waktu`` emptied the aspek cell alone decides."""
    document = clean_document("ja-dasar")
    iki = _iki(document, 0, 0)
    iki.text, iki.target = "Waktu penyelesaian usulan kenaikan pangkat", parse_target("14 dokumen")
    assert iki.aspek == "kuantitas"
    assert found(document) == {("satuan-tidak-sesuai-aspek", "SKP", iki.cell("target"))}
    assert found(document, Config(rules={"pemeriksaan": {"iki_waktu": []}})) == set()
    for fitting in ("14 hari kerja", "100 %"):
        iki.target = parse_target(fitting)
        assert found(document) == set()
