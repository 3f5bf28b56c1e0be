"""What the evaluation sets ``benchmarks/nyata*`` (issue 12) are held to, shared by their tests: the
committed workbooks and manifest are what the set's generator builds, and each set covers every form with
clean and defective workbooks in about equal numbers."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from collections import Counter
from pathlib import Path
from types import ModuleType

import openpyxl
from openpyxl.worksheet.worksheet import Worksheet

BENCHMARKS = Path(__file__).resolve().parents[1] / "benchmarks"
FORMS = ("ja-dasar", "ja-pengembangan", "jf-dasar", "jf-pengembangan", "jpt-dasar", "jpt-pengembangan")


def _cells(path: Path) -> dict[str, list[tuple]]:
    wb = openpyxl.load_workbook(path)
    return {ws.title: [tuple(c.value for c in row) for row in ws.iter_rows()] for ws in wb}


def assert_built_by_generator(folder: Path, tmp_path: Path, pattern: str = "*.xlsx") -> None:
    """The set in ``folder`` (``buat.py``, ``kiriman/``, ``harapan.json``) is exactly its generator's output
    for its seed, cell by cell, for the workbooks named by ``pattern`` (``*.xls[xm]``: the .xlsm too), in
    ``kiriman/`` and its subfolders (a set measured as one folder)."""
    subprocess.run([sys.executable, str(folder / "buat.py"), "--keluaran", str(tmp_path),
                    "--harapan", str(tmp_path / "h.json")], check=True, capture_output=True)
    assert json.loads((tmp_path / "h.json").read_text()) == json.loads((folder / "harapan.json").read_text())
    kiriman = folder / "kiriman"
    committed = sorted(p.relative_to(kiriman).as_posix() for p in kiriman.rglob(pattern))
    assert committed == sorted(p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob(pattern))
    for name in committed:
        assert _cells(folder / "kiriman" / name) == _cells(tmp_path / name), name


def assert_covers_every_form(folder: Path) -> list[dict]:
    """Every form has clean and defective workbooks, each defective one one or two defects, about half
    clean; returns the manifest's files for a set's own further checks."""
    files = json.loads((folder / "harapan.json").read_text())["files"]
    assert len(files) >= 40
    assert sorted(p.name for p in (folder / "kiriman").glob("*.xls*")) == sorted(f["file"] for f in files)
    for form in FORMS:
        of_form = [f for f in files if f["form"] == form]
        assert any(f["clean"] for f in of_form) and any(not f["clean"] for f in of_form), form
    for f in files:
        assert f["clean"] == (not f["defects"])
        assert f["clean"] or 1 <= len(f["defects"]) <= 2
    assert 0.4 <= sum(f["clean"] for f in files) / len(files) <= 0.6
    return files


def assert_manifest_declared(files: list[dict], buat: ModuleType) -> set[str]:
    """Each file's variations and defects are those its generator declares (``VARIATIONS``, ``DEFECTS`` with
    their severity, ``WITHOUT_CELL``), each variation on at least five files; returns the defects' codes."""
    for f in files:
        assert set(f["variasi"]) <= set(buat.VARIATIONS), f["file"]
        for d in f["defects"]:
            assert d["code"] in buat.DEFECTS and d["severity"] == buat.DEFECTS[d["code"]][0], d
            assert (d["cell"] is None) == (d["code"] in buat.WITHOUT_CELL), (f["file"], d)
    used = Counter(v for f in files for v in f["variasi"])
    assert set(used) == set(buat.VARIATIONS)
    assert min(used.values()) >= 5, used
    return {d["code"] for f in files for d in f["defects"]}


def assert_manifest_sheets_exist(folder: Path, also: frozenset[str] = frozenset()) -> None:
    """Every sheet a defect, an alternative cell or a ``boleh`` entry names is a sheet of that workbook (a
    ``boleh`` may also name one of ``also``: an annex the workbook should have had)."""
    for f in assert_covers_every_form(folder):
        sheets = set(openpyxl.load_workbook(folder / "kiriman" / f["file"], read_only=True).sheetnames)
        for d in f["defects"]:
            named = ([d["sheet"]] if d["sheet"] else []) + [a["sheet"] for a in d["alt_cells"]]
            assert set(named) <= sheets, (f["file"], d)
        assert {b["sheet"] for b in f["boleh"]} <= sheets | also, f["file"]


def _penilaian_sheet(path: Path) -> Worksheet:
    """The visible sheet whose table has a REALISASI column (its name changes with the workbook)."""
    for ws in openpyxl.load_workbook(path):
        if ws.sheet_state == "visible" and any(
            isinstance(c.value, str) and c.value.upper() == "REALISASI" for row in ws.iter_rows() for c in row
        ):
            return ws
    raise AssertionError(f"no Penilaian sheet in {path.name}")


def assert_penilaian_filled(folder: Path, marker: str) -> None:
    """At least twelve workbooks (those whose name holds ``marker``) carry a Penilaian sheet with realisasi,
    capaian, kategori, nilai and the totals filled in; clean and defective ones among them."""
    files = [f for f in assert_covers_every_form(folder) if marker in f["file"]]
    assert len(files) >= 12
    assert sum(f["clean"] for f in files) >= 5 and sum(not f["clean"] for f in files) >= 5
    for f in files:
        ws = _penilaian_sheet(folder / "kiriman" / f["file"])
        texts = [str(c.value) for row in ws.iter_rows() for c in row if c.value is not None]
        assert any(t in ("Sangat Baik", "Baik", "Butuh Perbaikan", "Kurang", "Sangat Kurang") for t in texts)
        assert sum(t in ("Sangat Baik", "Baik", "Cukup", "Kurang") for t in texts) >= 4, f["file"]


def set_generator(folder: Path) -> ModuleType:
    """A set's ``buat.py`` loaded under a name of its own, with its ``bank`` (imported by plain name from its
    own folder) kept out of ``sys.modules`` and ``sys.path`` afterwards: every set has a ``bank.py``, and the
    first one imported would otherwise stand for every other set's in the same test run."""
    saved_path, saved_bank = list(sys.path), sys.modules.pop("bank", None)
    try:
        return measuring_tool(folder, "buat.py")
    finally:
        sys.path[:] = saved_path
        sys.modules.pop("bank", None)
        if saved_bank is not None:
            sys.modules["bank"] = saved_bank


def measuring_tool(folder: Path, filename: str) -> ModuleType:
    """A set's measuring script loaded under a name of its own: two sets' ``ukur_kumpulan.py`` imported by
    plain name in one test run would be one module, the second set measured with the first set's tool."""
    name = f"{folder.name}_{Path(filename).stem}"
    spec = importlib.util.spec_from_file_location(name, folder / filename)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def assert_checked_without_crying_wolf(
    folder: Path, defects: int, missed: tuple[tuple[str, str], ...] = ()
) -> None:
    """The set in ``folder`` measured by its own ``ukur.py``: every form detected, no error and no warning on
    a clean workbook, each of the ``defects`` injected found at its cell but the ``missed`` ones ((file,
    code), each a choice its test explains), no other error on a defective one."""
    ukur = measuring_tool(folder, "ukur.py")
    result = ukur.measure(folder / "kiriman", folder / "harapan.json")
    assert result["detection"]["wrong"] == []
    assert result["clean"]["false_errors"] == []
    assert result["clean"]["warnings"] == []
    assert result["recall"]["defects"] == defects
    assert [(m["file"], m["code"]) for m in result["recall"]["missed"]] == list(missed)
    assert result["recall"]["by_code_cell"] == defects - len(missed)
    assert result["extra_errors_defect_files"] == []

