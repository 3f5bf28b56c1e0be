"""Ukur set merah_av: setiap probe ditekan lewat dua jalan, dibandingkan dengan ``skp periksa`` atas berkas.

Jalan ``addin``: buku kerja mesin remote xlwings dari muatan JSON klien Office.js (``tests/addin_remote.py``),
tombol dipanggil langsung. Jalan ``server``: muatan klien VBA (``tests/server_vba.py``) dikirim lewat HTTP
sungguhan ke ``skp server`` (uvicorn di 127.0.0.1). Tindakan jawaban diterapkan seperti klien Excel
menerapkannya, lalu yang dilihat pegawai diperiksa: temuan di sheet Hasil Periksa (kode, sheet, sel), sel
yang diwarnai, sel milik pegawai yang tidak boleh berubah, tekanan kedua, Bersihkan Tanda; untuk Hitung Nilai
sel yang ditulis, lalu ``skp periksa`` atas berkas yang disimpan dengan isian itu.

Pemakaian: ``python benchmarks/merah_av/ukur.py [--harapan FILE] [--kiriman DIR] [--json]``.
"""

from __future__ import annotations

import argparse
import copy
import json
import re
import sys
import tempfile
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(ROOT / "tests"))

import addin_remote  # noqa: E402  (first: the licence key before xlwings loads)
import openpyxl  # noqa: E402
from openpyxl.utils import get_column_letter  # noqa: E402
from server_vba import RunningServer, vba_body, vba_payload  # noqa: E402

from addin import bersihkan_tanda, hitung_nilai, periksa_skp  # noqa: E402
from addin.grid import ADDIN_SHEETS  # noqa: E402

try:  # the code before this set's fixes (measured again with it) named its result sheet "Hasil Periksa" only
    from addin.grid import hasil_names
except ImportError:  # pragma: no cover

    def hasil_names() -> list[str]:
        return ["Hasil Periksa"]


from addin.tanda import FILLS  # noqa: E402
from server.app import Settings  # noqa: E402
from skp.config import Config  # noqa: E402
from skp.findings import Severity  # noqa: E402
from skp.periksa import check_path  # noqa: E402

TOKEN = "token-merah-av"
SERIOUS = {"error", "peringatan"}
_LINK = re.compile(r"""^=HYPERLINK\("#'((?:[^']|'')+)'!([A-Z]+[0-9]+)",""")
_RANK = {Severity.ERROR.value: 0, Severity.PERINGATAN.value: 1, Severity.INFO.value: 2}
_COLOUR = {s.value: c for s, c in FILLS.items()}

Shown = set[tuple[str, str, str | None, str | None]]  # (code, severity, sheet, cell)


def _sheet(payload: dict[str, Any], name: str) -> dict[str, Any] | None:
    return next((s for s in payload["sheets"] if s["name"].casefold() == name.casefold()), None)


def _value(payload: dict[str, Any], sheet: str, address: str) -> Any:
    from openpyxl.utils.cell import column_index_from_string, coordinate_from_string

    column, row = coordinate_from_string(address)
    values = (_sheet(payload, sheet) or {"values": [[]]})["values"]
    c = column_index_from_string(column) - 1
    if row - 1 < len(values) and c < len(values[row - 1]):
        return values[row - 1][c]
    return None


HASIL_TITLE = "HASIL PERIKSA SKP"  # what the button writes in A1 of its result sheet
_HASIL_NAMES = {n.casefold() for n in hasil_names()}


def ours(sheet: dict[str, Any]) -> bool:
    """A sheet the add-in wrote: its record of marks, xlwings' config, or a result sheet it titled."""
    if sheet["name"].casefold() in ADDIN_SHEETS:
        return True
    values = sheet["values"]
    named = sheet["name"].casefold() in _HASIL_NAMES
    return named and bool(values and values[0]) and values[0][0] == HASIL_TITLE


def hasil_shown(payload: dict[str, Any]) -> tuple[Shown, str]:
    """The findings listed on the Hasil Periksa sheet as the user sees it, and its conclusion line."""
    sheet = next((s for s in payload["sheets"] if ours(s) and s["name"].casefold() in _HASIL_NAMES), None)
    if sheet is None:
        return set(), "(tidak ada sheet Hasil Periksa)"
    rows = sheet["values"]
    conclusion = next((str(r[1]) for r in rows if r and r[0] == "Kesimpulan"), "")
    start = next((i for i, r in enumerate(rows) if r[:2] == ["NO", "KODE"]), None)
    if start is None:
        return set(), conclusion
    found: Shown = set()
    for row in rows[start + 1 :]:
        if not row or not row[1]:
            continue
        link = row[4] if len(row) > 4 else None
        if link and (match := _LINK.match(str(link))):
            # the link is a formula: its text is a string literal whose quotes are doubled
            found.add((row[1], row[2], match[1].replace("''", "'").replace('""', '"'), match[2]))
        else:
            found.add((row[1], row[2], str(link).removeprefix("'") if link else None, None))
    return found, conclusion


