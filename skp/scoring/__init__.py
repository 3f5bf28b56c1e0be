"""Penilaian (SPEC §6): capaian, kategori, nilai, nilai SKP, nilai kinerja and predikat."""

from skp.scoring.document import DocumentScore, IkiScore, RkScore, score_document
from skp.scoring.settings import ScoringSettings

__all__ = ["DocumentScore", "IkiScore", "RkScore", "ScoringSettings", "score_document"]
