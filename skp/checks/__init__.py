"""Checks as small registered units that declare the finding codes they emit.

Importing this package registers every document and batch check; one import line per check module.
"""

from skp.checks import (  # noqa: F401
    daftar,
    jf,
    judul,
    kategori,
    kop,
    kumpulan,
    pengembangan,
    penilaian,
    penilaian_lengkap,
    penilaian_target,
    rencana,
    satuan,
)
