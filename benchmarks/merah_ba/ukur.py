"""Ukur set merah_ba: setiap probe ditekan lewat add-in dan lewat ``skp server``, dibandingkan dengan manifes.

Jalan ``addin``: buku kerja mesin remote xlwings dari muatan JSON klien (``tests/addin_remote.py``), tombol
dipanggil lewat objek xlwings sendiri. Jalan ``server``: muatan klien VBA (``tests/server_vba.py``) dikirim
lewat HTTP sungguhan ke ``skp server`` (uvicorn di 127.0.0.1: ``/matriks``, ``/bagi-target``, ``/bawahan``).
Tindakan jawaban diterapkan seperti klien Excel menerapkannya (termasuk Excel yang mengubah teks 18 angka di
sel berformat General menjadi angka), lalu yang dilihat atasan dibaca kembali dan dibandingkan dengan
``harapan.json``; kedua jalan juga dibandingkan satu sama lain.

Pemakaian: ``python benchmarks/merah_ba/ukur.py [--harapan FILE] [--kiriman DIR] [--json]``.
"""

from __future__ import annotations

import argparse
import contextlib
import copy
import datetime as dt
import json
import os
import re
import sys
import tempfile
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(ROOT / "tests"))

import addin_remote  # noqa: E402  (first: the licence key before xlwings loads)
import openpyxl  # noqa: E402
from openpyxl.utils import get_column_letter  # noqa: E402
from server_vba import RunningServer, vba_body, vba_payload  # noqa: E402

from addin import bagi_target, buat_matriks_peran_hasil, buat_skp_bawahan  # noqa: E402
from addin.grid import book_grid  # noqa: E402
from server.app import Settings  # noqa: E402
from server.payload import for_engine  # noqa: E402
from skp.config import Config  # noqa: E402
from skp.models import MatriksPeranHasil  # noqa: E402
from skp.numbers import parse_target  # noqa: E402
from skp.periksa import check_grid, check_path  # noqa: E402

TOKEN = "token-merah-ba"
WAYS = ("addin", "server")
ENDPOINT = {"matriks": "/matriks", "bagi": "/bagi-target", "bawahan": "/bawahan"}
_UNSAFE = set('/\\:*?"<>|')
# words that show a message (or part of one) was left in English or is a raw Python value
_ENGLISH = re.compile(r"\b(the|not|cannot|failed|None|Traceback|Exception|invalid|could|found|of)\b")


def _norm(text: Any) -> str:
    return " ".join(str(text or "").split())


def _digits(text: Any) -> str:
    return re.sub(r"\D", "", str(text or ""))


# ---------------------------------------------------------------- the client's side


def text_cells(path: Path) -> dict[str, set[str]]:
    """Cells formatted as text ("@") per sheet in the file: Excel keeps a digit string typed there as text."""
    book = openpyxl.load_workbook(path)
    return {
        ws.title: {c.coordinate for row in ws.iter_rows() for c in row if c.number_format == "@"}
        for ws in book.worksheets
    }


def apply(payload: dict[str, Any], actions: list[dict[str, Any]], text: dict[str, set[str]]) -> None:
    """Apply ``actions`` as Excel does: what ``addin_remote.apply_actions`` applies, plus clearing a range,
    number formats, and a long digit string written into a General cell becoming a (rounded) number."""
    names = [s["name"] for s in payload["sheets"]]
    rest: list[dict[str, Any]] = []
    for a in actions:
        func, pos = a["func"], a["sheet_position"]
        if func == "addSheet":
            names.insert(a["args"][0], a["args"][1])
        elif func == "sheetDelete":
            del names[pos]
        if func == "rangeClearContents":
            values = payload["sheets"][pos]["values"]
            for r in range(a["start_row"], min(a["start_row"] + a["row_count"], len(values))):
                for c in range(a["start_column"], min(a["start_column"] + a["column_count"], len(values[r]))):
                    values[r][c] = None
            continue
        if func == "setNumberFormat":
            for i in range(a["row_count"]):
                for j in range(a["column_count"]):
                    cell = f"{get_column_letter(a['start_column'] + j + 1)}{a['start_row'] + i + 1}"
                    formats = text.setdefault(names[pos], set())
                    (formats.add if a["args"][0] == "@" else formats.discard)(cell)
            continue
        if func == "setValues":
            a = copy.deepcopy(a)
            for i, row in enumerate(a["values"]):
                for j, value in enumerate(row):
                    cell = f"{get_column_letter(a['start_column'] + j + 1)}{a['start_row'] + i + 1}"
                    if (
                        isinstance(value, str)
                        and value.isdigit()
                        and len(value) > 15
                        and cell not in text.get(names[pos], set())
                    ):
                        row[j] = float(f"{float(value):.15g}")
        addin_remote.apply_actions(payload, [a], {})
        rest.append(a)


