"""Build the workbooks behind the general causes ``benchmarks/merah_bc`` found, for
``tests/test_checks_merah_bc.py``. Written apart from that set's probes: the Penilaian ones start from
``make_penilaian_standar.py``'s JA Model Pengembangan (another plan and sheet than the set's), the Matriks
ones from ``make_kaskade_tombol.py``'s superior and team.

Run ``python tests/data/make_merah_bc.py`` to regenerate; the files are committed beside it.

Penilaian (the plan's row 14 IKI ``12 laporan`` with KURANG ``6 - 8``; row 17 ``300 dokumen`` with CUKUP
``< 150`` and SANGAT BAIK ``> 300``):

* ``merah_bc_standar_campur.xlsx``: row 14 (realisasi 7) writes the standar's ``Kurang`` beside §6.2's nilai
  48,17 (capaian 58 %, Sangat Kurang): a nilai outside the Kurang band, so the kategori (H14) is wrong.
* ``merah_bc_standar_sb_tipis.xlsx``: row 17, realisasi 301 (capaian 100 %, Baik by §6.2; SANGAT BAIK
  ``> 300`` by the standar) written ``Sangat Baik`` 110: clean.
* ``merah_bc_standar_lewat_120.xlsx``: the same written ``Sangat Baik`` 130, above the 120 of SPEC §6.2 (I17).
* ``merah_bc_standar_celah_baik.xlsx``: row 17, realisasi 200 (between CUKUP ``< 150`` and BAIK, the target
  300) written ``Baik`` 100: short of the target is no BAIK (H17, I17).
* ``merah_bc_standar_tepi_baik.xlsx``: the plan's CUKUP for row 14 written ``9 - 12`` (SKP K17, ending on
  the target, which the plan check lets pass), realisasi 12 written ``Cukup`` 80: the target met is BAIK
  alone (H14, I14). ``merah_bc_standar_tepi_baik_bersih.xlsx``: the same row written ``Baik`` 109: clean.
* ``merah_bc_standar_predikat.xlsx``: ``make_penilaian_standar``'s clean rows (three kategori by the standar)
  with NILAI AKHIR SKP 91,80, NILAI PERILAKU 90, NILAI KINERJA 91,26 and PREDIKAT ``Baik`` chained from the
  written nilai as an agency's formulas do (§6.2 alone gives 84,63, Butuh Perbaikan): clean.
* ``merah_bc_standar_predikat_salah.xlsx``: the same with PREDIKAT ``Kurang`` (I26).

Matriks (``kaskade_ba`` superior, team of three from row 9):

* ``merah_bc_matriks_pengelompok.xlsx``: grouping rows ``VIII. Seksi Pelayanan Dokumen`` (row 9, a four-letter
  roman number), ``1.1 Subag Umum`` (row 11, a two-level number and the abbreviation) and ``Sub Bag. Arsip``
  with ``-`` in its NIP and result cells (row 13): none is a member; the three are.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))

from make_kaskade_tombol import superior  # noqa: E402
from make_penilaian_standar import _build  # noqa: E402

# rows 14-18 and 20 of make_penilaian_standar as written: nilai 60, 109, 109 | 72, 75 | tambahan 109
_RK = [(60 + 109 + 109) / 3, (72 + 75) / 2]
_KINERJA_UTAMA = sum(_RK) / len(_RK)
_TAMBAHAN = 80 * 10 / 100 * 109 / 100  # Baik: F 80, bobot lingkup 10
_AKHIR = round(_KINERJA_UTAMA + _TAMBAHAN, 2)  # 91,80
_KINERJA = round(0.7 * _AKHIR + 0.3 * 90, 2)  # 91,26: Baik


def _totals(predikat: str) -> dict[str, object]:
    return {
        "A23": "NILAI AKHIR SKP",
        "I23": _AKHIR,
        "A24": "NILAI PERILAKU KERJA",
        "I24": 90,
        "A25": "NILAI KINERJA PEGAWAI",
        "I25": _KINERJA,
        "A26": "PREDIKAT KINERJA PEGAWAI",
        "I26": predikat,
    }


_TEPI = {"K17": "9 - 12"}  # SKP cells
PLAN: dict[str, dict[str, object]] = {
    "merah_bc_standar_tepi_baik.xlsx": _TEPI, "merah_bc_standar_tepi_baik_bersih.xlsx": _TEPI,
}
PENILAIAN: dict[str, dict[str, object]] = {
    "merah_bc_standar_campur.xlsx": {"H14": "Kurang", "I14": 48.17, "G14": "58,33 %"},
    "merah_bc_standar_sb_tipis.xlsx": {"F17": 301, "G17": "100,33 %", "H17": "Sangat Baik", "I17": 110},
    "merah_bc_standar_lewat_120.xlsx": {"F17": 301, "G17": "100,33 %", "H17": "Sangat Baik", "I17": 130},
    "merah_bc_standar_celah_baik.xlsx": {"H17": "Baik", "I17": 100},
    "merah_bc_standar_tepi_baik.xlsx": {"F14": 12, "G14": "100 %", "H14": "Cukup", "I14": 80},
    "merah_bc_standar_tepi_baik_bersih.xlsx": {"F14": 12, "G14": "100 %", "H14": "Baik", "I14": 109},
    "merah_bc_standar_predikat.xlsx": _totals("Baik"),
    "merah_bc_standar_predikat_salah.xlsx": _totals("Kurang"),
}


def matriks_pengelompok() -> object:
    wb = superior()
    ws = wb["Matriks Peran Hasil"]
    for r in (9, 11, 13):
        ws.insert_rows(r)
    ws["A9"], ws["A11"] = "VIII. Seksi Pelayanan Dokumen", "1.1 Subag Umum"
    ws["A13"], ws["B13"], ws["C13"], ws["D13"], ws["E13"] = "Sub Bag. Arsip", "-", "-", "-", "-"
    return wb


def main() -> None:
    for name, changes in PENILAIAN.items():
        _build(changes, PLAN.get(name)).save(HERE / name)
    matriks_pengelompok().save(HERE / "merah_bc_matriks_pengelompok.xlsx")  # type: ignore[attr-defined]


if __name__ == "__main__":
    main()
