"""Build SKP Model Dasar workbooks whose jenis (JA or JF) follows from the jabatan and the Keterkaitan AK
sheet, with openpyxl. Names begin ``jenis_<jenis>_<model>_``: the form each must be read as.

Run ``python tests/data/make_jenis_jabatan.py`` to regenerate; the .xlsx files are committed beside it.

An agency's template carries a Keterkaitan AK sheet for everyone; a JA leaves it unfilled:

* ``jenis_ja_dasar_lampiran_ak_kosong``: JA pelaksana ``Pengolah Data dan Informasi``; sheet ``Keterkaitan
  AK`` with its title, header, ``KINERJA UTAMA`` and numbered rows, nothing else: a JA form, no finding.
* ``jenis_ja_dasar_lampiran_ak_rk_saja``: the same sheet listing both RK of the plan, with no butir kegiatan
  and no angka kredit: a JA form, no finding.
* ``jenis_jf_dasar_lampiran_ak_rk_saja``: the same sheet, the jabatan ``Statistisi Ahli Pertama``: a JF form
  whose two RK are linked to no butir (``rk-tanpa-butir-kegiatan`` at C14 and C16).
* ``jenis_jf_dasar_lampiran_ak_sebagian``: jabatan ``Pengolah Data dan Informasi`` (no JF name), the annex
  names a butir for the first RK only: the filled annex makes the form JF, and the second RK (C16) is linked
  to no butir.

JF written with the pre-2014 word ``JFT`` (jabatan fungsional tertentu) before the name:

* ``jenis_jf_dasar_jft_tanpa_lampiran``: jabatan ``JFT Pustakawan`` without jenjang and no Keterkaitan AK
  sheet: a JF form, ``keterkaitan-ak-hilang``.
* ``jenis_jf_dasar_jft_lampiran``: the same jabatan with a filled Keterkaitan AK: no finding.

A CPNS (NIP with TMT 2024-06) writes the status beside the pangkat and before the jabatan:

* ``jenis_ja_dasar_cpns_pangkat``: pangkat ``Penata Muda, III/a (CPNS)``: no finding.
* ``jenis_ja_dasar_cpns_pangkat_tidak_cocok``: ``Penata, III/a (CPNS)``: ``pangkat-tidak-dikenal`` at C8.
* ``jenis_ja_dasar_cpns_tanpa_golongan``: ``CPNS`` alone, no pangkat: ``pangkat-tidak-dikenal`` at C8.
* ``jenis_jf_dasar_cpns_tanpa_lampiran``: jabatan ``CPNS Statistisi`` (no jenjang), pangkat ``Penata Muda /
  III a - CPNS``, no Keterkaitan AK sheet: a JF form, ``keterkaitan-ak-hilang`` only.

The NIP cell of a PPPK under the number's own name, and of a CPNS with the status after the number:

* ``jenis_ja_dasar_ni_pppk``: ``NI PPPK. 19930521 202321 2 011``, golongan ``IX``: no finding.
* ``jenis_ja_dasar_nip_status_cpns``: ``19990615 202406 1 003 (CPNS)``, ``Penata Muda, III/a (CPNS)``: no
  finding.
* ``jenis_ja_dasar_nip_status_saja``: ``(CPNS)`` and no number: ``nip-tidak-valid`` at C7.

A JF named with its jenjang after the role its holder plays:

* ``jenis_jf_dasar_peran_tanpa_lampiran``: jabatan ``Ketua Tim Kerja Statistik Sektoral (Statistisi Mahir)``,
  pangkat ``Penata Muda Tingkat I, III/b``, no Keterkaitan AK: a JF form, ``keterkaitan-ak-hilang`` only.
* ``jenis_jf_dasar_peran_jenjang``: ``Ketua Tim Kerja Statistik Sektoral, Statistisi Mahir`` with a filled
  annex and pangkat ``Penata, III/c``: ``jenjang-golongan-tidak-sesuai`` at C8 (Mahir is III/a–III/b).
* ``jenis_ja_dasar_kasi_nama_jf``: ``Kepala Seksi Statistik (Statistisi)``, the JF name without a jenjang
  behind a structural post: a JA form, no finding.
"""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook

