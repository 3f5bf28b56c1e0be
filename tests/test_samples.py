"""The bundled sample submissions: generated deterministically, and each tells the story README.md tells."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import openpyxl
import pytest
from test_templates import meaning

from skp.findings import catalogue
from skp.nip import validate_nip
from skp.periksa import check_path
from skp.run.batch import run_batch

SAMPLES_DIR = Path(__file__).parent.parent / "samples"
_spec = importlib.util.spec_from_file_location("make_samples", SAMPLES_DIR / "make_samples.py")
make_samples = sys.modules.setdefault("make_samples", importlib.util.module_from_spec(_spec))
_spec.loader.exec_module(make_samples)

SAMPLES = make_samples.samples()
BY_FILE = {s.file: s for s in SAMPLES}


def _file_scope(codes: set[str]) -> set[str]:
    """Codes one file can show on its own; batch codes need the whole folder."""
    return {c for c in codes if catalogue()[c].lingkup != "kumpulan"}


@pytest.fixture(scope="module")
def regenerated(tmp_path_factory, config) -> Path:
    folder = tmp_path_factory.mktemp("samples")
    make_samples.write_samples(folder, config)
    return folder


@pytest.mark.parametrize("name", sorted(BY_FILE))
def test_committed_sample_matches_generator(name, regenerated):
    committed = openpyxl.load_workbook(SAMPLES_DIR / name)
    fresh = openpyxl.load_workbook(regenerated / name)
    assert meaning(committed) == meaning(fresh), f"samples/{name} is stale: python samples/make_samples.py"


def test_readme_is_generated_from_the_samples():
    assert (SAMPLES_DIR / "README.md").read_text(encoding="utf-8") == make_samples.readme()


def test_every_mistake_code_exists():
    for sample in SAMPLES:
        for code, _text in sample.mistakes:
            assert code in catalogue()


@pytest.mark.parametrize("name", sorted(BY_FILE))
def test_sample_shows_exactly_its_mistakes(name, config):
    report, document = check_path(SAMPLES_DIR / name, config)
    assert document is not None
    found = {f.code for f in report.findings}
    assert found == _file_scope({code for code, _ in BY_FILE[name].mistakes})
    assert report.valid == (not _file_scope({code for code, _ in BY_FILE[name].mistakes}))


def test_the_set_has_clean_files_and_every_listed_mistake():
    clean = [s for s in SAMPLES if not s.mistakes]
    assert len(clean) >= 3
    codes = {code for s in SAMPLES for code, _ in s.mistakes}
    assert {"rk-berbasis-aktivitas", "iki-tanpa-target", "nip-tidak-valid", "rk-atasan-tidak-cocok",
            "keterkaitan-ak-hilang", "capaian-tidak-sesuai"} <= codes


def test_people_and_cascade_are_consistent():
    """Valid NIPs except the deliberate one; every subordinate RK atasan is a real RK of the Kepala Bidang."""
    kabid = BY_FILE["02-kepala-bidang-rina-marlina.xlsx"].document
    kadis = BY_FILE["01-kepala-dinas-hendra-wijaya.xlsx"].document
    kabid_rk = {rk.text for rk in kabid.rk("utama")}
    assert {rk.rk_atasan for rk in kabid.rk("utama")} <= {rk.text for rk in kadis.rk("utama")}
    for sample in SAMPLES:
        codes = {code for code, _ in sample.mistakes}
        doc = sample.document
        assert bool(validate_nip(doc.pegawai.nip).errors) == ("nip-tidak-valid" in codes)
        if doc.penilai.nama == kabid.pegawai.nama:
            atasan = {rk.rk_atasan for rk in doc.rk("utama")}
            assert (atasan <= kabid_rk) == ("rk-atasan-tidak-cocok" not in codes)


def test_checking_the_folder_tells_the_readme_story(config):
    """`skp periksa samples/`: every file shows exactly its listed codes, batch alignment included."""
    batch = run_batch(sorted(SAMPLES_DIR.glob("*.xlsx")), config, jobs=1)
    found = {Path(r.path).name: {f.code for f in r.findings} for r in batch.reports}
    assert found == {s.file: {code for code, _ in s.mistakes} for s in SAMPLES}
