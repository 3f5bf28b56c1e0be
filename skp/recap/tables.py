"""The recap's tables, computed once and rendered as xlsx, HTML and CSV alike.

A unit head reads the Ringkasan first (who submitted, who must fix what), then drills into Temuan,
Hierarki and Pegawai. Building every table here, with Indonesian column headings, keeps the three output
formats telling the same story: each writer only lays the tables out, row by row.

The recap of a national batch must not cost memory per submission on top of the batch itself, nor serial
seconds the writers could avoid. So the reports are read from the batch's store once, in one pass that
takes each submission's hierarchy entry from the entry store in step (both in discovery order), counts
what the small tables need per unit kerja (status, predikat, finding codes; the instansi and periode
written; the daftar's NIPs that submitted) and appends each submission's Pegawai row and each finding's
Temuan row to :class:`SpilledRows`: pickled in chunks to a temporary file and read back by each writer in
turn. The Hierarki rows are made NIP group by NIP group from the same store, as the batch checks are
(:func:`hierarki`), so no step holds more than one entry or one group of entries, and no table that grows
with the submissions is ever whole in memory. Only the per-unit tables (Ringkasan, Predikat) and the
daftar's Belum Mengirim are pandas frames. People are counted by NIP (:mod:`skp.recap.people`) in a
temporary database of their own, as the entries are.
"""

from __future__ import annotations

import os
import pickle
import tempfile
from array import array
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import partial
from typing import Any, Protocol

import pandas as pd

from skp.daftar import Daftar, Pegawai, RowKey
from skp.findings import FileReport, Finding, Severity, catalogue
from skp.hierarchy.entry import HierarchyEntry
from skp.hierarchy.links import Hierarchy, KumpulanRules, Organisasi
from skp.mapping import normalize_label
from skp.recap.people import BELUM_PASTI, People, Scored, person_key
from skp.recap.units import UNKNOWN_UNIT, RekapRules, Token, UnitNames
from skp.run.batch import Batch
from skp.run.join import Indexed
from skp.run.spill import EntryStore, KeyedRows

TOTAL = "Jumlah"
STATUS_LABELS = {"lulus": "Lulus", "perlu-perbaikan": "Perlu Perbaikan", "gagal-dibaca": "Gagal Dibaca"}
PREDIKAT_ORDER = ("Sangat Baik", "Baik", "Butuh Perbaikan", "Kurang", "Sangat Kurang")
TOP_CODES = 3

DITERIMA = "SKP Diterima"  # files; "Pegawai" counts people (skp.recap.people)
RINGKASAN = ["Unit Kerja", "Pegawai", DITERIMA, *STATUS_LABELS.values(), "Kode Temuan Tersering"]
TEMUAN = ["Berkas", "Nama", "NIP", "Unit Kerja", "Kode", "Tingkat", "Sheet", "Sel", "Pesan"]
HIERARKI = ["Atasan", "NIP Atasan", "Berkas Atasan", "Bawahan", "NIP Bawahan", "Berkas Bawahan",
            "RK Bawahan", "RK Atasan yang Diintervensi", "Keselarasan", "RK Atasan Terdekat"]
PEGAWAI = ["Berkas", "Nama", "NIP", "Jabatan", "Unit Kerja", "Formulir", "NIP Penilai", "Status", "Error",
           "Peringatan", "Jumlah RK", "Jumlah IKI", "Nilai SKP", "Predikat"]

BELUM_MENGIRIM = ["Unit Kerja", "NIP", "Nama", "Jabatan", "NIP Atasan", "Status", "Baris Daftar",
                  "Keterangan"]
PENGIRIMAN = ["Wajib Mengirim", "Sudah Mengirim", "Belum Mengirim", "Tidak Wajib", "Persen Mengirim"]
NIP_COLUMNS = ("NIP", "NIP Atasan", "NIP Bawahan", "NIP Penilai")
TOP_PROBLEMS = 8

