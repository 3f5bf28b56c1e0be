"""The checker measured on the held-out set ``benchmarks/nyata_aw`` (generalise, do not tune).

Built from SPEC §2–§7 and the user docs alone, apart from the project's code, fixtures and the earlier sets'
generators (``benchmarks/nyata_aw/buat.py``), measured with ``benchmarks/nyata_aw/ukur.py``. Its world: what
the Biro SDM of ministries receives in January from vertical offices (Kantor Kementerian Agama and KUA, a
madrasah, BPS kabupaten, a KPP Pratama, a Balai Veteriner, a Lapas, and the Kepala Kantor Wilayah as JPT):
ministry kop lines with ESELON I / SATUAN KERJA / KODE SATKER, ``UNIT ORGANISASI``, the JF jenjang in a row or
column of its own, RK atasan quoting the Perjanjian Kinerja with its code, targets in berkas, wajib pajak,
sampel and rupiah, ``100% (WTP)``, Penilaian of the previous year with formulas saved by LibreOffice, and
three ``.xlsm`` workbooks.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys

import openpyxl
import pytest
from nyata_sets import BENCHMARKS, assert_covers_every_form, measuring_tool

SET = BENCHMARKS / "nyata_aw"


def _cells(path) -> dict[str, list[tuple]]:
    wb = openpyxl.load_workbook(path)
    return {ws.title: [tuple(c.value for c in row) for row in ws.iter_rows()] for ws in wb}


@pytest.mark.skipif(
    shutil.which("soffice") is None, reason="the generator saves some files through LibreOffice"
)
def test_committed_set_is_what_the_generator_builds(tmp_path):
    """The committed workbooks (.xlsx and .xlsm) and manifest are the generator's output, cell by cell."""
    subprocess.run(
        [
            sys.executable,
            str(SET / "buat.py"),
            "--keluaran",
            str(tmp_path),
            "--harapan",
            str(tmp_path / "h.json"),
        ],
        check=True,
        capture_output=True,
    )
    assert json.loads((tmp_path / "h.json").read_text()) == json.loads((SET / "harapan.json").read_text())
    committed = sorted(p.name for p in (SET / "kiriman").glob("*.xls*"))
    assert committed == sorted(p.name for p in tmp_path.glob("*.xls*"))
    for name in committed:
        assert _cells(SET / "kiriman" / name) == _cells(tmp_path / name), name


def test_set_covers_every_form_clean_and_defective():
    files = assert_covers_every_form(SET)
    assert len(files) == 48
    defective = [f for f in files if not f["clean"]]
    on_penilaian = [
        f
        for f in defective
        if any(
            d["sheet"] and "Penilaian" in d["sheet"] or d["code"] == "predikat-tidak-sesuai"
            for d in f["defects"]
        )
    ]
    assert len(on_penilaian) * 3 >= len(defective)
    assert {f["writer"] for f in files} == {"openpyxl", "libreoffice", "xlsm"}
    assert sum(f["file"].endswith(".xlsm") for f in files) == 3
    codes = {d["code"] for f in files for d in f["defects"]}
    assert codes >= {
        "keterkaitan-ak-hilang",
        "rk-tanpa-butir-kegiatan",
        "angka-kredit-tidak-valid",
        "capaian-tidak-sesuai",
        "predikat-tidak-sesuai",
        "realisasi-kosong",
        "target-penilaian-berbeda",
        "manual-iki-kosong",
        "perspektif-tidak-valid",
    }


def test_the_set_is_checked_without_crying_wolf():
    """The first measurement (README): no error or warning on a clean workbook, every injected defect found
    at its cell, no other error on a defective one, every form detected."""
    ukur = measuring_tool(SET, "ukur.py")
    result = ukur.measure(SET / "kiriman", SET / "harapan.json")
    assert result["clean"]["false_errors"] == []
    assert result["clean"]["warnings"] == []
    assert result["recall"]["by_code_cell"] == result["recall"]["defects"] == 40
    assert result["extra_errors_defect_files"] == []
    assert result["detection"]["wrong"] == []
