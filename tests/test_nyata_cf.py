"""The held-out batch set ``benchmarks/nyata_cf`` (one dinas's Rencana SKP 2027 checked as one folder with
its SIASN daftar) is what its generator builds, covers what its README says, and agrees with an independent
recheck from the cells. Measurement results are NOT asserted here: the set is held out."""

from __future__ import annotations

import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

import openpyxl
import pytest
from nyata_sets import measuring_tool, set_generator

SET = Path(__file__).resolve().parents[1] / "benchmarks" / "nyata_cf"
BATCH = {
    "skp-ganda",
    "skp-atasan-tidak-ditemukan",
    "rk-atasan-tidak-cocok",
    "rk-atasan-tidak-diintervensi",
    "target-kaskade-tidak-seimbang",
    "kesetaraan-tidak-seimbang",
    "penilai-tidak-sesuai-daftar",
    "pegawai-tidak-dalam-daftar",
}
FORMS = {"ja-dasar", "ja-pengembangan", "jf-dasar", "jf-pengembangan", "jpt-pengembangan"}


@pytest.fixture(scope="module")
def manifest() -> dict:
    return json.loads((SET / "harapan.json").read_text(encoding="utf-8"))


def _cells(path: Path) -> dict[str, list[tuple]]:
    wb = openpyxl.load_workbook(path)
    return {ws.title: [tuple(c.value for c in row) for row in ws.iter_rows()] for ws in wb}


def test_set_is_what_the_generator_builds(tmp_path: Path, manifest: dict) -> None:
    out, harapan, daftar = tmp_path / "kiriman", tmp_path / "h.json", tmp_path / "daftar.xlsx"
    subprocess.run(
        [
            sys.executable,
            str(SET / "buat.py"),
            "--keluaran",
            str(out),
            "--harapan",
            str(harapan),
            "--daftar",
            str(daftar),
        ],
        check=True,
        capture_output=True,
    )
    assert json.loads(harapan.read_text(encoding="utf-8")) == manifest
    committed = sorted(p.relative_to(SET / "kiriman").as_posix() for p in (SET / "kiriman").rglob("*.xls*"))
    assert committed == sorted(p.relative_to(out).as_posix() for p in out.rglob("*.xls*"))
    for name in committed:
        assert _cells(SET / "kiriman" / name) == _cells(out / name), name
    assert _cells(SET / manifest["daftar"]) == _cells(daftar)


def test_one_unit_in_subfolders_with_daftar_outside(manifest: dict) -> None:
    files = manifest["files"]
    assert 60 <= len(files) <= 90
    on_disk = {p.relative_to(SET / "kiriman").as_posix() for p in (SET / "kiriman").rglob("*.xlsx")}
    assert on_disk == {f["file"] for f in files}
    assert len({f["file"].split("/")[0] for f in files if "/" in f["file"]}) >= 5
    assert any(f["file"].count("/") >= 2 for f in files)
    assert (SET / manifest["daftar"]).is_file()
    assert not manifest["daftar"].startswith("kiriman")
    assert {f["form"] for f in files} == FORMS


def test_declared_variations_and_defects(manifest: dict) -> None:
    buat = set_generator(SET)
    files = manifest["files"]
    for f in files:
        assert set(f["variasi"]) <= set(buat.VARIATIONS), f["file"]
        assert f["clean"] == (not any(d["severity"] in ("error", "peringatan") for d in f["defects"]))
        assert len(f["defects"]) <= 2, f["file"]
        for d in f["defects"]:
            assert d["code"] in buat.DEFECTS and d["severity"] == buat.DEFECTS[d["code"]][0], d
            assert (d["cell"] is None) == (d["code"] in buat.WITHOUT_CELL), (f["file"], d)
            assert set(d["alt_files"]) <= {g["file"] for g in files}
    clean = Counter(v for f in files if f["clean"] for v in f["variasi"])
    assert {v: clean[v] for v in buat.VARIATIONS if clean[v] < 5} == {}
    codes = Counter(d["code"] for f in files for d in f["defects"])
    assert set(codes) >= BATCH
    assert sum(n for c, n in codes.items() if c in BATCH) > sum(n for c, n in codes.items() if c not in BATCH)
    assert sum(f["clean"] for f in files) > len(files) / 2


def test_named_sheets_exist(manifest: dict) -> None:
    for f in manifest["files"]:
        sheets = set(openpyxl.load_workbook(SET / "kiriman" / f["file"], read_only=True).sheetnames)
        for d in f["defects"]:
            named = ([d["sheet"]] if d["sheet"] else []) + [a["sheet"] for a in d["alt_cells"]]
            assert set(named) <= sheets, (f["file"], d)
        assert {b["sheet"] for b in f["boleh"] if b["sheet"]} <= sheets, f["file"]


def test_independent_recheck_agrees(manifest: dict) -> None:
    cek = measuring_tool(SET, "cek_bersih.py")
    problems = cek.check_folder(SET / "kiriman", SET / manifest["daftar"])
    for f in manifest["files"]:
        allowed = {b["code"] for b in f["boleh"]} | {d["code"] for d in f["defects"]}
        assert [p for p in problems[f["file"]] if p[0] not in allowed] == [], f["file"]
        for d in f["defects"]:
            if d["severity"] == "info":
                continue
            places = [f["file"], *d["alt_files"]]
            assert any(p[0] == d["code"] for w in places for p in problems[w]), (f["file"], d["code"])


def test_belum_mengirim_and_statuses(manifest: dict) -> None:
    submitted = {f["nip"] for f in manifest["files"]}
    assert len(manifest["belum_mengirim"]) >= 3
    assert all(p["nip"] not in submitted and p["status"] == "Aktif" for p in manifest["belum_mengirim"])
    assert {p["status"] for p in manifest["tidak_wajib"]} == {"CLTN", "Tugas Belajar", "Pensiun"}
    ws = openpyxl.load_workbook(SET / manifest["daftar"]).active
    header = next(r for r in ws.iter_rows(values_only=True) if "NIP BARU" in r)
    assert {"NIP ATASAN LANGSUNG", "STATUS PEGAWAI", "NIP LAMA", "KETERANGAN"} <= set(header)
    nips = {str(r[1]).replace(" ", "") for r in ws.iter_rows(min_row=6, values_only=True) if r[1]}
    listed = [p["nip"] for key in ("belum_mengirim", "tidak_wajib", "boleh_tercantum") for p in manifest[key]]
    assert set(listed) <= nips
    assert any(" " in str(r[1]) for r in ws.iter_rows(min_row=6, values_only=True) if r[1])
