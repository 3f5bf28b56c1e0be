"""What a writer puts in a cell to say it holds nothing: a lone dash, of any of the three widths Excel's
autocorrect and keyboards produce.

A political penilai has no NIP and no pangkat, a daftar pegawai row may lack a superior, a Kinerja
Tambahan may be left as ``-``: the NIP parser, the pangkat parser, the daftar reader and the checks all
take such a cell as empty, and they take the same marks as empty, from here.
"""

from __future__ import annotations

EMPTY_MARKS = frozenset({"", "-", "–", "—"})
