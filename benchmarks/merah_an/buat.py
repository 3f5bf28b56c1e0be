"""Set merah_an: probe tim merah (kotak putih) untuk identitas, jabatan dan jenis formulir SKP 8/2021.

Setiap berkas adalah satu SKP Model Pengembangan yang sah (kerangka `merah_ah`): JA, atau JF dengan lembar
Keterkaitan AK. Setiap probe mengubah jabatan, pangkat, periode, penilai atau lampiran seperti yang tertulis
di kop nyata: nama JF tanpa `Ahli`, dengan unit, disingkat, jenjang keterampilan, nama jabatan pelaksana 2024,
Plt./Plh., pangkat dalam banyak tulisan, golongan PPPK, periode mutasi tengah tahun. Berkas bersih tidak boleh
mendapat error maupun peringatan; kembaran bercacat menjaga recall.

Pemakaian: ``python benchmarks/merah_an/buat.py [--keluaran DIR] [--harapan FILE]`` (deterministik).
"""

from __future__ import annotations

import copy
import importlib.util
import io
import re
import zipfile
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
SEED = 20261209

# The workbook builder is merah_ah's (one SKP JA Model Pengembangan from a spec): this set changes the kop and
# adds the Keterkaitan AK sheet of a JF, not the builder.
_spec = importlib.util.spec_from_file_location("merah_ah_buat", HERE.parent / "merah_ah" / "buat.py")
_builder = importlib.util.module_from_spec(_spec)  # type: ignore[arg-type]
_spec.loader.exec_module(_builder)  # type: ignore[union-attr]
RENCANA, COLS, base, Buku = _builder.RENCANA, _builder.COLS, _builder.base, _builder.Buku

AK_SHEET = "Keterkaitan AK"
BUTIR = [
    ["Melakukan verifikasi data laporan keuangan", "Laporan hasil verifikasi", "0,25"],
    ["Menyusun rekapitulasi laporan keuangan bulanan", "Rekapitulasi laporan", "0,125"],
    ["Melakukan validasi dokumen pelaksanaan anggaran", "Dokumen tervalidasi", "0,5"],
    ["Melakukan analisis usulan revisi anggaran", "Laporan hasil analisis", "0,35"],
]