SELARAS = "selaras"
TIDAK_COCOK = "tidak cocok dengan RK atasan"
TANPA_RK_ATASAN = "RK atasan tidak diisi"
TIDAK_DIINTERVENSI = "RK atasan tidak diintervensi bawahan"
SELARAS_LUAR = "selaras: RK atasan dari atasan atau dari Matriks unit lain"
PELAKSANA = "belum diperiksa: penilai Plt./Plh., RK atasan milik jabatan yang dilaksanakannya"


CHUNK_ROWS = 2_000  # rows pickled together: a few hundred KB held while a writer reads one


class Table(Protocol):
    """What the writers need of a table: its headings, its length and its rows, in order, as many times
    as there are writers. Values are Python scalars or pandas' missing markers (see
    :func:`skp.sinks.plain`)."""

    columns: list[str]

    def __len__(self) -> int: ...
    def __iter__(self) -> Iterator[tuple[Any, ...]]: ...


class FrameRows:
    """A table held as a pandas frame (a row per unit kerja, or per pegawai of the daftar not submitting)."""

    def __init__(self, frame: pd.DataFrame) -> None:
        self.frame = frame
        self.columns = [str(c) for c in frame.columns]

    def __len__(self) -> int:
        return len(self.frame)

    def __iter__(self) -> Iterator[tuple[Any, ...]]:
        return self.frame.itertuples(index=False, name=None)


class SpilledRows:
    """A long table's rows pickled in chunks to an anonymous temporary file, read back on every iteration.

    Appending holds one chunk in memory; iterating reads one chunk at a time, each at its own offset, so
    two iterations may interleave, also in a forked process (``os.pread`` moves no shared file offset).
    The file disappears with the table.
    """

    def __init__(self, columns: Sequence[str]) -> None:
        self.columns = list(columns)
        self._file = tempfile.TemporaryFile(prefix="skp-rekap-")  # noqa: SIM115 (lives with the table)
        self._offsets = array("q", [0])
        self._pending: list[tuple[Any, ...]] = []
        self._length = 0
        self._floats: list[int] = []  # columns whose whole numbers read back as floats
        self._labels: tuple[int, dict[Any, Any]] | None = None  # a column's tokens and what they read as

    def append(self, row: tuple[Any, ...]) -> None:
        self._pending.append(row)
        self._length += 1
        if len(self._pending) >= CHUNK_ROWS:
            self._spill()

    def _spill(self) -> None:
        self._file.seek(self._offsets[-1])
        self._file.write(pickle.dumps(self._pending, protocol=pickle.HIGHEST_PROTOCOL))
        self._offsets.append(self._file.tell())
        self._file.flush()  # readers read the descriptor, not this object's buffer
        self._pending = []

    def _chunk(self, index: int) -> list[tuple[Any, ...]]:
        start, size = self._offsets[index], self._offsets[index + 1] - self._offsets[index]
        if hasattr(os, "pread"):
            data = os.pread(self._file.fileno(), size, start)
        else:  # Windows: one process reads, so the shared offset may move
            self._file.seek(start)
            data = self._file.read(size)
        rows: list[tuple[Any, ...]] = pickle.loads(data)
        return rows

    def __len__(self) -> int:
        return self._length

    def read_as_floats(self, columns: Iterable[int]) -> None:
        """Read the whole numbers of these columns back as floats, as a pandas column that mixes whole
        numbers with gaps or fractions holds them (``3.0``): the recap's numbers look as they always did."""
        self._floats = list(columns)

    def read_as_labels(self, column: int, labels: dict[Any, Any]) -> None:
        """Read this column's values back through ``labels`` (a unit kerja token as its label: the labels
        are known only once every row is written)."""
        self._labels = (column, labels)

    def __iter__(self) -> Iterator[tuple[Any, ...]]:
        rows = self._rows()
        if not self._floats and self._labels is None:
            return rows
        return (self._as_read(row) for row in rows)

    def _as_read(self, row: tuple[Any, ...]) -> tuple[Any, ...]:
        values = list(row)
        for index in self._floats:
            if isinstance(values[index], int):
                values[index] = float(values[index])
        if self._labels is not None:
            column, labels = self._labels
            values[column] = labels[values[column]]
        return tuple(values)

    def _rows(self) -> Iterator[tuple[Any, ...]]:
        for index in range(len(self._offsets) - 1):
            yield from self._chunk(index)
        yield from list(self._pending)


