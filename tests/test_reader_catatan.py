"""Notes written in one cell of the plan table (``Catatan: …``, ``*) …``, ``(diisi bila ada)``) are neither an
RK nor an IKI, nor the next line of the text above them: the red-team set ``benchmarks/merah_ah`` found them
read as an RK without IKI (``rk-tanpa-iki``, ``cara-memantau-kosong``) or joined into the last RK's text.
Fixtures: ``tests/data/make_merah_ah.py``. Clean variants have no finding at all; defective ones keep
theirs."""

from __future__ import annotations

from pathlib import Path

import pytest

from skp.config import Config
from skp.periksa import check_path
from skp.reading.rules import ReadingRules, note_pattern

DATA = Path(__file__).parent / "data"


def _check(name: str, config: Config) -> tuple[set[tuple[str, str | None, str | None]], list[str | None]]:
    report, document = check_path(DATA / f"merah_ah_{name}.xlsx", config)
    assert document is not None
    return set(report.flatten()), [rk.text for rk in document.rencana]


@pytest.mark.parametrize(
    "name", ["tambahan_petunjuk_bersih", "catatan_bawah_bersih", "catatan_antara_bersih"]
)
def test_notes_in_the_table_raise_nothing(name: str, config: Config) -> None:
    found, _ = _check(name, config)
    assert found == set()


def test_notes_are_not_joined_into_the_rk_above(config: Config) -> None:
    _, under = _check("catatan_bawah_bersih", config)
    _, between = _check("catatan_antara_bersih", config)
    assert under[-1] == between[-1] == "Tersusunnya bahan paparan pimpinan"
    assert between[-2] == "Data barang milik daerah yang mutakhir"


def test_instruction_left_in_kinerja_tambahan_is_no_rk(config: Config) -> None:
    _, texts = _check("tambahan_petunjuk_bersih", config)
    assert texts == ["Surat dinas yang diproses tepat waktu", "Data barang milik daerah yang mutakhir"]


def test_rk_without_iki_above_a_note_is_still_reported(config: Config) -> None:
    found, texts = _check("catatan_rk_tanpa_iki", config)
    assert found == {("rk-tanpa-iki", "SKP", "D20")}
    assert texts[-1] == "Sertifikat pelatihan pengelolaan persuratan"


def test_rk_opening_with_a_note_word_is_no_note(config: Config) -> None:
    found, _ = _check("bukan_catatan_tanpa_iki", config)
    assert found == {("rk-tanpa-iki", "SKP", "D20")}


@pytest.mark.parametrize(
    ("text", "is_note"),
    [
        ("Catatan: target mengikuti Renja", True),
        ("Catatan", True),
        ("Ket. : RK direktif", True),
        ("NB: dilampiri", True),
        ("*) coret yang tidak perlu", True),
        ("(diisi bila ada)", True),
        ("(B)", False),
        ("(1)", False),
        ("Catatan keuangan yang tertib", False),
        ("Ketersediaan data statistik", False),
        ("Keterangan tambahan", False),
        ("Nihil", False),
    ],
)
def test_note_pattern(text: str, is_note: bool) -> None:
    assert bool(note_pattern(ReadingRules().label_baris_catatan).match(text)) is is_note


def test_note_words_are_configurable() -> None:
    assert not note_pattern([]).match("Catatan: x")
    assert note_pattern([]).match("(jika ada)")