def matriks_of(payload: dict[str, Any], config: Config) -> tuple[MatriksPeranHasil | None, Any]:
    book = addin_remote.open_book(for_engine(payload))
    report, document = check_grid(book_grid(book), "buku", config)
    return (document.matriks if document else None), document


def alerts(actions: list[dict[str, Any]]) -> list[str]:
    return [str(a["args"][0]) for a in actions if a["func"] == "alert"]


def sheet_values(payload: dict[str, Any], name: str) -> list[list[Any]]:
    sheet = next((s for s in payload["sheets"] if s["name"].casefold() == name.casefold()), None)
    if sheet is None:
        return []
    rows = [[None if v in ("", None) else v for v in row] for row in sheet["values"]]
    while rows and not any(v is not None for v in rows[-1]):
        rows.pop()
    width = max((max((j + 1 for j, v in enumerate(r) if v is not None), default=0) for r in rows), default=0)
    return [r[:width] + [None] * (width - len(r[:width])) for r in rows]


@contextlib.contextmanager
def cwd(folder: Path) -> Iterator[None]:
    before = Path.cwd()
    os.chdir(folder)
    try:
        yield
    finally:
        os.chdir(before)


class Paths:
    def __init__(self, server: RunningServer, config: Config, kiriman: Path) -> None:
        self.server, self.config, self.kiriman = server, config, kiriman

    def payload(self, way: str, path: Path, name: str | None) -> dict[str, Any]:
        return addin_remote.book_json(path, name) if way == "addin" else vba_payload(path, name)

    def press(self, way: str, button: str, payload: dict[str, Any], folder: Path | None = None) -> list[dict]:
        if way == "addin":
            book = addin_remote.open_book(payload)
            if button == "matriks":
                buat_matriks_peran_hasil(book, config=self.config)
            elif button == "bagi":
                bagi_target(book, config=self.config)
            else:
                buat_skp_bawahan(book, folder=folder, config=self.config)
            return book.json()["actions"]  # type: ignore[no-any-return]
        status, answer = self.server.post(ENDPOINT[button], vba_body(payload), TOKEN)
        if status != 200:
            raise RuntimeError(f"server menjawab {status}: {str(answer)[:200]}")
        return answer["actions"]  # type: ignore[no-any-return]


def _message_checks(way: str, actions: list[dict], entry: dict[str, Any]) -> list[str]:
    wrong = []
    said = alerts(actions)
    if not said:
        return [f"{way}: tidak ada pesan"]
    message = "\n".join(said)
    if english := _ENGLISH.findall(message):
        wrong.append(f"{way}: pesan memuat kata bukan Indonesia {sorted(set(english))}: {message[:160]!r}")
    missing = [w for w in entry["sebut"] if w.casefold() not in message.casefold()]
    if missing:
        wrong.append(f"{way}: pesan tidak menyebut {missing}: {message[:240]!r}")
    return wrong


# ---------------------------------------------------------------- Buat Matriks


def _matriks_wrong(way: str, matriks: MatriksPeranHasil | None, entry: dict[str, Any]) -> list[str]:
    if matriks is None:
        return [f"{way}: Matriks tidak terbaca sesudah tombol"]
    wrong = []
    columns = [_norm(k.rk) for k in matriks.kolom]
    if [c for c in columns if c] != [_norm(rk) for rk in entry["rk_utama"]]:
        wrong.append(f"{way}: kolom RK Matriks {columns} ≠ RK Kinerja Utama atasan")
    odd = [k.target.raw for k in matriks.kolom if k.target is not None and not k.target.is_measurable]
    if odd:
        wrong.append(f"{way}: TARGET ATASAN berisi teks yang bukan target: {odd}")
    members = [(a.nama, _digits(a.nip), a.jabatan) for a in matriks.anggota]
    want = [(a["nama"], a["nip"], a["jabatan"]) for a in entry["anggota"]]
    if members != want:
        wrong.append(f"{way}: anggota {members} ≠ {want}")
    by_nip = {_digits(a.nip): a for a in matriks.anggota}
    for member in entry["anggota"]:
        found = by_nip.get(member["nip"])
        if found is None:
            continue
        for item in member["hasil"]:
            col = columns.index(_norm(item["rk_atasan"])) if _norm(item["rk_atasan"]) in columns else None
            got = found.hasil[col] if col is not None and col < len(found.hasil) else None
            if _norm(got) != _norm(item["hasil"]):
                wrong.append(
                    f"{way}: hasil {member['nama']} untuk '{item['rk_atasan'][:40]}' menjadi {got!r}"
                )
    return wrong


