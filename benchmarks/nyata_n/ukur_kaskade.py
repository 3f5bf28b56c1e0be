"""Measure ``skp kaskade`` on set nyata_n: every superior's workbook goes through the real command
(``python -m skp kaskade ATASAN -o FOLDER``), then the Matriks and drafts it wrote are read cell by cell and
checked with the real ``skp periksa FOLDER ATASAN --format json``.

Usage: ``python benchmarks/nyata_n/ukur_kaskade.py [KIRIMAN] [--harapan FILE] [--json] [--rinci]``.
Prints false refusals, false errors/warnings on the generated files, wrong identities, wrong Matriks
columns, lost results, invented RK, mangled targets, defects missed and recall. Exit status 0 always.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import openpyxl

HERE = Path(__file__).resolve().parent


def norm(v: object) -> str:
    return re.sub(r"\s+", " ", str(v if v is not None else "")).strip().casefold()


def digits(v: object) -> str:
    return re.sub(r"\D", "", str(v)) if isinstance(v, str) else ""


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def grid(ws) -> dict[tuple[int, int], object]:
    return {(c.row, c.column): c.value for row in ws.iter_rows() for c in row if c.value not in (None, "")}


def find(g: dict, pred) -> list[tuple[int, int]]:
    return sorted(k for k, v in g.items() if isinstance(v, str) and pred(norm(v)))


def parse_qty(v: object) -> tuple[float, str] | None:
    if isinstance(v, (int, float)):
        return float(v), ""
    m = re.match(r"^\s*([\d.,]+)\s*(.*)$", str(v or ""))
    if not m:
        return None
    num = (
        m.group(1).replace(".", "").replace(",", ".")
        if re.search(r"\d\.\d{3}", m.group(1))
        else m.group(1).replace(",", ".")
    )
    try:
        return float(num), norm(m.group(2))
    except ValueError:
        return None


# ------------------------------------------------------------------ reading what kaskade wrote


def read_matriks(path: Path) -> dict[str, Any]:
    wb = openpyxl.load_workbook(path)
    ws = next((s for s in wb if "matriks" in s.title.lower()), wb.worksheets[0])
    g = grid(ws)
    out: dict[str, Any] = {"rk": [], "rk_cols": [], "target": {}, "anggota": {}}
    label = find(g, lambda s: s.startswith("rencana kinerja atasan"))
    if not label:
        return out
    r, c0 = label[0]
    cols = sorted(c for (rr, c) in g if rr == r and c > c0)
    covered = {
        c
        for m in ws.merged_cells.ranges
        if m.min_row <= r <= m.max_row and m.min_col == c0
        for c in range(m.min_col, m.max_col + 1)
    }
    cols = [c for c in cols if c not in covered]
    out["rk"] = [g[(r, c)] for c in cols]
    out["rk_cols"] = cols
    t = find(g, lambda s: s.startswith("target atasan"))
    if t:
        out["target"] = {c: g.get((t[0][0], c)) for c in cols}
    head = find(g, lambda s: s == "nama" or s.startswith("nama /"))
    if head:
        hr, hc = head[0]
        for (rr, cc), v in g.items():
            if cc == hc and rr > hr + 1 and isinstance(v, str):
                out["anggota"][norm(v)] = {c: g.get((rr, c)) for c in cols}
    return out


def read_draft(path: Path) -> dict[str, Any]:
    wb = openpyxl.load_workbook(path)
    ws = wb.worksheets[0]
    g = grid(ws)
    rows: list[dict[str, Any]] = []
    head = find(g, lambda s: s.startswith("rencana kinerja atasan"))
    if head:
        hr, c2 = head[0]
        c3 = next((c for (r, c), v in g.items() if r == hr and norm(v) == "rencana kinerja"), None)
        ct = next((c for (r, c), v in g.items() if r == hr and norm(v) == "target"), None)
        ku = find(g, lambda s: s.startswith("a. kinerja utama"))
        kt = find(g, lambda s: s.startswith("b. kinerja tambahan"))
        start = ku[0][0] + 1 if ku else hr + 1
        end = kt[0][0] if kt else max(r for r, _ in g) + 1
        for r in range(start, end):
            if (r, c2) in g or (c3 and (r, c3) in g):
                rows.append(
                    {
                        "row": r,
                        "rka": g.get((r, c2)),
                        "rk": g.get((r, c3)) if c3 else None,
                        "target": g.get((r, ct)) if ct else None,
                    }
                )
    return {
        "cells": g,
        "rows": rows,
        "sheets": wb.sheetnames,
        "penilai_col": next(
            (
                c
                for (r, c), v in sorted(g.items())
                if isinstance(v, str) and norm(v).startswith("pejabat penilai")
            ),
            None,
        ),
    }


def run(args: list[str]) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "skp", *args], capture_output=True, text=True)


# ------------------------------------------------------------------ measuring one superior


def measure_one(src: Path, m: dict, boleh: dict, work: Path, res: dict) -> None:
    name = m["file"]
    inp = work / "in" / name
    inp.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy2(src, inp)
    before = sha(inp)
    out = work / "out" / Path(name).stem
    p = run(["kaskade", str(inp), "-o", str(out)])
    said = p.stdout + p.stderr
    res["atasan"] += 1
    if sha(inp) != before:
        res["atasan_diubah"].append(name)
    if "Traceback" in said or re.search(r"\b[A-Z]\w*(Error|Exception)\b", said):
        res["traceback"].append({"file": name, "keluaran": said[-300:]})
    drafts = (
        sorted(x for x in out.glob("*.xlsx") if not x.name.lower().startswith("matriks"))
        if out.exists()
        else []
    )
    if m["tolak"]:
        res["tolak_diharapkan"] += 1
        ok = p.returncode != 0 and p.stderr.strip() and not drafts
        res["defects"] += 1
        if ok:
            res["found"] += 1
        else:
            res["missed"].append(
                {
                    "file": name,
                    "code": "kaskade-ditolak",
                    "rc": p.returncode,
                    "draf": len(drafts),
                    "keluaran": said.strip()[-200:],
                }
            )
        return
    if p.returncode != 0:
        res["tolak_palsu"].append({"file": name, "rc": p.returncode, "keluaran": said.strip()[-300:]})
        for d in m["defects"]:
            res["defects"] += 1
            res["missed"].append({"file": name, "code": d["code"], "why": "kaskade menolak"})
        return
    mx_files = [x for x in out.glob("*.xlsx") if x.name.lower().startswith("matriks")]
    mx = read_matriks(mx_files[0]) if mx_files else {"rk": [], "rk_cols": [], "target": {}, "anggota": {}}
    want_rk = [norm(t) for t in m["rk_utama"]]
    got_rk = [norm(t) for t in mx["rk"]]
    if got_rk != want_rk:
        res["matriks_kolom_salah"].append({"file": name, "harapan": m["rk_utama"], "tertulis": mx["rk"]})
    col_of = {i: mx["rk_cols"][got_rk.index(t)] for i, t in enumerate(want_rk) if t in got_rk}
    # beban target: parts in the Matriks add up, counted units whole
    parts: dict[str, dict[str, str]] = {}
    for i, b in m["beban"].items():
        res["beban"] += 1
        col = col_of.get(int(i))
        vals = {}
        for a in m["anggota"]:
            row = mx["anggota"].get(norm(a["nama"]))
            vals[a["nip"]] = row.get(col) if row and col else None
        q = [parse_qty(v) for v in vals.values()]
        if any(x is None for x in q):
            res["beban_salah"].append(
                {"file": name, "rk": int(i), "bagian": list(map(str, vals.values())), "why": "tidak dibagi"}
            )
            continue
        total = sum(x[0] for x in q)
        whole = all(abs(x[0] - round(x[0])) < 1e-9 for x in q)
        units = {x[1] for x in q}
        if abs(total - b["jumlah"]) > 1e-6 or not whole or units != {b["satuan"]}:
            res["beban_salah"].append(
                {
                    "file": name,
                    "rk": int(i),
                    "bagian": list(map(str, vals.values())),
                    "why": f"jumlah {total} satuan {sorted(units)}",
                }
            )
        parts[i] = {nip: str(v) for nip, v in vals.items()}
    # text targets in the Matriks: no number that the superior did not write
    for i, targets in m["target_teks"].items():
        col = col_of.get(int(i))
        written = str(mx["target"].get(col) or "") if col else ""
        nums_ok = set(re.findall(r"\d+(?:[.,]\d+)?", " ".join(targets)))
        if any(t not in nums_ok for t in re.findall(r"\d+(?:[.,]\d+)?", written)):
            res["target_dirusak"].append({"file": name, "rk": int(i), "atasan": targets, "tertulis": written})
    # drafts, one per member
    by_member: dict[str, list[tuple[Path, dict]]] = {}
    for d in drafts:
        info = read_draft(d)
        texts = {norm(v) for v in info["cells"].values() if isinstance(v, str)}
        owners = [a for a in m["anggota"] if norm(a["nama"]) in texts]
        for a in owners:
            by_member.setdefault(a["nip"], []).append((d, info))
        if not owners:
            res["draf_lebih"].append({"file": name, "draf": d.name})
    report = json.loads(run(["periksa", str(out), str(inp), "--format", "json"]).stdout or '{"files": []}')
    findings = {Path(f["path"]).name: f for f in report["files"]}
    at = m["atasan"]
    expected_defects = list(m["defects"])
    found_defects: set[int] = set()
    for a in m["anggota"]:
        res["anggota"] += 1
        got = by_member.get(a["nip"], [])
        if a["atasan_sendiri"]:
            k = next(j for j, d in enumerate(expected_defects) if d.get("anggota") == a["nip"])
            codes = {f["code"] for d, _ in got for f in findings.get(d.name, {}).get("findings", [])}
            if (
                not got and a["nama"].casefold() in said.casefold()
            ) or "penilai-sama-dengan-pegawai" in codes:
                found_defects.add(k)
            continue
        if not got:
            res["draf_hilang"].append({"file": name, "anggota": a["nama"], "nip": a["nip"]})
            continue
        if len(got) > 1:
            res["draf_ganda"].append({"file": name, "anggota": a["nama"]})
        d, info = got[0]
        res["draf"] += 1
        cells = info["cells"]
        texts = {norm(v) for v in cells.values() if isinstance(v, str)}
        nips = {digits(v) for v in cells.values() if len(digits(v)) == 18}
        wrong = []
        defect_nip = a["gaya_nip"] in ("angka", "kurang-digit")
        if a["nip"] not in nips and not defect_nip:
            wrong.append("nip pegawai")
        if norm(a["jabatan"]) not in texts:
            wrong.append("jabatan pegawai")
        if at["nip"] not in nips:
            wrong.append("nip penilai")
        for key in ("nama", "jabatan", "unit_kerja"):
            if norm(at[key]) not in texts:
                wrong.append(f"{key} penilai")
        if wrong:
            res["identitas_salah"].append({"file": name, "draf": d.name, "salah": wrong})
        rep = findings.get(d.name, {})
        form = rep.get("form") or ""
        if form.split("-")[0] != a["jenis"]:
            res["jenis_salah"].append(
                {"file": name, "draf": d.name, "jabatan": a["jabatan"], "form": form, "harapan": a["jenis"]}
            )
        # RK rows
        rows = info["rows"]
        allowed_cols = set()
        for i, hs in a["hasil"].items():
            for h in hs:
                if not any(norm(r["rk"]) == norm(h) and norm(r["rka"]) == want_rk[int(i)] for r in rows):
                    res["hasil_hilang"].append(
                        {"file": name, "draf": d.name, "rk_atasan": int(i), "hasil": h}
                    )
            allowed_cols.add(int(i))
        for i in m["beban"]:
            allowed_cols.add(int(i))
            if not any(norm(r["rka"]) == want_rk[int(i)] for r in rows):
                res["hasil_hilang"].append(
                    {"file": name, "draf": d.name, "rk_atasan": int(i), "hasil": "(beban)"}
                )
            elif i in parts:
                part = norm(parts[i].get(a["nip"]))
                if not any(norm(r["target"]) == part for r in rows if norm(r["rka"]) == want_rk[int(i)]):
                    res["beban_salah"].append(
                        {
                            "file": name,
                            "rk": int(i),
                            "draf": d.name,
                            "why": f"target draf bukan bagian {part}",
                        }
                    )
        boleh_cols = set(m["kolom_tanpa_isi"]) | {int(i) for a2 in m["anggota"] for i in a2["hasil"]}
        for r in rows:
            if r["rka"] is None and r["rk"] is None:
                continue
            if norm(r["rka"]) not in want_rk:
                res["rk_diciptakan"].append(
                    {"file": name, "draf": d.name, "sel": r["row"], "rka": r["rka"], "rk": r["rk"]}
                )
                continue
            i = want_rk.index(norm(r["rka"]))
            if i not in allowed_cols and i not in boleh_cols:
                res["rk_diciptakan"].append(
                    {"file": name, "draf": d.name, "sel": r["row"], "rka": r["rka"], "rk": r["rk"]}
                )
            if (
                i in allowed_cols
                and str(i) in a["hasil"]
                and norm(r["rk"]) not in {norm(h) for h in a["hasil"][str(i)]}
            ):
                res["rk_diciptakan"].append(
                    {"file": name, "draf": d.name, "sel": r["row"], "rka": r["rka"], "rk": r["rk"]}
                )
        # what skp periksa says about the draft
        for f in rep.get("findings", []):
            if f["severity"] not in ("error", "peringatan"):
                continue
            k = next(
                (
                    j
                    for j, e in enumerate(expected_defects)
                    if e["code"] == f["code"] and e.get("anggota") in (None, a["nip"])
                ),
                None,
            )
            if k is not None:
                found_defects.add(k)
                continue
            if f["code"] in boleh["draf"]:
                continue
            if f["code"] == "identitas-kosong" and allowed_identity(info, f, boleh):
                continue
            res["palsu_" + ("error" if f["severity"] == "error" else "peringatan")].append(
                {
                    "file": name,
                    "draf": d.name,
                    "code": f["code"],
                    "cell": f"{f.get('sheet')}!{f.get('cell')}",
                    "message": f["message"][:160],
                }
            )
    # member-level defects that kaskade reported instead of writing a draft
    for k, e in enumerate(expected_defects):
        if k in found_defects:
            continue
        if e["code"] == "nip-tidak-valid":
            member = next(a for a in m["anggota"] if a["nip"] == e["anggota"])
            if not by_member.get(e["anggota"]) and member["nama"].casefold() in said.casefold():
                found_defects.add(k)
        if e["code"] == "target-kaskade-tidak-seimbang" and any(
            f["code"] == e["code"] for rep in report["files"] for f in rep["findings"]
        ):
            found_defects.add(k)
    for mxf in mx_files:
        for f in findings.get(mxf.name, {}).get("findings", []):
            if f["severity"] in ("error", "peringatan"):
                res["palsu_" + ("error" if f["severity"] == "error" else "peringatan")].append(
                    {
                        "file": name,
                        "draf": mxf.name,
                        "code": f["code"],
                        "cell": f"{f.get('sheet')}!{f.get('cell')}",
                        "message": f["message"][:160],
                    }
                )
    for k, e in enumerate(expected_defects):
        res["defects"] += 1
        if k in found_defects:
            res["found"] += 1
        else:
            res["missed"].append({"file": name, **e})


def allowed_identity(info: dict, f: dict, boleh: dict) -> bool:
    """identitas-kosong is what an unfilled draft gets on the member's own pangkat or unit kerja only."""
    m = re.fullmatch(r"([A-Z]+)(\d+)", f.get("cell") or "")
    if not m:
        return False
    col = openpyxl.utils.column_index_from_string(m.group(1))
    row = int(m.group(2))
    if info["penilai_col"] and col >= info["penilai_col"]:
        return False
    labels = [norm(v) for (r, c), v in info["cells"].items() if r == row and c < col and isinstance(v, str)]
    return any(any(w.casefold() in lab for w in boleh["identitas_kosong_di"]) for lab in labels)


