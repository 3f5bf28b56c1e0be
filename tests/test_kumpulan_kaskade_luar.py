"""Cascading from beyond the direct superior (fixture: ``tests/data/make_kumpulan_kaskade_luar.py``): an RK
of the superior's superior (non-direct cascading, SPEC §3.2 "RK atasan langsung / unit kerja / organisasi")
and an RK a koordinator of another unit gives a member by NIP in the Matriks (SPEC §3.6) are no
``rk-atasan-tidak-cocok``, and the member's citation intervenes the koordinator's RK. Exact (file, code,
sheet, cell) of every finding, the defective twins still found, and the NIP join equal to one Hierarchy of
every entry."""

from __future__ import annotations

from pathlib import Path

from skp.checks.kumpulan import batch_findings
from skp.checks.registry import registered_batch_checks
from skp.config import Config
from skp.hierarchy.links import Hierarchy, rules_of
from skp.recap.tables import SELARAS_LUAR, TIDAK_COCOK, TIDAK_DIINTERVENSI, build_tables
from skp.run.batch import run_batch

DATA = Path(__file__).parent / "data"
TIDAK_LANGSUNG = DATA / "kumpulan_kaskade_tidak_langsung"
LUAR_UNIT = DATA / "kumpulan_matriks_luar_unit"
Flat = set[tuple[str, str, str | None, str | None]]


def _files(folder: Path, *names: str) -> list[Path]:
    return [folder / f"{name}.xlsx" for name in names]


def _findings(files: list[Path], config: Config) -> Flat:
    """Every finding of the run (the NIP join), checked against one Hierarchy of every entry first."""
    batch = run_batch(files, config, jobs=1)
    entries = [entry for _, entry in batch.entries.in_order()]
    single = batch_findings(Hierarchy(entries, rules_of(config)), config)
    codes = {code for check in registered_batch_checks() for code in check.codes}
    assert [(r.path, f) for r in batch.reports for f in r.findings if f.code in codes] == \
        [(e.path, f) for e in entries for f in single.get(e.path, [])]
    return {(Path(r.path).stem, f.code, f.sheet, f.cell) for r in batch.reports for f in r.findings}


def test_an_rk_of_the_superiors_superior_is_no_mismatch(config: Config) -> None:
    """The staff member cites the Kabid's second RK (B16, in capitals) and, in one cell with the Kasi's RK,
    the Kabid's third (B18), though the Kasi cascades only the first: no finding on that staff member, and
    the Kabid's second and third RK count as intervened (from two levels down)."""
    files = _files(TIDAK_LANGSUNG, "kabid", "kasi", "staf_rk_kabid")
    assert _findings(files, config) == {
        ("kabid", "skp-atasan-tidak-ditemukan", "SKP", "G7"),  # the Kepala Dinas did not submit
    }


def test_without_the_citing_staff_the_kabids_rk_are_not_intervened(config: Config) -> None:
    files = _files(TIDAK_LANGSUNG, "kabid", "kasi")
    assert _findings(files, config) == {
        ("kabid", "skp-atasan-tidak-ditemukan", "SKP", "G7"),
        ("kabid", "rk-atasan-tidak-diintervensi", "SKP", "C16"),
        ("kabid", "rk-atasan-tidak-diintervensi", "SKP", "C18"),
    }


def test_an_rk_of_nobody_above_is_still_a_mismatch(config: Config) -> None:
    """The other staff member cites an RK of nobody (B16): a mismatch, and it intervenes none of the
    Kabid's RK."""
    files = _files(TIDAK_LANGSUNG, "kabid", "kasi", "staf_rk_lain")
    assert _findings(files, config) == {
        ("kabid", "skp-atasan-tidak-ditemukan", "SKP", "G7"),
        ("kabid", "rk-atasan-tidak-diintervensi", "SKP", "C16"),
        ("kabid", "rk-atasan-tidak-diintervensi", "SKP", "C18"),
        ("staf_rk_lain", "rk-atasan-tidak-cocok", "SKP", "B16"),
    }


def test_without_the_kabid_the_rk_above_cannot_be_told_apart(config: Config) -> None:
    """The Kabid's SKP not among the submissions: his RK are unknown, so B16 and B18's second RK are
    mismatches, as before."""
    files = _files(TIDAK_LANGSUNG, "kasi", "staf_rk_kabid")
    assert _findings(files, config) == {
        ("kasi", "skp-atasan-tidak-ditemukan", "SKP", "G7"),
        ("staf_rk_kabid", "rk-atasan-tidak-cocok", "SKP", "B16"),
        ("staf_rk_kabid", "rk-atasan-tidak-cocok", "SKP", "B18"),
    }


