"""YAML text → plain Python data, the one way every rules, mapping and data file is loaded.

PyYAML's ``safe_load`` runs its pure-Python parser: the shipped mappings and data files (about 100 KB)
took 0.17 s to parse, paid by every command, every add-in button press that builds its configuration,
and every worker process started by spawn (Windows, macOS). PyYAML's C loader over libyaml
(``CSafeLoader``) builds the same safe types in 0.01 s. Where PyYAML was built without libyaml the
pure-Python ``SafeLoader`` is used, with the same result.
"""

from __future__ import annotations

from typing import Any

import yaml

_LOADER: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

YAMLError = yaml.YAMLError


def load_yaml(text: str) -> Any:
    """The data of one YAML document (only the safe types: no Python objects are ever built)."""
    return yaml.load(text, Loader=_LOADER)  # noqa: S506 (a safe loader)


def yaml_problem(exc: yaml.YAMLError) -> str:
    """Where and roughly why a YAML text is malformed, in Indonesian (PyYAML's own words are English and
    name ``"<unicode string>"`` rather than the file)."""
    mark = getattr(exc, "problem_mark", None)
    where = f" di baris {mark.line + 1} kolom {mark.column + 1}" if mark is not None else ""
    return (f"susunan YAML tidak sah{where}; periksa indentasi (spasi, bukan tab), titik dua sesudah "
            "kunci, dan pasangan tanda kurung [ ] serta tanda petik")
