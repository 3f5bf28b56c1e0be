"""Scores as an Indonesian reader expects them: a decimal comma, no trailing zeros, "97,9 %".

Shared by the check messages and ``skp nilai`` so that a number reads the same everywhere.
"""

from __future__ import annotations


def format_number(value: float, decimals: int = 2) -> str:
    """111.1111 → "111,11"; 88.0 → "88"; 1250000 → "1.250.000"."""
    text = f"{value:,.{decimals}f}"
    if decimals:
        text = text.rstrip("0").rstrip(".")
    return text.replace(",", "\0").replace(".", ",").replace("\0", ".")


def format_percent(value: float, decimals: int = 1) -> str:
    """97.894… → "97,9 %"."""
    return f"{format_number(value, decimals)} %"
