"""Generator of the white-box red-team set ``merah_aq``: the daftar pegawai (SPEC §9) as HR exports it.

Every probe is its own folder ``probe/NN-…/`` holding a few SKP workbooks (``kiriman/``, written with the
builder of ``benchmarks/merah_af/buat.py``, imported, not copied) and one roster (``daftar.csv`` or
``daftar.xlsx``) in a shape real SIMPEG/SIASN exports have. ``harapan.json`` holds per probe the schema of
``benchmarks/nyata_k/harapan.json`` (per roster: ``belum_mengirim``, ``boleh_tercantum``,
``baris_tak_terbaca``, ``temuan``, …), measured by ``ukur.py`` with nyata_k's own measuring code.
Deterministic: no randomness. Usage: ``python benchmarks/merah_aq/buat.py``.
"""

from __future__ import annotations

import csv
import importlib.util
import json
import shutil
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import openpyxl

HERE = Path(__file__).resolve().parent


def _tool(name: str, path: Path) -> Any:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


af = _tool("merah_af_buat", HERE.parent / "merah_af" / "buat.py")
Orang, Rk, Skp, iki3, write, nip = af.Orang, af.Rk, af.Skp, af.iki3, af.write, af.nip
KABID_RK, STAF_RK = af.KABID_RK, af.STAF_RK
KADIS_RK = "Meningkatnya kualitas hunian masyarakat"
UNIT = "Bidang Perumahan"
UNIT2 = "Bidang Kawasan Permukiman"


@dataclass
class Row:
    """One roster row: the person and what HR wrote about them."""

    o: Any
    atasan: Any | None = None  # Orang, or None (empty NIP ATASAN)
    status: str = "Aktif"
    jenis: str = "PNS"
    unit: str | None = None
    sent: bool = True


@dataclass
class Probe:
    name: str
    bentuk: str
    base: int
    files: list[tuple[str, Any]] = field(default_factory=list)
    rows: list[Row] = field(default_factory=list)
    temuan: list[dict[str, Any]] = field(default_factory=list)
    temuan_boleh: list[dict[str, Any]] = field(default_factory=list)
    belum: list[Row] = field(default_factory=list)
    boleh_tercantum: list[tuple[Row, str]] = field(default_factory=list)
    tak_terbaca: list[int] = field(default_factory=list)
    boleh_dilaporkan: list[int] = field(default_factory=list)
    seq: int = 0

    def orang(self, nama: str, gol: str, jabatan: str, unit: str = UNIT) -> Any:
        self.seq += 1
        return Orang(nama, nip(self.base + self.seq), gol, jabatan, unit)


def _kadis(p: Probe) -> Any:
    return Orang(
        "Drs. Agus Salim, M.Si.",
        nip(p.base + 90, "19690101", "199003"),
        "IV/c",
        "Kepala Dinas Perumahan dan Kawasan Permukiman",
        "Dinas Perumahan dan Kawasan Permukiman",
    )


def _kabid(p: Probe, nama: str = "Ir. Hendra Wijaya, M.T.", unit: str = UNIT) -> Any:
    return p.orang(nama, "IV/a", f"Kepala {unit}", unit)


def kabid_skp(kabid: Any, kadis: Any) -> Any:
    return Skp(kabid, kadis, [Rk(t, KADIS_RK, iki3(t)) for t in KABID_RK])


def staf_skp(s: Any, penilai: Any, k: int, penilai_nip: str | None = None, n: int = 2) -> Any:
    rks = [
        Rk(
            STAF_RK[(k + i) % len(STAF_RK)],
            KABID_RK[(k + i) % len(KABID_RK)],
            iki3(STAF_RK[(k + i) % len(STAF_RK)]),
        )
        for i in range(n)
    ]
    return Skp(s, penilai, rks, penilai_nip=penilai_nip)


STAF = ["Siti Rahmawati", "Budi Santoso, S.E.", "Dewi Lestari, A.Md.", "Rudi Hartono", "Yulia Putri, S.Kom."]


