"""Build ``rekap_orang/`` and ``daftar/daftar_rekap_orang.csv``: pegawai who sent more than one SKP, for the
recap's people counts (``skp.recap.people``).

Run ``python tests/data/make_rekap_orang.py`` to regenerate; the folder is committed beside it. The SKP are
JPT forms with a filled Penilaian sheet, written by the builders of ``benchmarks/merah_ax/buat.py`` (whose
realisasi give the predikat named below); every one is rated by the Bupati, whose NIP the form leaves ``-``
(SPEC §3.1).

- Andi moved mid-year: ``bina_marga/andi_jan_jun.xlsx`` (1 Januari–30 Juni, Bidang Bina Marga, Baik) and
  ``cipta_karya/andi_jul_des.xlsx`` (1 Juli–31 Desember, Bidang Cipta Karya, Sangat Baik): no skp-ganda.
- Budi sent his SKP again with other realisasi: ``cipta_karya/budi.xlsx`` (Baik) and
  ``cipta_karya/revisi/budi.xlsx`` (Butuh Perbaikan), the same period (skp-ganda): which predikat holds is
  not for the recap to guess.
- Citra sent the same SKP twice: ``bina_marga/citra.xlsx`` and ``bina_marga/revisi/citra.xlsx`` (Baik both).
- Dodi, once: ``bina_marga/dodi.xlsx`` (Kurang).
- ``rusak_1.xlsx`` and ``rusak_2.xlsx``: no workbook, so no NIP: each one person.

The daftar lists Andi twice (the old unit's row ``Mutasi Keluar`` above the new one), Budi, Citra, Dodi and
Eka (Bina Marga, sent nothing), every atasan the Sekretaris Daerah (whose NIP no SKP names: the Bupati
rates them).
"""

from __future__ import annotations

import importlib.util
import shutil
import sys
import zipfile
from pathlib import Path
from typing import Any

HERE = Path(__file__).parent
BENCHMARK = HERE.parents[1] / "benchmarks" / "merah_ax" / "buat.py"
FOLDER = HERE / "rekap_orang"
DAFTAR = HERE / "daftar" / "daftar_rekap_orang.csv"
AGENCY = "DINAS PEKERJAAN UMUM KABUPATEN SUKAMAJU"
BINA_MARGA, CIPTA_KARYA = "Bidang Bina Marga", "Bidang Cipta Karya"
SEKDA = "19650101 199003 1 001"
SETAHUN = "PERIODE PENILAIAN: 1 JANUARI SD 31 DESEMBER 2025"
SEMESTER_1 = "PERIODE PENILAIAN: 1 JANUARI SD 30 JUNI 2025"
SEMESTER_2 = "PERIODE PENILAIAN: 1 JULI SD 31 DESEMBER 2025"

ANDI, BUDI, CITRA, DODI, EKA = (
    "19750111 200003 1 101", "19760212 200103 1 102", "19770313 200203 2 103", "19780414 200303 1 104",
    "19790515 200403 2 105")
MET = [[85.0, 95.0], [3.5], [44.0], [90.0]]
LOW = [[60.0, 70.0], [2.5], [30.0], [70.0]]
BAIK: dict[str, Any] = {"real": MET, "perilaku": 100.0}
SANGAT_BAIK: dict[str, Any] = {"real": MET, "perilaku": 100.0, "ide_baru": "Ya"}
BUTUH_PERBAIKAN: dict[str, Any] = {"real": MET, "perilaku": 20.0}
KURANG: dict[str, Any] = {"real": LOW, "perilaku": 40.0}

# file -> (nama, NIP, unit kerja, periode line, scoring)
SKP: dict[str, tuple[str, str, str, str, dict[str, Any]]] = {
    "bina_marga/andi_jan_jun.xlsx": ("Andi Saputra", ANDI, BINA_MARGA, SEMESTER_1, BAIK),
    "cipta_karya/andi_jul_des.xlsx": ("Andi Saputra", ANDI, CIPTA_KARYA, SEMESTER_2, SANGAT_BAIK),
    "cipta_karya/budi.xlsx": ("Budi Hartono", BUDI, CIPTA_KARYA, SETAHUN, BAIK),
    "cipta_karya/revisi/budi.xlsx": ("Budi Hartono", BUDI, CIPTA_KARYA, SETAHUN, BUTUH_PERBAIKAN),
    "bina_marga/citra.xlsx": ("Citra Lestari", CITRA, BINA_MARGA, SETAHUN, BAIK),
    "bina_marga/revisi/citra.xlsx": ("Citra Lestari", CITRA, BINA_MARGA, SETAHUN, BAIK),
    "bina_marga/dodi.xlsx": ("Dodi Pratama", DODI, BINA_MARGA, SETAHUN, KURANG),
}
ROWS = [  # NIP, NAMA, UNIT KERJA, STATUS
    (ANDI, "Andi Saputra", BINA_MARGA, "Mutasi Keluar"),
    (ANDI, "Andi Saputra", CIPTA_KARYA, "Aktif"),
    (BUDI, "Budi Hartono", CIPTA_KARYA, "Aktif"),
    (CITRA, "Citra Lestari", BINA_MARGA, "Aktif"),
    (DODI, "Dodi Pratama", BINA_MARGA, "Aktif"),
    (EKA, "Eka Wulandari", BINA_MARGA, "Aktif"),
]


def _builders() -> Any:
    spec = importlib.util.spec_from_file_location("merah_ax_buat", BENCHMARK)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def main() -> None:
    ax = _builders()
    shutil.rmtree(FOLDER, ignore_errors=True)
    for name, (nama, nip, unit, periode, scoring) in SKP.items():
        pegawai = ax.person(nama, nip, unit, f"Kepala {unit}", "Pembina Utama Muda, IV/c")
        kept = ax.ag.PERIODE
        ax.ag.PERIODE = periode
        try:
            ax.jpt_file(FOLDER / name, pegawai, AGENCY, scoring["real"], scoring["perilaku"],
                        ide_baru=scoring.get("ide_baru"))
        finally:
            ax.ag.PERIODE = kept
    for n in (1, 2):
        ax.broken_file(FOLDER / f"rusak_{n}.xlsx")
    for book in sorted(FOLDER.rglob("*.xlsx")):
        if zipfile.is_zipfile(book):
            ax.freeze(book)
    lines = ["NIP;NAMA;JABATAN;UNIT KERJA;NIP ATASAN;STATUS"]
    lines += [f"{nip};{nama};Kepala {unit};{unit};{SEKDA};{status}" for nip, nama, unit, status in ROWS]
    DAFTAR.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
