"""The recap measured on the held-out set ``benchmarks/nyata_p`` (generalise, do not tune).

Two agencies of one kabupaten, 40 submissions in subfolders, the unit kerja written nine ways, two bare
``Sekretariat``, Penilaian sheets with nilai and predikat, duplicates, unreadable files and a daftar pegawai
for one agency (``benchmarks/nyata_p/buat.py``), measured by running the real ``skp rekap``
(``benchmarks/nyata_p/ukur_rekap.py``).
"""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
import zipfile
from pathlib import Path

import openpyxl
import pytest
from nyata_sets import BENCHMARKS

SET = BENCHMARKS / "nyata_p"


def _ukur():
    spec = importlib.util.spec_from_file_location("ukur_rekap_nyata_p", SET / "ukur_rekap.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _cells(path: Path) -> dict[str, list[tuple]]:
    wb = openpyxl.load_workbook(path)
    return {ws.title: [tuple(c.value for c in row) for row in ws.iter_rows()] for ws in wb}


def test_committed_set_is_what_the_generator_builds(tmp_path: Path) -> None:
    """Manifest, daftar and every workbook the generator writes itself (LibreOffice re-saves aside) are
    the committed ones."""
    subprocess.run([sys.executable, str(SET / "buat.py"), "--keluaran", str(tmp_path / "k"), "--harapan",
                    str(tmp_path / "h.json"), "--daftar", str(tmp_path / "d.csv"), "--tanpa-libreoffice"],
                   check=True, capture_output=True)
    harapan = json.loads((SET / "harapan.json").read_text(encoding="utf-8"))
    assert json.loads((tmp_path / "h.json").read_text(encoding="utf-8")) == harapan
    assert (tmp_path / "d.csv").read_bytes() == (SET / harapan["daftar"]["berkas"]).read_bytes()
    committed = sorted(p.relative_to(SET / "kiriman").as_posix() for p in (SET / "kiriman").rglob("*.xls*"))
    built = tmp_path / "k"
    assert committed == sorted(p.relative_to(built).as_posix() for p in built.rglob("*.xls*"))
    readable = {r["file"] for r in harapan["berkas"] if r["status"] != "gagal-dibaca" and r["key"]}
    for name in sorted(readable):
        if _libreoffice(SET / "kiriman" / name):  # re-saved: LibreOffice's own styles and properties
            continue
        assert _cells(SET / "kiriman" / name) == _cells(tmp_path / "k" / name), name


def _libreoffice(path: Path) -> bool:
    with zipfile.ZipFile(path) as z:
        return b"LibreOffice" in z.read("docProps/app.xml")


@pytest.fixture(scope="module")
def measured(tmp_path_factory: pytest.TempPathFactory) -> dict:
    return _ukur().measure(SET / "kiriman", SET / "harapan.json", tmp_path_factory.mktemp("rekap"))


def test_units_are_neither_split_nor_merged(measured: dict) -> None:
    assert measured["unit_pecah"] == [] and measured["unit_gabung"] == []


def test_nobody_is_missing_or_falsely_listed_and_no_text_is_unsafe(measured: dict) -> None:
    for key in ("pegawai_hilang", "temuan_terlewat", "belum_palsu", "belum_terlewat", "belum_unit_salah",
                "daftar_jumlah_salah", "tidak_aman"):
        assert measured[key] == [], key


def test_every_count_row_and_finding_is_what_a_careful_reviewer_writes(measured: dict) -> None:
    for key in ("jumlah_salah", "baris_salah", "error_lain"):
        assert measured[key] == [], key
    assert measured["benar"] == measured["cek"] == 288
