"""An agency's ``--aturan`` file is validated as a whole before any work starts (issue 13 item 4)."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from batch.cli import main
from skp.config import SECTIONS, Config, _default_rules, validate_rules
from skp.errors import ConfigurationError

CLEAN = Path(__file__).parent / "data" / "clean_ja-dasar.xlsx"


def test_the_shipped_rules_pass_and_every_shipped_section_is_known() -> None:
    rules = _default_rules()
    validate_rules(rules, rules, "bawaan")
    assert set(SECTIONS) >= {"pembacaan", "pemeriksaan", "kumpulan", "penilaian", "kaskade"}


def test_a_shipped_section_without_a_listed_model_is_checked_against_the_shipped_keys(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A section another module adds to aturan.yaml is known at once; its keys are the shipped ones."""
    shipped = {**_default_rules(), "baru": {"ambang": 1}}
    monkeypatch.setattr("skp.config._default_rules", lambda: shipped)
    validate_rules({"baru": {"ambang": 2}}, shipped, "instansi.yaml")
    with pytest.raises(ConfigurationError, match="'baru.ambang_salah'"):
        validate_rules({"baru": {"ambang_salah": 2}}, shipped, "instansi.yaml")


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("pemeriksan:\n  nip_usia_minimum: 20\n", "'pemeriksan'"),
        ("kumpulan:\n  rasio_kesetaran: 3\n", "'kumpulan.rasio_kesetaran'"),
        ("kaskade:\n  desimal_bawan: 1\n", "'kaskade.desimal_bawan'"),
        ("pembacaan:\n  deteksi:\n    kolom_jajf: [aspek]\n", "'pembacaan.deteksi.kolom_jajf'"),
        ("pembacaan:\n  batas:\n    sel_maks: 5\n", "'pembacaan.batas.sel_maks'"),
        ("penilaian:\n  predikat:\n    sangat_bagus: 1\n", "'penilaian.predikat.sangat_bagus'"),
    ],
)
def test_unknown_section_or_key_is_named(tmp_path: Path, text: str, named: str) -> None:
    path = tmp_path / "aturan.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigurationError, match="tidak dikenal") as caught:
        Config.from_file(path)
    assert named in str(caught.value)


@pytest.mark.parametrize("command", [["periksa"], ["nilai"], ["rekap", "-o", "{tmp}/r.xlsx"],
                                     ["kaskade", "-o", "{tmp}/draf"]])
def test_every_command_refuses_a_misspelt_rules_file_before_work(tmp_path: Path, command: list[str]) -> None:
    """A typo in a section only the batch checks read (kumpulan) stops the command at once, exit 2."""
    path = tmp_path / "aturan.yaml"
    path.write_text("kumpulan:\n  rasio_kesetaraan: 3\n  ambang_kemiripan: 80\n", encoding="utf-8")
    args = [a.replace("{tmp}", str(tmp_path)) for a in command]
    result = CliRunner().invoke(main, [args[0], str(CLEAN), *args[1:], "--aturan", str(path)])
    assert result.exit_code == 2, result.output
    assert "'kumpulan.ambang_kemiripan'" in result.output and "Traceback" not in result.output
    assert not (tmp_path / "r.xlsx").exists() and not (tmp_path / "draf").exists()


def test_a_wrong_value_in_any_section_is_refused_up_front(tmp_path: Path) -> None:
    path = tmp_path / "aturan.yaml"
    path.write_text("kaskade:\n  desimal_bawaan: banyak\n", encoding="utf-8")
    with pytest.raises(ConfigurationError, match="'kaskade' tidak sah"):
        Config.from_file(path)


def test_a_valid_agency_file_still_overrides(tmp_path: Path) -> None:
    path = tmp_path / "aturan.yaml"
    path.write_text("kumpulan:\n  rasio_kesetaraan: 3\npenilaian:\n  nilai_capaian_100: 110\n",
                    encoding="utf-8")
    assert Config.from_file(path).rules["kumpulan"]["rasio_kesetaraan"] == 3


def test_a_hostile_rules_file_name_reaches_the_terminal_escaped(tmp_path: Path) -> None:
    path = tmp_path / "aturan\x1b]0;judul\x07.yaml"
    path.write_text("pemeriksan: {}\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["periksa", str(CLEAN), "--aturan", str(path)])
    assert result.exit_code == 2 and "\x1b" not in result.output and "\\x1b]0;judul\\x07" in result.output
