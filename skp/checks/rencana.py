"""Checks of the Rencana SKP table shared by every model (SPEC §3.2–3.4, §7 scope ``rencana``).

They look at what the reviewer looks at first: is there a Kinerja Utama, does every RK have measurable
IKI with one aspek each, is each JA/JF RK tied to the superior's RK, and is it written as a result.
Blank template rows (an RK block with nothing typed in) are ignored, never reported.
"""

from __future__ import annotations

from collections.abc import Iterator

from skp.checks.aktivitas import activity_of
from skp.checks.registry import document_check
from skp.checks.rules import find_phrase, first_word_in, is_blank, rules, words
from skp.config import Config
from skp.findings import Finding, location_phrase
from skp.models import Iki, RencanaKinerja, SkpDocument
from skp.numbers import is_currency_unit, is_time_unit, mentions_date, names_deadline

ASPEK_TEXT = {"kuantitas": "Kuantitas", "kualitas": "Kualitas", "waktu": "Waktu", "biaya": "Biaya"}


def written_rk(document: SkpDocument) -> list[RencanaKinerja]:
    """The RK with text; empty template blocks are not the staff's mistake."""
    return [rk for rk in document.rencana if not is_blank(rk.text)]


def written_iki(rk: RencanaKinerja) -> list[Iki]:
    return [iki for iki in rk.iki if not is_blank(iki.text)]


def sheet_of(record: RencanaKinerja | Iki, document: SkpDocument) -> str:
    return record.sheet or document.sheet


def has_aspek(document: SkpDocument) -> bool:
    """JA and JF forms carry an ASPEK column; JPT forms do not (SPEC §3.4)."""
    return document.jenis in ("JA", "JF")


@document_check("kinerja-utama-kosong")
def kinerja_utama_present(document: SkpDocument, config: Config) -> Iterator[Finding]:
    if not any(rk.section == "utama" for rk in written_rk(document)):
        yield Finding.make("kinerja-utama-kosong", document.sheet, document.utama_cell)


@document_check("rk-tanpa-iki")
def rk_has_iki(document: SkpDocument, config: Config) -> Iterator[Finding]:
    for rk in written_rk(document):
        if not written_iki(rk):
            yield Finding.make("rk-tanpa-iki", sheet_of(rk, document), rk.cell("rk"), rk=rk.text)


@document_check("iki-tanpa-target", "target-tidak-terukur", "target-rentang-terbalik")
def targets_measurable(document: SkpDocument, config: Config) -> Iterator[Finding]:
    """Every IKI has a target with a number (or a readable ``min – max`` range in order)."""
    waktu_words = rules(config).iki_waktu
    for rk in written_rk(document):
        for iki in written_iki(rk):
            where = (sheet_of(iki, document), iki.cell("target"))
            target = iki.target
            if target is None or is_blank(target.raw):
                yield Finding.make("iki-tanpa-target", *where, iki=iki.text)
            elif not target.is_measurable:
                # A waktu IKI's deadline ("Desember", "Triwulan IV") is a point in time, measured by when
                # the result came: not a target without a number.
                deadline = _measured_aspek(iki, waktu_words) == "waktu" and names_deadline(target.raw)
                if not deadline:
                    yield Finding.make("target-tidak-terukur", *where, target=target.raw)
            elif target.min > target.max:  # type: ignore[operator]
                yield Finding.make("target-rentang-terbalik", *where, target=target.raw)


@document_check("aspek-tidak-valid", "aspek-ganda")
def aspek_valid(document: SkpDocument, config: Config) -> Iterator[Finding]:
    """JA/JF: each IKI names one of the four aspek, and an RK uses each aspek once."""
    if not has_aspek(document):
        return
    for rk in written_rk(document):
        seen: set[str] = set()
        for iki in written_iki(rk):
            where = (sheet_of(iki, document), iki.cell("aspek"))
            if iki.aspek is None:
                yield Finding.make("aspek-tidak-valid", *where,
                                   aspek="(kosong)" if is_blank(iki.aspek_raw) else iki.aspek_raw)
            elif iki.aspek in seen:
                yield Finding.make("aspek-ganda", *where, aspek=ASPEK_TEXT[iki.aspek], rk=rk.text)
            else:
                seen.add(iki.aspek)


@document_check("rk-atasan-kosong")
def rk_atasan_present(document: SkpDocument, config: Config) -> Iterator[Finding]:
    """JA/JF Kinerja Utama realises the superior's RK, so it must name it (SPEC §2.2)."""
    if not has_aspek(document):
        return
    for rk in written_rk(document):
        if rk.section == "utama" and is_blank(rk.rk_atasan):
            yield Finding.make("rk-atasan-kosong", sheet_of(rk, document), rk.cell("rk_atasan"), rk=rk.text)


