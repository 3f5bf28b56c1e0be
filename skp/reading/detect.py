"""Which of the six forms a workbook holds (jenis JPT/JA/JF × model dasar/pengembangan), from its content.

Sheet names and titles are unreliable, so the form follows from the columns found in the Rencana SKP
table and from the annexes present, by the rules of ``aturan.yaml`` → ``pembacaan.deteksi``
(**[interpretation]**): an ASPEK column marks JA/JF (else JPT); PERSPEKTIF or KATEGORI PENILAIAN
columns mark Model Pengembangan; a JF jenjang in the pegawai's jabatan, or a Keterkaitan AK sheet, makes
a JA/JF form JF. The annexes are asked for only when the jabatan leaves the jenis open: with
``lampiran_jf_berisi`` an annex counts only when filled (a butir kegiatan linked), which takes reading it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from skp.jabatan_fungsional import JfCatalogue
from skp.models import FormId, Jenis, Model, form_id
from skp.pangkat import is_jf_jabatan
from skp.reading.rules import DetectionRules
from skp.reading.table import TableLayout


def detect_form(
    layout: TableLayout, jabatan: str | None, annexes_found: Callable[[], Iterable[str]],
    rules: DetectionRules, catalogue: JfCatalogue | None = None,
) -> FormId:
    """The form id of a located Rencana SKP table; ``annexes_found``: the JF annexes the workbook holds,
    called only when the jabatan does not make the form JF; ``catalogue``: the JF names known (the
    agency's own added through ``--aturan``, :func:`skp.jabatan_fungsional.catalogue_for`)."""
    columns = set(layout.columns)
    model: Model = "pengembangan" if columns & set(rules.kolom_pengembangan) else "dasar"
    if not columns & set(rules.kolom_ja_jf):
        return form_id("JPT", model)
    is_jf = (rules.jf_dari_jabatan and is_jf_jabatan(jabatan, catalogue)) or bool(
        set(annexes_found()) & set(rules.lampiran_jf)
    )
    jenis: Jenis = "JF" if is_jf else "JA"
    return form_id(jenis, model)
