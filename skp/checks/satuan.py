"""Targets written as a bare number (SPEC §3.10, §7 ``target-tanpa-satuan``).

"12" says nothing about what is counted: twelve reports, documents, months? Reviewers ask for the satuan,
in the target cell ("12 laporan") or in the SATUAN sub-column beside it, which the reader joins to the
target. Only an IKI that names a unitless measure is exempt: Persentase (the unit is %), Indeks, Nilai,
Skor (``pemeriksaan.iki_tanpa_satuan``); a Jumlah…, Tingkat…, Cakupan… or Capaian… IKI still needs its
satuan. A peringatan, not an error: the number itself is readable. A number sent without its cell format
(the server's buttons: xlwings' clients send values only) may carry a satuan its format writes
(``#,##0 "laporan"``): it is not reported there; ``skp periksa`` on the file reads the format.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from skp.checks.registry import document_check
from skp.checks.rencana import sheet_of, written_iki, written_rk
from skp.checks.rules import first_word_in, rules
from skp.config import Config
from skp.findings import Finding
from skp.models import Iki, SkpDocument

_CONTOH = {"waktu": "bulan", "biaya": "rupiah"}
# "12 (dua belas)": the number spelled out in words is no satuan.
_NUMBER_WORDS = frozenset({
    "nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan", "sepuluh",
    "sebelas", "belas", "puluh", "seratus", "ratus", "seribu", "ribu", "juta", "koma", "setengah",
})
_WORD_RE = re.compile(r"[a-z]+")


def _has_satuan(satuan: str | None) -> bool:
    words = _WORD_RE.findall(satuan.lower()) if satuan else []
    return satuan == "%" or any(word not in _NUMBER_WORDS for word in words) or (bool(satuan) and not words)


def _example(iki: Iki) -> str:
    """The target with a plausible satuan, for the message: "300 pegawai" for "Jumlah pegawai …", "10 bulan"
    for a waktu IKI, "85 %" for "Tingkat …"/"Cakupan …"/"Capaian …"."""
    # "12;": the mark ends the typist's sentence, the satuan goes before it
    raw = iki.target.raw.strip().rstrip(";,.:") if iki.target else ""
    words = _WORD_RE.findall((iki.text or "").lower())
    if iki.aspek in _CONTOH:
        unit = _CONTOH[iki.aspek]
    elif words[:1] in (["jumlah"], ["banyaknya"]) and len(words) > 1:
        unit = words[1]
    elif words[:1] in (["tingkat"], ["cakupan"], ["capaian"]):
        unit = "%"
    else:
        unit = "dokumen"
    return f"{raw} {unit}"


@document_check("target-tanpa-satuan")
def target_has_satuan(document: SkpDocument, config: Config) -> Iterator[Finding]:
    """A measurable target names its satuan, unless the IKI is a unitless measure."""
    exempt = rules(config).iki_tanpa_satuan
    for rk in written_rk(document):
        for iki in written_iki(rk):
            target = iki.target
            if target is None or not target.is_measurable or _has_satuan(target.satuan):
                continue
            if target.satuan_unseen:  # its cell format may show the satuan (sent without it; a percent)
                continue
            if first_word_in(iki.text, exempt):
                continue
            yield Finding.make("target-tanpa-satuan", sheet_of(iki, document), iki.cell("target"),
                               target=target.raw, iki=iki.text, contoh=_example(iki))
