"""Measure the set ``merah_aq``: every probe folder with its own roster, by nyata_k's measuring code.

Usage: ``python benchmarks/merah_aq/ukur.py [--harapan FILE] [--json]``. For each probe the real commands
``skp periksa KIRIMAN --daftar D --format json`` and ``skp rekap KIRIMAN -o rekap.xlsx --daftar D`` run
(``benchmarks/nyata_k/ukur_daftar.py``'s ``measure_roster``, imported: false alarms, misses, the Belum
Mengirim rows checked by NIP or name and unit, roster rows reported). Exit 0.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib.util
import io
import json
import sys
import tempfile
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location("nyata_k_ukur", HERE.parent / "nyata_k" / "ukur_daftar.py")
assert _spec is not None and _spec.loader is not None
nk = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(nk)

KEYS = (
    "error_palsu",
    "peringatan_palsu",
    "info_palsu",
    "belum_palsu",
    "baris_palsu",
    "temuan_terlewat",
    "temuan_sel_lain",
    "belum_terlewat",
    "baris_terlewat",
    "unit_salah",
)


def measure(harapan: Path = HERE / "harapan.json", jobs: int = 1) -> dict[str, Any]:
    manifest = json.loads(Path(harapan).read_text(encoding="utf-8"))
    per = []
    with tempfile.TemporaryDirectory(prefix="merah_aq-") as tmp:
        for spec in manifest["probe"]:
            folder = Path(harapan).parent / "probe" / spec["probe"]
            work = Path(tmp) / spec["probe"]
            work.mkdir()
            result = nk.measure_roster(spec, folder / "kiriman", folder, manifest, jobs, work)
            result["daftar"] = f"{spec['probe']}/{spec['file']}"
            per.append(result)
    total: dict[str, Any] = {k: sum(len(r[k]) for r in per) for k in KEYS}
    total["ditemukan"] = sum(r["ditemukan"] for r in per)
    total["diharapkan"] = sum(r["diharapkan"] for r in per)
    total["recall"] = total["ditemukan"] / max(total["diharapkan"], 1)
    total["temuan_lain"] = sum(len(r["temuan_lain"]) for r in per)
    return {"ringkasan": total, "daftar": per}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Mengukur skp periksa/rekap --daftar pada set merah_aq.")
    ap.add_argument("--harapan", type=Path, default=HERE / "harapan.json")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    result = measure(args.harapan)
    if args.json:
        json.dump(result, sys.stdout, indent=1, ensure_ascii=False)
        print()
        return 0
    shown = io.StringIO()
    with contextlib.redirect_stdout(shown):
        nk._print(result)
    print(
        shown.getvalue()
        .replace("nyata_k:", "merah_aq:", 1)
        .replace("atas kiriman yang sama", "(satu per probe)", 1),
        end="",
    )
    print(
        f"\nTemuan lain atas isi SKP (error/peringatan, di luar kode yang diukur): "
        f"{result['ringkasan']['temuan_lain']}"
    )
    for r in result["daftar"]:
        for o in r["temuan_lain"]:
            print(f"  LAIN  {r['daftar']}  {o['file']}  {o['code']}  {o['sheet']}!{o['cell']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
