"""A misspelt section label B (``KINERJA TAMBHAAN``) is still the plan's section B, found by
``benchmarks/gangguan.py salah-ketik`` on the held-out sets: when the exact words stand elsewhere on the
sheet (a block under the table), and when the letter ``B.`` stands in a cell of its own. Workbooks built by
``tests/data/make_bagian_salah_ketik.py``; both clean: the Kinerja Tambahan RK needs neither RK atasan nor
butir kegiatan."""

from __future__ import annotations

from pathlib import Path

import pytest

from skp.config import Config
from skp.periksa import check_path

DATA = Path(__file__).parent / "data"


@pytest.mark.parametrize(("name", "form"), [("bagian_salah_ketik_lampiran_di_bawah.xlsx", "jf-dasar"),
                                            ("bagian_salah_ketik_huruf_terpisah.xlsx", "ja-dasar"),
                                            ("bagian_salah_ketik_tanda_tangan_di_samping.xlsx", "ja-dasar")])
def test_a_misspelt_section_b_is_section_b(name: str, form: str, config: Config) -> None:
    report, document = check_path(DATA / name, config)
    assert report.form == form
    assert report.flatten() == []
    assert document is not None
    tambahan = [rk.text for rk in document.rk("tambahan")]
    assert tambahan == ["Sertifikat pelatihan manajemen transportasi diperoleh"]
