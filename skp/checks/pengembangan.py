"""Checks of what the Model Pengembangan and the JPT forms add (SPEC §2.1, §3.3–3.5, §7 scope ``rencana``).

JPT Model Pengembangan groups Kinerja Utama by the four perspektif; JA/JF Model Pengembangan adds per IKI
a Kategori Penilaian (standar kinerja) and per RK a Cara Memantau Kinerja; every JPT IKI needs a Manual
Indikator Kinerja. Which columns a form has is read from its mapping, so an agency variant with other
columns changes the mapping, not this code.
"""

from __future__ import annotations

from collections.abc import Iterator

from rapidfuzz import fuzz

from skp.checks.kategori import (
    LEVELS,
    Band,
    kategori_cell,
    lower_is_better,
    money_scale,
    one_sided_target,
    percent_scale,
    separation_problem,
)
from skp.checks.registry import document_check
from skp.checks.rencana import has_aspek, sheet_of, written_iki, written_rk
from skp.checks.rules import folded, is_blank, rules, same_text
from skp.config import Config
from skp.findings import Finding
from skp.models import Iki, KategoriPenilaian, ManualIki, RencanaKinerja, SkpDocument, Target
from skp.vocab import canonical_aspek

PERSPEKTIF_TEXT = {
    "penerima-layanan": "Penerima Layanan",
    "proses-bisnis": "Proses Bisnis",
    "penguatan-internal": "Penguatan Internal",
    "anggaran": "Anggaran",
}
NO_MANUAL_SHEET = "belum ada karena sheet Manual IKI tidak ditemukan"
CARA_MEMANTAU = (("data", "data"), ("sumber_data", "sumber data"), ("waktu_pengumpulan", "waktu pengumpulan"))


def _has_column(document: SkpDocument, config: Config, key: str) -> bool:
    form = config.mappings.form(document.form)
    return any(c.key == key for c in form.rencana.table.columns_for(form.model))  # type: ignore[union-attr]


@document_check("perspektif-tidak-valid", "perspektif-tidak-lengkap")
def perspektif_complete(document: SkpDocument, config: Config) -> Iterator[Finding]:
    """JPT Model Pengembangan: each Kinerja Utama RK has a known perspektif and all four are used."""
    if not _has_column(document, config, "perspektif"):
        return
    utama = [rk for rk in written_rk(document) if rk.section == "utama"]
    for rk in utama:
        if rk.perspektif is None:
            raw = "(kosong)" if is_blank(rk.perspektif_raw) else rk.perspektif_raw
            yield Finding.make("perspektif-tidak-valid", sheet_of(rk, document), rk.cell("perspektif"),
                               perspektif=raw)
    if not utama:
        return
    used = {rk.perspektif for rk in utama}
    where = document.utama_cell or utama[0].cell("perspektif")  # the section label, else the first perspektif
    for key, text in PERSPEKTIF_TEXT.items():
        if key not in used:
            yield Finding.make("perspektif-tidak-lengkap", document.sheet, where, perspektif=text)


def _target_stands_for_baik(iki: Iki) -> bool:
    """A form without a BAIK column lets the TARGET stand for BAIK (SPEC §3.10): the target is the BAIK.
    The reader says so (``baik_dari_target``); a document built without the reader only lacks the cell."""
    if iki.kategori is None or iki.target is None or is_blank(iki.target.raw):
        return False
    return iki.kategori.baik_dari_target or "baik" not in iki.kategori.cells


def _only_the_target_missing(iki: Iki) -> bool:
    """A form without a BAIK column, an IKI with its other levels written but no target: the one value
    missing is the target, which ``iki-tanpa-target`` reports in that very cell."""
    kategori = iki.kategori
    if kategori is None or (iki.target is not None and not is_blank(iki.target.raw)):
        return False
    no_baik_column = kategori.baik_dari_target or "baik" not in kategori.cells
    return no_baik_column and any(not is_blank(getattr(kategori, key)) for key, _ in LEVELS if key != "baik")


