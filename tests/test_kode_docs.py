"""The finding codes agree everywhere: catalogue = docs/kode-temuan.md = registered checks = SPEC §7."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import skp.checks  # noqa: F401  registers the document and batch checks
import skp.periksa  # noqa: F401  registers the reading codes (file safety and form recognition)
from skp.checks.registry import registered_codes
from skp.checks.rules import PemeriksaanRules
from skp.findings import catalogue

ROOT = Path(__file__).parents[1]
DOCS = ROOT / "docs" / "kode-temuan.md"
SPEC = ROOT.parent / "shared" / "SPEC.md"
HEADING = re.compile(r"^### `([a-z0-9-]+)`\n- \*\*Tingkat:\*\* (\w+).*?\*\*Lingkup:\*\* (\w+)", re.M | re.S)
SPEC_ROW = re.compile(r"^\| `([a-z0-9-]+)` \| (\w+) \|", re.M)


def documented() -> dict[str, tuple[str, str]]:
    return {code: (tingkat, lingkup) for code, tingkat, lingkup in HEADING.findall(DOCS.read_text("utf-8"))}


def test_every_catalogue_code_is_documented_once_with_its_tingkat_and_lingkup() -> None:
    docs = documented()
    assert len(HEADING.findall(DOCS.read_text("utf-8"))) == len(docs)
    assert docs == {code: (i.tingkat.value, i.lingkup) for code, i in catalogue().items()}


def test_every_documented_code_explains_what_how_and_example() -> None:
    parts = ("**Yang diperiksa:**", "**Cara memperbaiki:**", "**Contoh:**")
    for section in DOCS.read_text("utf-8").split("\n### ")[1:]:
        assert all(part in section for part in parts), section.splitlines()[0]


def test_registered_checks_emit_exactly_the_catalogue() -> None:
    assert registered_codes() == set(catalogue())


@pytest.mark.skipif(not SPEC.exists(), reason="SPEC.md is not beside the repository")
def test_catalogue_is_the_spec_table() -> None:
    rows = dict(SPEC_ROW.findall(SPEC.read_text("utf-8")))
    assert {code: i.tingkat.value for code, i in catalogue().items()} == rows


def test_every_pemeriksaan_rule_is_documented() -> None:
    documented_keys = set(re.findall(r"^\| `([a-z_]+)` \|", DOCS.read_text("utf-8"), re.M))
    assert documented_keys == set(PemeriksaanRules.model_fields)
