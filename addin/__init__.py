"""The xlwings front end: one function per button of the "SKP" ribbon tab, thin wrappers over :mod:`skp`.

Each takes the ``xlwings.Book`` the button was pressed in (``xw.Book.caller()`` from Excel), reads it
into the core's grid, calls the core and writes the result back into the book.
"""

from addin.periksa import bersihkan_tanda, periksa_skp

__all__ = ["bersihkan_tanda", "periksa_skp"]