def measure_matriks(entry: dict[str, Any], path: Path, paths: Paths) -> tuple[list[str], dict[str, Any]]:
    wrong: list[str] = []
    seen: dict[str, Any] = {}
    for way in WAYS:
        payload = paths.payload(way, path, entry["nama_buku"])
        names = [s["name"] for s in payload["sheets"]]
        skp_before = sheet_values(payload, "SKP")
        text = text_cells(path)
        try:
            actions = paths.press(way, "matriks", payload)
        except Exception as exc:  # noqa: BLE001  (a failed press is what this set looks for)
            wrong.append(f"{way}: tombol gagal: {type(exc).__name__}: {str(exc)[:200]}")
            continue
        apply(payload, actions, text)
        wrong += _message_checks(way, actions, entry)
        now = [s["name"] for s in payload["sheets"]]
        if entry["sheet_baru"] and len(now) == len(names) + 1 and entry["sheet_matriks"] in now:
            now.remove(entry["sheet_matriks"])  # the Matriks on the SKP sheet gets a sheet of its own
        if now != names:
            wrong.append(f"{way}: sheet berubah: {[s['name'] for s in payload['sheets']]} (semula {names})")
        if sheet_values(payload, "SKP") != skp_before:
            wrong.append(f"{way}: sheet SKP berubah")
        values = sheet_values(payload, entry["sheet_matriks"])
        shown = {_norm(v) for row in values for v in row if v is not None}
        lost = [t for t in entry["jaga"] if _norm(t) not in shown]
        if lost:
            wrong.append(f"{way}: isi milik instansi hilang dari sheet Matriks: {lost}")
        matriks, _ = matriks_of(payload, paths.config)
        wrong += _matriks_wrong(way, matriks, entry)
        again = copy.deepcopy(payload)
        try:
            apply(again, paths.press(way, "matriks", again), text)
        except Exception as exc:  # noqa: BLE001
            wrong.append(f"{way}: tekanan kedua gagal: {type(exc).__name__}")
        else:
            if sheet_values(again, entry["sheet_matriks"]) != values:
                wrong.append(f"{way}: tekanan kedua mengubah Matriks lagi")
        seen[way] = values
    if len(seen) == 2 and seen["addin"] != seen["server"]:
        wrong.append("addin dan server menulis Matriks berbeda")
    return wrong, seen


# ---------------------------------------------------------------- Bagi Target


def _written(payload: dict[str, Any], actions: list[dict], sheet: str) -> dict[str, Any]:
    names = [s["name"] for s in payload["sheets"]]
    out = {}
    for a in actions:
        if a["func"] != "setValues" or names[a["sheet_position"]].casefold() != sheet.casefold():
            continue
        for i, row in enumerate(a["values"]):
            for j, value in enumerate(row):
                out[f"{get_column_letter(a['start_column'] + j + 1)}{a['start_row'] + i + 1}"] = value
    return out


