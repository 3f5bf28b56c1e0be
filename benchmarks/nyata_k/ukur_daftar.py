"""Measure ``skp periksa --daftar`` and ``skp rekap --daftar`` on the held-out set ``nyata_k``.

Usage: ``python benchmarks/nyata_k/ukur_daftar.py [--kiriman FOLDER] [--daftar FOLDER] [--harapan FILE]
[--jobs N] [--json]``.

For every roster in ``harapan.json`` the real commands run over the submissions folder, as HR runs them:
``skp periksa KIRIMAN --daftar ROSTER --format json`` (findings; the roster rows the command reports as
unreadable are read from its standard error) and ``skp rekap KIRIMAN -o rekap.xlsx --daftar ROSTER`` (the
sheet "Belum Mengirim" is read back). Compared with the manifest:

- false alarms: a listed "belum mengirim" who did submit or need not (status, THL, a total or footer row),
  a ``penilai-tidak-sesuai-daftar`` / ``pegawai-tidak-dalam-daftar`` / ``skp-ganda`` the manifest does not
  expect, a roster row reported unreadable that is readable;
- misses: a non-submitter not listed, an expected finding not given (or given at another cell), an
  unreadable roster row not reported;
- the unit each listed person is shown under, against the roster's unit.

What SPEC leaves open (``boleh_tercantum``, ``temuan_boleh``, ``baris_boleh_dilaporkan``) counts neither way.
Other findings (the SKPs' own content) are listed apart; they are measured by the other sets. Exit 0.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
MEASURED = ("penilai-tidak-sesuai-daftar", "pegawai-tidak-dalam-daftar", "skp-ganda")


def _skp() -> list[str]:
    beside = Path(sys.executable).with_name("skp")
    found = str(beside) if beside.exists() else shutil.which("skp")
    if not found:
        raise SystemExit("perintah skp tidak ditemukan (pasang dengan pip install -e .)")
    return [found]


def _digits(value: Any) -> str:
    return re.sub(r"\D", "", "" if value is None else str(value))


def _norm(text: Any) -> str:
    return " ".join(re.sub(r"[^0-9a-z]+", " ", str(text or "").casefold()).split())


def _rel(path: str, kiriman: Path) -> str:
    p = Path(path)
    try:
        return p.resolve().relative_to(kiriman.resolve()).as_posix()
    except ValueError:
        return p.as_posix()


def run_periksa(kiriman: Path, roster: Path, jobs: int) -> tuple[dict[str, Any], str]:
    proc = subprocess.run(
        [*_skp(), "periksa", str(kiriman), "--daftar", str(roster), "--format", "json", "--jobs", str(jobs)],
        capture_output=True,
        text=True,
    )
    if proc.returncode not in (0, 1):
        return {"files": [], "gagal": proc.stderr}, proc.stderr
    return json.loads(proc.stdout), proc.stderr


def run_rekap(kiriman: Path, roster: Path, jobs: int, work: Path) -> tuple[list[dict[str, Any]], str]:
    import openpyxl

    out = work / f"rekap-{roster.stem}.xlsx"
    proc = subprocess.run(
        [*_skp(), "rekap", str(kiriman), "-o", str(out), "--daftar", str(roster), "--jobs", str(jobs)],
        capture_output=True,
        text=True,
    )
    if proc.returncode not in (0, 1) or not out.exists():
        return [], proc.stderr
    wb = openpyxl.load_workbook(out, read_only=True)
    sheet = next((ws for ws in wb.worksheets if _norm(ws.title) == "belum mengirim"), None)
    listed: list[dict[str, Any]] = []
    if sheet is None:
        return listed, proc.stderr
    header: dict[str, int] | None = None
    for row in sheet.iter_rows(values_only=True):
        if header is None:
            names = [_norm(v) for v in row]
            if "nip" in names:
                header = {n: i for i, n in enumerate(names) if n}
            continue
        if not any(v not in (None, "") for v in row):
            continue

        def col(name: str, row: tuple = row, header: dict[str, int] = header) -> Any:
            i = next((i for n, i in header.items() if n.startswith(name)), None)
            return row[i] if i is not None and i < len(row) else None

        listed.append({"nip": col("nip"), "nama": col("nama"), "unit": col("unit"), "baris": col("baris")})
    wb.close()
    return listed, proc.stderr


def _reported_rows(stderr: str, roster: Path) -> set[int]:
    rows = set()
    for line in stderr.splitlines():
        if roster.name in line:
            rows.update(int(m) for m in re.findall(r"baris (\d+)", line))
    return rows


def _who(entry: dict[str, Any], people: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The manifest person a listed row stands for: by NIP, else (an NIP that lost digits) by name."""
    digits = _digits(entry["nip"])
    for p in people:
        if digits and digits == p["nip"]:
            return p
    name = _norm(entry["nama"])
    for p in people:
        if name and _norm(p["nama_inti"]) in name:
            return p
    return None


