"""The recap's tables, computed once with pandas and rendered as xlsx, HTML and CSV alike.

A unit head reads the Ringkasan first (who submitted, who must fix what), then drills into Temuan,
Hierarki and Pegawai. Building every table here, as data frames with Indonesian column headings, keeps the
three output formats telling the same story: each writer only lays the frames out.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import pandas as pd

from skp.findings import FileReport, Severity
from skp.hierarchy.entry import HierarchyEntry
from skp.hierarchy.links import Hierarchy
from skp.mapping import normalize_label
from skp.run.batch import Batch

UNKNOWN_UNIT = "(unit kerja tidak terbaca)"
TOTAL = "Jumlah"
STATUS_LABELS = {"lulus": "Lulus", "perlu-perbaikan": "Perlu Perbaikan", "gagal-dibaca": "Gagal Dibaca"}
PREDIKAT_ORDER = ("Sangat Baik", "Baik", "Butuh Perbaikan", "Kurang", "Sangat Kurang")
TOP_CODES = 3

RINGKASAN = ["Unit Kerja", "Pegawai", *STATUS_LABELS.values(), "Kode Temuan Tersering"]
TEMUAN = ["Berkas", "Nama", "NIP", "Unit Kerja", "Kode", "Tingkat", "Sheet", "Sel", "Pesan"]
HIERARKI = ["Atasan", "NIP Atasan", "Berkas Atasan", "Bawahan", "NIP Bawahan", "Berkas Bawahan",
            "RK Bawahan", "RK Atasan yang Diintervensi", "Keselarasan", "RK Atasan Terdekat"]
PEGAWAI = ["Berkas", "Nama", "NIP", "Jabatan", "Unit Kerja", "Formulir", "NIP Penilai", "Status", "Error",
           "Peringatan", "Jumlah RK", "Jumlah IKI", "Nilai SKP", "Predikat"]

SELARAS = "selaras"
TIDAK_COCOK = "tidak cocok dengan RK atasan"
TANPA_RK_ATASAN = "RK atasan tidak diisi"
TIDAK_DIINTERVENSI = "RK atasan tidak diintervensi bawahan"


@dataclass
class RecapTables:
    """Every table of the recap; ``predikat`` is None when no submission carries a score."""

    ringkasan: pd.DataFrame
    temuan: pd.DataFrame
    hierarki: pd.DataFrame
    pegawai: pd.DataFrame
    predikat: pd.DataFrame | None

    def named(self) -> Iterator[tuple[str, pd.DataFrame]]:
        """(sheet name, table) in reading order, the Predikat table only when present."""
        yield "Ringkasan", self.ringkasan
        if self.predikat is not None:
            yield "Predikat", self.predikat
        yield "Hierarki", self.hierarki
        yield "Pegawai", self.pegawai
        yield "Temuan", self.temuan


def _unit(report: FileReport, entry: HierarchyEntry | None) -> str:
    unit = (entry.unit_kerja if entry else None) or report.unit_kerja
    return " ".join(unit.split()) if unit and unit.strip() else UNKNOWN_UNIT


def _predikat_label(raw: str | None) -> str | None:
    """The scoring engine's predikat in the regulation's spelling (``butuh-perbaikan`` → Butuh Perbaikan)."""
    if not raw:
        return None
    key = normalize_label(raw)
    return next((label for label in PREDIKAT_ORDER if normalize_label(label) == key), raw)


def _pegawai(batch: Batch) -> pd.DataFrame:
    entries = {e.path: e for e in batch.entries}
    rows = []
    for report in batch.reports:
        entry = entries.get(report.path)
        read = entry is not None
        facts = entry or HierarchyEntry(path=report.path)
        severities = [f.severity for f in report.findings]
        rows.append([
            report.path, report.nama or facts.nama, report.nip or facts.nip, facts.jabatan,
            _unit(report, entry), report.form, report.nip_penilai, STATUS_LABELS[report.status],
            severities.count(Severity.ERROR), severities.count(Severity.PERINGATAN),
            facts.jumlah_rk if read else None, facts.jumlah_iki if read else None,
            facts.nilai_skp, _predikat_label(facts.predikat),
        ])
    return pd.DataFrame(rows, columns=PEGAWAI)


def _temuan(batch: Batch, pegawai: pd.DataFrame) -> pd.DataFrame:
    rows = [
        [report.path, nama, nip, unit, f.code, f.severity.value, f.sheet, f.cell, f.message]
        for report, nama, nip, unit in zip(
            batch.reports, pegawai["Nama"], pegawai["NIP"], pegawai["Unit Kerja"], strict=True
        )
        for f in report.findings
    ]
    return pd.DataFrame(rows, columns=TEMUAN)


def _top_codes(codes: pd.Series) -> str:
    counts = codes.value_counts()
    counts = counts.sort_index(kind="stable").sort_values(ascending=False, kind="stable")
    return ", ".join(f"{code} ({n})" for code, n in counts.head(TOP_CODES).items())


def _ringkasan(pegawai: pd.DataFrame, temuan: pd.DataFrame) -> pd.DataFrame:
    statuses = list(STATUS_LABELS.values())
    counts = pd.crosstab(pegawai["Unit Kerja"], pegawai["Status"]).reindex(columns=statuses, fill_value=0)
    counts.insert(0, "Pegawai", counts.sum(axis=1))
    codes = temuan.groupby("Unit Kerja")["Kode"].agg(_top_codes) if len(temuan) else pd.Series(dtype=str)
    counts["Kode Temuan Tersering"] = codes.reindex(counts.index).fillna("")
    table = counts.reset_index().rename(columns={"index": "Unit Kerja"})
    total = [TOTAL, *(int(table[c].sum()) for c in ["Pegawai", *statuses]),
             _top_codes(temuan["Kode"]) if len(temuan) else ""]
    table.loc[len(table)] = total
    return table[RINGKASAN]


def _predikat(pegawai: pd.DataFrame) -> pd.DataFrame | None:
    scored = pegawai.dropna(subset=["Predikat"])
    if scored.empty:
        return None
    table = pd.crosstab(scored["Unit Kerja"], scored["Predikat"])
    order = list(PREDIKAT_ORDER) + sorted(set(table.columns) - set(PREDIKAT_ORDER))
    table = table.reindex(columns=order, fill_value=0)
    table["Jumlah"] = table.sum(axis=1)
    table = table.reset_index()
    table.columns.name = None
    table.loc[len(table)] = [TOTAL, *(int(table[c].sum()) for c in table.columns[1:])]
    return table


def _hierarki(hierarchy: Hierarchy) -> pd.DataFrame:
    rows = []
    for superior in hierarchy.entries:
        subordinates = hierarchy.subordinates_of(superior)
        if not subordinates:
            continue
        head = [superior.nama, superior.nip, superior.path]
        for subordinate in subordinates:
            person = [subordinate.nama, subordinate.nip, subordinate.path]
            for rk in subordinate.utama:
                if not rk.rk_atasan:
                    rows.append([*head, *person, rk.text, None, TANPA_RK_ATASAN, None])
                    continue
                found = hierarchy.match(rk.rk_atasan, superior)
                closest = superior.utama[found.index].text if found.index is not None else None
                rows.append([*head, *person, rk.text, rk.rk_atasan, SELARAS if found.matched else TIDAK_COCOK,
                             closest])
        if any(rk.rk_atasan for s in subordinates for rk in s.utama):
            hit = hierarchy.intervened(superior)
            for index, rk in enumerate(superior.utama):
                if index not in hit:
                    rows.append([*head, None, None, None, None, rk.text, TIDAK_DIINTERVENSI, None])
    return pd.DataFrame(rows, columns=HIERARKI)


def build_tables(batch: Batch) -> RecapTables:
    """Every recap table for ``batch``."""
    pegawai = _pegawai(batch)
    temuan = _temuan(batch, pegawai)
    return RecapTables(
        ringkasan=_ringkasan(pegawai, temuan),
        temuan=temuan,
        hierarki=_hierarki(batch.hierarchy),
        pegawai=pegawai,
        predikat=_predikat(pegawai),
    )
