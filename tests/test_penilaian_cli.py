"""``skp nilai`` through click's CliRunner, on workbooks built by the template builder."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from batch.cli import main
from skp.config import Config
from skp.models import Penilaian, PenilaianRow, Perilaku, SkpDocument
from skp.numbers import parse_number, parse_target
from skp.periksa import check_path
from skp.scoring import score_document
from skp.writing.builder import build_workbook


def row(n: int, rk: str, aspek: str, target: str, realisasi: str) -> PenilaianRow:
    return PenilaianRow(section="utama", rk=rk, aspek=aspek, iki=f"IKI {n}", target=parse_target(target),
                        realisasi_raw=realisasi, realisasi=parse_number(realisasi))


@pytest.fixture(scope="module")
def filled(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A JA workbook with realisasi and perilaku typed in, formulas not yet calculated."""
    doc = SkpDocument(
        form="ja-dasar", jenis="JA", model="dasar", sheet="SKP",
        penilaian=Penilaian(rows=[
            row(1, "RK 1", "Kuantitas", "95 %", "93 %"),
            row(2, "RK 1", "Kualitas", "85 dokumen", "85 dokumen"),
            row(3, "RK 2", "Waktu", "7 - 8 bulan", "6,5 bulan"),
        ]),
        perilaku=Perilaku(orientasi_pelayanan=100, komitmen=100, inisiatif_kerja=100, kerja_sama=100,
                          kepemimpinan=100),
    )
    path = tmp_path_factory.mktemp("nilai") / "ani.xlsx"
    build_workbook("ja-dasar", Config(), doc).save(path)
    return path


def test_json_is_the_library_score(filled: Path) -> None:
    result = CliRunner().invoke(main, ["nilai", str(filled), "--format", "json"])
    assert result.exit_code == 0, result.output
    payload = json.loads(result.output)
    config = Config()
    _, document = check_path(filled, config)
    assert payload == {"files": [score_document(document, config).to_contract(str(filled))]}
    entry = payload["files"][0]
    assert list(entry) == ["path", "iki", "nilai_skp", "nilai_perilaku", "nilai_kinerja", "predikat"]
    assert [(i["sheet"], i["target"], i["realisasi"], i["kategori"], i["nilai"]) for i in entry["iki"]] == [
        ("Penilaian", "95 %", 93, "Cukup", 88), ("Penilaian", "85 dokumen", 85, "Baik", 109),
        ("Penilaian", "7 - 8 bulan", 6.5, "Sangat Baik", pytest.approx(116.6666667)),
    ]
    assert entry["iki"][0]["capaian"] == pytest.approx(97.8947368)
    # RK 1 = (88 + 109) / 2 = 98,5; RK 2 = 116,67; Nilai SKP = 107,58; 70 % × 107,58 + 30 % × 100
    assert (entry["nilai_skp"], entry["nilai_perilaku"], entry["nilai_kinerja"], entry["predikat"]) == (
        107.58, 100, 105.31, "Baik",
    )


def test_text_table(filled: Path) -> None:
    result = CliRunner().invoke(main, ["nilai", str(filled)])
    assert result.exit_code == 0, result.output
    assert "Penilaian baris" in result.output
    assert "97,9 %" in result.output and "116,67" in result.output
    assert "Nilai SKP: 107,58" in result.output and "Predikat: Baik" in result.output


def test_agency_rules_60_40(filled: Path, tmp_path: Path) -> None:
    rules = tmp_path / "aturan.yaml"
    rules.write_text("penilaian:\n  nilai_kinerja:\n    bobot_skp: 60\n    bobot_perilaku: 40\n",
                     encoding="utf-8")
    result = CliRunner().invoke(main, ["nilai", str(filled), "--format", "json", "--aturan", str(rules)])
    assert json.loads(result.output)["files"][0]["nilai_kinerja"] == 104.55  # 60 % × 107,58 + 40 % × 100


def test_broken_rules_file_exits_2(filled: Path, tmp_path: Path) -> None:
    rules = tmp_path / "aturan.yaml"
    rules.write_text("penilaian:\n  nilai_kinerja:\n    bobot_skp: 90\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["nilai", str(filled), "--aturan", str(rules)])
    assert result.exit_code == 2
    assert "penilaian" in result.output


def test_unreadable_file_appears_with_null_scores(filled: Path, tmp_path: Path) -> None:
    broken = tmp_path / "rusak.xlsx"
    broken.write_text("bukan lembar kerja", encoding="utf-8")
    result = CliRunner().invoke(main, ["nilai", str(broken), str(filled), "--format", "json"])
    assert result.exit_code == 1
    files = json.loads(result.output)["files"]
    assert [f["path"] for f in files] == [str(broken), str(filled)]
    assert files[0] == {"path": str(broken), "iki": [], "nilai_skp": None, "nilai_perilaku": None,
                        "nilai_kinerja": None, "predikat": None, "galat": "berkas-rusak"}
    assert files[1]["nilai_skp"] == 107.58


def test_help_is_indonesian() -> None:
    result = CliRunner().invoke(main, ["nilai", "--help"])
    assert result.exit_code == 0
    assert "Menghitung capaian" in result.output and "--format [teks|json]" in result.output