HERE = Path(__file__).parent

PEGAWAI = [
    "Rina Kartikasari, S.Si.",
    "19930521 201903 2 011",
    "Penata Muda, III/a",
    None,
    "Bidang Statistik Sektoral Dinas Komunikasi dan Informatika",
]
PENILAI = [
    "Hendra Saputra, S.Kom., M.T.",
    "19800714 200604 1 003",
    "Pembina, IV/a",
    "Kepala Bidang Statistik",
    "Dinas Komunikasi dan Informatika Kabupaten Contoh",
]
LABELS = ["NAMA", "NIP", "PANGKAT/GOL RUANG", "JABATAN", "UNIT KERJA"]
HEADER = [
    "NO",
    "RENCANA KINERJA ATASAN LANGSUNG/UNIT KERJA/ORGANISASI",
    "RENCANA KINERJA",
    "ASPEK",
    "INDIKATOR KINERJA INDIVIDU",
    "TARGET",
]
ATASAN = "Meningkatnya ketersediaan data statistik sektoral yang berkualitas"
RK = [
    (
        "Data statistik sektoral perangkat daerah tersaji tepat waktu",
        [
            ("Kuantitas", "Jumlah tabel statistik sektoral yang tersaji", "60 tabel"),
            ("Waktu", "Waktu penyajian tabel sesudah akhir triwulan", "15 hari"),
        ],
    ),
    (
        "Metadata statistik sektoral yang lengkap dan terverifikasi",
        [
            ("Kuantitas", "Jumlah metadata kegiatan statistik yang terverifikasi", "12 metadata"),
            ("Kualitas", "Persentase metadata tanpa catatan walidata", "90 %"),
        ],
    ),
]
BUTIR = [
    ("Melakukan kompilasi data statistik sektoral", "Tabel statistik", "0,04"),
    ("Melakukan verifikasi metadata statistik", "Metadata terverifikasi", "0,02"),
]


def _kop(ws, jabatan: str) -> None:  # type: ignore[no-untyped-def]
    ws["A5"], ws["B5"], ws["D5"], ws["E5"] = "NO", "PEGAWAI YANG DINILAI", "NO", "PEJABAT PENILAI KINERJA"
    for i, label in enumerate(LABELS):
        r = 6 + i
        ws.cell(r, 1, i + 1)
        ws.cell(r, 2, label)
        ws.cell(r, 3, jabatan if i == 3 else PEGAWAI[i])
        ws.cell(r, 4, i + 1)
        ws.cell(r, 5, label)
        ws.cell(r, 6, PENILAI[i])


CPNS_NIP = "19990615 202406 1 003"


