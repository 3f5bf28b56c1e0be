"""A small submission folder with a real hierarchy and known batch defects, written as workbooks.

Kepala Dinas (JPT) → Kepala Bagian (JA, with a Matriks splitting 10 km by beban target) → staf A and B
(same jabatan); staf C twice (the second a resubmission) under a penilai who did not submit; one corrupt
file, one Excel lock file and one hidden folder. Names are hostile on purpose (``=HYPERLINK(...)``, ``+1``,
``@SUM(A1)``) so recap tests can prove no user text becomes a formula. The batch findings each defect must
produce come from :func:`expected_findings`, which places them where the reader locates the defective
RK, identity or Matriks cell in the written workbooks, so template layout changes do not break the tests.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from clean_documents import clean_document

from skp.config import Config
from skp.models import (
    Identity,
    Iki,
    MatriksAnggota,
    MatriksKolom,
    MatriksPeranHasil,
    RencanaKinerja,
    SkpDocument,
)
from skp.numbers import parse_target
from skp.periksa import check_path
from skp.run.batch import Batch, run_batch
from skp.vocab import canonical_aspek
from skp.writing.atomic import save_workbook
from skp.writing.builder import build_workbook

UNIT = "Dinas PUPR Kabupaten Sleman"
KEPALA = "19700101 199503 1 003"
KABAG = "19750312 200003 1 002"
STAF_A = "19900101 201501 1 003"
STAF_B = "19920202 201602 2 004"
STAF_C = "19880808 201001 1 005"
PENILAI_C = "19660606 199003 1 006"

RK_KABAG = ["Jalan kabupaten terpelihara dalam kondisi mantap", "Permohonan PBG diproses melalui SIMBG"]
HOSTILE_NAMES = ('=HYPERLINK("http://x","klik")', "+1", "@SUM(A1)")

SUBMISSIONS = ["kabag.xlsx", "kepala.xlsx", "rusak.xlsx", "unit/staf_a.xlsx", "unit/staf_b.xlsx",
               "unit/staf_c.xlsx", "unit/staf_c_revisi.xlsx"]


def person(nama: str, nip: str, jabatan: str, unit: str = UNIT) -> Identity:
    return Identity(nama=nama, nip=nip, pangkat="Penata, III/c", jabatan=jabatan, unit_kerja=unit)


def rk(
    rk_atasan: str | None, text: str, ikis: list[tuple[str, str, str]], section: str = "utama"
) -> RencanaKinerja:
    """An RK with IKI rows given as (aspek, indikator, target)."""
    return RencanaKinerja(section=section, text=text, rk_atasan=rk_atasan, iki=[
        Iki(text=iki, aspek_raw=aspek, aspek=canonical_aspek(aspek), target=parse_target(target))
        for aspek, iki, target in ikis
    ])


def ja(pegawai: Identity, penilai: Identity, plan: list[RencanaKinerja]) -> SkpDocument:
    document = clean_document("ja-dasar")
    document.pegawai, document.penilai, document.rencana = pegawai, penilai, plan
    return document


def write_document(document: SkpDocument, path: Path, config: Config) -> None:
    """Save through the template builder, keeping formula-like identity text as plain strings."""
    workbook = build_workbook(document.form, config, document)
    for sheet in workbook.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                if cell.value in HOSTILE_NAMES:
                    cell.data_type = "s"
    path.parent.mkdir(parents=True, exist_ok=True)
    save_workbook(workbook, path)


def documents() -> dict[str, SkpDocument]:
    """Every submission of the folder, by relative path."""
    kepala = clean_document("jpt-dasar")
    kepala.pegawai = person("Ir. Hadi Prasetyo, M.T.", KEPALA, "Kepala Dinas")
    jpt_rk = [r.text or "" for r in kepala.rk("utama")]
    kepala_id = person(kepala.pegawai.nama or "", KEPALA, "Kepala Dinas")
    kabag_id = person("Budi Santoso, S.T.", KABAG, "Kepala Bagian Jalan")
    kabag = ja(kabag_id, kepala_id, [
        rk(jpt_rk[0].replace("kemantapan", "kemantapn") + ".", RK_KABAG[0],
           [("Kuantitas", "Panjang jalan yang dipelihara", "10 km")]),
        rk(jpt_rk[1].upper(), RK_KABAG[1], [("Kuantitas", "Jumlah PBG yang diproses", "100 dokumen")]),
    ])
    kabag.matriks = MatriksPeranHasil(
        kolom=[MatriksKolom(rk=RK_KABAG[0], jenis_penyelarasan="direct", metode="Pembagian Beban Target",
                            target=parse_target("10 km"))],
        anggota=[
            MatriksAnggota(nama="Ani", nip=STAF_A, jabatan="Teknik Jalan", hasil=["Ruas I terpelihara"]),
            MatriksAnggota(nama="Bayu", nip=STAF_B, jabatan="Teknik Jalan", hasil=["Ruas II terpelihara"]),
        ],
    )
    staf_a = ja(person("Ani", STAF_A, "Teknik Jalan"), kabag_id, [
        rk(RK_KABAG[0], "Ruas jalan wilayah I terpelihara", [
            ("Kuantitas", "Panjang jalan wilayah I yang dipelihara", "6 km"),
            ("Kualitas", "Persentase ruas dalam kondisi mantap", "90 %"),
            ("Waktu", "Waktu pemeliharaan", "12 bulan"),
        ]),
        rk("Permohonan IMB diproses secara manual", "Berkas permohonan terverifikasi",
           [("Kuantitas", "Jumlah berkas", "12 dokumen")]),
    ])
    staf_b = ja(person("Bayu", STAF_B, "Teknik Jalan"), kabag_id, [
        rk(RK_KABAG[0], "Ruas jalan wilayah II terpelihara",
           [("Kuantitas", "Panjang jalan wilayah II yang dipelihara", "5 km")]),
    ])
    penilai_c = person("Sri Rahayu", PENILAI_C, "Kepala Bidang Tata Ruang")
    plan_c = [rk("Tersusunnya rencana detail tata ruang", "Peta RDTR tersusun",
                 [("Kuantitas", "Jumlah peta", "4 peta")])]
    staf_c = ja(person(HOSTILE_NAMES[0], STAF_C, "Penata Ruang", unit=HOSTILE_NAMES[2]), penilai_c, plan_c)
    revisi = ja(person(HOSTILE_NAMES[1], STAF_C, "Penata Ruang", unit=HOSTILE_NAMES[2]), penilai_c, plan_c)
    return {"kepala.xlsx": kepala, "kabag.xlsx": kabag, "unit/staf_a.xlsx": staf_a,
            "unit/staf_b.xlsx": staf_b, "unit/staf_c.xlsx": staf_c, "unit/staf_c_revisi.xlsx": revisi}


def write_folder(folder: Path, config: Config) -> Path:
    """Write the folder (plus a corrupt file and files discovery must skip); returns ``folder``."""
    for name, document in documents().items():
        write_document(document, folder / name, config)
    (folder / "rusak.xlsx").write_bytes(b"PK\x03\x04 bukan buku kerja")
    (folder / "~$kepala.xlsx").write_bytes(b"kunci Excel")
    (folder / ".arsip").mkdir()
    write_document(documents()["kepala.xlsx"], folder / ".arsip" / "lama.xlsx", config)
    (folder / "catatan.txt").write_text("bukan SKP", encoding="utf-8")
    return folder


def expected_findings(folder: Path, config: Config) -> set[tuple[str, str, str | None, str | None]]:
    """(file, code, sheet, cell) of every batch finding the folder must produce."""
    read = {name: check_path(folder / name, config)[1] for name in documents()}
    kepala, kabag, staf_a, staf_b = (read[n] for n in ("kepala.xlsx", "kabag.xlsx", "unit/staf_a.xlsx",
                                                       "unit/staf_b.xlsx"))
    assert kepala and kabag and staf_a and staf_b and kabag.matriks
    found = {
        ("kepala.xlsx", "rk-atasan-tidak-diintervensi", rk.sheet, rk.cells["rk"])
        for rk in kepala.rk("utama")[2:]
    } | {
        ("kabag.xlsx", "rk-atasan-tidak-diintervensi", kabag.sheet, kabag.rk("utama")[1].cells["rk"]),
        ("kabag.xlsx", "target-kaskade-tidak-seimbang", kabag.matriks.kolom[0].sheet,
         kabag.matriks.kolom[0].cells["target"]),
        ("unit/staf_a.xlsx", "rk-atasan-tidak-cocok", staf_a.sheet, staf_a.rk("utama")[1].cells["rk_atasan"]),
        ("unit/staf_b.xlsx", "kesetaraan-tidak-seimbang", staf_b.sheet, staf_b.utama_cell),
    }
    for name in ("unit/staf_c.xlsx", "unit/staf_c_revisi.xlsx"):
        document = read[name]
        assert document is not None
        found.add((name, "skp-ganda", document.sheet, document.pegawai.cells["nip"]))
        found.add((name, "skp-atasan-tidak-ditemukan", document.sheet, document.penilai.cells["nip"]))
    return found


def run_noting_reads(files: Sequence[Path], config: Config, **options: Any) -> tuple[Batch, list[str]]:
    """``run_batch`` over ``files``, and the files it opened rather than answered from the cache, in
    order (the batch itself only counts them)."""
    opened: list[str] = []
    batch = run_batch(files, config, on_result=lambda r: r.from_cache or opened.append(r.path), **options)
    assert batch.opened == len(opened)
    return batch, opened