def _hasil_values(payload: dict[str, Any]) -> list[list[Any]] | None:
    sheet = next((s for s in payload["sheets"] if ours(s) and s["name"].casefold() in _HASIL_NAMES), None)
    return None if sheet is None else sheet["values"]  # type: ignore[no-any-return]


def serious(found: Shown) -> set[tuple[str, str | None, str | None]]:
    return {(c, s, a) for c, sev, s, a in found if sev in SERIOUS}


def marks_expected(found: Shown) -> dict[tuple[str, str], str]:
    worst: dict[tuple[str, str], str] = {}
    for _, sev, sheet, cell in found:
        if sheet and cell and ((sheet, cell) not in worst or _RANK[sev] < _RANK[worst[(sheet, cell)]]):
            worst[(sheet, cell)] = sev
    return {k: _COLOUR[v] for k, v in worst.items()}


Fills = dict[tuple[str, str], str | None]


def user_fills(fills: Fills, payload: dict[str, Any]) -> Fills:
    mine = {s["name"] for s in payload["sheets"] if ours(s)}
    return {k: v for k, v in fills.items() if k[0] not in mine}


def values_outside_addin(payload: dict[str, Any]) -> dict[str, Any]:
    return {s["name"]: s["values"] for s in payload["sheets"] if not ours(s)}


class Paths:
    """Press a button on a workbook file through the add-in (remote engine) and through skp server."""

    def __init__(self, server: RunningServer, config: Config, book_name: str | None = None) -> None:
        self.server, self.config, self.book_name = server, config, book_name

    def payload(self, way: str, path: Path) -> dict[str, Any]:
        """The client's payload; ``book_name``: the name Excel shows for the book (the file's otherwise)."""
        if way == "addin":
            return addin_remote.book_json(path, self.book_name)
        return vba_payload(path, self.book_name)

    def press(self, way: str, button: str, payload: dict[str, Any]) -> list[dict[str, Any]]:
        if way == "addin":
            book = addin_remote.open_book(payload)
            {
                "periksa": lambda: periksa_skp(book, self.config),
                "nilai": lambda: hitung_nilai(book, self.config),
                "bersihkan": lambda: bersihkan_tanda(book),
            }[button]()
            return book.json()["actions"]  # type: ignore[no-any-return]
        endpoint = {"periksa": "/periksa", "nilai": "/nilai", "bersihkan": "/bersihkan"}[button]
        status, answer = self.server.post(endpoint, vba_body(payload), TOKEN)
        if status != 200:
            raise RuntimeError(f"server menjawab {status}: {str(answer)[:200]}")
        return answer["actions"]  # type: ignore[no-any-return]


def _written(payload: dict[str, Any], actions: list[dict[str, Any]]) -> dict[tuple[str, str], Any]:
    """(sheet, cell) → value of every setValues on a sheet that is not the add-in's own."""
    names = [s["name"] for s in payload["sheets"]]
    out: dict[tuple[str, str], Any] = {}
    for a in actions:
        if a["func"] == "addSheet":
            names.insert(a["args"][0], a["args"][1])
        elif a["func"] == "sheetDelete":
            del names[a["sheet_position"]]
        elif a["func"] == "setValues":
            name = names[a["sheet_position"]]
            if name.casefold() in ADDIN_SHEETS or name.casefold() in _HASIL_NAMES:
                continue
            for i, row in enumerate(a["values"]):
                for j, value in enumerate(row):
                    out[(name, f"{get_column_letter(a['start_column'] + j + 1)}{a['start_row'] + i + 1}")] = (
                        value
                    )
    return out