def basic(p: Probe, n_staf: int = 2) -> tuple[Any, Any, list[Any]]:
    """Kepala Dinas (in the roster, sends no SKP: a JPT rated by the Bupati is out of this set), a Kepala
    Bidang rated by him and ``n_staf`` staff rated by the Kepala Bidang; all submit."""
    kadis = _kadis(p)
    kabid = _kabid(p)
    p.files.append(("kabid.xlsx", kabid_skp(kabid, kadis)))
    staf = []
    for k in range(n_staf):
        s = p.orang(STAF[k], "III/a", "Pengadministrasi Perumahan")
        staf.append(s)
        p.files.append((f"staf{k + 1}.xlsx", staf_skp(s, kabid, k)))
    p.rows += [Row(kadis, None, sent=False, status="Aktif"), Row(kabid, kadis)] + [
        Row(s, kabid) for s in staf
    ]
    # the Kepala Dinas sends no SKP in these folders: he is expected in Belum Mengirim
    p.belum.append(p.rows[-(n_staf + 2)])
    return kadis, kabid, staf


def _wrong_penilai(p: Probe, file: str) -> None:
    """The SKP ``file`` is rated by someone other than the roster's atasan; its cell is filled at writing."""
    p.temuan.append(
        {"file": file, "code": "penilai-tidak-sesuai-daftar", "sheet": "SKP", "cell": "nip_penilai"}
    )


# ----------------------------------------------------------------------------------------------- rosters


def _bare(nama: str) -> str:
    """A name without its gelar (the SIASN NAMA column; gelar in their own columns)."""
    words = [w for w in nama.split(",")[0].split() if not w.endswith(".")]
    return " ".join(words)


def _gelar(nama: str) -> tuple[str, str]:
    front = " ".join(w for w in nama.split(",")[0].split() if w.endswith("."))
    back = ", ".join(x.strip() for x in nama.split(",")[1:])
    return front, back


def write_csv(path: Path, rows: list[list[Any]], delimiter: str = ";", bom: bool = True) -> None:
    with path.open("w", newline="", encoding="utf-8-sig" if bom else "utf-8") as fh:
        csv.writer(fh, delimiter=delimiter).writerows(rows)


def write_xlsx(path: Path, sheets: list[tuple[str, list[list[Any]], list[str]]]) -> None:
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for title, rows, merges in sheets:
        ws = wb.create_sheet(title)
        for r in rows:
            ws.append(r)
        for m in merges:
            ws.merge_cells(m)
    wb.save(path)
    af._fixed(path)  # fixed timestamps: the same bytes on every run


# ------------------------------------------------------------------------------------------------ probes