@dataclass(frozen=True)
class Masalah:
    """One finding code as the dashboard's "top problems" list shows it: plain Indonesian first."""

    kode: str
    uraian: str
    tingkat: str
    jumlah: int  # findings
    berkas: int  # submissions that carry it


@dataclass
class RecapInfo:
    """What the first screen of the recap answers: whose recap, which period, how are we doing."""

    instansi: str | None
    periode: str | None
    dibuat: date
    berkas: int
    status: dict[str, int]  # STATUS_LABELS key -> submissions
    wajib: int | None  # with a daftar: people expected to submit
    sudah: int | None  # ... of whom submitted
    tidak_wajib: int | None
    daftar: str | None
    masalah: list[Masalah] = field(default_factory=list)
    persen: int | None = None  # Persen Mengirim of the whole daftar (:func:`persen_mengirim`)
    pegawai: int | None = None  # people who sent the berkas (by NIP, :mod:`skp.recap.people`)


@dataclass
class RecapTables:
    """Every table of the recap; ``predikat`` is None when no submission carries a score,
    ``belum_mengirim`` is None when the run had no daftar pegawai."""

    ringkasan: pd.DataFrame
    temuan: SpilledRows
    hierarki: SpilledRows
    pegawai: SpilledRows
    predikat: pd.DataFrame | None
    belum_mengirim: pd.DataFrame | None = None
    info: RecapInfo | None = None

    def named(self) -> Iterator[tuple[str, Table]]:
        """(sheet name, table) in reading order, the optional tables only when present."""
        yield "Ringkasan", FrameRows(self.ringkasan)
        if self.belum_mengirim is not None:
            yield "Belum Mengirim", FrameRows(self.belum_mengirim)
        if self.predikat is not None:
            yield "Predikat", FrameRows(self.predikat)
        yield "Hierarki", self.hierarki
        yield "Pegawai", self.pegawai
        yield "Temuan", self.temuan


@dataclass
class _Counts:
    """What the reports are counted into as they stream past, per unit kerja: submissions by status,
    scored submissions by predikat, finding codes (and overall: codes, and the submissions carrying each),
    which is all the Ringkasan, the Predikat table and the top problems need."""

    status: dict[Any, Counter[str]] = field(default_factory=dict)
    predikat: dict[Any, Counter[str]] = field(default_factory=dict)
    per_unit: dict[Any, Counter[str]] = field(default_factory=dict)
    overall: Counter[str] = field(default_factory=Counter)
    files: Counter[str] = field(default_factory=Counter)
    instansi: Counter[str] = field(default_factory=Counter)  # as the submissions write it, in discovery order
    periode: Counter[str] = field(default_factory=Counter)
    submitted: set[str] = field(default_factory=set)  # NIPs of the daftar that some submission carries
    submitted_rows: set[RowKey] = field(default_factory=set)  # daftar rows with lost digits a submission is
    people: People = field(default_factory=People)

    def add(self, unit: Token, status: str, codes: list[str]) -> None:
        self.status.setdefault(unit, Counter())[status] += 1
        if codes:
            self.per_unit.setdefault(unit, Counter()).update(codes)
            self.overall.update(codes)
            self.files.update(set(codes))

    def add_predikat(self, unit: Token, predikat: str) -> None:
        self.predikat.setdefault(unit, Counter())[predikat] += 1

    def relabel(self, labels: dict[Token, str]) -> None:
        """Merge the per-spelling counts into one per unit label."""
        self.people.relabel(labels)
        for name in ("status", "predikat", "per_unit"):
            merged: dict[str, Counter[str]] = {}
            for token, counter in getattr(self, name).items():
                merged.setdefault(labels[token], Counter()).update(counter)
            setattr(self, name, merged)


def _clean_unit(unit: str | None) -> str:
    return " ".join(unit.split()) if unit and unit.strip() else UNKNOWN_UNIT


