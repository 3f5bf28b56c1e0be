"""Trial outside set nyata_n: each superior that can be cascaded is rewritten without changing its meaning,
then measured like the set (``ukur_kaskade.py``) against the same expectations.

Usage: ``python benchmarks/nyata_n/uji_coba.py [FOLDER]`` (default: a temporary folder). Variants:

- ``libreoffice``: every workbook saved again by LibreOffice (``soffice`` on PATH; skipped without it);
- ``kapital``, ``salah-ketik``, ``bernomor``: the template-layout Matriks' RK row typed again by hand, in
  capitals, with a letter missing and a full stop, or numbered ``1. …``;
- ``di-depan``: the Matriks sheet moved in front of the SKP sheet;
- ``lima-kolom``: the template's spare ``RK ATASAN n`` columns left empty after the superior's RK.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import openpyxl

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from ukur_kaskade import measure  # noqa: E402

RK_ROW, FIRST_RK_COL, SUBHEADER_ROW = 4, 4, 10  # the template layout buat.py writes


def _rewrite(kind: str, path: Path, m: dict, out: Path) -> bool:
    wb = openpyxl.load_workbook(path)
    mx = next((ws for ws in wb if "Matriks" in ws.title), None)
    if kind == "di-depan":
        if mx is None:
            return False
        wb.move_sheet(mx, offset=-wb.index(mx))
    elif mx is None or mx.cell(RK_ROW, 1).value != "RENCANA KINERJA ATASAN":
        return False
    rks = m["rk_utama"]
    for i, text in enumerate(rks):
        typed = {
            "kapital": text.upper(),
            "salah-ketik": text.replace("a", "", 1).rstrip() + ".",
            "bernomor": f"{i + 1}. {text}",
        }.get(kind)
        if typed:
            mx.cell(RK_ROW, FIRST_RK_COL + i, typed)
    if kind == "lima-kolom":
        for extra in range(len(rks), 5):
            mx.cell(RK_ROW - 1, FIRST_RK_COL + extra, extra + 1)
            mx.cell(SUBHEADER_ROW, FIRST_RK_COL + extra, f"RK ATASAN {extra + 1}")
    wb.save(out / m["file"])
    return True


def variant(kind: str, root: Path, manifest: dict) -> tuple[Path, Path] | None:
    out = root / kind
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    files = [m for m in manifest["files"] if not m["tolak"]]
    if kind == "libreoffice":
        if shutil.which("soffice") is None:
            return None
        subprocess.run(
            [
                "soffice",
                "--headless",
                "--calc",
                "--convert-to",
                "xlsx:Calc MS Excel 2007 XML",
                "--outdir",
                str(out),
                *(str(HERE / "kiriman" / m["file"]) for m in files),
            ],
            check=True,
            capture_output=True,
        )
    else:
        files = [m for m in files if _rewrite(kind, HERE / "kiriman" / m["file"], m, out)]
    harapan = out / "harapan.json"
    harapan.write_text(json.dumps({**manifest, "files": files}, ensure_ascii=False), encoding="utf-8")
    return out, harapan


def main() -> None:
    root = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(tempfile.mkdtemp(prefix="nyata_n_uji_"))
    manifest = json.loads((HERE / "harapan.json").read_text(encoding="utf-8"))
    for kind in ("libreoffice", "kapital", "salah-ketik", "bernomor", "di-depan", "lima-kolom"):
        made = variant(kind, root, manifest)
        if made is None:
            print(f"{kind}: dilewati (soffice tidak ada)")
            continue
        res = measure(*made)
        other = {
            k: len(v)
            for k, v in res.items()
            if isinstance(v, list) and v and k not in ("palsu_error", "missed")
        }
        matriks_only = sum(1 for f in res["palsu_error"] if f["code"] == "bukan-skp")
        print(
            f"{kind}: {res['atasan']} atasan, {res['draf']} draf; error palsu "
            f"{len(res['palsu_error']) - matriks_only} (+{matriks_only} bukan-skp Matriks), peringatan palsu "
            f"{len(res['palsu_peringatan'])}, lain {other or 0}, recall {res['found']}/{res['defects']}"
        )


if __name__ == "__main__":
    main()