def measure_roster(
    spec: dict[str, Any], kiriman: Path, daftar: Path, manifest: dict[str, Any], jobs: int, work: Path
) -> dict[str, Any]:
    roster = daftar / spec["file"]
    report, err_p = run_periksa(kiriman, roster, jobs)
    listed, err_r = run_rekap(kiriman, roster, jobs, work)
    res: dict[str, Any] = {"daftar": spec["file"], "bentuk": spec["bentuk"], "gagal": report.get("gagal")}

    # findings
    expected = [dict(t) for t in spec["temuan"]] + [
        dict(t, sheet=None, cell=None) for t in manifest["tanpa_daftar"]["temuan"]
    ]
    tolerated = {(t["file"], t["code"]) for t in spec["temuan_boleh"]}
    got: list[dict[str, Any]] = []
    other: list[dict[str, Any]] = []
    for f in report.get("files", []):
        name = _rel(f["path"], kiriman)
        for x in f["findings"]:
            item = {
                "file": name,
                "code": x["code"],
                "severity": x["severity"],
                "sheet": x.get("sheet"),
                "cell": x.get("cell"),
                "message": x["message"],
            }
            (got if x["code"] in MEASURED else other).append(item)
    found, wrong_cell, missed = 0, [], []
    for e in expected:
        hits = [g for g in got if g["file"] == e["file"] and g["code"] == e["code"]]
        if not hits:
            missed.append(e)
            continue
        found += 1
        if e.get("cell") and not any((g["sheet"], g["cell"]) == (e["sheet"], e["cell"]) for g in hits):
            wrong_cell.append({**e, "dilaporkan": [f"{g['sheet']}!{g['cell']}" for g in hits]})
    false_findings = [
        g
        for g in got
        if not any(g["file"] == e["file"] and g["code"] == e["code"] for e in expected)
        and (g["file"], g["code"]) not in tolerated
    ]

    # belum mengirim
    people = spec["belum_mengirim"] + spec["boleh_tercantum"]
    must = {p["nip"] for p in spec["belum_mengirim"]}
    listed_ok, false_belum, unit_wrong = set(), [], []
    for entry in listed:
        p = _who(entry, people)
        if p is None:
            false_belum.append(entry)
            continue
        if p["nip"] in must:
            listed_ok.add(p["nip"])
            if _norm(entry["unit"]) != _norm(p["unit"]):
                unit_wrong.append({"nama": p["nama"], "harapan": p["unit"], "tertulis": entry["unit"]})
    missed_belum = [p for p in spec["belum_mengirim"] if p["nip"] not in listed_ok]

    # unreadable roster rows
    reported = _reported_rows(err_p, roster) | _reported_rows(err_r, roster)
    must_rows = {r["baris"] for r in spec["baris_tak_terbaca"]}
    may_rows = {r["baris"] for r in spec["baris_boleh_dilaporkan"]}
    missed_rows = sorted(must_rows - reported)
    false_rows = sorted(reported - must_rows - may_rows)

    expected_total = len(expected) + len(spec["belum_mengirim"]) + len(must_rows)
    hit_total = found + len(listed_ok) + len(must_rows & reported)
    res.update(
        {
            "harapan": {
                "temuan": len(expected),
                "belum_mengirim": len(spec["belum_mengirim"]),
                "baris_tak_terbaca": len(must_rows),
            },
            "error_palsu": [g for g in false_findings if g["severity"] == "error"],
            "peringatan_palsu": [g for g in false_findings if g["severity"] == "peringatan"],
            "info_palsu": [g for g in false_findings if g["severity"] == "info"],
            "belum_palsu": false_belum,
            "baris_palsu": false_rows,
            "temuan_terlewat": missed,
            "temuan_sel_lain": wrong_cell,
            "belum_terlewat": missed_belum,
            "baris_terlewat": missed_rows,
            "unit_salah": unit_wrong,
            "recall": hit_total / max(expected_total, 1),
            "ditemukan": hit_total,
            "diharapkan": expected_total,
            "temuan_lain": [o for o in other if o["severity"] != "info"],
            "stderr": sorted({line for line in (err_p + err_r).splitlines() if roster.name in line}),
        }
    )
    return res