def _in_daftar(daftar: Daftar | None, entry: HierarchyEntry) -> Pegawai | None:
    """The daftar row a submission stands for: the row with its NIP, or the row whose NIP lost digits that
    it is (:meth:`Daftar.sent_by`)."""
    if daftar is None or not entry.nip:
        return None
    return daftar.by_nip.get(entry.nip) or daftar.sent_by(entry.nip, entry.nama)


def _unit(report: FileReport, entry: HierarchyEntry | None, person: Pegawai | None,
          names: UnitNames) -> Token:
    """The unit kerja a submission is counted under: its daftar row's (HR's spelling), else as the SKP
    writes it, in the agency its form names (:mod:`skp.recap.units` folds the spellings afterwards)."""
    instansi = entry.instansi if entry is not None else None
    if person is not None and person.unit_kerja:
        return names.add(_clean_unit(person.unit_kerja), instansi, from_daftar=True)
    return names.add(_clean_unit((entry.unit_kerja if entry else None) or report.unit_kerja), instansi)


DECIMAL_COLUMNS = ("Nilai SKP",)  # shown with two decimals, also when whole


def number_text(value: int | float, column: str, decimal: str = ",") -> str:
    """A number as an Indonesian reader writes it (SPEC §5), for the outputs that write text (the page, the
    CSV files): a count without decimals, also one read back as a float beside a gap (``4``, not ``4.0``,
    which a spreadsheet set to Indonesian takes for text), a score with two decimals and a decimal comma
    (``114,47``); ``decimal="."`` for a CSV read with English settings (``114.47``)."""
    if isinstance(value, int) or (float(value).is_integer() and column not in DECIMAL_COLUMNS):
        return str(int(value))
    return f"{value:.2f}".replace(".", decimal)


def _predikat_label(raw: str | None) -> str | None:
    """The scoring engine's predikat in the regulation's spelling (``butuh-perbaikan`` → Butuh Perbaikan)."""
    if not raw:
        return None
    key = normalize_label(raw)
    return next((label for label in PREDIKAT_ORDER if normalize_label(label) == key), raw)


NUMBER_COLUMNS = tuple(PEGAWAI.index(c) for c in ("Error", "Peringatan", "Jumlah RK", "Jumlah IKI",
                                                   "Nilai SKP"))


def _pegawai_temuan(
    batch: Batch, names: UnitNames, rules: RekapRules
) -> tuple[SpilledRows, SpilledRows, _Counts]:
    """One pass over the reports and, in step with them, the stored entries (by discovery position; an
    unreadable file has none): the Pegawai and Temuan rows, and the counts per unit kerja (people by NIP,
    each pegawai's predikat by the ``predikat_pegawai`` rule once all their files are seen)."""
    entries = batch.entries.in_order()
    following = next(entries, None)
    daftar = batch.daftar
    pegawai, temuan = SpilledRows(PEGAWAI), SpilledRows(TEMUAN)
    counts = _Counts()
    whole: set[int] = set()  # number columns holding whole numbers,
    fraction: set[int] = set()  # ... fractions (floats),
    empty: set[int] = set()  # ... and gaps
    error, peringatan = Severity.ERROR, Severity.PERINGATAN
    for position, report in enumerate(batch.reports):
        entry = person = None
        if following is not None and following[0] == position:
            entry = following[1]
            following = next(entries, None)
            _count_text(counts.instansi, entry.instansi)
            _count_text(counts.periode, entry.periode_label)
            person = _in_daftar(daftar, entry)
            if person is not None and person.nip is not None:
                counts.submitted.add(person.nip)
            elif person is not None:
                counts.submitted_rows.add(person.row_key)
        read = entry is not None
        facts = entry or HierarchyEntry(path=report.path)
        findings = report.findings
        nama, nip = report.nama or facts.nama, report.nip or facts.nip
        unit = _unit(report, entry, person, names)
        status, predikat = STATUS_LABELS[report.status], _predikat_label(facts.predikat)
        row = (
            report.path, nama, nip, facts.jabatan, unit, report.form, report.nip_penilai, status,
            sum(1 for f in findings if f.severity is error),
            sum(1 for f in findings if f.severity is peringatan),
            facts.jumlah_rk if read else None, facts.jumlah_iki if read else None, facts.nilai_skp, predikat,
        )
        pegawai.append(row)
        for index in NUMBER_COLUMNS:
            value = row[index]
            (empty if value is None else fraction if isinstance(value, float) else whole).add(index)
        for f in findings:
            temuan.append((report.path, nama, nip, unit, f.code, f.severity.value, f.sheet, f.cell,
                           f.message))
        counts.add(unit, status, [f.code for f in findings])
        key = person_key(person.nip if person is not None else None, nip)
        counts.people.add(unit, key)
        if predikat is not None and key is None:  # whose it is nobody can tell: one person
            counts.add_predikat(unit, predikat)
        elif predikat is not None and key is not None:  # counted once all of the pegawai's files are seen
            counts.people.add_scored(key, Scored(unit, predikat, facts.periode))
    for unit, predikat in counts.people.predikat(rules.predikat_pegawai):
        counts.add_predikat(unit, predikat)
    pegawai.read_as_floats(sorted(whole & (fraction | empty)))
    names.resolve()
    labels = names.labels()
    pegawai.read_as_labels(PEGAWAI.index("Unit Kerja"), labels)
    temuan.read_as_labels(TEMUAN.index("Unit Kerja"), labels)
    counts.relabel(labels)
    return pegawai, temuan, counts


