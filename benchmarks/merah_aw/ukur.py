"""Ukur ``skp kaskade`` pada set merah_aw: kaskade sungguhan, draf diisi seperti pegawai, ``skp periksa``.

Per probe: salin SKP atasan ke folder sementara, jalankan ``python -m skp kaskade ATASAN -o DRAF``; probe
``ditolak`` harus berhenti dengan status bukan 0, pesan di stderr tanpa traceback dan tanpa berkas; probe
``disebut`` boleh ditolak atau dikaskade tetapi keluarannya harus menyebut masalahnya (kata di ``sebut``).
Probe ``dikaskade``: (1) draf dibaca sel demi sel (pejabat penilai = atasan, periode, jenis formulir, setiap
hasil Matriks menjadi RK dengan RK atasannya di kolom 2); (2) ``skp periksa DRAF`` atas draf apa adanya:
temuan ``error``/``peringatan`` di luar yang wajar bagi draf kosong dihitung palsu; (3) draf diisi seperti
pegawai (pangkat, unit kerja, IKI dan target di baris kosong, butir kegiatan untuk JF) lalu ``skp periksa``
atas folder atasan + Matriks + draf terisi: setiap ``error``/``peringatan`` pada draf dan setiap temuan
kumpulan pada atasan dihitung palsu; (4) kembaran bercacat: anggota mengubah RK atasan (harus
``rk-atasan-tidak-cocok`` di sel itu) atau targetnya (harus ``target-kaskade-tidak-seimbang``).

``bukan-skp`` atas berkas Matriks yang ditulis kaskade dihitung terpisah (keputusan README utama).

Pemakaian: ``python benchmarks/merah_aw/ukur.py [--rinci] [--json]``. Status keluar selalu 0.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

import openpyxl

HERE = Path(__file__).resolve().parent
ALLOWED_DRAFT = {
    "rk-tanpa-iki",
    "iki-tanpa-target",
    "aspek-tidak-valid",
    "target-tidak-terukur",
    "rk-tanpa-butir-kegiatan",
    "angka-kredit-tidak-valid",
    "kategori-penilaian-kosong",
    "cara-memantau-kosong",
    "kinerja-utama-kosong",
    "kesetaraan-tidak-seimbang",
    "satuan-tidak-sesuai-aspek",
}
BATCH = {
    "rk-atasan-tidak-cocok",
    "rk-atasan-tidak-diintervensi",
    "target-kaskade-tidak-seimbang",
    "skp-atasan-tidak-ditemukan",
    "kesetaraan-tidak-seimbang",
    "skp-ganda",
}
SALAH = "Meningkatnya kualitas pelayanan administrasi umum kantor"
PANGKAT = {"ja": "Penata Muda, III/a", "jf": "Penata Muda Tingkat I, III/b"}
ISI = {
    "kuantitas": ("Jumlah hasil kerja yang diselesaikan sesuai rencana", "4 dokumen"),
    "kualitas": ("Persentase hasil kerja yang diterima tanpa revisi", "90 %"),
    "waktu": ("Waktu penyelesaian hasil kerja", "12 bulan"),
}


def norm(v: object) -> str:
    return re.sub(r"\s+", " ", str(v if v is not None else "")).strip().casefold()


def digits(v: object) -> str:
    return re.sub(r"\D", "", str(v or ""))


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "skp", *args], capture_output=True, text=True, check=False)


def periksa(folder: Path) -> dict[str, dict[str, Any]]:
    done = run("periksa", str(folder), "--format", "json", "-j", "1")
    report = json.loads(done.stdout)
    return {Path(f["path"]).name: f for f in report["files"]}


def sheet_of(wb: Any) -> Any:
    return wb["SKP"] if "SKP" in wb.sheetnames else wb.worksheets[0]


def labels(ws: Any) -> list[tuple[int, int, str]]:
    return [
        (c.row, c.column, norm(c.value)) for row in ws.iter_rows() for c in row if isinstance(c.value, str)
    ]


def identity_cells(ws: Any) -> dict[str, dict[str, tuple[int, int]]]:
    """Value cells of the two identity blocks of a draft (template layout: label, value on its right)."""
    found: dict[str, dict[str, tuple[int, int]]] = {"pegawai": {}, "penilai": {}}
    keys = {
        "nama": "nama",
        "nip": "nip",
        "pangkat/gol ruang": "pangkat",
        "jabatan": "jabatan",
        "unit kerja": "unit",
    }
    for r, c, text in labels(ws):
        if r > 12 or text not in keys:
            continue
        who = "pegawai" if c <= 3 else "penilai"
        found[who].setdefault(keys[text], (r, c + 1))
    return found


def table(ws: Any) -> tuple[dict[str, int], int, int, int]:
    """Columns of the Rencana table and its Kinerja Utama rows (first, last) and the header row."""
    cols: dict[str, int] = {}
    head = 0
    for r, c, text in labels(ws):
        if text.startswith("rencana kinerja atasan"):
            cols["atasan"], head = c, r
        elif text == "rencana kinerja" and r == head:
            cols["rk"] = c
        elif text == "aspek" and r == head:
            cols["aspek"] = c
        elif text == "indikator kinerja individu" and r == head:
            cols["iki"] = c
        elif text == "target" and r == head:
            cols["target"] = c
    ku = next(r for r, _, t in labels(ws) if t.endswith("kinerja utama") and r > head)
    kt = next(r for r, _, t in labels(ws) if t.endswith("kinerja tambahan") and r > head)
    return cols, ku, kt, head


def draft_rk(ws: Any) -> list[dict[str, Any]]:
    cols, ku, kt, _ = table(ws)
    out: list[dict[str, Any]] = []
    for r in range(ku + 1, kt):
        rk = ws.cell(r, cols["rk"]).value
        if rk:
            out.append({"row": r, "rk": rk, "atasan": ws.cell(r, cols["atasan"]).value, "iki": []})
        aspek = ws.cell(r, cols["aspek"]).value
        if aspek and out:
            out[-1]["iki"].append(
                {"row": r, "aspek": norm(aspek), "target": ws.cell(r, cols["target"]).value}
            )
    return out


def fill(path: Path, jenis: str) -> None:
    """Isi draf seperti pegawai: pangkat, unit kerja, IKI dan target yang kosong, Keterkaitan AK (JF)."""
    wb = openpyxl.load_workbook(path)
    ws = sheet_of(wb)
    cells = identity_cells(ws)["pegawai"]
    jabatan = norm(ws.cell(*cells["jabatan"]).value)
    # a golongan inside the JF jenjang's range (SPEC §5), as the member's own SK says
    pangkat = (
        "Pembina, IV/a" if "madya" in jabatan else "Penata, III/c" if "muda" in jabatan else PANGKAT[jenis]
    )
    ws.cell(*cells["pangkat"], pangkat)
    if not ws.cell(*cells["unit"]).value:
        ws.cell(*cells["unit"], "Sekretariat Dinas")
    cols, _, _, _ = table(ws)
    rks = draft_rk(ws)
    for rk in rks:
        for iki in rk["iki"]:
            text, target = ISI.get(iki["aspek"], ISI["kuantitas"])
            if not ws.cell(iki["row"], cols["iki"]).value:
                ws.cell(iki["row"], cols["iki"], text)
            if not ws.cell(iki["row"], cols["target"]).value:
                ws.cell(iki["row"], cols["target"], target)
    if "Keterkaitan AK" in wb.sheetnames:
        ak = wb["Keterkaitan AK"]
        head = {t: (r, c) for r, c, t in labels(ak)}
        hr = head["butir kegiatan"][0]
        col = {k: c for r, c, t in labels(ak) if r == hr for k in [t]}
        start = next(r for r, _, t in labels(ak) if t == "kinerja utama" and r > hr) + 1
        for n, rk in enumerate(rks):  # the template gives each RK a block of two rows
            r = start + 2 * n
            ak.cell(r, 1, n + 1)
            ak.cell(r, col["rencana kinerja"], rk["rk"])
            ak.cell(r, col["butir kegiatan"], "Menyusun laporan hasil pelaksanaan tugas jabatan")
            ak.cell(r, col["output"], "Laporan")
            ak.cell(r, col["angka kredit"], "0,005")
    wb.save(path)


def bad(findings: list[dict[str, Any]], allowed: set[str], ident: dict[str, tuple[int, int]]) -> list[dict]:
    from openpyxl.utils import get_column_letter

    ok_cells = {f"{get_column_letter(c)}{r}" for key, (r, c) in ident.items() if key in ("pangkat", "unit")}
    out = []
    for f in findings:
        if f["severity"] not in ("error", "peringatan"):
            continue
        if f["code"] in allowed or (f["code"] == "identitas-kosong" and f["cell"] in ok_cells):
            continue
        out.append(f)
    return out


def measure(probe: dict[str, Any], kiriman: Path, work: Path, tally: Counter, notes: list[str]) -> None:
    name = probe["file"]
    base = work / Path(name).stem
    (base / "atasan").mkdir(parents=True)
    atasan = base / "atasan" / name
    shutil.copy(kiriman / name, atasan)
    draf = base / "draf"
    done = run("kaskade", str(atasan), "-o", str(draf))
    written = sorted(draf.glob("*.xlsx")) if draf.exists() else []
    said = (done.stdout + done.stderr).replace(str(base), "")  # the probe's name is in its path
    if "Traceback" in said:
        tally["traceback"] += 1
        notes.append(f"{name}: traceback")
    harap = probe["harap"]
    if harap == "ditolak":
        tally["harus ditolak"] += 1
        if done.returncode != 0 and done.stderr.strip() and not written and "Traceback" not in said:
            tally["ditolak benar"] += 1
        else:
            notes.append(
                f"{name}: tidak ditolak dengan benar (status {done.returncode}, {len(written)} berkas)"
            )
        return
    if harap == "disebut":
        tally["harus disebut"] += 1
        missing = [w for w in probe["sebut"] if norm(w) not in norm(said)]
        if "Traceback" in said or missing:
            notes.append(
                f"{name}: kaskade (status {done.returncode}) tidak menyebut {missing}: {said.strip()[:200]}"
            )
        else:
            tally["disebut benar"] += 1
        return
    tally["dikaskade"] += 1
    if done.returncode != 0:
        tally["ditolak palsu"] += 1
        notes.append(f"{name}: ditolak palsu: {done.stderr.strip()[:200]}")
        return
    if "Peringatan" in done.stderr:  # a superior that cascades cleanly is told nothing
        tally["peringatan kaskade palsu"] += 1
        notes.append(f"{name}: peringatan kaskade palsu: {done.stderr.strip()[:200]}")
    matriks = [p for p in written if p.name.startswith("Matriks")]
    drafts = [p for p in written if p not in matriks]
    by_nip = {}
    for p in drafts:
        ws = sheet_of(openpyxl.load_workbook(p))
        by_nip[digits(ws.cell(*identity_cells(ws)["pegawai"]["nip"]).value)] = p
    # (1) generated drafts read cell by cell
    sup = probe["atasan"]
    utama = {norm(rk) for rk in probe["rk_utama"]}
    for member in probe["anggota"]:
        path = by_nip.get(member["nip"])
        tally["anggota"] += 1
        if path is None:
            tally["draf hilang"] += 1
            notes.append(f"{name}: tidak ada draf untuk {member['nama']}")
            continue
        wb = openpyxl.load_workbook(path)
        ws = sheet_of(wb)
        ident = identity_cells(ws)
        penilai = {k: ws.cell(*rc).value for k, rc in ident["penilai"].items()}
        for key in ("nama", "jabatan", "unit"):
            if norm(penilai.get(key)) != norm(sup[key]):
                tally["identitas penilai salah"] += 1
                notes.append(f"{name}: {path.name} penilai {key} = {penilai.get(key)!r}, harus {sup[key]!r}")
        if digits(penilai.get("nip")) != sup["nip"]:
            tally["identitas penilai salah"] += 1
            notes.append(f"{name}: {path.name} NIP penilai = {penilai.get('nip')!r}")
        jab = ws.cell(*ident["pegawai"]["jabatan"]).value
        if norm(jab) != norm(member["jabatan"]):
            tally["identitas pegawai salah"] += 1
            notes.append(f"{name}: {path.name} jabatan pegawai = {jab!r}, harus {member['jabatan']!r}")
        top = [norm(c.value) for row in ws.iter_rows(max_row=4) for c in row]
        if not any(norm(probe["periode"]) in text for text in top):
            tally["periode hilang"] += 1
            notes.append(f"{name}: {path.name} periode {probe['periode']!r} tidak ada")
        is_jf = "Keterkaitan AK" in wb.sheetnames
        if is_jf != (member["jenis"] == "jf"):
            tally["formulir salah"] += 1
            notes.append(
                f"{name}: {path.name} formulir {'JF' if is_jf else 'JA'}, jabatan {member['jabatan']}"
            )
        rks = draft_rk(ws)
        pairs = {(norm(r["atasan"]), norm(r["rk"])) for r in rks}
        for want in member["hasil"]:
            if (norm(want["rk_atasan"]), norm(want["hasil"])) not in pairs:
                tally["hasil hilang"] += 1
                notes.append(
                    f"{name}: {path.name} hasil {want['hasil']!r} (RK atasan {want['rk_atasan'][:40]!r}) "
                    f"tidak ada; ada {[(r['atasan'], r['rk']) for r in rks]}"
                )
        wanted = {norm(w["hasil"]) for w in member["hasil"]}
        for r in rks:
            if norm(r["atasan"]) not in utama:
                tally["kolom 2 salah"] += 1
                notes.append(
                    f"{name}: {path.name} baris {r['row']} RK atasan {r['atasan']!r} bukan RK atasan"
                )
            elif norm(r["rk"]) not in wanted and norm(r["rk"]) != norm(r["atasan"]):
                tally["RK diciptakan"] += 1
                notes.append(f"{name}: {path.name} baris {r['row']} RK {r['rk']!r} tidak dari Matriks")
    # (2) drafts as written
    report = periksa(draf)
    for p in matriks:
        codes = [f["code"] for f in report[p.name]["findings"]]
        tally["bukan-skp Matriks (keputusan)"] += codes.count("bukan-skp")
    for p in drafts:
        ws = sheet_of(openpyxl.load_workbook(p))
        for f in bad(
            report[p.name]["findings"],
            ALLOWED_DRAFT | {"skp-atasan-tidak-ditemukan"},
            identity_cells(ws)["pegawai"],
        ):
            tally[f"palsu draf ({f['severity']})"] += 1
            notes.append(f"{name}: draf {p.name}: {f['code']} {f['sheet']}!{f['cell']}: {f['message'][:160]}")
    # (3) filled drafts with the superior and the Matriks
    filled = base / "terisi"
    filled.mkdir()
    shutil.copy(atasan, filled / name)
    jenis = {m["nip"]: m["jenis"] for m in probe["anggota"]}
    for p in written:
        shutil.copy(p, filled / p.name)
    for nip, p in by_nip.items():
        fill(filled / p.name, jenis.get(nip, "ja"))
    _check_folder(probe, filled, by_nip, tally, notes, "terisi")
    # (4) defective twins
    for kind in probe["kembar"]:
        twin = base / f"kembar-{kind}"
        shutil.copytree(filled, twin)
        first = by_nip[probe["anggota"][0]["nip"]]
        wb = openpyxl.load_workbook(twin / first.name)
        ws = sheet_of(wb)
        cols, _, _, _ = table(ws)
        rks = draft_rk(ws)
        from openpyxl.utils import get_column_letter

        if kind in ("rk-atasan-salah", "rk-atasan-kosong"):
            cell = f"{get_column_letter(cols['atasan'])}{rks[0]['row']}"
            ws[cell] = SALAH if kind == "rk-atasan-salah" else None
            code = "rk-atasan-tidak-cocok" if kind == "rk-atasan-salah" else "rk-atasan-kosong"
            want = (code, first.name, cell)
        elif kind == "rk-tidak-diintervensi":  # every member moves the last RK's results to the first RK
            last, first_rk = norm(probe["rk_utama"][-1]), probe["rk_utama"][0]
            for p in by_nip.values():
                other = openpyxl.load_workbook(twin / p.name)
                ows = sheet_of(other)
                ocols, _, _, _ = table(ows)
                for r in draft_rk(ows):
                    if norm(r["atasan"]) == last:
                        ows.cell(r["row"], ocols["atasan"], first_rk)
                other.save(twin / p.name)
            want = ("rk-atasan-tidak-diintervensi", name, None)
        else:
            beban = norm(probe["beban"][0]["rk"])
            rk = next(r for r in rks if norm(r["atasan"]) == beban)
            iki = next(i for i in rk["iki"] if i["aspek"] == "kuantitas")
            value = ws.cell(iki["row"], cols["target"]).value
            number = int(re.match(r"\d+", str(value)).group()) + 3  # type: ignore[union-attr]
            ws.cell(iki["row"], cols["target"], re.sub(r"^\d+", str(number), str(value)))
            want = ("target-kaskade-tidak-seimbang", None, None)
        if kind != "rk-tidak-diintervensi":
            wb.save(twin / first.name)
        report = periksa(twin)
        tally["cacat kembar"] += 1
        hit = [
            f
            for path, r in report.items()
            for f in r["findings"]
            if f["code"] == want[0]
            and (want[1] is None or (path == want[1] and want[2] in (None, f["cell"])))
        ]
        if hit:
            tally["cacat kembar ditemukan"] += 1
        else:
            notes.append(f"{name}: kembar {kind}: {want[0]} terlewat")


def _check_folder(
    probe: dict[str, Any], folder: Path, by_nip: dict[str, Path], tally: Counter, notes: list[str], label: str
) -> None:
    report = periksa(folder)
    name = probe["file"]
    names = {p.name for p in by_nip.values()}
    for path, r in report.items():
        if path == name:
            for f in r["findings"]:
                if f["code"] in BATCH - {"skp-atasan-tidak-ditemukan"}:
                    tally[f"palsu kumpulan atasan ({f['severity']})"] += 1
                    notes.append(
                        f"{name}: atasan ({label}): {f['code']} {f['sheet']}!{f['cell']}: "
                        f"{f['message'][:160]}"
                    )
        elif path in names:
            for f in r["findings"]:
                if f["severity"] in ("error", "peringatan") or f["code"] == "skp-atasan-tidak-ditemukan":
                    tally[f"palsu {label} ({f['severity']})"] += 1
                    notes.append(
                        f"{name}: {label} {path}: {f['code']} {f['sheet']}!{f['cell']}: {f['message'][:160]}"
                    )


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--kiriman", type=Path, default=HERE / "kiriman")
    parser.add_argument("--harapan", type=Path, default=HERE / "harapan.json")
    parser.add_argument("--rinci", action="store_true", help="cetak setiap butir")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--hanya", help="hanya probe yang namanya memuat teks ini")
    args = parser.parse_args()
    probes = json.loads(args.harapan.read_text(encoding="utf-8"))["probes"]
    tally: Counter = Counter()
    notes: list[str] = []
    with tempfile.TemporaryDirectory(prefix="merah_aw_") as tmp:
        for probe in probes:
            if args.hanya and args.hanya not in probe["file"]:
                continue
            try:
                measure(probe, args.kiriman, Path(tmp), tally, notes)
            except Exception as exc:  # noqa: BLE001  (the measurement itself failed on this probe)
                tally["pengukuran gagal"] += 1
                notes.append(f"{probe['file']}: pengukuran gagal: {exc!r}")
    if args.json:
        print(json.dumps({"angka": dict(tally), "butir": notes}, indent=1, ensure_ascii=False))
        return
    if args.rinci:
        for note in notes:
            print("-", note)
        print()
    for key in sorted(tally):
        print(f"{key:40} {tally[key]}")


if __name__ == "__main__":
    main()
