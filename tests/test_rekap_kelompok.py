"""The recap's tables read the batch's entries one at a time and one NIP group at a time (issue 15: its
memory must stay flat in the number of submissions), and the Hierarki sheet they give is exactly the one a
Hierarchy of every entry gives: duplicates of a superior's NIP, the same-period rule, a penilai who is the
pegawai, two submissions naming each other as penilai, a split member in its own group, an unreadable file
between them."""

from __future__ import annotations

import gc

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_join import RKS, hierarchies

from skp.daftar import Daftar, Pegawai
from skp.findings import FileReport
from skp.hierarchy.entry import HierarchyEntry, RkRef, SplitPart, TargetSplit
from skp.hierarchy.links import Hierarchy, KumpulanRules
from skp.recap import html, tables
from skp.recap.tables import HIERARKI, SELARAS, TANPA_RK_ATASAN, TIDAK_COCOK, TIDAK_DIINTERVENSI, build_tables
from skp.run.batch import Batch
from skp.run.spill import EntryStore

KEPALA, KABID, STAF_A, STAF_B, MANDIRI = (f"19{i}0101201501100{i}" for i in range(1, 6))
Y2025, Y2024 = "2025-01-01/2025-12-31", "2024-01-01/2024-12-31"


def _store(entries: list[tuple[int, HierarchyEntry]]) -> EntryStore:
    store = EntryStore()
    for position, entry in entries:
        store.add(position, entry)
    return store


def _whole(entries: list[HierarchyEntry], rules: KumpulanRules) -> list[tuple]:
    """The Hierarki rows of one Hierarchy over every entry, superiors in discovery order."""
    everyone = Hierarchy(entries, rules)
    return [row for superior in entries for row in tables._superior_rows(everyone, superior)]


def _rk(text: str, atasan: str | None = None) -> RkRef:
    return RkRef(text=text, rk_atasan=atasan, sheet="SKP", cell="C14", atasan_cell="B14", jumlah_iki=1)


def _agency() -> list[tuple[int, HierarchyEntry]]:
    """Position 2 is an unreadable file (no entry). The Kepala's NIP is on two submissions (2025 and
    2024); the Kabid and the Kepala name each other as penilai; a staff member of 2024 reports to the 2024
    Kepala; one submission names its own NIP as penilai; the Kepala's split looks its own NIP up."""
    kepala = HierarchyEntry(
        path="kepala_2025.xlsx", nip=KEPALA, nip_penilai=KABID, nama="Kepala", periode=Y2025,
        utama=[_rk("Meningkatnya layanan publik"), _rk("Laporan kinerja tepat waktu", RKS[0])],
        splits=[TargetSplit(rk="Laporan kinerja tepat waktu", whole=4.0, whole_raw="4 laporan",
                            parts=[SplitPart(nip=KEPALA, nama="Kepala")])])
    kepala_lama = HierarchyEntry(path="kepala_2024.xlsx", nip=KEPALA, nama="Kepala", periode=Y2024,
                                 utama=[_rk("Jalan kabupaten terpelihara")])
    kabid = HierarchyEntry(path="kabid.xlsx", nip=KABID, nip_penilai=KEPALA, nama="Kabid", periode=Y2025,
                           utama=[_rk("Layanan publik meningkat", "meningkatnya layanan PUBLIK."),
                                  _rk("Arsip tertata")])
    staf_a = HierarchyEntry(path="staf_a.xlsx", nip=STAF_A, nip_penilai=KABID, nama="Staf A", periode=Y2025,
                            utama=[_rk("Surat terkirim", "Layanan publik meningkat"), _rk("Rapat", None)],
                            jumlah_rk=2)
    staf_b = HierarchyEntry(path="staf_b.xlsx", nip=STAF_B, nip_penilai=KEPALA, nama="Staf B", periode=Y2024,
                            utama=[_rk("Jembatan diperbaiki", "Permohonan PBG diproses")])
    mandiri = HierarchyEntry(path="mandiri.xlsx", nip=MANDIRI, nip_penilai=MANDIRI, nama="Mandiri",
                             periode=Y2025, utama=[_rk("Kajian", "Kajian")])
    tanpa_nip = HierarchyEntry(path="tanpa_nip.xlsx", nip_penilai=KABID, nama="Tanpa NIP", periode=None,
                               utama=[_rk("Notulen", "Arsip tertata")])
    return [(0, kabid), (1, kepala), (3, staf_a), (4, kepala_lama), (5, staf_b), (6, mandiri), (7, tanpa_nip)]