def measure_periksa(entry: dict[str, Any], path: Path, paths: Paths, cli: Shown) -> list[str]:
    wrong: list[str] = []
    expected = {(t["code"], t["sheet"], t["cell"]) for t in entry["temuan"]}
    cli_serious = serious(cli)
    if not expected <= cli_serious:
        wrong.append(f"cli: temuan harapan tidak ada: {sorted(expected - cli_serious)}")
    if entry.get("bersih", True) and cli_serious - expected:
        wrong.append(f"cli: temuan lain: {sorted(cli_serious - expected)}")
    for way in ("addin", "server"):
        payload = paths.payload(way, path)
        before = copy.deepcopy(values_outside_addin(payload))
        try:
            actions = paths.press(way, "periksa", payload)
        except Exception as exc:  # noqa: BLE001  (a refused or failed press is what this set looks for)
            wrong.append(f"{way}: tombol gagal: {type(exc).__name__}: {str(exc)[:200]}")
            continue
        fills: dict[tuple[str, str], str | None] = {}
        for sheet, cells in entry.get("warna_asal", {}).items():
            for cell, colour in cells.items():
                fills[(sheet, cell)] = colour
        original_fills = dict(fills)
        addin_remote.apply_actions(payload, actions, fills)
        shown, conclusion = hasil_shown(payload)
        if serious(shown) != cli_serious:
            wrong.append(
                f"{way}: berbeda dari skp periksa: lebih {sorted(serious(shown) - cli_serious)}, "
                f"kurang {sorted(cli_serious - serious(shown))}"
            )
        after = values_outside_addin(payload)
        for sheet, cells in entry.get("jaga", {}).items():
            for cell in cells:
                if _value(payload, sheet, cell) != _value(
                    {"sheets": [{"name": sheet, "values": before.get(sheet, [[]])}]}, sheet, cell
                ):
                    wrong.append(f"{way}: isi {sheet}!{cell} milik instansi berubah atau hilang")
        changed = [s for s in before if s in after and after[s] != before[s]]
        if changed:
            wrong.append(f"{way}: nilai sel di sheet {changed} diubah tombol Periksa")
        if set(before) - set(after):
            wrong.append(f"{way}: sheet {sorted(set(before) - set(after))} hilang")
        marks = {k: v for k, v in user_fills(fills, payload).items() if original_fills.get(k) != v}
        want = marks_expected(shown)
        if marks != want:
            wrong.append(f"{way}: tanda sel {sorted(marks.items())} ≠ temuan {sorted(want.items())}")
        berkas = next((r[1] for r in (_hasil_values(payload) or []) if r and r[0] == "Berkas"), None)
        if paths.book_name and berkas not in (paths.book_name, f"'{paths.book_name}"):
            wrong.append(f"{way}: baris Berkas {berkas!r}")
        if isinstance(berkas, str) and berkas.startswith(("=", "+", "-", "@")):
            wrong.append(f"{way}: nama berkas ditulis sebagai rumus: {berkas!r}")
        if not conclusion or not conclusion.startswith("SKP "):
            wrong.append(f"{way}: kesimpulan tidak terbaca: {conclusion[:80]!r}")
        # second press: the same findings, marks replaced rather than stacked
        state = (copy.deepcopy(payload), dict(fills))
        try:
            addin_remote.apply_actions(payload, paths.press(way, "periksa", payload), fills)
        except Exception as exc:  # noqa: BLE001
            wrong.append(f"{way}: tekanan kedua gagal: {type(exc).__name__}")
            continue
        if hasil_shown(payload)[0] != shown or user_fills(fills, payload) != user_fills(state[1], state[0]):
            wrong.append(f"{way}: tekanan kedua memberi hasil atau tanda lain")
        # Bersihkan Tanda: every cell back to the fill it had before the first press
        try:
            addin_remote.apply_actions(payload, paths.press(way, "bersihkan", payload), fills)
        except Exception as exc:  # noqa: BLE001
            wrong.append(f"{way}: Bersihkan Tanda gagal: {type(exc).__name__}")
            continue
        left = {k: v for k, v in user_fills(fills, payload).items() if v not in (None, "#FFFFFF")}
        if left != {k: v for k, v in original_fills.items() if v}:
            wrong.append(
                f"{way}: sesudah Bersihkan Tanda warna sel {sorted(left.items())}, "
                f"semula {sorted(original_fills.items())}"
            )
    return wrong


