"""Agency-adjustable settings: the **[interpretation]** choices of SPEC, never hard-coded.

Two YAML files ship with the package: ``skp/data/aturan.yaml`` (reading limits, checks, batch
matching) and ``skp/data/penilaian.yaml`` (scoring, SPEC §6). An agency may pass its own file with
``--aturan`` whose sections override the defaults key by key. Each module owns one section and declares
its pydantic model; :meth:`Config.section` validates that section once and caches it.
"""

from __future__ import annotations

import importlib
import typing
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from skp.errors import ConfigurationError
from skp.mapping import Mappings, default_mappings
from skp.yaml_text import YAMLError, load_yaml, yaml_problem

T = TypeVar("T", bound=BaseModel)
_DEFAULT_FILES = ("aturan.yaml", "penilaian.yaml")

# Every section a rules file may hold, and the models ("module:Class") of the modules that read it. Named
# as strings and imported only to check an agency's file, because those modules import this one; a module
# that reads a new section adds it here (tests/test_config.py fails until it does).
SECTIONS: dict[str, tuple[str, ...]] = {
    "pembacaan": ("skp.reading.rules:ReadingRules", "skp.reading.safety:_ReadingRules"),
    "pemeriksaan": ("skp.checks.rules:PemeriksaanRules",),
    "kumpulan": ("skp.hierarchy.links:KumpulanRules",),
    "penilaian": ("skp.scoring.settings:ScoringSettings",),
    "kaskade": ("skp.cascade.target:KaskadeRules",),
    "daftar": ("skp.daftar:DaftarRules",),
    "rekap": ("skp.recap.units:RekapRules",),
}


def _deep_merge(base: dict[str, Any], override: dict[str, Any]) -> dict[str, Any]:
    merged = dict(base)
    for key, value in override.items():
        if isinstance(value, dict) and isinstance(merged.get(key), dict):
            merged[key] = _deep_merge(merged[key], value)
        else:
            merged[key] = value
    return merged


def _model(spec: str) -> type[BaseModel]:
    module, name = spec.split(":")
    return getattr(importlib.import_module(module), name)  # type: ignore[no-any-return]


def _submodels(models: list[type[BaseModel]], key: str) -> list[type[BaseModel]]:
    """The models a nested mapping under ``key`` is validated with (none: its keys are free, a dict)."""
    found = []
    for model in models:
        field = next((f for n, f in model.model_fields.items() if key in (n, f.alias)), None)
        if field is None:
            continue
        for candidate in (field.annotation, *typing.get_args(field.annotation)):
            if isinstance(candidate, type) and issubclass(candidate, BaseModel):
                found.append(candidate)
    return found


def _unknown_keys(data: dict[str, Any], models: list[type[BaseModel]], where: str) -> list[str]:
    unknown = []
    for key, value in data.items():
        known = any(key in (n, f.alias) for m in models for n, f in m.model_fields.items())
        if not known:
            unknown.append(f"{where}.{key}")
        elif isinstance(value, dict) and (nested := _submodels(models, key)):
            unknown.extend(_unknown_keys(value, nested, f"{where}.{key}"))
    return unknown


def validate_rules(override: dict[str, Any], rules: dict[str, Any], source: object) -> None:
    """Check an agency's rules file as a whole before any work starts: every section and key must be
    one skp reads (a misspelt key would otherwise be ignored in silence, or fail an hour into a national
    run), and every section it touches must validate. Raises :class:`ConfigurationError` naming the key.
    """
    shipped = _default_rules()
    known = [*SECTIONS, *(name for name in shipped if name not in SECTIONS)]
    unknown_sections = [name for name in override if name not in known]
    if unknown_sections:
        raise ConfigurationError(
            f"berkas aturan {source}: bagian {', '.join(repr(n) for n in unknown_sections)} tidak dikenal "
            f"(bagian yang dikenal: {', '.join(known)})")
    for name, value in override.items():
        if value is None:
            continue
        if not isinstance(value, dict):
            raise ConfigurationError(f"berkas aturan {source}: bagian '{name}' harus berupa peta "
                                     "kunci: nilai")
        models = [_model(spec) for spec in SECTIONS.get(name, ())]
        if models:
            unknown = _unknown_keys(value, models, name)
        else:  # a shipped section no model is listed for yet: its keys are the shipped file's
            unknown = [f"{name}.{key}" for key in value if key not in (shipped.get(name) or {})]
        if unknown:
            raise ConfigurationError(
                f"berkas aturan {source}: kunci {', '.join(repr(k) for k in unknown)} tidak dikenal; periksa "
                "ejaannya (lihat skp/data/aturan.yaml dan skp/data/penilaian.yaml)")
        for model in models:
            try:
                model.model_validate(rules.get(name) or {})
            except ValidationError as exc:
                raise ConfigurationError(
                    f"berkas aturan {source}: bagian '{name}' tidak sah:\n{exc}") from exc


@cache
def _default_rules() -> dict[str, Any]:
    rules: dict[str, Any] = {}
    for name in _DEFAULT_FILES:
        text = resources.files("skp").joinpath("data").joinpath(name).read_text(encoding="utf-8")
        rules = _deep_merge(rules, load_yaml(text) or {})
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
            override = load_yaml(Path(path).read_text(encoding="utf-8-sig")) or {}
        except YAMLError as exc:
            raise ConfigurationError(f"berkas aturan {path} tidak dapat dibaca: {yaml_problem(exc)}") from exc
        except UnicodeDecodeError as exc:  # Notepad's "ANSI": a byte of Windows-1252, not UTF-8
            raise ConfigurationError(f"berkas aturan {path} tidak dapat dibaca: bukan teks UTF-8 (bita ke-"
                                     f"{exc.start + 1}); simpan ulang sebagai UTF-8") from exc
        except OSError as exc:
            why = exc.strerror or exc
            raise ConfigurationError(f"berkas aturan {path} tidak dapat dibaca: {why}") from exc
        if not isinstance(override, dict):
            raise ConfigurationError(f"berkas aturan {path} harus berupa peta YAML")
        rules = _deep_merge(_default_rules(), override)
        validate_rules(override, rules, path)
        return cls(rules=rules)

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
