"""Discovery, the parallel runner, the cache and the batch checks over a generated submission folder."""

from __future__ import annotations

import json
import os
import pickle
import random
import shutil
import tracemalloc
from pathlib import Path

import pytest
from kumpulan_documents import (
    SUBMISSIONS,
    documents,
    expected_findings,
    run_noting_reads,
    write_document,
    write_folder,
)

import skp.run.discovery
import skp.run.worker
from batch.render import render_contract, render_json
from skp.config import Config
from skp.errors import ConfigurationError
from skp.findings import FileReport, Finding, batch_contract, catalogue, summarize
from skp.hierarchy.links import rules_of
from skp.run.batch import Batch, ReportStore, run_batch
from skp.run.cache import ResultCache
from skp.run.discovery import _WINDOW, PathList, discover
from skp.run.result import contract_text, report_record
from skp.run.spill import EntryStore, FindingStore
from skp.run.worker import examine


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory, config: Config) -> Path:
    return write_folder(tmp_path_factory.mktemp("kiriman"), config)


@pytest.fixture(scope="module")
def expected(folder: Path, config: Config) -> set[tuple[str, str, str | None, str | None]]:
    return expected_findings(folder, config)


def where(expected: set, path: str, code: str) -> tuple[str, str, str | None, str | None]:
    return next(e for e in sorted(expected) if e[:2] == (path, code))


