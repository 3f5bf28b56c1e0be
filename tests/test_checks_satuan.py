"""target-tanpa-satuan and target-absolut on the IKI text (SPEC §7), on the clean JA Model Dasar document.

IKI rows 16–18 belong to the first RK ("Jumlah laporan …" 12 laporan, "Persentase …" 90 %, the waktu IKI
12 bulan); IKI texts are in column E, targets in column F.
"""

from __future__ import annotations

import pytest
from clean_documents import clean_document, found

from skp.config import Config
from skp.models import Iki, SkpDocument
from skp.numbers import parse_target


def _iki(document: SkpDocument, row: int) -> Iki:
    return document.rencana[0].iki[row]


@pytest.mark.parametrize("target", ["12", 12, "12,5", "≥ 12", "10 - 12", "Minimal 12", "12 (dua belas)"])
def test_bare_number_target(target: object) -> None:
    document = clean_document("ja-dasar")
    _iki(document, 0).target = parse_target(target)
    assert found(document) == {("target-tanpa-satuan", "SKP", "F16")}


def test_satuan_example_goes_before_a_trailing_mark() -> None:
    """``12;`` (a sentence's mark typed after every target, from ``benchmarks/nyata_bl``): the message's
    example puts the satuan after the number, not after the mark."""
    from skp.checks.registry import run_document_checks

    document = clean_document("ja-dasar")
    _iki(document, 0).target = parse_target("12;")
    (finding,) = [f for f in run_document_checks(document, Config()) if f.code == "target-tanpa-satuan"]
    assert "misalnya '12 laporan'" in finding.message


@pytest.mark.parametrize(
    "iki",
    ["Persentase laporan tanpa koreksi", "Prosentase laporan tanpa koreksi", "Indeks kepuasan pimpinan",
     "Nilai SAKIP", "Skor evaluasi SPIP", "1. Persentase laporan tanpa koreksi",
     "Persen laporan tanpa koreksi", "[IKU-4] Persentase laporan tanpa koreksi",
     "(IKI-1.2) Indeks kepuasan pimpinan"],
)
def test_unitless_measures_need_no_satuan(iki: str) -> None:
    document = clean_document("ja-dasar")
    _iki(document, 0).text, _iki(document, 0).target = iki, parse_target("90")
    assert found(document) == set()


@pytest.mark.parametrize("iki", ["Jumlah laporan yang tersusun", "Tingkat kepuasan pimpinan",
                                 "Cakupan layanan arsip", "Capaian realisasi anggaran"])
def test_counted_measures_still_need_a_satuan(iki: str) -> None:
    document = clean_document("ja-dasar")
    _iki(document, 0).text, _iki(document, 0).target = iki, parse_target("90")
    assert found(document) == {("target-tanpa-satuan", "SKP", "F16")}


def test_a_bare_waktu_target_is_reported_once() -> None:
    """Not also satuan-tidak-sesuai-aspek: one mistake, one finding."""
    document = clean_document("ja-dasar")
    _iki(document, 2).target = parse_target(12)
    assert found(document) == {("target-tanpa-satuan", "SKP", "F18")}


@pytest.mark.parametrize("target",
                         ["12 laporan", "90 %", "Rp 1.500.000", "12 (dua belas) dokumen", "Tepat waktu"])
def test_targets_with_satuan_or_without_number_are_left_alone(target: str) -> None:
    document = clean_document("ja-dasar")
    _iki(document, 0).target = parse_target(target)
    assert "target-tanpa-satuan" not in {code for code, _, _ in found(document)}


def test_the_exempt_words_come_from_the_rules() -> None:
    document = clean_document("ja-dasar")
    _iki(document, 0).text, _iki(document, 0).target = "Rasio belanja pegawai", parse_target("0,3")
    assert found(document) == {("target-tanpa-satuan", "SKP", "F16")}
    config = Config(rules={"pemeriksaan": {"iki_tanpa_satuan": ["rasio"]}})
    assert found(document, config) == set()


@pytest.mark.parametrize("iki", ["Semua surat masuk tercatat pada hari yang sama",
                                 "Surat keluar selalu terkirim hari itu juga",
                                 "Tidak pernah ada keluhan atas layanan arsip"])
def test_absolute_iki_text(iki: str) -> None:
    document = clean_document("ja-dasar")
    _iki(document, 0).text = iki
    assert found(document) == {("target-absolut", "SKP", "E16")}


@pytest.mark.parametrize("iki", ["Jumlah laporan yang disampaikan setiap bulan",
                                 "Persentase dokumen yang diverifikasi dari semua dokumen masuk",
                                 "Presentase surat yang diagendakan setiap hari",
                                 "Jumlah laporan keuangan bulanan yang tersusun",
                                 "Laporan disampaikan paling lambat setiap tanggal 5",
                                 "Rekapitulasi kehadiran disampaikan setiap akhir bulan",
                                 "Data pegawai dimutakhirkan setiap 3 bulan",
                                 "Laporan arsip disampaikan setiap bulannya"])
def test_periodic_and_ratio_iki_are_not_absolute(iki: str) -> None:
    document = clean_document("ja-dasar")
    _iki(document, 0).text = iki
    assert found(document) == set()


def test_absolute_iki_and_target_are_both_named() -> None:
    document = clean_document("ja-dasar")
    _iki(document, 0).text = "Semua laporan tersusun"
    _iki(document, 0).target = parse_target("semua laporan (12 laporan)")
    assert found(document) == {("target-absolut", "SKP", "E16"), ("target-absolut", "SKP", "F16")}


def test_jpt_iki_are_not_judged_absolute() -> None:
    document = clean_document("jpt-dasar")
    document.rencana[0].iki[0].text = "Semua jalan kabupaten dalam kondisi mantap"
    assert "target-absolut" not in {code for code, _, _ in found(document)}


@pytest.mark.parametrize("iki", ["Arsip dapat diakses setiap saat", "Laporan tersusun setiap kegiatan",
                                 "Setiap surat dicatat setiap hari"])
def test_setiap_outside_a_period_is_absolute(iki: str) -> None:
    document = clean_document("ja-dasar")
    _iki(document, 0).text = iki
    assert found(document) == {("target-absolut", "SKP", "E16")}


def test_a_count_per_period_is_no_absolute_target() -> None:
    document = clean_document("ja-dasar")
    _iki(document, 0).target = parse_target("12 laporan (setiap bulan)")
    assert found(document) == set()


def test_a_percent_per_period_is_an_absolute_target() -> None:
    document = clean_document("ja-dasar")
    _iki(document, 1).target = parse_target("100 % setiap bulan")
    assert found(document) == {("target-absolut", "SKP", "F17")}


@pytest.mark.parametrize("iki", ["% laporan tanpa koreksi", "(%) laporan tanpa koreksi"])
def test_the_percent_sign_opens_a_unitless_measure(iki: str) -> None:
    document = clean_document("ja-dasar")
    _iki(document, 0).text, _iki(document, 0).target = iki, parse_target("90")
    assert found(document) == set()


def test_a_percent_sign_later_in_the_iki_is_no_measure() -> None:
    document = clean_document("ja-dasar")
    _iki(document, 0).text, _iki(document, 0).target = "Laporan tanpa koreksi (%)", parse_target("90")
    assert found(document) == {("target-tanpa-satuan", "SKP", "F16")}
