"""Mengukur `skp rekap` sungguhan pada set nyata_p (harapan.json).

Usage: ``python benchmarks/nyata_p/ukur_rekap.py [--kiriman DIR] [--harapan FILE] [--json] [--simpan DIR]``

Menjalankan ``skp rekap KIRIMAN -o rekap.xlsx --html rekap.html --csv csv/`` dua kali (tanpa daftar dan
dengan ``--daftar daftar/pegawai-bapperida.csv``), membaca kembali rekap.xlsx (openpyxl), CSV dan HTML, lalu
mencetak:
unit yang terpecah (satu unit menjadi beberapa baris Ringkasan) atau tergabung (dua unit dalam satu baris),
jumlah per unit yang salah (diterima, lulus, perlu perbaikan, predikat, wajib/sudah/belum mengirim), baris
pegawai yang salah atau hilang, Belum Mengirim yang palsu/terlewat, teks tidak aman (CSV dengan pemisah `,`
dan `;`, rumus di xlsx, tag di HTML), dan recall. Status keluar 0 apa pun hasilnya.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import re
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path
from typing import Any

import openpyxl

HERE = Path(__file__).resolve().parent
PREDIKAT = ["Sangat Baik", "Baik", "Butuh Perbaikan", "Kurang", "Sangat Kurang"]
STATUS = {"lulus": "lulus", "perlu perbaikan": "perlu-perbaikan", "gagal dibaca": "gagal-dibaca"}
UNREAD = "(unit kerja tidak terbaca)"


def _skp() -> str:
    exe = Path(sys.executable).with_name("skp")
    return str(exe) if exe.exists() else "skp"


def run_rekap(kiriman: Path, out: Path, daftar: Path | None) -> dict[str, Any]:
    out.mkdir(parents=True, exist_ok=True)
    cmd = [
        _skp(),
        "rekap",
        str(kiriman),
        "-o",
        str(out / "rekap.xlsx"),
        "--html",
        str(out / "rekap.html"),
        "--csv",
        str(out / "csv"),
        "-j",
        "2",
    ]
    if daftar:
        cmd += ["--daftar", str(daftar)]
    proc = subprocess.run(cmd, capture_output=True, text=True)
    return {"rc": proc.returncode, "stderr": proc.stderr, "stdout": proc.stdout}


def _sheet(wb: openpyxl.Workbook, name: str) -> list[dict[str, Any]]:
    if name not in wb.sheetnames:
        return []
    rows = list(wb[name].iter_rows(values_only=True))
    if not rows:
        return []
    head = [str(h) if h is not None else "" for h in rows[0]]
    return [dict(zip(head, r, strict=False)) for r in rows[1:] if any(v is not None for v in r)]


def _rel(path: str, kiriman: Path) -> str:
    p = str(path).replace("\\", "/")
    root = str(kiriman.resolve()).replace("\\", "/") + "/"
    if p.startswith(root):
        return p[len(root) :]
    marker = "/kiriman/"
    return p.split(marker, 1)[1] if marker in p else p


def _norm_status(s: Any) -> str:
    return STATUS.get(str(s or "").strip().lower(), str(s or "").strip().lower())


def _nip(s: Any) -> str:
    return re.sub(r"\D", "", str(s or ""))


def unsafe_csv(folder: Path) -> list[str]:
    bad = []
    for f in sorted(folder.glob("*.csv")):
        with open(f, encoding="utf-8-sig", newline="") as fh:
            for n, row in enumerate(csv.reader(fh), 1):
                for v in row:
                    if v.startswith("'"):
                        continue
                    for frag in re.split(r"[,;]", v):
                        if frag[:1] in ("=", "+", "@", "\t", "\r") or (frag[:1] == "-" and len(frag) > 1):
                            bad.append(f"{f.name} baris {n}: {v[:70]!r}")
                            break
    return bad


def unsafe_xlsx(path: Path) -> list[str]:
    bad = []
    wb = openpyxl.load_workbook(path)
    for ws in wb:
        if ws.title.startswith(("Ringkasan", "Predikat")):
            continue
        for row in ws.iter_rows():
            for c in row:
                if c.data_type == "f":
                    bad.append(f"{ws.title}!{c.coordinate}: {str(c.value)[:60]}")
    return bad


def unsafe_html(path: Path, probes: list[str]) -> list[str]:
    text = path.read_text(encoding="utf-8")
    bad = []
    for probe in probes:
        if probe in text:
            bad.append(f"teks mentah di HTML: {probe!r}")
    return bad


def measure(kiriman: Path, harapan: Path, keep: Path | None = None) -> dict[str, Any]:
    h = json.loads(harapan.read_text(encoding="utf-8"))
    work = Path(keep) if keep else Path(tempfile.mkdtemp(prefix="nyata_p_"))
    res: dict[str, Any] = {
        "unit_pecah": [],
        "unit_gabung": [],
        "jumlah_salah": [],
        "baris_salah": [],
        "pegawai_hilang": [],
        "temuan_terlewat": [],
        "error_lain": [],
        "belum_palsu": [],
        "belum_terlewat": [],
        "belum_unit_salah": [],
        "daftar_jumlah_salah": [],
        "tidak_aman": [],
        "cek": 0,
        "benar": 0,
    }

    def check(ok: bool, bucket: str | None = None, item: Any = None) -> None:
        res["cek"] += 1
        res["benar"] += bool(ok)
        if not ok and bucket:
            res[bucket].append(item)

    runs = {}
    for label, daftar in (("tanpa", None), ("daftar", kiriman.parent / h["daftar"]["berkas"])):
        out = work / label
        runs[label] = run_rekap(kiriman, out, daftar)
        if runs[label]["rc"] != 0:
            res["gagal_jalan"] = runs[label]
            return res
    exp_rows = {r["file"]: r for r in h["berkas"]}
    for label in ("tanpa", "daftar"):
        out = work / label
        wb = openpyxl.load_workbook(out / "rekap.xlsx")
        peg = _sheet(wb, "Pegawai")
        ring = {str(r["Unit Kerja"]): r for r in _sheet(wb, "Ringkasan") if r.get("Unit Kerja") != "Jumlah"}
        pred = {str(r["Unit Kerja"]): r for r in _sheet(wb, "Predikat") if r.get("Unit Kerja") != "Jumlah"}
        temuan = defaultdict(list)
        for t in _sheet(wb, "Temuan"):
            temuan[_rel(t["Berkas"], kiriman)].append(t)
        got = {_rel(r["Berkas"], kiriman): r for r in peg}
        # ---- per-person rows (once, without daftar)
        unit_of: dict[str, str] = {}
        for rel, e in exp_rows.items():
            g = got.get(rel)
            if g is None:
                if label == "tanpa":
                    check(False, "pegawai_hilang", rel)
                continue
            unit_of[rel] = str(g.get("Unit Kerja"))
            if label != "tanpa":
                continue
            st = _norm_status(g.get("Status"))
            want = e["status"]
            ok = st == want or (want == "bukan-skp" and st != "lulus")
            check(ok, "baris_salah", {"berkas": rel, "kolom": "Status", "harapan": want, "rekap": st})
            nilai = g.get("Nilai SKP")
            try:
                nilai_f = float(str(nilai).replace(",", ".")) if nilai not in (None, "", "-") else None
            except ValueError:
                nilai_f = None
            if e["nilai_skp"] is None:
                ok = nilai_f is None or e["status"] != "lulus" or e.get("periode_lain")
            else:
                ok = nilai_f is not None and abs(nilai_f - e["nilai_skp"]) <= 0.011
            check(
                ok,
                "baris_salah",
                {"berkas": rel, "kolom": "Nilai SKP", "harapan": e["nilai_skp"], "rekap": nilai},
            )
            gp = g.get("Predikat") or None
            boleh_kosong = (
                "predikat-tidak-sesuai" in e["temuan_error"] or "realisasi-kosong" in e["temuan_error"]
            )
            ok = gp == e["predikat"] or (boleh_kosong and gp is None)
            check(
                ok, "baris_salah", {"berkas": rel, "kolom": "Predikat", "harapan": e["predikat"], "rekap": gp}
            )
            codes = {t["Kode"] for t in temuan.get(rel, []) if t.get("Tingkat") == "error"}
            for c in e["temuan_error"]:
                check(c in codes, "temuan_terlewat", {"berkas": rel, "kode": c})
            for c in sorted(codes - set(e["temuan_error"])):
                res["error_lain"].append({"berkas": rel, "kode": c})
        # ---- units: split / merged
        recap_units_of: dict[str, set[str]] = defaultdict(set)
        members_of: dict[str, set[str]] = defaultdict(set)
        for rel, e in exp_rows.items():
            if e["unit"] and rel in unit_of:
                recap_units_of[e["unit"]].add(unit_of[rel])
                members_of[unit_of[rel]].add(e["unit"])
        clean_map = {}
        for u, rus in sorted(recap_units_of.items()):
            if len(rus) > 1:
                check(False, "unit_pecah", {"rekap": label, "unit": u, "menjadi": sorted(rus)})
            else:
                check(True)
        for ru, us in sorted(members_of.items()):
            if len(us) > 1:
                check(False, "unit_gabung", {"rekap": label, "baris": ru, "unit": sorted(us)})
            else:
                check(True)
        pure_rows: dict[str, list[str]] = {}  # a split unit's rows, summed, when none holds another unit
        for u, rus in recap_units_of.items():
            if all(len(members_of[ru]) == 1 for ru in rus):
                pure_rows[u] = sorted(rus)
            if len(rus) == 1 and len(members_of[next(iter(rus))]) == 1:
                clean_map[u] = next(iter(rus))

        def summed(table: dict[str, dict], rus: list[str]) -> dict[str, Any]:
            tot: dict[str, Any] = {}
            for ru in rus:
                for k, v in table.get(ru, {}).items():
                    if isinstance(v, (int, float)):
                        tot[k] = tot.get(k, 0) + v
            return tot

        if label == "tanpa":
            for u, x in h["unit"].items():
                rus = pure_rows.get(u)
                if not rus:
                    check(False, "jumlah_salah", {"unit": u, "masalah": "unit tergabung dengan unit lain"})
                    continue
                ru = " + ".join(rus)
                row = summed(ring, rus)
                mine = [e for e in exp_rows.values() if e["unit"] == u]
                lain = [e for e in mine if e.get("periode_lain")]
                lo_peg, hi_peg = x["pegawai_mengirim"] - len({e["key"] for e in lain}), x["berkas_terbaca"]
                gagal_folder = [e for e in exp_rows.values() if e["unit"] is None and e["unit_folder"] == u]
                for col, lo, hi in (
                    ("Pegawai", lo_peg, hi_peg + len(gagal_folder)),
                    ("Lulus", x["lulus"] - len([e for e in lain if e["status"] == "lulus"]), x["lulus"]),
                    (
                        "Perlu Perbaikan",
                        x["perlu_perbaikan"],
                        x["perlu_perbaikan"]
                        + len(lain)
                        + len([e for e in gagal_folder if e["status"] == "bukan-skp"]),
                    ),
                    ("Gagal Dibaca", 0, len(gagal_folder)),
                ):
                    v = row.get(col) or 0
                    check(
                        lo <= v <= hi,
                        "jumlah_salah",
                        {
                            "unit": u,
                            "baris": ru,
                            "kolom": col,
                            "harapan": [lo, hi] if lo != hi else lo,
                            "rekap": v,
                        },
                    )
                prow = summed(pred, rus)
                for p in PREDIKAT:
                    want = x["predikat"].get(p, 0)
                    extra = len([e for e in lain if e["predikat"] == p])
                    v = prow.get(p) or 0
                    check(
                        want <= v <= want + extra,
                        "jumlah_salah",
                        {"unit": u, "baris": ru, "kolom": f"Predikat {p}", "harapan": want, "rekap": v},
                    )
        else:
            # ---- daftar: Ringkasan wajib/sudah/belum and Belum Mengirim rows
            dft = h["daftar"]["unit"]
            for u, x in dft.items():
                ru = clean_map.get(u)
                row = ring.get(ru) if ru else None
                if row is None:
                    check(
                        False,
                        "daftar_jumlah_salah",
                        {"unit": u, "masalah": "unit tidak terpetakan ke satu baris"},
                    )
                    continue
                nb = len(x["belum_boleh"])
                for col, lo, hi in (
                    ("Wajib Mengirim", x["wajib"], x["wajib"]),
                    ("Sudah Mengirim", x["sudah"], x["sudah"] + x["sudah_boleh"]),
                    ("Belum Mengirim", len(x["belum"]), len(x["belum"]) + nb),
                    ("Tidak Wajib", x["tidak_wajib"], x["tidak_wajib"]),
                ):
                    v = row.get(col) or 0
                    check(
                        lo <= v <= hi,
                        "daftar_jumlah_salah",
                        {
                            "unit": u,
                            "baris": ru,
                            "kolom": col,
                            "harapan": [lo, hi] if lo != hi else lo,
                            "rekap": v,
                        },
                    )
                sudah, wajib = row.get("Sudah Mengirim") or 0, row.get("Wajib Mengirim") or 0
                check(
                    wajib == 0 or sudah <= wajib,
                    "daftar_jumlah_salah",
                    {"unit": u, "baris": ru, "kolom": "Sudah > Wajib", "rekap": [sudah, wajib]},
                )
            for u in h["unit"]:
                if u in dft:
                    continue
                ru = clean_map.get(u)
                row = ring.get(ru) if ru else None
                if row is not None:
                    check(
                        not row.get("Wajib Mengirim"),
                        "daftar_jumlah_salah",
                        {
                            "unit": u,
                            "baris": ru,
                            "kolom": "Wajib Mengirim (unit di luar daftar)",
                            "harapan": None,
                            "rekap": row.get("Wajib Mengirim"),
                        },
                    )
            belum = _sheet(wb, "Belum Mengirim")
            listed = {}
            for b in belum:
                listed[_nip(b.get("NIP"))] = b
            expected_nips = {}
            boleh_nips = set()
            for u, x in dft.items():
                for b in x["belum"]:
                    expected_nips[b["nip"]] = u
                for b in x["belum_boleh"]:
                    boleh_nips.add(b["nip"])
            for n, u in expected_nips.items():
                b = listed.get(n)
                check(b is not None, "belum_terlewat", {"nip": n, "unit": u})
                if b is not None and clean_map.get(u):
                    check(
                        str(b.get("Unit Kerja")) == clean_map[u],
                        "belum_unit_salah",
                        {"nip": n, "unit": u, "rekap": b.get("Unit Kerja"), "unit_rekap": clean_map[u]},
                    )
            for n, b in listed.items():
                if n not in expected_nips and n not in boleh_nips:
                    check(
                        False, "belum_palsu", {"nip": n, "nama": b.get("Nama"), "unit": b.get("Unit Kerja")}
                    )
        # ---- unsafe text
        probes = ["<SNI 2847>"]
        bad = (
            unsafe_csv(out / "csv")
            + unsafe_xlsx(out / "rekap.xlsx")
            + unsafe_html(out / "rekap.html", probes)
        )
        check(not bad)
        res["tidak_aman"] += [f"[{label}] {b}" for b in bad]
    res["recall"] = res["benar"] / max(res["cek"], 1)
    res["folder"] = str(work)
    return res


def _print(res: dict[str, Any]) -> None:
    if "gagal_jalan" in res:
        print("skp rekap gagal:", res["gagal_jalan"])
        return
    print(f"Pengecekan: {res['benar']}/{res['cek']} benar ({res['recall']:.0%}); keluaran di {res['folder']}")
    for key, title in (
        ("unit_pecah", "Unit terpecah"),
        ("unit_gabung", "Unit tergabung"),
        ("jumlah_salah", "Jumlah per unit salah (tanpa daftar)"),
        ("daftar_jumlah_salah", "Jumlah per unit salah (dengan daftar)"),
        ("baris_salah", "Baris pegawai salah"),
        ("pegawai_hilang", "Berkas hilang dari rekap"),
        ("temuan_terlewat", "Temuan error terlewat"),
        ("belum_palsu", "Belum Mengirim palsu"),
        ("belum_terlewat", "Belum Mengirim terlewat"),
        ("belum_unit_salah", "Belum Mengirim unit salah"),
        ("tidak_aman", "Teks tidak aman"),
        ("error_lain", "Error lain (bukan cacat tersisip)"),
    ):
        items = res[key]
        print(f"\n{title}: {len(items)}")
        for it in items:
            print("  -", json.dumps(it, ensure_ascii=False) if not isinstance(it, str) else it)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Mengukur skp rekap pada set nyata_p.")
    ap.add_argument("--kiriman", type=Path, default=HERE / "kiriman")
    ap.add_argument("--harapan", type=Path, default=HERE / "harapan.json")
    ap.add_argument(
        "--simpan", type=Path, default=None, help="folder keluaran rekap (bawaan: folder sementara)"
    )
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args(argv)
    os.environ.setdefault("PYTHONHASHSEED", "0")
    res = measure(a.kiriman, a.harapan, a.simpan)
    if a.json:
        json.dump(res, sys.stdout, indent=1, ensure_ascii=False)
        print()
    else:
        _print(res)
    return 0


if __name__ == "__main__":
    sys.exit(main())
