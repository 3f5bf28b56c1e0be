"""``skp kaskade`` measured on the held-out set ``benchmarks/nyata_n`` (generalise, do not tune).

Built from SPEC §2–§5, §3.10, §7, README and docs/addin.md alone, apart from the project's code, fixtures and
the earlier sets (``benchmarks/nyata_n/buat.py``), measured with ``benchmarks/nyata_n/ukur_kaskade.py``,
which runs the real ``skp kaskade`` and ``skp periksa``. Superiors' SKP (JA Model Dasar and Pengembangan,
JF koordinator, JPT Model Dasar and Pengembangan) as agencies fill them, each with a Matriks Peran Hasil
listing the team in one of three layouts; half with one defect.
"""

from __future__ import annotations

import json
import subprocess
import sys
import zipfile
from collections import Counter

import openpyxl
from nyata_sets import BENCHMARKS

SET = BENCHMARKS / "nyata_n"
sys.path.insert(0, str(SET))
from ukur_kaskade import measure  # noqa: E402


def _cells(path) -> dict[str, list[tuple]]:
    wb = openpyxl.load_workbook(path)
    return {ws.title: [tuple(c.value for c in row) for row in ws.iter_rows()] for ws in wb}


def test_committed_set_is_what_the_generator_builds(tmp_path) -> None:
    subprocess.run([sys.executable, str(SET / "buat.py"), "--keluaran", str(tmp_path), "--harapan",
                    str(tmp_path / "h.json")], check=True, capture_output=True)
    assert json.loads((tmp_path / "h.json").read_text()) == json.loads((SET / "harapan.json").read_text())
    committed = sorted(p.name for p in (SET / "kiriman").glob("*.xlsx"))
    assert committed == sorted(p.name for p in tmp_path.glob("*.xlsx"))
    for name in committed:
        if zipfile.is_zipfile(SET / "kiriman" / name):
            assert _cells(SET / "kiriman" / name) == _cells(tmp_path / name), name
        else:  # the truncated workbook: half a zip, whose bytes carry the time it was written
            assert not zipfile.is_zipfile(tmp_path / name)
            assert abs((SET / "kiriman" / name).stat().st_size - (tmp_path / name).stat().st_size) <= 16


def test_set_covers_the_forms_and_layouts() -> None:
    files = json.loads((SET / "harapan.json").read_text())["files"]
    assert len(files) == 28
    assert {f["form"] for f in files if f["clean"]} == {
        "ja-dasar", "ja-pengembangan", "jf-dasar", "jpt-dasar", "jpt-pengembangan"}
    assert {f["writer"] for f in files} == {"openpyxl", "xlsxwriter"}
    assert 0.4 <= sum(f["clean"] for f in files) / len(files) <= 0.6
    members = [a for f in files if not f["tolak"] for a in f["anggota"]]
    assert {a["gaya_nip"] for a in members} >= {"rapat", "spasi", "titik", "label", "titikdua", "apostrof",
                                                "nbsp", "spasi-akhir", "angka", "kurang-digit"}
    assert {d["code"] for f in files for d in f["defects"]} == {
        "kaskade-ditolak", "nip-tidak-valid", "penilai-sama-dengan-pegawai", "target-kaskade-tidak-seimbang",
        "rk-berbasis-aktivitas"}


def test_measured_numbers() -> None:
    """No draft is missing, doubled, invented or mis-identified, no result is lost, no Matriks column is
    wrong, every split adds up; what is left: the Matriks workbook kaskade writes is ``bukan-skp`` to
    ``skp periksa`` (one per superior cascaded), and the unequal shares the superior wrote without a
    TARGET ATASAN or METODE are not reported."""
    res = measure(SET / "kiriman", SET / "harapan.json")
    assert (res["atasan"], res["tolak_diharapkan"], res["anggota"], res["draf"], res["beban"]) == (
        28, 7, 66, 65, 25)
    assert Counter(f["code"] for f in res["palsu_error"]) == {"bukan-skp": 21}
    assert all(f["draf"].startswith("Matriks Peran Hasil") for f in res["palsu_error"])
    for key in ("palsu_peringatan", "tolak_palsu", "traceback", "atasan_diubah", "matriks_kolom_salah",
                "beban_salah", "target_dirusak", "draf_hilang", "draf_ganda", "draf_lebih", "identitas_salah",
                "jenis_salah", "hasil_hilang", "rk_diciptakan"):
        assert res[key] == [], key
    assert (res["found"], res["defects"]) == (12, 13)
    assert [(m["file"], m["code"]) for m in res["missed"]] == [
        ("24-beban-tidak-berjumlah.xlsx", "target-kaskade-tidak-seimbang")]