def keterkaitan(rows: str = "isi") -> Callable[[Buku], None]:
    """Pengubah: lembar Format Keterkaitan SKP dengan Angka Kredit. ``rows``: ``isi`` (setiap RK utama
    dengan butirnya), ``kosong`` (templat instansi: judul, kop dan kepala tabel saja), ``rk`` (templat yang
    menyalin RK dari lembar SKP, butir dan angka kredit belum diisi) atau ``bawah`` (isi seperti ``isi``,
    ditulis di lembar SKP di bawah tanda tangan)."""

    def mod(book: Buku) -> None:
        spec = book.spec
        if rows == "bawah":
            ws = book.ws
            top = ws.max_row + 3
            ws.cell(top, 1, "FORMAT KETERKAITAN SKP DENGAN ANGKA KREDIT")
            for col, text in {
                1: "NO",
                2: "RENCANA KINERJA",
                3: "BUTIR KEGIATAN",
                5: "OUTPUT",
                6: "ANGKA KREDIT",
            }.items():
                ws.cell(top + 2, col, text)
            ws.cell(top + 3, 1, "KINERJA UTAMA")
            for n, (item, butir) in enumerate(zip(spec["rencana"], BUTIR, strict=False), 1):
                r = top + 3 + n
                ws.cell(r, 1, n)
                ws.cell(r, 2, item["rk"])
                ws.cell(r, 3, butir[0])
                ws.cell(r, 5, butir[1])
                ws.cell(r, 6, butir[2])
            return
        ws = book.wb.create_sheet(AK_SHEET)
        ws["A1"] = "FORMAT KETERKAITAN SKP DENGAN ANGKA KREDIT"
        ws["A2"] = "DINAS PERHUBUNGAN KABUPATEN LEMBAH HIJAU"
        ws["A3"] = spec["periode"] or "PERIODE PENILAIAN: 1 JANUARI SD 31 DESEMBER 2025"
        labels = ["NAMA", "NIP", "PANGKAT/GOL RUANG", "JABATAN", "UNIT KERJA"]
        keys = ["nama", "nip", "pangkat", "jabatan", "unit"]
        ws["A5"], ws["B5"], ws["E5"], ws["F5"] = "NO", "PEGAWAI YANG DINILAI", "NO", "PEJABAT PENILAI KINERJA"
        for i, (label, key) in enumerate(zip(labels, keys, strict=True)):
            r = 6 + i
            ws.cell(r, 1, i + 1)
            ws.cell(r, 2, label)
            ws.cell(r, 3, spec["pegawai"][key]).number_format = "@"
            ws.cell(r, 5, i + 1)
            ws.cell(r, 6, label)
            ws.cell(r, 7, spec["penilai"][key]).number_format = "@"
        ws["B12"], ws["C12"] = "TANGGAL PENGAJUAN", "2 Januari 2025"
        for col, text in {
            1: "NO",
            2: "RENCANA KINERJA",
            4: "BUTIR KEGIATAN",
            6: "OUTPUT",
            7: "ANGKA KREDIT",
        }.items():
            ws.cell(14, col, text)
        ws["A15"] = "KINERJA UTAMA"
        if rows == "kosong":
            for r in range(16, 21):
                ws.cell(r, 1, r - 15)
            return
        r = 16
        for n, (item, butir) in enumerate(zip(spec["rencana"], BUTIR, strict=False), 1):
            ws.cell(r, 1, n)
            ws.cell(r, 2, item["rk"])
            if rows != "rk":
                ws.cell(r, 4, butir[0])
                ws.cell(r, 6, butir[1])
                ws.cell(r, 7, butir[2])
            r += 1

    return mod


# ---------------------------------------------------------------- probes

Probe = tuple[str, str, Callable[[dict[str, Any]], None], list[tuple[str, str | None, str | None]]]

PNS_III = "19900315 201402 2 001"
PPPK_NIP = "19900315 202321 2 001"
CPNS_NIP = "19990615 202406 1 003"