def measure_bagi(entry: dict[str, Any], path: Path, paths: Paths) -> tuple[list[str], dict[str, Any]]:
    wrong: list[str] = []
    seen: dict[str, Any] = {}
    bagi = entry["bagi"]
    whole = parse_target(bagi["target"])
    for way in WAYS:
        payload = paths.payload(way, path, entry["nama_buku"])
        before, _ = matriks_of(payload, paths.config)
        assert before is not None
        col = next(i for i, k in enumerate(before.kolom) if _norm(k.rk) == _norm(bagi["rk"]))
        cells = [a.cells.get(f"hasil_{col}") for a in before.anggota]
        skp_before = sheet_values(payload, "SKP")
        try:
            actions = paths.press(way, "bagi", payload)
        except Exception as exc:  # noqa: BLE001
            wrong.append(f"{way}: tombol gagal: {type(exc).__name__}: {str(exc)[:200]}")
            continue
        written = _written(payload, actions, entry["sheet_matriks"])
        seen[way] = written
        wrong += _message_checks(way, actions, entry)
        apply(payload, actions, text_cells(path))
        if sheet_values(payload, "SKP") != skp_before:
            wrong.append(f"{way}: sheet SKP berubah")
        outside = sorted(set(written) - set(cells))
        if outside:
            wrong.append(
                f"{way}: menulis di luar sel anggota kolom RK itu: {outside} {[written[c] for c in outside]}"
            )
        shares = bagi["bagian"]
        if shares is None:
            if written:
                wrong.append(f"{way}: target yang tidak dapat dibagi tetap dibagi: {written}")
            continue
        if shares == "jumlah":
            parts = [parse_target(str(written.get(c) or "")) for c in cells]
            if not all(p.is_measurable for p in parts):
                wrong.append(f"{way}: bagian tidak ditulis di setiap sel anggota: {written}")
                continue
            total = sum(Decimal(str(p.min)) for p in parts)
            if total != Decimal(str(whole.min)) or {p.satuan for p in parts} != {whole.satuan}:
                wrong.append(
                    f"{way}: bagian {[written.get(c) for c in cells]} tidak berjumlah {bagi['target']}"
                )
            continue
        got = [written.get(c) for c in cells]
        for cell, want, value in zip(cells, shares, got, strict=True):
            if want is None:
                if value is not None:
                    wrong.append(f"{way}: {cell} ditulis {value!r}, seharusnya dibiarkan")
                continue
            a, b = parse_target(str(value or "")), parse_target(want)
            if value is None or (a.min, a.satuan) != (b.min, b.satuan):
                wrong.append(f"{way}: {cell} berisi {value!r}, seharusnya {want!r}")
    if len(seen) == 2 and seen["addin"] != seen["server"]:
        wrong.append(f"addin dan server menulis sel berbeda: {seen['addin']} / {seen['server']}")
    return wrong, seen


# ---------------------------------------------------------------- Buat SKP Bawahan