def _direction_unknown(aspek_raw: str | None, aspek_column: bool) -> bool:
    """An aspek that is none of the four: written otherwise (``Manfaat``, ``Efektivitas``) or, on a form
    with an ASPEK column, left empty (``aspek-tidak-valid`` says so either way). Whether the IKI is better
    higher (kuantitas, kualitas) or lower (waktu, biaya) is then unknown, so thresholds that follow either
    direction are not called wrong on top of that one finding. A form without an aspek column (JPT) keeps
    the regulation's default, higher is better."""
    if is_blank(aspek_raw):
        return aspek_column
    return canonical_aspek(aspek_raw) is None


@document_check("kategori-penilaian-kosong")
def kategori_present(document: SkpDocument, config: Config) -> Iterator[Finding]:
    """JA/JF Model Pengembangan: every IKI has a standar kinerja, at least BAIK (= the target)."""
    if not _has_column(document, config, "kategori_baik"):
        return
    for rk in written_rk(document):
        for iki in written_iki(rk):
            if _target_stands_for_baik(iki) or _only_the_target_missing(iki):
                continue
            if iki.kategori is not None and iki.kategori.target_dari_baik and iki.target is None:
                continue  # BAIK holds the target and is empty: iki-tanpa-target names that very cell
            if iki.kategori is None or is_blank(iki.kategori.baik):
                yield Finding.make("kategori-penilaian-kosong", sheet_of(iki, document),
                                   kategori_cell(iki, "baik"), iki=iki.text)


def order_problem(
    iki: Iki, kategori: KategoriPenilaian, config: Config, aspek_column: bool
) -> tuple[str, str] | None:
    """(level key, rincian) of the first threshold out of order for the IKI's direction, else ``None``.

    Only numeric thresholds are compared ("< 150", "150 - 299", "> 300"); qualitative wording is left to
    the reviewer. Thresholds all in % under a non-% target are capaian percentages, which always rise.
    """
    target = iki.target if iki.target is not None and iki.target.is_measurable else None
    parsed = [t for key, label in LEVELS if (t := Band.parse(key, label, getattr(kategori, key)))]
    capaian_based = bool(parsed) and all(t.satuan == "%" for t in parsed) and (
        target is None or target.satuan != "%")
    if target is not None and not capaian_based and _target_stands_for_baik(iki):
        # No BAIK column: the target takes BAIK's place between CUKUP and SANGAT BAIK.
        order = [key for key, _ in LEVELS]
        stand_in = Band.parse("baik", "TARGET", target.raw)
        parsed = sorted([*parsed, *([stand_in] if stand_in else [])], key=lambda t: order.index(t.key))
    parsed = money_scale(percent_scale(parsed), target)
    # One source for "lower is better" with the scoring engine, so checks and scores never disagree.
    descending = lower_is_better(iki, config) and not capaian_based
    problem = _out_of_order_by_scale(parsed, descending, target)
    if problem is not None and not capaian_based and _direction_unknown(iki.aspek_raw, aspek_column):
        problem = problem if _out_of_order_by_scale(parsed, not descending, target) is not None else None
    if problem is not None:
        return problem
    baik = next((t for t in parsed if t.key == "baik"), None)
    if (rules(config).kategori_baik_sama_dengan_target and baik is not None and target is not None
            and "baik" in kategori.cells and not kategori.baik_dari_target and not capaian_based
            and not _same_as_target(baik, target) and not one_sided_target(baik, target, descending, config)):
        return "baik", f"BAIK '{baik.raw}' tidak sama dengan target '{target.raw}'"
    return None


