"""Cascading helpers (SPEC §4): Matriks Pembagian Peran dan Hasil, target splits, subordinate SKPs."""
