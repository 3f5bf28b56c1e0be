"""score_document over hand-built documents: grouping into RK, totals, JPT 60/40, missing inputs."""

from __future__ import annotations

import pytest

from skp.models import Penilaian, PenilaianRow, Perilaku, SkpDocument
from skp.numbers import parse_target
from skp.scoring import score_document

PERILAKU = Perilaku(orientasi_pelayanan=100, komitmen=110, inisiatif_kerja=90, kerja_sama=120,
                    kepemimpinan=100)


def row(n: int, rk: str | None, target: str, realisasi: float | None, section: str = "utama",
        aspek: str | None = "Kuantitas", jenis_rk: str | None = None) -> PenilaianRow:
    return PenilaianRow(sheet="Penilaian", row=n, section=section, rk=rk, aspek=aspek, iki=f"IKI {n}",
                        target=parse_target(target), realisasi=realisasi, jenis_rk=jenis_rk)


def document(rows: list[PenilaianRow], jenis: str = "JA", perilaku: Perilaku | None = PERILAKU
             ) -> SkpDocument:
    return SkpDocument(form=f"{jenis.lower()}-dasar", jenis=jenis, model="dasar", sheet="SKP",
                       penilaian=Penilaian(rows=rows), perilaku=perilaku)


def test_ja_document(config) -> None:
    doc = document([
        row(12, "RK 1", "95 %", 93),
        row(13, None, "85 dokumen", 85),
        row(14, "RK 2", "80 - 90 %", 92),
        row(15, "RK 2", "7 - 8 bulan", 6.5, aspek="Waktu"),
        row(18, "RK T", "1 kegiatan", 1, section="tambahan"),
    ])
    score = score_document(doc, config)
    assert [(s.row, s.capaian_bulat, s.kategori) for s in score.iki] == [
        (12, 98, "Cukup"), (13, 100, "Baik"), (14, 102, "Sangat Baik"), (15, 107, "Sangat Baik"),
        (18, 100, "Baik"),
    ]
    assert [s.nilai for s in score.iki] == pytest.approx([88, 109, 110 + 10 / 9, 110 + 60 / 9, 109])
    assert [(r.row, r.section, r.kategori) for r in score.rk] == [
        (12, "utama", "Baik"), (14, "utama", "Sangat Baik"), (18, "tambahan", "Baik"),
    ]
    rk2 = (110 + 10 / 9 + 110 + 60 / 9) / 2
    assert [r.nilai for r in score.rk] == pytest.approx([98.5, rk2, 109])
    assert [r.nilai_tertimbang for r in score.rk] == pytest.approx([98.5 / 2, rk2 / 2, 8.72])
    assert score.nilai_kinerja_utama == pytest.approx((98.5 + rk2) / 2)
    assert score.nilai_kinerja_tambahan == pytest.approx(8.72)
    assert score.nilai_skp == 114.91  # 106,19 + 8,72
    assert score.nilai_perilaku == 104
    assert score.nilai_kinerja == 111.64  # 70 % × 114,91 + 30 % × 104
    assert score.predikat == "Baik"  # ≥ 110 but no ide baru


def test_ide_baru_gives_sangat_baik(config) -> None:
    perilaku = PERILAKU.model_copy(update={"ide_baru": True})
    score = score_document(document([row(12, "RK 1", "10 laporan", 20)], perilaku=perilaku), config)
    assert (score.nilai_skp, score.nilai_kinerja, score.predikat) == (120, 115.2, "Sangat Baik")


def test_jpt_official_example(config) -> None:
    """59,2 + 43,6 + 0 = 102,8: PK RK at 98 %, 98 % and 120 % (nilai 88, 88, 120; mean 98,67 × 60 %)
    and one Rencana Aksi RK at 100 % (109 × 40 %); JENIS RK left blank counts as Perjanjian Kinerja."""
    doc = document([
        row(12, "PK 1", "95 %", 93, aspek=None),
        row(13, "PK 2", "95 %", 93, aspek=None, jenis_rk="Perjanjian Kinerja"),
        row(14, "PK 3", "10 dokumen", 12, aspek=None, jenis_rk="Perjanjian Kinerja"),
        row(15, "RA 1", "85 %", 85, aspek=None, jenis_rk="RENCANA AKSI"),
    ], jenis="JPT")
    score = score_document(doc, config)
    assert [r.jenis for r in score.rk] == ["perjanjian-kinerja"] * 3 + ["rencana-aksi"]
    assert [r.nilai_tertimbang for r in score.rk] == pytest.approx([17.6, 17.6, 24, 43.6])
    assert score.nilai_kinerja_utama == pytest.approx(102.8)
    assert score.nilai_kinerja_tambahan == 0
    assert score.nilai_skp == 102.8
    assert score.nilai_kinerja == 103.16
    assert score.predikat == "Baik"


def test_jpt_without_rencana_aksi_is_the_plain_mean(config) -> None:
    rows = [row(12, "PK 1", "95 %", 93, aspek=None), row(13, "PK 2", "85 %", 85, aspek=None)]
    doc = document(rows, jenis="JPT")
    assert score_document(doc, config).nilai_skp == 98.5


def test_missing_realisasi_leaves_its_rk_and_the_totals_empty(config) -> None:
    doc = document([
        row(12, "RK 1", "95 %", 93), row(13, None, "85 dokumen", None), row(14, "RK 2", "5 dokumen", 5),
    ])
    score = score_document(doc, config)
    assert [s.nilai for s in score.iki] == [88, None, 109]
    assert [r.nilai for r in score.rk] == [None, 109]
    assert [r.nilai_tertimbang for r in score.rk] == [None, 54.5]
    assert (score.nilai_kinerja_utama, score.nilai_skp, score.nilai_kinerja) == (None, None, None)
    assert score.predikat is None
    assert score.nilai_perilaku == 104


def test_missing_perilaku_leaves_nilai_kinerja_empty(config) -> None:
    score = score_document(document([row(12, "RK 1", "95 %", 93)], perilaku=None), config)
    assert (score.nilai_skp, score.nilai_perilaku) == (88, None)
    assert (score.nilai_kinerja, score.predikat) == (None, None)


def test_document_without_penilaian(config) -> None:
    doc = SkpDocument(form="ja-dasar", jenis="JA", model="dasar", sheet="SKP", perilaku=PERILAKU)
    score = score_document(doc, config)
    assert (score.iki, score.rk, score.nilai_skp, score.nilai_perilaku) == ([], [], None, 104)


def test_kinerja_tambahan_is_capped_at_10(config) -> None:
    doc = document([
        row(12, "RK 1", "10 laporan", 10),
        row(20, "T 1", "1 kegiatan", 2, section="tambahan"),
        row(21, "T 2", "1 kegiatan", 1, section="tambahan"),
    ])
    score = score_document(doc, config)
    assert [r.nilai_tertimbang for r in score.rk] == pytest.approx([109, 12, 8.72])
    assert score.nilai_kinerja_tambahan == 10
    assert score.nilai_skp == 119


def test_twin_rk_texts_read_as_two_blocks_stay_two_rk(config) -> None:
    first, second = row(12, "RK sama", "95 %", 93), row(13, "RK sama", "85 dokumen", 85)
    first.cells, second.cells = {"rk": "C12"}, {"rk": "C13"}
    score = score_document(document([first, second]), config)
    assert [r.nilai for r in score.rk] == [88, 109]
