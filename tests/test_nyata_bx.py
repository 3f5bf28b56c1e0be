"""The held-out set ``benchmarks/nyata_bx``: Rencana SKP 2027 (and Penilaian SKP 2026) of the Satpol PP, Dinas
Pemadam Kebakaran, Dinas Pertanian dan Ketahanan Pangan, Dinas Lingkungan Hidup, Bagian Pengadaan Barang dan
Jasa and UPTD Puskesmas of the fictional Kabupaten Lembah Sawangan, whose JABATAN titles are written the way
agencies write them (``Penyuluh Pertanian Muda``, ``Pengelola PBJ Ahli Pertama``, ``Analis Hukum Ahli Muda
selaku Ketua Tim Kerja …``, ``Pranata Komputer Penyelia merangkap …``, capitals, PPPK, Plt./Plh., the new and
old JA pelaksana names).

Built from SPEC alone (``benchmarks/nyata_bx/buat.py``), measured only with ``benchmarks/nyata_bx/ukur.py``:
this test holds the set to its generator and its coverage, not to a measurement (README).
"""

from __future__ import annotations

from collections import Counter

from nyata_sets import (
    BENCHMARKS,
    assert_built_by_generator,
    assert_covers_every_form,
    assert_manifest_declared,
    assert_manifest_sheets_exist,
    assert_penilaian_filled,
    measuring_tool,
    set_generator,
)

SET = BENCHMARKS / "nyata_bx"
REQUIRED = {
    "jenjang-golongan-tidak-sesuai",
    "keterkaitan-ak-hilang",
    "rk-tanpa-butir-kegiatan",
    "pangkat-tidak-dikenal",
    "nip-tidak-valid",
    "penilai-sama-dengan-pegawai",
}


def test_committed_set_is_what_the_generator_builds(tmp_path):
    assert_built_by_generator(SET, tmp_path)


def test_set_covers_every_form_clean_and_defective():
    files = assert_covers_every_form(SET)
    assert len(files) == 45
    buat = set_generator(SET)
    for f in files:
        for d in f["defects"]:
            assert (d["sheet"] is None) == (d["cell"] is None), (f["file"], d)
    codes = assert_manifest_declared(files, buat)
    assert codes >= REQUIRED
    assert len(codes - REQUIRED) >= 12
    jf = Counter(f["form"].startswith("jf") for f in files)
    assert jf[True] >= 20
    assert sum(d["code"] == "jenjang-golongan-tidak-sesuai" for f in files for d in f["defects"]) >= 3


def test_manifest_cells_exist_in_their_sheets():
    assert_manifest_sheets_exist(SET, frozenset({"Keterkaitan SKP-AK", "Manual IKI"}))


def test_penilaian_workbooks_are_filled():
    assert_penilaian_filled(SET, "-penilaian2026-")


def test_clean_workbooks_pass_the_independent_recheck():
    """``cek_bersih.py`` re-reads every workbook from its cells (identity with its own jenjang reading of the
    JABATAN text, periode, plan table, kategori, annexes, Penilaian arithmetic): clean ones pass, and it sees
    every defective one."""
    cek = measuring_tool(SET, "cek_bersih.py")
    for f in assert_covers_every_form(SET):
        seen = cek.check(SET / "kiriman" / f["file"], f["form"])
        assert (seen == []) == f["clean"], (f["file"], seen)