def alphabetical(text: str) -> tuple[str, str]:
    """The order a reader looks a unit up in: the alphabet, capitals or not (``seksi kefarmasian`` among
    the S, not after ``UPT …``)."""
    return text.casefold(), text


def _per_unit(counts: dict[str, Counter[str]], columns: Sequence[str]) -> pd.DataFrame:
    """Counts per unit kerja as a frame: units in order, the given columns, whole numbers."""
    frame = pd.DataFrame.from_dict({unit: dict(c) for unit, c in counts.items()}, orient="index")
    frame = frame.reindex(index=sorted(counts, key=alphabetical), columns=list(columns)).fillna(0).astype(int)
    frame.index.name = "Unit Kerja"
    return frame


def _top_codes(counts: Counter[str]) -> str:
    """The most frequent codes, ties in code order: ``kode-a (5), kode-b (2)``."""
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    return ", ".join(f"{code} ({n})" for code, n in ranked[:TOP_CODES])


def persen_mengirim(done: int, expected: int, rules: RekapRules | None = None) -> int | None:
    """Who submitted of who must, as a whole percent rounded half up as a reader rounds (1 of 8 is 13,
    not Python's 12); with ``rekap.persen_penuh_hanya_bila_lengkap`` (the default) never 100 while someone
    has not submitted (199 of 200 is 99) nor 0 once someone has: a head reads 100 % as "done". None when
    nobody is expected."""
    if not expected:
        return None
    rate = (200 * done + expected) // (2 * expected)
    if (rules is None or rules.persen_penuh_hanya_bila_lengkap) and 0 < done < expected:
        rate = min(max(rate, 1), 99)
    return rate


def _ringkasan(codes: _Counts, sent: pd.DataFrame | None, rules: RekapRules | None = None) -> pd.DataFrame:
    """Per unit kerja: submissions by status and the top codes; with a daftar also who must submit,
    who did, who has not and who need not, and the rate (whole percent)."""
    counts = _per_unit(codes.status, list(STATUS_LABELS.values()))
    counts.insert(0, DITERIMA, counts.sum(axis=1))
    counts.insert(0, "Pegawai", [codes.people.count(unit) for unit in counts.index])
    columns = list(RINGKASAN)
    if sent is not None:
        counts = counts.reindex(sorted(counts.index.union(sent.index), key=alphabetical), fill_value=0)
        for column in PENGIRIMAN[:-1]:
            counts[column] = sent[column].reindex(counts.index).fillna(0).astype(int)
        columns[2:2] = PENGIRIMAN
    counts["Kode Temuan Tersering"] = [_top_codes(codes.per_unit[unit]) if unit in codes.per_unit else ""
                                       for unit in counts.index]
    counts.index.name = "Unit Kerja"
    table = counts.reset_index()
    numbers = [c for c in columns if c not in ("Unit Kerja", "Kode Temuan Tersering", "Persen Mengirim")]
    total = {"Unit Kerja": TOTAL, **{c: int(table[c].sum()) for c in numbers},
             "Kode Temuan Tersering": _top_codes(codes.overall)}
    total["Pegawai"] = codes.people.total()  # a pegawai who moved counts in both units, once in all
    table = pd.concat([table, pd.DataFrame([total])], ignore_index=True)
    if sent is not None:  # None (an empty cell) where nobody is expected: no rate to give
        table["Persen Mengirim"] = pd.Series(
            [persen_mengirim(int(d), int(w), rules)
             for d, w in zip(table["Sudah Mengirim"], table["Wajib Mengirim"], strict=True)], dtype=object)
    for column in numbers:
        table[column] = table[column].astype(int)
    return table[columns]


