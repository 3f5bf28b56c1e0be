"""Ukur bagian Matriks set merah_bc: anggota yang dibaca dari tabel anggota Matriks dan draf SKP bawahan yang
dibuat tombol Buat SKP Bawahan (inti ``skp.cascade.bawahan.member_drafts``), dibandingkan dengan
``matriks.json``, dan teks instansi (baris pengelompok) yang harus tetap ada sesudah Buat Matriks (inti
``lay_out_matriks``/``matriks_values``/``kept_values`` yang dipakai tombol itu). Baris pengelompok (judul
unit) bukan anggota; anggota sungguhan tetap anggota.

Pemakaian: ``python benchmarks/merah_bc/ukur.py [--kiriman DIR] [--harapan FILE]``.
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

import openpyxl

from skp.cascade.bawahan import member_drafts
from skp.cascade.matriks import lay_out_matriks
from skp.cascade.output import kept_values, matriks_values
from skp.config import Config
from skp.periksa import check_path

HERE = Path(__file__).resolve().parent


def _digits(text: str | None) -> str | None:
    return re.sub(r"\D", "", text) or None if text else None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kiriman", type=Path, default=HERE / "kiriman")
    parser.add_argument("--harapan", type=Path, default=HERE / "matriks.json")
    args = parser.parse_args()
    probes = json.loads(args.harapan.read_text(encoding="utf-8"))["probes"]
    config = Config()
    right = 0
    for probe in probes:
        _, document = check_path(args.kiriman / probe["file"], config)
        matriks = document.matriks if document is not None else None
        wanted = [(a["nama"], a["nip"]) for a in probe["anggota"]]
        read = [(a.nama, _digits(a.nip)) for a in matriks.anggota] if matriks is not None else []
        drafts = member_drafts(document, matriks.kolom, matriks.anggota) if matriks is not None else []
        drafted = [(d.anggota.nama, _digits(d.anggota.nip)) for d in drafts]
        problems = []
        if matriks is not None and document is not None:  # Buat Matriks over the agency's sheet
            sheet = openpyxl.load_workbook(args.kiriman / probe["file"])[matriks.sheet or ""]
            old = [list(row) for row in sheet.iter_rows(values_only=True)]
            laid = matriks_values(document, lay_out_matriks(document, config), config)
            kept = {" ".join(str(v).split()) for row in kept_values(old, laid, matriks) for v in row if v}
            lost = [text for text in probe.get("jaga", []) if " ".join(text.split()) not in kept]
            if lost:
                problems.append(f"Buat Matriks menghapus {lost}")
        if read != wanted:
            problems.append(f"anggota dibaca {read}, harapan {wanted}")
        if drafted != wanted:
            problems.append(f"draf untuk {drafted}")
        right += not problems
        print(("BENAR " if not problems else "SALAH ") + probe["file"])
        for p in problems:
            print("    " + p)
    print(f"\nMatriks: {right}/{len(probes)} probe benar (anggota dibaca dan draf SKP bawahan)")
    hitung_nilai(args.kiriman, args.kiriman.parent / "harapan.json" if args.harapan == HERE / "matriks.json"
                 else args.harapan.parent / "harapan.json", config)


def hitung_nilai(folder: Path, manifest: Path, config: Config) -> None:
    """Tombol Hitung Nilai (inti ``plan_fill`` seperti ``addin/nilai.py``) atas setiap probe Penilaian yang
    bersih: tidak boleh ada sel yang ditimpa, karena ``skp periksa`` menerima semuanya."""
    from skp.checks import penilaian as checks
    from skp.scoring.fill import plan_fill
    from skp.scoring.settings import ScoringSettings

    accepted_of = getattr(checks, "accepted_cells", None)
    settings = config.section("penilaian", ScoringSettings)
    files = [f["file"] for f in json.loads(manifest.read_text(encoding="utf-8"))["files"]
             if f["clean"] and not f["file"].startswith("m")]
    right = 0
    for name in files:
        _, document = check_path(folder / name, config)
        if document is None or document.penilaian is None:
            continue
        book = openpyxl.load_workbook(folder / name)
        accepted = accepted_of(document, config) if accepted_of is not None else set()
        plan = plan_fill(document.penilaian, checks.score_as_read(document, config), settings,
                         lambda sheet, cell, book=book: book[sheet][cell].value,
                         lambda w, c, k: checks.written_agrees(w, c, k, config),
                         *([lambda sheet, cell, ok=accepted: (sheet, cell) in ok] if accepted_of else []))
        right += not plan.replaced
        if plan.replaced:
            print(f"DITIMPA {name}: {plan.replaced}")
    print(f"Hitung Nilai: {right}/{len(files)} probe Penilaian bersih tanpa sel yang ditimpa")


if __name__ == "__main__":
    main()
