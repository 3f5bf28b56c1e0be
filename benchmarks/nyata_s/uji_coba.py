"""Out-of-set trial for ``benchmarks/nyata_s``: random combinations of the generator's package traits and
defects, every form, written to a folder and measured like the set (``ukur.py``'s ``boleh`` rules).

Usage: ``python benchmarks/nyata_s/uji_coba.py FOLDER [--seed N] [--jumlah N]``. Never part of the set: it
looks for general causes the 48 committed workbooks do not happen to show.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import buat  # noqa: E402
import ukur  # noqa: E402

TRAITS = [
    "rich",
    "spasi",
    "tgl",
    "d1904",
    "excelns",
    "prot_sheet",
    "prot_book",
    "notes",
    "table",
    "dv",
    "vhidden",
    "vhidden_awal",
    "freeze",
    "names",
    "crlf",
    "rph",
    "link",
    "strict",
    "outline",
    "logo",
    "xlsm",
    "numfmt",
    "rumus_identitas",
    "vlama",
    "crlf_ak",
    "cf",
]
PENILAIAN = [[], ["pen_rumus"], ["pen_rumus", "shared"], ["pen_rumus", "dinamis"], ["pen_belum"]]
DEFECTS = {
    "ja": [
        "nip",
        "periode_terbalik",
        "aspek",
        "rk_atasan",
        "target_kosong",
        "target_teks",
        "pangkat",
        "penilai_nama",
        "pangkat_na",
    ],
    "jf": ["butir", "ak", "target_kosong", "target_teks", "nip", "pangkat"],
    "jpt": ["manual", "target_kosong", "target_teks", "rentang", "nip_pegawai_kosong", "target_na", "nip"],
}
PENILAIAN_DEFECTS = ["pen_kategori", "pen_ref", "pen_realisasi", "pen_target"]
MODEL_DEFECTS = {"pengembangan": ["kategori_sama", "kategori_kosong", "cara_memantau"]}
# defects that land on the same cell or make each other unjudgeable (a target with no number has no
# threshold equal to it and no Penilaian target to differ from)
CLASH = [
    {"nip", "nip_pegawai_kosong"},
    {"kategori_sama", "target_teks"},
    {"kategori_kosong", "target_teks"},
    {"pen_target", "target_teks"},
    {"pen_target", "target_kosong"},
    {"pen_realisasi", "target_teks"},
    {"pen_kategori", "target_teks"},
    {"pen_realisasi", "target_kosong"},
    {"pen_kategori", "target_kosong"},
    {"pangkat", "pangkat_na"},
]


def cases(seed: int, count: int) -> list[tuple[str, int, list[str], list[str]]]:
    rng = random.Random(seed)
    out = []
    for n in range(count):
        form = buat.FORMS[n % len(buat.FORMS)]
        family, model = form.split("-")
        feats = rng.sample(TRAITS, rng.randint(2, 6))
        if model == "pengembangan" and "table" in feats:  # an Excel table needs a one-row header
            feats.remove("table")
        if "strict" in feats:
            feats = [f for f in feats if f not in ("xlsm", "logo")]
        pool = list(DEFECTS[family])
        if family != "jpt":
            feats += rng.choice(PENILAIAN)
            if any(f.startswith("pen_rumus") for f in feats):
                pool += PENILAIAN_DEFECTS
            if family == "jpt" or model == "pengembangan":
                pool += MODEL_DEFECTS.get(model, [])
        elif model == "pengembangan":
            pool.append("perspektif")
        defects = [] if n % 2 == 0 else rng.sample(pool, rng.randint(1, 2))
        if any(pair <= set(defects) for pair in CLASH):
            defects = defects[:1]
        out.append((form, n % 8, defects, sorted(set(feats))))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Uji-coba acak di luar set nyata_s.")
    ap.add_argument("folder", type=Path)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--jumlah", type=int, default=96)
    a = ap.parse_args(argv)
    files = []
    a.folder.mkdir(parents=True, exist_ok=True)
    for i, case in enumerate(cases(a.seed, a.jumlah)):
        sub = a.folder / f"{i:03d}"
        buat.CASES[:] = [case]
        built = buat.build_all(sub)
        for f in built:
            target = a.folder / f"{i:03d}-{f['file']}"
            (sub / f["file"]).replace(target)
            f["file"] = target.name
        sub.rmdir()
        files += built
    manifest = a.folder / "harapan.json"
    manifest.write_text(json.dumps({"files": files}, ensure_ascii=False, indent=1), encoding="utf-8")
    result = ukur.measure(a.folder, manifest)
    ukur._ukur()._print(result)
    return 0


if __name__ == "__main__":
    sys.exit(main())
