"""Out-of-set trial of ``nyata_h``'s layouts: every layout option of ``buat.py`` with every defect kind it can
inject, one defect per workbook, measured like the set (``benchmarks/nyata/ukur.py``, per file) and the
batch-scope ``target-kaskade-tidak-seimbang`` over a hierarchy of each submission alone.

Usage: ``python benchmarks/nyata_h/uji_coba.py FOLDER [--seed N]`` (about 615 workbooks are written to
FOLDER). Not part of the held-out set: a search for general causes the set's 46 files may not show.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
KINDS = {
    "semua": ["nip_17", "pangkat", "jabatan_penilai_kosong", "periode"],
    "ja_jf": ["nip_penilai", "rk_atasan_kosong", "kaskade"],
    "pengembangan": ["kat_sama_target", "kat_berurutan", "sumber_kosong"],
    "jf": ["rk_tanpa_butir", "ak_teks", "ak_kosong", "ak_hilang", "jenjang"],
    "jpt": ["manual_definisi", "manual_tujuan", "manual_hilang"],
    "jpt_pengembangan": ["persp_asing", "persp_kurang"],
    "penilaian": ["realisasi_kosong", "capaian", "target_penilaian"],
    "penilaian_ja_jf": ["predikat"],
}


def _module(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def _kinds(form: str) -> list[str]:
    jenis, model = form.split("-")
    kinds = list(KINDS["semua"]) + KINDS["penilaian"]
    if jenis != "jpt":
        kinds += KINDS["ja_jf"] + KINDS["penilaian_ja_jf"] + (KINDS["pengembangan"] if model == "pengembangan"
                                                              else [])
    kinds += KINDS["jf"] if jenis == "jf" else []
    kinds += KINDS["jpt"] if jenis == "jpt" else []
    kinds += KINDS["jpt_pengembangan"] if form == "jpt-pengembangan" else []
    return kinds


def build(out: Path, seed: int) -> list[dict]:
    buat = _module("nyata_h_buat", HERE / "buat.py")
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("*.xlsx"):
        old.unlink()
    for form in buat.FORMS:  # every layout with a Penilaian sheet and (JA/JF) a Matriks
        buat.PENILAIAN[form] = set(range(1, 8))
        if not form.startswith("jpt"):
            buat.MATRIKS[form] = set(range(1, 8))
    rng, files = random.Random(seed), []
    for serial, form in enumerate(buat.FORMS):
        for n in range(1, 8):
            for kind in [None, *_kinds(form)]:
                buat.DEFECTS[form] = {n: [kind]} if kind else {}
                try:
                    book, _, defects, writer, _, _ = buat.one(form, n, rng, serial + seed)
                except AssertionError:  # a combination the generator cannot keep inside the Baik band
                    continue
                name = f"{form}-{n}-{kind or 'bersih'}.xlsx"
                (buat.write_xlsxwriter if writer == "xlsxwriter" else buat.write_openpyxl)(book, out / name)
                files.append({"file": name, "form": form, "clean": not defects, "defects": defects})
    return files


def kaskade_mismatches(out: Path, files: list[dict]) -> list[str]:
    from skp.checks.kumpulan import batch_findings
    from skp.config import Config
    from skp.hierarchy.entry import entry_from
    from skp.hierarchy.links import Hierarchy, rules_of
    from skp.periksa import check_path

    config, wrong = Config(), []
    for f in files:
        report, document = check_path(out / f["file"], config)
        if document is None:
            continue
        found = batch_findings(Hierarchy([entry_from(report, document)], rules_of(config)), config)
        got = {(x.code, x.sheet, x.cell) for items in found.values() for x in items
               if x.code == "target-kaskade-tidak-seimbang"}
        want = {(d["code"], d["sheet"], d["cell"]) for d in f["defects"]
                if d["code"] == "target-kaskade-tidak-seimbang"}
        if got != want:
            wrong.append(f"{f['file']}: harapan {sorted(want)}, terbaca {sorted(got)}")
    return wrong


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Uji-coba tata letak nyata_h dengan setiap jenis cacat.")
    parser.add_argument("folder", type=Path)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    files = build(args.folder, args.seed)
    manifest = args.folder / "harapan.json"
    manifest.write_text(json.dumps({"files": files}, ensure_ascii=False), encoding="utf-8")
    ukur = _module("nyata_ukur", HERE.parent / "nyata" / "ukur.py")
    result = ukur.measure(args.folder, manifest)
    s = result["summary"]
    print(f"{s['files']} berkas; error palsu pada berkas bersih {s['false_errors_clean']}, peringatan "
          f"{s['warnings_clean']}; error lain pada berkas bercacat {s['false_errors_defect_files']}")
    missed = [m for m in result["recall"]["missed"] if m["code"] != "target-kaskade-tidak-seimbang"]
    print(f"cacat {s['defects']}: lolos per berkas (selain kode kumpulan) {len(missed)}, sel lain "
          f"{len(result['recall']['wrong_cell'])}")
    for m in missed:
        print(f"  LOLOS {m['file']} {m['code']} {m['cell']}")
    wrong = kaskade_mismatches(args.folder, [f for f in files if not f["form"].startswith("jpt")])
    print(f"target-kaskade-tidak-seimbang lewat pemeriksaan kumpulan: {len(wrong)} tidak sesuai")
    for line in wrong:
        print("  " + line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
