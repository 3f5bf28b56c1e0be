"""The batch checks as a NIP join from disk (skp/run/join.py, skp/run/spill.py) give exactly the findings
of one Hierarchy over every entry, in the same order per file: on the test agency, on the workbooks of
tests/data, and on generated hierarchies with duplicates, missing superiors, beban-target splits and a
daftar pegawai; and the main process keeps no entry in memory while doing it."""

from __future__ import annotations

import gc
import multiprocessing
import os
import pickle
import tempfile
import tracemalloc
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from kumpulan_documents import SUBMISSIONS, write_folder
from run_faults import first_group_aborts

from batch.cli import main
from skp.checks.kumpulan import batch_findings
from skp.config import Config
from skp.daftar import Daftar, Pegawai, read_daftar
from skp.findings import Finding
from skp.hierarchy.entry import HierarchyEntry, Peran, RkRef, SplitPart, TargetSplit
from skp.hierarchy.links import Hierarchy, rules_of
from skp.run import pool_join
from skp.run.batch import joined_findings, run_batch
from skp.run.discovery import discover
from skp.run.join import SCOPE, batch_checks
from skp.run.spill import EntryStore, FindingStore

DATA = Path(__file__).parent / "data"
DAFTAR = DATA / "daftar" / "daftar_pegawai_dinas_pupr.xlsx"


def single(entries: list[HierarchyEntry], config: Config, daftar: Daftar | None) -> dict[str, list[dict]]:
    found = batch_findings(Hierarchy(entries, rules_of(config), daftar), config)
    return {path: [f.model_dump() for f in items] for path, items in found.items() if items}


def joined(
    entries: list[HierarchyEntry], config: Config, daftar: Daftar | None, jobs: int = 1
) -> dict[str, list[dict]]:
    store = EntryStore()
    for position, entry in enumerate(entries):
        store.add(position, entry)
    found = joined_findings(store, config, daftar, jobs)
    assert list(found.in_order()) == list(found.items())  # in discovery order, as the reports are read
    return {entries[position].path: [f.model_dump() for f in items] for position, items in found.items()}


def test_every_batch_check_is_owned_by_one_scope() -> None:
    assert sorted(check.func.__name__ for _, check, _ in batch_checks() if check.func) == sorted(SCOPE)