@pytest.fixture
def inside(folder: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Work from inside the folder so report paths are the relative ones users see."""
    monkeypatch.chdir(folder)
    return Path(".")


def batch_found(reports: list) -> set[tuple[str, str, str | None, str | None]]:
    return {(r.path, f.code, f.sheet, f.cell) for r in reports for f in r.findings
            if catalogue()[f.code].lingkup == "kumpulan"}


def contract_json(reports: list) -> str:
    return json.dumps(batch_contract(reports), ensure_ascii=False, sort_keys=True)


def test_discovery_keeps_workbooks_once_in_path_order(inside: Path) -> None:
    assert [str(p) for p in discover([inside])] == SUBMISSIONS
    # a folder and a file inside it, named twice: still once each
    named = discover([Path("unit/staf_b.xlsx"), inside, Path("unit/../unit/staf_b.xlsx")])
    assert [str(p) for p in named] == SUBMISSIONS


def test_discovery_counts_links_to_one_file_once(tmp_path: Path) -> None:
    (tmp_path / "b_asli.xlsx").write_bytes(b"isi")
    (tmp_path / "a_tautan.xlsx").symlink_to(tmp_path / "b_asli.xlsx")
    os.link(tmp_path / "b_asli.xlsx", tmp_path / "c_taut_keras.xlsx")
    (tmp_path / "d_lain.xlsx").write_bytes(b"isi")  # same content, another file: kept
    assert [p.name for p in discover([tmp_path])] == ["a_tautan.xlsx", "d_lain.xlsx"]
    # a named file that does not exist is still reported, once
    named = discover([tmp_path / "hilang.xlsx", tmp_path / "." / "hilang.xlsx"])
    assert list(named) == [tmp_path / "hilang.xlsx"]


# Names whose path order is easy to get wrong walking one folder at a time: characters sorting before and
# after the separator, a folder and a workbook sharing a prefix, a folder named like a workbook, case,
# non-ASCII, a name that is not UTF-8, Excel's lock file and hidden folders.
TRICKY_TREE = [
    "a.xlsx", "a-b.xlsx", "a b.xlsx", "a/x.xlsx", "a/b/y.xlsm", "a!/z.xls", "a0/z.xlsx", "ab.xlsx",
    "B.xlsx", "b/c.XLSX", "dir.xlsx/in.xlsx", "ñ/ü.xlsx", "é.xlsx", "~$a.xlsx", ".tersembunyi/t.xlsx",
    "a/.git/g.xlsx", "catatan.txt", "a/b/catatan.csv",
]


def test_discovery_order_is_the_order_of_every_path_text(tmp_path: Path) -> None:
    for name in TRICKY_TREE:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_bytes(b"isi")
    latin1 = os.fsdecode(b"d\xe9j\xe0.xlsx")  # unzipped from an old Windows archive
    (tmp_path / "a" / latin1).write_bytes(b"isi")
    (tmp_path / "tautan_folder").symlink_to(tmp_path / "a", target_is_directory=True)  # not followed
    walked = sorted(str(Path(d) / n) for d, _, names in os.walk(tmp_path)
                    if not any(part.startswith(".") for part in Path(d).relative_to(tmp_path).parts)
                    for n in names if n.lower().endswith((".xlsx", ".xlsm", ".xls")) and n[:2] != "~$")
    found = discover([tmp_path])
    assert [str(p) for p in found] == walked
    assert len(found) == 14
    # several folders: one sorted list, whatever order they are named in
    assert [str(p) for p in discover([tmp_path / "b", tmp_path / "a"])] == sorted(
        [w for w in walked if w.startswith((f"{tmp_path}/a/", f"{tmp_path}/b/"))])


def test_discovered_paths_are_kept_on_disk_not_in_memory(tmp_path: Path) -> None:
    """A national batch's list of paths is needed for the whole run: the main process keeps none of it in
    memory after discovery (it was the path's text and 8 bytes per file, some 120 MB per million), and
    while discovering only what tells one file from another."""
    for unit in range(20):
        (tmp_path / f"unit_{unit:02d}").mkdir()
        for person in range(100):
            (tmp_path / f"unit_{unit:02d}" / f"pegawai_{person:03d}.xlsx").write_bytes(b"")
    tracemalloc.start()
    try:
        found = discover([tmp_path])
        kept, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert len(found) == 2000
    assert kept < 32 * 1024  # its files' buffers; the 2,000 paths' text alone is some 170 KB
    assert peak / 2000 < 3 * len(str(found[0])) + 100  # while discovering: the identities of the files


@pytest.mark.parametrize("pread", [True, False], ids=["pread", "seek-read"])
def test_a_path_list_gives_back_every_path_across_its_windows(
    pread: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Paths of every length, and names that are not UTF-8, come back as written over several windows
    read from disk: in order, by any index, and through a pickle (as the paths themselves); read with
    ``pread`` and as on Windows, which has none."""
    if not pread:
        monkeypatch.setattr(skp.run.discovery, "_PREAD", None)
    names = [f"unit_{i % 97}/{'x' * (i % 300)}_{i}\udce9.xlsx" for i in range(3 * _WINDOW + 5)]
    paths = PathList(iter(names))
    assert len(paths) == len(names)
    assert list(paths.texts()) == names
    for index in random.Random(5).sample(range(len(names)), 300):
        assert paths.text(index) == names[index]
    assert paths[-1] == Path(names[-1])
    assert paths[_WINDOW : _WINDOW + 2] == [Path(n) for n in names[_WINDOW : _WINDOW + 2]]
    assert pickle.loads(pickle.dumps(paths)) == paths == [Path(n) for n in names]
    with pytest.raises(IndexError):
        paths.text(len(names))
    assert list(PathList()) == []


def test_discovery_keeps_an_explicitly_named_non_workbook(inside: Path) -> None:
    assert list(discover([Path("catatan.txt"), Path("unit")])) == [
        Path("catatan.txt"), Path("unit/staf_a.xlsx"), Path("unit/staf_b.xlsx"), Path("unit/staf_c.xlsx"),
        Path("unit/staf_c_revisi.xlsx"),
    ]


@pytest.mark.parametrize("jobs", [1, 2])
def test_batch_findings_land_on_the_right_file_sheet_and_cell(inside: Path, config: Config, jobs: int,
                                                              expected: set) -> None:
    batch = run_batch(discover([inside]), config, jobs=jobs)
    assert [r.path for r in batch.reports] == SUBMISSIONS
    assert batch_found(batch.reports) == expected
    assert len(expected) == 10
    assert [f.code for f in batch.reports[SUBMISSIONS.index("rusak.xlsx")].findings] == ["berkas-rusak"]


def test_closest_superior_rk_is_named(inside: Path, config: Config) -> None:
    batch = run_batch([Path("kabag.xlsx"), Path("unit/staf_a.xlsx")], config, jobs=1)
    finding = next(f for f in batch.reports[1].findings if f.code == "rk-atasan-tidak-cocok")
    assert "kabag.xlsx" in finding.message and "Permohonan PBG diproses melalui SIMBG" in finding.message


def test_report_is_identical_for_any_jobs_and_with_the_cache(inside: Path, config: Config,
                                                             tmp_path: Path) -> None:
    files = discover([inside])
    fresh = contract_json(run_batch(files, config, jobs=1).reports)
    assert contract_json(run_batch(files, config, jobs=2).reports) == fresh
    cache = ResultCache(tmp_path / "cache", config)
    cold, cold_read = run_noting_reads(files, config, jobs=2, cache=cache)
    warm, warm_read = run_noting_reads(files, config, jobs=2, cache=cache)
    assert contract_json(cold.reports) == contract_json(warm.reports) == fresh
    assert cold_read == SUBMISSIONS
    # the corrupt file is cached too: a rejection is as deterministic as a reading
    assert warm_read == []


def test_cache_rereads_only_changed_files(folder: Path, config: Config, tmp_path: Path,
                                          monkeypatch: pytest.MonkeyPatch, expected: set) -> None:
    copy = tmp_path / "kiriman"
    shutil.copytree(folder, copy)
    monkeypatch.chdir(copy)
    cache = ResultCache(tmp_path / "cache", config)
    files = discover([Path(".")])
    run_batch(files, config, jobs=2, cache=cache)
    # staf A fixes the superior RK it names; the resubmission is renamed (same content: a cache hit)
    fixed = documents()["unit/staf_a.xlsx"]
    fixed.rencana[1].rk_atasan = "Permohonan PBG diproses melalui SIMBG"
    write_document(fixed, Path("unit/staf_a.xlsx"), config)
    os.rename("unit/staf_c_revisi.xlsx", "unit/staf_c_ditarik.xlsx")
    rerun, read = run_noting_reads(discover([Path(".")]), config, jobs=2,
                                   cache=ResultCache(tmp_path / "cache", config))
    assert read == ["unit/staf_a.xlsx"]
    fresh = run_batch(discover([Path(".")]), config, jobs=1)
    assert contract_json(rerun.reports) == contract_json(fresh.reports)
    fixed_now = {where(expected, "unit/staf_a.xlsx", "rk-atasan-tidak-cocok"),
                 where(expected, "kabag.xlsx", "rk-atasan-tidak-diintervensi")}
    renamed = {(p.replace("staf_c_revisi", "staf_c_ditarik"), *rest) for p, *rest in expected - fixed_now}
    assert batch_found(rerun.reports) == renamed


def test_changed_rules_invalidate_the_cache(inside: Path, config: Config, tmp_path: Path) -> None:
    files = [Path("kabag.xlsx")]
    run_batch(files, config, jobs=1, cache=ResultCache(tmp_path, config))
    stricter = Config(rules={**config.rules, "kumpulan": {"ambang_kemiripan_rk": 99}})
    _, read = run_noting_reads(files, stricter, jobs=1, cache=ResultCache(tmp_path, stricter))
    assert read == ["kabag.xlsx"]
    assert run_noting_reads(files, config, jobs=1, cache=ResultCache(tmp_path, config))[1] == []


def test_a_file_that_aborts_the_parser_costs_only_its_file(
    folder: Path, tmp_path: Path, config: Config, monkeypatch: pytest.MonkeyPatch, expected: set,
    data_dir: Path,
) -> None:
    """staf_b's file replaced by one that aborts python-calamine and that the workers' light scan lets
    through: the worker dies, the file is retried with the full scan, and everything else is unchanged."""
    copy = tmp_path / "kiriman"
    shutil.copytree(folder, copy)
    shutil.copyfile(data_dir / "bad_cells_far_apart_quoted.xlsx", copy / "unit/staf_b.xlsx")
    monkeypatch.chdir(copy)
    for jobs in (1, 2):
        batch = run_batch(discover([Path(".")]), config, jobs=jobs)
        assert [r.path for r in batch.reports] == SUBMISSIONS
        crashed = batch.reports[SUBMISSIONS.index("unit/staf_b.xlsx")]
        assert [(f.code, f.sheet, f.cell) for f in crashed.findings] == [("berkas-terlalu-besar", None, None)]
        assert batch.reports[SUBMISSIONS.index("unit/staf_a.xlsx")].status == "perlu-perbaikan"
        assert where(expected, "unit/staf_a.xlsx", "rk-atasan-tidak-cocok") in batch_found(batch.reports)


def _raises_on_staf_b(grid, path: str, config: Config, session=None):  # type: ignore[no-untyped-def]
    if path.endswith("staf_b.xlsx"):
        raise RecursionError("reader bug")
    return _real_check_grid(grid, path, config, session)


_real_check_grid = skp.run.worker.check_grid


def test_an_exception_for_one_file_is_reported_and_not_cached(
    inside: Path, config: Config, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(skp.run.worker, "check_grid", _raises_on_staf_b)
    cache = ResultCache(tmp_path, config)
    staf_b = Path("unit/staf_b.xlsx")
    result = examine(staf_b, str(staf_b), config, cache)
    assert [f.code for f in result.report.findings] == ["berkas-rusak"]
    assert "RecursionError" in result.report.findings[0].message
    monkeypatch.setattr(skp.run.worker, "check_grid", _real_check_grid)
    again = examine(staf_b, str(staf_b), config, cache)
    assert not again.from_cache and again.report.form is not None
    assert examine(staf_b, str(staf_b), config, cache).from_cache


def test_a_broken_rules_file_stops_the_run(inside: Path) -> None:
    broken = Config(rules={"kumpulan": {"ambang_kemiripan_rk": "tinggi"}})
    with pytest.raises(ConfigurationError):
        run_batch(discover([inside]), broken, jobs=1)


def test_a_single_workbook_is_not_a_batch(inside: Path, config: Config, expected: set) -> None:
    alone = run_batch([Path("unit/staf_c.xlsx")], config, jobs=1)
    assert batch_found(alone.reports) == set()
    pair = run_batch([Path("unit/staf_c.xlsx"), Path("unit/staf_a.xlsx")], config, jobs=1)
    assert where(expected, "unit/staf_c.xlsx", "skp-atasan-tidak-ditemukan") in batch_found(pair.reports)


def test_a_file_name_that_is_not_utf8_is_reported_readably(tmp_path: Path, config: Config,
                                                            data_dir: Path) -> None:
    name = os.fsdecode(b"ani_\xe9.xlsx")  # Latin-1, as unzipped from an old Windows archive
    shutil.copyfile(data_dir / "clean_ja-dasar.xlsx", tmp_path / name)
    shutil.copyfile(data_dir / "clean_jf-dasar.xlsx", tmp_path / os.fsdecode(b"ani_\xe8.xlsx"))
    batch = run_batch(discover([tmp_path]), config, jobs=1)
    # two names that differ only in a byte that is not UTF-8 stay two names, each readable
    assert [r.path for r in batch.reports] == [str(tmp_path / "ani_\\xe8.xlsx"),
                                               str(tmp_path / "ani_\\xe9.xlsx")]
    assert [r.form for r in batch.reports] == ["jf-dasar", "ja-dasar"]
    text = json.dumps(batch_contract(batch.reports), ensure_ascii=False)
    assert "ani_\\\\xe9.xlsx" in text.encode("utf-8").decode("utf-8")


def test_report_store_keeps_order_and_merges_batch_findings() -> None:
    """Reports are kept as the workers packed them; reading one back gives the same report plus its batch
    findings, and the JSON texts and the summary the store gives without rebuilding every report are
    those of the merged reports, statuses raised by the batch findings included."""
    reports = [FileReport(path="a.xlsx", nama="Ani"), FileReport(path="b.xlsx", nama="Budi"),
               FileReport(path="c.xlsx", findings=[Finding.make("cara-memantau-kosong", "SKP", "E14")]),
               FileReport(path="d.xlsx", findings=[Finding.make("berkas-rusak", rincian="terpotong")]),
               FileReport(path="e.xlsx", nama="Eka")]
    store = ReportStore()
    for report in reports:
        store.append(report_record(report))
    error = Finding.make("skp-ganda", "SKP", "D7", nip="1", periode="-", berkas_lain="x")
    info = Finding.make("skp-atasan-tidak-ditemukan", "SKP", "H7", nip_penilai="198609262015051001")
    extra = FindingStore()
    extra.add([(4, 0, 0, info), (1, 0, 0, error), (2, 1, 0, info), (3, 0, 0, error)])
    store.add_findings(extra)
    merged = [reports[0], *(r.model_copy(update={"findings": [*r.findings, f]})
                            for r, f in zip(reports[1:], [error, info, error, info], strict=True))]
    assert [r.status for r in reports] == ["lulus", "lulus", "perlu-perbaikan", "gagal-dibaca", "lulus"]
    assert [r.status for r in merged] == ["lulus", "perlu-perbaikan", "perlu-perbaikan", "gagal-dibaca",
                                          "lulus"]
    assert len(store) == 5
    assert store[0] == reports[0] and store[1].findings == [error] and store[-2] == merged[3]
    assert list(store) == store[0:5] == merged
    assert list(store.contract_texts()) == [contract_text(r) for r in merged]
    assert store.summary() == summarize(merged)
    batch = Batch(store, EntryStore(), 0, rules_of(Config()))
    assert "".join(render_contract(batch.contract_texts(), batch.summary())) == "".join(render_json(merged))
