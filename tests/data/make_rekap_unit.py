"""Build ``rekap_unit_ejaan/``: two agencies' submissions whose unit kerja is written many ways.

Run ``python tests/data/make_rekap_unit.py`` to regenerate; the folder is committed beside it.

Dinas Kesehatan Kabupaten Sukamaju: the Kepala Dinas (JPT, unit = the agency, written with its acronym
``Dinkes``), four staff of Bidang Pelayanan Kesehatan who write the unit four ways (plain, capitals,
``Bid. … Dinkes``, ``…, Dinas Kesehatan Kab. Sukamaju``) and one staff of ``Bidang Pelayanan Kesehatan
Rujukan`` (another unit: a longer name is not the agency), two of the Sekretariat (``Sekretariat`` and
``Sekretariat Dinas``). Dinas Sosial Kabupaten Sukamaju: one ``Sekretariat`` and one ``BIDANG
REHABILITASI SOSIAL & PEMBERDAYAAN`` beside ``Bidang Rehabilitasi Sosial dan Pemberdayaan``. Plus the
sample Kepala Bidang (with a scored Penilaian sheet) sent twice (skp-ganda): one predikat, not two. The daftar
``daftar_rekap_unit.csv`` lists Dinkes only, one of whom sent nothing.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parent))

from clean_documents import clean_document  # noqa: E402
from kumpulan_documents import person, rk, write_document  # noqa: E402

from skp.config import Config  # noqa: E402

FOLDER = HERE / "rekap_unit_ejaan"
DAFTAR = HERE / "daftar" / "daftar_rekap_unit.csv"
SAMPLE = HERE.parents[1] / "samples" / "02-kepala-bidang-rina-marlina.xlsx"
DINKES = "DINAS KESEHATAN KABUPATEN SUKAMAJU"
DINSOS = "Dinas Sosial Kabupaten Sukamaju"

KADIS = "19720304 199803 1 002"
KABID = "19800512 200501 2 003"
RK_KADIS = "Meningkatnya cakupan pelayanan kesehatan dasar"
RK_SEK = "Terselenggaranya layanan administrasi dinas yang tertib"

# file -> (agency line, nama, NIP, jabatan, unit kerja as written, NIP penilai)
STAFF = {
    "dinkes/yankes/ani.xlsx": (DINKES, "Ani Rahma", "19900101 201501 2 004", "Pengelola Layanan Kesehatan",
                               "Bidang Pelayanan Kesehatan", KABID),
    "dinkes/yankes/budi.xlsx": (DINKES, "Budi Hartono", "19910202 201601 1 005",
                                "Pengelola Layanan Kesehatan", "BIDANG PELAYANAN KESEHATAN", KABID),
    "dinkes/yankes/citra.xlsx": (DINKES, "Citra Dewi", "19920303 201701 2 006", "Pengolah Data",
                                 "Bid. Pelayanan  Kesehatan Dinkes", KABID),
    "dinkes/yankes/dodi.xlsx": (DINKES, "Dodi Saputra", "19930404 201801 1 007", "Pengolah Data",
                                "Bidang Pelayanan Kesehatan, Dinas Kesehatan Kab. Sukamaju", KABID),
    "dinkes/rujukan/eka.xlsx": (DINKES, "Eka Putri", "19940505 201901 2 008", "Pengolah Data",
                                "Bidang Pelayanan Kesehatan Rujukan", KABID),
    "dinkes/sekretariat/fajar.xlsx": (DINKES, "Fajar Nugraha", "19850606 201001 1 009", "Sekretaris",
                                      "Sekretariat", KADIS),
    "dinkes/sekretariat/gita.xlsx": (DINKES, "Gita Lestari", "19860707 201101 2 010", "Pengadministrasi Umum",
                                     "Sekretariat Dinas", "19850606 201001 1 009"),
    "dinsos/hasan.xlsx": (DINSOS, "Hasan Basri", "19870808 201201 1 011", "Sekretaris", "Sekretariat",
                          "19700909 199603 1 012"),
    "dinsos/indah.xlsx": (DINSOS, "Indah Permata", "19880909 201301 2 013", "Pekerja Sosial",
                          "BIDANG REHABILITASI SOSIAL & PEMBERDAYAAN", "19700909 199603 1 012"),
    "dinsos/joko.xlsx": (DINSOS, "Joko Widodo", "19891010 201401 1 014", "Pekerja Sosial",
                         "Bidang Rehabilitasi Sosial dan Pemberdayaan", "19700909 199603 1 012"),
}


def main() -> None:
    config = Config()
    shutil.rmtree(FOLDER, ignore_errors=True)
    kepala = clean_document("jpt-dasar")
    kepala.agency = DINKES
    kepala.pegawai = person("dr. Hana Safitri, M.Kes.", KADIS, "Kepala Dinas Kesehatan",
                            unit="Dinkes Kab. Sukamaju")
    write_document(kepala, FOLDER / "dinkes" / "kepala.xlsx", config)
    for name, (agency, nama, nip, jabatan, unit, penilai) in STAFF.items():
        document = clean_document("ja-dasar")
        document.agency = agency
        document.pegawai = person(nama, nip, jabatan, unit=unit)
        document.penilai = person("Penilai", penilai, "Kepala", unit=unit)
        document.rencana = [rk(RK_KADIS, f"Layanan {nama.split()[0]} tersedia tepat waktu",
                               [("Kuantitas", "Jumlah laporan layanan", "12 laporan")])]
        write_document(document, FOLDER / name, config)
    for copy in ("kiriman-1", "kiriman-2"):
        (FOLDER / "sampel" / copy).mkdir(parents=True, exist_ok=True)
        shutil.copy(SAMPLE, FOLDER / "sampel" / copy / SAMPLE.name)
    rows = ["NIP;NAMA;UNIT KERJA;STATUS",
            f"{KADIS};dr. Hana Safitri, M.Kes.;Dinas Kesehatan;Aktif",
            "19900101 201501 2 004;Ani Rahma;Bidang Pelayanan Kesehatan;Aktif",
            "19910202 201601 1 005;Budi Hartono;Bidang Pelayanan Kesehatan;Aktif",
            "19950505 202001 2 015;Lina Marlina;Bidang Pelayanan Kesehatan;Aktif",
            "19850606 201001 1 009;Fajar Nugraha;Sekretariat;Aktif"]
    DAFTAR.write_text("\n".join(rows) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