def test_the_test_agency_with_its_daftar(
    tmp_path: Path, config: Config, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(write_folder(tmp_path, config))
    daftar = read_daftar(DAFTAR, config)
    batch = run_batch(discover([Path(".")]), config, jobs=1, daftar=daftar)
    entries = [entry for _, entry in batch.entries.in_order()]
    assert [e.path for e in entries] == [p for p in SUBMISSIONS if p != "rusak.xlsx"]
    expected = single(entries, config, daftar)
    codes = {f["code"] for items in expected.values() for f in items}
    assert {"skp-ganda", "skp-atasan-tidak-ditemukan", "rk-atasan-tidak-cocok",
            "rk-atasan-tidak-diintervensi", "target-kaskade-tidak-seimbang", "kesetaraan-tidak-seimbang",
            "penilai-tidak-sesuai-daftar", "pegawai-tidak-dalam-daftar"} <= codes
    assert joined(entries, config, daftar) == expected
    with pooled_from_one_group():
        assert joined(entries, config, daftar, jobs=2) == expected
    # and the run itself merged exactly those findings after each report's own
    for report in batch.reports:
        tail = expected.get(report.path, [])
        assert [f.model_dump() for f in report.findings][len(report.findings) - len(tail):] == tail


def test_the_workbooks_of_the_test_data_as_one_batch(config: Config) -> None:
    files = [p for p in discover([DATA]) if not p.name.startswith("bad_")]
    entries = [entry for _, entry in run_batch(files, config, jobs=1).entries.in_order()]
    assert len(entries) > 50
    expected = single(entries, config, None)
    assert sum(map(len, expected.values())) > 10
    assert joined(entries, config, None) == expected
    with pooled_from_one_group():
        assert joined(entries, config, None, jobs=2) == expected


@contextmanager
def pooled_from_one_group() -> Iterator[None]:
    """The NIP groups checked on worker processes however few they are (skp/run/pool_join.py), under
    the start method of the run (CI runs the batch tests under spawn too)."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(pool_join, "POOL_MIN_GROUPS", 1)
        patch.setattr(pool_join, "SPAWN_MIN_GROUPS", 1)
        yield


def test_skp_periksa_writes_the_same_report_with_the_groups_on_its_workers(
    tmp_path: Path, config: Config, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The test agency through ``skp periksa --format json``: the report of two workers checking the NIP
    groups is byte for byte that of one process checking them."""
    monkeypatch.chdir(write_folder(tmp_path, config))
    serial = CliRunner().invoke(main, ["periksa", "--format", "json", "-j", "1", "."])
    with pooled_from_one_group():
        pooled = CliRunner().invoke(main, ["periksa", "--format", "json", "-j", "2", "."])
    assert serial.exit_code == pooled.exit_code == 1
    assert "rk-atasan-tidak-cocok" in serial.stdout and pooled.stdout == serial.stdout


def test_a_join_stopped_early_leaves_no_worker_and_no_file(config: Config, tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    """The consumer of the groups' answers stops after the first (Ctrl-C, a full disk): as it does, the
    workers are gone and the groups written for them deleted."""
    store = EntryStore()
    for i in range(200):
        store.add(i, HierarchyEntry(path=f"p{i}.xlsx", nip=f"{i:018d}", nip_penilai=f"{i + 1:018d}",
                                    nama="Ani", jabatan="Analis SDM Aparatur", periode=PERIODS[0]))
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    with pooled_from_one_group():
        answers = pool_join.nip_group_answers(store, pool_join.JoinSetup(config, None, {}), jobs=2)
        next(answers)
        assert multiprocessing.active_children() and list(tmp_path.iterdir())
        answers.close()
    assert not multiprocessing.active_children() and not list(tmp_path.iterdir())


def test_a_group_that_brings_down_its_worker_twice_is_checked_in_the_main_process(config: Config) -> None:
    files = [p for p in discover([DATA]) if not p.name.startswith("bad_")]
    entries = [entry for _, entry in run_batch(files, config, jobs=1).entries.in_order()]
    expected = single(entries, config, None)
    with pooled_from_one_group(), pytest.MonkeyPatch.context() as patch:
        patch.setattr(pool_join, "group_task", first_group_aborts)
        assert joined(entries, config, None, jobs=2) == expected


# ---- generated hierarchies -------------------------------------------------------------------------

NIPS = [f"19{i}0101201501100{i}" for i in range(1, 6)]
PERIODS = ["2025-01-01/2025-12-31", "2024-01-01/2024-12-31", None]
RKS = ["Meningkatnya layanan kepegawaian", "meningkatnya  layanan KEPEGAWAIAN.",
       "Laporan kinerja tepat waktu", "Jalan kabupaten terpelihara", "Permohonan PBG diproses"]
JABATAN = ["Analis SDM Aparatur", "analis sdm aparatur", "Pengelola Keuangan", None]

_rk = st.builds(RkRef, text=st.sampled_from(RKS), rk_atasan=st.none() | st.sampled_from(RKS),
                sheet=st.just("SKP"), cell=st.sampled_from(["C14", "C17"]), atasan_cell=st.just("B14"),
                jumlah_iki=st.integers(0, 4), target_kuantitas=st.none() | st.sampled_from([2.0, 3.0, 5.0]))
_part = st.builds(SplitPart, nip=st.none() | st.sampled_from([*NIPS, "199909092020121001"]),
                  nama=st.none() | st.just("Anggota"), value=st.none() | st.sampled_from([2.0, 3.0, 5.0]))
_split = st.builds(TargetSplit, rk=st.sampled_from(RKS), whole=st.sampled_from([5.0, 10.0]),
                   whole_raw=st.sampled_from(["5 dokumen", "10 km"]), sheet=st.just("Matriks"),
                   cell=st.just("D5"), parts=st.lists(_part, min_size=1, max_size=3))

# Matriks columns naming members by NIP, some of them rated by someone else (another unit's koordinator)
_peran = st.builds(Peran, rk=st.sampled_from(RKS),
                   nips=st.lists(st.sampled_from(NIPS), min_size=1, max_size=3))


@st.composite
def hierarchies(draw: st.DrawFn) -> list[HierarchyEntry]:
    """Few NIPs for many entries, so duplicates, shared superiors, self-penilai, penilai without a
    submission (an NIP outside the pool), chains of three (a superior's superior) and splits and Matriks
    columns naming members all occur."""
    entries = []
    for i in range(draw(st.integers(1, 14))):
        utama = draw(st.lists(_rk, max_size=3))
        entries.append(HierarchyEntry(
            path=f"unit_{i % 3}/berkas_{i}.xlsx", nip=draw(st.none() | st.sampled_from(NIPS)),
            nip_penilai=draw(st.none() | st.sampled_from([*NIPS, "196606061990031006"])),
            nama=draw(st.none() | st.sampled_from(["Ani", "Budi"])), jabatan=draw(st.sampled_from(JABATAN)),
            periode=draw(st.sampled_from(PERIODS)), periode_label="2025", sheet="SKP", nip_cell="D7",
            nip_penilai_cell="I7", utama_cell="A13", utama=utama, jumlah_rk=len(utama),
            jumlah_iki=sum(r.jumlah_iki for r in utama), splits=draw(st.lists(_split, max_size=2)),
            peran=draw(st.lists(_peran, max_size=2))))
    return entries


@st.composite
def daftars(draw: st.DrawFn) -> Daftar | None:
    if not draw(st.booleans()):
        return None
    rows = [Pegawai(baris=i + 2, nip=nip, nip_tertulis=nip, nama=f"Pegawai {i}",
                    nip_atasan=draw(st.none() | st.sampled_from(NIPS)))
            for i, nip in enumerate(draw(st.lists(st.sampled_from(NIPS), unique=True)))]
    return Daftar(path="daftar.xlsx", pegawai=rows)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(hierarchies(), daftars())
def test_generated_hierarchies(entries: list[HierarchyEntry], daftar: Daftar | None) -> None:
    config = Config()
    assert joined(entries, config, daftar) == single(entries, config, daftar)


# ---- what stays in memory --------------------------------------------------------------------------

def test_findings_come_back_per_file_in_check_then_check_order(config: Config) -> None:
    store = FindingStore()
    first, second, third = (Finding.make("skp-ganda", "SKP", cell, nip="1", periode="-", berkas_lain="x")
                            for cell in ("D7", "D8", "D9"))
    store.add([(7, 3, 0, third), (2, 0, 1, second), (2, 0, 0, first)])
    store.add([(2, 2, 0, third)])
    assert store[2] == [first, second, third] and store[7] == [third]
    assert store.get(5) is None and list(store) == [2, 7] and len(store) == 2
    assert list(store.in_order()) == [(2, [first, second, third]), (7, [third])]


@pytest.mark.parametrize(("per_unit", "jobs"), [(50, 1), (50, 2), (3000, 2)])
def test_the_join_keeps_no_entry_in_memory(config: Config, per_unit: int, jobs: int) -> None:
    """3,000 entries (a superior with 50 subordinates, sixty times; or one with 2,999) through the store
    and the join, in the main process or on two workers: the Python memory still held afterwards is a
    small fraction of what the entries take pickled. The group of 3,000 weighs megabytes, more than a
    pipe holds, which the workers get without stopping."""
    def entry(i: int) -> HierarchyEntry:
        unit, rank = divmod(i, per_unit)
        nip, superior = f"{unit:09d}{rank:09d}", f"{unit:09d}{0:09d}"
        utama = [RkRef(text=f"{RKS[k % 5]} unit {unit} nomor {k}", rk_atasan=RKS[(k + rank) % 5], sheet="SKP",
                       cell=f"C{14 + k}", atasan_cell=f"B{14 + k}", jumlah_iki=2) for k in range(4)]
        return HierarchyEntry(path=f"unit_{unit}/pegawai_{rank}.xlsx", nip=nip,
                              nip_penilai=None if rank == 0 else superior, nama=f"Pegawai {i}",
                              jabatan="Analis SDM Aparatur", periode=PERIODS[0], utama=utama, jumlah_rk=4,
                              jumlah_iki=8)

    pickled = sum(len(pickle.dumps(entry(i))) for i in range(3000))
    with pooled_from_one_group():
        tracemalloc.start()
        try:
            store = EntryStore()
            for i in range(3000):
                store.add(i, entry(i))
            found = joined_findings(store, config, None, jobs)
            gc.collect()  # empties the free lists, whose freed tuples would still count where they were made
            held, _ = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
    # the subordinates' RKs mostly match none of their superior's (nor an RK it intervenes itself)
    assert len(found) > 2400
    assert held < pickled / 10, (held, pickled)


def test_the_groups_written_for_the_workers_are_deleted_as_they_are_answered(
    config: Config, monkeypatch: pytest.MonkeyPatch
) -> None:
    """3,000 groups of one entry each, written for two workers in files of 20 KB (over fifty), 16 groups a
    message: the files of answered groups go while the join runs, so no more than the groups handed out
    ahead are on disk at once (a few files); and the findings are those of the join in the main process."""
    entries = [HierarchyEntry(path=f"unit/pegawai_{i}.xlsx", nip=f"{i:018d}", nip_penilai=f"{i + 1:018d}",
                              nama=f"Pegawai {i}", jabatan="Analis SDM Aparatur", periode=PERIODS[0],
                              utama=[RkRef(text=RKS[i % 5], rk_atasan=RKS[(i + 1) % 5], sheet="SKP",
                                           cell="C14", atasan_cell="B14", jumlah_iki=2)],
                              jumlah_rk=1, jumlah_iki=2)
               for i in range(0, 3000, 2)]
    expected = joined(entries, config, None)
    assert sum(map(len, expected.values())) == len(entries)  # each one's penilai sent no SKP
    on_disk: list[int] = []
    written: list[int] = []
    forget = pool_join._Spill.forget_through

    def counted(spill: pool_join._Spill, index: int) -> None:
        forget(spill, index)
        on_disk.append(len(os.listdir(spill._folder)))
        written.append(spill._segment + 1)

    monkeypatch.setattr(pool_join._Spill, "forget_through", counted)
    monkeypatch.setattr(pool_join, "SEGMENT_BYTES", 20_000)
    monkeypatch.setattr(pool_join, "MAX_CHUNK", 16)  # 128 groups handed out ahead, some 50 KB
    with pooled_from_one_group():
        assert joined(entries, config, None, jobs=2) == expected
    assert len(on_disk) == 3000  # every group of the 1,500 entries' own NIP and their penilai's
    assert written[-1] > 50 and max(on_disk) <= 8 and on_disk[-1] == 1