def _files(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def _draft_wrong(way: str, path: Path, entry: dict[str, Any], config: Config) -> tuple[list[str], Any]:
    report, document = check_path(path, config)
    if document is None:
        return [f"{way}: draf {path.name} tidak terbaca"], None
    member = next((m for m in entry["anggota"] if m["nip"] == _digits(report.nip)), None)
    if member is None:
        member = next(
            (
                m
                for i, m in enumerate(entry["anggota"])
                if i in entry["nip_rusak"] and m["nama"] == report.nama
            ),
            None,
        )
    if member is None:
        return [
            f"{way}: draf {path.name} untuk orang yang tidak ada di tim ({report.nama}, {report.nip})"
        ], None
    wrong = []
    atasan = entry["atasan"]
    got = (
        document.pegawai.nama,
        document.pegawai.jabatan,
        document.penilai.nama,
        _digits(report.nip_penilai),
        document.penilai.jabatan,
    )
    want = (member["nama"], member["jabatan"], atasan["nama"], atasan["nip"], atasan["jabatan"])
    if got != want:
        wrong.append(f"{way}: identitas draf {path.name}: {got} ≠ {want}")
    if (document.periode.start, document.periode.end) != (dt.date(2025, 1, 1), dt.date(2025, 12, 31)):
        wrong.append(f"{way}: periode draf {path.name}: {document.periode.raw!r}")
    rks = [(_norm(rk.text), _norm(rk.rk_atasan)) for rk in document.rk("utama")]
    want_rk = [(_norm(h["hasil"]), _norm(h["rk_atasan"])) for h in member["hasil"]]
    if rks != want_rk:
        wrong.append(f"{way}: RK draf {path.name}: {rks} ≠ {want_rk}")
    if set(path.name) & _UNSAFE or not path.name.startswith("SKP ") or path.suffix != ".xlsx":
        wrong.append(f"{way}: nama berkas draf {path.name!r}")
    summary = (
        document.pegawai.nama,
        report.nip,
        document.pegawai.jabatan,
        document.penilai.nama,
        report.nip_penilai,
        rks,
    )
    return wrong, summary


def measure_bawahan(entry: dict[str, Any], path: Path, paths: Paths, work: Path) -> tuple[list[str], dict]:
    wrong: list[str] = []
    seen: dict[str, Any] = {}
    for way in WAYS:
        payload = paths.payload(way, path, entry["nama_buku"])
        root = work / f"{way}-{len(list(work.iterdir()))}"  # no probe name: messages show this path
        root.mkdir()
        cwd_folder = root / "cwd"
        cwd_folder.mkdir()
        if way == "addin":
            folder = root / "folder"
            watched = root
        else:
            folder = paths.kiriman / ".draf" / entry["atasan"]["nip"]
            watched = paths.kiriman
        folder.mkdir(parents=True, exist_ok=True)
        old: dict[str, bytes] = {}
        if entry["lama"]:
            for m in entry["anggota"]:
                name = f"SKP {m['nama']} {m['nip_tulis']}.xlsx"
                (folder / name).write_bytes(f"draf milik {m['nama']}".encode())
                old[name] = (folder / name).read_bytes()
        before = _files(watched)
        try:
            with cwd(cwd_folder):
                actions = paths.press(way, "bawahan", payload, None if entry["tanpa_folder"] else folder)
        except Exception as exc:  # noqa: BLE001
            wrong.append(f"{way}: tombol gagal: {type(exc).__name__}: {str(exc)[:200]}")
            continue
        after = _files(watched)
        if _files(cwd_folder):
            wrong.append(f"{way}: berkas ditulis ke folder kerja proses: {sorted(_files(cwd_folder))}")
        wrong += _message_checks(way, actions, entry)
        changed = [n for n in before if n in after and after[n] != before[n]]
        if changed:
            wrong.append(f"{way}: berkas lama ditimpa: {changed}")
        new = sorted(set(after) - set(before))
        prefix = folder.relative_to(watched).as_posix() + "/"
        outside = [n for n in new if not n.startswith(prefix)]
        if outside:
            wrong.append(f"{way}: berkas ditulis di luar folder draf: {outside}")
        drafts = [watched / n for n in new if n.startswith(prefix)]
        if entry["tanpa_folder"] and way == "addin":
            if drafts or outside:
                wrong.append(f"{way}: buku kerja yang belum disimpan tetap ditulis drafnya: {new}")
            if "simpan" not in "\n".join(alerts(actions)).casefold():
                wrong.append(f"{way}: pesan tidak meminta buku kerja disimpan dulu")
            continue
        if len(drafts) != len(entry["anggota"]):
            wrong.append(f"{way}: {len(drafts)} draf untuk {len(entry['anggota'])} anggota: {new}")
        summaries = {}
        for draft in drafts:
            found, summary = _draft_wrong(way, draft, entry, paths.config)
            wrong += found
            summaries[draft.name] = summary
        for name, content in old.items():
            if (folder / name).read_bytes() != content:
                wrong.append(f"{way}: draf lama {name} ditimpa")
        seen[way] = summaries
        for draft in drafts:  # the next probe starts from an empty drafts folder
            draft.unlink()
        for name in old:
            (folder / name).unlink()
    if len(seen) == 2 and seen["addin"] != seen["server"]:
        wrong.append(
            f"addin dan server menulis draf berbeda: {sorted(seen['addin'])} / {sorted(seen['server'])}"
        )
    return wrong, seen


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--harapan", type=Path, default=HERE / "harapan.json")
    parser.add_argument("--kiriman", type=Path, default=HERE / "kiriman")
    parser.add_argument("--json", action="store_true", help="hasil per probe sebagai JSON")
    args = parser.parse_args()
    manifest = json.loads(args.harapan.read_text(encoding="utf-8"))
    config = Config()
    outcome: dict[str, list[str]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        kiriman, work = Path(tmp) / "kiriman", Path(tmp) / "kerja"
        kiriman.mkdir()
        work.mkdir()
        with RunningServer(Settings(kiriman, TOKEN, config)) as server:
            paths = Paths(server, config, kiriman)
            for entry in manifest["probes"]:
                path = args.kiriman / entry["file"]
                measure = {"matriks": measure_matriks, "bagi": measure_bagi}.get(entry["tombol"])
                if measure is not None:
                    wrong, _ = measure(entry, path, paths)
                else:
                    wrong, _ = measure_bawahan(entry, path, paths, work)
                outcome[entry["file"]] = wrong
                print(f"{'OK   ' if not wrong else 'WRONG'} {entry['file']}")
                for reason in wrong:
                    print(f"      - {reason}")
    bad = [f for f, w in outcome.items() if w]
    by_button = {}
    for entry in manifest["probes"]:
        ok, total = by_button.get(entry["tombol"], (0, 0))
        by_button[entry["tombol"]] = (ok + (not outcome[entry["file"]]), total + 1)
    label = {"matriks": "Buat Matriks", "bagi": "Bagi Target", "bawahan": "Buat SKP Bawahan"}
    parts = ", ".join(f"{label[b]} {ok}/{total}" for b, (ok, total) in by_button.items())
    print(
        f"\nRingkasan: {len(outcome) - len(bad)}/{len(outcome)} probe OK ({parts}); "
        f"{sum(len(w) for w in outcome.values())} alasan WRONG"
    )
    if args.json:
        print(json.dumps(outcome, indent=1, ensure_ascii=False))


if __name__ == "__main__":
    main()
