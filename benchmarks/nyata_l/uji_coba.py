"""Off-set trial of ``nyata_l``'s generator: random combinations of its layout options, each workbook clean
or with one defect its form can carry, measured per file like the set.

Usage: ``python benchmarks/nyata_l/uji_coba.py FOLDER [--seed N] [--jumlah N]``. Prints, per workbook, what
differs from the generator's manifest: a wrong form, a finding on a clean workbook, an injected defect not
found at its cell (or at one of its ``alt_cells``), an ``error`` on a defective workbook that is not the
defect. Warnings on defective workbooks are left out: an injected defect may rightly bring one (an invalid
perspektif leaves one perspective without RK). Exit status 0 whatever the numbers.
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import buat  # noqa: E402

CHOICES: dict[str, list[object]] = {
    "writer": ["openpyxl", "gsheets", "wps"], "labels": ["biasa", "bintang", "unicode", "catatan"],
    "id_layout": ["baku", "tumpuk", "rumus"], "periode": ["satu", "tanggal", "teks", "rumus"],
    "target": ["teks", "pisah"], "persen": [True, False], "float": [True, False],
    "cols": ["baku", "rk_dulu", "no_iki", "aspek_akhir"], "lampiran": [True, False], "centang": [True, False],
    "pppk": [True, False], "plt": [None, "Plt.", "Plh."], "footnote": [True, False],
    "tambahan": [True, False],
    "c0": [1, 2], "kat": ["teks", "kalimat", "persen"], "levels": [3, 5], "cara": ["rk", "iki"],
    "penilaian": [True, False], "long": [False, False, False, True], "penilai": ["politik", "sekda"],
    "ak_angka": [True, False], "shared": [True, False],
}


_TARGET_DEFECTS = {"target-rentang-terbalik", "target-tidak-terukur", "iki-tanpa-target"}


def _options(rng: random.Random, form: str) -> dict[str, object]:
    o = {key: rng.choice(values) for key, values in CHOICES.items()}
    if o["writer"] == "openpyxl":  # formulas with cached results only in the hand-written exports
        o["id_layout"] = "baku" if o["id_layout"] == "rumus" else o["id_layout"]
        o["periode"] = "satu" if o["periode"] == "rumus" else o["periode"]
    if o["long"]:
        o["ulang"], o["target"] = 12, "teks"
    if form.startswith("jpt"):
        o["cols"] = "baku"
    if o["id_layout"] == "rumus":
        o["c0"] = 1
    return o


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Uji-coba generator nyata_l di luar set.")
    parser.add_argument("folder", type=Path)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--jumlah", type=int, default=300)
    args = parser.parse_args(argv)
    from skp.config import Config
    from skp.periksa import check_path

    args.folder.mkdir(parents=True, exist_ok=True)
    rng, config, problems = random.Random(args.seed), Config(), 0
    for k in range(args.jumlah):
        form = rng.choice(buat.FORMS)
        code = rng.choice([None, *buat.DEFECTS[form]])
        plan = {"form": form, "idx": 1 if code is None else 2, "opts": _options(rng, form),
                "defects": [] if code is None else [code]}
        if code in _TARGET_DEFECTS:  # the generator's Penilaian sheet repeats the target as planned
            plan["opts"]["penilaian"] = False
        buat.fix_defects([plan])
        entry = buat.build_file(plan, random.Random(args.seed * 100_000 + k), args.folder)
        name = f"u{k:04d}-{entry['file']}"
        (args.folder / entry["file"]).replace(args.folder / name)
        report, _ = check_path(args.folder / name, config)
        wanted = [{(d["code"], d["sheet"], d["cell"])} | {(d["code"], a["sheet"], a["cell"])
                                                           for a in d.get("alt_cells", [])}
                  for d in entry["defects"]]
        found = {(f.code, f.sheet, f.cell): f.severity for f in report.findings}
        notes = []
        if report.form != form:
            notes.append(f"formulir {report.form}")
        for want in wanted:
            code_of = next(iter(want))[0]
            cell_free = any(cell is None for _, _, cell in want)
            if not (want & found.keys() or (cell_free and any(c == code_of for c, _, _ in found))):
                notes.append(f"lolos {sorted(want, key=str)[0]}")
        for key, severity in found.items():
            if any(key in want or (key[0] == next(iter(want))[0] and None in {c for _, _, c in want})
                   for want in wanted):
                continue
            if entry["clean"] or severity == "error":
                notes.append(f"{getattr(severity, 'value', severity)} {key}")
        if notes:
            problems += 1
            print(name, "; ".join(notes))
    print(f"{problems} berkas bermasalah dari {args.jumlah}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
