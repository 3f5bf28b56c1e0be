"""Build JA Model Dasar workbooks whose section label B is misspelt, for ``tests/test_bagian_salah_ketik.py``
(found by ``benchmarks/gangguan.py`` ``salah-ketik`` on the held-out sets ``nyata_t``, ``nyata_y``,
``nyata_z``).

Run ``python tests/data/make_bagian_salah_ketik.py`` to regenerate; the files are committed beside it.

* ``bagian_salah_ketik_lampiran_di_bawah``: ``B. KINERJA TAMBHAAN`` (A18) in the plan, while the exact
  words ``KINERJA TAMBAHAN`` stand in a block headed as the Keterkaitan table under it (A27), which ends
  the plan's table: the misspelt label is still the plan's section B, so its RK needs no RK atasan.
* ``bagian_salah_ketik_huruf_terpisah``: ``B.`` in the NO column (A18) and ``KINERJA TAMBHAAN`` beside it
  (B18), as a table pasted from Word keeps them.
* ``bagian_salah_ketik_tanda_tangan_di_samping``: ``B. KINERJA TAMBHAAN`` (A18) beside the NIP of a signature
  block written right of the table (H18), as a form kept for printing has it.
"""

from __future__ import annotations

from pathlib import Path

from make_tempel import _foot, _head, _rows
from openpyxl import Workbook

HERE = Path(__file__).resolve().parent

UTAMA = [
    ("A. KINERJA UTAMA", None, None, None, None, None),
    (1, "Meningkatnya kualitas layanan angkutan umum", "Angkutan umum perdesaan melayani trayek", "Kuantitas",
     "Jumlah trayek perdesaan yang dilayani", "12 trayek"),                                         # 14
    (None, None, None, "Kualitas", "Persentase armada yang laik jalan", "90 %"),                    # 15
    (2, "Meningkatnya keselamatan lalu lintas", "Rambu lalu lintas terpasang lengkap", "Kuantitas",
     "Jumlah rambu yang terpasang", "150 unit"),                                                  # 16
    (None, None, None, "Waktu", "Waktu pemasangan rambu", "6 bulan"),                              # 17
]
TAMBAHAN = (1, None, "Sertifikat pelatihan manajemen transportasi diperoleh", "Kuantitas",
            "Jumlah sertifikat yang diperoleh", "1 sertifikat")                                   # 19


def lampiran_di_bawah() -> Workbook:
    wb = Workbook()
    ws = wb.active
    ws.title = "SKP"
    r = _rows(ws, _head(ws), [*UTAMA, ("B. KINERJA TAMBHAAN", None, None, None, None, None), TAMBAHAN])
    r = _rows(ws, r + 1, [
        ("CATATAN ATAS RENCANA KINERJA", None, None, None, None, None),                             # 22
        ("NO", "RENCANA KINERJA", "BUTIR KEGIATAN", "OUTPUT", "ANGKA KREDIT", None),                 # 23
        ("KINERJA UTAMA", None, None, None, None, None),
        (1, "Angkutan umum perdesaan melayani trayek", "Menyusun jadwal trayek", "Jadwal", "0,12", None),
        (2, "Rambu lalu lintas terpasang lengkap", "Memeriksa pemasangan rambu", "Berita acara", "0,1",
         None),
        ("KINERJA TAMBAHAN", None, None, None, None, None),                                         # 27
        (1, "Sertifikat pelatihan manajemen transportasi diperoleh", "-", "-", "-", None),
    ])
    _foot(ws, r)
    return wb


def huruf_terpisah() -> Workbook:
    wb = Workbook()
    ws = wb.active
    ws.title = "SKP"
    r = _rows(ws, _head(ws), [*UTAMA, ("B.", "KINERJA TAMBHAAN", None, None, None, None), TAMBAHAN])
    _foot(ws, r)
    return wb


def tanda_tangan_di_samping() -> Workbook:
    """``B. KINERJA TAMBHAAN`` (A18) on a row where the penilai's signature block, written right of the
    table, puts its NIP (H18)."""
    wb = Workbook()
    ws = wb.active
    ws.title = "SKP"
    r = _rows(ws, _head(ws), [*UTAMA, ("B. KINERJA TAMBHAAN", None, None, None, None, None), TAMBAHAN])
    ws["H14"], ws["H17"] = "Pejabat Penilai Kinerja,", "Ir. Sutrisno, M.T."
    ws["H18"] = "NIP. 19700101 199503 1 004"
    _foot(ws, r)
    return wb


def main() -> None:
    lampiran_di_bawah().save(HERE / "bagian_salah_ketik_lampiran_di_bawah.xlsx")
    huruf_terpisah().save(HERE / "bagian_salah_ketik_huruf_terpisah.xlsx")
    tanda_tangan_di_samping().save(HERE / "bagian_salah_ketik_tanda_tangan_di_samping.xlsx")


if __name__ == "__main__":
    main()
