"""The held-out set ``benchmarks/nyata_ch``: workbooks of other regimes (PP 46/2011, Permen PANRB 6/2022,
also as HTML pages saved as ``.xls``), templates never filled and an empty workbook, which must get the one
file-scope code SPEC §7 names, beside Permen PANRB 8/2021 SKP of all six forms of the fictional Kabupaten
Rantau Kemiri that borrow those regimes' words harmlessly (SPEC §3.10) and must be checked as 8/2021 forms.

Built from SPEC alone (``benchmarks/nyata_ch/buat.py``), measured only with ``benchmarks/nyata_ch/ukur.py``:
this test holds the set to its generator and its coverage, not to a measurement (README).
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections import Counter

import openpyxl
from nyata_sets import (
    BENCHMARKS,
    assert_built_by_generator,
    assert_covers_every_form,
    assert_manifest_declared,
    measuring_tool,
    set_generator,
)

SET = BENCHMARKS / "nyata_ch"


def _files() -> list[dict]:
    return json.loads((SET / "harapan.json").read_text())["files"]


def test_committed_set_is_what_the_generator_builds(tmp_path):
    assert_built_by_generator(SET, tmp_path)


def test_html_pages_are_what_the_generator_builds(tmp_path):
    """The ``.xls`` files are HTML text (openpyxl cannot read them): compared byte by byte."""
    subprocess.run([sys.executable, str(SET / "buat.py"), "--keluaran", str(tmp_path), "--harapan",
                    str(tmp_path / "h.json")], check=True, capture_output=True)  # fmt: skip
    committed = sorted(p.name for p in (SET / "kiriman").glob("*.xls"))
    assert committed == sorted(p.name for p in tmp_path.glob("*.xls"))
    assert len(committed) >= 5
    for name in committed:
        assert (SET / "kiriman" / name).read_bytes() == (tmp_path / name).read_bytes(), name
        assert (SET / "kiriman" / name).read_text(encoding="utf-8").lstrip().startswith("<html")


def test_set_covers_every_form_and_every_file_code():
    files = assert_covers_every_form(SET)
    assert len(files) == 45
    buat = set_generator(SET)
    codes = assert_manifest_declared(files, buat)
    assert codes >= buat.FILE_CODES
    lain = [f for f in files if f["form"] is None]
    ok8 = [f for f in files if f["form"] is not None]
    # about half the set is no 8/2021 SKP; each such file carries exactly one file-scope defect, no cell
    assert 0.35 <= len(lain) / len(files) <= 0.5
    for f in lain:
        assert [d["code"] for d in f["defects"]] in ([c] for c in buat.FILE_CODES), f["file"]
        assert f["defects"][0]["sheet"] is None and f["defects"][0]["cell"] is None
        assert "kiriman_salah" in f["variasi"]
    per_code = Counter(f["defects"][0]["code"] for f in lain)
    assert (
        per_code["format-lain"] >= 10 and per_code["bukan-skp"] >= 3 and per_code["templat-belum-diisi"] >= 5
    )
    assert Counter(f["ketentuan"] for f in lain if f["ketentuan"]) == {"pp46": 5, "6/2022": 6}
    # the 8/2021 half: never a file-scope code, each file borrows at least one other regime's words
    for f in ok8:
        assert not {d["code"] for d in f["defects"]} & buat.FILE_CODES, f["file"]
        assert set(f["variasi"]) & set(buat.BORROWING), f["file"]
    assert sum(f["clean"] for f in ok8) >= 18 and sum(not f["clean"] for f in ok8) >= 6
    for f in files:
        for d in f["defects"]:
            assert (d["sheet"] is None) == (d["cell"] is None), (f["file"], d)


def test_borrowed_words_stand_in_the_workbooks():
    """Each borrowing variation puts its words where the README says."""
    kiriman = SET / "kiriman"
    for f in _files():
        if f["form"] is None:
            continue
        wb = openpyxl.load_workbook(kiriman / f["file"])
        texts = {ws.title: [str(c.value) for row in ws.iter_rows() for c in row if c.value is not None]
                 for ws in wb}  # fmt: skip
        var = set(f["variasi"])
        assert wb.sheetnames[0] == "SKP" and wb.worksheets[0].sheet_state == "visible"
        assert ("SASARAN KINERJA PEGAWAI" in texts["SKP"]) == ("judul_sasaran_kinerja" in var), f["file"]
        assert ("RENCANA KINERJA\n(Hasil Kerja)" in texts["SKP"]) == ("catatan_hasil_kerja" in var)
        assert any("KEGIATAN" in t for t in texts["SKP"]) == ("kegiatan_dalam_rk" in var), f["file"]
        assert ("Kual/Mutu" in texts["SKP"]) == ("aspek_pp46" in var)
        assert ("Perilaku Kerja" in texts and "EKSPEKTASI KHUSUS PIMPINAN" in texts["Perilaku Kerja"]) == (
            "perilaku_ekspektasi" in var
        )
        assert ("SKP 2025 (lama)" in texts) == ("lama_6_2022" in var)
        hidden = "SKP 2021" in wb.sheetnames and wb["SKP 2021"].sheet_state == "hidden"
        assert hidden == ("pp46_tersembunyi" in var)
        last = wb.sheetnames[-1] == "SKP 2020" and wb["SKP 2020"].sheet_state == "visible"
        assert last == ("pp46_di_akhir" in var)
        for name in ("SKP 2021", "SKP 2020"):
            if name in texts:
                assert "III. KEGIATAN TUGAS JABATAN" in texts[name] and "KUANT/OUTPUT" in texts[name]
        assert ("Angka Kredit" in texts) == ("lampiran_angka_kredit" in var) == f["form"].startswith("jf")


def test_manifest_cells_exist_in_their_sheets():
    for f in _files():
        if f["form"] is None:
            continue
        wb = openpyxl.load_workbook(SET / "kiriman" / f["file"], read_only=True)
        for d in f["defects"]:
            assert d["sheet"] in wb.sheetnames, (f["file"], d)
            for a in d["alt_cells"]:
                assert a["sheet"] in wb.sheetnames


def test_independent_recheck_agrees_with_the_manifest():
    """``cek_bersih.py`` re-reads every workbook from its cells: it names the expected file-scope code of
    each non-8/2021 workbook, finds nothing on a clean 8/2021 one and something on each defective one."""
    cek = measuring_tool(SET, "cek_bersih.py")
    for f in assert_covers_every_form(SET):
        seen = cek.check(SET / "kiriman" / f["file"], f["form"])
        if f["form"] is None:
            assert seen == [f["defects"][0]["code"]], (f["file"], seen)
        else:
            assert (seen == []) == f["clean"], (f["file"], seen)
