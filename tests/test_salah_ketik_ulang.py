"""A misspelt label where the reader had not looked for one (fixtures:
``tests/data/make_salah_ketik_ulang.py``, found by ``benchmarks/nyata_be``): a table header repeated over a
second table of Kinerja Tambahan with its typo (``INDIKATOR KERJA INDIVIDU``) is no RK row, and ``PANGKA/GOL.
RUANG`` in an identity written as one cell of ``LABEL : value`` lines is the pangkat. Clean variants have no
finding at all; the defective ones keep theirs, on their cell."""

from __future__ import annotations

from pathlib import Path

import pytest

from skp.config import Config
from skp.periksa import check_path

DATA = Path(__file__).parent / "data"


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("tambahan_tabel_kedua_bersih", set()),
        ("tambahan_tabel_kedua_tanpa_target", {("iki-tanpa-target", "SKP", "F22")}),
        ("identitas_satu_sel_bersih", set()),
        ("identitas_satu_sel_pangkat_kosong", {("identitas-kosong", "SKP", "B6")}),
    ],
)
def test_findings(name: str, expected: set[tuple[str, str, str]], config: Config) -> None:
    report, document = check_path(DATA / f"salah_ketik_{name}.xlsx", config)
    assert document is not None and report.form == "ja-dasar"
    assert set(report.flatten()) == expected


def test_the_pangkat_is_read_from_its_misspelt_line(config: Config) -> None:
    _, document = check_path(DATA / "salah_ketik_identitas_satu_sel_bersih.xlsx", config)
    assert document is not None
    pegawai = document.pegawai
    assert (pegawai.pangkat, pegawai.cells["pangkat"]) == ("Penata Muda Tingkat I, III/b", "B6")


def test_the_repeated_header_is_no_rk(config: Config) -> None:
    _, document = check_path(DATA / "salah_ketik_tambahan_tabel_kedua_bersih.xlsx", config)
    assert document is not None
    assert [rk.text for rk in document.rk("tambahan")] == ["Sertifikat pelatihan akuntansi pemerintahan"]
    targets = [iki.cell("target") for rk in document.rencana for iki in rk.iki]
    assert targets == ["F14", "F15", "F16", "F17", "F22"]