def measure(folder: Path, manifest_path: Path) -> dict[str, Any]:
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    keys = (
        "atasan_diubah",
        "traceback",
        "missed",
        "tolak_palsu",
        "matriks_kolom_salah",
        "beban_salah",
        "target_dirusak",
        "draf_hilang",
        "draf_ganda",
        "draf_lebih",
        "identitas_salah",
        "jenis_salah",
        "hasil_hilang",
        "rk_diciptakan",
        "palsu_error",
        "palsu_peringatan",
    )
    res: dict[str, Any] = {k: [] for k in keys}
    res.update(atasan=0, tolak_diharapkan=0, defects=0, found=0, beban=0, anggota=0, draf=0)
    with tempfile.TemporaryDirectory(prefix="nyata_n_") as tmp:
        for m in manifest["files"]:
            measure_one(folder / m["file"], m, manifest["boleh"], Path(tmp), res)
    return res


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("kiriman", nargs="?", type=Path, default=HERE / "kiriman")
    ap.add_argument("--harapan", type=Path, default=HERE / "harapan.json")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--rinci", action="store_true", help="cetak setiap butir")
    args = ap.parse_args()
    res = measure(args.kiriman, args.harapan)
    if args.json:
        print(json.dumps(res, ensure_ascii=False, indent=1))
        return
    n = lambda k: len(res[k])  # noqa: E731
    print(
        f"atasan: {res['atasan']} (ditolak menurut harapan: {res['tolak_diharapkan']}); anggota: "
        f"{res['anggota']}, draf terbaca: {res['draf']}"
    )
    print(f"error palsu (draf/matriks diperiksa): {n('palsu_error')}")
    print(f"peringatan palsu (draf/matriks diperiksa): {n('palsu_peringatan')}")
    print(
        f"ditolak padahal dapat dikaskade: {n('tolak_palsu')}; traceback/pesan Python: {n('traceback')}; "
        f"berkas atasan diubah: {n('atasan_diubah')}"
    )
    print(
        f"kolom matriks salah: {n('matriks_kolom_salah')}; beban target salah: {n('beban_salah')} "
        f"(dari {res['beban']} kolom); target teks dirusak: {n('target_dirusak')}"
    )
    print(
        f"draf hilang: {n('draf_hilang')}; draf ganda: {n('draf_ganda')}; draf bukan anggota: "
        f"{n('draf_lebih')}; identitas salah: "
        f"{n('identitas_salah')}; jenis formulir salah: {n('jenis_salah')}"
    )
    print(f"hasil matriks hilang: {n('hasil_hilang')}; RK diciptakan/salah kolom 2: {n('rk_diciptakan')}")
    print(f"cacat terlewat: {n('missed')}; recall {res['found']}/{res['defects']}")
    if args.rinci:
        for k in (
            "palsu_error",
            "palsu_peringatan",
            "tolak_palsu",
            "traceback",
            "atasan_diubah",
            "matriks_kolom_salah",
            "beban_salah",
            "target_dirusak",
            "draf_hilang",
            "draf_ganda",
            "draf_lebih",
            "identitas_salah",
            "jenis_salah",
            "hasil_hilang",
            "rk_diciptakan",
            "missed",
        ):
            for x in res[k]:
                print(f"  [{k}] {json.dumps(x, ensure_ascii=False)}")


if __name__ == "__main__":
    main()
