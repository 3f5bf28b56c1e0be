"""Build the workbooks of a superior with long RK and staff who copy them cut off with an ellipsis, for
``tests/test_kumpulan_rk_terpotong.py`` (found by the held-out set ``benchmarks/nyata_cf``; written apart from
it).

Run ``python tests/data/make_kumpulan_rk_terpotong.py`` to regenerate; the files are committed beside it.

``kumpulan_rk_terpotong/``: the Kepala Bidang (``kabid.xlsx``) writes two RK of 17 and 15 words. Her staff:

* ``staf_terpotong.xlsx``: both RK atasan cut after about half their words, with ``...`` (B14) and ``…``
  (B16), the last word of the second cut inside the word: both are hers, nothing to report;
* ``staf_terpotong_lain.xlsx``: one RK atasan cut with ``...`` that begins no RK of hers (B14), and one cut
  after three words only (B16, too short to name one): ``rk-atasan-tidak-cocok`` at both.
"""

from __future__ import annotations

from pathlib import Path

from make_kumpulan_pelaksana import _skp
from openpyxl import Workbook

HERE = Path(__file__).parent
FOLDER = "kumpulan_rk_terpotong"

KADIS = ("Dr. Ir. Hasanuddin, M.Si.", "19680305 199303 1 006", "Pembina Utama Muda, IV/c", "Kepala Dinas",
         "Dinas Lingkungan Hidup")
KABID = ("Ratna Dewi Lestari, S.T., M.T.", "19790812 200501 2 004", "Pembina, IV/a",
         "Kepala Bidang Pengendalian Pencemaran", "Dinas Lingkungan Hidup")
ANDI = ("Andi Saputra, S.Si.", "19910423 201503 1 002", "Penata Muda Tingkat I, III/b", "Pengawas Lingkungan",
        "Bidang Pengendalian Pencemaran")
MEGA = ("Mega Puspita, S.T.", "19930117 201803 2 001", "Penata Muda, III/a", "Analis Pencemaran",
        "Bidang Pengendalian Pencemaran")

RK_KADIS = ["Kualitas lingkungan hidup daerah yang meningkat", "Layanan dinas yang akuntabel"]
RK_KABID = [
    "Meningkatnya kualitas pemantauan dan pengendalian pencemaran air dan udara pada usaha dan kegiatan "
    "di seluruh wilayah kabupaten",
    "Terlaksananya pengawasan ketaatan penanggung jawab usaha terhadap izin lingkungan dan persetujuan "
    "teknis pembuangan limbah",
]


def kabid() -> Workbook:
    return _skp(KABID, KADIS, list(zip(RK_KADIS, RK_KABID, strict=True)))


def staf_terpotong() -> Workbook:
    return _skp(ANDI, KABID, [
        ("Meningkatnya kualitas pemantauan dan pengendalian pencemaran air ...",
         "Laporan pemantauan air sungai"),
        ("Terlaksananya pengawasan ketaatan penanggung jawab usaha terhadap izin lingk…",
         "Berita acara pengawasan usaha"),
    ])


def staf_terpotong_lain() -> Workbook:
    return _skp(MEGA, KABID, [
        ("Meningkatnya kualitas pelayanan perizinan lingkungan hidup ...", "Rekomendasi teknis yang terbit"),
        ("Meningkatnya kualitas pemantauan ...", "Data kualitas udara yang mutakhir"),
    ])


BOOKS = {
    f"{FOLDER}/kabid.xlsx": kabid,
    f"{FOLDER}/staf_terpotong.xlsx": staf_terpotong,
    f"{FOLDER}/staf_terpotong_lain.xlsx": staf_terpotong_lain,
}


def main() -> None:
    for name, build in BOOKS.items():
        (HERE / name).parent.mkdir(parents=True, exist_ok=True)
        build().save(HERE / name)


if __name__ == "__main__":
    main()
