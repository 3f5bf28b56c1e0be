"""A superior's SKP with a team on its Matriks sheet, written through the template builder.

The cascading tests (core, CLI and add-in) start from this workbook, so what they read is what the
official template produces, not a hand-made layout.
"""

from __future__ import annotations

from pathlib import Path

from skp.config import Config
from skp.models import (
    Identity,
    Iki,
    MatriksAnggota,
    MatriksPeranHasil,
    Period,
    RencanaKinerja,
    SkpDocument,
)
from skp.numbers import parse_target
from skp.writing.atomic import save_workbook
from skp.writing.builder import build_workbook

ATASAN_NIP = "198609262015051001"
TEAM = [
    ("Citra Lestari", "199001012015032001", "Perencana Ahli Pertama"),
    ("Dodi Pratama", "199202022016031001", "Analis Perencanaan"),
    ("Eka Putri", "199303032017032002", "Pengadministrasi Umum"),
]


def _iki(aspek: str, text: str, target: str) -> Iki:
    return Iki(aspek=aspek, aspek_raw=aspek.capitalize(), text=text, target=parse_target(target))  # type: ignore[arg-type]


def atasan_document() -> SkpDocument:
    """A JA Model Dasar SKP: one RK with "10 dokumen" (beban target), one without a quantity."""
    return SkpDocument(
        form="ja-dasar", jenis="JA", model="dasar", sheet="SKP", agency="DINAS PERENCANAAN KABUPATEN X",
        pegawai=Identity(nama="Budi Santoso", nip=ATASAN_NIP, pangkat="Penata, III/c",
                         jabatan="Kepala Seksi Perencanaan", unit_kerja="Bidang Program"),
        penilai=Identity(nama="Ani Wijaya", nip="197001012000032002", pangkat="Pembina, IV/a",
                         jabatan="Kepala Bidang Program", unit_kerja="Dinas Perencanaan"),
        periode=Period(raw="1 JANUARI SD 31 DESEMBER 2025"),
        rencana=[
            RencanaKinerja(section="utama", no="1", text="Tersusunnya dokumen perencanaan daerah",
                           rk_atasan="Meningkatnya kualitas perencanaan daerah",
                           iki=[_iki("kuantitas", "Jumlah dokumen perencanaan", "10 dokumen"),
                                _iki("waktu", "Ketepatan waktu penyusunan", "12 bulan")]),
            RencanaKinerja(section="utama", no="2", text="Terpantaunya pelaksanaan program di wilayah",
                           rk_atasan="Meningkatnya kualitas perencanaan daerah",
                           iki=[_iki("kualitas", "Laporan pemantauan diterima tanpa revisi", "90 %")]),
        ],
        matriks=MatriksPeranHasil(anggota=[MatriksAnggota(nama=n, nip=p, jabatan=j) for n, p, j in TEAM]),
    )


def write_atasan(path: Path, config: Config, document: SkpDocument | None = None) -> Path:
    save_workbook(build_workbook("ja-dasar", config, document or atasan_document()), path)
    return path
