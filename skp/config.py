"""Agency-adjustable settings: the **[interpretation]** choices of SPEC, never hard-coded.

Two YAML files ship with the package: ``skp/data/aturan.yaml`` (reading limits, checks, batch
matching) and ``skp/data/penilaian.yaml`` (scoring, SPEC §6). An agency may pass its own file with
``--aturan`` whose sections override the defaults key by key. Each module owns one section and declares
its pydantic model; :meth:`Config.section` validates that section once and caches it.
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ValidationError

from skp.errors import ConfigurationError
from skp.mapping import Mappings, default_mappings

T = TypeVar("T", bound=BaseModel)
_DEFAULT_FILES = ("aturan.yaml", "penilaian.yaml")


def _deep_merge(base: dict[str, Any], override: dict[str, Any]) -> dict[str, Any]:
    merged = dict(base)
    for key, value in override.items():
        if isinstance(value, dict) and isinstance(merged.get(key), dict):
            merged[key] = _deep_merge(merged[key], value)
        else:
            merged[key] = value
    return merged


@cache
def _default_rules() -> dict[str, Any]:
    rules: dict[str, Any] = {}
    for name in _DEFAULT_FILES:
        text = resources.files("skp").joinpath("data", name).read_text(encoding="utf-8")
        rules = _deep_merge(rules, yaml.safe_load(text) or {})
    return rules


class Config:
    """Mappings plus rules for one run. Cheap to pass to worker processes (picklable)."""

    def __init__(self, mappings: Mappings | None = None, rules: dict[str, Any] | None = None) -> None:
        self.mappings = mappings or default_mappings()
        self.rules = rules if rules is not None else _default_rules()
        self._sections: dict[tuple[str, type], BaseModel] = {}

    @classmethod
    def from_file(cls, path: Path | None) -> Config:
        """Defaults overridden by an agency's rules file (``--aturan``)."""
        if path is None:
            return cls()
        try:
            override = yaml.safe_load(Path(path).read_text(encoding="utf-8")) or {}
        except (OSError, yaml.YAMLError) as exc:
            raise ConfigurationError(f"berkas aturan {path} tidak dapat dibaca: {exc}") from exc
        if not isinstance(override, dict):
            raise ConfigurationError(f"berkas aturan {path} harus berupa peta YAML")
        return cls(rules=_deep_merge(_default_rules(), override))

    def section(self, name: str, model: type[T]) -> T:
        """The validated section ``name`` of the rules."""
        key = (name, model)
        if key not in self._sections:
            try:
                self._sections[key] = model.model_validate(self.rules.get(name, {}))
            except ValidationError as exc:
                raise ConfigurationError(f"aturan bagian '{name}' tidak sah:\n{exc}") from exc
        return self._sections[key]  # type: ignore[return-value]

    def __getstate__(self) -> dict[str, Any]:
        return {"mappings": self.mappings, "rules": self.rules}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__init__(state["mappings"], state["rules"])  # type: ignore[misc]


@cache
def default_config() -> Config:
    return Config()