def probes() -> list[Probe]:
    """(nama, uraian, pengubah spesifikasi, cacat [(kode, lembar atau None = lembar SKP, kunci sel)])."""
    out: list[Probe] = []

    def add(
        name: str,
        about: str,
        *,
        form: str = "ja-pengembangan",
        pegawai: dict[str, Any] | None = None,
        penilai: dict[str, Any] | None = None,
        periode: str | None = None,
        ak: str | None = None,
        cacat: list[tuple[str, str | None, str | None]] | None = None,
        **o: Any,
    ) -> None:
        def apply(s: dict[str, Any]) -> None:
            s["form"] = form
            s["pegawai"].update(pegawai or {})
            s["penilai"].update(penilai or {})
            if periode is not None:
                s["periode"] = periode
            mods = list(o.pop("ubah", ()))
            if form.startswith("jf") and ak is None:
                mods.append(keterkaitan("isi"))
            elif ak is not None and ak != "tidak":
                mods.append(keterkaitan(ak))
            s["o"].update(copy.deepcopy(o))
            s["o"]["ubah"] = mods
            if form.endswith("dasar"):
                s["o"]["urutan"] = COLS[:6]

        out.append((name, about, apply, cacat or []))

    def jf(name: str, jabatan: str, pangkat: str, about: str = "", **kw: Any) -> None:
        add(
            name,
            about or f"JF `{jabatan}`, pangkat `{pangkat}`, dengan Keterkaitan AK",
            form=kw.pop("form", "jf-pengembangan"),
            pegawai={"jabatan": jabatan, "pangkat": pangkat, **kw.pop("pegawai", {})},
            **kw,
        )

    def ja(name: str, jabatan: str, pangkat: str, about: str = "", **kw: Any) -> None:
        add(
            name,
            about or f"JA `{jabatan}`, pangkat `{pangkat}`",
            pegawai={"jabatan": jabatan, "pangkat": pangkat, **kw.pop("pegawai", {})},
            **kw,
        )

    # --- JF: nama dan jenjang seperti tertulis di kop nyata
    jf("01-jf-ahli-muda", "Pranata Komputer Ahli Muda", "Penata, III/c")
    jf("02-jf-tanpa-ahli-madya", "Analis Kebijakan Madya", "Pembina, IV/a")
    jf("03-jf-tanpa-ahli-muda", "Pranata Komputer Muda", "Penata Tingkat I (III/d)")
    jf(
        "04-jf-dengan-unit",
        "Pranata Komputer Ahli Muda pada Dinas Komunikasi dan Informatika",
        "Penata Tk. I",
    )
    jf("05-jf-singkatan-prakom", "Prakom Ahli Pertama", "Penata Muda, III/a")
    jf("06-jf-jft", "JFT Perencana Ahli Muda", "III-d")
    jf("07-jf-pemula", "Pranata Komputer Pemula", "Pengatur Muda, II/a")
    jf("08-jf-terampil-batas-bawah", "Penyuluh Pertanian Terampil", "Pengatur Muda Tk. I, II/b")
    jf("09-jf-mahir", "Arsiparis Mahir", "Penata Muda Tk.I / III-b")
    jf("10-jf-penyelia", "Pranata Komputer Penyelia", "IIId")
    jf("11-jf-plt-madya-batas-atas", "Plt. Pranata Komputer Ahli Madya", "Pembina Utama Muda, IV/c")
    jf(
        "12-jf-merangkap-plh",
        "Pranata Komputer Ahli Muda merangkap Plh. Kepala Seksi Aplikasi",
        "Penata, III/c",
    )
    jf("13-jf-nama-lama", "Pranata Komputer Pelaksana Lanjutan", "Penata Muda, III/a")
    jf(
        "14-jf-jft-tanpa-jenjang",
        "JFT Arsiparis",
        "Penata Muda Tingkat I, III/b",
        "JF `JFT Arsiparis` (tanpa jenjang) dengan Keterkaitan AK",
    )
    jf("15-jf-ahli-utama-batas-atas", "Auditor Ahli Utama", "Pembina Utama, IV/e")
    jf(
        "16-jf-pppk-golongan-ix",
        "Pranata Komputer Ahli Pertama",
        "IX",
        "JF PPPK: NIP PPPK, golongan `IX`",
        pegawai={"nip": PPPK_NIP},
    )
    jf("17-jf-sub-koordinator", "Pranata Komputer Ahli Muda / Sub Koordinator Aplikasi", "Penata, III/c")
    jf(
        "18-jf-jabatan-dua-baris",
        "Pranata Komputer Ahli Muda\npada Bidang Aplikasi Informatika",
        "Penata, III/c",
        "JF ditulis dua baris dalam satu sel (nama JF, lalu unit)",
    )
    jf("19-jf-awalan-fungsional", "Fungsional Pranata Komputer Ahli Muda", "Penata, III/c")
    jf(
        "20-jf-penilai-jf",
        "Pranata Komputer Ahli Pertama",
        "Penata Muda Tk. I, III/b",
        "pegawai dan penilai sama-sama JF (penilai `Pranata Komputer Ahli Madya`, `Pembina Tk. I, IV/b`)",
        penilai={"jabatan": "Pranata Komputer Ahli Madya", "pangkat": "Pembina Tk. I, IV/b"},
    )
    jf(
        "21-jf-dasar",
        "Pranata Komputer Ahli Muda",
        "Penata, III/c",
        "JF Model Dasar dengan Keterkaitan AK",
        form="jf-dasar",
    )
    jf("22-jf-kurung-jenjang", "Pranata Komputer (Ahli Muda)", "Penata, III/c")
    jf("23-jf-guru", "Guru Ahli Pertama", "Penata Muda, III/a")
    jf("24-jf-p2upd", "Pengawas Penyelenggaraan Urusan Pemerintahan Daerah Ahli Muda", "Penata Tk.I/III.d")
    jf(
        "25-jf-pppk-terampil",
        "Perawat Terampil",
        "Golongan VII",
        "JF keterampilan PPPK, golongan `Golongan VII`",
        pegawai={"nip": PPPK_NIP},
    )
    jf(
        "26-jf-ak-di-lembar-skp",
        "Pranata Komputer Ahli Muda",
        "Penata, III/c",
        "JF: Format Keterkaitan AK ditulis di lembar SKP, di bawah tanda tangan",
        ak="bawah",
    )
    jf(
        "27-jf-keterampilan-di-luar-katalog",
        "Pranata Sumber Daya Manusia Aparatur Terampil",
        "Pengatur, II/c",
    )
    jf("28-jf-nama-lama-pelaksana", "Pranata Komputer Pelaksana", "Pengatur, II/c")
    jf(
        "29-jf-penilai-ketua-tim",
        "Pranata Komputer Ahli Pertama",
        "Penata Muda, III/a",
        "penilai `Ketua Tim Kerja Aplikasi (Pranata Komputer Ahli Madya)`, `Pembina, IV/a`",
        penilai={
            "jabatan": "Ketua Tim Kerja Aplikasi (Pranata Komputer Ahli Madya)",
            "pangkat": "Pembina, IV/a",
        },
    )
    # --- JA: jabatan pelaksana 2024, pimpinan, Plt.
    ja("30-ja-penata-layanan", "Penata Layanan Operasional", "Penata, III/c")
    ja("31-ja-pengadministrasi", "Pengadministrasi Perkantoran", "Pengatur, II/c")
    ja("32-ja-operator-layanan", "Operator Layanan Operasional", "Pengatur Muda, II/a")
    ja("33-ja-pengelola-layanan", "Pengelola Layanan Operasional", "Pengatur Tingkat I, II/d")
    ja("34-ja-penelaah-teknis", "Penelaah Teknis Kebijakan", "Penata Muda Tk. I, III/b")
    ja(
        "35-ja-pelaksana-dengan-unit",
        "Penata Layanan Operasional pada Subbagian Umum dan Kepegawaian",
        "Penata Tingkat I (III/d)",
    )
    ja(
        "36-ja-plt-kabid",
        "Plt. Kepala Bidang Lalu Lintas",
        "Pembina, IV/a",
        penilai={"jabatan": "Kepala Dinas Perhubungan", "pangkat": "Pembina Utama Muda, IV/c"},
    )
    ja(
        "37-ja-penilai-sekda",
        "Kepala Bagian Umum",
        "Pembina, IV/a",
        "JA administrator, penilai `Asisten Administrasi Umum` (JPT)",
        penilai={
            "jabatan": "Asisten Administrasi Umum Sekretariat Daerah",
            "pangkat": "Pembina Utama Muda, IV/c",
            "unit": "Sekretariat Daerah Kabupaten Lembah Hijau",
        },
    )
    ja(
        "38-ja-templat-ak-kosong",
        "Penata Layanan Operasional",
        "Penata, III/c",
        "JA pelaksana yang memakai templat instansi dengan lembar Keterkaitan AK kosong "
        "(judul dan kepala tabel)",
        ak="kosong",
    )
    ja(
        "44-ja-templat-ak-rk-tersalin",
        "Pengelola Layanan Operasional",
        "Pengatur Tingkat I, II/d",
        "JA pelaksana dengan lembar Keterkaitan AK templat yang menyalin RK dari lembar SKP, butir kosong",
        ak="rk",
    )
    ja(
        "39-ja-analis-tanpa-jenjang",
        "Analis Kepegawaian",
        "Penata Muda Tk. I, III/b",
        "JA `Analis Kepegawaian` tanpa jenjang (nama yang juga dipakai jabatan pelaksana)",
    )
    ja(
        "40-ja-plh-penilai",
        "Penata Layanan Operasional",
        "Penata, III/c",
        "penilai Plh. (`Plh. Kepala Subbagian Keuangan`)",
        penilai={"jabatan": "Plh. Kepala Subbagian Keuangan", "pangkat": "Penata Tk. I, III/d"},
    )
    ja(
        "41-ja-pppk-pelaksana",
        "Pengadministrasi Perkantoran",
        "IX (PPPK)",
        "JA PPPK: NIP PPPK, golongan `IX (PPPK)`",
        pegawai={"nip": PPPK_NIP},
    )
    ja(
        "42-ja-pengawas-kasubbag",
        "Kepala Subbagian Keuangan",
        "Penata Tk. I",
        "JA pengawas, pangkat `Penata Tk. I` tanpa golongan",
    )
    ja(
        "43-ja-penilai-nama-sama",
        "Penata Layanan Operasional",
        "Penata, III/c",
        "penilai bernama sama dengan pegawai (gelar berbeda), NIP lain",
        penilai={"nama": "Dewi Lestari, S.E., M.M."},
    )
    # --- putaran kedua (ditambah sesudah perbaikan pertama): CPNS
    ja(
        "45-ja-cpns-pangkat",
        "Penata Layanan Operasional",
        "Penata Muda, III/a (CPNS)",
        "CPNS: pangkat `Penata Muda, III/a (CPNS)`",
        pegawai={"nip": CPNS_NIP},
    )
    jf(
        "46-jf-cpns",
        "CPNS Pranata Komputer Ahli Pertama",
        "III/a (CPNS)",
        "JF CPNS: jabatan `CPNS Pranata Komputer Ahli Pertama`, pangkat `III/a (CPNS)`",
        pegawai={"nip": CPNS_NIP},
    )
    jf(
        "47-jf-cpns-tanpa-jenjang",
        "CPNS Arsiparis",
        "Penata Muda / III a - CPNS",
        "JF CPNS tanpa jenjang: `CPNS Arsiparis`, pangkat `Penata Muda / III a - CPNS`",
        pegawai={"nip": CPNS_NIP},
    )
    # --- putaran ketiga (sesudah perbaikan kedua): JF sesudah peran (ketua tim, subkoordinator)
    jf(
        "48-jf-peran-lalu-jf-kurung",
        "Ketua Tim Kerja Kearsipan (Arsiparis Mahir)",
        "Penata Muda Tk. I, III/b",
    )
    ja(
        "49-ja-kasi-nama-jf-tanpa-jenjang",
        "Kepala Seksi Data (Pranata Komputer)",
        "Penata Tk. I, III/d",
        "JA pengawas `Kepala Seksi Data (Pranata Komputer)`: nama JF tanpa jenjang di belakang jabatan "
        "struktural",
    )
    # --- putaran keempat (sesudah perbaikan ketiga): sebutan NI PPPK dan status di sel NIP
    ja(
        "57-ja-ni-pppk",
        "Pengadministrasi Perkantoran",
        "IX",
        "PPPK: sel NIP `NI PPPK. 19900315 202321 2 001`, golongan `IX`",
        pegawai={"nip": "NI PPPK. " + PPPK_NIP},
    )
    ja(
        "58-ja-nip-status-cpns",
        "Penata Layanan Operasional",
        "Penata Muda, III/a (CPNS)",
        "CPNS: sel NIP `19990615 202406 1 003 (CPNS)`",
        pegawai={"nip": CPNS_NIP + " (CPNS)"},
    )
    jf(
        "59-jf-nip-pppk-status",
        "Pranata Komputer Ahli Pertama",
        "Golongan IX",
        "JF PPPK: sel NIP `NIP PPPK: 19900315 202321 2 001`",
        pegawai={"nip": "NIP PPPK: " + PPPK_NIP},
    )
    # --- periode
    for n, (slug, text) in enumerate(
        [
            ("sd", "PERIODE PENILAIAN: 1 Januari s.d. 31 Desember 2025"),
            ("bulan-strip", "PERIODE PENILAIAN : Januari - Desember 2025"),
            ("tahun", "PERIODE PENILAIAN : Tahun 2025"),
            ("mutasi-juli", "PERIODE PENILAIAN: 1 Juli s.d. 31 Desember 2025"),
            ("mutasi-juni", "PERIODE PENILAIAN: 1 Januari s.d. 30 Juni 2025"),
            ("mutasi-tengah-bulan", "PERIODE PENILAIAN: 15 Maret 2025 s.d. 31 Desember 2025"),
        ],
        50,
    ):
        ja(
            f"{n}-periode-{slug}",
            "Penata Layanan Operasional",
            "Penata, III/c",
            f"periode `{text}`",
            periode=text,
        )

    def title(text: str) -> Callable[[Buku], None]:
        def mod(book: Buku) -> None:
            book.ws["A1"].value = text

        return mod

    ja(
        "56-periode-tanpa-tahun-judul-bertahun",
        "Penata Layanan Operasional",
        "Penata, III/c",
        "periode `1 JANUARI SD 31 DESEMBER` tanpa tahun; judul `RENCANA SASARAN KINERJA PEGAWAI TAHUN 2025`",
        periode="PERIODE PENILAIAN: 1 JANUARI SD 31 DESEMBER",
        ubah=[title("RENCANA SASARAN KINERJA PEGAWAI TAHUN 2025")],
    )
    # --- kembaran bercacat
    jf(
        "80-cacat-jenjang-pertama-iiic",
        "Pranata Komputer Ahli Pertama",
        "Penata, III/c",
        "kembaran cacat: Ahli Pertama dengan III/c",
        cacat=[("jenjang-golongan-tidak-sesuai", None, "pegawai.pangkat")],
    )
    jf(
        "81-cacat-jenjang-madya-tanpa-ahli",
        "Analis Kebijakan Madya",
        "Penata Tk. I (III/d)",
        "kembaran cacat: `Analis Kebijakan Madya` dengan III/d",
        cacat=[("jenjang-golongan-tidak-sesuai", None, "pegawai.pangkat")],
    )
    jf(
        "82-cacat-jenjang-terampil",
        "Pranata Komputer Terampil",
        "Penata Muda, III/a",
        "kembaran cacat: Terampil dengan III/a",
        cacat=[("jenjang-golongan-tidak-sesuai", None, "pegawai.pangkat")],
    )
    jf(
        "83-cacat-jf-unit-tanpa-ak",
        "Pranata Komputer Ahli Muda pada Dinas Komunikasi dan Informatika",
        "Penata, III/c",
        "kembaran cacat: JF dengan unit, tanpa Keterkaitan AK",
        ak="tidak",
        cacat=[("keterkaitan-ak-hilang", None, None)],
    )
    jf(
        "84-cacat-prakom-tanpa-ak",
        "Prakom Ahli Pertama",
        "Penata Muda, III/a",
        "kembaran cacat: `Prakom Ahli Pertama` tanpa Keterkaitan AK",
        ak="tidak",
        cacat=[("keterkaitan-ak-hilang", None, None)],
    )
    jf(
        "85-cacat-jf-ak-kosong",
        "Pranata Komputer Ahli Muda",
        "Penata, III/c",
        "kembaran cacat: JF dengan lembar Keterkaitan AK kosong (templat)",
        ak="kosong",
        cacat=[("rk-tanpa-butir-kegiatan", None, f"utama{n}.rk") for n in (1, 2, 3)],
    )
    ja(
        "86-cacat-pangkat-tingkat-salah",
        "Penata Layanan Operasional",
        "Penata Tingkat I (III/c)",
        "kembaran cacat: `Penata Tingkat I (III/c)`",
        cacat=[("pangkat-tidak-dikenal", None, "pegawai.pangkat")],
    )
    ja(
        "87-cacat-penilai-nip-sama",
        "Penata Layanan Operasional",
        "Penata, III/c",
        "kembaran cacat: penilai bernama lain dengan NIP pegawai ditulis rapat",
        penilai={"nip": PNS_III.replace(" ", "")},
        cacat=[("penilai-sama-dengan-pegawai", None, None)],
    )
    ja(
        "88-cacat-periode-lintas-tahun",
        "Penata Layanan Operasional",
        "Penata, III/c",
        "kembaran cacat: periode `Juli 2025 - Juni 2026`",
        periode="PERIODE PENILAIAN: Juli 2025 - Juni 2026",
        cacat=[("periode-tidak-valid", None, None)],
    )
    ja(
        "89-cacat-golongan-pppk-pns",
        "Penata Layanan Operasional",
        "IX",
        "kembaran cacat: golongan PPPK `IX` dengan NIP PNS",
        cacat=[("pangkat-tidak-dikenal", None, "pegawai.pangkat")],
    )
    ja(
        "90-cacat-golongan-iiie",
        "Penata Layanan Operasional",
        "Penata, III/e",
        "kembaran cacat: golongan `III/e` tidak ada",
        cacat=[("pangkat-tidak-dikenal", None, "pegawai.pangkat")],
    )
    jf(
        "91-cacat-jenjang-penilai",
        "Pranata Komputer Ahli Pertama",
        "Penata Muda Tk. I, III/b",
        "kembaran cacat: penilai `Pranata Komputer Ahli Madya` dengan III/d",
        penilai={"jabatan": "Pranata Komputer Ahli Madya", "pangkat": "Penata Tk. I, III/d"},
        cacat=[("jenjang-golongan-tidak-sesuai", None, "penilai.pangkat")],
    )
    jf(
        "92-cacat-jenjang-penyelia",
        "Arsiparis Penyelia",
        "Pengatur, II/c",
        "kembaran cacat: `Arsiparis Penyelia` dengan II/c",
        cacat=[("jenjang-golongan-tidak-sesuai", None, "pegawai.pangkat")],
    )
    ja(
        "93-cacat-jabatan-kosong",
        "",
        "Penata, III/c",
        "kembaran cacat: JABATAN pegawai kosong",
        cacat=[("identitas-kosong", None, "pegawai.jabatan")],
    )
    jf(
        "94-cacat-jf-jft-tanpa-jenjang-tanpa-ak",
        "JFT Perencana Ahli Muda",
        "Penata, III/c",
        "kembaran cacat: `JFT Perencana Ahli Muda` tanpa Keterkaitan AK",
        ak="tidak",
        cacat=[("keterkaitan-ak-hilang", None, None)],
    )
    jf(
        "95-cacat-jft-arsiparis-tanpa-ak",
        "JFT Arsiparis",
        "Penata Muda Tingkat I, III/b",
        "kembaran cacat: `JFT Arsiparis` (tanpa jenjang) tanpa Keterkaitan AK",
        ak="tidak",
        cacat=[("keterkaitan-ak-hilang", None, None)],
    )
    jf(
        "97-cacat-jf-ak-rk-tanpa-butir",
        "Pranata Komputer Ahli Muda",
        "Penata, III/c",
        "kembaran cacat: JF dengan lembar Keterkaitan AK yang menyalin RK tanpa butir kegiatan",
        ak="rk",
        cacat=[("rk-tanpa-butir-kegiatan", None, f"utama{n}.rk") for n in (1, 2, 3)],
    )
    ja(
        "96-cacat-periode-tanpa-tahun",
        "Penata Layanan Operasional",
        "Penata, III/c",
        "kembaran cacat: periode `1 JANUARI SD 31 DESEMBER` tanpa tahun dan judul tanpa tahun",
        periode="PERIODE PENILAIAN: 1 JANUARI SD 31 DESEMBER",
        cacat=[("periode-tidak-valid", None, None)],
    )
    ja(
        "98-cacat-cpns-pangkat-tidak-cocok",
        "Penata Layanan Operasional",
        "Penata, III/a (CPNS)",
        "kembaran cacat: CPNS `Penata, III/a (CPNS)`",
        pegawai={"nip": CPNS_NIP},
        cacat=[("pangkat-tidak-dikenal", None, "pegawai.pangkat")],
    )
    jf(
        "99-cacat-cpns-jenjang",
        "CPNS Pranata Komputer Ahli Pertama",
        "Pengatur, II/c (CPNS)",
        "kembaran cacat: CPNS Ahli Pertama dengan `Pengatur, II/c (CPNS)`",
        pegawai={"nip": CPNS_NIP},
        cacat=[("jenjang-golongan-tidak-sesuai", None, "pegawai.pangkat")],
    )
    jf(
        "100-cacat-cpns-arsiparis-tanpa-ak",
        "CPNS Arsiparis",
        "Penata Muda, III/a (CPNS)",
        "kembaran cacat: `CPNS Arsiparis` tanpa Keterkaitan AK",
        pegawai={"nip": CPNS_NIP},
        ak="tidak",
        cacat=[("keterkaitan-ak-hilang", None, None)],
    )
    jf(
        "101-cacat-peran-jf-kurung-tanpa-ak",
        "Ketua Tim Kerja Kearsipan (Arsiparis Mahir)",
        "Penata Muda Tk. I, III/b",
        "kembaran cacat: `Ketua Tim Kerja Kearsipan (Arsiparis Mahir)` tanpa Keterkaitan AK",
        ak="tidak",
        cacat=[("keterkaitan-ak-hilang", None, None)],
    )
    jf(
        "102-cacat-peran-jf-jenjang",
        "Ketua Tim Kerja Aplikasi, Pranata Komputer Mahir",
        "Penata, III/c",
        "kembaran cacat: `Ketua Tim Kerja Aplikasi, Pranata Komputer Mahir` dengan III/c",
        cacat=[("jenjang-golongan-tidak-sesuai", None, "pegawai.pangkat")],
    )
    ja(
        "103-cacat-ni-pppk-bulan-13",
        "Pengadministrasi Perkantoran",
        "IX",
        "kembaran cacat: `NI PPPK. 19901315 202321 2 001` (bulan lahir 13)",
        pegawai={"nip": "NI PPPK. 19901315 202321 2 001"},
        cacat=[("nip-tidak-valid", None, "pegawai.nip")],
    )
    ja(
        "104-cacat-penilai-nip-sama-berstatus",
        "Penata Layanan Operasional",
        "Penata, III/c",
        "kembaran cacat: penilai dengan NIP pegawai ditulis `NIP. 19900315 201402 2 001 (PNS)`",
        penilai={"nip": "NIP. " + PNS_III + " (PNS)"},
        cacat=[("penilai-sama-dengan-pegawai", None, None)],
    )
    return out


