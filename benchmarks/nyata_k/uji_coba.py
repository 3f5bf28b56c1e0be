"""Trials beyond the set: each roster of ``nyata_k`` rewritten without changing its meaning, measured again.

Usage: ``python benchmarks/nyata_k/uji_coba.py [--jobs N]``. A CSV roster is written with another separator
(``,``, ``;``, tab), another encoding and line ending, every field quoted or none, title lines above the
header, lower-case headers, and its columns in reverse order; an Excel roster is written with two empty
rows and an empty column before the table, a cover sheet in front, lower-case headers, and as ``.xls`` by
LibreOffice when ``soffice`` is installed. Row numbers in the expectations move with the rows inserted.
Prints, per variant, the same counts as ``ukur_daftar.py``; a variant that does worse than its original is
a reader that depends on the shape, not the meaning. Exit 0.
"""

from __future__ import annotations

import argparse
import copy
import csv
import io
import json
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import openpyxl
from openpyxl.utils import get_column_letter

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import ukur_daftar  # noqa: E402

ENCODINGS = {"siasn-ekspor.csv": "utf-8-sig", "simpeg-koma.csv": "utf-8", "ekspor-excel-lokal.csv": "cp1252"}
KEYS = ("error_palsu", "peringatan_palsu", "info_palsu", "belum_palsu", "baris_palsu", "temuan_terlewat",
        "temuan_sel_lain", "belum_terlewat", "baris_terlewat", "unit_salah")


def _read_csv(path: Path) -> list[list[str]]:
    text = path.read_bytes().decode(ENCODINGS[path.name])
    delimiter = ";" if path.name != "simpeg-koma.csv" else ","
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))


def _write_csv(rows: list[list[str]], path: Path, *, delimiter: str = ";", encoding: str = "utf-8",
               quoting: int = csv.QUOTE_MINIMAL, newline: str = "\r\n") -> None:
    buf = io.StringIO(newline="")
    csv.writer(buf, delimiter=delimiter, quoting=quoting, lineterminator=newline).writerows(rows)
    path.write_bytes(buf.getvalue().encode(encoding, errors="replace"))


def _header_index(rows: list[list[str]]) -> int:
    return next(i for i, row in enumerate(rows) if any(c.strip().upper().startswith("NIP") for c in row))


def csv_variants(src: Path) -> list[tuple[str, int, Callable[[Path], None]]]:
    """(name, rows inserted above the data, writer) for a CSV roster."""
    rows = _read_csv(src)
    head = _header_index(rows)

    def lower(path: Path) -> None:
        copy_rows = [list(r) for r in rows]
        copy_rows[head] = [c.lower() for c in copy_rows[head]]
        _write_csv(copy_rows, path)

    def formula_text(path: Path) -> None:
        nip_cols = [i for i, c in enumerate(rows[head]) if "NIP" in c.upper() and "LAMA" not in c.upper()]
        out = [list(r) for r in rows]
        for r in out[head + 1:]:
            for i in nip_cols:
                if i < len(r) and sum(ch.isdigit() for ch in r[i]) >= 15 and "E+" not in r[i].upper():
                    r[i] = f'="{r[i]}"'
        _write_csv(out, path, delimiter=",", quoting=csv.QUOTE_MINIMAL)

    return [
        ("nip-rumus-teks", 0, formula_text),
        ("pemisah-koma-kutip", 0, lambda p: _write_csv(rows, p, delimiter=",", quoting=csv.QUOTE_ALL)),
        ("pemisah-titik-koma", 0, lambda p: _write_csv(rows, p, delimiter=";")),
        ("pemisah-tab-lf", 0, lambda p: _write_csv(rows, p, delimiter="\t", newline="\n")),
        ("cp1252", 0, lambda p: _write_csv(rows, p, encoding="cp1252")),
        ("utf8-bom", 0, lambda p: _write_csv(rows, p, encoding="utf-8-sig")),
        ("judul-di-atas", 2, lambda p: _write_csv([["DAFTAR PEGAWAI DINAS PERPUSTAKAAN DAN KEARSIPAN"], [],
                                                   *rows], p)),
        ("judul-huruf-kecil", 0, lower),
        ("kolom-terbalik", 0, lambda p: _write_csv([list(reversed(r)) for r in rows], p)),
    ]


