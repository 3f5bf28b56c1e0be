"""Penilaian (SPEC §6): capaian, kategori, nilai, nilai SKP, nilai kinerja and predikat."""