def probes() -> list[tuple[Probe, Any]]:
    out: list[tuple[Probe, Any]] = []

    # 01: roster of PNS and PPPK staff, NIP column headed "NIP / NI PPPK" (PPPK hold a Nomor Induk PPPK)
    p = Probe("01-nip-ni-pppk", "xlsx: judul 4 baris, kolom `NIP / NI PPPK`, gelar di kolom sendiri", 100)
    kadis, kabid, staf = basic(p)
    pppk = p.orang("Rina Marlina, S.Kom.", "III/a", "Pengolah Data dan Informasi")
    pppk.nip = "199405122023212001"
    p.files.append(("pppk.xlsx", staf_skp(pppk, kabid, 1)))
    p.rows.append(Row(pppk, kabid, jenis="PPPK"))
    absent = p.orang("Andi Saputra", "III/a", "Penata Kelola Sistem dan Teknologi Informasi")
    absent.nip = "199702032024211003"
    p.rows.append(Row(absent, kabid, jenis="PPPK", sent=False))
    p.belum.append(p.rows[-1])

    def r01(p: Probe, path: Path) -> None:
        head = [
            "NO",
            "NIP / NI PPPK",
            "NAMA",
            "GELAR DEPAN",
            "GELAR BELAKANG",
            "JABATAN",
            "UNIT ORGANISASI",
            "NIP ATASAN",
            "JENIS PEGAWAI",
            "KEDUDUKAN HUKUM",
        ]
        rows: list[list[Any]] = [
            ["DAFTAR NOMINATIF PEGAWAI"],
            ["DINAS PERUMAHAN DAN KAWASAN PERMUKIMAN"],
            ["KABUPATEN SUKAMAJU"],
            [f"KEADAAN 1 JANUARI {af.TAHUN}"],
            [],
            head,
        ]
        for i, r in enumerate(p.rows, 1):
            front, back = _gelar(r.o.nama)
            rows.append(
                [
                    i,
                    r.o.nip,
                    _bare(r.o.nama),
                    front,
                    back,
                    r.o.jabatan,
                    r.unit or r.o.unit,
                    r.atasan.nip if r.atasan else None,
                    r.jenis,
                    r.status,
                ]
            )
        write_xlsx(path / "daftar.xlsx", [("DATA", rows, [])])

    out.append((p, r01))

    # 02: the atasan's name stands before the atasan's NIP ("ATASAN LANGSUNG", "NIP ATASAN LANGSUNG")
    for n, twin in ((2, False), (52, True)):
        p = Probe(
            f"{n:02d}-atasan-nama-dulu" + ("-salah" if twin else ""),
            "csv `;` BOM: `ATASAN LANGSUNG` (nama) sebelum `NIP ATASAN LANGSUNG`"
            + ("; satu staf dinilai orang lain" if twin else ""),
            n * 100,
        )
        kadis, kabid, staf = basic(p)
        if twin:
            other = p.orang("Dra. Wulan Sari, M.Si.", "IV/a", "Kepala Bidang Kawasan Permukiman", UNIT2)
            p.files[-1] = ("staf2.xlsx", staf_skp(staf[1], other, 1))
            _wrong_penilai(p, "staf2.xlsx")

        def r02(p: Probe, path: Path) -> None:
            rows: list[list[Any]] = [
                ["NIP", "NAMA", "JABATAN", "UNIT KERJA", "ATASAN LANGSUNG", "NIP ATASAN LANGSUNG", "STATUS"]
            ]
            for r in p.rows:
                rows.append(
                    [
                        "'" + r.o.nip,
                        r.o.nama,
                        r.o.jabatan,
                        r.o.unit,
                        r.atasan.nama if r.atasan else "",
                        "'" + r.atasan.nip if r.atasan else "",
                        r.status,
                    ]
                )
            write_csv(path / "daftar.csv", rows)

        out.append((p, r02))

    # 03: "PEJABAT PENILAI" (name) then "NIP PEJABAT PENILAI", an e-Kinerja style export
    for n, twin in ((3, False), (53, True)):
        p = Probe(
            f"{n:02d}-pejabat-penilai" + ("-salah" if twin else ""),
            "xlsx: `PEJABAT PENILAI` (nama) sebelum `NIP PEJABAT PENILAI`"
            + ("; satu staf dinilai orang lain" if twin else ""),
            n * 100,
        )
        kadis, kabid, staf = basic(p)
        if twin:
            other = p.orang("Dra. Wulan Sari, M.Si.", "IV/a", "Kepala Bidang Kawasan Permukiman", UNIT2)
            p.files[-1] = ("staf2.xlsx", staf_skp(staf[1], other, 1))
            _wrong_penilai(p, "staf2.xlsx")

        def r03(p: Probe, path: Path) -> None:
            rows: list[list[Any]] = [
                ["REKAP SKP TAHUN 2026"],
                [],
                [
                    "No",
                    "NIP",
                    "Nama Pegawai",
                    "Jabatan",
                    "Unit Kerja",
                    "Pejabat Penilai",
                    "NIP Pejabat Penilai",
                    "Status",
                ],
            ]
            for i, r in enumerate(p.rows, 1):
                rows.append(
                    [
                        i,
                        r.o.nip,
                        r.o.nama,
                        r.o.jabatan,
                        r.o.unit,
                        r.atasan.nama if r.atasan else "-",
                        r.atasan.nip if r.atasan else "-",
                        r.status,
                    ]
                )
            write_xlsx(path / "daftar.xlsx", [("Sheet1", rows, [])])

        out.append((p, r03))

    # 04: SIASN kedudukan hukum values for people who hold no jabatan this year
    p = Probe(
        "04-kedudukan-siasn",
        "csv `;` BOM SIASN: `KEDUDUKAN_HUKUM_NAMA` Pemberhentian Sementara, "
        "Masa Persiapan Pensiun, MPP; satu PNS aktif tidak mengirim",
        400,
    )
    kadis, kabid, staf = basic(p)
    for nama, status in (
        ("Joko Susilo", "Pemberhentian Sementara"),
        ("Sri Wahyuni", "Masa Persiapan Pensiun"),
        ("Bambang Irawan", "MPP"),
    ):
        o = p.orang(nama, "III/b", "Pengelola Data Perumahan")
        p.rows.append(Row(o, kabid, status=status, sent=False))
        if status != "Pemberhentian Sementara":  # MPP: SPEC §9 is silent, docs/rekap.md keeps it wajib
            p.boleh_tercantum.append((p.rows[-1], "MPP tidak disebut SPEC §9 (docs/rekap.md: tetap wajib)"))
    o = p.orang("Fitri Handayani", "III/a", "Pengelola Data Perumahan")
    p.rows.append(Row(o, kabid, sent=False))
    p.belum.append(p.rows[-1])

    def r04(p: Probe, path: Path) -> None:
        rows: list[list[Any]] = [
            [
                "PNS_ID",
                "NIP_BARU",
                "NIP_LAMA",
                "NAMA",
                "GELAR_DEPAN",
                "GELAR_BELAKANG",
                "JENIS_PEGAWAI_NAMA",
                "KEDUDUKAN_HUKUM_NAMA",
                "JABATAN_NAMA",
                "UNOR_NAMA",
            ]
        ]
        for i, r in enumerate(p.rows):
            front, back = _gelar(r.o.nama)
            rows.append(
                [
                    f"8ae48{i:04d}c1",
                    r.o.nip,
                    f"{51000 + i:09d}",
                    _bare(r.o.nama),
                    front,
                    back,
                    r.jenis,
                    r.status,
                    r.o.jabatan,
                    r.o.unit,
                ]
            )
        write_csv(path / "daftar.csv", rows)

    out.append((p, r04))

    # 05: a mutasi within the year: the same NIP twice, old unit first (old atasan), new unit below
    for n, twin in ((5, False), (55, True)):
        p = Probe(
            f"{n:02d}-mutasi-dua-baris" + ("-salah" if twin else ""),
            "xlsx: NIP sama dua baris (unit lama dulu, lalu unit baru dengan atasan baru)"
            + ("; staf pindahan dinilai orang ketiga" if twin else ""),
            n * 100,
        )
        kadis, kabid, staf = basic(p)
        kabid2 = _kabid(p, "Dra. Wulan Sari, M.Si.", UNIT2)
        p.files.append(("kabid2.xlsx", kabid_skp(kabid2, kadis)))
        p.rows.append(Row(kabid2, kadis))
        moved = p.orang("Hadi Purnomo, S.T.", "III/c", "Penata Bangunan Gedung", UNIT2)
        if twin:
            third = p.orang(
                "Ir. Slamet Riyadi", "IV/a", "Kepala Bidang Tata Bangunan", "Bidang Tata Bangunan"
            )
            p.files.append(("pindahan.xlsx", staf_skp(moved, third, 0)))
            _wrong_penilai(p, "pindahan.xlsx")
        else:
            p.files.append(("pindahan.xlsx", staf_skp(moved, kabid2, 0, n=3)))
        p.rows.append(Row(moved, kabid, unit=UNIT, status="Mutasi"))
        p.rows.append(Row(moved, kabid2, unit=UNIT2))
        # a second mover who has not sent: old row "Mutasi Keluar" (the old unit's view), new row Aktif
        late = p.orang("Nanda Pratama", "II/c", "Pengadministrasi Umum", UNIT2)
        p.rows.append(Row(late, kabid, unit=UNIT, status="Mutasi Keluar", sent=False))
        p.rows.append(Row(late, kabid2, unit=UNIT2, sent=False))
        p.belum.append(p.rows[-1])
        # the roster may name a repeated NIP's rows (HR should know the person is listed twice)
        # (the roster's data starts at sheet row 4: the last four rows are the two movers' rows)
        p.boleh_dilaporkan += [len(p.rows) + 3 - k for k in (3, 2, 1, 0)]

        def r05(p: Probe, path: Path) -> None:
            rows: list[list[Any]] = [
                ["DAFTAR PEGAWAI TAHUN 2026"],
                [],
                ["NO", "NIP", "NAMA", "JABATAN", "UNIT KERJA", "NIP ATASAN", "STATUS"],
            ]
            for i, r in enumerate(p.rows, 1):
                rows.append(
                    [
                        i,
                        r.o.nip,
                        r.o.nama,
                        r.o.jabatan,
                        r.unit or r.o.unit,
                        r.atasan.nip if r.atasan else None,
                        r.status,
                    ]
                )
            write_xlsx(path / "daftar.xlsx", [("Pegawai", rows, [])])

        out.append((p, r05))

    # 06: NIPs stored as Excel numbers (15 digits kept), one who sent (gelar only in the SKP), one who did not
    p = Probe("06-nip-angka", "xlsx: dua NIP sel angka (digit hilang), gelar di kolom sendiri", 600)
    kadis, kabid, staf = basic(p)
    gone = p.orang("Agustina Dewi", "III/a", "Pengadministrasi Perumahan")
    p.rows.append(Row(gone, kabid, sent=False))
    p.boleh_tercantum.append((p.rows[-1], "NIP tersimpan sebagai angka dan belum mengirim"))

    def r06(p: Probe, path: Path, lost_ones: tuple[Any, ...] = (staf[1], gone)) -> None:
        rows: list[list[Any]] = [
            [
                "NO",
                "NIP",
                "GELAR DEPAN",
                "NAMA LENGKAP",
                "GELAR BELAKANG",
                "JABATAN",
                "UNIT KERJA",
                "NIP ATASAN",
                "STATUS",
            ]
        ]
        for i, r in enumerate(p.rows, 1):
            front, back = _gelar(r.o.nama)
            lost = any(r.o is x for x in lost_ones)
            rows.append(
                [
                    i,
                    float(r.o.nip) if lost else r.o.nip,
                    front,
                    _bare(r.o.nama),
                    back,
                    r.o.jabatan,
                    r.o.unit,
                    r.atasan.nip if r.atasan else None,
                    r.status,
                ]
            )
            if lost:
                p.tak_terbaca.append(len(rows))
        write_xlsx(path / "daftar.xlsx", [("Sheet1", rows, [])])

    out.append((p, r06))

    # 07: a workbook with a REKAP sheet (counts per unit) before the data, a total row, the SKP's NIP spaced
    p = Probe(
        "07-rekap-dan-data",
        "xlsx: sheet `REKAP` (jumlah per unit) lalu `DATA`, baris JUMLAH, NIP di SKP berspasi",
        700,
    )
    kadis, kabid, staf = basic(p)
    spaced = staf_skp(staf[0], kabid, 0)
    n0 = staf[0].nip
    staf0 = Orang(
        staf[0].nama, f"{n0[:8]} {n0[8:14]} {n0[14]} {n0[15:]}", staf[0].gol, staf[0].jabatan, staf[0].unit
    )
    spaced.pegawai = staf0
    p.files[1] = ("staf1.xlsx", spaced)

    def r07(p: Probe, path: Path) -> None:
        rekap: list[list[Any]] = [
            ["REKAPITULASI PEGAWAI"],
            [],
            ["NO", "UNIT KERJA", "PNS", "PPPK", "JUMLAH"],
            [1, "Dinas", 1, 0, 1],
            [2, UNIT, 3, 0, 3],
            ["", "JUMLAH", 4, 0, 4],
        ]
        data: list[list[Any]] = [["NO", "NIP", "NAMA", "JABATAN", "UNIT KERJA", "NIP ATASAN", "STATUS"]]
        for i, r in enumerate(p.rows, 1):
            data.append(
                [i, r.o.nip, r.o.nama, r.o.jabatan, r.o.unit, r.atasan.nip if r.atasan else "", r.status]
            )
        data.append(["", "", "JUMLAH", f"{len(p.rows)} orang", "", "", ""])
        write_xlsx(path / "daftar.xlsx", [("REKAP", rekap, []), ("DATA", data, [])])

    out.append((p, r07))

    # 08: the STATUS column holds the jenis (PNS/CPNS/PPPK) joined with the kedudukan
    p = Probe("08-status-gabung", "csv `,`: STATUS `PNS - Tugas Belajar`, `PNS (CLTN)`, `CPNS`, `PPPK`", 800)
    kadis, kabid, staf = basic(p)
    for nama, status in (("Eko Prasetyo", "PNS - Tugas Belajar"), ("Lina Marlina", "PNS (CLTN)")):
        o = p.orang(nama, "III/b", "Pengelola Data Perumahan")
        p.rows.append(Row(o, kabid, status=status, sent=False))
    o = p.orang("Tono Sugiarto", "II/a", "Pengadministrasi Umum")
    p.rows.append(Row(o, kabid, status="CPNS", sent=False))
    p.belum.append(p.rows[-1])
    for r in p.rows:
        if r.status == "Aktif":
            r.status = "PNS"

    def r08(p: Probe, path: Path) -> None:
        rows: list[list[Any]] = [["NIP", "NAMA", "JABATAN", "UNIT KERJA", "NIP ATASAN", "STATUS"]]
        for r in p.rows:
            rows.append(
                [r.o.nip, r.o.nama, r.o.jabatan, r.o.unit, r.atasan.nip if r.atasan else "", r.status]
            )
        write_csv(path / "daftar.csv", rows, delimiter=",", bom=False)

    out.append((p, r08))
    return out


