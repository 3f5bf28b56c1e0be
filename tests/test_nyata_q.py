"""Hitung Nilai measured on the held-out set ``benchmarks/nyata_q`` (generalise, do not tune).

Built from SPEC §3.8, §3.10 and §6 and the docs alone (``benchmarks/nyata_q/buat.py``): 24 Penilaian sheets
laid out as agencies lay them out. ``benchmarks/nyata_q/ukur_nilai.py`` starts a real ``skp server``, posts
each workbook as xlwings' VBA client does and applies the answer as its ``Remote.bas`` does. These tests keep
what the set measured after the fixes of this branch: nothing written in a wrong cell, no staff content
overwritten, no text Excel would take as a formula, no failed request, and no fewer right cells.
"""

from __future__ import annotations

import importlib.util
import json

import pytest
from nyata_sets import BENCHMARKS, assert_built_by_generator

SET = BENCHMARKS / "nyata_q"
SAFE = ("sel_salah", "timpa_isi_pegawai", "teks_berbahaya", "http_gagal", "tanpa_pesan")


def _ukur():
    spec = importlib.util.spec_from_file_location("ukur_nilai", SET / "ukur_nilai.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.slow
@pytest.mark.libreoffice
def test_committed_set_is_what_the_generator_builds(tmp_path):
    assert_built_by_generator(SET, tmp_path)


def test_set_is_half_traps_and_every_family():
    files = json.loads((SET / "harapan.json").read_text(encoding="utf-8"))["files"]
    assert len(files) == 24 and sum(f["clean"] for f in files) == 12
    assert {f["form"].split("-")[0] for f in files} == {"ja", "jf", "jpt"}
    assert {f["writer"] for f in files} == {"openpyxl", "xlsxwriter", "openpyxl + LibreOffice"}


@pytest.mark.slow
def test_hitung_nilai_writes_only_where_a_careful_human_would():
    summary = _ukur().measure(SET / "kiriman", SET / "harapan.json")["summary"]
    assert {k: summary[k] for k in SAFE} == dict.fromkeys(SAFE, 0)
    assert (summary["sel_benar"], summary["nilai_salah"], summary["terlewat"]) == (415, 0, 0)
    assert summary["cli_selisih"] == 0 and summary["berkas_sempurna"] == 24