def measure_nilai(entry: dict[str, Any], path: Path, paths: Paths, config: Config) -> list[str]:
    wrong: list[str] = []
    sheet = entry["sheet_nilai"]
    allowed = {(sheet, c) for c in entry["boleh_ditulis"]}
    kept = {(s, c) for s, cells in entry.get("jaga", {}).items() for c in cells}
    results: dict[str, dict[tuple[str, str], Any]] = {}
    for way in ("addin", "server"):
        payload = paths.payload(way, path)
        try:
            actions = paths.press(way, "nilai", payload)
        except Exception as exc:  # noqa: BLE001
            wrong.append(f"{way}: tombol gagal: {type(exc).__name__}: {str(exc)[:200]}")
            continue
        written = _written(payload, actions)
        results[way] = written
        if not [a for a in actions if a["func"] == "alert"]:
            wrong.append(f"{way}: tidak ada pesan")
        outside = sorted(k for k in written if k not in allowed)
        if outside:
            wrong.append(f"{way}: menulis di luar sel hasil: {outside[:6]}")
        if kept & set(written):
            wrong.append(f"{way}: menimpa isian pegawai {sorted(kept & set(written))}")
        formula = [k for k, v in written.items() if isinstance(v, str) and v.startswith(("=", "+", "-", "@"))]
        if formula:
            wrong.append(f"{way}: menulis teks berbentuk rumus di {formula}")
        if entry.get("tulis_kosong") and written:
            wrong.append(f"{way}: menulis {len(written)} sel pada Penilaian yang sudah benar")
        missing = [c for c in entry.get("harus_ditulis", []) if (sheet, c) not in written]
        if missing:
            wrong.append(f"{way}: sel hasil tidak diisi: {missing[:6]}")
        # a second press on the filled sheet writes nothing new
        addin_remote.apply_actions(payload, actions, {})
        try:
            again = _written(payload, paths.press(way, "nilai", payload))
        except Exception as exc:  # noqa: BLE001
            wrong.append(f"{way}: tekanan kedua gagal: {type(exc).__name__}")
            again = {}
        if again:
            wrong.append(f"{way}: tekanan kedua menulis lagi {sorted(again)[:6]}")
        # the workbook saved with these values: skp periksa must agree with what the button wrote
        book = openpyxl.load_workbook(path)
        for (name, cell), value in written.items():
            book[name][cell].value = value
        with tempfile.TemporaryDirectory() as folder:
            saved = Path(folder) / path.name
            book.save(saved)
            report, _ = check_path(saved, config)
        disagree = [
            (f.code, f.sheet, f.cell)
            for f in report.findings
            if f.code in ("capaian-tidak-sesuai", "predikat-tidak-sesuai") and (f.sheet, f.cell) not in kept
        ]
        if disagree:
            wrong.append(f"{way}: skp periksa atas berkas yang diisi tombol: {disagree[:4]}")
    if len(results) == 2 and results["addin"].keys() != results["server"].keys():
        wrong.append(
            f"addin dan server menulis sel berbeda: "
            f"{sorted(results['addin'].keys() ^ results['server'].keys())[:6]}"
        )
    return wrong


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--harapan", type=Path, default=HERE / "harapan.json")
    parser.add_argument("--kiriman", type=Path, default=HERE / "kiriman")
    parser.add_argument("--json", action="store_true", help="hasil per probe sebagai JSON")
    args = parser.parse_args()
    manifest = json.loads(args.harapan.read_text(encoding="utf-8"))
    config = Config()
    outcome: dict[str, list[str]] = {}
    with (
        tempfile.TemporaryDirectory() as kiriman,
        RunningServer(Settings(Path(kiriman), TOKEN, config)) as server,
    ):
        for entry in manifest["files"]:
            paths = Paths(server, config, entry.get("nama_buku"))
            path = args.kiriman / entry["file"]
            if entry["tombol"] == "periksa":
                report, _ = check_path(path, config)
                cli: Shown = {(f.code, f.severity.value, f.sheet, f.cell) for f in report.findings}
                wrong = measure_periksa(entry, path, paths, cli)
            else:
                wrong = measure_nilai(entry, path, paths, config)
            outcome[entry["file"]] = wrong
            print(f"{'OK   ' if not wrong else 'WRONG'} {entry['file']}")
            for reason in wrong:
                print(f"      - {reason}")
    bad = [f for f, w in outcome.items() if w]
    periksa = [e["file"] for e in manifest["files"] if e["tombol"] == "periksa"]
    print(
        f"\nRingkasan: {len(outcome) - len(bad)}/{len(outcome)} probe OK "
        f"(Periksa SKP {sum(1 for f in periksa if not outcome[f])}/{len(periksa)}, "
        f"Hitung Nilai {sum(1 for f in outcome if f not in periksa and not outcome[f])}/"
        f"{len(outcome) - len(periksa)}); {sum(len(w) for w in outcome.values())} alasan WRONG"
    )
    if args.json:
        print(json.dumps(outcome, indent=1, ensure_ascii=False))


if __name__ == "__main__":
    main()