def _person(r: Row, p: Probe) -> dict[str, Any]:
    return {
        "nip": r.o.nip,
        "nama": r.o.nama,
        "nama_inti": _bare(r.o.nama),
        "unit": r.unit or r.o.unit,
        "baris": None,
    }


def build() -> None:
    root = HERE / "probe"
    if root.exists():
        shutil.rmtree(root)
    manifest: list[dict[str, Any]] = []
    for p, roster in probes():
        folder = root / p.name
        (folder / "kiriman").mkdir(parents=True)
        for file, skp in p.files:
            cells = write(skp, folder / "kiriman" / file)
            for t in p.temuan:
                if t["file"] == file:
                    t["cell"] = cells[t["cell"]]
        roster(p, folder)
        name = next(x.name for x in folder.iterdir() if x.name.startswith("daftar"))
        manifest.append(
            {
                "probe": p.name,
                "file": name,
                "bentuk": p.bentuk,
                "belum_mengirim": [_person(r, p) for r in p.belum],
                "boleh_tercantum": [dict(_person(r, p), alasan=why) for r, why in p.boleh_tercantum],
                "baris_tak_terbaca": [{"baris": b} for b in p.tak_terbaca],
                "baris_boleh_dilaporkan": [{"baris": b} for b in p.boleh_dilaporkan],
                "temuan": p.temuan,
                "temuan_boleh": p.temuan_boleh,
            }
        )
    (HERE / "harapan.json").write_text(
        json.dumps(
            {"set": "merah_aq", "tahun": af.TAHUN, "tanpa_daftar": {"temuan": []}, "probe": manifest},
            indent=1,
            ensure_ascii=False,
        )
        + "\n",
        encoding="utf-8",
    )


if __name__ == "__main__":
    build()