@document_check("rk-berbasis-aktivitas")
def rk_is_result(document: SkpDocument, config: Config) -> Iterator[Finding]:
    """An RK states a result, not an activity: an active verb or a bare process noun (SPEC §1)."""
    settings = rules(config)
    for rk in written_rk(document):
        activity = activity_of(rk.text, settings.aktivitas_kata_benda, settings.aktivitas_penanda_hasil) \
            if rk.section in settings.aktivitas_bagian else None
        if activity is not None:
            yield Finding.make("rk-berbasis-aktivitas", sheet_of(rk, document), rk.cell("rk"), rk=rk.text,
                               kata=activity.kata, saran=activity.saran)


@document_check("target-absolut")
def target_not_absolute(document: SkpDocument, config: Config) -> Iterator[Finding]:
    """JA/JF IKI and targets are realistic, not "semua"/"selalu" (SPEC §5, §7).

    In an IKI a periodic phrase ("disampaikan setiap bulan") is no absolute, and an IKI that names a measure
    ("Persentase … dari semua …", "Jumlah rekapitulasi kehadiran semua pegawai") uses "semua" for its scope
    or denominator, so its text is not judged: the absolute IKI is a statement ("Semua surat masuk
    tercatat pada hari yang sama"). A count target with its period ("12 laporan (setiap bulan)") states a
    frequency; a percent target is judged whole: "100 % setiap bulan" promises it every time.
    """
    if not has_aspek(document):
        return
    settings = rules(config)
    phrases, periodic = settings.kata_absolut, settings.kata_absolut_pengecualian
    for rk in written_rk(document):
        for iki in written_iki(rk):
            measure = first_word_in(iki.text, settings.iki_besaran)
            kata = None if measure else find_phrase(iki.text, phrases, periodic)
            if kata:
                yield Finding.make("target-absolut", sheet_of(iki, document), iki.cell("iki"), besaran="IKI",
                                   teks=iki.text, kata=kata)
            target = iki.target
            # A count per period ("12 laporan (setiap bulan)") is a frequency; a percent per period is a
            # promise made every time ("100 % setiap bulan").
            if target is None:
                continue
            counted = "%" not in str(target.raw) and target.satuan != "%"
            kata = find_phrase(target.raw, phrases, periodic if counted else ())
            if kata:
                yield Finding.make("target-absolut", sheet_of(iki, document), iki.cell("target"),
                                   besaran="Target", teks=target.raw, kata=kata)


@document_check("rk-ganda")
def rk_unique(document: SkpDocument, config: Config) -> Iterator[Finding]:
    """The same RK written twice splits one result over two rows; report each repeat at its own cell."""
    first: dict[str, RencanaKinerja] = {}
    for rk in written_rk(document):
        key = words(rk.text)
        if key in first:
            other = first[key]
            yield Finding.make("rk-ganda", sheet_of(rk, document), rk.cell("rk"), rk=rk.text,
                               lokasi_lain=location_phrase(sheet_of(other, document), other.cell("rk")))
        else:
            first[key] = rk


@document_check("satuan-tidak-sesuai-aspek")
def satuan_fits_aspek(document: SkpDocument, config: Config) -> Iterator[Finding]:
    """A waktu IKI is measured in time, a biaya IKI in money. An IKI whose name says it measures time
    ("Waktu penyelesaian …", ``pemeriksaan.iki_waktu``) is a waktu IKI whatever its aspek cell says, except
    that a percentage is accepted for it (the share finished on time)."""
    extra = rules(config)
    for rk in written_rk(document):
        for iki in written_iki(rk):
            target = iki.target
            if target is None or not target.is_measurable or target.satuan is None:
                continue  # a bare number: target-tanpa-satuan says so, once
            aspek = _measured_aspek(iki, extra.iki_waktu)
            if aspek is None or (aspek != iki.aspek and target.satuan == "%"):
                continue
            first_word = set(words(target.satuan).split()[:1])
            if aspek == "waktu":  # a date typed as a date ("2025-12-31") is a deadline, time enough
                fits = (is_time_unit(target.satuan) or bool(first_word & set(extra.satuan_waktu_tambahan))
                        or mentions_date(target.raw))
                jenis, contoh = "waktu", "'bulan', 'hari kerja' atau 'Desember'"
            else:
                fits = is_currency_unit(target.satuan) or bool(first_word & set(extra.satuan_biaya_tambahan))
                jenis, contoh = "mata uang", "'rupiah' atau 'Rp'"
            if not fits:
                named = "" if aspek == iki.aspek else " (menurut nama IKI)"
                yield Finding.make("satuan-tidak-sesuai-aspek", sheet_of(iki, document), iki.cell("target"),
                                   aspek=f"{ASPEK_TEXT[aspek]}{named}", target=target.raw, jenis_satuan=jenis,
                                   contoh=contoh)


def _measured_aspek(iki: Iki, waktu_words: tuple[str, ...]) -> str | None:
    """``waktu`` or ``biaya`` when the IKI measures time or money: by its aspek, else (time only) by the
    first word of its name."""
    if iki.aspek in ("waktu", "biaya"):
        return iki.aspek
    return "waktu" if first_word_in(iki.text, waktu_words) else None
