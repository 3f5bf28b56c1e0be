"""Checks as small registered units that declare the finding codes they emit.

Importing this package registers every document and batch check; one import line per check module.
"""

from skp.checks import jf, judul, kop, kumpulan, pengembangan, penilaian, rencana  # noqa: F401
