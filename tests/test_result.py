"""What crosses from a worker to the main process (skp/run/result.py): each report's JSON text is the text
the SPEC §8 renderer gives for it, whatever a civil servant typed, and the report comes back from it
unchanged; the packed entry carries the NIP groups the join needs."""

from __future__ import annotations

import pickle

from hypothesis import given, settings
from hypothesis import strategies as st

from skp.findings import FileReport, Finding, Severity
from skp.hierarchy.entry import HierarchyEntry, RkRef, SplitPart, TargetSplit
from skp.run.join import MEMBER, OWNER, SUBORDINATE
from skp.run.result import FileResult, contract_text, pack, read_record, report_of
from skp.sinks import json_text

# every kind of character a cell or a file name may bring: controls, DEL and C1, bidi overrides, quotes,
# backslashes, line separators, accents, characters outside the BMP (no lone surrogates: see below)
_TEXT = st.text(alphabet=st.one_of(
    st.characters(blacklist_categories=("Cs",)),
    st.sampled_from(['"', "\\", "\n", "\t", "\x1b", "\x7f", "\x9b", "\u202e", "\u2028", "é", "𝔸"])))
_OPTIONAL = st.none() | _TEXT
_FINDINGS = st.builds(Finding, code=_TEXT, severity=st.sampled_from(list(Severity)), sheet=_OPTIONAL,
                      cell=_OPTIONAL, message=_TEXT)
_REPORTS = st.builds(FileReport, path=_TEXT, form=_OPTIONAL, nip=_OPTIONAL, nama=_OPTIONAL,
                     nip_penilai=_OPTIONAL, unit_kerja=_OPTIONAL, findings=st.lists(_FINDINGS, max_size=3))


@settings(max_examples=300, deadline=None)
@given(_REPORTS)
def test_contract_text_is_the_renderers_text_and_gives_the_report_back(report: FileReport) -> None:
    text = contract_text(report)
    assert text == json_text(report.to_contract())
    assert report_of(text) == report


def test_a_lone_surrogate_takes_the_standard_encoder() -> None:
    """A name with a byte that is not UTF-8 may reach a report as a lone surrogate; pydantic's encoder
    refuses it, the text is still the renderer's."""
    report = FileReport(path="ani_\udce8.xlsx", nama="Ani\udce9",
                        findings=[Finding.make("berkas-rusak", rincian="x\udcff")])
    assert contract_text(report) == json_text(report.to_contract())
    assert report_of(contract_text(report)) == report


def test_pack_keeps_status_codes_text_and_the_entrys_groups() -> None:
    report = FileReport(path="unit/ani.xlsx", findings=[Finding.make("cara-memantau-kosong", "SKP", "E14")])
    entry = HierarchyEntry(path="unit/ani.xlsx", nip="199001012015011001", nip_penilai="198001012005011002",
                           splits=[TargetSplit(rk="Laporan", whole=4.0, whole_raw="4 laporan",
                                               parts=[SplitPart(nip="199202022016022002")])])
    packed = pack(FileResult(report=report, entry=entry, from_cache=True))
    assert packed.path == "unit/ani.xlsx" and packed.from_cache
    assert read_record(packed.report) == ("perlu-perbaikan", ("cara-memantau-kosong",), contract_text(report))
    assert packed.entry is not None and pickle.loads(packed.entry.data) == entry
    assert dict(packed.entry.roles) == {"199001012015011001": MEMBER, "198001012005011002": SUBORDINATE,
                                        "199202022016022002": OWNER}
    assert packed.entry.splits
    assert pack(FileResult(report=report)).entry is None


def test_a_packed_entry_is_its_constructors_arguments_without_field_names() -> None:
    """Entries are unpickled once per NIP group they are in: stored by position (no field name in the
    bytes), every nested kind comes back equal."""
    entry = HierarchyEntry(path="unit/ani.xlsx", nip="199001012015011001", nama_penilai="Budi",
                           utama=[RkRef(text="Laporan keuangan", rk_atasan="Tata kelola", jumlah_iki=2,
                                        target_kuantitas=4.0)],
                           splits=[TargetSplit(rk="Laporan", whole=4.0, whole_raw="4 laporan",
                                               parts=[SplitPart(nip="199202022016022002", value=2.0)])])
    data = pack(FileResult(report=FileReport(path=entry.path), entry=entry)).entry.data  # type: ignore[union-attr]
    assert pickle.loads(data) == entry
    assert not any(name in data for name in (b"nama_penilai", b"rk_atasan", b"whole_raw", b"value"))
