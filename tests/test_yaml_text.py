"""The one YAML loader (libyaml's C safe loader) reads every shipped file as PyYAML's pure-Python safe
loader does, and builds no Python objects from tags."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from skp.yaml_text import YAMLError, load_yaml

ROOT = Path(__file__).resolve().parents[1]
SHIPPED = sorted([*ROOT.joinpath("mappings").glob("*.yaml"), *ROOT.joinpath("skp", "data").glob("*.yaml")])


def test_shipped_files_are_found() -> None:
    assert len(SHIPPED) >= 10


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.name)
def test_reads_as_the_pure_python_safe_loader(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert load_yaml(text) == yaml.load(text, Loader=yaml.SafeLoader)  # noqa: S506 (the safe loader)


def test_python_tags_are_refused() -> None:
    with pytest.raises(YAMLError):
        load_yaml("!!python/object/apply:os.system ['echo dimiliki']")