def test_the_hierarki_rows_of_the_tricky_agency() -> None:
    rules = KumpulanRules()
    entries = _agency()
    rows = list(tables.hierarki(_store(entries), rules))
    kabid = ("Kabid", KABID, "kabid.xlsx")
    kepala = ("Kepala", KEPALA, "kepala_2025.xlsx")
    kepala_lama = ("Kepala", KEPALA, "kepala_2024.xlsx")
    assert rows == [
        # the Kabid (position 0) first: the 2025 Kepala, Staf A and the entry without a NIP report to it
        (*kabid, *kepala, "Meningkatnya layanan publik", None, TANPA_RK_ATASAN, None),
        (*kabid, *kepala, "Laporan kinerja tepat waktu", RKS[0], TIDAK_COCOK, "Layanan publik meningkat"),
        (*kabid, "Staf A", STAF_A, "staf_a.xlsx", "Surat terkirim", "Layanan publik meningkat", SELARAS,
         "Layanan publik meningkat"),
        (*kabid, "Staf A", STAF_A, "staf_a.xlsx", "Rapat", None, TANPA_RK_ATASAN, None),
        (*kabid, "Tanpa NIP", None, "tanpa_nip.xlsx", "Notulen", "Arsip tertata", SELARAS, "Arsip tertata"),
        # the 2025 Kepala: the Kabid (2025); its RK nobody intervenes comes last
        (*kepala, *kabid, "Layanan publik meningkat", "meningkatnya layanan PUBLIK.", SELARAS,
         "Meningkatnya layanan publik"),
        (*kepala, *kabid, "Arsip tertata", None, TANPA_RK_ATASAN, None),
        (*kepala, None, None, None, None, "Laporan kinerja tepat waktu", TIDAK_DIINTERVENSI, None),
        # the 2024 Kepala: Staf B of 2024, whose RK atasan is none of its
        (*kepala_lama, "Staf B", STAF_B, "staf_b.xlsx", "Jembatan diperbaiki", "Permohonan PBG diproses",
         TIDAK_COCOK, "Jalan kabupaten terpelihara"),
        (*kepala_lama, None, None, None, None, "Jalan kabupaten terpelihara", TIDAK_DIINTERVENSI, None),
    ]
    assert rows == _whole([entry for _, entry in entries], rules)


def test_without_the_same_period_rule_the_first_kepala_takes_every_subordinate() -> None:
    rules = KumpulanRules(atasan_periode_sama=False)
    entries = _agency()
    rows = list(tables.hierarki(_store(entries), rules))
    assert {row[2] for row in rows} == {"kabid.xlsx", "kepala_2025.xlsx"}
    assert ("staf_b.xlsx", "kepala_2025.xlsx") in {(row[5], row[2]) for row in rows}
    assert rows == _whole([entry for _, entry in entries], rules)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(hierarchies(), st.booleans(), st.sampled_from([60.0, 85.0, 100.0]))
def test_generated_hierarchies_give_the_rows_of_one_hierarchy(
    entries: list[HierarchyEntry], same_period: bool, threshold: float
) -> None:
    rules = KumpulanRules(atasan_periode_sama=same_period, ambang_kemiripan_rk=threshold)
    assert list(tables.hierarki(_store(list(enumerate(entries))), rules)) == _whole(entries, rules)


def test_the_tables_of_the_tricky_agency() -> None:
    """Pegawai in step with the reports (the unreadable file in its place), Belum Mengirim and the
    instansi and periode the recap names."""
    entries = _agency()
    for _, entry in entries:
        entry.instansi = "Pemerintah Kabupaten Contoh" if entry.nip != STAF_B else "Dinas  Lain"
        entry.periode_label = "1 Januari s.d. 31 Desember 2025" if entry.periode == Y2025 else "2024"
    paths = {position: entry.path for position, entry in entries} | {2: "rusak.xlsx"}
    reports = [FileReport(path=paths[i]) for i in range(8)]
    daftar = Daftar(path="daftar.xlsx", pegawai=[
        Pegawai(baris=2, nip=KEPALA, nip_tertulis=KEPALA, nama="Kepala"),
        Pegawai(baris=3, nip="199901012020011001", nip_tertulis="199901012020011001", nama="Belum")])
    made = build_tables(Batch(reports, _store(entries), [], KumpulanRules(), daftar))
    pegawai = list(made.pegawai)
    assert [row[0] for row in pegawai] == [paths[i] for i in range(8)]
    assert pegawai[2][1:4] == (None, None, None) and pegawai[2][10:12] == (None, None)
    assert pegawai[3][1:3] == ("Staf A", STAF_A) and pegawai[3][10] == 2.0
    assert made.belum_mengirim is not None and list(made.belum_mengirim["NIP"]) == ["199901012020011001"]
    assert made.info is not None
    assert (made.info.instansi, made.info.periode) == ("Pemerintah Kabupaten Contoh",
                                                       "1 Januari s.d. 31 Desember 2025")
    assert made.hierarki.columns == HIERARKI and len(made.hierarki) == 10


