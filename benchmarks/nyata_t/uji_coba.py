"""Try-outs outside the set: ``buat.py`` with other seeds (other JF, layouts, angka kredit spellings and
defects), written to a folder of your choice without the LibreOffice re-saves, each measured like the set.

Usage: ``python benchmarks/nyata_t/uji_coba.py FOLDER [SEED ...]`` (default seeds 1–5).
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import buat  # noqa: E402


def _ukur():
    spec = importlib.util.spec_from_file_location("nyata_t_ukur", HERE / "ukur.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    sys.modules["nyata_t_ukur"] = mod
    spec.loader.exec_module(mod)
    return mod


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Uji-coba nyata_t dengan benih lain.")
    ap.add_argument("folder", type=Path)
    ap.add_argument("seeds", nargs="*", type=int, default=[1, 2, 3, 4, 5])
    a = ap.parse_args(argv)
    ukur = _ukur()
    for seed in a.seeds:
        buat.SEED = seed
        out = a.folder / f"benih-{seed}"
        out.mkdir(parents=True, exist_ok=True)
        buat.build(out, out / "harapan.json", libreoffice=False)
        r = ukur.measure(out, out / "harapan.json")
        s = r["summary"]
        print(f"benih {seed}: error palsu {s['false_errors_clean']}, peringatan palsu {s['warnings_clean']}, "
              f"recall {r['recall']['by_code_cell']}/{r['recall']['defects']}, "
              f"error lain {s['false_errors_defect_files']}, formulir salah {len(r['detection']['wrong'])}")
        for f in r["clean"]["false_errors"] + r["clean"]["warnings"] + r["extra_errors_defect_files"]:
            print(f"  - {f['file']}  {f['code']}  {f['cell']}  {f['message'][:120]}")
        for m in r["recall"]["missed"] + r["recall"]["wrong_cell"]:
            print(f"  LOLOS  {m}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