def _belum_mengirim(daftar: Daftar, submitted: set[str], submitted_rows: set[RowKey],
                   names: UnitNames) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Who in the daftar must submit and has not (per unit kerja, then name), plus per-unit counts.

    A row whose NIP cannot be used (stored as a number) is never matched by a guessed number: it counts as
    sent only when a submission's NIP lies in the range its kept digits allow and the names agree
    (``submitted_rows``, :meth:`Daftar.sent_by`); otherwise it is listed with the reason.
    """
    rows = []
    counts: dict[str, Counter[str]] = {}
    for person in filter(daftar.counted, daftar.pegawai):
        unit = names.daftar_label(_clean_unit(person.unit_kerja))
        tally = counts.setdefault(unit, Counter())
        if not person.wajib:
            tally["Tidak Wajib"] += 1
            continue
        tally["Wajib Mengirim"] += 1
        if (person.nip is not None and person.nip in submitted) or person.row_key in submitted_rows:
            tally["Sudah Mengirim"] += 1
            continue
        tally["Belum Mengirim"] += 1
        note = (f"{person.masalah}: kiriman pegawai ini tidak dapat dicocokkan" if person.masalah
                else "tidak ada SKP dengan NIP ini di antara kiriman")
        rows.append([unit, person.nip or person.nip_tertulis, person.nama, person.jabatan, person.nip_atasan,
                     person.status, person.baris_daftar, note])
    table = pd.DataFrame(rows, columns=BELUM_MENGIRIM).sort_values(
        ["Unit Kerja", "Nama"], kind="stable", na_position="last", key=lambda column: column.str.casefold())
    sent = pd.DataFrame.from_dict(counts, orient="index").reindex(columns=PENGIRIMAN[:-1], fill_value=0)
    return table.reset_index(drop=True), sent.fillna(0).astype(int)


_SEVERITY_ORDER = {Severity.ERROR: 0, Severity.PERINGATAN: 1, Severity.INFO: 2}


def _masalah(codes: _Counts) -> list[Masalah]:
    """The finding codes a head acts on first, with their uraian: errors (they block penetapan), then
    peringatan, then info (an info such as ``skp-atasan-tidak-ditemukan`` says nothing is wrong with the
    file); within each, by the number of submissions they touch. Ordered by count alone, four infos of
    ``pegawai-tidak-dalam-daftar`` headed the list above every error."""
    known = catalogue()

    def rank(code: str) -> tuple[int, int, int, str]:
        info = known.get(code)
        severity = _SEVERITY_ORDER.get(info.tingkat, len(_SEVERITY_ORDER)) if info else len(_SEVERITY_ORDER)
        return severity, -codes.files[code], -codes.overall[code], code

    ranked = sorted(codes.overall, key=rank)
    out = []
    for code in ranked[:TOP_PROBLEMS]:
        info = known.get(code)
        out.append(Masalah(kode=code, uraian=info.uraian if info else code,
                           tingkat=info.tingkat.value if info else "", jumlah=codes.overall[code],
                           berkas=codes.files[code]))
    return out


def _count_text(counter: Counter[str], value: str | None) -> None:
    """Count a written text, spaces folded; an empty one is not counted."""
    if value and value.strip():
        counter[" ".join(value.split())] += 1


def _most_common(counter: Counter[str]) -> str | None:
    """The most frequent text; of equally frequent ones the first counted (discovery order)."""
    return counter.most_common(1)[0][0] if counter else None


def _predikat(counts: _Counts) -> pd.DataFrame | None:
    if not counts.predikat:
        return None
    seen = {label for per_unit in counts.predikat.values() for label in per_unit}
    others = sorted(seen - {*PREDIKAT_ORDER, BELUM_PASTI}) + ([BELUM_PASTI] if BELUM_PASTI in seen else [])
    table = _per_unit(counts.predikat, list(PREDIKAT_ORDER) + others)
    table["Jumlah"] = table.sum(axis=1)
    table = table.reset_index()
    table.loc[len(table)] = [TOTAL, *(int(table[c].sum()) for c in table.columns[1:])]
    return table


# the batch findings of the report at a discovery position (the run's, :meth:`Batch.batch_findings`)
Flagged = Callable[[int], list[Finding]]
_UNMATCHED, _UNINTERVENED = "rk-atasan-tidak-cocok", "rk-atasan-tidak-diintervensi"


def hierarki(entries: EntryStore, rules: KumpulanRules, flagged: Flagged | None = None) -> SpilledRows:
    """Per superior, in discovery order: each subordinate Kinerja Utama RK against the superior's RK,
    then the superior's RK nobody intervenes (each written RK atasan matched once).

    With the run's batch findings (``flagged``), the rows say what the batch checks said: a written RK atasan
    that is not the superior's but was not reported (an RK of the superior's superior, or one another unit's
    Matriks gives the pegawai, which only the join's review stage sees) is :data:`SELARAS_LUAR`, and only the
    superior RK reported as not intervened get that row.

    Made NIP group by NIP group (:meth:`~skp.run.spill.EntryStore.superior_groups`), as the batch checks
    are (:mod:`skp.run.join`): the group of NIP *k* holds every submission whose own NIP is *k* and every
    one whose penilai's NIP is *k*, which is all that ``superior_of``, ``subordinates_of`` and ``match``
    read for a superior whose NIP is *k*, so a Hierarchy of the group answers for those superiors exactly
    as one of the whole batch (the first in the subordinate's period when asked, else the one of an
    overlapping period the subordinate names most RK of). Each superior's rows wait on disk under its
    discovery position and are read back in that order.
    """
    rows = KeyedRows()
    try:
        # each group is let go before the next is read (a loop variable would hold it meanwhile)
        for made in map(partial(_group_rows, rules, entries.organisasi, flagged), entries.superior_groups()):
            for position, superior_rows in made:
                rows.add(position, superior_rows)
        table = SpilledRows(HIERARKI)
        for stored in rows.in_order():
            for row in stored:
                table.append(row)
    finally:
        rows.close()
    return table


def _group_rows(
    rules: KumpulanRules, organisasi: Organisasi, flagged: Flagged | None, group: tuple[str, list[Indexed]]
) -> list[tuple[int, list[tuple[Any, ...]]]]:
    """(discovery position, Hierarki rows) of each superior whose NIP is the group's, among those with
    rows (with the batch's JPT RK, as the batch checks have them)."""
    nip, items = group
    hierarchy = Hierarchy([entry for _, entry in items], rules, None, organisasi)
    positions = {entry.path: position for position, entry in items}
    made = ((position, list(_superior_rows(hierarchy, superior, _reported(hierarchy, superior, positions,
                                                                          flagged))))
            for position, superior in items if superior.nip == nip)
    return [(position, rows) for position, rows in made if rows]


Reported = tuple[set[tuple[str, str | None, str | None]], set[tuple[str | None, str | None]]]


def _reported(
    hierarchy: Hierarchy, superior: HierarchyEntry, positions: dict[str, int], flagged: Flagged | None
) -> Reported | None:
    """Where the batch checks reported the superior's subordinates' RK atasan (file, sheet, cell) and the
    superior's RK nobody intervenes (sheet, cell); None without the run's findings."""
    subordinates = hierarchy.subordinates_of(superior)
    if flagged is None or not subordinates:
        return None
    unmatched = {(s.path, f.sheet, f.cell) for s in subordinates for f in flagged(positions[s.path])
                 if f.code == _UNMATCHED}
    unintervened = {(f.sheet, f.cell) for f in flagged(positions[superior.path]) if f.code == _UNINTERVENED}
    return unmatched, unintervened


def _superior_rows(
    hierarchy: Hierarchy, superior: HierarchyEntry, reported: Reported | None = None
) -> Iterator[tuple[Any, ...]]:
    """The Hierarki rows of one superior (none when nobody reports to it), as the batch checks ``reported``
    them when given."""
    subordinates = hierarchy.subordinates_of(superior)
    if not subordinates:
        return
    head = (superior.nama, superior.nip, superior.path)
    hit: set[int] = set()
    written = False
    for subordinate in subordinates:
        person = (subordinate.nama, subordinate.nip, subordinate.path)
        acting = hierarchy.acting_unaligned(subordinate, superior)  # as the batch checks judge it
        for rk in subordinate.utama:
            if not rk.rk_atasan:
                yield (*head, *person, rk.text, None, TANPA_RK_ATASAN, None)
                continue
            if acting:
                yield (*head, *person, rk.text, rk.rk_atasan, PELAKSANA, None)
                continue
            written = True
            found = hierarchy.match(rk.rk_atasan, superior)
            closest = superior.utama[found.index].text if found.index is not None else None
            if found.matched:
                hit.update(found.indices)
            alignment = SELARAS if found.matched else TIDAK_COCOK
            if not found.matched and reported is not None and \
                    (subordinate.path, rk.sheet, rk.atasan_cell) not in reported[0]:
                alignment = SELARAS_LUAR
            yield (*head, *person, rk.text, rk.rk_atasan, alignment, closest)
    if written:
        for index, rk in enumerate(superior.utama):
            if index not in hit and (reported is None or (rk.sheet, rk.cell) in reported[1]):
                yield (*head, None, None, None, None, rk.text, TIDAK_DIINTERVENSI, None)


def build_tables(batch: Batch, today: date | None = None, rules: RekapRules | None = None) -> RecapTables:
    """Every recap table for ``batch`` (``today`` is the date the recap says it was made; ``rules`` the
    ``rekap`` section of the run's rules, the default rules when not given)."""
    rules = rules if rules is not None else _default_rules()
    names = UnitNames(rules)
    daftar = batch.daftar
    if daftar is not None:
        names.add_daftar_units(person.unit_kerja for person in filter(daftar.counted, daftar.pegawai))
    pegawai, temuan, counts = _pegawai_temuan(batch, names, rules)
    belum = sent = None
    if daftar is not None:
        belum, sent = _belum_mengirim(daftar, counts.submitted, counts.submitted_rows, names)
    ringkasan = _ringkasan(counts, sent, rules)
    statuses = Counter[str]()
    for per_unit in counts.status.values():
        statuses.update(per_unit)
    status = {key: statuses[label] for key, label in STATUS_LABELS.items()}
    total = ringkasan.iloc[-1]
    info = RecapInfo(
        instansi=_most_common(counts.instansi),
        periode=_most_common(counts.periode),
        dibuat=today or date.today(), berkas=len(pegawai), status=status, pegawai=int(total["Pegawai"]),
        wajib=int(total["Wajib Mengirim"]) if daftar is not None else None,
        sudah=int(total["Sudah Mengirim"]) if daftar is not None else None,
        tidak_wajib=int(total["Tidak Wajib"]) if daftar is not None else None,
        persen=persen_mengirim(int(total["Sudah Mengirim"]), int(total["Wajib Mengirim"]), rules)
        if daftar is not None else None,
        daftar=daftar.path if daftar is not None else None,
        masalah=_masalah(counts),
    )
    return RecapTables(
        ringkasan=ringkasan,
        temuan=temuan,
        hierarki=hierarki(batch.entries, batch.rules, batch.batch_findings),
        pegawai=pegawai,
        predikat=_predikat(counts),
        belum_mengirim=belum,
        info=info,
    )


def _default_rules() -> RekapRules:
    from skp.config import Config
    from skp.recap.units import rules_of

    return rules_of(Config())