def measure(
    kiriman: Path = HERE / "kiriman",
    daftar: Path = HERE / "daftar",
    harapan: Path = HERE / "harapan.json",
    jobs: int = 2,
) -> dict[str, Any]:
    manifest = json.loads(Path(harapan).read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory(prefix="nyata_k-") as tmp:
        per = [
            measure_roster(spec, Path(kiriman), Path(daftar), manifest, jobs, Path(tmp))
            for spec in manifest["daftar"]
        ]
    keys = (
        "error_palsu",
        "peringatan_palsu",
        "info_palsu",
        "belum_palsu",
        "baris_palsu",
        "temuan_terlewat",
        "temuan_sel_lain",
        "belum_terlewat",
        "baris_terlewat",
        "unit_salah",
    )
    total = {k: sum(len(r[k]) for r in per) for k in keys}
    total["ditemukan"] = sum(r["ditemukan"] for r in per)
    total["diharapkan"] = sum(r["diharapkan"] for r in per)
    total["recall"] = total["ditemukan"] / max(total["diharapkan"], 1)
    return {"ringkasan": total, "daftar": per}


def _print(result: dict[str, Any]) -> None:
    t = result["ringkasan"]
    print(f"nyata_k: {len(result['daftar'])} daftar pegawai atas kiriman yang sama")
    print(
        f"Alarm palsu: error {t['error_palsu']}, peringatan {t['peringatan_palsu']}, info {t['info_palsu']}, "
        f"belum mengirim palsu {t['belum_palsu']}, baris daftar dilaporkan palsu {t['baris_palsu']}"
    )
    print(
        f"Terlewat: belum mengirim {t['belum_terlewat']}, temuan {t['temuan_terlewat']} (sel lain "
        f"{t['temuan_sel_lain']}), baris tak terbaca {t['baris_terlewat']}; unit salah {t['unit_salah']}"
    )
    print(f"Recall: {t['ditemukan']}/{t['diharapkan']} ({t['recall']:.0%})")
    for r in result["daftar"]:
        print(f"\n== {r['daftar']}  ({r['bentuk']})  recall {r['ditemukan']}/{r['diharapkan']}")
        if r["gagal"]:
            print(f"  PERINTAH GAGAL: {r['gagal'][:300]}")
        for line in r["stderr"]:
            print(f"  [stderr] {line[:200]}")
        for k, label in (
            ("error_palsu", "ERROR PALSU"),
            ("peringatan_palsu", "PERINGATAN PALSU"),
            ("info_palsu", "INFO PALSU"),
        ):
            for g in r[k]:
                print(f"  {label}  {g['file']}  {g['code']}  {g['sheet']}!{g['cell']}  {g['message'][:140]}")
        for e in r["belum_palsu"]:
            print(f"  BELUM PALSU  {e['nama']}  NIP {e['nip']}  unit {e['unit']}  baris {e['baris']}")
        for b in r["baris_palsu"]:
            print(f"  BARIS PALSU  baris {b} dilaporkan tak terbaca")
        for p in r["belum_terlewat"]:
            print(f"  BELUM TERLEWAT  {p['nama']}  {p['nip']}  ({p['unit']}, baris {p['baris']})")
        for e in r["temuan_terlewat"]:
            print(f"  TEMUAN TERLEWAT  {e['file']}  {e['code']}  {e.get('sheet')}!{e.get('cell')}")
        for e in r["temuan_sel_lain"]:
            print(
                f"  SEL LAIN  {e['file']}  {e['code']}  harapan {e['sheet']}!{e['cell']} "
                f"dilaporkan {', '.join(e['dilaporkan'])}"
            )
        for b in r["baris_terlewat"]:
            print(f"  BARIS TERLEWAT  baris {b} (NIP tersimpan sebagai angka) tidak dilaporkan")
        for u in r["unit_salah"]:
            print(f"  UNIT  {u['nama']}: harapan {u['harapan']!r}, tertulis {u['tertulis']!r}")
        if r["temuan_lain"]:
            print(f"  (temuan lain atas isi SKP, tidak dihitung di sini: {len(r['temuan_lain'])})")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Mengukur skp periksa/rekap --daftar pada set nyata_k.")
    ap.add_argument("--kiriman", type=Path, default=HERE / "kiriman")
    ap.add_argument("--daftar", type=Path, default=HERE / "daftar")
    ap.add_argument("--harapan", type=Path, default=HERE / "harapan.json")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--json", action="store_true", help="keluaran JSON untuk mesin")
    args = ap.parse_args(argv)
    result = measure(args.kiriman, args.daftar, args.harapan, args.jobs)
    if args.json:
        json.dump(result, sys.stdout, indent=1, ensure_ascii=False)
        print()
    else:
        _print(result)
    return 0


if __name__ == "__main__":
    sys.exit(main())
