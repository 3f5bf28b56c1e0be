"""The checker measured on the held-out BATCH set ``benchmarks/nyata_ab`` (generalise, do not tune).

Built from SPEC §2–§5, §7, §8 and the user docs alone (``benchmarks/nyata_ab/buat.py``): four agencies'
folders in which every koordinator/atasan keeps the Matriks Pembagian Peran dan Hasil in their own SKP
workbook — RK as columns or as rows, one sheet per RK, the jenis penyelarasan per RK or per cell, members by
name + NIP, name, jabatan or one cell, members from other units, the three direct and two non-direct
approaches, target parts with satuan, thousands and decimals — measured as one folder through the CLI
(``benchmarks/nyata_ab/ukur_kumpulan.py``).
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections import Counter

import openpyxl
from nyata_sets import BENCHMARKS, FORMS, measuring_tool

SET = BENCHMARKS / "nyata_ab"


def _cells(path):
    wb = openpyxl.load_workbook(path)
    return {ws.title: [tuple(c.value for c in row) for row in ws.iter_rows()] for ws in wb}


def _manifest():
    return json.loads((SET / "harapan.json").read_text(encoding="utf-8"))


def _all(folder):
    return sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file())


def test_committed_set_is_what_the_generator_builds(tmp_path):
    out = tmp_path / "kiriman"
    subprocess.run([sys.executable, str(SET / "buat.py"), "--keluaran", str(out), "--harapan",
                    str(tmp_path / "h.json")], check=True, capture_output=True)
    assert json.loads((tmp_path / "h.json").read_text(encoding="utf-8")) == _manifest()
    committed = _all(SET / "kiriman")
    assert committed == _all(out)
    for name in committed:
        assert _cells(SET / "kiriman" / name) == _cells(out / name), name


def test_set_covers_every_form_and_matriks_variation():
    files = _manifest()["files"]
    assert 40 <= len(files) <= 60
    assert set(_all(SET / "kiriman")) == {f["file"] for f in files}
    for form in FORMS:
        of_form = [f for f in files if f["form"] == form]
        assert any(f["clean"] for f in of_form) and any(not f["clean"] for f in of_form), form
    for f in files:
        assert f["clean"] == (not f["defects"])
        assert f["clean"] or 1 <= len(f["defects"]) <= 2
    assert 0.4 <= sum(f["clean"] for f in files) / len(files) <= 0.6
    assert {f["matriks"] for f in files} - {None} == {"kolom", "baris", "per_rk", "per_sel"}
    assert {f["matriks_anggota"] for f in files} - {None} == {"nama_nip", "nama", "jabatan", "satu_sel"}
    assert {m for f in files for m in f["metode"]} == {"beban", "aspek", "wilayah", "layanan", "output"}
    codes = Counter(d["code"] for f in files for d in f["defects"])
    assert codes["target-kaskade-tidak-seimbang"] >= 3
    assert codes["rk-atasan-tidak-cocok"] >= 3 and codes["rk-atasan-tidak-diintervensi"] >= 3
    # every penilai with an NIP sent an SKP: no skp-atasan-tidak-ditemukan is expected
    nips = {f["nip"] for f in files}
    assert all(f["nip_penilai"] in nips for f in files if f["nip_penilai"])


def test_measured_batch_targets_hold():
    """The set measured through the CLI as one folder: the numbers in ``benchmarks/nyata_ab/README.md``
    (first round 0 false errors, 1 false warning, 20/24 with the only kaskade found for the wrong reason;
    since the Matriks reader takes one-RK label blocks, NAMA-only teams, the method in each cell and RK as
    rows: 0 false findings, 23/24 at the expected cell, only ``target-absolut`` missed; the three open
    splits are tolerated as warnings)."""
    measure = measuring_tool(SET, "ukur_kumpulan.py").measure
    res = measure(SET / "kiriman", SET / "harapan.json")
    s = res["summary"]
    assert s["missing_from_report"] == s["unexpected_files"] == s["reported_twice"] == 0
    assert s["detection_form"] == 1.0
    assert s["false_errors"] == 0 and s["false_warnings"] == 0 and s["false_info"] == 0
    assert res["recall"]["per_code"]["target-kaskade-tidak-seimbang"] == {"injected": 4, "found": 4,
                                                                         "found_cell": 4}
    assert res["recall"]["by_code_cell"] == 23
    assert [(m["code"]) for m in res["recall"]["missed"]] == ["target-absolut"]
    assert {f["code"] for f in res["tolerated"]} <= {"target-kaskade-tidak-seimbang"}