def _copy_sheet(src_ws: Any, ws: Any, dr: int, dc: int, lower_header: int | None,
                wrap_header: int | None = None) -> None:
    for row in src_ws.iter_rows():
        for cell in row:
            if cell.value is None or type(cell).__name__ == "MergedCell":
                continue
            value = cell.value
            if isinstance(value, str) and lower_header is not None and cell.row in (lower_header,
                                                                                   lower_header + 1):
                value = value.lower()
            if isinstance(value, str) and wrap_header is not None and cell.row == wrap_header:
                value = value.replace(" ", "\n")
            target = ws.cell(cell.row + dr, cell.column + dc, value)
            target.number_format = cell.number_format
    for rng in src_ws.merged_cells.ranges:
        ws.merge_cells(f"{get_column_letter(rng.min_col + dc)}{rng.min_row + dr}:"
                       f"{get_column_letter(rng.max_col + dc)}{rng.max_row + dr}")


def _header_row(ws: Any) -> int:
    for row in ws.iter_rows():
        if any(isinstance(c.value, str) and c.value.strip().upper() in ("NIP", "NO") for c in row):
            return row[0].row
    return 1


def xlsx_variants(src: Path) -> list[tuple[str, int, Callable[[Path], None]]]:
    def rewrite(dr: int, dc: int, cover: bool, lower: bool, wrap: bool = False) -> Callable[[Path], None]:
        def write(path: Path) -> None:
            book = openpyxl.load_workbook(src)
            out = openpyxl.Workbook()
            out.remove(out.active)
            if cover:
                out.create_sheet("Petunjuk")["A1"] = "Diunduh dari SIMPEG; jangan ubah susunan kolom."
            for ws in book.worksheets:
                _copy_sheet(ws, out.create_sheet(ws.title), dr, dc, _header_row(ws) if lower else None,
                            _header_row(ws) if wrap else None)
            out.save(path)
        return write

    variants = [
        ("judul-berganti-baris", 0, rewrite(0, 0, False, False, wrap=True)),
        ("geser-dua-baris-satu-kolom", 2, rewrite(2, 1, False, False)),
        ("sheet-sampul-di-depan", 0, rewrite(0, 0, True, False)),
        ("judul-huruf-kecil", 0, rewrite(0, 0, False, True)),
    ]
    if shutil.which("soffice"):
        variants.append(("xls-libreoffice", 0, lambda p: _soffice(src, p)))
    return variants


def _soffice(src: Path, target: Path) -> None:
    with tempfile.TemporaryDirectory(prefix="nyata_k-lo-") as profile:
        subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to",
                        "xls", "--outdir", str(target.parent), str(src)],
                       check=True, capture_output=True, timeout=180)
    (target.parent / (src.stem + ".xls")).rename(target)


def _shifted(spec: dict[str, Any], rows: int, name: str) -> dict[str, Any]:
    out = copy.deepcopy(spec)
    out["file"] = name
    for key in ("baris_tak_terbaca", "baris_boleh_dilaporkan", "belum_mengirim"):
        for item in out[key]:
            if "baris" in item:
                item["baris"] += rows
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Uji-coba bentuk daftar pegawai nyata_k di luar set.")
    ap.add_argument("--jobs", type=int, default=2)
    args = ap.parse_args(argv)
    manifest = json.loads((HERE / "harapan.json").read_text(encoding="utf-8"))
    worse = 0
    with tempfile.TemporaryDirectory(prefix="nyata_k-uji-") as tmp:
        work = Path(tmp)
        for spec in manifest["daftar"]:
            src = HERE / "daftar" / spec["file"]
            variants = csv_variants(src) if src.suffix == ".csv" else xlsx_variants(src)
            for name, rows, write in variants:
                folder = work / f"{src.stem}-{name}"
                folder.mkdir()
                suffix = ".xls" if name.startswith("xls") else src.suffix
                target = folder / f"{src.stem}{suffix}"
                write(target)
                result = ukur_daftar.measure_roster(_shifted(spec, rows, target.name), HERE / "kiriman",
                                                    folder, manifest, args.jobs, folder)
                counts = {k: len(result[k]) for k in KEYS}
                bad = {k: v for k, v in counts.items() if v}
                worse += bool(bad)
                print(f"{spec['file']:26s} {name:28s} recall {result['ditemukan']}/{result['diharapkan']}"
                      f"  {bad or 'ok'}")
                for k in KEYS:
                    for item in result[k][:3]:
                        print(f"    {k}: {item}")
    print(f"\nvarian yang lebih buruk dari aslinya: {worse}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