def _out_of_order_by_scale(
    parsed: list[Band], descending: bool, target: Target | None
) -> tuple[str, str] | None:
    """:func:`_out_of_order`, where levels in capaian percent (under a target not in %) stand beside levels
    in the target's own unit ("< 60 %", "80 - 99 %", BAIK "12 laporan", "> 100 %"): two scales, each
    ordered on its own, capaian always rising."""
    if target is None or target.satuan == "%":
        return _out_of_order(parsed, descending)
    capaian = [t for t in parsed if t.satuan == "%"]
    own = [t for t in parsed if t.satuan != "%"]
    if not capaian or not own:
        return _out_of_order(parsed, descending)
    return _out_of_order(capaian, False) or _out_of_order(own, descending)


def _out_of_order(parsed: list[Band], descending: bool) -> tuple[str, str] | None:
    """(level key, rincian) of the first pair of thresholds that does not rise (or fall), else ``None``."""
    for a, b in zip(parsed, parsed[1:], strict=False):
        rising = b.low >= a.low and b.high >= a.high
        falling = b.low <= a.low and b.high <= a.high
        if not (falling if descending else rising):
            arah = "menurun" if descending else "naik"
            culprit = a if b.key == "baik" else b  # BAIK is anchored to the target, so blame its neighbour
            return culprit.key, f"{a.label} '{a.raw}' lalu {b.label} '{b.raw}', seharusnya {arah}"
    return None


def _same_as_target(baik: Band, target: Target) -> bool:
    """BAIK holds the target's numbers, either of them possibly a %-formatted cell's fraction, and in
    either order: a range target written reversed (``target-rentang-terbalik`` says so) above a BAIK
    written in order is the same range."""
    scaled, ends = percent_scale([baik, Band.of_target("baik", target)])
    scaled = money_scale([scaled], target)[0]
    if sorted((scaled.low, scaled.high)) == sorted((ends.low, ends.high)):
        return True
    # the target copied with its qualifier ("≥ 90 %", "Minimal 12 laporan", "Maksimal 3 hari"): the same band
    written = Band.parse("baik", "TARGET", target.raw)
    return written is not None and _ends(written) == _ends(baik)


def _ends(band: Band) -> tuple[float, float, bool, bool]:
    return band.low, band.high, band.low_closed, band.high_closed


@document_check("kategori-tidak-berurutan")
def kategori_ordered(document: SkpDocument, config: Config) -> Iterator[Finding]:
    """Thresholds rise from SANGAT KURANG to SANGAT BAIK, or fall for waktu/biaya (SPEC §3.3)."""
    for rk in written_rk(document):
        for iki in written_iki(rk):
            kategori = iki.kategori
            problem = order_problem(iki, kategori, config, has_aspek(document)) if kategori else None
            # A level that contains the target is kategori-tidak-membedakan: one finding per mistake.
            if problem and kategori and not separation_problem(iki, kategori, config):
                key, rincian = problem
                yield Finding.make("kategori-tidak-berurutan", sheet_of(iki, document),
                                   kategori_cell(iki, key), iki=iki.text, rincian=rincian)


@document_check("cara-memantau-kosong")
def cara_memantau_present(document: SkpDocument, config: Config) -> Iterator[Finding]:
    """JA/JF Model Pengembangan: each RK says which data, from where and when.

    Only the columns the sheet actually has are required: a sheet with the single column SUMBER DATA
    UNTUK PENGUKURAN (seen in the wild) is complete when that column is filled. The Penilaian form has no
    such columns (SPEC §3.8): a workbook holding only the Penilaian is not asked for them.
    """
    if document.plan_from_penilaian or not _has_column(document, config, "cm_data"):
        return
    for rk in written_rk(document):
        cara = rk.cara_memantau
        located = [(key, text) for key, text in CARA_MEMANTAU if cara is not None and key in cara.cells]
        expected = located or list(CARA_MEMANTAU)
        empty = [(key, text) for key, text in expected if cara is None or is_blank(getattr(cara, key))]
        if empty:
            cell = cara.cells.get(empty[0][0]) if cara is not None else None
            # a Cara Memantau table of its own may sit on another sheet than the plan
            sheet = cara.sheet if cell and cara is not None and cara.sheet else sheet_of(rk, document)
            yield Finding.make("cara-memantau-kosong", sheet, cell or rk.cell("rk"),
                               rk=rk.text, kosong=", ".join(text for _, text in empty))


