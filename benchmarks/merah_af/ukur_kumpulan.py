"""Measure ``skp periksa FOLDER --daftar daftar.csv --format json`` on the red-team batch set ``merah_af``,
with the measuring of ``benchmarks/nyata_x/ukur_kumpulan.py`` (itself ``benchmarks/nyata_j``'s: false errors
by scope, false warnings/info, ``boleh`` up to a severity, recall by code and by code + cell; every workbook
exactly once in the report). The only difference: the manifest names a daftar pegawai (``"daftar"``), which
the run is given, so ``penilai-tidak-sesuai-daftar`` and ``pegawai-tidak-dalam-daftar`` are measured too.

Usage: ``python benchmarks/merah_af/ukur_kumpulan.py [FOLDER] [--harapan FILE] [--json]``. Exit status 0.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import subprocess
import sys
from collections import Counter
from pathlib import Path
from types import ModuleType
from typing import Any

HERE = Path(__file__).resolve().parent


def _tool(name: str, path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    sys.modules[name] = mod
    spec.loader.exec_module(mod)
    return mod


def run_cli(folder: Path, daftar: Path | None) -> dict[str, Any]:
    """The CLI's JSON report for the folder, with the daftar when there is one."""
    cmd = [sys.executable, "-m", "skp", "periksa", str(folder), "--format", "json", "-j", "1"]
    if daftar is not None:
        cmd += ["--daftar", str(daftar)]
    proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if proc.returncode not in (0, 1):
        raise RuntimeError(f"skp periksa gagal ({proc.returncode}): {proc.stderr[-2000:]}")
    return json.loads(proc.stdout)  # type: ignore[no-any-return]


def measure(folder: Path = HERE / "kiriman", manifest_path: Path = HERE / "harapan.json") -> dict[str, Any]:
    base = _tool("nyata_j_ukur_kumpulan", HERE.parent / "nyata_j" / "ukur_kumpulan.py")
    manifest = json.loads(Path(manifest_path).read_text(encoding="utf-8"))
    daftar = Path(manifest_path).parent / manifest["daftar"] if manifest.get("daftar") else None
    report = run_cli(Path(folder), daftar)
    res: dict[str, Any] = base.measure(folder, manifest_path, report)
    names = [base._rel(f["path"], folder) for f in report["files"]]
    expected = {m["file"] for m in manifest["files"]}
    res["unexpected_files"] = sorted(set(names) - expected)
    res["reported_twice"] = sorted(n for n, k in Counter(names).items() if k > 1)
    res["summary"]["unexpected_files"] = len(res["unexpected_files"])
    res["summary"]["reported_twice"] = len(res["reported_twice"])
    return res


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Mengukur skp periksa pada set kumpulan merah_af (satu folder).")
    ap.add_argument("folder", nargs="?", type=Path, default=HERE / "kiriman")
    ap.add_argument("--harapan", type=Path, default=HERE / "harapan.json")
    ap.add_argument("--json", action="store_true", help="keluaran JSON untuk mesin")
    a = ap.parse_args(argv)
    res = measure(a.folder, a.harapan)
    if a.json:
        json.dump(res, sys.stdout, indent=1, ensure_ascii=False)
        print()
        return 0
    _tool("nyata_j_ukur_kumpulan", HERE.parent / "nyata_j" / "ukur_kumpulan.py")._print(res)
    s = res["summary"]
    print(
        f"\nBerkas di laporan yang tidak ada di harapan: {s['unexpected_files']}; dilaporkan dua kali: "
        f"{s['reported_twice']}"
    )
    for n in res["unexpected_files"] + res["reported_twice"]:
        print(f"  ! {n}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