def build(
    name: str, jabatan: str, annex: str | None, pangkat: str | None = None, nip: str | None = None
) -> None:
    """``annex``: None (no sheet), ``kosong`` (title and header only), ``rk`` (the RK without butir),
    ``sebagian`` (a butir for the first RK only) or ``isi`` (a butir for each RK)."""
    wb = Workbook()
    ws = wb.active
    ws.title = "SKP"
    ws["A1"] = "RENCANA SASARAN KINERJA PEGAWAI"
    ws["A2"] = "DINAS KOMUNIKASI DAN INFORMATIKA KABUPATEN CONTOH"
    ws["A3"] = "PERIODE PENILAIAN : 1 Januari s.d. 31 Desember 2026"
    _kop(ws, jabatan)
    if pangkat is not None:
        ws["C8"] = pangkat
    if nip is not None:
        ws["C7"] = nip
    for c, label in enumerate(HEADER, 1):
        ws.cell(12, c, label)
    ws["A13"] = "A. KINERJA UTAMA"
    r = 14
    for n, (rk, ikis) in enumerate(RK, 1):
        ws.cell(r, 1, n)
        ws.cell(r, 2, ATASAN)
        ws.cell(r, 3, rk)
        for i, (aspek, iki, target) in enumerate(ikis):
            ws.cell(r + i, 4, aspek)
            ws.cell(r + i, 5, iki)
            ws.cell(r + i, 6, target)
        r += len(ikis)
    ws.cell(r, 1, "B. KINERJA TAMBAHAN")
    if annex is not None:
        ak = wb.create_sheet("Keterkaitan AK")
        ak["A1"] = "FORMAT KETERKAITAN SKP DENGAN ANGKA KREDIT"
        ak["A3"] = "PERIODE PENILAIAN : 1 Januari s.d. 31 Desember 2026"
        _kop(ak, jabatan)
        for c, label in enumerate(["NO", "RENCANA KINERJA", "BUTIR KEGIATAN", "OUTPUT", "ANGKA KREDIT"], 1):
            ak.cell(12, c, label)
        ak["A13"] = "KINERJA UTAMA"
        for n, (rk, _) in enumerate(RK, 1):
            ak.cell(13 + n, 1, n)
            if annex == "kosong":
                continue
            ak.cell(13 + n, 2, rk)
            if annex == "isi" or (annex == "sebagian" and n == 1):
                for c, value in enumerate(BUTIR[n - 1], 3):
                    ak.cell(13 + n, c, value)
    wb.save(HERE / f"{name}.xlsx")


def main() -> None:
    build("jenis_ja_dasar_lampiran_ak_kosong", "Pengolah Data dan Informasi", "kosong")
    build("jenis_ja_dasar_lampiran_ak_rk_saja", "Pengolah Data dan Informasi", "rk")
    build("jenis_jf_dasar_lampiran_ak_rk_saja", "Statistisi Ahli Pertama", "rk")
    build("jenis_jf_dasar_lampiran_ak_sebagian", "Pengolah Data dan Informasi", "sebagian")
    build("jenis_jf_dasar_jft_tanpa_lampiran", "JFT Pustakawan", None)
    build("jenis_jf_dasar_jft_lampiran", "JFT Pustakawan", "isi")
    jabatan = "Pengolah Data dan Informasi"
    build("jenis_ja_dasar_cpns_pangkat", jabatan, None, "Penata Muda, III/a (CPNS)", CPNS_NIP)
    build("jenis_ja_dasar_cpns_pangkat_tidak_cocok", jabatan, None, "Penata, III/a (CPNS)", CPNS_NIP)
    build("jenis_ja_dasar_cpns_tanpa_golongan", jabatan, None, "CPNS", CPNS_NIP)
    build("jenis_ja_dasar_ni_pppk", jabatan, None, "IX", "NI PPPK. 19930521 202321 2 011")
    build("jenis_ja_dasar_nip_status_cpns", jabatan, None, "Penata Muda, III/a (CPNS)", f"{CPNS_NIP} (CPNS)")
    build("jenis_ja_dasar_nip_status_saja", jabatan, None, "Penata Muda, III/a (CPNS)", "(CPNS)")
    peran = "Ketua Tim Kerja Statistik Sektoral"
    build(
        "jenis_jf_dasar_peran_tanpa_lampiran",
        f"{peran} (Statistisi Mahir)",
        None,
        "Penata Muda Tingkat I, III/b",
    )
    build("jenis_jf_dasar_peran_jenjang", f"{peran}, Statistisi Mahir", "isi", "Penata, III/c")
    build(
        "jenis_ja_dasar_kasi_nama_jf", "Kepala Seksi Statistik (Statistisi)", None, "Penata Tingkat I, III/d"
    )
    build(
        "jenis_jf_dasar_cpns_tanpa_lampiran", "CPNS Statistisi", None, "Penata Muda / III a - CPNS", CPNS_NIP
    )


if __name__ == "__main__":
    main()
