"""The held-out batch set ``benchmarks/nyata_bv`` is what its generator writes, is large, and its clean files
are correct by an independent recheck. Measurement results are NOT asserted here (the set is held out)."""

from __future__ import annotations

import hashlib
import importlib.util
import json
import sys
from collections import Counter
from pathlib import Path
from types import ModuleType

import pytest

SET = Path(__file__).resolve().parents[1] / "benchmarks" / "nyata_bv"
BATCH_CODES = {
    "skp-ganda",
    "skp-atasan-tidak-ditemukan",
    "rk-atasan-tidak-cocok",
    "rk-atasan-tidak-diintervensi",
    "target-kaskade-tidak-seimbang",
    "kesetaraan-tidak-seimbang",
    "penilai-tidak-sesuai-daftar",
    "pegawai-tidak-dalam-daftar",
}


def _load(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"nyata_bv_{name}", SET / f"{name}.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod
    spec.loader.exec_module(mod)
    return mod


def _digests(root: Path) -> dict[str, str]:
    out = {}
    for p in sorted(
        [*(root / "kiriman").rglob("*.xlsx"), *(root / "daftar").rglob("*.xlsx"), root / "harapan.json"]
    ):
        out[p.relative_to(root).as_posix()] = hashlib.sha256(p.read_bytes()).hexdigest()
    return out


@pytest.fixture(scope="module")
def manifest() -> dict:
    return json.loads((SET / "harapan.json").read_text(encoding="utf-8"))


def test_set_equals_generator_output(tmp_path: Path) -> None:
    buat = _load("buat")
    assert buat.main(["--keluar", str(tmp_path)]) == 0
    assert _digests(tmp_path) == _digests(SET)


def test_large_batch(manifest: dict) -> None:
    files = manifest["files"]
    assert len(files) >= 280
    on_disk = {p.relative_to(SET / "kiriman").as_posix() for p in (SET / "kiriman").rglob("*.xlsx")}
    assert on_disk == {m["file"] for m in files}
    assert (SET / manifest["daftar"]).is_file()
    assert not (SET / "kiriman" / Path(manifest["daftar"]).name).exists()
    assert len({m["file"].split("/")[0] for m in files}) >= 6


def test_clean_files_pass_independent_recheck(manifest: dict) -> None:
    cek = _load("cek_bersih")
    problems = {
        m["file"]: cek.check_file(SET / "kiriman" / m["file"]) for m in manifest["files"] if m["clean"]
    }
    assert {k: v for k, v in problems.items() if v} == {}


def test_every_variation_on_five_files(manifest: dict) -> None:
    counts = Counter(v for m in manifest["files"] for v in set(m["variasi"]))
    required = {
        "rk_atasan:kapital",
        "rk_atasan:titik",
        "rk_atasan:nomor",
        "rk_atasan:spasi",
        "rk_atasan:baris",
        "rk_atasan:atasan-dari-atasan",
        "penilai:plt-plh",
        "pppk",
        "atasan:15-bawahan-lebih",
        "nama_berkas:nip",
        "nama_berkas:spasi",
        "nama_berkas:kurung",
        "revisi:periode-berbeda",
        "jf:tanpa-ahli",
    }
    assert required <= set(counts)
    assert {v: n for v, n in counts.items() if n < 5} == {}
    clean_counts = Counter(v for m in manifest["files"] if m["clean"] for v in set(m["variasi"]))
    assert {v for v in required if clean_counts[v] < 5} == set()


def test_defects_and_forms(manifest: dict) -> None:
    codes = Counter(d["code"] for m in manifest["files"] for d in m["defects"])
    assert len(set(codes) & BATCH_CODES) >= 8
    defect_files = [m for m in manifest["files"] if m["defects"]]
    assert 35 <= len(defect_files) <= 50
    assert all(1 <= len(m["defects"]) <= 2 for m in defect_files)
    forms = Counter(m["form"] for m in manifest["files"])
    assert {
        "ja-dasar",
        "ja-pengembangan",
        "jf-dasar",
        "jf-pengembangan",
        "jpt-dasar",
        "jpt-pengembangan",
    } <= set(forms)
    assert manifest["belum_mengirim"] and manifest["tidak_wajib"]
