"""JF annex checks: Keterkaitan SKP dengan Angka Kredit present, each utama RK linked, angka kredit valid."""

from __future__ import annotations

import pytest
from clean_documents import clean_document, found

from skp.config import Config
from skp.models import KeterkaitanAkRow


def test_keterkaitan_sheet_missing() -> None:
    document = clean_document("jf-dasar")
    document.keterkaitan_ak, document.keterkaitan_ak_sheet = None, None
    assert found(document) == {("keterkaitan-ak-hilang", None, None)}


def test_ja_needs_no_keterkaitan() -> None:
    assert clean_document("ja-dasar").keterkaitan_ak is None
    assert found(clean_document("ja-dasar")) == set()


def test_utama_rk_without_butir() -> None:
    document = clean_document("jf-pengembangan")
    document.keterkaitan_ak = document.keterkaitan_ak[:1]
    assert found(document) == {("rk-tanpa-butir-kegiatan", "SKP", "C19")}


def test_butir_rows_under_a_merged_rk_belong_to_it() -> None:
    document = clean_document("jf-dasar")
    second = document.keterkaitan_ak[1]
    document.keterkaitan_ak[1:] = [
        KeterkaitanAkRow(sheet="Keterkaitan AK", rencana_kinerja=second.rencana_kinerja.upper(),
                         cells={"rencana_kinerja": "B15"}),
        KeterkaitanAkRow(sheet="Keterkaitan AK", butir_kegiatan="Menyusun kebutuhan sistem",
                         angka_kredit=0.04, angka_kredit_raw="0,04",
                         cells={"butir_kegiatan": "C16", "angka_kredit": "E16"}),
    ]
    assert found(document) == set()


def test_tambahan_rk_needs_no_butir() -> None:
    document = clean_document("jf-dasar")
    assert document.rencana[2].section == "tambahan"
    assert found(document) == set()


@pytest.mark.parametrize("raw, value", [(None, None), ("nol koma lima", None), ("0", 0.0),
                                        ("-0,005", -0.005), ("0,0005", 0.0005)])
def test_invalid_angka_kredit(raw: str | None, value: float | None) -> None:
    document = clean_document("jf-dasar")
    row = document.keterkaitan_ak[1]
    row.angka_kredit_raw, row.angka_kredit = raw, value
    assert found(document) == {("angka-kredit-tidak-valid", "Keterkaitan AK", "E15")}


def test_angka_kredit_decimals_from_the_rules() -> None:
    document = clean_document("jf-dasar")
    document.keterkaitan_ak[0].angka_kredit = 0.0005
    assert found(document, Config(rules={"pemeriksaan": {"angka_kredit_desimal_maksimum": 4}})) == set()