def test_a_tie_names_the_first_instansi_found() -> None:
    entries = [HierarchyEntry(path=f"{i}.xlsx", nip=f"{i:018d}", instansi=name)
               for i, name in enumerate(["Dinas B", " Dinas  A ", "Dinas A", "Dinas B", None, "  "])]
    reports = [FileReport(path=e.path) for e in entries]
    made = build_tables(Batch(reports, _store(list(enumerate(entries))), [], KumpulanRules()))
    assert made.info is not None and made.info.instansi == "Dinas B"


HEAD = ('<h2 id="pohon">Pohon kinerja</h2><p class="catatan">Merah: RK atasan yang ditulis bawahan tidak ada '
        "di SKP atasan. Kuning: RK atasan yang tidak diintervensi bawahan mana pun.</p>")


@pytest.mark.parametrize(("dropped", "expected"), [
    # the Kabid and the 2025 Kepala are above each other: only the 2024 Kepala is nobody's subordinate
    ((), '<div class="pohon"><ul><li><span class="simpul kosong"><strong>Kepala</strong> '
         '<small>(kepala_2024.xlsx)</small><span class="tanda">Tidak diintervensi bawahan: Jalan kabupaten '
         'terpelihara</span></span><ul><li><span class="simpul putus"><strong>Staf B</strong> '
         '<small>(staf_b.xlsx)</small><span class="tanda">RK atasan tidak ditemukan: Permohonan PBG diproses'
         "</span></span></li></ul></li></ul></div>"),
    # without them everyone is in the loop: the first superior is the root, the loop shown once
    ((4, 5), '<div class="pohon"><ul><li><span class="simpul"><strong>Kabid</strong> <small>(kabid.xlsx)'
             '</small></span><ul><li><span class="simpul putus kosong"><strong>Kepala</strong> '
             '<small>(kepala_2025.xlsx)</small><span class="tanda">RK atasan tidak ditemukan: Meningkatnya '
             'layanan kepegawaian</span><span class="tanda">Tidak diintervensi bawahan: Laporan kinerja '
             'tepat waktu</span></span></li><li><span class="simpul"><strong>Staf A</strong> <small>'
             '(staf_a.xlsx)</small></span></li><li><span class="simpul"><strong>Tanpa NIP</strong> <small>'
             "(tanpa_nip.xlsx)</small></span></li></ul></li></ul></div>"),
])
def test_the_html_tree_of_the_tricky_agency(dropped: tuple[int, ...], expected: str) -> None:
    """As the tree held in memory wrote it (the expected markup is that code's output)."""
    entries = [entry for position, entry in _agency() if position not in dropped]
    reports = [FileReport(path=e.path) for e in entries]
    made = build_tables(Batch(reports, _store(list(enumerate(entries))), [], KumpulanRules()))
    assert "".join(html._tree(made)) == HEAD + expected


# ---- what stays in memory --------------------------------------------------------------------------

def _live_entries() -> int:
    return sum(1 for o in gc.get_objects() if type(o) is HierarchyEntry)


def test_the_tables_never_hold_more_than_one_nip_group(monkeypatch: pytest.MonkeyPatch) -> None:
    """60 submissions in twelve groups of a superior and four subordinates: while the tables are built,
    no Hierarchy has more than one group's entries and no more than one group (plus the entry read in step
    with its report) is alive at once."""
    def entry(i: int) -> HierarchyEntry:
        unit, rank = divmod(i, 5)
        return HierarchyEntry(path=f"unit_{unit}/pegawai_{rank}.xlsx", nip=f"{unit:09d}{rank:09d}",
                              nip_penilai=None if rank == 0 else f"{unit:09d}{0:09d}", nama=f"Pegawai {i}",
                              utama=[_rk(f"RK {unit} {rank}", f"RK {unit} 0")])

    store = EntryStore()
    for i in range(60):
        store.add(i, entry(i))
    reports = [FileReport(path=f"unit_{unit}/pegawai_{rank}.xlsx") for unit in range(12) for rank in range(5)]
    sizes: list[int] = []
    live: list[int] = []
    made_hierarchy, append = Hierarchy.__init__, tables.SpilledRows.append

    def counted_hierarchy(self: Hierarchy, entries: list[HierarchyEntry], *args: object) -> None:
        sizes.append(len(entries))
        live.append(_live_entries())
        made_hierarchy(self, entries, *args)

    def counted_append(self: tables.SpilledRows, row: tuple) -> None:
        live.append(_live_entries())
        append(self, row)

    gc.collect()
    before = _live_entries()
    monkeypatch.setattr(Hierarchy, "__init__", counted_hierarchy)
    monkeypatch.setattr(tables.SpilledRows, "append", counted_append)
    made = build_tables(Batch(reports, store, [], KumpulanRules()))
    assert len(made.pegawai) == 60 and len(made.hierarki) == 12 * 4
    assert sizes == [5] * 12
    assert max(live) - before <= 5 + 2, max(live) - before