STAMP = (2025, 1, 2, 8, 0, 0)


def stabilise(path: Path) -> None:
    """Tulis ulang berkas dengan cap waktu zip dan tanggal dokumen tetap, agar hasil buat.py sama byte demi
    byte setiap kali dijalankan."""
    data = path.read_bytes()
    fixed = datetime(*STAMP).strftime("%Y-%m-%dT%H:%M:%SZ").encode()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            part = src.read(item.filename)
            if item.filename == "docProps/core.xml":
                part = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>" + fixed, part)
            dst.writestr(zipfile.ZipInfo(item.filename, date_time=STAMP), part, zipfile.ZIP_DEFLATED)


def build(folder: Path, manifest: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.glob("*.xlsx"):
        old.unlink()
    files = []
    for name, about, change, defects in probes():
        spec = base()
        change(spec)
        path = folder / f"{name}.xlsx"
        book = Buku(spec)
        book.wb.properties.created = datetime(*STAMP)
        cells = book.save(path)
        stabilise(path)
        out_defects = [
            {
                "code": code,
                "sheet": (sheet or book.ws.title) if key else None,
                "cell": cells.get(key) if key else None,
            }
            for code, sheet, key in defects
        ]
        files.append(
            {
                "file": path.name,
                "form": spec["form"],
                "clean": not defects,
                "defects": out_defects,
                "uraian": about,
            }
        )
    _builder.write_manifest(manifest, "merah_an", SEED, files)


def main() -> None:
    _builder.run(build, HERE, __doc__)


if __name__ == "__main__":
    main()
