"""Out-of-set trial for ``benchmarks/nyata_m``: random combinations of the generator's Penilaian options, clean
and with each defect, written to a folder and measured like the set (``benchmarks/nyata/ukur.py``).

Usage: ``python benchmarks/nyata_m/uji_coba.py FOLDER [--seed N] [--jumlah N]``. The combinations are drawn
only from what ``buat.py`` writes for the set; a clean workbook here must give no finding at all and each
defect its finding at its cell, like in the set.
"""

# ruff: noqa: E501

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "nyata"))
sys.path.insert(0, str(HERE))  # this set's buat.py before benchmarks/nyata's
import buat  # noqa: E402

STYLES = {
    "cap": ["bulat", "angka1", "angka2", "teks", "teks1", "pecahan", "rumus"],
    "real": ["angka", "satuan", "catatan", "pecahan"],
    "kat": ["kata", "kapital", "singkat", "sekali"],
    "nilai": ["angka", "teks", "takbulat", "rumus"],
    "per": [None, "angka", "kata", "rekan"],
    "pred_di": ["penilaian", "perilaku"],
    "jpt": ["rata", "bobot", "pkra"],
}
NEEDS = ["rentang", "rentang_turun", "maks", "turun"]
DEFECTS = [(), (), ("capaian",), ("kategori",), ("nilai",), ("predikat",), ("realisasi",), ("target",), ("akhir",)]


def options(form: str, rng: random.Random) -> dict:
    jenis, model = form.split("-")
    v = {key: rng.choice(values) for key, values in STYLES.items()}
    v["w"] = rng.choice(["openpyxl", "xlsxwriter"])
    if v["cap"] == "rumus" or v["nilai"] == "rumus":
        v["cap"] = v["nilai"] = "rumus"
        v["tw"] = v["w"] == "openpyxl" and rng.random() < 0.5
        if v["tw"]:
            v["real"] = "rumus"
    v["niki"] = rng.random() < 0.7
    v["kt"] = jenis != "jpt" and rng.random() < 0.4
    v["cat"] = rng.random() < 0.3
    v["gabung"] = rng.random() < 0.4
    v["katcol"] = jenis != "jpt" and model == "pengembangan" and rng.random() < 0.5
    v["nrk"] = 4 if jenis == "jpt" and (model == "pengembangan" or rng.random() < 0.5) else 3
    v["need"] = tuple(n for n in NEEDS if rng.random() < 0.3 and (model == "dasar" or n not in ("maks",)))
    v["skor"] = "rekan" if v["per"] == "rekan" else rng.choice(["baik", "baik", "sb", "cukup"])
    v["pred"] = {"rekan": "bp", "sb": rng.choice(["sb", "baku"]), "cukup": rng.choice(["cukup", "baku"]),
                 "baik": rng.choice(["baku", "kapital"])}[v["skor"]]
    defects = rng.choice(DEFECTS)
    if defects == ("predikat",) and not v["per"]:
        v["per"] = "angka"
        v["skor"] = "baik" if v["skor"] == "rekan" else v["skor"]
    if defects == ("nilai",):
        v["niki"] = True
    if defects == ("akhir",):
        v["per"] = None
    if defects and v["cap"] == "rumus":
        v["cap"], v["nilai"], v["tw"], v["real"] = "angka2", "angka", False, "angka"
    v["defects"] = defects
    v["sheet_pen"] = "Penilaian"
    return v


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Uji-coba di luar set nyata_m.")
    ap.add_argument("folder", type=Path)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--jumlah", type=int, default=120)
    a = ap.parse_args(argv)
    a.folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(a.seed)
    used: set = set()
    files = []
    for n in range(a.jumlah):
        form = buat.FORMS_ORDER[n % len(buat.FORMS_ORDER)]
        v = options(form, rng)
        label = "-".join(v["defects"]) or "bersih"
        try:
            files.append(buat.build_form(form, n + 1, label, v, rng, used, a.folder))
        except RuntimeError as exc:  # a combination the generator cannot satisfy
            print(f"lewati {form} {label}: {exc}")
    manifest = a.folder / "harapan.json"
    manifest.write_text(json.dumps({"set": "nyata_m-uji", "seed": a.seed, "files": files}, ensure_ascii=False))
    import ukur

    result = ukur.measure(a.folder, manifest)
    ukur._print(result)
    return 0


if __name__ == "__main__":
    sys.exit(main())
