"""The jenis (JA or JF) of a Model Dasar SKP from its jabatan and its Keterkaitan AK sheet (SPEC §2.2, §3.7,
§3.10): an agency's template annex left unfilled in a JA's workbook makes no JF; a filled one, or a JF title
(also written ``JFT …`` or ``CPNS …``), does; a CPNS's status beside the pangkat or the NIP, and a PPPK's
``NI PPPK``, are no error. Fixtures: ``tests/data/make_jenis_jabatan.py``."""

from __future__ import annotations

from pathlib import Path

import pytest

from skp.config import Config
from skp.periksa import check_path

DATA = Path(__file__).parent / "data"


def _check(
    name: str, config: Config | None = None
) -> tuple[str | None, list[tuple[str, str | None, str | None]]]:
    report, _ = check_path(DATA / f"{name}.xlsx", config or Config())
    return report.form, [(f.code, f.sheet, f.cell) for f in report.findings]


@pytest.mark.parametrize("name", ["jenis_ja_dasar_lampiran_ak_kosong", "jenis_ja_dasar_lampiran_ak_rk_saja"])
def test_an_unfilled_template_annex_makes_no_jf(name: str) -> None:
    assert _check(name) == ("ja-dasar", [])


def test_a_jf_title_with_an_unfilled_annex_is_jf_with_unlinked_rk() -> None:
    assert _check("jenis_jf_dasar_lampiran_ak_rk_saja") == (
        "jf-dasar",
        [("rk-tanpa-butir-kegiatan", "SKP", "C14"), ("rk-tanpa-butir-kegiatan", "SKP", "C16")],
    )


def test_an_annex_with_one_butir_makes_a_jf_of_an_unknown_title() -> None:
    assert _check("jenis_jf_dasar_lampiran_ak_sebagian") == (
        "jf-dasar",
        [("rk-tanpa-butir-kegiatan", "SKP", "C16")],
    )


def test_jft_before_the_name_is_a_jf() -> None:
    assert _check("jenis_jf_dasar_jft_tanpa_lampiran") == (
        "jf-dasar",
        [("keterkaitan-ak-hilang", None, None)],
    )
    assert _check("jenis_jf_dasar_jft_lampiran") == ("jf-dasar", [])


def test_any_annex_counts_when_the_rule_is_off(tmp_path: Path) -> None:
    rules = tmp_path / "aturan.yaml"
    rules.write_text("pembacaan:\n  deteksi:\n    lampiran_jf_berisi: false\n", encoding="utf-8")
    form, findings = _check("jenis_ja_dasar_lampiran_ak_kosong", Config.from_file(rules))
    assert form == "jf-dasar"
    assert [code for code, _, _ in findings] == ["rk-tanpa-butir-kegiatan"] * 2


def test_a_cpns_status_beside_the_pangkat_is_no_pangkat_error() -> None:
    assert _check("jenis_ja_dasar_cpns_pangkat") == ("ja-dasar", [])
    assert _check("jenis_ja_dasar_cpns_pangkat_tidak_cocok") == (
        "ja-dasar",
        [("pangkat-tidak-dikenal", "SKP", "C8")],
    )
    assert _check("jenis_ja_dasar_cpns_tanpa_golongan") == (
        "ja-dasar",
        [("pangkat-tidak-dikenal", "SKP", "C8")],
    )


def test_cpns_before_a_jf_name_is_a_jf() -> None:
    assert _check("jenis_jf_dasar_cpns_tanpa_lampiran") == (
        "jf-dasar",
        [("keterkaitan-ak-hilang", None, None)],
    )


def test_a_jf_with_its_jenjang_after_a_role_is_a_jf() -> None:
    assert _check("jenis_jf_dasar_peran_tanpa_lampiran") == (
        "jf-dasar",
        [("keterkaitan-ak-hilang", None, None)],
    )
    assert _check("jenis_jf_dasar_peran_jenjang") == (
        "jf-dasar",
        [("jenjang-golongan-tidak-sesuai", "SKP", "C8")],
    )
    assert _check("jenis_ja_dasar_kasi_nama_jf") == ("ja-dasar", [])


def test_the_nip_of_a_pppk_or_cpns_as_written() -> None:
    assert _check("jenis_ja_dasar_ni_pppk") == ("ja-dasar", [])
    assert _check("jenis_ja_dasar_nip_status_cpns") == ("ja-dasar", [])
    assert _check("jenis_ja_dasar_nip_status_saja") == ("ja-dasar", [("nip-tidak-valid", "SKP", "C7")])
