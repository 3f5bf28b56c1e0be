"""One typo in a label (SPEC §3.10) is forgiven where labels are matched by similarity: a label of six to
eight letters with a letter wrong, missing, added or two neighbours swapped stays under the ratio
threshold, so ``pencocokan_label.satu_salah_ketik`` places it too; shorter labels only ever match exactly."""

from __future__ import annotations

import pytest

from skp.config import Config
from skp.reading.rules import reading_rules
from skp.reading.session import FuzzyRules


@pytest.mark.parametrize(("written", "label"), [
    ("TUJAUN", "TUJUAN"),  # two neighbours swapped
    ("FORUMLA", "FORMULA"),
    ("TARGRT", "TARGET"),  # one letter wrong
    ("PERIDE", "PERIODE"),  # one missing
    ("SATUUAN", "SATUAN"),  # one added
])
def test_one_typo_in_a_label_of_six_letters_or_more_is_placed(written: str, label: str) -> None:
    rules = FuzzyRules.of(reading_rules(Config()))
    score = rules.similarity(written, [label])
    assert score is not None and score >= rules.threshold


@pytest.mark.parametrize(("written", "label"), [
    ("TUAJUN", "TUJUAN"),  # two typos
    ("SASARAN", "SATUAN"),
    ("ASEPK", "ASPEK"),  # shorter than panjang_minimum: exact only
    ("NMAA", "NAMA"),
])
def test_two_typos_or_a_short_label_are_not_placed(written: str, label: str) -> None:
    assert FuzzyRules.of(reading_rules(Config())).similarity(written, [label]) is None


def test_the_ratio_still_decides_for_long_labels() -> None:
    rules = FuzzyRules.of(reading_rules(Config()))
    score = rules.similarity("DESKIRPSIRENCANAKINERJA", ["DESKRIPSIRENCANAKINERJA"])
    assert score is not None and score > rules.threshold


def test_an_agency_may_turn_the_typo_rule_off() -> None:
    config = Config(rules={"pembacaan": {"pencocokan_label": {"satu_salah_ketik": False}}})
    assert FuzzyRules.of(reading_rules(config)).similarity("TUJAUN", ["TUJUAN"]) is None
