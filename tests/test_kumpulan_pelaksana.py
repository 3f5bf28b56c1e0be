"""An acting penilai (Plt./Plh.): the staff cite the RK of the post the penilai acts in, which the penilai's
own SKP does not hold (fixture: ``tests/data/make_kumpulan_pelaksana.py``). Exact (file, code, sheet, cell)
of every finding, with and without the rule."""

from __future__ import annotations

from pathlib import Path

from skp.config import Config
from skp.run.batch import run_batch

FOLDER = Path(__file__).parent / "data" / "kumpulan_penilai_pelaksana"
KASUBBAG, PLH, PLT, DEFINITIF = (FOLDER / f"{n}.xlsx" for n in
                                 ("kasubbag", "staf_plh", "staf_plt_satu_cocok", "staf_definitif"))


def _findings(files: list[Path], config: Config) -> set[tuple[str, str, str | None, str | None]]:
    batch = run_batch(files, config, jobs=1)
    return {(Path(r.path).stem, f.code, f.sheet, f.cell) for r in batch.reports for f in r.findings}


def test_acting_penilai_whose_skp_holds_none_of_the_cited_rk_is_not_judged(config: Config) -> None:
    """The Plh.'s staff cite only the Bidang's RK: no mismatch on every RK, an info at the penilai's NIP
    instead, and the Plh.'s own RK are not called unintervened because of that staff member."""
    assert _findings([KASUBBAG, PLH], config) == {
        ("kasubbag", "skp-atasan-tidak-ditemukan", "SKP", "G7"),  # her own penilai sent nothing
        ("staf_plh", "skp-atasan-tidak-ditemukan", "SKP", "G7"),
    }


def test_the_info_says_why(config: Config) -> None:
    reports = run_batch([KASUBBAG, PLH], config, jobs=1).reports
    report = next(r for r in reports if r.path.endswith("plh.xlsx"))
    (finding,) = report.findings
    assert finding.severity == "info"
    assert "sebagai Plt./Plh." in finding.message and "198201152007012005" in finding.message


def test_one_matching_rk_means_the_rest_is_judged(config: Config) -> None:
    """A Plt.'s staff member citing one of the Plt.'s own RK (B14) and one nobody's (B16): B16 is a mismatch;
    a staff member naming the same penilai without Plt./Plh. gets both Bidang RK as mismatches."""
    assert _findings([KASUBBAG, PLT, DEFINITIF], config) == {
        ("kasubbag", "skp-atasan-tidak-ditemukan", "SKP", "G7"),
        ("kasubbag", "rk-atasan-tidak-diintervensi", "SKP", "C16"),
        ("staf_plt_satu_cocok", "rk-atasan-tidak-cocok", "SKP", "B16"),
        ("staf_definitif", "rk-atasan-tidak-cocok", "SKP", "B14"),
        ("staf_definitif", "rk-atasan-tidak-cocok", "SKP", "B16"),
    }


def test_without_markers_the_acting_penilai_is_judged_as_any_other(config: Config) -> None:
    """``kumpulan.penanda_pelaksana: []`` turns the rule off: the Plh.'s staff get both mismatches back."""
    plain = Config(rules={**config.rules, "kumpulan": {**config.rules["kumpulan"], "penanda_pelaksana": []}})
    assert _findings([KASUBBAG, PLH], plain) == {
        ("kasubbag", "skp-atasan-tidak-ditemukan", "SKP", "G7"),
        ("kasubbag", "rk-atasan-tidak-diintervensi", "SKP", "C14"),
        ("kasubbag", "rk-atasan-tidak-diintervensi", "SKP", "C16"),
        ("staf_plh", "rk-atasan-tidak-cocok", "SKP", "B14"),
        ("staf_plh", "rk-atasan-tidak-cocok", "SKP", "B16"),
    }
