"""The daftar pegawai features measured on the held-out set ``benchmarks/nyata_k`` (generalise, do not tune).

Built from SPEC §3.1, §3.10, §5, §7–§9 alone, apart from the project's code, fixtures and the other sets
(``benchmarks/nyata_k/buat.py``): one Dinas's SKP submissions and five rosters of it in the shapes SIMPEG and
SIASN exports have, measured with ``benchmarks/nyata_k/ukur_daftar.py`` through the real ``skp periksa
--daftar`` and ``skp rekap --daftar`` commands.
"""

from __future__ import annotations

import json
import subprocess
import sys
import zipfile

import openpyxl
import pytest
from nyata_sets import BENCHMARKS

SET = BENCHMARKS / "nyata_k"


def _cells(path):
    wb = openpyxl.load_workbook(path)
    return {ws.title: [tuple(c.value for c in row) for row in ws.iter_rows()] for ws in wb}


def test_committed_set_is_what_the_generator_builds(tmp_path):
    """Submissions, rosters and manifest are exactly the generator's output for its seed."""
    subprocess.run([sys.executable, str(SET / "buat.py"), "--keluaran", str(tmp_path / "k"), "--daftar",
                    str(tmp_path / "d"), "--harapan", str(tmp_path / "h.json")],
                   check=True, capture_output=True)
    assert json.loads((tmp_path / "h.json").read_text()) == json.loads((SET / "harapan.json").read_text())
    committed = sorted(p.relative_to(SET / "kiriman").as_posix() for p in (SET / "kiriman").rglob("*.xlsx"))
    built = sorted(p.relative_to(tmp_path / "k").as_posix() for p in (tmp_path / "k").rglob("*.xlsx"))
    assert committed == built
    for name in committed:
        assert _cells(SET / "kiriman" / name) == _cells(tmp_path / "k" / name), name
    rosters = sorted(p.name for p in (SET / "daftar").iterdir())
    assert rosters == sorted(p.name for p in (tmp_path / "d").iterdir())
    for name in rosters:
        if name.endswith(".csv"):
            assert (SET / "daftar" / name).read_bytes() == (tmp_path / "d" / name).read_bytes(), name
        else:
            assert _cells(SET / "daftar" / name) == _cells(tmp_path / "d" / name), name


def test_set_has_the_roster_shapes_and_situations_it_exists_for():
    manifest = json.loads((SET / "harapan.json").read_text())
    files = manifest["kiriman"]
    assert 30 <= len(files) <= 50
    assert {f["writer"] for f in files} == {"openpyxl", "xlsxwriter"}
    assert {f["layout"] for f in files} == {"baku", "geser", "judul"}
    assert len({f["file"].split("/")[0] for f in files}) == 4  # three units and the Kepala Dinas
    assert len(manifest["tanpa_daftar"]["temuan"]) == 4  # two people sent twice
    raw = {p.name: p.read_bytes() for p in (SET / "daftar").glob("*.csv")}
    assert raw["siasn-ekspor.csv"].startswith(b"\xef\xbb\xbfPNS_ID;NIP_BARU;NIP_LAMA;")
    assert b"\x92" in raw["ekspor-excel-lokal.csv"] and b"1,99911E+17" in raw["ekspor-excel-lokal.csv"]
    assert raw["simpeg-koma.csv"].startswith(b'"NO","NIP","NAMA LENGKAP","TEMPAT, TANGGAL LAHIR"')
    nominatif = openpyxl.load_workbook(SET / "daftar" / "nominatif-pegawai.xlsx").worksheets[0]
    assert {"C6:D6", "H6:I6", "B6:B7"} <= {str(r) for r in nominatif.merged_cells.ranges}
    with zipfile.ZipFile(SET / "daftar" / "nominatif-pegawai.xlsx") as z:
        assert any(n.startswith("xl/media/") for n in z.namelist())  # the logo above the title rows
    per_spec = {d["file"]: d for d in manifest["daftar"]}
    assert all(d["belum_mengirim"] for d in per_spec.values())
    assert per_spec["nominatif-pegawai.xlsx"]["baris_tak_terbaca"]
    assert not per_spec["simpeg-koma.csv"]["temuan"][1:]  # up-to-date atasan: only the newcomer's info


@pytest.fixture(scope="module")
def measured():
    sys.path.insert(0, str(SET))
    try:
        import ukur_daftar
    finally:
        sys.path.remove(str(SET))
    return ukur_daftar.measure(jobs=1)


def test_no_false_error_or_warning_from_the_roster(measured):
    """No roster makes skp cry wolf with an error or a warning (SPEC §7: penilai-tidak-sesuai-daftar only
    where the roster's atasan really differs)."""
    total = measured["ringkasan"]
    assert total["error_palsu"] == 0
    assert total["peringatan_palsu"] == 0


def test_belum_mengirim_is_exact_for_every_roster_shape(measured):
    """Nobody who submitted or need not submit, and no title, group, total, footer or THL row, is listed
    as belum mengirim; every non-submitter is, under the roster's own unit (first measured: 26 false, 14
    wrong units)."""
    total = measured["ringkasan"]
    assert (total["belum_palsu"], total["belum_terlewat"], total["unit_salah"]) == (0, 0, 0)


def test_every_expected_finding_and_unreadable_row_is_reported(measured):
    """Every penilai that differs from the roster's atasan, every SKP not in the roster, every double
    submission and every roster NIP stored as a number is reported, and nothing else (first measured: 16
    of 57 findings missed, 12 layout rows reported as broken)."""
    total = measured["ringkasan"]
    assert (total["info_palsu"], total["baris_palsu"]) == (0, 0)
    assert (total["temuan_terlewat"], total["temuan_sel_lain"], total["baris_terlewat"]) == (0, 0, 0)
    assert total["ditemukan"] == total["diharapkan"] == 94
