"""Set merah_ax: probe tim merah (kotak putih) untuk rekap unit (`skp rekap`, dengan dan tanpa `--daftar`).

Setiap probe adalah satu folder kiriman (SKP isian instansi, SPEC §3.10) dengan daftar pegawai bila perlu.
Rencana SKP JA ditulis dengan pembangun ``benchmarks/merah_ah/buat.py`` dan SKP JPT ber-Penilaian dengan
``benchmarks/merah_ag/buat.py`` (diimpor, tidak disalin). Yang diharapkan dari rekap (unit per berkas,
jumlah per unit, predikat, Belum Mengirim) ditulis di ``harapan.json`` dan dihitung di sini secara mandiri:
Nilai SKP dan predikat menurut SPEC §6 dengan fungsi sendiri di bawah, unit menurut pengetahuan penulis
probe (bukan mesin skp).

Pemakaian: ``python benchmarks/merah_ax/buat.py`` (deterministik; menulis ``probe/`` dan ``harapan.json``).
"""

from __future__ import annotations

import csv
import importlib.util
import io
import json
import math
import re
import shutil
import sys
import zipfile
from pathlib import Path
from typing import Any

import openpyxl

HERE = Path(__file__).resolve().parent
SEED = 20261206


def _load(name: str) -> Any:
    path = HERE.parent / name / "buat.py"
    spec = importlib.util.spec_from_file_location(f"{name}_buat", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


ah = _load("merah_ah")
ag = _load("merah_ag")

KAB = "Kabupaten Sukamaju"
DINKES = f"DINAS KESEHATAN {KAB.upper()}"
DINSOS = f"DINAS SOSIAL {KAB.upper()}"
PERIODE = "PERIODE PENILAIAN: 1 JANUARI SD 31 DESEMBER 2025"
UNREAD = "(unit kerja tidak terbaca)"


# --- SPEC §6, computed here on its own (not with skp's engine) ----------------------------------------


def _half_up(x: float, d: int = 0) -> float:
    q = 10**d
    return math.floor(round(x * q, 9) + 0.5) / q


def _capaian(target: float, real: float) -> float:
    """Kondisi normal (every IKI of these probes is higher-is-better), rounded to a whole percent."""
    return _half_up(real / target * 100)


def _nilai_iki(c: float) -> float:
    if c > 110:
        return 120.0
    if c >= 101:
        return 110 + (120 - 110) / (110 - 101) * (c - 101)
    if c == 100:
        return 109.0
    if c >= 80:
        return 70 + (89 - 70) / (99 - 80) * (c - 80)
    if c >= 60:
        return 50 + (69 - 50) / (79 - 60) * (c - 60)
    return c / 59 * 49


def _f(nilai: float) -> int:
    """F of a Kinerja Tambahan item by its kategori (Sangat Baik ≥ 110 … Sangat Kurang)."""
    return 100 if nilai >= 110 else 80 if nilai >= 90 else 60 if nilai >= 70 else 40 if nilai >= 50 else 20


def nilai_skp(utama: list[list[tuple[float, float]]], tambahan: list[list[tuple[float, float]]]) -> float:
    """Nilai SKP of (target, realisasi) pairs per RK: mean of RK means, plus the capped Kinerja Tambahan."""
    rk = [sum(_nilai_iki(_capaian(t, r)) for t, r in iki) / len(iki) for iki in utama]
    tamb = 0.0
    for iki in tambahan:
        n = sum(_nilai_iki(_capaian(t, r)) for t, r in iki) / len(iki)
        tamb += _f(n) * 10 / 100 * n / 100
    return min(sum(rk) / len(rk) + min(tamb, 10), 120)


def predikat(nk: float, ide_baru: bool = False) -> str:
    if nk >= 110 and ide_baru:
        return "Sangat Baik"
    if nk >= 90:
        return "Baik"  # 110 or more without an ide baru too (PP 30/2019 Pasal 41)
    if nk >= 70:
        return "Butuh Perbaikan"
    if nk >= 50:
        return "Kurang"
    return "Sangat Kurang"


def persen(sudah: int, wajib: int) -> int | None:
    """Persen Mengirim as a head of unit reads it: a whole percent rounded half up (12,5 → 13), but never
    100 while someone has not submitted nor 0 once someone has."""
    if not wajib:
        return None
    x = int(_half_up(100 * sudah / wajib))
    if sudah < wajib:
        x = min(x, 99)
    if sudah > 0:
        x = max(x, 1)
    return x


# --- people and files --------------------------------------------------------------------------------


def nip_of(born: str, tmt: str, sex: int, seq: int) -> str:
    return f"{born} {tmt} {sex} {seq:03d}"


def digits(nip: str) -> str:
    return "".join(ch for ch in nip if ch.isdigit())


def person(
    nama: str,
    nip: str,
    unit: str,
    jabatan: str = "Pengelola Keuangan",
    pangkat: str = "Penata Muda Tingkat I, III/b",
) -> dict[str, str]:
    return {"nama": nama, "nip": nip, "pangkat": pangkat, "jabatan": jabatan, "unit": unit}


ATASAN_LUAR = person(
    "dr. Rina Kusuma, M.Kes.",
    "19700101 199503 2 001",
    "Dinas Kesehatan",
    "Sekretaris Dinas Kesehatan",
    "Pembina Tingkat I, IV/b",
)


def ja_file(
    path: Path,
    pegawai: dict[str, str],
    agency: str,
    *,
    unit_next: str | None = None,
    penilai: dict[str, str] | None = None,
    defect: bool = False,
    nip_number: bool = False,
) -> None:
    """A clean Rencana SKP JA Model Pengembangan (merah_ah's builder) for ``pegawai``; the agency line under
    the title is ``agency``; ``unit_next``: the unit kerja continued on the row below; ``defect``: the first
    IKI's target left empty (iki-tanpa-target, an error)."""
    spec = ah.base()
    spec["pegawai"] = dict(pegawai)
    spec["penilai"] = dict(penilai or ATASAN_LUAR)
    spec["periode"] = PERIODE
    if defect:
        spec["rencana"][0]["iki"][0][2] = ""
    path.parent.mkdir(parents=True, exist_ok=True)
    ah.Buku(spec).save(path)
    wb = openpyxl.load_workbook(path)
    ws = wb["SKP"]
    ws.cell(2, 1, agency)
    if unit_next:
        ws.cell(11, 3, unit_next)
    if nip_number:
        ws.cell(7, 3).value = float(f"{int(digits(pegawai['nip'])):.14e}")
        ws.cell(7, 3).number_format = "0"
    for row in ws.iter_rows(max_row=12):  # text that begins with "=" is text, as a typed ' keeps it
        for cell in row:
            if cell.data_type == "f":
                cell.data_type = "s"
    wb.save(path)


# realisasi of merah_ag's five IKI (4 Kinerja Utama RK, 1 Tambahan) as fractions of their targets
AG_TARGETS = [[85.0, 95.0], [3.5], [40.0], [95.0]]
AG_UNITS = [["nilai", "%"], ["indeks"], ["orang"], ["%"]]
AG_TAMBAHAN = (2.0, "kegiatan")


def _num(x: float) -> str:
    text = f"{_half_up(x, 2):.2f}".replace(".", ",").rstrip("0").rstrip(",")
    return text


def jpt_file(
    path: Path,
    pegawai: dict[str, str],
    agency: str,
    real: list[list[float]],
    perilaku: float,
    *,
    penilaian: bool = True,
    realisasi_kosong: bool = False,
    ide_baru: str | None = None,
) -> dict[str, Any]:
    """A JPT SKP with Manual IKI and Penilaian (merah_ag's builder): realisasi ``real`` per IKI (same shape as
    AG_TARGETS), Tambahan met; returns the expected Nilai SKP and predikat computed here (None without a
    readable Penilaian)."""
    spec = ag.spec()
    spec["perilaku"] = perilaku
    spec["penilaian"] = penilaian
    spec["ide_baru"] = ide_baru  # the row "MENGHASILKAN IDE BARU/CARA BARU BAGI ORGANISASI": Ya / Tidak
    for k, rk in enumerate(spec["rencana"]):
        for j, iki in enumerate(rk["iki"]):
            iki[1] = f"{_num(AG_TARGETS[k][j])} {AG_UNITS[k][j]}"
            iki[2] = f"{_num(real[k][j])} {AG_UNITS[k][j]}"
    spec["tambahan"][0]["iki"][0][1:3] = [f"{_num(AG_TAMBAHAN[0])} {AG_TAMBAHAN[1]}"] * 2
    saved = dict(ag.PEGAWAI)
    ag.PEGAWAI.update(pegawai)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        ag.build(spec, path)
    finally:
        ag.PEGAWAI.clear()
        ag.PEGAWAI.update(saved)
    wb = openpyxl.load_workbook(path)
    for ws in wb.worksheets:
        if str(ws.cell(2, 1).value or "").startswith("PEMERINTAH"):
            ws.cell(2, 1, agency)
    if realisasi_kosong:  # the first IKI's realisasi left empty (realisasi-kosong: no Nilai SKP)
        ws = wb["Penilaian"]
        head = next(c for row in ws.iter_rows(max_row=6) for c in row if c.value == "REALISASI")
        first = next(r for r in range(head.row + 1, ws.max_row + 1) if ws.cell(r, head.column).value)
        ws.cell(first, head.column).value = None
    wb.save(path)
    if not penilaian or realisasi_kosong:
        return {"nilai_skp": None, "predikat": None}
    utama = [list(zip(AG_TARGETS[k], real[k], strict=True)) for k in range(len(AG_TARGETS))]
    skp = nilai_skp(utama, [[AG_TAMBAHAN[:1] * 2]])
    nk = 0.7 * _half_up(skp, 2) + 0.3 * perilaku
    return {"nilai_skp": _half_up(skp, 2), "predikat": predikat(nk, ide_baru == "Ya")}


_STAMP = re.compile(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:)")


def freeze(path: Path) -> None:
    """The same bytes on every run: openpyxl stamps the time of saving in docProps/core.xml and in each zip
    entry; both are set to one fixed moment."""
    with zipfile.ZipFile(path) as source:
        parts = [(info.filename, source.read(info)) for info in source.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for name, data in parts:
            if name == "docProps/core.xml":
                data = _STAMP.sub(rb"\g<1>2025-01-02T00:00:00Z\g<2>", data)
            target.writestr(zipfile.ZipInfo(name, date_time=(2025, 1, 2, 0, 0, 0)), data,
                            compress_type=zipfile.ZIP_DEFLATED)


def broken_file(path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"PK\x03\x04 bukan buku kerja, unggahan terpotong")


def write_daftar(path: Path, rows: list[dict[str, str]]) -> None:
    """A SIMPEG-style CSV (`;`, BOM) with NIP as text."""
    head = ["NIP", "NAMA", "JABATAN", "UNIT KERJA", "NIP ATASAN", "STATUS"]
    out = io.StringIO()
    w = csv.writer(out, delimiter=";", lineterminator="\r\n")
    w.writerow(head)
    for r in rows:
        w.writerow([r.get(h.lower().replace(" ", "_"), "") for h in head])
    path.write_text("\ufeff" + out.getvalue(), encoding="utf-8")


# --- probes ------------------------------------------------------------------------------------------

# Each probe returns its expectation: files (path -> unit label expected, status, nip, predikat, nilai),
# units (label -> counts), belum (list of [unit, nip digits]), predikat per unit.


class Probe:
    def __init__(self, name: str, about: str) -> None:
        self.name, self.about = name, about
        self.root = HERE / "probe" / name
        self.kiriman = self.root / "kiriman"
        self.files: dict[str, dict[str, Any]] = {}
        self.daftar: list[dict[str, str]] | None = None
        self.belum: list[list[str]] = []  # [unit label, NIP digits]
        self.tidak_wajib: dict[str, int] = {}
        self.wajib: dict[str, int] = {}
        self.same_unit: list[list[str]] = []  # files that must share one Ringkasan row (any label)
        self.first_cards: list[str] = []  # units whose cards the page must show first, in this order

    def add(
        self,
        rel: str,
        unit: str,
        status: str = "Lulus",
        nip: str | None = None,
        scored: dict[str, Any] | None = None,
        person_once: bool = True,
        counted_as: str | None = None,
    ) -> None:
        """``person_once``: this file's predikat is the one its pegawai is counted with (False for the other
        files of a pegawai who sent more than one); ``counted_as``: what the pegawai is counted as instead
        (``Belum Pasti``: two SKP of one period that disagree)."""
        self.files[rel] = {
            "unit": unit,
            "status": status,
            "nip": digits(nip) if nip else None,
            "orang": digits(nip) if nip else rel,  # one NIP is one pegawai; a file without one is one
            "predikat": counted_as or ((scored or {}).get("predikat") if person_once else None),
            "predikat_file": (scored or {}).get("predikat"),
            "nilai_skp": (scored or {}).get("nilai_skp"),
        }

    def expectation(self) -> dict[str, Any]:
        units: dict[str, dict[str, int]] = {}
        predikat_units: dict[str, dict[str, int]] = {}
        people: dict[str, set[str]] = {}
        for f in self.files.values():
            u = units.setdefault(
                f["unit"],
                {"Pegawai": 0, "SKP Diterima": 0, "Lulus": 0, "Perlu Perbaikan": 0, "Gagal Dibaca": 0},
            )
            u["SKP Diterima"] += 1
            u[f["status"]] += 1
            people.setdefault(f["unit"], set()).add(f["orang"])
            u["Pegawai"] = len(people[f["unit"]])
            if f["predikat"]:
                p = predikat_units.setdefault(f["unit"], {})
                p[f["predikat"]] = p.get(f["predikat"], 0) + 1
        out: dict[str, Any] = {
            "uraian": self.about,
            "files": self.files,
            "orang": len({f["orang"] for f in self.files.values()}),
            "units": units,
            "predikat": predikat_units,
            "daftar": self.daftar is not None,
        }
        if self.daftar is not None:
            out["belum"] = sorted(self.belum)
            sent = {}
            for unit, wajib in self.wajib.items():
                belum = sum(1 for b in self.belum if b[0] == unit)
                sent[unit] = {
                    "Wajib Mengirim": wajib,
                    "Sudah Mengirim": wajib - belum,
                    "Belum Mengirim": belum,
                    "Tidak Wajib": self.tidak_wajib.get(unit, 0),
                    "Persen Mengirim": persen(wajib - belum, wajib),
                }
            for unit, n in self.tidak_wajib.items():
                sent.setdefault(
                    unit,
                    {
                        "Wajib Mengirim": 0,
                        "Sudah Mengirim": 0,
                        "Belum Mengirim": 0,
                        "Tidak Wajib": n,
                        "Persen Mengirim": None,
                    },
                )
            out["pengiriman"] = sent
        return out


def p_unit_dinkes() -> Probe:
    """One agency, its units written many ways; UPT/UPTD/Puskesmas; unit on two rows of the kop."""
    p = Probe(
        "unit_dinkes",
        "Dinas Kesehatan: unit ditulis DINAS KESEHATAN / Dinkes / Kab., Sekretariat "
        "bersingkatan, UPT/UPTD/Puskesmas, unit dua baris di kop; dua Puskesmas bernama mirip tetap dua",
    )
    k = p.kiriman
    written = [
        # (file, unit as written, unit continued below, expected label group)
        ("kadis.xlsx", "DINAS KESEHATAN", None, "Dinas Kesehatan"),
        ("staf_kadis.xlsx", "Dinas Kesehatan Kab. Sukamaju", None, "Dinas Kesehatan"),
        ("dinkes.xlsx", "Dinkes", None, "Dinas Kesehatan"),
        ("sekre1.xlsx", "Sekretariat Dinas Kesehatan", None, "Sekretariat"),
        ("sekre2.xlsx", "SEKRETARIAT", None, "Sekretariat"),
        ("sekre3.xlsx", "Sekretariat Dinkes Kab. Sukamaju", None, "Sekretariat"),
        ("sekre4.xlsx", "Sekretariat", "Dinas Kesehatan Kabupaten Sukamaju", "Sekretariat"),
        ("yankes1.xlsx", "Bidang Pelayanan Kesehatan", None, "Bidang Pelayanan Kesehatan"),
        ("yankes2.xlsx", "Bid. Pelayanan Kesehatan Dinkes", None, "Bidang Pelayanan Kesehatan"),
        ("pkm_a1.xlsx", "UPT Puskesmas Mlati I", None, "Puskesmas Mlati I"),
        ("pkm_a2.xlsx", "UPTD Puskesmas Mlati I", None, "Puskesmas Mlati I"),
        ("pkm_a3.xlsx", "Puskesmas Mlati I", None, "Puskesmas Mlati I"),
        ("pkm_a4.xlsx", "UPT Puskesmas Mlati I Dinas Kesehatan", None, "Puskesmas Mlati I"),
        ("pkm_a5.xlsx", "UPT Puskesmas Mlati I", "Dinas Kesehatan Kabupaten Sukamaju", "Puskesmas Mlati I"),
        ("pkm_b1.xlsx", "UPT Puskesmas Mlati II", None, "Puskesmas Mlati II"),
        ("pkm_b2.xlsx", "UPTD PUSKESMAS MLATI II", None, "Puskesmas Mlati II"),
    ]
    for n, (name, unit, below, group) in enumerate(written, 1):
        nip = nip_of(f"1990{(n % 12) + 1:02d}15", "201402", 1 + n % 2, n)
        ja_file(k / name, person(f"Pegawai Dinkes {n}", nip, unit), DINKES, unit_next=below)
        p.add(name, group, nip=nip)
    return p


def p_dua_instansi() -> Probe:
    """Two agencies of one kabupaten in one folder: each Sekretariat its own row; the head's row is its
    agency's, not merged with the other's."""
    p = Probe(
        "dua_instansi",
        "Dinas Kesehatan dan Dinas Sosial satu folder: Sekretariat masing-masing satu "
        "baris, Kepala Dinas masing-masing baris instansinya, Bidang Rehabilitasi Sosial",
    )
    k = p.kiriman
    rows = [
        ("dinkes/sekre_a.xlsx", "Sekretariat", DINKES, "Sekretariat Dinkes"),
        ("dinkes/sekre_b.xlsx", "Sekretariat Dinas Kesehatan", DINKES, "Sekretariat Dinkes"),
        ("dinkes/kadis.xlsx", "Dinas Kesehatan Kabupaten Sukamaju", DINKES, "Dinkes"),
        ("dinsos/sekre_a.xlsx", "Sekretariat", DINSOS, "Sekretariat Dinsos"),
        ("dinsos/sekre_b.xlsx", "SEKRETARIAT DINSOS", DINSOS, "Sekretariat Dinsos"),
        ("dinsos/kadis.xlsx", "Dinas Sosial", DINSOS, "Dinsos"),
        ("dinsos/rehab.xlsx", "Bidang Rehabilitasi Sosial", DINSOS, "Rehsos"),
        ("dinsos/rehab2.xlsx", "Bid. Rehabilitasi Sosial Dinas Sosial Kab. Sukamaju", DINSOS, "Rehsos"),
    ]
    for n, (name, unit, agency, group) in enumerate(rows, 1):
        nip = nip_of(f"1988{n:02d}20", "201303", 2, 40 + n)
        ja_file(k / name, person(f"Pegawai Dua {n}", nip, unit), agency)
        p.add(name, group, nip=nip)
    p.same_unit = [
        [n for n, f in p.files.items() if f["unit"] == g]
        for g in ("Sekretariat Dinkes", "Sekretariat Dinsos", "Dinkes", "Dinsos", "Rehsos")
    ]
    return p


def p_daftar() -> Probe:
    """A roster: NIP written with spaces in the SKP and not in the roster (and the reverse), a PPPK NI, a
    revised second file in a subfolder, files in subfolders, a pensiun, someone who truly did not submit,
    the roster's unit spelled otherwise than the SKP's."""
    p = Probe(
        "daftar",
        "daftar pegawai: NIP berspasi/tanpa spasi, NI PPPK, revisi kedua di subfolder, "
        "subfolder per bidang, pensiun, yang sungguh belum mengirim, unit daftar beda ejaan",
    )
    k = p.kiriman
    people = [
        # key, nama, nip, roster unit, SKP unit, roster NIP written, status, submitted files
        (
            "a",
            "Andi Saputra",
            "19850101 201001 1 001",
            "Bidang Pelayanan Kesehatan",
            "Bid. Yankes",
            "198501012010011001",
            "Aktif",
            ["yankes/andi.xlsx"],
        ),
        (
            "b",
            "Budi Santoso, S.Kep.",
            "19860202 201101 1 002",
            "Bidang Pelayanan Kesehatan",
            "Bidang Pelayanan Kesehatan",
            "19860202 201101 1 002",
            "PNS",
            ["yankes/budi.xlsx", "yankes/revisi/budi_revisi.xlsx"],
        ),
        (
            "c",
            "Citra Dewi",
            "19920410 202221 2 003",
            "Bidang Pelayanan Kesehatan",
            "Bidang Pelayanan Kesehatan",
            "199204102022212003",
            "PPPK",
            ["citra_pppk.xlsx"],
        ),
        (
            "d",
            "Dodi Pratama",
            "19870303 201201 1 004",
            "Bidang Pelayanan Kesehatan",
            None,
            "19870303 201201 1 004",
            "Aktif",
            [],
        ),
        (
            "e",
            "Eka Lestari",
            "19650505 199003 2 005",
            "Bidang Pelayanan Kesehatan",
            None,
            "196505051990032005",
            "Pensiun",
            [],
        ),
        (
            "f",
            "Fajar Nugroho",
            "19900606 201503 1 006",
            "Sekretariat",
            "Sekretariat Dinas Kesehatan",
            "199006062015031006",
            "Aktif",
            ["sekretariat/2025/fajar.xlsx"],
        ),
        (
            "g",
            "Gita Maharani",
            "19910707 201603 2 007",
            "Sekretariat",
            None,
            "19910707 201603 2 007",
            "Aktif",
            [],
        ),
        (
            "h",
            "Hendra Wijaya",
            "19890808 201404 1 008",
            "UPT Puskesmas Mlati I",
            "UPT Puskesmas Mlati I",
            "198908082014041008",
            "Aktif",
            ["pkm/hendra.xlsx"],
        ),
    ]
    roster = []
    for _key, nama, nip, r_unit, s_unit, r_nip, status, files in people:
        roster.append(
            {
                "nip": r_nip,
                "nama": nama,
                "jabatan": "Pelaksana",
                "unit_kerja": r_unit,
                "nip_atasan": ATASAN_LUAR["nip"],
                "status": status,
            }
        )
        unit_label = r_unit
        for i, rel in enumerate(files):
            ja_file(k / rel, person(nama, nip, s_unit or r_unit), DINKES)
            p.add(rel, unit_label, nip=nip, person_once=i == 0)
        if status == "Pensiun":
            p.tidak_wajib[r_unit] = p.tidak_wajib.get(r_unit, 0) + 1
            continue
        p.wajib[r_unit] = p.wajib.get(r_unit, 0) + 1
        if not files:
            p.belum.append([r_unit, digits(nip)])
    # the revised file is a second submission of the same NIP and period: skp-ganda (error) on both
    for rel in ("yankes/budi.xlsx", "yankes/revisi/budi_revisi.xlsx"):
        p.files[rel]["status"] = "Perlu Perbaikan"
    p.daftar = roster
    return p


def p_predikat() -> Probe:
    """Penilaian sheets: predikat counted once per person, never for a file without a Penilaian or with an
    unreadable one, never for an unreadable file."""
    p = Probe(
        "predikat",
        "predikat: Baik/Butuh Perbaikan/Kurang, tanpa Penilaian, realisasi kosong, "
        "kiriman ganda, berkas rusak; Nilai SKP berkoma",
    )
    k = p.kiriman
    met = [[85.0, 95.0], [3.5], [44.0], [90.0]]
    low = [[60.0, 70.0], [2.5], [30.0], [70.0]]
    poor = [[40.0, 50.0], [1.5], [20.0], [40.0]]
    unit_a, unit_b = "Bidang Pelayanan Kesehatan", "Sekretariat"
    cases = [
        ("a_baik.xlsx", unit_a, met, 100.0, {}),
        ("a_butuh.xlsx", unit_a, met, 20.0, {}),
        ("a_kurang.xlsx", unit_a, low, 40.0, {}),
        ("a_tanpa_penilaian.xlsx", unit_a, met, 100.0, {"penilaian": False}),
        ("a_realisasi_kosong.xlsx", unit_a, met, 100.0, {"realisasi_kosong": True}),
        ("b_sangat_kurang.xlsx", unit_b, poor, 30.0, {}),
        ("b_baik.xlsx", unit_b, met, 90.0, {}),
        ("b_ganda_1.xlsx", unit_b, met, 60.0, {}),
        ("b_ganda_2/b_ganda_2.xlsx", unit_b, met, 60.0, {}),
        ("a_sangat_baik_ide.xlsx", unit_a, met, 100.0, {"ide_baru": "Ya"}),
        ("b_baik_tanpa_ide.xlsx", unit_b, met, 100.0, {"ide_baru": "Tidak"}),
    ]
    for n, (name, unit, real, perilaku, kw) in enumerate(cases, 1):
        who = 8 if name.startswith("b_ganda") else n  # the revised file is the same person
        nip = nip_of(f"1975{who:02d}11", "200003", 1, 100 + who)
        scored = jpt_file(
            k / name,
            person(f"Pejabat {who}", nip, unit, "Kepala " + unit, "Pembina Utama Muda, IV/c"),
            DINKES,
            real,
            perilaku,
            **kw,
        )
        status = "Perlu Perbaikan" if kw.get("realisasi_kosong") or name.startswith("b_ganda") else "Lulus"
        p.add(
            name, unit, status=status, nip=nip, scored=scored, person_once=name != "b_ganda_2/b_ganda_2.xlsx"
        )
    broken_file(k / "rusak.xlsx")
    p.add("rusak.xlsx", UNREAD, status="Gagal Dibaca")
    return p


EVIL = [
    '=HYPERLINK("http://x.invalid","klik")',
    "+62 811 000",
    "@SUM(A1:A9)",
    "Budi, =1+1",
    "Sari; -2+3",
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
]


def p_teks() -> Probe:
    """Names and units from the submissions that a CSV (`,` and `;`), an xlsx or an HTML page must keep inert;
    a very long unit name."""
    p = Probe(
        "teks",
        "teks berbahaya di nama dan unit kerja (=, +, -, @, pemisah , dan ;, skrip HTML), "
        "nama unit sangat panjang",
    )
    k = p.kiriman
    long_unit = "Bidang " + " ".join(["Pencegahan dan Pengendalian Penyakit Menular"] * 6)
    for n, text in enumerate(EVIL, 1):
        nip = nip_of(f"1993{n:02d}09", "201903", 2, 200 + n)
        unit = text if n % 2 else long_unit
        ja_file(k / f"t{n}.xlsx", person(text, nip, unit), DINKES)
        p.add(f"t{n}.xlsx", unit, nip=nip)
    return p


def p_persen() -> Probe:
    """Persen Mengirim: 1 of 8 (12,5 → 13 half-up), 5 of 8 (62,5 → 63), 2 of 3, and 199 of 200 (99,5: never
    100 % while someone has not submitted)."""
    p = Probe(
        "persen",
        "Persen Mengirim: 1 dari 8, 5 dari 8, 2 dari 3, 199 dari 200 (tidak boleh 100 % "
        "selama ada yang belum mengirim)",
    )
    k = p.kiriman
    roster = []
    units = [
        ("Bidang Kesehatan Masyarakat", 8, 1),
        ("Bidang Sumber Daya Kesehatan", 8, 5),
        ("Sekretariat", 3, 2),
        ("UPT Laboratorium Kesehatan Daerah", 200, 199),
    ]
    n = 0
    for unit, wajib, sent in units:
        for i in range(wajib):
            n += 1
            nip = nip_of(f"19{70 + n % 25:02d}{1 + n % 12:02d}{1 + n % 28:02d}", "201001", 1 + n % 2, n)
            roster.append(
                {
                    "nip": nip,
                    "nama": f"Pegawai Persen {n}",
                    "jabatan": "Pelaksana",
                    "unit_kerja": unit,
                    "nip_atasan": "",
                    "status": "PNS",
                }
            )
            if i < sent:
                rel = f"{unit.split()[-1].lower()}/p{n:03d}.xlsx"
                ja_file(k / rel, person(f"Pegawai Persen {n}", nip, unit), DINKES)
                p.add(rel, unit, nip=nip)
            else:
                p.belum.append([unit, digits(nip)])
        p.wajib[unit] = wajib
    p.daftar = roster
    return p


def p_nip_daftar() -> Probe:
    """Who submitted, as the daftar pegawai knows them: an SKP whose NIP was typed as a number (15 digits
    kept, nip-tidak-valid) by someone the daftar names; the same NIP twice in the daftar (once spaced, once
    not: a mutasi row), who submitted and who did not."""
    p = Probe(
        "nip_daftar",
        "NIP di SKP diketik sebagai angka oleh pegawai yang ada di daftar; NIP yang sama "
        "dua kali di daftar (berspasi dan tidak, baris mutasi)",
    )
    k = p.kiriman
    unit = "Bidang Pencegahan dan Pengendalian Penyakit"
    a = person("Yusuf Hidayat", "19880412 201101 1 011", unit)
    b = person("Zahra Amelia, S.K.M.", "19930814 201903 2 012", unit)
    c = person("Wulan Sari", "19870101 201101 2 013", unit)
    ja_file(k / "yusuf.xlsx", a, DINKES, nip_number=True)
    p.add("yusuf.xlsx", unit, status="Perlu Perbaikan", nip=None)
    ja_file(k / "wulan.xlsx", c, DINKES)
    p.add("wulan.xlsx", unit, nip=c["nip"])
    roster = [
        {"nip": a["nip"], "nama": a["nama"], "jabatan": "Pelaksana", "unit_kerja": unit, "status": "Aktif"},
        {
            "nip": digits(b["nip"]),
            "nama": b["nama"],
            "jabatan": "Pelaksana",
            "unit_kerja": "Sekretariat",
            "status": "Mutasi Keluar",
        },
        {
            "nip": b["nip"],
            "nama": b["nama"],
            "jabatan": "Epidemiolog Kesehatan Ahli Pertama",
            "unit_kerja": unit,
            "status": "Aktif",
        },
        {"nip": c["nip"], "nama": c["nama"], "jabatan": "Pelaksana", "unit_kerja": unit, "status": "Aktif"},
    ]
    p.daftar = roster
    p.wajib[unit] = 3
    p.belum.append([unit, digits(b["nip"])])
    return p


def p_pemkab() -> Probe:
    """The agency line under the title names the Pemerintah Kabupaten, not the dinas (as merah_ag's builder
    and many agencies write it): the dinas is then only in the unit kerja. Units of two dinas must not
    merge, and one unit written with the dinas' full name and its acronym must not split."""
    p = Probe(
        "pemkab",
        "baris instansi 'PEMERINTAH KABUPATEN SUKAMAJU' untuk dua dinas: unit menyebut "
        "dinasnya (nama lengkap atau singkatan); kop unit dua baris",
    )
    k = p.kiriman
    pemkab = f"PEMERINTAH {KAB.upper()}"
    rows = [
        ("a1.xlsx", "Sekretariat Dinas Kesehatan", None, "Sekretariat Dinkes"),
        ("a2.xlsx", "Sekretariat Dinas Kesehatan Kabupaten Sukamaju", None, "Sekretariat Dinkes"),
        ("a3.xlsx", "Sekretariat", "Dinas Kesehatan", "Sekretariat Dinkes"),
        ("b1.xlsx", "Sekretariat Dinas Sosial", None, "Sekretariat Dinsos"),
        ("b2.xlsx", "SEKRETARIAT DINAS SOSIAL", None, "Sekretariat Dinsos"),
        ("c1.xlsx", "Sub Bagian Umum dan", "Kepegawaian Dinas Sosial", "Umpeg Dinsos"),
        ("c2.xlsx", "Subbag Umum & Kepegawaian Dinas Sosial", None, "Umpeg Dinsos"),
        ("d1.xlsx", "Dinas Kesehatan", None, "Dinkes"),
        ("e1.xlsx", "Dinas Sosial", None, "Dinsos"),
    ]
    for n, (name, unit, below, group) in enumerate(rows, 1):
        nip = nip_of(f"1984{n:02d}05", "200903", 1, 300 + n)
        ja_file(k / name, person(f"Pegawai Pemkab {n}", nip, unit), pemkab, unit_next=below)
        p.add(name, group, nip=nip)
    return p


def p_status() -> Probe:
    """The daftar's statuses and units against the submissions: a tugas belajar who submitted anyway, a unit
    nobody of which submitted, someone outside the daftar whose unit the daftar spells otherwise, the
    daftar's UPTD spelling against the SKP's UPT."""
    p = Probe(
        "status",
        "status daftar: tugas belajar yang tetap mengirim, unit tanpa kiriman, pegawai di luar "
        "daftar, unit daftar UPTD vs SKP UPT",
    )
    k = p.kiriman
    yankes, pkm, gizi = "Bidang Pelayanan Kesehatan", "UPTD Puskesmas Gamping I", "Seksi Gizi Masyarakat"
    people = [
        (
            "Rudi Hartono",
            "19820202 200801 1 021",
            yankes,
            "BIDANG PELAYANAN KESEHATAN",
            "Tugas Belajar",
            True,
        ),
        ("Sinta Maharani", "19850303 201001 2 022", yankes, "Bidang Pelayanan Kesehatan", "Aktif", True),
        ("Tono Sugiarto", "19860404 201101 1 023", yankes, None, "Aktif", False),
        ("Umi Kalsum", "19870505 201201 2 024", pkm, "UPT Puskesmas Gamping I", "Aktif", True),
        ("Vina Oktaviani", "19880606 201301 2 025", pkm, None, "Aktif", False),
        ("Wawan Setiawan", "19890707 201401 1 026", gizi, None, "Aktif", False),
        ("Xaverius Lado", "19900808 201501 1 027", gizi, None, "Aktif", False),
    ]
    roster = []
    for nama, nip, unit, skp_unit, status, sent in people:
        roster.append(
            {"nip": nip, "nama": nama, "jabatan": "Pelaksana", "unit_kerja": unit, "status": status}
        )
        if sent:
            rel = f"{nama.split()[0].lower()}.xlsx"
            ja_file(k / rel, person(nama, nip, skp_unit or unit), DINKES)
            p.add(rel, unit, nip=nip)
        if status == "Tugas Belajar":
            p.tidak_wajib[unit] = p.tidak_wajib.get(unit, 0) + 1
            continue
        p.wajib[unit] = p.wajib.get(unit, 0) + 1
        if not sent:
            p.belum.append([unit, digits(nip)])
    outsider = person(
        "Yosef Kurniawan", "19910909 201601 1 028", "Bidang Pelayanan Kesehatan Dinas Kesehatan"
    )
    ja_file(k / "yosef_luar_daftar.xlsx", outsider, DINKES)
    p.add("yosef_luar_daftar.xlsx", yankes, nip=outsider["nip"])
    p.daftar = roster
    return p


def p_singkatan() -> Probe:
    """One agency's units written with their usual acronyms (Kesmas, Yankes, SDK) beside the full name,
    and Puskesmas numbered in Roman and Arabic numerals; Puskesmas II and III stay their own units, and
    Seksi Kesehatan Keluarga is not Seksi Kesehatan Kerja."""
    p = Probe("singkatan", "unit bersingkatan (Bidang Kesmas, Bid. Yankes, Bidang SDK) di samping nama "
              "lengkapnya; Puskesmas Depok I / 1 / UPT … 1, Depok II / 2, Depok III")
    k = p.kiriman
    rows = [
        ("kesmas1.xlsx", "Bidang Kesehatan Masyarakat", "Kesmas"),
        ("kesmas2.xlsx", "Bidang Kesehatan Masyarakat", "Kesmas"),
        ("kesmas3.xlsx", "Bidang Kesmas", "Kesmas"),
        ("kesmas4.xlsx", "BIDANG KESMAS DINKES", "Kesmas"),
        ("yankes1.xlsx", "Bidang Pelayanan Kesehatan", "Yankes"),
        ("yankes2.xlsx", "Bid. Yankes", "Yankes"),
        ("sdk1.xlsx", "Bidang Sumber Daya Kesehatan", "SDK"),
        ("sdk2.xlsx", "Bidang SDK", "SDK"),
        ("kesga.xlsx", "Seksi Kesehatan Keluarga", "Kesga"),
        ("kesja.xlsx", "Seksi Kesehatan Kerja", "Kesja"),
        ("depok1a.xlsx", "Puskesmas Depok I", "Depok I"),
        ("depok1b.xlsx", "Puskesmas Depok 1", "Depok I"),
        ("depok1c.xlsx", "UPT Puskesmas Depok 1", "Depok I"),
        ("depok2a.xlsx", "Puskesmas Depok II", "Depok II"),
        ("depok2b.xlsx", "Puskesmas Depok 2", "Depok II"),
        ("depok3.xlsx", "Puskesmas Depok III", "Depok III"),
        # must stay apart: a shorter name is not an acronym, a word of the other name is not one either
        ("gizi1.xlsx", "Seksi Gizi", "Gizi"),
        ("gizi2.xlsx", "Seksi Gizi Masyarakat", "Gizi Masyarakat"),
        ("farmasi1.xlsx", "Seksi Farmasi", "Farmasi"),
        ("farmasi2.xlsx", "Seksi Alat Kesehatan dan Farmasi", "Alkes Farmasi"),
        ("promkes1.xlsx", "Seksi Promkes", "Promkes"),
        ("promkes2.xlsx", "Seksi Promosi Kesehatan", "Promkes"),
    ]
    for n, (name, unit, group) in enumerate(rows, 1):
        nip = nip_of(f"1983{n % 12 + 1:02d}17", "200803", 2, 400 + n)
        ja_file(k / name, person(f"Pegawai Singkatan {n}", nip, unit), DINKES)
        p.add(name, group, nip=nip)
    return p


def p_urutan() -> Probe:
    """Eight units; the two with the most to act on (five not submitted; three SKP to fix) come last in
    the alphabet. The first screen of the page must show them first."""
    p = Probe("urutan", "urutan kartu unit di layar pertama HTML: unit dengan paling banyak belum mengirim / "
              "perlu perbaikan bernama paling akhir menurut abjad; unit yang hanya ditulis huruf kecil")
    k = p.kiriman
    units = ["Bidang Anggaran", "Bidang Bina Program", "Bidang Evaluasi", "Seksi Data", "Seksi Informasi",
             "Sekretariat", "Seksi Zoonosis", "UPT Zona Karantina", "seksi kefarmasian"]  # the last: typed so
    roster = []
    n = 0
    for unit in units:
        members = 6 if unit == "Seksi Zoonosis" else 3
        for i in range(members):
            n += 1
            nip = nip_of(f"1979{n % 12 + 1:02d}{n % 28 + 1:02d}", "200501", 1 + n % 2, 500 + n)
            roster.append({"nip": nip, "nama": f"Pegawai Urutan {n}", "jabatan": "Pelaksana",
                           "unit_kerja": unit, "status": "Aktif"})
            sent = unit != "Seksi Zoonosis" or i == 0
            if sent:
                bad = unit == "UPT Zona Karantina"
                rel = f"u{n:02d}.xlsx"
                ja_file(k / rel, person(f"Pegawai Urutan {n}", nip, unit), DINKES, defect=bad)
                p.add(rel, unit, status="Perlu Perbaikan" if bad else "Lulus", nip=nip)
            else:
                p.belum.append([unit, digits(nip)])
        p.wajib[unit] = members
    p.daftar = roster
    p.first_cards = ["Seksi Zoonosis", "UPT Zona Karantina"]
    return p


SEMESTER = ("PERIODE PENILAIAN: 1 JANUARI SD 30 JUNI 2025", "PERIODE PENILAIAN: 1 JULI SD 31 DESEMBER 2025")


def _orang(name: str, with_daftar: bool) -> Probe:
    """Pegawai who sent more than one SKP (rekap.predikat_pegawai, [interpretation]): Andi moved mid-year
    (Januari–Juni in Bidang Pelayanan Kesehatan, Juli–Desember in Sekretariat; two periods, no skp-ganda),
    Budi sent his SKP again with another predikat (same period: Belum Pasti, not a guess), Citra the same SKP
    twice, two uploads without a workbook (no NIP: one person each). People are counted by NIP, files as SKP
    Diterima; one predikat per pegawai, the latest period's. With the daftar (Andi's old unit's row
    Mutasi Keluar above the new one) Andi's two SKP both count in his new unit, and only Eka is missing."""
    p = Probe(
        name,
        "pegawai dengan beberapa SKP: pindah unit di tengah tahun, kiriman ulang dengan predikat lain, "
        "kiriman ganda yang sama, dua berkas rusak" + ("; dengan daftar pegawai" if with_daftar else ""),
    )
    k = p.kiriman
    met = [[85.0, 95.0], [3.5], [44.0], [90.0]]
    yankes, sekretariat = "Bidang Pelayanan Kesehatan", "Sekretariat"
    andi = nip_of("19750111", "200003", 1, 201)
    budi = nip_of("19760212", "200103", 1, 202)
    citra = nip_of("19770313", "200203", 2, 203)
    eka = nip_of("19790515", "200403", 2, 205)
    # file, nama, nip, unit written, unit counted, periode, perilaku, ide baru, status, counted predikat
    cases: list[tuple[str, str, str, str, str, str, float, str | None, str, str | None]] = [
        ("yankes/andi_jan_jun.xlsx", "Andi Saputra", andi, yankes, sekretariat if with_daftar else yankes,
         SEMESTER[0], 100.0, None, "Lulus", None),
        ("sekretariat/andi_jul_des.xlsx", "Andi Saputra", andi, sekretariat, sekretariat, SEMESTER[1], 100.0,
         "Ya", "Lulus", "="),
        ("sekretariat/budi.xlsx", "Budi Hartono", budi, sekretariat, sekretariat, PERIODE, 100.0, None,
         "Perlu Perbaikan", "Belum Pasti"),
        ("sekretariat/revisi/budi.xlsx", "Budi Hartono", budi, sekretariat, sekretariat, PERIODE, 20.0, None,
         "Perlu Perbaikan", None),
        ("yankes/citra.xlsx", "Citra Lestari", citra, yankes, yankes, PERIODE, 100.0, None, "Perlu Perbaikan",
         "="),
        ("yankes/revisi/citra.xlsx", "Citra Lestari", citra, yankes, yankes, PERIODE, 100.0, None,
         "Perlu Perbaikan", None),
    ]
    for rel, nama, nip, written, counted, periode, perilaku, ide, status, as_counted in cases:
        kept = ag.PERIODE
        ag.PERIODE = periode
        try:
            pegawai = person(nama, nip, written, "Kepala " + written, "Pembina Utama Muda, IV/c")
            scored = jpt_file(k / rel, pegawai, DINKES, met, perilaku, ide_baru=ide)
        finally:
            ag.PERIODE = kept
        p.add(rel, counted, status=status, nip=nip, scored=scored, person_once=as_counted == "=",
              counted_as=as_counted if as_counted not in (None, "=") else None)
    for n in (1, 2):
        broken_file(k / f"rusak_{n}.xlsx")
        p.add(f"rusak_{n}.xlsx", UNREAD, status="Gagal Dibaca")
    if with_daftar:
        rows = [(andi, "Andi Saputra", yankes, "Mutasi Keluar"), (andi, "Andi Saputra", sekretariat, "Aktif"),
                (budi, "Budi Hartono", sekretariat, "Aktif"), (citra, "Citra Lestari", yankes, "Aktif"),
                (eka, "Eka Wulandari", yankes, "Aktif")]
        p.daftar = [{"nip": nip, "nama": nama, "jabatan": "Kepala " + unit, "unit_kerja": unit,
                     "nip_atasan": "", "status": status} for nip, nama, unit, status in rows]
        p.wajib = {yankes: 2, sekretariat: 2}  # Andi's old row repeats his NIP: not counted again
        p.belum = [[yankes, digits(eka)]]
    return p


def p_orang() -> Probe:
    return _orang("orang", with_daftar=False)


def p_orang_daftar() -> Probe:
    return _orang("orang_daftar", with_daftar=True)


PROBES = [
    p_unit_dinkes,
    p_dua_instansi,
    p_daftar,
    p_predikat,
    p_teks,
    p_persen,
    p_nip_daftar,
    p_pemkab,
    p_status,
    p_singkatan,
    p_urutan,
    p_orang,
    p_orang_daftar,
]


def main() -> int:
    out = HERE / "probe"
    if out.exists():
        shutil.rmtree(out)
    manifest: dict[str, Any] = {"set": "merah_ax", "seed": SEED, "probes": {}}
    for make in PROBES:
        probe = make()
        if probe.daftar is not None:
            write_daftar(probe.root / "daftar.csv", probe.daftar)
        for book in sorted(probe.kiriman.rglob("*.xlsx")):
            if zipfile.is_zipfile(book):
                freeze(book)
        exp = probe.expectation()
        if probe.same_unit:
            exp["same_unit"] = probe.same_unit
        if probe.first_cards:
            exp["first_cards"] = probe.first_cards
        manifest["probes"][probe.name] = exp
    (HERE / "harapan.json").write_text(
        json.dumps(manifest, indent=1, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    print(
        f"{len(manifest['probes'])} probe, {sum(len(p['files']) for p in manifest['probes'].values())} berkas"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