def test_a_matriks_member_of_another_unit_cites_the_koordinators_rk(config: Config) -> None:
    """The Kabid's Matriks gives his second RK to the UPTD's Pengawas Laboratorium by NIP: her B16 is no
    mismatch and the Kabid's C16 is intervened; the Teknisi, whom no Matriks names, cites it too: B16."""
    files = _files(LUAR_UNIT, "kabid", "kasi", "kepala_uptd", "pengawas_lab", "teknisi_lab")
    assert _findings(files, config) == {
        ("kabid", "skp-atasan-tidak-ditemukan", "SKP", "G7"),
        ("kepala_uptd", "skp-atasan-tidak-ditemukan", "SKP", "G7"),
        ("teknisi_lab", "rk-atasan-tidak-cocok", "SKP", "B16"),
    }


def test_a_member_who_did_not_submit_intervenes_nothing(config: Config) -> None:
    """Without the Pengawas's submission the Kabid's C16 is intervened by nobody who sent an SKP."""
    files = _files(LUAR_UNIT, "kabid", "kasi", "kepala_uptd", "teknisi_lab")
    assert _findings(files, config) == {
        ("kabid", "skp-atasan-tidak-ditemukan", "SKP", "G7"),
        ("kabid", "rk-atasan-tidak-diintervensi", "SKP", "C16"),
        ("kepala_uptd", "skp-atasan-tidak-ditemukan", "SKP", "G7"),
        ("teknisi_lab", "rk-atasan-tidak-cocok", "SKP", "B16"),
    }


def test_a_matriks_naming_someone_else_gives_the_rk_to_nobody_who_submitted(config: Config) -> None:
    """The Kabid's Matriks names a UPTD member who did not submit: the Pengawas's B16 is a mismatch
    again, and the Kabid's C16 is not intervened."""
    files = _files(LUAR_UNIT, "kabid_tanpa_anggota", "kasi", "kepala_uptd", "pengawas_lab", "teknisi_lab")
    assert _findings(files, config) == {
        ("kabid_tanpa_anggota", "skp-atasan-tidak-ditemukan", "SKP", "G7"),
        ("kabid_tanpa_anggota", "rk-atasan-tidak-diintervensi", "SKP", "C16"),
        ("kepala_uptd", "skp-atasan-tidak-ditemukan", "SKP", "G7"),
        ("pengawas_lab", "rk-atasan-tidak-cocok", "SKP", "B16"),
        ("teknisi_lab", "rk-atasan-tidak-cocok", "SKP", "B16"),
    }


def test_the_matriks_columns_and_their_members_are_read_into_the_entry(config: Config) -> None:
    batch = run_batch(_files(LUAR_UNIT, "kabid", "kasi"), config, jobs=1)
    entries = {Path(e.path).stem: e for _, e in batch.entries.in_order()}
    (peran,) = entries["kabid"].peran
    assert peran.rk == "Terjaminnya mutu bahan perkerasan jalan kabupaten"
    assert peran.nips == ["198409092009032006", "199601102020121009"]
    assert entries["kasi"].peran == []


def _hierarki(files: list[Path], config: Config) -> set[tuple[str, str, str | None, str]]:
    """(superior, subordinate, RK, keselarasan) of every Hierarki row of the recap."""
    rows = build_tables(run_batch(files, config, jobs=1)).hierarki
    return {(Path(r[2]).stem, Path(r[5]).stem if r[5] else "-", r[6] or r[7], r[8]) for r in rows}


def test_the_hierarki_sheet_says_what_the_checks_say(config: Config) -> None:
    """The recap's Hierarki rows follow the batch checks: the RK cited from two levels up and the one a
    Matriks gives are selaras (of their own kind), the Kabid's RK so intervened get no row, and the
    defective twins stay tidak cocok."""
    rows = _hierarki(_files(TIDAK_LANGSUNG, "kabid", "kasi", "staf_rk_kabid", "staf_rk_lain"), config)
    assert ("kasi", "staf_rk_kabid", "Data sumber air baku desa yang mutakhir", SELARAS_LUAR) in rows
    assert ("kasi", "staf_rk_lain", "Data debit sungai yang mutakhir", TIDAK_COCOK) in rows
    assert not any(row[3] == TIDAK_DIINTERVENSI for row in rows)
    # without the citing staff member the Kabid's second and third RK are rows of their own
    rows = _hierarki(_files(TIDAK_LANGSUNG, "kabid", "kasi", "staf_rk_lain"), config)
    assert {row[2] for row in rows if row[3] == TIDAK_DIINTERVENSI} == {
        "Tersedianya air baku bagi permukiman perdesaan",
        "Terkendalinya daya rusak air di daerah aliran sungai",
    }
    rows = _hierarki(_files(LUAR_UNIT, "kabid", "kasi", "kepala_uptd", "pengawas_lab", "teknisi_lab"), config)
    matriks = "Hasil uji mutu bahan perkerasan yang akurat"
    assert ("kepala_uptd", "pengawas_lab", matriks, SELARAS_LUAR) in rows
    assert ("kepala_uptd", "teknisi_lab", "Benda uji perkerasan yang tersedia", TIDAK_COCOK) in rows
    assert not any(row[3] == TIDAK_DIINTERVENSI for row in rows)
