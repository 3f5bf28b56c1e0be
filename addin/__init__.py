"""The xlwings front end: one function per button of the "SKP" ribbon tab, thin wrappers over :mod:`skp`.

Each takes the ``xlwings.Book`` the button was pressed in (``xw.Book.caller()`` from Excel), reads it
into the core's grid, calls the core and writes the result back into the book. ``main`` is what the
ribbon's VBA calls through RunPython: ``import addin; addin.main("periksa_skp")``.
"""

from __future__ import annotations

from collections.abc import Callable

import xlwings as xw

from addin.kaskade import bagi_target, buat_matriks_peran_hasil, buat_skp_bawahan
from addin.nilai import hitung_nilai
from addin.periksa import bersihkan_tanda, periksa_skp

BUTTONS: dict[str, Callable[[xw.Book], object]] = {
    "periksa_skp": periksa_skp,
    "bersihkan_tanda": bersihkan_tanda,
    "buat_matriks_peran_hasil": buat_matriks_peran_hasil,
    "bagi_target": bagi_target,
    "buat_skp_bawahan": buat_skp_bawahan,
    "hitung_nilai": hitung_nilai,
}


def main(button: str) -> None:
    """Run the button called ``button`` on the workbook Excel called from."""
    BUTTONS[button](xw.Book.caller())


__all__ = [
    "BUTTONS", "bagi_target", "bersihkan_tanda", "buat_matriks_peran_hasil", "buat_skp_bawahan",
    "hitung_nilai", "main", "periksa_skp",
]
