"""RK atasan copied cut off with an ellipsis (fixture: ``tests/data/make_kumpulan_rk_terpotong.py``, found by
``benchmarks/nyata_cf``): a long superior RK shortened to fit the cell still names it, whatever share of
its words is left, when what is written begins exactly one of the superior's RK and is long enough."""

from __future__ import annotations

from pathlib import Path

from skp.config import Config
from skp.run.batch import run_batch

FOLDER = Path(__file__).parent / "data" / "kumpulan_rk_terpotong"


def test_cut_rk_atasan_name_the_rk_they_begin(config: Config) -> None:
    batch = run_batch(sorted(FOLDER.glob("*.xlsx")), config, jobs=1)
    found = {(Path(r.path).stem, f.code, f.sheet, f.cell) for r in batch.reports for f in r.findings}
    assert found == {
        ("kabid", "skp-atasan-tidak-ditemukan", "SKP", "G7"),  # her own penilai sent nothing
        # cut, but beginning no RK of hers; and cut after three words, too short to name one
        ("staf_terpotong_lain", "rk-atasan-tidak-cocok", "SKP", "B14"),
        ("staf_terpotong_lain", "rk-atasan-tidak-cocok", "SKP", "B16"),
    }