def _manual_for(iki: Iki, manuals: list[ManualIki], threshold: float) -> ManualIki | None:
    return next((m for m in manuals if same_text(m.iki, iki.text, threshold)), None)


def _paired_by_rk(wanted: list[tuple[RencanaKinerja, Iki]], matched: dict[int, ManualIki | None],
                  manuals: list[ManualIki], threshold: float) -> dict[int, ManualIki]:
    """Manuals whose IKI text is written otherwise than in the SKP (``Nilai SAKIP DLH`` for ``Nilai SAKIP
    Dinas Lingkungan Hidup``, an acronym the text comparison cannot undo), paired by their RENCANA KINERJA
    as a reviewer reading both sheets would: when exactly one Manual of an RK is left over, it belongs to
    that RK's one IKI without a Manual, or, when several are without, to the one its IKI text resembles
    most (the others still have none)."""
    used = {id(m) for m in matched.values() if m is not None}
    left_manuals = [m for m in manuals if id(m) not in used]
    paired: dict[int, ManualIki] = {}
    if not left_manuals:
        return paired
    left_by_rk: dict[int, tuple[RencanaKinerja, list[Iki]]] = {}
    for rk, iki in wanted:
        if matched[id(iki)] is None:
            left_by_rk.setdefault(id(rk), (rk, []))[1].append(iki)
    for rk, ikis in left_by_rk.values():
        of_rk = [m for m in left_manuals if same_text(m.rencana_kinerja, rk.text, threshold)]
        if len(of_rk) != 1:
            continue
        manual = of_rk[0]
        scores = sorted(((fuzz.ratio(folded(manual.iki), folded(iki.text)), n) for n, iki in enumerate(ikis)),
                        reverse=True)
        if len(scores) == 1 or scores[0][0] > scores[1][0]:
            paired[id(ikis[scores[0][1]])] = manual
    return paired


@document_check("manual-iki-kosong")
def manual_iki_complete(document: SkpDocument, config: Config) -> Iterator[Finding]:
    """JPT: each IKI has a Manual Indikator Kinerja whose required fields (per the mapping) are filled. A
    workbook holding only the Penilaian is not asked for a Manual (it goes with the plan); one it carries
    is checked."""
    if document.jenis != "JPT" or (document.plan_from_penilaian and not document.manual_iki):
        return
    sections = rules(config).manual_iki_bagian
    threshold = rules(config).kemiripan_minimum
    required = [f for f in config.mappings.annexes["manual-iki"].fields if f.required]
    manuals = document.manual_iki or []
    wanted = [(rk, iki) for rk in written_rk(document) if rk.section in sections for iki in written_iki(rk)]
    matched = {id(iki): _manual_for(iki, manuals, threshold) for _, iki in wanted}
    paired = _paired_by_rk(wanted, matched, manuals, threshold) if None in matched.values() else {}
    for _, iki in wanted:
        manual = matched[id(iki)] or paired.get(id(iki))
        if manual is None:
            rincian = "belum ada" if document.manual_iki is not None else NO_MANUAL_SHEET
            yield Finding.make("manual-iki-kosong", sheet_of(iki, document), iki.cell("iki"),
                               iki=iki.text, rincian=rincian)
            continue
        missing = [f for f in required if is_blank(getattr(manual, f.key))]
        if missing:
            names = ", ".join(f.label.lower() for f in missing)
            yield Finding.make("manual-iki-kosong", manual.sheet or document.manual_iki_sheet,
                               manual.cell(missing[0].key), iki=iki.text, rincian=f"belum memuat {names}")
